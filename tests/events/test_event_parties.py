"""Venues named as the parties of a happening ("between the national libraries") are who, not where;
a headline is the happening its text dates; a person long dead takes part in no undated happening."""
import pytest

import bilat


@pytest.mark.parametrize("lang,text", [
    ("en", "In June 2018 a memorandum of cooperation between the National Library of Iran and the Azerbaijan "
           "National Library was signed."),
    ("ru", "В июне 2018 года был подписан меморандум о сотрудничестве между Национальной библиотекой Ирана и "
           "Национальной библиотекой Азербайджана."),
    ("az", "2018-ci ilin iyununda İran Milli Kitabxanası ilə Azərbaycan Milli Kitabxanası arasında memorandum "
           "imzalanıb."),
    ("fa", "در خرداد ۱۳۹۷ تفاهم‌نامه همکاری میان کتابخانه ملی ایران و کتابخانه ملی آذربایجان امضا شد."),
])
def test_venues_between_which_an_agreement_is_signed_are_no_places(lang, text):
    evs = bilat.extract(text, language=lang)
    assert [e.type for e in evs] == ["agreement"]
    assert evs[0].places == []


def test_a_venue_where_it_is_signed_is_the_place():
    evs = bilat.extract("In June 2018 a memorandum was signed at the Azerbaijan National Library.", language="en")
    assert [p["name"] for p in evs[0].places] == ["Azerbaijan National Library", "Baku"]


@pytest.mark.parametrize("lang,text,date", [
    ("en", "Iranian book fair in Baku\n\nThe book fair of Iran was held in Baku on 1-4 May 2019.", "2019-05-01/2019-05-04"),
    ("fa", "نمایشگاه کتاب ایران در باکو\n\nنمایشگاه کتاب ایران از ۱۰ تا ۱۴ اردیبهشت ۱۳۹۸ در باکو برگزار شد.",
     "2019-04-30/2019-05-04"),
])
def test_a_headline_is_the_happening_its_text_dates(lang, text, date):
    evs = bilat.extract(text, language=lang)
    assert [(e.type, e.date) for e in evs] == [("exhibition", date)]
    assert len(evs[0].sources) == 2


def test_a_poet_long_dead_takes_part_in_no_undated_happening():
    evs = bilat.extract("Delegates arrived in Tehran for the conference on Nizami Ganjavi.", language="en")
    assert not [p for e in evs for p in e.participants if p["name"] == "Nizami Ganjavi"]


def test_between_two_dates_names_no_parties():
    evs = bilat.extract("Between 2005 and 2010 the festival was held in the Heydar Aliyev Palace.", language="en")
    assert "Heydar Aliyev Palace" in [p["name"] for e in evs for p in e.places]


@pytest.mark.parametrize("lang,text,place", [
    ("ru", "В 1947 г. в Баку был открыт памятник Низами Гянджеви, а в 1949 г. — Музей азербайджанской литературы "
           "имени Низами.", "Baku"),
    ("en", "A monument to Nizami was unveiled in Baku in 1947, and in 1949 the Nizami Museum of Azerbaijani "
           "Literature.", "Baku"),
])
def test_a_clause_with_a_date_of_its_own_keeps_its_places(lang, text, place):
    evs = bilat.extract(text, language=lang)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("monument", "1947", [place])]


@pytest.mark.parametrize("lang,text", [
    ("az", "2008-ci il mayın 22-də Bakıda qazax şairi Abayın abidəsinin açılışı olmuşdur."),
    ("ru", "22 мая 2008 года в Баку открыт памятник Абаю."),
    ("en", "A monument to Abai was unveiled in Baku on 22 May 2008."),
])
def test_whom_a_monument_honours_is_no_place(lang, text):
    evs = bilat.extract(text, language=lang)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("monument", "2008-05-22", ["Baku"])]


@pytest.mark.parametrize("lang,text,places", [
    ("az", "1999-cu il noyabrın 18-də İstanbulda Bakı–Tbilisi–Ceyhan neft kəməri haqqında saziş imzalanmışdır.",
     ["Istanbul"]),
    ("en", "The opening ceremony of the Baku-Tbilisi-Kars railway was held in Baku on 30 October 2017.", ["Baku"]),
])
def test_places_joined_into_a_route_name_are_no_places(lang, text, places):
    evs = bilat.extract(text, language=lang)
    assert [[p["name"] for p in e.places] for e in evs] == [places]


@pytest.mark.parametrize("lang,text", [
    ("ru", "В 2010 году в Баку прошёл форум, на котором выступил руководитель администрации Кремля Сергей Нарышкин."),
    ("en", "The forum was held in Baku in 2010; the Kremlin chief of staff Sergey Naryshkin spoke."),
])
def test_a_venue_standing_for_an_institution_is_no_place(lang, text):
    evs = bilat.extract(text, language=lang)
    assert [[p["name"] for p in e.places] for e in evs] == [["Baku"]]


def test_a_quoted_speech_is_no_title():
    text = ('The forum was held in Baku in 2010. "This forum must grow. Our cooperation has a good base," '
            'the forum\'s chairman said.')
    evs = bilat.extract(text, language="en")
    assert [e.title for e in evs] == ["Forum (Baku)"]


def test_a_region_is_the_place_only_when_nothing_more_precise_is_named():
    evs = bilat.extract("On 16 October 2007 the Caspian summit was held in Tehran.", language="en")
    assert [[p["name"] for p in e.places] for e in evs] == [["Tehran"]]


def test_a_place_right_after_an_azerbaijani_monument_word_is_where_it_stands():
    evs = bilat.extract("2008-ci il mayın 22-də abidə Bakıda ucaldılıb.", language="az")
    assert [[p["name"] for p in e.places] for e in evs] == [["Baku"]]
