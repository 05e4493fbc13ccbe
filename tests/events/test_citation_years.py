"""A year or a name in an author-year citation is a work's: it dates no event and places none."""
import pytest


@pytest.mark.parametrize("lang,text,date", [
    ("en", "The Days of Azerbaijani culture were held in Moscow (Petrov 2010, p. 5).", None),
    ("en", "The treaty was signed in Moscow on 3 July 1997 (Ivanov 2004, p. 12).", "1997-07-03"),
    ("ru", "Дни азербайджанской культуры прошли в Москве (Иванов, 2010, с. 5).", None),
    ("ru", "Дни азербайджанской культуры прошли в Москве в 2009 году [Иванов 2010: 5].", "2009"),
    ("az", "Bakıda Rusiya mədəniyyəti günləri keçirilmişdir (Məmmədov, 2015, s. 45).", None),
    ("fa", "روزهای فرهنگ آذربایجان در مسکو برگزار شد (علی‌اف، 2004، ص 12).", None),
])
def test_a_citation_dates_no_event_and_names_no_place(lang, text, date):
    import bilat

    evs = bilat.extract(text, language=lang)
    assert [e.date for e in evs] == [date], [(e.type, e.date) for e in evs]
    assert not [p for e in evs for p in e.places if p["name"] == "Ivanovo"]
