"""A paper's LaTeX source read as the text it typesets: edits of the source, so every span still points into it.

What is only markup goes: the preamble's commands, comments, citations and labels, environments' delimiters, the
bibliography (its years are of publications, no happening's). A heading's, a caption's or a footnote's text is a
paragraph of its own (a footnote's dates are its own sentence's, not the sentence it hangs on); a command that only
styles its text (`\\textit{...}`, `\\emph{...}`) leaves the text; a table's cells are parted by tabs and its rows by line
ends, as ingest parts an HTML table's, so a row's date dates what its other cells tell; TeX's dashes are dashes.

Why by hand: pylatexenc and TexSoup turn LaTeX into text or a tree without offsets into the source, and every span
bilat gives must point into the file as it was written.
"""
from __future__ import annotations

import re
import unicodedata

Edit = tuple[int, int, str]

_COMMAND = re.compile(r"\\([A-Za-z]+)\*?")
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_ARGUMENT = re.compile(r"\[[^\]\n]*\]|\{[^{}\n]*\}")  # an environment's options and arguments after its name
_OPTIONS = re.compile(r"[ \t]*\[[^\[\]\n]*\]")
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_CELL = re.compile(r"(?<!\\)&")
_ROW_END = re.compile(r"\\\\(?:\[[^\]\n]*\])?")
_DASH = re.compile(r"(?<!-)---?(?!-)")
_TIE = re.compile(r"(?<!\\)~(?!\{)")
# An accent on a letter ("\\'e", "\\\"{i}", "\\c{c}", "\\u{g}"): the letter and its combining mark, composed.
_ACCENT = re.compile(r"\\(['\"`^~=.]|[cvuHk](?=\{))\{?([A-Za-z]|\\i)\}?")
_DOTLESS = re.compile(r"(?<!\\)\\i(?:\{\}|(?![A-Za-z]))")  # "Bak\\i{}", a dotless i
_MARKS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
          "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328"}

# Commands whose arguments are machinery, gone with them.
DROPPED = {"documentclass", "usepackage", "newcommand", "renewcommand", "providecommand", "setlength", "setcounter",
           "cite", "citep", "citet", "citealp", "parencite", "textcite", "autocite", "nocite", "ref", "eqref", "pageref",
           "label", "bibliographystyle", "bibliography", "addbibresource", "includegraphics", "vspace", "hspace",
           "url", "href", "thanks", "pagestyle", "thispagestyle", "selectlanguage", "setmainfont", "newfontfamily",
           "geometry", "hypersetup", "input", "include"}
# Commands whose one argument is a paragraph of its own.
PARAGRAPHS = {"title", "author", "date", "part", "chapter", "section", "subsection", "subsubsection", "paragraph",
              "subparagraph", "caption", "footnote", "footnotetext", "item"}
# Environments whose whole body goes: a bibliography's records, figures' drawings, formulas.
SKIPPED = {"thebibliography", "figure", "tikzpicture", "equation", "align", "verbatim", "lstlisting", "comment"}


def is_latex(s: str) -> bool:
    return "\\documentclass" in s[:5000] or "\\begin{document}" in s


def _closing(s: str, i: int) -> int:
    """The index of the brace closing the one opened at s[i] ("{"), or -1."""
    depth = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def latex_edits(s: str) -> list[Edit]:
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _COMMENT.finditer(s)]
    gone = sorted((a, b) for a, b, _r in edits)
    head = s.find("\\begin{document}")
    if head > 0:  # the preamble: only its title, authors and date are text
        keep = [m.start() for m in _COMMAND.finditer(s, 0, head) if m.group(1) in ("title", "author", "date")]
        pos = 0
        for k in keep:
            end = s.find("{", k)
            close = _closing(s, end) if end >= 0 else -1
            if close < 0:
                continue
            edits.append((pos, k, "\n\n"))
            pos = close + 1
        edits.append((pos, head, "\n\n"))
        gone.append((pos, head))
    skip_to = 0
    for m in _COMMAND.finditer(s):
        a = m.start()
        if a < skip_to or any(x <= a < y for x, y in gone):
            continue
        name = m.group(1)
        if name in _MARKS or name == "i":
            continue  # (an accent, below)
        end = m.end()
        opts = _OPTIONS.match(s, end)
        if opts:
            end = opts.end()
        if name in ("begin", "end"):
            close = _closing(s, end) if s[end:end + 1] == "{" else -1
            if close < 0:
                continue
            env = s[end + 1:close].rstrip("*")
            stop = close + 1
            while (more := _ARGUMENT.match(s, stop)) is not None:  # "{tabular}{lll}"
                stop = more.end()
            if name == "begin" and env in SKIPPED:
                last = s.find("\\end{" + env + "}", stop)
                stop = len(s) if last < 0 else last + len(env) + 6
                skip_to = stop
            edits.append((a, stop, "\n\n"))
            continue
        if name in DROPPED:
            stop = end
            while s[stop:stop + 1] == "{" and (close := _closing(s, stop)) > 0:
                stop = close + 1
            edits.append((a, stop, ""))
            skip_to = stop
            continue
        if s[end:end + 1] != "{":
            edits.append((a, end, " " if name in ("newline", "linebreak", "quad", "qquad") else ""))
            continue
        close = _closing(s, end)
        if close < 0:
            continue
        wide = "\n\n" if name in PARAGRAPHS else ""
        edits.append((a, end + 1, wide))
        edits.append((close, close + 1, wide))
    edits += [(m.start(), m.end(), "\t") for m in _CELL.finditer(s)]
    edits += [(m.start(), m.end(), "") for m in _ROW_END.finditer(s)]
    edits += [(m.start(), m.end(), m.group(1)) for m in _ESCAPED.finditer(s)]
    edits += [(m.start(), m.end(), "–" if len(m.group()) == 2 else "—") for m in _DASH.finditer(s)]
    edits += [(m.start(), m.end(), " ") for m in _TIE.finditer(s)]
    edits += [(m.start(), m.end(), unicodedata.normalize("NFC", ("ı" if m.group(2) == "\\i" else m.group(2)) + _MARKS[m.group(1)]))
              for m in _ACCENT.finditer(s)]
    edits += [(m.start(), m.end(), "ı") for m in _DOTLESS.finditer(s)]
    return edits  # (what lies inside a span gone whole, `normalize` drops as an overlap)
