"""Ranges: which dates start or end one, and the days and years a range writes once.

The role of each date ("until Sept. 25" ends a range, "since August" starts one, "from X to
Y" both); the bare day of a range of days written with its month once ("from 14 to 25
September", "Sept. 14–25", and "Sept. 14, 15 and 16" as three days); the year written once
for two dates ("between September and October of 2007"); and the years of a range that were
both guessed from the publication date, put in order (a range ends after it starts).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..schema import Timex
from ..sentences import ROUGH_END
from .values import _DAY_VALUE, _safe_date


# the words before a date that make it the end or the start of a range
RANGE_END_WORDS = ("until", "till", "til", "through", "thru", "to", "up to", "ending", "and", "-", "–", "—")
RANGE_START_WORDS = ("since", "from", "starting", "starting on", "starting in", "beginning", "beginning on",
                     "beginning in", "between", "as of")


def _words_before(words: tuple[str, ...], space: str) -> re.Pattern:
    """A regex matched at the start of the *reversed* text before a date (one attempt, where a
    search for the word at the end tries every position): spaces, then one of ``words`` ending on a word
    boundary."""
    alts = "|".join(re.escape(w[::-1]) + (r"(?!\w)" if w[0].isalnum() else "")
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(space + "(?:" + alts + ")", re.I)


RANGE_END = _words_before(RANGE_END_WORDS, r"\s*")
RANGE_START = _words_before(RANGE_START_WORDS, r"\s+")
# "pleaded guilty before yesterday's announcements": done by then, the start open (not "shortly
# before", "the day before", "two weeks before": near that date, or counted from it)
BEFORE = re.compile(r"\s+erofeb(?!\w)(?!\s+(?:tsuj|yltrohs|syad|skeew|shtnom|sraey|sruoh|setunim|yad|kew|htnom|raey|"
                    r"thgin|eve|gnol|noos|yltcerid|ylteidemmi|y[a-z]*tneuqesbus|erom|ylno)\b)", re.I)


# A range of days written with its month once: "from 14 to 25 September", "14-25 Sept. 2020",
# "Sept. 14 to 25", "between Sept. 14 and 25". The bare day is a date of the other's month.
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_RANGE_WORD = r"(?P<sep>-|–|—|to|through|thru|until|till|and)"
_DAY_BEFORE = re.compile(r"(?P<lead>\b(?:from|between)\s+)?(?<![\w.,/:-])" + _DAY + r"\s*" + _RANGE_WORD + r"\s*$", re.I)
_DAY_AFTER = re.compile(r"\s*" + _RANGE_WORD + r"\s*" + _DAY + r"(?P<y>,?\s+(?:1\d{3}|20\d\d)(?!\d))?"
                        r"(?=\s*$|\s*[,.;:)!?]|\s+(?:in|at|on|of|for|with|when|while|as|after|before|and|but|to)\b)", re.I)
_DAY_LIST_ITEM = re.compile(r",\s*" + _DAY + r"(?=\s*,\s*\d|\s+and\s+\d)", re.I)
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?$", re.I)
_STARTS_WITH_DAY = re.compile(r"^(?:the )?\d", re.I)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _range_ok(sep: str, lead: Optional[str], full_date_first: bool) -> bool:
    """A dash always makes a range; "and" only after "between" ("on 14 and 25 September" are two
    days); "to/through/until" after "from"/"between", or after a full date ("Sept. 14 to 25")."""
    sep, lead = sep.lower(), (lead or "").strip().lower()
    if sep in ("-", "–", "—"):
        return True
    if sep == "and":
        return lead == "between"
    return bool(lead) or full_date_first


def _bare_day(like: Timex, y: int, mo: int, d: int, start: int, end: int, text: str) -> Optional[Timex]:
    day = _safe_date(y, mo, d)
    if day is None:
        return None
    return Timex(start=start, end=end, text=text[start:end], type="DATE", value=day.isoformat(),
                 date_start=day.isoformat(), date_end=day.isoformat(), granularity="day",
                 resolution=like.resolution if like.resolution == "unresolved" else "relative-to-timex",
                 rule="day_range")


_YEAR_OF_THE_RANGE = re.compile(r"\s*(?:,\s*|of\s+)?")


def _day_ranges(timexes: list[Timex], text: str) -> list[Timex]:
    """Add the bare day of a range of days written with its month once ("from 14 to 25
    September": 14 September), before or after the date that names the month."""
    add: list[Timex] = []
    drop: set[int] = set()
    for i, t in enumerate(timexes):
        m0 = _DAY_VALUE.match(t.value or "")
        if t.type != "DATE" or not m0:
            continue
        y, mo, d = int(m0[1]), int(m0[2]), int(m0[3])
        prev_end = timexes[i - 1].end if i else 0
        if _STARTS_WITH_DAY.match(t.text):
            m = _DAY_BEFORE.search(text, max(prev_end, t.start - 40), t.start)
            if m and _range_ok(m["sep"], m["lead"], False) and int(m["d"]) < d:
                b = _bare_day(t, y, mo, int(m["d"]), m.start("d"), m.end("d"), text)
                if b:
                    add.append(b)
        if _ENDS_WITH_DAY.search(t.text):
            nxt = timexes[i + 1].start if i + 1 < len(timexes) else len(text)
            pos, listed_days = t.end, []
            while (lm := _DAY_LIST_ITEM.match(text, pos)) and lm.end() < nxt:
                listed_days.append(lm)                  # "Sept. 14, 15 and 16": the days before the last
                pos = lm.end()
            m = _DAY_AFTER.match(text, pos)
            if listed_days:
                if not (m and m["sep"].lower() == "and" and m.start("d") < nxt):
                    continue
                days = [int(x["d"]) for x in listed_days]
                if days != sorted(days) or days[0] <= d:
                    continue
                for x in listed_days:
                    b = _bare_day(t, y, mo, int(x["d"]), x.start("d"), x.end("d"), text)
                    if b:
                        add.append(b)
            lead = _BETWEEN_BEFORE.search(text, max(0, t.start - 12), t.start)
            listed = m is not None and m["sep"].lower() == "and" and not lead     # "Sept. 14 and 15": two days
            if m and m.start("d") < nxt and (listed or _range_ok(m["sep"], lead and lead.group(), True)) and int(m["d"]) > d:
                end = m.end("d")
                if m["y"]:
                    year = int(m["y"].strip(", \n"))
                    end = m.end("y")
                    drop.update(j for j in range(i + 1, len(timexes)) if timexes[j].start < end)
                    if year != y and t.resolution != "absolute":      # "Sept. 14-25, 2019"
                        day = _safe_date(year, mo, d)
                        if day:
                            t.value = t.date_start = t.date_end = day.isoformat()
                            t.resolution = "relative-to-timex"
                            y = year
                else:
                    # "from July 13 to 17 of last year": the year after the range's last day is both days'
                    yr = next((u for u in timexes[i + 1:] if u.start >= end), None)
                    if yr is not None and yr.granularity == "year" and _YEAR_OF_THE_RANGE.fullmatch(text, end, yr.start) \
                            and (yr.value or "")[:4].isdigit() and int(yr.value[:4]) != y:
                        day = _safe_date(int(yr.value[:4]), mo, d)
                        if day:
                            t.value = t.date_start = t.date_end = day.isoformat()
                            t.resolution = "relative-to-timex"
                            y = int(yr.value[:4])
                b = _bare_day(t, y, mo, int(m["d"]), m.start("d"), end, text)
                if b:
                    add.append(b)
    if not add:
        return timexes
    return sorted([t for j, t in enumerate(timexes) if j not in drop] + add, key=lambda t: t.start)


def _shift_year(t: Timex, k: int) -> None:
    m = re.match(r"^(\d{4})(-\d{2}(?:-\d{2})?)$", t.value or "")
    if not m or (m.group(2) == "-02-29" and k):
        return
    t.value = f"{int(m.group(1)) + k:04d}{m.group(2)}"
    if t.date_start and t.date_end:
        t.date_start = f"{int(t.date_start[:4]) + k:04d}{t.date_start[4:]}"
        t.date_end = f"{int(t.date_end[:4]) + k:04d}{t.date_end[4:]}"


_PAIR_BETWEEN = re.compile(r"\s*(?:and|to|through|until|till|or|-|–|—)\s*$", re.I)


def _year_named_once(timexes: list[Timex], text: str) -> None:
    """'between September and October of 2007', 'in March or April 2020': the year written after
    the second date is the first's too (it was guessed from the publication date)."""
    for i in range(1, len(timexes)):
        prev, t = timexes[i - 1], timexes[i]
        if prev.resolution != "relative-to-dct" or t.resolution != "absolute" or prev.type != "DATE" or \
                t.type != "DATE" or t.start - prev.end > 12 or not _PAIR_BETWEEN.fullmatch(text, prev.end, t.start):
            continue
        p, q = re.fullmatch(r"(\d{4})(-\d{2}(?:-\d{2})?)", prev.value or ""), re.match(r"(\d{4})-(\d{2})", t.value or "")
        if p and q:
            year = int(q[1]) - (1 if p[2][1:3] > q[2] else 0)      # "December and January 2020": 2019
            _shift_year(prev, year - int(p[1]))
            prev.resolution = "relative-to-timex"


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*|:\s*)(?:In|During|By|Throughout|Back in|Early in|Late in)\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n")


def _year_of_the_sentence(timexes: list[Timex], text: str) -> None:
    """'In 2012, three owners were killed: Gebeli on July 6; Kadare on August 2; and on November 16,
    ...': a month and day whose year was guessed from the publication date takes the year the
    sentence named before it (the last one, within the sentence)."""
    year = None
    for i, t in enumerate(timexes):
        if i and _SENTENCE_END.search(text, timexes[i - 1].end, t.start):
            year = None
        if t.type == "DATE" and t.resolution == "absolute" and re.fullmatch(r"\d{4}", t.value or "") \
                and _OPENS_SENTENCE.search(text, max(0, t.start - 20), t.start):
            year = int(t.value)         # (the year that sets the sentence's scene: "In 2012, ...", not "a
                                        # program approved in 1987 ... had purchased shares through Sept. 29")
        elif year is not None and t.type == "DATE" and t.resolution == "relative-to-dct" and t.rule in (
                "month_day", "day_month", "month_day_word", "month") and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", t.value or "") \
                and not re.match(r"(?:last|next|this|earlier|later|past|coming)\b", t.text, re.I):
            _shift_year(t, year - int(t.value[:4]))
            t.resolution = "relative-to-timex"


def _order_range_years(timexes: list[Timex], text: str, dct: Optional[date]) -> None:
    """A range whose years were both guessed ends after it starts: 'the ceasefire agreed on
    Nov. 10 held until Jan. 3', written in September, runs from the November before to January
    (not from November to the January before it)."""
    for i, t in enumerate(timexes):
        if t.role != "range_end" or not i or dct is None:
            continue
        prev = timexes[i - 1]
        if prev.type != "DATE" or t.type != "DATE" or t.start - prev.end > 150 or \
                ROUGH_END.search(text, prev.end, t.start) or \
                "relative-to-dct" not in (prev.resolution, t.resolution) or \
                not (prev.date_start and t.date_end and prev.date_start > t.date_end) or \
                len(prev.value or "") != len(t.value or "") or (prev.value or "")[:4] != (t.value or "")[:4]:
            continue
        if prev.resolution == "relative-to-dct" and prev.date_start > dct.isoformat():
            _shift_year(prev, -1)
        elif t.resolution == "relative-to-dct":
            _shift_year(t, 1)


def _mark_ranges(timexes: list[Timex], text: str) -> None:
    """'until Sept. 25' → role range_end; 'since August' → range_start; 'from X to Y' both."""
    for i, t in enumerate(timexes):
        if t.type not in ("DATE", "TIME"):
            continue
        before = text[max(0, t.start - 25):t.start][::-1]      # reversed: see _words_before
        if RANGE_START.match(before):
            t.role = "range_start"
        elif t.type == "DATE" and BEFORE.match(before):
            t.role = "range_end"
        elif (end := RANGE_END.match(before)):
            word = end.group(0).strip().lower()[::-1]
            prev = timexes[i - 1] if i > 0 else None
            if word in ("to", "and", "-", "–", "—"):
                # only a range when it follows another date closely ("from 14 to 25 September");
                # "and" only after "between" ("on 21 May and 02 July" are two dates)
                if prev and t.start - prev.end <= 12 and prev.type in ("DATE", "TIME") and (
                        word != "and" or _BETWEEN_BEFORE.search(text, max(0, prev.start - 12), prev.start)):
                    t.role = "range_end"
                    prev.role = prev.role or "range_start"
            else:
                t.role = "range_end"
