"""Scale benchmark (run on demand, prints figures for docs/SCALE.md; not a test).

    .venv/bin/python benchmarks/scale.py [--docs 300] [--events 10000000] [--pg URL] [--skip ingest,timeline]

(a) ingest: generated news items of ~3 KB (az/ru/en, several dated events each), documents/s with the
    local engine at --workers 1 and 2 and with Ray Data in local mode (2 CPUs); the per-document cost
    of the pipeline alone (CPU seconds, one process); the single writer's rate (Store.save alone) on
    SQLite and PostgreSQL; and from these the cores needed for 10 million news documents a day.
(b) timeline: PostgreSQL with --events synthetic events (default 10M), each with one extraction and one
    source, 100 events per document, generated inside PostgreSQL (INSERT ... SELECT over generate_series,
    in batches) into the store's own schema (Alembic), the schema's indexes built after the load; then
    Corpus.events(date_from, date_to, limit=100, offset 0..400) over random ten-year and one-year windows,
    p50/p99 (and Corpus.count, which the API's /api/events also runs).

Without --pg a PostgreSQL server of its own is started from Debian's packages (as tests/conftest.py does),
in a temporary folder removed at the end. 10M events take about 20-40 minutes to build on 2 cores and
about 12 GB of disk; --events 1000000 takes a few minutes.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DAY = 86400
TARGET_PER_DAY = 10_000_000
PEAK_FACTOR = 3.0  # news volume peaks over the daily mean (working hours, breaking news)
HEADROOM = 0.7  # run cores at 70% of their measured rate

# ---- generated news items ----------------------------------------------------------------------------

EN_M = "January February March April May June July August September October November December".split()
RU_M = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
AZ_M = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
PLACES = [("Moscow", "Москве", "Moskvada"), ("Baku", "Баку", "Bakıda"), ("Tehran", "Тегеране", "Tehranda"),
          ("Ganja", "Гяндже", "Gəncədə"), ("Saint Petersburg", "Санкт-Петербурге", "Sankt-Peterburqda")]
EVENTS = {
    "en": ["On {d} {en} {y} the ministers of culture signed an agreement on cooperation in {p0}.",
           "On {d} {en} {y} the President of Azerbaijan paid an official visit to {p0}.",
           "On {d} {en} {y} an exhibition of Azerbaijani carpets opened in {p0}.",
           "In {en} {y} the Days of Azerbaijani Culture were held in {p0}.",
           "On {d} {en} {y} a monument to Nizami Ganjavi was unveiled in {p0}."],
    "ru": ["{d} {ru} {y} года в {p1} подписано соглашение о сотрудничестве в области культуры.",
           "{d} {ru} {y} года в {p1} открылась выставка азербайджанских ковров.",
           "{d} {ru} {y} года состоялся официальный визит министра иностранных дел в {p1}.",
           "В {ru2} {y} года в {p1} прошли Дни культуры Азербайджана."],
    "az": ["{y}-ci il {d} {az} tarixində {p2} mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalandı.",
           "{y}-ci il {d} {az} tarixində {p2} Azərbaycan xalçalarının sərgisi açıldı.",
           "{y}-ci ilin {az} ayında {p2} Azərbaycan mədəniyyəti günləri keçirildi."],
}
FILLER = {
    "en": ["Officials of both countries stressed the importance of humanitarian ties.",
           "The delegation also met representatives of the diaspora and of universities.",
           "Experts note that such contacts have intensified over the last decade.",
           "The programme included concerts, film screenings and round tables.",
           "The sides discussed further steps in education, science and tourism."],
    "ru": ["Представители обеих стран подчеркнули важность гуманитарных связей.",
           "Делегация также встретилась с представителями диаспоры и университетов.",
           "Эксперты отмечают, что такие контакты в последние годы заметно активизировались.",
           "В программу вошли концерты, кинопоказы и круглые столы."],
    "az": ["Hər iki ölkənin nümayəndələri humanitar əlaqələrin əhəmiyyətini vurğuladılar.",
           "Nümayəndə heyəti diaspor və universitet nümayəndələri ilə də görüşdü.",
           "Proqrama konsertlər, film nümayişləri və dəyirmi masalar daxil idi."],
}
RU_M_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()


def news_item(rnd: random.Random, size: int = 3000) -> str:
    """A news item of about `size` bytes of UTF-8 in one language, 3-6 dated events and filler between."""
    lang = rnd.choice(["en", "en", "ru", "az"])
    parts, n_bytes = [], 0
    events = rnd.randint(3, 6)
    while n_bytes < size:
        if events and (rnd.random() < 0.35 or n_bytes > size * 0.7):
            events -= 1
            d, m, y = rnd.randint(1, 28), rnd.randint(0, 11), rnd.randint(1991, 2024)
            p = rnd.choice(PLACES)
            s = rnd.choice(EVENTS[lang]).format(d=d, y=y, en=EN_M[m], ru=RU_M[m], ru2=RU_M_PREP[m], az=AZ_M[m],
                                                p0=p[0], p1=p[1], p2=p[2])
        else:
            s = rnd.choice(FILLER[lang])
        parts.append(s)
        n_bytes += len(s.encode()) + 1
    return " ".join(parts) + "\n"


def make_news(folder: Path, n: int, seed: int = 1) -> list[Path]:
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"news_{i:05d}.txt"
        p.write_text(news_item(rnd), encoding="utf-8")
        out.append(p)
    return out


# ---- a PostgreSQL server of our own ------------------------------------------------------------------

class Postgres:
    """initdb + pg_ctl from /usr/lib/postgresql/*/bin in a temporary folder (as the `postgres` user when root)."""

    def __init__(self, settings: dict[str, str]):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]))
        if not bins:
            raise SystemExit("PostgreSQL server not installed (apt-get install postgresql), or pass --pg URL")
        self.bindir = os.path.dirname(bins[-1])
        self.root = tempfile.mkdtemp(prefix="bilat-scale-pg-")
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.root, 0o700)
        self.data = os.path.join(self.root, "data")
        self._run(f"{self.bindir}/initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 " + " ".join(
            f"-c {k}={v}" for k, v in settings.items())
        self._run(f"{self.bindir}/pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "log"), "-o", opts,
                  "-w", "-t", "120", "start")
        self.base = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, *cmd):
        r = subprocess.run([*self.as_user, *cmd], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed:\n{r.stdout}\n{r.stderr}")

    def database(self, name: str) -> str:
        return recreate_db(self.base, name)

    def stop(self):
        subprocess.run([*self.as_user, f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def recreate_db(base: str, name: str) -> str:
    """An empty database `name` on the server at `base` (a URL without the database); its URL."""
    from sqlalchemy import create_engine, text

    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{base}/{name}"


def fresh_pg(args, server, name: str) -> str:
    if args.pg:
        return recreate_db(args.pg.rsplit("/", 1)[0], name)
    return server.database(name)


# ---- (a) ingest ---------------------------------------------------------------------------------------

def bench_ingest(args, tmp: Path, server, results: dict):
    from bilat.store import Store
    from bilat.store.ingest import ingest, process

    print(f"\n(a) ingest: {args.docs} generated news items of ~3 KB")
    files = make_news(tmp / "news", args.docs)
    sizes = [f.stat().st_size for f in files]
    print(f"    mean size {statistics.mean(sizes):,.0f} bytes (UTF-8), {os.cpu_count()} CPUs, "
          f"load average at start {os.getloadavg()[0]:.1f}")
    results["docs"] = args.docs
    results["mean_bytes"] = statistics.mean(sizes)

    # The pipeline alone, one process, after a warm-up (lazy loading of each language's data and models).
    for f in make_news(tmp / "warm", 12, seed=99):
        process(str(f))
    outputs, cpu, wall = [], [], []
    for f in files:
        c0, w0 = time.process_time(), time.perf_counter()
        outputs.append(process(str(f)))
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    n_events = sum(len(o[1]) for o in outputs)
    per_doc_cpu = statistics.mean(cpu)
    results.update(per_doc_cpu_s=per_doc_cpu, per_doc_wall_s=statistics.mean(wall),
                   per_doc_cpu_p99_s=statistics.quantiles(cpu, n=100)[98], events_per_doc=n_events / len(files))
    print(f"    pipeline alone (process(), 1 process): {per_doc_cpu * 1000:.1f} ms CPU per document "
          f"(p99 {results['per_doc_cpu_p99_s'] * 1000:.1f} ms; wall {statistics.mean(wall) * 1000:.1f} ms), "
          f"{n_events / len(files):.1f} events per document")

    # The same on the real documents of examples/ (txt in several encodings, html, pdf, docx): CPU per KB of
    # extracted text, to check the generated items' cost against real ones.
    examples = Path(__file__).resolve().parent.parent / "examples"
    if examples.is_dir():
        from bilat.store.ingest import files_of

        per_kb, real_cpu = [], 0.0
        for f in files_of([examples]):  # warm-up: each format's library loaded once
            try:
                process(str(f))
            except Exception:
                pass
        for f in files_of([examples]):
            try:
                c0 = time.process_time()
                doc, _, _ = process(str(f))
                c1 = time.process_time() - c0
            except Exception:
                continue
            real_cpu += c1
            per_kb.append(c1 * 1000 / max(1, len(doc.text.encode()) / 1000))
        if per_kb:
            gen_per_kb = per_doc_cpu * 1000 / (statistics.mean(sizes) / 1000)
            results.update(examples_ms_per_kb=statistics.median(per_kb), generated_ms_per_kb=gen_per_kb)
            print(f"    examples/ ({len(per_kb)} real documents): {statistics.median(per_kb):.1f} ms CPU per KB of text "
                  f"(median; generated items: {gen_per_kb:.1f} ms per KB)")

    # The single writer: Store.save alone, on SQLite and on PostgreSQL.
    for label, url in (("SQLite", tmp / "writer.db"), ("PostgreSQL", fresh_pg(args, server, "bilat_writer"))):
        store = Store(url)
        t0 = time.perf_counter()
        for doc, evs, mentions in outputs:
            store.save(doc, evs, mentions)
        secs = time.perf_counter() - t0
        store.close()
        results[f"writer_{label.lower()}_docs_s"] = len(outputs) / secs
        print(f"    single writer, Store.save alone, {label:<10}: {len(outputs) / secs:7.1f} documents/s")

    # The engines end to end (read, extract, save) into a fresh SQLite store each, in interleaved rounds
    # (a shared machine's load changes from minute to minute): the median and the best round of each.
    engines = [("local engine --workers 1", dict(workers=1)), ("local engine --workers 2", dict(workers=2))]
    try:
        import logging

        import ray

        t0 = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
        results["ray_init_s"] = time.perf_counter() - t0
        store = Store(tmp / "ray_warm.db")  # workers started, pipeline loaded
        ingest([str(f) for f in make_news(tmp / "warm", 12, seed=99)], store, engine="ray", workers=2)
        store.close()
        engines.append(("Ray Data, local mode, 2 CPUs", dict(engine="ray", workers=2)))
    except ImportError:
        ray = None
        print("    Ray: not installed")
    rates: dict[str, list[float]] = {label: [] for label, _ in engines}
    cpu: dict[str, list[float]] = {label: [] for label, _ in engines}
    wall: dict[str, list[float]] = {label: [] for label, _ in engines}
    for round_ in range(args.rounds):
        for label, kw in engines:
            db = tmp / f"engine_{round_}_{len(rates[label])}_{kw.get('engine', 'local')}_{kw['workers']}.db"
            store = Store(db)
            u0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            report = ingest([str(f) for f in files], store, **kw)
            u1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            store.close()
            assert report.added == len(files) and not report.failed, report.failed[:3]
            rates[label].append(report.documents / report.seconds)
            # CPU of this process and its (waited-for) pool workers; Ray's workers are not our children.
            used = sum(b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime for a, b in zip(u0, u1))
            cpu[label].append(used / len(files))
            wall[label].append(report.seconds)
    if ray is not None:
        ray.shutdown()
    for (label, kw), key in zip(engines, ("local_1", "local_2", "ray")):
        r = rates[label]
        results[f"{key}_docs_s"] = statistics.median(r)
        results[f"{key}_docs_s_best"] = max(r)
        c = statistics.median(cpu[label]) * 1000
        cores = statistics.median(cpu[label]) * len(files) / statistics.median(wall[label])
        results[f"{key}_cpu_ms_per_doc"] = c
        print(f"    {label:<30}: {statistics.median(r):6.1f} documents/s median, {max(r):6.1f} best "
              f"of {len(r)} rounds (end to end: read, extract, save to SQLite)"
              + (f"; {c:.1f} ms CPU per document, {cores:.2f} cores busy" if kw.get("engine") != "ray" else ""))
    if ray is not None:
        print(f"    (ray.init {results['ray_init_s']:.1f} s and the workers' start not counted)")
    project(results)


def project(r: dict):
    mean_rate = TARGET_PER_DAY / DAY
    peak = mean_rate * PEAK_FACTOR
    # The cost is about linear in the text's length: per 3 KB, from the generated items or the real
    # examples, whichever is dearer.
    cost = max(r["per_doc_cpu_s"] * 3000 / r["mean_bytes"], r.get("examples_ms_per_kb", 0) * 3 / 1000)
    cores_mean = mean_rate * cost / HEADROOM
    cores_peak = peak * cost / HEADROOM
    r.update(cost_3kb_s=cost, need_mean_docs_s=mean_rate, need_peak_docs_s=peak, cores_mean=cores_mean,
             cores_peak=cores_peak)
    print(f"\n    10M documents/day = {mean_rate:.0f} documents/s on average, {peak:.0f}/s at a x{PEAK_FACTOR:.0f} "
          f"peak; at {cost * 1000:.1f} ms CPU per 3 KB document and {HEADROOM:.0%} utilisation: "
          f"{cores_mean:.1f} cores for the mean, {cores_peak:.1f} for the peak (extraction only)")
    if r.get("local_1_docs_s_best") and r.get("local_2_docs_s_best"):
        eff = r["local_2_docs_s_best"] / (2 * r["local_1_docs_s_best"])
        r["efficiency_2_workers"] = eff
        print(f"    --workers 2 vs 1 (best rounds): x{2 * eff:.2f}, a parallel efficiency of {eff:.0%} on this machine")
    for label in ("sqlite", "postgresql"):
        w = r.get(f"writer_{label}_docs_s")
        if w:
            print(f"    one {label} writer: {w:.0f} documents/s = {w / peak:.2f} x the peak rate")


# ---- (b) the timeline at N events ------------------------------------------------------------------

TYPES = ["agreement", "visit", "meeting", "culture_days", "culture_year", "festival", "exhibition", "performance",
         "monument", "forum", "founding", "decree", "media", "ceremony", "education", "other"]


def _sql_events(lo: int, hi: int) -> str:
    types = "ARRAY[" + ",".join(f"'{t}'" for t in TYPES) + "]"
    return f"""
    WITH g AS (
      SELECT g, (hashint8(g)::bigint & 2147483647) AS h, (hashint8(g * 7 + 1)::bigint & 2147483647) % 1000 AS p,
             date '1990-01-01' + ((hashint8(g * 3 + 2)::bigint & 2147483647) % 12784)::int AS d
      FROM generate_series({lo}, {hi}) AS g),
    s AS (
      SELECT g, h, p, d,
        CASE WHEN p < 700 THEN d WHEN p < 950 THEN date_trunc('month', d)::date
             WHEN p < 999 THEN date_trunc('year', d)::date
             ELSE make_date(extract(year FROM d)::int / 10 * 10, 1, 1) END AS lo,
        CASE WHEN p < 700 THEN d WHEN p < 950 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
             WHEN p < 999 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date
             ELSE make_date(extract(year FROM d)::int / 10 * 10 + 9, 12, 31) END AS hi,
        CASE WHEN p < 700 THEN to_char(d, 'YYYY-MM-DD') WHEN p < 950 THEN to_char(d, 'YYYY-MM')
             WHEN p < 999 THEN to_char(d, 'YYYY') ELSE substr(to_char(d, 'YYYY'), 1, 3) || 'X' END AS date
      FROM g)
    INSERT INTO events (id, type, date, date_start, date_end, title, confidence, conflict, data, wrong,
                        updated_at, long_span)
    SELECT 'ev_' || lpad(to_hex(g), 16, '0'), ({types})[1 + h % 16], date, to_char(lo, 'YYYY-MM-DD'),
           to_char(hi, 'YYYY-MM-DD'), 'Synthetic event ' || g, 0.5 + (h % 50) / 100.0, false,
           json_build_object('places', json_build_array(json_build_object('name', 'Place ' || (h % 50))),
                             'participants', json_build_array(json_build_object('name', 'Person ' || (h % 200),
                                                                                'kind', 'person')),
                             'organizations', '[]'::json, 'countries', json_build_array('AZ', 'RU')),
           false, now(), hi - lo > 400
    FROM s"""


def _sql_documents(lo: int, hi: int) -> str:
    return f"""
    INSERT INTO documents (id, path, name, sha256, format, encoding, title, published, text, ingested_at)
    SELECT g, '/synthetic/' || lpad(g::text, 8, '0') || '.txt', lpad(g::text, 8, '0') || '.txt',
           md5(g::text) || md5((g + 1)::text), 'txt', 'utf-8', 'Synthetic document ' || g, NULL,
           'Synthetic document ' || g || ': a hundred events.', now()
    FROM generate_series({lo}, {hi}) AS g"""


def _sql_extractions(lo: int, hi: int) -> str:
    a, b = f"ev_{lo:016x}", f"ev_{hi:016x}"
    return f"""
    INSERT INTO extractions (id, document_id, event_id, type, date, date_start, date_end, title, confidence, data)
    SELECT 'x' || substr(e.id, 3), 1 + (('x' || substr(e.id, 4))::bit(64)::bigint - 1) / 100, e.id, e.type,
           e.date, e.date_start, e.date_end, e.title, e.confidence, e.data
    FROM events e WHERE e.id BETWEEN '{a}' AND '{b}'"""


def _sql_sources(lo: int, hi: int) -> str:
    a, b = f"x_{lo:016x}", f"x_{hi:016x}"
    return f"""
    INSERT INTO sources (extraction_id, document_id, start, "end", language, quote)
    SELECT x.id, x.document_id, 0, 120, (ARRAY['az', 'ru', 'fa', 'en'])[1 + ('x' || substr(x.id, 3))::bit(64)::bigint % 4],
           'Quoted evidence of ' || x.title
    FROM extractions x WHERE x.id BETWEEN '{a}' AND '{b}'"""


def build(url: str, n: int, batch: int = 500_000):
    from sqlalchemy import create_engine, text

    from bilat.store import Store

    Store(url).close()  # the schema, by the store's own migrations
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    tables = ("documents", "events", "extractions", "sources")
    t0 = time.perf_counter()
    with engine.connect() as conn:
        # The schema's secondary indexes, dropped for the load and built after it (the same definitions).
        indexes = conn.execute(text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY(:t) "
            "AND i.indexname NOT IN (SELECT c.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conindid)"),
            {"t": list(tables)}).all()
        for name, _ in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
        conn.execute(text("SET session_replication_role = replica"))  # consistent by construction: no FK checks
        docs = (n + 99) // 100
        for lo in range(1, docs + 1, batch):
            conn.execute(text(_sql_documents(lo, min(docs, lo + batch - 1))))
        conn.execute(text("SELECT setval(pg_get_serial_sequence('documents', 'id'), :n)"), {"n": docs})
        for lo in range(1, n + 1, batch):
            hi = min(n, lo + batch - 1)
            for sql in (_sql_events, _sql_extractions, _sql_sources):
                conn.execute(text(sql(lo, hi)))
            el = time.perf_counter() - t0
            print(f"      {hi:>11,} events loaded ({el:.0f} s, ~{el / hi * n - el:.0f} s to go before indexes)",
                  flush=True)
        load = time.perf_counter() - t0
        conn.execute(text("SET maintenance_work_mem = '1GB'"))
        for name, ddl in indexes:
            t1 = time.perf_counter()
            conn.execute(text(ddl))
            print(f"      index {name}: {time.perf_counter() - t1:.0f} s", flush=True)
        conn.execute(text("VACUUM ANALYZE"))
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    total = time.perf_counter() - t0
    return {"load_s": load, "build_s": total, "db_bytes": size, "indexes": [i[0] for i in indexes]}


def windows(n: int, years: int, seed: int) -> list[tuple[str, str, int]]:
    rnd = random.Random(seed)
    return [(str(y), str(y + years - 1), rnd.randint(0, 4) * 100)
            for y in (rnd.randint(1990, 2024 - years + 1) for _ in range(n))]


def timed(fn, wins) -> list[float]:
    lat = []
    for a, b, off in wins:
        t0 = time.perf_counter()
        fn(a, b, off)
        lat.append((time.perf_counter() - t0) * 1000)
    return lat


def pct(lat: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(lat, n=100)
    return q[49], q[98]


def bench_timeline(args, server, results: dict):
    from bilat.use import Corpus

    n = args.events
    print(f"\n(b) timeline on PostgreSQL at {n:,} events (and as many extractions and sources, {(n + 99) // 100:,} "
          f"documents)")
    url = fresh_pg(args, server, "bilat_timeline")
    info = build(url, n)
    print(f"    built in {info['build_s'] / 60:.1f} min (load {info['load_s'] / 60:.1f} min), "
          f"database {info['db_bytes'] / 2**30:.1f} GB; indexes {', '.join(info['indexes'])}")
    corpus = Corpus(url)
    try:  # the plan of the page query Corpus.events sends (caught on its way to the driver)
        from sqlalchemy import event

        sent = []

        def catch(conn, cursor, statement, parameters, context, executemany):
            if "FROM events" in statement and "ORDER BY" in statement and "LIMIT" in statement:
                sent.append((statement, parameters))

        event.listen(corpus.engine, "before_cursor_execute", catch)
        corpus.events(date_from="2000", date_to="2009", limit=100)
        event.remove(corpus.engine, "before_cursor_execute", catch)
        with corpus.engine.connect() as conn:
            plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {sent[0][0]}", sent[0][1]).scalars().all()
        print("    plan of a ten-year page (run once before):\n      " + "\n      ".join(plan[:12]))
    except Exception as e:  # the figures matter more than the plan
        print(f"    (no plan: {type(e).__name__}: {e})")
    corpus.events(date_from="2000", date_to="2009", limit=100)  # warm
    out = {}
    for label, years, k in (("ten-year windows", 10, 200), ("one-year windows", 1, 200)):
        lat = timed(lambda a, b, off: corpus.events(date_from=a, date_to=b, limit=100, offset=off),
                    windows(k, years, seed=years))
        p50, p99 = pct(lat)
        out[label] = (p50, p99)
        print(f"    Corpus.events, {label:<17} limit 100, offset 0-400: p50 {p50:7.1f} ms   p99 {p99:7.1f} ms "
              f"({k} queries)")
    lat = timed(lambda a, b, off: corpus.events(date_from=a, date_to=b, type="agreement", limit=100),
                windows(100, 10, seed=3))
    out["ten-year, one type"] = pct(lat)
    print(f"    Corpus.events, ten-year, type=agreement:               p50 {out['ten-year, one type'][0]:7.1f} ms   "
          f"p99 {out['ten-year, one type'][1]:7.1f} ms (100 queries)")
    lat = timed(lambda a, b, off: corpus.count(date_from=a, date_to=b), windows(40, 10, seed=4))
    out["count, ten-year"] = pct(lat)
    print(f"    Corpus.count, ten-year windows (the API's total):      p50 {out['count, ten-year'][0]:7.1f} ms   "
          f"p99 {out['count, ten-year'][1]:7.1f} ms (40 queries)")
    corpus.store.close()
    results["timeline"] = {"events": n, **info, **{k: {"p50_ms": v[0], "p99_ms": v[1]} for k, v in out.items()}}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="generated news items for (a)")
    ap.add_argument("--events", type=int, default=10_000_000, help="synthetic events for (b)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the engines in (a)")
    ap.add_argument("--pg", help="a PostgreSQL URL (its server is used for scratch databases) instead of our own")
    ap.add_argument("--skip", default="", help="ingest and/or timeline")
    ap.add_argument("--json", help="write the figures to this file too")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bilat-scale-"))
    server = None
    results: dict = {"cpus": os.cpu_count(), "loadavg_start": os.getloadavg()[0]}
    print(f"bilat scale benchmark, {os.cpu_count()} CPUs, scratch {tmp}")
    try:
        if not args.pg:
            server = Postgres({"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
                               "shared_buffers": "1GB", "max_wal_size": "8GB", "checkpoint_timeout": "30min",
                               "work_mem": "32MB"})
        if "ingest" not in args.skip:
            bench_ingest(args, tmp, server, results)
        if "timeline" not in args.skip:
            bench_timeline(args, server, results)
    finally:
        if server:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        results["loadavg_end"] = os.getloadavg()[0]
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
