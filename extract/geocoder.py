"""A geopy geocoder over the offline gazetteer.

``OfflineGazetteer`` is a ``geopy.geocoders.base.Geocoder``: ``geocode(query, exactly_one=True)``
returns ``geopy.location.Location(address, (lat, lon), raw)`` with the gazetteer record in
``raw``; ``reverse((lat, lon))`` the nearest populated place. Code written against geopy can
swap it for ``Nominatim`` or ``Photon`` (online, opt-in) and back. No network is ever used here.
"""
from __future__ import annotations

from typing import Optional

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer import GazRecord, Gazetteer, default_gazetteer, prior


class OfflineGazetteer(Geocoder):
    """Offline geocoder backed by the shipped GeoNames-derived gazetteer.

    ``query`` may be a name ("Sochi") or a qualified name ("Moscow, Idaho", "Paris, TX",
    "Minsk, Belarus"); ``country_codes`` restricts the answer like Nominatim's argument.
    """

    def __init__(self, gazetteer: Optional[Gazetteer] = None, **kwargs):
        super().__init__(**kwargs)
        self._gaz = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = default_gazetteer()
        return self._gaz

    def geocode(self, query, *, exactly_one=True, timeout=None, country_codes=None,
                featuretype=None):
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        name, _, qualifier = str(query).partition(",")
        recs = self.gazetteer.candidates(name.strip())
        if qualifier.strip():
            recs = self._qualified(recs, qualifier.strip())
        if country_codes:
            codes = {country_codes.upper()} if isinstance(country_codes, str) else {c.upper() for c in country_codes}
            recs = [r for r in recs if r.country in codes]
        if featuretype:
            recs = [r for r in recs if r.feature == featuretype]
        if not recs:
            return None
        recs = sorted(recs, key=prior, reverse=True)
        locs = [to_location(r) for r in recs]
        return locs[0] if exactly_one else locs

    def _qualified(self, recs: list[GazRecord], qualifier: str) -> list[GazRecord]:
        from .places import US_STATE_ABBR
        q = qualifier.rstrip(".").lower()
        code = US_STATE_ABBR.get(q) or (qualifier.upper() if len(qualifier) == 2 else None)
        if code:
            hit = [r for r in recs if r.country == "US" and r.admin1 == code]
            if hit:
                return hit
        regions = [r for r in self.gazetteer.candidates(qualifier) if r.feature in ("country", "admin")]
        hit = [r for r in recs if any(r.country == g.country and (g.feature == "country" or r.admin1 == g.admin1)
                                      for g in regions)]
        return hit

    def reverse(self, query, *, exactly_one=True, timeout=None):
        p = Point(query)
        near = self.gazetteer.nearest(p.latitude, p.longitude, k=1 if exactly_one else 5)
        if not near:
            return None
        locs = []
        for km, r in near:
            loc = to_location(r)
            loc.raw["distance_km"] = round(km, 3)
            locs.append(loc)
        return locs[0] if exactly_one else locs


def to_location(r: GazRecord) -> Location:
    parts = [r.name]
    if r.feature not in ("country", "continent", "water", "region") and r.country:
        parts.append(r.country)
    return Location(", ".join(parts), (r.lat, r.lon), r.to_raw())
