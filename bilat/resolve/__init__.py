"""Resolution: which stored event an extraction reports, decided on evidence, never on all pairs.

Candidates come from blocking: events of the same type whose date bounds lie
within a window of the extraction's and that share one of its blocking keys (a
place, person or organisation name, or having a quoted name: without one of
those `decide` never merges), so the candidates stay few however large the
store grows. A candidate is the same happening when
the dates are compatible (equal, or one refines the other: 1997-04 and
1997-04-06) and the two share a place, person or organisation (or, on the
very same day, the same countries), with no quoted names that tell them apart. Dates that conflict (the 6th vs the 8th)
join only on strong evidence, and the event is flagged, both dates kept.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from bilat.edtf import compatible

WINDOW_DAYS = 7
SAME_QUOTE = 60  # below this similarity two quoted names are two different things


@dataclass
class Decision:
    event_id: str | None  # None: a new event
    reason: str
    conflict: bool = False


def window(start: str | None, end: str | None) -> tuple[str, str] | None:
    if not start or not end:
        return None
    lo = dt.date.fromisoformat(start) - dt.timedelta(days=WINDOW_DAYS)
    hi = dt.date.fromisoformat(end) + dt.timedelta(days=WINDOW_DAYS)
    return lo.isoformat(), hi.isoformat()


def _names(data: dict, key: str) -> set[str]:
    return {x["name"].casefold() for x in data.get(key, []) if isinstance(x, dict) and x.get("name")}


def _countries(data: dict) -> set[str]:
    return {c for c in data.get("countries") or () if isinstance(c, str)}


def blocking_keys(type: str, data: dict) -> set[str]:
    """The keys an event (or an extraction) can be found by: `decide` merges two only when they share one.

    A shared place, person or organisation name (casefolded, as `decide` compares them), or both having a
    quoted name; each hashed with the type, since `decide` never merges two types.
    """
    keys = set()
    for key in ("places", "participants", "organizations"):
        for name in _names(data, key):
            keys.add(f"{type}\x1f{key}\x1f{name}")
    if data.get("quote"):
        keys.add(f"{type}\x1fquote")
    for a, b in combinations(sorted(_countries(data)), 2):  # two countries: found by any pair of them
        keys.add(f"{type}\x1fcountries\x1f{a},{b}")
    return {hashlib.sha1(k.encode()).hexdigest()[:16] for k in keys}


def decide(ext: dict, candidates: list[dict]) -> Decision:
    """ext and candidates: dicts with type, date, title, data (places, participants, organizations, quote)."""
    best: tuple[int, Decision] | None = None
    for ev in candidates:
        if ev["type"] != ext["type"] or not ev.get("date") or not ext.get("date"):
            continue
        shared = []
        for key in ("places", "participants", "organizations"):
            shared += sorted(_names(ext["data"], key) & _names(ev["data"], key))
        both = _countries(ext["data"]) & _countries(ev["data"])
        if ext["date"] == ev["date"] and len(ext["date"]) == 10 and len(both) >= 2:
            # "Diplomatic relations were established on 4 April 1992" in two sources naming no place or
            # person: the same type on the same day between the same countries is one happening.
            shared.append("countries " + ", ".join(sorted(both)))
        q1, q2 = ext["data"].get("quote"), ev["data"].get("quote")
        if q1 and q2 and fuzz.token_set_ratio(q1, q2) < SAME_QUOTE:
            continue  # two signed documents with different names on the same day
        quote_match = bool(q1 and q2)
        if compatible(ext["date"], ev["date"]):
            if shared or quote_match:
                why = ", ".join(shared) if shared else "the same quoted name"
                score = len(shared) + (2 if quote_match else 0)
                d = Decision(ev["id"], f"same type {ext['type']}, compatible dates {ev['date']} ~ {ext['date']}, shared: {why}")
            else:
                continue
        elif len(shared) >= 2 or (shared and quote_match):
            score = len(shared)
            d = Decision(ev["id"], f"conflicting dates {ev['date']} vs {ext['date']} kept, shared: {', '.join(shared)}",
                         conflict=True)
        else:
            continue
        if best is None or score > best[0]:
            best = (score, d)
    return best[1] if best else Decision(None, "new event")
