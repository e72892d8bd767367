"""One event reported by several outlets is one cluster."""
from extract import EVENT_TYPES, load_store, run

REPORT = "Title: {title}\nSource: {source}\nPublished: 2020-08-17\n\n{body}\n"


def _write(folder, name, source, body):
    (folder / name).write_text(REPORT.format(title=name, source=source, body=body))


def test_same_event_from_three_outlets_is_one_cluster(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", "Outlet A", "Police detained 50 protesters in Minsk on Sunday, the ministry said.")
    _write(src, "b.txt", "Outlet B", "On Sunday police in Minsk detained dozens of protesters, witnesses said.")
    _write(src, "c.txt", "Outlet C", "Dozens of protesters were detained by police in Minsk, Belarus, on Sunday.")
    # same day and type, but elsewhere: not the same event
    _write(src, "d.txt", "Outlet D", "Police detained 20 protesters in Vladivostok on Sunday, officials said.")
    run([str(src)], str(tmp_path / "out"))
    ev = load_store(tmp_path / "out")["events"]
    arts = load_store(tmp_path / "out")["articles"].set_index("article_id")["source"]
    arrests = ev[ev["type"] == "arrest"].assign(source=lambda d: d["article_id"].map(arts))
    minsk = arrests[arrests["place_name"] == "Minsk"]
    assert set(minsk["source"]) == {"Outlet A", "Outlet B", "Outlet C"}
    assert minsk["cluster_id"].nunique() == 1
    vlad = arrests[arrests["source"] == "Outlet D"]
    assert len(vlad) == 1 and vlad["cluster_id"].iloc[0] not in set(minsk["cluster_id"])


def test_reports_added_in_later_runs_join_the_cluster(tmp_path, monkeypatch):
    """The store is rewritten month by month from the old store and the new batches: a report
    added by a later run, in another batch, joins the cluster of the earlier ones."""
    from extract import store as S
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", "Outlet A", "Police detained 50 protesters in Minsk on Sunday, the ministry said.")
    _write(src, "z.txt", "Outlet Z", "A storm hit Lisbon on 3 March 2019, officials said.")
    run([str(src)], str(tmp_path / "out"))
    _write(src, "b.txt", "Outlet B", "On Sunday police in Minsk detained dozens of protesters, witnesses said.")
    monkeypatch.setattr(S, "CLUSTER_GROUP", 1)         # each month clustered on its own
    run([str(src)], str(tmp_path / "out"))
    ev = load_store(tmp_path / "out")["events"]
    arrests = ev[ev["type"] == "arrest"]
    assert arrests["article_id"].nunique() == 2 and arrests["cluster_id"].nunique() == 1
    assert ev["cluster_id"].notna().all() and ev["event_id"].is_unique


def test_every_event_has_a_cluster(tmp_path):
    from conftest import ROOT
    run([str(ROOT / "seeds")], str(tmp_path / "out"))
    ev = load_store(tmp_path / "out")["events"]
    assert ev["cluster_id"].notna().all()
    singles = ev[ev["cluster_id"] == ev["event_id"]]
    assert len(singles) >= len(ev) * 0.8     # the seeds mostly tell different events


def test_dashboard_shows_a_cluster_once_with_its_sources(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", "Outlet A", "Police detained 50 protesters in Minsk on Sunday, the ministry said.")
    _write(src, "b.txt", "Outlet B", "On Sunday police in Minsk detained dozens of protesters, witnesses said.")
    _write(src, "c.txt", "Outlet C", "Dozens of protesters were detained by police in Minsk, Belarus, on Sunday.")
    run([str(src)], str(tmp_path / "out"))
    monkeypatch.setenv("NEWSMAP_STORE", str(tmp_path / "out"))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    rows = at.dataframe[0].value
    arrests = rows[rows["type"] == EVENT_TYPES["arrest"]]
    assert len(arrests) == 1 and arrests["sources"].iloc[0] == 3
    at.session_state["table"] = {"selection": {"rows": [list(rows.index).index(arrests.index[0])], "columns": []}}
    at.run()
    pick = [s for s in at.selectbox if s.label.startswith("Reported by")]
    assert pick and pick[0].label == "Reported by 3 sources" and len(pick[0].options) == 3
    other = [o for o in pick[0].options if "Outlet" in o]
    assert len(other) == 3


def test_cluster_column_gives_the_clusters_of_cluster_ids():
    """The store clusters with ``cluster_column`` (only the reports that can match go through
    pandas): the same cluster ids as ``cluster_ids`` on the whole table, including buckets over
    MAX_BUCKET, negated, undated and coarse reports, and ranges."""
    import random

    import pyarrow as pa

    from extract.cluster import MAX_BUCKET, cluster_column, cluster_ids
    from extract.store import EVENTS_SCHEMA
    rnd = random.Random(7)
    rows = []
    for i in range(3 * MAX_BUCKET + 500):
        day = rnd.choice(["2020-09-13", "2020-09-14", "2020-09-14T10:00", None])
        rows.append({"event_id": f"e{i:05d}", "article_id": f"a{rnd.randrange(400)}",
                     "type": rnd.choice(["arrest", "arrest", "protest", "meeting"]),
                     "date_start": day, "date_end": rnd.choice([day, "2020-09-15", None]),
                     "granularity": rnd.choice(["day", "day", "time", "mixed", "month", None]),
                     "lat": rnd.choice([53.9, 53.91, None, 55.7]), "lon": 27.56,
                     "place_country": rnd.choice(["BY", "BY", None, "RU"]),
                     "place_precision": rnd.choice(["city", "point", "country", None]),
                     "actors": rnd.sample(["police", "protesters", "Lukashenko", "NATO"], rnd.randrange(3)),
                     "modality": rnd.choice(["asserted", "asserted", "negated", None])})
    for r in rows:
        if r["lat"] is None:
            r["lon"] = None
    table = pa.Table.from_pylist(rows, schema=pa.schema([EVENTS_SCHEMA.field(c) for c in rows[0]]))
    want = cluster_ids(table.to_pandas()).tolist()
    assert len(set(want)) < len(want) - 100                  # many reports clustered
    assert cluster_column(table).to_pylist() == want
    assert cluster_column(table.slice(0, 0)).to_pylist() == []
