"""From the fields of one match to an EDTF value, with the document's context.

Never more precise than the text: a year stays a year, a decade `199X`, a
Jalali year the Gregorian interval it covers. A date missing its year takes
the year last mentioned (anchor `context`), else the published date's
(`published`), else stays unspecified (`XXXX-03-05`); it is never guessed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bilat.time.calendars import from_gregorian, gregorian_day, gregorian_span
from bilat.time.grammar import ROMAN, Grammar, anniversary_base, fold


@dataclass
class Context:
    year: int | None = None  # Gregorian year last mentioned (point expressions only)
    month: int | None = None  # month last mentioned with that year
    day: int | None = None  # day last mentioned with that month
    calendar: str = "gregorian"  # calendar of the last date written, for "the same year"
    published: dt.date | None = None
    cal_years: dict | None = None  # calendar -> (year, month) last written in that calendar
    century_base: int | None = None  # a year of the period under discussion, for "the 90s"
    # Spans of days written out lately ((first, last), the latest last): "held on 21–22 June 2022 ... under
    # the 15 June 2021 declaration ... On 21 June, ..." is the forum's 21 June, not 2021's.
    spans: list | None = None
    # (index in `spans`, year, where it ends) of the last year written alone: "the 2024 edition was held on 11-12 May"
    # after "10-12 May 2025" is 2024's May, not a day of the span before it (a few words on: "under the 2021 declaration
    # ... On 21 June" is still the span's).
    year_alone: tuple[int, int, int] | None = None
    years: list | None = None  # the Gregorian years written out so far, in order: a yearless weekday's candidates
    here: int = 0  # where the expression being resolved starts
    last_span: tuple | None = None  # the span of days whose last day is `last_day`, if it was told as one
    last_day: dt.date | None = None  # the day last mentioned, or the last day of a span of days: "the next day" counts from it
    told_day: dt.date | None = None  # the day last mentioned, kept past years and months told since (a week's digest)
    # The last day written with its weekday ("в воскресенье, 25 августа", "یکشنبه ۳ شهریور"): a diary's or a travel
    # story's, whose weekdays after it count on from the day the story has come to, weeks before it was posted.
    weekday_day: dt.date | None = None
    # (number, day) of the last "Day N" heading of a diary or a programme that gave its day ("1-ci gün (9 iyul)"):
    # a later "3-cü gün" alone is two days after it.
    day_one: tuple[int, dt.date] | None = None
    # The year last mentioned is the one of an item's own date ("Dərc olunub: 09.01.2024"): a day written without a
    # year under it lies within months before the item, as under a published date ("20 dekabrda" is December 2023).
    year_is_report: bool = False
    year_before: bool = False  # whether `year` is the year before the report's, told so ("last year") and no other since
    # The published date is an issue's last day ("№ 2 (22) · aprel–iyun 2023"): its year and months are the report's,
    # no day of it is ("yesterday", "on Saturday" stay unknown).
    issue: bool = False
    issue_days: tuple[dt.date, dt.date] | None = None  # the issue's first and last day
    # The day a week-by-week account has come to, once its "Week one" heading was read: a weekday under it is the first
    # such day after it, not the latest before the report ("Week three ... On Tuesday", posted weeks after)
    weekly: dt.date | None = None
    eve: dt.date | None = None  # the day an "on the eve" ("накануне") last gave


@dataclass
class Value:
    edtf: str | None
    anchor: str = "explicit"
    qualifier: str | None = None
    calendar: str = "gregorian"
    year: int | None = None  # the point's Gregorian year and month, to carry as context
    month: int | None = None
    day: int | None = None
    written: tuple[int, int | None] | None = None  # (year, month) as written, for non-Gregorian calendars
    base: int | None = None  # a year that places a decade or century, for later "90s"


def _day_number(g: Grammar, text: str) -> int:
    """A day of the month written in digits or as a word of the language's `day_words` ("یکم" is the 1st)."""
    return int(text) if text.isdigit() else int(g.lookup("day_words", text))


def _ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _number(g: Grammar, text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    total = 0
    joiner = fold(g.data.get("number_joiner", "and"))
    for w in fold(text).split():
        if w == joiner:
            continue
        if w not in g.numbers:
            return None
        total += g.numbers[w]
    return total or None


def _year_words(g: Grammar, text: str) -> tuple[int, bool] | None:
    """A year said in words (the `{YW}` slot): its number and whether a century was said ("две тысячи шестом": 2006,
    True; "девяносто второго": 92, False). None for an ordinal that is no year alone ("пятом": the fifth)."""
    words = fold(text).replace("-", " ").split()
    total, whole, i = 0, False, 0
    for table in ("year_centuries", "year_tens", "year_ordinals"):
        for n in (2, 1):  # (a century's words are two: "две тысячи")
            if i + n <= len(words) and (k := g.lookup(table, " ".join(words[i:i + n]))) is not None:
                total += int(k)
                whole = whole or table == "year_centuries"
                i += n
                break
    if i != len(words) or not (whole or total >= 20):
        return None
    return total, whole


def _century(g: Grammar, text: str) -> int | None:
    t = text.strip()
    if t.upper() in ROMAN:
        return ROMAN[t.upper()]
    if t.isdigit():
        return int(t)
    return g.century_words.get(fold(t))


SPAN_REACH = 8  # dates with a year written since a span of days, within which a day it holds is its
YEAR_ALONE_REACH = 40  # characters from a year written alone to a day of its own ("the 2024 edition was held on 11 May")


PROGRAMME_DAYS = 28  # days at most of a span whose days a programme's day heading may fall in
TURN_MONTHS = 6  # months at least that a month written without its year goes back from the one last told, past a year's end
YEAR_SPAN = 350  # days at least of a span that is a year of another calendar ("سال ۱۳۷۴")


def _span_year(ctx: Context, m: int, d: int, cal: str = "gregorian") -> int | None:
    """The year (in calendar `cal`) of a span of days written lately that holds day d of month m (unless another year
    was written alone since): the programme's "Friday 12 Aban" under its title's "12 to 18 Aban 1402" is of 1402,
    whatever year a paragraph recalling an earlier edition wrote last."""
    spans = ctx.spans or []
    for i in range(len(spans) - 1, max(-1, len(spans) - 1 - SPAN_REACH), -1):
        span = spans[i]
        if span is None:
            continue
        first, last = span
        if (last - first).days > 366:
            continue  # ("۱۲۹۶–۱۳۳۱", 1917–1953: a day of a month in it is of none of its years in particular)
        if cal != "gregorian" and not 0 < (last - first).days < PROGRAMME_DAYS:
            continue  # (of another calendar, only a programme's days: its year, month or day told is the year written)
        years = {first.year, last.year} if cal == "gregorian" else {
            from_gregorian(cal, first)[0], from_gregorian(cal, last)[0]}
        for y in years:
            try:
                day = gregorian_day(cal, y, m, d)
            except ValueError:
                return None
            if first <= day <= last and not ((last - first).days > YEAR_SPAN and ctx.published is not None and (
                    day > ctx.published)):  # (a year of another calendar holds the day only up to the report's)
                alone = ctx.year_alone
                if (last - first).days > YEAR_SPAN and ctx.year not in (None, day.year) and None in spans[i + 1:]:
                    # "... in 1374 (1995) ... — Thursday 31 October 2024 ... on 30 October": a date of another
                    # year written since a year of another calendar moved the text on
                    return None
                return None if alone and alone[0] > i and alone[1] != day.year and (
                    ctx.here - alone[2] <= YEAR_ALONE_REACH) else y
    return None


def _near_report(ctx: Context, m: int, d: int, until: bool) -> bool:
    """Whether day d of month m in the report's year is one of the days just before the report (a day a report's text
    runs until, up to a month after it), in another year than the one last told."""
    if ctx.published is None or ctx.year == ctx.published.year or (ctx.year_alone and ctx.year_alone[1] == ctx.year):
        return False  # (... nor one its own sentence gave it: "В 2020 году праздник ушёл в онлайн: 21 марта ...")
    try:
        lag = (dt.date(ctx.published.year, m, d) - ctx.published).days
    except ValueError:
        return False
    return REPORT_DAYS[0] <= lag <= 0 or (until and 0 <= lag <= REPORT_DAYS[1])


def _weekday(g: Grammar, f: dict[str, str], *slots: str) -> int:
    """The weekday (1 for Monday ... 7) named in the first of these slots the match fills, 0 for none."""
    slot = next((k for k in slots if f.get(k)), None)
    return int(g.lookup(slot.rstrip("2"), f[slot]) or 0) if slot else 0


def _month_number(written: str) -> int:
    """A month written as a number, in Arabic or Roman numerals ("05", "V")."""
    return int(written) if written.isdigit() else ROMAN[written.upper()]


SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
SEASON_START = {21: 3, 22: 6, 23: 9, 24: 12}  # the first month of a (northern) season
SEASON_END = {21: 5, 22: 8, 23: 11}  # the last month of a (northern) season of the Gregorian year
# Years of these calendars beyond any a text bilat reads speaks of (Russia left the Julian calendar in 1918).
LAST_YEAR = {"jalali": 1450, "hijri": 1500, "julian": 1918}
WEEK_DAYS = (4, 6)  # days from first to last of a week a digest reviews (working days or all seven)
REVIEW_LAG = 3  # days at most between the week's last and the digest's report
TOLD_LAG = 10  # days at most between the last of a few days a report tells and its day (a visit's, a week's)
NARRATIVE_DAYS = 7  # days before the report within which a weekday counts from the day the text has come to
DIARY_DAYS = 31  # ... and in a story told by days written with their weekdays
REPORT_DAYS = (-TOLD_LAG, 31)  # days before and after the report within which a day without a year is one of its own


def value(g: Grammar, f: dict[str, str], meta: dict, ctx: Context) -> Value | None:
    """The EDTF of one match; None when the match is not a date after all (e.g. 31.02)."""
    if meta.get("following_season"):
        # "the following autumn" after "in May 1997": the first such season after the month last told (1997's); after a
        # year alone, which one it is is not known
        start = SEASON_START.get(int(g.lookup("season", f.get("season", "")) or 0))
        if not ctx.year or not ctx.month or start is None:
            return Value(None, "context")
        f = {**f, "year": str(ctx.year if start > ctx.month else ctx.year + 1)}
    if meta.get("year_shift"):  # "növbəti ilin aprel ayının 12-də": a day of the year after the one last told
        if not ctx.year:
            return Value(None, "context")
        f = {**f, "year": str(ctx.year + meta["year_shift"])}
    if f.get("yword"):
        said = _year_words(g, f["yword"])
        if said is None or (meta.get("century_said") and not said[1]):
            return None
        f = {**f, "year": str(said[0])} if said[1] else {**f, "yy": f"{said[0]:02d}", "said": "1"}
    if f.get("quarter"):  # "2024-cü ilin III rübü", "Q3 2024": its three months
        q = int(f["quarter"]) if f["quarter"].isdigit() else ROMAN.get(f["quarter"].upper()) or int(
            g.lookup("quarter", f["quarter"]) or 0)
        if not 1 <= q <= 4:
            return None
        f = {**f, "mnum": str(3 * q - 2), "mnum2": str(3 * q)}
    part = g.lookup("part", f["part"]) if f.get("part") else None
    qual = part or meta.get("qualifier")  # ("season": an academic year, a theatre's season)
    if meta.get("old_style") and f.get("day2"):
        # "5 (18) March 1918", "25 (12) января 1908 г.", "19 February (3 March) 1918": one day in the Julian calendar
        # and in the Gregorian, in either order; the Gregorian one is the later (by 10 to 13 days).
        m1 = g.month_of("month", f["month"])
        m2 = g.month_of("month", f["month2"]) if f.get("month2") else m1
        later = (m2 or 0, _day_number(g, f["day2"])) > (m1 or 0, _day_number(g, f["day"]))
        f = {k: v for k, v in f.items() if k not in ("day2", "month2")} | (
            {"day": f["day2"], "month": f.get("month2", f["month"])} if later else {})

    if f.get("every"):  # "every 21 June", "hər il dekabrın 16-da": a day of every year, no happening's
        return Value(None, "explicit", "recurring")
    if f.get("next") and not f.get("weekday"):  # "в следующий вторник": a day to come, no happening's yet
        return Value(None, "published", "next")

    if f.get("anniv") and f.get("num"):
        key, n = g.lookup("anniv", f["anniv"]), _number(g, f["num"])
        base = anniversary_base(key) if key else None
        if base is None or n is None:
            return None
        return Value(str(base + n), qualifier="anniversary", year=base + n)

    if f.get("same"):
        unit = g.lookup("same", f["same"])
        written = (ctx.cal_years or {}).get(ctx.calendar)
        shift = {"next_year": 1, "previous_year": -1, "two_years_later": 2, "three_years_later": 3,
                 "two_years_earlier": -2}.get(unit)
        if shift is None and unit and unit.startswith("years_later_"):  # "six years later", "шесть лет спустя"
            shift = int(unit.rsplit("_", 1)[1])
        if shift is not None:  # "the following year": the year last mentioned, plus one
            if ctx.calendar != "gregorian" and written:
                a, b = gregorian_span(ctx.calendar, written[0] + shift)
                return Value(f"{_ymd(a)}/{_ymd(b)}", "context", calendar=ctx.calendar, written=(written[0] + shift, None))
            base = ctx.year
            if base and shift > 0 and ctx.published is not None and base + shift > ctx.published.year:
                # Not counted on from the report's own year to a year not yet come: from the year last written out, when
                # "today" came between ("2011-ci ildə ... bu gün ... Üç il sonra"), or from none when no other was written
                # ("TASHKENT, 2 October 2024 — When ... first talked about a film ... Three years later, the film has
                # premiered" counts from a day untold).
                last = ctx.years[-1] if ctx.years else None
                if set(ctx.years or ()) <= {ctx.published.year}:
                    base = None
                elif last is not None and last != base and last + shift <= ctx.published.year:
                    base = last
            if base:
                return Value(f"{base + shift:04d}", "context", year=base + shift, month=None)
            if ctx.published is not None and shift < 0:
                # "İki il əvvəl, ..." opening a text: two years before the report ("two years later" than the report
                # would be a year not yet come)
                y = ctx.published.year + shift
                return Value(f"{y:04d}", "published", year=y, month=None)
            return Value(None, "context")
        days = {"next_day": 1, "two_days_later": 2, "three_days_later": 3, "week_later": 7, "day_before": -1}.get(unit)
        if days is None and unit and unit.startswith("days_later_"):  # "six days later", "شش روز بعد"
            days = int(unit.rsplit("_", 1)[1])
        if days is not None:  # "the next day", "a week later": counted from the day last mentioned
            if unit == "day_before" and ctx.eve is not None and ctx.eve == ctx.last_day:
                # ("накануне вечером ... Также накануне ..."): the eve told again, not the eve of the eve
                d = ctx.eve
                return Value(_ymd(d), "context", year=d.year, month=d.month, day=d.day)
            if ctx.last_day is not None:  # Gregorian, whatever the calendar it was written in
                d = ctx.last_day + dt.timedelta(days=days)
                return Value(_ymd(d), "context", year=d.year, month=d.month, day=d.day)
            if unit == "day_before" and ctx.published is not None:  # "Накануне министр встретилась": the report's eve
                d = ctx.published - dt.timedelta(days=1)
                return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)
            return Value(None, "context")
        if unit == "first_day":  # "on the opening day": the first day of the span of days last told
            span = ctx.last_span
            if span is not None and span[1] == ctx.last_day:
                d = span[0]
                return Value(_ymd(d), "context", year=d.year, month=d.month, day=d.day)
            return Value(None, "context")
        if unit == "day" and ctx.year and ctx.month and ctx.day:
            return Value(f"{ctx.year:04d}-{ctx.month:02d}-{ctx.day:02d}", "context", year=ctx.year,
                         month=ctx.month, day=ctx.day)
        if unit == "period":  # "in those days": the span of days last told, else its day, month or year
            span = ctx.spans[-1] if ctx.spans else None
            if span and ctx.last_day == span[1] and span[0] < span[1] and (span[0].year, span[0].month) == (
                    ctx.year, ctx.month):
                a, b = span
                return Value(f"{_ymd(a)}/{_ymd(b)}", "context", year=a.year, month=a.month, day=a.day)
            unit = "day" if ctx.day else "month" if ctx.month or (written and written[1]) else "year"
        if unit == "month" and ctx.calendar != "gregorian" and written and written[1]:
            a, b = gregorian_span(ctx.calendar, written[0], written[1])
            return Value(f"{_ymd(a)}/{_ymd(b)}", "context", calendar=ctx.calendar, written=written)
        if unit == "month" and ctx.year and ctx.month:
            return Value(f"{ctx.year:04d}-{ctx.month:02d}", "context", year=ctx.year, month=ctx.month)
        if unit == "year" and ctx.calendar != "gregorian" and written:
            a, b = gregorian_span(ctx.calendar, written[0])
            return Value(f"{_ymd(a)}/{_ymd(b)}", "context", calendar=ctx.calendar, written=(written[0], None))
        if unit == "year" and ctx.year:
            return Value(f"{ctx.year:04d}", "context", year=ctx.year, month=None)
        return Value(None, "context")

    if f.get("mday") and (f.get("weekday") or f.get("weekday_short")) and not f.get("mday2"):
        # "On Monday the 14th": the month of the text (or the next: a diary's "Tue 1st" after "Mon 30th"), or one just
        # before the report, whose such day is that weekday
        d = int(f["mday"])
        wd = _weekday(g, f, "weekday", "weekday_short")
        # "شنبه ۹ مهر ... یکشنبه ۱۰": a day of the month of another calendar the text writes in (the one it wrote last
        # first), where that day is that weekday
        for cal, written in sorted((ctx.cal_years or {}).items(), key=lambda kv: kv[0] != ctx.calendar):
            if cal == "gregorian" or not written or not written[1]:
                continue
            y, m = written
            for cy, cm in ((y, m), (y + (m == 12), m % 12 + 1)):
                try:
                    day = gregorian_day(cal, cy, cm, d)
                except ValueError:
                    continue
                if day.isoweekday() == wd and (ctx.published is None or day <= ctx.published or meta.get("line")):
                    return Value(_ymd(day), "context", calendar=cal, year=day.year, month=day.month, day=day.day,
                                 written=(cy, cm))
        months = [(ctx.year, ctx.month), (ctx.year + (ctx.month == 12), ctx.month % 12 + 1)] if ctx.year and ctx.month else []
        if ctx.published is not None:
            p = ctx.published
            months += [(p.year, p.month), (p.year - (p.month == 1), (p.month - 2) % 12 + 1)]
        for y, m in months:
            try:
                day = dt.date(y, m, d)
            except ValueError:
                continue
            # (a diary's entry, its day alone on its line, may come after the day the entry before it counted from)
            if day.isoweekday() == wd and (ctx.published is None or day <= ctx.published or meta.get("line")):
                return Value(_ymd(day), "context", year=y, month=m, day=d)
        return Value(None, "context")

    if f.get("mday") and not f.get("rel_month"):  # "On the 20th", "ayın 19-da", "14-16:" under a month's heading
        d, d2 = int(f["mday"]), int(f["mday2"]) if f.get("mday2") else None
        written = (ctx.cal_years or {}).get(ctx.calendar)
        try:
            if ctx.calendar != "gregorian" and written and written[1]:
                a = gregorian_day(ctx.calendar, written[0], written[1], d)
                b = gregorian_day(ctx.calendar, written[0], written[1], d2) if d2 else None
            elif ctx.year and ctx.month and not (meta.get("line") == "start" and ctx.year_is_report and ctx.day):
                # (a list's "• 12 — sərgi" right under the report's date line is a figure, no day of its month)
                a = dt.date(ctx.year, ctx.month, d)
                b = dt.date(ctx.year, ctx.month, d2) if d2 else None
            else:
                return Value(None, "context")
        except ValueError:
            return None
        if b is not None and b <= a:
            return None
        edtf = f"{_ymd(a)}/{_ymd(b)}" if b else _ymd(a)
        return Value(edtf, "context", calendar=ctx.calendar, year=a.year, month=a.month, day=None if b else a.day,
                     written=written if ctx.calendar != "gregorian" else None)

    if f.get("last_named") and f.get("month"):  # "last November": the latest November before the report's month
        m = g.month_of("month", f["month"])
        if ctx.published is None or m is None:
            return Value(None, "published")
        y = ctx.published.year if m < ctx.published.month else ctx.published.year - 1
        return Value(f"{y:04d}-{m:02d}", "published", year=y, month=m)

    if f.get("season") and (f.get("rel") or f.get("prev")) and not f.get("year"):
        # "پاییز امسال" (this year's autumn), "پاییز گذشته" (the latest autumn gone by), "بهار سال گذشته"
        if ctx.published is None:
            return Value(None, "published")
        code = int(g.lookup("season", f["season"]) or 0)
        jalali = g.data.get("season_calendar") == "jalali" and 21 <= code <= 24
        k = 3 * (code - 21)
        py = from_gregorian("jalali", ctx.published)[0] if jalali else ctx.published.year
        if f.get("rel"):
            py += int(g.lookup("rel", f["rel"]) or 0)
        elif jalali and gregorian_span("jalali", py, k + 3)[1] >= ctx.published:
            py -= 1  # this year's is not over yet: the one before
        elif not jalali and not (code in SEASON_END and ctx.published.month > SEASON_END[code]):
            py -= 1  # ... ("last spring" in October is this year's; winter, which spans two, the one before)
        if not jalali:
            return Value(f"{py:04d}", "published", SEASONS.get(code), year=py)
        a, b = gregorian_span("jalali", py, k + 1)[0], gregorian_span("jalali", py, k + 3)[1]
        return Value(f"{_ymd(a)}/{_ymd(b)}", "published", SEASONS.get(code), "jalali", written=(py, None))

    if meta.get("this_day") and f.get("year") and not f.get("rel"):
        # "#OnThisDay in 1987", "#در_چنین_روزی در سال ۱۳۷۱": the day of the post it opens, in the year it names (of the
        # language's own calendar below 1600)
        y = int(f["year"])
        # (the day last told, though a year was told since: "11 июня / В 1999 году в этот день" is 11 June 1999)
        base = dt.date(ctx.year, ctx.month, ctx.day) if ctx.year and ctx.month and ctx.day else (
            ctx.told_day or ctx.published)
        if base is None:
            return Value(f"{y:04d}", "explicit", year=y)
        cal = g.data.get("calendar_below_1600") if y < 1600 else None
        try:
            d = gregorian_day(cal, y, *from_gregorian(cal, base)[1:]) if cal else base.replace(year=y)
        except ValueError:  # (29 February, the 30th of Esfand in a common year)
            return Value(f"{y:04d}", "explicit", year=y)
        return Value(_ymd(d), "context", year=d.year, month=d.month, day=d.day)

    if meta.get("this_day") and f.get("rel"):
        # "#OnThisDay 25 years ago", "۲۵ سال پیش در چنین روزی": the day of the post it opens (the date heading it,
        # else the text's), so many years before.
        if ctx.year and ctx.month and ctx.day:
            base, anchor = dt.date(ctx.year, ctx.month, ctx.day), "context"
            if ctx.published is not None and abs(base.year - ctx.published.year) > 1:
                # (the day last told was an entry's of a year long past, under the post's heading: "۱ آبان / ... ۱ آبان
                # ۱۳۷۴ ... / سال گذشته در همین روز" counts from the post's year)
                try:
                    base = base.replace(year=ctx.published.year)
                except ValueError:  # 29 February
                    base = ctx.published
        elif ctx.published is not None:
            base, anchor = ctx.published, "published"
        else:
            return Value(None, "published")
        y = base.year + int(g.lookup("rel", f["rel"]) or 0)
        try:
            d = base.replace(year=y)
        except ValueError:  # 29 February
            return Value(f"{y:04d}-{base.month:02d}", anchor, year=y, month=base.month)
        return Value(_ymd(d), anchor, year=d.year, month=d.month, day=d.day)

    if (f.get("rel") or f.get("rel_month") or f.get("rel_day") or f.get("rel_week")) and not (
            f.get("jmonth") or f.get("hmonth")):  # "اردیبهشت امسال": a month of the Jalali year, below
        if ctx.published is None:
            return Value(None, "published")
        p = ctx.published
        if f.get("rel_week"):
            # The calendar week (Monday to Sunday; Saturday to Friday where the language's week starts on a Saturday,
            # `week_start`) so many weeks from the published date's: an interval of its seven days, as precise as "last
            # week" is.
            ws = int(g.data.get("week_start", 1))
            first = p - dt.timedelta(days=(p.isoweekday() - ws) % 7) + dt.timedelta(
                weeks=int(g.lookup("rel_week", f["rel_week"]) or 0))
            if f.get("weekday"):  # "on Tuesday last week", "سه‌شنبهٔ هفتهٔ پیش": that day of that week
                d = first + dt.timedelta(days=(int(g.lookup("weekday", f["weekday"])) - ws) % 7)
                if f.get("weekday2"):  # "from Tuesday to Saturday last week": those days of that week
                    d2 = first + dt.timedelta(days=(int(g.lookup("weekday", f["weekday2"])) - ws) % 7)
                    if d2 > d:
                        return Value(f"{_ymd(d)}/{_ymd(d2)}", "published")
                return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)
            return Value(f"{_ymd(first)}/{_ymd(first + dt.timedelta(days=6))}", "published")
        if f.get("rel_day"):
            d = p + dt.timedelta(days=int(g.lookup("rel_day", f["rel_day"]) or 0))
            return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)
        if f.get("rel_month"):
            n = p.year * 12 + p.month - 1 + int(g.lookup("rel_month", f["rel_month"]) or 0)
            y, m = divmod(n, 12)
            if f.get("mday"):  # "bu ayın 3-də": a day of the report's month
                try:
                    d = dt.date(y, m + 1, int(f["mday"]))
                except ValueError:
                    return None
                return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)
            return Value(f"{y:04d}-{m + 1:02d}", "published", year=y, month=m + 1)
        y = p.year + int(g.lookup("rel", f["rel"]) or 0)
        m = g.month_of("month", f["month"]) if f.get("month") else None
        if m is not None and f.get("day"):  # "bu ilin 25 yanvar – 15 fevral tarixlərində": days of that year
            m2 = g.month_of("month", f["month2"]) if f.get("month2") else m
            try:
                d1 = dt.date(y, m, int(f["day"]))
                d2 = dt.date(y, m2, int(f["day2"])) if f.get("day2") else None
            except (ValueError, TypeError):
                return None
            if d2 is not None and d2 > d1:
                return Value(f"{_ymd(d1)}/{_ymd(d2)}", "published", year=y)
            if f.get("until"):  # "until 15 February next year": an end, no day of a happening
                return Value(f"../{_ymd(d1)}", "published", "until")
            return Value(_ymd(d1), "published", year=y, month=m, day=d1.day)
        if m is not None and f.get("until"):
            return Value(f"../{y:04d}-{m:02d}", "published", "until")
        if m is not None:  # "ötən ilin dekabrında", "в декабре прошлого года", "in December last year"
            return Value(f"{y:04d}-{m:02d}", "published", qualifier=qual, year=y, month=m)
        return Value(f"{y:04d}", "published", year=y)

    if f.get("weekday") and not f.get("day"):
        if fold(f["weekday"]) in g.data.get("place_weekdays", ()) and not (
                f.get("dayword") or f.get("prev") or meta.get("weekday")):
            return None  # "در کاخ وحدت دوشنبه": in Dushanbe
        wd = int(g.lookup("weekday", f["weekday"]))  # ISO: Monday 1 .. Sunday 7
        # The last span of a few days written out, when the text is still within it
        span = next((sp for sp in reversed(ctx.spans or ()) if sp and 0 < (sp[1] - sp[0]).days < 14), None)
        # (with no report day to count from, a month told in passing, "до конца ноября", leaves the week told)
        told = ctx.last_day or (ctx.told_day if f.get("heading") or ctx.published is None else None)
        # (a digest's week ended a day or a few before its report: "Week in review, 13–19 May ... On Monday")
        reviewed = span is not None and ctx.published is not None and WEEK_DAYS[0] <= (span[1] - span[0]).days <= WEEK_DAYS[
            1] and 0 < (ctx.published - span[1]).days <= REVIEW_LAG and (told is None or told >= span[0])
        # (... and so are the days of a visit a report tells just after them, its weekdays told after them: "mayın 6-dan
        # 11-dək ... bazar ertəsi ... Çərşənbə günü" in a paper of Friday 17 May)
        reviewed = reviewed or span is not None and ctx.published is not None and told is None and (
            0 < (ctx.published - span[1]).days <= TOLD_LAG)
        # (... and a weekday heading a digest's section, its week written at the top: "9—15 сентября 2024 ... ВТОРНИК"
        # after an item that recalled "1 сентября")
        reviewed = reviewed or span is not None and bool(f.get("heading")) and WEEK_DAYS[0] <= (
            span[1] - span[0]).days <= WEEK_DAYS[1]
        if span is not None and (reviewed or told is not None and span[0] <= told <= span[1]) and not (
                f.get("next") or f.get("until") or f.get("prev") or g.lookup("prev", f["weekday"])):
            # "from 2 to 9 May ... on the second day, Sunday": the such day of the days just written out; a
            # week's digest "15–19 April ... Monday, 15 April ... Tuesday": the such day of that week
            hits = [span[0] + dt.timedelta(days=i) for i in range((span[1] - span[0]).days + 1)
                    if (span[0] + dt.timedelta(days=i)).isoweekday() == wd]
            if len(hits) == 1:
                return Value(_ymd(hits[0]), "context", year=hits[0].year, month=hits[0].month, day=hits[0].day)
        if ctx.published is None:
            return Value(None, "published")
        if f.get("until"):  # "will run until Sunday": the first such day from the report on
            d = ctx.published + dt.timedelta(days=(wd - ctx.published.isoweekday()) % 7)
            return Value(f"../{_ymd(d)}", "published", "until")
        if f.get("next"):  # "next Tuesday": the first such day after the report's
            d = ctx.published + dt.timedelta(days=(wd - ctx.published.isoweekday() - 1) % 7 + 1)
            return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)
        prev = f.get("prev") or g.lookup("prev", f["weekday"])
        if ctx.weekly is not None and not prev:
            d = ctx.weekly + dt.timedelta(days=(wd - ctx.weekly.isoweekday() - 1) % 7 + 1)
            d2 = d + dt.timedelta(days=(int(g.lookup("weekday", f["weekday2"])) - wd) % 7) if f.get("weekday2") else d
            if d2 > d and d2 <= ctx.published:  # ("Wednesday and Thursday were public holidays")
                return Value(f"{_ymd(d)}/{_ymd(d2)}", "context")
            if d <= ctx.published:
                return Value(_ymd(d), "context", year=d.year, month=d.month, day=d.day)
        back = (ctx.published.isoweekday() - wd) % 7  # news report the past: the latest such day
        if back == 0 and prev:
            back = 7  # "last Monday" in a Monday's paper: a week ago
        d = ctx.published - dt.timedelta(days=back)
        last = ctx.last_day
        diary = ctx.weekday_day is not None and last is not None and 0 <= (last - ctx.weekday_day).days < 7
        if not prev and last is not None and 0 < (ctx.published - last).days <= (DIARY_DAYS if diary else NARRATIVE_DAYS):
            # A report telling its week day by day ("the Days opened last Monday ... the delegation had
            # arrived a day before, on Sunday"): the such day nearest the day it has come to, never after
            # the report.
            ahead = last + dt.timedelta(days=(wd - last.isoweekday()) % 7)
            d = min((x for x in (ahead - dt.timedelta(days=7), ahead) if x <= ctx.published),
                    key=lambda x: (abs((x - last).days), x))
        if f.get("weekday2"):
            # "چهارشنبه و پنج‌شنبه", "on Wednesday and Thursday": the two days and those between, the latest such before
            # the report
            d2 = d + dt.timedelta(days=(int(g.lookup("weekday", f["weekday2"])) - wd) % 7)
            if d2 > ctx.published:
                d, d2 = d - dt.timedelta(days=7), d2 - dt.timedelta(days=7)
            if d2 > d:
                return Value(f"{_ymd(d)}/{_ymd(d2)}", "published")
        return Value(_ymd(d), "published", year=d.year, month=d.month, day=d.day)

    if f.get("century"):
        c = _century(g, f["century"])
        if not c or not 1 <= c <= 22:
            return None
        if f.get("decade"):
            y = (c - 1) * 100 + int(f["decade"])
            return Value(f"{y // 10:03d}X", qualifier=qual, base=y)
        if f.get("century2"):
            c2 = _century(g, f["century2"])
            if not c2 or c2 <= c:
                return None
            return Value(f"{c - 1:02d}XX/{c2 - 1:02d}XX", qualifier=qual)
        if part == "first_years":
            return Value(f"{c - 1:02d}0X", qualifier="early")
        return Value(f"{c - 1:02d}XX", qualifier=qual)

    if f.get("decade4"):
        dec = int(f["decade4"])
        dcal = g.lookup("cal", f["cal"]) if f.get("cal") else (
            g.data.get("calendar_below_1600") if dec < 1600 else None)
        if dcal and dcal != "gregorian":  # دهه ۱۳۷۰: the Jalali 1370s
            a, b = gregorian_span(dcal, dec)[0], gregorian_span(dcal, dec + 9)[1]
            return Value(f"{_ymd(a)}/{_ymd(b)}", qualifier=qual, calendar=dcal)
        if f.get("from"):  # "с 1960-х годов до наших дней": from the decade on
            return Value(f"{dec // 10:03d}X/..", qualifier="from", base=dec)
        if f.get("decade42"):  # "в 1920–1930-е годы": from the first decade to the second (the text's year stays)
            dec2 = int(f["decade42"])
            return Value(f"{dec // 10:03d}X/{dec2 // 10:03d}X", qualifier=qual, base=dec2) if dec < dec2 <= dec + 100 else None
        return Value(f"{int(f['decade4']) // 10:03d}X", qualifier=qual, base=int(f["decade4"]))

    if f.get("decade_words"):  # "in the late eighties", "в конце восьмидесятых", "səksəninci illərdə"
        f = {**f, "decade": g.lookup("decade_words", f["decade_words"])}
    if f.get("decade"):
        base = ctx.year or ctx.century_base or (ctx.published.year if ctx.published else None)
        if base is None:
            return Value(None, "context", qualifier=qual)
        # The century that puts the decade nearest the year spoken of ("в 1989 году ... 90-е годы" are the
        # 1990s, "in 1905 ... the 90s" the 1890s), never after the text was written.
        ys = [(base // 100) * 100 + int(f["decade"]) + k for k in (-100, 0, 100)]
        # (with no report day, not after today: "в шестидесятые годы" told in 2019 are no 2060s)
        last = ctx.published.year if ctx.published is not None else dt.date.today().year
        ys = [y for y in ys if y <= last] or ys
        y = min(ys, key=lambda y: abs(y + 5 - base))
        return Value(f"{y // 10:03d}X", "context", qualifier=qual)

    # Calendar dates.
    cal = "gregorian"
    if f.get("jmonth") or f.get("jyear"):  # (a Solar Hijri year in two digits: "پاییز ۹۷")
        cal = "jalali"
    elif f.get("hmonth"):
        cal = "hijri"
    elif f.get("cal"):
        cal = g.lookup("cal", f["cal"]) or "gregorian"
    elif f.get("year") and int(f["year"]) < 1600 and g.data.get("calendar_below_1600"):
        cal = g.data["calendar_below_1600"]
    month_field = {"jalali": "jmonth", "hijri": "hmonth"}.get(cal, "month")
    kind = {"jalali": "jmonth", "hijri": "hmonth"}.get(cal, "month")
    y = int(f["year"]) if f.get("year") else 1300 + int(f["jyear"]) if f.get("jyear") else None
    anchor = "context" if meta.get("year_shift") or meta.get("following_season") else "explicit"
    if f.get("yy") and f.get("year") and not f.get("year2"):
        # "2017/18 season": the second year the one ending in those two digits, the first after the year written
        y2 = int(f["year"]) // 100 * 100 + int(f["yy"])
        f = {k: v for k, v in f.items() if k != "yy"} | {"year2": str(y2 + 100 if y2 <= int(f["year"]) else y2)}
    if f.get("yy"):
        # "8.6.23" in a table's date column: the century of the year the text speaks of, nearest it and never after
        # the text was written; with none, the year is not known. A messenger's stamp ("12.03.24, 14:05 - Name:") is
        # of the century its template names: those exports exist only since.
        base = meta.get("century") or ctx.year or ctx.century_base or (ctx.published.year if ctx.published else None)
        if base is None:
            return Value(None, "context", qual)
        ys = [(base // 100) * 100 + int(f["yy"]) + k for k in (-100, 0, 100)]
        # (a year said in two words, "в девяносто втором", is one the speaker has lived: not after today either)
        last = ctx.published.year if ctx.published else dt.date.today().year if f.get("said") else None
        ys = [c for c in ys if last is None or c <= last] or ys
        y, anchor = min(ys, key=lambda c: abs(c - base)), "context"
    y2 = int(f["year2"]) if f.get("year2") else None
    if cal != "gregorian" and ((y or 0) > LAST_YEAR[cal] or (y2 or 0) > LAST_YEAR[cal]):
        return None  # "بیش از ۱۵۰۰ عنوان": a count, no Solar Hijri year not yet come
    m = _month_number(f["mnum"]) if f.get("mnum") else (g.month_of(kind, f[month_field]) if f.get(month_field) else None)
    if f.get(month_field) and m is None and f.get("month"):
        m = g.month_of("month", f["month"])
    m2 = _month_number(f["mnum2"]) if f.get("mnum2") else g.month_of(kind, f[month_field + "2"]) if f.get(month_field + "2") else None
    d = _day_number(g, f["day"]) if f.get("day") else None
    d2 = _day_number(g, f["day2"]) if f.get("day2") else None
    if y is None and m is None:
        return None
    if cal == "julian" and (d is None or d2 is not None or y is None):
        cal = "gregorian"  # an Old Style month or year is the same as the New's but for a few days at its ends
    if d is not None and m is None:
        return None

    if y is None and cal != "gregorian" and (f.get("rel") or f.get("last_named")):
        # "اردیبهشت امسال" (this year's Ordibehesht), "۱۲ دی‌ماه گذشته" (the latest 12 Dey): the year
        # of the report in the calendar the month is written in.
        if ctx.published is None:
            return Value(None, "published", calendar=cal)
        py, pm, pd = from_gregorian(cal, ctx.published)
        if f.get("rel"):
            y = py + int(g.lookup("rel", f["rel"]) or 0)
        else:
            y = py if (m, d or 1) < (pm, pd) else py - 1
        anchor = "published"
    written = (ctx.cal_years or {}).get(cal)
    if y is None:
        if d is not None and (inside := _span_year(ctx, m, d, cal)) is not None:
            y, anchor = inside, "context"
        elif cal != "gregorian" and written:
            y, anchor = written[0], "context"
        elif cal == "gregorian" and ctx.year is not None and ctx.year_is_report and ctx.published is not None:
            y, anchor = ctx.published.year, "context"
            if dt.date(y, m, 1) > ctx.published + dt.timedelta(days=183):
                y -= 1
        elif cal == "gregorian" and ctx.year is not None and not (
                d is not None and ctx.month is None and _near_report(ctx, m, d, bool(f.get("until")))):
            y, anchor = ctx.year, "context"
            if ctx.published is not None and ctx.year_before and ctx.year == ctx.published.year - 1 and ctx.month is not None and (
                    ctx.month - m >= TURN_MONTHS) and dt.date(ctx.published.year, m, d or 1) <= ctx.published:
                # The months since "last year" told up to the report: "Ötən ilin sentyabrında ... Dekabrın 12-dən 18-dək ...
                # yanvarın 19-da ... 21 martda" in a speech of May is last year's autumn and this year's winter and spring
                y += 1
        elif cal == "gregorian" and ctx.year is not None:
            # A day of the report's own days after a year told alone of its background ("work began in the autumn of
            # 2022 ... the delegation, in Baku since 11 March, ..." under "Baku, 14 March 2024"): the report's year.
            y, anchor = ctx.published.year, "published"
        elif ctx.published is not None and cal == "gregorian":
            y, anchor = ctx.published.year, "published"
            # A date written without a year in a news item lies within months of its publication.
            if dt.date(y, m, 1) > ctx.published + dt.timedelta(days=183):
                y -= 1
        elif ctx.published is not None and m is not None:  # "۲۵ آذر" in a news item: the report's Jalali year
            y, anchor = from_gregorian(cal, ctx.published)[0], "published"
            if gregorian_day(cal, y, m, 1) > ctx.published + dt.timedelta(days=183):
                y -= 1
        elif cal == "gregorian":
            try:
                if d is not None:
                    dt.date(2000, m, d)  # 29 February is a valid day of some year
                    if d2 is not None:
                        dt.date(2000, m2 or m, d2)
                        return Value(f"XXXX-{m:02d}-{d:02d}/XXXX-{m2 or m:02d}-{d2:02d}", anchor, qual)
                    if f.get("until"):
                        return Value(f"../XXXX-{m:02d}-{d:02d}", anchor, "until")
                    return Value(f"XXXX-{m:02d}-{d:02d}", anchor, qual)
            except ValueError:
                return None
            return Value(f"XXXX-{m:02d}/XXXX-{m2:02d}" if m2 is not None and m2 > m else f"XXXX-{m:02d}", anchor, qual)
        else:
            return Value(None, "context", qual, cal)

    # ("15 iyul, bazar ertəsi": the weekday after the day, in the slot of a template's second weekday)
    if d is not None and anchor != "explicit" and (
            wd := _weekday(g, f, "weekday", "weekday2", "weekday_short", "weekday_short2")):
        # "Thursday 27 Ordibehesht" with no year: the year near the text's in which that day is a Thursday.
        py = from_gregorian(cal, ctx.published)[0] if ctx.published is not None else None
        # ... or, none near it, the report's own year ("died on Saturday 2 Dey 1402 ... the memorial on Wednesday 6
        # Dey"), or the text's first year, its own, in which it is ("Autumn 2023 ... in 2019 ... Monday, 9 October"; a
        # diary's or a minute's heading), or the latest year it wrote out after it in which it is
        own, told = (ctx.years[:1], tuple(reversed(ctx.years[1:]))) if cal == "gregorian" and ctx.years else ((), ())
        # (the report's year before the years next to one a background recalled: "یکشنبه ۲۹ مرداد" heading a
        # programme of 1402 after "در شهریور ۱۳۹۷", a Sunday in 1402 and 1396 both)
        for yy in (y, *own) + ((py,) if py is not None else ()) + (y + 1, y - 1) + ((py - 1,) if py is not None else ()) + told:
            try:
                if gregorian_day(cal, yy, m, d).isoweekday() == wd:
                    y = yy
                    break
            except ValueError:
                continue

    try:
        if m is None and f.get("season") and y2 is None:
            code = int(g.lookup("season", f["season"]) or 0)
            if cal != "gregorian" and 21 <= code <= 24:
                # The Persian seasons are the quarters of the Solar Hijri year (spring: Farvardin to
                # Khordad): "پاییز ۱۳۹۷" is exactly Mehr 1 to Azar 30 of 1397.
                k = 3 * (code - 21)
                a, b = gregorian_span(cal, y, k + 1)[0], gregorian_span(cal, y, k + 3)[1]
                return Value(f"{_ymd(a)}/{_ymd(b)}", anchor, SEASONS.get(code), cal, written=(y, None))
            # A season of a Gregorian year has no day bounds to write: the year, which it is in
            # (EDTF's 2018-23 would need every reader of the value to know season codes).
            return Value(f"{y:04d}", anchor, SEASONS.get(code), cal, year=y)
        if m is None:  # years
            if y2 is not None:
                if not y < y2 <= y + 200:
                    return None
                if cal == "gregorian":
                    return Value(f"{y:04d}/{y2:04d}", anchor, qual, cal)
                return Value(f"{_ymd(gregorian_span(cal, y)[0])}/{_ymd(gregorian_span(cal, y2)[1])}", anchor, qual, cal)
            if cal == "gregorian":
                v = f"{y:04d}"
                point = Value(v, anchor, qual, cal, year=y)
            else:
                a, b = gregorian_span(cal, y)
                point = Value(f"{_ymd(a)}/{_ymd(b)}", anchor, qual, cal, written=(y, None))
            if f.get("from"):
                point.edtf, point.qualifier = f"{point.edtf.split('/')[0]}/..", "from"
            elif f.get("until"):
                point.edtf, point.qualifier = f"../{point.edtf.split('/')[-1]}", "until"
            return point
        if d is None:  # a month
            if cal == "gregorian":
                # A span of months carries its (last) year as the context ("From March to May 2011 ... In
                # December of the same year").
                if m2 is not None and y2 is not None:  # "from November 2018 to February 2019"
                    return Value(f"{y:04d}-{m:02d}/{y2:04d}-{m2:02d}", anchor, qual, cal, year=y2) if (
                        y2, m2) > (y, m) else None
                if m2 is not None:
                    return Value(f"{y:04d}-{m:02d}/{y:04d}-{m2:02d}", anchor, qual, cal, year=y) if m2 > m else None
                if f.get("until"):
                    if anchor == "context" and ctx.month is not None and m < ctx.month:
                        y += 1  # "in December ... until January": the January after
                    return Value(f"../{y:04d}-{m:02d}", anchor, "until", cal)
                return Value(f"{y:04d}-{m:02d}", anchor, qual, cal, year=y, month=m)
            a, b = gregorian_span(cal, y, m)
            if m2 is not None:  # "تیر و مرداد ۱۳۹۸": from the first month's first day to the last's last
                if m2 <= m:
                    return None
                b = gregorian_span(cal, y, m2)[1]
            if f.get("until"):  # "تا پایان مهرماه": an end, no month of a happening
                return Value(f"../{_ymd(b)}", anchor, "until", cal)
            return Value(f"{_ymd(a)}/{_ymd(b)}", anchor, qual, cal, written=(y, m if m2 is None else None))
        start = gregorian_day(cal, y, m, d)
        if d2 is not None:
            end = gregorian_day(cal, y2 or y, m2 or m, d2)
            if end <= start and y2 is None and m2 is not None and m2 < m:
                end = gregorian_day(cal, y + 1, m2, d2)  # "from 18 November to 25 February": into the next year
            if end <= start:
                return None
            v = Value(f"{_ymd(start)}/{_ymd(end)}", anchor, qual, cal)
            if start.year == end.year:
                # "с 14 марта по 20 мая 2018 г. ... Годом позже": the text now speaks of that year (and month)
                v.year, v.month = start.year, start.month if start.month == end.month else None
            if cal != "gregorian":
                v.written = (y, m if m2 is None else None)
            return v
        v = Value(_ymd(start), anchor, qual, cal, year=start.year, month=start.month, day=start.day)
        if cal != "gregorian":
            v.written = (y, m)
        if f.get("from"):
            v.edtf, v.qualifier = f"{v.edtf}/..", "from"
        elif f.get("until"):
            v.edtf, v.qualifier = f"../{v.edtf}", "until"
        return v
    except ValueError:
        return None

