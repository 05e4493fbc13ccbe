"""Author-year citations: "(Ivanov 2004, p. 12)", "[Иванов, 2010: 5]", "(Smith et al., 1999; Brown 2001)".

Their years say when a work appeared and their names are authors: no happening is dated by them and
no place or participant is read in them (GeoNames holds "Ivanov" as a name of Ivanovo). Numeric
citations ("[4; 87]") hold no year and no name, and are left to the date grammar's own rules.

A bracket holding one capitalised word, a comma and a year ("(Baku, 2004)") may as well say where and
when something happened, so a citation needs one more sign of being one: a page, "et al.", several
works, or no comma between the author and the year (the author-year styles write "(Smith 2004)").
The page abbreviations and the words for "et al." are `[citation]` of each bilat/lang/*.toml, all of
them together: an Azerbaijani article cites Russian and English works in their own styles.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang as langdata

_NAME = r"[^\W\d_][\w'’.\u200c-]*"  # ZWNJ inside Persian names (علی‌اف)
_YEAR = r"(?:1[3-9]|20)\d\d[a-zа-я]?"  # 13xx, 14xx: Solar Hijri years of Persian works


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    pages, others, see, works_words = set(), set(), set(), set()
    for lang in langdata.available():
        data = langdata.load(lang).get("citation", {})
        pages.update(data.get("pages", []))
        others.update(data.get("others", []))
        see.update(data.get("see", []))
        works_words.update(data.get("works", []))
    page_words = "|".join(re.escape(p) for p in sorted(pages, key=len, reverse=True))
    etal = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(others, key=len, reverse=True))
    number = r"(?:\d+|[ivxlc]{1,7}\b)"  # front matter in small roman numerals: "(Proceedings 2008: iii)"
    page = rf"(?:(?:{page_words})\.?\s*)?{number}(?:\s*[-–]\s*{number})?(?:\s*(?:{page_words})\.)?"  # "p. 12", "612 с."
    authors = rf"{_NAME}(?:\s+(?:{_NAME}|&)){{0,3}}?(?P<etal>[,،]?\s+(?:{etal}))?"
    one = rf"{authors}(?P<comma>[,،])?\s+{_YEAR}(?P<page>\s*[,:;،]\s*{page})?"
    see_words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(see, key=len, reverse=True))
    lead = rf"(?:(?:{see_words}):?\s*)?" if see_words else ""
    numeric = r"\[\d[^\]\n]{0,30}\]"  # "[9, с. 7-19]" among the works
    # A narrative citation: the author named in the sentence, the year and the pages in brackets after the name
    # ("Karimov (2009: 45) places ...", "صادقی (1401: 133-138)"); or a work's year in brackets after its title ("в
    # монографии В.П. Смирнова «Советская Россия и Восток» (1997)": `_work_title` checks the word for a work before it).
    # (every alternative starts with the bracket, which `re` skips to fast)
    narrative = rf"(?P<narrative>(?:(?<=[^\W\d_][(\[])|(?<=[^\W\d_][ \t][(\[]))[ \t]*{_YEAR}[ \t]*[:,،][ \t]*{page}[ \t]*[)\]])"
    # (... its imprint's city too: "книга ... «Сергей Есенин и Баку» (Баку, 2019)")
    work = rf"(?P<work>(?:(?<=[»”\"][(\[])|(?<=[»”\"][ \t][(\[]))[ \t]*(?:[^\W\d_][\w.-]{{1,20}}(?:[ \t][\w.-]{{1,20}})?[,،][ \t]*)?{_YEAR}[ \t]*[)\]])"
    return re.compile(rf"[(\[](?:{narrative}|{work}|\s*{lead}(?P<first>{one})(?P<more>(?:\s*[;؛]\s*(?:{one.replace('?P<', '?P<_')}|{numeric}))*)\s*[)\]])"
                      .replace("(?P<_etal>", "(?:").replace("(?P<_comma>", "(?:").replace("(?P<_page>", "(?:"))


@lru_cache(maxsize=None)
def _work_words() -> re.Pattern:
    """A word for a work (`[citation] works` of every language) and the words up to the title's opening quote."""
    words = sorted({w for lang in langdata.available() for w in langdata.load(lang).get("citation", {}).get("works", [])},
                   key=len, reverse=True)
    return re.compile(rf"(?i:(?<!\w)(?:{'|'.join(words) or '(?!)'}))(?:[^.!?\n«“\"]|(?<![^\W\d_]{{2}})\.){{0,80}}\Z")


_OPENING = {"»": "«", "”": "“", '"': '"'}
TITLE_MAX = 200  # characters at most of a quoted title


def _work_title(text: str, bracket: int) -> bool:
    """Whether the quoted title right before a bracket follows a word for a work ("в монографии ... «...» (1997)")."""
    close = bracket - 1
    while close >= 0 and text[close] in " \t":
        close -= 1
    opening = text.rfind(_OPENING.get(text[close], "«"), max(0, close - TITLE_MAX), close)
    if opening < 0 or "\n" in text[opening:close]:
        return False
    return _work_words().search(text, max(0, opening - 120), opening) is not None


# A book's imprint as library catalogues and bibliographies write it (ISBD: place, a spaced colon, publisher, a comma and
# the year: "Минск : БГУ, 2016", "Bakı : Elm, 2017"): the year the book appeared, no happening's.
# (the spaced colon first, which `re` skips to fast; the place before it is checked after)
_IMPRINT = re.compile(rf" : [^\n:;]{{1,60}}?[,،][ \t]*(?:[c©]\.?[ \t]*)?{_YEAR}(?!\d)")
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(\[/]))[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,2}\Z")


@lru_cache(maxsize=None)
def _press() -> re.Pattern:
    """A newspaper cited by its title, year, day and page ("Ədəbiyyat qəzeti", 2003, 28 noyabr, s. 6; «Правда», 1959, 19
    апреля, с. 2; "Tehran Times", 2019, May 14, p. 3): the day the issue appeared, no happening's. (From the title's
    closing quote, which `re` skips to fast.)"""
    pages = {p for lang in langdata.available() for p in langdata.load(lang).get("citation", {}).get("pages", [])}
    page_words = "|".join(re.escape(p) for p in sorted(pages, key=len, reverse=True)) or "(?!)"
    signs = "|".join(langdata.words("events", "number_signs")) or "(?!)"  # "№", "No.", "شماره"
    return re.compile(rf"[»”\"](?:[ \t]+[^\W\d_][\w-]*){{0,2}}[,،][ \t]*(?P<issue>{_YEAR}[,،][ \t]*(?:\d{{1,2}}[ \t]+[^\W\d_]+\.?"
                      rf"|[^\W\d_]+\.?[ \t]+\d{{1,2}})(?:[,،][ \t]*(?:{signs})[ \t]*\d+)?[,،][ \t]*(?:{page_words})\.?[ \t]*\d+)")


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every author-year citation, every imprint and every newspaper cited by its day in text[start:end],
    in order."""
    end = len(text) if end is None else end
    out = [m.span("issue") for m in _press().finditer(text, start, end)]
    if " : " in text[start:end]:
        for m in _IMPRINT.finditer(text, start, end):
            place = _PLACE_BEFORE.search(text, max(start, m.start() - 60), m.start())
            if place is not None:
                out.append((place.start(), m.end()))
    if "(" not in text[start:end] and "[" not in text[start:end]:
        return sorted(out)
    for m in _pattern().finditer(text, start, end):
        if m.group("narrative"):
            out.append(m.span())
            continue
        if m.group("work"):
            if _work_title(text, m.start()):
                out.append(m.span())
            continue
        first = m.group("first")
        if first[:1].islower():
            continue  # an author's name is capitalised (in scripts with capitals)
        if m.group("comma") and not (m.group("page") or m.group("etal") or m.group("more")):
            continue  # "(Baku, 2004)": a place and a year as likely as a citation
        if _written_date(text, m.start("first"), m.end("first")):
            continue  # "(May 2004)", "(Spring 2010, p. 5)"?: a date, whatever follows
        out.append(m.span())
    return sorted(out)


def _written_date(text: str, start: int, end: int) -> bool:
    """Whether a date expression of some language's grammar starts where the authors would."""
    from bilat.time import _each_template
    from bilat.time.grammar import grammar

    for lang in langdata.available():
        try:
            g = grammar(lang)
        except KeyError:
            continue
        if any(s == start for s, _e, _i in _each_template(g, text, start, end)):
            return True
    return False
