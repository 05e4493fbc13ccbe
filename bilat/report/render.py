"""Writing a built Report as Markdown, HTML, DOCX or PDF (WeasyPrint from the HTML)."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, select_autoescape

from bilat.report import Report, data_uri

FORMATS = ("md", "html", "docx", "pdf")

# Fonts from Debian packages (.ci/run installs them): DejaVu covers ə and Cyrillic; Vazirmatn / Noto
# Naskh Arabic / DejaVu carry Persian.
FONTS = '"DejaVu Sans", "Noto Sans", "Vazirmatn", "Noto Naskh Arabic", sans-serif'

HTML = """<!doctype html>
<html lang="{{ r.lang }}" dir="{{ r.direction }}">
<head><meta charset="utf-8"><title>{{ r.title }}</title>
<style>
body { font-family: {{ fonts }}; max-width: 48em; margin: 2em auto; line-height: 1.5; }
h1 { margin-bottom: 0; } .subtitle { color: #555; margin-top: .2em; }
li { margin: .3em 0; } sup { font-size: .75em; }
table { border-collapse: collapse; font-size: .85em; } td, th { border: 1px solid #999; padding: .2em .5em; }
figure { margin: 1.5em 0; } img { max-width: 100%; } figcaption { color: #555; font-size: .9em; }
</style></head>
<body>
<h1>{{ r.title }}</h1>
<p class="subtitle">{{ r.subtitle }}</p>
{% if not r.sections %}<p>{{ r.words.no_events }}</p>{% endif %}
{% for s in r.sections %}
<h2>{{ s.period }}</h2>
{% for group, entries in s.groups %}
<h3>{{ group }}</h3>
<ul>
{% for e in entries %}<li class="entry" data-event="{{ e.event.id }}" data-date="{{ e.event.date }}">{{ e.sentence }} <sup class="cite">[{{ e.cites | join(', ') }}]</sup></li>
{% endfor %}</ul>
{% endfor %}{% endfor %}
{% if r.chart_png %}<figure><img src="{{ chart }}" alt="{{ r.words.chart }}"><figcaption>{{ r.words.chart }}</figcaption></figure>{% endif %}
{% if r.map_png %}<figure><img src="{{ map }}" alt="{{ r.words.map }}"><figcaption>{{ r.words.map }}</figcaption></figure>{% endif %}
<h2>{{ r.words.references }}</h2>
<ol class="references">{% for n, text in r.references %}<li value="{{ n }}">{{ text }}</li>{% endfor %}</ol>
<h2>{{ r.words.appendix }}</h2>
<table>{% for row in r.counts %}<tr>{% for cell in row %}{% if loop.first or r.counts.index(row) == 0 %}<th>{{ cell }}</th>{% else %}<td>{{ cell }}</td>{% endif %}{% endfor %}</tr>{% endfor %}</table>
</body></html>
"""


def html(r: Report) -> str:
    env = Environment(autoescape=select_autoescape(default=True))  # every string is untrusted text
    return env.from_string(HTML).render(r=r, fonts=FONTS, chart=data_uri(r.chart_png) if r.chart_png else "",
                                        map=data_uri(r.map_png) if r.map_png else "")


def markdown(r: Report, images_dir: Path | None = None, stem: str = "report") -> str:
    def esc(s: str) -> str:
        return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in s)

    lines = [f"# {esc(r.title)}", "", esc(r.subtitle), ""]
    if not r.sections:
        lines += [esc(r.words["no_events"]), ""]
    for s in r.sections:
        lines += [f"## {esc(s.period)}", ""]
        for group, entries in s.groups:
            lines += [f"### {esc(group)}", ""]
            lines += [f"- {esc(e.sentence)} [{', '.join(map(str, e.cites))}]" for e in entries]
            lines.append("")
    if images_dir is not None:
        for png, key, suffix in ((r.chart_png, "chart", "chart"), (r.map_png, "map", "map")):
            if png:
                path = images_dir / f"{stem}-{suffix}.png"
                path.write_bytes(png)
                lines += [f"![{esc(r.words[key])}]({path.name})", ""]
    lines += [f"## {esc(r.words['references'])}", ""]
    lines += [f"{n}. {esc(text)}" for n, text in r.references]
    lines += ["", f"## {esc(r.words['appendix'])}", ""]
    if r.counts:
        lines.append("| " + " | ".join(map(esc, r.counts[0])) + " |")
        lines.append("|" + "---|" * len(r.counts[0]))
        lines += ["| " + " | ".join(map(esc, row)) + " |" for row in r.counts[1:]]
    return "\n".join(lines) + "\n"


def docx(r: Report, path: Path):
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Inches

    d = Document()
    rtl = r.direction == "rtl"

    def para(text, style=None):
        p = d.add_paragraph(text, style=style)
        if rtl:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.element.get_or_add_pPr().append(p.paragraph_format.element.makeelement(qn("w:bidi"), {}))
            for run in p.runs:
                run.font.rtl = True
        return p

    d.add_heading(r.title, 0)
    para(r.subtitle)
    if not r.sections:
        para(r.words["no_events"])
    for s in r.sections:
        d.add_heading(s.period, 1)
        for group, entries in s.groups:
            d.add_heading(group, 2)
            for e in entries:
                para(f"{e.sentence} [{', '.join(map(str, e.cites))}]", "List Bullet")
    for png, key in ((r.chart_png, "chart"), (r.map_png, "map")):
        if png:
            d.add_picture(io.BytesIO(png), width=Inches(6))
            para(r.words[key])
    d.add_heading(r.words["references"], 1)
    for n, text in r.references:
        para(f"[{n}] {text}")
    d.add_heading(r.words["appendix"], 1)
    if r.counts:
        t = d.add_table(rows=len(r.counts), cols=len(r.counts[0]))
        t.style = "Table Grid"
        for i, row in enumerate(r.counts):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))


def pdf(r: Report, path: Path):
    from weasyprint import HTML as WeasyHTML

    WeasyHTML(string=html(r)).write_pdf(str(path))


def write(r: Report, fmt: str, path: Path):
    path = Path(path)
    if fmt == "md":
        path.write_text(markdown(r, path.parent, path.stem), encoding="utf-8")
    elif fmt == "html":
        path.write_text(html(r), encoding="utf-8")
    elif fmt == "docx":
        docx(r, path)
    elif fmt == "pdf":
        pdf(r, path)
    else:
        raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")
