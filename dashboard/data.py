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

from extract import EVENT_TYPES, load_store

ASSETS = Path(__file__).resolve().parent / "assets"
TYPE_COLORS = {
    "travel": "#1f77b4", "meeting": "#17becf", "statement": "#7f7f7f", "military": "#d62728",
    "protest": "#ff7f0e", "violence": "#8c0000", "arrest": "#9467bd", "sanction": "#e377c2",
    "cooperation": "#2ca02c", "agreement": "#bcbd22", "election": "#8c564b", "death": "#333333",
}
COARSE = {"month", "season", "quarter", "half", "year", "decade", "century", "week", "weekend", "mixed"}


@dataclass
class Store:
    events: pd.DataFrame
    articles: pd.DataFrame
    mentions: pd.DataFrame
    inputs: pd.DataFrame


def read_store(path: str | Path) -> Store:
    """The store's tables, with the columns the dashboard needs derived once."""
    t = load_store(path)
    ev = t["events"].copy()
    ev["start"] = pd.to_datetime(ev["date_start"], errors="coerce")
    ev["end"] = pd.to_datetime(ev["date_end"], errors="coerce")
    # open ranges: an open start is drawn from its end, an open end up to its start
    ev["start"] = ev["start"].fillna(ev["end"])
    ev["end"] = ev["end"].fillna(ev["start"])
    ev["actors"] = ev["actors"].apply(lambda a: list(a) if a is not None else [])
    ev["type_label"] = ev["type"].map(EVENT_TYPES).fillna(ev["type"])
    arts = t["articles"].set_index("article_id", drop=False)
    ev["title"] = ev["article_id"].map(arts["title"])
    ev["source"] = ev["article_id"].map(arts["source"])
    ev["published"] = ev["article_id"].map(arts["published"])
    return Store(ev, arts, t.get("mentions", pd.DataFrame()), t.get("inputs", pd.DataFrame()))


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


def filter_events(events: pd.DataFrame, date_range: Optional[Sequence[date]] = None,
                  actors: Iterable[str] = (), types: Iterable[str] = (),
                  include_undated: bool = False) -> pd.DataFrame:
    """Events whose interval overlaps the date range, with any of the actors (all actors when
    none are chosen) and of the chosen types."""
    mask = pd.Series(True, index=events.index)
    if date_range and len(date_range) == 2 and date_range[0] and date_range[1]:
        lo = pd.Timestamp(date_range[0])
        hi = pd.Timestamp(date_range[1])
        dated = events["start"].notna()
        overlap = (events["start"] <= hi) & (events["end"] >= lo)
        mask &= (dated & overlap) | (~dated & include_undated)
    elif not include_undated:
        mask &= events["start"].notna()
    actors = set(actors)
    if actors:
        mask &= events["actors"].apply(lambda a: bool(actors.intersection(a)))
    types = set(types)
    if types:
        mask &= events["type"].isin(types)
    return events[mask]


def timeline_figure(events: pd.DataFrame, selected: Optional[str] = None) -> go.Figure:
    """Ranges and coarse dates as bars (coarse ones pale, with a dotted edge), single days as
    points; y is the event type; the event id rides in customdata."""
    fig = go.Figure()
    ev = events[events["start"].notna()]
    order = [t for t in EVENT_TYPES if t in set(ev["type"])]
    for t in order:
        sub = ev[ev["type"] == t]
        label = EVENT_TYPES[t]
        color = TYPE_COLORS.get(t, "#555")
        is_bar = (sub["end"] > sub["start"]) | sub["granularity"].isin(COARSE)
        bars, points = sub[is_bar], sub[~is_bar]
        if not bars.empty:
            coarse = bars["granularity"].isin(COARSE)
            dur = (bars["end"] + pd.Timedelta(days=1) - bars["start"]).dt.total_seconds() * 1000
            fig.add_trace(go.Bar(
                x=dur, base=bars["start"], y=[label] * len(bars), orientation="h",
                name=label, legendgroup=t, showlegend=points.empty,
                marker=dict(color=color, opacity=[0.35 if c else 0.85 for c in coarse],
                            line=dict(color=color, width=[1.5 if c else 0 for c in coarse])),
                marker_pattern_shape=["/" if c else "" for c in coarse],
                customdata=bars[["event_id"]].to_numpy(),
                hovertext=[_hover(r) for r in bars.itertuples()], hoverinfo="text"))
        if not points.empty:
            fig.add_trace(go.Scatter(
                x=points["start"] + pd.Timedelta(hours=12), y=[label] * len(points), mode="markers",
                name=label, legendgroup=t,
                marker=dict(color=color, size=12, line=dict(color="white", width=1),
                            symbol=["triangle-left" if r == "range-open-start" else "circle"
                                    for r in points["date_resolution"]]),
                customdata=points[["event_id"]].to_numpy(),
                hovertext=[_hover(r) for r in points.itertuples()], hoverinfo="text"))
    if selected is not None and selected in set(ev["event_id"]):
        r = ev[ev["event_id"] == selected].iloc[0]
        fig.add_vrect(x0=r["start"], x1=r["end"] + pd.Timedelta(days=1), fillcolor="#ffd54f",
                      opacity=0.35, line_width=0, layer="below")
    fig.update_layout(barmode="overlay", height=max(260, 60 + 42 * max(1, len(order))),
                      margin=dict(l=10, r=10, t=10, b=10), legend=dict(orientation="h", y=-0.2),
                      xaxis=dict(type="date", range=initial_range(ev)), yaxis=dict(categoryorder="array", categoryarray=order[::-1]),
                      clickmode="event+select", dragmode="pan")
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


def _hover(r) -> str:
    d0 = r.date_start or "?"
    d1 = r.date_end or "…"
    when = d0 if d0 == d1 else f"{d0} → {d1}"
    place = r.place_name if isinstance(r.place_name, str) else "no place"
    summary = r.summary if len(r.summary) < 110 else r.summary[:107] + "…"
    return f"<b>{_esc(r.type_label)}</b> · {when} ({r.granularity})<br>{_esc(place)}<br>{_esc(summary)}"


def _esc(s: str) -> str:
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


@lru_cache(maxsize=1)
def borders_geojson() -> dict:
    return json.loads((ASSETS / "countries_110m.geojson").read_text())


def spread_overlaps(df: pd.DataFrame, radius_deg: float = 0.12) -> pd.DataFrame:
    """Events at the same coordinates are set on a small circle around them, so each marker can
    be clicked (the top one of stacked markers hides the rest)."""
    df = df.copy()
    df["plot_lat"], df["plot_lon"] = df["lat"], df["lon"]
    for _, idx in df.groupby([df["lat"].round(4), df["lon"].round(4)]).groups.items():
        if len(idx) < 2:
            continue
        n = len(idx)
        r = radius_deg * (1 + n / 12)
        for k, i in enumerate(idx):
            a = 2 * math.pi * k / n
            df.at[i, "plot_lat"] = df.at[i, "lat"] + r * math.sin(a)
            df.at[i, "plot_lon"] = df.at[i, "lon"] + r * math.cos(a) / max(0.2, math.cos(math.radians(df.at[i, "lat"])))
    return df


def map_figure(events: pd.DataFrame, selected: Optional[str] = None) -> go.Figure:
    """One marker per located event on an offline base map (Natural Earth borders drawn as
    layers on a blank style: no tiles, no network)."""
    located = spread_overlaps(events[events["lat"].notna()])
    fig = go.Figure()
    for t in [t for t in EVENT_TYPES if t in set(located["type"])]:
        sub = located[located["type"] == t]
        fig.add_trace(go.Scattermap(
            lat=sub["plot_lat"], lon=sub["plot_lon"], mode="markers", name=EVENT_TYPES[t],
            marker=dict(size=[18 if e == selected else 11 for e in sub["event_id"]],
                        color=TYPE_COLORS.get(t, "#555"), opacity=0.9),
            customdata=sub[["event_id"]].to_numpy(),
            hovertext=[_hover(r) for r in sub.itertuples()], hoverinfo="text"))
    if len(located):
        lat0, lon0 = float(located["lat"].median()), float(located["lon"].median())
        span = max(float(located["lat"].max() - located["lat"].min()),
                   float(located["lon"].max() - located["lon"].min()) / 2, 1.0)
        zoom = max(0.5, min(8.0, math.log2(180 / span)))
    else:
        lat0, lon0, zoom = 30.0, 10.0, 0.8
    borders = borders_geojson()
    fig.update_layout(
        map=dict(style="white-bg", center=dict(lat=lat0, lon=lon0), zoom=zoom,
                 layers=[dict(sourcetype="geojson", source=borders, type="fill", color="#eef0f3", below="traces"),
                         dict(sourcetype="geojson", source=borders, type="line", color="#99aaaa",
                              line=dict(width=0.8), below="traces")]),
        height=430, margin=dict(l=0, r=0, t=0, b=0), legend=dict(orientation="h", y=-0.02),
        clickmode="event+select", uirevision="map")
    return fig


def event_facts(ev: pd.Series) -> dict[str, str]:
    """What the source panel states beside the text: type, date, place, actors, confidence."""
    place = ev["place_name"] if isinstance(ev["place_name"], str) else None
    return {
        "Event": f"{EVENT_TYPES.get(ev['type'], ev['type'])} ({ev['modality']})",
        "Date": f"{_when(ev)} · {ev['granularity'] or 'no date'} · {ev['date_resolution']}",
        "Place": f"{place} ({ev['place_country'] or '—'}, {ev['place_precision']})" if place else "none stated",
        "Actors": ", ".join(ev["actors"]) or "none",
        "Confidence": f"{float(ev['confidence']):.2f}",
    }


def table_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The rows of the events table, in display order (the index keeps the event id)."""
    df = events.sort_values(["start", "event_id"], na_position="last")
    out = pd.DataFrame({
        "date": [_when(r) for r in df.itertuples()],
        "type": df["type_label"].to_numpy(),
        "place": df["place_name"].fillna("").to_numpy(),
        "actors": [", ".join(a) for a in df["actors"]],
        "event": df["summary"].to_numpy(),
        "source": df["source"].fillna("").to_numpy(),
    }, index=df["event_id"].to_numpy())
    out.index.name = "event_id"
    return out


def _when(r) -> str:
    d0, d1 = r.date_start, r.date_end
    if not isinstance(d0, str) and not isinstance(d1, str):
        return "undated"
    g = r.granularity or ""
    if g in ("month",) and isinstance(d0, str):
        return d0[:7]
    if g == "year" and isinstance(d0, str):
        return d0[:4]
    if g == "decade" and isinstance(d0, str):
        return d0[:3] + "0s"
    if not isinstance(d0, str):
        return f"… → {d1}"
    if not isinstance(d1, str):
        return f"{d0} → …"
    return d0 if d0 == d1 else f"{d0} → {d1}"


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
    m = store.mentions
    if m is None or m.empty:
        return []
    s0, s1 = int(event["sentence_start"]), int(event["sentence_end"])
    sub = m[(m["article_id"] == event["article_id"]) & (m["start"] >= s0) & (m["end"] <= s1)]
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
