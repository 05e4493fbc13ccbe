"""One language's entity resources, compiled from `[entities]` in bilat/lang/<lang>.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang as langdata
from bilat.entities.keys import Morph, morph, tok_key


def _alternation(table: dict[str, list[str]], flags=re.IGNORECASE) -> tuple[re.Pattern | None, list[str]]:
    """One regex for a {label: [patterns]} table; group i+1 is label i (longest patterns tried first)."""
    labels, parts = [], []
    items = [(label, p) for label, pats in table.items() for p in pats]
    items.sort(key=lambda x: -len(x[1]))
    for label, p in items:
        labels.append(label)
        parts.append(f"({p})")
    if not parts:
        return None, []
    return re.compile(r"(?<![\w\u200c])(?:" + "|".join(parts) + r")(?![\w\u200c])", flags), labels


def _low(w: str) -> str:
    """Lower case, with Azerbaijani/Turkish İ as i (Python's lower() gives i and a combining dot)."""
    return w.lower().replace("i\u0307", "i")


def _starts(table: dict[str, list[str]]) -> tuple[set[str], set[str]]:
    """(two-letter, one-letter) lower-case starts of the patterns of a table."""
    two, one = set(), set()
    for pats in table.values():
        for p in pats:
            lit = re.match(r"[^\W\d_]+", p)
            lit = lit.group(0).lower() if lit else ""
            if len(lit) >= 2 and not re.match(r"[^\W\d_]+[?*{]", p):
                two.add(lit[:2])
            elif lit:
                one.add(lit[:1])
            else:
                one.add("")  # starts with a class: every word is tried
    return two, one


def find_titles(st) -> list[tuple[int, int, str]]:
    """The title words of a sentence: (start, end, English title); cached on the sentence."""
    got = getattr(st, "_titles", None)
    if got is not None:
        return got
    cfg = st.cfg
    out = []
    if cfg.titles is not None:
        two, one = cfg.title_starts
        every = "" in one
        end = -1
        for k, w in enumerate(st.words):
            s = st.spans[k][0]
            if s < end:
                continue
            low = _low(w[:2])
            if every or low in two or low[:1] in one:
                m = cfg.titles.match(st.text, s, st.end)
                if m:
                    out.append((m.start(), m.end(), label_of(m, cfg.title_labels)))
                    end = m.end()
    st._titles = out
    return out


def label_of(m: re.Match, labels: list[str]) -> str:
    return labels[m.lastindex - 1] if m.lastindex else ""


class Config:
    def __init__(self, lang: str):
        try:
            ent = langdata.load(lang).get("entities", {})
        except KeyError:
            ent = {}
        common = langdata.load("common").get("entities", {})
        self.lang = lang
        self.morph: Morph = morph(lang)
        self.multi = bool(ent.get("inflect_all_words", False))
        self.stop = {tok_key(w) for w in ent.get("stop", [])}
        self.eponym_after = [tok_key(w) for w in ent.get("eponym_after", [])]
        self.eponym_before = re.compile(
            r"(?:" + "|".join(re.escape(w) for w in ent["eponym_before"]) + r")\s*$", re.IGNORECASE
        ) if ent.get("eponym_before") else None
        # "a branch of Moscow State University (in Baku)": the venue is not where the branch is.
        self.branch_before = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ent["branch_before"]) + r")\s+$", re.IGNORECASE
        ) if ent.get("branch_before") else None
        self.branch_after = re.compile(
            r"\s+(?:\S+\s+)?(?:" + "|".join(re.escape(w) for w in ent["branch_after"]) + r")(?!\w)", re.IGNORECASE
        ) if ent.get("branch_after") else None
        # "the Alisher Navoi Bolshoi Theatre", "Большой театр имени Навои": another venue than the one the lexicon
        # holds under the name its last words give.
        self.other_venue_before = re.compile(
            r"(?:" + "|".join(ent["other_venue_before"]) + r")\s+$") if ent.get("other_venue_before") else None
        self.other_venue_after = re.compile(
            r"\s+(?:" + "|".join(ent["other_venue_after"]) + r")", re.IGNORECASE) if ent.get("other_venue_after") else None
        self.title_before = bool(ent.get("title_before_name", True))
        self.title_after = bool(ent.get("title_after_name", False))
        self.title_gap = int(ent.get("title_gap", 0))
        self.country_side = list(ent.get("title_country", ["before", "after"]))
        self.surname = re.compile(ent["surname"]) if ent.get("surname") else None
        # Capitalised words that are a person's name by what stands around them ("accompanied by Indira Gandhi",
        # "Rabindranath Tagore arrived"), unless one of them is a word of a thing's name ("Jazz Festival opened")
        self.person_before = re.compile(rf"(?:{'|'.join(ent['person_before'])})\s+$", re.I) if ent.get("person_before") else None
        self.person_after = re.compile(rf",?\s+(?:{'|'.join(ent['person_after'])})\b") if ent.get("person_after") else None
        self.not_person = {tok_key(w) for w in ent.get("not_person", [])}
        self.surname_weak = re.compile(ent["surname_weak"]) if ent.get("surname_weak") else None
        self.surname_any = (re.compile(f"{self.surname.pattern}|{self.surname_weak.pattern}")
                            if self.surname is not None and self.surname_weak is not None else None)
        self.org_as_written = bool(ent.get("org_names_as_written", False))
        self.geonames_skip = re.compile(ent["geonames_skip"]) if ent.get("geonames_skip") else None
        self.name_ending = re.compile(ent["name_ending"]) if ent.get("name_ending") else None
        # What writes a word as a place: a word before it ("in", "в", "در") or a case ending ("Bakıda").
        self.place_before = {tok_key(w) for w in ent.get("place_before", [])}
        # ... and what writes it as no place: "روز دوشنبه" is Monday, not Dushanbe.
        self.not_place_before = {tok_key(w) for w in ent.get("not_place_before", [])}
        self.place_case = re.compile(ent["place_case"]) if ent.get("place_case") else None
        # What writes an organisation as where something was ("at Kazan Federal University",
        # "Naxçıvan Dövlət Universitetində"): its town is then the happening's place.
        self.seat_before = {tok_key(w) for w in ent.get("seat_before", [])}
        # A patronymic inside a name ("Константин Аркадьевич Белозёров", "Rəşid Məcid oğlu Behbudov"): English
        # names a person by first name and surname.
        self.patronymic = re.compile(ent["patronymic"], re.IGNORECASE) if ent.get("patronymic") else None
        # Adjectives of towns ("парижской", "пекинский", "бакинском"): their ending, and the stems of those not
        # made from the town's name as written (бакин- is Baku's)
        self.town_adjective = re.compile(ent["town_adjective"], re.IGNORECASE) if ent.get("town_adjective") else None
        self.town_adjective_stems = {tok_key(k): v for k, v in ent.get("town_adjective_stems", {}).items()}
        # ... and what a stem may need to be the town's name ("казан-" + "ь": Казань)
        self.town_adjective_tails = ent.get("town_adjective_tails", [""])
        # "the capital of Azerbaijan", "столицу Азербайджана", "Qazaxıstanın paytaxtı": the country's capital city
        self.capital_before = re.compile(f"(?:{ent['capital_before']})$", re.I) if ent.get("capital_before") else None
        self.capital_after = re.compile(ent["capital_after"], re.I) if ent.get("capital_after") else None
        self.patronymic_marker = {tok_key(w) for w in ent.get("patronymic_marker", [])}
        self.seat_case = re.compile(ent["seat_case"]) if ent.get("seat_case") else None
        self.surname_keep = re.compile(ent["surname_keep"]) if ent.get("surname_keep") else None
        self.head_position = ent.get("head_position", "last")
        self.connectors = {tok_key(w) for w in ent.get("connectors", [])}
        self.org_tail = re.compile(ent["org_tail"], re.IGNORECASE) if ent.get("org_tail") else None
        self.org_left = re.compile(ent["org_left"], re.IGNORECASE) if ent.get("org_left") else None
        self.tail_starts = {tok_key(w) for w in ent.get("tail_starts", [])}
        self.verbs = {tok_key(w) for w in ent.get("verbs", [])}
        self.named = {tok_key(w) for w in ent.get("named", [])}
        self.reversed = bool(ent.get("modifiers_reversed", False))
        self.name_heads = {tok_key(w) for w in ent.get("name_heads", [])}
        self.titles, self.title_labels = _alternation(ent.get("titles", {}))
        self.domains, self.domain_labels = _alternation(ent.get("domains", {}))
        # The letters titles start with: a title is looked for only where a word starts so.
        self.title_starts = _starts(ent.get("titles", {}))
        heads = ent.get("org_heads", {})
        self.heads = [(label, re.compile(r"(?:" + "|".join(pats) + r")", re.IGNORECASE)) for label, pats in heads.items()]
        self.demonyms = [(code, re.compile(r"(?:" + "|".join(pats) + r")", re.IGNORECASE))
                         for code, pats in ent.get("demonyms", {}).items()]
        # The first two letters of every head noun: most words are rejected by one set lookup.
        self.head_prefixes = {m.group(0)[:2].lower() for pats in heads.values() for p in pats
                              for m in [re.match(r"[^\W\d_]{2}", p)] if m}
        self.demonym_rx, self.demonym_codes = _alternation(ent.get("demonyms", {}))
        self.glossary = {tok_key(k): v for k, v in ent.get("glossary", {}).items()}
        self.genitive = re.compile(ent["genitive"], re.IGNORECASE) if ent.get("genitive") else None
        self.offices = set(common.get("offices", []))
        self._head_cache: dict[str, str | None] = {}
        self._demonym_cache: dict[str, str | None] = {}

    def head(self, word: str) -> str | None:
        """The English pattern of an organisation head noun ("{} Society"), or None."""
        if _low(word[:2]) not in self.head_prefixes:
            return None
        low = _low(word)
        got = self._head_cache.get(low, 0)
        if got == 0:
            got = next((label for label, rx in self.heads if rx.fullmatch(low)), None)
            self._head_cache[low] = got
        return got

    def demonym(self, word: str) -> str | None:
        low = _low(word)
        got = self._demonym_cache.get(low, 0)
        if got == 0:
            got = next((code for code, rx in self.demonyms if rx.fullmatch(low)), None)
            self._demonym_cache[low] = got
        return got

    def gloss(self, word: str) -> str | None:
        for f in self.morph.forms(word):
            if f in self.glossary:
                return self.glossary[f]
        return None


@lru_cache(maxsize=None)
def config(lang: str) -> Config:
    return Config(lang)
