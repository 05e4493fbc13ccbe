"""A blog told day by day under weekday headings: once one heading's day is known (its own, or a day its section tells
that falls on its weekday), the headings after it are the days after it, in order, not the such days before the post;
the section's own "Friday" and "today" are its heading's day. A paper's dated masthead over a week's weekday headings
is no such day: those days stay the week before the paper."""
import bilat


def _values(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


def test_russian_weekday_headings_count_from_the_day_a_section_tells():
    text = ("Неделя в Тегеране\n\nОпубликовано 21 мая 2023 года\n\nВторник\n\nПрилетела поздно вечером.\n\n"
            "Среда\n\nЯрмарка открылась в среду, 10 мая, и шла до 20 мая.\n\nЧетверг\n\n"
            "На стенде прошла презентация перевода.\n\nПятница\n\nДнём прошёл круглый стол.\n")
    values = _values(text)
    assert ("Вторник", "2023-05-09") in values
    assert ("Четверг", "2023-05-11") in values
    assert ("Пятница", "2023-05-12") in values


def test_persian_dated_heading_then_weekday_headings_and_today_under_them():
    text = ("یادداشت‌های فرانکفورت\n\nنوشته‌شده در دوشنبه ۸ آبان ۱۴۰۲\n\n"
            "سه‌شنبه، ۲۵ مهر\nعصر به فرانکفورت رسیدم.\n\n"
            "چهارشنبه\nنمایشگاه کتاب صبح امروز درهایش را باز کرد.\n\n"
            "پنجشنبه\nدر نشست شعر فارسی شرکت کردم.\n\n"
            "جمعه\nجمعه رونمایی ترجمه آلمانی رمان بود.\n")
    values = _values(text)
    assert ("چهارشنبه", "2023-10-18") in values
    assert ("صبح امروز", "2023-10-18") in values
    assert ("پنجشنبه", "2023-10-19") in values
    assert values.count(("جمعه", "2023-10-20")) == 2


def test_a_papers_dated_masthead_is_no_diary_day():
    text = ("THE CHRONICLE\nSaturday, March 23, 2024 · Vol. 141\n\nTHE WEEK IN REVIEW\n\nMONDAY\n\n"
            "The ambassador visited the city on Monday.\n\nTUESDAY\n\nA concert was given on Tuesday.\n\n"
            "WEDNESDAY\n\nAn exhibition opened on Wednesday.\n")
    values = _values(text)
    assert ("MONDAY", "2024-03-18") in values
    assert ("WEDNESDAY", "2024-03-20") in values
