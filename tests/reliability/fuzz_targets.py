"""What the fuzzers (hypothesis in test_fuzz.py, atheris in atheris_harness.py) feed and check.

`read_bytes(raw, suffix)`: a file of these bytes through bilat.ingest.read; either a Document that
holds together or InputError - anything else escapes and is a finding.
`extract_text(text)`: text through normalize, segment, the date annotator, the entity annotators
and the event extractor; every record must point inside the text and carry valid values.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile

from bilat import edtf
from bilat.records import Document, InputError

SUFFIXES = [".txt", ".html", ".htm", ".pdf", ".docx", ".md", ""]
FORMATS = {"txt", "html", "pdf", "docx"}
TYPES = {"agreement", "visit", "meeting", "culture_days", "culture_year", "festival", "exhibition", "performance",
         "monument", "forum", "founding", "decree", "media", "ceremony", "education", "other"}
if os.environ.get("BILAT_FUZZ_DIR"):  # the atheris harness: libFuzzer's exit skips atexit
    _DIR = os.environ["BILAT_FUZZ_DIR"]
else:
    _DIR = tempfile.mkdtemp(prefix="bilat-fuzz-")
    _OWNER = os.getpid()
    # Only the process that made the folder removes it: a forked child that exits normally runs atexit too.
    atexit.register(lambda: os.getpid() == _OWNER and shutil.rmtree(_DIR, True))


def valid_edtf(value: str | None) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not value:
        return False
    if value.startswith("XXXX"):  # a month or day of an unknown year
        return True
    lo, hi = edtf.bounds(value)
    if lo is None and hi is None:
        return False
    return lo is None or hi is None or lo <= hi


def read_bytes(raw: bytes, suffix: str, n: int = 0):
    from bilat.ingest import read

    os.makedirs(_DIR, exist_ok=True)
    path = os.path.join(_DIR, f"fuzz{os.getpid()}_{n}{suffix}")
    with open(path, "wb") as f:
        f.write(raw)
    try:
        doc = read(path)
    except InputError as e:
        assert e.reason and isinstance(e.reason, str)
        assert e.path == path
        return None
    finally:
        os.unlink(path)
    assert isinstance(doc, Document)
    assert isinstance(doc.text, str) and doc.text.strip(), "a document without text"
    assert doc.format in FORMATS
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.pages == sorted(doc.pages) and all(0 <= p <= len(doc.text) for p in doc.pages)
    assert doc.published is None or len(doc.published) == 10
    return doc


def extract_text(text: str, published: str | None = None):
    from bilat import entities, events, ingest, pipeline
    from bilat import time as timex

    doc = ingest.from_text(text, published=published)
    seg = pipeline.segmented(doc)
    n = len(doc.text)
    times = timex.annotate(seg)
    for t in times:
        assert 0 <= t.orig_start <= t.orig_end <= n, (t, n)
        assert valid_edtf(t.edtf), t
    mentions = entities.annotate(seg)
    for m in mentions:
        assert 0 <= m.orig_start <= m.orig_end <= n, (m, n)
        assert m.kind in ("place", "person", "org", "country") and m.name
    evs = events.extract(seg, times, mentions)
    for ev in evs:
        assert ev.type in TYPES, ev.type
        assert valid_edtf(ev.date), ev.date
        assert ev.title and 0 <= ev.confidence <= 1
        assert ev.sources
        for s in ev.sources:
            assert 0 <= s.start <= s.end <= n, (s, n)
    return evs
