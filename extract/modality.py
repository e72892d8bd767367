"""An event's modality from the words of its own clause: asserted, planned, hypothetical or negated; what a statement
reports is reported, and an asserted event dated after its own report is planned. Called by
:func:`extract.events._sentence_events` for each event it makes; the story (an ``events._Story``) is passed in, not
imported."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .tenses import HYPOTHETICAL, PLANNED
from .timex import PAST_WORDS
from .triggers import SUBORDINATE, Trigger


NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.I)


def _own_clause(sentence: str, ts: int, te: int) -> str:
    """The words of a reporting verb's own clause ("political analyst Georgy Bovt wrote" in
    "The talks could cover ..., Bovt wrote"): what it says has its own modality."""
    start = max(sentence.rfind(c, 0, ts) for c in (",", "”", '"', ";", ":")) + 1
    return sentence[start:te]


def _modality(sentence: str) -> str:
    """Modality of the event from the words up to its trigger ("was to send", "could cover")."""
    if NEGATED.search(sentence):
        return "negated"
    if PLANNED.search(sentence):
        return "planned"
    if HYPOTHETICAL.search(sentence):
        return "hypothetical"
    return "asserted"


def event_modality(story, sentence: str, tw: Trigger, ts: int, te: int, reported: bool,
                   d0: Optional[str]) -> str:
    """asserted, planned, hypothetical or negated from the words up to the trigger (a statement:
    its own clause); what a statement reports is ``reported``; an asserted event dated after its
    own report is planned."""
    # (from the last semicolon: "Both officers indicated they would appeal; Quirin wept when convicted")
    upto = sentence[sentence.rfind(";", 0, ts) + 1:te + (0 if tw.verb else 25)]
    ts_here = ts - (sentence.rfind(";", 0, ts) + 1)
    if tw.type != "statement":      # not the words of a relative clause ("Ohio, which was scheduled to
        upto = SUBORDINATE.sub(" ", upto[:ts_here]) + upto[ts_here:]      # hold a primary, delayed its voting")
    # nor of an adverbial of a participle before the main clause ("While not naming any other bidders,
    # Maróth said the Hungarian bid won")
    upto = _PARTICIPLE_ADVERBIAL.sub(" ", upto, count=1)
    # nor of a clause before the trigger's own adverbial clause ("Perrone will die in prison, as a judge
    # sentenced him to 75 years": the sentencing is told as done)
    own_from = [m.end() for m in _OWN_CLAUSE_OPENS.finditer(upto)
                if m.end() <= len(upto) - (te - ts) - (0 if tw.verb else 25)]
    if own_from and tw.verb:
        upto = upto[own_from[-1]:]
    modality = _modality(_own_clause(sentence, ts, te) if tw.type == "statement" else upto)
    if reported and modality == "asserted":
        return "reported"    # what a statement says happened or will happen
    if modality == "asserted" and story.pub and d0 and d0 > story.pub and tw.type != "statement" \
            and not (tw.verb and (tw.form.endswith("ed") or tw.form in PAST_WORDS)
                     and d0 <= (date.fromisoformat(story.pub) + timedelta(days=1)).isoformat()):
        # ("died early Friday local time" in a report of Thursday: a day ahead, told as done)
        return "planned"     # dated after its own report: it has not happened yet
    return modality


_OWN_CLAUSE_OPENS = re.compile(r",\s+(?:as|when|while|after|because|since|whereas|though|although)\s+", re.I)
_PARTICIPLE_ADVERBIAL = re.compile(r"^\s*(?:While|Though|Although|Despite|By|After|Before|Without)\s+(?:not\s+)?"
                                   r"[a-z]+ing\b[^,;]*,", re.I)
