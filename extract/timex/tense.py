"""Tense: does the clause around an expression look back, ahead, or describe the present?

:class:`Ctx` is what every normaliser is given: the reference date (DCT), its granularity and
where the expression is. ``Ctx.tense_cue`` finds the tense cue word ("said", "will", "is to",
an -ed verb) nearest to the expression within its clause (bounded by full stops that end a
sentence, semicolons and quotation marks); :func:`year_for_month` uses it to decide the year
of a month named without one ("was shot on Oct. 23", written in May, is last October).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..sentences import period_of_abbreviation


# tense cues: the cue nearest to a date decides whether a bare weekday or month looks back or ahead
FUTURE_WORDS = {"will", "shall", "would", "next", "upcoming", "scheduled", "payable", "due", "effective", "expected",
                "can", "should", "must", "might",    # not "may": lower-cased, the month would be a cue
                # a forecast in the present looks ahead: "Meteorologists predict landfall Saturday morning"
                "predict", "predicts", "forecast", "forecasts", "expect", "expects", "anticipate", "anticipates"}
FUTURE_AFTER = {  # (previous word, word) pairs: "is to", "going to", "plans to", "due to" ...
    "to": {"is", "are", "am", "was", "were", "going", "plans", "plan", "planning", "planned", "expects",
           "expect", "expected", "intends", "intend", "due", "set", "scheduled", "likely", "unlikely", "ready",
           # a past verb that looks ahead through its infinitive: "agreed to buy it in February"
           # (written in October) is next February; "agreed in February to buy it" is past
           "decided", "agreed", "promised", "vowed", "pledged", "threatened", "wanted", "hoped", "asked",
           "ordered", "urged", "invited", "voted", "offered", "sought", "tried", "moved", "prepared",
           "subpoenaed", "called", "told", "decision", "agreement"},
}
PRESENT_WORDS = {"is", "are", "begins", "starts", "ends", "expires", "opens", "closes", "meet", "meets", "takes",
                 "visit", "visits", "arrive", "arrives", "resume", "resumes", "travel", "travels",
                 # a journey in the present with a day is the one scheduled: "sets out Wednesday"
                 "sets", "leaves", "departs", "heads", "flies", "returns"}
PAST_WORDS = {"said", "was", "were", "had", "did", "met", "took", "came", "went", "made", "told", "left",
              "gave", "held", "began", "won", "lost", "fell", "rose", "sold", "bought", "paid", "saw", "got",
              "became", "found", "knew", "brought", "kept", "ran", "spent", "struck", "sent", "built", "hit",
              "led", "fled", "spoke", "wrote", "stood", "chose", "drove", "flew", "grew", "threw", "ago",
              "last", "earlier", "previously"}
# before an -ed word, words that make it an adjective, not a verb in the past tense
_ADJECTIVE_BEFORE = frozenset("a an the its their his her our my your still newly recently already well fully "
                              "largely widely long much most more less very so too".split())
_AUXILIARIES = frozenset("was were is are be been being has have had am".split())
# words in -ed that are no past tense ("will succeed him Feb. 1", "the United States")
NOT_PAST_ED = {"succeed", "proceed", "exceed", "indeed", "hundred", "kindred", "sacred", "naked", "wicked",
               "united", "breed", "bleed", "speed", "embed", "shred", "steed", "greed"}
_WORD = re.compile(r"[A-Za-z']+")
# "due to meet", "due to be held": a plan (not "due to pressure")
DUE_TO_VERB = re.compile(r"\s+(?:be|meet|take|start|begin|open|hold|visit|arrive|travel|return|sign|vote|end|"
                          r"close|expire|appear|testify|face|resume)\b")


# every word that can be a cue or change one (the rest, but for words in -ed, are skipped at once)
_CUE_WORDS = frozenset(FUTURE_WORDS | set(FUTURE_AFTER) | PRESENT_WORDS | PAST_WORDS)


def _cue(prev: str, word: str) -> Optional[str]:
    if word in FUTURE_WORDS or word.endswith("'ll") or prev in FUTURE_AFTER.get(word, ()):
        return "future"
    if word in PRESENT_WORDS:
        return "present"
    if word in PAST_WORDS or (len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED):
        return "past"
    return None


# besides a full stop: what ends the stretch whose tense words date an expression; a quotation
# mark too ('"This courageous father will leave at 4 a.m. Thursday," Castro said': "said" is the
# speaker's time, not the quote's)
_CLAUSE_ENDS = (";", "\n", "!", "?", '"', "“", "”", "``", "''")


@dataclass
class Ctx:
    """What a normaliser knows: the reference date, its granularity and the clause's tense."""
    dct: Optional[date]
    dct_gran: Optional[str]   # day | month | year | None
    text: str
    start: int
    end: int

    @property
    def has_day(self) -> bool:
        return self.dct is not None and self.dct_gran in ("day", "minute", "time")

    @property
    def has_month(self) -> bool:
        return self.dct is not None and self.dct_gran in ("day", "minute", "time", "month")

    @property
    def has_year(self) -> bool:
        return self.dct is not None

    def clause_bounds(self) -> tuple[int, int]:
        """The clause around the expression, looked for within 150 characters either side
        (work per expression stays bounded whatever the text)."""
        lo, hi = max(0, self.start - 150), min(len(self.text), self.end + 150)
        t = self.text
        a = max(t.rfind(c, lo, self.start) for c in _CLAUSE_ENDS) + 1
        i = t.rfind(".", lo, self.start)
        while i >= a and period_of_abbreviation(t, i):      # "Daniel P. Davison", "Mr. Smith" go on
            i = t.rfind(".", lo, i)
        a = max(a, i + 1, lo)
        ends = [i for i in (t.find(c, self.end, hi) for c in _CLAUSE_ENDS) if i >= 0]
        i = t.find(".", self.end, hi)
        while i >= 0 and period_of_abbreviation(t, i):
            i = t.find(".", i + 1, hi)
        if i >= 0:
            ends.append(i)
        return a, (min(ends) if ends else hi)

    def tense(self) -> Optional[str]:
        """'future', 'present', 'past' or None: the tense cue nearest to the expression in its
        clause (a word scan: bounded work per expression)."""
        return self.tense_cue()[0]

    def tense_cue(self) -> tuple[Optional[str], Optional[str]]:
        """The nearest tense cue and its word."""
        a, b = self.clause_bounds()
        best, dist, prev, cue_word = None, None, "", None
        for m in _WORD.finditer(self.text, a, b):
            if self.start <= m.start() < self.end:
                prev = ""
                continue
            word = m.group().lower()
            if word not in _CUE_WORDS and not word.endswith(("ed", "'ll")):
                prev = word                                # no cue, and none of the checks below
                continue
            cue = _cue(prev, word)
            if cue == "past" and prev in ("be", "being"):
                cue = None                 # "will be named", "to be paid": the auxiliary decides
            elif cue == "past" and prev in ("has", "have") and word.endswith("ed") and word not in _SHIFT_VERBS:
                cue = None                 # the present perfect takes no date of its own ("has announced
                                           # cuts ... during the fourth quarter": the quarter is another's)
            elif cue == "past" and prev in _ADJECTIVE_BEFORE and word.endswith("ed") and word not in PAST_WORDS:
                cue = None                 # "a still unspecified date", "the expected": an adjective
            elif cue == "past" and word.endswith("ed") and word not in PAST_WORDS and \
                    self.text.startswith(" by ", m.end()) and prev not in _AUXILIARIES:
                cue = None                 # "markets untouched by the crisis": a participle after its noun
            if word == "next" and self.text.startswith(" to ", m.end()):
                cue = None                                   # "next to the embassy": a place
            if word == "due" and self.text.startswith(" to ", m.end()) or \
                    prev == "due" and word == "to" and not DUE_TO_VERB.match(self.text, m.end()):
                cue = None                                   # "due to pressure": a cause
            prev = word
            if cue is None:
                continue
            d = self.start - m.end() if m.end() <= self.start else m.start() - self.end
            if dist is None or d < dist:
                best, dist, cue_word = cue, d, word
        return best, cue_word


_COPULA = frozenset(("is", "are", "am"))
# verbs that move a deadline: what follows "until/through" after them is still ahead
_SHIFT_VERBS = frozenset("extended postponed delayed deferred moved pushed rescheduled prolonged".split())
_SINCE_NEAR = re.compile(r"\bsince\b[^.;,!?]{0,30}$", re.I)   # "since shortly after the Oct. 23 slaying"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+(?:(?:early|mid|late|the end of)[ -])?$", re.I)
_SCHEDULED_FOR = re.compile(r"\b(?:set|scheduled|slated|planned|fixed|penciled\s+in|pencilled\s+in)\s+for\s+"
                            r"(?:(?:early|mid|late)[ -])?$", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:(?:early|mid|late)[ -])?$", re.I)


def year_for_month(ctx: Ctx, month: int, day: Optional[int] = None) -> tuple[Optional[int], str]:
    """The year of a month (and day) named without one, from the DCT and the clause's tense."""
    if not ctx.has_year:
        return None, "unresolved"
    y = ctx.dct.year
    if not ctx.has_month:
        return y, "relative-to-dct"
    cand = (month, day or 1)
    ref = (ctx.dct.month, ctx.dct.day if day else 1)
    # news mostly names dates of its own year; a tense cue moves a month three or more months
    # away to the year before or after ("was shot on Oct. 23", written in May; "will meet in
    # January", written in September); with no cue only a gap of more than half a year does
    gap = (month - ctx.dct.month) % 12
    tense, word = ctx.tense_cue()
    if word in _COPULA:
        tense = None     # "worth $130 million in October, are worth half that now": no schedule
    if (tense is None or word in _SHIFT_VERBS) and _DEADLINE_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start):
        tense = "future"
    if _SCHEDULED_FOR.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        tense = "future"     # "elections which had tentatively been set for December" (written in June):
                             # the date a schedule names is ahead of its setting, whatever its tense     # "to pay down the loan by February", "extended the loans through January": ahead
    if (tense == "future" or tense == "present" and not _SINCE_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start)) \
            and cand < ref and gap <= 9 and gap:
        y += 1           # "will meet in January", "the law takes effect on Jan. 1" (written in September)
    elif (tense == "past" or _SINCE_NEAR.search(ctx.text, max(0, ctx.start - 40), ctx.start)) and cand > ref and gap >= 3:
        y -= 1
    elif tense is None and cand > ref and gap > 6:
        y -= 1
    return y, "relative-to-dct"
