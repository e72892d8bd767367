"""References back to a named actor: pronouns ("he", "its", "they"), relatives ("who",
"which"), "we"/"our" inside a quotation, and nominals ("the company", "the country"), each given
the name of the actor it refers to (see :func:`with_references`).
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import NOMINALS, gender_of
from .schema import Actor
from .sentences import ROUGH_END
from .textutil import in_quotation, trie_regex


# the references to an actor named before, in one pattern: "he", "its"/"they", "which"/"who",
# "we"/"our" (inside a quotation), "the company"/"the country" ("it" before "is"/"was" is
# mostly the empty subject: "it is expected", "it was the first")
_REFERENCE = re.compile(
    r"\b(?:(?P<personal>[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)"
    r"|(?P<it>[Ii]t(?!['’]s\b|\s+(?:is|was|seems|appears|remains|will be|would be|has been|had been|takes|took)\b)"
    r"|[Ii]t(?=\s+(?:is|was)\s+(?:\w+ing|to)\b)|[Ii]ts)"
    r"|(?P<they>[Tt]hey|[Tt]heir)"
    r"|(?P<relative>which|who)"
    r"|(?P<we>[Ww]e|[Oo]ur|us)"
    r"|(?P<nominal>[Tt]he (?P<noun>" + trie_regex(NOMINALS | {"country", "nation"}) + r")))\b")
REFERENCE_WINDOW = 1500         # characters back to look for what a pronoun refers to


def with_references(text: str, named: list[Actor], skip_end: int,
                      countries: list[Actor] = ()) -> list[Actor]:
    """Add the pronouns ("he", "its", "they") and nominals ("the company") that refer back to a
    named actor, with that actor's name: the last person before "he"; for "it"/"they" the last
    actor of the same or the previous sentence, when it is an organisation, a country or a
    group; for "the company" the last organisation; for "the country" the last country named."""
    from bisect import bisect_right
    if not named:
        return named
    ends = [a.end for a in named]
    starts = [a.start for a in named]
    # where sentences start, roughly (a full split_sentences costs more than all the look-ups)
    sent_starts = [0] + [m.end() for m in ROUGH_END.finditer(text)]
    out = list(named)
    # for each prefix of ``named``, the index of its last actor of each class (O(1) look-ups)
    classes = {"person": ("person",), "org": ("organisation",),
               "thing": ("organisation", "country", "group"), "it": ("organisation", "country"),
               "any": ("person", "organisation", "country", "group"),
               "he": ("person",), "she": ("person",)}
    unlike = {"he": "F", "she": "M"}    # "she" is not a man known by his first name, "he" not a woman
    last_of = {c: [] for c in classes}
    seen = {c: None for c in classes}
    for i, a in enumerate(named):
        sex = gender_of(a.name) if a.kind == "person" else None
        for c, kinds in classes.items():
            last_of[c].append(seen[c])
            if a.kind in kinds and (c not in unlike or sex != unlike[c]):
                seen[c] = i
    for c in classes:
        last_of[c].append(seen[c])

    def last(pos: int, cls: str, floor: int) -> Optional[Actor]:
        i = last_of[cls][bisect_right(ends, pos)]
        return named[i] if i is not None and named[i].end > floor else None

    def free(s: int, e: int) -> bool:
        i = bisect_right(starts, s) - 1
        if i >= 0 and named[i].end > s:
            return False
        return i + 1 >= len(named) or named[i + 1].start >= e

    def sent_floor(pos: int) -> int:
        si = bisect_right(sent_starts, pos) - 1
        return sent_starts[max(0, si - 1)] - 1

    countries = sorted(countries, key=lambda c: c.end)
    country_ends = [c.end for c in countries]
    tally: dict[str, int] = {}
    for c in countries:
        tally[c.name] = tally.get(c.name, 0) + 1
    for m in _REFERENCE.finditer(text, skip_end):       # one pass for every kind of reference
        s, e, kind = m.start(), m.end(), m.lastgroup
        if kind == "personal":
            a = last(s, "she" if m.group()[0] in "Ss" or m.group() in ("her", "Her") else "he", s - REFERENCE_WINDOW)
        elif kind in ("it", "they"):
            a = last(s, kind if kind == "it" else "thing", sent_floor(s))
        elif kind == "we":
            # "We've reduced our costs," said Boeing's ...: inside a quotation, the organisation
            if not in_quotation(text, s):
                continue
            a = last(s, "org", s - REFERENCE_WINDOW)
        elif kind == "relative":
            a = last(s, "any", s - 40)
            if a is None or not re.fullmatch(r"(?:\s*\([^()]{1,30}\))?,\s*", text[a.end:s]) \
                    or (a.kind == "person") != (m.group() == "who"):
                continue
        elif m.group("noun") in ("country", "nation"):
            if not country_ends:
                continue
            # the country the text is about: the most named, the latest on a tie
            i = bisect_right(country_ends, s)
            c = max(reversed(countries[max(0, i - 50):i]), key=lambda x: tally[x.name], default=None)
            if c is not None and c.end > s - REFERENCE_WINDOW and free(s, e):
                out.append(Actor(s, e, m.group(), c.name, "country"))
            continue
        else:
            a = last(s, "org", s - REFERENCE_WINDOW)
        if a is not None and free(s, e):
            out.append(Actor(s, e, m.group(), a.name, a.kind))
    out.sort(key=lambda a: a.start)
    return out
