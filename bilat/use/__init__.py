"""Reading the store: `bilat.Corpus(db).events(...)`, entities, one event with its quotes, stats."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator

from sqlalchemy import and_, func, or_, select, text

from bilat.store import Store
from bilat.store import schema as S


class Corpus:
    """The chronology in a store. `db` is a path (SQLite) or a SQLAlchemy URL; default ./bilat.db or BILAT_DB."""

    def __init__(self, db=None, *, store: Store | None = None):
        self.store = store or Store(db)
        self.engine = self.store.engine

    # ---- events ---------------------------------------------------------------------------------

    def _filters(self, date_from=None, date_to=None, type=None, country=None, place=None, person=None,
                 org=None, lang=None, text_=None, include_wrong=False):
        with self.engine.connect() as conn:
            return self._where(conn, date_from, date_to, type, country, place, person, org, lang, text_,
                               include_wrong)[0]

    def _where(self, conn, date_from=None, date_to=None, type=None, country=None, place=None, person=None,
               org=None, lang=None, text_=None, include_wrong=False):
        """(the WHERE clause, whether undated events can match)."""
        E = S.events
        conds = [] if include_wrong else [E.c.wrong == False]  # noqa: E712 (= not IS: an index equality on PostgreSQL)
        undated = True
        if date_from:
            day = _day(date_from, end=False)
            conds.append(E.c.date_end >= day)
            floor = self._floor(conn, day)
            if floor is not None:  # bounds the range below: the index is read from there, not from its start
                conds.append(E.c.date_start >= floor)
                undated = False
        if date_to:
            conds.append(E.c.date_start <= _day(date_to, end=True))
            undated = False
        if type:
            types = [type] if isinstance(type, str) else list(type)
            conds.append(E.c.type.in_(types))
        for value, role, kinds in ((country, "country", ("country",)), (place, "place", ("place",)),
                                   (person, "participant", ("person",)), (org, "organization", ("org",))):
            if value:
                like = _like(value)
                ent = (select(S.event_entities.c.event_id)
                       .join(S.entities, S.entities.c.id == S.event_entities.c.entity_id)
                       .outerjoin(S.entity_names, S.entity_names.c.entity_id == S.entities.c.id)
                       .where(and_(S.event_entities.c.role == role,
                                   or_(func.lower(S.entities.c.name).like(like, escape="\\"),
                                       func.lower(S.entity_names.c.written).like(like, escape="\\")))))
                conds.append(E.c.id.in_(ent))
        if lang:
            conds.append(E.c.id.in_(select(S.extractions.c.event_id)
                                    .join(S.sources, S.sources.c.extraction_id == S.extractions.c.id)
                                    .where(S.sources.c.language == lang)))
        if text_:
            like = _like(text_)
            conds.append(or_(func.lower(E.c.title).like(like, escape="\\"),
                             E.c.id.in_(select(S.extractions.c.event_id)
                                        .join(S.sources, S.sources.c.extraction_id == S.extractions.c.id)
                                        .where(func.lower(S.sources.c.quote).like(like, escape="\\")))))
        return (and_(*conds) if conds else None), undated

    def _query(self, conn, date_from=None, date_to=None, type=None, country=None, place=None, person=None, org=None,
               lang=None, text=None, limit=None, offset=0, order="date", include_wrong=False):
        E = S.events
        q = select(E)
        where, undated = self._where(conn, date_from, date_to, type, country, place, person, org, lang, text,
                                     include_wrong)
        if where is not None:
            q = q.where(where)
        # Undated events last. When none can match (a date range), the key is left out and a page is read
        # in the order of ix_events_start, from the range's start, stopping at the page's end.
        # (SQLite sorts NULL first, PostgreSQL last: the IS NULL keys give both the same order.)
        nulls = (lambda col: [col.is_(None)]) if undated else (lambda col: [])
        if order == "-date":
            q = q.order_by(*nulls(E.c.date_start), E.c.date_start.desc(), *nulls(E.c.date_end), E.c.date_end.desc(),
                           E.c.id.desc())
        else:
            q = q.order_by(*nulls(E.c.date_start), E.c.date_start, *nulls(E.c.date_end), E.c.date_end, E.c.id)
        if limit is not None:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        return q

    def events(self, *, date_from: str | None = None, date_to: str | None = None, type=None,
               country: str | None = None, place: str | None = None, person: str | None = None,
               org: str | None = None, lang: str | None = None, text: str | None = None,
               limit: int | None = None, offset: int = 0, order: str = "date",
               include_wrong: bool = False) -> list[dict[str, Any]]:
        """Events as records (DESIGN.md "Event record"), in date order ("-date": newest first); undated last."""
        with self.engine.connect() as conn:
            q = self._query(conn, date_from, date_to, type, country, place, person, org, lang, text, limit, offset,
                            order, include_wrong)
            rows = conn.execute(q).all()
            return self._records(conn, rows)

    def iter_events(self, *, batch: int = 1000, **filters) -> Iterator[dict[str, Any]]:
        """The same records as `events(**filters)`, read `batch` at a time: for exports of any size."""
        with self.engine.connect() as conn, self.engine.connect() as side:
            q = self._query(conn, **filters)
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
            for rows in result.partitions():
                yield from self._records(side, rows)

    def _floor(self, conn, day: str) -> str | None:
        """The earliest date_start an event ending on or after `day` can have: LONG_SPAN_DAYS before it, or
        the start of the earliest long event (events.long_span, ix_events_long) that ends on or after it.
        None when an event open at the start (../1999) ends then: no bound."""
        from bilat.store import LONG_SPAN_DAYS

        E = S.events.c
        first = conn.execute(select(func.min(E.date_start)).where(and_(E.long_span == True,  # noqa: E712
                                                                         E.date_end >= day))).scalar()
        if conn.execute(select(E.id).where(and_(E.date_start.is_(None), E.date_end >= day)).limit(1)).first():
            return None
        floor = (dt.date.fromisoformat(day) - dt.timedelta(days=LONG_SPAN_DAYS)).isoformat()
        return min(floor, first) if first else floor

    def count(self, **filters) -> int:
        with self.engine.connect() as conn:
            where, _ = self._where(conn, **{("text_" if k == "text" else k): v for k, v in filters.items()})
            q = select(func.count()).select_from(S.events)
            if where is not None:
                q = q.where(where)
            return conn.execute(q).scalar_one()

    def _records(self, conn, rows) -> list[dict[str, Any]]:
        ids = [r.id for r in rows]
        by_event: dict[str, list] = defaultdict(list)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = (select(S.extractions.c.event_id, S.documents.c.name, S.documents.c.title.label("doc_title"),
                        S.sources.c.start, S.sources.c.end, S.sources.c.language, S.sources.c.quote,
                        S.sources.c.document_id)
                 .join(S.sources, S.sources.c.extraction_id == S.extractions.c.id)
                 .join(S.documents, S.documents.c.id == S.sources.c.document_id)
                 .where(S.extractions.c.event_id.in_(chunk))
                 .order_by(S.documents.c.name, S.sources.c.start))
            for s in conn.execute(q):
                by_event[s.event_id].append({"document": s.name, "document_id": s.document_id,
                                             "start": s.start, "end": s.end, "language": s.language,
                                             "quote": s.quote})
        out = []
        for r in rows:
            data = r.data or {}
            rec = {"id": r.id, "type": r.type, "date": r.date, "title": r.title,
                   "places": data.get("places", []), "participants": data.get("participants", []),
                   "organizations": data.get("organizations", []), "countries": data.get("countries", []),
                   "sources": _unique(by_event.get(r.id, [])), "confidence": r.confidence}
            if data.get("quote"):
                rec["name"] = data["quote"]
            if r.conflict:
                rec["conflict_dates"] = data.get("conflict_dates", [])
            if r.date is None:
                del rec["date"]
            out.append(rec)
        return out

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.events).where(S.events.c.id == event_id)).all()
            if not rows:
                return None
            rec = self._records(conn, rows)[0]
            rec["merges"] = [dict(m._mapping) for m in conn.execute(
                select(S.merges).where(S.merges.c.event_id == event_id).order_by(S.merges.c.id))]
            return rec

    def document_text(self, document_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.documents).where(S.documents.c.id == document_id)).first()
            return dict(r._mapping) if r else None

    # ---- entities, search, stats ------------------------------------------------------------------

    def entities(self, kind: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
        q = (select(S.entities, func.count(func.distinct(S.event_entities.c.event_id)).label("events"))
             .outerjoin(S.event_entities, S.event_entities.c.entity_id == S.entities.c.id)
             .group_by(S.entities.c.id).order_by(S.entities.c.kind, S.entities.c.name))
        if kind:
            q = q.where(S.entities.c.kind == kind)
        if name:
            q = q.where(func.lower(S.entities.c.name).like(_like(name), escape="\\"))
        with self.engine.connect() as conn:
            ents = [dict(r._mapping) for r in conn.execute(q)]
            names = defaultdict(list)
            for r in conn.execute(select(S.entity_names)):
                names[r.entity_id].append({"written": r.written, "language": r.language})
        for e in ents:
            e["names"] = names.get(e["id"], [])
        return ents

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over document text (FTS5 on SQLite, tsvector on PostgreSQL)."""
        with self.engine.connect() as conn:
            if self.store.sqlite:
                rows = conn.execute(text(
                    "SELECT d.id, d.name, d.title, snippet(documents_fts, 0, '[', ']', '…', 12) AS snippet "
                    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                    "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": _fts_query(query), "n": limit})
            else:
                rows = conn.execute(text(
                    "SELECT id, name, title, ts_headline('simple', text, plainto_tsquery('simple', :q)) AS snippet "
                    "FROM documents WHERE to_tsvector('simple', text) @@ plainto_tsquery('simple', :q) "
                    "LIMIT :n"), {"q": query, "n": limit})
            return [dict(r._mapping) for r in rows]

    def stats(self, **filters) -> dict[str, Any]:
        """Events per year and type, and per decade."""
        evs = self.events(**filters)
        per_year: Counter = Counter()
        per_decade: Counter = Counter()
        for e in evs:
            d = e.get("date") or ""
            if d[:4].isdigit():
                per_year[(int(d[:4]), e["type"])] += 1
            if d[:3].isdigit() and d[3:4] in tuple("0123456789X"):  # 199X: the 1990s
                per_decade[(int(d[:3]) * 10, e["type"])] += 1
        return {"events": len(evs), "per_year": per_year, "per_decade": per_decade}

    def to_pandas(self, **filters):
        import pandas as pd

        rows = []
        for e in self.events(**filters):
            rows.append({"id": e["id"], "type": e["type"], "date": e.get("date"), "title": e["title"],
                         "places": "; ".join(p["name"] for p in e["places"]),
                         "participants": "; ".join(p["name"] for p in e["participants"]),
                         "organizations": "; ".join(o["name"] for o in e["organizations"]),
                         "countries": "; ".join(e["countries"]), "sources": len(e["sources"]),
                         "confidence": e["confidence"]})
        return pd.DataFrame(rows, columns=["id", "type", "date", "title", "places", "participants",
                                           "organizations", "countries", "sources", "confidence"])


def _unique(sources: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for s in sources:
        key = (s["document_id"], s["start"], s["end"])
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _like(value: str) -> str:
    """A LIKE pattern for `value` anywhere, lower-cased as lower() does in the store (on SQLite, Python's
    str.lower, registered by bilat.store: SQLite's own folds ASCII only), its % and _ taken literally."""
    v = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{v}%"


def _day(value: str, *, end: bool) -> str:
    """A --from/--to value (1997, 1997-04, 1997-04-06) as the first or last day it means."""
    from bilat.edtf import bounds

    lo, hi = bounds(value)
    if lo is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return hi if end else lo


def _fts_query(q: str) -> str:
    # User text is never FTS5 syntax: quote every term.
    return " ".join('"' + t.replace('"', '""') + '"' for t in q.split())
