"""Helpers for the event tests: run the extractor over a text, with fallbacks for missing stages.

`bilat.pipeline.extract` needs ingest, text and entities. While one of those
packages is not there yet, the tests build the stages' records themselves:
a Document from the text, the Segmented from bilat.text (or one span split
into sentences on [.!?؟] + whitespace), the time expressions from
bilat.time.annotate and no entity mentions.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from bilat import events
from bilat import time as timex
from bilat.records import Document, Segmented, Sentence, Text

_SENT_END = re.compile(r"[.!?؟]+(?=\s)|\n\s*\n")


def _document(text: str, name: str) -> Document:
    try:
        from bilat import ingest

        doc = ingest.from_text(text)
        doc.name = name
        return doc
    except (ImportError, AttributeError):
        return Document(path="<text>", name=name, sha256=hashlib.sha256(text.encode()).hexdigest(),
                        format="txt", encoding="utf-8", text=text)


def _segmented(doc: Document, language: str | None) -> Segmented:
    try:
        from bilat.text.normalize import normalize
        from bilat.text.segment import segment

        return segment(normalize(doc), language=language)
    except ImportError:
        pass
    text = Text(doc=doc, text=doc.text, breaks=[(0, 0)])
    lang = language or "en"
    sents, pos = [], 0
    for m in _SENT_END.finditer(doc.text):
        chunk = doc.text[pos:m.end()]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            sents.append(Sentence(pos + lead, m.end(), lang))
        pos = m.end()
    if doc.text[pos:].strip():
        lead = len(doc.text[pos:]) - len(doc.text[pos:].lstrip())
        sents.append(Sentence(pos + lead, len(doc.text), lang))
    return Segmented(text=text, spans=[(0, len(doc.text), lang)], sentences=sents)


def _mentions(seg: Segmented):
    try:
        from bilat import entities

        return entities.annotate(seg)
    except (ImportError, AttributeError):
        return []


def run(text: str, language: str | None = None, name: str = "test.txt"):
    """Events of a text: the pipeline's stages, each replaced by a fallback while it is missing."""
    doc = _document(text, name)
    seg = _segmented(doc, language)
    if doc.published is None:
        try:
            doc.published = timex.dateline(seg)
        except Exception:
            pass
    times = timex.annotate(seg)
    return doc, events.extract(seg, times, _mentions(seg))


def run_file(path: str | Path, language: str | None = None):
    p = Path(path)
    return run(p.read_text(encoding="utf-8"), language, name=p.name)


def dated(evs):
    return [e for e in evs if e.date]


def check(text: str, language: str, expected: list[tuple[str, str | None, str]], *, strict: bool = True):
    """Run `text`; each (type, date, fragment) of `expected` must be an event whose source covers `fragment`.

    With `strict`, no dated event beyond those expected may come out.
    """
    doc, evs = run(text, language)
    found = []
    for etype, date, fragment in expected:
        hits = [e for e in evs if e.type == etype and e.date == date
                and any(fragment in doc.text[s.start:s.end] for s in e.sources)]
        assert hits, (f"no {etype} {date} citing {fragment!r}; got "
                      f"{[(e.type, e.date, doc.text[e.sources[0].start:e.sources[0].end][:60]) for e in evs]}")
        found.append(hits[0])
    if strict:
        extra = [(e.type, e.date) for e in dated(evs) if e not in found]
        assert not extra, f"unexpected dated events {extra}"
    return doc, evs


@pytest.fixture
def extract_events():
    return run


@pytest.fixture
def check_events():
    return check


@pytest.fixture
def extract_file():
    return run_file
