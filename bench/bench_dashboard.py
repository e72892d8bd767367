"""Dashboard benchmark: a synthetic store of 100,000 and 1,000,000 events.

    .venv/bin/python bench/bench_dashboard.py [--sizes 100000 1000000] [--runs 7] [--browser]

For each size: store load (read_store), and the time from a filter change to the data being
ready for the charts (filter + place groups + weekly timeline counts + table rows), median of
--runs over a set of filter changes (date range, actor, type, country, text); resident memory
after loading. With --browser: the app's cold start on seeds/ to the first full render in
Debian's chromium (median of 3). Not a test: run on demand.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from common import ROOT, machine, median, timed

from dashboard.filters import Filters, filter_events
from dashboard.map import place_groups
from dashboard.store import Store, read_store
from dashboard.table import table_frame
from dashboard.timeline import MAX_DRAWN, timeline_counts
from extract import EVENT_TYPES
from extract.store import SCHEMAS, _Writer, _write_index


def synthetic_store(folder: Path, n: int, seed: int = 0) -> Path:
    """n events over 2,000 articles, 5 years, 3,000 places and 5,000 actors."""
    rng = np.random.default_rng(seed)
    n_art = 2000
    arts = pd.DataFrame({
        "article_id": [f"a{i:06d}" for i in range(n_art)], "source": [f"source {i % 40}" for i in range(n_art)],
        "url": "", "title": [f"Article {i}" for i in range(n_art)], "published": "2020-01-01",
        "published_granularity": "day", "language": "en", "path": "",
        "text": ["Officials met in the capital on Monday and said the talks would go on. " * 20] * n_art,
        "filing_place": None, "dateline_end": 0, "flags": [[] for _ in range(n_art)]})
    start = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    length = np.where(rng.random(n) < 0.2, rng.integers(1, 60, n), 0)
    end = start + pd.to_timedelta(length, unit="D")
    gran = np.where(rng.random(n) < 0.1, "month", "day")
    place = rng.integers(0, 3000, n)
    has_place = rng.random(n) < 0.7
    actors_pool = np.array([f"Actor {i}" for i in range(5000)])
    a1 = actors_pool[rng.zipf(1.3, n) % 5000]
    a2 = actors_pool[rng.integers(0, 5000, n)]
    types = np.array(list(EVENT_TYPES))[rng.integers(0, len(EVENT_TYPES), n)]
    countries = np.array(["BY", "RU", "US", "GB", "UA", "FR", "DE", "CN"])[place % 8]
    ev = pd.DataFrame({
        "event_id": [f"e{i:08d}" for i in range(n)], "article_id": [f"a{i % n_art:06d}" for i in range(n)],
        "type": types, "summary": [f"Event {i} happened at place {p}" for i, p in zip(range(n), place)],
        "trigger": "met", "trigger_start": 0, "trigger_end": 3, "sentence_start": 0, "sentence_end": 60,
        "date_start": start.strftime("%Y-%m-%d"), "date_end": end.strftime("%Y-%m-%d"), "granularity": gran,
        "timex_text": "Monday", "timex_value": start.strftime("%Y-%m-%d"), "date_resolution": "own-timex",
        "place_name": np.where(has_place, np.char.add("Place ", place.astype(str)), None),
        "place_text": None, "place_start": None, "place_end": None,
        "place_country": np.where(has_place, countries, None),
        "lat": np.where(has_place, (place % 140) - 60 + 0.5, np.nan),
        "lon": np.where(has_place, (place * 7 % 340) - 170 + 0.5, np.nan),
        "place_feature": "city", "place_precision": "city", "geonameid": None,
        "actors": [[x, y] for x, y in zip(a1, a2)], "confidence": 0.7, "modality": "asserted",
        "why_date": "", "why_place": "", "cluster_id": None})
    out = folder / "store"
    out.mkdir(parents=True)
    ev.to_parquet(out / "events.parquet", index=False)
    # articles and mentions through the store's own writers, with its index (as a run writes them)
    import pyarrow as pa
    writers = {name: _Writer(out / f"{name}.parquet", SCHEMAS[name]) for name in ("articles", "mentions")}
    writers["articles"].add(pa.Table.from_pandas(arts, schema=SCHEMAS["articles"], preserve_index=False))
    writers["mentions"].add(SCHEMAS["mentions"].empty_table())
    _write_index(out / "index.parquet", {name: w.close() for name, w in writers.items()})
    pd.DataFrame(columns=["path", "status", "reason", "article_id", "events"]).to_parquet(out / "inputs.parquet", index=False)
    return folder


def ready_for_charts(store: Store, f: Filters) -> int:
    view = filter_events(store.events, f.date_range, f.actors, f.types, f.include_undated, f.countries,
                           f.sources, f.text, store=store)
    place_groups(view)
    dated = view[view["start"].notna()]
    if len(dated) > MAX_DRAWN:
        timeline_counts(dated)
    table_frame(view)
    return len(view)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def browser_cold_start(runs: int = 3) -> tuple[float, float]:
    """(seconds from starting the server to the first full render, seconds from opening the
    page on a freshly started server to the full render): medians."""
    from playwright.sync_api import sync_playwright
    times, page_times = [], []
    for _ in range(runs):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = subprocess.Popen([sys.executable, "-m", "dashboard.serve",
                                 "--server.headless", "true", "--server.port", str(port)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            t0 = time.perf_counter()
            while True:
                try:
                    if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.05)
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium",
                                      args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
                page = b.new_page(viewport={"width": 1280, "height": 800})
                t1 = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 2 && "
                                       "document.querySelector('[data-testid=stDataFrame]')", timeout=60_000)
                times.append(time.perf_counter() - t0)
                page_times.append(time.perf_counter() - t1)
                b.close()
        finally:
            proc.terminate()
            proc.wait(10)
    return median(times), median(page_times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--browser", action="store_true")
    args = ap.parse_args()
    print(machine())
    random.seed(0)
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            synthetic_store(Path(tmp), n)
            base = rss_mb()
            t0 = time.perf_counter()
            store = read_store(tmp)
            load_s = time.perf_counter() - t0
            mem = rss_mb()
            lo, hi = date(2018, 1, 1), date(2022, 12, 31)
            changes = [Filters((lo, hi)), Filters((date(2020, 3, 1), date(2020, 6, 30))),
                       Filters((lo, hi), actors=("Actor 1",)), Filters((lo, hi), types=("protest", "arrest")),
                       Filters((lo, hi), countries=("BY",)), Filters((date(2021, 1, 1), date(2021, 1, 31)),
                                                                   actors=("Actor 3", "Actor 7"), types=("meeting",))]
            ready_for_charts(store, changes[0])   # warm the actor index (built once per store)
            per = []
            for f in changes:
                ts = []
                for _ in range(args.runs):
                    t = time.perf_counter()
                    k = ready_for_charts(store, f)
                    ts.append(time.perf_counter() - t)
                per.append((f, k, median(ts)))
            # a full-text search scans the article texts on disk (the texts are never in memory)
            search = timed(lambda: ready_for_charts(store, Filters((lo, hi), text="capital")), 3)
            # the source panel reads one article's text with the filter pushed down to Parquet
            aid = store.articles.index[len(store.articles) // 2]
            lookup = timed(lambda: store.article_text(aid), args.runs)
            print(f"{n:,} events: load {load_s:.2f} s; resident memory {mem:.0f} MB ({mem - base:+.0f} MB for the store)")
            print(f"   full-text search of {len(store.articles):,} article texts on disk: {median(search) * 1000:.0f} ms; "
                  f"one article's text for the source panel: {median(lookup) * 1000:.1f} ms")
            for f, k, t in per:
                desc = ", ".join(f"{k2}={v}" for k2, v in f.to_params().items())
                print(f"   filter → data ready: {t * 1000:6.0f} ms   ({k:,} events; {desc})")
            print(f"   median over the filter changes: {median([t for _, _, t in per]) * 1000:.0f} ms")
            del store
    if args.browser:
        whole, page = browser_cold_start()
        print(f"cold start on seeds/, first full render in chromium (median of 3): {page:.1f} s from opening "
              f"the page on a fresh server; {whole:.1f} s including the server's own start")


if __name__ == "__main__":
    main()
