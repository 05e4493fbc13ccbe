"""segment: language spans and sentences."""
from __future__ import annotations

import pathlib

import pytest

from bilat.records import Document
from bilat.text.normalize import normalize
from bilat.text.segment import detector, segment

AZ = ("Rusiya Federasiyası ilə Azərbaycan Respublikası arasında mədəni əlaqələrin əsas forma və "
      "istiqamətləri araşdırılır. 1995-ci il iyunun 6-da Bakıda mədəniyyət sahəsində əməkdaşlıq "
      "haqqında saziş imzalandı.")
RU = ("В статье исследуются основные направления развития культурных связей между Российской "
      "Федерацией и Азербайджанской Республикой. Вторая форма охватывает систему отношений.")
EN = ("The article reflects the main directions and development of relations between the Russian "
      "Federation and the Republic of Azerbaijan in the field of culture. The second form covers the system of relations.")
FA = ("روابط فرهنگی میان جمهوری آذربایجان و فدراسیون روسیه در سال‌های اخیر گسترش یافته است. "
      "در این مقاله شکل‌های اصلی این روابط بررسی می‌شود؟ هفته فرهنگی ایران در باکو برگزار شد.")


def seg(text: str, language: str | None = None):
    doc = Document(path="<text>", name="t.txt", sha256="", format="txt", encoding="utf-8", text=text)
    return segment(normalize(doc), language=language)


def sents(text: str, language: str | None = None) -> list[str]:
    s = seg(text, language)
    return [s.text.text[x.start:x.end] for x in s.sentences]


def test_detector_is_built_once():
    assert detector() is detector()


def test_mixed_document_three_spans():
    text = "AZƏRBAYCAN\n\n" + AZ + "\n\n" + RU + "\n\n" + EN + "\n"
    s = seg(text)
    assert [lang for _, _, lang in s.spans] == ["az", "ru", "en"]
    assert s.spans[0][0] == 0 and s.spans[-1][1] == len(s.text.text)
    for (a, b, _), (c, d, _) in zip(s.spans, s.spans[1:]):
        assert b == c  # contiguous, covering the whole text
    t = s.text.text
    az, ru, en = s.spans
    assert t.index("Rusiya Federasiyası") < az[1] <= t.index("В статье") < ru[1] <= t.index("The article")
    # sentences carry the language of their span
    langs = {t[x.start:x.end][:10]: x.language for x in s.sentences}
    assert langs["Rusiya Fed"] == "az" and langs["В статье и"] == "ru" and langs["The articl"] == "en"


def test_script_change_without_blank_line():
    text = AZ + " \n КУЛЬТУРНЫЕ СВЯЗИ РОССИЙСКОЙ ФЕДЕРАЦИИ \n" + RU + "\n" + EN
    s = seg(text)
    assert [lang for _, _, lang in s.spans] == ["az", "ru", "en"]
    assert s.text.text[s.spans[1][0]:].lstrip().startswith("КУЛЬТУРНЫЕ")


def test_persian_paragraph():
    s = seg(FA)
    assert s.spans == [(0, len(s.text.text), "fa")]
    assert len(s.sentences) == 3
    assert all(x.language == "fa" for x in s.sentences)


def test_short_heading_takes_neighbour_language():
    s = seg("Giriş\n\n" + EN + "\n\n" + "Nəticə\n\n" + AZ)
    assert [lang for _, _, lang in s.spans] == ["en", "az"]
    assert s.spans[1][0] <= s.text.text.index("Nəticə")


def test_english_with_azerbaijani_names_is_english():
    text = ("On 6 June 1995 Heydər Əliyev and the Russian government signed an agreement on cultural "
            "and scientific cooperation in Baku, which was the first such document between the two countries.")
    assert seg(text).spans[0][2] == "en"


def test_language_given():
    s = seg(AZ + "\n\n" + RU, language="ru")
    assert s.spans == [(0, len(s.text.text), "ru")]
    assert all(x.language == "ru" for x in s.sentences)


def test_empty_text():
    s = seg("")
    assert s.spans == [] and s.sentences == []


@pytest.mark.parametrize("text, expected", [
    ("2011-ci il 19 oktyabr tarixində M.İ.Rudomino adına Kitabxanada açılış oldu. Sonra konsert verildi.",
     ["2011-ci il 19 oktyabr tarixində M.İ.Rudomino adına Kitabxanada açılış oldu.", "Sonra konsert verildi."]),
    ("Bakıda A.S.Puşkinin heykəli var. Bakıda A. S. Puşkinin heykəli var.",
     ["Bakıda A.S.Puşkinin heykəli var.", "Bakıda A. S. Puşkinin heykəli var."]),
    ("Rəssamların (Tahir Salahov, Rəşad Mehdiyev və s.) çoxsaylı sərgiləri keçirilmişdir. Sonra.",
     ["Rəssamların (Tahir Salahov, Rəşad Mehdiyev və s.) çoxsaylı sərgiləri keçirilmişdir.", "Sonra."]),
    ("Konsertlər, sərgilər və s. keçirildi. Yeni il gəldi.",
     ["Konsertlər, sərgilər və s. keçirildi.", "Yeni il gəldi."]),
    ("Bax: s. 45. Digər məsələ.", ["Bax: s. 45.", "Digər məsələ."]),
    ("Saziş 06.02.2004 tarixində imzalandı. Artım 3.5 faiz oldu.",
     ["Saziş 06.02.2004 tarixində imzalandı.", "Artım 3.5 faiz oldu."]),
    ("Tədbir uğurla keçdi [2]. Növbəti il də davam etdi.",
     ["Tədbir uğurla keçdi [2].", "Növbəti il də davam etdi."]),
    ("Bu missiyanı davam etdirir... [6;3-8]. Azərbaycan-Rusiya əlaqələri.",
     ["Bu missiyanı davam etdirir... [6;3-8].", "Azərbaycan-Rusiya əlaqələri."]),
    ("Saziş imzalandı.2001-ci ilin avqust ayında veriliş oldu.",
     ["Saziş imzalandı.", "2001-ci ilin avqust ayında veriliş oldu."]),
    ("Birinci sətir davam edir\nikinci sətirdə bitir. Yeni cümlə.",
     ["Birinci sətir davam edir\nikinci sətirdə bitir.", "Yeni cümlə."]),
    ("Başlıq\n\nMətn burada.", ["Başlıq", "Mətn burada."]),
    ("O dedi: “Biz inkişaf etdirəcəyik!” Sonra getdi.", ["O dedi: “Biz inkişaf etdirəcəyik!”", "Sonra getdi."]),
])
def test_sentences_az(text, expected):
    assert sents(text, "az") == expected


@pytest.mark.parametrize("text, expected", [
    ("В 1995 г. в Москве открылся центр. Затем был концерт.",
     ["В 1995 г. в Москве открылся центр.", "Затем был концерт."]),
    ("Центр открылся в г. Москве. Это было в 1995 г. Потом открылись другие.",
     ["Центр открылся в г. Москве.", "Это было в 1995 г.", "Потом открылись другие."]),
    ("В 1995–1996 гг. прошли выставки, концерты и т.д. Затем начались Дни культуры.",
     ["В 1995–1996 гг. прошли выставки, концерты и т.д.", "Затем начались Дни культуры."]),
    ("Его назначили и.о. министра. Он приехал в XX в. Москву.",
     ["Его назначили и.о. министра.", "Он приехал в XX в.", "Москву."]),
    ("Выступил А. С. Пушкин. Библиотека им. М.И. Рудомино открыта.",
     ["Выступил А. С. Пушкин.", "Библиотека им. М.И. Рудомино открыта."]),
    ("Ул. Ленина, д. 5. Новая фраза!", ["Ул. Ленина, д. 5.", "Новая фраза!"]),
    # A date alone before the abbreviation opens the sentence it dates.
    ("Этап начался на рубеже веков. 9 января 2002 г. В. В. Путин открыл памятник.",
     ["Этап начался на рубеже веков.", "9 января 2002 г. В. В. Путин открыл памятник."]),
    ("3 апреля 2019 г. Президент К.-Ж. Токаев прибыл в Москву.", ["3 апреля 2019 г. Президент К.-Ж. Токаев прибыл в Москву."]),
    # A month's abbreviation (from the language's months) ends no sentence before its year; before a capital it may.
    ("Книгу представили 23 авг. 2017 г. на ярмарке. Далее.", ["Книгу представили 23 авг. 2017 г. на ярмарке.", "Далее."]),
    ("Конференция прошла 23 авг. Затем был концерт.", ["Конференция прошла 23 авг.", "Затем был концерт."]),
])
def test_sentences_ru(text, expected):
    assert sents(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones in St. Petersburg. They signed it.",
     ["Mr. Smith met Dr. Jones in St. Petersburg.", "They signed it."]),
    ("Concerts, exhibitions etc. were held. Then came the festival.",
     ["Concerts, exhibitions etc. were held.", "Then came the festival."]),
    ("It opened on Jan. 5 in Baku. Was it good? Yes! It was.",
     ["It opened on Jan. 5 in Baku.", "Was it good?", "Yes!", "It was."]),
    ("1. Introduction\n\nThe text starts here.", ["1. Introduction", "The text starts here."]),
    # A citation right after the full stop ends the sentence with it (Wikipedia style).
    ("Relations were established in 1992.[1] The treaty followed in 1997.[2][3] It holds.",
     ["Relations were established in 1992.[1]", "The treaty followed in 1997.[2][3]", "It holds."]),
])
def test_sentences_en(text, expected):
    assert sents(text, "en") == expected


def test_sentences_fa():
    assert sents("قرارداد در سال 2004 امضا شد. جشنواره برگزار شد؟ بله.", "fa") == [
        "قرارداد در سال 2004 امضا شد.", "جشنواره برگزار شد؟", "بله."]


def test_sentences_are_trimmed_and_inside_spans():
    s = seg("  " + AZ + "  \n\n  " + RU + "  \n")
    t = s.text.text
    for x in s.sentences:
        piece = t[x.start:x.end]
        assert piece == piece.strip() and piece
        assert any(a <= x.start and x.end <= b and lang == x.language for a, b, lang in s.spans)


DEV = pathlib.Path("/work/shared/corpus/dev/docs/000_e1e63c750f91ffe4.txt")


def test_dev_article():
    if not DEV.exists():
        pytest.skip(f"{DEV} not present")
    s = seg(DEV.read_text(encoding="utf-8"))
    t = s.text.text
    assert "müstəqillik" in t
    assert [lang for _, _, lang in s.spans] == ["az", "ru", "en"]
    az, ru, en = s.spans
    assert t.index("Giriş.") < az[1] <= t.index("В стать") < ru[1] <= t.index("The article reflects")
    assert en[1] == len(t)
    texts = [t[x.start:x.end] for x in s.sentences]
    assert any(x.startswith("2011-ci il 19 oktyabr tarixində M.İ.Rudomino adına") and x.endswith("baş tutdu.")
               for x in texts)
    assert any("Bakıda A.S.Puşkinin" in x and x.endswith("[6;3-8].") for x in texts)
    assert "Rusiya böyük dövlətdir." in texts
    assert not any(x.endswith("və s.") for x in texts)
    assert all("\n\n" not in x for x in texts)


def test_a_date_line_is_a_sentence_of_its_own():
    text = "News\n\n02.12.2021\nMuseums sign an agreement\nYesterday the museums signed an agreement."
    assert "02.12.2021" in sents(text, "en")
    text = "Новости\n\n16 октября 2023, 11:20\nЛюбимова подписала программу"
    assert "16 октября 2023, 11:20" in sents(text, "ru")


def test_each_entry_of_a_chronology_is_a_sentence():
    text = "Chronology\n\n1373 – گشایش رایزنی فرهنگی در باکو\n1383 – برگزاری هفته فیلم ایران در باکو"
    assert sents(text, "fa")[-2:] == ["1373 – گشایش رایزنی فرهنگی در باکو", "1383 – برگزاری هفته فیلم ایران در باکو"]
    text = "Timeline\n\n12–14 October 2008 – Days of culture in Kazan\n2009 – a bust unveiled in Baku"
    assert sents(text, "en")[-2:] == ["12–14 October 2008 – Days of culture in Kazan", "2009 – a bust unveiled in Baku"]


def test_a_heading_over_its_paragraph_is_a_sentence_of_its_own():
    text = ("4. Summer schools and conferences\nFrom 11 to 29 July, the University hosted its third summer school "
            "of Azerbaijani language.\n\nThe Days of Azerbaijani\nCulture opened in Moscow.")
    # ... but the short lines of a narrow column are one sentence.
    assert sents(text, "en") == ["4. Summer schools and conferences",
                                 "From 11 to 29 July, the University hosted its third summer school of Azerbaijani language.",
                                 "The Days of Azerbaijani\nCulture opened in Moscow."]


def test_each_item_of_a_list_is_a_sentence():
    from bilat import pipeline
    text = ("با عنایت به:\nالف – موافقت‌نامه فرهنگی که در تاریخ ۱۳۷۴/۱۱/۱۰ در تهران به امضا رسید؛\nب – برگزاری روزهای "
            "فرهنگی در دوشنبه از ۱۸ تا ۲۲ شهریور ۱۴۰۱؛\nج – برگزاری هفته فرهنگی در تهران.")
    seg = pipeline.segmented(pipeline.document(text))
    firsts = [seg.text.text[s.start:s.start + 5] for s in seg.sentences]
    assert firsts[1:] == ["الف –", "ب – ب", "ج – ب"]


def test_each_row_of_a_table_is_a_sentence():
    # Ingest joins a row's cells with tabs: a row ends with no full stop, and the next one is another happening.
    text = ("Основные мероприятия года приведены в таблице.\n\nДата\tМероприятие\tМесто\n18.01.2022\tВстреча "
            "директора библиотеки с советником посольства\tДушанбе\n26–28.04.2022\tВизит делегации библиотеки\tДушанбе")
    assert sents(text, "ru")[-2:] == ["18.01.2022\tВстреча директора библиотеки с советником посольства\tДушанбе",
                                      "26–28.04.2022\tВизит делегации библиотеки\tДушанбе"]


def test_latin_titles_quoted_or_in_brackets_are_not_the_language_of_their_block():
    text = (RU + "\n\nЗаписи\n\n1993 — компакт-диск «Tajikistan: Music of the Pamirs and Kulob» (JVC World Sounds, Токио).\n"
            "2006 — альбом «Chants et danses du Gulshan» (Ocora Radio France, Париж).")
    assert [lang for _, _, lang in seg(text).spans] == ["ru"]
    # ... while a paragraph in English stays English
    assert [lang for _, _, lang in seg(RU + "\n\n" + EN + " (Москва)").spans] == ["ru", "en"]


def test_a_stop_inside_a_short_title_in_guillemets_is_no_break():
    # «Москва — Ташкент. Дар музея» is one title; a quotation of several sentences in guillemets still breaks.
    assert sents("Выставка «Москва — Ташкент. Дар музея» открылась в 2019 году. Её посетили тысячи людей.", "ru") == [
        "Выставка «Москва — Ташкент. Дар музея» открылась в 2019 году.", "Её посетили тысячи людей."]
    quoted = ("Министр сказал: «Идея создания центров была впервые озвучена главами государств в сентябре 2022 года. "
              "Сегодня она воплощена в жизнь».")
    assert len(sents(quoted, "ru")) == 2


def test_a_records_fields_and_the_line_after_them_are_sentences():
    # A record one field a line (no stop ends a field), then the prose under it.
    text = ("2. Gabala International Music Festival\nPlace: Gabala, Gabala Amphitheatre\nDates in 2026: 23-29 July\n"
            "Last year the festival took place from 24 to 30 July 2025 and the pianist Fazil Say was its guest.")
    assert sents(text, "en") == ["2. Gabala International Music Festival", "Place: Gabala, Gabala Amphitheatre",
                                 "Dates in 2026: 23-29 July", "Last year the festival took place from 24 to 30 July "
                                 "2025 and the pianist Fazil Say was its guest."]


def test_a_finding_aids_files_are_sentences_of_their_own():
    text = "Siyahı 3. Tədbirlərin sənədləri\nİş 111–140. Hindistan Günlərinin proqramları, 1965\nİş 163. Qastrol, 1979"
    assert sents(text, "az") == ["Siyahı 3. Tədbirlərin sənədləri", "İş 111–140. Hindistan Günlərinin proqramları, 1965",
                                 "İş 163. Qastrol, 1979"]


def test_an_address_is_no_language():
    # "linkedin.com/in/..." on a Russian line: its Latin letters do not make the line English.
    from bilat.text.segment import language_spans
    text = ("Страница сохранена: 18 марта 2024 г., 21:47 | linkedin.com/in/sherzod-karimov-culture/recent-activity/all/\n\n"
            "Шерзод Каримов, советник по культуре")
    assert [lang for _s, _e, lang in language_spans(text)] == ["ru"]


def test_an_email_replys_quote_line_and_quoted_empty_lines_part_sentences():
    text = ("Thanks, see below.\n\nOn Tue, 10 Sep 2024 at 11:42, Nodira Karimova <n.k@museum.uz> wrote:\n"
            "> Dear Leyla,\n>\n> The exhibition opened yesterday")
    assert sents(text, "en") == ["Thanks, see below.", "On Tue, 10 Sep 2024 at 11:42, Nodira Karimova <n.k@museum.uz> wrote:",
                                 "Dear Leyla,", "The exhibition opened yesterday"]  # (the quote marks are spaces)


def test_an_acts_number_before_its_code_ends_no_sentence():
    assert sents("The craft was revived. The Decree No. PF-6144 of 17 January 2021 granted tax exemptions. "
                 "They sold books, films etc. Then they left.") == [
        "The craft was revived.", "The Decree No. PF-6144 of 17 January 2021 granted tax exemptions.",
        "They sold books, films etc.", "Then they left."]
