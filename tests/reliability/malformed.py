"""1,000 malformed files, made deterministically (seeded): what a folder of "documents" can hold.

    make(folder) -> {kind: [paths]}

Kinds: truncated PDFs, DOCX zip bombs, invalid UTF-8, a 100 MB single line,
deeply nested HTML, binary junk, empty files, damaged DOCX. No file holds a
readable document: the ingest must reject every one, saying why.
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

MB = 1024 * 1024
COUNTS = {"truncated_pdf": 150, "zip_bomb": 100, "invalid_utf8": 200, "huge_line": 1, "nested_html": 100,
          "binary_junk": 200, "empty": 150, "damaged_docx": 99}
assert sum(COUNTS.values()) == 1000

RU = ("12 марта 2005 года в Баку открылась выставка азербайджанских ковров. Министр культуры "
      "подписал соглашение о сотрудничестве в области образования и науки. ")
AZ = "2004-cü il fevralın 6-da Moskvada mədəniyyət sahəsində əməkdaşlıq haqqında saziş imzalandı. "
EN = "On 6 February 2004 the ministers signed an agreement on cultural cooperation in Moscow. "


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(False)  # the text in plain sight: cuts land inside the content stream
    for _ in range(3):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for _ in range(12):
            pdf.multi_cell(0, 6, EN, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>',
}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: str | None, extra: dict | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in DOCX_PARTS.items():
            z.writestr(name, data)
        if document_xml is not None:
            z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def _bomb_one_entry(size: int) -> bytes:
    """A DOCX whose word/document.xml expands to `size` bytes (text runs of spaces: ~1000 to 1)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in DOCX_PARTS.items():
            z.writestr(name, data)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
            block = b" " * MB
            for _ in range(size // MB):
                f.write(block)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def _bomb_many_parts(n: int, size: int) -> bytes:
    """A DOCX of many parts that each expand moderately, together far over any budget."""
    buf = io.BytesIO()
    body = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>'
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in DOCX_PARTS.items():
            z.writestr(name, data)
        z.writestr("word/document.xml", body)
        for i in range(n):
            z.writestr(f"word/media/part{i:05d}.xml", b"<a>" + b"0" * size + b"</a>")
    return buf.getvalue()


def _bomb_entries(n: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in DOCX_PARTS.items():
            z.writestr(name, data)
        z.writestr("word/document.xml", f"<w:document {W}/>")
        for i in range(n):
            z.writestr(f"customXml/item{i}.xml", b"")
    return buf.getvalue()


def _invalid_utf8(rnd: random.Random) -> bytes:
    """UTF-8 text (az/ru) broken by bytes no UTF-8 has, or by a second encoding spliced in."""
    text = "".join(rnd.choice([RU, AZ]) for _ in range(rnd.randint(2, 12)))
    raw = bytearray(text.encode("utf-8"))
    how = rnd.randrange(4)
    if how == 0:  # stray bytes: continuation bytes alone, 0xff/0xfe, overlong forms, encoded surrogates
        for _ in range(rnd.randint(1, 20)):
            pos = rnd.randrange(len(raw))
            raw[pos:pos] = rnd.choice([b"\xff", b"\xfe", b"\x80", b"\xbf\xbf", b"\xc0\xaf", b"\xed\xa0\x80",
                                       b"\xf8\x88\x80\x80\x80", b"\xc3\x28", b"\xe2\x28\xa1"])
    elif how == 1:  # every multibyte character cut in half
        raw = bytearray(b"".join(ch.encode("utf-8")[:1] if ord(ch) > 127 else ch.encode() for ch in text))
    elif how == 2:  # UTF-8 and cp1251 halves in one file
        half = len(text) // 2
        raw = bytearray(text[:half].encode("utf-8") + RU.encode("cp1251") * rnd.randint(1, 4) + text[half:].encode("utf-8"))
    else:  # shuffled bytes of the UTF-8 text
        b = list(raw)
        rnd.shuffle(b)
        raw = bytearray(b)
    return bytes(raw)


def _nested_html(rnd: random.Random) -> bytes:
    depth = rnd.choice([1_000, 5_000, 20_000, 100_000, 300_000])
    tag = rnd.choice(["div", "span", "b", "table", "ul", "blockquote"])
    close = rnd.random() < 0.5
    head = "<!DOCTYPE html><html><head><title></title></head><body>"
    if tag == "table":
        opening, closing = "<table><tr><td>" * depth, "</td></tr></table>" * depth if close else ""
    else:
        opening, closing = f"<{tag}>" * depth, f"</{tag}>" * depth if close else ""
    middle = rnd.choice(["", "<script>var x = 1;</script>", "<!-- -->", "<img src=x>"])
    return (head + opening + middle + closing + "</body></html>").encode()


def _junk(rnd: random.Random) -> tuple[bytes, str]:
    n = rnd.choice([64, 512, 4096, 65536])
    data = bytes(rnd.getrandbits(8) for _ in range(n))
    if data.count(0) == 0:  # binary files hold NULs; random 64 bytes may by chance not
        data = data[:-1] + b"\x00"
    prefix = rnd.choice([b"", b"", b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\x7fELF",
                         b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"{\\rtf1"])
    ext = rnd.choice([".txt", ".html", ".pdf", ".docx", ".md", ".bin", "", ".htm", ".csv"])
    return prefix + data, ext


def _empty(rnd: random.Random, i: int, blank_pdf: bytes, blank_docx: bytes) -> tuple[bytes, str]:
    choices = [
        (b"", ".txt"), (b"", ".pdf"), (b"", ".docx"), (b"", ".html"), (b"", ""),
        (b" \n\t\r\n  \n", ".txt"), (b"\xef\xbb\xbf", ".txt"), (b"\xef\xbb\xbf   \n", ".txt"),
        (b"\xff\xfe", ".txt"), ("\u00a0\u2003\u200b\n".encode(), ".txt"), (b"\n" * 10_000, ".txt"),
        (b"<html><head></head><body></body></html>", ".html"), (b"<!DOCTYPE html><html></html>", ".htm"),
        (b"<html><body><script>alert(1)</script><style>p{}</style></body></html>", ".html"),
        (blank_pdf, ".pdf"), (blank_docx, ".docx"),
    ]
    return choices[i % len(choices)]


def make(folder: Path, seed: int = 1000) -> dict[str, list[Path]]:
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[Path]] = {k: [] for k in COUNTS}

    def put(kind: str, name: str, data: bytes):
        p = folder / kind / name
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(data)
        out[kind].append(p)

    pdf = _pdf()
    first_stream_end = pdf.index(b"endstream")
    for i in range(COUNTS["truncated_pdf"]):
        if i % 3 == 2:  # cut inside the first page's content, then a forged %%EOF: "whole" but damaged
            cut = rnd.randint(20, first_stream_end - 1)
            put("truncated_pdf", f"t{i:03d}.pdf", pdf[:cut] + b"\n%%EOF\n")
        else:  # cut anywhere before the end
            put("truncated_pdf", f"t{i:03d}.pdf", pdf[:rnd.randint(0 if i == 0 else 1, len(pdf) - 7)])
    bombs = [_bomb_one_entry(256 * MB), _bomb_many_parts(300, 2 * MB), _bomb_entries(10_050)]
    for i in range(COUNTS["zip_bomb"]):
        put("zip_bomb", f"b{i:03d}.docx", bombs[i % len(bombs)])
    for i in range(COUNTS["invalid_utf8"]):
        put("invalid_utf8", f"u{i:03d}.txt", _invalid_utf8(rnd))
    line = (EN.replace(". ", ", ") * (100 * MB // len(EN) + 1)).encode()[:100 * MB]
    put("huge_line", "line.txt", line)
    for i in range(COUNTS["nested_html"]):
        put("nested_html", f"n{i:03d}.html", _nested_html(rnd))
    for i in range(COUNTS["binary_junk"]):
        data, ext = _junk(rnd)
        put("binary_junk", f"j{i:03d}{ext}", data)
    from fpdf import FPDF

    blank = FPDF()
    blank.add_page()
    blank_pdf = bytes(blank.output())
    blank_docx = _docx(f'<?xml version="1.0"?><w:document {W}><w:body><w:p/></w:body></w:document>')
    for i in range(COUNTS["empty"]):
        data, ext = _empty(rnd, i, blank_pdf, blank_docx)
        put("empty", f"e{i:03d}{ext}", data)
    damaged = [
        lambda: _docx(f"<w:document {W}><w:body><w:p><w:r><w:t>{EN}"),  # XML cut short
        lambda: _docx("not xml at all \x01\x02"),
        lambda: _docx(None),  # no word/document.xml
        lambda: _docx(f"<w:document {W}><w:body>" + "<w:p>" * 50_000 + "</w:body></w:document>"),
        lambda: _docx(f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "{"x" * 1000}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                      f'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                      f'<w:document {W}><w:body><w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>'),
        lambda: _docx(f"<w:document {W}><w:body><w:p><w:r><w:t>{EN}</w:t></w:r></w:p></w:body></w:document>")[:-40],
    ]
    for i in range(COUNTS["damaged_docx"]):
        put("damaged_docx", f"d{i:03d}.docx", damaged[i % len(damaged)]())
    assert sum(map(len, out.values())) == 1000
    return out
