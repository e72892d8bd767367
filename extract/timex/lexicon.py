"""The words and pattern pieces dates are written with.

Month and weekday names, number words, ordinals, seasons, units and parts of the day, and the
regex fragments the rules are built from (``_MONTH``, ``_WEEKDAY``, ``_DAY``, ``_YEAR``,
``_NUM``, ``_VAGUE``, ``_UNIT``, ``_APPROX``, ``_MOD``), with the two look-ups that turn a
word into its number (:func:`month_num`, :func:`parse_number`). This module decides which
words can be part of a date; what a date means is decided in the modules after it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..textutil import trie_regex


# vocabulary
MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
            "saturday": 6, "sunday": 7}
NUMBER_WORDS = {
    "a": 1, "an": 1, "single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
    "twenty-four": 24, "twenty four": 24, "thirty-six": 36, "forty-eight": 48,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNIT = {"year": "Y", "yr": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE",
        "century": "CE", "hour": "H", "minute": "M", "second": "S", "quarter": "Q",
        "weekend": "WE"}
TIME_UNITS = {"hour", "minute", "second"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}

_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|Jun\.|"
          r"July?|Jul\.|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# the numbers and approximations before a unit ("about two and a half years"), as tries: the
# regex engine tries a trie's branches far faster than a flat alternation of the same words
NUMBER_PHRASES = ("a couple of", "a couple", "couple of", "half an", "half a", "an", "a", "single", "one", "two",
                  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-four",
                  "twenty four", "thirty", "thirty-six", "forty", "forty-eight", "fifty", "sixty", "seventy", "eighty",
                  "ninety", "a hundred", "hundred",
                  *(f"{n} {big}" for n in "a one two three four five six seven eight nine ten".split()
                    for big in ("hundred", "thousand")))
APPROXIMATIONS = ("nearly", "almost", "about", "around", "approximately", "roughly", "some", "more than", "less than",
                  "at least", "at most", "up to", "no more than", "fewer than", "just over", "just under", "only")
_NUM = r"(?:\d+(?:\.\d+)?|\d+\s+1/2|" + trie_regex(NUMBER_PHRASES) + ")"
_VAGUE = r"(?:several|a few|few|many|some|recent|(?:the )?coming)"
_UNIT = r"(?:year|yr|month|week|fortnight|day|decade|centur(?:y|ie)|hour|minute|quarter)"
_APPROX = r"(?:(?:" + trie_regex(APPROXIMATIONS) + r"|over(?! the)) )?"
_MOD = r"(?:(?P<mod>early|earlier|later|mid|late|the (?:early|mid|late)|the (?:beginning|start|middle|end) of|(?:the )?(?:beginning|start|middle|end) of|the (?:first|second|last) half of)[ -])?"


def month_num(s: str) -> int:
    return MONTH_NAMES[s.lower().rstrip(".")]


def parse_number(s: str) -> Optional[float]:
    s = s.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    m = re.fullmatch(r"(\d+)\s+1/2", s)
    if m:
        return int(m[1]) + 0.5
    m = re.fullmatch(r"(\w+) (hundred|thousand)", s)
    if m and m[1] in NUMBER_WORDS:
        return NUMBER_WORDS[m[1]] * (100 if m[2] == "hundred" else 1000)
    return NUMBER_WORDS.get(s)
