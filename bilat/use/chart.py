"""`bilat stats --chart FILE.png`: events per year, stacked by type (the report's figure, bilat.report.figures)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any


def per_year(source: Any) -> Counter:
    """{(year, type): n} from Corpus.stats() output, a Corpus, or event records."""
    if isinstance(source, dict) and "per_year" in source:
        return Counter(source["per_year"])
    if hasattr(source, "stats"):
        return Counter(source.stats()["per_year"])
    return Counter((int(e["date"][:4]), e["type"]) for e in source if (e.get("date") or "")[:4].isdigit())


def events_per_year(stats_or_corpus: Any, path: str | Path) -> Path:
    """Write the PNG chart to `path`; returns the path."""
    from bilat.report.figures import per_year_png

    path = Path(path)
    path.write_bytes(per_year_png(per_year(stats_or_corpus)))
    return path
