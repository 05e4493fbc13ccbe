"""`bilat ingest --engine ray`: Ray Data (local mode, 2 CPUs) gives the store the local engine gives.

The same corpus (generated az/ru/en news items, the real documents of
../shared and examples/ when present, and a few files that must fail) is
ingested by the local engine and by Ray; the events (id, type, date, title,
sources), the extractions, the clusters and the failures must be identical,
on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reliability_util import corpus as make_corpus, snapshot

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = make_corpus(tmp_path_factory.mktemp("ray") / "docs", n_generated=30, seed=11)
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.pdf").write_bytes(bytes(range(256)) * 8 + b"\x00\x00")  # trailing NULs must survive the trip
    (bad / "truncated.docx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00")
    return root


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory):
    """The local engine, one process, into SQLite."""
    from bilat.store import Store
    from bilat.store.ingest import ingest

    db = tmp_path_factory.mktemp("ref") / "local.db"
    store = Store(db)
    report = ingest([folder], store)
    store.close()
    assert report.added > 30 and report.events > 0
    return report, snapshot(db)


def _same(got, ref):
    assert got["records"] == ref["records"]  # id, type, date, title, sources of every event
    assert got["documents"] == ref["documents"]
    assert got["extractions"] == ref["extractions"]
    assert got["clusters"] == ref["clusters"]
    assert got["per_doc"] == ref["per_doc"]


def test_ray_same_events_as_local(store_url, folder, reference, ray_local):
    from bilat.store import Store
    from bilat.store.ingest import ingest

    ref_report, ref = reference
    store = Store(store_url)
    report = ingest([folder], store, engine="ray", workers=2)
    assert (report.added, report.events) == (ref_report.added, ref_report.events)
    assert report.failed == ref_report.failed  # the same files fail, for the same reasons, in the same order
    assert any(path.endswith("empty.txt") for path, _ in report.failed)
    _same(snapshot(store_url), ref)
    # A second run changes nothing: every file is seen unchanged before any task is sent.
    again = ingest([folder], store, engine="ray", workers=2)
    assert again.unchanged == report.added and again.added == 0
    store.close()


def test_local_pool_same_as_one_process(folder, reference, tmp_path):
    from bilat.store import Store
    from bilat.store.ingest import ingest

    ref_report, ref = reference
    db = tmp_path / "pool.db"
    store = Store(db)
    report = ingest([folder], store, workers=2)
    store.close()
    assert report.failed == ref_report.failed
    _same(snapshot(db), ref)


def test_cli_engine_ray(folder, reference, ray_local, tmp_path):
    """`bilat ingest --engine ray` (joins the Ray already running in this process)."""
    from typer.testing import CliRunner

    from bilat.cli.main import app

    db = tmp_path / "cli.db"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--engine", "ray", "--workers", "2"])
    assert r.exit_code == 1, r.output  # the bad files fail, and say so
    assert "failed" in r.output
    _same(snapshot(db), reference[1])


def test_ray_shipped_bytes_match_paths(folder, ray_local, monkeypatch):
    """Files over SHIP_MAX go by path, the rest as bytes: both give the same result."""
    from bilat.store import ray_engine
    from bilat.store.ingest import files_of

    todo = [str(p.resolve()) for p in files_of([folder])][:12]
    shipped = list(ray_engine.run_ray(list(todo), None, workers=2))
    monkeypatch.setattr(ray_engine, "SHIP_MAX", -1)
    by_path = list(ray_engine.run_ray(list(todo), None, workers=2))
    assert [k for k, _, _ in shipped] == todo == [k for k, _, _ in by_path]
    for (_, r1, e1), (_, r2, e2) in zip(shipped, by_path):
        assert e1 == e2
        if r1 is not None:
            assert r1[0] == r2[0] and r1[1] == r2[1] and r1[2] == r2[2]
