"""The year a plan or a programme is for ("the programme for 2024–2026", "2024-cü il üçün planlar", "план на 2024
год", "برنامه برای سال ۲۰۲۴") is no year the text speaks of: the days after it keep the year told before. An "until"
day written after its month ("4 iyunadək") is an end. A season named in running text ("the 2023–24 season") holds
its months; a count ("около 1500 гостей") is no year, a year with its ending ("в 2020-м") is one."""
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


def test_a_season_named_in_running_text_holds_its_months():
    en = ("Friday, 28 June 2024\n\nThe 2023–24 season, which ended last Sunday, was a rich one. The festival filled "
          "Baku's stages from 1 to 8 December. In February the Maly Theatre arrived.\n")
    assert ("from 1 to 8 December", "2023-12-01/2023-12-08") in _dates(en)
    assert ("In February", "2024-02") in _dates(en)
    az = ("Bakı, 3 iyun 2024\n\n2023/2024 mövsümü ən səyyar mövsüm oldu. Sentyabrın 28-dən 30-dək teatr Tbilisidə "
          "çıxış etdi. Martın 27-də qonaqlar gəldi.\n")
    assert ("Sentyabrın 28-dən 30-dək", "2023-09-28/2023-09-30") in _dates(az)
    assert ("Martın 27-də", "2024-03-27") in _dates(az)


def test_ru_a_count_is_no_year():
    text = ("Отчёт за 2023 год.\n– 19 марта прошёл праздник Новруз, его посетили около 1500 гостей.\n"
            "– 27 апреля проведена конференция.\n")
    assert _dates(text) == [("2023 год", "2023"), ("19 марта", "2023-03-19"), ("27 апреля", "2023-04-27")]


def test_ru_year_with_its_ending_is_a_year():
    text = "Интервью, 6 сентября 2023 года.\nВ 2020-м провели фестиваль онлайн. К 1990-м годам связи ослабли.\n"
    assert ("2020-м", "2020") in _dates(text) and ("1990-м годам", "199X") in _dates(text)
