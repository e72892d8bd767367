"""Toponym recognition + resolution throughput, gazetteer load time and memory.

    .venv/bin/python bench/bench_places.py [--runs 5]

Prints, on the texts of ../shared/eval/toponyms-dev.jsonl (GeoWebNews, LGL, GeoVirus,
TR-News): the gazetteer's load time in a fresh process (median of --runs), its resident memory,
and the median MB/s of ``extract.places.find_places`` on one core. Not a test: run on demand,
on a quiet machine.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys

from common import ROOT, dev_docs, machine, median, timed

LOAD = ("import time, resource; t = time.perf_counter(); "
        "from extract.gazetteer import default_gazetteer; g = default_gazetteer(); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(g.rows))")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    loads = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", LOAD], cwd=ROOT, capture_output=True, text=True, check=True)
        secs, rss, n = out.stdout.split()
        loads.append((float(secs), float(rss), int(n)))
    from extract.places import find_places
    docs = dev_docs(("toponyms-dev.jsonl",))
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    find_places(docs[0]["text"])        # the gazetteer loads once, outside the timing
    runs = timed(lambda: [find_places(d["text"]) for d in docs], args.runs)
    print(machine())
    print(f"gazetteer: {loads[0][2]:,} records, load median {median([x[0] for x in loads]):.2f} s "
          f"(fresh process), resident {median([x[1] for x in loads]):.0f} MB after loading")
    print(f"texts: {len(docs)} documents, {mb:.2f} MB")
    print(f"find_places (recognition + resolution): median {median([mb / t for t in runs]):.2f} MB/s on one core "
          f"(runs: {', '.join(f'{mb / t:.2f}' for t in runs)})")
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
