"""Temporal expressions (TimeML TIMEX3) in English news, normalised against a reference date.

The rules are data: :data:`RULES` lists each rule with its pattern, its normaliser and its own
examples ``(sentence, expected span, expected value, reference date)``, which
``tests/test_timex_rules.py`` runs one by one. The reference date (the article's publication
date, "DCT") is always an argument; there is no global "now". Without a reference date,
relative expressions get the TIMEX3 forms that need none (``XXXX-09-25``, ``XXXX-WXX-1``) and
are marked ``resolution="unresolved"``.

Public entry point: :func:`tag`. The modules, each importing only from those before it:

* :mod:`.lexicon` — month, weekday and number words, and the regex fragments of the rules;
* :mod:`.tense` — the clause's tense (:class:`Ctx`) and the year of a month named without one;
* :mod:`.values` — :class:`Norm`, the values of a day, month, week, ..., calendar arithmetic;
* :mod:`.normalise` — the normalisers (``n_*``): a rule's match to a TIMEX3 value;
* :mod:`.rules` — the rule table :data:`RULES`, each rule with its examples;
* :mod:`.scan` — the head words and the windows of text each rule scans (speed);
* :mod:`.anchor` — post passes that date expressions from their neighbours ("the next day");
* :mod:`.ranges` — post passes for ranges ("until Sept. 25", "from 14 to 25 September");
* :mod:`.tagger` — :func:`tag`.
"""
from .lexicon import (APPROXIMATIONS, MONTH_NAMES, NUMBER_PHRASES, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS,
                      TIME_UNITS, UNIT, WEEKDAYS, month_num, parse_number)
from .ranges import RANGE_END, RANGE_END_WORDS, RANGE_START, RANGE_START_WORDS
from .rules import RULES, Rule
from .scan import HEAD_AFTER, HEAD_BEFORE, HEAD_WORDS, RULE_HEADS, RULE_REACH
from .tagger import tag
from .tense import DUE_TO_VERB, FUTURE_AFTER, FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS, Ctx, year_for_month
from .values import ANCHOR, Norm, add_months, fmt_num, month_last_day

__all__ = [
    "tag", "RULES", "Rule", "Norm", "Ctx", "ANCHOR", "year_for_month",
    "MONTH_NAMES", "WEEKDAYS", "NUMBER_WORDS", "NUMBER_PHRASES", "APPROXIMATIONS", "ORDINALS", "SEASONS", "UNIT",
    "TIME_UNITS", "PARTS_OF_DAY", "month_num", "parse_number", "add_months", "month_last_day", "fmt_num",
    "FUTURE_WORDS", "FUTURE_AFTER", "PRESENT_WORDS", "PAST_WORDS", "NOT_PAST_ED", "DUE_TO_VERB",
    "HEAD_WORDS", "RULE_HEADS", "RULE_REACH", "HEAD_BEFORE", "HEAD_AFTER",
    "RANGE_END_WORDS", "RANGE_START_WORDS", "RANGE_END", "RANGE_START",
]
