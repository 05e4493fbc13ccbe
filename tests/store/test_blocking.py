"""Blocking by evidence (event_keys, revision 0004) finds every event `decide` could merge with.

The resolver looks its candidates up by key (a shared place, person or organisation name, or both having
a quoted name) in date ranges bounded per span class. These tests compare its decisions with those over
all events of the type overlapping the window (the blocking it replaced), on SQLite and PostgreSQL, and
check that revision 0004 fills event_keys for a store made before it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy import and_, select

from bilat import edtf
from bilat.records import Document, Event, Source
from bilat.resolve import blocking_keys, decide, window
from bilat.store import Store
from bilat.store import schema as S
from bilat.store.migrate import current, upgrade

PLACES = ["Baku", "baku", "Moscow", "Tehran", "Ganja"]  # "baku": decide compares names casefolded
PEOPLE = ["Heydar Aliyev", "Ilham Aliyev", "Vladimir Putin", "Boris Yeltsin"]


def random_date(r: random.Random) -> str:
    day = dt.date(1995, 1, 1) + dt.timedelta(days=r.randint(0, 700))
    kind = r.random()
    if kind < 0.5:
        return day.isoformat()
    if kind < 0.75:
        return day.isoformat()[:7]
    if kind < 0.85:
        return str(day.year)
    if kind < 0.9:
        return "199X"
    if kind < 0.95:
        return f"{day.isoformat()}/{(day + dt.timedelta(days=r.choice([3, 40, 500]))).isoformat()}"
    return day.isoformat()[:7] + "?"


def random_event(r: random.Random, doc: Document, k: int) -> Event:
    quote = r.choice([None, None, None, "Cultural cooperation agreement", "Media cooperation memorandum"])
    return Event(id="ev_" + hashlib.sha1(f"{doc.path}|{k}".encode()).hexdigest()[:16],
                 type=r.choice(["agreement", "visit", "festival"]), date=random_date(r), title=f"e{k}",
                 places=[{"name": p} for p in r.sample(PLACES, r.randint(0, 2))],
                 participants=[{"name": p, "kind": "person"} for p in r.sample(PEOPLE, r.randint(0, 2))],
                 organizations=[{"name": "Rudomino Library"}] if r.random() < 0.1 else [],
                 countries=["AZ"], sources=[Source(doc.name, k, k + 1, "en", "x")], name=quote)


def doc(n: int) -> Document:
    text = f"document {n} " + "x" * 300
    return Document(path=f"/c/{n}.txt", name=f"{n}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format="txt", encoding="utf-8", text=text)


def brute_candidates(conn, ext_type: str, lo: str, hi: str) -> list[dict]:
    """What blocking used to read: every event of the type overlapping the window, in (date_start, id) order."""
    w = window(lo, hi)
    if w is None:
        return []
    E = S.events.c
    rows = conn.execute(select(E.id, E.type, E.date, E.data, E.date_start)
                        .where(and_(E.type == ext_type, E.date_start <= w[1], E.date_end >= w[0]))
                        .order_by(E.date_start, E.id))
    return [dict(r._mapping) for r in rows]


def test_key_blocking_decides_as_the_date_window_did(store_url):
    store = Store(store_url)
    r = random.Random(5)
    for n in range(12):
        d = doc(n)
        store.save(d, [random_event(r, d, k) for k in range(25)], [])
    probes = [random_event(r, doc(1000), k) for k in range(400)]
    merged = 0
    with store.engine.connect() as conn:
        for ev in probes:
            lo, hi = edtf.bounds(ev.date)
            data = {"places": ev.places, "participants": ev.participants, "organizations": ev.organizations,
                    "countries": ev.countries, "quote": ev.name}
            ext = dict(id="x", type=ev.type, date=ev.date, title=ev.title, data=data)
            keyed = store._candidates(conn, lo, hi, blocking_keys(ev.type, data), set(), {})
            brute = brute_candidates(conn, ev.type, lo, hi)
            assert {c["id"] for c in keyed} <= {c["id"] for c in brute}
            a, b = decide(ext, keyed), decide(ext, brute)
            assert (a.event_id, a.reason) == (b.event_id, b.reason), ev
            merged += a.event_id is not None
    assert merged > 40  # the test exercises merges, not only new events
    store.close()


def test_event_keys_follow_the_event(store_url):
    """Keys are rewritten when an event changes (a merge adds a place) and go with it when it is removed."""
    store = Store(store_url)
    d1, d2 = doc(1), doc(2)
    e1 = Event(id="ev_a", type="visit", date="1997-04-06", title="a", places=[{"name": "Baku"}],
               sources=[Source(d1.name, 0, 1, "en", "x")])
    e2 = Event(id="ev_b", type="visit", date="1997-04", title="b", places=[{"name": "Baku"}, {"name": "Ganja"}],
               sources=[Source(d2.name, 0, 1, "en", "x")])
    store.save(d1, [e1], [])
    store.save(d2, [e2], [])
    with store.engine.connect() as conn:
        [event_id] = conn.execute(select(S.events.c.id)).scalars().all()
        keys = set(conn.execute(select(S.event_keys.c.key)).scalars())
        row = conn.execute(select(S.event_keys.c.span, S.event_keys.c.date_start, S.event_keys.c.date_end)).first()
    assert keys == blocking_keys("visit", {"places": [{"name": "Baku"}, {"name": "Ganja"}]})
    assert tuple(row) == (0, "1997-04-06", "1997-04-06")
    store.save(replace(d1, sha256="0" * 64), [], [])  # both documents changed: no events now
    store.save(replace(d2, sha256="1" * 64), [], [])
    with store.engine.connect() as conn:
        assert conn.execute(select(sa.func.count()).select_from(S.events)).scalar_one() == 0
        assert conn.execute(select(sa.func.count()).select_from(S.event_keys)).scalar_one() == 0
    store.close()


def test_migration_0004_fills_event_keys(store_url):
    engine = sa.create_engine(store_url)
    upgrade(engine, "0003")
    events = sa.table("events", *[sa.column(c) for c in ("id", "type", "date", "date_start", "date_end", "title",
                                                          "confidence", "conflict", "wrong", "long_span",
                                                          "updated_at")], sa.column("data", sa.JSON))
    now = dt.datetime.now(dt.timezone.utc)
    rows = [("ev_1", "visit", "1997-04-06", "1997-04-06", "1997-04-06", {"places": [{"name": "Baku"}]}, False),
            ("ev_2", "festival", "199X", "1990-01-01", "1999-12-31",
             {"places": [{"name": "Moscow"}], "quote": "Kino"}, True),
            ("ev_3", "other", None, None, None, {"places": [{"name": "Baku"}]}, False)]
    with engine.begin() as conn:
        conn.execute(sa.insert(events), [dict(id=i, type=t, date=d, date_start=lo, date_end=hi, title="t",
                                              confidence=0.5, conflict=False, wrong=False, long_span=long_,
                                              updated_at=now, data=data)
                                         for i, t, d, lo, hi, data, long_ in rows])
    upgrade(engine)
    from alembic.script import ScriptDirectory

    from bilat.store.migrate import config

    assert current(engine) == ScriptDirectory.from_config(config()).get_current_head()
    with engine.connect() as conn:
        got = {(r.event_id, r.key, r.span) for r in conn.execute(select(S.event_keys))}
        names = {i["name"] for i in sa.inspect(conn).get_indexes("events")}
    expect = {("ev_1", k, 0) for k in blocking_keys("visit", rows[0][5])}
    expect |= {("ev_2", k, 2) for k in blocking_keys("festival", rows[1][5])}
    assert got == expect  # ev_3 has no date: never a candidate, no keys
    assert "ix_events_blocking" not in names and {"ix_events_start", "ix_events_long"} <= names
    engine.dispose()
    # The upgraded store resolves against the old events: a day in April 1997 in Baku joins ev_1.
    store = Store(store_url)
    d = doc(7)
    store.save(d, [Event(id="ev_new", type="visit", date="1997-04", title="n", places=[{"name": "Baku"}],
                         sources=[Source(d.name, 0, 1, "en", "x")])], [])
    with store.engine.connect() as conn:
        assert conn.execute(select(S.extractions.c.event_id)).scalar_one() == "ev_1"
    store.close()
