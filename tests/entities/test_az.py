"""Azerbaijani: inflected places, countries, venues, people with roles, organisations."""
import pytest

from tests.entities.conftest import mentions, names, one


@pytest.mark.parametrize("form", ["Bakı", "Bakıda", "Bakıya", "Bakının", "Bakıdan", "Bakıdakı", "Bakı'da"])
def test_baku_in_every_case(form):
    m = one(f"Nümayəndə heyəti {form} gəldi.", "az", "place", "Baku")
    assert m.text == form
    assert m.country == "AZ" and m.geonames_id == 587084
    assert abs(m.lat - 40.38) < 0.1 and abs(m.lon - 49.89) < 0.1


@pytest.mark.parametrize("text,name", [
    ("Sərgi Moskvada açıldı.", "Moscow"),
    ("Heykəl Sankt-Peterburqda ucaldıldı.", "Saint Petersburg"),
    ("Qonaqlar Gəncəyə yola düşdü.", "Ganja"),
    ("Tədbirlər Şəkidə də keçirildi.", "Sheki"),
    ("Teatr Təbrizdə qastrolda oldu.", "Tabriz"),
])
def test_cities(text, name):
    one(text, "az", "place", name)


def test_countries_with_endings():
    ms = mentions("Azərbaycanın Rusiyada və İranla əlaqələri genişlənir.", "az")
    assert [(m.kind, m.country) for m in ms] == [("country", "AZ"), ("country", "RU"), ("country", "IR")]


def test_venue_gives_its_city():
    ms = mentions("Konsert Dövlət Kreml Sarayında keçirildi.", "az")
    got = {m.name for m in ms if m.kind == "place"}
    assert got == {"State Kremlin Palace", "Moscow"}


def test_president_with_role():
    m = one("Azərbaycan Respublikasının Prezidenti İlham Əliyev çıxış etdi.", "az", "person", "Ilham Aliyev")
    assert m.role == "President of Azerbaijan"
    assert m.text == "İlham Əliyev"


def test_title_without_country_takes_the_persons_country():
    m = one("Prezident Heydər Əliyevin çıxışı dinlənildi.", "az", "person", "Heydar Aliyev")
    assert m.role == "President of Azerbaijan"


def test_two_presidents_two_countries():
    ms = mentions("Azərbaycan və Rusiya prezidentləri İlham Əliyev və Vladimir Putin görüşdülər.", "az")
    roles = {m.name: m.role for m in ms if m.kind == "person"}
    assert roles == {"Ilham Aliyev": "President of Azerbaijan", "Vladimir Putin": "President of Russia"}


def test_first_lady_feminine_surname_kept():
    m = one("Azərbaycanın birinci xanımı Mehriban Əliyevanın iştirakı ilə mərasim oldu.", "az", "person",
            "Mehriban Aliyeva")
    assert m.role == "First Lady of Azerbaijan"


def test_unknown_minister_transliterated():
    m = one("Tədbirdə Azərbaycanın mədəniyyət naziri Rəşad Quliyevin nitqi səsləndi.", "az", "person",
            "Rashad Guliyev")
    assert m.role == "Minister of Culture of Azerbaijan"


def test_unknown_people_by_surname_ending():
    got = names("Sərgidə Nigar Həsənova, Elçin Rzazadə və Leyla Məmmədlinin əsərləri nümayiş olundu.", "az", "person")
    assert got == ["Nigar Hasanova", "Elchin Rzazada", "Leyla Mammadli"]


def test_org_quoted_with_head_noun():
    m = one("2001-ci ildə “Vətən” cəmiyyəti yaradıldı.", "az", "org", "Vatan Society")
    assert m.text == "“Vətən” cəmiyyəti"


def test_org_capitalised_head_noun():
    got = names("Gəncə Dövlət Universitetinin tələbələri gəldi.", "az", "org")
    assert got == ["Ganja State University"]


def test_org_abbreviation():
    assert names("AzərTAc xəbər verir ki, saziş imzalanıb.", "az", "org") == ["AZERTAC"]


def test_name_ending_in_a_vowel_kept():
    m = one("Tədbirdə universitetin rektoru Kamal Abdulla çıxış etdi.", "az", "person", "Kamal Abdulla")
    assert m.role == "Rector"


def test_no_false_positives():
    assert mentions("Mart ayında tədbir keçirildi. Bazar günü hamı istirahət etdi. Saray bərpa olundu.", "az") == []
    # town names that are also words: "İki" (Japan), "Mədəni" (an alternate name in GeoNames)
    assert mentions("İki ölkə arasında mədəni əlaqələr var. Mədəni İrs siyahısı genişlənir. Biz iki dəfə gəldik.",
                    "az") == []


def test_surname_alone_after_the_full_name():
    got = names("Mədəniyyət naziri Adil Kərimli çıxış etdi. Kərimli bildirib ki, festival keçiriləcək.", "az", "person")
    assert got == ["Adil Karimli", "Adil Karimli"]


def test_title_word_not_in_the_name_and_role_of_a_body():
    ms = mentions("Tədbirdə Qafqaz Müsəlmanları İdarəsinin sədri Şeyxülislam Allahşükür Paşazadə iştirak edib.", "az")
    assert [(m.kind, m.name) for m in ms] == [("org", "Caucasus Muslims Board"),
                                              ("person", "Allahshukur Pashazada")]
    assert ms[1].text == "Allahşükür Paşazadə"


def test_a_venue_of_another_country_and_a_country_after_a_venue():
    assert "Bolshoi Theatre" not in names("Konsert Belarus Böyük Teatrında verildi.", "az", "place")
    got = names("Mərasim Dövlət Kreml Sarayında Azərbaycan Respublikasının prezidentinin iştirakı ilə keçirildi.",
                "az", "place")
    assert got == ["State Kremlin Palace", "Moscow"]


def test_a_branch_of_a_venue_is_not_at_the_venue():
    assert names("Moskva Dövlət Universitetinin Bakı filialı açılıb.", "az", "place") == ["Baku"]


def test_initials_tell_which_aliyev():
    assert names("2003-cü ildə İ. Əliyev Moskvaya səfər etmişdir.", "az", "person") == ["Ilham Aliyev"]
    assert names("1997-ci ildə H. Əliyev Moskvaya səfər etmişdir.", "az", "person") == ["Heydar Aliyev"]


def test_an_inflected_month_is_no_town():
    # "Oktyabrın" is October's; GeoNames knows towns once called "Oktyabr".
    assert names("Oktyabrın 18-də Bakıda dəyirmi masa keçirilib.", "az", "place") == ["Baku"]


def test_a_classic_named_in_full_then_by_surname():
    got = names("Əlişir Nəvainin \"Xəmsə\"sinin təqdimatı keçirilib. Tədbirdə Nəvainin qəzəlləri səsləndirilib.", "az",
                "person")
    assert got == ["Alisher Navoi", "Alisher Navoi"]
