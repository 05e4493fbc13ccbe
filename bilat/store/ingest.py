"""`bilat ingest`: files and folders -> the store, one transaction per document.

The pipeline runs in a process pool (one document per task; the same
per-document function Ray runs beyond one machine); the parent alone writes,
so SQLite sees one writer. A file whose sha256 is already stored is not even
extracted again; a new file with the very bytes of a document stored under
another path is that document's duplicate (Report.duplicates), not a second
document.

Nothing one file does stops the run: a reader's error, an exception in the
pipeline, a value the database refuses, even a worker process that dies
(see `_pooled`) become that file's line in Report.failed.
"""
from __future__ import annotations

import hashlib
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy.exc import DBAPIError, OperationalError

from bilat.records import BilatError, Document, Event, Mention


@dataclass
class Report:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    # Files with the very bytes of a document already stored under another path (counted unchanged):
    # (path, the stored document's path). One text is one document, however many copies are about.
    duplicates: list[tuple[str, str]] = field(default_factory=list)

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


def failure_text(e: BaseException | str) -> str:
    if isinstance(e, str):
        return e
    if isinstance(e, BilatError):
        return getattr(e, "reason", str(e))
    return f"{type(e).__name__}: {e}"


def _attempt(key: str, published: str | None):
    """(result, None) or (None, the error's text): one bad file never stops the run."""
    try:
        return process(key, published), None
    except Exception as e:
        return None, failure_text(e)


def _duplicate(store, report: Report, key: str, sha: str) -> bool:
    """Is a document with these bytes stored under another path? Then count `key` as its duplicate."""
    from sqlalchemy import select

    from bilat.store import schema as S

    with store.engine.connect() as conn:
        other = conn.execute(select(S.documents.c.path).where(S.documents.c.sha256 == sha)
                             .where(S.documents.c.path != key).limit(1)).scalar()
    if other is None:
        return False
    report.duplicates.append((key, other))
    report.unchanged += 1
    return True


def _pooled(todo: list[str], published: str | None, workers: int):
    """(key, result, error) for every key of `todo`, in order, from a process pool of `workers`.

    At most 4 tasks per worker are in flight (memory stays flat on any corpus size). A worker that
    dies (killed, out of memory, a crash in a C library) breaks the pool: the documents then in flight
    are retried in a new pool, each alone, and the one that kills its worker again is reported failed
    - one bad file never stops the run.
    """
    queue = deque(todo)
    suspect: set[str] = set()
    while queue:
        pool = ProcessPoolExecutor(max_workers=workers)
        inflight: deque = deque()
        try:
            while queue or inflight:
                while queue and len(inflight) < 4 * workers:
                    key = queue[0]
                    if key in suspect and inflight:
                        break  # a suspect runs alone, so that a crash names it
                    queue.popleft()
                    inflight.append((key, pool.submit(_attempt, key, published)))
                    if key in suspect:
                        break
                key, fut = inflight[0]
                try:
                    result, error = fut.result()
                except BrokenProcessPool:
                    if key in suspect:  # alone in the pool, and it died again: it is the cause
                        inflight.popleft()
                        yield key, None, "the worker process died while extracting it (crash or out of memory)"
                    # the rest (in order) back to the front of the queue, each to be retried alone
                    for k, _ in reversed(inflight):
                        suspect.add(k)
                        queue.appendleft(k)
                    inflight.clear()
                    break
                inflight.popleft()
                yield key, result, error
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def ingest(paths, store, *, workers: int = 1, published: str | None = None, engine: str = "local",
           address: str | None = None, on_progress: Callable[[Report, str], None] | None = None) -> Report:
    report = Report()
    t0 = time.perf_counter()
    todo = []
    for p in files_of(paths):
        key = str(p.resolve())
        sha = _sha256(p) if p.is_file() else None
        stored = store.stored_sha(key) if sha is not None else None
        if sha is not None and stored == sha:
            report.unchanged += 1
        elif sha is None or stored is not None or not _duplicate(store, report, key, sha):
            todo.append(key)
            continue
        if on_progress:
            on_progress(report, key)

    def done(key, result=None, error=None):
        if error is not None:
            report.failed.append((key, error))
        elif store.stored_sha(key) is None and _duplicate(store, report, key, result[0].sha256):
            pass  # a copy of a file stored earlier in this run
        else:
            doc, evs, mentions = result
            try:
                status = store.save(doc, evs, mentions)
            except DBAPIError as e:
                # The database refused this document (e.g. a value it cannot hold): report it and go on;
                # a lost connection stops the run.
                if isinstance(e, OperationalError) or e.connection_invalidated:
                    raise
                report.failed.append((key, f"not stored: {type(e.orig).__name__}: {str(e.orig).strip()[:300]}"))
            else:
                setattr(report, status, getattr(report, status) + 1)
                report.events += len(evs) if status != "unchanged" else 0
        if on_progress:
            on_progress(report, key)

    # Results are saved in the order of the files, whatever the engine: the same corpus gives the same store.
    if engine == "ray":
        from bilat.store.ray_engine import run_ray

        results = run_ray(list(todo), published, address=address, workers=workers)
    elif engine != "local":
        raise ValueError(f"unknown engine {engine!r}: local or ray")
    elif workers <= 1:
        results = ((key, *_attempt(key, published)) for key in todo)
    else:
        results = _pooled(todo, published, workers)
    try:
        for key, result, error in results:
            done(key, result, error)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # shut the pool down (its finally) at once, also on an error or an interrupt
    report.seconds = time.perf_counter() - t0
    return report
