"""English event triggers: one sentence per event type, and the hard cases around them."""
import pytest

LANG = "en"

CASES = [
    ("forum", "2023-09-16", "On 16 September 2023 I sat on a panel, \"Azerbaijani Prose in English\", at the Baku Book Fair."),
    ("forum", "2023-11-02", "On 2 November 2023 she gave a seminar on contemporary Azerbaijani prose to literature students."),
    ("performance", "2023-11-04", "On 4 November 2023 we read from the book at the Scottish Poetry Library, chapter by chapter."),
    ("media", "2023-03-09", "On 9 March 2023 \"Seven Doors of Shusha\" finally had its London launch at Waterstones."),
    ("visit", "2019-02", "In February 2019 she led a delegation of eleven Georgian writers to the Minsk International Book Fair."),
    ("agreement", "2019-07-03", "Made at Dushanbe on 3 July 2019 in two originals, each in the Tajik, Persian and English languages."),
    ("monument", "2016-05-09", "A memorial stone was installed there on 9 May 2016."),
    ("agreement", "1998-04-22", "The agreement was signed in 1998, more precisely on 22 April 1998 in Bonn."),  # the date restated
    ("performance", "2019-08-27", "On 27 August 2019 he gave a recital of Bach and Uzbek folk melodies in Bukhara."),
    ("agreement", "2019-03-12",
     "On 12 March 2019 the ministers of culture of Azerbaijan and Uzbekistan signed a cooperation programme "
     "for 2019-2021 in Tashkent."),
    ("agreement", "2002-05",
     "In May 2002 the two governments concluded an agreement on cooperation in the field of tourism."),
    ("visit", "2016-08-08",
     "On 8 August 2016 President Vladimir Putin arrived in Baku on a working visit."),
    ("meeting", "2017-11-14",
     "On 14 November 2017 the foreign ministers of Iran and Azerbaijan met in Tehran to discuss "
     "the North-South transport corridor."),
    ("culture_days", "2008-09-23",
     "The Days of Azerbaijani Culture in Russia opened in Moscow on 23 September 2008."),
    ("culture_year", "2013-01-10",
     "The Year of Turkish Culture in Azerbaijan was launched in Baku on 10 January 2013."),
    ("festival", "2013-07-20/2013-08-05",
     "The Gabala International Music Festival took place from 20 July to 5 August 2013 with musicians "
     "from Russia and Turkey."),
    ("exhibition", "2018-05-03",
     "On 3 May 2018 an exhibition of Iranian miniature painting opened at the National Museum of Art in Baku."),
    ("performance", "2015-10-08",
     "On 8 October 2015 the Azerbaijan State Symphony Orchestra gave a concert in Moscow."),
    ("performance", "2010-04",
     "In April 2010 the Russian Drama Theatre of Baku toured Saint Petersburg with two plays."),
    ("monument", "2012-12-17",
     "A monument to the poet Nizami Ganjavi was unveiled in the Villa Borghese gardens in Rome "
     "on 17 December 2012."),
    ("forum", "2012-10-04/2012-10-05",
     "The second Baku International Humanitarian Forum was held on 4-5 October 2012."),
    ("forum", "2016-05",
     "A conference on the Persian heritage of Shirvan was organised at Baku State University in May 2016."),
    ("founding", "1991",
     "The Society of Azerbaijani Culture in Saint Petersburg was founded in 1991 by a group of scholars."),
    ("founding", "2014-05-21",
     "On 21 May 2014 the Azerbaijani cultural centre was officially opened in Tbilisi."),
    ("decree", "2009-02-27",
     "On 27 February 2009 President Ilham Aliyev signed a decree on the celebration of the poet's jubilee."),
    ("media", "2012-06-20",
     "On 20 June 2012 the state broadcasters of the two countries launched a joint broadcast of a weekly "
     "cultural programme."),
    ("ceremony", "2018-05-28",
     "A ceremony marking Independence Day was held at the embassy in Tehran on 28 May 2018."),
    ("ceremony", "2011-03",
     "In March 2011 the writer was awarded the Order of Friendship in the Kremlin."),
    ("education", "2008-09",
     "In September 2008 a branch of Moscow State University opened in Baku."),
    ("education", "2015",
     "In 2015 the two ministries launched a student exchange between the universities of Tabriz and Baku."),
    ("education", "2019", "In 2019 Hindi language courses opened at Kazan Federal University."),
    ("education", "1996-09", "The first students began their classes in Dushanbe in September 1996."),
    ("decree", "2011-01", "In January 2011 President Ilham Aliyev signed an order on the celebration of the 200th anniversary of the writer."),
    ("culture_year", "2009", "2009 was the Year of the Russian Language in China."),
    ("founding", "2004", "In 2004 the society opened a Sunday school where children study the Azerbaijani language."),
    ("performance", "2023-12-28", "On 28 December 2023 the orchestra played to a full house at the National Centre for the Performing Arts in Beijing."),
    ("ceremony", "2013-12", "In December 2013 the University of Tehran conferred on her the title of honorary doctor."),
    ("ceremony", "2008-09", "The anthology \"Contemporary Persian Poetry\", which she compiled, was presented at the Moscow International Book Fair in September 2008."),
    ("meeting", "2021-01", "In January 2021 political consultations between the two foreign ministries were held in Ankara."),
    ("festival", "2023-04-25/2023-04-27", "On 25-27 April 2023 Days of Turkish cinema were held in Astana and Almaty."),
    ("festival", "2023-08", "In August 2023, three productions by Azerbaijani theatre companies were presented at the Edinburgh Festival Fringe."),
    ("education", "2023-09-11/2023-09-15", "From 11 to 15 September 2023, the British Centre for Literary Translation ran a translation workshop for eight translators."),
    ("culture_days", "2024-10-14/2024-10-18", "The German Language Days took place at the university from 14 to 18 October 2024."),
]


@pytest.mark.parametrize("etype,date,text", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_type(check_events, etype, date, text):
    check_events(text, LANG, [(etype, date, text)])  # the source quotes the whole sentence


def test_visit_and_agreement_in_one_sentence(check_events):
    text = ("During his official visit to Tehran on 8 February 2005, President Ilham Aliyev and President "
            "Mohammad Khatami signed an agreement on cultural cooperation.")
    check_events(text, LANG, [("visit", "2005-02-08", "official visit"), ("agreement", "2005-02-08", "signed")])



def test_fronted_date_dates_the_main_clause(check_events):
    # The visit's own range stands next to it; the date that opens the sentence dates the signing.
    text = ("On 14 May 2009, during the minister's visit to Minsk from 12 to 15 May, the two sides "
            "signed a programme of cultural cooperation.")
    check_events(text, LANG, [("visit", "2009-05-12/2009-05-15", "visit"), ("agreement", "2009-05-14", "signed")])

def test_dateless_trigger_has_no_date(extract_events):
    doc, evs = extract_events("A concert of mugham music was also given at the embassy.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", None)]


def test_context_dated_continuation(check_events):
    text = ("The Days of Azerbaijani Culture in Tatarstan opened in Kazan on 28 June 2011. "
            "At the opening, the minister of culture spoke about the friendship of the two peoples. "
            "The days continued on 2 July in Yelabuga. "
            "On 3 July an exhibition of carpets opened at the National Museum of Tatarstan.")
    doc, evs = check_events(text, LANG, [("culture_days", "2011-06-28", "Days of Azerbaijani"),
                                         ("culture_days", "2011-07-02", "continued on 2 July"),
                                         ("exhibition", "2011-07-03", "exhibition of carpets")])
    # The opening sentence and the one after it ("At the opening ...") are one event; the days going on
    # on 2 July is dated by context (year from the sentence before) and listed on its own day.
    days = next(e for e in evs if e.type == "culture_days" and e.date == "2011-06-28")
    quoted = " ".join(doc.text[s.start:s.end] for s in days.sources)
    assert "At the opening" in quoted


@pytest.mark.parametrize("text", [
    "The next Days of Azerbaijani Culture in Russia will be held in Saint Petersburg in October 2020.",
    "An agreement on visa-free travel is expected to be signed in 2021.",
    "The ministers plan to open an exhibition of Azerbaijani carpets in Moscow in March 2022.",
    "In March 2019 the ministers agreed to hold the Days of Azerbaijani Culture in Kazan.",
    # Told, then said not to have taken place: the clause that says so may stand far from the trigger.
    "A second Iranian tour, announced for 1947, never took place.",
    "- Days of Kazakh Cinema in Baku are announced for spring 2024.",
    "Some sources claim that he returned to Istanbul in 1975, but the archive shows that no such visit took place.",
    "Students may apply for the Summer School, to be held in Kutaisi from 7 to 18 July 2025.",
    "An invitation has been extended to the Minister of Culture of Azerbaijan to visit London in the autumn of 2024.",
])
def test_planned_event_is_not_a_happening(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "According to the 1997 agreement, the sides exchange delegations of teachers every year.",
    "The exhibition hall of the museum was renovated in 2014.",
    "The Forum of Azerbaijani Women in Russia issued a statement on 3 March 2015.",
])
def test_trigger_word_in_no_event_sense(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


def test_body_and_abstract_state_one_event(extract_events):
    body = ("Cultural relations between Azerbaijan and Russia in the 1990s\n\n"
            "On 6 June 1995 the governments of Azerbaijan and Russia signed an agreement on cooperation "
            "in culture, science and education in Baku. The agreement laid the legal basis for the later "
            "exchanges between theatres, libraries and universities of the two countries.\n\n")
    abstract = ("Xülasə\n\nMəqalədə 1990-cı illərdə Azərbaycan ilə Rusiya arasında mədəni əlaqələr araşdırılır. "
                "1995-ci il iyunun 6-da Bakıda mədəniyyət, elm və təhsil sahəsində əməkdaşlıq haqqında "
                "hökumətlərarası saziş imzalanmışdır.\n")
    doc, evs = extract_events(body + abstract, None)
    agreements = [e for e in evs if e.type == "agreement" and e.date == "1995-06-06"]
    assert len(agreements) == 1, [(e.type, e.date) for e in evs]
    langs = {s.language for s in agreements[0].sources}
    assert langs == {"en", "az"}
    assert not [e for e in evs if e.date and e is not agreements[0]], [(e.type, e.date) for e in evs]


def test_a_poet_long_dead_is_the_subject_not_a_participant(extract_events):
    doc, evs = extract_events("On 17 June 2005 President Ilham Aliyev unveiled a monument to Nizami Ganjavi in Baku.", LANG)
    monument = next(e for e in evs if e.type == "monument")
    names = [p["name"] for p in monument.participants]
    assert "Ilham Aliyev" in names and "Nizami Ganjavi" not in names


def test_a_second_fronted_date_refines_the_first(check_events):
    text = ("The ministers met in Baku in March 2012. Later that year, on 15 November, the Russian "
            "Information and Culture Centre in Baku hosted a conference on Lermontov.")
    check_events(text, LANG, [("meeting", "2012-03", "met"), ("forum", "2012-11-15", "conference")])


def test_a_happening_within_the_last_event_takes_its_date(check_events):
    text = ("The Days of Azerbaijani Culture in Russia were held from 21 to 27 September 2009. "
            "During the days, an exhibition of Azerbaijani carpets opened at the State Historical Museum.")
    check_events(text, LANG, [("culture_days", "2009-09-21/2009-09-27", "Days of Azerbaijani"),
                              ("exhibition", "2009-09-21/2009-09-27", "exhibition of Azerbaijani carpets")])


def test_within_needs_a_dated_event_just_before(extract_events):
    doc, evs = extract_events("During the days, an exhibition of Azerbaijani carpets opened in Moscow.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", None)]


def test_a_new_building_opened_and_the_ceremony_after_it(check_events):
    text = ("On 3 September 2010 the new building of the Russian Drama Theatre was opened in Baku. "
            "Some weeks later a photo album was published. "
            "At the ceremony, the minister thanked the builders.")
    doc, evs = check_events(text, LANG, [("founding", "2010-09-03", "new building")])
    # "At the ceremony" two sentences on: no undated ceremony (the album published is a happening of its own)
    assert [e.type for e in evs] == ["founding", "media"]


def test_two_happenings_joined_by_and_keep_their_own_dates(check_events):
    text = ("The memorandum was signed in Tehran in 2002 and the Iranian film festival was held in Baku "
            "on 6-11 November 2017.")
    check_events(text, LANG, [("agreement", "2002", "signed"), ("festival", "2017-11-06/2017-11-11", "festival")])


def test_a_centre_opened_an_order_received_and_a_state_recognised(check_events):
    check_events("The Russian Information and Cultural Centre opened in Baku in 2003.", LANG,
                 [("founding", "2003", "Centre opened")])
    check_events("The writer received the Order of Friendship from President Dmitry Medvedev on 12 July 2010.",
                 LANG, [("ceremony", "2010-07-12", "received the Order")])
    check_events("Iran recognised the independence of Azerbaijan in December 1991.", LANG,
                 [("other", "1991-12", "recognised the independence")])


def test_a_centre_opening_an_exhibition_is_no_founding(extract_events):
    doc, evs = extract_events("On 5 May 2012 the cultural centre opened an exhibition of carpets in Baku.", LANG)
    assert [e.type for e in evs] == ["exhibition"]


def test_a_bust_of_a_poet_named_by_surname_is_no_town(extract_events):
    doc, evs = extract_events("On 20 March 2015 a bust of Pushkin was unveiled in Ganja.", LANG)
    assert [(e.type, [p["name"] for p in e.places]) for e in evs] == [("monument", ["Ganja"])]


def test_two_clauses_two_dates_each_keeps_its_own_places(extract_events):
    doc, evs = extract_events("On 20 March 2015 a monument to Nizami was unveiled in Ganja, and in November of "
                              "the same year an exhibition of carpets was held in Baku.", LANG)
    assert sorted((e.date, e.type, tuple(p["name"] for p in e.places)) for e in evs) == [
        ("2015-03-20", "monument", ("Ganja",)), ("2015-11", "exhibition", ("Baku",))]
    # A clause naming no place of its own keeps the sentence's.
    doc, evs = extract_events("On 5 May 2015 the ministers met in Baku, and on 6 May they signed an agreement.", LANG)
    assert {e.type: [p["name"] for p in e.places] for e in evs} == {"meeting": ["Baku"], "agreement": ["Baku"]}


def test_a_programmes_period_and_the_quote_of_the_other_event(extract_events):
    doc, evs = extract_events("On 2 October 2018 the ministers signed a cooperation programme for 2019-2021.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2018-10-02")]
    doc, evs = extract_events("In 2017 the Days of Azerbaijani Culture were held in Moscow, and in April 2018 "
                              "the exhibition “Treasures of Baku” opened in Kazan.", LANG)
    assert {e.type: e.name for e in evs} == {"culture_days": None, "exhibition": "Treasures of Baku"}


def test_a_city_in_a_quoted_title(extract_events):
    doc, evs = extract_events("In April 2018 the exhibition “Treasures of Baku” opened in Kazan.", LANG)
    assert [[p["name"] for p in e.places] for e in evs] == [["Kazan"]]
    doc, evs = extract_events("In October 2012 the “Baku International Humanitarian Forum” was held.", LANG)
    assert [[p["name"] for p in e.places] for e in evs] == [["Baku"]]


def test_a_year_dated_event_restated_in_an_abstract_comes_out_once(extract_events):
    text = ("2010-cu ildə İstanbulda Nizami Gəncəvinin büstü qoyulmuşdur.\n\n"
            "Summary: In 2010 a bust of Nizami Ganjavi was erected in Istanbul.")
    doc, evs = extract_events(text, None)
    assert [(e.type, e.date, len(e.sources)) for e in evs] == [("monument", "2010", 2)]
    # Elsewhere in the year, in the other language, it is another one.
    text = ("2010-cu ildə İstanbulda Nizami Gəncəvinin büstü qoyulmuşdur.\n\n"
            "Summary: In 2010 a bust of Fuzuli was erected in Ankara.")
    doc, evs = extract_events(text, None)
    assert [(e.type, e.date) for e in evs] == [("monument", "2010"), ("monument", "2010")]


def test_days_of_a_city(check_events):
    check_events("In 2010 the Days of Baku in Moscow were a success.", LANG, [("culture_days", "2010", "Days of Baku")])


def test_no_event_from_a_reference_list(extract_events):
    text = ("In 2004 the sides signed an agreement on culture.\n\nReferences\n"
            "1. Aliyev signs cultural agreement with Russia. Izvestia, 4 July 1997, p. 3.\n"
            "2. Exhibition of Azerbaijani artists opens in Moscow. Baku Worker, 12 May 2005.\n\n"
            "The article shows that in 2006 an exhibition of carpets opened in Moscow.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2004"), ("exhibition", "2006")]


def test_a_centre_opened_by_a_named_person(check_events):
    text = ("On 12 October 2018, First Lady of Azerbaijan Mehriban Aliyeva opened the Azerbaijani cultural centre "
            "in Tehran. The ceremony was attended by Iran's culture minister Abbas Salehi.")
    doc, evs = check_events(text, LANG, [("founding", "2018-10-12", "opened the Azerbaijani cultural centre")])
    assert [p["name"] for p in evs[0].participants] == ["Mehriban Aliyeva", "Abbas Salehi"]


def test_a_reception_is_a_ceremony(check_events):
    check_events("On 28 May 2018 the embassy in Tehran held a reception on Independence Day.", LANG,
                 [("ceremony", "2018-05-28", "held a reception")])



@pytest.mark.parametrize("text", ["No agreement was signed in 2010.", "The agreement was not signed in 2010.", "The 2012 festival was postponed to 2013."])
def test_what_did_not_happen_is_no_event(extract_events, text):
    doc, evs = extract_events(text, LANG)
    assert evs == []



def test_a_condition_is_no_event(extract_events):
    doc, evs = extract_events("If the agreement is signed in 2025, a centre will follow.", LANG)
    assert evs == []



def test_a_literary_evening_is_a_performance(check_events):
    check_events("The tomb of the poet Shahriyar in Tabriz hosted a joint poetry evening on 18 September 2019.", LANG, [("performance", "2019-09-18", "poetry evening")])


def test_the_day_a_news_item_gives_beats_its_dateline(check_events):
    text = ("BAKU, Azerbaijan, Oct. 5, 2017 — Azerbaijan's Minister of Culture met the Russian ambassador on "
            "Wednesday.")
    check_events(text, LANG, [("meeting", "2017-10-04", "met")])


def test_preparations_for_an_event_are_no_event(extract_events):
    doc, evs = extract_events("On 5 October 2017 the ministers discussed preparations for the Days of Russian "
                              "Culture in Baku.", LANG)
    assert "culture_days" not in [e.type for e in evs], [(e.type, e.date) for e in evs]


def test_this_decision_dates_the_happening_before(check_events):
    text = ("Turkey was the first country to recognise Azerbaijan's independence. "
            "This decision was announced on 9 November 1991.")
    check_events(text, LANG, [("other", "1991-11-09", "recognise")])


def test_not_recognising_is_no_event(extract_events):
    doc, evs = extract_events("In 1992 the country did not recognise Azerbaijan's independence.", LANG)
    assert not [e for e in evs if e.date], [(e.type, e.date) for e in evs]


def test_an_inauguration_is_a_ceremony(check_events):
    check_events("A year later, in August 2017, Ilham Aliyev attended Rouhani's inauguration in Tehran.", LANG, [("ceremony", "2017-08", "inauguration")])


def test_a_street_named_after_someone(check_events):
    check_events("In 2008 a street in St Petersburg was named after Nizami Ganjavi.", LANG, [("other", "2008", "named after")])


def test_a_week_of_films(check_events):
    # A week of a country's films is a festival of its cinema, not days of its culture.
    check_events("In October 2012 a Russian film week was held in Baku.", LANG, [("festival", "2012-10", "film week")])


def test_the_opening_and_the_programme_of_the_days(check_events):
    text = ("The Days of Azerbaijani Culture were held in Kazan on 21-24 October 2019. The opening of the days "
            "took place in the Kazan Kremlin. The programme of the days included an exhibition of carpets.")
    check_events(text, LANG, [("culture_days", "2019-10-21/2019-10-24", "Days of Azerbaijani Culture"),
                              ("exhibition", "2019-10-21/2019-10-24", "exhibition")])


def test_founding_representation_(check_events):
    check_events("""The foundation's Moscow representation was opened in 2008.""", LANG, [("founding", "2008", "representation")])


def test_ceremony_presented_the_book_(check_events):
    check_events("""On 19 May 2010 the foundation presented the book Land of Fires at the State Historical Museum.""", LANG, [("ceremony", "2010-05-19", "presented the book")])


def test_a_named_forum_held_on_a_day_said_after_a_comma(check_events):
    check_events("The first Baku International Humanitarian Forum, held on 4-5 October 2010, was attended by "
                 "Presidents Ilham Aliyev and Dmitry Medvedev.", LANG, [("forum", "2010-10-04/2010-10-05", "Forum")])


def test_diplomatic_relations_established(check_events):
    # Not a treaty signed nor a founding: an event of its own kind, as the readers of the probe documents type it.
    check_events("Diplomatic relations were established on 27 August 1992.", LANG,
                 [("other", "1992-08-27", "Diplomatic relations were established")])
    check_events("On 21 February 1992 Azerbaijan and France established diplomatic relations.", LANG,
                 [("other", "1992-02-21", "established diplomatic relations")])


def test_what_was_signed_at_the_meeting_takes_its_day(check_events):
    text = ("On 4 October 2010 the joint commission met in Baku. At the meeting, a programme of cultural "
            "cooperation for 2011-2013 was signed.")
    check_events(text, LANG, [("meeting", "2010-10-04", "met"), ("agreement", "2010-10-04", "signed")])


def test_a_jubilee_meeting_is_the_jubilee(extract_events):
    doc, evs = extract_events("The jubilee meeting was held in besieged Leningrad in October 1941.", LANG)
    assert "meeting" not in [e.type for e in evs]


def test_an_anniversary_marked_by_another_happening_is_its_occasion(extract_events):
    doc, evs = extract_events("On 5 January 2021 the president signed a decree on the occasion of the 880th "
                              "anniversary of the poet.", LANG)
    assert [(e.type, e.date) for e in evs] == [("decree", "2021-01-05")]


def test_this_forum_dates_the_forum_reported_before(extract_events):
    text = ("The Russia-Azerbaijan humanitarian forum ended in Baku on Saturday, Sergey Naryshkin said. "
            "He praised the organisers. The guests visited the old city. "
            "Holding this forum in 2010, the year of the 65th anniversary of the Victory, was symbolic.")
    doc, evs = extract_events(text, LANG)
    forums = [e for e in evs if e.type == "forum"]
    assert [(e.date, len(e.sources)) for e in forums] == [("2010", 2)]
    assert "Sergey Naryshkin" in [p["name"] for p in forums[0].participants]


def test_on_the_eve_of_an_event_is_no_new_event(extract_events):
    doc, evs = extract_events("The Azerbaijani Film Festival took place in Moscow on 10-12 May 2010. On the eve of the "
                              "festival, on 9 May, the delegation laid flowers at the Tomb of the Unknown Soldier.", LANG)
    # (the flowers laid on 9 May are a ceremony of their own; the festival named is the one told before)
    assert [(e.type, e.date) for e in evs] == [("festival", "2010-05-10/2010-05-12"), ("ceremony", "2010-05-09")]


def test_a_list_of_years_is_a_happening_in_each(extract_events):
    doc, evs = extract_events("In 2006, 2008 and 2011 the foundation held exhibitions of carpets in Moscow.", LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2006"), ("exhibition", "2008"), ("exhibition", "2011")]


def test_a_concert_dedicated_to_an_anniversary_is_the_concert(extract_events):
    doc, evs = extract_events("On 2 June 2021 a gala concert dedicated to the 100th anniversary of Azi Aslanov was "
                              "held in Moscow.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2021-06-02")]


def test_same_day_opening_dates_by_the_last_day(check_events):
    # "In the evening," opening a sentence: the day of the happening reported last, sentences of talk between.
    text = ("On 3 May 2019 the two ministers met in Baku. They discussed joint projects. They praised the ties. "
            "In the evening, a concert of Turkish performers took place at the Philharmonic.")
    check_events(text, LANG, [("meeting", "2019-05-03", "met in Baku"), ("performance", "2019-05-03", "a concert")])


def test_a_happening_named_as_a_time_is_none(check_events):
    text = "On 21 June 2022, prior to the opening ceremony, the two ministers held a bilateral meeting in Shusha."
    check_events(text, LANG, [("meeting", "2022-06-21", "bilateral meeting")])


def test_a_newspaper_started_and_proceedings_printed(check_events):
    text = ("In November 1997 the society held a scientific conference. The proceedings of the conference were "
            "published in 1998. In 1999 the society launched a monthly newspaper.")
    check_events(text, LANG, [("forum", "1997-11", "conference"), ("media", "1999", "launched a monthly newspaper")])


def test_a_programme_in_a_relative_clause_and_years_dating_no_visit(check_events):
    text = ("Kazakhstan and Russia sign 2024–2026 culture programme as Balayeva visits Moscow\n\n"
            "Kazakhstan's Minister of Culture and Information Aida Balayeva paid a working visit to Moscow on "
            "11 October 2023. During the visit, an agreement was signed: the ministers put their signatures to the "
            "Programme for 2024–2026, which replaces the previous programme signed in 2019.")
    doc, evs = check_events(text, LANG, [("visit", "2023-10-11", "working visit"), ("agreement", "2023-10-11", "agreement was signed"),
                                         ("agreement", "2019", "signed in 2019")])
    assert "Aida Balayeva" in [p["name"] for e in evs for p in e.participants]


def test_the_first_day_of_a_forum_and_within_it(check_events):
    text = ("The forum was held in Baku on 2-3 May 2019. The first forum had been held in April 2011. "
            "On the first day of the forum, the ministries signed a cooperation programme. "
            "Within the framework of the forum, the ministers met.")
    check_events(text, LANG, [("agreement", "2019-05-02", "signed"), ("meeting", "2019-05-02/2019-05-03", "met")], strict=False)


def test_a_memorial_evening_is_a_ceremony(check_events):
    check_events("On 14 December 2015 a memorial evening of the singer was held at the embassy in Moscow.", LANG,
                 [("ceremony", "2015-12-14", "memorial evening")])


def test_a_lifespan_dates_nothing(check_events):
    text = "A bust of Uzeyir Hajibeyov (1885–1948) was unveiled in Moscow on 12 May 2015."
    check_events(text, LANG, [("monument", "2015-05-12", "bust")])


def test_the_days_told_day_by_day(check_events):
    text = ("Days of Azerbaijani Culture were held in Kazan from 20 to 23 November 2018. More than 150 artists took part. "
            "On the first day, the minister met the President of Tatarstan. "
            "On the second day, in the evening, the State Song and Dance Ensemble performed at the opera theatre.")
    check_events(text, LANG, [("culture_days", "2018-11-20/2018-11-23", "Days of Azerbaijani"),
                              ("meeting", "2018-11-20", "met"), ("performance", "2018-11-21", "performed")])


def test_opened_on_one_day_and_closed_on_a_later_one(check_events):
    check_events("The forum opened in Baku on 1 October 2010 and closed on 2 October with a final declaration.", LANG,
                 [("forum", "2010-10-01/2010-10-02", "forum")])



def test_a_day_after_the_report_is_a_plan(extract_events):
    text = ("Moscow, 3 October 2023 — The Days of Azerbaijani Culture opened in Moscow yesterday.\n\n"
            "The programme continues in Kazan on 6–7 October with a screening of Azerbaijani films.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2023-10-02")]


def test_a_centre_for_a_language_was_opened_and_an_order_presented(extract_events):
    doc, evs = extract_events("On 19 September 2023, a Centre for Azerbaijani Language and Culture was opened at the "
                              "university. On 29 September 2023 the director Pavel Zorin was presented with the Order "
                              "of Friendship.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("founding", "2023-09-19"), ("ceremony", "2023-09-29")]


def test_opened_and_will_run_until_is_a_happening(extract_events):
    doc, evs = extract_events("TASHKENT — Days of Korean Culture in Uzbekistan opened on 16 May 2024 in Tashkent and will "
                              "run until 19 May, with concerts.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2024-05-16")]


def test_a_span_that_saw_a_named_festival(extract_events):
    doc, evs = extract_events("April 18-24, 2022 saw the first Iranian Film Festival in Tajikistan, with 14 feature films "
                              "screened in Dushanbe.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("festival", "2022-04-18/2022-04-24")]


def test_an_anniversary_of_relations_established_is_no_agreement(extract_events):
    doc, evs = extract_events("In 2022 the two countries celebrated the 30th anniversary of the establishment of diplomatic "
                              "relations.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2022")]


def test_a_date_in_another_happenings_relative_clause_is_that_ones(extract_events):
    doc, evs = extract_events("Moscow, 16 October 2023 — The opening of the bust is timed to the Days of Russian Culture "
                              "in Novi Sad, which run from 12 to 20 October.", LANG)
    assert ("monument", "2023-10-12/2023-10-20") not in [(e.type, e.date) for e in evs]


def test_a_decade_dates_a_happening_only_when_nothing_more_precise_does(extract_events):
    doc, evs = extract_events("The Azerbaijani cultural centre opened in Almaty in the 1990s.", LANG)
    assert [(e.type, e.date) for e in evs] == [("founding", "199X")]
    doc, evs = extract_events("In the 1970s the theatre toured Turkey and France. On 5 May 1972 it gave a concert in "
                              "Istanbul.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "197X"), ("performance", "1972-05-05")]


@pytest.mark.parametrize("text,date", [
    ("The first Russian consulate in Belgrade was opened in 1838.", "1838"),
    ("The first Confucius Institute in the country opened at the Eurasian National University in 2007.", "2007"),
])
def test_institutions_in_a_place_opened(extract_events, text, date):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("founding", date)]


def test_a_happening_within_the_days_told_in_the_same_sentence(extract_events):
    doc, evs = extract_events("In September 2018 the Days of Azerbaijani Culture were held in Tashkent, and as part of them "
                              "the opera Leyli and Majnun was staged at the Navoi Theatre.", LANG)
    assert sorted((e.type, e.date) for e in evs) == [("culture_days", "2018-09"), ("performance", "2018-09")]


def test_a_literary_evening_for_an_anniversary_is_its_ceremony(extract_events):
    doc, evs = extract_events("On 10 August 2020 a literary evening dedicated to the 175th anniversary of Abai was held in "
                              "Baku. On 11 August 2020 a concert dedicated to the anniversary was given.", LANG)
    assert [(e.type, e.date) for e in evs] == [("ceremony", "2020-08-10"), ("performance", "2020-08-11")]


@pytest.mark.parametrize("text,date", [
    ("In February 2014 I gave a week of masterclasses at the Paris Conservatoire.", "2014-02"),
    ("In September 2009 the branch admitted its first students.", "2009-09"),
    ("In 2019 an olympiad in the Persian language was held for schoolchildren.", "2019"),
])
def test_education_masterclasses_first_students_olympiads(extract_events, text, date):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("education", date)]


@pytest.mark.parametrize("text,expected", [
    ("On 17 April 2023 an exhibition of carpets from the collection of the National Carpet Museum opened at the Museum "
     "of Applied Arts in Budapest.", [("exhibition", "2023-04-17")]),
    ("The sides noted the work of the Hungarian cultural centre in Baku, opened in October 2019, which offers courses.",
     [("founding", "2019-10")]),
    ("An exhibition of ceramics at the State Museum of Arts, which opened on 14 May 2024, runs until 30 June.",
     [("exhibition", "2024-05-14")]),
])
def test_what_opened_a_museum_or_an_exhibition(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("In 2023, the Office intends to open a Korean Language Centre, to launch a summer school, and to host a conference.", []),
    ("In 2017 the ministers met in Tehran and agreed to organise joint Nowruz celebrations.", [("meeting", "2017")]),
    ("We are negotiating a Japanese tour for 2026, but nothing is signed yet.", []),
    ("The Days, initially pencilled in for November 2022, have been moved to the spring of 2023.", []),
    ("The centre began operating in Dushanbe in 1995, and in 2003 it moved to a larger building.", [("founding", "1995")]),
])
def test_plans_told_by_infinitives_negotiations_and_moves(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_day_of_an_event_of_a_few_days_happened_where_it_did(extract_events):
    doc, evs = extract_events("The first Cultural Forum was held in Shusha on 21–22 June 2022. The forum was organised by "
                              "the ministries. On 22 June, the exhibition \"From Orkhon to Shusha\" was opened at the "
                              "Mehmandarovs' estate.", LANG)
    ex = [e for e in evs if e.type == "exhibition"]
    assert [(e.date, [p["name"] for p in e.places]) for e in ex] == [("2022-06-22", ["Shusha"])]


def test_a_happening_held_at_an_organisation_named_for_its_town_was_there(extract_events):
    doc, evs = extract_events("On 12 March 2023 a conference on Nizami Ganjavi was held at Kazan Federal University. "
                              "On 14 March 2023 a delegation of Tabriz University paid a visit to Baku. On 15 March 2023 "
                              "an exhibition of paintings by students of Tabriz University opened.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [
        ("forum", "2023-03-12", ["Kazan"]), ("visit", "2023-03-14", ["Baku"]), ("exhibition", "2023-03-15", [])]


def test_a_delegation_arrived_is_a_visit(extract_events):
    doc, evs = extract_events("On 11 March 2024 a delegation of Moscow State University arrived in Dushanbe.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("visit", "2024-03-11", ["Dushanbe"])]


def test_what_the_sides_discussed_is_no_happening(extract_events):
    doc, evs = extract_events("On 21 June 2024 the ministers held a meeting in Shusha. The sides discussed the "
                              "restoration of monuments and joint exhibitions.", LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2024-06-21")]


def test_a_sentence_reporting_no_happening_sets_the_day_for_the_next(extract_events):
    doc, evs = extract_events("TEHRAN TIMES\nMonday, October 21, 2024\n\nThe week opened on October 13. The next morning "
                              "the two delegations got down to business. At the Ministry of Culture, the ministers signed a "
                              "memorandum of understanding.\n\nOleg Petrov was born in Tiflis on 14 December 1915. His father "
                              "taught at the music school, where a concert was given.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "2024-10-14")]


@pytest.mark.parametrize("text,expected", [
    ("In 1988 she became the first foreign translator to receive the Georgian Writers' Union's Rustaveli medal in Tbilisi.",
     [("ceremony", "1988")]),
    ("On 7 October 2018 she was made an honorary citizen of Tbilisi.", [("ceremony", "2018-10-07")]),
])
def test_an_award_received_is_a_ceremony(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


def test_a_programmes_day_heading_dates_the_items_under_it(extract_events):
    doc, evs = extract_events("DAYS OF KAZAKH CULTURE IN AZERBAIJAN\nBaku, 12–16 May 2023\n\nProgramme as held\n\nPublished on "
                              "22 May 2023\n\nDay 1 – Friday, 12 May\n\n11:00 – Arrival of the delegation.\n\n15:00 – Carpet "
                              "Museum. Opening of the exhibition \"Ornaments of the Steppe\".\n\nDay 2 – Saturday, 13 May\n\n"
                              "19:00 – Philharmonic. Concert by the Astana Opera chamber ensemble.\n\nNote\n\nThe masterclass "
                              "was cancelled.", LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("culture_days", "2023-05-12/2023-05-16"), ("exhibition", "2023-05-12"), ("performance", "2023-05-13")]


def test_flowers_laid_at_a_monument_are_a_ceremony_and_its_hero_no_place(extract_events):
    doc, evs = extract_events("On 6 June 2024 the delegation laid flowers at the monument to Pushkin in Baku. The Days "
                              "of Uzbek Culture in India were being discussed for the spring of 2024.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs] == [("ceremony", "2024-06-06", ["Baku"])]


def test_a_decrees_measures_are_plans(extract_events):
    doc, evs = extract_events("On 18 April 2023 the Prime Minister signed a resolution of the Cabinet of Ministers.\n\n3. The Ministry of Culture shall: "
                              "ensure the holding of exhibitions of Kazakh art in 2024, hold concerts and master classes.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("decree", "2023-04-18")]


@pytest.mark.parametrize("text,expected", [
    ("On 7 October 2024 the museum received a delegation of the Shanghai Museum.", [("visit", "2024-10-07")]),
    ("On 18 September 2024 the Istanbul calligrapher Mehmet Ali Yildirim gave a lecture on the Ottoman school.",
     [("education", "2024-09-18")]),
    ("From 26 February to 4 March 2024 three restorers of the museum took part in an internship in Tehran.",
     [("education", "2024-02-26/2024-03-04")]),
    ("On 10 January 2024 the museum and the Embassy of India held an evening of Indian classical dance.",
     [("performance", "2024-01-10")]),
    ("On 12 April 2023 the two groups held a joint hearing on the protection of cultural heritage.",
     [("meeting", "2023-04-12")]),
])
def test_lectures_internships_dance_evenings_hearings_and_delegations_received(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


def test_guests_touring_the_halls_give_no_performance(extract_events):
    doc, evs = extract_events("On 7 October 2024 the guests toured the halls of decorative art and the restoration "
                              "workshops of the museum.", LANG)
    assert [e.type for e in evs] == []


def test_the_last_day_of_a_tour_dates_what_was_signed_on_it(extract_events):
    doc, evs = extract_events("The Alexandrinsky Theatre performed on the Baku stage from 20 to 23 September 2022. On the "
                              "last day of the tour, the two companies signed an agreement on creative cooperation.", LANG)
    assert [(e.type, e.date) for e in evs] == [("performance", "2022-09-20/2022-09-23"), ("agreement", "2022-09-23")]


def test_a_headline_dated_by_its_entry_is_the_span_its_lead_gives(extract_events):
    doc, evs = extract_events("News\n\n05.03.2024\n\nKasteyev Museum restorers complete internship in Tehran\n\nFrom 26 "
                              "February to 4 March, three restorers of the museum took part in an internship at the National "
                              "Museum of Iran in Tehran.", LANG)
    assert [(e.type, e.date) for e in evs] == [("education", "2024-02-26/2024-03-04")]


@pytest.mark.parametrize("text,expected", [
    # The frame "during the visit" names the visit told before, not one of its own.
    ("On 12 April 2023, during the visit, the Group and the French senators held a joint hearing on cultural heritage.",
     [("meeting", "2023-04-12")]),
    ("TÜRKSOY declared 2018 the Year of Chingiz Aitmatov.", [("culture_year", "2018")]),
    ("The symposium was held from 11 to 13 December 2023 in Istanbul. On the second day of the symposium, the Istanbul "
     "State Theatre premiered a new staging of \"Jamilia\".",
     [("forum", "2023-12-11/2023-12-13"), ("performance", "2023-12-12")]),
    # A decade in the happening's own clause, the year in another's.
    ("In 1997 the Ankara municipality named a street in the Çankaya district after him, and in the late 1990s a small "
     "room devoted to his life and work was opened in the library of Ankara University.",
     [("other", "1997"), ("founding", "199X")]),
    # An infinitive of purpose or plan, and what a meeting was to discuss.
    ("In 2024 the library plans to hold Days of the Uzbek Book in Baku and Astana, to sign a cooperation agreement with "
     "the British Library and to open a reading room.", []),
    ("On 2 October 2023, the Group met the Director of the French Institute, Mathilde Girard, to discuss scholarships "
     "for Georgian students.", [("meeting", "2023-10-02")]),
])
def test_frames_declared_years_symposium_days_decades_and_purposes(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_span_of_days_over_an_entry_of_an_events_calendar_dates_it(extract_events):
    doc, evs = extract_events("Events\n\nUpdated 4 March 2024\n\n9–16 February 2024\n\nExhibition \"Babur's Legacy\"\n\n"
                              "Manuscripts of the Baburnama were on show in the Rare Books Hall.\n\n3 October 2023\n\n"
                              "\"Gitanjali\" in Uzbek\n\nTranslator Nodira Rashidova presented her new Uzbek translation of "
                              "Tagore's \"Gitanjali\".", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-02-09/2024-02-16"), ("ceremony", "2023-10-03")]


def test_a_captions_place_and_date_date_what_it_shows(extract_events):
    doc, evs = extract_events("Photo 1 of 11\nMinister of Culture of Tajikistan Nurullo Saidzoda and Iranian Minister of "
                              "Culture Alireza Karimi sign the Programme of Cultural Cooperation at the Palace of Nations. "
                              "Dushanbe, 11 January 2023. Photo: Khovar / Firuz Nazarov\n\nPhoto 2 of 11\nUnveiling of a "
                              "bust of the poet Mirzo Tursunzoda in the courtyard of the Academy. Tehran, 24 October 2021. "
                              "Photo: Embassy press service", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [
        ("agreement", "2023-01-11", ["Dushanbe"]), ("monument", "2021-10-24", ["Tehran"])]


def test_director_general_is_a_title(extract_events):
    doc, evs = extract_events("On 14 December 2023 Director General Umida Teshaboyeva and Dr. Rakesh Kumar Mishra signed "
                              "a memorandum.", LANG)
    assert [p["name"] for p in evs[0].participants] == ["Umida Teshaboyeva", "Rakesh Kumar Mishra"]


@pytest.mark.parametrize("text,expected", [
    ("Two years later, in October 1989, Jean-Pierre came to Tbilisi for the first time.", [("visit", "1989-10")]),
    ("On March 5th, 2024 a TSU delegation headed by the Rector travelled to Ankara.", [("visit", "2024-03-05")]),
    ("In 2005 he came to power.", []),
    ("On 27 September 2013 I gave a talk on translating Kazakh prose at the university.", [("education", "2013-09-27")]),
])
def test_coming_and_travelling_to_a_place_and_talks_given(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("On 17 October 2023 the Kazakh guests laid flowers at the Independence Monument on Mustaqillik Square.",
     [("ceremony", "2023-10-17")]),
    ("The Festival of India in Uzbekistan was inaugurated in Tashkent on 20 September 2017.", [("festival", "2017-09-20")]),
    ("The Lal Bahadur Shastri Centre for Indian Culture was inaugurated in Tashkent on 12 May 1995.",
     [("founding", "1995-05-12")]),
    ("Prime Minister Narendra Modi paid an official visit to Uzbekistan on 6-7 July 2015, the first stop of his tour of "
     "Central Asia.", [("visit", "2015-07-06/2015-07-07")]),
    ("Diplomatic relations between the Russian Federation and the Republic of Azerbaijan were established on 4 April 1992.",
     [("other", "1992-04-04")]),
])
def test_flowers_at_a_monument_festivals_inaugurated_a_leaders_tour(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("On 8 November 2023 an exhibition of Tajik applied art opened at the Niavaran Cultural Centre.",
     [("exhibition", "2023-11-08")]),
    ("(Registered under the Societies Registration Act, 1860)", []),
    ("The Society's Chandigarh chapter was inaugurated on 7 December 2024 at Panjab University.", [("founding", "2024-12-07")]),
    ("The President regretted that the tour of the ensemble to Delhi, planned for November 2024, had to be cancelled.", []),
])
def test_opened_at_a_centre_registered_under_an_act_chapters_and_cancelled_tours(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_heading_naming_a_kind_of_happening_types_the_dated_entries_under_it(extract_events):
    doc, evs = extract_events("The Lale Quartet\n\nThe quartet was formed in 1990 by four graduates of the conservatory.\n\n"
                              "Tours abroad\n\n1994 - Georgia (Tbilisi, Batumi)\n1999 - Kazakhstan, Kyrgyzstan\n\n"
                              "Discography\n\n2003 - CD \"Spring Songs\", Kalan Muzik (Istanbul)\n\nContacts\n\n"
                              "2005 - 2008: office at the Philharmonic", LANG)
    # (the headings' own undated events are the entries'; a line under a heading naming no kind is none)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs]
    assert got == [("performance", "1994", ["Tbilisi"]), ("performance", "1999", []), ("media", "2003", ["Istanbul"])]


def test_a_lead_ending_in_a_colon_types_the_rows_of_the_table_under_it(extract_events):
    doc, evs = extract_events("Item 4. The parties encourage exchanges of orchestras.\n\nDone: in 2023 the following tours "
                              "took place:\n\nOrchestra\tCity\tDates\nChamber Orchestra of Tbilisi\tBaku, Philharmonic\t"
                              "3-5 May 2023\nBaku Symphony Orchestra\tTbilisi, Opera House\t12 October 2023\n\n"
                              "Item 5. The parties hold joint exhibitions.", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("performance", "2023-05-03/2023-05-05", ["Baku"]), ("performance", "2023-10-12", ["Tbilisi"])]


def test_a_chronology_entry_is_no_heading_of_the_entries_after_it(extract_events):
    doc, evs = extract_events("Chronology\n\n12 May 1997 - Agreement on cultural cooperation signed in Baku\n"
                              "1998 - first Days of Georgian Culture in Baku\n2001 - 3,000 books donated", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "1997-05-12"), ("culture_days", "1998")]


def test_the_day_before_the_opening_is_the_day_before_the_happening_the_report_is_about(extract_events):
    doc, evs = extract_events("The Days of Kazakh Culture opened in Baku on 12 May 2023. The day before the opening, the "
                              "delegation laid flowers at the monument to Abai. On the eve of the Days, a concert was "
                              "held in Sumgait.", LANG)
    # ("on the eve of" says no more than "shortly before")
    assert [(e.type, e.date) for e in evs] == [("culture_days", "2023-05-12"), ("ceremony", "2023-05-11"),
                                               ("performance", None)]


def test_the_stops_of_a_tour_under_a_route_heading_are_the_touring_happening(extract_events):
    doc, evs = extract_events("Silk and Felt: a touring exhibition of the Museum of Kyrgyz Applied Art opened in Bishkek on "
                              "3 March 2022.\n\nThe tour so far\n\n1. Almaty, Kasteyev State Museum of Arts - 5 May to "
                              "20 June 2022\n   The exhibition was visited by 9,000 people.\n2. Tashkent, State Museum of "
                              "Arts - 1 September to 30 October 2022\n\nPress contacts\n\n+996 312 000 000", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs]
    assert got == [("exhibition", "2022-03-03", ["Bishkek"]), ("exhibition", "2022-05-05/2022-06-20", ["Almaty"]),
                   ("exhibition", "2022-09-01/2022-10-30", ["Tashkent"])]


def test_a_programme_items_lecture_or_workshop_is_a_happening(extract_events):
    doc, evs = extract_events("Saturday, 4 March 2023, 15:00 - Lecture \"Felt in the steppe\" by Dr. Aigul Sadykova.\n"
                              "Sunday, 5 March 2023, 11:00 - Pottery workshop for children.\n\nThe lecture hall seats 80.", LANG)
    assert [(e.type, e.date) for e in evs] == [("education", "2023-03-04"), ("education", "2023-03-05")]


@pytest.mark.parametrize("text,expected", [
    ("On 12 May 2023 the week opened with a screening of the 1968 classic Tashkent, City of Bread.",
     [("performance", "2023-05-12")]),
    ("In 2019 a screening of the 1968 classic was held in Baku.", [("performance", "2019")]),
])
def test_a_works_year_dates_no_happening(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == expected


@pytest.mark.parametrize("text,expected", [
    # (naming no happening before it, what follows in its clause is the reason's)
    ("The participation of the ensemble planned for October 2024 did not take place because of the change in the "
     "dates of the festival.", []),
    ("Reports that the Days opened on 5 November 2023 are incorrect: on that day the delegation only arrived in Tehran.",
     [("visit", "2023-11-05")]),
    ("Days of Georgian Cinema took place in Baku from 18 to 21 November 2024.", [("festival", "2024-11-18/2024-11-21")]),
])
def test_what_did_not_take_place_and_days_of_cinema(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("Their first book, the novel \"The Fig Tree House\", came out in 2009 with Actes Sud.", [("media", "2009")]),
    ("In 2004 an anthology of new Georgian prose was published by L'Harmattan in Paris.", [("media", "2004")]),
    ("In 2019 the article was published in the newspaper.", []),
])
def test_a_book_published_is_media(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


@pytest.mark.parametrize("text,expected", [
    ("In 2013 no festival was held, as the organisers moved it to spring.", []),
    ("The festival was founded by an order of the Ministry of Culture signed on 3 March 2011.",
     [("decree", "2011-03-03")]),  # (one happening of the day: the order, which founded it)
])
def test_no_festival_held_and_a_ministrys_order(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_venue_of_another_city_by_the_same_last_words_and_a_days_heading(extract_events):
    doc, evs = extract_events("MINISTRY OF CULTURE\nPress Service\n\nTHE MINISTER'S WEEK\nDigest No. 10\n\n"
                              "A summary of the week of 4-8 March 2024.\n\nTuesday, 5 March\n\n"
                              "• The Minister opened an exhibition at the National Museum.\n"
                              "• Following the opening, the ministers held talks and signed a Plan of Cultural Exchanges "
                              "for 2024-2025.\n\nThursday, 7 March\n\n• In the evening a gala concert was held at the "
                              "Alisher Navoi State Academic Bolshoi Theatre in Tashkent.", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places]) for e in evs]
    assert ("agreement", "2024-03-05", []) in got  # (a programme's years under a day's heading: that day)
    assert ("performance", "2024-03-07", ["Tashkent"]) in got  # (Tashkent's Bolshoi Theatre, not Moscow's)


@pytest.mark.parametrize("text,expected", [
    ("The high point of the year was our delegation's journey to India from 7 to 13 August 2023.",
     [("visit", "2023-08-07/2023-08-13")]),
    ("In New Delhi we were received on 8 August 2023 by the Deputy Director General of the Council.",
     [("meeting", "2023-08-08")]),
    ("On 26 January 2023 forty of our members joined the Ambassador at the Republic Day reception.",
     [("ceremony", "2023-01-26")]),
    ("In May 2012 a British singer sang for the United Kingdom on the Eurovision stage in Baku.",
     [("performance", "2012-05")]),
])
def test_a_societys_letter_journey_reception_and_song(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == expected


def test_a_press_releases_notes_to_editors_tell_no_founding_of_the_relations(extract_events):
    doc, evs = extract_events("On 14 November 2023 the two universities signed an agreement in Tashkent. The university "
                              "was founded in 1918.\n\nNotes to editors\n\n1. The University of St Andrews, founded in 1413, "
                              "is Scotland's first university.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2023-11-14"), ("founding", "1918")]


def test_an_episodes_time_stamps_are_no_clock_of_one_day(extract_events):
    doc, evs = extract_events("Episode 12 · 14 March 2024\n\nShow notes\n\n02:10 — The guests talk about the exhibition.\n"
                              "38:40 — Media: the memorandum signed by the two television companies.", LANG)
    # (a time stamp past 23 is an episode's minutes: the happenings told are not on the episode's day)
    assert [e.date for e in evs] == [None, None]


def test_a_chronicle_entrys_date_and_place_date_the_sentence_after_it(extract_events):
    doc, evs = extract_events("YEARBOOK 2018\n\nChronicle of the year\n\n24–27.IV — Almaty. Days of Culture of the city "
                              "of Tashkent in Almaty: performances of the Bakhor ensemble.\n\nTwo days later we were in "
                              "Samarkand. The ministers held talks there.", LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs]
    assert got[0] == ("culture_days", "2018-04-24/2018-04-27", ["Tashkent"])


def test_what_happened_at_the_end_of_the_conference_is_on_its_day(extract_events):
    text = ("On 21 May 2024 a conference on Russian-Iranian cultural dialogue was held at Kazan University. "
            "The rector opened it. Scholars from Tehran spoke. "
            "Following the conference, the two universities signed a memorandum of cooperation.")
    doc, evs = extract_events(text, "en")
    assert sorted((e.type, e.date) for e in evs) == [("agreement", "2024-05-21"), ("forum", "2024-05-21")]


def test_the_same_day_as_the_first_day_of_the_conference(extract_events):
    # "today" in the rector's words is the report's day, not the text's: "On the same day" is the day of the
    # signing told just before, the conference's first.
    text = ("ENU hosts conference\n24 April 2023\n\nOn 20–21 April 2023 the university hosted an international "
            "conference. \"Abai opened Russian literature to the steppe; today we continue this dialogue,\" the rector "
            "said. On the first day of the conference, the two institutes signed a memorandum. On the same day an "
            "exhibition of rare editions opened in the library.")
    doc, evs = extract_events(text, "en")
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "2023-04-20"), ("exhibition", "2023-04-20"), ("forum", "2023-04-20/2023-04-21")]


def test_what_happened_within_the_days_is_the_news(check_events):
    text = "On 18 May 2022, within the framework of the Days of Azerbaijani culture, a gala concert took place in Tbilisi."
    check_events(text, "en", [("performance", "2022-05-18", "gala concert")])


def test_who_attended_is_told_in_the_next_sentence(extract_events):
    text = ("On 12 May 2023 an exhibition of Indian miniatures opened at the Museum of Oriental Art in Moscow. The "
            "opening was attended by the museum's director Alexander Sedov and the Indian ambassador Vinay Kumar.")
    doc, evs = extract_events(text, "en")
    assert [(e.type, e.date, sorted(p["name"] for p in e.participants)) for e in evs] == [
        ("exhibition", "2023-05-12", ["Alexander Sedov", "Vinay Kumar"])]


def test_the_programme_of_the_coming_days_is_no_happening(extract_events):
    text = ("Days of Culture of Kazakhstan opened in Ankara\n14 October 2025\n\nOn 13 October 2025, the Days of Culture "
            "of Kazakhstan opened in Ankara.\n\nProgramme of the Days of Culture\n"
            "- 15 October – screenings of Kazakh feature films at the Kazakhstan Film Week in Istanbul;\n"
            "- 17 October – concert of the Astana Opera soloists at the Atatürk Cultural Centre in Istanbul.\n")
    doc, evs = extract_events(text, "en")
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2025-10-13")]


def test_a_forum_that_closed_days_after_it_opened_ran_between(extract_events):
    text = ("Baku, 19 November 2024\n\nThe forum of young cultural figures opened on 14 November 2024 at the Tauride Palace "
            "in St. Petersburg. On Friday, an exhibition of Azerbaijani carpets opened at the Russian Museum. "
            "The forum closed on 16 November with a gala concert at the Mariinsky Theatre.")
    doc, evs = extract_events(text, "en")
    assert sorted((e.type, e.date) for e in evs) == [
        ("exhibition", "2024-11-15"), ("forum", "2024-11-14/2024-11-16"), ("performance", "2024-11-16")]


def test_a_calendar_table_restating_the_report_dates_it_by_its_days(extract_events):
    text = ("Annual report 2023\n\nIn June, Pushkin House hosted our photographic exhibition of early images of Tbilisi.\n\n"
            "Calendar of events, 2023\n\nDate\tEvent\tPlace\n"
            "8–30 June 2023\tPhoto exhibition \"Tbilisi Through British Eyes\"\tLondon, Pushkin House\n")
    doc, evs = extract_events(text, "en")
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2023-06-08/2023-06-30")]


def test_an_edition_of_the_summer_school(extract_events):
    text = ("A summer school of Georgian was held in Paris in July 2017 for the first time. The second edition was held "
            "at TSU from 9 to 21 July 2018 and brought together 24 students.")
    doc, evs = extract_events(text, "en")
    assert ("education", "2018-07-09/2018-07-21") in [(e.type, e.date) for e in evs]


def test_the_festive_evening_of_the_opening_day(extract_events):
    text = ("Baku, 14 May 2024\n\nDays of Georgian Culture opened in Baku today. The ministers spoke of the two "
            "peoples' friendship. The festive evening at the Heydar Aliyev Palace began with a concert of the Sukhishvili "
            "Georgian National Ballet.")
    doc, evs = extract_events(text, "en")
    assert ("performance", "2024-05-14") in [(e.type, e.date) for e in evs]


def test_proceedings_with_the_series_history_between_the_days_and_the_report(extract_events):
    # The report's days are those of the conference, not of the last year the foreword's history named, and so
    # are those "on the eve of the conference"; the foreword's postponed conference was held; the closing
    # session's proposal is a plan.
    text = ("Proceedings of the VII Conference (Dushanbe, 24–25 October 2023)\n\n"
            "The volume brings together the papers of the conference held on 24–25 October 2023 in Dushanbe. The first "
            "conference took place in Dushanbe in 2011, the second in 2013 and the third in 2015. In 2017 the conference "
            "met in Shiraz. The fifth was in 2019. The sixth conference, postponed because of the pandemic, was held in "
            "Mashhad in 2022.\n\nREPORT ON THE CONFERENCE\n\n"
            "On the eve of the conference, on 23 October, an exhibition of books opened at the National Library. "
            "The plenary session on 24 October was opened by the Deputy Minister. On the same day, the two universities "
            "signed a memorandum on academic exchange. The closing session adopted a resolution proposing to hold the "
            "VIII conference in Isfahan in 2025.")
    doc, evs = extract_events(text, "en")
    got = [(e.type, e.date) for e in evs]
    assert ("agreement", "2023-10-24") in got
    assert ("exhibition", "2023-10-23") in got
    assert ("forum", "2022") in got
    assert not [e for e in evs if e.type == "meeting" or e.date == "2025"]


def test_on_the_same_day_another_meeting_and_during_the_visit_a_signing(extract_events):
    text = ("On 14 March 2024, the Milli Majlis hosted a meeting of the working group with a delegation of Uzbekistan.\n\n"
            "On the same day, the Uzbek delegation was received by the Speaker of the Milli Majlis, Sahiba Gafarova.\n\n"
            "In October 2021, a delegation of the working group paid an official visit to Tashkent. During the visit, on "
            "7 October, a Memorandum of Understanding on cooperation was signed.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert got.count(("meeting", "2024-03-14")) == 2
    assert ("visit", "2021-10") in got and ("agreement", "2021-10-07") in got


def test_a_week_of_cinema_opened_today_at_a_cinema_house_and_a_season_of_a_country(extract_events):
    text = ("🗓 15.04.2024 · 09:10\n🎬 The Week of Chinese Cinema opened today at the Cinema House in Tashkent.\n\n"
            "In October 2021 he came to Paris for the opening of the Season of Georgia in France.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("festival", "2024-04-15") in got and ("culture_year", "2021-10") in got
    assert not [e for e in evs if e.type == "founding"]


def test_a_happening_told_of_him_in_an_obituary_is_his(extract_events):
    text = ("In memory of Tamaz Kvirikashvili\n\nTamaz Kvirikashvili, a diplomat who served Georgia in France, has died. "
            "Tamaz Kvirikashvili was born in Kutaisi. In 1996 he organised the Days of Georgian Culture in France. "
            "In 2001 Kvirikashvili was appointed Ambassador of Georgia to France. In 2003 an exhibition of Georgian icons "
            "opened at the Louvre.")
    doc, evs = extract_events(text, LANG)
    people = {e.type: [p["name"] for p in e.participants] for e in evs}
    assert people["culture_days"] == ["Tamaz Kvirikashvili"]
    assert people["exhibition"] == []  # no "he": no part of his told


def test_a_painter_who_died_before_takes_no_part_in_the_exhibition_of_his_paintings(extract_events):
    text = ("Niko Pirosmani in Paris\n\nNiko Pirosmani is the best known Georgian painter. Niko Pirosmani, who died in "
            "Tiflis in 1918, was a cult figure by 1969. Niko Pirosmani painted signs. In 1969 an exhibition of his "
            "paintings opened at the Louvre.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date, e.participants) for e in evs] == [("exhibition", "1969", [])]


@pytest.mark.parametrize("text, expected", [
    ("In February 2023 the Baltic House Theatre came to the 41st Fajr International Theatre Festival in Tehran.",
     ("festival", "2023-02")),
    ("The Uzbek branch of the Soviet–Indian Friendship Society was formally constituted in Tashkent in February 1960.",
     ("founding", "1960-02")),
    ("On 7 May 1961 a solemn evening in honour of Rabindranath Tagore was held at the Navoi Theatre.",
     ("ceremony", "1961-05-07")),
    ("In 1966 one of Tashkent's central streets was renamed in his honour.", ("other", "1966")),
])
def test_a_named_festival_one_came_to_a_society_constituted_a_solemn_evening_a_street_renamed(extract_events, text, expected):
    doc, evs = extract_events(text, LANG)
    assert expected in [(e.type, e.date) for e in evs]


def test_what_a_coming_soon_heading_lists_is_to_come(extract_events):
    text = ("The museum lent its gold to the Louvre, where an exhibition opened on 18 September 2021.\n\nComing soon\n\n"
            "An exhibition of Niko Pirosmani opens on 20 September 2024.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("exhibition", "2021-09-18")]


def test_a_list_of_past_exhibitions_by_title_and_days(extract_events):
    text = ("Georgian National Museum\n\nThe museum opens a new exhibition of French drawings today.\n\nPast exhibitions\n\n"
            "Lado Gudiashvili: The Paris Drawings (12 October 2022 – 15 January 2023), organised with the Institut français\n\n"
            "Gold of Colchis, shown at the Louvre in Paris (18 September 2021 – 10 January 2022)\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("exhibition", "2022-10-12/2023-01-15") in got and ("exhibition", "2021-09-18/2022-01-10") in got


def test_a_declarations_articles_are_commitments_and_its_closing_line_the_signing(extract_events):
    text = ("Joint Statement of the Presidents\n\nWelcoming the Days of Culture held in Tashkent on 10-14 October 2024,\n\n"
            "Have stated the following:\n\n1. The Parties will hold the Days of Culture in Astana in 2026.\n\n"
            "2. The Parties agreed to open cultural centres in 2026.\n\n"
            "Done in Tashkent on 22 August 2025, in two original copies, each in the Uzbek and Kazakh languages.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("culture_days", "2024-10-10/2024-10-14"), ("agreement", "2025-08-22")]


def test_a_parliament_ratifying_an_agreement(extract_events):
    doc, evs = extract_events("The Milli Majlis ratified the agreement on cultural cooperation with Iran on 17 June 2025.", LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "2025-06-17")]


def test_two_happenings_of_a_kind_each_with_its_date(extract_events):
    text = ("Welcoming the Days of Azerbaijani culture held in Tashkent on 18-22 September 2023, and the Days of Uzbek "
            "culture, held with great success in Baku in May 2024,")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [("culture_days", "2023-09-18/2023-09-22"), ("culture_days", "2024-05")]


def test_a_month_told_again_as_that_month(extract_events):
    text = ("It starts in September 1930, when Tagore arrived in Moscow. That same month an exhibition of his paintings "
            "was shown in Moscow. The Festival of the USSR in India opened in New Delhi that November.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("exhibition", "1930-09") in got and ("festival", "1930-11") in got


def test_a_memorial_to_someone_unveiled(extract_events):
    doc, evs = extract_events("In 2002 a memorial to the merchant Afanasy Nikitin, the first Russian to write about "
                              "India, was unveiled in Revdanda, where he landed in the 1460s.", LANG)
    assert [(e.type, e.date) for e in evs] == [("monument", "2002")]


def test_an_aside_saying_when_a_festival_was_first_held(extract_events):
    text = ('In London she organised the exhibition "Nomad\'s Eye: Kazakh Painting 1920-1990" at the Mall Galleries in '
            'October 2017 and initiated the festival of Kazakh culture "Steppe Spirit", first held in London in June 2018.')
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [("exhibition", "2017-10"), ("festival", "2018-06")]


def test_a_career_line_naming_a_department_and_a_paper_read_at_a_conference(extract_events):
    text = ("Career\n2009-2015 - Curator, then Head of the Exhibitions Department, A. Kasteyev State Museum of Arts\n\n"
            "In August 2022 she presented a paper on the digitisation of collections at the ICOM General Conference in Prague.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("forum", "2022-08")]


def test_a_post_is_no_happening(extract_events):
    doc, evs = extract_events("From 2013 to 2019 she was Director of International Exhibitions at the museum.", LANG)
    assert not evs


def test_a_plan_referring_to_an_agreement_signed_long_before(extract_events):
    text = ("17 June 2025\n\nThe new document will replace the Agreement on cultural cooperation signed in Tehran on 29 June 1994. "
            "A new programme will be signed in Baku on 5 May 2026.")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == [("agreement", "1994-06-29")]


def test_a_festivals_past_editions_in_a_table(extract_file, tmp_path):
    html = ("<html><head><title>History</title></head><body><nav><a href='/'>Home</a></nav><main><h1>History of the Festival</h1>"
            "<p>The Caspian Shores Film Festival grew out of the Days of Iranian Cinema held in Baku in November 2012, when "
            "audiences queued for hours to see new Iranian films from Tehran and Tabriz.</p><h2>Past editions</h2><table>"
            "<tr><th>Edition</th><th>Dates</th><th>City</th><th>Winner</th></tr>"
            "<tr><td>I (2014)</td><td>15–19 September 2014</td><td>Baku</td><td>“The Salt Road”, dir. Elvin Mammadov</td></tr>"
            "<tr><td>II (2015)</td><td>7–11 October 2015</td><td>Rasht</td><td>“Winter in Masuleh”, dir. Parisa Bakhtiari</td></tr>"
            "<tr><td>—</td><td>2020</td><td>Not held because of the COVID-19 pandemic</td><td></td></tr>"
            "</table></main><footer>All rights reserved</footer></body></html>")
    path = tmp_path / "history.html"
    path.write_text(html, encoding="utf-8")
    import bilat
    got = [(e.type, e.date, [p["name"] for p in e.places]) for e in bilat.extract(path)]
    assert ("festival", "2014-09-15/2014-09-19", ["Baku"]) in got and ("festival", "2015-10-07/2015-10-11", ["Rasht"]) in got
    assert not [e for e in got if e[1] == "2020"]


def test_a_speech_dated_by_its_title_line(extract_events):
    text = ("Speech by the Ambassador at the opening of the Days of Uzbek Culture in Georgia. Tbilisi, 16 October 2023\n\n"
            "Dear friends! Today we open the Days of Uzbek Culture. Yesterday an exhibition of Uzbek ceramics opened "
            "at the National Gallery.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("culture_days", "2023-10-16") in got and ("exhibition", "2023-10-15") in got


def test_names_known_by_what_stands_around_them(extract_events):
    doc, evs = extract_events("In June 1955 Jawaharlal Nehru, accompanied by Indira Gandhi, made his first visit to Moscow. "
                              "The treaty was signed in New Delhi on 9 August 1971 by Swaran Singh and Andrei Gromyko.", LANG)
    people = {p["name"] for e in evs for p in e.participants}
    assert {"Jawaharlal Nehru", "Indira Gandhi", "Swaran Singh", "Andrei Gromyko"} <= people


def test_a_list_of_translations_each_published_in_the_year_of_its_imprint(extract_events):
    text = ("Uzbek Literature in Indian Translation\n\n"
            "1. Abdulla Qodiriy. Beete Din (Bygone Days, Hindi). Translated by Anjali Mishra. Rajkamal Prakashan, New Delhi, 2019.\n"
            "The first Hindi edition of the novel.\n\n"
            "2. Alisher Navoi. Selected Ghazals (Urdu). Translated by Syed Ahsan Zaidi. National Council for Promotion of "
            "Urdu Language, New Delhi, 2018.\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date, tuple(p["name"] for p in e.places)) for e in evs if e.date)
    assert got == [("media", "2018", ("New Delhi",)), ("media", "2019", ("New Delhi",))]


def test_a_sentence_ending_with_a_year_is_no_imprint_of_the_one_before(extract_events):
    doc, evs = extract_events("We planned the Days of Russian Cinema for December, but had to cancel them. Nor did the "
                              "Mariinsky Theatre come to Tashkent, as agreed back in 2020.", LANG)
    assert not [e for e in evs if e.date]


def test_a_prizes_previous_laureates_by_year(extract_events):
    text = ("The Navoi Prize for 2025 was presented in Tashkent on 9 February 2025.\n\nPrevious laureates:\n"
            "2024 – Serik Zhaksybekov (Kazakhstan), poet\n2023 – Leyla Mammadova (Azerbaijan), literary scholar\n"
            "2020 – the prize was not awarded\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("ceremony", "2024") in got and ("ceremony", "2023") in got and not [e for e in evs if e.date == "2020"]


def test_a_loans_table_under_a_numbered_caption(extract_events):
    text = ("5.1 Objects lent to exhibitions abroad\n\nTable 5.1. Loans to exhibitions abroad, 2023\n\n"
            "Exhibition\tVenue\tCity\tDates\n"
            "Golden Fleece: Treasures of Ancient Colchis\tMusée d'Archéologie nationale\tParis\t17 March – 3 July 2023\n"
            "Silk Roads of the Caucasus\tMusée des Confluences\tLyon\t24 November 2023 – 12 May 2024\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("exhibition", "2023-03-17/2023-07-03") in got and ("exhibition", "2023-11-24/2024-05-12") in got


def test_a_coordinated_plan_and_a_closing_line_in_the_city_of(extract_events):
    text = ("In 2024 the Museum plans to send its icons to an exhibition at the Louvre-Lens and to receive an exhibition "
            "of French prints.\n\nDone in the city of Kazan on 28 August 2024, in two original copies.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "2024-08-28")]


def test_a_catalogue_records_exhibited_lines(extract_events):
    # A museum's record of a painting: each line under "Exhibited" one exhibition, dated at its end; the lines under
    # "Literature" (catalogues) none.
    text = ("Record of the painting\n\nOil on canvas.\n\nExhibited\n"
            "Moscow, Central Exhibition Hall (Manege), Art of Soviet Uzbekistan, October–November 1967.\n"
            "Tashkent, State Museum of Arts, Painter of the Steppe: Retrospective, 1979 (lent by the Museum of the East).\n\n"
            "Literature\nArt of Soviet Uzbekistan, exh. cat., Moscow, 1967, p. 112.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("exhibition", "1967-10/1967-11", ["Moscow"]), ("exhibition", "1979", ["Tashkent"])]


def test_a_catalogue_records_exhibitions_after_their_label_on_its_line(extract_events):
    # An auction's lot: "Exhibited:" before the exhibitions on its line, parted by semicolons; the record's next field,
    # "Literature:", lists catalogues, no exhibition.
    text = ("Lot 12\nThe Maiden Tower, 1974. Watercolour on paper.\n\n"
            "Exhibited: Istanbul, Is Bank Art Gallery, 3–20 March 1975; Kazan, State Museum of Fine Arts, 1976.\n\n"
            "Literature: Exhibition catalogue, Istanbul, 1975, no. 12.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date, [p["name"] for p in e.places][:1]) for e in evs if e.date]
    assert got == [("exhibition", "1975-03-03/1975-03-20", ["Istanbul"]), ("exhibition", "1976", ["Kazan"])]


def test_a_heading_in_capitals_over_a_list_of_years_types_its_entries(extract_events):
    # (a capitalised word before the trigger makes a name, "the Baku Humanitarian Forum"; a heading in capitals over
    # dated entries is none; "ABOUT THE EXHIBITION" over prose still is no happening)
    doc, evs = extract_events("JAMSHID RAKHIMOV\nPainter. Lives and works in Paris and Tashkent.\n\nSOLO EXHIBITIONS\n"
                              "2021 — Paris, Galerie Marianne Lévy, «Indigo Threads» (solo)\n"
                              "2019 — Lyon, Musée des Confluences, «Silk Road Notebooks» (solo)\n\nABOUT THE EXHIBITION\n\n"
                              "The works come from the painter's studio.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [
        ("exhibition", "2021", ["Paris"]), ("exhibition", "2019", ["Lyon"])]


def test_a_finding_aids_series_and_files_are_no_happenings(extract_events):
    doc, evs = extract_events("Papers of Helen Ashcroft\n\nSeries 2. Britain-Georgia Society\nFile 4: Programmes of the Days "
                              "of Georgian Culture in Great Britain, 1974\nFile 5: Press cuttings on the performances of the "
                              "Georgian State Dance Company at the Royal Albert Hall, London, 12–14 May 1967", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("performance", "1967-05-12/1967-05-14")]


def test_a_feeds_item_counts_its_weekday_from_the_feeds_day_not_from_the_item_before(extract_events):
    # ("Rain expected on Thursday" in the item before tells no day the next item's "on Wednesday" is near)
    doc, evs = extract_events("News feed\n\nWednesday, 15 March 2023\n\n18:20\n\nRain and strong wind expected in Baku on "
                              "Thursday\n\n17:05\n\nAzerbaijan and Uzbekistan sign cultural cooperation programme\n\nCulture "
                              "ministers Adil Karimli and Ozodbek Nazarbekov signed the programme in Baku on Wednesday.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "2023-03-15")]


def test_being_among_the_founders_tells_the_founding(extract_events):
    doc, evs = extract_events("In 1962 she was among the founders of the Britain-Georgia Society in London and served as "
                              "its honorary secretary until 1985.", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [("founding", "1962", ["London"])]


def test_a_treaty_registers_records_are_their_signings(extract_events):
    doc, evs = extract_events("Register of International Treaties\n\n----------------------------------------\nRecord No.: "
                              "KZ-FR/0012\nTitle: Agreement between the Government of the Republic of Kazakhstan and the "
                              "Government of the French Republic on Cooperation in the Fields of Culture\nCategory: "
                              "intergovernmental\nPlace of signature: Paris\nDate of signature: 23.09.1992\nSignatories: "
                              "Tuleutai Suleimenov (KZ); Roland Dumas (FR)\nEntry into force: 16.06.1994\nStatus: in force\n\n"
                              "----------------------------------------\nRecord No.: KZ-FR/0102\nTitle: Memorandum on museum "
                              "cooperation\nPlace of signature: -\nDate of signature: -\nStatus: under negotiation", LANG)
    assert [(e.type, e.date, [p["name"] for p in e.places]) for e in evs if e.date] == [("agreement", "1992-09-23", ["Paris"])]
    assert "Tuleutai Suleimenov" in [p["name"] for p in evs[0].participants]


def test_a_letters_proposals_are_no_happenings(extract_events):
    doc, evs = extract_events("Our Ministry would therefore propose the following:\n- to hold Days of Tajik Culture in Tehran "
                              "in October 2025;\n- to sign the new programme of cultural exchanges in Dushanbe in 2026.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == []


def test_an_events_pages_cards_under_a_heading_are_its_entries(extract_events):
    # A card: its title, its dates on a line of their own, a paragraph on it; the cards' days may nest, each is its own.
    doc, evs = extract_events("What's on\n\nPast exhibitions\n\nDialogue of Patterns: Silk of Azerbaijan and China\n\n"
                              "10 October 2024 - 15 January 2025\n\nSilks from Shaki and Hangzhou shown together.\n\n"
                              "Azerbaijani Carpet: Art of the South Caucasus (on tour)\n\n5 - 30 November 2024, Georgian "
                              "National Museum, Tbilisi\n\nThirty-two carpets from our collection travelled to Tbilisi.\n\n"
                              "Recently\n\n20 February 2025, 18:00. Talk: The women who stitched Bukhara's suzani", LANG)
    assert [(e.type, e.date) for e in evs if e.date and e.type == "exhibition"] == [
        ("exhibition", "2024-10-10/2025-01-15"), ("exhibition", "2024-11-05/2024-11-30")]
    assert "Tbilisi" in [p["name"] for e in evs if e.date == "2024-11-05/2024-11-30" for p in e.places]


def test_a_lessons_questions_and_tasks_tell_no_happenings(extract_events):
    doc, evs = extract_events("In June 1955 Jawaharlal Nehru visited Tashkent.\n\nQuestions and tasks\n1. Why did Nehru come to "
                              "Tashkent in 1955?\n2. Imagine that your class organises a week of Indian culture in spring "
                              "2026. Draw up a programme.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("visit", "1955-06")]



def test_a_calendar_of_anniversaries_recalls_what_it_counts_from(extract_events):
    doc, evs = extract_events("CALENDAR OF ANNIVERSARIES 2026\n\nOCTOBER\n12 October - 40 years since the opening of the Indian "
                              "cultural centre in Moscow\nThe centre was opened on 12 October 1986 by the two ministers.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("founding", "1986-10-12")]


def test_a_question_tells_no_happening(extract_events):
    # A quiz's question asks about the visit; the answer key tells it. A title ending in a question mark is no question.
    doc, evs = extract_events("4. Which Qajar shah began his first journey to Europe with a visit to Russia in 1873?\n\n"
                              "ANSWER KEY\n\n4. Naser al-Din Shah. He paid a state visit to St Petersburg in May 1873."
                              "\n\nIn 1994 the film week opened in Tashkent with «Where Is the Friend's House?» at "
                              "the Cinema House.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("visit", "1873-05"), ("festival", "1994")]


def test_a_named_festival_that_closed_took_place(extract_events):
    doc, evs = extract_events("29 May 2023\n\nThe 24th Tbilisi International Book Festival closed yesterday at Expo Georgia.",
                              LANG)
    assert [(e.type, e.date) for e in evs] == [("festival", "2023-05-28")]


def test_a_fact_checks_true_or_false_and_no_record_tell_no_happening(extract_events):
    doc, evs = extract_events("5. True or false: the Soviet–Iranian Treaty of Friendship was signed in Tehran in 1925.\n\n"
                              "We found no carpet exhibition at the Louvre in 2015. The treaty was signed in Moscow on "
                              "26 February 1921.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("agreement", "1921-02-26")]


def test_a_plans_report_dates_each_row_by_its_status(extract_events):
    # "Planned" and "Status" columns: the day it was done refines the month planned; a row postponed or cancelled is
    # no happening; a cell's words and the next cell's ("Museum<TAB>Done, opened") make no trigger together.
    doc, evs = extract_events("REPORT on the implementation of the Plan\n\nNo. | Event | Planned | Place | Status\n"
                              "1 | Exhibition of Uzbek applied art | March 2022 | Baku, Museum Centre | Done, 16-30 March 2022\n"
                              "4 | Tour of the Ilkhom Theatre | June 2022 | Baku | Postponed to 2023\n"
                              "11 | Carpet exhibition | September 2022 | Tashkent, State Museum of Applied Arts | Done, opened "
                              "6 September 2022", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2022-03-16/2022-03-30"),
                                                          ("exhibition", "2022-09-06")]


def test_a_negation_past_a_spaced_dash_is_another_clauses(extract_events):
    # (past the few words after a trigger in which a plan's word is always its own)
    doc, evs = extract_events("Tbilisi, 17 October 2024\n\nToday your masterclass on carpet knotting at the Tbilisi State "
                              "Academy of Arts was full - the students have not stopped talking about it.", LANG)
    assert [(e.type, e.date) for e in evs] == [("education", "2024-10-17")]


def test_an_applications_work_plan_after_its_date_is_to_come(extract_events):
    # "Date of submission:" dates the application; its track record happened, its work plan (months after that
    # day under a "Work plan" heading) is to come; "last year" is the year before the submission.
    doc, evs = extract_events("APPLICATION FORM\nApplicant: Kopuro Foundation (Bishkek)\nDate of submission: 20 January 2025\n\n"
                              "4.1 Track record\n\nLast year, in July, we held a festival in Naryn.\n\n"
                              "4.2 Work plan (March 2025 – February 2026)\n\nMarch 2025: project kick-off meeting in Bishkek.\n"
                              "September 2025: mini-festival in Bishkek (12–14 September).", LANG)
    assert doc.published == "2025-01-20"
    assert [(e.type, e.date) for e in evs if e.date] == [("festival", "2024-07")]


def test_a_spreadsheets_rows_by_their_status_cells(extract_events):
    # A spreadsheet exported with semicolons: a row held took place, even the conference postponed from April; a row
    # cancelled or planned did not; a row's number and the month in the next cell are no day.
    doc, evs = extract_events("Cultural centre - Activities 2023\nNo;Date;Activity;Venue;City;Status\n"
                              "5;27/04/2023;Scientific conference on Nizami;Centre hall;Berlin;postponed\n"
                              "7;May;Lecture on Abai in translation;Centre hall;Berlin;held\n"
                              "15;12.10.2023;Scientific conference on Nizami (the postponed one);University;Berlin;held\n"
                              "16;21.11.23;Dombra workshop for children;Centre hall;Berlin;cancelled\n", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("education", "2023-05"), ("forum", "2023-10-12")]


def test_a_decrees_annex_plans_what_is_to_come(extract_events):
    # The decree is dated by its line "Bishkek, 14 March 2024 ... No. 118" (the spaces laying it out count as one); the
    # rows of its plan of events, after that day, are no happenings yet.
    doc, evs = extract_events("RESOLUTION OF THE CABINET OF MINISTERS\n\nOn holding the Days of Culture\n\nBishkek, 14 March "
                              "2024                                   No. 118\n\nThe Cabinet of Ministers resolves to hold the "
                              "Days.\n\nPLAN OF EVENTS\n\nNo. | Event | Date | Place\n1 | Official opening and gala concert | "
                              "10 June 2024 | Minsk\n2 | Exhibition of Kyrgyz felt | 10-30 June 2024 | Minsk", LANG)
    assert doc.published == "2024-03-14"
    assert [(e.type, e.date) for e in evs if e.date and e.date > "2024-03-14"] == []


def test_a_pronoun_opening_the_next_sentence_dates_the_happening_told(extract_events):
    doc, evs = extract_events("A bronze bust of Rudaki stands in the courtyard. It was unveiled on 21 September 2015.", LANG)
    assert [(e.type, e.date) for e in evs] == [("monument", "2015-09-21")]


def test_a_film_catalogues_awards_are_prizes_awarded(extract_events):
    doc, evs = extract_events("The Salt Road (Kazakhstan, 2022)\nAwards: NETPAC Award, Eurasia International Film Festival, "
                              "Almaty, 2022.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("ceremony", "2022")]


def test_a_reviews_happenings_are_of_the_visit_not_of_the_review(extract_events):
    # "Reviewed 2 November 2019" heads no item: what the review tells with no date was seen in the month of the visit
    # (its line under the text); a day it tells is that day.
    doc, evs = extract_events("Maison de l'Ouzbékistan, Paris\n\nMark T.\nManchester, UK · 112 contributions\n"
                              "Reviewed 2 November 2019\nUzbek cinema, free entry\nCaught two films during the Days of Uzbek "
                              "Cinema. Small screening room.\nDate of experience: October 2019\n\nClaire D.\nReviewed 14 May "
                              "2019\nWe went to the suzani exhibition, which opened on 3 May.\nDate of experience: May 2019",
                              LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("exhibition", "2019-05-03"), ("festival", "2019-10")]


def test_a_bilateral_year_named_by_its_two_countries(check_events):
    check_events("The whole of 2017 was the German-Georgian Year, for 25 years of diplomatic relations.", LANG,
                 [("culture_year", "2017", "German-Georgian Year")])


def test_a_happening_told_as_held_after_at_the_is_no_reference_to_another(check_events):
    # "at the round table" names a happening told before, unless the sentence tells it was held and when.
    check_events("Note: Papers presented at the round table held at the Centre on 24 April 2012.", LANG,
                 [("forum", "2012-04-24", "round table")])


def test_an_interviews_date_counts_its_last_year(extract_events):
    # An oral history transcript's header gives the day it was recorded: the speaker's "last year" counts from it.
    doc, evs = extract_events("ORAL HISTORY PROJECT\nInterviewee: Farid Aliyev\nDate of interview: 18 October 2021\n"
                              "Place: Baku\n\n[00:03:10] INTERVIEWER: And recently?\n\n[00:03:15] ALIYEV: Last year we "
                              "held a festival of Uzbek films in Baku.", "en")
    assert [(e.type, e.date) for e in evs] == [("festival", "2020")]


def test_a_database_report_in_columns_with_its_status_legend(extract_events):
    # A report printed in fixed width: a row's "FROM" and "TO" cells are the happening's span, and its status code is
    # read by the legend under the table (P, planned; X, cancelled: no happening).
    report = ("MINISTRY OF CULTURE - REPORT R-07                                       Printed: 14.03.2022 09:41\n"
              "ID        FROM       TO         CITY       PROJECT                         ST BUDGET\n"
              "-------------------------------------------------------------------------------------\n"
              "BY21-0027 05.03.2021 31.03.2021 Beijing    Exhibition of Belarusian        C    112 500\n"
              "                                           icons, National Museum\n"
              "BY21-0041 20.05.2021 23.05.2021 Istanbul   Tour of the State Folk Choir    C     61 750\n"
              "BY21-0064 15.09.2021            Paris      Unveiling of memorial plaque    X     22 000\n"
              "BY22-0018 04.04.2022 10.04.2022 Bishkek    Days of Belarusian Culture in   P     76 000\n"
              "                                           Kyrgyzstan\n"
              "-------------------------------------------------------------------------------------\n"
              "STATUS CODES: C - completed; P - planned (approved, not yet held);\nX - cancelled.\n")
    doc, evs = extract_events(report, "en")
    assert sorted((e.type, e.date) for e in evs if e.date) == [("exhibition", "2021-03-05/2021-03-31"),
                                                               ("performance", "2021-05-20/2021-05-23")]


def test_a_photo_albums_captions_dated_by_their_lines(extract_events):
    # A photo's line under its caption gives the day it was uploaded (no happening's) and, maybe, the day it was taken:
    # the caption's; its tags name no happening.
    doc, evs = extract_events("Album created 3 June 2019 · 3 photos\n\n"
                              "Unveiling of a plaque to the poet at the university, Berlin, 15 May 2016.\n\n"
                              "Photo: Levan K.\n\nUploaded 3 June 2019 · Tags: Berlin, plaque, concert · 764 views\n\n"
                              "The Georgian exhibition at the Frankfurt Book Fair on its opening day.\n\n"
                              "Photo: Katrin V.\n\nUploaded 3 June 2019 · Date taken: 10 October 2018 · Tags: books · 2,760 views\n\n"
                              "Tags: festival, exhibition, concert", "en")
    assert sorted((e.type, e.date) for e in evs) == [("exhibition", "2018-10-10"), ("monument", "2016-05-15")]


def test_a_lifes_awards_after_their_label_and_a_dictionarys_abbreviations(extract_events):
    # A biographical dictionary's entry: "Awards:" before the awards on its line, each with its year in brackets; the
    # next field ("Works:") lists books, no award; "Sov." and "b." end no sentence.
    text = ("MAMEDOV, Rustam (1921–1994), orientalist. b. 12.3.1921, Baku. Took part in the Week of Sov. Culture in Iran "
            "(Tehran, 1968).\n\nAwards: Order of the Badge of Honour (1967); Order of Friendship of Peoples (1981).\n\n"
            "Works: Nizami and Persian Poetry (Baku, 1966).\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "1968"), ("ceremony", "1967"), ("ceremony", "1981")]


def test_a_channels_posts_each_counted_from_its_own_stamp(extract_events):
    # A channel's export: each post under its stamp in brackets, a forwarded post under its channel's own stamp; "today"
    # and "yesterday" count from the post's day, "tomorrow" is a plan; the Days that closed are the Days told before.
    text = ("Azerbaijan–Uzbekistan | Cultural Bridge\n3 412 subscribers\n\n"
            "[14.01.2023 21:07]\nThis evening the Navoi Theatre hosted a mugham evening with singer Ramin Hajiyev.\n👁 1.8K\n\n"
            "[20.01.2023 09:12]\nForwarded from UzDaily Culture (19.01.2023 17:30)\n"
            "Yesterday in Tashkent the ministers signed the Programme of Cultural Cooperation for 2023–2025.\n\n"
            "[11.04.2023 20:15]\nThe Days of Azerbaijani Culture opened today in Samarkand! The programme continues until "
            "14 April.\n\n[12.04.2023 09:40]\nA round table on Nizami was held today at Bukhara State University.\n\n"
            "[15.04.2023 11:10]\nThe Days of Culture closed yesterday with a gala concert at the Bukhara Summer Theatre.\n\n"
            "[15.06.2023 13:05]\nTomorrow at 18:00: screening of \"Dede Gorgud\" in our centre's hall.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "2023-01-18"), ("culture_days", "2023-04-11/2023-04-14"), ("forum", "2023-04-12"),
        ("performance", "2023-01-14"), ("performance", "2023-04-14")]


def test_a_notices_key_data_tell_no_happening(extract_events):
    # A procurement notice's key data are the steps of its own procedure; the past editions it recalls are happenings.
    text = ("Contract award notice: Technical services for the Days of Chinese Culture in Belarus 2024\n\n"
            "Notice number\tMC-2024/0317\nContract notice published\t11.03.2024\nDeadline for tenders\t10.04.2024, 12:00\n"
            "Date of award decision\t29.04.2024\n\nDescription of the project\n\n"
            "The first Days of Chinese Culture in Belarus took place in Minsk from 15 to 21 September 2014.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("culture_days", "2014-09-15/2014-09-21")]


def test_a_gazettes_acts_each_dated_by_its_heading(extract_events):
    # A gazette's acts: each a decree of the day its heading gives after its number (the comma between them no clause's);
    # the agreement it ratifies was signed on its own day.
    text = ("COLLECTION OF LEGISLATIVE ACTS\nNo. 5                                         31 May 2006\n\n"
            "3. Law of the Republic of Azerbaijan No. 95-IIIQ, 4 April 2006\n"
            "\"On ratification of the Agreement between the Republic of Azerbaijan and the Republic of Turkey\"\n"
            "To ratify the Agreement signed in Ankara on 10 May 2005.\n\n"
            "4. Decision of the Cabinet of Ministers No. 104, 19 April 2006\n\"On approval of the Programme\"\n"
            "To approve the Programme signed in Baku on 17 April 2006.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "2005-05-10"), ("agreement", "2006-04-17"), ("decree", "2006-04-04"), ("decree", "2006-04-19")]


def test_an_exhibitions_panel_its_weeks_over_its_museum(extract_events):
    # A label sheet's introductory panel: the title, the weeks the show runs on a line over its museum, no word
    # "exhibition" said; an object's label under it gives years of life and of making, no happening.
    text = ("[INTRODUCTORY PANEL]\nBETWEEN THE NEVA AND THE ZAYANDEH\nRussian and Iranian Art in Dialogue, 1829–1978\n"
            "14 September 2024 – 12 January 2025\nState Museum of Oriental Art, Moscow\n\n"
            "[OBJECT LABELS]\n1. Kamal-ol-Molk (1848–1940)\nView of the Hall of Mirrors, 1896\nOil on canvas\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "2024-09-14/2025-01-12")]
    assert [p["name"] for p in evs[0].places] == ["Moscow"]


def test_a_works_label_its_year_of_making_over_its_medium(extract_events):
    # An object's label: the year after its title, over its medium, is when it was made; a credit line "Photo:" is none.
    text = ("7. Vasily Beklemishev (1861–1919)\nModel for the Griboyedov monument, 1911\nBronze\n"
            "State Museum of Oriental Art\n\n"
            "Opening of the exhibition of Soviet graphics in Tehran, 24 September 1960.\nPhoto: unknown · Uploaded 3 June 2019\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("exhibition", "1960-09-24")]


def test_a_wiki_articles_editions_list_and_categories(extract_events):
    # An article copied as text: "Editions" over its indented bullets (a month ending an entry's line dates it), the
    # categories line no founding.
    text = ("Rudaki–Hafez Poetry Festival\n\nThe festival was first held in Dushanbe in 2008.\n\nEditions\n\n"
            " * 2008 – Dushanbe, 22–25 September (first edition)\n * 2009 – Shiraz, October\n * 2011 – cancelled\n"
            " * 2018 – Khujand, 5–8 September\n\n"
            "Categories: Poetry festivals | Recurring events established in 2008\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("festival", "2008-09-22/2008-09-25"), ("festival", "2009-10"), ("festival", "2018-09-05/2018-09-08")]


def test_an_annual_reports_bulleted_items_each_dated_at_its_head(extract_events):
    # An annual report's section: each bullet opens with its days, the heading names their kind; a proposed programme's
    # items are plans.
    text = ("ANNUAL REPORT 2022\n\n1. EXHIBITIONS IN BAKU\n\n"
            "- From 12 March to 30 June the Main Hall hosted \"Threads of the Silk Road: Suzani from Bukhara\".\n"
            "- From 15 September to 20 November the East Gallery presented \"Blue and White: Faience of Iznik\".\n\n"
            "2. PLANS\n\nThe proposed programme for 2023 is as follows:\n- 14 March: a visit to Tashkent\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("exhibition", "2022-03-12/2022-06-30"), ("exhibition", "2022-09-15/2022-11-20")]


def test_a_chronologys_entries_in_old_style_and_hijri_a_treaty_named_alone(extract_events):
    # A book's chronology: an Old Style day is written as the Gregorian one, a lunar Hijri year as its days; an entry
    # naming a treaty with no verb is the treaty's signing; "concludes", "arrives" in the historical present.
    text = ("CHRONOLOGY\n\n"
            "1129 AH – The envoy concludes a commercial treaty with the Shah.\n"
            "21 January (1 February) 1732 – Treaty of Rasht: Russia returns the Caspian provinces.\n"
            "October 1741 (O.S.) – An embassy of the Shah arrives in St Petersburg.\n"
            "1790 – Russian troops leave the city.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("agreement", "1716-12-16/1717-12-04"), ("agreement", "1732-02-01"), ("visit", "1741-10")]


def test_press_releases_each_dated_by_its_number_line_and_a_blogs_byline(extract_events):
    # A ministry's releases, newest first: each one's "today" and "yesterday" count from its own line ("No. 96 |
    # 31.05.2023 | 16:40"); a blog's byline with its categories tells no festival.
    text = ("PRESS RELEASES\n\nNo. 96 | 31.05.2023 | 16:40\nMinister receives the Ambassador\n"
            "Today the Minister received the Ambassador of Turkey.\n\n"
            "No. 93 | 26.05.2023 | 11:15\nExhibition opens in Astana\n"
            "Yesterday an exhibition of felt carpets opened at the National Museum in Astana.\n\n"
            "Posted by Nino Beridze on 9 June 2019 · Festivals, Belarus · 6 comments\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("exhibition", "2023-05-25"), ("meeting", "2023-05-31")]


def test_a_programmes_title_page(extract_events):
    # A conference's cover: its kind on a line of the head, its place and days on a line of their own below the title.
    text = ("SAMARKAND STATE UNIVERSITY\n\nInternational Scientific Conference\nUZBEKISTAN AND FRANCE: A DIALOGUE\n\n"
            "Samarkand, 16–18 October 2024\n\nPROGRAMME AND BOOK OF ABSTRACTS\n\nORGANISING COMMITTEE\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2024-10-16/2024-10-18")]


def test_a_day_a_relative_clause_gives_after_the_year(extract_events):
    # "in 2018 with an exhibition, which opened ... on 22 May 2018": the clause tells the exhibition's day; a day after a
    # semicolon is another clause's happening ("met in May 2022; the text was approved on 30.05.2022").
    doc, evs = extract_events("His 80th birthday was marked in 2018 with an exhibition, \"Two Banks of One River\", "
                              "which opened at the Nizami Museum in Baku on 22 May 2018.", LANG)
    assert [(e.type, e.date) for e in evs if e.type == "exhibition"] == [("exhibition", "2018-05-22")]
    doc, evs = extract_events("In May 2022 the delegations met again in Tashkent; the new text of the agreement was "
                              "approved on 30 May 2022.", LANG)
    assert ("meeting", "2022-05") in [(e.type, e.date) for e in evs]


def test_an_agreement_by_its_number_and_a_press_conference(extract_events):
    text = ("By Supplementary Agreement No. 1 dated 30 August 2021 the parties raised the fee for the tour. "
            "On 4 May 2022 the organiser held a press conference at the TASS press centre in Moscow.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("agreement", "2021-08-30"), ("media", "2022-05-04")]


def test_a_decree_by_its_number_and_code_and_registered_craftsmen(extract_events):
    # "No. PF-6144" ends no sentence, so the decree has its day; "registered embroiderers" founded nothing.
    doc, evs = extract_events("The craft was revived in the 1990s. The Presidential Decree No. PF-6144 of 17 January 2021 "
                              "granted tax exemptions to registered embroiderers.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("decree", "2021-01-17")]


def test_a_wiki_lists_table_rows_under_a_heading_of_their_kind(extract_events):
    # "Days of Culture of Kyrgyzstan in Russia[edit]" over a table: each row is an edition of the Days, with its days and
    # cities, whatever its notes cell tells besides.
    text = ("List of Days of Culture between Kyrgyzstan and Russia\n\nThe Days are reciprocal events.\n\n"
            "Days of Culture of Kyrgyzstan in Russia[edit]\nYear\tDates\tCities\tNotes\n"
            "2004\t12–16 October\tMoscow, Saint Petersburg\tOpened with a gala concert at the Kremlin Palace.\n"
            "2009\t20–24 May\tMoscow, Kazan\tIncluded an exhibition of felt art at the Kazan Kremlin.\n\n"
            "See also[edit]\nKyrgyzstan–Russia relations\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.type == "culture_days"] == [
        ("culture_days", "2004-10-12/2004-10-16"), ("culture_days", "2009-05-20/2009-05-24")]


def test_a_cvs_year_columns_under_its_headings(extract_events):
    # "2022  "Nomad Geometry", ..." (a year, two spaces): each line an entry of the kind its heading names; a residency
    # under "Residencies" is one; "(forthcoming)" is a plan.
    text = ("AIDA KERIMOVA\nPainter\n\nSOLO EXHIBITIONS\n2025  \"Blue Hours\", State Museum of Arts, Almaty (forthcoming)\n"
            "2022  \"Nomad Geometry\", Galerie am Savignyplatz, Berlin\n2017  \"Felt and Sky\", Kasteev Museum, Almaty\n\n"
            "RESIDENCIES\n2010  Cité internationale des arts, Paris\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("education", "2010"), ("exhibition", "2017"), ("exhibition", "2022")]


def test_a_tag_line_under_a_news_item_tells_no_visit(extract_events):
    # "Read more »\nTags: visiting scholars, China": the tags are a sentence of their own, no visit dated by the next item.
    text = ("14.12.2022\nProfessor Li Wen completes lecture course\nFrom 5 to 9 December Professor Li Wen of Peking University "
            "gave a series of lectures in Minsk.\nRead more »\nTags: visiting scholars, China, literature\n\n"
            "29.11.2022\nAgreement signed with Dalian University\nOn 25 November the Vice-Rector and the Vice-President signed "
            "an agreement on academic cooperation in Minsk.\nRead more »\nTags: agreements, China\n")
    doc, evs = extract_events(text, LANG)
    assert ("visit", "2022-11-29") not in [(e.type, e.date) for e in evs]
    assert ("agreement", "2022-11-25") in [(e.type, e.date) for e in evs]


def test_a_date_closing_the_first_of_two_listed_happenings(extract_events):
    # "a gala concert ... on 12 September and an exhibition ...": the day is the concert's; "in April of the next year"
    # is of the year after the one last told.
    text = ("The Days of Uzbek Culture were held in Baku on 10–14 September 2005. The programme included a gala concert at "
            "the Philharmonic Hall on 12 September and an exhibition of applied arts at the Museum Centre. The reciprocal "
            "Days of Azerbaijani Culture in Uzbekistan followed in April of the next year in Tashkent.")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("performance", "2005-09-12") in got and ("exhibition", "2005-09-12") not in got
    assert ("culture_days", "2006-04") in got


def test_a_newsletters_issue_months_date_its_yearless_days(extract_events):
    # "Issue 2/2023 · April – June 2023": "On 17 June" is of the issue's June, whatever year a memory told before it;
    # the "Registered office" line founds nothing.
    text = ("GERMAN–KAZAKH SOCIETY\nNEWSLETTER\nIssue 2/2023 · April – June 2023\nRegistered office: Berlin\n\n"
            "Dear members,\nMany of you still remember the first Kazakh Culture Days we organised in Cologne in 1998. "
            "On 17 June we celebrated our 30th anniversary with a reception at the Embassy of Kazakhstan in Berlin.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("ceremony", "2023-06-17") in got and not any(t == "founding" for t, _ in got)


def test_a_photo_records_date_field_dates_its_caption(extract_events):
    # "Date: September 1958" dates what "Caption:" tells; "Place:" tells no happening; "Date: undated" dates nothing.
    text = ("DUSHANBE PHOTO ARCHIVE\nCaption list\n\nNo. 04/001\nDate: September 1958\nPlace: Dushanbe, Opera and Ballet "
            "Theatre\nPeople: Mirzo Tursunzoda\nCaption: Celebrations of the 1100th anniversary of the poet Rudaki.\n\n"
            "No. 04/012\nDate: 1976\nPlace: Shiraz, Iran\nCaption: Tajik musicians perform at the Shiraz Arts Festival.\n\n"
            "No. 04/019\nDate: undated\nPlace: Dushanbe, Concert Hall\nCaption: A concert in the garden.\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert ("ceremony", "1958-09") in got and any(d == "1976" for _t, d in got)
    assert [e for e in evs if e.type == "performance" and e.date not in (None, "1976")] == []


def test_a_tours_venues_after_a_colon_and_a_view_of_one_of_them(extract_events):
    # "Tour:" over "- Lyon, Musée des Tissus: 13 October 2023 – 28 January 2024": each venue an exhibition; "View of the
    # exhibition in Lyon, October 2023" is of the Lyon run, no exhibition of its own.
    text = ("PRESS KIT\n\nThreads of the Caspian. The exhibition opened in Paris on 21 March 2024.\n\nTour:\n"
            "- Baku, Azerbaijan National Carpet Museum: 6–30 June 2023\n- Lyon, Musée des Tissus: 13 October 2023 – 28 "
            "January 2024\n\nIMAGES\n06. View of the exhibition in Lyon, October 2023.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.type == "exhibition" and e.date]
    assert ("exhibition", "2023-10-13/2024-01-28") in got and ("exhibition", "2023-06-06/2023-06-30") in got
    assert ("exhibition", "2023-10") not in got


def test_a_study_day_is_a_forum(extract_events):
    doc, evs = extract_events("A study day, \"Weaving the Caucasus\", was held in the museum's auditorium on 2 April 2024 "
                              "with speakers from Baku, Lyon and Paris.", LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("forum", "2024-04-02")]


def test_a_call_for_papers_key_dates_are_plans_and_the_report_under_it_is_news(extract_events):
    # "Key dates:" over "- Conference: 17-19 October 2023": to come when the call was posted; the report under the call
    # tells what took place. A commission's session is a meeting; a register's "Renewed 14.09.2017" a signing.
    text = ("CALL FOR PAPERS\nPosted 20 February 2023\n\nKey dates:\n- Abstracts: by 15 May 2023\n"
            "- Conference: 17-19 October 2023, Tbilisi\n\nUPDATE: CONFERENCE REPORT\n\nThe conference took place on "
            "18-20 October 2023 in Tbilisi. The Fifth Session of the Joint Commission on Cultural Cooperation was held in "
            "Dushanbe on 11 and 12 June 2024.\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert ("forum", "2023-10-18/2023-10-20") in got and ("forum", "2023-10-17/2023-10-19") not in got
    assert ("meeting", "2024-06-11/2024-06-12") in got
    doc, evs = extract_events("No\tPartner\tCountry\tType of document\tDate signed\tTerm\n"
                              "1\tMoscow State University\tRussia\tAgreement on cooperation\t14.09.2012\t5 years\n"
                              "2\tAnkara University\tTurkey\tMemorandum of understanding\t16.05.2016\t5 years\n\n"
                              "Notes: the agreement with Moscow State University was signed in Moscow. Renewed 14.09.2017 for "
                              "five years.\n", LANG)
    assert sorted(e.date for e in evs if e.type == "agreement" and e.date) == ["2012-09-14", "2016-05-16", "2017-09-14"]


def test_a_radio_bulletins_header_dates_its_today_and_a_translators_memories(extract_events):
    # "News bulletin, Tuesday 3 June 2025, 18:00" is the day "earlier today" and "yesterday" count from; a translator's
    # "he took me to Shamakhi", "received me", "we read together" are a visit, a meeting, a reading.
    text = ("RADIO DUSHANBE INTERNATIONAL\nNews bulletin, Tuesday 3 June 2025, 18:00 Dushanbe time (13:00 GMT)\n\n"
            "The Days of Culture of Iran in Tajikistan opened earlier today in Dushanbe. The photo exhibition \"Isfahan\" "
            "opened yesterday evening at the National Museum.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs if e.date]
    assert ("culture_days", "2025-06-03") in got and ("exhibition", "2025-06-02") in got
    text = ("In June 2004 he took me to Shamakhi, to the orchard of the title. We read together once more in London, at "
            "the Poetry Society's café, on 21 March 2007. In October 2018 his widow received me in Mardakan.")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert got == [("meeting", "2018-10"), ("performance", "2007-03-21"), ("visit", "2004-06")]


def test_a_digests_item_head_with_its_headline_ends_a_sentence(extract_events):
    # "3. IRNA, 19 Mehr 1403 (10 October 2024) – "Russian Film Week closes in Tehran"": the item's head and headline;
    # the text under it dates the week by its Solar Hijri days.
    text = ("MEDIA MONITORING DIGEST\nIssue 41 | Coverage period: 7–13 October 2024\n\n"
            "3. IRNA, 19 Mehr 1403 (10 October 2024) – \"Russian Film Week closes in Tehran\"\n"
            "IRNA writes that the Russian Film Week was held at the Charsou Cineplex in Tehran from 14 to 18 Mehr, with "
            "eight recent Russian features screened.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("festival", "2024-10-05/2024-10-09")]


def test_an_honorary_degrees_date_field_dates_its_conferral(extract_events):
    # "Degree conferred: 22 September 2023" between a laureate's title and the laudation: a sentence of its own, the
    # conferral's day; the laudation's "shown at the ... Museum", "recognised with the Order" and "the 2008/2009
    # academic year" are an exhibition, an award and a stay of a year.
    text = ("PROFESSOR SUN YUHAN\nPainter, Professor of the Central Academy of Fine Arts, Beijing\n"
            "Degree conferred: 22 September 2023\n"
            "Sun Yuhan spent the 2008/2009 academic year as a visiting scholar in Minsk. Her cycle \"Belarusian Landscapes\" "
            "was shown at the National Art Museum of China in Beijing in 2019. Her work was recognised in 2021 with the "
            "Order of Francysk Skaryna.\n")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert got == [("ceremony", "2021"), ("ceremony", "2023-09-22"), ("exhibition", "2019"), ("visit", "2008/2009")]


def test_a_plaques_unveiled_field_in_a_register_of_plaques_is_its_unveiling(extract_events):
    text = ("TBILISI CITY HALL\nREGISTER OF MEMORIAL PLAQUES - Section 7\n\nEntry 7.01\n"
            "Address: 17 Mirza Fatali Akhundov Street, Old Tbilisi\n"
            "Inscription: \"In this house lived and worked the writer Mirza Fatali Akhundov.\"\n"
            "Unveiled: 12 July 1962, on the 150th anniversary of the writer's birth, by the Chairman of the City Soviet.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("monument", "1962-07-12")]


def test_a_monthly_newsletters_items_tell_the_month_before_its_issue(extract_events):
    # The June issue tells May's days: "from 20 to 22 May" is May 2024's, whatever year the chairman recalled before.
    text = ("CHINA-BELARUS CHAMBER OF COMMERCE\nMonthly Newsletter | No. 6 (58) | June 2024\n\n"
            "FROM THE CHAIRMAN\nWhen eleven companies met at the Hotel Europe in May 2014 to found this Chamber, trade was "
            "small. Shandong comes to Minsk. A delegation of 28 entrepreneurs from Shandong Province visited Minsk and Grodno "
            "from 20 to 22 May.\n")
    doc, evs = extract_events(text, LANG)
    assert ("visit", "2024-05-20/2024-05-22") in [(e.type, e.date) for e in evs]


def test_an_agendas_coming_days_are_plans_and_last_weeks_report_is_news(extract_events):
    # "Published Monday, 13 May 2024" under the week's range: the days after it are appointments to come; the report on
    # the week before tells what took place.
    text = ("THE AMBASSADOR'S AGENDA\nWeek 20: 13-19 May 2024\n"
            "Published Monday, 13 May 2024. Times are local (CEST). Appointments are subject to change.\n\n"
            "TUESDAY, 14 MAY\n10:00  Meeting with the Minister of Culture of Saxony, Dresden\n\n"
            "THURSDAY, 16 MAY\n20:00  Closing gala of the Days of Kazakh Culture, Semperoper, Dresden\n\n"
            "LAST WEEK\nOn Friday, the Ambassador met the Mayor of Leipzig to discuss a twinning.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("meeting", "2024-05-10")]


def test_a_worklists_abbreviated_first_performances(extract_events):
    # "Abbreviations: fp = first performance; cond. = conductor": "fp: 14 November 1987, Tashkent" is a performance, at a
    # festival too ("fp: 2 August 2018, Festival des Arcs").
    text = ("CATALOGUE OF WORKS\nAbbreviations: fp = first performance; ffp = first French performance; cond. = conductor.\n\n"
            "1. Desert Songs, for string quartet (1987)\nfp: 14 November 1987, Tashkent\nffp: 3 March 1995, Rennes\n\n"
            "2. Trio (2017)\nfp: 2 August 2018, Festival des Arcs, Arc 1800 (Savoie); Trio Kaleido.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("performance", "1987-11-14"), ("performance", "1995-03-03"), ("performance", "2018-08-02")]


def test_a_societys_statutes_registered_and_its_honours(extract_events):
    text = ("The statutes were entered in the register of associations at the Charlottenburg District Court on 2 February "
            "1994. In 2014 the Society received the Certificate of Honour of the Ministry of Foreign Affairs. Its chairman "
            "was awarded the Dank medal; the medal was presented to him in Bishkek on 31 August 2018.")
    doc, evs = extract_events(text, LANG)
    got = sorted((e.type, e.date) for e in evs if e.date)
    assert ("founding", "1994-02-02") in got and ("ceremony", "2014") in got and ("ceremony", "2018-08-31") in got


def test_a_handover_a_reading_room_and_a_school_exchange(extract_events):
    text = ("The ceremonial handover of the donation took place on 23 April 2024 at the National Library in Bishkek. "
            "On 5 September 2024 the Russian Book reading room opened in the library. Our pupils' school exchange with "
            "Lyon ran from 6 to 12 May 2024.")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [
        ("ceremony", "2024-04-23"), ("education", "2024-05-06/2024-05-12"), ("founding", "2024-09-05")]


def test_a_plans_date_in_a_clause_of_its_own_and_a_festival_founded(extract_events):
    text = ("Funded projects:\n\n1. \"Shusha Nights\" – joint concert programme of the Paris Chamber Orchestra and the Azerbaijan "
            "State Chamber Orchestra; planned for 4–6 October 2024 in Paris.\n\nThe festival was founded in 2009 by the "
            "Ministry of Culture and the Theatre Union of Kyrgyzstan; its first edition took place in October 2010 with five "
            "productions.\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs if e.date] == [("founding", "2009")]


def test_a_tour_operators_menu_and_tour_leader_are_no_tours(extract_events):
    text = ("Home > Tours > Central Asia > Uzbekistan\n\nNext departure: 6 September 2025 | Group size 12-18 | Tour leader: "
            "Dr. Selin Aydemir, art historian\n")
    doc, evs = extract_events(text, LANG)
    assert [(e.type, e.date) for e in evs] == []


def test_an_updates_recap_of_yesterday_over_a_list(extract_events):
    # "UPDATE, Thursday 13 June, 08:15" dates its "yesterday"; the lead's colon gives that day to the items under it
    text = ("LIVE\n\nWednesday 12 June 2024.\n\n----\n\nUPDATE, Thursday 13 June, 08:15\n\nGood morning. A quick recap of a "
            "long day yesterday in Baku, and what comes next:\n- The two presidents held talks.\n- Nine documents were "
            "signed.\n\n21:40\nThat's it from us for tonight.\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs if e.date) == [("agreement", "2024-06-12"), ("meeting", "2024-06-12")]


def test_a_plans_table_is_dated_by_its_actual_column(extract_events):
    # "Planned<TAB>Actual": the day an activity was carried out; none ("—", cancelled): not held
    text = ("2. ACTIVITIES: PLANNED AND ACTUAL DATES\n\nNo.\tActivity\tPlace\tPlanned\tActual\tStatus\n"
            "1\tWorkshop on carpet restoration\tBaku\t4-8 April 2022\t18-22 April 2022\ton time\n"
            "2\tExhibition of Caucasian carpets\tLyon\t14 June 2022\t12 September 2022\theld late\n"
            "3\tStudy trip and concert in Aubusson\tAubusson\tOctober 2022\t—\tcancelled\n")
    doc, evs = extract_events(text, LANG)
    assert sorted((e.type, e.date) for e in evs) == [("education", "2022-04-18/2022-04-22"), ("exhibition", "2022-09-12")]


def test_writers_received_at_a_ministry(extract_events):
    doc, evs = extract_events("On 5 March 1975 the Tajik writers were received at the Ministry of Culture and Art by the "
                              "Deputy Minister, Dr. Hushang Azarnoush.", LANG)
    assert [(e.type, e.date) for e in evs] == [("meeting", "1975-03-05")]


def test_a_list_of_reports_names_its_conferences_with_place_and_days(check_events):
    # A dissertation's list of the conferences its results were presented at: the name, then where and when in brackets.
    text = ("The results were presented at the following conferences:\n"
            "- International Scientific Conference \"Oriental Studies in the Volga Region\" (Kazan, Kazan Federal "
            "University, 14-16 April 2019), report \"Hafez in Russian translations\";\n"
            "- XXXIII Annual Readings in Memory of Academician V.V. Bartold (Moscow, Institute of Oriental Studies, 22 "
            "November 2019);\n")
    check_events(text, LANG, [("forum", "2019-04-14/2019-04-16", "Conference"), ("forum", "2019-11-22", "Readings")])


def test_a_congress_named_with_a_year_in_brackets_is_no_happening(check_events):
    check_events("He was a delegate of the Writers Congress (Moscow, 1934) and later taught in Baku.", LANG, [])


def test_a_programmes_hour_and_hall_lines_keep_the_days_heading(check_events):
    text = ("FILM FESTIVAL\n3–10 December 2023\n\nFOCUS ON KAZAKHSTAN\nProgramme of screenings\n\n"
            "SUNDAY, 3 DECEMBER\n\n19:00 | Rustaveli Theatre, Grand Hall\nOfficial opening ceremony of the festival, "
            "with the director.\n\nMONDAY, 4 DECEMBER\n\n12:00 | Film Center, foyer\nOpening of the exhibition \"Posters\".\n")
    check_events(text, LANG, [("festival", "2023-12-03/2023-12-10", "FILM FESTIVAL"), ("ceremony", "2023-12-03", "ceremony"),
                              ("exhibition", "2023-12-04", "exhibition")])


def test_a_catalogues_note_of_a_presentation_during_the_days(check_events):
    # The Days' own bracket gives their span; the day told before their name is the presentation's.
    check_events("Note: Presented at the Yakub Kolas Literary Museum on 18 May 2016 during the Days of Azerbaijani "
                 "Culture in Belarus (16–20 May 2016).", LANG,
                 [("ceremony", "2016-05-18", "Presented"), ("culture_days", "2016-05-16/2016-05-20", "Days")])


def test_a_scientific_seminar_is_a_forum(check_events):
    check_events("- Scientific seminar \"Translation Studies\" (Moscow, Russian State University for the Humanities, 17 "
                 "March 2023).", LANG, [("forum", "2023-03-17", "seminar")])


def test_a_council_decision_with_its_number(check_events):
    check_events("By Council decision No. 2013/611 of 10 October 2013, a park in the Osmangazi district was named "
                 "\"Samarkand Park\".", LANG, [("decree", "2013-10-10", "Council decision")])


def test_a_festival_the_speaker_never_went_to_is_no_happening(check_events):
    check_events("They invited me to Avignon for the festival in 1989, to design a production, but I never went - the "
                 "visa did not come in time.", LANG, [])


def test_diplomatic_relations_which_were_established_are_no_founding(check_events):
    check_events("The Decree was signed on 12 February 2022, on the eve of the 30th anniversary of the establishment of "
                 "diplomatic relations between Kazakhstan and Germany, which were established on 11 February 1992.", LANG,
                 [("decree", "2022-02-12", "Decree"), ("other", "1992-02-11", "established")])


@pytest.mark.parametrize("text,date", [
    ("The first joint excavation season at Gulustan ran from 12 July to 20 August 2018.", "2018-07-12/2018-08-20"),
    ("In September 2021 excavations at the site were carried out by a smaller team.", "2021-09"),
])
def test_a_joint_expeditions_field_season(check_events, text, date):
    check_events(text, LANG, [("other", date, text[:12])])


def test_a_week_of_a_countrys_cuisine_is_culture_days(check_events):
    check_events("The first Azerbaijani Cuisine Week in Britain was held in Edinburgh in October 2019.", LANG,
                 [("culture_days", "2019-10", "Cuisine Week")])


def test_the_meeting_a_record_of_minutes_is_of(check_events):
    text = ("MINUTES No. 7\nof the meeting of the Azerbaijani-Russian Joint Working Group on Cultural Cooperation\n\n"
            "Date: 18 September 2024, 11:00-12:45\nFormat: videoconference\n\n"
            "The co-chairs reviewed the decisions of the previous meeting.\n")
    check_events(text, LANG, [("meeting", "2024-09-18", "MINUTES")], strict=False)


def test_a_centre_reopened_in_new_premises_is_a_founding(check_events):
    check_events("TABRIZ, 7 May 2024 - The Shahriyar Cultural Centre reopened yesterday in new premises on Khagani "
                 "Street.", LANG, [("founding", "2024-05-06", "reopened")], strict=False)


def test_a_guests_stay_field_is_a_visit(check_events):
    check_events("Visiting scholars\n\nProfessor Elchin Aliyev (Baku)\nStay: 9 October – 15 December 2023\nHe gave a "
                 "public lecture.\n", LANG, [("visit", "2023-10-09/2023-12-15", "Stay")], strict=False)


def test_the_season_ahead_lists_plans(check_events):
    text = ("Fiona MacLeod, Music Director\nGlasgow, June 2024\n\nTHE SEASON AHEAD\n\nThursday 3 October 2024, 7.30pm · "
            "Glasgow Royal Concert Hall\nOpening concert: Karayev and Elgar with the cellist Rauf Hajiyev.\n\nFriday 23 May "
            "2025 · Glasgow Royal Concert Hall\nArshin Mal Alan in concert, with soloists from Baku.\n")
    check_events(text, LANG, [])


def test_an_episode_aired_is_a_broadcast(check_events):
    check_events("BAKU, 7 March 2025. The first episode of the dubbed Iranian series aired on Ictimai TV last Monday, "
                 "03.03.2025.", LANG, [("media", "2025-03-03", "aired")], strict=False)


def test_a_cards_line_names_its_happening_and_its_date_field_dates_its_outcome(check_events):
    # A card's line "II Forum | Baku | 24/11/2020" names its happening with its place and date; "Dates: 7-8 October 2021"
    # dates the card's "Outcome: ... signed".
    text = ("ABOUT THE FORUM\n\nThe forum brings together writers and museum directors of the two countries every year.\n\n"
            "OUR EVENTS\n\nII Forum | Baku | 24/11/2020\nHeld online; more than 1,100 viewers.\n\nRound table of translators"
            "\nDates: 7-8 October 2021\nVenue: Ganja\nOutcome: the two theatres signed a memorandum on exchanges.\n")
    check_events(text, LANG, [("forum", "2020-11-24", "II Forum"), ("agreement", "2021-10-07/2021-10-08", "signed")],
                 strict=False)


def test_a_cards_running_head_is_no_happening(check_events):
    # "Forum | Baku, 17-18 October 2023 | 1": a conference book's running head, its page number the last cell
    check_events("Turkic World Humanitarian Forum | Baku, 17-18 October 2023 | 1\n\nPREFACE\n\nThe papers of this book "
                 "were read in six sessions.\n", LANG, [])


def test_a_field_since_a_day_is_no_dateline(check_events):
    # "Sister city since: 24.09.2009" at a page's head is a state's start, not the page's day: the table's later years
    # are no plans after it
    text = ("Sheki City — Sister cities — Margilan\n\nSISTER CITIES\n\nSister city since: 24.09.2009\nCountry: Uzbekistan\n\n"
            "Year | Event | Place\n2009 | Sister-city agreement signed | Margilan\n2012 | Joint exhibition 'Silk of Two "
            "Cities' | Sheki\n2023 | Memorandum of cooperation signed between the silk enterprises | Margilan\n")
    check_events(text, LANG, [("exhibition", "2012", "2012"), ("agreement", "2023", "2023")], strict=False)


def test_a_plan_reports_held_field_dates_its_item(check_events, extract_events):
    # "Held: 3 May 2022" under an item of a plan's report dates it; "Planned: ..." tells a plan; "Held: postponed to
    # 2023" leaves the item no happening (not the day of the item before)
    text = ("MINISTRY OF CULTURE\n\nBaku, 20 December 2022\n\nREPORT\non the implementation of the Plan of Events for 2022\n\n"
            "1. Exhibition of Azerbaijani miniatures at the State Museum of Oriental Art (Moscow)\nPlanned: April 2022\n"
            "Held: 3 May 2022; 60 works shown.\n\n2. Tour of the Russian Drama Theatre to Moscow\nPlanned: June 2022\n"
            "Held: postponed to 2023 at the request of the host.\n\n"
            "3. Unveiling of a plaque to the poet at the Moscow library\nPlanned: 18 September 2022 (the 130th anniversary "
            "of his birth)\nHeld: 19 September 2022.\n")
    check_events(text, "en", [("exhibition", "2022-05-03", "Exhibition"), ("monument", "2022-09-19", "Unveiling")],
                 strict=False)
    _doc, evs = extract_events(text, "en")
    assert not [e for e in evs if e.type == "performance"]
    assert not [e for e in evs if e.date == "2022-09-18"]


def test_a_translators_list_of_books_and_their_presentations(check_events):
    # "TRANSLATIONS" over "2004  ..., Selected Stories": each book translated, that year; "Title: presented at ... on
    # 12 May 2011" a presentation
    text = ("PROFILE: JOHN ARDEN\n\nJohn Arden is a translator of Persian and Azerbaijani literature. He lives in Bath.\n\n"
            "TRANSLATIONS\n2004  Mirza Alakbar Sabir, Satires\n2011  Nizami Ganjavi, The Treasury of Mysteries\n\n"
            "PRESENTATIONS\n- The Treasury of Mysteries: presented at the British Library, London, on 12 May 2011.\n"
            "- Satires: launched at the Baku Book Fair, Oct. 2004.\n")
    check_events(text, "en", [("media", "2004", "2004  Mirza"), ("media", "2011", "2011  Nizami"),
                              ("ceremony", "2011-05-12", "presented at"), ("ceremony", "2004-10", "launched at")],
                 strict=False)


def test_an_editions_year_told_more_closely_after_its_place(check_events):
    text = ("HISTORY\n\nThe festival is held every two years.\n\n* 1st festival - 2011, Astrakhan, 8-11 September. Fourteen "
            "ensembles took part.\n* 2nd festival - 2013, Baku, 19-22 September.\n")
    check_events(text, "en", [("festival", "2011-09-08/2011-09-11", "1st festival"),
                              ("festival", "2013-09-19/2013-09-22", "2nd festival")], strict=False)


def test_a_named_happening_opening_a_list_item_with_its_days_took_place(check_events, extract_events):
    # "- Azerbaijani Film Week, 11-16 April, at ..." under a year in review's month: the name and its days are enough; a
    # calendar's "- Pilaf Festival, 7 September 2024" under "CALENDAR FOR 2024" is still no happening
    text = ("CULTURAL DIPLOMACY IN REVIEW: 2023\n\nA month-by-month look at the year.\n\nApril\n- Azerbaijani Film Week, "
            "11-16 April, at Regent Street Cinema: six feature films.\n\nCALENDAR FOR 2024\n- Pilaf Festival, 7 September "
            "2024\n")
    check_events(text, "en", [("festival", "2023-04-11/2023-04-16", "Film Week")], strict=False)
    _doc, evs = extract_events(text, "en")
    assert not [e for e in evs if e.date == "2024-09-07"]


def test_the_first_time_since_a_year_is_no_date_of_the_happening(check_events, extract_events):
    text = ("Baku, 17 May 2024. In the evening a gala concert took place at the Heydar Aliyev Palace, with two ensembles "
            "performing together for the first time since 2019.")
    check_events(text, "en", [("performance", "2024-05-17", "concert")], strict=False)
    assert not [e for e in extract_events(text, "en")[1] if e.date == "2019"]


def test_past_editions_under_a_page_title_naming_the_forum(extract_events):
    # no dated event of the forum told before the table: the kind its title names
    text = ("ABOUT THE FORUM\n\nCaspian–Volga International Literary Forum\n\nThe Idea\n\nThe idea was born in Astrakhan "
            "in 2010, when poets of both countries read their verses together on the riverbank.\n\nPast Editions\n\nNo. | Year | City | Dates | Theme\n"
            "I | 2017 | Baku | 8–10 February | Rivers and seas\nII | 2018 | Astrakhan | 16–18 October | The epic\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("forum", "2017-02-08/2017-02-10") in got and ("forum", "2018-10-16/2018-10-18") in got, got


def test_a_film_credit_in_a_programme_is_a_screening_on_its_day(extract_events):
    # the credit's running time tells a screening; its year is the film's; a trip's "1 h 40 min" tells none
    text = ("PROGRAMME  ·  NOVEMBER 2023\n\nA Retrospective of Azerbaijani Cinema\n\nSAT 4 NOV  15:00  SCREEN 2\n"
            "IF NOT THAT ONE, THEN THIS ONE\nDir. Huseyn Seyidzade · USSR 1956 · 90 min\nA merchant and a matchmaker.\n\n"
            "WED 8 NOV  20:15  SCREEN 2\nIN A SOUTHERN CITY\nDir. Eldar Guliyev · USSR 1969 · 83 min\n\n"
            "Thursday 9 November 2023, 18:00. Screening of The Road to Mother (dir. Akan Satayev, 2016), introduced by a "
            "critic.\n\nOn 10 November the guests went by train to Bukhara (1 h 40 min).\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert [g for g in got if g[0] == "performance"] == [
        ("performance", "2023-11-04"), ("performance", "2023-11-08"), ("performance", "2023-11-09")], got


def test_a_series_volumes_published_by_year(extract_events):
    # "Volumes published so far" over "2021 — Three volumes, ...": each year's books released
    text = ("Tashkent, 18 October 2024 — The publishers presented the twelfth volume of the series yesterday.\n\n"
            "Volumes published so far\n2021 — Three volumes, among them the first Uzbek translation of Nizami's poem.\n"
            "2022 — Two volumes of contemporary short stories, one from each country.\n")
    doc, evs = extract_events(text, LANG)
    got = [(e.type, e.date) for e in evs]
    assert ("media", "2021") in got and ("media", "2022") in got, got
