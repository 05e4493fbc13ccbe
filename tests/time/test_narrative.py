"""A report telling its days one after another: "the next morning", "that evening", "last Monday", a
weekday near the day the text has come to, and what it cannot know ("two days after the signing")."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, **({"published": published} if published else {}))]


@pytest.mark.parametrize("text,expected", [
    ("23 November 2022 – 6 March 2023: The Louvre shows the exhibition.", [("23 November 2022 – 6 March 2023", "2022-11-23/2023-03-06")]),
    ("from November 23, 2022 to March 6, 2023", [("from November 23, 2022 to March 6, 2023", "2022-11-23/2023-03-06")]),
    ("Выставка работала с 23 ноября 2022 г. по 6 марта 2023 г.", [("с 23 ноября 2022 г. по 6 марта 2023 г.", "2022-11-23/2023-03-06")]),
    ("Sərgi 23 noyabr 2022 – 6 mart 2023-cü il tarixlərində açıq olub.", [("23 noyabr 2022 – 6 mart 2023-cü il tarixlərində", "2022-11-23/2023-03-06")]),
    ("نمایشگاه از ۲ دی ۱۴۰۱ تا ۱۵ فروردین ۱۴۰۲ برپا بود.", [("از ۲ دی ۱۴۰۱ تا ۱۵ فروردین ۱۴۰۲", "2022-12-23/2023-04-04")]),
])
def test_spans_of_days_across_a_new_year(text, expected):
    assert _values(text) == expected


def test_the_next_morning_and_that_evening():
    got = _values("The memorandum was signed on 14 October 2024. The next morning the exhibition opened. "
                  "That evening a concert was given.")
    assert got[1:] == [("The next morning", "2024-10-15"), ("That evening", "2024-10-15")]


@pytest.mark.parametrize("text,unknown", [
    ("The memorandum was signed on 14 October 2024. The following day the writers met. Two days after the "
     "signing the delegation reached Khujand. The musicians played that evening.", ["Two days after the signing", "that evening"]),
    ("12 марта 2024 года подписали соглашение. Через два дня после подписания делегация прибыла в Казань. "
     "В тот же вечер состоялся концерт.", ["Через два дня после подписания", "В тот же вечер"]),
    ("2024-cü il martın 12-də saziş imzalandı. İmzalanmadan iki gün sonra nümayəndə heyəti Qazana çatdı. "
     "Həmin axşam konsert oldu.", ["İmzalanmadan iki gün sonra", "Həmin axşam"]),
])
def test_days_counted_from_a_happening_named_are_unknown_and_so_is_what_follows(text, unknown):
    got = dict(_values(text))
    assert [got[u] for u in unknown] == [None] * len(unknown)


@pytest.mark.parametrize("text,expected", [
    ("Last Monday the forum opened.", [("Last Monday", "2024-10-14")]),
    ("On Monday the forum opened.", [("On Monday", "2024-10-21")]),
    ("В прошлый понедельник открылся форум.", [("В прошлый понедельник", "2024-10-14")]),
    ("Ötən bazar ertəsi forum açılıb.", [("Ötən bazar ertəsi", "2024-10-14")]),
    ("دوشنبه گذشته همایش برگزار شد.", [("دوشنبه گذشته", "2024-10-14")]),
])
def test_last_monday_in_a_mondays_paper_is_a_week_ago(text, expected):
    assert _values(text, "2024-10-21") == expected


def test_a_weekday_near_the_day_the_report_has_come_to():
    # The Days opened on Monday the 23rd; the delegation had come a day before, on Sunday the 22nd (not the 29th).
    text = ("“MƏDƏNİYYƏT” qəzeti · № 81 · 30 oktyabr 2023-cü il, bazar ertəsi\n\nReportaj\n\n"
            "Mədəniyyət günləri ötən bazar ertəsi Daşkənddə start götürdü, nümayəndə heyəti isə bir gün əvvəl – "
            "bazar günü çatmışdı.")
    got = _values(text)
    assert ("ötən bazar ertəsi", "2023-10-23") in got and ("bazar günü", "2023-10-22") in got
