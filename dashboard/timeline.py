"""The timeline figure: one mark per event (ranges and coarse dates as bars, single days as
points, what is not reported as fact drawn hollow), one row per event type or actor, first
shown where most events are; above ``MAX_DRAWN`` events, stacked counts per week, month, year
or decade instead."""
from __future__ import annotations

from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from dashboard.store import week_starts
from dashboard.style import EVENT_TYPES, country_name, hover_escape, legend_title, type_color, type_label

COARSE = {"month", "season", "quarter", "half", "year", "decade", "century", "week", "weekend", "mixed"}
MAX_DRAWN = 3000   # above this many events the timeline shows counts per bin instead of marks


LANE = 0.17          # vertical step between marks of one row that share a day


def lanes(rows, days):
    """The vertical offset of each mark within its row: the m marks of one row on the same day
    are spread evenly around the row's line, LANE apart (closer when there are many, never
    past ±0.35), instead of drawn on top of each other."""
    import numpy as np
    key = pd.Series([f"{r}\x1f{d}" for r, d in zip(rows, days)])
    g = key.groupby(key, sort=False)
    k = g.cumcount().to_numpy()
    m = g.transform("size").to_numpy()
    step = np.minimum(LANE, 0.7 / np.maximum(m - 1, 1))
    return (k - (m - 1) / 2) * step


def timeline_figure(events: pd.DataFrame, selected: Optional[str] = None, group_by: str = "type",
                    dark: bool = False) -> go.Figure:
    """Ranges and coarse dates as bars (coarse ones pale and hatched), single days as points;
    what is only planned, reported, hypothetical or denied is drawn hollow (dotted bars),
    one row per event type (or per actor with ``group_by="actor"``); marks of one row on the
    same day stacked in lanes; the selected event ringed; the event id rides in customdata.
    The first view is where most events are; a range slider below shows the whole extent, and
    the events outside the first view are counted at its edges. Beyond MAX_DRAWN events:
    stacked counts per bin and type (never a million marks). Built as a plain dict
    (``timeline_spec``, which the app caches by filter state) and wrapped without plotly's
    per-property validation."""
    spec, marks = timeline_spec(events, group_by, dark=dark)
    return go.Figure(with_timeline_ring(spec, marks, selected), _validate=False)


def _iso(a) -> list[str]:
    """Datetimes as the ISO strings plotly reads."""
    import numpy as np
    return np.datetime_as_string(np.asarray(a, dtype="datetime64[ms]"), unit="ms").tolist()


def timeline_spec(events: pd.DataFrame, group_by: str = "type", dark: bool = False) -> tuple[dict, dict]:
    """The timeline (without the selected event's ring) as a plain dict of plotly's JSON schema,
    and where each mark is (event id → (start, end, row position)) for the ring; beyond
    MAX_DRAWN events the counts figure and no marks."""
    ev = events[events["start"].notna()]
    if len(ev) > MAX_DRAWN:
        return timeline_counts_spec(ev, dark=dark), {}
    if group_by == "actor":
        ev = ev.explode("actors").rename(columns={"actors": "row"})
        ev["row"] = ev["row"].fillna("(no actor)")
        order = list(ev["row"].value_counts().index[:25])
        ev = ev[ev["row"].isin(order)]
    else:
        ev = ev.assign(row=ev["type_label"])
        order = [type_label(t) for t in _type_order(ev["type"])]
    import numpy as np
    # plain arrays once: building a few traces from them is far cheaper than pandas selections
    types = ev["type"].astype(object).to_numpy()
    rows = ev["row"].astype(object).to_numpy()
    ids = ev["event_id"].astype(object).to_numpy()
    start = ev["start"].to_numpy()
    end = ev["end"].to_numpy()
    row_pos = {r: len(order) - 1 - i for i, r in enumerate(order)}          # first row on top
    y = np.array([row_pos[r] for r in rows], dtype=float) + lanes(rows, start)
    coarse_all = ev["granularity"].isin(COARSE).to_numpy()
    # planned, reported, hypothetical, negated: drawn hollow, not as fact
    unsure_all = (ev["modality"].astype(object) != "asserted").to_numpy()
    resolution = ev["date_resolution"].astype(object).to_numpy()
    hover = np.array(_hovers(ev), dtype=object)
    n_types = len(set(types))
    one_day = np.timedelta64(1, "D")
    data = []
    for t in _type_order(types):
        label = type_label(t)
        color = type_color(t)
        group_title = dict(text=legend_title(t, n_types))
        of_type = types == t
        is_bar = of_type & ((end > start) | coarse_all)
        is_point = of_type & ~is_bar
        if is_bar.any():
            coarse = coarse_all[is_bar]
            unsure = unsure_all[is_bar]
            dur = (end[is_bar] + one_day - start[is_bar]) / np.timedelta64(1, "ms")
            data.append(dict(
                type="bar", x=dur.tolist(), base=_iso(start[is_bar]), y=y[is_bar].tolist(), orientation="h",
                width=0.4, name=label, legendgroup=t, showlegend=not is_point.any(), legendgrouptitle=group_title,
                marker=dict(color=color, opacity=[0.35 if c or u else 0.85 for c, u in zip(coarse, unsure)],
                            line=dict(color=color, width=[1.5 if c or u else 0 for c, u in zip(coarse, unsure)]),
                            pattern=dict(shape=["/" if c else "." if u else "" for c, u in zip(coarse, unsure)])),
                customdata=[[i] for i in ids[is_bar]], hovertext=hover[is_bar].tolist(), hoverinfo="text"))
        if is_point.any():
            data.append(dict(
                type="scatter", x=_iso(start[is_point] + np.timedelta64(12, "h")), y=y[is_point].tolist(),
                mode="markers", name=label, legendgroup=t, legendgrouptitle=group_title,
                marker=dict(color=color, size=11,
                            line=dict(color=[color if u else "white" for u in unsure_all[is_point]],
                                      width=[2 if u else 1 for u in unsure_all[is_point]]),
                            symbol=[("triangle-left" if r == "range-open-start" else "circle")
                                    + ("-open" if u else "")
                                    for r, u in zip(resolution[is_point], unsure_all[is_point])]),
                customdata=[[i] for i in ids[is_point]], hovertext=hover[is_point].tolist(), hoverinfo="text"))
    if group_by != "actor":
        # rows by type need no legend: the marks of all types drawn as one bar and one scatter trace,
        # coloured point by point (a trace per type is many more for the browser to draw, and twice with
        # the range slider)
        data = _merged(data)
    # where each mark is, for the selected event's ring (the first row of an event by actor)
    marks = {}
    for i, x0, x1, yy in zip(ids.tolist(), _iso(start), _iso(end + one_day), y.tolist()):
        marks.setdefault(i, (x0, x1, yy))
    rng = initial_range(ev)
    layout = dict(barmode="overlay", height=max(230, min(MAX_HEIGHT, 84 + 19 * max(1, len(order)))),
                  margin=dict(l=10, r=10, t=24, b=10),
                  # rows by type are labelled already: the colours need a legend only by actor
                  showlegend=group_by == "actor",
                  legend=dict(orientation="h", y=1.0, yanchor="bottom", x=1, xanchor="right",
                              groupclick="toggleitem", font=dict(size=10)),
                  xaxis=dict(type="date", range=_iso(rng) if rng else None,
                             rangeslider=dict(visible=True, thickness=0.1)),
                  yaxis=dict(tickmode="array", tickvals=list(range(len(order))),
                             ticktext=[short_label(r) for r in order[::-1]],
                             range=[-0.6, len(order) - 0.4], fixedrange=True, automargin=True),
                  annotations=outside_annotations(ev, rng),
                  # a mark is picked when the pointer is on it, not the nearest of a stacked day
                  hoverdistance=6,
                  clickmode="event+select", dragmode="pan", uirevision="timeline")
    _theme(layout, dark)
    return dict(data=data, layout=layout), marks


def _merged(data: list[dict]) -> list[dict]:
    """The per-type bar and scatter traces as one bar trace and one scatter trace, each mark keeping its
    colour, outline, pattern or symbol, hover text and event id."""
    out = []
    for kind in ("bar", "scatter"):
        traces = [t for t in data if t["type"] == kind]
        if not traces:
            continue
        def each(t, key, sub=None):
            v = t["marker"][key] if sub is None else t["marker"][key][sub]
            return v if isinstance(v, list) else [v] * len(t["x"])
        merged = dict(traces[0], name="events", showlegend=False, legendgroup=None, legendgrouptitle=None,
                      x=[v for t in traces for v in t["x"]], y=[v for t in traces for v in t["y"]],
                      customdata=[v for t in traces for v in t["customdata"]],
                      hovertext=[v for t in traces for v in t["hovertext"]])
        marker = dict(traces[0]["marker"], color=[c for t in traces for c in each(t, "color")],
                      line=dict(color=[c for t in traces for c in each(t, "line", "color")],
                                width=[w for t in traces for w in each(t, "line", "width")]))
        if kind == "bar":
            merged["base"] = [v for t in traces for v in t["base"]]
            marker.update(opacity=[o for t in traces for o in each(t, "opacity")],
                          pattern=dict(shape=[p for t in traces for p in each(t, "pattern", "shape")]))
        else:
            marker["symbol"] = [p for t in traces for p in each(t, "symbol")]
        merged["marker"] = marker
        out.append({k: v for k, v in merged.items() if v is not None})
    return out


def with_timeline_ring(spec: dict, marks: dict, selected: Optional[str]) -> dict:
    """The timeline spec with the selected event's mark ringed (a range's bar also outlined);
    the spec itself unchanged."""
    if selected is None or selected not in marks:
        return spec
    x0, x1, y = marks[selected]
    t0, t1 = pd.Timestamp(x0), pd.Timestamp(x1)
    extra = []
    if t1 - t0 > pd.Timedelta(days=1):      # a range: its bar outlined
        extra.append(dict(type="scatter", x=[x0, x1], y=[y, y], mode="lines", showlegend=False,
                          hoverinfo="skip", line=dict(color=SELECTED, width=12), opacity=0.55))
    extra.append(dict(type="scatter", x=[(t0 + (t1 - t0) / 2).isoformat()], y=[y], mode="markers",
                      showlegend=False, hoverinfo="skip", name="selected",
                      marker=dict(symbol="circle-open", size=22, color=SELECTED, line=dict(width=3, color=SELECTED))))
    return dict(spec, data=[*spec["data"], *extra])


SELECTED = "#ffb300"


def short_label(label: str, limit: int = 18) -> str:
    """A row's label as the axis shows it: a long type label's first part ('Military exercise /
    deployment' → 'Military exercise'), a long name cut, so a narrow screen keeps room for marks."""
    label = str(label)
    if len(label) > limit and " / " in label:
        label = label.split(" / ")[0]
    return label if len(label) <= limit + 4 else label[:limit] + "…"


def _type_order(types) -> list[str]:
    """The types present, in taxonomy order (unknown ones last)."""
    present = set(types)
    return [t for t in EVENT_TYPES if t in present] + sorted(t for t in present if t not in EVENT_TYPES)


def outside(ev: pd.DataFrame, rng: Optional[list]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events entirely before and entirely after the first view."""
    if rng is None or ev.empty:
        return ev.iloc[0:0], ev.iloc[0:0]
    return ev[ev["end"] < rng[0]], ev[ev["start"] > rng[1]]


def outside_text(ev: pd.DataFrame, rng: Optional[list]) -> str:
    """What the first view leaves out, in words ('' when nothing): '6 earlier events (1990s–2019)'."""
    before, after = outside(ev, rng)
    parts = []
    for what, sub in (("earlier", before), ("later", after)):
        if len(sub):
            y0, y1 = sub["start"].min().year, sub["end"].max().year
            span = str(y0) if y0 == y1 else f"{y0}–{y1}"
            parts.append(f"{len(sub)} {what} event{'s' if len(sub) != 1 else ''} ({span})")
    return " and ".join(parts)


def outside_annotations(ev: pd.DataFrame, rng: Optional[list]) -> list[dict]:
    """Labels at the first view's edges counting what lies beyond (the slider below reaches it)."""
    before, after = outside(ev, rng)
    out = []
    for sub, x, anchor, arrow, what in ((before, 0, "left", "◀ ", "earlier"), (after, 1, "right", "", "later")):
        if len(sub):
            text = f"{arrow}{len(sub)} {what}" + (" ▶" if not arrow else "")
            out.append(dict(xref="paper", yref="paper", x=x, y=1.0, yanchor="bottom", xanchor=anchor,
                            showarrow=False, text=text, font=dict(size=12, color="#b26a00")))
    return out


def _theme(layout: dict, dark: bool) -> None:
    if dark:
        import plotly.io as pio
        layout.update(template=pio.templates["plotly_dark"].to_plotly_json(), paper_bgcolor="rgba(0,0,0,0)",
                      plot_bgcolor="rgba(0,0,0,0)")


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


def timeline_counts_figure(ev: pd.DataFrame, dark: bool = False) -> go.Figure:
    """Events per bin (week, month, year or decade) and type, stacked: the timeline of a large
    selection, first shown where most events are."""
    return go.Figure(timeline_counts_spec(ev, dark=dark), _validate=False)


def timeline_counts_spec(ev: pd.DataFrame, dark: bool = False) -> dict:
    """The counts timeline as a plain dict: one stacked area per type over the bins (zeros
    where a type has no event), which the browser draws as one shape per type, not one bar per
    bin and type (a few thousand bars took a third of a second to draw, twice with the slider)."""
    counts, unit, rng = timeline_counts(ev)
    fmt = {"week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y", "decade": "%Ys"}[unit]
    table = counts.pivot_table(index="bin", columns="type", values="n", aggfunc="sum", fill_value=0,
                               observed=True).sort_index()
    x = _iso(table.index.to_numpy())
    present = [t for t in table.columns if table[t].sum() > 0]
    n_types = len(present)
    data = []
    for t in _type_order(pd.Index(present).astype(object)):
        color = type_color(t)
        data.append(dict(type="scatter", x=x, y=table[t].astype(int).tolist(), name=type_label(t), legendgroup=t,
                         legendgrouptitle=dict(text=legend_title(t, n_types)), mode="lines", stackgroup="counts",
                         line=dict(width=0.5, color=color), fillcolor=color,
                         hovertemplate="%{x|" + fmt + "}: %{y} events<extra>" + type_label(t) + "</extra>"))
    layout = dict(height=320, margin=dict(l=10, r=10, t=30, b=10),
                  title=dict(text=f"{len(ev):,} events per {unit}, stacked by type (narrow the filters to see "
                                  "each one)", font=dict(size=13)),
                  xaxis=dict(type="date", range=_iso(rng) if rng else None,
                             rangeslider=dict(visible=True, thickness=0.1)),
                  annotations=outside_annotations(ev, rng),
                  legend=dict(orientation="h", y=1.08, yanchor="bottom", x=1, xanchor="right",
                              groupclick="toggleitem", font=dict(size=10)), dragmode="pan",
                  uirevision="timeline")
    _theme(layout, dark)
    return dict(data=data, layout=layout)


MAX_HEIGHT = 330       # px: with many types the rows get closer, so the map stays on the screen


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
    """The hover label of each event: what happened (its summary), type, dates, granularity,
    place and country (escaped)."""
    out = []
    countries = ev["place_country"].astype(object) if "place_country" in ev else [None] * len(ev)
    for label, d0, d1, gran, place, cc, summary in zip(
            ev["type_label"].astype(object), ev["date_start"], ev["date_end"], ev["granularity"].astype(object),
            ev["place_name"].astype(object), countries, ev["summary"]):
        d0 = d0 if isinstance(d0, str) else "?"
        d1 = d1 if isinstance(d1, str) else "…"
        when = d0 if d0 == d1 else f"{d0} → {d1}"
        place = place if isinstance(place, str) else "no place"
        country = country_name(cc)
        if country and country != place:
            place = f"{place}, {country}"
        summary = str(summary)
        summary = summary if len(summary) < 110 else summary[:107] + "…"
        out.append(f"<b>{hover_escape(summary)}</b><br>{hover_escape(label)} · {when} ({gran})"
                   f"<br>{hover_escape(place)}")
    return out
