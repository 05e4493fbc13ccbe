"""REST API benchmark (run on demand, prints figures; not a test).

    .venv/bin/python benchmarks/api.py [--events 100000] [--clients 50] [--seconds 30] [--workers 1,2] [--db PATH]

Builds a store of synthetic events through the store API (Store.save, documents of 100 events; kept
in --db and reused when it already holds them), starts `uvicorn bilat.api.app:create_app --factory`
in a separate process on a free loopback port (BILAT_DB points it at the store), and drives it with
--clients concurrent clients (asyncio, one keep-alive connection each) for --seconds per scenario:

  baseline   GET /api/health (no store access): the server and client overhead alone
  page       the page's requests, in the proportions a person browsing makes them:
             timeline window (/api/events?from&to&limit=100), one event (/api/events/{id}),
             a type over a decade (/api/events?type&from&to&limit=50), the source document
             (/api/documents/{id}), full-text search (/api/search?q)

For each: requests/s, p50 and p99 latency, errors (must be 0), and the page mix's rate as a ratio of
the baseline measured in the same process. The server's CPU time per request (from /proc, over its
process group) is printed too: on a shared machine it moves less than the rates. Everything is on
127.0.0.1 and stops by itself.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilat.records import Document, Event, Source  # noqa: E402
from bilat.store import Store  # noqa: E402

TYPES = ["agreement", "visit", "meeting", "culture_days", "culture_year", "festival", "exhibition", "performance",
         "monument", "forum", "founding", "decree", "media", "ceremony", "education", "other"]
PLACES = [(f"Place {i:02d}", c, 36 + (i * 0.37) % 20, 30 + (i * 0.71) % 30) for i, c in
          zip(range(60), ["AZ", "RU", "IR", "TR", "GE"] * 12)]
PEOPLE = [f"Person {i:03d}" for i in range(300)]
ORGS = [f"Organisation {i:02d}" for i in range(80)]
WORDS = ("agreement signed visit culture days exhibition opened concert forum held monument unveiled decree "
         "festival ceremony Baku Moscow Tehran delegation ministry cooperation").split()
D0, D1 = dt.date(1950, 1, 1).toordinal(), dt.date(2024, 12, 31).toordinal()
PER_DOC = 100


# ---- the store -------------------------------------------------------------------------------------------

def _date(rnd: random.Random) -> str:
    d = dt.date.fromordinal(rnd.randint(D0, D1))
    r = rnd.random()
    if r < 0.6:
        return d.isoformat()
    if r < 0.85:
        return d.strftime("%Y-%m")
    if r < 0.97:
        return str(d.year)
    return f"{str(d.year)[:3]}X"


def build_store(db: str, n_events: int, seed: int = 7) -> Store:
    store = Store(db)
    with store.engine.connect() as conn:
        from sqlalchemy import func, select

        from bilat.store import schema as S

        have = conn.execute(select(func.count()).select_from(S.extractions)).scalar_one()
    if have >= n_events:
        print(f"store: {db} already holds {have} extractions")
        return store
    rnd = random.Random(seed)
    n_docs = (n_events + PER_DOC - 1) // PER_DOC
    t0 = time.perf_counter()
    for i in range(have // PER_DOC, n_docs):
        sentences, events = [], []
        pos = 0
        for j in range(PER_DOC):
            etype = rnd.choice(TYPES)
            date = _date(rnd)
            words = " ".join(rnd.choice(WORDS) for _ in range(12))
            # a unique quoted name: the resolver keeps every synthetic event apart
            name = hashlib.sha1(f"{i}/{j}".encode()).hexdigest()[:12]
            s = f"On {date} the {etype} «{name}» happened: {words}."
            sentences.append(s)
            place = rnd.choice(PLACES)
            events.append(Event(
                id=f"ev_b{i:05d}_{j:03d}", type=etype, date=date, title=f"{etype.replace('_', ' ')} {name}",
                places=[{"name": place[0], "country": place[1], "lat": place[2], "lon": place[3]}],
                participants=[{"name": p, "kind": "person"} for p in rnd.sample(PEOPLE, rnd.randint(0, 2))],
                organizations=[{"name": o} for o in rnd.sample(ORGS, rnd.randint(0, 1))],
                countries=sorted({"AZ", place[1]}), name=name, confidence=round(rnd.uniform(0.5, 0.95), 2),
                sources=[Source(f"bench_{i:05d}.txt", pos, pos + len(s), "en", s)]))
            pos += len(s) + 1
        text = "\n".join(sentences)
        doc = Document(path=f"/bench/bench_{i:05d}.txt", name=f"bench_{i:05d}.txt",
                       sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", encoding="utf_8", text=text)
        store.save(doc, events, [])
        if (i + 1) % 50 == 0 or i + 1 == n_docs:
            done = (i + 1) * PER_DOC
            rate = (done - have) / (time.perf_counter() - t0)
            print(f"\rstore: {done}/{n_events} events saved ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(f"store: {n_events} synthetic events saved through Store.save in {time.perf_counter() - t0:.0f} s")
    return store


def sample_ids(store: Store, k: int = 2000) -> tuple[list[str], list[int]]:
    from sqlalchemy import func, select

    from bilat.store import schema as S

    with store.engine.connect() as conn:
        ev = list(conn.execute(select(S.events.c.id).order_by(func.random()).limit(k)).scalars())
        docs = list(conn.execute(select(S.documents.c.id).order_by(func.random()).limit(k)).scalars())
        n = conn.execute(select(func.count()).select_from(S.events)).scalar_one()
    print(f"store: {n} events")
    return ev, docs


# ---- the server --------------------------------------------------------------------------------------------

def group_cpu(pgid: int) -> float:
    """CPU seconds (user + system) used so far by the processes of a process group (the server, its workers)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            fields = open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # field 5 of stat: the process group
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db: str, workers: int):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, BILAT_DB=db)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bilat.api.app:create_app", "--factory", "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"],
            env=env, cwd=ROOT, start_new_session=True)

    def __enter__(self):
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not start in 60 s")

    def __exit__(self, *exc):
        os.killpg(self.proc.pid, signal.SIGTERM)  # the process group we started: uvicorn and its workers
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


# ---- the load ------------------------------------------------------------------------------------------------

def page_requests(rnd: random.Random, ev_ids: list[str], doc_ids: list[int]):
    """One request a person browsing the page makes: (label, path)."""
    r = rnd.random()
    if r < 0.35:
        y = rnd.randint(1950, 2020)
        return "timeline", f"/api/events?from={y}&to={y + 4}&limit=100"
    if r < 0.65:
        return "event", f"/api/events/{rnd.choice(ev_ids)}"
    if r < 0.80:
        y = rnd.randint(1950, 2015)
        return "type+decade", f"/api/events?type={rnd.choice(TYPES)}&from={y}&to={y + 9}&limit=50"
    if r < 0.92:
        return "document", f"/api/documents/{rnd.choice(doc_ids)}"
    return "search", f"/api/search?q={rnd.choice(WORDS)}+{rnd.choice(WORDS)}&limit=20"


class Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams.

    httpx's async pool costs the client ~7 ms of CPU per request at 50 connections on this machine,
    so that the client, not the server, would be measured; this reads the status line, the headers
    and a Content-Length (or chunked) body, no more.
    """

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: application/json\r\n\r\n"
                          .encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.reader.read()
            await self.close()
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


async def drive(url: str, clients: int, seconds: float, make) -> dict:
    host, port = url.split("//")[1].split(":")
    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    deadline = time.perf_counter() + seconds

    async def one(k: int):
        rnd = random.Random(k)
        conn = Connection(host, int(port))
        while time.perf_counter() < deadline:
            label, path = make(rnd)
            t = time.perf_counter()
            try:
                status, _ = await asyncio.wait_for(conn.get(path), 30)
                ok = status == 200
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                ok = False
                await conn.close()
            lat.setdefault(label, []).append(time.perf_counter() - t)
            if not ok:
                errors[label] = errors.get(label, 0) + 1
        await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(one(k) for k in range(clients)))
    return {"lat": lat, "errors": errors, "wall": time.perf_counter() - t0}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def report(name: str, res: dict) -> float:
    all_lat = [x for v in res["lat"].values() for x in v]
    rps = len(all_lat) / res["wall"]
    errs = sum(res["errors"].values())
    cpu = res.get("cpu", 0) / max(len(all_lat), 1) * 1000
    print(f"  {name:<12} {rps:8.0f} req/s   p50 {pct(all_lat, 50):7.1f} ms   p99 {pct(all_lat, 99):7.1f} ms   "
          f"requests {len(all_lat):7d}   errors {errs}   server CPU {cpu:.2f} ms/request")
    if len(res["lat"]) > 1:
        for label, xs in sorted(res["lat"].items()):
            print(f"    {label:<12} {len(xs) / res['wall']:6.0f} req/s   p50 {pct(xs, 50):7.1f} ms   "
                  f"p99 {pct(xs, 99):7.1f} ms   errors {res['errors'].get(label, 0)}")
    return rps


def measured(server: Server, a, make) -> dict:
    c0 = group_cpu(server.proc.pid)
    res = asyncio.run(drive(server.url, a.clients, a.seconds, make))
    res["cpu"] = group_cpu(server.proc.pid) - c0
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--workers", default="1,2", help="server worker processes to try, comma-separated")
    ap.add_argument("--db", help="store file (kept; reused when it already holds the events)")
    a = ap.parse_args()

    tmp = None
    db = a.db
    if not db:
        tmp = tempfile.mkdtemp(prefix="bilat-bench-api-")
        db = str(Path(tmp) / "bench.db")
    store = build_store(db, a.events)
    ev_ids, doc_ids = sample_ids(store)
    store.close()
    print(f"load: {a.clients} concurrent clients (asyncio, keep-alive HTTP/1.1), {a.seconds:.0f} s per scenario, "
          f"on 127.0.0.1, {os.cpu_count()} cores shared by server and clients")
    failed = False
    for workers in [int(w) for w in a.workers.split(",")]:
        print(f"\nuvicorn, {workers} worker process{'es' if workers > 1 else ''}:")
        with Server(db, workers) as server:
            asyncio.run(drive(server.url, a.clients, 2, lambda rnd: ("warm", "/api/health")))  # connections, imports
            base = measured(server, a, lambda rnd: ("health", "/api/health"))
            base_rps = report("baseline", base)
            mix = measured(server, a, lambda rnd: page_requests(rnd, ev_ids, doc_ids))
            mix_rps = report("page mix", mix)
            print(f"  ratio page mix / baseline: {mix_rps / base_rps:.2f} in requests/s, "
                  f"{base['cpu'] / len([x for v in base['lat'].values() for x in v]) / (mix['cpu'] / len([x for v in mix['lat'].values() for x in v])):.2f} in server CPU per request")
            failed |= bool(sum(base["errors"].values()) + sum(mix["errors"].values()))
    if tmp:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    if failed:
        print("\nERRORS: some requests failed (must be 0)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
