"""Editions of a recurring happening: a list of them by Roman numeral, (year, place) and the sentence with their days;
one opening a sentence that tells something else too; the kind a text named its editions of. An encyclopedia's
abbreviated literature line, years a sum is counted over, a bulleted list of documents, a table's rows."""
import pytest


def _got(extract_events, text, lang):
    _doc, evs = extract_events(text, lang)
    return [(e.type, e.date) for e in evs]


def test_editions_by_roman_numeral_take_the_days_told_after_them(extract_events):
    text = ("БИРЮЗОВЫЙ МОСТ\n\n«Бирюзовый мост» — российско-иранский фестиваль традиционной музыки. Проводится с 2008 года.\n\n"
            "Фестивали\nI (2008, Астрахань). Прошёл 12—16 сентября 2008 года; в нём участвовали около 200 исполнителей.\n"
            "II (2010, Исфахан). Состоялся в мае 2010 года; концерты проходили во дворце Чехель-Сотун.\n"
            "III (2012, Казань). 3—7 октября 2012 года.\n\n"
            "Значение\nЗа 2008—2024 годы в фестивале приняли участие свыше 2,5 тыс. исполнителей.\n\n"
            "Лит.: Аристов Г. П. Бирюзовый мост: хроника фестиваля (2008—2016). Астрахань, 2017; Табибзаде М.-Р. Два "
            "берега. Тегеран, 2019 (на перс. яз.).\n")
    got = _got(extract_events, text, "ru")
    for x in [("festival", "2008-09-12/2008-09-16"), ("festival", "2010-05"), ("festival", "2012-10-03/2012-10-07")]:
        assert x in got, got
    # (the concerts of an edition are its own; a sum over the years, the literature's years are no happening)
    assert not [g for g in got if g[0] == "performance" or g[1] in ("2008/2024", "2017", "2019")], got


def test_an_edition_opening_a_sentence_that_tells_a_visit_too(extract_events):
    text = ("جشنواره شمس و مولانا\n\nجشنواره بین‌المللی شمس و مولانا رویدادی فرهنگی است که به‌تناوب در خوی و قونیه برگزار "
            "می‌شود.\n\nدوره‌ها\n\nدوره نخست (۱۳۸۹، خوی)\nنخستین دوره از ۲۰ تا ۲۲ مهر ۱۳۸۹ در خوی برگزار شد.\n\n"
            "همه‌گیری کرونا و دوره هفتم (۱۴۰۱، خوی)\nدوره هفتم سرانجام در شهریور ۱۴۰۱ در خوی برگزار شد و به گزارش دبیرخانه، "
            "حدود ۳۵ هزار نفر از برنامه‌های آن دیدن کردند.\n")
    got = _got(extract_events, text, "fa")
    assert ("festival", "2022-08-23/2022-09-22") in got, got
    # (a heading naming an edition by its year in brackets is told by its lines: no event of its Solar Hijri year)
    assert ("festival", "2022-03-21/2023-03-20") not in got, got


def test_an_edition_takes_the_kind_the_text_named_its_editions_of(extract_events):
    text = ("In July 2024 TSU and INALCO held the sixth edition of their joint summer school in Kutaisi.\n\nThe idea was born at the Franco-Georgian Forum held in Paris in May 2017. "
            "The first edition was held at TSU from 9 to 21 July 2018.\n")
    got = _got(extract_events, text, "en")
    assert ("education", "2018-07-09/2018-07-21") in got, got


def test_a_bulleted_list_of_the_documents_signed(extract_events):
    text = ("Bakı, 14 mart 2024-cü il\n\nİki ölkə arasında müqavilə-hüquqi baza yüzdən çox sənədi əhatə edir. "
            "Onlardan əsasları aşağıdakılardır:\n– 27 may 1996-cı il – Dostluq və əməkdaşlıq haqqında Müqavilə (Daşkənd);\n"
            "– 22 noyabr 2017-ci il – Xarici işlər nazirlikləri arasında 2018–2019-cu illər üçün Əməkdaşlıq Proqramı (Bakı);\n")
    got = _got(extract_events, text, "az")
    assert ("agreement", "1996-05-27") in got and ("agreement", "2017-11-22") in got, got


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "ОТЧЁТ ЗА 2023 ГОД\n\nДата | Мероприятие | Место\n12.03 | Концерт хора | зал\n"
           "апрель | Фотовыставка «Урал» | галерея\n", ("exhibition", "2023-04")),
    # a table of visits: each row a visit, on the day and month its first cell gives
    ("ru", "ОТЧЁТ ЗА 2023 ГОД\n\nТаблица 6.4. Визиты вьетнамских делегаций в 2023 г.\n\nДата\tДелегация\tЦель визита\n"
           "14–16.02\tХанойский университет (7 чел.)\tПодписание программы академической мобильности\n"
           "08.11\tПосольство СРВ\tПоказ спектакля театра кукол на воде\n", ("visit", "2023-11-08")),
])
def test_a_tables_rows_by_their_dates_and_purposes(extract_events, lang, text, expected):
    assert expected in _got(extract_events, text, lang)
