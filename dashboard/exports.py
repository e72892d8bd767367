"""The exports of the filtered events: a CSV with ACLED-like columns (actor roles as ACLED's
actor1, actor2 and associated actors), a GeoJSON FeatureCollection of the located events and
a TimelineJS JSON of the dated ones."""
from __future__ import annotations

import json
from typing import Callable, Optional

import pandas as pd

from dashboard.store import Store

ACLED_COLUMNS = ["event_id_cnty", "event_date", "date_end", "time_precision", "event_type", "actor1",
                 "actor2", "assoc_actors", "country", "location", "latitude", "longitude", "geo_precision", "source",
                 "source_url", "notes", "confidence", "modality", "article_id"]
_TIME_PRECISION = {"day": 1, "time": 1, "week": 2, "weekend": 2, "month": 2}   # ACLED: 1 day, 2 week/month, 3 coarser
_GEO_PRECISION = {"point": 1, "city": 1, "admin": 2, "region": 3, "country": 3, "water": 3}


def acled_actors(actors: list, actor1: list, actor2: list) -> tuple[str, str, str]:
    """ACLED's actor1 (who acted), actor2 (who was acted upon) and associated actors ("; ").
    Without roles from the sentence, the first actor named stands as actor1."""
    first = (actor1 or actors or [""])[0]
    second = actor2[0] if actor1 and actor2 else ""
    return first, second, "; ".join(a for a in actors if a not in (first, second))


def to_acled_csv(events: pd.DataFrame, store: Store) -> str:
    """CSV with ACLED-like columns (event_date, time_precision, geo_precision, actor1, source,
    notes, ...)."""
    urls = store.articles["url"]
    roles = [acled_actors(a, a1, a2) for a, a1, a2 in zip(events["actors"], events["actor1"], events["actor2"])]
    rows = pd.DataFrame({
        "event_id_cnty": events["event_id"], "event_date": events["date_start"].fillna(events["date_end"]),
        "date_end": events["date_end"],
        "time_precision": events["granularity"].map(_TIME_PRECISION).fillna(3).astype(int),
        "event_type": events["type_label"],
        "actor1": [r[0] for r in roles], "actor2": [r[1] for r in roles], "assoc_actors": [r[2] for r in roles],
        "country": events["place_country"], "location": events["place_name"],
        "latitude": events["lat"], "longitude": events["lon"],
        "geo_precision": events["place_precision"].map(_GEO_PRECISION).astype("Int64"),
        "source": events["source"], "source_url": events["article_id"].map(urls),
        "notes": events["summary"], "confidence": events["confidence"], "modality": events["modality"],
        "article_id": events["article_id"],
    }, columns=ACLED_COLUMNS)
    return rows.to_csv(index=False)


def to_geojson(events: pd.DataFrame) -> str:
    """A FeatureCollection of the located events (points), with their dates, type and actors."""
    feats = []
    for r in events[events["lat"].notna()].itertuples():
        feats.append({"type": "Feature", "id": r.event_id,
                      "geometry": {"type": "Point", "coordinates": [float(r.lon), float(r.lat)]},
                      "properties": {"event_id": r.event_id, "type": r.type, "date_start": r.date_start,
                                     "date_end": r.date_end, "granularity": r.granularity,
                                     "place": r.place_name, "country": r.place_country,
                                     "precision": r.place_precision, "actors": list(r.actors),
                                     "summary": r.summary, "source": r.source, "confidence": float(r.confidence),
                                     "modality": r.modality}})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)


def to_timelinejs(events: pd.DataFrame, store: Store) -> str:
    """TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per
    dated event, with its end date when it is a range and the source as credit."""
    def tl_date(iso: Optional[str], gran: Optional[str]):
        if not isinstance(iso, str):
            return None
        y, m, d = iso.split("-")
        out = {"year": y}
        if gran not in ("year", "decade", "century"):
            out["month"] = str(int(m))
            if gran in ("day", "time", "week", "weekend", "mixed"):
                out["day"] = str(int(d))
        return out
    urls = store.articles["url"]
    slides = []
    for r in events[events["start"].notna()].itertuples():
        start = tl_date(r.date_start if isinstance(r.date_start, str) else r.date_end, r.granularity)
        slide = {"unique_id": r.event_id, "start_date": start,
                 "text": {"headline": f"{r.type_label}: {', '.join(r.actors[:3]) or r.place_name or ''}".strip(": "),
                          "text": r.summary},
                 "group": r.type_label}
        if isinstance(r.date_end, str) and r.date_end != r.date_start:
            slide["end_date"] = tl_date(r.date_end, r.granularity)
        url = urls.get(r.article_id, "") if hasattr(urls, "get") else ""
        slide["media"] = {"url": "", "credit": f"{r.source} {url}".strip()}
        slides.append(slide)
    return json.dumps({"title": {"text": {"headline": "News events", "text": f"{len(slides)} events"}},
                       "events": slides}, ensure_ascii=False)


def downloads(events: pd.DataFrame, store: Store) -> list[tuple[str, Callable[[], str], str, str]]:
    """The download buttons: (label, a function making the file, file name, MIME type). The
    files are made only when asked for, not on every run."""
    return [("CSV (ACLED-like)", lambda: to_acled_csv(events, store), "events.csv", "text/csv"),
            ("GeoJSON", lambda: to_geojson(events), "events.geojson", "application/geo+json"),
            ("TimelineJS JSON", lambda: to_timelinejs(events, store), "timeline.json", "application/json")]
