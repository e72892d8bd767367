"""The dashboard under streamlit.testing (AppTest): filters and injected selections."""
from datetime import date
from pathlib import Path

import pytest
from streamlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from streamlit.testing.v1 import AppTest

from extract import load_store

from conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from extract import run
    out = tmp_path_factory.mktemp("store")
    run([str(ROOT / "seeds")], str(out))
    return out


@pytest.fixture
def app(store_dir, monkeypatch):
    monkeypatch.setenv("NEWSMAP_STORE", str(store_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _table_ids(at):
    return list(at.dataframe[0].value.index)


def _events(store_dir):
    return load_store(store_dir)["events"]


def test_opens_on_all_dated_events(app, store_dir):
    """Every dated event, one row per happening (the reports of one happening, a cluster, share a row)."""
    ev = _events(store_dir)
    dated = ev[ev["date_start"].notna() | ev["date_end"].notna()]
    assert len(_table_ids(app)) == dated["cluster_id"].fillna(dated["event_id"]).nunique()


def test_date_range_filter(app, store_dir):
    app.date_input(key="date_range").set_value((date(2020, 9, 1), date(2020, 9, 30))).run()
    ev = _events(store_dir).set_index("event_id")
    ids = _table_ids(app)
    assert ids
    for i in ids:
        # (an open start, "some time before", is missing: NaN in the frame)
        s = ev.loc[i, "date_start"] if isinstance(ev.loc[i, "date_start"], str) else ev.loc[i, "date_end"]
        e = ev.loc[i, "date_end"] if isinstance(ev.loc[i, "date_end"], str) else ev.loc[i, "date_start"]
        assert s <= "2020-09-30" and e >= "2020-09-01"
    # the drills range (14-25 Sept) is in, the 1990s union state is out
    texts = " ".join(app.dataframe[0].value["what happened"])
    assert "paratroopers" in texts and "union state" not in texts


def test_actor_filter(app, store_dir):
    app.multiselect(key="actors").select("Vladimir Putin").run()
    ev = _events(store_dir).set_index("event_id")
    ids = _table_ids(app)
    assert ids and all("Vladimir Putin" in list(ev.loc[i, "actors"]) for i in ids)
    app.multiselect(key="actors").select("Russia").run()   # either actor
    ids2 = _table_ids(app)
    assert len(ids2) > len(ids)


def test_date_and_actor_together(app):
    app.date_input(key="date_range").set_value((date(2020, 9, 14), date(2020, 9, 14)))
    app.multiselect(key="actors").select("Alexander Lukashenko").run()
    rows = app.dataframe[0].value
    assert len(rows) >= 1
    assert all("Alexander Lukashenko" in a for a in rows["actors"])


def test_no_match_empty_state(app):
    app.multiselect(key="types").select("death")
    app.multiselect(key="actors").select("NATO").run()
    assert any("No events match" in i.value for i in app.info)


def _sochi_event(store_dir):
    ev = _events(store_dir)
    return ev[(ev["trigger"] == "flew") & (ev["place_name"] == "Sochi")].iloc[0]


def test_map_selection_lists_the_place_and_shows_source(app, store_dir):
    from dashboard.map import place_groups
    from dashboard.source import md_escape
    from dashboard.store import read_store
    e = _sochi_event(store_dir)
    events = read_store(store_dir).events
    key = events.loc[events["event_id"] == e["event_id"], "place_key"].iloc[0]
    sochi = place_groups(events).set_index("place_key").loc[key].to_dict() | {"place_key": key}
    app.session_state["map"] = PlotlyState(selection=PlotlySelectionState(
        points=[{"customdata": [sochi["place_key"]]}], point_indices=[0], box=[], lasso=[]))
    app.run()
    assert not app.exception
    # every event at Sochi stays reachable from the list of the clicked place
    pick = app.selectbox(key="place_pick")
    assert len(pick.options) == sochi["n"] > 1
    assert pick.label.startswith(f"{sochi['n']} events at Sochi")
    app.selectbox(key="place_pick").set_value(e["event_id"]).run()
    assert app.subheader[0].value == md_escape("Lukashenko Flies to Russia Amid Western-Backed Riots")
    md = " ".join(m.value for m in app.markdown)
    assert ":orange-background[" in md and "flew to" in md
    assert "**Place** Sochi \\(Russia, city\\)" in md
    assert app.query_params["event"] == e["event_id"]      # the selection is in the shareable URL


def test_table_selection_shows_source(app, store_dir):
    table = app.dataframe[0].value
    target = [i for i, t in zip(table.index, table["what happened"]) if "paratroopers" in t][0]
    row = list(table.index).index(target)
    app.session_state["table"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    md = " ".join(m.value for m in app.markdown)
    assert "**Date** 2020\\-09\\-14 → 2020\\-09\\-25" in md and "**Place** Belarus" in md


def test_untrusted_text_is_inert():
    from dashboard.source import highlighted_markdown
    text = 'Hello <script>alert(1)</script> [click](http://evil) **bold** :red[x]. Next.'
    md = highlighted_markdown(text, (0, 10), [])
    assert "<script>" not in md and "](http" not in md and ":red[" not in md


def test_country_source_and_text_filters(app, store_dir):
    ev = _events(store_dir).set_index("event_id")
    app.multiselect(key="countries").select("BY").run()
    ids = _table_ids(app)
    assert ids and all(ev.loc[i, "place_country"] == "BY" for i in ids)
    app.multiselect(key="countries").unselect("BY")
    app.multiselect(key="sources").select("kayhan.ir").run()
    assert {r for r in app.dataframe[0].value["source"]} == {"kayhan.ir"}
    app.multiselect(key="sources").unselect("kayhan.ir")
    app.text_input(key="text").input("paratroopers").run()
    rows = app.dataframe[0].value
    # the sentence or the article contains the words: here the founding article's events
    assert len(rows) >= 1 and set(rows["source"]) == {"kayhan.ir"}


def test_filters_travel_in_the_url(store_dir, monkeypatch):
    monkeypatch.setenv("NEWSMAP_STORE", str(store_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["actors"] = "Vladimir Putin"
    at.query_params["from"] = "2020-09-01"
    at.query_params["to"] = "2020-09-30"
    at.query_params["q"] = "drills"
    at.run()
    assert not at.exception
    assert at.multiselect(key="actors").value == ["Vladimir Putin"]
    assert at.date_input(key="date_range").value == (date(2020, 9, 1), date(2020, 9, 30))
    assert at.text_input(key="text").value == "drills"
    at.multiselect(key="types").select("military").run()
    assert at.query_params["types"] == "military" and at.query_params["actors"] == "Vladimir Putin"


def test_reset_clears_filters(app):
    app.multiselect(key="actors").select("NATO").run()
    app.sidebar.button[0].click().run()
    assert app.multiselect(key="actors").value == []


def test_timeline_by_actor(app):
    app.radio(key="group_by").set_value("actor").run()
    assert not app.exception


def test_export_buttons_present(app):
    labels = [b.label for b in app.get("download_button")]
    assert labels == ["CSV (ACLED-like)", "GeoJSON", "TimelineJS JSON"]


def test_facts_only_hides_what_was_only_planned_or_reported(app, store_dir):
    ev = _events(store_dir).set_index("event_id")
    before = _table_ids(app)
    assert any(ev.loc[i, "modality"] != "asserted" for i in before)
    app.checkbox(key="facts").check().run()
    after = _table_ids(app)
    assert after and all(ev.loc[i, "modality"] == "asserted" for i in after)
    assert "paratroopers" not in " ".join(app.dataframe[0].value["what happened"])   # "was to send": planned
    assert app.query_params["facts"] == "1"


def test_minimum_confidence_hides_less_likely_events(app, store_dir):
    ev = _events(store_dir).set_index("event_id")
    before = _table_ids(app)
    assert any(ev.loc[i, "confidence"] < 0.6 for i in before)
    app.slider(key="min_conf").set_value(0.6).run()
    after = _table_ids(app)
    assert after and len(after) < len(before) and all(ev.loc[i, "confidence"] >= 0.6 for i in after)
    assert app.query_params["conf"] == "0.60"
    app.slider(key="min_conf").set_value(0.0).run()


def test_empty_state_blames_the_filter_that_empties_the_view(app):
    app.multiselect(key="types").select("death")
    app.multiselect(key="actors").select("NATO").run()
    msg = " ".join(i.value for i in app.info)
    assert "type filter" in msg or "actor filter" in msg
    assert "date range" not in msg


def test_header_says_what_the_view_leaves_out(app, store_dir):
    from dashboard.filters import Filters, shown_events
    from dashboard.store import read_store
    from dashboard.timeline import initial_range, outside_text
    store = read_store(store_dir)
    view = shown_events(store, Filters())
    undated = int(store.events["start"].isna().sum())
    header = " ".join(c.value for c in app.caption)
    assert f"{len(view)} events" in header and f"{len(store.events)} reports in the store" in header
    assert undated and f"{undated} undated event" in header
    dated = view[view["start"].notna()]
    left_out = outside_text(dated, initial_range(dated))
    assert left_out and left_out in header              # the timeline's first view says what it leaves out


def test_an_import_redraws_counts_and_date_bounds_at_once(tmp_path, monkeypatch):
    """After a folder import, the same run shows the new counts, and a date range that covered
    the store grows to the new events' dates (they are not filtered out)."""
    from extract import run
    out = tmp_path / "out"
    run([str(ROOT / "seeds" / "000_4a18ea590833d17d.txt")], str(out))
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Title: Storm\nPublished: 2021-10-05\n\n"
                                "A storm hit Odessa on Monday, officials said.\n")
    monkeypatch.setenv("NEWSMAP_STORE", str(out))
    monkeypatch.setenv("NEWSMAP_IMPORT_ROOTS", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    before = len(at.dataframe[0].value)
    old_end = at.date_input(key="date_range").value[1]
    at.text_input(key="folder_path").input(str(news)).run()
    at.button(key="folder_go").click().run()
    assert not at.exception
    assert any("1 processed, 0 skipped" in s.value for s in at.success)
    assert len(at.dataframe[0].value) > before                      # no further click needed
    assert at.date_input(key="date_range").value[1] > old_end
    assert any("storm" in t.lower() for t in at.dataframe[0].value["what happened"])


def _chart_specs(at):
    import json
    return [json.loads(e.proto.spec) for e in at.get("plotly_chart")]


def test_a_filter_state_is_drawn_the_same_in_every_session_and_after_a_click(app, store_dir, monkeypatch):
    """The figures come from a cache keyed by the filter state: another session with the same
    filters gets the same charts, a filter change new ones, and a selection only adds its ring."""
    app.multiselect(key="types").select("protest").run()
    first = _chart_specs(app)
    other = AppTest.from_file(APP, default_timeout=60)
    other.run()
    assert _chart_specs(other) != first                      # all events: other charts
    other.multiselect(key="types").select("protest").run()
    assert _chart_specs(other) == first
    eid = first[0]["data"][0]["customdata"][0][0]
    other.session_state["timeline"] = PlotlyState({"selection": PlotlySelectionState(
        {"points": [{"customdata": [eid]}], "point_indices": [0], "box": [], "lasso": []})})
    other.run()
    ringed = _chart_specs(other)
    assert ringed[0]["data"][:-1] == first[0]["data"] and ringed[0]["data"][-1]["name"] == "selected"
    assert ringed[0]["layout"] == first[0]["layout"]
