"""Records saved as text: data files a researcher saves from a website or a tool, read as the texts they hold.

A calendar exported as iCalendar, a register exported as JSON, a website's data file in YAML, a spreadsheet exported as
CSV: each record reads as a row of a table, its fields' values in cells parted by tabs, one record a line (as ingest
reads an HTML or DOCX table's rows), its free text a paragraph under it, so that a record's date dates what its title
tells. A news feed (RSS, Atom) reads as a page of news items, each under its day; a bibliography exported as BibTeX
as what its records' notes say. What is only the file's machinery goes: property names and keys, quotes, brackets and
markup, identifiers, and the stamps of when a record was saved or changed ("DTSTAMP:20191002T081500Z", "updated_at":
"2019-01-10"), which are no happening's dates; so does a record cancelled or planned. A record's first and last day
are one span ("2019-04-10/2019-05-12"). Everything is done as edits of the text (`normalize` applies them), so every
span still points into the file as it was written.

Why by hand: the `icalendar`, `json`, `yaml`, `feedparser`, `bibtexparser` and `csv` readers parse these formats into
values and keep no offsets into the source, which every span bilat gives must point into.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from functools import lru_cache

from bilat import lang as langdata

Edit = tuple[int, int, str]


def layout(s: str) -> tuple[str | None, list[Edit]]:
    """The format of a text saved from a data file ("calendar", "feed", "json", "yaml", "bibtex", "csv"; None: prose)
    and the edits that lay its records out. (The last text's, kept: normalising and finding its day both ask.)"""
    last = _LAST[0]
    if last[0] is s:
        return last[1]
    found: tuple[str | None, list[Edit]] = (None, [])
    for kind, cheap, read in _FORMATS:
        if cheap(s):
            edits = read(s)
            if edits:
                found = (kind, edits)
            break
    _LAST[0] = (s, found)
    return found


_LAST: list = [(None, (None, []))]  # [(the last text, its format and edits)]: one item, read and replaced whole (threads)


# --- iCalendar (RFC 5545) ----------------------------------------------------------------------------------------
# A content line is "NAME;PARAM=VALUE;...:VALUE", folded onto continuation lines that start with one space or tab
# (anywhere, even inside a word). The property names are the format's, the same in every language.
_CONTENT_LINE = re.compile(r'([A-Za-z][A-Za-z0-9-]*)((?:;[^:;\n"]+=(?:"[^"\n]*"|[^:;\n]*))*):')
_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\([\\,;nN])")
_ICAL_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)(?:T\d{4,6}Z?)?")
_CN = re.compile(r';CN=(?:"([^"\n]*)"|([^:;\n]*))', re.I)
CALENDAR_KEEP = {"SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "COMMENT"}  # a happening's fields
CALENDAR_TEXT = {"DESCRIPTION", "COMMENT"}  # ... its free text
CALENDAR_UNREALISED = {"CANCELLED", "TENTATIVE"}  # a STATUS of an event that did not, or may not, take place
CALENDAR_HEAD = {"X-WR-CALNAME", "X-WR-CALDESC", "NAME", "DESCRIPTION"}  # a calendar's own name and description
CALENDAR_PEOPLE = {"ORGANIZER", "ATTENDEE", "CONTACT"}  # their name (CN=...), not their address


def calendar_edits(s: str) -> list[Edit]:
    """Each event of an iCalendar export (BEGIN:VEVENT ... END:VEVENT) a row: its day or days, its summary, place and
    people, its description; the calendar's name and description a line each; the rest goes, and so
    does an event cancelled or tentative (no happening)."""
    if "BEGIN:VEVENT" not in s:
        return []
    keep: list[tuple[int, int, object, list[Edit]]] = []  # (start, end, row) of the values kept, their own edits
    row, in_event, nested = 0, False, 0
    lines = _logical_lines(s)
    event_start: dict[int, tuple[int, int, int]] = {}  # row -> the DTSTART value's (start, end) and its day
    event_end: dict[int, tuple[int, int]] = {}  # row -> DTEND's day (and whether it is a date alone, its end exclusive)
    dropped: set[int] = set()  # rows of events cancelled or tentative
    for a, b in lines:
        m = _CONTENT_LINE.match(s, a, b)
        if not m:
            continue
        name, params, value = m.group(1).upper(), m.group(2), (m.end(), b)
        if name in ("BEGIN", "END"):
            kind = s[value[0]:value[1]].strip().upper()
            if kind == "VEVENT":
                in_event = name == "BEGIN"
                row += 1
            elif kind != "VCALENDAR":
                nested += 1 if name == "BEGIN" else -1  # a time zone's definition, an alarm: no happening's fields
            continue
        if nested > 0:
            continue
        if in_event and name in ("DTSTART", "DTEND"):
            day = _ICAL_DATE.match(s, *value)
            if day is None:
                continue
            when = _day(*day.groups())
            if when is None:
                continue
            if name == "DTSTART":
                event_start[row] = (day.start(), day.end(), when)
            else:
                # a day alone ends the event the day before ("DTEND;VALUE=DATE:20190513": the last day is 12 May)
                whole = "T" not in s[day.start():day.end()]
                event_end[row] = (when - dt.timedelta(days=1) if whole else when, whole)
        elif in_event and name == "STATUS":
            if s[value[0]:value[1]].strip().upper() in CALENDAR_UNREALISED:
                dropped.add(row)
        elif in_event and name in CALENDAR_KEEP or not in_event and name in CALENDAR_HEAD:
            text = ("t", value[0]) if in_event and name in CALENDAR_TEXT else 0
            keep.append((value[0], value[1], (row, text) if in_event else (-len(keep) - 1, 0), _value_edits(s, *value)))
        elif in_event and name in CALENDAR_PEOPLE:
            cn = _CN.search(s, m.start(2), m.end(2))
            if cn:
                g = 1 if cn.group(1) is not None else 2
                keep.append((cn.start(g), cn.end(g), (row, 0), []))
    for r, (a, b, first) in event_start.items():
        last = event_end.get(r, (first, False))[0]
        text = first.isoformat() if last <= first else f"{first.isoformat()}/{last.isoformat()}"
        keep.append((a, b, (r, 0), [(a, b, text)]))
    return _layout(s, [k for k in keep if k[2][0] not in dropped])


def _logical_lines(s: str) -> list[tuple[int, int]]:
    """(start, end) of each content line, its continuation lines with it."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(s)
    while pos < n:
        end = pos
        while True:
            nl = s.find("\n", end)
            if nl < 0:
                end = n
                break
            if nl + 1 < n and s[nl + 1] in " \t":
                end = nl + 1
                continue
            end = nl
            break
        out.append((pos, end - (end > pos and s[end - 1] == "\r")))
        pos = end + 1
    return out


def _value_edits(s: str, a: int, b: int) -> list[Edit]:
    """A value's folds joined and its escapes read ("\\," is a comma, "\\n" a line's end, read as a space)."""
    out = [(m.start(), m.end(), "") for m in _FOLD.finditer(s, a, b)]
    out += [(m.start(), m.end(), " " if m.group(1) in "nN" else m.group(1)) for m in _ESCAPE.finditer(s, a, b)]
    return out


def _day(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def exported(s: str) -> str | None:
    """The day a calendar, a feed or a register was exported (YYYY-MM-DD), the day its "today" is: a published
    calendar's (with a METHOD) latest DTSTAMP, which RFC 5545 makes the time its file was made; a feed's last building;
    a JSON export's field of its export ("exported_at", `[records] published_keys`)."""
    if "BEGIN:VEVENT" in s:
        if not re.search(r"^METHOD:", s, re.M):
            return None
        days = [_day(*m.groups()) for m in re.finditer(r"^DTSTAMP:(\d{4})(\d\d)(\d\d)", s, re.M)]
        days = [d for d in days if d is not None]
        return max(days).isoformat() if days else None
    if _FEED.search(s, 0, 2000):
        # a feed's time of its last building (RSS's lastBuildDate, Atom's feed-level updated), before its first item
        first = _FEED_ITEM.search(s)
        head = s[:first.start()] if first else s
        found = re.search(r"<(lastBuildDate|updated|pubDate)\b[^>]*>([^<]*)</\1>", head, re.I)
        return _feed_day(found.group(2)) if found else None
    if s.lstrip()[:1] != "{":
        return None
    try:
        data = json.loads(s)
    except ValueError:
        return None
    keys = _record_key("published_keys")
    for key, value in data.items() if isinstance(data, dict) else ():
        if isinstance(value, str) and keys.fullmatch(_key(key)) and (day := _ISO_DAY.match(value)):
            if _day(*day.group().split("-")) is not None:
                return day.group()
    return None


# --- news feeds (RSS 2.0, Atom) -----------------------------------------------------------------------------------
# Each item a news item as a page of news shows it: its title, its day on a line of its own (the day its "yesterday"
# counts from), its text; the feed's own title and description over them. The element names are the formats'.
_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
_FEED_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_FEED_FIELD = re.compile(r"<((?:[\w-]+:)?[\w-]+)\b[^>]*?(?<!/)>(.*?)</\1\s*>", re.S)
FEED_TITLE = {"title"}
FEED_DAY = ("pubdate", "published", "dc:date", "updated")  # an item's day, the first of these it has
FEED_TEXT = {"description", "summary", "content", "content:encoded", "subtitle"}
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_TAG = re.compile(r"&lt;/?[A-Za-z][^&<>]{0,300}?&gt;|</?[A-Za-z][^<>]{0,300}>")
_BLOCK_TAG = re.compile(r"(?:&lt;|<)/?(?:p|br|div|li|ul|ol|h\d|blockquote|tr|td)\b", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_RFC822 = re.compile(r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})")
_ISO_STAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def feed_edits(s: str) -> list[Edit]:
    """A news feed saved as its XML source: the feed's title and description, then each item's title, day and text
    (markup, CDATA marks and entities read), items parted by blank lines; links, identifiers and the rest go."""
    if not _FEED.search(s, 0, 2000):
        return []
    items = list(_FEED_ITEM.finditer(s))
    if not items:
        return []
    keep: list[tuple[int, int, object, list[Edit]]] = []
    for m in _FEED_FIELD.finditer(s, 0, items[0].start()):  # the feed's own title and description
        name = m.group(1).lower()
        if name in FEED_TITLE or name in FEED_TEXT:
            keep.append((m.start(2), m.end(2), (-1, len(keep)), _markup_edits(s, m.start(2), m.end(2))))
    for n, item in enumerate(items):
        fields = [(f.group(1).lower(), f.start(2), f.end(2)) for f in _FEED_FIELD.finditer(s, item.start(2), item.end(2))]
        day = next((f for name in FEED_DAY for f in fields if f[0] == name), None)
        # (an item's title over its text is its headline, which says again what the text tells, without the day the
        # text gives it: "Days of culture to come to Lyon" over "... will be held from 2 to 5 December")
        told = any(name in FEED_TEXT and s[a:b].strip() for name, a, b in fields)
        for name, a, b in fields:
            if (name, a, b) == day:
                when = _feed_day(s[a:b])
                if when is not None:
                    keep.append((a, b, (n, a), [(a, b, when)]))
            elif name in FEED_TEXT or name in FEED_TITLE and not told:
                keep.append((a, b, (n, a), _markup_edits(s, a, b)))
    return _layout(s, keep, sep=lambda prev, row: "\n" if prev[0] == row[0] else "\n\n")


def _feed_day(value: str) -> str | None:
    """An item's day as ISO 8601 ("Tue, 14 May 2019 10:00:00 +0400", "2019-05-14T10:00:00+04:00" -> 2019-05-14)."""
    m = _RFC822.search(value)
    if m and m.group(2).lower() in _MONTHS:
        day = _day(m.group(3), str(_MONTHS[m.group(2).lower()]), m.group(1))
    else:
        m = _ISO_STAMP.search(value)
        day = _day(*m.groups()) if m else None
    return day.isoformat() if day else None


def _markup_edits(s: str, a: int, b: int) -> list[Edit]:
    """A field's text read: its CDATA marks and tags go (a paragraph's a space), its entities are their characters."""
    out = [(m.start(), m.end(), "") for m in _CDATA.finditer(s, a, b)]
    out += [(m.start(), m.end(), " " if _BLOCK_TAG.match(m.group()) else "") for m in _TAG.finditer(s, a, b)]
    taken = [(x, y) for x, y, _ in out]
    out += [(m.start(), m.end(), html.unescape(m.group())) for m in _ENTITY.finditer(s, a, b)
            if not any(x <= m.start() < y for x, y in taken)]
    return out


# --- CSV with commas ----------------------------------------------------------------------------------------------
# A spreadsheet exported with commas (RFC 4180): its cells parted by tabs, as a table's, the quotes around a cell gone
# ("" inside it a quote), a line break inside a quoted cell a space, so that each record is one line.
def _csv_patterns(sep: str) -> tuple[re.Pattern, re.Pattern]:
    d = re.escape(sep)
    return (re.compile(rf'"((?:[^"]|"")*)"(?=[ \t]*(?:{d}|\r?\n|\Z))|([^{d}"\r\n]*)'), re.compile(rf"[ \t]*({d}|\r?\n|\Z)"))


_CSV = {sep: _csv_patterns(sep) for sep in (",", ";")}  # (a field, the end of a field) with each separator
_CSV_INSIDE = re.compile(r'""|\r?\n')  # a quote written twice, a line break inside a quoted cell
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
CSV_ROWS = 3  # records at least
CSV_FIELDS = 4  # fields at least in the header
CSV_HEAD_LINES = 8  # lines at most of a title and notes over the header


def _csv_start(s: str, sep: str) -> int | None:
    """Where a CSV table with this separator starts: its header and the records under it (as many separators at least,
    and a few), at the text's start or under a few lines of its title."""
    lines, pos = [], 0
    for line in s[:4000].split("\n")[:CSV_HEAD_LINES + CSV_ROWS + 1]:
        lines.append((pos, line))
        pos += len(line) + 1
    for i in range(min(CSV_HEAD_LINES, len(lines)) + 1):
        head = [line for _p, line in lines[i:] if line.strip()][:CSV_ROWS]
        if len(head) == CSV_ROWS and head[0] == lines[i][1] and head[0].count(sep) >= CSV_FIELDS - 1 and all(
                line.count(sep) >= head[0].count(sep) for line in head):
            return lines[i][0]
    return None


def csv_edits(s: str) -> list[Edit]:
    """A text that is a CSV file (with commas, or with semicolons as spreadsheets in many languages save it), its title
    over it or not: each record a line, its cells parted by tabs, up to the first blank line; a day written with
    slashes read as the file writes all of them (day first when one of them has a first number over 12, month first
    when one has a second: "26/01/2018" -> 26.01.2018, "01/26/2018" -> 2018-01-26)."""
    for sep in _CSV:
        if sep in s[:4000] and (start := _csv_start(s, sep)) is not None and (sep == "," or '"' in s[start:start + 4000]):
            # (a semicolon table with no quoted cell is parted in place, each ";" a tab: `normalize._semicolon_tables`)
            return _csv_table(s, sep, start)
    return []


def _csv_table(s: str, sep: str, start: int) -> list[Edit]:
    field_rx, end_rx = _CSV[sep]
    rows: list[list[tuple[int, int, bool]]] = []  # per record, (start, end, quoted) of each field's text
    edits: list[Edit] = []
    pos, row, n = start, [], len(s)
    while pos < n:
        m = field_rx.match(s, pos)
        quoted = m.group(1) is not None
        a, b = (m.start(1), m.end(1)) if quoted else (m.start(2), m.end(2))
        row.append((a, b, quoted))
        if quoted:
            edits += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
            edits += [(x.start(), x.end(), '"' if x.group() == '""' else " ") for x in _CSV_INSIDE.finditer(s, a, b)]
        end = end_rx.match(s, m.end())
        if end is None:
            return []  # (a quote in the middle of a field: no CSV)
        if end.group(1) == sep:
            edits.append((end.start(1), end.end(1), "\t"))
        else:
            rows.append(row)
            row = []
            if len(rows) > CSV_ROWS and not any(b > a for a, b, _ in rows[-1]):
                break  # a blank line: the table is over (a summary under it is prose)
        pos = end.end() if end.end() > pos else n
    if row:
        rows.append(row)
    rows = [r for r in rows if any(b > a for a, b, _ in r)]
    width = len(rows[0]) if rows else 0
    if len(rows) < CSV_ROWS + 1 or width < CSV_FIELDS or sum(len(r) == width for r in rows) * 3 < len(rows) * 2:
        return []
    days = [m for r in rows for a, b, _ in r for m in _SLASH_DATE.finditer(s, a, b)]
    if any(int(m.group(1)) > 12 for m in days):
        edits += [(x, x + 1, ".") for m in days for x in (m.end(1), m.end(2))]
    elif any(int(m.group(2)) > 12 for m in days):
        edits += [(m.start(), m.end(), f"{int(m.group(3)):04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}") for m in days]
    return edits


# --- XML records -------------------------------------------------------------------------------------------------
# A collection's or a register's records exported as XML (OAI-PMH, LIDO, EAD and the like): each element holding
# elements with text (a record, an event of its history) is a row of their texts, as a JSON object is; an element's
# "type" attribute ("exhibition") is a cell of its row. Tag names are the format's; a record's stamps go.
_XML_HEAD = re.compile(r"\s*<\?xml\b")
_XML_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[?!][^>]*>|<(/?)([A-Za-z_][\w:.-]*)([^<>]*?)(/?)>|[^<]+", re.S)
_XML_TYPE = re.compile(r"""\btype\s*=\s*["']([^"'<>\s]{2,30})["']""")
XML_RECORDS = 3  # elements at least holding two texts each


def xml_edits(s: str) -> list[Edit]:
    """An XML export of records: each element with texts a row of them (its free text under it), the rest goes."""
    if not _XML_HEAD.match(s):
        return []
    first_key, last_key, skip_key = _keys()
    stack: list[list] = []  # [tag, element id, content start, whether it holds elements]
    keep: list[tuple[int, int, object, list[Edit]]] = []
    texts: dict[int, int] = {}  # element id -> texts kept in its row
    n = 0
    for m in _XML_TOKEN.finditer(s):
        if m.group(2) is None:
            continue  # (text, a comment, CDATA: read with their element)
        if m.group(1):  # a closing tag
            while stack and stack[-1][0] != m.group(2):
                stack.pop()  # (an element left open)
            if not stack:
                continue
            tag, _id, a, holds = stack.pop()
            key = _key(tag.split(":")[-1])
            if holds or not stack or skip_key.fullmatch(key):
                continue
            b = m.start()
            while a < b and s[a].isspace():
                a += 1
            while b > a and s[b - 1].isspace():
                b -= 1
            if a < b:
                parent = stack[-1][1]
                text = ("t", a) if _TEXT_VALUE.search(s, a, b) else 0
                keep.append((a, b, (parent, text), _markup_edits(s, a, b)))
                texts[parent] = texts.get(parent, 0) + 1
            continue
        if stack:
            stack[-1][3] = True
        if m.group(4):
            continue  # (an element with no content)
        n += 1
        stack.append([m.group(2), n, m.end(), False])
        kind = _XML_TYPE.search(m.group(3))
        if kind:
            keep.append((kind.start(1) + m.start(3), kind.end(1) + m.start(3), (n, 0), []))
    if sum(1 for c in texts.values() if c >= 2) < XML_RECORDS:
        return []
    return _layout(s, keep)


# --- YAML -----------------------------------------------------------------------------------------------------------
# A website's data file: a list of items, each of "key: value" lines, a list of names under a key, a block of text
# under "key: |". Each item reads as a JSON record does: a row of its values, its day and end one span.
_YAML_LINE = re.compile(r"^([ \t]*)(-[ \t]+)?(?:([\w][\w .-]*?)[ \t]*:(?=[ \t]|$))?[ \t]*(.*?)[ \t]*$", re.M)
_YAML_QUOTED = re.compile(r"""(["'])(.*)\1$""")
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*")  # a data file's key: an identifier
YAML_LINES = 0.5  # share at least of a data file's lines that are keys, list items or comments (the rest: blocks of text)
YAML_ITEMS = 3  # items at least


def yaml_edits(s: str) -> list[Edit]:
    """A YAML data file listing items: each item a row of its values (keys, quotes and comments gone; the lines of a
    block of text one cell), its day and its end one span ("2018-05-14/2018-05-20")."""
    first_key, last_key, skip_key = _keys()
    lines = [m for m in _YAML_LINE.finditer(s)]
    data = [m for m in lines if (m.group(4) or m.group(2)) and not (m.group(4).startswith("#") and not m.group(3))]
    items = [m for m in data if m.group(2) and _YAML_KEY.fullmatch(m.group(3) or "")]
    # (a data file: it opens with its data, its keys are identifiers, and its lines are keys or items but for its blocks
    # of text; a page's list of "- Director: ..." lines is prose)
    keyed = sum(1 for m in data if m.group(2) or _YAML_KEY.fullmatch(m.group(3) or ""))
    if len(items) < YAML_ITEMS or not data or not (data[0].group(2) or _YAML_KEY.fullmatch(data[0].group(3) or "")) or (
            keyed < YAML_LINES * len(data)):
        return []
    top = min(len(m.group(1)) for m in items)
    keep: list[tuple[int, int, object, list[Edit]]] = []
    status_key, dropped = _record_key("status_keys"), set()
    rec, block, block_indent, start = -1, None, 0, None
    for m in lines:
        indent, value = len(m.group(1)), m.group(4)
        if block is not None and (indent > block_indent or not (m.group(2) or m.group(3) or value)):
            if value:
                keep.append((m.start(4), m.end(4), (rec, block), []))  # a line of the block's text
            continue
        block = None
        if value.startswith("#") and not m.group(3):
            continue
        if m.group(2) and indent == top:
            rec += 1
            start = None
        if m.group(3) and status_key.fullmatch(_key(m.group(3))) and unrealised().fullmatch(value.strip("\"' ")):
            dropped.add(rec)
        if rec < 0:
            continue
        key = _key(m.group(3) or "")
        if value in ("|", ">", "|-", ">-", "|+", ">+"):
            block, block_indent = m.start(), indent + (len(m.group(2) or ""))
            continue
        if not value or key and skip_key.fullmatch(key):
            continue
        a, b = m.start(4), m.end(4)
        quoted = _YAML_QUOTED.match(value)
        if quoted:
            a, b = a + 1, b - 1
        if key and _ISO_DAY.fullmatch(s[a:b]) and (first_key.fullmatch(key) or _record_key("day_keys").fullmatch(key)):
            start = (a, b, len(keep))
        elif key and _ISO_DAY.fullmatch(s[a:b]) and last_key.fullmatch(key) and start is not None and s[a:b] > s[start[0]:start[1]]:
            sa, sb, i = start
            keep[i] = (sa, sb, (rec, 0), [(sa, sb, f"{s[sa:sb]}/{s[a:b]}")])
            start = None
            continue
        keep.append((a, b, (rec, 0), []))
    return _layout(s, [k for k in keep if k[2][0] not in dropped])


# --- bibliographies (BibTeX, BibLaTeX) -----------------------------------------------------------------------------
# A reference manager's export: what a record's note or abstract says a source reports is the text; its title names
# the source, its year and its stamps of being added or changed are no happening's dates. A news item's day (a full
# "date" field) stands on a line over its note, as a news item's date line: the day its "yesterday" counts from.
_BIB_ENTRY = re.compile(r"^[ \t]*@([A-Za-z]+)[ \t]*\{[^,\n]*,", re.M)
_BIB_FIELD = re.compile(r"\s*([A-Za-z][\w:-]*)\s*=\s*")
BIB_TEXT = {"note", "annote", "annotation", "abstract", "comment", "addendum"}
BIB_DAY = "date"
_LATEX = re.compile(r"---|--|~|\\&|\\%|[{}]")
_LATEX_CHARS = {"---": "—", "--": "–", "~": " ", "\\&": "&", "\\%": "%", "{": "", "}": ""}
BIB_ENTRIES = 2  # records at least


def bibtex_edits(s: str) -> list[Edit]:
    """A BibTeX export: each record's notes and abstract a paragraph (LaTeX's dashes, ties and braces read), under its
    day when the record gives one in full; the rest goes."""
    entries = [m for m in _BIB_ENTRY.finditer(s) if m.group(1).lower() not in ("comment", "preamble", "string")]
    if len(entries) < BIB_ENTRIES:
        return []
    keep: list[tuple[int, int, object, list[Edit]]] = []
    for n, m in enumerate(entries):
        pos, end = m.end(), entries[n + 1].start() if n + 1 < len(entries) else len(s)
        while True:
            f = _BIB_FIELD.match(s, pos, end)
            if f is None:
                break
            a, b, pos = _bib_value(s, f.end(), end)
            if a is None:
                break
            name = f.group(1).lower()
            if name == BIB_DAY and (day := _ISO_DAY.fullmatch(s[a:b].strip())) and _day(*day.group().split("-")):
                keep.append((a, b, n, []))
            elif name in BIB_TEXT and s[a:b].strip():
                keep.append((a, b, n, [(x.start(), x.end(), _LATEX_CHARS[x.group()]) for x in _LATEX.finditer(s, a, b)]))
            comma = re.compile(r"\s*,").match(s, pos, end)
            if comma is None:
                break
            pos = comma.end()
    return _layout(s, keep, sep=lambda prev, row: "\n" if prev == row else "\n\n")


def _bib_value(s: str, pos: int, end: int) -> tuple[int | None, int, int]:
    """(start, end) of a field's value inside its braces or quotes (or a bare word), and where the value ends."""
    if pos >= end:
        return None, pos, pos
    if s[pos] == "{":
        depth, i = 0, pos
        while i < end:
            c = s[i]
            if c == "\\":
                i += 2
                continue
            depth += (c == "{") - (c == "}")
            i += 1
            if depth == 0:
                return pos + 1, i - 1, i
        return None, pos, pos
    if s[pos] == '"':
        close = s.find('"', pos + 1, end)
        return (pos + 1, close, close + 1) if close >= 0 else (None, pos, pos)
    word = re.compile(r"[\w.:-]+").match(s, pos, end)
    return (word.start(), word.end(), word.end()) if word else (None, pos, pos)


# --- JSON --------------------------------------------------------------------------------------------------------
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}\[\]:,]|\s+', re.S)
_JSON_ESCAPE = re.compile(r'\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(["\\/bfnrt]))')
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SPACE_ESCAPES = {"n": " ", "t": " ", "r": " ", "b": "", "f": ""}


@lru_cache(maxsize=None)
def _record_key(name: str) -> re.Pattern:
    """A record's key of one kind, `[records] <name>` of common.toml (the formats' own, English, keys) and of the
    language files: `day_keys` (its day, its first when a key of its last follows), `status_keys`, `published_keys`
    (the export's own day), `skip_keys` (the file's machinery: a stamp of its saving, an identifier, a link)."""
    words = langdata.load("common").get("records", {}).get(name, []) + langdata.words("records", name)
    return re.compile(rf"(?:{'|'.join(words) or '(?!)'})", re.I)


@lru_cache(maxsize=1)
def _keys() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A record's key of its first day, of its last day (`column_from`, `column_to` of every language file, as a table's
    header has them), and of a field of the file's machinery (`skip_keys`)."""
    first, last = langdata.words("time", "column_from"), langdata.words("time", "column_to")
    return (re.compile(rf"(?:{'|'.join(first) or '(?!)'})", re.I), re.compile(rf"(?:{'|'.join(last) or '(?!)'})", re.I),
            _record_key("skip_keys"))


def _key(raw: str) -> str:
    """A key as words: "start_date", "startDate" -> "start date"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|[_\-.]+", " ", raw).strip().lower()


def json_edits(s: str) -> list[Edit]:
    """A JSON export: each object a row of its values (its keys, quotes and brackets gone; a list of names one cell);
    an object or a list of lists inside a record a row of its own under it."""
    head = s.lstrip()[:1]
    if head not in ("{", "["):
        return []
    try:
        json.loads(s)
    except ValueError:
        return []
    first_key, last_key, skip_key = _keys()
    status_key, dropped = _record_key("status_keys"), set()
    keep: list[tuple[int, int, object, list[Edit]]] = []
    rows = [0]  # the next row's number
    # The parser: a stack of containers, each (kind, its row, its pending key, the number of values it took).
    stack: list[list] = []
    pending_start: tuple[int, int, int, str] | None = None  # a first day kept, waiting for the last day's key
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s) if not m.group().isspace()]
    i = 0
    while i < len(tokens):
        a, b, tok = tokens[i]
        if tok in "{[":
            parent = stack[-1] if stack else None
            # an item of a list (a record, a list of a day and what happened on it) is a row of its own; an object or
            # a list of names in a record (a budget's amount and currency, the organisers), cells of the record's row
            own_row = parent is None or parent[0] == "["
            if own_row:
                rows[0] += 1
            stack.append([tok, rows[0] if own_row or parent is None else parent[1], None])
            i += 1
            continue
        if tok in "}]":
            stack.pop()
            i += 1
            continue
        if tok in ":,":
            i += 1
            continue
        top = stack[-1] if stack else None
        if top is not None and top[0] == "{" and tok.startswith('"') and i + 1 < len(tokens) and tokens[i + 1][2] == ":":
            top[2] = _key(tok[1:-1])  # a key
            i += 2
            continue
        key = top[2] if top is not None and top[0] == "{" else None
        row = top[1] if top is not None else 0
        i += 1
        if tok in ("null", "true", "false") or key is not None and skip_key.fullmatch(key):
            continue
        if not tok.startswith('"'):
            keep.append((a, b, (row, 0), []))
            continue
        va, vb = a + 1, b - 1
        if va == vb:
            continue
        value = s[va:vb]
        if key is not None and status_key.fullmatch(key) and unrealised().fullmatch(value.strip()):
            dropped.add(row)
        day = _ISO_DAY.fullmatch(value)
        if key is not None and day and first_key.fullmatch(key):
            pending_start = (va, vb, row, value)
            keep.append((va, vb, (row, 0), []))
            continue
        if key is not None and day and last_key.fullmatch(key) and pending_start is not None and pending_start[2] == row:
            # the record's last day: one span with its first ("2018-09-12/2018-09-18"), at the first day's place
            pa, pb, _r, first = pending_start
            pending_start = None
            if value > first:
                keep[:] = [k if k[:2] != (pa, pb) else (pa, pb, (row, 0), [(pa, pb, f"{first}/{value}")]) for k in keep]
            continue
        text = ("t", va) if _TEXT_VALUE.search(value) else 0
        keep.append((va, vb, (row, text), [(m.start(), m.end(), _unescape(m)) for m in _JSON_ESCAPE.finditer(s, va, vb)]))
    return _layout(s, [k for k in keep if k[2][0] not in dropped])


def _unescape(m: re.Match) -> str:
    if m.group(1):
        return chr(0x10000 + ((int(m.group(1), 16) - 0xD800) << 10) + int(m.group(2), 16) - 0xDC00)
    if m.group(3):
        return chr(int(m.group(3), 16))
    c = m.group(4)
    return _SPACE_ESCAPES.get(c, c)


def _record_sep(prev, row) -> str:
    """Between two kept values of records, each row (record, text) where text is 0 for a cell, else the free text the
    value is part of: a record's cells are parted by tabs, its text is a paragraph of its own under its row (indented,
    as a list's entry says more of itself), the lines of one block of text are one."""
    if prev[0] != row[0]:
        return "\n"
    if prev == row and row[1]:
        return " "
    return "\n\t" if row[1] and not prev[1] else "\t"


_TEXT_VALUE = re.compile(r"[^\W\d_]{2}[.!?؟][ \t]+[^\W\d_]|(?:\S+[ \t]+){7}\S")  # a value that is sentences (two, or eight words)


@lru_cache(maxsize=1)
def unrealised() -> re.Pattern:
    """A status of a happening that did not, or may not, take place (`[events] status_unrealised` of every language
    file: "cancelled", "planned", "отменено", "لغو شده"): its record tells none."""
    words = [w.removeprefix("(?i)") for w in langdata.words("events", "status_unrealised")]
    return re.compile(rf"(?:{'|'.join(words) or '(?!)'})", re.I)


def _layout(s: str, keep: list[tuple[int, int, object, list[Edit]]], sep=None) -> list[Edit]:
    """The edits that leave only the kept values (with their own edits), `sep(previous row, row)` between two."""
    keep = sorted(keep, key=lambda k: k[:2])
    if not keep:
        return []
    sep = sep or _record_sep
    edits: list[Edit] = []
    pos, prev_row = 0, None
    for a, b, row, own in keep:
        if a < pos:
            continue
        edits.append((pos, a, "" if prev_row is None else sep(prev_row, row)))
        edits.extend(own)
        pos, prev_row = b, row
    edits.append((pos, len(s), "\n"))
    return edits


_JSON_HEAD = re.compile(r"\s*[\[{]")
# (a YAML data file opens with its data: an item or a key, after comments and blank lines)
_YAML_HEAD = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)", re.M)

# (format, a cheap test of whether a text may be one, its reader): the first whose test passes reads it
_FORMATS = [
    ("calendar", lambda s: "BEGIN:VEVENT" in s, calendar_edits),
    ("feed", lambda s: "<item" in s or "<entry" in s, feed_edits),
    ("xml", lambda s: _XML_HEAD.match(s) is not None, xml_edits),
    ("json", lambda s: _JSON_HEAD.match(s) is not None, json_edits),
    ("yaml", lambda s: _YAML_HEAD.match(s) is not None and "\n- " in s, yaml_edits),
    ("bibtex", lambda s: "@" in s and _BIB_ENTRY.search(s, 0, 5000) is not None, bibtex_edits),
    ("csv", lambda s: "," in s[:4000] or ";" in s[:4000], csv_edits),
]
