"""The year a plan or a programme is for ("the programme for 2024–2026", "2024-cü il üçün planlar", "план на 2024
год", "برنامه برای سال ۲۰۲۴") is no year the text speaks of: the days after it keep the year told before. An "until"
day written after its month ("4 iyunadək") is an end."""
import bilat


def _dates(text):
    return [(t.text, t.edtf) for t in bilat.dates(text)]


def test_az_year_a_plan_is_for():
    text = ("2023-cü ildə qrup 14 iclas keçirib.\nNoyabrın 9-da onlayn görüş keçirildi. Tərəflər 2024-cü il üçün "
            "birgə tədbirlərin təqvimini razılaşdırdılar.\nDekabrın 5-də səfirlə görüş oldu.\n")
    assert ("Dekabrın 5-də", "2023-12-05") in _dates(text)


def test_en_years_a_programme_is_for():
    text = ("In 2023 the group met 14 times. On 9 November the ministers signed a programme for 2024–2026. "
            "On 5 December the group received the ambassador.\n")
    assert ("On 5 December", "2023-12-05") in _dates(text) or ("5 December", "2023-12-05") in _dates(text)


def test_ru_year_a_plan_is_for():
    text = "В 2023 году группа провела 14 заседаний. 9 ноября согласован план на 2024 год. 5 декабря прошла встреча.\n"
    assert ("5 декабря", "2023-12-05") in _dates(text)


def test_ru_as_of_a_day_is_the_reports():
    text = "По состоянию на 31 декабря 2024 г. выполнено 13 мероприятий. 8–10 октября прошёл форум.\n"
    assert ("8–10 октября", "2024-10-08/2024-10-10") in _dates(text)


def test_az_until_after_the_month():
    assert _dates("Sərgi 2017-ci il 24 martda açılıb və 4 iyunadək davam edib.\n") == [
        ("2017-ci il 24 martda", "2017-03-24"), ("4 iyunadək", "../2017-06-04")]
