"""A diary's entries under a weekday, a day and the place ("Friday 12 April – Moscow"); a year's review under month
headings opening their paragraphs ("Январь. 26 января ..."), or months opening a sentence ("March was the month of
Novruz. On the 20th ..."); a figure's bullet that is no chronicle's entry; two weekdays of last week; a news archive
whose items each end with their "Published:" line; a magazine's masthead naming its month."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    ("Chamber Choir of Leeds · Tour of Georgia, May 2018\n\nThursday 10 May – Tbilisi\n\n"
     "We landed at noon and went straight to the hall. Tonight we sang our first concert of the tour.\n\n"
     "Saturday 12 May – Kutaisi\n\nYesterday was a day on the road.\n",
     [("Tonight", "2018-05-10"), ("Yesterday", "2018-05-11")]),
    ("Дневник поездки: ансамбль «Весна» в Армении, октябрь 2022\n\nВторник, 4 октября. Ереван\n"
     "Сегодня вечером дали первый концерт в филармонии.\n\nЧетверг, 6 октября. Гюмри\n"
     "Вчера весь день ехали по горам.\n",
     [("Сегодня вечером", "2022-10-04"), ("Вчера", "2022-10-05")]),
    ("سفرنامه گروه موسیقی «ساز» در ارمنستان، مهر ۱۴۰۱\n\nسه‌شنبه ۱۲ مهر – ایروان\n"
     "امروز نخستین کنسرت را در تالار فیلارمونی اجرا کردیم.\n",
     [("امروز", "2022-10-04")]),
])
def test_a_diarys_entry_under_its_weekday_day_and_place(text, expected):
    values = _values(text)
    for pair in expected:
        assert pair in values


@pytest.mark.parametrize("text,expected", [
    # a month's name and a stop opening the paragraph, after a paragraph recalling an earlier year
    ("«Северная правда», 28 декабря 2021 года\n\nИТОГИ ГОДА\n\nНаша дружба с музеем началась ещё в 2017 году, "
     "когда мы впервые привезли выставку.\n\nМарт. 14 марта мы открыли выставку армянской керамики.\n",
     ("14 марта", "2021-03-14")),
    ("THE CASPIAN HERALD | COLUMN | Monday, 20 December 2021\n\nHere, month by month, is our year.\n\n"
     "April began slowly, but on the 19th we signed a memorandum with the museum in Tbilisi.\n\n"
     "In May we lent four carpets. June was the month of the festival. On the 12th, the ensemble sang.\n",
     [("on the 19th", "2021-04-19"), ("On the 12th", "2021-06-12")]),
    # "• 12 — sərgi", a figure of the year in numbers, is no chronicle's entry: "Yanvar." under the title year
    ("Azərbaycan–Gürcüstan əlaqələri: 2022-ci il rəqəmlərdə\n12.01.2023 | 10:15\n\nƏlaqələr ötən il genişlənib.\n\n"
     "• 12 — sərgi\n• 7 — konsert\n\nFevral. Ayın 9-da Tbilisidə proqram imzalandı.\n",
     ("Ayın 9-da", "2022-02-09")),
])
def test_a_reviews_months_opening_their_paragraphs_or_sentences(text, expected):
    values = _values(text)
    for pair in expected if isinstance(expected, list) else [expected]:
        assert pair in values


@pytest.mark.parametrize("text,expected", [
    ("تاریخ انتشار: ۱۴۰۱/۰۸/۰۱\n\nهمایش سه‌شنبه و چهارشنبه هفته گذشته در تبریز برگزار شد.\n",
     ("سه\u200cشنبه و چهارشنبه هفته گذشته", "2022-10-18/2022-10-19")),
    ("تاریخ انتشار: ۱۴۰۱/۰۸/۰۱\n\nهیئت از یکشنبه تا سه‌شنبه گذشته در باکو بود.\n",
     ("از یکشنبه تا سه\u200cشنبه گذشته", "2022-10-16/2022-10-18")),
    ("Cardiff, Friday 21 October 2022. The conference met on Tuesday and Wednesday last week.\n",
     ("on Tuesday and Wednesday last week", "2022-10-11/2022-10-12")),
])
def test_two_weekdays_of_last_week(text, expected):
    assert expected in _values(text)


def test_a_news_archive_is_of_its_last_items_day_and_each_item_of_its_own():
    lead = "В актовом зале университета прошла встреча студентов с писателями из Еревана и Тбилиси, " \
           "которые рассказали о переводах и о новых книгах."
    text = ("Университет\nАрхив новостей\n\nПодписан меморандум\n\nВчера ректоры двух университетов подписали "
            "меморандум о сотрудничестве в области образования, науки и культуры на ближайшие пять лет.\n\n"
            "Опубликовано: 15.03.2022\n\nВстреча с писателями\n\n" + lead + "\n\nС 10 по 12 апреля прошли Дни "
            "армянской культуры.\n\nОпубликовано: 14.04.2022\n")
    values = _values(text)
    assert ("Вчера", "2022-03-14") in values
    assert ("С 10 по 12 апреля", "2022-04-10/2022-04-12") in values
    assert [e.date for e in bilat.extract(text) if e.type == "culture_days"] == ["2022-04-10/2022-04-12"]


def test_a_magazines_masthead_month_is_its_issues():
    text = ("OPEN ROADS · April 2023 · Music\n\nWhere two rivers meet\n\nEvery autumn a festival fills the town. "
            "Last year's edition ran from 15 to 18 September.\n")
    assert ("from 15 to 18 September", "2022-09-15/2022-09-18") in _values(text)


def test_a_tour_in_persian_is_no_town():
    text = "تهران، ۱۲ مهر ۱۴۰۱ — گروه کر «نغمه» دیروز نخستین کنسرت تور خود را در ایروان اجرا کرد.\n"
    places = {p["name"] for e in bilat.extract(text) for p in e.places}
    assert "Tver" not in places


def test_a_magazines_named_masthead_and_the_festival_days_it_tells_by_weekday():
    text = ("«Yol» jurnalı, aprel 2023\n\nQarsda aşıq bayramı\n\nKeçən payız, sentyabrın ortalarında, Qarsa getdim.\n\n"
            "Festival sentyabrın 15-dən 17-dək davam etdi. Cümə günü axşam açılış konserti oldu. Bazar günü müsabiqənin "
            "finalı keçirildi.\n")
    values = _values(text)
    assert ("sentyabrın 15-dən 17-dək", "2022-09-15/2022-09-17") in values
    assert ("Cümə günü", "2022-09-16") in values and ("Bazar günü", "2022-09-18") not in values


@pytest.mark.parametrize("text,expected", [
    # the weekday after "tomorrow" is tomorrow's, and "next Tuesday" with the ezafe is to come
    ("تبریز، چهارشنبه ۱۵ آذر ۱۴۰۲\n\nفردا پنجشنبه همایش برگزار می‌شود و برنامه‌ها تا سه‌شنبهٔ آینده ادامه دارد.\n",
     [("فردا", "2023-12-07"), ("سه\u200cشنبهٔ آینده", "2023-12-12")]),
    # a programme's "Sunday 29 Mordad" of the report's year, not of a year next to one its background recalled
    ("ارومیه – ۲ شهریور ۱۴۰۲\n\nپیشینه\nنخستین دوره جشنواره در شهریور ۱۳۹۷ برگزار شد.\n\nبرنامه روزبه‌روز\n\n"
     "روز نخست – یکشنبه ۲۹ مرداد\n- آیین افتتاحیه\n",
     [("یکشنبه ۲۹ مرداد", "2023-08-20")]),
    ("LEEDS ACADEMY NEWSLETTER\nIssue 4, December 2022\n\nFrom Saturday 15 to Friday 21 October, twelve pupils travelled "
     "to Tbilisi.\n\nDay 1\nWe landed at night.\n\nDay 3\nThe two schools signed a partnership agreement.\n",
     [("From Saturday 15 to Friday 21 October", "2022-10-15/2022-10-21"), ("Day 3", "2022-10-17")]),
])
def test_days_told_by_weekday_or_by_number(text, expected):
    values = _values(text)
    for pair in expected:
        assert pair in values


def test_a_masthead_naming_its_months_issue_after_the_month_dates_last_year():
    text = ("STAGE & SCREEN · November 2023 issue · pp. 34–37\n\n\"Every pause\"\n\n"
            "Last year we took our Lear to a festival in Shanghai.\n")
    assert ("Last year", "2022") in _values(text)
