"""The map figure: one marker per place of the view (sized by its number of events, coloured
by their most frequent type) on an offline base map of Natural Earth borders; the places of
the view (``place_groups``) and the events at a clicked place (``events_at``)."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from dashboard.style import TYPE_COLORS, hover_escape
from extract import EVENT_TYPES

STATIC = Path(__file__).resolve().parent / "static"
# served by Streamlit's static file serving (.streamlit/config.toml): the browser fetches the
# borders once instead of receiving them inside every map figure
BORDERS_URL = "app/static/countries_110m.geojson"


@lru_cache(maxsize=1)
def borders_geojson() -> dict:
    return json.loads((STATIC / "countries_110m.geojson").read_text())


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
            hovertext=[f"<b>{hover_escape(r.place_name)}</b><br>{r.n} event{'s' if r.n != 1 else ''}"
                       for r in sub.itertuples()],
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
