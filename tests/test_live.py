"""The dashboard follows a changing store (dashboard/live.py): AppTest and a real browser."""
from __future__ import annotations

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
    assert f"of {len(load_store(out)['events']):,} events" in " ".join(captions)


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
