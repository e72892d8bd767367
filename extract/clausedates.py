"""Which dates of a sentence date which of its events: the dates of a clause, not those of a
relative clause or of another event noun ("sanctioned for their roles in the August 9
election"), the interval they make, and the event nouns a date names ("pointing to the December
31 attack", "following Wednesday's quake")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from .lexicon import SAYING_OCCASIONS
from .schema import Timex
from .predicates import PAST_FORMS, demanded
from .triggers import BY_A_COURT, TRIGGERS, Trigger, subordinate_spans

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_AND_YEAR_AFTER = re.compile(r"\s+(?:and|or)\s+\d{4}\b")
_HEAD_AFTER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?([a-z]{3,})\b")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")
_WORD_OR_MARK = re.compile(r"(?:[A-Z]\.){2,}|[\w’'-]+|[^\w\s]")   # ("U.S." a word: "the 2020 U.S. presidential election")
_YEAR_AND_BEFORE = re.compile(r"\d{4}\s+(?:and|or)\s+$")
# a past verb after the trigger's word: a noun of the trigger's own kind after it is another happening ("were injured
# and many arrested in clashes during a strike called ... against austerity measures imposed after a major earthquake
# on March 5")
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_WORD = re.compile(r"[\w'’-]*")


def is_dated(t: Timex) -> bool:
    """A date, or a span that ends at the publication date ("over the past six months")."""
    return t.type in ("DATE", "TIME", "DURATION") and t.date_start is not None and (t.value not in (
        "PRESENT_REF", "PAST_REF", "FUTURE_REF") or t.value == "PAST_REF" and t.rule == "ago")   # ("a few days ago")


_LATER_AFTER = re.compile(r"\s+later\b(?!\s+(?:this|that|in|on)\b)")
_DURATION_VALUE = re.compile(r"P(\d+)([YMWD])$")


def counted_later(t: Timex, before: list[Timex], text: str) -> Optional[Timex]:
    """'three years later' after 'left Iraq in 2011': the date it counts to from the last date told
    before it (within ~1,000 characters) as precise as its unit, as a timex of that date; None when
    ``t`` is no such span or nothing before it can anchor it."""
    m = _DURATION_VALUE.match(t.value or "")
    if not m or not _LATER_AFTER.match(text, t.end):
        return None
    n, unit = int(m[1]), m[2]
    grains = {"Y": ("year", "month", "day"), "M": ("month", "day"), "W": ("day",), "D": ("day",)}[unit]
    anchor = next((b for b in reversed(before) if b.end <= t.start and t.start - b.end < 1000 and b.type == "DATE"
                   and is_dated(b) and b.granularity in grains), None)
    if anchor is None:
        return None
    a = date.fromisoformat(anchor.date_start)
    if unit == "Y":
        y = a.year + n
        d0, d1, gran, value = f"{y}-01-01", f"{y}-12-31", "year", str(y)
    elif unit == "M":
        k = a.month - 1 + n
        y, mo = a.year + k // 12, k % 12 + 1
        last = (date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)).day
        d0, d1, gran, value = f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{last:02d}", "month", f"{y}-{mo:02d}"
    else:
        d = a + timedelta(days=n * (7 if unit == "W" else 1))
        d0 = d1 = value = d.isoformat()
        gran = "day"
    end = _LATER_AFTER.match(text, t.end).end()
    return replace(t, end=end, text=text[t.start:end], type="DATE", value=value, date_start=d0, date_end=d1,
                   granularity=gran, resolution="relative-to-timex", rule="later")


def sentence_interval(timexes: list[Timex]) -> Optional[tuple]:
    """(date_start, date_end, granularity, timex, resolution) from a sentence's own timexes."""
    dated = [t for t in timexes if is_dated(t)]
    if not dated:
        return None
    ends = [t for t in dated if t.role == "range_end"]
    if ends:
        end = ends[0]
        starts = [t for t in dated if t is not end and (t.role == "range_start" or t.role is None)
                  and t.date_start <= end.date_end]
        if starts:
            s = starts[0]
            gran = s.granularity if s.granularity == end.granularity else "mixed"
            return s.date_start, end.date_end, gran, end, "range"
        return None, end.date_end, end.granularity, end, "range-open-start"
    starts = [t for t in dated if t.role == "range_start"]
    if starts:
        s = starts[0]
        return s.date_start, None, s.granularity, s, "range-open-end"
    t = dated[0]
    if len(dated) > 1 and _CLOCK_ONLY.fullmatch(t.text) and dated[1].granularity in ("day", "time") \
            and 0 <= dated[1].start - t.end <= 40 and dated[1].date_start != t.date_start:
        # "At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning": a clock time is of the day
        # named after it, not of the report's day it was resolved to
        u = dated[1]
        return u.date_start, u.date_end, u.granularity, u, "own-timex"
    if len(dated) > 1 and 0 <= dated[1].start - t.end <= 5 and dated[1].date_end and t.date_start \
            and t.date_start <= dated[1].date_start and dated[1].date_end <= t.date_end \
            and (dated[1].date_start, dated[1].date_end) != (t.date_start, t.date_end):
        # "next month on August 2", "last week, on Tuesday": the finer date within the coarser
        u = dated[1]
        return u.date_start, u.date_end, u.granularity, u, "own-timex"
    if len(dated) > 1 and 0 <= dated[1].start - t.end <= 5 and dated[1].date_end and t.date_start \
            and dated[1].granularity == t.granularity != "year":    # ("won in 1955 and 1959": two wins)
        # "On Sunday and Saturday evening, Woolworths and Coles lowered ... respectively": both days
        u = dated[1]
        return (min(t.date_start, u.date_start), max(t.date_end, u.date_end), t.granularity, t, "range")
    return t.date_start, t.date_end, t.granularity, t, "own-timex"


# a clock time with no day: "2:49 a.m. local time", "9 p.m.", "noon"
_CLOCK_ONLY = re.compile(r"(?:[Aa]t\s+)?(?:around\s+|about\s+)?(?:\d{1,2}:\d\d\s*(?:[AaPp]\.?\s?[Mm]\.?)?|"
                         r"\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?|noon|midnight)(?:\s+local\s+time|\s+[A-Z]{2,4}(?:\s+time)?)?")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FRAME_BEFORE = re.compile(r"\b(?:in|during|at|on|by|since|until|for|of|from|through|over|after|before)\s+$", re.I)
_TIME_FRAME_BEFORE = re.compile(r"\b(?:in|during|at|on|by|since|until|through|over|after|before)\s+$", re.I)
_YEAR_ONLY = re.compile(r"\d{4}")
_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_DAY_PARTS = frozenset("morning afternoon evening night".split())
# an event noun right before its date ("the state court ruling in April", "the vote on Sunday")
# a law named with its year: "the Tenure of Office Act of 1867", "the Civil Rights Act of 1964"
_LAW_NAMED_BEFORE = re.compile(r"\b(?:Act|Acts|Law|Code|Treaty|Convention)\s+of\s+$")
# the bound of a stretch with no such event: "for the first time since ...", "the first ... since", "the last ... since"
_FIRST_SINCE_BEFORE = re.compile(r"\b(?:first|last|only)\s+(?:[a-z-]+\s+){0,3}?since\b[^;:]*$")
# a penalty named by its event noun: "sentenced to death", "condemned to death"
_PENALTY_BEFORE = re.compile(r"\b(?:sentenced|sentencing|condemned|sentence)\s+(?:him\s+|her\s+|them\s+)?to\s+$")
_VERDICT_OF_BEFORE = re.compile(r"\b(?:convicted|found\s+(?:not\s+)?guilty|acquitted|cleared)\s+of\s+"
                                r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+)?$")
_NOUN_BEFORE_DATE = re.compile(r"\b([a-z]+)\s+(on\s+|in\s+)?$")
# between the trigger and the other event's noun: another noun phrase first ("killed Fahd al-Quso, ... a suspect in the
# bombing of"), not the trigger's own object ("announced the arrest of a suspect on Friday": the announcing's day)
_APPOSITION_BETWEEN = re.compile(r"[,;—–]")
_NOUN_OF_BEFORE_DATE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+([a-z]+)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,7}?"
                                  r"(?:in\s+[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?)?(on\s+|in\s+)$")
_ADVERB_DATE = re.compile(r"(?:(?:early|late|last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday|today|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?", re.I)
# a saying's object: "announced his resignation", "confirmed the company's takeover"
SAID_OBJECT = re.compile(r"[a-z]+\s+(?:(?:the|a|an|his|her|its|their|our|[\w-]+['’]s|(?!(?:that|which|who|what|whether|"
                         r"it|he|she|they|we|i|you|there|this|these|those|to|on|in|at|for|with|by|of|from|about|"
                         r"after|before|and|or|but)\b)[a-z-]+)\s+){0,3}")
_DOCUMENT_NOUNS = frozenset("law laws act decree treaty accord pact constitution ruling resolution report study survey "
                            "plan budget bill order directive regulation statement letter memo census".split())
_NOT_MODIFIER = {"to", "for", "in", "on", "at", "with", "by", "of", "and", "or", "from", "that", "which",
                 "was", "were", "is", "are", "has", "have", "had", "will", "would", "when", "after",
                 # (nor the words that go on the clause after a date: "suspending its season Thursday due to
                 # concerns", "Thursday amid fears", "Thursday because ...")
                 "due", "amid", "because", "before", "despite", "following", "as", "while", "until", "but", "than"}


# a harm and what it happened in: "died in a crash on Friday", "were killed in a suicide bombing on Monday" (the
# cause's day is the harm's)
_HARMED = r"(?:died|killed|injured|wounded|hurt|dead|hospitalized|hospitalised|trapped|missing)(?:\s+[\w'-]+){0,2}?\s+" \
          r"(?:in|during)\s+(?:a|an|the)\s+"
_HARMED_IN = re.compile(_HARMED + r"(?:[\w.’'-]+\s+){0,2}")


# ... and the date of what harmed, before its noun: "killed in a Christmas Day fire", "died in last week's crash"
_HARMED_IN_BEFORE_DATE = re.compile(_HARMED)


# a verb and its own happening's noun after it: "voted in a 2016 referendum", "won at the 1998 Games"
_VERB_IN_A = re.compile(r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:in|at|during)\s+(?:a|an|the)\s+")


# a charge and the act it names: "charged ... with overstating", "convicted of killing", "accused of inflating"
_CHARGE_WORD = re.compile(r"(?:charg|convict|accus|indict|su[ei]|plead|pled|fin(?:ed|es)\b)", re.I)
_CHARGED_ACT_BETWEEN = re.compile(r"\b(?:with|of|for)\s+(?:[\w'-]+\s+){0,3}?[a-z]+ing\b")


def _dates_other_event(sentence: str, a: int, b: int, ts: int, etype: Optional[str] = None) -> bool:
    """Whether the date at ``a``..``b`` modifies an event noun that is not the trigger at ``ts``:
    "the fraudulent August 9, 2020 presidential election", "the previous fraudulent 2006 and 2010
    elections" (a determiner before the date, the noun within three words after it, nothing but
    modifiers between); "following yesterday's strong tremor" (a possessive date); "after a
    district court ruling last month" (a date right after an event noun); "The 1973 building" (a
    year before any noun, unless a preposition frames the clause). A noun of the trigger's own type
    before it names the same happening ("In the November 27 deal, Turkey and Libya agreed"): its
    date is the event's."""
    if ts >= b and _THAT_RIGHT_BEFORE.fullmatch(sentence, b, ts) and _event_noun_before(sentence, a):
        return False        # "the drone strike on Sunday that killed al-Quso": the noun's day is its relative clause's
    if etype in ("arrest", "legal") and ts < a and _CHARGE_WORD.match(sentence, ts) \
            and _CHARGED_ACT_BETWEEN.search(sentence, ts, a):
        return True         # "The SEC charged Windsor Holding Co ... with overstating its income for 1982": the year
                            # of what is charged, not of the charge
    noun = _NOUN_BEFORE_DATE.search(sentence, max(0, a - 30), a)
    if noun and not noun.group(2) and _ADVERB_DATE.fullmatch(sentence[a:b]):
        noun = None         # "was taken off life support Tuesday": a bare day is the verb's
    if noun is None or TRIGGERS.get(noun.group(1).lower()) is None:
        # ... or its "of" phrase between: "a suspect in the bombing of the American destroyer Cole in Yemen in 2000"
        of = _NOUN_OF_BEFORE_DATE.search(sentence, max(0, a - 90), a)
        if of is not None and TRIGGERS.get(of.group(1).lower()) is not None and not TRIGGERS[of.group(1).lower()].verb \
                and of.start(1) > ts + 1 and not demanded(sentence.lower(), of.start(1)) and of.group(2).startswith("in") \
                and etype != "statement" and _APPOSITION_BETWEEN.search(sentence, ts, of.start(1)) is not None:
            return True     # (a happening named after the trigger with its own "of" phrase is another one)
    if noun:                # "after a district court ruling last month": the ruling's date
        trig = TRIGGERS.get(noun.group(1).lower())
        at = noun.start(1)
        if trig is not None and not trig.verb and at != ts and (trig.type != etype or at > ts and _PAST_VERB.search(
                sentence, ts + len(_WORD.match(sentence, ts).group()), at)) \
                and not demanded(sentence.lower(), at) and not (at > ts and _HARMED_IN.fullmatch(sentence, ts, at)) \
                and not (etype == "statement" and SAID_OBJECT.fullmatch(sentence, ts, at)) \
                and not _PENALTY_BEFORE.search(sentence, max(0, at - 30), at) \
                and not (etype == "legal" and _VERDICT_OF_BEFORE.search(sentence, max(0, at - 45), at)):
            # (nor a penalty: "sentenced to death in 2007" — the death is the sentence's, no happening; nor the
            # crime a verdict names, its date right after it the verdict's: "was found guilty of the murders in 2006")
            # ("called for his resignation on Monday": the call's day; "announced his resignation
            # on Thursday": the saying's day too)
            return True
    pair = _YEAR_AND_BEFORE.search(sentence[max(0, a - 14):a])
    if pair:                # the second year of "the 2006 and 2010 elections": the first's determiner
        a = max(0, a - 14) + pair.start()
    possessive = sentence.startswith(("'s ", "’s "), b)
    b = _noun_phrase_after(sentence, a, b)
    if b is None:
        return False
    after = sentence[b:b + 60]
    both = _AND_YEAR_AFTER.match(after)     # "the 2006 and 2010 elections"
    if both:
        after, b = after[both.end():], b + both.end()
    for i, w in enumerate(_WORD_OR_MARK.finditer(after)):
        word = w.group().lower()
        if i >= 4 or word in _NOT_MODIFIER or not word[0].isalnum():
            break
        trig = TRIGGERS.get(word)
        if trig is not None and not trig.verb:
            # (a harm told with the dated happening that caused it: "three young girls killed in a Christmas Day
            # fire" — the fire's day is the killing's)
            caused = ts < a and _HARMED_IN_BEFORE_DATE.fullmatch(sentence, ts, a) is not None
            # (nor the trigger's own happening named after it: "Britons voted in a 2016 referendum")
            same = trig.type == etype and ts < a and _VERB_IN_A.fullmatch(sentence, ts, a) is not None
            return b + w.start() != ts and not (trig.type == etype and b + w.start() < ts) and not caused and not same
        if trig is None and word in SAYING_OCCASIONS and etype not in ("statement", "meeting") and b + w.start() != ts:
            return True     # "Speaking at a 2:15 a.m. press conference about the crude bomb found in an SUV ... last
                            # night": the time of the occasion, not of the finding
    if possessive and not b <= ts < b + 40:
        return True         # "Coming off of Sunday's tight 1-0 loss, the Red Bulls needed a victory
                            # tonight": a possessive date is its noun's, whatever the noun
    if _WEEKDAY.fullmatch(sentence[a:b]) and not sentence.startswith(("'s", "’s"), b) \
            and not _FRAME_BEFORE.search(sentence, max(0, a - 12), a):      # (not "in the Gulf on Monday appeared")
        head = _LOWER_WORD_AFTER.match(sentence[b:b + 30])
        if head and head.group(1) not in _NOT_MODIFIER and head.group(1) not in _DAY_PARTS:
            return True     # "ALDI made stocks for a planned Wednesday special available": the special's day
    # "The 1973 building was home to 1,000 people; 48 apartments were damaged": a year before a noun
    # is the thing's, when no preposition makes it the clause's time ("in the 2015 season")
    head = _HEAD_AFTER.match(sentence[b:b + 40])
    return bool(_YEAR_ONLY.fullmatch(sentence[a:b]) and head and head.group(1) not in _NOT_MODIFIER
                and (head.group(1) not in _DOCUMENT_NOUNS or a > ts)   # ("the 2010 law banned": the law's acts;
                                                                        # not "passed the 1987 budget", its year)
                and not _FRAME_BEFORE.search(re.sub(r"\s*\b(?:the|a|an|its|their|his|her|this|that)\s*$", " ",
                                                    sentence[max(0, a - 30):a])))


def _noun_phrase_after(sentence: str, a: int, b: int) -> Optional[int]:
    """Where the noun phrase a date at ``a``..``b`` qualifies goes on: after its possessive
    ("following yesterday's strong tremor"), or right after a date led by a determiner ("the
    August 9 election"); None when neither, or when a preposition makes a possessive date the
    clause's time frame ("rebuffed in last November's elections")."""
    if sentence.startswith(("'s ", "’s "), b):      # ("Coming off of Sunday's loss": "of" frames no time)
        return None if _TIME_FRAME_BEFORE.search(sentence, max(0, a - 12), a) else b + 2
    return b if _DETERMINER_BEFORE.search(sentence, max(0, a - 40), a) else None


def dated_noun(sentence: str, a: int, b: int) -> Optional[tuple[int, int, Trigger]]:
    """The event noun a day-date at ``a``..``b`` names, with the date written before it: "pointing
    to the December 31 attack on the Embassy", "following Wednesday's quake" (a determiner before
    the date or a possessive after it, nothing but modifiers up to the noun); or None."""
    b = _noun_phrase_after(sentence, a, b)
    if b is None:
        return None
    for i, w in enumerate(_WORD_OR_MARK.finditer(sentence[b:b + 60])):
        word = w.group().lower()
        if i >= 4 or word in _NOT_MODIFIER or not word[0].isalnum():
            return None
        trig = TRIGGERS.get(word)
        if trig is not None:
            return (b + w.start(), b + w.end(), trig) if not trig.verb and trig.type != "statement" else None
        if word in ("decision", "judgment", "judgement") and BY_A_COURT.match(sentence, b + w.end()):
            return b + w.start(), b + w.end(), Trigger("legal", word, False)     # "yesterday's decision by
                                                                                 # the U.S. Supreme Court"
    return None



# a happening on the ground named as a noun with its place, right before a day: "charged ... pertaining to a
# mass shooting in Christchurch on Friday"
_GROUND_TYPES = frozenset(("violence", "military", "disaster", "accident"))
_NOUN_PLACE_ON = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:in|at|near|outside)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:on\s+)?$")


def noun_before_date(sentence: str, a: int) -> Optional[tuple[int, int, Trigger]]:
    """The happening noun a day-date at ``a`` names when it follows the noun and its place ("a mass
    shooting in Christchurch on Friday"): a table noun of a happening on the ground; or None."""
    m = _NOUN_PLACE_ON.search(sentence, max(0, a - 90), a)
    if m is None:
        return None
    trig = TRIGGERS.get(m.group("noun"))
    if trig is None or trig.verb or trig.type not in _GROUND_TYPES:
        return None
    return m.start("noun"), m.end("noun"), trig


# a deictic day right before the verb: "..., today admitted", "yesterday announced"
_DEICTIC_DAY = re.compile(r"(?i:today|yesterday|tonight|last\s+night|this\s+morning|this\s+afternoon)")
_JUST_BEFORE_VERB = re.compile(r"\s+(?:(?:also|formally|officially|publicly|quietly|finally|again)\s+)?")


def event_timexes(sentence: str, timexes: list[Timex], s: int, ts: int, te: int,
                  etype: Optional[str] = None) -> list[Timex]:
    """The sentence's timexes that date its event (offsets: ``s`` sentence start, ``ts``/``te``
    the trigger, relative to the sentence): not those in a clause about something else ("who
    has ruled since 1994") nor those that date another event noun ("sanctioned officials of the
    August 9 election")."""
    subs = subordinate_spans(sentence)
    own_sub = next(((x, y) for x, y in subs if x <= ts < y), None)
    own_dated = own_sub is not None and any(own_sub[0] <= t.start - s < own_sub[1] and is_dated(t) for t in timexes)
    when = _WHEN_SUBJECT_BEFORE.search(sentence, max(0, ts - 40), ts) if not own_dated else None
    if when is not None:
        right_before = [t for t in timexes if is_dated(t) and 0 <= when.start(1) - (t.end - s) <= 3]
        if right_before:    # "a 13.85 point decline on Monday when it closed at 459.01": the day "when" follows
            return right_before
    adjacent = [t for t in timexes if is_dated(t) and _DEICTIC_DAY.fullmatch(t.text)
                and _JUST_BEFORE_VERB.fullmatch(sentence, t.end - s, ts) and t.start - s > 0]
    if adjacent and any(is_dated(t) for t in timexes if t not in adjacent):
        # "Mark Stahl, ..., until his suspension on April 16, today admitted in U.S. District court": a day told
        # right before the verb is the verb's, whatever the clause before it tells
        return adjacent
    out = []
    for t in timexes:
        a, b = t.start - s, t.end - s
        sub = next(((x, y) for x, y in subs if x <= a < y), None)
        if sub != own_sub and (sub is not None or (own_sub is not None and own_dated)) \
                and not (sub is not None and own_sub is None and _TELLS_THE_NOUN.match(sentence, te, sub[1])) \
                and not (b <= ts and _THAT_RIGHT_BEFORE.fullmatch(sentence, b, ts) and _event_noun_before(sentence, a)):
            # (a day right before a relative clause is its antecedent's, and so the clause's: "the drone strike on
            # Sunday that killed Fahd al-Quso")
            continue        # a date of another clause: a relative clause's, or the main clause's for one
                            # with a date of its own
        if _dates_other_event(sentence, a, b, ts, etype):
            continue
        if etype == "statement" and a >= te and t.granularity == "year" and _FIGURES_AFTER.match(sentence, b):
            continue            # "Swissair reported a 5.8 pct drop in 1986 net profit": the year of the figures reported,
                                # not of the report
        if etype == "statement" and _PERIOD_ENDED_BEFORE.search(sentence, max(0, a - 50), a):
            continue            # "For the nine months ended March 31, 1987, ARGOSystems reported earnings ...": the end of
                                # the period the figures cover, not the day of the report
        if sentence.endswith(("pre-", "post-", "Pre-", "Post-"), max(0, a - 5), a):
            continue            # "holders of pre-1949 Chinese bonds": the age of a thing, not the event's time
        if _LAW_NAMED_BEFORE.search(sentence, max(0, a - 12), a):
            continue            # "violations of the Tenure of Office Act of 1867": a law's name, not the event's time
        if a >= te and _FIRST_SINCE_BEFORE.search(sentence, te, a):
            continue            # "were elected ... for the first time since the left-wing government was overthrown
                                # in a 1973 coup": the bound of the time before it, not the event's
        if _COMPARED_BEFORE.search(sentence, max(0, a - 70), a):
            continue            # "grew 8.8 pct to 7.23 billion dlrs from a restated 6.65 billion dlrs in 1985", "reduced its
                                # provision to 35 mln dlrs from 70 mln dlrs a year earlier": the base it is compared with
        aside = next((m for m in _INFINITIVE_ASIDE.finditer(sentence) if m.start() <= a < m.end()), None) \
            or next((m for m in _PARTICIPLE_ASIDE.finditer(sentence) if m.start() <= a < m.end()), None)
        if aside is not None and not aside.start() <= ts < aside.end():
            continue            # "The CDC-funded portion, to be formally announced this week, will expand": the
                                # date of the aside's announcing, not of the expanding; "From The Mixed-Up Files,
                                # written in 1967, won the award": the writing's year, not the winning's
        set_by = _SET_DATE_BEFORE.search(sentence, max(0, a - 12), a)
        if set_by is not None and not set_by.start() <= ts < a:
            continue            # "The letter signed on March nine set April nine as the target date": the date
                                # another verb sets, not the signing's
        cause = _FOLLOWING_NOUN.search(sentence, te, a) if a >= te and _PERFECT_BEFORE.search(
            sentence, max(0, ts - 24), ts) else None
        noun = TRIGGERS.get(cause.group(1).lower()) if cause is not None else None
        if a >= te and _PERFECT_BEFORE.search(sentence, max(0, ts - 24), ts) and any(
                m.group(1).lower() in PAST_FORMS for m in _PRONOUN_VERB.finditer(sentence, te, a)):
            continue            # "has been indicted ... over campaign money he used to hide his affair during his 2008
                                # campaign": the date of another verb's clause, not the day's news
        if noun is not None and not noun.verb:
            continue            # "has been sentenced ... following a deadly accident at his facility in 2011": the
                                # accident's year, not the sentencing's
        if a >= te and _IN_THE_WAKE_OF.search(sentence, te, a):
            continue            # "The farm protest came in the wake of demonstrations last night in over 30 cities":
                                # the night of what it followed, not the protest's
        if _DUE_DATE_BEFORE.search(sentence, max(0, a - 20), a) \
                or a >= te and _PENDING_BEFORE.search(sentence, max(te, a - 70), a):
            continue            # ("a loan repayable in 1990"; "set a bond pending the appearance of the trio for
                                # sentencing March 30": what awaits, not the setting)            # "a no-interest loan repayable in 1990": when it falls due, not when it was made
        if etype == "legal" and a >= te and t.granularity == "year" and _PERIOD_JUDGED_BEFORE.search(
                sentence, max(te, a - 40), a):
            continue            # "pleaded guilty only for the tax year 1984": the period the plea is about
        if etype == "legal" and a >= te and _GERUND_COMPLEMENT.match(sentence, te, a):
            continue            # "was convicted in March of killing Mark Carson in May 2013", "was found guilty
                                # of six counts of performing unauthorized acts ... in the 1985 collapse": the
                                # date of what the verdict is for, not its own (a verdict comes later; but an
                                # arrest may not: "was arrested for stealing a car in 2015")
        if t.granularity in ("century", "decade") and _ATTRIBUTIVE_AFTER.match(sentence, b):
            continue            # "Angkor Wat, the fabled 11th century temple": a thing's age
        out.append(t)
    if own_sub is None and not any(is_dated(t) for t in out):
        # "shares grew 21% after the market closed Friday": a main verb with no date of its own
        # happened on the day of the clause of time right after it
        after = next(((x, y) for x, y in subs if te <= x <= te + 40 and sentence[x:y].lstrip(", ").lower().startswith(
            ("after ", "when ", "as soon as "))), None)
        if after is not None:
            # (a clause of "when" is the same time at any precision: "All 189 on the aircraft died when the flight
            # came down last October"; "after" a month or a year need not be in it)
            when = sentence[after[0]:after[1]].lstrip(", ").lower().startswith("when ")
            out += [t for t in timexes if after[0] <= t.start - s < after[1] and is_dated(t)
                    and (t.granularity in ("day", "time") or when and t.granularity in ("month", "year"))]
    if any(t.resolution == "absolute" and is_dated(t) for t in out):
        # "Eight years earlier, at the 1972 Democratic National Convention": a span counted from a time the
        # text told before (read from the publication date by the tagger) gives way to the date written out
        out = [t for t in out if not (t.resolution != "absolute" and _COUNTED_FROM_BEFORE.search(t.text))]
    return out


# "eight years earlier", "two days later", "a week before": counted from a time told before, not from today
_COUNTED_FROM_BEFORE = re.compile(r"\b(?:earlier|later|before|after|afterwards?)$", re.I)


# a year's figures after the year: "1986 net profit", "1986 results", "fiscal 1987 earnings"
_FIGURES_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:4th|fourth|3rd|third|2nd|second|1st|first)\s+(?:qtr|quarter)\s+|"
                            r"net\s+|gross\s+|operating\s+|pre-tax\s+|pretax\s+|full-year\s+|annual\s+|group\s+|"
                            r"consolidated\s+)*(?:profits?|results|earnings|sales|revenues?|income|loss|losses|turnover|"
                            r"dividends?|figures|output|budget|deficit|surplus|net\b|of\s+[$£€]?\d)", re.I)
# the end of the period reported figures cover: "For the nine months ended March 31, 1987", "in the quarter ending June 30"
_PERIOD_ENDED_BEFORE = re.compile(r"\b(?:for|in|during)\s+the\s+(?:[\w-]+\s+){0,3}?(?:months?|quarter|year|period|weeks?|"
                                  r"half)\s+(?:(?:that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?|to\s+end-?)$", re.I)
                                  # ("In the six months to end-September, Norcros reported")
# the figure a change is compared with, before its date: "from 6.65 billion dlrs in 1985", "from 23.7 pct in 1985",
# "from 70 mln dlrs a year earlier", "compared with 5.5 mln dlrs in the fourth quarter of 1986"
_COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?|in\s+contrast\s+to)\s+"
                              r"(?:a\s+|an\s+)?(?:restated\s+|revised\s+|record\s+|all-time\s+|historic\s+)?(?:(?:gain|loss|"
                              r"profit|rise|fall|drop|increase|decline|low|high|peak)\s+of\s+)?[$£€]?\d[\d,.]*(?:\s*(?:mln|million|billion|bln|"
                              r"pct|percent|%|dlrs|dollars|cents|points?|yen|marks|francs|pounds|stg|tonnes|tons|bushels|"
                              r"shares|barrels|bpd|units))*\s+(?:in|for|during|at\s+the\s+end\s+of)?\s*(?:the\s+)?$")
# "when" and a short subject before the trigger ("on Monday when it closed")
_WHEN_SUBJECT_BEFORE = re.compile(r"\b(when)\s+(?:[\w'’-]+\s+){1,3}$", re.I)
# a pronoun and the verb after it: a clause of its own ("money he used")
_PRONOUN_VERB = re.compile(r"\b(?:he|she|they|it|we|i|you)\s+([a-z]+)\b", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:now|just|also)\s+)?(?:been\s+)?$")
# after a trigger in the present perfect (the day's news), a happening it follows, named by its noun, before the
# date: "has been sentenced ... following a deadly accident at his facility in 2011" (a simple past keeps it: "was
# signed ... following the undemocratic elections of March 2006")
_FOLLOWING_NOUN = re.compile(r"\b(?:following|after)\s+(?:a|an|the|his|her|its|their|last\s+\w+['’]s)\s+"
                             r"(?:[\w-]+\s+){0,2}?([a-z]+)\b"
                             r"(?:\s+(?:at|in|on|near|of|outside)\s+(?:a|an|the|his|her|its|their)?\s*[\w'’-]+){0,2}\s+"
                             r"(?:in|on|of|during)?\s*$")
# what the trigger followed, named after it: "came in the wake of demonstrations last night", "on the heels of"
_IN_THE_WAKE_OF = re.compile(r"\b(?:in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|hard\s+on\s+the\s+heels\s+of)\s+[^,;:]{0,80}$",
                             re.I)
# a date a thing falls due or takes effect: "a loan repayable in 1990", "payable on March 3"
_DUE_DATE_BEFORE = re.compile(r"\b(?:repayable|payable|maturing|redeemable|expiring|valid\s+until|due)\s+(?:in|on|by|until)\s+$",
                              re.I)
# a passive infinitive aside between commas, a happening of its own: ", to be formally announced this week,"
_INFINITIVE_ASIDE = re.compile(r",\s*to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,;]{0,80},")
# a participle's aside between commas, with its own date: ", written in 1967,", ", built in 1930,", ", founded on May 2,"
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:(?:first|originally|later|also|then|recently|only)\s+)?(?:(?!(?:even|then|when|often|seven|"
                               r"eleven|ten|indeed|need|down|town|between|open|golden|citizen|children|women|men)\b)"
                               r"[a-z]+(?:ed|en|wn)|built|born|"
                               r"held|made|set|sold|begun|bought|sent|shot|taught|thought|won|lost)\s+(?:in|on|at|during|"
                               r"since|by|from)\b[^,;]{0,50},")
# a verb that sets a date as its object: "set April nine as the target date", "fixed May 7 for sentencing"
_SET_DATE_BEFORE = re.compile(r"\b(?:set|sets|fixed|fixes|named|names|chose|picked)\s+$", re.I)
# what a decision waits for: "pending the appearance of the trio for sentencing March 30", "held without
# bail ahead of their next court appearance on September 25th"
_PENDING_BEFORE = re.compile(r"\b(?:pending|until|ahead\s+of|before)\s+(?:(?:the|their|his|her|its)\s+)?"
                             r"(?:(?:next|upcoming|scheduled|first)\s+)?(?:court\s+)?(?:appearance|trial|hearing|"
                             r"sentencing|ruling|verdict|appeal)\b[^,;]{0,50}$", re.I)
# the period a plea or a verdict is about: "for the tax year 1984", "for the previous year"
_PERIOD_JUDGED_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:tax|fiscal|financial|calendar)\s+)?(?:years?\s+)?$", re.I)


# between a trigger and a date: a complement "of"/"for" a gerund, the act a verdict is for ("of
# killing 32-year-old Mark Carson"), with no comma or clause break between (not "charged with
# murder on Monday")
_GERUND_COMPLEMENT = re.compile(r"(?:\s+(?!of\b|for\b)[\w’'-]+){0,6}?\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+ing\b"
                                r"(?:\s+[^\s,;:()]+){0,24}\s+$")


# a word after a century or decade that makes it describe a noun ("the 11th century temple", "a
# 1990s law"), where a function word or a verb would not ("in the 1990s when", "the 1990s saw")
_ATTRIBUTIVE_AFTER = re.compile(
    r"[ -](?!(?:and|or|to|when|while|as|was|were|is|are|saw|had|has|in|on|at|by|for|of|with|the|a|an|"
    r"that|which|but|ago|later|earlier|before|after|until|through|onward|onwards|alone|itself)\b)[a-z]{3,}\b")


# the adjustments of a clause's own dates ---------------------------------------------------------
# "on October 14, the same day the Queen is scheduled to give a speech"
_SAME_DAY = re.compile(r"(?:the\s+(?:same\s+)?|that\s+(?:same\s+)?)(?:day|morning|evening|night)", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|but|which|who)\b")
# "arrested for the April 6, 2014 blaze", "charged with the 2013 murder"
_FOR_THE_CASE = re.compile(r"\s+(?:for|with|over|in)\s+(?:the|a|an|his|her|their|its)\s+")
# an opening participle with its own date: "Born on December 11, 1935, in Mirati, Mukherjee began"
PARTICIPLE_OPENING = re.compile(r"(?:Born|Elected|Founded|Established|Appointed|Married|Raised|Educated|Built|"
                                r"Launched|Introduced|Arrested|Convicted|Sentenced|Released)\b")
_HAVING_OPENING = re.compile(r"Having\s+(?:been\s+)?[a-z]+\b")
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?=(?:[A-Z][a-z]+|He|She|They|It|The)\b)")
_AND_THEN = re.compile(r",?\s+(?:and|but)\s+then\b|,\s+then\s+(?=[a-z])")
_FOR_YEARS = re.compile(r"P(\d{1,2})Y")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+(?:next|following)\s+)?$")
# a sentence that opens with a clause of time, up to its comma: "After the talks failed, ..."
_TIME_OPENING = re.compile(r"(After|Following|Before)\s+[^,;:\d]{3,80}?,")


_EXTENDED = re.compile(r"(?:extend|prolong|renew)", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:through|thru|until|till|into|to)\s+(?:the\s+end\s+of\s+|mid-|early\s+|late\s+)?$", re.I)
# a superlative measured from a date: "the lowest since 1974", "its highest level since March", "the first time since 2009"
_RECORD_SINCE_BEFORE = re.compile(r"\b(?:lowest|highest|biggest|largest|smallest|greatest|strongest|weakest|fastest|"
                                  r"slowest|deepest|steepest|sharpest|heaviest|hottest|coldest|wettest|driest|longest|"
                                  r"shortest|busiest|worst|best|fewest|most|least|first)\b(?:\s+[\w-]+){0,3}?\s+(?:ever\s+)?since\s+"
                                  # ("the deadliest day in FDNY history since September 11, 2001")
                                  r"(?:(?:the|early|late|mid)\s+)?$|\b[a-z]+iest\s+[a-z]+(?:\s+[\w-]+){0,3}?\s+since\s+"
                                  r"(?:(?:the|early|late|mid)\s+)?$")


def clause_own_dates(sentence: str, s: int, s_timex: list[Timex], own: list[Timex], ts: int, te: int,
                     etype: str, pub: Optional[str]) -> list[Timex]:
    """The clause's own dates (offsets: ``s`` the sentence's start, ``ts``/``te`` the trigger's in
    it) after the rules of a clause's time: the day "the same day" heads; an arrest for a dated
    happening, from it to the report; not an opening participle's date; not the dates after "and
    then" (the next verb phrase's)."""
    # "extended its emergency pay through July 4", "extended the closures until June 22": the end of what is extended,
    # not the day it was extended
    if _EXTENDED.match(sentence, ts):
        own = [t for t in own if not (t.start - s > te and _UNTIL_BEFORE.search(sentence, max(te, t.start - s - 14),
                                                                               t.start - s))]
    # "cut production to 1.79 mln bags, the lowest since 1974": the point a record is measured from, not the clause's time
    own = [t for t in own if not _RECORD_SINCE_BEFORE.search(sentence, max(0, t.start - s - 60), max(0, t.start - s))]
    if not any(is_dated(t) for t in own):
        # "on October 14, the same day the Queen is scheduled to give a speech": the day the
        # clause after it names is its time
        near = [t for t in s_timex if is_dated(t) and _SAME_DAY.fullmatch(t.text) and 0 <= ts - (t.end - s) <= 60
                and not _CLAUSE_BREAK.search(sentence, t.end - s, ts)]
        own = near[-1:] or own
    if etype in ("arrest", "legal") and not any(is_dated(t) for t in own):
        # "arrested for the April 6, 2014 blaze", "charged with the 2013 murder": after the
        # happening it is for, at a day the sentence does not give
        case = next((t for t in s_timex if is_dated(t) and 0 <= t.start - s - te <= 40
                     and _FOR_THE_CASE.fullmatch(sentence, te, t.start - s)), None)
        if case is not None:    # (up to the report: it has happened)
            own = [replace(case, role="range_start")] + ([replace(case, start=case.start, role="range_end",
                                                                   date_start=pub, date_end=pub,
                                                                   granularity="day")] if pub else [])
    if PARTICIPLE_OPENING.match(sentence) or _HAVING_OPENING.match(sentence):
        # "Born on December 11, 1935, in Mirati, Pranab Mukherjee began his political career": the
        # opening participle's date is its own (the birth), not the main verb's; and the main
        # clause's date is not the participle's ("Having wrapped their US tour, Spurs will return
        # to Europe before the season starts on August 18th")
        subj = [m.start() for m in _SUBJECT_AFTER_COMMA.finditer(sentence, 0, ts)]
        if subj and ts > subj[-1]:
            own = [t for t in own if t.start - s >= subj[-1]]
        elif not subj:
            main = next((m.start() for m in _SUBJECT_AFTER_COMMA.finditer(sentence, te)), None)
            if main is not None:
                own = [t for t in own if t.start - s < main]
    source = _ACCORDING_TO.match(sentence)
    if source is not None and ts < source.end() and sentence[ts:te].lower() in PAST_FORMS:
        # "According to the lawsuit filed just before the new year, the Katzes were dining at Bocca East in November of
        # 2013": a happening told by a participle in the phrase that names the source has none of the dates of what the
        # source tells (an occasion named by its noun may: "According to reporters at the sentencing, DeCarlo broke
        # down in tears Monday")
        own = [t for t in own if t.start - s < source.end()]
    then = _AND_THEN.search(sentence, te)
    if then is not None:    # "would meet in early September and then not reconvene until October 14":
        own = [t for t in own if t.start - s < then.start()]     # the next verb phrase's date
    return own


# a relative clause right after an event's noun, telling what the happening did: its date is the happening's ("battled a
# six-alarm fire that engulfed buildings on DeKalb Avenue last night", "the crash which killed 12 on Monday")
_TELLS_THE_NOUN = re.compile(r",?\s*(?:that|which)\s+(?!(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)"
                             # (not what the happening brought about later: "the crash that prompted new safety rules in
                             # 2012")
                             r"(?!(?:prompted|led|sparked|triggered|caused|forced|resulted|spurred|inspired|fueled|"
                             r"fuelled|produced|brought)\b)[a-z]+ed\b")

# between a day and the verb of the relative clause right after it: "the drone strike on Sunday that killed"
_THAT_RIGHT_BEFORE = re.compile(r",?\s+(?:that|which)\s+")


def _event_noun_before(sentence: str, a: int) -> bool:
    """Whether an event's noun stands right before the date at ``a`` ("the drone strike on Sunday")."""
    noun = _NOUN_BEFORE_DATE.search(sentence, max(0, a - 30), a)
    trig = TRIGGERS.get(noun.group(1).lower()) if noun is not None else None
    return trig is not None and not trig.verb


# the phrase that names a sentence's source, up to its comma: "According to the lawsuit filed just before the new year,"
_ACCORDING_TO = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?[Aa]ccording\s+to\s+[^,;:\"“”]{3,120}?,")


_FIRST_OR_LAST = re.compile(r"the\s+(first|last)\s+", re.I)
_MONTHS = re.compile(r"P(\d{1,2})M")


def _part_of_a_year(sentence: str, s: int, own: list[Timex]) -> Optional[tuple]:
    """"in the first two months of this year", "the last six months of 2019": those months of that year."""
    for d, y in zip(own, own[1:]):
        m, first = _MONTHS.fullmatch(d.value or ""), _FIRST_OR_LAST.match(d.text)
        if m and first and y.granularity == "year" and y.date_start and sentence[d.end - s:y.start - s] == " of " \
                and 1 <= int(m[1]) <= 12:
            year, n = int(y.date_start[:4]), int(m[1])
            if first[1].lower() == "first":
                d0, last_month = f"{year}-01-01", n
            else:
                d0, last_month = f"{year}-{13 - n:02d}-01", 12
            nxt = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
            return d0, (nxt - timedelta(days=1)).isoformat(), "month", y, "range"
    return None


_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:in\s+|on\s+)?")


def _next_to(a: Timex, b: Timex) -> bool:
    """Whether two dates of one granularity follow each other (1983 and 1984, March and April, days a week apart at
    most): one span of time, not two happenings years apart ("re-elected in 2014 and 2018")."""
    gap = (date.fromisoformat(b.date_start[:10]) - date.fromisoformat(a.date_end[:10])).days
    return 0 < gap <= {"year": 1, "month": 1, "day": 7}[a.granularity]


def clause_interval(sentence: str, s: int, own: list[Timex], ts: int) -> Optional[tuple]:
    """:func:`sentence_interval` of the clause's own dates, with a span's length counted from its
    start ("Beginning in 2010 and continuing for seven years") and an opening clause of time
    before (or, for "Before", after) the main clause's date."""
    part = _part_of_a_year(sentence, s, own)
    if part is not None:
        return part
    dated = sorted((t for t in own if is_dated(t) and t.date_start and t.date_end), key=lambda t: t.start)
    pair = next(((a, b) for a, b in zip(dated, dated[1:]) if a.granularity == b.granularity in ("year", "month", "day")
                 and _AND_BETWEEN.fullmatch(sentence, a.end - s, b.start - s) and a.date_start < b.date_start
                 and _next_to(a, b)), None)
    if pair is not None and len(dated) == 2:
        # "loans granted in 1983 and 1984", "investigated by the FBI in 2013 and 2014": both, and the time between
        return pair[0].date_start, pair[1].date_end, pair[0].granularity, pair[0], "range"
    interval = sentence_interval(own)
    if interval is not None and interval[4] == "range-open-end" and interval[2] == "year":
        # "Beginning in 2010 and continuing for seven years": the span's end, counted from its start
        span = next((t for t in own if t.type == "DURATION" and _FOR_YEARS.fullmatch(t.value or "")
                     and _FOR_BEFORE.search(sentence, max(0, t.start - s - 12), t.start - s)), None)
        if span is not None:
            y = int(interval[0][:4]) + int(_FOR_YEARS.fullmatch(span.value)[1])
            interval = (interval[0], f"{y}-12-31", "year", interval[3], "range")
    opening = _TIME_OPENING.match(sentence)
    if interval is not None and opening and ts < opening.end() and interval[3] is not None \
            and interval[3].start - s >= opening.end() and interval[0] and interval[1]:
        # "After Mugabe fired his vice president, the army moved on November 15, 2017": the
        # opening clause of time happened before the main clause's date (or after, for "Before")
        t = interval[3]
        interval = ((None, interval[0], interval[2], t, "range-open-start") if opening.group(1).lower() != "before"
                    else (interval[1], None, interval[2], t, "range-open-end"))
    return interval
