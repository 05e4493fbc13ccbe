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
from typing import Iterable

from sqlalchemy import and_, create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from bilat import edtf
from bilat.records import Document, Event, Mention
from bilat.resolve import decide, window
from bilat.store import schema as S

DEFAULT_DB = "bilat.db"
LONG_SPAN_DAYS = 400  # events longer than this (decades, long intervals) are blocked apart: events.long_span


def _long(lo: str | None, hi: str | None) -> bool:
    return bool(lo and hi) and (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days > LONG_SPAN_DAYS


def url_of(db: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from --db / BILAT_DB: a URL as is, a plain path as a SQLite file."""
    db = str(db or os.environ.get("BILAT_DB") or DEFAULT_DB)
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


def _now():
    return dt.datetime.now(dt.timezone.utc)


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")  # a second writer waits instead of failing
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    def __init__(self, db: str | os.PathLike | None = None, *, create: bool = True):
        self.url = url_of(db)
        self.engine: Engine = create_engine(self.url, future=True)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
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
        for attempt in range(3):
            try:
                return self._save(doc, events, mentions)
            except IntegrityError:
                # PostgreSQL: another writer stored the same path (or entity) between our read and our
                # write; the transaction rolled back, and the next attempt sees its row.
                if self.sqlite or attempt == 2:
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
            for ev in events:
                touched.add(self._save_extraction(conn, doc_id, ev))
            for event_id in touched:
                self.recompute(conn, event_id)
            return "replaced" if old is not None else "added"

    def _delete_document(self, conn: Connection, doc_id: int):
        if self.sqlite:
            conn.execute(text("DELETE FROM documents_fts WHERE rowid = :id"), {"id": doc_id})
        ext_ids = select(S.extractions.c.id).where(S.extractions.c.document_id == doc_id)
        conn.execute(delete(S.merges).where(S.merges.c.extraction_id.in_(ext_ids)))
        conn.execute(delete(S.documents).where(S.documents.c.id == doc_id))  # cascades

    def _entity_id(self, conn: Connection, kind: str, name: str, **attrs) -> int:
        row = conn.execute(select(S.entities.c.id).where(and_(S.entities.c.kind == kind, S.entities.c.name == name))).first()
        if row:
            return row.id
        stmt = self._insert_ignore(S.entities, dict(kind=kind, name=name, **{k: v for k, v in attrs.items() if v is not None}))
        conn.execute(stmt)
        return conn.execute(select(S.entities.c.id).where(and_(S.entities.c.kind == kind, S.entities.c.name == name))).scalar_one()

    def _insert_ignore(self, table, values):
        if self.sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        return dialect_insert(table).values(values).on_conflict_do_nothing()

    def _save_mentions(self, conn: Connection, doc_id: int, mentions: list[Mention]):
        rows = []
        for m in mentions:
            eid = self._entity_id(conn, m.kind, m.name, country=m.country, lat=m.lat, lon=m.lon,
                                  geonames_id=m.geonames_id)
            conn.execute(self._insert_ignore(S.entity_names, dict(entity_id=eid, written=m.text.strip(),
                                                                  language=m.language or "")))
            rows.append(dict(document_id=doc_id, entity_id=eid, start=m.orig_start, end=m.orig_end, text=m.text,
                             language=m.language, role=m.role))
        if rows:
            conn.execute(insert(S.mentions), rows)

    def _save_extraction(self, conn: Connection, doc_id: int, ev: Event) -> str:
        lo, hi = edtf.bounds(ev.date)
        data = {"places": ev.places, "participants": ev.participants, "organizations": ev.organizations,
                "countries": ev.countries, "quote": ev.name}
        ext_id = "x" + ev.id[2:] if ev.id.startswith("ev") else ev.id
        conn.execute(insert(S.extractions).values(id=ext_id, document_id=doc_id, type=ev.type, date=ev.date,
                                                  date_start=lo, date_end=hi, title=ev.title,
                                                  confidence=ev.confidence, data=data))
        conn.execute(insert(S.sources), [dict(extraction_id=ext_id, document_id=doc_id, start=s.start, end=s.end,
                                              language=s.language, quote=s.quote) for s in ev.sources])
        ext = dict(id=ext_id, type=ev.type, date=ev.date, title=ev.title, data=data)
        candidates = []
        w = window(lo, hi)
        if w is not None:
            undone = select(S.merges.c.event_id).where(and_(S.merges.c.extraction_id == ext_id,
                                                            S.merges.c.undone_at.is_not(None)))
            # Bounded on both sides (index ix_events_blocking): an event of at most LONG_SPAN_DAYS that
            # overlaps the window starts at most that many days before it; the few longer ones apart.
            floor = (dt.date.fromisoformat(w[0]) - dt.timedelta(days=LONG_SPAN_DAYS)).isoformat()
            E = S.events.c
            cols = select(E.id, E.type, E.date, E.data)
            short = cols.where(and_(E.type == ev.type, E.long_span.is_(False), E.date_start >= floor,
                                    E.date_start <= w[1], E.date_end >= w[0]))
            long_ = cols.where(and_(E.type == ev.type, E.long_span.is_(True), E.date_start <= w[1],
                                    E.date_end >= w[0]))
            undone_ids = set(conn.execute(undone).scalars())
            candidates = [dict(r._mapping) for q in (short, long_) for r in conn.execute(q)
                          if r.id not in undone_ids]
        decision = decide(ext, candidates)
        event_id = decision.event_id or self._new_event_id(conn, ext_id)
        if decision.event_id is None:
            conn.execute(insert(S.events).values(id=event_id, type=ev.type, date=ev.date, date_start=lo, date_end=hi,
                                                 title=ev.title, confidence=ev.confidence, conflict=False,
                                                 long_span=_long(lo, hi), data=data, updated_at=_now()))
        conn.execute(update(S.extractions).where(S.extractions.c.id == ext_id).values(event_id=event_id))
        conn.execute(insert(S.merges).values(event_id=event_id, extraction_id=ext_id, reason=decision.reason,
                                             created_at=_now()))
        return event_id

    def _new_event_id(self, conn: Connection, ext_id: str) -> str:
        """ev_ + a hash of the extraction; another one if an event (fed by other documents) holds it."""
        for n in range(1000):
            key = ext_id if n == 0 else f"{ext_id}|{n}"
            event_id = "ev_" + hashlib.sha1(key.encode()).hexdigest()[:16]
            if conn.execute(select(S.events.c.id).where(S.events.c.id == event_id)).first() is None:
                return event_id
        raise RuntimeError(f"no free event id for {ext_id}")

    def recompute(self, conn: Connection, event_id: str):
        """Rebuild one event from the extractions assigned to it (and its human corrections)."""
        exts = conn.execute(select(S.extractions).where(S.extractions.c.event_id == event_id)).all()
        if not exts:
            conn.execute(delete(S.events).where(S.events.c.id == event_id))
            return
        current = conn.execute(select(S.events.c.corrected).where(S.events.c.id == event_id)).first()
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
        corrected = (current.corrected if current else None) or {}
        values.update({k: v for k, v in corrected.items() if k in ("type", "date", "title")})
        for key in ("places", "participants", "organizations", "countries"):
            if key in corrected:
                data[key] = corrected[key]
        values["date_start"], values["date_end"] = edtf.bounds(values["date"])
        values["long_span"] = _long(values["date_start"], values["date_end"])
        conn.execute(update(S.events).where(S.events.c.id == event_id).values(**values))
        self._link_entities(conn, event_id, data)

    def _link_entities(self, conn: Connection, event_id: str, data: dict):
        conn.execute(delete(S.event_entities).where(S.event_entities.c.event_id == event_id))
        rows = set()
        for key, kind, role in (("places", "place", "place"), ("participants", "person", "participant"),
                                ("organizations", "org", "organization")):
            for x in data.get(key, []):
                rows.add((self._entity_id(conn, kind, x["name"]), role))
        for code in data.get("countries", []):
            rows.add((self._entity_id(conn, "country", code, country=code), "country"))
        if rows:
            conn.execute(insert(S.event_entities), [dict(event_id=event_id, entity_id=e, role=r) for e, r in rows])

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
