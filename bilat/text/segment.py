"""segment: Text -> Segmented (DESIGN.md, "Data flow").

1. Language spans. The text is cut into blocks: paragraphs (text between
   blank lines), cut again inside a paragraph where the script of the lines
   changes (a Russian abstract right after the last Azerbaijani line) or where
   Azerbaijani lines give way to Latin lines without Azerbaijani letters, and
   very long paragraphs are cut into chunks of lines. Each block is labelled
   by its script first (Cyrillic -> ru, Arabic script -> fa); a Latin block
   is az when the letters ə ı ğ ş ç ö ü are frequent enough, en when English
   function words are, and otherwise lingua decides between the four
   languages. Blocks too short to tell (a title line, a page number) take the
   language of the block after them (or before, at the end). Adjacent blocks
   with the same language merge into spans that cover the whole text.
2. Sentences, per span: a break after . ! ? ؟ … (and closing quotes or
   brackets) followed by whitespace and a word that does not start with a
   small letter; never after initials ("A. S. Puşkin"), after the
   abbreviations of the span's language (`[segment]` in bilat/lang/*.toml),
   inside numbers ("06.02.2004"), or before a citation that closes the
   sentence ("... [6;3-8]."). Blank lines always end a sentence; a single line
   break (a PDF line wrap) does not.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from bilat import lang as langdata
from bilat.records import Segmented, Sentence, Text

# --- language detection --------------------------------------------------------

_detector = None
_detector_lock = threading.Lock()


def detector():
    """The lingua detector for az/ru/fa/en, built once on first use."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                _detector = LanguageDetectorBuilder.from_languages(
                    Language.AZERBAIJANI, Language.RUSSIAN, Language.PERSIAN, Language.ENGLISH
                ).build()
    return _detector


def _lingua(text: str) -> str | None:
    lang = detector().detect_language_of(text)
    if lang is None:
        return None
    return {"AZERBAIJANI": "az", "RUSSIAN": "ru", "PERSIAN": "fa", "ENGLISH": "en"}.get(lang.name)


_CYR = re.compile(r"[\u0400-\u052f]+")
_ARAB = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")
_LAT = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
_AZ_LETTERS = re.compile(f"[{langdata.load('az')['segment']['letters']}]")
_EN_FUNCTION_WORDS = tuple(langdata.load("en")["segment"]["function_words"])


def _word_list(words) -> re.Pattern:
    """`\\b(?:w1|w2|...)\\b` ignoring case, written to start with a case-sensitive class of the words'
    first letters (every character `re.I` matches for one of them, asked of `re` itself): `re` then
    skips to the next candidate letter in a tight C loop, which a pattern starting with `\\b` does not
    get (3-4 times faster over English text)."""
    heads = sorted({w[0] for w in words})
    bmp = "".join(map(chr, range(0x10000)))  # no character beyond it folds to an ASCII letter
    first = sorted(set(re.compile(f"[{''.join(heads)}]", re.I).findall(bmp)))
    cls = "".join(re.escape(c) for c in first)
    rest = "|".join(f"(?<={h})(?:{'|'.join(w[1:] for w in words if w[0] == h)})" for h in heads)
    # The character before the first letter must not be a word character (\b): a lookbehind over
    # it and the letter just consumed (at the start of the string it fails, so the test passes).
    return re.compile(f"[{cls}](?<!\\w.)(?i:{rest})\\b")


_EN_WORDS = _word_list(_EN_FUNCTION_WORDS)
_WORDS = re.compile(r"\w+")
_PARA_SEP = re.compile(r"\n[ \t\r\f\v]*\n\s*")

AZ_RATIO = 0.02  # share of ə ı ğ ş ç ö ü among Latin letters from which a block is az (az text: ~15%)
EN_RATIO = 0.15  # share of English function words among words from which a block is en (English: ~35%)
MIN_LETTERS = 12  # fewer letters than this: the block is too short to tell
LATIN_MIN = 40  # a Latin block without Azerbaijani letters needs this many letters to be judged
CHUNK = 4000  # a paragraph longer than this is cut into chunks of lines
LINGUA_SAMPLE = 800  # characters of a block lingua looks at


def _letters(pattern: re.Pattern, s: str) -> int:
    # Most lines hold one script: a search (a C loop over a class) rules the others out without
    # building the string `sub` leaves.
    if pattern.search(s) is None:
        return 0
    return len(s) - len(pattern.sub("", s))  # what the runs of letters leave: no list of words is built


_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _counts(s: str) -> tuple[int, int, int]:
    """Cyrillic, Arabic and Latin letters of s. ASCII text (an English paragraph, a line of numbers)
    has only Latin ones, counted on its bytes in one C pass instead of three regex passes."""
    if s.isascii():
        return 0, 0, len(s.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return _letters(_CYR, s), _letters(_ARAB, s), _letters(_LAT, s)


def _script(s: str) -> tuple[str | None, int, int, int]:
    """(dominant script of s or None if it has under 3 letters, cyrillic, arabic, latin letter counts)."""
    return _script_of(*_counts(s))


def _script_of(c: int, a: int, lat: int) -> tuple[str | None, int, int, int]:
    total = c + a + lat
    if total < 3:
        return None, c, a, lat
    if c * 2 > total:
        return "cyr", c, a, lat
    if a * 2 > total:
        return "arab", c, a, lat
    if lat * 2 > total:
        return "lat", c, a, lat
    return None, c, a, lat


def _line_label(s: str) -> str | None:
    """A label for one line: cyr, arab, az (Latin with Azerbaijani letters), lat (a long Latin
    line without them) or None (too short to say)."""
    script, _, _, lat = _script(_URL.sub(" ", s) if "@" in s or "/" in s else s)
    if script != "lat":
        return script
    if _az_letters(s) >= max(1, AZ_RATIO * lat):
        return "az"
    return "lat" if lat >= 30 else None


_QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]|\([^()\n]*\)")


def _az_letters(s: str) -> int:
    """Azerbaijani letters of s outside brackets and quotes: "THE DEAD (ÖLÜLƏR)", an original title given beside its
    translation, does not make an English line Azerbaijani."""
    n = len(_AZ_LETTERS.findall(s))
    return len(_AZ_LETTERS.findall(_QUOTED.sub(" ", s))) if n and _QUOTED.search(s) else n


_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|gov|edu|ru|az|ir|uz|kz|tj|kg|tr|ge|by|ua)\b/?\S*")


def _classify(s: str, counts: tuple[int, int, int] | None = None) -> str | None:
    """The language of a block, or None when it is too short or unclear (`counts`: its Cyrillic,
    Arabic and Latin letters when already counted)."""
    script, c, a, lat = _script(s) if counts is None else _script_of(*counts)
    if script == "lat" and (c or a) and (_QUOTED.search(s) or _URL.search(s)):
        # «Tajikistan: Music of the Pamirs» (Ocora Radio France, Париж): Latin titles and names quoted or in
        # brackets in a Russian or Persian text are not its language, nor is an address ("linkedin.com/in/...",
        # "m.nazarova@kmt.tj").
        script, c, a, lat = _script(_URL.sub(" ", _QUOTED.sub(" ", s)))
    letters = c + a + lat
    if letters < MIN_LETTERS or script is None:
        return None
    if script == "cyr":
        return "ru"
    if script == "arab":
        return "fa"
    az = _az_letters(s)
    if az >= max(2, AZ_RATIO * lat):
        return "az"
    if lat < LATIN_MIN:
        return None
    if az == 0:
        words = len(_WORDS.findall(s))
        if words and len(_EN_WORDS.findall(s)) >= EN_RATIO * words:
            return "en"
    found = _lingua(s[:LINGUA_SAMPLE])
    return found if found in ("az", "en") else None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nxt = end if nl < 0 else nl + 1
        out.append((pos, nxt))
        pos = nxt
    return out


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int, tuple[int, int, int] | None]]:
    """Cut one paragraph where its script (or az vs other Latin) changes, and into chunks if long:
    (start, end, letter counts of the block when known)."""
    para = text[start:end]
    c, a, lat = _counts(para)
    mixed_script = sum(n >= 10 for n in (c, a, lat)) > 1
    latin_lines = lat > 200 and "\n" in para
    if not (mixed_script or latin_lines or len(para) > CHUNK):
        return [(start, end, (c, a, lat))]
    lines = _lines(text, start, end)
    labels = [_line_label(text[s:e]) for s, e in lines]
    if not mixed_script:
        # Inside a Latin paragraph a single line without Azerbaijani letters is noise;
        # only a run of two or more such lines next to az lines is its own block.
        if "az" in labels and "lat" in labels:
            i = 0
            while i < len(labels):
                if labels[i] == "lat":
                    j = i
                    while j < len(labels) and labels[j] in ("lat", None):
                        j += 1
                    if sum(1 for x in labels[i:j] if x == "lat") < 2:
                        for k in range(i, j):
                            labels[k] = None
                    i = j
                else:
                    i += 1
        else:
            labels = [None] * len(labels)
    blocks: list[tuple[int, int]] = []
    cur_start, cur_label = start, None
    for (s, _e), lab in zip(lines, labels):
        change = lab is not None and cur_label is not None and lab != cur_label
        if s > cur_start and (change or s - cur_start > CHUNK):
            blocks.append((cur_start, s))
            cur_start = s
        if lab is not None:
            cur_label = lab
    blocks.append((cur_start, end))
    return [(b[0], b[1], None) for b in blocks if b[1] > b[0]]


def _blocks(text: str) -> list[tuple[int, int, tuple[int, int, int] | None]]:
    blocks: list[tuple[int, int, tuple[int, int, int] | None]] = []
    pos = 0
    for m in _PARA_SEP.finditer(text):
        if m.start() > pos:
            blocks.extend(_split_paragraph(text, pos, m.start()))
        pos = m.end()
    if pos < len(text):
        blocks.extend(_split_paragraph(text, pos, len(text)))
    return blocks


def language_spans(text: str) -> list[tuple[int, int, str]]:
    """Language spans (start, end, lang) covering all of text."""
    if not text:
        return []
    blocks = _blocks(text)
    langs = [_classify(text[s:e], counts) for s, e, counts in blocks]
    if all(x is None for x in langs):
        whole = _classify(text) or _lingua(text[:LINGUA_SAMPLE * 4]) or "en"
        return [(0, len(text), whole)]
    # Short or unclear blocks take the language of the next block (a title belongs to
    # what follows it), at the end that of the previous one.
    nxt = None
    for i in range(len(langs) - 1, -1, -1):
        if langs[i] is None:
            langs[i] = nxt
        else:
            nxt = langs[i]
    prev = None
    for i, x in enumerate(langs):
        if x is None:
            langs[i] = prev
        else:
            prev = x
    spans: list[list] = []
    for (s, _e, _counts), lang in zip(blocks, langs):
        if spans and spans[-1][2] == lang:
            continue
        if spans:
            spans[-1][1] = s
        spans.append([s, None, lang])
    spans[0][0] = 0
    spans[-1][1] = len(text)
    return [(s, e, lang) for s, e, lang in spans]


# --- sentences -------------------------------------------------------------------

# (?:\.{2,}|[.!?؟…]+)[closers]*, written to start with a plain class: `re` then skips to the next mark in
# a tight C loop instead of trying the pattern at every character (a pattern starting with an
# alternation gets no such loop). Two or more dots take only the dots, as the first alternative did.
# A citation set right after the mark ("... in 1992.[1] The treaty ...") ends the sentence with it.
_END = re.compile(r"[.!?؟…](?:(?<=\.)\.+|[.!?؟…]*)[\"'»”’)\]]*(?:\[\d[\d,;:–\- ]{0,20}\])*")
_WS = re.compile(r"\s*")
_CITATION = re.compile(r"\[\d[^\]\n]{0,40}\]\s*[.,;:]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)*[^\W\d_]")  # A. S., M.İ., К.-Ж.
_NUMBER_BEFORE = re.compile(r"(?:\d[\d.,]*(?:\s*[-–—]\s*\d[\d.,]*)?|[IVXLC]+)(?:-\w{1,3})?\s*$")
_SIGNED_NUMBER = re.compile(r"[№#][ \t]*\d+[ \t]*$")
# What a number's abbreviation ends when a sentence would be only a date: "9 января 2002 г.", "в 1993 г.", "В мае 2011 г.".
_DATE_ALONE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?(?:(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?[^\W\d_]+\s+)?\d{4}\s*")
# A line holding only a date, with its weekday and time if given: "02.12.2021", "15 мая 2024 года, 14:30",
# "15 may 2024, çərşənbə", "Wednesday, May 15, 2024".
_LINE_WORD = r"[^\W\d_](?:[^\W\d_]|\u200c)*+\.?"  # ZWNJ inside a Persian word ("سه‌شنبه")
_LINE_WORDS = _LINE_WORD + r"(?:[ \t]+" + _LINE_WORD + r"){0,2}"
# ... and a post of a channel's feed: "🕘 ۲۸ آذر ۱۴۰۳ | ۰۹:۱۵", "📅 20 May 2024, 22:10".
_MARK = "■□•●▪◆◇*#>|–—\\-\U0001F300-\U0001FAFF\u2600-\u27BF"
# ... and an item of a digest under its source and day: "1. IRNA (Islamic Republic News Agency), Wednesday, 3 Aban
# 1402 [25 October 2023]".
# ... and a message's stamp in brackets: "[14.01.2023 21:07]" (a channel's export)
# ... and a press release's number before its day: "No. 96 | 31.05.2023 | 16:40", "№ 41 — 12 мая 2023", "News ID:
# 1402082700 | ...".
# (Written for speed: a line with no digit is ruled out by one C loop before the alternatives are tried, and a word is
# never given back, since no letter follows one, so that a line of prose fails at once instead of backtracking through
# every split of its first words.)
_NUMBER_SIGNS = "|".join(langdata.words("events", "number_signs")) or "(?!)"  # "No.", "№", "شماره"
_PUBLISHED = "|".join(langdata.words("segment", "published_labels")) or "(?!)"  # "Published", "تاریخ انتشار"
# A page's labelled day of publication, its counters after it ("تاریخ انتشار: ۱۴۰۲/۰۹/۰۵ | بازدید: ۴۱۲", "Published:
# 14.12.2022 | Views: 387"): the day its "yesterday" counts from, not the day of what it tells.
_PUBLISHED_LINE = (r"[ \t]*(?:" + _PUBLISHED + r")[ \t]*:?[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
                   r"|\d{1,2}[ \t]+[^\W\d_]++\.?[ \t]+\d{4}|[^\W\d_]++\.?[ \t]+\d{1,2},?[ \t]+\d{4})(?:[ \t,|·–-]+\d{1,2}:\d{2})?"
                   r"(?:[ \t]*[|·•][ \t]*[^\W\d_][^|·•\n:]{0,25}:?[ \t]*[\d \t,.]*)*[ \t]*$")
_ISSUE = r"[^\W\d_][^\s\d]{0,20}[ \t]+(?:[#№][ \t]*)?\d{1,6}[ \t]+[–—-][ \t]+"
_RELEASE_NUMBER = (r"(?:(?:(?:[#№]|[^\W\d_]{1,3}\.|" + _NUMBER_SIGNS + r")[ \t]*\d{1,6}|" + _LINE_WORD + r"(?:[ \t]+"
                   + _LINE_WORD + r")?[ \t]*:[ \t]*\d{4,14})(?:[ \t]*[|·•,][ \t]*|[ \t]+[–—-][ \t]+)"
                   # ... and a bulletin's issue: "Issue 3 – Friday, 13 September", "ВЫПУСК № 2 — ЧЕТВЕРГ, 13 ИЮНЯ"
                   r"|" + _ISSUE + ")")
# (the hour after a post's day, after its word in any language at hand: "پنجشنبه ۳ خرداد ۱۴۰۳ – ساعت ۲۱:۰۲")
_HOUR_WORD = r"(?:(?:" + "|".join(langdata.words("segment", "hour_words")) + r")[ \t]+)?"
DATE_LINE = re.compile(r"^(?=[^\n]*\d)(?:[ \t]*(?:[" + _MARK + r"]\ufe0f?[ \t]*|\d{1,2}\.[ \t]+|" + _RELEASE_NUMBER
                       + r")?(?P<bracket>\[)?"
                       # (and a paper's issue quoted from its archive: "«Бакинский рабочий», 14 мая 1974 г.")
                       r"(?:[«“\"„][^«»“”\"\n]{1,40}[»”\"][,،]?[ \t]+|"
                       + _LINE_WORDS + r"[,،]?[ \t]+|" + _LINE_WORDS + r"[ \t]*\([^()\n]{1,60}\),[ \t]+(?:"
                       + _LINE_WORDS + r",[ \t]+)?|" + _LINE_WORDS + r",[ \t]+" + _LINE_WORDS + r",[ \t]+)?"
                       r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\.[IVX]{1,4}\.\d{4}"
                       # (an archive's letter dated in the Old Style and the New: "5 (18) March 1918", "20 yanvar (2 fevral)
                       # 1918"; "20 mart 1926-cı il")
                       r"|\d{1,2}\.?[ \t]+(?:\(\d{1,2}\)[ \t]+)?[^\W\d_]++\.?(?:[ \t]+\(\d{1,2}[ \t]+[^\W\d_]+\))?,?[ \t]+\d{4}"
                       r"(?:-[^\W\d_]{1,3}(?:[ \t]+[^\W\d_]{1,5})?\.?(?=[ \t]*(?:$|,[ \t]*№))|(?:[ \t]+[^\W\d_]{1,5}\.?)?)"
                       r"|[^\W\d_]++\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
                       # (a post's day and time with no year: "📅 14 сентября, 09:15", "🕘 September 14 | 09:15", a
                       # programme's "Чт, 10.10, 19:30")
                       r"|(?:\d{1,2}\.?[ \t]+[^\W\d_]++\.?|[^\W\d_]++\.?[ \t]+\d{1,2}|\d{1,2}[./]\d{1,2})"
                       r"(?=[ \t,|·–-]+\d{1,2}:\d{2}[ \t]*$))"
                       # (its weekday, or the kind of item a board tags it with: "10.12.2024 | XƏBƏR", "15.04.2024 · NEWS")
                       r"(?:(?:,?[ \t]+|[ \t]*[|·•][ \t]*)" + _LINE_WORDS + r")?(?:[ \t,|·–-]+" + _HOUR_WORD + r"\d{1,2}:\d{2})?"
                       # ("(16 December 2023)": the date again)
                       r"(?(bracket)\])(?:[ \t]*(?:\([^()\n]{1,30}\)|\[[^\[\]\n]{1,40}\]))?"
                       r"(?:,[ \t]*№[ \t]*\d{1,5})?[ \t]*$"  # (an archive issue's number: "14 oktyabr 1975-ci il, № 82")
                       # ... and a post's head naming its channel or sender, or the channel a post was forwarded from,
                       # before its day and time: "Bakı – Daşkənd | Mədəni Körpü, [02.03.2023 11:05]", "[Forwarded from
                       # Oʻzbekiston 24, 14.03.2023 21:00]", "Forwarded from UzDaily Culture (19.01.2023 17:30)"
                       r"|[ \t]*(?:(?:[^\W\d_][^\[\]()\n]{0,60}?[,،][ \t]*)?\[(?:[^\W\d_][^\[\]()\n]{0,100}?[,،:]?[ \t]+)?"
                       r"|[^\W\d_][^\[\]()\n]{0,100}?[ \t]+\()"
                       r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[^\W\d_]++\.?[ \t]+\d{4})"
                       r"[ \t,]+\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*$"
                       # ... and an issue's weekday and day with no year ("Issue 3 – Friday, 13 September")
                       r"|[ \t]*" + _ISSUE + _LINE_WORDS + r",?[ \t]+(?:\d{1,2}\.?[ \t]+[^\W\d_]++\.?|[^\W\d_]++\.?[ \t]+\d{1,2})"
                       r"[ \t]*$"
                       r"|" + _PUBLISHED_LINE + ")", re.M)
PUBLISHED_LINE = re.compile("^" + _PUBLISHED_LINE, re.M)
# (the value is the date: it opens with its day or its month's name, and its year ends the line: "27 October 2017",
# "May 14, 2022", "24 мая 2021 г.", "2016-cı il mayın 18-də" is not one)
DATE_FIELD = re.compile(r"^[ \t]*[^\W\d_][^:\n.!?]{0,40}:[ \t]+(?:\d|[^\W\d_]+\.?[ \t]+\d)[^\n]{0,30}(?<!\d)\d{4}"
                        r"(?:[^\s\d]{0,6}|[ \t][^\s\d]{1,4})[ \t]*$", re.M)
_QUOTE_EOL = re.compile(r'[»”"][ \t]*$', re.M)  # a closing quote ending its line
# A title in quotes ending its line: the whole line, or after a numbered item's head ("3. IRNA, 19 Mehr 1403 (10 October
# 2024) – "Russian Film Week closes in Tehran"") or a field's label ("عنوان: «...»").
TITLE_LINE = re.compile(r'^[ \t]*(?:(\d{1,2}[.)][ \t][^\n]*?\d[^\n]*?)|[^\W\d_][^:\n]{0,20}:[ \t]*)?[«“"„][^\n«»“”"]{3,200}[»”"][ \t]*$', re.M)
# A blog post's heading, its day and its title after a bar ("15.09.2022 | Подписан договор о побратимстве").
POST_TITLE_LINE = re.compile(r"^[ \t]*(?=[^|\n]*\d)[^|\n]{4,40}?[ \t]*\|[ \t]*[^\W\d_][^\n|]{0,80}$", re.M)
STAMP_LINE = re.compile(r"^[ \t]*(\d{1,2}):\d{2}[ \t]*$", re.M)  # "17:05" alone on its line, over a feed's item
FIELD_LINE = re.compile(r"^[ \t]*[^\W\d_][^:\n.!?]{0,40}:[ \t]+\S", re.M)  # "Date of signature: ..." on a line
# The line a reply quotes the message it answers under ("On Wed, 4 Sep 2024 at 16:20, Nino <n.k@museum.ge> wrote:"): the
# address and a colon end it.
MAIL_REPLY_LINE = re.compile(r"^[^\n]{0,120}<[^<>\s@]+@[^<>\s]+>[^\n<>]{0,20}:[ \t]*$", re.M)
FIELD_RUN = 2  # field lines at least, one after another, of a record
NUMBERED_DASH = re.compile(r"[ \t]*\d{1,2}[ \t]*[–—-][ \t]")  # "۱ – وزارت فرهنگ ...": a decree's numbered order
LIST_ITEM = re.compile(r"^[ \t]*(?:[-–—•*▪●■◦▸►]|\d{1,2}[.)]|[a-zа-я][.)]|[\u0621-\u064a\u067e-\u06cc]{1,2}[ \t]+[–—-]"
                       r"|[\u0621-\u064a\u067e-\u06cc]{1,3}\))[ \t]", re.M)  # (... "الف) ...", "ب) ...")
# A row of a table (ingest joins a row's cells with tabs): its own sentence, the date in its first cell its date.
TABLE_ROW = re.compile(r"^[^\n\t]*\t[^\n]*", re.M)
_CLAUSE_EOL = re.compile(r"[,،;؛][ \t]*\n")  # a line ending with a comma or a semicolon
_FIRST_WORD = re.compile(r"[ \t]*(\w+)")
PREAMBLE_LINE = 30  # characters at least of a preamble's clause on a line of its own
# A quotation or a title in quotation marks, within one line (a title quoted in a quotation: «Вчера показали «Ревизора».»).
QUOTES = re.compile(r"«(?:[^«»\n]|«[^«»\n]{0,300}»){1,300}»|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|\"[^\"\n]{1,300}\"")


def quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands within a quotation on its line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return any(m.start() < start and end < m.end() for m in QUOTES.finditer(text, a, len(text) if b < 0 else b))


ENTRY_DASH = re.compile(r"[ \t]*[—–-][ \t]")  # after a chronicle entry's date ("12.IV — ...")
# (a date's own dash between numbers, "26–30.08.2022 — ...", is no entry's, in a date with no comma after it: "12–15
# may 2023, Astana – Almatı" under a heading is its dateline; nor is a colon, but after a number: "Dec 2002: Treaty
# of ...", "2019: ...")
# ... but a year before them is an entry's: "2016, 14–22 февраля — Тегеран"; and so are a CV's columns: "2019  Solo
# exhibition ...", "1990–1996<TAB>Academy of Arts" (a year, then two spaces or a tab)
CHRONOLOGY_ENTRY = re.compile(r"^[ \t]*(?=[^\n]{0,40}?\d)(?:[^\n–—]{1,40}?[ \t][–—-]|(?:[^\n–—,]|(?<=\d)[–—](?=\d)){1,40}?"
                              r"[ \t][–—-]|[^\n–—:]{0,30}\d[ \t]*:|\d{4}(?:[–—-]\d{2,4})?(?=[ ]{2}|\t)[ \t]*"
                              r"|\d{4},[ \t]*(?:[^\n–—]|(?<=\d)[–—](?=\d)){1,30}?[ \t][–—-])[ \t]", re.M)
# (a date or a number in its first column, a short one: no line of a page in two columns, "8 апреля 2022 года, в день
# 30-ле-       русского языка")
COLUMN_ROW = re.compile(r"^([^\n\t,]{1,20}?)[ ]{3,}\S", re.M)
# ("=====", and an asterism parting a text's sections: "* * *", "***", "⁂")
_ASTERISM = r"[ \t]*(?:([*•·~#-])(?:[ \t]*\{n}){{2}}|⁂)[ \t]*$"
RULE_LINE = re.compile(r"^[ \t]*([=\-━─—–_*~#•·])\1{4,}[ \t]*$|^" + _ASTERISM.format(n=2), re.M)
ASTERISM = re.compile("^" + _ASTERISM.format(n=1), re.M)
_OPENERS = "([{\"'«“„‘<"
_CODE = re.compile(r"[^\W\d_]{1,4}-?\d+[^\W_]*(?![.\w])")  # an act's or a document's code: "PF-6144", "A12"
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts (\w is it plus "_"), found in C


@lru_cache(maxsize=None)
def archive_unit(lang: str) -> re.Pattern:
    """A line of a finding aid opened by an archive's unit and its number ("Series 2. ...", "Д. 12. ...", "İş 111–140.
    ...", "پروندهٔ ۷: ..."): it lists documents, each line a sentence of its own. (Not a number alone: "2/3 Press
    cuttings" is a file, "10/12 In 1989 ..." a thread's post.)"""
    try:
        units = langdata.load(lang).get("segment", {}).get("archive_units", [])
    except KeyError:
        units = []
    label = rf"(?:{'|'.join(units)})[ \t]*\d{{1,4}}(?:[–-]\d{{1,4}})?[.:]" if units else r"(?!x)x"
    return re.compile(rf"^[ \t]*{label}[ \t]", re.M)


@lru_cache(maxsize=None)
def month_entry(lang: str) -> re.Pattern:
    """A chronology's entry opened by a month alone ("February – Twenty students ...", "Mart — ..."): a sentence of its
    own, though the entry before it ends with no full stop."""
    try:
        data = langdata.load(lang).get("time", {})
    except KeyError:
        data = {}
    forms = [f for key in ("months", "jalali_months") for v in data.get(key, {}).values() for f in v]
    if not forms:
        return re.compile(r"(?!x)x")
    suffix = data.get("month_suffix", "")
    return re.compile(rf"^[ \t]*(?:{'|'.join(forms)}){suffix}(?:[ \t]+\d{{4}})?[ \t]+[–—-][ \t]", re.M | re.I)


@lru_cache(maxsize=None)
def tag_line(lang: str) -> re.Pattern:
    """A line of a page's tags or keywords ("Tags: visiting scholars, China", "Teqlər: ...") under an item: a sentence of
    its own, whose words name no happening of the item's ("Read more »\nTags: ..." is no sentence with a visit)."""
    try:
        labels = langdata.load(lang).get("events", {}).get("tag_labels", [])
    except KeyError:
        labels = []
    return re.compile(rf"^[ \t]*(?:{'|'.join(labels)})[ \t]*:" if labels else r"(?!x)x", re.M)


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` starts (after the blank line before it)."""
    p = text.rfind("\n\n", 0, pos)
    return 0 if p < 0 else p + 2


@lru_cache(maxsize=None)
def _review_words() -> tuple[str, ...]:
    """The longest run of words of each label of `review_labels`, in small letters ("reviewed", "отзыв", "cavabı"): a text
    holding none has no line of a review's dates. (Searched as substrings of the text in small letters: a regex
    alternation of them, ignoring case, costs more than the lines' own pattern.)"""
    return langdata.longest_words(langdata.words("time", "post_labels", "visit_labels"))


@lru_cache(maxsize=None)
def review_labels() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A review's (or a post's) lines of its own dates, in every language (a page quotes reviews in several): the post's
    label up to its date ("Reviewed ", "Отзыв написан ", "نوشته‌شده در "), the visit's ("Date of experience: "), and
    any such line (with a digit after the label)."""
    post, visit = langdata.words("time", "post_labels"), langdata.words("time", "visit_labels")
    # (a label opens its line, or a field of it after a separator: "... | تاریخ بازدید: آذر ۱۳۹۷"; in a sentence, "was
    # visited by 9,000 people" is none)
    head = r"(?:[ \t>|•·*-]*|[^\n]{0,80}?[|·,،][ \t]*)(?:%s)[ \t]*[:,،]?[ \t]*"
    return (re.compile(head % "|".join(post), re.I), re.compile(head % "|".join(visit), re.I),
            # (a line of dates: the line ends soon after the last number)
            re.compile(r"(?:%s)(?=[^\n]{0,60}?\d[^\n]{0,25}$)" % (head % "|".join(post + visit)), re.I))


REVIEW_LINE = 160  # characters at most of a review's line of dates


def review_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of text that are a review's (or a post's) line of dates (`review_labels`)."""
    # (the last text's, kept: the sentences of each language span, the dates and the events all ask)
    last = _REVIEW_CACHE[0]
    if last[0] is text:
        return last[1]
    out: list[tuple[int, int]] = []
    low = text.lower()
    if any(word in low for word in _review_words()):
        # (line by line, the short ones only: the pattern tried at every line start of a text costs more)
        rx = review_labels()[2]
        pos, end = 0, len(text)
        while pos < end:
            nl = text.find("\n", pos)
            line_end = end if nl < 0 else nl
            if line_end - pos <= REVIEW_LINE and rx.match(text, pos, line_end):
                out.append((pos, line_end))
            pos = line_end + 1
    _REVIEW_CACHE[0] = (text, out)
    return out


_REVIEW_CACHE: list = [(None, [])]  # [(the last text, its lines)]: one item, read and replaced whole (threads)


_LABEL_END = re.compile(r"[ \t]*(?=\n)")  # a label alone on its line: nothing after its colon


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> dict[str, list[tuple[str, str]]]:
    """Last token of an abbreviation (lower case, with its dot) -> [(full form, kind)], longest first."""
    try:
        data = langdata.load(lang).get("segment", {})
    except KeyError:
        data = {}
    index: dict[str, list[tuple[str, str]]] = {}
    for key, kind in (("abbreviations", "never"), ("final_abbreviations", "final"),
                      ("number_abbreviations", "number")):
        for form in data.get(key, []):
            form = form.lower()
            index.setdefault(form.split()[-1], []).append((form, kind))
    # A month's abbreviation of the language's dates ("авг.", "нояб.", "avq."): no sentence ends at its stop before the
    # year ("23 авг. 2017 г."); before a capital it may ("... 23 авг. Затем ...").
    months = langdata.load(lang).get("time", {}).get("months", {}) if lang in langdata.available() else {}
    for form in (f for forms in months.values() for f in forms):
        m = _MONTH_ABBREVIATION.fullmatch(form)
        if m:
            stem = m.group(1).lower()
            for word in {stem, stem + (m.group(2) or "")}:
                index.setdefault(word + ".", []).append((word + ".", "final"))
    for forms in index.values():
        forms.sort(key=lambda f: -len(f[0]))
    return index


_MONTH_ABBREVIATION = re.compile(r"([^\W\d_]+?)(?:([^\W\d_])\?)?\\\.\??")  # 'авг\.?', 'нояб?\.?' in a language file


def _starts_sentence(c: str) -> bool:
    """Whether a word starting with c may start a sentence after an abbreviation."""
    return c.isupper() or (c.isalpha() and not c.islower())


TITLE_LEN = 100  # characters at most of a title in guillemets holding a stop (a longer one is a quotation)


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether a stop stands inside a short title in guillemets on its line (a work's title of two sentences,
    «Москва — Баку. Дар Музея Востока»), not in a quotation of several sentences."""
    lo = max(text.rfind("\n", 0, start) + 1, start - TITLE_LEN)
    opened = text.rfind("«", lo, start)
    if opened < 0 or text.rfind("»", lo, start) > opened:
        return False
    close = text.find("»", end, opened + TITLE_LEN)
    return close >= 0 and "\n" not in text[end:close] and "«" not in text[end:close]


# A list item's author and work: "• П. И. Чайковский. «Лебединое озеро», балет в 2 актах — 22 декабря 2017 г.", "- Dzh.
# Verdi. “Aida” — ...": initials (or a short first name's abbreviation, "Дж.") and a surname open the item, a quoted title
# follows. The stops after the initials and after the surname end no sentence.
_AUTHOR = r"(?:[^\W\d_]{1,3}\.[ \t]*){1,3}[^\W\d_][\w-]*"
_AUTHOR_BEFORE = re.compile(r"[ \t]*[-–—•*▪●■◦][ \t]*(?:[^\W\d_]{1,3}\.[ \t]*){0,2}(?:[^\W\d_]{1,3}|" + _AUTHOR + ")")
_AUTHOR_AFTER = re.compile(r"(?:[^\W\d_]{1,3}\.[ \t]*){0,2}(?:[^\W\d_][\w-]*\.[ \t]*)?[«“\"„]")


def _author_entry(text: str, lo: int, stop: int, next_word: int) -> bool:
    """Whether the full stop at `stop` is one of an author's initials or name opening a list item before a quoted
    title (`_AUTHOR`)."""
    line = max(lo, text.rfind("\n", 0, stop) + 1)
    return stop - line <= 40 and (text[next_word].isupper() or text[next_word] in "«“\"„") and (
        _AUTHOR_BEFORE.fullmatch(text, line, stop) is not None and _AUTHOR_AFTER.match(text, next_word) is not None)


def _is_break(text: str, m: re.Match, lo: int, hi: int, abbr: dict, prev: int | None = None) -> bool:
    p_start, p_end = m.start(), m.end()
    ws = _WS.match(text, p_end, hi).end()
    if ws >= hi:
        return False  # the end of the span ends the sentence anyway
    c = text[ws]
    if "\t" in text[p_end:ws] and "\n" not in text[p_end:ws]:
        return False  # "Июнь 1997 г.<TAB>Официальный визит": the next cell of a table's row, no new sentence
    punct = text[p_start:p_end].rstrip("\"'»”’)]")
    if ws == p_end:
        # No space after the mark: "imzalandı.2001-ci" is a break (a lost space), "3.5",
        # "M.İ.Rudomino", "www.site.az" are not.
        if punct != "." and punct not in ("!", "?", "؟"):
            return False
        prev = text[p_start - 1] if p_start > lo else ""
        before = text[max(lo, p_start - 2):p_start]
        if not (prev.islower() and len(before) == 2 and before.isalpha() and (c.isupper() or c.isdigit())):
            return False
    if c.islower():
        return False  # "və s. çoxsaylı", "Hello!" she said
    if _inside_title(text, p_start, p_end) or (c == "(" and text[p_end - 1] in "»”\""):
        # «Художники Закавказья. Живопись, графика», 1964: a title's stop; «Где Ахмед?» (1963, реж. ...): its credit
        return False
    if punct == "." and _author_entry(text, lo, p_start, ws):
        return False  # "• П. И. Чайковский. «Лебединое озеро», балет — 22 декабря 2017 г.": a listing's author, then the work
    if c == "[" and _CITATION.match(text, ws):
        return False  # "etməkdədir... [6;3-8]." - the citation closes this sentence
    if punct != ".":
        return True
    # A single full stop: initials, abbreviations, list numbers.
    tok_start = p_start
    while tok_start > lo and not text[tok_start - 1].isspace():
        tok_start -= 1
    token = text[tok_start:p_start].lstrip(_OPENERS)
    if not token:
        return True
    forms = abbr.get(token.lower() + ".")
    if forms:
        tail_end = p_start + 1
        for form, kind in forms:
            fs = tail_end - len(form)
            if fs < lo or text[fs:tail_end].lower() != form:
                continue
            if fs > lo and text[fs - 1].isalnum():
                continue
            if c.isdigit():
                return False  # "s. 45", "Jan. 5"
            if kind == "never":
                return False
            if kind == "number" and not _NUMBER_BEFORE.search(text, max(lo, fs - 30), fs):
                return False
            if kind == "number" and _SIGNED_NUMBER.search(text, max(lo, fs - 30), fs):
                return False  # "школы-гимназии № 69 г. Бишкека": after a number's sign no year, "г." a town's
            if kind == "number" and prev is not None and _DATE_ALONE.fullmatch(text, prev, fs):
                return False  # "9 января 2002 г. В. В. Путин открыл ...": the date opens the sentence it dates
            if _CODE.match(text, ws):
                return False  # "Decree No. PF-6144 of ...": a number's code, no sentence
            return _starts_sentence(c)
    if _INITIALS.fullmatch(token):
        letters = token.replace(".", "")
        if not any(ch.islower() for ch in letters):
            return False  # A. S. Puşkin, M.İ. Rudomino
        return _starts_sentence(c)  # т.д., e.g. not in the lists
    if token.isdigit() and len(token) <= 2:
        line_start = text.rfind("\n", lo, tok_start) + 1 if tok_start > lo else lo
        if not text[max(line_start, lo):tok_start].strip():
            return False  # "1. Giriş": a numbered heading or list item
    return True


def sentences(text: str, start: int, end: int, lang: str) -> list[Sentence]:
    """The sentences of text[start:end], all in language lang."""
    abbr = _abbreviations(lang)
    cuts = [start]
    pos = start
    for para in _PARA_SEP.finditer(text, start, end):
        _cut(text, pos, para.start(), abbr, cuts)
        cuts.append(para.start())
        cuts.append(para.end())
        pos = para.end()
    _cut(text, pos, end, abbr, cuts)
    cuts.append(end)
    # A line holding only a date heads a news item (or an item of a list of news): a sentence of its own,
    # not the first words of the headline or the lead under it.
    lines = [x for m in DATE_LINE.finditer(text, start, end) for x in m.span()]
    # ... and so does each entry of a chronology ("1373 – ...", "12–14 October 2008 – ..."): its own sentence,
    # though the entries end with no full stop.
    lines += [m.start() for m in CHRONOLOGY_ENTRY.finditer(text, start, end) if m.start() > start]
    # ... and so does each item of a list, a line opened by a bullet or an enumerator ("– ...", "2) ...",
    # "ب – ..." in a decree's preamble), though a list's items end with a semicolon or nothing.
    lines += [m.start() for m in LIST_ITEM.finditer(text, start, end) if m.start() > start]
    lines += [m.start() for m in tag_line(lang).finditer(text, start, end) if m.start() > start]
    lines += [m.start() for m in month_entry(lang).finditer(text, start, end) if m.start() > start]
    # ... and so does each row of a table set in columns of spaces ("08 iyul        Köln      Sommerfest"); a rule line
    # opening a paragraph ("=====" over "TƏQVİM") is no part of the heading under it (one under a heading underlines it).
    lines += [m.start() for m in COLUMN_ROW.finditer(text, start, end) if m.start() > start and any(
        c.isdigit() for c in m.group(1))]
    lines += [m.end() for m in RULE_LINE.finditer(text, start, end) if m.end() < end and (
        m.start() <= start or not text[text.rfind("\n", 0, m.start() - 1) + 1:m.start()].strip())]
    # ... and so does a digest's item head ending with its title in quotes, over the text it heads ("1. ТАСС, 10.10.2023.
    # «В Ташкенте стартовали Дни культуры России»\nАгентство сообщает, ...").
    if "\n" in text[start:end]:
        lines += [m.end() for q in _QUOTE_EOL.finditer(text, start, end) if (a := text.rfind("\n", 0, q.start()) + 1) >= start
                  and (m := TITLE_LINE.match(text, a, end)) and m.end() < end and m.group(1)]
    units = [m.span() for m in archive_unit(lang).finditer(text, start, end)]
    lines += [a for a, _ in units if a > start]
    if units:  # (the stop after a unit's number, "İş 163. ...", ends no sentence)
        cuts = [c for c in cuts if not any(a < c <= b for a, b in units)]
    # ... and so does each field of a record written one field a line ("Place of signature: Paris\nDate of signature:
    # 23.09.1992\nEntry into force: ..."), in a run of such lines, and the line after the run.
    run: list[int] = []
    for m in [*FIELD_LINE.finditer(text, start, end), None]:
        if run and (m is None or text.count("\n", run[-1], m.start()) != 1):
            if len(run) >= FIELD_RUN:
                after = text.find("\n", run[-1], end)
                lines += [x for x in run if x > start] + ([after + 1] if after >= 0 else [])
            run = []
        if m is not None:
            run.append(m.start())
            # ... and so does a field alone whose value is a date with its year ("Degree conferred: 27 October 2017"
            # between a laureate's title and the laudation)
            if (date_field := DATE_FIELD.match(text, m.start(), end)) is not None:
                lines += [x for x in date_field.span() if start < x < end]
    # ... and so does a review's line of its dates ("Reviewed 14 May 2019", "Дата посещения: май 2019 г."), over or
    # under its text.
    for a, b in review_lines(text):
        lines += [x for x in (a, b + 1) if start < x < end]
    if "\t" in text[start:end]:
        lines += [x for m in TABLE_ROW.finditer(text, start, end) for x in m.span() if start < x < end]
    if ":" in text[start:end] and (label := langdata.label("events", "exhibited", "awarded")) is not None:
        # ... and so does a catalogue record's label over the exhibitions it lists, or a life's over its awards (and each
        # of them, one a line, up to the paragraph's end: "Baku, ..., 1970;\nAnkara, ..., October 1976.")
        for _line, colon in langdata.labelled_lines(text, label, start, end):
            eol = _LABEL_END.match(text, colon + 1, end)
            if eol is None:
                continue  # (the exhibitions follow the label on its line: normalize parted them)
            para = _PARA_SEP.search(text, eol.end(), end)
            lines += [x for x in range(eol.end(), para.start() if para else end) if text[x] == "\n"]
    if "@" in text[start:end]:
        lines += [x for m in MAIL_REPLY_LINE.finditer(text, start, end) for x in (m.start(), m.end() + 1) if start < x < end]
    # ... and so does each clause of a preamble, a line ending with a comma and opening as the next one does
    # ("با یادآوری ...،\nبا ارج نهادن ...،", "Recalling ...,\nRecalling ..."): a list of what the parties recall.
    for m in _CLAUSE_EOL.finditer(text, start, end):
        first = _FIRST_WORD.match(text, max(start, text.rfind("\n", start, m.start()) + 1))
        after = _FIRST_WORD.match(text, m.end())
        if first and after and m.start() - first.start() >= PREAMBLE_LINE and m.end() < end and (
                first.group(1).casefold() == after.group(1).casefold()):
            lines.append(m.end())
    # ... and so does a heading on the first line of a paragraph ("4. Summer schools and conferences\nFrom 11
    # to 29 July, ..."): a short line, no stop at its end, and a longer one under it.
    # (and so does one under an asterism parting the sections: "* * *\nИТОГИ НЕДЕЛИ\nДополнено: пятница, 16.05.2025")
    lines += [h for p in [start] + [m.end() for m in _PARA_SEP.finditer(text, start, end)] + [
              m.end() + 1 for m in ASTERISM.finditer(text, start, end) if m.end() < end]
              if (h := _heading_end(text, p, end)) is not None]
    if lines:
        cuts = sorted(set(cuts + lines))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped or not _ALNUM.search(stripped):
            continue
        s = a + (len(piece) - len(piece.lstrip()))
        out.append(Sentence(s, s + len(stripped), lang))
    return out


HEADING_MAX = 60  # characters of a heading line; the line under it is longer by half again


def _heading_end(text: str, p: int, end: int) -> int | None:
    nl = text.find("\n", p, min(end, p + HEADING_MAX + 1))
    if nl < 0:
        return None
    line = text[p:nl].strip()
    if not line or line[-1] in ".!?:;,…-–—(«\"'" or not _ALNUM.search(line):
        return None
    nxt = _WS.match(text, nl + 1, end).end()
    if nxt >= end or text[nxt].islower() or not text[nxt].isalnum():
        return None
    under = text.find("\n", nxt, end)
    under = end if under < 0 else under
    # Lines of a narrow column are all short: a heading stands over a longer one.
    return nl if under - nxt >= max(1.5 * len(line), len(line) + 15) else None


def _cut(text: str, lo: int, hi: int, abbr: dict, cuts: list[int]) -> None:
    for m in _END.finditer(text, lo, hi):
        if _is_break(text, m, lo, hi, abbr, max(lo, cuts[-1]) if cuts else lo):
            cuts.append(m.end())


def segment(text: Text, language: str | None = None) -> Segmented:
    """Language spans and sentences of a normalised text; `language` skips detection."""
    s = text.text
    if language is not None:
        spans = [(0, len(s), language)] if s else []
    else:
        spans = language_spans(s)
    sents: list[Sentence] = []
    for a, b, lang in spans:
        sents.extend(sentences(s, a, b, lang))
    return Segmented(text=text, spans=spans, sentences=sents)
