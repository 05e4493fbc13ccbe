"""The REST API and the page, one FastAPI process: `bilat serve`.

Reading needs no token unless the server runs with --private; writing
(review) always needs one (Authorization: Bearer TOKEN). Request bodies are
size-limited; every query goes through SQLAlchemy with bound parameters.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import select

from bilat.store import Store
from bilat.store import review
from bilat.store import schema as S
from bilat.use import Corpus

STATIC = Path(__file__).parent / "static"
MAX_BODY = 64 * 1024  # review requests are small; anything larger is refused
MEDIA = {"csv": "text/csv", "jsonl": "application/x-ndjson", "geojson": "application/geo+json",
         "timelinejs": "application/json", "jsonld": "application/ld+json", "graphml": "application/xml"}


CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")


def _bounds(date: str | None) -> list[str | None]:
    """First and last day an EDTF date can mean (the page draws imprecise dates as these ranges)."""
    from bilat import edtf

    try:
        return list(edtf.bounds(date))
    except Exception:  # a value the reader cannot place (a season, say): no range rather than an error
        return [None, None]


def _default(o):
    if isinstance(o, (dt.datetime, dt.date)):
        return o.isoformat()
    raise TypeError(f"{type(o).__name__} is not JSON")


def _json(data, status_code: int = 200) -> Response:
    """The answer as JSON, straight through json.dumps: FastAPI's jsonable_encoder walks every value
    and costs ~6 ms for a page of 100 events, ten times the encoding itself."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_default),
                    status_code=status_code, media_type="application/json")


def _with_bounds(ev: dict) -> dict:
    ev["bounds"] = _bounds(ev.get("date"))
    return ev


class Filters:
    def __init__(self, date_from: Optional[str] = Query(None, alias="from"), date_to: Optional[str] = Query(None, alias="to"),
                 type: Optional[List[str]] = Query(None), country: Optional[str] = None, place: Optional[str] = None,
                 person: Optional[str] = None, org: Optional[str] = None, lang: Optional[str] = None,
                 text: Optional[str] = None):
        self.kw = dict(date_from=date_from, date_to=date_to, type=type or None, country=country, place=place,
                       person=person, org=org, lang=lang, text=text)


class Edit(BaseModel):
    type: Optional[str] = None
    date: Optional[str] = None
    title: Optional[str] = Field(None, max_length=500)
    places: Optional[List[dict]] = None
    participants: Optional[List[dict]] = None
    organizations: Optional[List[dict]] = None


class MergeBody(BaseModel):
    ids: List[str] = Field(..., min_length=2, max_length=50)


class SplitBody(BaseModel):
    extraction_ids: List[str] = Field(..., min_length=1, max_length=500)


def create_app(db: str | None = None, *, private: bool = False) -> FastAPI:
    store = Store(db)
    corpus = Corpus(store=store)
    app = FastAPI(title="bilat", version="0.1.0",
                  description="A cited, deduplicated chronology of relations between countries.")

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        size = request.headers.get("content-length")
        if size is not None and (not size.isdigit() or int(size) > MAX_BODY):
            return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def token_of(request: Request) -> str | None:
        auth = request.headers.get("authorization", "")
        return auth[7:].strip() if auth.lower().startswith("bearer ") else None

    def reader(request: Request) -> str | None:
        user = review.user_of(store, token_of(request))
        if private and user is None:
            raise HTTPException(401, "this server is private: a token is needed to read")
        return user

    def writer(request: Request) -> str:
        user = review.user_of(store, token_of(request))
        if user is None:
            raise HTTPException(401, "a valid token is needed to change anything")
        return user

    def run(fn, *args):
        try:
            return fn(*args)
        except review.ReviewError as e:
            raise HTTPException(400, str(e))
        except ValueError as e:
            raise HTTPException(400, str(e))

    @app.get("/api/events")
    def list_events(f: Filters = Depends(), limit: int = Query(100, ge=1, le=5000), offset: int = Query(0, ge=0),
                    sort: str = Query("date", pattern="^-?date$"), _=Depends(reader)):
        try:
            evs = corpus.events(**f.kw, limit=limit, offset=offset, order=sort)
            # a short page is the last one: its length tells the total, no count needed
            total = offset + len(evs) if len(evs) < limit and (evs or not offset) else corpus.count(**f.kw)
        except ValueError as e:
            raise HTTPException(400, str(e))
        return _json({"total": total, "events": [_with_bounds(e) for e in evs]})

    @app.get("/api/events/{event_id}")
    def one_event(event_id: str, _=Depends(reader)):
        ev = corpus.event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id}")
        _with_bounds(ev)
        ev["audit"] = review.history(store, event_id)
        with store.engine.connect() as conn:
            ev["wrong"] = bool(conn.execute(select(S.events.c.wrong).where(S.events.c.id == event_id)).scalar())
            ev["extractions"] = [dict(r._mapping) for r in conn.execute(
                select(S.extractions.c.id, S.extractions.c.type, S.extractions.c.date, S.documents.c.name.label("document"))
                .join(S.documents, S.documents.c.id == S.extractions.c.document_id)
                .where(S.extractions.c.event_id == event_id))]
        return _json(ev)

    @app.get("/api/health")
    def health():
        """Liveness: answers without touching the store (load balancers, the API benchmark's baseline)."""
        return {"status": "ok"}

    @app.get("/api/meta")
    def meta(_=Depends(reader)):
        """What the page needs to draw its filters: event types and source languages."""
        from bilat.events import TYPES
        from bilat.records import LANGUAGES

        return {"types": list(TYPES), "languages": list(LANGUAGES), "private": private}

    @app.get("/api/me")
    def me(request: Request):
        """Who the bearer token belongs to (the page checks a token with this); 401 when none."""
        user = review.user_of(store, token_of(request))
        if user is None:
            raise HTTPException(401, "no valid token")
        return {"user": user}

    @app.get("/api/entities")
    def list_entities(kind: Optional[str] = None, name: Optional[str] = None, _=Depends(reader)):
        return _json(corpus.entities(kind=kind, name=name))

    @app.get("/api/network")
    def network(f: Filters = Depends(), limit: int = Query(2000, ge=1, le=20000), _=Depends(reader)):
        evs = corpus.events(**f.kw, limit=limit)
        nodes: dict[str, dict] = {}
        edges: Counter = Counter()
        for e in evs:
            actors = ([("person", p["name"]) for p in e["participants"]] + [("org", o["name"]) for o in e["organizations"]]
                      + [("country", c) for c in e["countries"]])
            keys = []
            for kind, name in actors:
                key = f"{kind}:{name}"
                nodes.setdefault(key, {"id": key, "label": name, "kind": kind})
                keys.append(key)
            keys = sorted(set(keys))
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    edges[(a, b)] += 1
        return _json({"nodes": list(nodes.values()),
                      "edges": [{"source": a, "target": b, "events": n} for (a, b), n in edges.items()]})

    @app.get("/api/documents/{document_id}")
    def document(document_id: int, _=Depends(reader)):
        doc = corpus.document_text(document_id)
        if doc is None:
            raise HTTPException(404, f"no document {document_id}")
        with store.engine.connect() as conn:
            spans = [dict(r._mapping) for r in conn.execute(
                select(S.sources.c.start, S.sources.c.end, S.sources.c.language, S.extractions.c.event_id)
                .join(S.extractions, S.extractions.c.id == S.sources.c.extraction_id)
                .where(S.sources.c.document_id == document_id).order_by(S.sources.c.start))]
        langs = Counter(s["language"] for s in spans if s["language"])
        return _json({"id": doc["id"], "name": doc["name"], "title": doc["title"], "text": doc["text"],
                      "format": doc["format"], "published": doc["published"],
                      "language": langs.most_common(1)[0][0] if langs else None, "spans": spans})

    @app.get("/api/stats")
    def stats(f: Filters = Depends(), _=Depends(reader)):
        try:
            st = corpus.stats(**f.kw)
        except ValueError as e:
            raise HTTPException(400, str(e))
        return {"events": st["events"],
                "per_year": [{"year": y, "type": t, "count": n} for (y, t), n in sorted(st["per_year"].items())],
                "per_decade": [{"decade": d, "type": t, "count": n} for (d, t), n in sorted(st["per_decade"].items())]}

    @app.get("/api/search")
    def search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=200),
               _=Depends(reader)):
        return _json(corpus.search(q, limit))

    @app.get("/api/export/{fmt}")
    def export_events(fmt: str, f: Filters = Depends(), _=Depends(reader)):
        from bilat.use import export

        if fmt not in export.FORMATS:
            raise HTTPException(404, f"unknown format {fmt}; one of {', '.join(export.FORMATS)}")
        buf = io.StringIO()
        export.write(corpus.events(**f.kw), fmt, buf)
        ext = {"timelinejs": "json", "jsonld": "jsonld"}.get(fmt, fmt)
        return Response(buf.getvalue(), media_type=MEDIA.get(fmt, "application/octet-stream"),
                        headers={"Content-Disposition": f'attachment; filename="bilat-events.{ext}"'})

    # ---- review --------------------------------------------------------------------------------

    @app.patch("/api/events/{event_id}")
    def edit_event(event_id: str, body: Edit, user: str = Depends(writer)):
        changes = body.model_dump(exclude_unset=True)
        if not changes:
            raise HTTPException(400, "nothing to change")
        audit_id = run(review.edit, store, event_id, changes, user)
        return {"event": _with_bounds(corpus.event(event_id)), "audit_id": audit_id}

    @app.post("/api/events/{event_id}/wrong")
    def wrong(event_id: str, user: str = Depends(writer)):
        return {"audit_id": run(review.mark_wrong, store, event_id, user)}

    @app.post("/api/events/merge")
    def merge(body: MergeBody, user: str = Depends(writer)):
        kept, audit_id = run(review.merge, store, body.ids, user)
        return {"id": kept, "audit_id": audit_id}

    @app.post("/api/events/{event_id}/split")
    def split(event_id: str, body: SplitBody, user: str = Depends(writer)):
        new, audit_id = run(review.split, store, event_id, body.extraction_ids, user)
        return {"id": new, "audit_id": audit_id}

    @app.get("/api/audit")
    def audit(event_id: Optional[str] = None, _=Depends(reader)):
        return _json(review.history(store, event_id))

    @app.post("/api/audit/{audit_id}/undo")
    def undo(audit_id: int, user: str = Depends(writer)):
        return {"audit_id": run(review.undo, store, audit_id, user)}

    # ---- the page ------------------------------------------------------------------------------

    if STATIC.exists():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index():
        page = STATIC / "index.html"
        if not page.exists():
            raise HTTPException(404, "the page is missing from bilat/api/static (scripts/vendor_web.py vendors its assets)")
        return FileResponse(page, headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache"})

    return app
