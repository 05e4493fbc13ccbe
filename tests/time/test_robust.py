"""Any text: bilat.dates never fails, every value is valid EDTF, every offset points at the expression's text."""
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import bilat
from bilat import edtf

TOKENS = [
    "0", "1", "5", "06", "12", "29", "30", "31", "32", "90", "1000", "1141", "1389", "1431", "1599", "1600",
    "1995", "2004", "2099", "2100", "-", "–", "/", ".", ",", "-ci", "-cü", "-da", "-dən", "-dək", "-го", "-е", "-х",
    "il", "ilin", "ildə", "ildən etibarən", "illərdə", "əsrin", "aprel", "aprelin", "fevral", "may", "ayının",
    "əvvəllərində", "eyni ildə", "həmin gün", "года", "г.", "гг.", "в", "с", "по", "до", "февраля", "мая", "века",
    "XX", "XIX", "в том же году", "в тот же день", "سال", "اردیبهشت", "محرم", "اسفند", "فوریه", "تا", "از", "دهه",
    "همان روز", "قمری", "February", "May", "the", "in", "since", "until", "1990s", "'90s", "century",
    "the same day", "Saturday", "last month", "anniversary of the Victory", "65th", "$", "№", "page", "\n", "\n\n",
]
_VALUE = re.compile(r"^(?:\d{4}|\d{3}X|\d{2}XX)(?:-\d{2}){0,2}$|^XXXX-\d{2}(?:-\d{2})?$")


def _valid(v: str) -> bool:
    parts = v.split("/")
    if len(parts) > 2:
        return False
    for p in parts:
        if p == "..":
            continue
        if not _VALUE.match(p):
            return False
        if not p.startswith("XXXX") and edtf.bounds(p) == (None, None):
            return False
    if len(parts) == 2 and ".." not in parts and not v.startswith("XXXX"):
        lo, hi = edtf.bounds(v)
        if lo is None or hi is None or lo > hi:
            return False
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=25),
       st.sampled_from([None, "2021-06-16", "2000-01-01"]))
@example(tokens=["по", "февраля", "1000", "№", "0"], published=None)  # (an open end on an issue's line: no first day)
def test_any_text(tokens, published):
    text = "Note: " + " ".join(tokens)  # never a path name ("/" alone is read as the folder)
    for t in bilat.dates(text, published=published):
        assert text[t.orig_start:t.orig_end] == t.text
        assert t.edtf is None or _valid(t.edtf), (text, t.text, t.edtf)
        assert t.anchor in ("explicit", "context", "published")


def test_impossible_days_are_no_dates():
    for text in ("Sənəd 31 aprel 2005-ci ildə imzalanıb.", "Документ подписан 30 февраля 2004 г.",
                 "The document was signed on 31 June 2004.", "این سند در ۳۲ اردیبهشت ۱۳۸۹ امضا شد."):
        days = [t for t in bilat.dates(text) if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf)]
        assert not days, text
