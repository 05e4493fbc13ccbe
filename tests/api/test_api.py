"""The REST API over a real SQLite store: reading, filters, review with tokens and the audit trail."""
import pytest
from fastapi.testclient import TestClient

from bilat.api.app import create_app
from bilat.records import Document, Event, Mention, Source
from bilat.store import Store
from bilat.store.review import add_user

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'


def _doc(name, text, lang):
    import hashlib
    return Document(path=f"/corpus/{name}", name=name, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format="txt", encoding="utf_8", text=text)


def _event(doc, etype, date, quote_start, quote_end, lang, place=None, title="Event"):
    places = [{"name": place, "country": "AZ", "lat": 40.38, "lon": 49.89}] if place else []
    return Event(id=f"ev_{doc.sha256[:8]}{etype}{quote_start}", type=etype, date=date, title=title, places=places,
                 sources=[Source(doc.name, quote_start, quote_end, lang, doc.text[quote_start:quote_end])],
                 confidence=0.8)


@pytest.fixture()
def client(tmp_path):
    db = str(tmp_path / "api.db")
    store = Store(db)
    az = _doc("az.txt", "1995-ci il iyunun 6-da Bakıda saziş imzalandı. 2002-ci ildə sərgi açıldı.", "az")
    store.save(az, [_event(az, "agreement", "1995-06-06", 0, 46, "az", "Baku", "Agreement signed (Baku)"),
                    _event(az, "exhibition", "2002", 47, len(az.text), "az")], [])
    bad = _doc("bad.html", f"On 6 May 2013 {HOSTILE} a concert was held.", "en")
    store.save(bad, [_event(bad, "performance", "2013-05-06", 0, len(bad.text), "en", title=HOSTILE)], [])
    token = add_user(store, "ayla")
    return TestClient(create_app(db)), token


def test_events_and_filters(client):
    c, _ = client
    r = c.get("/api/events")
    assert r.status_code == 200 and r.json()["total"] == 3
    assert [e["date"] for e in r.json()["events"]] == ["1995-06-06", "2002", "2013-05-06"]
    assert c.get("/api/events", params={"type": "agreement"}).json()["total"] == 1
    assert c.get("/api/events", params={"from": "2000", "to": "2010"}).json()["total"] == 1
    assert c.get("/api/events", params={"sort": "-date"}).json()["events"][0]["date"] == "2013-05-06"
    assert c.get("/api/events", params={"from": "not a date"}).status_code == 400


def test_hostile_text_is_data(client):
    c, _ = client
    ev = c.get("/api/events", params={"type": "performance"}).json()["events"][0]
    assert ev["title"] == HOSTILE  # JSON carries it as a string; the page renders it as text
    doc = c.get(f"/api/documents/{ev['sources'][0]['document_id']}").json()
    assert HOSTILE in doc["text"] and doc["spans"][0]["event_id"] == ev["id"]


def test_review_needs_a_token(client):
    c, token = client
    ev = c.get("/api/events").json()["events"][0]
    assert c.patch(f"/api/events/{ev['id']}", json={"date": "1995-06"}).status_code == 401
    assert c.patch(f"/api/events/{ev['id']}", json={"date": "1995-06"},
                   headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_edit_audit_undo(client):
    c, token = client
    auth = {"Authorization": f"Bearer {token}"}
    ev = c.get("/api/events").json()["events"][0]
    r = c.patch(f"/api/events/{ev['id']}", json={"date": "1995-06-07", "type": "meeting"}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["event"]["date"] == "1995-06-07" and r.json()["event"]["type"] == "meeting"
    audit = c.get("/api/audit", params={"event_id": ev["id"]}).json()
    assert audit[-1]["user"] == "ayla" and audit[-1]["after"]["corrected"]["date"] == "1995-06-07"
    assert c.patch(f"/api/events/{ev['id']}", json={"date": "June 1995"}, headers=auth).status_code == 400
    assert c.post(f"/api/audit/{audit[-1]['id']}/undo", headers=auth).status_code == 200
    assert c.get(f"/api/events/{ev['id']}").json()["date"] == "1995-06-06"


def test_merge_split_wrong(client):
    c, token = client
    auth = {"Authorization": f"Bearer {token}"}
    evs = c.get("/api/events").json()["events"]
    a, b = evs[0]["id"], evs[1]["id"]
    r = c.post("/api/events/merge", json={"ids": [a, b]}, headers=auth)
    assert r.status_code == 200 and c.get("/api/events").json()["total"] == 2
    merged = c.get(f"/api/events/{a}").json()
    assert len(merged["sources"]) == 2
    x = [e["id"] for e in merged["extractions"]]
    r = c.post(f"/api/events/{a}/split", json={"extraction_ids": x[1:]}, headers=auth)
    assert r.status_code == 200 and c.get("/api/events").json()["total"] == 3
    r = c.post(f"/api/events/{a}/wrong", headers=auth)
    assert c.get("/api/events").json()["total"] == 2
    assert c.post(f"/api/audit/{r.json()['audit_id']}/undo", headers=auth).status_code == 200
    assert c.get("/api/events").json()["total"] == 3
    merge_audit = [x for x in c.get("/api/audit").json() if x["action"] == "merge"][0]
    split_audit = [x for x in c.get("/api/audit").json() if x["action"] == "split"][0]
    assert c.post(f"/api/audit/{split_audit['id']}/undo", headers=auth).status_code == 200
    assert c.get("/api/events").json()["total"] == 2
    assert c.post(f"/api/audit/{merge_audit['id']}/undo", headers=auth).status_code == 200
    assert c.get("/api/events").json()["total"] == 3


def test_private_server_and_body_limit(tmp_path):
    db = str(tmp_path / "p.db")
    token = add_user(Store(db), "rustam")
    c = TestClient(create_app(db, private=True))
    assert c.get("/api/events").status_code == 401
    assert c.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    big = {"title": "x" * 70000}
    assert c.patch("/api/events/ev_x", json=big, headers={"Authorization": f"Bearer {token}"}).status_code == 413


def test_openapi_lists_endpoints(client):
    c, _ = client
    paths = c.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/entities", "/api/documents/{document_id}",
              "/api/stats", "/api/search", "/api/export/{fmt}", "/api/network", "/api/audit"):
        assert p in paths
