"""ingest: a file (or a string) -> Document (DESIGN.md, "Data flow").

Formats: plain text in any common encoding (see `encoding`), HTML (trafilatura:
main text, title, published date), PDF (pypdf, page offsets) and DOCX
(python-docx, paragraphs and tables). The format is told by the file's first
bytes, then by its extension. Every way a file can be unreadable ends in one
`InputError(path, reason)`; no library exception escapes for a bad file.

Memory stays bounded: the size is checked before reading (default 50 MB,
`max_bytes=` or the environment variable BILAT_MAX_BYTES), and a DOCX's
uncompressed size before unpacking it.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from bilat.records import BilatError, Document, InputError

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MB
ENV_MAX_BYTES = "BILAT_MAX_BYTES"

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# Formats people will try that bilat does not read: named in the error instead of read as text.
UNSUPPORTED_SUFFIXES = {".doc": "a Word 97-2003 .doc file", ".rtf": "an RTF file", ".odt": "an OpenDocument text",
                        ".xls": "a spreadsheet", ".xlsx": "a spreadsheet", ".ods": "a spreadsheet",
                        ".ppt": "a presentation", ".pptx": "a presentation", ".odp": "a presentation",
                        ".epub": "an EPUB book", ".zip": "a ZIP archive", ".djvu": "a DjVu file"}

# File signatures ("magic bytes"). Written out by hand rather than taken from python-magic or
# filetype: libmagic is a system library we cannot count on, and bilat only needs to tell its
# four formats from the handful of binary files people drop into a folder of documents.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"), (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"AT&TFORM", "a DjVu file"), (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"), (b"fLaC", "a FLAC file"),
)


def max_bytes_default() -> int:
    """The size limit: BILAT_MAX_BYTES (bytes) when set, else 50 MB."""
    value = os.environ.get(ENV_MAX_BYTES, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(float(value))
    except ValueError:
        raise BilatError(f"{ENV_MAX_BYTES}={value!r}: not a number of bytes") from None
    if limit <= 0:
        raise BilatError(f"{ENV_MAX_BYTES}={value!r}: must be positive")
    return limit


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n} bytes"


def from_text(text: str, *, published: str | None = None, name: str = "<text>") -> Document:
    """A Document for text already in memory."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=name, name=name, sha256=sha, format="txt", encoding="utf-8", text=text,
                    published=published)


def read(path, *, published: str | None = None, max_bytes: int | None = None) -> Document:
    """Read a txt, html, pdf or docx file; raises InputError naming the file and the reason.

    `published` (YYYY-MM-DD), when given, wins over the date an HTML page declares.
    """
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    p = Path(path)
    raw = _read_bytes(p, str(path), limit)
    try:
        doc = _document(raw, p, str(path), limit)
    except (BilatError, MemoryError):
        raise
    except Exception as e:
        # The readers turn what they know of into reasons; anything else a library raises on a
        # bad file must still end as this file's InputError, not stop a run over a folder.
        raise InputError(str(path), f"cannot be read ({type(e).__name__}: {e})") from e
    if published is not None:
        doc.published = published
    return doc


def _document(raw: bytes, p: Path, name: str, limit: int) -> Document:
    fmt = sniff(raw, p.suffix.lower(), name)
    doc = Document(path=name, name=p.name, sha256=hashlib.sha256(raw).hexdigest(), format=fmt,
                   encoding=None, text="")
    if fmt == "pdf":
        from bilat.ingest.pdf import extract

        doc.text, doc.pages, doc.title = extract(raw, name)
    elif fmt == "docx":
        from bilat.ingest.wordfile import extract

        doc.text, doc.title = extract(raw, name, limit)
    else:
        doc.format, doc.text, doc.encoding, doc.title, doc.published = _text_or_html(raw, fmt, name)
    return doc


def _read_bytes(p: Path, name: str, limit: int) -> bytes:
    try:
        st = p.stat()
    except (OSError, ValueError) as e:  # ValueError: a NUL in the path
        raise InputError(name, f"cannot be read ({getattr(e, 'strerror', None) or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "not a regular file")
    if st.st_size > limit:
        raise InputError(name, f"too large ({_mb(st.st_size)}; the limit is {_mb(limit)}: "
                               f"--max-size or {ENV_MAX_BYTES})")
    try:
        with p.open("rb") as f:
            raw = f.read(limit + 1)  # never more than the limit, even if the file grew since stat()
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    if len(raw) > limit:
        raise InputError(name, f"too large (over {_mb(limit)}: --max-size or {ENV_MAX_BYTES})")
    if not raw:
        raise InputError(name, "empty file")
    return raw


def sniff(raw: bytes, suffix: str, name: str) -> str:
    """txt | html | pdf | docx, from the first bytes first and the extension second."""
    # The PDF header may follow up to 1 KB of junk (PDF 32000-1, annex H), so look that far.
    if raw.startswith(b"%PDF-") or b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        return _zip_kind(raw, suffix, name)
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # An OLE2 compound file: Word 97-2003, or an OOXML file encrypted with a password
        # (Office stores those as OLE with an "EncryptedPackage" stream).
        if "EncryptedPackage".encode("utf-16-le") in raw:
            raise InputError(name, "encrypted (password-protected) Office document: save it without a password")
        raise InputError(name, "unknown format: a Word 97-2003 / OLE file (.doc, .xls); save it as DOCX")
    if raw.startswith(b"{\\rtf"):
        raise InputError(name, "unknown format: RTF; save it as DOCX or plain text")
    for magic, what in _BINARY_MAGIC:
        if raw.startswith(magic):
            raise InputError(name, f"binary file ({what}), not a document")
    if raw[:4] == b"RIFF" and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise InputError(name, f"binary file (a {raw[8:12].decode().strip()} file), not a document")
    if raw[4:8] == b"ftyp":
        raise InputError(name, "binary file (an MP4/MOV/HEIC file), not a document")
    # No signature: the extension decides, else it is text (html when it looks like a page).
    if suffix == ".pdf":
        raise InputError(name, "not a PDF (no %PDF- header): damaged, or a different format renamed")
    if suffix == ".docx":
        raise InputError(name, "DOCX that is not a valid ZIP archive (damaged or truncated)")
    if suffix in UNSUPPORTED_SUFFIXES:
        raise InputError(name, f"unknown format: {UNSUPPORTED_SUFFIXES[suffix]} (bilat reads txt, html, pdf, docx)")
    return "html" if suffix in HTML_SUFFIXES else "txt"  # txt may still turn out to be html: _text_or_html


def _zip_kind(raw: bytes, suffix: str, name: str) -> str:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        if suffix == ".docx":
            raise InputError(name, "DOCX that is not a valid ZIP archive (damaged or truncated)") from None
        raise InputError(name, "unknown format: a damaged ZIP archive") from None
    if "word/document.xml" in names or (  # a Word package may name its main part otherwise (word/main.xml)
            "[Content_Types].xml" in names and any(n.startswith("word/") and n.endswith(".xml") for n in names)):
        return "docx"
    if "mimetype" in names and any(n.startswith("META-INF/") for n in names):
        what = "an OpenDocument or EPUB file"
    elif "xl/workbook.xml" in names:
        what = "an Excel workbook"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation"
    else:
        what = "a ZIP archive"
    if suffix == ".docx":
        raise InputError(name, f"not a DOCX: {what} without word/document.xml")
    raise InputError(name, f"unknown format: {what} (bilat reads txt, html, pdf, docx)")


def _looks_like_html(text: str) -> bool:
    """Whether a file without an .html extension is a saved web page: it opens with a doctype or
    an <html>/<head>/<body> tag. By hand (the HTML standard's sniffing, cut down): trafilatura
    would extract from any text and cannot tell a page from a text that merely contains "<"."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<!doctype html"):
        return True
    if not head.startswith("<"):
        return False
    import re

    return re.search(r"<(html|head|body)[\s>]", head) is not None


def _text_or_html(raw: bytes, fmt: str, name: str):
    """(format, text, encoding, title, published) of a text file or an HTML page."""
    from bilat.ingest.encoding import Undecodable, blank, decode

    # Before decoding, the head is looked at as Latin-1: enough to see ASCII markup in any
    # ASCII-compatible encoding (UTF-16 pages carry a byte-order mark and need no guessing).
    markup = fmt == "html" or _looks_like_html(raw[:2048].decode("latin-1"))
    declared = _declared_charset(raw) if markup else None
    try:
        text, enc = decode(raw, markup=markup, declared=declared)
    except Undecodable as e:
        raise InputError(name, str(e)) from None
    if fmt == "txt" and _looks_like_html(text):
        fmt = "html"
    if fmt == "html":
        from bilat.ingest.htmlpage import extract

        body, title, date = extract(text, name)
        return "html", body, enc, title, date
    if blank(text):
        raise InputError(name, "empty file (only whitespace)")
    return "txt", text, enc, None, None


def _declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first 1024 bytes (<meta charset>, http-equiv, <?xml encoding>).

    By hand because neither charset-normalizer nor trafilatura reports it, and the HTML standard's
    prescan looks exactly there; the declaration is only trusted if it decodes the page as prose.
    """
    import re

    head = raw[:1024]
    m = re.search(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", head, re.I) or re.search(
        rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", head, re.I)
    return m.group(1).decode("ascii") if m else None


__all__ = ["read", "from_text", "sniff", "max_bytes_default", "DEFAULT_MAX_BYTES", "ENV_MAX_BYTES"]
