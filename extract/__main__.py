"""Command line.

    python -m extract SOURCE... -o OUTDIR     extract files/folders into OUTDIR/store
    python -m extract annotate < docs.jsonl   evaluation records, one JSON line per input line
"""
from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "annotate":
        return annotate_main(argv[1:])
    ap = argparse.ArgumentParser(prog="python -m extract",
                                 description="Extract dated, located events from news articles.")
    ap.add_argument("sources", nargs="+", help="article files or folders")
    ap.add_argument("-o", "--outdir", required=True, help="folder for the store (OUTDIR/store)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ap.add_argument("--max-bytes", type=int, default=None, help="largest file read (default 20 MB)")
    ap.add_argument("--max-chars", type=int, default=None, help="longest article text (default 1,000,000)")
    ap.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local (default; processes on this machine) or dask (Dask distributed)")
    ap.add_argument("--scheduler", default=None,
                    help="with --engine dask: the scheduler's address (default: a local cluster of 2 workers)")
    ap.add_argument("-j", "--jobs", type=int, default=0,
                    help="processes for large folders (default: one per core; 1: a single process)")
    args = ap.parse_args(argv)
    from . import run
    from .store import StoreLocked
    limits = {k: v for k, v in (("max_bytes", args.max_bytes), ("max_chars", args.max_chars)) if v}
    try:
        import os
        if args.engine == "dask":
            from . import iter_inputs
            from .engines import run_dask
            from .store import store_path
            summary = run_dask(list(iter_inputs(args.sources)), args.outdir, scheduler=args.scheduler,
                               progress=not args.quiet, **limits)
            path = store_path(args.outdir)
        else:
            jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
            summary, path = run(args.sources, args.outdir, progress=not args.quiet, jobs=jobs, **limits)
    except StoreLocked as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    print("\n".join(summary.lines()))
    print(f"store: {path}")
    if not summary.processed:
        return 2
    return 1 if summary.skipped else 0   # 0: all processed; 1: some skipped; 2: none; 3: store locked


def annotate_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract annotate",
                                 description="Read JSON Lines {doc_id, text, dct?} on stdin, "
                                             "write one annotation line per input on stdout.")
    ap.parse_args(argv)
    from .annotate import annotate_doc
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            rec = annotate_doc(doc)
        except Exception as e:  # one bad line must not stop the rest; it is reported
            print(f"line {n}: {type(e).__name__}: {e}", file=sys.stderr)
            rec = {"doc_id": (doc.get("doc_id") if isinstance(locals().get("doc"), dict) else None),
                   "timexes": [], "places": [], "actors": [], "events": [], "error": str(e)}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
