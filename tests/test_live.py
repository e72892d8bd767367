"""The dashboard follows a changing store (dashboard/live.py): AppTest and a real browser."""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from extract import load_store, run

APP = str(ROOT / "dashboard" / "app.py")
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LATE = "18_usstate_2021-02-18_visa-restrictions-belarus.txt"


def _store(tmp_path, files):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for f in files:
        shutil.copy(f, src / f.name)
    run([str(src)], tmp_path / "out")
    return src, tmp_path / "out"


def test_new_events_shown_filters_kept(tmp_path, monkeypatch):
    from dashboard import live
    src, out = _store(tmp_path, [f for f in SEEDS if f.name != LATE][:6])
    monkeypatch.setenv("NEWSMAP_STORE", str(out))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    before = live.event_count(out)
    lo, hi = at.date_input(key="date_range").value
    chosen = (lo, date(2020, 9, 1))
    at.date_input(key="date_range").set_value(chosen).run()
    assert tuple(at.date_input(key="date_range").value) == chosen
    actor = at.multiselect(key="actors").options[0].rsplit(" (", 1)[0]
    at.multiselect(key="actors").select(actor).run()
    assert at.multiselect(key="actors").value == [actor]
    shown = len(at.dataframe[0].value)
    # the follow run adds an article to the store while the page is open
    shutil.copy(ROOT / "seeds" / LATE, src / LATE)
    run([str(src)], out)
    added = live.event_count(out) - before
    assert added > 0
    at.run()
    assert not at.exception, at.exception
    captions = [c.value for c in at.caption]
    assert any(f"{added} new event" in c for c in captions), captions
    # filters as they were
    assert at.multiselect(key="actors").value == [actor]
    assert tuple(at.date_input(key="date_range").value) == chosen
    assert len(at.dataframe[0].value) == shown        # the new article is of 2021: outside the range
    assert f"{len(load_store(out)['events']):,} reports in the store" in " ".join(captions)


def test_whole_date_range_follows_the_data_a_chosen_one_stays():
    from dashboard.live import keep_whole_range
    d = date
    ss = {"_live_bounds": (d(2020, 1, 1), d(2020, 6, 1)), "date_range": (d(2020, 1, 1), d(2020, 6, 1)),
          "_live_changed": True}
    keep_whole_range(ss, (d(2020, 1, 1), d(2020, 9, 1)))
    assert ss["date_range"] == ss["_live_bounds"] == (d(2020, 1, 1), d(2020, 9, 1))
    ss = {"_live_bounds": (d(2020, 1, 1), d(2020, 6, 1)), "date_range": (d(2020, 2, 1), d(2020, 3, 1)),
          "_live_changed": True}
    keep_whole_range(ss, (d(2020, 1, 1), d(2020, 9, 1)))
    assert ss["date_range"] == (d(2020, 2, 1), d(2020, 3, 1))


def test_feed_rows_read_the_state(tmp_path):
    from dashboard.live import feed_rows
    from extract.feeds import SourceState
    s = SourceState(tmp_path)
    s.feeds["http://example.org/feed.xml"] = {"last_fetch": "2026-01-01T10:00:00", "status": "error",
                                              "error": "HTTP 500 Internal Server Error", "title": ""}
    s.save()
    (row,) = feed_rows(tmp_path)
    assert row["status"] == "HTTP 500 Internal Server Error" and row["last fetch"] == "2026-01-01T10:00:00"
    assert feed_rows(tmp_path / "nothing") == []


def test_browser_shows_the_new_event_without_reload(tmp_path):
    """A follow cycle adds feed entries while the page is open in chromium: the page says how
    many events are new and counts them, without a reload, with its country filter kept. The
    link asks for Belarus and for France, which the store has no event of yet: France stays
    selected with a note, and its events show when the follow run brings them."""
    from playwright.sync_api import sync_playwright

    from feedserver import FeedServer
    from test_browser import ARGS, ARTIFACTS, CHROMIUM, launched

    src, out = _store(tmp_path, [f for f in SEEDS if "lukashenko" in f.name][:2])
    before = len(load_store(out)["events"])
    with launched(out, timeout=90, NEWSMAP_REFRESH_SECONDS="2") as url:
        with FeedServer() as s, sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = b.new_page(viewport={"width": 1280, "height": 1400})
            assert "FR" not in set(load_store(out)["events"]["place_country"].dropna())
            page.goto(url + "/?countries=BY%7CFR")
            first = page.get_by_text(f"{before:,} reports in the store").first
            first.wait_for(timeout=90_000)
            shown_before = int(first.inner_text().split(" events")[0].replace(",", ""))
            page.get_by_text("No events of France in the store yet").first.wait_for(timeout=30_000)
            page.get_by_text("France (0)").first.wait_for(timeout=30_000)     # kept, selected
            # the table's first row (the one Belarusian event) is selected; the new events come above it
            grid = page.locator("[data-testid='stDataFrame']").first
            grid.scroll_into_view_if_needed()
            box = grid.bounding_box()
            page.mouse.click(box["x"] + 14, box["y"] + 36 + 18)            # its row-selection checkbox
            page.wait_for_function("new URL(location.href).searchParams.has('event')", timeout=30_000)
            chosen = _event_param(page.url)
            assert chosen in set(load_store(out)["events"]["event_id"])
            page.evaluate("window.__not_reloaded = true")
            _follow_minsk_and_paris(s, out)
            after = len(load_store(out)["events"])
            assert after > before
            page.get_by_text(f"{after - before} new event").first.wait_for(timeout=90_000)
            now = page.get_by_text(f"{after:,} reports in the store").first
            now.wait_for(timeout=90_000)
            # the date range was left at the whole span: it follows the data, the Minsk events show
            assert int(now.inner_text().split(" events")[0].replace(",", "")) > shown_before
            assert page.evaluate("window.__not_reloaded === true")
            assert "countries=BY" in page.url and "FR" in page.url
            # France's events arrived: counted beside it, no note any more, in the table
            assert "FR" in set(load_store(out)["events"]["place_country"].dropna())
            page.get_by_text(re.compile(r"France \([1-9][0-9]*\)")).first.wait_for(timeout=30_000)
            assert page.get_by_text("No events of France").count() == 0
            page.get_by_text("Thousands of workers marched in Paris", exact=False).first.wait_for(
                state="attached", timeout=30_000)                  # a row of the table (a canvas grid)
            # the event selected in the table before the update is still the selected one (it was
            # keyed by row: the newest event, now in the first row, took its place)
            page.wait_for_timeout(1000)
            assert _event_param(page.url) == chosen
            page.get_by_text("Why this date and place").first.wait_for(timeout=30_000)
            # the widgets show the new store's figures, not the old ones (the chips said
            # 'France (0)' and the range its old end while the new data was drawn)
            assert page.get_by_text("France (0)").count() == 0
            page.get_by_text(re.compile(r"Belarus \([2-9]|Belarus \([1-9][0-9]")).first.wait_for(timeout=30_000)
            page.get_by_text("Feeds (1)").first.wait_for(timeout=30_000)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "live-new-events.png"))
            b.close()


def _follow_minsk_and_paris(s, out) -> None:
    """One follow cycle over a feed of the local server ``s`` with two new articles: Minsk
    (2020-08-16) and Paris (2020-08-20: the store's first events in France)."""
    from extract.fetch import Fetcher
    from extract.follow import follow
    from feedserver import rfc822, rss
    s.page("/n/minsk", "minsk", date="2020-08-16")
    s.page("/n/paris", "paris", date="2020-08-20")
    s.routes["/rss"] = (200, "application/rss+xml", rss([
        {"title": "Minsk", "link": s.url("/n/minsk"), "date": rfc822(2020, 8, 16)},
        {"title": "Paris", "link": s.url("/n/paris"), "date": rfc822(2020, 8, 20)}]))
    follow([s.url("/rss")], out, fetcher=Fetcher(delay=0, timeout=5), cycles=1, log=lambda _: None)


# The view of a chart as the browser draws it (None until plotly has drawn it): the number of
# traces and the event ids it shows; the timeline's x range; the map's zoom (the layout's
# projection scale and centre, set by the user's scroll) and where two fixed places are drawn
# in it (pixels, from the geo subplot's projection: what the user sees, whatever the framing).
_CHART_VIEW = """key => {
    const gd = document.querySelector('.st-key-' + key + ' .js-plotly-plot');
    if (!gd || !gd._fullLayout || !gd.data) return null;
    const ids = gd.data.flatMap(t => (t.customdata || []).map(c => c && c[0])).filter(Boolean);
    const v = {traces: gd.data.length, ids: ids};
    if (gd.layout.xaxis) v.x = [...gd._fullLayout.xaxis.range];
    const geo = gd._fullLayout.geo;
    if (geo) {
        const p = geo._subplot && geo._subplot.projection;
        if (typeof p !== 'function') return null;
        v.scale = (gd.layout.geo.projection || {}).scale ?? null;
        v.center = gd.layout.geo.center ? [gd.layout.geo.center.lon, gd.layout.geo.center.lat] : null;
        v.minsk = p([27.5667, 53.9]);
        v.warsaw = p([21.0122, 52.2297]);
    }
    return v;
}"""


def _chart_view(page, key: str):
    return page.evaluate(_CHART_VIEW, key)


def _days(x) -> list[float]:
    """A date axis range (plotly's strings) in days since the epoch."""
    import pandas as pd
    return [pd.Timestamp(d).value / 86_400e9 for d in x]


def _zoom_by_wheel(page, key: str, area: str, at=(0.5, 0.5), clicks: int = 3) -> None:
    """Scroll up over a chart's plot ``area`` (both charts zoom on scroll: config scrollZoom),
    as a user does."""
    box = page.locator(f".st-key-{key} .js-plotly-plot {area}").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] * at[0], box["y"] + box["height"] * at[1])
    for _ in range(clicks):
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(300)


def test_browser_keeps_the_charts_zoom_across_a_live_update(tmp_path):
    """The user zooms the timeline (a narrower x range) and the map (scroll zoom: the geo
    projection's scale and centre); then a follow cycle adds events, France's among them, which
    widen both charts' own framing. Streamlit draws a changed figure as a new chart: the charts
    show the new events with the user's zoom as it was, not reframed on the new data (their
    uirevision, "timeline" and "map", says the view carries over: dashboard/keep_view.js)."""
    from playwright.sync_api import sync_playwright

    from dashboard.store import read_store
    from feedserver import FeedServer
    from test_browser import ARGS, ARTIFACTS, CHROMIUM, launched

    src, out = _store(tmp_path, [f for f in SEEDS if "lukashenko" in f.name][:2])
    before = load_store(out)["events"]
    with launched(out, timeout=90, NEWSMAP_REFRESH_SECONDS="2") as url:
        with FeedServer() as s, sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = b.new_page(viewport={"width": 1280, "height": 1400})
            page.goto(url + "/?countries=BY%7CFR")
            page.get_by_text(f"{len(before):,} reports in the store").first.wait_for(timeout=90_000)
            page.wait_for_function(f"() => ({_CHART_VIEW})('timeline') && ({_CHART_VIEW})('map')", timeout=60_000)
            page.wait_for_timeout(1000)
            t0, m0 = _chart_view(page, "timeline"), _chart_view(page, "map")
            # the user zooms in: the timeline to the middle of its range, the map around Minsk
            _zoom_by_wheel(page, "timeline", ".nsewdrag")
            page.wait_for_function(f"x0 => ({_CHART_VIEW})('timeline').x.join() !== x0.join()", arg=t0["x"],
                                   timeout=10_000)
            _zoom_by_wheel(page, "map", "g.geo", at=(0.45, 0.4))
            page.wait_for_function(f"() => ({_CHART_VIEW})('map').scale > 1.2", timeout=10_000)
            page.wait_for_timeout(1000)
            t1, m1 = _chart_view(page, "timeline"), _chart_view(page, "map")
            lo0, hi0 = _days(t0["x"])
            lo1, hi1 = _days(t1["x"])
            assert lo0 < lo1 < hi1 < hi0, (t0["x"], t1["x"])               # zoomed in: a narrower range
            assert m1["center"] is not None and m1["minsk"] != m0["minsk"], (m0, m1)
            page.evaluate("window.__not_reloaded = true")
            _follow_minsk_and_paris(s, out)
            now = load_store(out)["events"]
            new_ids = set(now["event_id"]) - set(before["event_id"])
            paris = set(now.loc[now["place_country"] == "FR", "event_id"]) & new_ids
            assert paris, "the follow cycle brought no event in France"
            page.get_by_text(f"{len(now):,} reports in the store").first.wait_for(timeout=90_000)
            # both charts drawn anew with the new events (France's among them: the timeline's
            # marks carry the event ids, the map's markers the place keys) ...
            has_new = "ids => ['timeline', 'map'].every(k => { const v = (%s)(k); " \
                      "return v && v.ids.some(i => ids.includes(i)); })" % _CHART_VIEW
            ev = read_store(out).events
            page.wait_for_function(has_new, arg=sorted(paris | set(ev.loc[ev["event_id"].isin(paris), "place_key"])),
                                   timeout=60_000)
            page.wait_for_timeout(2500)                      # the page settles (the follow-up reruns)
            assert page.evaluate("window.__not_reloaded === true")
            t2, m2 = _chart_view(page, "timeline"), _chart_view(page, "map")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "live-zoom-kept.png"))
            b.close()
    # ... with the user's zoom: the timeline's x range as set (to a thousandth of its span), the
    # map's scale and centre as set and the places drawn where they were (to a pixel)
    span = hi1 - lo1
    lo2, hi2 = _days(t2["x"])
    assert abs(lo2 - lo1) < span * 1e-3 and abs(hi2 - hi1) < span * 1e-3, (t1["x"], t2["x"])
    assert m2["scale"] is not None and abs(m2["scale"] - m1["scale"]) / m1["scale"] < 1e-3, (m1, m2)
    assert m2["center"] is not None and max(abs(a - b) for a, b in zip(m2["center"], m1["center"])) < 0.01, (m1, m2)
    for place in ("minsk", "warsaw"):
        assert max(abs(a - b) for a, b in zip(m2[place], m1[place])) < 1.0, (place, m1[place], m2[place])


def _event_param(url: str) -> str:
    from urllib.parse import parse_qs, urlsplit
    return parse_qs(urlsplit(url).query).get("event", [""])[0]


def test_shared_filter_of_a_country_not_yet_in_the_store_is_kept(tmp_path, monkeypatch):
    """A shared link asks for Australia while the store (being filled by a follow run) has no
    event there yet: the filter stays selected with a note, and shows the Australian events
    once they arrive (it was silently dropped)."""
    from dashboard import live
    lukashenko = [f for f in SEEDS if "lukashenko" in f.name][:2]
    src, out = _store(tmp_path, lukashenko)
    assert "AU" not in set(load_store(out)["events"]["place_country"].dropna())
    monkeypatch.setenv("NEWSMAP_STORE", str(out))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["countries"] = "AU"
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="countries").value == ["AU"]
    notes = " ".join(c.value for c in at.sidebar.caption)
    assert "No events of Australia in the store yet" in notes, notes
    assert not at.dataframe                      # nothing matches yet: no table, the reason said
    assert any("country filter" in i.value for i in at.info), [i.value for i in at.info]
    assert at.query_params["countries"] == "AU"           # and the link stays as shared
    # the follow run brings an Australian article
    shutil.copy(next(f for f in SEEDS if "australia" in f.name), src)
    run([str(src)], out)
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="countries").value == ["AU"]
    ids = list(at.dataframe[0].value.index)
    ev = load_store(out)["events"].set_index("event_id")
    assert ids and all(ev.loc[i, "place_country"] == "AU" for i in ids)
    assert "No events of Australia" not in " ".join(c.value for c in at.sidebar.caption)
    assert any("new event" in c.value for c in at.caption)


def test_shared_link_keeps_values_the_store_lacks_drops_impossible_ones():
    import pandas as pd

    from dashboard.filters import shared_filters
    ev = pd.DataFrame({"event_id": ["e1"], "type": ["meeting"], "place_country": ["BY"], "source": ["a.org"],
                       "actors": [["Alexander Lukashenko"]], "cluster_id": ["c1"],
                       "start": [pd.Timestamp("2020-09-14")], "end": [pd.Timestamp("2020-09-14")]})
    f, _ = shared_filters(ev, {"countries": "BY|FR|ZZ|xx", "types": "protest|nonsense", "sources": "new.org",
                               "actors": "Emmanuel Macron"})
    assert f.countries == ["BY", "FR"]            # FR: no event yet, kept; ZZ, xx: no country
    assert f.types == ["protest"] and f.sources == ["new.org"] and f.actors == ["Emmanuel Macron"]


def test_not_yet_note_and_kept_options():
    from dashboard.live import not_yet_note, with_kept
    assert with_kept(["BY", "RU"], ["FR", "BY"]) == ["BY", "RU", "FR"]
    assert with_kept(["BY"], None) == ["BY"]
    assert not_yet_note(["BY"], {"BY": 3}) is None
    assert not_yet_note(["BY", "FR"], {"BY": 3}, {"FR": "France"}.get) == \
        "No events of France in the store yet: the filter is kept and shows them when they arrive."


def test_table_selection_is_kept_by_event_id_across_a_live_update():
    """The table reports row positions: a live update that puts new events above the selected
    one keeps the same event selected (and moves the table's selection to its new row); an
    event no longer listed clears the table's selection but stays the selected event."""
    import pandas as pd

    from dashboard.selection import update_selection

    def table(ids):
        return pd.DataFrame({"what happened": [f"event {i}" for i in ids]}, index=pd.Index(ids, name="event_id"))
    view = pd.DataFrame()
    ss: dict = {}
    first = table(["e3", "e2", "e1"])
    update_selection(ss, first, view)
    assert "selected_event" not in ss and "table" not in ss
    ss["table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}       # a click on e2's row
    update_selection(ss, first, view)
    assert ss["selected_event"] == "e2"
    # a follow run brings two newer events: they come first, e2 is now the fourth row
    newer = table(["e5", "e4", "e3", "e2", "e1"])
    update_selection(ss, newer, view)
    assert ss["selected_event"] == "e2"
    assert ss["table"]["selection"]["rows"] == [3]            # the table's selection moved with it
    update_selection(ss, newer, view)                          # the next run: nothing changes
    assert ss["selected_event"] == "e2" and ss["table"]["selection"]["rows"] == [3]
    # a click on another row is read against the table as drawn
    ss["table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    update_selection(ss, newer, view)
    assert ss["selected_event"] == "e5"
    # a filter leaves e5 out: the table's selection is cleared, the selected event stays
    update_selection(ss, table(["e4", "e3"]), view)
    assert ss["selected_event"] == "e5" and ss["table"]["selection"]["rows"] == []
    update_selection(ss, table(["e4", "e3"]), view)
    assert ss["selected_event"] == "e5"
