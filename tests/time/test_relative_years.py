"""A day and month of "next year" or "last year" ("до 15 февраля следующего года", "С 20 по 26 марта прошлого года",
"until 15 February next year"): the day, an end when it is one, and the issue's year kept for the days told after it;
a year a work was written in ("written in 1888", "написанную в 1888 году", "1888-ci ildə yazdığı") is an aside, and so
is no year of the text's, nor the end of a season it speaks of; "Season 2023/24" heads its months; Persian "امسال" (this
year) brings the text back to the report's Solar Hijri year."""
import bilat


def _values(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


def test_russian_day_of_next_year_ends_a_span_and_keeps_the_issues_year():
    values = _values("Выпуск № 11 · 16 декабря 2022 года\n\n15 ноября открылась выставка. Выставка продлится до "
                     "15 февраля следующего года. 24 ноября прошла встреча.")
    assert ("до 15 февраля следующего года", "../2023-02-15") in values
    assert ("24 ноября", "2022-11-24") in values


def test_russian_days_of_last_year():
    values = _values("Москва, 12 февраля 2024 года\n\nС 20 по 26 марта прошлого года в Петербурге прошли Дни культуры. "
                     "5 декабря прошлого года был концерт.")
    assert ("С 20 по 26 марта прошлого года", "2023-03-20/2023-03-26") in values
    assert ("5 декабря прошлого года", "2023-12-05") in values


def test_english_days_of_next_and_last_year():
    values = _values("Issue 11 · 16 December 2022\n\nOn 15 November an exhibition opened. It runs until 15 February "
                     "next year. On 24 November a meeting was held. On 5 December last year a show opened. From 20 to "
                     "26 March last year the Days were held.")
    assert ("until 15 February next year", "../2023-02-15") in values
    assert ("24 November", "2022-11-24") in values
    assert ("On 5 December last year", "2021-12-05") in values
    assert ("From 20 to 26 March last year", "2021-03-20/2021-03-26") in values


def test_a_works_year_is_an_aside():
    assert ("9 December", "2023-12-09") in _values(
        "Baku, 10 June 2024\n\nIn October 2023 the orchestra performed Tchaikovsky's Fifth Symphony, written in 1888. "
        "On 9 December a pianist played.")
    assert ("9 декабря", "2023-12-09") in _values(
        "Баку, 10 июня 2024\n\nВ октябре 2023 года оркестр исполнил написанную в 1888 году Пятую симфонию. "
        "9 декабря выступил пианист.")
    values = _values("Filarmoniya\n\n2023/2024 KONSERT MÖVSÜMÜNÜN YEKUNLARI\n\nBakı, 10 iyun 2024\n\n"
                     "Oktyabrın 14-də orkestr Çaykovskinin 1888-ci ildə yazdığı Beşinci simfoniyanı ifa etdi. "
                     "Dekabrın 9-da pianoçu çıxış etdi. Fevralın 6-da Çin orkestri çıxış etdi.")
    assert ("Dekabrın 9-da", "2023-12-09") in values
    assert ("Fevralın 6-da", "2024-02-06") in values


def test_an_events_year_in_azerbaijani_is_no_aside():
    values = _values("Hesabat\n\nRus Evinin 2010-cu ildə Bakıda keçirdiyi tədbirlər; 6 iyunda Puşkin günü festivalı.")
    assert ("6 iyunda", "2010-06-06") in values


def test_english_season_heading_with_two_digits():
    values = _values("Astana Concert Hall\nSeason 2023/24 in Review\n\nWe opened on 15 September. On 19 January a "
                     "choir sang.")
    assert ("15 September", "2023-09-15") in values
    assert ("19 January", "2024-01-19") in values


def test_persian_this_year_is_the_reports_solar_hijri_year():
    values = _values("پایگاه خبری – گفت‌وگو | سه‌شنبه ۲۲ اسفند ۱۴۰۲\n\n"
                     "از شهریور ۱۴۰۱ که مسئولیت رایزنی را برعهده گرفتم، هدفم روشن بود. امسال این اتفاق افتاد.\n\n"
                     "دوم فروردین جشن نوروز را در پارک بابر برگزار کردیم.")
    assert ("دوم فروردین", "2023-03-22") in values
