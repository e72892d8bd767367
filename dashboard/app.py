"""News event timeline and map.

    streamlit run dashboard/app.py [-- --store OUTDIR]

Reads the event store written by ``python -m extract SOURCE... -o OUTDIR`` (``NEWSMAP_STORE``
or ``--store``; default ``data/``, built from ``seeds/`` through the ``extract`` API when it
does not exist yet). All logic lives in ``dashboard/data.py``; this file lays it out. The
filter state and the selected event travel in the page URL, so a view can be shared.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd
import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import data as D  # noqa: E402
from extract import EVENT_TYPES, run  # noqa: E402

st.set_page_config(page_title="News events: timeline and map", layout="wide")

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
FILTER_KEYS = ("date_range", "actors", "types", "countries", "sources", "text", "undated", "facts")


def store_dir() -> Path:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--store")
    args, _ = ap.parse_known_args(sys.argv[1:])
    return Path(args.store or os.environ.get("NEWSMAP_STORE") or ROOT / "data")


@st.cache_resource(show_spinner="Reading the event store…", max_entries=2)
def load(path: str, stamp: float) -> D.Store:
    """One Store shared by every session and rerun (read-only: filters make new frames). Not
    st.cache_data: that would unpickle a copy of a million events on every click, and rebuild
    the actor index each time."""
    return D.read_store(path)


def ensure_store(path: Path) -> None:
    from extract.store import store_exists
    if store_exists(path):
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


def update_selection(table: pd.DataFrame, view: pd.DataFrame) -> None:
    """The widget whose selection changed since the last run names the selected event (or,
    for the map, the selected place, whose events are then listed)."""
    ss = st.session_state
    for key in ("timeline", "map", "table"):
        if key == "table":
            ids = [table.index[r] for r in _rows(ss.get(key)) if 0 <= r < len(table)]
        else:
            ids = _points(ss.get(key))
        sig = tuple(ids)
        if ss.get(f"_sig_{key}") == sig:
            continue
        ss[f"_sig_{key}"] = sig
        if not ids:
            continue
        if key == "map":
            at = D.events_at(view, ids[0])
            if at:
                ss["selected_place"] = ids[0]
                ss["selected_event"] = at[0]
        else:
            ss["selected_event"] = ids[0]
            ss.pop("selected_place", None)


def init_from_url(store: D.Store) -> None:
    """On a fresh session, the filters and selection come from the URL (a shared link)."""
    ss = st.session_state
    if ss.get("_url_loaded"):
        return
    ss["_url_loaded"] = True
    f = D.Filters.from_params(dict(st.query_params))
    lo, hi = D.date_bounds(store.events)
    if f.date_range:
        ss["date_range"] = (max(lo, min(hi, f.date_range[0])), max(lo, min(hi, f.date_range[1])))
    present = {"actors": set(D.actor_counts(store.events).index), "types": set(store.events["type"]),
               "countries": set(store.events["place_country"].dropna()), "sources": set(store.events["source"])}
    for k, allowed in present.items():
        vals = [v for v in getattr(f, k) if v in allowed]
        if vals:
            ss[k] = vals
    if f.text:
        ss["text"] = f.text
    if f.include_undated:
        ss["undated"] = True
    if f.facts_only:
        ss["facts"] = True
    ev = st.query_params.get("event")
    if ev and ev in set(store.events["event_id"]):
        ss["selected_event"] = ev


def sidebar(store: D.Store) -> D.Filters:
    ev = store.events
    sb = st.sidebar
    sb.header("Filters")
    lo, hi = D.date_bounds(ev)
    dr = sb.date_input("Date range", value=(lo, hi), min_value=min(lo, hi), max_value=max(lo, hi),
                       key="date_range", format="YYYY-MM-DD")
    counts = D.actor_counts(ev)
    actors = sb.multiselect("Actors", options=list(counts.index), key="actors",
                            format_func=lambda a: f"{a} ({counts.get(a, 0)})", placeholder="All actors")
    types_present = [t for t in EVENT_TYPES if t in set(ev["type"])]
    tcounts = ev["type"].value_counts()
    types = sb.multiselect("Event types", options=types_present, key="types",
                           format_func=lambda t: f"{EVENT_TYPES[t]} ({tcounts.get(t, 0)})", placeholder="All types")
    ccounts = D.option_counts(ev, "place_country")
    countries = sb.multiselect("Countries (event place)", options=list(ccounts.index), key="countries",
                               format_func=lambda c: f"{c} ({ccounts.get(c, 0)})", placeholder="All countries")
    scounts = D.option_counts(ev, "source")
    sources = sb.multiselect("Sources", options=list(scounts.index), key="sources",
                             format_func=lambda s: f"{s} ({scounts.get(s, 0)})", placeholder="All sources")
    text = sb.text_input("Search the texts", key="text", max_chars=200, placeholder="e.g. sanctions")
    undated = sb.checkbox("Include undated events", value=False, key="undated")
    facts = sb.checkbox("Only events reported as fact", value=False, key="facts",
                        help="Hide what was only planned, reported by someone, hypothetical or denied "
                             "(drawn hollow on the timeline)")
    if sb.button("Reset filters"):
        for k in FILTER_KEYS + ("selected_event", "selected_place"):
            st.session_state.pop(k, None)
        st.query_params.clear()
        st.rerun()
    return D.Filters(dr, actors, types, countries, sources, text, undated, facts)


def source_panel(store: D.Store, event_id: str | None, view: pd.DataFrame) -> None:
    place_key = st.session_state.get("selected_place")
    ids = D.events_at(view, place_key) if place_key else []
    if len(ids) > 1 and event_id in ids:
        labels = view.set_index("event_id").loc[ids]
        name = labels["place_name"].iloc[0]
        choice = st.selectbox(f"{len(ids)} events at {name}", ids, key="place_pick", index=ids.index(event_id),
                              format_func=lambda i: f"{labels.loc[i, 'when']} · {labels.loc[i, 'type_label']} · "
                                                   f"{labels.loc[i, 'summary'][:70]}")
        if choice != event_id:
            st.session_state["selected_event"] = event_id = choice
    if not event_id or event_id not in set(store.events["event_id"]):
        st.info("Click an event on the timeline, a place on the map or a row of the table to read its source.")
        return
    ev = store.events[store.events["event_id"] == event_id].iloc[0]
    art = store.articles.loc[ev["article_id"]]
    st.subheader(D.md_escape(str(art["title"] or "(untitled)")), anchor=False)
    meta = [str(art["source"] or "unknown source"), D.published_label(art["published"], art.get("flags"))]
    st.caption(" · ".join(D.md_escape(m) for m in meta))
    if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
        st.caption(D.md_escape(art["url"]))
    facts = D.event_facts(ev)
    st.markdown("  \n".join(f"**{k}** {D.md_escape(v)}" for k, v in facts.items()))
    reports = D.cluster_reports(store.events, event_id)
    if len(reports) > 1:
        opts = list(reports["event_id"])
        pick = st.selectbox(f"Reported by {reports['article_id'].nunique()} sources", opts, index=opts.index(event_id),
                            key=f"cluster_pick_{reports['cluster_id'].iloc[0]}",
                            format_func=lambda i: " · ".join(str(x) for x in reports.set_index("event_id").loc[
                                i, ["source", "when", "title"]]))
        if pick != event_id:
            st.session_state["selected_event"] = pick
            st.rerun()
    with st.expander("Why this date and place"):
        st.text(f"date: {ev['why_date']}\nplace: {ev['why_place'] or 'no place stated'}")
    mentions = D.event_mentions(store, ev)
    st.markdown(D.highlighted_markdown(store.article_text(ev["article_id"]),
                                       (int(ev["sentence_start"]), int(ev["sentence_end"])),
                                       mentions))
    st.caption("Highlight: :orange-background[event sentence] · :green-background[date] · "
               ":blue-background[place] · :violet-background[actor]")


def add_articles(path: Path) -> None:
    """Bring your own articles: uploaded files are extracted through the extract API and merged
    into the store (which persists between runs)."""
    with st.sidebar.expander("Add articles"):
        files = st.file_uploader("Text, HTML or JSON files (one article each)", accept_multiple_files=True, key="upload",
                                 type=["txt", "text", "html", "htm", "md", "json"])
        if files and st.button("Extract and add", key="upload_go"):
            from extract.store import append_to_store
            # uploads are kept inside the store's folder, under names we make (never a name or
            # path given by the user), so the articles' paths stay valid
            folder = path / "uploads"
            folder.mkdir(parents=True, exist_ok=True)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            saved, too_big = [], []
            for i, f in enumerate(files):
                if f.size > MAX_UPLOAD_BYTES:
                    too_big.append(f.name)
                    continue
                suffix = Path(f.name).suffix.lower()
                suffix = suffix if suffix in (".txt", ".text", ".html", ".htm", ".md", ".json") else ".txt"
                target = folder / f"upload-{stamp}-{i:04d}{suffix}"
                target.write_bytes(f.getvalue())
                saved.append(target)
            bar = st.progress(0.0, text="Extracting…")
            summary = append_to_store(saved, path, progress=lambda k, n: bar.progress(k / max(n, 1)))
            bar.empty()
            for name in too_big:
                st.warning(f"{name}: over the {MAX_UPLOAD_BYTES // 1024 // 1024} MB upload limit")
            st.success(f"{len(summary.processed)} added, {len(summary.skipped)} skipped")
            for r in summary.skipped:
                st.caption(f"skipped: {r.reason}")
            load.clear()


def add_folder(path: Path) -> None:
    """Point to a folder on this machine (inside the allowed roots): its articles are extracted
    and added to the store."""
    with st.sidebar.expander("Add a folder"):
        text = st.text_input("Folder on this machine", key="folder_path", placeholder="~/articles")
        if text and st.button("Extract folder", key="folder_go"):
            folder, why = D.checked_folder(text)
            if folder is None:
                st.error(f"Cannot read that folder: {why}.")
                return
            from extract import iter_inputs
            from extract.store import run_incremental
            files = list(iter_inputs([str(folder)]))
            bar = st.progress(0.0, text=f"Extracting {len(files)} files…")
            summary = run_incremental(files, path, on_progress=lambda k, n: bar.progress(k / max(n, 1)))
            bar.empty()
            st.success(f"{len(summary.processed)} processed, {len(summary.skipped)} skipped")
            for r in summary.skipped[:20]:
                st.caption(f"skipped {Path(r.path).name}: {r.reason}")
            load.clear()


def exports(view: pd.DataFrame, store: D.Store) -> None:
    c1, c2, c3 = st.columns(3)
    # the files are made when a button is clicked, not on every run (and the page does not rerun)
    c1.download_button("CSV (ACLED-like)", lambda: D.to_acled_csv(view, store), "events.csv", "text/csv",
                       on_click="ignore")
    c2.download_button("GeoJSON", lambda: D.to_geojson(view), "events.geojson", "application/geo+json",
                       on_click="ignore")
    c3.download_button("TimelineJS JSON", lambda: D.to_timelinejs(view, store), "timeline.json",
                       "application/json", on_click="ignore")


def main() -> None:
    path = store_dir()
    ensure_store(path)
    from extract.store import store_stamp
    store = load(str(path), store_stamp(path))
    st.title("News events: timeline and map")
    add_articles(path)
    add_folder(path)
    if store.events.empty:
        st.warning("The store has no events yet: add articles in the sidebar.")
        return
    init_from_url(store)
    filters = sidebar(store)
    view = D.filter_events(store.events, filters.date_range, filters.actors, filters.types,
                           filters.include_undated, filters.countries, filters.sources, filters.text, store=store,
                           facts_only=filters.facts_only)
    view = D.one_per_cluster(view)     # an event reported by several outlets is shown once
    table = D.table_frame(view)
    update_selection(table, view)
    selected = st.session_state.get("selected_event")
    params = filters.to_params()
    if selected:
        params["event"] = selected
    if dict(st.query_params) != params:
        st.query_params.from_dict(params)
    n_art = view["article_id"].nunique()
    st.caption(f"{len(view):,} of {len(store.events):,} events from {n_art:,} articles · store: {path}")
    if view.empty:
        st.info("No events match these filters. Widen the date range or clear the actor filter.")
        return
    group_by = st.radio("Timeline rows", ["type", "actor"], horizontal=True, key="group_by",
                        format_func=lambda g: {"type": "by event type", "actor": "by actor"}[g])
    st.plotly_chart(D.timeline_figure(view, selected, group_by), key="timeline", on_select="rerun",
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
        source_panel(store, selected, view)
    if len(view) > len(table):
        st.caption(f"The table shows the newest {len(table):,} of {len(view):,} events; narrow the filters "
                   "or export them all below.")
    st.dataframe(table, key="table", on_select="rerun", selection_mode="single-row",
                 width="stretch", hide_index=True, height=300)
    exports(view, store)


try:
    main()
except Exception as e:  # no tracebacks for users: a message, and the details in the server log
    import logging
    logging.getLogger("newsmap").exception("dashboard error")
    st.error(f"Something went wrong while drawing this view ({type(e).__name__}). "
             "Try resetting the filters; the details are in the server log.")
