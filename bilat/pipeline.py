"""The data flow of DESIGN.md, one call per stage: ingest -> normalize -> segment -> annotate -> events."""
from __future__ import annotations

import os
from pathlib import Path

from bilat import time as timex
from bilat.records import Document, Event, Segmented, TimeExpr


def document(path_or_text, *, published: str | None = None, max_bytes: int | None = None) -> Document:
    """A Document from a path (str or Path to an existing file) or from the text itself.

    `max_bytes` limits the size of a file read (default 50 MB or $BILAT_MAX_BYTES).
    """
    from bilat import ingest

    if isinstance(path_or_text, Document):
        return path_or_text
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str) and len(path_or_text) < 4096 and "\n" not in path_or_text
        and os.path.exists(path_or_text)
    ):
        return ingest.read(path_or_text, published=published, max_bytes=max_bytes)
    return ingest.from_text(str(path_or_text), published=published)


def segmented(doc: Document, language: str | None = None) -> Segmented:
    from bilat.text.normalize import normalize
    from bilat.text.records import exported, layout
    from bilat.text.segment import segment

    seg = segment(normalize(doc), language=language)
    if doc.published is None:
        # (a data file's records have no dateline: its day is its export's, when it says it)
        doc.published = exported(doc.text) if layout(doc.text)[0] else timex.dateline(seg)
    return seg


def dates(path_or_text, *, published: str | None = None, language: str | None = None,
          max_bytes: int | None = None) -> list[TimeExpr]:
    doc = document(path_or_text, published=published, max_bytes=max_bytes)
    return timex.annotate(segmented(doc, language))


def extract(path_or_text, language: str | None = None, *, published: str | None = None,
            max_bytes: int | None = None) -> list[Event]:
    from bilat import entities, events

    doc = document(path_or_text, published=published, max_bytes=max_bytes)
    seg = segmented(doc, language)
    times = timex.annotate(seg)
    mentions = entities.annotate(seg, sentences=event_sentences(seg))
    return events.extract(seg, times, mentions)


def event_sentences(seg: Segmented) -> list[int]:
    """The sentences whose entities the events stage reads (see bilat.events.mention_sentences)."""
    from bilat import events

    return events.mention_sentences(seg)
