"""Command line.

    python -m extract SOURCE... -o OUTDIR     extract files/folders/feeds/URLs into OUTDIR/store
    python -m extract --follow SOURCE... -o OUTDIR [--every 10m]   keep polling them
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
    ap.add_argument("sources", nargs="+",
                    help="article files or folders, RSS/Atom feed or article URLs (http/https), "
                         "feed-list files (one URL a line, # comments)")
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
    web = ap.add_argument_group("feeds and web pages (only when a source is a URL or a feed list)")
    web.add_argument("--follow", action="store_true",
                     help="keep polling the feeds and watching the folders; add what is new to the store")
    web.add_argument("--every", default="10m", help="with --follow: time between polls (e.g. 30s, 10m; default 10m)")
    web.add_argument("--delay", type=float, default=1.0,
                     help="seconds between two requests to one host (default 1)")
    web.add_argument("--timeout", type=float, default=15.0, help="seconds before a request is given up (default 15)")
    web.add_argument("--user-agent", default=None, help="the User-Agent sent (default: newsmap-extract/0.1 ...)")
    args = ap.parse_args(argv)
    from . import run
    from .fetch import MAX_FETCH_BYTES, USER_AGENT, Fetcher
    fetcher = Fetcher(user_agent=args.user_agent or USER_AGENT, timeout=args.timeout, delay=max(args.delay, 0.0),
                      max_bytes=args.max_bytes or MAX_FETCH_BYTES)
    if args.follow:
        return follow_main(args, fetcher)
    from .store import StoreLocked
    limits = {k: v for k, v in (("max_bytes", args.max_bytes), ("max_chars", args.max_chars)) if v}
    try:
        import os
        if args.engine == "dask":
            from .fetch import is_url
            if any(is_url(s) for s in args.sources):
                print("error: feeds and URLs are read by the local engine (leave out --engine dask)", file=sys.stderr)
                return 2
            from . import iter_inputs
            from .engines import run_dask
            from .store import store_path
            summary = run_dask(list(iter_inputs(args.sources)), args.outdir, scheduler=args.scheduler,
                               progress=not args.quiet, **limits)
            path = store_path(args.outdir)
        else:
            jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
            summary, path = run(args.sources, args.outdir, progress=not args.quiet, jobs=jobs, fetcher=fetcher,
                                **limits)
    except StoreLocked as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    print("\n".join(summary.lines()))
    print(f"store: {path}")
    if not summary.processed:
        return 2
    return 1 if summary.skipped else 0   # 0: all processed; 1: some skipped; 2: none; 3: store locked


def follow_main(args, fetcher) -> int:
    """Poll until Ctrl-C or SIGTERM; exit 0 when stopped."""
    import signal
    import threading
    from .follow import follow, parse_every
    try:
        every = parse_every(args.every)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(*_):
        # the first Ctrl-C (or SIGTERM) lets the poll finish what it is writing and stop; a second
        # one interrupts at once (an exception raised inside a store write would leave Arrow's
        # threads mid-write, and the interpreter waiting for them at exit)
        if stop.is_set():
            raise KeyboardInterrupt()
        print("stopping after the current step (Ctrl-C again to stop at once)", flush=True)
        stop.set()
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    limits = {k: v for k, v in (("max_bytes", args.max_bytes), ("max_chars", args.max_chars)) if v}
    print(f"following {len(args.sources)} sources every {args.every} into {args.outdir} (Ctrl-C stops)",
          flush=True)
    try:
        follow(args.sources, args.outdir, every=every, fetcher=fetcher, stop=stop,
               log=lambda s: print(s, flush=True), **limits)
    except KeyboardInterrupt:
        pass
    print("stopped; the store holds everything extracted until now", flush=True)
    return 0


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
