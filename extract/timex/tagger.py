"""The entry point: :func:`tag` finds, chooses and normalises a text's expressions.

Every rule's regex runs over its windows (:mod:`.scan`); of overlapping matches the longest
wins, then the higher priority, then the rule listed first; each is normalised against the
publication date (a normaliser may reject it, leaving the place to the next candidate). The
post passes of :mod:`.anchor` and :mod:`.ranges` then run in a fixed order.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..schema import Timex
from .anchor import (_anchor_relative, _anchor_same_day, _anchor_year_earlier, _clock_on_its_day,
                     _days_before_after, _is_quoted_title, _month_of_that_year, _trim_prepositions,
                     _week_of)
from .ranges import _day_ranges, _mark_ranges, _order_range_years, _year_named_once, _year_of_the_sentence
from .scan import _rule_windows
from .tense import Ctx


def _dct_from(published: Optional[str]) -> tuple[Optional[date], Optional[str]]:
    if not published:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None, None
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        dd = date(y, mo, d)
    except ValueError:
        return None, None
    gran = "day" if m[3] else "month" if m[2] else "year"
    return dd, gran


def tag(text: str, published: Optional[str] = None, *, dct: Optional[date] = None,
        dct_granularity: Optional[str] = None) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``.

    ``published`` is an ISO date/month/year/datetime string (the DCT); ``dct`` and
    ``dct_granularity`` may be given instead. Returns non-overlapping Timex records in text order.
    """
    if dct is None:
        dct, dct_granularity = _dct_from(published)
    cands = []
    for order, rule, windows in _rule_windows(text):
        for a, b in windows:
            for m in rule.regex.finditer(text, a, b):
                e = m.end()
                if e == m.start() or (e == b and e < len(text) and text[e].isalnum()):
                    continue  # empty, or cut short by the window's end
                cands.append((m.start(), m.end(), rule, m, order))
    # longest first, then priority, then rule order
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[4]))
    taken = bytearray(len(text))          # characters already inside a chosen expression
    out: list[Timex] = []
    for s, e, rule, m, _ in cands:
        if taken.find(1, s, e) >= 0:
            continue
        ctx = Ctx(dct, dct_granularity, text, s, e)
        try:
            n = rule.normalise(m, ctx)
        except (ValueError, KeyError, OverflowError):
            n = None
        if n is None:
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append(Timex(start=s, end=e, text=text[s:e], type=n.type, value=n.value,
                         date_start=n.start.isoformat() if n.start else None,
                         date_end=n.end.isoformat() if n.end else None,
                         granularity=n.gran, resolution=n.resolution, rule=rule.name, mod=n.mod))
    out.sort(key=lambda t: t.start)
    out = [t for t in out if not _is_quoted_title(t, text)]
    _anchor_year_earlier(out, text)
    _anchor_same_day(out, text)
    out = _month_of_that_year(out, text)
    out = _anchor_relative(out, dct, dct_granularity, text)
    out = _days_before_after(out, text)
    _week_of(out, text)
    _clock_on_its_day(out, text)
    _trim_prepositions(out, text)
    out = _day_ranges(out, text)
    _mark_ranges(out, text)
    _year_named_once(out, text)
    _year_of_the_sentence(out, text)
    _order_range_years(out, text, dct)
    return out
