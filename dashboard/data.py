"""The dashboard's logic, with no Streamlit in it: loading the store, filtering, the figures and
the highlighted source text. ``app.py`` only lays these out."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import pandas as pd
import plotly.graph_objects as go

from extract import EVENT_TYPES, article_rows, articles_containing, load_store

STATIC = Path(__file__).resolve().parent / "static"
# served by Streamlit's static file serving (.streamlit/config.toml): the browser fetches the
# borders once instead of receiving them inside every map figure
BORDERS_URL = "app/static/countries_110m.geojson"
TYPE_COLORS = {
    "travel": "#1f77b4", "meeting": "#17becf", "statement": "#7f7f7f", "military": "#d62728",
    "protest": "#ff7f0e", "violence": "#8c0000", "arrest": "#9467bd", "sanction": "#e377c2",
    "cooperation": "#2ca02c", "agreement": "#bcbd22", "election": "#8c564b", "death": "#333333",
}
COARSE = {"month", "season", "quarter", "half", "year", "decade", "century", "week", "weekend", "mixed"}


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

    def article_text(self, article_id: str) -> str:
        rows = article_rows(self.path, "articles", article_id, ["article_id", "text"])
        return str(rows["text"].iloc[0]) if len(rows) else ""

    def mentions_of(self, article_id: str) -> pd.DataFrame:
        return article_rows(self.path, "mentions", article_id, ["article_id", "kind", "start", "end"])

    def articles_containing(self, text: str) -> set[str]:
        return articles_containing(self.path, text)

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


CATEGORIES = ["article_id", "type", "type_label", "granularity", "date_resolution", "place_name",
              "place_country", "place_precision", "place_feature", "source", "modality", "place_key", "when",
              "title", "published", "trigger", "timex_text", "timex_value", "place_text"]


def week_starts(start: pd.Series) -> pd.Series:
    """The Monday of each date's week (for weekly counts), computed once."""
    return (start - pd.to_timedelta(start.dt.day_of_week, unit="D")).dt.normalize()


def actor_counts(events: pd.DataFrame) -> pd.Series:
    """Events per canonical actor, most frequent first."""
    if events.empty:
        return pd.Series(dtype=int)
    return events["actors"].explode().dropna().value_counts()


def date_bounds(events: pd.DataFrame) -> tuple[date, date]:
    s = events["start"].dropna()
    e = events["end"].dropna()
    if s.empty:
        today = date.today()
        return today, today
    return s.min().date(), e.max().date()


@dataclass
class Filters:
    """The whole filter state (it also travels in the page URL)."""
    date_range: Optional[Sequence[date]] = None
    actors: Sequence[str] = ()
    types: Sequence[str] = ()
    countries: Sequence[str] = ()
    sources: Sequence[str] = ()
    text: str = ""
    include_undated: bool = False
    facts_only: bool = False           # hide planned, reported, hypothetical and negated events

    def to_params(self) -> dict[str, str]:
        p = {}
        if self.date_range and len(self.date_range) == 2:
            p["from"], p["to"] = str(self.date_range[0]), str(self.date_range[1])
        for k in ("actors", "types", "countries", "sources"):
            if getattr(self, k):
                p[k] = "|".join(getattr(self, k))
        if self.text:
            p["q"] = self.text
        if self.include_undated:
            p["undated"] = "1"
        if self.facts_only:
            p["facts"] = "1"
        return p

    @classmethod
    def from_params(cls, params: dict) -> "Filters":
        def lst(k):
            v = params.get(k) or ""
            return tuple(x for x in v.split("|") if x)
        dr = None
        try:
            if params.get("from") and params.get("to"):
                dr = (date.fromisoformat(params["from"]), date.fromisoformat(params["to"]))
        except ValueError:
            dr = None
        return cls(dr, lst("actors"), lst("types"), lst("countries"), lst("sources"),
                   (params.get("q") or "")[:200], params.get("undated") == "1", params.get("facts") == "1")


def filter_events(events: pd.DataFrame, date_range: Optional[Sequence[date]] = None,
                  actors: Iterable[str] = (), types: Iterable[str] = (),
                  include_undated: bool = False, countries: Iterable[str] = (),
                  sources: Iterable[str] = (), text: str = "", store: Optional[Store] = None,
                  facts_only: bool = False) -> pd.DataFrame:
    """Events whose interval overlaps the date range, with any of the chosen actors, types,
    countries and sources (each: all when none is chosen), whose sentence or article contains
    ``text`` (case-insensitive), and only those reported as fact with ``facts_only``.
    Vectorised: ~0.1 s per filter change at a million events."""
    import numpy as np
    mask = np.ones(len(events), dtype=bool)
    if date_range and len(date_range) == 2 and date_range[0] and date_range[1]:
        lo = np.datetime64(pd.Timestamp(date_range[0]))
        hi = np.datetime64(pd.Timestamp(date_range[1]))
        start = events["start"].to_numpy()
        end = events["end"].to_numpy()
        dated = ~np.isnat(start)
        mask &= (dated & (start <= hi) & (end >= lo)) | (~dated & include_undated)
    elif not include_undated:
        mask &= events["start"].notna().to_numpy()
    actors = list(actors)
    if actors:
        if store is not None and store.events is events:
            keep = np.zeros(len(events), dtype=bool)
            keep[store.rows_of_actors(actors)] = True
        else:
            wanted = set(actors)
            keep = events["actors"].apply(lambda a: bool(wanted.intersection(a))).to_numpy()
        mask &= keep
    if facts_only:
        mask &= (events["modality"] == "asserted").to_numpy()
    for col, chosen in (("type", types), ("place_country", countries), ("source", sources)):
        chosen = list(chosen)
        if chosen:
            mask &= events[col].isin(chosen).to_numpy()
    if text and text.strip():
        sub = events[mask]
        hit = sub["summary"].str.contains(text.strip(), case=False, regex=False, na=False)
        if store is not None and store.path:
            hit |= sub["article_id"].isin(store.articles_containing(text.strip()))
        idx = np.flatnonzero(mask)
        mask[idx[~hit.to_numpy()]] = False
    return events[mask]


def one_per_cluster(view: pd.DataFrame) -> pd.DataFrame:
    """The view with each cross-article cluster shown once (its best report in the view)."""
    if "cluster_id" not in view or view.empty:
        return view
    dup = view["cluster_id"].duplicated(keep=False).to_numpy()
    if not dup.any():
        return view
    clustered = view[dup].sort_values("cluster_rank")
    keep = clustered.drop_duplicates("cluster_id").index
    return view[~dup | view.index.isin(keep)]


def cluster_reports(events: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """All reports of the selected event's cluster (the event itself included)."""
    cid = events.loc[events["event_id"] == event_id, "cluster_id"]
    if cid.empty:
        return events.iloc[0:0]
    return events[events["cluster_id"] == cid.iloc[0]].sort_values("cluster_rank")


def option_counts(events: pd.DataFrame, column: str) -> pd.Series:
    """Events per value of a column (countries, sources), most frequent first."""
    counts = events[column].dropna().value_counts()
    return counts[counts > 0]


MAX_DRAWN = 3000   # above this many events the timeline shows counts per bin instead of marks


def timeline_figure(events: pd.DataFrame, selected: Optional[str] = None, group_by: str = "type") -> go.Figure:
    """Ranges and coarse dates as bars (coarse ones pale and hatched), single days as points;
    what is only planned, reported, hypothetical or denied is drawn hollow (dotted bars),
    one row per event type (or per actor with ``group_by="actor"``); the event id rides in
    customdata. Beyond MAX_DRAWN events: stacked counts per bin and type (never a million marks)."""
    ev = events[events["start"].notna()]
    if len(ev) > MAX_DRAWN:
        return timeline_counts_figure(ev)
    if group_by == "actor":
        ev = ev.explode("actors").rename(columns={"actors": "row"})
        ev["row"] = ev["row"].fillna("(no actor)")
        order = list(ev["row"].value_counts().index[:25])
        ev = ev[ev["row"].isin(order)]
    else:
        ev = ev.assign(row=ev["type_label"])
        order = [EVENT_TYPES[t] for t in EVENT_TYPES if t in set(ev["type"])]
    import numpy as np
    # plain arrays once: building a few traces from them is far cheaper than pandas selections
    types = ev["type"].astype(object).to_numpy()
    rows = ev["row"].astype(object).to_numpy()
    ids = ev["event_id"].astype(object).to_numpy()
    start = ev["start"].to_numpy()
    end = ev["end"].to_numpy()
    coarse_all = ev["granularity"].isin(COARSE).to_numpy()
    # planned, reported, hypothetical, negated: drawn hollow, not as fact
    unsure_all = (ev["modality"].astype(object) != "asserted").to_numpy()
    resolution = ev["date_resolution"].astype(object).to_numpy()
    hover = np.array(_hovers(ev), dtype=object)
    fig = go.Figure()
    for t in [t for t in EVENT_TYPES if t in set(types)]:
        label = EVENT_TYPES[t]
        color = TYPE_COLORS.get(t, "#555")
        of_type = types == t
        is_bar = of_type & ((end > start) | coarse_all)
        is_point = of_type & ~is_bar
        if is_bar.any():
            coarse = coarse_all[is_bar]
            unsure = unsure_all[is_bar]
            dur = (end[is_bar] + np.timedelta64(1, "D") - start[is_bar]) / np.timedelta64(1, "ms")
            fig.add_trace(go.Bar(
                x=dur, base=start[is_bar], y=rows[is_bar], orientation="h",
                name=label, legendgroup=t, showlegend=not is_point.any(),
                marker=dict(color=color, opacity=[0.35 if c or u else 0.85 for c, u in zip(coarse, unsure)],
                            line=dict(color=color, width=[1.5 if c or u else 0 for c, u in zip(coarse, unsure)])),
                marker_pattern_shape=["/" if c else "." if u else "" for c, u in zip(coarse, unsure)],
                customdata=ids[is_bar].reshape(-1, 1), hovertext=hover[is_bar], hoverinfo="text"))
        if is_point.any():
            fig.add_trace(go.Scatter(
                x=start[is_point] + np.timedelta64(12, "h"), y=rows[is_point], mode="markers",
                name=label, legendgroup=t,
                marker=dict(color=color, size=12,
                            line=dict(color=[color if u else "white" for u in unsure_all[is_point]],
                                      width=[2 if u else 1 for u in unsure_all[is_point]]),
                            symbol=[("triangle-left" if r == "range-open-start" else "circle")
                                    + ("-open" if u else "")
                                    for r, u in zip(resolution[is_point], unsure_all[is_point])]),
                customdata=ids[is_point].reshape(-1, 1), hovertext=hover[is_point], hoverinfo="text"))
    if selected is not None and selected in set(ev["event_id"]):
        r = ev[ev["event_id"] == selected].iloc[0]
        fig.add_vrect(x0=r["start"], x1=r["end"] + pd.Timedelta(days=1), fillcolor="#ffd54f",
                      opacity=0.35, line_width=0, layer="below")
    fig.update_layout(barmode="overlay", height=max(260, 60 + 34 * max(1, len(order))),
                      margin=dict(l=10, r=10, t=10, b=10), legend=dict(orientation="h", y=-0.2),
                      xaxis=dict(type="date", range=initial_range(ev)),
                      yaxis=dict(categoryorder="array", categoryarray=order[::-1]),
                      clickmode="event+select", dragmode="pan", uirevision="timeline")
    return fig


# the bin of the counts timeline, by the span of the first view: about 50 to 600 bars
COUNT_BINS = [(3 * 366, "week"), (30 * 366, "month"), (300 * 366, "year")]


def timeline_counts(ev: pd.DataFrame) -> tuple[pd.DataFrame, str, Optional[list]]:
    """Events per bin and type (columns bin, type, n), the bin's name — weeks, months, years
    or decades, by the span of the first view (a few events of the 11th century must not turn
    a decade of news into weekly slivers) — and that first view."""
    rng = initial_range(ev)
    span = (rng[1] - rng[0]).days if rng else 0
    unit = next((u for days, u in COUNT_BINS if span <= days), "decade")
    if unit == "week":
        b = ev["week"] if "week" in ev else week_starts(ev["start"])
    else:
        start = ev["start"].to_numpy()
        if unit == "month":
            b = start.astype("datetime64[M]")
        else:
            years = start.astype("datetime64[Y]").astype(int) + 1970
            b = ((years // 10 * 10 if unit == "decade" else years) - 1970).astype("datetime64[Y]")
        b = pd.Series(b.astype("datetime64[ns]"), index=ev.index)
    counts = ev.assign(bin=b).groupby(["bin", "type"], observed=True).size().rename("n").reset_index()
    return counts, unit, rng


def timeline_counts_figure(ev: pd.DataFrame) -> go.Figure:
    """Events per bin (week, month, year or decade) and type, stacked: the timeline of a large
    selection, first shown where most events are."""
    counts, unit, rng = timeline_counts(ev)
    fmt = {"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y", "decade": "%Ys"}[unit]
    fig = go.Figure()
    for t in [t for t in EVENT_TYPES if t in set(counts["type"])]:
        sub = counts[counts["type"] == t]
        fig.add_trace(go.Bar(x=sub["bin"], y=sub["n"], name=EVENT_TYPES[t],
                             marker_color=TYPE_COLORS.get(t, "#555"),
                             hovertemplate="%{x|" + fmt + "}: %{y} events<extra>" + EVENT_TYPES[t] + "</extra>"))
    fig.update_layout(barmode="stack", height=320, margin=dict(l=10, r=10, t=30, b=10),
                      title=dict(text=f"{len(ev):,} events per {unit} (narrow the filters to see each one)",
                                 font=dict(size=13)),
                      xaxis=dict(type="date", range=rng),
                      legend=dict(orientation="h", y=-0.2), dragmode="pan", uirevision="timeline")
    return fig


def initial_range(ev: pd.DataFrame) -> Optional[list]:
    """The first view of the timeline: where most events are (a few historical ones, such as
    "the 1990s", would otherwise squeeze the rest into a line); panning and zooming reach all."""
    if ev.empty:
        return None
    lo = ev["start"].quantile(0.1)
    hi = ev["end"].max()
    if (ev["start"] < lo).sum() == 0:
        lo = ev["start"].min()
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.04)
    return [lo - pad, hi + pad + pd.Timedelta(days=1)]


def _hovers(ev: pd.DataFrame) -> list[str]:
    """The hover label of each event: type, dates, granularity, place, sentence (escaped)."""
    out = []
    for label, d0, d1, gran, place, summary in zip(ev["type_label"].astype(object), ev["date_start"], ev["date_end"],
                                                  ev["granularity"].astype(object), ev["place_name"].astype(object),
                                                  ev["summary"]):
        d0 = d0 if isinstance(d0, str) else "?"
        d1 = d1 if isinstance(d1, str) else "…"
        when = d0 if d0 == d1 else f"{d0} → {d1}"
        place = place if isinstance(place, str) else "no place"
        summary = summary if len(summary) < 110 else summary[:107] + "…"
        out.append(f"<b>{_esc(label)}</b> · {when} ({gran})<br>{_esc(place)}<br>{_esc(summary)}")
    return out


def _esc(s: str) -> str:
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


@lru_cache(maxsize=1)
def borders_geojson() -> dict:
    return json.loads((STATIC / "countries_110m.geojson").read_text())


def place_keys(events: pd.DataFrame) -> pd.Series:
    """A key per located event's coordinates (None when it has no place)."""
    key = events["lat"].round(4).astype(str) + "," + events["lon"].round(4).astype(str)
    return key.where(events["lat"].notna(), None)


def place_groups(events: pd.DataFrame) -> pd.DataFrame:
    """One row per located place of the view: key, coordinates, name, number of events and the
    most frequent event type (counted on category codes: fine at a million events)."""
    import numpy as np
    cols = ["place_key", "lat", "lon", "place_name", "n", "type"]
    if "place_key" not in events or events.empty:
        return pd.DataFrame(columns=cols)
    key = events["place_key"]
    if not isinstance(key.dtype, pd.CategoricalDtype):
        key = key.astype("category")
    codes = key.cat.codes.to_numpy().astype(np.int64)
    located = codes >= 0
    if not located.any():
        return pd.DataFrame(columns=cols)
    counts = np.bincount(codes[located], minlength=len(key.cat.categories))
    present = np.flatnonzero(counts)
    first = pd.Series(np.arange(len(codes))[located]).groupby(codes[located]).first()
    rows = events.iloc[first.loc[present].to_numpy()]
    ttype = events["type"].astype("category")
    tcodes = ttype.cat.codes.to_numpy().astype(np.int64)[located]
    nt = len(ttype.cat.categories)
    table = np.bincount(codes[located] * nt + tcodes, minlength=len(key.cat.categories) * nt).reshape(-1, nt)
    top = np.asarray(ttype.cat.categories)[table[present].argmax(axis=1)]
    return pd.DataFrame({"place_key": np.asarray(key.cat.categories)[present], "lat": rows["lat"].to_numpy(),
                         "lon": rows["lon"].to_numpy(), "place_name": rows["place_name"].astype(object).to_numpy(),
                         "n": counts[present], "type": top})


def events_at(events: pd.DataFrame, place_key: str) -> list[str]:
    """The ids of the view's events at a place, newest first."""
    sub = events[events["place_key"] == place_key]
    return list(sub.sort_values("start", ascending=False, na_position="last")["event_id"])


def map_figure(events: pd.DataFrame, selected: Optional[str] = None, borders_by_url: bool = True) -> go.Figure:
    """One marker per place, sized by its number of events and coloured by their most frequent
    type, on an offline base map (Natural Earth borders drawn as layers on a blank style: no
    tiles, no network; by URL from the app's own static files, or inline). customdata holds the
    place key; the app lists a place's events."""
    groups = place_groups(events)
    sel_key = None
    if selected is not None and len(groups):
        hit = events.loc[events["event_id"] == selected, "place_key"]
        sel_key = hit.iloc[0] if len(hit) and isinstance(hit.iloc[0], str) else None
    fig = go.Figure()
    for t in [t for t in EVENT_TYPES if t in set(groups["type"])]:
        sub = groups[groups["type"] == t]
        fig.add_trace(go.Scattermap(
            lat=sub["lat"], lon=sub["lon"], mode="markers", name=EVENT_TYPES[t],
            marker=dict(size=[min(42, 10 + 6 * math.sqrt(n - 1)) for n in sub["n"]],
                        color=TYPE_COLORS.get(t, "#555"), opacity=0.85),
            customdata=sub[["place_key"]].to_numpy(),
            hovertext=[f"<b>{_esc(r.place_name)}</b><br>{r.n} event{'s' if r.n != 1 else ''}" for r in sub.itertuples()],
            hoverinfo="text"))
    if sel_key is not None:
        r = groups[groups["place_key"] == sel_key].iloc[0]
        fig.add_trace(go.Scattermap(lat=[r["lat"]], lon=[r["lon"]], mode="markers", showlegend=False,
                                    hoverinfo="skip", marker=dict(size=14, color="#ffd54f", opacity=0.9)))
    if len(groups):
        lat0, lon0 = float(groups["lat"].median()), float(groups["lon"].median())
        span = max(float(groups["lat"].max() - groups["lat"].min()),
                   float(groups["lon"].max() - groups["lon"].min()) / 2, 4.0)
        zoom = max(0.5, min(6.0, math.log2(180 / span)))
    else:
        lat0, lon0, zoom = 30.0, 10.0, 0.8
    borders = BORDERS_URL if borders_by_url else borders_geojson()
    fig.update_layout(
        map=dict(style="white-bg", center=dict(lat=lat0, lon=lon0), zoom=zoom,
                 layers=[dict(sourcetype="geojson", source=borders, type="fill", color="#eef0f3", below="traces"),
                         dict(sourcetype="geojson", source=borders, type="line", color="#99aaaa",
                              line=dict(width=0.8), below="traces")]),
        height=430, margin=dict(l=0, r=0, t=0, b=0), legend=dict(orientation="h", y=-0.02),
        clickmode="event+select", uirevision="map")
    return fig


def published_label(published, flags) -> str:
    """How the source panel states an article's publication date, and where it came from: a
    date read from the dateline or the file's name, or none (then its relative dates stay
    unresolved)."""
    flags = set(flags) if flags is not None else set()
    if not isinstance(published, str) or not published:
        return "no publication date (its relative dates are left unresolved)"
    if "publication_date_from_file_name" in flags:
        return f"published {published} (from the file name)"
    if "publication_date_from_dateline" in flags:
        return f"published {published} (from the dateline)"
    return f"published {published}"


def event_facts(ev: pd.Series) -> dict[str, str]:
    """What the source panel states beside the text: type, date, place, actors, confidence."""
    place = ev["place_name"] if isinstance(ev["place_name"], str) else None
    return {
        "Event": f"{EVENT_TYPES.get(ev['type'], ev['type'])} ({ev['modality']})",
        "Date": f"{ev['when']} · {ev['granularity'] or 'no date'} · {ev['date_resolution']}",
        "Place": f"{place} ({ev['place_country'] or '—'}, {ev['place_precision']})" if place else "none stated",
        "Actors": ", ".join(ev["actors"]) or "none",
        "Roles": _roles_line(ev),
        "Confidence": f"{float(ev['confidence']):.2f}",
    }


def _roles_line(ev: pd.Series) -> str:
    """"Russia → Belarus": who acted and who was acted upon, when the sentence shows it."""
    who, whom = ", ".join(ev["actor1"]), ", ".join(ev["actor2"])
    if not who and not whom:
        return "not stated"
    return f"{who or '?'} → {whom}" if whom else f"{who} (acted)"


MAX_TABLE = 2000


def table_frame(events: pd.DataFrame, limit: int = MAX_TABLE) -> pd.DataFrame:
    """The rows of the events table, newest first (as the place lists; undated ones last), at
    most ``limit`` of them: the newest; the index keeps the event id."""
    if len(events) > limit:
        dated = events[events["start"].notna()]
        df = dated.nlargest(limit, "start", keep="all") if len(dated) >= limit else \
            pd.concat([dated, events[events["start"].isna()].head(limit - len(dated))])
    else:
        df = events
    df = df.sort_values(["start", "event_id"], ascending=[False, True], na_position="last").head(limit)
    out = pd.DataFrame({
        "date": df["when"].astype(object).to_numpy(),
        "type": df["type_label"].astype(object).to_numpy(),
        "place": df["place_name"].astype(object).fillna("").to_numpy(),
        "actors": [", ".join(a) for a in df["actors"]],
        "event": df["summary"].to_numpy(),
        "source": df["source"].astype(object).fillna("").to_numpy(),
        "sources": df["n_sources"].to_numpy() if "n_sources" in df else 1,
    }, index=df["event_id"].to_numpy())
    out.index.name = "event_id"
    return out


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


# ---------------------------------------------------------------------------------------------
# source text with highlights, as inert Markdown (no HTML)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=])")


def md_escape(s: str) -> str:
    """Escape every Markdown/directive character so untrusted text renders as itself
    (a word joiner between two hyphens, or the renderer would turn "--" into a dash)."""
    return _MD_SPECIAL.sub(r"\\\1", s.replace("--", "-\u2060-"))


def _md_block(s: str) -> str:
    s = md_escape(s)
    # paragraphs stay paragraphs, single line breaks become hard breaks
    parts = re.split(r"\n\s*\n", s)
    return "\n\n".join(p.replace("\n", "  \n") for p in parts)


HIGHLIGHT = {"sentence": "orange", "date": "green", "place": "blue", "actor": "violet"}


def event_mentions(store: Store, event: pd.Series) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the date, place and actor mentions inside the event's sentence."""
    m = store.mentions_of(event["article_id"])
    if m.empty:
        return []
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    sub = m[(m["start"] >= s0) & (m["end"] <= s1)]
    kinds = {"timex": "date", "place": "place", "actor": "actor"}
    spans = sorted((int(r.start), int(r.end), kinds[r.kind]) for r in sub.itertuples() if r.kind in kinds)
    out: list[tuple[int, int, str]] = []
    for s, e, k in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, k))
    return out


def highlighted_markdown(text: str, sentence: tuple[int, int], mentions: list[tuple[int, int, str]]) -> str:
    """The article body as Markdown with the sentence on an orange background and its dates,
    places and actors in their own colours. Every piece of the text is escaped."""
    s0, s1 = sentence
    pieces = [_md_block(text[:s0])]
    pos = s0
    for s, e, kind in mentions:
        if s < pos or e > s1:
            continue
        if s > pos:
            pieces.append(_directive(text[pos:s], HIGHLIGHT["sentence"]))
        pieces.append(_directive(text[s:e], HIGHLIGHT[kind], bold=True))
        pos = e
    if pos < s1:
        pieces.append(_directive(text[pos:s1], HIGHLIGHT["sentence"]))
    pieces.append(_md_block(text[s1:]))
    return "".join(pieces)


def _directive(s: str, color: str, bold: bool = False) -> str:
    lead = len(s) - len(s.lstrip())
    trail = len(s) - len(s.rstrip())
    core = md_escape(" ".join(s.split()))
    if not core:
        return s
    inner = f"**{core}**" if bold else core
    return s[:lead] + f":{color}-background[{inner}]" + (s[len(s) - trail:] if trail else "")


# ---------------------------------------------------------------------------------------------
# exports of the filtered events
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


# ---------------------------------------------------------------------------------------------
# folders named by the user: only inside the allowed roots
def import_roots() -> list[Path]:
    """Where the app may read folders from: NEWSMAP_IMPORT_ROOTS (os.pathsep-separated), by
    default the user's home folder and this repository."""
    import os
    raw = os.environ.get("NEWSMAP_IMPORT_ROOTS")
    roots = [Path(x) for x in raw.split(os.pathsep) if x] if raw else [Path.home(), Path(__file__).resolve().parents[1]]
    return [r.resolve() for r in roots]


def checked_folder(text: str, roots: Optional[list[Path]] = None) -> tuple[Optional[Path], str]:
    """(the folder, "") when ``text`` names an existing folder inside an allowed root, else
    (None, the reason). The path is resolved first (symlinks, "..") and only then checked."""
    text = (text or "").strip()
    if not text:
        return None, "no folder given"
    if "\x00" in text or len(text) > 1000:
        return None, "not a valid path"
    roots = roots if roots is not None else import_roots()
    try:
        folder = Path(text).expanduser().resolve(strict=True)
    except (OSError, RuntimeError):
        return None, "no such folder"
    if not folder.is_dir():
        return None, "not a folder"
    if not any(folder == r or folder.is_relative_to(r) for r in roots):
        return None, "outside the folders the app may read (set NEWSMAP_IMPORT_ROOTS)"
    return folder, ""
