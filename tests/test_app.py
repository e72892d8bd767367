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
    ev = _events(store_dir)
    assert len(_table_ids(app)) == ev["date_start"].notna().sum() + (
        ev["date_start"].isna() & ev["date_end"].notna()).sum()


def test_date_range_filter(app, store_dir):
    app.date_input(key="date_range").set_value((date(2020, 9, 1), date(2020, 9, 30))).run()
    ev = _events(store_dir).set_index("event_id")
    ids = _table_ids(app)
    assert ids
    for i in ids:
        s = ev.loc[i, "date_start"] or ev.loc[i, "date_end"]
        e = ev.loc[i, "date_end"] or ev.loc[i, "date_start"]
        assert s <= "2020-09-30" and e >= "2020-09-01"
    # the drills range (14-25 Sept) is in, the 1990s union state is out
    texts = " ".join(app.dataframe[0].value["event"])
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


def test_map_selection_shows_source(app, store_dir):
    e = _sochi_event(store_dir)
    app.session_state["map"] = PlotlyState(selection=PlotlySelectionState(
        points=[{"customdata": [e["event_id"]]}], point_indices=[0], box=[], lasso=[]))
    app.run()
    assert not app.exception
    from dashboard.data import md_escape
    assert app.subheader[0].value == md_escape("Lukashenko Flies to Russia Amid Western-Backed Riots")
    md = " ".join(m.value for m in app.markdown)
    assert ":orange-background[" in md and "flew to" in md
    assert "**Place** Sochi \\(RU, city\\)" in md


def test_table_selection_shows_source(app, store_dir):
    table = app.dataframe[0].value
    target = [i for i, t in zip(table.index, table["event"]) if "paratroopers" in t][0]
    row = list(table.index).index(target)
    app.session_state["table"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    md = " ".join(m.value for m in app.markdown)
    assert "**Date** 2020\\-09\\-14 → 2020\\-09\\-25" in md and "**Place** Belarus" in md


def test_untrusted_text_is_inert():
    from dashboard.data import highlighted_markdown
    text = 'Hello <script>alert(1)</script> [click](http://evil) **bold** :red[x]. Next.'
    md = highlighted_markdown(text, (0, 10), [])
    assert "<script>" not in md and "](http" not in md and ":red[" not in md
