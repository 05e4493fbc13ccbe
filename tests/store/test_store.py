"""The store on SQLite and PostgreSQL: schema, idempotent saves, replacement, resolution, entities, search.

Records are built directly (bilat.records), so these tests need no extractor.
"""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from bilat.records import Document, Event, Mention, Source
from bilat.store import Store
from bilat.store import schema as S
from bilat.store.migrate import config, current
from bilat.use import Corpus

AZ = ("2004-cü il fevralın 6-da Moskvada Azərbaycan və Rusiya arasında mədəni əməkdaşlıq haqqında "
      "saziş imzalandı. Heydər Əliyev Bakıda nümayəndə heyətini qəbul etdi.")
RU = ("6 февраля 2004 года в Москве было подписано соглашение о культурном сотрудничестве между "
      "Азербайджаном и Россией. Гейдар Алиев принял делегацию в Баку.")
FA = "در ششم فوریه ۲۰۰۴ در مسکو موافقت‌نامه همکاری فرهنگی امضا شد. حیدر علی‌اف هیئت را در باکو پذیرفت."


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


def document(path: str, text: str, *, published: str | None = None) -> Document:
    return Document(path=path, name=path.rsplit("/", 1)[-1], sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format="txt", encoding="utf-8", text=text, published=published)


def event(doc: Document, n: int, type: str, date: str | None, *, lang: str, quote_at: str,
          places=(), people=(), orgs=(), countries=("AZ", "RU"), name: str | None = None,
          title: str | None = None, confidence: float = 0.8) -> Event:
    start = doc.text.index(quote_at)
    src = Source(document=doc.name, start=start, end=start + len(quote_at), language=lang, quote=quote_at)
    eid = "ev_" + hashlib.sha1(f"{doc.path}|{n}".encode()).hexdigest()[:16]
    return Event(id=eid, type=type, date=date, title=title or f"{type} {date}",
                 places=[{"name": p} for p in places],
                 participants=[{"name": p, "kind": "person"} for p in people],
                 organizations=[{"name": o} for o in orgs], countries=list(countries), sources=[src],
                 confidence=confidence, name=name)


def mention(doc: Document, kind: str, written: str, name: str, lang: str, **kw) -> Mention:
    start = doc.text.index(written)
    return Mention(kind=kind, start=start, end=start + len(written), text=written, name=name, language=lang,
                   orig_start=start, orig_end=start + len(written), **kw)


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (S.documents, S.extractions, S.sources, S.mentions, S.events, S.entities,
                          S.entity_names, S.event_entities, S.merges)}


@pytest.fixture
def store(store_url):
    st = Store(store_url)
    yield st
    st.close()


def az_doc(text: str = AZ, path: str = "/corpus/az_2004.txt"):
    d = document(path, text)
    evs = [event(d, 1, "agreement", "2004-02-06", lang="az", quote_at="saziş imzalandı", places=["Moscow"]),
           event(d, 2, "meeting", "2004", lang="az", quote_at="nümayəndə heyətini qəbul etdi",
                 places=["Baku"], people=["Heydar Aliyev"])]
    ms = [mention(d, "place", "Moskvada", "Moscow", "az", country="RU", lat=55.75, lon=37.62, geonames_id=524901),
          mention(d, "person", "Heydər Əliyev", "Heydar Aliyev", "az", role="President of Azerbaijan"),
          mention(d, "place", "Bakıda", "Baku", "az", country="AZ")]
    return d, evs, ms


def ru_doc(text: str = RU, path: str = "/corpus/ru_2004.txt"):
    d = document(path, text)
    evs = [event(d, 1, "agreement", "2004-02", lang="ru", quote_at="подписано соглашение", places=["Moscow"])]
    ms = [mention(d, "place", "Москве", "Moscow", "ru", country="RU"),
          mention(d, "person", "Гейдар Алиев", "Heydar Aliyev", "ru"),
          mention(d, "place", "Баку", "Baku", "ru", country="AZ")]
    return d, evs, ms


# ---- schema ------------------------------------------------------------------------------------------


def test_schema_is_made_by_alembic(store):
    assert current(store.engine) == head()
    from alembic.script import ScriptDirectory

    revs = [r.revision for r in ScriptDirectory.from_config(config()).walk_revisions()]
    assert revs[-1] == "0001"
    # Opening the store again is a no-op.
    Store(store.url).close()
    assert current(store.engine) == head()


def test_cli_db_upgrade(store_url):
    from bilat.cli.main import app

    result = CliRunner().invoke(app, ["db", "upgrade", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert head() in result.output
    st = Store(store_url, create=False)
    assert current(st.engine) == head()
    assert counts(st)["documents"] == 0
    st.close()
    result = CliRunner().invoke(app, ["db", "upgrade", "--db", store_url])  # twice: nothing to do
    assert result.exit_code == 0, result.output


# ---- saving ------------------------------------------------------------------------------------------


def test_save_is_idempotent(store):
    assert store.save(*az_doc()) == "added"
    assert store.save(*ru_doc()) == "added"
    before = counts(store)
    assert before["documents"] == 2 and before["extractions"] == 3 and before["sources"] == 3
    assert store.save(*az_doc()) == "unchanged"
    assert store.save(*ru_doc()) == "unchanged"
    assert counts(store) == before
    assert store.stored_sha("/corpus/az_2004.txt") == hashlib.sha256(AZ.encode()).hexdigest()


def test_changed_document_replaces_only_its_own(store):
    store.save(*az_doc())
    store.save(*ru_doc())
    corpus = Corpus(store=store)
    [agreement] = corpus.events(type="agreement")
    assert {s["document"] for s in agreement["sources"]} == {"az_2004.txt", "ru_2004.txt"}
    assert agreement["date"] == "2004-02-06"

    # The Azerbaijani document changes: its agreement is now dated 2004-02-09 and the meeting is gone.
    changed = AZ.replace("fevralın 6-da", "fevralın 9-da")
    d = document("/corpus/az_2004.txt", changed)
    evs = [event(d, 1, "agreement", "2004-02-09", lang="az", quote_at="saziş imzalandı", places=["Moscow"])]
    assert store.save(d, evs, [mention(d, "place", "Moskvada", "Moscow", "az", country="RU")]) == "replaced"

    c = counts(store)
    assert c["documents"] == 2 and c["extractions"] == 2 and c["sources"] == 2
    assert c["mentions"] == 1 + 3  # the new az mention and the untouched ru ones
    with store.engine.connect() as conn:
        ru_id = conn.execute(select(S.documents.c.id).where(S.documents.c.name == "ru_2004.txt")).scalar_one()
        assert conn.execute(select(func.count()).select_from(S.mentions)
                            .where(S.mentions.c.document_id == ru_id)).scalar_one() == 3
    assert corpus.events(type="meeting") == []  # fed by the az document only: gone
    evs = corpus.events(type="agreement")
    # The event the two documents fed keeps the Russian source, recomputed from it alone (2004-02);
    # the new 2004-02-09 also refines 2004-02 and shares Moscow, so it may join it again.
    ru_event = [e for e in evs if any(s["document"] == "ru_2004.txt" for s in e["sources"])]
    assert len(ru_event) == 1
    assert all(s["start"] == RU.index("подписано соглашение") for s in ru_event[0]["sources"]
               if s["document"] == "ru_2004.txt")
    dates = {e["date"] for e in evs}
    assert "2004-02-06" not in dates  # nothing left says the 6th
    assert any(s["document"] == "az_2004.txt" and s["quote"] == "saziş imzalandı"
               for e in evs for s in e["sources"])
    if len(evs) == 1:
        assert evs[0]["date"] == "2004-02-09"
    else:
        assert ru_event[0]["date"] == "2004-02"


def test_changed_document_that_no_longer_matches(store):
    """The document that created a shared event changes so that it no longer matches: the other stays."""
    store.save(*az_doc())
    store.save(*ru_doc())
    d = document("/corpus/az_2004.txt", AZ + " Yenilənib.")
    evs = [event(d, 1, "agreement", "2004-02-06", lang="az", quote_at="saziş imzalandı", places=["Kazan"])]
    assert store.save(d, evs, []) == "replaced"
    agreements = Corpus(store=store).events(type="agreement")
    assert len(agreements) == 2
    by_doc = {e["sources"][0]["document"]: e for e in agreements}
    assert [s["document"] for s in by_doc["ru_2004.txt"]["sources"]] == ["ru_2004.txt"]
    assert by_doc["ru_2004.txt"]["date"] == "2004-02"
    assert by_doc["az_2004.txt"]["date"] == "2004-02-06"
    assert counts(store)["events"] == 2


# ---- resolution --------------------------------------------------------------------------------------


def test_compatible_dates_merge_to_most_precise(store):
    d1 = document("/c/a.txt", "В апреле 1997 года в Баку прошли Дни культуры России.")
    d2 = document("/c/b.txt", "1997-ci il aprelin 6-da Bakıda Rusiya mədəniyyəti günləri açıldı.")
    d3 = document("/c/c.txt", "In 1997 the Days of Russian Culture were held in Baku.")
    store.save(d1, [event(d1, 1, "culture_days", "1997-04", lang="ru", quote_at="Дни культуры России",
                          places=["Baku"])], [])
    store.save(d2, [event(d2, 1, "culture_days", "1997-04-06", lang="az", quote_at="mədəniyyəti günləri",
                          places=["Baku"])], [])
    store.save(d3, [event(d3, 1, "culture_days", "1997", lang="en", quote_at="Days of Russian Culture",
                          places=["Baku"])], [])
    [ev] = Corpus(store=store).events()
    assert ev["date"] == "1997-04-06"
    assert "conflict_dates" not in ev
    assert {s["language"] for s in ev["sources"]} == {"ru", "az", "en"}
    assert ev["confidence"] > 0.8  # three documents


def test_same_day_different_quoted_names_stay_apart(store):
    text = ("6 февраля 2004 года в Москве подписаны «Соглашение о сотрудничестве в области культуры» и "
            "«Меморандум о сотрудничестве информационных агентств».")
    d = document("/c/two.txt", text)
    evs = [event(d, 1, "agreement", "2004-02-06", lang="ru", quote_at="«Соглашение", places=["Moscow"],
                 name="Соглашение о сотрудничестве в области культуры"),
           event(d, 2, "agreement", "2004-02-06", lang="ru", quote_at="«Меморандум", places=["Moscow"],
                 name="Меморандум о сотрудничестве информационных агентств")]
    store.save(d, evs, [])
    d2 = document("/c/two_az.txt", "2004-cü il fevralın 6-da Moskvada «Mədəniyyət sahəsində əməkdaşlıq haqqında saziş» imzalandı.")
    store.save(d2, [event(d2, 1, "agreement", "2004-02-06", lang="az", quote_at="«Mədəniyyət", places=["Moscow"],
                          name="Соглашение о сотрудничестве в области культуры")], [])
    got = Corpus(store=store).events(type="agreement")
    assert len(got) == 2
    by_name = {len(e["sources"]): e for e in got}
    assert by_name[2]["sources"][0]["quote"] in ("«Соглашение", "«Mədəniyyət")


def test_conflicting_dates_are_flagged(store):
    d1 = document("/c/v1.txt", "8 февраля 2004 года Ильхам Алиев прибыл с визитом в Москву.")
    d2 = document("/c/v2.txt", "On 6 February 2004 Ilham Aliyev arrived in Moscow on an official visit.")
    store.save(d1, [event(d1, 1, "visit", "2004-02-08", lang="ru", quote_at="прибыл с визитом",
                          places=["Moscow"], people=["Ilham Aliyev"])], [])
    store.save(d2, [event(d2, 1, "visit", "2004-02-06", lang="en", quote_at="official visit",
                          places=["Moscow"], people=["Ilham Aliyev"])], [])
    [ev] = Corpus(store=store).events(type="visit")
    assert ev["conflict_dates"] == ["2004-02-06", "2004-02-08"]
    assert ev["date"] in ev["conflict_dates"]
    assert len(ev["sources"]) == 2
    # Weak evidence (one shared name) and conflicting dates: a new event, no conflict.
    d3 = document("/c/v3.txt", "10 февраля 2004 года в Москве состоялся визит.")
    store.save(d3, [event(d3, 1, "visit", "2004-02-10", lang="ru", quote_at="состоялся визит",
                          places=["Moscow"])], [])
    assert len(Corpus(store=store).events(type="visit")) == 2


def test_conflict_date_choice_is_deterministic(store):
    """Equal support for two dates: the same choice whatever the order of saving (and the hash seed)."""
    d1 = document("/c/v1.txt", "8 февраля 2004 года Ильхам Алиев прибыл с визитом в Москву.")
    d2 = document("/c/v2.txt", "On 6 February 2004 Ilham Aliyev arrived in Moscow on an official visit.")
    store.save(d2, [event(d2, 1, "visit", "2004-02-06", lang="en", quote_at="official visit",
                          places=["Moscow"], people=["Ilham Aliyev"])], [])
    store.save(d1, [event(d1, 1, "visit", "2004-02-08", lang="ru", quote_at="прибыл с визитом",
                          places=["Moscow"], people=["Ilham Aliyev"])], [])
    [ev] = Corpus(store=store).events(type="visit")
    assert ev["date"] == "2004-02-06"


def test_undo_merge(store):
    store.save(*az_doc())
    store.save(*ru_doc())
    corpus = Corpus(store=store)
    [ev] = corpus.events(type="agreement")
    full = corpus.event(ev["id"])
    merged = [m for m in full["merges"] if m["reason"] != "new event"]
    assert len(merged) == 1 and "compatible dates" in merged[0]["reason"]
    new_id = store.undo_merge(merged[0]["id"])
    evs = corpus.events(type="agreement")
    assert {e["id"] for e in evs} == {ev["id"], new_id}
    for e in evs:
        assert len(e["sources"]) == 1
    assert corpus.event(ev["id"])["date"] == "2004-02-06"
    assert corpus.event(new_id)["date"] == "2004-02"
    history = corpus.event(ev["id"])["merges"]
    assert any(m["id"] == merged[0]["id"] and m["undone_at"] is not None for m in history)
    assert any("undoing merge" in m["reason"] for m in corpus.event(new_id)["merges"])
    with pytest.raises(KeyError):
        store.undo_merge(merged[0]["id"])
    # Re-saving the same documents does not merge them again (unchanged), and the history stays.
    assert store.save(*ru_doc()) == "unchanged"
    assert len(corpus.events(type="agreement")) == 2


# ---- entities and search -----------------------------------------------------------------------------


def test_entities_unique_with_every_written_name(store):
    store.save(*az_doc())
    store.save(*ru_doc())
    d = document("/c/fa.txt", FA)
    store.save(d, [event(d, 1, "agreement", "2004-02-06", lang="fa", quote_at="موافقت‌نامه همکاری فرهنگی",
                         places=["Moscow"])],
               [mention(d, "person", "حیدر علی‌اف", "Heydar Aliyev", "fa"),
                mention(d, "place", "مسکو", "Moscow", "fa", country="RU"),
                mention(d, "place", "باکو", "Baku", "fa", country="AZ")])
    ents = Corpus(store=store).entities()
    key = [(e["kind"], e["name"]) for e in ents]
    assert len(key) == len(set(key))
    by = {(e["kind"], e["name"]): e for e in ents}
    aliyev = by[("person", "Heydar Aliyev")]
    assert {(n["written"], n["language"]) for n in aliyev["names"]} == {
        ("Heydər Əliyev", "az"), ("Гейдар Алиев", "ru"), ("حیدر علی‌اف", "fa")}
    moscow = by[("place", "Moscow")]
    assert {(n["written"], n["language"]) for n in moscow["names"]} == {
        ("Moskvada", "az"), ("Москве", "ru"), ("مسکو", "fa")}
    assert moscow["country"] == "RU" and moscow["geonames_id"] == 524901
    assert moscow["events"] == 1  # the one agreement all three report
    assert ("country", "AZ") in by
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(S.entities)
                            .where(S.entities.c.name == "Heydar Aliyev")).scalar_one() == 1


def test_search(store):
    store.save(*az_doc())
    store.save(*ru_doc())
    d = document("/c/fa.txt", FA)
    store.save(d, [], [])
    corpus = Corpus(store=store)
    assert [r["name"] for r in corpus.search("соглашение")] == ["ru_2004.txt"]
    assert [r["name"] for r in corpus.search("saziş")] == ["az_2004.txt"]
    assert [r["name"] for r in corpus.search("مسکو")] == ["fa.txt"]
    hit = corpus.search("Москве")[0]
    assert "Москве" in hit["snippet"]
    assert corpus.search("nothing-like-this") == []
    assert corpus.search('"unbalanced') == []  # user text is never query syntax
    # A replaced document is searched in its new text only.
    changed = RU.replace("соглашение", "меморандум")
    d = document("/corpus/ru_2004.txt", changed)
    store.save(d, [], [])
    assert corpus.search("соглашение") == []
    assert [r["name"] for r in corpus.search("меморандум")] == ["ru_2004.txt"]


def test_concurrent_saves_of_the_same_documents(store):
    """Two writers storing the same files at once: each stored once, no error (SQLite lock, PostgreSQL retry)."""
    from concurrent.futures import ThreadPoolExecutor

    def items():
        out = []
        for i in range(12):
            text = f"{i + 1} февраля 2004 года в Москве подписано соглашение номер {i}."
            d = document(f"/c/same_{i}.txt", text)
            out.append((d, [event(d, 1, "agreement", f"2004-02-{i + 1:02d}", lang="ru",
                                  quote_at="подписано соглашение", places=["Moscow"])],
                        [mention(d, "place", "Москве", "Moscow", "ru", country="RU")]))
        return out

    def writer(_):
        return [store.save(*item) for item in items()]

    with ThreadPoolExecutor(2) as pool:
        a, b = pool.map(writer, range(2))
    assert sorted(a + b).count("added") == 12
    assert a.count("replaced") == b.count("replaced") == 0
    c = counts(store)
    assert c["documents"] == 12 and c["extractions"] == 12 and c["events"] == 12
    assert len([e for e in Corpus(store=store).entities(kind="place")]) == 1


def test_blocking_finds_long_and_short_events(store):
    """Blocking is bounded on both sides for short events; decades and long intervals are still found."""
    d1 = document("/c/decade.txt", "В 90-е годы в Баку проходили фестивали российского кино.")
    store.save(d1, [event(d1, 1, "festival", "199X", lang="ru", quote_at="фестивали российского кино",
                          places=["Baku"])], [])
    d2 = document("/c/year.txt", "1994-cü ildə Bakıda Rusiya kino festivalı keçirildi.")
    store.save(d2, [event(d2, 1, "festival", "1994", lang="az", quote_at="kino festivalı", places=["Baku"])], [])
    d3 = document("/c/range.txt", "From 1992 to 1996 a festival of Russian film was held in Baku every year.")
    store.save(d3, [event(d3, 1, "festival", "1992/1996", lang="en", quote_at="festival of Russian film",
                          places=["Baku"])], [])
    [ev] = Corpus(store=store).events(type="festival")
    assert ev["date"] == "1994" and len(ev["sources"]) == 3
    with store.engine.connect() as conn:
        assert conn.execute(select(S.events.c.long_span)).scalar_one() is False  # now a year
    # An event dated a long interval, alone: flagged long, and found by a day inside it.
    d4 = document("/c/long.txt", "Between 2001 and 2005 the exhibition toured Moscow.")
    store.save(d4, [event(d4, 1, "exhibition", "2001/2005", lang="en", quote_at="the exhibition toured",
                          places=["Moscow"])], [])
    with store.engine.connect() as conn:
        assert conn.execute(select(S.events.c.long_span).where(S.events.c.type == "exhibition")).scalar_one()
    d5 = document("/c/day.txt", "On 3 March 2004 the exhibition opened in Moscow.")
    store.save(d5, [event(d5, 1, "exhibition", "2004-03-03", lang="en", quote_at="the exhibition opened",
                          places=["Moscow"])], [])
    [ex] = Corpus(store=store).events(type="exhibition")
    assert ex["date"] == "2004-03-03" and len(ex["sources"]) == 2


def test_migration_0003_backfills_long_span(tmp_path):
    from sqlalchemy import create_engine, insert

    from bilat.store.migrate import upgrade

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0002")
    now = __import__("datetime").datetime.now()
    with engine.begin() as conn:
        for i, (lo, hi) in enumerate([("1990-01-01", "1999-12-31"), ("1997-01-01", "1997-12-31"), (None, None)]):
            conn.exec_driver_sql(
                "INSERT INTO events (id, type, date_start, date_end, title, confidence, conflict, data, wrong, "
                "updated_at) VALUES (?, 'other', ?, ?, 't', 0.5, 0, '{}', 0, ?)", (f"ev_{i}", lo, hi, now))
    upgrade(engine)
    assert current(engine) == head()
    with engine.connect() as conn:
        got = dict(conn.exec_driver_sql("SELECT id, long_span FROM events").all())
    assert got == {"ev_0": 1, "ev_1": 0, "ev_2": 0}
    engine.dispose()
