"""SQLite under kill -9 and under two writers at once: never half a document, never a lost write.

Each test runs the ingest in a separate process (tests/store/ingest_runner.py),
with the real pipeline ("real") and with a small stub extractor ("stub") so
that the store's guarantees are tested whatever state the extractor is in.
"""
from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
RUNNER = HERE / "ingest_runner.py"
ROOT = HERE.parent.parent


# "stub" tests the store's guarantees whatever the extractor does; "real" runs the whole pipeline (every stage
# exists now: a failure there is a failure). tests/reliability/test_kill9.py kills the real one 20 times more,
# on SQLite and PostgreSQL.
EXTRACTORS = ["stub", "real"]

EN_MONTHS = "January February March April May June July August September October November December".split()
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
AZ_MONTHS = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
EN = ["On {d} {en} {y} the agencies signed an agreement in {p_en}.",
      "On {d} {en} {y} the minister paid an official visit to {p_en}.",
      "In {en} {y} a festival of Azerbaijani culture opened in {p_en}.",
      "On {d} {en} {y} an exhibition of carpets opened in {p_en}."]
RU = ["{d} {ru} {y} года в {p_ru} подписано соглашение о сотрудничестве.",
      "{d} {ru} {y} года в {p_ru} открылась выставка ковров.",
      "{d} {ru} {y} года состоялся визит министра в {p_ru}."]
AZ = ["{d} {az} {y}-ci ildə {p_az} saziş imzalandı.",
      "{d} {az} {y}-ci ildə {p_az} xalça sərgisi açıldı."]
PLACES = [("Moscow", "Москве", "Moskvada"), ("Baku", "Баку", "Bakıda"), ("Tehran", "Тегеране", "Tehranda")]


def make_corpus(folder: Path, n: int = 40, seed: int = 7) -> list[Path]:
    """n short documents in az/ru/en, dates drawn from a small pool so that documents report the same events."""
    rnd = random.Random(seed)
    pool = [(rnd.randint(1, 28), rnd.randint(0, 11), rnd.randint(1995, 2010)) for _ in range(25)]
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        lines = []
        for _ in range(rnd.randint(2, 5)):
            d, m, y = rnd.choice(pool)
            p_en, p_ru, p_az = rnd.choice(PLACES)
            tpl = rnd.choice(rnd.choice([EN, RU, AZ]))
            lines.append(tpl.format(d=d, y=y, en=EN_MONTHS[m], ru=RU_MONTHS[m], az=AZ_MONTHS[m],
                                    p_en=p_en, p_ru=p_ru, p_az=p_az))
        lines.append(f"Document number {i}, no date here.")
        f = folder / f"doc_{i:03d}.txt"
        f.write_text(" ".join(lines) + "\n", encoding="utf-8")
        files.append(f)
    return files


def start(mode: str, db: Path, *paths) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(RUNNER), mode, str(db), *map(str, paths)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"ingest failed ({proc.returncode}):\n{err[-3000:]}"
    return json.loads(out.strip().splitlines()[-1])


def snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:
            return {"documents": {}, "extractions": set(), "per_doc": {}, "events": 0, "clusters": set()}
        docs = dict(con.execute("SELECT name, sha256 FROM documents"))
        ext = set(con.execute("SELECT d.name, x.type, x.date FROM extractions x JOIN documents d ON d.id = x.document_id"))
        per_doc = {name: (n_ext, n_src, n_men) for name, n_ext, n_src, n_men in con.execute(
            "SELECT d.name, (SELECT count(*) FROM extractions x WHERE x.document_id = d.id), "
            "(SELECT count(*) FROM sources s WHERE s.document_id = d.id), "
            "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id) FROM documents d")}
        fts = con.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert fts == len(docs), "full-text index out of step with documents"
        orphans = con.execute("SELECT count(*) FROM extractions WHERE event_id IS NULL OR event_id NOT IN "
                              "(SELECT id FROM events)").fetchone()[0]
        assert orphans == 0, "extractions without their event"
        empty = con.execute("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM extractions "
                            "WHERE event_id IS NOT NULL)").fetchone()[0]
        assert empty == 0, "events no extraction feeds"
        clusters = set()
        for eid, typ, date in con.execute("SELECT id, type, date FROM events"):
            members = tuple(sorted(con.execute("SELECT d.name, x.date FROM extractions x JOIN documents d "
                                               "ON d.id = x.document_id WHERE x.event_id = ?", (eid,))))
            clusters.add((typ, date, members))
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"documents": docs, "extractions": ext, "per_doc": per_doc, "events": events, "clusters": clusters}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus") / "docs")


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory):
    """The uninterrupted runs, one per extractor."""
    cache = {}

    def get(mode):
        if mode not in cache:
            db = tmp_path_factory.mktemp(f"clean_{mode}") / "clean.db"
            report = finish(start(mode, db, corpus[0].parent))
            assert report["added"] == len(corpus)
            cache[mode] = snapshot(db)
            assert cache[mode]["events"] > 0
        return cache[mode]

    return get


@pytest.mark.parametrize("mode", EXTRACTORS)
def test_kill_9_during_ingest(mode, corpus, expected, tmp_path):
    clean = expected(mode)
    rnd = random.Random(20240206)
    # How long a full run takes here, to spread the kills over start-up, migration and the writes.
    t0 = time.perf_counter()
    finish(start(mode, tmp_path / "timing.db", corpus[0].parent))
    full = time.perf_counter() - t0
    interrupted = 0
    for round_ in range(5):
        db = tmp_path / f"killed_{round_}.db"
        proc = start(mode, db, corpus[0].parent)
        time.sleep(rnd.uniform(0.05, full * 0.9))
        if proc.poll() is None:
            interrupted += 1
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        partial = snapshot(db)  # integrity_check ok, no extraction without its event, FTS in step
        for name, counts in partial["per_doc"].items():
            assert counts == clean["per_doc"][name], f"{name} half stored after kill -9: {counts}"
        assert partial["extractions"] <= clean["extractions"]
        # Resume: the rest is added, nothing stored twice, the result is the uninterrupted run's.
        report = finish(start(mode, db, corpus[0].parent))
        assert report["unchanged"] == len(partial["documents"])
        done = snapshot(db)
        assert done["documents"] == clean["documents"]
        assert done["extractions"] == clean["extractions"]
        assert done["events"] == clean["events"]
        assert done["clusters"] == clean["clusters"]
    assert interrupted >= 3, f"only {interrupted} of 5 kills landed before the run ended ({full:.2f} s)"


@pytest.mark.parametrize("mode", EXTRACTORS)
def test_two_writers_at_once(mode, corpus, expected, tmp_path):
    clean = expected(mode)
    half = len(corpus) // 2
    # Different halves of the corpus into one file at the same time.
    db = tmp_path / "halves.db"
    a, b = start(mode, db, *corpus[:half]), start(mode, db, *corpus[half:])
    ra, rb = finish(a), finish(b)
    assert ra["added"] + rb["added"] == len(corpus)
    got = snapshot(db)
    assert got["documents"] == clean["documents"]
    assert got["extractions"] == clean["extractions"]  # no lost write
    assert got["per_doc"] == clean["per_doc"]
    # The same files from two processes at once: each stored once, the other sees it unchanged.
    db = tmp_path / "same.db"
    a, b = start(mode, db, corpus[0].parent), start(mode, db, corpus[0].parent)
    ra, rb = finish(a), finish(b)
    assert ra["added"] + rb["added"] == len(corpus)
    assert ra["added"] + ra["unchanged"] + ra["replaced"] == len(corpus)
    assert ra["replaced"] == rb["replaced"] == 0
    got = snapshot(db)
    assert got["documents"] == clean["documents"]
    assert got["extractions"] == clean["extractions"]
    assert got["per_doc"] == clean["per_doc"]
