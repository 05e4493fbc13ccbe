"""Compile a language's `[time]` data into one regular expression.

The grammar is ours on purpose: dateparser's `search_dates` found 1 of 45
dates of an Azerbaijani article and read "в 2004 году" as year 22, and no
library knows Azerbaijani ordinal years, Persian Jalali dates and century
phrases together. The engine is language-neutral: a language's file gives
its month names, suffixes and word lists, and its patterns as templates with
slots (`{Y}` year, `{M}` month, `{D}` day, ...). Each template becomes one
regex; where matches overlap the longest wins, and on a tie the one
earlier in the file (specific patterns first), in the manner of HeidelTime.

Slots and the group each fills:
  {Y} {Y2}      four-digit year               year, year2
  {JY}          a Solar Hijri year of the 1340s-1390s in two digits ("مهر ۹۶")  jyear
  {YW}          a year said in words ("восемьдесят седьмой", "две тысячи шестом"): `year_centuries`,
                `year_tens`, `year_ordinals`  yword
  {D} {D2}      day of month 1-31             day, day2
  {DO}          day of month as a word of `day_words` ("یکم")  day
  {M} {M2}      Gregorian month name          month, month2
  {JM} {JM2}    Solar Hijri (Jalali) month    jmonth, jmonth2
  {HM}          lunar Hijri month             hmonth
  {MN}          month number 1-12             mnum
  {C} {C2}      century (roman, digits, word) century, century2
  {DEC}         two-digit decade (90)         decade
  {DEC4} {DEC42} four-digit decade (1990)      decade4, decade42
  {DECW}        a decade in words ("eighties") decade_words
  {PART}        part of a period              part
  {SAME}        "the same year/month/day"     same
  {REL}         "this/last/next year"         rel
  {RELM}        "this/last/next month"        rel_month
  {RELD}        "yesterday"                   rel_day
  {RELW}        "last week"                   rel_week
  {SEASON}      spring, summer, autumn, winter season (keys 21-24, EDTF's season codes)
  {WD}          weekday name                  weekday
  {N}           a number (digits or words)    num
  {ANNIV}       a base of anniversaries       anniv
  {CAL}         calendar marker               cal
  {FROM}/{UNTIL} open-interval words          from / until
Any other `{name}` is a fragment from `[time.fragments]`, inserted as is.

`not_after` (in common.toml and in each language's [time]) lists what may
not stand right before an expression: "$1990", "№ 1234", "page 1995" are
no dates. `months_capitalized = true` makes month names match only with a
capital first letter (English "March 5", not "they march 5 miles").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bilat import lang as langdata
from bilat.text.charclass import ranges

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
         "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}

# Years bilat reads: 1000-2099 (Jalali 13xx/14xx and lunar Hijri 14xx fall inside).
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?!:[0-5][0-9])"  # (not an hour: "NOV  18:30")
MNUM = r"(?:1[0-2]|0?[1-9])"
RMON = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"  # a month in Roman numerals, as chronicles write it ("3.V")


_META = set(".^$*+?{}[]\\|()")


def _alt(words) -> str:
    """A regex alternation of data entries (themselves regexes), longest first.

    The entries that are plain words are factored into a tree of their common heads ("həmin (?:gün(?:də|)|
    ay(?:da|))"): Python's re tries the branches of an alternation one after another, so a list of seventy
    phrases cost seventy failed branches at every word it was tried on; the tree costs one per letter that
    starts a phrase. Plain words with distinct heads cannot both match, and an entry's own longer
    continuations are tried before it ends, so the tree matches what the longest-first list matched."""
    entries = sorted(set(words), key=len, reverse=True)
    plain = [w for w in entries if w and not _META.intersection(w)]
    if len(plain) < 3:
        return "(?:" + "|".join(entries) + ")"
    tree = _word_tree([fold(w) for w in plain])
    others = [w for w in entries if w not in plain]
    return "(?:" + "|".join(others + [tree]) + ")"


def _word_tree(words: list[str]) -> str:
    heads: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    # Longer phrases first at each fork, and a phrase's ending after its continuations (greedy).
    order = sorted(heads, key=lambda h: -max(len(r) for r in heads[h]))
    alts = [h + _word_tree(heads[h]) if heads[h] != [""] else h for h in order]
    if ends:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _spaces(body: str) -> str:
    """A template's spaces outside its character classes as runs of whitespace other than tabs (one in a class
    stays the space it is: "[ \t]")."""
    out, in_class, i = [], False, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            out.append(body[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]" or out[-1] in ("[", "[^")
        elif c == "[":
            in_class = True
            if body.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
        elif c == " " and body[i + 1:i + 2] in ("?", "*"):
            c = r"[^\S\t]*"  # " ?": a space or none (not one or more, lazily)
            i += 1
        elif c == " ":
            c = r"[^\S\t]+"
        out.append(c)
        i += 1
    return "".join(out)


def fold(s: str) -> str:
    """Lower-case for lookups; Azerbaijani/Turkish dotted capital I folds to i."""
    return s.replace("İ", "i").lower()


@dataclass
class Grammar:
    lang: str
    regexes: list[re.Pattern]  # one per template, in the file's order
    patterns: list[dict]  # per alternative: the template's extra attributes (kind, ...)
    group_names: list[dict[str, str]]  # per alternative: group name -> slot field
    months: list[tuple[int, re.Pattern]]
    jmonths: list[tuple[int, re.Pattern]]
    hmonths: list[tuple[int, re.Pattern]]
    not_after: re.Pattern | None = None  # what may not stand right before an expression
    approx: re.Pattern | None = None  # a word right before an expression that makes it approximate
    # Words before (after) an expression that make it the time of a plan ("postponed to 2020", "2020-ci ilə
    # təxirə salınıb") or of an aside ("the society, founded in 2002,", "انجمن ما که در سال ۱۳۸۱ ..."): the text
    # is not speaking of that year, what follows keeps its year.
    plan_before: re.Pattern | None = None
    plan_after: re.Pattern | None = None
    # ... and, before (after) a year alone, the year a plan is for ("the plan for 2024", "план на 2024 год")
    target_before: re.Pattern | None = None
    target_after: re.Pattern | None = None
    # An anniversary's noun and what it marks before a bracket the date opens ("к 33-й годовщине установления
    # дипломатических отношений (2 января 1992 года)"): the day of what is marked, an aside.
    commemorated: re.Pattern | None = None
    commemorated_after: re.Pattern | None = None  # ... or after the bracket: "(15 iyun 2021) üçüncü ildönümündə"
    mourned: re.Pattern | None = None  # right before a past day a tragedy's: "the victims of the tragedy of 20 January 1990"
    # Words opening a sentence that recalls what was before ("Напомним, что ...", "As reported earlier, ..."): an
    # aside; the next sentence is back in the time the text spoke of.
    recalled: re.Pattern | None = None
    # ... and a verb of recalling before a clause ("Участники вспомнили, что ... в 1854 году"): the rest of its sentence.
    recall_verbs: re.Pattern | None = None
    relative: re.Pattern | None = None  # a relative clause open before a date: ", which was signed last year"
    # A diary's or a programme's "Day N" heading opening its line ("Day 3", "3-cü gün", "День 3", "روز سوم"): group n
    # is its number in digits, group w its ordinal word (the word table `day_ordinals`, first to tenth).
    day_heading: re.Pattern | None = None
    week_heading: re.Pattern | None = None
    # Words of a note saying when a text was written, recorded or updated ("recorded ... on 9 November 2023").
    note_words: re.Pattern | None = None
    # The label of a letter's or report's date field ("تاریخ:", "Date:"), a date right after it dating the text.
    date_label: re.Pattern | None = None
    # Words anywhere in a sentence that make a year after the report's the year of a plan or a topic
    # ("the sides discussed holding Georgian Culture Days in Baku in 2024"): the text stays in its own year.
    plan_words: re.Pattern | None = None
    # A question's label opening its line in a briefing or an interview ("Вопрос:", "Q:").
    turn: re.Pattern | None = None
    bodies: list[str] = field(default_factory=list, repr=False)  # per template, without the word-start test
    scanned: int = 0  # characters scanned template by template so far
    _scanner: list = field(default_factory=list, repr=False)  # [Scanner or None] once built
    words: dict[str, list[tuple[str, re.Pattern]]] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    century_words: dict[str, int] = field(default_factory=dict)
    data: dict = field(default_factory=dict)

    memo: dict = field(default_factory=dict, repr=False, compare=False)  # lookup / month_of results

    def scanner(self) -> Scanner | None:
        """Every template in one pass (see `_scanner`), built on first call; None: scan one by one."""
        if not self._scanner:
            self._scanner.append(_scanner(self.bodies))
        return self._scanner[0]

    def has_scanner(self) -> bool:
        return bool(self._scanner)

    def lookup(self, table: str, text: str):
        """Which key of a word table (`part`, `same`, `rel`, `weekday`, `cal`, `anniv`) `text` is."""
        key = (table, text)
        if key in self.memo:
            return self.memo[key]
        found = None
        folded = fold(text)  # "İki il əvvəl": re.I does not take İ for i
        for k, rx in self.words.get(table, ()):
            if rx.fullmatch(text) or rx.fullmatch(folded):
                found = k
                break
        return self._remember(key, found)

    def month_of(self, kind: str, text: str) -> int | None:
        key = (kind, text)
        if key in self.memo:
            return self.memo[key]
        found = None
        for n, rx in getattr(self, kind + "s"):
            if rx.match(text):
                found = n
                break
        return self._remember(key, found)

    def _remember(self, key, value):
        # The texts looked up are the few forms of month names and words a corpus uses; a bound keeps a
        # corpus of odd forms from growing the table without end.
        if len(self.memo) >= 50_000:
            self.memo.clear()
        self.memo[key] = value
        return value


def _first_chars(items):
    """(characters a parsed regex can start with, or None for any; whether it can match empty).

    A superset is fine: the lookahead built from it is compiled case-insensitive and only skips
    positions no expression can start at.
    """
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if name == "IN":
            for o, a in av:
                o = str(o)
                if o == "LITERAL":
                    chars.add(chr(a))
                elif o == "RANGE" and a[1] - a[0] < 256:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                elif o == "CATEGORY" and str(a) in _CATEGORIES:
                    chars.add(_CATEGORIES[str(a)])
                else:
                    return None, False
            return chars, False
        if name == "BRANCH":
            nullable = False
            for alt in av[1]:
                sub, empty = _first_chars(alt.data)
                if sub is None:
                    return None, False
                chars |= sub
                nullable = nullable or empty
            if not nullable:
                return chars, False
            continue
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            sub, empty = _first_chars((av if name == "ATOMIC_GROUP" else av[3]).data)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = _first_chars(av[2].data)
            empty = empty or av[0] == 0
        else:
            return None, False  # ANY, NOT_LITERAL, group references...
        if sub is None:
            return None, False
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def _first_class(body: str) -> str:
    """A lookahead `(?=[...])` on the characters `body` can start with ("" when any character can)."""
    try:
        from re import _parser as sre_parse  # the parser of the standard `re` module
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse
    try:
        chars, empty = _first_chars(sre_parse.parse(body, re.I).data)
    except Exception:  # pragma: no cover - a parser we do not know: no lookahead, same matches
        return ""
    if chars is None or empty or not chars:
        return ""
    cls = "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])"


# --- all templates in one pass -----------------------------------------------------
#
# Why by hand: Python's `re` has no multi-pattern search, and scanning a text once per template (~36
# per language) costs tens of ns per character and template before any template even starts to match.
# The libraries that match many patterns at once (RE2 sets, Hyperscan) support neither the lookbehinds
# nor the leftmost-first semantics the templates are written for, and the `regex` module runs this
# grammar five times slower than `re`. So the templates are compiled into one `re` pattern that
# reports, at each position, every template matching there:
#
#   [^\w\-/](?<!\d\.)(?:B_1|B_2|...)
#     B_k = [C_k](?<=G_k(?P<_bk>(?:(?=g_i(?P<_k_i>T_i))|)(?:(?=g_j(?P<_k_j>T_j))|)...)[\s\S])(?:(?(_k_i)|(?!))|...)
#
# * A template starts only after a character that is not a letter, digit, "-" or "/" (each carries that
#   lookbehind), so the scan looks for such a character first; `re` skips all others in a tight C
#   loop (a pattern starting with a lookahead or a case-insensitive class gets no such loop), and the
#   position p after it is where templates are tried.
# * The characters templates can start with are partitioned by the set of templates that can start with
#   them (C_k, case-sensitive classes, which `re` tests without entering the branch), so p only tries
#   the templates that can start there; the lookbehind steps back onto the character C_k consumed and
#   tries each template there in a lookahead that records where it ends. A branch for characters that
#   are not letters or digits (an apostrophe) tests its class without consuming it, since a template
#   may start right after it.
# * G_k and g_i are guards: the first few characters any match of the branch's (the template's)
#   templates can start with, a case-sensitive trie of classes read off the parse tree. Most word starts
#   fail there after a character or two instead of entering a dozen case-insensitive templates.
# * The conditionals keep only positions where at least one template matched; `lastindex` (the group
#   `_bk`, which closes last) tells which branch did.
#
# A template tried in a lookahead at p matches exactly as its own pattern would at p (the guards only
# drop positions where it cannot match), so reading the positions in order and keeping, per template,
# the first match at or after the end of its previous one gives what `finditer` of each template gives;
# tests/time/test_scanner.py checks that against the templates run one by one.

_CASE_VARIANTS: dict[str, set[str]] | None = None
_EXTRA_CASES: dict[int, tuple[int, ...]] = {}


def _case_variants(c: str) -> set[str]:
    """Every character that case-insensitive `re` may match for c (a superset: callers filter or
    only need a superset)."""
    global _CASE_VARIANTS, _EXTRA_CASES
    if _CASE_VARIANTS is None:
        inv: dict[str, set[str]] = {}
        for cp in range(0x1F000):  # no character above has a lower-case mapping
            ch = chr(cp)
            lo = ch.lower()
            if lo != ch:
                inv.setdefault(lo[0], set()).add(ch)  # U+0130 lowers to "i" + a combining dot; `re` uses "i"
        try:
            from re._casefix import _EXTRA_CASES as extra  # what `re` treats as equal ignoring case (i/ı, s/ſ)
        except ImportError:  # pragma: no cover
            extra = {}
        _CASE_VARIANTS, _EXTRA_CASES = inv, extra
    lo = c.lower()[0]
    out = {c, lo, c.upper()[0], *_CASE_VARIANTS.get(lo, ())}
    for extra in _EXTRA_CASES.get(ord(lo), ()):
        out.add(chr(extra))
        out.update(_CASE_VARIANTS.get(chr(extra), ()))
    return out


def start_class(pattern: str) -> str | None:
    """A class `[...]` (case-sensitive) of every character a match of `pattern` can start with,
    whatever its inline flags: a superset, or None when any character can start one. A pattern
    written `[class](?<=(?=pattern)[\\s\\S])` then finds the same match starts as `pattern`, with
    `re` skipping to the next candidate character in a tight C loop."""
    try:
        chars, empty = _first_chars(_sre_parse().parse(pattern).data)
    except Exception:  # pragma: no cover - a construct we do not know
        return None
    if chars is None or empty or not chars:
        return None
    exp: set[str] = set()
    for c in chars:
        exp.update({c} if c in _CATEGORIES.values() else _case_variants(c))
    return f"[{_class(exp)}]"


def _class(chars) -> str:
    return "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))


_IGNORED: dict[str, str] = {}


def _ignorecase_class(members: str, negate: bool) -> str:
    """`[members]` (or `[^members]`) as `re.I` reads it, written for case-sensitive matching: the
    characters `re.I` accepts are found by asking `re` itself, so its own case rules (İ/i, ı/I, the
    Kelvin sign) hold exactly."""
    key = ("^" if negate else "") + members
    if key not in _IGNORED:
        cands: set[str] = set()
        for c in _class_chars(members):
            cands |= _case_variants(c)
        own = _class_chars(members)
        if cands == own:  # nothing cased (digits, Arabic letters): re.I changes nothing
            _IGNORED[key] = f"[{key}]"
        else:
            rx = re.compile(f"[{members}]", re.I)
            _IGNORED[key] = f"[{'^' if negate else ''}{ranges(c for c in cands if rx.fullmatch(c))}]"
    return _IGNORED[key]


def _class_chars(members: str) -> set[str]:
    """The characters of a class body made only of literals and ranges."""
    (op, av), = _sre_parse().parse(f"[{members}]").data
    items = av if str(op) == "IN" else [(op, av)]
    out: set[str] = set()
    for o, a in items:
        if str(o) == "LITERAL":
            out.add(chr(a))
        elif str(o) == "RANGE":
            out.update(map(chr, range(a[0], a[1] + 1)))
        else:
            raise ValueError(o)
    return out


def _sre_parse():
    try:
        from re import _parser as sre_parse  # the parser of the standard `re` module
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse
    return sre_parse


_CATEGORY_OUT = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                 "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _char_class(op, av, ignore: bool) -> str:
    """One character of a parse tree (a literal, a class, any) as case-sensitive pattern text."""
    name = str(op)
    if name in ("LITERAL", "NOT_LITERAL"):
        neg = name == "NOT_LITERAL"
        if ignore:
            return _ignorecase_class(re.escape(chr(av)), neg)
        return f"[^{re.escape(chr(av))}]" if neg else re.escape(chr(av))
    if name == "ANY":
        return "."
    if name != "IN":
        raise ValueError(name)
    neg = bool(av) and str(av[0][0]) == "NEGATE"
    chars, cats = [], []
    for o, a in av[1:] if neg else av:
        o = str(o)
        if o == "LITERAL":
            chars.append(re.escape(chr(a)))
        elif o == "RANGE":
            chars.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif o == "CATEGORY" and str(a) in _CATEGORY_OUT:
            cats.append(_CATEGORY_OUT[str(a)])
        else:
            raise ValueError(o)
    body = "".join(chars + cats)
    if not ignore or not chars:
        return f"[{'^' if neg else ''}{body}]"
    if not cats:
        return _ignorecase_class(body, neg)
    return f"(?i:[{'^' if neg else ''}{body}])"  # letters with \w and the like: left to re.I


# --- guards: the first characters of the templates' matches ---------------------------------

_GUARD_LEN = 5  # characters a guard looks at (longer guards cost more to compile than they save)
_MANY = 2000  # more prefixes than this: a shorter guard for the template


def _prefixes(items, ignore: bool, limit: int) -> set[tuple[tuple[str, ...], bool]] | None:
    """(classes of the first characters, whether the match may end there) of the matches of a parsed
    pattern, each at most `limit` long; None when unknown or too many. Lookarounds count as nothing,
    so the set can only be larger than the true one and a guard built from it never drops a match."""
    try:
        from re._constants import MAXREPEAT
    except ImportError:  # pragma: no cover
        from sre_constants import MAXREPEAT
    acc: set[tuple[tuple[str, ...], bool]] = {((), True)}
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: matches of the rest start here
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            one = {((_char_class(op, av, ignore),), True)}
        elif name == "BRANCH":
            one = set()
            for alt in av[1]:
                sub = _prefixes(alt.data, ignore, limit)
                if sub is None:
                    return None
                one |= sub
        elif name == "SUBPATTERN":
            _group, add, delete, sub_p = av
            if (add | delete) & ~re.I:
                return None  # (?s:...) and the like: not followed
            one = _prefixes(sub_p.data, (ignore or bool(add & re.I)) and not delete & re.I, limit)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub_p = av
            sub = _prefixes(sub_p.data, ignore, limit)
            if sub is None:
                return None
            one = {((), True)} if lo == 0 else set()
            reps = {((), True)}  # prefixes of sub repeated n times
            n = 0
            while hi == MAXREPEAT or n < hi:
                n += 1
                new = _concat(reps, sub, limit)
                # n >= lo: a repeat may end after n; before, only prefixes already full count
                one |= new if n >= lo else {(q, e) for q, e in new if not e}
                if not any(e for _, e in new) or (new == reps and n >= lo):
                    break  # every prefix is full, or more repeats add nothing
                if n > 64:
                    return None
                reps = new
        else:
            return None  # group references, conditionals, atomic groups: not followed
        if one is None:
            return None
        acc = _concat(acc, one, limit)
        if len(acc) > _MANY:
            return None
        if not any(e for _, e in acc):
            break  # every prefix is full
    return acc


def _concat(a, b, limit):
    """Prefixes of a match of A followed by a match of B."""
    out = set()
    for qa, ea in a:
        if not ea or len(qa) >= limit:
            out.add((qa, False))  # full (or cut): what follows does not show
            continue
        for qb, eb in b:
            out.add(((qa + qb)[:limit], eb and len(qa) + len(qb) <= limit))
    return out


@lru_cache(maxsize=None)
def _body_prefixes(body: str):
    try:
        parsed = _sre_parse().parse(body, re.I).data
    except Exception:  # pragma: no cover
        return None
    for limit in range(_GUARD_LEN, 0, -1):  # too many long prefixes: shorter ones
        try:
            found = _prefixes(parsed, True, limit)
        except Exception:
            return None
        if found is not None:
            return frozenset(found)
    return None


def _guard(bodies: list[str], chars: set[str]) -> str:
    """A lookahead every match of these templates starting with one of `chars` passes ("": none)."""
    seqs: set[tuple[str, ...]] = set()
    for body in bodies:
        found = _body_prefixes(body)
        if not found or any(not q for q, _ in found):
            return ""
        seqs |= {q for q, _ in found}
    if chars & set(_CATEGORIES.values()):
        keep = {q[0] for q in seqs}
    else:
        keep = {f for f in {q[0] for q in seqs} if any(map(re.compile(f).fullmatch, chars))}
    return "(?=" + _trie([q for q in seqs if q[0] in keep]) + ")"


def _trie(seqs) -> str:
    """An alternation of class sequences with common heads factored out ("[Tt](?:[Hh](?:[Ee]|[Ii])|...)"):
    each character is tested once instead of once per sequence."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for q in seqs:
        if not q:
            return ""  # a sequence ends here: whatever follows passes
        heads.setdefault(q[0], []).append(q[1:])
    alts = [h + _trie(rest) for h, rest in sorted(heads.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@dataclass
class Scanner:
    pattern: re.Pattern
    branches: dict[int, tuple[tuple[int, ...], tuple[int, ...]]]  # lastindex -> (groups, their templates)
    starts: dict[str, tuple[int, ...]]  # character -> templates that may start with it
    other: tuple[re.Pattern, tuple[int, ...]] | None  # other characters of \d \w \s, and their templates

    def templates_at(self, c: str) -> tuple[int, ...]:
        found = self.starts.get(c)
        if found is None and self.other is not None and self.other[0].match(c):
            return self.other[1]
        return found or ()


def _scanner(bodies: list[str]) -> Scanner | None:
    """The scanner of templates with these bodies (None: a template it cannot handle; scan one by one)."""
    firsts: list[set[str]] = []
    for body in bodies:
        try:
            parsed = _sre_parse().parse(body, re.I)
            chars, empty = _first_chars(parsed.data)
        except Exception:  # pragma: no cover - a construct we do not know
            return None
        if chars is None or empty or not chars or parsed.getwidth()[0] == 0:
            return None
        exp: set[str] = set()
        for c in chars:
            exp.update({c} if c in _CATEGORIES.values() else _case_variants(c))
        firsts.append(exp)
    categories = {c for f in firsts for c in f if c in _CATEGORIES.values()}
    ascii_members = {r"\d": "0123456789", r"\s": " \t\n\r\f\v",
                     r"\w": "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    concrete = {c for f in firsts for c in f if c not in categories}
    for cat in categories:
        concrete.update(ascii_members[cat])
    cat_rx = {cat: re.compile(cat) for cat in categories}

    def starts(i: int, c: str) -> bool:
        return c in firsts[i] or any(cat in firsts[i] and cat_rx[cat].match(c) for cat in categories)

    by_sig: dict[tuple[int, ...], set[str]] = {}
    # ASCII digits share one branch: templates starting with a digit fail at once on a digit they do not
    # start with, and one branch instead of four keeps the pattern (and its compile time) small.
    digit_sig = tuple(i for i in range(len(bodies)) if any(starts(i, c) for c in "0123456789"))
    for c in concrete:
        sig = digit_sig if c in "0123456789" else tuple(i for i in range(len(bodies)) if starts(i, c))
        if sig:
            by_sig.setdefault(sig, set()).add(c)
    start_map = {c: sig for sig, chars in by_sig.items() for c in chars}
    word = re.compile(r"\w")
    branches = []  # (templates, characters, whether the branch consumes the character)
    for sig, chars in sorted(by_sig.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        w = {c for c in chars if word.match(c)}
        if w:
            branches.append((sig, w, True))
        if chars - w:
            branches.append((sig, chars - w, False))
    other = None
    if categories:  # other (non-ASCII) characters of \d, \w, \s: the templates starting with the category
        sig = tuple(i for i in range(len(bodies)) if firsts[i] & categories)
        branches.append((sig, categories, not (categories & {r"\s"})))
        other = (re.compile(f"[{_class(categories)}]"), sig)
    strip = re.compile(r"\(\?P<g\d+_\w+>")  # slot groups: only the template's own pattern reads them
    looked = [f"(?i:{strip.sub('(?:', b)})" for b in bodies]
    alts, names = [], []
    for k, (sig, chars, consumes) in enumerate(branches):
        looks = "".join(f"(?:(?={_guard([bodies[i]], chars)}(?P<_{k}_{i}>{looked[i]}))|)" for i in sig)
        hit = "|".join(f"(?(_{k}_{i})|(?!))" for i in sig)
        guard = _guard([bodies[i] for i in sig], chars)
        cls = f"(?-i:[{_class(chars)}])"
        if chars <= categories:  # the ASCII ones have their branches before
            cls = rf"(?![\x00-\x7f]){cls}"
        if consumes:
            alts.append(rf"{cls}(?<={guard}(?P<_b{k}>{looks})[\s\S])(?:{hit})")
        else:
            alts.append(rf"(?={cls}){guard}(?P<_b{k}>{looks})(?:{hit})")
        names.append((f"_b{k}", [(f"_{k}_{i}", i) for i in sig]))
    rx = re.compile(rf"[^\w\-/](?<!\d\.)(?:{'|'.join(alts)})")
    # The groups of a branch are read with one m.group(*groups): at least two, or it returns a string.
    branch_groups = {rx.groupindex[b]: (tuple(rx.groupindex[n] for n, _ in members) * (2 if len(members) == 1 else 1),
                                        tuple(i for _, i in members))
                     for b, members in names}
    return Scanner(rx, branch_groups, start_map, other)


def _month_table(data: dict, key: str) -> list[tuple[int, re.Pattern]]:
    return [(int(n), re.compile(_alt(forms), re.I)) for n, forms in data.get(key, {}).items()]


def _word_table(table: dict) -> list[tuple[str, re.Pattern]]:
    return [(k, re.compile(_alt(v if isinstance(v, list) else [v]), re.I)) for k, v in table.items()]


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    data = langdata.load(lang).get("time")
    if not data:
        raise KeyError(f"language {lang!r} has no [time] data")
    common = langdata.load("common").get("time", {})
    frags = {**common.get("fragments", {}), **data.get("fragments", {})}
    msuffix = data.get("month_suffix", "")
    words = {name: data.get(name, {}) for name in
             ("part", "same", "rel", "rel_month", "rel_day", "rel_week", "weekday", "weekday_short", "cal", "from",
              "until", "season", "last_named", "prev", "dayword", "every", "next", "day_words",
              "year_centuries", "year_tens", "year_ordinals", "quarter", "decade_words")}
    words["day_ordinals"] = {str(i + 1): [w] for i, w in enumerate(data.get("day_ordinals", []))}  # (a list: first, second ...)
    anniv_bases = {a["key"]: a["year"] for a in common.get("anniversary", [])}
    words["anniv"] = {k: v for k, v in data.get("anniversary", {}).items() if k in anniv_bases}
    numbers = {w: int(v) for w, v in data.get("number_words", {}).items()}
    century_words = {w: int(v) for w, v in data.get("century_words", {}).items()}

    def months_rx(key):
        forms = [f for fs in data.get(key, {}).values() for f in fs]
        if data.get("months_capitalized") and key == "months":
            forms = [f"(?-i:{f[0].upper()}){f[1:]}" if f[:1].isalpha() else f for f in forms]
        return _alt(forms) + (f"(?:{msuffix})?" if msuffix and key == "months" else "")

    num_words = _alt(list(numbers)) if numbers else None
    # Days written as ordinal words ("یکم آبان", "بیست‌وپنجم اسفند"), where the language has them
    day_words = [w for v in words["day_words"].values() for w in v]
    # (not after the words of `day_words_not_after`: "هفتهٔ دوم آبان" is the second week of Aban, no 2 Aban)
    # (spaces as \x20: a template's spaces become \s+, which a lookbehind cannot hold)
    guard = "".join("(?<!" + "".join(r"\x20" if c == " " else re.escape(c) for c in w) + ")"
                    for w in data.get("day_words_not_after", []))
    # A year said in words, as speech and its transcripts say it: a century's words, a cardinal ten and an ordinal
    # last ("тысяча девятьсот восемьдесят седьмой", "девяносто второго", "две тысячи шестом"; `resolve._year_words`)
    year_parts = [_alt([w for v in words[k].values() for w in v]) if words[k] else None
                  for k in ("year_centuries", "year_tens", "year_ordinals")]
    year_words = (rf"(?:{year_parts[0]}\s+)?" if year_parts[0] else "") + (
        rf"(?:{year_parts[1]}[\s-]+)?" if year_parts[1] else "") + (year_parts[2] or "")  # ("sixty-four")
    slot_rx = {
        "Y": YEAR, "Y2": YEAR, "JY": r"[4-9][0-9](?!\d)", "YY": r"\d\d(?!\d)", "YW": year_words if year_parts[2] else r"(?!x)x", "D": DAY, "D2": DAY, "DO": f"{guard}{_alt(day_words)}" if day_words else r"(?!x)x", "MD": DAY, "MD2": DAY, "MN": MNUM, "MN2": MNUM, "RM": RMON, "RM2": RMON,
        "M": months_rx("months"), "M2": months_rx("months"),
        # (with the abbreviations that are words of their own, "yan", "mar", "sen": a month only between a day and a year)
        "MY": _alt([months_rx("months"), months_rx("months_before_year")]),
        "MY2": _alt([months_rx("months"), months_rx("months_before_year")]),
        "JM": months_rx("jalali_months"), "JM2": months_rx("jalali_months"),
        "HM": months_rx("hijri_months"),
        "C": _alt(list(ROMAN) + [r"\d{1,2}"] + list(century_words)),
        "C2": _alt(list(ROMAN) + [r"\d{1,2}"] + list(century_words)),
        "DEC": r"[1-9]0", "DEC4": r"1[0-9]{2}0|20[0-9]0", "DEC42": r"1[0-9]{2}0|20[0-9]0",
        "Q": _alt(["IV", "III", "II", "I", "[1-4]"] + [w for v in words["quarter"].values() for w in v]),
        "N": (r"\d{1,3}" + (f"|{num_words}(?:\\s+{data.get('number_joiner', 'and')}\\s+{num_words})*"
                            if num_words else "")),
    }
    slot_field = {"Y": "year", "Y2": "year2", "JY": "jyear", "YY": "yy", "YW": "yword", "D": "day", "D2": "day2", "DO": "day", "MD": "mday", "MD2": "mday2", "MN": "mnum", "MN2": "mnum2", "RM": "mnum", "RM2": "mnum2", "M": "month",
                  "M2": "month2", "MY": "month", "MY2": "month2", "JM": "jmonth", "JM2": "jmonth2", "HM": "hmonth", "C": "century",
                  "C2": "century2", "DEC": "decade", "DEC4": "decade4", "DEC42": "decade42", "N": "num", "Q": "quarter"}
    for slot, table in (("PART", "part"), ("SAME", "same"), ("REL", "rel"), ("RELM", "rel_month"),
                        ("RELD", "rel_day"), ("RELW", "rel_week"), ("WD", "weekday"), ("SEASON", "season"),
                        ("CAL", "cal"), ("ANNIV", "anniv"), ("FROM", "from"), ("UNTIL", "until"),
                        ("LASTM", "last_named"), ("PREV", "prev"), ("DW", "dayword"), ("EVERY", "every"), ("NEXT", "next"),
                        ("DECW", "decade_words")):
        entries = [w for v in words[table].values() for w in (v if isinstance(v, list) else [v])]
        slot_rx[slot] = _alt(entries) if entries else r"(?!x)x"
        slot_field[slot] = table
    # A weekday's abbreviation heading a diary's entry ("Tue 2nd", "Вс 13-е", "B.e., 14 okt."): as written, capitals
    # and stops (in any case "sun", "sat", "mon" are words).
    short = [w for v in words["weekday_short"].values() for w in (v if isinstance(v, list) else [v])]
    slot_rx["WDS"] = f"(?-i:{'|'.join(sorted(short, key=len, reverse=True))})" if short else r"(?!x)x"
    slot_field["WDS"] = "weekday_short"
    # (the weekday of a span's last day, "Wed, 18 Oct 2023 – Sun, 5 Nov 2023": read, not needed for the value)
    slot_rx["WD2"], slot_field["WD2"] = slot_rx["WD"], "weekday2"
    slot_rx["WDS2"], slot_field["WDS2"] = slot_rx["WDS"], "weekday_short2"

    alts, metas, names, bodies = [], [], [], []
    # Numeric forms shared by every language come first: they are the least ambiguous.
    year_mark = _alt(data["year_mark"]) if data.get("year_mark") else None
    for i, pat in enumerate(common.get("pattern", []) + data.get("pattern", [])):
        gmap: dict[str, str] = {}

        def sub(m, i=i, gmap=gmap):
            slot = m.group(1)
            if slot in slot_rx:
                name = f"g{i}_{slot_field[slot]}"
                gmap[name] = slot_field[slot]
                return f"(?P<{name}>{slot_rx[slot]})"
            if slot in frags:
                return f"(?:{frags[slot]})"
            raise ValueError(f"{lang}.toml: unknown slot {{{slot}}} in pattern {pat['p']!r}")

        body = re.sub(r"\{([A-Za-z_0-9]+)\}", sub, pat["p"])
        # A space in a template is any run of whitespace (not a paragraph break: `_matches`), but a tab: it parts a
        # table's cells ("7<TAB>May" is a row's number and its month).
        body = _spaces(body)
        if year_mark:
            body = rf"{body}(?:(?<=\d){year_mark})?"  # "۱۳۷۴ش", "۲۰۰۰م": a year's calendar letter written onto it
        # Expressions never start or end inside a word or a number. The lookahead on the characters an
        # expression can start with only makes the scan fast: most positions fail on one class test.
        first = _first_class(rf"(?:{body})")
        alts.append(re.compile(rf"{first}(?<![\w\-/])(?<!\d\.)(?:{body})(?!\w)", re.I))
        bodies.append(rf"(?:{body})(?!\w)")
        metas.append({k: v for k, v in pat.items() if k != "p"})
        names.append(gmap)
    not_after = common.get("not_after", []) + data.get("not_after", [])
    approx = data.get("approx_before", [])
    return Grammar(
        lang=lang, regexes=alts, patterns=metas, group_names=names, bodies=bodies,
        # (on its line: "SƏHİFƏSİ" ending a headline is no "page" before the date opening the paragraph under it)
        not_after=re.compile(rf"(?<!\w)(?:{'|'.join(not_after)})[ \t\u00a0]*$", re.I) if not_after else None,
        approx=re.compile(rf"(?<!\w)(?:{'|'.join(approx)})\s+$", re.I) if approx else None,
        plan_before=re.compile(rf"(?<!\w)(?:{'|'.join(data['plan_before'])})\s+$", re.I)
        if data.get("plan_before") else None,
        plan_after=re.compile(rf"\s+(?:{'|'.join(data['plan_after'])})(?!\w)", re.I) if data.get("plan_after") else None,
        target_before=re.compile(rf"(?<!\w)(?:{'|'.join(data['target_before'])})\s+$", re.I)
        if data.get("target_before") else None,
        target_after=re.compile(rf"\s+(?:{'|'.join(data['target_after'])})(?!\w)", re.I) if data.get("target_after") else None,
        plan_words=re.compile(rf"(?<!\w)(?:{'|'.join(data['plan_words'])})", re.I) if data.get("plan_words") else None,
        day_heading=re.compile(rf"(?im)^[ \t]*(?:{data['day_heading']})(?=[ \t]*(?:$|[(:,–—-]))") if data.get(
            "day_heading") else None,
        week_heading=re.compile(rf"(?im)^[ \t]*(?:{data['week_heading']})(?=[ \t]*(?:$|[(:–—-]))") if data.get(
            "week_heading") else None,
        recall_verbs=re.compile(rf"(?<!\w)(?:{'|'.join(data['recall_verbs'])})(?!\w)", re.I) if data.get("recall_verbs") else None,
        relative=re.compile(rf",\s*(?:[^\W\d_]+\s+)?(?:{'|'.join(data['relative'])})(?!\w)[^,.;:!?\n]*$", re.I)
        if data.get("relative") else None,
        recalled=re.compile(rf"[ \t]*[«“\"„]?(?:{'|'.join(data['recalled'])})(?!\w)", re.I) if data.get("recalled") else None,
        commemorated_after=re.compile(rf"[ \t]*\)[ \t]*(?:[^\s().,;:!?]+[ \t]+){{0,2}}(?:{'|'.join(data['commemorated'])})",
                                      re.I) if data.get("commemorated") else None,
        mourned=re.compile(rf"(?<!\w)(?:{'|'.join(data['mourned'])})[ \t]+$", re.I) if data.get("mourned") else None,
        commemorated=re.compile(rf"(?<!\w)(?:{'|'.join(data['commemorated'])})(?:[ \t]+[^\s().,;:!?]+){{0,7}}[ \t]*\([ \t]*$", re.I)
        if data.get("commemorated") else None,
        # (... with the asking outlet in brackets: "Sual (APA):", "Вопрос (ТАСС):")
        turn=re.compile(rf"\n[ \t]*(?:\*\*)?(?:{'|'.join(data['turn'])})(?:\*\*)?(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*:")
        if data.get("turn") else None,
        note_words=re.compile(rf"(?<!\w)(?:{'|'.join(data['note_words'])})(?!\w)", re.I) if data.get("note_words") else None,
        date_label=re.compile(rf"(?<!\w)(?:{'|'.join(data['date_label'])})[ \t]*:?[ \t]*$", re.I)
        if data.get("date_label") else None,
        months=_month_table({"months": {n: data.get("months", {}).get(n, []) + data.get("months_before_year", {}).get(n, [])
                                        for n in {**data.get("months", {}), **data.get("months_before_year", {})}}},
                            "months"), jmonths=_month_table(data, "jalali_months"),
        hmonths=_month_table(data, "hijri_months"),
        words={k: _word_table(v) for k, v in words.items()}, numbers=numbers,
        century_words=century_words, data=data,
    )


def anniversary_base(key: str) -> int | None:
    for a in langdata.load("common").get("time", {}).get("anniversary", []):
        if a["key"] == key:
            return int(a["year"])
    return None
