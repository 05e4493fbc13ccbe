"""Which year a yearless day or month is of in reports and chronologies: a report's title year over a paragraph per
partner, a chronology's entry whose month follows its year, a season's months, asides in relative clauses."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    # a report's title names its year: the next partner's paragraph is of it, not of a year the one before recalled
    ("MINISTRY OF CULTURE\nANNUAL REPORT 2019\n\nChapter 6. International Cooperation\n\n"
     "Uzbekistan. 2019 was the Year of Kazakhstan in Uzbekistan, following the Year of Uzbekistan held in 2018.\n\n"
     "Korea. On 22 April the two museums signed a memorandum. In July an exhibition opened in Seoul.\n",
     [("22 April", "2019-04-22"), ("In July", "2019-07")]),
    ("وزارت فرهنگ\nگزارش عملکرد سال ۱۴۰۱\n\n۴-۶. چین\nبرگزاری نمایشگاه مشترک در سال ۱۴۰۲ در دستور کار قرار گرفته است.\n\n"
     "۴-۷. هند\nهمایش بین‌المللی در روزهای ۱۰ و ۱۱ اسفند در دهلی نو برگزار شد.\n",
     [("۱۰ و ۱۱ اسفند", "2023-03-01/2023-03-02")]),
    ("ВЕДОМСТВО КУЛЬТУРЫ\nГОДОВОЙ ОТЧЁТ 2019\n\nУзбекистан. Год Казахстана в Узбекистане последовал за годом, "
     "проведённым в 2018 году.\n\nКорея. 22 апреля музеи подписали меморандум.\n",
     [("22 апреля", "2019-04-22")]),
])
def test_a_reports_title_year_dates_each_partners_paragraph(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_paragraph_after_a_year_told_keeps_it_without_a_title_year():
    # (no year in the title: the text speaks of the year it told last)
    values = _values("A short history\n\nThe society was founded in 2005.\n\nOn 12 May it held its first meeting.\n")
    assert ("12 May", "2005-05-12") in values, values


@pytest.mark.parametrize("text,expected", [
    ("Fəaliyyət:\n2010 — Avqust: Bakıda elmi konfrans.\n2023 — İyul: Aktauda gənclər festivalı.\n",
     [("Avqust", "2010-08"), ("İyul", "2023-07")]),
    ("Мероприятия:\n • 1995 — проведена Неделя индийского кино в Москве (март).\n"
     " • 2017 — прошёл фестиваль «Дни Индии на Волге» (апрель).\n",
     [("март", "1995-03"), ("апрель", "2017-04")]),
    ("Events:\n1999 – first Days of Georgian Culture in Kraków (October), with concerts.\n",
     [("October", "1999-10")]),
    ("رویدادها:\n۱۴۰۲: برگزاری هفته فیلم ایران در ایروان (آذر).\n", [("آذر", "2023-11-22/2023-12-21")]),
])
def test_an_entrys_month_after_its_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_season_named_with_its_years_in_az_dates_its_months():
    text = ("FİLARMONİYA\n\n2023/2024-cü il konsert mövsümünün yekunlarına dair hesabat\n\nSentyabr\n"
            "29 sentyabr — kvartet konsert verdi.\n\nYanvar\n19 yanvar — orkestr çıxış etdi.\n")
    values = _values(text)
    assert ("29 sentyabr", "2023-09-29") in values and ("19 yanvar", "2024-01-19") in values, values


@pytest.mark.parametrize("text,expected", [
    ("«Книжный перекрёсток», № 2 (февраль) 2025\n\nВторая презентация прошла в конце января в Белграде.",
     ("(февраль) 2025", "2025-02")),
    ("\"KÖRPÜ\" jurnal | № 4 (aprel), 2024\n\nRoman 2017-ci ildə Bakıda çap olunub. Martın 19-da Romada təqdimat keçirildi.",
     ("Martın 19-da", "2024-03-19")),
])
def test_an_issues_month_in_brackets_dates_the_issue(text, expected):
    values = _values(text)
    assert expected in values, values


def test_what_one_said_is_an_aside_to_the_days_told():
    values = _values("\"KÖRPÜ\" jurnal | № 4 (aprel), 2024\n\nMartın 19-da Romada görüş keçirildi. Yazıçı etiraf etdi ki, romanın ilk variantını on il "
                     "əvvəl yazıb.\n\nİki gün sonra təqdimat Milanda keçirildi.")
    assert ("İki gün sonra", "2024-03-21") in values, values


@pytest.mark.parametrize("text,expected", [
    # "last year" in a relative clause is an aside: the next sentence is back in the report's year
    ("Ташкент, 27 декабря 2023 г. — В апреле в Москве прошли гастроли. Программа развивает соглашение, которое было подписано в прошлом году в "
     "Самарканде. Кроме того, в ноябре в Москве подписан меморандум.",
     [("в ноябре", "2023-11")]),
    ("London, 27 December 2023 — In April the orchestra toured Moscow. The programme builds on the agreement, which was signed last year in Samarkand. "
     "In addition, in November a memorandum was signed in Moscow.",
     [("in November", "2023-11")]),
    # ... and so is a year recalled in a speaker's "напомню, что"
    ("Ташкент, 27 декабря 2023 г. — В Самарканде открыли бюст — напомню, что поэт бывал в нашем крае в 1921 году.\n\n"
     "4 ноября в Кремле вручили орден.", [("4 ноября", "2023-11-04")]),
    # ... and a sentence opened by "by the way"
    ("Bakı, 27 dekabr 2023-cü il. Yeri gəlmişkən, keçən ilin dekabrında Bakıda mərkəz açılıb. "
     "Sentyabrda isə Bakıda Mədəniyyət Günləri keçirildi.", [("Sentyabrda", "2023-09")]),
])
def test_asides_leave_the_reports_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    ("On 25 May 2023 the choir sang. Two nights later the orchestra played.", ("Two nights later", "2023-05-27")),
    ("ارکستر چهارشنبه ۲۵ بهمن ۱۴۰۲ اجرا کرد و دو شب بعد، گروه به روی صحنه رفت.", ("دو شب بعد", "2024-02-16")),
])
def test_nights_later(text, expected):
    assert expected in _values(text)


def test_next_years_season_is_a_plans_and_leaves_the_year():
    values = _values("گروه فرهنگ – جمعه ۱۰ آذر ۱۴۰۲\n\nقرار است این دوره در بهار سال آینده برگزار شود. "
                     "نمایشگاه تا ۱۵ آذر ادامه دارد.")
    assert ("تا ۱۵ آذر", "../2023-12-06") in values, values


@pytest.mark.parametrize("text,expected", [
    ("گروه فرهنگ – جمعه ۱۰ آذر ۱۴۰۲\n\nهمایش دوروزه چهارشنبه و پنج‌شنبه در دانشگاه آنکارا برگزار شد.",
     ("چهارشنبه و پنج‌شنبه", "2023-11-29/2023-11-30")),
    ("Ankara, Friday 1 December 2023 — The conference was held on Wednesday and Thursday at the university.",
     ("on Wednesday and Thursday", "2023-11-29/2023-11-30")),
    ("Анкара, 1 декабря 2023 г. — Конференция прошла в среду и четверг в университете.",
     ("в среду и четверг", "2023-11-29/2023-11-30")),
    ("Bakı, 25 may 2025. Truppa cümə və şənbə günləri baleti təqdim edib.", ("cümə və şənbə günləri", "2025-05-23/2025-05-24")),
])
def test_two_weekdays_are_the_days_from_one_to_the_other(text, expected):
    assert expected in _values(text)


def test_a_weekday_glossing_the_day_just_told_is_that_day():
    values = _values("THE TOKYO HERALD\nThursday, October 17, 2024\n\nTOKYO — Twenty years ago today, on a drizzly Sunday "
                     "afternoon, a crowd gathered to watch the bust unveiled.")
    assert ("Twenty years ago today", "2004-10-17") in values and not [v for v in values if v[0] == "Sunday"], values


def test_two_weekdays_before_their_days_leave_the_days():
    values = _values("دوشنبه، ۲ آبان ۱۴۰۲\n\n• یکشنبه و دوشنبه، ۲۳ و ۲۴ مهر: دو اجرای نمایش در تئاتر لاهوتی.")
    assert not [v for v in values if v[0].startswith("یکشنبه و")], values


def test_this_week_under_a_past_years_entry_is_of_that_year():
    values = _values("THE NORTH-EAST CHRONICLE\nMonday, October 14, 2024\n\nTHIS WEEK IN HISTORY\n\n2001: The singer played to a "
                     "packed Music Hall this week.\n\nBorn this week in 1941: the folk singer Jean Buchan.\n")
    assert ("this week", "2001") in values and ("this week in 1941", "1941") in values, values


@pytest.mark.parametrize("text,expected", [
    ("Опубликовано 12.02.2024. Самолёт сел в воскресенье, двадцать четвёртого сентября, рано утром.",
     ("в воскресенье, двадцать четвёртого сентября", "2023-09-24")),
    ("Posted 12 February 2024. So on Monday the ninth of September, 2019, I landed at Sheremetyevo.",
     ("on Monday the ninth of September, 2019", "2019-09-09")),
])
def test_days_written_as_ordinal_words(text, expected):
    assert expected in _values(text)


def test_a_two_digit_solar_hijri_year_after_a_range_of_days():
    values = _values("تهران، یکشنبه ۱۸ آذر ۱۴۰۳\n\nدوره دوم از ۱۲ تا ۱۸ اردیبهشت ۹۷ در تهران برگزار شد.")
    assert ("از ۱۲ تا ۱۸ اردیبهشت ۹۷", "2018-05-02/2018-05-08") in values, values


def test_a_saved_pages_posts_under_an_account_named_in_words():
    text = ("Azərbaycan Respublikasının Gürcüstandakı Səfirliyi\nFacebook səhifəsindən paylaşımlar (20.11.2023 tarixində "
            "köçürülüb)\n\n————\n\nAzərbaycan Respublikasının Gürcüstandakı Səfirliyi · 2 g\n\nDünən universitetdə konfrans "
            "keçirilib.\n\n————\n\nAzərbaycan Respublikasının Gürcüstandakı Səfirliyi · 12 oktyabr\n\nBu gün Bakıda proqram "
            "imzalanıb.\n")
    values = _values(text)
    assert ("Dünən", "2023-11-17") in values and ("Bu gün", "2023-10-12") in values, values


def test_a_month_told_again_in_passing_leaves_the_day():
    values = _values("On Wednesday, 23 October 2019, a round table was held. It was followed by the presentation of the book, "
                     "published earlier that month. The same afternoon the memorandum was signed.")
    assert ("The same afternoon", "2019-10-23") in values, values

