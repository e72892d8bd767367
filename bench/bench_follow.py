"""Follow mode against a local feed server (tests/feedserver.py), with `python -m extract
--follow` as a separate process, as a user runs it.

    .venv/bin/python bench/bench_follow.py latency [--trials 5]    # new entry → event in store, --every 5s
    .venv/bin/python bench/bench_follow.py memory [--entries 10000] [--per-cycle 1000] [--window 1000] [--repeat 3]

latency: the default politeness (one request a second per host); an entry is added to the
served feed at a random moment of the poll cycle; the time until its article is in the store.
memory: --per-cycle new entries at a time up to --entries (each its own page), polled with
--every 1s --delay 0; the follower's resident memory (VmRSS) after each step and its peak
(VmHWM). The feed lists the newest --window entries, as a real feed does (a news feed holds its
latest tens or hundreds; ``--window 0``: every entry so far, a feed document that grows to
10,000 items, ~1.7 MB, which feedparser holds whole while it is read). With --repeat, the
medians over the runs at each step.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from feedserver import ARTICLES, FeedServer, article_page, rfc822, rss  # noqa: E402


def _rss_kb(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _urls(out: Path) -> set:
    import pyarrow.parquet as pq
    f = out / "store" / "articles.parquet"
    try:
        return set(pq.read_table(f, columns=["url"]).column(0).to_pylist())
    except (OSError, ValueError):
        return set()


def _page(i: int) -> bytes:
    title, paras = ARTICLES[("minsk", "sochi", "kyiv", "paris")[i % 4]]
    paras = [p.replace("100", str(100 + i)).replace("30 people", f"{30 + i} people") for p in paras]
    return article_page(f"{title} ({i})", paras + [f"Report number {i} of the wire."], date="2020-09-14")


def _start(server: FeedServer, out: Path, every: str, delay: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract", "--follow", server.url("/rss"), "-o", str(out),
                             "--every", every, "--delay", delay], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def latency(trials: int) -> None:
    out = Path(tempfile.mkdtemp(prefix="bench-follow-"))
    entries: list[dict] = []
    with FeedServer() as s:
        s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
        proc = _start(s, out, "5s", "1")
        try:
            times = []
            time.sleep(6)
            for i in range(trials):
                time.sleep(random.uniform(0, 5))
                path = f"/p/{i}"
                s.routes[path] = (200, "text/html", _page(i))
                entries.append({"title": f"e{i}", "link": s.url(path), "date": rfc822(2020, 9, 14)})
                t0 = time.monotonic()
                s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
                while s.url(path) not in _urls(out):
                    time.sleep(0.05)
                times.append(time.monotonic() - t0)
                print(f"  entry {i}: {times[-1]:.2f} s", flush=True)
            print(f"new feed entry → its article in the store at --every 5s (delay 1 s/host): median "
                  f"{statistics.median(times):.2f} s, max {max(times):.2f} s over {trials} entries")
        finally:
            proc.terminate()
            proc.wait(30)
            shutil.rmtree(out, ignore_errors=True)


def memory(total: int, per_cycle: int, window: int = 1000) -> dict[int, tuple[float, float]]:
    """One run: entries in the store → (VmRSS, VmHWM) in MB."""
    out = Path(tempfile.mkdtemp(prefix="bench-follow-mem-"))
    entries: list[dict] = []
    got = {}
    with FeedServer() as s:
        s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
        proc = _start(s, out, "1s", "0")
        try:
            t0 = time.monotonic()
            for n in range(per_cycle, total + 1, per_cycle):
                for i in range(len(entries), n):
                    s.routes[f"/p/{i}"] = (200, "text/html", _page(i))
                    entries.append({"title": f"e{i}", "link": s.url(f"/p/{i}"), "date": rfc822(2020, 9, 14)})
                s.routes["/rss"] = (200, "application/rss+xml", rss(entries[-window:] if window else entries))
                last = s.url(f"/p/{n - 1}")
                while last not in _urls(out):
                    time.sleep(0.5)
                    if proc.poll() is not None:
                        raise SystemExit("the follower died")
                for i in range(max(0, n - per_cycle), n):       # the pages read are served no more
                    s.routes.pop(f"/p/{i}", None)
                got[n] = (_rss_kb(proc.pid) / 1024, _rss_kb(proc.pid, "VmHWM") / 1024)
                print(f"  {n:>6,} entries in the store after {time.monotonic() - t0:6.1f} s: "
                      f"VmRSS {got[n][0]:.0f} MB, peak so far {got[n][1]:.0f} MB", flush=True)
            # the poll appends its inputs to the run summary just after the store's swap
            summary, rows, deadline = out / "follow-summary.tsv", 0, time.monotonic() + 30
            while time.monotonic() < deadline:
                rows = summary.read_text().count("\n") - 1 if summary.exists() else 0
                if rows >= total:
                    break
                time.sleep(0.2)
            print(f"  run summary: {rows:,} inputs in {summary.name} (of {total:,} entries)")
        finally:
            proc.terminate()
            proc.wait(60)
            shutil.rmtree(out, ignore_errors=True)
    return got


def memory_runs(total: int, per_cycle: int, window: int, repeat: int) -> None:
    window = max(window, per_cycle) if window else 0      # every new entry must be listed once
    runs = []
    for r in range(repeat):
        print(f"run {r + 1} of {repeat} (feed window: {window or 'every entry'})", flush=True)
        runs.append(memory(total, per_cycle, window))
    marks = [n for n in (1_000, 5_000, 10_000) if n in runs[0]] or sorted(runs[0])
    med = {n: (statistics.median(r[n][0] for r in runs), statistics.median(r[n][1] for r in runs)) for n in marks}
    print(f"follower's VmRSS (median of {repeat}) at " + ", ".join(f"{n:,}" for n in marks) + " entries: "
          + " / ".join(f"{med[n][0]:.0f}" for n in marks) + " MB; peak (VmHWM) "
          + " / ".join(f"{med[n][1]:.0f}" for n in marks) + " MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["latency", "memory"])
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--per-cycle", type=int, default=1_000)
    ap.add_argument("--window", type=int, default=1_000, help="entries the feed lists (0: all so far)")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    latency(a.trials) if a.what == "latency" else memory_runs(a.entries, a.per_cycle, a.window, a.repeat)
