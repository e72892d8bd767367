"""Follow mode against a local feed server (tests/feedserver.py), with `python -m extract
--follow` as a separate process, as a user runs it.

    .venv/bin/python bench/bench_follow.py latency [--trials 5]    # new entry → event in store, --every 5s
    .venv/bin/python bench/bench_follow.py memory [--entries 10000] [--per-cycle 1000]

latency: the default politeness (one request a second per host); an entry is added to the
served feed at a random moment of the poll cycle; the time until its article is in the store.
memory: the feed grows by --per-cycle entries at a time up to --entries (each its own page),
polled with --every 1s --delay 0; the follower's resident memory (VmRSS) after each step and
its peak (VmHWM).
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


def memory(total: int, per_cycle: int) -> None:
    out = Path(tempfile.mkdtemp(prefix="bench-follow-mem-"))
    entries: list[dict] = []
    with FeedServer() as s:
        s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
        proc = _start(s, out, "1s", "0")
        try:
            t0 = time.monotonic()
            for n in range(per_cycle, total + 1, per_cycle):
                for i in range(len(entries), n):
                    s.routes[f"/p/{i}"] = (200, "text/html", _page(i))
                    entries.append({"title": f"e{i}", "link": s.url(f"/p/{i}"), "date": rfc822(2020, 9, 14)})
                s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
                last = s.url(f"/p/{n - 1}")
                while last not in _urls(out):
                    time.sleep(0.5)
                    if proc.poll() is not None:
                        raise SystemExit("the follower died")
                print(f"  {n:>6,} entries in the store after {time.monotonic() - t0:6.1f} s: "
                      f"VmRSS {_rss_kb(proc.pid) / 1024:.0f} MB, peak so far {_rss_kb(proc.pid, 'VmHWM') / 1024:.0f} MB",
                      flush=True)
        finally:
            proc.terminate()
            proc.wait(60)
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["latency", "memory"])
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--per-cycle", type=int, default=1_000)
    a = ap.parse_args()
    latency(a.trials) if a.what == "latency" else memory(a.entries, a.per_cycle)
