"""annotate: Segmented -> places, people, organisations and countries (DESIGN.md, "Data flow").

Per sentence, in its language:

1. Known names (bilat.entities.lexicon): the words are scanned left to right
   and the longest name starting at each capitalised word (any word in
   Persian) is looked up by key, its last word (every word in Russian) also
   in the dictionary forms the language's endings give ("Bakıdakı" -> Bakı,
   "в Государственном Кремлёвском дворце"). GeoNames names alone at the start
   of a sentence are dropped when the text also writes them in small letters
   (an ordinary word), as are month and weekday names and the language's
   `stop` words.
2. People not in the lexicon: a title and the capitalised words after it
   ("naziri Əbülfəz Qarayev"), a first name and a surname with a typical
   ending ("-ov", "-yeva", "-zadə", "-li"), initials and a surname, Persian
   honorifics (آقای, خانم) and the words before a Persian title; in Russian,
   natasha's NER on the sentences that may hold a person no lexicon knows (two
   unexplained capitalised words side by side, initials, a surname-shaped
   word) and natasha's normal form for the name (bilat.entities.people).
3. Organisations: quoted names with a head noun ("“Birlik” cəmiyyəti",
   "общество «Ватан»"), capitalised names ending or starting with one
   ("Azərbaycan Dövlət İncəsənət Muzeyi", "Министерство культуры РФ"), and
   abbreviations held as data (bilat.entities.orgs).
4. Nationality words (demonyms) give countries.

Overlaps go to the longest span, then to the stronger source. A venue gives
two mentions on its span: the venue and its city. People then get their role
from the title beside them ("Rusiya Prezidenti" -> "President of Russia"), and
a surname alone that several known people share goes to the one named last.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from bilat import lang as langdata
from bilat.entities import lexicon, orgs, people
from bilat.entities.base import Cand, Sent, covered
from bilat.entities.config import config
from bilat.entities.keys import TOKEN, script, tok_key
from bilat.entities.lexicon import ABBR, AFTER, SHIFT, SHORT, Index, index
from bilat.records import Mention, Segmented

_PRIO = {"person": 0, "venue": 0, "org": 0, "country": 1, "place": 1}
MAX_PRODUCT = 256  # dictionary-form combinations tried for one Russian n-gram
# (a tab parts a table's cells: no name runs across it)
_GAP = re.compile(r"[ \u00a0«»“”„\"]*\n?[ \u00a0«»“”„\"]*|[-‐]|\.[ ]?")


_gap_cache: dict[str, bool] = {" ": True}


def _gap_ok(gap: str) -> bool:
    got = _gap_cache.get(gap)
    if got is None:
        got = _GAP.fullmatch(gap) is not None
        if len(_gap_cache) < 10_000:
            _gap_cache[gap] = got
    return got


def _sent(text: str, all_spans, starts, sent) -> Sent:
    a = bisect_left(starts, sent.start)
    b = bisect_left(starts, sent.end)
    spans = all_spans[a:b]
    words = [text[s:e] for s, e in spans]
    gaps = [text[a:b] for (_, a), (b, _) in zip(spans, spans[1:])]
    join = [_gap_ok(g) for g in gaps]
    for k, g in enumerate(gaps):
        if join[k] and g[:1] == "." and len(words[k]) > 2:
            join[k] = False  # a full stop after a word (not an initial, "St.") ends the name
    cfg = config(sent.language)
    cased = script(words[0]) != "arab" if words else True
    caps = [k for k, w in enumerate(words) if w[0].isupper()] if cased else list(range(len(words)))
    return Sent(text, sent.start, sent.end, sent.language, cfg, spans, words, join, cased, caps)


# --- 1. known names ------------------------------------------------------------------

def _written(st: Sent, i: int, m: int) -> str:
    return st.text[st.spans[i][0]:st.spans[i + m - 1][1]]


def _choose(idx: Index, hits, st: Sent, i: int, m: int, lower, prev_covered: bool, key: str = "",
            exact: bool = True):
    """The first hit that suits the words (see the module docstring): (hit, alternatives, fallback).

    A surname standing alone gives the people it may name as `alternatives`, and the next entry
    the words may name (a town spelled like the surname) as `fallback`."""
    h = hits[0]
    if not h & (ABBR | SHORT):  # the common case: a name held as data, no check to make
        e = idx.entries[h >> SHIFT]
        if e.source in ("data", "cldr") and (st.cased or m == 1) and (
                m > 1 or e.kind in ("person", "org") or tok_key(st.words[i]) not in st.cfg.stop):
            return h, [], None
    shorts = []
    for h in hits:
        e = idx.entries[h >> SHIFT]
        if h & ABBR:
            written = _written(st, i, m)
            forms = e.abbr + (e.name,) + tuple(n for ns in e.forms.values() for n in ns if n.isupper())
            if not any(written == f or (written.startswith(f) and not written[len(f):len(f) + 1].isalpha())
                       for f in forms) and not (written.isupper() and len(written) > 1):
                continue
        if h & SHORT:
            if m == 1 and tok_key(st.words[i]) in st.cfg.stop:
                continue
            shorts.append(h >> SHIFT)
            continue
        if not st.cased and m > 1 and (e.source.startswith("geonames")
                                       or any(tok_key(w) in st.cfg.stop for w in st.words[i:i + m])):
            continue  # Persian words joined into a name they do not spell ("ها را با")
        if m == 1 and e.kind in ("place", "venue", "country") and tok_key(st.words[i]) in st.cfg.stop:
            continue  # a name that is also a word ("того", "مالی", "دوشنبه")
        if e.source.startswith("geonames") and m == 1:
            k = tok_key(st.words[i])
            if len(k) < 3:
                continue
            cfg = st.cfg
            if not exact and cfg.name_ending is not None:
                ending = k[len(key):] if k.startswith(key) else ""
                if ending and not cfg.name_ending.fullmatch(ending):
                    continue  # "Mədəni" is no "Madan" + i: a town of GeoNames only takes the plain endings
            if cfg.geonames_skip is not None and cfg.geonames_skip.search(key):
                continue  # "Московская (декларация)": adjectives are no towns
            if cfg.gloss(st.words[i]):
                continue  # a word of the glossary is a word
            if cfg.demonym(st.words[i]):
                continue  # "Kazakh" is the people's word, though GeoNames lists it for a town
            if st.cased:
                if (i == 0 or e.source == "geonames_alt") and lower(st.words[i]):
                    continue  # an ordinary word the text also writes in small letters ("Mədəni", "İki")
                if (not prev_covered and _bare_capital(st, idx, i - 1, i - 1, True)) or \
                        _bare_capital(st, idx, i + 1, i, False):
                    continue  # "Sheikh Safi ...": a word of a longer name we do not know
                if st.words[i].isupper() and len(k) <= 4:
                    continue  # an abbreviation
            elif e.source == "geonames_alt" and len(k) < 4 and e.population < 200_000:
                continue  # short Persian words are too often ordinary words
        if shorts:
            return (shorts[0] << SHIFT) + SHORT, shorts, h
        return h, [], None
    if shorts:
        return (shorts[0] << SHIFT) + SHORT, shorts, None
    return None, [], None


def _bare_capital(st: Sent, idx: Index, k: int, link: int, before: bool) -> bool:
    """Whether word k, joined to its neighbour by join[link], is a capitalised word (not the first of the
    sentence) that is part of no known name (a word before has been read already; one after must
    start no known name)."""
    if k <= 0 or k >= len(st.words) or not st.join[link]:
        return False
    w = st.words[k]
    if not w[:1].isupper() or w.isupper():
        return False
    forms = st.cfg.morph.forms(w)
    if forms[0] in st.cfg.stop or forms[0] in st.cfg.connectors:
        return False
    return before or not any(f in idx.starts for f in forms)


def _lexicon(st: Sent, idx: Index, lower) -> list[Cand]:
    out: list[Cand] = []
    n = len(st.words)
    cfg = st.cfg
    keys, prefixes, starts = idx.keys, idx.prefixes, idx.starts
    arab = not st.cased
    words = st.words
    morph_cache = cfg.morph._cache
    free = 0  # the first word not inside a name found
    for i in st.caps:
        if i < free:
            continue
        w = words[i]
        forms = morph_cache.get(w) or cfg.morph.forms(w)
        if not any(f in starts for f in forms):
            continue  # starts no name: most words end here
        # Grow the name word by word while what is read so far starts a longer name; the words
        # may stand in any dictionary form the endings allow (Russian: every word; others: the
        # last word only, the others as written).
        found = []  # (length, key, exact)
        alive = [("", True)]
        j = 0
        while i + j < n and alive:
            if j:
                forms = morph_cache.get(words[i + j]) or cfg.morph.forms(words[i + j])
            nxt = []
            for p, ex in alive:
                for fi, f in enumerate(forms):
                    key = (p + f) if arab else (f"{p} {f}" if p else f)
                    exact = ex and fi == 0
                    if key in keys:
                        found.append((j + 1, key, exact))
                    if (fi == 0 or cfg.multi) and key in prefixes:
                        nxt.append((key, exact))
            if len(nxt) > MAX_PRODUCT:
                nxt = nxt[:MAX_PRODUCT]
            alive = nxt
            if i + j + 1 >= n or not st.join[i + j]:
                break
            j += 1
        if not found:
            continue
        hit = None
        prev_covered = bool(out) and out[-1].t1 == i
        if len(found) > 1:
            found.sort(key=lambda x: (-x[0], not x[2]))
        for m, key, exact in found:
            if m == 1 and not exact and not arab and key in cfg.stop:
                continue  # "Oktyabrın" is October's, not a town called Oktyabr
            h, alts, fallback = _choose(idx, keys[key], st, i, m, lower, prev_covered, key, exact)
            if h is not None:
                hit = (m, h, alts, exact, fallback)
                break
        if hit is None:
            continue
        m, h, alts, exact, fallback = hit
        e = idx.entries[h >> SHIFT]
        if e.kind in ("venue", "org") and i > 0 and st.text[st.spans[i - 1][1]:st.spans[i][0]] in ("-", "\u2011"):
            continue  # "All-Russian Museum ...": the end of a longer name, not the Russian Museum
        s, end = st.spans[i][0], st.spans[i + m - 1][1]
        prio = _PRIO[e.kind]
        if e.source.startswith("geonames"):
            prio = 2
        c = Cand(s, end, e.kind, e.name, prio, i, i + m, h >> SHIFT, e.country, e.lat, e.lon, e.geonames_id,
                 exact=exact, ending="" if exact else st.words[i + m - 1], alternatives=alts,
                 source="lexicon", lang=st.lang)
        if h & SHORT:
            c.prio = 3
            c.fallback = fallback
            c.after = bool(h & AFTER)
        out.append(c)
        free = i + m
    return out


def _town_adjectives(st: Sent, idx: Index, cands) -> list[Cand]:
    """Towns named by their adjective in small letters ("на сцене парижской Гранд-опера", "пекинский лейбл"): the
    town, where no other name covers the word. Written by hand: no library derives Russian adjectives of place
    names."""
    cfg = st.cfg
    cov = covered(st, cands)
    out = []
    for k, w in enumerate(st.words):
        if cov[k] is not None or len(w) < 7 or not w[0].islower():
            continue  # (capitalised, it names a document or a body: "Московская декларация")
        m = cfg.town_adjective.search(w)
        if m is None:
            continue
        stem = tok_key(w[:m.start()])
        hit = None
        if stem in cfg.town_adjective_stems:
            hit = idx.by_name.get(("place", cfg.town_adjective_stems[stem]))
        else:
            for key in (stem + tail for tail in cfg.town_adjective_tails):  # Париж-ск-ий, Казан(ь)-ск-ий
                entries = [h >> SHIFT for h in idx.keys.get(key, ()) if idx.entries[h >> SHIFT].kind == "place"]
                if entries:
                    hit = entries[0]
                    break
        if hit is None:
            continue
        e = idx.entries[hit]
        s, end = st.spans[k]
        out.append(Cand(s, end, "place", e.name, 2, k, k + 1, hit, e.country, e.lat, e.lon, e.geonames_id,
                        source="adjective", lang=st.lang))
    return out


def _demonyms(st: Sent, idx: Index) -> list[Cand]:
    out = []
    rx = st.cfg.demonym_rx
    if rx is None:
        return out
    for m in rx.finditer(st.text, st.start, st.end):
        code = st.cfg.demonym_codes[m.lastindex - 1]
        k = st.tok_at(m.start())
        name = idx.country_names.get(code, code)
        out.append(Cand(m.start(), m.end(), "country", name, 4, k, k + 1, None, code, source="demonym", lang=st.lang))
    return out


# --- overlaps and output ---------------------------------------------------------------

# What stands between a venue and the place or country it belongs to: "the Bolshoi Theatre of Belarus"
# (after it), "Belarus Böyük Teatrı" (right before it). A place merely next to a venue is often the
# start of the next phrase ("Kreml Sarayında Azərbaycan Respublikasının ..."), so nothing looser.
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(r"[ \t]")


def _foreign_venues(text: str, cands: list[Cand]) -> list[Cand]:
    """Without the venues written as belonging to a place or country of another country: "the Bolshoi
    Theatre of Belarus" is Minsk's, not the Moscow one the lexicon holds under "Bolshoi Theatre"."""
    owners = [c for c in cands if c.kind in ("country", "place") and c.country]
    if not owners:
        return cands
    out = []
    for c in cands:
        if c.kind == "venue" and c.country and any(
                o.country != c.country and (
                    (o.s >= c.e and _OWNER_AFTER.fullmatch(text, c.e, o.s))
                    or (o.e <= c.s and _OWNER_BEFORE.fullmatch(text, o.e, c.s))) for o in owners):
            continue
        out.append(c)
    return out


def _resolve(cands: list[Cand]) -> list[Cand]:
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.e - c.s), c.prio, c.s)):
        if any(c.s < b and a < c.e for a, b in taken):
            continue
        chosen.append(c)
        taken.append((c.s, c.e))
    for c in chosen:  # "Kazan Federal University", "Naxçıvan Dövlət Universiteti", "دانشگاه تبریز"
        if c.kind == "org" and c.seat is None:
            # The first town of the name: "the Baku branch of Moscow State University" is in Baku.
            c.seat = min((t for t in cands if t.kind == "place" and t.geonames_id is not None
                          and c.s <= t.s and t.e <= c.e), key=lambda t: t.s, default=None)
    return sorted(chosen, key=lambda c: c.s)


def _eponyms(st: Sent, cands: list[Cand]) -> list[Cand]:
    """People and places written as part of another name ("Rudomino adına", "имени Пушкина", "имени
    Ломоносова" - no town Lomonosov) are not there, and neither is a venue whose branch is meant."""
    cfg = st.cfg
    out = []
    for c in cands:
        if c.kind == "venue" and (
                (cfg.branch_before and cfg.branch_before.search(st.text, max(st.start, c.s - 25), c.s))
                or (cfg.branch_after and cfg.branch_after.match(st.text, c.e, st.end))
                or (cfg.other_venue_before and cfg.other_venue_before.search(st.text, max(st.start, c.s - 40), c.s))
                or (cfg.other_venue_after and cfg.other_venue_after.match(st.text, c.e, st.end))):
            continue
        if c.kind == "place" and c.t0 > 0 and tok_key(st.words[c.t0 - 1]) in cfg.not_place_before:
            continue
        if c.kind in ("person", "place"):
            if cfg.eponym_after and c.t1 < len(st.words) and tok_key(st.words[c.t1]) in cfg.eponym_after:
                continue
            if cfg.eponym_before and cfg.eponym_before.search(st.text, max(st.start, c.s - 20), c.s):
                continue
        out.append(c)
    return out


def _written_as_seat(st: Sent, c: Cand) -> bool:
    """Whether an organisation is written as where something was: after "at", "в", "در" (skipping
    the words that may open its name: "the", "the State") or with a locative ending."""
    cfg = st.cfg
    if c.t0 > 0 and tok_key(st.words[c.t0 - 1]) in cfg.seat_before:
        return True
    if c.t0 > 1 and tok_key(st.words[c.t0 - 2]) in cfg.seat_before and tok_key(st.words[c.t0 - 1]) in cfg.stop:
        return True
    return cfg.seat_case is not None and bool(cfg.seat_case.search(st.words[c.t1 - 1]))


def _written_as_place(st: Sent, c: Cand) -> bool:
    """Whether a surname that is also a town's name ("Pushkin", "Şəhriyar") is written as a place:
    after a word that puts a place ("in Pushkin", "в Пушкине", "در شهریار") or with a place case
    ending ("Şəhriyarda"). Otherwise "a bust of Pushkin" is the poet, named by his surname alone."""
    cfg = st.cfg
    if c.t0 > 0 and tok_key(st.words[c.t0 - 1]) in cfg.place_before:
        return True
    return cfg.place_case is not None and not c.exact and bool(cfg.place_case.search(st.words[c.t1 - 1]))


def annotate(seg: Segmented, sentences: Iterable[int] | None = None) -> list[Mention]:
    """Places, people, organisations and countries of a segmented text, as Mentions.

    `sentences`, when given, are the indices (in seg.sentences) of the only sentences to read: the
    events stage needs the mentions of a few (bilat.events.mention_sentences), and natasha costs
    about 8 s per MB. Whether a word is also written in small letters is still judged on the whole
    text; what earlier sentences tell (the full name before a surname alone) comes from the
    sentences read only."""
    idx = index()
    text = seg.text.text
    all_spans = [m.span() for m in TOKEN.finditer(text)]
    starts = [s for s, _ in all_spans]
    lower_words: set[str] | None = None

    def lower(word: str) -> bool:
        """Whether the text also writes this word in small letters (then it is an ordinary word)."""
        nonlocal lower_words
        if lower_words is None:  # made on first need
            lower_words = {text[s:e] for s, e in all_spans if text[s].islower()}
        return (word[:1].lower() + word[1:]).replace("i\u0307", "i") in lower_words  # İ -> i, not i + dot

    per_sent: list[tuple[Sent, list[Cand]]] = []
    natasha_wanted: list[int] = []
    wanted = None if sentences is None else set(sentences)
    for si, sent in enumerate(seg.sentences):
        if wanted is not None and si not in wanted:
            continue
        st = _sent(text, all_spans, starts, sent)
        if not st.words:
            continue
        cands = _lexicon(st, idx, lower)
        cands += _demonyms(st, idx)
        cands += people.patterns(st, idx, cands)
        cands += orgs.find(st, idx, cands)
        if st.cfg.town_adjective is not None:
            cands += _town_adjectives(st, idx, cands)
        cands = _foreign_venues(text, _resolve(cands))
        if st.lang == "ru" and people.wants_ner(st, cands):
            natasha_wanted.append(len(per_sent))
        per_sent.append((st, cands))
    if natasha_wanted:
        extra = people.natasha([per_sent[k][0] for k in natasha_wanted], idx,
                               [per_sent[k][1] for k in natasha_wanted])
        for k, more in zip(natasha_wanted, extra):
            if more:
                st, cands = per_sent[k]
                per_sent[k] = (st, _resolve(cands + more))
    out: list[Mention] = []
    recent: dict[int, int] = {}  # person entry -> position of its last mention
    surnames: dict[str, Cand] = {}  # surname key -> the person no lexicon knows, named in full before
    by_patronymic: dict[tuple[str, str], Cand] = {}  # (first name, patronymic) -> that person named in full
    for st, cands in per_sent:
        cands = _eponyms(st, cands)
        for c in cands:
            if c.seat is not None and not _written_as_seat(st, c):
                c.seat = None
        if surnames:
            cands = people.surname_mentions(st, idx, cands, surnames)
        people.roles(st, idx, cands)
        cov = None
        for c in cands:
            if c.kind == "person" and c.alternatives and st.cased and c.t0 > 1 and st.join[c.t0 - 1]:
                # "the pianist Sabina Aliyeva": a first name no Aliyeva of the lexicon has, another person.
                cov = cov or covered(st, cands, names=True)
                if people.name_word(st, c.t0 - 1, cov):
                    out.extend(_mentions(seg, people.person(st, idx, c.t0 - 1, c.t1, "pattern"), idx))
                    continue
            if c.kind == "person" and c.alternatives:
                known = [a for a in c.alternatives if a in recent]
                initial = _initial_before(st, c)
                by_initial = [a for a in c.alternatives if initial and any(
                    f[:1] == initial for f in idx.entries[a].forms.get(st.lang, ()))]
                if len(by_initial) == 1:
                    pick = by_initial[0]  # "Г. А. Алиев": the Aliyev whose first name starts with Г
                elif known:
                    pick = max(known, key=lambda a: recent[a])
                elif c.fallback is not None and _written_as_place(st, c):
                    # "Shahriar" alone and the poet not named before: the town of that name
                    e = idx.entries[c.fallback >> SHIFT]
                    c.kind, c.entry, c.name, c.country = e.kind, c.fallback >> SHIFT, e.name, e.country
                    c.lat, c.lon, c.geonames_id = e.lat, e.lon, e.geonames_id
                    out.extend(_mentions(seg, c, idx))
                    continue
                elif len(c.alternatives) == 1 and not c.after:
                    pick = c.alternatives[0]
                else:
                    continue  # "Əliyev" alone, and no Əliyev named before
                e = idx.entries[pick]
                c.entry, c.name, c.country = pick, e.name, c.country or e.country
            if c.kind == "person" and c.entry is not None:
                recent[c.entry] = c.s
            full = _named_in_full(st, c, surnames) if c.kind == "person" and c.entry is None and surnames else None
            if full is not None:
                # "Ерлан Сарсенбаев ... во главе с Е. Сарсенбаевым", "... Сарсенбаев отметил" (natasha's own finds)
                c.name, c.country = full.name, c.country or full.country
            elif c.kind == "person" and c.entry is None and c.t1 - c.t0 >= 2:
                for key in people.surname_keys(st, c):
                    surnames[key] = c
            if c.kind == "person" and st.cfg.patronymic is not None and c.t1 - c.t0 >= 2 and \
                    st.cfg.patronymic.fullmatch(st.words[c.t0 + 1]):
                # "Константин Аркадьевич Белозёров ... Константин Аркадьевич": the person named in full before
                key = (tok_key(st.words[c.t0])[:5], tok_key(st.words[c.t0 + 1])[:6])
                if not _LATIN_PATRONYMIC.search(c.name):
                    by_patronymic[key] = c
                elif key in by_patronymic:
                    full = by_patronymic[key]
                    c.name, c.entry, c.country = full.name, full.entry, c.country or full.country
            out.extend(_mentions(seg, c, idx))
    return out


def _named_in_full(st, c, surnames: dict):
    """The person named in full before whom a surname alone, or initials and a surname, name again (their
    initials those of the full name's first words)."""
    words = c.name.split()
    last = st.words[c.t1 - 1]  # (the word as written, then its dictionary form: in this order, whatever the hash seed)
    full = next((surnames[k] for k in (tok_key(last), tok_key(people.strip_ending(last, st.cfg))) if k in surnames), None)
    if full is None or full.name == c.name:
        return None
    given = full.name.split()[:-1]
    if not given or any(g.endswith(".") for g in given):
        return None  # (a full name only)
    initials = [w.rstrip(".") for w in words[:-1]]
    if any(not w.endswith(".") for w in words[:-1]) or len(initials) > len(given) or not all(
            g.lower().startswith(i.lower()) for i, g in zip(initials, given)):
        return None  # "Иван Сидоров" after "Пётр Сидоров": another Sidorov
    return full


# A name whose last word is a patronymic, transliterated ("Konstantin Arkadyevich"): a first name and
# patronymic without the surname, the way Russian refers to a person named in full before.
_LATIN_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna|ichna)$", re.I)


def _initial_before(st: Sent, c: Cand) -> str | None:
    """The first of the initials written right before a name ("Г." of "Г. А. Алиев"), if any."""
    k = c.t0
    while k > 0 and people.is_initial(st, k - 1):
        k -= 1
    return st.words[k] if k < c.t0 else None


def _mention(seg: Segmented, c: Cand, kind: str, name: str, **kw) -> Mention:
    os_, oe = seg.text.to_orig(c.s, c.e)
    if kind == "person" and "died" not in kw:
        kw["died"] = lexicon.died(name)
    return Mention(kind=kind, start=c.s, end=c.e, text=seg.text.doc.text[os_:oe], name=name, language=c.lang,
                   orig_start=os_, orig_end=oe, **kw)


def _mentions(seg: Segmented, c: Cand, idx: Index) -> list[Mention]:
    if c.kind == "venue":
        e = idx.entries[c.entry]
        city = idx.entries[e.city] if e.city is not None else None
        out = [_mention(seg, c, "place", c.name, country=c.country, lat=c.lat, lon=c.lon)]
        if city is not None:
            out.append(_mention(seg, c, "place", city.name, country=city.country, lat=city.lat, lon=city.lon,
                                geonames_id=city.geonames_id))
        return out
    if c.kind == "place":
        return [_mention(seg, c, "place", c.name, country=c.country, lat=c.lat, lon=c.lon, geonames_id=c.geonames_id)]
    if c.kind == "person":
        return [_mention(seg, c, "person", c.name, country=c.country, role=c.role)]
    if c.kind == "org":
        seat = _mentions(seg, c.seat, idx)[0] if c.seat is not None else None
        return [_mention(seg, c, "org", c.name, country=c.country, seat=seat)]
    out = [_mention(seg, c, "country", c.name, country=c.country)]
    capital = _capital_of(seg.text.text, c)
    if capital is not None:
        e = idx.entries[capital]
        out.append(_mention(seg, c, "place", e.name, country=e.country, lat=e.lat, lon=e.lon, geonames_id=e.geonames_id))
    return out


def _capital_of(text: str, c: Cand) -> int | None:
    """The capital a country names written as "the capital of Azerbaijan", "столицу Азербайджана", "the Kazakh
    capital", "Qazaxıstanın paytaxtı", "پایتخت قزاقستان" (`capital_before` / `capital_after` of the language)."""
    if not c.country or c.lang not in langdata.available():
        return None
    cfg = config(c.lang)
    if (cfg.capital_before is not None and cfg.capital_before.search(text, max(0, c.s - 40), c.s)) or (
            cfg.capital_after is not None and cfg.capital_after.match(text, c.e)):
        return lexicon.capital(c.country)
    return None
