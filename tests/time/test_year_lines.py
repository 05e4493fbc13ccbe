"""A year alone on its line heads the entries under it: written in Persian digits ("۲۰۱۷", no page number of a PDF),
and over a card's days with no year, whatever span of days a card above told."""
import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


def test_a_gregorian_year_in_persian_digits_alone_on_its_line_dates_the_entries_under_it():
    text = ("گاه‌شمار روابط فرهنگی\n\n۲۰۱۷\n\n۱۵ فوریه – سفر وزیر فرهنگ به تاشکند.\n\n"
            "۲۰۱۸\n\nنوامبر – گشایش نمایشگاه نگارگری در تاشکند.\n")
    values = _values(text)
    assert ("۱۵ فوریه", "2017-02-15") in values
    assert ("نوامبر", "2018-11") in values


def test_a_year_line_dates_a_cards_days_not_the_span_a_card_above_told():
    text = ("Past exhibitions\n\n2021\n\n\"Paintings from Tbilisi\"\n"
            "Albertina, Vienna | 25 November 2021 - 6 March 2022\n\n2019\n\n\"Land of Gold\"\n"
            "Kunsthalle, Bonn | 3 March - 26 May\n\nLast updated: 10 February 2025.\n")
    assert ("3 March - 26 May", "2019-03-03/2019-05-26") in _values(text)
