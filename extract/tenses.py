"""What a clause's words say of its time: planned ("was to send", "will", "scheduled"), hypothetical ("could", "if"),
told in the past; and the day a past telling means by a date the tagger put ahead of the report: the weekday just
passed ("officials expressed hopes ... on Friday", published on a Monday) and the year of the narrative ("he resigned
on November 21", in a report of early November). Read by :mod:`extract.dating`; the story (an ``events._Story``) is
passed in, not imported."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .schema import Timex
from .textutil import trie_regex
from .timex import DUE_TO_VERB, PAST_WORDS


PLANNED = re.compile(r"\b(?:was|were|is|are) to\b|\bwill\b|\bplans? to\b|\bplanned\b|\bscheduled\b|"
                     r"\bgoing to\b|\bexpected to\b|\bwould\b|\b(?:promised|promises|pledged|pledges|vowed|"
                     r"vows|intends?|aims?|set|supposed) to\b|\bdue\b(?!\s+to\b)|\bdue to" + DUE_TO_VERB.pattern,
                     re.I)     # "due this September", "due to meet"; not "due to rain"


HYPOTHETICAL = re.compile(r"\b(?:could|might|may|if)\b", re.I)


_YEAR_VALUE = re.compile(r"^(\d{4})(?:-\d{2})?(?:-\d{2})?$")


# a past-tense verb group: the event happened before its report
PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b|\b(?:" + trie_regex(
    PAST_WORDS - {"ago", "last", "earlier", "previously"}) + r")\b")


def told_in_the_past(sentence: str, ts: int, te: int, verb: bool) -> bool:
    """Whether the event's own verb group is in the past, neither planned nor hypothetical: the
    verb group of a verb trigger; for an event noun, the sentence up to it ("negotiated ... before
    his resignation on November 21")."""
    group = sentence[max(0, ts - 25):te] if verb else sentence[:te]
    if not verb and _SETS_A_DATE.search(sentence, max(0, ts - 40), ts):
        return False    # "Governor Paterson announced a special election ... on March 16": the date of what was
                        # announced or set, ahead of its announcing
    return bool(PAST_TENSE.search(group)) and not PLANNED.search(group) and not HYPOTHETICAL.search(group)


# a verb that sets a date for the noun after it: "announced a special election", "called a referendum", "scheduled
# a hearing", "set a March 26 strike deadline"
_SETS_A_DATE = re.compile(r"\b(?:announced|called|scheduled|set|fixed|proposed|planned|ordered|slated)\s+"
                          r"(?:(?:a|an|the|its|his|her|their|new|fresh|snap|special|early)\s+){0,3}(?:[\w-]+\s+){0,2}$")


# a day that a past verb set ahead of it: "scheduled for", "set for", "postponed until", "moved to"
_SET_FOR_BEFORE = re.compile(r"\b(?:(?:re)?scheduled|set|slated|planned|fixed|postponed|adjourned|delayed|moved|"
                             r"pushed\s+back|put\s+off|deferred)\s+(?:for|to|until|till|on)\s+$"
                             # ... or a day expected ahead: "general elections, widely expected to be August 15"
                             r"|\b(?:expected|due|likely|tipped|forecast)\s+(?:to\s+(?:be\s+(?:held\s+)?|take\s+place\s+|"
                             r"open\s+|start\s+|begin\s+|come\s+))?(?:on\s+)?$")


def past_weekday(story, sentence: str, tx: Timex, d0: Optional[str], ts: int, te: int,
                  verb: bool) -> Optional[str]:
    """The weekday before the publication for a bare weekday (or "this ...") the tagger put after it, when the
    event's own verb group is in the past ("officials expressed hopes ... on Friday", published on a
    Monday); None when the date stands."""
    pub = story.pub
    if not (pub and d0 and d0 > pub and tx.rule == "weekday" and tx.resolution == "relative-to-dct"
            and not re.match(r"(?:next|coming)\b", tx.text, re.I)
            and told_in_the_past(sentence, ts, te, verb)):
        return None
    back = date.fromisoformat(d0) - timedelta(days=7)
    # ("This Sunday, Zapata successfully crossed the Channel", published on a Tuesday: the Sunday just passed)
    return back.isoformat() if back.isoformat() <= pub else None


_YEAR_BACK_RULES = frozenset({"month_rel_year", "month_day_rel_year"})


def narrative_year(story, sentence: str, tx: Timex, d0: Optional[str], ts: int, te: int,
                    verb: bool) -> Optional[int]:
    """The year of a month and day that the tagger put after the publication, for an event whose
    own verb group is in the past ("he resigned on November 21"; not "the contract may be signed
    on September 12"): the last year named before the sentence, or else the year before the
    publication's. None when the date stands."""
    pub = story.pub
    if not (pub and d0 and d0 > pub and tx.rule in ("month_day", "day_month", "weekday_month_day")
            and tx.resolution == "relative-to-dct" and told_in_the_past(sentence, ts, te, verb)):
        return None
    if _SET_FOR_BEFORE.search(story.text, max(0, tx.start - 30), tx.start):
        return None     # "talks were later scheduled for March 23", "the hearing was postponed until May 4": a day set
                        # ahead of its setting, told in the past
    # (a year named outright, or counted back from the publication: "On January 8th of last year")
    before = [t for t in story.timexes if t.end <= tx.start and (t.resolution == "absolute" or t.rule in _YEAR_BACK_RULES)
              and t.value and _YEAR_VALUE.match(t.value) and t.value[:4] < pub[:4]]
    year = int(before[-1].value[:4]) if before else int(pub[:4]) - 1
    return year if f"{year}{d0[4:]}" <= pub else None
