"""One canonical English name across scripts and spellings; localized names; speed."""

import pytest

from bilat.entities.link import localized
from tests.entities.conftest import names


@pytest.mark.parametrize("text,lang", [
    ("Heydər Əliyev çıxış etdi.", "az"), ("Выступил Гейдар Алиев.", "ru"),
    ("حیدر علی‌اف سخنرانی کرد.", "fa"), ("Heydar Aliyev spoke.", "en")])
def test_heydar_aliyev(text, lang):
    assert names(text, lang, "person") == ["Heydar Aliyev"]


@pytest.mark.parametrize("text,lang,name", [
    ("Нарышкин прибыл.", "ru", "Sergey Naryshkin"), ("ناریشکین وارد شد.", "fa", "Sergey Naryshkin"),
    ("Ильхам Алиев прибыл.", "ru", "Ilham Aliyev"), ("İlham Əliyev gəldi.", "az", "Ilham Aliyev")])
def test_people_across_scripts(text, lang, name):
    assert names(text, lang, "person") == [name]


@pytest.mark.parametrize("text,lang", [("Bakıda oldu.", "az"), ("Было в Баку.", "ru"), ("در باکو بود.", "fa")])
def test_baku_across_scripts(text, lang):
    assert names(text, lang, "place") == ["Baku"]


@pytest.mark.parametrize("text,lang", [("Moskvada oldu.", "az"), ("Было в Москве.", "ru"), ("در مسکو بود.", "fa")])
def test_moscow_across_scripts(text, lang):
    assert names(text, lang, "place") == ["Moscow"]


def test_surname_alone_goes_to_the_one_named_before():
    got = names("Prezident İlham Əliyev Bakıda çıxış etdi. Əliyev qonaqları salamladı.", "az", "person")
    assert got == ["Ilham Aliyev", "Ilham Aliyev"]


def test_localized():
    assert [localized("Baku", "place", lg) for lg in ("az", "ru", "fa", "en")] == ["Bakı", "Баку", "باکو", "Baku"]
    assert localized("Heydar Aliyev", "person", "ru") == "Гейдар Алиев"
    assert localized("State Kremlin Palace", "place", "az") == "Dövlət Kreml Sarayı"
    assert localized("Russia", "country", "fa") == "روسیه"
    assert localized("Novosibirsk", "place", "ru") == "Новосибирск"
    assert localized("Nobody Known", "person", "az") is None


def test_repeated_text_without_ner(monkeypatch):
    # Speed is measured by benchmarks/extract.py, never here; this checks every repetition is found.
    from bilat.entities import annotate, people
    from bilat.records import Document, Segmented, Sentence, Text

    monkeypatch.setattr(people, "wants_ner", lambda st, cands: False)
    unit = ("1995-ci il iyunun 6-da Bakıda Azərbaycan Respublikası Hökuməti ilə Rusiya Federasiyası Hökuməti arasında "
            "saziş imzalandı və Prezident Heydər Əliyev Moskvaya səfər etdi. ")
    text = unit * 2000
    doc = Document(path="<t>", name="t", sha256="x", format="txt", encoding="utf-8", text=text)
    sents = [Sentence(i * len(unit), (i + 1) * len(unit) - 1, "az") for i in range(2000)]
    seg = Segmented(Text(doc, text, [(0, 0)]), [(0, len(text), "az")], sents)
    ms = annotate(seg)
    assert len(ms) >= 2000 * 5


@pytest.mark.parametrize("text, lang", [
    ("The President arrived in the Kazakh capital on a state visit.", "en"),
    ("The President arrived in the capital of Kazakhstan.", "en"),
    ("Президент прибыл в столицу Казахстана.", "ru"),
    ("Prezident Qazaxıstanın paytaxtına səfərə gəlib.", "az"),
    ("رئیس‌جمهور وارد پایتخت قزاقستان شد.", "fa"),
])
def test_the_capital_of_a_country_is_its_capital_city(text, lang):
    assert "Astana" in names(text, lang, "place")
