"""Exports of the chronology: `bilat events --format X`, GET /api/export/X, and `write(events, X, file)`.

`events` are the records `Corpus.events` returns (DESIGN.md "Event record",
plus the source's `document_id`); any iterable will do. jsonl and csv are
written one event at a time, so `Corpus.iter_events` streams a store of any
size; the other formats are single documents and are built in memory.

- jsonl       one event record per line, as the API gives it.
- csv         one row per event (RFC 4180; UTF-8): names joined with "; ",
              sources as `document:start-end`, quotes joined with " | ".
- geojson     RFC 7946 FeatureCollection: one Feature per place of an event
              that has coordinates, a Point [lon, lat]. Events with no located
              place are left out (a Feature with null geometry shows on no map
              and trips up many GIS readers); the collection's foreign member
              `bilat:unlocated` counts them, so nothing disappears silently.
- timelinejs  TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html):
              start_date/end_date hold only the parts the EDTF date gives
              (1997-04 -> year and month); `display_date` carries dates a
              year/month/day cannot (1990s, 1989-10?, intervals). Undated
              events, and dates without a year, are left out: TimelineJS needs a year.
- jsonld      schema.org Events in JSON-LD, the context embedded (no fetch:
              "@vocab" http://schema.org/, as schema.org's own context): startDate /
              endDate (ISO 8601, reduced precision), location Place with
              GeoCoordinates, performer (performances) or attendee Person with
              jobTitle, organizer Organization, about Country, citation
              CreativeWork per source with the quote. The EDTF value stays in bilat:edtf.
- graphml     a bipartite network: actors (persons, organisations, countries) and
              events as nodes, an edge actor-event per role (participant,
              organization, country), with the participant's title; read it
              with networkx, Gephi, Cytoscape or yEd.
"""
from __future__ import annotations

import csv
import html
import json
from typing import IO, Any, Iterable

from bilat.edtf import _DATE, bounds  # _DATE: one EDTF date, as bilat reads it

FORMATS = ("jsonl", "csv", "geojson", "timelinejs", "jsonld", "graphml")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv", "geojson": "application/geo+json",
               "timelinejs": "application/json", "jsonld": "application/ld+json", "graphml": "application/xml"}
EXTENSIONS = {"jsonl": "jsonl", "csv": "csv", "geojson": "geojson", "timelinejs": "json", "jsonld": "jsonld",
              "graphml": "graphml"}

SCHEMA = "http://schema.org/"
BILAT = "urn:bilat:"
CONTEXT = {"@vocab": SCHEMA, "schema": SCHEMA, "bilat": BILAT + "vocab:"}
CSV_COLUMNS = ["id", "type", "date", "date_start", "date_end", "title", "name", "places", "participants",
               "organizations", "countries", "languages", "sources", "quotes", "confidence", "conflict_dates"]


def write(events: Iterable[dict[str, Any]], format: str, file: IO[str], *, title: str | None = None,
          base: str | None = None) -> None:
    """Write `events` to the text file `file` in `format` (one of FORMATS).

    title: the TimelineJS title slide's headline (default "bilat chronology").
    base: the IRI an event id is appended to in JSON-LD (default urn:bilat:event:).
    """
    if format == "jsonl":
        _jsonl(events, file)
    elif format == "csv":
        _csv(events, file)
    elif format == "geojson":
        _dump(geojson(events), file)
    elif format == "timelinejs":
        _dump(timelinejs(events, title=title), file)
    elif format == "jsonld":
        _dump(jsonld(events, base=base), file)
    elif format == "graphml":
        _graphml(events, file)
    else:
        raise ValueError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")


def _dump(doc: dict, file: IO[str]):
    json.dump(doc, file, ensure_ascii=False, indent=1)
    file.write("\n")


# ---- dates ---------------------------------------------------------------------------------------------

def _parts(value: str | None, *, end: bool = False) -> dict[str, int] | None:
    """{"year", "month", "day"} with only the parts an EDTF date (not an interval) gives; None if no year."""
    if not value or value == "..":
        return None
    m = _DATE.match(value.strip().rstrip("?~%"))
    if not m:
        return None
    y, mo, d = m.groups()
    out = {"year": int(y.replace("X", "9" if end else "0"))}
    if mo:
        out["month"] = int(mo)
        if d:
            out["day"] = int(d)
    return out


def date_parts(edtf: str | None) -> tuple[dict | None, dict | None, str | None]:
    """(start, end, display): the known parts of an EDTF value's first and last day, and how to show it
    when those parts cannot ("1990s", "1989-10?", "../1999"); display None for a plain date or interval."""
    if not edtf:
        return None, None, None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        start, end = _parts(a), _parts(b, end=True)
        plain = start and end and not any(c in edtf for c in "X?~%")  # TimelineJS shows "from - to" itself
        return start, end, None if plain else edtf
    start = _parts(edtf)
    if start is None:
        return None, None, edtf
    core = edtf.rstrip("?~%")
    if "X" in core:  # 199X: the 1990s; 19XX: the 1900s
        return start, _parts(edtf, end=True), f"{start['year']}s" if len(core) == 4 and core == edtf else edtf
    return start, None, (edtf if core != edtf else None)


def _iso(parts: dict | None) -> str | None:
    if not parts:
        return None
    s = f"{parts['year']:04d}"
    if "month" in parts:
        s += f"-{parts['month']:02d}"
        if "day" in parts:
            s += f"-{parts['day']:02d}"
    return s


# ---- jsonl, csv ----------------------------------------------------------------------------------------


def _jsonl(events, file):
    for e in events:
        file.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")


def _names(items) -> str:
    return "; ".join(x["name"] for x in items if isinstance(x, dict) and x.get("name"))


def csv_row(e: dict) -> dict[str, Any]:
    lo, hi = bounds(e.get("date"))
    sources = e.get("sources", [])
    return {"id": e["id"], "type": e["type"], "date": e.get("date") or "", "date_start": lo or "",
            "date_end": hi or "", "title": e.get("title", ""), "name": e.get("name") or "",
            "places": _names(e.get("places", [])), "participants": _names(e.get("participants", [])),
            "organizations": _names(e.get("organizations", [])), "countries": "; ".join(e.get("countries", [])),
            "languages": "; ".join(sorted({s["language"] for s in sources if s.get("language")})),
            "sources": "; ".join(f"{s['document']}:{s['start']}-{s['end']}" for s in sources),
            "quotes": " | ".join(" ".join(s.get("quote", "").split()) for s in sources),
            "confidence": e.get("confidence", ""), "conflict_dates": "; ".join(e.get("conflict_dates", []))}


def _csv(events, file):
    w = csv.DictWriter(file, fieldnames=CSV_COLUMNS)
    w.writeheader()
    for e in events:
        w.writerow(csv_row(e))


# ---- GeoJSON -------------------------------------------------------------------------------------------


def _coords(place: dict) -> list[float] | None:
    try:
        lon, lat = float(place["lon"]), float(place["lat"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return [round(lon, 6), round(lat, 6)]


def geojson(events: Iterable[dict]) -> dict:
    features, unlocated = [], 0
    for e in events:
        lo, hi = bounds(e.get("date"))
        located = False
        for k, p in enumerate(e.get("places", [])):
            xy = _coords(p) if isinstance(p, dict) else None
            if xy is None:
                continue
            located = True
            features.append({
                "type": "Feature", "id": f"{e['id']}/{k}",
                "geometry": {"type": "Point", "coordinates": xy},
                "properties": {"event_id": e["id"], "type": e["type"], "date": e.get("date"), "date_start": lo,
                               "date_end": hi, "title": e.get("title"), "place": p.get("name"),
                               "country": p.get("country"), "geonames_id": p.get("geonames_id"),
                               "participants": _names(e.get("participants", [])),
                               "organizations": _names(e.get("organizations", [])),
                               "countries": "; ".join(e.get("countries", [])),
                               "sources": len(e.get("sources", [])), "confidence": e.get("confidence")}})
        unlocated += not located
    return {"type": "FeatureCollection", "features": features, "bilat:unlocated": unlocated}


# ---- TimelineJS ----------------------------------------------------------------------------------------


def _slide_text(e: dict) -> str:
    esc = html.escape
    lines = []
    for key, label in (("places", "Places"), ("participants", "Participants"), ("organizations", "Organisations")):
        names = []
        for x in e.get(key, []):
            if isinstance(x, dict) and x.get("name"):
                names.append(esc(x["name"]) + (f" ({esc(x['role'])})" if x.get("role") else ""))
        if names:
            lines.append(f"<p><b>{label}:</b> {', '.join(names)}</p>")
    if e.get("conflict_dates"):
        lines.append(f"<p><b>Sources differ on the date:</b> {esc(', '.join(e['conflict_dates']))}</p>")
    for s in e.get("sources", []):
        quote = " ".join(s.get("quote", "").split())
        lines.append(f"<blockquote lang=\"{esc(s.get('language') or '')}\">{esc(quote)}"
                     f"<cite>{esc(s['document'])} [{s['start']}–{s['end']}]</cite></blockquote>")
    return "\n".join(lines)


def _tl_date(parts: dict) -> dict[str, str]:
    return {k: str(parts[k]) for k in ("year", "month", "day") if k in parts}


def timelinejs(events: Iterable[dict], *, title: str | None = None) -> dict:
    slides, n = [], 0
    for e in events:
        start, end, display = date_parts(e.get("date"))
        if start is None and end is not None:  # ../1999: placed at its end
            start, end = end, None
        if start is None:
            continue  # TimelineJS needs a year
        slide = {"unique_id": e["id"], "start_date": _tl_date(start),
                 "text": {"headline": html.escape(e.get("title") or e["type"]), "text": _slide_text(e)},
                 "group": e["type"]}
        if end is not None and end != start:
            slide["end_date"] = _tl_date(end)
        if display:
            slide["display_date"] = display
        slides.append(slide)
        n += 1
    return {"title": {"text": {"headline": html.escape(title or "bilat chronology"),
                               "text": f"{n} events"}},
            "events": slides}


# ---- JSON-LD (schema.org) ------------------------------------------------------------------------------


def _country(code: str) -> dict:
    node = {"@type": "Country", "identifier": code}
    try:
        from babel import Locale

        node["name"] = Locale("en").territories.get(code.upper(), code)
    except Exception:  # babel is a dependency; an odd code simply keeps no name
        pass
    return node


def _place(p: dict) -> dict:
    node: dict[str, Any] = {"@type": "Place", "name": p["name"]}
    xy = _coords(p)
    if xy:
        node["geo"] = {"@type": "GeoCoordinates", "longitude": xy[0], "latitude": xy[1]}
    if p.get("country"):
        node["address"] = {"@type": "PostalAddress", "addressCountry": p["country"]}
    if p.get("geonames_id"):
        node["sameAs"] = f"https://sws.geonames.org/{int(p['geonames_id'])}/"
    return node


def jsonld_event(e: dict, *, base: str | None = None) -> dict:
    start, end, _ = date_parts(e.get("date"))
    node: dict[str, Any] = {"@id": f"{base or BILAT + 'event:'}{e['id']}", "@type": "Event",
                            "name": e.get("title") or e["type"], "bilat:type": e["type"]}
    if e.get("name"):
        node["alternateName"] = e["name"]
    if e.get("date"):
        node["bilat:edtf"] = e["date"]
    if start:
        node["startDate"] = _iso(start)
    if end and end != start:
        node["endDate"] = _iso(end)
    places = [_place(p) for p in e.get("places", []) if isinstance(p, dict) and p.get("name")]
    if places:
        node["location"] = places if len(places) > 1 else places[0]
    people = []
    for p in e.get("participants", []):
        if isinstance(p, dict) and p.get("name"):
            person = {"@type": "Organization" if p.get("kind") == "org" else "Person", "name": p["name"]}
            if p.get("role") and person["@type"] == "Person":
                person["jobTitle"] = p["role"]
            people.append(person)
    if people:
        node["performer" if e["type"] == "performance" else "attendee"] = people
    orgs = [{"@type": "Organization", "name": o["name"]} for o in e.get("organizations", [])
            if isinstance(o, dict) and o.get("name")]
    if orgs:
        node["organizer"] = orgs
    if e.get("countries"):
        node["about"] = [_country(c) for c in e["countries"]]
    cites = []
    for s in e.get("sources", []):
        cites.append({"@type": "CreativeWork", "name": s["document"], "inLanguage": s.get("language"),
                      "text": " ".join(s.get("quote", "").split()),
                      "identifier": f"{s['document']}:{s['start']}-{s['end']}"})
    if cites:
        node["citation"] = cites
    if e.get("confidence") is not None:
        node["bilat:confidence"] = e["confidence"]
    return node


def jsonld(events: Iterable[dict], *, base: str | None = None) -> dict:
    return {"@context": CONTEXT, "@graph": [jsonld_event(e, base=base) for e in events]}


# ---- GraphML -------------------------------------------------------------------------------------------


def graph(events: Iterable[dict]):
    """A networkx Graph: event and actor nodes (attribute `kind`), actor-event edges (attribute `role`)."""
    import networkx as nx

    g = nx.Graph()
    for e in events:
        ev = f"event:{e['id']}"
        g.add_node(ev, kind="event", label=e.get("title") or e["type"], type=e["type"], date=e.get("date") or "",
                   sources=len(e.get("sources", [])), confidence=float(e.get("confidence") or 0.0))
        actors = [("person", p, "participant") for p in e.get("participants", [])]
        actors += [("org", o, "organization") for o in e.get("organizations", [])]
        actors += [("country", {"name": c}, "country") for c in e.get("countries", [])]
        for kind, x, role in actors:
            if not isinstance(x, dict) or not x.get("name"):
                continue
            kind = "org" if x.get("kind") == "org" else kind
            node = f"{kind}:{x['name']}"
            if node not in g:
                g.add_node(node, kind=kind, label=x["name"])
            attrs = {"role": role}
            if x.get("role"):
                attrs["title"] = x["role"]
            g.add_edge(node, ev, **attrs)
    return g


def _graphml(events, file):
    import networkx as nx

    for line in nx.generate_graphml(graph(events), encoding="utf-8", prettyprint=True):
        file.write(line + "\n")
