"""Helpers of the reliability tests: corpora, the ingest runner, and a store snapshot for SQLite and PostgreSQL."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RUNNER = ROOT / "tests" / "store" / "ingest_runner.py"
SHARED_DOCS = ROOT.parent / "shared" / "corpus" / "dev" / "docs"
EXAMPLES = ROOT / "examples"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# tests/store/test_crash.py holds the generated multi-language corpus and the SQLite snapshot these tests
# extend (kill -9 more often, PostgreSQL, the API under load); loaded by path, under a name of its own.
crash = _load("bilat_tests_store_crash", ROOT / "tests" / "store" / "test_crash.py")


def corpus(folder: Path, n_generated: int = 40, seed: int = 7, real: bool = True) -> Path:
    """A folder of documents: `n_generated` short az/ru/en news items (test_crash.make_corpus), plus
    the real documents of ../shared and examples/ when they are there."""
    crash.make_corpus(folder / "generated", n=n_generated, seed=seed)
    if real:
        for src in (SHARED_DOCS, EXAMPLES):
            if src.is_dir():
                for f in sorted(src.rglob("*")):
                    if f.is_file() and not f.name.startswith(".") and f.stat().st_size < 2_000_000:
                        dst = folder / src.name / f.relative_to(src)
                        dst.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(f, dst)
    return folder


def start(mode: str, db, *paths, workers: int = 1, env: dict | None = None) -> subprocess.Popen:
    """tests/store/ingest_runner.py in a process of its own."""
    e = dict(os.environ, BILAT_RUNNER_WORKERS=str(workers), **(env or {}))
    return subprocess.Popen([sys.executable, str(RUNNER), mode, str(db), *map(str, paths)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=e)


def finish(proc: subprocess.Popen, timeout: float = 600, ok_failed: bool = False) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0 or (ok_failed and proc.returncode == 1), \
        f"ingest failed ({proc.returncode}):\n{err[-3000:]}"
    return json.loads(out.strip().splitlines()[-1])


def url_of(db) -> str:
    db = str(db)
    return db if "://" in db else f"sqlite:///{db}"


def snapshot(db) -> dict:
    """What a store holds, after checking it is whole: on SQLite PRAGMA integrity_check and the FTS in step;
    on both no orphan row anywhere (each extraction has its event, its merge, its sources; each event
    an extraction; sources, mentions, entity links point at rows that exist)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url_of(db))
    try:
        with engine.connect() as con:
            q = lambda sql: con.execute(text(sql)).all()  # noqa: E731
            one = lambda sql: con.execute(text(sql)).scalar_one()  # noqa: E731
            sqlite = engine.dialect.name == "sqlite"
            if sqlite:
                assert q("PRAGMA integrity_check") == [("ok",)]
                assert q("PRAGMA foreign_key_check") == []
            if "documents" not in inspect(con).get_table_names():
                return {"documents": {}, "extractions": set(), "per_doc": {}, "events": 0, "clusters": set(),
                        "records": set()}
            docs = dict(q("SELECT path, sha256 FROM documents"))
            if sqlite:
                assert one("SELECT count(*) FROM documents_fts") == len(docs), "full-text index out of step"
                assert one("SELECT count(*) FROM documents_fts f JOIN documents d ON d.id = f.rowid") == len(docs)
            orphans = {
                "extraction without its event": "SELECT count(*) FROM extractions WHERE event_id IS NULL "
                                                "OR event_id NOT IN (SELECT id FROM events)",
                "event no extraction feeds": "SELECT count(*) FROM events WHERE id NOT IN "
                                             "(SELECT event_id FROM extractions WHERE event_id IS NOT NULL)",
                "extraction without its merge": "SELECT count(*) FROM extractions x WHERE NOT EXISTS (SELECT 1 "
                                                "FROM merges m WHERE m.extraction_id = x.id AND "
                                                "m.event_id = x.event_id AND m.undone_at IS NULL)",
                "merge of a vanished extraction": "SELECT count(*) FROM merges WHERE extraction_id NOT IN "
                                                  "(SELECT id FROM extractions)",
                "extraction without sources": "SELECT count(*) FROM extractions x WHERE NOT EXISTS "
                                              "(SELECT 1 FROM sources s WHERE s.extraction_id = x.id)",
                "source of a vanished extraction or document":
                    "SELECT count(*) FROM sources s WHERE s.extraction_id NOT IN (SELECT id FROM extractions) "
                    "OR s.document_id NOT IN (SELECT id FROM documents)",
                "mention of a vanished document or entity":
                    "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents) "
                    "OR entity_id NOT IN (SELECT id FROM entities)",
                "entity link of a vanished event": "SELECT count(*) FROM event_entities WHERE event_id NOT IN "
                                                   "(SELECT id FROM events)",
            }
            for what, sql in orphans.items():
                assert one(sql) == 0, what
            ext = set(q("SELECT d.path, x.type, x.date FROM extractions x JOIN documents d "
                        "ON d.id = x.document_id"))
            per_doc = {r[0]: tuple(r[1:]) for r in q(
                "SELECT d.path, (SELECT count(*) FROM extractions x WHERE x.document_id = d.id), "
                "(SELECT count(*) FROM sources s WHERE s.document_id = d.id), "
                "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id) FROM documents d")}
            members: dict = {}
            for eid, name, date in q("SELECT x.event_id, d.path, x.date FROM extractions x "
                                     "JOIN documents d ON d.id = x.document_id"):
                members.setdefault(eid, []).append((name, date))
            clusters = {(typ, date, tuple(sorted(members[eid], key=str)))
                        for eid, typ, date in q("SELECT id, type, date FROM events")}
            return {"documents": docs, "extractions": ext, "per_doc": per_doc, "events": len(clusters),
                    "clusters": clusters, "records": event_records(url_of(db))}
    finally:
        engine.dispose()


def event_records(url: str) -> set:
    """Every event as (id, type, date, title, sources), sources as (document, start, end, language, quote)."""
    from bilat.use import Corpus

    corpus = Corpus(url)
    try:
        return {(e["id"], e["type"], e.get("date"), e["title"],
                 tuple(sorted((s["document"], s["start"], s["end"], s["language"], s["quote"])
                              for s in e["sources"])))
                for e in corpus.events(include_wrong=True)}
    finally:
        corpus.store.close()
