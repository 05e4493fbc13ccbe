"""`bilat report`: a cited chronology in az, ru, en or fa, as Markdown, HTML, DOCX or PDF.

Entries are grouped by period (decades, or the periods asked for) and by the
form of relations, each one sentence from the language's `[report]`
templates, with numbered citations to the documents (and the page, for a
PDF source), a references list, a table of counts and a chart and a map.
"""
from __future__ import annotations

import base64
import io
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Iterable

from babel import Locale

from bilat import lang as langdata
from bilat.report.dates import DateWriter

# The forms of relations a chronology is organised by (cf. the dev article's "two characteristic forms").
GROUPS = OrderedDict([
    ("associations", {"founding"}),
    ("official", {"visit", "meeting", "decree"}),
    ("agreements", {"agreement"}),
    ("culture", {"culture_days", "culture_year", "festival", "exhibition", "performance", "monument", "forum",
                 "ceremony", "media", "education", "other"}),
])


@dataclass
class Entry:
    event: dict
    date: str
    sentence: str
    cites: list[int]


@dataclass
class Section:
    period: str
    groups: list[tuple[str, list[Entry]]]


@dataclass
class Report:
    lang: str
    title: str
    subtitle: str
    direction: str
    sections: list[Section]
    references: list[tuple[int, str]]
    counts: list[list[str]]  # header row first
    chart_png: bytes | None = None
    map_png: bytes | None = None
    words: dict = field(default_factory=dict)


def _period_of(year: int, periods: list[tuple[int, int]] | None) -> tuple[int, int] | None:
    if periods:
        return next(((a, b) for a, b in periods if a <= year <= b), None)
    return (year // 10 * 10, year // 10 * 10 + 9)


def _period_label(p: tuple[int, int], writer: DateWriter, decades: bool) -> str:
    if decades:
        return writer.write(f"{p[0] // 10:03d}X")
    return writer.write(f"{p[0]:04d}/{p[1]:04d}")


def _country(code: str, lang: str) -> str:
    try:
        return Locale.parse(lang).territories.get(code, code)
    except Exception:
        return code


class Names:
    """Names in the report's language: CLDR for countries, the entity's own written names for the rest."""

    def __init__(self, corpus, lang: str):
        self.lang = lang
        self.written: dict[tuple[str, str], str] = {}
        try:
            from bilat.entities.link import localized  # the lexicons' forms per language, where known
        except ImportError:
            localized = None
        self.localized = localized
        for e in corpus.entities():
            forms = Counter(n["written"] for n in e["names"] if n["language"] == lang)
            if forms:
                # The shortest frequent form: inflected forms (Bakıda, Москве) are longer than the base.
                top = max(forms.values())
                self.written[(e["kind"], e["name"])] = min((w for w, c in forms.items() if c == top), key=len)

    def __call__(self, kind: str, name: str) -> str:
        if kind == "country":
            return _country(name, self.lang)
        if self.localized is not None:
            try:
                found = self.localized(name, kind, self.lang)
                if found:
                    return found
            except Exception:
                pass
        if self.lang == "en":
            return name
        return self.written.get((kind, name), name)


def build(corpus, lang: str = "en", *, date_from=None, date_to=None, countries: Iterable[str] = (),
          types: Iterable[str] | None = None, periods: list[tuple[int, int]] | None = None,
          figures: bool = True) -> Report:
    data = langdata.load(lang)["report"]
    writer = DateWriter(lang)
    names = Names(corpus, lang)
    evs = corpus.events(date_from=date_from, date_to=date_to, type=list(types) if types else None)
    wanted = {c.upper() for c in countries}
    evs = [e for e in evs if e.get("date") and e["date"][:4].isdigit() and wanted <= set(e["countries"])]
    refs: OrderedDict[tuple, int] = OrderedDict()
    ref_text: dict[int, str] = {}
    pages_cache: dict[int, list[int] | None] = {}
    by_period: OrderedDict = OrderedDict()
    counts: Counter = Counter()
    sent = data["sentence"]
    for e in evs:
        year = int(e["date"][:4])
        p = _period_of(year, periods)
        if p is None:
            continue
        cites = []
        for s in e["sources"]:
            if s["document_id"] not in pages_cache:
                doc = corpus.document_text(s["document_id"])
                pages_cache[s["document_id"]] = (doc or {}).get("pages")
                ref_title = (doc or {}).get("title") or s["document"]
                pages_cache[("title", s["document_id"])] = ref_title
            pages = pages_cache[s["document_id"]]
            page = sum(1 for start in pages if start <= s["start"]) if pages else None
            key = (s["document_id"], page)
            if key not in refs:
                refs[key] = len(refs) + 1
                title = pages_cache[("title", s["document_id"])]
                text = title if title == s["document"] else f"{title} ({s['document']})"
                ref_text[refs[key]] = text + (f", {data['page']} {page}" if page else "")
            if refs[key] not in cites:
                cites.append(refs[key])
        label = data["types"].get(e["type"], e["type"])
        name = sent["name"].format(name=e["name"]) if e.get("name") else ""
        quote = (e.get("name") or "")
        place = sent["place"].format(place=", ".join(names("place", x["name"]) for x in e["places"][:3])) if e["places"] else ""
        people = sent["people"].format(people=", ".join(names("person", x["name"]) for x in e["participants"][:4])) if e["participants"] else ""
        date = writer.write(e["date"])
        sentence = sent["text"].format(date=date, label=label, name=name if quote else "", place=place, people=people)
        group = next(g for g, ts in GROUPS.items() if e["type"] in ts or g == "culture")
        by_period.setdefault(p, OrderedDict((g, []) for g in GROUPS))[group].append(Entry(e, date, sentence, cites))
        counts[(p, e["type"])] += 1
    decades = periods is None
    sections = [Section(_period_label(p, writer, decades),
                        [(data["groups"][g], entries) for g, entries in groups.items() if entries])
                for p, groups in sorted(by_period.items())]
    types_used = sorted({t for _, t in counts})
    table = [[data["period"], *[data["types"].get(t, t) for t in types_used], data["total"]]]
    for p in sorted(by_period):
        row = [counts.get((p, t), 0) for t in types_used]
        table.append([_period_label(p, writer, decades), *map(str, row), str(sum(row))])
    n_docs = len({k[0] for k in refs})
    if data.get("digits") == "persian":
        digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
        table = [[c.translate(digits) for c in row] for row in table]
        n_docs = str(n_docs).translate(digits)
    report = Report(lang=lang, title=data["title"], subtitle=data["subtitle"].format(n=n_docs),
                    direction=data.get("direction", "ltr"), sections=sections,
                    references=[(n, ref_text[n]) for n in refs.values()], counts=table, words=data)
    if figures and evs:
        from bilat.report.figures import chart_png, map_png

        report.chart_png = chart_png(evs)
        report.map_png = map_png(evs)
    return report


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()
