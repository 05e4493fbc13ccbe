"""Bytes -> text: byte-order marks, strict UTF-8, then charset-normalizer checked by a plausibility score.

charset-normalizer alone is not enough for bilat's inputs: on a sentence or two
of Cyrillic it names koi8-r bytes cp932, cp866 bytes cp1125 and cp1254 Turkish
cp850, and it happily returns mac-cyrillic for cp1251. So every candidate it
proposes among the common code pages, plus the legacy encodings bilat's sources
really use (`PREFERRED`), is decoded and scored (`assess`) by how much of its
non-ASCII part reads as words: one script per word, a plausible case pattern
(lower, Title, UPPER; not "пРИВЕТ", koi8-r read as cp1251), letters of the
supported languages' alphabets rather than rare ones ("ќ", "ý", "Ì"), Russian
spelling where the word is Cyrillic (Hebrew cp1255 read as cp1251 is lowercase
Cyrillic, "рзъод"), a real alphabet's variety of letters, no control
characters, stray signs or punctuation inside words. The candidate with the
fewest implausible characters wins; exact ties go to an encoding made for the
text's script, then to the more common one.

The file is refused (`Undecodable`) rather than turned into mojibake when even
the best candidate reads badly, when two common encodings read it as two
different texts about equally well (a few words give too little to go on), and
when it holds a long run of valid UTF-8 but is not valid UTF-8 as a whole
(damaged UTF-8, or two encodings spliced together). Valid UTF-8 and text behind
a byte-order mark are trusted unless plainly garbage (double-encoded UTF-8,
binary data behind a BOM).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from bilat import lang as langdata
from bilat.text.charclass import ranges

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
# The codec named is the one that turns the whole file, BOM included, into the text:
# raw.decode(encoding) == Document.text always holds for text formats.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy encodings of bilat's sources, most common first, with the script each is made for:
# always tried (charset-normalizer may not propose them) and preferred, in this order, when
# two candidates read equally well (cp866 and cp1125 give the same Russian text; cp1252 and
# cp1256 the same French) - first an encoding made for the script the text is in.
PREFERRED = {"cp1251": "CYRILLIC", "koi8-r": "CYRILLIC", "cp1256": "ARABIC", "cp1252": "LATIN",
             "cp1254": "LATIN", "mac-cyrillic": "CYRILLIC", "cp866": "CYRILLIC", "iso8859-5": "CYRILLIC",
             "iso8859-6": "ARABIC", "iso8859-9": "LATIN", "koi8-u": "CYRILLIC"}

# The encodings a file may be in: the common code pages of the world. charset-normalizer also
# proposes rare ones (hp-roman8, cp1006, ...) that read broken bytes as plausible accented words.
COMMON = frozenset(codecs.lookup(n).name for n in (
    *(f"cp{n}" for n in range(1250, 1259)), *(f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)),
    "koi8-r", "koi8-u", "koi8-t", "mac-cyrillic", "mac-roman", "mac-greek", "mac-turkish", "mac-latin2",
    "cp437", "cp850", "cp852", "cp855", "cp857", "cp866", "cp1125", "kz1048", "ptcp154", "cp720", "cp864",
    "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949",
    "tis-620", "cp874"))

# What the languages bilat reads are written with (`[script]` of bilat/lang/*.toml): their letters
# beyond ASCII (letters outside these still count, at a discount), the most frequent ones (a wrong
# single-byte guess in a caseless script, or between Cyrillic code pages, still gives "letters", but
# rare ones), letter pairs a script's spelling never has, and case flips inside a word.
_SCRIPT_DATA = [langdata.load(lang).get("script", {}) for lang in langdata.available()]
_EXPECTED = frozenset("".join(d.get("letters", "") for d in _SCRIPT_DATA))
_COMMON = frozenset("".join(d.get("frequent", "") for d in _SCRIPT_DATA))
_NEVER = {d["script"]: re.compile(d["never"]) for d in _SCRIPT_DATA if d.get("script") and d.get("never")}
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "CJK", "THAI",
                      "DEVANAGARI", "BENGALI", "ETHIOPIC"})
# Symbols ordinary prose uses; any other symbol in a legacy-decoded text is a sign of a wrong guess.
_OK_SYMBOLS = frozenset("$%&*+<=>@^|~°©®№§€£¥±×÷«»‹›„“”‘’‚–—…·•′″")
# (superscript and subscript figures are \w to `re` but no letters: a footnote's mark "¹", "⁴" is no word)
_WORD = re.compile(r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u209f]+")
_LATIN_RUN = re.compile("[\x00-\u024f]+")
_LATIN_NON_ASCII_RUN = re.compile("[\x80-\u024f]+")
# Characters the per-character check looks at: everything but word characters, ordinary
# whitespace and printable ASCII (so only non-ASCII symbols, punctuation and control codes).
_ODD = re.compile(r"[^\w\t\n\r\f\v\x20-\x7e\x1a\x1b]")
# A non-letter squeezed between two letters ("окт€бре" is cp1251 read as mac-cyrillic); the
# apostrophes and hyphens real words contain are allowed.
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670]"
                          r"(?=[^\W\d_])")
_WORD_JOINERS = frozenset("’ʼ‘‐‑·")
# Invisible characters of real text: joiners (Persian ZWNJ), direction marks, BOM, soft hyphen.
_NEUTRAL = frozenset("\u200c\u200d\u200e\u200f\ufeff\u00ad")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)

# C0 control bytes that never occur in text (tab, newlines, form feed, DOS EOF and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27))

MIN_READABLE = 0.6  # share of the non-ASCII text that must read as words for a legacy guess
MIN_READABLE_UTF8 = 0.3  # valid UTF-8 is trusted unless it is plainly garbage (double-encoded)
# A rival reading within this penalty of the best makes the guess too close to call (one rare
# letter costs 0.3, so a single odd letter still decides).
AMBIGUOUS = 0.25
SAMPLE = 64 * 1024  # bytes scored per candidate: plenty to decide, and bounded for a 50 MB file


class Undecodable(Exception):
    """The bytes are not text in any encoding we can name with confidence (the message says why)."""


@dataclass
class Reading:
    encoding: str
    penalty: float  # implausible non-ASCII characters (weighted)
    total: int  # non-ASCII characters judged
    latin_foreign: float = 0.0
    script: str = ""  # the script most non-ASCII letters are in

    @property
    def readable(self) -> float:
        return 1.0 if self.total == 0 else max(0.0, 1.0 - self.penalty / self.total)


# Japanese mixes kanji and kana in one word, Korean hangul and hanja: one writing system each.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "IDEOGRAPHIC": "CJK",
                "HANGUL": "CJK"}


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "?").split(" ", 1)[0]
    return _SAME_SCRIPT.get(name, name)


def _case_ok(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()) or not any(
        c.isupper() or c.islower() for c in word)


def assess(text: str, *, encoding: str = "", strict: bool = True, markup: bool = False) -> Reading:
    """How plausible `text` is as prose: see the module docstring.

    Only non-ASCII characters are judged: ASCII reads the same in every candidate, and judging it
    would only dilute the difference between them (and hide mojibake among English words).
    `strict` for a legacy code page's reading; Unicode we trust is judged leniently (signs, emoji
    and combining marks are text there).
    """
    if markup:  # for scoring only: the words of an HTML page, not its tags, scripts and styles
        text = _TAG.sub(" ", text)
    found = _WORD.findall(text)
    words = Counter(found)
    # Counted over all the words at once, in C: per character in Python, this was most of the cost.
    joined = "".join(found)
    latin = len(joined) - len(_LATIN_RUN.sub("", joined))
    latin_non_ascii = len(joined) - len(_LATIN_NON_ASCII_RUN.sub("", joined))
    # Real Azerbaijani or Turkish has a fifth of its Latin letters accented at most; a Latin
    # text made mostly of accented letters is Cyrillic or Arabic read in a Latin code page.
    foreign = latin_non_ascii / latin if latin else 0.0
    penalty, total, caps = 0.0, 0, 0
    script_of = {c: _script(c) for c in set(joined)}
    per_script: Counter = Counter()
    judged_words = []  # the words whose letters are judged one by one (with their counts)
    for word, n in words.items():
        if word.isascii():
            continue
        # The non-ASCII letters are judged (ASCII reads the same in every candidate); a word that
        # mixes scripts or cases ("mЙdЙniyyЙt", "пРИВЕТ") has all of them wrong.
        judged = len(word) - len(word.encode("ascii", "ignore"))
        total += n * judged
        scripts = set(map(script_of.__getitem__, word))
        for sc in scripts:
            per_script[sc] += n
        if len(scripts) > 1 or not scripts <= _SCRIPTS or not _case_ok(word):
            penalty += n * judged
            continue
        never = _NEVER.get(next(iter(scripts))) if len(scripts) == 1 else None
        if never is not None and never.search(word.lower()):
            # Spelling the language never has: Hebrew cp1255 read as cp1251 ("рзъод", "бйемй") breaks it.
            penalty += n * judged
            continue
        if len(word) > 1 and word.isupper():
            caps += n * judged
            # A little for a word in capitals: koi8-r read as cp1251 (and back) swaps the case of
            # every letter, so a lowercase text has an all-capitals twin that must lose.
            penalty += n * 0.02 * judged
        judged_words.append(word * n)
    letters_of: defaultdict[str, set] = defaultdict(set)
    letter_count: Counter = Counter()
    for c, k in Counter("".join(judged_words)).items():
        if c.isascii():
            continue
        letters_of[script_of[c]].add(c)
        letter_count[script_of[c]] += k
        if c in _COMMON:
            continue
        if c in _EXPECTED:
            penalty += k * 0.1
        elif c < "\u0250":
            penalty += k * (0.8 if foreign > 0.5 else 0.3)
        else:
            # A rare letter of a script bilat reads ("Ђ", "ќ") is suspect; a letter of another
            # script (Greek, Hebrew) only unfamiliar.
            penalty += k * (0.3 if script_of[c] in ("CYRILLIC", "ARABIC") else 0.15)
    # Every other non-ASCII character is judged too, and only letters in words read well: a text
    # whose non-ASCII part is mostly dashes, signs and marks ("–Љ–∞—А—В–∞" is UTF-8 read as
    # mac-cyrillic) is not prose, however clean its few letters look.
    for c in _ODD.findall(text):
        if c in _NEUTRAL:
            continue
        cat = unicodedata.category(c)
        if cat == "Zs" or cat == "Nd":
            continue
        total += 1
        if cat[0] == "P":
            penalty += 0.5  # « » — … are a sprinkle in prose
        elif cat[0] in "SM" and not strict:
            pass  # Unicode: emoji, mathematical signs and combining accents are text too
        elif cat[0] == "S" and c in _OK_SYMBOLS:
            penalty += 0.5
        elif cat[0] == "M":
            penalty += 0.5  # vowel points: rare in prose, common in bytes read in the wrong code page
        else:
            penalty += 1  # controls, unassigned and private-use code points, U+FFFD, stray signs
    for c in _INSIDE_WORD.findall(text):
        if c not in _WORD_JOINERS:
            penalty += 1  # and once more for standing between two letters ("окт€бре")
    # No non-ASCII letter at all (only quotes or dashes beyond ASCII): a Latin-script text.
    script = per_script.most_common(1)[0][0] if per_script else "LATIN"
    for sc, count in letter_count.items():
        if sc != "LATIN" and count >= 30 and len(letters_of[sc]) <= 6:
            # Prose uses most of its alphabet; "ذذررذ" (UTF-8 lead bytes read as cp1256) uses two letters.
            penalty += count
    if caps > 20 and caps > 0.5 * total:
        # Prose is not written in capitals: UTF-8 cut to its lead bytes reads "РРССР" in cp1251.
        penalty += 0.5 * caps
    return Reading(encoding, penalty, total, foreign, script)


def _cheap_characters() -> str:
    """A class body of the characters `assess` may charge less than FLOOR_COST for: ASCII, the
    alphabets' letters, invisible joiners, spaces and decimal digits of any script."""
    cheap = set(_EXPECTED) | set(_COMMON) | set(_NEUTRAL) | {chr(c) for c in range(128)}
    cheap |= {chr(c) for c in range(0x80, 0x30000) if unicodedata.category(chr(c)) in ("Zs", "Nd")}
    return ranges(cheap)


# Every other character costs `assess` (strict) at least this much: a rare letter 0.15, a Latin-1
# letter 0.3, a sign or mark 0.5, a letter of a word that mixes scripts or cases 1.
FLOOR_COST = 0.15
_COSTLY = re.compile(f"[^{_cheap_characters()}]")


# A small letter before a capital inside a word ("рПЙЧЕФ", koi8-r read as cp1251; `case_flip` of the
# language files): the word fails the case check and each of its letters costs 1.
_CASE_FLIP = re.compile("|".join(d["case_flip"] for d in _SCRIPT_DATA if d.get("case_flip")) or "(?!)")


def _penalty_floor(text: str) -> float:
    """A lower bound of `assess(text).penalty` (strict, the text without markup), found in C. The
    letters of a case flip are cheap characters, so nothing is counted twice."""
    return FLOOR_COST * len(_COSTLY.findall(text)) + 2 * len(_CASE_FLIP.findall(text))


# Runs of valid UTF-8 (ASCII or whole multi-byte sequences). Legacy single-byte text forms such a
# run with more than a few non-ASCII bytes only by chance (at most 6 in the examples' texts in
# seven code pages); a run of UTF-8 letters inside a file that is not valid UTF-8 means damaged
# UTF-8 or two encodings spliced together, and no single encoding reads that file right.
_UTF8_RUN = re.compile(rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                       rb"|[\xf0-\xf4][\x80-\xbf]{3})+")
_ASCII_BYTES = bytes(range(128))
UTF8_RUN_LIMIT = 16  # non-ASCII bytes: eight Cyrillic letters in a row of valid UTF-8


def _utf8_run(chunks: list[bytes]) -> int:
    """The most non-ASCII bytes in one run of valid UTF-8."""
    return max((len(m.group().translate(None, _ASCII_BYTES)) for c in chunks for m in _UTF8_RUN.finditer(c)),
               default=0)


def _sample(raw: bytes) -> list[bytes]:
    """What to score: the head of the file and, in a long file, the stretch where non-ASCII begins."""
    if len(raw) <= SAMPLE:
        return [raw]
    head = raw[:SAMPLE // 2]
    m = re.search(rb"[\x80-\xff]", raw[SAMPLE // 2:])
    if not m:
        return [head]
    start = SAMPLE // 2 + m.start()
    return [head, raw[start:start + SAMPLE // 2]]


def _decode_sample(chunks: list[bytes], encoding: str) -> str | None:
    try:
        # An incremental decoder with final=False: a multi-byte character cut by the sample's end is not an error.
        return "\n".join(codecs.getincrementaldecoder(encoding)("strict").decode(c, final=False) for c in chunks)
    except (UnicodeDecodeError, LookupError):
        return None


def normal_name(encoding: str) -> str:
    """Python's canonical codec name: 'windows-1251' -> 'cp1251', 'KOI8_R' -> 'koi8-r'."""
    return codecs.lookup(encoding).name


def bom_encoding(raw: bytes) -> str | None:
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return enc
    return None


_VISIBLE = re.compile(r"[^\s\u200b-\u200f\u2060\ufeff\u00ad]")


def blank(text: str) -> bool:
    """Nothing visible: spaces, and the invisible characters str.strip() keeps (zero-width space, joiners)."""
    return _VISIBLE.search(text) is None


# Characters of the prose bilat reads (ASCII, Latin with its accents, Cyrillic, Arabic script, the
# joiners and the usual punctuation): a text holding nothing else ...
_PROSE_ONLY = re.compile("[^\x00-\x7f\u00a0-\u024f\u0259\u0400-\u04ff\u0600-\u06ff\u200c-\u200f\u2010-\u2030"
                         "\u2039\u203a\u20ac\u2116\ufb50-\ufdff\ufe70-\ufeff]")
# ... and none of the pairs text decoded in a wrong code page and saved again leaves ("Ã©", "Ð¼",
# "РњРѕ": a lead byte's letter, then a letter of a continuation byte) is prose: `assess` need not judge it.
_MOJIBAKE = re.compile("[ÃÂÅÐÑØÙÚÛ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                       "|[РСТ][\u0402-\u040f\u0450-\u045f\u00a0-\u00bf\u0490\u0491\u2018-\u201e\u2020-\u2022\u2026"
                       "\u2030\u2039\u203a\u20ac\u2116\u2122]")


def _check_garbled(text: str, markup: bool, reason: str) -> None:
    """Unicode we trust (UTF-8, a byte-order mark) unless it is plainly not prose."""
    if _PROSE_ONLY.search(text) is None and _MOJIBAKE.search(text) is None:
        return  # the fast answer for the usual text; judging every word costs a quarter of a microsecond a byte
    r = assess(text, strict=False, markup=markup)
    if r.total >= 20 and r.readable < MIN_READABLE_UTF8:
        raise Undecodable(reason)


def decode(raw: bytes, *, markup: bool = False, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) with raw.decode(encoding) == text; raises Undecodable.

    `declared` is an encoding the file names itself (an HTML <meta charset>). It is one more
    candidate, preferred when it reads as well as the best: pages often declare Latin-1 and are
    written in Windows-1251, and the declaration must not turn them into mojibake.
    """
    enc = bom_encoding(raw)
    if enc:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as e:
            raise Undecodable(f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()} "
                              f"(byte {e.start})") from None
        _check_garbled(text[:SAMPLE], markup, f"starts with a {enc.upper()} byte-order mark but reads as garbage "
                                              "(binary data behind the mark?)")
        return text, enc
    if b"\x00" in raw:
        raise Undecodable("binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(raw) // 100):
        raise Undecodable("binary file (control bytes), not text")
    sample = _sample(raw)
    if declared:
        try:
            declared = normal_name(declared)
        except LookupError:
            declared = None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        _check_garbled(_decode_sample(sample, "utf-8") or "", markup,
                       "valid UTF-8 but garbled (mojibake: text decoded in a wrong encoding and saved again?)")
        return text, "utf-8"
    if _utf8_run(sample) >= UTF8_RUN_LIMIT:
        raise Undecodable(f"invalid UTF-8 (byte {raw[utf8_error.start]:#04x} at {utf8_error.start}) in a file "
                          "that is otherwise UTF-8: damaged, or two encodings mixed")
    return _legacy(raw, sample, markup, utf8_error, declared)


def _legacy(raw: bytes, sample: list[bytes], markup: bool, utf8_error: UnicodeDecodeError,
            declared: str | None = None) -> tuple[str, str]:
    import charset_normalizer

    order: list[str] = []
    try:
        # Only the encodings a file may be in are tried: the others would be dropped below anyway.
        matches = charset_normalizer.from_bytes(b"".join(sample), cp_isolation=sorted(COMMON))
    except Exception:  # a detector failure only costs us its suggestions
        matches = []
    for m in matches:
        for name in [m.encoding, *getattr(m, "could_be_from_charset", [])]:
            try:
                name = normal_name(name)
            except LookupError:
                continue
            if name not in order and name in COMMON:
                order.append(name)
    cn_rank = {name: i for i, name in enumerate(order)}
    if declared and not declared.startswith("utf") and declared not in order:
        order.insert(0, declared)
    for name in PREFERRED:
        name = normal_name(name)
        if name not in order:
            order.append(name)
    texts = {}
    for name in order:
        text = _decode_sample(sample, name)
        if text is not None:
            texts[name] = text
    if not texts:
        raise Undecodable(f"not UTF-8 (invalid byte at {utf8_error.start}) and no known encoding decodes it")
    # Scoring a reading is the costly part: readings are scored from the cheapest floor up, and a
    # reading whose floor is already AMBIGUOUS above the best penalty can be neither the best nor
    # a rival, so it is not scored at all (the outcome is the one scoring all of them gives).
    floors = {name: _penalty_floor(_TAG.sub(" ", text) if markup else text) for name, text in texts.items()}
    scored: dict[str, Reading] = {}
    least = float("inf")
    for name in sorted(texts, key=floors.__getitem__):
        if floors[name] >= least + AMBIGUOUS:
            break
        scored[name] = assess(texts[name], encoding=name, markup=markup)
        least = min(least, scored[name].penalty)
    readings = [scored[name] for name in texts if name in scored]  # in the order of preference
    pref = {normal_name(n): i for i, n in enumerate(PREFERRED)}
    made_for = {normal_name(n): s for n, s in PREFERRED.items()}
    # The encoding a page declares decides between readings about equally plausible.
    best = next((r for r in readings if r.encoding == declared and r.penalty < least + AMBIGUOUS), None)
    if best is None:
        tied = [r for r in readings if r.penalty <= least + 1e-6]
        best = min(tied, key=lambda r: (made_for.get(r.encoding) != r.script, pref.get(r.encoding, len(pref)),
                                        cn_rank.get(r.encoding, len(cn_rank))))
        # Two common encodings reading the bytes as two different texts almost equally well: that
        # happens only on a few words ("ЮНЕСКО" in koi8-r is "аоеулп" in cp1251), and then it is a guess.
        rival = next((r for r in readings if r.penalty < least + AMBIGUOUS and r.encoding != best.encoding
                      and r.encoding in made_for and best.encoding in made_for
                      and texts[r.encoding] != texts[best.encoding]), None)
        if rival is not None:
            raise Undecodable(f"too little text to tell its encoding ({best.encoding} or {rival.encoding}?): "
                              "save it as UTF-8")
    if best.readable < MIN_READABLE:
        raise Undecodable(f"cannot tell the text encoding (not UTF-8; best guess {best.encoding} reads as "
                          f"words for only {best.readable:.0%} of the text): save it as UTF-8")
    try:
        return raw.decode(best.encoding), best.encoding
    except UnicodeDecodeError as e:
        raise Undecodable(f"looks like {best.encoding} but byte {e.start} is not valid in it") from None
