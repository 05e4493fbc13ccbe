"""Tokens, lookup keys, word endings and transliteration for the entity annotators.

* `TOKEN` cuts text into words (letters with inner combining marks, ZWNJ and
  apostrophes); hyphens and dots separate words, so "Sankt-Peterburqda" is
  two tokens and "M.İ.Rudomino" three.
* `tok_key` folds one token to the form every index key is made of: case
  folded, diacritics dropped, ə -> a, ı -> i, ё -> е, Arabic letter variants
  unified and ZWNJ removed. `name_key` folds a whole name; Arabic-script
  names are joined without spaces, since Persian writes علی‌اف, علی اف and
  علیاف for the same name.
* `Morph` holds a language's endings (from `[entities]` in bilat/lang/*.toml)
  and gives the dictionary forms a word may stand for ("Bakıdakı" -> "Bakı",
  "Москве" -> "Москва"); the forms are looked up in the index, so only
  forms that are names count.
* `latin` spells a name in Latin letters the way English news do
  (tables in bilat/data/translit.toml); `skeleton` is the consonant skeleton
  of a Persian name for fuzzy comparison.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from bilat import lang as langdata

DATA = Path(__file__).resolve().parent.parent / "data"

# One tokenizer for all scripts, with offsets, at regex speed (razdel, natasha's tokenizer, is
# made for Russian and is several times slower).
_LETTER = r"[^\W\d_]"
_MARK = r"[\u0300-\u036f\u064b-\u065f\u0670\u200c\u200d]"
TOKEN = re.compile(rf"{_LETTER}(?:{_LETTER}|{_MARK}|['’ʼ](?={_LETTER}))*")
APOSTROPHES = "'’ʼ"


def script(s: str) -> str:
    """lat | cyr | arab: the script of a word, judged by its first letter."""
    for ch in s:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u052f":
                return "cyr"
            if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
                return "arab"
            return "lat"
    return "lat"


# Letters NFD does not decompose but that spellings of one name vary on.
_LAT_FOLD = str.maketrans({"ə": "a", "ı": "i", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae",
                           "'": None, "’": None, "ʼ": None, "ʻ": None})
_CYR_FOLD = str.maketrans({"ё": "е", "'": None, "’": None})
_ARAB_FOLD = str.maketrans({
    "\u200c": None, "\u200d": None, "ـ": None, "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ة": "ه",
    "ؤ": "و", "ئ": "ی", "ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه",
    **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None,
})


@lru_cache(maxsize=200_000)
def tok_key(tok: str) -> str:
    """The folded form of one token (see the module docstring)."""
    sc = script(tok)
    if sc == "arab":
        return tok.translate(_ARAB_FOLD)
    if sc == "cyr":
        return tok.lower().translate(_CYR_FOLD)
    s = tok.casefold().translate(_LAT_FOLD)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s


def join_keys(keys: list[str] | tuple[str, ...]) -> str:
    """Token keys joined into a name key: Arabic script without spaces, the others with one space."""
    if keys and script(keys[0]) == "arab":
        return "".join(keys)
    return " ".join(keys)


def tokens(s: str) -> list[str]:
    return TOKEN.findall(s)


def name_key(s: str) -> str:
    return join_keys([tok_key(t) for t in tokens(s)])


def is_upper_start(tok: str) -> bool:
    return tok[:1].isupper()


# --- endings ------------------------------------------------------------------

class Morph:
    """A language's endings: which dictionary forms a written word may stand for.

    Why not a morphological library: there is none for Azerbaijani or Persian, pymorphy2 covers
    Russian only and knows few foreign names (Гянджой, Нарышкиным), and the question here is
    narrower than full analysis: which dictionary forms could this capitalised word stand for. The
    forms are only candidates, looked up in the name index; a wrong one finds nothing.

    `[entities] endings` in the language file lists [ending, replacement] pairs
    ("Москве": ["е", "а"] -> "Москва"); endings may hold harmony classes
    (`{A}`, `{I}` in Azerbaijani) whose letter must agree with the last vowel
    of what is left (`[entities.harmony]`), so "Əliyeva" is not "Əliyev" + a
    (that would be "Əliyevə"). An apostrophe ends a name ("Bakı'da").
    """

    def __init__(self, lang: str):
        try:
            ent = langdata.load(lang).get("entities", {})
        except KeyError:  # a language without a data file: names as written only
            ent = {}
        self.lang = lang
        self.harmony: dict[str, dict[str, str]] = ent.get("harmony", {})
        self.vowels = "".join(sorted({v for table in self.harmony.values() for v in table}))
        rules: list[tuple[str, str, tuple[tuple[int, str, str], ...]]] = []
        for ending, repl in ent.get("endings", []):
            rules.extend(self._expand(ending, repl))
        # Shortest ending first: the longest dictionary form is tried first.
        rules.sort(key=lambda r: len(r[0]))
        self.rules = rules
        self.by_last: dict[str, list] = {}  # rules by the last letter of their ending
        for r in rules:
            if r[0]:
                self.by_last.setdefault(r[0][-1], []).append(r)
        self.min_stem = int(ent.get("min_stem", 3))
        self.multi = bool(ent.get("inflect_all_words", False))
        self._cache: dict[str, tuple[str, ...]] = {}

    def _expand(self, ending: str, repl: str):
        """Concrete endings of a template: ("d{A}", "") -> ("da", "", A=a), ("də", "", A=ə)."""
        out = [("", ())]
        i = 0
        while i < len(ending):
            m = re.match(r"\{(\w+)\}", ending[i:])
            if m:
                cls = m.group(1)
                letters = sorted(set(self.harmony.get(cls, {}).values()))
                out = [(s + ch, conds + ((len(s), cls, ch),)) for s, conds in out for ch in letters]
                i += m.end()
            else:
                out = [(s + ending[i], conds) for s, conds in out]
                i += 1
        return [(s, repl, conds) for s, conds in out]

    def _harmonic(self, stem: str, conds) -> bool:
        if not conds:
            return True
        last = next((c for c in reversed(stem.lower()) if c in self.vowels), None)
        if last is None:
            return True
        return all(self.harmony[cls].get(last) == ch for _, cls, ch in conds)

    def stems(self, word: str) -> list[str]:
        """Dictionary forms a word may stand for, as written (the word itself not included)."""
        out = []
        for ap in APOSTROPHES:
            if ap in word:
                out.append(word.split(ap, 1)[0])
                return out
        low = word.lower()
        for ending, repl, conds in self.by_last.get(low[-1:], ()):
            if len(low) - len(ending) < self.min_stem or not low.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)]
            if self._harmonic(stem, conds):
                out.append(stem + repl)
        return out

    def forms(self, word: str) -> tuple[str, ...]:
        """Keys of the word and of its possible dictionary forms, the word itself first."""
        got = self._cache.get(word)
        if got is None:
            seen = [tok_key(word)]
            for s in self.stems(word):
                k = tok_key(s)
                if k and k not in seen:
                    seen.append(k)
            got = self._cache[word] = tuple(seen)
        return got


@lru_cache(maxsize=None)
def morph(lang: str) -> Morph:
    return Morph(lang)


# --- transliteration ----------------------------------------------------------

@lru_cache(maxsize=None)
def _tables() -> dict:
    with (DATA / "translit.toml").open("rb") as f:
        return tomllib.load(f)


def _cyr_word(w: str) -> str:
    t = _tables()["cyrillic"]
    low, tail = w.lower(), ""
    named = t.get("names", {}).get(low)
    if named is not None:
        return named[:1].upper() + named[1:] if w[:1].isupper() else named
    for end, rep in t["final"].items():
        if low.endswith(end) and len(low) > len(end) + 1:
            low, tail = low[: -len(end)], rep
            break
    out = []
    prev = ""
    pairs = t.get("pairs", {})
    i = 0
    while i < len(low):
        ch = low[i]
        if low[i:i + 2] in pairs:
            out.append(pairs[low[i:i + 2]])
            prev, i = low[i + 1], i + 2
            continue
        if ch in t["iotated"] and (not prev or prev in t["after"]):
            out.append(t["iotated"][ch])
        else:
            out.append(t["map"].get(ch, ch))
        prev, i = ch, i + 1
    s = "".join(out) + tail
    return s[:1].upper() + s[1:] if w[:1].isupper() else s


def _fa_word(w: str) -> str:
    """A Persian word in Latin letters: known name parts (translit.toml [persian.parts]) where the
    word can be cut into them, letter by letter elsewhere."""
    t = _tables()["persian"]
    w = w.translate(_ARAB_FOLD)
    if not w:
        return ""
    parts = t.get("parts", {})
    spaced = t.get("spaced_after", ())
    out, i = [], 0
    while i < len(w):
        for j in range(len(w), i, -1):
            piece = w[i:j]
            if piece in parts and (len(piece) > 2 or i > 0):
                if i > 0 and w[:i] in spaced and len(piece) > 2:
                    out.append(" ")
                out.append(parts[piece])
                i = j
                break
        else:
            # letters up to the next known part (of three letters or more, or an ending: -ov, -zadeh)
            j = i + 1
            while j < len(w) and w[j:] not in parts and not any(
                    w[j:e] in parts and e - j > 2 for e in range(len(w), j, -1)):
                j += 1
            out.append(_fa_letters(w[i:j]))
            i = j
    return " ".join(p[:1].upper() + p[1:] for p in "".join(out).lower().split(" "))


def _fa_letters(w: str) -> str:
    t = _tables()["persian"]
    cons = set(t["map"]) - set("اآأإو ی")
    out = []
    i = 0
    for two, rep in t["initial"].items():
        if w.startswith(two):
            out.append(rep)
            i = len(two)
            break
    else:
        if w[0] == "ا":
            out.append("a")
            i = 1
    while i < len(w):
        ch = w[i]
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if i == len(w) - 1 and ch in t["final"] and prev and prev in cons:
            out.append(t["final"][ch])
        elif ch in t["medial"] and prev in cons and (nxt in cons or not nxt):
            out.append(t["medial"][ch])
        else:
            out.append(t["map"].get(ch, ch))
        i += 1
    return "".join(out)


def latin(name: str, lang: str) -> str:
    """An English-style Latin spelling of a name written in any of the four languages."""
    t = _tables()
    words = re.split(r"(\s+|-)", name)
    out = []
    for w in words:
        if not w or not any(c.isalpha() for c in w):
            out.append(w)
            continue
        sc = script(w)
        if sc == "cyr":
            out.append(_cyr_word(w))
        elif sc == "arab":
            out.append(_fa_word(w))
        elif lang == "az":
            out.append("".join(t["latin"]["map"].get(c, c) for c in w))
        else:
            out.append(w)
    s = "".join(out)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def fuzzy_key(name: str, lang: str) -> str:
    """A Latin key for comparing names across scripts (rapidfuzz works on these)."""
    return name_key(latin(name, lang))


def skeleton(name: str) -> str:
    """The consonant skeleton of a Persian name: long-vowel letters dropped, like letters merged."""
    t = _tables()["persian"]
    s = name.translate(_ARAB_FOLD)
    drop = set(t["skeleton_drop"])
    return "".join(t["skeleton_merge"].get(c, c) for c in s if c not in drop and not c.isspace())
