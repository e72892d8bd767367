"""Temporal tagging throughput on the dev corpora, next to dateparser's search_dates.

    .venv/bin/python bench/bench_timex.py [--runs 5] [--dateparser-docs 100]

Prints the median MB/s of ``extract.timex.tag`` over all dev texts (TempEval-3 TBAQ +
MEANTIME), and of ``dateparser.search.search_dates`` over the first N of the same texts
(it is slow), with the ratio. Not a test: run on demand, on a quiet machine.
"""
from __future__ import annotations

import argparse
import warnings

from common import dev_docs, machine, median, timed

from extract.timex import tag


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dateparser-docs", type=int, default=100)
    args = ap.parse_args()
    docs = dev_docs()
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    ours = timed(lambda: [tag(d["text"], d.get("dct")) for d in docs], args.runs)
    ours_mbs = [mb / t for t in ours]
    print(machine())
    print(f"texts: {len(docs)} documents, {mb:.2f} MB")
    print(f"extract.timex.tag: median {median(ours_mbs):.2f} MB/s "
          f"(runs: {', '.join(f'{x:.2f}' for x in ours_mbs)}), {median(ours) / len(docs) * 1000:.2f} ms/doc")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed (pip install -r requirements-bench.txt): no reference ratio")
        return
    sub = docs[:args.dateparser_docs]
    sub_mb = sum(len(d["text"].encode()) for d in sub) / 1e6
    warnings.simplefilter("ignore")
    search_dates("warm up on Monday")
    ref = timed(lambda: [search_dates(d["text"], languages=["en"]) for d in sub], max(1, args.runs // 2))
    ours_sub = timed(lambda: [tag(d["text"], d.get("dct")) for d in sub], args.runs)
    ref_mbs, ours_sub_mbs = sub_mb / median(ref), sub_mb / median(ours_sub)
    print(f"dateparser.search_dates on the first {len(sub)} docs: median {ref_mbs:.3f} MB/s, "
          f"{median(ref) / len(sub) * 1000:.1f} ms/doc")
    print(f"ratio on the same docs: extract.timex.tag is {ours_sub_mbs / ref_mbs:.0f}x faster")


if __name__ == "__main__":
    main()
