"""The event store: Parquet tables under ``OUTDIR/store/``.

* ``articles.parquet``: one row per article (the Article record, text included);
* ``events.parquet``: one row per event, the place flattened into ``place_*`` columns;
* ``mentions.parquet``: every timex, place and actor mention (``kind`` says which) with offsets;
* ``inputs.parquet``: the run summary, one row per input (processed / skipped and why).

The store is written into a fresh folder beside the old one and swapped in with renames, so a
reader never sees a half-written store and a crash leaves the previous store in place.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
import shutil
import time
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from .pipeline import Extraction, RunSummary
from .schema import EVENT_COLUMNS, event_row

STORE_DIR = "store"
TABLES = ("articles", "events", "mentions", "inputs")

def frames(results: Iterable[Extraction], summary: RunSummary,
           previous: Optional[dict[str, pd.DataFrame]] = None) -> dict[str, pd.DataFrame]:
    """The store's tables for a run's results; with ``previous`` (the tables of an existing
    store), the new articles are added to them (an article already stored is kept once)."""
    new = _frames(results, summary)
    if not previous:
        return new
    seen = set(previous["articles"]["article_id"])
    out = {}
    for name in TABLES:
        old = previous.get(name)
        add = new[name]
        if name != "inputs" and "article_id" in add:
            add = add[~add["article_id"].isin(seen)]
        parts = [x for x in (old, add) if x is not None and len(x)]
        out[name] = pd.concat(parts, ignore_index=True) if parts else new[name]
    return out


def _frames(results: Iterable[Extraction], summary: RunSummary) -> dict[str, pd.DataFrame]:
    arts, evs, ments = [], [], []
    for ex in results:
        arts.append(ex.article.to_dict())
        evs.extend(event_row(e) for e in ex.events)
        aid = ex.article.article_id
        for t in ex.timexes:
            ments.append({"article_id": aid, "kind": "timex", "start": t.start, "end": t.end,
                          "text": t.text, "label": t.type, "value": t.value,
                          "extra": json.dumps(t.to_dict(), ensure_ascii=False)})
        for p in ex.places:
            ments.append({"article_id": aid, "kind": "place", "start": p.start, "end": p.end,
                          "text": p.text, "label": p.feature, "value": p.name,
                          "extra": json.dumps(p.to_dict(), ensure_ascii=False)})
        for a in ex.actors:
            ments.append({"article_id": aid, "kind": "actor", "start": a.start, "end": a.end,
                          "text": a.text, "label": a.kind, "value": a.name,
                          "extra": json.dumps(a.to_dict(), ensure_ascii=False)})
    events = pd.DataFrame(evs, columns=EVENT_COLUMNS)
    events["actors"] = events["actors"].apply(lambda x: list(x) if x is not None else [])
    return {
        "articles": pd.DataFrame(arts, columns=["article_id", "source", "url", "title", "published",
                                                "published_granularity", "language", "path", "text",
                                                "filing_place", "dateline_end", "flags"]),
        "events": events,
        "mentions": pd.DataFrame(ments, columns=["article_id", "kind", "start", "end", "text", "label",
                                                 "value", "extra"]),
        "inputs": pd.DataFrame([asdict(r) for r in summary.inputs],
                               columns=["path", "status", "reason", "article_id", "events"]),
    }


class StoreLocked(Exception):
    """Another run is writing the same store."""


@contextmanager
def store_lock(outdir: str | Path):
    """One writer per store: a second run on the same OUTDIR is refused with a clear message
    (an advisory lock on OUTDIR/.lock, released by the OS if the holder dies)."""
    import fcntl
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    f = open(out / ".lock", "a+")
    try:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "another process"
            raise StoreLocked(f"{out} is being written by {holder}; wait for it to finish") from None
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()}")
        f.flush()
        yield
    finally:
        f.close()


def write_store(results: Iterable[Extraction], summary: RunSummary, outdir: str | Path,
                previous: Optional[dict[str, pd.DataFrame]] = None) -> Path:
    """Write the tables and swap them in atomically; returns the store folder."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    final = out / STORE_DIR
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}-{int(time.time() * 1000)}"
    tmp.mkdir()
    try:
        for name, df in frames(results, summary, previous).items():
            df.to_parquet(tmp / f"{name}.parquet", index=False)
        (tmp / "MANIFEST.json").write_text(json.dumps(
            {"written": time.strftime("%Y-%m-%dT%H:%M:%S"), "tables": list(TABLES),
             "processed": len(summary.processed), "skipped": len(summary.skipped)}, indent=1))
        old = out / f".{STORE_DIR}.old-{os.getpid()}"
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def append_to_store(paths, outdir: str | Path, progress=None) -> RunSummary:
    """Extract the files and add their articles to the store under ``outdir`` (created when
    missing), under the store's lock. ``progress(i, n)`` is called after each file."""
    from .pipeline import process_files
    with store_lock(outdir):
        try:
            previous = load_store(outdir)
        except FileNotFoundError:
            previous = None
        results, summary = process_files([Path(p) for p in paths], on_progress=progress)
        write_store(results, summary, outdir, previous)
    return summary


def store_path(outdir: str | Path) -> Path:
    p = Path(outdir)
    return p if (p / "events.parquet").exists() else p / STORE_DIR


def load_store(outdir: str | Path) -> dict[str, pd.DataFrame]:
    """The store's tables as DataFrames; raises FileNotFoundError when there is no store."""
    p = store_path(outdir)
    if not (p / "events.parquet").exists():
        raise FileNotFoundError(f"no event store under {outdir}")
    return {name: pd.read_parquet(p / f"{name}.parquet") for name in TABLES if (p / f"{name}.parquet").exists()}
