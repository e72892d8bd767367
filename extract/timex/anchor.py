"""Post passes that re-date or re-span the expressions found, from their neighbours.

Once every expression is tagged: quoted titles are dropped ("This Week"); "a year earlier"
becomes the period the sentence names, a year back; "the same day" takes the day last named;
"the next day", "the following year", "the previous Friday" are counted from the last date
named before them; "the day before Sept. 14" and "the week of March 6" take in their day; a
clock time takes the day written beside it; leading prepositions are trimmed ("at 10 p.m.").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..schema import Timex
from ..sentences import ROUGH_END
from .lexicon import WEEKDAYS, parse_number
from .values import ANCHOR, _DAY_VALUE, Norm, _day, _month, _week, _year, add_months


_TITLE_UNIT = re.compile(r"(?:[A-Z][a-z]+ )*(?:Day|Week|Weekend|Month|Year|Hours|Minutes|Days|Weeks|Months|Years)$")
_OPENING_QUOTE = re.compile(r"(?:[\"“‘]|''|``)(?:\d+ )?$")


def _is_quoted_title(t: Timex, text: str) -> bool:
    """A programme's or a book's title in quotes: ABC's "This Week", CBS's ''60 Minutes''."""
    return bool(_TITLE_UNIT.fullmatch(t.text)) and t.text[0].isupper() and \
        bool(_OPENING_QUOTE.search(text, max(0, t.start - 6), t.start))


_YEAR_EARLIER = re.compile(r"^(?:(?:a|one) year (?:ago|earlier|before)|the (?:same|corresponding|comparable) "
                           r"(?:period|quarter) (?:of |in )?(?:the )?(?:last|previous|prior) year|"
                           r"the (?:year previous|previous year|year before|prior year))$", re.I)
_YEAR_BEFORE_WORDS = re.compile(r"year[- ](?:ago|earlier)", re.I)   # "year-earlier results", "a year ago"
_PERIOD_OF_MONTHS = re.compile(r"^P(?:\d+M|1Y)$")
_SHIFTABLE = re.compile(r"^(\d{4})((?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?)$")


def _anchor_year_earlier(timexes: list[Timex], text: str) -> None:
    """'profit fell in the third quarter from a year earlier': 'a year earlier' is the same
    quarter (month, day) one year before, when the sentence names one."""
    for i, t in enumerate(timexes):
        if not _YEAR_EARLIER.match(t.text):
            continue
        s0 = _sentence_start(text, t.start)
        for o in timexes[:i][::-1]:
            if t.start - o.end > 2000:
                break
            if o.start < s0 and not ((o.value or "")[5:6] == "Q" and o.value[:4] > (t.value or "")[:4]):
                continue      # before its sentence only a quarter of the year reported counts ("... for the
                              # third quarter ended Sept. 30. These compare with ... the corresponding period
                              # last year"; not "the 1988 period", itself a year back)
            if o.start >= s0 and o.type == "DURATION" and _PERIOD_OF_MONTHS.match(o.value or ""):
                break         # "for the nine months, ... a year earlier": the year before, as it is
            if _YEAR_BEFORE_WORDS.search(o.text):
                continue      # "year-earlier results": already a year back, not shifted twice
            m = _SHIFTABLE.match(o.value or "")
            if o.type == "DATE" and m:
                y = int(m.group(1)) - 1
                t.value = f"{y:04d}{m.group(2)}"
                if o.date_start and o.date_end:
                    t.date_start = f"{y:04d}{o.date_start[4:]}"
                    t.date_end = f"{y:04d}{o.date_end[4:]}" if o.date_end[4:] != "-02-29" else f"{y:04d}-02-28"
                t.granularity = o.granularity
                t.resolution = "relative-to-timex"
                break


_ANCHOR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)")
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


# a date between a determiner and its noun ("the November 27 maritime agreement") is that thing's
# date, not the time the narrative has reached: no anchor for "the following day"
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|when|while|as|was|were|is|are|in|on|at|by|for|of|with|the|a|an|that|"
                         r"which|but|after|before|until|through|from|last|this|next|,)\b)[a-z]{3,}\b")


def _attributive(o: Timex, text: Optional[str]) -> bool:
    return bool(text) and o.rule in ("month_day", "day_month", "month_day_year", "weekday_month_day_year") \
        and bool(_DET_BEFORE.search(text, max(0, o.start - 8), o.start)) and bool(_NOUN_AFTER.match(text, o.end))


_OF_THAT_YEAR = re.compile(r" of that (?:same )?year\b")


def _month_of_that_year(timexes: list[Timex], text: str) -> list[Timex]:
    """'In November of that year': the month of the year named before, not of the publication's (the month and
    'that year' become one expression, counted from the date named before the month)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev is not None and t.value == f"{ANCHOR}:0:year" and prev.granularity == "month" \
                and prev.type == "DATE" and _OF_THAT_YEAR.fullmatch(text, prev.end, t.end) and prev.value \
                and len(prev.value) == 7:
            prev.end, prev.text = t.end, text[prev.start:t.end]
            prev.value = f"{ANCHOR}:0:year:{prev.value[5:7]}:{prev.value}"     # (its own value kept, for a text
                                                                                 # that named no year before it)
            continue
        out.append(t)
    return out


def _anchor_relative(timexes: list[Timex], dct: Optional[date], dct_gran: Optional[str],
                     text: Optional[str] = None) -> list[Timex]:
    """Give 'the next day', 'the following year', 'later that day' their dates: counted from the
    last date named before them within ~1,000 characters (a paragraph or two) that is as precise
    as their unit (not a date that names another thing's: "the November 27 agreement", unless it
    is the last date told, in the sentences just before: "two days after the January 7 quake. ...
    This followed a quake the previous day"). Without
    one, 'the following week/month/year' counts from the publication date and the others are
    dropped (no date to count from)."""
    out = []
    for i, t in enumerate(timexes):
        if not (t.value or "").startswith(ANCHOR):
            out.append(t)
            continue
        _, k, unit, *month = t.value.split(":")
        k = int(k)
        base = unit if unit in ("week", "month", "year") else "day"
        weekday = WEEKDAYS.get(unit)                 # "the previous Friday": the Friday before the day named
        need = {"day": 3, "week": 3, "month": 2, "year": 1}[base]
        anchor = None
        for o in reversed(out):
            if t.start - o.end > 1000:
                break
            mm = _ANCHOR_VALUE.match(o.value or "") if o.type in ("DATE", "TIME") else None
            if mm and sum(1 for g in mm.groups() if g) >= need and (not _attributive(o, text) or t.start - o.end < 400):
                anchor = date(int(mm[1]), int(mm[2] or 1), int(mm[3] or 1))
                break
        if anchor is None and base == "day" and not weekday:
            # ("Yesterday, Kosgei won the Chicago Marathon ... [six paragraphs of times] ... Just the
            # previous day, Kipchoge ran"): the last day the text named, however far back
            anchor = next((date(int(mm[1]), int(mm[2]), int(mm[3])) for o in reversed(out)
                           if o.type in ("DATE", "TIME") and (mm := _ANCHOR_VALUE.match(o.value or ""))
                           and mm[3] and not _attributive(o, text)), None)
        if anchor is None and month:
            t.value = month[1]          # no year named before "November of that year": the month as read alone
            out.append(t)
            continue
        if month:
            t.resolution = "relative-to-timex"
        if anchor is None:
            if weekday and dct is not None and dct_gran == "day":
                anchor, t.resolution = dct, "relative-to-dct"
            elif base == "day" or k == 0 or dct is None or (base != "year" and dct_gran == "year"):
                continue
            else:
                anchor, t.resolution = dct, "relative-to-dct"
        if weekday:
            d = anchor + timedelta(days=k)
            while d.isoweekday() != weekday:
                d += timedelta(days=k)
            n = _day(d)
        elif base == "day":
            d = anchor + timedelta(days=k)
            n = _day(d) if unit == "day" else Norm("TIME", f"{d.isoformat()}T{_PART_CODE[unit]}", d, d, "time")
        elif base == "week":
            n = _week(anchor + timedelta(days=7 * k))
        elif base == "month":
            n = _month(*add_months(anchor.year, anchor.month, k))
        elif month:
            n = _month(anchor.year + k, int(month[0]))
        else:
            n = _year(anchor.year + k)
        t.type, t.value, t.granularity = n.type, n.value, n.gran
        t.date_start, t.date_end = n.start.isoformat(), n.end.isoformat()
        out.append(t)
    return out


_WEEK_OF = re.compile(r"\b(?:the )?week of\s+$", re.I)


def _week_of(timexes: list[Timex], text: str) -> None:
    """'a court hearing the week of March 6': the week that holds the day."""
    for t in timexes:
        m = _WEEK_OF.search(text, max(0, t.start - 14), t.start) \
            if t.type == "DATE" and _DAY_VALUE.match(t.value or "") else None
        if m:
            n = _week(date.fromisoformat(t.value), t.resolution)
            t.start, t.text = m.start(), text[m.start():t.end]
            t.value, t.granularity = n.value, n.gran
            t.date_start, t.date_end = n.start.isoformat(), n.end.isoformat()


_DAYS_BEFORE_AFTER = re.compile(r"\b(?:(?P<the>the|a|one)|(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)) "
                                r"(?P<u>day|week)s? (?P<dir>before|after)\s+$", re.I)


def _days_before_after(timexes: list[Timex], text: str) -> list[Timex]:
    """'the day before Sept. 14', 'two days after last Tuesday's hearing': a day counted from
    the day named (the whole stretch is one expression; the 'two days' read as a length goes)."""
    out: list[Timex] = []
    for t in timexes:
        m = _DAYS_BEFORE_AFTER.search(text, max(0, t.start - 30), t.start) \
            if t.type == "DATE" and _DAY_VALUE.match(t.value or "") else None
        if m:
            k = 1 if m["the"] else int(parse_number(m["n"]))
            k *= (7 if m["u"].lower() == "week" else 1) * (-1 if m["dir"].lower() == "before" else 1)
            while out and out[-1].end > m.start():
                out.pop()                              # "two days" of "two days after" was a length
            d = date.fromisoformat(t.value) + timedelta(days=k)
            t.start, t.text = m.start(), text[m.start():t.end]
            t.value = t.date_start = t.date_end = d.isoformat()
            t.resolution = "relative-to-timex" if t.resolution != "unresolved" else t.resolution
        out.append(t)
    return out


_CLOCK_AFTER_DAY = re.compile(r"\s*,?\s*(?:at|around|about|by|from|before|after|until)?\s*$", re.I)
_CLOCK_BEFORE_DAY = re.compile(r"\s*,?\s*(?:[(\[{][^()\[\]{}]{1,16}[)\]}]\s*,?\s*)?(?:on\s+)?$", re.I)
# ("10:35 a.m. (0735 GMT) Friday", "3 a.m. local time [1000 UTC] Monday": any bracket, as typed)
_CLOCK_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(T\d{2}:\d{2}Z?)$")


def _clock_on_its_day(timexes: list[Timex], text: str) -> None:
    """A time of day written beside a day is on that day, not on the publication day:
    'Sept. 14 at 10:30 a.m.', 'at 10 p.m. on Sept. 14'."""
    for i, t in enumerate(timexes):
        m = _CLOCK_VALUE.match(t.value or "") if t.rule == "clock" else None
        if not m:
            continue
        for o, gap in ((timexes[i - 1] if i else None, _CLOCK_AFTER_DAY),
                       (timexes[i + 1] if i + 1 < len(timexes) else None, _CLOCK_BEFORE_DAY)):
            if o is None or o.type != "DATE" or not _DAY_VALUE.match(o.value or ""):
                continue
            between = text[o.end:t.start] if o.end <= t.start else text[t.end:o.start]
            if len(between) <= 30 and gap.fullmatch(between):
                t.value = o.value + m.group(1)
                t.date_start = t.date_end = o.value
                t.resolution = "relative-to-timex"
                break


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` starts (a decimal point is not a sentence end)."""
    lo = max(0, pos - 600)
    last = None
    for last in ROUGH_END.finditer(text, lo, pos):
        pass
    return last.end() if last else lo


def _anchor_same_day(timexes: list[Timex], text: str = "") -> None:
    """'the same day', 'ended the day': the day last named before (a report of Friday's trading
    published on Saturday), else the publication date. 'Earlier in the day' counts from the day
    of the paragraph that named it, its first day ("Weinberger said Monday that warships destroyed
    the platform in response to a strike on Friday. Iran had warned earlier in the day": Monday)."""
    def is_day(o):      # (a day, or a part of one: "Thatcher left Bonn early yesterday evening")
        return o.type == "DATE" and o.granularity == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.value or "") \
            or o.type == "TIME" and re.fullmatch(r"\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)", o.value or "")
    for i, t in enumerate(timexes):
        if t.rule not in ("same_day", "day_of_report"):
            continue
        for j in range(i - 1, -1, -1):
            o = timexes[j]
            if t.start - o.end > 1500:
                break
            if is_day(o):
                if t.rule == "day_of_report" and text:
                    first = max(text.rfind("\n", 0, o.start) + 1, o.start - 300)
                    o = next(x for x in timexes[:j + 1] if x.start >= first and is_day(x))
                t.value, t.date_start, t.date_end = o.value[:10], o.date_start, o.date_end
                t.resolution = "relative-to-timex"
                break


_LEAD = re.compile(r"^(?:at|around|about|by|until|for|over) ", re.I)


def _trim_prepositions(timexes: list[Timex], text: str) -> None:
    """'at 10 p.m.' → '10 p.m.' ('at least', 'about', 'around' stay: they qualify the value);
    a length before an event ends before its 'before' ('30 days before closing')."""
    for t in timexes:
        m = _LEAD.match(t.text)
        if m and t.type in ("TIME", "DURATION") and not t.text.lower().startswith(("about", "around", "over the",
                                                                                   "at least", "at most")):
            t.start += m.end()
            t.text = text[t.start:t.end]
        if t.type == "DURATION" and t.text.lower().endswith(" before"):
            t.end -= len(" before")
            t.text = text[t.start:t.end]
