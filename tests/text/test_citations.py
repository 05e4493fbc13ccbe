"""Author-year citations are found; dates and places written in brackets are not taken for them."""
import pytest

from bilat.text import citations


@pytest.mark.parametrize("text,cited", [
    ("held in Moscow (Petrov 2010, p. 5).", "(Petrov 2010, p. 5)"),
    # a book's imprint after its title, the city with its year; a newspaper's issue by its day and page
    ("Там же была представлена книга «Сергей Есенин и Баку» (Баку, 2019).", "(Баку, 2019)"),
    ('bax: "Ədəbiyyat qəzeti", 2003, 28 noyabr, s. 6.', "2003, 28 noyabr, s. 6"),
    ("«Правда», 1959, 19 апреля, с. 2.", "1959, 19 апреля, с. 2"),
    ("as shown (Smith et al., 1999; Brown 2001).", "(Smith et al., 1999; Brown 2001)"),
    ("(Ivanov and Petrov 2004)", "(Ivanov and Petrov 2004)"),
    ("прошли в Москве (Иванов, 2010, с. 5).", "(Иванов, 2010, с. 5)"),
    ("прошли в Москве [Иванов 2010: 5].", "[Иванов 2010: 5]"),
    ("прошли (Иванов и др., 2010).", "(Иванов и др., 2010)"),
    ("keçirilmişdir (Məmmədov, 2015, s. 45).", "(Məmmədov, 2015, s. 45)"),
    ("keçirilmişdir (Əliyev və b., 2012).", "(Əliyev və b., 2012)"),
    ("برگزار شد (علی‌اف، 2004، ص 12).", "(علی‌اف، 2004، ص 12)"),
    ("امضا شد (کریمی، 1385: 45).", "(کریمی، 1385: 45)"),
    # A "see" before the first work, a numbered reference among them.
    ("однако (см.: Гасанов 2009: 51-58; [9, с. 7-19]).", "(см.: Гасанов 2009: 51-58; [9, с. 7-19])"),
    ("as argued (see Smith 2004, p. 5).", "(see Smith 2004, p. 5)"),
    # Front matter paged in small roman numerals.
    ("some 300 scholars (Proceedings 2008: iii).", "(Proceedings 2008: iii)"),
    # A book's imprint: place, year and its pages.
    ("презентация двухтомника (Минск, 2020; 612 с.), подготовленного", "(Минск, 2020; 612 с.)"),
    # An edited volume: the editor's mark after the name.
    ('the volume "Bridges of Farsi" (Ahmadi, ed., 2003) describes', "(Ahmadi, ed., 2003)"),
    ("в сборнике (Орлова, ред., 2016: 12) приводятся", "(Орлова, ред., 2016: 12)"),
    ("topluda (Məmmədov (red.) 2010) göstərilir", "(Məmmədov (red.) 2010)"),
    # A narrative citation: the author named in the sentence, the year and pages in brackets; a work's title after a
    # word for a book, its year in brackets.
    ("Karimov (2009: 45) places the signing in 1996", "(2009: 45)"),
    ("به تعبیر موسوی (1386: 45)، «زمینه حقوقی»", "(1386: 45)"),
    ("в монографии В.П. Смирнова «Советская Россия и Восток» (1997) подписание", "(1997)"),
    ("موسوی در کتاب «روابط فرهنگی ایران و چین» (1386) شرح می‌دهد", "(1386)"),
    ("Кинопоказ: «Не та, так эта» (1956), реставрированная копия", "(1956)"),  # (a film's year)
    # A catalogue's imprint in ISBD: place, a spaced colon, publisher, year.
    ("Выходные данные: Минск : Звязда, 2015", "Минск : Звязда, 2015"),
    ("Imprint: Moscow : Izd-vo \"Vremia\", 2006. 160 p.", "Moscow : Izd-vo \"Vremia\", 2006"),
])
def test_citation(text, cited):
    assert [text[a:b] for a, b in citations.spans(text)] == [cited]


@pytest.mark.parametrize("text", [
    "The festival of films (Baku, 2004) was a success.",  # where and when, as likely as a citation
    "Фестиваль «Шёлковый путь» (Баку, 2019) прошёл с успехом.",  # (a happening's title: no work's word before it)
    "The exhibition (May 2004) drew crowds.",
    "Выставка (в мае 2004) имела успех.",
    "Sərgi (iyun 2004) uğurla keçdi.",
    "The forum (Spring 2010) was held in Baku.",
    "the treaty (2004) and the protocol [4; 87, 126-142]",
    "in 2004 (see above)",
    "the festivals «Silk Road» (2016) and «Threads» (2019) drew crowds",  # (a happening's year after its name)
    "in his book. The festival «Silk Road» (2016) opened",
    "Baku: the festival opened in May, 2019",  # (no spaced colon)
])
def test_no_citation(text):
    assert citations.spans(text) == []
