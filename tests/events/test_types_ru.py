"""Russian event triggers: one sentence per event type, and the hard cases around them."""
import pytest

LANG = "ru"

CASES = [
    ("culture_days", "1959", "Участница Декады азерб. лит-ры и иск-ва в Москве (1959)."),
    ("founding", "2003", "В 2003 году она основала в Душанбе общественное объединение «Общество русской словесности»."),
    ("agreement", "1998-04-22", "Соглашение было подписано в 1998 году, точнее — 22 апреля 1998 года в Бонне."),  # уточнённая дата
    ("performance", "2019-03-14", "Сочинение впервые прозвучало 14 марта 2019 года в парижском зале Корто."),
    ("agreement", "2019-03-12",
     "12 марта 2019 года в Ташкенте министры культуры Азербайджана и Узбекистана подписали программу "
     "сотрудничества на 2019–2021 годы."),
    ("agreement", "2002-05",
     "В мае 2002 года правительства двух стран заключили соглашение о сотрудничестве в области туризма."),
    ("visit", "2016-08-08",
     "8 августа 2016 года президент России Владимир Путин прибыл в Баку с рабочим визитом."),
    ("meeting", "2017-11-14",
     "14 ноября 2017 года в Тегеране состоялась встреча министров иностранных дел Ирана и Азербайджана."),
    ("culture_days", "2008-09-23",
     "23 сентября 2008 года в Москве открылись Дни культуры Азербайджана в России."),
    ("culture_year", "2005",
     "2005 год был объявлен в России Годом Азербайджана."),
    ("festival", "2013-07-20/2013-08-05",
     "С 20 июля по 5 августа 2013 года в Габале прошёл Международный музыкальный фестиваль."),
    ("exhibition", "2018-05-03",
     "3 мая 2018 года в Национальном музее искусств в Баку открылась выставка иранской миниатюры."),
    ("performance", "2015-10-08",
     "8 октября 2015 года Азербайджанский государственный симфонический оркестр дал концерт в Москве."),
    ("performance", "2010-04",
     "В апреле 2010 года Бакинский русский драматический театр гастролировал в Санкт-Петербурге."),
    ("monument", "2012-12-17",
     "17 декабря 2012 года в Риме был открыт памятник поэту Низами Гянджеви."),
    ("forum", "2012-10-04/2012-10-05",
     "4–5 октября 2012 года в Баку прошёл II Бакинский международный гуманитарный форум."),
    ("forum", "2016-05",
     "В мае 2016 года в Бакинском государственном университете состоялась научная конференция, посвящённая "
     "персоязычному наследию Ширвана."),
    ("forum", "2015-10-15/2015-10-16",  # a catalogue's record: "конф." as libraries write it
     "Беларусь — Китай: диалог культур : материалы Междунар. науч.-практ. конф., Минск, 15–16 окт. 2015 г."),
    ("founding", "1991",
     "Общество азербайджанской культуры в Санкт-Петербурге было основано в 1991 году группой учёных."),
    ("founding", "2014-05-21",
     "21 мая 2014 года в Тбилиси торжественно открылся Азербайджанский культурный центр."),
    ("decree", "2009-02-27",
     "27 февраля 2009 года президент Ильхам Алиев подписал распоряжение о праздновании юбилея поэта."),
    ("media", "2012-06-20",
     "20 июня 2012 года государственные телеканалы двух стран начали трансляцию совместной еженедельной "
     "культурной программы."),
    ("ceremony", "2018-05-28",
     "28 мая 2018 года в посольстве Азербайджана в Тегеране прошла торжественная церемония по случаю "
     "Дня независимости."),
    ("ceremony", "2011-03",
     "В марте 2011 года писатель был награждён орденом Дружбы в Кремле."),
    ("education", "2008-09",
     "В сентябре 2008 года в Баку начал работу филиал Московского государственного университета."),
    ("education", "2015",
     "В 2015 году университеты Тебриза и Баку начали обмен студентами."),
    ("agreement", "1998",
     "В 1998 г. было заключено межправительственное соглашение о сотрудничестве в области культуры."),
    ("agreement", "1995",
     "Соглашение о культурном сотрудничестве между двумя странами было заключено в 1995 году в Баку."),
    ("founding", "2001",
     "Важным событием стало открытие в 2001 г. в Баку Российского информационно-культурного центра."),
    ("ceremony", "2023-10-15",
     "15 октября 2023 года посол вручил почётные грамоты сербским переводчикам русской литературы."),
    ("performance", "2023-10-15",
     "15 октября 2023 года Московский синодальный хор исполнил произведения Рахманинова в Белграде."),
    ("education", "2023-07-10/2023-07-14",
     "С 10 по 14 июля 2023 года педагоги театра провели в Ереване летнюю актёрскую школу."),
    ("founding", "1989", "Старейшей организацией диаспоры является Азербайджанский национальный культурный центр, созданный в 1989 году."),
    ("education", "2019", "В 2019 году при поддержке центра курсы хинди открылись в Казанском федеральном университете."),
    ("education", "1996-09", "Первые студенты университета приступили к занятиям в Душанбе в сентябре 1996 г."),
    ("exhibition", "2024-02", "В феврале 2024 года в музее Востока открылась выставка индийской миниатюры, она продлится до конца мая."),
    ("monument", "2020-09", "В сентябре 2020 года на здании Института востоковедения РАН была открыта памятная доска."),
    ("culture_year", "2009", "2009 год был объявлен Годом русского языка в Китае."),
    ("exhibition", "2007-05-14", "14 мая 2007 года в Президентском центре культуры в Астане начала работу выставка азербайджанских ковров."),
    ("founding", "2010", "Культурный центр Азербайджана в Ташкенте начал работу в 2010 году."),
    ("meeting", "2024-02-20", "20 февраля 2024 года в Ташкенте прошло совещание по подготовке Дней культуры."),
    ("meeting", "2021-01", "В январе 2021 года в Анкаре состоялись политические консультации между министерствами иностранных дел."),
    ("ceremony", "2019", "В 2019 году президент Грузии наградил художника орденом Чести."),
    ("ceremony", "2025-01-17", "Прощание с художником прошло 17 января 2025 года в Национальной галерее Грузии."),
    ("founding", "2012-10-29", "Центр был торжественно открыт 29 октября 2012 года в присутствии послов двух стран."),
    ("founding", "2015-04", "Библиотека открылась в апреле 2015 года, в ней более пяти тысяч книг."),
]


@pytest.mark.parametrize("etype,date,text", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_type(check_events, etype, date, text):
    check_events(text, LANG, [(etype, date, text)])  # the source quotes the whole sentence


def test_visit_and_agreement_in_one_sentence(check_events):
    text = ("В ходе официального визита в Тегеран 8 февраля 2005 года президенты Азербайджана и Ирана "
            "подписали соглашение о культурном сотрудничестве.")
    check_events(text, LANG, [("visit", "2005-02-08", "визита"), ("agreement", "2005-02-08", "подписали")])


def test_dateless_trigger_has_no_date(extract_events):
    doc, evs = extract_events("В рамках мероприятия также состоялся концерт мугама.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", None)]


def test_context_dated_continuation(check_events):
    text = ("28 июня 2011 года в Казани открылись Дни азербайджанской культуры в Татарстане. "
            "На церемонии открытия министр культуры рассказал о дружбе двух народов. "
            "Дни культуры продолжились 2 июля в Елабуге. "
            "3 июля в Национальном музее Татарстана открылась выставка азербайджанских ковров.")
    doc, evs = check_events(text, LANG, [("culture_days", "2011-06-28", "Дни азербайджанской"),
                                         ("culture_days", "2011-07-02", "продолжились"),
                                         ("exhibition", "2011-07-03", "выставка")])
    # The opening sentence and the one after it ("At the opening ...") are one event; the days going on
    # on 2 July is dated by context (year from the sentence before) and listed on its own day.
    days = next(e for e in evs if e.type == "culture_days" and e.date == "2011-06-28")
    quoted = " ".join(doc.text[s.start:s.end] for s in days.sources)
    assert "На церемонии" in quoted


@pytest.mark.parametrize("text", [
    "Следующие Дни культуры Азербайджана в России планируется провести в Санкт-Петербурге в октябре 2020 года.",
    "Соглашение о безвизовом режиме будет подписано в 2021 году.",
    "Министры договорились о проведении Дней культуры Азербайджана в Москве в октябре 2020 года.",
    "Министры намерены открыть выставку азербайджанских ковров в Москве в марте 2022 года.",
    "Форум азербайджанской молодёжи состоится в Москве 15 мая 2022 года.",
    # Told, then said not to have taken place.
    "Гастроли в Тегеране, объявленные на 1979 год, так и не состоялись.",
    "Открытие в Астане памятника историку Льву Гумилёву, чьё имя носит университет, намечено на 2026 год.",
    "Дни культуры Армении в Тебризе, намеченные на 2020 год, были перенесены на неопределённый срок.",
])
def test_planned_event_is_not_a_happening(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "Согласно соглашению 1997 года стороны ежегодно обмениваются делегациями преподавателей.",
    "Как указал министр, в 2014 году был отремонтирован выставочный павильон.",
    "Всероссийский азербайджанский конгресс 3 марта 2015 года выступил с заявлением.",
])
def test_trigger_word_in_no_event_sense(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


def test_body_and_abstract_state_one_event(extract_events):
    body = ("Трёхстороннее сотрудничество Азербайджана, Ирана и России\n\n"
            "8 августа 2016 года в Баку состоялся первый трёхсторонний саммит Азербайджана, Ирана и России. "
            "Стороны обсудили строительство транспортного коридора Север–Юг.\n\n")
    abstract = ("Abstract\n\nThe article examines trilateral cooperation between Azerbaijan, Iran and Russia. "
                "The first trilateral summit of the three countries was held in Baku on 8 August 2016.\n")
    doc, evs = extract_events(body + abstract, None)
    summits = [e for e in evs if e.type == "forum" and e.date == "2016-08-08"]
    assert len(summits) == 1, [(e.type, e.date) for e in evs]
    assert {s.language for s in summits[0].sources} == {"ru", "en"}
    assert not [e for e in evs if e.date and e is not summits[0]], [(e.type, e.date) for e in evs]


def test_a_second_fronted_date_refines_the_first(check_events):
    text = ("В марте 2012 года министры встретились в Баку. В том же году, 15 ноября, в Русском "
            "информационно-культурном центре в Баку прошла конференция о Лермонтове.")
    check_events(text, LANG, [("meeting", "2012-03", "встретились"), ("forum", "2012-11-15", "конференция")])


def test_a_happening_within_the_last_event_takes_its_date(check_events):
    text = ("В октябре 2011 года в Баку прошли Дни культуры России. "
            "В рамках Дней состоялся концерт симфонического оркестра во Дворце Гейдара Алиева.")
    check_events(text, LANG, [("culture_days", "2011-10", "Дни культуры"), ("performance", "2011-10", "концерт")])


def test_a_new_building_opened(check_events):
    text = "3 сентября 2010 года в Баку открылось новое здание Русского драматического театра."
    check_events(text, LANG, [("founding", "2010-09-03", "открылось новое здание")])


def test_a_performing_company_named_after_its_theatre_is_no_place(extract_events):
    doc, evs = extract_events("В октябре 2011 года состоялся концерт Большого театра во Дворце Гейдара Алиева.", LANG)
    assert [(e.type, [p["name"] for p in e.places]) for e in evs] == [
        ("performance", ["Heydar Aliyev Palace", "Baku"])]
    # Alone, a venue in the genitive is where it happened ("у здания Большого театра").
    doc, evs = extract_events("В октябре 2011 года у здания Большого театра состоялся концерт.", LANG)
    assert [p["name"] for e in evs for p in e.places] == ["Bolshoi Theatre", "Moscow"]


def test_a_decree_on_holding_is_a_decree_and_an_agreement_to_hold_is_a_plan(check_events, extract_events):
    check_events("10 января 2013 года президент подписал распоряжение о проведении Года культуры.", LANG,
                 [("decree", "2013-01-10", "распоряжение")])
    doc, evs = extract_events("10 января 2013 года министры договорились о проведении Дней культуры в Казани.", LANG)
    assert [e.type for e in evs if e.type == "culture_days"] == []


def test_an_order_received_and_independence_recognised(check_events):
    check_events("12 июля 2010 года писатель получил орден Дружбы.", LANG, [("ceremony", "2010-07-12", "получил орден")])
    check_events("Россия признала независимость Азербайджана в декабре 1991 года.", LANG,
                 [("other", "1991-12", "признала независимость")])


def test_a_programmes_period_is_not_the_day_it_was_signed(check_events):
    text = ("2 октября 2018 года состоялась встреча министров культуры, в ходе которой была подписана "
            "программа сотрудничества на 2019–2021 годы.")
    check_events(text, LANG, [("agreement", "2018-10-02", "подписана")], strict=False)


def test_a_venue_in_a_quoted_title_is_no_place(extract_events):
    doc, evs = extract_events("В апреле 2018 года в Баку открылась выставка «Сокровища Эрмитажа».", LANG)
    assert [(e.type, e.name, [p["name"] for p in e.places]) for e in evs] == [
        ("exhibition", "Сокровища Эрмитажа", ["Baku"])]


@pytest.mark.parametrize("text", ["В течение 2010 года в регионах России прошли Дни Баку.",
                                  "В 2010 году Дни Азербайджана в Москве прошли с успехом."])
def test_days_of_a_city_or_country(check_events, text):
    check_events(text, LANG, [("culture_days", "2010", "Дни")], strict=False)


def test_days_that_are_no_culture_days(extract_events):
    for text in ("Дни открытых дверей прошли в 2010 году.", "В 2010 году Дни Победы отмечались широко."):
        doc, evs = extract_events(text, LANG)
        assert [e.type for e in evs] == []


def test_no_event_from_a_reference_list(extract_events):
    text = ("В 2004 году стороны подписали соглашение о сотрудничестве.\n\nСписок литературы:\n"
            "1. Договор о дружбе между РФ и АР // Известия, 4 июля 1997. С. 3.\n\n"
            "2. Выставка азербайджанских художников в Москве // Бакинский рабочий, 12 мая 2005.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2004")]


def test_the_sides_sign_on_the_day_of_their_meeting(check_events):
    text = ("15 ноября 2021 года министры культуры встретились в Москве. "
            "Стороны подписали программу сотрудничества на 2022–2024 годы.")
    check_events(text, LANG, [("meeting", "2021-11-15", "встретились"), ("agreement", "2021-11-15", "подписали")])


def test_a_centre_opened_by_a_named_person(check_events):
    check_events("12 октября 2018 года Мехрибан Алиева открыла Азербайджанский культурный центр в Тегеране.", LANG,
                 [("founding", "2018-10-12", "открыла Азербайджанский культурный центр")])


def test_a_visit_to_a_country_whose_leader_receives_the_visitor(extract_events):
    doc, evs = extract_events("В ходе визита в Иран 19–20 июля 2022 года Президент России Владимир Путин встретился "
                              "с Верховным лидером Ирана Али Хаменеи.", LANG)
    visit = next(e for e in evs if e.type == "visit")
    assert [p["name"] for p in visit.places] == ["Iran"]


def test_lasted_until_continues_the_event(extract_events):
    doc, evs = extract_events("В Тегеране 18 февраля 2019 года открылась Неделя российского кино. "
                              "Фестиваль продлился до 24 февраля.", LANG)
    assert [(e.type, e.date, len(e.sources)) for e in evs] == [("festival", "2019-02-18", 2)]


def test_a_reception_is_a_ceremony(check_events):
    check_events("28 мая 2018 года, в День независимости Азербайджана, в посольстве в Тегеране прошёл торжественный "
                 "приём.", LANG, [("ceremony", "2018-05-28", "торжественный приём")])



@pytest.mark.parametrize("text", ["В 2010 году соглашение так и не было подписано.", "В 2010 году соглашение не подписано."])
def test_what_did_not_happen_is_no_event(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert evs == []


def test_not_less_than_is_no_negation(check_events):
    check_events("В 2010 году было подписано не менее пяти соглашений о сотрудничестве.", LANG,
                 [("agreement", "2010", "подписано")])



def test_a_condition_is_no_event(extract_events):
    doc, evs = extract_events("Если соглашение будет подписано в 2025 году, откроется центр.", LANG)
    assert evs == []


def test_a_touring_company_is_no_place(extract_events):
    doc, evs = extract_events("В 2011 году в Баку состоялись гастроли Большого театра.", LANG)
    assert [(e.type, [p["name"] for p in e.places]) for e in evs] == [("performance", ["Baku"])]


def test_what_was_signed_during_a_visit_took_place_where_the_visit_did(extract_events):
    text = ("9–10 января 2001 года Владимир Путин совершил официальный визит в Баку. В ходе визита президенты "
            "подписали декларацию о безопасности на Кавказе, а Путину было присвоено звание почётного доктора "
            "Бакинского славянского университета.")
    doc, evs = extract_events(text, LANG)
    agreement = next(e for e in evs if e.type == "agreement")
    assert agreement.date == "2001-01-09/2001-01-10" and [p["name"] for p in agreement.places] == ["Baku"]  # the Caucasus is its topic



def test_a_literary_evening_is_a_performance(check_events):
    check_events("18 сентября 2019 года в Москве прошёл литературный вечер, посвящённый Низами.", LANG, [("performance", "2019-09-18", "литературный вечер")])


def test_a_year_restated_in_an_english_abstract_without_a_place(extract_events):
    text = ("В 2005 году в России прошёл Год Азербайджана, открывший новую главу в отношениях.\n\n"
            "Abstract. In 2005 the Year of Azerbaijan was held in Russia, opening a new chapter in relations.")
    doc, evs = extract_events(text, None)
    assert [(e.type, e.date, len(e.sources)) for e in evs] == [("culture_year", "2005", 2)]


def test_preparations_for_an_event_are_no_event(extract_events):
    doc, evs = extract_events("14 сентября 2023 года министры обсудили подготовку к Дням культуры России в "
                              "Азербайджане.", LANG)
    assert "culture_days" not in [e.type for e in evs], [(e.type, e.date) for e in evs]


def test_an_unresolved_last_year_is_not_the_event_before(extract_events):
    doc, evs = extract_events("В 2000 году в Москве прошли гастроли театра. В конце прошлого года в Баку "
                              "состоялся концерт.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2000"), ("performance", None)]


def test_this_decision_dates_the_happening_before(check_events):
    text = "Турция первой признала независимость Азербайджана. Это решение было объявлено 9 ноября 1991 года."
    check_events(text, LANG, [("other", "1991-11-09", "признала")])


def test_an_inauguration_is_a_ceremony(check_events):
    check_events("В августе 2017 года Ильхам Алиев принял участие в церемонии инаугурации Роухани в Тегеране.", LANG, [("ceremony", "2017-08", "инаугурации")])


def test_a_street_named_after_someone(check_events):
    check_events("В 2008 году одной из улиц Санкт-Петербурга было присвоено имя Низами Гянджеви.", LANG, [("other", "2008", "присвоено имя")])


def test_the_opening_and_the_programme_of_the_days(check_events):
    text = ("С 21 по 24 октября 2019 года в Казани прошли Дни культуры Азербайджана. Открытие Дней состоялось в "
            "Казанском Кремле, где выступила министр культуры Татарстана Ирада Аюпова. В программе Дней была "
            "выставка азербайджанских ковров.")
    doc, evs = check_events(text, LANG, [("culture_days", "2019-10-21/2019-10-24", "Дни культуры"),
                                         ("exhibition", "2019-10-21/2019-10-24", "выставка")])
    days = next(e for e in evs if e.type == "culture_days")
    assert "Irada Ayupova" in [p["name"] for p in days.participants]


def test_ceremony_____________________(check_events):
    check_events("""19 мая 2010 года фонд представил книгу «Страна огней» в Историческом музее.""", LANG, [("ceremony", "2010-05-19", "представил книгу")])


def test_an_anniversary_marked_by_another_happening_is_its_occasion(extract_events):
    doc, evs = extract_events("5 января 2021 года президент подписал распоряжение по случаю 880-летия поэта.", LANG)
    assert [(e.type, e.date) for e in evs] == [("decree", "2021-01-05")]


def test_a_headline_is_the_happening_its_lead_dates(extract_events):
    text = ("В Баку прошёл вечер памяти Муслима Магомаева\n\n"
            "16 августа 2022 года в Центре Гейдара Алиева состоялся вечер, посвящённый 80-летию со дня рождения "
            "певца. В рамках вечера прошла выставка личных вещей певца.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date, len(e.sources)) for e in evs) == [
        ("ceremony", "2022-08-16", 2), ("exhibition", "2022-08-16", 1)]


def test_on_the_eve_of_an_event_is_no_new_event(extract_events):
    doc, evs = extract_events("Накануне фестиваля, 9 мая 2010 года, делегация возложила цветы к Могиле Неизвестного "
                              "солдата.", LANG)
    assert not [e for e in evs if e.type == "festival"]


def test_a_headline_naming_a_period_is_no_happening(extract_events):
    doc, evs = extract_events("Встречи на высшем уровне в 2001–2010 годах\n\n"
                              "9–10 января 2001 года Владимир Путин совершил официальный визит в Баку.", LANG)
    assert [(e.type, e.date) for e in evs] == [("visit", "2001-01-09/2001-01-10")]


def test_a_list_of_years_is_a_happening_in_each(extract_events):
    doc, evs = extract_events("В 2006, 2008 и 2011 годах фонд проводил выставки ковров в Москве.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2006"), ("exhibition", "2008"), ("exhibition", "2011")]


def test_a_concert_dedicated_to_an_anniversary_is_the_concert(extract_events):
    doc, evs = extract_events("2 июня 2021 года в Кремлёвском дворце состоялся гала-концерт, посвящённый 100-летию "
                              "Ази Асланова.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2021-06-02")]


def test_an_evening_dedicated_to_an_anniversary_is_a_ceremony(extract_events):
    doc, evs = extract_events("16 августа 2022 года в Баку состоялся вечер, посвящённый 80-летию певца.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2022-08-16")]


def test_a_national_day_celebrated(check_events):
    check_events("28 мая 2021 года в Москве отметили День независимости Азербайджана.", LANG,
                 [("ceremony", "2021-05-28", "отметили День")])


def test_same_day_opening_dates_by_the_last_day(check_events):
    text = ("3 мая 2019 года министры встретились в Баку. Они обсудили совместные проекты. "
            "Вечером в филармонии состоялся концерт турецких исполнителей.")
    check_events(text, LANG, [("meeting", "2019-05-03", "встретились"), ("performance", "2019-05-03", "концерт")])


def test_a_happening_named_as_a_time_is_none(check_events):
    text = "21 июня 2022 года перед церемонией открытия министры провели двустороннюю встречу в Шуше."
    check_events(text, LANG, [("meeting", "2022-06-21", "встречу")])


def test_a_city_hosting_a_named_forum_and_a_branch_starting_work(check_events):
    text = ("В 2008 г. начал работу Бакинский филиал МГУ им. М. В. Ломоносова. "
            "В том же году Баку принял III Форум творческой и научной интеллигенции государств СНГ.")
    check_events(text, LANG, [("founding", "2008", "начал работу"), ("forum", "2008", "Баку принял")])


def test_a_newspaper_started_and_proceedings_printed(check_events):
    text = ("В ноябре 1997 г. общество провело научную конференцию. Материалы конференции изданы в 1998 г. "
            "В 1999 г. общество начало выпуск ежемесячной газеты.")
    check_events(text, LANG, [("forum", "1997-11", "конференцию"), ("media", "1999", "начало выпуск")])


def test_the_first_day_of_a_forum_and_within_it(check_events):
    text = ("Форум прошёл в Баку 2–3 мая 2019 года. Впервые форум был проведён в апреле 2011 года. "
            "В первый день форума министерства подписали программу сотрудничества. "
            "В рамках форума министры провели встречу.")
    check_events(text, LANG, [("agreement", "2019-05-02", "подписали"), ("meeting", "2019-05-02/2019-05-03", "встречу")], strict=False)


def test_opened_on_one_day_and_closed_on_a_later_one(check_events):
    check_events("Форум открылся в Баку 1 октября 2010 года и завершился 2 октября принятием декларации.", LANG,
                 [("forum", "2010-10-01/2010-10-02", "Форум")])


def test_a_named_forum_after_its_verb(check_events):
    text = ("9 ноября 2018 г. в Петропавловске состоялся XV Форум межрегионального сотрудничества; "
            "на его полях было подписано 76 соглашений.")
    check_events(text, LANG, [("forum", "2018-11-09", "Форум"), ("agreement", "2018-11-09", "подписано")])


def test_an_anniversary_of_relations_established_is_no_agreement(extract_events):
    doc, evs = extract_events("В 2024 году Россия и Китай отметили 75-летие установления дипломатических отношений.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2024")]


def test_ministers_of_culture_last_week_are_no_culture_week(extract_events):
    doc, evs = extract_events("На прошлой неделе министры культуры двух стран встретились в Астане.", LANG)
    assert [e.type for e in evs] == ["meeting"]


@pytest.mark.parametrize("text,expected", [
    ("В 1998 году в Алма-Ате был открыт Узбекский национально-культурный центр.", [("founding", "1998")]),
    ("2018 год был объявлен Годом Узбекистана в Казахстане. Его торжественное открытие состоялось 15 марта 2018 года в "
     "Астане.", [("culture_year", "2018"), ("ceremony", "2018-03-15")]),
    ("Открытие Российского культурного центра в Гяндже, анонсированное на 2026 год, пока не подкреплено решениями.", []),
])
def test_years_of_a_country_centres_opened_and_announced(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_an_embassy_opened(extract_events):
    doc, evs = extract_events("Посольство Исламской Республики в Душанбе было открыто в январе 1992 г.", LANG)
    assert [(e.type, e.date) for e in evs] == [("founding", "1992-01")]


def test_negotiations_about_holding_are_no_happening(extract_events):
    doc, evs = extract_events("Организаторы ведут переговоры о проведении в 2026 году выставки итальянского стекла.", LANG)
    assert [e for e in evs if e.date] == []


def test_a_delegation_arrived_is_a_visit(extract_events):
    doc, evs = extract_events("12.03.2024\n\nНакануне в Душанбе прибыла делегация Московского государственного "
                              "университета во главе с проректором Павлом Ефремовым.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("visit", "2024-03-11", ["Dushanbe"])]


def test_the_next_day_counts_from_the_day_told_not_from_today(extract_events):
    doc, evs = extract_events("04.03.2024\n\nВ минувшую субботу в Русском доме открылась фотовыставка. Многие герои "
                              "этих фотографий и сегодня живут в обеих странах. На следующий день в том же зале прошёл "
                              "мастер-класс по каллиграфии.", LANG)
    assert sorted((e.type, e.date) for e in evs) == [("education", "2024-03-03"), ("exhibition", "2024-03-02")]


def test_what_the_sides_discussed_is_no_happening(extract_events):
    doc, evs = extract_events("17 мая 2024 года министры встретились в Алматы. Стороны обсудили совместные гастроли, обмен "
                              "выставками и подготовку кадров. По итогам встречи подписан Меморандум о сотрудничестве.", LANG)
    assert sorted((e.type, e.date) for e in evs) == [("agreement", "2024-05-17"), ("meeting", "2024-05-17")]


def test_the_decisions_of_a_protocol_are_plans(extract_events):
    doc, evs = extract_events("Протокол\n\nС 11.03.2024 по 14.03.2024 театр оперы и балета провёл гастроли в Астане.\n\n"
                              "Стороны решили:\n\nПровести Дни культуры Казахстана в Азербайджане в октябре 2024 года.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "2024-03-11/2024-03-14")]


def test_a_session_of_a_working_group_is_a_meeting(extract_events):
    doc, evs = extract_events("Третье заседание рабочей группы состоялось 3 июня 2022 года в Москве.", LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2022-06-03")]


def test_an_award_received_is_a_ceremony(extract_events):
    doc, evs = extract_events("В 2008 году он был удостоен государственной премии Ирана.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2008")]


def test_flowers_laid_at_a_monument_are_a_ceremony(extract_events):
    doc, evs = extract_events("6 июня 2024 года делегация возложила цветы к памятнику Пушкину в Баку.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("ceremony", "2024-06-06", ["Baku"])]


def test_an_anniversary_of_relations_this_year_is_no_agreement(extract_events):
    doc, evs = extract_events("В 2024 году исполняется 77 лет установлению дипломатических отношений между Индией и Россией. "
                              "Установка памятника Навои в Риме обсуждается с итальянской стороной.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


def test_received_by_the_minister_is_a_meeting(extract_events):
    doc, evs = extract_events("10 октября 2008 года он был принят министром культуры Франции.", LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2008-10-10")]


def test_a_founding_meeting_and_a_congress(extract_events):
    doc, evs = extract_events("Учредительное собрание состоялось 14 марта 1997 года в Нижнем Новгороде. II съезд ассоциации, "
                              "состоявшийся 19 июня 2004 года, избрал председателя. В 1962 году опера шла в Кремлёвском "
                              "Дворце съездов.", LANG)
    assert [(e.type, e.date) for e in evs if e.date and e.type != "performance"] == [
        ("founding", "1997-03-14"), ("forum", "2004-06-19")]


def test_each_row_of_a_report_table_is_its_own_happening(extract_events):
    doc, evs = extract_events("Основные мероприятия года приведены в таблице.\n\nДата\tМероприятие\tМесто\n18.01.2022\t"
                              "Встреча директора библиотеки с культурным советником посольства\tДушанбе\n26–28.04.2022\t"
                              "Визит делегации Национальной библиотеки Ирана\tДушанбе\n14–30.06.2022\tВыставка «Иранская "
                              "книга сегодня»\tДушанбе", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [
        ("meeting", "2022-01-18"), ("visit", "2022-04-26/2022-04-28"), ("exhibition", "2022-06-14/2022-06-30")]


@pytest.mark.parametrize("text,expected", [
    ("5 декабря 2023 года профессор СПбГУ прочитал в библиотеке лекцию «Рукописи Навои».", [("education", "2023-12-05")]),
    ("16 мая 2024 года в Мажилисе прошли совместные парламентские слушания.", [("meeting", "2024-05-16")]),
    ("В 1967 году Ленинградский театр юного зрителя поставил пьесу «Почта».", [("performance", "1967")]),
    ("21 марта 2024 года депутаты приняли участие в праздновании Наурыза.", [("festival", "2024-03-21")]),
])
def test_lectures_hearings_stagings_and_nauryz(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_the_days_a_decree_is_about_are_no_happening(extract_events):
    doc, evs = extract_events("Баку, 16 января 2024 г. Ильхам Алиев подписал распоряжение о Днях культуры Азербайджана в "
                              "Казахстане.", LANG)
    assert [(e.type, e.date) for e in evs] == [("decree", "2024-01-16")]


@pytest.mark.parametrize("text,expected", [
    ("В сентябре 1930 года Тагор приехал в Москву по приглашению ВОКС.", [("visit", "1930-09", ["Moscow"])]),
    ("В 1978 году в Москве открылся небольшой мемориальный зал поэта.", [("founding", "1978", ["Moscow"])]),
    ("В 1961 году в СССР широко отметили столетие поэта.", [("ceremony", "1961", [])]),
    # A street named after a town is an address, not the town ("Ленинский проспект" is no Leninsk).
    ("7 мая 2021 года посол Индии возложил цветы к бюсту поэта на Ленинском проспекте в Москве.",
     [("ceremony", "2021-05-07", ["Moscow"])]),
])
def test_arrivals_memorial_rooms_centenaries_and_streets(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == expected


def test_a_jubilee_year_told_again_with_its_day_takes_the_day(extract_events):
    doc, evs = extract_events("160-летие Тагора в 2021 году пришлось на непростое время, но юбилейная программа оказалась "
                              "насыщенной. 7 мая 2021 года посол Индии возложил цветы к бюсту поэта.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("ceremony", "2021-05-07")]


def test_a_period_in_the_title_holds_the_tours_under_it(extract_events):
    # "Touring chronicle, 2015–2024": a span of years holds many tours; none of them is the title's.
    doc, evs = extract_events("ДРАМАТИЧЕСКИЙ ТЕАТР (БАКУ)\nГастрольная летопись: Россия — Азербайджан, 2015–2024\n\nНиже "
                              "по сезонам собраны основные выезды труппы в Россию.\n\nСезон 2015/2016\nСезон открылся "
                              "московскими гастролями: с 10 по 14 ноября 2015 года бакинцы сыграли «Женитьбу» Гоголя.\nВ "
                              "апреле 2016 года театр принимал петербургский «Балтийский дом»: гости показали в Баку "
                              "«Укрощение строптивой» и моноспектакль «Бедная Лиза».", LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("performance", "2015-11-10/2015-11-14") in got and ("performance", "2016-04") in got


@pytest.mark.parametrize("text,expected", [
    ("На следующий день, 13 мая 1999 года, в посольстве Азербайджана в Москве устроили торжественный приём.",
     [("ceremony", "1999-05-13")]),
    ("Орден Дружбы мне вручили в Кремле 4 ноября 2013 года.", [("ceremony", "2013-11-04")]),
    ("В сентябре 2016 года мы с её учениками открыли в Баку Вокальную академию имени Ирины Волковой.",
     [("founding", "2016-09")]),
    ("Руководители библиотек подписывают меморандум о сотрудничестве. Анкара, 5 июня 2019 г.", [("agreement", "2019-06-05")]),
])
def test_receptions_orders_handed_academies_and_captions(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_list_of_agreements_each_with_its_place_and_date(extract_events):
    doc, evs = extract_events("Договорно-правовая база:\n– Соглашение о сотрудничестве в области культуры (Ташкент, 27 июля "
                              "1995 г.);\n– Меморандум о сотрудничестве между ТАСС и Национальным информационным агентством "
                              "Узбекистана (Москва, 5 апреля 2017 г.);\n– Программа сотрудничества на 2019–2021 годы "
                              "(Ташкент, 19 октября 2018 г.).\n\nЭти данные приводятся по статье (Петров 2011, с. 12).", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [
        ("agreement", "1995-07-27", ["Tashkent"]), ("agreement", "2017-04-05", ["Moscow"]),
        ("agreement", "2018-10-19", ["Tashkent"])]


def test_the_entries_of_a_live_report_are_on_its_day(extract_events):
    doc, evs = extract_events("Дни культуры Турции в Казахстане: онлайн-трансляция\n\nАстана, 4 июня 2024 года (вторник)\n\n"
                              "19:00 — В «Астана Опера» начался гала-концерт мастеров искусств двух стран.\n\n14:15 — В "
                              "Национальном музее открылась выставка «Искусство османской каллиграфии».", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "2024-06-04"), ("exhibition", "2024-06-04")]


def test_diplomatic_relations_established_are_an_event_of_their_own(extract_events):
    doc, evs = extract_events("Дипломатические отношения между Азербайджаном и Францией были установлены 21 февраля 1992 года.",
                              LANG)
    assert [(e.type, e.date) for e in evs] == [("other", "1992-02-21")]


def test_a_live_reports_entries_are_where_it_was_filed(extract_events):
    doc, evs = extract_events("Онлайн-трансляция\n\nАстана, 4 июня 2024 года (вторник)\n\n14:15 — В Национальном музее "
                              "открылась выставка «Искусство османской каллиграфии».", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [
        ("exhibition", "2024-06-04", ["Astana"])]


@pytest.mark.parametrize("text,expected", [
    ("Публикации о том, что экспозиция открылась 14 октября 2025 года, не соответствуют действительности.", []),
    ("Постановили:\n1) Организовать в октябре 2025 г. праздник Дивали.", []),
    ("Сегодня, 12 сентября 2024 года, прошёл первый в этом учебном году видеомост с Хэйхэ.", [("meeting", "2024-09-12")]),
    ("С 21 по 24 октября 2024 года у нас гостила делегация учителей школы № 4.", [("visit", "2024-10-21/2024-10-24")]),
    ("24 марта 2024 г. во дворе Дома национальностей прошёл праздник красок Холи.", [("festival", "2024-03-24")]),
])
def test_denials_decisions_video_links_guests_and_holi(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_heading_naming_a_kind_of_happening_types_the_dated_entries_under_it(extract_events):
    doc, evs = extract_events("Ансамбль «Лазги»\n\nАнсамбль создан при филармонии.\n\nЗарубежные гастроли\n\n"
                              "1981 — Польша (Варшава, Краков)\n2009 — Турция (Анкара)\n\nКонтакты\n\n"
                              "2010 — 2012: репетиционная база в Хиве", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("performance", "1981", ["Warsaw"]), ("performance", "2009", ["Ankara"])]


def test_a_lead_ending_in_a_colon_types_the_rows_of_the_table_under_it(extract_events):
    doc, evs = extract_events("Исполнение: в 2022 году состоялись следующие гастроли:\n\nКоллектив\tГород\tСроки\n"
                              "Театр кукол «Золотой ключик»\tБишкек, театр кукол\t2–4 мая 2022 г.\n"
                              "Камерный оркестр\tКаракол, филармония\t9 октября 2022 г.", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("performance", "2022-05-02/2022-05-04", ["Bishkek"]), ("performance", "2022-10-09", ["Karakol"])]


def test_days_that_began_on_a_weekday_and_closed_yesterday_span_them_and_the_eve_of_their_opening_is_the_day_before(
        extract_events):
    doc, evs = extract_events("12 мая 2023 г.\n\nДни культуры Казахстана в Москве, проходившие с понедельника, вчера "
                              "завершились в Большом театре.\n\nНакануне открытия Дней делегация возложила цветы к "
                              "памятнику Абаю на Чистых прудах.", LANG)
    assert [(e.type, e.date) for e in evs] == [("culture_days", "2023-05-08/2023-05-11"), ("ceremony", "2023-05-07")]


def test_a_programme_items_lecture_or_screening_is_a_happening(extract_events):
    doc, evs = extract_events("4 марта 2023 г., 15:00 — лекция искусствоведа Айгуль Садыковой о войлоке.\n"
                              "5 марта 2023 г., 18:00 — показ документального фильма «Степь».\n\nЛекции о войлоке "
                              "интересны многим.", LANG)
    assert [(e.type, e.date) for e in evs] == [("education", "2023-03-04"), ("performance", "2023-03-05")]


def test_a_works_year_dates_no_happening(extract_events):
    doc, evs = extract_events("В 2019 году в Баку состоялся показ фильма 1968 года «Ташкент — город хлебный».", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2019")]


@pytest.mark.parametrize("text,expected", [
    ("Почётный диплом министерства был вручён ансамблю в Тегеране 21 марта 2001 года, в праздник Навруз.",
     [("ceremony", "2001-03-21")]),  # (on the holiday: its day, no festival of its own)
    ("21 марта 2001 года в Тегеране прошёл праздник Навруз.", [("festival", "2001-03-21")]),
])
def test_an_award_handed_on_a_holiday_is_a_ceremony(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    ("В 2012 году по-русски вышел второй роман писательницы.", [("media", "2012")]),
    ("Антология современной таджикской поэзии была издана в Москве в 2008 году.", [("media", "2008")]),
])
def test_a_book_published_is_media(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("27 января 2022 года в Ташкенте выступил Государственный академический русский хор.", [("performance", "2022-01-27")]),
    ("В середине февраля 2022 года в Москве состоялось заседание подкомиссии по гуманитарному сотрудничеству.",
     [("meeting", "2022-02")]),
    ("27 января 2022 года министр выступил с докладом на конференции.", []),
])
def test_a_choir_that_performed_and_a_subcommissions_session(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.type != "forum"] == expected


def test_two_universities_that_signed_and_a_received_ambassador(extract_events):
    doc, evs = extract_events("17 мая 2024 года\n\nВчера Астраханский университет и Казанский университет подписали "
                              "меморандум о сотрудничестве. Министр принял в министерстве Чрезвычайного и Полномочного "
                              "Посла Франции 16 мая 2024 года.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2024-05-16"), ("meeting", "2024-05-16")]
    # ("подписали" is no word of the second university's name, "Вчера" none of the first's)
    assert [o["name"] for o in evs[0].organizations] == ["Astrakhansky University", "Kazansky University"]


def test_a_press_releases_notes_to_editors_tell_no_founding_of_the_relations(extract_events):
    doc, evs = extract_events("3 октября 2023 года университеты подписали соглашение в Алматы.\n\nПримечания для "
                              "редакторов\n\nНовосибирский государственный университет основан в 1959 году.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2023-10-03")]


@pytest.mark.parametrize("text,expected", [
    ("Впервые он прошёл как международный фестиваль в 2017 году, с 14 по 17 сентября.",
     [("festival", "2017-09-14/2017-09-17")]),  # (the days right after the year say it more closely)
    ("Весной 2018 года, с 15 марта по 22 апреля, здесь экспонировалась выставка.",
     [("exhibition", "2018-03-15/2018-04-22")]),
    ("3.V.2017 — Государственный симфонический оркестр под управлением А. Бурибаева выступил в Москве.",
     [("performance", "2017-05-03")]),
])
def test_a_year_told_more_closely_and_an_orchestra_that_performed(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


def test_what_happened_during_the_round_table_is_news_on_its_day(extract_events):
    # "В ходе круглого стола" names the round table told before: the presentation within it is the news, and
    # "По итогам мероприятия" the memorandum signed at its end, both on its day, however long the speeches between.
    text = ("21 мая 2024 года в Казанском университете прошёл круглый стол «Россия – Иран: культурный диалог». "
            "Открывая заседание, директор института напомнил о традициях востоковедения. Он рассказал о кафедре. "
            "С приветственным словом выступил генеральный консул Ирана. Он говорил о связях двух стран. "
            "Он упомянул переводы. "
            "В ходе круглого стола состоялась презентация книги доцента Лилии Гарифуллиной «Персидские рукописи». "
            "По итогам мероприятия ректоры двух университетов подписали меморандум о сотрудничестве.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [
        ("agreement", "2024-05-21"), ("ceremony", "2024-05-21"), ("forum", "2024-05-21")]


def test_the_same_day_as_the_first_day_of_the_conference(extract_events):
    text = ("20–21 апреля 2023 года в университете прошла международная конференция. В первый день конференции "
            "институты подписали меморандум. В тот же день в библиотеке открылась выставка редких изданий.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [
        ("agreement", "2023-04-20"), ("exhibition", "2023-04-20"), ("forum", "2023-04-20/2023-04-21")]


def test_what_a_speaker_recalls_in_a_long_quotation_is_told(extract_events):
    # A quotation of several sentences is speech, not a title: its happenings and dates count.
    text = ("МОСКВА, 15 октября 2024. /ТАСС/. Посол рассказал о визите премьер-министра Индии. «8–9 июля 2024 года "
            "Нарендра Моди побывал в Москве. Встречаясь с индийской общиной, он говорил о культуре и о наших связях».")
    doc, evs = extract_events(text, LANG)
    assert ("visit", "2024-07-08/2024-07-09") in [(e.type, e.date) for e in evs]


def test_days_that_will_close_on_sunday_are_a_plan(extract_events):
    text = ("МОСКВА, 15 октября 2024. /ТАСС/. Сегодня в Москве стартовали Дни культуры Азербайджана. "
            "Завершатся Дни культуры в воскресенье концертом в Московском доме музыки.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2024-10-15")]


def test_a_post_dated_by_its_day_and_time_without_a_year(extract_events):
    text = ("Дайджест недели: 9–15 сентября 2024 года\n\n📅 14 сентября, 09:15\nВчера вечером в Ташкенте гала-концертом "
            "завершились Дни культуры Азербайджана.\n\nВ октябре 2021 года он приехал в Париж на открытие Сезона Грузии "
            "во Франции.")
    doc, evs = extract_events(text, "ru")
    got = [(e.type, e.date) for e in evs]
    assert ("culture_days", "2024-09-13") in got and ("culture_year", "2021-10") in got


def test_a_happening_told_of_him_in_an_obituary_is_his_named_by_name_and_patronymic(extract_events):
    text = ("Памяти Тамаза Чиковани\n\nНа 76-м году жизни скончался Тамаз Георгиевич Чиковани — дипломат и переводчик.\n\n"
            "Тамаз Чиковани родился в Кутаиси. В апреле 1994 года в Париже по его инициативе открылась выставка "
            "грузинской эмали. В феврале 1997 года Тамаз Георгиевич участвовал в подписании соглашения о культурном "
            "сотрудничестве.")
    doc, evs = extract_events(text, "ru")
    people = {e.type: [p["name"] for p in e.participants] for e in evs}
    assert people["exhibition"] == ["Tamaz Chikovani"] and people["agreement"] == ["Tamaz Chikovani"]


def test_each_document_of_a_signed_list_is_a_signing(extract_events):
    text = ("14 мая 2024 года в Баку главы государств подписали Совместное заявление. В их присутствии был также подписан "
            "ряд межведомственных документов, в том числе:\n"
            "• Программа сотрудничества между министерствами культуры на 2024–2026 годы;\n"
            "• Меморандум о взаимопонимании в области высшего образования;\n"
            "• Соглашение об открытии Центра казахского языка и культуры.\n\n"
            "Вечером президенты посетили концерт.")
    doc, evs = extract_events(text, "ru")
    assert [e.date for e in evs if e.type == "agreement"] == ["2024-05-14"] * 4


def test_a_declarations_articles_are_commitments_and_its_closing_line_the_signing(extract_events):
    text = ("Совместное заявление\n\nприветствуя открытие 19 мая 2023 года в Ташкенте памятника Насими,\n\n"
            "заявляют о нижеследующем:\n\n1. Стороны проведут Дни культуры Узбекистана в Азербайджане в 2026 году.\n\n"
            "2. Стороны поддержат открытие в Баку Культурного центра Узбекистана.\n\n"
            "Совершено в городе Ташкенте 17 октября 2024 года в двух подлинных экземплярах.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("monument", "2023-05-19"), ("agreement", "2024-10-17")]


def test_a_parliament_ratifying_an_agreement(extract_events):
    doc, evs = extract_events("15 ноября 2023 года депутаты Мажилиса ратифицировали Соглашение о культурных центрах.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2023-11-15")]


def test_two_happenings_of_a_kind_each_with_its_date(extract_events):
    text = ("высоко оценивая проведение Дней культуры Азербайджана в Узбекистане, прошедших 18–22 сентября 2023 года "
            "в Ташкенте, а также Дней культуры Узбекистана в Азербайджане, состоявшихся в Баку в мае 2024 года,")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [("culture_days", "2023-09-18/2023-09-22"), ("culture_days", "2024-05")]


def test_a_thread_told_in_the_historical_present(extract_events):
    text = ("Начнём с сентября 1930 года. В Москву приезжает Рабиндранат Тагор.\n\n"
            "Перелом — октябрь 1954 года. В Москве проходит Фестиваль индийских фильмов.\n\n"
            "А в 1989 году при посольстве Индии начинает работу Культурный центр имени Джавахарлала Неру.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("visit", "1930-09") in got and ("festival", "1954-10") in got and ("founding", "1989") in got


def test_a_plans_month_cut_off_by_its_abbreviation_is_no_scene(extract_events):
    text = ("Протокол общего собрания от 22 февраля 2025 г.\n\nПостановили: провести в апреле 2025 г. Дни индийской "
            "культуры в Санкт-Петербурге совместно с Генеральным консульством Индии.")
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date]


def test_a_post_is_no_happening_but_separate_talks_are(extract_events):
    text = ("С 2016 года — заведующая отделом международных выставок музея. В сентябре 2021 года президент Ирана, "
            "прибыв в Душанбе на саммит, провёл отдельные переговоры с Эмомали Рахмоном.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("meeting", "2021-09") in got and not [e for e in evs if e.type == "exhibition"]


def test_a_chronology_table_keeps_each_rows_date(extract_events):
    text = ("Хронология\n\nДата\tСобытие\n\nИюнь 1997 г.\tОфициальный визит Президента Азербайджана Гейдара Алиева в "
            "Казахстан.\n\nМарт 2023 г.\tВ Астане министры культуры подписали Программу сотрудничества.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("visit", "1997-06") in got and ("agreement", "2023-03") in got


def test_a_list_of_translations_with_their_imprints(extract_events):
    text = ("Грузинская литература в русских переводах\n\n1. Отар Чиладзе. Шёл по дороге человек: роман / пер. с груз. "
            "Тамары Гегечкори. – Москва: Текст, 2016. – 478 с.\nПервый полный перевод романа.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("media", "2016")]


def test_what_a_ministry_is_working_on_is_no_happening_but_a_memorandum_providing_for_exchanges_is(extract_events):
    text = ("15 марта 2024 г.\n\nМинистерство прорабатывает вопрос о проведении в 2024 году Дней культуры России в Индии. "
            "Рассматривается возможность возобновления гастролей индийских театров. 22 мая 2019 года был подписан "
            "меморандум о взаимопонимании, предусматривающий обмен студентами.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "2019-05-22")]


def test_an_embassy_closed_for_a_holiday_is_no_festival(extract_events):
    doc, evs = extract_events("В связи с празднованием Навруза 21 марта 2024 года Посольство не работает.", LANG)
    assert not [e for e in evs if e.date]


def test_a_loans_table_under_a_long_numbered_caption(extract_events):
    text = ("Таблица 6.1. Выставки за рубежом с участием предметов из собрания ГМВ (2023)\n\n"
            "№\tВыставка\tМесто проведения\tГород\tСроки\n"
            "1\t«Наследие Туркестана»\tГосударственный музей искусств\tТашкент\t15.03.2023 – 30.06.2023\n"
            "2\t«Сузане: искусство вышивки»\tМузей прикладного искусства\tТашкент\t05.05.2023 – 20.08.2023\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("exhibition", "2023-03-15/2023-06-30") in got and ("exhibition", "2023-05-05/2023-08-20") in got


def test_a_catalogue_records_exhibitions_with_titles_in_guillemets(extract_events):
    # A title's stop and its words ("скульптура") are the title's: each line under "Выставки" is one exhibition.
    text = ("Карточка произведения\n\nВыставки\n"
            "Ленинград, Государственный Русский музей, «Художники Средней Азии. Живопись, графика, скульптура», 1966.\n"
            "Москва, Государственный музей Востока, «Краски Самарканда», 14 сентября – 30 октября 2012.\n\n"
            "Литература\nКраски Самарканда: Каталог выставки. М., 2012. С. 56.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert got == [("exhibition", "1966"), ("exhibition", "2012-09-14/2012-10-30")]


def test_a_feeds_items_under_their_times_are_on_their_days_heading(extract_events):
    # A news feed: a day heading, then each item under its time alone on a line; "вчера" counts from the heading's day,
    # and the items under the next heading are on its day.
    doc, evs = extract_events("Лента новостей\n\nВторник, 14 марта 2023\n\n17:05\n\nВ Центре Гейдара Алиева концертом открылись "
                              "Дни культуры России в Азербайджане.\n\n11:00\n\nВчера в Национальном музее искусства открылась "
                              "выставка «Русский пейзаж».\n\nПонедельник, 13 марта 2023\n\n10:15\n\nВ Баку завершились "
                              "гастроли Малого театра.\n\nМосквичи показали на сцене драмтеатра спектакль «Гроза».", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [
        ("culture_days", "2023-03-14"), ("exhibition", "2023-03-13"), ("performance", "2023-03-13")]


def test_a_day_heading_with_no_year_dates_nothing_it_cannot(extract_events):
    # (a day with no year is no day "yesterday" counts from: no error, no guess)
    doc, evs = extract_events("Лента\n\n13 марта\n\n19:30\n\nВчера министр культуры принял делегацию из Баку.", LANG)
    assert all(e.date is None or e.date.startswith("XXXX") for e in evs)


@pytest.mark.parametrize("text,expected", [
    # A finding aid's files: documents of those years, no happening; a file dated by its days reports one.
    ("Раздел 3. Документы о мероприятиях\nД. 13. Материалы Недели иранского кино: программы, афиши. 1967. 39 л.\n"
     "Д. 16. Отчёт о проведении Дней культуры Таджикистана в Тегеране, состоявшихся 10–16 мая 1993 г. 88 л.",
     [("culture_days", "1993-05-10/1993-05-16")]),
    # An entry opened by its year gives the days later: those are its date.
    ("Поддержанные проекты:\n2019 — выставка «Миниатюры Раджастхана» в Национальном музее Республики Татарстан, Казань "
     "(5 сентября — 20 октября 2019 г.).", [("exhibition", "2019-09-05/2019-10-20")]),
])
def test_finding_aids_files_and_entries_with_their_days(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("В конце мая 1829 года, направляясь в действующую армию, в Тифлис прибыл Александр Пушкин.",
     [("visit", "1829-05", ["Tbilisi"])]),
    ("Летом 1931 года в Грузию приехал Борис Пастернак.", [("visit", "1931", ["Georgia"])]),
])
def test_an_arrival_told_with_the_place_first(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == expected


def test_a_treaty_registers_record_is_its_signing(extract_events):
    # The record's date of signature is the signing, where and by whom its fields say; its "signature place" line is
    # no signing of its own, its entry into force no happening.
    doc, evs = extract_events("Договорно-правовая база\n\nРег. № 1/FR-1993-07\nНаименование: Соглашение между Правительством "
                              "Республики Узбекистан и Правительством Французской Республики о сотрудничестве в области "
                              "культуры\nМесто подписания: г. Париж\nДата подписания: 27.10.1993\nВступление в силу: "
                              "12.06.1995\nСтатус: действует", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("agreement", "1993-10-27", ["Paris"])]


def test_a_closing_chronology_restates_what_the_text_told(extract_events):
    doc, evs = extract_events("Первый фестиваль прошёл в Благовещенске в июле 2010 года и собрал тысячи зрителей.\n\n"
                              "Коротко: хронология\n\n2010 — первый фестиваль в Благовещенске\n2019 — X фестиваль в Хэйхэ", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("festival", "2010-07"), ("festival", "2019")]


def test_a_letters_proposals_are_no_happenings(extract_events):
    doc, evs = extract_events("В связи с этим предлагаем следующее:\n– провести в октябре 2024 года в Москве Дни азербайджанского "
                              "кино;\n– подписать в Баку новую программу сотрудничества в 2025 году.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []



def test_a_calendar_of_anniversaries_recalls_what_it_counts_from(extract_events):
    # "100 лет со дня открытия ... съезда": the day is the anniversary's, in the calendar's year; the congress is
    # recalled, its own date is in the note under it.
    doc, evs = extract_events("Календарь памятных дат на 2026 год\n\n26 февраля — 100 лет со дня открытия в Баку Первого "
                              "тюркологического съезда (1926).\nСъезд работал в Баку с 26 февраля по 6 марта 1926 года.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "1926-02-26/1926-03-06")]


def test_a_fairs_earlier_guests_of_honour_are_its_editions(extract_events):
    doc, evs = extract_events("4–8 июня 2024 года в Минске прошла XXXI Минская международная книжная выставка-ярмарка.\n\n"
                              "Почётные гости прошлых лет\n\n- 2023 — Узбекистан\n\n- 2022 — Россия\n\n"
                              "- 2020 — выставка не проводилась", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-06-04/2024-06-08"), ("exhibition", "2023"),
                                                          ("exhibition", "2022")]


def test_a_lead_saying_what_is_planned_lists_no_happenings(extract_events):
    doc, evs = extract_events("5. ДАЛЬНЕЙШЕЕ РАЗВИТИЕ ПРОЕКТА\nВ 2024 году планируется:\n– открыть мемориальную доску М. Турсун-заде "
                              "(ориентировочно в мае 2024 г.);\n– провести гастроли театра в Худжанде.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


def test_a_press_conference_is_no_forum(extract_events):
    doc, evs = extract_events("15 марта 2023 года в Москве прошла пресс-конференция, посвящённая старту проекта. 16 марта "
                              "там же открылась научная конференция.", LANG)
    assert [(e.type, e.date) for e in evs if e.type == "forum"] == [("forum", "2023-03-16")]


def test_a_fact_checks_true_or_false_and_no_record_tell_no_happening(extract_events):
    doc, evs = extract_events("5. Верно или нет: Договор о дружбе был подписан в Тегеране в 1925 году.\n\nНикаких сведений о "
                              "выставке ковров в Лувре в 2015 году нет. Договор был подписан в Москве 26 февраля 1921 года.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "1921-02-26")]


def test_the_day_after_a_happening_told_before(extract_events):
    # "На следующий день после презентации": the day after the presentation told before; the presentation is that one.
    doc, evs = extract_events("12 октября 2023 года в Душанбе прошла презентация антологии таджикской поэзии.\nНа следующий "
                              "день после презентации антологии её авторы провели встречу со студентами института.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2023-10-12"), ("meeting", "2023-10-13")]


def test_a_pronoun_opening_the_next_sentence_dates_the_happening_told(extract_events):
    doc, evs = extract_events("Во дворе музея стоит бюст Рудаки. Он был открыт 21 сентября 2015 года.", LANG)
    assert [(e.type, e.date) for e in evs] == [("monument", "2015-09-21")]


def test_a_decrees_orders_plan_what_is_to_come(extract_events):
    doc, evs = extract_events("Правительство Республики Беларусь ПОСТАНОВЛЯЕТ:\n1. Провести Дни культуры Республики Беларусь в "
                              "Китайской Народной Республике с 10 по 14 июня 2024 г.\n2. Министерству культуры подготовить "
                              "выставку в Пекине в июне 2024 г.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


def test_a_film_catalogues_premiere_and_awards(extract_events):
    # "Награды:" over a prize won at a festival: the prize, not the festival; "премьера на фестивале": the premiere.
    doc, evs = extract_events("«Хлеб и соль» (Таджикистан, 2024)\nПремьера: мировая премьера на фестивале «Дидор-2024», 21 "
                              "сентября 2024 г.\nНаграды: Гран-при фестиваля «Киношок» (Анапа, 2023)", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "2024-09-21"), ("ceremony", "2023")]


def test_a_forum_members_registration_is_no_founding(extract_events):
    doc, evs = extract_events("tamuna_tb\n\nЗарегистрирован: 05 окт 2014\n\nСообщений: 1284\n\nДобавлено: 12 мар 2019, 14:22\n\n"
                              "В 1969 году в Париже показали Пиросмани.", LANG)
    assert not [e for e in evs if e.type == "founding"]


def test_a_catalogue_records_imprint_dates_no_happening(extract_events):
    # The year of a book's imprint ("Минск : Звязда, 2015") is when it appeared; the days its note tells are the event's.
    doc, evs = extract_events("4.\nЗаглавие: Дни культуры Китая в Беларуси : фотоальбом\nВыходные данные: Минск : Звязда, 2015\n"
                              "Объём: 120 с. : цв. ил.\nПримечания: Подготовлен по итогам Дней культуры КНР в Республике Беларусь "
                              "(Минск, Гомель, 1–7 сент. 2014 г.)", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2014-09-01/2014-09-07")]


def test_a_slides_plans_heading_with_its_years(extract_events):
    # A talk's slide "Планы на 2022–2023 гг.": what it lists is to come, whatever day the talk was given (the heading
    # ends with the years' abbreviation, a full stop that ends no sentence).
    doc, evs = extract_events("Слайд 6\n\n• 2019 — Дни культуры Казахстана в Москве\n\nСлайд 7\n\nПланы на 2022–2023 гг.\n\n"
                              "• 2022 — Дни культуры Казахстана в Санкт-Петербурге\n• 2023 — совместная выставка «Абай и Пушкин»",
                              "ru")
    assert [(e.type, e.date) for e in evs] == [("culture_days", "2019")]


def test_a_channels_posts_under_the_channels_name_and_a_forwarded_ones(extract_events):
    # "Канал, [дата время]" над постом, "[Переслано из: ..., дата время]" над пересланным: "вчера", "сегодня" считаются
    # от дня своего поста; "завтра" — план.
    text = ("Узбекский дом | Казань, [02.03.2023 11:05]\n"
            "Вчера в Казанском федеральном университете открыли Центр узбекского языка и культуры.\n\n"
            "[Переслано из: Генеральное консульство Республики Узбекистан в Казани, 21.03.2023 16:20]\n"
            "Сегодня в Казани торжественно отметили Навруз.\n\n"
            "Узбекский дом | Казань, [22.03.2023 10:00]\nЗавтра в 18:00 концерт ансамбля «Лазги» в театре Камала.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("festival", "2023-03-21"), ("founding", "2023-03-01")]


def test_a_registers_acts_and_the_visit_its_bracket_dates(extract_events):
    # Акт реестра: постановление — дня своего номера; визит, о котором оно говорит, — дней в скобках после него (запятая
    # между местом и днями — не граница предложения).
    text = ("НАЦИОНАЛЬНЫЙ РЕЕСТР ПРАВОВЫХ АКТОВ\n№ 128                                   Вторник, 27 мая 2008 г.\n\n"
            "9. ПОСТАНОВЛЕНИЕ ПАЛАТЫ ПРЕДСТАВИТЕЛЕЙ\n№ 512-П4/IV от 22 мая 2008 г.\n«О рабочей группе по сотрудничеству»\n"
            "По итогам визита делегации Всекитайского собрания народных представителей в Республику Беларусь "
            "(г. Минск, 6–8 мая 2008 г.) создать рабочую группу.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("decree", "2008-05-22"), ("visit", "2008-05-06/2008-05-08")]


def test_a_wiki_articles_numbered_editions_and_its_notes(extract_events):
    # Статья, скопированная текстом: «Фестивали» над строками «N-й — год, дни, город»; «отменён» — не проводился;
    # примечания со стрелками «↑» — источники, не события.
    text = ("Кавказский мост\n\nПервый фестиваль прошёл в Тбилиси в 2011 году.\n\nФестивали\n\n"
            " 1-й — 2011, 20–25 сентября, Тбилиси\n 2-й — 2012, 18–23 сентября, Баку\n 2020 — отменён\n\n"
            "Примечания\n\n ↑ Фестиваль «Кавказский мост» пропустит год // Sputnik Грузия. — 2017. — 3 июля. "
            "(дата обращения: 14 марта 2024)\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("festival", "2011-09-20/2011-09-25"), ("festival", "2012-09-18/2012-09-23")]


def test_a_film_that_went_on_air_is_a_broadcast(extract_events):
    doc, evs = extract_events("Москва, 3 марта 2023. Фильм о Низами вышел в эфир вчера на канале «Культура».", LANG)
    assert [(e.type, e.date) for e in evs] == [("media", "2023-03-02")]


def test_a_chronologys_entries_in_old_style_and_hijri_a_treaty_named_alone(extract_events):
    # Хронология книги: день по старому и новому стилю — григорианский, год хиджры — его дни; запись, называющая договор
    # без глагола, — его подписание; «заключён договор» — тоже.
    text = ("ХРОНОЛОГИЯ\n\n"
            "31 мая 1667 г. (ст. ст.) — в Москве заключён договор с Армянской торговой компанией.\n"
            "12 (24) октября 1813 г. — Гюлистанский мирный договор.\n"
            "1135 г. х. — в Реште основана русская торговая контора.\n"
            "5 декабря 2023 г. — соглашение с университетом.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "1667-06-10"), ("agreement", "1813-10-24"), ("founding", "1722-10-12/1723-09-30")]


def test_a_programmes_title_page(extract_events):
    # Обложка программы конференции: её род в строке шапки, место и дни — отдельной строкой под названием.
    text = ("ИНСТИТУТ ИСТОРИИ\n\nМеждународная научная конференция\n«АЗЕРБАЙДЖАН И ГЕРМАНИЯ: ДВА ВЕКА ДИАЛОГА»\n\n"
            "ПРОГРАММА И ТЕЗИСЫ ДОКЛАДОВ\n\nБаку, 15–17 октября 2019 г.\n\nОРГКОМИТЕТ\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2019-10-15/2019-10-17")]


def test_a_judgments_facts_an_agreement_by_its_number_a_press_conference_a_tour_first_set(extract_events):
    # Установленное судом: дополнительное соглашение по его номеру и дню, пресс-конференция; гастроли, «назначенные на»
    # сентябрь, — лишь план.
    text = ("Дополнительным соглашением № 1 от 30 августа 2021 г. сроки гастролей были изменены. "
            "Первоначально гастроли были назначены на сентябрь 2021 г. "
            "4 мая 2022 г. в пресс-центре ТАСС в Москве Организатор провёл пресс-конференцию.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("agreement", "2021-08-30"), ("media", "2022-05-04")]


def test_a_listings_author_and_work_then_its_day(extract_events):
    # "• П. И. Чайковский. «Лебединое озеро», балет — 22 декабря 2017 г.": the author's stops end no sentence, so each
    # item under "Премьеры:" is a premiere of its day; "2016, 14–22 февраля — ..." is an entry of those days.
    text = ("СЕЗОН 2017/2018\n\nПремьеры:\n• М. Тулебаев. «Биржан и Сара», опера в 3 действиях — 14 октября 2017 г.\n"
            "• Дж. Верди. «Аида» — 15 марта 2018 г.\n\nГАСТРОЛИ И ЗАРУБЕЖНЫЕ ВЫСТУПЛЕНИЯ\n2014 — Стамбул, Анкара\n"
            "2016, 14–22 февраля — Тегеран, Международный музыкальный фестиваль «Фаджр»\n2017 — Мюнхен, Дрезден\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert ("performance", "2017-10-14") in got and ("performance", "2018-03-15") in got
    assert ("performance", "2014") in got and ("performance", "2017") in got
    assert any(d == "2016-02-14/2016-02-22" for _t, d in got)


def test_a_briefings_question_starts_again_from_its_day(extract_events):
    # "Вопрос: ..." after an answer that told of 2001: "16 мая" in the next answer is of the briefing's year.
    text = ("Брифинг официального представителя МИД, Москва, 17 октября 2024 года\n\n"
            "Вопрос: Каковы перспективы сотрудничества с Ираном?\n\nОтвет: Сотрудничество опирается на Договор, "
            "подписанный 12 марта 2001 года.\n\nВопрос: Как проходят Годы культуры России и Китая?\n\n"
            "Ответ: Торжественная церемония открытия Годов культуры состоялась 16 мая в Пекине.\n")
    doc, evs = extract_events(text, LANG)
    assert ("ceremony", "2024-05-16") in [(e.type, e.date) for e in evs]


def test_a_month_of_the_next_year_and_an_embassy_opened(extract_events):
    text = ("Дни культуры Азербайджана в Казахстане прошли в сентябре 2002 года. Ответные Дни культуры Казахстана в "
            "Азербайджане были проведены в Баку в мае следующего года. Посольство Республики Казахстан в Баку открылось "
            "в 2004 г.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("culture_days", "2003-05") in got and ("founding", "2004") in got


def test_an_institute_opened_and_a_festival_celebrated_is_no_meeting(extract_events):
    text = ("Кафедра сотрудничает с Институтом Конфуция при БГУ; институт был открыт в декабре 2006 года. "
            "В субботу, 21 января 2023 года, студенты встретили Праздник Весны концертом в актовом зале.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("founding", "2006-12") in got and not any(t == "meeting" for t, _d in got)


def test_a_weeklys_masthead_cells_date_its_weekdays(extract_events):
    # "№ 15 (1743) | Пятница, 12 апреля 2024 г. | Цена свободная": the day, from which "в понедельник" counts.
    text = ("АСТРАХАНСКАЯ НЕДЕЛЯ\nОбщественно-политическая газета\n№ 15 (1743) | Пятница, 12 апреля 2024 г. | Цена свободная\n\n"
            "ДВА БЕРЕГА КАСПИЯ\n\nВ понедельник в областной библиотеке открылась выставка «Баку — Астрахань».\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-04-08")]


def test_a_ceremony_held_within_a_named_conference_is_one_happening(extract_events):
    # "в рамках Международной научной конференции": the conference frames the ceremony the sentence tells.
    doc, evs = extract_events("Церемония состоялась 24 мая 2021 г., в День славянской письменности и культуры, в рамках "
                              "Международной научной конференции «Славянский мир и Восток».", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("ceremony", "2021-05-24")]


def test_a_digests_headline_in_quotes_is_the_happening_its_item_dates(extract_events):
    # A press review's item: outlet, day, headline in quotes; the headline's happening is the one the text under it
    # tells with its own day, not one of the day the outlet wrote.
    text = ("ОБЗОР ПРЕССЫ\nВыпуск № 41. Период мониторинга: 9–15 октября 2023 г.\n\n"
            "1. ТАСС, 10.10.2023. «В Ташкенте стартовали Дни культуры России»\n"
            "Агентство сообщает, что Дни культуры России в Узбекистане проходят с 9 по 13 октября в Ташкенте и Самарканде.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("culture_days", "2023-10-09/2023-10-13")]


def test_a_university_opened_told_in_the_passive_or_by_a_participle_is_a_founding(extract_events):
    doc, evs = extract_events("В 1993 году в Туркестане был открыт Международный казахско-турецкий университет имени Ходжи "
                              "Ахмеда Ясави. Первым стал филиал МГУ им. М. В. Ломоносова в Ташкенте, открытый в 2006 году.", LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("founding", "1993"), ("founding", "2006")]


def test_a_plaques_opening_field_in_a_register_of_plaques_is_its_unveiling(extract_events):
    text = ("РЕЕСТР МЕМОРИАЛЬНЫХ ДОСОК, СВЯЗАННЫХ С ИСТОРИЕЙ И КУЛЬТУРОЙ ГРУЗИИ\n\n№ 07-01\nАдрес: ул. Гороховая, д. 41\n"
            "Текст: «В этом доме жил грузинский писатель И. Г. Чавчавадзе»\n"
            "Открытие: 8 ноября 1987 г., к 150-летию со дня рождения писателя.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("monument", "1987-11-08")]


def test_those_who_unveiled_a_plaque_found_nothing(extract_events):
    # "Доску открыли председатель ... общества" names who unveiled the plaque: no society was founded; an embassy that
    # opened is still a founding.
    doc, evs = extract_events("21 июня 1990 г. доску открыли председатель Ленинградского общества «Грузинский дом» "
                              "Нодар Гелашвили и народный артист РСФСР Игорь Горбатов.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("monument", "1990-06-21")]
    doc, evs = extract_events("В январе 1992 года в Душанбе открылось посольство Ирана. 10–11 мая 2024 г. Посол находился "
                              "с рабочей поездкой в г. Чэнду.", LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("founding", "1992-01"), ("visit", "2024-05-10/2024-05-11")]


def test_a_worklists_abbreviated_first_performance(extract_events):
    text = ("КАТАЛОГ СОЧИНЕНИЙ\nСокращения: пр. — первое исполнение; дир. — дирижёр; зап. — запись.\n\n"
            "1. «Степные напевы». Струнный квартет № 1 (1987).\nПр.: 14 апреля 1988 г., Алма-Ата, Малый зал консерватории.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "1988-04-14")]


def test_a_blog_posts_title_is_the_happening_its_text_dates(extract_events):
    # "15.09.2022 | Подписан договор" over "Вчера ... подписали договор": one signing, on the day before the post;
    # "№ 69 г. Бишкека" ends no sentence.
    text = ("Школьный блог\n\n10.11.2022 | Первый видеомост\nСегодня ребята впервые встретились в прямом эфире.\n\n"
            "15.09.2022 | Подписан договор о побратимстве\nВчера директор нашей школы Ирина Ковалевич и "
            "директор школы-гимназии № 69 г. Бишкека Айгуль Садыкова подписали договор о побратимстве.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date and e.type == "agreement"] == [("agreement", "2022-09-14")]


def test_a_conference_held_by_an_institute_and_its_committees_signature(extract_events):
    text = ("Идея родилась в Ташкенте. В мае 2011 г. Ташкентский институт востоковедения провёл первую конференцию.\n\n"
            "Оргкомитет конференции\nЕкатеринбург, декабрь 2023 г.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2011-05")]


def test_days_later_in_the_clause_make_a_counted_year_precise(check_events):
    text = ("Москва, 3 марта 2025 г.\n\nПоследняя выставка художника прошла в прошлом году в Москве, в галерее "
            "«Наши художники», с 5 по 30 июня.")
    check_events(text, LANG, [("exhibition", "2024-06-05/2024-06-30", "выставка")])


def test_a_centre_hosting_an_exhibition_founds_nothing(check_events):
    check_events("3 сентября 2024 года в выставочном зале Центра открылась фотовыставка «Ладакх».", LANG,
                 [("exhibition", "2024-09-03", "фотовыставка")])


def test_the_day_an_anniversary_marks_dates_no_exhibition(check_events):
    # "Экспозиция приурочена к ... годовщине ... (2 января 1992 года)": the exhibition told before, not one of 1992.
    check_events("12 марта 2024 года в Баку открылась выставка. Экспозиция приурочена к 33-й годовщине установления "
                 "дипломатических отношений (2 января 1992 года). На следующий день состоялся круглый стол.", LANG,
                 [("exhibition", "2024-03-12", "выставка"), ("forum", "2024-03-13", "круглый стол")])


def test_a_reference_lists_entries_report_no_happenings(check_events):
    # GOST entries ("... // ...: материалы конференции. – Махачкала, 2017. – С. 45–52.") cite works, not events.
    check_events("Публикации:\n5. Мамедов Р.Э. Культурные связи России и Азербайджана // Россия и Кавказ: материалы "
                 "Всероссийской научной конференции. – Махачкала, 2017. – С. 45–52.\n6. Мамедов Р.Э. Дни культуры как "
                 "инструмент политики // Кавказский сборник. – 2019. – Т. 11. – С. 80–95.\n", LANG, [])


def test_a_scientific_seminar_in_a_list_of_reports_is_a_forum(check_events):
    check_events("– на научном семинаре кафедры истории Гянджинского государственного университета (Гянджа, 3 октября "
                 "2019 г.);", LANG, [("forum", "2019-10-03", "семинар")])


def test_the_eve_restated_by_its_day_dates_the_concert(check_events):
    text = ("(выписка по состоянию на 1 марта 2024 г.)\n\nОткрытие: 12 марта 2010 г. Открыли доску ректор и народная "
            "артистка Грузии Нино Кикнадзе; накануне, 11 марта, группа дала концерт на сцене Александринского театра.\n")
    check_events(text, LANG, [("performance", "2010-03-11", "концерт")], strict=False)


def test_an_announcement_of_the_week_and_its_results_appended(check_events):
    # The week's agenda posted on Monday is to come; the results appended on Friday under an asterism tell what was done
    # (their days after Monday's are no plans).
    text = ("АНОНС МЕРОПРИЯТИЙ НА НЕДЕЛЮ 12–18 МАЯ 2025 ГОДА\nРазмещено: понедельник, 12.05.2025, 09:30\n\n"
            "13 мая (вторник)\n15.00 — открытие выставки «Общая Победа» (Национальный художественный музей)\n\n"
            "16 мая (пятница)\n19.00 — концерт хора имени Пятницкого (Белорусская государственная филармония)\n\n"
            "* * *\nИТОГИ НЕДЕЛИ\nДополнено: пятница, 16.05.2025, 17:45\n\n"
            "Во вторник в Национальном художественном музее открылась выставка «Общая Победа».\n")
    check_events(text, LANG, [("exhibition", "2025-05-13", "открылась")])


@pytest.mark.parametrize("text,date", [
    ("Работы пятого полевого сезона проходили с 21 августа по 16 сентября 2023 года у села Шулавери.",
     "2023-08-21/2023-09-16"),
    ("В июле–августе 2022 года раскопки совместной экспедиции велись у села Поылу.", "2022-07/2022-08"),
])
def test_a_joint_expeditions_field_season(check_events, text, date):
    check_events(text, LANG, [("other", date, text[:12])])


def test_a_week_of_a_countrys_cuisine_is_culture_days(check_events):
    check_events("В мае 2023 года в Тегеране с успехом прошла Неделя татарской кухни.", LANG,
                 [("culture_days", "2023-05", "Неделя")])


def test_the_meeting_a_record_of_minutes_is_of(check_events):
    text = ("ПРОТОКОЛ № 4\nвидеоконференции Совместной рабочей группы по подготовке Дней культуры Ирана\n\n"
            "Дата: 17 апреля 2025 г. (четверг)\nФормат: видеоконференция\n\nСтороны обсудили программу Дней.\n")
    check_events(text, LANG, [("meeting", "2025-04-17", "видеоконференции")], strict=False)


def test_an_entrys_weekday_in_brackets_is_no_happening_named(check_events):
    # "29 ноября (пт) — концерт ..." under "ЧТО ПРОИСХОДИЛО НА ВЫСТАВКЕ": the concert, not one more exhibition
    text = ("Москва, 3 марта 2025 г.\n\nВыставка «Узел и узор» закрылась вчера. Выставку 14 ноября 2024 года открыли "
            "заместитель министра культуры России и министр культуры Азербайджана.\n\nЧТО ПРОИСХОДИЛО НА ВЫСТАВКЕ\n\n"
            "• 29 ноября (пт) — концерт «Ковёр и мугам»: тар, каманча и голос.\n")
    check_events(text, LANG, [("performance", "2024-11-29", "концерт")], strict=False)
    _doc, evs = check_events(text, LANG, [], strict=False)
    assert not [e for e in evs if e.type == "exhibition" and e.date == "2024-11-29"]



def test_a_diarys_entries_under_separators_are_dated_by_their_days(check_events):
    # "* * *\n\n21 февраля": the entry's day; what it tells of the days before is done, not a plan after the first entry
    text = ("ТЕГЕРАНСКИЙ ДНЕВНИК\n\n* * *\n\n5 февраля 2023, воскресенье\n\nВчера поздно вечером мы прилетели в Тегеран. "
            "Завтра первый день занятий!\n\n* * *\n\n21 февраля\n\nПрошло две недели. В прошлый четверг на нашем факультете "
            "торжественно открыли Центр русского языка и культуры.\n")
    check_events(text, LANG, [("founding", "2023-02-16", "открыли Центр")], strict=False)


def test_a_guests_stay_field_is_a_visit(check_events):
    check_events("Приглашённые учёные\n\nПрофессор Али Резаи (Тегеран)\nСроки пребывания: 12 февраля – 1 марта 2024 г.\n"
                 "Прочитал две лекции.\n", LANG, [("visit", "2024-02-12/2024-03-01", "пребывания")], strict=False)


def test_a_cards_date_field_dates_the_heading_above(check_events):
    # «II форум» над «Даты: 22–23 сентября 2016 г.» и «Итоги: ... подписано соглашение»: день форума и соглашения
    text = ("О ФОРУМЕ\n\nФорум ежегодно собирает деятелей культуры приграничных регионов двух стран.\n\nИСТОРИЯ ФОРУМА\n\n"
            "II форум\nДаты: 22–23 сентября 2016 г.\nГород: Усть-Каменогорск (Казахстан)\nИтоги: подписано соглашение о "
            "создании Ассоциации библиотек.\n")
    check_events(text, LANG, [("forum", "2016-09-22/2016-09-23", "II форум"),
                              ("agreement", "2016-09-22/2016-09-23", "подписано")], strict=False)


def test_a_plan_reports_held_field_dates_its_item(check_events, extract_events):
    # «Исполнение: проведена 12–14 октября 2021 г.» под пунктом отчёта датирует его; «Срок по плану: ...» — план;
    # «Исполнение: перенесено на 2022 год» — пункт не состоялся
    text = ("Москва, 24 декабря 2021 г.\n\nОТЧЁТ\nо выполнении плана мероприятий на 2021 год\n\n"
            "п. 1. Конференция «Низами и русская культура» в Институте мировой литературы.\nСрок по плану: сентябрь 2021 г.\n"
            "Исполнение: проведена 12–14 октября 2021 г.\n\n"
            "п. 2. Гастроли Азербайджанского театра кукол в Москве.\nСрок по плану: ноябрь.\n"
            "Исполнение: перенесено на 2022 год.\n")
    check_events(text, "ru", [("forum", "2021-10-12/2021-10-14", "Конференция")], strict=False)
    assert not [e for e in extract_events(text, "ru")[1] if e.type == "performance"]


def test_a_translators_list_of_books_is_of_books_published(check_events):
    text = ("ПЕРЕВОДЧИКИ\n\nАнна Петрова переводит с азербайджанского и персидского. Живёт в Казани.\n\n"
            "ПЕРЕВОДЫ\n2008  Самед Вургун. Избранное\n2016  Низами Гянджеви. Семь красавиц\n")
    check_events(text, "ru", [("media", "2008", "2008  Самед"), ("media", "2016", "2016  Низами")], strict=False)


def test_a_news_lists_item_under_its_day_without_the_year_is_of_that_item(check_events):
    # «12 марта» над заголовком и заметкой: «в прошлый четверг» — от дня этой заметки
    text = ("Новости › Архив\n\n05.03.2024\nГОСТИ ИЗ ТЕГЕРАНА\nВчера в зале выступил ансамбль.\n\n12 марта\n"
            "МЕМОРАНДУМ С МУЗЫКАЛЬНОЙ АКАДЕМИЕЙ БАКУ\n"
            "В прошлый четверг ректор консерватории подписал меморандум о сотрудничестве с Бакинской музыкальной "
            "академией.\n")
    check_events(text, "ru", [("agreement", "2024-03-07", "подписал")], strict=False)


def test_an_editions_year_told_more_closely_after_its_place(check_events):
    # «I фестиваль — 2011, Астрахань, 8—11 сентября»: дни после места уточняют год выпуска
    text = ("ИСТОРИЯ\n\nФестиваль проходит раз в два года.\n\n* I фестиваль — 2011, Астрахань, 8—11 сентября. Участвовали 14 "
            "коллективов.\n* II фестиваль — 2013, Баку, 19—22 сентября.\n")
    check_events(text, "ru", [("festival", "2011-09-08/2011-09-11", "I фестиваль"),
                              ("festival", "2013-09-19/2013-09-22", "II фестиваль")], strict=False)


def test_the_first_time_since_a_year_is_no_date_of_the_happening(check_events, extract_events):
    text = "Москва, 17 мая 2024 г. Вечером в Кремлёвском дворце прошёл концерт: ансамбли выступили вместе впервые с 2019 года."
    check_events(text, "ru", [("performance", "2024-05-17", "концерт")], strict=False)
    assert not [e for e in extract_events(text, "ru")[1] if e.date == "2019"]


def test_a_markdown_table_of_editions(extract_events):
    # the table's bars: rows that open with a space after the text's normalisation, no indented lines under an entry
    text = ("Международный форум «Волга — Каспий»\n\nФорум проводится ежегодно, поочерёдно в Казани и Баку.\n\n"
            "История форума\n\n| № | Год | Город | Даты | Тема |\n|---|------|-------|------|------|\n"
            "| I | 2017 | Казань | 12–14 октября | «Общие страницы» |\n| II | 2018 | Баку | 7–9 ноября | «Рукописи» |\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("forum", "2017-10-12/2017-10-14") in got and ("forum", "2018-11-07/2018-11-09") in got, got


def test_a_rows_happening_in_the_cell_after_its_date_keeps_its_kind(extract_events):
    # under a heading naming tours and festivals: the row's presentation is no festival
    text = ("Хроника культурных связей Казахстана и Азербайджана.\n\n## Гастроли и фестивали\n\n| Дата | Событие | Место |\n"
            "|------|---------|-------|\n| 18.11.2011 | Концерт симфонического оркестра Азербайджана | Астана |\n"
            "| 07.03.2018 | Презентация антологии казахской поэзии на азербайджанском языке | Баку |\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("performance", "2011-11-18") in got and ("ceremony", "2018-03-07") in got, got


def test_a_film_credit_in_a_programme_is_a_screening_on_its_day(extract_events):
    # «Где Ахмед?» (1963, реж. ...): the question mark of the title and the director's abbreviation end no sentence
    text = ("ПРОГРАММА НА ОКТЯБРЬ 2024 ГОДА\n\nЕщё в 1968 году здесь прошла Неделя фильмов.\n\nРАСПИСАНИЕ\n\n"
            "Сб, 5 октября, 16:00\n«Не та, так эта» (1956, реж. Гусейн Сеидзаде), 84 мин.\n\n"
            "Вс, 6 октября, 18:30\n«Где Ахмед?» (1963, реж. Адиль Искендеров), 86 мин.\n\n"
            "Чт, 10.10, 19:30\n«В одном южном городе» (1969, реж. Эльдар Гулиев), 89 мин.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.type == "performance"]
    assert got == [("performance", "2024-10-05"), ("performance", "2024-10-06"), ("performance", "2024-10-10")], got


def test_a_long_quoted_sentence_is_speech_whose_days_are_read(extract_events):
    # one sentence in quotes, longer than a title: its "last Saturday" dates what it tells
    text = ("ГАЗЕТА · пятница, 20 сентября 2024\n\n10 ЛЕТ НАЗАД\n\nИз номера от 17 сентября 2014 г.:\n"
            "«В минувшую субботу у Громовой башни крепостной стены прошёл фестиваль «Днепровские берега», на который "
            "приехали коллективы из Витебска и Могилёва.»\n")
    doc, evs = extract_events(text, LANG)
    assert ("festival", "2014-09-13") in [(e.type, e.date) for e in evs], [(e.type, e.date) for e in evs]


def test_a_wiki_tables_rows_of_monuments(extract_events):
    # a wiki table's source: each row's plaque unveiled in its year, not in the years of the life it honours
    text = ("Памятники деятелям казахской культуры в России\n\n== Список ==\n{| class=\"wikitable sortable\"\n"
            "! № !! Город !! Кому посвящён !! Тип !! Дата открытия\n|-\n"
            "| 1 || Омск || Чокан Валиханов (1835—1865) || мемориальная доска || 1985\n|-\n"
            "| 2 || Астрахань || Курмангазы Сагырбаев (1823—1896) || памятник || 1996\n|}\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("monument", "1985") in got and ("monument", "1996") in got, got


def test_a_heading_in_capitals_names_the_kind_of_its_cards(extract_events):
    # "НАШИ ВЫСТАВКИ" in capitals is a heading over the cards, no exhibition's name
    text = ("Галерея «Сафа» · Казань\n\nНАШИ ВЫСТАВКИ\n\nКаспий Резиденция\n02.09.2024 – 23.09.2024\n"
            "Три недели художники из Тебриза жили и работали в Казани.\n\nНасталик и шамаиль\n01.02.2024 – 17.03.2024\n"
            "Персидская каллиграфия XX–XXI веков.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert got == [("exhibition", "2024-09-02/2024-09-23"), ("exhibition", "2024-02-01/2024-03-17")], got


def test_a_digests_weekday_heading_is_of_the_week_at_its_top(extract_events):
    # "9—15 сентября" at the top: "ВТОРНИК" is the 10th, though the item before recalled "1 сентября"
    text = ("ПОСОЛЬСТВО\nЕженедельный дайджест № 37\n9—15 сентября 2024 года\n\nПОНЕДЕЛЬНИК\n\n"
            "В прошлую пятницу в Казани завершилась Неделя иранского кино, открывшаяся 1 сентября.\n\nВТОРНИК\n\n"
            "Посол России встретился с министром культуры Ирана Аббасом Салехи.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("meeting", "2024-09-10") in got, got


def test_a_chronologys_present_tense_visit_and_opening(extract_events):
    # a chronology told in the historical present: "посещает", "открывается Кабинет"
    text = ("Хроника сотрудничества\n\nНоябрь 1993 г. — делегация Национальной библиотеки Ирана посещает "
            "Санкт-Петербург.\n\n2006 г. — в Национальной библиотеке Ирана в Тегеране открывается Кабинет русской книги.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("visit", "1993-11") in got and ("founding", "2006") in got, got


def test_a_house_of_culture_was_opened(extract_events):
    # "Дом русской культуры в Исфахане был открыт ...": the house's founding, its name's words between
    text = "Напомним, что Дом русской культуры в Исфахане был открыт 23 сентября 2019 года."
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("founding", "2019-09-23")], [(e.type, e.date) for e in evs]


def test_a_weekly_pages_weekday_heading_dates_the_item_under_its_title(extract_events):
    # a paper's culture page: "ПОНЕДЕЛЬНИК" over an item's title and its text, the week before the Saturday
    text = ("ВОЛЖСКАЯ ЗАРЯ\nОбщественно-политическая газета\n№ 41 • суббота, 14 октября 2023 г.\n\nКУЛЬТУРА • стр. 6\n"
            "НЕДЕЛЯ В ЛИЦАХ И СОБЫТИЯХ\n\nПОНЕДЕЛЬНИК\n"
            "Казахстан в гостях у Астрахани\n\nВ театре оперы и балета торжественно открылись Дни культуры Республики "
            "Казахстан.\n\nВТОРНИК\nШелковый путь в кремле\n\nВ выставочном зале кремля открылась выставка ковров.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("culture_days", "2023-10-09") in got and ("exhibition", "2023-10-10") in got, got
