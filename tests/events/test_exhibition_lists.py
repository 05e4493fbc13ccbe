"""A museum's page of its exhibitions abroad: a heading naming the kind under the site's name, a lead paragraph introducing the list ("Below
is a selection of ..."), years alone on their lines, and cards of a title in quotes over its place and days (or one
line, title, place and days; or a numbered line naming the place over the title and days), a note under each."""
import pytest

import bilat


def _dated(text):
    return sorted((e.date, e.type) for e in bilat.extract(text) if e.date)


@pytest.mark.parametrize("text,expected", [
    ("National Museum of Decorative Arts\n\nEXHIBITIONS ABROAD\n\n"
     "The museum has shown its collections in many countries. Below is a selection of our past exhibitions; write to "
     "the curators for loans.\n\n"
     "2022\n\n"
     "\"Silver of the Caucasus\"\n"
     "Museum of Applied Arts, Budapest, Hungary | 14 September - 20 November 2022\n"
     "Shown with the support of the embassy.\n\n"
     "2019\n\n"
     "\"Carpets of Shirvan\"\n"
     "Rietberg Museum, Zurich, Switzerland | 2 March - 26 May\n"
     "The catalogue has 160 pages.\n\n"
     "Last updated: 10 February 2025.\n",
     [("2019-03-02/2019-05-26", "exhibition"), ("2022-09-14/2022-11-20", "exhibition")]),
    ("Музей народного искусства\n\nЗАРУБЕЖНЫЕ ВЫСТАВКИ\n\n"
     "Музей много лет показывает свои собрания за рубежом. Ниже приведён перечень выставок последних лет.\n\n"
     "«Серебро степи»\n"
     "Варшава, Национальный музей, 3 октября – 15 ноября 2017 г.\n"
     "Около 90 предметов из фондов музея.\n\n"
     "«Ковры Кубы»\n"
     "Вильнюс, Дворец великих князей литовских, 5–28 февраля 2021 г.\n"
     "Выставку посетили 6 000 человек.\n",
     [("2017-10-03/2017-11-15", "exhibition"), ("2021-02-05/2021-02-28", "exhibition")]),
    ("Milli İncəsənət Muzeyi\n\nXARİCDƏ SƏRGİLƏR\n\n"
     "Muzeyin kolleksiyası 1980-ci illərdən bəri xaricdə nümayiş olunur. Aşağıda son illərin sərgiləri göstərilib.\n\n"
     "2020\n\n"
     "\"Qızıl tikmələr\" — Praqa, Milli Qalereya, 10 yanvar – 8 mart 2020\n"
     "Sərgidə XIX əsrə aid 40 tikmə nümayiş olundu.\n\n"
     "2016\n\n"
     "\"Şirvan xalçaları\" — Riqa, Dekorativ Sənət Muzeyi, 4–29 may 2016\n"
     "Kataloq iki dildə nəşr olunub.\n",
     [("2016-05-04/2016-05-29", "exhibition"), ("2020-01-10/2020-03-08", "exhibition")]),
    ("موزه هنرهای تزئینی\n\nنمایشگاه‌های برون‌مرزی\n\n"
     "موزه از سال ۱۳۹۰ آثار خود را در کشورهای دیگر به نمایش گذاشته است. فهرست زیر نمایشگاه‌های پیشین موزه را نشان "
     "می‌دهد.\n\n"
     "۱. ورشو، لهستان\n"
     "«نقش‌های سفال»، ۱۰ مهر تا ۲۰ آبان ۱۳۹۵\n"
     "محل برگزاری: موزه ملی ورشو\n\n"
     "۲. پراگ، چک\n"
     "«کاشی‌های زرین»، ۵ تا ۲۵ شهریور ۱۳۹۸\n"
     "محل برگزاری: گالری ملی پراگ\n",
     [("2016-10-01/2016-11-10", "exhibition"), ("2019-08-27/2019-09-16", "exhibition")]),
])
def test_each_card_under_an_exhibitions_heading_is_an_exhibition_of_its_days(text, expected):
    got = _dated(text)
    for pair in expected:
        assert pair in got
    assert all(t == "exhibition" for _, t in got), got


def test_a_news_items_lead_under_its_headline_ends_the_list():
    """A headline naming a kind is no list: the dateline under its lead is no entry of it."""
    text = ("Azərbaycan–Özbəkistan Mədəniyyət İli: ilk tədbirlər keçirilib\n\n"
            "Bakı, 19 mart.\n"
            "Mədəniyyət İlinin açılış konserti dünən Heydər Əliyev Sarayında keçirilib.\n")
    assert ("2024-03-19", "culture_year") not in [(e.date, e.type) for e in bilat.extract(text, published="2024-03-19")]
