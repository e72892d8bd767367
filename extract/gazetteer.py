"""The offline gazetteer: GeoNames places (CC BY 4.0), Natural Earth points, and the project's
own lists of seas and regions, built by ``scripts/build_gazetteer.py`` into
``extract/data/gazetteer.tsv.gz``. Loaded once per process (:func:`default_gazetteer`).
"""
from __future__ import annotations

import gzip
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "gazetteer.tsv.gz"

# how strongly a bare name is read as each kind of place: "Georgia" the country before the
# US state, a US state before a town, a capital's population counted five times
FEATURE_PRIOR = {"country": 1e9, "continent": 5e8, "admin": 2e6, "water": 1e6, "region": 1e6, "city": 0}
FEATURE_PRECISION = {"city": "city", "admin": "admin", "country": "country", "region": "region",
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


def name_key(s: str) -> str:
    """Normalise a place name for look-up: case, apostrophes, 'St.'/'Saint', spacing."""
    s = s.replace("’", "'").replace("\u00a0", " ").strip().lower()
    s = " ".join(s.split())
    if s.startswith("st. "):
        s = "saint " + s[4:]
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
               "obama", "trump", "biden", "of", "the", "and"}


class Gazetteer:
    """Name → candidate records, with a brute-force nearest-place search for ``reverse``."""

    def __init__(self, records: list[GazRecord], names_of: dict[int, tuple] | None = None):
        self.records = records
        self.index: dict[str, list[int]] = {}
        self.max_tokens = 1
        names_of = names_of or {}
        for i, r in enumerate(records):
            for n in names_of.get(i, (r.name,)):
                k = name_key(n)
                if not k or k in _NOT_PLACES:
                    continue
                lst = self.index.setdefault(k, [])
                if not lst or lst[-1] != i:
                    lst.append(i)
                self.max_tokens = max(self.max_tokens, k.count(" ") + 1)
        self.first_words = {k.split(" ")[0] for k in self.index}

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> "Gazetteer":
        records: list[GazRecord] = []
        names_of: dict[int, tuple] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if header is None:
                    header = parts
                    continue
                gid, name, names, lat, lon, cc, feat, pop, admin1, common, capital = parts
                names_of[len(records)] = tuple(names.split("|")) if names else (name,)
                records.append(GazRecord(int(gid) if gid else None, name, float(lat), float(lon),
                                         cc.strip(), feat, int(float(pop or 0)), admin1,
                                         common == "1", capital == "1"))
        return cls(records, names_of)

    def candidates(self, name: str) -> list[GazRecord]:
        return [self.records[i] for i in self.index.get(name_key(name), ())]

    def nearest(self, lat: float, lon: float, k: int = 1,
                features: Iterable[str] = ("city",)) -> list[tuple[float, GazRecord]]:
        """The k records of the given features nearest to a point, with their distance in km."""
        feats = set(features)
        best: list[tuple[float, GazRecord]] = []
        cl = math.cos(math.radians(lat))
        for r in self.records:
            if r.feature not in feats:
                continue
            d = (r.lat - lat) ** 2 + ((r.lon - lon) * cl) ** 2
            if len(best) < k or d < best[-1][0]:
                best.append((d, r))
                best.sort(key=lambda x: x[0])
                del best[k:]
        return [(haversine_km(lat, lon, r.lat, r.lon), r) for _, r in best]


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
