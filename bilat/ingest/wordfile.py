"""DOCX -> (text, title) through python-docx's XML classes: body paragraphs and tables, in document order."""
from __future__ import annotations

import io
import posixpath
import zipfile

from bilat.ingest.encoding import blank
from bilat.records import InputError

MB = 1024 * 1024
MAX_ENTRIES = 10_000
# A DOCX entry that expands more than this is a zip bomb: Word's XML compresses about 5-20 to 1.
MAX_RATIO = 100
# ... unless it is small: a few KB of repeated markup may legitimately compress very well.
RATIO_FLOOR = 1 * MB
# The whole package may expand to this many times the size limit (images hardly compress, text
# XML does); python-docx holds every part in memory, so this bounds what reading it can cost.
EXPANSION = 4


def _check_zip(raw: bytes, name: str, limit: int) -> None:
    """Refuse a zip bomb before anything is unpacked: the sizes the archive declares.

    By hand because neither zipfile nor python-docx limits what they unpack. The declared
    sizes can be trusted to bound memory: zipfile stops reading an entry at its declared size
    (and fails its CRC check if the data was longer).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise InputError(name, "DOCX that is not a valid ZIP archive (damaged or truncated)") from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(name, f"zip bomb or damaged DOCX ({len(infos)} entries)")
    total = sum(i.file_size for i in infos)
    budget = max(limit, MB) * EXPANSION
    if total > budget:
        raise InputError(name, f"zip bomb: the DOCX expands to {total / MB:.0f} MB "
                               f"(over {budget / MB:.0f} MB)")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InputError(name, f"zip bomb: {i.filename} expands {i.file_size // max(i.compress_size, 1)} "
                                   f"times (to {i.file_size / MB:.0f} MB)")
        if i.flag_bits & 0x1:
            raise InputError(name, "encrypted DOCX (password-protected ZIP)")


def _block_lines(block) -> list[str]:
    """The lines of a paragraph or a table (a row per line, cells separated by tabs).

    By hand because python-docx gives paragraphs, tables and cells but no text of a whole document
    (its Document has no .text), and a table row is a line of a chronology ("9 iyun 2002<TAB>...").
    """
    from docx.table import Table

    if not isinstance(block, Table):
        return [block.text]
    lines: list[str] = []
    for row in block.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans: keep it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            inner = [line for b in cell.iter_inner_content() for line in _block_lines(b)]
            cells.append(" ".join(line.strip() for line in inner if line.strip()))
        lines.append("\t".join(cells))
    return lines


# Content types of a Word main document part: document, template, and their macro-enabled kinds.
_MAIN_TYPES = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
})
_REL_TYPES = {"officeDocument": "main", "core-properties": "core"}  # relationship type endings we follow


def _parts(z: zipfile.ZipFile, name: str) -> dict[str, str]:
    """{"main": part name, "core": part name} from the package relationships (OPC's /_rels/.rels).

    By hand because python-docx's `Document()` parses every XML part of the package before giving
    the text, styles included: a document saved from Word's default template carries 800 KB of
    them, ten times the cost of its text. Only the main part (and the title) are read here; their
    XML still goes through python-docx's parser and its paragraph and table classes.
    """
    from docx.oxml import parse_xml

    try:
        rels = parse_xml(z.read("_rels/.rels"))
        types = parse_xml(z.read("[Content_Types].xml"))
    except KeyError:
        raise InputError(name, "not a valid DOCX (no Word document inside the ZIP)") from None
    found = {}
    for rel in rels:
        kind = _REL_TYPES.get(str(rel.get("Type", "")).rsplit("/", 1)[-1])
        target = rel.get("Target")
        if kind and target and rel.get("TargetMode") != "External":
            found.setdefault(kind, posixpath.normpath(target.lstrip("/")))
    if "main" not in found:
        raise InputError(name, "not a valid DOCX (no Word document inside the ZIP)")
    overrides = {str(o.get("PartName", "")).lstrip("/"): o.get("ContentType") for o in types
                 if str(o.tag).endswith("}Override")}
    if overrides.get(found["main"]) not in _MAIN_TYPES:
        raise InputError(name, f"not a valid DOCX (main part of type {overrides.get(found['main'])})")
    return found


def _title(z: zipfile.ZipFile, part: str | None) -> str | None:
    from docx.oxml import parse_xml

    if part is None:
        return None
    try:
        core = parse_xml(z.read(part))
    except Exception:  # a broken docProps/core.xml costs the title, not the document
        return None
    title = core.find("{http://purl.org/dc/elements/1.1/}title")
    return (title.text or "").strip() or None if title is not None else None


def extract(raw: bytes, name: str, limit: int) -> tuple[str, str | None]:
    _check_zip(raw, name, limit)
    from docx.document import Document
    from docx.oxml import parse_xml

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            parts = _parts(z, name)
            body = parse_xml(z.read(parts["main"]))
            title = _title(z, parts.get("core"))
    except InputError:
        raise
    except KeyError as e:
        raise InputError(name, f"not a valid DOCX ({e.args[0] if e.args else e})") from None
    except Exception as e:  # a damaged part (bad XML, bad CRC) is a bad file
        raise InputError(name, f"damaged DOCX ({type(e).__name__}: {e})") from None
    if not str(body.tag).endswith("}document") or body.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body") is None:
        raise InputError(name, "not a valid DOCX (its main part is not a Word document)")
    try:
        # The document proxy needs no package part to give paragraphs, tables and their text.
        document = Document(body, None)
        blocks = ["\n".join(_block_lines(block)) for block in document.iter_inner_content()]
    except Exception as e:
        raise InputError(name, f"damaged DOCX ({type(e).__name__}: {e})") from None
    # A Word paragraph is a paragraph, never a line wrapped by the layout: a heading ("January") is not
    # the first words of the item under it. A table's rows stay lines of one block.
    text = "\n\n".join(b for b in blocks if not blank(b))
    if blank(text):
        raise InputError(name, "DOCX with no text")
    return text + "\n", title
