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
        for _ in range(rnd.randint(20, 40)):  # about a news article: 2-5 kB, a third of the sentences dated
            d, m, y = rnd.randint(1, 28), rnd.randint(0, 11), rnd.randint(1990, 2024)
            if rnd.random() < 0.67:
                parts.append(rnd.choice([
                    "The two countries have long-standing cultural ties and a shared history.",
                    "Представители обеих сторон отметили высокий уровень двустороннего сотрудничества.",
                    "Tərəflər mədəniyyət sahəsində əməkdaşlığın genişləndirilməsini müzakirə etdilər.",
                    "The delegation also met students and teachers of the university.",
                ]))
                continue
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
    print(f"\n(a) ingest: {n_docs} generated documents (20-40 sentences, en/ru/az), the whole pipeline, into SQLite")
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
        if report.failed:
            print(f"      (failures make this figure meaningless; the first: {report.failed[0][1]})")


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
    """Time spent in the resolver proper (candidate lookup + decide) inside Store.save: wall and CPU."""

    def __init__(self, store: Store):
        import bilat.store as B

        self.seconds = self.cpu = 0.0
        self.candidates = self.merges = 0
        inner_candidates, inner_decide = store._candidates, B.decide

        def timed(fn, count=False):
            def run(*a, **kw):
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    found = fn(*a, **kw)
                    if count:
                        self.candidates += len(found)
                    return found
                finally:
                    self.seconds += time.perf_counter() - t0
                    self.cpu += time.process_time() - c0
            return run

        candidates, timed_decide = timed(inner_candidates, count=True), timed(inner_decide)

        def decide(*a, **kw):
            d = timed_decide(*a, **kw)
            self.merges += d.event_id is not None
            return d

        store._candidates = candidates
        B.decide = decide


def bulk_fill(store: Store, gen: Synthetic, n: int, per_doc: int = 1000, per_tx: int = 20_000):
    """Add n synthetic extractions as new events, in the rows Store.save writes for an extraction that
    starts an event (documents, extractions, sources, events, event_keys, event_entities, merges), but
    without resolving them and in large transactions: a fast way to a large store to time Store.save on."""
    import types

    from sqlalchemy import insert, text

    import bilat.store as B
    from bilat import edtf
    from bilat.resolve import blocking_keys
    from bilat.store import schema as S

    done = 0
    while done < n:
        with store.engine.begin() as conn:
            if store.sqlite:  # a large page cache for the loading only (set back below)
                conn.exec_driver_sql("PRAGMA cache_size=-1048576")
            rows = {t: [] for t in ("extractions", "sources", "events", "event_keys", "event_entities", "merges")}
            in_tx = 0
            while in_tx < per_tx and done + in_tx < n:
                doc, evs = gen.document(min(per_doc, n - done - in_tx))
                doc_id = conn.execute(insert(S.documents).values(
                    path=doc.path, name=doc.name, sha256=doc.sha256, format=doc.format, encoding=doc.encoding,
                    text=doc.text, ingested_at=B._now())).inserted_primary_key[0]
                if store.sqlite:
                    conn.execute(text("INSERT INTO documents_fts(rowid, text) VALUES (:id, :t)"),
                                 {"id": doc_id, "t": doc.text})
                for ev in evs:
                    ext_id = "x" + ev.id[2:]
                    event_id = "ev_" + hashlib.sha1(ext_id.encode()).hexdigest()[:16]
                    lo, hi = edtf.bounds(ev.date)
                    data = {"places": ev.places, "participants": ev.participants,
                            "organizations": ev.organizations, "countries": ev.countries, "quote": ev.name}
                    ext = dict(id=ext_id, document_id=doc_id, type=ev.type, date=ev.date, date_start=lo,
                               date_end=hi, title=ev.title, confidence=ev.confidence, data=data)
                    values = B._combine([types.SimpleNamespace(**ext)], None)
                    rows["events"].append(dict(values, id=event_id, wrong=False, corrected=None))
                    rows["event_keys"] += B._key_rows(event_id, lo, hi, blocking_keys(ev.type, data))
                    rows["event_entities"] += [dict(event_id=event_id, entity_id=e, role=r)
                                               for e, r in store._links(conn, values["data"])]
                    rows["extractions"].append(dict(ext, event_id=event_id))
                    rows["sources"] += [dict(extraction_id=ext_id, document_id=doc_id, start=s.start, end=s.end,
                                             language=s.language, quote=s.quote) for s in ev.sources]
                    rows["merges"].append(dict(event_id=event_id, extraction_id=ext_id, reason="new event",
                                               created_at=B._now()))
                in_tx += len(evs)
            for name in ("events", "event_keys", "event_entities", "extractions", "sources", "merges"):
                if rows[name]:
                    conn.execute(insert(S.metadata.tables[name]), rows[name])
        done += in_tx
    if store.sqlite:
        with store.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size={B.CACHE_KB}")


def mixed_documents(store: Store, gen: Synthetic, n: int, per_doc: int = 100, reports: float = 0.25):
    """Documents with the same mix at every size: a quarter of the extractions report an event already
    stored (its type, date, places, people: they merge), the rest are new (a place of their own)."""
    from bilat.store import schema as S

    r = random.Random(len(gen.__dict__) + gen.n_docs)
    with store.engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(rowid) FROM events").scalar_one() if store.sqlite else None
        def stored():
            while True:
                if store.sqlite:
                    row = conn.exec_driver_sql("SELECT type, date, data FROM events WHERE rowid >= ? AND date "
                                               "IS NOT NULL LIMIT 1", (r.randint(1, top),)).first()
                else:
                    row = conn.execute(S.events.select().where(S.events.c.date.is_not(None))
                                       .offset(r.randint(0, 1000)).limit(1)).first()
                if row is not None:
                    data = row.data if isinstance(row.data, dict) else __import__("json").loads(row.data)
                    return row.type, row.date, data
        docs = []
        for _ in range(n // per_doc):
            doc, evs = gen.document(per_doc)
            for k, ev in enumerate(evs):
                if k < per_doc * reports:
                    ev.type, ev.date, data = stored()
                    ev.places, ev.participants = data.get("places", []), data.get("participants", [])
                else:
                    ev.places, ev.participants = [{"name": f"Fresh place {gen.n_docs}-{k}"}], []
            docs.append((doc, evs))
    return docs


def bench_growth(store: Store, sizes: list[int], per_doc: int = 100, probe: int = 2000, fill_doc: int = 1000,
                 fill: str = "bulk"):
    how = ("Store.save, documents of %d" % fill_doc if fill == "save"
           else "a bulk loader: the rows of new events, unresolved, 20k per transaction")
    print(f"\n(b) resolution as the store grows ({store.engine.dialect.name}; timed: Store.save, documents of "
          f"{per_doc}, {probe} extractions at each size; filled between sizes by {how}).")
    print("    Two workloads are timed at each size: 'dense', more of the same random extractions (the store gets")
    print("    denser: more of them share a place and a window, candidates and merges grow with n); 'mixed',")
    print("    the same mix at every size (a quarter report a stored event, the rest are new): the store's own")
    print("    growth, the work held constant.")
    gen = Synthetic()
    timer = Timer(store)
    inserted = 0
    results = {"dense": [], "mixed": []}
    t_build = time.perf_counter()
    for size in sizes:
        if fill == "bulk" and inserted < size:
            bulk_fill(store, gen, size - inserted, fill_doc)
            inserted = size
        while inserted < size:  # grow to the size
            doc, evs = gen.document(min(fill_doc, size - inserted))
            store.save(doc, evs, [])
            inserted += len(evs)
        for doc, evs in [gen.document(per_doc), *mixed_documents(store, gen, per_doc, per_doc)]:
            store.save(doc, evs, [])  # warm the caches (and compile the statements) after the fill
            inserted += len(evs)
        for workload in ("dense", "mixed"):
            if workload == "dense":
                docs = [gen.document(per_doc) for _ in range(probe // per_doc)]
            else:
                docs = mixed_documents(store, gen, probe, per_doc)
            t0, p0, r0, rc0, c0, m0 = (time.perf_counter(), time.process_time(), timer.seconds, timer.cpu,
                                       timer.candidates, timer.merges)
            for doc, evs in docs:  # time the next `probe` inserts at this size
                store.save(doc, evs, [])
            probe_n = sum(len(evs) for _, evs in docs)
            total = (time.perf_counter() - t0) / probe_n * 1000  # ms per extraction
            total_cpu = (time.process_time() - p0) / probe_n * 1000
            resolve = (timer.seconds - r0) / probe_n * 1000
            resolve_cpu = (timer.cpu - rc0) / probe_n * 1000
            cands, merged = (timer.candidates - c0) / probe_n, (timer.merges - m0) / probe_n
            inserted += probe_n
            results[workload].append((size, total, resolve, total_cpu, resolve_cpu))
            print(f"    {workload:>5} at {size:>9,}: ms per extraction saved {total:6.3f} (CPU {total_cpu:5.3f}), of "
                  f"which resolution {resolve:5.3f} (CPU {resolve_cpu:5.3f}); {cands:.2f} candidates and "
                  f"{merged:.0%} merged each   [{time.perf_counter() - t_build:.0f} s so far]", flush=True)
    with store.engine.connect() as conn:
        n_events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
    print(f"    the store now holds {inserted:,} extractions in {n_events:,} events")
    for workload, rows in results.items():
        if len(rows) >= 2:
            growth_table(workload, rows)
    return results


def growth_table(workload: str, rows: list[tuple]):
    n0 = rows[0][0]
    print(f"    {workload}: growth against n log n. T(n), the time to resolve n extractions, is the integral of the")
    print("    per-extraction cost c(n); T grows no faster than n log n when c(n)/c(n0) <= log n / log n0.")
    print(f"      {'n':>9}  {'c(n)/c(n0): saving':>18} {'(CPU)':>6}  {'resolution':>10} {'(CPU)':>6}  {'log n/log n0':>12}")
    for size, *c in rows:
        r = [x / y for x, y in zip(c, rows[0][1:])]
        print(f"      {size:>9,}  {r[0]:>18.2f} {r[2]:>6.2f}  {r[1]:>10.2f} {r[3]:>6.2f}  "
              f"{math.log(size) / math.log(n0):>12.2f}")
    # T(n) by the trapezoid rule over the measured sizes (c constant below the first), from the CPU figures
    # (the wall figures also count waiting for the cores of a shared machine).
    print(f"      {'n':>9}  {'T(n), CPU':>10}  {'T/T(n0)':>8}  {'resolution T/T(n0)':>18}  {'n log n ratio':>13}")
    T, R, prev = [], [], (0, rows[0][3], rows[0][4])
    for size, _, _, total_cpu, resolve_cpu in rows:
        T.append((T[-1] if T else 0.0) + (size - prev[0]) * (total_cpu + prev[1]) / 2 / 1000)
        R.append((R[-1] if R else 0.0) + (size - prev[0]) * (resolve_cpu + prev[2]) / 2 / 1000)
        prev = (size, total_cpu, resolve_cpu)
    for (size, *_), t, r in zip(rows, T, R):
        print(f"      {size:>9,}  {t:>9.1f}s  {t / T[0]:>8.1f}  {r / R[0]:>18.1f}  "
              f"{size * math.log(size) / (n0 * math.log(n0)):>13.1f}")


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
    ap.add_argument("--fill", choices=["bulk", "save"], default="bulk",
                    help="fill between sizes with a bulk loader (fast) or through Store.save (every one resolved)")
    ap.add_argument("--docs", type=int, default=1000, help="documents for the ingest benchmark")
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
            bench_growth(store, sizes, probe=args.probe, fill_doc=args.fill_doc, fill=args.fill)
            if store.sqlite:  # the timeline is read from a store at rest: no WAL left, no writeback pending
                with store.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
            os.sync()
            if "c" not in args.skip:
                bench_timeline(url, None if args.db else path)
        print(f"\n{time.perf_counter() - started:.0f} s in all")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
