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
