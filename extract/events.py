"""Event assembly: the events of each sentence that has a trigger, with their date interval,
place and actors (in their roles), and the reason for each attachment.

* **Which events**: the first verb trigger (``data/triggers.tsv``), not a verb form used as a
  noun or an adjective, nor an idiom ("numerous calls", "1,124 pledged delegates", "meet
  demand"); else a reporting verb, which makes a statement, plus the event it reports
  (modality ``reported``); else the first noun trigger. A sentence with no date of its own
  that tells what is generally so ("Russia provides it with cheap fuel", "has long pushed
  for") or names an event only inside a phrase about something else ("the fraud at the heart
  of the elections") makes no event.
* **Date**: the dates of the trigger's clause, not those of a relative clause ("who has ruled
  since 1994") nor those that date another event noun ("the August 9 election"); "until Sept.
  25" ends a range that starts at the sentence's other date, else it is open. Without one: the
  article's lead date when the sentence continues the lead story (``context``); the day the
  sentence before named, for a simple past that goes on with the story; before the publication
  date for "previously"; else the publication date, flagged (``publication``).
* **Place**: places introduced by a locative preposition ("in", "at", "resort of"; "to" only for
  a movement) — not the dateline, not a place inside an organisation's name; the most precise
  one wins, and a country is refined by a city of that country named in the next sentence
  ("flew to Russia ... in the Black Sea resort of Sochi"); else the lead event's place for its
  story, or the country of a people acting at home ("the Belarusian people went to the polls").
* **Actors**: canonical names of the actors mentioned in the sentence, who acted (``actor1``)
  and who was acted upon (``actor2``); "the two countries" takes the countries of the
  previous sentence; a state organ brings its country in.
* **Modality** (``modality.py``) and what a sentence hands on to the next (``narration.py``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left
from datetime import date, timedelta
from typing import Optional

from .schema import Actor, Article, Event, Place, Timex, make_event_id
from .actors import states_of
from .confidence import confidence
from .clausedates import (clause_interval, clause_own_dates, counted_later, dated_noun as _dated_noun, noun_before_date,
                          is_dated as _dated)
from .saydates import SAME_DAY, SINCE_BEFORE, colon_clause, gerund_dates, saying_dates
from .retold import told_again
from .eventplace import DEPARTURE_FORMS, event_place, speaker_place
from .storyplace import LEAD_SENTENCES, ROLE_AFTER_NAME, ROLE_BEFORE_NAME, STORY_KINDS
from .placecands import headline_places, lead_town, main_place
from .homes import outlet_home_setting
from .dating import (Dating as _Dating, PRESENT_PERFECT as _PRESENT_PERFECT,
                     event_date as _event_date, happening_kind,
                     publication_span as _publication_span)
from .sentences import split_sentences
from .roles import actor_roles
from .summary import what_happened
from .predicates import gerund_phrases
from .generic import generic
from .textutil import lower_keeping_offsets, quotation_spans
from .domains import article_domain
from .triggers import Trigger, pick_triggers, subordinate_spans
from .modality import event_modality as _event_modality
from .narration import carry_on as _carry_on
from .tenses import PLANNED

TWO_COUNTRIES = re.compile(r"\b(?:the|both) (?:two )?(?:countries|states|nations|sides)\b", re.I)


_IF = re.compile(r"\bif\b", re.I)
# the lead's source, a news agency or a broadcaster: "the Emirates news agency, WAM, reported"
_AGENCY_SOURCE = re.compile(r"\b(?:news\s+agency|press\s+agency|agency|radio|television|newspaper)\b[^.]{0,40}?"
                            r"\b(?:reported|said|quoted|announced)\b", re.I)
# the words of a state's attack ("an Iranian attack", "Iran attacked")
_STATE_ATTACK = re.compile(r"attack(?:ed|s)?|offensives?|assaults?|assaulted|thrust|invaded|invasion|incursions?|"
                           r"shelled|shelling|bombarded|bombardment|repelled|repulsed|captured|recaptured|foiled")
# a state's forces before their verb: "saying its forces had captured an important defensive line"
_STATE_FORCES_BEFORE = re.compile(r"\b(?:its|their|[A-Z][a-z]+)\s+(?:armed\s+)?(?:forces|troops|army|soldiers)\s+"
                                  r"(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")
# a dateline over a story compiled from agencies' reports ("MOSCOW (Dispatches) --") names no reporter's place
_COMPILED = re.compile(r"\((?:Dispatches|Agencies|Wires?|Combined|Staff and agencies)\b", re.I)
# an event noun inside a phrase about something else ("fraud at the heart of the elections",
# "an investigation into the elections", "under the agreement"): without a date of its own, not an
# event of its own
# (not "was the target of an attack", "the scene of a shooting": the sentence tells that happening)
_EMBEDDED_NOUN = re.compile(r"\b(?:(?<!target )(?<!scene )(?<!site )(?<!victims )(?<!victim )of|into|about|following|after|surrounding|throughout|over|against|under|"
                            r"with|amid|(?:response|due|related|linked) to)\s+"
                            r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,5}$", re.I)


_TALLY = re.compile(r"\b(?:million|thousands?|hundreds|so far|to date|in total|globally|worldwide|"
                    r"more than \d[\d,.]*|at least \d[\d,.]*)\b", re.I)
_PERFECT_GROUP = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?$", re.I)


# a place left in a state, not a departure: "left Faya-Largeau isolated and encircled", "left Gaza in ruins"
_LEFT_IN_A_STATE = re.compile(r"\s+(?:[a-z]+(?:ed|en)\b|dead|homeless|stranded|alone|empty|without|in\s+(?:ruins|shock|"
                              r"darkness|mourning|chaos))")
# a clause with a subject of its own after "while": where the clause before ends
_WHILE_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s+(?=[A-Z])")
# what opens a verb phrase coordinated with the one before, without a subject of its own
_NO_SUBJECT = re.compile(r"(?:,\s*|\s*)(?:and|then)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?")


# the town someone comes from, before it: "An Italian tourist from Milan"
_FROM_BEFORE = re.compile(r"\bfrom\s+$")


def assemble_events(article: Article, timexes: list[Timex], places: list[Place],
                    actors: list[Actor], in_org: list[Place] = (), capitals: Optional[dict] = None) -> list[Event]:
    """Events of an article; ``in_org`` are the places named inside organisations' names
    ("U.S." in "U.S. Department of the Treasury"): never where the event happened, but they
    bring their country in as an actor when the organisation is a state organ. ``capitals``
    maps a country mention's start to its capital ("the Belarusian capital": Minsk), where an
    event placed there happened.

    Sentence by sentence (:func:`_sentence_events`): the triggers (:func:`_pick_triggers`),
    then for each its clause's dates (:func:`extract.saydates.saying_dates`), actors (:func:`_clause_actors`),
    date (:func:`_event_date`), place (:func:`extract.eventplace.event_place`) and modality; what the story
    carries to the next sentence (the lead event, the countries, the day named) is :class:`_Story`."""
    story = _Story(article, timexes, places, actors, in_org, capitals or {})
    events: list[Event] = []
    for si, (s, e) in enumerate(story.sents):
        if e > article.dateline_end:
            events.extend(_sentence_events(story, si, max(s, article.dateline_end), e))
    return _done_by_publication(story.pub, told_again(story, events))


def _done_by_publication(pub: Optional[str], events: list[Event]) -> list[Event]:
    """What the article tells as done, not planned, happened by its publication: an interval that runs
    past it ("this week" in a Friday's story, "this year") ends there."""
    if not pub:
        return events
    return [replace(ev, date_end=pub, why_date=ev.why_date + "; up to the publication")
            if ev.modality != "planned" and ev.date_start and ev.date_end and ev.date_start[:10] <= pub < ev.date_end[:10]
            else ev for ev in events]


def _day_of(t: Timex) -> Optional[str]:
    """The day a timex names ("2020-01-08", also of "2020-01-08T09:17"), or None when it names no day."""
    v = t.value
    return v[:10] if v and len(v) >= 10 and v[4] == "-" and v[7] == "-" else None


class _Story:
    """An article's mentions, sorted for look-ups by sentence, and what the assembler carries
    from one sentence to the next: the lead event, the countries named last, whether the
    sentence before had a date of its own and the day it named."""

    def __init__(self, article: Article, timexes, places, actors, in_org, capitals: dict):
        self.article, self.text, self.in_org, self.capitals = article, article.text, in_org, capitals
        self.sents = split_sentences(article.text)
        self.arson = _tells_arson(article.text, self.sents)     # a story of a fire set on purpose
        self.domain = article_domain(article.text)      # the type of verbs in no row, failing their sentence's
        self.governors: Optional[frozenset] = None      # surnames named with a governor's title (eventplace)
        self.mayors: Optional[frozenset] = None         # ... and with a mayor's title, no town before it
        self.office_places: Optional[dict] = None       # surname → the place of the office named before it
        self.company_seats: Optional[dict] = None       # a company's first word → the town it is based in
        self.introduced_as: dict[str, bool] = {}        # surname → whether the story introduced them as an outside voice
        self.introduced_office: dict = {}       # surname → the national office the story first named them with, or None
        self.foreign_speakers: set[str] = set()         # speakers who spoke of the story's country as a topic
        self.game_day = None                            # a sports report's game day (dating.story_game_day)
        self.pub = article.published[:10] if article.published and article.published_granularity in (
            "day", "minute") else None
        self.timexes, self.places, self.actors = (sorted(x, key=lambda m: m.start) for x in (timexes, places, actors))
        self.t_starts, self.p_starts, self.a_starts = ([m.start for m in x]
                                                       for x in (self.timexes, self.places, self.actors))
        self.lead: Optional[Event] = None
        self.prev_countries: list[str] = []
        self.prev_dated = False
        self.prev_day: Optional[tuple] = None     # the day the sentence before named, if it named one
        self.prev_event_day: Optional[str] = None     # the day of the sentence before's last event, if of one day
        self.narrative: Optional[tuple] = None    # that day, kept through sentences with neither events
        self.quiet = 0                            # nor dates (how many)
        self._first: Optional[int] = None
        self.dateline_place = next((p for p in self.places if p.start < article.dateline_end), None)
        # a reporter's dateline names the place and the day ("NEW YORK, Oct 19 -"): what was said
        # that day was gathered there
        self.reporters_place = self.dateline_place if any(
            t.start < article.dateline_end for t in self.timexes) or (
            article.dateline_end and not _COMPILED.search(article.text, 0, article.dateline_end)) else None
        # "IRNA, in a report received in London, said": the dateline is where the words were received, not said
        self.relayed = self.dateline_place is not None and re.search(
            r"\b(?:received|monitored|heard|picked\s+up)\s+(?:here|in\s+" + re.escape(self.dateline_place.name) + r")\b",
            article.text) is not None
        self.relayed_home: Optional[Place] = None     # the country of the relayed words' speaker
        self.reporters_day = next((t.value[:10] for t in self.timexes if t.start < article.dateline_end
                                   and t.value and len(t.value) >= 10), None)
        self.placed = False         # whether an event has had a place named in its sentence
        self._first_day: Optional[str] = None
        self.sentence_start = self.sentence_end = 0     # the sentence whose events are being made
        self._parties: Optional[set[str]] = None
        self.court: Optional[Event] = None  # the first court event placed at a town or a state
        self.prosecutor_town = None     # the town whose prosecutor the story names (homes.prosecutors_seat), False: none
        self.grounds: list[Event] = []  # the first happening of each story kind placed by its sentence, finer than
                                        # a country, in the story's days (a disaster, an attack)
        self.prev_statement: Optional[Event] = None     # the sentence before's statement, if it had one
        self.prev_document: Optional[Event] = None      # the sentence before's words of a letter, if it told some
        self.occasion: Optional[Event] = None   # a statement at a dated occasion, until a new date
        self.occasion_noun: Optional[str] = None    # ... and the common noun of its speaker ("a Ministry spokesman")
        self.speaker_places: dict[str, Place] = {}  # where a speaker named by a noun spoke from
        self.triggers: dict = {}    # event id -> its trigger (for the confidence of a later change)
        self.told: set[tuple[str, str]] = set()     # (type, first day) of the events made so far
        self.told_days: dict[str, list[str]] = {}   # word, type, kind -> the days of the happenings dated
                                                    # by their words or their context
        self.case_date: Optional[tuple] = None      # a verdict's story: the date of what was judged
        self.trial_words_before = False     # whether the sentence before told words said at the trial
        self.trial_words_here = False
        self.verdict_story: Optional[bool] = None   # whether the story's first event is a court's (dated or not:
                                                    # "has been sentenced to 40 years-to-life")
        self._obituary: Optional[bool] = None
        self.lead_death: Optional[Event] = None     # a death the lead tells, dated or not ("has died of COVID-19")
        self.person_names = {a.name for a in self.actors if a.kind == "person"}
        self.organisation_names = {a.name for a in self.actors if a.kind == "organisation"}
        # (the headline's places only when the text alone names none: "Toronto serial killer Bruce McArthur pleads
        # guilty" for a story that names Toronto once; a headline in title case reads teams as towns — "Mets" as Metz
        # — so it never outvotes the text)
        headline = headline_places(article.title)
        self.main_country = main_place(self.places, article.dateline_end, article.text, self.reporters_place) \
            or main_place(self.places, article.dateline_end, article.text, self.reporters_place, headline)
        # a regional bureau's dateline ("BAHRAIN, June 18 - The Supreme Council of the United Arab Emirates
        # ..."): the story is of another country, and the dateline's is never named in it — the dateline is
        # where the report was filed, not where anything in it happened
        dl = self.dateline_place
        self.bureau = dl is not None and self.main_country is not None and bool(dl.country) \
            and self.main_country.country != dl.country \
            and not any(p.country == dl.country for p in self.places if p.start >= article.dateline_end) \
            and _AGENCY_SOURCE.search(article.text, article.dateline_end, article.dateline_end + 400) is not None
        # (and its lead cites a news agency, radio or paper of that country: not "BRUSSELS - Charles Haughey
        # ... told a news conference", a visitor speaking where the reporter is)
        # quotations, each ended at its closing mark, or a mark left open at the end of its sentence
        self._quotes = [(a, b if not left_open else next((e for _, e in self.sents if e > a), b))
                        for a, b, left_open in quotation_spans(article.text)]
        self._quote_starts = [a for a, _ in self._quotes]
        if self.dateline_place is None and (self.main_country is None or self.main_country.feature == "demonym"):
            # a local story that never names its country: its lead's town (not one named in a quotation); and one
            # that names it only by its people ("Italian authorities say", "Indian officials in Kerala arrested"), when
            # its headline or its first sentence names that town, of that people's country (not a town the story
            # only visits later: "Australian store chains ... In Canberra, shoppers queued")
            town = lead_town(self.places, article.dateline_end, article.text, headline, self.quoted)
            first_end = next((e for _, e in self.sents if e > article.dateline_end), 0)
            # (not the town someone comes from: "An Italian tourist from Milan drowned")
            if self.main_country is None or town is not None and town.country == self.main_country.country and (
                    town.start < first_end or any(p.name == town.name for p in headline)) \
                    and not _FROM_BEFORE.search(article.text, max(0, town.start - 6), town.start):
                self.main_country = town
        # a local outlet's story that says its setting nowhere: the outlet's city, or the one town of its area it names
        self.outlet_setting = outlet_home_setting(article.source, article.url, self.places, article.dateline_end,
                                                  self.quoted, article.text) \
            if self.main_country is None and self.dateline_place is None else None
        if self.outlet_setting is not None:
            self.main_country = self.outlet_setting

    def quoted(self, pos: int) -> bool:
        """Whether text position ``pos`` is inside a quotation:
        between its marks, within a sentence or over several, or after a mark its paragraph
        leaves open, to the end of that mark's sentence."""
        i = bisect_left(self._quote_starts, pos) - 1
        return i >= 0 and self._quotes[i][0] < pos < self._quotes[i][1]

    def unquoted(self, sentence: str, s: int) -> str:
        """The sentence with the words inside quotation marks blanked (same length, same offsets),
        walking the quotations that overlap it; a sentence with no mark of its own is left as it is
        (inside a longer quotation, its triggers are dropped one by one by :meth:`quoted`)."""
        if not any(c in sentence for c in '"“”') and "''" not in sentence:
            return sentence
        e = s + len(sentence)
        i = max(0, bisect_left(self._quote_starts, s) - 1)
        chars = None
        for a, b in self._quotes[i:]:
            if a >= e:
                break
            for k in range(max(a + 1, s) - s, min(b, e) - s):
                if sentence[k].isalnum():
                    chars = chars or list(sentence)
                    chars[k] = " "
        return "".join(chars) if chars else sentence

    def lead_sentences(self, si: int) -> int:
        """How many sentences after the dateline (and the headline line) sentence ``si`` is."""
        if self._first is None:
            self._first = next((i for i, (s, e) in enumerate(self.sents) if e > self.article.dateline_end), 0)
        return si - self._first

    def _fortnight_start(self) -> Optional[str]:
        """The first day of the fortnight before the publication: the story's days."""
        return (date.fromisoformat(self.pub) - timedelta(days=14)).isoformat() if self.pub else None

    def first_day(self) -> Optional[str]:
        """The story's first day: the earliest day the article names in the fortnight before its
        publication ("On Wednesday, Turkey began an offensive", "the October 6 call")."""
        if self._first_day is None:
            lo = self._fortnight_start()
            days = [d for d in map(_day_of, self.timexes) if d and lo and lo <= d <= self.pub]
            self._first_day = min(days) if days else ""
        return self._first_day or None

    def day_named_before(self, sentence_start: int) -> Optional[str]:
        """The last day the telling named before ``sentence_start`` in the fortnight before the publication,
        not the publication's own ("Yesterday's rainstorms", "the crude bomb found ... last night")."""
        if not self.pub:
            return None
        lo = self._fortnight_start()
        days = [d for t in self.timexes[:bisect_left(self.t_starts, sentence_start)]
                if t.start >= self.article.dateline_end and (d := _day_of(t)) and lo <= d < self.pub]
        return days[-1] if days else None

    def told_later_than(self, day: str, sentence_start: int) -> Optional[str]:
        """If the telling, up to the end of the current sentence, has named a day after ``day``
        and before the publication day ("rescuers ended their work yesterday", in a report of a
        Monday's collapse published on Friday): ``day`` when it did before the sentence, the latest
        such day when the sentence itself names it (what it tells was said after that), else None."""
        if not self.pub:
            return None
        told = [(t.start, d) for t in self.timexes[:bisect_left(self.t_starts, self.sentence_end)]
                if t.start >= self.article.dateline_end and (d := _day_of(t)) and day < d < self.pub]
        here = [d for start, d in told if start >= sentence_start]
        return max(here) if here else (day if told else None)

    def told_earlier_than(self, day: str) -> Optional[str]:
        """The day the telling last named before the current sentence, when it is within the story's
        fortnight and before ``day`` (the lead's): "..., police revealed on Saturday", after a lead of
        Monday; else None. A year or a month named later ends the story's thread of days."""
        if not self.pub:
            return None
        lo = self._fortnight_start()
        before = [t for t in self.timexes[:bisect_left(self.t_starts, self.sentence_start)]
                  if t.start >= self.article.dateline_end and t.value and t.value[:1].isdigit()]
        last = before[-1] if before else None
        if last is None or last.granularity != "day" or len(last.value) < 10 or last.value[4] != "-" or last.value[7] != "-":
            return None
        return last.value[:10] if lo <= last.value[:10] < day else None

    def lead_tells_earlier_day(self) -> Optional[str]:
        """The earliest day, before the lead's own and within the story's days, that the lead's
        sentence names ("On Saturday, aftershocks of a powerful earthquake that struck southern
        Philippines on Wednesday"), or None."""
        lead = self.lead
        if lead is None or lead.granularity not in ("day", "time") or not lead.date_start:
            return None
        days = [d for t in _within(self.timexes, self.t_starts, lead.sentence_start, lead.sentence_end)
                if (d := _day_of(t)) and d < lead.date_start and self.within_story_days(d, d)]
        return min(days) if days else None

    def parties_to_the_case(self) -> set[str]:
        """The people the article names by a court role: a judge, a lawyer, a prosecutor, a defendant
        ("U.S. District Judge Fred Biery", "Howard Rubel, a Toronto lawyer representing Spanton")."""
        if self._parties is None:
            self._parties = {a.name for a in self.actors if a.kind == "person" and (
                ROLE_BEFORE_NAME.search(self.text, max(0, a.start - 40), a.start)
                or ROLE_AFTER_NAME.match(self.text, a.end))
                or ROLE_BEFORE_NAME.match(a.text + " ")}      # ("Attorney Rudolph Giuliani" taken whole)
        return self._parties

    def within_story_days(self, d0: Optional[str], d1: Optional[str]) -> bool:
        """Whether a date interval (an open end taken as its known one) lies in the fortnight before
        the publication, or a day after (an article dated by its month: within that month)."""
        d0, d1 = d0 or d1, d1 or d0
        lo, hi = _publication_span(self.article)[:2]
        if not (d0 and lo):
            return False
        lo = (date.fromisoformat(hi if self.pub else lo) - timedelta(days=14)).isoformat()
        hi = (date.fromisoformat(hi) + timedelta(days=1)).isoformat()
        return lo <= d0[:10] and d1[:10] <= hi

    def obituary(self) -> bool:
        """Whether the article tells a life: it names a birth or the age at death ("was born in 1924",
        "(1926–2011)", "died today at the age of 84", "He was 68.")."""
        if self._obituary is None:
            self._obituary = bool(_BORN.search(self.text))
        return self._obituary

    def late_report(self) -> bool:
        """Whether the article was published days after its story began: its lead event, dated
        by its own day, is before the publication day (not a reporter's dispatch of the day,
        "WELLINGTON, March 3 -", which tells yesterday's quake and today's words)."""
        lead = self.lead
        return bool(self.pub and self.reporters_place is None and lead is not None and lead.granularity in ("day", "time")
                    and lead.date_start
                    and lead.date_start < self.pub)

    def places_in(self, s: int, e: int) -> list[Place]:
        return _within(self.places, self.p_starts, s, e)


def _sentence_events(story: _Story, si: int, s: int, e: int) -> list[Event]:
    """The events of the sentence at [s, e): one per picked trigger that has a date or actors
    and tells that something happened (not what is generally so, nor an event noun inside a
    phrase about something else); then what the story carries on."""
    text = story.text
    sentence = text[s:e]
    story.sentence_start, story.sentence_end = s, e
    s_timex = _within(story.timexes, story.t_starts, s, e)
    s_places = story.places_in(s, e)
    s_actors = _within(story.actors, story.a_starts, s, e)
    made: list[tuple[Event, Optional[tuple]]] = []
    said_on: tuple = (frozenset(), -1)     # the dates of the saying itself ("said on Monday that ..."), its verb
    # the words of a quotation name no event of this sentence: its saying does ("'The army shelled
    # our villages,' the mayor said on Monday")
    picked = pick_triggers(story.unquoted(sentence, s), tuple((t.start - s, t.end - s) for t in s_timex if _dated(t)),
                           story.domain)
    # a happening named with its own day inside another event's sentence is an event of its own:
    # "The US called its actions defensive, pointing to the December 31 attack on its Embassy"
    named_on: dict[int, Timex] = {}
    if picked:
        for t in s_timex:
            hit = _dated_noun(sentence, t.start - s, t.end - s) if t.granularity == "day" and _dated(t) else None
            if hit is not None and all(hit[0] != p[0] for p in picked) and not story.quoted(s + hit[0]) \
                    and (hit[2].type, t.value[:10]) not in story.told:      # (not a happening told before)
                named_on[hit[0]] = t
                picked.append((hit[0], hit[1], hit[2], False, 0))
        # ... or after the noun and its place, in a sentence whose event has a day of its own before it ("appeared
        # in court yesterday, charged ... pertaining to a mass shooting in Christchurch on Friday")
        for t in s_timex:
            hit = noun_before_date(sentence, t.start - s) if t.granularity == "day" and _dated(t) and any(
                u.granularity == "day" and _dated(u) and u.end <= t.start - 40 for u in s_timex) else None
            if hit is not None and all(hit[0] != p[0] for p in picked) and not story.quoted(s + hit[0]) \
                    and (hit[2].type, t.value[:10]) not in story.told:
                named_on[hit[0]] = t
                picked.append((hit[0], hit[1], hit[2], False, 0))
    # gerunds after a preposition ("of raping a Canadian tourist in 2014"): their phrases' dates are theirs
    gerunds = gerund_phrases(lower_keeping_offsets(sentence)) if "ing" in sentence else []
    for k, (ts, te, tw, reported, subject_at) in enumerate(picked):
        if story.arson and tw.type == "accident" and tw.form in _FIRE_WORDS:
            tw = Trigger("violence", tw.form, tw.verb)      # a fire set on purpose: the arson the story tells
        if tw.type == "health" and _INJURY_FORMS.match(tw.form) and story.lead is not None \
                and story.lead.type in _HARMS:
            tw = Trigger(story.lead.type, tw.form, tw.verb)     # "The officer's skull was fractured" in the story of a
                                                                # hatchet attack: the attack's harm, no illness
        if tw.generic and tw.verb and _EFFECT_FORMS.fullmatch(tw.form) and story.lead is not None \
                and story.lead.type in _HARMS and not reported:
            # "They were evacuated to ambulances", "A few subway lines were suspended": what the story's crash, fire or
            # storm did to people and services, an event of its story; not the harm itself ("other", unless its
            # sentence's words give it a domain: "oil exports were suspended" is the economy's)
            tw = Trigger("other" if tw.type in _HARMS else tw.type, tw.form, True)
        if tw.generic and tw.form in DEPARTURE_FORMS and any(
                p.start == s + te + 1 and p.feature in ("city", "admin", "country")
                and not _LEFT_IN_A_STATE.match(text, p.end) for p in s_places):
            tw = Trigger("travel", tw.form, True)           # "the ship left Yokohama, Japan, on Saturday": a departure
        # a clause ends where the next picked clause's subject starts
        clause_end = next((x[4] for x in picked[k + 1:] if x[4]), len(sentence))
        if story.quoted(s + ts):
            continue        # the words of a quotation ("'We consider the matter closed,' he said"): its
                            # saying is the event
        own, said = saying_dates(story, sentence, s, s_timex, ts, te, tw, reported, said_on)
        own = clause_own_dates(sentence, s, s_timex, own, ts, te, tw.type, story.pub)
        if gerunds:
            own = gerund_dates(gerunds, own, s, ts)
        if said is not None:
            said_on = said
        if ts in named_on:
            own = [named_on[ts]]
        elif not tw.verb:   # "On Saturday, reports said Wednesday's quake affected ...": the noun's own date
            owned = [t for t in own if t.granularity in ("day", "time") and (hit := _dated_noun(sentence, t.start - s, t.end - s)) is not None and hit[0] == ts]
            # "after elections which had tentatively been set for December": the date its own relative
            # clause sets for it
            owned = owned or [t for t in s_timex if t.start - s > te and _dated(t)
                              and (_SET_FOR_RELATIVE.fullmatch(sentence, te, t.start - s)
                                   or tw.type == "statement" and _ISSUED_ON.fullmatch(sentence, te, t.start - s)
                                   or _COPULA_TO_DAY.fullmatch(sentence, te, t.start - s))][:1]
            # ("and Monday will be his funeral", "his funeral will be on Monday": the day the copula gives it)
            owned = owned or [t for t in s_timex if t.end - s <= ts and _dated(t) and t.granularity in ("day", "time")
                              and _DAY_TO_COPULA.fullmatch(sentence, t.end - s, ts)][-1:]
            own = owned or own
        at_time = _AT_THE_TIME.search(sentence, subject_at, clause_end)
        if at_time and not [t for t in own if _dated(t) and t.start - s > at_time.start()]:
            # "he said at the time", "with officials reporting at the time": the time named before
            before = [t for t in story.timexes[:bisect_left(story.t_starts, s + at_time.start())]
                      if _dated(t) and t.start >= s - 600 and not SINCE_BEFORE.search(text, max(0, t.start - 7), t.start)]
            # (not the bound of a span: "the deadliest day in FDNY history since September 11, 2001")
            if before:
                own = [before[-1]]
        if len(picked) > 1 and not reported:      # coordinated clauses with dates of their own take
            clause_from = subject_at              # only their own ("sold ... in March; announced ... in
            while_at = _WHILE_CLAUSE.search(sentence, te, clause_end)       # February")
            mine = [t for t in own if clause_from <= t.start - s < (while_at.start() if while_at else clause_end)]
            if any(_dated(t) for t in mine):
                own = mine
            elif subject_at and _NO_SUBJECT.fullmatch(sentence, subject_at, ts):
                # "Coles, in its March 8 media release, reported that ..., and called the demand
                # “unprecedented”, while ALDI, in a Facebook post on Tuesday, ...": a verb phrase of
                # the same subject, undated, is of the clause before's time (not of the "while" clause)
                own = [t for t in own if t.start - s < subject_at]
            elif subject_at and any(_dated(t) for t in own):
                own = mine      # (a clause with its own subject does not borrow the clause before's date:
                                # "was hospitalized this year and ... he died")
        embedded = None if tw.verb else _EMBEDDED_NOUN.search(sentence, max(0, ts - 60), ts)
        if embedded:        # an event noun in a phrase keeps only the dates of its phrase
            own = [t for t in own if t.start - s >= embedded.start()]
        later = [x for t in own if t.type == "DURATION" and (x := counted_later(t, story.timexes, text))]
        if later:           # "left Iraq in 2011, then returned three years later": the date counted to
            own = later
        seg_a, seg_b = colon_clause(sentence, ts)
        mine = [t for t in own if seg_a <= t.start - s < seg_b]
        if len(mine) < len(own) and any(_dated(t) for t in mine):
            # "The Amazin's of 2015 weren't able to turn their season into a happily ever after: The Mets lost Game 5
            # last night": the dates of the trigger's own clause, between colons and semicolons
            own = mine
        interval = clause_interval(sentence, s, own, ts)
        if interval is not None and interval[3] is not None and story.prev_event_day is not None \
                and SAME_DAY.fullmatch(interval[3].text) and interval[0] != story.prev_event_day:
            # "The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day",
            # after the first attack's sentence: the day of the happening told just before, not of the last date
            # written (the next court appearance's, two sentences up)
            interval = (story.prev_event_day, story.prev_event_day, "day", interval[3], "own-timex")
        if (not s_actors and interval is None and not tw.verb) \
                or (interval is None and si > 0 and generic(sentence, tw, ts, te)) \
                or (interval is None and embedded):
            continue
        names, actor1, actor2 = _clause_actors(story, sentence, s, e, s_actors, ts, te,
                                               clause_from=s + subject_at, clause_to=s + clause_end)
        if tw.type in ("violence", "other") and _STATE_ATTACK.fullmatch(tw.form.lower()) and (
                _STATE_FORCES_BEFORE.search(sentence, max(0, ts - 40), ts)
                or any(a.kind == "country" and 0 <= s + ts - a.end <= 12 for a in s_actors)
                or any(p.feature == "demonym" and 0 <= s + ts - p.end <= 12 for p in s_places)):
            # a state attacks with its forces: "Iran attacked across snow-capped peaks", "an Iranian attack on a
            # strategic mountain peak" (not "gunmen attacked a bus")
            tw = replace(tw, type="military")
        dating = _event_date(story, sentence, interval, tw, ts, te, actor1)
        saying = _SAID.search(sentence, interval[3].end - s, ts) if interval is not None and tw.type != "statement" \
            and interval[3].end - s <= ts else None
        if saying is not None and dating.start and dating.end and PLANNED.search(sentence, saying.end(), te):
            # "In January, Pier 1 said it planned to close up to 450 stores": the plan was told in
            # January; the closing comes after, at a day the sentence does not give
            dating = _Dating(dating.start, None, dating.granularity, "range-open-end", dating.timex_text,
                             dating.timex_value, f"{dating.why}; the day it was announced, what it plans comes after")
        if dating.how == "range-open-start" and made and made[-1][0].date_start \
                and made[-1][0].date_start <= (dating.end or "") and _COORDINATED_BEFORE.search(sentence, 0, ts):
            # "was arrested in 1963 and was imprisoned until 1974": from the clause before's date
            prev = made[-1][0]
            dating = _Dating(prev.date_start, dating.end, dating.granularity, "range", dating.timex_text,
                             dating.timex_value, f"{dating.why}; from the date of '{prev.trigger}' before it")
        if interval is None and _undated_background(story, si, sentence, ts, te, tw, reported, bool(s_actors),
                                                    dating.how):
            continue
        if interval is None and tw.type != "statement" and any(a <= ts < b and (_RELATIVE_OPENS.match(sentence, a) or _RELATIVE_AFTER_PREPOSITION.search(
                sentence, max(0, a - 6), a + 6)) for a, b in subordinate_spans(sentence)):
            continue        # "an amnesty for Kim Dae-jung, who has been banned from politics", "ESM Government
                            # Securities, which went bankrupt": an undated relative clause describes a
                            # participant, it tells no happening of the story
        if reported and not tw.verb and (tw.type in _DONE_HAPPENINGS and (tw.type, dating.start) in story.told
                                         or tw.type in _NAMED_AGAIN and interval is None
                                         and _NAMED_BEFORE_NOUN.search(sentence, max(0, ts - 40), ts)
                                         and any(k == tw.type for k, _ in story.told)):
            continue        # "Today's quakes were felt over 100 square km, the seismologist added": a
                            # happening over and done, told before, is what a saying is about (not the
                            # talks or the orders a saying tells of: "The talks could cover ..."); and a
                            # happening named again by a definite noun, with no date of its own
                            # ("Erdoğan said the invasion was ...", "noted the acquisition fits ...")
        place, why_place, place_how = event_place(story, si, s, s_places, ts, tw, reported,
                                                   dating.from_lead, actor1,
                                                   news_day=dating.start is not None and dating.start == story.pub
                                                   and dating.end == dating.start,
                                                   recent=dating.lately or dating.start is not None
                                                   and story.within_story_days(dating.start, dating.end),
                                                   at_trial=dating.at_trial, start=dating.start)
        if place is not None and place is story.outlet_setting:
            why_place += f"; the setting of a story of '{story.article.source}', a local outlet, that names no other"
        ev = Event(
            event_id=make_event_id(story.article.article_id, s, s + ts),
            article_id=story.article.article_id,
            type=tw.type,
            summary=what_happened(sentence, ts, te, actor1, [(t.start - s, t.end - s) for t in s_timex]),
            trigger_start=s + ts, trigger_end=s + te, trigger=text[s + ts:s + te],
            sentence_start=s, sentence_end=e,
            date_start=dating.start, date_end=dating.end, granularity=dating.granularity,
            timex_text=dating.timex_text, timex_value=dating.timex_value, date_resolution=dating.how,
            place=place, actors=names, actor1=actor1, actor2=actor2,
            place_resolution=place_how,
            modality=_event_modality(story, sentence, tw, ts, te, reported, dating.start),
            why_date=dating.why, why_place=why_place,
        )
        if (ev.modality == "negated" and _NOT_BEFORE.search(sentence, max(0, ts - 30), ts)
                or _NOT_RIGHT_BEFORE.search(sentence, max(0, ts - 14), ts)
                or _NO_SUBJECT_BEFORE.search(sentence, max(0, ts - 40), ts)
                or not tw.verb and _NO_BEFORE_NOUN.search(sentence, max(0, ts - 20), ts)) \
                or (tw.type != "statement" and _NO_OBJECT.match(sentence, te)):
            # ("... which is not met by Roh's package", "not an open race sanctioned under IAAF
            # rules", "the search had discovered no further signs")
            continue        # "our delegation has not yet arrived": what did not happen is no event
        if tw.type != "statement" and (ev.modality == "hypothetical" and _IF.search(sentence)
                                       or _IN_A_CONDITION.search(sentence, max(0, ts - 80), ts)
                                       or _A_LIKENESS_BEFORE.search(sentence, max(0, ts - 60), ts)):
            continue        # "If convicted, Eder could receive ...", "If the union walks out it would mean strikes":
                            # what happens only on a condition is no event (seven of seven such were judged none);
                            # nor what the condition itself supposes ("If there's a winner in that match, the US
                            # will need a point", "But should the three be found guilty, their clients will pay"), nor
                            # what something felt like ("it didn't feel like the train derailed", "as if the car had hit")
        if tw.type == "statement" and not reported:
            speaker_place(story, ev, sentence, ts, te)
        elif tw.type in _PRESENT_AT and not reported and place_how == "sentence" and ev.actor1 \
                and ev.actor1[0] in story.person_names and ev.date_start and not tw.form.startswith("left"):
            # where a person was that day, for their words of the day: "Mr. McCain gave a freewheeling performance at
            # the Aspen Institute Thursday, where he discussed the conflict in the Caucasus ... Mr. McCain said" (not
            # where someone left: "She subsequently left the UK")
            story.speaker_places.setdefault(("person", ev.actor1[0], ev.date_start), ev.place)
        ev.confidence = confidence(ev, tw)
        story.triggers[ev.event_id] = tw
        if ev.date_start:
            story.told.add((ev.type, ev.date_start))
            if ev.date_resolution in ("own-timex", "context") and ev.granularity == "day" and not reported:
                for k in (happening_kind(ev.type), ev.type, ev.trigger.lower().rstrip("s")):
                    story.told_days.setdefault(k, []).append(ev.date_start)
        if story.court is None and ev.type == "legal" and ev.place is not None and not reported \
                and ev.place.precision in ("point", "city", "admin") and place_how in ("sentence", "dateline", "country"):
            story.court = ev
        # (a word of the happening's kind, not a verb typed by the story's domain: "residents near Mount Apo
        # have been relocated" in an earthquake's story is no quake there)
        if place_how == "sentence" and (ev.place.precision not in ("country", "region", "water")
                                        or ev.place.feature == "unlisted") and not reported and not tw.generic \
                and story.within_story_days(ev.date_start, ev.date_end) and any(
                    ev.type in kind and not any(g.type in kind for g in story.grounds) for kind in STORY_KINDS):
            story.grounds.append(ev)
        made.append((ev, interval))
        story.trial_words_here |= dating.at_trial
        if story.verdict_story is None and not reported:
            story.verdict_story = ev.type == "legal"
        if story.lead_death is None and ev.type == "death" and ev.modality == "asserted" and story.lead_sentences(si) < 1:
            story.lead_death = ev       # (an obituary's lead: "the saxophonist Manu Dibango has died of COVID-19")
        if story.lead is None and not reported and interval and _leads(story, ev):
            story.lead = ev
            if ev.type == "legal":
                # a verdict's story tells its case: the earlier date its lead names for what is judged
                # ("found guilty on Thursday of raping a Canadian tourist in 2014")
                story.case_date = next(((t.date_start, t.date_end, t.granularity, t.text, t.value) for t in s_timex
                                        if _dated(t) and t.date_start and t.date_end and t.date_end < ev.date_start
                                        and t.start - s > te), None)
    # (what the next sentence carries is the sentence's own event, not a happening it names)
    lead = story.lead
    if lead is not None and lead.type == "legal" and story.case_date is None and lead.date_start \
            and lead.sentence_start < s and story.lead_sentences(si) <= 2:
        # "... was sentenced on Friday for her murder. Waseem confessed to killing his sister in 2016":
        # the case the verdict judged, told in the sentences right after the lead
        story.case_date = next(((t.date_start, t.date_end, t.granularity, t.text, t.value) for t in s_timex
                                if _dated(t) and t.date_start and t.date_end and t.date_end < lead.date_start), None)
    # (nor a gerund's: "found guilty on Thursday of raping a Canadian tourist in 2014")
    inner = set(named_on) | {g[0] for g in gerunds}
    _carry_on(story, [m for m in made if m[0].trigger_start - s not in inner] or made, s_timex, s_actors)
    return [ev for ev, _ in made]


# an event noun's relative clause that sets its date: "elections which had tentatively been set for
# December", "a summit that is scheduled to take place on March 3"
# words issued on a day: "In a statement issued late Wednesday", "a report released on Monday"
_ISSUED_ON = re.compile(r"\s+(?:issued|released|published|posted|made|delivered|sent|put\s+out)\s+(?:on\s+)?(?:(?:late|early)\s+)?")
# a day and an event noun joined by a copula: "Monday will be his funeral", "his funeral will be (held) on Monday"
_DAY_TO_COPULA = re.compile(r"\s+(?:will\s+be|would\s+be|is|was)\s+(?:(?:his|her|their|its|the|a|an)\s+)?"
                            r"(?:[a-z-]+\s+){0,2}?")
_COPULA_TO_DAY = re.compile(r"\s+(?:will\s+be|would\s+be|is|was)(?:\s+held)?(?:\s+on)?\s+")
_SET_FOR_RELATIVE = re.compile(r"\s+(?:which|that)\s+(?:(?:had|has|have|was|were|is|are|been|being|tentatively|"
                               r"originally|initially|now|already|provisionally)\s+){0,4}(?:set|scheduled|planned|"
                               r"slated|due|expected)\s+(?:to\s+(?:take\s+place|be\s+held|open|start|begin)\s+)?"
                               r"(?:for|on|in|at)\s+(?:the\s+)?")


# a saying in a book: "In his memoirs, Eisenhower said", "In her autobiography, she wrote"
_IN_A_BOOK = re.compile(r"\s*In\s+(?:his|her|their|a|the)\s+(?:\d{4}\s+)?(?:memoirs?|autobiography|book|diary|diaries|"
                        r"biography|novel)\b")


# happenings a saying names again by a definite noun ("the invasion", "the deal", "the acquisition"):
# the one told before, whatever day the saying is of (not one with a date of its own: "a breach of
# the 1991 settlement"; not the talks a saying tells of, which may be ahead: "The Kremlin said the
# talks would cover energy")
_NAMED_AGAIN = frozenset("military violence agreement economy death accident disaster legal arrest".split())


# a definite determiner right before an event noun: "the invasion", "this attack"
# a noun named by its determiner or its owner, again: "the Supreme Court ruling", "Basilashvili's arrest", "Luk's death"
_NAMED_BEFORE_NOUN = re.compile(r"(?:\b(?:the|this|that|these|those|its|his|her|their)|['’]s?)\s+(?:[\w-]+\s+){0,2}$", re.I)


_ARSON = re.compile(r"\barson(?:ist|ists)?\b|\bset (?:the )?fire to\b|\bfirebomb", re.I)
_FIRE_WORDS = frozenset("fire fires blaze blazes flames".split())
# arson told as a habit or denied, not of the story's fire: "arson has been used \"as a weapon to evict\"", "fires have
# in the past been deliberately set", "there was no suggestion on Sunday of sabotage"
_NOT_THIS_ARSON = re.compile(r"\b(?:in the past|has been used|have been used|is often|are often|no suggestion|no sign|"
                             r"no evidence|ruled out|not (?:an? )?arson)\b", re.I)


def _tells_arson(text: str, sents: list[tuple[int, int]]) -> bool:
    """Whether the article tells of a fire set on purpose (:data:`_ARSON`), in a sentence (of ``sents``) that does
    not tell it as a habit or deny it."""
    for m in _ARSON.finditer(text):
        a, b = next(((x, y) for x, y in sents if x <= m.start() < y), (0, len(text)))
        if not _NOT_THIS_ARSON.search(text, a, b):
            return True
    return False


# what a harm does to people and services: evacuations, suspended or cancelled service, closures
_EFFECT_FORMS = re.compile(r"evacuated|suspended|cancell?ed|shut|closed|diverted|rerouted|grounded")
_HARMS = frozenset(("accident", "disaster", "violence"))
# injuries a harm does to the body
_INJURY_FORMS = re.compile(r"fractured|sprained|dislocated|suffered a concussion|tore his|tore her|broke his|broke her")


def _undated_background(story: _Story, si: int, sentence: str, ts: int, te: int, tw: Trigger, reported: bool,
                        has_actors: bool, date_how: str) -> bool:
    """Whether an event with no date of its own is no event for the timeline: a running tally, a
    background present perfect, or a verb in no row of the table outside the lead."""
    if _TALLY.search(sentence, max(0, ts - 60), te + 40) and _PERFECT_GROUP.search(sentence, max(0, ts - 30), ts):
        return True         # "More than 4.75 million people have been infected": a running tally, a state
    if tw.generic and not reported and story.lead_sentences(si) >= LEAD_SENTENCES \
            and _PRESENT_PERFECT.search(sentence, max(0, ts - 30), ts):
        return True         # "Russia has also offered to restructure its debt": before the report, at a time
                            # the article does not give; not the news of the day
    if tw.type == "statement" and date_how in ("context", "publication") and _IN_A_BOOK.match(sentence):
        return True         # "In his memoirs, Eisenhower said Anderson deserved to be president": said in a book
                            # the article does not date, not on the report's day
    lead = story.lead
    if (lead is not None and lead.type == "death" or story.lead_death is not None) and story.obituary() \
            and date_how in ("context", "publication", "before-publication") \
            and tw.type not in ("death", "health", "statement") and story.lead_sentences(si) >= 1:
        return True         # an obituary's undated life ("He (later) returned to Rhodesia and taught"): told
                            # after the death, at a time the article does not give, not the death's day
    if date_how == "publication" and tw.type != "statement" and story.lead_sentences(si) >= 1 \
            and story.late_report():
        return True         # a happening told undated after the lead of a report written days after its
                            # story began ("Mugabe won a presidential election", "were charged with
                            # fraud"): background whose date the article does not give, not the publication's
    # a verb in no row of the table makes an event with a date of its own ("In 2009, Fiat bought"),
    # or in the lead, where it is the news of the day ("The first A380 was delivered today"); not
    # from the story around it later on
    return tw.generic and (story.lead_sentences(si) > LEAD_SENTENCES
                           or not has_actors and date_how in ("publication", "none"))


def _leads(story: _Story, ev: Event) -> bool:
    """Whether an event with its own date can lead the story: a day (or a time) within a week of
    the publication."""
    if ev.date_resolution not in ("own-timex", "range") or not ev.date_start or ev.granularity not in ("day", "time"):
        return False
    return story.pub is None or abs((date.fromisoformat(ev.date_start) - date.fromisoformat(story.pub)).days) <= 7


def _clause_actors(story: _Story, sentence: str, s: int, e: int, s_actors: list[Actor], ts: int, te: int,
                   clause_from: int, clause_to: int) -> tuple[list[str], list[str], list[str]]:
    """The actors of the trigger's clause (from its subject to the next clause's): all their
    names, who acted (actor1) and who was acted upon (actor2); a state organ brings its country
    in; "the two countries" takes the countries of the sentence before."""
    organs = [p for p in story.in_org if s <= p.start < e]
    # (not who is named inside a quotation, nor the agency credited before the story: "(Reuters) -")
    c_actors = [a for a in s_actors if clause_from <= a.start < clause_to and not story.quoted(a.start)
                and not _CREDIT.match(story.text, a.end)]
    who, whom = actor_roles(story.text, c_actors, s + ts, s + te, s)
    actor1 = list(dict.fromkeys([a.name for a in who] + states_of(who, organs)))
    actor2 = [n for n in dict.fromkeys([a.name for a in whom] + states_of(whom, organs))
              if n not in actor1]
    two = TWO_COUNTRIES.search(sentence)
    if two and story.prev_countries:
        role = actor1 if two.start() < ts else actor2
        role += [c for c in story.prev_countries if c not in actor1 + actor2]
    names = list(dict.fromkeys([a.name for a in c_actors] + states_of(c_actors, organs) + actor1 + actor2))
    return names, actor1, actor2


# a verb phrase coordinated after another one of the same subject ("arrested in 1963 and was
# imprisoned until 1974")
_COORDINATED_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|then)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:\w+ly\s+)?\S+\s*$")
# a life told: a birth named
_BORN = re.compile(r"\b(?:was|were)\s+born\b|\bBorn\s+(?:[A-Z]|on\s|in\s)|\b(?:was\s+)?aged\s+\d{2,3}\b|\(\s*(?:born\s+)?\d{4}\s*[–-]\s*\d{4}\s*\)|"
                   r"\bat\s+the\s+age\s+of\s+\d+|\b(?:He|She)\s+was\s+\d{2,3}\.")
# a news agency credited before the story: "(Reuters) - U.S. President Donald Trump threatened"
_CREDIT = re.compile(r"\)\s*[-–—]")
# a verb of saying between a date and the plan it announced
_SAID = re.compile(r"\b(?:said|says|announced|announces|told|stated|reported)\b")
# an anaphoric time: the one named before ("he said at the time"; not "at the time of the attack")
_AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b(?!\s+of\b)", re.I)
_RELATIVE_OPENS = re.compile(r",\s*(?:who|whom|whose|which|where)\b")      # (not "the officers who detained ...")
_RELATIVE_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|for|by|under)\s+(?:which|whom)\b")
_DONE_HAPPENINGS = frozenset("disaster accident violence economy cooperation".split())


_NOT_BEFORE = re.compile(r"\b(?:not|never|no longer)\b(?:\s+\w+){0,3}\s+$|n['’]t\s+(?:\w+\s+){0,2}$", re.I)
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do)\s+(?:not|never)\s+$|"
                               r"\b(?:is|are|was|were|has|have|had|did|does|do)n['’]t\s+$", re.I)
# a clause whose subject is nobody: "No organization immediately claimed credit", "None of the
# passengers was hurt"
_NO_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]\s+|\b(?:but|and|that|which)\s+)(?:no\s+(?!doubt\b|wonder\b|matter\b)(?:other\s+|single\s+)?[a-z]+|nobody|"
                                r"no\s+one|none\s+of\s+(?:[\w'’]+\s+){0,3}[\w'’]+)(?:\s+[a-z]+ly)?\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|got\s+)?$",
                                re.I)
# what something felt or looked like, or was as if: a likeness, no happening
_A_LIKENESS_BEFORE = re.compile(r"\b(?:(?:feel|feels|felt|seem|seems|seemed|look|looks|looked|sound|sounds|sounded)\s+like"
                                r"|as\s+if|as\s+though)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# the trigger inside a clause of condition: after "if" with no clause's end between, or in a condition
# told by an inverted "should" ("should the three be found guilty")
_IN_A_CONDITION = re.compile(r"(?:(?:^|[,;:]\s*|\b(?i:but|and)\s+)(?:[Ii]f|[Ss]hould\s+(?:[\w'’]+\s+){1,4}be)\b[^,;:]*$)")
_NO_BEFORE_NOUN = re.compile(r"\bno\s+(?:[a-z]+\s+)?$", re.I)     # "no arrests were made", "no further casualties"
_NO_OBJECT = re.compile(r"\s+(?:no|none\s+of)\s+(?!doubt\b|longer\b)", re.I)


# the events whose actor was where they happened ("met", "fielded questions ... in New Orleans", "campaigned"), for
# that person's words of the day; not an attack ordered, a sale or a ruling, nor a journey ("flew to Russia on
# Monday": the words "ahead of the talks" may have been said before it)
_PRESENT_AT = frozenset("meeting election sport other".split())


def _within(items: list, starts: list[int], s: int, e: int) -> list:
    """The mentions starting in [s, e), from a list sorted by start (binary search)."""
    return items[bisect_left(starts, s):bisect_left(starts, e)]


