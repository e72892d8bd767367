"""The linked selection: which event (and, from the map, which place) the timeline, the map
and the table select. It reads the selection state Streamlit keeps for each of these widgets
(plain dictionaries) and updates the selected event and place in the session state the app
passes in, from the widget whose selection changed since the last run."""
from __future__ import annotations

from typing import MutableMapping

import pandas as pd

from dashboard.map import events_at


def chart_points(state) -> list[str]:
    """The customdata (event id or place key) of the points selected on a chart."""
    try:
        pts = state["selection"]["points"]
    except (KeyError, TypeError):
        return []
    out = []
    for p in pts or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd:
            out.append(cd[0] if isinstance(cd, (list, tuple)) else cd)
    return out


def table_rows(state) -> list[int]:
    """The positions of the rows selected in the table."""
    try:
        return list(state["selection"]["rows"])
    except (KeyError, TypeError):
        return []


def update_selection(ss: MutableMapping, table: pd.DataFrame, view: pd.DataFrame) -> None:
    """The widget whose selection changed since the last run names the selected event (or,
    for the map, the selected place, whose events are then listed)."""
    for key in ("timeline", "map", "table"):
        if key == "table":
            ids = [table.index[r] for r in table_rows(ss.get(key)) if 0 <= r < len(table)]
        else:
            ids = chart_points(ss.get(key))
        sig = tuple(ids)
        if ss.get(f"_sig_{key}") == sig:
            continue
        ss[f"_sig_{key}"] = sig
        if not ids:
            continue
        if key == "map":
            at = events_at(view, ids[0])
            if at:
                ss["selected_place"] = ids[0]
                ss["selected_event"] = at[0]
        else:
            ss["selected_event"] = ids[0]
            ss.pop("selected_place", None)
