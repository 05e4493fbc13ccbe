"""Events under a month alone on its line, a birth in brackets after a name in its own script, a plan told in the
relative clause right after its trigger."""
import pytest


def _got(extract_events, text, lang):
    _doc, evs = extract_events(text, lang)
    return [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "ОТЧЁТ ОБЩЕСТВА\n\n2023 год\n\nФевраль\nВ Баку прошли Дни российской культуры.\n\n"
           "Март\nВ Ханое прошли Дни российской культуры.\n",
     [("culture_days", "2023-02"), ("culture_days", "2023-03")]),
    ("en", "SOCIETY REPORT\n\n2023\n\nFebruary\n\nDays of Russian Culture were held in Baku.\n\n"
           "April–May\nOur members gave a course of lectures at the university.\n",
     [("culture_days", "2023-02"), ("education", "2023-04/2023-05")]),
])
def test_a_month_heading_dates_its_paragraph(extract_events, lang, text, expected):
    got = _got(extract_events, text, lang)
    assert all(x in got for x in expected), got


def test_a_month_heading_over_a_paragraph_with_dates_of_its_own_dates_nothing_else(extract_events):
    # a calendar of anniversaries: the month is the anniversary's, the paragraph tells its own year
    text = ("CALENDAR OF ANNIVERSARIES 2026\n\nJANUARY\n\n30 years - Days of Indian Cinema\n"
            "In January 1996 the first Days of Indian Cinema opened in St. Petersburg. A delegation met viewers.\n")
    got = _got(extract_events, text, "en")
    assert not [g for g in got if g[1] and g[1].startswith("2026")], got


@pytest.mark.parametrize("lang,text", [
    ("en", "Nino Kvirikashvili (Georgian: ნინო კვირიკაშვილი; born 11 April 1958, Tbilisi) is a sculptor known for her "
           "busts and monuments."),
    ("ru", "Ашот Мелконян (род. 14 мая 1951, Ленинакан, Армянская ССР) — скульптор-монументалист, автор памятников."),
])
def test_a_birth_in_brackets_dates_no_happening(extract_events, lang, text):
    got = _got(extract_events, text, lang)
    assert not [g for g in got if g[1]], got


def test_a_plan_in_the_relative_clause_right_after_its_trigger_is_a_plan(extract_events):
    text = "او اکنون روی تندیس تمام‌قد رودکی برای شهر پنجکنت کار می‌کند که قرار است در سال ۱۴۰۴ رونمایی شود."
    assert not [g for g in _got(extract_events, text, "fa") if g[0] == "monument"]



@pytest.mark.parametrize("lang,text", [
    ("az", "Aprel. Bu ay üçün nəzərdə tutulmuş Gürcü kinosu həftəsi 2022-ci ilin payızına keçirildi."),
    ("ru", "Весной 2020 года мы уже напечатали программу, но фестиваль пришлось отменить."),
    ("fa", "دوره سوم را که برای مهر ۹۹ آماده کرده بودیم لغو کردیم و فیلم‌ها را روی سایت جشنواره گذاشتیم."),
    ("fa", "زمستان ۱۳۹۶ جلسه‌ای داشتیم و همان‌جا تصمیم گرفتیم یک جشنواره کوچک راه بیندازیم."),
])
def test_a_happening_moved_cancelled_or_only_thought_of_is_none(extract_events, lang, text):
    got = _got(extract_events, text, lang)
    assert not [g for g in got if g[1] and g[0] in ("festival", "founding", "culture_days")], got


@pytest.mark.parametrize("lang,text,expected", [
    ("az", "Noyabrın 1-də universitetin kitabxanasında kiçik Azərbaycan kinosu axşamı təşkil etdik.",
     ("performance", "XXXX-11-01")),
    ("ru", "Весной 2024 года выставка переехала в Исфахан, где её посетил рекордный поток туристов в дни Новруза.",
     None),
])
def test_a_film_evening_and_a_holidays_days(extract_events, lang, text, expected):
    got = _got(extract_events, text, lang)
    if expected is None:
        assert not [g for g in got if g[0] == "culture_days"], got
    else:
        assert expected in got, got


@pytest.mark.parametrize("lang,text,expected", [
    # a clause ended by its verb in the past: the idea or plan joined to it by "and" is another's
    ("az", "2015-ci ildə Gəncə ilə Səmərqənd arasında saziş imzalandı və bağın yenidən qurulması ideyası irəli sürüldü.",
     ("agreement", "2015")),
    # a delegation that spent a day in a city and toured its fortress visited it; tourists visiting a country do not
    ("en", "SAMARKAND, Thursday, May 16, 2024 (UzA) — Before the forum, the American delegation spent Monday in Bukhara, "
           "where it toured the Ark fortress and the restoration workshops.", ("visit", "2024-05-13")),
])
def test_a_happening_told_with_what_follows_it(extract_events, lang, text, expected):
    got = _got(extract_events, text, lang)
    assert expected in got and len(got) == 1, got


def test_tourists_visiting_a_country_are_no_visit(extract_events):
    text = ("SAMARKAND, Thursday, May 16, 2024 (UzA) — Speaking to reporters yesterday, the minister said that the number "
            "of American tourists visiting Uzbekistan had doubled over five years.")
    assert not _got(extract_events, text, "en")


def test_a_diarys_day_heading_dates_its_paragraph(extract_events):
    text = ("My five days at the festival\n\nPosted by Kate on 2 June 2024\n\nDay 1 - Thursday 23 May\n\n"
            "Landed at dawn, in time for the opening parade.\n\nDay 2 - Friday 24 May\n\nThe big one for me. My friend's "
            "band played the evening concert in the courtyard of the Ark fortress.\n")
    assert ("performance", "2024-05-24") in _got(extract_events, text, "en")


@pytest.mark.parametrize("lang,text,year", [
    ("en", "And happy birthday to one of our founders, our dear Vagif, born in Sheki in 1951!", "1951"),
    ("en", "Navoi was born in 1441, so we are already thinking about his anniversary.", "1441"),
])
def test_a_year_of_birth_dates_no_happening(extract_events, lang, text, year):
    got = _got(extract_events, text, lang)
    assert not [g for g in got if g[1] == year], got
