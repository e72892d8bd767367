"""The normalisers: a rule's regex match and its context in, a TIMEX3 value out.

One function per kind of expression (``n_md``, ``n_weekday``, ``n_duration``, ...) takes the
match and the :class:`~.tense.Ctx` and returns a :class:`~.values.Norm`, or None to reject the
match ("May" the verb, "1600 protesters", "the March for Life"). Relative expressions are
resolved here against the publication date and the clause's tense; an expression counted
from another date of the text ("the next day") gets an ``ANCHOR`` value that
:mod:`.anchor` resolves once every expression is found.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateutil.easter import easter

from .lexicon import (MONTH_NAMES, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, TIME_UNITS, UNIT, WEEKDAYS, month_num,
                      parse_number)
from .tense import Ctx, year_for_month
from .values import (ANCHOR, Norm, _day, _half, _mod, _month, _narrow, _quarter, _safe_date, _season, _week, _year,
                     add_months, fmt_num, month_last_day)


# normalisers (each takes the match and the context, returns a Norm or None to reject)
def n_dmy(m, ctx):
    d = _safe_date(int(m["y"]), month_num(m["m"]), int(re.sub(r"\D", "", m["d"])))
    return _day(d) if d else None


def n_md(m, ctx):
    mo, dd = month_num(m["m"]), int(re.sub(r"\D", "", m["d"]))
    if m.groupdict().get("y"):
        d = _safe_date(int(m["y"]), mo, dd)
        return _day(d) if d else None
    y, res = year_for_month(ctx, mo, dd)
    if y is None:
        if _safe_date(2000, mo, dd) is None:
            return None
        return Norm("DATE", f"XXXX-{mo:02d}-{dd:02d}", None, None, "day", "unresolved")
    d = _safe_date(y, mo, dd)
    return _day(d, res) if d else None


def n_md_word(m, ctx):
    """A month and a day written as a word, as wire copy writes the days under ten ("March nine")."""
    mo, dd = month_num(m["m"]), int(NUMBER_WORDS[m["dw"].lower()])
    y, res = year_for_month(ctx, mo, dd)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}-{dd:02d}", None, None, "day", "unresolved")
    d = _safe_date(y, mo, dd)
    return _day(d, res) if d else None


def n_iso(m, ctx):
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d and m.groupdict().get("hh"):                 # an ISO 8601 time stamp: "2020-09-14T21:43:00Z"
        zone = "Z" if m["z"] in ("Z", "+00:00", "+0000") else ""
        return Norm("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}{zone}", d, d, "time")
    return _day(d) if d else None


def n_us_numeric(m, ctx):
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    a, b = int(m["a"]), int(m["b"])
    d = _safe_date(y, a, b) or _safe_date(y, b, a)
    return _day(d) if d else None


def n_month_year(m, ctx):
    n = _month(int(m["y"]), month_num(m["m"]))
    return _narrow(n, _mod(m))


_MONTH_CONTEXT = re.compile(r"\b(?:in|since|until|till|by|from|through|before|after|of|during|last|next|this|"
                            r"early|mid|late|end|beginning|and|or|to)[ -]$", re.I)


_MARCH_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|annual|great|long|silent|peace|protest)|['’]s|[\"“`'‘])\s*$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# a capitalised word after a month that makes it a name's first word ("August Wilson"), not a date's ("August 2020",
# "June the 5th") nor a time's
_NAME_AFTER = re.compile(r"\s+(?!(?:Fourth|Quarter|Term|Session|Holidays?|Issue|Edition|Primary|Primaries)\b)[A-Z][a-z]+(?!\s*\d)")
_MARCH_NOUN_AFTER = re.compile(r"\s+(?:for|of|on|against|to|through|from)\b(?!\s+\d)", re.I)


def n_month(m, ctx):
    mo = month_num(m["m"])
    if m["m"] == "May" and not m.groupdict().get("rel") and not _mod(m) \
            and not _MONTH_CONTEXT.search(ctx.text[max(0, ctx.start - 12):ctx.start]):
        return None  # "May" alone is usually the verb
    if m["m"] == "March" and not m.groupdict().get("rel") and not _mod(m) \
            and _MARCH_NOUN_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start) \
            and _MARCH_NOUN_AFTER.match(ctx.text, ctx.end):
        return None  # "the annual March for Life", "the March on Washington": a march
    if not m.groupdict().get("rel") and not _mod(m) and _THE_BEFORE.search(ctx.text, max(0, ctx.start - 5), ctx.start) \
            and _NAME_AFTER.match(ctx.text, ctx.end):
        return None  # "at the August Wilson Theatre", "the June Carter Cash album": a name, no month
    rel = (m.groupdict().get("rel") or "").lower()
    if not ctx.has_year:
        return _narrow(Norm("DATE", f"XXXX-{mo:02d}", None, None, "month", "unresolved"), _mod(m))
    y = ctx.dct.year
    if rel == "last" and ctx.has_month:
        y = y - 1 if mo >= ctx.dct.month else y
    elif rel == "next" and ctx.has_month:
        y = y + 1 if mo <= ctx.dct.month else y
    elif rel == "this":
        pass                                  # "this September": the month of the DCT's year
    elif rel == "":
        y, _ = year_for_month(ctx, mo)
    return _narrow(_month(y, mo, "relative-to-dct"), _mod(m))


def n_month_edge_day(m, ctx):
    """"the last day of March", "the first day of June 2020": that month's first or last day."""
    mo = month_num(m["m"])
    if m["y"]:
        y, how = int(m["y"]), "absolute"
    else:
        y, how = year_for_month(ctx, mo)
        if y is None:
            return None
        how = "relative-to-dct"
    d = 1 if m["edge"].lower() == "first" else month_last_day(y, mo)
    return _day(date(y, mo, d), how)


_COUNT_BEFORE = re.compile(r"\b(?:than|about|some|nearly|almost|over|around|least|approximately|roughly|"
                           r"estimated|up to|killed|wounded|injured|detained|arrested)\s+$", re.I)
# what makes a number before a plural noun a year: "in 1990 elections", "the 1992 protests", "post-1959"
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|by|from|until|till|before|after|during|of|between|and|to|the|"
                          r"its|their|his|her|this|that)\s+|['’]s\s+|-)$", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+[a-rt-z]s\b")
# a number as the subject of a plural or perfect verb of what happened to people: "1846 persons were hospitalized and
# 1720 had already been discharged" (a count, not a year; not after a preposition: "by 2020 had risen")
_COUNTED_SUBJECT_AFTER = re.compile(r"\s+(?:had|have|were|are)\s+(?:(?:already|also|since|not|now|all)\s+)*"
                                    r"(?:been\s+)?[a-z]+(?:ed|en)\b")
_SHARE_AFTER = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*(?:%|percent|pct)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|by|from|until|till|before|after|during|of|between|to)\s+$", re.I)


# a name of a numbered thing before a number: "Flight 1549", "Route 2001"; or a code of capitals before a number
# that is no plausible year of the story ("PPN 2058" in 1987; not "WWDC 2005" in 2005)
_NUMBERED_BEFORE = re.compile(r"\b(?:No|Flight|Route|Highway|Interstate|Model|Room|Suite|Gate|Platform|Pier|Local|"
                              r"Precinct|Unit|Lot)\.?\s+$")
_CODE_BEFORE = re.compile(r"\b[A-Z]{2,5}\s+$")


def n_year(m, ctx):
    """A year, unless the number counts something: "more than 1600 civilians", "killed 1790",
    or a number before a plural noun that no preposition makes a date ("2000 protesters"), or one that
    is the subject of a plural or perfect verb ("and 1720 had already been discharged"), or a code's
    or a numbered thing's number ("PPN 2058", "Flight 1549")."""
    y = int(m["y"])
    if not _mod(m):
        before = ctx.text[max(0, ctx.start - 16):ctx.start]
        if _NUMBERED_BEFORE.search(before) or _CODE_BEFORE.search(before) and ctx.has_year and (
                y > ctx.dct.year + 5 or y < ctx.dct.year - 150):
            return None
        if _COUNT_BEFORE.search(before) or (_PLURAL_AFTER.match(ctx.text, ctx.end)
                                            and not _YEAR_BEFORE.search(before)):
            return None
        if _COUNTED_SUBJECT_AFTER.match(ctx.text, ctx.end) and not _PREPOSITION_BEFORE.search(before):
            return None
        if _SHARE_AFTER.match(ctx.text, ctx.end):
            return None     # "Jenifer Rajkumar had 1612 (18.7%)": votes, with their share
    return _narrow(_year(y), _mod(m))


def n_year_span_end(m, ctx):
    """The second year of "2019-2020" / "2019-20": after the first, within a century."""
    y0, y = int(m["y0"]), m["y"]
    if ctx.start >= 6 and (ctx.text[ctx.start - 6].isalnum() or ctx.text[ctx.start - 6] in "-/.,"):
        return None                       # "555-2019-2020", "1.2019-20": not two years
    if len(y) == 4:
        end = int(y)
        return _year(end) if y0 < end <= y0 + 100 else None
    end = y0 // 100 * 100 + int(y)
    if end <= y0:
        end += 100                        # "1999-00"
    return _year(end) if end - y0 <= 20 else None    # "2020-09" is no range of 89 years


def n_fiscal(m, ctx):
    return _year(int(m["y"]))


# a person's age in decades: "two men in their fifties", "a woman in her late 20s"
_AGE_DECADE_BEFORE = re.compile(r"\b(?:in|into|to)\s+(?:his|her|their|its|my|our|your)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


def n_decade(m, ctx):
    if _AGE_DECADE_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None     # "men in their fifties": an age, no time
    s = m["dec"].lower().lstrip("'’")
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}
    if s in words:
        y3 = f"19{words[s]}"
    else:
        digits = re.sub(r"\D", "", s)
        if len(digits) == 2:
            y3 = ("19" if int(digits) >= 20 else "20") + digits[0]
        else:
            y3 = digits[:3]
            if len(digits) == 4 and digits.endswith("00") and int(digits[:2]) < 20:
                # "the 1800s", "the 1700s": a century (TimeML's "18"), not its first decade; "the 2000s" stays a decade
                y0 = int(digits[:2]) * 100
                return _narrow(Norm("DATE", digits[:2], date(y0, 1, 1), date(y0 + 99, 12, 31), "century"), _mod(m))
    y0 = int(y3) * 10
    n = Norm("DATE", y3, date(y0, 1, 1), date(y0 + 9, 12, 31), "decade")
    return _narrow(n, _mod(m))


def n_century(m, ctx):
    c = int(re.sub(r"\D", "", m["c"]))
    y0 = (c - 1) * 100
    if y0 < 1:
        return None
    n = Norm("DATE", f"{c - 1:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31), "century")
    return _narrow(n, _mod(m))


def n_season(m, ctx):
    code = SEASONS[m["s"].lower()]
    if m.groupdict().get("y"):
        return _narrow(_season(int(m["y"]), code), _mod(m))
    rel = (m.groupdict().get("rel") or "").lower()
    if not ctx.has_year:
        return Norm("DATE", f"XXXX-{code}", None, None, "season", "unresolved")
    y = ctx.dct.year
    if ctx.has_month:
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if not rel:             # "in the spring": this year's, unless the clause looks ahead or back
            rel = {"future": "next", "past": "last"}.get(ctx.tense(), "this")
            if rel == "next" and ctx.dct.month < start_month + 3 or rel == "last" and ctx.dct.month >= start_month:
                rel = "this"
        if rel in ("last", "this past", "past"):
            y = y - 1 if ctx.dct.month < start_month + 3 else y
        elif rel == "next":
            y = y + 1 if ctx.dct.month >= start_month else y
    return _narrow(_season(y, code, "relative-to-dct"), _mod(m))


def n_quarter(m, ctx):
    g = m.groupdict()
    q = ORDINALS.get((g.get("q") or "").lower()) or int(g.get("qn") or 0)
    if not q:
        return None
    if g.get("y") or g.get("y0"):
        return _quarter(int(g.get("y") or g["y0"]), q)
    if g.get("yrel") and ctx.has_year:                 # "the third quarter of this year"
        return _quarter(ctx.dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()], q, "relative-to-dct")
    if (g.get("ago") or g.get("next")) and ctx.has_year:
        # "the year-ago third quarter": the third quarter of the year before the one reported on
        y = _reporting_quarter(ctx)[0] if ctx.has_month else ctx.dct.year
        return _quarter(y - 1 if g.get("ago") else ctx.dct.year + 1, q, "relative-to-dct")
    if not ctx.has_year:
        return Norm("DATE", f"XXXX-Q{q}", None, None, "quarter", "unresolved")
    y = ctx.dct.year
    if ctx.has_month and q > (ctx.dct.month - 1) // 3 + 1 and ctx.tense() == "past":
        y -= 1                  # a quarter still to come, unless the clause looks back
    return _quarter(y, q, "relative-to-dct")


# what a half without a year may be the half of, other than a year: a match, a season, a game, a term
_HALF_OF_A_THING = re.compile(r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+|last\s+night['’]s\s+|"
                              r"[a-z]+['’]s\s+)?(?:[a-z-]+\s+){0,3}?(?:game|match|season|race|term|century|decade|"
                              r"contest|series|final|innings|inning|period|show|concert|speech|book|film|movie)\b|"
                              r"\s+(?:last\s+night['’]s|the\s+\w+['’]s)", re.I)


def n_half(m, ctx):
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m.groupdict().get("y"):
        return _half(int(m["y"]), h)
    if m.group(0).lower().endswith(" of") and _HALF_OF_A_THING.match(ctx.text, ctx.end):
        return None         # "in the first half of last night's game 7 loss": a match's half, no half-year
    if not ctx.has_year:
        return Norm("DATE", f"XXXX-H{h}", None, None, "half", "unresolved")
    return _half(ctx.dct.year, h, "relative-to-dct")


_GENERIC_TODAY = re.compile(r"['’]s (?:[A-Z]|(?:world|society|youth|children|generation|economy|culture|"
                            r"technology|market|markets|politics|media|standards)\b)")


def n_deictic_day(m, ctx):
    w = m["w"].lower()
    off = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}[w]
    if off == 0 and _GENERIC_TODAY.match(ctx.text, ctx.end):
        return Norm("DATE", "PRESENT_REF", None, None, None, "absolute")   # "today's GM": these days
    if not ctx.has_day:
        return Norm("DATE", "PRESENT_REF" if off == 0 else "XXXX-XX-XX", None, None, "day", "unresolved")
    n = _day(ctx.dct + timedelta(days=off), "relative-to-dct")
    n.mod = _mod(m)
    return n


def weekday_date(ctx: Ctx, wd: int, rel: str) -> Optional[date]:
    d0 = ctx.dct
    diff = wd - d0.isoweekday()
    if rel == "last":
        back = (-diff) % 7 or 7
        return d0 - timedelta(days=back)
    if rel == "next":
        fwd = diff % 7 or 7
        return d0 + timedelta(days=fwd)
    if rel == "this":
        return d0 + timedelta(days=diff)
    if diff == 0:
        return d0
    if diff % 7 == 1 and _LOCAL_TIME_AFTER.match(ctx.text, ctx.end):
        return d0 + timedelta(days=1)   # "died early Friday local time" in a report of Thursday: a day ahead in
                                        # the place's time zone, not a week back
    tense = ctx.tense()
    until = _UNTIL_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start)
    if ctx.text.startswith(("'s ", "’s "), ctx.end) and not (until and until.group(1).lower() in ("until", "till")):
        # "Wednesday's ruling", "before Friday's purchases": a day that has been; not in a clause of the
        # future ("Germany will play in Sunday's final": the Sunday ahead)
        lo, _ = ctx.clause_bounds()
        if _WILL.search(ctx.text, lo, ctx.start):
            until, tense = None, "future"
        elif tense == "present" and 1 <= diff % 7 <= 2:
            # "The two main candidates for Wednesday's contest are ...", in a report of Tuesday: told in the
            # present, the nearer of the two Wednesdays — here the one ahead ("Monday's quake is the
            # strongest", in a report of Tuesday, stays the day before)
            until = None
        else:
            until, tense = None, "past"
    if _HAD.search(ctx.text, *ctx.clause_bounds()) and tense != "present":
        until, tense = None, "past"     # the pluperfect: "Until Thursday, they had not called him a
                                        # suspect", "it had been due to expire Friday": a day that has been
    if tense in ("future", "present") or until and (until.group(1).lower() not in ("by", "before") or tense != "past"):
        return d0 + timedelta(days=diff % 7)        # "closed until Friday": the Friday ahead
    return d0 - timedelta(days=(-diff) % 7)


_HAD = re.compile(r"\bhad\b", re.I)
_WILL = re.compile(r"\b(?:will|shall)\b", re.I)
_LOCAL_TIME_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:\(|,\s*)?local\s+time\b", re.I)
_UNTIL_BEFORE = re.compile(r"\b(until|till|by|before|as soon as|as early as)\s+(?:on\s+)?$", re.I)


def n_weekday(m, ctx):
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m.groupdict().get("rel") or "").lower()
    part = (m.groupdict().get("part") or "").lower()
    if m["pl"] or m["pl2"]:                        # "on Saturdays", "Tuesday nights": every such day
        if rel:
            return None
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[part]}" if part else ""), None, None, None, "absolute")
    if not ctx.has_day:
        v = f"XXXX-WXX-{wd}"
        return Norm("TIME" if part else "DATE", v + (f"T{PARTS_OF_DAY[part]}" if part else ""),
                    None, None, "day", "unresolved")
    d = weekday_date(ctx, wd, rel)
    n = _day(d, "relative-to-dct")
    if part:
        n.type, n.value = "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}"
    return n


def n_weekday_of_week(m, ctx):
    """'Wednesday last week', 'Friday of next week': that weekday of the week before, of or after the report's."""
    if not ctx.has_day:
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    k = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1) + timedelta(days=7 * k)
    return _day(monday + timedelta(days=wd - 1), "relative-to-dct")


def n_part_of_day(m, ctx):
    w = m["w"].lower()
    part = m["part"].lower() if m.groupdict().get("part") else w
    off = {"this": 0, "tonight": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "overnight": 0}.get(w, 0)
    code = PARTS_OF_DAY.get(part, "NI")
    if not ctx.has_day:
        return Norm("TIME", f"XXXX-XX-XXT{code}", None, None, "time", "unresolved")
    d = ctx.dct + timedelta(days=off)
    return Norm("TIME", f"{d.isoformat()}T{code}", d, d, "time", "relative-to-dct")


def n_anchored(m, ctx):
    """'the next day', 'the following year', 'later that day': a date counted from the last
    date the text named (resolved by _anchor_relative once every expression is found)."""
    g = m.groupdict()
    rel = (g.get("rel") or g.get("rel2") or "that").lower()
    unit = (g.get("u") or g.get("u2") or g.get("u3")).lower()
    k = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rel, 0)
    return Norm("DATE", f"{ANCHOR}:{k}:{unit}", None, None, None, "relative-to-timex")


def n_clock(m, ctx):
    if not m["h"].isdigit() and not m["h"].islower():
        return None                                   # "High Noon": a title
    h = int(m["h"]) if m["h"].isdigit() else (0 if m["h"] == "midnight" else 12)
    mi = int(m["mi"]) if m.groupdict().get("mi") else 0
    ap = (m.groupdict().get("ap") or "").lower().replace(".", "")
    if m.groupdict().get("pd"):                       # "4 in the morning", "8 in the evening"
        ap = "am" if m["pd"].lower() == "morning" else "pm"
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    zone = "Z" if (m.groupdict().get("tz") or "") in ("UTC", "GMT") else ""  # TIMEX3 marks UTC times
    if m["h"] == "midnight":
        h = 24                                         # TIMEX3: midnight ends its day ("at midnight Friday")
    if not ctx.has_day:
        return Norm("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}{zone}", None, None, "time", "unresolved")
    d = ctx.dct
    return Norm("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}{zone}", d, d, "time", "relative-to-dct")


def n_rel_unit(m, ctx):
    """this/last/next week|month|year, earlier this year, ..."""
    rel = m["rel"].lower()
    unit = m["u"].lower()
    mod = _mod(m)
    k = {"this": 0, "the current": 0, "current": 0, "last": -1, "past": -1, "previous": -1,
         "the previous": -1, "the past": -1, "the last": -1, "next": 1, "the next": 1,
         "the coming": 1, "coming": 1, "the following": 1, "this past": -1}.get(rel, 0)
    if not ctx.has_year or (unit in ("week", "weekend") and not ctx.has_day) or (unit == "month" and not ctx.has_month):
        code = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                "quarter": "XXXX-QX", "decade": "XXX"}[unit]
        return Norm("DATE", code, None, None, unit, "unresolved", mod)
    d = ctx.dct
    if unit == "year":
        n = _year(d.year + k, "relative-to-dct")
    elif unit == "month":
        y, mo = add_months(d.year, d.month, k)
        n = _month(y, mo, "relative-to-dct")
    elif unit in ("week", "weekend"):
        n = _week(d + timedelta(days=7 * k))
        if unit == "weekend":
            n.value += "-WE"
            n.start = n.start + timedelta(days=5)
            n.gran = "weekend"
    elif unit == "quarter":
        q = (d.month - 1) // 3 + 1 + k
        y = d.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        n = _quarter(y, q, "relative-to-dct")
    elif unit == "decade":
        y0 = (d.year // 10 + k) * 10
        n = Norm("DATE", str(y0 // 10), date(y0, 1, 1), date(y0 + 9, 12, 31), "decade", "relative-to-dct")
    else:
        return None
    said = (m.groupdict().get("mod") or "").lower()
    if rel == "this" and said in ("earlier", "later"):
        # "earlier this month": the month up to the reference day; "later this month": from it
        if ctx.has_day and n.start is not None and n.start <= d <= n.end:
            n.start, n.end = (n.start, d) if said == "earlier" else (d, n.end)
        return n
    return _narrow(n, mod)


def _in_weeks(unit: str, num: Optional[float]) -> tuple[str, Optional[float]]:
    """A fortnight is two weeks ("a fortnight ago", "the talks lasted a fortnight")."""
    if unit == "fortnight":
        return "week", (num * 2 if num is not None else None)
    return unit, num


_EVENT_AFTER = re.compile(r" (?:the |a |an |his |her |its |their )?[a-z]", re.I)


_FEW = re.compile(r"(?:a\s+)?few|several|a\s+couple\s+of|a\s+couple")


def n_ago(m, ctx):
    if m.group(0).lower().endswith("before") and _EVENT_AFTER.match(ctx.text, ctx.end):
        # "wait at least 30 days before closing the purchase", "10 days before the murder": a
        # length counted from an event, whose date this expression alone does not give
        return n_duration(m, ctx)
    num = parse_number(m["n"]) if m.groupdict().get("n") else None
    unit = m["u"].lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    unit, num = _in_weeks(unit, num)
    if num is None and unit in ("day", "week") and ctx.has_day and m.groupdict().get("n") \
            and _FEW.fullmatch(m["n"].lower()) and not m.group(0).lower().endswith(("earlier", "before")):
        # "a few days ago", "several weeks ago": TimeML's PAST_REF, with the span it can mean (two to seven days, one
        # to six weeks back) for what it dates
        d = ctx.dct
        lo, hi = (7, 1) if unit == "day" else (42, 7)
        return Norm("DATE", "PAST_REF", d - timedelta(days=lo), d - timedelta(days=hi), "day", "reference")
    if num is None or not ctx.has_year or (unit in ("day", "week") and not ctx.has_day) \
            or (unit == "month" and not ctx.has_month):
        return Norm("DATE", "PAST_REF", None, None, None, "reference")
    d = ctx.dct
    k = int(num)
    if unit == "day":
        return _day(d - timedelta(days=k), "relative-to-dct")
    if unit == "week":
        return _week(d - timedelta(days=7 * k))
    if unit == "month":
        y, mo = add_months(d.year, d.month, -k)
        return _month(y, mo, "relative-to-dct")
    if unit == "year":
        return _year(d.year - k, "relative-to-dct")
    if unit == "decade":                 # "a decade ago": the year ten years back, not the 1980s
        return _year(d.year - 10 * k, "relative-to-dct")
    return Norm("DATE", "PAST_REF", None, None, None, "reference")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must)\s+$", re.I)


def n_duration(m, ctx):
    unit = m["u"].lower()
    if m.group(0).lower() == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, ctx.start - 8), ctx.start):
        return Norm("DATE", "FUTURE_REF", None, None, None, "reference")    # "Islam will one day be": some day
    if unit == "quarter" and re.match(r"s?,? of\b", ctx.text[ctx.end:ctx.end + 6]):
        return None  # "three-quarters of the vote" is a fraction
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    raw = m.groupdict().get("n")
    num = parse_number(raw) if raw else None
    unit, num = _in_weeks(unit, num)
    if num is not None and (m.groupdict().get("h1") or m.groupdict().get("h2")):
        num += 0.5                                    # "two and a half years", "a minute and a half"
    code = UNIT[unit]
    if unit == "quarter":
        code = "Q"
    if num is None:
        value = "PXY" if unit == "decade" else f"PX{code}" if unit not in TIME_UNITS else f"PTX{code}"
    else:
        if unit in TIME_UNITS and not float(num).is_integer() and unit != "second":
            value = f"PT{int(num)}{code}30{'M' if unit == 'hour' else 'S'}"
        elif unit in TIME_UNITS:
            value = f"PT{fmt_num(num)}{code}"
        elif num == 0.5:
            value = {"year": "P6M", "month": "P2W", "day": "PT12H", "week": "P3D"}.get(unit, f"P0.5{code}")
        elif not float(num).is_integer() and unit == "year":
            value = f"P{int(num)}Y6M"
        else:
            value = f"P{fmt_num(num)}{code}"
        if unit in ("century", "decade"):
            value = f"P{fmt_num(num * (100 if unit == 'century' else 10))}Y"
    # "the past six months": the span that ends at the reference date, which an event of the
    # sentence may be dated by ("arrests over the past 6 months")
    if num is not None and float(num).is_integer() and unit in ("day", "week", "month", "year") \
            and ctx.has_day and re.match(r"(?:the )?(?:past|last|previous) ", m.group(0).lower()):
        n = int(num)
        if unit in ("month", "year"):
            y, mo = add_months(ctx.dct.year, ctx.dct.month, -n * (12 if unit == "year" else 1))
            start = _safe_date(y, mo, min(ctx.dct.day, month_last_day(y, mo)))
        else:
            start = ctx.dct - timedelta(days=n * (7 if unit == "week" else 1))
        if start is not None:
            return Norm("DURATION", value, start, ctx.dct, unit, "relative-to-dct")
    return Norm("DURATION", value, None, None, None, "absolute")


_HOURS_OF_BEFORE = re.compile(r"\b(?:early|small|wee) $", re.I)


def n_duration_plural(m, ctx):
    """'for months', 'days of talks': a length of unknown size; 'decades-long', 'a day-long
    meeting': the same as an adjective (one unit when singular)."""
    if _HOURS_OF_BEFORE.search(ctx.text, max(0, ctx.start - 7), ctx.start):
        return None                                    # "in the early hours of Monday": a time, not a length
    word = (m["u"] or m["ul"]).lower()
    unit = word.rstrip("s")
    code = "Y" if unit == "decade" else UNIT[unit]
    t = "T" if unit in TIME_UNITS else ""
    if word == unit:                                   # "day-long": one day
        return Norm("DURATION", f"P{t}10Y" if unit == "decade" else f"P{t}1{code}")
    return Norm("DURATION", f"P{t}X{code}")


def n_set(m, ctx):
    w = m["w"].lower()
    table = {"daily": "P1D", "every day": "P1D", "each day": "P1D", "a day": "P1D", "per day": "P1D",
             "weekly": "P1W", "every week": "P1W", "each week": "P1W", "a week": "P1W", "per week": "P1W",
             "monthly": "P1M", "every month": "P1M", "each month": "P1M", "a month": "P1M", "per month": "P1M",
             "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y", "per year": "P1Y",
             "a year": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "every hour": "PT1H"}
    if w in table:
        return Norm("SET", table[w], None, None, None, "absolute")
    m2 = re.match(r"(?:every|each) (\w+)", w)
    if m2 and m2[1] in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m2[1]]}", None, None, None, "absolute")
    if m2 and m2[1] in MONTH_NAMES:
        return Norm("SET", f"XXXX-{month_num(m2[1]):02d}", None, None, None, "absolute")
    return None


def n_ref(m, ctx):
    w = m["w"].lower()
    v = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
         "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
         "recently": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
         "in the past": "PAST_REF", "lately": "PAST_REF", "earlier": "PAST_REF", "once": "PAST_REF",
         "the future": "FUTURE_REF", "soon": "FUTURE_REF", "in the future": "FUTURE_REF",
         "the coming months": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
         "the short term": "FUTURE_REF", "a later date": "FUTURE_REF"}.get(w)
    if not v:
        return None
    n = Norm("DATE", v, None, None, None, "reference")
    if v == "PRESENT_REF" and ctx.has_day:
        n.start = n.end = ctx.dct
        n.gran = "day"
    return n


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n < 0:
        d = date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() - weekday) % 7)
    d = date(y, month, 1)
    return d + timedelta(days=(weekday - d.weekday()) % 7 + 7 * (n - 1))


# each holiday's day in a year: fixed days, the n-th weekday of a month (the United States' holidays, as
# Election Day), and the movable feasts counted from Easter Sunday (dateutil's Western computus)
_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                   "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
                   "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
                   "bastille day": (7, 14), "st. patrick's day": (3, 17), "saint patrick's day": (3, 17),
                   "boxing day": (12, 26), "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
                   "remembrance day": (11, 11), "armistice day": (11, 11)}
_NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "memorial day": (5, 0, -1),
                         "labor day": (9, 0, 1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
                         "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
                         "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2)}
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                   "palm sunday": -7}


def _holiday_day(h: str, y: int) -> Optional[date]:
    if h == "election day":                           # the United States': the Tuesday after Nov. 1's Monday
        d = date(y, 11, 2)
        return d + timedelta(days=(1 - d.weekday()) % 7)
    if h in _FIXED_HOLIDAYS:
        return date(y, *_FIXED_HOLIDAYS[h])
    if h in _NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday(y, *_NTH_WEEKDAY_HOLIDAYS[h])
    if h in _EASTER_OFFSETS:
        return easter(y) + timedelta(days=_EASTER_OFFSETS[h])
    return None


def n_holiday(m, ctx):
    h = " ".join(m["hol"].lower().replace("’", "'").split())
    given = bool(m.groupdict().get("y"))
    y = int(m["y"]) if given else (ctx.dct.year if ctx.has_year else None)
    if y is None:
        d = _holiday_day("easter" if h.endswith(("week", "weekend")) else h, 2001)
        if d is None:
            return None
        fixed = h in _FIXED_HOLIDAYS
        return Norm("DATE", f"XXXX-{d.month:02d}-{d.day:02d}" if fixed else f"XXXX-{d.month:02d}-XX", None, None,
                    "day", "unresolved")
    span = h.rsplit(" ", 1)[1] if h.endswith(("week", "weekend")) else None
    if span is not None:
        h = "easter"                                  # "Easter week", "Holy Week": the week up to Easter Sunday
    d = _holiday_day(h, y)
    if d is None:
        return None
    if not given and ctx.has_month:                   # the year from the tense, as a month-day's
        y2, _ = year_for_month(ctx, d.month, d.day)
        if y2 is not None and y2 != y:
            d = _holiday_day(h, y2)
    resolution = "absolute" if given else "relative-to-dct"
    if span == "week":
        return _week(d, resolution)
    if span == "weekend":                             # Saturday and Easter Sunday
        n = _week(d, resolution)
        n.value += "-WE"
        n.start, n.end, n.gran = d - timedelta(days=1), d, "weekend"
        return n
    return _day(d, resolution)


def _reporting_quarter(ctx: Ctx) -> tuple[int, int]:
    """The quarter a company reports on at the reference date: the last one that has ended."""
    q = (ctx.dct.month - 1) // 3   # 0 = the quarter before Q1 of this year
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


def n_reporting_quarter(m, ctx):
    ago = m.groupdict().get("ago") or m.groupdict().get("ago2") or m.groupdict().get("ago3")
    if not ctx.has_month:
        return Norm("DATE", "XXXX-QX", None, None, "quarter", "unresolved")
    y, q = _reporting_quarter(ctx)
    return _quarter(y - (1 if ago else 0), q, "relative-to-dct")


def n_year_ago_adj(m, ctx):
    if not ctx.has_month:
        return Norm("DATE", "XXXX-QX", None, None, "quarter", "unresolved")
    y, q = _reporting_quarter(ctx)
    return _quarter(y - 1, q, "relative-to-dct")


def n_weekend(m, ctx):
    rel = (m.groupdict().get("rel") or "the").lower()
    if not ctx.has_day:
        return Norm("DATE", "XXXX-WXX-WE", None, None, "weekend", "unresolved")
    d = ctx.dct
    sat_this = d + timedelta(days=6 - d.isoweekday()) if d.isoweekday() < 6 else d - timedelta(days=d.isoweekday() - 6)
    if rel == "next" or (rel in ("the", "this") and ctx.tense() == "future" and d.isoweekday() < 6):
        sat = sat_this if rel != "next" else sat_this + timedelta(days=7 if d.isoweekday() >= 6 else 0)
    elif rel == "this" and d.isoweekday() >= 5:
        sat = sat_this
    else:
        sat = sat_this - timedelta(days=7) if sat_this > d else sat_this
    n = _week(sat)
    n.value += "-WE"
    n.start, n.end, n.gran = sat, sat + timedelta(days=1), "weekend"
    return n


_UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS_WORDS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}


def n_spelled_year(m, ctx):
    words = re.split(r"[- ]+", m["y"].lower())
    if words[0] == "nineteen":
        y = 1900 + 10 * _TENS_WORDS[words[1]] + (_UNITS_WORDS[words[2]] if len(words) > 2 else 0)
    else:
        rest = [w for w in words[2:] if w != "and"]
        y = 2000 + (_UNITS_WORDS[rest[0]] if rest else 0)
    if m.groupdict().get("s"):
        return _season(y, SEASONS[m["s"].lower()])
    if m.groupdict().get("mo"):
        return _month(y, month_num(m["mo"]))           # "January nineteen ninety-seven" (spoken news)
    return _year(y)


_ENDED_AFTER = re.compile(r"\s+end(?:ed|ing)\b", re.I)


def n_the_year(m, ctx):
    """'for the year': the publication's year; 'the year ended March 31': a year-long period
    that ends on the date named after it (a company's fiscal year), so a duration."""
    if _ENDED_AFTER.match(ctx.text, ctx.end):
        return Norm("DURATION", "P1Y", None, None, None, "absolute")
    if ctx.text[ctx.end - 4:ctx.end] == "Year" and _AWARD_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None         # "World Player of the Year", "Coach of the Year": an award's name, no year
    return _year(ctx.dct.year, "relative-to-dct") if ctx.has_year else None


_AWARD_BEFORE = re.compile(r"[A-Z][\w-]*\s+[Oo]f\s+$")     # (a title-cased one too: "Rookie Of The Year")


def n_month_rel_year(m, ctx):
    if not ctx.has_year:
        return None
    k = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return _month(ctx.dct.year + k, month_num(m["m"]), "relative-to-dct")


def n_month_day_rel_year(m, ctx):
    """'January 8th of last year': the day in the year before (this, after) the publication's."""
    if not ctx.has_year:
        return None
    k = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    d = _safe_date(ctx.dct.year + k, month_num(m["m"]), int(re.sub(r"\D", "", m["d"])))
    return _day(d, "relative-to-dct") if d else None


def n_clock_weekday(m, ctx):
    h2 = m.groupdict().get("h2")
    h = (12 if h2 == "noon" else 24) if h2 else int(m["h"])     # midnight ends its day
    mi = int(m["mi"]) if m.groupdict().get("mi") else 0
    ap = (m.groupdict().get("ap") or "").replace(".", "").lower()
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    wd = WEEKDAYS[m["wd"].lower()]
    if not ctx.has_day:
        return Norm("TIME", f"XXXX-WXX-{wd}T{h:02d}:{mi:02d}", None, None, "time", "unresolved")
    d = weekday_date(ctx, wd, "")
    return Norm("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", d, d, "time", "relative-to-dct")
