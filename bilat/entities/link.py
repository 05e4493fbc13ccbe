"""Canonical names back to the languages: `localized("Baku", "place", "az")` -> "Bakı".

Used by bilat.report to write a chronology in az/ru/fa/en. The lexicons of
bilat/data give a person's, organisation's or venue's name in each language;
countries come from CLDR (babel); cities from bilat/data/places.toml, else
from GeoNames' alternate names: the one in the language's script whose Latin
transliteration is closest to the English name (rapidfuzz), preferring
spellings with the language's own letters (Persian پ چ ژ گ over Arabic forms).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang as langdata
from bilat.entities.keys import latin, name_key, script
from bilat.entities.lexicon import index

KINDS = {"place": ("place", "venue", "country"), "person": ("person",), "org": ("org",),
         "country": ("country",), "venue": ("venue",)}
_SCRIPT = {"az": "lat", "en": "lat", "ru": "cyr", "fa": "arab"}
_RU_LETTERS = re.compile(r"^[А-Яа-яЁё\s-]+$")
_FA_ONLY = re.compile(r"[پچژگ]")
_ARABIC_ONLY = re.compile(r"[ةيكىأإ]")
_AZ_LETTERS = re.compile(f"[{langdata.load('az')['segment']['letters']}]")  # an az form, not a Latin one


def _entry(name: str, kind: str):
    idx = index()
    for k in KINDS.get(kind, (kind,)):
        i = idx.by_name.get((k, name))
        if i is not None:
            return idx.entries[i]
    return None


@lru_cache(maxsize=4096)
def localized(name: str, kind: str, lang: str) -> str | None:
    """The name of an entity (canonical English name and kind) in az, ru, fa or en, or None if unknown."""
    e = _entry(name, kind)
    if e is None:
        return None
    if lang == "en":
        return e.name
    forms = e.forms.get(lang)
    abbr = [a for a in e.abbr if script(a) == _SCRIPT.get(lang)]
    if abbr and (e.name.isupper() or not forms):
        return abbr[0]  # TASS, ЮНЕСКО: known by the abbreviation
    if forms:
        return forms[0]
    if e.kind == "country":
        from babel import Locale

        try:
            return Locale(lang).territories.get(e.country)
        except Exception:
            return None
    if e.kind == "place" and e.geonames_id is not None:
        return _from_geonames(e.geonames_id, e.name, lang)
    return None


def _from_geonames(gid: int, english: str, lang: str) -> str | None:
    c = _cities_cached().get(gid)
    if c is None:
        return None
    want = _SCRIPT.get(lang)
    alts = [a for a in c.get("alternatenames") or [] if script(a) == want]
    if lang == "ru":
        alts = [a for a in alts if _RU_LETTERS.match(a)]
    if lang == "az":
        own = [a for a in alts if _AZ_LETTERS.search(a)]
        if not own:
            return None  # no Azerbaijani spelling known: the report keeps the English name
        alts = own
    if lang == "fa":
        alts = [a for a in alts if not _ARABIC_ONLY.search(a)] or alts
    if not alts:
        return None
    from rapidfuzz import fuzz

    target = name_key(english)

    def score(a: str):
        return (bool(lang == "fa" and _FA_ONLY.search(a)), fuzz.ratio(name_key(latin(a, lang)), target))

    return max(alts, key=score)


@lru_cache(maxsize=1)
def _cities_cached():
    from bilat.entities.lexicon import _cities

    return _cities()
