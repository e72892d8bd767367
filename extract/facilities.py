"""A facility where the event's own clause puts it: "died at Gilchrist Hospice Care", "a protest had taken
place in Forbury Gardens", "performed at Carnegie Hall in 1963".

The gazetteer has towns, not hospitals, parks, halls or cemeteries; a name ending in one of their heads
(``FACILITY_HEADS``) that follows the event's trigger in the same clause, after "at", "in", "inside",
"outside" or "near", is where that event happened: the event is placed there, at the point of the
facility's town (a town inside its name, "Sarasota Memorial Hospital"; named right after it, "Holy Cross
Hospital in Fort Lauderdale"; the event's own town; else, for an event with no place yet, the town the text named
last before it). The facility places only the event whose clause names it: unlike a stadium
(:func:`extract.placecands.venue_places`) it does not become the story's setting ("the attack began at Fishmongers'
Hall" does not put the arrest on London Bridge there); nor is it the place of another happening the clause names
("arrested in Leeds over the attack at Fishmongers' Hall") or of what a saying says ("police said the victim was in
critical condition at Jackson Memorial Hospital").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .placecands import TOWN_AFTER_SITE, site_at
from .schema import Event, Place

# the last word(s) of a facility's name
FACILITY_HEADS = ("Hospital", "Medical Center", "Medical Centre", "Hospice Care", "Hospice", "Cemetery", "Gardens",
                  "Park", "Square", "Plaza", "Hall", "Museum", "Hotel", "Church", "Cathedral", "Mosque", "Synagogue",
                  "Theater", "Theatre", "Opera House", "Zoo", "Courthouse", "Prison", "Jail")
_HEADS = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in FACILITY_HEADS), key=len, reverse=True))
_FACILITY = re.compile(r"\b(?:at|in|inside|outside|near)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?(?:"
                       + _HEADS + r")(?:\s+of\s+(?!Fame\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)\b"
                       r"(?!\s+[A-Z])")
# between the trigger and the facility: the same clause (no punctuation, no word that opens another clause)
_SAME_CLAUSE = re.compile(r"[^,;:()\"“”\n]{0,60}")
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|while|after|before|until|because|since|and|"
                           r"but|or|as|if|said|says|told|"
                           # (nor another happening's place: "arrested in Leeds over the attack at Fishmongers' Hall",
                           # "sentenced on Friday to 20 years in Pentonville Prison", "for the murder")
                           r"over|to|attack|murder|shooting|killing|bombing|stabbing|crash|fire|explosion|death)\b",
                           re.I)
# a saying's facility is where it was said, right after its verb: "said at a news conference at City Hall"; not a place
# in what is said ("police said the victim was in critical condition at Jackson Memorial Hospital")
_SAID_GAP = re.compile(r"(?:\s*(?:[Oo]n|late|early|last|this|yesterday|today|tonight|\w+day|morning|afternoon|evening|"
                       r"night|"
                       r"a|an|the|his|her|their|its|news|press|conference|briefing|speech|rally|reporters|journalists|"
                       r"during|at|in|outside|[A-Z][\w.&'’-]*))*\s*")     # (an outlet: "told Metro at")
_TOWN_FEATURES = ("city", "admin2", "unlisted")


def facility_of(text: str, ev: Event, places: list[Place]) -> Optional[tuple[Place, Place]]:
    """The facility the event's own clause puts it at, at the point of its town, and that town; or None."""
    gap_start = ev.trigger_end
    for m in _FACILITY.finditer(text, gap_start, ev.sentence_end):
        gap = text[gap_start:m.start()]
        if not _SAME_CLAUSE.fullmatch(gap) or _OTHER_CLAUSE.search(gap) \
                or ev.type == "statement" and not _SAID_GAP.fullmatch(gap):
            return None
        a, b = m.span("name")
        inner = [p for p in places if a <= p.start and p.end <= b]
        if any(p.start < b and a < p.end for p in places if p not in inner) \
                or any(p.end - p.start == b - a for p in inner):
            return None             # a known place is the name or overlaps it ("New Hyde Park"): the gazetteer's
        if inner and not any(p.feature in _TOWN_FEATURES for p in inner) and inner[0].start == a:
            return None             # a country's or a region's name ("Pakistan Park"): not a site we can place
        town = _town_for(text, ev, places, inner, b)
        return (site_at(m, town), town) if town is not None else None
    return None


def _town_for(text: str, ev: Event, places: list[Place], inner: list[Place], end: int) -> Optional[Place]:
    towns = [p for p in places if p.feature in _TOWN_FEATURES and p.lat is not None]
    named = next((p for p in inner if p in towns), None)
    after = next((p for p in towns if p.start >= end and TOWN_AFTER_SITE.fullmatch(text, end, p.start)), None)
    own = ev.place if ev.place is not None and ev.place.feature in _TOWN_FEATURES and ev.place.lat is not None else None
    if ev.place is not None and own is None:
        return named or after       # (an event placed in a state or a country: no town named before it, which may lie
                                    # elsewhere — "grew up in Houston, Texas ... opened fire at Emanuel AME Church in
                                    # South Carolina")
    before = [p for p in towns if p.end <= ev.sentence_start]
    return named or after or own or (before[-1] if before else None)


def place_at_facilities(text: str, events: list[Event], places: list[Place]) -> list[Event]:
    """The events whose own clause names a facility after their trigger, placed there (:func:`facility_of`)."""
    out = []
    for ev in events:
        found = facility_of(text, ev, places)
        if found is not None and (ev.place is None or ev.place.country == found[0].country):
            f, town = found
            ev = replace(ev, place=f, place_resolution="sentence",
                         why_place=f"'{text[ev.trigger_start:f.end]}': the facility its clause names, in {town.name}")
        out.append(ev)
    return out

