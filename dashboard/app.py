"""News event timeline and map.

    streamlit run dashboard/app.py [-- --store OUTDIR]

Reads the event store written by ``python -m extract SOURCE... -o OUTDIR`` (``NEWSMAP_STORE``
or ``--store``; default ``data/``, built from ``seeds/`` through the ``extract`` API when it
does not exist yet). The logic lives in plain modules beside it (``store``, ``filters``,
``timeline``, ``map``, ``table``, ``selection``, ``source``, ``exports``, ``imports``: no
Streamlit in them); this file lays them out. The filter state and the selected event travel in
the page URL, so a view can be shared.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import exports, imports, live, source  # noqa: E402
from dashboard.filters import (Filters, cluster_reports, date_bounds, left_out, page_params,  # noqa: E402
                               shared_filters, shown_events, store_count_map, store_type_options, why_empty)
from dashboard.map import describe_map, events_at, map_config, map_spec, with_map_ring  # noqa: E402
from dashboard.selection import update_selection  # noqa: E402
from dashboard.store import (Store, build_default_store, is_default_store, read_store, store_dir,  # noqa: E402
                             take_preloaded)
from dashboard.table import table_frame  # noqa: E402
from dashboard.style import MANY_TYPES, country_name, type_family, type_label  # noqa: E402
from dashboard.timeline import initial_range, outside_text, timeline_spec, with_timeline_ring  # noqa: E402

st.set_page_config(page_title="News events: timeline and map", layout="wide")

# Streamlit draws a changed figure as a new chart: this carries the user's zoom over to it (read once)
KEEP_VIEW_SCRIPT = f"<script>{(Path(__file__).parent / 'keep_view.js').read_text(encoding='utf-8')}</script>"
FILTER_KEYS = ("date_range", "actors", "types", "countries", "sources", "text", "undated", "facts", "in_article",
               "min_conf")
# a compact page: the title in one line, less padding, so timeline, map and source fit one screen
st.markdown("<style>.block-container{padding-top:3rem;padding-bottom:1rem}"
            "h1{font-size:1.35rem!important;padding:0 0 .2rem 0!important}</style>", unsafe_allow_html=True)


@st.cache_resource(show_spinner="Reading the event store…", max_entries=2)
def load(path: str, stamp: float) -> Store:
    """One Store shared by every session and rerun (read-only: filters make new frames). Not
    st.cache_data: that would unpickle a copy of a million events on every click, and rebuild
    the actor index each time."""
    return take_preloaded(path, stamp) or read_store(path)


# What a filter state shows is computed once and shared by every session and rerun with that
# state (a click, a selection or another user's identical filters do not rebuild it): the
# table's rows, the header's counts, the captions and the two figures as plain dicts. Keyed by
# the store's path and stamp, so an import or a follow-mode update starts afresh.
@st.cache_data(max_entries=64, show_spinner=False)
def view_parts(path: str, stamp: float, key: tuple) -> dict:
    store = load(path, stamp)
    f = Filters(*key)
    view = shown_events(store, f)
    return dict(table=table_frame(view), missing=left_out(store, f, view), n=len(view),
                n_articles=int(view["article_id"].nunique()))


@st.cache_data(max_entries=64, show_spinner=False)
def chart_parts(path: str, stamp: float, key: tuple, group_by: str, dark: bool) -> dict:
    store = load(path, stamp)
    view = shown_events(store, Filters(*key))
    dated = view[view["start"].notna()]
    timeline, marks = timeline_spec(view, group_by, dark=dark)
    return dict(timeline=timeline, marks=marks, map=map_spec(view, dark=dark), map_caption=describe_map(view),
                beyond=outside_text(dated, initial_range(dated)), undated=len(view) - len(dated))


def ensure_store(path: Path) -> None:
    from extract.store import store_exists
    if store_exists(path):
        return
    if not is_default_store(path):
        st.error(f"No event store in {path}. Build one with `python -m extract FOLDER -o {path}`.")
        st.stop()
    with st.spinner("First start: extracting the events of seeds/ …"):
        build_default_store(path)


def init_from_url(store: Store) -> None:
    """On a fresh session, the filters and selection come from the URL (a shared link)."""
    ss = st.session_state
    if ss.get("_url_loaded"):
        return
    ss["_url_loaded"] = True
    f, selected = shared_filters(store.events, dict(st.query_params))
    if f.date_range:
        ss["date_range"] = f.date_range
    for k in ("actors", "types", "countries", "sources"):
        if getattr(f, k):
            ss[k] = getattr(f, k)
    if f.text:
        ss["text"] = f.text
    if f.include_undated:
        ss["undated"] = True
    if f.facts_only:
        ss["facts"] = True
    if f.whole_article:
        ss["in_article"] = True
    if f.min_confidence:
        ss["min_conf"] = f.min_confidence
    if selected:
        ss["selected_event"] = selected


def fit_date_range(lo, hi) -> None:
    """When the store's date bounds change (articles were added), a date range that covered the
    whole store follows the new bounds; any other is kept within them."""
    ss = st.session_state
    old = ss.get("_bounds")
    ss["_bounds"] = (lo, hi)
    if old is None or old == (lo, hi) or "date_range" not in ss:
        return
    dr = tuple(ss["date_range"] or ())
    if len(dr) != 2 or dr == tuple(old):
        ss["date_range"] = (lo, hi)
    else:
        ss["date_range"] = (max(lo, min(hi, dr[0])), max(lo, min(hi, dr[1])))


def sidebar(store: Store) -> Filters:
    ev = store.events
    sb = st.sidebar
    sb.header("Filters")
    lo, hi = date_bounds(ev)
    fit_date_range(lo, hi)
    dr = sb.date_input("Date range", value=(lo, hi), min_value=min(lo, hi), max_value=max(lo, hi),
                       key="date_range", format="YYYY-MM-DD")
    ss = st.session_state
    undated = bool(ss.get("undated", False))
    # the options and their counts are computed once per store (store.memo), as plain dicts; a
    # value chosen that the store has no event of yet (a shared link in follow mode) stays an option
    counts = store_count_map(store, "actors", undated)
    actors = sb.multiselect("Actors", options=live.with_kept(list(counts), ss.get("actors")), key="actors",
                            format_func=lambda a: f"{a} ({counts.get(a, 0)})", placeholder="All actors")
    _not_yet(actors, counts)
    types_present = store_type_options(store, undated)
    tcounts = store_count_map(store, "type", undated)
    many = len(types_present) > MANY_TYPES
    types = sb.multiselect("Event types", options=live.with_kept(types_present, ss.get("types")), key="types",
                           format_func=lambda t: (f"{type_family(t)} · " if many else "")
                           + f"{type_label(t)} ({tcounts.get(t, 0)})", placeholder="All types")
    _not_yet(types, tcounts, type_label)
    ccounts = store_count_map(store, "place_country", undated)
    countries = sb.multiselect("Countries (event place)", options=live.with_kept(list(ccounts), ss.get("countries")),
                               key="countries", format_func=lambda c: f"{country_name(c)} ({ccounts.get(c, 0)})",
                               placeholder="All countries")
    _not_yet(countries, ccounts, country_name)
    scounts = store_count_map(store, "source", undated)
    sources = sb.multiselect("Sources", options=live.with_kept(list(scounts), ss.get("sources")),
                             key="sources", format_func=lambda s: f"{s} ({scounts.get(s, 0)})",
                             placeholder="All sources")
    _not_yet(sources, scounts)
    text = sb.text_input("Search the event sentences", key="text", max_chars=200, placeholder="e.g. sanctions")
    in_article = sb.checkbox("Search whole articles", value=False, key="in_article",
                             help="Match every event of an article that contains the words, not only the events "
                                  "whose own sentence does")
    undated = sb.checkbox("Include undated events", value=False, key="undated")
    facts = sb.checkbox("Only events reported as fact", value=False, key="facts",
                        help="Hide what was only planned, reported by someone, hypothetical or denied "
                             "(drawn hollow on the timeline)")
    min_conf = sb.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="min_conf",
                         help="Hide events whose modelled chance of being right (type, date and place) is lower; "
                              "on the 840 judged dev articles, events at 0.8 or more were right 83% of the time "
                              "(84% out of sample, with weights fitted on the other half of the articles; expect less "
                              "on other news)")
    if sb.button("Reset filters"):
        for k in FILTER_KEYS + ("selected_event", "selected_place"):
            st.session_state.pop(k, None)
        st.query_params.clear()
        st.rerun()
    return Filters(dr, actors, types, countries, sources, text, undated, facts, in_article, min_conf)


def _not_yet(chosen, counts, name=str) -> None:
    note = live.not_yet_note(chosen, counts, name)
    if note:
        st.sidebar.caption(note)


def source_panel(store: Store, event_id: str | None, view: pd.DataFrame) -> None:
    place_key = st.session_state.get("selected_place")
    ids = events_at(view, place_key) if place_key else []
    if len(ids) > 1 and event_id in ids:
        name, labels = source.place_listing(view, ids)
        choice = st.selectbox(f"{len(ids)} events at {name}", ids, key="place_pick", index=ids.index(event_id),
                              format_func=labels.__getitem__)
        if choice != event_id:
            st.session_state["selected_event"] = event_id = choice
    ev = source.selected_event(store, event_id)
    if ev is None:
        st.info("Click an event on the timeline, a place on the map or a row of the table to read its source.")
        return
    title, byline, url = source.article_heading(store, ev)
    st.subheader(title, anchor=False)
    st.caption(byline)
    if url is not None:
        st.caption(url)
    st.markdown(source.facts_markdown(ev))
    reports = cluster_reports(store.events, event_id)
    if len(reports) > 1:
        opts = list(reports["event_id"])
        labels = source.report_labels(reports)
        pick = st.selectbox(f"Reported by {reports['article_id'].nunique()} sources", opts, index=opts.index(event_id),
                            key=f"cluster_pick_{reports['cluster_id'].iloc[0]}", format_func=labels.__getitem__)
        if pick != event_id:
            st.session_state["selected_event"] = pick
            st.rerun()
    with st.expander("Why this date and place"):
        st.text(source.why_text(ev))
    st.markdown(source.source_markdown(store, ev))
    st.caption(source.LEGEND)


def import_report() -> None:
    """The last import's report, file by file (kept across the rerun that redraws the page)."""
    rep = st.session_state.get("_import_report")
    if not rep:
        return
    title, rows = rep
    st.success(title)
    for name, status, what in rows[:50]:
        (st.caption if status == "added" else st.warning)(f"{'✓' if status == 'added' else '✗'} {name}: {what}")
    if len(rows) > 50:
        st.caption(f"… and {len(rows) - 50} more files")


def add_articles(path: Path) -> None:
    """Bring your own articles: uploaded files are extracted through the extract API and merged
    into the store (which persists between runs); then the whole page is drawn again from the
    new store (counts, date bounds, actor lists) and each file's outcome is listed."""
    limit = imports.upload_limit_mb()
    with st.sidebar.expander("Add articles", expanded=bool(st.session_state.get("_import_report"))):
        files = st.file_uploader(f"Text, HTML or JSON files (one article each, {limit} MB at most)",
                                 accept_multiple_files=True, key="upload", type=imports.UPLOAD_TYPES,
                                 help="PDF and Office documents are not read: save the article as text or HTML.")
        if files and st.button("Extract and add", key="upload_go"):
            saved, too_big = imports.save_uploads(files, path, limit * 1024 * 1024)
            names = dict(zip(map(str, saved), [f.name for f in files if f.name not in too_big]))
            bar = st.progress(0.0, text="Extracting…")
            summary = imports.add_uploads(saved, path, progress=lambda k, n: bar.progress(k / max(n, 1)))
            bar.empty()
            rows = imports.file_report(summary, names, too_big, limit)
            added = sum(1 for r in rows if r[1] == "added")
            st.session_state["_import_report"] = (f"{added} added, {len(rows) - added} skipped", rows)
            load.clear()
            live.reset(path)
            st.rerun()
        import_report()


def add_folder(path: Path) -> None:
    """Point to a folder on this machine (inside the allowed roots): its articles are extracted
    and added to the store; the page is then drawn again from the new store."""
    with st.sidebar.expander("Add a folder", expanded=bool(st.session_state.get("_folder_report"))):
        text = st.text_input("Folder on this machine", key="folder_path", placeholder="~/articles")
        if text and st.button("Extract folder", key="folder_go"):
            folder, why = imports.checked_folder(text)
            if folder is None:
                st.error(f"Cannot read that folder: {why}.")
                return
            files = imports.folder_inputs(folder)
            bar = st.progress(0.0, text=f"Extracting {len(files)} files…")
            summary = imports.add_folder_files(files, path, progress=lambda k, n: bar.progress(k / max(n, 1)))
            bar.empty()
            st.session_state["_folder_report"] = (
                f"{len(summary.processed)} processed, {len(summary.skipped)} skipped",
                [(Path(r.path).name, "skipped", r.reason) for r in summary.skipped])
            load.clear()
            live.reset(path)
            st.rerun()
        rep = st.session_state.get("_folder_report")
        if rep:
            st.success(rep[0])
            for name, _, why in rep[1][:20]:
                st.caption(f"skipped {name}: {why}")


def downloads(view: pd.DataFrame, store: Store) -> None:
    # the files are made when a button is clicked, not on every run (and the page does not rerun)
    for col, (label, make, file_name, mime) in zip(st.columns(3), exports.downloads(view, store)):
        col.download_button(label, make, file_name, mime, on_click="ignore")


def dark_theme() -> bool:
    try:
        return st.context.theme.type == "dark"
    except Exception:
        return False


def main() -> None:
    path = store_dir()
    ensure_store(path)
    from extract.store import store_stamp
    stamp = store_stamp(path)
    store = load(str(path), stamp)
    st.title("News events: timeline and map", anchor=False)
    live.watch(path, stamp, store.events)         # "N new events" and a rerun when the store changes (follow mode)
    live.feeds_panel(path)
    add_articles(path)
    add_folder(path)
    if store.events.empty:
        st.warning("The store has no events yet: add articles in the sidebar.")
        return
    init_from_url(store)
    filters = sidebar(store)
    key = filters.key()
    view = shown_events(store, filters)     # an event reported by several outlets is shown once
    parts = view_parts(str(path), stamp, key)
    table = parts["table"]
    update_selection(st.session_state, table, view)
    selected = st.session_state.get("selected_event")
    params = page_params(filters, selected)
    if dict(st.query_params) != params:
        st.query_params.from_dict(params)
    missing = parts["missing"]
    st.caption(f"**{parts['n']:,} events** from {parts['n_articles']:,} articles ({len(store.events):,} reports in "
               "the store" + ("; " + "; ".join(missing) if missing else "") + f") · store: {path}")
    if view.empty:
        st.info(why_empty(store, filters))
        return
    dark = dark_theme()
    group_by = st.sidebar.radio("Timeline rows", ["type", "actor"], horizontal=True, key="group_by",
                                format_func=lambda g: {"type": "by event type", "actor": "by actor"}[g])
    st.sidebar.html(KEEP_VIEW_SCRIPT, unsafe_allow_javascript=True)
    charts = chart_parts(str(path), stamp, key, group_by, dark)
    beyond, undated_n = charts["beyond"], charts["undated"]
    st.caption("Timeline: " + (f"the first view shows where most events are; {beyond} lie outside it "
                                   "(drag the strip below the chart to reach them)" if beyond else
                                   "every dated event is in view")
                   + (f"; {undated_n} undated events are only in the table" if undated_n else ""))
    # timeline over map on the left, the source beside them: all three on one screen at 1280×800
    left, right = st.columns([13, 7], gap="medium")
    with left:
        # the cached dicts wrapped without plotly's validation (they follow its schema)
        st.plotly_chart(go.Figure(with_timeline_ring(charts["timeline"], charts["marks"], selected), _validate=False),
                        key="timeline", on_select="rerun", selection_mode=("points",), width="stretch",
                        config={"scrollZoom": True, "displaylogo": False})
        # a place clicked on the map is highlighted by Plotly's own selection: the figure stays
        # the same, so Streamlit keeps the chart (a changed figure is drawn anew, and
        # keep_view.js sets the user's zoom on it again); an event chosen elsewhere is ringed on the map
        ring = None if st.session_state.get("selected_place") else selected
        st.plotly_chart(go.Figure(with_map_ring(charts["map"], view, ring), _validate=False), key="map",
                        on_select="rerun", selection_mode=("points",), width="stretch", config=map_config())
        st.caption(charts["map_caption"])
    with right:
        with st.container(height=720, border=False):
            source_panel(store, selected, view)
    if len(view) > len(table):
        st.caption(f"The table shows the newest {len(table):,} of {len(view):,} events; narrow the filters "
                   "or export them all below.")
    st.dataframe(table, key="table", on_select="rerun", selection_mode="single-row",
                 width="stretch", hide_index=True, height=300,
                 column_config={"what happened": st.column_config.TextColumn(width="large"),
                                "actors": st.column_config.TextColumn(width="medium"),
                                "date": st.column_config.TextColumn(width="small"),
                                "sources": st.column_config.NumberColumn(width="small")})
    downloads(view, store)


try:
    main()
except Exception as e:  # no tracebacks for users: a message, and the details in the server log
    import logging
    logging.getLogger("newsmap").exception("dashboard error")
    st.error(f"Something went wrong while drawing this view ({type(e).__name__}). "
             "Try resetting the filters; the details are in the server log.")
