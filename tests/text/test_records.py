"""records: a calendar exported as iCalendar and a register exported as JSON read as rows of a table."""
from __future__ import annotations

import json

import bilat
from bilat.records import Document
from bilat.text.normalize import normalize
from bilat.text.records import calendar_edits, csv_edits, exported, json_edits, layout

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Embassy//Calendar//EN\r\nMETHOD:PUBLISH\r\n"
    "X-WR-CALNAME:Culture in Vienna\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Vienna\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:ev-1@example.org\r\nDTSTAMP:20220310T090000Z\r\nCREATED:20211201T101500Z\r\n"
    "DTSTART;VALUE=DATE:20220214\r\nDTEND;VALUE=DATE:20220219\r\n"
    "SUMMARY:Days of Uzbek Culture in Vien\r\n na\r\n"
    "LOCATION:Konzerthaus\\, Vienna\r\n"
    "ORGANIZER;CN=Dilnoza Rashidova:mailto:d.rashidova@example.org\r\n"
    "DESCRIPTION:Concerts and a crafts fair.\\nOpened by the ambassador.\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:ev-2@example.org\r\nDTSTAMP:20220310T090000Z\r\n"
    "DTSTART;TZID=Europe/Vienna:20220301T190000\r\nDTEND;TZID=Europe/Vienna:20220301T210000\r\n"
    "SUMMARY:Concert of the Tashkent Chamber Orchestra\r\nLOCATION:Musikverein\\, Vienna\r\n"
    "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:ev-3@example.org\r\nDTSTAMP:20220310T090000Z\r\n"
    "DTSTART;TZID=Europe/Vienna:20220405T180000\r\nDTEND;TZID=Europe/Vienna:20220405T200000\r\n"
    "SUMMARY:Round table on Alisher Navoi\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n")


def doc(text: str, name: str = "t.txt") -> Document:
    return Document(path="<text>", name=name, sha256="", format="txt", encoding="utf-8", text=text)


def test_calendar_event_is_a_row_of_its_days_and_fields():
    text = normalize(doc(CALENDAR)).text
    rows = [line for line in text.splitlines() if line.strip()]
    assert rows[0] == "Culture in Vienna"
    # the all-day event's end is exclusive: 14 to 18 February; the fold inside "Vienna" and the escapes are read
    assert rows[1].split("\t") == ["2022-02-14/2022-02-18", "Days of Uzbek Culture in Vienna", "Konzerthaus, Vienna",
                                   "Dilnoza Rashidova"]
    assert rows[2] == "\tConcerts and a crafts fair. Opened by the ambassador."  # (its description under it)
    assert rows[3] == "2022-04-05\tRound table on Alisher Navoi"  # (its end the same day; the cancelled concert gone)
    assert len(rows) == 4
    assert "DTSTAMP" not in text and "20220310" not in text and "1970" not in text and "UID" not in text


def test_calendar_spans_point_into_the_file():
    t = normalize(doc(CALENDAR))
    at = t.text.index("Konzerthaus")
    a, b = t.to_orig(at, at + len("Konzerthaus, Vienna"))
    assert CALENDAR[a:b] == "Konzerthaus\\, Vienna"
    at = t.text.index("2022-02-14")
    a, b = t.to_orig(at, at + len("2022-02-14/2022-02-18"))
    assert CALENDAR[a:b] == "20220214"


def test_calendar_events_and_its_day():
    assert exported(CALENDAR) == "2022-03-10"  # the latest DTSTAMP of a published calendar
    events = bilat.extract(CALENDAR)
    # (the round table of 5 April is after the day the calendar was exported: a plan; the concerts of the description
    # are told with no day)
    assert [(e.date, e.type) for e in events if e.date] == [("2022-02-14/2022-02-18", "culture_days")]
    quote = events[0].sources[0].quote  # (the file's text, from the event's first day on)
    assert quote.startswith("20220214") and "SUMMARY:Days of Uzbek Culture in Vien" in quote


def test_text_without_events_is_left_alone():
    assert calendar_edits("BEGIN:VCALENDAR\nEND:VCALENDAR\n") == []
    assert json_edits("{not json") == []
    assert json_edits("The {braces} of prose") == []


REGISTER = {
    "source": "Mədəniyyət Nazirliyi: əməkdaşlıq layihələri",
    "exported_at": "2021-03-15T08:00:12Z",
    "records": [
        {"id": "AZ-GE-2019-02", "title": "Gürcüstanda Azərbaycan Mədəniyyəti Günləri", "start_date": "2019-05-20",
         "end_date": "2019-05-24", "city": "Tbilisi", "organisers": ["Mədəniyyət Nazirliyi", "Gürcüstan səfirliyi"],
         "programme": [["2019-05-20", "Rustaveli teatrında açılış konserti"]],
         "status": "completed", "updated_at": "2019-06-01"},
        {"id": "AZ-GE-2020-01", "title": "Tbilisidə xalça sərgisi", "start_date": "2020-04-10", "end_date": None,
         "city": "Tbilisi", "status": "ləğv edildi"},
        {"id": "AZ-GE-2021-05", "title": "Bakıda gürcü filmləri həftəsi", "start_date": "2021-09-06",
         "end_date": "2021-09-12", "city": "Bakı", "status": "planned"},
    ],
}


def test_json_record_is_a_row_of_its_values():
    s = json.dumps(REGISTER, ensure_ascii=True, indent=1)  # ("\u0259" escapes, as many exports write them)
    text = normalize(doc(s)).text
    rows = [line for line in text.splitlines() if line.strip()]
    assert rows[0] == "Mədəniyyət Nazirliyi: əməkdaşlıq layihələri"
    assert rows[1].split("\t") == ["Gürcüstanda Azərbaycan Mədəniyyəti Günləri", "2019-05-20/2019-05-24", "Tbilisi",
                                   "Mədəniyyət Nazirliyi", "Gürcüstan səfirliyi"]
    assert rows[2].split("\t") == ["2019-05-20", "Rustaveli teatrında açılış konserti"]  # a day of its programme
    assert rows[3] == "completed"
    assert "AZ-GE" not in text and "2019-06-01" not in text and "2021-03-15" not in text  # ids and stamps gone
    assert exported(s) == "2021-03-15"


def test_json_events_leave_out_cancelled_and_planned_records():
    s = json.dumps(REGISTER, ensure_ascii=False, indent=2)
    got = {(e.date, e.type) for e in bilat.extract(s)}
    assert ("2019-05-20/2019-05-24", "culture_days") in got
    assert ("2019-05-20", "performance") in got
    assert not any(d.startswith(("2020", "2021")) for d, _ in got)


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Русский дом в Бишкеке — Новости</title>
<link>https://example.org/news</link>
<lastBuildDate>Fri, 17 Apr 2020 12:00:00 +0600</lastBuildDate>
<item>
<title>Открылась выставка</title>
<link>https://example.org/news/12</link>
<pubDate>Thu, 16 Apr 2020 10:15:00 +0600</pubDate>
<guid>https://example.org/news/12</guid>
<description><![CDATA[<p>Вчера в Русском доме открылась выставка &#171;Пушкин и Восток&#187;.</p>]]></description>
</item>
<item>
<title>Дни культуры пройдут в Оше</title>
<pubDate>Mon, 13 Apr 2020 09:00:00 +0600</pubDate>
<description>Дни российской культуры пройдут в Оше с 1 по 5 июня &amp; в Караколе осенью.</description>
</item>
</channel></rss>
"""


def test_feed_items_read_as_news_items_under_their_day():
    text = normalize(doc(FEED)).text
    assert "Вчера в Русском доме открылась выставка «Пушкин и Восток»." in text
    assert "2020-04-16" in text and "<guid>" not in text and "Открылась выставка" not in text  # (a headline over its text)
    assert exported(FEED) == "2020-04-17"
    got = [(e.date, e.type) for e in bilat.extract(FEED)]
    assert got == [("2020-04-15", "exhibition")]  # (yesterday from the item's day; the coming Days are a plan)


SHEET = ('No,Dates,Event,Place,Status,Notes\n'
         '1,26/01/2018,"Presentation of the translation of ""Leyli and Majnun""","National Library, Tbilisi",Held,\n'
         '2,12/04/2018–12/05/2018,Exhibition of Azerbaijani carpets,"Georgian National Museum, Tbilisi",Held,"Opening speech.\n'
         'Catalogue in three languages"\n'
         '3,14/06/2018,Concert of the State Song and Dance Ensemble,"Rustaveli Theatre, Tbilisi",Cancelled,\n'
         '4,18/09/2018,Round table on Akhundov,Tbilisi,Held,\n')


def test_csv_records_are_rows_and_their_days_read_day_first():
    text = normalize(doc(SHEET)).text
    rows = text.splitlines()
    assert rows[1].split("\t")[:4] == ["1", "26.01.2018", 'Presentation of the translation of "Leyli and Majnun"',
                                       "National Library, Tbilisi"]
    assert len(rows) == 5  # (the line break inside a quoted cell is a space)
    got = [(e.date, e.type) for e in bilat.extract(SHEET)]
    assert got == [("2018-01-26", "ceremony"), ("2018-04-12/2018-05-12", "exhibition"), ("2018-09-18", "forum")]
    assert csv_edits("One, two, three, four and five.\nSix.\n") == []


SIGNINGS = (
    "Beynəlxalq əlaqələr şöbəsi\nBEYNƏLXALQ SAZİŞLƏRİN REYESTRİ\nVəziyyət: 01.07.2025\n\n"
    "№;Tərəfdaş təşkilat;Ölkə;Sənədin növü;İmzalanma tarixi;Qeydlər\n"
    "1;Sankt-Peterburq Dövlət Mədəniyyət İnstitutu;Rusiya;Əməkdaşlıq haqqında müqavilə;14.03.2016;\"5 il; uzadılıb\"\n"
    "2;Şanxay Teatr Akademiyası;Çin;Əməkdaşlıq haqqında memorandum;18.10.2023;\n"
    "3;Tehran İncəsənət Universiteti;İran;Anlaşma memorandumu;25.12.2019;Müddətsiz\n\n"
    "Qeyd: reyestrdə 3 sənəd var, onlardan 2-si qüvvədədir.\n")


def test_a_semicolon_register_under_its_title_is_a_table_of_signings():
    # A spreadsheet saved with semicolons, its title over it and a note under it: each record a row (the note stays
    # prose), and each row under "İmzalanma tarixi" an agreement signed that day, though it has no verb.
    text = normalize(doc(SIGNINGS)).text
    rows = text.splitlines()
    assert rows[4].split("\t")[:5] == ["№", "Tərəfdaş təşkilat", "Ölkə", "Sənədin növü", "İmzalanma tarixi"]
    assert rows[5].split("\t")[-1] == "5 il; uzadılıb" and rows[-1] == "Qeyd: reyestrdə 3 sənəd var, onlardan 2-si qüvvədədir."
    got = sorted((e.date, e.type) for e in bilat.extract(SIGNINGS) if e.date)
    assert got == [("2016-03-14", "agreement"), ("2019-12-25", "agreement"), ("2023-10-18", "agreement")]


BIB = """% Encoding: UTF-8

@Article{Karimova2012,
  author = {Karimova, Dilnoza},
  title = {Twenty Years of Uzbek--Georgian Cultural Ties},
  year = {2012},
  pages = {31--38},
  abstract = {Reports the signing of the programme on cultural cooperation in Tbilisi on 11--12 May 1995.},
  creationdate = {2021-03-04T10:15:33},
}

@Online{Agency2016,
  title = {Exhibition of Uzbek ceramics opens in Tbilisi},
  date = {2016-05-28},
  urldate = {2021-03-04},
  note = {The exhibition opened yesterday at the {Georgian National Museum}.},
}
"""


def test_bibliography_notes_are_the_text_under_a_news_items_day():
    text = normalize(doc(BIB)).text
    assert "signing of the programme on cultural cooperation in Tbilisi on 11–12 May 1995." in text
    assert "2016-05-28\nThe exhibition opened yesterday at the Georgian National Museum." in text
    assert "2021" not in text and "Twenty Years" not in text and "31" not in text  # (stamps, titles, pages gone)
    got = [(e.date, e.type) for e in bilat.extract(BIB)]
    assert got == [("1995-05-11/1995-05-12", "agreement"), ("2016-05-27", "exhibition")]


YAML = """# _data/events.yml -- programme archive (last checked 2024-01-15)

- title: "Days of Kazakh Culture in Germany"
  date: 2018-05-14
  end: 2018-05-20
  city: Berlin, Munich
  partners:
    - Goethe-Institut
  status: held
  summary: |
    The Astana Philharmonic played at the Konzerthaus on 16 May.
    The next day a round table on Abai was held at Humboldt University.
  updated: 2018-05-29

- title: "Kazakh Film Week"
  date: 2019-10-03
  end: 2019-10-09
  city: Berlin
  status: held

- title: "Abai readings"
  date: 2020-04-20
  city: Berlin
  status: cancelled
"""


def test_yaml_items_are_rows_of_their_values():
    text = normalize(doc(YAML)).text
    rows = [r for r in text.splitlines() if r.strip()]
    assert rows[0].split("\t") == ["Days of Kazakh Culture in Germany", "2018-05-14/2018-05-20", "Berlin, Munich",
                                   "Goethe-Institut", "held"]
    assert rows[1] == ("\tThe Astana Philharmonic played at the Konzerthaus on 16 May. The next day a round table on Abai "
                       "was held at Humboldt University.")  # (a block of text, its lines one, under its row)
    assert "Abai readings" not in text  # (a cancelled item goes)
    assert "2018-05-29" not in text and "2024" not in text  # (the stamps and the comment gone)
    got = [(e.date, e.type) for e in bilat.extract(YAML)]
    assert ("2018-05-14/2018-05-20", "culture_days") in got and ("2019-10-03/2019-10-09", "festival") in got
    assert ("2018-05-17", "forum") in got and not any(d.startswith("2020") for d, _ in got)


def test_a_list_of_labels_in_prose_is_no_data_file():
    prose = "Кинофестиваль\n\n- Режиссёр: Иван Петров\n- Год: 2019\n- Страна: Россия\n- Premiere: 12 May 2019\n"
    assert layout(prose)[0] is None


XML = """<?xml version="1.0" encoding="UTF-8"?>
<!-- OAI-PMH export, saved 14.11.2023 -->
<ListRecords>
<record id="GMV-0412">
  <title>Сюзане «Ой-палак»</title>
  <date>ок. 1880</date>
  <exhibitionHistory>
    <event type="exhibition"><eventName>«Искусство Узбекистана»</eventName><eventDate>1972-05-12/1972-06-30</eventDate><place>Москва</place></event>
  </exhibitionHistory>
  <recordChangeDate>2023-10-02</recordChangeDate>
</record>
<record id="GMV-0587">
  <title>Блюдо «Анор»</title>
  <date>1965</date>
  <exhibitionHistory>
    <event type="exhibition"><eventName>«Риштанская керамика»</eventName><eventDate>май 1983</eventDate><place>Ташкент</place></event>
  </exhibitionHistory>
  <recordChangeDate>2022-03-17</recordChangeDate>
</record>
<record id="GMV-0601">
  <title>Кувшин</title>
  <date>1910</date>
  <recordChangeDate>2022-03-18</recordChangeDate>
</record>
</ListRecords>
"""


def test_xml_records_are_rows_and_a_records_type_in_bilats_words_is_its_happening():
    text = normalize(doc(XML)).text
    rows = [r for r in text.splitlines() if r.strip()]
    assert rows[:2] == ["Сюзане «Ой-палак»\tок. 1880", "exhibition\t«Искусство Узбекистана»\t1972-05-12/1972-06-30\tМосква"]
    assert "2023-10-02" not in text and "GMV" not in text and "OAI" not in text  # (stamps, identifiers, comments gone)
    got = [(e.date, e.type) for e in bilat.extract(XML)]
    assert got == [("1972-05-12/1972-06-30", "exhibition"), ("1983-05", "exhibition")]
