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
  {D} {D2}      day of month 1-31             day, day2
  {M} {M2}      Gregorian month name          month, month2
  {JM} {JM2}    Solar Hijri (Jalali) month    jmonth, jmonth2
  {HM}          lunar Hijri month             hmonth
  {MN}          month number 1-12             mnum
  {C} {C2}      century (roman, digits, word) century, century2
  {DEC}         two-digit decade (90)         decade
  {DEC4}        four-digit decade (1990)      decade4
  {PART}        part of a period              part
  {SAME}        "the same year/month/day"     same
  {REL}         "this/last/next year"         rel
  {RELM}        "this/last/next month"        rel_month
  {RELD}        "yesterday"                   rel_day
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

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
         "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}

# Years bilat reads: 1000-2099 (Jalali 13xx/14xx and lunar Hijri 14xx fall inside).
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
MNUM = r"(?:1[0-2]|0?[1-9])"


def _alt(words) -> str:
    """A regex alternation of data entries (themselves regexes), longest first."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


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
    scanner: Scanner | None = None  # every template in one pass (see `_scanner`); None: scan one by one
    words: dict[str, list[tuple[str, re.Pattern]]] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    century_words: dict[str, int] = field(default_factory=dict)
    data: dict = field(default_factory=dict)

    def lookup(self, table: str, text: str):
        """Which key of a word table (`part`, `same`, `rel`, `weekday`, `cal`, `anniv`) `text` is."""
        for key, rx in self.words.get(table, ()):
            if rx.fullmatch(text):
                return key
        return None

    def month_of(self, kind: str, text: str) -> int | None:
        for n, rx in getattr(self, kind + "s"):
            if rx.match(text):
                return n
        return None


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
# Python's `re` has no multi-pattern search: scanning a text once per template (~36 per language)
# costs tens of ns per character and template before any template even starts to match, and the
# libraries that do match many patterns at once (RE2 sets, Hyperscan) support neither the lookbehinds
# nor the leftmost-first semantics the templates are written for. So the templates are compiled
# into one `re` pattern that reports, at each position, every template matching there:
#
#   [^\w\-/](?<!\d\.)(?:B_1|B_2|...)
#     B_k = [C_k](?<=(?P<_bk>(?:(?=(?P<_k_i>T_i))|)(?:(?=(?P<_k_j>T_j))|)...)[\s\S])(?:(?(_k_i)|(?!))|...)
#
# A template starts only after a character that is not a letter, digit, "-" or "/" (every template
# carries that lookbehind), so the scan looks for such a character first: `re` skips all others in a
# tight C loop (a pattern starting with a lookahead gets no such loop), and the position p after it is
# where templates are tried. The characters templates can start with are partitioned by the set of
# templates that can start with them (C_k, case-sensitive classes, which `re` tests without entering
# the branch), so p only tries the templates that can start there: the lookbehind steps back onto the
# character consumed by C_k and tries each template there in a lookahead that records where it ends.
# The conditionals keep only positions where at least one template matched; `lastindex` (the group
# `_bk`, which closes last) tells which branch did. A branch whose characters are not letters or digits
# (an apostrophe) tests its class without consuming it, since a template may start right after it.
# A template tried in a lookahead at p matches exactly as its own pattern would at p, so reading the
# positions in order and keeping, per template, the first match at or after the end of its previous
# one gives what `finditer` of each template gives.

_CASE_VARIANTS: dict[str, set[str]] | None = None


def _case_variants(c: str) -> set[str]:
    """Every character that case-insensitive `re` may match for c (a superset is fine)."""
    global _CASE_VARIANTS
    if _CASE_VARIANTS is None:
        inv: dict[str, set[str]] = {}
        for cp in range(0x1F000):  # no character above has a lower-case mapping
            ch = chr(cp)
            lo = ch.lower()
            if lo != ch:
                inv.setdefault(lo[0], set()).add(ch)  # U+0130 lowers to "i" + a combining dot; `re` uses "i"
        _CASE_VARIANTS = inv
    try:
        from re._casefix import _EXTRA_CASES  # characters `re` treats as equal ignoring case (i/ı, s/ſ, ...)
    except ImportError:  # pragma: no cover
        _EXTRA_CASES = {}
    lo = c.lower()[0]
    out = {c, lo, c.upper()[0], *_CASE_VARIANTS.get(lo, ())}
    for extra in _EXTRA_CASES.get(ord(lo), ()):
        out.add(chr(extra))
        out.update(_CASE_VARIANTS.get(chr(extra), ()))
    return out


def _class(chars) -> str:
    return "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))


def _ranges(chars) -> str:
    """A character class body for a set of characters, consecutive code points as ranges."""
    out: list[list[int]] = []
    for cp in sorted(map(ord, chars)):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in out)


# --- the same templates without re.IGNORECASE ------------------------------------------------
#
# Case-insensitive matching costs `re` a case conversion at every character compared, and it keeps
# an alternation from skipping, on its first character alone, the alternatives that cannot match
# ("sentyabr|oktyabr|noyabr|..."); in the scanner this makes trying the templates about twice as
# slow. So the scanner gets each template rewritten to match the same text case-sensitively: every
# cased letter becomes the class of the characters `re.I` accepts for it (found by asking `re`
# itself, so `re`'s own case rules - İ/i, ı/I, K/Kelvin sign - hold exactly). The rewrite works on
# the parse tree of the standard `re` module and writes a pattern back; a construct it does not know
# keeps the template case-insensitive (same matches, only slower). `re` has no public API for either.

_IGNORED: dict[str, str] = {}


def _ignorecase_class(members: str, negate: bool) -> str:
    """`[members]` (or `[^members]`) as `re.I` reads it, written for case-sensitive matching."""
    key = ("^" if negate else "") + members
    if key not in _IGNORED:
        rx = re.compile(f"[{members}]", re.I)
        literal = re.compile(f"[{members}]")
        cands: set[str] = set()
        for c in _class_chars(members):
            cands |= _case_variants(c)
        exact = {c for c in cands if rx.fullmatch(c)}
        if exact == {c for c in cands if literal.fullmatch(c)}:
            _IGNORED[key] = f"[{key}]"  # nothing cased in it: as it is
        else:
            _IGNORED[key] = f"[{'^' if negate else ''}{_ranges(exact)}]"
    return _IGNORED[key]


def _class_chars(members: str) -> set[str]:
    """The characters of a class body made only of literals and ranges."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_parse
    (op, av), = sre_parse.parse(f"[{members}]").data
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


_AT = {"AT_BEGINNING": "^", "AT_END": "$", "AT_BEGINNING_STRING": r"\A", "AT_END_STRING": r"\Z",
       "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B"}
_CATEGORY_OUT = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                 "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _unparse(items, ignore: bool) -> str:
    """Write a parsed pattern back as pattern text, case-sensitive where `ignore` held."""
    try:
        from re._constants import MAXREPEAT
    except ImportError:  # pragma: no cover
        from sre_constants import MAXREPEAT
    out = []
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            neg = name == "NOT_LITERAL"
            if ignore:
                out.append(_ignorecase_class(re.escape(chr(av)), neg))
            else:
                out.append(f"[^{re.escape(chr(av))}]" if neg else re.escape(chr(av)))
        elif name == "ANY":
            out.append(".")
        elif name == "IN":
            neg = bool(av) and str(av[0][0]) == "NEGATE"
            members = []
            for o, a in av[1:] if neg else av:
                o = str(o)
                if o == "LITERAL":
                    members.append(re.escape(chr(a)))
                elif o == "RANGE":
                    members.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o == "CATEGORY" and str(a) in _CATEGORY_OUT:
                    members.append(_CATEGORY_OUT[str(a)])
                else:
                    raise ValueError(o)
            body = "".join(members)
            cats = [m for (o, _), m in zip(av[1:] if neg else av, members) if str(o) == "CATEGORY"]
            chars = "".join(m for (o, _), m in zip(av[1:] if neg else av, members) if str(o) != "CATEGORY")
            if not ignore or (not chars or _ignorecase_class(chars, False) == f"[{chars}]"):
                out.append(f"[{'^' if neg else ''}{body}]")  # nothing cased: re.I changes nothing
            elif not cats:
                out.append(_ignorecase_class(body, neg))
            else:
                out.append(f"(?i:[{'^' if neg else ''}{body}])")  # cased letters with \w...: left to re.I
        elif name == "BRANCH":
            out.append("(?:" + "|".join(_unparse(alt.data, ignore) for alt in av[1]) + ")")
        elif name == "SUBPATTERN":
            _group, add, delete, sub = av
            if (add | delete) & ~re.I:
                raise ValueError("flags")
            inner = (ignore or bool(add & re.I)) and not delete & re.I
            out.append("(?:" + _unparse(sub.data, inner) + ")")  # groups: the scanner reads none
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            q = {(0, MAXREPEAT): "*", (1, MAXREPEAT): "+", (0, 1): "?"}.get(
                (lo, hi), f"{{{lo},{'' if hi == MAXREPEAT else hi}}}" if lo != hi else f"{{{lo}}}")
            q += {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}[name]
            out.append("(?:" + _unparse(sub.data, ignore) + ")" + q)
        elif name == "AT" and str(av) in _AT:
            out.append(_AT[str(av)])
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            kind = ("=" if name == "ASSERT" else "!") if direction == 1 else ("<=" if name == "ASSERT" else "<!")
            out.append(f"(?{kind}" + _unparse(sub.data, ignore) + ")")
        elif name == "ATOMIC_GROUP":
            out.append("(?>" + _unparse(av.data, ignore) + ")")
        else:
            raise ValueError(name)
    return "".join(out)


def _case_sensitive(body: str) -> str:
    """body, meant for re.I, rewritten to match the same text without it."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_parse
    try:
        return _unparse(sre_parse.parse(body, re.I).data, True)
    except Exception:  # a construct the rewrite does not know: the template stays case-insensitive
        return f"(?i:{body})"


# --- a cheap test before the templates are tried ---------------------------------------
#
# At most word starts no template matches, but trying a dozen templates there still costs `re` a
# microsecond or more. So each branch of the scanner first checks the few characters every match of
# its templates must start with: the set of their first _GUARD_LEN characters, as sequences of
# classes, read off the parse tree (lookarounds count as nothing, so the set can only be larger than
# the true one and the test never drops a match).

_GUARD_LEN = 4
_MANY = 2000  # more prefixes than this: no guard for the template


def _prefixes(items, ignore: bool, limit: int) -> set[tuple[tuple[str, ...], bool]] | None:
    """(classes of the first characters, whether the match may end there) of the matches of `items`,
    each at most `limit` long; None when unknown or too many."""
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
            one = {((_unparse([(op, av)], ignore),), True)}
        elif name == "BRANCH":
            one = set()
            for alt in av[1]:
                sub = _prefixes(alt.data, ignore, limit)
                if sub is None:
                    return None
                one |= sub
        elif name == "SUBPATTERN":
            _group, add, delete, sub_p = av
            one = _prefixes(sub_p.data, (ignore or bool(add & re.I)) and not delete & re.I, limit)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub_p = av
            sub = _prefixes(sub_p.data, ignore, limit)
            if sub is None:
                return None
            one = {((), True)} if lo == 0 else set()
            reps = {((), True)}
            for n in range(1, min(hi if hi != MAXREPEAT else limit, limit) + 1):
                reps = _concat(reps, sub, limit)
                if n >= lo:
                    one |= reps
                if not any(e for _, e in reps):
                    break
            if lo > limit:  # the repeat alone fills the prefix
                one = {(q, False) for q, _ in reps}
            elif min(hi if hi != MAXREPEAT else limit + 1, limit + 1) > limit:
                one |= {(q, False) for q, e in reps if len(q) == limit}
        else:
            return None
        if one is None:
            return None
        acc = _concat(acc, one, limit)
        if len(acc) > _MANY:
            return None
        if not any(e for _, e in acc):
            break  # every prefix is full
    return acc


def _concat(a, b, limit):
    out = set()
    for qa, ea in a:
        if not ea or len(qa) >= limit:
            out.add((qa, False) if len(qa) >= limit or not ea else (qa, ea))
            continue
        for qb, eb in b:
            q = (qa + qb)[:limit]
            out.add((q, eb and len(qa) + len(qb) <= limit))
    return out


def _guard(bodies: list[str], chars: set[str]) -> str:
    """A lookahead every match of these templates starting with one of `chars` passes ("": none)."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_parse
    seqs: set[tuple[str, ...]] = set()
    for body in bodies:
        try:
            found = _prefixes(sre_parse.parse(body, re.I).data, True, _GUARD_LEN)
        except Exception:
            found = None
        if not found or any(not q for q, _ in found):
            return ""
        seqs |= {q for q, _ in found}
    firsts = {q[0] for q in seqs}
    keep = {f for f in firsts if any(c in _CATEGORIES.values() or re.fullmatch(f, c) for c in chars)}
    return "(?=" + "|".join(sorted("".join(q) for q in seqs if q[0] in keep)) + ")"


@dataclass
class Scanner:
    pattern: re.Pattern
    branches: dict[int, list[tuple[int, int]]]  # lastindex -> [(group, template index)]
    starts: dict[str, tuple[int, ...]]  # character -> templates that may start with it
    other: tuple[re.Pattern, tuple[int, ...]] | None  # other characters of \d \w \s, and their templates

    def templates_at(self, c: str) -> tuple[int, ...]:
        found = self.starts.get(c)
        if found is None and self.other is not None and self.other[0].match(c):
            return self.other[1]
        return found or ()


def _scanner(bodies: list[str]) -> Scanner | None:
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse
    firsts: list[set[str]] = []
    for body in bodies:
        try:
            parsed = sre_parse.parse(body, re.I)
            chars, empty = _first_chars(parsed.data)
        except Exception:  # pragma: no cover - a construct we do not know: scan template by template
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
    for c in concrete:
        sig = tuple(i for i in range(len(bodies)) if starts(i, c))
        if sig:
            by_sig.setdefault(sig, set()).add(c)
    start_map = {c: sig for sig, chars in by_sig.items() for c in chars}
    word = re.compile(r"\w")
    branches = []  # (templates, classes, consumes)
    for sig, chars in sorted(by_sig.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        w = {c for c in chars if word.match(c)}
        if w:
            branches.append((sig, w, True))
        if chars - w:
            branches.append((sig, chars - w, False))
    other = None
    if categories:  # other characters of \d, \w, \s: the templates starting with the category
        sig = tuple(i for i in range(len(bodies)) if firsts[i] & categories)
        branches.append((sig, categories, not (categories & {r"\s"})))
        other = (re.compile(f"[{_class(categories)}]"), sig)
    strip = re.compile(r"\(\?P<g\d+_\w+>")  # slot groups: only the template's own pattern reads them
    sensitive = [f"(?i:{strip.sub('(?:', b)})" for b in bodies]
    alts, names = [], []
    for k, (sig, chars, consumes) in enumerate(branches):
        looks = "".join(f"(?:(?=(?P<_{k}_{i}>{sensitive[i]}))|)" for i in sig)
        hit = "|".join(f"(?(_{k}_{i})|(?!))" for i in sig)
        cls = f"(?-i:[{_class(chars)}])"
        guard = _guard([bodies[i] for i in sig], chars)
        if consumes:
            alts.append(rf"{cls}(?<={guard}(?P<_b{k}>{looks})[\s\S])(?:{hit})")
        else:
            alts.append(rf"(?={cls}){guard}(?P<_b{k}>{looks})(?:{hit})")
        names.append((f"_b{k}", [(f"_{k}_{i}", i) for i in sig]))
    rx = re.compile(rf"[^\w\-/](?<!\d\.)(?:{'|'.join(alts)})")
    return Scanner(rx, {rx.groupindex[b]: [(rx.groupindex[n], i) for n, i in members] for b, members in names},
                   start_map, other)


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
             ("part", "same", "rel", "rel_month", "rel_day", "weekday", "cal", "from", "until")}
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
    slot_rx = {
        "Y": YEAR, "Y2": YEAR, "D": DAY, "D2": DAY, "MN": MNUM,
        "M": months_rx("months"), "M2": months_rx("months"),
        "JM": months_rx("jalali_months"), "JM2": months_rx("jalali_months"),
        "HM": months_rx("hijri_months"),
        "C": _alt(list(ROMAN) + [r"\d{1,2}"] + list(century_words)),
        "C2": _alt(list(ROMAN) + [r"\d{1,2}"] + list(century_words)),
        "DEC": r"[1-9]0", "DEC4": r"1[0-9]{2}0|20[0-9]0",
        "N": (r"\d{1,3}" + (f"|{num_words}(?:\\s+{data.get('number_joiner', 'and')}\\s+{num_words})*"
                            if num_words else "")),
    }
    slot_field = {"Y": "year", "Y2": "year2", "D": "day", "D2": "day2", "MN": "mnum", "M": "month",
                  "M2": "month2", "JM": "jmonth", "JM2": "jmonth2", "HM": "hmonth", "C": "century",
                  "C2": "century2", "DEC": "decade", "DEC4": "decade4", "N": "num"}
    for slot, table in (("PART", "part"), ("SAME", "same"), ("REL", "rel"), ("RELM", "rel_month"),
                        ("RELD", "rel_day"), ("WD", "weekday"),
                        ("CAL", "cal"), ("ANNIV", "anniv"), ("FROM", "from"), ("UNTIL", "until")):
        entries = [w for v in words[table].values() for w in (v if isinstance(v, list) else [v])]
        slot_rx[slot] = _alt(entries) if entries else r"(?!x)x"
        slot_field[slot] = table

    alts, metas, names, bodies = [], [], [], []
    # Numeric forms shared by every language come first: they are the least ambiguous.
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
            raise KeyError(f"{lang}.toml: unknown slot {{{slot}}} in pattern {pat['p']!r}")

        body = re.sub(r"\{([A-Za-z_0-9]+)\}", sub, pat["p"])
        body = body.replace(" ", r"\s+")  # a space in a template is any run of whitespace
        # Expressions never start or end inside a word or a number. The lookahead on the characters an
        # expression can start with only makes the scan fast: most positions fail on one class test.
        first = _first_class(rf"(?:{body})")
        alts.append(re.compile(rf"{first}(?<![\w\-/])(?<!\d\.)(?:{body})(?!\w)", re.I))
        bodies.append(rf"(?:{body})(?!\w)")
        metas.append({k: v for k, v in pat.items() if k != "p"})
        names.append(gmap)
    not_after = common.get("not_after", []) + data.get("not_after", [])
    scanner = _scanner(bodies)
    return Grammar(
        lang=lang, regexes=alts, patterns=metas, group_names=names, scanner=scanner,
        not_after=re.compile(rf"(?<!\w)(?:{'|'.join(not_after)})\s*$", re.I) if not_after else None,
        months=_month_table(data, "months"), jmonths=_month_table(data, "jalali_months"),
        hmonths=_month_table(data, "hijri_months"),
        words={k: _word_table(v) for k, v in words.items()}, numbers=numbers,
        century_words=century_words, data=data,
    )


def anniversary_base(key: str) -> int | None:
    for a in langdata.load("common").get("time", {}).get("anniversary", []):
        if a["key"] == key:
            return int(a["year"])
    return None
