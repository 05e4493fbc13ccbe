"""Time expressions -> EDTF (the `annotate` step for dates).

`annotate(seg, published)` runs each language span's grammar over the
normalised text, then resolves the values in document order, carrying the
year, month and day last mentioned (and the calendar they were written in) so
that "2 iyul" after "2009-cu il 30 iyun", "в том же году", "همان سال" or "on the
same day" get their value from the text (anchor `context`). Weekdays, "last
year", "last month", "yesterday" count from the published date (anchor
`published`), which a dateline at the head of a news item gives when the caller
does not; without one they stay unknown (edtf None), never guessed.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from bilat import lang as langdata
from bilat.edtf import bounds
from bilat.records import Segmented, TimeExpr
from bilat.text import citations
from bilat.text.segment import (DATE_LINE, ENTRY_DASH, POST_TITLE_LINE, RULE_LINE, STAMP_LINE, paragraph_start, quoted,
                                review_labels, review_lines)
from bilat.time.calendars import from_gregorian, gregorian_day
from bilat.time.grammar import grammar
from bilat.time.resolve import REVIEW_LAG, TOLD_LAG, Context, Value, value

_PREPOSITION = re.compile(r"(?-i:[a-zа-яё]+)\s")  # a match opening with a lowercase word: no number a label counts
_NUMERIC_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)")  # a day in figures, year in full
_ALONE = re.compile(r"[ \t]*\S[^\n]{0,25}")  # a short line: a weekday heading the items under it
WEEKLY_REACH = 62  # days at most from the first of the month a week-by-week account tells to the day it was posted
DAY_HEADINGS = 14  # days at most a "Day N" heading counts on from the last one that gave its day
WEEK = 7  # days at most of a span of days whose days "Day N" headings with no day of their own count
ARCHIVE_ITEM_DAYS = 366  # at most this far from the day before, a dated heading is an archive's item
MOURNED_REACH = 40  # characters before a date in which the tragedy it is the day of is named
MARKED_REACH = 160  # characters before a bracketed date in which the anniversary marking it is named
LAST_DAY_SPAN = 62  # days at most of a span whose last day "the next day" may count from

# A dateline is a short line at the head of a news item: a date, maybe a time and a place.
_DATELINE_LINES = 4
_DATELINE_SLACK = 30
_CELL_SEP = re.compile(r"[ \t]*[|·•][ \t]*|[ \t]+[—–-][ \t]+")  # between the cells of a masthead's line
DATE_FIELD_LINES = 8  # lines at a text's head in which a letter's "Date:" field may stand
# ... or the opening of its first paragraph: "Baku, 14 March 2019 – ...", "BAKU, March 14 (AzerTAc) - ...":
# a place of a few words (and its country) and a comma before the date, a time or an agency and a dash after it.
_INLINE_HEAD = re.compile(r"(?:(?:[^\W\d_][\w.'’\u200c-]*(?:[ \t][^\W\d_][\w.'’\u200c-]*){0,3}(?:[ \t][«“\"][^«»“”\"\n]{1,40}[»”\"])?"
                          r"|[«“\"][^«»“”\"\n]{1,40}[»”\"])"
                          r"(?:[ \t]+\([^()\n]{1,30}\))?(?:[,،]|[ \t]+[–—-])[ \t]*){1,2}")
# ("BAKU, Azerbaijan, ", "باکو، ", "تهران – ", a venue with its name: "Астана, пресс-центр театра «Астана Опера», ",
# and an outlet's in a digest: "«Interpressnews» (Gürcüstan), ",
# "Mehr News Agency (English service), ")
# ... or a full stop and the first sentence: "Москва, 18 мая 2019 г. Вчера ...", "Bakı, 15 fevral 2021. Ötən ...".
# A line of its own giving where a transcript's talk was held, from the town to the room, and then its day (and hour):
# "Sheki, press centre of the Khan's Palace, Thursday, 28 July 2022, 12:00" (a town's name capitalised, then up to two
# places of up to seven words, each closed by a comma).
_VENUE_WORD = r"(?:[^\W\d_][\w.'’\u200c-]*|[«“\"][^«»“”\"\n]{1,40}[»”\"])"
_VENUE_HEAD = re.compile(rf"(?-i:[^\W\d_a-zа-яё][\w.'’\u200c-]*)(?:[ \t][^\W\d_][\w.'’\u200c-]*){{0,2}}[,،][ \t]*"
                         rf"(?:{_VENUE_WORD}(?:[ \t]{_VENUE_WORD}){{0,6}}[,،][ \t]*){{1,2}}")
_CLOSING_QUOTES = {"»", "”", '"', "“"}
_CLOCK_TAIL = re.compile(r"[,–—-]?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm])?")  # the hour after a day
_INLINE_STOP = re.compile(r"(?:\.|(?<=\.))[ \t]+(?=[^\W\d_])")  # then a sentence, not in small letters
_CAPITALS = "A-ZА-ЯЁƏÜÖĞİŞÇ"  # an agency's name in capitals ("AZƏRTAC", "XXİA"), in the scripts at hand
_INLINE_TAIL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?(?:\.?[ \t]*\([^)\n]{1,40}\)[ \t]*[.:–—-]?|[–—-]"
                          r"|\.?[ \t]*/[^/\n]{1,60}/\.?"  # "МОСКВА, 3 марта 2023. /ТАСС/. ...", "/Агентство «Евразия-Пресс»/"
                          r"|\.(?=[ \t]+[«“\"„])"  # a digest's item: "1. ТАСС, 10.10.2023. «В Ташкенте стартовали ...»"
                          rf"|,[ \t]*(?-i:[{_CAPITALS}][{_CAPITALS}a-z-]{{1,15}})[.:])[ \t]"  # "Bakı, 9 sentyabr, AZƏRTAC. ..."
                          rf"|,[ \t]*(?-i:[{_CAPITALS}]{{2,8}})[ \t]*\n")  # ... the agency closing its line: "Bakı, 21 oktyabr, XXİA"


def _each_template(g, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, template index) of every match of every template in text[start:end], as each
    template's own `finditer` gives them (matches of one template never overlap): the definition."""
    return [(m.start(), m.end(), i) for i, rx in enumerate(g.regexes) for m in rx.finditer(text, start, end)]


# Compiling a language's scanner takes a few tenths of a second; it pays for itself after a few
# hundred kilobytes, so a process that reads a few short texts never builds it.
SCANNER_AFTER = 200_000  # characters of a language scanned template by template before the scanner is built


def _template_matches(g, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The same as `_each_template` (in another order), in one pass of the grammar's scanner."""
    if not g.has_scanner():
        g.scanned += end - start
        if g.scanned < SCANNER_AFTER:
            return _each_template(g, text, start, end)
    sc = g.scanner()
    if sc is None:
        return _each_template(g, text, start, end)
    out = []
    last = [start] * len(g.regexes)  # where each template's next match may start
    if start == 0 and end > 0:  # the scanner finds positions after a separator; none precedes the text
        for i in sc.templates_at(text[0]):
            m = g.regexes[i].match(text, 0, end)
            if m:
                last[i] = m.end()
                out.append((0, m.end(), i))
    branches = sc.branches
    for m in sc.pattern.finditer(text, max(0, start - 1), end):
        p = m.start() + 1  # the position after the separator the scanner consumed
        groups, templates = branches[m.lastindex]
        # Every template's group starts at p: its end is p + the length of its text (one call for all).
        for found, i in zip(m.group(*groups), templates):
            if found is not None and p >= last[i]:
                last[i] = e = p + len(found)
                out.append((p, e, i))
    return out


# A line in English inside a text in another language: an e-mail's header ("Sent: Friday, October 18, 2024 4:37 PM"),
# a source line of a digest ("Tehran Times, November 13, 2023"). Up to an English month's name by a number it holds
# none of the letters of the text's own language (`[script] letters` of its file: Cyrillic, Arabic, Azerbaijani's
# ə ğ ı ş ç ö ü); it is English up to the first of them after it ("On Mon, 2 Sep 2024 at 16:20, Leyla Həsənova
# <l.h@museum.az> wrote:").
HEADER_LANGUAGE = "en"


@lru_cache(maxsize=None)
def _english_lines() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, re.Pattern]]:
    """The month by a number and the number by a month (the language's months written with a capital), a month's whole
    name, and the letters of each other language."""
    words = [w for v in langdata.load(HEADER_LANGUAGE)["time"]["months"].values() for w in v]
    # (each form starts with a class of capitals, which `re` skips to fast: an alternation of words would be tried at
    # every character of every text; the word found is checked whole after)
    first = "".join(sorted({w[0].upper() for w in words}))
    rest = "|".join(sorted({w[1:] for w in words}, key=len, reverse=True))
    by_number = re.compile(rf"(?P<month>[{first}](?<!\w[{first}])(?:{rest}))(?!\w)[ \t]+\d")
    number_by = re.compile(rf"\d[ \t]+(?P<month>[{first}](?:{rest}))(?!\w)")
    whole = re.compile(rf"(?:{'|'.join(words)})", re.I)
    own = {lang: re.compile(f"[{letters}]") for lang in langdata.available() if lang != HEADER_LANGUAGE
           and (letters := langdata.load(lang).get("script", {}).get("letters"))}
    return by_number, number_by, whole, own


def _with_english_lines(text: str, spans):
    """The language spans, with the English lines of the others (see `_english_lines`) carved out as English."""
    by_number, number_by, whole, letters = _english_lines()
    if all(lang not in letters for _s, _e, lang in spans) or not (by_number.search(text) or number_by.search(text)):
        return spans
    out = []
    for start, end, lang in spans:
        own = letters.get(lang)
        pos = start
        found = sorted((m for m in [*by_number.finditer(text, start, end), *number_by.finditer(text, start, end)]
                        if whole.fullmatch(m.group("month"))), key=lambda m: m.start()) if own is not None else ()
        for m in found:
            a = max(pos, text.rfind("\n", 0, m.start()) + 1)
            b = text.find("\n", m.end(), end)
            b = end if b < 0 else b
            if m.start() >= pos and own.search(text, a, m.end()) is None:
                b = (mine.start() if (mine := own.search(text, m.end(), b)) else b)
                if a > pos:
                    out.append((pos, a, lang))
                out.append((a, b, HEADER_LANGUAGE))
                pos = b
        if pos < end:
            out.append((pos, end, lang))
    return out


def _matches(seg: Segmented):
    text = seg.text.text
    for start, end, lang in _with_english_lines(text, seg.spans):
        try:
            g = grammar(lang)
        except KeyError:
            continue
        # Overlaps: the longest match wins, then the more specific (earlier) template.
        found = sorted(_template_matches(g, text, start, end), key=lambda x: (x[0] - x[1], x[2]))
        taken = bytearray(end - start)
        chosen = []
        for s, e, i in found:
            if "\n" in text[s:e] and _short_line(text, s):
                # "18 oktyabr" heading a day's entries and "18/10/1995 – ..." under it are no "oktyabr 18"; the template
                # may still match under the heading ("... روزبه‌روز" / "دوشنبه ۵ تیر ۱۴۰۲")
                if (under := g.regexes[i].search(text, text.find("\n", s) + 1, e)) is None:
                    continue
                s, e = under.span()
            if taken.find(1, s - start, e - start) >= 0:
                continue
            if g.not_after is not None and g.not_after.search(text, max(start, s - 16), s) and not _NUMERIC_DAY.match(
                    text, s) and not _PREPOSITION.match(text, s, e):  # (not "the page on Tuesday, 21 May 2024")
                continue  # "$1990", "№ 1234", "page 1995" (not "[Səhifə 22.05.2024 tarixində saxlanılıb]": no page looks so)
            line = g.patterns[i].get("line")
            if line == "field":
                # (after a record's date label on its line: "Tarix: 1938, aprel", where a year alone is a date; or opening a
                # table's cell: "7<TAB>1978, 10–14 may<TAB>...")
                if not _CELL_START.search(text, max(0, s - 2), s) and (g.date_label is None or g.date_label.search(
                        text, text.rfind("\n", 0, s) + 1, s) is None):
                    continue
            elif line and not _placed_on_line(text, s, e, line):
                continue
            limit = end
            if "\n" in text[s:e] and (_PARAGRAPH_BREAK.search(text, s, e) or _ENTRY_YEAR.match(
                    text, text.rfind("\n", s, e) + 1)):
                # "March" heading a report's section and "14-16: seminar" under it are no "March 14-16"; "1–3 September"
                # ending an entry's line and "2009 – Julfa" opening the next are no "1–3 September 2009" (but the
                # template may hold before the break: "Dekabr 2023" over "İLİN İCMALI" is no "Dekabr 2023 ilin")
                brk = _PARAGRAPH_BREAK.search(text, s, e)
                if brk is None or (short := g.regexes[i].match(text, s, brk.start())) is None:
                    continue
                s, e, limit = short.start(), short.end(), brk.start()
            taken[s - start:e - start] = b"\x01" * (e - s)
            m = g.regexes[i].match(text, s, limit)  # the template's own pattern, for its slot groups
            names = g.group_names[i]
            fields = {names[k]: v for k, v in m.groupdict().items() if v is not None and k in names}
            chosen.append((s, e, lang, g, fields, g.patterns[i]))
        _years_under_days(text, chosen)
        if g.day_heading is not None:
            chosen.extend(_day_headings(g, text, start, end, lang, chosen))
        chosen.sort(key=lambda x: x[0])
        yield from chosen


_WORD = re.compile(r"[^\W\d_]+")


def _month_told(g, text: str, end: int, published: dt.date) -> dt.date | None:
    """The first day of the month a week-by-week account tells, named by its word alone before its first week's
    heading ("Ноябрь в Ханое", "آبانِ دهلی؛ چهار هفته"): the last such month before the day it was posted, within reach."""
    jy, jm, _ = from_gregorian("jalali", published)
    for w in reversed(_WORD.findall(text, 0, end)):
        if (n := next((n for n, rx in g.months if rx.fullmatch(w)), None)) is not None:
            first = dt.date(published.year - (n > published.month), n, 1)
        elif (n := next((n for n, rx in g.jmonths if rx.fullmatch(w)), None)) is not None:
            first = gregorian_day("jalali", jy - (n > jm), n, 1)
        else:
            continue
        if WEEK <= (published - first).days <= WEEKLY_REACH:  # (a week told at least: no "3 dekabr" of its dateline)
            return first
    return None


def _day_headings(g, text: str, start: int, end: int, lang: str, chosen: list) -> list:
    """A diary's or a programme's "Day N" headings in text[start:end]: N is put in the fields of a date on the heading's
    line ("1-ci gün (9 iyul, çərşənbə)"); a heading with none is a match of its own ("3-cü gün"), dated from the last
    one that gave its day (`_resolve`)."""
    out = []
    for m in g.day_heading.finditer(text, start, end):
        n = int(m.group("n") or g.lookup("day_ordinals", m.group("w")) or 0)
        if not n:
            continue
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        dated = [c for c in chosen if m.start() <= c[0] < line_end]
        for c in dated:
            c[4]["day_n"] = n
        if not dated:
            out.append((m.start(), m.end(), lang, g, {"day_n": n}, {"line": "alone"}))
    return out


def annotate(seg: Segmented, published: str | None = None) -> list[TimeExpr]:
    """Every temporal expression of a segmented document, in order, with its EDTF value."""
    out = _resolve(seg, _all_matches(seg), published)
    return _column_spans(seg, out) if "\t" in seg.text.text and len(out) > 1 else out


@lru_cache(maxsize=1)
def _column_words() -> tuple[re.Pattern, re.Pattern] | None:
    """A table's header cells over its first and last days ("From" / "To", "Дата с" / "Дата по", "از تاریخ" / "تا
    تاریخ"), in every language (a report's header may be in another than its rows)."""
    first, last = langdata.words("time", "column_from"), langdata.words("time", "column_to")
    if not first or not last:
        return None
    return (re.compile(rf"[ \t]*(?:{'|'.join(first)})[ \t.:]*", re.I), re.compile(rf"[ \t]*(?:{'|'.join(last)})[ \t.:]*", re.I))


_TABLE_RULE = re.compile(r"[ \t]*(?:-{3,}|={3,}|[-=| \t:]*\|[-=| \t:]*)[ \t]*")


def header_cells(text: str, line_start: int, known: dict[int, list[str] | None]) -> list[str] | None:
    """The cells of the header of the table whose row starts at `line_start`: its first row (over rule lines and blank
    lines), None when the row is in no table. (`known`: the rows asked of before, whose header is the same: a table's
    rows are asked of in order, and each walks up only to the last.)"""
    header, pos = None, line_start
    while pos > 0:
        if pos in known and pos != line_start:
            if known[pos] is not None:
                header = "\t".join(known[pos])
            break
        end = pos - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if "\t" in line:
            header = line
        elif line.strip() and not _TABLE_RULE.fullmatch(line):
            break
        pos = start
    known[line_start] = cells = header.split("\t") if header is not None else None
    return cells


def _column_spans(seg: Segmented, times: list[TimeExpr]) -> list[TimeExpr]:
    """A table's row with its first and last day in two cells side by side under the header's "From" and "To" (a
    database's report, a spreadsheet): one span of days (or one day, when both are the same)."""
    words = _column_words()
    if words is None:
        return times
    text = seg.text.text
    out: list[TimeExpr] = []
    known: dict[int, list[str] | None] = {}
    for t in times:
        prev = out[-1] if out else None
        if prev is not None and prev.edtf and t.edtf and _DAY.fullmatch(prev.edtf) and _DAY.fullmatch(t.edtf) and (
                prev.edtf <= t.edtf) and text[prev.end:t.start].count("\t") == 1 and not text[prev.end:t.start].strip():
            line_start = text.rfind("\n", 0, prev.start) + 1
            cells = header_cells(text, line_start, known)
            i = text.count("\t", line_start, prev.start)
            if cells is not None and i + 1 < len(cells) and words[0].fullmatch(cells[i]) and words[1].fullmatch(cells[i + 1]):
                edtf = prev.edtf if prev.edtf == t.edtf else f"{prev.edtf}/{t.edtf}"
                out[-1] = replace(prev, end=t.end, text=seg.text.doc.text[prev.orig_start:t.orig_end], edtf=edtf,
                                  orig_end=t.orig_end)
                continue
        out.append(t)
    return out


def _all_matches(seg: Segmented) -> list:
    """The grammar's matches over the whole text, found once per document (the dateline reads them too)."""
    if seg.time_matches is None:
        seg.time_matches = list(_matches(seg))
    return seg.time_matches


def _resolve(seg: Segmented, matches, published: str | None) -> list[TimeExpr]:
    """The values of the matches, read in order with the context they build."""
    doc = seg.text.doc
    pub = published or doc.published
    ctx = Context(published=dt.date.fromisoformat(pub[:10]) if pub else None, cal_years={}, spans=[], years=[])
    own_day = ctx.published  # the report's own day (not a day heading an item, which the text may set later)
    out: list[TimeExpr] = []
    last_lang = None
    doc_text = doc.text
    # Most texts need no edit (no NFC run, no hyphen at a line end): offsets are then the original's,
    # and `to_orig` (a bisect per offset) is skipped.
    same = seg.text.breaks == [(0, 0)] and len(seg.text.text) == len(doc_text)
    to_orig = seg.text.to_orig
    text = seg.text.text
    # A year in an author-year citation ("(Karimi, 2011: 130)") is when a work appeared: "in the same year"
    # after it still counts from the year the text was speaking of.
    cites = citations.spans(text) if matches else []
    unknown = None  # (end of the sentence of an unresolved "last year", the context before it)
    aside = None  # (end of the sentence of an issue's "last year", the issue's context before it)
    recall = None  # (the end of a sentence recalling the past, what the text had told before it, if it goes on there)
    season = None  # the two years of a season last named ("2023/2024")
    jseason = None  # ... and of a season of the Solar Hijri calendar, Mehr to Shahrivar ("فصل ۱۳۹۷-۱۳۹۸")
    item_before = None  # the date opening the last item of a list
    by_lang: dict[str, tuple] = {}  # each language's context, kept while the text speaks another
    # A chronicle's entries ("۱۲.II — ...", "12 May — ...") take their year and month from its headings and
    # the entries before them, not from a year one entry's text tells ("the accounts of 2018 were approved").
    chronicle = None  # (year, month, years of other calendars) as the last entry head or heading left them; None before
    # the first entry
    month_heading = None  # (year, month) of the last month alone on its line heading a section
    year_line = None  # the last year alone on its line, heading a section
    page_day = ctx.published  # a saved page's day, which its posts' ages ("3d") count back from
    reviews = _reviews(text, matches)
    review = None  # the paragraph of the review being read
    prev_end = 0
    notes = _footnotes(text) if matches else []  # (position, is the note, number), in order
    title_year = None  # a year alone that the text's title names ("Annual Report on Events Hosted in 2023")
    title_heading = False  # whether that year stands on a heading's short line ("ANNUAL REPORT 2019")
    title_cal = None  # (calendar, year) of such a heading's year in another calendar ("گزارش عملکرد سال ۱۴۰۱")
    year_at = cal_year_at = 0  # where the year the text speaks of was last written out (in another calendar)
    head_month = None  # the year of a month and year on a line of its own under that title ("Москва, март 2024")
    at_marker: dict[str, tuple] = {}  # the context where the body's marker of each note stood
    last_fields: dict = {}  # the fields of the match before
    items = False  # whether a date heading an item of news has been read
    spanned = False  # whether "Day N" headings count from a span of days told, not from a heading's day
    # (weekdays heading a blog's days: its "last week" is the week they tell, though the post came days after it, and
    # so are the days of a visit an issue tells)
    heads: list[tuple[int, int]] = []  # (index in out, ISO weekday) of the weekday headings (`_diary_days`)
    told_days: list[tuple] = []  # (index in out, ISO weekday or None for "today") of a weekday or "today" under them
    weekday_headings = any(m[4].get("weekday") and not m[4].get("day") and not text[
        text.rfind("\n", 0, m[0]) + 1:m[0]].strip(_BULLETS + " \t") and _HEAD_MARK.match(text, m[1]) for m in matches)
    for start, end, lang, g, fields, meta in matches:
        while notes and notes[0][0] < start:
            _pos, is_note, key = notes.pop(0)
            if not is_note:
                at_marker.setdefault(key, _told(ctx))
            elif key in at_marker:
                # A note gathered at the end ("[7] ... The next day the same troupe ...") speaks of what its marker's
                # sentence told ("the opera was staged on 18 November 2003 [7]"), not of the note before it.
                _retell(ctx, at_marker[key])
        if lang != last_lang:
            # An abstract in another language starts its own context; a bulletin telling each paragraph in
            # two languages goes on with each language's own.
            if last_lang is not None:
                by_lang[last_lang] = _told(ctx)
            _retell(ctx, by_lang.get(lang, (None, None, None, None, {}, [], None, "gregorian", None)))
            last_lang = lang
        cited = (bool(cites) and any(a <= start and end <= b for a, b in cites)) or (
            # "today we continue this dialogue," the rector said: the speaker's day, not the one the text tells
            "rel_day" in fields and quoted(text, start, end)) or bool(
            g.plan_before and g.plan_before.search(text, max(0, start - 40), start)) or bool(
            g.plan_after and g.plan_after.match(text, end)) or (
            # a birth's day: "Гоциридзе Т. Ш. (р. 2 марта 1936 г., Кутаиси)"
            fields.get("day") is not None and _born(text, start)) or (
            # "(в 2022 г. — 19)", "(+18% к 2022 г.)": a year in brackets in a sentence is an aside (a figure's, a
            # gloss's); the text goes on in the year it was speaking of
            "year" in fields and not fields.keys() & _FINER and ((_bracketed(text, start, end) and not _edition_heading(
                text, start, end)) or (
                # ... and so is one closing a quoted name: "в кинотеатре «Атлас 1948»"
                text[end:end + 1] in _CLOSING_QUOTES and quoted(text, start, end))))
        if cited:
            saved = _told(ctx)
        if ctx.weekly is not None and ctx.last_day is not None and ctx.published is not None and (
                ctx.weekly < ctx.last_day <= ctx.published):
            ctx.weekly = ctx.last_day  # (kept apart: a week's heading is a heading of news items too, which clears it)
        if page_day is not None and (age := _post_age(text, prev_end, start)) is not None:
            # The next post of a saved page, under its age ("3d · Edited"): its "today" is that day; under an age in
            # weeks ("2w") its day is not known, only its year.
            day = page_day - dt.timedelta(days=age[0])
            ctx.published, ctx.issue = (day if age[1] else None), False
            ctx.year, ctx.month, ctx.day, ctx.last_day, ctx.told_day = day.year, None, None, None, None
            ctx.cal_years, ctx.spans = {"jalali": (from_gregorian("jalali", day)[0], None)}, []
        elif ctx.published is not None and not ctx.year_is_report and (
                # (not a card's title under a year alone on its line: "2019\n\n«...»\nBonn | 3 March - 26 May")
                ctx.year is not None and ctx.year != year_line and (_ITEM_HEADING.search(
                    text, prev_end, start) or g.turn and g.turn.search(text, prev_end, start))
                or (ctx.year is not None or ctx.last_day is not None) and _feed_item(text, prev_end, start)):
            # A news digest's next item ("■ University pact\nOn 12 Ordibehesht ..."): a day it writes without a
            # year is of the days before the report, not of the year the item before spoke of. So is a feed's next
            # item under its time ("17:05"): its "on Wednesday" counts from the feed's day, not from the day the
            # item before told ("rain expected on Thursday"). So is a briefing's next question ("Вопрос: ...").
            ctx.year = ctx.month = ctx.day = ctx.last_day = None
            ctx.cal_years, ctx.spans = {}, []
        elif reviews and (found := _review_at(reviews, start)) is not None and found != review:
            # A review's paragraph (a page of visitors' reviews): its "last month" counts from the day it was written,
            # a day it tells without a year is of that year, whether its dates' line stands over or under its text.
            # So does an item of a page of news closed by its line of dates.
            review, day = found, found[2]
            ctx.published, ctx.issue = day, False
            ctx.year, ctx.month, ctx.day, ctx.last_day, ctx.told_day = day.year, None, None, None, None
            ctx.cal_years, ctx.spans = {"jalali": (from_gregorian("jalali", day)[0], None)}, []
        if g.week_heading is not None and g.week_heading.search(text, prev_end, start):
            if ctx.weekly is None and ctx.published is not None and (first := _month_told(g, text, start, ctx.published)):
                # (the first week of the month the account tells: "November, week by week ... Week one")
                ctx.weekly = first - dt.timedelta(days=1)
            elif ctx.weekly is None and ctx.published is not None:
                ctx.weekly = ctx.last_day
        prev_end = end
        if unknown is not None and start >= unknown[0]:
            if ctx.year is None:
                ctx.year, ctx.month, ctx.day = unknown[1]
            unknown = None
        if aside is not None and start >= aside[0]:
            ctx.year, ctx.month, ctx.day, ctx.year_is_report, ctx.cal_years = aside[1]
            aside = None
        if recall is not None and start >= recall[0]:
            if recall[1] is not None:
                _retell(ctx, recall[1])
                ctx.year_is_report = recall[2]
            else:
                _to_report(ctx)
            recall = None
        if recall is None and ctx.published is not None and g.recalled is not None and g.recalled.match(
                text, _sentence_start(seg, start)):
            # "Напомним, что предыдущая программа была подписана 18 марта 2022 г.", "Qeyd edək ki, ... sentyabrın 23-də": a
            # note on its own, in the report's days (not those of a year the text told before it); the text then speaks of
            # the report's days again ("С 14 по 16 мая" after it is of the report's year)
            recall = (_sentence_end(seg, end), None, None)
            _to_report(ctx)
        elif recall is None and (g.recall_verbs is not None and g.recall_verbs.search(
                text, _sentence_start(seg, start), start) or g.recalled is not None and g.recalled.match(
                text, _sentence_start(seg, start))):
            # "Участники вспомнили, что ... в 1854 году": what was recalled; the next sentence goes on where the text was
            # (and so after a note on the background in a text with no report day: "یادآور می‌شود ... در ۱۳۹۷ ...")
            recall = (_sentence_end(seg, end), _told(ctx), ctx.year_is_report)
        if fields.get("weekday") and not fields.get("day") and out and out[-1].edtf and _DAY.fullmatch(
                out[-1].edtf) and (_APPOSITION.fullmatch(text, out[-1].end, start) or _WEEKDAY_GLOSS.fullmatch(
                text, out[-1].end, start) and _weekday_of(out[-1].edtf) == g.lookup("weekday", fields["weekday"])):
            # "bu ayın 3-də, bazar ertəsi": the weekday of the day just written, no day of its own (and so "Twenty years
            # ago today, on a drizzly Sunday afternoon", that day's weekday)
            continue
        if _weekday_heading(text, start, end, fields, meta):
            # "Вторник" heading a week's digest, "▪ دوشنبه | ..." heading its item: a day of that week
            fields = {**fields, "heading": "1"}
        entry = _entry_head(text, start, end)
        if entry and chronicle is not None and chronicle[0] is not None:
            # ("۳ اردیبهشت — ..." after an entry recalling "آبان ۱۳۸۸": of the chronicle's Jalali year too)
            ctx.year, ctx.month, ctx.cal_years = chronicle[0], chronicle[1], dict(chronicle[2])
        elif chronicle is not None and chronicle[0] is not None and meta.get("line") in MONTH_HEADING and fields.get(
                "month") and not fields.get("year"):
            # "JULY" heading a chronicle's next month: of the chronicle's year, not of a year an entry recalled ("The
            # twinning agreement was signed in Bursa on 17 June 1999.")
            ctx.year = chronicle[0]
        elif month_heading is not None and fields.get("month") and fields.get("day") and not fields.get("year") and (
                g.month_of("month", fields["month"]) == month_heading[1]):
            # "October" heading a section of a year's review: its "On October 27" is of that October, whatever year an
            # aside told before ("The festival, first held last year, opened on October 3")
            ctx.year = month_heading[0]
        elif title_heading and ctx.year not in (None, title_year) and (fields.get("month") or fields.get(
                "mnum")) and not fields.get("year") and not fields.keys() & _DAY_OF_REPORT and _PARAGRAPH_BREAK.search(
                text, year_at, start):
            # "ANNUAL REPORT 2019" over a paragraph per partner: "On 22 April" opening the next one is of the year the
            # report is of, not of a year the paragraph before recalled ("following the Year ... held in 2018")
            ctx.year, ctx.month, ctx.day = title_year, None, None
            if meta.get("line") in MONTH_HEADING:
                ctx.year_is_report = False  # ("Yanvar." heading the review's first month: not the report's January)
        elif jseason is not None and fields.get("jmonth") and not fields.get("jyear") and (
                m := g.month_of("jmonth", fields["jmonth"])) is not None:
            # "مهر:", "اردیبهشت:" under "فصل ۱۳۹۷-۱۳۹۸": Mehr to Esfand of the season's first year, the others of its second
            ctx.cal_years = {**ctx.cal_years, "jalali": (jseason[m < JALALI_SEASON_TURN], None)}
        elif title_cal is not None and ctx.published is None and fields.get("jmonth") and not fields.get("jyear") and (
                (ctx.cal_years or {}).get(title_cal[0], (None,))[0] not in (None, title_cal[1])) and _PARAGRAPH_BREAK.search(
                text, cal_year_at, start):
            # ... and so in a report of a Solar Hijri year: "۴-۷. هند ... ۱۰ و ۱۱ اسفند" after a plan for the next year
            ctx.cal_years = {**ctx.cal_years, title_cal[0]: (title_cal[1], None)}
        elif month_heading is not None and month_heading[0] in (title_year, year_line) and meta.get(
                "line") in MONTH_HEADING and fields.get("month") and not fields.get("year") and not fields.get("day") and (
                g.month_of("month", fields["month"]) or 0) > month_heading[1]:
            # "OCTOBER" heading the review of the year its title or a heading names, after "SEPTEMBER" of that year: of
            # that year, not of a year an entry told ("from the 1945 classic to new works", "перенесена на весну 2024
            # года")
            ctx.year = month_heading[0]
        elif ctx.issue and ctx.issue_days and ctx.year != ctx.published.year and fields.get("month") and (
                fields.get("day", "").isdigit()) and not fields.get("year") and _in_issue(g, fields, ctx):
            # "On 17 June we celebrated our 30th anniversary" in a newsletter's issue of April–June 2023: a day of the
            # issue's months, whatever year a memory told before ("the first Days we organised in 1998")
            ctx.year = ctx.published.year
        elif ctx.issue and ctx.issue_days and fields.get("month") and fields.get("day", "").isdigit() and not fields.get(
                "year") and (y := _latest_year(g, fields, ctx.published)) not in (None, ctx.year) and _PARAGRAPH_BREAK.search(
                text, year_at, start):
            # "Fevralın 27-də ... ilk təqdimat" opening a paragraph of a May issue's review, after one recalling "2022-ci
            # ilin payızında": the latest such day before the issue, not a day of the year the paragraph before recalled
            ctx.year, ctx.year_is_report = y, False
        elif ctx.issue and ctx.issue_days and fields.get("jmonth") and fields.get("day", "").isdigit() and not (
                fields.get("jyear")) and (jy := _in_issue_jalali(g, fields, ctx)) is not None:
            # "از ۸ تا ۲۰ اردیبهشت" in a programme of "اردیبهشت ۱۴۰۳": a day of its month, whatever Jalali year an aside
            # told before ("پیش‌تر در آبان ۱۴۰۰")
            ctx.cal_years = {**(ctx.cal_years or {}), "jalali": (jy, None)}
        elif meta.get("line") in MONTH_HEADING and fields.get("month") and not fields.get("year") and chronicle is None and (
                ctx.published is None and title_year is not None and head_month == title_year + 1 == ctx.year):
            # "ГОДОВОЙ ОТЧЁТ ЗА 2023 ГОД / Москва, март 2024": its "Январь" is of the year its title names
            ctx.year = title_year
        elif meta.get("line") in MONTH_HEADING and fields.get("month") and not fields.get("year") and chronicle is None and (
                ctx.published is not None and ctx.year is not None):
            if title_year is not None and title_year == ctx.published.year - 1:
                # "Annual Report on Events Hosted in 2023 / Submitted ... 15 January 2024": its "March" is of the year
                # its title names, though the report is dated in the next
                ctx.year, ctx.year_is_report = title_year, False
            else:
                # "January" heading a dated report's account of the half-year: a month of the months before the report,
                # not of a year an aside told ("after the visa-free regime of November 2023")
                ctx.year_is_report = True
        ctx.here = start
        if ctx.year_alone and _STOP.search(text, ctx.year_alone[2], start):
            ctx.year_alone = None  # (a year written alone dates a day of its own sentence only)
        header_day = page_day is not None and "rel_day" in fields and _mail_header(text, start, end)
        if header_day:
            # A forum post's "Posted: yesterday at 18:05": of the day the page was saved, not of the post before it; when
            # that day is before the posts' (it was a post's own), the day the page was saved is not known.
            ctx.published = page_day if ctx.published is None or page_day >= ctx.published else None
        elif page_day is not None and fields.keys() & {"rel", "rel_day"} and ctx.published != page_day and _alone_on_line(
                text, start, end):
            # "20 ЛЕТ НАЗАД", "СЕГОДНЯ" heading a column's next story: counted from the paper's day, not from the day
            # of the old issue quoted above it
            ctx.published = page_day
        if fields.keys() == {"day_n"}:
            # "3-cü gün" alone on its line: days on from the last "Day N" heading that gave its day, else unknown
            # ... or, with none such, the days of the span of days told last ("mayın 16–18-də ... konfrans" over
            # "Birinci gün", "İkinci gün"), when it has that many
            # (a day so counted is no report's day: what "yesterday" or "on Monday" under it count from stays as it was)
            if ctx.day_one is None and (span := next((sp for sp in reversed(ctx.spans) if sp and (
                    sp[1] - sp[0]).days < WEEK), None)) is not None and 0 < fields["day_n"] <= (span[1] - span[0]).days + 1:
                ctx.day_one, spanned = (1, span[0]), True
            if ctx.day_one is None or not 0 <= fields["day_n"] - ctx.day_one[0] <= DAY_HEADINGS:
                continue
            d = ctx.day_one[1] + dt.timedelta(days=fields["day_n"] - ctx.day_one[0])
            v = Value(d.isoformat(), "context", year=d.year, month=d.month, day=d.day)
        elif ctx.issue and fields.keys() & _DAY_OF_REPORT and not (
                # (but a month's issue, "Issue 58 · April 2024", gives the month its "last month" counts from)
                set(fields) & _DAY_OF_REPORT == {"rel_month"} and "mday" not in fields and ctx.issue_days is not None and (
                    ctx.issue_days[0].year, ctx.issue_days[0].month) == (ctx.published.year, ctx.published.month)):
            # (under an issue's months: "yesterday", "on Saturday", "last month" count from a day the text does not give)
            issue_end, ctx.published = ctx.published, None
            v = value(g, fields, meta, ctx)
            ctx.published = issue_end
        elif "rel_day" in fields and out and out[-1].edtf and _DAY.fullmatch(out[-1].edtf) and out[-1].anchor == "explicit" and (
                _entry_head(text, out[-1].start, out[-1].end) and ENTRY_DASH.fullmatch(text, out[-1].end, start)):
            # A news list's "29.01.2024 — Вчера состоялась встреча ...": yesterday from the item's day, not the page's
            page, ctx.published = ctx.published, dt.date.fromisoformat(out[-1].edtf)
            v = value(g, fields, meta, ctx)
            ctx.published = page
        else:
            v = value(g, fields, meta, ctx)
        if v is None:
            continue
        if last_fields.keys() == {"day_n"} and "same" in fields and out and out[-1].edtf and v.edtf and (
                _DAY.fullmatch(v.edtf) and v.edtf == (dt.date.fromisoformat(out[-1].edtf) + dt.timedelta(days=1)).isoformat()):
            # "4-cü gün\nErtəsi gün səhər ...": the entry's "next day" is the day its heading counted, told again
            v = replace(v, edtf=out[-1].edtf, year=int(out[-1].edtf[:4]), month=int(out[-1].edtf[5:7]),
                        day=int(out[-1].edtf[8:10]))
        if "day_n" in fields and len(fields) > 1 and ctx.day_one is not None and not fields.get("year") and (
                0 < fields["day_n"] - ctx.day_one[0] <= DAY_HEADINGS) and v.edtf and _DAY.fullmatch(v.edtf):
            # "5-ci gün – 30 avqust" after a paragraph recalling "iki il əvvəl", "4-cü gün – çərşənbə axşamı" posted days
            # later: the day the headings count to, its year and its week, when the heading's day or weekday is it
            d, told = ctx.day_one[1] + dt.timedelta(days=fields["day_n"] - ctx.day_one[0]), dt.date.fromisoformat(v.edtf)
            if told != d and ((told.month, told.day) == (d.month, d.day) or (
                    "weekday" in fields and "day" not in fields and told.isoweekday() == d.isoweekday())):
                v = Value(d.isoformat(), "context", year=d.year, month=d.month, day=d.day)
        if "day_n" in fields and len(fields) > 1 and v.edtf and _DAY.fullmatch(v.edtf):
            ctx.day_one = (fields["day_n"], dt.date.fromisoformat(v.edtf))
        if v.anchor == "context" and v.day is not None and v.calendar == "gregorian" and not fields.get("year") and (
                ctx.published is not None and v.year != ctx.published.year and _caption_dateline(text, start, end)):
            # "... The company last performed in Minsk four years ago. Minsk, 18 September.": a photo's caption closed
            # by its place and day, of the days the report covers, whatever year the caption's text spoke of
            y = ctx.published.year - ((v.month, v.day) > (ctx.published.month, ctx.published.day))
            v = replace(v, edtf=f"{y:04d}-{v.month:02d}-{v.day:02d}", year=y)
        if title_year is not None and ctx.published is not None and title_year == ctx.published.year - 1 and (
                ctx.year_is_report and v.anchor == "context" and v.calendar == "gregorian") and (
                v.year == ctx.published.year and not fields.get("year")) and (
                bounds(v.edtf or "")[0] or "") > ctx.published.isoformat():
            # "2024-cü il rəqəmlərdə" published on 15 January 2025: its "martın 18-də" is of the year it reviews, not one
            # still to come
            v = replace(v, edtf=v.edtf.replace(f"{v.year}-", f"{title_year}-"), year=title_year)
        head_item = _item_head(text, start)
        # (the first month of a span of days across months: "Yanvarın 25-dən fevralın 3-dək")
        first_month = v.month if v.month is not None else int(first[5:7]) if v.year is not None and (
            first := bounds(v.edtf or "")[0] or "").startswith(f"{v.year:04d}-") else None
        if v.anchor == "context" and v.calendar == "gregorian" and first_month is not None and not fields.get("year") and (
                season is not None and v.year in season and (y := season[first_month < SEASON_TURN or (
                    # (... and so is its last month told after the text came into the next year: "6 iyun ... Avqustun 25-də")
                    first_month == SEASON_TURN and ctx.year == season[1] and ctx.month is not None and (
                        first_month >= ctx.month))]) != v.year):
            # "СЕЗОН 2023/2024", "2022/2023 academic year": its autumn months are of the first year, the others of the next
            v = replace(v, edtf=v.edtf.replace(f"{v.year}-", f"{y}-"), year=y)
        elif head_item and v.anchor == "context" and v.calendar == "gregorian" and v.month is not None and not fields.get(
                "year") and item_before and item_before.anchor == "context" and (prev := bounds(item_before.edtf)[0]) and (
                prev[:4] == f"{v.year:04d}" and int(prev[5:7] or 0) > v.month) and (
                ctx.published is not None and v.year == ctx.published.year - 1):
            # "• 12 декабря — ...\n• 20–26 января — ..." in a report of March 2025 on a show of November 2024 to February:
            # a list told in order turns into the next year, up to the report's day
            later = v.edtf.replace(f"{v.year}-", f"{v.year + 1}-")
            if (bounds(later)[1] or "9") <= ctx.published.isoformat():
                v = replace(v, edtf=later, year=v.year + 1)
        if v.anchor == "explicit" and v.edtf:
            # (a season's two years heading a list, "СЕЗОН 2023/2024", hold while no year outside them is written)
            pair = _YEAR_PAIR.fullmatch(v.edtf)
            if pair and int(pair[2]) == int(pair[1]) + 1 and (("/" in text[start:end] and _heading_line(text, start)) or (
                    # (... or named a season: "2013/14 season: In February the company returned", "the 2023–24 season,
                    # which ended last Sunday")
                    v.qualifier == "season" and not cited)):
                season = (int(pair[1]), int(pair[2]))
                ctx.year = season[0]  # (the days under it with no year of their own are the season's)
            elif season is not None and v.year not in (None, *season) and not cited:
                season = None  # (not by a year told in passing: "Çaykovskinin 1888-ci ildə yazdığı simfoniya")
            if v.calendar == "jalali" and fields.get("year") and fields.get("year2") and not fields.keys() & _FINER and (
                    int(fields["year2"]) == int(fields["year"]) + 1 and _heading_line(text, start)):
                jseason = (int(fields["year"]), int(fields["year2"]))
            elif jseason is not None and v.calendar == "jalali" and v.written is not None and v.written[0] not in jseason:
                jseason = None
        if head_item and v.edtf:
            item_before = v
        if fields.get("year") and not cited:
            year_at = start
        if fields.get("jyear") and not cited:
            cal_year_at = start
        if title_year is None and start < TITLE_YEAR_AT and v.anchor == "explicit" and v.edtf and v.edtf.isdigit() and (
                text.count("\n", 0, start) < TITLE_LINES):
            title_year = v.year
            # (a review of the year it was written in too, or of the year before: "Letter from the Chair — 2022 in
            # Review / Toronto, December 20, 2022", "2023-cü il üzrə fəaliyyət hesabatı" signed on 10 January 2024)
            # (not a book's imprint under its title, "(Bakı: «Qanun», 2016), səh. 87–94": the year of the memoir's
            # printing, not of what it tells; nor the first of a school year's, "School Year 2023–24")
            title_heading = _on_heading_line(text, start) and (ctx.published is None or ctx.published.year in (
                v.year, v.year + 1)) and not in_brackets(text, start) and not _YEAR_SPAN_TAIL.match(text, end)
        elif title_cal is None and start < TITLE_YEAR_AT and v.anchor == "explicit" and v.written is not None and (
                v.written[1] is None and v.calendar != "gregorian" and ctx.published is None and _short_line(text, start)
                and text.count("\n", 0, start) < TITLE_LINES):
            title_cal = (v.calendar, v.written[0])
        elif title_year is not None and head_month is None and start < 2 * TITLE_YEAR_AT and v.anchor == "explicit" and (
                v.edtf and _MONTH.fullmatch(v.edtf) and _short_line(text, start)):
            head_month = v.year  # the year of a month dating the report at its head, "Москва, март 2024"
        if v.anchor == "explicit" and v.edtf and v.edtf.isdigit() and _placed_on_line(text, start, end, "alone"):
            year_line = v.year  # "2023 год" alone on its line, heading the months under it
            ctx.spans = []  # (whose days are of it, not of a span of days told before: "2019\n\n...| 3 March - 26 May")
        if meta.get("line") in MONTH_HEADING and fields.get("month") and not fields.get("year") and not fields.get("day"):
            month_heading = (v.year, v.month) if v.year is not None and v.month is not None else None
        if v.anchor == "published" and v.edtf and fields.keys() & {"rel_week", "rel_day"} and ctx.published is not None and (
                entry_year := _ENTRY_YEAR.match(text, text.rfind("\n", 0, start) + 1)) and (
                year := int(entry_year.group(1))) != ctx.published.year:
            # "2001: ... played to a packed Music Hall this week" in a column of this week in history: a week of the
            # entry's year, which day of it not known
            v = Value(f"{year:04d}", "context", year=year)
        if v.anchor == "published" and v.edtf and v.qualifier is None and ctx.published is not None and (
                bounds(v.edtf)[0] or "") > ctx.published.isoformat():
            v.qualifier = "ahead"  # "next week", "tomorrow": after the day the text speaks from, a plan's time
        if page_day is not None and v.day is not None and v.calendar == "gregorian" and not fields.get("year") and (
                _post_head(text, start, end)):
            # "Posted 14 March • Edited • 🌐" over a post of a saved page: the latest 14 March on or before the day the
            # page was saved, whatever year the post before spoke of
            y = page_day.year - ((v.month, v.day) > (page_day.month, page_day.day))
            v = replace(v, edtf=f"{y:04d}-{v.month:02d}-{v.day:02d}", anchor="context", year=y)
            ctx.cal_years, ctx.spans = {"jalali": (from_gregorian("jalali", dt.date(y, v.month, v.day))[0], None)}, []
        if not cited and v.anchor == "explicit" and v.year is not None and ctx.published is not None and (
                v.year > ctx.published.year) and g.plan_words is not None and g.plan_words.search(
                text, _sentence_start(seg, start), _sentence_end(seg, end)):
            cited = True  # a plan's year after the report's: what follows is still in the year the text spoke of
            saved = _told(ctx)
        told_year = ctx.year if ctx.year is not None else ctx.published.year if ctx.published is not None else None
        marked = not cited and v.anchor == "explicit" and v.year is not None and told_year is not None and (
            v.year < told_year) and ((g.commemorated is not None and text[max(0, start - 3):start].rstrip().endswith(
                "(") and bool(g.commemorated.search(text, max(0, start - MARKED_REACH), start) or (
                    # (... or after it: "Şuşa Bəyannaməsinin (15 iyun 2021) üçüncü ildönümündə")
                    g.commemorated_after is not None and g.commemorated_after.match(text, end)))) or (
                # "commemorated the victims of the tragedy of 20 January 1990": the day mourned, not the day of mourning
                g.mourned is not None and g.mourned.search(text, max(0, start - MOURNED_REACH), start) is not None))
        if not cited and not marked and v.anchor == "explicit" and v.edtf and v.edtf.isdigit() and out and (
                out[-1].qualifier == "anniversary") and (out[-1].edtf or "").isdigit() and v.year < int(out[-1].edtf) and (
                start - out[-1].end <= MARKED_REACH) and not _STOP.search(text, out[-1].end, start):
            # "the 105th anniversary of the Azerbaijan Democratic Republic of 1918": the year of what is marked, an aside
            marked = cited = True
            saved = _told(ctx)
        if marked:
            # "in 2024 ... to mark the 33rd anniversary of diplomatic relations (2 January 1992)": the day of what the
            # anniversary marks, an aside; the text goes on in its own days ("the next day" is after 2024's)
            cited = True
            saved = _told(ctx)
        if v.anchor == "explicit" and v.year is not None and out and (line_days := _LINE_DAYS.fullmatch(
                out[-1].edtf or "")) and out[-1].anchor in ("context", "published") and _LINE_LEAD.fullmatch(
                text, text.rfind("\n", 0, start) + 1, out[-1].start) and "\n" not in text[out[-1].start:start] and (
                text[max(0, start - 3):start].rstrip().endswith("(")) and g.commemorated is not None and (
                g.commemorated.search(text, out[-1].end, start)) and (
                fields.keys() == {"year"} or (v.edtf or "")[4:] == out[-1].edtf[4:]):
            # A calendar of anniversaries: "2 oktyabr — diplomatik münasibətlərin qurulmasının 30 illiyi (1995)", "15 yanvar
            # — ... 30 illiyi (15.01.1995)": the day opening the entry's line is that of what is marked, in the year the
            # bracket names
            out[-1] = replace(out[-1], edtf=re.sub(r"\d{4}(?=-)", f"{v.year:04d}", line_days.group()))
        if v.edtf is None and ("rel" in fields or "rel_month" in fields or "rel_day" in fields
                               or "rel_week" in fields):
            # "Last year, on 5 October": with no published date "last year" is unknown, and so is the
            # year of what follows it in its sentence; the year written before it would be a wrong one.
            # The next sentence is back in the year the text was speaking of ("The 2019 review. Last year
            # was a record one. On 24 January ...").
            if unknown is None:
                unknown = (_sentence_end(seg, end), (ctx.year, ctx.month, ctx.day))
            ctx.year = ctx.month = ctx.day = None
        week = ctx.spans[-1] if ctx.spans and "rel_week" in fields else None
        if week is not None and 0 < (week[1] - week[0]).days < 7 and ctx.last_day is not None and (
                week[0] <= ctx.last_day <= week[1]):
            pass  # "WEEKLY REPORT, 14-19 October 2024 ... This week ...": the week the text told, its days still told
        elif v.edtf is None and fields.keys() & _DAY_WORDS:
            # "Two days after the signing", "last Monday" with no published date: the day last written is no
            # longer the one the text speaks of, and "the next day" does not count from it.
            ctx.day, ctx.last_day = None, None
        opened = v.qualifier == "from" and "/" not in (v.edtf or "").rstrip("./")
        # "next year" counted from the report is a plan's year: the text goes on in the year it was speaking of
        ahead = v.anchor == "published" and ctx.published is not None and (
            v.year is not None and v.year > ctx.published.year or v.year is None and v.written is not None and (
                # (in the text's other calendar: "بهار سال آینده", next year's spring)
                v.calendar != "gregorian" and v.written[0] > from_gregorian(v.calendar, ctx.published)[0]))
        # ... and so is a day or a year written out after the report's day, in a later year than the one the text speaks
        # of ("not earlier than 2025", "new date: 14 March 2024" in a report of January 2024 on 2023: its "on 19 October"
        # is 2023's)
        # (and a Solar Hijri year after the one told: "تابستان ۱۴۰۳" in a report of Aban 1402)
        told = (ctx.cal_years or {}).get(v.calendar) if v.calendar != "gregorian" else None
        ahead = ahead or v.anchor == "explicit" and ctx.published is not None and ctx.published == own_day and v.edtf is not None and (
            (v.year is not None and v.year > (ctx.published.year if ctx.year is None else ctx.year)) or (
                v.written is not None and v.calendar != "gregorian" and v.written[0] > (
                    told[0] if told is not None else from_gregorian(v.calendar, ctx.published)[0]))) and (
            bounds(v.edtf)[0] or "") > ctx.published.isoformat() and (bounds(v.edtf)[0] or "9999") < str(
            ctx.published.year + PLAN_YEARS) and (
            # (in running text: a day heading the next post or entry, or an item's dateline, moves the text on)
            _running_text(text, start)) and not _inline_dateline(text, start, end)
        # ... and so is the year a plan or a programme is for ("the programme for 2023–2025", "2024-cü il üçün planlar")
        ahead = ahead or "year" in fields and not fields.keys() & _FINER and bool(
            g.target_before and g.target_before.search(text, max(0, start - 40), start) or (
                g.target_after and g.target_after.match(text, end)))
        if v.year is not None and v.qualifier != "until" and not opened and not ahead:
            # "until 18 November" ends a span; "the same day" after it is still the day before it; "the
            # first since 2019" does not move the text to 2019
            if (ctx.issue or ctx.year_is_report or g.relative is not None and g.relative.search(
                    text, _sentence_start(seg, start), start)) and "rel" in fields and v.anchor == "published" and aside is None and (
                    # (not "امسال", this year: the report's, which the text goes on in)
                    (g.lookup("rel", fields["rel"]) or "0") != "0"):
                # a newsletter's "Last year the Days were held in Baku": the next sentence is back in the issue's months
                # (and so after a relative clause's "..., которое было подписано в прошлом году")
                aside = (_sentence_end(seg, end), (ctx.year, ctx.month, ctx.day, ctx.year_is_report, dict(ctx.cal_years)))
            # (a year counted back from the report, "Ötən ilin sentyabrında", and the months told in it after; or a month
            # of the report's days that was last year's, "In December" in a report of May)
            ctx.year_before = ctx.published is not None and v.year == ctx.published.year - 1 and (
                v.anchor == "published" or v.anchor == "context" and (ctx.year_before or ctx.year_is_report) or (
                    # (or a month of it written out, "в ноябре 2023", but not under that year's heading, a list that may
                    # go back in it)
                    v.anchor == "explicit" and v.month is not None and not (ctx.year_alone and ctx.year_alone[1] == v.year)))
            # (a month told again in passing, "published earlier that month", leaves the day the text has come to: "The
            # same afternoon" is still that day's)
            same_month = v.anchor == "context" and v.day is None and (v.year, v.month) == (ctx.year, ctx.month)
            ctx.year, ctx.month, ctx.day = v.year, v.month, ctx.day if same_month else v.day
            ctx.year_is_report = False
        if v.edtf and (v.anchor == "explicit" and (v.year is not None or "/" in v.edtf) or (
                # (a digest's "last week", just ended: the week it reviews, whose "on Monday" is that week's; and a
                # blog's "last week" told day by day in the next: "هفته گذشته ... شنبه: رسیدن و افتتاحیه")
                "rel_week" in fields and "weekday" not in fields and "/" in v.edtf and ctx.published is not None and (
                    0 < (ctx.published - _days(v.edtf)[1]).days <= (WEEK_DAYS_AFTER if weekday_headings else REVIEW_LAG))) or (
                # (... and "from Tuesday to Saturday last week": those days, whose "on Wednesday" is of them)
                "weekday2" in fields and "rel_week" in fields and "/" in v.edtf) or (
                # (a report's "Oktyabrın 11-dən 16-dək": its days, whatever year a programme signed before names)
                v.anchor == "published" and "day" in fields and not fields.keys() & _DAY_WORDS and "/" in v.edtf) or (
                # (... and one in the report's year just before its day: "mayın 6-dan 11-dək" in a paper of 17 May, whose
                # "Çərşənbə günü" is of those days)
                v.anchor == "context" and "day" in fields and not fields.get("year") and ctx.published is not None and (
                    span := _days(v.edtf)) is not None and 0 <= (ctx.published - span[1]).days <= TOLD_LAG) or (
                # (... and a week's heading under a masthead's year, with no report day: "Xəbər bülleteni · 2024 · № 11"
                # over "HƏFTƏNİN HESABATI: 11–17 MART", whose "BAZAR ERTƏSİ" is its Monday)
                v.anchor == "context" and (ctx.published is None or ctx.issue) and "day" in fields and "/" in v.edtf and (
                    text.count("\n", 0, start) < TITLE_LINES and _short_line(text, start, WEEK_HEADING)) and (
                    _LINE_END.match(text, end))) or (
                # (... and a visit's days an issue of a month tells, with no day of its own: "С 7 по 12 октября ... гостила
                # делегация" in "Выпуск № 2 (октябрь 2024)", whose "Понедельник." heads the first of them)
                weekday_headings and v.anchor == "context" and (ctx.published is None or ctx.issue) and "day2" in fields and (
                    "/" in v.edtf)) or (
                # (... and a festival's days a magazine's issue tells, its weekdays after them: "Festival oktyabrın
                # 13-dən 15-dək davam etdi. Cümə günü axşam ..." in "«Səyahət» jurnalı, mart 2024")
                v.anchor == "context" and ctx.issue and "day2" in fields and "/" in v.edtf)):
            ctx.spans.append(_days(v.edtf))
            if v.edtf.isdigit():
                ctx.year_alone = (len(ctx.spans) - 1, v.year, end)
        elif v.anchor == "published" and "rel_month" in fields and v.edtf and _MONTH.fullmatch(v.edtf) and not ahead:
            # "The biggest test came last month ... on 21 September": that month's day, not one of a span of days told
            # before ("from 5 September to 28 October 2022"); the days a review's heading gives ("7–13 oktyabr") stay
            ctx.spans = _spans_holding(ctx.spans, ctx.published)
        if fields.get("same") and v.edtf and _DAY.fullmatch(v.edtf) and g.lookup("same", fields["same"]) == "day_before":
            ctx.eve = dt.date.fromisoformat(v.edtf)
        if v.qualifier == "until":
            pass
        elif v.edtf and _DAY.fullmatch(v.edtf):
            # "today" is the report's day: what happened "the next day" counts from a day the text told before
            # ("On Saturday an exhibition opened ... whose heroes still live today. The next day ...").
            if not ("rel_day" in fields and g.lookup("rel_day", fields["rel_day"]) == "0"):
                ctx.last_day = ctx.told_day = dt.date.fromisoformat(v.edtf)
                if (fields.get("weekday") or fields.get("weekday_short")) and (fields.get("day") or fields.get("mday")):
                    ctx.weekday_day = ctx.last_day
        elif v.edtf and (span := _days(v.edtf)) is not None:
            # "12-15 May ... the next day"; a programme's years ("signed on 7 June the programme for 1402 to 1405.
            # The next day ...") leave the day told before
            # (a month of another calendar, "اردیبهشت ۱۴۰۱", is a span of days but no day to count from)
            if (span[1] - span[0]).days <= LAST_DAY_SPAN and (fields.get("day") or (span[1] - span[0]).days < 7):
                ctx.last_day, ctx.told_day, ctx.last_span = span[1], span[1], span
        elif v.year is not None or v.written is not None:
            ctx.last_day = None  # a year or a month: no day to count from
        if v.base is not None or v.year is not None:
            ctx.century_base = v.base or v.year
        if v.anchor == "explicit" and v.year is not None and v.calendar == "gregorian" and v.year not in ctx.years[-1:]:
            ctx.years.append(v.year)
        if v.written is not None and not opened and not ahead:
            ctx.cal_years[v.calendar] = v.written
        elif (v.anchor == "explicit" or v.anchor == "published" and fields.keys() & {"rel_day", "rel_week"} and v.edtf and (
                bounds(v.edtf)[1] or "9") < ctx.published.isoformat()) and (
                v.calendar == "gregorian" and "jalali" in ctx.cal_years and v.edtf) and (
                span := _days(v.edtf if "/" in v.edtf else f"{v.edtf}/{v.edtf}")) and (span[1] - span[0]).days <= LAST_DAY_SPAN:
            # "2022-11-14 ... گروه رقص روز ۲۴ آبان اجرا کرد": a day (or a few) told in the Gregorian calendar is of the
            # Jalali year it falls in, for a Jalali day told without its year after it (not of the Jalali year written
            # before); so is a day counted back from the report ("دو هفته پیش ... از ۱۸ تا ۲۴ آبان")
            ctx.cal_years["jalali"] = (from_gregorian("jalali", span[0])[0], None)
        elif "rel" in fields and v.anchor == "published" and v.year is not None and not ahead and ctx.published is not None:
            # "امسال نیز سال پرباری بود. در اردیبهشت‌ماه ...": this year is this year in every calendar the text
            # has written a year in, not the Jalali year an earlier sentence named
            shift = int(g.lookup("rel", fields["rel"]) or 0)
            for cal in list(ctx.cal_years):
                ctx.cal_years[cal] = (from_gregorian(cal, ctx.published)[0] + shift, None)
        if v.year is not None or v.written is not None:
            ctx.calendar = v.calendar  # the calendar "the same year" counts in
        if g.approx is not None and v.edtf and ".." not in v.edtf and "X" not in v.edtf:
            near = g.approx.search(text, max(0, start - 30), start)
            if near:  # "около 1990 года", "circa 1990": EDTF's approximate, the word part of the expression
                start = near.start()
                v.edtf = "/".join(p + "~" for p in v.edtf.split("/"))
                v.qualifier = v.qualifier or "approximate"
        if marked:
            v.qualifier = v.qualifier or "commemorated"
        entry_line = False
        # A list of news items under their days, one dated item told: the next one's day alone on its line, without
        # the year ("12 марта" over its headline after "05.03.2024"), heads its item, in the year of the item before.
        next_item = items and v.anchor == "context" and ctx.published is not None and v.edtf and _DAY.fullmatch(
            v.edtf) and fields.get("day") and fields.get("month") and not fields.keys() & _YEARS and _alone_on_line(
            text, start, end)
        if (v.anchor == "context" and ctx.published is not None and v.edtf and _DAY.fullmatch(
                v.edtf) and not fields.keys() & _YEARS and (_inline_dateline(text, start, end) or next_item)):
            # A digest's item under its dated masthead, "DUSHANBE, 14 November (AzerInform). ...": of the report's
            # year, whatever year the item before spoke of ("held in October 2008")
            day = dt.date.fromisoformat(v.edtf)
            y = ctx.published.year - (day.replace(year=ctx.published.year) > ctx.published + dt.timedelta(days=183))
            if y != day.year and not (day.month == 2 and day.day == 29):
                day = day.replace(year=y)
                v.edtf, v.anchor, v.year = day.isoformat(), "published", y
        if cited:
            base = ctx.century_base
            _retell(ctx, saved)
            # (the period of an aside's year is still one for "the 90s" where the text had told none: "1995-ci ildə
            # yazılmış məqalədə deyilir ki, 90-cı illərdə ...")
            ctx.century_base = ctx.century_base or base
        elif v.edtf and _DAY.fullmatch(v.edtf) and (header_day or (v.anchor in ("explicit", "context") and (
                _on_a_line_alone(text, start, end) or _titled_post(text, start, end)
                # (an archive's item near the page's day; not an entry of "this week in history" decades back, whose
                # "fifty years ago" counts from the paper's day)
                or (v.anchor == "explicit" and _dash_titled(text, start, end) and (ctx.published is None or abs((
                    dt.date.fromisoformat(v.edtf) - ctx.published).days) <= ARCHIVE_ITEM_DAYS))
                or (page_day is not None and _post_head(text, start, end))
                or _inline_dateline(text, start, end) or _update_note(g, text, start, end)
                or _mail_header(text, start, end) or _chat_header(text, start, end)
                or (fields.keys() & {"weekday", "weekday_short"} and _alone_on_line(text, start, end))
                # (a diary's entry under its weekday, day and place, "Friday 12 April – Moscow", or under its separator:
                # "* * *\n\n21 февраля\n\nПрошло две недели ...")
                or (entry_line := bool(fields.keys() & {"weekday", "weekday_short"} and _alone_on_line(
                    text, start, end, place=True) or fields.get("day") and fields.get("month") and _alone_on_line(
                    text, start, end) and _after_rule(text, start)))
                or fields.keys() == {"day_n"} and not spanned))
                # (an item's "ALMA-ATA, Oct. 8." under a paper's dated masthead: its year the paper's)
                or (v.anchor == "published" and not fields.keys() & _DAY_OF_REPORT and _inline_dateline(text, start, end))
                # (a bulletin's next issue, "Issue 2 – Thursday, 12 September": its year the issue before's)
                or (v.anchor == "published" and fields.get("day") and fields.get("month") and _on_a_line_alone(
                    text, start, end)) or next_item):
            # "02.12.2021" on a line of its own heads an item of a list of news, and so does "Kazan, March 4
            # (AZERTAC)." opening its paragraph: its "yesterday" counts from it.
            ctx.published, ctx.issue = dt.date.fromisoformat(v.edtf), False
            ctx.year_is_report = True
            ctx.spans = _spans_holding(ctx.spans, ctx.published)  # (not those told before this item)
            v.qualifier = v.qualifier or ("entry" if entry_line else "dateline")
            items = True
        elif ctx.published is None and v.anchor == "explicit" and v.edtf and start < ISSUE_HEAD and (
                end_day := _last_day(v.edtf)) is not None and (kind := _issue_line(text, start, end, v.edtf)):
            # "№ 2 (22) · aprel–iyun 2023" under a newsletter's title: the report is of those months, its items of days
            # within them (or the months before), whatever year an item's text names.
            ctx.published, ctx.issue, ctx.year_is_report = end_day, True, True
            if kind == "programme":
                v.qualifier = v.qualifier or "programme"  # (the months of the programme's heading: no happening's)
            first = bounds(v.edtf)[0]  # (none for an open start: "по февраля 1000 № 0")
            first_day = dt.date.fromisoformat(first) if first else None
            # (a quarter's or a month's issue; a journal's "2024, №2" is of a year, which its papers' dates are not)
            ctx.issue_days = (first_day, end_day) if first_day and (end_day - first_day).days <= ISSUE_DAYS else None
        if (entry and v.edtf) or (chronicle is not None and _on_heading_line(text, start)):  # (not "• 12 — sərgi", a figure)
            chronicle = (ctx.year, ctx.month, dict(ctx.cal_years))
        # ("The next day, 15 November, ...": a day written out restates a day counted, its year the context's)
        restating = v.anchor == "explicit" or (
            v.anchor == "context" and "same" in last_fields and bool(v.edtf and _DAY.fullmatch(v.edtf)))
        if restating and v.edtf and out and out[-1].anchor in ("context", "published") and out[-1].edtf and (
                out[-1].edtf != v.edtf and _RESTATED.fullmatch(text, out[-1].end, start)):
            # "Üç il sonra, 2013-cü ildə", "Two days later, on 12 May 2019": the date written out says what the
            # count meant (it may have counted from the year of an aside)
            out[-1] = replace(out[-1], edtf=v.edtf, anchor="context")
        last_fields = fields
        # (a weekday heading, or a weekday and day on a heading's line: "سه‌شنبه، ۲۵ مهر")
        dated_head = fields.get("weekday") and fields.get("day") and _LINE_HEAD.fullmatch(
            text, text.rfind("\n", 0, start) + 1, start) and _heading_line(text, start)
        if v.edtf and (fields.get("heading") or dated_head) and (wd := g.lookup("weekday", fields["weekday"])):
            heads.append((len(out), int(wd)))
        elif heads and v.anchor == "published" and v.edtf and _DAY.fullmatch(v.edtf) and (
                fields.keys() & _DAY_WORDS == {"weekday"} or fields.keys() & _DAY_WORDS == {"rel_day"} and g.lookup(
                    "rel_day", fields["rel_day"]) == "0"):
            # ("جمعه رونمایی ..." under the heading "جمعه", "صبح امروز" under "چهارشنبه": that heading's day; not
            # "yesterday", which may be the report's, written after the days)
            told_days.append((len(out), int(g.lookup("weekday", fields["weekday"]) or 0) if "weekday" in fields else None))
        os_, oe = (start, end) if same else to_orig(start, end)
        out.append(TimeExpr(start=start, end=end, text=doc_text[os_:oe], language=lang, edtf=v.edtf,
                            anchor=v.anchor, qualifier=v.qualifier, orig_start=os_, orig_end=oe,
                            calendar=v.calendar))
    return _diary_days(out, heads, told_days, own_day) if len(heads) >= DIARY_HEADS else out


DIARY_HEADS = 3  # weekday headings at least that make a blog told day by day
DIARY_WEEKS = 2  # the most a blog told by its weekdays spans


def _diary_days(out: list[TimeExpr], heads: list[tuple[int, int]], told_days: list[tuple],
                posted: dt.date | None) -> list[TimeExpr]:
    """A blog told day by day under weekday headings ("Вторник", "سه‌شنبه، ۲۵ مهر", "Среда ... 10 мая", "Четверг"):
    where one heading's day is known (its own, or a day its section tells that falls on its weekday), the others are
    the days before and after it in the order they come; each was counted from the post's day alone before."""
    anchors = {}
    for k, (i, wd) in enumerate(heads):
        nxt = heads[k + 1][0] if k + 1 < len(heads) else len(out)
        for t in out[i:nxt]:
            if t.anchor != "published" and t.qualifier != "until" and t.edtf and _DAY.fullmatch(t.edtf) and (
                    dt.date.fromisoformat(t.edtf).isoweekday() == wd):
                anchors[k] = dt.date.fromisoformat(t.edtf)
                break
    if not anchors:
        return out
    days: list[dt.date | None] = [None] * len(heads)
    first = min(anchors)
    days[first] = anchors[first]
    for k in range(first + 1, len(heads)):
        days[k] = anchors.get(k) or days[k - 1] + dt.timedelta(days=(heads[k][1] - days[k - 1].isoweekday() - 1) % 7 + 1)
    for k in range(first - 1, -1, -1):
        days[k] = days[k + 1] - dt.timedelta(days=(days[k + 1].isoweekday() - heads[k][1] - 1) % 7 + 1)
    if any(b <= a for a, b in zip(days, days[1:])) or (days[-1] - days[0]).days >= 7 * DIARY_WEEKS or (
            posted is not None and days[-1] > posted):
        return out  # (not a story told forward day by day: a paper's dated masthead over its week's weekdays)
    for (i, _wd), d in zip(heads, days):
        if out[i].edtf != d.isoformat() and out[i].anchor == "published":
            out[i] = replace(out[i], edtf=d.isoformat(), anchor="context")
    at = [i for i, _wd in heads]
    for i, wd in told_days:
        k = bisect.bisect_right(at, i) - 1
        if k >= 0 and wd in (None, heads[k][1]):
            out[i] = replace(out[i], edtf=days[k].isoformat(), anchor="context")
    return out


_STOP = re.compile(r"[.!?؟]\s")  # a sentence's end
_CELL_START = re.compile(r"\t[ ]?$")  # a table's cell opening right before


@lru_cache(maxsize=None)
def _age_line() -> tuple[re.Pattern, dict[str, int]]:
    """A post's age on a line of its own (`age_units` of the common data), and the days of each unit."""
    common = langdata.load("common")["time"]
    units = common.get("age_units", {})
    body = "|".join(f"(?P<{u}>{'|'.join(forms)})" for u, forms in units.items())
    # (after the account's name and a bullet, "kgembassy.berlin · 2 days ago": a unit's word written out, "ago" after it)
    ago = "|".join(common.get("age_ago", [])) or "(?!)"
    rx = re.compile(rf"^[ \t]*(?:{_ACCOUNT})?(\d{{1,2}})[ \t]?(?:{body})(?:(?<=[^\W\d_])[^\W\d_]*[ \t]+(?:{ago}))?"
                    rf"(?=[ \t]*(?:[·•|][^\n]*)?$)", re.M | re.I)
    return rx, {"h": 0, "d": 1, "w": 7, "mo": 30}


# an account's name (its words: "Azərbaycan Respublikasının Gürcüstandakı Səfirliyi · 6 s") and a bullet before a post's
# day or age
_ACCOUNT = r"[^\s·•|](?:[^\n·•|]{0,78}[^\s·•|])?[ \t]*[·•][ \t]*"
# "Posted ", "Опубликовано ", "kgembassy.berlin · " before the day
_POST_LABEL = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+|" + _ACCOUNT + r")?$")
_POST_TAIL = re.compile(r"(?:[ \t]*[·•|][ \t]*[^\s·•|]{1,12})*[ \t]*")  # " • Edited • 🌐" after it


def _post_head(text: str, start: int, end: int) -> bool:
    """Whether a day stands on a post's header line of a saved page: "Posted 14 March • Edited • 🌐" (a label word at
    most before it, bullets and short words after it)."""
    eol = text.find("\n", end)
    eol = len(text) if eol < 0 else eol
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_POST_LABEL.fullmatch(text, line_start, start)) and bool(_POST_TAIL.fullmatch(text, end, eol)) and any(
        b in text[line_start:eol] for b in "·•")


def _post_age(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """The days back and whether they are exact, of the last post's age on a line of its own in text[start:end]."""
    rx, per = _age_line()
    last = None
    for last in rx.finditer(text, start, end):
        pass
    if last is None or last.end() >= end:
        return None
    unit = next(u for u in per if last.group(u) is not None)
    return int(last.group(1)) * per[unit], unit in ("h", "d")


ISSUE_HEAD = 600  # characters at a text's head in which an issue's line stands
_DAY_OF_REPORT = {"rel_day", "weekday", "rel_week", "rel_month"}  # fields counting from the report's day
_YEARS = {"year", "jyear", "yy", "yword"}  # fields writing a year out
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?")


def _last_day(edtf: str) -> dt.date | None:
    """The last day of a year, a month, a day or a span of them ("2023-04/2023-06" -> 30 June 2023)."""
    m = _YEAR_MONTH.fullmatch(edtf.rpartition("/")[2])
    if m is None:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), m.group(3)
    if d:
        return dt.date(y, mo, int(d))
    return (dt.date(y + (mo == 12), mo % 12 + 1, 1)) - dt.timedelta(days=1)


@lru_cache(maxsize=None)
def _issue_number() -> re.Pattern:
    words = langdata.words("time", "issue_words")
    return re.compile(rf"(?:№|(?<!\w)(?:{'|'.join(words)}))[ \t]*\d", re.I)


@lru_cache(maxsize=1)
def _programme_word() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(langdata.words('time', 'programme_words'))})", re.I)


def _issue_line(text: str, start: int, end: int, edtf: str) -> str | None:
    """Whether a date stands on a line naming an issue's number ("No. 4 (32) · December 2019"), or a month after a
    programme's word ("PROGRAMME · NOVEMBER 2023", "Aylıq proqram • OKTYABR 2024", not a season's "برنامه فصل
    ۱۴۰۳–۱۴۰۴"): the days its items tell are of its months. Which of the two it is, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > HEADER_LINE:
        return None
    if _issue_number().search(text, line_start, line_end) is not None:
        return "issue"
    if _MONTH.fullmatch(edtf) and _CELL_AFTER.match(text, end) and (_CELL_BEFORE.search(text, line_start, start) or (
            not text[:line_start].strip() and _NAMED_ISSUE.fullmatch(text, line_start, start))):
        return "issue"  # a magazine's masthead: "OPEN ROADS · April 2023 · Music", "«Səyahət» jurnalı, mart 2024"
    # (a programme's heading names its month, no day: "the programme signed on 18 April 2005" is no heading)
    first, last = bounds(edtf)
    return "programme" if first and last and 0 < (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days <= (
        ISSUE_DAYS) and line_end - line_start <= PROGRAMME_LINE and _programme_word().search(
        text, line_start, start) is not None else None


PROGRAMME_LINE = 60  # characters at most of a programme's heading line naming its month
_CELL_BEFORE = re.compile(r"[^\W\d_][^\n]*[ \t][·|•][ \t]+$")
_NAMED_ISSUE = re.compile(r'[ \t]*[«"“„][^«»"“”\n]{1,40}[»"”][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+)?,[ \t]*')
_CELL_AFTER = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?[·|•][ \t]+[^\W\d_]|[ \t]*$", re.M)  # (or "November 2023 issue · pp. 34")


TITLE_YEAR_AT, TITLE_LINES = 300, 5  # where a text's title may name the year it is about
ISSUE_DAYS = 100  # days at most of an issue whose months date the days its items tell without a year


_NOTE_LINE = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]", re.M)  # "[7] Tamaşa haqqında ...", a note at the end
_NOTE_MARKER = re.compile(r"(?<=[^\s\[])[ \t]?\[(\d{1,3})\]")  # "... göstərildi [7]." in the body
MIN_NOTES = 2  # notes at least, each with its marker in the body before the notes


def _footnotes(text: str) -> list[tuple[int, bool, str]]:
    """The markers in the body and the notes gathered after it ("[7]"), in order: (position, whether it is the note,
    the number). Only numbers both marked in the body and opening a note line after it."""
    if "[" not in text:
        return []
    lines = [(m.start(), m.group(1)) for m in _NOTE_LINE.finditer(text)]
    if len(lines) < MIN_NOTES:
        return []
    body_end = lines[0][0]
    markers = {}
    for m in _NOTE_MARKER.finditer(text, 0, body_end):
        markers.setdefault(m.group(1), m.end())
    notes = [(pos, True, key) for pos, key in lines if key in markers]
    if len(notes) < MIN_NOTES:
        return []
    keys = {key for _p, _n, key in notes}
    return sorted([(pos, False, key) for key, pos in markers.items() if key in keys] + notes)


_FINER = {"month", "day", "mday", "weekday", "season", "part"}  # fields finer than a year


PLAN_YEARS = 4  # years after the report within which a day written out is a plan's (beyond, the report's day is no report's)
WRAPPED_ASIDE = 120  # characters at most from an aside's opening bracket on the line before to a year in it


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside round brackets on its line, after some words of the sentence (or inside
    brackets opened on the line before, in prose wrapped at a fixed width: "... companies (it traces its history to\n1874),
    ...")."""
    line = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line, start)
    if opening < 0 and line > 1 and text[line - 2] != "\n" and text.rfind(")", line, start) < 0:
        before = text.rfind("\n", 0, line - 1) + 1
        opening = text.rfind("(", max(before, start - WRAPPED_ASIDE), line)
        line = before
    if opening <= line or text.rfind(")", opening, start) >= 0 or not text[line:opening].strip():
        return False
    stop = text.find("\n", end)
    return text.find(")", end, len(text) if stop < 0 else stop) >= 0


def _to_report(ctx: Context) -> None:
    """Back to the report's own year, no day or month told."""
    ctx.year, ctx.year_is_report = ctx.published.year, True
    ctx.month = ctx.day = ctx.last_day = None
    ctx.cal_years = {"jalali": (from_gregorian("jalali", ctx.published)[0], None)}


def _told(ctx: Context) -> tuple:
    """What the text has told so far (its year, month, day, spans, last day ...), to be taken up again later."""
    return (ctx.year, ctx.month, ctx.day, ctx.century_base, dict(ctx.cal_years), list(ctx.spans), ctx.last_day,
            ctx.calendar, ctx.told_day)


def _retell(ctx: Context, told: tuple) -> None:
    (ctx.year, ctx.month, ctx.day, ctx.century_base, ctx.cal_years, ctx.spans, ctx.last_day, ctx.calendar,
     ctx.told_day) = told
    ctx.cal_years, ctx.spans = dict(ctx.cal_years), list(ctx.spans)


def _in_issue(g, fields: dict, ctx: Context) -> bool:
    """Whether a day and month with no year fall within the issue's days, in its year, or the weeks before them (the June
    issue of a monthly newsletter tells May)."""
    try:
        day = dt.date(ctx.published.year, g.month_of("month", fields["month"]), int(fields["day"]))
    except (TypeError, ValueError):
        return False
    return _within_issue(ctx, day)


def _latest_year(g, fields: dict, published: dt.date) -> int | None:
    """The year of the latest day with this day and month on or before the day of publication."""
    month = g.month_of("month", fields["month"])
    if month is None:
        return None
    return published.year - ((month, int(fields["day"])) > (published.month, published.day))


def _in_issue_jalali(g, fields: dict, ctx: Context) -> int | None:
    """The Jalali year in which a Jalali day and month with no year fall within the issue's days (or the weeks before)."""
    jy = from_gregorian("jalali", ctx.published)[0]
    for y in (jy, jy - 1):
        try:
            day = gregorian_day("jalali", y, g.month_of("jmonth", fields["jmonth"]), int(fields["day"]))
        except (TypeError, ValueError):
            return None
        if _within_issue(ctx, day):
            return y
    return None


def _within_issue(ctx: Context, day: dt.date) -> bool:
    return ctx.issue_days[0] - dt.timedelta(days=ISSUE_BEFORE) <= day <= ctx.issue_days[1]


ISSUE_BEFORE = 62  # days before an issue's own that its items may tell


def _feed_item(text: str, start: int, end: int) -> bool:
    """Whether a time alone on its line ("17:05", a feed's next item) stands in text[start:end]."""
    m = STAMP_LINE.search(text, start, end)
    return m is not None and m.end() < end  # (not a time the end of the stretch cuts off)


# A heading of its own paragraph: after a blank line, short, no stop at its end, a line under it.
# (not a table's row of column names: "№ | Event | Plan | Held")
_ITEM_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[^\n|\t]{2,60}(?<![.!?؟:;,،…])[ \t]*\n[ \t]*\S")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_LINE_DAYS = re.compile(r"(\d{4})-\d{2}-\d{2}(?:/\1-\d{2}-\d{2})?")  # a day or a span of days within a year
_BULLETS = "-–—•*·▪●■◦"
_LINE_LEAD = re.compile(rf"[ \t\u00a0]*(?:[{_BULLETS}][ \t\u00a0]*)?")  # a line's start, maybe a bullet
_DAY_WORDS = {"same", "weekday", "rel_day", "rel_week"}
_APPOSITION = re.compile(r"[ \t]*[,(][ \t]*")


def _weekday_of(edtf: str) -> str:
    """The ISO weekday of a day, as the weekday table writes it ("7": Sunday)."""
    return str(dt.date.fromisoformat(edtf).isoweekday())


_WEEKDAY_GLOSS = re.compile(r"[ \t]*[,،]?[ \t]*(?:[^\W\d_]{1,3}[ \t]+){0,2}(?:[^\W\d_]+[ \t]+)?")  # ", on a drizzly "
_RESTATED = re.compile(r"[ \t]*,[ \t]*(?:\w{1,3}[ \t]+)?")  # (a preposition before the second: "in", "в", "در")


def _sentence_start(seg: Segmented, pos: int) -> int:
    i = bisect.bisect_right(seg.sentences, pos, key=lambda x: x.start) - 1
    return seg.sentences[i].start if i >= 0 else 0


def _sentence_end(seg: Segmented, pos: int) -> int:
    i = bisect.bisect_right(seg.sentences, pos, key=lambda x: x.start) - 1
    return seg.sentences[i].end if i >= 0 and seg.sentences[i].end > pos else pos


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
SHORT_LINE = 24  # characters at most of a line that is a heading of a few words, not a line of wrapped prose
WEEK_HEADING = 48  # ... and of a heading ending with the days of the week a report tells ("HESABAT: 11–17 MART")
EDITION_HEADING = 48  # ... and of a section's heading naming an edition and its year


_BRACKET_END = re.compile(r"[ \t]*\)[ \t=]*(?:\n|\Z)")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")  # nothing more on the line
_WORK_LINE = re.compile(r"^[ \t]*\d|[«\"“„]", re.M)  # a line opening with a figure (an hour) or quoting a title


def _edition_heading(text: str, start: int, end: int) -> bool:
    """Whether a bracketed year closes a short line of its own, a section's heading ("III festival (2018)", "=== دورهٔ
    سوم (۲۰۱۶) ==="): the year of the section under it, no aside."""
    if _BRACKET_END.match(text, end) is None or not _short_line(text, start, EDITION_HEADING):
        return False
    line = text.rfind("\n", 0, start) + 1
    # (after a blank line, and naming no work: a schedule's '15:10  Film "Arşın mal alan" (1945)' is a film's year)
    return (line == 0 or text[:line - 1].endswith("\n") or not text[text.rfind("\n", 0, line - 1) + 1:line - 1].strip()) and (
        not _WORK_LINE.search(text, line, start))


def _short_line(text: str, pos: int, most: int = SHORT_LINE) -> bool:
    """Whether the line holding pos is short enough to be a heading of a few words (wrapped prose runs on past it)."""
    end = text.find("\n", pos)
    return (len(text) if end < 0 else end) - text.rfind("\n", 0, pos) - 1 <= most


_HEADING_SEPARATORS = re.compile(r"[\s/|()\[\],–—-]*")


def _years_under_days(text: str, chosen: list) -> None:
    """An "on this day" column's entries: "17 oktyabr" heading, "1959 – Moskvada ..." under it is 17 October 1959. A year
    opening an entry's line ("1959 – ", `_ENTRY_YEAR`) right under a line holding nothing but days of a month without
    a year is that day in that year (a `this_day` expression: `resolve.value`)."""
    entries = [k for k, (s, e, _lang, _g, fields, _meta) in enumerate(chosen) if fields.keys() == {"year"} and (
        "\n" not in text[s:e]) and _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, s) + 1, s) and _ENTRY_YEAR.match(
            text, text.rfind("\n", 0, s) + 1)]
    if not entries:
        return
    by_line: dict[int, list] = {}  # where a line starts -> the matches starting on it, in order
    for c in sorted(chosen, key=lambda c: c[0]):
        by_line.setdefault(text.rfind("\n", 0, c[0]) + 1, []).append(c)
    for k in entries:
        s, e, lang, g, fields, meta = chosen[k]
        prev_end = text.rfind("\n", 0, s)
        while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
            prev_end = text.rfind("\n", 0, prev_end)  # (over blank lines)
        if prev_end < 0:
            continue
        line_start = text.rfind("\n", 0, prev_end) + 1
        on_line = [c for c in by_line.get(line_start, ()) if c[1] <= prev_end]
        if on_line and all("day" in c[4] and c[4].keys() & {"month", "jmonth"} and not c[4].keys() & _YEARS
                           for c in on_line) and _HEADING_SEPARATORS.fullmatch(
                "".join(text[a:b] for a, b in zip([line_start] + [c[1] for c in on_line],
                                                  [c[0] for c in on_line] + [prev_end]))):
            chosen[k] = (s, e, lang, g, fields, {**meta, "this_day": True})


_ENTRY_YEAR = re.compile(r"[ \t\u00a0]*(?:[-–—•*·][ \t\u00a0]*)?(\d{4})(?:-[^\W\d_]{1,3})?[ \t\u00a0]*[–—:-][ \t\u00a0]")  # "2009 – ..."
_YEAR_PAIR = re.compile(r"(\d{4})/(\d{4})")
JALALI_SEASON_TURN = 7  # a Solar Hijri season's months from Mehr on are of its first year, the others of its second
SEASON_TURN = 8  # a season's (an academic year's) months from August on are of its first year, the others of its second


def _heading_line(text: str, start: int) -> bool:
    """Whether an expression stands on a short line with no full stop, a heading's ("ОГЛЯДЫВАЯСЬ НАЗАД: СЕЗОН 2023/2024")."""
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[a:len(text) if b < 0 else b].strip()
    return len(line) <= HEADING_LINE and not line.endswith(".")


_ITEM_HEAD = re.compile(rf"[ \t\u00a0]*(?:[{_BULLETS}][ \t\u00a0]*)$")  # a list item's bullet opening its line


def _item_head(text: str, start: int) -> bool:
    """Whether an expression opens a list item, after its bullet."""
    return _ITEM_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


_LINE_HEAD = re.compile(rf"[ \t\u00a0]*(?:[{_BULLETS}|][ \t\u00a0]*)?")  # spaces and a bullet, or a table's first cell
_LINE_TAIL = re.compile(r"[ \t\u00a0]*:?[ \t\u00a0]*(?:\n|$)")


def _placed_on_line(text: str, start: int, end: int, where: str) -> bool:
    """Whether a match is where its template must be: `start`: first on its line ("14-16: seminar", "26-го —",
    an item of a report under a month's heading), `alone`: the whole line (a heading "March", "اردیبهشت")."""
    head = text.rfind("\n", 0, start) + 1
    if _LINE_HEAD.fullmatch(text, head, start) is None:
        return False
    return where != "alone" or _LINE_TAIL.match(text, end) is not None


def _entry_head(text: str, start: int, end: int) -> bool:
    """Whether a date heads a chronicle's entry: first on its line, a dash after it."""
    return ENTRY_DASH.match(text, end) is not None and _placed_on_line(text, start, end, "start")


HEADING_LINE = 80  # characters at most of a line heading a chronicle's year ("Chronicle of 2019")


_HEAD_MARK = re.compile(r"[ \t]*(?:[.:|–—-]|$)", re.M)  # after a weekday heading its line ("Понедельник.", "شنبه:")
WEEK_DAYS_AFTER = 6  # days at most between the last day of a week and a post telling it day by day


def _weekday_heading(text: str, start: int, end: int, fields: dict, meta: dict) -> bool:
    """Whether a weekday with no day heads its line ("Вторник", "شنبه: رسیدن و افتتاحیه")."""
    return bool(fields.get("weekday")) and not fields.get("day") and (meta.get("line") == "start" or _ALONE.fullmatch(
        text, text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1) is not None)


_YEAR_SPAN_TAIL = re.compile(r"[–—/-]\d")


def in_brackets(text: str, pos: int) -> bool:
    """Whether pos stands inside brackets opened on its line."""
    line = text.rfind("\n", 0, pos) + 1
    return text.rfind("(", line, pos) > text.rfind(")", line, pos)


def _on_heading_line(text: str, pos: int) -> bool:
    """Whether pos is on a short line with no stop at its end, a heading."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:len(text) if b < 0 else b].strip()
    return len(line) <= HEADING_LINE and line[-1:] not in (".", "!", "?", "؟", "…", ";", ",", "،")


def _inline_dateline(text: str, start: int, end: int) -> bool:
    """Whether a date opens its paragraph as an agency's dateline: "Kazan, March 4 (AZERTAC). ...",
    "ТЕГЕРАН, 12 марта. /ИРНА/. ...", "Bakı, 5 mart – ..."."""
    head = _LIST_NUMBER.sub("", text[text.rfind("\n", 0, start) + 1:start].lstrip(), count=1)
    return bool(head) and _INLINE_HEAD.fullmatch(head) is not None and _INLINE_TAIL.match(text, end) is not None and (
        # a place's or an outlet's name, not a clause: "Yeni ilin ilk ayında – yanvarın 19-da – Tbilisidə ..." (words in
        # small letters outside an outlet's quoted name or a gloss in brackets)
        not any(w[0].islower() for w in _head_words(head)))


def _caption_dateline(text: str, start: int, end: int) -> bool:
    """Whether a day closes its paragraph's line as a caption's place and day ("... on hold. Minsk, 18 September.")."""
    stop = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    head = text[stop + 1:start].lstrip()
    return bool(head) and _INLINE_HEAD.fullmatch(head) is not None and _CAPTION_END.match(text, end) is not None


def _running_text(text: str, pos: int) -> bool:
    """Whether pos is inside a sentence of running text, not at the head of its line (a heading, an entry's or an item's
    dateline: "BAKI, 30 sentyabr 2024. ..."): a word in small letters before it on its line, out of brackets and quotes
    (in a script with no capitals, a few words)."""
    words = _head_words(text[text.rfind("\n", 0, pos) + 1:pos])
    return any(w[0].islower() for w in words) or len(words) >= RUNNING_WORDS and not any(w[0].isupper() for w in words)


def _head_words(head: str) -> list[str]:
    """The words of a line's head before a date, out of quotes and brackets (an outlet's name, a gloss)."""
    return _HEAD_WORD.findall(_HEAD_ASIDE.sub(" ", head))


RUNNING_WORDS = 4  # words before a date on its line in a script with no capitals that make it running text
_HEAD_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_HEAD_ASIDE = re.compile(r"[«“\"][^«»“”\"\n]*[»”\"]|\([^()\n]*\)")
_CAPTION_END = re.compile(r"\.[ \t]*(?:\n|$)")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)](?!\d)[ \t]*")  # "2. Istanbul – 23 Mehr – IRNA – ...": an item of a numbered digest


@lru_cache(maxsize=None)
def _mail_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """An e-mail header's label before its date, and what ends the line a reply quotes its message under, in every
    language at hand: a thread forwarded from a mailbox in one language quotes messages sent from others."""
    labels, wrote = [], []
    for lang in langdata.available():
        data = langdata.load(lang).get("time", {})
        labels += data.get("mail_labels", [])
        wrote += data.get("mail_wrote", [])
    # "> Sent: Thursday, " or "Date: B.e., ": quote marks, the label, a colon and maybe a weekday's name or abbreviation
    label = re.compile(rf"[> \t]*(?:{'|'.join(labels)})[ \t]*:[ \t]*(?:[^\W\d_]{{1,12}}\.?(?:[^\W\d_]{{1,3}}\.)?[,،]?[ \t]*)?",
                       re.I)
    # "On Wed, 4 Sep 2024 at 16:20, Nino Kapanadze <n.k@museum.ge> wrote:", "... Наргиз Алиева <n.a@ada.edu.az>:"
    reply = re.compile(rf"[^\n]*?(?:(?<!\w)(?:{'|'.join(wrote)})|<[^<>\s@]+@[^<>\s]+>)[ \t]*:[ \t]*$", re.I | re.M)
    return label, reply, re.compile(r"[> \t]*[^\n]{0,20}")


def _mail_header(text: str, start: int, end: int) -> bool:
    """Whether a date is an e-mail's in its header ("Sent: Thursday, 17 October 2024 18:41", "On Wed, 4 Sep 2024 at
    16:20, X <x@y.ge> wrote:"): the day of the message under it, which its "yesterday" and "next Monday" count
    from (a thread quotes older messages, each under its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + HEADER_LINE)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if ":" not in line or len(line) > HEADER_LINE or (line_end < 0 and end + HEADER_LINE < len(text)):
        return False  # (a header is a short line: a paragraph holding a date and a colon is none)
    label, reply, lead = _mail_patterns()
    if label.fullmatch(text, line_start, start):
        return True
    return line.rstrip().endswith(":") and lead.fullmatch(text, line_start, start) is not None and (
        reply.match(text, end) is not None)


HEADER_LINE = 200  # characters at most of an e-mail header's line


# A chat's message under its stamp, exported as text ("[08.04.2024 09:12] Nino Beridze: ...", "[Forwarded from Tamar,
# 05.04.2024 18:40]", "[1403/02/13 09:41] ..."): a bracket opening the line, the date, its time and the bracket closing.
_CHAT_HEAD = re.compile(r"(?:[^\]\n]{0,60}[,،][ \t]*)?")  # (after the bracket)
_CHAT_TAIL = re.compile(r"[ \t,،–—-]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]")
# ... or, as a messenger exports it, the date opening the line, its time, a dash and the sender ("12.03.24, 14:05 - Name:")
_CHAT_DASH = re.compile(r",?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?[ \t]+[-–][ \t]+[^:\n]{1,60}:")


def _reviews(text: str, matches) -> list[tuple[int, int, dt.date]]:
    """The parts of a text that reviews (or posts) are, with the day each was written, from its line of dates
    ("Reviewed 14 May 2019", "Отзыв написан 14 мая 2019 г.", "نوشته‌شده در ۲۸ آذر ۱۳۹۷"): (start, end, that day), in
    order. A review is the paragraph of its line; an item of a page of news closed by its line ("Posted: 14 March 2025"
    under its text) is the text from the line before's end to its own."""
    post = review_labels()[0]
    if not matches or not review_lines(text):
        return []
    paras: dict[int, dt.date] = {}
    lines: dict[int, tuple[int, dt.date]] = {}  # start of a line of dates -> (its end, the day)
    for start, end, _lang, g, fields, meta in matches:
        line_start = text.rfind("\n", 0, start) + 1
        if post.fullmatch(text, line_start, start) is None:
            continue
        para = paragraph_start(text, start)
        if para in paras:
            continue  # (the review's own date, not the reply's under it)
        v = value(g, fields, meta, Context(published=None, cal_years={}, spans=[]))
        if v is not None and v.anchor == "explicit" and v.edtf and _DAY.fullmatch(v.edtf):
            paras[para] = day = dt.date.fromisoformat(v.edtf)
            if para == line_start:  # (a paragraph of its own: under its paragraph, a review's line is its paragraph's)
                line_end = text.find("\n", end)
                lines[line_start] = (len(text) if line_end < 0 else line_end, day)
    if len(lines) > 1 and len(lines) == len(paras) and _closes_items(text, min(lines), lines[max(lines)][0]):
        # (the first item from the rule over it, or from its text's first paragraph: the lead "Вчера ... подписали" and
        # the paragraph after it, both over its line)
        rules = [m.end() for m in _RULE.finditer(text, 0, min(lines))]
        body = next((m.start() for m in _LONG_LINE.finditer(text, 0, min(lines))), min(lines) - 2)
        out, prev = [], rules[-1] if rules else paragraph_start(text, body)
        for line_start in sorted(lines):
            line_end, day = lines[line_start]
            out.append((prev, line_end, day))
            prev = line_end
        return out
    out = []
    for para, day in sorted(paras.items()):
        blank = text.find("\n\n", para)
        out.append((para, len(text) if blank < 0 else blank, day))
    return out


_RULE = re.compile(r"^[ \t]*[-_=*~•·—–]{3,}[ \t]*$", re.M)  # a line parting a page's items
ITEM_BODY = 120  # characters of a line of an item's text (a title or a rule is shorter)
_LONG_LINE = re.compile(r"^[^\n]{%d,}" % (ITEM_BODY + 1), re.M)


def _closes_items(text: str, first: int, last_end: int) -> bool:
    """Whether lines of dates close the items of a page of news: an item's text stands before the first, none after
    the last (a page of reviews under their lines of dates has its last review's text after it)."""
    return any(len(line) > ITEM_BODY for line in text[:first].splitlines()) and not any(
        len(line) > ITEM_BODY for line in text[last_end:].splitlines())


def _review_at(reviews: list[tuple[int, int, dt.date]], pos: int) -> tuple[int, int, dt.date] | None:
    i = bisect.bisect_right(reviews, pos, key=lambda r: r[0]) - 1
    return reviews[i] if i >= 0 and pos < reviews[i][1] else None


def _after_rule(text: str, start: int) -> bool:
    """Whether the line before a date's (blank lines aside) is a rule or an asterism parting a text's entries."""
    before = text[:text.rfind("\n", 0, start) + 1].rstrip()
    return bool(before) and RULE_LINE.fullmatch(before, before.rfind("\n") + 1) is not None


def _alone_on_line(text: str, start: int, end: int, place: bool = False) -> bool:
    """Whether a date stands alone on its line, a diary's entry under it ("Tue 2nd", "Вторник, 15 окт."): the day its
    "yesterday" and "tonight" count from. With `place`, the line may name where the entry was written after a dash or
    a stop ("Friday 12 April – Moscow", "Пятница, 13 сентября. Астана")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    tail = text[end:len(text) if line_end < 0 else line_end]
    return not text[line_start:start].strip() and (not tail.strip(" \t.:,") or place and _PLACE_TAIL.fullmatch(
        tail) is not None)


# A month heading its section: alone on its line ("March"), or opening its paragraph ("Январь. 26 января ...").
MONTH_HEADING = ("alone", "lead")
_PLACE_TAIL = re.compile(r"[ \t]*[.,–—-][ \t]*[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3}[ \t.]*")


def _chat_header(text: str, start: int, end: int) -> bool:
    """Whether a date is a chat message's stamp: the day its "today", "yesterday" and "tomorrow" count from."""
    line_start = text.rfind("\n", 0, start) + 1
    if _CHAT_DASH.match(text, end) is not None and not text[line_start:start].strip():
        return True
    bracket = text.rfind("[", line_start, start)
    return bracket >= 0 and _CHAT_TAIL.match(text, end) is not None and (
        _CHAT_HEAD.fullmatch(text, bracket + 1, start) is not None)


def _titled_post(text: str, start: int, end: int) -> bool:
    """Whether a date opens a blog post's heading line, its title after a bar ("15.12.2023 | Выставка «Сказки двух
    народов»"): the day its "today" and "yesterday" count from."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _BAR.match(text, end) is not None and POST_TITLE_LINE.match(
        text, line_start) is not None


def _spans_holding(spans: list, day: dt.date | None) -> list:
    """The spans of days told so far that hold the report's day (a review's "7–13 oktyabr"), the others dropped."""
    return [sp for sp in spans if sp and day is not None and sp[0] <= day <= sp[1]]


def _dash_titled(text: str, start: int, end: int) -> bool:
    """Whether a date opens a heading line, its title after a dash, over the item's paragraph ("17 October 2024 — Ep.
    131: Live from Beijing", a programme's archive of episodes)."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and _DASH_TITLE.match(text, end) is not None


_BAR = re.compile(r"[ \t]*\|")
_DASH_TITLE = re.compile(r"[ \t]+[—–-][ \t]+[^\W\d_][^\n]{0,80}?(?<![.!?;,:])[ \t]*\n[ \t]*[^\W\d_]")


def _on_a_line_alone(text: str, start: int, end: int) -> bool:
    m = DATE_LINE.match(text, text.rfind("\n", 0, start) + 1)
    return m is not None and m.start() <= start and end <= m.end()


def _days(edtf: str) -> tuple[dt.date, dt.date] | None:
    """(first, last) day of a span of days written out ("2022-06-21/2022-06-22"); None for anything else
    (a year or a date with a year still counts as one written since the spans before it)."""
    a, _, b = edtf.partition("/")
    if _DAY.fullmatch(a) and _DAY.fullmatch(b):
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return None


def _latest_labelled(seg: Segmented, label: str, after: int, day: str) -> str:
    """The latest of the days a label dates lines with, from the line after `after` on: a news archive's items each end
    with their "Опубликовано: 15.03.2023", and the page is of the last (its first item's day would make the later
    items' days a plan's)."""
    text = seg.text.text
    lines = [(m.start(), text.find("\n", m.end()) % (len(text) + 1)) for m in re.compile(
        r"(?m)^[ \t]*" + re.escape(label)).finditer(text, after)] if label else []
    if not lines:
        return day
    for t in _resolve(seg, _all_matches(seg), None):
        if t.anchor == "explicit" and t.edtf and _DAY.fullmatch(t.edtf) and any(a <= t.start < b for a, b in lines):
            day = max(day, t.edtf)
    return day


def dateline(seg: Segmented) -> str | None:
    """The published date of a news item from a dateline at its head ("12 may 2023", "15 March 2019 [10:05]")."""
    text = seg.text.text
    lines, pos = [], 0
    # The head's lines, from the first few kB when they hold them whole (a line after them starts there).
    head = text[:4096]
    whole = sum(1 for x in head.splitlines() if x.strip()) > DATE_FIELD_LINES
    for line in (head if whole else text).splitlines(keepends=True):
        if line.strip():
            lines.append((pos, pos + len(line), line.strip()))
        pos += len(line)
        if len(lines) >= DATE_FIELD_LINES:
            break
    if not lines:
        return None
    head_end = lines[-1][1]
    for t in _resolve(seg, [m for m in _all_matches(seg) if m[1] <= head_end], None):
        if t.anchor == "explicit" and t.edtf and _NO_YEAR.fullmatch(t.edtf):
            # "МОСКВА, 14 марта. /ТАСС/.": the year from a date of the text written out in full within days
            # before it ("the bust unveiled on 12 March 2024"); with none, the report's day stays unknown.
            year = _year_near(seg, int(t.edtf[5:7]), int(t.edtf[8:10]))
            if year is None:
                continue
            t = replace(t, edtf=f"{year:04d}{t.edtf[4:]}")
        if t.anchor != "explicit" or not t.edtf or len(t.edtf) != 10 or "X" in t.edtf:
            continue
        if _born(text, t.start):
            continue  # "Гоциридзе Т. Ш. (р. 2 марта 1936 г., Кутаиси)": a birth, no day the text was written
        for i, (s, e, line) in enumerate(lines):
            # A dateline heads a text: a one-line text is a sentence, not a news item.
            if not s <= t.start < e or "\t" in line or _LIST_NUMBER.match(line):
                continue  # (a table's row is no dateline, nor a digest's first item: "1) خبرگزاری ایرنا — ۳ آبان ۱۴۰۳")
            head = text[s:t.start].lstrip()
            if _since_label(head, t.language):
                continue  # a field of what the page is about: "Sister city since: 24.09.2009"
            # (a run of spaces laying out "Bishkek, 14 March 2024          No. 118" counts as one)
            if len(" ".join(line.split())) - (t.end - t.start) <= _DATELINE_SLACK and (i + 1 < len(lines) or text[e:].strip()):
                return _latest_labelled(seg, head.strip(), e, t.edtf) if head and _published_head().match(head) else t.edtf
            before = [m.end() for m in _CELL_SEP.finditer(text, s, t.start)] if i < _DATELINE_LINES else []
            after = _CELL_SEP.search(text, t.end, e) if i < _DATELINE_LINES else None
            if (before or after) and len(" ".join(text[before[-1] if before else s:after.start() if after else e].split(
                    ))) - (t.end - t.start) <= _DATELINE_SLACK:
                # a masthead's cells: "№ 15 (1743) | Пятница, 12 апреля 2024 г. | Цена свободная", "سال نوزدهم — شماره ۸۴۲
                # — شنبه ۲۱ مهر ۱۳۹۷ — ۱۲ صفحه", "By Dilnoza Rakhimova | Culture | 10 April 2024, 14:20": the date (with its
                # weekday, its time) a cell of its own
                return t.edtf
            if (not head or _INLINE_HEAD.fullmatch(head)) and _INLINE_TAIL.match(text, t.end):
                return t.edtf
            stop = _INLINE_STOP.match(text, t.end) if head and _INLINE_HEAD.fullmatch(head) else None
            if stop and not text[stop.end()].islower():
                return t.edtf
            if _date_field(head, t.language):
                return t.edtf  # "شماره: ۲۳۱۸        تاریخ: ۵ مهر ۱۴۰۳        طبقه‌بندی: عادی": a letter's date field
            tail = text[t.end:e].strip(" \t.\r\n")
            if head and _published_head().match(head) and len(head) <= PUBLISHED_HEAD and (_CLOCK_TAIL.fullmatch(tail) or (
                    not tail or _INLINE_STOP.match(text, t.end) or _byline_tail().match(tail)) and not any(
                    c.isdigit() for c in tail)):
                # (with an update's day after it, `_dated_note` reads the line; with its hour it is the page's:
                # "Размещено: понедельник, 12.05.2025, 09:30")
                # "منتشرشده در پایگاه اینترنتی سفارت — جمعه ۲۶ آبان ۱۴۰۲", "Published Monday, 13 May 2024. Times are
                # local.": the page's day, under its week's range
                return _latest_labelled(seg, head.strip(), e, t.edtf)
            if head and (_INLINE_HEAD.fullmatch(head) or _VENUE_HEAD.fullmatch(head)) and (
                    not (tail := text[t.end:e].strip(" \t.\r\n")) or _CLOCK_TAIL.fullmatch(tail)):
                # "Bishkek, Ala-Archa State Residence, 23 May 2025" under a transcript's long title (and its hour:
                # "Baku, Ministry of Culture, Friday, 22 November 2024, 13:00")
                return t.edtf
            if i >= _DATELINE_LINES:
                continue  # (below the lines a dateline stands in, only such a field)
            if i == 0 and _TITLE_PLACE.search(head) and not text[t.end:e].strip(" \t.\r\n"):
                # "Выступление ... на церемонии открытия Дней культуры. Баку, 14 октября 2024 года": a speech's or a
                # statement's title line ending with where and when it was given
                return t.edtf
            mark = head.rstrip()[-1:]
            if len(line) <= _BYLINE_MAX and mark in _BYLINE_MARKS and any(ch.isalpha() for ch in head) and (
                    _weekday_or_nothing(text[t.end:e], t.language)
                    or (mark in _MASTHEAD_MARKS and text[t.end:e].lstrip().startswith(mark))):
                # "Айгерим Сатпаева, театральный критик. 14 марта 2024 г.", "Vestnik · 5 May 2023",
                # "“MƏDƏNİYYƏT” qəzeti · № 81 · 30 oktyabr 2023-cü il, bazar ertəsi", and a paper's masthead
                # going on past the date in cells of its own ("روزنامه ایران | ۲۵ اردیبهشت ۱۴۰۳ | شماره ۸۴۶۲")
                return t.edtf
    return _dated_note(seg, text) or _dateline_at_end(seg, text)


BORN_REACH = 20  # characters before a date in which a word of birth makes it one


@lru_cache(maxsize=1)
def _born_before() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(langdata.words('time', 'born'))})[ \t]*$", re.I)


def _born(text: str, start: int) -> bool:
    """Whether a word of birth stands right before a date (`born` of the language files: "р.", "born", "متولد")."""
    return _born_before().search(text, max(0, start - BORN_REACH), start) is not None


PUBLISHED_HEAD = 80  # characters at most before the date on a labelled line of publication


@lru_cache(maxsize=1)
def _published_head() -> re.Pattern:
    """A line opening with a label of publication ("Published", "Опубликовано", "منتشرشده"), in any language at hand."""
    return re.compile(rf"[ \t]*(?:{'|'.join(langdata.words('segment', 'published_labels'))})(?![^\W\d_])", re.I)


@lru_cache(maxsize=1)
def _byline_tail() -> re.Pattern:
    """What may follow a page's labelled day: its author ("Posted on 17/10/2023 by Catriona Hale", `author_words` of the
    language files) or a cell of its filing ("· Filed under: Book fairs")."""
    return re.compile(rf"(?:[|·•–—]|(?i:{'|'.join(langdata.words('segment', 'author_words'))})(?!\w))")


def _since_label(head: str, lang: str) -> bool:
    """Whether a date at a text's head is the value of a field ending in the language's "since" ("Sister city since:",
    "Побратимы с:"): a state's start, not the day of the text."""
    try:
        since = grammar(lang).words.get("from")
    except KeyError:
        return False
    label = head.rstrip()
    return bool(since) and label.endswith(":") and any(
        rx.fullmatch(label[:-1].rstrip().rsplit(None, 1)[-1] if label[:-1].strip() else "") for _k, rx in since)


def _date_field(head: str, lang: str) -> bool:
    """Whether a date at a text's head is the value of a "Date:" field (`date_label` of the language)."""
    try:
        label = grammar(lang).date_label
    except KeyError:
        return False
    # (a field's label, maybe with a word or two before it, "Hesabatın təqdim olunma tarixi:"; not a story's sentence
    # ending in one: "Grandpa kept his student card, dated 1.09.1949")
    return label is not None and len(head) <= DATE_FIELD_HEAD and label.search(head) is not None


DATE_FIELD_HEAD = 48  # characters at most of the head of a line before its date field's value


_NOTE_COLON = re.compile(r"[ \t]*:")  # ("Dərc olunub: 11 mart 2024." is the head note's, `_dated_note`)
_NOTE_TIME = re.compile(r",?[ \t]+\d{1,2}:\d{2}[ \t]*(?::|$)", re.M)  # "UPDATE, Thursday 13 June, 08:15" opening its line


def update_note(lang: str, text: str, start: int, end: int) -> bool:
    """`_update_note` of the grammar of a language."""
    try:
        return _update_note(grammar(lang), text, start, end)
    except KeyError:
        return False


def _update_note(g, text: str, start: int, end: int) -> bool:
    """Whether the date opens an update appended to a text ("Update, 14 May: Today the Days closed ...",
    "Обновление, 14 мая 2023 г.:"): its "today" and "yesterday" count from it."""
    line_start = text.rfind("\n", 0, start) + 1
    # ... and so does a post's own date under its title ("Dərc olunub: 18.12.2023", "Published: 5 May 2024")
    word = g.note_words.search(text, max(line_start, start - NOTE_HEAD), start) if g.note_words is not None else None
    return word is not None and bool(_NOTE_COLON.match(text, end) or _LINE_END.match(text, end) or (
        # (a time after it only on a line the update opens: a page's head "14 may 2025, 08:45 · Yenilənib: 15 may 2025,
        # 09:20" is no update appended to the text)
        not text[line_start:word.start()].strip() and _NOTE_TIME.match(text, end)))


NOTE_HEAD = 30  # characters before the date on its line in which an update's word stands
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")
NOTE_LINES = 4  # lines at the head and at the foot of a text in which a note may date it
NOTE_MAX = 200  # characters of such a note


def _dated_note(seg: Segmented, text: str) -> str | None:
    """... or a note at the head or the foot saying when the text was written, recorded or last updated
    ("The conversation was recorded in Tashkent on 9 November 2023", "Dərc olunub: 11 mart 2024. Yenilənib:
    20 may 2024", "این گفت‌وگو روز پنجشنبه ۱۸ آبان ۱۴۰۲ ... انجام شده است"): the day the text speaks from
    (the last one the note gives: what was held "already" was held by the update)."""
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(lines) < 3:
        return None
    picked = lines[:NOTE_LINES] + lines[-NOTE_LINES:]
    matches = _all_matches(seg)
    for a, b in picked:
        if b - a > NOTE_MAX:
            continue
        inside = [m for m in matches if a <= m[0] and m[1] <= b]
        if not inside:
            continue
        g = inside[0][3]
        if g.note_words is None or not g.note_words.search(text, a, b):
            continue
        days = [t.edtf for t in _resolve(seg, inside, None) if t.anchor == "explicit" and t.edtf and _DAY.fullmatch(t.edtf)
                and not _born(text, t.start)]
        if days:
            return days[-1]
    return None


def _weekday_or_nothing(tail: str, lang: str) -> bool:
    """Whether what follows a date on its line is nothing, or the date's weekday."""
    tail = tail.strip(" \t\r\n.,()")
    return not tail or grammar(lang).lookup("weekday", tail) is not None


# A byline: a name or a paper, a separator, and the date ending the line.
_BYLINE_MARKS = ".,|·•/–—-"
_BYLINE_MAX = 120
_TITLE_PLACE = re.compile(r"[.!?»”\"|–—][ \t]+[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+){0,2}[,،][ \t]*(?:[^\W\d_‌]+[,،]?[ \t]*)?$")
_MASTHEAD_MARKS = "|·•"


_NO_YEAR = re.compile(r"XXXX-\d\d-\d\d")
_AGO_GAP = re.compile(r"[ \t,–—-]{0,4}")  # between "thirty years ago" and the day it names
RECALLED_GAP = 5  # years at most between a year-less dateline's year and the latest year the text writes out (a plan's)
NEAR_DATELINE = (31, 7)  # days before and after a year-less dateline's day a full date of the text may be


def _year_near(seg: Segmented, month: int, day: int) -> int | None:
    years, latest = set(), 0
    matches = _all_matches(seg)
    text = seg.text.text
    # "Ровно тридцать лет назад, 20 марта 1992 года" under "БИШКЕК, 20 марта": the day is that many years after it
    ago = {e: -int(n) for _s, e, _l, g, f, _m in matches if set(f) == {"rel"} and (n := str(g.lookup("rel", f["rel"]))) and (
        n.lstrip("-").isdigit() and int(n) <= -2)}  # (not "last year", which is no count of years before a day)
    for t in _resolve(seg, matches, None):
        if t.anchor == "explicit" and t.edtf and t.edtf[:4].isdigit():
            latest = max(latest, int(t.edtf[:4]))
        if t.anchor != "explicit" or not t.edtf or not _DAY.fullmatch(t.edtf):
            continue
        d = dt.date.fromisoformat(t.edtf)
        back = next((n for e, n in ago.items() if e <= t.start and _AGO_GAP.fullmatch(text, e, t.start)), None)
        if back is not None and (d.month, d.day) == (month, day):
            return d.year + back
        try:
            head = dt.date(d.year, month, day)
        except ValueError:
            continue
        if -NEAR_DATELINE[1] <= (head - d).days <= NEAR_DATELINE[0]:
            years.add(d.year)
    # (not a day the text recalls years before others it tells: "Bakı, 2 oktyabr" over an anniversary of "1995-ci il
    # oktyabrın 2-də", with 2001 and 2017 told after it)
    return years.pop() if len(years) == 1 and max(years) + RECALLED_GAP >= latest else None


def _dateline_at_end(seg: Segmented, text: str) -> str | None:
    """... or a line of its own at the end of the item ("۱۲ آذر ۱۴۰۱", "15.03.2019 10:05"): the date a
    news site prints under the text (over a rule parting it from the page's related news, if one does)."""
    found = _dateline_before(seg, text, len(text))
    if found is None:
        # (headlines only under the rule: no post of a blog's next, whose foot is no foot of the text)
        rule = _RULE.search(text, max(0, len(text) - RELATED_BLOCK))
        if rule and all(len(line) <= RELATED_LINE for line in text[rule.end():].splitlines()):
            found = _dateline_before(seg, text, rule.start())
    return found


RELATED_BLOCK = 1500  # characters at most of the related news a page prints under its text's rule
RELATED_LINE = 160  # characters at most of a line of those related news


def _dateline_before(seg: Segmented, text: str, end: int) -> str | None:
    """The date alone on one of the last two lines of text[:end]."""
    text = text[:end]
    tail_start = max(0, len(text) - 400)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[tail_start:])][-2:]
    if not lines or text.count("\n", 0, tail_start + lines[0][0]) == 0:
        return None  # a one-line text is a sentence, not a news item
    lines = [(a + tail_start, b + tail_start) for a, b in lines]
    tail = [m for m in _all_matches(seg) if m[0] >= lines[0][0]]
    for t in _resolve(seg, tail, None):
        if t.anchor != "explicit" or not t.edtf or len(t.edtf) != 10 or "X" in t.edtf:
            continue
        for a, b in lines:
            if a <= t.start and t.end <= b and len(text[a:b].strip()) - (t.end - t.start) <= _DATELINE_SLACK:
                return t.edtf
    return None
