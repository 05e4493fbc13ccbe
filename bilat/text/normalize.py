"""normalize: Document -> Text (DESIGN.md, "Data flow").

What changes, and how offsets are kept:

* NFC. Only the runs that are not already composed are touched (a base
  character and the combining marks after it); most texts are NFC already and
  skip this step entirely.
* Words hyphenated across a line break are joined ("müs-\\ntəqillik" ->
  "müstəqillik"); a compound keeps its hyphen and only loses the break
  ("Rusiya-\\nAzərbaycan" -> "Rusiya-Azərbaycan", "2013-\\ncü" -> "2013-cü").
  Soft hyphens (U+00AD) are removed.
* Arabic letters take their Persian forms (ي ى -> ی, ك -> ک; ة stays), and
  Arabic-Indic and Persian digits become ASCII digits. These are one-to-one
  replacements, so they need no offset bookkeeping. ZWNJ (U+200C) is kept.
* A table written as text, cells between " | " on lines in a row, has its
  bars turned into tabs (one to one): a table's row reads as ingest writes it.

Edits that change the length are collected as (orig_start, orig_end,
replacement) on the original text and applied in one pass; `Text.breaks`
gets a pair at the start and at the end of every edit, so between two
breaks the texts advance one to one (see `Text.to_orig`).

Speed: no Python loop runs over characters; the work is done by
`unicodedata.is_normalized`, regular expressions and `str.translate`, and
Python code runs only per edit.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bilat import lang as langdata
from bilat.records import Document, Text
from bilat.text import latex, records
from bilat.text.charclass import ranges

# --- one-to-one character maps -------------------------------------------------
# A plain translate table rather than persiantools: persiantools' digit
# converters handle one digit system per call and go through Python string
# replaces; one table does Arabic-Indic and Persian digits and the letters in a
# single C-level pass, and guarantees a one-to-one map (offsets stay valid).
_ONE_TO_ONE = {
    0x064A: 0x06CC,  # ARABIC LETTER YEH -> FARSI YEH
    0x0649: 0x06CC,  # ARABIC LETTER ALEF MAKSURA (final yeh) -> FARSI YEH
    0x0643: 0x06A9,  # ARABIC LETTER KAF -> KEHEH
}
_ONE_TO_ONE.update({0x0660 + d: 0x30 + d for d in range(10)})  # Arabic-Indic digits
_ONE_TO_ONE.update({0x06F0 + d: 0x30 + d for d in range(10)})  # Persian digits
_NEEDS_TRANSLATE = re.compile("[\u064a\u0649\u0643\u0660-\u0669\u06f0-\u06f9]")
_AZ_WITH_A_UMLAUT = re.compile("[äÄ]")
_AZ_SCHWA = str.maketrans("äÄ", "əƏ")

# --- hyphenation across line breaks -------------------------------------------
# A hyphen (or U+2010), a single line break with spaces around it, then a letter
# or digit; the character before the hyphen is checked in Python. The patterns
# start with a literal so that the scan over text without hyphens is fast.
_HYPHEN_BREAKS = {
    "-": re.compile(r"-[ \t]*\r?\n[ \t]*(?=(\w))"),
    "\u2010": re.compile(r"\u2010[ \t]*\r?\n[ \t]*(?=(\w))"),
}
_COMBINING_TAIL = re.compile(r"[\u0300-\u036f]*$")
_SOFT_HYPHEN = re.compile(r"\u00ad(?:[ \t]*\r?\n[ \t]*)?")
_LEFT_WORD = re.compile(r"[\w\u0300-\u036f]*$")
_RIGHT_WORD = re.compile(r"[\w\u0300-\u036f]*")
_HYPHENATED = re.compile(r"(?<![\w-])\w+(?:-\w+)+")


@lru_cache(maxsize=1)
def _nfc_runs() -> re.Pattern:
    """A regex matching each run a base character + characters NFC may change.

    The class holds every character with a non-zero combining class, every
    character whose NFC quick check is No (singletons such as U+212B), every
    second half of a canonical pair decomposition (NFC quick check Maybe) and
    the Hangul vowel and final jamo. Built once, only for texts that need it.
    """
    cps: set[int] = set()
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if unicodedata.combining(ch) or not unicodedata.is_normalized("NFC", ch):
            cps.add(cp)
        d = unicodedata.decomposition(ch)
        if d and d[0] != "<":
            parts = d.split()
            if len(parts) == 2:
                cps.add(int(parts[1], 16))
    cps.update(range(0x1161, 0x1176))
    cps.update(range(0x11A8, 0x11C3))
    cls = ranges(cps)
    return re.compile(f"[^{cls}]?[{cls}]+", re.DOTALL)


def _nfc_edits(s: str) -> list[tuple[int, int, str]]:
    if unicodedata.is_normalized("NFC", s):
        return []
    edits = []
    for m in _nfc_runs().finditer(s):
        run = m.group()
        nfc = unicodedata.normalize("NFC", run)
        if nfc != run:
            edits.append((m.start(), m.end(), nfc))
    return edits


def _run_before(run: re.Pattern, s: str, end: int, window: int = 64) -> str:
    """The run of `run`'s characters ending at `end` (`run` is `[...]*$`). Searched in a window that
    widens only while the run fills it: a search from the start of the text would cost the whole text
    per line-end hyphen, quadratic in the length of a hyphenated article."""
    lo = max(0, end - window)
    while True:
        found = run.search(s, lo, end)
        if found.start() > lo or lo == 0:
            return found.group()
        lo = max(0, lo - 4 * window)


def _hyphen_edits(s: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    if "\n" not in s:
        return edits
    hyphenated: set[str] | None = None  # hyphenated words written on one line, built on demand
    matches = [m for h, p in _HYPHEN_BREAKS.items() if h in s for m in p.finditer(s)]
    for m in matches:
        start, end = m.span()
        b = start - len(_run_before(_COMBINING_TAIL, s, start)) - 1
        if b < 0 or not (s[b].isalnum() or s[b] == "_"):
            continue  # "a line -\n": a dash, not a hyphen
        before, after = s[b], m.group(1)
        keep = False
        if before.isdigit() or after.isdigit():
            keep = True  # 2013-cü, 1990-2000: a suffix or range hyphen
        elif after.isupper():
            keep = True  # Rusiya-Azərbaycan, İTAR-TASS: a compound
        else:
            left = _run_before(_LEFT_WORD, s, start)
            right = _RIGHT_WORD.match(s, end).group()
            if left.lower() == right.lower():
                keep = True  # reduplication: tez-tez
            else:
                if hyphenated is None:
                    hyphenated = {w.lower() for w in _HYPHENATED.findall(s)}
                if f"{left}-{right}".lower() in hyphenated:
                    keep = True  # the text writes this word with a hyphen elsewhere
        # A kept hyphen stays where it is; only the line break after it goes.
        edits.append((start + 1, end, "") if keep else (start, end, ""))
    if "\u00ad" in s:
        edits.extend((m.start(), m.end(), "") for m in _SOFT_HYPHEN.finditer(s))
    return edits


# --- page furniture ----------------------------------------------------------------
# Text taken from a PDF (by bilat or by whoever gave us the .txt) carries the page's number and running
# head between two pages, often in the middle of a sentence ("On 16 October 2014 Vladimir\n\n213\n\n
# A. Kovačević. Russian-Serbian Cultural Cooperation\n\nPutin made a short visit"). A paragraph of one
# line that is a page number, or a line that stands alone as a paragraph more than once (a running
# head or foot), is furniture: it goes, and a sentence it cut is whole again.
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")
# (a number of 1800-2099 alone is rather a year heading a chronicle's entries than a page: "2018\n\n1 October — ...",
# and so is one of 1300-1499 in Persian digits, a Solar Hijri year: "۱۳۷۷\n\nنخستین هفته فرهنگی ...", or a Gregorian
# one in them: "۲۰۱۷\n\n۱۵ فوریه – ...")
_NUMBER = (r"(?:[ \t\f]*(?:[-–—][ \t]*)?(?:(?!1[89]\d\d\b|20\d\d\b|[۱١][۳۴٣٤۸۹٨٩]\d\d\b|[۲٢][۰٠]\d\d\b)\d{1,4}|[ivxlc]{1,7})"
           r"(?:[ \t]*[-–—])?[ \t]*)")
_PAGE_NUMBER = re.compile(_NUMBER, re.I)
_SENTENCE_END = re.compile(r"[.!?…:;؟»”\")\]]\s*$")
FURNITURE_MAX = 120  # characters of a running head or foot
RUNNING_HEAD_MAX = 80  # ... of one seen once, after a page number


_PAGE_NUMBER_LINE = re.compile(rf"\n{_NUMBER}\n", re.I)


# A subtitle file's cue (SRT, WebVTT): its number and time code between the lines said ("\n\n32\n00:15:25,612 -->
# 00:15:29,418\n"). A sentence runs on over the cues it is cut into, as it does over a page's furniture.
_CUE = re.compile(r"(?:\A|\n[ \t]*\n)(?:\d+[ \t]*\n)?(?:\d\d:)?\d\d:\d\d[,.]\d{3}[ \t]*-->[ \t]*(?:\d\d:)?\d\d:\d\d[,.]\d{3}[^\n]*\n")
CUES_MIN = 3  # cues at least in a subtitle file


def _cue_edits(s: str) -> list[tuple[int, int, str]]:
    cues = [m.span() for m in _CUE.finditer(s)]
    if len(cues) < CUES_MIN:
        return []
    # (the first cue's head goes; the others leave a line break, as a wrapped line of prose has)
    return [(a, b, "\n" if a else "") for a, b in cues]


# --- a wiki's source (MediaWiki markup) ------------------------------------------------------------------------------
# An article saved as its source: its references (<ref>{{cite news |date=14 May 2019 ...}}</ref>, the dates an article
# or a page bears, no happening's), its block templates (an infobox's fields, "{{Reflist}}") and categories go; a link
# reads as its text ("[[Bakı]]da" is "Bakıda", "[[Ministry of Culture (Azerbaijan)|Ministry of Culture]]" is "Ministry
# of Culture"), bold and italic marks and headings' "==" go. (Why by hand: mwparserfromhell parses the markup into a
# tree but keeps no offsets into the source, which every span bilat gives must point into.)
_WIKI_REF = re.compile(r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref>", re.S | re.I)
_WIKI_LINK = re.compile(r"\[\[(?:([^\[\]|\n]*)\|)?([^\[\]\n]*)\]\]")


@lru_cache(maxsize=1)
def _wiki_line() -> re.Pattern:
    """A category's or a file's line ("[[Category:...]]", `[wiki] namespaces` of every language file), a heading's "=="."""
    names = "|".join(langdata.words("wiki", "namespaces")) or "(?!)"
    return re.compile(rf"^(?:\[\[(?:{names}):[^\n]*|=+)[ \t]*|[ \t]*=+[ \t]*$", re.M | re.I)


_WIKI_MARKS = re.compile(r"'{2,5}")
_WIKI_SIGNATURE = re.compile(r"\u200f?\d{1,2}:\d{2}[,،][ \t]*[^\n()]{6,40}?[ \t]*\(UTC\)")
_WIKI_BLOCK = re.compile(r"^\{\{", re.M)


def _wiki_edits(s: str) -> list[tuple[int, int, str]]:
    edits = [(m.start(), m.end(), "") for m in _WIKI_REF.finditer(s)]
    for m in _WIKI_BLOCK.finditer(s):  # a template opening a line, to the braces closing it (templates nest)
        depth, i = 0, m.start()
        while i < len(s) - 1:
            pair = s[i:i + 2]
            if pair in ("{{", "}}"):
                depth += 1 if pair == "{{" else -1
                i += 2
                if depth == 0:
                    edits.append((m.start(), i, ""))
                    break
            else:
                i += 1
    lines = [(m.start(), m.end()) for m in _wiki_line().finditer(s)]
    edits += [(a, b, "") for a, b in lines]
    gone = {a for a, b in lines if b > a}
    for m in _WIKI_LINK.finditer(s):
        if m.start() in gone:
            continue  # (a category's or a file's line, gone whole)
        edits.append((m.start(), m.start(2), ""))
        edits.append((m.end(2), m.end(), ""))
    edits += [(m.start(), m.end(), "") for m in _WIKI_MARKS.finditer(s)]
    # A signature's time on a talk page ("[[User:Name|Name]] ([[User talk:Name|talk]]) 14:05, 12 May 2019 (UTC)") is when
    # a comment was saved, no happening's day: it goes, and the comment ends there (the next one is a paragraph).
    edits += [(m.start(), m.end(), "\n") for m in _WIKI_SIGNATURE.finditer(s)]
    return edits


def _furniture_edits(s: str) -> list[tuple[int, int, str]]:
    # Pages show by their numbers or form feeds; a text without either is left as it is (and read fast).
    if "\f" not in s and not _PAGE_NUMBER_LINE.search(s):
        return []
    paras = [m.span() for m in _PARAGRAPH.finditer(s)]
    if len(paras) < 3:
        return []
    singles: dict[str, int] = {}
    for a, b in paras:
        line = s[a:b].strip()
        if "\n" not in line and len(line) <= FURNITURE_MAX:
            singles[line] = singles.get(line, 0) + 1

    def furniture(a: int, b: int) -> bool:
        line = s[a:b].strip()
        return "\n" not in line and (_PAGE_NUMBER.fullmatch(line) is not None or (
            singles.get(line, 0) > 1 and not _SENTENCE_END.search(line) and len(line) <= FURNITURE_MAX))

    edits = []
    i = 1
    while i < len(paras) - 1:
        j = i
        while j < len(paras) - 1 and furniture(*paras[j]):
            j += 1
        if j == i:
            i += 1
            continue
        tail = s[paras[i - 1][0]:paras[i - 1][1]]
        if not _SENTENCE_END.search(tail):
            # A sentence the page cut: the head of the next page after the number goes too ("213",
            # "A. Kovačević. Russian-Serbian Cultural Cooperation since 1991", then the sentence goes on).
            if j < len(paras) - 1 and _running_head(s, *paras[j]):
                j += 1
        prev_end, next_start = paras[i - 1][1], paras[j][0]
        if tail.endswith("-") and s[next_start].islower() and len(tail) > 1 and tail[-2].isalpha():
            edits.append((prev_end - 1, next_start, ""))  # "the-" ... "atres": one word again
        elif _SENTENCE_END.search(tail) or not s[next_start].isalnum():
            edits.append((prev_end, next_start, "\n\n"))  # the paragraphs keep their break
        else:
            edits.append((prev_end, next_start, " "))  # a sentence cut by the page, whole again
        i = j + 1
    return edits


def _running_head(s: str, a: int, b: int) -> bool:
    line = s[a:b].strip()
    # One line, as short as a title, ending as no sentence does (the text it cut goes on in lines of its own).
    return "\n" not in line and len(line) <= RUNNING_HEAD_MAX and not _SENTENCE_END.search(line) and line[-1:] != "-"


def _apply(s: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Apply non-overlapping edits; return the new text and its breaks."""
    if not edits:
        return s, [(0, 0)]
    edits.sort(key=lambda e: (e[0], e[1]))
    # Drop overlaps; touching edits stay separate regions (two breaks may share a
    # normalised position, `Text` takes the last).
    merged: list[tuple[int, int, str]] = []
    for a, b, r in edits:
        if merged and a < merged[-1][1]:
            continue
        merged.append((a, b, r))
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = [(0, 0)]
    pos = 0  # in original
    npos = 0  # in normalised
    for a, b, r in merged:
        pieces.append(s[pos:a])
        npos += a - pos
        if breaks[-1] != (npos, a):
            breaks.append((npos, a))
        pieces.append(r)
        npos += len(r)
        breaks.append((npos, b))
        pos = b
    pieces.append(s[pos:])
    return "".join(pieces), breaks


# A year a scan's OCR read with its digits spaced out ("1 9 5 9", "۱ ۳ ۴ ۸"): one number again. Four digits alone, the
# first two those of a year's century (10 to 20), no digit or word around them.
# (found by the space before its second digit, a literal `re` skips to fast; then its first digit is checked)
_SPACED_YEAR = re.compile(r" (\d) (\d) (\d)(?![\w]|[.,]\d| \d)")
_BEFORE_YEAR = re.compile(r"[\w.,]")


def _spaced_year_edits(s: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _SPACED_YEAR.finditer(s):
        a = m.start() - 1
        if a < 0 or not s[a].isdigit() or (a and _BEFORE_YEAR.match(s, a - 1)):
            continue
        digits = [unicodedata.digit(s[a])] + [unicodedata.digit(c) for c in m.groups()]
        if 10 <= digits[0] * 10 + digits[1] <= 20:
            edits.append((a, m.end(), s[a] + "".join(m.groups())))
    return edits


_DOUBLE_HYPHEN = re.compile(r"(?<=\d)--(?=\d)")


@lru_cache(maxsize=1)
def _wiki_edit_link() -> re.Pattern:
    """A wiki page's edit link after a section's heading, copied with its text ("History[edit]", "Tarixi[redaktə |
    mənbəni redaktə et]"; `[wiki] edit_links` of the language files): the heading reads as a heading."""
    links = "|".join(langdata.words("wiki", "edit_links")) or "(?!)"
    # (opening with the bracket, which `re` skips to fast; the heading's words before it are checked after)
    return re.compile(rf"\[(?:{links})\](?=[ \t]*$)", re.M)


def _wiki_edit_edits(s: str) -> list[tuple[int, int, str]]:
    """The edit links that end a heading's line, and the spaces before them."""
    edits = []
    for m in _wiki_edit_link().finditer(s):
        start = m.start()
        while start > 0 and s[start - 1] in " \t":
            start -= 1
        if start > 0 and s[start - 1] != "\n":
            edits.append((start, m.end(), ""))
    return edits


@lru_cache(maxsize=1)
def _tracked_change() -> re.Pattern | None:
    """A word processor's tracked change or comment left in the text it exported ("[Deleted: 12 May] [Inserted: 14 May]",
    "[Comment AB1: check this date]"; the labels are `[tracked]` of the language files)."""
    gone = langdata.words("tracked", "deleted") + langdata.words("tracked", "comment")
    kept = langdata.words("tracked", "inserted")
    if not gone or not kept:
        return None
    return re.compile(rf"\[[ \t]*(?:(?:{'|'.join(gone)})(?:[ \t]+[\w.-]{{1,8}})?[ \t]*:[^\]\n]*\][ \t]?"
                      rf"|(?:{'|'.join(kept)})[ \t]*:[ \t]*(?P<kept>[^\]\n]*)\])", re.I)


def _tracked_edits(s: str) -> list[tuple[int, int, str]]:
    """The text as its last version reads: what was deleted and the comments gone, what was inserted kept without its
    label (the brackets and labels go, the inserted words keep their offsets)."""
    rx = _tracked_change()
    edits = []
    for m in rx.finditer(s) if rx is not None else ():
        if m.group("kept") is None:
            edits.append((m.start(), m.end(), ""))
        else:
            edits += [(m.start(), m.start("kept"), ""), (m.end("kept"), m.end(), "")]
    return edits


def normalize_text(s: str) -> tuple[str, list[tuple[int, int]]]:
    """The normalised form of `s` and its breaks (see `Text`)."""
    edits = _nfc_edits(s)
    edits.extend(_hyphen_edits(s))
    edits.extend(_spaced_year_edits(s))
    edits.extend(_furniture_edits(s))
    if "-->" in s:
        edits.extend(_cue_edits(s))
    if "[[" in s and ("<ref" in s or "{{" in s or "\n==" in s or "(UTC)" in s):
        edits.extend(_wiki_edits(s))
    if "[" in s:
        edits.extend(_tracked_edits(s))
        edits.extend(_wiki_edit_edits(s))
    if "--" in s:  # a typewriter's dash between numbers, a range ("24--25 October 2019", "1993--2016")
        edits.extend((m.start(), m.end(), "–") for m in _DOUBLE_HYPHEN.finditer(s))
    if latex.is_latex(s):
        edits.extend(latex.latex_edits(s))
    edits.extend(records.layout(s)[1])
    out, breaks = _apply(s, edits)
    if _NEEDS_TRANSLATE.search(out):
        out = out.translate(_ONE_TO_ONE)
    if _AZ_WITH_A_UMLAUT.search(out) and "ə" not in out and "Ə" not in out and ("ı" in out or "ğ" in out):
        # Azerbaijani in a code page without "ə" (cp1254, ISO 8859-9) is written with "ä", as the
        # 1991 alphabet had it: one letter for one, offsets unchanged.
        out = out.translate(_AZ_SCHWA)
    if "**" in out:
        # Markdown's strong emphasis ("- **2008** — ..."): the marks become spaces, so a chronology's entry reads as one.
        out = _STRONG.sub(lambda m: "  " + m.group(1) + "  ", out)
    if "|" in out:
        # A Markdown table ("| 14–17 May 2013 | Days of Uzbek culture | Baku |" under "|---|---|---|"): its cells parted by
        # tabs, its outer bars and rule lines spaces (one to one, offsets unchanged).
        out = _MARKDOWN_TABLE.sub(_markdown_rows, out)
    if "{|" in out:
        # A wiki table in its source ("{| class=wikitable", "|-", "| 1 || Омск || ... || 1985"): its cells parted by
        # tabs, its marks spaces (one to one, offsets unchanged).
        out = _WIKI_TABLE.sub(_wiki_rows, out)
    if " | " in out:
        # A table written as text, its cells between " | " on two or more lines in a row: the cells are parted by
        # tabs, as ingest parts an HTML or DOCX table's, so its rows read alike (one to one, offsets unchanged).
        out = _PIPE_ROWS.sub(lambda m: m.group().replace(" | ", " \t "), out)
    if "\n>" in out and len(_QUOTE_MARKS.findall(out)) >= QUOTED_LINES:
        # An e-mail quoting the message it answers ("> Dear Nino,\n>\n> The exhibition ..."): the marks become spaces, so
        # the quoted text reads as the text it is (its paragraphs, its sentences over line ends).
        out = _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), out)
    if "---------------" in out or "===============" in out:
        # ... and so is a report printed by a database in columns of fixed width under a rule ("ID   FROM  ...\n-----"),
        # a row's long cell continued on the lines under it: the row's cells parted by tabs, its continuation lines
        # joined to it (one to one, offsets unchanged).
        out = _fixed_width_tables(out)
    if ":" in out and (label := langdata.label("events", "exhibited", "awarded")) is not None:
        # A catalogue record's exhibitions after their label on its line ("Exhibited: Moscow, Manege, ..., 12–30 May 1972;
        # Baku, ..., 1970."), a life's awards ("Awards: Order of ... (1967); ..."): each on a line of its own under the
        # label, as a record lists them one a line.
        out = _exhibitions_apart(out, label)
    if ";" in out:
        # ... and so is a spreadsheet exported as text, its cells parted by ";" (CSV as most European locales write
        # it) on three or more lines in a row, most with as many of them as the first (the header row).
        out = _semicolon_tables(out)
    return out, breaks


_ITEM_SEPARATOR = re.compile(r"[;؛]([ \t]+)(?=\S)")


def _exhibitions_apart(out: str, label: re.Pattern) -> str:
    """`out` with the space after a list's label and after each semicolon of its line a line break (one to one), when
    the line goes on after the label with a digit."""
    chars = None
    for _line, colon in langdata.labelled_lines(out, label):
        end = out.find("\n", colon)
        end = len(out) if end < 0 else end
        after = _AFTER_LABEL.match(out, colon + 1, end)
        if after is None:
            continue
        chars = chars if chars is not None else list(out)
        for a in [after.start(1)] + [s.start(1) for s in _ITEM_SEPARATOR.finditer(out, after.end(), end)]:
            chars[a] = "\n"
    return "".join(chars) if chars is not None else out


_AFTER_LABEL = re.compile(r"([ \t]+)(?=[^\n]*\d)")  # the space after a list's label, its items on the line


_QUOTE_MARKS = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.M)
QUOTED_LINES = 3  # lines opened by ">" at least in an e-mail quoting another


_THREE_SEMICOLONS = re.compile(r";[^\n;]*;[^\n;]*;")  # (a literal first: `re` skips to it fast)
SEMICOLON_ROWS = 3  # lines in a row, each with three ";" at least


def _semicolon_tables(out: str) -> str:
    """`out` with the cells of its semicolon tables parted by tabs."""
    rows: list[tuple[int, int]] = []  # (start, end) of lines holding three ";" or more, in order
    for m in _THREE_SEMICOLONS.finditer(out):
        a = out.rfind("\n", 0, m.start()) + 1
        if rows and rows[-1][0] == a:
            continue
        b = out.find("\n", m.end())
        rows.append((a, len(out) if b < 0 else b))
    runs, run = [], []
    for row in rows + [(-1, -1)]:
        if run and row[0] != run[-1][1] + 1:
            if len(run) >= SEMICOLON_ROWS:
                runs.append((run[0][0], run[-1][1]))
            run = []
        if row[0] >= 0:
            run.append(row)
    for a, b in runs:
        lines = out[a:b].split("\n")
        cells = lines[0].count(";")
        if sum(line.count(";") == cells for line in lines) * 3 >= len(lines) * 2:  # (not prose with semicolons)
            out = out[:a] + out[a:b].replace(";", "\t") + out[b:]
    return out


# Why by hand: the readers of fixed-width text (pandas.read_fwf, astropy's fixed_width) parse a file that is all table
# into values; a report prints its table between page headers and a legend, and bilat must keep every offset.
_RULE_LINE = re.compile(r"^[ \t]*(?:-{15,}|={15,})[ \t]*$", re.M)
FIXED_COLUMNS = 4  # columns at least of a table in fixed width
FIXED_ROWS = 2  # rows at least under its rule


def _fixed_width_tables(out: str) -> str:
    """`out` with the tables it prints in columns of fixed width as rows of cells parted by tabs (see normalize_text)."""
    chars = list(out)
    for rule in _RULE_LINE.finditer(out):
        # The header: the line of words over the rule (or over the rule over it); the rows: the lines under it up to a
        # blank line or a rule, each opening at the left margin, its continuation lines indented under it.
        head_end = out.rfind("\n", 0, rule.start())
        head_start = out.rfind("\n", 0, max(head_end, 0)) + 1
        if head_end > 0 and out[head_start:head_start + 1] in (" ", "\t") and head_start > 1 and out[head_start - 2] != "\n":
            # (a header's second line under its first: "Бюджет" over "тыс.USD", joined to it)
            head_end = head_start - 1
            head_start = out.rfind("\n", 0, head_end) + 1
            second = head_end
        else:
            second = None
        header = out[head_start:head_end] if head_end > 0 else ""
        rows, continued, pos = [], [], rule.end() + 1
        while pos < len(out):
            nl = out.find("\n", pos)
            end = len(out) if nl < 0 else nl
            line = out[pos:end]
            if not line.strip() or _RULE_LINE.fullmatch(line):
                break
            if line[0] in " \t":
                if not rows:
                    break
                continued.append(pos)
            else:
                rows.append((pos, end))
            pos = end + 1
        if len(rows) < FIXED_ROWS or not header.strip() or _RULE_LINE.fullmatch(header):
            continue
        # A column starts where every row has a space before and some row a character: the gutters of the print.
        width = max(b - a for a, b in rows)
        blank = [all(b - a <= i or out[a + i] == " " for a, b in rows) for i in range(width)]
        starts = [i for i in range(1, width) if blank[i - 1] and not blank[i]]
        # (and the header's names stand over them: lines of a record that happen to have spaces in the same places
        # are no columns)
        named = [i for i in starts if i < len(header) and header[i - 1] == " " and header[i] != " "]
        if len(named) + 1 < FIXED_COLUMNS:
            continue
        for a, b in rows + [(head_start, head_end)]:
            for i in starts:
                if a + i < b and out[a + i - 1] == " " and out[a + i] != " ":
                    chars[a + i - 1] = "\t"
        for c in continued:
            chars[c - 1] = " "  # (the line end before it: the cell goes on)
        if second is not None:
            chars[second] = " "
    return "".join(chars)


_STRONG = re.compile(r"\*\*([^*\n]{1,200})\*\*")
_MARKDOWN_TABLE = re.compile(r"(?:^[ \t]*\|[^\n]*\|[ \t]*(?:\n|\Z)){2,}", re.M)  # (a bar opens each line: `re` skips to it)
_MARKDOWN_RULE = re.compile(r"[ \t]*\|[ \t:|-]*\|[ \t]*")


def _markdown_rows(m: re.Match) -> str:
    out = []
    for line in m.group().splitlines(keepends=True):
        body = line.rstrip("\n")
        if _MARKDOWN_RULE.fullmatch(body):
            row = " " * len(body)
        else:
            first, last = body.index("|"), body.rindex("|")
            row = body[:first] + " " + body[first + 1:last].replace("|", "\t") + " " + body[last + 1:]
        out.append(row + line[len(body):])
    return "".join(out)


_WIKI_TABLE = re.compile(r"^\{\|[^\n]*\n(?:[^\n]*\n){1,2000}?\|\}[ \t]*$", re.M)
_WIKI_MARK = re.compile(r"^[ \t]*(?:\{\||\|\}|\|-|\|\+)[^\n]*$|^[ \t]*[|!]|\|\||!!", re.M)


def _wiki_rows(m: re.Match) -> str:
    def mark(x: re.Match) -> str:
        t = x.group()
        if t in ("||", "!!"):
            return " \t"  # (between cells)
        if t.lstrip().startswith("|+"):
            return t.replace("|+", "  ", 1)  # (a caption: its text stays)
        return " " * len(t)  # (a row's opening mark; "{| class=...", "|-", "|}": no words of the table)
    return _WIKI_MARK.sub(mark, m.group())


_PIPE_ROWS = re.compile(r"(?:^[^\n|]*? \| [^\n]*? \| [^\n]*(?:\n|\Z)){2,}", re.M)


def normalize(doc: Document) -> Text:
    text, breaks = normalize_text(doc.text)
    return Text(doc=doc, text=text, breaks=breaks)
