"""Follow mode: ``python -m extract --follow SOURCES... -o OUTDIR [--every 10m]``.

Every ``every`` seconds: the feeds are fetched again and only their new entries read; the
watched folders and files are listed and only new or changed files (modification time, size)
read; what is new is extracted and added to the store (the usual incremental run: same lock,
checkpoint, atomic swap, so the dashboard reading the store never sees half of it). What was
read is remembered in ``OUTDIR/feeds.json`` after each write, so a restart resumes where it
stopped (at worst a cycle is read again, and its articles, already in the store by content,
are not extracted again). Ctrl-C (or SIGTERM) stops it: a write under way is abandoned and the
previous store stays in place.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from .feeds import SourceState, expand_sources, read_feed_list
from .fetch import Fetcher, is_url


def parse_every(text: str) -> float:
    """'10m' → 600; '5s', '2h', '90' (seconds)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", str(text))
    if not m:
        raise ValueError(f"not a duration: {text!r} (write e.g. 30s, 10m, 1h)")
    seconds = float(m[1]) * {"": 1, "s": 1, "m": 60, "h": 3600}[m[2]]
    if seconds < 1:
        raise ValueError(f"--every {text}: at least 1s between polls (a poll lists every watched folder)")
    return seconds


def new_inputs(sources: Iterable[str], state: SourceState, fetcher: Optional[Fetcher]) -> tuple[list, dict]:
    """The inputs of this cycle: the feeds' new entries, the new or changed local files; and
    the local files' (mtime_ns, size) to remember once they are stored."""
    remote, local, stats = [], [], {}
    for src in sources:
        src = str(src)
        if is_url(src) or read_feed_list(Path(src)) is not None:
            remote.append(src)
            continue
        from .reader import iter_inputs
        for p in iter_inputs([src]):
            try:
                st = p.stat()
            except OSError:
                continue                       # gone since it was listed
            sig = [st.st_mtime_ns, st.st_size]
            if state.file_sig(str(p)) != sig:
                local.append(p)
                stats[str(p)] = sig
    items = list(expand_sources(remote, fetcher, state, only_new=True)) if remote else []
    return local + items, stats


SUMMARY_FILE = "follow-summary.tsv"


@dataclass
class Totals:
    """The run summary of a follow session, counted (each input's line is in SUMMARY_FILE)."""
    processed: int = 0
    skipped: int = 0
    events: int = 0
    polls: int = 0

    def line(self, outdir) -> str:
        return (f"this run: {self.processed:,} processed, {self.skipped:,} skipped, {self.events:,} new events "
                f"in {self.polls:,} polls (each input with its outcome: {Path(outdir) / SUMMARY_FILE})")


def _clean(s) -> str:
    return " ".join(str(s).split())


def write_summary(outdir, results, totals: Totals) -> None:
    """Append a poll's inputs to ``OUTDIR/follow-summary.tsv`` (time, status, input, events,
    reason) and count them: the run summary of a follow session is written as it goes, never
    held (a week of polling is as many lines on disk, not in memory)."""
    f = Path(outdir) / SUMMARY_FILE
    new = not f.exists()
    now = time.strftime("%Y-%m-%dT%H:%M:%S")
    with open(f, "a", encoding="utf-8") as out:
        if new:
            out.write("time\tstatus\tinput\tevents\treason\n")
        for r in results:
            out.write(f"{now}\t{r.status}\t{_clean(r.path)}\t{r.events}\t{_clean(r.reason)}\n")
            if r.status == "processed":
                totals.processed += 1
                if r.reason != "unchanged, kept from the store":
                    totals.events += r.events
            else:
                totals.skipped += 1


def follow(sources: list[str], outdir: str | Path, every: float = 600.0, fetcher: Optional[Fetcher] = None,
           stop: Optional[threading.Event] = None, log: Callable[[str], None] = print,
           cycles: Optional[int] = None, **limits) -> Totals:
    """Poll the sources until ``stop`` is set (or ``cycles`` cycles have run, or Ctrl-C); the
    run's counts (logged at the end when anything came in)."""
    stop = stop or threading.Event()
    _system_allocator()
    state = SourceState(outdir)
    if fetcher is None and any(is_url(str(s)) or read_feed_list(Path(str(s))) is not None for s in sources):
        fetcher = Fetcher()
    for src in map(str, sources):
        if not is_url(src) and not Path(src).exists():
            log(f"{src}: no such file or folder (yet); it is read when it appears")
    totals = Totals()
    try:
        _poll(sources, outdir, every, fetcher, stop, log, cycles, state, totals, limits)
    finally:
        state.close()
        if totals.processed or totals.skipped:
            log(totals.line(outdir))
    return totals


def _system_allocator() -> None:
    """Arrow allocates with the system allocator in a follow run. Its default, mimalloc, keeps
    what Arrow's threads freed (its bytes in use were 0 between polls while the process grew by
    ~9 MB per 1,000 entries as every poll rewrites a larger store); glibc's malloc gives it back,
    and the store's tables are read and written a batch at a time, so the speed is the same.
    Arrow reads ARROW_DEFAULT_MEMORY_POOL when it is first imported (as ``python -m extract
    --follow`` does, after this); imported already, only the pool of its Python calls can be
    changed. An ARROW_DEFAULT_MEMORY_POOL the user set is respected."""
    import os
    import sys
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    if "pyarrow" not in sys.modules:
        os.environ["ARROW_DEFAULT_MEMORY_POOL"] = "system"
        return
    import pyarrow as pa
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def _poll(sources, outdir, every, fetcher, stop, log, cycles, state, totals, limits) -> None:
    from .store import StoreLocked, run_incremental
    n = 0
    while not stop.is_set():
        t0 = time.monotonic()
        items, stats = new_inputs(sources, state, fetcher)
        if items:
            try:
                summary = run_incremental(items, outdir, jobs=1, **limits)
            except StoreLocked as e:
                log(f"{time.strftime('%H:%M:%S')} store busy ({e}); trying again at the next poll")
                state.save()
            else:
                state.record(summary.inputs)
                for r in summary.inputs:
                    if r.path in stats and not r.reason.startswith(("cannot read", "timed out")):
                        state.set_file(r.path, stats[r.path])
                state.save()
                write_summary(outdir, summary.inputs, totals)
                new = [r for r in summary.inputs if r.reason != "unchanged, kept from the store"]
                events = sum(r.events for r in summary.processed if r.reason != "unchanged, kept from the store")
                log(f"{time.strftime('%H:%M:%S')} {len(new)} new inputs, {events} new events")
                for line in summary.lines()[:-1]:
                    if "unchanged, kept from the store" not in line:
                        log(line)
        else:
            state.save()
        n += 1
        totals.polls = n
        if cycles is not None and n >= cycles:
            break
        stop.wait(max(0.0, every - (time.monotonic() - t0)))
