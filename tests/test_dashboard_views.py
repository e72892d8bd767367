"""Issue 19's logic without Streamlit: nothing hidden, counts that match filtering, the map's
labels, shaded countries and clusters, colours for any taxonomy, per-file import reports."""
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard import style
from dashboard.filters import Filters, actor_counts, left_out, option_counts, shown_events, why_empty
from dashboard.imports import file_report
from dashboard.map import cell_size, clustered, describe_map, events_at, map_figure, place_groups, view_bounds
from dashboard.store import read_store
from dashboard.table import table_frame
from dashboard.timeline import lanes, outside_text, timeline_figure, initial_range
from extract import run

from conftest import ROOT


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    run([str(ROOT / "seeds")], str(out))
    return read_store(out)


def test_every_type_has_a_colour_and_unknown_types_grey(monkeypatch):
    assert all(style.type_color(t) != style.UNKNOWN_COLOR for t in style.EVENT_TYPES)
    assert style.type_color("no-such-type") == style.UNKNOWN_COLOR
    # the taxonomy of this week: ~21 types in 6 families, some not known to the dashboard
    types = {f"t{i}": f"Type {i}" for i in range(21)}
    fams = {f"Family {k}": [f"t{i}" for i in range(k * 4, min(21, k * 4 + 4))] for k in range(6)}
    monkeypatch.setattr(style, "EVENT_TYPES", types)
    monkeypatch.setattr(style.extract, "EVENT_FAMILIES", fams, raising=False)
    style.type_colors.cache_clear()
    try:
        colors = style.type_colors()
        assert set(colors) == set(types) and len(set(colors.values())) == 21     # distinct shades
        assert style.legend_title("t5", 21) == "Family 1" and style.legend_title("t5", 5) == ""
    finally:
        style.type_colors.cache_clear()


def test_country_names():
    assert style.country_name("BY") == "Belarus" and style.country_name("US") == "United States"
    assert style.country_iso3("BY") == "BLR" and style.country_iso3("VA") == ""      # too small: a dot


def test_filter_counts_match_what_filtering_gives(store):
    counts = actor_counts(store.events)
    for actor in list(counts.index[:8]) + ["Alexander Lukashenko"]:
        assert counts[actor] == len(shown_events(store, Filters(actors=[actor]))), actor
    for col, field in (("type", "types"), ("place_country", "countries"), ("source", "sources")):
        c = option_counts(store.events, col)
        for v in c.index[:5]:
            assert c[v] == len(shown_events(store, Filters(**{field: [v]}))), (col, v)


def test_text_search_matches_the_sentence_unless_the_whole_article_is_asked(store):
    # 'Sochi' is in the travel article: its sentence events, and with whole_article every event
    by_sentence = shown_events(store, Filters(text="Black Sea resort"))
    by_article = shown_events(store, Filters(text="Black Sea resort", whole_article=True))
    assert 0 < len(by_sentence) < len(by_article)
    assert by_article["article_id"].nunique() == 1


def test_empty_state_names_the_filter_that_empties_the_view(store):
    actor = "Vladimir Putin"
    t = next(t for t in store.events["type"].unique()
             if shown_events(store, Filters(types=[t])).shape[0] and
             shown_events(store, Filters(types=[t], actors=[actor])).empty)
    f = Filters(types=[t], actors=[actor])
    msg = why_empty(store, f)
    assert "type filter" in msg or "actor filter" in msg
    assert "date range" not in msg


def test_header_says_what_is_left_out(store):
    f = Filters()
    view = shown_events(store, f)
    words = " ".join(left_out(store, f, view))
    assert len(view) < len(store.events)
    assert "undated event left out" in words          # the seeds' 86th event
    f = Filters(types=["protest"])
    assert "removed by the filters" in " ".join(left_out(store, f, shown_events(store, f)))


def test_timeline_marks_what_lies_outside_the_first_view(store):
    view = shown_events(store, Filters())
    dated = view[view["start"].notna()]
    rng = initial_range(dated)
    text = outside_text(dated, rng)
    before = dated[dated["end"] < rng[0]]         # entirely before the view (a span reaching into it is shown)
    earlier = len(before)
    assert earlier and text.startswith(f"{earlier} earlier events ({before['start'].min().year}")
    fig = timeline_figure(view)
    assert fig.layout.xaxis.rangeslider.visible
    assert any(f"{earlier} earlier" in a.text for a in fig.layout.annotations)


def test_same_day_marks_get_their_own_lanes(store):
    off = lanes(["a", "a", "a", "b"], pd.to_datetime(["2020-09-14"] * 3 + ["2020-09-14"]))
    assert len(set(off[:3])) == 3 and off[3] == 0
    view = shown_events(store, Filters())
    fig = timeline_figure(view)
    marks = [(str(x), round(float(y), 3)) for tr in fig.data if tr.type == "scatter" for x, y in zip(tr.x, tr.y)]
    assert len(marks) == len(set(marks))            # no point drawn on top of another


def test_the_selected_mark_is_ringed(store):
    view = shown_events(store, Filters())
    eid = view[view["start"].notna()]["event_id"].iloc[0]
    fig = timeline_figure(view, eid)
    ring = [tr for tr in fig.data if tr.name == "selected"]
    assert ring and ring[0].marker.symbol == "circle-open"
    assert not fig.layout.shapes          # no vertical band


def test_map_labels_shades_countries_and_frames_every_marker(store):
    view = shown_events(store, Filters())
    fig = map_figure(view, borders_by_url=False)
    labels = [t for tr in fig.data if tr.type == "scattergeo" for t in tr.text if t]
    assert any(t.startswith("Sochi") for t in labels) and any(t.startswith("Minsk") for t in labels)
    shaded = {loc for tr in fig.data[1:] if tr.type == "choropleth" for loc in tr.locations}
    assert "BLR" in shaded and "USA" in shaded
    lon, lat = fig.layout.geo.lonaxis.range, fig.layout.geo.lataxis.range
    g = place_groups(view)
    assert (g["lon"] > lon[0]).all() and (g["lon"] < lon[1]).all()
    assert (g["lat"] > lat[0]).all() and (g["lat"] < lat[1]).all()
    assert fig.layout.uirevision == "map" and fig.layout.geo.uirevision == "map"
    assert "places" in describe_map(view) and "no place" in describe_map(view)


def test_map_follows_the_dark_theme(store):
    view = shown_events(store, Filters())
    assert map_figure(view, dark=True).layout.geo.bgcolor != map_figure(view).layout.geo.bgcolor


def test_many_places_are_clustered_with_counts_and_every_event_reachable():
    import numpy as np
    rng = np.random.default_rng(1)
    n = 3000
    lat, lon = rng.uniform(-50, 70, n).round(3), rng.uniform(-170, 170, n).round(3)
    ev = pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "lat": lat, "lon": lon,
                       "place_key": [f"{a},{o}" for a, o in zip(lat, lon)], "place_name": [f"P{i}" for i in range(n)],
                       "place_country": "FR", "place_feature": "city", "type": "protest",
                       "start": pd.Timestamp("2020-01-01")})
    g = place_groups(ev)
    size = cell_size(g)
    cl = clustered(g, size)
    assert 0 < len(cl) <= 300 and cl["n"].sum() == n
    assert sorted(i for k in cl["place_key"] for i in events_at(ev, k)) == sorted(ev["event_id"])
    fig = map_figure(ev, borders_by_url=False)
    assert sum(len(tr.lat) for tr in fig.data if tr.type == "scattergeo") <= 300
    assert "clusters" in describe_map(ev)


def test_view_bounds_keep_the_maps_aspect():
    lon, lat = view_bounds(pd.DataFrame({"lat": [53.9, 38.9], "lon": [27.5, -77.0]}))
    assert (lon[1] - lon[0]) / (lat[1] - lat[0]) == pytest.approx(2.0, rel=0.05)


def test_table_shows_what_happened_and_country_names(store):
    t = table_frame(shown_events(store, Filters()))
    assert list(t.columns[:2]) == ["date", "what happened"]
    assert "Belarus" in set(t["country"]) and "BY" not in set(t["country"])


def test_import_report_names_every_file(tmp_path):
    from extract.store import append_to_store
    store = tmp_path / "store"
    run([str(ROOT / "seeds" / "000_4a18ea590833d17d.txt")], str(store))
    up = store / "uploads"
    up.mkdir()
    (up / "a.txt").write_text("Title: Storm\nPublished: 2020-10-05\n\nA storm hit Odessa on Monday, officials said.\n")
    (up / "b.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n")
    summary = append_to_store([up / "a.txt", up / "b.pdf"], store)
    rows = file_report(summary, {str(up / "a.txt"): "storm.txt", str(up / "b.pdf"): "report.pdf"},
                       ["huge.html"], 5)
    by = {r[0]: r for r in rows}
    assert by["huge.html"][1:] == ("skipped", "over the 5 MB upload limit")
    assert by["storm.txt"][1] == "added"
    assert by["report.pdf"][1] == "skipped" and "PDF" in by["report.pdf"][2]


def test_upload_limit_is_streamlits(monkeypatch):
    from streamlit import config
    from dashboard.imports import upload_limit_mb
    monkeypatch.setattr(config, "get_option", lambda k: 7 if k == "server.maxUploadSize" else None)
    assert upload_limit_mb() == 7
    text = (ROOT / ".streamlit" / "config.toml").read_text()
    assert "maxUploadSize = 5" in text and 'toolbarMode = "minimal"' in text


def test_a_small_folder_is_extracted_in_one_process(tmp_path, monkeypatch):
    import concurrent.futures
    from extract import pipeline

    def no_pool(*a, **k):
        raise AssertionError("a pool was started for 22 files")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    src = tmp_path / "src"
    src.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(22):
        (src / f"{i:02d}.txt").write_text(seeds[i % len(seeds)].read_text() + f"\n\nCopy {i}.\n")
    summary, _ = run([str(src)], str(tmp_path / "out"), jobs=2)
    assert len(summary.processed) + len(summary.skipped) == 22
    assert pipeline.POOL_MIN_FILES > 22
