"""The one-pass scanner of the date grammar finds exactly what the templates, run one by one, find."""
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.time import _each_template, _template_matches
from bilat.time.grammar import grammar

LANGS = ("az", "ru", "fa", "en")

# Pieces of dates in the four languages, their case variants (İ/i, ı/I, the Kelvin sign K, long s ſ),
# separators the scanner keys on and whitespace re treats as such.
TOKENS = [
    "1995", "2004", "06", "6", "31", "90", "1389", "1431", "XX", "xx", "XIX", "ii", "-", "–", "/", ".", ",", "(",
    "'", "’", "«", "$", "№", "-ci", "-cü", "-da", "-dən", "-dək", "-го", "-е", "-х", "il", "ilin", "ildə", "İyun",
    "iyun", "IYUN", "İYUNUN", "ıyun", "aprelin", "ayının", "əsrin", "illərdə", "eyni ildə", "həmin gün", "года",
    "г.", "гг.", "в", "В", "с", "по", "до", "февраля", "Февраля", "мая", "века", "в том же году", "سال", "اردیبهشت",
    "ماه", "محرم", "دهه", "تا", "از", "میلادی", "the", "The", "THE", "in", "since", "until", "February", "february",
    "FEBRUARY", "May", "may", "Sept.", "ſeptember", "Kelvin", "\u212aelvin", "1990s", "'90s", "century", "early",
    "mid-", "the same day", "Saturday", "last month", "anniversary of the Victory", "65th", "sixty-fifth",
    " ", "  ", "\n", "\n\n", "\u00a0", "\u2009", "\u200c",
]


def _same(lang: str, text: str, start: int, end: int):
    g = grammar(lang)
    assert g.scanner() is not None  # built now, whatever the amount of text read before
    assert sorted(_template_matches(g, text, start, end)) == sorted(_each_template(g, text, start, end))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LANGS), st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30),
       st.sampled_from(["", " ", "\n"]), st.integers(0, 5), st.integers(0, 5))
def test_scanner_is_exact(lang, tokens, joiner, cut_start, cut_end):
    text = joiner.join(tokens)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    _same(lang, text, start, end)


@pytest.mark.parametrize("lang", LANGS)
def test_scanner_is_exact_on_real_text(lang):
    from pathlib import Path

    from bilat import pipeline

    root = Path(__file__).resolve().parents[2]
    texts = []
    for p in sorted((root / "examples").iterdir()):
        if p.suffix != ".md":
            texts.append(pipeline.document(p).text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "time" / "heldout").glob("*.txt"))]
    rng = random.Random(lang)
    for t in texts:
        _same(lang, t, 0, len(t))
        for _ in range(20):  # spans starting anywhere, as language spans do
            a = rng.randrange(len(t))
            _same(lang, t, a, min(len(t), a + rng.randint(1, 800)))


# Phrases sharing heads, one a head of another, with the case pairs re.I folds (İ/i, ı/I).
PHRASES = ["həmin gün", "həmin gündə", "həmin günün axşamı", "həmin ay", "həmin ayda", "o gün", "o ay", "on il sonra",
           "İki il", "iki il əvvəl", "ıl", "the same day", "the same month", "the next day", "that day", "в тот же день",
           "в тот же год", "همان روز", "همان سال", "همان"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=12, unique=True),
       st.lists(st.sampled_from(PHRASES + ["x", " ", "-", "axşamı", "İ", "I", "\n"]), min_size=1, max_size=6),
       st.sampled_from(["", r"(?!\w)", r"\s+\w+"]))
def test_word_tree_matches_the_longest_first_list(entries, tokens, tail):
    """`_alt` factors plain phrases into a tree of their heads: at each position it matches what the
    longest-first alternation of the same phrases matches, followed by whatever comes after it."""
    import re

    from bilat.time.grammar import _alt

    text = " ".join(tokens)
    tree = re.compile(_alt(entries) + tail, re.I)
    flat = re.compile("(?:" + "|".join(sorted(set(entries), key=len, reverse=True)) + ")" + tail, re.I)
    for i in range(len(text) + 1):
        a, b = tree.match(text, i), flat.match(text, i)
        assert (a and a.span()) == (b and b.span()), (text, i)
