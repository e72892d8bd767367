"""The records of the project, defined once (see DESIGN.md).

Every mention points back into ``Article.text`` by character offsets (end-exclusive Python
indices): ``article.text[m.start:m.end] == m.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Article:
    article_id: str
    source: str
    url: str
    title: str
    published: Optional[str]          # ISO date ("2020-09-14"), month ("2020-08") or datetime
    published_granularity: Optional[str]  # day | month | year | minute | None when unknown
    language: str
    path: str
    text: str                          # the body; all offsets refer to it
    filing_place: Optional[str] = None  # dateline city ("MOSCOW"), never an event place
    dateline_end: int = 0              # text[:dateline_end] is the dateline (0: none)
    flags: tuple = ()                  # e.g. ("no_publication_date",)
    declared_language: str = ""        # what an HTML page says it is in (<html lang="fr">); not stored

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["flags"] = list(self.flags)
        return d


def make_article_id(text: str, source_hint: str = "") -> str:
    """Stable id: the same input always gives the same id."""
    h = hashlib.sha1((source_hint + "\x00" + text).encode("utf-8")).hexdigest()
    return h[:16]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str                # DATE | TIME | DURATION | SET
    value: str               # TIMEX3 value
    date_start: Optional[str] = None   # ISO day of the interval's first day
    date_end: Optional[str] = None     # ISO day of the interval's last day (inclusive)
    granularity: Optional[str] = None  # day | week | month | season | quarter | year | decade | century | time
    resolution: str = "absolute"       # absolute | relative-to-dct | unresolved | reference
    rule: str = ""
    mod: Optional[str] = None          # TIMEX3 mod (START, MID, END, ...)
    role: Optional[str] = None         # "range_end" ("until X"), "range_start" ("since X")

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    feature: str                       # city | admin | country | region | water | continent | unlisted
                                       # (unlisted: a place the gazetteer lacks, at its container's point)
    geonameid: Optional[int] = None
    population: int = 0
    precision: str = "city"            # point | city | admin | country | region | water
    score: float = 0.0

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Actor:
    start: int
    end: int
    text: str
    name: str                          # canonical name
    kind: str                          # person | organisation | country | group

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Event:
    event_id: str
    article_id: str
    type: str
    summary: str
    trigger_start: int
    trigger_end: int
    trigger: str
    sentence_start: int
    sentence_end: int
    date_start: Optional[str]
    date_end: Optional[str]
    granularity: Optional[str]
    timex_text: Optional[str]
    timex_value: Optional[str]
    date_resolution: str               # own-timex | range* | context | publication | before-publication | none
    place: Optional[Place]
    actors: list = field(default_factory=list)   # canonical names
    actor1: list = field(default_factory=list)   # who acted (ACLED's actor1)
    actor2: list = field(default_factory=list)   # who was acted upon or met (ACLED's actor2)
    confidence: float = 0.5
    modality: str = "asserted"         # asserted | planned | reported | hypothetical | negated
    why_date: str = ""
    why_place: str = ""
    cluster_id: Optional[str] = None
    # how the place was found: sentence | lead | people | qualifier | home | dateline | country | speaker | retold | none
    place_resolution: str = "none"

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["place"] = self.place.to_dict() if self.place is not None else None
        d["actors"] = list(self.actors)
        d["actor1"], d["actor2"] = list(self.actor1), list(self.actor2)
        return d


def make_event_id(article_id: str, sentence_start: int, trigger_start: int) -> str:
    return hashlib.sha1(f"{article_id}:{sentence_start}:{trigger_start}".encode()).hexdigest()[:16]


# the flat row of an event in the store and in ``annotate`` output: the place's fields become
# ``place_*`` columns (and ``lat``/``lon``)
EVENT_COLUMNS = [
    "event_id", "article_id", "type", "summary", "trigger", "trigger_start", "trigger_end",
    "sentence_start", "sentence_end", "date_start", "date_end", "granularity", "timex_text",
    "timex_value", "date_resolution", "place_name", "place_text", "place_start", "place_end",
    "place_country", "lat", "lon", "place_feature", "place_precision", "geonameid", "actors",
    "actor1", "actor2",
    "confidence", "modality", "why_date", "why_place", "cluster_id", "place_resolution",
]


def event_row(ev: Event) -> dict:
    d = ev.to_dict()
    p = d.pop("place")
    d.update({
        "place_name": p["name"] if p else None, "place_text": p["text"] if p else None,
        "place_start": p["start"] if p else None, "place_end": p["end"] if p else None,
        "place_country": p["country"] if p else None, "lat": p["lat"] if p else None,
        "lon": p["lon"] if p else None, "place_feature": p["feature"] if p else None,
        "place_precision": p["precision"] if p else None, "geonameid": p["geonameid"] if p else None,
    })
    return {k: d.get(k) for k in EVENT_COLUMNS}
