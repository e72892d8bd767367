"""Temporal expressions (TimeML TIMEX3) in English news, normalised against a reference date.

The rules are data: :data:`RULES` lists each rule with its pattern, its normaliser and its own
examples ``(sentence, expected span, expected value, reference date)``, which
``tests/test_timex_rules.py`` runs one by one. The reference date (the article's publication
date, "DCT") is always an argument; there is no global "now". Without a reference date,
relative expressions get the TIMEX3 forms that need none (``XXXX-09-25``, ``XXXX-WXX-1``) and
are marked ``resolution="unresolved"``.

Public entry point: :func:`tag`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from ..schema import Timex
from ..sentences import ROUGH_END, period_of_abbreviation
from ..textutil import lower_keeping_offsets, trie_regex
from .lexicon import (APPROXIMATIONS, MONTH_NAMES, NUMBER_PHRASES, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY,
                      SEASONS, TIME_UNITS, UNIT, WEEKDAYS, _APPROX, _DAY, _MOD, _MONTH, _NUM, _UNIT, _VAGUE,
                      _WEEKDAY, _YEAR, month_num, parse_number)
from .tense import (Ctx, DUE_TO_VERB, FUTURE_AFTER, FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS,
                    _ADJECTIVE_BEFORE, _AUXILIARIES, _CLAUSE_ENDS, _COPULA, _CUE_WORDS, _DEADLINE_BEFORE,
                    _SHIFT_VERBS, _SINCE_BEFORE, _SINCE_NEAR, _WORD, _cue, year_for_month)
from .values import (ANCHOR, Norm, _DAY_VALUE, _day, _half, _mod, _month, _narrow, _quarter, _safe_date,
                     _season, _week, _year, add_months, fmt_num, month_last_day)
from .normalise import (_COUNT_BEFORE, _ENDED_AFTER, _EVENT_AFTER, _GENERIC_TODAY, _HAD, _HOURS_OF_BEFORE,
                        _MARCH_NOUN_AFTER, _MARCH_NOUN_BEFORE, _MODAL_BEFORE, _MONTH_CONTEXT, _PLURAL_AFTER,
                        _TENS_WORDS, _UNITS_WORDS, _UNTIL_BEFORE, _YEAR_BEFORE, _in_weeks, _reporting_quarter,
                        n_ago, n_anchored, n_century, n_clock, n_clock_weekday, n_decade, n_deictic_day,
                        n_dmy, n_duration, n_duration_plural, n_fiscal, n_half, n_holiday, n_iso, n_md,
                        n_month, n_month_rel_year, n_month_year, n_part_of_day, n_quarter, n_ref, n_rel_unit,
                        n_reporting_quarter, n_season, n_set, n_spelled_year, n_the_year, n_us_numeric,
                        n_weekday, n_weekend, n_year, n_year_ago_adj, n_year_span_end, weekday_date)
from .rules import (RULES, Rule, _B, _E, _Shim)
from .scan import (HEAD_AFTER, HEAD_BEFORE, HEAD_WORDS, RULE_HEADS, RULE_REACH, _AFTER, _BEFORE,
                   _CHECKED_BEFORE, _HEADS_RE, _KEY_GROUPS, _RULE_KEYS, _head_class_num, _rule_windows,
                   _word_before)
from .anchor import (_ANCHOR_VALUE, _CLOCK_AFTER_DAY, _CLOCK_BEFORE_DAY, _CLOCK_VALUE, _DAYS_BEFORE_AFTER,
                     _LEAD, _OPENING_QUOTE, _PART_CODE, _PERIOD_OF_MONTHS, _SHIFTABLE, _TITLE_UNIT, _WEEK_OF,
                     _YEAR_BEFORE_WORDS, _YEAR_EARLIER, _anchor_relative, _anchor_same_day,
                     _anchor_year_earlier, _clock_on_its_day, _days_before_after, _is_quoted_title,
                     _sentence_start, _trim_prepositions, _week_of)
from .ranges import (RANGE_END, RANGE_END_WORDS, RANGE_START, RANGE_START_WORDS, _BETWEEN_BEFORE, _DAY,
                     _DAY_AFTER, _DAY_BEFORE, _DAY_LIST_ITEM, _ENDS_WITH_DAY, _PAIR_BETWEEN, _RANGE_WORD,
                     _STARTS_WITH_DAY, _bare_day, _day_ranges, _mark_ranges, _order_range_years, _range_ok,
                     _shift_year, _words_before, _year_named_once)



# ---------------------------------------------------------------------------------------------
# helpers

















# ---------------------------------------------------------------------------------------------
# the rule table


# ---------------------------------------------------------------------------------------------




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
    _anchor_same_day(out)
    out = _anchor_relative(out, dct, dct_granularity)
    out = _days_before_after(out, text)
    _week_of(out, text)
    _clock_on_its_day(out, text)
    _trim_prepositions(out, text)
    out = _day_ranges(out, text)
    _mark_ranges(out, text)
    _year_named_once(out, text)
    _order_range_years(out, text, dct)
    return out






