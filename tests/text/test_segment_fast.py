"""The fast forms of segment's counters find exactly what the plain regular expressions find."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.text import segment as S

# Letters of the function words, their case variants (İ ı K ſ fold to ASCII letters under re.I),
# word characters and separators around them, letters of the three scripts.
ALPHABET = list("theofandtoinisarewasforwithbyfromatwhichTHEOFANDISWAS_1 -.,'\n") + [
    "\u0130", "\u0131", "\u212a", "\u017f", "é", "ə", "Ə", "ж", "Ж", "ی", "ك", "\u064b", "×", "÷", "\u1e00", "\u0250"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_en_words_as_plain_pattern(text):
    plain = re.compile(r"\b(?:" + "|".join(S._EN_FUNCTION_WORDS) + r")\b", re.IGNORECASE)
    assert [m.span() for m in S._EN_WORDS.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=[chr(c) for c in range(128)], max_size=60), st.text(alphabet=ALPHABET, max_size=60)))
def test_letter_counts_as_regex(text):
    assert S._counts(text) == (S._letters(S._CYR, text), S._letters(S._ARAB, text), S._letters(S._LAT, text))
