"""The chronology report in every language and format, read back by a parser of that format."""
import hashlib
import re
from html.parser import HTMLParser

import pytest

from bilat.records import Document, Event, Source
from bilat.report import build
from bilat.report.dates import DateWriter, ordinal_suffix
from bilat.report.render import write
from bilat.store import Store
from bilat.use import Corpus

TEXT = ("1995-ci il iyunun 6-da Bakıda saziş imzalandı. 1997-ci ilin aprel ayında mədəniyyət günləri keçirildi. "
        "2011-ci ildən etibarən forum keçirilir. <script>alert(1)</script>")
EXPECTED = {  # each date as the language writes it
    "az": ["1995-ci il 6 iyun", "1997-ci il, aprel", "2011-ci il"],
    "ru": ["6 июня 1995 г.", "в апреле 1997 г.", "2011 г."],
    "en": ["6 June 1995", "April 1997", "2011"],
    "fa": ["۶ ژوئن ۱۹۹۵ (۱۶ خرداد ۱۳۷۴)", "آوریل ۱۹۹۷", "۲۰۱۱"],
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "r.db"
    store = Store(str(db))
    doc = Document(path="/c/az.txt", name="az.txt", sha256=hashlib.sha256(TEXT.encode()).hexdigest(), format="txt",
                   encoding="utf_8", text=TEXT, title="Mədəni əlaqələr")
    pdf_text = "Page one.\fOn 6 May 2013 a concert was held in Moscow."
    pdf = Document(path="/c/en.pdf", name="en.pdf", sha256=hashlib.sha256(pdf_text.encode()).hexdigest(),
                   format="pdf", encoding=None, text=pdf_text, title="Concerts", pages=[0, 10])
    store.save(doc, [
        Event(id="ev_a", type="agreement", date="1995-06-06", title="Agreement <b>signed</b>",
              places=[{"name": "Baku", "lat": 40.38, "lon": 49.89, "country": "AZ"}], countries=["AZ", "RU"],
              sources=[Source("az.txt", 0, 47, "az", TEXT[:47])], name="Mədəni əməkdaşlıq haqqında"),
        Event(id="ev_b", type="culture_days", date="1997-04", title="Culture days", countries=["AZ", "RU"],
              sources=[Source("az.txt", 48, 103, "az", TEXT[48:103])]),
        Event(id="ev_c", type="forum", date="2011", title="Forum", countries=["AZ", "RU"],
              sources=[Source("az.txt", 104, 143, "az", TEXT[104:143])]),
    ], [])
    store.save(pdf, [Event(id="ev_d", type="performance", date="2013-05-06", title="Concert",
                           places=[{"name": "Moscow", "lat": 55.75, "lon": 37.62, "country": "RU"}], countries=["RU"],
                           sources=[Source("en.pdf", 10, len(pdf_text), "en", pdf_text[10:])])], [])
    return Corpus(store=store)


def test_ordinal_suffix_follows_vowel_harmony():
    from bilat import lang
    rules = lang.load("az")["report"]["ordinal"]
    assert [ordinal_suffix(n, rules) for n in (1995, 1989, 1993, 1996, 1990, 2010, 1900, 2000, 2020)] == \
        ["ci", "cu", "cü", "cı", "cı", "cu", "cü", "ci", "ci"]


@pytest.mark.parametrize("lang,edtf,written", [
    ("az", "199X", "1990-cı illər"), ("ru", "1997-04", "в апреле 1997 г."), ("en", "2007-04-16/2007-04-18", "16–18 April 2007"),
    ("az", "2004/2006", "2004–2006-cı illər"), ("ru", "2011/..", "с 2011 г."), ("en", "XXXX-03-05", "5 March (year not given)"),
    ("fa", "1995-06-06", "۶ ژوئن ۱۹۹۵ (۱۶ خرداد ۱۳۷۴)"),
    # EDTF's qualifiers: approximate, uncertain.
    ("ru", "1990~", "около 1990 г."), ("az", "1990~", "təxminən 1990-cı il"), ("en", "2001-05-12~", "circa 12 May 2001"),
    ("fa", "1990~", "حدود ۱۹۹۰"), ("en", "1989-10?", "October 1989 (?)"),
])
def test_dates_written_per_language(lang, edtf, written):
    assert DateWriter(lang).write(edtf) == written


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.entries, self.dir, self.scripts, self._in = [], None, 0, False
        self.chunks = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.dir = a.get("dir")
        if tag == "script":
            self.scripts += 1
        if tag == "li" and a.get("class") == "entry":
            self._in = True
            self.entries.append([a["data-event"], ""])

    def handle_endtag(self, tag):
        if tag == "li":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.entries[-1][1] += data


@pytest.mark.parametrize("lang", ["az", "ru", "en", "fa"])
def test_html(corpus, tmp_path, lang):
    out = tmp_path / f"r.{lang}.html"
    write(build(corpus, lang), "html", out)
    p = _Text()
    p.feed(out.read_text(encoding="utf-8"))
    assert p.scripts == 0  # untrusted text stays text
    assert p.dir == ("rtl" if lang == "fa" else "ltr")
    ids = [e for e, _ in p.entries]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 4  # every event once
    for date in EXPECTED[lang]:
        assert any(date in text for _, text in p.entries), date
    assert all(re.search(r"\[\d+(, \d+)*\]", text) for _, text in p.entries)  # each with its citation


@pytest.mark.parametrize("lang", ["az", "ru", "en", "fa"])
def test_markdown_and_docx(corpus, tmp_path, lang):
    from docx import Document as Docx

    r = build(corpus, lang)
    write(r, "md", tmp_path / "r.md")
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert all(d in md for d in EXPECTED[lang]) and (tmp_path / "r-chart.png").exists()
    write(r, "docx", tmp_path / "r.docx")
    text = "\n".join(p.text for p in Docx(str(tmp_path / "r.docx")).paragraphs)
    for d in EXPECTED[lang]:
        assert d in text
    assert len(re.findall(r"\[\d+\]$", text, re.M)) >= 4
    assert "en.pdf" in text and re.search(r"\b2\b", text)  # the PDF source cited with its page


@pytest.mark.parametrize("lang", ["az", "en", "ru", "fa"])
def test_pdf(corpus, tmp_path, lang):
    pytest.importorskip("weasyprint")
    from bilat.ingest import pdf

    write(build(corpus, lang), "pdf", tmp_path / "r.pdf")
    text = " ".join(pdf.extract((tmp_path / "r.pdf").read_bytes(), "r.pdf")[0].split())
    if lang == "fa":
        assert "۱۹۹۵" in text or "1995" in text  # right-to-left text extracts in visual order
    else:
        for d in EXPECTED[lang]:
            assert " ".join(d.split()) in text, d


def test_filters_and_periods(corpus):
    r = build(corpus, "en", date_from="1996", periods=[(1991, 2000), (2001, 2020)])
    assert [s.period for s in r.sections] == ["1991–2000", "2001–2020"]
    assert sum(len(e) for s in r.sections for _, e in s.groups) == 3
    r = build(corpus, "en", countries=["AZ", "RU"])
    assert sum(len(e) for s in r.sections for _, e in s.groups) == 3
