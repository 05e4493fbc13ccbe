"""English date expressions -> EDTF (bilat/lang/en.toml [time])."""
import pytest

from datecases import D, NOT, check, params, xfail

LANG = "en"
PUB = "2021-06-16"  # a Wednesday

CASES = [
    NOT("Published: 26.01.2024\n\nIn the last week of December the translation was presented.", "last week"),  # a month's last week, not the report's
    D("• 2016, 23 February — a programme of cultural cooperation is signed in Tehran.", "2016, 23 February", "2016-02-23"),  # a chronology's entry
    D("Posted on 17/10/2023 by Catriona Hale", "17/10/2023", "2023-10-17"),  # day first: its day over 12
    D("Stay: 02/05/2023 – 30/06/2023", "02/05/2023 – 30/06/2023", "2023-05-02/2023-06-30"),  # day first: the last day over 12
    D("The stand opened at the book fair on 19 Mar 2024.", "19 Mar 2024", "2024-03-19"),  # March cut short, no stop
    NOT("The festival in Mar del Plata drew film-makers from Baku.", "Mar"),  # a place's word, no month before a year or after a day
    D("FRI 3 NOV  18:30  SCREEN 1\nOPENING NIGHT", "FRI 3 NOV", "XXXX-11-03"),  # a schedule's line in capitals; "NOV  18:30" no day
    D("Week of films.\n\nMON 11.03 | 21:00\nThe Apricot Orchard", "MON 11.03", "XXXX-03-11"),  # a weekday before day and month
    D("PROGRAMME  ·  NOVEMBER 2023\n\nFour years after our season in the spring of 2019 we return.\n\nSAT 4 NOV  15:00  SCREEN 2", "SAT 4 NOV", "2023-11-04", anchor="context"),  # a programme's month
    D("The concert was on 10/17/2023 in Boston.", "10/17/2023", "2023-10-17"),  # month first: its day over 12
    NOT("The concert was on 02/05/2023 in Boston.", "02/05/2023"),  # day or month first: either, and left
    D("They promised two joint features by 2025.", "by 2025", "../2025", qual="until"),  # a deadline: an end
    D("In 2017 she recalled: in the late eighties we toured Germany.", "in the late eighties", "198X", anchor="context", qual="late"),  # a decade in words, of the century nearest the text's
    D("Date of interview: 14 March 2017\n\nBut in sixty-four, I think, the Ministry put together an exhibition.", "in sixty-four", "1964", anchor="context"),  # a year said in words, of the century nearest the text's
    D("Date of interview: 14 March 2017\n\nThat was later, in the autumn of sixty-seven.", "in the autumn of sixty-seven", "1967", anchor="context", qual="autumn"),
    D("In nineteen seventy-one we went to Lyon.", "In nineteen seventy-one", "1971"),  # with its century
    NOT("The society has members in sixty-four countries."),  # a count, not a year said
    D("The Days ran from Monday 2 to Sunday 8 October 2023 in Dushanbe.", "from Monday 2 to Sunday 8 October 2023", "2023-10-02/2023-10-08"),  # a weekday before each day of a span
    D("3 March 2021\n\n#OnThisDay in 1972 the Sheki folk ensemble gave a concert in Tbilisi.", "#OnThisDay in 1972", "1972-03-03", anchor="context"),  # the post's day in that year
    D("Results for the third quarter of 2024 are below.", "the third quarter of 2024", "2024-07/2024-09"),  # a quarter: its three months
    D("Tour dates were announced in Q2 2023.", "Q2 2023", "2023-04/2023-06"),
    D("A fortnight ago the deputy minister flew in from Tehran.", "A fortnight ago", "2021-06-02", anchor="published", pub=PUB),  # days before the report
    D("The Days ran from Tuesday to Saturday last week in Baku.", "from Tuesday to Saturday last week", "2021-06-08/2021-06-12", anchor="published", pub=PUB),  # those days of last week
    D("A week ago the centre reopened its library.", "A week ago", "2021-06-09", anchor="published", pub=PUB),
    D("The exhibition was shown in Saint Petersburg (November 2014 – February 2015).", "November 2014 – February 2015", "2014-11/2015-02"),  # months of two years, a dash between
    D("IRNA, 19 Mehr 1403 (10 October 2024). The Russian Film Week was held in Tehran from 14 to 18 Mehr.", "from 14 to 18 Mehr", "2024-10-05/2024-10-09", anchor="context"),  # Solar Hijri days, the year the text's
    D("The Iranian Cultural Centre in Kazan opened on 25 Shahrivar 1403.", "25 Shahrivar 1403", "2024-09-15"),
    D("The Iranian Film Week ran on 14–18 Mehr 1403 in Kazan.", "14–18 Mehr 1403", "2024-10-05/2024-10-09"),
    D("CITY TOURISM DEPARTMENT\nAnnual Report on Events Hosted in 2023\nSubmitted to the City Council, 15 January 2024\n\nMarch\n- Navruz celebrations, Registan Square, 21 March.", "21 March", "2023-03-21", anchor="context"),  # the title's year, though the report is dated in the next
    D("WEEK 46: Monday 13 November 2023\n21:00 Feature film: The Last Caravan (2016, 98 min)\nWEDNESDAY 15 NOVEMBER\n19:30 Concert", "WEDNESDAY 15 NOVEMBER", "2023-11-15", anchor="context"),  # a film's year in brackets moves no day
    D("The Days were held in October 1997. The following autumn an exhibition opened in Bonn.", "The following autumn", "1998", anchor="context", qual="autumn"),  # the first autumn after October 1997
    D("The exhibition opened in May 1997. The following autumn a concert was given.", "The following autumn", "1997", anchor="context", qual="autumn"),  # ... after May 1997: its own year's
    D("I arrived in Tashkent on 3 September 1996. Two weeks later I met the minister.", "Two weeks later", "1996-09-17", anchor="context"),  # counted from the day last told
    D("The Days were held in September 2005. Reciprocal Days followed in April of the next year.", "in April of the next year", "2006-04", anchor="context"),  # of the year after the one last told
    # A birth told in passing keeps the year the text spoke of for what follows.
    D("The forum opened in October 2019. The composer, born in Macau in 1905, lived in Almaty. From 15 to 21 November the opera toured Shanghai.", "From 15 to 21 November", "2019-11-15/2019-11-21", anchor="context"),
    D("The vase was presented on 25 Shahrivar 1387 in Tehran.", "25 Shahrivar 1387", "2008-09-15"),  # a Solar Hijri month
    D("In Mehr 1387 the exhibition opened.", "Mehr 1387", "2008-09-22/2008-10-21"),
    NOT("For tickets and tours call the tourism hotline 1156 or write to us."),  # a hotline's number
    D("Remember the dates\n* 1955 - Jawaharlal Nehru visits Tashkent\n* 1995 - opening of the centre", "1955", "1955"),  # a chronology entry with a hyphen
    # A post of an "On this day" series: the post's day (its date heading, else the published date), years before.
    D("14 March 2024\n#OnThisDay 25 years ago the first Days of Indian Culture opened.", "#OnThisDay 25 years ago", "1999-03-14", anchor="context"),
    D("Nine years ago today the first Day of Yoga was held in Tashkent.", "Nine years ago today", "2012-06-16", anchor="published", pub=PUB),
    # A year closing a catalogue's line, a note in brackets after it.
    D("Baku, State Museum of Art, Retrospective, 1979 (lent by the Museum of Oriental Art).", "1979", "1979"),
    # Full dates.
    D("The agreement was signed on February 6, 2004 in Moscow.", "February 6, 2004", "2004-02-06"),
    D("The agreement was signed on 6 February 2004 in Moscow.", "6 February 2004", "2004-02-06"),
    D("The exhibition opened on the 6th of February 2004 in the Manege.", "6th of February 2004", "2004-02-06"),
    D("The law came into force on 1 January 2000 across the country.", "1 January 2000", "2000-01-01"),
    D("The last session of the commission was held on Dec. 31, 1999 in Baku.", "Dec. 31, 1999", "1999-12-31"),
    D("The protocol was signed on 06.02.2004 at the ministry.", "06.02.2004", "2004-02-06"),
    D("The society was registered on 2019-03-12 according to the register.", "2019-03-12", "2019-03-12"),
    D("The ambassador presented his credentials on Monday, 17 May 2011 in Baku.", "17 May 2011", "2011-05-17"),
    # Months and years.
    D("The minister visited Baku in April 1997 on an official visit.", "April 1997", "1997-04"),
    D("The delegation arrived in early April 1997 for talks.", "early April 1997", "1997-04", qual="early"),
    D("The theatre toured Russia in May 2013 with three plays.", "May 2013", "2013-05"),
    D("The society was founded in 1993 by a group of scholars.", "1993", "1993"),
    D("Smith, J. Cultural ties between neighbours. London: Routledge, 2005.", "2005", "2005"),
    D("Culture followed politics: 2005 was a year of Azerbaijani culture in Russia.", "2005", "2005"),
    D("Construction was completed in late 1997 as planned.", "late 1997", "1997", qual="late"),
    D("Relations improved markedly in mid-2010 after the visit.", "mid-2010", "2010", qual="mid"),
    # Ranges.
    D("The festival took place on 16-18 April 2007 in Kazan.", "16-18 April 2007", "2007-04-16/2007-04-18"),
    D("The forum was held on April 16-18, 2007 in Baku.", "April 16-18, 2007", "2007-04-16/2007-04-18"),
    D("The culture days lasted from 16 to 18 April 2007 in Kazan.", "16 to 18 April 2007",
      "2007-04-16/2007-04-18"),
    D("The exhibition was open 28 April - 2 May 2010 in Moscow.", "28 April - 2 May 2010",
      "2010-04-28/2010-05-02"),
    D("The exhibition was open April 28 - May 2, 2010 in Moscow.", "April 28 - May 2, 2010",
      "2010-04-28/2010-05-02"),
    D("The programme ran from 2004 to 2006 without changes.", "2004 to 2006", "2004/2006"),
    D("The 2004-2006 programme of cooperation was fulfilled.", "2004-2006", "2004/2006"),
    D("Talks were held between 2004 and 2006 in Vienna.", "between 2004 and 2006", "2004/2006"),
    D("The festival ran from May to June 2008 in Baku.", "May to June 2008", "2008-05/2008-06"),
    D("The minister arrived on Tuesday, March 2, 2010 in Tehran.", "Tuesday, March 2, 2010", "2010-03-02"),
    D("The tour took place in the spring of 2005.", "spring of 2005", "2005", qual="spring"),
    D("In autumn 2018 a festival was held.", "autumn 2018", "2018", qual="autumn"),
    # Decades and centuries.
    D("Ties weakened in the 1990s as funding dried up.", "the 1990s", "199X"),
    # A day without its year inside a span of days written just before takes the span's year, not that of a date between.
    D("The forum was held on 21–22 June 2022 under the declaration of 15 June 2021. On 21 June, the ministers met.",
      "21 June", "2022-06-21", anchor="context"),
    # The day (week) after the day last mentioned.
    D("On 14 December 2015 a gala was held, and a week later a memorial evening took place.", "a week later", "2015-12-21",
      anchor="context"),
    D("The forum opened on 3 May 2019. The next day the ministers met.", "The next day", "2019-05-04", anchor="context"),
    D("The festival was held in 2019. Two years earlier, the ensemble toured Istanbul.", "Two years earlier", "2017",
      anchor="context"),
    D("Days of Tajik Culture took place in Tehran in April 2007. Two years later an exhibition opened.",
      "Two years later", "2009", anchor="context"),
    # Approximate: EDTF "~" ("about" is no such word: "a film about 1941").
    D("The mosque was built circa 1890 by local merchants.", "circa 1890", "1890~", qual="approximate"),
    D("The centre opened around 12 May 2001 in Baku.", "around 12 May 2001", "2001-05-12~", qual="approximate"),
    D("Many theatres closed in the early 1990s in the region.", "early 1990s", "199X", qual="early"),
    D("This style was fashionable in the 1920s in Baku.", "1920s", "192X"),
    D("In the 2010s relations improved steadily.", "2010s", "201X"),
    D("Relations grew in the mid-1990s after the war.", "mid-1990s", "199X", qual="mid"),
    D("A 1995 report says that in the '90s many theatres closed.", "'90s", "199X", anchor="context"),
    D("In 2006, 2008 and 2011 the foundation held exhibitions.", "2011", "2011"),
    D("Between 2005 and 2010 the foundation held events.", "Between 2005 and 2010", "2005/2010"),
    D("In 1992 the treaty was signed. The following year, the days were held in Baku.", "The following year", "1993", anchor="context"),
    D("The days were held in 2006. The previous year, the treaty was signed.", "The previous year", "2005", anchor="context"),
    D("The twentieth century was a time of great change.", "twentieth century", "19XX"),
    D("The building dates from the late 19th century and was restored.", "late 19th century", "18XX",
      qual="late"),
    D("The manuscripts from the 18th-20th centuries describe these towns.", "18th-20th centuries", "17XX/19XX"),
    # Open intervals.
    D("The society has been active since 2011 in St Petersburg.", "since 2011", "2011/..", qual="from"),
    D("The programme was extended until 2015 by the commission.", "until 2015", "../2015", qual="until"),
    D("The exhibition is open until 30 June 2015.", "until 30 June 2015", "../2015-06-30", qual="until"),
    D("The exhibition runs through June 30.", "through June 30", "../XXXX-06-30", qual="until"),
    D("The programme runs until March 2017.", "until March 2017", "../2017-03", qual="until"),
    D("From May 10 to 15, 2010 the days were held in Kazan.", "From May 10 to 15, 2010", "2010-05-10/2010-05-15"),
    D("In December 2016 an exhibition opened. It stays open until the end of January.",
      "until the end of January", "../2017-01", anchor="context", qual="until"),
    # No year and no anchor; context.
    D("The exhibition opens on March 5 in the main hall.", "March 5", "XXXX-03-05", anchor="explicit"),
    D("The culture days opened on 30 June 2009 in Kazan. They continued on 2 July in Yelabuga.", "2 July",
      "2009-07-02", anchor="context"),
    D("In 1997 a delegation went to Baku. The ministers met on April 6 in the reception house.", "April 6",
      "1997-04-06", anchor="context"),
    D("The society was founded in 1998. In the same year a library was opened.", "the same year", "1998",
      anchor="context"),
    D("The festival took place in June 2014. The same month a new film was shown.", "The same month",
      "2014-06", anchor="context"),
    D("The exhibition opened on 6 May 2013. On the same day a concert was given.", "the same day",
      "2013-05-06", anchor="context"),
    D("The jubilee was marked in September 2008. The same autumn, a bust was unveiled.", "The same autumn", "2008",
      anchor="context"),
    D("The plays were given on January 21 and 22, 2022. The next day the actors gave a master class.", "The next day",
      "2022-01-23", anchor="context"),
    D("The Lale Theatre came in 2019, on March 21 and 22.", "March 21 and 22", "2019-03-21/2019-03-22", anchor="context"),
    # "last spring": the latest spring gone by (in June, this year's; in April, last year's)
    D("Last spring the Days of Tajik Cinema were held in Tehran.", "Last spring", "2021", anchor="published", pub=PUB),
    D("Last spring the Days were held.", "Last spring", "2022", anchor="published", pub="2023-04-10"),
    # Against the published date.
    D("The minister arrived in Baku on Saturday evening.", "Saturday", "2021-06-12", anchor="published", pub=PUB),
    D("In December last year an exhibition opened in Tehran.", "In December last year", "2020-12", anchor="published", pub=PUB),
    D("The decision was taken last week in Baku.", "last week", "2021-06-07/2021-06-13", anchor="published", pub=PUB),
    D("The minister arrived in Baku on Saturday evening.", "Saturday", None),
    D("This year the festival is held for the fifth time.", "This year", "2021", anchor="published", pub=PUB),
    D("Last year ten thousand people visited the exhibition.", "Last year", "2020", anchor="published", pub=PUB),
    D("Last month a week of Russian cinema was held in Baku.", "Last month", "2021-05", anchor="published",
      pub=PUB),
    D("The minister left for Moscow yesterday after the talks.", "yesterday", "2021-06-15", anchor="published",
      pub=PUB),
    # "tomorrow": a plan's day, ahead of the day the text speaks from (never that day itself)
    D("Tomorrow at 18:00: screening of the film in our hall.", "Tomorrow", "2021-06-17", anchor="published", pub=PUB),
    # A typewriter's dash between numbers is a range's; a month and year alone in a table's cell are a month.
    D("The conference was held in Baku on 24--25 October 2019.", "24--25 October 2019", "2019-10-24/2019-10-25"),
    D("Date\tEvent\n09.2004\tDays of Azerbaijani Culture in Astana", "09.2004", "2004-09"),
    NOT("The index rose to 09.2004 points", "09.2004"),
    # Days ending an entry's line take no year from the entry opening the next ("2009 – Julfa")
    D("Editions\n 2007 – Julfa (Iran), 1–3 September\n 2009 – Julfa, 14–16 August", "1–3 September", "2007-09-01/2007-09-03"),
    D("The memorandum was signed on 6 February\n2004 in Baku.", "6 February\n2004", "2004-02-06"),
    # A year ending a heading's paragraph, a numbered section under it ("ANNUAL REPORT 2022\n\n1. EXHIBITIONS")
    D("ANNUAL REPORT 2022\n\n1. EXHIBITIONS IN BAKU", "2022", "2022"),
    D("The Days will run until Sunday.", "until Sunday", "../2021-06-20", anchor="published", qual="until", pub=PUB),
    D("This morning, a memorial plaque was unveiled.", "This morning", "2021-06-16", anchor="published", pub=PUB),
    # Anniversaries.
    D("The concert marked the 65th anniversary of the Victory over fascism.", "65th anniversary of the Victory",
      "2010", qual="anniversary"),
    D("Events for the 90th anniversary of the birth of Heydar Aliyev were held in Moscow.",
      "90th anniversary of the birth of Heydar Aliyev", "2013"),
    D("The sixty-fifth anniversary of the Victory was celebrated in Baku.", "sixty-fifth anniversary", "2010"),
    D("On Tuesday last week the minister met the ambassador.", "On Tuesday last week", "2026-10-13", anchor="published", pub="2026-10-22"),  # that day of that week
    D("Petrograd, 5 (18) March 1918\n\nThe commission met.", "5 (18) March 1918", "1918-03-18"),  # Old Style and New: the later is the Gregorian day
    D("In reply to your letter of the 14th inst., the exhibition opened on the 18th inst.", "the 18th inst.", "1926-10-18", anchor="published", pub="1926-10-22"),  # of the letter's month
    D("The founding meeting was held on the 27th of last month.", "the 27th of last month", "1943-10-27", anchor="published", pub="1943-11-14"),
    # A calendar named after a date: an Old Style day is written as the Gregorian one, a lunar Hijri year as its days.
    D("31 May 1667 (O.S.)  The Tsar grants a charter to the company.", "31 May 1667 (O.S.)", "1667-06-10"),
    D("October 1741 (O.S.)  An embassy arrives in St Petersburg.", "October 1741 (O.S.)", "1741-10"),
    D("1129 AH  The envoy concludes a commercial treaty.", "1129 AH", "1716-12-16/1717-12-04"),
    D("Catalogue of the exhibition shown in Moscow, 16 March-20 May 2005.", "16 March-20 May 2005", "2005-03-16/2005-05-20"),  # (no space around the dash)
    # Not dates.
    NOT("Details are given in the sources [4; 87, 126-142]."),
    NOT("The event was attended by 1500 people from many cities."),
    NOT("The painting sold at auction for $1990."),
    NOT("A ticket costs 2005 manats at the box office."),
    NOT("For information call +994 12 498 00 00."),
    NOT("The meeting began at 10:30 local time."),
    NOT("These figures are given in section 2.3.1 of the report."),
    NOT("The festival celebrated its 20th anniversary with a gala concert.", "20th"),
    NOT("Thousands of protesters march 5 kilometres to the square every week.", "march 5"),
    NOT("The full text is printed on page 1995 of the collection.", "1995"),
    NOT("In 2009 a concert hall with 1200 seats opened in Baku.", "1200"),
    NOT("Security Council Resolution 1244 was adopted in June 1999.", "1244"),
    NOT("The congress met in September 1935.\n\nANSWER KEY\n4 — c) Naser al-Din Shah.", "4"),  # a quiz's answer: a number and its option
]


@pytest.mark.parametrize("case", params(CASES))
def test_en(case):
    check(case, LANG)


def test_enough_cases():
    assert len(CASES) >= 40


def test_a_span_across_months_without_a_year_takes_the_context_year():
    from bilat import time as timex  # noqa: F401
    import bilat
    got = [(t.text, t.edtf) for t in bilat.dates("The report of 5 March 2024. From 26 February to 4 March, three "
                                                 "restorers took part in an internship.")]
    assert got == [("5 March 2024", "2024-03-05"), ("From 26 February to 4 March", "2024-02-26/2024-03-04")]


def test_the_next_day_after_a_programmes_years_counts_from_the_day_told_before():
    from bilat import dates
    got = [(x.text, x.edtf) for x in dates("On 7 June 2023 the ministers signed the programme for 2023-2027. "
                                           "The next day the minister visited the library.")]
    assert got[-1] == ("The next day", "2023-06-08")


def test_a_year_in_an_aside_does_not_move_the_texts_year():
    from bilat import dates
    got = [(x.text, x.edtf) for x in dates("In 2023 our society, founded in 2003, was busy. On 26 January we joined "
                                           "the reception.")]
    assert ("26 January", "2023-01-26") in got


def test_a_weekday_and_a_day_of_the_month_find_their_month():
    from bilat import dates
    got = [(x.text, x.edtf) for x in dates("Date: Tue, 5 Nov 2019\n\nDear friends,\n\nFrench Film Week ran from "
                                           "Tuesday the 8th to Sunday the 13th. On Monday the 14th we signed the "
                                           "memorandum.")]
    # (November's 8th is a Friday: October's is the Tuesday)
    assert ("from Tuesday the 8th", "2019-10-08") in got and ("On Monday the 14th", "2019-10-14") in got
