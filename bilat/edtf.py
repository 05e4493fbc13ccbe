"""The few EDTF operations bilat needs: the days a value can mean, and which of two is more precise.

Written here because the EDTF libraries on PyPI (edtf, python-edtf) parse into
objects but don't give the plain day bounds a SQL range query and the
resolver's blocking need.
"""
from __future__ import annotations

import calendar
import re

_DATE = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?$")


def _bounds_one(v: str, *, open_end: bool = False) -> tuple[str, str] | None:
    m = _DATE.match(v.strip().rstrip("?~%"))
    if not m:
        return None
    y, mo, d = m.groups()
    lo_y, hi_y = int(y.replace("X", "0")), int(y.replace("X", "9"))
    if mo is None:
        return f"{lo_y:04d}-01-01", f"{hi_y:04d}-12-31"
    mo_i = int(mo)
    if d is None:
        return f"{lo_y:04d}-{mo_i:02d}-01", f"{hi_y:04d}-{mo_i:02d}-{calendar.monthrange(hi_y, mo_i)[1]:02d}"
    return f"{lo_y:04d}-{mo_i:02d}-{int(d):02d}", f"{hi_y:04d}-{mo_i:02d}-{int(d):02d}"


def bounds(edtf: str | None) -> tuple[str | None, str | None]:
    """First and last day (ISO) an EDTF value can mean; (None, None) when unknown (XXXX-03-05)."""
    if not edtf:
        return None, None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        lo = _bounds_one(a) if a not in ("", "..") else None
        hi = _bounds_one(b) if b not in ("", "..") else None
        return (lo[0] if lo else None), (hi[1] if hi else (lo[1] if lo and b == ".." else None))
    one = _bounds_one(edtf)
    return one if one else (None, None)


def specificity(edtf: str | None) -> int:
    """How many days the value spans, inverted: a higher number is more precise."""
    lo, hi = bounds(edtf)
    if not lo or not hi:
        return -10**9
    y1, m1, d1 = map(int, lo.split("-"))
    y2, m2, d2 = map(int, hi.split("-"))
    return -((y2 - y1) * 372 + (m2 - m1) * 31 + (d2 - d1))


def refines(a: str | None, b: str | None) -> bool:
    """True when every day `a` can mean is a day `b` can mean (1997-04-06 refines 1997-04)."""
    la, ha = bounds(a)
    lb, hb = bounds(b)
    return None not in (la, ha, lb, hb) and lb <= la and ha <= hb


def compatible(a: str | None, b: str | None) -> bool:
    return a == b or refines(a, b) or refines(b, a)
