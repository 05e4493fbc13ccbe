"""An exhibition told with the day it opened and the day it closed or ran until, in one sentence, is dated by that
span of days, months long as it may be ("opened on 12 April 2019 and ran until 1 September"); the day it was only
due to run until is no end ("was due to run until 31 May, but closed on 16 March"). A day a festival "ran until"
must be written: "until Friday" counts from the report. A delegation hosted ("we hosted a delegation", "nümayəndə
heyəti qonaq oldu") is a visit."""
import pytest

import bilat


def _dated(text):
    return sorted((e.date, e.type) for e in bilat.extract(text) if e.date)


@pytest.mark.parametrize("text,expected", [
    ("The exhibition opened on 12 April 2019 and ran until 1 September.\n",
     [("2019-04-12/2019-09-01", "exhibition")]),
    ("The exhibition opened on 12 April 2019 and closed on 1 September 2019.\n",
     [("2019-04-12/2019-09-01", "exhibition")]),
    ("The exhibition opened on 21 February 2020 and was due to run until 31 May, but the museum closed on 16 March.\n",
     [("2020-02-21/2020-03-16", "exhibition")]),
    ("Sərgi 2017-ci il 24 martda açılıb və 4 iyunadək davam edib.\n", [("2017-03-24/2017-06-04", "exhibition")]),
    ("Sərgi nəhayət 2021-ci il 14 sentyabrda açıldı və 2022-ci il 16 yanvaradək davam etdi.\n",
     [("2021-09-14/2022-01-16", "exhibition")]),
    ("Выставка открылась 12 апреля 2019 года и продлилась до 1 сентября.\n", [("2019-04-12/2019-09-01", "exhibition")]),
    ("نمایشگاه در ۲۴ سپتامبر ۲۰۱۸ گشایش یافت و تا ۶ ژانویه ۲۰۱۹ برپا بود.\n", [("2018-09-24/2019-01-06", "exhibition")]),
])
def test_exhibition_runs(text, expected):
    assert _dated(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("On 14 March 2023 we hosted a six-member delegation from the Samarkand State Institute.\n",
     [("2023-03-14", "visit")]),
    ("25 yanvar 2023-cü ildə universitetimizdə Gürcüstanın İlia Dövlət Universitetinin nümayəndə heyəti qonaq oldu.\n",
     [("2023-01-25", "visit")]),
])
def test_a_delegation_hosted_is_a_visit(text, expected):
    assert _dated(text) == expected
