"""HTML -> (main text, title, published date) through trafilatura."""
from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache

from bilat.ingest.encoding import blank
from bilat.records import InputError

# trafilatura and htmldate log a warning for every page they discard; bilat reports the file
# itself (one InputError), so keep their messages off stderr unless the application configures logging.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_config = None


def _trafilatura_config():
    global _config
    if _config is None:
        from trafilatura.settings import use_config

        _config = use_config()
        # bilat has its own size limit (checked before reading); trafilatura's 20 MB default would
        # silently drop a larger page as "no text".
        _config.set("DEFAULT", "MAX_FILE_SIZE", str(10 ** 10))
        # The published date comes from the page's metadata, not from dates found in its text.
        _config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return _config


def _parse(text: str, name: str):
    """The lxml tree of the page, refused if libxml2 had to cut it (too deeply nested)."""
    from lxml import etree
    from lxml import html as lxml_html

    # trafilatura's own parser settings; bytes with a fixed encoding because lxml refuses a str
    # that carries an <?xml encoding=...?> declaration, and the text is already decoded.
    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(name, f"HTML that cannot be parsed ({e})") from None
    except RecursionError:
        raise InputError(name, "HTML nested too deeply to parse") from None
    # libxml2 stops descending at 256 levels and drops what lies deeper, without an exception:
    # that would be text silently lost, so the page is refused instead.
    for err in parser.error_log:
        if err.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in err.message:
            raise InputError(name, "HTML nested too deeply (more than 256 levels of elements): "
                                   "its text cannot be read whole")
    return tree


ZWNJ = "\u200c"
# trafilatura drops every character str.isprintable() refuses, and the zero-width non-joiner with them:
# "برنامه‌های" would become "برنامههای", another word. It goes through as a printable stand-in no text uses.
_ZWNJ_STANDIN = "\u2e3b"


def _hide_zwnj(tree) -> None:
    for el in tree.iter():
        if isinstance(el.text, str) and ZWNJ in el.text:
            el.text = el.text.replace(ZWNJ, _ZWNJ_STANDIN)
        if isinstance(el.tail, str) and ZWNJ in el.tail:
            el.tail = el.tail.replace(ZWNJ, _ZWNJ_STANDIN)


def extract(text: str, name: str) -> tuple[str, str | None, str | None]:
    """(main text, title, published YYYY-MM-DD) of an HTML page; raises InputError."""
    import trafilatura

    tree = _parse(text, name)
    _hide_zwnj(tree)
    try:
        result = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False, deduplicate=False, config=_trafilatura_config(),
            date_extraction_params={"original_date": True, "extensive_search": False,
                                    "outputformat": "%Y-%m-%d", "max_date": date.today().isoformat()})
    except RecursionError:
        raise InputError(name, "HTML nested too deeply to process") from None
    except Exception as e:  # a page trafilatura chokes on is a bad file, not a crash of the run
        raise InputError(name, f"HTML that cannot be processed ({type(e).__name__}: {e})") from None
    body = (getattr(result, "text", None) or "").replace(_ZWNJ_STANDIN, ZWNJ) if result is not None else ""
    # trafilatura writes one block (heading, paragraph, list item) per line; a blank line between them
    # keeps a heading or a dateline out of the sentence that follows it, as in plain text.
    body = "\n\n".join(_table_row(line) for line in body.split("\n") if line.strip() and not _TABLE_RULE.fullmatch(line))
    own = _main_text(tree)
    if own is not None and (_dates_lost(own, body) or _titles_lost(tree, body)):
        body = own
    if blank(body):
        raise InputError(name, "HTML page with no extractable text")
    title = (getattr(result, "title", None) or "").replace(_ZWNJ_STANDIN, ZWNJ).strip() or None
    published = _meta_date(tree) or _now_date(tree) or _page_date(tree) or getattr(result, "date", None)
    if not (isinstance(published, str) and _ISO_DATE.fullmatch(published)):
        published = None
    return body, title, published


# Why by hand: trafilatura judges short blocks boilerplate, and on a page of dated entries (an events calendar,
# a news archive) it drops the date above each entry and its heading, and may reorder what is left: the
# entries lose their dates. When the page marks its main content (<main>) and trafilatura lost dates
# printed there, the text of <main> is read block by block instead.
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "caption", "pre",
           "address", "div", "section", "article", "header", "tr", "table", "ul", "ol", "dl", "figure", "time", "br",
           "hr", "main"}
_SKIP = {"script", "style", "nav", "footer", "aside", "noscript", "form", "button", "select", "template", "svg",
         "iframe"}
_DIGIT = re.compile(r"\d")
LOST_DATES = 2  # short lines with digits that trafilatura dropped from <main>: its text is read instead


def _walk(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        return
    cell = tag in ("td", "th")
    out.append("\t" if cell else "\n" if tag in _BLOCKS else "")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
        if child.tail:
            out.append(child.tail)
    if tag in _BLOCKS:
        out.append("\n")


def _main_text(tree) -> str | None:
    """The text of the page's one <main> element, a block per paragraph (a table's cells joined by tabs)."""
    mains = [el for el in tree.iter("main")]
    if len(mains) != 1:
        return None
    out: list[str] = []
    _walk(mains[0], out)
    lines = ("\t".join(" ".join(cell.split()) for cell in line.strip("\t").split("\t")) if "\t" in line.strip()
             else " ".join(line.split()) for line in "".join(out).replace(_ZWNJ_STANDIN, ZWNJ).split("\n"))
    text = "\n\n".join(line for line in lines if line.strip())
    return text or None


_TABLE_ROW = re.compile(r"\s*\|(.*)\|\s*")
_TABLE_RULE = re.compile(r"\s*\|[\s|:-]*\|\s*")


def _table_row(line: str) -> str:
    """A table's row as trafilatura writes it ("| 2016 | 12–17 October | Astrakhan |") as bilat reads a row: its
    cells joined by tabs, as the text of <main> gives them."""
    m = _TABLE_ROW.fullmatch(line)
    if m is None:
        return line
    return "\t".join(" ".join(cell.split()) for cell in m.group(1).split("|")).strip("\t")


def _titles_lost(tree, body: str) -> bool:
    """Whether trafilatura dropped most of the headings and captions under <main> (the titles of an events page's
    cards, each over its date: the dates it kept would go to the wrong event; a photo album's captions, which tell what
    each photo shows and when)."""
    heads = [" ".join("".join(h.itertext()).split()) for main in tree.iter("main")
             for h in main.iter("h2", "h3", "h4", "figcaption")]
    lost = [h for h in heads if h and h not in body]
    return len(lost) >= LOST_DATES and 2 * len(lost) > len(heads)


def _dates_lost(own: str, body: str) -> bool:
    short = [line for line in own.split("\n\n") if len(line) <= 60 and _DIGIT.search(line) and line not in body]
    return len(short) >= LOST_DATES


_META_NAMES = ("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
               "publishdate", "og:published_time", "sailthru.date")
_DATE_CLASS = re.compile(r"date|time|published|posted|meta|byline", re.I)
_OUTSIDE = {"nav", "footer", "aside"}


def _meta_date(tree) -> str | None:
    """The date a page's metadata gives (<meta property="article:published_time">, itemprop="datePublished",
    <time datetime> in the article)."""
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _META_NAMES:
            m = _ISO_DATE.match((el.get("content") or "").strip())
            if m:
                return m.group(0)
    for el in tree.iter("time"):
        if any(a.tag in _OUTSIDE for a in el.iterancestors()):
            continue
        m = _ISO_DATE.match((el.get("datetime") or "").strip())
        if m:
            return m.group(0)
    return None


def _now_date(tree) -> str | None:
    """The day a forum's page was saved, which it prints in its header or footer ("It is currently Tue Mar 16, 2021",
    "The time now is 15 Mar 2021, 10:47", "Текущее время: 16 мар 2021"; `now_labels` of the language files): its
    posts' "yesterday at 18:05" count from it."""
    label = _now_label()
    if label is None:
        return None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for text in (el.text, el.tail):
            m = label.search(text or "")
            if m is not None:
                day = _date_in(text[m.end():m.end() + 60])
                if day is not None:
                    return day
    return None


@lru_cache(maxsize=None)
def _now_label() -> re.Pattern | None:
    from bilat import lang as langdata

    labels = langdata.words("time", "now_labels")
    return re.compile(rf"(?:{'|'.join(labels)})[ \t]*:?[ \t]*", re.I) if labels else None


def _date_in(text: str) -> str | None:
    """The first day bilat's own date grammar reads in a short text of any of its languages."""
    from bilat import pipeline
    from bilat import time as timex
    from bilat.ingest import from_text

    # from_text, not pipeline.dates: a page's words are never taken for a path to open.
    for t in timex.annotate(pipeline.segmented(from_text(text))):
        if t.anchor == "explicit" and t.edtf and _ISO_DATE.fullmatch(t.edtf):
            return t.edtf
    return None


def _page_date(tree) -> str | None:
    """The date a page prints by its headline: the first element named for a date ("date", "time",
    "published") outside the menus and footers, read by bilat's own date grammar in any of its languages
    ("15 мая 2024 года, 14:30", "چهارشنبه ۲۶ اردیبهشت ۱۴۰۳ - ۱۱:۴۵"), which the page's metadata
    reader does not know."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article", "header", "script", "style"):
            continue
        names = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if not names or not _DATE_CLASS.search(names) or any(a.tag in _OUTSIDE for a in el.iterancestors()):
            continue
        text = " ".join(el.itertext()).strip()
        if not text or len(text) > 120:
            continue
        day = _date_in(text)
        if day is not None:
            return day
    return None
