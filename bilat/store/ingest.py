"""`bilat ingest`: files and folders -> the store, one transaction per document.

The pipeline runs in a process pool (one document per task; the same
per-document function Ray runs beyond one machine); the parent alone writes,
so SQLite sees one writer. A file whose sha256 is already stored is not even
extracted again.
"""
from __future__ import annotations

import hashlib
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from bilat.records import BilatError, Document, Event, Mention


@dataclass
class Report:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.added + self.replaced + self.unchanged + len(self.failed)


def files_of(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every file inside folders named (recursively, hidden ones skipped), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(q for q in p.rglob("*") if q.is_file()
                            and not any(part.startswith(".") for part in q.relative_to(p).parts))
        else:
            found.append(p)
    return found


def process(path: str, published: str | None = None) -> tuple[Document, list[Event], list[Mention]]:
    """The per-document function: read, extract, and keep what the store needs."""
    from bilat import entities, events
    from bilat import time as timex
    from bilat import pipeline

    doc = pipeline.document(Path(path), published=published)
    doc.path = path
    seg = pipeline.segmented(doc)
    times = timex.annotate(seg)
    mentions = entities.annotate(seg)
    evs = events.extract(seg, times, mentions)
    return doc, evs, mentions


def _sha256(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def ingest(paths, store, *, workers: int = 1, published: str | None = None,
           on_progress: Callable[[Report, str], None] | None = None) -> Report:
    report = Report()
    t0 = time.perf_counter()
    todo = []
    for p in files_of(paths):
        key = str(p.resolve())
        if p.is_file() and store.stored_sha(key) == _sha256(p):
            report.unchanged += 1
            if on_progress:
                on_progress(report, key)
            continue
        todo.append(key)

    def done(key, result=None, error=None):
        if error is not None:
            report.failed.append((key, error))
        else:
            doc, evs, mentions = result
            status = store.save(doc, evs, mentions)
            setattr(report, status, getattr(report, status) + 1)
            report.events += len(evs) if status != "unchanged" else 0
        if on_progress:
            on_progress(report, key)

    def failure(e: Exception) -> str:
        if isinstance(e, BilatError):
            return getattr(e, "reason", str(e))
        return f"{type(e).__name__}: {e}"

    if workers <= 1:
        for key in todo:
            try:
                result = process(key, published)
            except Exception as e:  # one bad file never stops the run
                done(key, error=failure(e))
                continue
            done(key, result)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(process, key, published): key for key in todo}
            for fut in as_completed(futures):
                try:
                    result = fut.result()
                except Exception as e:
                    done(futures[fut], error=failure(e))
                    continue
                done(futures[fut], result)
    report.seconds = time.perf_counter() - t0
    return report
