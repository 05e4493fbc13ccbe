"""PDF -> (text, page start offsets, title) through pdfminer.six."""
from __future__ import annotations

import io
import logging

from bilat.ingest.encoding import blank
from bilat.records import InputError

# pdfminer logs a warning for every oddity it works around; the file's one failure is reported as InputError.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())


def extract(raw: bytes, name: str) -> tuple[str, list[int], str | None]:
    # Checked by hand before pdfminer: a PDF ends with %%EOF (readers allow up to 1 KB after it).
    # pdfminer falls back to scanning a file whose end is missing and may return the pages it
    # found, which would be a truncated document read as if it were whole.
    if b"%%EOF" not in raw[-1024:]:
        raise InputError(name, "truncated PDF (no %%EOF at the end): download or copy it again")

    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        # An empty password opens the many PDFs encrypted only to restrict printing or copying.
        doc = PDFDocument(PDFParser(io.BytesIO(raw)), password="")
    except PDFPasswordIncorrect:
        raise InputError(name, "encrypted PDF (needs a password to open)") from None
    except PDFEncryptionError as e:
        raise InputError(name, f"encrypted PDF ({e or 'unsupported encryption'})") from None
    except RecursionError:
        raise InputError(name, "damaged PDF (objects nested too deeply)") from None
    except Exception as e:  # pdfminer raises many kinds on broken files: all mean "damaged"
        raise InputError(name, f"damaged PDF ({type(e).__name__}: {e})") from None

    texts: list[str] = []
    try:
        resources = PDFResourceManager(caching=True)
        laparams = LAParams()
        for page in PDFPage.create_pages(doc):
            # One converter per page: pdfminer ends each page's text with a form feed, and the
            # page's own buffer gives its exact length for the offsets.
            buf = io.StringIO()
            device = TextConverter(resources, buf, laparams=laparams)
            PDFPageInterpreter(resources, device).process_page(page)
            device.close()
            texts.append(buf.getvalue())
    except PDFEncryptionError as e:
        raise InputError(name, f"encrypted PDF ({e or 'unsupported encryption'})") from None
    except RecursionError:
        raise InputError(name, "damaged PDF (objects nested too deeply)") from None
    except Exception as e:
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
    return text, pages, _title(doc)


def _title(doc) -> str | None:
    try:
        from pdfminer.pdftypes import resolve1
        from pdfminer.utils import decode_text

        for info in doc.info:
            value = resolve1(info.get("Title"))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip():
                return value.strip()
    except Exception:  # a broken Info dictionary costs the title, not the document
        return None
    return None
