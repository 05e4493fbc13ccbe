"""The report's figures (matplotlib, no display): events per year by type, and a map of places.

Captions are written by the document in its language: matplotlib does not
shape Arabic script, so the figures themselves carry no words but names.
"""
from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

COUNTRIES = Path(__file__).resolve().parent.parent / "api" / "static" / "vendor" / "countries.geojson"


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def chart_png(events: list[dict]) -> bytes:
    per = Counter((int(e["date"][:4]), e["type"]) for e in events if e.get("date", "")[:4].isdigit())
    return per_year_png(per)


def per_year_png(per: Counter) -> bytes:
    """Stacked bars of events per year by type, from a Counter {(year, type): n} (Corpus.stats()["per_year"])."""
    years = sorted({y for y, _ in per})
    types = sorted({t for _, t in per})
    fig, ax = plt.subplots(figsize=(8, 3.2))
    bottom = [0] * len(years)
    for t in types:
        vals = [per.get((y, t), 0) for y in years]
        ax.bar(years, vals, bottom=bottom, label=t)
        bottom = [a + b for a, b in zip(bottom, vals)]
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if types:
        ax.legend(fontsize=7, ncol=4, frameon=False)
    return _png(fig)


def map_png(events: list[dict]) -> bytes:
    pts = Counter()
    for e in events:
        for p in e["places"]:
            if p.get("lat") is not None and p.get("lon") is not None:
                pts[(p["lon"], p["lat"], p["name"])] += 1
    fig, ax = plt.subplots(figsize=(8, 4.5))
    if COUNTRIES.exists():  # Natural Earth outlines, vendored with the web page
        for feat in json.loads(COUNTRIES.read_text(encoding="utf-8")).get("features", []):
            geom = feat.get("geometry") or {}
            polys = geom.get("coordinates", []) if geom.get("type") == "MultiPolygon" else [geom.get("coordinates", [])]
            for poly in polys:
                for ring in poly[:1]:
                    xs, ys = zip(*ring) if ring else ((), ())
                    ax.plot(xs, ys, color="#bbbbbb", linewidth=0.5)
    if pts:
        xs, ys, labels = zip(*pts)
        sizes = [30 + 20 * pts[k] for k in pts]
        ax.scatter(xs, ys, s=sizes, color="#c0392b", alpha=0.7, zorder=3)
        for x, y, name in pts:
            ax.annotate(name, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
        pad = 6
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.set_aspect("equal", adjustable="datalim")
    return _png(fig)
