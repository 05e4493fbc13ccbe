"""A report's items under a month's heading: the heading alone on its line is a month of the report's
year, an item dated by its day alone ("On the 20th", "ayın 19-da", "26-го —", "۸ تا ۱۰ —") is a day of it."""
import pytest

import bilat


def _values(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


@pytest.mark.parametrize("text,expected", [
    ("Annual report 2023\n\nJanuary\n\nOn the 20th, the Institute held its gala.\n\nMarch\n\n"
     "14-16: seminar for teachers of Chinese.\n\nJuly – August\n\nSummer schools.",
     [("2023", "2023"), ("January", "2023-01"), ("On the 20th", "2023-01-20"), ("March", "2023-03"),
      ("14-16", "2023-03-14/2023-03-16"), ("July – August", "2023-07/2023-08")]),
    ("2023-cü il üzrə hesabat\n\nYanvar\n\nAyın 19-da səfir ilə görüş keçirilmişdir.\n\nAprel\n\n"
     "27-də olimpiadanın qalibləri mükafatlandırılmışdır.",
     [("2023-cü il", "2023"), ("Yanvar", "2023-01"), ("Ayın 19-da", "2023-01-19"), ("Aprel", "2023-04"),
      ("27-də", "2023-04-27")]),
    ("Отчёт за 2023 год\n\nЯнварь\n\n26-го — открыт Центр персидского языка.\n\nМарт\n\n"
     "20–21: праздник Новруз.",
     [("2023 год", "2023"), ("Январь", "2023-01"), ("26-го", "2023-01-26"), ("Март", "2023-03"),
      ("20–21", "2023-03-20/2023-03-21")]),
    ("گزارش عملکرد سال ۱۴۰۲\n\nخرداد\n\n۸ تا ۱۰ — برگزاری روزهای فرهنگ هند.\n\nدی\n\n"
     "۱۲ — افتتاح نمایشگاه.\n\nمهر\n\nدر روز ۲۴ این ماه نشست برگزار شد.",
     [("سال ۱۴۰۲", "2023-03-21/2024-03-19"), ("خرداد", "2023-05-22/2023-06-21"), ("۸ تا ۱۰", "2023-05-29/2023-05-31"),
      ("دی", "2023-12-22/2024-01-20"), ("۱۲", "2024-01-02"), ("مهر", "2023-09-23/2023-10-22"),
      ("روز ۲۴ این ماه", "2023-10-16")]),
])
def test_items_under_month_headings(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "The programme was approved in May 2023. Students may apply until the end of the term.",
    "Bu ay ərzində 14 tələbə təqaüd alıb. May ayında 20 konsert verilib.",
    "В зале было 26 человек, из них 14 — студенты.",
    "the 20th anniversary of the Institute was celebrated; the 19th century manuscripts were shown.",
])
def test_no_day_or_month_alone_in_running_text(text):
    # A month word in a sentence, a number in a sentence, an ordinal before a noun: none is a date.
    assert all(t.text not in ("May", "14", "26", "20th", "19th") for t in bilat.dates(text))


def test_a_heading_month_and_a_day_across_a_paragraph_break_are_not_one_date():
    assert ("March 14-16", "2023-03-14/2023-03-16") not in _values("Report 2023\n\nMarch\n\n14-16: seminar.")


def test_a_chronology_tables_year_cell():
    text = ("| Tarix | Hadisə |\n|---|---|\n| 2008 | Astanada Mərkəz fəaliyyətə başlayıb. |\n"
            "| 2014–2015 | Kino həftələri keçirilib. |\n| 2025 (plan) | Mədəniyyət ili keçiriləcək. |")
    assert _values(text) == [("2008", "2008"), ("2014–2015", "2014/2015")]
    assert _values("2005\tAzərbaycan ili\n") == [("2005", "2005")]  # a DOCX table's row


def test_a_spreadsheets_date_cells():
    # A cell's day with its year in two digits takes the century of the year the text speaks of; a row's number
    # and the month in the next cell are no day ("7<TAB>May").
    text = "Activities 2023\nNo\tDate\tActivity\n7\tMay\tContest\n8\t8.6.23\tVisit\n9\t21.11.23\tWorkshop\n"
    assert _values(text) == [("2023", "2023"), ("May", "2023-05"), ("8.6.23", "2023-06-08"), ("21.11.23", "2023-11-21")]
    assert _values("Protokoll 1.2.23 Abschnitt") == []  # (in running text: a section's number)
    assert _values("Отчёт\n1\t12.04.23\tУрок\n") == [("12.04.23", None)]  # (no year spoken of: the century is not known)
    assert _values("Отчёт\n11\tиюль–август\tЛетняя школа\n") == [("июль–август", "XXXX-07/XXXX-08")]
    assert ("17.07.-28.07.2023", "2023-07-17/2023-07-28") in _values("Activities\n9\t17.07.-28.07.2023\tSummer school\n")


@pytest.mark.parametrize("text,expected", [
    ("Channel\n\n20 May 2024, 22:10\n\nThe Days came to a close tonight with a gala concert.\n\n19 May 2024, 09:00\n\n"
     "Today the minister laid flowers.", [("20 May 2024", "2024-05-20"), ("tonight", "2024-05-20"),
                                          ("19 May 2024", "2024-05-19"), ("Today", "2024-05-19")]),
    ("کانال\n\n🕘 ۲۸ آذر ۱۴۰۳ | ۰۹:۱۵\n\nمراسم دیشب در قونیه برگزار شد.\n\n🕘 ۲۶ آذر ۱۴۰۳ | ۲۱:۱۰\n\n"
     "هیئت امروز وارد قونیه شد.", [("۲۸ آذر ۱۴۰۳", "2024-12-18"), ("دیشب", "2024-12-17"),
                                   ("۲۶ آذر ۱۴۰۳", "2024-12-16"), ("امروز", "2024-12-16")]),
])
def test_a_channels_posts_each_headed_by_date_and_time(text, expected):
    assert _values(text) == expected
