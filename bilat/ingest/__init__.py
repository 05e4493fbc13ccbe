"""ingest: a file (or a string) -> Document (DESIGN.md, "Data flow")."""
from __future__ import annotations

import hashlib
from pathlib import Path

from bilat.records import Document, InputError


def from_text(text: str, *, published: str | None = None, name: str = "<text>") -> Document:
    """A Document for text already in memory."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=name, name=name, sha256=sha, format="txt", encoding="utf-8", text=text,
                    published=published)


def read(path, *, published: str | None = None) -> Document:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror})") from None
    if not raw.strip():
        raise InputError(str(path), "empty file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8") from None
    return Document(path=str(path), name=p.name, sha256=hashlib.sha256(raw).hexdigest(), format="txt",
                    encoding="utf-8", text=text, published=published)
