"""The clause of an event's trigger and the noun that names its speaker: the spans the place rules of
:mod:`extract.eventplace` and :mod:`extract.storyplace` read.
"""
from __future__ import annotations

import re
from typing import Optional

from .homes import INVERTED_SAYING


# where the trigger's clause starts (any boundary) and ends (a strong one: an appositive's comma
# does not end it, a purpose "to <verb>" or a subordinate word does)
_STRONG_BOUNDARY = (r"[;]|(?<!\d):(?!\d)|\s(?:to\s+(?:discuss|talk|examine|review|address|consider|mark|protest|demand|support|see|"
                    r"visit|attend|meet|celebrate)|who|which|where|whose|while|after|before|because|although|as(?!\s+part\s+of)|amid|"
                    r"following|over|about|thus|thereby)\b")

_CLAUSE_END = re.compile(_STRONG_BOUNDARY)

_CLAUSE_START = re.compile(r",\s|" + _STRONG_BOUNDARY)


def clause_span(text: str, s: int, t: int, e: int, sport: bool = False) -> tuple[int, int]:
    """The span of the clause around the trigger at ``t`` in the sentence [s, e): from the last
    boundary before it to the first strong boundary after it (for a match, "over" names the
    opponent, not a topic: "a 2-0 win over Mexico in Columbus")."""
    a = s
    for m in _CLAUSE_START.finditer(text, s, t):
        a = m.end()
    ends = _CLAUSE_END.finditer(text, t, e)
    # (nor, for a match, the colon of a heading that names it: "Next match: Wednesday June 20 11PM ET, at Vancouver")
    m = next((x for x in ends if not (sport and (x.group().strip() == "over"
                                                 or x.group() == ":" and _HEADING_WORD.fullmatch(text, t, x.start())))),
             None)
    return a, (m.start() if m else e)


_HEADING_WORD = re.compile(r"[A-Za-z]+")


# a speaker named by a common noun, before its verb or after it: "A government seismologist said
# from Rotorua ...", "..., the seismologist added", "said the seismologist"
_SPEAKER_BEFORE_PATTERN = r"\b(?:[Aa]n?|[Tt]he)\s+(?:{modifier}+\s+){{0,2}}?([a-z]{{4,}})\s+(?:(?:also|later|then)\s+)?$"
_SPEAKER_BEFORE = re.compile(_SPEAKER_BEFORE_PATTERN.format(modifier="[a-z-]"))

_SPEAKER_AFTER = re.compile(r"\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\b")


# a statement's speaker named by a common noun with capitalised words before it: "a Ministry spokesman", "the Kremlin
# spokeswoman", "a food ministry official"
_SPEAKER_HEAD_BEFORE = re.compile(_SPEAKER_BEFORE_PATTERN.format(modifier=r"[\w-]"))


def speaker_head(text: str, sentence_start: int, trigger_start: int) -> Optional[str]:
    """The common noun that names the speaker of the statement whose trigger starts at ``trigger_start``, written
    right before it with an article ("a Ministry spokesman reported"), or None."""
    m = _SPEAKER_HEAD_BEFORE.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    return m.group(1) if m else None


def speaker_noun(sentence: str, ts: int, te: int) -> Optional[str]:
    """The common noun that names a statement's speaker ("seismologist"), or None."""
    # (after the verb only in a saying told after its words: '"...," said the army', not "Maróth noted the
    # military had been disarmed")
    m = _SPEAKER_BEFORE.search(sentence, max(0, ts - 50), ts) or (
        _SPEAKER_AFTER.match(sentence, te) if INVERTED_SAYING.search(sentence, 0, ts) else None)
    return m.group(1) if m else None
