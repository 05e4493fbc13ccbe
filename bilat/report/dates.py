"""EDTF -> a date written the way a language writes it, from `[report.date]` of its data file.

"1995-06-06" -> "1995-ci il 6 iyun" / "6 июня 1995 г." / "6 June 1995" / "۶ ژوئن ۱۹۹۵ (۱۶ خرداد ۱۳۷۴)";
imprecise values stay imprecise ("1990-cı illər", "в апреле 1997 г.").
"""
from __future__ import annotations

import re

import jdatetime

from bilat import lang as langdata
from bilat.time.grammar import ROMAN

_ROMAN_OF = {v: k for k, v in ROMAN.items()}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_UNKNOWN = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def ordinal_suffix(n: int, rules: dict) -> str:
    """The suffix of an ordinal number from its last spoken word (Azerbaijani vowel harmony)."""
    if not rules:
        return ""
    if n % 10:
        return rules["units"][n % 10]
    if n % 100:
        return rules["tens"][(n % 100) // 10]
    if n % 1000:
        return rules["hundred"]
    return rules["thousand"]


class DateWriter:
    def __init__(self, lang: str):
        data = langdata.load(lang)["report"]
        self.lang = lang
        self.t = data["date"]
        self.months = data["months"]
        self.months_alone = data.get("months_alone", self.months)
        self.jalali = data.get("jalali_months")
        self.ordinal = data.get("ordinal", {})
        self.persian_digits = data.get("digits") == "persian"

    def _fill(self, key: str, **kw) -> str:
        y = kw.get("y")
        if y is not None:
            kw.setdefault("yo", ordinal_suffix(int(y), self.ordinal))
        if kw.get("y2") is not None:
            kw.setdefault("yo2", ordinal_suffix(int(kw["y2"]), self.ordinal))
        return self.t[key].format(**kw)

    def _point(self, v: str) -> str | None:
        if m := _DAY.match(v):
            y, mo, d = map(int, m.groups())
            extra = {}
            if self.jalali:
                j = jdatetime.date.fromgregorian(year=y, month=mo, day=d)
                extra = dict(jd=j.day, jmonth=self.jalali[j.month - 1], jy=j.year)
            return self._fill("day", y=y, d=d, month=self.months[mo - 1], **extra)
        if m := _MONTH.match(v):
            y, mo = map(int, m.groups())
            return self._fill("month", y=y, month_alone=self.months_alone[mo - 1], month=self.months[mo - 1])
        if m := _YEAR.match(v):
            return self._fill("year", y=int(m.group(1)))
        if m := _DECADE.match(v):
            return self._fill("decade", y=int(m.group(1)) * 10)
        if m := _CENTURY.match(v):
            c = int(m.group(1)) + 1
            return self._fill("century", c=c, C=_ROMAN_OF.get(c, str(c)))
        if m := _UNKNOWN.match(v):
            mo, d = map(int, m.groups())
            return self._fill("unknown_year", d=d, month=self.months[mo - 1])
        return None

    def write(self, edtf: str | None, qualifier: str | None = None) -> str:
        if not edtf:
            return ""
        # EDTF's qualifiers on the parts ("1990~", "1989-10?"): the value written plain, then qualified.
        marks = {c for c in "~?%" if c in edtf}
        edtf = edtf.replace("~", "").replace("?", "").replace("%", "")
        out = None
        if edtf.endswith("/.."):
            a = self._point(edtf[:-3])
            out = self._fill("from", a=a) if a else None
        elif "/" in edtf:
            a, b = edtf.split("/", 1)
            ma, mb = _DAY.match(a), _DAY.match(b)
            ya, yb = _YEAR.match(a), _YEAR.match(b)
            if ma and mb and ma.group(1, 2) == mb.group(1, 2):
                y, mo, d = map(int, ma.groups())
                out = self._fill("day_range", y=y, d=d, d2=int(mb.group(3)), month=self.months[mo - 1])
            elif ya and yb:
                out = self._fill("year_range", y=int(a), y2=int(b))
            else:
                pa, pb = self._point(a), self._point(b)
                out = self._fill("range", a=pa, b=pb) if pa and pb else None
        else:
            out = self._point(edtf)
        if out is None:
            out = edtf  # a value this writer has no words for is shown as EDTF, never guessed
        if qualifier in ("early", "mid", "late"):
            out = self.t[qualifier].format(x=out)
        if marks & {"~", "%"}:
            out = self.t["approximate"].format(x=out)
        if marks & {"?", "%"}:
            out = self.t["uncertain"].format(x=out)
        return out.translate(_FA_DIGITS) if self.persian_digits else out
