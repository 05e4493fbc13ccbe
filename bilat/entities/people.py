"""People who are in no lexicon, their canonical names, and the roles the text gives them.

Patterns (language data in `[entities]` of bilat/lang/*.toml):

* a title and the capitalised words right after it ("Rusiya Prezidenti Boris
  Yeltsinin", "министр культуры РФ Александр Авдеев"; up to `title_gap` words
  between them: domains, countries);
* a capitalised first name and a surname with a typical ending (`surname`:
  -ov, -yeva, -zadə, -li ...), its case ending removed by the language's
  endings (harmony-checked: "Qarayevin" -> Qarayev, "Əliyeva" stays);
* initials and a capitalised word ("A.S.Puşkin");
* Persian, which has no capital letters: the words after an honorific (آقای,
  خانم), after a title with its field and country (وزیر فرهنگ ایران ...), and
  the two or three words right before a title (الهام علی اف رئیس جمهور ...);
* Russian: natasha's NER (slovnet) on the sentences that may hold a person
  no lexicon knows, with natasha's normal form (nominative) for the name;
  a name found by a pattern that natasha does not call a person is dropped.
  The models load once, on first use.
* later, the surname alone of a person named in full before.

A name found this way is compared with the lexicon's names by rapidfuzz on
Latin keys (and on consonant skeletons for Persian), so a new spelling of a
known person still gets the canonical name; otherwise it keeps a Latin
transliteration of its dictionary form.

Why patterns by hand: natasha covers Russian only, and no NER model for
Azerbaijani or Persian is available without downloading weights; titles,
surname endings and honorifics are what these texts name people by, and they
are kept as data per language. Roles are composed from the title, its field
and its country ("Minister of Culture of Azerbaijan") since no library maps
"Mədəniyyət və turizm naziri" to an English role.
"""
from __future__ import annotations

import os
import re
import sys
import threading
from bisect import bisect_right

from bilat.entities.base import Cand, covered
from bilat.entities.config import find_titles, label_of
from bilat.entities.keys import APOSTROPHES, fuzzy_key, latin, name_key, skeleton, tok_key
from bilat.entities.lexicon import SHIFT, SHORT, Index

FUZZY_CUTOFF = 90  # rapidfuzz ratio (0-100) from which a name is a lexicon person's
_PUNCT = re.compile(r"[.;:!?()\[\]«»“”„\"…،؛؟]")
_CLAUSE = re.compile(r"[,;:()\[\]«»“”„\"،؛]|[.!?؟](?=\s)")


def _covered(st, cands, names: bool = False):
    return covered(st, cands, names)


def is_initial(st, k) -> bool:
    w = st.words[k]
    end = st.spans[k][1]
    return len(w) == 1 and w.isupper() and st.text[end:end + 1] == "."


def name_word(st, k, cov) -> bool:
    w = st.words[k]
    if cov[k] is not None or not w[:1].isupper() or len(w) < 2:
        return False
    if w.isupper():
        return False  # an abbreviation
    cfg = st.cfg
    key = tok_key(w)
    if key in cfg.stop or key in cfg.connectors:
        return False
    if cfg.head(w) or cfg.demonym(w) or cfg.gloss(w):
        return False
    if cfg.titles is not None and cfg.titles.match(st.text, st.spans[k][0]):
        return False  # "Şeyxülislam Allahşükür Paşazadə": a title, then the name
    return True


def _clean(text: str) -> bool:
    return not _PUNCT.search(text)


def strip_ending(word: str, cfg) -> str:
    """The dictionary form of a name's last word: the ending removed when the language allows it,
    preferring a form that looks like a surname ("Qarayevin" -> Qarayev, "Ələkbərli" stays)."""
    stems = [s for s in cfg.morph.stems(word) if len(s) >= cfg.morph.min_stem]
    if stems and any(a in word for a in APOSTROPHES):
        return stems[0]  # "Aliyev's", "Bakı'da"
    sur = cfg.surname
    if sur is None:
        return stems[0] if stems else word
    if cfg.surname_any is not None:
        sur = cfg.surname_any
    if cfg.surname_keep is not None and cfg.surname_keep.search(word):
        return word  # "Həsənova" is a woman's surname before it is "to Həsənov"
    # The longest ending whose removal leaves a surname: "Məmmədlinin" -> Məmmədli, not Məmmədlin.
    best = None
    for s in stems:
        if sur.search(s) and (best is None or len(s) < len(best)):
            best = s
    if best is not None:
        return best
    if sur.search(word):
        return word
    # Not shaped like a surname ("Abdullah Gülün"): only the endings the language lists for such names
    # go (case endings with a consonant), since a final vowel or "-la" is as often the name's own
    # (Nizami, Xatəmi, Abdulla).
    if cfg.name_ending is not None:
        for s in stems:
            if word.lower().startswith(s.lower()) and cfg.name_ending.fullmatch(word[len(s):].lower()):
                return s
    return word


def _fuzzy(idx: Index, key: str) -> int | None:
    from rapidfuzz import fuzz, process

    if not key:
        return None
    choices = getattr(idx, "_fuzzy_keys", None)
    if choices is None:
        choices = [k for k, _ in idx.fuzzy]
        idx._fuzzy_keys = choices
    got = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if got is None:
        return None
    # The same number of words: "Ilham Aliyev" is no "Aliyev".
    if len(got[0].split()) != len(key.split()):
        return None
    return idx.fuzzy[got[2]][1]


def without_patronymic(words: list[str], cfg) -> list[str] | None:
    """The words of a name without its patronymic ("Константин Аркадьевич Белозёров" -> Константин Белозёров,
    "Rəşid Məcid oğlu Behbudov" -> Rəşid Behbudov); None when it has none."""
    if len(words) < 3:
        return None
    if cfg.patronymic is not None:
        kept = [w for w in words[1:-1] if not cfg.patronymic.fullmatch(w)]
        if len(kept) < len(words) - 2:
            return [words[0], *kept, words[-1]]
    for i in range(2, len(words) - 1):
        if tok_key(words[i]) in cfg.patronymic_marker:
            return words[:i - 1] + words[i + 1:]
    return None


def _by_initials(words: list[str], st, idx: Index) -> int | None:
    """The one person of the lexicon a surname after initials names ("Н. А. Назарбаев": the Nazarbayev
    whose first name starts with Н), if exactly one."""
    if len(words) < 2 or not all(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words[:-1]):
        return None
    initial = words[0][:1]
    by_surname = getattr(idx, "_by_surname", None)
    if by_surname is None:  # surname key -> (entry, first letters of its first names), made on first need
        by_surname = {}
        for i, e in enumerate(idx.entries):
            if e.kind != "person":
                continue
            for lang, forms in e.forms.items():
                for f in forms:
                    parts = f.split()
                    if len(parts) >= 2:
                        by_surname.setdefault((lang, name_key(parts[-1])), set()).add((i, parts[0][:1]))
        idx._by_surname = by_surname
    found = {i for i, first in by_surname.get((st.lang, name_key(words[-1])), ()) if first == initial}
    return found.pop() if len(found) == 1 else None


def canonical(words: list[str], st, idx: Index, normal: str | None = None):
    """(name, entry or None) for a person's name written as `words` (natasha's `normal` form if given)."""
    cfg = st.cfg
    parts = list(words)
    if normal is None and parts:
        parts[-1] = strip_ending(parts[-1], cfg)
    elif normal and cfg.surname is not None and not cfg.surname.search(normal):
        # natasha leaves a surname it does not know in its case ("Е. Сарсенбаевым"): its dictionary form, when
        # that one is shaped like a surname
        *head, last = normal.split()
        stem = strip_ending(last, cfg)
        if stem != last and cfg.surname.search(stem):
            normal = " ".join(head + [stem])
    written = normal or " ".join(f"{w}." if len(w) == 1 else w for w in parts)
    hits = idx.keys.get(name_key(written))
    if hits:
        for h in hits:
            e = idx.entries[h >> SHIFT]
            if e.kind == "person" and not h & SHORT:
                return e.name, h >> SHIFT
    short = without_patronymic(written.split(), cfg)
    if short is not None:
        return canonical(short, st, idx, " ".join(short))
    initialled = _by_initials(written.split(), st, idx)
    if initialled is not None:
        return idx.entries[initialled].name, initialled
    if not st.cased:
        sk = skeleton(written)
        if len(sk) >= 4 and sk in idx.skeletons and len(set(idx.skeletons[sk])) == 1:
            i = idx.skeletons[sk][0]
            return idx.entries[i].name, i
    i = _fuzzy(idx, fuzzy_key(written, st.lang))
    if i is not None:
        return idx.entries[i].name, i
    name = latin(written, st.lang)
    name = " ".join(w[:1].upper() + w[1:] for w in name.split())
    return name, None


def person(st, idx, k0, k1, source, prio=2, normal=None):
    words = st.words[k0:k1]
    name, entry = canonical(words, st, idx, normal)
    country = idx.entries[entry].country if entry is not None else None
    return Cand(st.spans[k0][0], st.spans[k1 - 1][1], "person", name, prio, k0, k1, entry, country,
                source=source, lang=st.lang)


def _run(st, k, cov, limit=4):
    """The capitalised name words (and initials) from word k on: their end index (k if none)."""
    n = len(st.words)
    j = k
    words = 0
    while j < n and words < limit:
        if j > k and not st.join[j - 1]:
            break
        if is_initial(st, j) and cov[j] is None:
            j += 1
            continue
        if name_word(st, j, cov):
            j += 1
            words += 1
            continue
        break
    while j > k and is_initial(st, j - 1):
        j -= 1  # initials need a name after them
    return j


def patterns(st, idx: Index, cands) -> list:
    cfg = st.cfg
    cov = _covered(st, cands, names=True)
    out = []
    taken = set()

    def add(c):
        if any(k in taken for k in range(c.t0, c.t1)):
            return
        out.append(c)
        taken.update(range(c.t0, c.t1))

    n = len(st.words)
    for m_start, m_end, label in find_titles(st):
        k = st.tok_at(m_end)
        if st.cased:
            g = 0
            while k < n and g < cfg.title_gap and _clean(st.text[m_end:st.spans[k][0]]):
                c = cov[k]
                d = cfg.domains.match(st.text, st.spans[k][0]) if cfg.domains is not None else None
                if d is not None:  # "Minister of Foreign Affairs ..."
                    k = st.tok_at(d.end())
                    g += 1
                elif c is not None and c.kind in ("country", "place"):
                    k = c.t1
                    g += 1
                elif not st.words[k][:1].isupper() or tok_key(st.words[k]) in cfg.connectors:
                    k += 1
                    g += 1
                else:
                    break
            if k >= n or not _clean(st.text[m_end:st.spans[k][0]]):
                continue
            j = _run(st, k, cov, 3)
            real = [w for w in st.words[k:j] if len(w) > 1]
            if not real:
                continue
            if len(real) == 1 and not (cfg.surname and cfg.surname.search(strip_ending(real[0], cfg))):
                if st.text[m_end:st.spans[k][0]].strip():
                    continue  # one unknown word after a title and other words: too weak
            add(person(st, idx, k, j, "title"))
        else:
            if not label:  # an honorific: the name follows it
                j = k
                while j < n and j - k < 3 and _fa_name_word(st, j, cov) and (j == k or st.join[j - 1]):
                    j += 1
                if j > k and _clean(st.text[m_end:st.spans[k][0]]):
                    add(person(st, idx, k, j, "title"))
                continue
            # a title, its field and country, then the name ("وزیر فرهنگ ایران محمدمهدی اسماعیلی")
            j, gap = k, 0
            while j < n and gap < cfg.title_gap + 2 and _clean(st.text[m_end:st.spans[j][0]]):
                d = cfg.domains.match(st.text, st.spans[j][0]) if cfg.domains is not None else None
                c = cov[j]
                if d is not None:
                    j, gap = st.tok_at(d.end()), gap + 1
                elif c is not None and c.kind in ("country", "place", "org") and c.t0 == j:
                    j, gap = c.t1, gap + 1
                else:
                    break
            if gap and j < n and _clean(st.text[m_end:st.spans[j][0]]):
                e = j
                while e < n and e - j < 3 and _fa_name_word(st, e, cov) and (e == j or st.join[e - 1]):
                    e += 1
                if e - j >= 2:
                    add(person(st, idx, j, e, "title"))
                    continue
            # the two or three words right before a title
            # ... or set off by a comma ("محمدحسین صفار هرندی، وزیر فرهنگ"), the apposition Persian favours.
            k1 = st.tok_at(m_start)
            k0 = k1
            appos = k1 > 0 and st.text[st.spans[k1 - 1][1]:m_start].strip() in ("،", ",")
            while k0 > 0 and k1 - k0 < 3 and _fa_name_word(st, k0 - 1, cov) and (
                    st.join[k0 - 1] or (k0 == k1 and appos)):
                k0 -= 1
            if k1 - k0 >= 2 and (k0 == 0 or not _clean(st.text[st.spans[k0 - 1][1]:st.spans[k0][0]])
                                 or tok_key(st.words[k0 - 1]) in cfg.stop):
                add(person(st, idx, k0, k1, "title"))
    if st.cased:
        free = 0
        for k in st.caps:
            if k < free or k in taken or cov[k] is not None:
                continue
            if is_initial(st, k):
                j = _run(st, k, cov, 1)
                if j > k and not is_initial(st, j - 1):
                    add(person(st, idx, k, j, "initials"))
                    free = j
                    continue
            if (k + 1 < n and cfg.surname is not None and st.join[k] and name_word(st, k, cov)
                    and st.text[st.spans[k][1]:st.spans[k + 1][0]].isspace()
                    and name_word(st, k + 1, cov) and k + 1 not in taken):
                last = strip_ending(st.words[k + 1], cfg)
                if cfg.surname.search(last):
                    add(person(st, idx, k, k + 2, "surname"))
                    free = k + 2
                    continue
            if cfg.person_before is not None or cfg.person_after is not None:
                j = _run(st, k, cov, 3)
                if j - k >= 2 and j not in taken and all(len(w) > 1 and tok_key(w) not in cfg.not_person
                                                         for w in st.words[k:j]) and (
                        (cfg.person_after is not None and cfg.person_after.match(st.text, st.spans[j - 1][1])) or (
                        cfg.person_before is not None and cfg.person_before.search(
                            st.text, max(0, st.spans[k][0] - 30), st.spans[k][0])) or (
                        # ... or after "and" after a person ("by Swaran Singh and Andrei Gromyko")
                        k >= 2 and tok_key(st.words[k - 1]) in cfg.connectors and (k - 2 in taken or (
                            cov[k - 2] is not None and cov[k - 2].kind == "person")))):
                    add(person(st, idx, k, j, "context"))
                    free = j
    return out


def _fa_name_word(st, k, cov) -> bool:
    if cov[k] is not None:
        return False  # a known name (the lexicon's person stands) or a place, an organisation
    if k + 1 < len(st.words) and tok_key(st.words[k + 1]) in st.cfg.verbs:
        return False  # "سخنرانی کرد": part of the predicate
    key = tok_key(st.words[k])
    return key not in st.cfg.stop and len(key) >= 2 and not st.cfg.head(st.words[k])


# --- a surname alone, after the full name -------------------------------------------------

def surname_keys(st, c) -> set[str]:
    """Keys of the surname of a person found by a pattern (the last word, with and without its ending)."""
    w = st.words[c.t1 - 1]
    return {tok_key(w), tok_key(strip_ending(w, st.cfg))}


def surname_mentions(st, idx: Index, cands, surnames: dict) -> list:
    """The surname of a person named in full before ("Adil Kərimli ... Kərimli bildirib"), also where a
    town of that name was read ("محمدمهدی اسماعیلی ... اسماعیلی" is no Ismayıllı)."""
    cfg = st.cfg
    cov = _covered(st, cands, names=True)
    out = [c for c in cands if not (c.kind == "place" and c.prio >= 2 and c.t1 - c.t0 == 1
                                    and _surname_of(st, c.t0, surnames))]
    cov = _covered(st, out)
    for k in st.caps:
        if cov[k] is not None:
            continue
        if not st.cased and tok_key(st.words[k]) in cfg.stop:
            continue
        full = _surname_of(st, k, surnames)
        if full is not None:
            out.append(Cand(st.spans[k][0], st.spans[k][1], "person", full.name, 3, k, k + 1, full.entry,
                            full.country, source="surname", lang=st.lang))
    return sorted(out, key=lambda c: c.s)


def _surname_of(st, k, surnames):
    w = st.words[k]
    for f in st.cfg.morph.forms(w):
        if f in surnames:
            return surnames[f]
    return None


# --- natasha (Russian) ---------------------------------------------------------------

def wants_ner(st, cands) -> bool:
    """Whether a Russian sentence may hold a person no lexicon knows: two capitalised words nothing
    explains side by side, initials before one, or one shaped like a surname ("Васильеву"). Single
    capitalised words (titles of documents: "подписали Декларацию") do not send it to natasha."""
    if any(c.kind == "person" and c.entry is None for c in cands):
        return True  # natasha gives its name in the nominative ("Петра Васильева" -> Пётр Васильев)
    cov = _covered(st, cands)
    cfg = st.cfg
    sur = cfg.surname_any or cfg.surname
    last_bare = -2
    for k in st.caps:
        w = st.words[k]
        if cov[k] is not None or w.isupper() or len(w) < 2 or tok_key(w) in cfg.stop:
            continue
        if last_bare == k - 1 and st.join[k - 1]:
            return True
        if k > 0 and is_initial(st, k - 1):
            return True
        if sur is not None and k > 0 and any(sur.search(f) for f in (w, *cfg.morph.stems(w))):
            return True
        last_bare = k
    return False


def _one_blas_thread():
    """natasha's networks multiply small matrices, where BLAS threads only spin: on a loaded machine
    they doubled the CPU time of the entity stage and halved its speed. One thread, unless the user
    set the number (the variables are read when numpy loads, so only when it is not loaded yet)."""
    if "numpy" not in sys.modules:
        for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")


class _Natasha:
    def __init__(self):
        _one_blas_thread()
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        emb = NewsEmbedding()
        self.segmenter = Segmenter()
        self.ner = NewsNERTagger(emb)
        self.morph = NewsMorphTagger(emb)
        self.vocab = MorphVocab()


_models = None
_models_lock = threading.Lock()
_models_failed = False


def _natasha_models():
    global _models, _models_failed
    if _models is None and not _models_failed:
        with _models_lock:
            if _models is None and not _models_failed:
                try:
                    _models = _Natasha()
                except Exception:  # natasha or its bundled models missing: patterns only
                    _models_failed = True
    return _models


def natasha(sts, idx: Index, cands_list) -> list[list]:
    """Extra candidates from natasha's NER for the given Russian sentences (one list per sentence).

    natasha tags PER spans; the sentences holding a person that no lexicon names are then
    morph-tagged (only those: morphology costs as much as NER) for natasha's normal form."""
    out = [[] for _ in sts]
    m = _natasha_models()
    if m is None:
        return out
    from natasha import Doc
    from natasha.doc import inject_morph

    pieces, offsets, pos = [], [], 0
    for st in sts:
        offsets.append(pos)
        piece = st.text[st.start:st.end].replace("\n", " ")
        pieces.append(piece)
        pos += len(piece) + 1
    doc = Doc("\n".join(pieces))
    doc.segment(m.segmenter)
    doc.tag_ner(m.ner)
    # Places come from the gazetteer and organisations from the head-noun patterns: natasha also tags
    # happenings ("Дни культуры") as ORG.
    pending = []
    for sp in doc.spans:
        if sp.type != "PER":
            continue
        k = bisect_right(offsets, sp.start) - 1
        st, cands = sts[k], cands_list[k]
        s = st.start + sp.start - offsets[k]
        e = st.start + sp.stop - offsets[k]
        overlap = [c for c in cands if c.s < e and s < c.e]
        if overlap and not all(c.kind == "person" and c.entry is None for c in overlap):
            continue
        k0, k1 = st.tok_at(s), st.tok_at(e)
        if k1 <= k0 or not any(w[:1].isupper() for w in st.words[k0:k1]):
            continue
        pending.append((sp, k, s, e, k0, k1, overlap))
    if pending:
        wanted = {id(sp) for sp, *_ in pending}
        sents = [sent for sent in doc.sents if any(id(sp) in wanted for sp in sent.spans or ())]
        markups = m.morph.map([[t.text for t in sent.tokens] for sent in sents])
        for sent, markup in zip(sents, markups):
            inject_morph(sent.tokens, markup.tokens)
    for sp, k, s, e, k0, k1, overlap in pending:
        st = sts[k]
        try:
            sp.normalize(m.vocab)
            normal = sp.normal or sp.text
        except Exception:
            normal = sp.text
        new = person(st, idx, k0, k1, "natasha", 3, normal)
        if overlap:
            for c in overlap:  # a name found by a pattern: natasha's span and normal form name it
                c.name, c.entry, c.country = new.name, new.entry, c.country or new.country
                c.source = "natasha"
                if c.s < s or c.e > e:  # "Накануне Любимова": the pattern took a word too many
                    c.s, c.e, c.t0, c.t1 = max(c.s, s), min(c.e, e), max(c.t0, k0), min(c.t1, k1)
            continue
        out[k].append(new)
    # A name found by a pattern alone, that natasha does not take for a person, is dropped
    # ("подписали Бакинскую декларацию", "в Милли Меджлисе").
    for cands in cands_list:
        cands[:] = [c for c in cands if not (c.kind == "person" and c.entry is None and c.source != "natasha")]
    return out


# --- roles ---------------------------------------------------------------------------

def _clause_start(st, pos):
    lo = max(st.start, pos - 80)
    cut = [m.end() for m in _CLAUSE.finditer(st.text, lo, pos)]
    return cut[-1] if cut else lo


def _clause_end(st, pos):
    hi = min(st.end, pos + 80)
    m = _CLAUSE.search(st.text, pos, hi)
    return m.start() if m else hi


def roles(st, idx: Index, cands) -> None:
    """Set the role of each person from the title beside it ("President of Azerbaijan")."""
    cfg = st.cfg
    persons = [c for c in cands if c.kind == "person"]
    if not persons or cfg.titles is None:
        return
    titles = find_titles(st)
    if not titles:
        return
    found_for = {}
    for p in persons:
        found = None
        for ts, te, label in sorted(titles, key=lambda t: -t[1]):
            if te > p.s:
                continue
            between = st.text[te:p.s]
            if len(between) > 100 or not _clean(between):
                break
            inner = [c for c in cands if te <= c.s and c.e <= p.s]
            others = [c for c in inner if c.kind == "person"]
            if others:
                # "президенты ... Владимир Путин и Гейдар Алиев": only connectors after the persons before
                tail = st.text[max(c.e for c in others):p.s]
                if any(tok_key(w) not in cfg.connectors for w in re.findall(r"\w+", tail)):
                    break
            # Between the title and the first name: countries, domains and at most title_gap other
            # words, no comma ("президенты встретились в Санкт-Петербурге, где ... Низами" is no title).
            first = min([p.s] + [c.s for c in others])
            rest = st.text[te:first]
            for c in sorted((c for c in inner if c.e <= first), key=lambda c: -c.s):
                rest = rest[:c.s - te] + " " * (c.e - c.s) + rest[c.e - te:]
            if cfg.domains is not None:
                rest = cfg.domains.sub(lambda m: " " * len(m.group(0)), rest)
            if re.search(r"[,،]", rest):
                break
            words = [w for w in re.findall(r"\w+", rest) if tok_key(w) not in cfg.connectors]
            if any(tok_key(w) in cfg.stop for w in words):
                break  # "..., با الهام علی اف": a function word between title and name
            if len(words) > (cfg.title_gap if st.cased else max(cfg.title_gap, 1)):
                break
            found = (ts, te, label, "before")
            break
        if found is None and cfg.title_after:
            for ts, te, label in sorted(titles):
                if ts >= p.e and re.fullmatch(r"[\s,،–—-]*", st.text[p.e:ts]):
                    found = (ts, te, label, "after")
                    break
        if found is not None and found[2]:
            found_for[id(p)] = found
    groups: dict[tuple, list] = {}
    for p in persons:
        if id(p) in found_for:
            groups.setdefault(found_for[id(p)], []).append(p)
    for (ts, te, label, side), group in groups.items():
        for pos_in_list, p in enumerate(group):
            _role(st, idx, cands, p, ts, te, label, side, pos_in_list, len(group))


def _role(st, idx, cands, p, ts, te, label, side, pos_in_list, group_size):
    """The role of person p from its title: "<title> of <domains> of <country>"."""
    cfg = st.cfg
    if side == "before":
        lo, hi = _clause_start(st, ts), p.s
        before = [c.e for c in cands if c.kind == "person" and c is not p and c.e <= ts]
        if before:  # "... Михаил Галузин и глава Дагестана Сергей Меликов": not Galuzin's field
            lo = max(lo, max(before))
    else:
        lo, hi = ts, _clause_end(st, te)
    countries = [c for c in cands if c.kind == "country" and lo <= c.s and c.e <= hi]
    country = None
    listed = []
    if side == "before" and group_size > 1:
        # "Azərbaycan və Rusiya Prezidentləri İlham Əliyev və Vladimir Putin",
        # "президенты России и Азербайджана Владимир Путин и Гейдар Алиев"
        first = min(c.s for c in cands if c.kind == "person" and c.s >= te)
        for where in cfg.country_side:
            listed = [c for c in countries if (c.e <= ts if where == "before" else te <= c.s and c.e <= first)]
            if len(listed) == group_size:
                break
    if len(listed) == group_size > 1:
        country = listed[pos_in_list]
    else:
        for where in cfg.country_side:
            if where == "before":
                pick = [c for c in countries if c.e <= ts]
                if pick:
                    country = pick[-1]
                    break
            else:
                pick = [c for c in countries if c.s >= te]
                if pick:
                    country = pick[0]
                    break
    domains = []
    if cfg.domains is not None:
        for m in cfg.domains.finditer(st.text, lo, hi):
            if ts <= m.start() < te:
                continue
            d = label_of(m, cfg.domain_labels)
            if d and d not in domains and not any(c.s <= m.start() < c.e for c in cands):
                domains.append(d)
    code = country.country if country else None
    where = None
    if code is None and not domains:
        # "Директор Эрмитажа Михаил Пиотровский", "İdarəsinin sədri ...": the body or place the title is of
        attached = [c for c in cands if c.kind in ("org", "venue", "place") and c is not p
                    and ((side == "before" and te <= c.s and c.e <= p.s) or (side == "after" and te <= c.s
                         and c.s - te <= 3) or (c.e <= ts and ts - c.e <= 3 and cfg.genitive is not None
                                                and cfg.genitive.search(st.words[c.t1 - 1])))]
        if attached:
            where = attached[0].name
    if code is None and where is None and label in cfg.offices and p.entry is not None:
        code = idx.entries[p.entry].country
    role = label
    if domains:
        role += " of " + " and ".join(domains)
    if where:
        role += " of " + where
    elif code:
        role += " of " + idx.country_names.get(code, code)
    p.role = role
    if p.country is None and code:
        p.country = code
