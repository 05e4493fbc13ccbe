"""bilat.ingest: every format, every encoding, and every way a file can be bad."""
from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

import bilat
from bilat import ingest, pipeline
from bilat.records import BilatError, InputError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

# Short texts written for these tests (not taken from any corpus).
RU = "Договор о дружбе подписан в Москве 3 июля 1997 года."
RU_SHORT = "Памятник Низами открыт в 2002 году."
AZ = "Azərbaycan və Rusiya arasında dostluq müqaviləsi 3 iyul 1997-ci ildə imzalanıb."
FA = "شهریار در ۲۷ شهریور ۱۳۶۷ در تهران درگذشت."
FA_LEGACY = "کمانچه در سال 2017 با پرونده مشترک ايران و آذربايجان ثبت شد."  # Arabic yeh: cp1256 has no Persian yeh
TR = "Türkiye ile Azerbaycan arasında kültür günleri 2007 yılında İstanbul'da düzenlendi, şehir çok güzeldi."
EN = "The Treaty of Friendship was signed in Moscow on 3 July 1997."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def bad(path: Path, *, contains: str, **kw) -> InputError:
    """Reading `path` fails with one InputError that names the file and gives the reason."""
    with pytest.raises(InputError) as info:
        ingest.read(path, **kw)
    e = info.value
    assert e.path == str(path)
    assert str(path) in str(e)
    assert contains.lower() in e.reason.lower(), e.reason
    assert "\n" not in str(e)
    return e


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,encoding,recorded", [
    (AZ, "utf-8", "utf-8"),
    (RU, "utf-8", "utf-8"),
    (FA, "utf-8", "utf-8"),
    (EN, "ascii", "utf-8"),
    (RU, "cp1251", "cp1251"),
    (RU_SHORT, "cp1251", "cp1251"),
    (RU, "koi8-r", "koi8-r"),
    (RU_SHORT, "koi8-r", "koi8-r"),
    (RU, "mac-cyrillic", "mac-cyrillic"),
    (RU_SHORT, "mac-cyrillic", "mac-cyrillic"),
    (RU, "cp866", "cp866"),
    (RU, "iso8859-5", "iso8859-5"),
    (FA_LEGACY, "cp1256", "cp1256"),
    ("ایران و آذربایجان".replace("ی", "ي"), "cp1256", "cp1256"),
    (TR, "cp1254", "cp1254"),
    ("Şəki və Gəncə şəhərlərində".replace("ə", "e"), "cp1254", "cp1254"),
])
def test_encoding_round_trip(tmp_path, text, encoding, recorded):
    raw = text.encode(encoding)
    doc = ingest.read(write(tmp_path, "doc.txt", raw))
    assert doc.text == text
    assert doc.encoding == recorded
    assert doc.format == "txt"
    assert raw.decode(doc.encoding) == doc.text


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"), ("utf-32", b"\xff\xfe\x00\x00"),
])
def test_byte_order_marks(tmp_path, encoding, bom):
    codec = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be", b"\xff\xfe\x00\x00": "utf-32-le"}.get(bom, "utf-8")
    raw = bom + (AZ + "\n" + RU + "\n" + FA).encode(codec)
    doc = ingest.read(write(tmp_path, "bom.txt", raw))
    assert doc.text == AZ + "\n" + RU + "\n" + FA  # the mark is not part of the text
    assert doc.encoding == encoding
    assert raw.decode(doc.encoding) == doc.text


LEGACY = ["cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5", "cp1256", "cp1254"]
SHORT = ["Москва", "Баку, 1997 год.", "мир и дружба", "Год России", "Да", "Привет", "ايران", "آذربايجان",
         "Türkiye, İstanbul", "Şuşa", "Nizami Gəncəvi".replace("ə", "e"), "ЮНЕСКО", "в октябре 1941 года"]


@pytest.mark.parametrize("encoding", LEGACY)
def test_short_legacy_texts_are_read_right_or_refused(tmp_path, encoding):
    """A few words give little to go on: the result is the exact text, or an InputError; never mojibake."""
    read_right = 0
    for i, text in enumerate(SHORT):
        try:
            raw = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        if raw.isascii():
            continue
        path = write(tmp_path, f"short{i}.txt", raw)
        try:
            doc = ingest.read(path)
        except InputError as e:
            assert "encoding" in e.reason
            continue
        assert doc.text == text, (encoding, doc.encoding, doc.text)
        read_right += 1
    assert read_right >= 1


@pytest.mark.parametrize("text,encoding", [
    ("Η Συνθήκη υπογράφηκε στη Μόσχα στις 3 Ιουλίου 1997. Οι σχέσεις των δύο χωρών αναπτύχθηκαν.", "cp1253"),
    ("האמנה נחתמה במוסקבה ב-3 ביולי 1997. היחסים בין שתי המדינות התפתחו.", "cp1255"),
    ("в 2005 году прошёл год азербайджана в россии, а в 2006 году — год россии в азербайджане.", "cp1251"),
    ("в 2005 году прошёл год азербайджана в россии, а в 2006 году год россии в азербайджане.", "koi8-r"),
])
def test_other_scripts_and_lowercase_are_not_misread(tmp_path, text, encoding):
    """Hebrew in cp1255 is lowercase Cyrillic in cp1251, and a lowercase Russian text is Hebrew in cp1255."""
    try:
        doc = ingest.read(write(tmp_path, "other.txt", text.encode(encoding)))
    except InputError as e:
        assert "encoding" in e.reason
    else:
        assert doc.text == text and doc.encoding == encoding


@pytest.mark.parametrize("text", [
    "中华人民共和国和阿塞拜疆共和国建立外交关系。两国在文化领域的合作不断加深。",
    "アゼルバイジャンの首都バクーでは、毎年多くの文化行事が開催されます。",
    "Great concert in Baku tonight 🎻🎶 — see you on 3 July! 👍👍 ✨ ∑ ≈ ≠",
    unicodedata.normalize("NFD", "Hiệp ước được ký tại Moskva vào ngày 3 tháng 7 năm 1997, quan hệ phát triển."),
    unicodedata.normalize("NFD", AZ + " " + AZ),
])
def test_unicode_text_in_any_script_is_trusted(tmp_path, text):
    for codec, name in (("utf-8", "utf-8"), ("utf-16", "utf-16")):
        doc = ingest.read(write(tmp_path, "u.txt", text.encode(codec)))
        assert doc.text == text and doc.encoding == name


def test_two_encodings_in_one_file_are_refused(tmp_path):
    raw = (AZ + " " + RU).encode("utf-8") + (" " + RU).encode("cp1251") + (" " + AZ).encode("utf-8")
    bad(write(tmp_path, "mixed.txt", raw), contains="two encodings mixed")


def test_utf8_cut_to_lead_bytes_is_refused(tmp_path):
    # Every multi-byte character loses its second byte: no encoding reads that as text.
    raw = b"".join(ch.encode("utf-8")[:1] for ch in (RU + " " + RU + " " + RU))
    bad(write(tmp_path, "halves.txt", raw), contains="encoding")


def test_binary_behind_a_bom_is_refused(tmp_path):
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(64)).replace(b"\xd8", b"A").replace(b"\xdc", b"B")
    bad(write(tmp_path, "junk.txt", b"\xff\xfe" + junk), contains="byte-order mark")


def test_mojibake_utf8_is_refused(tmp_path):
    twice = RU.encode("utf-8").decode("latin-1").encode("utf-8")  # decoded wrongly once and saved again
    bad(write(tmp_path, "moji.txt", twice), contains="garbled")


def test_english_with_footnote_marks_is_read(tmp_path):
    # Superscript figures marking footnotes ("¹", "⁴") are no garbled letters: the paper is read, not refused.
    marks = [str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) for n in range(1, 13)]
    notes = "".join(f"The society held its {n}th meeting in Baku in 19{60 + n}.{m} " for n, m in enumerate(marks, 1))
    text = ("The Azerbaijan–Iran Friendship Society – a short history\n\n" + notes + "\n\nNotes\n" +
            "".join(f"{m} Archive of the Society, file {n}.\n" for n, m in enumerate(marks, 1)))
    doc = ingest.read(write(tmp_path, "paper.txt", text.encode("utf-8")))
    assert doc.text == text


def test_undetectable_bytes_are_refused(tmp_path):
    rng = random.Random(1)
    raw = bytes(rng.randrange(128, 256) for _ in range(400))
    bad(write(tmp_path, "noise.txt", raw), contains="encoding")


def test_broken_bom_text_is_refused(tmp_path):
    bad(write(tmp_path, "half.txt", b"\xff\xfe" + "Баку".encode("utf-16-le")[:-1]), contains="byte-order mark")


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Days of culture</title>
<meta property="article:published_time" content="2007-04-19T08:00:00+04:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact us</a></nav>
<article><h1>Days of culture</h1><p>{p1}</p><p>{p2}</p></article>
<footer>Site footer text that is not part of the article.</footer></body></html>"""


def page(charset="utf-8", p1=EN, p2="A second paragraph of the article follows here, long enough to be kept."):
    return PAGE.format(charset=charset, p1=p1, p2=p2)


def test_html_main_text_title_and_published(tmp_path):
    doc = ingest.read(write(tmp_path, "page.html", page().encode("utf-8")))
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert doc.title == "Days of culture"
    assert doc.published == "2007-04-19"
    assert EN in doc.text
    assert "footer" not in doc.text and "Contact us" not in doc.text
    start = doc.text.index("3 July 1997")  # offsets point into the extracted text
    assert doc.text[start:start + 11] == "3 July 1997"
    found = [t.text for t in bilat.dates(doc)]
    assert "3 July 1997" in found


def test_html_date_printed_by_the_headline_not_a_related_items(tmp_path):
    # The page's metadata says nothing; the date the page prints under its headline is in Russian (or
    # Persian), and a list of related news further down carries dates of its own.
    for printed, want in (("15 мая 2024 года, 14:30", "2024-05-15"), ("چهارشنبه ۲۶ اردیبهشت ۱۴۰۳ - ۱۱:۴۵", "2024-05-15")):
        html = ("<html><head><title>Новости</title></head><body><nav><span class='date'>01.01.2020</span></nav>"
                f"<article><h1>Заголовок новости</h1><div class='date'>{printed}</div>"
                "<p>Министр культуры вчера прибыл в Москву с рабочим визитом и провёл переговоры.</p>"
                "<p>Второй абзац статьи, достаточно длинный, чтобы его сохранили при извлечении.</p></article>"
                "<ul class='related'><li><span class='date'>02.05.2024</span> Другая новость</li></ul></body></html>")
        doc = ingest.read(write(tmp_path, "page.html", html.encode("utf-8")))
        assert doc.published == want, printed


def test_html_date_in_the_byline_of_the_headline(tmp_path):
    # "<p class="meta">17 June 2025, 14:35 | By ...</p>": the line under the headline holding the date and the author
    html = ("<html><head><title>News</title></head><body><main><article><h1>Parliament ratifies the agreement</h1>"
            "<p class='meta'>17 June 2025, 14:35 (GMT+4) | By Laman Ismayilova</p>"
            "<p>The Milli Majlis on Tuesday ratified the agreement on cooperation in the fields of culture and art.</p>"
            "<p>The bill was adopted in a single reading at the plenary session, with 87 MPs voting in favour.</p></article>"
            "<aside><h3>Related news</h3><ul><li><span class='date'>14 June 2025</span> <a href='/x'>Film Week opens</a></li>"
            "</ul></aside></main></body></html>")
    doc = ingest.read(write(tmp_path, "page.html", html.encode("utf-8")))
    assert doc.published == "2025-06-17"


def test_html_events_calendar_keeps_the_date_over_each_entry(tmp_path):
    # trafilatura drops the short date and heading blocks of such a page; the text of <main> keeps them, in order.
    entries = [("10 May 2024", "Tagore Evening", "Students will read Tagore in Uzbek and Bengali."),
               ("9–16 February 2024", "Exhibition of the Baburnama",
                "Manuscripts and lithographs of the Baburnama were on show in the Rare Books Hall."),
               ("26 January 2024", "Republic Day of India: Film Screening",
                "The library screened the classic film Mother India with Uzbek subtitles.")]
    html = ("<html><head><title>Events</title></head><body><header><nav><a href='/'>Home</a></nav></header><main>"
            "<h1>Events</h1><p class='updated'>Updated 4 March 2024</p>"
            + "".join(f"<article class='event'><div class='event-date'>{d}</div><h2>{h}</h2><p>{t}</p></article>"
                      for d, h, t in entries)
            + "</main><footer><p>All rights reserved.</p></footer></body></html>")
    doc = ingest.read(write(tmp_path, "events.html", html.encode("utf-8")))
    lines = doc.text.split("\n\n")
    for d, h, t in entries:
        assert lines.index(d) + 1 == lines.index(h) and lines.index(h) + 1 == lines.index(t)
    assert "Home" not in doc.text and "All rights reserved" not in doc.text


def test_html_events_cards_keep_their_titles(tmp_path):
    # On such a page trafilatura keeps the cards' dates and venues but drops most of their titles (<h3>), and moves
    # the first card above the page's lead: each date would go to the event of the card before. The text of <main>
    # keeps each title over its date.
    cards = [('"Füzuli və Nəvai: iki şairin dünyası" — ədəbi-musiqili gecə', "Ç.a., 19 sen 2023, 18:30", "Mərkəz, konfrans zalı"),
             ('Sərgi: "Xalça və tikmə sənəti"', "C.a., 6 okt 2023 – C.a., 20 okt 2023", "Xalça Muzeyi"),
             ('"Qafqaz nəğmələri" — xalq musiqisi axşamı', "Ş., 21 okt 2023, 19:00", "Filarmoniya"),
             ("Respublika Gününə həsr olunmuş qala-konsert", "B., 29 okt 2023, 19:00", "Respublika Sarayı"),
             ('Kino həftəsi: "Dost" filminin nümayişi', "Ç., 8 noy 2023, 19:00", "Kino Mərkəzi"),
             ('Elmi konfrans: "Ədəbi əlaqələr: dünən və bu gün"', "Ç.a., 14 noy 2023, 10:00", "Dövlət Universiteti"),
             ("Xəttatlıq ustad dərsi (usta Aynur Kərimova ilə)", "Ş., 18 noy 2023, 12:00", "Mərkəz, emalatxana"),
             ('Dövlət Teatrının qastrolu: "Arşın mal alan"', "C.a., 23 noy 2023, 19:00", "Dram Teatrı")]
    body = "\n\n".join(f'<article class="card"><h3>{h}</h3>\n<p class="date">{d}</p><p class="venue">{v}</p><p class="city">'
                        f'Bakı</p><span class="status">Tədbir başa çatıb</span></article>' for h, d, v in cards)
    html = ('<!DOCTYPE html>\n<html lang="az">\n<head>\n<meta charset="utf-8">\n<title>Mədəniyyət Mərkəzi — keçmiş tədbirlər'
            '</title>\n</head>\n<body>\n<header>\n<a href="/" class="logo">Bilet.az</a>\n<nav><ul><li><a href="/k">Konsertlər'
            '</a></li></ul></nav>\n</header>\n<main>\n<h1>Mədəniyyət Mərkəzi</h1>\n<p class="org-about">Mərkəz 2012-ci ilin aprel '
            'ayında fəaliyyətə başlayıb. Mərkəz dil kursları, konsertlər və sərgilər təşkil edir.</p>\n\n<h2>Keçmiş tədbirlər'
            '</h2>\n<div class="cards">\n' + body + '\n</div>\n</main>\n<footer><p>© Bilet.az</p></footer>\n</body>\n</html>')
    lines = ingest.read(write(tmp_path, "cards.html", html.encode("utf-8"))).text.split("\n\n")
    for h, d, _v in cards:
        assert lines.index(h) + 1 == lines.index(d)


def test_html_photo_album_keeps_its_captions(tmp_path):
    # trafilatura keeps a photo album's credits and upload lines but drops its <figcaption>s, which tell what each photo
    # shows and when: the text of <main> keeps each caption over its lines.
    photos = [("The opening of the Georgian icons exhibition at the State Museum, Bonn, 20 October 2007.", "Anna Vogel"),
              ("Georgian Days in Stuttgart: the State Ballet on the Schlossplatz, 7 July 2012.", "Karl Brenner"),
              ("A plaque to the poet unveiled at the university, Berlin, 15 May 2016.", "Nino Beridze"),
              ("The translators' workshop in Batumi, 19 May 2019.", "Nino Beridze")]
    figures = "\n".join(f"<figure><img src='p{i}.jpg' alt=''><figcaption>{c}</figcaption><p class='credit'>Photo: {a}</p>"
                        f"<p class='meta'>Uploaded 3 June 2019 · Tags: culture · {100 + i} views</p></figure>"
                        for i, (c, a) in enumerate(photos))
    html = ("<html><head><title>Album</title></head><body><nav><a href='/'>Home</a></nav><main><h1>Georgia and Germany"
            "</h1><p>Album created 3 June 2019 · 4 photos</p>" + figures + "</main><footer>© Archive</footer></body></html>")
    text = ingest.read(write(tmp_path, "album.html", html.encode("utf-8"))).text
    for caption, _ in photos:
        assert caption in text


def test_html_forum_page_is_of_the_day_it_says_it_is(tmp_path):
    # A forum prints the time the page was saved in its header or footer: its posts' "yesterday" counts from it, not
    # from the first post's date (the first element named for a date).
    html = ("<html><head><title>Forum</title></head><body><main><div class='post'><div class='date'>Posted: 12 Mar 2019, "
            "14:22</div><div class='content'>I was at the Book Fair when Georgia was Guest of Honour.</div></div>"
            "<div class='post'><div class='date'>Posted: yesterday at 18:05</div><div class='content'>Today the Georgian "
            "Days of Culture in Dresden opened.</div></div></main><footer>All times are UTC+4. The time now is 15 Mar "
            "2021, 10:47.</footer></body></html>")
    doc = ingest.read(write(tmp_path, "forum.html", html.encode("utf-8")))
    assert doc.published == "2021-03-15"


def test_html_published_option_wins(tmp_path):
    doc = ingest.read(write(tmp_path, "page.html", page().encode("utf-8")), published="2020-01-02")
    assert doc.published == "2020-01-02"


def test_html_declared_legacy_charset(tmp_path):
    raw = page("windows-1251", p1=RU, p2=RU_SHORT + " Второй абзац статьи.").encode("cp1251")
    doc = ingest.read(write(tmp_path, "page.htm", raw))
    assert doc.encoding == "cp1251"
    assert RU in doc.text


def test_html_wrong_declared_charset_is_detected(tmp_path):
    # Declares Latin-1 but is written in Windows-1251: reading it as declared would give mojibake.
    raw = page("iso-8859-1", p1=RU, p2=RU_SHORT + " Второй абзац статьи.").encode("cp1251")
    doc = ingest.read(write(tmp_path, "page.html", raw))
    assert doc.encoding == "cp1251"
    assert RU in doc.text


def test_html_recognised_by_content(tmp_path):
    doc = ingest.read(write(tmp_path, "saved_page.txt", page().encode("utf-8")))
    assert doc.format == "html" and doc.title == "Days of culture"


def test_xhtml_with_xml_declaration(tmp_path):
    raw = ('<?xml version="1.0" encoding="windows-1251"?>\n' + page("windows-1251", p1=RU)).encode("cp1251")
    doc = ingest.read(write(tmp_path, "page.xhtml", raw))
    assert RU in doc.text and doc.encoding == "cp1251"


def test_html_without_text(tmp_path):
    raw = b"<html><head><title>Empty</title><script>var x = 1;</script></head><body><div></div></body></html>"
    bad(write(tmp_path, "empty.html", raw), contains="no extractable text")


def test_deeply_nested_html_is_reported_not_crashed(tmp_path):
    depth = 100_000
    raw = ("<html><body><p>Top paragraph with some words.</p>" + "<div>" * depth + "<p>deep</p>"
           + "</div>" * depth + "</body></html>").encode()
    bad(write(tmp_path, "deep.html", raw), contains="nested too deeply")


# --- PDF -------------------------------------------------------------------------------------

def make_pdf(pages: list[str], *, title: str | None = "A test PDF", password: str | None = None) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    if title:
        doc.set_title(title)
    doc.set_font("helvetica", size=12)
    for text in pages:
        doc.add_page()
        if text:
            doc.multi_cell(0, 6, text)
    if password is not None:
        doc.set_encryption(owner_password="owner", user_password=password)
    return bytes(doc.output())


def test_pdf_text_and_pages(tmp_path):
    raw = make_pdf(["First page: the treaty of 3 July 1997.", "Second page: the monument of 9 June 2002."])
    doc = ingest.read(write(tmp_path, "two.pdf", raw))
    assert doc.format == "pdf" and doc.encoding is None
    assert doc.title == "A test PDF"
    assert len(doc.pages) == 2 and doc.pages[0] == 0
    assert doc.text[:doc.pages[1]].strip().startswith("First page")
    assert doc.text[doc.pages[1]:].startswith("Second page")
    assert {t.edtf for t in bilat.dates(doc)} >= {"1997-07-03", "2002-06-09"}


def test_pdf_encrypted_for_permissions_only_is_read(tmp_path):
    doc = ingest.read(write(tmp_path, "perm.pdf", make_pdf(["Open text of 1997."], password="")))
    assert "Open text" in doc.text


def test_pdf_needing_a_password(tmp_path):
    bad(write(tmp_path, "secret.pdf", make_pdf(["Secret text."], password="secret")), contains="encrypted")


def test_pdf_truncated(tmp_path):
    raw = make_pdf(["Some text on a page.", "And on another page."])
    bad(write(tmp_path, "cut.pdf", raw[: len(raw) // 2]), contains="truncated")
    bad(write(tmp_path, "cut2.pdf", raw[:-10]), contains="truncated")


def test_pdf_damaged(tmp_path):
    bad(write(tmp_path, "junk.pdf", b"%PDF-1.4\n" + b"not really a pdf body\n" * 20 + b"%%EOF\n"), contains="damaged")


def test_pdf_without_text_layer(tmp_path):
    bad(write(tmp_path, "scan.pdf", make_pdf([""])), contains="no text layer")


def test_pdf_extension_without_pdf_content(tmp_path):
    bad(write(tmp_path, "fake.pdf", EN.encode()), contains="not a PDF")


# --- DOCX ------------------------------------------------------------------------------------

def make_docx(title: str | None = "Sınaq sənədi") -> bytes:
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    d.add_paragraph(AZ)
    table = d.add_table(rows=3, cols=2)
    for r, (date, what) in enumerate([("Tarix", "Hadisə"), ("9 iyun 2002", "Abidə açılıb"),
                                       ("2005", "Azərbaycan ili")]):
        table.cell(r, 0).text, table.cell(r, 1).text = date, what
    d.add_paragraph("Son abzas.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables(tmp_path):
    doc = ingest.read(write(tmp_path, "doc.docx", make_docx()))
    assert doc.format == "docx" and doc.encoding is None
    assert doc.title == "Sınaq sənədi"
    lines = doc.text.splitlines()
    # Paragraphs apart as paragraphs, a table's rows as lines of one block.
    assert lines == [AZ, "", "Tarix\tHadisə", "9 iyun 2002\tAbidə açılıb", "2005\tAzərbaycan ili", "", "Son abzas."]
    assert {t.edtf for t in bilat.dates(doc)} >= {"1997-07-03", "2002-06-09"}


def test_docx_merged_cells_once(tmp_path):
    import docx

    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "2005"
    merged = table.cell(0, 1).merge(table.cell(0, 2))
    merged.text = "Year of Azerbaijan in Russia"
    buf = io.BytesIO()
    d.save(buf)
    doc = ingest.read(write(tmp_path, "merged.docx", buf.getvalue()))
    assert doc.text.count("Year of Azerbaijan in Russia") == 1


def test_docx_main_part_found_by_its_relationship(tmp_path):
    # The main part is wherever the package relationships point, not always word/document.xml.
    with zipfile.ZipFile(io.BytesIO(make_docx())) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    entries["word/main.xml"] = entries.pop("word/document.xml")
    entries["word/_rels/main.xml.rels"] = entries.pop("word/_rels/document.xml.rels")
    for key in ("_rels/.rels", "[Content_Types].xml"):
        entries[key] = entries[key].replace(b"word/document.xml", b"word/main.xml")
    doc = ingest.read(write(tmp_path, "moved.docx", _zip(entries)))
    assert doc.title == "Sınaq sənədi" and "9 iyun 2002\tAbidə açılıb" in doc.text


def test_docx_whose_main_part_is_not_a_word_document(tmp_path):
    with zipfile.ZipFile(io.BytesIO(make_docx())) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
    bad(write(tmp_path, "sheet.docx", _zip(entries)), contains="not a valid DOCX")
    entries = {k: v for k, v in entries.items() if k != "_rels/.rels"}
    bad(write(tmp_path, "norels.docx", _zip(entries)), contains="not a valid DOCX")


def test_docx_not_a_zip(tmp_path):
    bad(write(tmp_path, "broken.docx", b"this is not a zip archive at all"), contains="not a valid ZIP")
    raw = make_docx()
    bad(write(tmp_path, "cut.docx", raw[: len(raw) // 2]), contains="not a valid ZIP")


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_docx_zip_bomb(tmp_path):
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    bad(write(tmp_path, "bomb.docx", bomb), contains="zip bomb")  # the compression ratio
    bad(write(tmp_path, "bomb2.docx", bomb), contains="zip bomb", max_bytes=2 * 1024 * 1024)  # the total


def test_docx_with_too_many_entries(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        for i in range(10_001):
            z.writestr(f"customXml/item{i}.xml", b"")
    bad(write(tmp_path, "many.docx", buf.getvalue()), contains="entries")


def test_docx_without_text(tmp_path):
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    bad(write(tmp_path, "blank.docx", buf.getvalue()), contains="no text")


def test_other_zip_formats_are_unknown(tmp_path):
    xlsx = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    bad(write(tmp_path, "book.xlsx", xlsx), contains="unknown format")
    bad(write(tmp_path, "book.docx", xlsx), contains="not a DOCX")


def test_ole_files(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    bad(write(tmp_path, "old.doc", ole), contains="unknown format")
    encrypted = ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    bad(write(tmp_path, "locked.docx", encrypted), contains="encrypted")


# --- other bad input -------------------------------------------------------------------------

def test_empty_and_blank(tmp_path):
    bad(write(tmp_path, "empty.txt", b""), contains="empty")
    bad(write(tmp_path, "blank.txt", b"  \n\t\n "), contains="empty")
    bad(write(tmp_path, "invisible.txt", "\u00a0\u2003\u200b\u200c\n".encode()), contains="empty")
    bad(write(tmp_path, "bom_only.txt", b"\xef\xbb\xbf"), contains="empty")


def test_binary(tmp_path):
    bad(write(tmp_path, "picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)), contains="PNG image")
    bad(write(tmp_path, "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64)), contains="JPEG image")
    bad(write(tmp_path, "data.txt", b"text\x00with\x00nul\x00bytes" * 10), contains="binary")
    bad(write(tmp_path, "ctrl.txt", bytes(range(1, 9)) * 20 + b"words"), contains="binary")


def test_unknown_format(tmp_path):
    bad(write(tmp_path, "notes.rtf", b"{\\rtf1\\ansi Hello}"), contains="unknown format")
    bad(write(tmp_path, "table.xlsx", b"plain words, not a spreadsheet"), contains="unknown format")


def test_size_limit(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", (EN + "\n").encode() * 100)
    bad(path, contains="too large", max_bytes=1000)
    assert ingest.read(path, max_bytes=100_000).text.startswith(EN)
    monkeypatch.setenv("BILAT_MAX_BYTES", "1000")
    bad(path, contains="too large")
    with pytest.raises(InputError, match="too large"):
        pipeline.document(path)
    assert pipeline.document(path, max_bytes=100_000).format == "txt"  # the argument wins over the environment
    monkeypatch.setenv("BILAT_MAX_BYTES", "lots")
    with pytest.raises(BilatError, match="BILAT_MAX_BYTES"):
        ingest.read(path)


def test_missing_file_and_folder(tmp_path):
    bad(tmp_path / "nowhere.txt", contains="cannot be read")
    bad(tmp_path, contains="folder")


@pytest.mark.parametrize("name", ["ru_vstrechi_2001_2010.pdf", "az_iran_ortaq_irs.docx"])
def test_damaged_binaries_raise_only_input_error(tmp_path, name):
    """Cut and scrambled copies of a good file: read, or InputError; no library exception escapes."""
    good = (EXAMPLES / name).read_bytes()
    rng = random.Random(name)
    for i in range(12):
        raw = bytearray(good)
        if i % 3 == 0:
            raw = raw[: rng.randrange(1, len(raw))]
        for _ in range(rng.randrange(1, 40)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        path = write(tmp_path, f"{i}_{name}", bytes(raw))
        try:
            ingest.read(path)
        except InputError as e:
            assert e.path == str(path)


# --- the command line ------------------------------------------------------------------------

def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    env.pop("BILAT_MAX_BYTES", None)
    return subprocess.run([sys.executable, "-m", "bilat.cli.main", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_goes_on_after_a_bad_file(tmp_path):
    write(tmp_path, "a_bad.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    write(tmp_path, "b_good.txt", RU.encode("cp1251"))
    write(tmp_path, "c_empty.txt", b"")
    r = run_cli("dates", "-f", "jsonl", "a_bad.png", "b_good.txt", "c_empty.txt", "--max-size", "1", cwd=tmp_path)
    assert r.returncode != 0
    assert '"1997-07-03"' in r.stdout  # the good file after the bad one was read
    lines = r.stderr.splitlines()
    for name, reason in (("a_bad.png", "PNG image"), ("c_empty.txt", "empty file")):
        named = [line for line in lines if name in line]
        assert len(named) == 1, r.stderr
        assert reason in named[0]


def test_cli_max_size(tmp_path):
    write(tmp_path, "long.txt", (EN + "\n").encode() * 2000)
    r = run_cli("dates", "--max-size", "0.01", "long.txt", cwd=tmp_path)
    assert r.returncode != 0
    assert [line for line in r.stderr.splitlines() if "long.txt" in line and "too large" in line]


# --- the examples ----------------------------------------------------------------------------

EXPECTED = {  # file -> (format, encoding)
    "az_rusiya_munasibetleri.txt": ("txt", "utf-8"),
    "ru_kulturnye_svyazi.txt": ("txt", "utf-8"),
    "fa_shahriar_nowruz.txt": ("txt", "utf-8"),
    "en_unesco_shared_heritage.txt": ("txt", "utf-8"),
    "mixed_az_ru_en_nizami.txt": ("txt", "utf-8"),
    "en_diplomatic_relations_20_years.html": ("html", "utf-8"),
    "ru_vstrechi_2001_2010.pdf": ("pdf", None),
    "az_iran_ortaq_irs.docx": ("docx", None),
    "ru_nizami_cp1251.txt": ("txt", "cp1251"),
    "fa_miras_cp1256.txt": ("txt", "cp1256"),
}


def test_examples_are_all_listed():
    assert {p.name for p in EXAMPLES.iterdir()} - {"README.md"} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_example_reads_and_has_dates(name):
    path = EXAMPLES / name
    doc = ingest.read(path)
    assert (doc.format, doc.encoding) == EXPECTED[name]
    assert len(doc.text) > 300
    found = bilat.dates(path)
    assert len({t.edtf for t in found if t.edtf}) >= 4, [t.text for t in found]
    for t in found:  # the offsets point into the document's text
        assert doc.text[t.orig_start:t.orig_end] == t.text


def test_example_metadata():
    html = ingest.read(EXAMPLES / "en_diplomatic_relations_20_years.html")
    assert html.published == "2012-04-04" and html.title.startswith("Azerbaijan and Russia")
    pdf = ingest.read(EXAMPLES / "ru_vstrechi_2001_2010.pdf")
    assert len(pdf.pages) == 2 and pdf.text[pdf.pages[1]:].lstrip().startswith("6 февраля 2004")
    assert ingest.read(EXAMPLES / "az_iran_ortaq_irs.docx").title.startswith("Azərbaycan və İran")


def test_declared_charset_settles_a_close_call():
    from bilat.ingest.encoding import Undecodable, decode

    page_ = "<html><head><meta charset=koi8-r></head><body><p>ЮНЕСКО</p></body></html>"
    assert decode(page_.encode("koi8-r"), markup=True, declared="koi8-r") == (page_, "koi8-r")
    with pytest.raises(Undecodable, match="too little text"):  # undeclared, one capitalised word is a guess
        decode("ЮНЕСКО".encode("koi8-r"))


def test_html_blocks_are_paragraphs(tmp_path):
    page = ("<html><head><title>T</title></head><body><article><h1>Azerbaijani carpets on show in Moscow</h1>"
            "<p>10 November 2022</p><p>An exhibition of Azerbaijani carpets opened yesterday in Moscow. "
            "It will run until January.</p><p>The opening was attended by the ambassador.</p>"
            "<p>Last year a similar exhibition was held in St Petersburg.</p></article></body></html>")
    doc = ingest.read(write(tmp_path, "news.html", page.encode()))
    assert "Moscow\n\n10 November 2022\n\nAn exhibition" in doc.text


def test_html_keeps_the_zero_width_non_joiner(tmp_path):
    # trafilatura drops characters that are not printable; "برنامه‌های" must not become "برنامههای".
    body = ("<p>برنامه‌های زیر در ماه‌های گذشته در موزه ملی ایران برگزار شده است و نقاشی‌های دیواری افراسیاب "
            "در تالار اجتماعات موزه به نمایش درآمد. این نمایشگاه تا پایان تابستان ادامه دارد.</p>")
    html = f"<html><head><title>نمایشگاه‌ها</title></head><body><article>{body * 3}</article></body></html>"
    doc = ingest.read(write(tmp_path, "fa.html", html.encode("utf-8")))
    assert "برنامه\u200cهای" in doc.text and "نقاشی\u200cهای" in doc.text and "برنامههای" not in doc.text
    assert doc.title == "نمایشگاه\u200cها"
