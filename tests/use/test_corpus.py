"""bilat.Corpus over SQLite and PostgreSQL: events and their filters, pages, streaming, pandas, counts."""
from __future__ import annotations

import hashlib

import pytest

import bilat
from bilat.records import Document, Event, Source
from bilat.store import Store
from bilat.store import review
from chronology import fill


@pytest.fixture
def corpus(store_url):
    store = Store(store_url)
    fill(store)
    text = "From 1990 to 2005 a Russian theatre toured Baku. Until 1996 a society worked in Moscow."
    d = Document(path="/corpus/long.txt", name="long.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                 format="txt", encoding="utf-8", text=text)
    store.save(d, [
        Event(id="ev_long0001", type="performance", date="1990/2005", title="Theatre tours 1990-2005",
              places=[{"name": "Baku"}], countries=["RU"], sources=[Source("long.txt", 0, 48, "en", text[:48])]),
        Event(id="ev_open0001", type="founding", date="../1996", title="A society, until 1996",
              places=[{"name": "Moscow"}], countries=["RU"], sources=[Source("long.txt", 49, 87, "en", text[49:87])]),
    ], [])
    c = bilat.Corpus(store_url)
    yield c
    c.store.close()
    store.close()


def titles(evs):
    return [e["title"] for e in evs]


def test_corpus_is_exported_by_the_package(corpus):
    assert isinstance(corpus, bilat.Corpus)


def test_all_events_in_date_order_undated_last(corpus):
    evs = corpus.events()
    assert len(evs) == 9
    # Undated last; before it, an interval open at the start (../1996), sorted apart as it has no start.
    assert titles(evs[-2:]) == ["A society, until 1996", "Memorial plaque unveiled"]
    from bilat.edtf import bounds

    dated = [bounds(e["date"]) for e in evs if e.get("date") and bounds(e["date"])[0]]
    assert dated == sorted(dated)
    newest = corpus.events(order="-date")
    assert newest[0]["type"] == "culture_days"
    assert titles(newest[-2:]) == ["A society, until 1996", "Memorial plaque unveiled"]
    assert {e["id"] for e in newest} == {e["id"] for e in evs}


def test_date_ranges_find_long_and_open_events(corpus):
    # 1995: the agreement, the 1995 meeting, the 1990s festival, the 1990-2005 tours; not the open-start
    # society (a range with --to leaves out events that have no start).
    assert set(titles(corpus.events(date_from="1995", date_to="1995"))) == {
        "Agreement on cultural cooperation", "Heydar Aliyev receives the Rudomino Library",
        "Russian film festivals", "Theatre tours 1990-2005"}
    # A range well after the start of a long event still finds it.
    assert set(titles(corpus.events(date_from="2004-06", date_to="2004-06"))) == {
        "Baku forum", "Theatre tours 1990-2005"}
    # --from alone: the open-start society ends in 1996, so it is found; undated events never.
    got = titles(corpus.events(date_from="1996"))
    assert "A society, until 1996" in got and "Memorial plaque unveiled" not in got
    assert "Muslim Magomayev in concert" not in got
    assert titles(corpus.events(date_to="1989")) == ["Muslim Magomayev in concert"]
    with pytest.raises(ValueError):
        corpus.events(date_from="next year")


def test_filters(corpus):
    assert titles(corpus.events(type="culture_days")) == ["Days of Azerbaijani culture"]
    assert len(corpus.events(type=["agreement", "meeting"])) == 2
    assert {e["type"] for e in corpus.events(country="IR")} == {"monument"}
    by_written = corpus.events(place="Bakıda")  # a name as written finds the canonical entity
    assert {e["type"] for e in by_written} >= {"agreement", "meeting"}
    assert titles(corpus.events(person="aliyev")) == ["Heydar Aliyev receives the Rudomino Library"]
    assert titles(corpus.events(org="rudomino")) == ["Heydar Aliyev receives the Rudomino Library"]
    assert {e["type"] for e in corpus.events(lang="ru")} == {"agreement", "culture_days", "performance"}
    assert titles(corpus.events(text="магомаева")) == ["Muslim Magomayev in concert"]  # quote text
    # Case folds beyond ASCII (SQLite's own lower() would not), and % _ are not wildcards.
    assert {e["type"] for e in corpus.events(place="БАКУ")} == {e["type"] for e in corpus.events(place="baku")}
    assert titles(corpus.events(text="КОНЦЕРТ")) == ["Muslim Magomayev in concert"]
    assert corpus.events(text="%") == [] and corpus.events(place="_") == []
    assert corpus.count(type="agreement") == 1
    assert corpus.count(date_from="1995", date_to="1995") == 4
    assert corpus.count() == 9


@pytest.mark.parametrize("order", ["date", "-date"])
def test_pages_cover_the_list(corpus, order):
    full = corpus.events(order=order)
    pages = [e for k in range(0, 9, 2) for e in corpus.events(order=order, limit=2, offset=k)]
    assert [e["id"] for e in pages] == [e["id"] for e in full]
    ranged = corpus.events(date_from="1990", date_to="2010", order=order)
    pages = [e for k in range(0, 8, 3) for e in corpus.events(date_from="1990", date_to="2010", order=order,
                                                               limit=3, offset=k)]
    assert [e["id"] for e in pages] == [e["id"] for e in ranged]


def test_iter_events_streams_the_same_records(corpus):
    assert list(corpus.iter_events(batch=2)) == corpus.events()
    assert list(corpus.iter_events(batch=3, type="agreement")) == corpus.events(type="agreement")


def test_records_carry_sources_and_entities(corpus):
    [ev] = corpus.events(type="agreement")
    assert ev["date"] == "1995-06-06"
    assert {s["document"] for s in ev["sources"]} == {"az_1995.txt", "ru_1995.txt"}
    for s in ev["sources"]:
        assert corpus.document_text(s["document_id"])["text"][s["start"]:s["end"]] == s["quote"]
    assert ev["places"][0]["name"] == "Baku" and ev["countries"] == ["AZ", "RU"]
    [days] = corpus.events(type="culture_days")
    assert days["name"] == "Дни культуры Азербайджана"


def test_wrong_events_are_hidden(corpus):
    [ev] = corpus.events(type="forum")
    review.mark_wrong(corpus.store, ev["id"], "tester")
    assert corpus.events(type="forum") == []
    assert len(corpus.events(type="forum", include_wrong=True)) == 1
    assert corpus.count() == 8


def test_to_pandas(corpus):
    df = corpus.to_pandas()
    assert list(df.columns) == ["id", "type", "date", "title", "places", "participants", "organizations",
                                "countries", "sources", "confidence"]
    assert len(df) == 9
    row = df[df.type == "agreement"].iloc[0]
    assert row.sources == 2 and row.places == "Baku" and row.countries == "AZ; RU"
    assert len(corpus.to_pandas(date_from="1995", date_to="1995")) == 4
    assert corpus.to_pandas(type="nothing").empty


def test_stats(corpus):
    st = corpus.stats()
    assert st["events"] == 9
    assert st["per_year"][(1995, "agreement")] == 1
    assert st["per_decade"][(1990, "festival")] == 1
