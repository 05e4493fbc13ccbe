"""Human review: edit, mark wrong, merge, split; every change in the audit trail, every change undoable.

Corrections are kept on the event (`events.corrected`), apart from what the
extractor said, so re-ingesting the same documents never overwrites them.
Tokens are stored only as their sha256 and compared in constant time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import and_, insert, select, update

from bilat import edtf
from bilat.events import TYPES
from bilat.store import Store
from bilat.store import schema as S

EDITABLE = ("type", "date", "title", "places", "participants", "organizations")


class ReviewError(ValueError):
    pass


def _now():
    return dt.datetime.now(dt.timezone.utc)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(store: Store, name: str) -> str:
    """Create a reviewer; returns the token, shown once and stored only as a hash."""
    token = secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        if conn.execute(select(S.users.c.id).where(S.users.c.name == name)).first():
            raise ReviewError(f"user {name!r} exists")
        conn.execute(insert(S.users).values(name=name, token_hash=_hash(token), created_at=_now()))
    return token


def user_of(store: Store, token: str | None) -> str | None:
    if not token:
        return None
    wanted = _hash(token)
    with store.engine.connect() as conn:
        rows = conn.execute(select(S.users.c.name, S.users.c.token_hash)).all()
    found = None
    for name, h in rows:  # compare with every hash, in constant time each
        if hmac.compare_digest(h, wanted):
            found = name
    return found


def _event(conn, event_id: str):
    row = conn.execute(select(S.events).where(S.events.c.id == event_id)).first()
    if row is None:
        raise ReviewError(f"no event {event_id}")
    return row


def _audit(conn, user, action, event_id, before, after) -> int:
    return conn.execute(insert(S.audit).values(user=user, at=_now(), action=action, event_id=event_id,
                                               before=before, after=after)).inserted_primary_key[0]


def _validate(changes: dict) -> dict:
    clean = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            raise ReviewError(f"field {key!r} cannot be edited (editable: {', '.join(EDITABLE)})")
        if key == "type" and value not in TYPES:
            raise ReviewError(f"unknown type {value!r}")
        if key == "date" and value is not None and edtf.bounds(value) == (None, None):
            raise ReviewError(f"not an EDTF date bilat reads: {value!r}")
        if key in ("places", "participants", "organizations"):
            if not isinstance(value, list) or not all(isinstance(x, dict) and str(x.get("name", "")).strip() for x in value):
                raise ReviewError(f"{key} must be a list of objects with a name")
            value = [{k: v for k, v in x.items() if k in ("name", "role", "country", "lat", "lon", "kind")} for x in value]
        if key == "title" and not str(value).strip():
            raise ReviewError("empty title")
        clean[key] = value
    return clean


def edit(store: Store, event_id: str, changes: dict, user: str) -> int:
    changes = _validate(changes)
    with store.engine.begin() as conn:
        ev = _event(conn, event_id)
        before = dict(ev.corrected or {})
        after = {**before, **changes}
        conn.execute(update(S.events).where(S.events.c.id == event_id).values(corrected=after))
        store.recompute(conn, event_id)
        return _audit(conn, user, "edit", event_id, {"corrected": before}, {"corrected": after})


def mark_wrong(store: Store, event_id: str, user: str, wrong: bool = True) -> int:
    with store.engine.begin() as conn:
        ev = _event(conn, event_id)
        conn.execute(update(S.events).where(S.events.c.id == event_id).values(wrong=wrong))
        return _audit(conn, user, "wrong", event_id, {"wrong": bool(ev.wrong)}, {"wrong": wrong})


def _extractions(conn, event_id) -> list[str]:
    return list(conn.execute(select(S.extractions.c.id).where(S.extractions.c.event_id == event_id)).scalars())


def _move(conn, ext_ids, event_id, reason):
    conn.execute(update(S.extractions).where(S.extractions.c.id.in_(ext_ids)).values(event_id=event_id))
    for x in ext_ids:
        conn.execute(insert(S.merges).values(event_id=event_id, extraction_id=x, reason=reason, created_at=_now()))


def merge(store: Store, ids: list[str], user: str) -> tuple[str, int]:
    """Merge events into the first of `ids`; returns (kept id, audit id)."""
    if len(ids) < 2 or len(set(ids)) != len(ids):
        raise ReviewError("merge needs two or more different events")
    kept, others = ids[0], ids[1:]
    with store.engine.begin() as conn:
        rows = {i: _event(conn, i) for i in ids}
        before = {"events": {i: {"extractions": _extractions(conn, i), "corrected": rows[i].corrected,
                                 "wrong": bool(rows[i].wrong)} for i in others}}
        for i in others:
            _move(conn, before["events"][i]["extractions"], kept, f"merged by {user}")
        store.recompute(conn, kept)
        for i in others:
            store.recompute(conn, i)  # now empty: removed
        return kept, _audit(conn, user, "merge", kept, before, {"kept": kept})


def split(store: Store, event_id: str, extraction_ids: list[str], user: str) -> tuple[str, int]:
    with store.engine.begin() as conn:
        ev = _event(conn, event_id)
        own = set(_extractions(conn, event_id))
        if not extraction_ids or not set(extraction_ids) <= own or set(extraction_ids) == own:
            raise ReviewError("split needs some, not all, of the event's extractions")
        new_id = "ev_" + hashlib.sha1(f"{event_id}|split|{sorted(extraction_ids)}|{_now()}".encode()).hexdigest()[:16]
        conn.execute(insert(S.events).values(id=new_id, type=ev.type, date=None, date_start=None, date_end=None,
                                             title=ev.title, confidence=ev.confidence, conflict=False, data={},
                                             updated_at=_now()))
        _move(conn, extraction_ids, new_id, f"split by {user}")
        store.recompute(conn, event_id)
        store.recompute(conn, new_id)
        return new_id, _audit(conn, user, "split", event_id, {"extractions": sorted(extraction_ids)}, {"new": new_id})


def history(store: Store, event_id: str | None = None) -> list[dict]:
    q = select(S.audit).order_by(S.audit.c.id)
    if event_id:
        q = q.where(S.audit.c.event_id == event_id)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def undo(store: Store, audit_id: int, user: str) -> int:
    with store.engine.begin() as conn:
        a = conn.execute(select(S.audit).where(S.audit.c.id == audit_id)).first()
        if a is None or a.undone_at is not None or a.action == "undo":
            raise ReviewError(f"audit entry {audit_id} cannot be undone")
        if a.action == "edit":
            conn.execute(update(S.events).where(S.events.c.id == a.event_id).values(corrected=a.before["corrected"]))
            store.recompute(conn, a.event_id)
        elif a.action == "wrong":
            conn.execute(update(S.events).where(S.events.c.id == a.event_id).values(wrong=a.before["wrong"]))
        elif a.action == "merge":
            for i, info in a.before["events"].items():
                kept = _event(conn, a.event_id)
                conn.execute(insert(S.events).values(id=i, type=kept.type, date=None, title=kept.title,
                                                     confidence=kept.confidence, conflict=False, data={},
                                                     corrected=info["corrected"], wrong=info["wrong"],
                                                     updated_at=_now()))
                _move(conn, info["extractions"], i, f"merge {audit_id} undone by {user}")
                store.recompute(conn, i)
            store.recompute(conn, a.event_id)
        elif a.action == "split":
            new = a.after["new"]
            _move(conn, a.before["extractions"], a.event_id, f"split {audit_id} undone by {user}")
            store.recompute(conn, a.event_id)
            store.recompute(conn, new)
        conn.execute(update(S.audit).where(S.audit.c.id == audit_id).values(undone_at=_now()))
        return _audit(conn, user, "undo", a.event_id, {"audit_id": audit_id}, None)
