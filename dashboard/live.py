"""The dashboard follows a store that changes (``python -m extract --follow``).

A fragment re-checks the store's version (the stamp of its manifest: one ``stat``) every few
seconds; when it changed, it remembers how many events are new (the row count in the events
file's Parquet footer, no data read) and reruns the whole app, which reads the new store
(``load`` is cached by stamp). The filters and the selection live in the session state under
their widget keys, so they stay as they were. The feeds' last fetch and errors come from
``OUTDIR/feeds.json`` (written by the extractor; absent for a store of files only).

The pure parts (``event_count``, ``feed_rows``, ``new_events_note``) have no Streamlit in
them; ``watch`` and ``feeds_panel`` are the two calls ``app.py`` makes.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import streamlit as st

EVERY = float(os.environ.get("NEWSMAP_REFRESH_SECONDS", "5"))


def event_count(path: str | Path) -> int:
    """The number of events in the store (Parquet metadata only)."""
    import pyarrow.parquet as pq
    from extract.store import store_path
    p = store_path(path)
    f = p / "events.parquet"
    if f.exists():
        return pq.read_metadata(f).num_rows
    return sum(pq.read_metadata(x).num_rows for x in (p / "events").rglob("*.parquet"))


def new_events_note(n: int) -> str:
    return f"{n:,} new event{'s' if n != 1 else ''} since you opened the page" if n > 0 else \
        "the store was updated"


def feed_rows(path: str | Path) -> list[dict]:
    """One row per feed: its address, title, last fetch, status or error, entries."""
    from extract.feeds import load_state
    rows = []
    for url, info in sorted(load_state(path).items()):
        rows.append({"feed": info.get("title") or url, "url": url, "last fetch": info.get("last_fetch", ""),
                     "status": info.get("error") or info.get("status", ""), "entries": info.get("entries"),
                     "read": info.get("read", 0), "skipped": info.get("skipped", 0),
                     "last skip": info.get("last_skip", "")})
    return rows


def _stamp(path: str) -> Optional[float]:
    from extract.store import store_stamp
    try:
        return store_stamp(path)
    except OSError:
        return None


@st.fragment(run_every=EVERY)
def _check(path: str) -> None:
    ss = st.session_state
    now = _stamp(path)
    if now is not None and now != ss.get("_live_stamp"):
        try:
            count = event_count(path)
        except OSError:
            return                              # swapped while read: the next check sees it
        ss["_live_new"] = ss.get("_live_new", 0) + max(0, count - ss.get("_live_events", count))
        ss["_live_stamp"], ss["_live_events"] = now, count
        ss["_live_changed"] = True
        st.rerun(scope="app")
    if ss.get("_live_new"):
        st.caption(f"↻ {new_events_note(ss['_live_new'])}")


def keep_whole_range(ss, bounds: tuple) -> None:
    """After the store changed: a date range the user left at the whole span of the data
    follows the data's new span (new events show up); a range the user chose stays."""
    old = ss.get("_live_bounds")
    changed = ss.pop("_live_changed", False)
    if changed and old is not None and "date_range" in ss \
            and tuple(ss["date_range"]) == tuple(old) and tuple(old) != tuple(bounds):
        ss["date_range"] = tuple(bounds)
    if changed:
        # set again, so the browser redraws them: the chips' counts and the range shown were
        # those of the old store while the data was the new one's
        for k in ("date_range", "actors", "types", "countries", "sources"):
            if ss.get(k):
                ss[k] = tuple(ss[k]) if k == "date_range" else list(ss[k])
    ss["_live_bounds"] = tuple(bounds)


def watch(path: str | Path, stamp: float, events=None) -> None:
    """Re-check the store every ``EVERY`` seconds; show "N new events" once it grew. Called
    before the filters are drawn (``events``: the store's events, for the date range's span)."""
    ss = st.session_state
    if "_live_stamp" not in ss:
        ss["_live_stamp"], ss["_live_events"] = stamp, event_count(path)
    if events is not None and len(events):
        from dashboard.filters import date_bounds
        keep_whole_range(ss, date_bounds(events))
    _check(str(path))


def reset(path: str | Path) -> None:
    """The store changed by this page's own import: the new events are the user's, already
    shown, so the count of "new events" starts again from the new store."""
    ss = st.session_state
    ss["_live_stamp"], ss["_live_events"] = _stamp(str(path)), event_count(path)
    ss.pop("_live_new", None)


def with_kept(options: list, chosen) -> list:
    """A filter widget's options with the values chosen that the store has no event of yet (a
    shared link opened while a follow run is still filling the store) added last, so they stay
    selected and apply when such events arrive."""
    have = set(options)
    return list(options) + [v for v in (chosen or ()) if v not in have]


def not_yet_note(chosen, counts, name=str) -> Optional[str]:
    """The note under a filter with values that match no event yet (``counts``: the events per
    value the widget shows), or None."""
    missing = [name(v) for v in (chosen or ()) if not counts.get(v, 0)]
    if not missing:
        return None
    return (f"No events of {', '.join(missing)} in the store yet: the filter is kept and shows them "
            "when they arrive.")


def feeds_panel(path: str | Path) -> None:
    """The feeds the store follows, with their last fetch and errors (sidebar; only when any)."""
    rows = feed_rows(path)
    if not rows:
        return
    with st.sidebar.expander(f"Feeds ({len(rows)})"):
        for r in rows:
            st.markdown(f"**{_md(r['feed'])}**  \n{_md(r['url'])}")
            st.caption(f"last fetch {r['last fetch'] or 'never'} · {r['entries'] or 0} entries · "
                       f"{_md(r['status'] or '')}"
                       + (f" · of the {r['read']:,} entries read last, {r['skipped']:,} skipped (last: "
                          f"{_md(r['last skip'])})" if r["skipped"] else ""))


def _md(s: str) -> str:
    from dashboard.source import md_escape
    return md_escape(str(s))
