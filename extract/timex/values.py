"""What a normaliser answers, and the calendar arithmetic behind it.

:class:`Norm` holds a TIMEX3 type and value with the interval of dates it covers, its
granularity, how it was resolved and its mod. The builders (``_day``, ``_month``, ``_year``,
``_week``, ``_season``, ``_quarter``, ``_half``) make the common values; ``_mod`` and
``_narrow`` turn "early/mid/late X" into X's value with a mod and a third of its interval.
``ANCHOR`` is the value form of an expression counted from another date of the text, and
``_DAY_VALUE`` recognises a day's value. No text is read here.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def month_last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


@dataclass
class Norm:
    """A normaliser's answer."""
    type: str
    value: str
    start: Optional[date] = None
    end: Optional[date] = None
    gran: Optional[str] = None
    resolution: str = "absolute"
    mod: Optional[str] = None


def _day(d: date, resolution="absolute") -> Norm:
    return Norm("DATE", d.isoformat(), d, d, "day", resolution)


def _month(y: int, m: int, resolution="absolute") -> Norm:
    return Norm("DATE", f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, month_last_day(y, m)),
                "month", resolution)


def _year(y: int, resolution="absolute") -> Norm:
    return Norm("DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", resolution)


def _week(d: date, resolution="relative-to-dct") -> Norm:
    y, w, _ = d.isocalendar()
    mon = d - timedelta(days=d.isoweekday() - 1)
    return Norm("DATE", f"{y:04d}-W{w:02d}", mon, mon + timedelta(days=6), "week", resolution)


def _season(y: int, code: str, resolution="absolute") -> Norm:
    rng = {"SP": ((y, 3, 1), (y, 5, 31)), "SU": ((y, 6, 1), (y, 8, 31)),
           "FA": ((y, 9, 1), (y, 11, 30)), "WI": ((y, 12, 1), (y + 1, 2, month_last_day(y + 1, 2)))}[code]
    return Norm("DATE", f"{y:04d}-{code}", date(*rng[0]), date(*rng[1]), "season", resolution)


def _quarter(y: int, q: int, resolution="absolute") -> Norm:
    m0 = 3 * (q - 1) + 1
    return Norm("DATE", f"{y:04d}-Q{q}", date(y, m0, 1), date(y, m0 + 2, month_last_day(y, m0 + 2)),
                "quarter", resolution)


def _half(y: int, h: int, resolution="absolute") -> Norm:
    return Norm("DATE", f"{y:04d}-H{h}", date(y, 1 if h == 1 else 7, 1),
                date(y, 6, 30) if h == 1 else date(y, 12, 31), "half", resolution)


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _mod(m: re.Match) -> Optional[str]:
    g = m.groupdict().get("mod")
    if not g:
        return None
    g = g.lower().replace("the ", "").strip()
    if g in ("early", "earlier", "beginning of", "start of", "first half of"):
        return "START"
    if g in ("mid", "middle of"):
        return "MID"
    if g in ("late", "end of", "second half of", "last half of"):
        return "END"
    return None


def _narrow(n: Norm, mod: Optional[str]) -> Norm:
    """early/mid/late X: same TIMEX3 value with a mod; the interval narrows to a third."""
    if not mod or n.start is None or n.end is None:
        return n
    span = (n.end - n.start).days + 1
    third = max(1, span // 3)
    if mod == "START":
        n.end = n.start + timedelta(days=third - 1)
    elif mod == "END":
        n.start = n.end - timedelta(days=third - 1)
    elif mod == "MID":
        n.start, n.end = n.start + timedelta(days=third), n.end - timedelta(days=third)
    n.mod = mod
    return n


ANCHOR = "ANCHOR"   # value of an expression that counts from the date named before it
# the value of a day, "2020-09-14"
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
