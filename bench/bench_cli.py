"""The command line on a small folder: `python -m extract DIR -o OUT` with its default jobs
(one per core; the pool only from extract.pipeline.POOL_MIN_FILES files) against `-j 1`,
alternating, fresh output folders each time; medians printed (issue 19: ≤ 1.2x one process).

    .venv/bin/python bench/bench_cli.py [--files 22] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=22)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(machine())
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for i in range(args.files):
            (src / f"{i:03d}.txt").write_text(seeds[i % len(seeds)].read_text() + f"\n\nCopy {i}.\n")
        times = {"default": [], "-j 1": []}
        for r in range(args.runs):
            for kind in ("default", "-j 1"):
                out = Path(tmp) / f"out-{kind.replace(' ', '')}-{r}"
                cmd = [sys.executable, "-m", "extract", str(src), "-o", str(out), "-q"] + (["-j", "1"] if kind != "default" else [])
                t = time.perf_counter()
                subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
                times[kind].append(time.perf_counter() - t)
        d, one = statistics.median(times["default"]), statistics.median(times["-j 1"])
        print(f"{args.files} files: default jobs {d:.2f} s, -j 1 {one:.2f} s: ratio {d / one:.2f} (target ≤ 1.2); "
              f"runs {[round(x, 2) for x in times['default']]} / {[round(x, 2) for x in times['-j 1']]}")


if __name__ == "__main__":
    main()
