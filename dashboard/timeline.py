"""The timeline figure: one mark per event (ranges and coarse dates as bars, single days as
points, what is not reported as fact drawn hollow), one row per event type or actor, first
shown where most events are; above ``MAX_DRAWN`` events, stacked counts per week, month, year
or decade instead."""
from __future__ import annotations

from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from dashboard.store import week_starts
from dashboard.style import TYPE_COLORS, hover_escape
from extract import EVENT_TYPES

COARSE = {"month", "season", "quarter", "half", "year", "decade", "century", "week", "weekend", "mixed"}
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
        out.append(f"<b>{hover_escape(label)}</b> · {when} ({gran})<br>{hover_escape(place)}"
                   f"<br>{hover_escape(summary)}")
    return out
