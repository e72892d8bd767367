"""The dashboard's figures as plain dicts (built without plotly's per-property validation and
cached by filter state): they still follow plotly's schema, the selection's rings are added
without changing the cached spec, the counts timeline adds up to every dated event, and what
is computed once per store (option counts, the preloaded store) is what filtering gives."""
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.filters import (Filters, shown_events, store_count_map, store_counts, store_type_options,
                               type_options)
from dashboard.map import map_spec, with_map_ring
from dashboard.store import preload, read_store, take_preloaded
from dashboard.timeline import MAX_DRAWN, timeline_counts_spec, timeline_spec, with_timeline_ring
from extract import EVENT_TYPES, run
from extract.store import store_stamp

from conftest import ROOT


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    run([str(ROOT / "seeds")], str(out))
    return out


@pytest.fixture(scope="module")
def store(store_dir):
    return read_store(store_dir)


def many_events(n: int = MAX_DRAWN + 500) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    start = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
    types = np.array(list(EVENT_TYPES))[rng.integers(0, 6, n)]
    lat, lon = rng.uniform(-40, 60, n).round(2), rng.uniform(-120, 140, n).round(2)
    return pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "start": start, "end": start, "type": types,
                         "lat": lat, "lon": lon, "place_key": [f"{a},{o}" for a, o in zip(lat, lon)],
                         "place_name": [f"P{i}" for i in range(n)], "place_country": "FR", "place_feature": "city"})


def plain(x) -> bool:
    """Only dicts, lists and JSON scalars: no plotly object, no numpy array or scalar."""
    if isinstance(x, dict):
        return all(isinstance(k, str) and plain(v) for k, v in x.items())
    if isinstance(x, (list, tuple)):
        return all(plain(v) for v in x)
    return x is None or type(x) in (str, int, float, bool)


@pytest.mark.parametrize("dark", [False, True])
def test_figure_specs_are_plain_dicts_that_plotly_accepts(store, dark):
    view = shown_events(store, Filters())
    for spec in (timeline_spec(view, dark=dark)[0], timeline_spec(view, "actor", dark=dark)[0],
                 map_spec(view, dark=dark), map_spec(many_events(), dark=dark),
                 timeline_counts_spec(many_events(), dark=dark)):
        assert plain(spec)
        # the validation the app skips finds nothing to object to (it raises on any bad property)
        fig = go.Figure(spec)
        assert len(fig.data) == len(spec["data"])


def test_the_rings_are_added_without_changing_the_cached_spec(store):
    view = shown_events(store, Filters())
    spec, marks = timeline_spec(view)
    dated = view[view["start"].notna()]
    eid = dated["event_id"].iloc[0]
    n = len(spec["data"])
    ringed = with_timeline_ring(spec, marks, eid)
    assert len(spec["data"]) == n and ringed["data"][-1]["name"] == "selected"
    x0, x1, y = marks[eid]
    assert ringed["data"][-1]["y"] == [y] and x0 <= ringed["data"][-1]["x"][0] <= x1
    assert with_timeline_ring(spec, marks, "no-such-event") is spec
    located = view[view["lat"].notna()]
    eid = located["event_id"].iloc[0]
    m = map_spec(view)
    ring = with_map_ring(m, view, eid)["data"][-1]
    assert ring["name"] == "selected" and len(m["data"]) == len(with_map_ring(m, view, eid)["data"]) - 1
    assert ring["lat"] == [float(located["lat"].iloc[0])] and ring["lon"] == [float(located["lon"].iloc[0])]
    unlocated = view[view["lat"].isna()]
    if len(unlocated):
        assert with_map_ring(m, view, unlocated["event_id"].iloc[0]) is m


def test_the_counts_timeline_adds_up_to_every_event_and_says_so():
    ev = many_events()
    spec = timeline_counts_spec(ev)
    assert sum(sum(tr["y"]) for tr in spec["data"]) == len(ev)
    assert {tr["stackgroup"] for tr in spec["data"]} == {"counts"}            # stacked, one area per type
    assert len(spec["data"]) == ev["type"].nunique()
    assert spec["layout"]["title"]["text"].startswith(f"{len(ev):,} events per ")
    assert "narrow the filters to see each one" in spec["layout"]["title"]["text"]
    # above MAX_DRAWN the timeline is this counts view, with no marks to ring
    assert timeline_spec(ev)[1] == {} and timeline_spec(ev)[0]["data"][0]["stackgroup"] == "counts"


def test_filters_key_is_the_same_state():
    f = Filters((pd.Timestamp("2020-01-01").date(), pd.Timestamp("2020-12-31").date()), ["A"], ["protest"],
                ["BY"], ["s"], "x", True, False, True)
    k = f.key()
    assert hash(k) is not None and Filters(*k).key() == k
    assert Filters(*k).to_params() == f.to_params()
    assert Filters(date_range=(pd.Timestamp("2020-01-01").date(),)).key()[0] is None      # half-typed range


def test_counts_computed_once_per_store_match_filtering(store):
    for col in ("actors", "type", "place_country", "source"):
        assert store_count_map(store, col) == store_counts(store, col).to_dict()
    assert store_type_options(store) == type_options(store.events)[0]
    assert store_type_options(store, True) == type_options(store.events, True)[0]


def test_a_preloaded_store_is_given_once_for_its_stamp(store_dir):
    preload(store_dir)
    stamp = store_stamp(store_dir)
    assert take_preloaded(str(store_dir), stamp + 1) is None             # an older or newer store: read afresh
    got = take_preloaded(str(store_dir), stamp)
    assert got is not None and len(got.events) == len(read_store(store_dir).events)
    assert take_preloaded(str(store_dir), stamp) is None                 # the app's cache keeps it from then on


def test_the_timeline_by_type_draws_its_marks_as_one_bar_and_one_scatter_trace(store):
    """Rows by type need no legend: one trace per mark kind, each mark keeping its own colour, symbol
    and event id (fewer traces for the browser to draw, twice with the range slider); by actor the
    legend of types stays, a trace per type."""
    view = shown_events(store, Filters())
    spec, marks = timeline_spec(view)
    kinds = [t["type"] for t in spec["data"]]
    assert sorted(kinds) == ["bar", "scatter"], kinds
    ids = [c[0] for t in spec["data"] for c in t["customdata"]]
    assert sorted(ids) == sorted(marks) and len(set(ids)) == len(ids)
    for t in spec["data"]:
        assert len(t["marker"]["color"]) == len(t["x"]) == len(t["hovertext"])
    colors = {c for t in spec["data"] for c in t["marker"]["color"]}
    assert len(colors) > 1
    by_actor = timeline_spec(view, "actor")[0]["data"]
    assert len(by_actor) > 2 and any(t.get("showlegend") for t in by_actor)
