"""bilat: multilingual documents about relations between countries -> a cited, deduplicated chronology."""
from bilat.records import BilatError, Document, Event, InputError, Mention, TimeExpr

__version__ = "0.1.0"


def dates(path_or_text, *, published=None):
    """Every temporal expression of a file (or a string) as TimeExpr records, EDTF-normalised."""
    from bilat.pipeline import dates as _dates
    return _dates(path_or_text, published=published)


def extract(path_or_text, language=None, *, published=None):
    """The events of a file (or a string) as Event records."""
    from bilat.pipeline import extract as _extract
    return _extract(path_or_text, language=language, published=published)


def __getattr__(name):
    if name == "Corpus":  # imported on first use: it brings SQLAlchemy
        from bilat.use import Corpus
        return Corpus
    raise AttributeError(name)


__all__ = ["Corpus", "dates", "extract", "Document", "Event", "Mention", "TimeExpr", "BilatError", "InputError"]
