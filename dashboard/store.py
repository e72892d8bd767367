"""Reading the event store for the dashboard. ``Store`` holds the events (all of them: the
charts and filters need them), the articles without their texts and the inputs, and reads one
article's text or mentions at a time from the Parquet files; ``read_store`` derives once the
columns the other modules use (the place key, the date as the table shows it, the week, the
cluster rank and size, categories for the repeated values). ``store_dir`` says where the store
is (``--store``, ``NEWSMAP_STORE`` or ``data/``, built from ``seeds/`` on a first start)."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import pandas as pd

from extract import EVENT_TYPES, article_rows, articles_containing, load_store, run

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STORE = ROOT / "data"      # built from seeds/ when it does not exist yet


@dataclass
class Store:
    """The events in memory (the charts and filters need all of them); the articles without
    their texts; texts and mentions read one article at a time from the Parquet files, with
    the filter pushed down to the reader, so memory does not grow with the texts."""
    events: pd.DataFrame
    articles: pd.DataFrame
    inputs: pd.DataFrame
    path: Optional[str] = None
    actor_rows: Optional[dict] = None     # actor → positions of its events (built once)
    memo: dict = field(default_factory=dict)    # what is computed once per store (the filters' counts)

    def article_text(self, article_id: str) -> str:
        rows = article_rows(self.path, "articles", article_id, ["article_id", "text"])
        return str(rows["text"].iloc[0]) if len(rows) else ""

    def mentions_of(self, article_id: str) -> pd.DataFrame:
        return article_rows(self.path, "mentions", article_id, ["article_id", "kind", "start", "end"])

    def articles_containing(self, text: str) -> set[str]:
        return articles_containing(self.path, text)

    def texts_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The texts of a few articles (one filtered scan of the text column)."""
        import pyarrow.compute as pc
        import pyarrow.dataset as ds
        from extract.store import store_path
        ids = sorted(set(article_ids))
        f = store_path(self.path) / "articles.parquet"
        if not ids or not f.exists():
            return {}
        t = ds.dataset(f, format="parquet").to_table(columns=["article_id", "text"],
                                                     filter=pc.field("article_id").isin(ids))
        return dict(zip(t.column("article_id").to_pylist(), t.column("text").to_pylist()))

    def sentences_contain(self, events: pd.DataFrame, text: str) -> pd.Series:
        """Whether each event's own sentence contains ``text`` (case-insensitive), read from its
        article (only the events given: those of the articles that contain the text at all)."""
        texts = self.texts_of(events["article_id"].astype(object))
        needle = text.casefold()
        hits = [needle in (texts.get(a) or "")[int(s):int(e)].casefold()
                for a, s, e in zip(events["article_id"].astype(object), events["sentence_start"], events["sentence_end"])]
        return pd.Series(hits, index=events.index, dtype=bool)

    def rows_of_actors(self, actors: Iterable[str]):
        """Positions (iloc) of the events with any of the actors: one dictionary look-up per
        actor instead of a scan of every event's actor list."""
        import numpy as np
        if self.actor_rows is None:
            ex = self.events["actors"].explode()
            pos = pd.Series(np.arange(len(self.events)), index=self.events.index).reindex(ex.index)
            self.actor_rows = {a: g.to_numpy() for a, g in pd.Series(pos.to_numpy(), index=ex.to_numpy()).groupby(level=0)}
        arrays = [self.actor_rows.get(a) for a in actors]
        arrays = [a for a in arrays if a is not None]
        return np.unique(np.concatenate(arrays)) if arrays else np.array([], dtype=int)


_NO_ACTORS: list = []       # shared, never modified


def read_store(path: str | Path) -> Store:
    """The store's tables, with the columns the dashboard needs derived once."""
    t = load_store(path, ("events", "articles", "inputs"),
                   columns={"articles": ["article_id", "source", "url", "title", "published", "path", "flags"]})
    ev = t["events"].copy()
    ev["start"] = pd.to_datetime(ev["date_start"], errors="coerce")
    ev["end"] = pd.to_datetime(ev["date_end"], errors="coerce")
    # open ranges: an open start is drawn from its end, an open end up to its start
    ev["start"] = ev["start"].fillna(ev["end"])
    ev["end"] = ev["end"].fillna(ev["start"])
    for c in ("actors", "actor1", "actor2"):
        # one shared empty list for the events without (a store written before roles has none)
        ev[c] = [list(a) if a is not None and len(a) else _NO_ACTORS for a in ev[c]]
    ev["type_label"] = ev["type"].map(EVENT_TYPES).fillna(ev["type"])
    arts = t["articles"].set_index("article_id", drop=False)
    ev["title"] = ev["article_id"].map(arts["title"])
    ev["source"] = ev["article_id"].map(arts["source"]).fillna("").replace("", "unknown source")
    ev["published"] = ev["article_id"].map(arts["published"])
    ev["place_key"] = place_keys(ev)
    ev["when"] = when_column(ev)
    if "cluster_id" not in ev or ev["cluster_id"].isna().any():
        ev["cluster_id"] = ev["cluster_id"].fillna(ev["event_id"]) if "cluster_id" in ev else ev["event_id"]
    ev["n_sources"] = ev.groupby("cluster_id")["article_id"].transform("nunique").astype(int)
    # the report that stands for its cluster: the most confident, then the first
    ev["cluster_rank"] = ev.sort_values(["confidence", "event_id"], ascending=[False, True]) \
        .groupby("cluster_id").cumcount().reindex(ev.index)
    ev["week"] = week_starts(ev["start"])
    # repeated values as categories and unique texts as plain objects: filtering a million
    # events copies small integer codes and pointers instead of Arrow strings
    for c in CATEGORIES:
        if c in ev:
            ev[c] = ev[c].astype("category")
    for c in ("event_id", "summary"):
        ev[c] = ev[c].astype(object)
    ev = ev.reset_index(drop=True)
    return Store(ev, arts, t.get("inputs", pd.DataFrame()), str(path))


_PRELOADED: dict = {}      # (path, stamp) → Store read before the server listened (dashboard.serve)


def preload(path: str | Path) -> None:
    """Read the store ahead of the first visitor (``dashboard.serve`` does, before the server
    listens): the first page view then does not wait for the Parquet files to be read."""
    from extract.store import store_exists, store_stamp
    if store_exists(path):
        _PRELOADED[(str(path), store_stamp(path))] = read_store(path)


def take_preloaded(path: str | Path, stamp: float) -> Optional[Store]:
    """The store ``preload`` read, when it is still the current one (given once: the app's
    cache keeps it from then on)."""
    return _PRELOADED.pop((str(path), stamp), None)


CATEGORIES = ["article_id", "type", "type_label", "granularity", "date_resolution", "place_name",
              "place_country", "place_precision", "place_feature", "source", "modality", "place_key", "when",
              "title", "published", "trigger", "timex_text", "timex_value", "place_text"]


def week_starts(start: pd.Series) -> pd.Series:
    """The Monday of each date's week (for weekly counts), computed once."""
    return (start - pd.to_timedelta(start.dt.day_of_week, unit="D")).dt.normalize()


def place_keys(events: pd.DataFrame) -> pd.Series:
    """A key per located event's coordinates (None when it has no place)."""
    key = events["lat"].round(4).astype(str) + "," + events["lon"].round(4).astype(str)
    return key.where(events["lat"].notna(), None)


def _century(first_two_digits: str) -> str:
    """'19' (from 1901-01-01 or 1900-01-01) → '20th century'."""
    n = int(first_two_digits) + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century"


def when_column(events: pd.DataFrame) -> pd.Series:
    """How each event's date reads in the table: '2020-09-14', '2020-08', '1990s',
    '2020-09-14 → 2020-09-25', '… → 2020-09-25', 'undated'."""
    d0, d1, g = events["date_start"], events["date_end"], events["granularity"]
    out = d0.where(d0 == d1, d0.fillna("…") + " → " + d1.fillna("…"))
    out = out.where(~g.isin(["month"]), d0.str[:7])
    out = out.where(~g.isin(["year"]), d0.str[:4])
    out = out.where(~g.isin(["decade"]), d0.str[:3] + "0s")
    out = out.where(~g.isin(["century"]), d0.str[:2].map(_century, na_action="ignore"))
    return out.where(d0.notna() | d1.notna(), "undated").fillna("undated")


def store_dir(argv: Optional[Sequence[str]] = None) -> Path:
    """The store's folder: ``--store`` among the arguments (those after ``--`` of
    ``streamlit run``), else ``NEWSMAP_STORE``, else ``data/``."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:] if argv is None else argv)
    return Path(args.store or os.environ.get("NEWSMAP_STORE") or DEFAULT_STORE)


def is_default_store(path: Path) -> bool:
    """Whether ``path`` is ``data/``, the one store the app may build itself (from ``seeds/``)."""
    return path.resolve() == DEFAULT_STORE.resolve()


def build_default_store(path: Path) -> None:
    """The first start: the events of ``seeds/`` extracted into ``path``."""
    run([str(ROOT / "seeds")], str(path))
