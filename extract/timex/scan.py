"""Where each rule may match: head words and the windows around them.

A rule only runs near the words it cannot match without (its heads: a month name, a unit, a
number, ...), found in one pass over the lower-cased text; its regex then scans a window of
text around each head (``_rule_windows``). Per-rule checks of the word before a head
(``HEAD_BEFORE``) or of what follows it (``HEAD_AFTER``) drop windows where the regex cannot
match, and rules with the same heads, reach and checks share their windows (``_KEY_GROUPS``).
This is for speed only: the output is the one of scanning every head's window.
"""
from __future__ import annotations

import re
from typing import Optional

from ..textutil import lower_keeping_offsets, trie_regex
from .lexicon import MONTH_NAMES, WEEKDAYS
from .rules import RULES


# speed: a rule only runs near the words it cannot match without (its "heads"), found in one
# pass over the text's tokens. Each rule lists its head classes; HEAD_WORDS classifies tokens.
HEAD_WORDS: dict[str, str] = {}
for _w in MONTH_NAMES:
    HEAD_WORDS[_w] = "month"
for _w in WEEKDAYS:
    HEAD_WORDS[_w] = HEAD_WORDS[_w + "s"] = "weekday"
for _cls, _ws in {
    "deictic": "today tonight yesterday tomorrow overnight",
    "unit": "year years yr yrs month months week weeks fortnight fortnights day days decade decades hour hours minute minutes",
    "century": "century centuries",
    "quarter": "quarter quarters period",
    "weekend": "weekend weekends",
    "season": "spring summer fall autumn winter",
    "ref": "now currently present moment nowadays recently lately formerly past future these term later",
    "refadj": "current recent",
    "set": "daily weekly monthly annually annual yearly hourly every each",
    "holiday": "christmas thanksgiving halloween valentine easter good palm holy",
    "holidayday": "new independence election memorial labor veterans mother father bastille patrick boxing canada "
                  "australia anzac remembrance armistice king presidents columbus",
    "spelled": "nineteen thousand",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
    "partofday": "morning afternoon evening night noon midnight midday",
    "fiscal": "fiscal",
    "half": "half",
    "quarterq": "q1 q2 q3 q4",
    "ampm": "am pm a.m. p.m.",
}.items():
    for _w in _ws.split():
        HEAD_WORDS[_w] = _cls
RULE_HEADS: dict[str, tuple[str, ...]] = {
    "weekday_month_day_year": ("month",), "month_day_year": ("month",), "month_day": ("month",),
    "month_day_word": ("month",),
    "day_month": ("month",), "named_day": ("month", "numdate"), "iso_date": ("numdate",), "numeric_date": ("numdate",),
    "dotted_date": ("year",), "ymd_slashes": ("numdate",), "day_mon_year": ("month",),
    "year_span_start": ("numdate", "year"), "year_span_end": ("numdate", "year"),
    "month_year": ("month",), "month_edge_day": ("month",), "month": ("month",), "fiscal_year": ("fiscal",), "year": ("year",),
    "decade": ("decade",), "century": ("century",), "season_year": ("season",), "season_rel": ("season",), "season_bare": ("season",),
    "quarter": ("quarter",), "quarter_q": ("quarterq",), "half": ("half",), "deictic_day": ("deictic",),
    "weekday": ("weekday",), "weekday_of_week": ("weekday",), "part_of_day": ("partofday", "deictic"), "clock": ("clock", "ampm", "partofday"),
    "rel_unit": ("unit", "quarter", "weekend"), "ago": ("unit", "century", "quarter"),
    "anchored": ("unit", "partofday"),
    "duration": ("unit", "century", "quarter"), "duration_plural": ("unit",),
    "set": ("set",), "reference": ("ref",), "reporting_quarter": ("quarter",), "year_ago_adj": ("unit",), "same_period_last_year": ("quarter",),
    "year_period": ("quarter",),
    "same_day": ("unit",), "day_of_report": ("unit",), "past_decade": ("unit",), "year_previous": ("unit",), "the_year": ("unit",), "ref_adjective": ("refadj",), "year_end": ("unit",), "year_end_words": ("unit",), "part_of_unit": ("unit",), "weekend": ("weekend",), "spelled_year": ("spelled",),
    "month_rel_year": ("month",), "month_day_rel_year": ("month",), "clock_weekday": ("weekday",), "anchored_weekday": ("weekday",), "holiday": ("holiday",),
    "holiday_day": ("holidayday",), "in_the_unit": ("unit",),
}
_BEFORE, _AFTER = 28, 40
# rules whose head word ends the expression need little text after it ("the past three months")
RULE_REACH = {"dotted_date": (8, 8), "year_span_start": (2, 12), "year_span_end": (2, 12),
              "duration": (44, 20), "ago": (44, 22), "rel_unit": (30, 14), "century": (30, 12),
              "quarter": (34, 22), "duration_plural": (8, 14), "weekend": (16, 12),
              "reporting_quarter": (30, 22), "the_year": (20, 12), "year_ago_adj": (4, 30),
              "same_day": (12, 12), "in_the_unit": (20, 6), "day_of_report": (22, 6), "year_previous": (16, 14)}


# on the lower-cased text after a space: head words, numbers, 'Q3', a.m./p.m., "'90s", each with the
# character before it (a character class first lets the regex engine skip ahead quickly; a
# look-behind there makes it try every position)
_HEADS_RE = re.compile(r"[^a-z0-9](?:(?P<w>" + trie_regex(HEAD_WORDS) + r")(?![a-z])|(?P<d>\d+(?:[:/\-]\d+)*s?)"
                       r"|(?P<q>q[1-4])(?![a-z0-9])|['’]\d0s)")


def _head_class_num(tok: str) -> Optional[str]:
    if ":" in tok:
        return "clock"
    if "/" in tok or "-" in tok:
        return "numdate"
    if tok.endswith("s"):
        return "decade"
    if len(tok) == 4 and tok[:2] in ("16", "17", "18", "19", "20"):
        return "year"
    return None


# Some rules can only match where the word beside their head is one of a few: "two years ago"
# needs "ago/earlier/before" after the unit, "three years" a number before it, "last year" a
# relative word before it. Checking that word is far cheaper than running the rule's regex over
# the head's window, and drops most windows ("the year", "a day of talks"). Each check must
# accept every head the rule's regex can match around: tests/test_timex_rules.py compares the
# outputs with and without them. "#" stands for a number ("10-day", "1.5 years").
HEAD_BEFORE: dict[str, frozenset] = {name: frozenset(words.split()) for name, words in {
    "duration": "# a an couple of single one two three four five six seven eight nine ten eleven twelve "
                "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
                "sixty seventy eighty ninety hundred thousand half several few many some recent coming more additional "
                "full straight consecutive",
    "rel_unit": "this last next past previous coming following current fiscal",
    "same_day": "the same",
    "day_of_report": "the",
    "year_previous": "the previous prior",
    "the_year": "the full whole entire calendar fiscal",
    "in_the_unit": "the",
    "past_decade": "past",
    "day_month": "# st nd rd th of",                   # "25 September", "14th of September"
    "anchored": "following next previous preceding the that same",
    "part_of_unit": "the",
    "clock_weekday": "_ est edt pst pdt gmt noon midnight",   # "5 p.m. Friday", "noon Saturday"
    "dotted_date": ".",                                # "14.09.2020": the year after a period
    "weekday_month_day_year": "# st nd rd th of",
}.items()}
HEAD_AFTER: dict[str, tuple[str, ...]] = {  # what must follow the head (after a period: "Sept.")
    "ago": (" ago", " earlier", " before", " or so ago"),
    "year_end": ("-end",),
    "year_end_words": (" end", "'s end", "’s end"),
    "year_ago_adj": ("-ago", "-earlier"),
    "month_rel_year": (" this year", " last year", " next year", " of this year", " of last year", " of next year"),
    "month_day": tuple(f" {d}" for d in "0123456789"),
    "month_day_rel_year": tuple(f" {d}" for d in "0123456789"),
    "month_day_word": tuple(f" {w}" for w in "one two three four five six seven eight nine".split()),
    "month_day_year": tuple(f" {d}" for d in "0123456789"),
    "month_year": (" 1", " 2", ", 1", ", 2", " of 1", " of 2"),
    "day_mon_year": ("-1", "-2"),
    "duration_plural": (" of", " ago", " later", " to come", ",", ".", ";", "-long"),
    "holiday_day": (" year's", " year’s", " day", "'s day", "’s day", "' day", "’ day", " jr. day"),
}


def _word_before(low: str, p: int) -> Optional[str]:
    """The run of letters ending one space or hyphen before ``p`` ('#' after a digit, '_' after
    anything else), or the character right before ``p`` when it is no space or hyphen (None at
    the start of the text)."""
    j = p - 1
    if j < 1:
        return None
    if low[j] not in " -":
        return low[j]
    k = j
    while k > 0 and "a" <= low[k - 1] <= "z":
        k -= 1
    return low[k:j] if k < j else "#" if low[j - 1].isdigit() else "_"


def _rule_windows(text: str):
    """(rule order, rule, [(start, end), ...]): the stretches of text each rule must scan,
    computed once per set of head classes, reach and head check."""
    low = lower_keeping_offsets(text)
    spots: dict[str, list[tuple[int, int, Optional[str]]]] = {}
    for m in _HEADS_RE.finditer(" " + low):
        w, d, q = m.group("w", "d", "q")
        cls = HEAD_WORDS[w] if w else _head_class_num(d) if d else "quarterq" if q else "decade"
        if cls is not None:
            p, e = m.start(), m.end() - 1          # in ``low``: the match's first character is the one before
            spots.setdefault(cls, []).append((p, e, _word_before(low, p) if cls in _CHECKED_BEFORE else None))
    if not spots:
        return
    n = len(text)
    for heads, before, after, words, follow, rules in _KEY_GROUPS:
        if len(heads) == 1:
            spans = spots.get(heads[0])
            if not spans:
                continue
        else:
            spans = [sp for cls in heads for sp in spots.get(cls, ())]
            if not spans:
                continue
            spans.sort()           # each class's positions are already in order
        if words is not None:
            spans = [sp for sp in spans if sp[2] in words]
        elif follow is not None:
            spans = [sp for sp in spans if low.startswith(follow, sp[1]) or
                     (low.startswith(".", sp[1]) and low.startswith(follow, sp[1] + 1))]
        windows = []
        for p, _, _ in spans:
            a, b = (p - before if p > before else 0), (p + after if p + after < n else n)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
        if windows:
            for order, rule in rules:
                yield order, rule, windows


for _r in RULES:
    _r.heads = RULE_HEADS[_r.name]
# each rule's window key (its head classes, reach and head checks), made once
_RULE_KEYS = [(order, rule, (rule.heads, *RULE_REACH.get(rule.name, (_BEFORE, _AFTER)),
                             HEAD_BEFORE.get(rule.name), HEAD_AFTER.get(rule.name)))
              for order, rule in enumerate(RULES)]
# the rules grouped by window key: each key's windows are computed once per text
_KEY_GROUPS: list[tuple] = []
for _order, _rule, _key in _RULE_KEYS:
    _g = next((g for g in _KEY_GROUPS if g[:5] == _key), None)
    if _g is None:
        _KEY_GROUPS.append((*_key, [(_order, _rule)]))
    else:
        _g[5].append((_order, _rule))
# head classes whose word before is looked at by some rule
_CHECKED_BEFORE = {cls for name in HEAD_BEFORE for cls in RULE_HEADS[name]}
