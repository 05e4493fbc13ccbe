"""Russian: declined places and names, titles and roles, natasha for unknown people, organisations."""
import pytest

from tests.entities.conftest import mentions, names, one


@pytest.mark.parametrize("text", ["Делегация прибыла в Москву.", "Выставка прошла в Москве.",
                                  "Гости из Москвы приехали.", "Он гордится Москвой."])
def test_moscow_declined(text):
    m = one(text, "ru", "place", "Moscow")
    assert m.geonames_id == 524901


def test_saint_petersburg_and_baku():
    got = names("Памятник открыт в Санкт-Петербурге, концерт прошёл в Баку.", "ru", "place")
    assert got == ["Saint Petersburg", "Baku"]


def test_countries_declined_and_adjectives():
    ms = mentions("Отношения России и Азербайджана развиваются; российская делегация посетила Иран.", "ru")
    assert [m.country for m in ms if m.kind == "country"] == ["RU", "AZ", "RU", "IR"]


def test_venue_declined():
    got = names("Церемония состоялась в Государственном Кремлёвском дворце.", "ru", "place")
    assert got == ["State Kremlin Palace", "Moscow"]


def test_a_kremlin_of_another_city():
    assert names("Бюст открыт в Казанском Кремле.", "ru", "place") == ["Kazan Kremlin", "Kazan"]
    assert names("Встреча прошла в Кремле.", "ru", "place") == ["Moscow Kremlin", "Moscow"]


def test_president_of_russia():
    m = one("Президент России Владимир Путин прибыл с визитом.", "ru", "person", "Vladimir Putin")
    assert m.role == "President of Russia"


def test_minister_with_domain_and_country():
    m = one("В открытии участвовал министр культуры РФ Александр Авдеев.", "ru", "person", "Alexander Avdeyev")
    assert m.role == "Minister of Culture of Russia"


def test_genitive_names_resolved():
    got = names("Состоялась встреча Ильхама Алиева и Мехрибан Алиевой с Нарышкиным.", "ru", "person")
    assert got == ["Ilham Aliyev", "Mehriban Aliyeva", "Sergey Naryshkin"]


def test_unknown_person_by_natasha_in_nominative():
    m = one("Выставку открыл директор музея Пётр Васильев.", "ru", "person", "Pyotr Vasilyev")
    assert m.text == "Пётр Васильев"
    got = names("Гости поблагодарили Петра Васильева за приём.", "ru", "person")
    assert got == ["Pyotr Vasilyev"]


def test_orgs():
    assert names("В 1993 году было создано общество «Ватан».", "ru", "org") == ["Vatan Society"]
    assert names("Соглашение подписали АзерТАдж и ИТАР-ТАСС.", "ru", "org") == ["AZERTAC", "TASS"]
    assert names("Министерство культуры Российской Федерации поддержало проект.", "ru", "org") == [
        "Ministry of Culture of Russia"]
    assert names("Проект поддержала ЮНЕСКО.", "ru", "org") == ["UNESCO"]


def test_no_false_positives():
    assert mentions("Мир изменился. В понедельник было тепло. Того же мнения были все.", "ru") == []


def test_role_of_a_body_and_narrow_span():
    m = one("С лекцией выступил директор Эрмитажа Михаил Пиотровский.", "ru", "person", "Mikhail Piotrovsky")
    assert m.role == "Director of Hermitage Museum"
    ms = [m for m in mentions("Накануне Любимова посетила музей.", "ru") if m.kind == "person"]
    assert [(m.text, m.name) for m in ms] == [("Любимова", "Olga Lyubimova")]


def test_adjectives_are_not_towns():
    assert names("Подписана Московская декларация.", "ru", "place") == []


def test_a_venue_then_a_country_in_the_next_phrase_stays():
    # Only "of" (English) or a country right before the venue says whose it is.
    got = names("Концерт прошёл в Большом театре Азербайджан представляли лучшие певцы.", "ru", "place")
    assert got == ["Bolshoi Theatre", "Moscow"]


def test_a_branch_and_an_eponym_are_no_places():
    # "имени Ломоносова": no town Lomonosov; "филиал МГУ": not at the university in Moscow.
    assert names("В Баку открыт филиал МГУ имени Ломоносова.", "ru", "place") == ["Baku"]


def test_initials_tell_which_aliyev():
    got = names("В церемонии участвовали В. В. Путин и Г. А. Алиев.", "ru", "person")
    assert got == ["Vladimir Putin", "Heydar Aliyev"]
    assert names("Договор подписан в ходе визита Г. Алиева.", "ru", "person") == ["Heydar Aliyev"]
    assert names("Визит И. Алиева в Москву.", "ru", "person") == ["Ilham Aliyev"]


def test_a_patronymic_is_no_part_of_the_english_name_and_names_the_person_again():
    assert names("9 января 2024 года скончался Константин Аркадьевич Белозёров. Константин Аркадьевич был иранистом. "
                 "Память Константина Аркадьевича почтили.", "ru", "person") == ["Konstantin Belozerov"] * 3


def test_initials_and_a_surname_name_the_one_person_of_the_lexicon():
    assert names("Президенты Н. А. Назарбаев и В. В. Путин подписали договор.", "ru", "person") == [
        "Nursultan Nazarbayev", "Vladimir Putin"]


def test_first_names_in_their_english_spelling():
    assert names("Выставку открыли директор Александр Соколов и куратор Алексей Петров.", "ru", "person") == [
        "Alexander Sokolov", "Alexei Petrov"]


def test_initials_and_a_surname_in_a_case_name_the_person_named_in_full_before():
    text = ("14 марта депутат Ерлан Сарсенбаев провел встречу с послом. В апреле делегация во главе с Е. Сарсенбаевым "
            "посетила Нью-Дели. В мае Сарсенбаев посетил Дели. В июне Иван Сарсенбаев посетил Дели.")
    assert names(text, "ru", "person") == ["Yerlan Sarsenbayev"] * 3 + ["Ivan Sarsenbayev"]


def test_a_town_named_by_its_adjective_in_small_letters():
    assert names("Гастроли прошли на сцене парижской Гранд-опера, а пекинский лейбл выпустил диск; в бакинском "
                 "кинотеатре открылась неделя кино.", "ru", "place") == ["Paris", "Beijing", "Baku"]
