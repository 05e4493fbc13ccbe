"""Calendar conversion to Gregorian, always through a library (jdatetime, convertdate)."""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

import jdatetime
from convertdate import islamic, julian


# Pure functions of a few small integers, called for every date of a corpus: remembered (jdatetime and
# convertdate build objects and check locales on every call).
@lru_cache(maxsize=65536)
def gregorian_day(cal: str, y: int, m: int, d: int) -> dt.date:
    """The Gregorian date of day d of month m of year y in calendar `cal`; ValueError if none."""
    if cal == "gregorian":
        return dt.date(y, m, d)
    if cal == "jalali":
        return jdatetime.date(y, m, d).togregorian()
    if cal == "hijri":
        if not 1 <= d <= islamic.month_length(y, m):
            raise ValueError(f"day {d} out of range for Hijri month {m}")
        return dt.date(*islamic.to_gregorian(y, m, d))
    if cal == "julian":  # an Old Style day ("31 May 1667 (O.S.)")
        if not 1 <= m <= 12 or not 1 <= d <= julian.month_length(y, m):
            raise ValueError(f"day {d} out of range for Julian month {m}")
        return dt.date(*julian.to_gregorian(y, m, d))
    raise ValueError(f"unknown calendar {cal}")


@lru_cache(maxsize=65536)
def month_length(cal: str, y: int, m: int) -> int:
    if cal == "gregorian":
        return calendar.monthrange(y, m)[1]
    if cal == "jalali":
        return jdatetime.j_days_in_month[m - 1] + (1 if m == 12 and jdatetime.date(y, 1, 1).isleap() else 0)
    if cal == "julian":
        return julian.month_length(y, m)
    return islamic.month_length(y, m)


@lru_cache(maxsize=65536)
def gregorian_span(cal: str, y: int, m: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a year (or a month) of `cal`."""
    if m is None:
        return gregorian_day(cal, y, 1, 1), gregorian_day(cal, y, 12, month_length(cal, y, 12))
    return gregorian_day(cal, y, m, 1), gregorian_day(cal, y, m, month_length(cal, y, m))


def from_gregorian(cal: str, d: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in calendar `cal`."""
    if cal == "jalali":
        j = jdatetime.date.fromgregorian(date=d)
        return j.year, j.month, j.day
    if cal == "hijri":
        return islamic.from_gregorian(d.year, d.month, d.day)
    if cal == "julian":
        return julian.from_gregorian(d.year, d.month, d.day)
    return d.year, d.month, d.day
