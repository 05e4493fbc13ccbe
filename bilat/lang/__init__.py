"""Language resources: one TOML file per language (`az.toml`, `ru.toml`, ...).

Code stays language-neutral; every word, suffix and pattern a language needs
lives in its file. Adding a language is adding a file (and its tests).
"""
from __future__ import annotations

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
