"""The API under load while an ingest writes to the same SQLite file: no error, no lost write.

bilat.api.app.create_app served by uvicorn in a process of its own; four
threads of httpx GETs over the read endpoints and one reviewer thread
editing event titles (PATCH, with a token), all the while
tests/store/ingest_runner.py ingests 100 documents into the store. Every
response must be a success; the reviewer's edits must all be there at the end
(the ingest recomputes events they touch and must keep human corrections);
the events the store held before never vanish; and the final store holds
exactly what an ingest without the API holds.
"""
from __future__ import annotations

import random
import socket
import subprocess
import sys
import threading
import time

import httpx

from reliability_util import ROOT, crash, finish, snapshot, start

READERS = 4


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db, port) -> subprocess.Popen:
    code = ("import sys, uvicorn; from bilat.api.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_api_under_load_while_ingesting(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    crash.make_corpus(first, n=15, seed=21)
    crash.make_corpus(second, n=100, seed=22)
    # The reference: both folders, no API.
    ref_db = tmp_path / "ref.db"
    finish(start("real", ref_db, first))
    finish(start("real", ref_db, second))

    db = tmp_path / "store.db"
    finish(start("real", db, first))
    before = snapshot(db)
    from bilat.store import Store
    from bilat.store.review import add_user

    store = Store(db)
    token = add_user(store, "reviewer")
    store.close()

    port = _port()
    server = _serve(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise AssertionError(f"the API did not start:\n{server.stderr.read()[-3000:]}")
            time.sleep(0.1)
        ids = [r[0] for r in sorted(before["records"])]
        assert ids

        stop = threading.Event()
        errors: list[str] = []
        counts = {"requests": 0, "edits": 0}
        totals: dict[int, list[int]] = {n: [] for n in range(READERS)}  # per thread: its requests are in order
        lock = threading.Lock()
        edited: dict[str, str] = {}

        def reader(n: int):
            rnd = random.Random(n)
            with httpx.Client(base_url=base, timeout=30) as c:
                while not stop.is_set():
                    url, params = rnd.choice([
                        ("/api/events", {"limit": 50}), ("/api/events", {"from": "1998", "to": "2006"}),
                        ("/api/events", {"type": "agreement", "sort": "-date"}),
                        (f"/api/events/{rnd.choice(ids)}", None), ("/api/stats", None),
                        ("/api/search", {"q": rnd.choice(["agreement", "выставка", "saziş", "Moscow"])}),
                        ("/api/entities", {"kind": "place"}), ("/api/network", None), ("/", None),
                        ("/api/export/csv", {"from": "2000"}), ("/api/documents/1", None), ("/api/health", None),
                    ])
                    try:
                        r = c.get(url, params=params)
                        ok = r.status_code == 200
                        if ok and url == "/api/events" and params == {"limit": 50}:
                            totals[n].append(r.json()["total"])
                    except httpx.HTTPError as e:
                        ok, r = False, e
                    with lock:
                        counts["requests"] += 1
                        if not ok:
                            errors.append(f"GET {url} {params}: {getattr(r, 'status_code', r)} "
                                          f"{getattr(r, 'text', '')[:300]}")

        def reviewer():
            rnd = random.Random(99)
            with httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}) as c:
                k = 0
                while not stop.is_set():
                    eid = rnd.choice(ids)
                    title = f"Reviewed title {k}"
                    try:
                        r = c.patch(f"/api/events/{eid}", json={"title": title})
                        ok = r.status_code == 200 and r.json()["event"]["title"] == title
                    except httpx.HTTPError as e:
                        ok, r = False, e
                    with lock:
                        if ok:
                            edited[eid] = title
                            counts["edits"] += 1
                        else:
                            errors.append(f"PATCH {eid}: {getattr(r, 'status_code', r)} {getattr(r, 'text', '')[:300]}")
                    k += 1
                    time.sleep(0.05)

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
        threads.append(threading.Thread(target=reviewer))
        for t in threads:
            t.start()
        t0 = time.perf_counter()
        try:
            time.sleep(0.5)  # load before the ingest starts, then during all of it
            report = finish(start("real", db, second))
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        took = time.perf_counter() - t0

        if errors:
            server.terminate()
            log = server.communicate(timeout=30)[1]
            raise AssertionError(f"{len(errors)} failed requests of {counts['requests']}: {errors[:5]}\n"
                                 f"server log:\n{log[-4000:]}")
        assert counts["requests"] > 50 and counts["edits"] > 5, counts
        assert report["added"] == 100 and not report["failed"]
        for seen in totals.values():
            assert seen == sorted(seen), "the number of events went down during the ingest"
        # The reviewer's last title of each event it edited is there, through the API and in the store.
        with httpx.Client(base_url=base, timeout=30) as c:
            for eid, title in edited.items():
                assert c.get(f"/api/events/{eid}").json()["title"] == title
            final_total = c.get("/api/events", params={"limit": 1}).json()["total"]
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.communicate()

    got, ref = snapshot(db), snapshot(ref_db)
    assert final_total == got["events"] == ref["events"]
    assert got["documents"] == ref["documents"] and got["extractions"] == ref["extractions"]
    assert got["clusters"] == ref["clusters"]
    # Events as the reference has them, but for the titles the reviewer set.
    fixed = {(i, t, d, edited.get(i, title), s) for i, t, d, title, s in ref["records"]}
    assert got["records"] == fixed
    print(f"\n{counts['requests']} GETs and {counts['edits']} edits in {took:.1f} s while ingesting 100 documents; "
          f"no error")
