"""A board of posts, each under its day and label: an announcement's post ("17.01.2023 | Анонс") is to come, but the
next post's heading ("23.01.2023 | После эфира") ends it, and what that post tells happened."""
import bilat


def _events(text):
    return [(e.type, e.date) for e in bilat.extract(text)]


def test_ru_post_after_an_announcement():
    text = ("Радио «Волна» — архив объявлений\n\n"
            "17.01.2023 | Анонс\n"
            "В субботу, 21 января, слушайте первую совместную программу с московской радиостанцией.\n\n"
            "06.02.2023 | Репортаж\n"
            "В прошлый четверг в Москве открылась выставка азербайджанских ковров «Узоры Карабаха».\n\n"
            "20.02.2023 | Репортаж\n"
            "14 февраля пианист выступил с концертом в Большом зале Московской консерватории.\n")
    found = _events(text)
    assert ("exhibition", "2023-02-02") in found
    assert ("performance", "2023-02-14") in found


def test_en_bulleted_plans_stay_plans():
    text = ("Workshop series — report, 1 September 2025\n\nUPCOMING SESSIONS\n\n"
            "▸ 16 October 2025 | Baku — Master class: natural dyes, taught by a guest restorer.\n"
            "▸ 18 November 2025 | Almaty — Master class: felt carpets, taught by a guest restorer.\n")
    assert not [e for e in _events(text) if e[1] and e[1] >= "2025-10"]
