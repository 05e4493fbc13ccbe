"""Azerbaijani event triggers: one sentence per event type, and the hard cases around them."""
import pytest

import bilat

LANG = "az"

CASES = [
    ("founding", "2003", "2003-cü ildə Bakıda Azərbaycan–Qazaxıstan Dostluq Cəmiyyətini təsis edib."),
    ("performance", "1995-06-06", "1995-ci il iyunun 6-da Almatıda Azərbaycan ədəbiyyatı gecəsini təşkil edib."),
    ("agreement", "1998-04-22", "Saziş 1998-ci ildə, daha dəqiq desək, 1998-ci il aprelin 22-də Bonnda imzalanıb."),
    ("performance", "2022-03-04", "Əsər ilk dəfə 2022-ci il martın 4-də Köln Filarmoniyasında ifa olunub."),
    ("agreement", "2019-03-12",
     "2019-cu il martın 12-də Daşkənddə Azərbaycan və Özbəkistanın mədəniyyət nazirləri 2019-2021-ci illər "
     "üçün əməkdaşlıq proqramını imzalayıblar."),
    ("agreement", "2008-05",
     "2008-ci ilin may ayında Tehranda iki ölkə arasında turizm sahəsində əməkdaşlığa dair anlaşma "
     "memorandumu imzalanıb."),
    ("visit", "2018-03-01",
     "Prezident İlham Əliyev 2018-ci il martın 1-də İrana rəsmi səfər edib."),
    ("meeting", "2017-11-14",
     "2017-ci il noyabrın 14-də Azərbaycan və İranın xarici işlər nazirləri Tehranda görüşüblər."),
    ("culture_days", "2008-09-23",
     "2008-ci il sentyabrın 23-də Moskvada Rusiyada Azərbaycan mədəniyyəti günlərinin açılış mərasimi "
     "keçirilib."),
    ("culture_days", "1959", "İkinci ongünlük 1959-cu ildə yenə Moskvada təşkil olundu."),
    ("culture_year", "2005",
     "2005-ci il Rusiyada Azərbaycan ili kimi qeyd olunub."),
    ("festival", "2013-07-20",
     "2013-cü il iyulun 20-də Qəbələdə IV Beynəlxalq Musiqi Festivalı açılıb."),
    ("exhibition", "2018-05-03",
     "2018-ci il mayın 3-də Bakıda, Milli İncəsənət Muzeyində İran miniatür sənəti sərgisi açılıb."),
    ("performance", "2015-10-08",
     "2015-ci il oktyabrın 8-də Azərbaycan Dövlət Simfonik Orkestri Moskvada konsert verib."),
    ("performance", "2010-04",
     "2010-cu ilin aprelində Bakı Rus Dram Teatrı Sankt-Peterburqda qastrol səfərində olub."),
    ("monument", "2012-12-17",
     "2012-ci il dekabrın 17-də Romada dahi şair Nizami Gəncəvinin abidəsinin açılışı olub."),
    ("forum", "2012-10-04/2012-10-05",
     "2012-ci il oktyabrın 4-5-də Bakıda II Bakı Beynəlxalq Humanitar Forumu keçirilib."),
    ("forum", "2016-05",
     "2016-cı ilin mayında Bakı Dövlət Universitetində Şirvanın fars dilli irsinə həsr olunmuş elmi "
     "konfrans keçirilib."),
    ("founding", "1991",
     "Sankt-Peterburqda Azərbaycan mədəniyyəti cəmiyyəti 1991-ci ildə bir qrup alim tərəfindən yaradılıb."),
    ("founding", "2014-05-21",
     "2014-cü il mayın 21-də Tbilisidə Azərbaycan Mədəniyyət Mərkəzi təntənəli surətdə açılıb."),
    ("decree", "2009-02-27",
     "Prezident İlham Əliyev 2009-cu il fevralın 27-də şairin yubileyinin keçirilməsi haqqında sərəncam "
     "imzalayıb."),
    ("media", "2012-06-20",
     "2012-ci il iyunun 20-də iki ölkənin dövlət telekanalları həftəlik birgə mədəni verilişin yayımına "
     "başlayıb."),
    ("ceremony", "2018-05-28",
     "2018-ci il mayın 28-də Azərbaycanın Tehrandakı səfirliyində Müstəqillik Günü münasibətilə təntənəli "
     "mərasim keçirilib."),
    ("ceremony", "2011-03",
     "2011-ci ilin martında yazıçı Kremldə Dostluq ordeni ilə təltif olunub."),
    ("education", "2015",
     "2015-ci ildə Təbriz və Bakı universitetləri arasında tələbə mübadiləsi proqramına başlanılıb."),
    ("education", "2019", "2019-cu ildə Qazan Universitetində hind dili kursları açılıb."),
    ("education", "1996-09", "İlk tələbələr 1996-cı ilin sentyabrında dərslərə başlayıb."),
    ("founding", "2012-02-29", "Parisdəki Azərbaycan Mədəniyyət Mərkəzi 2012-ci il fevralın 29-da açılmışdır."),
    ("festival", "2023-03-21", "2023-cü il martın 21-də səfirlik «Turan» birliyi ilə birlikdə Astanada böyük Novruz bayramı keçirdi."),
    ("culture_year", "2009", "2009-cu il Çində Rus dili ili elan edilib."),
    ("founding", "2004-09", "2004-cü ilin sentyabrında muxtariyyətin nəzdində uşaqlar üçün bazar günü məktəbi açılıb."),
    ("culture_year", "2005", "2005-ci il Rusiyada Azərbaycan İli kimi qeyd olundu."),
    ("performance", "2005-10", "2005-ci ilin oktyabrında Böyük Teatrın səhnəsində Koroğlu operası göstərildi – 1938-ci il tamaşasından düz 67 il sonra."),
    ("meeting", "2021-01", "2021-ci ilin yanvarında Ankarada siyasi məsləhətləşmələr keçirilib."),
]


@pytest.mark.parametrize("etype,date,text", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_type(check_events, etype, date, text):
    check_events(text, LANG, [(etype, date, text)])  # the source quotes the whole sentence


def test_visit_and_agreement_in_one_sentence(check_events):
    text = ("Prezident Heydər Əliyevin 2002-ci il mayın 19-da İrana rəsmi səfəri zamanı iki ölkə arasında "
            "mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalanıb.")
    check_events(text, LANG, [("visit", "2002-05-19", "rəsmi səfəri"), ("agreement", "2002-05-19", "imzalanıb")])


def test_dateless_trigger_has_no_date(extract_events):
    doc, evs = extract_events("Tədbir çərçivəsində muğam konserti də təşkil olunub.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", None)]


def test_context_dated_continuation(check_events):
    text = ("2011-ci il iyunun 28-də Kazanda Tatarıstanda Azərbaycan mədəniyyəti günləri açılıb. "
            "Tədbirdə mədəniyyət naziri iki xalqın dostluğundan danışıb. "
            "Mədəniyyət günləri iyulun 2-də Yelabuqada davam edib. "
            "İyulun 3-də Tatarıstan Milli Muzeyində Azərbaycan xalçaları sərgisi açılıb.")
    doc, evs = check_events(text, LANG, [("culture_days", "2011-06-28", "mədəniyyəti günləri açılıb"),
                                         ("culture_days", "2011-07-02", "davam edib"),
                                         ("exhibition", "2011-07-03", "xalçaları sərgisi")])
    # The opening sentence and the one after it ("At the opening ...") are one event; the days going on
    # on 2 July is dated by context (year from the sentence before) and listed on its own day.
    days = next(e for e in evs if e.type == "culture_days" and e.date == "2011-06-28")
    quoted = " ".join(doc.text[s.start:s.end] for s in days.sources)
    assert "Tədbirdə" in quoted


@pytest.mark.parametrize("text", [
    "Azərbaycan mədəniyyəti günlərinin 2020-ci ilin oktyabrında Sankt-Peterburqda keçirilməsi planlaşdırılır.",
    "Vizasız gediş-gəliş haqqında sazişin 2021-ci ildə imzalanması nəzərdə tutulur.",
    "Nazirlər 2022-ci ilin martında Moskvada Azərbaycan xalçaları sərgisi açacaqlar.",
    "Tərəflər 2020-ci ilin oktyabrında Bakıda Rusiya mədəniyyəti günlərinin keçirilməsi barədə razılığa gəldilər.",
    # Told, then said not to have taken place, or only prepared.
    "1958-ci ildə ABŞ-a qastrol səfərinə dəvət alsa da, rəhbərlik bu səfərə icazə verməmişdir.",
    "1978-ci ildə o, İranda yeni qastrol səfərinə hazırlaşırdı, lakin səfər ləğv edildi.",
    "2003-cü ildə Təbrizdə planlaşdırılan festival sonradan baş tutmadı.",
    "Tərəflər Özbəkistan Mədəniyyəti Günlərinin 2024-cü ilin ikinci yarısında Bakıda keçirilməsini razılaşdırmışlar.",
    # (opening hours: when one can visit, no day a visit took place)
    "Bakı, 2024-cü il 3 may. Muzeyi şənbə günü saat 10:00-dan 15:00-dək ziyarət etmək olar.",
])
def test_planned_event_is_not_a_happening(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "1997-ci il sazişinə əsasən tərəflər hər il müəllim nümayəndə heyətləri mübadiləsi aparırlar.",
    "Muzeyin sərgi zalı 2014-cü ildə təmir olunub.",
    "Ümumrusiya Azərbaycan Konqresi 2015-ci il martın 3-də bəyanat verib.",
])
def test_trigger_word_in_no_event_sense(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


def test_body_and_abstract_state_one_event(extract_events):
    body = ("Azərbaycan ilə Rusiya arasında müqavilə-hüquqi bazanın formalaşması\n\n"
            "2010-cu il sentyabrın 3-də Bakıda Azərbaycan ilə Rusiya arasında dövlət sərhədi haqqında müqavilə "
            "imzalanıb. Bu sənəd iki ölkə arasında sərhəd məsələlərinin həllində mühüm addım olub.\n\n")
    abstract = ("Резюме\n\nВ статье рассматривается формирование договорно-правовой базы отношений между "
                "Азербайджаном и Россией. 3 сентября 2010 года в Баку был подписан договор о государственной "
                "границе между двумя странами.\n")
    doc, evs = extract_events(body + abstract, None)
    agreements = [e for e in evs if e.type == "agreement" and e.date == "2010-09-03"]
    assert len(agreements) == 1, [(e.type, e.date) for e in evs]
    assert {s.language for s in agreements[0].sources} == {"az", "ru"}
    assert not [e for e in evs if e.date and e is not agreements[0]], [(e.type, e.date) for e in evs]


def test_a_happening_within_the_last_event_takes_its_date(check_events):
    text = ("2009-cu il sentyabrın 21-27-də Rusiyada Azərbaycan mədəniyyəti günləri keçirildi. "
            "Günlər çərçivəsində Moskvada Azərbaycan xalçalarının sərgisi açıldı.")
    check_events(text, LANG, [("culture_days", "2009-09-21/2009-09-27", "mədəniyyəti günləri"),
                              ("exhibition", "2009-09-21/2009-09-27", "sərgisi")])


def test_a_new_building_opened_and_the_ceremony_after_it(check_events):
    # "Mərasimdə" opens a sentence about the opening just reported: its trigger word is no new event.
    text = ("2010-cu il sentyabrın 3-də Bakıda Rus Dram Teatrının yeni binası açıldı. "
            "Mərasimdə Rusiya Prezidenti Dmitri Medvedev iştirak etdi.")
    doc, evs = check_events(text, LANG, [("founding", "2010-09-03", "yeni binası açıldı")])
    assert len(evs) == 1 and [p["name"] for p in evs[0].participants] == ["Dmitry Medvedev"]


def test_a_performing_company_named_after_its_theatre_is_no_place(extract_events):
    doc, evs = extract_events("2006-cı ilin oktyabrında Heydər Əliyev Sarayında Mariinski Teatrının "
                              "tamaşaları göstərildi.", LANG)
    assert [(e.type, [p["name"] for p in e.places]) for e in evs] == [
        ("performance", ["Heydar Aliyev Palace", "Baku"])]


def test_independence_recognised(check_events):
    check_events("1991-ci il noyabrın 9-da Türkiyə Azərbaycanın müstəqilliyini tanıdı.", LANG,
                 [("other", "1991-11-09", "müstəqilliyini tanıdı")])


def test_two_clauses_two_dates_each_keeps_its_own_places(extract_events):
    doc, evs = extract_events("2015-ci il martın 20-də Gəncədə Nizaminin abidəsi açıldı, həmin ilin noyabrında "
                              "isə Bakıda xalça sərgisi keçirildi.", LANG)
    assert sorted((e.date, e.type, tuple(p["name"] for p in e.places)) for e in evs) == [
        ("2015-03-20", "monument", ("Ganja",)), ("2015-11", "exhibition", ("Baku",))]


def test_a_programmes_period_is_not_the_day_it_was_signed(extract_events):
    doc, evs = extract_events("2018-ci il oktyabrın 2-də 2019-2021-ci illər üçün əməkdaşlıq proqramı imzalandı.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2018-10-02")]


def test_the_opening_ceremony_of_an_exhibition_is_that_exhibition(extract_events):
    text = ("2023-cü il mayın 11-də Moskvada “Qarabağ xalçaları” sərgisi açılıb. "
            "Sərginin açılış mərasimində Azərbaycanın səfiri Polad Bülbüloğlu çıxış edib.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date, len(e.sources)) for e in evs] == [("exhibition", "2023-05-11", 2)]


def test_days_of_a_city(check_events):
    check_events("2010-cu ildə Moskvada Bakı günləri keçirildi.", LANG, [("culture_days", "2010", "Bakı günləri")])


def test_no_event_from_a_reference_list(extract_events):
    text = ("2004-cü ildə tərəflər mədəni əməkdaşlıq haqqında saziş imzaladılar.\n\nƏdəbiyyat\n"
            "1. Bakıda Rusiya rəssamlarının sərgisi açıldı // Xalq qəzeti, 12 may 2005.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2004")]


def test_the_sides_sign_on_the_day_of_their_meeting(check_events):
    text = ("Nazir Anar Kərimov 2021-ci il noyabrın 15-də Moskvada Olqa Lyubimova ilə görüşüb. "
            "Tərəflər 2022-2024-cü illər üçün əməkdaşlıq proqramını imzalayıblar. "
            "Noyabrın 17-də isə Sankt-Peterburqda Azərbaycan kinosu günləri başlayıb.")
    check_events(text, LANG, [("meeting", "2021-11-15", "görüşüb"), ("agreement", "2021-11-15", "imzalayıblar"),
                              ("festival", "2021-11-17", "kinosu günləri")])


def test_a_centre_opened_by_a_named_person(check_events):
    check_events("2018-ci il oktyabrın 12-də Mehriban Əliyeva Tehranda Azərbaycan mədəniyyət mərkəzini açıb.", LANG,
                 [("founding", "2018-10-12", "mərkəzini açıb")])


def test_a_year_of_literature_and_events_continued_in_a_later_year(check_events):
    text = ("2007-ci il Rusiyada Azərbaycan ədəbiyyatı ili elan olunmuşdu. "
            "2012-ci ilin mart ayında Bakıda Rus ədəbiyyatı günləri keçirilmişdir. "
            "Bu tədbirlər 2013-cü ildə də davam etdirilmişdir.")
    check_events(text, LANG, [("culture_year", "2007", "ədəbiyyatı ili"), ("culture_days", "2012-03", "günləri"),
                              ("culture_days", "2013", "davam etdirilmişdir")])


def test_a_reception_is_a_ceremony(check_events):
    check_events("2018-ci il mayın 28-də Tehranda səfirlikdə təntənəli qəbul təşkil olunub.", LANG,
                 [("ceremony", "2018-05-28", "təntənəli qəbul")])



@pytest.mark.parametrize("text", ["2010-cu ildə saziş imzalanmadı.", "2010-cu ildə saziş imzalanmamışdır."])
def test_what_did_not_happen_is_no_event(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert evs == []



def test_a_condition_is_no_event(extract_events):
    doc, evs = extract_events("Saziş 2025-ci ildə imzalansa, mərkəz açılacaq.", LANG)
    assert evs == []



def test_a_literary_evening_is_a_performance(check_events):
    check_events("2019-cu il sentyabrın 18-də Bakıda Puşkinə həsr olunmuş ədəbi-bədii gecə keçirilib.", LANG, [("performance", "2019-09-18", "ədəbi-bədii gecə")])


def test_preparations_for_an_event_are_no_event(extract_events):
    doc, evs = extract_events("2023-cü il sentyabrın 14-də nazirlər Rusiya Mədəniyyəti Günlərinə hazırlığı "
                              "müzakirə ediblər.", LANG)
    assert "culture_days" not in [e.type for e in evs], [(e.type, e.date) for e in evs]


def test_what_an_agreement_is_about_is_no_happening(check_events):
    text = ("Prezident Heydər Əliyevin 2002-ci ilin yanvarında Rusiyaya rəsmi səfəri zamanı 2004-cü ilin Rusiyada "
            "“Azərbaycan ili” elan edilməsi barədə razılıq əldə olunmuşdur.")
    check_events(text, LANG, [("visit", "2002-01", "səfəri")])


def test_this_decision_dates_the_happening_before(check_events):
    text = ("Türkiyə Azərbaycanın dövlət müstəqilliyini tanıyan ilk ölkə olmuşdur. "
            "Bu qərar 1991-ci il noyabrın 9-da elan edilmişdir.")
    check_events(text, LANG, [("other", "1991-11-09", "tanıyan")])


def test_an_inauguration_is_a_ceremony(check_events):
    check_events("2017-ci ilin avqustunda İlham Əliyev Tehranda Ruhaninin inauqurasiya mərasimində iştirak edib.", LANG, [("ceremony", "2017-08", "inauqurasiya")])


def test_a_street_named_after_someone(check_events):
    check_events("2008-ci ildə Sankt-Peterburqda küçələrdən birinə Nizami Gəncəvinin adı verilmişdir.", LANG, [("other", "2008", "adı verilmişdir")])


def test_a_week_of_films(check_events):
    # A week of a country's films is a festival of its cinema, not days of its culture.
    check_events('2012-ci ilin oktyabrında Bakıda "Rus filmləri həftəsi" keçirilmişdir.', LANG,
                 [("festival", "2012-10", "filmləri həftəsi")])


def test_ceremony_t__qdim_edib_(check_events):
    check_events("""2010-cu il mayın 19-da fond "Odlar yurdu" kitabını təqdim edib.""", LANG, [("ceremony", "2010-05-19", "təqdim edib")])


def test_a_named_forum_after_its_participle(check_events):
    check_events("2010-cu il oktyabrın 4-5-də keçirilən I Bakı Beynəlxalq Humanitar Forumunda prezidentlər İlham "
                 "Əliyev və Dmitri Medvedev iştirak ediblər.", LANG, [("forum", "2010-10-04/2010-10-05", "Forum")])


def test_an_anniversary_marked_by_another_happening_is_its_occasion(check_events):
    doc, evs = check_events("Nizami Gəncəvinin 870 illiyi münasibətilə 2011-ci ilin əvvəlində Tbilisidə elmi sessiya "
                            "təşkil edildi.", LANG, [("forum", "2011", "elmi sessiya")])
    assert [e.type for e in evs] == ["forum"]


def test_the_signing_of_a_decree_is_the_decree(extract_events):
    doc, evs = extract_events("Prezident İlham Əliyev 2021-ci il yanvarın 5-də imzaladığı sərəncamla şairin 880 illiyi "
                              "münasibətilə 2021-ci ili Azərbaycanda “Nizami Gəncəvi ili” elan edib.", LANG)
    assert ("decree", "2021-01-05") in [(e.type, e.date) for e in evs]
    assert "agreement" not in [e.type for e in evs] and "ceremony" not in [e.type for e in evs]


def test_a_headline_is_not_a_happening_elsewhere_recalled_later(extract_events):
    text = ("Ankarada Azərbaycan Mədəniyyəti Günləri başlayıb\n\n"
            "Türkiyənin paytaxtı Ankarada Azərbaycan Mədəniyyəti Günləri başlayıb.\n\n"
            "Xatırladaq ki, 2022-ci ilin oktyabrında Bakıda Türkiyə Mədəniyyəti Günləri keçirilib.")
    doc, evs = extract_events(text, LANG)
    dated = [e for e in evs if e.date]
    assert [(e.date, [p["name"] for p in e.places], len(e.sources)) for e in dated] == [("2022-10", ["Baku"], 1)]


def test_a_list_of_years_is_a_happening_in_each(extract_events):
    doc, evs = extract_events("Fond 2006, 2008 və 2011-ci illərdə Moskvada xalça sərgiləri təşkil edib.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2006"), ("exhibition", "2008"), ("exhibition", "2011")]


def test_a_concert_dedicated_to_an_anniversary_is_the_concert(extract_events):
    doc, evs = extract_events("2021-ci il iyunun 2-də Moskvada Həzi Aslanovun 100 illiyinə həsr olunmuş konsert "
                              "keçirilib.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2021-06-02")]


def test_chronology_entry_dates_its_happening(check_events):
    # The date heading a chronology's entry ("DATE – ...") dates its happening, not the planned one's year.
    text = ("Xronologiya\n\n2018-ci il, 5 mart – Tbilisidə Azərbaycan kitabları sərgisi açıldı.\n\n"
            "2019-cu il, 27 may – Bakıda mədəniyyət nazirlərinin görüşündə 2020-ci ildə Tbilisidə "
            "Azərbaycan Mədəniyyəti Günlərinin keçirilməsi barədə razılıq əldə olundu.")
    check_events(text, LANG, [("exhibition", "2018-03-05", "sərgisi"), ("meeting", "2019-05-27", "görüşündə")])


def test_same_day_opening_dates_by_the_last_day(check_events):
    text = ("2019-cu il mayın 3-də nazirlər Bakıda görüşüblər. Onlar birgə layihələri müzakirə ediblər. "
            "Axşam Filarmoniyada türk ifaçılarının konserti olub.")
    check_events(text, LANG, [("meeting", "2019-05-03", "görüşüblər"), ("performance", "2019-05-03", "konserti")])


def test_a_happening_named_as_a_time_is_none(check_events):
    text = "2022-ci il iyunun 21-də açılış mərasimindən əvvəl nazirlər Şuşada ikitərəfli görüş keçiriblər."
    check_events(text, LANG, [("meeting", "2022-06-21", "görüş")])


def test_a_year_named_as_the_frame_of_days_is_the_year_reported(check_events):
    text = ("2005-ci il Rusiyada Azərbaycan ili, 2006-cı il isə Azərbaycanda Rusiya ili elan edilmişdir. "
            "Azərbaycan ili çərçivəsində 2005-ci il sentyabrın 20-25-də Sankt-Peterburqda Azərbaycan Mədəniyyəti Günləri keçirilmişdir.")
    check_events(text, LANG, [("culture_year", "2005", "Azərbaycan ili,"), ("culture_year", "2006", "Rusiya ili"),
                              ("culture_days", "2005-09-20/2005-09-25", "Mədəniyyəti Günləri")])


def test_a_newspaper_started_and_proceedings_printed(check_events):
    text = ("1997-ci ilin noyabrında cəmiyyət elmi konfrans keçirmişdir. Konfransın materialları 1998-ci ildə çap olunmuşdur. "
            "1999-cu ildə cəmiyyət aylıq qəzetin nəşrinə başlamışdır.")
    check_events(text, LANG, [("forum", "1997-11", "konfrans"), ("media", "1999", "nəşrinə başlamışdır")])


def test_the_first_day_of_a_forum_and_within_it(check_events):
    text = ("2019-cu il mayın 2-3-də Bakıda V Mədəniyyətlərarası Dialoq Forumu keçirilib. İlk dəfə 2011-ci ilin aprelində keçirilən "
            "forum o vaxtdan bəri əsas platformaya çevrilib. Forumun ilk günü nazirliklər arasında əməkdaşlıq proqramı "
            "imzalanıb. Həmin gün axşam forum iştirakçıları üçün konsert təşkil olunub. Forum çərçivəsində nazirlər görüşüb.")
    check_events(text, LANG, [("agreement", "2019-05-02", "proqramı"), ("performance", "2019-05-02", "konsert"),
                              ("meeting", "2019-05-02/2019-05-03", "görüşüb")], strict=False)


def test_a_monument_as_a_place_and_today_as_a_manner_of_speaking(check_events):
    text = ("2022-ci il oktyabrın 13-də qonaqlar Daşkənddə şairin abidəsi önünə gül dəstələri qoyublar. "
            "Natiq xatırladıb ki, Bakıda Nəvainin abidəsi 2008-ci ildə ucaldılıb və bu gün iki xalqın dostluğunun simvoluna çevrilib.")
    check_events(text, LANG, [("ceremony", "2022-10-13", "gül dəstələri"), ("monument", "2008", "ucaldılıb")])


def test_a_fronted_date_and_a_place_before_the_comma(check_events):
    text = ("2008-ci ildə Bakıda mərkəz fəaliyyətə başladı. Həmin ilin sentyabrında Mərdəkanda, şairin 1925-ci ildə "
            "yaşadığı bağın yaxınlığında Sergey Yeseninin büstü ucaldıldı.")
    check_events(text, LANG, [("founding", "2008", "mərkəz"), ("monument", "2008-09", "büstü")])


def test_an_abstracts_month_and_the_bodys_days_are_one_visit():
    text = ("Abstract. The visit of Vladimir Putin to Baku in January 2001 opened a new stage.\n\n"
            "Rusiya Prezidenti Vladimir Putinin 2001-ci il yanvarın 9-10-da Bakıya rəsmi səfəri dönüş nöqtəsi oldu. "
            "Filial 2009-cu ilin sentyabrında ilk tələbələrini qəbul etdi.")
    evs = bilat.extract(text)  # the languages found, not given: the abstract is English
    assert [(e.type, e.date, len(e.sources)) for e in evs if e.type == "visit"] == [("visit", "2001-01-09/2001-01-10", 2)]
    assert not [e for e in evs if e.type == "meeting"], "admitting students is no meeting"


def test_a_delegation_on_a_visit_in_the_present(extract_events):
    doc, evs = extract_events("Bakı, 12 mart 2024 /AZƏRTAC/\n\nNazirin başçılıq etdiyi nümayəndə heyəti martın 10-dan "
                              "13-dək ölkəmizdə rəsmi səfərdədir.", LANG)
    assert [(e.type, e.date) for e in evs] == [("visit", "2024-03-10/2024-03-13")]


@pytest.mark.parametrize("text,etype,date", [
    ("1993, 10 iyun – Qazaxıstan Respublikasının Bakıdakı səfirliyi rəsmi olaraq açılıb.", "founding", "1993-06-10"),
    ("2004, 14–18 may – Bakıda Qazaxıstan Mədəniyyəti Günləri keçirilib.", "culture_days", "2004-05-14/2004-05-18"),
    ("2019-cu il dekabrın 10-da səfir universitetin kitabxanasında Fransız oxu zalının açılışını edib.", "founding",
     "2019-12-10"),
    # (a span with its own dash opening an entry, as a slide's timeline writes it)
    ("Xronologiya\nNoy. 2017       — Bakıda Özbəkistan mədəniyyəti günləri\n26–30.08.2022   — Səmərqənd, \"Şərq "
     "təranələri\" festivalı", "festival", "2022-08-26/2022-08-30"),
    ("Xronologiya\n26–30.08.2022   — Səmərqənd, \"Şərq təranələri\" festivalı\nSent. 2012      — Daşkənddə Azərbaycan "
     "Mədəniyyət Mərkəzi açıldı", "founding", "2012-09"),
])
def test_chronology_entries_and_openings(extract_events, text, etype, date):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.type == etype] == [(etype, date)]


@pytest.mark.parametrize("text,expected", [
    ("2009-cu il martın 21-də türkdilli ölkələr üçün nəzərdə tutulmuş TRT Avaz telekanalı yayıma başladı.",
     [("media", "2009-03-21")]),
    ("1992-ci ildə yüzlərlə azərbaycanlı gənc Türkiyə universitetlərinə təhsil almağa göndərildi.", [("education", "1992")]),
    ("2020-ci ilə nəzərdə tutulmuş festival keçirilmədi.", []),
])
def test_intended_for_is_no_plan_and_students_sent_to_study(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_happening_within_the_days_told_in_the_same_sentence(extract_events):
    doc, evs = extract_events("2018-ci ilin sentyabrında Daşkənddə Azərbaycan Mədəniyyəti Günləri keçirildi, bu çərçivədə "
                              "Üzeyir Hacıbəylinin \"Leyli və Məcnun\" operası Böyük Teatrın səhnəsində nümayiş olundu.", LANG)
    assert sorted((e.type, e.date) for e in evs) == [("culture_days", "2018-09"), ("performance", "2018-09")]


def test_a_place_in_the_title_of_an_exhibition_is_its_subject(extract_events):
    doc, evs = extract_events("2023-cü il oktyabrın 17-də Gürcüstan Milli Muzeyində \"Qarabağ xalçaları\" sərgisi açılıb.",
                              LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("exhibition", "2023-10-17", [])]


def test_a_happening_held_at_an_organisation_named_for_its_town_was_there(extract_events):
    doc, evs = extract_events("2023-cü il martın 12-də Naxçıvan Dövlət Universitetində Nizami Gəncəviyə həsr olunmuş "
                              "konfrans keçirilib. 2023-cü il martın 14-də Naxçıvan Dövlət Universitetinin tələbələri "
                              "sərgi açıblar.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [
        ("forum", "2023-03-12", ["Nakhchivan"]), ("exhibition", "2023-03-14", [])]


def test_a_delegation_arrived_is_a_visit(extract_events):
    doc, evs = extract_events("2024-cü il martın 11-də Moskva Dövlət Universitetinin nümayəndə heyəti Bakıya gəlib.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("visit", "2024-03-11", ["Baku"])]


def test_a_session_of_a_working_group_is_a_meeting(extract_events):
    doc, evs = extract_events("İşçi qrupun 2-ci iclası 14.07.2022 tarixində videokonfrans formatında keçirilmişdir.", LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2022-07-14")]


def test_the_next_session_agreed_on_is_a_plan(extract_events):
    doc, evs = extract_events("İşçi qrupunun (bundan sonra – İşçi qrup) 3-cü iclası 17.10.2024–18.10.2024 tarixlərində Pekin "
                              "şəhərində keçirilmişdir. İşçi qrupun 4-cü iclasının 2025-ci ildə Bakı şəhərində keçirilməsi "
                              "razılaşdırılmışdır.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("meeting", "2024-10-17/2024-10-18")]


def test_a_congress_guests_come_and_the_closing_ceremony(extract_events):
    doc, evs = extract_events("Cəmiyyətin I qurultayı 2009-cu il sentyabrın 18-də Bakıda keçirilib. Qonaqlar 2022-ci il "
                              "oktyabrın 1-də Bakıya gəldilər. 2022-ci il oktyabrın 7-də keçirilən bağlanış mərasimində "
                              "festivalın qalibləri elan olundu.", LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("ceremony", "2022-10-07"), ("forum", "2009-09-18"), ("visit", "2022-10-01")]


def test_a_date_over_a_headline_dates_the_lead_under_it(extract_events):
    # A news archive page: the date, the headline and the lead each a paragraph of their own.
    doc, evs = extract_events("Xəbərlər arxivi\n\n22.11.2024\n\nMuzeydə Əlişir Nəvaiyə həsr olunmuş sərgi açılıb\n\n"
                              "Muzeyin salonunda Əlişir Nəvainin anadan olmasının 583-cü ildönümünə həsr edilmiş “Nəvai və "
                              "Azərbaycan” sərgisinin açılışı olub.\n\n07.11.2024\n\nUniversitetin nümayəndə heyəti muzeydə "
                              "olub\n\nDekan Tamar Beridzenin rəhbərlik etdiyi nümayəndə heyəti muzeyin ekspozisiyası ilə "
                              "tanış olub. Görüşün sonunda muzeylə universitet arasında memorandum imzalanıb.", LANG)
    # ... and the lead telling the headline's exhibition again on its day adds no ceremony of its opening.
    assert [(e.type, e.date) for e in evs if e.date] == [
        ("exhibition", "2024-11-22"), ("exhibition", "2024-11-07"), ("agreement", "2024-11-07"), ("meeting", "2024-11-07")]


@pytest.mark.parametrize("text,expected", [
    ("2024-cü il oktyabrın 15-də Ankara Universitetinin professoru Mehmet Yıldırım muzeydə Füzuli haqqında mühazirə oxuyub.",
     [("education", "2024-10-15")]),
    ("2023-cü il aprelin 25-də iki parlament qrupunun mədəni irs mövzusunda birgə dinləməsi keçirilib.",
     [("meeting", "2023-04-25")]),
    ("2022-ci il iyunun 16-da Gürcüstan Parlamentinin Milli Kitabxanasında “Azərbaycan kitabı” guşəsinin açılışı olub.",
     [("founding", "2022-06-16")]),
    # A report's plans for the next year: "planlaşdırır" (plans) at the end of the sentence.
    ("2023-cü ildə kitabxana Britaniya Kitabxanası ilə əməkdaşlıq memorandumunun imzalanmasını və Tehranda kitab "
     "sərgisinin təşkilini planlaşdırır.", []),
])
def test_lectures_hearings_corners_and_plans(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    # The festival named at its closing ceremony is the ceremony's occasion; the award is the happening.
    ("Festivalın 2016-cı il oktyabrın 12-də keçirilən bağlanış mərasimində Elçin Bayramov “Ən yaxşı rejissor işi” "
     "nominasiyasında mükafata layiq görülüb.", [("ceremony", "2016-10-12")]),
    ("2022-ci il aprelin 18-də Türkiyə Milli Kitabxanasının nümayəndə heyətinin qəbulu olub.", [("visit", "2022-04-18")]),
    ("1996-cı ildə Azərbaycan Dillər Universitetində yazıçıya həsr olunmuş “Aytmatov kabineti” açılıb.", [("founding", "1996")]),
    ("2008-ci ilin iyununda yazıçı vəfat etdi. Elə həmin ay Bakıda küçələrdən birinə yazıçının adı verildi.",
     [("other", "2008-06")]),
    # A long sentence of a report's plans, the verb at its end.
    ("2023-cü ildə kitabxana Britaniya Kitabxanası ilə əməkdaşlıq memorandumunun imzalanmasını, Tehranda Azərbaycan "
     "kitabı sərgisinin təşkilini və direktorların Bakıda görüşünün keçirilməsini planlaşdırır.", []),
])
def test_awards_receptions_rooms_streets_and_plans(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_days_a_report_dated_within_keep_their_span(extract_events):
    doc, evs = extract_events("Xəbərlər\n\n18.04.2024\n\nQazaxıstan Mədəniyyəti Günləri çərçivəsində kitab sərgisi\n\n"
                              "Aprelin 17-dən 20-dək Bakıda keçirilən Qazaxıstan Mədəniyyəti Günləri çərçivəsində bu gün "
                              "muzeydə “Abay və qazax ədəbiyyatı” adlı kitab sərgisi açılıb.", LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("culture_days", "2024-04-17/2024-04-20"), ("exhibition", "2024-04-18")]


def test_captions_with_a_venue_and_a_sentence_between(extract_events):
    doc, evs = extract_events("1. Nazirlər Adil Kərimli və Mehmet Nuri Ersoy \"Xarıbülbül\" Beynəlxalq Musiqi Festivalının "
                              "açılışında. Şuşa, 12 may 2023. Foto: Elnur Babayev\n\n4. Görkəmli türk şairi Nazim Hikmətin "
                              "büstünün açılış mərasimi. Büstün müəllifi Xalq rəssamı Ömər Eldarovdur. Bakı, Nəsimi rayonu, "
                              "15 yanvar 2012. Foto: Rəşad Məmmədov", LANG)
    # (the opening of a festival named is the festival; "büstün" is a bust's, no town Bost)
    got = [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date]
    assert got == [("festival", "2023-05-12", ["Shusha"]), ("monument", "2012-01-15", ["Baku"])]


@pytest.mark.parametrize("text,expected", [
    ("1987-ci ildə Özbəkistanda keçirilən Azərbaycan ədəbiyyatı və incəsənəti günlərində iştirak etdim.",
     [("culture_days", "1987")]),
    ("Dünən, 2023-cü il mayın 12-də Marneuli şəhərində Azərbaycan kinosu günü keçirilib.", [("performance", "2023-05-12")]),
    ("2024-cü il fevralın 9-da Rus Evi ilə birgə ədəbi-musiqili axşam keçirildi.", [("performance", "2024-02-09")]),
    # ... dedicated to an anniversary, it is the anniversary's ceremony
    ("2024-cü il mayın 15-də Taqorun anadan olmasının 163-cü ildönümü münasibətilə ədəbi-musiqili axşam keçirildi.",
     [("ceremony", "2024-05-15")]),
])
def test_days_of_literature_cinema_days_and_literary_musical_evenings(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_diplomatic_relations_established_are_an_event_of_their_own(extract_events):
    doc, evs = extract_events("Azərbaycan ilə Fransa arasında diplomatik münasibətlər 1992-ci il fevralın 21-də qurulub.", LANG)
    assert [(e.type, e.date) for e in evs] == [("other", "1992-02-21")]


@pytest.mark.parametrize("text,expected", [
    ("14–23 may 1959 — Daşkənddə Azərbaycan ədəbiyyatı və incəsənəti ongünlüyü keçirilib.",
     [("culture_days", "1959-05-14/1959-05-23")]),
    ("1) 2025-ci ilin aprelində Bakıda Hindistan mədəniyyəti həftəsi keçirmək üçün işçi qrup yaradılsın.", []),
    # ... but a wish in a sentence telling what happened is no decision
    ("2021-ci ildə Gürcüstan İctimai Yayımçısının Azərbaycan dilində gündəlik xəbər buraxılışına başlaması doğru addım idi — "
     "kaş ki, bu təcrübə mədəniyyət verilişlərinə də şamil edilsin.", [("media", "2021")]),
    ("Aktaudakı sərgi planlaşdırıldığı kimi 2023-cü il dekabrın 20-də açıldı!", [("exhibition", "2023-12-20")]),
    ("2024-cü il martın 18–22-də Aktau məktəbinin 4 müəllimi və 12 şagirdi məktəbimizin qonağı oldu.",
     [("visit", "2024-03-18/2024-03-22")]),
    ("2024-cü il martın 21-də qonaq müəllim şagirdlərimizə qazax dili üzrə açıq dərs keçdi.", [("education", "2024-03-21")]),
])
def test_dekadas_decisions_as_planned_guests_and_open_lessons(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_lead_ending_in_a_colon_types_the_dated_entries_under_it(extract_events):
    doc, evs = extract_events("Kollektivin tarixi\n\nAnsambl 1965-ci ildə Şəkidə yaradılıb. Əsas qastrol səfərləri:\n\n"
                              "1971 — Macarıstan, Bolqarıstan\n1998 — Türkiyə (İzmir, Bursa)\n\nƏlaqə\n\n"
                              "2001 — 2003: Şəki Dram Teatrının binası", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.type == "performance"]
    assert got == [("performance", "1971", []), ("performance", "1998", ["İzmir"])]


def test_the_day_before_a_happening_named_is_the_day_before_its_day(extract_events):
    doc, evs = extract_events("2023-cü il mayın 10-da Bakıda Qazax kitabı sərgisi açılıb. Sərginin açılışından bir gün "
                              "əvvəl nümayəndə heyəti Fəxri xiyabanı ziyarət edib.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2023-05-10"), ("visit", "2023-05-09")]


def test_the_stops_of_a_tour_under_a_route_heading_are_the_touring_happening(extract_events):
    doc, evs = extract_events("Qırğız tətbiqi sənəti sərgisi 2022-ci il martın 3-də Bişkekdə açılıb.\n\nSərginin marşrutu\n\n"
                              "1. Almatı, Kasteyev adına Dövlət İncəsənət Muzeyi — 5 may – 20 iyun 2022\n"
                              "   Açılış mərasimində nazir iştirak etmişdir.\n"
                              "2. Daşkənd, Dövlət İncəsənət Muzeyi — 1 sentyabr – 30 oktyabr 2022", LANG)
    # (what the line under an entry tells, its opening ceremony, is the entry's happening)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs]
    assert got == [("exhibition", "2022-03-03", ["Bishkek"]), ("exhibition", "2022-05-05/2022-06-20", ["Almaty"]),
                   ("exhibition", "2022-09-01/2022-10-30", ["Tashkent"])]


def test_a_programme_items_lecture_or_workshop_is_a_happening(extract_events):
    doc, evs = extract_events("4 mart 2023, şənbə, 15:00 — Mühazirə: \"Keçənin tarixi\". Mühazirəçi: Aygül Sadıqova.\n"
                              "5 mart 2023, bazar, 11:00 — Uşaqlar üçün dulusçuluq emalatxanası.", LANG)
    assert [(e.type, e.date) for e in evs] == [("education", "2023-03-04"), ("education", "2023-03-05")]


def test_a_book_published_is_media(extract_events):
    doc, evs = extract_events("Şairin seçilmiş şeirlər kitabı 2015-ci ildə Ankarada nəşr olunub.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("media", "2015")]


def test_a_festival_held_every_year_at_the_end_of_march_is_not_dated_by_the_month(extract_events):
    doc, evs = extract_events("2005-ci ildə cəmiyyət yaradılıb. 2011-ci ildən etibarən cəmiyyət hər il martın sonunda "
                              "Sankt-Peterburqda Novruz festivalını təşkil edir.", LANG)
    assert ("festival", "2005-03") not in [(e.type, e.date) for e in evs]


def test_holding_agreed_on_is_a_plan(extract_events):
    doc, evs = extract_events("2022-ci il aprelin 6-da nazirlər proqram imzaladılar. Tərəflər gələn il Səmərqənddə "
                              "Azərbaycan Mədəniyyəti Günlərinin keçirilməsini də razılaşdırıblar.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2022-04-06")]


def test_what_happened_within_the_days_is_the_news(check_events):
    # "günləri çərçivəsində": the Days are the frame; the gala concert held within them is what the lead tells.
    text = ("18 may 2022-ci ildə Tbilisidə keçirilən Azərbaycan mədəniyyəti günləri çərçivəsində Tbilisi Opera və Balet "
            "Teatrında Azərbaycan incəsənət ustalarının qala-konserti olub.")
    check_events(text, LANG, [("performance", "2022-05-18", "qala-konserti")])


def test_an_exhibition_opened_in_a_centre_is_no_founding(extract_events):
    doc, evs = extract_events("Mərkəzdə 2013-cü ildə Azərbaycan xalçaları sərgisi açılmışdır.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2013")]


def test_a_round_table_after_the_presentation_is_on_its_day(extract_events):
    text = ("2023-cü il noyabrın 22-də Bakı Slavyan Universitetində professor Elmira Hüseynovanın kitabının təqdimatı "
            "keçirilib. Təqdimatdan sonra «Azərbaycan–Rusiya mədəni əlaqələri» mövzusunda dəyirmi masa keçirilib.")
    doc, evs = extract_events(text, LANG)
    assert ("forum", "2023-11-22") in [(e.type, e.date) for e in evs]


def test_who_took_part_is_told_in_the_next_sentence(extract_events):
    text = ("2023-cü il mayın 12-də Bakıda Azərbaycan xalçaları sərgisi açılıb. Tədbirdə mədəniyyət naziri Adil Kərimov "
            "iştirak edib.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date, [p["name"] for p in e.participants]) for e in evs] == [
        ("exhibition", "2023-05-12", ["Adil Karimov"])]


def test_a_state_visit_told_step_by_step(extract_events):
    # "Sonra", "Geniş tərkibdə görüşdən sonra": the day of the happening told before; what was discussed is no happening.
    text = ("2025-ci il oktyabrın 14-də səhər Qazaxıstan Prezidenti Qasım-Jomart Tokayev Bakıda Fəxri xiyabanı ziyarət edib. "
            "Sonra Prezident İlham Əliyevin və Prezident Qasım-Jomart Tokayevin təkbətək görüşü olub. "
            "Görüşdə qarşılıqlı mədəniyyət günlərinin keçirilməsi məsələlərinə toxunulub. "
            "Geniş tərkibdə görüşdən sonra sənədlərin imzalanması mərasimi olub.")
    doc, evs = extract_events(text, LANG)
    dated = [(e.type, e.date) for e in evs if e.date]
    assert ("meeting", "2025-10-14") in dated and ("agreement", "2025-10-14") in dated
    assert not any(t == "culture_days" for t, _ in dated)


def test_a_planned_opening_is_no_founding(extract_events):
    text = ("Rəsmi məlumatlara görə, 2025-ci ildə Bakıda Çin Mədəniyyət Mərkəzinin fəaliyyətə başlaması, həmçinin "
            "Pekində Azərbaycan Mədəniyyəti Günlərinin keçirilməsi planlaşdırılır.")
    doc, evs = extract_events(text, LANG)
    assert [e for e in evs if e.date] == []


def test_a_count_of_years_restated_by_the_year_itself(extract_events):
    # "Three years later" counted from the aside's 1858 would be 1861: the year written after it says what it meant.
    text = ("2010-cu il mayın 15-də Bakıda, 1858-ci ildə şəhərə gəlmiş Aleksandr Dümanın qaldığı evin fasadında memorial "
            "lövhənin açılışı oldu. Üç il sonra, 2013-cü ildə Fransa hökuməti onu ordenlə təltif etdi.")
    doc, evs = extract_events(text, "az")
    assert [(e.type, e.date) for e in evs if e.type == "ceremony"] == [("ceremony", "2013")]


def test_a_named_festival_one_was_invited_to(extract_events):
    doc, evs = extract_events("2018-ci ilin sentyabrında Tbilisi Beynəlxalq Teatr Festivalına dəvət aldıq.", "az")
    assert [(e.type, e.date) for e in evs] == [("festival", "2018-09")]


def test_a_state_visit_in_the_possessive_forms(extract_events):
    doc, evs = extract_events("2024-cü il avqustun 21-də Prezident İlham Əliyev Özbəkistanın paytaxtına dövlət səfərinə gəlib.", "az")
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("visit", "2024-08-21", ["Tashkent"])]


def test_a_declarations_articles_are_commitments(extract_events):
    text = ("Birgə Bəyannamə\n\n2025-ci il mayın 12-də Daşkənd şəhərində Nəsiminin abidəsinin açılışını dəyərləndirərək,\n\n"
            "aşağıdakıları bəyan edirlər:\n\n1. Tərəflər 2026-cı ildə Daşkənddə Azərbaycan Mədəniyyət Mərkəzinin açılmasına "
            "dəstək verəcəklər.\n\n2. Tərəflər 2027-ci ildə Mədəniyyət Günlərini keçirəcəklər.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("monument", "2025-05-12")]


def test_two_signings_each_with_its_date_before_it(extract_events):
    text = ("2022-ci il iyunun 1-də Bakı şəhərində imzalanmış Bəyannaməni və 2024-cü il avqustun 22-də Daşkənd şəhərində "
            "imzalanmış Müqaviləni rəhbər tutaraq,")
    doc, evs = extract_events(text, LANG)
    assert sorted(e.date for e in evs if e.type == "agreement") == ["2022-06-01", "2024-08-22"]


def test_a_council_session(extract_events):
    text = "Ali Dövlətlərarası Şuranın 2025-ci il noyabrın 20-də Bakıda keçirilmiş üçüncü iclası."
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2025-11-20")]


def test_a_post_and_a_speciality_are_no_happenings(extract_events):
    text = ("2004-cü ildə Mədəniyyət Universitetinin muzeyşünaslıq və abidələrin mühafizəsi ixtisasını bitirib. "
            "2016-cı ildən Beynəlxalq əlaqələr və sərgilər şöbəsinin müdiridir.")
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.type in ("monument", "exhibition")]


def test_a_plan_referring_to_an_agreement_signed_long_before(extract_events):
    text = ("14 oktyabr 2025\n\nSaziş qüvvəyə mindiyi gündən 1997-ci il fevralın 18-də Tbilisidə imzalanmış təhsil sahəsində əməkdaşlıq "
            "haqqında Saziş öz qüvvəsini itirəcək.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "1997-02-18")]


def test_recognition_a_journals_first_issue_an_exhibition_that_is_and_a_preparatory_centre(extract_events):
    text = ("1920-ci il yanvarın 11-də Parisdə Antanta Ali Şurası Azərbaycan Xalq Cümhuriyyətinin müstəqilliyini de-fakto "
            "tanıdı. 1926-cı ilin noyabrında Parisdə mühacirlərin \"Prométhée\" jurnalının ilk sayı işıq üzü gördü. "
            "Ən mühüm layihəsi 2018-ci il oktyabrın 4-dən dekabrın 9-dək Londonda keçirilmiş \"Qarabağ xalçaları\" "
            "sərgisidir. 2023-cü ilin sentyabrında Marneulidə universitetin hazırlıq mərkəzi açılıb.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [
        ("exhibition", "2018-10-04/2018-12-09"), ("founding", "2023-09"), ("media", "1926-11"), ("other", "1920-01-11")]


def test_a_boards_items_dated_by_their_tagged_date_lines(extract_events):
    text = ("Səfirlik\n\n------------------------------\n10.12.2024 | XƏBƏR\nYUNESKO-da xalça sərgisi açılıb\n\n"
            "Dünən Parisdə, YUNESKO-nun mənzil-qərargahında sərginin açılış mərasimi keçirilib.\n\n"
            "------------------------------\n25.11.2024 | XƏBƏR\nSəfir nazirlikdə görüş keçirib\n\n"
            "Bu gün səfir Fransa Mədəniyyət Nazirliyinin direktoru ilə görüşüb.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("exhibition", "2024-12-09") in got and ("meeting", "2024-11-25") in got


def test_a_feeds_items_under_their_times_are_on_their_days_heading(extract_events):
    # Xəbər lenti: günün başlığı, hər xəbər öz saatının altında.
    doc, evs = extract_events("Xəbər lenti\n\nŞənbə, 18 may 2024\n\n17:25\n\nSəmərqənddə Azərbaycan xalçaları sərgisi açılıb\n\n"
                              "Səmərqənd Dövlət Muzey-Qoruğunda «Xalçada yaşayan tarix» sərgisinin açılışı olub.\n\n"
                              "Cümə, 17 may 2024\n\n18:10\n\nAzTV ilə Özbəkistan Milli Teleradio Şirkəti memorandum imzalayıb.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-05-18"), ("agreement", "2024-05-17")]


def test_a_finding_aids_files_are_no_happenings(extract_events):
    doc, evs = extract_events("Siyahı 3. Tədbirlərin sənədləri\nİş 111–140. Hindistan Mədəniyyəti Günlərinin proqramları, "
                              "dəvətnamələr, 1965\nİş 163. Kerala ştatının rəqs ansamblının Bakıda qastrolu, 1979-cu il "
                              "sentyabr: afişalar, proqramlar", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "1979-09")]


def test_an_opera_shown_is_a_performance(extract_events):
    doc, evs = extract_events("Azərbaycan Mədəniyyəti Günləri çərçivəsində 17 may 2024-cü il axşam Daşkənddə Üzeyir Hacıbəylinin "
                              "«Leyli və Məcnun» operası göstərilib.", LANG)
    assert ("performance", "2024-05-17") in [(e.type, e.date) for e in evs]


def test_a_letters_proposals_in_the_infinitive_are_no_happenings(extract_events):
    # Təkliflər siyahısı: məsdərlə bitən bənd plandır.
    doc, evs = extract_events("Azərbaycan tərəfi aşağıdakı təklifləri Sizin diqqətinizə çatdırır:\n– 2024-cü ilin oktyabrında "
                              "Bakıda Qazaxıstan kinosu günlərini keçirmək;\n– 2025-ci ildə Bakıda elmi konfrans və kitab "
                              "sərgisi təşkil etmək;", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


@pytest.mark.parametrize("text,expected", [
    ("2011-ci ildə Bakı Dövlət Universitetində Konfutsi İnstitutu açılıb.", [("founding", "2011")]),
])
def test_an_institute_opened(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


def test_a_calendar_of_anniversaries_recalls_what_it_counts_from(extract_events):
    # "... imzalanmasından 15 il ötür": the day is the anniversary's; the signing is recalled, its date under it.
    doc, evs = extract_events("2026-cı ilin xatirə günləri təqvimi\n\nNOYABR\n14 noyabr – Azərbaycan Milli Kitabxanası ilə "
                              "Rusiya Milli Kitabxanası arasında əməkdaşlıq müqaviləsinin imzalanmasından 15 il ötür.\n"
                              "Müqavilə 2011-ci il noyabrın 14-də Sankt-Peterburqda imzalanmışdır.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "2011-11-14")]


def test_what_happened_after_the_opening_is_told_of_its_own(extract_events):
    # "Sərginin açılışından sonra ...": the opening is when the ministers' tour was, no happening told here; a row
    # saying the fair was not held ("keçirilməyib") is none either.
    doc, evs = extract_events("Bakı Beynəlxalq Kitab Sərgisi 2024-cü il oktyabrın 2-dən 6-dək keçirilib. Sərginin rəsmi "
                              "açılışından sonra nazirlər stendləri gəziblər.\n\nƏvvəlki illərin fəxri qonaqları\n\n"
                              "- 2019 – Gürcüstan\n\n- 2020 – sərgi pandemiya səbəbindən keçirilməyib\n\n- 2021 – Qırğızıstan", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-10-02/2024-10-06"), ("exhibition", "2019"),
                                                          ("exhibition", "2021")]


def test_a_fact_checks_true_or_false_and_no_record_tell_no_happening(extract_events):
    doc, evs = extract_events("5. Doğru, yoxsa yanlış: Dostluq müqaviləsi 1925-ci ildə Tehranda imzalanıb.\n\n2015-ci ildə "
                              "Luvrda xalça sərgisi keçirildiyinə dair heç bir sənəd yoxdur. Müqavilə 1921-ci il fevralın "
                              "26-da Moskvada imzalanıb.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "1921-02-26")]


def test_an_events_pages_cards_with_long_titles_take_their_dates(extract_events):
    # A card's title may be longer than a heading; its dates on the line under it, with a weekday's abbreviation.
    doc, evs = extract_events("Keçmiş tədbirlər\n\n\"Nəsimi və Yunus Əmrə: iki ozanın sözü\" — ədəbi-musiqili gecə\n\n"
                              "Ç.a., 26 sen 2023, 18:30\n\nYunus Əmrə İnstitutu\n\nBakı\n\nTədbir başa çatıb\n\n"
                              "\"Anadolu sədaları\" — türk xalq musiqisi axşamı\n\nŞ., 14 okt 2023, 19:00\n\n"
                              "Beynəlxalq Muğam Mərkəzi\n\nBakı\n\nTədbir başa çatıb", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "2023-09-26"), ("performance", "2023-10-14")]


def test_an_auction_lots_exhibitions_after_their_label(extract_events):
    # "Sərgilənib:" before a lot's exhibitions on its line, parted by ";", a year written alone at the end of one;
    # "Ədəbiyyat:" before a catalogue (its year, its number) tells none.
    text = ("Lot 3. Xalçaçı qızlar, 1969. Tempera, karton.\n\n"
            "Sərgilənib: Bakı, Dövlət İncəsənət Muzeyi, «Qadın rəssamlar», 1970; Ankara, «Azərbaycan SSR təsviri sənəti», "
            "oktyabr 1976.\n\nƏdəbiyyat: Ankara sərgisinin kataloqu, 1976, №34.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("exhibition", "1970", ["Baku"]), ("exhibition", "1976-10", ["Ankara"])]


def test_the_days_closed_with_a_concert_told_after_they_opened(extract_events):
    # Günlər açıldıqdan sonra "qala-konserti ilə başa çatdı": Günlərin son günü, konsert isə öz xəbəri (əvvəlki konsert deyil).
    text = ("[17.03.2023 10:00]\nDünən axşam Türkiston sarayında təntənəli konsert keçirildi.\n\n"
            "[20.03.2023 12:00]\nBu gün Daşkənddə Azərbaycan Mədəniyyəti Günləri rəsmi açılış mərasimi ilə başladı.\n\n"
            "[24.03.2023 22:00]\nMədəniyyət Günləri bu axşam Türkiston sarayında yekun qala-konserti ilə başa çatdı.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("culture_days", "2023-03-20/2023-03-24"), ("performance", "2023-03-16"), ("performance", "2023-03-24")]


def test_a_gazettes_law_dated_by_its_heading(extract_events):
    # Qanunun başlığı: nömrəsindən sonrakı gün qanunun günüdür; təsdiq etdiyi saziş öz günündə imzalanıb.
    text = ("AZƏRBAYCAN RESPUBLİKASI QANUNVERİCİLİK TOPLUSU\n№ 6                                  30 iyun 2012-ci il\n\n"
            "511. Azərbaycan Respublikasının Qanunu № 378-IVQ, 22 may 2012-ci il\n"
            "\"Mədəniyyət sahəsində əməkdaşlıq haqqında Sazişin təsdiq edilməsi barədə\"\n"
            "2011-ci il noyabrın 15-də Pekində imzalanmış Saziş təsdiq edilsin.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("agreement", "2011-11-15"), ("decree", "2012-05-22")]


def test_a_news_pages_headline_over_its_day_is_the_happening_its_text_dates(extract_events):
    # Xəbər səhifəsi: başlıq, altında günü, altında mətni; başlığın görüşü mətnin "dünən" dediyi görüşdür, ikinci deyil.
    text = ("Konsulluğun xəbərləri\nBaş konsul Batumi Dövlət Universitetində\n15.11.2023\n"
            "Bu gün Baş konsul Elnur Rzayev universitetdə olub, rektor Giorgi Tsintsadze ilə görüşüb.\n"
            "Baş konsul Acarıstan Hökumətinin sədri ilə görüşüb\n03.11.2023\n"
            "Dünən Baş konsul Elnur Rzayev Hökumətin sədri Davit Tavadze ilə görüşüb.\n"
            "Müstəqilliyin Bərpası Günü münasibətilə konsert\n19.10.2023\n"
            "Dünən axşam Batumi Dram Teatrında konsert keçirilib.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("meeting", "2023-11-02"), ("meeting", "2023-11-15"), ("performance", "2023-10-18")]


def test_a_wiki_articles_indented_editions_each_with_its_own_days(extract_events):
    # Girintili sətirlər ("  2009 — Culfa, 14–16 avqust"): hər biri festivalın bir buraxılışı; bir sətrin günləri
    # növbəti sətrin ilini götürmür.
    text = ("Araz Aşıq Festivalı\n\nİlk festival 2007-ci ildə Culfada keçirilib.\n\nFestivallar\n"
            " 2007 — Culfa (İran), 1–3 sentyabr\n 2009 — Culfa (Azərbaycan), 14–16 avqust\n 2020 — keçirilməyib\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("festival", "2007-09-01/2007-09-03"), ("festival", "2009-08-14/2009-08-16")]


def test_an_annual_reports_visits_each_with_its_day(extract_events):
    # İllik hesabat: hər bəndin günü öz səfərinindir; "ziyarət etmiş, ... hazırlığı müzakirə edilmişdir" — vergüldən
    # sonrakı plan səfərin deyil.
    text = ("2018-ci il üzrə fəaliyyət hesabatı\n\n3. XARİCİ QONAQLAR\n"
            "3.1. 24 yanvar: Qazaxıstan Nazirliyinin nümayəndə heyəti muzeyi ziyarət etmişdir.\n"
            "3.2. 3 avqust: Nazir müavini Nino Kiknadze muzeyi ziyarət etmiş, Tbilisi sərgisinin hazırlığı müzakirə "
            "edilmişdir.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("visit", "2018-01-24"), ("visit", "2018-08-03")]


def test_a_festival_of_a_year_told_after_its_editions_list_is_that_edition(extract_events):
    # Buraxılışlar siyahısından sonra "2011-ci il festivalında ...": siyahının günləri ilə verdiyi həmin buraxılışdır;
    # iki təqvimdə deyilən bir buraxılışın günləri birdir.
    text = ("Araz Festivalı\n\nFestivallar\n 2011 — Təbriz, 22–25 sentyabr\n"
            " 2022 — Təbriz, 1401-ci il mehr ayının 15–17-si (7–9 oktyabr 2022)\n\nTanınmış qonaqlar\n"
            "2011-ci il festivalında Türkiyənin Qars şəhərindən aşıq Hüseyn Kəmaloğlu iştirak etmişdir.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("festival", "2011-09-22/2011-09-25"), ("festival", "2022-10-07/2022-10-09")]


def test_a_film_that_went_on_air_is_a_broadcast(extract_events):
    doc, evs = extract_events("Bakı, 31 may 2022. Nizami haqqında film mayın 30-da efirə getdi.", LANG)
    assert [(e.type, e.date) for e in evs] == [("media", "2022-05-30")]


def test_a_chronologys_entries_in_old_style_and_hijri_a_treaty_named_alone(extract_events):
    # Kitabın xronologiyası: köhnə və yeni üslubla gün (yenisi), köhnə təqvimlə gün (k.t.) miladi günə çevrilir; fel
    # olmadan müqaviləni adlandıran yazı onun imzalanmasıdır.
    text = ("XRONOLOGİYA\n\n"
            "1717, iyulun 30-u (k.t.) – A. P. Volınski İsfahanda ticarət müqaviləsi bağlamışdır.\n"
            "1732, yanvarın 21-i (fevralın 1-i) – Rəşt müqaviləsi: Rusiya vilayətləri İrana qaytarmışdır.\n"
            "1813, oktyabrın 12-si (24-ü) – Gülüstan sülh müqaviləsi.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "1717-08-10"), ("agreement", "1732-02-01"), ("agreement", "1813-10-24")]


def test_a_programmes_title_page(extract_events):
    # Konfrans proqramının üz qabığı: növü başlıq sətrində, yeri və günləri adın altında ayrıca sətirdə.
    text = ("ŞƏRQŞÜNASLIQ İNSTİTUTU\n\n\"AZƏRBAYCAN VƏ QAZAXISTAN: TARİXİ KÖKLƏR\"\nBeynəlxalq elmi konfrans\n"
            "PROQRAM VƏ TEZİSLƏR\n\nBakı, 18–20 oktyabr 2023-cü il\n\nTƏŞKİLAT KOMİTƏSİ\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2023-10-18/2023-10-20")]


def test_a_newsletters_calendar_in_columns_is_planned_and_its_days_are_the_issues(extract_events):
    # "aprelin 4-də" in an issue of "aprel–iyun 2023" is of 2023, not of 1998 told before; the calendar's rows, set in
    # columns of spaces under "TƏQVİM (planlaşdırılan tədbirlər)", are plans.
    text = ("DOSTLUQ CƏMİYYƏTİ\nXƏBƏR BÜLLETENİ · № 2 (41) · aprel–iyun 2023\n\nƏziz üzvlər!\n\n"
            "Cəmiyyət 1998-ci ildə Bonnda yaradılıb. Ötən rüb məhsuldar keçdi: aprelin 4-də idarə heyəti səfirlikdə "
            "mədəniyyət şöbəsinin rəhbərliyi ilə görüşərək planları müzakirə etdi.\n\n"
            "İyunun 3-də Drezdendə xanəndə Nigar Hüseynova muğam axşamı təqdim etdi.\n\n"
            "==================================================\nTƏQVİM (planlaşdırılan tədbirlər)\n\n"
            "08 iyul        Köln      \"Sommerfest\" şəhər festivalında Azərbaycan çadırı\n"
            "15–17 sentyabr Bakı      II Almaniya–Azərbaycan gənclər forumu\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("meeting", "2023-04-04") in got and ("performance", "2023-06-03") in got
    assert not any(d.startswith(("2023-07", "2023-09")) for _t, d in got)


def test_a_season_opened_with_an_opera_and_an_honorary_diploma(extract_events):
    text = ("Mövsüm 2016-cı il sentyabrın 18-də Ü.Hacıbəylinin \"Leyli və Məcnun\" operası ilə açılıb. "
            "2017-ci ildə o, Qazaxıstan Mədəniyyət Nazirliyinin Fəxri fərmanı ilə təltif olunub.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("performance", "2016-09-18") in got and ("ceremony", "2017") in got and not any(t == "decree" for t, _ in got)


def test_a_note_at_the_end_counts_from_its_markers_day_and_a_cited_newspaper_dates_nothing(extract_events):
    # "[7] ... "Ədəbiyyat qəzeti", 2003, 28 noyabr, s. 6. Ertəsi gün ...": the newspaper's day dates nothing, and "the
    # next day" counts from the day of the sentence marked [7], not from the note before it.
    text = ("Giriş\n\nHacıbəylinin operası 2003-cü il noyabrın 18-də Daşkənddə Azərbaycan teatrının truppası tərəfindən göstərildi [7]. "
            "Saziş 1996-cı il mayın 27-də imzalanmışdır [3].\n\nQEYDLƏR\n\n[3] Sazişin mətni üçün bax: Bakı, 1998, s. 4.\n"
            "[7] Tamaşa haqqında rəy üçün bax: \"Ədəbiyyat qəzeti\", 2003, 28 noyabr, s. 6. Ertəsi gün eyni truppa "
            "Səmərqənddə \"Arşın mal alan\" musiqili komediyasını da təqdim etmişdir.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("performance", "2003-11-18") in got and ("performance", "2003-11-19") in got
    assert not any(d in ("2003-11-28", "2003-11-29") for _t, d in got)


def test_a_photo_records_year_and_month_after_its_date_label(extract_events):
    # "Tarix: 1938, aprel", "Tarix: [təxm. 1965]": a year alone after a record's date label is a date.
    text = ("ARXİV\nFoto siyahısı\n\n№ 4-001\nTarix: 1938, aprel\nYer: Moskva, Konsert Zalı\n"
            "Annotasiya: Moskvada Azərbaycan ədəbiyyatı və incəsənəti ongünlüyü.\n\n№ 4-005\nTarix: [təxm. 1965]\n"
            "Yer: Bakı\nAnnotasiya: Teatrın Bakıda qastrolları.\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert got == [("culture_days", "1938-04"), ("performance", "1965")]


def test_a_house_museum_opened_a_monument_erected_and_a_comedy_shown(extract_events):
    text = ("Ev-muzey 1981-ci il iyunun 30-da Azərbaycan və Gürcüstan mədəniyyət nazirliklərinin birgə qərarı ilə açılıb. "
            "Axundovun abidəsi 1962-ci ildə ucaldılıb. 2013-cü il martın 27-də teatr Axundovun \"Hacı Qara\" komediyasını "
            "göstərdi.")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert got == [("founding", "1981-06-30"), ("monument", "1962"), ("performance", "2013-03-27")]


def test_a_supplementary_protocol_that_extended_an_agreement_is_a_signing(extract_events):
    doc, evs = extract_events("Saziş 2016-cı il martın 14-də imzalanıb; 10.03.2021 tarixli əlavə protokolla 5 il "
                              "müddətinə uzadılıb.", LANG)
    assert sorted(e.date for e in evs if e.type == "agreement" and e.date) == ["2016-03-14", "2021-03-10"]


def test_a_named_forum_that_began_its_work_is_held(extract_events):
    # "Mədəniyyət Forumu öz işinə başlayıb": a forum's name, said to have begun its work, is a forum held
    text = ("İCTİMAİ RADİO\nEfir tarixi: 6 dekabr 2023-cü il, çərşənbə, saat 18:00\n\n"
            "Bu gün günorta Bakıda Azərbaycan–Türkiyə Mədəniyyət Forumu öz işinə başlayıb.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2023-12-06")]


def test_an_honorary_doctors_diploma_presented_is_a_ceremony(extract_events):
    doc, evs = extract_events("Fəxri doktor diplomu 2016-cı il mayın 18-də Universitetin Elmi Şurasının təntənəli iclasında "
                              "təqdim edilib. Diplomu və mantiyanı Universitetin rektoru təqdim edib.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2016-05-18")]


def test_a_theatre_showed_its_production(extract_events):
    doc, evs = extract_events('2014-cü il mayın 22-də Auezov teatrı "Karvansara"nı Milli Dram Teatrının səhnəsində göstərib.', LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "2014-05-22")]


def test_a_societys_statutes_registered_is_its_founding(extract_events):
    doc, evs = extract_events("Cəmiyyətin nizamnaməsi 1997-ci il iyulun 2-də Ədliyyə Nazirliyində dövlət qeydiyyatına "
                              "alınıb.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("founding", "1997-07-02")]


def test_a_cards_date_and_place_line_dates_the_title_under_it(extract_events):
    # "▸ 12–14 mart 2024 | Bakı" over "Master-klass: ...": the card's days; "| Onlayn" names no place, still a card.
    text = ("Təhsil proqramları\n\nKEÇMİŞ SESSİYALAR\n\n▸ 12–14 mart 2024 | Bakı, Milli Xalça Muzeyi\n"
            "Master-klass: \"Xovsuz xalça: kilim toxuma texnikası\"\nMüəllimlər: Gülnarə Hüseynova\n\n"
            "▸ 7–12 oktyabr 2024 | Onlayn\nMəktəb mübadiləsi: Almatının 18 şagirdi Bakıda olub.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("education", "2024-03-12/2024-03-14"), ("education", "2024-10-07/2024-10-12")]


def test_an_exhibition_opened_in_a_museum_founds_nothing(extract_events):
    doc, evs = extract_events("Birgə sərgi \"Çöl naxışları\" Dövlət Mərkəzi Muzeyində açılıb (21 may – 31 avqust 2025).", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2025-05-21/2025-08-31")]


def test_coming_sessions_are_plans(extract_events):
    text = ("Son yenilənmə: 22 sentyabr 2025\n\nGƏLƏCƏK SESSİYALAR\n\n"
            "▸ 16 oktyabr 2025 | Bakı — Master-klass: \"Təbii boyaqlar\". Müəllim: Gülnarə Hüseynova.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


def test_a_register_tables_year_signed_column(extract_events):
    # "| Atatürk Universiteti | Türkiyə | 2009 |" under "Sazişin imzalandığı il": an agreement signed that year
    text = ("Tərəfdaş universitetlər\n\n| Universitet | Ölkə | Sazişin imzalandığı il |\n|---|---|---|\n"
            "| Atatürk Universiteti (Ərzurum) | Türkiyə | 2009 |\n| Strasburq Universiteti | Fransa | 2018 |\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("agreement", "2009"), ("agreement", "2018")]


def test_photo_captions_opened_by_their_place_and_day(extract_events):
    # "BAKI, 9 fevral 2024. ..." opening each caption: the caption's day
    text = ("XƏZƏR İNFORMASİYA AGENTLİYİ\nGünün fotosu\n\nDAŞKƏND, 6 oktyabr 2023. Milli Kitabxanada Azərbaycan ədəbiyyatı "
            "guşəsinin açılışı.\nFoto: Rəşad Kərimov\n\nBAKI, 9 fevral 2024. Səfirliyin əməkdaşları Nəvainin abidəsi önünə "
            "gül dəstələri qoyublar.\nFoto: Leyla Quliyeva\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [("ceremony", "2024-02-09"), ("founding", "2023-10-06")]


def test_a_capitalised_conference_with_place_and_days_in_brackets(check_events):
    check_events("Nəticələr aşağıdakı tədbirlərdə məruzə edilib:\n- \"Şərqşünaslıq\" Beynəlxalq Elmi Konfransı (Bakı, "
                 "BDU, 14-16 aprel 2019);\n", LANG, [("forum", "2019-04-14/2019-04-16", "Konfrans")])


def test_a_section_heading_in_capitals_ends_the_programmes_day(extract_events):
    # "SİMPOZİUMUN TARİXİNDƏN" after the last day's items: its history is not of that day.
    text = ("SİMPOZİUM\n\nProqram\n\nGiriş.\n\nƏlavə.\n\n16 may 2025-ci il, cümə – Gəncə\n11:00 – Səyyar iclas (Gəncə Dövlət "
            "Universiteti)\n17:00 – Bağlanış\n\nSİMPOZİUMUN TARİXİNDƏN\n\nSimpoziumlar silsiləsinin əsası qoyulub və "
            "ilk simpozium Ərzurumda keçirilib.\n")
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date == "2025-05-16" and "Ərzurum" in doc.text[e.sources[0].start:e.sources[0].end]]


def test_a_festivals_title_in_capitals_with_its_quoted_name_over_its_days(check_events):
    text = ("“ŞƏRQ QAPISI” VII BAKI BEYNƏLXALQ FİLM FESTİVALI\n12–18 oktyabr 2023-cü il, Bakı\n\nFOKUSDA: QAZAXISTAN "
            "KİNOSU\n")
    check_events(text, LANG, [("festival", "2023-10-12/2023-10-18", "FESTİVAL")])


@pytest.mark.parametrize("text,date", [
    ("Azərbaycan və Gürcüstan arxeoloqlarının ilk birgə çöl mövsümü 2018-ci il avqustun 5-də Qazax rayonunda başladı.",
     "2018-08-05"),
    ("Qazıntılar 2024-cü il iyulun 15-dən avqustun 28-dək Şəmkir rayonunun Dəllər kəndi yaxınlığında aparılıb.",
     "2024-07-15/2024-08-28"),
])
def test_a_joint_expeditions_field_season(check_events, text, date):
    check_events(text, LANG, [("other", date, text[:12])])


def test_a_week_of_a_countrys_cuisine_is_culture_days(check_events):
    check_events("2022-ci ilin mayında Bakıda Özbək Milli Mətbəxi Günləri keçirilib.", LANG,
                 [("culture_days", "2022-05", "Mətbəxi")])


def test_the_meeting_a_record_of_minutes_is_of(check_events):
    text = ("Azərbaycan–Türkiyə Birgə İşçi Qrupu\n\nVİDEOKONFRANSIN PROTOKOLU № 7\n\nTarix: 22.01.2025 (çərşənbə)\n"
            "Format: videokonfrans\n\nTərəflər sərginin konsepsiyasını müzakirə ediblər.\n")
    check_events(text, LANG, [("meeting", "2025-01-22", "VİDEOKONFRANS")], strict=False)


def test_a_centre_reopened_in_new_premises_is_a_founding(check_events):
    check_events("Təbriz, 7 may 2024. Şəhriyar Mədəniyyət Mərkəzi dünən Xaqani küçəsində yeni binada yenidən açılıb.",
                 LANG, [("founding", "2024-05-06", "yenidən açılıb")], strict=False)


def test_a_guests_stay_field_is_a_visit(check_events):
    check_events("Rezidentlər\n\nAnna Sokolova (Moskva), şair\nQalış: 1–30 sentyabr 2018\nİki şeir gecəsində çıxış "
                 "edib.\n", LANG, [("visit", "2018-09-01/2018-09-30", "Qalış")], strict=False)


def test_a_coming_seasons_concerts_are_plans_and_the_past_ones_happenings(check_events):
    # headings underlined with em dashes: "YENİ MÖVSÜM: KONSERTLƏR" lists plans, "ÖTƏN MÖVSÜMÜN ... ANLARI" what was done
    text = ("2025/2026 KONSERT MÖVSÜMÜ\n\nBakı, avqust 2025\n\n—————————————————————\nYENİ MÖVSÜM: KONSERTLƏR\n"
            "—————————————————————\n\n27 sentyabr 2025, şənbə, saat 19:00 — MÖVSÜMÜN AÇILIŞI\nSolist: Yelena Orlova "
            "(skripka, Moskva)\n\n—————————————————————\nÖTƏN MÖVSÜMÜN YADDA QALAN ANLARI (2024/2025)\n"
            "—————————————————————\n\n• 14.04.2025 — Sankt-Peterburq Dövlət Konservatoriyası ilə əməkdaşlıq memorandumu "
            "imzalandı.\n")
    check_events(text, LANG, [("agreement", "2025-04-14", "memorandumu")])


def test_a_plan_reports_actual_field_dates_its_item(check_events, extract_events):
    # "Planlaşdırılan vaxt: mart. Faktiki: 15.04.2023" bəndin altında: bəndin günü faktiki gündür; "təxirə salınıb" — olmayıb
    text = ("Bakı, 25 dekabr 2023-cü il\n\nHESABAT\n\nII. Planın bəndləri üzrə icra vəziyyəti\n\n"
            "1. Səmərqənddə Azərbaycan rəssamlarının sərgisi.\nPlanlaşdırılan vaxt: mart. Faktiki: 15.04.2023, 40 əsər "
            "nümayiş olunub.\n\n2. Daşkənddə Azərbaycan Dövlət Rəqs Ansamblının konserti.\nPlanlaşdırılan vaxt: may. "
            "Faktiki: təxirə salınıb.\n")
    check_events(text, "az", [("exhibition", "2023-04-15", "sərgisi")], strict=False)
    assert not [e for e in extract_events(text, "az")[1] if e.type == "performance"]


def test_a_translators_list_of_books_is_of_books_published(check_events):
    text = ("TƏRCÜMƏÇİLƏR\n\nLeyla Quliyeva rus və fars dillərindən tərcümə edir. Bakıda yaşayır.\n\n"
            "TƏRCÜMƏLƏRİ\n2009  Anna Axmatova. Seçilmiş şeirlər\n2018  Sergey Yesenin. Fars motivləri\n")
    check_events(text, "az", [("media", "2009", "2009  Anna"), ("media", "2018", "2018  Sergey")], strict=False)


def test_a_film_credit_in_a_programme_is_a_screening_on_its_day(extract_events):
    # "98 dəq., 12+": a running time and an age rating close a film's credit, a screening on the entry's day
    text = ("NİZAMİ KİNO MƏRKƏZİ\nAylıq proqram • OKTYABR 2024\n\nSEANSLARIN CƏDVƏLİ\n\n"
            "▶ 05.10 (şənbə), 17:00 — Kiçik zal\n«Mahallada duv-duv gap» (1960). Rejissor: Şöhrət Abbasov. Məşhur komediya. "
            "85 dəq., 6+\n\n▶ 12 oktyabr, şənbə, 18:00 — Kiçik zal\n«Zəriflik» (1966). Rejissor: Elyor İşmuhamedov. 78 dəq., 16+\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.type == "performance"]
    assert got == [("performance", "2024-10-05"), ("performance", "2024-10-12")], got


def test_a_quoted_old_story_with_a_title_in_it_is_read(extract_events):
    # «Dünən ... «Müfəttiş» tamaşasını göstəriblər. ...»: a quotation holding a quoted title, no title itself
    text = ("GƏNCƏ XƏBƏRLƏRİ\nİctimai-siyasi qəzet | № 41 (8123) | 17 oktyabr 2025-ci il, cümə\n\nƏLLİ İL ƏVVƏL\n"
            "«Kirovabad kommunisti», 16 oktyabr 1975-ci il\n\n«Dünən şəhər Dram Teatrının səhnəsində Moskvanın Malı "
            "Teatrının aktyorları N.Qoqolun «Müfəttiş» tamaşasını göstəriblər. Tamaşaya 600-dən çox tamaşaçı baxıb.»\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "1975-10-15")], [(e.type, e.date) for e in evs]
