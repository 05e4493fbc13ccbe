"""The records the entity annotators pass among themselves: candidate mentions and sentence views."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from bilat.entities.config import Config


@dataclass
class Cand:
    """A candidate mention inside one sentence (normalised offsets)."""

    s: int
    e: int
    kind: str  # place | venue | person | org | country
    name: str
    prio: int  # on equal length the lower wins
    t0: int = 0  # first and last+1 token (sentence-local)
    t1: int = 0
    entry: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    role: str | None = None
    exact: bool = True  # written in its dictionary form
    ending: str = ""  # the written last word, when it carries an ending
    alternatives: list[int] = field(default_factory=list)  # entries a surname standing alone may stand for
    after: bool = False  # a surname that names the person only after the full name
    fallback: int | None = None  # the hit such a surname gives when no one of that name was named before
    source: str = "lexicon"
    lang: str = ""
    seat: Cand | None = None  # an organisation's town, named in its name


@dataclass
class Sent:
    """One sentence's words, as the annotators see them."""

    text: str  # the whole normalised text
    start: int
    end: int
    lang: str
    cfg: Config
    spans: list[tuple[int, int]]  # token spans (absolute offsets)
    words: list[str]
    join: list[bool]  # join[k]: words k and k+1 may belong to one name
    cased: bool
    caps: list[int] = field(default_factory=list)  # the words written with a capital (all, in Persian)

    def tok_at(self, pos: int) -> int:
        return bisect_left(self.spans, (pos, -1))


def covered(st: Sent, cands, names: bool = False) -> list:
    """The candidate covering each word of the sentence; with `names`, GeoNames places of one word do not
    count, since a first name may be spelled like a town ("Abbas Kazımov") and the person's span is the longer."""
    cov = [None] * len(st.words)
    for c in cands:
        if names and c.kind == "place" and c.prio >= 2 and c.t1 - c.t0 == 1:
            continue
        for k in range(c.t0, c.t1):
            if 0 <= k < len(cov):
                cov[k] = c
    return cov
