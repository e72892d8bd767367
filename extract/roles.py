"""Roles: who acted (ACLED's actor1) and who was acted upon (actor2) in an event's clause."""
from __future__ import annotations

import re

from .schema import Actor
from .textutil import trie_regex
from .triggers import TRIGGERS

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_CLAUSE_PUNCT = re.compile(r"[,;:]")

# pronouns that are never a clause's subject
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))
# a lower-case word after a possessive: the noun it determines ("his family", "her lawyer")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
# the reporting verbs of the trigger table, and others that only report ("added", "confirmed");
# not in a relative clause ("who said") nor in the passive ("was declared the winner")
_SAYS_BETWEEN = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:"
                           + trie_regex({f for f, t in TRIGGERS.items() if t.type == "statement" and t.verb and " " not in f}
                                        | {"tells", "reports", "states", "claims", "alleged", "alleges", "added", "adds",
                                           "writes", "confirmed", "confirms", "accuses", "warns"}) + r")\b")
# "..., according to the Viasna human rights group": the source
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_SOURCE_AFTER = re.compile(r"\s+(?:reported|reports|said|says|told|wrote|quoted)\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}$")
_PREP_BEFORE = re.compile(r"\b(?i:of|in|to|for|from|with|against|on|at|into|over|about|near|towards?|"
                          r"between|among|like|than)\s+(?:the\s+)?(?:[a-z][\w’'.-]*\s+){0,2}$")


def actor_roles(text: str, actors: list[Actor], ts: int, te: int, s0: int = 0) -> tuple[list[Actor], list[Actor]]:
    """Who acted and who was acted upon, as ACLED's actor1 / actor2: the subject before the
    trigger acts ("Russia was to send paratroopers to Belarus"), what follows it is acted upon;
    a passive trigger turns that round ("eight officials were sanctioned by OFAC"). Actors
    inside a prepositional phrase before the trigger ("the leader of Belarus said") are
    neither: the head of the phrase is. ``s0`` is where the sentence starts."""
    before = [a for a in actors if a.end <= ts]
    after = [a for a in actors if a.start >= te]
    # "by X" after the trigger is the agent: "sanctions were imposed by Canada", "talks hosted by"
    agents = [a for a in after if a.start - te < 80 and not _CLAUSE_PUNCT.search(text[te:a.start])
              and _BY_BEFORE.search(text, max(te, a.start - 60), a.start)]
    if agents and _PASSIVE_BEFORE.search(text, max(s0, ts - 30), ts):
        return agents, [a for a in before + after if a not in agents]
    subjects = [a for a in before if not _PREP_BEFORE.search(text, max(s0, a.start - 50), a.start)
                # "His family said": the family speaks, not the person "his" refers to; "him", "her",
                # "them" are no subjects ("His wife found him at home, police said")
                and not (a.text.lower() in ("his", "her") and _NOUN_AFTER.match(text, a.end))
                and a.text.lower() not in _OBJECT_PRONOUNS]
    # "Amnesty said police tortured detainees": who says it is the source, not a party to it
    # (not "Police, who said nothing, detained ...")
    subjects = [a for a in subjects if not _SAYS_BETWEEN.search(text, a.end, ts)]
    # "..., RIA news agency reported": the source of the report, not a party to the event
    objects = [a for a in after if a not in agents and not _SOURCE_AFTER.match(text, a.end)
               and not _ACCORDING_TO.search(text, max(te, a.start - 40), a.start)]
    return subjects + agents, objects
