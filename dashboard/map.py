"""The map figure: one marker per place of the view (sized by its number of events, coloured
by their most frequent type, the larger ones labelled with their name and count), the events
placed at a whole country shown as that country shaded, nearby places merged into counted
clusters when there are too many to draw; on an offline base map of Natural Earth borders
(a geo subplot whose own base layers are off: no tiles, no network). Also the places of the
view (``place_groups``) and the events at a clicked place or cluster (``events_at``)."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.style import country_iso3, country_name, hover_escape, legend_title, type_color, type_label

STATIC = Path(__file__).resolve().parent / "static"
# served by Streamlit's static file serving (.streamlit/config.toml): the browser fetches the
# borders once instead of receiving them inside every map figure
BORDERS_URL = "app/static/countries_110m.geojson"
# plotly's geo subplot always fetches its topojson: an empty one, served here, instead of the CDN's
TOPOJSON_URL = "app/static/topojson/"
MAX_MARKERS = 300       # more places than this: nearby ones merged into clusters with counts
N_LABELS = 12           # the largest markers named on the map
COUNTRY_FEATURES = {"country"}
MAP_HEIGHT = 360


@lru_cache(maxsize=1)
def borders_geojson() -> dict:
    return json.loads((STATIC / "countries_110m.geojson").read_text())


def place_groups(events: pd.DataFrame) -> pd.DataFrame:
    """One row per located place of the view: key, coordinates, name, country, feature, number
    of events and the most frequent event type (counted on category codes: fine at a million
    events)."""
    cols = ["place_key", "lat", "lon", "place_name", "country", "feature", "n", "type"]
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
    feature = rows["place_feature"].astype(object).to_numpy() if "place_feature" in rows else [None] * len(rows)
    country = rows["place_country"].astype(object).to_numpy() if "place_country" in rows else [None] * len(rows)
    return pd.DataFrame({"place_key": np.asarray(key.cat.categories)[present], "lat": rows["lat"].to_numpy(),
                         "lon": rows["lon"].to_numpy(), "place_name": rows["place_name"].astype(object).to_numpy(),
                         "country": country, "feature": feature, "n": counts[present], "type": top})


def cell_size(groups: pd.DataFrame, max_markers: int = MAX_MARKERS) -> float:
    """The grid cell (degrees) that merges the places into at most ``max_markers`` clusters
    (0: no merging needed)."""
    if len(groups) <= max_markers:
        return 0.0
    size = 0.25
    while size < 90:
        cells = set(zip(np.floor(groups["lat"] / size), np.floor(groups["lon"] / size)))
        if len(cells) <= max_markers:
            return size
        size *= 2
    return size


def cluster_key(lat: float, lon: float, size: float) -> str:
    return f"cell:{size:g}:{math.floor(lat / size)}:{math.floor(lon / size)}"


def clustered(groups: pd.DataFrame, size: float) -> pd.DataFrame:
    """Places merged per grid cell of ``size`` degrees: one row per cell (its key, the
    events-weighted centre, the largest place's name, the number of places and events, the
    most frequent type among its places)."""
    if not size or groups.empty:
        return groups.assign(places=1)
    g = groups.assign(cell=[cluster_key(a, o, size) for a, o in zip(groups["lat"], groups["lon"])])
    g = g.sort_values("n", ascending=False)
    w = g["n"].to_numpy(float)
    agg = g.assign(wlat=g["lat"] * w, wlon=g["lon"] * w).groupby("cell", sort=False).agg(
        wlat=("wlat", "sum"), wlon=("wlon", "sum"), n=("n", "sum"), places=("n", "size"),
        place_name=("place_name", "first"), type=("type", "first"), country=("country", "first"))
    return pd.DataFrame({"place_key": agg.index, "lat": agg["wlat"] / agg["n"], "lon": agg["wlon"] / agg["n"],
                         "place_name": agg["place_name"], "country": agg["country"], "feature": "cluster",
                         "n": agg["n"], "type": agg["type"], "places": agg["places"]}).reset_index(drop=True)


def events_at(events: pd.DataFrame, place_key: str) -> list[str]:
    """The ids of the view's events at a place (or in a cluster's cell), newest first."""
    if isinstance(place_key, str) and place_key.startswith("cell:"):
        _, size, i, j = place_key.split(":")
        size = float(size)
        lat, lon = events["lat"].to_numpy(), events["lon"].to_numpy()
        with np.errstate(invalid="ignore"):
            mask = (np.floor(lat / size) == int(i)) & (np.floor(lon / size) == int(j))
        sub = events[mask]
    else:
        sub = events[events["place_key"] == place_key]
    return list(sub.sort_values("start", ascending=False, na_position="last")["event_id"])


def view_bounds(groups: pd.DataFrame, aspect: float = 2.0) -> Optional[tuple[list[float], list[float]]]:
    """The longitude and latitude ranges that hold every marker with a margin (an eighth of the
    span, at least 4°), widened to the map's ``aspect`` (width / height: a narrow band would
    draw a sliver), or None when there is no marker."""
    if groups.empty:
        return None
    lat0, lat1 = float(groups["lat"].min()), float(groups["lat"].max())
    lon0, lon1 = float(groups["lon"].min()), float(groups["lon"].max())
    pad_lat = max(4.0, (lat1 - lat0) * 0.12)
    pad_lon = max(6.0, (lon1 - lon0) * 0.12)
    lon0, lon1 = lon0 - pad_lon, lon1 + pad_lon
    lat0, lat1 = lat0 - pad_lat, lat1 + pad_lat
    lon_span, lat_span = lon1 - lon0, lat1 - lat0
    if lon_span < lat_span * aspect:
        grow = (lat_span * aspect - lon_span) / 2
        lon0, lon1 = lon0 - grow, lon1 + grow
    else:
        grow = (lon_span / aspect - lat_span) / 2
        lat0, lat1 = lat0 - grow, lat1 + grow
    # never past the poles (Antarctica is no news map's subject) or the date line
    if lat0 < -60:
        lat1, lat0 = min(85.0, lat1 + (-60 - lat0)), -60.0
    if lat1 > 85:
        lat0, lat1 = max(-60.0, lat0 - (lat1 - 85)), 85.0
    if lon0 < -180:
        lon1, lon0 = min(180.0, lon1 + (-180 - lon0)), -180.0
    if lon1 > 180:
        lon0, lon1 = max(-180.0, lon0 - (lon1 - 180)), 180.0
    return [lon0, lon1], [lat0, lat1]


def marker_size(n) -> float:
    return min(42, 10 + 6 * math.sqrt(max(n, 1) - 1))


def map_figure(events: pd.DataFrame, selected: Optional[str] = None, borders_by_url: bool = True,
               dark: bool = False, max_markers: int = MAX_MARKERS) -> go.Figure:
    """The map of the view: events at a whole country shade that country (coloured by the type
    most frequent there); every other place is a marker sized by its number of events and
    coloured by their most frequent type, the N_LABELS largest named with their count; more
    than ``max_markers`` places are merged into clusters (a count and the largest place's name).
    customdata holds the place key (or cluster key); the app lists its events. The framing
    holds every marker with a margin; ``uirevision`` keeps the user's zoom across reruns.
    The figure is built as a plain dict (``map_spec``, which the app caches by filter state)
    and wrapped without plotly's per-property validation."""
    spec = map_spec(events, borders_by_url=borders_by_url, dark=dark, max_markers=max_markers)
    return go.Figure(with_map_ring(spec, events, selected), _validate=False)


def _listed(a) -> list:
    """A column as a JSON-ready list (numpy scalars become Python ones)."""
    return np.asarray(a).tolist()


def map_spec(events: pd.DataFrame, borders_by_url: bool = True, dark: bool = False,
             max_markers: int = MAX_MARKERS) -> dict:
    """The map figure (without a selected event's ring) as a plain dict of plotly's JSON
    schema: arrays are computed once for every place and split by type with numpy masks."""
    groups = place_groups(events)
    iso3 = np.array([country_iso3(c) if f in COUNTRY_FEATURES else "" for c, f in
                     zip(groups["country"], groups["feature"])], dtype=object)
    groups = groups.assign(iso3=iso3)
    is_country = iso3 != ""
    shaded = groups[is_country]
    points = clustered(groups[~is_country], cell_size(groups[~is_country], max_markers))
    borders = BORDERS_URL if borders_by_url else borders_geojson()
    land, line, text_color, bg = (("#2b3140", "#5d6675", "#e6e6e6", "#0e1117") if dark else
                                  ("#eef0f3", "#99aaaa", "#333333", "#ffffff"))
    ids = border_ids()
    # the base map: every country's shape, not clickable; a place clicked selects it: the base
    # map does not fade with the rest
    data = [dict(type="choropleth", geojson=borders, locations=ids, z=[0] * len(ids), featureidkey="id",
                 colorscale=[[0, land], [1, land]], showscale=False, hoverinfo="skip",
                 marker=dict(line=dict(color=line, width=0.6)), showlegend=False, name="borders",
                 unselected=dict(marker=dict(opacity=1)))]
    n_types = len(set(groups["type"]))
    covered = set(points["country"].dropna()) if "country" in points else set()
    # shaded countries: columns once
    s_type = shaded["type"].astype(object).to_numpy()
    s_key = shaded["place_key"].astype(object).to_numpy()
    s_iso = shaded["iso3"].to_numpy()
    s_lat, s_lon, s_n = shaded["lat"].to_numpy(float), shaded["lon"].to_numpy(float), shaded["n"].to_numpy()
    s_inside = shaded["country"].isin(covered).to_numpy()
    s_hover = np.array([f"<b>{hover_escape(name)}</b> (the whole country)<br>{n} event{'s' if n != 1 else ''}"
                        for name, n in zip(shaded["place_name"], s_n)], dtype=object)
    # markers: columns once (labels for the N_LABELS largest places and for merged clusters)
    p_type = points["type"].astype(object).to_numpy()
    p_key = points["place_key"].astype(object).to_numpy()
    p_n = points["n"].to_numpy()
    p_name = points["place_name"].astype(object).to_numpy()
    p_feature = points["feature"].astype(object).to_numpy()
    p_places = points["places"].to_numpy() if "places" in points else np.ones(len(points), dtype=int)
    labelled = set(points.nlargest(N_LABELS, "n").query("n > 1")["place_key"]) if len(points) else set()
    is_cluster = p_feature == "cluster"
    p_label = np.array([(f"{n} · {name}" if c else f"{name} {n}") if k in labelled or c and m > 1 else ""
                        for k, n, name, c, m in zip(p_key, p_n, p_name, is_cluster, p_places)], dtype=object)
    p_hover = np.array([_marker_hover(r) for r in points.itertuples()], dtype=object)
    p_size = np.array([marker_size(n) for n in p_n], dtype=float)
    p_lat, p_lon = points["lat"].to_numpy(float), points["lon"].to_numpy(float)
    from dashboard.timeline import _type_order
    for t in _type_order(set(s_type) | set(p_type)):
        color = type_color(t)
        m = s_type == t
        if m.any():
            # a shaded country with markers inside would take their clicks (a polygon wins the
            # hover over a point in it): it is shaded without hover, and its own events get a ring
            # at the country's point to click
            inside = s_inside[m]
            data.append(dict(
                type="choropleth", geojson=borders, locations=_listed(s_iso[m]), z=[1] * int(m.sum()),
                featureidkey="id", colorscale=[[0, color], [1, color]], zmin=0, zmax=1, showscale=False,
                marker=dict(opacity=0.45, line=dict(color=color, width=1.2)),
                unselected=dict(marker=dict(opacity=0.2)),
                name=type_label(t), legendgroup=t, showlegend=True, legendgrouptitle=dict(text=legend_title(t, n_types)),
                customdata=[[k] for k in s_key[m]],
                hovertext=[h if not i else "" for h, i in zip(s_hover[m], inside)],
                hoverinfo="text" if not inside.all() else "skip"))
            if inside.any():
                r = np.flatnonzero(m)[inside]
                data.append(dict(
                    type="scattergeo", lat=_listed(s_lat[r]), lon=_listed(s_lon[r]), mode="markers",
                    name=type_label(t), legendgroup=t, showlegend=False, customdata=[[k] for k in s_key[r]],
                    text=[""] * len(r),
                    marker=dict(size=[marker_size(n) for n in s_n[r]], color="rgba(0,0,0,0)",
                                line=dict(color=color, width=2.5), symbol="circle"),
                    unselected=dict(marker=dict(opacity=0.35)), hovertext=_listed(s_hover[r]), hoverinfo="text"))
        p = p_type == t
        if p.any():
            data.append(dict(
                type="scattergeo", lat=_listed(p_lat[p]), lon=_listed(p_lon[p]), mode="markers+text",
                name=type_label(t), legendgroup=t, showlegend=not m.any(),
                legendgrouptitle=dict(text=legend_title(t, n_types)),
                text=_listed(p_label[p]), textposition="top center", textfont=dict(size=11, color=text_color),
                marker=dict(size=_listed(p_size[p]), color=color, opacity=0.85, line=dict(color=bg, width=1)),
                unselected=dict(marker=dict(opacity=0.35)),
                customdata=[[k] for k in p_key[p]], hovertext=_listed(p_hover[p]), hoverinfo="text"))
    bounds = view_bounds(pd.DataFrame({"lat": np.concatenate([s_lat, p_lat]), "lon": np.concatenate([s_lon, p_lon])}))
    geo = dict(showland=False, showcountries=False, showcoastlines=False, showocean=False, showlakes=False,
               showrivers=False, showframe=False, bgcolor=bg, projection=dict(type="natural earth"),
               uirevision="map")
    if bounds:
        geo.update(lonaxis=dict(range=bounds[0]), lataxis=dict(range=bounds[1]))
    layout = dict(geo=geo, height=MAP_HEIGHT, margin=dict(l=0, r=0, t=0, b=0), paper_bgcolor=bg,
                  font=dict(color=text_color),
                  legend=dict(orientation="h", y=-0.02, groupclick="toggleitem", bgcolor="rgba(0,0,0,0)"),
                  clickmode="event+select", uirevision="map")
    return dict(data=data, layout=layout)


def with_map_ring(spec: dict, events: pd.DataFrame, selected: Optional[str]) -> dict:
    """The map spec with a ring around the selected event's place (the spec itself unchanged)."""
    if selected is None or events.empty:
        return spec
    hit = np.flatnonzero(events["event_id"].to_numpy() == selected)
    if not len(hit):
        return spec
    key = events["place_key"].iloc[hit[0]]
    if not isinstance(key, str):
        return spec
    lat, lon = float(events["lat"].iloc[hit[0]]), float(events["lon"].iloc[hit[0]])
    n = int((events["place_key"] == key).sum())
    ring = dict(type="scattergeo", lat=[lat], lon=[lon], mode="markers", showlegend=False,
                hoverinfo="skip", name="selected",
                marker=dict(size=max(22, marker_size(n) + 10), color="rgba(0,0,0,0)",
                            line=dict(color="#ffb300", width=3)))
    return dict(spec, data=[*spec["data"], ring])


@lru_cache(maxsize=1)
def border_ids() -> list[str]:
    return [f["id"] for f in borders_geojson()["features"]]


def _marker_hover(r) -> str:
    country = country_name(r.country)
    where = hover_escape(r.place_name) + (f", {hover_escape(country)}" if country and country != r.place_name else "")
    if r.feature == "cluster" and getattr(r, "places", 1) > 1:
        return f"<b>{r.places} places around {where}</b><br>{r.n} events (click to list them; zoom in or filter to split)"
    return f"<b>{where}</b><br>{r.n} event{'s' if r.n != 1 else ''}"


def map_config() -> dict:
    """The chart's config: scroll zoom, and the empty topojson served by the app (no CDN)."""
    return {"scrollZoom": True, "displaylogo": False, "topojsonURL": TOPOJSON_URL}


def describe_map(events: pd.DataFrame, max_markers: int = MAX_MARKERS) -> str:
    """What the map shows and leaves out, in words: the places drawn, the countries shaded, the
    clusters, and the events without a place (only on the timeline and in the table)."""
    groups = place_groups(events)
    iso3 = [country_iso3(c) if f in COUNTRY_FEATURES else "" for c, f in zip(groups["country"], groups["feature"])]
    n_shaded = sum(1 for x in iso3 if x)
    pts = groups[[x == "" for x in iso3]]
    size = cell_size(pts, max_markers)
    parts = [f"Map: {len(pts):,} places" + (f" merged into {len(clustered(pts, size)):,} clusters of {size:g}° "
                                             "(zoom in or filter to see each place)" if size else "")]
    if n_shaded:
        parts.append(f"{n_shaded} countr{'ies' if n_shaded != 1 else 'y'} shaded for events placed at a whole country")
    unlocated = int(events["lat"].isna().sum())
    if unlocated:
        parts.append(f"{unlocated:,} events have no place and are only on the timeline and in the table")
    return "; ".join(parts) + ". Scroll to zoom; the zoom is kept when you click."
