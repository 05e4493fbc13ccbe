"""Two sources reporting one happening on the same day between the same countries, naming no place or
person, are one event; on different days, or between other countries, they stay two."""
from bilat.resolve import blocking_keys, decide


def _ext(date, countries, id_="x1"):
    data = {"places": [], "participants": [], "organizations": [], "countries": countries, "quote": None}
    return {"id": id_, "type": "agreement", "date": date, "title": "Agreement signed", "data": data}


def test_same_day_same_countries_is_one_event():
    a, b = _ext("1992-04-04", ["AZ", "RU"], "e1"), _ext("1992-04-04", ["RU", "AZ"])
    assert blocking_keys("agreement", a["data"]) & blocking_keys("agreement", b["data"])
    assert decide(b, [a]).event_id == "e1"


def test_other_day_or_other_countries_stay_apart():
    a = _ext("1992-04-04", ["AZ", "RU"], "e1")
    assert decide(_ext("1992-04-05", ["AZ", "RU"]), [a]).event_id is None
    assert decide(_ext("1992-04", ["AZ", "RU"]), [a]).event_id is None  # a month only: not enough
    assert decide(_ext("1992-04-04", ["AZ", "IR"]), [a]).event_id is None
