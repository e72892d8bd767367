"""The distributed engine: a Dask LocalCluster of 2 worker processes gives the same events as a
single process, in a month-partitioned store that the dashboard reads like the local one."""
import pandas as pd
import pytest

from extract import load_store, run

from conftest import ROOT
from hostile import make_hostile_corpus


@pytest.fixture(scope="module")
def cluster_client():
    from dask.distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def _sorted(df, key):
    return df.sort_values(key).reset_index(drop=True)


def test_dask_equals_single_process(tmp_path, cluster_client):
    from extract import iter_inputs
    from extract.engines import run_dask
    src = tmp_path / "in"
    make_hostile_corpus(src / "hostile")
    for p in (ROOT / "seeds").glob("*.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    run([str(src)], str(tmp_path / "one"), jobs=1)
    summary = run_dask(list(iter_inputs([str(src)])), tmp_path / "dask", chunk=7, client=cluster_client)
    assert len(summary.inputs) == len(list(iter_inputs([str(src)])))
    a, b = load_store(tmp_path / "one"), load_store(tmp_path / "dask")
    assert (tmp_path / "dask" / "store" / "events").is_dir()          # partitioned by month
    assert any(p.name == "month=2020-09" for p in (tmp_path / "dask" / "store" / "events").iterdir())
    pd.testing.assert_frame_equal(_sorted(a["events"], "event_id"), _sorted(b["events"], "event_id"),
                                  check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(_sorted(a["articles"], "article_id"), _sorted(b["articles"], "article_id"))
    pd.testing.assert_frame_equal(a["inputs"], b["inputs"])


def test_dashboard_reads_the_partitioned_store(tmp_path, cluster_client, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from extract import iter_inputs
    from extract.engines import run_dask
    run_dask(list(iter_inputs([str(ROOT / "seeds")])), tmp_path / "out", client=cluster_client)
    monkeypatch.setenv("NEWSMAP_STORE", str(tmp_path / "out"))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception and len(at.dataframe[0].value) > 50


def test_cli_engine_dask(tmp_path):
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "extract", str(ROOT / "seeds"), "-o", str(tmp_path / "out"),
                        "-q", "--engine", "dask"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "18 processed, 0 skipped" in r.stdout
    assert len(load_store(tmp_path / "out")["articles"]) == 18
