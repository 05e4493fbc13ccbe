"""The records that flow between bilat's stages (see DESIGN.md, "Data flow").

Every stage takes the previous stage's records and returns the next; the
types live here so that a stage never needs to import another stage.

Offsets: `Text.text` is the normalised text every annotator works on;
`Text.to_orig(start, end)` maps a span of it back to the document's original
text, and every record that leaves the pipeline (TimeExpr, Mention, Source)
carries original offsets.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

LANGUAGES = ("az", "ru", "fa", "en")


class BilatError(Exception):
    """A failure the user can act on; the message names the file and the reason."""


class InputError(BilatError):
    """A file that cannot be read: empty, binary, too large, encrypted, unknown format."""

    def __init__(self, path: str, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")


@dataclass
class Document:
    """Output of ingest: the original text of one file and what is known about it."""

    path: str  # as given by the user (or "<text>" for a string)
    name: str  # file name, what a citation shows
    sha256: str  # of the raw bytes
    format: str  # txt | html | pdf | docx
    encoding: str | None  # detected encoding for text formats, None for pdf/docx
    text: str  # the original extracted text; all offsets point into it
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known: the anchor for "Saturday", "this year"
    pages: list[int] = field(default_factory=list)  # start offset of each page (PDF), for citations


@dataclass
class Text:
    """Output of normalize: normalised text plus a map back to the original.

    `breaks` is a sorted list of (norm_pos, orig_pos) pairs; between two
    breaks the texts advance one to one.
    """

    doc: Document
    text: str
    breaks: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0)])

    def _region(self, i: int) -> tuple[int, int, int, int]:
        """The break region holding normalised position i: (norm, orig, next_norm, next_orig)."""
        k = bisect_right(self.breaks, (i, float("inf"))) - 1
        n, o = self.breaks[max(k, 0)]
        if k + 1 < len(self.breaks):
            nn, no = self.breaks[k + 1]
        else:
            nn, no = len(self.text), len(self.doc.text)
        return n, o, nn, no

    def _orig(self, i: int) -> int:
        """Original offset where normalised character i starts (or of position i at the end)."""
        n, o, nn, no = self._region(i)
        if i >= nn:
            return no
        if nn - n == no - o:  # one to one
            return o + (i - n)
        # Inside an edit (e.g. "e\u0301" -> "é"): clamp to the edited characters.
        return o + min(i - n, max(no - o - 1, 0))

    def _orig_end(self, j: int) -> int:
        """Original offset where normalised character j ends."""
        n, o, nn, no = self._region(j)
        if nn - n == no - o or j >= nn:
            return o + (j - n) + 1
        if j == nn - 1:  # the last character of an edit covers the rest of it
            return no
        return min(o + (j - n) + 1, no)

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text covering the characters of text[start:end].

        Characters removed by normalisation (the "-\\n" of a joined word) are
        included only when they lie inside the span.
        """
        s = self._orig(start)
        if end <= start:
            return s, s
        return s, max(s, self._orig_end(end - 1))


@dataclass
class Sentence:
    """Output of segment: one sentence of the normalised text, with its language."""

    start: int
    end: int
    language: str  # az | ru | fa | en


@dataclass
class Segmented:
    text: Text
    spans: list[tuple[int, int, str]]  # language spans (normalised offsets)
    sentences: list[Sentence]
    # What the date grammar matched, kept by bilat.time once found: the dateline at the head and the
    # dates of the whole text are read from one scan.
    time_matches: list | None = field(default=None, repr=False, compare=False)


@dataclass
class TimeExpr:
    """Output of the time annotator: one temporal expression normalised to EDTF."""

    start: int  # normalised offsets
    end: int
    text: str  # as written in the original
    language: str
    edtf: str | None  # None when the text gives a date no EDTF can hold without an anchor
    anchor: str = "explicit"  # explicit | context | published
    qualifier: str | None = None  # early | mid | late | about | from | until ...
    orig_start: int = 0
    orig_end: int = 0
    calendar: str = "gregorian"  # gregorian | jalali | hijri (the calendar written)

    def record(self, document: str) -> dict[str, Any]:
        return {"document": document, "start": self.orig_start, "end": self.orig_end,
                "text": self.text, "language": self.language, "edtf": self.edtf,
                "anchor": self.anchor, "qualifier": self.qualifier, "calendar": self.calendar}


@dataclass
class Mention:
    """Output of the entity annotators: a place, person, organisation or country as written."""

    kind: str  # place | person | org | country
    start: int  # normalised offsets
    end: int
    text: str  # as written
    name: str  # canonical English name
    language: str = ""
    country: str | None = None  # ISO 3166 alpha-2
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    role: str | None = None  # "President of Azerbaijan"
    died: int | None = None  # year of death where a lexicon knows it: a later event names them, they take no part
    orig_start: int = 0
    orig_end: int = 0
    # An organisation's town, when its name holds one ("Kazan" of "Kazan Federal University"): where a
    # happening held there was, when the text says nothing else.
    seat: Mention | None = None


@dataclass
class Source:
    document: str
    start: int
    end: int
    language: str
    quote: str


@dataclass
class Event:
    """The unit every interface speaks (DESIGN.md, "Event record")."""

    id: str
    type: str
    date: str | None
    title: str
    places: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confidence: float = 0.5
    name: str | None = None  # the happening's own name where the text quotes it («...»)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("date", "name"):
            if d[key] is None:
                del d[key]
        return d
