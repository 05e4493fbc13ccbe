"""How a value gets what the expression leaves out: the context of the text, the published date, the dateline."""
import pytest

import bilat


def _by_text(found, fragment):
    hits = [t for t in found if fragment in t.text]
    assert hits, f"no expression with {fragment!r}: {[(t.text, t.edtf) for t in found]}"
    return hits[0]


def test_dateline_gives_published_date():
    text = ("BAKU, 4 October 2021\n\nThe minister arrived in Moscow on Friday. "
            "Last month the two ministries agreed on a new programme.")
    found = bilat.dates(text)
    assert _by_text(found, "Friday").edtf == "2021-10-01"
    assert _by_text(found, "Last month").edtf == "2021-09"


def test_one_line_text_has_no_dateline():
    # A sentence with a date is not a news item headed by a dateline: "Saturday" stays unknown.
    found = bilat.dates("On 6 May 2013 the exhibition opened and on Saturday a concert was given.")
    assert _by_text(found, "Saturday").edtf is None


def test_date_without_year_is_never_a_dateline():
    found = bilat.dates("5 March\n\nThe exhibition opens in the main hall.")
    assert _by_text(found, "5 March").edtf == "XXXX-03-05"


def test_month_and_year_arithmetic_across_new_year():
    found = bilat.dates("Last month a film week was held in Baku.", published="2021-01-10")
    assert _by_text(found, "Last month").edtf == "2020-12"
    found = bilat.dates("В прошлом году выставку посетили тысячи человек.", published="2021-01-10")
    assert _by_text(found, "В прошлом году").edtf == "2020"


def test_date_without_year_in_news_lies_before_publication():
    found = bilat.dates("The delegation arrived in Baku on December 28 for talks.", published="2021-01-10")
    t = _by_text(found, "December 28")
    assert (t.edtf, t.anchor) == ("2020-12-28", "published")


def test_weekday_on_the_day_of_publication():
    found = bilat.dates("The minister arrived in Baku on Saturday evening.", published="2021-06-12")
    assert _by_text(found, "Saturday").edtf == "2021-06-12"


def test_same_day_after_a_range_is_unknown():
    found = bilat.dates("The forum was held on 16-18 April 2007. On the same day a concert was given.")
    t = _by_text(found, "the same day")
    assert (t.edtf, t.anchor) == (None, "context")


def test_context_is_the_last_date_mentioned():
    found = bilat.dates("The centre opened in 1998. A library followed in 2001, and in the same year "
                        "a school was founded.")
    assert _by_text(found, "the same year").edtf == "2001"


def test_same_year_after_a_jalali_date_is_the_jalali_year():
    found = bilat.dates("این نشست در ۱۵ اردیبهشت ۱۳۸۹ برگزار شد. در همان سال کتابخانه‌ای افتتاح شد.")
    assert _by_text(found, "همان سال").edtf == "2010-03-21/2011-03-20"


def test_a_part_in_another_language_starts_its_own_context():
    text = ("Cəmiyyət 1998-ci ildə yaradılmışdır və fəaliyyətini genişləndirmişdir.\n\n"
            "В том же году открылась библиотека при обществе российских азербайджанцев.")
    found = bilat.dates(text)
    t = _by_text(found, "В том же году")
    assert (t.language, t.edtf) == ("ru", None)


def test_offsets_point_into_the_original_text():
    text = "Hesabat 2013-\ncü il mayın 6-da təqdim olunub və müzakirə edilib."
    found = bilat.dates(text)
    t = _by_text(found, "mayın 6-da")
    assert t.edtf == "2013-05-06"
    assert text[t.orig_start:t.orig_end] == t.text
    assert t.text.startswith("2013-")


def test_dateline_opening_the_first_paragraph():
    text = ("Azerbaijan and Iran: twenty years of exchange\n\n"
            "Baku, 14 March 2019 – Relations in culture have grown, officials said on Thursday. "
            "The next meeting will take place in Tehran later this year.")
    found = bilat.dates(text)
    assert _by_text(found, "Thursday").edtf == "2019-03-14"
    assert _by_text(found, "this year").edtf == "2019"
    found = bilat.dates("BAKU, 4 October 2021 (AzerTAc) - The minister arrived in Moscow on Friday.")
    assert _by_text(found, "Friday").edtf == "2021-10-01"
    # The place set off by a dash, or by a Persian comma.
    found = bilat.dates("امضای برنامه فرهنگی\n\nتهران – 25 خرداد 1402 (ایسنا) – وزیر روز گذشته برنامه را امضا کرد.")
    assert _by_text(found, "روز گذشته").edtf == "2023-06-14"
    found = bilat.dates("هفته فیلم\n\nباکو، ۱۲ آذر ۱۴۰۱ (ایرنا) – هفته فیلم روز گذشته آغاز شد.")
    assert _by_text(found, "روز گذشته").edtf == "2022-12-02"


def test_a_date_opening_a_sentence_is_no_dateline():
    # No place and comma before it, no dash after it: the sentence's own date, not the item's.
    found = bilat.dates("News\n\nOn 14 March 2019, officials met. On Thursday they signed.")
    assert _by_text(found, "Thursday").edtf is None
    found = bilat.dates("News\n\nIn Baku, 14 March 2019 was a holiday, and on Thursday nobody worked.")
    assert _by_text(found, "Thursday").edtf is None


def test_dateline_with_an_agency_and_a_full_stop():
    found = bilat.dates("Bakı, 12 may 2023 (AZƏRTAC). Dünən Moskvada sərgi açılıb. Sərgi iyunun 1-də bağlanacaq.")
    assert _by_text(found, "Dünən").edtf == "2023-05-11"


def test_an_unknown_relative_year_leaves_the_next_date_without_a_year():
    # No published date: "last year" is unknown, and "on 5 October" after it is not in the year written before.
    found = bilat.dates("The centre opened on 12 May 2023. Last year, on 5 October, the days were held in Kazan.")
    assert _by_text(found, "Last year").edtf is None
    assert _by_text(found, "5 October").edtf == "XXXX-10-05"
    found = bilat.dates("Mərkəz 2023-cü il mayın 12-də açıldı. Ötən il oktyabrın 5-də günlər keçirilmişdi.")
    assert _by_text(found, "oktyabrın 5-də").edtf == "XXXX-10-05"


def test_dateline_ending_with_a_full_stop():
    found = bilat.dates("Москва, 18 мая 2019 г. Вчера в Историческом музее открылась выставка.")
    assert _by_text(found, "Вчера").edtf == "2019-05-17"
    found = bilat.dates("Bakı, 15 fevral 2021. Ötən ilin dekabrında Tehranda sərgi açılıb.")
    assert _by_text(found, "Ötən ilin dekabrında").edtf == "2020-12"
    found = bilat.dates("BAKU, Azerbaijan, Oct. 5, 2017 — The minister met the ambassador on Wednesday.")
    assert _by_text(found, "on Wednesday").edtf == "2017-10-04"


def test_a_date_on_the_last_line_is_the_published_date():
    found = bilat.dates("وزیر فرهنگ عصر امروز با همتای خود دیدار کرد.\n\nاو روز گذشته از موزه بازدید کرد.\n\n۱۲ آذر ۱۴۰۱\n")
    assert _by_text(found, "عصر امروز").edtf == "2022-12-03"
    assert _by_text(found, "روز گذشته").edtf == "2022-12-02"


def test_a_cited_year_is_not_the_year_spoken_of():
    found = bilat.dates("در سال ۱۳۸۹ جشن نوروز در تهران برگزار شد (رحیم‌اف، ۲۰۱۱: ۱۳۰). در همین سال خانه فرهنگ گشایش یافت.")
    assert _by_text(found, "همین سال").edtf == "2010-03-21/2011-03-20"
    found = bilat.dates("In 2005 the society was founded (Smith 2011, p. 4). The same year it opened a school.")
    assert _by_text(found, "The same year").edtf == "2005"


def test_each_item_of_a_news_list_counts_from_its_own_date_line():
    text = ("Новости посольства\n\n12.03.2021\nФотовыставка\nСегодня в Тегеране открылась фотовыставка.\n\n"
            "02.12.2021\nСоглашение между музеями\nВчера в Тегеране музеи подписали соглашение.")
    found = bilat.dates(text)
    assert _by_text(found, "Сегодня").edtf == "2021-03-12"
    assert _by_text(found, "Вчера").edtf == "2021-12-01"


def test_the_same_day_after_an_until_is_the_day_before_it():
    found = bilat.dates("Дни культуры открылись в понедельник и продлятся до 18 ноября. В тот же день открылась выставка.",
                        published="2023-11-16")
    assert _by_text(found, "В тот же день").edtf == "2023-11-13"


def test_a_tass_dateline():
    found = bilat.dates("АШХАБАД, 16 ноября 2023. /ТАСС/. Министры вчера подписали программу.")
    assert _by_text(found, "вчера").edtf == "2023-11-15"


def test_last_november_is_the_latest_before_the_report():
    found = bilat.dates("Days of Iranian culture were held in Moscow last November.", published="2019-03-14")
    assert _by_text(found, "last November").edtf == "2018-11"
    found = bilat.dates("Days of Iranian culture were held in Moscow last February.", published="2019-03-14")
    assert _by_text(found, "last February").edtf == "2019-02"


def test_an_unknown_last_year_leaves_the_next_sentences_in_the_year_of_the_text():
    found = bilat.dates("2019-cu ildə Azərbaycan–Özbəkistan mədəni əlaqələri.\n\nÖtən il rekord il oldu. "
                        "İl yanvarın 24-də filialın açılışı ilə başladı.")
    assert _by_text(found, "Ötən il").edtf is None
    assert _by_text(found, "yanvarın 24-də").edtf == "2019-01-24"
    # ... but what follows it in its own sentence has no year to take.
    found = bilat.dates("In 2019 the centre opened. Last year, on 5 October, it held a festival.")
    assert _by_text(found, "5 October").edtf == "XXXX-10-05"


def test_a_persian_range_of_days_takes_its_year_from_the_text():
    found = bilat.dates("کارنامه سال ۱۴۰۱. «هفته فیلم روسیه» از ۳ تا ۹ تیر در تهران برگزار شد.")
    assert _by_text(found, "از ۳ تا ۹ تیر").edtf == "2022-06-24/2022-06-30"


def test_a_year_an_open_interval_starts_from_does_not_move_the_text():
    found = bilat.dates("کارنامه سال ۱۴۰۱. این نخستین حضور پس از سال ۱۳۹۸ بود. المپیاد در ۱۸ بهمن برگزار شد.")
    assert _by_text(found, "۱۸ بهمن").edtf == "2023-02-07"


def test_the_year_of_a_plan_does_not_move_the_text():
    found = bilat.dates("Отчет за 2019 год. Подписание соглашения перенесено на 2020 год. 11–13 марта прошли Дни культуры.")
    assert _by_text(found, "11–13 марта").edtf == "2019-03-11/2019-03-13"
    found = bilat.dates("The 2022 report. The Days were postponed to 2023. On 3-5 October we hosted a conference.")
    assert _by_text(found, "3-5 October").edtf == "2022-10-03/2022-10-05"


def test_a_byline_dates_the_column():
    found = bilat.dates("МНЕНИЕ\nКультура без протокола\nАйгерим Сатпаева, театральный критик. 14 марта 2024 г.\n\n"
                        "Сегодня стоит честно спросить себя.")
    assert _by_text(found, "Сегодня").edtf == "2024-03-14"


def test_a_dateline_without_a_year_takes_one_from_a_full_date_days_before():
    found = bilat.dates("МОСКВА, 14 марта. /ТАСС/. Дни культуры открылись вчера. Бюст открыли 12 марта 2024 года.")
    assert _by_text(found, "вчера").edtf == "2024-03-13"
    # ... and with no such date the day of the report stays unknown.
    found = bilat.dates("МОСКВА, 14 марта. /ТАСС/. Дни культуры открылись вчера. Прошлые Дни прошли в 2019 году.")
    assert _by_text(found, "вчера").edtf is None


def test_a_span_of_months_is_the_year_the_text_speaks_of():
    found = bilat.dates("In 2007 the festival began. From March to May 2011 the theatre toured Russia. In December of "
                        "the same year it staged a play.")
    assert _by_text(found, "In December").edtf == "2011-12"


def test_a_note_at_the_foot_or_head_dates_the_text():
    # An interview dated by the note under it; a page by the day it was last updated.
    text = ("Q: When did you first play in Paris?\n\nA: In 2007. Last November the Louvre opened its exhibition.\n\n"
            "Interview by Claire Dumont. The conversation was recorded in Tashkent on 9 November 2023.")
    assert _by_text(bilat.dates(text), "Last November").edtf == "2022-11"
    text = ("Sərgi haqqında\n\nDərc olunub: 11 mart 2024. Yenilənib: 20 may 2024\n\nSərgi martın 12-də açılıb. "
            "Dünən muzeydə mühazirə oxunub.\n\nƏlaqə: info@muzey.az")
    assert _by_text(bilat.dates(text), "Dünən").edtf == "2024-05-19"
    text = "سؤال: چه زمانی؟\n\nپاسخ: پارسال در ایروان بودم.\n\nاین گفت‌وگو روز پنجشنبه ۱۸ آبان ۱۴۰۲ در تهران انجام شده است."
    assert _by_text(bilat.dates(text), "پارسال").edtf == "2022"


def test_an_update_appended_to_a_report_counts_its_today_from_its_own_day():
    found = bilat.dates("BAKU, 13 May 2024 – The Days opened yesterday.\n\nUpdate, 14 May: Today the closing gala concert "
                        "was held. Yesterday the master class took place.")
    assert [(t.text, t.edtf) for t in found][-2:] == [("Today", "2024-05-14"), ("Yesterday", "2024-05-13")]
    found = bilat.dates("Tbilisi, 13 may 2023, AZƏRTAC. Dünən sərgi açılıb.\n\nYenilənmə, 14 may: Bu gün axşam bağlanış "
                        "qala-konserti keçirildi.")
    assert _by_text(found, "Bu gün axşam").edtf == "2023-05-14"


@pytest.mark.parametrize("text,expected", [
    ("Договор подписан в 1950 году. Шесть лет спустя открылся центр.", "1956"),
    ("The treaty was signed in 1950. Six years later the centre opened.", "1956"),
    ("1950-ci ildə müqavilə imzalandı. Altı il sonra mərkəz açıldı.", "1956"),
    ("عهدنامه در سال ۱۳۲۸ امضا شد. شش سال بعد، موافقت‌نامه امضا شد.", "1955-03-22/1956-03-20"),
])
def test_n_years_later_counts_from_the_year_last_written(text, expected):
    assert bilat.dates(text)[-1].edtf == expected


def test_a_plans_year_after_the_report_does_not_move_the_text():
    found = bilat.dates("Bakı, 10 oktyabr 2023-cü il\n\nGörüşdə tərəflər 2024-cü ildə Bakıda Gürcüstan Mədəniyyəti Günlərinin "
                        "təşkilini müzakirə ediblər. Oktyabrın 5-də Marneulidə konsert olub.")
    assert _by_text(found, "Oktyabrın 5-də").edtf == "2023-10-05"


def test_a_posts_own_date_under_its_title_counts_its_yesterday():
    found = bilat.dates("Layihənin bloqu\n\nLayihəmiz başladı\nDərc olunub: 02.10.2023\n\nLayihə rəsmən başladı.\n\n"
                        "İlk videozəngimiz\nDərc olunub: 13 oktyabr 2023\n\nDünən şagirdlər videozəng vasitəsilə görüşdü.")
    assert _by_text(found, "Dünən").edtf == "2023-10-12"


def test_a_day_without_a_year_under_an_items_date_lies_before_it():
    found = bilat.dates("İlin sonu: iki sərgi və bir konsert\nDərc olunub: 09.01.2024\n\n20 dekabrda Aktauda sərgi açıldı. "
                        "Dekabrın 27-də isə iki məktəbin xorları onlayn konsert verdi.")
    assert [_by_text(found, x).edtf for x in ("20 dekabrda", "Dekabrın 27-də")] == ["2023-12-20", "2023-12-27"]


def test_a_weekday_after_a_span_of_days_is_the_one_within_it():
    found = bilat.dates("The Days of Culture ran from 12 to 16 May 2024. On Wednesday a concert was held.")
    assert _by_text(found, "On Wednesday").edtf == "2024-05-15"
    found = bilat.dates("گروه از ۱۲ تا ۱۹ اردیبهشت ۱۴۰۵ میهمان مدرسه کازان بودند. روز دوم سفر، یکشنبه، نمایشگاه گشایش یافت.")
    assert found[-1].edtf == "2026-05-03"


@pytest.mark.parametrize("text, fragment, expected", [
    ("2004-cü il oktyabrın 12–16-da Bakıda Özbəkistan mədəniyyəti günləri keçirilmişdir. Həmin günlərdə sərgi "
     "açılmışdır.", "Həmin günlərdə", "2004-10-12/2004-10-16"),
    ("2006-cı ilin sentyabrında Daşkənddə Azərbaycan mədəniyyəti günləri təşkil olunmuşdur. Həmin günlərdə sərgi "
     "nümayiş etdirilmişdir.", "Həmin günlərdə", "2006-09"),
    ("С 12 по 16 октября 2004 года в Баку прошли Дни культуры. В те же дни открылась выставка.", "В те же дни",
     "2004-10-12/2004-10-16"),
    ("The Days of Uzbek culture were held in Baku on 12-16 October 2004. During those days an exhibition opened.",
     "During those days", "2004-10-12/2004-10-16"),
    ("در سال ۲۰۰۴ روزهای فرهنگی ازبکستان در باکو برگزار شد. در همان روزها نمایشگاهی گشایش یافت.", "همان روزها", "2004"),
])
def test_those_days_are_the_time_last_told(text, fragment, expected):
    # "In those days": the span of days last told, else its day, month or year, as precise as it was told.
    t = _by_text(bilat.dates(text), fragment)
    assert (t.edtf, t.anchor) == (expected, "context")


def test_chronicle_entries_take_the_year_of_their_heading():
    # An entry telling another year ("the accounts of 2018") does not move the entries after it to that year;
    # a heading naming the next year does.
    text = ("Chronicle of 2019\n\n18.I — The general assembly of the society met in Tbilisi. The accounts of 2018 "
            "were approved.\n\n12.II — The ambassador of Georgia visited the society in Tehran.\n\nEvents of 2020\n\n"
            "3.III — An exhibition opened in Tehran.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("18.I", "12.II", "3.III")] == ["2019-01-18", "2019-02-12", "2020-03-03"]


@pytest.mark.parametrize("text, fragment, expected", [
    ("روزنامه ایران | سه‌شنبه ۲۵ اردیبهشت ۱۴۰۳ | شماره ۸۴۶۲ | صفحه ۱۱ (فرهنگ)\n\nگفت‌وگو با رایزن فرهنگی\n\n"
     "سفر رئیس‌جمهور به آنکارا در ۴ بهمن سال گذشته انجام شد.", "۴ بهمن سال گذشته", "2024-01-24"),
    ("«Вечерняя Москва» · 12 марта 2024 г. · № 45 · стр. 3\n\nИнтервью с директором театра\n\n"
     "В прошлом году театр гастролировал в Баку.", "В прошлом году", "2023"),
])
def test_masthead_dates_the_paper(text, fragment, expected):
    # A paper's masthead going on past the date in cells of its own is the report's date.
    t = _by_text(bilat.dates(text), fragment)
    assert (t.edtf, t.anchor) == (expected, "published")


@pytest.mark.parametrize("text, fragment, expected", [
    ("The festival opened on 8 October 2023. Six days later the guests left for Bukhara.", "Six days later", "2023-10-14"),
    ("Фестиваль открылся 8 октября 2023 года. Через пять дней гости уехали в Бухару.", "Через пять дней", "2023-10-13"),
    ("Фестиваль открылся 8 октября 2023 года. Спустя два дня гости уехали в Бухару.", "Спустя два дня", "2023-10-10"),
    ("Договор подписан 18 февраля 1993 года. А спустя четыре года министерства заключили соглашение.", "спустя четыре года",
     "1997"),
    ("جشنواره در ۸ اکتبر ۲۰۲۳ گشایش یافت. شش روز بعد مهمانان به بخارا رفتند.", "شش روز بعد", "2023-10-14"),
    ("Festival 8 oktyabr 2023-cü ildə açıldı. Dörd gün sonra qonaqlar Buxaraya getdi.", "Dörd gün sonra", "2023-10-12"),
])
def test_days_later_count_from_the_day_last_told(text, fragment, expected):
    t = _by_text(bilat.dates(text), fragment)
    assert (t.edtf, t.anchor) == (expected, "context")


def test_a_month_of_another_calendar_is_no_day_to_count_from():
    # "اردیبهشت ۱۴۰۱" is a span of days, but "the next day" after it counts from no day of it.
    found = bilat.dates("روزهای فرهنگی در اردیبهشت ۱۴۰۱ برگزار شد. روز بعد هیئت به تهران رفت.")
    assert _by_text(found, "روز بعد").edtf is None


def test_a_planned_year_does_not_move_the_text():
    # "в 2024 году стороны намерены провести": a plan's year; the day recalled after it is still of the report's year.
    text = ("ТАШКЕНТ, 16 октября 2023 года. Министры провели переговоры. В 2024 году стороны намерены провести "
            "совместный фестиваль. Напомним, 20 сентября в Москве прошло выступление оркестра.")
    assert _by_text(bilat.dates(text), "20 сентября").edtf == "2023-09-20"


def test_a_digest_item_under_its_heading_starts_from_the_report():
    # The item before spoke of 1398; the next item, under its own heading, tells a day of the report's weeks.
    text = ("هفته‌نامه فرهنگی | سه‌شنبه ۱۸ اردیبهشت ۱۴۰۳ | شماره ۱۲\n\n■ فیلم‌های گرجی\n"
            "این هفته فیلم برای نخستین بار در مهر ۱۳۹۸ برگزار شده بود و امسال هم برگزار شد.\n\n"
            "■ پیمان دانشگاهی تبریز و باکو\n"
            "دانشگاه تبریز و دانشگاه دولتی باکو روز ۱۲ اردیبهشت (اول مه) در باکو تفاهم‌نامه امضا کردند.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("۱۲ اردیبهشت", "اول مه")] == ["2024-05-01", "2024-05-01"]


@pytest.mark.parametrize("text, fragment", [
    ("روزهای فرهنگی ایران در ۱۲ مه ۲۰۱۲ در دوشنبه آغاز شد و ۱۷ همان ماه با کنسرت به پایان رسید.", "۱۷ همان ماه"),
    ("The Days opened on 12 May 2012 and closed on the 17th of the same month.", "the 17th of the same month"),
    ("Дни открылись 12 мая 2012 года и завершились 17-го того же месяца.", "17-го того же месяца"),
])
def test_a_day_of_the_same_month(text, fragment):
    t = _by_text(bilat.dates(text), fragment)
    assert (t.edtf, t.anchor) == ("2012-05-17", "context")


def test_a_dateline_with_a_long_agency_name():
    text = ("МОСКВА, 15 октября 2024. /Агентство «Евразия-Пресс»/. Посол выступил в понедельник на открытии выставки.")
    assert _by_text(bilat.dates(text), "в понедельник").edtf == "2024-10-14"


def test_a_month_heading_its_chronicle_entry():
    text = "Chronology\n\n2018\n\n1 October — Documents were signed.\n\nDecember — Days of Uzbek culture were held in New Delhi.\n"
    assert _by_text(bilat.dates(text), "December").edtf == "2018-12"


def test_a_chronicle_entry_with_a_numeric_day_and_month():
    text = ("Хроника\n\n2023 год\n\n07.02 — направлен отряд спасателей.\n\n14.12 — в Стамбуле открыт бюст Абая.\n\n"
            "25–27.10 — Дни кино.\n")
    assert [_by_text(bilat.dates(text), f).edtf for f in ("07.02", "14.12", "25–27.10")] == [
        "2023-02-07", "2023-12-14", "2023-10-25/2023-10-27"]


def test_until_the_end_of_a_year_is_an_end():
    found = bilat.dates("رایزن فرهنگی امروز با مدیر اداره دیدار و درباره تقویم رویدادها تا پایان سال ۲۰۲۴ گفت‌وگو کرد.")
    t = _by_text(found, "تا پایان سال ۲۰۲۴")
    assert (t.edtf, t.qualifier) == ("../2024", "until")


def test_a_day_of_a_span_told_before_the_years_of_a_history():
    text = ("The conference was held on 24–25 October 2023. The earlier ones met in 2011, 2013, 2015, 2017, 2019 "
            "and 2022. The plenary session on 24 October was opened by the minister.")
    assert _by_text(bilat.dates(text), "24 October").edtf == "2023-10-24"


def test_a_year_by_its_ordinal_ending_gives_the_months_after_it_their_year():
    found = bilat.dates("Настоящим «французским годом» стал 1961-й. Уже в мае начались гастроли.")
    assert [(t.text, t.edtf) for t in found] == [("1961-й", "1961"), ("в мае", "1961-05")]


def test_a_month_heading_of_a_dated_report_is_of_the_months_before_it():
    text = ("YEAR OF CHINESE TOURISM IN KAZAKHSTAN\n\nAstana, 5 July 2024\n\nThe Year was declared after the visa-free "
            "regime entered into force in November 2023.\n\nJanuary\nOn 24 January the working group met in Astana.\n")
    assert _by_text(bilat.dates(text), "24 January").edtf == "2024-01-24"


def test_a_letters_date_field_dates_the_text():
    text = ("بسمه تعالی\n\nوزارت ورزش و جوانان\nمعاونت امور بین‌الملل\n\nگزارش عملکرد شش‌ماهه نخست\n"
            "شماره: ۱۴۰۳/۲۳۱۸        تاریخ: ۵ مهر ۱۴۰۳        طبقه‌بندی: عادی\n\nدیروز هیئت وارد تهران شد.\n")
    assert bilat.dates(text)[-1].edtf == "2024-09-25"


@pytest.mark.parametrize("text", [
    "Подписанная 15 июня 2021 года декларация важна. Уходящий год стал годом свершений. В июне прошла выставка.",
    "The declaration signed on 15 June 2021 matters. The outgoing year was rich. In June an exhibition opened.",
    "15 iyun 2021-ci ildə imzalanan bəyannamə vacibdir. Başa çatmaqda olan il uğurlu oldu. İyunda sərgi açıldı.",
])
def test_the_outgoing_year_is_the_year_of_the_text(text):
    """A letter's "the outgoing year" names the year it is written in: the months after it are of that year,
    not of a year an aside told before."""
    found = bilat.dates(text, published="2023-10-29")
    assert found[-1].edtf == "2023-06"


@pytest.mark.parametrize("text, expected", [
    ("Ten years ago, in September, in Beijing, we signed the Agreement.", ["2015", "2015-09"]),
    ("Десять лет назад мы вместе открыли в Баку Культурный центр.", ["2015"]),
    ("Düz on il əvvəl Astanada imzaladığımız Proqram.", ["2015"]),
    ("بیست سال پیش این مرکز گشایش یافت.", ["2005"]),
    ("Полвека назад он впервые приехал в Тегеран.", ["1975"]),
])
def test_years_ago_count_back_from_the_text(text, expected):
    """"Ten years ago" in a letter of 2025 is 2015, and a month told after it is of that year (not of the letter's)."""
    assert [t.edtf for t in bilat.dates(text, published="2025-09-30")] == expected


@pytest.mark.parametrize("text, expected", [
    ("А в 1989 году открылся центр. 90-е годы — время выживания.", "199X"),
    ("In 1989 the centre opened. The 90s were hard.", "199X"),
    ("In 1905 the society met. In the 90s it had been small.", "189X"),
])
def test_a_decade_without_its_century_is_the_one_nearest_the_year_spoken_of(text, expected):
    assert bilat.dates(text, published="2024-05-01")[-1].edtf == expected


def test_a_weekly_reports_weekdays_are_of_its_week():
    """"WEEKLY REPORT / 14-19 October 2024": "This week" is that week, and "On Wednesday" one of its days, even
    after a deadline told in passing ("до конца ноября"); with no report day to count "this week" from."""
    found = bilat.dates("WEEKLY REPORT\n14-19 October 2024\n\nThis week was devoted to Tajikistan. On Monday the "
                        "khokim received a delegation. On Tuesday a festival opened.")
    assert [t.edtf for t in found if t.text in ("On Monday", "On Tuesday")] == ["2024-10-14", "2024-10-15"]
    found = bilat.dates("ЕЖЕНЕДЕЛЬНАЯ ИНФОРМАЦИЯ\nза период с 14 по 19 октября 2024 года\n\nВо вторник открылся центр. "
                        "Стороны договорились провести выставку до конца ноября. В среду состоялся концерт.")
    assert _by_text(found, "В среду").edtf == "2024-10-16"


def test_a_year_written_alone_dates_a_day_of_its_sentence_in_a_span_told_before():
    # "the 2024 edition was held on 11-12 May" after "10-12 May 2025": 2024's May, not days of the span before it; a
    # year written alone in another sentence leaves a day of the span its own.
    text = "2025 dates: 10-12 May 2025. Last year: the 2024 edition was held on 11-12 May."
    assert _by_text(bilat.dates(text), "11-12 May").edtf == "2024-05-11/2024-05-12"
    text = ("The forum was held on 21-22 June 2022. Under the 2021 declaration the sides agreed to meet again. On 21 June "
            "the ministers met.")
    assert _by_text(bilat.dates(text), "21 June").edtf == "2022-06-21"


@pytest.mark.parametrize("text,opening,next_day", [
    ("The festival took place from 20 to 24 August 2025. On the opening day a mehter band marched through the old town, "
     "and the next day an exhibition opened.", "On the opening day", "the next day"),
    ("В 2025 году фестиваль продолжался пять дней, с 20 по 24 августа. В день открытия по улицам прошёл оркестр, а на "
     "следующий день открылась выставка.", "В день открытия", "на следующий день"),
    ("Festival 2025-ci il avqustun 20-dən 24-dək keçirildi. Açılış günü mehter orkestri çıxış etdi, ertəsi gün sərgi "
     "açıldı.", "Açılış günü", "ertəsi gün"),
    ("جشنواره از ۲۰ تا ۲۴ اوت ۲۰۲۵ برگزار شد. در روز افتتاحیه گروه مهتر اجرا کرد و روز بعد نمایشگاهی گشایش یافت.",
     "در روز افتتاحیه", "روز بعد"),
])
def test_the_opening_day_is_the_first_day_of_the_span_told_and_the_next_day_counts_from_it(text, opening, next_day):
    found = bilat.dates(text)
    assert _by_text(found, opening).edtf == "2025-08-20"
    assert _by_text(found, next_day).edtf == "2025-08-21"


def test_the_opening_day_with_no_span_told_is_unknown():
    assert _by_text(bilat.dates("On the opening day the ministers met."), "On the opening day").edtf is None


@pytest.mark.parametrize("text,expected", [
    # Each message of a forwarded thread under its header: its "yesterday" and "last Friday" count from its own day,
    # whatever the language of the header (an English one is read in a Russian or an Azerbaijani text).
    ("От: Наргиз Алиева <n.aliyeva@ada.edu.az>\nОтправлено: пятница, 18 октября 2024 г. 10:47\nТема: FW: выставка\n\n"
     "Вчера выставка закрылась.\n\n"
     "From: Elchin Hasanov <e.hasanov@museum.az>\nSent: Thursday, October 3, 2024 4:18 PM\nSubject: RE: выставка\n\n"
     "В прошлую пятницу наш музей посетил посол.",
     [("Вчера", "2024-10-17"), ("В прошлую пятницу", "2024-09-27")]),
    ("Leyla,\nMəktubu yönləndirirəm.\n\n"
     "On Tue, 10 Sep 2024 at 11:42, Nodira Karimova <n.karimova@museum.uz> wrote:\n> Hörmətli Leyla xanım,\n>\n"
     "> Dünən nazirliklə görüşdük.\n>\n"
     "> On Mon, 2 Sep 2024 at 16:20, Leyla Həsənova <l.hasanova@museum.az> wrote:\n>> Ötən cümə axşamı görüş keçirildi.",
     [("Dünən", "2024-09-09"), ("Ötən cümə axşamı", "2024-08-29")]),
    ("از: Malika Nazarova <m.nazarova@kmt.tj>\nارسال: پنجشنبه، ۳۰ مه ۲۰۲۴ ۱۷:۴۸\nموضوع: RE: نمایشگاه\n\n"
     "دیروز میزگرد در کتابخانه برگزار شد.", [("دیروز", "2024-05-29")]),
])
def test_an_email_threads_messages_each_from_its_headers_day(text, expected):
    found = bilat.dates(text)
    for fragment, edtf in expected:
        assert _by_text(found, fragment).edtf == edtf


def test_the_same_day_after_a_span_ending_on_a_day_is_the_day_told_before():
    found = bilat.dates("ISTANBUL, 14 May 2021 - The Days opened on Wednesday and will continue until Sunday, 16 May, "
                        "with concerts.\n\nAn exhibition of carpets opened the same day in the foyer.")
    assert _by_text(found, "until Sunday, 16 May").edtf == "../2021-05-16"
    assert _by_text(found, "the same day").edtf == "2021-05-12"


@pytest.mark.parametrize("text,expected", [
    # A newsletter's issue line under its title: its items' days are of its months, whatever year an item names (a plan's
    # 2024, an aside's "last year" for its own sentence only); a day counted from the report's stays unknown.
    ("DOSTLUQ KÖRPÜSÜ\nCəmiyyətin bülleteni\n№ 2 (22) · aprel–iyun 2023\n\nMədəniyyət Günləri\nKeçən il Bakıda Qazaxıstan "
     "Günləri keçirildi. Mayın 16-da Astanada açılış oldu. Tərəflər 2024-cü ildə Bakıda festival keçirilməsini "
     "planlaşdırır. Mayın 18-də memorandum imzalandı. Dünən qonaqlar yola düşdü.",
     [("Keçən il", "2022"), ("Mayın 16-da", "2023-05-16"), ("Mayın 18-də", "2023-05-18"), ("Dünən", None)]),
    ("ВЕСТНИК ДРУЖБЫ\n№ 3 (27) • июль – сентябрь 2019 г.\n\nЦентр открыт в 2015 году.\n\nКОНЦЕРТ В МИНСКЕ\n"
     "В Минске 6 сентября прошёл концерт. В прошлом году фестиваль прошёл в Гомеле.",
     [("6 сентября", "2019-09-06"), ("В прошлом году", "2018")]),
])
def test_a_newsletters_issue_line_gives_the_months_it_reports(text, expected):
    found = bilat.dates(text)
    for fragment, edtf in expected:
        assert _by_text(found, fragment).edtf == edtf


def test_years_later_with_no_year_told_is_not_counted_from_the_report():
    # "Two years later" counts from the year the text told; from the report's it would be a year not yet come.
    found = bilat.dates("Two years later, in summer, the festival moved to Tbilisi.", published="2024-03-14")
    assert _by_text(found, "Two years later").edtf is None
    found = bilat.dates("Two years ago the festival moved to Tbilisi.", published="2024-03-14")
    assert _by_text(found, "Two years ago").edtf == "2022"


def test_a_chats_messages_each_from_their_stamps_day():
    text = ("Chat export: Culture Days 2024\n\n----- Tuesday, 9 April 2024 -----\n"
            "[09.04.2024 10:02] Nino: [Forwarded from Tamar, 05.04.2024 18:40]\nThe Minister signed the order yesterday.\n"
            "[09.04.2024 18:40] Nino: We met today with the State Secretary.\n"
            "[1403/02/13 09:41] سعید: جلسه امروز ظهر برگزار شد.")
    found = bilat.dates(text)
    assert _by_text(found, "yesterday").edtf == "2024-04-04"
    assert _by_text(found, "today").edtf == "2024-04-09"
    assert _by_text(found, "امروز").edtf == "2024-05-02"


@pytest.mark.parametrize("text,expected", [
    # A messenger's export: the stamp opens the line with a two-digit year (of this century: such exports exist only
    # since), its time, a dash and the sender; the message's "today" and "yesterday" count from it.
    ("12.03.24, 14:05 - Leyla: Bu gün Moskvada mədəniyyət günləri açıldı.\n"
     "13.03.24, 09:10 - Orxan: Dünən konsert keçirildi.",
     [("12.03.24", "2024-03-12"), ("Bu gün", "2024-03-12"), ("Dünən", "2024-03-12")]),
    ("[05.11.23, 18:40:12] Анна: Сегодня в Минске открылась выставка.", [("05.11.23", "2023-11-05"),
                                                                          ("Сегодня", "2023-11-05")]),
])
def test_a_messenger_exports_stamps_with_two_digit_years(text, expected):
    found = bilat.dates(text)
    for fragment, edtf in expected:
        assert _by_text(found, fragment).edtf == edtf


def test_a_two_digit_year_outside_a_stamp_or_a_table_is_no_date():
    assert not [d for d in bilat.dates("Hesabat 12.03.24 nömrəli əmrlə təsdiq edildi.") if "12.03" in d.text]


@pytest.mark.parametrize("text,expected", [
    # A diary's entries under a weekday and a day of the month ("Tue 2nd", "Вс 13-е", "Çərşənbə, 16", "یکشنبه ۱۰"): the
    # month of the entry before (or the next), where that day is that weekday; each entry's "yesterday" counts from it.
    ("NOTEBOOK — autumn 2018\n\nSat 29th Sept.\nLanded.\n\nSun 30th\nRehearsal.\n\nMon 1st Oct.\nConcert.\n\nTue 2nd\n"
     "Yesterday's concert was shown on TV.", [("Sun 30th", "2018-09-30"), ("Tue 2nd", "2018-10-02"),
                                             ("Yesterday's", "2018-10-01")]),
    ("ТЕТРАДЬ — 2019\n\nСб, 12 окт.\nПрилетели.\n\nВс 13-е\nРепетиция.\n\nПн 14-е\nВчера была репетиция.",
     [("Сб, 12 окт.", "2019-10-12"), ("Вс 13-е", "2019-10-13"), ("Вчера", "2019-10-13")]),
    ("ÖZBƏKİSTAN SƏFƏRİ — 2019\n\nB.e., 14 okt.\nUçduq.\n\nÇərşənbə, 16\nDünənki konsert yaxşı keçdi.",
     [("B.e., 14 okt.", "2019-10-14"), ("Çərşənbə, 16", "2019-10-16"), ("Dünənki", "2019-10-15")]),
    ("دفترچهٔ سفر — مهرماه ۱۴۰۱\n\nشنبه ۹ مهر\nرسیدیم.\n\nیکشنبه ۱۰\nدیروز خسته بودیم.",
     [("یکشنبه ۱۰", "2022-10-02"), ("دیروز", "2022-10-01")]),
])
def test_a_diarys_entries_under_their_weekday_and_day(text, expected):
    found = bilat.dates(text)
    for fragment, edtf in expected:
        assert _by_text(found, fragment).edtf == edtf
    assert not any(t.text == "Sun" for t in bilat.dates("NOTEBOOK 2018\n\nSun 30 was hot."))


def test_an_items_dateline_under_a_papers_dated_masthead():
    # "ALMA-ATA, Oct. 8. (By our correspondent ...)": the item's day, its year the paper's; its "yesterday" counts from it.
    found = bilat.dates("MOSCOW NEWS\nNo. 81 (501)          Saturday, October 10, 1 9 5 9          Price 2 kopeks\n\n"
                        "FRIENDSHIP IN SONG\n\nALMA-ATA, Oct. 8. (By our correspondent N. Ivanova). The capital is decorated. "
                        "Yesterday a group of artists travelled to Karaganda.")
    assert _by_text(found, "Oct. 8").edtf == "1959-10-08"
    assert _by_text(found, "Yesterday").edtf == "1959-10-07"


def test_an_events_pages_cards_with_weekdays():
    found = bilat.dates("Past events\n\nExhibition of carpets\n\nWed, 18 Oct 2023 – Sun, 5 Nov 2023\n\nEvent ended")
    assert _by_text(found, "Wed, 18 Oct").edtf == "2023-10-18/2023-11-05"
    found = bilat.dates("Прошедшие события\n\nВыставка ковров\n\n16 сен – 15 окт 2023\n\nСобытие завершилось")
    assert _by_text(found, "16 сен").edtf == "2023-09-16/2023-10-15"


@pytest.mark.parametrize("text,expected", [
    # A page of visitors' reviews: each review's paragraph is of the day its line of dates says it was written, over
    # or under its text; its days without a year are of that year, its "last month" counts from that day.
    ("Гульнара Х.\nБыли на открытии выставки 10 мая, выставка продлится до 30 июня.\nДата посещения: май 2019 г.\n"
     "Отзыв написан 14 мая 2019 г.\n\nДинара С.\nПопала на концерт 23 апреля.\nДата посещения: апрель 2018 г.\n"
     "Отзыв написан 5 мая 2018 г.", [("10 мая", "2019-05-10"), ("23 апреля", "2018-04-23")]),
    ("Claire D.\nReviewed 8 June 2023\nLast month's concert was unforgettable.\nDate of experience: May 2023",
     [("Last month", "2023-05")]),
    ("نگار – ایران\nنوشته‌شده در ۲۸ آذر ۱۳۹۷ | تاریخ بازدید: آذر ۱۳۹۷\nدوشنبه‌شب، ۲۶ آذر، مراسم برگزار شد.\n\n"
     "علی – ایران\nنوشته‌شده در ۲۲ آبان ۱۳۹۸\nهفته فیلم از ۱۵ تا ۲۱ آبان برگزار شد.",
     [("۲۶ آذر", "2018-12-17"), ("از ۱۵ تا ۲۱ آبان", "2019-11-06/2019-11-12")]),
])
def test_a_reviews_days_are_of_the_day_it_was_written(text, expected):
    found = bilat.dates(text)
    for fragment, edtf in expected:
        assert _by_text(found, fragment).edtf == edtf


def test_an_archives_letters_each_from_the_day_under_its_heading():
    # A collection of archival documents: each dated on a line of its own (Roman months, "-cı il", Old and New Style),
    # its "keçən ayın 28-də" of its own day; a span of many years told before dates no day of a month.
    text = ("SƏNƏDLƏR (1917–1953)\n\n№ 1. Məktub\n\nBakı, 20 yanvar (2 fevral) 1918\n\nTamaşa keçən ayın 28-də göstərildi.\n\n"
            "№ 2. Teleqram\n\nBakı, 9.II.1926\n\nQurultay bu gün açıldı.\n\n№ 3. Məktub\n\nMoskva, 3 oktyabr 1947-ci il\n\n"
            "Yığıncaq keçən ayın 28-də keçirildi.")
    found = bilat.dates(text)
    assert [t.edtf for t in found if t.text in ("keçən ayın 28-də", "bu gün")] == ["1918-01-28", "1926-02-09", "1947-09-28"]
    found = bilat.dates("اسناد (۱۲۹۶–۱۳۳۱ ش)\n\nپتروگراد، ۲۹ ژانویه (۱۱ فوریه) ۱۹۱۸\n\nدر ملاقات ۲۴ ژانویه (۶ فوریه) گفته شد.")
    assert _by_text(found, "۲۴ ژانویه").edtf == "1918-02-06"


def test_a_forum_posts_relative_stamp_counts_from_the_day_the_page_was_saved():
    text = ("tamuna_tb\n\nЗарегистрирован: 05 окт 2014\n\nСообщений: 1284\n\nДобавлено: 20 апр 2020, 09:15\n\n"
            "В прошлом году Франция была почётной гостьей фестиваля.\n\nparis_gogi\n\nДобавлено: вчера в 18:05\n\n"
            "Только что из института: сегодня открылась выставка фотографий.")
    found = bilat.dates(text, published="2021-03-16")
    assert _by_text(found, "вчера").edtf == "2021-03-15" and _by_text(found, "сегодня").edtf == "2021-03-15"
    assert _by_text(found, "В прошлом году").edtf == "2019"
    assert not [t for t in found if t.text == "1284"]  # a member's count of posts
    # ... and when the page's day is before a post's (a post's own date taken for it), the day is not known
    found = bilat.dates(text, published="2019-03-12")
    assert _by_text(found, "сегодня").edtf is None



def test_an_accounts_posts_under_their_ages_and_days_count_from_the_page_saved():
    # A social account saved as text: each post under "account · 2 days ago" or "account · 24 May"; its "yesterday"
    # counts from that; the page's day from its note ("[Səhifə 22.05.2024 tarixində saxlanılıb]").
    text = ("kgembassy.berlin\nEmbassy of the Kyrgyz Republic\n[Page saved 21 June 2024]\n\n-----\n"
            "kgembassy.berlin · 2 days ago\nYesterday evening the exhibition opened in Berlin.\n\n-----\n"
            "kgembassy.berlin · 24 May\nYesterday the Literaturhaus hosted a presentation.\n")
    found = [(t.text, t.edtf) for t in bilat.dates(text)]
    assert ("Yesterday evening", "2024-06-18") in found and ("Yesterday", "2024-05-23") in found
    text = ("Instagram — azembassy.minsk\nSəfirlik\n[Səhifə 22.05.2024 tarixində saxlanılıb]\n\n"
            "azembassy.minsk · 5 gün əvvəl\nDünən səfir nazir müavini ilə görüşdü.\n")
    found = [(t.text, t.edtf) for t in bilat.dates(text)]
    assert ("22.05.2024", "2024-05-22") in found and ("Dünən", "2024-05-16") in found


def test_a_bulletins_issues_each_under_its_number_and_day():
    # A festival's daily bulletin: each issue under "Issue 2 – Thursday, 12 September" (no year: the festival's), its
    # "yesterday" and "last night" counted from that day.
    text = ("STEPPE HARMONY 2024\nInternational Music Festival · Almaty, 11–15 September 2024\n\n"
            "Issue 1 – Wednesday, 11 September\n\nYesterday afternoon the press conference drew forty journalists.\n\n"
            "Issue 2 – Thursday, 12 September\n\nLast night's opening concert ended with a standing ovation.\n")
    found = [(t.text, t.edtf) for t in bilat.dates(text)]
    assert ("Yesterday", "2024-09-10") in found and ("Last night", "2024-09-11") in found
    text = ("Ежедневный бюллетень фестиваля\nАлматы, 12–18 июня 2024 года\n\nВЫПУСК № 2 — ЧЕТВЕРГ, 13 ИЮНЯ\n\n"
            "Вчера вечером торжественно открылся фестиваль.\n\nВЫПУСК № 3 — ПЯТНИЦА, 14 ИЮНЯ\n\nВчера прошёл круглый стол.\n")
    found = [(t.text, t.edtf) for t in bilat.dates(text)]
    assert ("Вчера вечером", "2024-06-12") in found and ("Вчера", "2024-06-13") in found

def test_a_persian_letters_dated_line_dates_its_text():
    # "نمره ۲۱۴ – مورخه ۸ اسفند ۱۳۰۴" (number, "dated" and the day) under a document's heading: its "yesterday" counts
    # from that day.
    found = bilat.dates("سند شماره ۳. تلگراف کنسولگری\nنمره ۲۱۴ – مورخه ۸ اسفند ۱۳۰۴\n\nکنگره از دیروز در بادکوبه افتتاح شده.",
                        published="2017-06-01")
    assert _by_text(found, "دیروز").edtf == "1926-02-26"


def test_a_digests_items_each_count_from_the_outlets_day():
    # A media-monitoring digest: each item opens with its outlet (a name in quotes, a gloss in brackets) and its day;
    # the item's "yesterday" counts from that day, not from the first item's.
    text = ("MEDİA MONİTORİNQİ\nHəftəlik icmal № 11 (11–17 mart 2024-cü il)\n\n"
            "1. AZƏRTAC, 11 mart 2024-cü il — «Marneulidə Novruz şənliyi»\nAgentlik xəbər verir ki, martın 9-da şənlik keçirilib.\n\n"
            "2. «Interpressnews» (Gürcüstan), 13 mart 2024-cü il — «Tbilisidə Azərbaycan xalçaları»\n"
            "Agentliyin məlumatına görə, dünən Tbilisidə sərgi açılıb.\n")
    assert _by_text(bilat.dates(text), "dünən").edtf == "2024-03-12"
    text = ("ОБЗОР ПРЕССЫ\nВыпуск № 41. Период мониторинга: 9–15 октября 2023 г.\n\n"
            "1. ТАСС, 10.10.2023. «В Ташкенте стартовали Дни культуры России»\nАгентство сообщает, что Дни открылись.\n\n"
            "2. Gazeta.uz, 12.10.2023. «Неделя кино»\nНакануне в Ташкенте открылась Неделя российского кино.\n")
    assert _by_text(bilat.dates(text), "Накануне").edtf == "2023-10-11"


def test_a_place_and_date_line_under_a_long_title_is_the_dateline():
    text = ("Ministry of Culture of the Kyrgyz Republic\nPress Service\n\nTRANSCRIPT\n"
            "Joint press statements by the ministers of culture of the Kyrgyz Republic and the Republic of Türkiye following "
            "their talks\n\nBishkek, Ala-Archa State Residence, 23 May 2025\n\n"
            "Our talks today were held in a warm atmosphere. Yesterday I visited the Aitmatov House-Museum.")
    found = bilat.dates(text)
    assert _by_text(found, "today").edtf == "2025-05-23" and _by_text(found, "Yesterday").edtf == "2025-05-22"


def test_a_gregorian_day_after_a_jalali_year_and_a_later_date_is_of_the_later_year():
    # "in 1374" (1995/96) told in one item, then "Thursday 31 October 2024" heading the next: its "30 October" is 2024's.
    text = ("این سند در سال 1374 امضا شده است.\n\n5) روزنامه «روسیسکایا گازتا» — پنجشنبه 31 اکتبر 2024\n"
            "خلاصه: روزنامه از رونمایی ترجمه تازه دیوان حافظ خبر داده که روز 30 اکتبر در مسکو برگزار شد.\n")
    assert _by_text(bilat.dates(text), "30 اکتبر").edtf == "2024-10-30"


def test_a_week_before_this_is_not_a_week_before_the_report():
    # "Bundan bir həftə əvvəl" counts from the day the text told, not from the report's: no "a week ago".
    found = bilat.dates("Mayın 3-də Parisdə konsert oldu. Bundan bir həftə əvvəl isə Lionda sərgi açılmışdı.",
                        published="2021-06-16")
    assert not any("həftə" in t.text and t.edtf == "2021-06-09" for t in found)


def test_a_quarterly_bulletins_items_are_of_its_quarter():
    # "2024-cü ilin III rübü" heading a bulletin: its days told without a year are of 2024, whatever year a plan named
    # before them ("2025-ci ildə").
    text = ("AZƏRBAYCAN–ALMANİYA TİCARƏT PALATASI\nBÜLLETEN № 3 (47) · 2024-cü ilin III rübü (iyul–sentyabr)\n\n"
            "Forumda memorandum imzalandı; sənədə əsasən, tərəflər 2025-ci ildə Münhendə sərgi keçirəcəklər.\n"
            "Sentyabrın 9-dan 12-dək Saksoniya nümayəndə heyəti Bakıda səfərdə oldu.\n")
    assert _by_text(bilat.dates(text), "Sentyabrın 9-dan").edtf == "2024-09-09/2024-09-12"


def test_a_chronicles_entries_with_a_stop_after_the_month():
    text = "GƏNCƏ – 2023\n\n18 yanvar — Nümayəndə heyəti Gəncədə oldu.\n\n03.02. — Sərgi açıldı.\n\n12.04. — Memorandum imzalandı.\n"
    assert [_by_text(bilat.dates(text), f).edtf for f in ("03.02.", "12.04.")] == ["2023-02-03", "2023-04-12"]


def test_a_chronicles_month_heading_after_an_entry_recalling_another_year():
    # "JULY" heads the chronicle's next month: of the chronicle's year, not of the year the entry before recalled.
    text = ("CITY YEARBOOK 2019\n\nJUNE\n17 June — Ganja and Bursa marked the 20th anniversary of their twinning. The "
            "twinning agreement was signed in Bursa on 17 June 1999.\n\nJULY\n8 July — Students left for a summer school.\n")
    assert _by_text(bilat.dates(text), "8 July").edtf == "2019-07-08"


def test_a_chronicles_jalali_entries_after_an_entry_recalling_another_year():
    text = ("سالنامه شهر اصفهان\n\nدر سال ۱۴۰۲ بیست هیئت خارجی در شهرداری پذیرفته شد.\n\n۲۰ فروردین — هیئت شهرداری شیان با شهردار اصفهان دیدار کرد. پیمان خواهرخواندگی "
            "اصفهان و شیان در آبان ۱۳۸۸ در شیان امضا شده بود.\n\n۳ اردیبهشت — نمایشگاه عکس گشایش یافت.\n")
    assert _by_text(bilat.dates(text), "۳ اردیبهشت").edtf == "2023-04-23"


def test_a_blog_posts_heading_with_its_title_dates_its_today():
    text = ("Школьный блог\n\n15.12.2023 | Выставка «Сказки двух народов»\nСегодня в рекреации открылась выставка.\n\n"
            "18.09.2023 | Мы в Бишкеке!\nПозавчера наша делегация прилетела в Бишкек.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("Сегодня", "Позавчера")] == ["2023-12-15", "2023-09-16"]


@pytest.mark.parametrize("text, fragment, expected", [
    ("50 ЛЕТ НАЗАД\n\n«Бакинский рабочий», 10 мая 1974 г.\n«Ансамбль дал концерт».\n\n«Бакинский рабочий», 14 мая 1974 г.\n"
     "«Накануне в Баку прибыла делегация деятелей культуры Турции».\n", "Накануне", "1974-05-13"),
    ("50 İL ƏVVƏL\n\n«Mədəniyyət carçısı», 14 oktyabr 1975-ci il, № 82\n«Günlər açıldı».\n\n«Mədəniyyət carçısı», 18 "
     "oktyabr 1975-ci il, № 84\n«Dünən Bakıda Qazaxıstan ədəbiyyatı günləri başa çatdı».\n", "Dünən", "1975-10-17"),
])
def test_an_archive_issue_quoted_under_its_outlet_and_day(text, fragment, expected):
    # "«Бакинский рабочий», 14 мая 1974 г." over a quoted item: the issue's day, which its "yesterday" counts from
    assert _by_text(bilat.dates(text), fragment).edtf == expected


@pytest.mark.parametrize("text, fragment, expected", [
    ("12 марта 2024 года в Баку открылась выставка, приуроченная к 33-й годовщине установления дипломатических "
     "отношений (2 января 1992 года). На следующий день состоялся круглый стол.", "На следующий день", "2024-03-13"),
    ("On 5 May 2022 an exhibition opened in Baku to mark the 30th anniversary of diplomatic relations (2 April 1992). "
     "The next day a concert was held.", "The next day", "2022-05-06"),
    ("5 may 2022-ci ildə Bakıda diplomatik əlaqələrin 30 illiyinə (2 aprel 1992) həsr olunmuş sərgi açıldı. Ertəsi gün "
     "konsert keçirildi.", "Ertəsi gün", "2022-05-06"),
    ("۱۵ اردیبهشت ۱۴۰۱ نمایشگاهی به مناسبت سی‌امین سالگرد برقراری روابط دیپلماتیک (۱۰ فوریه ۱۹۹۲) در باکو گشایش یافت. "
     "روز بعد کنسرتی برگزار شد.", "روز بعد", "2022-05-06"),
])
def test_the_day_an_anniversary_marks_is_an_aside(text, fragment, expected):
    # "(2 January 1992)" after the anniversary's noun is the day of what it marks: the text goes on in its own days.
    found = bilat.dates(text)
    assert _by_text(found, fragment).edtf == expected
    assert any(t.qualifier == "commemorated" for t in found)


def test_a_transcripts_place_venue_day_and_hour_date_it():
    # "Baku, Ministry of Culture, Friday, 22 November 2024, 13:00" under a transcript's title: its "yesterday" is 21st.
    text = ("TRANSCRIPT\nJoint press conference of the two ministers of culture following their talks\n\n"
            "Baku, Ministry of Culture, Friday, 22 November 2024, 13:00\n\n"
            "MINISTER: Yesterday the delegation visited the Old City, and today we signed the programme.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("Yesterday", "today")] == ["2024-11-21", "2024-11-22"]


def test_a_programmes_jalali_day_headings_are_of_its_titles_days():
    # "جمعه ۱۲ آبان" heading a festival's programme of "۱۲ تا ۱۸ آبان ۱۴۰۲" is of 1402, not of the earlier edition
    # (۱۳۹۶) a paragraph before it recalled.
    text = ("نهمین جشنوارهٔ فیلم – تبریز\n۱۲ تا ۱۸ آبان ۱۴۰۲\n\nپیش از آن نیز هفتهٔ فیلم از ۵ تا ۹ آذر ۱۳۹۶ در تهران برپا شده بود.\n\n"
            "جمعه ۱۲ آبان – آیین افتتاحیه\nسینما قدس – ساعت ۱۸: نمایش فیلم افتتاحیه\n\nشنبه ۱۳ آبان\nسینما قدس – ساعت ۱۰: نمایش فیلم\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("جمعه ۱۲ آبان", "شنبه ۱۳ آبان")] == ["2023-11-03", "2023-11-04"]


@pytest.mark.parametrize("text, fragment, expected", [
    ("Гала-концерт прошёл в субботу, 14 октября 2023 года. В тот же вечер в кинотеатре «Атлас 1948» начались показы "
     "кино. Завершились Дни культуры 16 октября.", "16 октября", "2023-10-16"),
    ("The gala took place on 14 October 2023. That evening the \"Atlas 1948\" cinema began its screenings. The Days "
     "closed on 16 October.", "16 October", "2023-10-16"),
])
def test_a_year_closing_a_quoted_name_is_an_aside(text, fragment, expected):
    assert _by_text(bilat.dates(text), fragment).edtf == expected


def test_a_feeds_bracketed_stamp_with_a_dash_before_its_hour_dates_its_post():
    # "[۱۴۰۳/۰۸/۰۵ — ۰۹:۳۰]" over a channel's post: its "روز گذشته" is the day before, not the newest post's.
    text = ("کانال رسمی سفارت\n\n[۱۴۰۳/۰۸/۲۰ — ۲۰:۱۵]\nنشست ادبی امروز برگزار شد.\n\n"
            "[۱۴۰۳/۰۸/۰۵ — ۰۹:۳۰]\nغرفهٔ ایران در نمایشگاه صنایع دستی باتومی روز گذشته افتتاح شد.\n")
    assert _by_text(bilat.dates(text), "روز گذشته").edtf == "2024-10-25"


def test_a_reports_span_of_days_dates_its_days_after_an_older_signing():
    # "Oktyabrın 11-dən 16-dək" in a report of 25 October 2024 is 2024's: its "oktyabrın 12-də" too, though a programme
    # signed "2023-cü il martın 3-də" was named between.
    text = ("Oktyabrın 11-dən 16-dək Gürcüstanda Azərbaycan Mədəniyyəti Günləri keçirildi. Tədbirlər 2023-cü il martın "
            "3-də imzalanmış proqram çərçivəsində keçirilib. Növbəti gün, oktyabrın 12-də, Milli Muzeydə sərgi açıldı.")
    assert _by_text(bilat.dates(text, published="2024-10-25"), "oktyabrın 12-də").edtf == "2024-10-12"


def test_a_jalali_year_named_by_its_calendar_and_the_march_days_after_it():
    # "1403 годом по иранскому календарю" is the Jalali year; "4 марта" in a bulletin sent on 29 March 2024 is 2024's,
    # not the March of 2025 the Jalali year also holds.
    text = ("ИНФОРМАЦИОННЫЙ ВЕСТНИК\nрассылка от 29 марта 2024 г.\n\nПоздравляем всех с наступившим 1403 годом по "
            "иранскому календарю!\n\nИТОГИ МАРТА\n\n• 4 марта стартовал весенний набор курсов персидского языка.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("1403 годом", "4 марта")] == ["2024-03-20/2025-03-20", "2024-03-04"]


def test_a_weekday_after_a_span_of_weekdays_and_a_year_told_in_passing():
    # "از شنبه ۲۳ تا دوشنبه ۲۵ اردیبهشت ۱۴۰۲": the conference's days; its "روز یکشنبه" is the Sunday among them, though
    # a year was named in between ("از سال ۲۰۱۹").
    text = ("همایش بین‌المللی از شنبه ۲۳ تا دوشنبه ۲۵ اردیبهشت ۱۴۰۲ در دانشگاه برگزار شد. این همایش از سال ۲۰۱۹ هر "
            "دو سال یک بار برگزار می‌شود. روز یکشنبه نمایشگاه کتاب گشایش یافت.")
    assert _by_text(bilat.dates(text), "روز یکشنبه").edtf == "2023-05-14"


def test_a_birth_is_no_dateline_and_a_recordings_note_dates_the_interview():
    # "(р. 2 марта 1936 г., Кутаиси)" is the speaker's birth: "в прошлом году" counts from the recording's day, and a
    # year said in two words ("восемьдесят четвёртого") is of the century nearest the one spoken of, up to that day.
    text = ("Интервью № 47. Гоциридзе Тамара Шалвовна (р. 2 марта 1936 г., Кутаиси), художник театра.\n"
            "Запись: 14 марта 2019 г., Тбилиси.\n\n[00:02:15] М. К.: Когда вы были в Париже?\n\n"
            "[00:02:31] Т. Г.: В семьдесят втором году. Весной восемьдесят четвёртого — в Лионе. А в прошлом году "
            "внучка возила мои эскизы в Париж.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("Весной восемьдесят четвёртого", "в прошлом году")] == ["1984", "2018"]


def test_a_captions_closing_place_and_day_are_of_the_reports_days():
    # "... in Minsk in 2019. Minsk, 18 September." under a gallery published on 27 September 2023: 2023's day.
    text = ("IN PICTURES: Days of Chinese Culture\nPublished 27 September 2023, 18:40\n\nThe Days ran from 18 to 26 "
            "September. The last such festival took place in 2019.\n\nPhoto 2/12\nSoloists during the opening gala "
            "concert. The company last performed in Minsk in 2019. Minsk, 18 September.\nPhoto: Alena Kuzmich\n")
    assert _by_text(bilat.dates(text), "18 September").edtf == "2023-09-18"


def test_last_year_told_in_passing_and_the_day_before_a_day_told():
    # A blog post of 18 February 2024: "В прошлом году" is an aside, "8 февраля" after it is 2024's, and "накануне"
    # after that day is the day before it (not the post's eve).
    text = ("18.02.2024\nТегеран в ритме даф\n\nВ этом году я поехала на фестиваль «Фаджр», который проходил с 9 по "
            "13 февраля. В прошлом году я тоже собиралась, но не успела оформить визу.\n\nПриехала я 8 февраля, поздно "
            "вечером, и сразу выяснилось, что накануне в Русском доме открылась фотовыставка.\n")
    found = bilat.dates(text)
    assert [_by_text(found, f).edtf for f in ("8 февраля", "накануне")] == ["2024-02-08", "2024-02-07"]


def test_the_eve_with_no_day_told_is_the_reports():
    found = bilat.dates("МОСКВА, 14 марта 2024. Накануне министр культуры встретилась с послом.")
    assert _by_text(found, "Накануне").edtf == "2024-03-13"


@pytest.mark.parametrize("text, fragment, expected", [
    ("1-ci gün (9 iyul 2025, çərşənbə)\nSəhər Minskə uçdum.\n\n2-ci gün\nFestival açıldı.\n\n3-cü gün\nBu gün konsert oldu.\n",
     "Bu gün", "2025-07-11"),
    ("Day 1 (Saturday, 6 September 2025)\nWe flew to Tashkent.\n\nDay 2\nA walk in the old town.\n\nDay 3\nToday we "
     "visited the museum.\n", "Today", "2025-09-08"),
    ("День 1 (8 февраля 2024 г.)\nПрилетела в Тегеран.\n\nДень 2\nОткрытие фестиваля.\n", "День 2", "2024-02-09"),
])
def test_a_diarys_day_headings_count_on_from_the_one_that_gave_its_day(text, fragment, expected):
    assert _by_text(bilat.dates(text), fragment).edtf == expected


def test_the_next_day_opening_a_day_headings_entry_is_that_day():
    text = ("1-ci gün (9 iyul 2025)\nUçdum.\n\n2-ci gün\nFestival açıldı.\n\n3-cü gün\nErtəsi gün səhər ustad dərsinə "
            "getdim.\n")
    assert _by_text(bilat.dates(text), "Ertəsi gün").edtf == "2025-07-11"
