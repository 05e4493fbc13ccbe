"""normalize: NFC, hyphenation across line breaks, Persian letters and digits, and the offset map."""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

from bilat.records import Document, Text
from bilat.text.normalize import normalize, normalize_text


def doc(text: str) -> Document:
    return Document(path="<text>", name="t.txt", sha256="", format="txt", encoding="utf-8", text=text)


def norm(text: str) -> Text:
    return normalize(doc(text))


@pytest.mark.parametrize("orig, expected", [
    ("müs-\ntəqillik", "müstəqillik"),
    ("Azərbay-\ncanda", "Azərbaycanda"),
    ("1995-ci il iyu- \nnun 6-da", "1995-ci il iyunun 6-da"),
    ("mərasimi ke-\n çirildi.", "mərasimi keçirildi."),
    ("Первая харак-\nтерная форма", "Первая характерная форма"),
    ("Первая харак-\n терная форма", "Первая характерная форма"),
    ("the develop-\r\nment of", "the development of"),
    ("müs\u00ad\ntəqillik", "müstəqillik"),
])
def test_hyphenated_words_are_joined(orig, expected):
    assert norm(orig).text == expected


@pytest.mark.parametrize("orig, expected", [
    ("Rusiya-\nAzərbaycan mədəni", "Rusiya-Azərbaycan mədəni"),  # a compound: next word capitalised
    ("13 avqust 2013-\ncü il", "13 avqust 2013-cü il"),  # a suffix hyphen after a digit
    ("1991-\n2020-ci illər", "1991-2020-ci illər"),
    ("tez-\ntez gəlirlər", "tez-tez gəlirlər"),  # reduplication
    ("müxtəlif foto-\nsərgilər və foto-sərgilər", "müxtəlif foto-sərgilər və foto-sərgilər"),  # hyphenated elsewhere
    ("(İTAR-\nTASS)", "(İTAR-TASS)"),
])
def test_compounds_keep_their_hyphen_but_lose_the_break(orig, expected):
    assert norm(orig).text == expected


@pytest.mark.parametrize("orig", [
    "a line -\nnext",  # a dash after a space is not a hyphenation
    "word-\n\nnext paragraph",  # not across a blank line
    "end of line\nnext line",
    "plain text 06.02.2004",
])
def test_no_join(orig):
    t = norm(orig)
    assert t.text == orig
    assert t.breaks == [(0, 0)]


def test_persian_letters_and_digits():
    t = norm("كتاب علي في سنة ١٣٨٩ و ۲۰۱۰ مي\u200cروم ة")
    assert t.text == "کتاب علی فی سنة 1389 و 2010 می\u200cروم ة"
    assert "\u200c" in t.text  # ZWNJ kept
    assert t.breaks == [(0, 0)]  # one to one: no offset change
    assert len(t.text) == len(t.doc.text)


def test_final_alef_maksura_becomes_farsi_yeh():
    assert norm("موسى").text == "موسی"


def test_nfc_and_its_offsets():
    orig = "Cafe\u0301 x e\u0301-\nb z"
    t = norm(orig)
    assert t.text == "Café x éb z"
    assert unicodedata.is_normalized("NFC", t.text)
    i = t.text.index("é")
    assert t.to_orig(i, i + 1) == (3, 5)  # é covers e + U+0301
    assert t.to_orig(0, 4) == (0, 5)
    j = t.text.index("éb")
    a, b = t.to_orig(j, j + 2)
    assert orig[a:b] == "e\u0301-\nb"
    a, b = t.to_orig(j, j + 1)
    assert orig[a:b] == "e\u0301"  # the removed "-\n" is not part of é
    k = t.text.index("z")
    assert orig[slice(*t.to_orig(k, k + 1))] == "z"


def test_nfc_fast_path_leaves_composed_text():
    t = norm("Heydər Əliyev – müstəqillik")
    assert t.breaks == [(0, 0)]


def test_to_orig_of_a_joined_word():
    orig = "hər iki xalq müs-\ntəqillik əldə"
    t = norm(orig)
    s = t.text.index("müstəqillik")
    a, b = t.to_orig(s, s + len("müstəqillik"))
    assert orig[a:b] == "müs-\ntəqillik"
    assert t.to_orig(s, s + 3) == (orig.index("müs"), orig.index("müs") + 3)  # "müs" alone
    a, b = t.to_orig(s + 3, s + 5)
    assert orig[a:b] == "tə"
    a, b = t.to_orig(s + 11, s + 16)
    assert orig[a:b] == " əldə"
    assert t.to_orig(len(t.text), len(t.text)) == (len(orig), len(orig))
    assert t.to_orig(s, s) == (orig.index("müs"),) * 2


def test_to_orig_identity_without_edits():
    t = norm("abc def")
    for i in range(8):
        for j in range(i, 8):
            assert t.to_orig(i, j) == (i, j)


def _random_text(rng: random.Random) -> str:
    words = ["müs-\ntəqillik", "Azərbay-\ncanda", "Rusiya-\nAzərbaycan", "2013-\ncü", "iyu- \nnun",
             "харак-\n терная", "ke-\n çirildi", "e\u0301-\nb", "Cafe\u0301", "söz", "и", "ي", "۱۳۸۹",
             "x-\ny", "\n", "\n\n", ".", "a\u00ad\nb"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))


def _strip(s: str) -> str:
    """The original text with what normalisation removes taken out, as the normalised text has it."""
    s = re.sub(r"(?<=[^\W\d_]|\u0301)-[ \t]*\r?\n[ \t]*(?=[a-zəçşüöğıа-я])", "", s)
    s = re.sub(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)", "-", s)
    s = re.sub(r"\u00ad[ \t]*\n?[ \t]*", "", s)
    return unicodedata.normalize("NFC", s).translate(ONE_TO_ONE)


ONE_TO_ONE = {0x064A: 0x06CC, **{0x06F0 + d: 0x30 + d for d in range(10)}}


def _canon(s: str) -> str:
    """A slice compared without hyphens and the line breaks after them (a slice may start or end at one)."""
    s = unicodedata.normalize("NFC", s).translate(ONE_TO_ONE)
    return re.sub(r"[-\u00ad][ \t]*\r?\n[ \t]*", "", s).replace("-", "").replace("\u00ad", "")


def test_random_spans_map_back_exactly():
    rng = random.Random(7)
    for _ in range(300):
        orig = _random_text(rng)
        t = norm(orig)
        assert _strip(orig) == t.text
        n = len(t.text)
        for _ in range(40):
            i = rng.randint(0, n)
            j = rng.randint(i, n)
            a, b = t.to_orig(i, j)
            assert 0 <= a <= b <= len(orig)
            piece, span = orig[a:b], t.text[i:j]
            assert _canon(piece) == _canon(span), (orig, i, j)
            # nothing that normalisation removed hangs at either end of the original span
            if span and not span[-1].isspace() and span[-1] != "-":
                assert not piece[-1].isspace() and piece[-1] not in "-\u00ad", (orig, i, j)
            if span and not span[0].isspace():
                assert not piece[0].isspace() and piece[0] != "\u00ad", (orig, i, j)


def test_breaks_are_sorted_and_consistent():
    t = norm("müs-\ntəqillik və Azərbay-\ncanda e\u0301 Rusiya-\nAzərbaycan")
    assert t.breaks == sorted(t.breaks)
    # between breaks the two texts advance one to one
    bounds = t.breaks + [(len(t.text), len(t.doc.text))]
    for (n, o), (n2, o2) in zip(bounds, bounds[1:]):
        if n2 - n == o2 - o:
            assert t.text[n:n2] == t.doc.text[o:o2]


def test_dev_article():
    import pathlib
    p = pathlib.Path("/work/shared/corpus/dev/docs/000_e1e63c750f91ffe4.txt")
    if not p.exists():
        pytest.skip(f"{p} not present")
    orig = p.read_text(encoding="utf-8")
    t = norm(orig)
    assert "müstəqillik" in t.text
    assert "Azərbaycanda" in t.text
    assert "2013-cü il" in t.text
    assert "Rusiya-Azərbaycan" in t.text
    assert "характерная" in t.text
    i = t.text.index("müstəqillik")
    a, b = t.to_orig(i, i + len("müstəqillik"))
    assert orig[a:b] == "müs-\ntəqillik"


def test_words_longer_than_the_lookback_window():
    # The word before a line-end hyphen is found in a window that widens while the word fills it.
    left, right = "a" * 300, "b" * 300
    assert norm(f"x {left}-\n{right}").text == f"x {left}{right}"
    assert norm(f"{left}-\n{right}").text == f"{left}{right}"
    # The whole word is compared: only a search reaching back past the window sees "a...a-b...b" here.
    assert norm(f"{left}-\n{right} and {left}-{right}").text == f"{left}-{right} and {left}-{right}"
    combining = "e" + "\u0301" * 100  # a base letter with a long run of combining marks
    assert norm(f"caf{combining}-\nbar").text.endswith("bar") and "-" not in norm(f"caf{combining}-\nbar").text


def test_many_hyphenated_lines():
    # A journal article wrapped with hyphens on most lines: every break is joined, in one pass per break.
    lines = [f"söz{i} müs-\ntəqillik" for i in range(3000)]
    t = norm("\n".join(lines))
    assert t.text.count("müstəqillik") == 3000 and "-\n" not in t.text


def test_azerbaijani_written_with_a_umlaut_reads_as_schwa():
    # cp1254 has no "ə": Azerbaijani in it is written with "ä", one letter for one.
    out, breaks = normalize_text("Bakıda Azärbaycan mädäniyyäti günläri keçirilib.")
    assert out == "Bakıda Azərbaycan mədəniyyəti günləri keçirilib."
    assert normalize_text("Die Künstler aus Dänemark") == ("Die Künstler aus Dänemark", [(0, 0)])


def test_page_furniture_goes_and_the_sentence_it_cut_is_whole():
    text = ("Journal of Eurasian Studies, 2021, No. 3\n\nThe first consulate opened in 1838.\n\n"
            "On 16 October 2014 Vladimir\n\n213\n\nA. Kovacevic. Cooperation since 1991\n\nPutin made a short visit "
            "to Belgrade to attend\nthe celebrations. The the-\n\n214\n\natres reopened.\n\nJournal of Eurasian Studies, 2021, No. 3\n\nThe end.")
    t = norm(text)
    assert "On 16 October 2014 Vladimir Putin made a short visit" in t.text
    assert "The theatres reopened." in t.text
    assert "213" not in t.text and "Cooperation since 1991" not in t.text
    # Offsets still point into the original text.
    i = t.text.index("Putin")
    a, _b = t.to_orig(i, i + 5)
    assert text[a:a + 5] == "Putin"


def test_a_year_alone_between_paragraphs_is_no_page_number():
    # "2018" heading a chronicle's entries stays; "213" between two pages goes.
    text = ("Chronology of relations\n\nIntroduction on the relations.\n\n2018\n\n1 October — Documents were signed.\n\n"
            "213\n\nThe end of the page.")
    t = norm(text)
    assert "\n2018\n" in t.text and "213" not in t.text


def test_a_solar_hijri_year_alone_is_no_page_number():
    # A timeline's "۱۳۷۷" (an HTML definition list's term, a list item "- ۱۳۷۷") is the year of the entry under it;
    # a page's "۲۱۳" still goes.
    text = ("تاریخچه بنیاد\n\n- ۱۳۷۷\n\n- نخستین هفته فرهنگی ایران در مهرماه برگزار شد.\n\n"
            "۲۱۳\n\nپایان صفحه.")
    t = norm(text)
    assert "\n- 1377\n" in t.text and "213" not in t.text and "۲۱۳" not in t.text


def test_a_table_written_with_bars_has_its_cells_parted_by_tabs():
    t = norm("Activities\nNo. | Activity | Dates\n1 | Kick-off meeting | 14 March 2023\n\nNews | 12 May\nA | B | C alone")
    assert t.text == ("Activities\nNo. \t Activity \t Dates\n1 \t Kick-off meeting \t 14 March 2023\n\nNews | 12 May\n"
                      "A | B | C alone")  # (one line with bars, or one bar, is no table)
    assert t.breaks == [(0, 0)]


def test_a_markdown_table_and_strong_emphasis_read_as_a_table_and_plain_words():
    src = ("## Events\n\n| Date | Event | Place |\n|------|:-----:|-------|\n| 14–17 May 2013 | Days of culture | Baku |\n"
           "| April 2019 | Film week | Tashkent |\n\n- **2008** — a plaque unveiled\n")
    t = norm(src)
    assert t.text == ("## Events\n\n  Date \t Event \t Place  \n" + " " * 24 + "\n  14–17 May 2013 \t Days of culture \t Baku  \n"
                      "  April 2019 \t Film week \t Tashkent  \n\n-   2008   — a plaque unveiled\n")
    assert t.breaks == [(0, 0)] and len(t.text) == len(src)


def test_a_wiki_tables_source_reads_as_a_table():
    src = ("== Список ==\n{| class=\"wikitable\"\n! № !! Город !! Тип !! Дата открытия\n|-\n| 1 || Омск || мемориальная доска || 1985\n"
           "|-\n| 2 || Москва || памятник || 5 сентября 2006\n|}\nТекст.\n")
    t = norm(src)
    assert t.text == ("== Список ==\n" + " " * 20 + "\n  №  \t Город  \t Тип  \t Дата открытия\n  \n  1  \t Омск  \t мемориальная "
                      "доска  \t 1985\n  \n  2  \t Москва  \t памятник  \t 5 сентября 2006\n  \nТекст.\n")
    assert t.breaks == [(0, 0)] and len(t.text) == len(src)
    assert norm("Set {| x\nno end").text == "Set {| x\nno end"  # (no closing mark: no table)


def test_a_spreadsheet_exported_with_semicolons_has_its_cells_parted_by_tabs():
    rows = "No;Date;Activity;Status\n1;19.01.2023;Lecture;held\n2;21 March;Nauryz; concert;held\n3;May;Contest;held\n"
    t = norm("Activities 2023\n" + rows + "\nWe met; we talked; we signed; we left.\n")
    assert t.text == "Activities 2023\n" + rows.replace(";", "\t") + "\nWe met; we talked; we signed; we left.\n"
    assert t.breaks == [(0, 0)]
    prose = "Первое; второе; третье; четвёртое.\nОдно; два.\nA; B; C; D; E; F.\n"  # (counts unlike a header's)
    assert norm(prose).text == prose


def test_a_report_printed_in_columns_of_fixed_width_has_its_cells_parted_by_tabs():
    report = ("AGENCY FOR CULTURAL PROJECTS                       Page 1 of 1\n"
              "ID      FROM       TO         CITY     PROJECT                 ST\n"
              "----------------------------------------------------------------\n"
              "K-0012  18.01.2021 22.01.2021 Moscow   Days of Kazakh Cinema at C\n"
              "                                       the Oktyabr Cinema\n"
              "K-0033  12.04.2021            Astana   Memorandum on libraries  P\n"
              "----------------------------------------------------------------\n"
              "STATUS CODES: C - completed; P - planned.\n")
    t = norm(report)
    rows = t.text.split("\n")
    assert rows[1].split("\t")[:3] == ["ID     ", "FROM      ", "TO        "]
    assert rows[3].startswith("K-0012 \t18.01.2021\t22.01.2021\tMoscow  \tDays of Kazakh Cinema at\tC ")
    assert rows[3].endswith("the Oktyabr Cinema")  # (the cell's continuation joined to its row)
    assert rows[4].startswith("K-0033 \t12.04.2021           \tAstana  \tMemorandum")
    assert t.breaks == [(0, 0)] and len(t.text) == len(report)
    record = ("Search results\n-------------------------\n[1]\nTitle: The carpets of Baku  / ed. by L. Karimova.\n"
              "Imprint: Baku : Elm, 2005.\nNotes: catalogue of the exhibition.\n")
    assert norm(record).text == record  # (a record's lines: no header over columns)


def test_a_wiki_articles_source_reads_as_its_text():
    src = ("{{Infobox bilateral relations\n| established = 2 October 1995\n| flag = {{flag|Azerbaijan}}\n}}\n"
           "'''Relations''' between the states.\n\n=== 2000s ===\nDays of culture were held in [[Tashkent]] and "
           "[[Samarqand|Samarkand]] in 2004.<ref>{{cite news |title=Days open |date=14 October 2004}}</ref> "
           "Bir sərgi [[Bakı]]da açıldı.<ref name=\"az\" />\n\n[[Category:Cultural relations]]\n")
    t = norm(src)
    assert t.text == ("\nRelations between the states.\n\n2000s\nDays of culture were held in Tashkent and Samarkand in 2004. "
                      "Bir sərgi Bakıda açıldı.\n\n\n")
    i = t.text.index("Samarkand")
    assert src[slice(*t.to_orig(i, i + 9))] == "Samarkand"


def test_a_subtitle_files_cue_heads_go_and_its_sentences_run_on():
    srt = ("1\n00:00:01,000 --> 00:00:04,000\nNARRATOR: The Days of Uzbek Culture,\n\n"
           "2\n00:00:04,500 --> 00:00:08,000\nheld in Moscow from 14 to 20 October 2019.\n\n"
           "3\n00:00:09,000 --> 00:00:12,000\nThe rest is history.\n")
    t = norm(srt)
    assert t.text == ("NARRATOR: The Days of Uzbek Culture,\nheld in Moscow from 14 to 20 October 2019.\n"
                      "The rest is history.\n")
    i = t.text.index("held")
    assert srt[t.to_orig(i, i + 4)[0]:t.to_orig(i, i + 4)[1]] == "held"
    two = "1\n00:00:01,000 --> 00:00:04,000\nA line.\n\n2\n00:00:04,500 --> 00:00:08,000\nAnother.\n"
    assert norm(two).text == two  # (two cues: a text quoting a time code, no subtitle file)


def test_an_emails_quote_marks_become_spaces():
    text = "Thanks.\n\n> Dear Nino,\n>\n> The carpets left Baku\n> yesterday.\n>> On Mon, Leyla wrote:\n"
    t = norm(text)
    assert t.text == "Thanks.\n\n  Dear Nino,\n \n  The carpets left Baku\n  yesterday.\n   On Mon, Leyla wrote:\n"
    assert t.breaks == [(0, 0)]
    assert norm("a > b\n> one quoted line\n").text == "a > b\n> one quoted line\n"  # (too few to be a quoted e-mail)


def test_a_year_the_ocr_spaced_out_is_one_number_again():
    t = norm("No. 81 (501)   Saturday, October 10, 1 9 5 9   Price 2 kopeks\nfounded in 1 9 5 8. Rooms 3 4 5 6 and 5 6 7 8.")
    assert t.text == "No. 81 (501)   Saturday, October 10, 1959   Price 2 kopeks\nfounded in 1958. Rooms 3 4 5 6 and 5 6 7 8."
    i = t.text.index("1958")
    assert t.to_orig(i, i + 4) == (text_index := "No. 81 (501)   Saturday, October 10, 1 9 5 9   Price 2 kopeks\nfounded in ".__len__(),
                                   text_index + 7)
    assert norm("سه شنبه ۲۲ مهرماه ۱ ۳ ۴ ۸").text == "سه شنبه 22 مهرماه 1348"  # (Persian digits read as digits)


def test_a_talk_pages_signature_time_is_no_date():
    # A wiki talk page saved as its source: a signature's time is when the comment was saved; the comment ends there.
    src = ("== Date of the first Days ==\nThe Days were held in Minsk in September 2004, not in 2005. "
           "[[User:Talas88|Talas88]] ([[User talk:Talas88|talk]]) 14:05, 12 May 2019 (UTC)\n: Agreed. "
           "[[User:Nino|Nino]] ([[User talk:Nino|talk]]) 16:40, 13 May 2019 (UTC)\n")
    text = norm(src).text
    assert "2019" not in text and "UTC" not in text
    assert "Talas88 (talk) \n\n: Agreed." in text


@pytest.mark.parametrize("src,expected", [
    ("Date: [Deleted: 13] [Inserted: 14] November 2023 [Comment AB1: check this date]\n",
     "Date: 14 November 2023 \n"),
    ("Дни культуры прошли с [Удалено: 10] [Вставлено: 12] по 16 сентября 2024 г.\n[Удалено: Вечер поэзии 30 августа.]\n",
     "Дни культуры прошли с 12 по 16 сентября 2024 г.\n\n"),
    ("Bina [Silinib: sentyabrın 9-da] [Əlavə olunub: sentyabrın 8-də] açılmışdır. [Şərh LQ1: yoxlanıldı]\n",
     "Bina sentyabrın 8-də açılmışdır. \n"),
    ("نمایشگاه در [حذف‌شده: ۳۱ شهریور] [درج‌شده: ۱ مهر ۱۴۰۲] افتتاح شد.\n", "نمایشگاه در 1 مهر 1402 افتتاح شد.\n"),
])
def test_a_word_processors_tracked_changes_read_as_the_last_version(src, expected):
    # Deleted words and comments go; inserted ones stay, at their own offsets in the source.
    t = norm(src)
    assert t.text == expected
    for word in ("14", "12", "8-də"):
        if word in expected and word in src:
            i = t.text.index(word)
            assert src[slice(*t.to_orig(i, i + len(word)))] == word


def test_a_wiki_headings_edit_link_goes():
    # A wiki page copied as text keeps each section's edit link after its heading: the heading reads as a heading.
    assert norm("Days of Culture[edit]\nTarixi[redaktə | mənbəni redaktə et]\nتاریخچه[ویرایش]\nИстория[править]\n"
                "See [edit] here\n").text == "Days of Culture\nTarixi\nتاریخچه\nИстория\nSee [edit] here\n"
