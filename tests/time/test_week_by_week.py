"""Weekdays of a month told week by week under "Week one" headings, weekdays of a habit, a year alone on its line over
month headings, a review's title year over a recalled year, and Persian and Azerbaijani day words."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    # posted on Sunday 3 December: each week's weekdays count on through November, not back from the post's day
    ("Notes from Ganja\n\nOctober, week by week\nPosted on Sunday, December 3, 2023\n\nOctober was a busy month.\n\n"
     "Week one\n\nOn Thursday the club showed a film.\n\nWeek two\n\nOn Friday the embassy's delegation visited us.\n\n"
     "Week three\n\nOn Tuesday we had a video call with Portland.\n",
     None),  # (October: outside the weeks a post at the start of December looks back on)
    ("Notes from Ganja\n\nNovember, week by week\nPosted on Sunday, December 3, 2023\n\nNovember is over at last.\n\n"
     "Week one\n\nThe month started on a Wednesday, and on Thursday the club showed a film.\n\n"
     "Week two\n\nWednesday and Thursday were holidays. On Friday the embassy's delegation visited us.\n\n"
     "Week three\n\nOn Tuesday we had a video call with Portland.\n\nThe last few days\n\nLast Tuesday I went to Baku.\n",
     [("on Thursday", "2023-11-02"), ("Wednesday and Thursday", "2023-11-08/2023-11-09"), ("On Friday", "2023-11-10"),
      ("On Tuesday", "2023-11-14"), ("Last Tuesday", "2023-11-28")]),
    ("Ноябрь в Ханое\n\n3 декабря 2023 · Марина\n\nРассказываю про ноябрь.\n\nНеделя первая\n\n"
     "В понедельник, 6 ноября, мы открыли клуб. Теперь собираемся каждый понедельник.\n\n"
     "В пятницу ходили на показ мультфильма.\n\nНеделя вторая\n\nВ среду прошёл отборочный тур олимпиады.\n",
     [("В пятницу", "2023-11-10"), ("В среду", "2023-11-15")]),
    ("Noyabr: həftə-həftə\nDərc olunub: 3 dekabr 2023\n\nKeçən ay çox qarışıq keçdi.\n\nBirinci həftə\n\n"
     "Ay çərşənbə günü başladı. Cümə günü şəkərbura bişirdik.\n\nÜçüncü həftə\n\nÇərşənbə axşamı nümayəndə heyəti gəldi.\n",
     [("Cümə günü", "2023-11-03"), ("Çərşənbə axşamı", "2023-11-07")]),
])
def test_a_month_told_week_by_week_dates_its_weekdays_forward(text, expected):
    values = _values(text)
    if expected is None:
        assert ("On Friday", "2023-12-01") in values, values  # (no month of the weeks: the latest Friday, as before)
    else:
        assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,habit", [
    ("Now we meet every Monday.", "every Monday"),
    ("Теперь собираемся каждый понедельник.", "каждый понедельник"),
    ("İndi hər bazar ertəsi görüşürük.", "hər bazar ertəsi"),
    ("ما هر پنجشنبه جلسه داریم.", "هر پنجشنبه"),
])
def test_a_habits_weekday_is_no_day(text, habit):
    found = [t for t in bilat.dates(text, published="2023-12-03") if t.text == habit]
    assert found and found[0].edtf is None and found[0].qualifier == "recurring", found


def test_a_year_alone_over_month_headings_holds_past_a_year_told_in_an_entry():
    text = ("ОТЧЁТ О ДЕЯТЕЛЬНОСТИ\nУтверждён на заседании правления 30 января 2024 г.\n\nОбщество создано в 1958 году.\n\n"
            "2023 год\n\nЯнварь\n17 января прошёл вечер.\n\nАвгуст\nЗапланированная на август фотовыставка перенесена на "
            "весну 2024 года по техническим причинам.\n\nСентябрь\n2 сентября прошёл приём в посольстве.\n")
    values = _values(text)
    assert ("2 сентября", "2023-09-02") in values, values


def test_a_reviews_title_year_dates_a_month_after_a_recalled_year():
    text = ("Kazakh Association\nLetter from the Chair — 2022 in Review\n\nToronto, December 20, 2022\n\n"
            "It was a special year: thirty years ago, in 1992, our countries established relations.\n\n"
            "Our club met every Thursday evening.\n\nIn March we celebrated Nauryz with a concert.\n")
    assert ("In March", "2022-03") in _values(text), _values(text)


@pytest.mark.parametrize("text,expected", [
    ("28/02/2024\nXəbər\n\nÖtən gün Bakıda konsert olub.", ("Ötən gün", "2024-02-27")),
    ("تهران، ۲۳ مهر ۱۴۰۲\nارکستر شامگاه‌های پنجشنبه و جمعه، ۲۰ و ۲۱ مهرماه، در تالار وحدت به روی صحنه رفت.",
     ("۲۰ و ۲۱ مهرماه", "2023-10-12/2023-10-13")),
    ("تهران، ۲۳ مهر ۱۴۰۲\nاین نمایشگاه تا پایان مهرماه برای بازدید عموم دایر است.", ("تا پایان مهرماه", "../2023-10-22")),
])
def test_day_words_and_spans(text, expected):
    assert expected in _values(text), _values(text)


@pytest.mark.parametrize("text,expected", [
    # a month's issue gives the month its "last month" counts from (an issue of several months does not)
    ("BRISTOL MUSEUM\nFriends' Newsletter · Issue 58 · April 2024\n\nOur opening day last month was memorable.",
     ("last month", "2024-03")),
    ("The school was held in Khiva in the second half of July 2023.", ("in the second half of July 2023", "2023-07")),
    ("دوره اول پاییز ۹۷ در سینما «مسکو» برگزار شد.", ("پاییز ۹۷", "2018-09-23/2018-12-21")),
    # a day counted back from the report moves the Jalali year on: "۱۸ تا ۲۴ آبان" is of 1402, not of "پارسال"'s 1401
    ("سرویس فرهنگ و هنر – ۸ آذر ۱۴۰۲\n\nپارسال در آذرماه بخش مسابقه داشتیم.\n\nدوره پنجم همین دو هفته پیش تمام شد. "
     "دوره پنجم از ۱۸ تا ۲۴ آبان برگزار شد.", ("از ۱۸ تا ۲۴ آبان", "2023-11-09/2023-11-15")),
    # the eve told again is the same eve
    ("ОМСК, четверг, 5 сентября 2024 г. — Сегодня открылся форум. В понедельник выступил оркестр, а накануне вечером "
     "состоялся гала-концерт. Также накануне министры подписали меморандум.", ("накануне", "2024-09-01")),
])
def test_counted_days_and_months(text, expected):
    values = _values(text)
    assert expected in values and not [v for v in values if v[0] == expected[0] and v[1] != expected[1]], values


@pytest.mark.parametrize("text,expected", [
    # "than a year earlier" compares; it moves the text to no year
    ("ГОДОВОЙ ОТЧЁТ ЗА 2023 ГОД\n\nВ ДВФУ обучались 312 граждан, что на 18% больше, чем годом ранее.\n\n"
     "Ключевым событием стало подписание 15 февраля программы.", ("15 февраля", "2023-02-15")),
    ("In 2023 we had 20% more visitors than the previous year. On 5 May we opened a new hall.", ("5 May", "2023-05-05")),
])
def test_a_comparison_with_the_year_before_keeps_the_year(text, expected):
    assert expected in _values(text), _values(text)


@pytest.mark.parametrize("text,expected", [
    # a diary's day headings count on from the first: a weekday on one is that day, a day on one keeps the diary's year
    ("Blog\n\nDərc olunub: 4 sentyabr 2023\n\n1-ci gün – 26 avqust\n\nAçılış oldu.\n\n2-ci gün, bazar\n\nSərgiyə baxdım.\n\n"
     "3-cü gün (28.08)\n\nKonsert oldu.\n\n4-cü gün – çərşənbə axşamı\n\nKabinet iki il əvvəl açılıb.\n\n5-ci gün – 30 avqust\n\n"
     "Final oldu.", [("çərşənbə axşamı", "2023-08-29"), ("30 avqust", "2023-08-30")]),
    # days of two months with no year of their own; a span into the next year
    ("2018 ГОД\n\nОКТЯБРЬ\n29 октября – 2 ноября – Неделя российского кино в Баку.\n29 декабря – 2 января – выставка.",
     [("29 октября – 2 ноября", "2018-10-29/2018-11-02"), ("29 декабря – 2 января", "2018-12-29/2019-01-02")]),
    # a year before the participle of what it dates ("imzalanmış sazişi") is that agreement's: "Mart ayında" is the report's
    ("AZƏRBAYCAN DİLLƏR UNİVERSİTETİ\n2022-ci il üzrə illik fəaliyyət hesabatı\n\n2021-ci ilin dekabrında Yena Universiteti ilə "
     "imzalanmış əməkdaşlıq sazişi əsasında tələbələr Yenada təhsil almışdır. Mart ayında metodik seminar keçirilmişdir.",
     [("Mart ayında", "2022-03")]),
    # a list of seasons: each entry's months are of its season's first year from August (Mehr) on, else of its second
    ("History of our tours\n\n2011/12 season: Our first tour, opening on 4 October.\n\n2013/14 season: In February the "
     "company returned with a double bill.\n\n2016/17 season: King Lear at the Cork Midsummer Festival, 16–18 June.\n",
     [("In February", "2014-02"), ("16–18 June", "2017-06-16/2017-06-18")]),
    ("تاریخچه اجراها\n\nفصل ۱۳۹۶-۱۳۹۷\n۲۲ تا ۲۶ بهمن: حضور در هفته فرهنگی ایران در مسکو.\n\nفصل ۱۳۹۷-۱۳۹۸\n"
     "مهر: اجرای کمدی در باکو.\nاردیبهشت: اجرای نقالی در ایروان.\n",
     [("۲۲ تا ۲۶ بهمن", "2018-02-11/2018-02-15"), ("مهر", "2018-09-23/2018-10-22"), ("اردیبهشت", "2019-04-21/2019-05-21")]),
    ("Avqust 2024\nTələbələr iyulun əvvəlindən avqustun ortasınadək Pekində təhsil aldı.",
     [("iyulun əvvəlindən avqustun ortasınadək", "2024-07/2024-08")]),
])
def test_diary_days_seasons_spans_and_cited_years(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_monthly_issues_review_dates_a_new_paragraphs_day_before_the_issue():
    # "2024, № 5 (may)": the issue of May 2024; a day opening a paragraph after one recalling 2022 is this year's
    text = ('"ULDUZ" aylıq ədəbiyyat jurnalı, 2024, № 5 (may)\n\nRESENZİYA\n\nKitab yanvarda işıq üzü görüb.\n\n'
            "Tərcüməçi 2022-ci ilin payızında iki ay Bakıda qalıb.\n\nFevralın 27-də Parisdə ilk təqdimat keçirildi. "
            "Keçən ay festivalda oxu saatı oldu.")
    values = _values(text)
    assert ("2024, № 5 (may)", "2024-05") in values and ("Fevralın 27-də", "2024-02-27") in values and (
        "Keçən ay", "2024-04") in values, values


def test_a_label_before_a_preposition_counts_no_number():
    # "page 1995" is a page; "the page on Tuesday, 21 May 2024" is a day, and the saved page's posts count from it
    text = ("Society – Facebook page\n(posts copied from the page on Tuesday, 21 May 2024)\n\n"
            "Society · 5 h · 🌐\n\nThank you to everyone who packed the theatre last night for the premiere.\n\n"
            "See page 1995 of the catalogue.")
    values = _values(text)
    assert ("on Tuesday, 21 May 2024", "2024-05-21") in values and ("last night", "2024-05-20") in values, values
    assert not [v for v in values if v[1] == "1995"], values
