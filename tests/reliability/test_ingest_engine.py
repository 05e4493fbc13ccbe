"""The local engine when things go wrong: a worker process dies, the database refuses a document, copies.

These run the small stub extractor of tests/store/ingest_runner.py (the pool forks, so a patched
`process` reaches the workers); what they test is bilat.store.ingest itself.
"""
from __future__ import annotations

import os
import shutil

from reliability_util import crash, snapshot

def _stub():
    import importlib.util

    from reliability_util import RUNNER

    spec = importlib.util.spec_from_file_location("bilat_tests_ingest_runner", RUNNER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.stub_process


stub_process = _stub()


def dying_process(path, published=None):
    """The stub, except that a file named crash_* kills its worker the way a segfault or the OOM killer does."""
    if os.path.basename(path).startswith("crash_"):
        os._exit(139)
    return stub_process(path, published)


def test_a_dying_worker_fails_its_file_only(tmp_path, monkeypatch):
    from bilat.store import Store
    from bilat.store import ingest as I

    crash.make_corpus(tmp_path / "docs", n=30, seed=9)
    for i in (4, 17):
        (tmp_path / "docs" / f"crash_{i:02d}.txt").write_text(f"On 1 May 2001 crash {i}.\n")
    monkeypatch.setattr(I, "process", dying_process)
    store = Store(tmp_path / "pool.db")
    seen = []
    report = I.ingest([tmp_path / "docs"], store, workers=2, on_progress=lambda r, key: seen.append(key))
    store.close()
    assert report.added == 30
    assert sorted(os.path.basename(p) for p, _ in report.failed) == ["crash_04.txt", "crash_17.txt"]
    assert all("worker process died" in reason for _, reason in report.failed)
    assert seen == sorted(seen)  # still saved in the order of the files
    # The same store as one process over the files that do not kill anything.
    for i in (4, 17):
        (tmp_path / "docs" / f"crash_{i:02d}.txt").unlink()
    monkeypatch.setattr(I, "process", stub_process)
    ref = Store(tmp_path / "ref.db")
    I.ingest([tmp_path / "docs"], ref)
    ref.close()
    got, want = snapshot(tmp_path / "pool.db"), snapshot(tmp_path / "ref.db")
    assert got["records"] == want["records"] and got["per_doc"] == want["per_doc"]


def test_a_refused_document_does_not_stop_the_run(store_url, tmp_path, monkeypatch):
    """A value the database cannot hold (PostgreSQL: a NUL character in text) fails that file, not the run."""
    from bilat.store import Store
    from bilat.store import ingest as I

    crash.make_corpus(tmp_path / "docs", n=6, seed=2)
    (tmp_path / "docs" / "doc_002.txt").write_text("On 6 May 2003 an agreement\x00 was signed in Baku.\n")

    monkeypatch.setattr(I, "process", stub_process)
    store = Store(store_url)
    report = I.ingest([tmp_path / "docs"], store)
    store.close()
    if store.sqlite:
        assert report.added == 6 and not report.failed
    else:  # PostgreSQL text cannot hold NUL: that one file is reported, the other five are stored
        assert report.added == 5
        assert [os.path.basename(p) for p, _ in report.failed] == ["doc_002.txt"]
        assert "not stored" in report.failed[0][1]
    snapshot(store_url)


def test_copies_are_one_document(tmp_path, monkeypatch):
    """The same bytes under several paths: stored once, the others counted unchanged as its duplicates."""
    import hashlib

    from bilat.store import Store
    from bilat.store import ingest as I

    def by_content(path, published=None):  # event ids from the text, as the real extractor makes them
        doc, evs, mentions = stub_process(path, published)
        for n, e in enumerate(evs):
            e.id = "ev_" + hashlib.sha1(f"{doc.sha256}|{n}".encode()).hexdigest()[:16]
        return doc, evs, mentions

    monkeypatch.setattr(I, "process", by_content)
    files = crash.make_corpus(tmp_path / "a", n=5, seed=4)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    store = Store(tmp_path / "dup.db")
    for workers in (1, 2):
        report = I.ingest([tmp_path / "a", tmp_path / "b"], store, workers=workers)
        assert not report.failed
        assert report.added + report.unchanged == 10
        assert len(report.duplicates) == 5
    store.close()
    assert len(snapshot(tmp_path / "dup.db")["documents"]) == len(files)
