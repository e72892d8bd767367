"""One event across many reports: events of different articles are one cluster when they are
of the same type, their dates overlap, their places agree (within a distance that depends on
the places' precision) and they share an actor.

Works on the store's events table (one row per event); every event gets a ``cluster_id``, the
smallest event id of its cluster (its own id when no other report matches).
"""
from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from .gazetteer import haversine_km

# how far apart two reports' places may be and still be the same event, by the coarser precision
MAX_KM = {"point": 25, "city": 50, "admin": 300, "region": 600, "country": None, "water": 600}
# the columns of the events table the clustering reads
COLUMNS = ["event_id", "article_id", "type", "date_start", "date_end", "granularity", "lat", "lon",
           "place_country", "place_precision", "actors", "modality"]
MAX_BUCKET = 300   # reports compared per (type, day); beyond that a day is not clustered further


def _places_agree(a: dict, b: dict) -> bool:
    if a["lat"] is None or b["lat"] is None:
        # no place on one side: the same country when both have one, else only the actors decide
        return not (a["country"] and b["country"] and a["country"] != b["country"])
    if a["country"] and b["country"] and a["country"] != b["country"]:
        return False
    coarse = max((a["precision"], b["precision"]), key=lambda p: list(MAX_KM).index(p) if p in MAX_KM else 9)
    limit = MAX_KM.get(coarse, 50)
    return limit is None or haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= limit


def _actors_agree(a: dict, b: dict) -> bool:
    return bool(a["actors"] & b["actors"])


def cluster_ids(events: pd.DataFrame) -> pd.Series:
    """The cluster id of every event (index aligned with ``events``)."""
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    parent = {e: e for e in events["event_id"]}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    recs = []
    for r in events.itertuples(index=False):
        d0 = r.date_start if isinstance(r.date_start, str) else r.date_end
        d1 = r.date_end if isinstance(r.date_end, str) else d0
        if not isinstance(d0, str) or r.granularity not in ("day", "time", "mixed"):
            continue   # undated or coarse dates are not matched across reports
        lat = None if r.lat is None or (isinstance(r.lat, float) and math.isnan(r.lat)) else float(r.lat)
        recs.append({"id": r.event_id, "article": r.article_id, "type": r.type, "d0": d0, "d1": d1,
                     "lat": lat, "lon": float(r.lon) if lat is not None else None,
                     "country": r.place_country if isinstance(r.place_country, str) else None,
                     "precision": r.place_precision if isinstance(r.place_precision, str) else "country",
                     "actors": {a for a in (r.actors if r.actors is not None else [])},
                     "modality": r.modality})
    buckets: dict[tuple, list] = defaultdict(list)
    for rec in recs:
        if rec["modality"] == "negated":
            continue
        buckets[(rec["type"], rec["d0"])].append(rec)
    days = sorted(buckets)
    for key in days:
        group = buckets[key][:MAX_BUCKET]
        # reports dated the same day, and ranges that start that day
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a["article"] == b["article"]:
                    continue
                if a["d0"] <= b["d1"] and b["d0"] <= a["d1"] and _places_agree(a, b) and _actors_agree(a, b):
                    ra, rb = find(a["id"]), find(b["id"])
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return events["event_id"].map(find)


def cluster_column(events) -> "object":
    """The ``cluster_id`` column of an Arrow table of events, as :func:`cluster_ids` gives it,
    with memory bounded by the reports that can join a cluster rather than by the table: only the
    rows :func:`cluster_ids` compares (dated to a day, not negated, among the first
    ``MAX_BUCKET`` of their type and start day) go through pandas; every other event is its own
    cluster. A store's month of 50,000 events took ~36 MB of Python objects each write (all of
    them turned into records); now at most ``MAX_BUCKET`` per type and day do."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    ids = events.column("event_id").combine_chunks().cast(pa.string())
    rows = candidate_rows(events)
    if not len(rows):
        return ids
    sub = events.take(pa.array(rows)).select(COLUMNS).to_pandas()
    got = cluster_ids(sub)
    mask = np.zeros(len(ids), dtype=bool)
    mask[rows] = True
    return pc.replace_with_mask(ids, pa.array(mask), pa.array(got.tolist(), pa.string()))


def candidate_rows(events) -> "object":
    """The rows of an Arrow table of events that :func:`cluster_ids` may put in a cluster with
    another report, in row order: the start (else end) date given, a day's (or finer)
    granularity, not negated, and among the first ``MAX_BUCKET`` such rows of its (type, start
    date) bucket."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    n = events.num_rows
    if not n:
        return np.zeros(0, dtype=np.int64)
    col = lambda c: events.column(c).combine_chunks()   # noqa: E731
    d0 = pc.coalesce(col("date_start"), col("date_end"))
    ok = pc.and_(pc.is_valid(d0), pc.fill_null(pc.is_in(col("granularity"), pa.array(["day", "time", "mixed"])), False))
    ok = pc.and_(ok, pc.fill_null(pc.not_equal(col("modality"), "negated"), True))
    rows = np.flatnonzero(ok.to_numpy(zero_copy_only=False))
    if not len(rows):
        return rows
    # the bucket of each row: its type (a missing type is a bucket of its own) and start date
    t = pc.dictionary_encode(pc.fill_null(col("type").cast(pa.string()), "\x00")).indices.to_numpy()
    d = pc.dictionary_encode(pc.fill_null(d0, "")).indices.to_numpy()
    key = t[rows].astype(np.int64) * (int(d.max()) + 1) + d[rows]
    order = np.argsort(key, kind="stable")
    k = key[order]
    first = np.r_[0, np.flatnonzero(k[1:] != k[:-1]) + 1]          # where each bucket starts
    rank = np.arange(len(k)) - np.repeat(first, np.diff(np.r_[first, len(k)]))
    return np.sort(rows[order[rank < MAX_BUCKET]])
