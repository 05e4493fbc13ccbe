"""A news item's dateline in capitals ("TASHKENT, 2 September 2023 – ...") is no chronology entry, so a venue's name
("the Palace of International Forums") names no forum, while a photo's caption ("TEHRAN, IRAN - FEBRUARY 21, 2024:
...") still is an entry; a day mourned ("the victims of the tragedy of 20 January 1990") is not the ceremony's day;
a decree's measure under its item number ("2.1. ... keçirilsin") is a plan; a telephone conversation is a meeting;
a medal presented is a ceremony; a paper's imprint ("Номер подписан в печать") signs no agreement."""
import pytest

import bilat


def _dated(text):
    return sorted((e.date, e.type) for e in bilat.extract(text) if e.date)


@pytest.mark.parametrize("text,expected", [
    ("TASHKENT, 2 September 2023 – Seven foreign scholars were presented with the order at a ceremony at the Palace of "
     "International Forums on Thursday.\n", [("2023-08-31", "ceremony")]),
    ("TEHRAN, IRAN - FEBRUARY 21, 2024: Participants of the International Caspian Culture Forum pose for a group "
     "photo.\n", [("2024-02-21", "forum")]),
    ("ANNUAL REPORT 2023\n\nOn 20 January the Consul General held a commemoration ceremony for the victims of the "
     "tragedy of 20 January 1990 at the Consulate.\n", [("2023-01-20", "ceremony")]),
    ("Protokol, 12 mart 2024-cü il\n\nQƏRARA ALINDI:\n2.1. 2024-cü ilin oktyabr ayında Daşkənddə Azərbaycan "
     "mədəniyyəti günləri keçirilsin.\n", []),
    ("PRESS OFFICE DIGEST\n10–21 June 2024\n\nTuesday, 11 June\nReadout.\n\nFriday, 21 June\nMinister Nino Abashidze held a telephone conversation "
     "with the Minister of Culture of Azerbaijan.\n", [("2024-06-21", "meeting")]),
    ("Astana, 5 октября 2023 года\n\n2 октября министр культуры провела телефонный разговор с министром культуры "
     "Азербайджана.\n", [("2023-10-02", "meeting")]),
    ("PRESS OFFICE DIGEST\n10–21 June 2024\n\nTuesday, 11 June\nReadout.\n\nFriday, 21 June\nMinister Abashidze presented the Ministry's Medal of Honour to the "
     "Kazakh pianist Aisulu Bekova.\n", [("2024-06-21", "ceremony")]),
    ("Вестник № 4, ноябрь 2023 года\n\nНомер подписан в печать 13 ноября 2023 года.\n", []),
])
def test_news_items(text, expected):
    assert _dated(text) == expected
