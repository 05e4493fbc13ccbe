"""Triggers + dates + entities -> typed, dated, placed, cited events.

For each trigger the date is the time expression in its sentence that is
closest in clauses, then most precise, then nearest; dates inside quoted
titles ("Programme until 2015") and open "until" intervals are not dates of
a happening. A trigger with no date in its sentence continues an event of the
same type reported just before (its places and people join it); otherwise it
is emitted without a date, never with a guessed one.
"""
from __future__ import annotations

from collections import Counter
import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bilat import lang as langdata
from bilat.edtf import bounds, compatible, refines, specificity
from bilat.entities.config import config as entity_config
from bilat.events.triggers import ENTRY_TAIL, PRIORITY, SEPARATE, about_heading, reference_heading, reference_label, triggers
from bilat.records import Event, Mention, Segmented, Sentence, Source, TimeExpr
from bilat.text import citations, records
from bilat.text.segment import (CHRONOLOGY_ENTRY, DATE_LINE, ENTRY_DASH, FIELD_LINE, LIST_ITEM, NUMBERED_DASH, POST_TITLE_LINE,
                                PUBLISHED_LINE, QUOTES, RULE_LINE, STAMP_LINE, TITLE_LINE, archive_unit, paragraph_start,
                                quoted, review_labels, review_lines)
from bilat.time import header_cells, in_brackets, update_note
from bilat.time.calendars import from_gregorian, gregorian_span
from bilat.time.grammar import grammar

LABELS = {
    "agreement": "Agreement signed", "visit": "Visit", "meeting": "Meeting", "culture_days": "Culture days",
    "culture_year": "Culture year", "festival": "Festival", "exhibition": "Exhibition",
    "performance": "Performance", "monument": "Monument unveiled", "forum": "Forum", "founding": "Founding",
    "decree": "Decree", "media": "Media cooperation", "ceremony": "Ceremony", "education": "Education",
    "other": "Event",
}
CLAUSE = re.compile(r"[;,:؛]")  # (the Persian semicolon too: "؛ این نخستین ... پس از سال ۱۳۹۸ بود" is another clause)
# ... and, for the words of a plan or a negation after a trigger, a spaced dash ("your masterclass was full - the students
# have not stopped talking about it")
MODAL_CLAUSE = re.compile(r"[;,:؛]|[ \t][–—-][ \t](?![^\[\]\n]{0,12}\])")  # (not a translator's "– tərc.]")
# ... and the Persian comma, which ends the clause an "if" or a "must" governs ("اگر بخواهم ...، باید به سفر ... اشاره
# کنم": the trip is no plan), though a date after it may still be the clause's before it.
CLAUSE_MARK = re.compile(r"[;,:،؛]")
LABEL_COLON = re.compile(r"[ \t]*:")  # after a date labelling an entry
STRONG_CLAUSE = re.compile(r"[;:؛]")  # clauses a comma does not join ("... met in May; the text was approved on 30 May")
# Types whose trigger word also heads names of organisations (Ümumrusiya Azərbaycan Konqresi).
NAMED_TYPES = {"forum", "festival", "exhibition", "ceremony", "performance", "media", "education"}
TYPE_NAMES = set(SEPARATE + PRIORITY) - {"other"}  # bilat's event types, as a data file's record may name its own
WINDOW = 3  # sentences within which a dateless mention continues an event of the same type
FRAME_REACH = 60  # characters around a trigger in which "within the framework of the", "çərçivəsində" make it a frame
FRAME_HOST_REACH = 8  # sentences back in which "within the forum" finds the forum
SAME_DAY_REACH = 6  # sentences back in which "In the evening," finds the day it speaks of
DEMONSTRATIVE_REACH = 8  # sentences back in which "this forum" finds the forum it names
DEMONSTRATIVE_GAP = 15  # characters between "this" and the trigger word
DISCUSSED_REACH = 80  # characters back in which "discussed" makes a trigger a topic ("обсудили гастроли, обмен выставками")
MODALITY_REACH = 60  # characters after (or, in its clause, before) a trigger in which "planned", "will" make it no happening
LONG_DEAD = 1900  # a person who died before this year takes part in no undated happening bilat reads
DECREE_GAP = 15  # characters at most between "signed" and the decree it signed
POSITION_REACH = 60  # characters before a trigger in which the title of a post ("Head of the") ends
HELD_REACH = 100  # characters after a named happening in which "was held" says it took place
# characters before a trigger in which the words making it a reference end ("100 лет со дня открытия в Баку ... съезда")
REFERENCE_REACH = 80


LIFE_REACH = 40  # characters before a year in which a word of birth makes it a life's ("born in Sheki in")
PROGRAMMES = {"festival", "culture_days"}  # kinds whose editions hold concerts of their own programme
EDITION_LABEL = re.compile(r"[^\n:.]{1,30}:")  # an edition's label over what its line tells ("دوره دوم (۱۴۰۰):")
EDITION_KIND = 40  # characters from the start of a sentence opening with an edition in which its kind is named
EDITION_RECENT = 1  # sentences back in which a recurring happening told is the one an edition of no named kind is of
EDITION_KIND_BEFORE = 60  # ... and before an edition, in its sentence ("The fair has since become a regular event; its")
RECURRING = {"festival", "education", "forum", "exhibition", "culture_days", "performance"}  # kinds held in editions
LONG_SPAN = 62  # days: a longer span of days is a season or a year of another calendar ("بهار ۱۳۹۸", "۱۳۸۹")
YEAR_SPAN = 300  # days: a longer one is a year


def precision(edtf: str) -> int | None:
    """Lower is more precise; None for values that cannot date an event (decades, centuries, 'until')."""
    if not edtf or edtf.startswith(".."):
        return None
    start = edtf.split("/")[0]
    if "X" in start[:4]:
        if "XXXX" in start:
            return 3  # XXXX-03-05 keeps its day
        # "founded in the 1990s": a decade dates a happening as imprecisely as the text does; a century
        # ("in the 20th century") is the period a text speaks of, no happening's date.
        return 4 if start[3] == "X" and start[2] != "X" and "/" not in edtf else None
    if len(start) == 10:
        if "/" in edtf and not edtf.endswith(".."):
            span = -specificity(edtf)
            if span > 372:
                return 3  # a span of years written in days ("۱۴۰۳ تا ۱۴۰۵": the Jalali years' days)
            if span > YEAR_SPAN:
                return 2  # a year of another calendar written in days ("در سال ۱۴۰۱")
        return 0
    if len(start) == 7:
        return 1
    if "/" in edtf and not edtf.endswith(".."):
        return 3  # a span of years (a programme's period)
    return 2


def event_date(t: TimeExpr) -> str:
    # An open interval dates the happening that opened it ("from 2011 on" -> 2011).
    if not t.edtf.endswith("/.."):
        return t.edtf
    start = t.edtf[:-3]
    if t.calendar not in (None, "gregorian") and len(start) == 10:
        # "از سال ۱۳۹۸" starts on 1 Farvardin: from a year of another calendar, that year's days, not its first day.
        y, m, d = from_gregorian(t.calendar, dt.date.fromisoformat(start))
        if (m, d) == (1, 1):
            a, b = gregorian_span(t.calendar, y)
            return f"{a.isoformat()}/{b.isoformat()}"
    return start


@dataclass
class Draft:
    type: str
    date: str | None
    anchor: str
    sentence: int
    lang: str
    sources: list[tuple[int, int]] = field(default_factory=list)  # normalised sentence spans
    mentions: list[Mention] = field(default_factory=list)
    quote: str | None = None
    at: tuple[int, int] = (0, 0)  # where its trigger and its date stand in the sentence: (first, last) offset
    triggers: list[tuple[int, int]] = field(default_factory=list)  # its trigger words, in every sentence


HELD_AT_TYPES = ("forum", "exhibition", "meeting")  # gatherings a longer trigger may name as where it happened
OWN_NAME_TYPES = ("culture_days", "culture_year")  # happenings whose quoted name tells what they are
TITLE_HEAD = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")  # between a quoted name and its happening's word after it


def _inside(spans, s, e) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _dateline(seg: Segmented, times: list[TimeExpr]) -> TimeExpr | None:
    """The date at the head of a news item that gave the document its published date, if any."""
    pub = seg.text.doc.published
    first = times[0] if times else None
    if pub and first is not None and first.start < 400 and first.anchor == "explicit" and first.edtf == pub[:10]:
        return first
    return None


def _another_year_or_month(t: TimeExpr) -> bool:
    """An unresolved "last year", "next month", "last week": some other time than the report's."""
    if t.edtf is not None:
        return False
    try:
        g = grammar(t.language)
    except KeyError:
        return False
    return any(k != "0" and rx.search(t.text) for table in ("rel", "rel_month", "rel_week")
               for k, rx in g.words.get(table, ()))


def _in_spans(spans, s, e) -> bool:
    """`_inside` for many spans in order, not overlapping."""
    k = bisect_right(spans, (s, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


_SPEECH = re.compile(r"[.!?؟…]\s+\S")
TITLE_MAX = 100  # characters a quoted title may have ("«Русская книга в Туркестане. XIX — начало XX века»")


def _clauses_between(text: str, a: int, b: int, quotes) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for m in CLAUSE.finditer(text, lo, hi) if not _inside(quotes, m.start(), m.end()))


def _clause_start(text: str, s: int, sent_start: int) -> int:
    """Where the clause holding position s starts, at most MODALITY_REACH characters back ("plan to open")."""
    lo = max(sent_start, s - MODALITY_REACH)
    cut = [m.end() for m in CLAUSE_MARK.finditer(text, lo, s)]
    return cut[-1] if cut else lo


def _plan_label(text: str, s: int, sent_start: int, trig) -> bool:
    """Whether the clause holding position s follows a short label of a plan ending in a colon ("Coming up: Days of
    ... (April), a book exhibition ..."): what it lists is to come."""
    colon = text.rfind(":", sent_start, s)
    if colon < 0 or ";" in text[colon:s]:
        return False
    cut = [m.end() for m in CLAUSE_MARK.finditer(text, sent_start, colon)]
    lead = cut[-1] if cut else sent_start
    return colon - lead <= PLAN_LABEL and trig.plans_heading is not None and (
        trig.plans_heading.search(text, lead, colon + 1) is not None)


PLAN_LABEL = 40  # characters at most of a plan's label before its colon


def _plan_closing(text: str, s: int, e: int, sent_end: int, trig) -> bool:
    """Whether a plan's verb closes the sentence with no finite verb between it and the trigger at s..e (the trigger's
    own included: "Mərkəzi açıldı, ... isə ... planlaşdırılır") ("2024-cü ildə ... proqramın icrasına başlanılması, ...
    Mərkəzinin açılması ... planlaşdırılır"): a list of what is to come."""
    if trig.plan_last is None:
        return False
    m = trig.plan_last.search(text, e, sent_end)
    return m is not None and not (trig.finite and trig.finite.search(text, s, m.start()))


def _planned_date(text: str, t, e: int, trig) -> bool:
    """Whether the date of a trigger stands in a later clause of its own, after a plan's words ("joint concert
    programme ...; planned for 4–6 October 2024 in Paris")."""
    if t is None or not trig.modality or t.start <= e:
        return False
    # (a label's colon is inside the clause: "...؛ زمان پیش‌بینی‌شده: مهر ۱۴۰۳")
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(text, e, t.start)), default=None)
    return cut is not None and trig.modality.search(text, cut, t.start) is not None


_CLAUSE_CUT = re.compile(r"[;,،؛]")


def _clause_end(text: str, e: int, sent_end: int) -> int:
    """Where modality words after a trigger may stand: its clause (verb-final languages put them last),
    at least MODALITY_REACH and at most 2.5 times that many characters on."""
    hi = min(sent_end, e + int(MODALITY_REACH * 2.5))
    m = MODAL_CLAUSE.search(text, e, hi)
    return min(sent_end, max(e + MODALITY_REACH, m.start() if m else hi))


def _capitalised_name(text: str, s: int, sent_start: int) -> bool:
    """A trigger word written as part of a proper name (Ümumrusiya Azərbaycan Konqresi) names an organisation."""
    if s == sent_start or not text[s].isupper() or ((field := FIELD_LINE.match(text, text.rfind("\n", 0, s) + 1)) and (
            field.end() - 1 == s)):
        return False  # (a field's value starts with a capital: "Caption: Tour of the Dresden orchestra")
    before = text[max(sent_start, s - 40):s].split()
    line_end = text.find("\n", s)
    if before and before[-1].isupper() and WORD.match(text, s).group().isupper() and line_end >= 0 and not any(
            q.start() < s < q.end() for q in QUOTES.finditer(text, sent_start, line_end)) and (ENTRY_YEAR.match(
                text, line_end) or _CAPS_HEADING.fullmatch(text, text.rfind("\n", 0, s) + 1, line_end)):
        # "SOLO EXHIBITIONS" over a list of years, "АРХИВ ВЫСТАВОК" over a page's cards: a heading written in capitals,
        # no name
        return False
    return bool(before) and before[-1][:1].isupper()


def _caps_dateline(text: str, start: int) -> bool:
    """Whether a sentence opens with a news item's dateline, its city in capitals and a comma ("МОСКВА, 5 мая –")."""
    m = CAPS_CITY.match(text, start)
    # (not a photo's caption, "TEHRAN, IRAN - FEBRUARY 21, 2024: Students ...", an entry of its own)
    return m is not None and m.group(1).isupper() and not m.group(2).isupper()


CAPS_CITY = re.compile(r"[ \t]*([^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,2}),[ \t]+(\w+)")


def _name_then_verb(text: str, s: int, e: int) -> bool:
    """Whether a trigger runs from a name to the lowercase verb after it ("the Vienna Boys Choir sang"): the name is the
    subject of a happening, not the whole of the trigger."""
    words = text[s:e].split()
    return len(words) > 1 and words[-1][:1].islower() and words[-2][:1].isupper()


_CAPS_HEADING = re.compile(r"[^\S\n]*[^\W\d_][^\w\n]*(?:[^\W\d_]+[^\w\n]*){0,5}")  # a line of a few words alone


def _unit_name(text: str, s: int, e: int, lang: str) -> bool:
    """A capitalised trigger word before the head noun of an organisation's name ("Head of the Exhibitions
    Department", a line of a career) names the organisation, in a list's entry too."""
    m = NEXT_WORD.match(text, e) if text[s].isupper() else None
    return m is not None and m.group(1)[:1].isupper() and entity_config(lang).head(m.group(1)) is not None


def _capitals(text: str, sent: Sentence) -> bool:
    """Whether a line is written in capitals, as a section's heading is ("SİMPOZİUMUN TARİXİNDƏN"): it ends the
    programme's day above it."""
    letters = [c for c in text[sent.start:sent.end] if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _placed_and_dated(text: str, e: int, end: int, times) -> bool:
    """Whether a bracket after a name gives where and when its happening was ("International Conference on
    Comparative Literature (Isfahan, University of Isfahan, 12-13 May 2022)"), to a month at least; or a card's line its
    place and date, the date its last cell ("VI Forum | Bukhara | 2-4 October 2024"; "Forum | Bakı, 17–18 oktyabr 2023 |
    1" is a page's running head), or a heading's after commas ("International Conference, Tokyo, 21–24 October 2019")."""
    def dated(m, last: bool) -> bool:
        return any(m.start(1) < t.start and t.end <= m.end(1) and t.edtf and (p := precision(t.edtf)) is not None and (
            p <= 1) and not (last and text[t.end:m.end(1)].strip()) for t in times)
    if (m := PLACE_DATE_BRACKET.match(text, e, end)) is not None:
        return dated(m, False)
    return any((m := rx.match(text, e, end)) is not None and dated(m, True) for rx in (PLACE_DATE_CELLS, PLACE_DATE_COMMAS))


def _dated_apposition(text: str, e: int, end: int, times) -> bool:
    """Whether the rest of a name is followed by its date after a comma, to a month at least, as a list's item opened by
    the name gives it ("- Azerbaijani Film Week, 11-16 April, at Regent Street Cinema: ...")."""
    m = NAME_THEN_COMMA.match(text, e, end)
    # (a date the list's heading gives the year of: "April" over "- ..., 11-16 April"; a calendar's "..., 7 September
    # 2024" under "CALENDAR FOR 2024" is a plan)
    return m is not None and any(t.start == m.end() and t.edtf and t.anchor == "context" and (
        p := precision(t.edtf)) is not None and p <= 1 for t in times)


NAME_THEN_COMMA = re.compile(r"[^,.;:()\n]{0,60}?,[ \t]*")


# A reference list's entry in the GOST style: authors, title, "//" and where it appeared, with its year and pages
REFERENCE_ENTRY = re.compile(r"[^\n]{3,300}?[ \t]//[ \t][^\n]*?(?:[.,][ \t]*[–—-][ \t]*(?:\d{4}|[^\W\d_]{1,3}\.)|\d{4}\.[ \t]*[–—-])")
PLACE_DATE_BRACKET = re.compile(r"(?:[^.;!?()\n]|(?<!\w)[^\W\d_]\.){0,160}?\([ \t]*((?-i:[^\W\d_])[^()\n,]{0,60},[^()\n]{0,120})\)")
# ... or a card's line, its cells after the name: "VI Forum | Bukhara | 2-4 October 2024"
PLACE_DATE_CELLS = re.compile(r"[^|\n]{0,40}?[ \t]\|[ \t]((?-i:[^\W\d_])[^|\n]{0,60}[ \t]\|[ \t][^|\n]{1,40})[ \t]*$", re.M)
# ... or a heading's line, its place and date after commas: "— International Conference, Tokyo, 21–24 October 2019"
PLACE_DATE_COMMAS = re.compile(r"[^,\n]{0,40}?,[ \t]((?-i:[^\W\d_])[^,\n]{0,40},[ \t][^,\n]{1,40})[ \t]*$", re.M)
NEXT_WORD = re.compile(r"\w*[ \t]+(\w+)")  # (past the rest of the trigger's word)
WORD = re.compile(r"\w*")
ENTRY_YEAR = re.compile(r"\s*(?:[-–•*]\s*)?\d")  # the next line opens with a number: a list's entry


# A comma or colon after the date, or the dash of a chronology's entry ("2019-cu il, 27 may – ...").
FRONTED = re.compile(r"(?:\s+[^\W\d][^\s,:،]*)?\s*(?:[,:،]|[–—-](?=\s))")  # ... and a word between: "Həmin ilin sentyabrında Mərdəkanda, ...", "در ۲۲ دی، ..."
SPACES = re.compile(r"\s*")
FRONT_REACH = 4  # "On ", "В ", "در " before a date that opens its sentence


def _fronted_times(text, times, sent_start) -> set[int]:
    """Starts of the dates that open the sentence, each set off by a comma ("On 3 July 1997, ..."; "Later
    that year, on 15 November, ..."): they date the main clause, however many commas stand between
    them and the main verb."""
    out: set[int] = set()
    if sent_start is None:
        return out
    pos = sent_start
    for t in sorted(times, key=lambda t: t.start):
        comma = FRONTED.match(text, t.end)
        if t.start - pos > FRONT_REACH or not comma:
            break
        out.add(t.start)
        pos = SPACES.match(text, comma.end()).end()
    return out


def _period(text: str, t: TimeExpr, trig) -> bool:
    """A span of years written as a programme's period ("на 2019–2021 годы", "for 2019-2021")."""
    if trig is None or "/" not in (t.edtf or "") or precision(t.edtf) != 3:
        return False
    return bool((trig.period_before and trig.period_before.search(text, max(0, t.start - 30), t.start))
                or (trig.period_after and trig.period_after.match(text, t.end)))


def _work_year(text: str, t: TimeExpr, trig) -> bool:
    """A year that is a work's ("the 1968 classic", "фильм 1968 года") or a life's ("happy birthday to ..., born in
    Sheki in 1951"), not a happening's."""
    if trig is None:
        return False
    if trig.life_before is not None and trig.life_before.search(text, max(0, t.start - LIFE_REACH), t.start):
        return True
    if trig.medium is not None and (eol := text.find("\n", t.end)) >= 0 and not text[t.end:eol].strip(" \t.,;") and (
            trig.medium.match(text, eol + 1)):
        return True  # a work's label: "Dervishes in Festive Attire, 1870\nOil on canvas"
    if precision(t.edtf) != 2:
        return False
    if trig.running_time is not None and (eol := text.find("\n", t.end)) and trig.running_time.search(
            text, t.end, min(len(text) if eol < 0 else eol, t.end + CREDIT_REACH)):
        return True  # a film's credit: "(1945, реж. Рза Тахмасиб), 98 мин."
    if trig.film_credit is not None and (paren := text.rfind("(", max(0, t.start - CREDIT_REACH), t.start)) >= 0 and (
            ")" not in text[paren:t.start] and "\n" not in text[paren:t.start]) and trig.film_credit.search(text, paren, t.start):
        return True  # ... and its director's: "Screening of The Road to Mother (dir. Akan Satayev, 2016)"
    return bool((trig.work_before and trig.work_before.search(text, max(0, t.start - 30), t.start))
                or (trig.work_after and trig.work_after.match(text, t.end)))


def _entry_day(text: str, trig, times, t_starts, groups, sent: Sentence) -> TimeExpr | None:
    """The day heading a programme's entry, for a film's credit closing it a few sentences on in its paragraph
    ("▶ 05.10 (şənbə), 17:00 — Kiçik zal\n«...» (1960). Rejissor: ... . 85 dəq., 6+"): the screening's day."""
    if trig is None or trig.running_time is None or not any(
            d.triggers and trig.running_time.match(text, d.triggers[0][0]) for g in groups for d in g):
        return None
    para = text.rfind("\n\n", 0, sent.start) + 1
    days = [t for t in _between(times, t_starts, para, sent.start) if t.edtf and DAY.fullmatch(t.edtf)]
    return days[-1] if days else None


CREDIT_REACH = 120  # characters at most from a film's year to its running time on the line of its credit


ONE_DAY = ("visit", "meeting", "agreement", "decree", "monument")  # happenings of a day, not of years
WORK_TITLED = {"exhibition", "performance", "media", "ceremony", "education"}  # a title there names a work
TALKS = {"meeting", "forum"}  # words of either ("session", "نشست") name the one just told
OWN_BRACKET = 80  # characters at most from a trigger word to the bracket after its name giving its days
ONE_DAY_SPAN = 3  # days a meeting or a signing may be dated by ("talks on 16-17 May")


def _pick_date(text, trig_s, times, quotes, sent_start=None, others=(), trig=None, same=(), trig_type=None,
               today=None):
    """The date of the trigger at trig_s: nearest in clauses, then not beyond another trigger
    (`others`: (start, end) of the sentence's other triggers; in "the memorandum signed in 2002 and
    the film festival held on 6-11 November 2017" the festival's date is not the signing's), then
    most precise, then nearest. A date in a relative clause beyond a trigger of its own type (`same`)
    is that one's, and a span of years dates no happening of a day (`trig_type` in ONE_DAY)."""
    best, best_key = None, None
    decade, decade_key = None, None
    fronted = _fronted_times(text, times, sent_start)
    own_after = any(u.start > trig_s and not any(trig_s < a < u.start for a, _b in same) for u in times)
    # A date and its gloss in the other calendar in brackets ("۱۳۶۱ خورشیدی (۱۹۸۲ میلادی)", "۱۵ مارس ۱۹۵۰ (۲۴ اسفند
    # ۱۳۲۸)") are dated as the writer gives it in the Gregorian calendar.
    glossed = {id(a if b.calendar == "gregorian" else b) for a, b in zip(times, times[1:]) if _glossed(text, a, b)}
    # ... and so is one the writer restates more precisely ("в 1998 году, точнее — 22 апреля 1998 года"), or a table's
    # row in a later cell (planned "March 2022", done "16-30 March 2022").
    glossed |= {id(a) for a, b in zip(times, times[1:]) if a.edtf and b.edtf and a.edtf != b.edtf and refines(
        b.edtf, a.edtf) and ("\t" in text[a.end:b.start] or (
            trig is not None and trig.precisely is not None and trig.precisely.fullmatch(text, a.end, b.start)))}
    # ... and so is an entry's label ("مرداد: ... از ۲۰ تا ۲۵ مرداد", "March: ... on 12 March") its text dates more closely.
    glossed |= {id(a) for a, b in zip(times, times[1:]) if a.edtf and b.edtf and a.edtf != b.edtf and refines(
        b.edtf, a.edtf) and LABEL_COLON.match(text, a.end)}
    # ... and so is a plan's date in a row whose status cell says when it was done ("Done: 3-4 January 2024").
    if trig is not None and trig.done_cell is not None:
        glossed |= {id(a) for a, b in zip(times, times[1:]) if a.edtf and b.edtf and "\t" in text[a.end:b.start] and (
            trig.done_cell.match(text, text.rfind("\t", a.end, b.start) + 1))}
    for t in times:
        if id(t) in glossed:
            continue
        p = precision(t.edtf) if t.edtf else None
        if p is None or _inside(quotes, t.start, t.end) or _period(text, t, trig) or _work_year(text, t, trig) or (
                t.qualifier in ("commemorated", "programme")) or (t.qualifier == "from" and trig is not None and trig.first_since and (
                    trig.first_since.search(text, max(0, t.start - FIRST_SINCE_REACH), t.start))):
            continue  # (... "performing together for the first time since 2019": no day of the concert)
        if t.qualifier == "anniversary":
            p += 0.5  # a fact-derived year yields to a date written out
        dist = t.start - trig_s if t.start >= trig_s else trig_s - t.end
        # (the comma between an act's number and its day is no clause's: "Law ... No. 95-IIIQ, 4 April 2006"; nor is one
        # in a bracket giving a happening's place and days: "по итогам визита делегации ... (г. Минск, 6–8 мая 2008 г.)")
        upto = t.start
        if t.start > trig_s:
            numbered = _act_number().search(text, trig_s, t.start)
            bracket = text.rfind("(", trig_s, t.start)
            placed = bracket > 0 and p == 0 and not any(c in text[bracket:t.start] for c in "):")  # (not "(source: ...")
            upto = numbered.start(1) if numbered else bracket if placed else upto
        clauses = 0 if t.start in fronted else _clauses_between(text, trig_s, upto, quotes)
        lo, hi = (trig_s, t.start) if t.start >= trig_s else (t.end, trig_s)
        beyond = t.start not in fronted and any(lo < a and b <= hi for a, b in others)
        if clauses == 1 and t.start > trig_s and not beyond and trig is not None and trig.held and (
                held := trig.held.search(text, trig_s, t.start)) and not _clauses_between(text, held.end(), t.start, quotes) and (
                trig_type != "founding"):
            # 'the festival "Steppe Spirit", first held in London in June 2018': the aside tells its date (a founding is
            # never held: "was founded in 2009; its first edition took place in October 2010")
            clauses = 0
        if t.start > trig_s and trig is not None and trig.relative and trig.relative.search(
                text, trig_s, t.start) and any(lo < a and b <= hi for a, b in same):
            continue  # "was signed: the programme ..., which replaces the one signed in 2019": that signing's
        if clauses and t.start > trig_s and any(
                _clauses_between(text, a if t.start >= a else b, t.start, quotes) < clauses for a, b in others):
            # A date after the trigger, in the clause of another: "declared it the Year of Nizami, and we
            # joined in: in May 2021 we held the conference" (a date before both may date both).
            continue
        if p == 3 and trig is not None and trig_type in ONE_DAY and t.qualifier != "season":
            # a span of years dates no visit or signing ("sign 2024–2026 programme as X visits"); an academic year
            # dates a stay ("spent the 2008/2009 academic year as a visiting scholar")
            continue
        if p == 0 and "/" in t.edtf and trig_type in ONE_DAY and trig_type != "visit" and t.anchor != "published" and (
                ONE_DAY_SPAN < -specificity(t.edtf) < 28):  # ("last week" is as precise as the text says)
            # nor does the week of the Days a meeting or a signing within it was held in (a month written
            # in another calendar is a span of days too, and as precise as the text is)
            continue
        # A date just after another trigger, on the way back to this one, is that one's when this one has
        # a date of its own ("the Days held in Baku in October 2018 and the unveiling of the monument ...
        # in 2008"; "organised the exhibition "Nomad's Eye" at the Mall Galleries in October 2017 and initiated the
        # festival "Steppe Spirit", first held in London in June 2018"): the key puts it after the dates this trigger
        # does not share.
        claimed = trig is not None and trig.dates_follow and t.end <= trig_s and t.start not in fronted and any(
            b <= t.start and (t.start - b < dist or own_after and not _clauses_between(text, b, t.start, quotes))
            for a, b in others) or (
            # ... and a date told after an earlier word of this trigger's type is that one's ("the Days of Azerbaijani
            # culture held on 18-22 September, and the Days of Uzbek culture held in May" each have their own,
            # when this one has a date after it)
            own_after and t.end <= trig_s and t.start not in fronted and any(b <= t.start and ";" not in text[b:t.start]
                                                                               and not any(b <= u.start < t.start for u in times) for a, b in same))
        # A date in a relative clause after the trigger is the clause's happening's ("met the minister, who
        # arrived yesterday, today"), when the trigger has another.
        related = t.start > trig_s and trig is not None and trig.relative is not None and bool(
            trig.relative.search(text, trig_s, t.start))
        if related and beyond:
            continue  # "the visit coincides with the Days, which opened on Tuesday": the Days' date
        # A date written out beats "today" in the same clause ("ucaldılıb və bu gün ... simvoluna çevrilib").
        # A decade only when the sentence gives the happening nothing more precise.
        # An item's dateline ("Istanbul – 23 Mehr – IRNA – ... opened yesterday") dates it only when nothing else does.
        # (A year or a season of another calendar opening the sentence is a span of days as precise as a year or a
        # month: "یک سال بعد، ... (سمرقند، اوت ۲۰۱۹)" is dated by its month, as "A year later, ... (Samarkand, August
        # 2019)" is.)
        days = -specificity(t.edtf) if p == 0 and t.start in fronted else 0
        # A time told right before the trigger word is its own, however precise another is ("... held on 12-18
        # October in Istanbul, and the same year the film week in Tehran", "و همان سال هفته فیلم").
        # (not the year of a month told with it: "In December of the same year Days of ... were held")
        adjacent = t.end <= trig_s and t.anchor == "context" and not text[t.end:trig_s].strip() and not any(
            0 <= t.start - u.end <= 4 for u in times if u is not t)
        key = (p == 4, t.qualifier == "dateline", clauses, beyond, claimed, related, bool(today) and t.edtf == today,
               not adjacent, 2 if days > YEAR_SPAN else 1 if days > LONG_SPAN else p, abs(dist))
        if best_key is None or key < best_key:
            best, best_key = t, key
        if p == 4 and not beyond and (decade_key is None or key < decade_key):
            decade, decade_key = t, key
    # A decade in the trigger's clause beats a year told before another happening's word ("in 1997 the city
    # named a street after him, and in the late 1990s a room devoted to him was opened": the room's is the decade).
    if best_key is not None and best_key[3] and decade_key is not None and decade_key[2] <= best_key[2]:
        return decade
    # A happening's days a bracket after the happening's name gives, alone in it ("در شهریور ۱۳۹۷ ... در نمایشگاه
    # کتاب مسکو (۱۳ تا ۱۷ شهریور)", "in September 2018 ... at the Moscow book fair (5-9 September)")
    for t in times if best is not None and best.edtf else ():
        if t.start > best.end and t.start > 0 and text[t.start - 1] == "(" and text[t.end:t.end + 1] == ")" and t.edtf and (
                specificity(t.edtf) > specificity(best.edtf)) and refines(t.edtf, best.edtf) and not any(
                best.end <= a and b <= t.start for a, b in others) and not any(
                best.end <= u.start and u.end < t.start for u in times):  # (not a gloss of a date between them)
            return t
    # ... and the days a bracket right after the trigger's name gives are the happening's, when a day told before the
    # word is one of them ("Presented ... on 18 May 2016 during the Days of Azerbaijani Culture in Belarus (16–20 May
    # 2016)": the presentation's day, the Days' span)
    for t in times if best is not None and best.edtf and best.end <= trig_s else ():
        if trig_s < t.start <= trig_s + OWN_BRACKET and text[t.start - 1] == "(" and text[t.end:t.end + 1] == ")" and (
                t.edtf and "/" in t.edtf and precision(t.edtf) == 0 and refines(best.edtf, t.edtf)) and not any(
                trig_s < a < t.start for a, _b in others) and not _clauses_between(text, trig_s, t.start, quotes):
            return t
    # ... and a year told more closely right after it is the happening's ("в 2017 году, с 14 по 17 сентября").
    if best is not None and (p := precision(best.edtf)) in (1, 2):
        for t in times:
            if t.start > best.end and REFINED.fullmatch(text, best.end, t.start) and t.edtf and (
                    precision(t.edtf) is not None and precision(t.edtf) < p) and refines(t.edtf, best.edtf):
                return t
        # ... and so are the days an entry opened by its year gives later ("2019 — выставка ... в Казани (5 сентября —
        # 20 октября 2019 г.)"), when it gives one such date only
        if sent_start is not None and best.start in fronted and CHRONOLOGY_ENTRY.match(text, sent_start):
            finer = [t for t in times if t.start > best.end and t.edtf and precision(t.edtf) is not None and precision(
                t.edtf) < p and refines(t.edtf, best.edtf) and not any(best.end <= a and b <= t.start for a, b in others)]
            if len(finer) == 1:
                return finer[0]
        # ... and so is the day a clause after the happening's word gives, when no other happening's word stands between
        # ("marked in 2018 with an exhibition, which opened at the museum on 22 May 2018")
        # (not a Year of culture: the year is the happening's own span, "2019 год был объявлен Годом культуры")
        if best.anchor == "explicit" and best.end <= trig_s and trig_type != "culture_year":
            finer = [t for t in times if t.start > trig_s and t.edtf and precision(t.edtf) is not None and precision(
                t.edtf) < p and refines(t.edtf, best.edtf)]
            if len(finer) == 1 and not any(a >= best.end for a, _b in (*others, *same)) and not STRONG_CLAUSE.search(
                    text, trig_s, finer[0].start):
                return finer[0]
        # ... as is a year counted ("دو سال بعد، ... بود: ۶ بهمن ۱۳۸۱", "Two years later ...: on 26 January 2003") that
        # a date written out later in the sentence restates, with no other happening's word between
        # (... or a year counted from the report that days later in the clause make precise: "прошла в прошлом году в
        # Москве, ... с 5 по 30 июня")
        if best.anchor in ("context", "published") and best.qualifier is None:
            for t in times:
                if t.start > best.end and (t.anchor == "explicit" or best.anchor == "published" and t.anchor == "context"
                                           and not any(best.end <= u.start and u.end <= t.start for u in times)
                                           and not STRONG_CLAUSE.search(text, best.end, t.start)) and t.edtf and (
                        precision(t.edtf) is not None and precision(t.edtf) < p) and refines(t.edtf, best.edtf) and not any(
                        best.end <= a and b <= t.start for a, b in others):
                    return t
    return best


HASHTAG = re.compile(r"#\w*$")  # a tag's mark, the trigger word in its tag ("#هفته_فرهنگی_ایران")
HASHTAG_REACH = 40
PAST_VERB = 20  # characters before a clause's mark in which the verb ending it stands
PREVIEW = re.compile(r"(?:…|\.\.\.)\W?$")  # a quotation cut short: a preview of a message quoted from elsewhere
TITLE_THEN_HELD = re.compile(r"[,،][ \t]*$")  # a happening's title, then a comma before the word saying it was held
FIRST_SINCE_REACH = 30  # characters before a "since" date in which "for the first time" makes it a comparison

# between a year and the days that say it more closely (a place between them: "2011, Астрахань, 8—11 сентября")
REFINED = re.compile(r"\s*[,(–—]\s*(?:[^\W\d_][\w-]*(?:[ \t][^\W\d_][\w-]*)?,[ \t]*)?")


@lru_cache(maxsize=1)
def _act_number() -> re.Pattern:
    """An act's number before its day, its sign (`number_signs` of the language files: "No.", "№") and a comma."""
    signs = "|".join(langdata.words("events", "number_signs")) or "(?!)"
    return re.compile(rf"(?:{signs})[ \t]*\d[\w./-]*(,)[ \t]*$")


def _entry_head(trig, text: str, sent: Sentence) -> tuple[str, int, int] | None:
    """(type, start, end) of the noun a chronology's entry names its happening by, with no verb ("12 (24) October 1813 –
    Treaty of Gulistan.", "1732, yanvarın 21-i (fevralın 1-i) – Rəşt müqaviləsi: ..."), if it opens the entry's text."""
    if not trig.entry_heads:
        return None
    # (a bullet before the entry's date: "– 27 may 1996-cı il – Dostluq və əməkdaşlıq haqqında Müqavilə (Daşkənd);")
    bullet = BULLET.match(text, sent.start, sent.end)
    at = bullet.end() if bullet else sent.start
    if (entry := CHRONOLOGY_ENTRY.match(text[at:sent.end])) is None:
        return None
    for etype, rx in trig.entry_heads:
        if (m := rx.match(text, SPACES.match(text, at + entry.end()).end(), sent.end)) is not None:
            return etype, m.start(), m.end()
    return None


BULLET = re.compile(r"[ \t]*[-–—•*▪][ \t]+(?=\d)")


def _drafts_of_sentence(seg, si, sent: Sentence, times, mentions, sent_quotes, has_trigger=None, published=None):
    trig = triggers(sent.language)
    if trig is None:
        return []
    text = seg.text.text
    if has_trigger is None:
        has_trigger = trig.found_in(text, sent.start, sent.end)
    head = _entry_head(trig, text, sent)
    if not has_trigger and head is None:
        return []  # no trigger in the sentence (the scan `_trigger_sentences` made already, when given)
    if REFERENCE_ENTRY.match(text, text.rfind("\n", 0, sent.start) + 1):
        return []  # "5. Мамедов Р.Э. ... // Россия и Кавказ: материалы конференции. – Махачкала, 2017. – С. 45–52.": a work cited
    orgs = [(m.start, m.end) for m in mentions if m.kind == "org"]
    # "At the ceremony, ..." opening the sentence names a happening already reported: its trigger
    # word is no new event.
    cont = trig.continuation.match(text, sent.start) if trig.continuation else None
    found = []
    occasions = []
    refs = []
    modal = set()  # triggers a plan's words stand by: a happening only if under way by the report's day
    # A chronology's entry ("1959 – Second Dekada of Azerbaijani Literature in Moscow") names its happening
    # without a verb saying it was held.
    # ... and so does a table's row with a date ("Xarıbülbül Festivalı<TAB>12–14 may 2023<TAB>Şuşa").
    # (not a news item's dateline: "TASHKENT, 2 September 2023 – Seven ... at the Palace of International Forums")
    entry = (CHRONOLOGY_ENTRY.match(text, sent.start) is not None and not _caps_dateline(text, sent.start)) or (
        "\t" in text[sent.start:sent.end] and any(t.edtf for t in times))
    # A table's row whose status cell says it was done ("held", "keçirildi") took place, whatever its other cells say of
    # a plan or a postponement ('"Nizami and Rustaveli" conference (the postponed one)').
    done_row = entry and trig.done_cell is not None and any(
        trig.done_cell.fullmatch(cell.strip()) for cell in text[sent.start:sent.end].split("\t"))
    for etype, s, e in trig.finditer(text, sent.start, sent.end):
        if cont is not None and s < cont.end():
            continue
        if HASHTAG.search(text, max(sent.start, s - HASHTAG_REACH), s + 1):
            continue  # "#خوشنویسی #نمایشگاه", "#CultureDays": a post's tags, no happening
        inside_quote = _inside(sent_quotes, s, e)
        if inside_quote and any(a <= s and e <= b and PREVIEW.search(text, a, b) for a, b in sent_quotes):
            continue  # «📌 اطلاعیه هفته فرهنگی ... از ۲۶ اردیبهشت…»: a message's preview, cut short, quoting it again
        if inside_quote and etype in SEPARATE:
            continue  # «Iran and Armenia: a dialogue of civilisations», “Journeys to Baku”: a title, no meeting or visit
        if not inside_quote and ((not entry and (_inside(orgs, s, e) or (
                etype in NAMED_TYPES and _capitalised_name(text, s, sent.start) and not _name_then_verb(text, s, e)))) or (
                etype in NAMED_TYPES and _unit_name(text, s, e, sent.language))):
            # A name ("the Baku Humanitarian Forum") is a happening when the text says it was held, or when a bracket
            # after it says where and when, as a list of one's reports does.
            # (the trigger's own words may say so: "... Novruz bayramı keçirildi")
            if not (trig.held and trig.held.search(text, s, min(sent.end, e + HELD_REACH))) and not (
                    trig.held_before and trig.held_before.search(text, max(sent.start, s - HELD_REACH), s)) and not (
                    _placed_and_dated(text, e, sent.end, times)) and not (
                    (item := LIST_ITEM.match(text, sent.start)) and ":" not in text[item.end():s] and _dated_apposition(
                        text, e, sent.end, times)):
                continue
        acting = (not inside_quote and etype in NAMED_TYPES and trig.acting
                  and trig.acting.search(text, e, min(sent.end, e + HELD_REACH)))
        if acting and not (trig.held and trig.held.search(text, e, acting.start())):
            continue  # "the Congress of ... issued a statement" is an organisation acting (unless it was held first)
        if trig.planned_after and trig.planned_after.match(text, e):
            continue  # "Azərbaycan ili elan edilməsi barədə": what was agreed on, not what happened
        if etype == "ceremony" and ((trig.occasion_after and trig.occasion_after.match(text, e)) or (
                trig.occasion_before and trig.occasion_before.search(text, max(sent.start, s - 40), s))):
            occasions.append((etype, s, e))  # "880 illiyi münasibətilə": what another happening marks
            continue
        if (trig.position_before and trig.position_before.search(text, max(sent.start, s - POSITION_REACH), s)) or (
                trig.position_after and trig.position_after.match(text, e)):
            continue  # "2013-2019: Director of International Exhibitions": a post, no happening
        if (trig.reference_after and trig.reference_after.match(text, e)) or (
                trig.reference_before and trig.reference_before.search(text, max(sent.start, s - REFERENCE_REACH), s)
                # ("papers presented at the round table held at the Centre on 24 April 2012": the happening told, its day)
                # (... and "presented at the conference France and Azerbaijan: A Century of Dialogue, held in Baku on
                # 24–25 October 2019": its title between)
                and not (trig.held and (held := trig.held.search(text, e, min(sent.end, e + HELD_REACH))) and (
                    not text[e:held.start()].strip() or (TITLE_THEN_HELD.search(text, e, held.start()) and not (
                        trig.found_in(text, e, held.start())))) and any(
                    t.edtf and held.end() <= t.start < _clause_end(text, held.end(), sent.end) for t in times))):
            refs.append((etype, s, e))
            continue  # "on the eve of the festival": the time of another happening, told by this one
        # From the trigger's own start: a negative verb is the trigger word itself ("imzalanmadı").
        if trig.modality and not done_row:
            end = _clause_end(text, e, sent.end)
            rel = trig.relative.search(text, e, end) if trig.relative else None
            # ... up to a relative clause, which tells what the signed text provides ("... به امضا رسید که بر
            # اساس آن، دو طرف ... مبادله خواهند کرد", "a memorandum under which the sides will exchange").
            after = trig.modality.search(text, s, rel.start() if rel else end)
            if after is None and rel is not None and trig.relative_plan and "\n" not in text[e:rel.start()] and (
                    own := trig.relative_plan.match(text, SPACES.match(text, rel.end()).end())) and any(
                    own.end() <= t.start < end and t.edtf for t in times):
                # (... but not one whose plan is the trigger's own, with its time, the words right after it: "تندیس ...
                # که قرار است در سال ۱۴۰۴ رونمایی شود", the statue that is to be unveiled in 1404)
                after = own
            if after and after.start() > e and trig.held and (trig.held.search(text, e, after.start()) or (
                    CLAUSE_MARK.search(text, e, after.start()) and trig.held.search(
                        text, _clause_start(text, s, sent.start), s))):
                # "opened on 16 May and will run until 19 May", "открылась выставка ..., она продлится до конца
                # мая": the plan is the next clause's
                after = None
            elif after and after.start() > e and trig.held and (
                    mark := CLAUSE_MARK.search(text, after.end(), sent.end)) and trig.held.match(
                    text, SPACES.match(text, mark.end()).end()):
                # "The sixth conference, postponed because of the pandemic, was held in 2022": the aside's word
                # is no plan of the clause whose verb follows it
                after = None
            elif after and after.start() > e and (mark := trig.clause_mark.search(text, e, after.start())) and any(
                    m.end() == mark.start() for rx in (trig.past_form if mark.group() else None, trig.past_verb)
                    if rx is not None for m in rx.finditer(text, max(s, mark.start() - PAST_VERB), mark.start())):
                # "Nino Kiknadze muzeydə olmuş, sərginin hazırlığı müzakirə edilmişdir": the trigger's clause ends
                # with its verb, done; the plan is the next clause's ("saziş imzalandı və bağın yenidən qurulması
                # ideyası irəli sürüldü")
                after = None
            if after or trig.modality.search(text, _clause_start(text, s, sent.start), s) or _plan_label(
                    text, s, sent.start, trig) or _plan_closing(text, s, e, sent.end, trig) or (
                    trig.plan_infinitive and trig.plan_infinitive.search(text, max(sent.start, s - 50), s)) or (
                    trig.discussed and trig.discussed.search(text, max(sent.start, s - DISCUSSED_REACH), s)) or (
                    trig.ordered and trig.ordered.search(text, sent.start, sent.end)):
                modal.add((etype, s, e))
        elif done_row and trig.discussed and trig.discussed.search(text, max(sent.start, s - DISCUSSED_REACH), s):
            modal.add((etype, s, e))  # (a row held: "Meeting with the deputy minister ... held ... Topic: culture days")
        found.append((etype, s, e))
    # A trigger inside a longer one of `other` is a word of it ("established" in "diplomatic relations were
    # established", "named" in "a street was named after him").
    found = [x for x in found if not any(y[0] == "other" != x[0] and y[1] <= x[1] and x[2] <= y[2] for y in found)]
    # ... and so is the word of a gathering that a longer trigger of another type holds: "نشست" of "نشست کمیته مشترک" (a
    # joint committee's session: a meeting, no forum), "conference" of "press conference" (the media's), "Book Fair" of
    # "launched at the London Book Fair" (a book's launch), "meeting" of "founded at a meeting"
    found = [x for x in found if not (x[0] in HELD_AT_TYPES and any(y[0] != x[0] and y[1] <= x[1] and x[2] <= y[2] and (
        y[2] - y[1] > x[2] - x[1]) for y in found))]
    # ... and a word of its type just before it names the same happening ("açılış mərasimindən əvvəl").
    found = [x for x in found if not any(x[0] == r[0] and x[2] < r[1] and text[x[2]:r[1]].isspace() for r in refs)]
    # ... and a word of another type inside the quoted name a happening's word gives it is of its name ("the exhibition
    # “Monuments of the Silk Road”", "“Xəzər dostluq körpüsü” gənclər festivalı": the noun after the name in a language
    # whose names end with their head), unless it names Days of a culture, what the happening is (фестиваль «Дни
    # российской культуры»)
    head_last = entity_config(sent.language).head_position in ("last", "both")
    found = [x for x in found if x[0] in OWN_NAME_TYPES or not any(a < x[1] and x[2] < b and any(y[0] != x[0] and (
        y[2] <= a and text[y[2]:a].isspace() or head_last and y[1] >= b and TITLE_HEAD.fullmatch(text, b, y[1]))
        for y in found) for a, b in sent_quotes)]
    if trig.frame and sum(x[0] in SEPARATE for x in found) > 1:
        # "during the visit, ... held a joint hearing": the frame names the visit told before; the meeting is
        # the news (of a visit and a meeting, a sentence tells one).
        # (A frame followed by a date of its own, "В ходе визита в Иран 19–20 июля", introduces the visit.)
        # ("در نخستین روز سفر، چهارشنبه ۱۲ مهر": the date after a day of the visit is that day's)
        frames = [m.span() for m in trig.frame.finditer(text, sent.start, sent.end)
                  if not any(m.start() <= t.start <= m.end() + FRAME_OWN_DATE for t in times) or (
                      trig.first_day and trig.first_day.search(text, m.start(), m.end()))]
        framed = [x for x in found if x[0] in SEPARATE and any(a <= x[1] and x[2] <= b for a, b in frames)]
        if framed and len(framed) < sum(x[0] in SEPARATE for x in found):
            found = [x for x in found if x not in framed]
    if not found and head is not None:
        found.append(head)
    if not found or (occasions and trig.tribute and all(
            t == "performance" and trig.tribute.fullmatch(text, a, b) for t, a, b in found)):
        # "an evening dedicated to the 80th anniversary": no other word names the happening, or only a
        # literary evening does ("175 illik yubileyinə həsr olunmuş ədəbi gecə")
        found = occasions
    if trig.unrealised and found and not done_row:
        for m in trig.unrealised.finditer(text, sent.start, sent.end):
            # What it says did not take place: the trigger named inside it and the last one before it
            # ("he returned to Istanbul in 1975, but no such visit took place").
            # Naming none before it ("The participation planned for October did not take place because of the change
            # in the dates of the festival"), what comes after is the reason's.
            before = [x for x in found if x[2] <= m.start()]
            drop = {x for x in found if m.start() <= x[1] < m.end()} | ({max(before, key=lambda x: x[2])} if before else {
                x for x in found if x[1] >= m.end() and not CLAUSE.search(text, m.end(), x[1])})
            found = [x for x in found if x not in drop]
    # "imzaladığı sərəncam", "signed a decree", "подписал указ": the signing is the decree's.
    decrees = [(a, b) for t, a, b in found if t == "decree"]
    found = [(t, a, b) for t, a, b in found if t != "agreement" or not any(
        0 <= c - b <= DECREE_GAP or 0 <= a - d <= DECREE_GAP for c, d in decrees)]
    # A place in a quoted title is where this happening was only when the sentence names no other
    # (“Baku International Humanitarian Forum” was held; «Treasures of the Hermitage» opened in Baku),
    # and a venue there never is.
    # The title of a work shown, played or presented names its subject ("Qarabağ xalçaları", "Treasures of
    # Samarkand"), never where it was.
    quoted = {(m.start, m.end) for m in mentions if m.kind == "place" and _inside(sent_quotes, m.start, m.end)}
    if any(m.kind == "place" and (m.start, m.end) not in quoted for m in mentions) or (
            found and all(t in WORK_TITLED for t, _a, _b in found)):
        titled = quoted
    else:
        titled = {span for span in _venue_spans(mentions) if span in quoted}
    outside = [m for m in mentions if m.kind != "place" or (m.start, m.end) not in titled]
    drafts: dict[tuple[str, str | None], Draft] = {}
    date_at: dict[str | None, tuple[int, int]] = {}  # where each date is written
    pub = published or (seg.text.doc.published or "")[:10]  # the day "today", "next year" count from
    # A quoted organisation (an agency: خبرگزاری "آذرتاج") names no happening, only what was founded.
    titles = [q for q in sent_quotes if not any(a < q[1] and q[0] < b for a, b in orgs)]
    topics = [m.span() for m in trig.topic.finditer(text, sent.start, sent.end)] if trig.topic else []
    long_run = any(x[0] in LONG_RUNS for x in found)
    for etype, s, e in sorted(found, key=lambda x: x[1]):
        # A date in what was discussed is the topic's, not the talks' ("met ... to discuss the 2024 festival").
        times_of = [t for t in times if not any(a <= t.start < b and not a <= s < b for a, b in topics)] if topics else times
        # Triggers of other types, not overlapping this one: words of one type ("the ceremony devoted to
        # the anniversary") describe one happening.
        # (A monument's unveiling, "رونمایی شد", is the monument's own word, not another happening's.)
        others = [(a, b) for t_, a, b in found if t_ != etype and (b <= s or a >= e)
                  and not (etype == "monument" and t_ == "ceremony")]
        same = [(a, b) for t_, a, b in found if t_ == etype and (b <= s or a >= e)]
        t = _pick_date(text, s, times_of, sent_quotes, sent.start, others, trig, same, etype, pub)
        if t is not None and _after_report(t, pub):
            continue  # "next year", "gələn il", "в будущем году"; "on 6-7 October" in a report of 3 October: a plan
        if ((etype, s, e) in modal or _planned_date(text, t, e, trig)) and not _under_way(t, pub) and not _told_done(
                text, s, e, t, trig, pub):
            continue  # "will be held", "is planned": no happening, unless it began in the days before the report
        closed = _closed_on(text, t, times, trig, sent, long_run) if t is not None else None
        opened = _opened_on(text, t, times, trig, sent) if t is not None and closed is None else None
        # "In 2006, 2008 and 2011 it held exhibitions": a happening in each year of the list.
        for t in _enumeration(text, times, t) if t else [None]:
            date = f"{t.edtf}/{closed.edtf}" if closed is not None else f"{opened.edtf}/{t.edtf}" if (
                opened is not None) else event_date(t) if t else None
            key = (etype, date)
            if t is not None:
                date_at.setdefault(date, (t.start, t.end))
            if key not in drafts:
                at = (min(s, t.start), max(e, t.end)) if t else (s, e)
                quote = _quote_of(text, s, e, sent_quotes if etype == "founding" else titles, others)
                drafts[key] = Draft(etype, date, t.anchor if t else "none", si, sent.language,
                                    [(sent.start, sent.end)], list(outside), quote, at, [(s, e)])
    # One happening per date: the most specific type (the others are its fallbacks, used when
    # it merely continues an event already reported), plus a visit or meeting beside it.
    groups = []
    for date in sorted({d.date for d in drafts.values()}, key=lambda x: x or ""):
        group = [d for d in drafts.values() if d.date == date]
        # (a happening named as the frame of the others, "the Days, within which today a gala concert took
        # place", yields to them: it is told as the frame, the news is what happened within it)
        main = sorted((d for d in group if d.type in PRIORITY), key=lambda d: (
            len(group) > 1 and _framing(text, trig, d) > 0, PRIORITY.index(d.type)))
        side = sorted((d for d in group if d.type in SEPARATE), key=lambda d: SEPARATE.index(d.type))
        if len(main) > 1 and date in date_at and trig.list_sep is not None:
            # "a gala concert ... on 12 September and an exhibition ...": the date closes the first of two happenings the
            # sentence lists, and is its own; the second, told after "and", is of it only as a fallback
            a, b = date_at[date]
            before = [d for d in main if d.triggers[0][1] <= a]
            after = [d for d in main if d.triggers[0][0] >= b]
            # (the language's "and", not a comma only: "on the day of Hafez, 20 Mehr 1387, a bust was unveiled")
            sep = trig.list_sep.match(text, b)
            if before and after and sep and any(c.isalpha() for c in sep.group()) and not _inside(sent_quotes, a, b):
                first = max(before, key=lambda d: d.triggers[0][1])
                main = [first] + [d for d in main if d is not first]
        # Happenings told in parts of the sentence a semicolon divides are each their own ("2002 – a
        # programme signed; the same year the Days held in Tehran"), whatever their shared date.
        for part in _by_parts(text, main, sent, trig):
            groups.append(part)
        if side:
            groups.append(side[:1])
    _own_parts(text, groups, sent_quotes, times)
    return groups


GLOSS = re.compile(r"\s*[(\[]\s*")


def _glossed(text: str, a: TimeExpr, b: TimeExpr) -> bool:
    """Whether b glosses a in the other calendar, in brackets ("۱۳۶۱ خورشیدی (۱۹۸۲ میلادی)")."""
    return a.calendar != b.calendar and "gregorian" in (a.calendar, b.calendar) and bool(
        GLOSS.fullmatch(text, a.end, b.start))


def _gloss_pair(a: TimeExpr, b: TimeExpr) -> TimeExpr:
    """A date and its gloss as one expression, valued as the Gregorian one."""
    return replace(a if a.calendar == "gregorian" else b, start=a.start, end=b.end)
FRAME_OWN_DATE = 25  # characters after a frame ("during the visit") in which a date is the framed happening's own


def _closed_on(text: str, t: TimeExpr, times, trig, sent: Sentence, long_run: bool = False) -> TimeExpr | None:
    """The later day a happening dated t closed on, in the same sentence ("opened on Friday and closed on
    Saturday", "روز جمعه ... گشایش یافت و روز شنبه ... به کار خود پایان داد", "opened on 12 April and ran until 1
    September"): its span runs to it. (`long_run`: the sentence names an exhibition, which runs for months; its
    opening ceremony is the same happening, with the same days.)"""
    if trig is None or not t.edtf or not DAY.fullmatch(t.edtf):
        return None
    longest = _plus_days(t.edtf, RUN_DAYS if long_run else CLOSING_DAYS)
    for t2 in times:
        if t2.start <= t.end or not t2.edtf:
            continue
        until = t2.qualifier == "until" and t2.edtf.startswith("../")
        last = t2.edtf[3:] if until else t2.edtf
        if not (DAY.fullmatch(last) and t.edtf < last <= longest):
            continue
        since = max((x.end for x in times if t.end <= x.end <= t2.start), default=t.end)
        if trig.modality and trig.modality.search(text, since, t2.start):
            continue  # "opened on 21 February and was due to run until 31 May, but closed on 16 March"
        reach = min(sent.end, t2.end + CLOSING_REACH)
        if until and trig.running and any(c.isdigit() for c in t2.text) and trig.running.search(text, t.end, reach):
            return replace(t2, edtf=last, qualifier=None)  # (a day written: "ran until Friday" counts from the report)
        if not until and trig.closing and trig.closing.search(text, t.end, reach):
            return t2
    return None


def _opened_on(text: str, t: TimeExpr, times, trig, sent: Sentence) -> TimeExpr | None:
    """The earlier day a happening that closed on day t began on, in the same sentence ("Дни культуры, проходившие
    с понедельника, вчера завершились", "Bazar ertəsi start götürən Günlər dünən başa çatıb"): its span runs from it."""
    if trig is None or trig.closing is None or not t.edtf or not DAY.fullmatch(t.edtf) or not trig.closing.search(
            text, t.end, min(sent.end, t.end + CLOSING_REACH)):
        return None
    return next((t0 for t0 in times if t0 is not t and t0.edtf and DAY.fullmatch(t0.edtf)
                 and t0.edtf < t.edtf <= _plus_days(t0.edtf, 14)), None)


def _plus_days(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


LEAD_REACH = 15  # sentences back in which a happening dated by the report's date may be told again with its day
CLOSING_REACH = 80  # characters after a later day in which "closed", "завершился" end the happening there
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTHS = re.compile(r"\d{4}-\d{2}(?:/\d{4}-\d{2})?")  # a month, or a span of months
DAYS = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")  # a day, or a span of days


def _under_way(t, pub: str) -> bool:
    """Whether a happening told in the present or the future ("the film week is being held from 20 to 24
    November", "برگزار می‌شود") had begun by the report's day, in the days just before it."""
    if t is None or not pub or not t.edtf or t.anchor not in ("explicit", "context"):
        return False  # "this week" counted from the report says nothing of what had begun
    first = bounds(t.edtf)[0]
    if not first or "/" not in t.edtf:
        return False  # a span of days under way: a single day told in the future is still to come
    gap = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(first)).days
    return 0 <= gap <= REPORTED_WITHIN


def _told_done(text: str, s: int, e: int, t, trig, pub: str) -> bool:
    """Whether a trigger in a sentence of plans is written as done, with a date written out before the report ("the
    new agreement will replace the one signed in Tehran on 29 June 1994", "1997-ci il fevralın 18-də imzalanmış
    Saziş ... qüvvəsini itirəcək"): what the plan refers to, no plan."""
    if t is None or t.anchor != "explicit" or not pub or not trig.past_form or not trig.past_form.match(text, s):
        return False
    if trig.past_aux and trig.past_aux.search(text, max(0, s - 20), s):
        return False  # "will be signed", "будет подписано"
    lo, hi = (t.end, s) if t.end <= s else (e, t.start)
    if trig.modality and trig.modality.search(text, lo, hi):
        return False  # "1 sentyabr tarixində keçiriləcək seçkilərdə ... yaradılmış": the date is the plan's
    last = bounds(t.edtf)[1]
    return bool(last) and last < pub


def _after_report(t, pub: str) -> bool:
    """Whether a date counted from the report's day ("next year"), or a day written without a year ("on 6-7
    October" in a report of 3 October), falls after the report: what is still to come."""
    if t.qualifier == "ahead":
        return True  # (counted from a day the text speaks from: a diary's entry, a chat's message, a digest's day)
    first = bounds(t.edtf)[0]
    if not pub or not first or first <= pub:
        return False
    if t.anchor == "published":
        return True
    return t.anchor == "context" and (dt.date.fromisoformat(first) - dt.date.fromisoformat(pub[:10])).days <= PLAN_WITHIN


PLAN_WITHIN = 60  # days after the report in which a day written without a year is one of its coming days
REPORTED_WITHIN = 7  # days before the report's date in which a happening the lead dated by it may be


def _reported_earlier(prev: Draft, d: Draft) -> bool:
    """Whether prev, dated only by the report's date, is d told again with the day it took place."""
    if prev.anchor != "dateline" or not prev.date or len(prev.date) != 10:
        return False
    first, last = bounds(d.date)
    if not first or not last or specificity(d.date) < -HOST_SPAN:
        return False  # only a day or a span of days (a week's internship ended the day before the report)
    gap = (dt.date.fromisoformat(prev.date) - dt.date.fromisoformat(last)).days
    # ... or the days it ran, the report's day among them ("the Days held in Baku from 17 to 20 April" in a
    # report of the 18th)
    return (0 <= gap <= REPORTED_WITHIN and first < prev.date) or first < prev.date <= last


def _end_day(text: str, trig, sent: Sentence) -> int | None:
    """Which day of an event the sentence names: 1 ("on the first day of the forum", "Forumun ilk günü"),
    2, 3 ("On the second day, ..."), -1 (its last: "at its closing"), or None."""
    if trig is None:
        return None
    for n, rx in ((1, trig.first_day), (2, trig.second_day), (3, trig.third_day), (-1, trig.last_day)):
        if rx is not None and rx.search(text, sent.start, sent.end):
            return n
    return None


def _day_of(date: str, end_day: int | None) -> str:
    """That day of a span of days (its last for -1), or the date itself."""
    first, _, last = date.partition("/")
    if end_day is None or len(first) != 10 or len(last) != 10:
        return date
    if end_day < 0:
        return last
    day = dt.date.fromisoformat(first) + dt.timedelta(days=end_day - 1)
    return day.isoformat() if day.isoformat() <= last else date


def _framing(text: str, trig, d: Draft) -> int:
    """Whether d's trigger names the frame of another happening ("Azərbaycan ili çərçivəsində", "during the
    visit"): 0 no, 1 a `within` phrase holds it, 2 and the phrase opens the sentence or d's date stands in
    another clause (the date is not the frame's own)."""
    if not (trig and trig.frame and d.triggers):
        return 0
    s, e = d.triggers[0]
    frames = [m for m in trig.frame.finditer(text, max(0, s - FRAME_REACH), e + FRAME_REACH) if m.start() < e and s < m.end()]
    if not frames:
        return 0
    if not text[d.sources[0][0]:frames[0].start()].strip():
        return 2  # "During the visit, ...", "Səfər çərçivəsində ...": the visit just reported, whatever the date
    return 2 if CLAUSE.search(text, e, d.at[1]) or CLAUSE.search(text, d.at[0], s) else 1


_LIFESPAN = re.compile(r"\(\s*\d{3,4}\s*[–—-]\s*\d{2,4}\s*\)")


def _life_dates(text: str) -> list[tuple[int, int]]:
    """Brackets holding a lifespan or a birth or death ("life" of each language's [events]), in order."""
    if "(" not in text:
        return []
    spans = [m.span() for m in _LIFESPAN.finditer(text)]
    rx = _life_words()
    if rx is not None:
        spans += [m.span() for m in rx.finditer(text)]
    return sorted(spans)


@lru_cache(maxsize=1)
def _life_words() -> re.Pattern | None:
    words = sorted({w for lang in langdata.available() for w in (langdata.load(lang).get("events", {}).get("life") or [])})
    if not words:
        return None
    # (after a name in its own script: "(Georgian: ნინო კვირიკაშვილი; born 11 April 1958, Tbilisi)")
    return re.compile(r"\((?:[^()\n]{0,20}?|[^()\n]{0,60}?[;,]\s*)(?<!\w)(?:" + "|".join(words) + r")(?!\w)[^()\n]{0,60}\)", re.I)


def _by_parts(text: str, drafts: list, sent: Sentence, trig) -> list[list]:
    """The drafts (in order of preference) grouped by the part of the sentence their trigger stands in; a
    part opening with "at the ceremony", "на церемонии" speaks of the part before it. A part opening with
    a frame ("the Days were held, and within them the opera was staged", "bu çərçivədə") is a happening of
    its own inside the one before."""
    if len(drafts) < 2:
        return [drafts] if drafts else []
    # A frame opens a part after a comma or the language's "and" ("..., within them", "... and during it").
    # (a frame naming its happening, "..., в рамках Международной конференции", holds the part before it: no cut)
    naming = {m.start() for m in trig.frame.finditer(text, sent.start, sent.end) if any(
        m.start() <= d.triggers[0][0] < m.end() for d in drafts)} if trig and trig.frame else set()
    framed = [m.start() for m in trig.within.finditer(text, sent.start, sent.end) if m.start() not in naming] if (
        trig and trig.within) else []
    framed = [f for f in framed if any(d.triggers[0][0] < f for d in drafts) and any(d.triggers[0][0] > f for d in drafts)
              and trig.opener.search(text, sent.start, f)]
    contrasted = [m.start() for m in trig.contrast.finditer(text, sent.start, sent.end)] if trig and trig.contrast else []
    if ";" not in text[sent.start:sent.end] and not framed and not contrasted:
        return [drafts]
    cuts = [m.end() for m in re.finditer(";", text[sent.start:sent.end])]
    starts = sorted([sent.start] + [sent.start + c for c in cuts if not (
        trig.continuation and trig.continuation.match(text, SPACES.match(text, sent.start + c).end()))] + framed + contrasted)
    parts: dict[int, list] = {}
    for d in drafts:
        parts.setdefault(bisect_right(starts, d.triggers[0][0]), []).append(d)
    return list(parts.values())


def _enumeration(text: str, times: list[TimeExpr], t: TimeExpr) -> list[TimeExpr]:
    """t and the dates listed with it, as precise as it ("2006, 2008 and 2011"), in order: between
    two of them only a comma or the language's "and" (`list_and` of [events])."""
    trig = triggers(t.language)
    if trig is None or trig.list_sep is None:
        return [t]
    p = precision(t.edtf)
    ordered = sorted((x for x in times if x.edtf and precision(x.edtf) == p), key=lambda x: x.start)
    if t not in ordered:
        return [t]
    k = ordered.index(t)
    lo = hi = k
    while lo > 0 and trig.list_sep.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and trig.list_sep.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    return ordered[lo:hi + 1]


SPLIT_KINDS = ("place", "person")


def _own_parts(text: str, groups: list[list[Draft]], quotes, times=()) -> None:
    """A sentence reporting happenings on different dates in clauses of their own ("a bust was unveiled
    in Ganja on 20 March, and in November the days were held in Baku") gives each the places and
    people of its own clause, where every clause names some: not the whole sentence's. A clause with a
    date of its own and no trigger ("..., а в 1949 г. — музей имени Низами", the verb left out) is a
    part too, whose places and people are no one's."""
    dated = [(g[0].at, g) for g in groups if g[0].date]
    dates = {g[0].date for _, g in dated}
    phantoms = [((t.start, t.end), None) for t in times  # parts of no happening
                if t.edtf and precision(t.edtf) is not None and precision(t.edtf) < 3 and event_date(t) not in dates
                and not _inside(quotes, t.start, t.end) and not any(a <= t.start < b for (a, b), _ in dated)]
    if not dated or len(dates) + len(phantoms) < 2:
        return
    dated = sorted(dated + phantoms, key=lambda x: x[0][0])
    cuts = []
    for (a, _), (b, _) in zip(dated, dated[1:]):
        lo, hi = a[1], b[0]
        seps = [m.end() for m in CLAUSE.finditer(text, lo, hi) if not _inside(quotes, m.start(), m.end())]
        if not seps:
            return  # one clause: no part is any one's own
        cuts.append(seps[-1])
    bounds = [-1, *cuts, len(text) + 1]
    for kind in SPLIT_KINDS:
        mentions = next(g[0].mentions for _, g in dated if g)  # the sentence's, the same in every draft
        parts = [[m for m in mentions if m.kind == kind and lo <= m.start < hi] for lo, hi in zip(bounds, bounds[1:])]
        if not all(part for part, (_, g) in zip(parts, dated) if g is not None):
            continue  # a clause naming none: its happening may well be where the others' are
        for (_, g), own in zip(dated, parts):
            for d in g or ():
                d.mentions = [m for m in d.mentions if m.kind != kind] + own


QUOTE_NAME = 100  # characters at most of a quoted name
SENTENCE_IN = re.compile(r"[.!?؟]\s+\S")
QUOTE_AFTER = 60  # characters after a trigger in which its quoted name may start (выставка «...»)
QUOTE_BEFORE = 40  # characters before it in which one may end («...» adlı sərgi)


def _quote_of(text: str, s: int, e: int, quotes, others=()) -> str | None:
    """The quoted name of the happening a trigger names: the quote holding the trigger, else the
    nearest one just after or just before it, with no trigger of another type (`others`) between."""
    best = None
    # A name is short and is no sentence: a quoted speech names nothing.
    quotes = [(a, b) for a, b in quotes if b - a <= QUOTE_NAME and not SENTENCE_IN.search(text, a, b)]
    for a, b in quotes:
        if a <= s and e <= b:
            return text[a + 1:b - 1]
        lo, hi = (e, a) if a >= e else (b, s)
        if any(lo <= x and y <= hi for x, y in others):
            continue
        gap = a - e if a >= e else s - b if b <= s else None
        if gap is not None and gap <= (QUOTE_AFTER if a >= e else QUOTE_BEFORE) and (best is None or gap < best[0]):
            best = (gap, a, b)
    return text[best[1] + 1:best[2] - 1] if best else None


def _restated(a: Draft, b: Draft) -> bool:
    """Whether two events of one type dated by the same year are one stated twice: in two languages
    (an abstract restates the article) and at the same place (or, naming none, between the same
    countries). Two of a year in one language may well be two happenings."""
    if a.lang == b.lang:
        return False
    places = {m.name for m in a.mentions if m.kind == "place"}
    other = {m.name for m in b.mentions if m.kind == "place"}
    if places or other:
        return bool(places & other)
    # No place in either ("the Year of Azerbaijan in Russia"): the same countries named.
    countries = {m.country for m in a.mentions if m.kind == "country" and m.country}
    return bool(countries) and countries == {m.country for m in b.mentions if m.kind == "country" and m.country}


def _merge_into(target: Draft, d: Draft):
    target.sources.extend(s for s in d.sources if s not in target.sources)
    target.triggers.extend(d.triggers)
    seen = {(m.kind, m.start) for m in target.mentions}
    target.mentions.extend(m for m in d.mentions if (m.kind, m.start) not in seen)
    target.quote = target.quote or d.quote


class _Reported:
    """The events of a document so far, in the order they were found, indexed for the searches
    `extract` makes for every new draft ("the latest event reported within k sentences", "the first
    event of this type on this day"): each costs O(k), not a scan of every event (a book has
    thousands, and a scan per draft would make long documents quadratic)."""

    def __init__(self):
        self.all: list[Draft] = []
        self._order: dict[int, int] = {}  # id(draft) -> position in `all`
        self._at: dict[int, list[Draft]] = {}  # sentence last reported in -> drafts
        self._first: dict[tuple[str, str], Draft] = {}  # (type, date) -> the first draft with them
        self._langs: dict[str, dict[str, list[Draft]]] = {}  # type -> language -> dated drafts, in order

    def add(self, d: Draft) -> None:
        self._order[id(d)] = len(self.all)
        self.all.append(d)
        self._at.setdefault(d.sentence, []).append(d)
        if d.date:
            self._langs.setdefault(d.type, {}).setdefault(d.lang, []).append(d)
        if d.date:
            self._first.setdefault((d.type, d.date), d)

    def drop(self, d: Draft) -> None:
        """d is no happening of its own after all."""
        self.all[:] = [p for p in self.all if p is not d]
        self._at[d.sentence] = [p for p in self._at[d.sentence] if p is not d]
        self._first = {k: p for k, p in self._first.items() if p is not d}
        for by_lang in self._langs.values():
            for lang, drafts in by_lang.items():
                by_lang[lang] = [p for p in drafts if p is not d]

    def holds(self, d: Draft) -> bool:
        """Whether d is one of the events found (not dropped, nor merged into another)."""
        return any(p is d for p in self._at.get(d.sentence, ()))

    def reported_in(self, d: Draft, si: int) -> None:
        """d was mentioned again in sentence si."""
        self._at[d.sentence].remove(d)
        d.sentence = si
        self._at.setdefault(si, []).append(d)

    def latest(self, si: int, reach: int, ok=lambda p: True, precise: bool = False) -> Draft | None:
        """The last found of the events reported within `reach` sentences before si that satisfy ok
        (`precise`: of those with the most precise date, the last)."""
        found = [p for s in range(si - reach, si + 1) for p in self._at.get(s, ()) if ok(p)]
        if not found:
            return None
        # With `precise`: a day or a span of days first, then a month, a year, a span of years.
        rank = (lambda p: -(precision(p.date) if p.date and precision(p.date) is not None else 9)) if precise else (
            lambda p: 0)
        return max(found, key=lambda p: (rank(p), self._order[id(p)]))

    def dated(self, d: Draft, date: str, anchor: str) -> None:
        """d, reported undated, gets its date from a later sentence."""
        d.date, d.anchor = date, anchor
        self._first.setdefault((d.type, date), d)
        same = self._langs.setdefault(d.type, {}).setdefault(d.lang, [])
        if not any(p is d for p in same):
            same.append(d)

    def restated_in_row(self, d: Draft) -> Draft | None:
        """The event of d's type and language dated by the month (or the year) d's days fall in, the only one or the
        first at one of d's places: d, a table's row, states it again."""
        found = [p for p in self._langs.get(d.type, {}).get(d.lang, [])
                 if p.date and precision(p.date) in (1, 2) and refines(d.date, p.date)]
        if len(found) == 1:
            return found[0]  # the only one of its kind the text told in that month
        places = {m.name for m in d.mentions if m.kind == "place"}
        return next((p for p in found if places & {m.name for m in p.mentions if m.kind == "place"}), None)

    def restated_in_entry(self, d: Draft, among: dict[int, Draft] | None = None) -> Draft | None:
        """The one event of d's type and language told before on a day or a month of d's year, at d's place if it names
        one: d, an entry of a short chronology closing the text ("2010 — first festival in Blagoveshchensk"), states
        it again. (`among`: only the entries of a list, ids, told with their days.)"""
        found = [p for p in self._langs.get(d.type, {}).get(d.lang, []) if p.date and p.date != d.date and precision(
            p.date) in (0, 1) and refines(p.date, d.date) and (among is None or id(p) in among)]
        places = {m.name for m in d.mentions if m.kind == "place"}
        # (a list's one edition of that year is the one, wherever its guests came from: "Qars şəhərindən aşıq ...")
        if len(found) == 1 and (among is not None or not places or places & {
                m.name for m in found[0].mentions if m.kind == "place"}):
            return found[0]
        return None

    def first(self, etype: str, date: str) -> Draft | None:
        return self._first.get((etype, date))

    def in_other_language(self, d: Draft) -> Draft | None:
        """The first event of d's type, in another language (an abstract's), whose date d's may refine or be
        refined by and that states d again (`_restated`): few, since abstracts are short."""
        for lang, drafts in self._langs.get(d.type, {}).items():
            if lang == d.lang:
                continue
            for p in drafts:
                if p.date != d.date and compatible(p.date, d.date) and _restated(p, d):
                    return p
        return None


def _same_day_place(d: Draft, reported: _Reported, si: int) -> None:
    """An event with no place on the very day of the event just reported ("On the same day X and Y
    held talks"), or on a day of an event of a few days told shortly before ("the forum in Shusha on
    21-22 June ... On 22 June an exhibition was opened"), happened where that one did."""
    if not d.date or precision(d.date) != 0 or any(m.kind == "place" for m in d.mentions):
        return
    first, last = bounds(d.date)

    def holds(p: Draft) -> bool:
        a, b = bounds(p.date)
        return bool(a and b and first and last) and a <= first and last <= b and -specificity(p.date) <= HOST_SPAN and any(
            m.kind == "place" for m in p.mentions)

    prev = reported.latest(si, 1)
    if prev is None or prev.date != d.date:
        prev = reported.latest(si, SAME_PLACE_REACH, lambda p: bool(p.date) and precision(p.date) == 0 and holds(p))
        if prev is None:
            return
    d.mentions.extend(m for m in prev.mentions if m.kind == "place")


SAME_PLACE_REACH = 4  # sentences back in which an event of a few days holds a day's happening and its place
HOST_SPAN = 14  # days an event may last to hold the happenings of its days


def _venue_spans(mentions: list[Mention]) -> dict[tuple[int, int], Mention]:
    """The venues among place mentions, by span: a venue's mention shares its span with its city's,
    which has a GeoNames id."""
    cities = {(m.start, m.end) for m in mentions if m.kind == "place" and m.geonames_id is not None}
    return {(m.start, m.end): m for m in mentions if m.kind == "place" and m.geonames_id is None
            and (m.start, m.end) in cities}


def _performers(d: Draft) -> set[tuple[int, int]]:
    """Spans of venues written as the possessor ("Mariinski Teatrının tamaşaları", "гастроли Большого
    театра в Баку") in a draft that names another place: the company that performed, not where (the
    other place is). A venue is a place mention sharing its span with its city's (which has a GeoNames id)."""
    trig = triggers(d.lang)
    if trig is None or trig.possessor is None:
        return set()
    venues = _venue_spans(d.mentions)
    owners = {span for span, m in venues.items() if trig.possessor.search(m.text)}
    if not owners:
        return set()
    # Another place: one not on an owner's span and not the city an owner stands in.
    cities = {m.name for m in d.mentions if m.kind == "place" and (m.start, m.end) in owners and m.geonames_id}
    other = any(m.kind == "place" and (m.start, m.end) not in owners and m.name not in cities for m in d.mentions)
    return owners if other else set()


def _honoured(text: str, d: Draft) -> set[tuple[int, int]]:
    """Spans of names a monument honours that GeoNames also holds as towns ("Abayın abidəsi", "памятник
    Абаю", "monument to Abai"): written right after the monument word, or right before it in the
    possessor's case; a monument's place is said with "in" ("в Баку", "Bakıda")."""
    if d.type not in ("monument", "ceremony"):
        return set()
    words = d.triggers
    if d.type == "ceremony":  # flowers laid at a monument: the monument words of the sentences it is told in
        trig = triggers(d.lang)
        words = [(a, b) for s0, s1 in d.sources for t, a, b in (trig.finditer(text, s0, s1) if trig else ())
                 if t == "monument"]
    out = set()
    for m in d.mentions:
        trig = triggers(m.language)
        if m.kind != "place" or trig is None:
            continue
        for a, b in words:
            if m.start >= b and trig.honoured_link and trig.honoured_link.fullmatch(text, b, m.start):
                out.add((m.start, m.end))  # "памятник Абаю", "monument to Abai" (`honoured_link` of [events])
            elif m.end <= a and not text[m.end:a].strip() and trig.possessor and trig.possessor.search(m.text):
                out.add((m.start, m.end))  # "Abayın abidəsi"
    return out


def _institutions(text: str, d: Draft) -> set[tuple[int, int]]:
    """Spans of venues that stand for an institution ("رئیس دفتر کرملین", "руководитель администрации
    Кремля", "the Kremlin chief of staff"): who spoke or came, not where."""
    out = set()
    for (s, e), m in _venue_spans(d.mentions).items():
        trig = triggers(m.language)
        if trig is None:
            continue
        if (trig.institution_before and trig.institution_before.search(text, max(0, s - 40), s)) or \
                (trig.institution_after and trig.institution_after.match(text, e)):
            out.add((s, e))
    return out


ROUTE_LINK = re.compile(r"\s?[-–—]\s?")
def _streets(text: str, d: Draft) -> set[tuple[int, int]]:
    """Spans of places naming a street ("на Ленинском проспекте", "Baku Street", "خیابان تهران"): an address,
    not the town where the happening was (`street_after`, `street_before` of [events])."""
    out = set()
    for m in d.mentions:
        trig = triggers(m.language) if m.kind == "place" else None
        if trig is not None and ((trig.street_after and trig.street_after.match(text, m.end)) or (
                trig.street_before and trig.street_before.search(text, max(0, m.start - STREET_REACH), m.start))):
            out.add((m.start, m.end))
    return out


STREET_REACH = 12  # characters before a place in which a street word makes it a street's name


def _routes(text: str, d: Draft) -> set[tuple[int, int]]:
    """Spans of places joined by dashes into the name of a route ("Bakı–Tbilisi–Ceyhan neft kəməri",
    "the Baku-Tbilisi-Kars railway"): the pipeline's ends, not where the happening was."""
    places = sorted({(m.start, m.end) for m in d.mentions if m.kind == "place"})
    out = set()
    for (a0, a1), (b0, b1) in zip(places, places[1:]):
        if ROUTE_LINK.fullmatch(text, a1, b0):
            out |= {(a0, a1), (b0, b1)}
    return out


PARTIES_REACH = 120  # characters between "between" and a venue it makes a party


def _parties(text: str, d: Draft) -> set[tuple[int, int]]:
    """Spans of venues named as the parties of the happening ("a memorandum between the National
    Library of Iran and the National Library of Azerbaijan", "X Kitabxanası ilə Y Kitabxanası arasında"):
    who, not where. `parties_before` is searched before the venue in its clause, `parties_after`
    matched right after it (the data say how many words may stand between)."""
    trig = triggers(d.lang)
    if trig is None or not (trig.parties_before or trig.parties_after):
        return set()
    out = set()
    for (s, e) in _venue_spans(d.mentions):
        lo, hi = max(0, s - PARTIES_REACH), min(len(text), e + PARTIES_REACH)
        before = [m.end() for m in CLAUSE.finditer(text, lo, s)]
        after = CLAUSE.search(text, e, hi)
        if (trig.parties_before and trig.parties_before.search(text, before[-1] if before else lo, s)) or \
                (trig.parties_after and trig.parties_after.match(text, e, after.start() if after else hi)):
            out.add((s, e))
    return out


def _place_record(m: Mention) -> dict:
    return {k: v for k, v in (("name", m.name), ("country", m.country), ("lat", m.lat), ("lon", m.lon),
                              ("geonames_id", m.geonames_id)) if v is not None}


def _assemble(seg: Segmented, d: Draft, lang_at: dict[int, str]) -> Event:
    """The event record of a draft (`lang_at`: the language of the sentence starting at each offset)."""
    doc = seg.text.doc
    places, people, orgs, countries = [], [], [], []
    seen = set()
    text = seg.text.text
    # Places named in the sentence that are not where it happened: a performing company, the parties,
    # whom a monument honours, a route's ends, an institution.
    elsewhere = (_performers(d) | _parties(text, d) | _honoured(text, d) | _routes(text, d) | _institutions(text, d)
                 | _streets(text, d))
    for m in sorted(d.mentions, key=lambda m: m.start):
        if m.kind == "place" and (m.start, m.end) in elsewhere:
            continue
        key = (m.kind, m.name)
        if key in seen:
            continue
        seen.add(key)
        if m.kind == "place":
            places.append(_place_record(m))
        elif m.kind == "person":
            if m.died is not None and (int(d.date[:4]) > m.died if d.date and d.date[:4].isdigit() else m.died < LONG_DEAD):
                continue  # "a monument to Nizami", "Heydar Aliyev's 90th anniversary": the subject, not a participant
            people.append({"name": m.name, "kind": "person", **({"role": m.role} if m.role else {})})
        elif m.kind == "org":
            orgs.append({"name": m.name})
        if m.country and m.country not in countries:
            countries.append(m.country)
    if any(p.get("country") for p in places):
        # A region of several countries ("security in the Caucasus", "the Caspian summit in Tehran") is
        # where it happened only when the text names nothing more precise.
        places = [p for p in places if p.get("country")]
    seats = {m.seat.name: m.seat for m in d.mentions if m.kind == "org" and m.seat is not None}
    if not places and len(seats) == 1:
        # "a conference was held at Kazan Federal University": in Kazan (with two such organisations
        # named, which one it was held at is not told).
        places.append(_place_record(next(iter(seats.values()))))
    if not places and d.type == "visit":
        # "paid an official visit to Iran": with no city named, the one country that is not the
        # visitor's own is where the visit went; the visitor is named first ("Putin ... met Khamenei":
        # the host's country is the destination, not a second home).
        visitor = next((m for m in sorted(d.mentions, key=lambda m: m.start) if m.kind == "person" and m.country), None)
        own = {visitor.country} if visitor else set()
        dest = list(dict.fromkeys((m.country, m.name) for m in d.mentions
                                  if m.kind == "country" and m.country and m.country not in own))
        if len(dest) == 1:
            places.append({"name": dest[0][1], "country": dest[0][0]})
    sources = []
    for s, e in d.sources:
        os_, oe = seg.text.to_orig(s, e)
        sources.append(Source(doc.name, os_, oe, lang_at.get(s, d.lang), doc.text[os_:oe]))
    title = LABELS[d.type]
    if d.quote:
        title += f": {d.quote}"
    if places:
        title += f" ({places[0]['name']})"
    ident = hashlib.sha1(f"{doc.sha256}|{d.type}|{d.date}|{sources[0].start}".encode()).hexdigest()[:16]
    conf = 0.45 + (0.25 if d.date and d.anchor == "explicit" else 0.1 if d.date else 0.0)
    conf += 0.1 if places else 0.0
    conf += 0.1 if people or orgs else 0.0
    return Event(id=f"ev_{ident}", type=d.type, date=d.date, title=title, places=places, participants=people,
                 organizations=orgs, countries=countries, sources=sources, confidence=round(min(conf, 0.95), 2),
                 name=d.quote)


HEAD_SENTENCES = 3  # sentences at a text's head whose mentions are always read


def mention_sentences(seg: Segmented, context: int = WINDOW) -> list[int]:
    """Indices of the sentences whose mentions `extract` reads (those holding a trigger, a "continued"
    or opening with a continuation word), each with the `context` sentences before it (a surname
    alone there is told by the full name a sentence before): what bilat.entities.annotate needs to
    read for the events, the other sentences' entities make no difference to them."""
    text = seg.text.text
    # (and the head's: the title and lead name whom a text about one person is about, `_the_texts_subject`)
    wanted: set[int] = set(range(min(HEAD_SENTENCES, len(seg.sentences))))
    for si, hit in enumerate(_trigger_sentences(seg)):
        sent = seg.sentences[si]
        trig = triggers(sent.language)
        if trig is None:
            continue
        s, e = sent.start, sent.end
        if hit or (trig.resumed and trig.resumed.search(text, s, e)) or (
                trig.continuation and trig.continuation.match(text, s)):
            # ... and the two after it, which may be a caption's place and date (`_trailing_dateline`)
            wanted.update(range(max(0, si - context), min(len(seg.sentences), si + 3)))
            if hit and (text[e - 1] == ":" or _heading(text, sent)):
                wanted.update(_entries_after(text, seg.sentences, si))
        elif trig.signature_date and trig.signature_date.match(text, s):
            wanted.update(range(max(0, si - context), min(len(seg.sentences), si + 3)))  # (a treaty record's fields)
        elif (trig.editions or trig.laureates) and (_heading(text, sent) or text[e - 1] == ":") and any(
                rx is not None and rx.search(text, s, e) for rx in (trig.editions, trig.laureates)):
            # "Past editions" over a table of them, "Previous laureates:" over their list (a heading or a lead only: a
            # search in every sentence with no trigger would cost the scan it saves)
            wanted.update(_entries_after(text, seg.sentences, si))
    return sorted(wanted)


def _first_named(trig, text: str, end: int) -> str | None:
    """The recurring kind a heading names first before end, when no event of it was read: "Navoi–Nizami International
    Literary Forum" titling a page, with no day, over its "Past Editions" (not a condition's "may be shown in
    exhibitions")."""
    at = 0
    while at < end:
        eol = text.find("\n", at, end)
        eol = end if eol < 0 else eol
        line = text[at:eol].rstrip()
        if line and len(line) <= HEADING_LEN and line[-1] not in ".!?؟…":
            kind = next((k for k, _a, _b in trig.finditer(text, at, eol) if k in RECURRING), None)
            if kind is not None:
                return kind
        at = eol + 1
    return None


LIST_REACH = 100  # entries at most of a list a heading types (`_list_kind`) whose places are read


def _entries_after(text: str, sents: list[Sentence], si: int) -> range:
    """The sentences after a heading or a lead that may be entries of its list: up to the first line with no
    digit that is no table row."""
    j = si + 1
    while j < len(sents) and j - si <= LIST_REACH:
        line = text[sents[j].start:sents[j].end]
        if text[sents[j].start - 1] == "\n" and "\t" not in line and not any(c.isdigit() for c in line):
            break
        j += 1
    return range(si + 1, j)


_last_scan: tuple = (None, None, [])  # (text, sentences, hits) of the last text scanned for triggers


def _trigger_sentences(seg: Segmented) -> list[bool]:
    """Per sentence, whether it may hold a trigger. The scan of the last text is kept (a strong
    reference, so the identity check is sound) for `extract` of the same text not to repeat it."""
    global _last_scan
    text = seg.text.text
    last_text, last_sents, hits = _last_scan
    if last_text is text and last_sents is seg.sentences:
        return hits
    hits = []
    for sent in seg.sentences:
        trig = triggers(sent.language)
        hits.append(trig is not None and trig.found_in(text, sent.start, sent.end))
    _last_scan = (text, seg.sentences, hits)
    return hits


def _between(items, starts, lo, hi):
    """The items (sorted, with their `starts`) starting in [lo, hi)."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


ENTRY = re.compile(r"\s*(?:\[?\d{1,3}[.)\]]|[-–•*↑^])")  # "1.", "[2]", "3)", "- ", a wiki's "↑ ": how a list entry starts


def _reference_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the reference lists of a text: from a heading line ("References", "Литература",
    "Ədəbiyyat", "منابع") over its entries, to the first paragraph after a blank line that is not an
    entry (a summary often follows the list). Titles of articles cited there name happenings and
    carry the dates of newspapers: no event is read from them."""
    heading = reference_heading()
    if heading is None:
        return []
    out = []
    for m in heading.finditer(text):
        above = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:m.start()]
        if ENTRY.match(text, m.start()) and ENTRY.match(above) and len(above.strip()) <= CONTENTS_LINE:
            continue  # "5. Education\n6. References": the last line of a table of contents, no list under it
        end = m.end()
        for para in PARAGRAPH.finditer(text, m.end()):
            if not ENTRY.match(text, para.end()):
                break
            end = para.end()
        nxt = PARAGRAPH.search(text, end)
        out.append((m.start(), nxt.start() if nxt else len(text)))
    label = reference_label()
    if label is not None and ":" in text:
        out += [m.span() for line, _colon in langdata.labelled_lines(text, label[0]) if (m := label[1].match(text, line))]
    return out


PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
CONTENTS_LINE = 60  # characters at most of a line of a table of contents
QUIZ_LEAD = 30  # characters at a sentence's start in which a quiz's "True or false:" stands


def _question(sentence: str) -> bool:
    """Whether a sentence is a question: its question mark ends it, not a title's («Где дом друга?») or a clause's after
    a statement ("In 2013 he came to Tehran; but how many of us know ...?")."""
    return sentence.rstrip()[-1:] in ("?", "؟") and sentence.count("«") == sentence.count("»") and not (
        ";" in sentence or "؛" in sentence)


AGENDA_DAYS = 31  # days after a report's day within which its programme's days are an agenda's


def _agenda_day(day: TimeExpr, report_day: str | None, times: list[TimeExpr]) -> bool:
    """Whether a programme's day heading is one of the weeks to come after the day the text was published, with no
    day written later than it (a report appended after the trip, "تاریخ تنظیم: ۳۰ مهر ۱۴۰۱", tells they took place)."""
    first = bounds(day.edtf)[0] or ""
    if not report_day or first <= report_day:
        return False
    if (dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(report_day)).days > AGENDA_DAYS:
        return False
    return not any(t.anchor == "explicit" and t.edtf and (bounds(t.edtf)[0] or "") > first for t in times)


_NEWLINE = re.compile(r"\n")
ABBREVIATED_FIELD = re.compile(r"[ \t]*[«\"“]?([^\s:«»\"“”]{1,10})[»\"”]?[ \t]*:")  # "fp:", "İİ:", "Пр.:", "ا.ن.:"
_ABBREVIATION_ENTRY = re.compile(r"[ \t]*[«\"“]?(?P<abbr>[^\s=«»\"“”]{1,10})[»\"”]?[ \t]*(?:=|[—–-](?=[ \t]))[ \t]*(?P<words>[^;,=\n]+)")


def _abbreviated_fields(text: str, sent: Sentence, times: list[TimeExpr], abbreviated: dict[str, str]):
    """(type, date, label's span) of each line of the sentence opened by an abbreviation a legend spelled out as a
    happening's words, dated on its line."""
    out = []
    starts = [sent.start] if text[sent.start - 1:sent.start] in ("", "\n") else []
    starts += [m.end() for m in _NEWLINE.finditer(text, sent.start, sent.end)]
    for a in starts:
        field = ABBREVIATED_FIELD.match(text, a, sent.end)
        if field is None or field.group(1).casefold() not in abbreviated:
            continue
        b = text.find("\n", a, sent.end)
        b = sent.end if b < 0 else b
        dated = [t for t in times if t.edtf and a <= t.start < b]
        if dated:
            out.append((abbreviated[field.group(1).casefold()], dated[0], field.span(1)))
    return out


def _abbreviations(text: str, pos: int, trig) -> dict[str, str]:
    """The abbreviations a legend's line spells out as a happening's words ("fp = first performance", "İİ — ilk ifa",
    "«ا.ن.» = اجرای نخست"): abbreviation (folded) -> type."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    out = {}
    for m in _ABBREVIATION_ENTRY.finditer(text, pos, end):
        words = m.group("words").strip()
        found = [etype for etype, _a, _b in trig.finditer(words, 0, len(words))]
        if found:
            out[m.group("abbr").casefold()] = found[0]
    return out


RECORDS_HEAD = 10  # lines at the head of a text in which its title says what its records are of


def _line_end(text: str, lines: int) -> int:
    """Where the text's first `lines` lines end."""
    pos = 0
    for _ in range(lines):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def extract(seg: Segmented, times: list[TimeExpr], mentions: list[Mention]) -> list[Event]:
    text = seg.text.text
    # (a quotation holding sentences of its own is speech, whose happenings and dates are told as any others:
    # «8–9 июля Нарендра Моди побывал в Москве. Встречаясь с общиной, ...»; a title holds none)
    quotes = [m.span() for m in QUOTES.finditer(text) if m.end() - m.start() <= TITLE_MAX]
    q_starts = [q[0] for q in quotes]
    reported = _Reported()
    events = reported.all  # in the order found; added to only through `reported`
    # A year or a name in an author-year citation ("(Ivanov 2004, p. 12)") is a work's, not a happening's.
    cites = citations.spans(text)
    # ... and one in brackets with a birth or a death, or a lifespan ("(زاده ۱۲۸۵)", "(1885–1948)"), a life's.
    lives = _life_dates(text)
    times = sorted((t for t in times if not _in_spans(cites, t.start, t.end) and not _in_spans(lives, t.start, t.end)),
                   key=lambda t: t.start)
    t_starts = [t.start for t in times]
    # ... and a place inside a date is a word of the date ("روز دوشنبه" is Monday, not Dushanbe).
    in_dates = [(t.start, t.end) for t in times]
    mentions = sorted((m for m in mentions if not _in_spans(cites, m.start, m.end) and not (
        m.kind == "place" and _in_spans(in_dates, m.start, m.end))), key=lambda m: m.start)
    m_starts = [m.start for m in mentions]
    has_trigger = _trigger_sentences(seg)
    head = _dateline(seg, times)
    item = None  # (date, sentence) of the item of news a date line heads: the sentence it dates
    record = None  # (date, end) of a record's "Date:" field, which dates the happenings its other fields tell
    head_end = _line_end(seg.text.text, RECORDS_HEAD)
    abbreviated: dict[str, str] = {}  # a list's abbreviation (folded) -> the type of happening its legend spells out
    of_monuments: dict[str, bool] = {}  # language -> whether the text's head names monuments (a register of plaques)
    header_memo: dict[int, list[str] | None] = {}  # a table's header cells, per row asked of
    heading_day = None  # the day a programme's heading gives the items under it
    lead_day = None  # (day, end of its paragraph) of a lead ending with a colon over a list
    edition_kind = None  # the kind of the recurring happening whose editions the text told
    month_head = None  # (month, end of the paragraph under it) of a month alone on its line heading a report's section
    stamp = None  # end of the paragraph a time stamp opened ("14:15 — ...")
    stamp_told = False  # whether a sentence under the time stamp told a day of its own
    report_day = (seg.text.doc.published or "")[:10] or None
    item_places = []  # ... or of the last date line
    report_places = []  # the places of the dateline's line ("Астана, 4 июня 2024 года (вторник)")
    if head is not None:
        head_line = text.rfind("\n", 0, head.start) + 1
        report_places = [m for m in mentions if m.kind == "place" and head_line <= m.start and m.end <= head.start]
    lists = _reference_lists(text)
    # "Notes to editors": what follows tells of the parties (when a university was founded), no happening of
    # their relations.
    about = about_heading()
    notes = min((m.end() for m in about.finditer(text)), default=None) if about is not None else None
    # [type, first, end, every] of a heading naming the kind of the entries under it, and its own drafts (events[first:
    # end]; `every`: all of them are the entries', else those of the type)
    section = None
    # the drafts of a list's entries, by id (the drafts held too: a freed draft's id may be a new one's)
    entries: dict[int, Draft] = {}
    section_line = -1  # where the line of the section's heading starts
    section_until = None  # where a section's list ends before the next heading (a catalogue record's next field)
    # Time stamps are a live report's clock ("14:15 — ...") unless one is past 23: an episode's minutes ("38:40 —").
    clock = all(int(m.group(1)) < 24 for rx in (LINE_STAMP, STAMP_LINE) for m in rx.finditer(text))
    signed = None  # the signing a lead ending in a colon tells, over a list of the documents signed
    planned: bool | str = False  # under a heading of what is to come ("items": in the articles a lead lists)
    updated = None  # the day of an update appended to the text, after the report's ("Дополнено: 16.05.2025")
    posted, visited = _review_lines(text, times)
    unrealised_codes: set[str] | None = None  # (read from the legend when a table's row first tells a happening)
    for si, sent in enumerate(seg.sentences):
        if lists and any(a <= sent.start < b for a, b in lists):
            continue  # "4. Treaty of friendship // Izvestia, 4 July 1997": a source, no happening
        if section is not None and section[2] is None:
            section[2] = len(events)
        s_times = _between(times, t_starts, sent.start, sent.end)
        if head is not None and head in s_times and any(t.edtf for t in s_times if t is not head):
            # "BAKU, Oct. 5, 2017 — The minister met the ambassador on Wednesday": the date of the
            # report yields to the day the sentence gives the happening.
            s_times = [t for t in s_times if t is not head]
        elif head is not None and head in s_times:
            # A happening dated only by the report's date: it may have been a day or so before it.
            s_times = [replace(t, anchor="dateline") if t is head else t for t in s_times]
        trig = triggers(sent.language)
        if _question(text[sent.start:sent.end]) or (trig and trig.quiz and trig.quiz.match(
                text, sent.start, min(sent.end, sent.start + QUIZ_LEAD))):
            continue  # "Which shah visited Russia in 1873?", "True or false: ...": asked about, no happening told
        said = trig.speech.search(text, sent.start, sent.end) if trig and trig.speech else None
        if said is not None:  # "He said: relations are today at their best": the speaker's today
            s_times = [t for t in s_times if t.start < said.end() or t.anchor != "published"]
        s_ments = _between(mentions, m_starts, sent.start, sent.end)
        s_quotes = _between(quotes, q_starts, sent.start, sent.end)
        day = [t for t in s_times if t.edtf and len(t.edtf) == 10 and t.edtf[4] == "-"]
        # (... and a caption's "BAKU, 9 February 2024." opening its paragraph, the caption after it on its line)
        line = bool(day) and bool(DATE_LINE.fullmatch(text, sent.start, sent.end) or (
            text[sent.end - 1] == "." and (sent.start == 0 or text[sent.start - 1] == "\n") and _SAME_LINE.match(
                text, sent.end) and ":" not in text[sent.start:sent.end] and DATE_LINE.fullmatch(text, sent.start, sent.end - 1)) or (
            # (the next item's day without its year, which the date stage read as one: "12 марта" after "05.03.2024")
            len(s_times) == 1 and day[0].qualifier == "dateline" and _day_month_line(text, sent))) and (
            sent.start not in posted and not PUBLISHED_LINE.match(text, sent.start)) and not (
            # (a diary's "Day 2 - Friday 24 May" heads the day's paragraphs, not a news item's headline and lead)
            (diary := grammar(sent.language).day_heading) is not None and diary.match(text, sent.start))
        item_day = day[0].edtf if line else item[0] if item else None
        if (noted := next((t for t in s_times if t.edtf and DAY.fullmatch(t.edtf) and (
                report_day is None or t.edtf > report_day) and (t.qualifier == "entry" or t.qualifier == "dateline" and (
                    update_note(t.language, text, t.start, t.end)))), None)):
            # "ИТОГИ НЕДЕЛИ\nДополнено: пятница, 16.05.2025", a diary's "* * *\n21 февраля": what the update or the entry
            # tells is of the days up to its own, no plan of the days after the text's first
            updated = noted.edtf
        item_day = max(item_day, updated) if item_day and updated and DAY.fullmatch(item_day) else item_day or updated
        # (a day with no year, "13 марта" heading a feed's items, is no day "today" and "yesterday" count from)
        groups = _drafts_of_sentence(seg, si, sent, s_times, s_ments, s_quotes, has_trigger[si],
                                     item_day if item_day and DAY.fullmatch(item_day) else None)
        if trig and trig.edition and has_trigger[si] and (named := trig.edition.search(text, sent.start, sent.end)):
            # "the seventh edition of their joint summer school" (to come or held), "The fair has since become a regular
            # event; its third edition ...": the kind its editions are of, named nearest
            near = sorted((abs(a - named.start()), etype) for etype, a, _b in trig.finditer(text, sent.start, sent.end) if (
                etype in RECURRING and -EDITION_KIND_BEFORE <= a - named.start() <= EDITION_KIND))
            edition_kind = near[0][1] if near else edition_kind
        if groups and report_day and trig and trig.minutes and text.count("\n", 0, sent.start) < HEAD_LINES and (
                trig.minutes.search(text, 0, sent.end)):
            # "MINUTES No. 7\nof the meeting of the Joint Working Group" over "Date: 18 September 2024": the meeting the
            # record is of, held that day
            for d in (d for g in groups for d in g if d.date is None and d.type == "meeting"):
                d.date, d.anchor = report_day, "dateline"
        if not groups and not has_trigger[si] and section is None and sent.start < TITLE_PAGE and (
                titled := _title_page(text, seg.sentences, si, s_times)) is not None:
            etype, t0 = titled
            groups = [[Draft(etype, event_date(t0), t0.anchor, si, sent.language, [(sent.start, sent.end)],
                             list(s_ments), at=(t0.start - sent.start, t0.end - sent.start))]]
        if not groups and not has_trigger[si] and section is None and (
                shown := _exhibition_card(text, sent, s_times, s_ments)) is not None and not (
                report_day and (bounds(shown.edtf)[0] or "") > report_day):  # (a coming one's card: none yet)
            groups = [[Draft("exhibition", event_date(shown), shown.anchor, si, sent.language, [(sent.start, sent.end)],
                             list(s_ments))]]
        if not groups and "\t" in text[sent.start:sent.end] and (dated := [x for x in s_times if x.edtf]) and (
                kind := next((c.strip().lower() for c in text[sent.start:sent.end].split("\t")
                              if c.strip().lower() in TYPE_NAMES), None)):
            # a data file's record naming its type in bilat's own words ("exhibition" in an XML record's type, a JSON
            # register's "type": "agreement"), in a row that tells no happening in the text's words: a happening of it
            t0 = dated[0]
            groups = [[Draft(kind, event_date(t0), t0.anchor, si, sent.language, [(sent.start, sent.end)], list(s_ments),
                             at=(t0.start - sent.start, t0.end - sent.start))]]
        if groups and _tag_line(text, sent):
            groups = []  # "Tags: concert, Tbilisi", "Ключевые слова: выставка, ...": words, no happening told
        if groups and sent.start in posted and text.find("\n", sent.start, sent.end) < 0:
            groups = []  # a post's or a photo's line of its own date, credit and tags ("· Tags: concert · 1,204 views")
        if groups and "\t" in text[sent.start:sent.end] and not any(c.isdigit() for c in text[sent.start:sent.end]) and not (
                any(t.edtf for t in s_times)):
            # a table's header ("No<TAB>Partner<TAB>Type of document<TAB>Date signed"): names, no happening (a row
            # dated by its month, "апрель<TAB>Фотовыставка «Урал – Ала-Тоо»<TAB>галерея", is one)
            groups = []
        if trig and trig.signed_column and "\t" in text[sent.start:sent.end] and (
                signing := _signed_cell(text, sent, s_times, trig, header_memo)) is not None and not any(
                d.type == "agreement" and d.date == event_date(signing) for g in groups for d in g):
            # a register's row under "Date signed" ("Şanxay Teatr Akademiyası<TAB>Çin<TAB>Memorandum<TAB>18.10.2023"): a
            # document signed on that day, though the row has no verb
            groups = [g for g in groups if not any(d.type == "agreement" and d.date is None for d in g)]
            groups.append([Draft("agreement", event_date(signing), signing.anchor, si, sent.language, [(sent.start, sent.end)],
                                 list(s_ments), at=(signing.start - sent.start, signing.end - sent.start))])
        plan_table, done = _column_cell(text, sent, s_times, trig.actual_column, header_memo, trig.planned_column) if (
            groups and trig and trig.actual_column and trig.planned_column and "\t" in text[sent.start:sent.end]) else (False, None)
        if plan_table:
            # a plan's row with the day it was carried out ("Planned<TAB>Actual": "14–16 March 2022<TAB>2–4 May 2022"): that
            # day, whatever its status says ("postponed"); none ("—", "cancelled"): not held
            groups = groups if done is not None else []
            for d in (d for g in groups for d in g):
                d.date, d.anchor = event_date(done), done.anchor
        if groups and "\t" in text[sent.start:sent.end] and unrealised_codes is None:
            unrealised_codes = _unrealised_codes(text)
        if groups and not plan_table and "\t" in text[sent.start:sent.end] and any(
                (code := _CODE_CELL.match(cell)) and code.group(1) in unrealised_codes or _status_cell(cell)
                for cell in text[sent.start:sent.end].split("\t")):
            # a report's row whose status code its legend reads as planned, postponed or cancelled, or whose status
            # cell says so ("cancelled", "TENTATIVE", "отменено", "لغو شده")
            groups = []
        line_start = text.rfind("\n", 0, sent.start) + 1
        if groups and not text[line_start:sent.start].strip() and archive_unit(sent.language).match(text, line_start):
            # "File 4: Programmes of the Days of Georgian Culture, 1974", "پروندهٔ ۷: برنامه‌های هفتهٔ فرهنگ هند، ۱۳۳۶": a
            # finding aid's file holds documents of those years, no happening; one it dates by a month or a day
            # reports one ("Д. 16. Отчёт о Днях культуры, состоявшихся 10–16 мая 1993 г.").
            groups = [kept for g in groups if (kept := [d for d in g if d.date and precision(d.date) is not None
                                                        and precision(d.date) < 2])]
        if report_day and groups and "\t" in text[sent.start:sent.end]:
            # a table's row dated after the report's day is a plan's (the annex of a decree, a programme to come)
            groups = [kept for g in groups if (kept := [d for d in g if not (d.date and (bounds(d.date)[0] or "") > report_day)])]
        if _heading(text, sent) and "\t" not in text[sent.start:sent.end] and not any(t.edtf for t in s_times):
            # "Coming soon", "Скоро", "برنامه‌های پیش‌بینی‌شده برای شش‌ماهه دوم": what the heading lists, up to the
            # next heading, is to come
            planned = bool(trig and trig.plans_heading and trig.plans_heading.search(text, sent.start, sent.end))
        elif _heading(text, sent) and "\t" not in text[sent.start:sent.end] and (report_day is None or all(
                (bounds(t.edtf)[1] or "9999") >= report_day for t in s_times if t.edtf)) and trig and trig.plans_heading and (
                trig.plans_heading.search(text, sent.start, sent.end)):
            # ... and so does one with its months after the report's day ("Work plan (March 2025 – ...)", "Планы на осеннюю
            # сессию 2024 года" in a report of July 2024), or with any,
            # when the text gives no day of its own ("Планы на 2022–2023 гг." in a talk's slides)
            planned = True
        elif planned and DATE_LINE.fullmatch(text, sent.start, sent.end) and not LIST_ITEM.match(text, sent.start) and any(
                precision(t.edtf) == 0 for t in s_times if t.edtf):
            # a post's day and its label over it ("23.01.2023 | После эфира") ends the plans of a post before it (a
            # board's "17.01.2023 | Анонс"): each post says by its own tense what was and what is to come
            planned = False
        if planned == "items" and not LIST_ITEM.match(text, line_start) and not NUMBERED_DASH.match(text, line_start) and not (
                trig and trig.article and trig.article.match(text, line_start)):
            planned = False  # the articles are over: the closing line ("Done at Tashkent on ...") is the text's own
        if _heading(text, sent) and trig and trig.dates_heading and trig.dates_heading.search(text, sent.start, sent.end):
            planned = "items"  # "Key dates:" over "- Conference: 17-19 October 2023, Tbilisi": the items are to come
        if planned:
            continue
        if trig and trig.operative and text[sent.end - 1] == ":" and trig.operative.search(text, sent.start, sent.end):
            # "... have stated the following:", "заявляют о нижеследующем:": the numbered articles under it are what
            # the parties will do (the lead's own sentence may be the whole preamble, read as any other)
            planned = "items"
        if signed is not None and signed.date is None:
            # ("... подписан ряд документов, в том числе:" told as the signing reported just before)
            signed = reported.latest(si, 1, lambda p: p.type == "agreement" and bool(p.date))
        if signed is not None:
            if _bulleted(text, sent) and signed.date and not any(t.edtf and precision(t.edtf) in (0, 1) for t in s_times):
                # "... signed the following documents:\n• the Programme ...;\n• the Memorandum ...": each document
                # signed is a signing of its own, on the day and where the lead says (a programme's years are its own)
                d = next((d for g in groups for d in g if d.type == "agreement"), None) or Draft(
                    "agreement", None, "none", si, sent.language, [(sent.start, sent.end)], list(s_ments))
                d.date, d.anchor = signed.date, "context"
                d.mentions.extend(m for m in signed.mentions if m.kind == "place" and m not in d.mentions)
                reported.add(d)
                continue
            signed = None
        if text[sent.end - 1] == ":":
            signed = next((d for g in groups for d in g if d.type == "agreement"), None)
        if trig and trig.edition and events and (trig.edition.match(text, sent.start) if groups else trig.edition.search(
                text, sent.start, sent.end)) and not (trig.modality and trig.modality.search(
                text, sent.start, sent.end)) and not (_heading(text, sent) and any(in_brackets(text, t.start) for t in s_times)):
            # (an edition opening its sentence is told there beside what else was done, unless its kind is named right
            # after it: "دوره پنجم از ۲۵ تا ۲۷ مهر ۱۳۹۶ در خوی برگزار شد و ... دبیرخانه دائمی جشنواره ... تأسیس شد"; a
            # heading with its year in brackets names the edition its lines tell: "وقفه و دوره پنجم (۱۳۹۶، خوی)")
            t = _pick_date(text, sent.start, s_times, s_quotes)
            # (the kind an edition was told of or a list's entry was of, else, in a sentence telling nothing else, the
            # recurring one told just before, or the one told most often)
            kind = edition_kind or next((p.type for p in reversed(entries.values()) if p.type in RECURRING), None)
            if kind is None and not groups:
                recent = reported.latest(si, EDITION_RECENT, lambda p: p.type in RECURRING)
                told = Counter(p.type for p in events if p.type in RECURRING)
                kind = recent.type if recent is not None else max(told, key=told.get) if told else None
            # ("دورهٔ ششم (۱۳۹۷، نیشابور): ۲ تا ۵ مهر ۱۳۹۷": its days, not its year)
            t = next((x for x in s_times if t is not None and x.edtf and t.edtf and specificity(x.edtf) > specificity(
                t.edtf) and refines(x.edtf, t.edtf)), t)
            # (an edition labelling what its lines tell, "دوره دوم: آیین پایانی در ۲۴ بهمن ۱۴۰۰ ... برگزار شد", is told
            # by them; one labelling its days, "دورهٔ دوم (۱۳۸۹، شیراز): در اردیبهشت ۱۳۸۹ ...", is held on them)
            label = EDITION_LABEL.match(text, sent.start)
            if label and not any(0 <= len(text[label.end():x.start].split()) <= 1 for x in s_times if x.start >= label.end()):
                t = None
            if t is not None and kind is not None and not _after_report(t, report_day or "") and not any(
                    d.type in RECURRING and d.triggers and d.triggers[0][0] - sent.start <= EDITION_KIND
                    for g in groups for d in g):
                groups = [[Draft(kind, event_date(t), t.anchor, si, sent.language, [(sent.start, sent.end)], list(s_ments))]
                          ] + groups
                edition_kind = kind
        if trig and trig.signature_fields and trig.signature_fields.match(text, sent.start):
            groups = []  # "Место подписания: г. Париж": a field of the signing its record's date tells
        notice_field = bool(trig and trig.notice_fields and trig.notice_fields.match(text, sent.start))
        if notice_field:
            groups = []
        if trig and trig.signature_date and trig.signature_date.match(text, sent.start):
            # "Date of signature: 23.09.1992" in a treaty register's record: the signing, where and by whom the
            # record's other fields say (its entry into force, its ratification are no happening of it)
            day = [t for t in s_times if t.edtf and DAY.fullmatch(t.edtf)]
            groups = []
            if len(day) == 1:
                lo = max(text.rfind("\n\n", 0, sent.start), 0)
                hi = text.find("\n\n", sent.end)
                hi = len(text) if hi < 0 else hi
                fields = [m for m in _between(mentions, m_starts, lo, hi) if m.kind in ("place", "person") and (
                    trig.signature_fields and trig.signature_fields.match(text, text.rfind("\n", 0, m.start) + 1))]
                groups = [[Draft("agreement", day[0].edtf, day[0].anchor, si, sent.language, [(sent.start, sent.end)],
                                 fields)]]
        if notes is not None and sent.start >= notes:
            groups = [g for g in ([d for d in g if d.type != "founding"] for g in groups) if g]
        if section is not None and section_until is not None and sent.start >= section_until:
            section = section_until = None
        if section is not None and not notice_field:
            eol = text.find("\n", sent.end)
            entry = _list_entry(text, sent, s_times, trig, section[4] if len(section) > 4 else None,
                                _between(times, t_starts, sent.end, len(text) if eol < 0 else eol))
            if entry is False and not (len(section) == 4 and section[3] and _previous_line(
                    text, line_start) == section_line and _list_lead(
                    text, trig, line_start, len(text) if eol < 0 else eol, times, t_starts)):
                section = None  # a line that is no entry: the list is over (but for the heading's lead)
            elif entry is not None and entry is not False:
                if len(section) == 4:  # the first entry: a line of its own, or a card's dates under its title
                    above = _previous_line(text, line_start)  # (a card's title, or the heading itself)
                    section.append("card" if (above != section_line and _card_title(text, above)) or (
                        sent.start == line_start and _card_title(text, line_start)) else "entry")
                # "Foreign tours" over "1972 – India (Delhi, Bombay)": each entry a happening of the kind its
                # heading names; the heading's own (undated or summing) event is theirs. What lines under the
                # entry add ("   The opening ceremony was attended by ...") is said of it.
                kind, first, end, every = section[:4]
                # (a happening the entry names in brackets or after a semicolon, "1991 – Iran (Days of Tajik
                # Culture)", "۲۰۱۱ — ترکیه؛ همراه با مراسم ...", is the entry's, told more closely)
                head = ENTRY_HEAD_END.search(text, entry.end, sent.end)
                if head and head.group() == "(" and not text[entry.end:head.start()].strip() and (
                        close := text.find(")", head.start(), head.start() + DAY_NOTE)) > 0:
                    head = ENTRY_HEAD_END.search(text, close + 1, sent.end)  # (the weekday of its date: "29 ноября (пт) —")
                head_end = head.start() if head else sent.end
                # (... and so is one a table's row tells in a later cell: "2022<TAB>12–15 July<TAB>Bishkek<TAB>the
                # Bolshoi ballet performed ...")
                tab = text.find("\t", entry.end, head_end)
                head_end = tab if tab >= 0 else head_end
                # (the entry's own words, but for "(first edition)", the kind's edition it is: `trig.edition`)
                own = [d for g in groups for d in g if d.triggers or d.type != kind]
                entry_end = text.find("\n", entry.end, sent.end)  # (the entry's line: what lines under it say is theirs)
                if _after_report(entry, report_day or "") or (trig and trig.unrealised and trig.unrealised.search(
                        text, sent.start, sent.end if entry_end < 0 else entry_end)):
                    # "Programme of the Days" over "15 October – screenings ...": days still to come; "2020 — not
                    # held because of the pandemic"
                    groups = []
                elif all(d.triggers and (d.triggers[0][0] >= head_end or _inside(s_quotes, *d.triggers[0])) for d in own):
                    # (a word of a title in quotes names no happening: «Живопись, графика, скульптура», 1964)
                    for d in events[first:end]:
                        if every or d.type == kind:
                            reported.drop(d)
                    section = [kind, 0, 0, False, section[4]]
                    draft = Draft(kind, event_date(entry), entry.anchor, si, sent.language, [(sent.start, sent.end)],
                                  list(s_ments))
                    # (a row's own happening in the cell after its date, "| 07.03.2018 | Presentation of an anthology |"
                    # under "Tours and festivals", is of its own kind; a note's in a later cell is said of the entry)
                    cell = row and own and own[0].triggers and text.count("\t", entry.end, own[0].triggers[0][0]) == 1
                    groups = [own + [draft] if cell else [draft] + own]
                    entries[id(groups[0][0])] = groups[0][0]
        eve = trig.eve.search(text, sent.start, sent.end) if trig and trig.eve and groups else None
        if eve is not None:
            _on_the_eve(text, trig, eve, groups, reported, si)
        morrow = trig.morrow.search(text, sent.start, sent.end) if trig and trig.morrow and groups and eve is None else None
        if morrow is not None:
            _on_the_eve(text, trig, morrow, groups, reported, si, after=True)
        near_eve = trig.eve_near.search(text, sent.start, sent.end) if trig and trig.eve_near and groups else None
        if near_eve is not None:
            _shortly_before(text, trig, near_eve, groups, reported, si)
        row = "\t" in text[sent.start:sent.end]  # (a table's header row is no heading)
        # (a card's title under its section's heading heads no section of its own, and ends none)
        card_title = section is not None and section[4:] != ["entry"] and sent.start == line_start and _card_title(
            text, line_start)
        until = None
        label = next((k for k, rx in (("exhibition", trig.exhibited), ("ceremony", trig.awarded), (
            "education", trig.residencies), ("media", trig.translations)) if rx and rx.search(
            text, sent.start, sent.end)), None) if trig and not row and not any(d.date for g in groups for d in g) else None
        if label is not None and _heading(text, sent):
            # a catalogue's "Exhibited" over "Moscow, Manege, Art of Soviet Azerbaijan, 1967.", a life's "Awards" over
            # "Order of Friendship (2016)"; the label's own word ("Awards") tells no happening, and its list is the lines
            # right under it (a paragraph after them is the record's next field, "Literature:")
            kind, groups = label, []
            para = PARAGRAPH.search(text, sent.end)
            until = para.start() if para else len(text)
        elif not row and events and trig and trig.route and _heading(text, sent) and trig.route.fullmatch(
                text, sent.start, sent.end):
            kind = events[0].type  # "The tour so far", "Маршрут": the touring happening the text is about, told first
        else:
            kind = _list_kind(text, sent, groups, s_times, headline=si == 0) if not row and not card_title else None
            if kind is None and not row and not groups and trig and trig.laureates and (_heading(
                    text, sent) or text[sent.end - 1] == ":") and trig.laureates.search(text, sent.start, sent.end):
                # "Previous laureates:" over "2023 – Leyla Mammadova (Azerbaijan)": a prize awarded each year (its past
                # editions' laureates too: "برگزیدگان دوره‌های پیشین")
                kind = "ceremony"
            elif kind is None and not row and not groups and trig and trig.editions and _heading(
                    text, sent) and trig.editions.search(text, sent.start, sent.end):
                # "Past editions", "Предыдущие фестивали" over a table of them: the recurring happening the page is about,
                # told first (a round table at a book fair is none of its editions)
                kind = next((p.type for p in events if p.type in RECURRING), None) or _first_named(trig, text, sent.start)
        if kind is not None:
            section = [kind, len(events), None, text[sent.end - 1] != ":" and _heading(text, sent)]
            section_until = until
            section_line = line_start
        elif _heading(text, sent) and not groups and not row and not card_title and not (section is not None and (
                LIST_ITEM.match(text, line_start) or _year_alone(text, sent, s_times))):
            # (an entry of the list, "- 2020: not held because of the pandemic", heads no section, nor a year over its
            # entries)
            section = None
        # ... and so does a span of days on a line of its own over an entry of an events calendar ("9–16 February 2024").
        span_line = not line and len(s_times) == 1 and bool(s_times[0].edtf) and "/" in s_times[0].edtf and precision(
            s_times[0].edtf) == 0 and text[sent.start:sent.end].strip(" .:") == text[s_times[0].start:s_times[0].end] and any(
            c.isdigit() for c in text[s_times[0].start:s_times[0].end])  # (a month of another calendar alone is a heading: its days are a span)
        led = _leading_date(text, sent, s_times, s_ments) if not groups and si + 1 < len(seg.sentences) else None
        if line or span_line:
            # A date on a line of its own heads an item of news: it dates the headline and lead under it
            # when they give no date of their own (the sentences after have their context).
            item_places = [m for m in s_ments if m.kind == "place"]
            item = (day[0].edtf if line else s_times[0].edtf,
                    (si + 1, si + 2) if _headline(text, seg.sentences, si + 1) else (si + 1,))
        elif led is not None and text.count("\n", sent.end, seg.sentences[si + 1].start) <= (led[1] == "|"):
            # ... and so does a chronicle's "24–27.IV — Almaty." the sentence after it on its line, where it says (and a
            # card's "▸ 12–14 mart 2024 | Bakı, Milli Xalça Muzeyi" the title on the line under it)
            led = led[0]
            item_places = [m for m in s_ments if m.kind == "place"]
            item = (event_date(led), (si + 1,), item_places)
        elif item is not None and si in item[1]:
            for d in (d for g in groups for d in g if d.date is None):
                d.date, d.anchor = item[0], "dateline"
                if len(item) > 2 and not any(m.kind == "place" for m in d.mentions):
                    d.mentions.extend(item[2])  # (the chronicle entry's place)
        if len(s_times) == 1 and s_times[0].edtf and MONTHS.fullmatch(s_times[0].edtf) and s_times[0].qualifier is None and (
                text[sent.start - 1:sent.start] in ("", "\n")) and text[sent.start:sent.end].strip(" .:") == text[
                s_times[0].start:s_times[0].end] and _SAME_LINE.match(text, sent.end) is None and not (
                report_day and (bounds(s_times[0].edtf)[1] or "") > report_day):
            # "Март" (or "Апрель–май") alone over a report's paragraph that dates nothing itself: what it tells is of
            # that month
            under = len(text) - len(text[sent.end:].lstrip())
            para = PARAGRAPH.search(text, under)
            until = para.start() if para else len(text)
            # (a paragraph dating anything itself, "In January 1996 the first Days ...", is no month's account)
            month_head = (s_times[0], until) if not any(under <= t.start < until and t.edtf for t in times) else None
        elif month_head is not None and sent.start >= month_head[1]:
            month_head = None
        elif month_head is not None and not line:
            for d in (d for g in groups for d in g if d.date is None):
                d.date, d.anchor = event_date(month_head[0]), month_head[0].anchor
        if trig and trig.abbreviations and text[sent.start - 1:sent.start] in ("", "\n") and (
                legend := trig.abbreviations.match(text, sent.start)) and (
                spelled := _abbreviations(text, legend.end(), trig)):
            abbreviated.update(spelled)
            groups = []  # (the legend's own words name no happening)
        elif abbreviated and (fields := _abbreviated_fields(text, sent, s_times, abbreviated)):
            # "fp: 14 November 1987, Tashkent" under "Abbreviations: fp = first performance": a first performance
            groups = [[Draft(etype, event_date(t), t.anchor, si, sent.language, [(sent.start, sent.end)], list(s_ments),
                             None, (span[0], t.end), [span])] for etype, t, span in fields]
        if trig and trig.unveiled_field and text[sent.start - 1:sent.start] in ("", "\n") and (
                field := trig.unveiled_field.match(text, sent.start)) and (dated := [t for t in s_times if t.edtf]) and (
                of_monuments[sent.language] if sent.language in of_monuments else of_monuments.setdefault(
                    sent.language, any(etype == "monument" for etype, _a, _b in trig.finditer(text, 0, head_end)))):
            # "Unveiled: 12 July 1962, on the 150th anniversary ..." in a register of plaques: the plaque's unveiling, what
            # else its words name ("Açılış: ... Rusiya Mədəniyyəti Günləri çərçivəsində")
            groups = [[Draft("monument", event_date(dated[0]), dated[0].anchor, si, sent.language, [(sent.start, sent.end)],
                             list(s_ments), None, (sent.start, dated[0].end), [field.span()])]]
        if groups and trig and trig.planned_field and text[sent.start - 1:sent.start] in ("", "\n") and (
                trig.planned_field.match(text, sent.start)):
            groups = []  # "Planned: 18 September 2023 (138th anniversary ...)": a plan report's field, no happening
        if trig and trig.record_date and text[sent.start - 1:sent.start] in ("", "\n") and trig.record_date.match(
                text, sent.start):
            # "Date: September 1958" in a photograph's record: what its "Caption:" tells is of that date (up to the
            # record's end, a blank line); "Date: undated" dates nothing
            dated = [t for t in s_times if t.edtf]
            record = (dated[0], para.start() if (para := PARAGRAPH.search(text, sent.end)) else len(text)) if dated else None
        elif record is not None and sent.start >= record[1]:
            record = None
        elif record is not None and trig.record_quiet and trig.record_quiet.match(text, sent.start):
            groups = []  # "Place: Moscow, Tchaikovsky Concert Hall", "Photographer: ...": where and by whom, no happening
        elif record is not None:
            for d in (d for g in groups for d in g if d.date is None):
                d.date, d.anchor = event_date(record[0]), record[0].anchor
        if _heading(text, sent) and (not has_trigger[si] or not day and _capitals(text, sent)) and (
                sent.start not in posted) and not (
                heading_day is not None and not day and SLOT_LINE.match(text, sent.start)) and not (
                # (an item's title on the line right under its day's heading: "ПОНЕДЕЛЬНИК\nКазахстан в гостях у Астрахани")
                heading_day is not None and not day and not has_trigger[si] and _capitals(text, seg.sentences[si - 1]) and (
                    text.count("\n", heading_day.end, sent.start) == 1 and not text[heading_day.end:sent.start].strip())):
            # "Day 2 – Saturday, 13 May": a programme's heading dates the items under it, up to the next heading
            # (an item's hour and hall under it, "19:00 | Rustaveli Theatre, Grand Hall", are of that day)
            # (a dateline or a byline at the head of the text dates the report, not what it tells)
            heading_day = day[0] if len(day) == 1 and not line and "/" not in day[0].edtf and (
                # (a venue after a dash or a bar is no label: "دوشنبه ۱۳ آذر ۱۴۰۲ — سازمان اسناد و کتابخانه ملی ایران")
                day[0].start - sent.start if VENUE_AFTER.match(text, day[0].end) else (sent.end - sent.start) - (
                    day[0].end - day[0].start)) <= HEADING_LABEL and (
                text.count("\n", 0, sent.start) >= HEAD_LINES and day[0].edtf != seg.text.doc.published) else None
        if clock and TIME_STAMP.match(text, sent.start) and text.rfind("\n", 0, sent.start) + 1 >= sent.start - 1:
            # "14:15 — ... opened": an entry of a live report of one day, on the report's day unless it says
            # otherwise (with no day heading above it: a programme's items take the heading's day)
            para = PARAGRAPH.search(text, sent.end)
            stamp, stamp_told = para.start() if para else len(text), False
        elif clock and STAMP_LINE.fullmatch(text, sent.start, sent.end):
            # ... and so is a feed's item under its time alone on a line ("17:05" over a headline and a paragraph
            # or two), up to the next time (or a few paragraphs: no footer is an item)
            nxt = STAMP_LINE.search(text, sent.end)
            stamp, stamp_told = nxt.start() if nxt else len(text), False
            for _k, para in zip(range(STAMP_PARAGRAPHS), PARAGRAPH.finditer(text, sent.end, stamp)):
                stamp = para.start() if _k == STAMP_PARAGRAPHS - 1 else stamp
        if stamp is not None and sent.start < stamp and heading_day is None and (report_day or item):
            for d in (d for g in groups for d in g if d.date is None or (item and d.date == item[0])):
                if d.date is None and stamp_told:
                    continue  # (after a sentence of the entry told its own day, the context it left dates the next)
                if d.date is None:
                    d.date, d.anchor = item[0] if item and DAY.fullmatch(item[0]) else report_day or item[0], "dateline"
                # ... where the report was filed ("Астана, 4 июня 2024 года"), when the entry names no place
                if not any(m.kind == "place" for m in d.mentions):
                    d.mentions.extend(report_places or item_places)
            stamp_told = stamp_told or any(d.date and d.anchor != "dateline" for g in groups for d in g)
        if trig and trig.record_date and groups and (report_day and LIST_ITEM.match(text, line_start) or (
                _card_heading(text, sent, line_start))) and any(
                d.date is None or d.anchor == "dateline" for g in groups for d in g) and (
                below := _field_date_below(text, sent, trig, times, t_starts)):
            # "▪ کلاس استادی «...»" over "مدرس: ... — تاریخ: ۱۴ تا ۱۶ مهر ۱۴۰۱ — محل: ...": an item's date field under its
            # title dates what the title names, when it is past on the page's day (a calendar's fields are its plans);
            # and so does a card's "Даты: 14–15.05.2015" under its heading "I форум", in a page of past editions, and a
            # plan report's "Held: 27.04.2023" under its item. A field that gives no past day ("Held: postponed to
            # 2024") leaves the title no happening (no day the text told before is its day). The field is nearer than
            # a date line over the item's list.
            past = below[0] if below[0] is not None and (
                report_day is None or (bounds(below[0].edtf)[1] or "9") <= report_day) else None
            undated = {id(d): d for g in groups for d in g if d.date is None or d.anchor == "dateline"}
            if past is None:
                groups = [kept for g in groups if (kept := [d for d in g if id(d) not in undated])]
            for d in undated.values() if past is not None else ():
                d.date, d.anchor = event_date(past), past.anchor
        if si + 1 < len(seg.sentences) and any(d.date is None for g in groups for d in g):
            # "... sign the programme at the Palace of Nations. Dushanbe, 11 January 2023. Photo: ...": a caption's
            # place and date, after what it shows, date it and say where it was.
            nxt = seg.sentences[si + 1]
            tail = _trailing_dateline(text, sent, nxt, _between(times, t_starts, nxt.start, nxt.end),
                                      _between(mentions, m_starts, nxt.start, nxt.end))
            if tail is None and si + 2 < len(seg.sentences) and not has_trigger[si + 1] and not _between(
                    times, t_starts, nxt.start, nxt.end):
                # ... after a sentence more about what it shows ("The bust is by Omar Eldarov.")
                nxt2 = seg.sentences[si + 2]
                tail = _trailing_dateline(text, nxt, nxt2, _between(times, t_starts, nxt2.start, nxt2.end),
                                          _between(mentions, m_starts, nxt2.start, nxt2.end))
            if tail is not None:
                t, places = tail
                for d in (d for g in groups for d in g if d.date is None):
                    d.date, d.anchor = event_date(t), "context"
                    d.mentions.extend(m for m in places if m not in d.mentions)
        if text[sent.end - 1:sent.end] == ":" and not has_trigger[si]:
            # "A quick recap of a long day yesterday in Baku:" over a list: its items tell that day
            lead_day = (day[0], para.start() if (para := PARAGRAPH.search(text, sent.end)) else len(text)) if len(
                day) == 1 else None
        elif lead_day is not None and (sent.start >= lead_day[1] or not LIST_ITEM.match(text, line_start)):
            lead_day = None
        elif lead_day is not None and not s_times:
            for d in (d for g in groups for d in g if d.date is None or d.anchor == "dateline"):
                d.date, d.anchor = lead_day[0].edtf, "context"
        own_times = [t for t in s_times if not _work_year(text, t, trig)]  # (not a film's: "(dir. Akan Satayev, 2016)")
        if si > 0 and (not own_times or heading_day is not None and all(t.edtf for t in s_times)) and any(
                d.date is None for g in groups for d in g):
            # (under a day's heading, a happening whose sentence's dates are none of its own, a programme's years, is
            # on that day; "next week", unknown, is a plan's)
            scene = _scene_day(text, seg.sentences[si - 1], sent, has_trigger[si - 1],
                               _between(times, t_starts, seg.sentences[si - 1].start, seg.sentences[si - 1].end)
                               ) if not own_times else None
            if scene is not None and ((report_day and (bounds(scene.edtf)[0] or "") > report_day) or (
                    trig and trig.modality and trig.modality.search(text, seg.sentences[si - 1].start,
                                                                    seg.sentences[si - 1].end))):
                scene = None  # "Провести в апреле 2025 г.": a plan's month
            if scene is None and heading_day is not None and _agenda_day(heading_day, report_day, times):
                groups = []  # a coming day's heading in an agenda published before it ("شنبه ۲۷ آبان"): its items are plans
            scene = scene or heading_day or _entry_day(text, trig, times, t_starts, groups, sent)
            for d in (d for g in groups for d in g if d.date is None and scene is not None):
                d.date, d.anchor = scene.edtf, "context"
        resumed = bool(trig and trig.resumed and trig.resumed.search(text, sent.start, sent.end))
        if not groups and resumed and trig and events and si - events[-1].sentence <= 1:
            # "The days continued on 2 July in Kazan": the last event, on a new day of its own
            t = _pick_date(text, sent.start, s_times, s_quotes)
            if t is not None and not compatible(events[-1].date, event_date(t)):
                groups = [[Draft(events[-1].type, event_date(t), t.anchor, si, sent.language,
                                 [(sent.start, sent.end)], s_ments)]]
        if not groups and trig and trig.anaphora and events and si - events[-1].sentence == 1 \
                and events[-1].date is None and trig.anaphora.match(text, sent.start):
            # "Turkey was the first to recognise ... This decision was announced on 9 November 1991."
            t = _pick_date(text, sent.start, s_times, s_quotes)
            if t is not None:
                reported.dated(events[-1], event_date(t), t.anchor)
                _merge_into(events[-1], Draft(events[-1].type, None, "none", si, sent.language,
                                              [(sent.start, sent.end)], []))
                reported.reported_in(events[-1], si)
        undated = all(d.date is None for g in groups for d in g)
        # "Tədbirdə ...", "At the meeting, ..." or "The days continued ..." speaks of the last event (a
        # sentence between that reports no happening does not change the subject).
        near = bool(undated and trig and events and si - events[-1].sentence <= 2)
        opening = trig.continuation.match(text, sent.start) if near and trig.continuation else None
        cont = near and bool(resumed or opening)
        # The event spoken of: the last one, or the last of the type the opening names ("در این دیدار", "at
        # the meeting": the meeting, though the visit it was part of was told after it).
        last = events[-1] if events else None
        if opening is not None:
            kinds = {t_ for t_, _a, _b in trig.finditer(text, opening.start(), opening.end())}
            if kinds & TALKS and last.type in TALKS:
                kinds = set()  # "نشست", "session": a meeting or a forum, as the one just told
            if kinds and last.type not in kinds:
                last = reported.latest(si, FRAME_HOST_REACH, lambda p: p.type in kinds) or last
        if not groups and not cont and last is not None and trig and trig.attended and si - last.sentence == 1 and "\n\n" not in text[
                seg.sentences[si - 1].end:sent.start] and trig.attended.search(text, sent.start, sent.end):
            people = [m for m in s_ments if m.kind == "person"]
            if people:  # "... opened an exhibition. The opening was attended by the ambassador X.": X took part
                _merge_into(last, Draft(last.type, None, "none", si, sent.language, [(sent.start, sent.end)], people))
                reported.reported_in(last, si)
                continue
        if cont and (not groups or resumed or all(  # "The festival went on ...", "At its opening ceremony ..."
                d.type in (last.type, "ceremony") for g in groups for d in g)):
            _merge_into(last, Draft(last.type, None, "none", si, sent.language, [(sent.start, sent.end)], s_ments))
            reported.reported_in(last, si)
            continue
        same_day = bool(trig and trig.same_day and trig.same_day.match(text, sent.start))
        end_day = _end_day(text, trig, sent)
        if cont or same_day or end_day or (trig and trig.within and trig.within.search(text, sent.start, sent.end)):
            # "During the days, an exhibition opened", "At the meeting, a programme was signed": a
            # happening inside the event just reported is dated by it (its span, no more precise than
            # the text says); "In the evening, a concert took place": on the day of the last one.
            # "Forum çərçivəsində", "on the first day of the forum": the last of the type it names, further back.
            named = {d.type for g in groups for d in g if _framing(text, trig, d)}
            if end_day and not named:  # "On the second day, ...": the event of several days told last
                named = {p.type for p in [reported.latest(si, FRAME_HOST_REACH, lambda p: bool(p.date) and "/" in p.date
                                                          and precision(p.date) == 0)] if p is not None}
            day_of = trig.same_day.match(text, sent.start) if same_day else None  # "در پایان این دیدار"
            if day_of is not None:
                mark = CLAUSE_MARK.search(text, day_of.end(), sent.end)
                opening_end = mark.end() if mark else day_of.end()
            kinds = {t_ for t_, _a, _b in trig.finditer(text, day_of.start(), day_of.end())} if day_of else set()
            # (a happening the phrase names is looked for further back than the day of whatever was told last)
            host = last if cont and last.date else (named and reported.latest(
                si, FRAME_HOST_REACH, lambda p: bool(p.date) and p.type in named, precise=True)) or (kinds and reported.latest(
                si, FRAME_HOST_REACH, lambda p: bool(p.date) and len(p.date) == 10 and p.type in kinds)) or reported.latest(
                si, SAME_DAY_REACH if same_day else 1, lambda p: bool(p.date) and (not same_day or len(p.date) == 10))
            # (a date the report's dateline gave, for want of any in the sentence, yields to the host's)
            for d in (d for g in groups for d in g if (d.date is None or d.anchor == "dateline") and host is not None
                      and host.date):
                d.date, d.anchor = _day_of(host.date, end_day), "context"
                # ... and, naming no city of its own (a region is no city), took place where it did:
                # the visit's city for what was signed during it.
                owners = _performers(d)
                if not any(m.kind == "place" and m.geonames_id is not None and (m.start, m.end) not in owners
                           for m in d.mentions):
                    d.mentions.extend(m for m in host.mentions if m.kind == "place" and m not in d.mentions)
            if day_of and host is not None and host.type in kinds:
                # "During the round table, a book was presented": the round table is the host, named again; the
                # news is what happened within it.
                kept = [[d for d in g if not (d.triggers and day_of.start() <= d.triggers[0][0] < day_of.end())]
                        for g in groups]
                if any(kept):
                    reported.reported_in(host, si)
                    groups = [g for g in kept if g]
        # "Last year" with no published date to count from: an undated happening, but not the last one.
        elsewhen = any(_another_year_or_month(t) for t in s_times)
        for alternatives in groups:
            merged = False
            for d in alternatives:
                if merged and d.type == "ceremony":
                    continue
                if d.date and trig and trig.demonstrative and d.triggers and trig.demonstrative.search(
                        text, max(sent.start, d.triggers[0][0] - DEMONSTRATIVE_GAP), d.triggers[0][0]):
                    # "... this forum, held in the year of the 65th anniversary": the forum already
                    # reported without a date, dated now.
                    named = reported.latest(si, DEMONSTRATIVE_REACH, lambda p: p.type == d.type and p.lang == d.lang)
                    if named is not None and named.date is None:
                        reported.dated(named, d.date, d.anchor)
                        _merge_into(named, d)
                        reported.reported_in(named, si)
                        break
                    if named is not None and not compatible(named.date, d.date):
                        # "In this meeting he recalled the ceremony held in May": the meeting already
                        # dated; the sentence's date is another happening's.
                        reported.reported_in(named, si)
                        break
                # (one happening closed: "The Days closed with a gala concert" closed no concert told before)
                opened = None if merged else _opened_before(text, trig, d, reported, si, sent)
                if opened is not None:
                    # "The forum opened on Thursday ... The forum closed on Saturday with a gala concert": the forum
                    # ran from the one day to the other; what it closed with may be news of its own.
                    reported.dated(opened, f"{opened.date[:10]}/{max(opened.date[-10:], d.date)}", opened.anchor)
                    _merge_into(opened, d)
                    reported.reported_in(opened, si)
                    merged = True
                    continue
                # The last of its type; named as the frame of another happening, the last of its type that
                # date may be ("2005 was the Year of Azerbaijan, 2006 that of Russia. Within the Year of
                # Azerbaijan, in September 2005, ...").
                frame = _framing(text, trig, d) if d.date else 0
                prev = reported.latest(si, WINDOW, lambda p: p.type == d.type and p.lang == d.lang and (
                    not frame or compatible(p.date, d.date)), precise=d.date is None)
                framed = False
                if prev is None and d.date:
                    # "ISTANBUL, 18 Dec – ... an exhibition opened. ... On 16 December the exhibition ...": the lead's
                    # happening, dated by the report, told again further on with its day.
                    # (where the same place is named: two happenings of a type in a report are told apart by it)
                    where = {m.name for m in d.mentions if m.kind == "place"}
                    prev = reported.latest(si, LEAD_REACH, lambda p: p.type == d.type and p.lang == d.lang and bool(
                        where & {m.name for m in p.mentions if m.kind == "place"}) and _reported_earlier(p, d))
                if prev is None and d.date:  # "The conference closed on 24 September": the one of 22-24 September
                    prev = reported.latest(si, FRAME_HOST_REACH, lambda p: p.type == d.type and p.lang == d.lang and bool(
                        p.date) and precision(p.date) == 0 and compatible(p.date, d.date))
                if frame == 2 and prev is None:  # "During the visit, ... the programme signed in 2019": the visit
                    prev = reported.latest(si, FRAME_HOST_REACH, lambda p: p.type == d.type and p.lang == d.lang)
                    framed = prev is not None
                # "On the same day, the delegation was received by the Speaker": another meeting than the one told
                # (a happening named in the opening phrase, "پس از این دیدار،", is the one told)
                another = same_day and not framed and bool(d.triggers) and d.triggers[0][0] >= opening_end
                if another or (prev is not None and id(d) in entries and id(prev) in entries):
                    prev = None  # (two entries of one list are two happenings, one's days within the other's or not)
                run = None
                if d.type == "exhibition" and d.date and "/" not in d.date and precision(d.date) in (0, 1) and (where := {
                        m.name for m in d.mentions if m.kind == "place"}) and not (prev is not None and prev.date and compatible(
                        prev.date, d.date)):
                    # "View of the exhibition in Lyon, October 2023" under "Lyon, Musée des Tissus: 13 October 2023 – 28
                    # January 2024": a day or a month in the run of an exhibition told at that place is of that run
                    first, last = bounds(d.date)
                    run = reported.latest(si, si, lambda p: p.type == d.type and p.lang == d.lang and bool(
                        p.date) and "/" in p.date and bool(where & {m.name for m in p.mentions if m.kind == "place"}) and (
                        bounds(p.date)[0] <= last and first <= bounds(p.date)[1]))
                if run is not None:
                    _merge_into(run, d)
                    reported.reported_in(run, si)
                    continue
                host = next((e for e in entries.values() if e.type in PROGRAMMES and e.sources[0][
                    0] >= line_start and e.date and compatible(e.date, d.date) and reported.holds(e)), None) if (
                    d.type == "performance" and d.date) else None
                if host is not None:
                    # "II (2010, Исфахан). Состоялся в мае 2010 года; концерты проходили во дворце Чехель-Сотун": the
                    # concerts of the edition its line's entry names
                    _merge_into(host, d)
                    reported.reported_in(host, si)
                    continue
                told_on_its_day = prev is not None and prev.date == d.date
                if prev is not None and d.date and _reported_earlier(prev, d):
                    # "BAKU, 15 June – The sides signed ... They signed it yesterday": the day the text gives.
                    reported.dated(prev, d.date, d.anchor)
                if prev is not None and (framed or (not elsewhen if d.date is None else compatible(prev.date, d.date) and (
                        # "toured in the 1970s ... on 5 May 1972 in Istanbul": a decade (a span of years: "touring
                        # chronicle, 2015–2024") holds many happenings
                        (precision(prev.date) in (3, 4)) == (precision(d.date) in (3, 4))))):
                    if d.date and prev.date and d.type != "culture_year" and not frame and None not in (
                            told := precision(d.date), had := precision(prev.date)) and told < had <= 2:
                        # "The 160th anniversary in 2021 ... On 7 May 2021 flowers were laid": told again with its
                        # day, it is dated as precisely as the text says (a Year keeps its year; "During the visit, on
                        # 7 October, a memorandum was signed" dates the signing, not the visit).
                        reported.dated(prev, d.date, d.anchor)
                    _merge_into(prev, d)  # the same happening, mentioned again
                    reported.reported_in(prev, si)
                    if d.date is None:
                        break  # "the opening ceremony of the exhibition": nothing new, and no date to be news
                    # "sərgisinin açılışı olub" told again on its day: its opening is no ceremony of its own (the
                    # opening ceremony on a day of a year already told is news)
                    merged = told_on_its_day
                    continue  # its next type may still be news ("the days closed with a concert")
                twin = reported.first(d.type, d.date) if d.date else None
                if twin is not None and another and twin.lang == d.lang:
                    twin = None
                if twin is not None and precision(d.date) not in (0, 1) and not _restated(twin, d):
                    twin = None
                if twin is None and d.date and precision(d.date) in (0, 1):
                    # ... with a date of another precision ("January 2001" in the abstract, "9-10 January 2001"
                    # in the body): one happening, dated as precisely as either says.
                    twin = reported.in_other_language(d)
                    if twin is not None and specificity(d.date) > specificity(twin.date) and d.type != "culture_year":
                        reported.dated(twin, d.date, d.anchor)
                if twin is None and (row or id(d) in entries) and d.date and precision(d.date) in ((0,) if row else (0, 1)):
                    # A table of the year's events restating what the text told by its month ("In June, Pushkin
                    # House hosted our exhibition" ... "8–30 June 2023 | Photo exhibition | London, Pushkin House"):
                    # one happening, dated by its days; so does a list of a festival's editions what the text told by
                    # the year ("first held in Dushanbe in 2008" ... "2008 – Dushanbe, 22–25 September").
                    twin = reported.restated_in_row(d)
                    if twin is not None:
                        reported.dated(twin, d.date, d.anchor)
                if twin is None and d.date and precision(d.date) == 2 and CHRONOLOGY_ENTRY.match(text, sent.start):
                    twin = reported.restated_in_entry(d)
                elif twin is None and d.date and precision(d.date) == 2 and id(d) not in entries:
                    # "2011-ci il festivalında ... çıxış etmiş" after a list of the festival's editions: the edition of
                    # that year, told with its days in the list
                    twin = reported.restated_in_entry(d, among=entries)
                if twin is not None:  # stated again elsewhere (the abstract in another language)
                    _merge_into(twin, d)
                    break
                _same_day_place(d, reported, si)
                reported.add(d)
                break
    _headline_into_body(seg, events)
    _items_headlines_into_bodies(seg, events)
    _quoted_titles_into_bodies(seg, events)
    if visited:
        _seen_on_visits(text, events, visited)
    _the_texts_subject(seg, events, mentions, times)
    lang_at = {x.start: x.language for x in seg.sentences}
    return [_assemble(seg, d, lang_at) for d in events]


SUBJECT_MENTIONS = 3  # mentions at least of the person a text is about, and twice as many as any other's


def _the_texts_subject(seg: Segmented, events: list[Draft], mentions: list[Mention], times: list[TimeExpr]) -> None:
    """In a text about one person (an obituary, a biography, a profile: named far more often than anyone else), a
    happening told of "him" or "her" with no one else named is that person's: "In 1997 he helped bring to Paris an
    exhibition" takes part in it."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person":
            counts[m.name] = counts.get(m.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < SUBJECT_MENTIONS or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return
    subject = next(m for m in mentions if m.kind == "person" and m.name == ranked[0][0])
    text = seg.text.text
    died = _death_year(seg, subject, mentions, times)
    for d in events:
        if died is not None and d.date and d.date[:4].isdigit() and int(d.date[:4]) > died:
            # (a film named after them screened, their works shown: no part of theirs, as for the dead a lexicon knows)
            d.mentions = [m for m in d.mentions if not (m.kind == "person" and m.name == subject.name)]
            continue
        if any(m.kind == "person" for m in d.mentions):
            continue
        trig = triggers(d.lang)
        if trig and trig.pronoun and any(trig.pronoun.search(text, a, b) for a, b in d.sources):
            d.mentions.append(subject)


def _death_year(seg: Segmented, subject: Mention, mentions: list[Mention], times: list[TimeExpr]) -> int | None:
    """The year a sentence naming the person (or the one after it) says they died in, if one does."""
    text = seg.text.text
    starts = [x.start for x in seg.sentences]
    named = {bisect_right(starts, m.start) - 1 for m in mentions if m.name == subject.name}
    for i in sorted(named | {i + 1 for i in named}):
        if not 0 <= i < len(seg.sentences):
            continue
        sent = seg.sentences[i]
        trig = triggers(sent.language)
        said = trig.death.search(text, sent.start, sent.end) if trig and trig.death else None
        if said is not None:
            # (the year nearest the word: "who died in Tiflis in 1918, was a cult figure by the 1969 exhibition")
            years = [(abs(t.start - said.end()), int(t.edtf[:4])) for t in times
                     if sent.start <= t.start < sent.end and t.edtf and t.edtf[:4].isdigit()]
            if years:
                return min(years)[1]
    return None


def _opened_before(text: str, trig, d: Draft, reported: _Reported, si: int, sent: Sentence) -> Draft | None:
    """The happening of d's type reported with an earlier day, days before, when d's trigger closed on its day
    ("The forum closed on Saturday", "Festival 20 oktyabrda başa çatıb"), or None."""
    if not (d.date and DAY.fullmatch(d.date) and d.triggers and trig and trig.closing and trig.closing.search(
            text, d.triggers[0][1], min(sent.end, d.triggers[0][1] + CLOSING_REACH))):
        return None
    # (or with its days: "The Days opened today ... until 14 April" before "The Days closed yesterday")
    return reported.latest(si, CLOSING_HOST_REACH, lambda p: p.type == d.type and p.date is not None and bool(
        DAYS.fullmatch(p.date)) and p.date[:10] < d.date <= _plus_days(p.date[:10], CLOSING_DAYS))


CLOSING_DAYS = 14  # days at most between a happening's first day and the one it closed on
RUN_DAYS = 400  # ... for an exhibition, which runs for months
LONG_RUNS = {"exhibition"}
# sentences back in which the happening that closed is found: a feed's posts of the days between may tell of others
CLOSING_HOST_REACH = 30


def _on_the_eve(text: str, trig, eve: re.Match, groups, reported: _Reported, si: int, after: bool = False) -> None:
    """Date the happenings of a sentence told as the day before another ("The day before the opening of the Days,
    the delegation laid flowers"): the day before the first day of the last event of the type the phrase names
    (or, for "a day before that", of the last one with a day), when one is at hand; `after`: the day after the last
    day of the last event of the type it names ("the day after the presentation")."""
    kinds = {t_ for t_, _a, _b in trig.finditer(text, eve.start(), eve.end())}
    if (after and not kinds) or DAY_RESTATED.match(text, eve.end()):
        return  # ("накануне, 11 марта, группа дала концерт": the day written out is the day)
    if kinds or (trig.eve_that and trig.eve_that.fullmatch(eve.group())):
        host = reported.latest(si, FRAME_HOST_REACH, lambda p: bool(p.date) and precision(p.date) == 0 and (
            not kinds or p.type in kinds))
    else:  # "the day before the gala", "накануне открытия Дней": the happening the report is about, told first
        host = next((p for p in reported.all if p.date and precision(p.date) == 0), None)
    if host is None:
        return
    day = _plus_days(bounds(host.date)[1], 1) if after else _plus_days(bounds(host.date)[0], -1)
    if after:  # ("the presentation" in "the day after the presentation, they met students" is the one told before)
        outside = [g for g in ([d for d in g if not (d.triggers and eve.start() <= d.triggers[0][0] < eve.end())]
                               for g in groups) if g]
        if outside:
            groups[:] = outside
    for d in (d for g in groups for d in g if after or not (d.triggers and eve.start() <= d.triggers[0][0] < eve.end())):
        if d.date is None or d.anchor in ("context", "dateline", "published"):
            d.date, d.anchor = day, "context"


DAY_RESTATED = re.compile(r"[ \t]*,?[ \t]*\d")  # a day written out right after "the day before"
EVE_DAYS = 7  # days at most between a day "on the eve of" a happening and its first day


def _shortly_before(text: str, trig, eve: re.Match, groups, reported: _Reported, si: int) -> None:
    """A day written without its year in a sentence set "on the eve of" a happening (the last of the type it
    names with a day, else the first) is of the days just before that happening's first day."""
    kinds = {t_ for t_, _a, _b in trig.finditer(text, eve.start(), eve.end())}
    if not kinds:
        return

    def named(p):
        return p.type in kinds and bool(p.date) and precision(p.date) == 0

    host = reported.latest(si, FRAME_HOST_REACH, named) or next(filter(named, reported.all), None)
    if host is None:
        return
    first = dt.date.fromisoformat(bounds(host.date)[0])
    for d in (d for g in groups for d in g if d.anchor == "context" and d.date and DAY.fullmatch(d.date)):
        try:
            day = dt.date(first.year, int(d.date[5:7]), int(d.date[8:10]))
        except ValueError:
            continue
        if 0 < (first - day).days <= EVE_DAYS:
            d.date = day.isoformat()


def _bulleted(text: str, sent: Sentence) -> bool:
    """Whether a sentence is an item of a list: a line of its own opened by a bullet or an enumerator."""
    start = text.rfind("\n", 0, sent.start) + 1
    return not text[start:sent.start].strip() and LIST_ITEM.match(text, start) is not None


def _list_kind(text: str, sent: Sentence, groups, times, headline: bool) -> str | None:
    """The type of happening a heading ("Foreign tours", "Зарубежные гастроли") or a lead ending in a colon
    ("the following tours took place:") names for the list under it, if it is one."""
    drafts = [alts[0] for alts in groups if alts and alts[0].triggers]
    if not drafts:
        return None
    if text[sent.end - 1] == ":":
        last = max(drafts, key=lambda d: d.triggers[0][1])
        return last.type if sent.end - last.triggers[0][1] <= LEAD_GAP else None
    if _heading(text, sent) or (text.rfind("\n", 0, sent.start) + 1 == sent.start and (
            sent.end >= len(text) or text[sent.end] == "\n") and _card_title(text, sent.start)):
        # (a card's title, over its dates, may be longer than a heading)
        # (a dated one is a chronology's entry, unless a year only closes it: "Loans to exhibitions abroad, 2023";
        # the first, the text's headline)
        dated = [t for t in times if t.edtf]
        entry = any(precision(t.edtf) != 2 or t.start - sent.start <= ENTRY_YEAR_AT for t in dated)
        return None if headline or entry else drafts[0].type
    return None


LEAD_GAP = 25  # characters at most between a lead's trigger and its colon ("gastrollar həyata keçirilmişdir:")
ENTRY_YEAR_AT = 12  # characters at most before the year of a chronology's entry ("1972 – India", "• 2019-cu il —")


CARD_TITLE = 100  # characters at most of the title of a card on an events page


@lru_cache(maxsize=1)
def _tag_labels() -> re.Pattern | None:
    words = langdata.words("events", "tag_labels")
    # (... or a post's byline opening its line, "Posted by Nino Beridze on 9 June 2019 · Festivals, Belarus")
    byline = langdata.words("events", "byline")
    return re.compile(r"[ \t]*(?:(?:[^\n]{0,80}?[|·•][ \t]*)?(?:%s)[ \t]*:%s)" % (
        "|".join(words), "|(?:%s)(?!\\w)" % "|".join(byline) if byline else ""), re.I) if words else None


def _tag_line(text: str, sent: Sentence) -> bool:
    """Whether a sentence is a line of tags or keywords (its label opening it or a field of it)."""
    labels = _tag_labels()
    line_start = text.rfind("\n", 0, sent.start) + 1
    return labels is not None and not text[line_start:sent.start].strip() and labels.match(text, line_start) is not None


# A report's legend of its status codes: "P - planned (approved, not yet held); X - cancelled.", "О — отменён   П —
# перенесён", "ل = لغو شده", each code a capital or two (or a letter of a script with none) before a dash or "=".
_LEGEND_ENTRY = re.compile(r"(?<![\w.])(\w{1,3})[ \t]*[-–—=][ \t]*([^\W\d_][^;\n]{1,60}?)(?=[ \t]*(?:[;.,]|\n|[ \t]{2}|$))")


@lru_cache(maxsize=1)
def _legend() -> tuple[re.Pattern, re.Pattern] | None:
    """A legend's label ("STATUS CODES:", "СТАТУСЫ:", "راهنمای کدهای وضعیت") and the meanings of a code whose row tells
    no happening, in every language (a report's legend may be in another than its rows)."""
    labels = langdata.words("events", "legend_labels")
    if not labels or not langdata.words("events", "status_unrealised"):
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(labels)})(?!\w)", re.I), records.unrealised()


def _status_cell(cell: str) -> bool:
    """Whether a table's cell holds only a status of a happening that did not take place (`status_unrealised` of any
    language: a register's or a calendar's rows carry the status in the language of their format)."""
    cell = cell.strip(" .")
    return 0 < len(cell) <= STATUS_CELL and records.unrealised().fullmatch(cell) is not None


STATUS_CELL = 40  # characters at most of a status cell


def _unrealised_codes(text: str) -> set[str]:
    """The status codes a report's legend reads as planned, postponed or cancelled (their rows tell no happening)."""
    legend = _legend()
    if legend is None:
        return set()
    labels, words = legend
    return {m.group(1) for label in labels.finditer(text)
            for m in _LEGEND_ENTRY.finditer(text, label.start(), min(len(text), label.end() + LEGEND))
            if (m.group(1)[0].isupper() or m.group(1).lower() == m.group(1).upper()) and words.match(m.group(2).strip())}


LEGEND = 600  # characters of a legend after its word
_CODE_CELL = re.compile(r"\s*(\w{1,3})(?:\s{2,}|\s*$)")  # a status code alone, or before a number right-aligned in the next column


def _review_lines(text: str, times) -> tuple[set[int], dict[int, str]]:
    """A page of reviews: the starts of the lines giving the day a review was written ("Reviewed 14 May 2019"), which
    heads no item of news, and the month of each review's visit ("Date of experience: May 2019") by its paragraph."""
    post, visit, _line = review_labels()
    posted, visited = set(), {}
    if not times or not review_lines(text):
        return posted, visited
    taken = []  # (paragraph, month) of a photo's line of its upload and the day it was taken
    for t in times:
        line_start = text.rfind("\n", 0, t.start) + 1
        if post.fullmatch(text, line_start, t.start):
            posted.add(line_start)
        elif t.edtf and visit.fullmatch(text, line_start, t.start):
            para = paragraph_start(text, t.start)
            visited.setdefault(para, t.edtf)
            if para == line_start and post.match(text, line_start):
                taken.append((para, t.edtf))
    # A photo's line under its caption (and its credit), "Photo: ... · Uploaded 3 June 2019 · Date taken: 1972": the
    # caption shows what was seen then.
    for para, month in taken:
        for _ in range(PHOTO_PARAGRAPHS):
            para = paragraph_start(text, para - 2) if para > 1 else -1
            if para < 0 or para in posted or para in visited:
                break
            visited[para] = month
    return posted, visited


PHOTO_PARAGRAPHS = 2  # paragraphs over a photo's line of dates: its caption and its credit


def _seen_on_visits(text: str, events: list[Draft], visited: dict[int, str]) -> None:
    """A visitor's review: what it tells with no date of its own was seen in the month of the visit its line of dates
    gives (over or under its text), not on the day the review was written; unless the review dates a happening of that
    kind elsewhere (its title naming what its text tells with a day)."""
    para_of = {id(d): paragraph_start(text, d.sources[0][0]) for d in events if d.sources}
    for d in events:
        visit = visited.get(para_of.get(id(d), -1)) if d.date is None else None
        if visit is not None and not any(e.type == d.type and e.date and para_of.get(id(e)) == para_of[id(d)]
                                         for e in events):
            d.date, d.anchor = visit, "context"


def _previous_line(text: str, start: int) -> int:
    """The start of the last line with words before the one starting at `start` (-1 if none)."""
    end = start - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    return text.rfind("\n", 0, end) + 1 if end > 0 else -1


CARD_WEEKDAY = re.compile(r"(?:[^\W\d_]{2,12}|[^\W\d_](?:\.[^\W\d_]{1,2})?)\.?,?[ \t]+\d")  # "Sat,", "Ç.a.,", "Ş.,"
CARD_DATE_LINE = 60  # characters at most of a card's line of dates


def _exhibition_card(text: str, sent: Sentence, times, mentions) -> TimeExpr | None:
    """The weeks or months an exhibition's panel or card gives on a line of their own over (or before) its museum or
    gallery, no word of an exhibition said ("14 September 2024 – 12 January 2025\nState Museum of Oriental Art, Moscow",
    "۱۵ آبان تا ۱۵ بهمن ۱۴۰۲ | موزه هنرهای معاصر تهران"): what a museum shows for weeks is an exhibition."""
    for t in times:
        line_start = text.rfind("\n", 0, t.start) + 1
        lo, hi = bounds(t.edtf) if t.edtf and "/" in t.edtf and ".." not in t.edtf else (None, None)
        if not lo or not hi or text[max(line_start, sent.start):t.start].strip() or not (
                EXHIBITION_WEEKS * 7 <= (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days <= 366):
            continue  # (a span of weeks or months opening its line)
        eol = text.find("\n", t.end)
        after = text.find("\n", eol + 1) if eol >= 0 else -1
        end = len(text) if after < 0 else after  # (its line and the next)
        if any(m.kind in ("org", "place") and t.end <= m.start and m.end <= end and _shown_at().search(m.name or "")
               for m in mentions):
            return t
    return None


TITLE_PAGE = 800  # characters of a text's head in which a title page's lines stand
TITLE_LINES = 6  # lines at most between the kind of a happening on a title page and its place and days
TITLE_TYPES = ("forum", "festival", "culture_days", "culture_year", "exhibition")
_PLACE_COMMA = re.compile(r"[ \t]*[^\W\d_][^\n\d,،]{0,40}[,،][ \t]*")  # "Samarkand, ", "Bakı, ", "تبریز، "


def _title_page(text: str, sents, si: int, times) -> tuple[str, TimeExpr] | None:
    """(type, days) of a title page's happening: its kind on a line of the head ("International Scientific Conference",
    "Международная научная конференция") and its place and days on a line of their own a few lines below ("Samarkand,
    16–18 October 2024"), as a programme's or a proceedings' cover gives them."""
    sent = sents[si]
    line_start = text.rfind("\n", 0, sent.start) + 1
    t = times[0] if len(times) == 1 else None
    if t is None or not t.edtf or "/" not in t.edtf or precision(t.edtf) != 0 or _PLACE_COMMA.fullmatch(
            text, line_start, t.start) is None:  # (a span of days: a single day under a headline is a news item's dateline)
        return None
    line_end = text.find("\n", t.end)
    rest = text[t.end:len(text) if line_end < 0 else line_end]
    if rest.strip(" \t.()") and not (GLOSS.match(rest) and rest.rstrip().endswith(")")):
        return None  # (only the place and the days on the line, maybe the days again in the other calendar)
    for k in range(si - 1, -1, -1):
        prev = sents[k]
        if text.count("\n", prev.end, line_start) > TITLE_LINES:
            break
        trig = triggers(prev.language)
        kinds = [etype for etype, _s, _e in trig.finditer(text, prev.start, prev.end) if etype in TITLE_TYPES] if trig else []
        if kinds:
            return kinds[0], t
    return None


EXHIBITION_WEEKS = 2  # weeks at least a museum's or a gallery's span of days runs to be an exhibition's


@lru_cache(maxsize=1)
def _shown_at() -> re.Pattern:
    """A museum's or a gallery's canonical name (`[events] exhibition_venues` of common.toml: names are English)."""
    words = langdata.load("common").get("events", {}).get("exhibition_venues", [])
    return re.compile(rf"\b(?:{'|'.join(words) or '(?!)'})\b")


def _card_title(text: str, start: int) -> bool:
    """Whether the line at `start` is a card's title on an events page: a short line with no digit leading it and no
    stop at its end, the next line with words opening with a number (the card's dates: "10 October 2024 - 15 January
    2025", "۵ تا ۳۰ آبان ۱۴۰۳")."""
    if start < 0:
        return False
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[start:line_end].strip()
    if not line or len(line) > CARD_TITLE or line[-1] in ".!?:;،؛" or line[0].isdigit():
        return False
    nxt = SPACES.match(text, line_end).end()
    if nxt < len(text) and text[nxt].isdigit():
        return True
    if _quoted_line(text, start):
        return True
    # ... or with a weekday before them, on a short line ("Sat, 14 Oct 2023, 19:00", "Wed, 18 Oct 2023 – Sun, 5 Nov 2023")
    m = CARD_WEEKDAY.match(text, nxt)
    return m is not None and text.find("\n", nxt, nxt + CARD_DATE_LINE) >= 0


def _list_lead(text: str, trig, start: int, end: int, times, t_starts) -> bool:
    """Whether the paragraph text[start:end] under a heading introduces the list after it, telling no day or month of its
    own: "ВЫСТАВКИ ЗА РУБЕЖОМ\n\nМузей регулярно представляет свои коллекции ... Ниже приведён перечень ...", not a news
    item's lead under its headline, nor one leading a list of its own ("... It will then travel to:")."""
    return bool(trig and trig.list_lead and trig.list_lead.search(text, start, end)) and not any(
        t.edtf and "/.." not in t.edtf and precision(t.edtf) in (0, 1) for t in _between(times, t_starts, start, end)
    ) and not text[start:end].rstrip().endswith(":")


def _year_alone(text: str, sent: Sentence, times) -> bool:
    """Whether a sentence is a year alone on its line (or a season's two years: "Season 2019/20")."""
    dated = [t for t in times if t.edtf]
    return len(dated) == 1 and (precision(dated[0].edtf) == 2 or dated[0].qualifier == "season") and text[
        sent.start:sent.end].strip() == text[dated[0].start:dated[0].end]


def _quoted_line(text: str, start: int) -> bool:
    """Whether the line at `start` is a title in quotes alone, over a line with a digit: a card's title over its place
    and dates ("«Степные мотивы»\nМосква, Музей ..., 12 декабря 2018 г. – 20 января 2019 г.")."""
    if start < 0:
        return False
    line_end = text.find("\n", start)
    if line_end < 0 or not QUOTES.fullmatch(text[start:line_end].strip()):
        return False
    nxt = SPACES.match(text, line_end).end()
    nxt_end = text.find("\n", nxt)
    return any(c.isdigit() for c in text[nxt:len(text) if nxt_end < 0 else nxt_end])


def _list_entry(text: str, sent: Sentence, times, trig=None, seen: str | None = None, rest=()) -> TimeExpr | None | bool:
    """The date of a list entry beginning a line ("1972 – India", "• Baku, Carpet Museum — 10 October – 26
    November 2023", a table's row); False for a line of another kind (the list is over); None for a sentence
    inside a line, or a table's row without a date (its header). `rest`: the times of the line after the sentence."""
    start = text.rfind("\n", 0, sent.start) + 1
    row = "\t" in text[sent.start:sent.end]
    if text[start:sent.start].strip() or (sent.start > start and not row and not LIST_ITEM.match(text, start) and not (
            CHRONOLOGY_ENTRY.match(text, start))):
        # inside a line, or an indented line under an entry (not an indented entry: " 2009 — Culfa", nor a table's row
        # whose bar the text's normalisation made a space: "| I | 2017 | Kazan | 12–14 October |")
        return None
    dated = [t for t in times if t.edtf]
    if not dated:
        if row or seen == "card" or (seen != "entry" and sent.start == start and _card_title(text, start)):
            return None  # (a card's title over its dates, the lines telling of it under them; `seen`: the entries so far)
        return False
    if row:
        # (the row's days refine its year in a cell before them: "2016<TAB>12–17 October 2016")
        # ("۱۳۹۵<TAB>۱۲ تا ۱۶ مهر": a year of another calendar is a span of days, which the days refine)
        finer = [t for t in dated[1:] if specificity(t.edtf) > specificity(dated[0].edtf) and refines(t.edtf, dated[0].edtf)]
        return finer[0] if finer else dated[0]
    if _year_alone(text, sent, dated):
        return None  # a year alone on its line over the entries it dates ("2019\n\n«...» — Pekin, 20 may – 18 avqust")
    first, last = dated[0], dated[-1]
    # "۱۳۶۲ (۱۹۸۳) — هند": a date and its gloss in the other calendar are one, the Gregorian one its value
    if len(dated) > 1 and _glossed(text, dated[0], dated[1]):
        first = _gloss_pair(*dated[:2])
    if len(dated) > 1 and _glossed(text, dated[-2], dated[-1]):
        last = _gloss_pair(*dated[-2:])
    eol = text.find("\n", sent.start)
    if first.start == sent.start and not text[sent.end:len(text) if eol < 0 else eol].strip() and not ENTRY_DASH.match(
            text, first.end) and _card_title(text, _previous_line(text, start)):
        return first  # "Dialogue of Patterns: Silk of Azerbaijan and China\n\n10 October 2024 - 15 January 2025": a card
    line_end = text.find("\n", sent.start, sent.end)  # (lines under the entry say more of it)
    if line_end >= 0 and (on := [t for t in dated if t.start < line_end]) and on[-1] is not dated[-1] and not (
            FIELD_LINE.match(text, start)):
        last = on[-1]  # (the entry's line, not the lines under it that the sentence runs on to)
    tail_rx = trig.entry_tail if trig is not None else _ENTRY_TAIL_BARE
    tail = tail_rx.fullmatch(text, last.end, sent.end if line_end < 0 else line_end)
    # "«Степные мотивы»\nМосква, Всероссийский музей декоративного искусства, 12 декабря 2018 г. – ...": a card's
    # place and days under its title (one sentence with it, or one of their own)
    # (or under a list's numbered line naming its place: "۱. برلین، آلمان\n«رنگ و خاک ...»، ۳ بهمن ۱۳۹۴ تا ...")
    under = None if sent.start != start else line_end + 1 if line_end >= 0 and (_quoted_line(text, start) or (
        LIST_ITEM.match(text, start) and line_end - start <= CARD_TITLE and text[line_end - 1] not in ".!?:;،؛")) else (
        start if _quoted_line(text, _previous_line(text, start)) else None)
    if under is not None:
        under_end = text.find("\n", under, sent.end)
        under_end = sent.end if under_end < 0 else under_end
        on = [t for t in dated if under <= t.start < under_end]
        if on and tail_rx.fullmatch(text, on[-1].end, under_end) and (ENTRY_DASH_BEFORE.search(
                text, under, on[-1].start) or CELL_BEFORE.search(text, under, on[-1].start)):
            return on[-1]
    if seen == "card":
        # (a line under the cards opening with another kind of date, "20 February 2025, 18:00. Talk: ...", ends them;
        # a card's paragraph telling a day, "The exhibition was opened on 14 February", is read as any sentence)
        return False if first.start == sent.start == start else None
    if DATE_LINE.fullmatch(text, sent.start, sent.end):
        return False  # a date alone on its line heads news, not an entry
    bullet = LIST_ITEM.match(text, start)  # (from the line's start: " * 2009 – Shiraz, October", indented)
    body = bullet.end() if bullet else sent.start
    # "2-й — 2012, 18–23 сентября, Баку", "دورهٔ دوم – ۱۳۹۳ (۲۰۱۴)، قونیه": an edition's number before its date
    numbered = EDITION_HEAD.match(text, body) or (trig and trig.edition_head and trig.edition_head.match(text, body))
    # (... or a bullet's item opening with its date: "- From 12 March to 30 June the Main Hall hosted ...")
    if len(dated) > 1 and first.start - body <= 1 and _YEAR_COMMA.fullmatch(text, first.end, dated[1].start) and (
            ENTRY_DASH.match(text, dated[1].end) and refines(dated[1].edtf, first.edtf)):
        return dated[1]  # "2016, 14–22 февраля — Тегеран, фестиваль «Фаджр»": the year, then the days
    if (first.start - body <= 1 and ENTRY_DASH.match(text, first.end)) or (numbered and first.start == numbered.end()) or (
            bullet and first.start == body and any(c.isdigit() for c in text[first.start:first.end])):
        # "1972 – India", "18 мая, 15:00 — лекция"; the entry's days told after its year are its date ("2019 —
        # выставка ... в Казани (5 сентября — 20 октября 2019 г.)")
        finer = [t for t in dated[1:] if (line_end < 0 or t.start < line_end) and specificity(t.edtf) > specificity(
            first.edtf) and refines(t.edtf, first.edtf)]
        after = next((t for t in rest if t.edtf), None)
        if numbered and not finer and after is not None and len(text[sent.end:after.start].split()) <= ENTRY_VERB_WORDS and (
                specificity(after.edtf) > specificity(first.edtf) and refines(after.edtf, first.edtf)):
            # "III (2012, Казань). 3—7 октября 2012 года.", "II (2010, Исфахан). Состоялся в мае 2010 года": an edition's
            # year and place, then the sentence opening with its days
            finer = [after]
        # (one span told twice, in two calendars: "1401-ci il mehr ayının 15–17-si (7–9 oktyabr 2022)")
        return finer[0] if len({t.edtf for t in finer}) == 1 else first
    if tail and (ENTRY_DASH_BEFORE.search(text, body, last.start) or bullet and ENTRY_COLON_BEFORE.search(
            text, body, last.start)) and (bullet or sent.start == start and (
            line_end >= 0 or sent.end == len(text) or text[sent.end] == "\n")):
        # "• Москва, Государственный музей Востока — 14 февраля – 21 апреля 2024 г.", and a catalogue's record
        # under "Exhibited" with no bullet: "Moscow, Central Exhibition Hall (Manege), Art of Soviet Azerbaijan,
        # October–November 1967." (its number in the catalogue, a note in brackets after: "1962, no. 7 (lent)")
        return last
    if "/" in (last.edtf or "") and SPAN_AFTER_TITLE.search(text, max(body, last.start - 4), last.start):
        # "Past exhibitions" over "Gold of Colchis (18 September 2021 – 10 January 2022), with the Louvre",
        # "«Персидский ковер». 7 июля — 25 сентября 2022": a title, then the days it ran
        return last
    return False


_YEAR_COMMA = re.compile(r"[ \t]*,[ \t]*")
ENTRY_VERB_WORDS = 2  # words at most before the days of the sentence after an edition's head ("Прошёл в мае 2010 года")
EDITION_HEAD = re.compile(r"\d{1,2}(?:-?[^\W\d_]{1,3})?\.?[ \t]*[–—-][ \t]*(?=\d)|[IVXLC]{1,7}\.?[ \t]*(?:[–—-][ \t]*|\()(?=\d{4}\b)")
SPAN_AFTER_TITLE = re.compile(r"(?:[(–—-]|»\.?)[ \t]*$")  # what stands between an entry's title and its days
ENTRY_HEAD_END = re.compile(r"[(;؛\n]")
DAY_NOTE = 14  # characters of a bracket right after an entry's date, that notes its day ("(пт)", "(Friday)")
# (or a CV's column: "2019  Solo exhibition ...", two spaces or a tab)
ENTRY_DASH = re.compile(r"[ \t]*\)?[ \t]*(?:,[ \t]*\d{1,2}[:.]\d{2}(?:[–—-]\d{1,2}[:.]\d{2})?)?[ \t]*[–—:-][ \t]|(?:[ ]{2,}|\t)(?=\S)")
CELL_BEFORE = re.compile(r"[ \t]\|[ \t]*$")  # ("Albertina, Vienna | 25 November 2021 - 6 March 2022" under a card's title)
ENTRY_DASH_BEFORE = re.compile(r"[ \t][–—-][ \t]*$|[,،][ \t]*$|[ \t]\([ \t]*$")  # (", 1967", " – 1967", " (1967)")
ENTRY_COLON_BEFORE = re.compile(r":[ \t]*$")  # ... and a bullet's "- Lyon, Musée des Tissus: 13 October 2023 – 28 January 2024"
_ENTRY_TAIL_BARE = re.compile(ENTRY_TAIL.format(number=r"(?!x)x"), re.I)  # (a language with no catalogue words)


HEADING_LEN = 60  # characters at most of a heading standing as a paragraph of its own
CAPTION_LEN = 100  # ... and of a table's caption after its number
HEADING_LABEL = 26  # characters of a programme heading besides its date ("Day 2 – ", "İkinci gün, ")
def _headline(text: str, sents, i: int) -> bool:
    """Whether sentence i is a headline standing over its lead (no stop at its end, a line of its own)."""
    if i + 1 >= len(sents):
        return False
    sent = sents[i]
    return text[sent.end - 1] not in ".!?…:" and "\n" in text[sent.end:sents[i + 1].start]


VENUE_AFTER = re.compile(r"[ \t]+[—–|][ \t]+[^\W\d_]")  # a day heading's dash or bar before the venue
SLOT_LINE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[—–-][ \t]*\d{1,2}[:.]\d{2})?[ \t]*[|—–-]")  # "19:00 | ", "10:00–13:00 – "
TIME_STAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]*[—–-][ \t]")
LINE_STAMP = re.compile(r"^[ \t]*(\d{1,2})[:.]\d{2}[ \t]*[—–-][ \t]", re.M)
STAMP_PARAGRAPHS = 4  # paragraphs at most of an item under a time alone on its line (its headline, lead, more)


HEAD_LINES = 6  # lines at the head of a text where a dated line is its dateline or byline, no programme's heading


def _card_heading(text: str, sent: Sentence, line_start: int) -> bool:
    """Whether a sentence heads a card of fields in the text's body ("I форум" over "Даты: ...", "Город: ..."): a heading,
    no field itself, no item of a list (whose fields may be a calendar's plans) and not the text's own title."""
    return _heading(text, sent, CARD_HEADING) and ":" not in text[sent.start:sent.end] and not LIST_ITEM.match(
        text, line_start) and text.count("\n", 0, sent.start) >= HEAD_LINES


CARD_HEADING = 120  # characters at most of a card's heading over its fields ("بند ۷ – همایش بین‌المللی «...» در ...")


def _heading(text: str, sent: Sentence, limit: int = HEADING_LEN) -> bool:
    """Whether a sentence is a line of its own, short, with no full stop: a heading (after a table's or a
    figure's number: "Table 5.1. Loans to exhibitions abroad, 2023")."""
    line = text.rfind("\n", 0, sent.start) + 1
    caption = sent.start > line and CAPTION_LABEL.fullmatch(text, line, sent.start) is not None
    # (a rule line under it underlines it: "ÖTƏN MÖVSÜMÜN YADDA QALAN ANLARI (2024/2025)\n—————")
    under = text.rfind("\n", sent.start, sent.end)
    end = under if under > 0 and RULE_LINE.fullmatch(text, under + 1, sent.end) else sent.end
    if end - sent.start > (CAPTION_LEN if caption else limit) or (text[end - 1] in ".!?؟…" and not (
            YEAR_ABBREVIATION.search(text, sent.start, end))):
        return False  # (but for a year's abbreviation ending it: "Планы на 2022–2023 гг.")
    # (a section's number before it: "4.2. План работ по проекту")
    return (sent.start == line or caption or SECTION_NUMBER.fullmatch(text, line, sent.start) is not None) and (
        sent.end >= len(text) or text[sent.end] == "\n")


YEAR_ABBREVIATION = re.compile(r"\d[ \t]*[^\W\d_]{1,3}\.$")
CAPTION_LABEL = re.compile(r"[^\W\d_]{3,10}[ \t]+\d+(?:\.\d+)*\.[ \t]+")  # "Table 5.1. ", "Таблица 3. "
SECTION_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:[.-]\d{1,2})+\.?[ \t]+")  # "4.2. ", "۴-۳. " (not "3. ", a list's item)


def _signed_cell(text: str, sent: Sentence, times, trig, memo: dict) -> TimeExpr | None:
    """The date in a table's row under its header's "Date signed" column (`signed_column`), if any."""
    return _column_cell(text, sent, times, trig.signed_column, memo)[1]


def _column_cell(text: str, sent: Sentence, times, column: re.Pattern, memo: dict, beside: re.Pattern | None = None
                 ) -> tuple[bool, TimeExpr | None]:
    """Whether the header of a table's row has the column `column` (and a column `beside` too, if given), and the date in
    the row's cell under it, if any."""
    line = text.rfind("\n", 0, sent.start) + 1
    cells = header_cells(text, line, memo)
    col = next((k for k, c in enumerate(cells or ()) if column.fullmatch(c.strip())), None)
    if col is None or (beside is not None and not any(beside.fullmatch(c.strip()) for c in cells)):
        return False, None
    a = line
    for _ in range(col):
        a = text.find("\t", a, sent.end) + 1
        if a == 0:
            return False, None  # (a row short of that cell)
    b = text.find("\t", a, sent.end)
    b = sent.end if b < 0 else b
    cell = [t for t in times if t.edtf and a <= t.start and t.end <= b]
    # (a Jalali year glossed in the Gregorian calendar, "۱۳۸۷ (2008)", is dated as the writer glosses it)
    return True, next((t for t in cell if t.calendar == "gregorian"), cell[0] if cell else None)


def _leading_date(text: str, sent: Sentence, times, mentions) -> tuple[TimeExpr, str] | None:
    """The day (or days) of a sentence opening its line that is only a date and a place ("24–27.IV — Almaty.",
    "3 May 2018 — Baku.", "▸ 7–12 oktyabr 2024 | Bakı"), and the mark between them; or None."""
    if len(times) != 1 or not times[0].edtf or precision(times[0].edtf) != 0 or (
            sent.start and text[sent.start - 1] != "\n"):
        return None
    t = times[0]
    bullet = LIST_ITEM.match(text, sent.start)
    sep = ENTRY_DASH.match(text, t.end) or _CARD_BAR.match(text, t.end)
    if t.start - (bullet.end() if bullet else sent.start) > 1 or not sep:
        return None
    rest = _besides(text, t.end, sent.end, [(m.start, m.end) for m in mentions if m.kind == "place" and m.start >= t.end])
    # (a card's place may be none: "15 aprel – 30 iyun 2024 | Onlayn")
    return (t, sep.group().strip()) if len(rest) <= CAPTION_VENUE and (
        any(m.kind == "place" for m in mentions) or sep.group().strip() == "|" and len(rest.split()) <= CARD_LABEL) else None


_SAME_LINE = re.compile(r"[ \t]+\S")  # more on the line
_CARD_BAR = re.compile(r"[ \t]*\|[ \t]")  # "12–14 mart 2024 | Bakı": a card's date and place
CARD_LABEL = 2  # words at most after a card's date that name no place ("Online", "Zoom")
_DAY_MONTH = re.compile(r"[ \t]*(?:\d{1,2}\.?[ \t]+(?P<m>[^\W\d_]+)\.?|(?P<m2>[^\W\d_]+)\.?[ \t]+\d{1,2})[ \t]*")


def _day_month_line(text: str, sent: Sentence) -> bool:
    """Whether a sentence is a day and a month's name alone ("12 марта", "March 12"; not a diary's "یکشنبه ۱۰")."""
    m = _DAY_MONTH.fullmatch(text, sent.start, sent.end)
    return m is not None and grammar(sent.language).month_of("month", m.group("m") or m.group("m2")) is not None


def _besides(text: str, start: int, end: int, spans) -> str:
    """text[start:end] without the spans (a date, places) and the punctuation around them: what else it says."""
    rest = text[start:end]
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a - start] + rest[b - start:]
    return rest.strip(" \t\n,.;:–—-،؛")


def _field_date_below(text: str, sent: Sentence, trig, times, t_starts) -> tuple[TimeExpr | None] | None:
    """The date of a record's date field on the lines under an item's title, in its paragraph ("Date: 14–16 October
    2022", "Teacher: ... — Date: ..."), in a tuple (None in it for a field with no date: "Held: not held"), or None
    when there is no such field."""
    para = PARAGRAPH.search(text, sent.end)
    end = para.start() if para else len(text)
    for line in FIELD_CELL.finditer(text, text.find("\n", sent.end) + 1 or end, end):
        if (label := trig.record_date.match(text, line.end())) is not None:
            eol = text.find("\n", label.end(), end)
            found = [t for t in _between(times, t_starts, label.end(), end if eol < 0 else eol) if t.edtf]
            return (found[0] if found else None,)
    return None


# Where a field may start: a line, a cell after a dash or a bar, a sentence on a field's line ("Plan: May. Held: ...")
FIELD_CELL = re.compile(r"^|[ \t][—|][ \t]|(?<=\.)[ \t]+(?=\w)", re.M)


def _trailing_dateline(text: str, sent: Sentence, nxt: Sentence, times, mentions):
    """(date, places) of a sentence that is only a place, maybe a venue, and a date ("Dushanbe, 11 January 2023.",
    "Bakı, Nizami Kino Mərkəzi, 30 oktyabr 2023.") after sent in its paragraph, or None."""
    if "\n\n" in text[sent.end:nxt.start] or len(times) != 1 or not times[0].edtf or precision(times[0].edtf) is None:
        return None
    places = [m for m in mentions if m.kind == "place"]
    # ... or, on the same line, a book's imprint: "Translated by Anjali Mishra. Rajkamal Prakashan, New Delhi, 2019."
    imprint = bool(places) and min(m.start for m in places) != nxt.start
    if not places or (imprint and not ("\n" not in text[sent.end:nxt.start] and IMPRINT_YEAR.fullmatch(
            text, times[0].start - 2, nxt.end))):
        return None
    rest = _besides(text, nxt.start, nxt.end, [(times[0].start, times[0].end)] + [(m.start, m.end) for m in places])
    return (times[0], places) if len(rest) <= (IMPRINT_PUBLISHER if imprint else CAPTION_VENUE) and "\n" not in rest else None


CAPTION_VENUE = 40  # characters of a venue or a district a caption's place and date may name between them
IMPRINT_PUBLISHER = 80  # ... and of a publisher's name in a book's imprint on the line of its entry
IMPRINT_YEAR = re.compile(r", \d{4}\.?[ \t]*")  # the year ending an imprint


def _scene_day(text: str, prev: Sentence, sent: Sentence, prev_has_trigger: bool, prev_times) -> TimeExpr | None:
    """The day a sentence that reports no happening sets for the next one in its paragraph ("The next morning
    the two delegations got down to business. At the Ministry, they signed a memorandum."), if any."""
    if prev_has_trigger or len(prev_times) != 1 or "\n\n" in text[prev.end:sent.start]:
        return None
    t = prev_times[0]
    # (a month only from a short sentence that is little more than the date and says something of it: "Перелом —
    # октябрь 1954 года.", "Начнём с сентября 1930 года." (not a date cut off by the full stop of its "г."); a year
    # so is as often an era's, "It was 1964.")
    if not t.edtf or not (_DAY_VALUE.fullmatch(t.edtf) or (
            precision(t.edtf) == 1 and prev.end - prev.start <= SCENE_SENTENCE and SCENE_WORD.search(
                text[prev.start:t.start] + " " + text[t.end:prev.end]))) or t.qualifier == "dateline" or DATE_LINE.fullmatch(
            text, prev.start, prev.end) or quoted(text, t.start, t.end):
        return None  # (nor does a speaker's "today")
    life = _life_verbs()
    if life is not None and life.search(text, prev.start, prev.end):
        return None  # "X was born in Tiflis on 14 December 1915.": a life's day, no scene's
    return t


@lru_cache(maxsize=1)
def _life_verbs() -> re.Pattern | None:
    words = sorted({w for lang in langdata.available() for w in (langdata.load(lang).get("events", {}).get("life") or [])
                    if len(w) > 3})
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I) if words else None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
SCENE_SENTENCE = 50  # characters at most of a sentence whose month is the scene of the next
SCENE_WORD = re.compile(r"[^\W\d_]{4}")


HEADLINE = 150  # characters at most of a document's first line that is its headline


def _headline_into_body(seg: Segmented, events: list[Draft]) -> None:
    """A headline ("Iranian book fair in Baku") names the happening its text then dates: the undated
    event of the headline is the first dated one of its type, cited twice, not one of its own."""
    if not seg.sentences or not events:
        return
    text = seg.text.text
    first = seg.sentences[0]
    if len(seg.sentences) > 1 and DATE_LINE.fullmatch(text, first.start, first.end):
        first = seg.sentences[1]  # "16 октября 2023, 11:20" above the headline
    lead = PARAGRAPH.match(text, first.end)  # the headline is a paragraph of its own, without a full stop
    if lead is None or first.end - first.start > HEADLINE or text[first.end - 1] in ".!?؟…":
        return
    after = PARAGRAPH.search(text, lead.end())
    lead_end = after.start() if after else len(text)  # the paragraph after the headline

    def places(e):
        return {m.name for m in e.mentions if m.kind == "place"}

    def same(d, e):  # the lead's happening, or one of its type where the headline's happened
        return e.sources[0][0] < lead_end or not places(d) or bool(places(d) & places(e))

    for d in [d for d in events if d.sources[0][0] == first.start and d.date and precision(d.date) == 3]:
        events.remove(d)  # "Summit meetings in 2001-2010": a title naming a period, no happening
    for d in [d for d in events if d.date is None and d.sources[0][0] == first.start]:
        body = next((e for e in events if e.date and e.type == d.type and e.lang == d.lang and same(d, e)), None) or next(
            (e for e in events if e.date and e.lang == d.lang and e.sources[0][0] < lead_end), None)
        if body is not None:
            _merge_into(body, d)
            events.remove(d)


def _items_headlines_into_bodies(seg: Segmented, events: list[Draft]) -> None:
    """A page of news items, each a headline over its day over its text ("Baş konsul ... ilə görüşüb\n03.11.2023\n
    Dünən Baş konsul ... görüşüb."): the headline's happening, dated by the item's day for want of its own, is the one
    of its type the text under it tells with its day ("yesterday"), cited twice."""
    text = seg.text.text
    sents = seg.sentences
    for k in range(len(sents) - 2):
        day = sents[k + 1]
        if not _headline(text, sents, k) or not DATE_LINE.fullmatch(text, day.start, day.end):
            continue
        # (the item's text: up to its next day's line, a few sentences at most)
        last = next((j for j in range(k + 2, min(len(sents), k + 2 + ITEM_SENTENCES))
                     if DATE_LINE.fullmatch(text, sents[j].start, sents[j].end)), k + 2 + ITEM_SENTENCES)
        for d in [d for d in events if sents[k].start <= d.sources[0][0] < day.end and d.date]:
            body = next((e for e in events if e is not d and e.type == d.type and e.lang == d.lang and e.date
                         and k + 2 <= e.sentence < last - 1), None)
            if body is not None and body.date != d.date:
                _merge_into(body, d)
                events.remove(d)


ITEM_SENTENCES = 4  # sentences at most of a news item's text under its headline and day


def _quoted_titles_into_bodies(seg: Segmented, events: list[Draft]) -> None:
    """A digest's item, its title in quotes on a line of its own ("2. TASS, 9 October 2024 – "Hermitage and National
    Museum of Iran sign memorandum"", "عنوان: «نقشه راه ... امضا شد»") over the text that tells it: the title's
    happening, undated or dated by the item's day for want of its own, is the one of its type the text tells with its
    day."""
    text = seg.text.text
    sents = seg.sentences
    heads = {k: bool(m.group(1)) for k, sent in enumerate(sents) if (
        m := TITLE_LINE.match(text, text.rfind("\n", 0, sent.start) + 1)) and m.end() == sent.end}
    # ... and a blog post's title after its day ("15.09.2022 | Подписан договор о побратимстве" over "Вчера ... подписали")
    heads.update((k, False) for k, sent in enumerate(sents) if k not in heads and (
        m := POST_TITLE_LINE.match(text, text.rfind("\n", 0, sent.start) + 1)) and m.end() == sent.end)
    for k, numbered in heads.items():
        last = min([j for j in heads if j > k] + [k + 1 + ITEM_SENTENCES, len(sents)])
        # (an undated one only under a numbered item's head: a claim quoted after its label, "Claim 4: "...", is not
        # the verdict under it)
        for d in [d for d in events if len(d.sources) == 1 and sents[k].start <= d.sources[0][0] < sents[k].end and (
                d.date or numbered)]:
            body = next((e for e in events if e is not d and e.type == d.type and e.lang == d.lang and e.date
                         and k < e.sentence < last), None)
            if body is not None and body.date != d.date:
                _merge_into(body, d)
                events.remove(d)
