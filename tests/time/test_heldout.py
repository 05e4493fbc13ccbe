"""Held-out measurement: four short documents (tests/time/heldout/<lang>.txt) written apart from the
date tables, each with an annotation file (<lang>.json) of every date expression in it and its EDTF value.

Per language:
  found rate   = annotated expressions some bilat expression overlaps / annotated expressions
  exact rate   = annotated expressions an overlapping bilat expression normalises exactly / annotated
  precision    = bilat expressions overlapping an annotated one / bilat expressions (printed, not asserted)
Both rates must be >= 0.95. Run with -s to see the figures; tests/time/heldout/RESULTS.md records them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import bilat

HERE = Path(__file__).parent / "heldout"
LANGS = ("az", "ru", "fa", "en")
THRESHOLD = 0.95


def measure(lang: str) -> dict:
    text = (HERE / f"{lang}.txt").read_text(encoding="utf-8")
    ann = json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))
    found = bilat.dates(HERE / f"{lang}.txt", published=ann.get("published"))
    spans, pos = [], 0
    for a in ann["expressions"]:  # annotated expressions are listed in text order
        at = text.find(a["text"], pos)
        assert at >= 0, f"{lang}: annotated {a['text']!r} not in the text after offset {pos}"
        spans.append((at, at + len(a["text"]), a["edtf"], a["text"]))
        pos = at + len(a["text"])
    n_found = n_exact = 0
    misses = []
    for s, e, edtf, t in spans:
        over = [x for x in found if x.orig_start < e and s < x.orig_end]
        n_found += bool(over)
        if any(x.edtf == edtf for x in over):
            n_exact += 1
        else:
            misses.append((t, edtf, [(x.text, x.edtf) for x in over]))
    extra = [(x.text, x.edtf) for x in found if not any(x.orig_start < e and s < x.orig_end for s, e, _, _ in spans)]
    n = len(spans)
    return dict(lang=lang, annotated=n, found=n_found, exact=n_exact, found_rate=n_found / n,
                exact_rate=n_exact / n, expressions=len(found),
                precision=(len(found) - len(extra)) / len(found) if found else 0.0,
                misses=misses, extra=extra)


@pytest.mark.parametrize("lang", LANGS)
def test_heldout(lang):
    r = measure(lang)
    print(f"\n{lang}: {r['annotated']} annotated, found {r['found']} ({r['found_rate']:.1%}), "
          f"exact {r['exact']} ({r['exact_rate']:.1%}), precision {r['precision']:.1%} "
          f"of {r['expressions']} expressions; misses {r['misses']}; extra {r['extra']}")
    assert r["annotated"] >= 13
    assert r["found_rate"] >= THRESHOLD, r["misses"]
    assert r["exact_rate"] >= THRESHOLD, r["misses"]
