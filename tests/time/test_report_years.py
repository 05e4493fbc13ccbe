"""Which year a day told without its year is of, in reports that say which year they speak of: a plan's table under
its year, a speech telling the months since last year, plans after the report's day, asides and datelines."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    # a table's row of column names is no heading of a news item: its rows are of the year the report speaks of
    ("Bakı, 19.01.2024\n\nBütün tarixlər 2023-cü ilə aiddir.\n\n№ | Tədbir | Plan | Faktiki | Status\n"
     "2 | Mədəniyyət Günləri | mart | 21–24.III | K\n",
     [("21–24.III", "2023-03-21/2023-03-24")]),
    ("London, 19 January 2024\n\nAll dates are of 2023.\n\nNo. | Event | Plan | Held\n"
     "1 | Days of Culture | March | 21–24.III\n",
     [("21–24.III", "2023-03-21/2023-03-24")]),
])
def test_a_plans_table_is_of_the_year_the_report_names(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a speech of May telling the months since last September: January after December is this year's
    ("Tbilisi, 26 may 2023-cü il\n\nÖtən ilin sentyabrında festival keçirildi. Dekabrın 12-dən 18-dək film həftəsi oldu. "
     "Yeni ilin ilk ayında – yanvarın 19-da – Tbilisidə proqram imzalandı. 21 martda konsert verildi.",
     [("Dekabrın 12-dən 18-dək", "2022-12-12/2022-12-18"), ("yanvarın 19-da", "2023-01-19"), ("21 martda", "2023-03-21")]),
    ("Moscow, 15 May 2023\n\nLast September the festival opened. In December a film week was held. "
     "On 19 January the programme was signed in Tbilisi.",
     [("In December", "2022-12"), ("19 January", "2023-01-19")]),
])
def test_the_months_since_last_year_run_into_the_reports_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_list_under_its_years_heading_goes_back_within_it():
    # a library's archive, newest first: "12 March" after "11–15.12.2023" under "2023" is March 2023
    text = ("Son yenilənmə: 20.03.2024\n\n2023\n▪ 11–15.12.2023 – Kursun məzunlarına sertifikatlar təqdim olundu.\n"
            "▪ 12 mart – İstiklal Marşının ildönümü qeyd olundu.\n")
    assert ("12 mart", "2023-03-12") in _values(text)


@pytest.mark.parametrize("text,expected", [
    # a date or a year after the report's day is a plan's: the report goes on in the year it speaks of
    ("MINISTRY OF CULTURE\nBaku, 26 January 2024\n\nIMPLEMENTATION REPORT for 2023\n\n"
     "Item 7. It provides for a joint exhibition of musical instruments (not earlier than 2025).\n\n"
     "Item 8. Postponed at the request of the hall's management; new date: 14 March 2024.\n\n"
     "Item 9. The mugham evening on 19 October featured the singer.\n",
     [("19 October", "2023-10-19")]),
    ("Bakı, 19.01.2024\n\n2023-cü il üzrə hesabat\n\nProqram 2023-cü il aprelin 7-də imzalanmışdır və "
     "2025-ci ilin sonunadək qüvvədədir. Konsert 15 iyun axşamı keçirilmişdir.",
     [("2025-ci ilin sonunadək", "../2025"), ("15 iyun", "2023-06-15")]),
])
def test_a_plans_date_after_the_report_leaves_the_reports_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_plans_solar_hijri_year_after_the_report_leaves_the_reports_year():
    text = ("گزارش سفر گروه تئاتر به چین\n\nبه گفته مدیر هنری گروه در گفت‌وگو با خبرنگار ما، این گروه در تابستان ۱۴۰۳ به چین باز می‌گردد و برای بهار سال ۱۴۰۴ نیز دعوت شده است. "
            "گروه از ۳۰ مهر تا ۲ آبان سه اجرا در جشنواره داشت.")
    assert ("از ۳۰ مهر تا ۲ آبان", "2023-10-22/2023-10-24") in _values(text, published="2023-10-30")


def test_a_biographys_life_dates_at_its_head_are_no_report_day():
    # "(14 aprel 1949 – 2 dekabr 2020)" under a name: the years told after it move the text on
    text = ("Əli Rzayev (14 aprel 1949 – 2 dekabr 2020)\n\n1979-cu ildə kitabı çap olunmuşdur. "
            "Kitabın təqdimatı 2003-cü il aprelin 23-də keçirilmiş, həmin ilin may ayında isə Tehranda təqdim olunmuşdur.")
    assert ("həmin ilin may ayında", "2003-05") in _values(text)


@pytest.mark.parametrize("text,expected", [
    # two decades in one: the text's year stays the one it was speaking of
    ("Москва, 15 декабря 2023 г.\n\nЭмигранты много сделали в 1920–1930-е годы. 28–29 июня Москву посетила министр.",
     [("в 1920–1930-е годы", "192X/193X"), ("28–29 июня", "2023-06-28/2023-06-29")]),
    ("London, 5 May 2023\n\nIn the 1920s–1930s emigrants did much. On 28 June the minister came.",
     [("the 1920s–1930s", "192X/193X"), ("28 June", "2023-06-28")]),
    # a year in an aside whose brackets open on the line before (prose wrapped at a fixed width)
    ("OTTAWA - Monday, October 22, 2012\n\nThe theatre, one of Siberia's oldest companies (it traces its history to\n"
     "1874), ends its tour this weekend.\n\nThe company landed in Toronto on Oct. 9 with its staging.",
     [("Oct. 9", "2012-10-09")]),
    # a chronology's year with the days in brackets after it
    ("XRONOLOGİYA\n\n2002 – Bakıda abidənin açılışı.\n2005 (20–27 oktyabr) – Sankt-Peterburqda Mədəniyyət Günləri.\n",
     [("2005", "2005"), ("20–27 oktyabr", "2005-10-20/2005-10-27")]),
    # a span of days in Roman-numeral months
    ("Выставка (музей, 15.V–30.VI.2005) собрала 2000 посетителей.", [("15.V–30.VI.2005", "2005-05-15/2005-06-30")]),
])
def test_decades_asides_and_chronology_entries(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_clause_between_dashes_is_no_dateline():
    # "Yeni ilin ilk ayında – yanvarın 19-da – ..." deep in a speech: no item's day that "two days ago" counts from
    text = ("Tbilisi, 26 may 2023-cü il\n\nHörmətli qonaqlar!\n\nDekabrda film həftəsi keçirildi.\n\n"
            "Yeni ilin ilk ayında – yanvarın 19-da – Tbilisidə proqram imzalandı.\n\n"
            "Cəmi iki gün əvvəl kitabın təqdimatı oldu.")
    assert ("iki gün əvvəl", "2023-05-24") in _values(text)


def test_a_news_lists_yesterday_counts_from_the_items_day():
    text = ("Новости кафедры\n\n05.02.2024 — Открыта запись на курс.\n\n"
            "29.01.2024 — Вчера состоялась встреча студентов с иранским писателем.")
    assert ("Вчера", "2024-01-28") in _values(text, published="2024-02-05")


@pytest.mark.parametrize("text,expected", [
    # a weekday that is also a town (Dushanbe) is a day before "night" and heading a digest's item
    ("روزنامه | پنجشنبه ۱۹ مهر ۱۴۰۳\n\n▪ دوشنبه | هفته فیلم ترکیه روی پرده\n\nهفته فیلم ترکیه دوشنبه‌شب گشایش یافت.",
     [("دوشنبه", "2024-10-07")]),
])
def test_a_weekday_that_is_a_towns_name_heading_an_item_or_before_night(text, expected):
    values = _values(text, published="2024-10-10")
    assert values.count(expected[0]) == 2, values


def test_a_house_number_is_no_year():
    assert [v for v in _values("Tickets at the box office, 1248 Bernard Ave. W., or by phone.") if v[1]] == []
