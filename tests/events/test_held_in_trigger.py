"""A trigger that holds its own verb of being held ("Novruz şənliyi keçirdik") is a happening even after a capitalised
word (no name of an organisation); the Azerbaijani "şənlik" in its forms ("şənliyi"); a concert devoted to Novruz is a
concert; Persian "دو اجرای پرشور داشت" (gave two stirring performances)."""
import pytest

import bilat


def _dated(text):
    return sorted((e.date, e.type) for e in bilat.extract(text) if e.date)


@pytest.mark.parametrize("text,expected", [
    ("27 dekabr 2023\n\nMartın 18-də Berlində Novruz şənliyi keçirildi.\n", [("2023-03-18", "festival")]),
    ("27 dekabr 2023\n\nMartın 18-də Kreuzberg rayonundakı mədəniyyət evində böyük Novruz şənliyi keçirdik.\n",
     [("2023-03-18", "festival")]),
    ("27 dekabr 2023\n\nMartın 17-də Almatıda Filarmoniyada Novruz bayramına həsr olunmuş konsert təşkil "
     "edilmişdir.\n", [("2023-03-17", "performance")]),
    ("تهران – ۸ تیر ۱۳۹۸\n\nگروه کر «روستاوی» از گرجستان در شب‌های ۲۲ و ۲۳ آذر ۱۳۹۷ در تالار وحدت دو اجرای پرشور "
     "داشت.\n", [("2018-12-13/2018-12-14", "performance")]),
])
def test_held_in_the_trigger(text, expected):
    assert _dated(text) == expected
