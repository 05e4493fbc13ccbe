"""Entities as event arguments: places and participants reach the events of their sentence."""
from bilat import pipeline


def _one(evs, etype, date):
    hits = [e for e in evs if e.type == etype and e.date == date]
    assert hits, [(e.type, e.date) for e in evs]
    return hits[0]


def test_place_participant_role_az():
    evs = pipeline.extract("2010-cu il mayın 5-də Bakıda Azərbaycan Respublikasının Prezidenti İlham Əliyev "
                           "Rusiya ilə saziş imzaladı.", "az")
    e = _one(evs, "agreement", "2010-05-05")
    assert [p["name"] for p in e.places] == ["Baku"]
    assert e.places[0]["geonames_id"] == 587084
    assert e.participants == [{"name": "Ilham Aliyev", "kind": "person", "role": "President of Azerbaijan"}]
    assert set(e.countries) >= {"AZ", "RU"}


def test_venue_gives_the_city_ru():
    evs = pipeline.extract("12 марта 2012 года в Государственном Кремлёвском дворце состоялся концерт.", "ru")
    e = _one(evs, "performance", "2012-03-12")
    assert [p["name"] for p in e.places] == ["State Kremlin Palace", "Moscow"]


def test_visit_to_a_country():
    evs = pipeline.extract("President Ilham Aliyev paid an official visit to Turkmenistan in June 2015.", "en")
    e = _one(evs, "visit", "2015-06")
    assert [p["name"] for p in e.places] == ["Turkmenistan"]


def test_same_day_same_place():
    evs = pipeline.extract("On 5 March 2019 a forum opened in Baku. On the same day the two ministers held talks.",
                           "en")
    e = _one(evs, "meeting", "2019-03-05")
    assert [p["name"] for p in e.places] == ["Baku"]


def test_persian_participants():
    evs = pipeline.extract("ولادیمیر پوتین روز ۲۸ تیر ۱۴۰۱ در تهران با ابراهیم رئیسی دیدار کرد.", "fa")
    e = _one(evs, "meeting", "2022-07-19")
    assert [p["name"] for p in e.places] == ["Tehran"]
    assert {p["name"] for p in e.participants} == {"Vladimir Putin", "Ebrahim Raisi"}
