"""kill -9 at random moments during ingest, 30 times, with the real pipeline: nothing lost, nothing half.

Extends tests/store/test_crash.py (5 kills, SQLite, fresh store each time)
to 20 kills on SQLite and 10 on PostgreSQL, in chains: a run is killed, the
next run resumes the same store and is killed in turn, five times, then a
last run finishes. After every kill the store opens and is whole (SQLite:
PRAGMA integrity_check, FTS in step; both: no orphan row, every stored
document complete); the finished store holds exactly the events of an
uninterrupted run (ids, types, dates, titles, sources, clusters).
"""
from __future__ import annotations

import random
import signal
import time

import pytest
from sqlalchemy import create_engine, text

from reliability_util import crash, finish, snapshot, start

KILLS_PER_CHAIN = 5
CHAINS = {"sqlite": 4, "postgresql": 2}  # 20 kills on SQLite, 10 on PostgreSQL


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill9") / "docs"
    crash.make_corpus(folder, n=70, seed=3)
    return folder


def _stored(url) -> int:
    engine = create_engine(url if "://" in str(url) else f"sqlite:///{url}")
    try:
        with engine.connect() as con:
            return con.execute(text("SELECT count(*) FROM documents")).scalar_one()
    except Exception:
        return 0  # not created yet
    finally:
        engine.dispose()


def _fresh_pg(server: str, name: str) -> str:
    base = server.rsplit("/", 1)[0]
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        con.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{base}/{name}"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_kill_9_twenty_times(backend, docs, tmp_path, request):
    if backend == "sqlite":
        new_db = lambda name: str(tmp_path / f"{name}.db")  # noqa: E731
    else:
        server = request.getfixturevalue("postgresql_url")
        new_db = lambda name: _fresh_pg(server, f"kill9_{name}")  # noqa: E731
    total = len(list(docs.iterdir()))

    # The uninterrupted run, timed: start-up (imports, migrations) until the first document is stored.
    clean_db = new_db("clean")
    t0 = time.perf_counter()
    proc = start("real", clean_db, docs)
    startup = None
    while proc.poll() is None:
        if startup is None and _stored(clean_db) > 0:
            startup = time.perf_counter() - t0
        time.sleep(0.02)
    full = time.perf_counter() - t0
    report = finish(proc)
    assert report["added"] == total and report["events"] > 0
    startup = startup or full * 0.5
    clean = snapshot(clean_db)

    rnd = random.Random(f"kill9-{backend}")
    kills, mid_write, log = 0, 0, []
    for chain in range(CHAINS[backend]):
        db = new_db(f"chain{chain}")
        for k in range(KILLS_PER_CHAIN):
            before = _stored(db)
            proc = start("real", db, docs)
            t0 = time.perf_counter()
            if rnd.random() < 0.25 or before >= total - 1:
                # During start-up, migration or the check of what is already stored (or, on a machine slower or
                # faster than in the timed run, as the first document is written: never after the run is over).
                deadline = t0 + rnd.uniform(0.05, startup)
                while proc.poll() is None and time.perf_counter() < deadline and _stored(db) <= before:
                    time.sleep(0.005)
            else:
                # While documents are written: once the store holds a random number of them, after a random
                # few milliseconds more - anywhere in the extraction or the transaction of the next one.
                target = before + rnd.randint(1, max(1, (total - 1 - before) // (KILLS_PER_CHAIN - k)))
                while proc.poll() is None and _stored(db) < target and time.perf_counter() - t0 < 60:
                    time.sleep(0.005)
                time.sleep(rnd.uniform(0, 0.03))
            delay = time.perf_counter() - t0
            running = proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            kills += 1
            partial = snapshot(db)  # opens, integrity_check ok, no orphan row
            for name, counts in partial["per_doc"].items():
                assert counts == clean["per_doc"][name], f"{name} half stored after kill -9: {counts}"
            assert partial["extractions"] <= clean["extractions"]
            after = len(partial["documents"])
            mid_write += running and before < after < total
            log.append((chain, k, round(delay, 2), before, after))
        report = finish(start("real", db, docs))  # the finishing run
        assert report["failed"] == []
        assert report["unchanged"] + report["added"] == total
        done = snapshot(db)
        assert done["documents"] == clean["documents"]
        assert done["extractions"] == clean["extractions"]
        assert done["per_doc"] == clean["per_doc"]
        assert done["clusters"] == clean["clusters"]
        assert done["records"] == clean["records"], "the finished store differs from an uninterrupted run"
    assert kills == CHAINS[backend] * KILLS_PER_CHAIN
    # Most kills must land while documents are being written, or the test proves little.
    assert mid_write >= kills // 2, f"only {mid_write} of {kills} kills landed mid-write: {log}"
    print(f"\n{backend}: {kills} kills, {mid_write} mid-write; run {full:.1f} s (start-up {startup:.1f} s); {log}")
