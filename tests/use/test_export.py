"""Every export format, written from a real store and read back with a reader of that format."""
from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat.cli.main import app
from bilat.use import Corpus, export

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def events(db):
    return Corpus(db).events()


def written(events, fmt, **kw) -> str:
    buf = io.StringIO()
    export.write(events, fmt, buf, **kw)
    return buf.getvalue()


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test (rdflib must not fetch a JSON-LD context)."""
    def refuse(*a, **kw):
        raise AssertionError("network access during an export test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_store_holds_what_the_tests_expect(events):
    assert len(events) == 7
    [agreement] = [e for e in events if e["type"] == "agreement"]
    assert agreement["date"] == "1995-06-06" and len(agreement["sources"]) == 2  # az + ru merged


def test_formats_listed():
    assert set(export.FORMATS) == {"jsonl", "csv", "geojson", "timelinejs", "jsonld", "graphml"}
    with pytest.raises(ValueError):
        export.write([], "xlsx", io.StringIO())


def test_jsonl(events):
    lines = written(events, "jsonl").splitlines()
    got = [json.loads(line) for line in lines]
    assert [g["id"] for g in got] == [e["id"] for e in events]
    assert got == json.loads(json.dumps(events))
    assert any("Дни культуры Азербайджана" in line for line in lines)  # UTF-8, not \u escapes


def test_jsonl_and_csv_stream(db):
    """jsonl and csv consume the events one at a time: a generator is written without a list."""
    def one_by_one():
        for e in Corpus(db).iter_events(batch=2):
            yield e

    assert len(written(one_by_one(), "jsonl").splitlines()) == 7
    assert len(written(one_by_one(), "csv").splitlines()) == 8


def test_csv_read_by_pandas(events):
    import pandas as pd

    df = pd.read_csv(io.StringIO(written(events, "csv")), dtype=str, keep_default_na=False)
    assert list(df.columns) == export.CSV_COLUMNS
    assert len(df) == len(events)
    row = df[df.type == "agreement"].iloc[0]
    assert row.date == "1995-06-06" and row.date_start == row.date_end == "1995-06-06"
    assert row.places == "Baku" and row.countries == "AZ; RU"
    assert row.languages == "az; ru"
    agreement = next(e for e in events if e["type"] == "agreement")
    assert set(row.sources.split("; ")) == {f"{s['document']}:{s['start']}-{s['end']}" for s in agreement["sources"]}
    assert {x.split(":")[0] for x in row.sources.split("; ")} == {"az_1995.txt", "ru_1995.txt"}
    assert "saziş imzalandı" in row.quotes and "подписано соглашение" in row.quotes
    festival = df[df.type == "festival"].iloc[0]
    assert (festival.date, festival.date_start, festival.date_end) == ("199X", "1990-01-01", "1999-12-31")
    undated = df[df.type == "monument"].iloc[0]
    assert undated.date == "" and undated.date_start == ""
    assert float(df[df.type == "agreement"].confidence.iloc[0]) > 0.9  # two documents


def test_csv_quotes_commas_and_newlines():
    import pandas as pd

    ev = {"id": "ev_1", "type": "other", "date": "2001", "title": 'A "title", with\na newline',
          "places": [], "participants": [], "organizations": [], "countries": [], "sources": [],
          "confidence": 0.5}
    df = pd.read_csv(io.StringIO(written([ev], "csv")), dtype=str, keep_default_na=False)
    assert df.title.iloc[0] == 'A "title", with\na newline'


def test_geojson_valid_against_rfc7946_schema(events):
    import jsonschema

    schema = json.loads((HERE / "geojson.schema.json").read_text())
    doc = json.loads(written(events, "geojson"))
    jsonschema.validate(doc, schema)
    # The schema itself refuses what RFC 7946 forbids:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [49.9, 140.4]}}]},
            schema)
    feats = doc["features"]
    # One feature per located place: every event has one place; Tehran has no coordinates.
    assert len(feats) == 6 and doc["bilat:unlocated"] == 1
    by_type = {f["properties"]["type"]: f for f in feats}
    assert "monument" not in by_type
    baku = by_type["agreement"]
    assert baku["geometry"] == {"type": "Point", "coordinates": [49.892, 40.3777]}  # [lon, lat]
    assert baku["properties"]["place"] == "Baku" and baku["properties"]["geonames_id"] == 587084
    assert baku["properties"]["event_id"] == next(e["id"] for e in events if e["type"] == "agreement")
    assert len({f["id"] for f in feats}) == len(feats)


def test_timelinejs_fields(events):
    doc = json.loads(written(events, "timelinejs", title="Azerbaijan – Russia"))
    assert doc["title"]["text"]["headline"] == "Azerbaijan – Russia"
    slides = doc["events"]
    assert len(slides) == 6  # the undated monument cannot be placed
    ids = [s["unique_id"] for s in slides]
    assert len(set(ids)) == len(ids) and set(ids) <= {e["id"] for e in events}
    for s in slides:
        assert set(s) <= {"start_date", "end_date", "text", "group", "unique_id", "display_date", "media"}
        assert s["start_date"]["year"].isdigit()
        assert set(s["start_date"]) <= {"year", "month", "day"}
        assert s["text"]["headline"] and "text" in s["text"]
        assert s["group"] in {e["type"] for e in events}
    by = {s["group"]: s for s in slides}
    assert by["agreement"]["start_date"] == {"year": "1995", "month": "6", "day": "6"}
    assert "end_date" not in by["agreement"] and "display_date" not in by["agreement"]
    assert by["meeting"]["start_date"] == {"year": "1995"}  # only the parts the date gives
    assert by["festival"]["start_date"] == {"year": "1990"} and by["festival"]["end_date"] == {"year": "1999"}
    assert by["festival"]["display_date"] == "1990s"
    assert by["performance"]["start_date"] == {"year": "1989", "month": "10"}
    assert by["performance"]["display_date"] == "1989-10?"
    days = by["culture_days"]
    assert days["start_date"] == {"year": "2007", "month": "4", "day": "16"}
    assert days["end_date"] == {"year": "2007", "month": "4", "day": "18"}
    # The slide cites its sources; text from documents is escaped.
    assert "saziş imzalandı" in by["agreement"]["text"]["text"]
    az = next(s for s in next(e for e in events if e["type"] == "agreement")["sources"] if s["language"] == "az")
    assert f"az_1995.txt [{az['start']}–{az['end']}]" in by["agreement"]["text"]["text"]
    hostile = dict(events[0], title="<script>x</script>")
    assert "<script>" not in written([hostile], "timelinejs")


def test_jsonld_parsed_by_rdflib(events, no_network):
    from rdflib import RDF, Graph, Literal, Namespace, URIRef

    SDO = Namespace("http://schema.org/")
    text = written(events, "jsonld")
    doc = json.loads(text)
    assert isinstance(doc["@context"], dict)  # embedded: nothing to fetch
    g = Graph().parse(data=text, format="json-ld")
    evs = set(g.subjects(RDF.type, SDO.Event))
    assert len(evs) == len(events)
    agreement = URIRef("urn:bilat:event:" + next(e["id"] for e in events if e["type"] == "agreement"))
    assert agreement in evs
    assert g.value(agreement, SDO.startDate) == Literal("1995-06-06")
    place = g.value(agreement, SDO.location)
    assert (place, RDF.type, SDO.Place) in g and g.value(place, SDO.name) == Literal("Baku")
    geo = g.value(place, SDO.geo)
    assert float(g.value(geo, SDO.latitude)) == pytest.approx(40.3777)
    assert float(g.value(geo, SDO.longitude)) == pytest.approx(49.892)
    cites = list(g.objects(agreement, SDO.citation))
    assert len(cites) == 2 and all((c, RDF.type, SDO.CreativeWork) in g for c in cites)
    assert {str(g.value(c, SDO.text)) for c in cites} == {"saziş imzalandı", "подписано соглашение"}
    meeting = next(s for s in evs if str(g.value(s, SDO.name)).startswith("Heydar Aliyev"))
    aliyev = g.value(meeting, SDO.attendee)
    assert (aliyev, RDF.type, SDO.Person) in g and g.value(aliyev, SDO.jobTitle) == Literal("President of Azerbaijan")
    org = g.value(meeting, SDO.organizer)
    assert (org, RDF.type, SDO.Organization) in g
    concert = next(s for s in evs if str(g.value(s, SDO.name)) == "Muslim Magomayev in concert")
    assert (g.value(concert, SDO.performer), RDF.type, SDO.Person) in g
    decade = next(s for s in evs if str(g.value(s, SDO.name)) == "Russian film festivals")
    assert (g.value(decade, SDO.startDate), g.value(decade, SDO.endDate)) == (Literal("1990"), Literal("1999"))
    assert str(g.value(decade, URIRef("urn:bilat:vocab:edtf"))) == "199X"
    countries = {str(g.value(c, SDO.name)) for c in g.objects(agreement, SDO.about)}
    assert countries == {"Azerbaijan", "Russia"}


def test_graphml_read_by_networkx(events, tmp_path):
    import networkx as nx

    path = tmp_path / "net.graphml"
    path.write_text(written(events, "graphml"), encoding="utf-8")
    g = nx.read_graphml(path)
    kinds = nx.get_node_attributes(g, "kind")
    assert sum(k == "event" for k in kinds.values()) == len(events)
    assert kinds["person:Heydar Aliyev"] == "person"
    assert kinds["org:Rudomino Library of Foreign Literature"] == "org"
    assert kinds["country:AZ"] == "country"
    meeting = next(n for n, k in kinds.items() if k == "event" and g.nodes[n]["type"] == "meeting")
    edge = g.edges["person:Heydar Aliyev", meeting]
    assert edge["role"] == "participant" and edge["title"] == "President of Azerbaijan"
    assert g.edges["org:Rudomino Library of Foreign Literature", meeting]["role"] == "organization"
    assert all(kinds[n] == "event" or kinds[m] == "event" for n, m in g.edges)  # bipartite: actor-event only
    assert g.degree["country:AZ"] == sum("AZ" in e["countries"] for e in events)


def test_empty_exports_are_valid():
    import jsonschema

    assert written([], "jsonl") == ""
    assert written([], "csv").strip() == ",".join(export.CSV_COLUMNS)
    jsonschema.validate(json.loads(written([], "geojson")), json.loads((HERE / "geojson.schema.json").read_text()))
    assert json.loads(written([], "timelinejs"))["events"] == []
    assert json.loads(written([], "jsonld"))["@graph"] == []
    assert "<graphml" in written([], "graphml")


# ---- CLI ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "timelinejs", "jsonld", "graphml"])
def test_cli_events_every_format(db, fmt, tmp_path):
    result = CliRunner().invoke(app, ["events", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    out = tmp_path / f"out.{fmt}"
    result2 = CliRunner().invoke(app, ["events", "--db", db, "--format", fmt, "--output", str(out)])
    assert result2.exit_code == 0, result2.output
    assert out.read_text(encoding="utf-8") == result.stdout
    if fmt == "jsonl":
        assert len(result.stdout.splitlines()) == 7
    elif fmt == "csv":
        import pandas as pd

        assert len(pd.read_csv(out)) == 7
    elif fmt == "graphml":
        import networkx as nx

        assert nx.read_graphml(out).number_of_nodes() > 7
    else:
        json.loads(result.stdout)


def test_cli_events_filters_and_table(db):
    r = CliRunner().invoke(app, ["events", "--db", db, "--format", "jsonl", "--from", "1995", "--to", "1995"])
    assert r.exit_code == 0, r.output
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert {e["type"] for e in got} == {"agreement", "meeting", "festival"}  # 199X overlaps 1995
    r = CliRunner().invoke(app, ["events", "--db", db, "--type", "culture_days"])
    assert r.exit_code == 0 and "Moscow" in r.stdout and "Baku" not in r.stdout  # a table, one row


def test_cli_stats_chart(db, tmp_path):
    png = tmp_path / "chart.png"
    r = CliRunner().invoke(app, ["stats", "--db", db, "--chart", str(png)])
    assert r.exit_code == 0, r.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    with Image.open(png) as im:
        assert im.size[0] > 300 and im.size[1] > 100
    assert "1990s" in r.stdout and "1995" in r.stdout


def test_cli_show(db):
    corpus = Corpus(db)
    [agreement] = corpus.events(type="agreement")
    r = CliRunner().invoke(app, ["show", agreement["id"], "--db", db])
    assert r.exit_code == 0, r.output
    assert "1995-06-06" in r.stdout and "saziş imzalandı" in r.stdout and "подписано соглашение" in r.stdout
    assert "az_1995.txt" in r.stdout and "ru_1995.txt" in r.stdout
    assert "compatible dates" in r.stdout  # the merge and its reason
    r = CliRunner().invoke(app, ["show", "ev_nope", "--db", db])
    assert r.exit_code == 1


def test_cli_entities(db):
    r = CliRunner().invoke(app, ["entities", "--db", db])
    assert r.exit_code == 0, r.output
    assert "Heydar Aliyev" in r.stdout and "Heydər Əliyev" in r.stdout
    r = CliRunner().invoke(app, ["entities", "--db", db, "--kind", "place", "--format", "jsonl"])
    got = {json.loads(line)["name"]: json.loads(line) for line in r.stdout.splitlines()}
    assert set(got) == {"Baku", "Moscow", "Tehran"}
    assert {n["written"] for n in got["Baku"]["names"]} == {"Bakıda", "Баку"}


def test_chart_from_corpus_and_events(db, tmp_path):
    from bilat.use.chart import events_per_year, per_year

    corpus = Corpus(db)
    assert per_year(corpus) == per_year(corpus.stats()) == per_year(corpus.events())
    assert per_year(corpus)[(1995, "agreement")] == 1
    path = events_per_year(corpus, tmp_path / "c.png")
    assert path.read_bytes()[:4] == b"\x89PNG"


def test_api_export_every_format(db):
    from fastapi.testclient import TestClient

    from bilat.api.app import create_app

    client = TestClient(create_app(db))
    for fmt in export.FORMATS:
        r = client.get(f"/api/export/{fmt}", params={"from": "1995", "to": "1995"})
        assert r.status_code == 200, (fmt, r.text)
        assert r.text == written(Corpus(db).events(date_from="1995", date_to="1995"), fmt)
    assert client.get("/api/export/xlsx").status_code == 404
