"""Build the binary and legacy-encoded examples from their UTF-8 sources in scripts/examples_src/.

    .venv/bin/python scripts/make_examples.py

Writes (and the repository keeps, so nothing is generated at run time):
  examples/ru_vstrechi_2001_2010.pdf   two pages, DejaVu Sans embedded (fpdf2)
  examples/az_iran_ortaq_irs.docx      heading, paragraphs and a table (python-docx)
  examples/ru_nizami_cp1251.txt        Russian in Windows-1251
  examples/fa_miras_cp1256.txt         Persian in Windows-1256

The output is reproducible: fixed dates in the PDF and DOCX metadata and in the DOCX's ZIP entries.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "scripts" / "examples_src"
OUT = ROOT / "examples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian: fonts-dejavu-core
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

# Windows-1256 has neither the Persian yeh nor the hamza above: legacy Persian text used the
# Arabic yeh and left the hamza out, and so does this example.
CP1256_SUBSTITUTES = {"ی": "ي", "ٔ": ""}


def legacy(src: str, out: str, encoding: str, substitutes: dict[str, str] | None = None) -> None:
    text = (SRC / src).read_text(encoding="utf-8")
    for a, b in (substitutes or {}).items():
        text = text.replace(a, b)
    (OUT / out).write_bytes(text.encode(encoding))  # strict: a character the encoding lacks is an error


def pdf(src: str, out: str) -> None:
    from fpdf import FPDF

    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if not regular.exists():
        sys.exit(f"{regular} not found: apt-get install fonts-dejavu-core")
    text = (SRC / src).read_text(encoding="utf-8")
    title = text.splitlines()[0].strip()
    doc = FPDF(format="A4")
    doc.set_creation_date(FIXED)
    doc.set_title(title)
    doc.set_lang("ru")
    doc.set_creator("bilat scripts/make_examples.py")
    doc.add_font("DejaVu", "", str(regular))
    doc.add_font("DejaVu", "B", str(bold))
    for n, page in enumerate(text.split("---page---")):
        doc.add_page()
        paragraphs = [p.strip() for p in page.strip().split("\n\n") if p.strip()]
        for i, para in enumerate(paragraphs):
            heading = n == 0 and i == 0
            doc.set_font("DejaVu", "B" if heading else "", 15 if heading else 11)
            # Left-aligned: justified text puts double spaces between words.
            doc.multi_cell(0, 7 if heading else 5, " ".join(para.split()), align="L", new_x="LMARGIN", new_y="NEXT")
            doc.ln(4)
    (OUT / out).write_bytes(bytes(doc.output()))


def docx(src: str, out: str) -> None:
    import docx as python_docx

    lines = (SRC / src).read_text(encoding="utf-8").splitlines()
    d = python_docx.Document()
    props = d.core_properties
    props.author = props.last_modified_by = "bilat"
    props.created = props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1
    rows: list[list[str]] = []

    def flush_table():
        if not rows:
            return
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
        rows.clear()

    for line in lines:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("# "):
            props.title = line[2:].strip()
            d.add_heading(line[2:].strip(), level=0)
        elif line.strip():
            d.add_paragraph(line.strip())
    flush_table()
    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps every ZIP entry with the current time; rewrite them with a fixed one.
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT / out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, zin.read(info.filename))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    legacy("ru_nizami_peterburg.txt", "ru_nizami_cp1251.txt", "cp1251")
    legacy("fa_miras_tabriz.txt", "fa_miras_cp1256.txt", "cp1256", CP1256_SUBSTITUTES)
    pdf("ru_vstrechi_2001_2010.txt", "ru_vstrechi_2001_2010.pdf")
    docx("az_iran_ortaq_irs.txt", "az_iran_ortaq_irs.docx")
    for name in ("ru_nizami_cp1251.txt", "fa_miras_cp1256.txt", "ru_vstrechi_2001_2010.pdf", "az_iran_ortaq_irs.docx"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
