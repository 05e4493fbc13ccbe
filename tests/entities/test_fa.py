"""Persian: places and countries, names in several spellings, titles after and before names, organisations."""
from tests.entities.conftest import mentions, names, one


def test_places():
    got = names("هیئت از تهران به باکو و سپس به مسکو رفت.", "fa", "place")
    assert got == ["Tehran", "Baku", "Moscow"]


def test_countries():
    ms = mentions("روابط ایران و روسیه و جمهوری آذربایجان گسترش می یابد.", "fa")
    assert [m.country for m in ms] == ["IR", "RU", "AZ"]


def test_president_after_name():
    m = one("الهام علی اف رئیس جمهور آذربایجان از تهران دیدار کرد.", "fa", "person", "Ilham Aliyev")
    assert m.role == "President of Azerbaijan"


def test_title_before_name():
    m = one("رئیس جمهور روسیه ولادیمیر پوتین وارد تهران شد.", "fa", "person", "Vladimir Putin")
    assert m.role == "President of Russia"


def test_minister_with_domain():
    m = one("سرگئی لاوروف وزیر امور خارجه روسیه به تهران سفر کرد.", "fa", "person", "Sergey Lavrov")
    assert m.role == "Minister of Foreign Affairs of Russia"


def test_spellings_of_one_name():
    for written in ("حیدر علی‌اف", "حیدر علی اف", "حیدر علیف"):
        one(f"{written} در باکو سخنرانی کرد.", "fa", "person", "Heydar Aliyev")


def test_unknown_name_after_honorific_transliterated():
    ms = [m for m in mentions("آقای رضا کریمی در این مراسم حضور داشت.", "fa") if m.kind == "person"]
    assert len(ms) == 1 and ms[0].text == "رضا کریمی"
    assert ms[0].name.isascii() and ms[0].name.startswith("R")


def test_orgs():
    assert names("به گزارش خبرگزاری ایرنا این توافق امضا شد.", "fa", "org") == ["IRNA"]
    assert names("وزارت فرهنگ ایران این طرح را حمایت کرد.", "fa", "org") == ["Ministry of Culture of Iran"]
    got = names("به گزارش خبرگزاری \"ریا نووستی\" این دیدار انجام شد.", "fa", "org")
    assert got == ["RIA Novosti"]


def test_no_false_positives():
    assert mentions("روز دوشنبه همکاری مالی دو طرف بررسی شد و نور امید تابید.", "fa") == []


def test_unknown_minister_after_title_and_surname_later():
    ms = [m for m in mentions("وزیر فرهنگ جمهوری آذربایجان عادل کریملی به تهران آمد. کریملی از تبریز نیز دیدن کرد.",
                              "fa") if m.kind == "person"]
    assert [m.name for m in ms] == ["Adel Karimli", "Adel Karimli"]
    assert ms[0].role == "Minister of Culture of Azerbaijan"


def test_surname_not_taken_for_a_town_after_the_full_name():
    ms = mentions("وزیر فرهنگ ایران محمدمهدی اسماعیلی سخنرانی کرد. اسماعیلی گفت این برنامه ادامه دارد.", "fa")
    assert [m.kind for m in ms if "اسماعیلی" in m.text] == ["person", "person"]


def test_a_city_in_an_ensembles_name_is_no_place():
    assert names("ارکستر سمفونیک مسکو در تالار وحدت کنسرت اجرا کرد.", "fa", "place") == ["Vahdat Hall", "Tehran"]


def test_a_deputy_for_cultural_affairs_is_a_title_not_a_name():
    got = mentions("حسین رضوانی، معاون امور فرهنگی وزیر فرهنگ و ارشاد اسلامی، در این مراسم سخنرانی کرد.", "fa")
    got = [m for m in got if m.kind == "person"]
    assert [m.text for m in got] == ["حسین رضوانی"]
    assert got[0].role == "Deputy Minister of Culture"


def test_a_park_and_a_stage_are_no_towns():
    got = names("از تندیس رودکی در بوستان گفت‌وگوی تهران رونمایی شد و گروه به روی صحنه رفت.", "fa", "place")
    assert got == ["Tehran"]


def test_dushanbe_the_city_and_dushanbe_monday():
    assert names("همایش در دوشنبه برگزار شد.", "fa", "place") == ["Dushanbe"]
    assert names("هیئتی در شهرهای دوشنبه و خجند حضور یافت.", "fa", "place") == ["Dushanbe", "Khujand"]
    assert names("روز دوشنبه همایش در تهران برگزار شد.", "fa", "place") == ["Tehran"]


def test_common_name_parts_in_their_english_spelling():
    from bilat.entities.keys import latin
    assert [latin(n, "fa") for n in ("غلامرضا امیرخانی", "رحیم قلی‌زاده", "علیرضا نوروزی", "محسن امینی")] == [
        "Gholamreza Amirkhani", "Rahim Gholizadeh", "Alireza Nowruzi", "Mohsen Amini"]


def test_surnames_and_their_endings_in_their_english_spelling():
    from bilat.entities.keys import latin
    assert [latin(n, "fa") for n in ("مهدی سبحانی", "سید مهدی فاطمی‌نیا", "کاوه کاظمی‌نیا", "بهرام رستمی‌فر",
                                     "ایرینا ولکوف")] == [
        "Mehdi Sobhani", "Seyed Mehdi Fateminia", "Kaveh Kazeminia", "Bahram Rostamifar", "Irina Volkov"]


def test_the_end_of_a_life_is_no_name_before_a_title():
    # "تا پایان عمر رئیس افتخاری آن بود": until the end of his life its honorary head ("عمر" is also Omar)
    assert names("او انجمن را بنیان گذاشت و تا پایان عمر رئیس افتخاری آن بود.", "fa", "person") == []
