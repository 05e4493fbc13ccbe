"""The day an item of a page is told from: a messenger export's stamp ("Centre | Tashkent, [13.01.24 18:40]"), an
archive's episode heading ("16 May 2024 — Ep. 109: Abai in Beijing"), but not an entry of "this week in history" decades
back; a month counted from the report ("last month") gives its days their year; "three years later" is not counted on
from the report's own year, but from the year written before a "today" between."""
import bilat


def _values(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


def test_messenger_export_stamps_date_their_posts():
    values = _values("Cultural Centre — channel export\nExported 01.07.2024\n\n"
                     "Cultural Centre | Tashkent, [13.01.24 18:40]\nToday's master class was a success.\n\n"
                     "Cultural Centre | Tashkent, [22.02.24 09:00]\nYesterday our centre hosted an evening of poetry.\n")
    assert ("13.01.24", "2024-01-13") in values
    assert ("Today", "2024-01-13") in values
    assert ("Yesterday", "2024-02-21") in values


def test_archive_episode_headings_date_their_paragraphs():
    values = _values("ARCHIVE OF PAST EPISODES\nPage last updated 18 October 2024\n\n"
                     "16 May 2024 — Ep. 109: Abai in Beijing\nA bronze bust of Abai was unveiled last Friday.\n\n"
                     "25 January 2024 — Ep. 93: The dombra goes east\nThe orchestra ended its tour with a concert on "
                     "Saturday.\n")
    assert ("last Friday", "2024-05-10") in values
    assert ("on Saturday", "2024-01-20") in values


def test_an_entry_of_this_week_in_history_is_no_report_day():
    values = _values("Saturday 4 May 2024\n\nThis week in history\n\n"
                     "7 May 1994 — The first agreement in Baku\nThirty years ago, the first cultural agreement was "
                     "signed in Baku.\n\n8 May 2014 — A bust in Tabriz\nTen years ago a bust was unveiled.\n")
    assert ("7 May 1994", "1994-05-07") in values
    assert ("Ten years ago", "2014") in values


def test_days_of_last_month_are_of_its_year_not_of_a_span_told_before():
    values = _values("TASHKENT, 2 October 2024 — Principal photography ran from 5 September to 28 October 2022 in "
                     "Bukhara.\n\nThe biggest test came last month in Almaty. The film won the prize, presented at the "
                     "closing ceremony on 21 September.")
    assert ("21 September", "2024-09-21") in values


def test_years_later_is_not_counted_from_the_reports_own_year():
    values = _values("TASHKENT, 2 October 2024 — When the studios first talked about a film, nobody could say how it "
                     "would be financed. Three years later, the film has premiered at home.")
    assert ("Three years later", None) in values


def test_years_later_counts_from_a_year_told():
    values = _values("TASHKENT, 2 October 2024 — The festival was founded in 2015. Three years later it moved to "
                     "Samarkand.")
    assert ("Three years later", "2018") in values


def test_a_day_mourned_is_no_day_of_the_text():
    values = _values("ANNUAL REPORT 2023\n\nOn 20 January the Consul General held a commemoration ceremony for the "
                     "victims of the tragedy of 20 January 1990. The next day a concert was given.")
    dates = [t for t in bilat.dates("ANNUAL REPORT 2023\n\nOn 20 January the Consul General held a ceremony for the "
                                    "victims of the tragedy of 20 January 1990.") if t.edtf == "1990-01-20"]
    assert dates and dates[0].qualifier == "commemorated"
    assert ("The next day", "2023-01-21") in values


def test_years_later_counts_from_the_year_written_before_today():
    values = _values("Bakı, 7 iyun 2024\n\n2011-ci ildə bizə Tbilisidən teatr gəldi. O gecəni bu gün də xatırlayırıq.\n\n"
                     "Üç il sonra festivalın həyatında mühüm addım atıldı.")
    assert ("Üç il sonra", "2014") in values
