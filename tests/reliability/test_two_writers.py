"""Two ingest processes on one store at once, each with two workers: both finish, no error, no lost write.

tests/store/test_crash.py::test_two_writers_at_once covers disjoint halves and
identical sets on SQLite, one worker each. Here the two runs overlap (a third
of the files in both), each runs a process pool, and the store is SQLite or
PostgreSQL: every document is stored once, complete, with every extraction an
uninterrupted single run makes, and the union of the events is there.
"""
from __future__ import annotations

import pytest

from reliability_util import crash, finish, snapshot, start


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return crash.make_corpus(tmp_path_factory.mktemp("two") / "docs", n=60, seed=13)


def test_two_ingests_at_once(store_url, files, tmp_path):
    clean_db = tmp_path / "clean.db"
    finish(start("real", clean_db, *files))
    clean = snapshot(clean_db)

    a, b = files[:40], files[20:]  # files[20:40] in both
    pa = start("real", store_url, *a, workers=2)
    pb = start("real", store_url, *b, workers=2)
    ra, rb = finish(pa), finish(pb)
    assert not ra["failed"] and not rb["failed"]
    assert ra["added"] + rb["added"] == len(files)  # each document stored by exactly one of them
    assert ra["added"] + ra["unchanged"] == len(a) and rb["added"] + rb["unchanged"] == len(b)
    assert ra["replaced"] == rb["replaced"] == 0
    got = snapshot(store_url)  # whole: integrity, no orphan row
    assert got["documents"] == clean["documents"]
    assert got["per_doc"] == clean["per_doc"]
    assert got["extractions"] == clean["extractions"]  # no lost write
    # The union of the events: every extraction belongs to an event, and every (type, date) a single run
    # resolves to is there. (Which extractions merge may depend on the order the two writers interleave.)
    assert {(t, d) for t, d, _ in got["clusters"]} == {(t, d) for t, d, _ in clean["clusters"]}
    assert sum(len(m) for _, _, m in got["clusters"]) == sum(len(m) for _, _, m in clean["clusters"])
