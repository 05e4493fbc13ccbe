"""Bytes -> text: byte-order marks, strict UTF-8, then charset-normalizer checked by a plausibility score.

charset-normalizer alone is not enough for bilat's inputs: on a sentence or two
of Cyrillic it often names koi8-r bytes cp932, cp866 bytes cp1125 and cp1254
Turkish cp850, and it happily returns mac-cyrillic for cp1251. So every
candidate it proposes, plus the legacy encodings bilat's sources really use
(`PREFERRED`), is decoded and scored by how much of the result reads as words:
letters of one script per word, a plausible case pattern (lower, Title, UPPER;
not "пРИВЕТ" which is koi8-r read as cp1251), letters of the supported
languages' alphabets rather than rare ones ("ќ", "ý", "Ì"), no control
characters or stray symbols. The candidate with the fewest implausible
characters wins; ties go to the more common encoding. When even the best
candidate reads badly the file is refused (`Undecodable`) rather than turned
into mojibake.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

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

# Letters of the supported languages' alphabets (az, ru, fa, en; Turkish shares the
# Azerbaijani Latin letters but ə). Letters outside these still count, at a discount.
_EXPECTED = frozenset(
    "əƏğĞıİöÖüÜçÇşŞâÂîÎûÛ"
    + "".join(chr(c) for c in range(0x0410, 0x0450)) + "Ёё"
    + "".join(chr(c) for c in range(0x0621, 0x063B)) + "".join(chr(c) for c in range(0x0640, 0x064B))
    + "پچژکگی"
)
# The most frequent letters of Russian, Persian (with the Arabic yeh legacy code pages use) and
# the Azerbaijani/Turkish accented letters: a wrong single-byte guess in a caseless script
# (Arabic) or between Cyrillic code pages still gives "letters", but rare ones.
_COMMON = frozenset("оеаинтсрвлкмдпуОЕАИНТСРВЛКМДПУ" + "اینردومهتبسلکزشيگ" + "əƏıİüÜöÖçÇşŞğĞ")
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "CJK",
                      "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "DEVANAGARI", "BENGALI", "ETHIOPIC"})
# Symbols ordinary prose uses; any other symbol in a legacy-decoded text is a sign of a wrong guess.
_OK_SYMBOLS = frozenset("$%&*+<=>@^|~°©®№§€£¥±×÷«»‹›„“”‘’‚–—…·•′″")
_WORD = re.compile(r"[^\W\d_]+")
# Characters the per-character check looks at: everything but word characters, ordinary
# whitespace and printable ASCII (so only non-ASCII symbols, punctuation and control codes).
_ODD = re.compile(r"[^\w\t\n\r\f\v\x20-\x7e\x1a\x1b]")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)

# C0 control bytes that never occur in text (tab, newlines, form feed, DOS EOF and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27))

MIN_READABLE = 0.6  # share of the non-ASCII text that must read as words for a legacy guess
MIN_READABLE_UTF8 = 0.3  # valid UTF-8 is trusted unless it is plainly garbage (double-encoded)
SAMPLE = 64 * 1024  # bytes scored per candidate: plenty to decide, and bounded for a 50 MB file


class Undecodable(Exception):
    """The bytes are not text in any encoding we can name with confidence (the message says why)."""


@dataclass
class Reading:
    encoding: str
    penalty: float  # implausible characters (weighted) in the words that hold non-ASCII letters
    total: int  # characters judged
    latin_foreign: float = 0.0
    script: str = ""  # the script most non-ASCII letters are in

    @property
    def readable(self) -> float:
        return 1.0 if self.total == 0 else 1.0 - self.penalty / self.total


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _case_ok(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()) or not any(
        c.isupper() or c.islower() for c in word)


def assess(text: str, *, encoding: str = "", symbols_count: bool = True, markup: bool = False) -> Reading:
    """How plausible `text` is as prose: see the module docstring.

    Only words holding a non-ASCII letter, and non-ASCII non-letters, are judged: ASCII reads the
    same in every candidate, and judging it would only dilute the difference between them.
    """
    if markup:  # for scoring only: the words of an HTML page, not its tags, scripts and styles
        text = _TAG.sub(" ", text)
    words = Counter(_WORD.findall(text))
    latin = latin_non_ascii = 0
    for w, n in words.items():
        latin += n * sum(1 for c in w if c < "\u0250")
        latin_non_ascii += n * sum(1 for c in w if "\u0080" <= c < "\u0250")
    # Real Azerbaijani or Turkish has a fifth of its Latin letters accented at most; a Latin
    # text made mostly of accented letters is Cyrillic or Arabic read in a Latin code page.
    foreign = latin_non_ascii / latin if latin else 0.0
    penalty, total = 0.0, 0
    per_script: Counter = Counter()
    for word, n in words.items():
        if word.isascii():
            continue
        total += n * len(word)
        scripts = {_script(c) for c in word}
        per_script.update({s: n for s in scripts})
        if len(scripts) > 1 or not scripts <= _SCRIPTS or not _case_ok(word):
            penalty += n * len(word)
            continue
        if len(word) > 1 and word.isupper():
            # A little for a word in capitals: koi8-r read as cp1251 (and back) swaps the case of
            # every letter, so a lowercase text has an all-capitals twin that must lose.
            penalty += n * 0.02 * len(word)
        for c in word:
            if c.isascii() or c in _COMMON:
                continue
            if c in _EXPECTED:
                penalty += n * 0.1
            else:
                penalty += n * (0.8 if foreign > 0.5 and c < "\u0250" else 0.3)
    for c in _ODD.findall(text):
        cat = unicodedata.category(c)
        if c == "\ufffd":  # a replacement character: the text was already mangled upstream
            bad = True
        elif cat[0] == "C":
            bad = c not in "\u200c\u200d\u200e\u200f\ufeff\u00ad"
        elif cat[0] == "S":
            bad = symbols_count and c not in _OK_SYMBOLS
        elif cat[0] == "P":
            # Non-ASCII punctuation (« » — …) is a sprinkle in prose, but a wrong code page turns
            # letters into it ("«н—«д" is Persian bytes read as mac-cyrillic).
            penalty += 0.05
            total += 1
            continue
        elif cat == "Mn" and "\u064b" <= c <= "\u0652":
            penalty += 0.1  # Arabic vowel marks: rare in prose, common in random bytes read as Arabic
            total += 1
            continue
        else:
            bad = False
        if bad:
            penalty += 1
            total += 1
    script = per_script.most_common(1)[0][0] if per_script else ""
    return Reading(encoding, penalty, total, foreign, script)


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


def decode(raw: bytes, *, markup: bool = False, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) with raw.decode(encoding) == text; raises Undecodable.

    `declared` is an encoding the file names itself (an HTML <meta charset>): used when it decodes
    the bytes and reads as prose; otherwise detection decides, as for a file that declares nothing.
    """
    enc = bom_encoding(raw)
    if enc:
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError as e:
            raise Undecodable(f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()} "
                              f"(byte {e.start})") from None
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
    if declared and declared not in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):
        text = _decode_sample(sample, declared)
        if text is not None and assess(text, markup=markup, symbols_count=not declared.startswith("utf")
                                       ).readable >= MIN_READABLE:
            try:
                return raw.decode(declared), declared
            except UnicodeDecodeError:
                pass  # declared wrongly: detect as if nothing were declared
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        r = assess(_decode_sample(sample, "utf-8") or "", symbols_count=False, markup=markup)
        if r.total >= 20 and r.readable < MIN_READABLE_UTF8:
            raise Undecodable("valid UTF-8 but garbled (mojibake: text decoded in a wrong encoding "
                              "and saved again?)")
        return text, "utf-8"
    return _legacy(raw, sample, markup, utf8_error)


def _legacy(raw: bytes, sample: list[bytes], markup: bool, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    import charset_normalizer

    order: list[str] = []
    try:
        matches = charset_normalizer.from_bytes(b"".join(sample))
    except Exception:  # a detector failure only costs us its suggestions
        matches = []
    for m in matches:
        for name in [m.encoding, *getattr(m, "could_be_from_charset", [])]:
            try:
                name = normal_name(name)
            except LookupError:
                continue
            if name not in order and not name.startswith(("utf", "ascii")):
                order.append(name)
    cn_rank = {name: i for i, name in enumerate(order)}
    for name in PREFERRED:
        name = normal_name(name)
        if name not in order:
            order.append(name)
    readings, texts = [], {}
    for name in order:
        text = _decode_sample(sample, name)
        if text is not None:
            readings.append(assess(text, encoding=name, markup=markup))
            texts[name] = text
    if not readings:
        raise Undecodable(f"not UTF-8 (invalid byte at {utf8_error.start}) and no known encoding decodes it")
    least = min(r.penalty for r in readings)
    pref = {normal_name(n): i for i, n in enumerate(PREFERRED)}
    made_for = {normal_name(n): s for n, s in PREFERRED.items()}
    tied = [r for r in readings if r.penalty <= least + 1e-6]
    best = min(tied, key=lambda r: (made_for.get(r.encoding) != r.script, pref.get(r.encoding, len(pref)),
                                    cn_rank.get(r.encoding, len(cn_rank))))
    rival = next((r for r in tied if r.encoding in made_for and best.encoding in made_for
                  and texts[r.encoding] != texts[best.encoding]), None)
    if rival is not None:  # only in a few words of text: two common encodings give two readings
        raise Undecodable(f"too little text to tell its encoding ({best.encoding} or {rival.encoding}?): "
                          "save it as UTF-8")
    if best.readable < MIN_READABLE:
        raise Undecodable(f"cannot tell the text encoding (not UTF-8; best guess {best.encoding} reads as "
                          f"words for only {best.readable:.0%} of the text): save it as UTF-8")
    try:
        return raw.decode(best.encoding), best.encoding
    except UnicodeDecodeError as e:
        raise Undecodable(f"looks like {best.encoding} but byte {e.start} is not valid in it") from None
