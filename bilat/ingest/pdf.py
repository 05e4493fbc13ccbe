"""PDF -> (text, page start offsets, title) through pypdf.

pypdf's layout mode is used: it keeps the lines of a paragraph together and a blank line between
paragraphs (what segmentation needs), also for justified text, where pdfminer.six's layout analysis
makes every line a paragraph of its own; and it reads a page four times faster (3.7 against 15.6 ms
for examples/ru_vstrechi_2001_2010.pdf, benchmarks/extract.py).
"""
from __future__ import annotations

import io
import logging

from bilat.ingest.encoding import blank
from bilat.records import InputError

# pypdf logs a warning for every oddity it works around; the file's one failure is reported as InputError.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False


def extract(raw: bytes, name: str) -> tuple[str, list[int], str | None]:
    # Checked by hand: a PDF ends with %%EOF (readers allow up to 1 KB after it). pypdf rebuilds a
    # file whose end is missing and may return the pages it found, which would be a truncated
    # document read as if it were whole.
    if b"%%EOF" not in raw[-1024:]:
        raise InputError(name, "truncated PDF (no %%EOF at the end): download or copy it again")

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            # An empty password opens the many PDFs encrypted only to restrict printing or copying.
            if not reader.decrypt(""):
                raise InputError(name, "encrypted PDF (needs a password to open)")
        texts = []
        for page in reader.pages:
            # A page ends with a blank line and a form feed, as text extractors mark pages.
            texts.append(page.extract_text(extraction_mode="layout").rstrip() + "\n\n\f")
    except InputError:
        raise
    except (FileNotDecryptedError, DependencyError) as e:
        raise InputError(name, f"encrypted PDF ({e or 'unsupported encryption'})") from None
    except RecursionError:
        raise InputError(name, "damaged PDF (objects nested too deeply)") from None
    except Exception as e:  # pypdf raises many kinds on broken files: all mean "damaged"
        raise InputError(name, f"damaged PDF ({type(e).__name__}: {e})") from None
    if not texts:
        raise InputError(name, "PDF without pages")
    pages, pos = [], 0
    for t in texts:
        pages.append(pos)
        pos += len(t)
    text = "".join(texts)
    if blank(text):
        raise InputError(name, "PDF with no text layer (scanned pages? run OCR first)")
    return text, pages, _title(reader)


def _title(reader) -> str | None:
    try:
        value = reader.metadata.title if reader.metadata else None
    except Exception:  # a broken Info dictionary costs the title, not the document
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None
