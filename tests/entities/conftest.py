"""Helpers for the entity tests: annotate a short text in a given language."""
from __future__ import annotations

import pytest

from bilat import pipeline
from bilat.entities import annotate


def mentions(text: str, lang: str):
    doc = pipeline.document(text)
    seg = pipeline.segmented(doc, lang)
    return annotate(seg)


def names(text: str, lang: str, kind: str | None = None) -> list[str]:
    return [m.name for m in mentions(text, lang) if kind is None or m.kind == kind]


def one(text: str, lang: str, kind: str, name: str):
    """The mention of `kind` named `name` (fails when there is none)."""
    ms = mentions(text, lang)
    hits = [m for m in ms if m.kind == kind and m.name == name]
    assert hits, f"no {kind} {name!r} in {[(m.kind, m.text, m.name) for m in ms]}"
    return hits[0]


@pytest.fixture
def ents():
    return mentions
