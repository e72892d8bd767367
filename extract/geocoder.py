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
        from .qualifiers import US_STATE_ABBR
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


# ---------------------------------------------------------------------------------------------
# opt-in online look-up for names the gazetteer lacks (never on by default, never in tests)
class CachedGeocoder:
    """Wraps any geopy geocoder: a rate limit (geopy's RateLimiter) and an on-disk cache
    (SQLite), so a name is asked online once. ``geocode(name)`` returns a Location or None."""

    def __init__(self, geocoder: Geocoder, cache_path: str, min_delay_seconds: float = 1.0):
        import sqlite3

        from geopy.extra.rate_limiter import RateLimiter
        self.geocoder = geocoder
        self._limited = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=True)
        self._db = sqlite3.connect(cache_path)
        self._db.execute("CREATE TABLE IF NOT EXISTS geocode (query TEXT PRIMARY KEY, address TEXT, "
                         "lat REAL, lon REAL, raw TEXT)")

    def geocode(self, query: str):
        import json
        row = self._db.execute("SELECT address, lat, lon, raw FROM geocode WHERE query = ?", (query,)).fetchone()
        if row is not None:
            return None if row[1] is None else Location(row[0], (row[1], row[2]), json.loads(row[3]))
        loc = self._limited(query, exactly_one=True)
        self._db.execute("INSERT OR REPLACE INTO geocode VALUES (?, ?, ?, ?, ?)",
                         (query, loc.address if loc else None, loc.latitude if loc else None,
                          loc.longitude if loc else None, json.dumps(loc.raw, default=str) if loc else None))
        self._db.commit()
        return loc


def online_geocoder(name: str, user_agent: str, cache_path: str, **kwargs) -> CachedGeocoder:
    """``name``: 'nominatim' or 'photon' (geopy's classes), rate-limited and cached on disk.
    Selected by the ``NEWSMAP_ONLINE_GEOCODER`` setting; see the README."""
    from geopy.geocoders import Nominatim, Photon
    cls = {"nominatim": Nominatim, "photon": Photon}[name.lower()]
    return CachedGeocoder(cls(user_agent=user_agent, **kwargs), cache_path)


def configured_fallback():
    """The online fallback named by the environment (``NEWSMAP_ONLINE_GEOCODER=nominatim``),
    or None: offline is the default."""
    import os
    name = os.environ.get("NEWSMAP_ONLINE_GEOCODER", "").strip()
    if not name:
        return None
    cache = os.environ.get("NEWSMAP_GEOCODER_CACHE", "geocode-cache.sqlite")
    agent = os.environ.get("NEWSMAP_USER_AGENT", "news-event-map (offline-first; contact: see README)")
    return online_geocoder(name, agent, cache)
