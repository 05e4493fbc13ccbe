def annotate(seg):
    return []
