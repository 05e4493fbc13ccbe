"""One ingest run over 1,000 malformed files: each rejected with its reason, memory bounded, the store intact.

The files (tests/reliability/malformed.py): truncated PDFs, DOCX zip bombs,
invalid UTF-8, a 100 MB single line, deeply nested HTML, binary junk, empty
files, damaged DOCX. The run (tests/store/ingest_runner.py, --workers 2, in
a process of its own) goes into a store that already holds events; after it
the store passes PRAGMA integrity_check, still holds those events unchanged,
and answers Corpus queries.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import malformed
from reliability_util import crash, finish, snapshot, start

MEMORY_BOUND_KB = 1536 * 1024  # 1.5 GB per process, the runner and each worker
# What a reason must not look like: an exception no reader turned into InputError.
UNHANDLED = re.compile(r"^(?:[A-Za-z_.]*(?:Error|Exception|Exit|Interrupt|Warning)|KeyError|StopIteration)\b:?")


def test_thousand_malformed_files(tmp_path):
    t0 = time.perf_counter()
    files = malformed.make(tmp_path / "bad")
    made = time.perf_counter() - t0
    kind_of = {str(p.resolve()): kind for kind, paths in files.items() for p in paths}

    db = tmp_path / "store.db"
    good = tmp_path / "good"
    crash.make_corpus(good, n=4, seed=5)
    first = finish(start("real", db, good))
    assert first["added"] == 4 and first["events"] > 0
    before = snapshot(db)

    t1 = time.perf_counter()
    report = finish(start("real", db, tmp_path / "bad", workers=2), ok_failed=True)
    took = time.perf_counter() - t1

    failed = dict(report["failed"])
    for path, reason in failed.items():
        assert reason and reason.strip(), f"{path}: rejected without a reason"
        assert not UNHANDLED.match(reason), f"{path} ({kind_of[path]}): not a reader's error: {reason}"
        assert "Traceback" not in reason
    # Memory: the ingest process (its VmHWM: its ru_maxrss would include this test process's own memory,
    # resident when it was forked) and its workers (RUSAGE_CHILDREN: the largest one's peak).
    own = report["peak_kb"] or report["maxrss_kb"]
    assert own < MEMORY_BOUND_KB, own
    assert report["maxrss_children_kb"] < MEMORY_BOUND_KB, report["maxrss_children_kb"]

    # The store: whole, the earlier events there unchanged, queries answered.
    after = snapshot(db)  # PRAGMA integrity_check, foreign keys, FTS in step, no orphan row
    assert before["records"] <= after["records"]
    from bilat.use import Corpus

    corpus = Corpus(db)
    events = corpus.events()
    assert {r[0] for r in before["records"]} <= {e["id"] for e in events}
    assert corpus.count() == len(events)
    assert corpus.event(events[0]["id"])["sources"]
    assert corpus.search("agreement") or corpus.search("соглашение") or corpus.search("saziş")
    assert corpus.stats()
    corpus.store.close()

    # Every file rejected, with its reason (the report lists it), nothing of them stored.
    accepted = sorted(set(kind_of) - set(failed))
    assert not accepted, (f"{len(accepted)} malformed files stored as documents: "
                          f"{dict(Counter(kind_of[p] for p in accepted))}, e.g. {[Path(p).name for p in accepted[:8]]}")
    assert report["added"] == 0 and report["replaced"] == 0 and report["events"] == 0
    assert len(failed) == len(kind_of) == 1000
    assert after == before

    by_kind = Counter(kind_of[p] for p in failed)
    reasons = Counter(re.sub(r"\d+", "N", r)[:60] for r in failed.values())
    print(f"\n1000 malformed files made in {made:.0f} s, rejected in {took:.0f} s; by kind {dict(by_kind)}; "
          f"peak RSS: ingest process {own // 1024} MB, largest worker "
          f"{report['maxrss_children_kb'] // 1024} MB; reasons: {reasons.most_common(12)}")
