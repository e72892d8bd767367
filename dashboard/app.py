"""News event timeline and map.

    streamlit run dashboard/app.py [-- --store OUTDIR]

Reads the event store written by ``python -m extract SOURCE... -o OUTDIR`` (``NEWSMAP_STORE``
or ``--store``; default ``data/``, built from ``seeds/`` through the ``extract`` API when it
does not exist yet). All logic lives in ``dashboard/data.py``; this file lays it out.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pandas as pd
import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import data as D  # noqa: E402
from extract import EVENT_TYPES, run  # noqa: E402

st.set_page_config(page_title="News events: timeline and map", layout="wide")


def store_dir() -> Path:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:])
    return Path(args.store or os.environ.get("NEWSMAP_STORE") or ROOT / "data")


@st.cache_data(show_spinner="Reading the event store…")
def load(path: str, stamp: float) -> D.Store:
    return D.read_store(path)


def ensure_store(path: Path) -> None:
    from extract.store import store_path
    if (store_path(path) / "events.parquet").exists():
        return
    if path.resolve() != (ROOT / "data").resolve():
        st.error(f"No event store in {path}. Build one with `python -m extract FOLDER -o {path}`.")
        st.stop()
    with st.spinner("First start: extracting the events of seeds/ …"):
        run([str(ROOT / "seeds")], str(path))


def _points(state) -> list[str]:
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


def _rows(state) -> list[int]:
    try:
        return list(state["selection"]["rows"])
    except (KeyError, TypeError):
        return []


def update_selection(table: pd.DataFrame) -> None:
    """The widget whose selection changed since the last run names the selected event."""
    ss = st.session_state
    for key in ("timeline", "map", "table"):
        if key == "table":
            rows = _rows(ss.get(key))
            ids = [table.index[r] for r in rows if 0 <= r < len(table)]
        else:
            ids = _points(ss.get(key))
        sig = tuple(ids)
        if ss.get(f"_sig_{key}") != sig:
            ss[f"_sig_{key}"] = sig
            if ids:
                ss["selected_event"] = ids[0]


def sidebar(store: D.Store) -> tuple:
    ev = store.events
    sb = st.sidebar
    sb.header("Filters")
    lo, hi = D.date_bounds(ev)
    dr = sb.date_input("Date range", value=(lo, hi), min_value=min(lo, hi), max_value=max(lo, hi),
                       key="date_range", format="YYYY-MM-DD")
    counts = D.actor_counts(ev)
    actors = sb.multiselect("Actors", options=list(counts.index), key="actors",
                            format_func=lambda a: f"{a} ({counts.get(a, 0)})",
                            placeholder="All actors")
    types_present = [t for t in EVENT_TYPES if t in set(ev["type"])]
    types = sb.multiselect("Event types", options=types_present, key="types",
                           format_func=lambda t: EVENT_TYPES[t], placeholder="All types")
    undated = sb.checkbox("Include undated events", value=False, key="undated")
    if sb.button("Reset filters"):
        for k in ("date_range", "actors", "types", "undated", "selected_event"):
            st.session_state.pop(k, None)
        st.rerun()
    return dr, actors, types, undated


def source_panel(store: D.Store, event_id: str | None) -> None:
    if not event_id or event_id not in set(store.events["event_id"]):
        st.info("Click an event on the timeline, the map or the table to read its source.")
        return
    ev = store.events[store.events["event_id"] == event_id].iloc[0]
    art = store.articles.loc[ev["article_id"]]
    st.subheader(D.md_escape(str(art["title"] or "(untitled)")), anchor=False)
    meta = [str(art["source"] or "unknown source"), f"published {art['published'] or 'unknown'}"]
    st.caption(" · ".join(D.md_escape(m) for m in meta))
    if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
        st.caption(D.md_escape(art["url"]))
    when = D._when(ev)
    place = ev["place_name"] if isinstance(ev["place_name"], str) else "—"
    facts = D.event_facts(ev)
    st.markdown("  \n".join(f"**{k}** {D.md_escape(v)}" for k, v in facts.items()))
    with st.expander("Why this date and place"):
        st.text(f"date: {ev['why_date']}\nplace: {ev['why_place'] or 'no place stated'}")
    mentions = D.event_mentions(store, ev)
    st.markdown(D.highlighted_markdown(str(art["text"]), (int(ev["sentence_start"]), int(ev["sentence_end"])),
                                       mentions))
    st.caption("Highlight: :orange-background[event sentence] · :green-background[date] · "
               ":blue-background[place] · :violet-background[actor]")


def main() -> None:
    path = store_dir()
    ensure_store(path)
    from extract.store import store_path
    events_file = store_path(path) / "events.parquet"
    store = load(str(path), events_file.stat().st_mtime)
    st.title("News events: timeline and map")
    if store.events.empty:
        st.warning("The store has no events yet.")
        return
    dr, actors, types, undated = sidebar(store)
    view = D.filter_events(store.events, dr, actors, types, include_undated=undated)
    table = D.table_frame(view)
    update_selection(table)
    selected = st.session_state.get("selected_event")
    n_art = view["article_id"].nunique()
    st.caption(f"{len(view)} of {len(store.events)} events from {n_art} articles · store: {path}")
    if view.empty:
        st.info("No events match these filters. Widen the date range or clear the actor filter.")
        return
    st.plotly_chart(D.timeline_figure(view, selected), key="timeline", on_select="rerun",
                    selection_mode=("points",), width="stretch",
                    config={"scrollZoom": True, "displaylogo": False})
    left, right = st.columns([11, 9], gap="medium")
    with left:
        st.plotly_chart(D.map_figure(view, selected), key="map", on_select="rerun",
                        selection_mode=("points",), width="stretch",
                        config={"scrollZoom": True, "displaylogo": False})
        unlocated = int(view["lat"].isna().sum())
        if unlocated:
            st.caption(f"{unlocated} events have no place and are only on the timeline and in the table.")
    with right:
        source_panel(store, selected)
    st.dataframe(table, key="table", on_select="rerun", selection_mode="single-row",
                 width="stretch", hide_index=True, height=300)


main()
