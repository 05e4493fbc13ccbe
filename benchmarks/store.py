"""Store benchmark (run on demand, prints figures; not a test).

    .venv/bin/python benchmarks/store.py [--sizes 1000,100000,1000000] [--docs 200] [--skip a,b,c] [--db URL]

(a) ingest throughput, documents/s, with 1 and 2 workers over generated documents (the whole pipeline);
(b) resolution as the store grows: synthetic extractions saved through Store.save, one transaction per
    document, every one resolved against the store. At each size the next --probe extractions are timed
    (documents of 100), split into resolution proper (the candidate lookup and `decide`) and the rest of
    saving (rows, indexes, commit), and compared with n log n: the total time T(n) to resolve n
    extractions grows no faster than n log n when the per-extraction cost grows no faster than log n.
    Between sizes the store is filled through the same Store.save with documents of --fill-doc
    extractions (fewer commits: the filling is not what is timed);
(c) timeline query latency at the largest size: Corpus.events(date_from, date_to, limit=100, offset 0..400)
    over ten-year windows, p50/p99; against the query Corpus.events made before (open below, undated key).

The 1M default takes ~10-15 minutes on 2 cores; --sizes 1000,100000 is a quick run.
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
    az = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
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
                f"{y}-ci il {d} {az[m]} tarixində Bakıda saziş imzalandı.",
            ]))
        p = folder / f"doc_{i:04d}.txt"
        p.write_text(" ".join(parts) + "\n", encoding="utf-8")
        out.append(p)
    return out


def bench_ingest(tmp: Path, n_docs: int):
    print(f"\n(a) ingest: {n_docs} generated documents (3-8 sentences, en/ru/az), the whole pipeline")
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
              f"({report.added} added, {len(report.failed)} failed, {report.events} events, {secs:.1f} s)",
              flush=True)


# ---- (b) resolution as the store grows ---------------------------------------------------------------

class Synthetic:
    """Documents of synthetic events: random type, day- or month-precise date in 1990-2024, a place of 50,
    0-2 participants of 200 (so the store gets denser, not wider, as it grows: the hard case)."""

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


class Timer:
    """Time spent in the resolver proper (candidate lookup + decide) inside Store.save."""

    def __init__(self, store: Store):
        import bilat.store as B

        self.seconds = 0.0
        self.candidates = 0
        inner_candidates, inner_decide = store._candidates, B.decide

        def candidates(*a, **kw):
            t0 = time.perf_counter()
            try:
                found = inner_candidates(*a, **kw)
                self.candidates += len(found)
                return found
            finally:
                self.seconds += time.perf_counter() - t0

        def decide(*a, **kw):
            t0 = time.perf_counter()
            try:
                return inner_decide(*a, **kw)
            finally:
                self.seconds += time.perf_counter() - t0

        store._candidates = candidates
        B.decide = decide


def bench_growth(store: Store, sizes: list[int], per_doc: int = 100, probe: int = 2000, fill_doc: int = 1000):
    print(f"\n(b) resolution as the store grows ({store.engine.dialect.name}; Store.save; timed: documents of "
          f"{per_doc}, {probe} extractions at each size; filled between sizes with documents of {fill_doc})")
    gen = Synthetic()
    timer = Timer(store)
    inserted = 0
    rows = []
    t_build = time.perf_counter()
    for size in sizes:
        while inserted < size:  # grow to the size
            doc, evs = gen.document(min(fill_doc, size - inserted))
            store.save(doc, evs, [])
            inserted += len(evs)
        t0, r0, c0 = time.perf_counter(), timer.seconds, timer.candidates
        probe_n = 0
        while probe_n < probe:  # then time the next `probe` inserts at this size
            doc, evs = gen.document(per_doc)
            store.save(doc, evs, [])
            probe_n += len(evs)
        total = (time.perf_counter() - t0) / probe_n * 1000  # ms per extraction
        resolve = (timer.seconds - r0) / probe_n * 1000
        cands = (timer.candidates - c0) / probe_n
        inserted += probe_n
        with store.engine.connect() as conn:
            n_events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
        rows.append((size, total, resolve))
        print(f"    at {size:>9,} extractions ({n_events:,} events): {total:6.3f} ms per extraction saved, "
              f"of which resolution {resolve:6.3f} ms ({cands:.1f} candidates each)   "
              f"[{time.perf_counter() - t_build:.0f} s so far]", flush=True)
    if len(rows) < 2:
        return rows
    n0, t0_, r0_ = rows[0]
    print("    growth against n log n. T(n), the time to resolve n extractions, is the integral of the per-")
    print("    extraction cost; it grows no faster than n log n when cost(n)/cost(n0) <= log n / log n0:")
    print(f"      {'n':>9}  {'cost(n)/cost(n0) saving':>24}  {'resolution alone':>17}  {'log n/log n0':>13}")
    for size, total, resolve in rows:
        print(f"      {size:>9,}  {total / t0_:>24.2f}  {resolve / r0_:>17.2f}  {math.log(size) / math.log(n0):>13.2f}")
    # T(n) by the trapezoid rule over the measured sizes, against n log n scaled at the first size.
    print(f"      {'n':>9}  {'T(n) est.':>10}  {'T(n)/T(n0)':>11}  {'n log n ratio':>14}  {'resolution T ratio':>19}")
    T, R, prev = [0.0], [0.0], (0, t0_, r0_)
    for size, total, resolve in rows:
        T.append(T[-1] + (size - prev[0]) * (total + prev[1]) / 2 / 1000)
        R.append(R[-1] + (size - prev[0]) * (resolve + prev[2]) / 2 / 1000)
        prev = (size, total, resolve)
    for (size, _, _), t, r in zip(rows, T[1:], R[1:]):
        print(f"      {size:>9,}  {t:>9.1f}s  {t / T[1]:>11.1f}  {size * math.log(size) / (n0 * math.log(n0)):>14.1f}"
              f"  {r / R[1]:>19.1f}")
    return rows


# ---- (c) timeline query --------------------------------------------------------------------------------

def windows(n: int, seed: int = 7) -> list[tuple[str, str, int]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        y = rnd.randint(1990, 2015)
        out.append((str(y), str(y + 9), rnd.randint(0, 4) * 100))  # one of the first five pages
    return out


def quantiles(lat: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(lat, n=100)
    return q[49], q[98]


def bench_timeline(url: str, path: Path | None):
    from bilat.use import Corpus

    print("\n(c) timeline query: Corpus.events(date_from, date_to, limit=100, offset=0..400), ten-year windows")
    corpus = Corpus(url)
    n = corpus.count()
    corpus.events(date_from="2000", date_to="2009", limit=100)  # warm the cache
    lat = []
    for a, b, offset in windows(300):
        t0 = time.perf_counter()
        got = corpus.events(date_from=a, date_to=b, limit=100, offset=offset)
        lat.append((time.perf_counter() - t0) * 1000)
        assert len(got) == 100
    p50, p99 = quantiles(lat)
    print(f"    {n:,} events: p50 {p50:6.1f} ms   p99 {p99:6.1f} ms   ({len(lat)} queries; target p99 < 100 ms: "
          f"{'met' if p99 < 100 else 'NOT met'})")
    corpus.store.close()
    if path is None:
        return
    con = sqlite3.connect(path)
    plan = con.execute("EXPLAIN QUERY PLAN SELECT * FROM events WHERE wrong = 0 AND date_end >= '2000-01-01' "
                       "AND date_start >= '1998-11-28' AND date_start <= '2009-12-31' "
                       "ORDER BY date_start, date_end, id LIMIT 100").fetchall()
    print("    plan: " + "; ".join(r[-1] for r in plan))
    # The query Corpus.events made before: range open below, the undated key first in the ORDER BY.
    before = ("SELECT * FROM events WHERE wrong IS 0 AND date_end >= ? AND date_start <= ? "
              "ORDER BY date_start IS NULL, date_start, date_end, id LIMIT 100 OFFSET ?")
    lat = []
    for a, b, offset in windows(60):
        t0 = time.perf_counter()
        con.execute(before, (f"{a}-01-01", f"{b}-12-31", offset)).fetchall()
        lat.append((time.perf_counter() - t0) * 1000)
    p50b, p99b = quantiles(lat)
    con.close()
    print(f"    before (rows only, without the sources): p50 {p50b:6.1f} ms   p99 {p99b:6.1f} ms   ({len(lat)} queries)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,100000,1000000", help="store sizes (extractions) to measure at")
    ap.add_argument("--probe", type=int, default=2000, help="extractions timed at each size")
    ap.add_argument("--fill-doc", type=int, default=1000, help="extractions per document while filling")
    ap.add_argument("--docs", type=int, default=200, help="documents for the ingest benchmark")
    ap.add_argument("--db", help="a SQLAlchemy URL of an EMPTY database for (b) and (c) instead of a SQLite file")
    ap.add_argument("--skip", default="", help="parts to skip, e.g. a or a,c")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder (the store) afterwards")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="bilat-bench-"))
    print(f"bilat store benchmark, {os.cpu_count()} CPUs, scratch {tmp}")
    started = time.perf_counter()
    try:
        if "a" not in args.skip:
            bench_ingest(tmp, args.docs)
        path = tmp / "growth.db"
        url = args.db or f"sqlite:///{path}"
        if "b" not in args.skip:
            store = Store(url)
            bench_growth(store, sizes, probe=args.probe, fill_doc=args.fill_doc)
            store.close()
            if "c" not in args.skip:
                bench_timeline(url, None if args.db else path)
        print(f"\n{time.perf_counter() - started:.0f} s in all")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
