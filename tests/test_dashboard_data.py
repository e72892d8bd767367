"""The dashboard's logic without Streamlit: filters, places, exports, store appends."""
import csv
import io
import json
from datetime import date

import pytest

from dashboard.exports import ACLED_COLUMNS, to_acled_csv, to_geojson, to_timelinejs
from dashboard.filters import Filters, filter_events
from dashboard.imports import checked_folder
from dashboard.map import events_at, place_groups
from dashboard.source import published_label
from dashboard.store import read_store, when_column
from dashboard.table import table_frame
from dashboard.timeline import timeline_counts, timeline_counts_figure, timeline_figure
from extract import load_store, run
from extract.store import append_to_store

from conftest import ROOT


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    run([str(ROOT / "seeds")], str(out))
    return read_store(out)


def test_actor_filter_by_index_equals_scan(store):
    ev = store.events
    for actors in (["Russia"], ["Vladimir Putin", "NATO"], ["nobody"]):
        fast = filter_events(ev, actors=actors, store=store)
        slow = filter_events(ev, actors=actors)
        assert list(fast["event_id"]) == list(slow["event_id"])


def test_date_overlap_keeps_ranges_and_coarse_dates(store):
    v = filter_events(store.events, (date(2020, 9, 20), date(2020, 9, 20)))
    # the drills (14-25 September) overlap one day in the middle of the range
    assert any("paratroopers" in s for s in v["summary"])
    v = filter_events(store.events, (date(1995, 6, 1), date(1995, 6, 1)))
    assert any("union state" in s for s in v["summary"])       # "the 1990s" covers 1995


def test_place_groups_keep_every_event(store):
    g = place_groups(store.events)
    located = store.events[store.events["lat"].notna()]
    assert g["n"].sum() == len(located)
    ids = [i for k in g["place_key"] for i in events_at(store.events, k)]
    assert sorted(ids) == sorted(located["event_id"])
    minsk = g[g["place_name"] == "Minsk"]
    assert len(minsk) == 1 and minsk["n"].iloc[0] >= 2
    at = store.events.set_index("event_id").loc[events_at(store.events, minsk["place_key"].iloc[0])]
    assert list(at["start"]) == sorted(at["start"], reverse=True)     # newest first


def test_when_column(store):
    w = dict(zip(store.events["trigger"], store.events["when"]))
    assert w["paratroopers"] == "2020-09-14 → 2020-09-25"
    assert w["proclaimed"] == "1990s"                     # "proclaimed a union state in the 1990s"
    assert w["set up"] == "2020-08"                       # "set up ... last month"


def test_when_column_names_centuries():
    import pandas as pd
    ev = pd.DataFrame({"date_start": ["1000-01-01", "1900-01-01", "2000-01-01"],
                       "date_end": ["1099-12-31", "1999-12-31", "2099-12-31"], "granularity": "century"})
    assert list(when_column(ev)) == ["11th century", "20th century", "21st century"]


def test_table_shows_the_newest_events_first(store):
    view = filter_events(store.events, include_undated=True)
    table = table_frame(view)
    starts = view.set_index("event_id").loc[table.index, "start"]
    dated = starts.dropna()
    assert list(dated) == sorted(dated, reverse=True) and starts.isna().sum() == len(starts) - len(dated)
    assert starts.iloc[-1:].isna().all() or starts.notna().all()      # undated ones last
    few = table_frame(view, limit=5)
    assert list(few.index) == list(table.index[:5])


def test_filters_round_trip_through_params():
    f = Filters((date(2020, 9, 1), date(2020, 9, 30)), ("Vladimir Putin", "Russia"), ("military",),
                  ("BY",), ("kayhan.ir",), "drills", True, True)
    assert Filters.from_params(f.to_params()) == f
    assert Filters.from_params({"from": "not a date", "to": "2020-01-01"}).date_range is None


def test_acled_csv(store):
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(store.events, store))))
    assert len(rows) == len(store.events)
    drills = next(r for r in rows if "paratroopers" in r["notes"])
    assert (drills["event_date"], drills["date_end"], drills["time_precision"]) == ("2020-09-14", "2020-09-25", "1")
    assert drills["country"] == "BY" and drills["geo_precision"] == "3" and drills["source"] == "kayhan.ir"
    assert set(rows[0]) == set(ACLED_COLUMNS)


def test_geojson(store):
    gj = json.loads(to_geojson(store.events))
    assert gj["type"] == "FeatureCollection"
    assert len(gj["features"]) == store.events["lat"].notna().sum()
    sochi = next(f for f in gj["features"] if f["properties"]["place"] == "Sochi")
    lon, lat = sochi["geometry"]["coordinates"]
    assert abs(lat - 43.6) < 0.1 and abs(lon - 39.73) < 0.1


def test_timelinejs(store):
    tl = json.loads(to_timelinejs(store.events, store))
    slides = {s["unique_id"]: s for s in tl["events"]}
    drills = next(s for s in tl["events"] if "paratroopers" in s["text"]["text"])
    assert drills["start_date"] == {"year": "2020", "month": "9", "day": "14"}
    assert drills["end_date"] == {"year": "2020", "month": "9", "day": "25"}
    union = next(s for s in tl["events"] if "union state" in s["text"]["text"])
    assert union["start_date"] == {"year": "1990"}          # a decade: no month or day invented
    assert len(slides) == store.events["start"].notna().sum()


def test_append_to_store_adds_once(tmp_path):
    out = tmp_path / "out"
    run([str(ROOT / "seeds" / "000_4a18ea590833d17d.txt")], str(out))
    n0 = len(load_store(out)["articles"])
    extra = tmp_path / "new.txt"
    extra.write_text("Title: Storm\nPublished: 2020-10-01\n\nA storm hit Odessa on Monday, officials said.\n")
    summary = append_to_store([extra, ROOT / "seeds" / "000_4a18ea590833d17d.txt"], out)
    assert len(summary.processed) == 2
    t = load_store(out)
    assert len(t["articles"]) == n0 + 1                   # the seed article is kept once
    assert t["articles"]["article_id"].is_unique
    assert t["events"]["event_id"].is_unique


def test_checked_folder_refuses_paths_outside_the_roots(tmp_path):
    root = tmp_path / "allowed"
    (root / "news").mkdir(parents=True)
    (tmp_path / "secret").mkdir()
    (root / "link").symlink_to(tmp_path / "secret")
    ok, why = checked_folder(str(root / "news"), [root])
    assert ok == (root / "news").resolve() and why == ""
    for bad in (str(root / ".." / "secret"), str(root / "link"), "/etc", str(root / "missing"), "", "a\x00b"):
        folder, why = checked_folder(bad, [root])
        assert folder is None and why, bad
    f = root / "file.txt"
    f.write_text("x")
    assert checked_folder(str(f), [root]) == (None, "not a folder")


def test_app_adds_a_folder(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest
    out = tmp_path / "out"
    run([str(ROOT / "seeds" / "000_4a18ea590833d17d.txt")], str(out))
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Title: Storm\nPublished: 2020-10-05\n\nA storm hit Odessa on Monday, officials said.\n")
    monkeypatch.setenv("NEWSMAP_STORE", str(out))
    monkeypatch.setenv("NEWSMAP_IMPORT_ROOTS", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.text_input(key="folder_path").input("/etc").run()
    at.button(key="folder_go").click().run()
    assert any("outside the folders" in e.value for e in at.error)
    at.text_input(key="folder_path").input(str(news)).run()
    at.button(key="folder_go").click().run()
    assert any("1 processed, 0 skipped" in s.value for s in at.success)
    assert "Storm" in set(load_store(out)["articles"]["title"])


def _dated(starts):
    import pandas as pd
    start = pd.to_datetime(pd.Series(starts))
    return pd.DataFrame({"start": start, "end": start, "type": "statement", "event_id": [str(i) for i in range(len(starts))]})


@pytest.mark.parametrize("starts,unit", [
    (["2020-08-%02d" % (1 + i % 28) for i in range(50)], "week"),
    (["%d-%02d-01" % (1989 + i % 30, 1 + i % 12) for i in range(300)] + ["1001-01-01"], "month"),
    (["%d-01-01" % (1800 + i) for i in range(200)], "year"),
    (["%d-01-01" % (1000 + 5 * i) for i in range(200)], "decade"),
])
def test_counts_timeline_bins_by_the_span_of_most_events(starts, unit):
    ev = _dated(starts)
    counts, got, _ = timeline_counts(ev)
    assert got == unit and counts["n"].sum() == len(ev)
    fig = timeline_counts_figure(ev)
    assert f"events per {unit}" in fig.layout.title.text
    if unit == "month":                     # the 11th-century outlier is off the first view
        assert str(fig.layout.xaxis.range[0]) > "1900"


def test_timeline_draws_what_is_not_fact_hollow(store):
    view = filter_events(store.events, include_undated=False)
    fig = timeline_figure(view)
    symbols = [s for tr in fig.data if tr.type == "scatter" for s in tr.marker.symbol]
    assert any(s.endswith("-open") for s in symbols) and any(not s.endswith("-open") for s in symbols)
    patterns = [p for tr in fig.data if tr.type == "bar" for p in tr.marker.pattern.shape]
    assert "." in patterns          # the planned drills range


def test_texts_and_mentions_are_read_one_article_at_a_time(tmp_path, monkeypatch):
    """The dashboard holds no article text: it reads one article's text and mentions from the
    row groups the store's index names. The store is written batch by batch (the old store,
    then the new articles), so the index, not a global sort, is what finds an article."""
    import pyarrow.parquet as pq
    from extract import run, store as S
    monkeypatch.setattr(S, "ROW_GROUP", 3)
    monkeypatch.setattr(S, "INDEX_GROUP", 4)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    run([str(p) for p in seeds[:9]], str(tmp_path))
    run([str(p) for p in seeds], str(tmp_path))          # streams the old store, adds 9 articles
    path = S.store_path(tmp_path)
    arts = pq.ParquetFile(path / "articles.parquet")
    assert arts.num_row_groups >= 6
    index = pq.read_table(path / "index.parquet").to_pandas().set_index("article_id")
    ids = pq.read_table(path / "articles.parquet", columns=["article_id"]).column(0).to_pylist()
    assert sorted(ids) == sorted(index.index) and len(set(ids)) == 18 == len(ids)
    assert ids != sorted(ids)                           # two batches: not one global order
    mentions = pq.read_table(path / "mentions.parquet").to_pandas()
    for a in ids:
        first, last = index.loc[a, "articles_first"], index.loc[a, "articles_last"]
        assert first == last and a in arts.read_row_group(int(first), ["article_id"]).column(0).to_pylist()
        got = S.article_rows(tmp_path, "mentions", a, ["kind", "start", "end"])
        want = mentions[mentions["article_id"] == a][["kind", "start", "end"]]
        assert got.values.tolist() == want.values.tolist()
        assert index.loc[a, "mentions_last"] - index.loc[a, "mentions_first"] <= len(want) // 3 + 1
    assert S.article_rows(tmp_path, "mentions", "no-such-article", ["kind"]).empty
    store = read_store(tmp_path)
    assert "text" not in store.articles.columns
    founding = next(i for i in ids if store.articles.loc[i, "source"] == "kayhan.ir")
    assert "Sochi" in store.article_text(founding)
    m = store.mentions_of(founding)
    assert len(m) and set(m["article_id"]) == {founding}
    assert founding in store.articles_containing("paratroopers")
    assert store.articles_containing("no article says zyzzyva") == set()


def test_a_store_without_index_is_read_by_pushed_down_filters(tmp_path):
    """Stores written before the index existed (by pandas, in large strings, without the newer
    columns) still open, and are taken over and given an index when rewritten."""
    import pandas as pd
    from extract import run, store as S
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    run([str(p) for p in seeds[:3]], str(tmp_path))
    path = S.store_path(tmp_path)
    (path / "index.parquet").unlink()
    for name in ("articles", "events", "mentions"):
        df = pd.read_parquet(path / f"{name}.parquet")
        if name == "events":
            df = df.drop(columns=["actor2", "cluster_id"])
        df.to_parquet(path / f"{name}.parquet", index=False)
    a = S.load_store(tmp_path, ("articles",))["articles"]["article_id"][0]
    assert len(S.article_rows(tmp_path, "mentions", a, ["kind"]))
    run([str(p) for p in seeds[:4]], str(tmp_path))
    assert (S.store_path(tmp_path) / "index.parquet").exists()
    assert len(S.article_rows(tmp_path, "mentions", a, ["kind"]))
    t = S.load_store(tmp_path)
    assert len(t["articles"]) == 4 and t["articles"]["article_id"].is_unique
    assert t["events"]["cluster_id"].notna().all() and "actor2" in t["events"]


@pytest.mark.parametrize("published,flags,label", [
    ("2020-09-14T21:43", ["x"], "published 2020-09-14T21:43"),
    ("2020-09-16", ["publication_date_from_file_name"], "published 2020-09-16 (from the file name)"),
    ("2020-09-14", ["publication_date_from_dateline"], "published 2020-09-14 (from the dateline)"),
    (None, ["no_publication_date"], "no publication date (its relative dates are left unresolved)"),
])
def test_the_source_panel_says_where_the_publication_date_came_from(published, flags, label):
    assert published_label(published, flags) == label


def test_the_minimum_confidence_hides_less_likely_events_and_travels_in_the_link():
    import pandas as pd
    from dashboard.filters import Filters, filter_events
    ev = pd.DataFrame({"start": pd.to_datetime(["2020-09-14", "2020-09-15", "2020-09-16"]),
                       "end": pd.to_datetime(["2020-09-14", "2020-09-15", "2020-09-16"]),
                       "actors": [[], [], []], "modality": ["asserted"] * 3, "type": ["travel"] * 3,
                       "place_country": ["BY"] * 3, "source": ["x"] * 3, "summary": ["a", "b", "c"],
                       "confidence": [0.2, 0.8, 0.95], "article_id": ["1", "2", "3"]})
    assert len(filter_events(ev, min_confidence=0.8)) == 2
    assert len(filter_events(ev)) == 3
    f = Filters(min_confidence=0.8)
    assert f.to_params()["conf"] == "0.80"
    assert Filters.from_params(f.to_params()).min_confidence == 0.8
    assert Filters(*f.key()) == f
    assert Filters.from_params({"conf": "nonsense"}).min_confidence == 0.0
