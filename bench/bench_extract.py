"""Whole-pipeline benchmark: throughput, time per stage, start-up and memory.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--runs 3]

The corpus is made by replicating seeds/ and the dev texts of ../shared/eval/ (TempEval-3,
MEANTIME, toponyms) up to --articles articles, written as files into a temporary folder.
Printed: start-up (imports + gazetteer) in a fresh process; per-stage seconds (reading,
dates, places, actors, events, writing the store) and articles/s and MB/s on one core, median
of --runs; peak resident memory; and dateparser's search_dates on the same texts as a
reference ratio when dateparser is installed (requirements-bench.txt).
Not a test: run on demand, on a quiet machine.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from common import ROOT, dev_docs, machine, median, reference_seconds

from extract.actors import find_actors
from extract.events import assemble_events
from extract.gazetteer import default_gazetteer
from extract.pipeline import Extraction, RunSummary, InputResult
from extract.places import find_places
from extract.reader import read_article
from extract.store import write_store
from extract.timex import tag


def make_corpus(folder: Path, n: int, spread: bool = False) -> list[Path]:
    """``n`` articles: seeds/ and the dev texts, replicated. With ``spread``, the k-th copy of a
    dev text is published k months before the original (as in a real archive, where a month
    holds a small part of the articles; the store's memory is bounded by its largest month)."""
    texts = [(p.read_text(encoding="utf-8"), None) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for d in dev_docs(("timex-dev.jsonl", "meantime-dev.jsonl", "toponyms-dev.jsonl")):
        texts.append((d["text"], (d["doc_id"], (d.get("dct") or "2020-01-01")[:10])))
    paths = []
    for i in range(n):
        p = folder / f"{i:06d}.txt"
        text, head = texts[i % len(texts)]
        if head is not None:
            title, published = head
            if spread:
                y, m = int(published[:4]), int(published[5:7]) - i // len(texts)
                published = f"{y + (m - 1) // 12:04d}-{(m - 1) % 12 + 1:02d}" + published[7:]
            text = f"Title: {title}\nPublished: {published}\n\n{text}"
        # a distinct line per copy keeps every article's id distinct
        p.write_text(text + f"\n\n(copy {i})\n", encoding="utf-8")
        paths.append(p)
    return paths


def run_once(paths: list[Path], outdir: Path) -> dict[str, float]:
    t = dict.fromkeys(["reading", "dates", "places", "actors", "events", "writing"], 0.0)
    results, summary = [], RunSummary()
    for p in paths:
        t0 = time.perf_counter()
        art = read_article(p)
        t1 = time.perf_counter()
        timexes = tag(art.text, art.published)
        t2 = time.perf_counter()
        places = find_places(art.text, art.filing_place, art.dateline_end)
        t3 = time.perf_counter()
        actors = find_actors(art.text, places, art.dateline_end)
        t4 = time.perf_counter()
        events = assemble_events(art, timexes, places, actors)
        t5 = time.perf_counter()
        for k, a, b in (("reading", t0, t1), ("dates", t1, t2), ("places", t2, t3), ("actors", t3, t4),
                        ("events", t4, t5)):
            t[k] += b - a
        results.append(Extraction(art, timexes, places, actors, events))
        summary.inputs.append(InputResult(str(p), "processed", "", art.article_id, len(events)))
    t0 = time.perf_counter()
    write_store(results, summary, outdir)
    t["writing"] = time.perf_counter() - t0
    return t


def startup_seconds() -> float:
    code = ("import time; t=time.perf_counter(); import extract; from extract.gazetteer import default_gazetteer; "
            "default_gazetteer(); print(time.perf_counter()-t)")
    out = []
    for _ in range(3):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        out.append(float(r.stdout.strip()))
    return median(out)


CLI_MEMORY = """
import contextlib, io, resource, sys
from extract.__main__ import main
with contextlib.redirect_stdout(io.StringIO()):
    main([sys.argv[1], "-o", sys.argv[2], "-q", "-j", "1"])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def cli_memory(folder: Path, sizes: list[int]) -> list[tuple[int, float]]:
    """Peak resident memory of the command line (one process) on corpora of each size: flat in
    the number of articles when the store is streamed and only the events are held."""
    out = []
    for n in sizes:
        src, dst = folder / f"mem{n}", folder / f"memout{n}"
        src.mkdir()
        make_corpus(src, n, spread=True)
        r = subprocess.run([sys.executable, "-c", CLI_MEMORY, str(src), str(dst)], capture_output=True,
                           text=True, cwd=ROOT, check=True)
        out.append((n, float(r.stdout.strip().splitlines()[-1])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dateparser-docs", type=int, default=100)
    ap.add_argument("--memory-at", default="1000,4000",
                    help="corpus sizes for the command line's peak memory (empty: skip)")
    args = ap.parse_args()
    print(machine())
    print(f"reference pure-Python loop (sum of squares below 10**7, median of 3): {reference_seconds():.2f} s "
          "(the machine's speed now; compare throughputs across days with it)")
    print(f"start-up (imports + gazetteer, fresh process, median of 3): {startup_seconds():.2f} s")
    default_gazetteer()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = make_corpus(folder, args.articles)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"corpus: {len(paths)} articles, {mb:.1f} MB (seeds/ and the dev texts, replicated)")
        runs = [run_once(paths, Path(tmp) / f"out{i}") for i in range(args.runs)]
        stages = {k: median([r[k] for r in runs]) for k in runs[0]}
        total = sum(stages.values())
        for k, v in stages.items():
            print(f"  {k:8s} {v:7.2f} s  {100 * v / total:5.1f} %  {len(paths) / v if v else 0:9.0f} articles/s")
        print(f"whole pipeline: {total:.2f} s → {len(paths) / total:.0f} articles/s, {mb / total:.2f} MB/s on one core")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak resident memory of this benchmark (holds every result): {peak:.0f} MB")
        sizes = [int(x) for x in args.memory_at.split(",") if x.strip()]
        if sizes:
            mem = cli_memory(Path(tmp), sizes)
            print("command line, one process, peak resident memory: "
                  + ", ".join(f"{mb:.0f} MB at {n} articles" for n, mb in mem)
                  + f" (ratio {mem[-1][1] / mem[0][1]:.2f} for {mem[-1][0] / mem[0][0]:.0f}x the articles)")
        try:
            from dateparser.search import search_dates
        except ImportError:
            print("dateparser not installed: no reference ratio (pip install -r requirements-bench.txt)")
            return
        warnings.simplefilter("ignore")
        sub = paths[:args.dateparser_docs]
        texts = [read_article(p).text for p in sub]
        t0 = time.perf_counter()
        for x in texts:
            search_dates(x, languages=["en"])
        ref = (time.perf_counter() - t0) / len(sub)
        ours = total / len(paths)
        print(f"dateparser.search_dates alone: {ref * 1000:.1f} ms/article; whole pipeline here: "
              f"{ours * 1000:.2f} ms/article → {ref / ours:.1f}x faster than search_dates alone")


if __name__ == "__main__":
    main()
