"""The rule table, as data: what each kind of date expression looks like.

Each :class:`Rule` is a name, a regex built from the lexicon's fragments, the normaliser that
reads its match, its priority against overlapping matches of the same length, and its own
examples ``(sentence, expected span, expected value, reference date)``, which
``tests/test_timex_rules.py`` runs one by one. Between matches of the same length and
priority the rule listed first wins. A long module: it is data, each rule beside its examples.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from .lexicon import _APPROX, _DAY, _MOD, _MONTH, _NUM, _UNIT, _VAGUE, _WEEKDAY, _YEAR
from .normalise import (_reporting_quarter, n_ago, n_anchored, n_century, n_clock, n_clock_weekday, n_decade,
                        n_deictic_day, n_dmy, n_duration, n_duration_plural, n_fiscal, n_half, n_holiday, n_iso,
                        n_md, n_md_word, n_month, n_month_edge_day, n_month_rel_year, n_month_day_rel_year, n_month_year, n_part_of_day, n_quarter, n_ref,
                        n_rel_unit, n_reporting_quarter, n_season, n_set, n_spelled_year, n_the_year,
                        n_us_numeric, n_weekday, n_weekday_of_week, n_weekend, n_year, n_year_ago_adj, n_year_span_end)
from .tense import Ctx
from .values import ANCHOR, Norm, _day, _narrow, _quarter, _year


@dataclass
class Rule:
    name: str
    pattern: str
    normalise: Callable[[re.Match, Ctx], Optional[Norm]]
    examples: list = field(default_factory=list)  # (sentence, span, value, dct "YYYY-MM-DD"|None)
    flags: int = re.I
    priority: int = 0
    heads: tuple = ()

    def __post_init__(self):
        self.regex = re.compile(self.pattern, self.flags)


_B = r"(?<![\w'’])"   # left word boundary that also refuses "'s"
# a weekday's name inside a named day ("Super Tuesday", "Black Friday", "Good Friday"): not that weekday
_NAMED_DAY_NOT = "".join(f"(?<!{w} )" for w in ("super", "black", "good", "cyber", "easter", "palm", "holy", "ash",
                                                 "bloody", "maundy", "shrove", "giving"))
_E = r"(?![\w])"

# harms done by a fall, before "in the fall": the falling, not autumn
# (not "killed" nor "hurt": "Hundreds were killed in the fall, when the storms hit", "Sales were hurt in the fall")
_HARMED_IN_A_FALL = ("crushed", "injured", "broken", "fractured", "bruised", "shattered")

RULES: list[Rule] = [
    Rule("weekday_month_day_year",
         _B + r"(?:" + _WEEKDAY + r",? )?(?:the )?(?P<d>" + _DAY + r")(?: of)? (?P<m>" + _MONTH + r"),? (?P<y>" + _YEAR + r")" + _E,
         n_dmy, [("Published on 14 September 2020 in Moscow", "14 September 2020", "2020-09-14", None),
                 ("On Monday, 14th of September, 2020, he left", "Monday, 14th of September, 2020", "2020-09-14", None)],
         flags=0),
    Rule("month_day_year",
         _B + r"(?:" + _WEEKDAY + r",? )?(?P<m>" + _MONTH + r") (?P<d>" + _DAY + r"),? (?P<y>" + _YEAR + r")" + _E,
         n_md, [("The last time they met was on December 20, 2019 in St Petersburg", "December 20, 2019", "2019-12-20", "2020-02-07"),
                ("signed Sept. 25, 2020.", "Sept. 25, 2020", "2020-09-25", None)], flags=0),
    Rule("month_day",
         _B + r"(?:" + _WEEKDAY + r",? )?(?P<m>" + _MONTH + r") (?P<d>" + _DAY + r")(?!\w|[,.]?\d|,? ?\d{4})",
         n_md, [("military drills until Sept. 25, RIA news agency reported", "Sept. 25", "2020-09-25", "2020-09-14"),
                ("detained in mass protests since August 9", "August 9", "2020-08-09", "2020-08-20"),
                ("The vote is on Nov. 3.", "Nov. 3", "XXXX-11-03", None),
                ("The company said on Dec. 20 it had lost money.", "Dec. 20", "2019-12-20", "2020-01-10")], flags=0),
    # wire copy writes the days under ten as words: "signed on March nine", "set April nine as the target"
    Rule("month_day_word",
         r"(?:(?<=\bon )|(?<=\bby )|(?<=\bset )|(?<=\bto )|(?<=\buntil )|(?<=\bsince )|(?<=\bfrom )|(?<=\bbefore )|"
         r"(?<=\bafter )|(?<=\bthrough ))"
         r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)) (?P<dw>one|two|three|four|five|six|seven|eight|nine)"
              r"(?![\w-]| (?:percent|pct|per|times|years?|months?|weeks?|days?|hours?|people|of)\b)",
         n_md_word, [("The letter of intent signed on March nine set a target date", "March nine", "1987-03-09",
                      "1987-04-08"),
                     ("Deliveries rose in March two percent.", "March", "1987-03", "1987-04-08"),
                     ("In March three banks failed.", "March", "1987-03", "1987-04-08")], flags=0),
    Rule("day_month",
         _B + r"(?:" + _WEEKDAY + r",? )?(?:the )?(?P<d>" + _DAY + r")(?: of)? (?P<m>" + _MONTH + r")(?!\w|,? " + _YEAR + r")",
         n_md, [("He arrived on 25 September to meet her.", "25 September", "2020-09-25", "2020-09-14")], flags=0),
    Rule("iso_date", _B + r"(?P<y>" + _YEAR + r")-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
                     r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<z>Z|[+-]\d\d:?\d\d)?)?" + _E, n_iso,
         [("as of 2020-09-14 the rule holds", "2020-09-14", "2020-09-14", None),
          ("The statement was issued at 2020-09-14T21:43:00Z.", "2020-09-14T21:43:00Z", "2020-09-14T21:43Z", None)]),
    # the day named for what happened on it: "the September 11 attacks", "the 9/11 attacks" (2001)
    Rule("named_day", _B + r"(?:(?P<md>(?:September|Sept\.?|Sep\.) 11(?:th)?)(?= (?:terror(?:ist)? )?attacks?\b| hijack)|9/11)(?![\w/])",
         lambda m, ctx: _day(date(2001, 9, 11), "absolute"),
         [("after the September 11 attacks on the United States", "September 11", "2001-09-11", "2008-01-10"),
          ("families of 9/11 victims rallied", "9/11", "2001-09-11", "2010-08-25"),
          ("The vote is on September 11 this year.", "September 11 this year", "2010-09-11", "2010-08-25")], flags=0,
         priority=2),
    Rule("numeric_date", _B + r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])", n_us_numeric,
         [("filed on 9/14/2020 in court", "9/14/2020", "2020-09-14", None)]),
    # day.month.year, as British and European papers write it; year/month/day with slashes
    Rule("dotted_date", _B + r"(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mo>1[0-2]|0?[1-9])\.(?P<y>" + _YEAR + r")(?![\w.]?\d|\w)",
         n_iso, [("He left on 14.09.2020 for Sochi.", "14.09.2020", "2020-09-14", None)]),
    Rule("ymd_slashes", _B + r"(?P<y>" + _YEAR + r")/(?P<mo>[01]\d)/(?P<d>[0-3]\d)(?![\w/])", n_iso,
         [("posted 2020/09/14 by the agency", "2020/09/14", "2020-09-14", None)]),
    Rule("day_mon_year", _B + r"(?P<d>3[01]|[12]\d|0?[1-9])-(?P<m>" + _MONTH + r")-(?P<y>" + _YEAR + r")" + _E, n_dmy,
         [("Filed 14-Sep-2020 in Minsk", "14-Sep-2020", "2020-09-14", None)]),
    Rule("month_year", _B + _MOD + r"(?P<m>" + _MONTH + r"),? (?:of )?(?P<y>" + _YEAR + r")" + _E, n_month_year,
         [("sales in August 1988 rose", "August 1988", "1988-08", None),
          ("expected by mid-September 2021", "mid-September 2021", "2021-09", None)],
         flags=0),
    Rule("month_edge_day", _B + r"the (?P<edge>first|last) day of (?P<m>" + _MONTH + r")(?:,? (?:of )?(?P<y>" + _YEAR + r"))?" + _E,
         n_month_edge_day,
         [("separations slumped on the last day of March, the report said", "the last day of March", "2020-03-31",
           "2020-05-15"),
          ("It takes effect on the first day of June 2021.", "the first day of June 2021", "2021-06-01", "2020-05-15"),
          ("the last day of February 2020 was busy", "the last day of February 2020", "2020-02-29", None)],
         flags=0),
    Rule("month", _B + r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his) )?" + _MOD +
         r"(?P<m>January|February|March|April|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|May)" + r"(?![\w]| \d)",
         n_month, [("when the results were announced in August the country erupted", "August", "2020-08", "2020-09-14"),
                   ("protesters at the March for Life on Capitol Hill", None, None, "1999-01-22"),
                   ("He resigned in March for health reasons.", "March", "1989-03", "1989-11-02"),
                   ("the vote in the March of 2019 was close", "March of 2019", "2019-03", "2019-05-01"),
                   ("last April sales fell", "last April", "2019-04", "2020-03-10"),
                   # (opening a sentence too: the last July before a May is the year before's)
                   ("Last July, a man was hurt.", "Last July", "2009-07", "2010-05-31"),
                   # (a name that begins with a month's: "at the August Wilson Theatre")
                   ("Jersey Boys, at the August Wilson Theatre, was cancelled.", None, None, "2010-04-07"),
                   ("Traffic was heavy during the July Fourth weekend.", "July", "2019-07", "2019-07-08"),
                   ("by late November they had left", "late November", "2020-11", "2020-12-01"),
                   # a schedule names a date ahead of its setting, whatever its tense
                   ("after elections which had tentatively been set for December", "December", "1987-12", "1987-06-29")],
         flags=0, priority=-1),
    Rule("fiscal_year", _B + r"(?:the )?(?:current )?fiscal(?: year)?[ -](?P<y>" + _YEAR + r")" + _E, n_fiscal,
         [("profits in fiscal 1989 rose", "fiscal 1989", "1989", None)]),
    Rule("year", _B + _MOD + r"(?<![$#£€])(?P<y>1[6-9]\d\d|20\d\d)(?![\w%]|[-/.,]\d|\s(?:people|troops|votes|"
                             r"soldiers|km|miles|tons|tonnes|dollars|euros|members|workers|men|women|children|"
                             r"cars|units|shares|feet|metres|meters|pounds|rubles|students|jobs|"
                             r"UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|hours|hrs|local\s+time)\b"
                             # a street number: "on the 13th floor of 2007 Surf Avenue"
                             r"|\s(?-i:[A-Z][\w'-]*\s){1,2}(?-i:Avenue|Street|Road|Boulevard|Lane|Drive|Parkway|Ave|St|Rd|Blvd)\b)",
         n_year, [("Lukashenka, who has ruled the country since 1994, had", "1994", "1994", None),
                  ("the fire on the 13th floor of 2007 Surf Avenue, a housing block", None, None, None),
                  ("in 2007 the avenue was renamed", "2007", "2007", None),
                  ("reopened at 2 p.m. ET (1800 UTC).", "2 p.m.", "2019-10-02T14:00", "2019-10-02"),
                  ("the offer will expire at 1700 EST on March 27", "March 27", "1987-03-27", "1987-03-24"),
                  ("in early 2020 the virus spread", "early 2020", "2020", None),
                  ("about 2000 people marched", None, None, None),
                  ("the offensive has killed more than 1600 civilians", None, None, None),
                  ("1600 protesters were detained", None, None, None),
                  ("1846 persons were hospitalized and 1720 had already been discharged", None, None, "2020-01-01"),
                  ("by 2020 had risen to 5 pct", "2020", "2020", None),
                  ("Niou got 2,742 votes, while Jenifer Rajkumar had 1612 (18.7%).", None, None, "2016-09-14"),
                  ("in 1990 were elected", "1990", "1990", None),
                  ("in 1990 elections were held", "1990", "1990", None),
                  ("foreign clones identified as NAB 12, RRIM 725 and PPN 2058.", None, None, "1987-03-30"),
                  ("Steve Jobs gives opening keynote to WWDC 2005", "2005", "2005", "2005-06-06"),
                  ("US Airways Flight 1549 landed in the Hudson", None, None, None),
                  ("the EU in 2019 adopted", "2019", "2019", None)], priority=-2),
    # "2019-2020", "the 2019-20 season": two years, a range (the second may be written with two digits)
    Rule("year_span_start", r"(?<![\w$#£€/.,-])(?P<y>1[6-9]\d\d|20\d\d)(?=[-–](?:1[6-9]\d\d|20\d\d|\d\d)(?![\w%/-]|[.,]\d))",
         lambda m, ctx: _year(int(m["y"])), [("Prices rose in 2019-2020.", "2019", "2019", None)]),
    Rule("year_span_end", r"(?<=(?P<y0>1[6-9]\d\d|20\d\d)[-–])(?P<y>1[6-9]\d\d|20\d\d|\d\d)(?![\w%/-]|[.,]\d)",
         lambda m, ctx: n_year_span_end(m, ctx),
         [("Prices rose in 2019-2020.", "2020", "2020", None), ("In the 2019-20 season he won.", "20", "2020", None),
          ("the 1999-00 budget", "00", "2000", None)]),
    Rule("decade", _B + _MOD + r"(?:the )?(?:" + _MOD.replace("?P<mod>", "?P<mod2>") + r")?(?P<dec>(?:1[0-9]|20)[0-9]0'?s|['’][0-9]0s|(?<=the )[2-9]0s|(?<=early )[2-9]0s|(?<=mid-)[2-9]0s|(?<=late )[2-9]0s|"
                   r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)" + _E,
         n_decade, [("proclaimed a union state in the 1990s, complete", "the 1990s", "199", None),
                    ("Buffalo were hunted to near extinction in the 1800s.", "the 1800s", "18", None),
                    ("in the late 1970s it grew", "the late 1970s", "197", None),
                    ("back in the '80s", "the '80s", "198", None),
                    ("Two men in their fifties were discovered on Tuesday evening", "Tuesday evening",
                     "2017-01-24TEV", "2017-01-25"),
                    ("a woman in her late 20s was hurt", None, None, "2017-01-25"),
                    ("the trend of the last half of the '80s", "the last half of the '80s", "198", "1989-10-26")]),
    Rule("century", _B + _MOD + r"(?:the )?(?P<c>(?:1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)|"
                    r"twentieth|twenty-first|nineteenth) century" + _E,
         n_century, [("the 20th century saw wars", "the 20th century", "19", None)]),
    Rule("season_year", _B + _MOD + r"(?:the )?(?P<s>spring|summer|fall|autumn|winter)(?: of)? (?P<y>" + _YEAR + r")" + _E,
         n_season, [("in the summer of 2019 they met", "the summer of 2019", "2019-SU", None)]),
    Rule("season_bare", r"(?:(?<=\bin )|(?<=\bduring )|(?<=\bby )|(?<=\buntil )|(?<=\bover )|(?<=\bthrough )"
                        r"|(?<=\bsince ))(?:the )?(?P<s>spring|summer|autumn|winter|fall)(?! of)" + _E
                        # (not a fall that harmed: "His heels were crushed in the fall", "was injured in the fall")
                        + "".join(rf"(?<!\b{w} in the fall)" for w in _HARMED_IN_A_FALL),
         n_season, [("Sales rose in the summer, the company said", "the summer", "1989-SU", "1989-10-26"),
                    ("Opel will be sold in spring, he said", "spring", "2009-SP", "2009-04-01"),
                    ("His heels and feet were crushed in the fall.", None, None, "2016-02-23"),
                    ("Two workers were injured in the fall, police said.", None, None, "2016-02-23"),
                    ("Prices were cut in the fall, he said.", "the fall", "2016-FA", "2016-12-23"),
                    ("Sales were hurt in the fall by a strike.", "the fall", "2016-FA", "2016-12-23")], priority=-1),
    Rule("season_rel", _B + _MOD + r"(?P<rel>this past|this|last|next|past)(?: |-)(?P<s>spring|summer|fall|autumn|winter)" + _E,
         n_season, [("sales rose this summer", "this summer", "2020-SU", "2020-09-14"),
                    ("sales fell last fall", "last fall", "1988-FA", "1989-05-01")]),
    Rule("quarter", _B + r"(?:the (?=[\w'’ -]+ quarter)|the (?=fiscal))?(?:(?:comparable |corresponding )?"
                    r"(?:(?P<y0>" + _YEAR + r")|(?P<ago>year-ago|year-earlier|year earlier|previous year's|last year's)"
                    r"|(?P<next>next year's)|this year's)[ -])?"
                    r"(?:fiscal[ -])?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[ -]quarter"
                    r"(?:(?: of)?,? (?:fiscal )?(?P<y>" + _YEAR + r")| of (?P<yrel>this|last|next) year)?" + _E,
         n_quarter, [("in the third quarter, profit rose", "the third quarter", "1989-Q3", "1989-11-02"),
                     ("third-quarter net income", "third-quarter", "1989-Q3", "1989-11-02"),
                     ("the first quarter of 2020 was weak", "the first quarter of 2020", "2020-Q1", None),
                     ("In the 1988 third quarter, it lost", "the 1988 third quarter", "1988-Q3", "1989-10-26"),
                     ("in the year-ago third quarter earned", "the year-ago third quarter", "1988-Q3", "1989-10-30"),
                     ("as early as next year's first quarter.", "next year's first quarter", "1990-Q1", "1989-10-31"),
                     ("a net profit of $997 million in the third quarter of this year", "the third quarter of this year",
                      "2009-Q3", "2009-11-05")]),
    Rule("year_period", _B + r"the (?P<y>" + _YEAR + r") (?:quarter|period)" + _E,
         lambda m, ctx: _quarter(int(m["y"]), _reporting_quarter(ctx)[1] if ctx.has_month else 0, "relative-to-dct")
         if ctx.has_month else _year(int(m["y"])),
         [("earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-Q3", "1989-10-30")], priority=1),
    Rule("quarter_q", r"\b(?:Q(?P<qn>[1-4])(?: (?P<y>" + _YEAR + r"))?)" + _E, n_quarter,
         [("revenue in Q3 2019 rose", "Q3 2019", "2019-Q3", None)], flags=0),
    Rule("half", _B + r"(?:the )?(?P<h>first|second|1st|2nd|last) half(?: of)?(?: (?P<y>" + _YEAR + r"))?" + _E,
         n_half, [("in the first half of 2019, sales", "the first half of 2019", "2019-H1", None),
                  ("the Nets forgot to show up in the first half of last night's game 7 loss", "last night",
                   "2013-05-04TNI", "2013-05-05")]),
    Rule("deictic_day", _B + r"(?:(?P<mod>early|late) )?(?P<w>the day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow)" + _E,
         n_deictic_day, [("Belarus said today it would", "today", "2020-09-14", "2020-09-14"),
                         ("He said yesterday it failed", "yesterday", "2020-09-13", "2020-09-14"),
                         ("an exciting time at today's GM.", "today", "PRESENT_REF", "2013-12-10")]),
    # a weekday of a named week: "on Wednesday last week", "Friday of next week"
    Rule("weekday_of_week", _B + r"(?P<wd>" + _WEEKDAY + r"),? (?:of )?(?P<rel>last|next|this) week" + _E,
         n_weekday_of_week, [("the action started on Wednesday last week when miners", "Wednesday last week",
                              "1987-03-25", "1987-04-02"),
                             ("talks resume on Friday of next week.", "Friday of next week", "2020-09-25", "2020-09-14"),
                             ("the talks on Wednesday this week ended", "Wednesday this week", "2020-09-16", "2020-09-14")]),
    Rule("weekday", _B + _NAMED_DAY_NOT + r"(?:(?P<rel>last|next|this|past|coming) )?(?P<wd>" + _WEEKDAY + r")(?P<pl>s)?"
                    r"(?:(?:'s|’s)? (?P<part>morning|afternoon|evening|night)(?P<pl2>s)?)?" + _E,
         n_weekday, [("Alexander Lukashenko flew to Russia on Monday to entreat", "Monday", "2020-09-14", "2020-09-14"),
                     ("markets stay closed until Friday, including", "Friday", "2008-09-19", "2008-09-18"),
                     ("The meeting took place on Friday.", "Friday", "2020-09-11", "2020-09-14"),
                     ("They will meet on Tuesday.", "Tuesday", "2020-09-15", "2020-09-14"),
                     # a possessive day has been, unless its clause is of the future
                     ("after Friday's purchases", "Friday", "2014-07-04", "2014-07-09"),
                     ("Germany will play in Sunday's final.", "Sunday", "2014-07-13", "2014-07-09"),
                     # told in the present, a day or two ahead is the one ahead; farther, the one before
                     ("The main candidates for Wednesday's contest are Ndayishimiye and Rwasa.", "Wednesday",
                      "2020-05-20", "2020-05-19"),
                     ("The debentures are convertible at a premium over Thursday's closing price.", "Thursday",
                      "1989-10-26", "1989-10-30"),
                     ("On Sunday morning, a helicopter crashed", "Sunday morning", "2020-01-26TMO", "2020-01-29"),
                     ("He left on Monday.", "Monday", "XXXX-WXX-1", None),
                     # a day's name in a feast's or a vote's is not the weekday before or after: no timex
                     ("as Super Tuesday nears, Obama drew crowds", None, None, "2008-02-02"),
                     ("shoppers lined up on Black Friday", None, None, "2019-11-30"),
                     # plural: every such day
                     ("The market is closed Saturdays.", "Saturdays", "XXXX-WXX-6", "2020-09-16"),
                     ("Two new flights leave Bombay on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI", "1998-02-13")]),
    Rule("part_of_day", _B + r"(?:(?P<w>this|last|yesterday|tomorrow) (?P<part>morning|afternoon|evening|night)|"
                        r"(?P<w2>tonight|overnight))" + _E,
         lambda m, ctx: n_part_of_day(_Shim(m, {"w": m["w"] or m["w2"], "part": m["part"] or m["w2"]}), ctx),
         [("the vote ended last night", "last night", "2020-09-13TNI", "2020-09-14"),
          ("he speaks tonight", "tonight", "2020-09-14TNI", "2020-09-14")]),
    Rule("clock", r"(?<![\w'’:])(?:(?:at|around|about|by|until) )?(?P<h>[01]?\d|2[0-3]|noon|midnight|midday)(?::(?P<mi>[0-5]\d))?"
                  r"(?: ?(?P<ap>a\.m\.|p\.m\.|am|pm)(?!\w)|(?<=\d\d:\d\d)|(?<=noon)|(?<=midnight)|(?<=midday)|"
                  r"(?<=\d) in the (?P<pd>morning|afternoon|evening)(?!\w))(?: (?P<tz>local time|GMT|UTC|EST|EDT|PST|PDT|CET|MSK|(?-i:[A-Z][a-z]+) time))?",
         n_clock, [("the polls closed at 10 p.m. sharp", "10 p.m.", "2020-09-14T22:00", "2020-09-14"),
                   ("It happened at 21:43 local time", "21:43 local time", "2020-09-14T21:43", "2020-09-14"),
                   ("He will appear before a judge at midday.", "midday", "2020-09-14T12:00", "2020-09-14"),
                   ("The ceasefire announced at 9 a.m. Moscow time collapsed.", "9 a.m. Moscow time", "2022-03-02T09:00", "2022-03-02"),
                   ("The father will leave at 4 in the morning.", "4 in the morning", "2020-09-14T04:00", "2020-09-14"),
                   ("He arrived at 8 in the evening.", "8 in the evening", "2020-09-14T20:00", "2020-09-14"),
                   ("The deadline expires at midnight on Friday.", "midnight", "2020-09-18T24:00", "2020-09-16"),
                   ("a picture of Gary Cooper from the film High Noon.", None, None, "2020-09-14")]),
    Rule("anchored", _B + r"(?:(?:earlier|later) )?(?:the (?P<rel>following|next|previous|preceding) "
                     r"(?P<u>day|morning|afternoon|evening|night)|the following (?P<u4>week|month|year)|"
                     # ("convicted the next year", after "In 1994": the year after it; not "over the next year", the
                     # coming one)
                     r"(?<!over )(?<!in )(?<!within )(?<!during )(?<!for )(?<!through )the next (?P<u5>week|month|year)|"
                     r"the (?P<u2>day) (?P<rel2>before|after)(?=\s*[,.;:!?)]|$)|"
                     r"that (?:same )?(?P<u3>day|morning|afternoon|evening|night|week|month|year))"
                     # (not "the day that he died"; but "a quake the previous day that collapsed the rock")
                     r"(?! (?:of|before|after|when|which)\b| that (?![a-z]+ed\b))" + _E,
         lambda m, ctx: n_anchored(_Shim(m, {"u": m["u"] or m["u4"] or m["u5"],
                                             "rel": m["rel"] or ("following" if m["u4"] or m["u5"] else None)}), ctx),
         [("He was arrested on Sept. 14. The next day he was freed.", "The next day", "2020-09-15", "2020-09-20"),
          # a month of "that year": of the year named before ("In November of that year"), else the month alone
          ("Newsweek was sold in 2010. In November of that year it merged.", "November of that year", "2010-11",
           "2013-08-04"),
          ("He quit in June 1995; in March of that year he had said so.", "March of that year", "1995-03", "2013-08-04"),
          ("In November of that year it merged.", "November of that year", "2012-11", "2013-08-04"),
          ("He became a general in 1995 and the following year he retired.", "the following year", "1996", "2020-09-20"),
          ("In 1994 a landlord was killed. Collins was convicted the next year.", "the next year", "1995", "2010-06-10"),
          ("Police raided the office on Monday, Sept. 14. Later that day they left.", "Later that day", "2020-09-14", "2020-09-20"),
          ("Protests began on Aug. 9; the day before, the vote had closed.", "the day before", "2020-08-08", "2020-09-20"),
          ("On Aug. 9 he voted. The next morning he fled.", "The next morning", "2020-08-10TMO", "2020-09-20"),
          ("A quake hit on Aug. 9. It followed a quake the previous day that collapsed a rock.", "the previous day",
           "2020-08-08", "2020-09-20")],
         flags=re.I, priority=2),
    Rule("anchored_weekday", _B + r"the (?P<rel>previous|preceding|following) (?P<wd>" + _WEEKDAY + r")" + _E,
         lambda m, ctx: Norm("DATE", f"{ANCHOR}:{-1 if m['rel'].lower() != 'following' else 1}:{m['wd'].lower()}",
                             None, None, None, "relative-to-timex"),
         [("Shares closed Friday at 2082.1, down 4.5% from the previous Friday.", "the previous Friday", "1989-10-20",
           "1989-10-30"),
          ("They met on Sept. 14 and again the following Monday.", "the following Monday", "2020-09-21", "2020-09-30")],
         flags=re.I, priority=2),
    Rule("rel_unit", _B + _MOD + r"(?P<rel>this past|this|last|next|past|previous|the previous|the past|the last|the next|"
                     r"the coming|coming|the following|the current|current)[ -](?:fiscal )?(?P<u>year|month|week|weekend|quarter|decade)(?!\w|s)",
         n_rel_unit, [("Putin said last month he had set up a force", "last month", "2020-08", "2020-09-14"),
                      ("earlier this year the firm lost", "earlier this year", "2020", "2020-09-14"),
                      ("sanctions are expected later this month", "later this month", "2020-09", "2020-09-14"),
                      ("talks next week", "next week", "2020-W39", "2020-09-14"),
                      ("sales fell last year", "last year", "2019", "2020-09-14"),
                      ("sales in the current fiscal year rose", "the current fiscal year", "1989", "1989-11-02")], priority=1),
    Rule("in_the_unit", _B + r"(?P<mod>earlier|later) in the (?P<u>year|month|week)" + _E,
         lambda m, ctx: n_rel_unit(_Shim(m, {"rel": "this"}), ctx),
         [("the EU sanctioned Iran earlier in the month", "earlier in the month", "2019-01", "2019-01-23"),
          ("talks are due later in the week", "later in the week", "2020-W38", "2020-09-14")],
         flags=re.I, priority=1),
    Rule("ago", _B + _APPROX + r"(?P<n>" + _NUM + r"|" + _VAGUE + r") (?P<u>" + _UNIT + r")s? (?:or so )?(?:ago|earlier|before)" + _E,
         n_ago, [("he left two years ago", "two years ago", "2018", "2020-09-14"),
                 ("three days ago it rained", "three days ago", "2020-09-11", "2020-09-14"),
                 ("Then, a week or so ago, the general left", "a week or so ago", "2020-W37", "2020-09-14"),
                 ("NATO's newest members just a decade ago were still Soviet allies", "a decade ago", "1989", "1999-03-12"),
                 ("the banks must wait at least 30 days before closing the purchase", "at least 30 days", "P30D",
                  "1989-10-27"),
                 ("He had left two days before.", "two days before", "2020-09-12", "2020-09-14"),
                 ("The strike began a fortnight ago.", "a fortnight ago", "2020-W36", "2020-09-16")],
         priority=1),
    Rule("duration", _B + _APPROX + r"(?:(?:the|another) )?(?:(?:past|last|next|first|coming|previous|final|full) )?"
                     r"(?P<n>" + _NUM + r"|" + _VAGUE + r")(?P<h1> and a half)?(?:[ -](?:more|additional|full|straight|consecutive))?[ -]"
                     r"(?P<u>" + _UNIT + r")s?(?P<h2> and a half)?(?:[ -]long)?(?![ -]olds?\b)" + _E,
         n_duration, [("he has ruled for three years", "three years", "P3Y", None),
                      ("a four-day visit", "four-day", "P4D", None),
                      ("over the past three months", "the past three months", "P3M", None),
                      ("in recent years", "recent years", "PXY", None),
                      ("the lowest figure for almost two decades", "almost two decades", "P20Y", None),
                      ("But a minute and a half later, a pilot", "a minute and a half", "PT1M30S", None),
                      ("he served two and a half years in jail", "two and a half years", "P2Y6M", None),
                      ("Islam will one day be the second largest religion", "one day", "FUTURE_REF", "1998-03-03"),
                      ("The strike lasted one day.", "one day", "P1D", "1998-03-03"),
                      ("The talks lasted a fortnight.", "a fortnight", "P2W", None),
                      ("it wants to cut 789, or about a quarter, of its 3,200 dealers", None, None, "2009-05-15")],
         priority=-1),
    Rule("duration_plural", _B + r"(?:(?P<u>years|months|weeks|days|decades|hours|minutes)(?= (?:of|ago|later|to come)|[,.;])|"
                                r"(?P<ul>(?:year|month|week|day|hour|decade)s?)-long(?![\w-]))",
         lambda m, ctx: n_duration_plural(m, ctx),
         [("protests lasted for months.", "months", "PXM", None),
          ("the government's decades-long battle", "decades-long", "PXY", None),
          ("their third day-long meeting", "day-long", "P1D", None),
          ("The treaty was signed in the early hours of Monday.", "Monday", "2020-09-14", "2020-09-16")], priority=-3),
    Rule("set", _B + r"(?P<w>daily|weekly|monthly|annually|annual|yearly|hourly|(?:every|each) (?:day|week|month|year|hour|"
                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                r"august|september|october|november|december))" + _E,
         n_set, [("he meets them weekly", "weekly", "P1W", None),
                 ("where Orangemen march each July from their church", "each July", "XXXX-07", "1998-03-22"),
                 ("updated every day", "every day", "P1D", None),
                 ("the company's annual sales rose", "annual", "P1Y", None)]),
    Rule("reference", _B + r"(?P<w>right now|now|currently|at present|at the moment|these days|nowadays|recently|lately|"
                      r"formerly|the past|the near future|the future|the (?:near|short) term|a later date)" + _E,
         n_ref, [("The talks are now over", "now", "PRESENT_REF", "2020-09-14"),
                 ("they seem to hurt more these days.", "these days", "PRESENT_REF", "1989-10-30"),
                 ("placate some holders in the short term.", "the short term", "FUTURE_REF", "1989-10-30"),
                 ("equity offerings, at a later date.", "a later date", "FUTURE_REF", "1989-10-30"),
                 ("He recently said", "recently", "PAST_REF", None)], priority=-2),
    Rule("ref_adjective", _B + r"(?P<w>current|recent)(?! (?:year|month|week|day|decade|quarter|period)s?\b)(?= [a-z])",
         lambda m, ctx: Norm("DATE", "PRESENT_REF" if m["w"].lower() == "current" else "PAST_REF",
                             ctx.dct if (ctx.has_day and m["w"].lower() == "current") else None,
                             ctx.dct if (ctx.has_day and m["w"].lower() == "current") else None,
                             "day" if (ctx.has_day and m["w"].lower() == "current") else None, "reference"),
         [("delayed because of current market conditions", "current", "PRESENT_REF", "1989-10-30"),
          ("after the recent closing of a plant", "recent", "PAST_REF", "1989-10-30")], priority=-3),
    Rule("year_end", _B + r"(?:the )?year-end\b",
         lambda m, ctx: _day(date(ctx.dct.year - (1 if re.search(r"\bsince\s+$", ctx.text[max(0, ctx.start - 8):ctx.start]) else 0), 12, 31),
                             "relative-to-dct") if ctx.has_year else None,
         [("to complete the deal by year-end.", "year-end", "1989-12-31", "1989-10-30"),
          ("the change since year-end.", "year-end", "1988-12-31", "1989-10-30")]),
    # "by the end of the week", "at the start of the month": the publication's week, month, year
    Rule("part_of_unit", _B + r"(?P<mod>the (?:beginning|start|middle|end) of) the (?P<u>week|month|year)" + _E,
         lambda m, ctx: n_rel_unit(_Shim(m, {"rel": "this", "u": m["u"], "mod": m["mod"]}), ctx),
         [("By the end of the week, the city was encircled.", "the end of the week", "2022-W09", "2022-03-02"),
          ("The deal should be signed by the end of the year.", "the end of the year", "2022", "2022-03-02")]),
    # "by year end", "by year's end": the end of the year (TIMEX3: the year, mod END)
    Rule("year_end_words", _B + r"year(?:['’]s)? end(?![\w-])",
         lambda m, ctx: _narrow(_year(ctx.dct.year - (1 if re.search(r"\bsince\s+$", ctx.text[max(0, ctx.start - 8):ctx.start]) else 0),
                                      "relative-to-dct"), "END") if ctx.has_year else None,
         [("plans to cut 6,000 jobs by year end.", "year end", "1989", "1989-10-26"),
          ("rules that should be in place by year's end.", "year's end", "1989", "1989-10-26")]),
    Rule("reporting_quarter", _B + r"(?:the (?P<ago>year-ago|year-earlier|year earlier|previous year's) (?:quarter|period)|"
                              r"(?P<ago2>year-ago|year-earlier) (?:quarter|period)|"
                              r"the (?:latest|most recent|just-ended|just-completed) (?:quarter|period)|"
                              r"the (?:fiscal )?quarter(?P<ago3> a year (?:ago|earlier))?)"
                              r"(?![\w-])",
         lambda m, ctx: n_reporting_quarter(m, ctx),
         [("Net income for the quarter rose 5%.", "the quarter", "1989-Q3", "1989-11-02"),
          ("compared with the year-earlier quarter", "the year-earlier quarter", "1988-Q3", "1989-11-02"),
          ("For the quarter a year ago, Columbia reported earnings", "the quarter a year ago", "1988-Q3", "1989-10-26")],
         priority=-2),
    # "compared to the same period last year": the year before, then the period named before it
    # in the sentence a year back (see _anchor_year_earlier)
    Rule("same_period_last_year", _B + r"the (?:same|corresponding|comparable) (?:period|quarter) (?:of |in )?(?:the )?"
                                  r"(?:last|previous|prior) year" + _E,
         lambda m, ctx: _year(ctx.dct.year - 1, "relative-to-dct") if ctx.has_year else None,
         [("sales rose 43% in February compared to the same period last year", "the same period last year",
           "2009-02", "2010-03-03"),
          ("profit reaped during the same period of the last year.", "the same period of the last year", "2006",
           "2007-01-18")], priority=1),
    Rule("year_ago_adj", _B + r"(?P<w>year-ago|year-earlier)(?= (?:levels?|results?|figures?|profits?|earnings|sales|"
                         r"net|loss|revenue))",
         lambda m, ctx: n_year_ago_adj(m, ctx),
         [("compared with year-earlier profits", "year-earlier", "1988-Q3", "1989-11-02")]),
    Rule("same_day", _B + r"(?:(?<=on )(?P<w>the (?:same )?day)(?= (?:before|after|of|when)\b|[,.;])|the same day)",
         lambda m, ctx: _day(ctx.dct, "relative-to-dct") if ctx.has_day else None,
         [("Shares fell 5% on the day.", "the day", "2009-04-03", "2009-04-03")], priority=-3),
    Rule("past_decade", _B + r"(?:the )?past decade" + _E,
         lambda m, ctx: Norm("DURATION", "P10Y", None, None, None, "absolute"),
         [("their largest conference in the past decade.", "the past decade", "P10Y", "2005-06-06")], priority=2),
    Rule("day_of_report", _B + r"(?:(?<=later in )|(?<=earlier in )|(?<=end )|(?<=ending )|(?<=ended )|(?<=finish )"
                              r"|(?<=finished )|(?<=finishing )|(?<=close )|(?<=closed )|(?<=closing ))the day(?![\w-])",
         lambda m, ctx: _day(ctx.dct, "relative-to-dct") if ctx.has_day else None,
         [("The Dow gained 1.7% to end the day at 9505.96.", "the day", "2009-08-21", "2009-08-21"),
          ("Stocks rose on Friday and ended the day higher.", "the day", "2009-04-03", "2009-04-04")], priority=-3),
    Rule("year_previous", _B + r"the (?:year (?:previous|before)|previous year|prior year)(?![\w-])",
         lambda m, ctx: _year(ctx.dct.year - 1, "relative-to-dct") if ctx.has_year else None,
         [("sales fell, as they did the previous year.", "the previous year", "2009", "2010-01-28"),
          ("$118 billion last year, $19.8 billion more than the year previous.", "the year previous", "2008",
           "2010-01-28")]),
    Rule("the_year", _B + r"(?:the (?:full |whole |entire |calendar |fiscal )?year)(?! (?:before|after|earlier|ago|that|when|in|to|previous)\b| of (?![$£€\d]))(?![\w-])",
         lambda m, ctx: n_the_year(m, ctx),
         [("Profit for the year rose 5%.", "the year", "1989", "1989-11-02"),
          ("Five-times World Player of the Year Cristiano Ronaldo rejoined Juventus", None, None, "2020-05-19"),
          ("was named a finalist for the league's Rookie Of The Year.", None, None, "2012-01-26"),
          ("lower earnings for the fiscal year.", "the fiscal year", "1989", "1989-11-02"),
          ("rising to a high for the year of $42.875 a share in June", "the year", "1989", "1989-10-30"),
          ("It was the year of the dragon.", None, None, "1989-10-30"),
          ("revenue of $76 million for the year ended March 31.", "the year", "P1Y", "1989-11-01"),
          ("a loss for the fiscal year ending tomorrow", "the fiscal year", "P1Y", "1989-10-30")], priority=-3),
    Rule("weekend", _B + r"(?:(?P<rel>this|last|next|the past|this past|the) )weekend" + _E + r"(?! of\b)",
         lambda m, ctx: n_weekend(m, ctx),
         [("Over the weekend, talks broke down.", "the weekend", "1990-W32-WE", "1990-08-15"),
          ("Over the weekend of Aug. 15-16, protests grew.", "Aug. 15", "2020-08-15", "2020-09-16")]),
    Rule("spelled_year", _B + r"(?:the (?P<s>spring|summer|fall|autumn|winter) of |(?P<mo>January|February|March|April|May|"
                         r"June|July|August|September|October|November|December),? )?(?:the year )?(?P<y>nineteen (?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)"
                         r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine))?)" + _E
                         + r"(?! (?:years?|people|troops|dollars|km|miles)\b)",
         lambda m, ctx: n_spelled_year(m, ctx),
         [("in nineteen ninety-six the law passed", "nineteen ninety-six", "1996", None),
          ("by the year two thousand", "the year two thousand", "2000", None),
          ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01", None),
          ("kept their secrets for two thousand years.", "two thousand years", "P2000Y", None)]),
    Rule("month_rel_year", _B + r"(?P<m>" + _MONTH + r") (?:of )?(?P<rel>this|last|next) year" + _E,
         lambda m, ctx: n_month_rel_year(m, ctx),
         [("It began in June last year.", "June last year", "1989-06", "1990-03-01"),
          ("In a report in March of last year, the CEO said so.", "March of last year", "2019-03", "2020-06-18")],
         flags=re.I),
    # "On January 8th of last year", "on March 3 this year": the day in the year the phrase names
    Rule("month_day_rel_year", _B + r"(?P<m>" + _MONTH + r") (?P<d>" + _DAY + r"),? (?:of )?(?P<rel>this|last|next) year" + _E,
         lambda m, ctx: n_month_day_rel_year(m, ctx),
         [("On January 8th of last year, Battle allegedly shot Bennett.", "January 8th of last year", "2015-01-08", "2016-08-03"),
          ("The plant reopened on March 3 this year.", "March 3 this year", "2016-03-03", "2016-08-03"),
          ("Talks resume on Feb. 2 next year.", "Feb. 2 next year", "2017-02-02", "2016-08-03"),
          ("Jan. 8, last year, the plan was set.", "Jan. 8, last year", "2019-01-08", "2020-06-18")]),
    Rule("clock_weekday", _B + r"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))? ?(?P<ap>a\.m\.|p\.m\.)|(?P<h2>noon|midnight))(?: (?:EST|EDT|PST|PDT|GMT))?,? "
                          r"(?P<wd>" + _WEEKDAY + r")" + _E,
         lambda m, ctx: n_clock_weekday(m, ctx),
         [("The offer will expire at 5 p.m. Friday.", "5 p.m. Friday", "1989-11-03T17:00", "1989-11-01"),
          ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24:00", "1989-10-30")], flags=0),
    Rule("holiday", _B + r"(?P<hol>Christmas Eve|Christmas Day|Christmas|Thanksgiving(?: Day)?|"
                    r"Halloween|Valentine['’]s Day|Good Friday|Palm Sunday|Holy [Ww]eek|Easter(?: Sunday| Day| Monday| [Ww]eek(?:end)?)?)"
                    # (not an island, a rising, an agreement named by the day: "Easter Island", "Christmas Island",
                    # "the Easter Rising", "the Good Friday Agreement")
                    r"(?! (?:Island|Rising|[Ee]ggs?|[Bb]unny|[Bb]asket|Offensive|Parade|[Aa]greement|[Aa]ccords?))"
                    r"(?: (?P<y>" + _YEAR + r"))?" + _E,
         n_holiday, [("the troops will leave by Christmas", "Christmas", "2020-12-25", "2020-09-14"),
                     ("By Christmas the troops had left", "Christmas", "2019-12-25", "2020-09-14"),
                     ("put on a thrilling Easter show against the Bulls", "Easter", "2012-04-08", "2012-04-09"),
                     ("Overtime. Easter Sunday. Everybody's watching.", "Easter Sunday", "2012-04-08", "2012-04-09"),
                     ("Shops were closed on Good Friday", "Good Friday", "2020-04-10", "2020-06-01"),
                     ("protesters prayed as Easter week began", "Easter week", "2000-W16", "2000-04-17"),
                     ("Traffic was heavy over the Easter weekend", "Easter weekend", "2019-W16-WE", "2019-04-23"),
                     ("under the Good Friday Agreement, he said", None, None, "2020-06-01"),
                     ("Flights to Christmas Island were halted", None, None, "2020-06-01"),
                     ("Churches will close on Easter Monday", "Easter Monday", "2021-04-05", "2020-12-01"),
                     ("The statues of Easter Island were counted", None, None, "2020-06-01")], flags=0),
    # holidays named by a common word and "Day"/"Year's" (their heads are checked for what follows)
    Rule("holiday_day", _B + r"(?P<hol>New Year['’]s Eve|New Year['’]s Day|Independence Day|Election Day|Memorial Day|"
                        r"Labor Day|Veterans Day|Mother['’]s Day|Father['’]s Day|Bastille Day|(?:St\.|Saint) Patrick['’]s Day|"
                        r"Boxing Day|Canada Day|Australia Day|Anzac Day|Remembrance Day|Armistice Day|"
                        r"Martin Luther King(?: Jr\.)? Day|Presidents['’]? Day|Columbus Day)"
                        r"(?: (?P<y>" + _YEAR + r"))?" + _E,
         n_holiday, [("a major theme of our campaign from now to Election Day.", "Election Day", "1998-11-03", "1998-10-26"),
                     ("Voters go to the polls on Election Day, he said", "Election Day", "2020-11-03", "2020-09-14"),
                     ("Fireworks lit up the sky on New Year's Eve.", "New Year's Eve", "2019-12-31", "2020-01-02"),
                     ("the restaurant opened on Mother's Day despite the order", "Mother's Day", "2020-05-10", "2020-05-11"),
                     ("The pools open on Memorial Day weekend.", "Memorial Day", "2016-05-30", "2016-05-02"),
                     ("Crowds gathered over Labor Day, officials said", "Labor Day", "2019-09-02", "2019-09-10"),
                     ("crowds watching Bastille Day fireworks in Nice", "Bastille Day", "2016-07-14", "2016-07-15"),
                     ("The parade on St. Patrick's Day drew thousands", "St. Patrick's Day", "2015-03-17", "2015-03-20"),
                     ("Schools will close on Martin Luther King Jr. Day", "Martin Luther King Jr. Day", "2021-01-18", "2021-01-05"),
                     ("Markets were shut for Presidents' Day", "Presidents' Day", "2020-02-17", "2020-02-18"),
                     ("Veterans marched on Anzac Day", "Anzac Day", "2019-04-25", "2019-05-01")], flags=0),
]


class _Shim:
    """Lets a rule hand a normaliser renamed groups."""
    def __init__(self, m, groups):
        self._m, self._g = m, groups

    def __getitem__(self, k):
        return self._g[k] if k in self._g else self._m[k]

    def groupdict(self):
        d = dict(self._m.groupdict())
        d.update(self._g)
        return d
