"""The store: SQLite by default (one file, WAL, FTS5), PostgreSQL for a team, one schema.

Every document is written in one transaction together with its mentions,
extractions, sources and the events they resolve to, so a crash never leaves
half a document; a document already stored with the same sha256 is skipped,
and a changed one replaces only what came from it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Iterable

from sqlalchemy import and_, bindparam, create_engine, delete, event, insert, or_, select, text, union_all, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from bilat import edtf
from bilat.records import Document, Event, Mention
from bilat.resolve import blocking_keys, decide, window
from bilat.store import schema as S

DEFAULT_DB = "bilat.db"
SHORT_SPAN_DAYS = 31  # days and months: event_keys.span 0
LONG_SPAN_DAYS = 400  # events longer than this (decades, long intervals) are blocked apart: events.long_span
CACHE_KB = -32768  # SQLite page cache per connection: 32 MB (the default, 2 MB, is small for a large store)
_PENDING = "bilat_pending"  # Connection.info: (transaction, entity ids and names it added)


def _days(lo: str, hi: str) -> int:
    return (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days


def _long(lo: str | None, hi: str | None) -> bool:
    return bool(lo and hi) and _days(lo, hi) > LONG_SPAN_DAYS


def _span(lo: str, hi: str) -> int:
    """event_keys.span: 0 up to SHORT_SPAN_DAYS, 1 up to LONG_SPAN_DAYS, 2 longer."""
    days = _days(lo, hi)
    return 0 if days <= SHORT_SPAN_DAYS else 1 if days <= LONG_SPAN_DAYS else 2


def _key_rows(event_id: str, lo: str | None, hi: str | None, keys: set[str]) -> list[dict]:
    if not lo or not hi:
        return []  # no dates: never a candidate (decide needs a date)
    span = _span(lo, hi)
    return [dict(event_id=event_id, key=k, span=span, date_start=lo, date_end=hi) for k in sorted(keys)]


def _combine(exts, corrected: dict | None) -> dict:
    """An event's columns from the extractions assigned to it (rows or namespaces) and its corrections."""
    dates = [e.date for e in exts if e.date]
    conflict = any(not edtf.compatible(a, b) for a in dates for b in dates)
    if dates and not conflict:
        date = max(dates, key=edtf.specificity)  # compatible dates merge to the most precise
    elif dates:
        # Conflict: keep the date most sources give (then the more precise), list all.
        # sorted: on a tie the earliest, whatever the order of saving or the hash seed.
        date = max(sorted(set(dates)), key=lambda d: (dates.count(d), edtf.specificity(d)))
    else:
        date = None
    best = max(exts, key=lambda e: e.confidence)
    data = {"places": [], "participants": [], "organizations": [], "countries": [], "quote": None}
    for e in sorted(exts, key=lambda e: -e.confidence):
        for key in ("places", "participants", "organizations"):
            seen = {x["name"] for x in data[key]}
            data[key] += [x for x in e.data.get(key, []) if x["name"] not in seen]
        data["countries"] += [c for c in e.data.get("countries", []) if c not in data["countries"]]
        data["quote"] = data["quote"] or e.data.get("quote")
    if conflict:
        data["conflict_dates"] = sorted(set(dates))
    n_docs = len({e.document_id for e in exts})
    values = dict(type=best.type, date=date, title=best.title, data=data, conflict=conflict,
                  confidence=round(min(0.99, best.confidence + 0.05 * (n_docs - 1)), 2), updated_at=_now())
    corrected = corrected or {}
    values.update({k: v for k, v in corrected.items() if k in ("type", "date", "title")})
    for key in ("places", "participants", "organizations", "countries"):
        if key in corrected:
            data[key] = corrected[key]
    values["date_start"], values["date_end"] = edtf.bounds(values["date"])
    values["long_span"] = _long(values["date_start"], values["date_end"])
    return values


def url_of(db: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from --db / BILAT_DB: a URL as is, a plain path as a SQLite file."""
    db = str(db or os.environ.get("BILAT_DB") or DEFAULT_DB)
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


def _now():
    return dt.datetime.now(dt.timezone.utc)


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=60000")  # first: a second writer (or opener) waits instead of failing
    for attempt in range(600):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except Exception as e:
            # Two processes opening a new file at once: while one turns it to WAL (or the last connection
            # checkpoints and removes the WAL) SQLite may say "locked" without waiting. Seen 1 in 50 in
            # tests/reliability/test_two_writers.py; retried for up to a minute.
            if "locked" not in str(e) or attempt == 599:
                raise
            __import__("time").sleep(0.1)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA cache_size={CACHE_KB}")
    cur.close()
    # SQLite's lower() folds ASCII only: Python's, so that filters find "Гейдар" by "гейдар".
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(value):
    return value.lower() if isinstance(value, str) else value


class Store:
    def __init__(self, db: str | os.PathLike | None = None, *, create: bool = True):
        self.url = url_of(db)
        self.engine: Engine = create_engine(self.url, future=True)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._known: dict = {}  # entity ids and written names known to be committed
        self._queries: dict = {}  # statements built once
        if create:
            self.upgrade()

    def upgrade(self):
        """Bring the schema to the current version (Alembic migrations)."""
        from bilat.store.migrate import upgrade

        upgrade(self.engine)

    def close(self):
        self.engine.dispose()

    # ---- writing ---------------------------------------------------------------------------------

    def stored_sha(self, path: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(S.documents.c.sha256).where(S.documents.c.path == path)).scalar()

    def save(self, doc: Document, events: list[Event], mentions: list[Mention]) -> str:
        """Store one document and what was extracted from it; 'added', 'replaced' or 'unchanged'."""
        for attempt in range(5):
            try:
                return self._save(doc, events, mentions)
            except IntegrityError:
                # PostgreSQL: another writer stored the same path (or entity) between our read and our
                # write; the transaction rolled back, and the next attempt sees its row.
                if self.sqlite or attempt == 4:
                    raise
            except OperationalError as e:
                # PostgreSQL: two writers' transactions deadlocked (40P01) or could not serialise (40001);
                # the server rolled ours back whole, so running it again is safe.
                if self.sqlite or getattr(e.orig, "sqlstate", None) not in ("40P01", "40001") or attempt == 4:
                    raise
        raise AssertionError("unreachable")

    def _save(self, doc: Document, events: list[Event], mentions: list[Mention]) -> str:
        with self.engine.begin() as conn:
            if self.sqlite:  # take the write lock before reading: two writers never decide on stale reads
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            old = conn.execute(select(S.documents.c.id, S.documents.c.sha256)
                               .where(S.documents.c.path == doc.path)).first()
            if old is not None and old.sha256 == doc.sha256:
                return "unchanged"
            touched: set[str] = set()
            if old is not None:
                touched = set(conn.execute(select(S.extractions.c.event_id)
                                           .where(S.extractions.c.document_id == old.id)).scalars()) - {None}
                self._delete_document(conn, old.id)
                for event_id in touched:  # what the other documents say, before the new text is resolved
                    self.recompute(conn, event_id)
            doc_id = conn.execute(insert(S.documents).values(
                path=doc.path, name=doc.name, sha256=doc.sha256, format=doc.format, encoding=doc.encoding,
                title=doc.title, published=doc.published, text=doc.text, pages=doc.pages or None,
                ingested_at=_now())).inserted_primary_key[0]
            if self.sqlite:
                conn.execute(text("INSERT INTO documents_fts(rowid, text) VALUES (:id, :t)"), {"id": doc_id, "t": doc.text})
            self._save_mentions(conn, doc_id, mentions)
            touched |= self._save_extractions(conn, doc_id, events)
            for event_id in sorted(touched):
                self.recompute(conn, event_id)
            added = self._pending(conn)
        self._known.update(added)  # committed
        return "replaced" if old is not None else "added"

    def _delete_document(self, conn: Connection, doc_id: int):
        if self.sqlite:
            conn.execute(text("DELETE FROM documents_fts WHERE rowid = :id"), {"id": doc_id})
        ext_ids = select(S.extractions.c.id).where(S.extractions.c.document_id == doc_id)
        conn.execute(delete(S.merges).where(S.merges.c.extraction_id.in_(ext_ids)))
        conn.execute(delete(S.documents).where(S.documents.c.id == doc_id))  # cascades

    # Entities and their written names are never deleted, so their ids are cached: at once when read as
    # already there (committed), and what this transaction adds once _save's transaction has committed
    # (a rolled-back insert leaves no id behind). The pending ones live on the connection, for the
    # transaction that made them only.

    def _pending(self, conn: Connection) -> dict:
        tx = conn.get_transaction()
        got = conn.info.get(_PENDING)
        if got is None or got[0] is not tx:
            got = conn.info[_PENDING] = (tx, {})
        return got[1]

    def _entity_id(self, conn: Connection, kind: str, name: str, **attrs) -> int:
        key = ("entity", kind, name)
        found = self._known.get(key)
        if found is None:
            pending = self._pending(conn)
            found = pending.get(key)
            if found is None:
                where = and_(S.entities.c.kind == kind, S.entities.c.name == name)
                row = conn.execute(select(S.entities.c.id).where(where)).first()
                if row:
                    found = self._known[key] = row.id
                else:
                    conn.execute(self._insert_ignore(S.entities).values(
                        dict(kind=kind, name=name, **{k: v for k, v in attrs.items() if v is not None})))
                    found = pending[key] = conn.execute(select(S.entities.c.id).where(where)).scalar_one()
        return found

    def _insert_ignore(self, table):
        if self.sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        return dialect_insert(table).on_conflict_do_nothing()

    def _save_mentions(self, conn: Connection, doc_id: int, mentions: list[Mention]):
        rows, names = [], {}
        pending = self._pending(conn)
        # Entities are taken in one order by every writer, so two writers never lock them crosswise.
        for m in sorted(mentions, key=lambda m: (m.kind, m.name)):
            eid = self._entity_id(conn, m.kind, m.name, country=m.country, lat=m.lat, lon=m.lon,
                                  geonames_id=m.geonames_id)
            key = ("name", eid, m.text.strip(), m.language or "")
            if key not in self._known and key not in pending:
                names[key] = dict(entity_id=eid, written=key[2], language=key[3])
            rows.append(dict(document_id=doc_id, entity_id=eid, start=m.orig_start, end=m.orig_end, text=m.text,
                             language=m.language, role=m.role))
        if names:
            conn.execute(self._insert_ignore(S.entity_names), list(names.values()))
            pending.update(dict.fromkeys(names, True))
        if rows:
            conn.execute(insert(S.mentions), rows)

    def _save_extractions(self, conn: Connection, doc_id: int, events: list[Event]) -> set[str]:
        """Resolve each extraction in turn (a later one can join an event an earlier one made), then write
        in a few statements: the new events, their keys and entity links, the extractions, their sources,
        the merges. Returns the events that must be recomputed: those that existed before, and new ones
        two extractions of this document joined."""
        ext_ids = ["x" + ev.id[2:] if ev.id.startswith("ev") else ev.id for ev in events]
        undone: dict[str, set[str]] = {}  # extraction -> events a reviewer took it out of
        for i in range(0, len(ext_ids), 500):
            for m in conn.execute(select(S.merges.c.extraction_id, S.merges.c.event_id).where(and_(
                    S.merges.c.extraction_id.in_(ext_ids[i:i + 500]), S.merges.c.undone_at.is_not(None)))):
                undone.setdefault(m.extraction_id, set()).add(m.event_id)
        free = self._free_event_ids(conn, ext_ids)
        new: dict[str, dict] = {}  # event id -> the extraction that made it (in this document)
        new_by_key: dict[str, list[str]] = {}  # blocking key -> those events
        exts, srcs, merges, touched = [], [], [], set()
        now = _now()
        for ev, ext_id in zip(events, ext_ids):
            lo, hi = edtf.bounds(ev.date)
            data = {"places": ev.places, "participants": ev.participants, "organizations": ev.organizations,
                    "countries": ev.countries, "quote": ev.name}
            ext = dict(id=ext_id, document_id=doc_id, type=ev.type, date=ev.date, date_start=lo, date_end=hi,
                       title=ev.title, confidence=ev.confidence, data=data)
            keys = blocking_keys(ev.type, data)
            candidates = self._candidates(conn, lo, hi, keys, undone.get(ext_id, set()), new, new_by_key)
            decision = decide(ext, candidates)
            event_id = decision.event_id
            if event_id is None:
                event_id = free[ext_id]
                if event_id in new:  # the same extraction id twice in one document
                    event_id = self._new_event_id(conn, f"{ext_id}|{len(new)}")
                new[event_id] = dict(ext, keys=keys)
                for k in keys:
                    new_by_key.setdefault(k, []).append(event_id)
            else:  # an event stored before, or a new one a second extraction feeds: recomputed after
                touched.add(event_id)
            exts.append(dict(ext, event_id=event_id))
            srcs += [dict(extraction_id=ext_id, document_id=doc_id, start=s.start, end=s.end, language=s.language,
                          quote=s.quote) for s in ev.sources]
            merges.append(dict(event_id=event_id, extraction_id=ext_id, reason=decision.reason, created_at=now))
        rows, keys_, links = [], [], []
        for event_id, x in new.items():
            values = _combine([SimpleNamespace(**x)], None)
            rows.append(dict(values, id=event_id, wrong=False, corrected=None))
            keys_ += _key_rows(event_id, values["date_start"], values["date_end"], x["keys"])
            links += [dict(event_id=event_id, entity_id=e, role=r) for e, r in self._links(conn, values["data"])]
        for table, batch in ((S.events, rows), (S.event_keys, keys_), (S.event_entities, links),
                             (S.extractions, exts), (S.sources, srcs), (S.merges, merges)):
            if batch:
                conn.execute(insert(table), batch)
        return touched

    def _candidates(self, conn: Connection, lo: str | None, hi: str | None, keys: set[str], exclude: set[str],
                    new: dict[str, dict], new_by_key: dict[str, list[str]] | None = None) -> list[dict]:
        """Events `decide` could merge the extraction into: same type, a shared blocking key, overlapping
        the window. One indexed range per span class (ix_event_keys_blocking), each bounded on both sides
        but for the few events longer than LONG_SPAN_DAYS; and the events this document made so far."""
        w = window(lo, hi)
        if w is None or not keys:
            return []
        w0 = dt.date.fromisoformat(w[0])
        params = {f"k{i}": k for i, k in enumerate(sorted(keys))}
        params.update(w0=w[0], w1=w[1], f0=(w0 - dt.timedelta(days=SHORT_SPAN_DAYS)).isoformat(),
                      f1=(w0 - dt.timedelta(days=LONG_SPAN_DAYS)).isoformat())
        found = [dict(r._mapping) for r in conn.execute(self._q_candidates(len(keys)), params)]
        if new_by_key is None:
            mine = [i for i, x in new.items() if x["keys"] & keys]
        else:
            mine = {i for k in keys for i in new_by_key.get(k, ())}
        for i in mine:
            x = new[i]
            if x["date_start"] and x["date_end"] and x["date_start"] <= w[1] and x["date_end"] >= w[0]:
                found.append(dict(id=i, type=x["type"], date=x["date"], data=x["data"], date_start=x["date_start"]))
        found.sort(key=lambda c: (c["date_start"], c["id"]))
        return [c for c in found if c["id"] not in exclude]

    def _q_candidates(self, n_keys: int):
        """The candidate query for n keys, built once per n (an expanding IN would be rendered anew each time)."""
        q = self._queries.get(("candidates", n_keys))
        if q is None:
            K, E = S.event_keys.c, S.events.c
            keys = [bindparam(f"k{i}") for i in range(n_keys)]
            parts = []
            for span, floor in ((0, "f0"), (1, "f1"), (2, None)):
                conds = [K.key.in_(keys), K.span == span, K.date_start <= bindparam("w1"),
                         K.date_end >= bindparam("w0")]
                if floor:
                    conds.append(K.date_start >= bindparam(floor))
                parts.append(select(K.event_id).where(and_(*conds)))
            q = self._queries[("candidates", n_keys)] = (select(E.id, E.type, E.date, E.data, E.date_start)
                                                         .where(E.id.in_(union_all(*parts))))
        return q

    def _write_keys(self, conn: Connection, event_id: str, type_: str, lo: str | None, hi: str | None,
                    data: dict):
        """The event's blocking keys, as its type, dates and evidence now are (rows written only if changed)."""
        K = S.event_keys.c
        rows = _key_rows(event_id, lo, hi, blocking_keys(type_, data))
        have = {tuple(r) for r in conn.execute(self._stmt("keys"), {"eid": event_id})}
        if have == {(r["key"], r["span"], r["date_start"], r["date_end"]) for r in rows}:
            return
        if have:
            conn.execute(delete(S.event_keys).where(K.event_id == event_id))
        if rows:
            conn.execute(insert(S.event_keys), rows)

    def _free_event_ids(self, conn: Connection, ext_ids: list[str]) -> dict[str, str]:
        """For each extraction, the id a new event made from it gets (see _new_event_id), in one query."""
        ids = {x: "ev_" + hashlib.sha1(x.encode()).hexdigest()[:16] for x in ext_ids}
        taken = set()
        values = sorted(set(ids.values()))
        for i in range(0, len(values), 500):
            taken |= set(conn.execute(select(S.events.c.id).where(S.events.c.id.in_(values[i:i + 500]))).scalars())
        return {x: (self._new_event_id(conn, x) if i in taken else i) for x, i in ids.items()}

    def _new_event_id(self, conn: Connection, ext_id: str) -> str:
        """ev_ + a hash of the extraction; another one if an event (fed by other documents) holds it."""
        for n in range(1000):
            key = ext_id if n == 0 else f"{ext_id}|{n}"
            event_id = "ev_" + hashlib.sha1(key.encode()).hexdigest()[:16]
            if conn.execute(select(S.events.c.id).where(S.events.c.id == event_id)).first() is None:
                return event_id
        raise RuntimeError(f"no free event id for {ext_id}")

    def _stmt(self, name: str):
        """The statements recompute runs for every event it touches, built once."""
        q = self._queries.get(name)
        if q is None:
            eid, E, K, EE = bindparam("eid"), S.events.c, S.event_keys.c, S.event_entities.c
            q = self._queries[name] = {
                "extractions": lambda: select(S.extractions).where(S.extractions.c.event_id == eid),
                "corrected": lambda: select(E.corrected).where(E.id == eid),
                "update": lambda: update(S.events).where(E.id == bindparam("eid_")),
                "keys": lambda: select(K.key, K.span, K.date_start, K.date_end).where(K.event_id == eid),
                "links": lambda: select(EE.entity_id, EE.role).where(EE.event_id == eid),
            }[name]()
        return q

    def recompute(self, conn: Connection, event_id: str):
        """Rebuild one event from the extractions assigned to it (and its human corrections)."""
        exts = conn.execute(self._stmt("extractions"), {"eid": event_id}).all()
        if not exts:
            conn.execute(delete(S.event_keys).where(S.event_keys.c.event_id == event_id))
            conn.execute(delete(S.events).where(S.events.c.id == event_id))
            return
        current = conn.execute(self._stmt("corrected"), {"eid": event_id}).first()
        values = _combine(exts, current.corrected if current else None)
        conn.execute(self._stmt("update"), dict(values, eid_=event_id))
        self._link_entities(conn, event_id, values["data"])
        self._write_keys(conn, event_id, values["type"], values["date_start"], values["date_end"], values["data"])

    def _links(self, conn: Connection, data: dict) -> list[tuple[int, str]]:
        rows = set()
        for key, kind, role in (("places", "place", "place"), ("participants", "person", "participant"),
                                ("organizations", "org", "organization")):
            for x in data.get(key, []):
                rows.add((self._entity_id(conn, kind, x["name"]), role))
        for code in data.get("countries", []):
            rows.add((self._entity_id(conn, "country", code, country=code), "country"))
        return sorted(rows)

    def _link_entities(self, conn: Connection, event_id: str, data: dict):
        """event_entities as the event's data now is: only the rows that changed are written."""
        EE = S.event_entities.c
        want = set(self._links(conn, data))
        have = {tuple(r) for r in conn.execute(self._stmt("links"), {"eid": event_id})}
        gone = have - want
        if gone:
            conn.execute(delete(S.event_entities).where(and_(
                EE.event_id == event_id, or_(*[and_(EE.entity_id == e, EE.role == r) for e, r in sorted(gone)]))))
        if want - have:
            conn.execute(insert(S.event_entities), [dict(event_id=event_id, entity_id=e, role=r)
                                                    for e, r in sorted(want - have)])

    def undo_merge(self, merge_id: int) -> str:
        """Take an extraction back out of the event it was merged into; returns the new event's id."""
        with self.engine.begin() as conn:
            if self.sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            m = conn.execute(select(S.merges).where(S.merges.c.id == merge_id)).first()
            if m is None or m.undone_at is not None:
                raise KeyError(f"no active merge {merge_id}")
            ext = conn.execute(select(S.extractions).where(S.extractions.c.id == m.extraction_id)).first()
            new_id = "ev_" + hashlib.sha1(f"{ext.id}|undo|{merge_id}".encode()).hexdigest()[:16]
            conn.execute(update(S.merges).where(S.merges.c.id == merge_id).values(undone_at=_now()))
            conn.execute(insert(S.events).values(id=new_id, type=ext.type, date=ext.date, date_start=ext.date_start,
                                                 date_end=ext.date_end, title=ext.title, confidence=ext.confidence,
                                                 long_span=_long(ext.date_start, ext.date_end), conflict=False,
                                                 data=ext.data, updated_at=_now()))
            conn.execute(update(S.extractions).where(S.extractions.c.id == ext.id).values(event_id=new_id))
            conn.execute(insert(S.merges).values(event_id=new_id, extraction_id=ext.id,
                                                 reason=f"separated by undoing merge {merge_id}", created_at=_now()))
            self.recompute(conn, m.event_id)
            self.recompute(conn, new_id)
            return new_id
