"""Trigger words per event type and language, compiled from `[events]` of bilat/lang/*.toml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bilat import lang as langdata
from bilat.time.grammar import start_class

# When one clause holds triggers of several types for the same date, the most
# specific type names the happening ("the opening ceremony of the monument" is
# a monument); visits and meetings are separate happenings and stay apart.
# A decree is signed too: "signed a decree" is a decree, not an agreement.
PRIORITY = ["decree", "agreement", "monument", "founding", "culture_year", "culture_days", "exhibition",
            "festival", "forum", "media", "education", "ceremony", "performance", "other"]
SEPARATE = ["visit", "meeting"]
TYPES = SEPARATE + PRIORITY


def _compile(pattern: str) -> re.Pattern:
    # Case-sensitive unless the data says (?i); a space is any run of whitespace (PDF line breaks).
    return re.compile(pattern.replace(" ", r"\s+"))


# What may follow the date ending a list's entry: its number in the catalogue (the word for it is the language's
# `catalogue_number`), a note in brackets
ENTRY_TAIL = r"[ \t]*\)?(?:[,،][ \t]*(?:№|{number})?[ \t]*\d{{1,4}}[ \t]*)?(?:\([^()\n]{{0,80}}\)[ \t]*)?[.;,؛]?[ \t]*"

@dataclass
class Triggers:
    lang: str
    by_type: list[tuple[str, re.Pattern]]
    continuation: re.Pattern | None
    modality: re.Pattern | None
    held: re.Pattern | None = None  # "was held", "keçirildi": a capitalised name it follows is a happening
    resumed: re.Pattern | None = None  # "continued", "davam etdi": the sentence goes on with the last event
    acting: re.Pattern | None = None  # "issued a statement", "bəyanat verib": the trigger noun names an organisation
    within: re.Pattern | None = None  # "during the days", "в рамках визита": a happening inside the last event
    possessor: re.Pattern | None = None  # a venue's name in the possessor's case ("Teatrının"): a performer
    # Words right before (after) a span of years that make it a programme's period ("на 2019–2021 годы").
    period_before: re.Pattern | None = None
    period_after: re.Pattern | None = None
    # Words right after a trigger that make it the object of a plan or an agreement ("“Azərbaycan ili”
    # elan edilməsi barədə razılıq": the agreement to declare the year, not the year).
    planned_after: re.Pattern | None = None
    # The word before the parties of a happening ("between"), or what follows one of them ("ilə ... arasında"):
    # a venue among them is no place.
    parties_before: re.Pattern | None = None
    parties_after: re.Pattern | None = None
    # A sentence opening with "This decision", "Bu qərar": it dates the happening the sentence before reported.
    anaphora: re.Pattern | None = None
    held_before: re.Pattern | None = None  # "keçirilən", "прошедшем": a name it precedes is a happening too
    demonstrative: re.Pattern | None = None  # "this", "bu", "این" right before a trigger: the happening named before
    # Right before (after) a venue: it stands for an institution ("head of the Kremlin office"), no place.
    institution_before: re.Pattern | None = None
    # Right after (before) a place: a street named after it ("Ленинский проспект", "Bakı küçəsi", "خیابان تهران"),
    # an address, not the town where the happening was.
    street_after: re.Pattern | None = None
    street_before: re.Pattern | None = None
    institution_after: re.Pattern | None = None
    # Words right before (after) an anniversary that make it the occasion of another happening ("on the
    # occasion of the 880th anniversary", "880 illiyi münasibətilə"): no happening of its own.
    occasion_before: re.Pattern | None = None
    occasion_after: re.Pattern | None = None
    # ... that make a happening the time of another one ("on the eve of the festival", "festival ərəfəsində").
    reference_before: re.Pattern | None = None
    past_form: re.Pattern | None = None  # a trigger word written as done ("signed", "imzalanmış", "подписанное")
    past_verb: re.Pattern | None = None  # a verb in the past closing its clause before "and" ("imzalandı və", "открылась и")
    clause_mark: re.Pattern | None = None  # a comma, or (empty) before the "and" of `list_and` joining two clauses
    past_aux: re.Pattern | None = None  # ... made a plan by the word before it ("will be", "будет")
    position_before: re.Pattern | None = None  # a post the trigger word names ("Director of International Exhibitions")
    position_after: re.Pattern | None = None  # ... named after it ("sərgilər şöbəsinin müdiri")
    reference_after: re.Pattern | None = None
    # A literary or memorial evening: dedicated to an anniversary, the anniversary's ceremony ("ədəbi gecə").
    tribute: re.Pattern | None = None
    plan_infinitive: re.Pattern | None = None  # "to host a" right before a trigger: a plan or a purpose
    discussed: re.Pattern | None = None  # "discussed joint tours and exchanges of" before a trigger: a topic, no happening
    topic: re.Pattern | None = None  # the same, where it stands: a date in it is the topic's ("to discuss the 2024 festival")
    ordered: re.Pattern | None = None  # anywhere in a sentence ("shall", "موظف است"): a decree's measure, every trigger a plan
    opener: re.Pattern | None = None  # a comma or the language's "and" ending the words before a frame
    list_sep: re.Pattern | None = None  # what stands between two dates of a list: a comma, "and"
    honoured_link: re.Pattern | None = None  # between a monument word and whom it honours: "to", nothing
    # Anywhere in the sentence: the happening told just before (or named inside) did not take place
    # ("A second tour, announced for 1947, never took place", "səfər baş tutmadı", "так и не состоялся").
    unrealised: re.Pattern | None = None
    # Opening a sentence: its happening was on the day of the one reported just before ("In the evening,",
    # "Following the talks,", "Görüşdən sonra", "Вечером"), whatever sentences of talk stand between.
    same_day: re.Pattern | None = None
    # A verb of saying and its colon ("گفت:", "said:"): "today", "this year" after it are the speaker's.
    speech: re.Pattern | None = None
    # Third-person pronouns of a person (he, his, him): in a text about one person, that person
    pronoun: re.Pattern | None = None
    plans_heading: re.Pattern | None = None  # a heading over what is to come ("Coming soon", "Скоро")
    list_lead: re.Pattern | None = None  # a heading's lead introducing its list ("Below is a selection of ...")
    dates_heading: re.Pattern | None = None  # ... and over a list of dates to come ("Key dates")
    laureates: re.Pattern | None = None  # a heading over the list of a prize's laureates by year
    exhibited: re.Pattern | None = None  # a catalogue record's heading over the exhibitions a work was shown at
    awarded: re.Pattern | None = None  # ... and a life's over its awards
    record_date: re.Pattern | None = None  # a record's date field ("Date: September 1958" over a photograph's caption)
    first_since: re.Pattern | None = None  # "for the first time" before a "since" date: a comparison, no day of it
    planned_field: re.Pattern | None = None  # a plan report's field of an item's planned days ("Planned: May 2023")
    record_quiet: re.Pattern | None = None  # ... and its fields that tell no happening ("Place:", "Photographer:")
    unveiled_field: re.Pattern | None = None  # a monument's record's field of its unveiling ("Unveiled: 12 July 1962")
    abbreviations: re.Pattern | None = None  # a legend's label opening its line ("Abbreviations:", "Сокращения:")
    signed_column: re.Pattern | None = None  # a table's header cell over the days its documents were signed
    actual_column: re.Pattern | None = None  # ... over the days a plan's activities were carried out ("Actual")
    planned_column: re.Pattern | None = None  # ... and over the days they were planned for, beside it ("Planned")
    residencies: re.Pattern | None = None  # ... and a CV's over its residencies
    translations: re.Pattern | None = None  # ... and a translator's over the books translated
    entry_tail: re.Pattern | None = None  # what may follow the date ending a list's entry (its catalogue number, a note)
    editions: re.Pattern | None = None  # a heading over the list of a recurring happening's editions ("Past editions")
    operative: re.Pattern | None = None  # a declaration's lead to the articles of what the parties will do
    # Between a date and the same told more precisely (", more precisely, on 22 April 1998"): the second is its date
    precisely: re.Pattern | None = None
    done_cell: re.Pattern | None = None  # a table's status cell saying the planned happening was done ("Done: 3 May")
    quiz: re.Pattern | None = None  # "True or false:" opening a quiz's statement: asked about, no happening told
    article: re.Pattern | None = None  # a line opening an article of a declaration ("Article 3 -", "ماده ۳ -")
    death: re.Pattern | None = None  # "died": the year of the sentence is the person's death
    relative: re.Pattern | None = None  # what opens a relative clause ("که", ", which", ", который")
    relative_plan: re.Pattern | None = None  # ... right after it, its noun's own plan ("که قرار است", "which is to be")
    # A clause of its own subject after a comma, contrasted with the one before (", ev-muzeyində isə yeni ekspozisiya
    # açıldı"): a part of the sentence telling a happening of its own, whatever date the two share.
    contrast: re.Pattern | None = None
    # A plan's verb closing a sentence of a verb-final language ("... açılması və ... keçirilməsi planlaşdırılır") and
    # the finite verbs that would close a clause of its own before it ("... keçirildi, ..."): what it lists is to come.
    plan_last: re.Pattern | None = None
    finite: re.Pattern | None = None
    first_day: re.Pattern | None = None  # "on the first day of the forum": the first day of the event it names
    last_day: re.Pattern | None = None  # "on its closing day", "at the close of the conference": its last day
    second_day: re.Pattern | None = None  # "On the second day, ...": the second day of the event told last
    third_day: re.Pattern | None = None
    dates_follow: bool = False  # a date usually follows the happening it dates (SVO languages)
    closing: re.Pattern | None = None  # "closed", "завершился", "başa çatıb": a later day ends the happening
    running: re.Pattern | None = None  # "ran", "davam edib", "продлилась": ... so does a later day it ran until
    # "the day before the gala", "накануне открытия Дней", "sərginin açılışından bir gün əvvəl", "یک روز پیش از آن":
    # the day before the happening it names (or, naming none, the one told last), whatever day the context carries.
    eve: re.Pattern | None = None
    # "the day after the presentation", "на следующий день после презентации", "فردای افتتاح جشنواره": the day after the
    # last happening of the type it names
    morrow: re.Pattern | None = None
    # A heading naming no kind of happening but the stops of a tour ("The tour so far", "Маршрут выставки"): its
    # entries are the touring happening the text is about.
    route: re.Pattern | None = None
    work_before: re.Pattern | None = None  # right before a year, "фильм": the work's year ("фильм 1968 года")
    life_before: re.Pattern | None = None  # ... "born in Sheki in": a life's year, no happening's
    work_after: re.Pattern | None = None  # right after a year, "classic": the work's year ("the 1968 classic")
    running_time: re.Pattern | None = None  # a film's running time closing its credit ("USSR 1945 · 98 min"): a screening
    film_credit: re.Pattern | None = None  # its director's label, in a bracket before a year: the film's ("(dir. X, 2016)")
    # "On the eve of the conference, on 2 October": shortly before the happening it names; a day the sentence gives
    # without its year is in the days before that one's
    eve_near: re.Pattern | None = None
    eve_that: re.Pattern | None = None  # ... "the day before", "a day before that", "Накануне,": of the last one told
    frame: re.Pattern | None = None  # `within` written to report where it ends (`within` reports only where it starts)
    # A sentence telling no happening of its own but who took part in the one just told ("The opening was attended
    # by ...", "В церемонии приняли участие ...", "Tədbirdə ... iştirak edib", "با حضور ..."): its people are that one's.
    attended: re.Pattern | None = None
    # "The second edition was held in Paris from 1 to 12 July 2019": an edition of the recurring happening the text
    # is about (a summer school, a festival), told with no word of its kind.
    edition: re.Pattern | None = None
    # ... and an edition named at a list entry's head, before its date ("دورهٔ دوم – ۱۳۹۳ (۲۰۱۴)، قونیه").
    edition_head: re.Pattern | None = None
    # A treaty register's record, one field a line: "Date of signature: 23.09.1992" is a signing on that day, where
    # its "Place of signature:" line says, by the people of its "Signatories:" line.
    signature_date: re.Pattern | None = None
    signature_fields: re.Pattern | None = None
    # A record of a meeting titled as such ("MINUTES No. 7", "ПРОТОКОЛ № 4", "صورتجلسه"): the meeting its title names
    # was held on the day of its "Date:" field.
    minutes: re.Pattern | None = None
    # A notice's key data, one field a row: "Deadline for tenders<TAB>10.04.2024", "Дата размещения извещения<TAB>
    # 15.05.2023" are the steps of its own procedure, no happening of what it is about.
    notice_fields: re.Pattern | None = None
    # A work's label: its medium opening the line under its title and year ("1870\nOil on canvas"), the year it was made.
    medium: re.Pattern | None = None
    # A chronology's entry naming its happening by a noun alone ("1813 – Treaty of Gulistan"): (type, pattern) matched at
    # the entry's text after its date.
    entry_heads: list[tuple[str, re.Pattern]] | None = None

    # Per pattern, a piece of text every match holds (folded, see `fold`), or None: a pattern is
    # searched only in the sentences holding it. Most of the 70-90 patterns of a language are absent
    # from most sentences, and `in` finds that ten times faster than the pattern's `search`.
    needs: list[tuple[str, ...] | None] | None = None

    @cached_property
    def _by_need(self) -> tuple[list[int], list[tuple[str, tuple[int, ...]]]]:
        """The patterns needing no piece, and each distinct piece with the patterns that need it: a piece
        several patterns share is looked for once per sentence."""
        free, by_piece = [], {}
        for i, need in enumerate(self.needs):
            if need is None:
                free.append(i)
            else:
                for n in need:
                    by_piece.setdefault(n, []).append(i)
        return free, [(n, tuple(ix)) for n, ix in by_piece.items()]

    def _candidates(self, text: str, start: int, end: int):
        if self.needs is None:
            return self.by_type
        low = fold(text[start:end])
        free, by_piece = self._by_need
        found = set(free)
        for n, ix in by_piece:
            if n in low:
                found.update(ix)
        by_type = self.by_type
        return [by_type[i] for i in sorted(found)]

    def found_in(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds a trigger."""
        return any(rx.search(text, start, end) for _t, rx in self._candidates(text, start, end))

    def finditer(self, text: str, start: int, end: int):
        """(type, start, end) of every match of every pattern in text[start:end], pattern by pattern."""
        tabbed = "\t" in text[start:end]
        for etype, rx in self._candidates(text, start, end):
            for m in rx.finditer(text, start, end):
                if tabbed and "\t" in m.group():
                    continue  # (words of two cells of a table's row: "Museum of Applied Arts<TAB>Done, opened")
                yield etype, m.start(), m.end()


# What `re.I` treats as one letter and str.lower does not: the dotted and dotless i of Azerbaijani and
# Turkish, the long s.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "I": "i", "ſ": "s"})


def fold(s: str) -> str:
    return s.translate(_FOLD).lower()


def _needed(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Pieces of text of which every match of the pattern holds one (folded; None when there are none): the
    longest run of literal characters (3 or more) every match holds, else the runs of the branches of an
    alternative every match passes through ("(?:book|novel|album)s? ..." holds "book", "novel" or "album",
    each of 2 characters or more). Only the top level and groups without alternatives are read for runs:
    what a quantifier or an alternative governs may be absent."""
    from bilat.time.grammar import _sre_parse

    def longest(items) -> str:
        best = ""

        def walk(items, run: str) -> str:
            nonlocal best
            for op, av in items:
                name = str(op)
                if name == "LITERAL":
                    run += chr(av)
                elif name == "SUBPATTERN" and not any(str(o) == "BRANCH" for o, _ in av[3].data):
                    run = walk(av[3].data, run)
                elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                    continue  # zero width: the characters around it are adjacent
                else:
                    if len(run) > len(best):
                        best = run
                    run = ""
                if len(run) > len(best):
                    best = run
            return run

        walk(items, "")
        return best

    try:
        items = _sre_parse().parse(pattern.pattern, pattern.flags).data
    except Exception:  # pragma: no cover - a construct the parser of this Python does not know
        return None
    run = longest(items)
    if len(run) >= 3:
        return (fold(run),)
    for op, av in items:  # an alternative at the top level: one of its branches' runs
        if str(op) == "BRANCH":
            branches = av[1]
        elif str(op) == "SUBPATTERN" and len(av[3].data) == 1 and str(av[3].data[0][0]) == "BRANCH":
            branches = av[3].data[0][1][1]
        else:
            continue
        runs = [longest(getattr(b, "data", b)) for b in branches]
        if runs and all(len(r) >= 2 for r in runs):
            return tuple(fold(r) for r in runs)
    return None


def _cell(words: list[str]) -> re.Pattern | None:
    """A record's field whose label, opening a line, holds one of these words, before a colon or a tab."""
    return re.compile(rf"[ \t]*[^\t\n:]{{0,40}}?(?:{'|'.join(words)})[^\t\n:]{{0,40}}(?::|\t)", re.I) if words else None


def _field(labels: list[str]) -> re.Pattern | None:
    """A record's field by its label, opening a line: "Place of signature:", "Дата подписания:"."""
    return re.compile(rf"[ \t]*(?:{'|'.join(labels)})[ \t]*:", re.I) if labels else None


def _body(words: list[str]) -> str:
    """The patterns of a list as one alternation's body, their "(?i)" dropped (the caller sets the flag), a space any
    run of white space."""
    return "|".join(w[4:] if w.startswith("(?i)") else w for w in words).replace(" ", r"\s+")


def _alternation(words: list[str], before: bool = False, after: bool = False, found: bool = False
                 ) -> re.Pattern | None:
    """One regex for a list of patterns; `before`: it must end where the searched stretch ends (words
    right before something), `after`: it must start where the stretch starts. `found`: only whether
    `search` finds it is asked (not where it ends), so it is written to be tried only where one of
    its first characters stands: a case-insensitive alternation tried at every character costs tens
    of microseconds per clause, and these are searched once per trigger."""
    if not words:
        return None
    flags = [w for w in words if w.startswith("(?i)")]
    body = _body(words)
    # (words right before or after a trigger are of its own cell of a table's row: "concert<TAB>Centre hall" is no
    # concert hall)
    if before:
        body = rf"(?<!\w)(?:{body})[^\S\t]*$"
    elif after:
        body = rf"[^\S\t]*(?:{body})(?!\w)"
    flag = re.I if flags else 0
    first = start_class(f"(?i:{body})" if flag else body) if found else None
    return re.compile(rf"{first}(?<=(?=(?:{body}))[\s\S])" if first else f"(?:{body})", flag)


def _column(words: list[str]) -> re.Pattern | None:
    """A table's header cell, whole, any case."""
    return re.compile(rf"(?:{'|'.join(words)})[ \t.:]*", re.I) if words else None


def field_label(words: list[str]) -> re.Pattern | None:
    """A record's field label and its colon ("Date:", "Place:"), any case, to match where a line starts."""
    return re.compile(rf"[ \t]*(?:{'|'.join(words)})[ \t]*:", re.I) if words else None


def list_label(words: list[str]) -> re.Pattern | None:
    """A record's label over the exhibitions a work was shown at or the awards a life had, alone on its line."""
    return re.compile(rf"^[ \t]*(?:{'|'.join(words)})[ \t]*:?[ \t]*$", re.I | re.M) if words else None


def _precisely(words: list[str]) -> re.Pattern | None:
    """What stands between a date and the same date told more precisely: a comma or a bracket, the word, a dash or a
    colon, a preposition."""
    if not words:
        return None
    body = _body(words)
    return re.compile(rf"\s*[,(;]?\s*(?:{body})\s*[,:—–-]?\s*(?:\w{{1,3}}\s+)?", re.I)


def _after_quote(words: list[str]) -> re.Pattern | None:
    """Words matched right after a trigger, past the quotation mark closing a title."""
    rx = _alternation(words, after=True)
    return re.compile(r"[\"'»”’]?" + rx.pattern, rx.flags) if rx else None


def _list_sep(words: list[str]) -> re.Pattern:
    """A comma, the language's "and", or both: what separates the dates of a list."""
    conj = "|".join(words) or "(?!)"
    return re.compile(rf"\s*(?:[,،]\s*(?:(?:{conj})\s+)?|(?:{conj})\s+)", re.I)


@lru_cache(maxsize=None)
def triggers(lang: str) -> Triggers | None:
    try:
        data = langdata.load(lang).get("events")
    except KeyError:
        return None
    if not data:
        return None
    by_type = [(t, _compile(p)) for t, pats in data.get("triggers", {}).items() for p in pats]
    if data.get("running_time"):
        # A film's credit, its year and its running time on one line ("USSR 1945 · 98 min", "(1945, реж. ...), 98 мин."),
        # or its running time and age rating ("98 dəq., 12+"): a screening (not a trip's "2 h 30 min")
        rt = _body(data["running_time"])
        by_type.append(("performance", _compile(
            rf"(?<!\d)\d{{4}}(?=[ \t]*[,،)·])[^\n]{{0,100}}?(?:{rt})|(?:{rt}),?[ \t]*\d{{1,2}}\+")))
    unknown = {t for t, _ in by_type} - set(TYPES)
    if unknown:
        raise KeyError(f"{lang}.toml: unknown event types {sorted(unknown)}")
    needs = [_needed(rx) for _, rx in by_type]
    return Triggers(lang, by_type, _alternation(data.get("continuation", [])),
                    _alternation(data.get("modality", []), found=True), _alternation(data.get("held", []), found=True),
                    _alternation(data.get("resumed", []), found=True), _alternation(data.get("acting", []), found=True),
                    _alternation(data.get("within", []), found=True),
                    _alternation(data.get("possessor", []), found=True),
                    _alternation(data.get("period_before", []), before=True, found=True),
                    _alternation(data.get("period_after", []), after=True), needs=needs,
                    planned_after=_after_quote(data.get("planned_after", [])),
                    anaphora=_alternation(data.get("anaphora", [])),
                    held_before=_alternation(data.get("held_before", []), found=True),
                    occasion_before=_alternation(data.get("occasion_before", []), before=True),
                    demonstrative=_alternation(data.get("demonstrative", []), before=True),
                    institution_before=_alternation(data.get("institution_before", []), before=True),
                    institution_after=_alternation(data.get("institution_after", []), after=True),
                    street_after=_alternation(data.get("street_after", []), after=True),
                    street_before=_alternation(data.get("street_before", []), before=True),
                    occasion_after=_alternation(data.get("occasion_after", []), after=True),
                    reference_before=_alternation(data.get("reference_before", []), before=True),
                    position_before=_alternation(data.get("position_before", []), before=True),
                    past_form=_alternation(data.get("past_form", [])),
                    past_verb=_alternation(data.get("past_verb", [])),
                    past_aux=_alternation(data.get("past_aux", []), before=True),
                    position_after=_alternation(data.get("position_after", []), after=True),
                    reference_after=_after_quote(data.get("reference_after", [])),
                    tribute=_alternation(data.get("tribute", [])),
                    plan_infinitive=_alternation(data.get("plan_infinitive", []), before=True),
                    discussed=_alternation(data.get("discussed_before", []), before=True),
                    topic=_alternation(data.get("discussed_before", [])),
                    ordered=_alternation(data.get("ordered", [])),
                    opener=re.compile(rf"(?:[,;:–—،]|(?<!\w)(?:{'|'.join(data.get('list_and', [])) or '(?!)'}))\s*$", re.I),
                    list_sep=_list_sep(data.get("list_and", [])),
                    clause_mark=re.compile(rf"[;,:،؛]|(?<=\w)(?=[ \t](?:{'|'.join(data.get('list_and', [])) or '(?!)'})[ \t])"),
                    honoured_link=re.compile(rf"\s*(?:(?:{'|'.join(data['honoured_link'])})\s+)?", re.I)
                    if data.get("honoured_link") is not None else None,
                    parties_before=_alternation(data.get("parties_before", []), found=True),
                    parties_after=_alternation(data.get("parties_after", [])),
                    unrealised=_alternation(data.get("unrealised", [])),
                    same_day=_alternation(data.get("same_day", [])),
                    speech=_alternation([w + r"\s*:" for w in data.get("speech", [])]),
                    pronoun=_alternation(data.get("pronoun", [])),
                    plans_heading=_alternation(data.get("plans_heading", [])),
                    list_lead=_alternation(data.get("list_lead", [])),
                    dates_heading=_alternation(data.get("dates_heading", [])),
                    operative=_alternation(data.get("operative", [])),
                    quiz=_alternation(data.get("quiz", [])),
                    done_cell=_alternation(data.get("done_cell", []), after=True),
                    precisely=_precisely(data.get("precisely", [])),
                    editions=_alternation(data.get("editions", [])),
                    laureates=_alternation(data.get("laureates", [])),
                    exhibited=list_label(data.get("exhibited", [])),
                    awarded=list_label(data.get("awarded", [])),
                    residencies=list_label(data.get("residencies", [])),
                    translations=list_label(data.get("translations", [])),
                    signed_column=_column(data.get("signed_column", [])),
                    actual_column=_column(data.get("actual_column", [])),
                    planned_column=_column(data.get("planned_column", [])),
                    planned_field=field_label(data.get("planned_field", [])),
                    first_since=_alternation(data.get("first_since", []), before=True),
                    record_quiet=field_label(data.get("record_quiet", [])),
                    record_date=field_label(data.get("record_date", [])),
                    unveiled_field=field_label(data.get("unveiled_field", [])),
                    abbreviations=field_label(data.get("legend_labels", [])),
                    entry_tail=re.compile(ENTRY_TAIL.format(number="|".join(data.get("catalogue_number", [])) or r"(?!x)x"), re.I),
                    article=re.compile(rf"[ \t]*(?:{'|'.join(data['article'])})[ \t]*\d+") if data.get("article") else None,
                    death=_alternation(data.get("death", [])),
                    relative=_alternation(data.get("relative", [])),
                    relative_plan=_alternation(data.get("relative_plan", [])),
                    contrast=_alternation(data.get("contrast", [])),
                    plan_last=re.compile(rf"(?:{'|'.join(data['plan_last'])})[ \t]*[.!]?[ \t]*$", re.I) if data.get(
                        "plan_last") else None,
                    finite=_alternation(data.get("finite", [])),
                    frame=_alternation(data.get("within", []) + data.get("first_day", []) + data.get("last_day", [])
                                       + data.get("second_day", []) + data.get("third_day", [])),
                    dates_follow=bool(data.get("dates_follow")),
                    closing=_alternation(data.get("closing", [])),
                    running=_alternation(data.get("running", [])),
                    eve=_alternation(data.get("eve_that", []) + data.get("eve", [])),
                    morrow=_alternation(data.get("morrow", [])),
                    eve_that=_alternation(data.get("eve_that", [])),
                    eve_near=_alternation(data.get("eve_near", [])),
                    attended=_alternation(data.get("attended", []), found=True),
                    edition=_alternation(data.get("edition", []), found=True),
                    edition_head=re.compile(rf"(?:{'|'.join(data['edition_head'])})[ \t]*[–—-][ \t]*(?=\d)", re.I)
                    if data.get("edition_head") else None,
                    signature_date=_field(data.get("signature_date", [])),
                    signature_fields=_field(data.get("signature_fields", [])),
                    minutes=re.compile(rf"(?<!\w)(?:{_body(data['minutes'])})(?!\w)", re.I) if data.get("minutes") else None,
                    notice_fields=_cell(data.get("notice_fields", [])),
                    medium=_alternation([f"(?i){w}(?![ \\t]*:)" for w in data.get("medium", [])], after=True),  # (not "Photo: ...", a credit)
                    entry_heads=[(t, re.compile(p, re.M)) for t, pats in data.get("entry_heads", {}).items() for p in pats],
                    route=_alternation(data.get("route", [])),
                    work_before=_alternation(data.get("work_before", []), before=True),
                    life_before=_alternation(data.get("life_before", []), before=True),
                    work_after=_alternation(data.get("work_after", []), after=True),
                    running_time=_alternation(data.get("running_time", [])),
                    film_credit=_alternation(data.get("film_credit", [])),
                    first_day=_alternation(data.get("first_day", []), found=True),
                    last_day=_alternation(data.get("last_day", []), found=True),
                    second_day=_alternation(data.get("second_day", []), found=True),
                    third_day=_alternation(data.get("third_day", []), found=True))


def _heading_line(key: str, number: str, end: str, *more: str) -> re.Pattern | None:
    """A line that is only one of the headings `key` (and `more` keys) of each `[events]` lists, in any language bilat
    reads (an Azerbaijani article may end with "References"), after a `number` and before an `end` mark."""
    words = langdata.words("events", key, *more)
    if not words:
        return None
    body = "|".join(sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True))
    return re.compile(rf"^[ \t]*{number}(?:{body})[ \t]*{end}[ \t]*$", re.I | re.M)


@lru_cache(maxsize=None)
def about_heading() -> re.Pattern | None:
    """The heading of a press release's notes about the parties ("Notes to editors"): `about`."""
    return _heading_line("about", "", ":?")


@lru_cache(maxsize=None)
def reference_label() -> tuple[re.Pattern, re.Pattern] | None:
    """A reference list's heading before its one entry on its line, the entry ending with its year (and a page or a
    number): "Literature: Exhibition catalogue, Moscow, 1972, no. 34." (not "Literature: the anthology was presented
    on 12 May.", a review's field). The heading before its colon, and the whole line from its start."""
    words = langdata.words("events", "references")
    if not words:
        return None
    body = "|".join(sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True))
    short = "|".join(sorted({re.escape(w) for w in langdata.words("events", "references_short")}, key=len, reverse=True))
    # ("Лит.: Аристов Г. П. Хроника фестиваля (2008—2016). Астрахань, 2017; ... (на перс. яз.).": an abbreviated
    # label ends an encyclopedia's article, its line all references, however the last ends)
    return (langdata.label("events", "references", "references_short"),
            re.compile(rf"[ \t]*(?:(?:{body})[ \t]*:[ \t]*\S[^\n]*?\d{{4}}(?:[,.،]?[ \t]*(?:[^\W\d_]{{1,4}}\.?|№)[ \t]*"
                       rf"\d[\d–-]*)?[ \t]*[.;]?[ \t]*$" + (rf"|(?:{short})[ \t]*:[^\n]*$)" if short else ")"), re.I | re.M))


@lru_cache(maxsize=None)
def reference_heading() -> re.Pattern | None:
    """The heading of a reference list ("References", "Литература"): `references`; and of a lesson's questions and
    tasks (`exercises`), whose dates are what pupils are asked about, no happening told."""
    return _heading_line("references", r"(?:[IVX\d]{1,4}\.[ \t]*)?", "[:.]?", "exercises")
