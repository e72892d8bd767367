"""Which date an event gets when its clause has none, or has one to correct: the discourse rules
of :func:`event_date` (the year of a narrative's month-day, a weekday told in the past, "has
since", "previously", "has just", the same speaker going on, a dated occasion, "Then", a
saying in the present, a reporter's dispatch, the narration going on, a verdict's story, the
lead's day, the story's span, a plan from the report on, the publication day). Each rule says
why in ``Dating.why``. The story (an ``events._Story``) is passed in, not imported."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from bisect import bisect_right
from datetime import date, timedelta
from typing import Optional

from .clauses import speaker_noun
from .homes import surname_key
from .lexicon import AT_THE_GATHERING, GATHERINGS, SAYING_VERB
from .schema import Article, Timex
from .taxonomy import FAMILY_OF
from .textutil import trie_regex
from .timex.lexicon import WEEKDAYS, parse_number
from .triggers import TRIGGERS, Trigger, subordinate_spans, table_words
from .triggertable import INCIDENT_NOUNS
from .documents import (LETTERS, STUDY_VOICE_AFTER as _STUDY_VOICE_AFTER, STUDY_VOICE_BEFORE as _STUDY_VOICE_BEFORE,
                        document_day as _document_day, study_day as _study_day)
from .tenses import (HYPOTHETICAL, PLANNED, PAST_TENSE as _PAST_TENSE, narrative_year as _narrative_year, past_weekday,
                     told_in_the_past as _told_in_the_past)


_BEFORE_NOW = re.compile(r"\b(?:previously|formerly|in the past|earlier this (?:year|month)"
                         # "SAS officials earlier said": the adverb before a verb in the past (not "earlier
                         # that evening", a day of the narrative; not "said earlier", often the same day)
                         r"|earlier(?=\s+(?:said|told|made|gave|sent|took|put|set|held|\w+ed)\b))\b", re.I)
_CLAUSE_OPENER = re.compile(r"\bthat\b|[,;:\"“”]")
# a verb of another clause ("has admitted it ignored safety warnings in the past", "the line was closed ... in the past")
_VERB_IN_GAP = re.compile(r"\b(?:was|were|is|are|been|be|has|have|had|will|would|could|did|does|do|[a-z]+ed)\b")
_RECENTLY_AFTER = re.compile(r"\s+(?P<adverb>recently)\b")
_FILING_SUBJECT = re.compile(r"\b(?:his|her|its|their|the)\s+(?:[\w-]+\s+)?(?P<adverb>petition|lawsuit|suit|complaint|"
                             r"filing|affidavit|indictment|brief|letter|memo|memorandum)\s+(?:also\s+)?$", re.I)
# a saying by "it", before its verb or after it: "It said", "..., it said", "it added", '"...," said it'
_IT_BEFORE = re.compile(r"(?:^|[,;\"”]\s*|\band\s+)[Ii]t\s+(?:also\s+)?$")
_IT_AFTER = re.compile(r"\s+it\b")
_AFTER_ITS_WORDS = re.compile(r"[,\"”]\s*$")      # (not "the ministry said it would")


# the definite article before a speaker noun ("the spokesman said", "said the spokesman")
_THE_BEFORE_NOUN = re.compile(r"\b[Tt]he\s+[a-z]{4,}\b")
# "was later accused", "once told", "later died", "once fatally shot": an adverb of undated time right before the verb
# (not "Minutes later he died", "a year later": counted from a date)
_ONCE_LATER_BEFORE = re.compile(r"(?:^|(?<!\w)(?!(?:\d+|moments?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                                r"decades?|much|not)\s)\w+\s+)(?P<adverb>once|later)\s+(?:\w+ly\s+)?(?:(?:been|being)\s+)?$", re.I)
# "recently" right before the verb: "Rivian recently announced", "the SEC recently signed an accord", "missiles recently
# installed in Iran" (not before a noun: "The recently embattled Carnegie Deli will retire")
_RECENTLY_BEFORE = re.compile(r"\b(?P<adverb>recently)\s+(?:(?:been|was|were|has|have|had)\s+)?$", re.I)
# a modal before "once": the conjunction ("will counter-attack once fully deployed"), no "formerly"
_MODAL_BEFORE_ONCE = re.compile(r"\b(?:will|would|can|could|shall|should|may|might|must|to)\b[^.;,]{0,40}\bonce\s+", re.I)
# "threatened the network's franchise renewal before, after ...": "before" closing the verb's clause
# (not "before the vote", "the day before", which are dates or clauses of their own)
_BARE_BEFORE_AFTER = re.compile(r"[^,;.:\"“”]{0,60}?(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!year)(?<!years)(?<!night)"
                                r"(?<!month)(?<!months)(?<!evening)(?<!morning)\s(?P<adverb>before)(?=\s*[,;.])")
# (not an adverb of a noun's participle: "GenCorp's previously announced sale"; not a span up to now:
# "in the past year and a half"; and not inside a quotation: '"In the past, he has been able ...,"
# Schneider said')
_IN_A_NOUN_PHRASE = re.compile(r"(?:['’]s|\b(?:the|a|an|its|their|his|her|our|this|that))\s+$", re.I)
_PAST_SPAN_AFTER = re.compile(r"\s+(?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|several|year|years|"
                              r"month|months|week|weeks|decade|decades|day|days)\b", re.I)


_AS_OF = re.compile(r"\bas\s+of\s+(?:late\s+|early\s+)?$", re.I)


# a clock time with no day: "4:00 A.M. local time", "at 9 p.m.", "noon"
_BARE_CLOCK = re.compile(r"(?:at\s+)?(?:around\s+|about\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)"
                         r"(?:\s+local\s+time|\s+\w{2,4}\s+time|\s+(?-i:[A-Z]{2,4}))?", re.I)   # ("7:30 a.m. EDT")


# "has just launched": something that happened right before the publication
# what a saying about a happening of the story names: an incident, its toll, its claim
_OF_THE_STORYS_HAPPENING = re.compile(r"\b(?:" + trie_regex(INCIDENT_NOUNS | {
    "responsibility", "death", "deaths", "victim", "victims", "mourning", "casualties", "injured", "dead"}) + r")\b", re.I)
# the subject before a present perfect: people named by a plural (with what describes them: "Groups
# focused on climate change have")
_PEOPLE_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?i:critics|groups|advocates|officials|investigators|protesters|observers|experts|"
    r"analysts|residents|women|men|lawmakers|activists|scientists|doctors|researchers|opponents|supporters|"
    r"economists|members)(?:\s+(?:focused|based|close|familiar|opposed)\s+[a-z ]{2,30})?)(?:,[^,]{1,40},)?\s*$")
_LAST_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+)(?:,[^,]{1,40},)?\s*$")


def _people_subject(story: "_Story", before: str) -> bool:
    """Whether the words before a verb group end with a person (a name the article gives a person)
    or with people named by a plural."""
    if _PEOPLE_SUBJECT_BEFORE.search(before):
        return True
    m = _LAST_NAME_BEFORE.search(before)
    return m is not None and any(n == m.group(1) or n.endswith(" " + m.group(1)) for n in story.person_names)


_SINCE = re.compile(r"\bsince\b", re.I)
_NOW_BEFORE = re.compile(r"\bnow\b", re.I)     # "Now, President Obama has apologized": the news of the day
_JUST = re.compile(r"\b(?:has|have)\s+just\s+(?:been\s+)?$")


def publication_span(article: Article) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """The publication date as (start, end, granularity): a day, or the whole month or year of
    an article dated only by month or year."""
    p, g = article.published, article.published_granularity
    if not p:
        return None, None, None
    if g in ("day", "minute", "time"):
        return p[:10], p[:10], "day"
    y = int(p[:4])
    if g == "month":
        m = int(p[5:7])
        last = (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).day
        return f"{p[:7]}-01", f"{p[:7]}-{last:02d}", "month"
    return f"{y}-01-01", f"{y}-12-31", "year"


# the pluperfect right before the trigger ("ODIHR had reported"): before the story's own time
_ALREADY_PERFECT = re.compile(r"\b(?:has|have)\s+already\s+(?:been\s+)?$", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|also|\w+ly)\s+)?(?:been\s+)?$")


# a finite verb in the past or perfect, or a plan: the sentence reports something that happened
REPORTED = re.compile(
    r"\b(?:was|were|had|has|have|did|will|would|led|held|met|sent|took|went|came|gave|made|said|"
    r"told|won|lost|fought|began|left|kept|brought|bought|built|paid|put|set|ran|saw|found|spoke|"
    r"stood|struck|wrote|became|fell|flew|grew|knew|drew|chose|rose|shot|hit|cut|thought|caught|"
    r"sought|fled|beat|broke|froze|stole|swore|threw|tore|woke|wore|won|withdrew)\b|\b[a-z]{3,}ed\b")


# the first finite verb of a sentence, by tense: a perfect before a past, a present last
FINITE = re.compile(
    r"\b(?:(?P<perfect>has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t|ght|ne)\b"
    r"|(?P<future>will|would|is to|are to|was to|were to|is going to|are going to)\b"
    r"|(?P<past>" + REPORTED.pattern + r")"
    r"|(?P<present>is|are|am|has|have|does|do|can|may|must|remains?|continues?|includes?|gives?|"
    r"builds?|seems?|appears?|provides?|means|shows?|stands?|holds?|owns?|needs?|wants?|lacks?)\b)")


def story_game_day(story: "_Story") -> Optional[Timex]:
    """The day a sports report gives its game with a possessive ("Wednesday's edition of the All-Star Game",
    "Sunday's match"), as its timex; None outside sports reports or when there is none. Found once a story."""
    if story.game_day is None:
        story.game_day = next((t for m in _GAME_DAY.finditer(story.text) if story.domain == "sport"
                               for t in story.timexes if t.start == m.start() and t.granularity in ("day", "time")
                               and t.date_start), False)
    return story.game_day or None


_GAME_DAY = re.compile(r"\b(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"|[Yy]esterday)['’]s\s+"
                       r"(?:[\w-]+\s+){0,5}?(?:game|match|final|race|contest|derby|semi-?final|quarter-?final|opener|"
                       r"edition|clash|showdown|bout|fight)\b")


def _simple_past(sentence: str) -> bool:
    """Whether the first finite verb is a simple past ("The men beat him"), not a perfect ("have
    been arrested") or a present."""
    m = FINITE.search(sentence)
    return m is not None and m.lastgroup == "past"


# a running count: "have been infected globally", "more than 4.75 million", "so far"
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|already|also|since|\w+ly)\s+)?(?:been\s+)?$", re.I)


_PERFECT_AFTER_NOUN = re.compile(r"[^,;]*?\b(?:has|have)\s+(?:(?:not|never|already|also|\w+ly)\s+)?(?:been\s+)?[a-z]+[^,;]*\bsince\b", re.I)


_SINCE_AUX = re.compile(r"\b(?:has|have)\s+since\s+(?:been\s+)?$", re.I)


# right next to the story's happening, named by its kind: "just before the explosion", "minutes after the crash"
_CLOSE_TO_THE_LEAD = re.compile(r"\b(?:just|shortly|moments|minutes|seconds|immediately)\s+(?:before|after)\s+the\s+"
                                r"(?:explosion|blast|attack|bombing|crash|collision|quake|earthquake|shooting|fire|"
                                r"derailment|landslide|raid|strike|storm)\b", re.I)
_SINCE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\b", re.I)


@dataclass
class Dating:
    """An event's date interval, where it came from and why."""
    start: Optional[str]
    end: Optional[str]
    granularity: Optional[str]
    how: str
    timex_text: Optional[str]
    timex_value: Optional[str]
    why: str
    from_lead: bool = False
    at_trial: bool = False      # said at the trial of a verdict's story: where the verdict was given
    lately: bool = False        # done "recently": for its place, in the story's days, though its start is open


# a length told for what the verb does: "will be closed for two weeks starting today"
_FOR_LENGTH = re.compile(r"\bfor\s+(?:(?:about|some|nearly|almost|at\s+least)\s+)?$")
_LENGTH_VALUE = re.compile(r"P(\d+)([DW])$")


def event_date(story: "_Story", sentence: str, interval: Optional[tuple], tw: Trigger, ts: int,
               te: Optional[int] = None, actor1: list[str] = ()) -> Dating:
    """The event's date (:func:`_dated`), closed by a length its clause tells when it has only a start: "the
    facility will be closed for two weeks starting today" runs two weeks from today, not on without end."""
    d = _dated(story, sentence, interval, tw, ts, te, actor1)
    if d.start and d.end is None and d.granularity in ("day", "time", None) and te is not None:
        s0 = story.sentence_start
        length = next((t for t in story.timexes if s0 + te <= t.start < s0 + te + 60 and t.type == "DURATION"
                       and t.value and _LENGTH_VALUE.match(t.value)
                       and _FOR_LENGTH.search(story.text, max(s0, t.start - 24), t.start)), None)
        if length is not None:
            m = _LENGTH_VALUE.match(length.value)
            days = int(m[1]) * (7 if m[2] == "W" else 1)
            end = (date.fromisoformat(d.start[:10]) + timedelta(days=days - 1)).isoformat()
            return replace(d, end=end, granularity="day",
                           why=d.why + f"; for '{length.text}' from then (to {end})")
    return d


def _dated(story: "_Story", sentence: str, interval: Optional[tuple], tw: Trigger, ts: int,
           te: Optional[int] = None, actor1: list[str] = ()) -> Dating:
    """The event's date: its clause's own dates; else before the publication ("previously",
    "had ..."); the publication ("has just ..."); the lead event's day while the story goes on
    from the lead; the day the sentence before named, for a simple past; the publication day
    (uncertain); or none. A statement of the speaker of the sentence before, itself dated by its own
    words, takes that date."""
    article, pub, lead = story.article, story.pub, story.lead
    if interval:
        d0, d1, gran, tx, how = interval
        lead_day = lead.date_start if lead is not None and lead.granularity in ("day", "time") else None
        # (the lead's day for a happening of the lead's kind: "warplanes hit the jetty in the afternoon",
        # after a sentence on yesterday's celebrations, in a report of today's raids)
        # (and of a happening the story dated by its own words on another day than its lead's: "The first attack
        # was in Al Noor Mosque at about 13:40 local time", after "charged ... pertaining to a mass shooting in
        # Christchurch on Friday" in the story of yesterday's court appearance)
        ground = _ground_day(story, sentence, tw, ts, lead) if gran == "time" else None
        day = (ground[1] if ground is not None
               else lead_day if lead_day and happening_kind(lead.type) == happening_kind(tw.type)
               else story.prev_day[0] if story.prev_day is not None else lead_day) if gran == "time" else None
        # the verb group (a noun's: the sentence up to the time, "an EF-0 tornado touched down ... at 9:17 a.m.")
        group = sentence[max(0, ts - 25):te] if tw.verb and te is not None else sentence[:tx.end - story.sentence_start]
        if gran == "time" and not day and d0 and d0[:10] == pub and _BARE_CLOCK.fullmatch(tx.text) \
                and _PAST_TENSE.search(group) and not PLANNED.search(group) and not HYPOTHETICAL.search(group):
            # (no day of a lead nor of the sentence before: the day the story named last before the sentence,
            # "Yesterday's rainstorms ... an EF-0 tornado touched down in Berkeley Heights at 9:17 a.m."; a noun's
            # tense is the sentence's up to the time)
            day = story.day_named_before(story.sentence_start)
        if day and d0 and d0 == d1 and d0[:10] == pub and day < pub and _BARE_CLOCK.fullmatch(tx.text) \
                and not PLANNED.search(group):      # (not "The mayor will speak at 3 p.m.")
            # "the attacks occurred at 4:00 A.M. local time", in a report of yesterday's attacks: a clock
            # time with no day of its own is of the day the story is telling, not the report's
            return Dating(day, day, "time", "context", tx.text, day + tx.value[10:],
                           f"'{tx.text}' in the sentence, a time of the day the story tells ({day}), not of the report")
        past_year = _narrative_year(story, sentence, tx, d0, ts, te if te is not None else ts, tw.verb)
        if past_year is not None:
            # "On November 21, he resigned", in a 2019 obituary after "In November 2017": a past
            # event told with a month and day is in the year the narrative is in, not ahead
            d0, d1 = f"{past_year}{d0[4:]}", (f"{past_year}{d1[4:]}" if d1 else d1)
            return Dating(d0, d1, gran, how, tx.text, f"{past_year}{tx.value[4:]}",
                           f"'{tx.text}' in the sentence, told in the past: the year of the narrative ({past_year})")
        back = past_weekday(story, sentence, tx, d0, ts, te if te is not None else ts, tw.verb)
        if back is not None and d1 == d0:
            # "expressed high hopes at a press briefing on Friday", published on a Monday: the Friday before
            return Dating(back, back, gran, how, tx.text, back,
                           f"'{tx.text}' in the sentence, told in the past: the "
                           f"{re.sub(r'(?i)^this ', '', tx.text)} before the publication")
        if gran == "week" and tx.text.lower() == "this week" and story.pub and d0 == story.pub \
                and _told_in_the_past(sentence, ts, te if te is not None else ts, tw.verb):
            # "This week saw a referendum", published on a Monday: the week that has passed, not the
            # one that begins with the report
            back0 = (date.fromisoformat(d0) - timedelta(days=7)).isoformat()
            back1 = (date.fromisoformat(d0) - timedelta(days=1)).isoformat()
            return Dating(back0, back1, "week", "range", tx.text, tx.value,
                           f"'{tx.text}' in the sentence, told in the past on the week's first day: the seven "
                           "days before the publication")
        if tx.text.lower() == "this weekend" and story.pub and d0 and d0 > story.pub \
                and date.fromisoformat(story.pub).weekday() in (0, 1) and not PLANNED.search(sentence) \
                and _told_in_the_past(sentence, ts, te if te is not None else ts, tw.verb):
            # "A memorial was held ... this weekend", published on a Monday: the weekend just passed (not a plan:
            # "the Wolves were set to play three times in three days this weekend", on a Thursday)
            back0 = (date.fromisoformat(d0) - timedelta(days=7)).isoformat()
            back1 = (date.fromisoformat(d1 or d0) - timedelta(days=7)).isoformat()
            if back1 <= story.pub:
                return Dating(back0, back1, gran, how, tx.text, tx.value,
                              f"'{tx.text}' in the sentence, told in the past: the weekend before the publication")
        if tw.type == "statement" and pub and d0 and d0[:10] > pub and tw.verb \
                and (tw.form.endswith("ed") or tw.form in ("said", "told", "wrote", "spoke")):
            # "The prime minister said that starting Wednesday, Britons will be allowed ...": a saying
            # told in the past was not made after the report; the day ahead is what it announces
            return event_date(story, sentence, None, tw, ts, te, actor1)
        rel = tx.start - story.sentence_start
        if how in ("range-open-end", "own-timex") and d0 and _AS_OF.search(sentence, max(0, rel - 16), max(0, rel)) \
                and story.first_day() and story.first_day() < d0 \
                and _told_in_the_past(sentence, ts, te if te is not None else ts, tw.verb):
            # "As of late Tuesday, 20 bodies had been recovered", "Phivolcs recorded 611 aftershocks as
            # of Saturday": a count up to that day, since the story's first day (not "as of Monday,
            # masks are required": from then on)
            first = story.first_day()
            return Dating(first, d1 or d0, "day", "range", tx.text, tx.value,
                           f"'{tx.text}' in the sentence: a count up to then, told in the past, since the "
                           f"story's first day ({first})")
        why = f"'{tx.text}' in the sentence ({tx.value}, {tx.resolution})"
        if how.startswith("range"):
            why += "; range " + how.replace("range-", "").replace("range", "from the sentence's dates")
        if how == "range-open-end" and story.pub and d0 and d0 <= story.pub \
                and (PRESENT_PERFECT.search(sentence, max(0, ts - 30), ts)
                     or not tw.verb and _PERFECT_AFTER_NOUN.match(sentence, te if te is not None else ts)):
            # ("Four earthquakes ... have hit the Bay of Plenty since midnight yesterday": a noun's verb)
            # "7,000 people have been detained since August 9": from then up to the report
            return Dating(d0, story.pub, gran, "range", tx.text, tx.value,
                           why.replace("; range open-end", "") + "; up to the publication (a present perfect)")
        return Dating(d0, d1, gran, how, tx.text, tx.value, why)
    close = _CLOSE_TO_THE_LEAD.search(sentence)
    if close is not None and lead is not None and lead.granularity in ("day", "time") and lead.date_start \
            and lead.modality == "asserted" and happening_kind(lead.type) != "statement" \
            and not any(a <= close.start() < b and not a <= ts < b for a, b in subordinate_spans(sentence)):
        # "An anonymous caller telephoned the news agency just before the explosion and said": the day of the
        # lead's happening, which the telling is right next to
        day = lead.date_start[:10]
        return Dating(day, day, "day", "context", lead.timex_text, lead.timex_value,
                      f"'{close.group(0)}': the day of the lead's {lead.trigger} ('{lead.timex_text}')", from_lead=True)
    if article.published and PRESENT_PERFECT.search(sentence, max(0, ts - 30), ts) and (
            _SINCE_AUX.search(sentence, max(0, ts - 30), ts) or _SINCE_START.search(sentence)):
        # "has since fled to Lithuania", "since the start of the campaign, 1,000 people have been
        # arrested": from a time the article does not date up to the report (its end, for an
        # article dated by its month)
        end = publication_span(article)[1]
        if lead is not None and lead.date_start and lead.date_start <= end and _SINCE_AUX.search(sentence, max(0, ts - 30), ts):
            return Dating(lead.date_start, end, "day", "story-span", lead.timex_text, lead.timex_value,
                           f"'has since ...': since the lead event ('{lead.timex_text}'), up to the publication")
        return Dating(None, end, None, "before-publication", None, "PAST_REF",
                       "'since the start of ...': from an undated start up to the publication")
    before_now = next((m for m in _BEFORE_NOW.finditer(story.unquoted(sentence, story.sentence_start))
                       if not _IN_A_NOUN_PHRASE.search(sentence, max(0, m.start() - 8), m.start())
                       and not _PAST_SPAN_AFTER.match(sentence, m.end())
                       # (a saying's is before its verb: not "Haughey said Ireland had in the past used ...")
                       and (tw.type != "statement" or m.start() < ts
                            # (or after a saying in the perfect, in its own clause: "Iran has condemned the attacks
                            # in the past")
                            or te is not None and m.start() >= te and PRESENT_PERFECT.search(sentence, max(0, ts - 30), ts)
                            and not _CLAUSE_OPENER.search(sentence, te, m.start())
                            and not _VERB_IN_GAP.search(sentence, te, m.start())) and not any(
        a <= m.start() < b and not a <= ts < b for a, b in subordinate_spans(sentence))), None)
    # (not a relative clause's: "Pier 1, which previously said it would close half its stores, now
    # plans to close all of them")
    if not before_now and _PLUPERFECT.search(sentence, max(0, ts - 30), ts) and lead is not None \
            and lead.type == tw.type and lead.granularity == "day" and lead.date_start \
            and SAYING_VERB.search(sentence, 0, ts):
        # "the spokesperson said the attack had killed twelve": the past of a saying, told of the
        # happening the story leads with, is that happening's day
        return Dating(lead.date_start, lead.date_start, "day", "context", lead.timex_text, lead.timex_value,
                       f"no date in the sentence; 'had ...' reported of the lead's {lead.trigger} ('{lead.timex_text}')",
                       from_lead=True)
    if not before_now and pub and tw.type == "statement" and te is not None:
        # "Matsuda said recently he was optimistic", "His petition said ...": said before the report, at a
        # time it does not give (a filing's words are of its filing), not on the dispatch's day
        before_now = _RECENTLY_AFTER.match(sentence, te) or _FILING_SUBJECT.search(sentence, max(0, ts - 40), ts)
    if not before_now and pub and not story.quoted(story.sentence_start + ts):
        # "Qawi was later accused of inciting the murder", "Mendez once told The Washington Post",
        # "Duterte threatened the network's franchise renewal before, after ...": an undated time
        # before the report, after what was told before (not the lead's day the telling carries)
        before_now = (_ONCE_LATER_BEFORE.search(sentence, max(0, ts - 40), ts)
                      if not _MODAL_BEFORE_ONCE.search(sentence, max(0, ts - 60), ts) else None) or (
            _RECENTLY_BEFORE.search(sentence, max(0, ts - 30), ts) if tw.verb else None) or (
            _BARE_BEFORE_AFTER.match(sentence, te) if te is not None and tw.verb else None)
    if not before_now and tw.type != "statement":
        # "He has already been found guilty of criminal charges": done before the report, at a time it does not give
        before_now = _ALREADY_PERFECT.search(sentence, max(0, ts - 30), ts)
    if (before_now or _PLUPERFECT.search(sentence, max(0, ts - 30), ts)) and pub:
        why = (f"'{(before_now.groupdict().get('adverb') or before_now.group(0)).strip().lower()}': some time "
               "before the publication date" if before_now
               else "'had ...': some time before the publication date")
        doc = before_now.groupdict().get("adverb") if before_now else None
        if doc and doc.lower() in LETTERS:
            # "Embassies received letters over the weekend ... . The letter said": written by the day the story
            # gave its sending or its arrival
            got = _document_day(story, doc.lower())
            if got is not None and got[0] <= pub:
                return Dating(None, got[0], None, "before-publication", None, "PAST_REF",
                              f"'the {doc.lower()}': written by the day the story gave it ('{got[1]}')")
            # (the words of the petition, the lawsuit: before the publication, below)
        later = bool(before_now and (before_now.groupdict().get("adverb") or "").lower() == "later")
        after = (story.prev_day[0] if story.prev_day else story.prev_event_day
                 or (lead.date_start[:10] if lead is not None and lead.date_start and lead.granularity in ("day", "time")
                     else None)) if later and not story.obituary() and not story.verdict_story \
            and not (lead is not None and lead.type == "legal") else None
        if after is not None and after[:10] < pub[:10]:
            # (not in an obituary, whose life is told after its death: "He later returned to Rhodesia", nor in a
            # verdict's story, whose case is told after its verdict: "was later accused of inciting the murder"; nor
            # after a day that is the report's own)
            # "Another later died", "was later hospitalized", "Officials later announced an arrest": after the day the
            # story told last (its lead's, or the sentence before's), up to the report — not any time before it
            return Dating(after[:10], pub, "day", "range", None, None,
                          f"'later': after the day told before ({after[:10]}), up to the publication", from_lead=True)
        # (what happened later in the story goes on where its lead happened: "he was later infected")
        adverb = (before_now.groupdict().get("adverb") or "").lower() if before_now else ""
        return Dating(None, pub, None, "before-publication", None, "PAST_REF", why,
                      from_lead=adverb == "later", lately=adverb == "recently")
    perfect = PRESENT_PERFECT.search(sentence, max(0, ts - 30), ts) if tw.type == "statement" and pub else None
    if perfect is not None and not _JUST.search(sentence, max(0, ts - 30), ts) and (
            story.reporters_place is not None or story.sentence_start > story.sents[0][0]
            and _people_subject(story, sentence[max(0, perfect.start() - 60):perfect.start()])
            and not _OF_THE_STORYS_HAPPENING.search(sentence) and not _SINCE.search(sentence)
            and not _NOW_BEFORE.search(sentence, 0, ts)):
        # "JOHANNESBURG, April 21 - ... Foreign Minister Pik Botha has alleged that ...": said some time
        # before the dispatch, which does not say when (not on the dispatch's day, as its other words). In an
        # article without a dateline, what a person or a group of people has said ("President Trump has said
        # he will not approve a budget", "Groups focused on climate change have criticized such ideas"), but
        # not the lead's news told in the present perfect ("Foreign Secretary Dominic Raab has called for fresh
        # elections"), nor a company's or a body's ("Airbus has announced 10,000 job cuts": the news of the
        # day), nor words of a happening of the story ("the residents have blamed the fire on ...", said in
        # the story's days)
        return Dating(None, pub, None, "before-publication", None, "PAST_REF",
                      "'has ...': said some time before the publication date")
    if _JUST.search(sentence, max(0, ts - 30), ts) and article.published:
        # "has just launched": the time of publication, at its own precision (the month of
        # an article dated by month), not the day of the story's lead
        d0, d1, gran = publication_span(article)
        return Dating(d0, d1, gran, "publication", None, None, "'has just ...': the time of publication")
    study = _study_day(story) if tw.type == "statement" and pub and (
        _STUDY_VOICE_BEFORE.search(sentence, max(0, ts - 40), ts)
        or te is not None and _STUDY_VOICE_AFTER.match(sentence, te)) else None
    if study is not None:
        # "Taken together, these three clues could ..., the authors wrote", after "a study published on Thursday":
        # what a study's authors wrote is of the day the story gave the study
        return Dating(study[0], study[0], "day", "context", study[1], study[0],
                      f"no date in the sentence; the study's words, of the day the story gave it ('{study[1]}')")
    doc = story.prev_document
    if tw.type == "statement" and doc is not None and (_IT_BEFORE.search(sentence, 0, ts)
                                                        or te is not None and _IT_AFTER.match(sentence, te)
                                                        and _AFTER_ITS_WORDS.search(sentence, 0, ts)):
        # "The letter said ... . Over 25,000 tonnes were required, it said": the same document goes on
        return Dating(doc.date_start, doc.date_end, doc.granularity, doc.date_resolution, doc.timex_text,
                       doc.timex_value, doc.why_date)
    prev = story.prev_statement
    shared = set(actor1) & set(prev.actor1) if prev is not None else set()
    named = set(actor1) & set(prev.actors) & story.person_names if prev is not None else set()
    prev_goes_on = bool(shared and _GOES_ON.search(sentence, max(0, ts - 14), ts) or named
                        # "On Monday, Magyar Nemzet revealed a deal ... . Hirtenberger also acknowledged
                        # the deal": another speaker's words on the same occasion
                        or prev is not None and prev.date_resolution == "own-timex"
                        and _ALSO_BEFORE.search(sentence, max(0, ts - 6), ts))
    if story.prev_day is not None and _THEN_OPENS.match(sentence):
        # "On October 6, Trump and Erdoğan spoke on the phone. Then both nations issued statements":
        # what comes next in the telling, from the day named before
        d0, d1, gran, tx_text, tx_value = story.prev_day
        return Dating(d0, d1, gran, "context", tx_text, tx_value,
                       f"no date in the sentence; 'then' goes on from the sentence before ('{tx_text}')")
    if tw.type == "statement" and prev_goes_on:
        # (a person named again: "China hit back on Tuesday with its spokesman, Zhao Lijian, saying
        # ... . Zhao told a regular briefing ...")
        # "Mitsotakis said on Tuesday ... . The border issue is the main difference, he added.":
        # the same speaker goes on, the same day
        return Dating(prev.date_start, prev.date_end, prev.granularity, "context", prev.timex_text,
                       prev.timex_value, f"no date in the sentence; the same speaker's words of the sentence "
                       f"before ('{prev.timex_text}')")
    occ = story.occasion
    if tw.type == "statement" and occ is not None and (
            set(actor1) & set(occ.actors)
            # ("At a press conference yesterday, a Ministry spokesman reported ... , the spokesman said": the same
            # speaker, named again by the definite noun)
            or story.occasion_noun is not None and speaker_noun(sentence, ts, te if te is not None else ts) == story.occasion_noun
            and _THE_BEFORE_NOUN.search(sentence, max(0, ts - 40), ts + 40)):
        # "Company officials expressed high hopes at a press briefing on Friday. John Sculley, Apple
        # chairman, declined to estimate sales": said at that occasion, by one of its people
        return Dating(occ.date_start, occ.date_end, occ.granularity, "context", occ.timex_text, occ.timex_value,
                       f"no date in the sentence; said at the occasion named before ('{occ.timex_text}')")
    if tw.type == "statement" and pub and _PRESENT_SAYING.fullmatch(tw.form):
        # "The Investigative Committee says it has found no trace of explosives": a saying in the
        # present is the report's, as of its day — not the day of the lead's collapse; in a report
        # written days after its story began, said since then
        if story.late_report():
            first = min(story.first_day() or lead.date_start, lead.date_start)
            return Dating(first, pub, "day", "story-span", None, None,
                           f"no date in the sentence; a saying in the present, since the story's first day ({first})")
        return Dating(pub, pub, "day", "publication", None, None,
                       "no date in the sentence; a saying in the present, as of the report")
    if tw.type == "statement" and pub and story.reporters_place is not None and story.reporters_day == pub:
        # "WELLINGTON, March 3 - ... following yesterday's quake ... civil defence sources said": a
        # reporter's dispatch gathers its words on the day it names, whatever day its lead tells
        return Dating(pub, pub, "day", "publication", None, None,
                       f"no date in the sentence; said on the day of the report datelined "
                       f"'{story.reporters_place.text}' (uncertain)")
    if story.narrative is not None and tw.type != "statement" and tw.form not in TESTIFY and _simple_past(sentence):
        d0, d1, gran, tx_text, tx_value = story.narrative
        return Dating(d0, d1, gran, "context", tx_text, tx_value,
                       f"no date in the sentence; the narration goes on from the day named before ('{tx_text}')")
    if lead is not None and (lead.type == "legal" or story.verdict_story) and lead.date_start:
        # a verdict's story: what the case was about happened on the case's date; what was said to
        # the court and testified, during the trial, before the verdict (even after a sentence that
        # told the crime's day: "... shot Carson. Witnesses testified that ...")
        if lead.trigger.lower() in _VERDICTS and tw.type in ("legal", "arrest") and not story.prev_dated \
                and (tw.form.lower() in _BEFORE_A_VERDICT or tw.form.lower().startswith(_PLEAS)) \
                and not _AFTER_THE_VERDICT.search(sentence, te or ts) and not _COUNTED_FROM.search(sentence, 0, ts):
            # "Yesterday, a jury convicted Avenatti ... . Avenatti pled not guilty to the charges. Avenatti was
            # charged with three crimes. The trial was held in Manhattan": the steps of the case before its
            # verdict, at a time the story does not give
            return Dating(None, lead.date_start, None, "before-publication", None, "PAST_REF",
                           f"no date in the sentence; a step of the case before its verdict ('{lead.trigger}', "
                           f"{lead.date_start})", from_lead=True)
        if tw.type not in ("legal", "statement") and story.case_date is not None and not story.prev_dated:
            d0, d1, gran, tx_text, tx_value = story.case_date
            return Dating(d0, d1, gran, "context", tx_text, tx_value,
                           f"no date in the sentence; the case the verdict judged ('{tx_text}' in the lead)",
                           from_lead=True)
        if tw.form in TESTIFY or tw.type == "statement" and (
                # "The defendants claimed ...", "Quirin denied any sexual activity": a defence, made
                # in the case before its verdict (not "told reporters after the verdict")
                (tw.form in _DEFENCE_VERBS or tw.form in _CASE_VERBS and lead.trigger.lower() in _VERDICTS)
                and not _AFTER_THE_VERDICT.search(sentence, te) or
                _TO_THE_COURT.match(sentence, te)
                # "The head of the internal investigators told the court ... . She also said ...": the
                # same witness goes on
                # (not "She told a guard at the door ...": what she told of the night of the case)
                or story.trial_words_before and tw.form in _SAY_ON and _GOES_ON.search(sentence, max(0, ts - 14), ts)):
            length = next((m for m in _TRIAL_LENGTH.finditer(story.text) if parse_number(m.group(1))), None)
            if length:      # "protected during the three-week trial": the trial's weeks up to the verdict
                days = int(parse_number(length.group(1))) * {"day": 1, "week": 7, "month": 30}[length.group(2).lower()]
                d0 = (date.fromisoformat(lead.date_start) - timedelta(days=days)).isoformat()
                return Dating(d0, lead.date_start, "day", "range", None, None,
                               f"no date in the sentence; said at the {length.group(0)}, up to the verdict",
                               from_lead=True, at_trial=True)
            return Dating(None, lead.date_start, None, "before-publication", None, "PAST_REF",
                           "no date in the sentence; said at the trial, before the verdict", from_lead=True,
                           at_trial=True)
    if tw.type == "statement" and lead is not None and lead.granularity in ("day", "time") and lead.date_start and pub \
            and lead.date_start[:10] <= pub and (date.fromisoformat(pub) - date.fromisoformat(lead.date_start[:10])).days <= 7 \
            and not story.prev_dated and any(story.quoted(story.sentence_start + m.start())
                                             for m in _TODAY_WORD.finditer(sentence)):
        # words that say "today" of the news ('"Today, I signed into law the Alabama Human Life Protection Act"',
        # '"Today's Court of Session judgment is of huge constitutional significance"', '"the incident that occurred
        # this afternoon on Main Street"'): said on the lead's day
        return Dating(lead.date_start[:10], lead.date_start[:10], "day", "context", lead.timex_text, lead.timex_value,
                      f"no date in the sentence; the words say 'today' of the lead's {lead.trigger} "
                      f"('{lead.timex_text}'): said that day", from_lead=True)
    first = story.told_later_than(lead.date_start, story.sentence_start) if (
        lead is not None and not story.prev_dated and tw.type == "statement" and lead.granularity == "day"
        and lead.date_start and pub and lead.date_start < pub
        and not _GOES_ON.search(sentence, max(0, ts - 14), ts)) else None
    if first is not None:
        # the telling has gone past the lead's day ("Regional governor Boris Dubrovsky said", after
        # "rescuers ended their work yesterday", four days after the collapse): an undated saying was
        # said between the lead's day and the report, not on the lead's day (but "He claimed" goes
        # on with the speaker before); after the day its own sentence names ("officials told state
        # media, adding that rescuers ended their work yesterday")
        since = "the lead's day" if first == lead.date_start else "the day the sentence tells of"
        return Dating(first, pub, "day", "story-span", None, None,
                       f"no date in the sentence; said between {since} ({first}) and the publication, the story "
                       "having told past its lead's day (uncertain)")
    earlier = story.lead_tells_earlier_day() if tw.type == "statement" and lead is not None \
        and lead.type not in ("statement", "meeting") and not story.prev_dated else None
    if earlier is not None and pub:
        # "On Saturday, aftershocks of a powerful earthquake that struck on Wednesday ...": the story
        # began before its lead's day; an undated saying is of any day since, up to the report
        return Dating(earlier, pub, "day", "story-span", None, None,
                       f"no date in the sentence; said between the story's first day ({earlier}), which the lead "
                       "names, and the publication (uncertain)")
    ground = _ground_day(story, sentence, tw, ts, lead)
    if ground is not None:
        # "Police alleged the accused performed two attacks", "arrested 36 minutes after the mass shooting",
        # in the story of a court appearance of yesterday: the day the story told that happening, not the lead's
        return Dating(ground[1], ground[1], "day", "context", None, None,
                      f"no date in the sentence; the day the story told the {ground[0]} ({ground[1]})")
    game = story_game_day(story) if tw.type == "sport" and _simple_past(sentence) else None
    if game is not None:
        # a sports report names its game's day with a possessive ("Wednesday's edition of the All-Star Game"): what
        # the report tells of the game, undated, happened that day ("the MLS All-Stars claiming a 2-1 comeback victory")
        return Dating(game.date_start, game.date_start, "day", "context", game.text, game.value,
                      f"no date in the sentence; the day of the story's game ('{game.text}')")
    planned_here = PLANNED.search(sentence[max(0, ts - 25):te if te is not None else ts])
    if lead is not None and not story.prev_dated and not (
            pub and lead.date_start and lead.date_start[:10] > pub and lead.modality == "planned" and not planned_here) \
            and not (planned_here and pub and lead.date_start and lead.date_start[:10] < pub):
        # (nor a past lead's day for what is yet to come: "AIG CEO Robert Willumstad will step down", after "Last
        # night, the federal government gave AIG a new lease on life")
        # (not a planned lead ahead of the report for what is told in the past: "Wednesday's contest", in a
        # report of Tuesday, does not date "Rwasa said in a telephone interview")
        gran = "day" if lead.granularity == "day" else lead.granularity
        d1 = lead.date_start if gran == "day" else lead.date_end
        if tw.type == "statement" and pub and gran in ("day", "time") and lead.date_start and lead.date_start[:10] < pub \
                and (lead.type != "statement" or _another_speaker(story, actor1, lead)) \
                and story.lead_sentences(bisect_right(story.sents, story.sentence_start, key=lambda x: x[0]) - 1) >= 1 \
                and not _GOES_ON.search(sentence, max(0, ts - 14), ts) \
                and not _RIGHT_AFTER_IT.search(sentence) \
                and not (lead.type == "legal" and tw.form in ("wrote", "writes", "ruled", "declared", "held", "stated")) \
                and not (tw.form.startswith("claim") and _CLAIMED_IT.match(sentence, te or ts)):
            # (but a reaction "after the run", a judge's opinion "wrote", a claim of the attack are of the
            # happening's day: "Kipchoge thanked his pacemakers after the run")
            # an undated saying told after the lead of a report written days later ("Puri stated", "the health
            # minister said", after "the plane overshot the runway yesterday"): said since the lead's happening,
            # up to the report — not on its day, which the telling does not give
            if lead.type in GATHERINGS and AT_THE_GATHERING.search(sentence):
                # "Flynn ... urged the crowd", "Gorka also spoke in the rally", in the report of Saturday's rally
                # written on Tuesday: said at the gathering the story leads with, on its day
                return Dating(lead.date_start[:10], lead.date_start[:10], "day", "context", lead.timex_text,
                              lead.timex_value, f"no date in the sentence; said at the lead's {lead.trigger} "
                              f"('{lead.timex_text}'), to its crowd", from_lead=True)
            back = story.told_earlier_than(lead.date_start[:10])
            if back is not None:
                # (after the telling went back to an earlier day of the story — "she left the country, police
                # revealed on Saturday", after Monday's lead —, what is said next may be of any day since then)
                return Dating(back, pub, "day", "story-span", None, None,
                              f"no date in the sentence; said between the day the story last told ({back}), before "
                              "its lead's, and the publication (uncertain)", from_lead=True)
            return Dating(lead.date_start[:10], pub, "day", "story-span", lead.timex_text, lead.timex_value,
                          f"no date in the sentence; said between the lead's day ('{lead.timex_text}') and the "
                          "publication (uncertain)", from_lead=True)
        return Dating(lead.date_start, d1, gran, "context", lead.timex_text, lead.timex_value,
                       f"no date in the sentence; carried from the lead event ('{lead.timex_text}')",
                       from_lead=True)
    if lead is not None and tw.type == "sport" and lead.type == "sport" and lead.granularity in ("day", "time") \
            and lead.modality == "asserted" and _simple_past(sentence):
        # a match report tells one match: "Germany obliterated Brazil 7-1", paragraphs after "Tuesday's
        # World Cup semi-final", is of the lead's day, whatever dates the sentences between named
        return Dating(lead.date_start, lead.date_start, "day", "context", lead.timex_text, lead.timex_value,
                      f"no date in the sentence; the match of the story's lead ('{lead.timex_text}')", from_lead=True)
    if story.prev_day is not None and lead is not None and lead.granularity in ("day", "time") and lead.date_start \
            and tw.type in _ON_THE_GROUND and happening_kind(lead.type) == happening_kind(tw.type) \
            and lead.date_start != story.prev_day[0] and SAYING_VERB.search(sentence, 0, ts):
        # "A high command communique said warplanes hit the western jetty", after a sentence on
        # yesterday's celebrations, in a report of today's raids: what a saying reports of the lead's
        # kind is the lead's happening, on its day
        return Dating(lead.date_start, lead.date_start, "day", "context", lead.timex_text, lead.timex_value,
                      f"no date in the sentence; reported like the lead's {lead.trigger} ('{lead.timex_text}')",
                      from_lead=True)
    if story.prev_day is not None and tw.type != "statement" and _simple_past(sentence):
        # (a statement, or "have been arrested", is news of the publication day)
        # the story goes on from the sentence before, which named its day ("... on the
        # evening of November 11, he headed out. The men beat Bondarenka ...")
        d0, d1, gran, tx_text, tx_value = story.prev_day
        return Dating(d0, d1, gran, "context", tx_text, tx_value,
                       f"no date in the sentence; carried from the sentence before ('{tx_text}')")
    if tw.type == "statement" and story.late_report():
        # a report written days after its story began ("On Wednesday, Turkey began an offensive",
        # published the next Tuesday): what someone said, undated, was said since then
        first = min(story.first_day() or lead.date_start, lead.date_start)
        named = _named_happening_day(story, sentence, te, first, pub)
        if named is not None:
            # "Erdoğan said the invasion was ...", "declared that Soleimani was martyred by the
            # airstrike": said after the happening its words name, which the story dated
            return Dating(named[1], pub, "day", "story-span", None, None,
                           f"no date in the sentence; said between the day of the {named[0]} it speaks of "
                           f"({named[1]}) and the publication (uncertain)")
        return Dating(first, pub, "day", "story-span", None, None,
                       f"no date in the sentence; said between the story's first day ({first}) "
                       "and the publication (uncertain)")
    if pub and PLANNED.search(sentence[max(0, ts - 25):te if te is not None else ts]):
        # "now plans to close all of its locations": from the report on, at a day it does not give
        return Dating(pub, None, "day", "range-open-end", None, None,
                       "planned, with no date in the sentence or its context: from the publication on")
    if pub:
        return Dating(pub, pub, "day", "publication", None, None,
                       "no date in the sentence or its context; the publication date (uncertain)")
    return Dating(None, None, None, "none", None, None, "no date found")


# a happening told as soon after (or before) another: "36 minutes after the mass shooting"
_SOON_AFTER = re.compile(r"\b(?:minutes|hours|moments|shortly|soon|just|immediately)\s+(?:after|before)\s+the\s+"
                         r"((?:[\w-]+\s+){0,2}[a-z-]+)\b")


def _ground_day(story, sentence: str, tw: Trigger, ts: int, lead) -> Optional[tuple[str, str]]:
    """The word and the day of a happening on the ground the story dated by its own words on another day
    than its lead's, for an undated event that is that happening (of its type) or that came right after it
    ("arrested 36 minutes after the mass shooting"); or None."""
    if lead is None or not lead.date_start or tw.type == "statement":
        return None
    soon = _SOON_AFTER.search(sentence.lower())
    named = next(((w, t) for w in soon.group(1).split() if (t := TRIGGERS.get(w)) is not None), None) \
        if soon is not None else None
    if named is not None and named[1].type in _ON_THE_GROUND:
        kind, word = named[1].type, named[0]
    elif tw.type in _ON_THE_GROUND and lead.type != tw.type:
        kind, word = tw.type, tw.form
    else:
        return None
    days = [d for d in story.told_days.get(kind, ()) if d != lead.date_start[:10] and (not story.pub or d <= story.pub)]
    return (word, days[0]) if days else None


# happenings on the ground, which a report tells again in its sayings (not business or politics, whose
# sayings report other deals and decisions)
_ON_THE_GROUND = frozenset(("military", "violence", "disaster", "accident"))


# a saying right after the happening it answers: "after the run", "following the attack"
_RIGHT_AFTER_IT = re.compile(r"\b(?:after|following)\s+(?:the|his|her|their|its|today's|tonight's|yesterday's)\s+"
                             r"(?:[\w-]+\s+)?(?:run|race|game|match|win|victory|defeat|loss|final|fight|attack|attacks|"
                             r"strike|bombing|shooting|crash|verdict|ruling|decision|vote|election|launch|speech)\b", re.I)
_CLAIMED_IT = re.compile(r"\s+(?:responsibility|the\s+(?:attack|attacks|bombing|strike|strikes))\b", re.I)


# how long the trial lasted ("the three-week trial")
_TRIAL_LENGTH = re.compile(r"\b([a-z]+|\d{1,2})[- ](day|week|month)[- ](?:long\s+)?trial\b", re.I)


# what was said at a trial: testimony, and words told to the court or the jury
TESTIFY = frozenset("testified testify testifies testifying".split())


# "today" in a speaker's words, the day of the saying: "Today, I signed", "Today's judgment" (not "today's world")
_TODAY_WORD = re.compile(r"\b(?:[Tt]oday\b(?!['’]s\s+(?:world|society|standards|terms|dollars|economy|climate|media|"
                         r"young|youth|children|kids|generation|market|game|technology|politics))|"
                         # (or a part of the day: '"the incident that occurred this afternoon on Main Street"')
                         r"[Tt]onight\b(?!\s+Show)|[Tt]his\s+(?:morning|afternoon|evening)\b)")


def _another_speaker(story, actor1, lead) -> bool:
    """Whether the speakers of ``actor1`` are none of the lead's actors: words of another than who spoke in the lead
    ("Labour Party leader Jeremy Corbyn called the move ...", after "Prime Minister Boris Johnson announced"), a
    reaction of some day since, not the lead's saying told on (nor the words of the lead's body's spokesman: "the
    Pentagon ... Pentagon press secretary Geoff Morrell said"). An organisation is compared by its whole name ("Labour
    Party" is not "Conservative Party"), any other speaker by surname."""
    key = lambda a: a.lower() if a in story.organisation_names else surname_key(a)
    lead_names = {key(a) for a in list(lead.actors) + list(lead.actor1)}
    return bool(actor1) and not any(key(a) in lead_names for a in actor1)


def happening_kind(event_type: str) -> str:
    """What a saying's word may name of the story's happenings: a conflict's or a disaster's by
    its family ("the airstrike" of a killing), the rest by their own type."""
    fam = FAMILY_OF[event_type]
    return fam if fam in ("Conflict & security", "Disasters & accidents") else event_type


def _named_happening_day(story, sentence: str, te: int, first: str, pub: str) -> Optional[tuple[str, str]]:
    """The word and the first day of a happening that a saying's words name (after its verb) and
    that the story dated by its own words in its days ('the invasion', 'the airstrike'), when it
    is after the story's first day."""
    best = None
    low = sentence.lower()
    for s, e, kind in table_words(low, te):
        if kind in ("statement", "meeting") or story.quoted(story.sentence_start + s):
            continue
        # the happening told with the same word ("the airstrike"), else of the same type, else kind
        days = next(([d for d in story.told_days[k] if first <= d <= pub]
                     for k in (low[s:e].rstrip("s"), kind, happening_kind(kind)) if k in story.told_days), [])
        if days and (best is None or min(days) > best[1]):
            best = (sentence[s:e], min(days))      # (the offensive's first day: "the invasion")
    return best if best is not None and best[1] > first else None


_DEFENCE_VERBS = frozenset("denied denies claimed insisted maintained contended".split())
# ... and, in the story of a verdict, what the parties argued ("The government accused Avenatti of ...", "His
# legal team argued ...")
_CASE_VERBS = frozenset("argued suggested accused alleged".split())
# a verdict, and the steps of its case that come before it
_VERDICTS = frozenset("convicted acquitted found guilty sentenced".split()) | {"found guilty", "found not guilty"}
_BEFORE_A_VERDICT = frozenset("charged indicted arraigned arrested trial pled plea".split())
_PLEAS = ("pled ", "pleaded ", "pleads ")
# a time counted from the one told before: "Minutes later the businessman was arrested"
_COUNTED_FROM = re.compile(r"\b(?:seconds?|minutes?|hours?|moments?|days?|weeks?)\s+(?:later|after|afterwards)\b", re.I)
_AFTER_THE_VERDICT = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?:verdict|ruling|sentencing|sentence|decision|conviction)\b",
                                re.I)


# the words of a witness going on: "She also said", "he added"
_SAY_ON = frozenset("said added explained noted stated insisted".split())


_TO_THE_COURT = re.compile(r"\s+(?:the\s+)?(?:court|jury|jurors|judge|tribunal)\b", re.I)


# a verb of saying in the present tense
_PRESENT_SAYING = re.compile(r"(?:says|say|tells|argues|claims|insists|believes|notes|writes|reports|warns|maintains)")


# what comes next in the telling: "Then both nations issued statements"
_THEN_OPENS = re.compile(r"\s*(?:Then|Soon after|Shortly after(?:wards)?|Moments later|Minutes later)\b,?")


_ALSO_BEFORE = re.compile(r"\balso\s+$")


_GOES_ON = re.compile(r"\b(?:he|she|He|She)\s+(?:also\s+|later\s+|then\s+)?$")


