"""Triggers: the words that make a sentence's events, and which of them name its events.

The table ``data/triggers.tsv`` lists, by event type, verb forms and phrases and event nouns;
:func:`pick_triggers` chooses among a sentence's hits: the first verb trigger that is not a
reporting verb (and one per clause with its own subject after "and"); else a reporting verb,
which makes a statement, with the event it reports; else the first noun trigger. A word used as
something else is no trigger (:func:`not_a_verb_here`: "numerous calls", "a heart attack",
"he was fired", "beat the Mariners 5-3").
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from .lexicon import DATA
from .textutil import lower_keeping_offsets, trie_regex


@dataclass(frozen=True)
class Trigger:
    type: str
    form: str
    verb: bool


def _load_triggers() -> tuple[re.Pattern, dict[str, Trigger]]:
    table: dict[str, Trigger] = {}
    with open(DATA / "triggers.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            for col, verb in (("verbs", True), ("nouns", False)):
                for form in filter(None, (r[col] or "").split("|")):
                    table.setdefault(form.lower(), Trigger(r["type"], form.lower(), verb))
    # matched on the lower-cased sentence; the trie form keeps the scan fast
    # ... as a whole word: not "won" in "won't"
    pattern = re.compile(r"(?<![\w-])(?:" + trie_regex(table) + r")(?![\w-]|['’]t\b)")
    return pattern, table


TRIGGER_RE, TRIGGERS = _load_triggers()


def pick_triggers(sentence: str) -> list[tuple[int, int, Trigger, bool, int]]:
    """The triggers that name the sentence's events, each with whether it is only reported and
    where its clause's subject starts (0: the sentence's): the first verb trigger that is not a
    reporting verb, and one after each "and" that opens a clause with its own subject; else a
    reporting verb, which makes a statement, with the first noun trigger's event as what the
    statement reports ("The Kremlin said the talks would cover ..."); else the first noun trigger."""
    low = lower_keeping_offsets(sentence)
    hits = [(m.start(), m.end(), TRIGGERS[m.group(0)]) for m in TRIGGER_RE.finditer(low)
            if not not_a_verb_here(low, m.start(), TRIGGERS[m.group(0)], m.end())
            and not sentence[m.start():m.end()].isupper()     # "I WON THIS ELECTION": a shout, quoted
            and not (m.group(0) == "march" and sentence[m.start()] == "M")]   # the month
    verbs = [h for h in hits if h[2].verb and h[2].type != "statement"]
    if verbs:
        out = [(*verbs[0], False, 0)]
        for v in verbs[1:]:
            # "Tsikhanouskaya has fled to Lithuania and riot police have fired ...": a clause
            # with its own subject after "and" is an event of its own
            m = _NEW_CLAUSE.search(sentence, out[-1][1], v[0])
            if m:
                out.append((*v, False, m.start("subj")))
        return out
    nouns = [h for h in hits if not h[2].verb and h[2].type != "statement"]
    said = [h for h in hits if h[2].type == "statement"]
    if said and nouns and said[0][2].form in ("reported", "reports") and said[0][0] > nouns[0][0]:
        return [(*nouns[0], True, 0)]       # "..., RIA news agency reported": the source only
    if said:
        return [(*said[0], False, 0)] + ([(*nouns[0], True, 0)] if nouns else [])
    return [(*nouns[0], False, 0)] if nouns else []


# between two verb triggers: "and" (or "but", "while") and a subject of its own before the second
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?!(?:then|also|later|again|still|subsequently|[a-z]+ly)\b)"
                         r"(?P<subj>(?:the\s+)?[\w’'.-]+\s+(?:[\w’'.-]+\s+){0,3})$", re.I)


_DETERMINER_END = re.compile(r"\b(?:the|a|an|numerous|many|several|repeated|recent|new|his|her|their|its|our|"
                             r"these|those|further|international)\s+$")
_PASSIVE_END = re.compile(r"\b(?:being|been|was|were|is|are|be)\s+(?:\w+ly\s+)?$")


_NOT_MEETING_AFTER = re.compile(r"\s+(?:the\s+)?(?:with\s+(?:violence|force|criticism|resistance|silence|"
                                r"skepticism|scepticism|protests?)|demand|demands|expectations|targets?|needs|"
                                r"deadlines?|requirements|criteria|standards|goals?)\b")


# words before an event noun that make it something else: "heart attack", "cease-fire", "under fire",
# "life support"
_NOT_EVENT_AFTER = {"attack": ("heart", "panic", "asthma", "anxiety"), "attacks": ("heart", "panic", "asthma", "anxiety"),
                    "fire": ("cease", "cease-", "under"), "support": ("life",)}
_PREV_WORD = re.compile(r"([a-z]+-?)[\s-]*$")
# verbs that only carry the event noun after them: "launched an attack" (the attack is the event)
_LIGHT_VERBS = {"launched"}
_NEXT_NOUN = re.compile(r"\s+(?:(?:an?|the|its|their|his|her|new|fresh|major|large|massive)\s+)*([a-z]+)\b")


_SPORTS_AFTER = re.compile(r"\b\d+-\d+\b|\b(?:championship|championships|title|prize|medal|game|games|match|cup|"
                           r"award|awards|trophy|race|tournament|series|final|finals|goalie|pennant|gold|silver|bronze)\b")
# "fired" in the passive after a person ("he was fired") is a dismissal; after a weapon ("rockets
# were fired", "shots were fired at police") and with "at/on/upon" it is shooting
_FIRED_PASSIVE = re.compile(r"\b([a-z]+)\s+(?:was|were|been|being|get|got|be)\s+$")
WEAPONS = frozenset("shot shots rocket rockets missile missiles round rounds bullet bullets shell shells weapon weapons "
                    "grenade grenades gas cannon cannons mortar mortars".split())
_FIRED_AT = re.compile(r"\s+(?:at|upon|into|in the air|warning|tear gas|rubber|shots|rockets|missiles)\b"
                       r"|\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|"
                       r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)")


def not_a_verb_here(low: str, i: int, trig: Trigger, e: int = 0) -> bool:
    """A verb form used as a noun or an adjective ("numerous calls from", "1,124 pledged
    delegates"), a reporting verb in the passive ("candidates being denied registration"), an
    idiom ("met with violence", "meet demand"), or an event noun that names something else after
    another word ("a heart attack", "a cease-fire"): not the event it would name."""
    if not trig.verb:
        prev = _PREV_WORD.search(low, max(0, i - 20), i)
        return prev is not None and prev.group(1) in _NOT_EVENT_AFTER.get(trig.form, ())
    before = low[max(0, i - 30):i]
    if _DETERMINER_END.search(before) or re.search(r"\d\s+$", before):
        return True
    if trig.type == "meeting" and _NOT_MEETING_AFTER.match(low, e):
        return True
    if trig.form in _LIGHT_VERBS:
        nxt = _NEXT_NOUN.match(low, e)
        if nxt and nxt.group(1) in TRIGGERS and not TRIGGERS[nxt.group(1)].verb:
            return True         # "launched an attack": the attack is the event
    if trig.type == "statement" and re.search(r"\bas (?:they|people|we|you|one)\s+$", before):
        return True             # "as they say": an idiom
    if trig.form in ("beat", "won", "win", "wins") and _SPORTS_AFTER.search(low, e, e + 60):
        return True             # "beat the Mariners 5-3", "won the championship": sport, not violence or a vote
    passive = _FIRED_PASSIVE.search(before) if trig.form == "fired" else None
    if passive and passive.group(1) not in WEAPONS and not _FIRED_AT.match(low, e):
        return True             # "he was fired", "was fired from the bank": a dismissal, not shooting
    return trig.type == "statement" and _PASSIVE_END.search(before) is not None
