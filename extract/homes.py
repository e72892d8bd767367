"""Where a speaker or a body is at home: a supreme court in its country's capital, a governor in the state
the story names most, a person the story named with an office of a place ("Brooklyn District Attorney Ken
Thompson") in that place. Read by :func:`extract.eventplace.event_place` for words said or acts done with no place
of their own; each helper reads the article once (the story caches what it finds)."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .schema import Place


# the subject of a court's act: "the United States Supreme Court", "Supreme Court Justice Sandra Day O'Connor",
# "A Supreme Court spokesman", "The Supreme Court decision"
SUPREME_COURT_BEFORE = re.compile(
    r"\b(?:(?P<who>U\.S\.|US|United\s+States|[A-Z][a-z]+(?:['’]s)?)\s+)?Supreme\s+Court"
    r"(?:['’]s)?(?:\s+(?:Justice(?:\s+[A-Z][\w.'’-]*){1,4}|spokesman|spokeswoman|spokesperson|decision|ruling|"
    r"opinion|majority))?(?:\s+(?:on\s+\w+day|has|have|had|also|unanimously|today|yesterday|early\s+this\s+morning|"
    r"this\s+morning|late\s+\w+day))*\s+$")


def supreme_court_seat(story, m: re.Match, s_places: list[Place]) -> Optional[Place]:
    """The capital of the country whose supreme court ``m`` names: of the country written before it, else of the
    story's country; None for a state's court or an unknown country."""
    who = m.group("who")
    cc = None
    if who is not None and who not in ("The", "A", "An", "the"):
        if who in ("U.S.", "US") or who.startswith("United"):
            cc = "US"
        else:
            named = next((p for p in s_places if p.start == m.start("who")), None)
            if named is None or named.feature not in ("country", "demonym"):
                return None         # ("the Texas Supreme Court", "New York State Supreme Court": a state's)
            cc = named.country
    elif story.main_country is not None:
        cc = story.main_country.country
    if not cc:
        return None
    from .gazetteer import capital_records, default_gazetteer
    r = capital_records(default_gazetteer()).get(cc)
    if r is None:
        return None
    return _town_place(r, m.start(), m.end(), m.group(0).strip())


def _town_place(r, start: int, end: int, text: str) -> Place:
    """A gazetteer town named in the text by something of it (its court, its police), at city precision."""
    return Place(start=start, end=end, text=text, name=r.name, country=r.country, lat=r.lat, lon=r.lon,
                 feature=r.feature, geonameid=r.geonameid, population=r.population, precision="city", score=0.0)


# a governor's title before the speaker's name: "Gov. Jared Polis", "Governor John Bel Edwards"
GOVERNOR_BEFORE = re.compile(r"\b(?:Gov\.|Governor)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:also|later|then|on)\s+)?$")


def office_places(story) -> dict:
    """Surname → the place whose office the story gave the person before their name ("Brooklyn District Attorney
    Ken Thompson", "Mexican Foreign Minister Marcelo Ebrard"), found once a story."""
    if story.office_places is None:
        story.office_places = {}
        for p in story.places:
            if p.feature in ("city", "admin", "admin2", "country", "demonym") and not story.quoted(p.start):
                m = _OFFICE_AND_NAME_AFTER.match(story.text, p.end)
                if m is not None:
                    story.office_places.setdefault(surname_key(m.group("name")), p)
    return story.office_places


def surname_key(name: str) -> str:
    """A person's last name, for finding them again: without accents ("Recep Tayyip Erdoğan" and "Erdogan" are
    one person to a story that writes both)."""
    last = name.split()[-1] if name.split() else name
    return "".join(c for c in unicodedata.normalize("NFKD", last) if not unicodedata.combining(c))


# an office of a place before its holder's name ("Brooklyn District Attorney Ken Thompson", "Bangladeshi Road
# Transport and Bridges Minister Obaidul Quader", "Texas Attorney General Ken Paxton", "Polish leader Jaroslaw
# Kaczynski", "Northamptonshire's chief constable Nick Adderley"), or in apposition before it ("Australia's home
# affairs minister, Peter Dutton,"); not an envoy's, a judge's, a senator's or a secretary's of state, who act
# elsewhere ("US Secretary of State Mike Pompeo posted a message on Twitter": the country is his, not where he was)
_OFFICES = (r"District\s+Attorney|Attorney\s+General|Mayor|[Pp]olice\s+(?:Commissioner|Chief|commissioner|chief)|"
            r"Governor|Sheriff|[Mm]inister|President|Premier|Chancellor|"
            r"[Ll]eader|[Cc]hief\s+[Cc]onstable|[Cc]ommissioner|[Dd]irector-[Gg]eneral")
_OFFICE_AND_NAME_AFTER = re.compile(
    r"(?:['’]s\s+(?:[A-Za-z-]+\s+){0,3}?|\s+(?:(?:[A-Z][a-z]+|and)\s+){0,4}?)(?:" + _OFFICES + r"),?"
    r"\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


def governors(story) -> frozenset:
    """The surnames of the people the story names with a governor's title ("Gov. Chris Christie", "Governor Andrew
    Cuomo"), found once a story."""
    if story.governors is None:
        story.governors = frozenset(m.group(1).split()[-1] for m in _GOVERNOR_NAME.finditer(story.text))
    return story.governors


_GOVERNOR_NAME = re.compile(r"\b(?:Gov\.|Governor)\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)")


def story_state(story) -> Optional[Place]:
    """The state (first-level division) of the story's country (if it has one) the article names most, at least
    twice and more than any other; or None."""
    main = story.main_country
    counts: dict[str, list[Place]] = {}
    for p in story.places:
        if p.feature == "admin" and (main is None or p.country == main.country):
            counts.setdefault(p.name, []).append(p)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[1]) == len(ranked[0]):
        return None
    return ranked[0][0]


def most_named_country(places: list[Place]) -> Optional[Place]:
    """The country named (as a country) more often than any other, at its first mention; or None."""
    counts: dict[str, int] = {}
    for p in places:
        if p.feature == "country" and p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    cc = max(counts, key=counts.get)
    return next(p for p in places if p.country == cc and p.feature == "country")


def _load_city_bodies() -> tuple[Optional[re.Pattern], dict[str, tuple[str, int]]]:
    from .lexicon import read_rows
    names: dict[str, tuple[str, int]] = {}
    for r in read_rows("city_bodies.tsv"):
        for n in [r["body"]] + [a for a in (r["aliases"] or "").split("|") if a]:
            names[n] = (r["city"], int(r["geonameid"]))
    if not names:
        return None, names
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"), names


_CITY_BODY, _CITY_BODIES = _load_city_bodies()


def city_body_place(text: str, a: int, b: int) -> Optional[Place]:
    """The city of a city's own body named in ``text[a:b]`` ("The NYPD says", "FDNY Commissioner Daniel Nigro
    said", ``data/city_bodies.tsv``), as a place of city precision; else None."""
    m = _CITY_BODY.search(text, a, b) if _CITY_BODY is not None else None
    if m is None:
        return None
    city, gid = _CITY_BODIES[m.group(1)]
    from .gazetteer import default_gazetteer
    r = next((r for r in default_gazetteer().candidates(city) if r.geonameid == gid), None)
    if r is None:
        raise LookupError(f"city_bodies.tsv: no record {gid} ({city}) in the gazetteer; "
                          "run `python scripts/add_gazetteer_keys.py` or rebuild the gazetteer")
    return _town_place(r, m.start(1), m.end(1), m.group(1))
