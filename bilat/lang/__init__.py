"""Language resources: one TOML file per language (`az.toml`, `ru.toml`, ...).

Code stays language-neutral; every word, suffix and pattern a language needs
lives in its file. Adding a language is adding a file (and its tests).
"""
from __future__ import annotations

import re

import tomllib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """The languages with a data file (read once: callers ask per mention)."""
    return tuple(sorted(p.stem for p in HERE.glob("*.toml") if p.stem != "common"))


@lru_cache(maxsize=None)
def load(lang: str) -> dict:
    """The parsed data file of one language (or "common" for facts shared by all)."""
    path = HERE / f"{lang}.toml"
    if not path.exists():
        raise KeyError(f"no language data for {lang!r} (looked for {path})")
    with path.open("rb") as f:
        return tomllib.load(f)


def words(section: str, *keys: str) -> list[str]:
    """The entries of `keys` in `[section]` of every language's file, in one list: what the engine reads in all
    languages at once (a page quotes reviews, e-mails and legends in several)."""
    return [w for lang in available() for key in keys for w in (load(lang).get(section) or {}).get(key, [])]


_WORD_RUN = re.compile(r"[^\W\d_][^\W\d_\u200c]*(?: [^\W\d_][^\W\d_\u200c]*)*")


def longest_words(patterns) -> tuple[str, ...]:
    """The longest run of words of each pattern, in small letters ("reviewed", "отзыв", "exhibition history"): a text
    holding none of them as a substring of it in small letters matches none of the patterns. (A case-insensitive
    alternation tried at every line start costs more than the substring checks.)"""
    return tuple(sorted({max(_WORD_RUN.findall(p) or [""], key=len).lower() for p in patterns}))


LABEL_MAX = 60  # characters at most of a line's label before its colon


@lru_cache(maxsize=None)
def label(section: str, *keys: str) -> re.Pattern | None:
    """A line's label before its colon, one of the entries of `keys` in `[section]` of every language's file (see
    `labelled_lines`)."""
    found = words(section, *keys)
    return re.compile(rf"[ \t]*(?:{'|'.join(found)})[ \t]*", re.I) if found else None


def labelled_lines(text: str, label: re.Pattern, start: int = 0, end: int | None = None):
    """(start of the line, its colon) of each line of text[start:end] that opens with a label: what stands between the
    line's start and a colon on it matched whole by `label`. (The colons are found first: a case-insensitive
    alternation of labels tried at every line start costs more than the text's few colons.)"""
    end = len(text) if end is None else end
    pos = text.find(":", start, end)
    while pos >= 0:
        line = max(start, text.rfind("\n", start, pos) + 1)
        if pos - line <= LABEL_MAX and label.fullmatch(text, line, pos):
            yield line, pos
        pos = text.find(":", pos + 1, end)
