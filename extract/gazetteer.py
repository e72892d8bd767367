"""The offline gazetteer: GeoNames places (CC BY 4.0), Natural Earth points, and the project's
own lists of seas and regions, built by ``scripts/build_gazetteer.py`` into
``extract/data/gazetteer.tsv.gz``. Loaded once per process (:func:`default_gazetteer`).
"""
from __future__ import annotations

import gzip
import math
import threading
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "gazetteer.tsv.gz"

# how strongly a bare name is read as each kind of place: "Georgia" the country before the
# US state, a US state before a town, a capital's population counted five times
FEATURE_PRIOR = {"country": 1e9, "demonym": 1e9, "continent": 5e8, "admin": 2e6, "water": 1e6, "region": 1e6,
                 "admin2": 2e5, "city": 0}
FEATURE_PRECISION = {"city": "city", "admin": "admin", "country": "country", "demonym": "country", "admin2": "admin", "region": "region",
                     "water": "water", "continent": "region"}


@dataclass(frozen=True)
class GazRecord:
    geonameid: Optional[int]
    name: str
    lat: float
    lon: float
    country: str
    feature: str        # city | admin | country | region | water | continent
    population: int
    admin1: str
    common_word: bool
    capital: bool = False

    def to_raw(self) -> dict:
        return {"geonameid": self.geonameid, "name": self.name, "lat": self.lat, "lon": self.lon,
                "country": self.country, "feature": self.feature, "population": self.population,
                "admin1": self.admin1, "capital": self.capital, "source": "gazetteer"}


@lru_cache(maxsize=200_000)
def name_key(s: str) -> str:
    """Normalise a place name for look-up: case, apostrophes, 'St.'/'Saint', spacing."""
    s = s.replace("’", "'").replace("\u00a0", " ").strip().lower()
    s = " ".join(s.split())
    if s.startswith("st. ") or s in ("st", "st."):
        s = "saint " + s[4:] if s.startswith("st. ") else "saint"
    elif s.startswith("st "):
        s = "saint " + s[3:]
    elif s.startswith("the "):
        s = s[4:]
    return s


# names that are not places in English prose whatever GeoNames says
_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday", "god", "mr", "mrs", "president",
               "union", "republic", "federal", "west", "east", "north", "south", "center", "centre",
               "university", "city", "state", "national", "government", "parliament", "police",
               "obama", "trump", "biden", "of", "the", "and", "eastern", "western", "northern",
               "southern", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
               "coast", "capital", "interior",
               # the planets and the sun (Earth, Texas; Mars, Pennsylvania), named in science news
               "earth", "moon", "mars", "venus", "jupiter", "saturn", "mercury", "neptune", "uranus", "sun"}


class Gazetteer:
    """Name → candidate records, with a brute-force nearest-place search for ``reverse``.

    The file holds one line per record and one per look-up key (``key<TAB>row,row``); both are
    parsed on demand, so loading is reading two lists of lines."""

    def __init__(self, rows: list[str], index: dict[str, str]):
        self.rows = rows                  # tab-separated records (COLUMNS)
        self.index = index                # normalised name → "i,j,k" row numbers
        self._cache: dict[int, GazRecord] = {}
        for k in _NOT_PLACES:
            self.index.pop(k, None)
        self.max_tokens = max((k.count(" ") + 1 for k in index), default=1)
        self.first_words = {k.partition(" ")[0] for k in index}

    def __len__(self) -> int:
        return len(self.rows)

    def record(self, i: int) -> GazRecord:
        r = self._cache.get(i)
        if r is None:
            gid, name, lat, lon, cc, feat, pop, admin1, common, capital = self.rows[i].split("\t")
            r = GazRecord(int(gid) if gid else None, name, float(lat), float(lon), cc.strip(), feat,
                          int(float(pop or 0)), admin1, common == "1", capital == "1")
            self._cache[i] = r
        return r

    @classmethod
    def from_records(cls, records: list[GazRecord], names: Optional[list[tuple[str, ...]]] = None) -> "Gazetteer":
        rows, index = encode(records, names or [(r.name,) for r in records])
        return cls(rows, index)

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> "Gazetteer":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            text = f.read()
        head, _, body = text.partition("\n%%\n")
        rows = [line for line in head.split("\n") if line and not line.startswith("#")]
        if rows[0].split("\t") != COLUMNS:
            raise ValueError(f"{path}: unexpected columns; rebuild with scripts/build_gazetteer.py")
        index = dict(line.split("\t", 1) for line in body.split("\n") if line)
        return cls(rows[1:], index)

    def candidates(self, name: str) -> list[GazRecord]:
        ids = self.index.get(name_key(name))
        return [self.record(int(i)) for i in ids.split(",")] if ids else []

    def nearest(self, lat: float, lon: float, k: int = 1,
                features: Iterable[str] = ("city",)) -> list[tuple[float, GazRecord]]:
        """The k records of the given features nearest to a point, with their distance in km."""
        feats = set(features)
        cl = math.cos(math.radians(lat))
        best: list[tuple[float, int]] = []
        for i, row in enumerate(self.rows):
            parts = row.split("\t", 6)
            if parts[5] not in feats:
                continue
            d = (float(parts[2]) - lat) ** 2 + ((float(parts[3]) - lon) * cl) ** 2
            if len(best) < k or d < best[-1][0]:
                best.append((d, i))
                best.sort()
                del best[k:]
        out = []
        for _, i in best:
            r = self.record(i)
            out.append((haversine_km(lat, lon, r.lat, r.lon), r))
        return out


def encode(records: list[GazRecord], names: list[tuple[str, ...]]) -> tuple[list[str], dict[str, str]]:
    """Records and their names → the file's record lines and key index."""
    rows, index = [], {}
    for i, (r, ns) in enumerate(zip(records, names)):
        rows.append("\t".join(str(x) for x in (
            r.geonameid or "", r.name, r.lat, r.lon, r.country, r.feature, r.population, r.admin1,
            int(r.common_word), int(r.capital))))
        for k in dict.fromkeys(name_key(n) for n in ns):
            if k:
                index[k] = f"{index[k]},{i}" if k in index else str(i)
    return rows, index


COLUMNS = ["geonameid", "name", "lat", "lon", "country", "feature", "population", "admin1",
           "common_word", "capital"]


def prior(r: GazRecord) -> float:
    """The context-free weight of a record: feature class, then (capital-weighted) population."""
    return FEATURE_PRIOR.get(r.feature, 0) + r.population * (5 if r.capital else 1)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_lock = threading.Lock()
_default: Optional[Gazetteer] = None


def default_gazetteer() -> Gazetteer:
    global _default
    with _lock:
        if _default is None:
            _default = Gazetteer.load()
        return _default


# ---------------------------------------------------------------------------------------------
# capitals and their countries
_countries: dict[int, tuple[dict[str, GazRecord], dict[int, str]]] = {}


def _country_index(gaz: Gazetteer) -> tuple[dict[str, GazRecord], dict[int, str]]:
    """(country code → its capital city's record, capital's geonameid → its country's name), read
    once per gazetteer."""
    idx = _countries.get(id(gaz))
    if idx is None:
        caps: dict[str, GazRecord] = {}
        names: dict[str, str] = {}
        for i, row in enumerate(gaz.rows):
            if row.endswith("\t1") or "\tcountry\t" in row:
                r = gaz.record(i)
                if r.capital and r.feature == "city" and r.country:
                    caps.setdefault(r.country, r)
                elif r.feature == "country" and r.country:
                    names.setdefault(r.country, r.name)
        by_id = {r.geonameid: names[cc] for cc, r in caps.items() if r.geonameid and cc in names}
        idx = _countries[id(gaz)] = (caps, by_id)
    return idx


def capital_records(gaz: Gazetteer) -> dict[str, GazRecord]:
    """Country code → its capital city's record."""
    return _country_index(gaz)[0]


def capital_countries(gaz: Optional[Gazetteer] = None) -> dict[int, str]:
    """A national capital's geonameid → its country's name ("Minsk" → "Belarus"): the country
    a capital names when it acts ("Minsk denied", "Moscow expelled two diplomats")."""
    return _country_index(gaz or default_gazetteer())[1]


# ---------------------------------------------------------------------------------------------
# a country's extent, from its towns
EXTENTS_PATH = DATA / "country_extents.tsv"
_extents: dict[int, dict[str, tuple[float, float, float, float]]] = {}


def country_extent(cc: str, gaz: Optional[Gazetteer] = None) -> Optional[tuple[float, float, float, float]]:
    """(south, north, west, east) of a country's towns: the 5th and 95th percentiles of the
    latitudes and longitudes of its towns in the gazetteer (an overseas territory or an outlying
    island does not stretch it); None for a country with fewer than five towns. For the shipped
    gazetteer the extents are read from ``data/country_extents.tsv`` (written from it by
    ``scripts/build_country_extents.py``: a pass over the gazetteer's 178,000 rows takes a quarter
    of a second); for another gazetteer they are computed in one pass, on first use."""
    if gaz is None:
        extents = _extents.get(0)
        if extents is None:
            extents = _extents[0] = read_extents()
    else:
        extents = _extents.get(id(gaz))
        if extents is None:
            extents = _extents[id(gaz)] = compute_extents(gaz)
    return extents.get(cc)


def compute_extents(gaz: Gazetteer) -> dict[str, tuple[float, float, float, float]]:
    """Every country's extent (:func:`country_extent`), from the towns of ``gaz``."""
    points: dict[str, tuple[list, list]] = {}
    for row in gaz.rows:
        cols = row.split("\t", 6)
        if len(cols) > 5 and cols[5] == "city":
            lats, lons = points.setdefault(cols[4], ([], []))
            lats.append(float(cols[2]))
            lons.append(float(cols[3]))
    extents = {}
    for c, (lats, lons) in points.items():
        if len(lats) >= 5:
            lats.sort()
            lons.sort()
            extents[c] = (_quantile(lats, 0.05), _quantile(lats, 0.95), _quantile(lons, 0.05), _quantile(lons, 0.95))
    return extents


def read_extents(path: Path = EXTENTS_PATH) -> dict[str, tuple[float, float, float, float]]:
    """The extents written by ``scripts/build_country_extents.py``."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run .venv/bin/python scripts/build_country_extents.py")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("iso\t"):
            cc, south, north, west, east = line.split("\t")
            out[cc] = (float(south), float(north), float(west), float(east))
    return out


def _quantile(xs: list[float], f: float) -> float:
    return xs[min(len(xs) - 1, int(f * len(xs)))]
