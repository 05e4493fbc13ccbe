"""Organisations that are in no lexicon: quoted names with a head noun, and capitalised names around one.

* "“Birlik” cəmiyyəti", "“Ocaq” Azərbaycan Mədəniyyət Cəmiyyəti" (head after
  the quote: az, en), "общество «Ватан»", خبرگزاری "ریا نووستی" (head before
  it: ru, fa, en), “Rusiya-Azərbaycan Dostluq Cəmiyyəti” (head inside);
* a capitalised head noun with the capitalised words before it
  ("Azərbaycan Dövlət İncəsənət Muzeyi", "Moscow State University"), or a head
  with the genitives after it ("Министерство культуры Российской Федерации",
  "Ministry of Culture of Azerbaijan", وزارت فرهنگ ایران).

Head nouns, their English patterns ("{} Society", "Ministry of {}") and a small
glossary for the words of a name are in `[entities]` of bilat/lang/*.toml; the
English name is composed word by word (known places and countries by their
English names, other words by the glossary, the rest transliterated). By hand
because no model or library at hand finds organisations in Azerbaijani or
Persian or names them in English; natasha's ORG spans (Russian) also take
happenings ("Дни культуры") for organisations, which would hide events.
"""
from __future__ import annotations

import re

from bilat.entities.base import Cand, covered
from bilat.entities.config import find_titles
from bilat.entities.keys import latin, name_key, tok_key
from bilat.entities.lexicon import SHIFT, Index
from bilat.entities.people import strip_ending

QUOTE = re.compile(r"«([^»\n]{1,80})»|“([^”\n]{1,80})”|„([^“”\n]{1,80})[“”]|\"([^\"\n]{1,80})\"")
MAX_WORDS = 8


def _covered(st, cands):
    return covered(st, cands)


def _word(st, idx, k) -> str:
    cfg = st.cfg
    w = st.words[k]
    g = cfg.gloss(w)
    if g:
        return g
    base = strip_ending(w, cfg) if k == len(st.words) - 1 or not st.join[k] else w
    t = latin(base, st.lang)
    return t[:1].upper() + t[1:]


def render(st, idx: Index, cov, k0: int, k1: int, head: int | None, quoted: tuple[int, int] | None = None) -> str:
    """The English name of the organisation written in words k0..k1-1 with its head noun at `head`."""
    cfg = st.cfg
    if cfg.org_as_written:
        words = st.text[st.spans[k0][0]:st.spans[k1 - 1][1]]
        words = re.sub(r"^(?:the|The)\s+", "", re.sub(r"['’]s$", "", words))
        return re.sub(r"\s+", " ", words).strip()
    if head is None:
        head = next((k for k in range(k0, k1) if cfg.head(st.words[k])), None)
    pattern = cfg.head(st.words[head]) if head is not None else "{}"
    before, after, places = [], [], []
    k = k0
    while k < k1:
        if k == head:
            k += 1
            continue
        target = before if head is None or k < head else after
        c = cov[k]
        if quoted and quoted[0] <= k < quoted[1]:
            words = st.words[quoted[0]:quoted[1]]
            t = latin(" ".join(words), st.lang)
            target.append(" ".join(w[:1].upper() + w[1:] for w in t.split()))
            k = quoted[1]
            continue
        if c is not None and c.source == "demonym":
            target.append(cfg.gloss(st.words[k]) or c.name)  # "Русской православной церкви": Russian
            k += 1
            continue
        if c is not None and c.kind == "place" and c.prio >= 2 and c.t1 - c.t0 == 1:
            target.append(_word(st, idx, k))  # a town of GeoNames only: maybe just a word of the name
            k += 1
            continue
        if c is not None and c.t0 <= k and c.kind in ("country", "place", "venue", "person", "org"):
            if c.kind in ("country", "place") and "of {}" in pattern:
                places.append(c.name)
            else:
                target.append(c.name)
            k = max(c.t1, k + 1)
            continue
        target.append(_word(st, idx, k))
        k += 1
    if cfg.reversed:
        after.reverse()
    mods = [w for w in before + after if w]
    while mods and mods[-1] in ("and", "of", "the"):
        mods.pop()
    while mods and mods[0] in ("and", "of", "the"):
        mods.pop(0)
    body = " ".join(mods)
    if "{}" not in pattern:
        pattern = "{} " + pattern
    if pattern.startswith("{}"):
        name = (body + pattern[2:]).strip()
    elif body:
        name = pattern.format(body)
    else:
        name = pattern.replace(" of {}", "").replace("{}", "").strip()
    if places:
        name += " of " + " and ".join(dict.fromkeys(places))
    return re.sub(r"\s+", " ", name).strip()


def _lexicon_org(idx: Index, text: str):
    hits = idx.keys.get(name_key(text)) or ()
    for h in hits:
        e = idx.entries[h >> SHIFT]
        if e.kind == "org":
            return h >> SHIFT
    return None


def find(st, idx: Index, cands) -> list:
    cfg = st.cfg
    if not cfg.heads:
        return []
    cov = _covered(st, cands)
    n = len(st.words)
    out = []

    def cand(k0, k1, name, prio=2, entry=None):
        e = idx.entries[entry] if entry is not None else None
        out.append(Cand(st.spans[k0][0], st.spans[k1 - 1][1], "org", e.name if e else name, prio, k0, k1, entry,
                        e.country if e else None, source="pattern", lang=st.lang))

    # quoted names
    for m in QUOTE.finditer(st.text, st.start, st.end):
        cs, ce = m.span(m.lastindex)
        q0, q1 = st.tok_at(cs), st.tok_at(ce)
        if q1 <= q0 or q1 - q0 > 6:
            continue
        inner = st.text[cs:ce]
        entry = _lexicon_org(idx, inner)
        last_head = cfg.head(st.words[q1 - 1])
        first_head = cfg.head(st.words[q0])
        if entry is not None:
            k0, k1 = q0, q1
        elif last_head and q1 - q0 >= 2 and cfg.head_position in ("last", "both"):
            k0, k1 = q0, q1
        elif first_head and q1 - q0 >= 2 and cfg.head_position in ("first", "both"):
            k0, k1 = q0, q1
        else:
            k0 = k1 = None
            if cfg.head_position in ("last", "both"):
                k = q1
                while k < n and k - q1 < 4 and not cfg.head(st.words[k]):
                    w = st.words[k]
                    if not (w[:1].isupper() or tok_key(w) in cfg.named or tok_key(w) in cfg.connectors):
                        break
                    k += 1
                if k < n and cfg.head(st.words[k]) and _tight(st, m.end(), st.spans[q1][0] if q1 < n else m.end()):
                    k0, k1 = q0, k + 1
            if k0 is None and cfg.head_position in ("first", "both") and q0 > 0 and cfg.head(st.words[q0 - 1]):
                if not st.text[st.spans[q0 - 1][1]:m.start()].strip():
                    k0, k1 = q0 - 1, q1
        if k0 is None:
            continue
        if entry is not None:
            cand(k0, k1, "", 1, entry)
        else:
            head = k1 - 1 if cfg.head(st.words[k1 - 1]) else k0
            inside = q0 <= head < q1  # the head in the quotes: its words are ordinary words
            cand(k0, k1, render(st, idx, cov, k0, k1, head, None if inside else (q0, q1)))
        if k0 == q0:
            out[-1].s = m.start()  # the quoted name with its quotes

    # names around a head noun
    if st.cased and cfg.head_position == "last":
        # a head-final name ends in a capitalised head ("... Cəmiyyəti"); lowercase heads come with quotes
        heads = [k for k in st.caps if cfg.head(st.words[k])]
    else:
        heads = [k for k, w in enumerate(st.words) if cfg.head(w)]
    # A title ("Rector", "министр") standing as a whole word is no part of a name: it ends the name before
    # it ("ENU Rector Yerlan Sydykov and St Petersburg State University Rector Nikolay Kropachev").
    titles = {st.tok_at(a) for a, b, label in find_titles(st) if label and st.tok_at(a) < n and st.spans[st.tok_at(a)][1] == b}
    named = {t + i for t in titles for i in (1, 2, 3)}  # the name a title is followed by
    done = 0
    for k in heads:
        if k < done or k >= n:
            continue
        w = st.words[k]
        pattern = cfg.head(w)
        if not pattern or (cov[k] is not None and cov[k].kind in ("org", "venue")):
            continue
        left = k
        if cfg.head_position in ("last", "both") or cfg.org_left is not None:
            j = k
            while j > 0 and k - j < MAX_WORDS and st.join[j - 1]:
                p = st.words[j - 1]
                c = cov[j - 1]
                if j - 1 in titles or j - 1 in named:
                    break
                if c is not None and c.kind != "person" and c.t1 == j:
                    if not c.exact and not (cfg.genitive is not None and cfg.genitive.search(c.ending)):
                        break  # "Moskvada", "... Kitabxanasında" are no part of a name
                    j = c.t0
                    continue
                if c is not None and c.kind == "person" and c.t1 == j:
                    j = c.t0
                    continue
                if st.cased and p[:1].isupper() and tok_key(p) not in cfg.stop:
                    if j - 1 == 0 and not cfg.gloss(p):
                        break  # the sentence's first word ("Tədbirdə ...") is capitalised anyway
                    j -= 1
                    continue
                if tok_key(p) in cfg.connectors and j - 2 >= 0 and st.words[j - 2][:1].isupper():
                    j -= 1
                    continue
                if cfg.org_left is not None and cfg.org_left.search(p):
                    j -= 1
                    continue
                break
            while j < k and st.cased and not st.words[j][:1].isupper():
                j += 1  # a name starts with a capital
            left = j
        right = k + 1
        if cfg.head_position in ("first", "both"):
            j = k + 1
            tail = 0
            while j < n and tail < 4 and st.join[j - 1] and j not in titles:
                p = st.words[j]
                c = cov[j]
                if c is not None and c.t0 == j and c.kind != "org":
                    if c.kind == "person" and st.cased and not w[:1].isupper():
                        break  # "директор музея Пётр Васильев": the person is no part of the name
                    j = c.t1
                    right = j
                    break  # a country or place closes the name ("of Azerbaijan", "России")
                if tok_key(p) in cfg.connectors:
                    if j == k + 1 and cfg.tail_starts and tok_key(p) not in cfg.tail_starts:
                        break  # "Church and the Caucasus ...": "and" right after the head ends it
                    j += 1
                    continue
                if st.cased:
                    if cfg.lang == "en" or cfg.org_tail is None:
                        if not p[:1].isupper():
                            break
                    elif p[:1].isupper() or not cfg.org_tail.search(p):
                        break
                else:
                    if tok_key(p) in cfg.stop or cfg.head(p):
                        break
                j += 1
                tail += 1
                right = j
            while right > k + 1 and tok_key(st.words[right - 1]) in cfg.connectors:
                right -= 1
        has_place = any(cov[i] is not None and cov[i].kind in ("country", "place", "person")
                        for i in range(left, right) if i != k)
        if st.cased:
            capital = st.words[left][:1].isupper()
            ok = right - left >= 2 and (capital or has_place)
            if ok and not w[:1].isupper() and left == k:
                ok = has_place  # "министерства культуры России"
        else:
            tail_words = [st.words[i] for i in range(k + 1, right)]
            ok = bool(tail_words) and (has_place or tok_key(w) in cfg.name_heads
                                       or all(cfg.gloss(t) for t in tail_words)
                                       or (cfg.domains is not None and cfg.domains.search(" ".join(tail_words))))
        if ok:
            entry = _lexicon_org(idx, st.text[st.spans[left][0]:st.spans[right - 1][1]])
            cand(left, right, render(st, idx, cov, left, right, k), 2, entry)
            done = right
    return out


def _tight(st, a: int, b: int) -> bool:
    """Only spaces between a closing quote and the next word."""
    return not st.text[a:b].strip()
