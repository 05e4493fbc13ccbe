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


@pytest.mark.parametrize("text,expected", [
    # Thursday 27 Ordibehesht is in 1403, not in the 1402 written last.
    ("از آبان ۱۴۰۲ آماده شد. سخنرانی، پنجشنبه ۲۷ اردیبهشت.", ("پنجشنبه ۲۷ اردیبهشت", "2024-05-16")),
    ("The hall was renovated in 2023. The lecture was given on Thursday, 16 May.", ("on Thursday, 16 May", "2024-05-16")),
])
def test_a_weekday_chooses_the_year_of_a_date_written_without_one(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text,published,expected", [
    ("پاییز امسال کرسی زبان فارسی گشایش یافت.", "2022-01-29", ("پاییز امسال", "2021-09-23/2021-12-21")),
    ("پاییز گذشته ارکستر کنسرت داد.", "2023-11-09", ("پاییز گذشته", "2022-09-23/2022-12-21")),
    ("Last autumn the Louvre opened its exhibition.", "2023-04-09", ("Last autumn", "2022")),
    ("Прошлой осенью прошли гастроли.", "2022-04-08", ("Прошлой осенью", "2021")),
])
def test_a_season_of_this_or_last_year(text, published, expected):
    assert _values(text, published) == [expected]


def test_an_agencys_dateline_opening_each_item():
    text = ("WEEKLY DIGEST, 4–10 March 2024\n\nKazan, March 4 (AZERTAC). Days of Culture opened today in Kazan.\n\n"
            "Ankara, March 5 (AZERTAC). The libraries signed a memorandum yesterday.\n\n"
            "اخبار\n\n۲. استانبول – ۲۳ مهر ۱۴۰۲ – ایرنا – نمایشگاه دیروز افتتاح شد.")
    got = _values(text)
    assert ("today", "2024-03-04") in got and ("yesterday", "2024-03-04") in got and ("دیروز", "2023-10-14") in got


def test_a_jalali_span_across_months():
    assert _values("موزه ملی ایران از ۲۰ اردیبهشت تا ۳۰ مرداد ۱۴۰۳ میزبان نمایشگاه است.") == [
        ("از ۲۰ اردیبهشت تا ۳۰ مرداد ۱۴۰۳", "2024-05-09/2024-08-20")]


@pytest.mark.parametrize("text,expected", [
    ("İki il əvvəl, martın 11-də premyera oldu.", [("İki il əvvəl", "2022"), ("martın 11-də", "2022-03-11")]),
    ("Два года назад, 11 марта, состоялась премьера.", [("Два года назад", "2022"), ("11 марта", "2022-03-11")]),
    ("Two years ago, on 11 March, the opera premiered.", [("Two years ago", "2022"), ("11 March", "2022-03-11")]),
])
def test_years_ago_count_from_the_report(text, expected):
    assert _values(text, "2024-11-15") == expected


def test_a_digest_item_dated_agency_style_with_a_comma():
    text = ("AZƏRTAC | Həftənin icmalı: 9–15 sentyabr 2024-cü il\n\nBakı, 9 sentyabr, AZƏRTAC. Bu gün Bakıda "
            "Özbəkistan mədəniyyəti günləri başlayıb.\n\nTehran, 10 sentyabr, AZƏRTAC. Dünən sərgi açılıb.")
    got = _values(text)
    assert ("Bu gün", "2024-09-09") in got and ("Dünən", "2024-09-09") in got


def test_a_bulleted_list_of_years():
    assert _values("Mədəniyyət günləri:\n• 2009 — Bakıda Gürcüstan mədəniyyəti günləri;\n• 2011 — Tbilisidə.") == [
        ("2009", "2009"), ("2011", "2011")]


@pytest.mark.parametrize("text,expected", [
    ("پاییز گذشته ارکستر ملی ایران در کاخ وحدت دوشنبه کنسرت داد.", [("پاییز گذشته", "2022-09-23/2022-12-21")]),
    ("روز دوشنبه همایش برگزار شد.", [("روز دوشنبه", "2023-11-06")]),
    ("دوشنبه گذشته همایش برگزار شد.", [("دوشنبه گذشته", "2023-11-06")]),
])
def test_dushanbe_is_a_town_unless_written_as_a_day(text, expected):
    assert _values(text, "2023-11-09") == expected


def test_a_decade_with_the_ezafe_hamza():
    assert _values("خانه فرهنگ در اوایل دههٔ ۱۹۸۰ فعالیت خود را آغاز کرد.") == [("اوایل دههٔ ۱۹۸۰", "198X")]


@pytest.mark.parametrize("text,expected", [
    ("С 11.03.2024 по 14.03.2024 театр провёл гастроли.", ("С 11.03.2024 по 14.03.2024", "2024-03-11/2024-03-14")),
    ("From 08.02.2023 to 30.04.2023 the museum hosted the exhibition.", ("From 08.02.2023 to 30.04.2023", "2023-02-08/2023-04-30")),
    ("Sərgi 03.10.2023-dən 06.10.2023-dək davam edib.", ("03.10.2023-dən 06.10.2023-dək", "2023-10-03/2023-10-06")),
    ("هفته فیلم از ۰۴.۱۲.۲۰۲۳ تا ۰۸.۱۲.۲۰۲۳ برگزار شد.", ("از ۰۴.۱۲.۲۰۲۳ تا ۰۸.۱۲.۲۰۲۳", "2023-12-04/2023-12-08")),
    ("10.06.2024–14.06.2024 tarixlərində", ("10.06.2024–14.06.2024", "2024-06-10/2024-06-14")),
])
def test_numeric_spans_of_days(text, expected):
    assert expected in _values(text)


def test_a_broadcast_dated_at_its_head():
    text = ("RADIO MERIDIAN\nEvening bulletin. Broadcast: Tuesday, 14 May 2024, 19:00 GMT\n\nANCHOR: Good evening. "
            "This morning France and Kazakhstan signed a programme.")
    assert ("This morning", "2024-05-14") in _values(text)


def test_a_weekday_may_take_the_reports_own_year():
    # The obituary dated 10 Dey 1402 tells a 2019 honour, then the memorial "on Wednesday 6 Dey": 1402, a Wednesday.
    text = ("۱۰ دی ۱۴۰۲\n\nاو در ۲ دی ۱۴۰۲ درگذشت. در ۱۲ آذر ۱۳۹۸ از او تجلیل شد. روز چهارشنبه ۶ دی، مراسم یادبود برگزار شد.")
    assert ("روز چهارشنبه ۶ دی", "2023-12-27") in _values(text)


def test_a_bulletin_in_two_languages_keeps_each_languages_context():
    text = ("Бюллетень № 7 (июль 2022)\n\n11 июля 2022 года в Тбилиси прибыла делегация.\n\n11 iyul 2022-ci ildə "
            "nümayəndə heyəti Tbilisiyə gəlib.\n\n12 июля в доме-музее состоялся вечер.\n\n12 iyulda ev-muzeydə gecə "
            "keçirilib.")
    got = _values(text)
    assert ("12 июля", "2022-07-12") in got and ("12 iyulda", "2022-07-12") in got


def test_a_day_of_this_month_and_its_weekday():
    assert _values("Kitabxananın 100 illik yubileyi bu ayın 3-də, bazar ertəsi, Tbilisidə qeyd olunub.", "2025-03-12") == [
        ("bu ayın 3-də", "2025-03-03")]


def test_day_one_of_a_programme_is_no_day_of_the_month():
    got = _values("Günlər 12–15 may 2023-cü il\n\nProqram\n\nMətn.\n\nƏlavə.\n\nQeyd.\n\n1-ci gün – cümə, 12 may (Astana)\n\n"
                  "10:30 – Nümayəndə heyətinin gəlişi.")
    assert ("1-ci", "2023-05-01") not in got and ("cümə, 12 may", "2023-05-12") in got  # (with its weekday)


@pytest.mark.parametrize("text,expected", [
    ("Газета вышла с репортажем о вчерашнем концерте.", ("вчерашнем", "2024-11-11")),
    ("The Hindu praised yesterday's concert.", ("yesterday's", "2024-11-11")),
    ("Qəzet dünənki konsert haqqında yazıb.", ("dünənki", "2024-11-11")),
])
def test_yesterdays_as_an_adjective(text, expected):
    assert _values(text, "2024-11-12") == [expected]


def test_a_jalali_month_written_with_mah_joined():
    assert _values("از ۱۵ تا ۳۰ تیرماه ۱۴۰۲ مدرسه تابستانی برگزار شد. سه‌شنبه ۱۸ مهرماه اتاق ایران گشایش یافت.") == [
        ("۱۵ تا ۳۰ تیرماه ۱۴۰۲", "2023-07-06/2023-07-21"), ("سه‌شنبه ۱۸ مهرماه", "2023-10-10")]


@pytest.mark.parametrize("text,expected", [
    ("Hər il dekabrın 16-da Müstəqillik günü münasibətilə qəbul təşkil edirik.", "Hər il dekabrın 16-da"),
    ("Every 21 June we celebrate the Day of Yoga.", "Every 21 June"),
    ("Ежегодно 21 июня мы отмечаем День йоги.", "Ежегодно 21 июня"),
    ("هر سال در ۲۸ اردیبهشت روز خیام است.", "هر سال در ۲۸ اردیبهشت"),
])
def test_a_day_of_every_year_is_no_days_date(text, expected):
    assert _values(text, "2024-05-01") == [(expected, None)]


def test_a_span_across_months_after_the_year():
    assert _values("Layihə 2024-cü il 12 sentyabr – 12 oktyabr tarixlərində nümayiş olunub.") == [
        ("2024-cü il 12 sentyabr – 12 oktyabr tarixlərində", "2024-09-12/2024-10-12")]


def test_more_than_1500_titles_is_no_year():
    assert _values("قفسه کتاب ایران با بیش از ۱۵۰۰ عنوان کتاب فارسی گشایش یافت.") == []


def test_a_word_ending_a_headline_is_no_page_before_the_date_under_it():
    text = "«Cənub xəbərləri», 5 noyabr 2024-cü il\n\nYENİ SƏHİFƏSİ\n\nOktyabrın 24-də nümayəndə heyəti Lənkərana gəldi."
    assert ("Oktyabrın 24-də", "2024-10-24") in _values(text)


@pytest.mark.parametrize("text,expected", [
    ("Next Tuesday the Philharmonic brings the Manas epic to Moscow.", ("Next Tuesday", "2024-11-19")),
    ("Gələn çərşənbə axşamı konsert olacaq.", ("Gələn çərşənbə axşamı", "2024-11-19")),
    ("سه‌شنبه آینده کنسرت برگزار می‌شود.", ("سه‌شنبه آینده", "2024-11-19")),
    ("В следующий вторник оркестр выступит.", ("В следующий вторник", None)),
])
def test_next_tuesday_is_to_come(text, expected):
    assert _values(text, "2024-11-16") == [expected]


def test_the_posts_of_a_saved_page_count_from_their_age_or_header():
    # "Page saved ... on 18 March 2024" dates the page; a post under "3d · Edited" is of 15 March, its "today" that
    # day; under "2w" only its year is known; "Опубликовано 14 марта • 🌐" heads a post of the latest 14 March.
    from bilat import dates
    got = [(x.text, x.edtf) for x in dates("Page saved from linkedin.com on 18 March 2024, 21:40\n\nLeyla Mammadova\n"
                                           "3d · Edited · 🌐\n\nToday we opened an exhibition of carpets.\n\nLeyla Mammadova\n"
                                           "2w · 🌐\n\nToday we met the rector. On Monday, 11 March, the memorandum was "
                                           "signed.")]
    assert ("Today", "2024-03-15") in got and ("Today", None) in got and ("On Monday, 11 March", "2024-03-11") in got
    got = [(x.text, x.edtf) for x in dates("Страница сохранена: 18 марта 2024 г., 21:47 | linkedin.com/in/sherzod-karimov/\n\n"
                                           "Шерзод Каримов\nОпубликовано 14 марта • Изменено • 🌐\nСегодня в музее открылась "
                                           "выставка. В 2019 году центр был открыт.\n\nШерзод Каримов\nОпубликовано 7 марта • 🌐\n"
                                           "Вчера в Ташкенте подписали меморандум.")]
    assert ("Сегодня", "2024-03-14") in got and ("Вчера", "2024-03-06") in got


def test_a_digests_item_under_its_source_and_day():
    # "2. ISNA (Iranian Students' News Agency), 20 Aban 1402 [11 November 2023]": the item's day, its "yesterday" the
    # day before; "Iran, Tuesday, 14 Azar 1402 [5 December 2023]" likewise.
    from bilat import dates
    got = [(x.text, x.edtf) for x in dates("IRANIAN PRESS DIGEST\n\n2. ISNA (Iranian Students News Agency), 20 Aban 1402 "
                                           "[11 November 2023]\n\nIranian cinema week opens in Moscow\n\nThe Week of Iranian "
                                           "Cinema opened yesterday at the Oktyabr cinema.\n\n4. Iran, Tuesday, 14 Azar 1402 "
                                           "[5 December 2023]\n\nLast night Vahdat Hall hosted the opening of the Days.")]
    assert ("yesterday", "2023-11-10") in got and ("Last night", "2023-12-04") in got


@pytest.mark.parametrize("text,published,expected", [
    # A travel story posted weeks after: its weekdays count on from the day it has come to, written with its weekday.
    ("Вылетели мы в воскресенье, 25 августа, ночным рейсом. В понедельник вечером состоялось открытие фестиваля.",
     "2019-09-03", ("В понедельник", "2019-08-26")),
    ("یکشنبه ۳ شهریور از تهران پرواز کردیم. عصر چهارشنبه نوبت اجرای گروه ما بود.", "2019-09-07", ("چهارشنبه", "2019-08-28")),
])
def test_a_travel_storys_weekdays_count_on_from_a_day_written_with_its_weekday(text, published, expected):
    assert expected in _values(text, published)


def test_a_day_under_a_month_heading_of_a_years_review_is_of_that_month():
    # "October" heading a section of the 2023 review: "October 3" and "October 27" are of that October, though an aside
    # ("first held last year") told 2022 before them.
    text = ("Saturday, December 30, 2023\n\n2023 in review\n\nSeptember\nA book fair was held September 6-10.\n\n"
            "October\nThe film festival, first held last year, opened its second edition on October 3.\n"
            "On October 27, a bust of the poet was unveiled in Kazan.\n")
    found = _values(text)
    assert ("October 3", "2023-10-03") in found and ("October 27", "2023-10-27") in found


@pytest.mark.parametrize("text,published,expected", [
    # An "on this day" column: the day of the heading, in the year its entry names.
    ("15 oktyabr\n45 il bundan əvvəl, 1979-cu ildə bu gün Daşkənddə ongünlük açılıb.", "2024-10-14",
     ("1979-cu ildə bu gün", "1979-10-15")),
    ("11 июня\nВ 1999 году в этот день в Минске подписали Программу сотрудничества.", "2024-06-10",
     ("В 1999 году в этот день", "1999-06-11")),
    ("۲۹ مهر\nدر سال ۱۳۵۸ در چنین روزی نمایشگاه نقاشی روسی در تهران گشایش یافت.", "2023-10-20",
     ("در سال ۱۳۵۸ در چنین روزی", "1979-10-21")),
    # ... an entry's year opening its line under the heading's days: that day in that year
    ("۲۹ مهر / ۲۱ اکتبر\n۱۹۶۶ – گروه باله تئاتر بولشوی نخستین اجرای خود را در تهران روی صحنه برد.", "2023-10-20",
     ("۱۹۶۶", "1966-10-21")),
    ("17 oktyabr\n1959 – Moskvada ongünlüyün yekun konserti Böyük Teatrın səhnəsində baş tutub.", "2024-10-14",
     ("1959", "1959-10-17")),
    # ... "last year on this day" under a heading, after an entry of long ago: the year before the column's
    ("این هفته در تاریخ روابط فرهنگی ایران و روسیه\n\nرویدادهای این هفته را مرور می‌کنیم.\n\n۱ آبان / ۲۳ اکتبر\nدر ۱ "
     "آبان ۱۳۷۴ انجمن دوستی در مسکو تأسیس شد.\nسال گذشته در همین روز «روزهای فرهنگ ایران» در قازان آغاز شد.",
     "2023-10-20", ("سال گذشته در همین روز", "2022-10-23")),
    # ... "this day" after a year told since the heading: the heading's day, not the column's last
    ("10–16 июня 2024 года\n\n11 июня\nВ 1999 году министры подписали Программу на 1999–2001 годы. В этот же день в 1929 "
     "году открылась выставка.", None, ("В этот же день в 1929 году", "1929-06-11")),
])
def test_an_on_this_day_columns_entries_are_the_headings_day_in_their_year(text, published, expected):
    assert expected in _values(text, published)


def test_a_day_headings_month_does_not_run_into_the_entry_under_it():
    # "18 oktyabr" heading and "18/10/1995 – ..." under it: no "oktyabr 18"
    found = _values("17 oktyabr\nKonsert olub.\n\n18 oktyabr\n18/10/1995 – Daşkənddə mərkəzin açılışı olub.", "2024-10-14")
    assert ("18 oktyabr", "2024-10-18") in found and ("18/10/1995", "1995-10-18") in found
    found = _values("۳. شرح سفر روزبه‌روز\nدوشنبه ۵ تیر ۱۴۰۲: هیئت وارد فرودگاه شد.", None)
    assert ("دوشنبه ۵ تیر ۱۴۰۲", "2023-06-26") in found


@pytest.mark.parametrize("text,published,expected", [
    # A year of the background told alone ("work began in autumn 2022") and the report's own days after it: the days
    # just before a dated report are of its year.
    ("Bakı, 14 mart 2024-cü il\n\nToplu üzərində iş 2022-ci ilin payızında başlanıb. Martın 11-dən Bakıda səfərdə olan "
     "heyət martın 12-də İnstitutda olub. Sərgi martın 27-dək açıqdır.", None, ("Martın 11-dən", "2024-03-11")),
    ("Bakı, 14 mart 2024-cü il\n\nToplu üzərində iş 2022-ci ilin payızında başlanıb. Sərgi martın 27-dək açıqdır.", None,
     ("martın 27-dək", "../2024-03-27")),
    # ... nor a day its own sentence gives a year ("В 2020 году праздник ушёл в онлайн: 21 марта ...")
    ("Москва, 25 марта 2024 г.\n\nВ 2020 году праздник, как и всё, ушёл в онлайн: 21 марта мы провели трансляцию.", None,
     ("21 марта", "2020-03-21")),
    # ... not a day after the report's, which is the background year's ("looking back on 2023 ... on 26 January")
    ("Dushanbe, 20 January 2024\n\nAllow me to look back on 2023. On 26 January we joined the reception.", None,
     ("26 January", "2023-01-26")),
    # A year told as what a partnership "goes back to" is an aside; the report's year goes on.
    ("ANNUAL REPORT 2023\n\nOur partnership goes back to 2009, when carpets were shown in London.\n\nOn 7 February a "
     "delegation visited the Museum.", "2023-12-30", ("7 February", "2023-02-07")),
    # ... and so is one qualifying a noun by its participle: "1959-cu ildə Bakıda keçirilmiş ongünlük"
    ("Bakı, 14 mart 2024-cü il\n\nTopluya 1959-cu ildə Bakıda keçirilmiş ongünlüyə dair sənədlər daxil edilib. Martın "
     "12-də heyət İnstitutda olub.", None, ("Martın 12-də", "2024-03-12")),
])
def test_a_reports_own_days_after_a_year_of_its_background(text, published, expected):
    assert expected in _values(text, published)


@pytest.mark.parametrize("text,lang", [
    ("Сегодня фестиваль собирает до 1500 участников.", "ru"),
    ("Today the festival brings together up to 1500 participants.", "en"),
])
def test_a_count_of_participants_is_no_year(text, lang):
    assert not [t for t in bilat.dates(text) if "1500" in t.text]


@pytest.mark.parametrize("text,expected", [
    # A digest's item under its dated masthead: its dateline without a year is of the report's year, whatever year the
    # item before told last ("October 2008"), and so are its weekdays.
    ("EVENING DIGEST\nThursday, 14 November 2024, 19:30\n\n1. FILM WEEK CLOSES\n\nBAKU, 14 November (AzerInform). The "
     "previous week was held in October 2008.\n\n2. MEMORANDUM SIGNED\n\nDUSHANBE, 14 November (AzerInform). On Monday "
     "the two studios signed a memorandum.", [("14 November", "2024-11-14"), ("On Monday", "2024-11-11")]),
    ("ВЕЧЕРНИЙ ДАЙДЖЕСТ\nчетверг, 14 ноября 2024 г.\n\n1. НЕДЕЛЯ КИНО\n\nБАКУ, 14 ноября (АЗЕРТАДЖ). Прошлая неделя "
     "прошла в октябре 2008 года.\n\n2. МЕМОРАНДУМ\n\nДУШАНБЕ, 14 ноября (АЗЕРТАДЖ). В понедельник студии подписали "
     "меморандум.", [("В понедельник", "2024-11-11")]),
])
def test_a_digests_item_dateline_without_a_year_is_of_the_reports_year(text, expected):
    found = _values(text)
    for pair in expected:
        assert pair in found
    assert ("14 ноября", "2008-11-14") not in found and ("14 November", "2008-11-14") not in found


@pytest.mark.parametrize("text,expected", [
    # A year opening an entry's line before a middle dot, "2014 · I festival · 25–28 sentyabr": the entry's year, and
    # the days after it are of that year
    ("Keçmiş festivallar\n\n2014 · I festival · 25–28 sentyabr · Fəxri qonaq: Türkiyə\n\n2017 · III festival · 28 "
     "sentyabr – 1 oktyabr · Fəxri qonaq: Gürcüstan\n", ("28 sentyabr – 1 oktyabr", "2017-09-28/2017-10-01")),
    ("Past festivals\n\n2014 · 1st festival · 25–28 September · Guest of honour: Turkey\n\n2017 · 3rd festival · "
     "28 September – 1 October · Guest of honour: Georgia\n", ("28 September – 1 October", "2017-09-28/2017-10-01")),
])
def test_a_year_opening_an_entry_before_a_middle_dot(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text,expected", [
    # A programme's day with its weekday after it, "15 iyul, bazar ertəsi": the year near the text's in which it is that
    # weekday, not the year a background sentence told last
    ("Müddət: 15–21 iyul 2024\nHesabatın tarixi: 26.07.2024\n\nÜmumi məlumat\nLayihə ilk dəfə 2019-cu ilin avqustunda "
     "keçirilib, 2020 və 2021-ci illərdə isə onlayn formatda təşkil olunub.\n\nProqram gün-gün\n\n1-ci gün – 15 iyul, "
     "bazar ertəsi\nAçılış mərasimi olub.\n", ("15 iyul, bazar ertəsi", "2024-07-15")),
    # "Day 1 – 15 July": a day's number and its date, no span of days from the 1st
    ("Duration: 15–21 July 2024\n\nDay 1 – 15 July, Monday\nOpening ceremony.\n\nDay 2 – 16 July, Tuesday\nA seminar.",
     ("15 July", "2024-07-15")),
])
def test_a_programmes_day_with_its_weekday_or_number(text, expected):
    found = _values(text)
    assert expected in found and not [v for _t, v in found if v and v.startswith("2024-07-01")]


@pytest.mark.parametrize("text,expected", [
    # A year's report under its title's year, dated by a month of the next at its head: its months are the title's year's
    ("ФОНД «ОБЩЕЕ НАСЛЕДИЕ»\n\nГОДОВОЙ ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА 2023 ГОД\n\nМосква, март 2024\n\n1. ПОКАЗАТЕЛИ\nГрантовый "
     "фонд вырос (в 2022 г. — 61 млн руб.).\n\nЯнварь\n13–15 января — гастроли оркестра в Минске.\n",
     ("13–15 января", "2023-01-13/2023-01-15")),
    ("HERITAGE FOUNDATION\n\nANNUAL REPORT FOR 2023\n\nLondon, March 2024\n\n1. FIGURES\nGrants grew (2022: 61 projects)."
     "\n\nJanuary\n13–15 January — the orchestra toured Baku.\n", ("13–15 January", "2023-01-13/2023-01-15")),
])
def test_a_years_report_dated_by_a_month_of_the_next(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text,expected", [
    # A calendar of anniversaries: the day opening an entry is that of what is marked, in the year its bracket names
    ("2025-ci il üçün ƏLAMƏTDAR TARİXLƏR TƏQVİMİ\n\nYANVAR\n15 yanvar — Daşkənddə Mədəniyyət Mərkəzinin yaradılmasının 30 "
     "illiyi (15.01.1995).\n28 yanvar — Qafur Rəhimovun anadan olmasının 100 illiyi (1925–1998).\n\nOKTYABR\n2 oktyabr — "
     "diplomatik münasibətlərin qurulmasının 30 illiyi (1995).\n", [("15 yanvar", "1995-01-15"), ("2 oktyabr", "1995-10-02")]),
    ("КАЛЕНДАРЬ ЗНАМЕНАТЕЛЬНЫХ ДАТ НА 2025 ГОД\n\nОКТЯБРЬ\n2 октября — 30-летие установления дипломатических отношений "
     "(1995).\n10–19 октября — 50-летие Декады азербайджанской литературы в Ташкенте (1975).\n",
     [("2 октября", "1995-10-02"), ("10–19 октября", "1975-10-10/1975-10-19")]),
])
def test_a_calendar_of_anniversaries_dates_what_is_marked(text, expected):
    found = _values(text, "2024-12-20")
    for pair in expected:
        assert pair in found
    assert ("28 yanvar", "1925-01-28") not in found  # (a lifespan in the bracket is no year of what is marked)


@pytest.mark.parametrize("text,expected", [
    # A section's heading naming an edition and its year in brackets: the year of the days under it, no aside
    ("Borçalı festivalı\n\n== Festivallar ==\n\n=== V festival (2021) ===\nFestival avqustun 20-də açılıb.\n\n=== VI festival "
     "(2022) ===\n19–21 avqust. Festival Mədəniyyət Nazirliyinin dəstəyi ilə keçirilib.\n", ("19–21 avqust", "2022-08-19/2022-08-21")),
    ("Rudakinoma festival\n\n== Editions ==\n\n=== Second edition (2015) ===\nHeld on 4–6 September 2015.\n\n=== Third "
     "edition (2016) ===\nHeld from 2 to 4 September with 75 participants.\n", ("from 2 to 4 September", "2016-09-02/2016-09-04")),
])
def test_an_editions_heading_gives_its_year(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text,expected", [
    # A year qualifying a noun by its participle, or told as "back in": an aside; the report's year goes on
    ("Baku, 26 December 2024\n\nOur cooperation with Iran, formalised by the agreement signed in 2017, continued with the "
     "Nowruz concert given on 19 March.", ("19 March", "2024-03-19")),
    ("Baku, 26 December 2024\n\nThe Russian Centre, opened at our university back in 2011, is busy. On 6 June its students "
     "gave a recital.", ("6 June", "2024-06-06")),
    ("September 12, 2021\nNizami monument restored\nRestoration of the monument to Nizami Ganjavi in Tashkent, unveiled in 2007, "
     "was completed on September 10.", ("September 10", "2021-09-10")),
    # ... not a year the text tells as its main clause's
    ("Baku, 26 December 2024\n\nThe agreement was signed in 2017. On 19 March the first concert was given.",
     ("19 March", "2017-03-19")),
])
def test_a_participles_year_is_an_aside(text, expected):
    assert expected in _values(text)


def test_a_weekday_with_an_ordinal_day_and_earlier_the_same_afternoon():
    # a newsletter looking back on May: "On Tuesday 21st" is May's 21st; "Earlier the same afternoon" the day just told
    text = ("FRIENDS NEWSLETTER\nIssue No. 212 · June 2024\n\nLOOKING BACK: MAY\n\nOn Thursday 2 May the exhibition opened. "
            "Earlier the same afternoon the directors signed a memorandum. On Tuesday 21st a delegation visited the museum.")
    values = [(t.text, t.edtf) for t in bilat.dates(text)]
    assert ("Earlier the same afternoon", "2024-05-02") in values and ("On Tuesday 21st", "2024-05-21") in values, values
