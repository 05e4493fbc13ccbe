"""Table-driven date tests: one case is a short text and what `bilat.dates` must find in it.

    D(text, expr, edtf, anchor=None, qual=None, pub=None)
        some expression whose text contains `expr` has EDTF value `edtf`
        (and anchor / qualifier when given); `pub` is the published date.
    NOT(text, fragment=None, pub=None)
        no expression overlaps `fragment` (or, without it, none at all).

`xfail(case, reason)` marks a case known to be out of scope.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

import bilat


@dataclass
class Case:
    text: str
    expr: str | None
    edtf: str | None
    anchor: str | None = None
    qual: str | None = None
    pub: str | None = None
    negative: bool = False

    def __str__(self):  # the test id
        if self.negative:
            return f"NOT {self.expr or self.text[:30]}"
        return f"{self.expr} -> {self.edtf}"


def D(text, expr, edtf, anchor=None, qual=None, pub=None):
    return Case(text, expr, edtf, anchor, qual, pub)


def NOT(text, fragment=None, pub=None):
    return Case(text, fragment, None, pub=pub, negative=True)


def xfail(case: Case, reason: str):
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True), id=str(case))


def params(cases):
    return [c if not isinstance(c, Case) else pytest.param(c, id=str(c)) for c in cases]


def _show(found):
    return [(t.text, t.edtf, t.anchor, t.qualifier, t.language) for t in found]


def check(case: Case, lang: str):
    found = bilat.dates(case.text, published=case.pub)
    if case.negative:
        if case.expr is None:
            assert not found, f"expected no date expression, found {_show(found)}"
            return
        at = case.text.find(case.expr)
        assert at >= 0, "fragment not in the text"
        hits = [t for t in found if t.orig_start < at + len(case.expr) and at < t.orig_end]
        assert not hits, f"{case.expr!r} is no date, found {_show(hits)}"
        return
    assert case.expr in case.text, "expression not in the text"
    cands = [t for t in found if case.expr in t.text]
    assert cands, f"no expression containing {case.expr!r}; found {_show(found)}"
    ok = [t for t in cands if t.edtf == case.edtf
          and (case.anchor is None or t.anchor == case.anchor)
          and (case.qual is None or t.qualifier == case.qual)]
    assert ok, (f"{case.expr!r}: expected {case.edtf} (anchor {case.anchor}, qualifier {case.qual}), "
                f"found {_show(cands)}")
    assert ok[0].language == lang, f"{case.expr!r} read as {ok[0].language}, not {lang}"
