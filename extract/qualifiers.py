"""A place's qualifier: ", Qualifier" after a town names the state, the country or the part of a city it lies in
("Moscow, Idaho", "Paris, Ky.", "Jamaica, Queens"), and "state" after a name its division ("Washington state").
Read by :mod:`extract.places` when it recognises and resolves the places of a text."""
from __future__ import annotations

import re
from typing import Optional

from .gazetteer import GazRecord, haversine_km
from .lexicon import CITY_PARTS


def _load_state_abbr() -> dict[str, str]:
    import csv
    from .gazetteer import DATA
    with open(DATA / "us_state_abbr.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r["abbr"].rstrip(".").lower().replace(" ", ""): r["code"] for r in rows}


US_STATE_ABBR = _load_state_abbr()   # "ky" → KY, "w.va" → WV (AP style, as in "Paris, Ky.")


def qualifier(text, toks, j, gaz) -> Optional[list[GazRecord]]:
    """The records named by ', Qualifier' after a place ("Moscow, Idaho"; "Paris, Ky.")."""
    t = toks[j][2].rstrip(".").lower().replace(" ", "")
    if t in US_STATE_ABBR or (len(t) == 2 and t.upper() == toks[j][2] and t.upper() in _US_CODES):
        code = US_STATE_ABBR.get(t, t.upper())
        return [GazRecord(None, code, 0, 0, "US", "admin", 0, code, False)]
    for k in (3, 2, 1):
        if j + k <= len(toks):
            span = text[toks[j][0]:toks[j + k - 1][1]]
            recs = [r for r in gaz.candidates(span) if r.feature in ("country", "admin")
                    or span in CITY_PARTS and r.feature in ("city", "admin2") and _in_its_city(r, CITY_PARTS[span], gaz)]
            if recs:
                return recs
    return None


def _in_its_city(r: GazRecord, city: tuple, gaz) -> bool:
    """Whether a record of a city part's name is that part (near its city's record), not a namesake ("Brooklyn, Ohio")."""
    c = next((x for x in gaz.candidates(city[0]) if x.geonameid == city[1]), None)
    return c is not None and haversine_km(r.lat, r.lon, c.lat, c.lon) < 30


_US_CODES = {v for v in US_STATE_ABBR.values()} | {"AK", "HI", "ID", "IA", "ME", "OH", "UT", "NY", "CA", "TX", "FL"}


def within(r: GazRecord, q: GazRecord) -> bool:
    """Whether a candidate lies in a qualifier: a town or county in its state or country, a
    state in its country ("California, United States" is the state)."""
    if r.country != q.country:
        return False
    if r.feature == "admin":
        return q.feature == "country"
    if q.feature in ("city", "admin2"):     # a town in a part of a city ("Jamaica, Queens")
        return r.feature == "city" and r.admin1 == q.admin1 and haversine_km(r.lat, r.lon, q.lat, q.lon) < 12
    return r.feature in ("city", "admin2") and (q.feature == "country" or r.admin1 == q.admin1)


def used_qualifiers(c) -> list[GazRecord]:
    """The qualifier's records that some candidate lies in ("Moscow, Idaho" → Idaho); none when
    the comma only separates a list ("Arizona, Florida, Illinois")."""
    return [q for q in c.qualifier or () if any(within(r, q) for r in c.records)]


def narrow(c, text: str = "") -> list[GazRecord]:
    """The candidates a ', Qualifier' leaves ("Moscow, Idaho"); the division a following "state"
    names ("Washington state", "New York State said": not the city)."""
    if not c.qualifier:
        if _STATE_AFTER.match(text, c.end):
            return [r for r in c.records if r.feature == "admin"] or c.records
        return c.records
    narrowed = [r for r in c.records if any(within(r, q) for q in c.qualifier)]
    return narrowed or c.records


_STATE_AFTER = re.compile(r"\s+(?:state\b|State\b(?!\s+[A-Z]))")
