"""Store benchmark (run on demand, prints figures; not a test).

    .venv/bin/python benchmarks/store.py [--sizes 1000,10000,100000] [--docs 200] [--db URL]

(a) ingest throughput, documents/s, with --workers 1 and 2 over generated documents (needs the extractor);
(b) resolution as the store grows: synthetic extractions saved through Store.save (documents of 100
    events), the time per 1k inserts at each size, against n log n growth;
(c) timeline query latency at the largest size: Corpus.events(date_from, date_to, limit=100) over 200
    random ten-year windows, p50/p99, against the same query without the date index.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bilat.records import Document, Event, Source  # noqa: E402
from bilat.store import Store  # noqa: E402

TYPES = ["agreement", "visit", "meeting", "culture_days", "culture_year", "festival", "exhibition", "performance",
         "monument", "forum", "founding", "decree", "media", "ceremony", "education", "other"]
PLACES = [f"Place {i:02d}" for i in range(50)]
PEOPLE = [f"Person {i:03d}" for i in range(200)]
D0, D1 = dt.date(1990, 1, 1).toordinal(), dt.date(2024, 12, 31).toordinal()


# ---- (a) ingest -----------------------------------------------------------------------------------------

def make_documents(folder: Path, n: int, seed: int = 1) -> list[Path]:
    rnd = random.Random(seed)
    months = "January February March April May June July August September October November December".split()
    ru = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(3, 8)):
            d, m, y = rnd.randint(1, 28), rnd.randint(0, 11), rnd.randint(1990, 2024)
            parts.append(rnd.choice([
                f"On {d} {months[m]} {y} the agencies signed an agreement in Moscow.",
                f"On {d} {months[m]} {y} the President of Azerbaijan paid an official visit to Moscow.",
                f"{d} {ru[m]} {y} года в Баку открылась выставка азербайджанских ковров.",
                f"{y}-ci il {d} {['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'][m]} tarixində Bakıda saziş imzalandı.",
            ]))
        p = folder / f"doc_{i:04d}.txt"
        p.write_text(" ".join(parts) + "\n", encoding="utf-8")
        out.append(p)
    return out


def bench_ingest(tmp: Path, n_docs: int):
    print(f"\n(a) ingest: {n_docs} generated documents")
    try:
        from bilat.store.ingest import ingest, process

        probe = tmp / "probe.txt"
        probe.write_text("On 6 February 2004 the agencies signed an agreement in Moscow.\n", encoding="utf-8")
        process(str(probe))
    except Exception as e:
        print(f"    skipped: the extractor does not run yet ({type(e).__name__}: {e})")
        return
    files = make_documents(tmp / "docs", n_docs)
    for workers in (1, 2):
        db = tmp / f"ingest_{workers}.db"
        store = Store(db)
        t0 = time.perf_counter()
        report = ingest([str(f) for f in files], store, workers=workers)
        secs = time.perf_counter() - t0
        store.close()
        print(f"    --workers {workers}: {report.documents / secs:7.1f} documents/s "
              f"({report.added} added, {len(report.failed)} failed, {report.events} events, {secs:.1f} s)")


# ---- (b) resolution as the store grows ---------------------------------------------------------------

class Synthetic:
    """Documents of 100 synthetic events each: random type, day- or month-precise date, place, participants."""

    def __init__(self, seed: int = 42):
        self.rnd = random.Random(seed)
        self.n_docs = 0

    def event(self, doc: Document, k: int) -> Event:
        r = self.rnd
        day = dt.date.fromordinal(r.randint(D0, D1))
        date = day.isoformat() if r.random() < 0.7 else day.isoformat()[:7]
        src = Source(document=doc.name, start=k * 10, end=k * 10 + 9, language=r.choice("az ru fa en".split()),
                     quote=f"event {k}")
        return Event(id="ev_" + hashlib.sha1(f"{doc.path}|{k}".encode()).hexdigest()[:16], type=r.choice(TYPES),
                     date=date, title=f"synthetic {k}", places=[{"name": r.choice(PLACES)}],
                     participants=[{"name": p, "kind": "person"} for p in r.sample(PEOPLE, r.randint(0, 2))],
                     countries=["AZ", "RU"], sources=[src], confidence=0.6)

    def document(self, per_doc: int = 100) -> tuple[Document, list[Event]]:
        self.n_docs += 1
        text = f"synthetic document {self.n_docs} " + "x" * 200
        doc = Document(path=f"/synthetic/{self.n_docs:07d}.txt", name=f"{self.n_docs:07d}.txt",
                       sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", encoding="utf-8", text=text)
        return doc, [self.event(doc, k) for k in range(per_doc)]


def bench_growth(store: Store, sizes: list[int], per_doc: int = 100, probe: int = 2000):
    print(f"\n(b) resolution as the store grows ({store.engine.dialect.name}; Store.save, documents of {per_doc} events)")
    gen = Synthetic()
    inserted = 0
    rows = []
    t_build = time.perf_counter()
    for size in sizes:
        while inserted < size:  # grow to the size (not timed per 1k)
            doc, evs = gen.document(per_doc)
            store.save(doc, evs, [])
            inserted += len(evs)
        t0 = time.perf_counter()
        probe_n = 0
        while probe_n < probe:  # then time the next `probe` inserts at this size
            doc, evs = gen.document(per_doc)
            store.save(doc, evs, [])
            probe_n += len(evs)
        per_1k = (time.perf_counter() - t0) / probe_n * 1000
        inserted += probe_n
        with store.engine.connect() as conn:
            n_events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
        rows.append((size, per_1k, n_events))
        print(f"    at {size:>9,} extractions ({n_events:,} events after the probe): {per_1k:6.2f} s per 1k inserts "
              f"(built so far in {time.perf_counter() - t_build:.0f} s)", flush=True)
        if store.sqlite:
            blocking_queries(store)
    base_n, base_t, _ = rows[0]
    print("    growth of the per-insert cost vs n log n (per insert, log n ratio):")
    for size, per_1k, _ in rows:
        print(f"      {size:>9,}: cost x{per_1k / base_t:5.2f}   log n x{math.log(size) / math.log(base_n):5.2f}")
    if len(rows) >= 2:
        (n1, t1, _), (n2, t2, _) = rows[-2], rows[-1]
        # Extrapolate the per-insert cost to 1M from the last two sizes (log-linear in n).
        slope = (t2 - t1) / (math.log(n2) - math.log(n1)) if n2 != n1 else 0
        t_1m = t2 + slope * (math.log(1_000_000) - math.log(n2))
        if sizes[-1] < 1_000_000:
            print(f"    1M not measured here (2 cores); extrapolated from {n1:,} and {n2:,} with log-n growth: "
                  f"~{t_1m:.2f} s per 1k inserts at 1M, a 1M build ~{t_1m * 1000 / 60:.0f} min")
    return rows


def blocking_queries(store: Store, n: int = 300):
    """The resolver's candidate query alone: bounded (ix_events_blocking) vs the open range it replaced."""
    rnd = random.Random(3)
    probes = []
    for _ in range(n):
        day = dt.date.fromordinal(rnd.randint(D0, D1))
        probes.append((rnd.choice(TYPES), (day - dt.timedelta(days=7)).isoformat(),
                       (day + dt.timedelta(days=7)).isoformat(), (day - dt.timedelta(days=407)).isoformat()))
    new = ("SELECT id FROM events WHERE type = ? AND long_span = 0 AND date_start >= ? AND date_start <= ? "
           "AND date_end >= ? UNION ALL SELECT id FROM events WHERE type = ? AND long_span = 1 "
           "AND date_start <= ? AND date_end >= ?")
    old = ("SELECT id FROM events NOT INDEXED WHERE type = ? AND date_start <= ? AND date_end >= ?")
    old_ix = ("SELECT id FROM events INDEXED BY ix_events_type_start WHERE type = ? AND date_start <= ? "
              "AND date_end >= ?")
    with store.engine.connect() as conn:
        def run(sql, args_of):
            t0 = time.perf_counter()
            found = sum(len(conn.exec_driver_sql(sql, args_of(p)).all()) for p in probes)
            return (time.perf_counter() - t0) / n * 1000, found
        t_new, f_new = run(new, lambda p: (p[0], p[3], p[2], p[1], p[0], p[2], p[1]))
        t_ix, f_ix = run(old_ix, lambda p: (p[0], p[2], p[1]))
        t_scan, f_scan = run(old, lambda p: (p[0], p[2], p[1]))
    assert f_new == f_ix == f_scan, (f_new, f_ix, f_scan)
    print(f"      blocking query: bounded {t_new:.3f} ms  |  before (type, date_start <= hi) {t_ix:.3f} ms"
          f"  |  full scan {t_scan:.3f} ms   (mean of {n}, same candidates)")


# ---- (c) timeline query --------------------------------------------------------------------------------

def windows(n: int, seed: int = 7) -> list[tuple[str, str, int]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        y = rnd.randint(1990, 2015)
        out.append((str(y), str(y + 9), rnd.randint(0, 4) * 100))  # one of the first five pages
    return out


def timeline(db_url: str, wins, label: str) -> list[float]:
    from bilat.use import Corpus

    corpus = Corpus(db_url)
    corpus.events(date_from="2000", date_to="2009", limit=100)  # warm the cache
    lat = []
    for a, b, offset in wins:
        t0 = time.perf_counter()
        got = corpus.events(date_from=a, date_to=b, limit=100, offset=offset)
        lat.append((time.perf_counter() - t0) * 1000)
        assert len(got) <= 100
    corpus.store.close()
    q = statistics.quantiles(lat, n=100)
    print(f"    {label:<44} p50 {q[49]:8.1f} ms   p99 {q[98]:8.1f} ms   ({len(lat)} queries)")
    return lat


def bench_timeline(path: Path):
    print(f"\n(c) timeline query: Corpus.events(date_from, date_to, limit=100, offset=0..400), ten-year windows")
    con = sqlite3.connect(path)
    n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    plan = con.execute("EXPLAIN QUERY PLAN SELECT * FROM events WHERE date_end >= '2000-01-01' AND "
                       "date_start <= '2009-12-31' ORDER BY date_start IS NULL, date_start, date_end, id "
                       "LIMIT 100").fetchall()
    con.close()
    print(f"    {n:,} events; plan: " + "; ".join(r[-1] for r in plan))
    lat = timeline(f"sqlite:///{path}", windows(200), "with the schema's indexes")
    p99 = statistics.quantiles(lat, n=100)[98]
    print(f"    target p99 < 100 ms: {'met' if p99 < 100 else 'NOT met'}")
    # Baseline: the same queries on a copy without the date index.
    copy = path.with_name("noindex.db")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    for (name,) in dst.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                               "AND name LIKE 'ix_%'").fetchall():
        dst.execute(f"DROP INDEX {name}")
    dst.commit()
    dst.close()
    base = timeline(f"sqlite:///{copy}", windows(40), "baseline: events without any ix_events_* index")
    print(f"    speed-up p50 x{statistics.median(base) / statistics.median(lat):.1f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="store sizes (extractions) to measure at")
    ap.add_argument("--docs", type=int, default=200, help="documents for the ingest benchmark")
    ap.add_argument("--db", help="a SQLAlchemy URL of an EMPTY database for (b) instead of a SQLite file")
    ap.add_argument("--skip", default="", help="parts to skip, e.g. a or a,c")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="bilat-bench-"))
    print(f"bilat store benchmark, {os.cpu_count()} CPUs, scratch {tmp}")
    try:
        if "a" not in args.skip:
            bench_ingest(tmp, args.docs)
        path = tmp / "growth.db"
        store = Store(args.db or path)
        if "b" not in args.skip:
            bench_growth(store, sizes)
        store.close()
        if "c" not in args.skip and not args.db:
            bench_timeline(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
