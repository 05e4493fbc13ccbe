"""The dev gold: every dated gold event's date is a value bilat.dates finds in its document.

The gold lives beside the project (../shared/corpus/dev, read-only); without
it these tests skip. A gold record's `evidence` is a snippet near the date:
the value must be found in the document and, for a record not marked
`optional` (a date that needs inference), within a window around the snippet. An open interval read from "2011-ci ildən etibarən"
(2011/..) counts for a gold year 2011, the way the gold writes "from 2011".
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

import bilat

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpus" / "dev"
GOLD = DEV / "gold" / "events.jsonl"
WINDOW = 300  # characters either side of the evidence snippet


def _gold():
    if not GOLD.exists():
        return []
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [g for g in rows if g.get("date")]


@lru_cache(maxsize=None)
def _dates(doc: str):
    return tuple(bilat.dates(DEV / "docs" / doc))


@lru_cache(maxsize=None)
def _text(doc: str) -> str:
    return (DEV / "docs" / doc).read_text(encoding="utf-8-sig")


def _matches(value: str | None, accepted: set[str]) -> bool:
    if not value:
        return False
    return value in accepted or (value.endswith("/..") and value[:-3] in accepted)


GOLD_ROWS = _gold()


@pytest.mark.skipif(not GOLD.exists(), reason=f"dev gold not found at {GOLD} (../shared is beside the project)")
@pytest.mark.parametrize("g", GOLD_ROWS, ids=[g["id"] for g in GOLD_ROWS])
def test_gold_date_found(g):
    accepted = {g["date"], *g.get("date_alt", [])}
    found = _dates(g["doc"])
    hits = [t for t in found if _matches(t.edtf, accepted)]
    assert hits, (f"{g['id']}: none of {sorted(accepted)} among the values found in {g['doc']}: "
                  f"{sorted({t.edtf for t in found if t.edtf})}")
    text = _text(g["doc"])
    spots = []
    at = text.find(g["evidence"])
    while at >= 0:
        spots.append(at)
        at = text.find(g["evidence"], at + 1)
    if spots and not g.get("optional"):  # the date is read near the snippet (optional: inferred from afar)
        near = [t for t in hits for s in spots
                if t.orig_end >= s - WINDOW and t.orig_start <= s + len(g["evidence"]) + WINDOW]
        assert near, (f"{g['id']}: {sorted(accepted)} found only at {[t.text for t in hits]}, "
                      f"not near {g['evidence']!r}")


def test_gold_present_or_skipped():
    if not GOLD.exists():
        pytest.skip(f"dev gold not found at {GOLD}")
    assert GOLD_ROWS, "the dev gold has no dated records"
