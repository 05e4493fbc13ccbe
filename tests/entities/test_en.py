"""English: places, roles before and after names, organisations, no capitalised ordinary words."""
from tests.entities.conftest import mentions, names, one


def test_places_and_possessive():
    got = names("Moscow's mayor flew to Baku and then to St Petersburg.", "en", "place")
    assert got == ["Moscow", "Baku", "Saint Petersburg"]


def test_role_before_and_after():
    m = one("President Ilham Aliyev received the delegation.", "en", "person", "Ilham Aliyev")
    assert m.role == "President of Azerbaijan"
    m = one("The talks were held by Sergey Lavrov, Minister of Foreign Affairs of Russia.", "en", "person",
            "Sergey Lavrov")
    assert m.role == "Minister of Foreign Affairs of Russia"


def test_first_lady():
    m = one("The exhibition was opened by the first lady Mehriban Aliyeva.", "en", "person", "Mehriban Aliyeva")
    assert m.role == "First Lady of Azerbaijan"


def test_unknown_person_after_title():
    m = one("Ambassador Rahman Mustafayev attended the ceremony.", "en", "person", "Rahman Mustafayev")
    assert m.role == "Ambassador"


def test_orgs():
    assert names("The Heydar Aliyev Foundation supported the festival.", "en", "org") == ["Heydar Aliyev Foundation"]
    assert names("The Ganja Music Society gave a concert.", "en", "org") == ["Ganja Music Society"]
    assert names("UNESCO listed the site.", "en", "org") == ["UNESCO"]
    # A title and the name after it end an organisation's name before them.
    text = ("ENU Rector Yerlan Sydykov and St Petersburg State University Rector Nikolay Kropachev signed a memorandum.")
    assert names(text, "en", "org") == ["St Petersburg State University"]
    assert names(text, "en", "person") == ["Yerlan Sydykov", "Nikolay Kropachev"]
    assert names("The Presidential Symphony Orchestra of Türkiye performed.", "en", "org") == [
        "Presidential Symphony Orchestra of Türkiye"]


def test_demonyms_are_countries():
    ms = mentions("Azerbaijani and Iranian officials met.", "en")
    assert [(m.kind, m.country) for m in ms] == [("country", "AZ"), ("country", "IR")]


def test_no_false_positives():
    assert mentions("May was warm. On Monday the Independence Day was marked. Union members met in March.",
                    "en") == []


def test_saint_abbreviated_and_org_boundaries():
    assert names("Days of culture will be held in St. Petersburg.", "en", "place") == ["Saint Petersburg"]
    got = names("The Russian Orthodox Church and the Caucasus Muslims Office took part.", "en", "org")
    assert got == ["Russian Orthodox Church", "Caucasus Muslims Office"]


def test_a_venue_of_another_country_is_not_the_one_the_lexicon_holds():
    assert names("A gala concert was given at the Bolshoi Theatre of Belarus in Minsk.", "en", "place") == ["Minsk"]
    assert names("A gala concert was given at the Bolshoi Theatre in Moscow.", "en", "place") == [
        "Bolshoi Theatre", "Moscow", "Moscow"]


def test_a_city_in_an_ensembles_name_is_no_place():
    assert names("The Moscow Symphony Orchestra gave a concert at the Heydar Aliyev Palace.", "en", "place") == [
        "Heydar Aliyev Palace", "Baku"]
    assert names("The Moscow Symphony Orchestra gave a concert at the Heydar Aliyev Palace.", "en", "org") == [
        "Moscow Symphony Orchestra"]


def test_a_branch_of_a_venue_is_not_at_the_venue():
    assert names("A branch of Moscow State University was established in Baku.", "en", "place") == ["Baku"]


def test_initials_tell_which_aliyev():
    assert names("In 1997 H. Aliyev paid an official visit to Moscow.", "en", "person") == ["Heydar Aliyev"]
    assert names("In 2004 I. Aliyev paid an official visit to Moscow.", "en", "person") == ["Ilham Aliyev"]


def test_a_venue_at_the_end_of_a_longer_hyphenated_name_is_none():
    assert "Russian Museum" not in names("It opened at the All-Russian Museum of Decorative Art in Moscow.", "en", "place")


def test_a_peoples_word_is_no_town():
    assert names("The Days of Kazakh culture were held in Baku.", "en", "place") == ["Baku"]


def test_a_first_name_no_lexicon_person_has_is_another_person():
    got = names("The soloists were the pianist Sabina Aliyeva and Ilham Aliyev's guest. Later President Aliyev spoke.",
                "en", "person")
    assert got == ["Sabina Aliyeva", "Ilham Aliyev", "Ilham Aliyev"]
