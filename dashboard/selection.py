"""The linked selection: which event (and, from the map, which place) the timeline, the map
and the table select. It reads the selection state Streamlit keeps for each of these widgets
(plain dictionaries) and updates the selected event and place in the session state the app
passes in, from the widget whose selection changed since the last run.

The table reports its selection as row positions; the selection is kept by event id: a position
is read against the table as it was drawn when it was clicked (``_table_ids``), and when the
rows change under it (a live update brings new events, newest first; a filter), the table's
selection is moved to its event's new row (or cleared when the event is no longer listed), so
the selected event never jumps to whatever row now sits where it was."""
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


def table_ids(state, drawn) -> list[str]:
    """The event ids of the rows selected in the table, read against ``drawn``: the table's
    event ids in the order they were drawn when the rows were clicked."""
    return [drawn[r] for r in table_rows(state) if 0 <= r < len(drawn)]


def rows_of(ids, table: pd.DataFrame) -> list[int]:
    """The positions of the events ``ids`` in ``table`` (indexed by event id); those no longer
    in it are left out."""
    pos = {e: i for i, e in enumerate(table.index)}
    return [pos[e] for e in ids if e in pos]


def keep_table_selection(ss: MutableMapping, table: pd.DataFrame) -> None:
    """The table about to be drawn keeps its selected event selected: when the rows moved (new
    events above it) the selection follows the event to its new row; when the event left the
    table the selection is cleared. Remembers the drawn order for the next run."""
    rows = rows_of(ss.get("_sig_table") or (), table)
    if table_rows(ss.get("table")) != rows:
        ss["table"] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    ss["_table_ids"] = list(table.index)


def update_selection(ss: MutableMapping, table: pd.DataFrame, view: pd.DataFrame) -> None:
    """The widget whose selection changed since the last run names the selected event (or,
    for the map, the selected place, whose events are then listed). The table's rows are read
    as they were drawn, and its selection then follows its event into ``table``."""
    drawn = ss.get("_table_ids")
    drawn = list(table.index) if drawn is None else drawn
    for key in ("timeline", "map", "table"):
        ids = table_ids(ss.get(key), drawn) if key == "table" else chart_points(ss.get(key))
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
    keep_table_selection(ss, table)
