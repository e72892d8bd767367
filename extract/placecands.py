"""The places a sentence offers as where an event happened, before the rules of
:mod:`extract.eventplace` choose one: the places a locative word leads ("in Minsk", "the resort of
Sochi", "shelled Ganja") or an event's name holds ("the Chicago Marathon"), the most precise of
them, places the gazetteer lacks but the text names with their container ("in Kutama, Zimbabwe"),
seats of power ("at the White House"), the part of a country a direction names ("north-eastern
Syria"), and where an article's story happens (:func:`main_place`).
"""
from __future__ import annotations

import math
import re
from typing import Optional

from .lexicon import BUILDING_NOUNS, EVENT_NAME_AFTER, EVENT_PLACE_PREPOSITIONS, VISIT_VERBS, first_names, read_rows
from .schema import Place

# where an event happened: the shared locative prepositions (not "from", "around", "through"), the
# verbs of visiting (not "left": where someone left is not where they went) and of attack
# ("shelled Ganja"), up to four words before the place; or "the resort/city/... of"
ATTACK_VERBS = frozenset("shelled bombed attacked struck hit raided stormed invaded besieged seized captured "
                         "annexed "
                         # and what a disaster does to where it happens: "are still shaking areas of
                         # northern New Zealand", "rocked the capital", "flooded parts of Bangladesh"
                         "shook shaking shakes rocked rocking ravaged devastated flooded battered "
                         "swept lashed".split())
# where a movement is headed, as "to" leads it ("the ship bound for Port Dickson")
_HEADED_FOR = {r"bound\s+for", r"headed\s+for", r"heading\s+for", r"en\s+route\s+to"}
_MOTION_ONLY = re.compile(r"to|into|towards?|" + "|".join(sorted(_HEADED_FOR)), re.I)
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?P<prep>" + "|".join(sorted(EVENT_PLACE_PREPOSITIONS | (VISIT_VERBS - {"left"}) | ATTACK_VERBS | _HEADED_FOR))
    + r")\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}?"
    r"|\b(?:resort|city|town|township|village|capital|region|province|port|district|republic|suburb|commonwealth|territory|state|island|municipality|county"
    r"|control)\s+of\s+)$", re.I)     # ("took control of Iran": there)
PRECISION_RANK = {"point": 0, "city": 1, "admin": 2, "region": 3, "country": 4, "water": 5}
# a venue a people's name qualifies: its kind or owner, not the country it stands in
_VENUE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:pub|bar|restaurant|caf[eé]|bakery|hotel|shop|store|club|embassy|"
                          r"consulate|mission|school|church|mosque|temple|synagogue|cathedral|quarter|neighbou?rhood)s?\b")
# what a country keeps abroad: "the U.S. embassy" (in Tehran)
_ABROAD_AFTER = re.compile(r"\s+(?:embassy|embassies|consulate|consulates|mission|military\s+base|base|bases)\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_TOPIC_AFTER = re.compile(r"\s+(?:question|issue|crisis|problem|dispute|file|affair|policy)\b")
# another preposition between a locative and its place: the place is that preposition's object
_OTHER_PREPOSITION = re.compile(r"\s(?:for|about|against|with|toward|towards|over|than|from)\s")
# a place that names an institution ("Cornell University"; "the University of Montreal" is in Montreal)
_INSTITUTION_AFTER = re.compile(r"\s+(?:University|College|Institute|Foundation)\b")


# a person's name and the parenthesis of their state: "Mike Huckabee (Ark.)", "John McCain (R-Ariz."
_NAME_PAREN_BEFORE = re.compile(r"[A-Z][\w.'’-]+\s*\((?:[RDI]-)?$")
# ... or "of" and their state: "Senators Jake Garn of Utah, Richard Shelby of Alabama", "Sen. Garn of Utah"
_NAME_OF_BEFORE = re.compile(r"\b(?P<first>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+\s+of\s+$"
                             r"|\b(?:Sens?|Reps?|Senators?|Representatives?|Congress(?:wo)?man|Gov)\.?\s+[A-Z][\w'’-]+\s+of\s+$")


def persons_state(p: Place, text: str) -> bool:
    """Whether the place is the state of a person named right before it, a label: in parentheses ("Mike Huckabee
    (Ark.)") or after "of" ("Richard Shelby of Alabama", a given name first; not "Bank of America"; a state, not a
    country)."""
    if text.startswith(")", p.end):
        return _NAME_PAREN_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
    m = _NAME_OF_BEFORE.search(text, max(0, p.start - 40), p.start) \
        if p.feature == "admin" and text.startswith(" of ", p.start - 4) else None     # (a state's, not "President
                                                                                      # Hassan Rouhani of Iran")
    return m is not None and (m.group("first") is None or m.group("first") in first_names())


_COAST_AFTER = re.compile(r"(?:['’]s)?\s+(?:coast|coastline|shore|shores|waters)\b")
_OFF_THE_BEFORE = re.compile(r"\b(?:off|along|on|near)\s+the\s+$")

def event_places(places: list[Place], text: str, dateline_end: int, motion: bool = True) -> list[Place]:
    """The places a locative word leads ("in Minsk", "the resort of Sochi"), or that name an event
    held there ("the Chicago Marathon"); "to X" only for a movement ("flew to Russia"), not for
    "debt to Russia" or "deliveries to Belarus"."""
    out = []
    for p in places:
        if p.start < dateline_end:
            continue
        if p.feature == "city" and EVENT_NAME_AFTER.match(text, p.end):
            out.append(p)
            continue
        if p.feature in ("city", "admin2") and _BUILDING_AFTER.match(text, p.end) \
                and _DETERMINER_BEFORE.search(text, max(0, p.start - 30), p.start):
            out.append(p)       # "the collapse of a midtown Manhattan building", "the rubble of a Floral Park house":
            continue            # where the building stands
        if p.feature == "unlisted" and (p.text.endswith(_VENUE_HEADS + _ROAD_HEADS) or p.precision == "point" and _OFFSET.match(p.text)):
            out.append(p)       # a venue, found after its own locative ("took to Yankee Stadium Sunday"); a distance
            continue            # from a town ("overturned 30 miles south of Denver"), a locative of its own
        if persons_state(p, text):
            continue            # "Gov. Mike Huckabee (Ark.) crossed a picket line": the person's state, a label
        if p.feature in ("demonym", "country") and _COAST_AFTER.match(text, p.end) \
                and _OFF_THE_BEFORE.search(text, max(0, p.start - 16), p.start):
            out.append(p)       # "capsized off the Belgian coast": at sea by that country
            continue
        if p.feature == "demonym" and _VENUE_AFTER.match(text, p.end) \
                or p.feature == "country" and _ABROAD_AFTER.match(text, p.end):
            continue            # "at an Irish pub", "at the Russian embassy", "captured the U.S. embassy": a
                                # venue's kind or owner, not where
        if p.feature == "country" and _INDEFINITE_BEFORE.search(text, max(0, p.start - 4), p.start) \
                and _LOWER_WORD_AFTER.match(text, p.end):
            continue            # "killed in a U.S. drone strike": whose strike, not where (a country after "a" is
                                # a modifier)
        if _INSTITUTION_AFTER.match(text, p.end) or _TOPIC_AFTER.match(text, p.end):
            continue            # "published in Cornell University's arXiv": an institution's name; "talks on the
                                # Macao question": what is spoken of
        window = text[max(0, p.start - 60):p.start]
        m = LOCATIVE_BEFORE.search(window)
        while m and not motion and _MOTION_ONLY.fullmatch(m.group("prep") or ""):
            m = LOCATIVE_BEFORE.search(window, m.start() + 1)     # a nearer "in" ("to be held in X")
        if m and not _OTHER_PREPOSITION.search(window, m.end("prep") if m.group("prep") else m.end()):
            out.append(p)       # (not "rich in narratives for Brazil": the place is the object of "for")
        elif _ON_THE_BEFORE.search(window) and _ON_PLACE.search(p.text) and not _MODIFIES_NOUN_AFTER.match(text, p.end):
            out.append(p)       # "struck by a cab on the Upper West Side", "lives on Long Island": a side, an island, a
                                # strip, a coast, a street is where things happen "on"
    return out


# a lower-case noun after the place, which it qualifies: "a hearing on the Gaza Strip blockade" (a topic)
_MODIFIES_NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|last|this|that|yesterday|today|tonight|and|or|but|when|where|"
                                  r"while|after|before|for|to|with|by|from|near|around|during|early|late|was|were|is|"
                                  r"are|had|has|have|said|says|told)\b)[a-z]{3,}\b")
# "on" before a place is where only for places one is on: a side of a town, an island, a strip, a bank, a coast, a
# street (not "talks on Iran", "on Monday")
_ON_THE_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_ON_PLACE = re.compile(r"\b(?:Side|Island|Islands|Strip|Bank|Coast|Shore|Peninsula|Boardwalk|Street|Avenue|Boulevard|"
                       r"Road|Drive|Parkway|Highway|Expressway|Turnpike|Bridge|Plaza|Square|Mall|Campus)$")


def best_place(cands: list[Place]) -> Optional[Place]:
    if not cands:
        return None
    # (a place the gazetteer does not list, named in its container, before the container itself:
    # "in Maidan Shahr in the centre of Afghanistan")
    return min(cands, key=lambda p: (PRECISION_RANK.get(p.precision, 9), p.feature != "unlisted", p.start))


# a place the gazetteer does not list, after a locative word and before the place that holds it:
# "born in 1924 in Kutama, Zimbabwe", "a military base in Maidan Shahr in the centre of
# Afghanistan's Wardak province", "near Santa Cruz Island off the coast of California" (not after
# "at", which leads venues: "at Carle Foundation Hospital in Urbana"); "the Red Sea port town of Mokha, Yemen"
_UNLISTED = re.compile(r"\b(?:in|near|outside|off|(?:town|city|village|port)\s+of)\s+(?P<name>(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+"
                       r"(?:\s+(?:Island|Islands|Atoll|Peninsula))?)"
                       r"(?P<link>,\s+|\s+(?:in|off|on)\s+(?:the\s+)?(?:(?:centre|center|north|south|east|west|"
                       r"north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|"
                       r"coast|outskirts|heart)\s+of\s+)?)")
# the last word of a place's name that a town's name may lead ("Carmel Valley", "Palm Springs", "Miami Beach")
_PLACE_HEADS = ("Valley", "Hills", "Heights", "Beach", "Springs", "Falls", "Village", "Lake", "Bay", "Creek",
                "Harbor", "Harbour", "Township", "Junction")
_INSTITUTION_HEADS = frozenset("Court Courts University College School Hospital Department Council Committee Board "
                               "Agency Commission Ministry Office Institute Foundation Company Corporation".split())
_NOT_A_PLACE_NAME = frozenset("The A An His Her Their Its This That Monday Tuesday Wednesday Thursday Friday "
                              "Saturday Sunday January February March April May June July August September October "
                              "November December".split())


def unlisted_places(text: str, places: list[Place], actors: list, dateline_end: int) -> list[Place]:
    """Places the gazetteer does not list, named with the place that holds them ("in Kutama,
    Zimbabwe"): each at its container's point and precision, under its own name (feature
    ``unlisted``). A name that is a known place (but for "<town> Island": "Santa Cruz Island" is no
    town), a person's or an organisation's name, a month or a weekday is none."""
    starts = {p.start: p for p in places}
    taken = [(a.start, a.end) for a in actors]
    out = []
    for m in _UNLISTED.finditer(text, dateline_end):
        a, b = m.span("name")
        name = m.group("name")
        container = starts.get(m.end())
        if container is None or container.feature not in ("country", "admin", "admin2", "city") \
                or name.split()[0] in _NOT_A_PLACE_NAME or any(x < b and a < y for x, y in taken) \
                or name.split()[-1] in _INSTITUTION_HEADS:
            continue        # (nor an institution: "a jury in State Supreme Court in Manhattan" sat in Manhattan)
        known = starts.get(a)
        if known is not None and not (name.endswith(("Island", "Islands", "Atoll", "Peninsula") + _PLACE_HEADS)
                                      and known.end < b):
            continue
        if any(a < p.start < b and p is not known for p in places):
            continue
        # ("in Carmel Valley, California": a place named after a town of its container, next to it — at the
        # town's point; else at the container's)
        at = known if known is not None and known.country == container.country and known.precision in ("point", "city") \
            and known.lat is not None and container.lat is not None and (container.feature == "country" or (
                abs(known.lat - container.lat) < 6 and abs(known.lon - container.lon) < 8)) else container
        out.append(Place(start=a, end=b, text=name, name=name, country=container.country, lat=at.lat,
                         lon=at.lon, feature="unlisted", geonameid=None, population=0,
                         precision=at.precision, score=0.0))
    return out


def _load_seats() -> list[tuple[re.Pattern, str, str, float, float]]:
    rows = read_rows("seats.tsv")
    out = []
    for r in rows:
        names = [r["seat"]] + [a for a in (r["aliases"] or "").split("|") if a]
        names = sorted({n[4:] if n.startswith("the ") else n for n in names}, key=len, reverse=True)
        out.append((re.compile(r"\b(?:at|outside|inside|near|in\s+front\s+of|from)\s+(?:the\s+)?(" +
                               "|".join(re.escape(n) for n in names) + r")\b"), r["seat"], r["country"],
                    float(r["lat"]), float(r["lon"])))
    return out


_SEATS = _load_seats()
# one scan for any seat's name before the per-seat patterns (most articles name none)
_ANY_SEAT = re.compile("|".join(p.pattern for p, *_ in _SEATS)) if _SEATS else None


def seat_places(text: str, places: list[Place]) -> list[Place]:
    """Seats of power named after a locative ("a news conference at the White House", "outside the
    Kremlin", ``data/seats.tsv``): places at the building's point, of city precision. Not one the
    gazetteer already found there."""
    out = []
    if _ANY_SEAT is None or not _ANY_SEAT.search(text):
        return out
    for pattern, seat, country, lat, lon in _SEATS:
        for m in pattern.finditer(text):
            a, b = m.span(1)
            if any(p.start < b and a < p.end for p in places):
                continue
            out.append(Place(start=a, end=b, text=m.group(1), name=seat, country=country, lat=lat, lon=lon,
                             feature="unlisted", geonameid=None, population=0, precision="city", score=0.0))
    return out


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _enumeration_runs(places: list[Place], text: str) -> list[Optional[int]]:
    """For each place (in text order), the start of the list of at least three places it is an
    item of ("Alabama, Arkansas, California and Texas"), or None."""
    runs: list[Optional[int]] = [None] * len(places)
    i = 0
    while i < len(places):
        j = i
        while j + 1 < len(places) and places[j].end <= places[j + 1].start \
                and _LIST_GAP.fullmatch(text, places[j].end, places[j + 1].start):
            j += 1
        if j - i >= 2:
            for k in range(i, j + 1):
                runs[k] = places[i].start
        i = j + 1
    return runs


def headline_places(title: str) -> list[Place]:
    """The towns, regions and countries a headline names ("Cops Join Investigation Into Fatal Stamford House Fire",
    "Russian Court Finds Pussy Riot Guilty"); none for a headline in capitals ("CSR PLANS TAKEOVER BID FOR MONIER"),
    where every word looks like a name."""
    if not title or title.isupper() or len(title) > 300:
        return []
    from .places import find_places
    # (not a people's name before a person's trade: "British mathematician Richard K. Guy dies at 103" — who he was,
    # not where he died)
    return [p for p in find_places(title) if p.feature in ("city", "admin", "admin2", "country", "demonym")
            and not (p.feature == "demonym" and _PERSON_AFTER.match(title, p.end))]


_PERSON_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+(?:ist|er|or|ian|ess|man|woman|star)s?\b(?!\s+of\b)", re.I)


# a person named by where they come from: "a skateboard shop owner from Greenpoint", "a 32-year-old from Queens", "a
# tourist from Toronto"
PERSON_FROM_BEFORE = re.compile(
    r"\b(?:owners?|residents?|natives?|m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|students?|workers?|drivers?|"
    r"mothers?|fathers?|sons?|daughters?|wife|husband|victims?|suspects?|officers?|teachers?|nurses?|doctors?|artists?|"
    r"rappers?|singers?|actors?|actress|players?|fans?|couple|family|families|tourists?|visitors?|person|people|kids?|"
    r"children|child|\d+-year-olds?|(?:\w+-)?year-old|travell?ers?|passengers?|pilgrims?|holidaymakers?)\s+"
    r"(?:originally\s+)?from\s+$", re.I)


def main_place(places: list[Place], dateline_end: int, text: str,
               reporters_place: Optional[Place] = None, headline: list[Place] = ()) -> Optional[Place]:
    """Where an article's story happens: the country named (as a country, a people or a place
    in it) at least three times and in at least half of the place mentions (a reporter's dateline,
    "SEOUL, June 29 -", counts twice); within it, the city named at least twice, once after a
    locative, and more than any other city of that country (Minsk in a story about Belarus), else
    the country's first mention as a country (or as its people), else the reporter's dateline
    city; a country named fewer times, when the text names no other country and no town, only it, its people or its
    states; or None. A place the headline names (``headline``: found in the title) counts like a dateline, and a town of
    it as named twice after a locative ("Fatal Stamford House Fire"); the answer is always a mention in the text."""
    counts: dict[str, int] = {}
    listed: set[tuple[int, str]] = set()
    for p, run in zip(places, _enumeration_runs(places, text)):
        if p.start >= dateline_end and p.country:
            # a list of places counts each country once ("members in Alabama, Arkansas, ...,
            # Virginia": one mention of the United States, not twenty-four)
            if run is not None:
                if (run, p.country) in listed:
                    continue
                listed.add((run, p.country))
            counts[p.country] = counts.get(p.country, 0) + 1
    if reporters_place is not None and reporters_place.country:
        counts[reporters_place.country] = counts.get(reporters_place.country, 0) + 2
    for p in headline:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 2
    if not counts:
        return None
    cc = max(counts, key=counts.get)
    if reporters_place is not None and list(counts) == [reporters_place.country] \
            and not any(p.start >= dateline_end for p in places):
        return reporters_place      # a wire story whose text names no place at all happens at its dateline
    if counts[cc] < 3 or 2 * counts[cc] < sum(counts.values()):
        # a local story naming one town only, in its lead, twice and at least once after a locative ("arrested in
        # his North Attleboro mansion", "found at a North Attleboro industrial park"): there (not a town of another
        # story named at the end: "As we mourn the lives lost in Orlando")
        named = [p for p in places if p.start >= dateline_end and p.country]
        lead_end = text.find("\n\n", dateline_end + 1)
        if len(named) >= 2 and len({p.name for p in named}) == 1 and named[0].feature == "city" \
                and reporters_place is None and (lead_end < 0 or named[0].start < lead_end) \
                and any(LOCATIVE_BEFORE.search(text[max(0, p.start - 60):p.start]) for p in named):
            return named[0]
        # a story of one country that names only it, its people or its states, and no town ("FDA Commissioner Stephen
        # Hahn said ... in the United States"; "the Fed ... American International Group ... New York"): that country
        # (not in a text of one paragraph: too little to say a setting)
        if len(counts) == 1 and not any(p.feature in ("city", "admin2", "unlisted") for p in named) \
                and reporters_place is None and lead_end >= 0:
            # (a people named once, and nothing else, says who someone is, not where the story is: "Two American
            # climbers died on K2")
            return next((p for p in named if p.feature == "country"), None) \
                or (next((p for p in named if p.feature == "demonym"), None) if len(named) >= 2 else None)
        return None
    cities: dict[str, list[Place]] = {}
    towns = [p for p in places if p.start >= dateline_end and p.country == cc and p.feature in ("city", "admin2")]
    # (where a person comes from is not where the story is, when it names another town: "Richard Oates, a 32-year-old
    # skateboard shop owner from Greenpoint, died ... on Delancey Street"; but "Students from Parkland marched")
    towns = [p for p in towns if not PERSON_FROM_BEFORE.search(text, max(0, p.start - 40), p.start)] or towns
    for p in towns:
        cities.setdefault(p.name, []).append(p)     # (a borough, a county: "on a Bronx sidewalk")
    in_headline = {p.name for p in headline if p.feature in ("city", "admin2") and p.country == cc}
    weight = lambda ms: len(ms) + 2 * (ms[0].name in in_headline)
    ranked = sorted(cities.values(), key=weight, reverse=True)
    if ranked and weight(ranked[0]) >= 2 and (len(ranked) == 1 or weight(ranked[0]) > weight(ranked[1])) \
            and (ranked[0][0].name in in_headline
                 or any(LOCATIVE_BEFORE.search(text[max(0, p.start - 60):p.start]) for p in ranked[0])):
        return ranked[0][0]     # (named after "in", "at" ... at least once: not "Home" of "Home State")
    country = next((p for p in places if p.country == cc and p.feature == "country" and p.start >= dateline_end), None) \
        or next((p for p in places if p.country == cc and p.feature == "demonym" and p.start >= dateline_end), None)
    # (a story told by its people and cities, "Australian store chains ... Costco's store in Canberra")
    if country is None and reporters_place is not None and reporters_place.country == cc:
        return reporters_place      # "CINCINNATI, March 2 -": a story told in cities and states of one country
    return country


# a town's name qualifying a name or a word after it: a team, a paper, a company ("the Chicago Bulls", "the Stamford
# Advocate", "a Brooklyn-bound F train", "the Montgomery-based Caddell Construction Company"), not the story's setting
QUALIFIES_NAME_AFTER = re.compile(r"(?:\s+[A-Z]|-[a-z]"
                                   # ... or who someone is: "West Virginia quarterback Geno Smith", "a California law
                                   # student"
                                   r"|\s+(?:[a-z]+\s+)?(?:quarterback|player|pitcher|coach|star|student|native|"
                                   r"senator|congress(?:wo)?man|lawmaker|rapper|singer|actor|actress)s?\b)")
# ... or a name's part after "of" ("the University of Alabama", "Bank of America")
_PART_OF_NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s+of\s+(?:the\s+)?$")


def lead_town(places: list[Place], dateline_end: int, text: str, headline: list[Place] = (),
              quoted=lambda pos: False) -> Optional[Place]:
    """Where a local story happens when it never names its country and has no dateline (a city paper's "derail in
    Woodside, Queens", "a home on Beech Place in Huntington"): a town, borough, county or state of the headline that
    the text names too, not inside a name ("Cops join investigation into fatal Stamford house fire"), else the first its lead paragraph
    names after a locative ("in Woodside"), else the first the lead names at all — never one that only qualifies a name
    ("the Chicago Bulls", "a Brooklyn-bound train", "the University of Alabama") — when at least two thirds of the
    story's places are in that country; or None (also when the headline names a town the text names only inside
    a name). Places for which ``quoted(start)`` holds (inside a quotation) are not counted."""
    named = [p for p in places if p.start >= dateline_end and p.country and not quoted(p.start)]
    if not named:
        return None
    lead_end = text.find("\n\n", dateline_end + 1)
    if lead_end < 0:
        return None     # (a text of one paragraph has no lead apart from its story: too little to say a setting)
    towns = [p for p in named if p.feature in ("city", "admin2", "admin")]
    # (not where a person comes from, "an owner from Greenpoint", when the story names another town: "Residents from
    # Flint rallied" is in Flint)
    towns = [p for p in towns if not PERSON_FROM_BEFORE.search(text, max(0, p.start - 40), p.start)] or towns
    in_headline = {p.name for p in headline if p.feature in ("city", "admin2", "admin")}
    in_a_name = lambda p: QUALIFIES_NAME_AFTER.match(text, p.end) or _PART_OF_NAME_BEFORE.search(
        text, max(0, p.start - 40), p.start)
    plain = [p for p in towns if p.start < lead_end and not in_a_name(p)]
    if in_headline and not any(p.name in in_headline for p in towns):
        return None     # (a headline's town the text names only inside a name: "the Stamford Advocate")
    town = next((p for p in towns if p.name in in_headline and not in_a_name(p)), None) \
        or next((p for p in plain if LOCATIVE_BEFORE.search(text, max(0, p.start - 60), p.start)), None) \
        or next(iter(plain), None)
    if town is None or 3 * sum(p.country == town.country for p in named) < 2 * len(named):
        return None
    return town


# a part of a country named by its direction: "north-eastern Syria", "northern New Zealand"
_DIRECTIONS = {"northern": (1, 0), "southern": (-1, 0), "eastern": (0, 1), "western": (0, -1), "central": (0, 0),
               **{f"{ns}{sep}{ew}ern": (1 if ns == "north" else -1, 1 if ew == "east" else -1)
                  for ns in ("north", "south") for ew in ("east", "west") for sep in ("-", "")}}
_DIRECTION_BEFORE = re.compile(r"\b(" + "|".join(sorted(_DIRECTIONS, key=len, reverse=True)) + r")\s+$", re.I)


def region_of(place: Place, text: str) -> Optional[Place]:
    """The part of a country a direction names ("north-eastern Syria"): its name as written, at a
    point moved from the middle of the country's towns a third of the way towards that side."""
    m = _DIRECTION_BEFORE.search(text, max(0, place.start - 16), place.start)
    if m is None or not place.country:
        return None
    from .gazetteer import country_extent
    ext = country_extent(place.country)
    if ext is None:
        return None
    south, north, west, east = ext
    dy, dx = _DIRECTIONS[m.group(1).lower()]
    lat = (south + north) / 2 + dy * (north - south) / 3
    lon = (west + east) / 2 + dx * (east - west) / 3
    return Place(start=m.start(), end=place.end, text=text[m.start():place.end], name=f"{m.group(1).lower()} {place.name}",
                 country=place.country, lat=round(lat, 4), lon=round(lon, 4), feature="region",
                 geonameid=None, population=0, precision="region", score=place.score)


# a venue the gazetteer lacks, after a locative: "at Red Bull Arena", "at Citi Field", "outside Woodhull Medical Center"
_VENUE_HEADS = ("Stadium", "Arena", "Field", "Center", "Centre", "Garden", "Coliseum", "Dome", "Bowl", "Speedway",
                "Ballpark", "Raceway")
_VENUE = re.compile(r"\b(?:at|in|inside|outside|(?<!according )(?<!due )(?<!thanks )to)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}"
                    r"(?:" + "|".join(_VENUE_HEADS) + r"))\b"
                    r"(?P<after>,?\s+(?:in\s+)?)?")


def venue_places(text: str, places: list[Place], dateline_end: int) -> list[Place]:
    """Venues the gazetteer lacks, named after a locative ("in front of a sold out crowd at Red Bull Arena"): places
    under their own name, at the point of the town named right after them ("Citi Field in Queens"), else of the
    nearest town named before them (the story's), else of the dateline's; for where events happen, not as
    mentions of places."""
    out = []
    towns = [p for p in places if p.feature in ("city", "admin2") and p.lat is not None]
    for m in _VENUE.finditer(text, dateline_end):
        a, b = m.span("name")
        if any(p.start < b and a < p.end for p in places):
            continue
        after = next((p for p in towns if p.start == m.end()), None) if m.group("after") else None
        before = [p for p in towns if p.end <= a]
        at = after or (before[-1] if before else None) or next((p for p in towns if p.start < dateline_end), None) \
            or next((p for p in towns if p.start >= b and p.start - b < 600), None)
        # (else the town the story names next, within a paragraph or two: "took to Yankee Stadium Sunday ... The
        # Bronx was buzzing long before kickoff")
        if at is not None:
            out.append(site_at(m, at))
    # a road ("a horrifying accident occurred on the Bronx River Parkway"): at the place its name begins with
    # ("Bronx"), else at a town as a venue is
    for m in _ROAD.finditer(text, dateline_end):
        a, b = m.span("name")
        inner = [p for p in places if a <= p.start and p.end < b]
        if any(p.start < b and a < p.end for p in places if p not in inner) or any(v.start == a for v in out):
            continue
        named = next((p for p in inner if p.lat is not None and p.feature in ("city", "admin2", "admin")), None)
        after = next((p for p in towns if p.start > b and TOWN_AFTER_SITE.fullmatch(text, b, p.start)), None)
        before = [p for p in towns if p.end <= a]
        at = named or after or (before[-1] if before else None) or next((p for p in towns if p.start < dateline_end), None)
        if at is not None:
            out.append(site_at(m, at))
    return out


def site_at(m: re.Match, at: Place) -> Place:
    """A venue, a road or a facility named by ``m``'s group "name", at the point of the place ``at``, of city
    precision (its name with its spaces as one: a name may run over a line's end)."""
    a, b = m.span("name")
    return Place(start=a, end=b, text=m.group("name"), name=" ".join(m.group("name").split()), country=at.country,
                 lat=at.lat, lon=at.lon, feature="unlisted", geonameid=None, population=0, precision="city", score=0.0)


# the town named right after a site: "the Bruckner Expressway in the Bronx", "Holy Cross Hospital in Fort Lauderdale"
TOWN_AFTER_SITE = re.compile(r",?\s+(?:in|near)\s+(?:the\s+)?|,\s+")
_ROAD_HEADS = ("Parkway", "Expressway", "Highway", "Freeway", "Turnpike", "Thruway", "Motorway")
_ROAD = re.compile(r"\b(?:on|along|at|near|off|onto)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}"
                   r"(?:" + "|".join(_ROAD_HEADS) + r"))\b")


_BUILDING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(BUILDING_NOUNS)) + r")\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$")
# a place told by its distance and direction from a known one: "225 km (135 miles) east of Lima at Chacapalca",
# "The oil field is about 160 km (100 miles) east of the capital, Riyadh"
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
             "northwest": 315}
_OFFSET = re.compile(r"\b(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>km|kms|kilometers|kilometres|miles)\b"
                     r"(?:\s*\([^()]{0,30}\))?\s+(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+"
                     r"(?:the\s+(?:capital|city|town|port|provincial\s+capital),?\s+)?", re.I)
# the place so told, named after it ("... east of Lima at Chacapalca") or before it ("at Kimberley, about 450 miles
# east of Vancouver")
_OFFSET_NAMED_AFTER = re.compile(r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+(?:at|in|near)\s+"
                                 r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# the words between a name and the distance that follows it: "at Kimberley, about 450 miles", ", located some 20 km"
_HEDGES = r"(?:(?:located|situated|about|some|roughly|approximately|just|nearly|around)\s+)*$"
_OFFSET_NAMED_BEFORE = re.compile(r"\b(?:at|in|near)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+" + _HEDGES)
# a known place in the phrase the distance is an apposition to: "The Trail smelter, about 400 miles east of Vancouver,"
_APPOSED_BEFORE = re.compile(r"(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s+" + _HEDGES)
_KM_PER_MILE = 1.609344


def offset_places(text: str, places: list[Place], dateline_end: int) -> tuple[list[Place], set[int]]:
    """Places told by their distance and direction from a known place ("225 km (135 miles) east of Lima at
    Chacapalca"): each at the point so reached, under the name the text gives it (else under the phrase
    itself), of point precision; and the ids of the known places so used, which are references, not where
    anything told there happened (the train was not derailed in Lima). A place named with the distance that
    the gazetteer knows ("at Kimberley, about 450 miles east of Vancouver") stays as it is."""
    out: list[Place] = []
    references: set[int] = set()
    if "of" not in text:
        return out, references
    starts = {p.start: p for p in places}
    for m in _OFFSET.finditer(text, dateline_end):
        ref = starts.get(m.end())
        if ref is None or ref.lat is None or ref.lon is None or ref.feature not in ("city", "admin", "admin2", "unlisted"):
            continue
        references.add(id(ref))
        after = _OFFSET_NAMED_AFTER.match(text, ref.end)
        before = _OFFSET_NAMED_BEFORE.search(text, max(0, m.start() - 80), m.start())
        named = next((x for x in (after, before) if x is not None), None)
        apposed = _APPOSED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if apposed is not None and any(apposed.start() <= p.start < apposed.end() and p.lat is not None
                                       and p.feature in ("city", "admin2", "unlisted") for p in places):
            continue        # ("The Trail smelter, about 400 miles east of Vancouver,": the smelter is at Trail)
        if named is not None and (named.start("name") in starts or any(
                p.start < named.end("name") and named.start("name") < p.end for p in places)):
            continue        # (a place the gazetteer knows: it is where things happen)
        km = float(m.group("n").replace(",", "")) * (1.0 if m.group("unit").lower().startswith("k") else _KM_PER_MILE)
        if not 0 < km <= 2000:
            continue
        bearing = math.radians(_BEARINGS[m.group("dir").lower().replace("-", "")])
        lat = ref.lat + km * math.cos(bearing) / 111.2
        lon = ref.lon + km * math.sin(bearing) / (111.2 * max(0.1, math.cos(math.radians(ref.lat))))
        if named is not None:
            a, b, name = named.start("name"), named.end("name"), named.group("name")
        else:
            a, b = m.start(), ref.end
            name = text[a:b]
        out.append(Place(start=a, end=b, text=text[a:b], name=name, country=ref.country, lat=round(lat, 5),
                         lon=round(lon, 5), feature="unlisted", geonameid=None, population=0, precision="point",
                         score=0.0))
    return out, references
