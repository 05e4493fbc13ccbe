"""Events of chronologies' entries and of sentences naming a happening by a quoted title: an entry's month after its
year, a quoted name's words of another type, a name that is the subject of its verb, plans listed after a label."""
import pytest


def _got(extract_events, text, lang):
    _doc, evs = extract_events(text, lang)
    return [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Мероприятия:\n • 2017 — в Казани прошёл фестиваль «Дни Индии на Волге» (апрель).\n"
           " • 2019 — в Новосибирске прошла выставка «Памятники Великого шёлкового пути» (май).\n",
     [("exhibition", "2019-05")]),
    ("az", "Fəaliyyət:\n2023 — İyul: Aktauda ilk “Xəzər dostluq körpüsü” gənclər festivalı.\n", [("festival", "2023-07")]),
    ("en", "Chronology\n1999 – first Days of Georgian Culture in Kraków (October), with concerts.\n",
     [("culture_days", "1999-10")]),
])
def test_an_entrys_month_dates_its_happening(extract_events, lang, text, expected):
    got = _got(extract_events, text, lang)
    assert all(x in got for x in expected), got


def test_a_quoted_names_word_of_another_type_is_of_the_name(extract_events):
    # the exhibition's title speaks of monuments: no monument was unveiled
    got = _got(extract_events, "В мае 2019 года в Ташкенте открылась выставка «Памятники Великого шёлкового пути».", "ru")
    assert ("exhibition", "2019-05") in got and not [g for g in got if g[0] == "monument"], got


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", " • 2009 — открыто Казанское отделение.", ("founding", "2009")),
    ("ru", " • 1993 — в ноябре в Центральном доме литераторов прошёл первый вечер индийской классической музыки.",
     ("performance", "1993-11")),
    ("ru", "16 ноября 2024 года в филармонии прошёл вечер классического индийского танца.", ("performance", "2024-11-16")),
    # the society's name ends before the verb: a delegation's visit
    ("ru", "В 2005 году делегация общества дружбы посетила Москву.", ("visit", "2005")),
    # a name, the subject of its verb: the choir sang
    ("en", "The Vienna Boys Choir sang its Christmas programme on 20 December 2023 to a full house.",
     ("performance", "2023-12-20")),
    ("en", "The Britten Chamber Orchestra from London made its Georgian debut on 14 and 15 February 2024.",
     ("performance", "2024-02-14/2024-02-15")),
    ("en", "The season opened on 16 September 2023 with the Turkish pianist Selin Aydemir.", ("performance", "2023-09-16")),
    ("en", "On 15–18 April 2023 the Days of the Republic of Bashkortostan in Maharashtra were held.",
     ("culture_days", "2023-04-15/2023-04-18")),
    ("en", "On 17 December 2022 a Russian book corner with 600 volumes opened at the David Sassoon Library.",
     ("founding", "2022-12-17")),
    ("fa", "گروه موسیقی از ۱۷ تا ۱۹ آبان ۱۴۰۲ سه شب در تالار کوچک اجرا داشت.", ("performance", "2023-11-08/2023-11-10")),
    ("ru", "Первая делегация музейщиков из Исфахана приехала к нам в 1998 году.", ("visit", "1998")),
    ("ru", "Моя собственная поездка в Тегеран состоялась лишь в феврале 2001 года.", ("visit", "2001-02")),
    ("ru", "В 2006 году мы провели первый пленэр «Каспийские встречи».", ("festival", "2006")),
    ("ru", "В 2007 году писатель прочитал в университете цикл лекций.", ("education", "2007")),
    ("en", "On 5 March 2024 the University conferred the degree of Doctor of Letters on the Iranian novelist.",
     ("ceremony", "2024-03-05")),
    ("en", "He returned in 2011 to deliver the annual Amir Khusrau Memorial Lecture.", ("education", "2011")),
    ("en", "In December 2016 he inaugurated the three-day International Seminar on Indo-Persian Literary Traditions.",
     ("forum", "2016-12")),
    ("en", "A delegation from Tbilisi City Hall, led by the Deputy Mayor, was in Bristol from 14 to 16 September 2023.",
     ("visit", "2023-09-14/2023-09-16")),
    ("en", "Bristol, 22 January 2024. Twelve teachers from schools in Tbilisi spent last week in Bristol.",
     ("visit", "2024-01-15/2024-01-21")),
    # (a place named by its monument is where another happening was)
    ("en", "In May 2007 the ward organized an Iranian Culture Week, with a calligraphy exhibition beside the monument.",
     ("culture_days", "2007-05")),
])
def test_happenings_words(extract_events, lang, text, expected):
    got = _got(extract_events, text, lang)
    assert expected in got, got


def test_entries_opened_by_a_month_are_sentences_of_their_own(extract_events):
    text = ("CHRONICLE OF EVENTS\n\n2023\n\n15–18 April – Days of the Republic of Bashkortostan in Maharashtra: concerts\n"
            "March – Memorandum on book exchange signed in Mumbai between two libraries\n")
    got = _got(extract_events, text, "en")
    assert ("agreement", "2023-03") in got and ("agreement", "2023-04-15/2023-04-18") not in got, got


@pytest.mark.parametrize("lang,text,dates", [
    # a heading of plans whose year holds the report's day: what it lists is to come
    ("ru", "Отчёт группы, 15 июля 2024 г.\n\n4. Мероприятия\n20–26 мая в Москве прошли Дни культуры Казахстана.\n\n"
           "5. Планы на осеннюю сессию 2024 года\n— визит делегации группы в г. Алматы (октябрь);\n",
     ["2024-10"]),
    # a label's "Coming up:" over the happenings it lists
    ("en", "Tashkent, 7 February 2023. Coming up: Days of Azerbaijani Culture in Samarkand (April), a book exhibition "
           "and film evenings.", ["2023-04"]),
    ("en", "History of the society\n2025 — Planned: a joint edition of folk tales and preparations for the society's 25th "
           "anniversary in 2026.\n", ["2026"]),
    ("fa", "چشم‌انداز سال آینده: برنامهٔ روزهای فرهنگی ایران در تفلیس برای بهار ۲۰۲۰ در دست تدوین است.", ["2020"]),
])
def test_what_a_plan_lists_is_to_come(extract_events, lang, text, dates):
    got = _got(extract_events, text, lang)
    assert not [g for g in got if g[1] in dates], got


def test_a_label_that_is_no_plan_leaves_the_happening(extract_events):
    got = _got(extract_events, "This is not correct: the Tashkent centre opened in 2020.", "en")
    assert ("founding", "2020") in got, got


def test_a_contrasted_clause_tells_a_happening_of_its_own(extract_events):
    got = _got(extract_events, "2012-ci ilin iyulunda abidənin önündə təntənəli mərasim keçirildi, ev-muzeyində isə yeni "
                               "ekspozisiya açıldı.", "az")
    assert ("ceremony", "2012-07") in got and ("exhibition", "2012-07") in got, got


def test_a_plans_verb_closing_a_verb_final_sentence_makes_its_list_plans(extract_events):
    got = _got(extract_events, "Bakı, 20 yanvar 2024. 2024-cü ildə Türkiyə ilə imzalanmış yeni proqramın icrasına "
                               "başlanılması, Pekində Mərkəzin açılması və Özbəkistanda Mədəniyyət Günlərinin keçirilməsi "
                               "planlaşdırılır.", "az")
    assert not [g for g in got if g[1] == "2024"], got
    # (a clause closed by its own verb is done: the plan is the next clause's)
    got = _got(extract_events, "Bakı, 20 yanvar 2024. Yanvarın 15-də Pekində Azərbaycan Mədəniyyət Mərkəzi açıldı, növbəti ay "
                               "isə Özbəkistanda Günlərin keçirilməsi planlaşdırılır.", "az")
    assert ("founding", "2024-01-15") in got, got


def test_visitors_of_an_exhibition_pay_no_visit(extract_events):
    got = _got(extract_events, "Martın 2-dən aprelin 30-dək Moskvada sərgi nümayiş olunmuş, sərgini iki ay ərzində 40 mindən "
                               "çox adam ziyarət etmişdir.", "az")
    assert not [g for g in got if g[0] == "visit"], got


def test_a_book_launched_at_a_fair_is_its_launch(extract_events):
    got = _got(extract_events, "1. \"The Orchard\" by Nodira Rashidova, translated by Daniel Hughes (2019). Launched at the London "
                               "Book Fair in March 2019 with a reading by the author.", "en")
    assert ("ceremony", "2019-03") in got and not [g for g in got if g[0] == "exhibition"], got


def test_a_saved_pages_note_dates_its_posts(extract_events):
    text = ("Embassy of Kazakhstan in Canada\nFacebook page\n[Posts copied from the page on 20 November 2023, 4:40 p.m. EST]\n\n"
            "---\n\nEmbassy of Kazakhstan in Canada\n3 h · Ottawa\n\nToday Ambassador Askar Zhumagulov met with the Vice-President "
            "of Carleton University.\n")
    got = _got(extract_events, text, "en")
    assert ("meeting", "2023-11-20") in got, got


@pytest.mark.parametrize("text,expected", [
    ("THE NORTH-EAST CHRONICLE\nMonday, October 14, 2024\n\n2004 – 20 years ago: The Aberdeen–Azerbaijan Society was formally founded at a meeting in the Lemon Tree on "
     "Wednesday, October 20.", [("founding", "2004-10-20")]),
    ("2008: \"Flying Carpets of Shirvan\", an exhibition of some 30 rugs lent by the Azerbaijan Carpet Museum in Baku, "
     "opened at Aberdeen Art Gallery on October 18.", [("exhibition", "2008-10-18")]),
])
def test_a_happening_told_by_the_words_around_another(extract_events, text, expected):
    got = _got(extract_events, text, "en")
    assert got == expected, got



def test_a_headings_named_conference_with_its_place_and_days(extract_events):
    got = _got(extract_events, "CHRONICLE\n\n\"Iran and Japan: Ninety Years of Cultural Encounters\" — International Conference, "
                               "Tokyo, 21–24 October 2019\n\nSome sixty scholars took part.", "en")
    assert got == [("forum", "2019-10-21/2019-10-24")], got
