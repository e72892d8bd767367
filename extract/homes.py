"""Where a speaker or a body is at home: a supreme court in its country's capital, a governor in the state
the story names most, a person the story named with an office of a place ("Brooklyn District Attorney Ken
Thompson") in that place, a holder of a national office in a story of one country in that country; and the city of a
local outlet (``data/outlet_homes.tsv``) for a story of it that names no setting of its own. Read by
:func:`extract.storyplace.context_place` for words said or acts done with no place of their own; each helper reads the
article once (the story caches what it finds)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from .lexicon import CITY_PARTS, DEMONYMS
from .schema import Place
from .textutil import without_accents


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


def _listed_town(name: str, geonameid: int, table: str):
    """The gazetteer's record of a town a data table names by its name and GeoNames id; a table that names a record the
    shipped gazetteer lacks fails loudly, with the command that mends it."""
    from .gazetteer import default_gazetteer
    r = next((r for r in default_gazetteer().candidates(name) if r.geonameid == geonameid), None)
    if r is None:
        raise LookupError(f"{table}: no record {geonameid} ({name}) in the gazetteer; "
                          "run `python scripts/add_gazetteer_keys.py` or rebuild the gazetteer")
    return r


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


# a prosecutor's office named by its town or county: "Manhattan D.A. Cyrus Vance", "the Brooklyn District Attorney's
# office", "Nassau County District Attorney"
_PROSECUTOR_AFTER = re.compile(r"(?:\s+County)?(?:['’]s)?\s+(?:D\.A\.|DA\b|[Dd]istrict\s+[Aa]ttorney)")
# an office left: "Former Manhattan District Attorney Robert Morgenthau"
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|ex-|[Ll]ate)\s+$")


def prosecutors_seat(story) -> Optional[Place]:
    """The town or county whose prosecutor the story names (outside quotations, not an office left: "Former
    Manhattan District Attorney"), when it names one only: where the courts of the prosecutor's cases sit; or None."""
    if story.prosecutor_town is None:
        seats = {p.name: p for p in story.places if p.feature in ("city", "admin2") and not story.quoted(p.start)
                 and _PROSECUTOR_AFTER.match(story.text, p.end)
                 and not _FORMER_BEFORE.search(story.text, max(0, p.start - 12), p.start)}
        story.prosecutor_town = next(iter(seats.values())) if len(seats) == 1 else False
    return story.prosecutor_town or None


# a company named after the town it is based in: "Menomonee Falls, Wisconsin-based Kohl's", "Atlanta-based Delta",
# "Brussels-based media network EURACTIV"; or before it: "Kohl's, based in Menomonee Falls,"
_BASED_ORG_AFTER = re.compile(r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)?-based\s+(?:[a-z][\w-]*\s+){0,3}?"
                              r"(?P<org>[A-Z][\w&.'’-]*)")
_ORG_BASED_IN_BEFORE = re.compile(r"(?P<org>[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3},\s+(?:which\s+is\s+)?based\s+in\s+$")


def company_seats(story) -> dict:
    """A company's first word (without a possessive: "Kohl") → the town the story says it is based in, found once a
    story; towns only (a country-based company — "UK-based retailer Tesco" — speaks anywhere in it)."""
    if story.company_seats is None:
        story.company_seats = {}
        text = story.text
        for p in story.places:
            if p.feature not in ("city", "admin2") or story.quoted(p.start):
                continue
            m = _BASED_ORG_AFTER.match(text, p.end)
            org = m.group("org") if m is not None else None
            if org is None:
                b = _ORG_BASED_IN_BEFORE.search(text, max(0, p.start - 80), p.start)
                org = b.group("org") if b is not None else None
            if org is not None:
                story.company_seats.setdefault(company_key(org), p)
    return story.company_seats


_POSSESSIVE_END = re.compile(r"['’]s?$")


def company_key(name: str) -> str:
    """A company's name for finding it again: its first word without a possessive ("Kohl’s Corp" → "Kohl")."""
    first = name.split()[0] if name.split() else name
    return _POSSESSIVE_END.sub("", first)


def surname_key(name: str) -> str:
    """A person's last name, for finding them again: without accents ("Recep Tayyip Erdoğan" and "Erdogan" are
    one person to a story that writes both)."""
    last = name.split()[-1] if name.split() else name
    return without_accents(last)


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


# a mayor's title before the speaker's name, with no place before it ("Mayor Bloomberg", not "Waterloo Mayor Quentin
# Hart", whose town :func:`office_places` knows)
_MAYOR_BEFORE = re.compile(r"\bMayor\s+(?:(?:[A-Z][\w.'’-]*|de|van|da|di|le|del|von)\s+){1,4}"
                           r"(?:(?:also|later|then|on)\s+)?$")
_NAME_WORD_END = re.compile(r"[A-Z][\w.'’-]*\s+$")


def mayor_before(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends with a mayor's title and name with no place before the title ("Mayor Bloomberg
    said", not "Waterloo Mayor Quentin Hart said")."""
    m = _MAYOR_BEFORE.search(text, a, b)
    return m is not None and not (_NAME_WORD_END.search(text, max(a, m.start() - 30), m.start())
                                  and not text[:m.start()].rstrip().endswith((".", "\n")) and m.start() > a)


_MAYOR_NAME = re.compile(r"(?<![A-Za-z] )\bMayor\s+((?:(?:[A-Z][\w'’-]*|de|van|da|di|le|del|von)\s+){0,3}"
                         r"[A-Z][\w'’-]+)"
                         r"(?!\s+of\s+[A-Z])")       # (not "Mayor Eric Garcetti of Los Angeles")


def mayors(story) -> frozenset:
    """The surnames of the people the story names with a mayor's title and no town before it ("Mayor Bill de
    Blasio"), found once a story."""
    if story.mayors is None:
        story.mayors = frozenset(m.group(1).split()[-1] for m in _MAYOR_NAME.finditer(story.text))
    return story.mayors


# an office or the officials of "the city", right before their verb: "A spokesperson for the city's Law Department said",
# "city officials said", "a City Hall spokesman said"
_CITYS_OFFICE_BEFORE = re.compile(r"(?:\b[Tt]he\s+city['’]s\s+(?:[\w-]+\s+){1,4}|\b[Cc]ity\s+(?:officials|spokes(?:wo)?man|"
                                  r"spokesperson)\s+|\bCity\s+Hall\s+(?:[\w-]+\s+){0,2})"
                                  r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:has|have|had|also|later|then)\s+)?$")


def citys_office_before(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends with an office or the officials of "the city" before their verb."""
    return _CITYS_OFFICE_BEFORE.search(text, a, b) is not None


def mayors_town(story) -> Optional[Place]:
    """The town whose mayor a story of one town speaks of: that town, or the city it is a part of (a borough of New
    York City, ``data/city_parts.tsv``); None for a story of a country or a state."""
    main = story.main_country
    if main is None or not (main.precision == "city" or main.feature == "admin2"):
        return None
    part = CITY_PARTS.get(main.name)
    if part is None:
        return main
    from .gazetteer import haversine_km
    city = _listed_town(part[0], part[1], "city_parts.tsv")
    if main.lat is None or haversine_km(main.lat, main.lon, city.lat, city.lon) > 30:
        return main     # (a namesake of the part: "Manhattan, Kansas" has its own mayor)
    return _town_place(city, main.start, main.end, main.text)


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


def _load_city_bodies() -> tuple[Optional[re.Pattern], dict[str, tuple[str, int, bool]]]:
    from .lexicon import read_rows
    names: dict[str, tuple[str, int, bool]] = {}
    for r in read_rows("city_bodies.tsv"):
        for n in [r["body"]] + [a for a in (r["aliases"] or "").split("|") if a]:
            names[n] = (r["city"], int(r["geonameid"]), r.get("subject_only") == "yes")
    if not names:
        return None, names
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"), names


_CITY_BODY, _CITY_BODIES = _load_city_bodies()


# between an international body and its verb of saying, when it is the saying's subject: "The International Monetary
# Fund said", "WHO officials denied", "the World Health Organization (WHO) on Monday declared"
_BODY_SUBJECT_GAP = re.compile(r"(?:\s*\([A-Z.]+\))?(?:['’]s)?(?:\s+(?:officials?|spokes(?:man|woman|person)|experts?|"
                               r"chief|head|director(?:-general)?|has|have|had|also|later|then|again|today|yesterday|"
                               r"on\s+\w+day|in\s+\w+|last\s+\w+|will|would|is\s+to|was\s+to|is\s+set\s+to))*\s+$")


def city_body_place(text: str, a: int, b: int, verb: Optional[int] = None) -> Optional[Place]:
    """The city of a city's own body named in ``text[a:b]`` ("The NYPD says", "FDNY Commissioner Daniel Nigro
    said", ``data/city_bodies.tsv``), or of an international body's seat when it is the subject of the verb at
    ``verb`` ("the IMF said"), as a place of city precision; else None."""
    m = _CITY_BODY.search(text, a, b) if _CITY_BODY is not None else None
    if m is None:
        return None
    city, gid, subject_only = _CITY_BODIES[m.group(1)]
    if subject_only and (verb is None or m.end(1) > verb or not _BODY_SUBJECT_GAP.fullmatch(text, m.end(1), verb)):
        return None
    return _town_place(_listed_town(city, gid, "city_bodies.tsv"), m.start(1), m.end(1), m.group(1))


# a saying after its words: "..., the army said" / '"...," said the army'
INVERTED_SAYING = re.compile(r"[,\"”]\s*$")
# a national office before its holder's name or its verb ("President Donald Trump", "Defense Secretary James Mattis",
# "the State Department"; not a company's or a league's: "PG&E President Andy Vesey", "NATO Secretary-General")
_NATIONAL_OFFICE = re.compile(
    r"(?:^|(?<=[\s\"“(]))"
    r"(?:(?:Ex-|Former\s+|former\s+|Current\s+|Deputy\s+|the\s+|The\s+)?(?P<head>President|Prime\s+Minister|"
    r"Vice\s+President|Chancellor)|(?:(?:the|The)\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Secretary(?!-)|Minister)|"
    r"(?:the\s+|The\s+)?(?:State|Justice|Defen[cs]e)\s+Department|(?:the\s+|The\s+)?Pentagon|(?:the\s+|The\s+)?White\s+House|"
    # a legislature's national leaders: "the Speaker of the House", "The Senate Minority Leader"
    r"(?:the\s+|The\s+)?(?:Speaker\s+of\s+the\s+House|(?:Senate|House)\s+(?:Majority|Minority)\s+(?:Leader|Whip)))"
    # (the name after the office, or between commas: "The Vice President, Mike Pence, said"; or the office in an
    # apposition right before the verb: "Nancy Pelosi, the Speaker of the House, said")
    r"\b(?:\s+(?:[A-Z][\w'’.-]*\s+){1,3}|,\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+|,\s+)?"
    r"(?:(?:has|have|had|also|later|then|on\s+\w+day)\s+)*$")
# an office of "the country": "The country's director-general of health, Ashley Bloomfield, said", "Ali Reza Raisi,
# speaking for the country's Health Ministry, reported"
_THE_COUNTRYS_BEFORE = re.compile(r"\b[Tt]he\s+(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,3}?(?:[Mm]inist(?:ry|er)|[Dd]irector(?:-general)?|"
                                  r"[Pp]resident|[Pp]rime\s+[Mm]inister|[Gg]overnment|[Ss]pokes(?:man|woman|person)|"
                                  r"[Cc]hief|[Aa]gency|[Dd]epartment|[Oo]fficials?)\b[^.;:]{0,60}$")
# an office after a place: "Afghan President Harmid Karzai", "Britain's Prime Minister"
_OFFICE_WORD_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime\s+Minister|Minister|Secretary|"
                                r"Chancellor|King|Queen)\b")
# a preposition that makes a place a topic: "called for elections to be held in Belarus"
_TOPIC_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|on|for|against|with|about|into|from|of)\s+(?:the\s+)?$")
# a capitalised word right before an office: "WGAE President"
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w&'’-]*\s$")
# ... or a national office after the saying: '"...," said Prime Minister Boris Johnson'
_NATIONAL_OFFICE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime\s+Minister|Secretary(?!-)|"
                                    r"Minister)\b")


def first_naming(story, key: str):
    """Where the story first names the surname ``key`` as a whole word ("Lam" is no part of "Lamborghini"): the match
    and the index of its sentence, or (None, -1)."""
    m = re.search(r"\b" + re.escape(key) + r"\b", story.text) if key else None
    if m is None:
        return None, -1
    i = bisect_right(story.sents, m.start(), key=lambda x: x[0]) - 1
    return m, (i if i >= 0 and story.sents[i][0] <= m.start() < story.sents[i][1] else -1)


def introduced_with_national_office(story, name: str):
    """The national office before the person's name where the story first names them ("President Donald Trump
    said ... . Trump added"), as a match of :data:`_NATIONAL_OFFICE`, or None (also for an office left: "Former
    President Bill Clinton")."""
    key = surname_key(name)
    if not key:
        return None
    if key not in story.introduced_office:
        m, i = first_naming(story, key)
        first = re.search(r"(?:[A-Z][\w'’.-]*\s+){0,2}$", story.text[max(0, m.start() - 40):m.start()]) if m else None
        at = m.start() - len(first.group(0)) if m else -1
        o = _NATIONAL_OFFICE.search(story.text, max(0, at - 60), m.start()) if m else None
        if o is not None and o.group("head"):
            s0 = story.sents[i][0] if i >= 0 else 0
            before = _NAME_WORD_BEFORE.search(story.text, max(s0, o.start() - 40), o.start())
            if before is not None and before.group(0).strip() not in DEMONYMS and not any(
                    p.end <= o.start() <= p.end + 1 and p.feature == "country" for p in story.places_in(s0, o.start())):
                o = None        # (a company's, a union's president: "WGAE President Michael Winship", not a country's)
        # (not an office left: "Former President Bill Clinton" speaks where he is)
        story.introduced_office[key] = o if o is not None and not _FORMER.match(o.group(0)) else None
    return story.introduced_office[key]


_FORMER = re.compile(r"(?:Ex-|[Ff]ormer\s)")


def national_office_home(story, si: int, s: int, ts: int, form: str, actor1, news_day: bool, clause_end: int
                         ) -> Optional[tuple[Place, str, str]]:
    """Where a holder of a national office speaks ("President Donald Trump congratulated Pelosi", "Defense Secretary
    James Mattis said in a statement", "Prime Minister Mateusz Morawiecki tweeted"), in a story of one country, with
    no other country in the sentence and no dateline abroad: at home, in that country (in the dateline's city when the
    story has one there); the place, why and how, or None. ``clause_end``: where the saying's clause ends (a place
    after the verb before it is what is spoken of)."""
    text, main, dl = story.text, story.main_country, story.reporters_place
    office = _NATIONAL_OFFICE.search(text, max(s, s + ts - 60), s + ts) or (
        _NATIONAL_OFFICE_AFTER.match(text, s + ts + len(form)) if INVERTED_SAYING.search(text, s, s + ts) else None) \
        or _THE_COUNTRYS_BEFORE.search(text, max(s, s + ts - 90), s + ts) \
        or next((o for x in actor1[:1] if (o := introduced_with_national_office(story, x)) is not None), None)
    if office is None:
        return None
    before = _NAME_WORD_BEFORE.search(text, max(s, office.start() - 40), office.start()) \
        if office.re is _NATIONAL_OFFICE and office.group("head") else None
    if before is not None and before.group(0).strip() not in DEMONYMS and not any(
            p.end <= office.start() <= p.end + 1 and p.feature == "country" for p in story.places_in(s, office.start())):
        return None     # a company's, a union's or a bank's president ("WGAE President Michael Winship", "Karnes County
                        # National Bank President Trip Ruckman"), not a country's ("Philippine President")
    sentence_places = story.places_in(s, story.sents[si][1])
    if any(p.country == main.country and s + ts < p.start < clause_end
           and _TOPIC_PREPOSITION_BEFORE.search(text, max(s, p.start - 14), p.start) and not story.quoted(p.start)
           for p in sentence_places) or any(surname_key(x) in story.foreign_speakers for x in actor1):
        # (not a speaker who speaks of the story's country as a topic — "Foreign Secretary Dominic Raab has called for
        # fresh elections to be held in Belarus" — nor that speaker's later words: another country's office)
        story.foreign_speakers.update(surname_key(x) for x in actor1)
        return None
    if story.quoted(office.start()) or story.relayed or dl is not None and dl.country != main.country or any(
            p.feature in ("country", "demonym", "admin") and p.country != main.country or p.feature == "admin"
            for p in sentence_places) or any(
            p.end < office.start() - 1 or p.start > office.end()
            for p in sentence_places if _OFFICE_WORD_AFTER.match(text, p.end)):
        # (nor when the sentence names the country's own office elsewhere: "President Obama has apologized to Afghan
        # President Harmid Karzai" — the unqualified president is another country's)
        return None
    home = next((p for p in story.places if p.country == main.country and p.feature == "country"), None)
    if home is None:
        return None
    if dl is not None and dl.precision == "city" and news_day:
        return dl, (f"no place named; '{office.group(0).strip()}' of '{home.name}' speaks at home, in the "
                    f"dateline's '{dl.text}' (uncertain)"), "home"
    return home, (f"no place named; '{office.group(0).strip()}' of '{home.name}', where the article's story happens, "
                  "speaks at home (uncertain)"), "home"


def _load_outlet_homes() -> list[tuple[tuple[str, ...], tuple[str, int], str, float]]:
    from .lexicon import read_rows
    return [(tuple(n.lower() for n in [r["outlet"]] + [a for a in (r["aliases"] or "").split("|") if a]),
             (r["city"], int(r["geonameid"])), r["state"], float(r["radius_km"])) for r in read_rows("outlet_homes.tsv")]


_OUTLET_HOMES = _load_outlet_homes()


def outlet_home(source: str, url: str = ""):
    """The local outlet an article comes from, as (outlet, city record, state, radius in km), by its source's name or
    its address's domain (``data/outlet_homes.tsv``); None for an outlet not listed (a wire, a national paper)."""
    src, host = (source or "").strip().lower(), re.sub(r"^(?:https?://)?(?:www\.)?", "", (url or "").lower())
    for names, (city, gid), state, radius in _OUTLET_HOMES:
        if any(src.startswith(n) or host.startswith(n) for n in names):
            return names[0], _listed_town(city, gid, "outlet_homes.tsv"), state, radius
    return None


def outlet_home_setting(source: str, url: str, places: list[Place], dateline_end: int, quoted,
                        text: str = "") -> Optional[Place]:
    """Where the story of a local outlet happens when the text says it nowhere else (no dateline, no setting of its
    own): the outlet's city (Gothamist's New York City), when every place the text names outside quotations lies in
    the city's area (its towns within the outlet's radius, its state, its country; a people of its country, a river); the
    one town of its area the text names, if it names one ("on the B15 bus in Brooklyn"); None when the text names a
    place beyond (another state, another country, a town outside the area: "a house fire in Stamford") or the outlet
    is not a local one (``data/outlet_homes.tsv``). Where a person comes from and a place inside a name do not count
    ("a man from Paterson, New Jersey", "Bellevue Hospital"; ``text``: the article's text)."""
    from .gazetteer import haversine_km
    from .placecands import PERSON_FROM_BEFORE, QUALIFIES_NAME_AFTER
    home = outlet_home(source, url)
    if home is None:
        return None
    _, rec, state, radius = home
    towns: list[Place] = []
    origin_end = -1
    for p in places:
        if text and (PERSON_FROM_BEFORE.search(text, max(0, p.start - 40), p.start)
                     or origin_end >= 0 and text[origin_end:p.start] == ", "):
            origin_end = p.end
            continue    # (where a person comes from, "a man from Paterson, New Jersey")
        if p.start < dateline_end or quoted(p.start) or text and QUALIFIES_NAME_AFTER.match(text, p.end):
            continue    # (a name's part: "Bellevue Hospital")
        if p.country and p.country != rec.country:
            return None
        if p.feature == "admin" and p.name != state:
            return None
        if p.feature in ("city", "admin2", "unlisted") and p.lat is not None:
            if haversine_km(rec.lat, rec.lon, p.lat, p.lon) > radius:
                return None
            towns.append(p)
    if towns and len({p.name for p in towns}) == 1 and towns[0].name != rec.name:
        return towns[0]
    first = towns[0] if towns else None
    return _town_place(rec, first.start if first else 0, first.end if first else 0, first.text if first else "")
