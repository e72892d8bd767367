"""What a sentence hands on to the next: its countries (for "the two countries"), whether it had a date of its own and
the day it named, the day the past narration goes on from, a statement dated by its own words and a document's words
for the same speaker's next words, the occasion a saying was made at. Called by
:func:`extract.events._sentence_events` once a sentence's events are made; the story (an ``events._Story``) is passed in,
not imported."""
from __future__ import annotations

import re

from .clausedates import PARTICIPLE_OPENING as _PARTICIPLE_OPENING, sentence_interval
from .clauses import speaker_head
from .documents import DOCUMENT_WHY
from .saydates import SETTING_BEFORE
from .schema import Actor, Event, Timex


def _at_an_occasion(text: str, ev: Event) -> bool:
    """Whether a statement's date is that of the occasion it was said at ("at a press briefing on
    Friday")."""
    i = text.find(ev.timex_text or "\0", ev.sentence_start, ev.sentence_end)
    return i > 0 and bool(SETTING_BEFORE.search(text, max(ev.sentence_start, i - 60), i))


# a sentence opened by a definite speaker noun: "The spokesman gave no estimate"
_THE_NOUN_OPENS = re.compile(r"\s*The\s+([a-z]{4,})\b")


def carry_on(story, made: list, s_timex: list[Timex], s_actors: list[Actor]) -> None:
    """What the next sentence takes from this one: its countries (for "the two countries"),
    whether it had a date of its own (its last event's, else its own timexes) and the day it
    named."""
    story.trial_words_before, story.trial_words_here = story.trial_words_here, False
    countries_here = list(dict.fromkeys(a.name for a in s_actors if a.kind == "country"))
    story.prev_countries = countries_here or story.prev_countries
    # the narration in the past goes on from the day it named through sentences that name neither
    # an event nor a date ("... the May 18th, 2013 incident. Carson and his friend were walking on
    # West 8th Street ... Seconds later, Morales shot Carson")
    # (not through the events it dates: "... shot Carson. Witnesses testified that ...")
    day = story.prev_day or story.narrative
    if not made and not s_timex and day is not None and story.quiet < 2:
        story.narrative, story.quiet = day, story.quiet + 1
    else:
        story.narrative, story.quiet = None, 0
    if made:
        ev, interval = made[-1]
        lead = story.lead       # (the lead's own date, told again in its sentence, is the lead's)
        story.prev_dated = interval is not None and (lead is None or ev is not lead and not (
            ev.sentence_start == lead.sentence_start and ev.timex_text == lead.timex_text))
    else:
        # (not a birth told by an opening participle: "Born on December 11, 1935, ... began his career")
        # (nor a possessive date, its noun's: "Coming off of Sunday's loss, ... a victory tonight")
        interval = None if _PARTICIPLE_OPENING.match(story.text, story.sentence_start) else sentence_interval(
            [t for t in s_timex if not story.text.startswith(("'s", "’s"), t.end)])
        story.prev_dated = interval is not None
    # a statement dated by its own words, for the same speaker's next words
    # (a statement, or what the speaker did that day: "On Tuesday, Mitsotakis spoke at the Atlantic
    # Council ... He also noted")
    story.prev_statement = next((ev for ev, iv in reversed(made) if ev.actors and ev.granularity == "day"
                                 and ev.type in ("statement", "meeting", "travel")
                                 and (ev.date_resolution == "own-timex" or ev.type == "statement"
                                      and ev.date_resolution == "context")), None)
    # a document's words ("The letter said ..."), for its next words by "it"
    story.prev_document = next((ev for ev, _ in reversed(made) if ev.type == "statement"
                                and ev.why_date.startswith(DOCUMENT_WHY)), None)
    # "Company officials expressed high hopes at a press briefing on Friday": the occasion holds for
    # what its people go on saying, until the story names another date
    occasion = next((ev for ev, _ in made if ev.type == "statement" and ev.date_resolution == "own-timex"
                     and ev.granularity == "day" and _at_an_occasion(story.text, ev)), None)
    own_words = [ev for ev, _ in made if ev.type == "statement" and ev.date_resolution == "own-timex"]
    # the occasion's speaker going on holds it, though the sentence dates something else ("The spokesman gave no
    # estimate of what he thought the find, discovered on Wednesday, was worth"), not with words of a day of their own
    # ("The spokesman told reporters on Thursday that two more caches had been found")
    opener = _THE_NOUN_OPENS.match(story.text, story.sentence_start)
    goes_on = bool(story.occasion_noun and opener and opener.group(1) == story.occasion_noun and not own_words)
    if occasion is not None:
        story.occasion, story.occasion_noun = occasion, speaker_head(story.text, occasion.sentence_start,
                                                                     occasion.trigger_start)
    elif story.prev_dated and not goes_on or story.occasion is not None and any(
            ev.date_start != story.occasion.date_start for ev in own_words):
        story.occasion, story.occasion_noun = None, None
    last = made[-1][0] if made else None
    story.prev_event_day = last.date_start[:10] if last is not None and last.date_start and last.granularity in (
        "day", "time") and (last.date_end or last.date_start)[:10] == last.date_start[:10] else None
    story.prev_day = None
    if story.prev_dated and interval[2] in ("day", "time") and interval[0] and interval[0] == interval[1]:
        day = interval[0]
        if interval[2] == "time" and last is not None and last.timex_text == interval[3].text and last.date_start \
                and last.date_start == last.date_end and last.date_start != day:
            day = last.date_start   # (a clock time the story's day holds: "reported at 9:51 p.m.", last night's)
        story.prev_day = (day, day, interval[2], interval[3].text, interval[3].value)
