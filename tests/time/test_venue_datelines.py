"""A transcript's line of where and when its talk was held ("Sheki, press centre of the Khan's Palace, Thursday, 28 July
2022, 12:00", "Астана, пресс-центр театра «Астана Опера», 12 июня 2024 г., 12:00") is the day its "yesterday" and "on
Monday" count from; the year before last is two years before the text's. A template holds before a paragraph break
its longer match crosses ("Dekabr 2023" over "İLİN İCMALI")."""
import bilat


def _dates(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


def test_en_transcript_venue_line():
    text = ("TRANSCRIPT\nClosing press conference of the 9th Lake Music Festival\n"
            "Sheki, press centre of the Khan's Palace, Thursday, 28 July 2022, 12:00\n\n"
            "DIRECTOR: Yesterday afternoon we signed a memorandum with the Samarkand festival. On Monday we opened an "
            "exhibition of carpets.\n")
    found = _dates(text)
    assert ("Yesterday", "2022-07-27") in found
    assert ("On Monday", "2022-07-25") in found


def test_ru_transcript_venue_with_quoted_name():
    text = ("СТЕНОГРАММА ПРЕСС-КОНФЕРЕНЦИИ\nМеждународный фестиваль «Весенние голоса»\n"
            "Астана, пресс-центр театра «Астана Опера», 12 июня 2024 г., 12:00\n\n"
            "ДИРЕКТОР: Вчера вечером мы открыли фестиваль концертом. А сегодня утром подписали меморандум.\n")
    found = _dates(text)
    assert ("Вчера вечером", "2024-06-11") in found
    assert ("сегодня утром", "2024-06-12") in found


def test_year_before_last():
    assert ("в позапрошлом году", "2022") in _dates("Москва, 12 июня 2024 г. А в позапрошлом году в Шанхае был открыт бюст.")
    assert ("В октябре позапрошлого года", "2022-10") in _dates(
        "Москва, 12 июня 2024 г. В октябре позапрошлого года ансамбль выступал в Казани.")
    assert ("The year before last", "2022") in _dates("Baku, 12 June 2024. The year before last a bust was unveiled.")
    assert ("پیرارسال", "2022") in _dates("تهران، ۲۲ خرداد ۱۴۰۳ — پیرارسال نمایشگاهی در شانگهای برپا شد.")


def test_template_holds_before_a_paragraph_break():
    # "Dekabr 2023" over a heading opening with "İLİN" ("of the year") is no "Dekabr 2023 ilin": the month and year
    # still date the newsletter
    text = ("Xəbər bülleteni • № 4 • Dekabr 2023\n\nİLİN İCMALI: 2023\n\nBaşa çatmaqda olan il məhsuldar oldu.\n\n"
            "QIŞ\nFevralın 15-də Berlində Azərbaycan filmləri gecəsi keçirildi.\n")
    found = _dates(text)
    assert ("Dekabr 2023", "2023-12") in found
    assert ("Fevralın 15-də", "2023-02-15") in found
