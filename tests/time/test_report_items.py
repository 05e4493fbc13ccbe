"""A report's items under a month's heading: the heading alone on its line is a month of the report's
year, an item dated by its day alone ("On the 20th", "ayın 19-da", "26-го —", "۸ تا ۱۰ —") is a day of it."""
import pytest

import bilat


def _values(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


@pytest.mark.parametrize("text,expected", [
    ("Annual report 2023\n\nJanuary\n\nOn the 20th, the Institute held its gala.\n\nMarch\n\n"
     "14-16: seminar for teachers of Chinese.\n\nJuly – August\n\nSummer schools.",
     [("2023", "2023"), ("January", "2023-01"), ("On the 20th", "2023-01-20"), ("March", "2023-03"),
      ("14-16", "2023-03-14/2023-03-16"), ("July – August", "2023-07/2023-08")]),
    ("2023-cü il üzrə hesabat\n\nYanvar\n\nAyın 19-da səfir ilə görüş keçirilmişdir.\n\nAprel\n\n"
     "27-də olimpiadanın qalibləri mükafatlandırılmışdır.",
     [("2023-cü il", "2023"), ("Yanvar", "2023-01"), ("Ayın 19-da", "2023-01-19"), ("Aprel", "2023-04"),
      ("27-də", "2023-04-27")]),
    ("Отчёт за 2023 год\n\nЯнварь\n\n26-го — открыт Центр персидского языка.\n\nМарт\n\n"
     "20–21: праздник Новруз.",
     [("2023 год", "2023"), ("Январь", "2023-01"), ("26-го", "2023-01-26"), ("Март", "2023-03"),
      ("20–21", "2023-03-20/2023-03-21")]),
    ("گزارش عملکرد سال ۱۴۰۲\n\nخرداد\n\n۸ تا ۱۰ — برگزاری روزهای فرهنگ هند.\n\nدی\n\n"
     "۱۲ — افتتاح نمایشگاه.\n\nمهر\n\nدر روز ۲۴ این ماه نشست برگزار شد.",
     [("سال ۱۴۰۲", "2023-03-21/2024-03-19"), ("خرداد", "2023-05-22/2023-06-21"), ("۸ تا ۱۰", "2023-05-29/2023-05-31"),
      ("دی", "2023-12-22/2024-01-20"), ("۱۲", "2024-01-02"), ("مهر", "2023-09-23/2023-10-22"),
      ("روز ۲۴ این ماه", "2023-10-16")]),
])
def test_items_under_month_headings(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "The programme was approved in May 2023. Students may apply until the end of the term.",
    "Bu ay ərzində 14 tələbə təqaüd alıb. May ayında 20 konsert verilib.",
    "В зале было 26 человек, из них 14 — студенты.",
    "the 20th anniversary of the Institute was celebrated; the 19th century manuscripts were shown.",
])
def test_no_day_or_month_alone_in_running_text(text):
    # A month word in a sentence, a number in a sentence, an ordinal before a noun: none is a date.
    assert all(t.text not in ("May", "14", "26", "20th", "19th") for t in bilat.dates(text))


def test_a_heading_month_and_a_day_across_a_paragraph_break_are_not_one_date():
    assert ("March 14-16", "2023-03-14/2023-03-16") not in _values("Report 2023\n\nMarch\n\n14-16: seminar.")


def test_a_chronology_tables_year_cell():
    text = ("| Tarix | Hadisə |\n|---|---|\n| 2008 | Astanada Mərkəz fəaliyyətə başlayıb. |\n"
            "| 2014–2015 | Kino həftələri keçirilib. |\n| 2025 (plan) | Mədəniyyət ili keçiriləcək. |")
    assert _values(text) == [("2008", "2008"), ("2014–2015", "2014/2015")]
    assert _values("2005\tAzərbaycan ili\n") == [("2005", "2005")]  # a DOCX table's row


def test_a_spreadsheets_date_cells():
    # A cell's day with its year in two digits takes the century of the year the text speaks of; a row's number
    # and the month in the next cell are no day ("7<TAB>May").
    text = "Activities 2023\nNo\tDate\tActivity\n7\tMay\tContest\n8\t8.6.23\tVisit\n9\t21.11.23\tWorkshop\n"
    assert _values(text) == [("2023", "2023"), ("May", "2023-05"), ("8.6.23", "2023-06-08"), ("21.11.23", "2023-11-21")]
    assert _values("Protokoll 1.2.23 Abschnitt") == []  # (in running text: a section's number)
    assert _values("Отчёт\n1\t12.04.23\tУрок\n") == [("12.04.23", None)]  # (no year spoken of: the century is not known)
    assert _values("Отчёт\n11\tиюль–август\tЛетняя школа\n") == [("июль–август", "XXXX-07/XXXX-08")]
    assert ("17.07.-28.07.2023", "2023-07-17/2023-07-28") in _values("Activities\n9\t17.07.-28.07.2023\tSummer school\n")


@pytest.mark.parametrize("text,expected", [
    ("Channel\n\n20 May 2024, 22:10\n\nThe Days came to a close tonight with a gala concert.\n\n19 May 2024, 09:00\n\n"
     "Today the minister laid flowers.", [("20 May 2024", "2024-05-20"), ("tonight", "2024-05-20"),
                                          ("19 May 2024", "2024-05-19"), ("Today", "2024-05-19")]),
    ("کانال\n\n🕘 ۲۸ آذر ۱۴۰۳ | ۰۹:۱۵\n\nمراسم دیشب در قونیه برگزار شد.\n\n🕘 ۲۶ آذر ۱۴۰۳ | ۲۱:۱۰\n\n"
     "هیئت امروز وارد قونیه شد.", [("۲۸ آذر ۱۴۰۳", "2024-12-18"), ("دیشب", "2024-12-17"),
                                   ("۲۶ آذر ۱۴۰۳", "2024-12-16"), ("امروز", "2024-12-16")]),
])
def test_a_channels_posts_each_headed_by_date_and_time(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # An item closed by its own line of dates: its weekdays count from that day, not from the item's before.
    ("University news\n\n----------\n\nLecture on Caucasian history\n\n"
     "A long item on a guest lecture given by a professor from Jena to more than a hundred students and staff of "
     "the university, in the main building of the campus.\n\nPosted: 24 February 2025\n\n----------\n\n"
     "Students from Göttingen at TSU\n\nA group of students of Slavic philology from the University of Göttingen "
     "arrived in Tbilisi on Monday, 25 November, for a study visit. On Tuesday the guests were received by the "
     "Vice-Rector.\n\nPosted: 29 November 2024\n",
     [("On Tuesday", "2024-11-26")]),
    ("Xəbərlər\n\n__________\n\nMərkəz açıldı\n\nUniversitetdə Qazax dili və mədəniyyəti mərkəzinin açılış mərasimi "
     "keçirilib, mərasimdə səfir, rektor, müəllimlər və tələbələr iştirak ediblər, kitablar hədiyyə olunub.\n\n"
     "Dərc olunub: 19.09.2024\n\n__________\n\nNümayəndə heyəti\n\nQazaxıstan universitetinin tələbə nümayəndə "
     "heyəti universitetimizdə qonaq olub. Çərşənbə axşamı qonaqlar Heydər Əliyev Mərkəzini ziyarət ediblər, "
     "açıq dərslərdə iştirak ediblər.\n\nDərc olunub: 27.05.2024\n",
     [("Çərşənbə axşamı", "2024-05-21")]),
])
def test_items_closed_by_their_line_of_dates(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # A weekly digest published the day after the week it reviews: its weekdays are that week's.
    ("HƏFTƏNİN İCMALI, 14–20 OKTYABR 2024\n\nBakı, 21 oktyabr, XXİA\n\nÖtən həftə zəngin oldu.\n\n"
     "Bazar ertəsi muzeydə sərginin açılışı olub. Çərşənbə axşamı nazir səfirlə görüşüb.",
     [("Bazar ertəsi", "2024-10-14"), ("Çərşənbə axşamı", "2024-10-15")]),
    ("Week in review, 13–19 May 2024\n\nTASHKENT, May 20 (CAN) — Culture dominated the past week.\n\n"
     "On Monday, the minister received the ambassador. On Tuesday, an exhibition opened.",
     [("On Monday", "2024-05-13"), ("On Tuesday", "2024-05-14")]),
])
def test_a_digests_weekdays_are_of_the_week_it_reviews(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_weekday_after_last_week_in_a_report_days_later_is_the_latest_such_day():
    # (Saturday's newsletter: "last week" is Monday to Sunday of the week before, its Tuesday the latest before the
    # report, as Iranian weeks run from Saturday)
    values = _values("شنبه ۱۸ آذر ۱۴۰۲\n\nآنچه در هفته گذشته گذشت\n\nسه‌شنبه تفاهم‌نامه امضا شد.")
    assert ("سه‌شنبه", "2023-12-05") in values, values


def test_a_day_written_out_restates_the_next_day():
    # ("the next day" after a span of days would count from its last; the day written out says which it is)
    values = _values("The exhibition opened on 14 November 2023. It is part of the Days of Culture held on 13-17 "
                     "November 2023. The next day, 15 November, the library hosted a round table.")
    assert ("The next day", "2023-11-15") in values, values


@pytest.mark.parametrize("text,expected", [
    # A reminder of the past ("Напомним, что ...") is an aside: the days told after it are of the report's year.
    ("Гомель, 16 мая 2025 г. Вчера открылась выставка. Напомним, что предыдущая программа была подписана 18 марта "
     "2022 г. в Минске. С 14 по 16 мая в области проходят Дни культуры.",
     [("С 14 по 16 мая", "2025-05-14/2025-05-16")]),
    ("Bakı, 14 oktyabr 2024. Sərgi açılıb. Xatırladaq ki, proqram 2022-ci ildə imzalanıb. Oktyabrın 8-də isə "
     "konsert olub.",
     [("Oktyabrın 8-də", "2024-10-08")]),
    ("BAKU, 14 October 2024. An exhibition opened. As reported earlier, the programme was signed in March 2021. "
     "On 8 October a concert was given.",
     [("8 October", "2024-10-08")]),
    ("تهران، ۲۰ آبان ۱۴۰۳ — نمایشگاه گشایش یافت. یادآور می‌شود تفاهم‌نامه در ۱۲ مهر ۱۳۹۹ امضا شده بود. "
     "روز ۱۵ آبان نیز کنسرتی برگزار شد.",
     [("۱۵ آبان", "2024-11-05")]),
])
def test_a_reminder_of_the_past_is_an_aside(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_pages_posted_line_with_its_hour_dates_it():
    values = _values("АНОНС НА НЕДЕЛЮ\nРазмещено: понедельник, 12.05.2025, 09:30\n\nВчера прошёл концерт.")
    assert ("Вчера", "2025-05-11") in values, values


def test_a_note_on_the_background_is_an_aside():
    # "Qeyd edək ki, ... ötən ilin dekabrında ...": the programme's days after it are of the report's year
    values = _values("Daşkənd, 16 oktyabr 2024. Həftə davam edir. Qeyd edək ki, ötən ilin dekabrında Xivədə festival "
                     "keçirilib.\n\nHƏFTƏNİN PROQRAMI\n\n14 oktyabr, bazar ertəsi – Rəsmi açılış\n")
    assert ("14 oktyabr, bazar ertəsi", "2024-10-14") in values, values


def test_a_list_told_in_order_turns_into_the_next_year():
    # a report of March 2025 on a show of November 2024 to February: its January is 2025's
    values = _values("Москва, 3 марта 2025 г.\n\nВыставку 14 ноября 2024 года открыли заместитель министра "
                     "культуры России и министр культуры Азербайджана.\n\n"
                     "• 12 декабря — круглый стол.\n• 20–26 января — неделя мастер-классов.\n• 7 февраля — показ фильма.\n")
    assert ("20–26 января", "2025-01-20/2025-01-26") in values and ("7 февраля", "2025-02-07") in values, values


def test_a_posts_line_with_its_author_dates_it():
    values = _values("Five days in Baku: my Book Fair diary\nPosted on 17/10/2023 by Catriona Hale · Filed under: Book "
                     "fairs · 6 comments\n\nLast week I spent five days at the Baku International Book Fair.")
    assert ("Last week", "2023-10-09/2023-10-15") in values, values


@pytest.mark.parametrize("text,expected", [
    # a paper of Friday 17 May on a visit of 6–11 May: the weekdays it tells after the visit's days are of them
    ("QAX XƏBƏRLƏRİ · 17 may 2024-cü il, cümə\n\nŞagirdlər mayın 6-dan 11-dək Telavidə səfərdə olublar.\n\n"
     "Qrup bazar ertəsi səhər sərhədi keçib. Çərşənbə günü birgə konsert keçirilib.",
     [("bazar ertəsi", "2024-05-06"), ("Çərşənbə günü", "2024-05-08")]),
    ("The Carlisle Courier, Friday 17 May 2024\n\nFourteen pupils spent 6-11 May in Sheki. On Wednesday they gave a "
     "joint concert.", [("On Wednesday", "2024-05-08")]),
])
def test_a_reports_weekdays_after_the_days_it_tells_are_of_them(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a season's two years: its months from August on are of the first, the others of the second
    ("ОГЛЯДЫВАЯСЬ НАЗАД: СЕЗОН 2023/2024\n\n• 14 октября 2023 года сезон открыл бакинский пианист.\n"
     "• В феврале в Малом зале прошёл вечер памяти Кара Караева.\n• 4–7 марта дирижёр провёл мастер-классы.\n",
     [("СЕЗОН 2023/2024", "2023/2024"), ("В феврале", "2024-02"), ("4–7 марта", "2024-03-04/2024-03-07")]),
    ("LOOKING BACK: SEASON 2023/2024\n\n- In October the violinist made his debut.\n- On 25 January our brass quintet "
     "played Burns Night in Baku.\n", [("25 January", "2024-01-25")]),
    # ... its second year in two digits, under a page that told other years before
    ("Since 2005 the theatre has hosted 46 productions.\n\n2017/18 season\n• 24–25 November — Mariinsky Ballet: "
     "\"Giselle\".\n• 8 March — Gala of soloists of the Bolshoi Theatre.\n",
     [("2017/18", "2017/2018"), ("24–25 November", "2017-11-24/2017-11-25"), ("8 March", "2018-03-08")]),
    ("Сезон 2017/18\n\n• 24–25 ноября — Мариинский балет.\n• 8 марта — гала-концерт солистов Большого театра.\n",
     [("Сезон 2017/18", "2017/2018"), ("8 марта", "2018-03-08")]),
])
def test_a_seasons_months_are_of_its_two_years(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_year_in_reviews_days_after_its_publication_are_of_the_year_it_reviews():
    # "2024-cü il rəqəmlərdə" published on 15 January 2025: a list of figures is no days, its "martın 18-də" is 2024's,
    # the 1992 of an agreement "1992-ci ildə bağlanmış" an aside, and a declaration's day before its anniversary too
    text = ("NAZİRLİK\nXəbərlər\n\nAzərbaycan–Türkiyə mədəni əməkdaşlığı: 2024-cü il rəqəmlərdə\n15.01.2025 | 11:40\n\n"
            "RƏQƏMLƏRLƏ\n• 64 — birgə mədəni tədbir\n• 12 — sərgi\n\nİLİN ƏSAS HADİSƏLƏRİ\n\nYanvar. Ayın 19-da Ankarada "
            "proqram imzalandı. Sənəd 1992-ci ildə bağlanmış sazişə əsaslanır.\n\nMart. Novruz ərəfəsində, martın 18-də "
            "konsert keçirildi.\n\nİyun. Şuşa Bəyannaməsinin (15 iyun 2021) üçüncü ildönümündə birgə konsert oldu. "
            "İyulun 1-dən 3-dək Qəbələdə festival keçirildi.\n")
    values = _values(text)
    assert ("12", None) in values and ("Ayın 19-da", "2024-01-19") in values, values
    assert ("martın 18-də", "2024-03-18") in values and ("İyulun 1-dən 3-dək", "2024-07-01/2024-07-03") in values, values


@pytest.mark.parametrize("text,expected", [
    # a blog's post under its day and hour: its "yesterday" counts from that day, not from the latest post's
    ("خداحافظ آنکارا\nچهارشنبه ۳۰ خرداد ۱۴۰۳ – ساعت ۲۳:۱۵\n\nامتحان آخر امروز تمام شد.\n\n-----\nنگارگری\n"
     "پنجشنبه ۳ خرداد ۱۴۰۳ – ساعت ۲۱:۰۲\n\nدیروز رئیس دانشگاه تبریز به آنکارا آمد.\n", [("دیروز", "2024-05-22")]),
])
def test_a_posts_day_with_its_hour_dates_it(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_the_year_of_what_an_anniversary_marks_is_an_aside():
    # "the 105th anniversary of the Azerbaijan Democratic Republic of 1918": the report's days go on in its year
    values = _values("REPORT OF THE BOARD\nReporting period: 1 January – 31 December 2023\n\nOn 28 May we marked the "
                     "105th anniversary of the Azerbaijan Democratic Republic of 1918 with a reception. The mugham trio "
                     "gave three concerts at the Fringe on 14–16 August.")
    assert ("14–16 August", "2023-08-14/2023-08-16") in values, values


def test_a_list_under_year_headings_keeps_each_years_days():
    # (a list told backwards under its years' headings does not turn into the next year)
    values = _values("Son yenilənmə: 20.03.2024\n\n2023\n▪ 11–15.12.2023 – Türk dili kursunun məzunlarına sertifikatlar "
                     "təqdim olundu.\n▪ 12 mart – İstiklal Marşının ildönümü münasibətilə ədəbi gecə keçirildi.\n")
    assert ("12 mart", "2023-03-12") in values, values


@pytest.mark.parametrize("text,expected", [
    # what a speaker recalled ("вспомнили, что ... в 1854 году") is an aside: the report goes on in its own year
    ("Омск, 29 сентября 2023 г. 23 августа в музее состоялся круглый стол. Участники вспомнили, что Валиханов "
     "познакомился с Достоевским в 1854 году. 14 сентября университеты подписали соглашение.",
     [("14 сентября", "2023-09-14")]),
    ("OMSK, 29 September 2023. On 23 August a round table was held. The speakers recalled that the two writers had met "
     "in 1854. On 14 September the universities signed an agreement.", [("14 September", "2023-09-14")]),
])
def test_what_a_speaker_recalled_is_an_aside(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_pluperfect_clause_is_an_aside():
    # fa "... در شهریور ۱۴۰۰ در دوشنبه امضا شده بود": what had been done before; the report's days keep their year
    values = _values("تهران، ۱۶ آذر ۱۴۰۳ — برنامه جدید امضا شد. برنامه پیشین در شهریور ۱۴۰۰ در دوشنبه امضا شده بود. "
                     "نمایشگاه تا ۳۰ آذر دایر خواهد بود.")
    assert ("تا ۳۰ آذر", "../2024-12-20") in values, values


@pytest.mark.parametrize("text,expected", [
    # a blog's diary of a tour: the year only in its intro, years of its background after it; "Вторник, 5 ноября" is the
    # intro's year's, in which it is a Tuesday (not 2016's, told last)
    ("Гастрольный дневник\n\nОсенью 2024 года наш хор поехал в Ташкент. Впервые мы были там в 2016 году.\n\n"
     "Вторник, 5 ноября\n\nПервый концерт — в консерватории.\n",
     [("Вторник, 5 ноября", "2024-11-05")]),
    ("Minutes of the meeting of Thursday 6 March 2025\n\nThe society was founded in 2011; its first tour was in "
     "2013.\n\nNext meeting: Thursday 3 April.\n", [("Thursday 3 April", "2025-04-03")]),
])
def test_a_yearless_weekday_and_day_take_the_texts_year_in_which_it_is_that_weekday(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a year's chronicle, its month headings of the title's year: ", opened in our centre in 2017" is an aside
    ("CHRONICLE OF THE WORK, 2023\n\nThe department went on. The Azerbaijani Reading Room, opened in our centre in 2017 "
     "with the support of the Embassy, was visited by 3,870 readers.\n\nJanuary\nOn 20 January the department held a "
     "memorial evening.\n", [("20 January", "2023-01-20")]),
    ("ЛЕТОПИСЬ РАБОТЫ ОТДЕЛА, 2023\n\nОтдел продолжил сотрудничество. Азербайджанский читальный зал, открытый в нашем "
     "центре в 2017 году при поддержке посольства, посетили 3870 читателей.\n\nЯнварь\n20 января отдел провёл вечер "
     "памяти.\n", [("20 января", "2023-01-20")]),
])
def test_a_participle_after_a_comma_tells_an_aside(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_a_date_a_storys_sentence_calls_dated_is_no_date_field_of_the_text():
    # "his student card, dated 1.09.1949" in a blog post's story: not the day the post was written ("the seventies" after
    # 1969 are the 1970s, "yesterday" of the post's own day)
    values = _values("Family history blog\nPosted on 8 March 2022 by Leyla Huseynova-Aliyeva | Categories: Family, Music, Baku | 14 comments\n\nGRANDPA\n\n"
                     "He was admitted to the Leningrad Conservatory in September 1949. Grandpa kept his student card, "
                     "dated 1.09.1949, and I scanned it.\n\nHe toured Moscow in October 1969. In the seventies he taught "
                     "in Baku.\n\nYesterday a package arrived from St Petersburg.\n")
    assert ("In the seventies", "197X") in values and ("Yesterday", "2022-03-07") in values, values


@pytest.mark.parametrize("text,expected", [
    # a bulletin's masthead year in a cell ("· 2024 ·") and its week's heading: the weekdays heading its days are of it
    ("MƏRKƏZİN BÜLLETENİ · 2024 · № 7\n\nHƏFTƏNİN XRONİKASI: 15–21 APREL\n\nBu həftə mərkəzdə 6 tədbir keçirildi.\n\n"
     "BAZAR ERTƏSİ\nMərkəzdə sərgi açıldı.\n\nÇƏRŞƏNBƏ\nDəyirmi masa təşkil olundu.\n",
     [("15–21 APREL", "2024-04-15/2024-04-21"), ("BAZAR ERTƏSİ", "2024-04-15"), ("ÇƏRŞƏNBƏ", "2024-04-17")]),
    ("ВЕСТНИК ЦЕНТРА · 2024 · № 7\n\nХРОНИКА НЕДЕЛИ: 15–21 АПРЕЛЯ\n\nПОНЕДЕЛЬНИК\nВ центре открылась выставка.\n\n"
     "СРЕДА\nПрошёл круглый стол.\n", [("ПОНЕДЕЛЬНИК", "2024-04-15"), ("СРЕДА", "2024-04-17")]),
])
def test_a_weeks_heading_under_a_mastheads_year_dates_its_weekday_headings(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a news archive: "05.03.2024" over the first item, "12 марта" over the next (its year the item's before), whose
    # "в прошлый четверг" counts from it; "9 апр." after an item's "в 2022 году" is still of 2024
    ("Новости › Архив\n\n05.03.2024\nГОСТИ ИЗ ТЕГЕРАНА\nВчера в зале выступил ансамбль.\n\n12 марта\nМЕМОРАНДУМ\n"
     "В прошлый четверг ректор подписал меморандум. Напомним, первый фестиваль прошёл в 2022 году.\n\n9 апр.\nАНОНС\n"
     "Сегодня открылась выставка.\n",
     [("12 марта", "2024-03-12"), ("В прошлый четверг", "2024-03-07"), ("9 апр.", "2024-04-09"),
      ("Сегодня", "2024-04-09")]),
    ("News archive\n\n05.03.2024\nGUESTS FROM TEHRAN\nYesterday an ensemble played in the hall.\n\nMarch 12\nMEMORANDUM\n"
     "Last Thursday the rector signed a memorandum. The first festival was held in 2022.\n\nApril 9\nEXHIBITION\n"
     "Today an exhibition opened.\n", [("Last Thursday", "2024-03-07"), ("Today", "2024-04-09")]),
])
def test_a_news_lists_next_item_under_its_day_without_the_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a note on the background in a report with no day of its own: the text then goes on in its year
    ("گزارش عملکرد سال ۱۴۰۲\n\nدر سال ۱۴۰۲ همکاری با کتابخانه‌های همسایه ادامه یافت. یادآور می‌شود نخستین تفاهم‌نامه در "
     "۱۳۹۷ پایان یافت و تمدید نشد.\n\nدر مرداد ماه ۸۵۰ نسخه کتاب اهدا شد.\n",
     [("در مرداد ماه", "2023-07-23/2023-08-22")]),
    ("ANNUAL REPORT 2023\n\nIn 2023 the library went on with its partners. It should be noted that the first agreement "
     "expired in 2018.\n\nIn July the library sent 850 books to Dushanbe.\n", [("In July", "2023-07")]),
])
def test_a_note_on_the_background_in_a_report_with_no_day_is_an_aside(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a conference's three days told at the head, its report by "Birinci gün", "İkinci gün" headings with no day
    ("Konfrans başa çatdı\n\n2023-cü il mayın 16–18-də Bakıda III beynəlxalq konfrans keçirilmişdir. Birinci konfrans "
     "2013-cü ildə olub.\n\nBirinci gün\n\nPlenar iclas keçirilmişdir.\n\nİkinci gün\n\nDəyirmi masa olmuşdur.\n",
     [("Birinci gün", "2023-05-16"), ("İkinci gün", "2023-05-17")]),
    ("The conference was held in Kazan on 16-18 May 2023. The first was in 2013.\n\nFirst day\n\nThe plenary opened.\n\n"
     "Second day\n\nA round table was held.\n", [("First day", "2023-05-16"), ("Second day", "2023-05-17")]),
    # (an earlier edition's month told after the days, "اردیبهشت ۱۳۹۵", a span of days too, holds no days of the headings)
    ("همایش از دوشنبه ۲۷ تا چهارشنبه ۲۹ شهریور ۱۴۰۲ در تبریز برگزار شد. دومین دورهٔ آن در اردیبهشت ۱۳۹۵ در آنکارا "
     "برگزار شد.\n\n"
     "روز نخست\n\nهمایش آغاز شد.\n\nروز دوم\n\nمیزگرد برگزار شد.\n",
     [("روز نخست", "2023-09-18"), ("روز دوم", "2023-09-19")]),
])
def test_day_headings_with_no_day_count_from_the_span_told(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a film of 1945 told under September's heading: October is still the reviewed year's
    ("Annual Report 2023\nBaku, February 2024\n\nSEPTEMBER\n12–15 September: Days of Azerbaijani Cinema in Tashkent, "
     "from the 1945 classic \"Arshin Mal Alan\" to new works.\n\nOCTOBER\nFrom 5 to 29 October an exhibition of "
     "painting was shown in London.\n",
     [("OCTOBER", "2023-10"), ("From 5 to 29 October", "2023-10-05/2023-10-29")]),
    ("ОТЧЁТ ЗА 2023 ГОД\nМосква, март 2024\n\nСЕНТЯБРЬ\nПоказ фильма «Аршин мал алан» 1945 года в Ташкенте.\n\n"
     "ОКТЯБРЬ\n5 октября в Лондоне открылась выставка.\n", [("ОКТЯБРЬ", "2023-10"), ("5 октября", "2023-10-05")]),
])
def test_a_years_review_month_headings_after_an_entrys_year_are_of_the_reviewed_year(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


@pytest.mark.parametrize("text,expected", [
    # a column of old stories: each under the day of the old issue it quotes ("From the P&J of ...:"), its headings
    # ("TWENTY YEARS AGO") counted from the paper's own day
    ("THE PRESS AND JOURNAL\nSaturday, May 17, 2025\n\nTEN YEARS AGO\n\nFrom the P&J of Thursday, May 14, 2015:\n"
     "The Lord Provost signed a friendship agreement at the Town House on Monday.\n\nTWENTY YEARS AGO\n\n"
     "From the P&J of Monday, May 16, 2005:\nThe season of Azerbaijani films starts today.\n",
     [("TEN YEARS AGO", "2015"), ("on Monday", "2015-05-11"), ("TWENTY YEARS AGO", "2005"), ("today", "2005-05-16")]),
    ("«СМОЛЕНСКИЙ ВЕСТНИК» · № 38 (5412) · пятница, 20 сентября 2024\n\n50 ЛЕТ НАЗАД\n\n"
     "Из номера от 12 сентября 1974 г.:\n«Вчера во Дворце культуры выступил белорусский ансамбль.»\n\n20 ЛЕТ НАЗАД\n\n"
     "Из номера от 15 сентября 2004 г.:\n«В минувшее воскресенье прошёл фестиваль.»\n",
     [("Вчера", "1974-09-11"), ("20 ЛЕТ НАЗАД", "2004"), ("В минувшее воскресенье", "2004-09-12")]),
])
def test_an_old_issues_stories_count_from_its_day(text, expected):
    values = _values(text)
    assert all(pair in values for pair in expected), values


def test_weekdays_after_some_days_of_last_week_are_of_them():
    # a radio talk of Friday 17 May: "the Days ran from Tuesday to Saturday last week ... On Wednesday an exhibition
    # opened": that week's Wednesday, not this one's
    text = ("Crossroads, Friday, 17 May 2024\n\nHOST: The Days of Uzbek Culture ran from Tuesday to Saturday last week. "
            "It all began on Tuesday with the gala. On Wednesday an exhibition of ceramics opened.")
    values = _values(text)
    assert ("on Tuesday", "2024-05-07") in values and ("On Wednesday", "2024-05-08") in values, values
