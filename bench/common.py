"""Shared helpers of the benchmarks: corpora, timing with medians, machine description."""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = Path(os.environ.get("NEWSMAP_EVAL", ROOT.parent / "shared" / "eval"))


def dev_docs(names=("timex-dev.jsonl", "meantime-dev.jsonl")) -> list[dict]:
    docs = []
    for n in names:
        p = EVAL / n
        if not p.exists():
            sys.exit(f"{p} not found: set NEWSMAP_EVAL to the folder of the shared eval corpora")
        docs += [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
    return docs


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def median(xs) -> float:
    return statistics.median(xs)


def machine() -> str:
    try:
        cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    except OSError:
        cpu = platform.processor() or "?"
    return f"{platform.python_implementation()} {platform.python_version()} on {cpu}, {os.cpu_count()} cores"


def reference_seconds(runs: int = 3) -> float:
    """Median seconds of a fixed pure-Python loop (the sum of the squares below 10**7): how fast this
    machine runs Python at the moment of the benchmark. Shared machines vary by two to three times
    from one hour to the next; a figure read with this beside it can be compared across days (the
    throughput times this reference is roughly constant for the same code)."""
    import time
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        sum(i * i for i in range(10 ** 7))
        times.append(time.perf_counter() - t)
    return median(times)
