"""A report's title year over the year its background recalls, in reports signed in the next year too (but not a
book's imprint, nor a school year); a table's rows dated by a day and month or a month; a blog's "last week" told
under weekday headings; a news item dated by its foot over a block of related news."""
import pytest

import bilat


def _values(text, published=None):
    return [(t.text, t.edtf) for t in bilat.dates(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    ("BAKI HUMANİTAR UNİVERSİTETİ\n2023-cü il üzrə illik hesabat\n\nQazaxıstan ilə əlaqələr\n\n"
     "Əlaqələrimiz on ildən artıqdır: ilk müqavilə 2012-ci ildə imzalanmışdır.\n\n"
     "Yanvar. Yanvarın 24-də Almatı akademiyası ilə memorandum imzalanmışdır.\n",
     ("Yanvarın 24-də", "2023-01-24")),
    ("MƏDƏNİYYƏT MƏRKƏZİ\n\n2023-cü il üzrə fəaliyyət hesabatı\n\nMərkəz 1993-cü ilin martında yaradılıb.\n\n"
     "Tarix | Tədbir | Yer\n20 yanvar | Anım tədbiri | Daşkənd\n\nDaşkənd, 10 yanvar 2024-cü il\n",
     ("20 yanvar", "2023-01-20")),
])
def test_a_reports_title_year_dates_its_months_over_a_recalled_year(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text,expected", [
    # a memoir's imprint under its title: its "that year" is the year the chapter recalls
    ("Arif Məmmədli\nTEHRAN DƏFTƏRİ: XATİRƏLƏR\n(Bakı: «Qanun», 2016), səh. 87–94\n\nIII FƏSİL\n\n"
     "1997-ci ildə Tehrana gəldim.\n\nHəmin ilin oktyabrında Təbrizdə kitabxana açıldı.\n",
     ("Həmin ilin oktyabrında", "1997-10")),
    # a school year's first year names no year of the report's spring
    ("HOLLINS PARK ACADEMY\nInternational Links Report, School Year 2023–24\n\nPrepared for the meeting of 3 July 2024\n\n"
     "Our link goes back to 2019.\n\nSpring term\n- On 21 March the pupils sent their letters.\n",
     ("21 March", "2024-03-21")),
])
def test_an_imprint_or_a_school_year_is_no_title_year(text, expected):
    assert expected in _values(text)


def test_a_tables_rows_dated_by_day_and_month_or_by_month():
    text = ("ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА 2023 ГОД\n\nЦентр открыт в сентябре 2009 года.\n\nДата | Мероприятие | Место\n"
            "27.01 | Вечер памяти | актовый зал\n15–17.03 | Визит делегации | г. Ош\n"
            "апрель | Фотовыставка «Урал» | галерея\n03.07–21.07 | Летняя школа | ОшГУ\n")
    got = _values(text)
    for x in [("27.01", "2023-01-27"), ("15–17.03", "2023-03-15/2023-03-17"), ("апрель", "2023-04"),
              ("03.07–21.07", "2023-07-03/2023-07-21")]:
        assert x in got, got
    # (an item's number in a table's first cell is no day: "1.4 | Открытие бюста")
    assert not [v for v in _values("План на 2023 год\n\n1.4 | Открытие бюста | пос. Константиново\n") if v[0] == "1.4"]


def test_last_week_told_under_weekday_headings():
    text = ("یک هفته در دوشنبه\n\nنوشته: نسرین | سه‌شنبه ۱۳ آذر ۱۴۰۳\n\nاز سفر هفته گذشته بنویسم.\n\n"
            "شنبه: رسیدن و افتتاحیه\nروزهای فرهنگی ایران افتتاح شد.\n\nیکشنبه: نمایشگاه\nنمایشگاه خوشنویسی گشایش یافت.\n\n"
            "سه‌شنبه: دانشگاه\nتفاهم‌نامه امضا شد.\n")
    got = [v for _t, v in _values(text)]
    assert "2024-11-23" in got and "2024-11-24" in got and "2024-11-26" in got, got
    assert "2024-11-30" not in got and "2024-12-01" not in got, got


def test_last_week_in_passing_leaves_a_weekday_of_this_week():
    text = ("«ОМСКИЙ КУРЬЕР» · № 27 · пятница, 5 июля 2024 г.\n\nШкольники только на прошлой неделе вернулись из лагеря.\n\n"
            "— Как прошёл визит?\n— Очень насыщенно. Во вторник — встреча с ректорами омских вузов.\n")
    assert ("Во вторник", "2024-07-02") in _values(text)


def test_a_foot_dateline_above_the_related_news():
    text = ("MİLLİ MƏCLİS\n\nDeputatlar Astanada səfərdə olublar\n\nNümayəndə heyəti martın 11-dən 13-dək Qazaxıstanda "
            "rəsmi səfərdə olub. Həsənli xatırladıb ki, 2022-ci ilin oktyabrında Astanada Mədəniyyət Günləri keçirilib.\n\n"
            "Ertəsi gün deputatlar dostluq qrupunun üzvləri ilə görüşüblər.\n\nHəmin gün nümayəndə heyəti universitetdə "
            "olub.\n\nSəfərin son günü nümayəndə heyəti heykəlin önünə gül dəstələri qoyub.\n\nTərəflər cavab səfərinin "
            "təşkili barədə razılığa gəliblər.\n\nMətbuat şöbəsi\n14.03.2024, 17:25\n\n---------------------------------------\n"
            "ƏLAQƏLİ XƏBƏRLƏR\n\n05.03.2024 | 11:15\nSədr müavini səfir ilə görüşüb\n\n21.02.2024 | 18:20\nMilli Məclisdə "
            "tədbir keçirilib\n\n28.12.2023 | 14:05\nBakıda əməkdaşlıq memorandumu imzalanıb\n"
            "---------------------------------------\n")
    assert ("martın 11-dən 13-dək", "2024-03-11/2024-03-13") in _values(text)


def test_a_visits_weekdays_and_days_with_no_year_and_its_days_by_number():
    text = ("وزیر فرهنگ از یکشنبه ۱۶ تا سه‌شنبه ۱۸ مهرماه به شهر دوشنبه سفر کرد.\n\nروز نخست\nوزیر با همتای خود دیدار کرد.\n\n"
            "روز دوم\nبرنامه اجرایی همکاری‌ها امضا شد.\n")
    got = _values(text, published="2023-10-11")
    assert ("از یکشنبه ۱۶ تا سه‌شنبه ۱۸ مهرماه", "2023-10-08/2023-10-10") in got and ("روز دوم", "2023-10-09") in got, got


def test_a_datelines_day_is_no_anniversary_it_recalls():
    text = ("30 İL ÖTÜR\n\nBakı, 2 oktyabr, Xəzər-İnfo\n\nBu gün diplomatik münasibətlərin qurulmasından otuz il ötür.\n\n"
            "Diplomatik münasibətlər 1995-ci il oktyabrın 2-də qurulub. 2001-ci ildə mədəni əməkdaşlıq haqqında saziş "
            "imzalanıb, 2017-ci ildə isə Səmərqənddə Mədəniyyət Günləri keçirilib.\n")
    got = _values(text)
    assert ("2 oktyabr", "1995-10-02") not in got and ("Bu gün", "1995-10-02") not in got, got


def test_a_datelines_year_from_the_anniversary_it_marks():
    text = ("Россия и Киргизия отмечают 30-летие дипломатических отношений\n\nБИШКЕК, 20 марта. /Корр. ИА «Евразия-Пресс» "
            "Айгуль Мамбетова/. Ровно тридцать лет назад, 20 марта 1992 года, две страны установили дипломатические "
            "отношения.\n\nВчера вечером в филармонии состоялся торжественный концерт.\n\nДни культуры прошли в сентябре "
            "2019 года.\n")
    assert ("Вчера вечером", "2022-03-19") in _values(text)
