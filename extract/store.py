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

import orjson
import pandas as pd
import pyarrow.parquet as pq

from .pipeline import Extraction, RunSummary
from .schema import EVENT_COLUMNS, event_row

STORE_DIR = "store"
TABLES = ("articles", "events", "mentions", "inputs")
BY_ARTICLE = ("articles", "mentions")       # tables read one article at a time
ROW_GROUP = 2048

def frames(results: Iterable[Extraction], summary: RunSummary,
           previous: Optional[dict[str, pd.DataFrame]] = None) -> dict[str, pd.DataFrame]:
    """The store's tables for a run's results; with ``previous`` (the tables of an existing
    store or checkpoint), the new articles are added to them (each article kept once). The
    inputs table is this run's summary."""
    new = _frames(results, summary)
    if not previous:
        return new
    out = merge_tables({**previous, "inputs": new["inputs"]}, new)
    out["inputs"] = new["inputs"]
    return out


def _json(record: dict) -> str:
    """A mention's whole record as JSON text (orjson, already a requirement for plotly: ten
    times faster than json.dumps, and a store holds a record per mention)."""
    return orjson.dumps(record).decode()


def _frames(results: Iterable[Extraction], summary: RunSummary) -> dict[str, pd.DataFrame]:
    arts, evs, ments = [], [], []
    for ex in results:
        arts.append(ex.article.to_dict())
        evs.extend(event_row(e) for e in ex.events)
        aid = ex.article.article_id
        for t in ex.timexes:
            ments.append({"article_id": aid, "kind": "timex", "start": t.start, "end": t.end,
                          "text": t.text, "label": t.type, "value": t.value,
                          "extra": _json(t.to_dict())})
        for p in ex.places:
            ments.append({"article_id": aid, "kind": "place", "start": p.start, "end": p.end,
                          "text": p.text, "label": p.feature, "value": p.name,
                          "extra": _json(p.to_dict())})
        for a in ex.actors:
            ments.append({"article_id": aid, "kind": "actor", "start": a.start, "end": a.end,
                          "text": a.text, "label": a.kind, "value": a.name,
                          "extra": _json(a.to_dict())})
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
                previous: Optional[dict[str, pd.DataFrame]] = None, partition_months: bool = False) -> Path:
    """Write the tables and swap them in atomically; returns the store folder. With
    ``partition_months`` the events are a dataset partitioned by month (``events/month=…/``)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    final = out / STORE_DIR
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}-{int(time.time() * 1000)}"
    tmp.mkdir()
    try:
        tables = frames(results, summary, previous)
        from .cluster import cluster_ids
        tables["events"]["cluster_id"] = cluster_ids(tables["events"])   # across all articles
        for name, df in tables.items():
            if name == "events" and partition_months:
                month = df["date_start"].fillna(df["date_end"]).str[:7].fillna("undated")
                df.assign(month=month).to_parquet(tmp / "events", index=False, partition_cols=["month"])
            elif name in BY_ARTICLE:
                # sorted by article, in small row groups: a reader that asks for one article's
                # text or mentions reads one row group (pruned by the row groups' statistics)
                df.sort_values("article_id", kind="stable").to_parquet(
                    tmp / f"{name}.parquet", index=False, row_group_size=ROW_GROUP)
            else:
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


CHECKPOINT_DIR = ".checkpoint"


class Checkpoint:
    """Extractions of a run saved in batches under OUTDIR/.checkpoint/ (each batch written to a
    temporary name and renamed), so a run that is killed resumes where it stopped. Cleared once
    the store is written."""

    def __init__(self, outdir: str | Path):
        self.dir = Path(outdir) / CHECKPOINT_DIR

    def save(self, results: list[Extraction]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        n = len(list(self.dir.glob("batch-*")))
        tmp = self.dir / f".tmp-batch-{n:05d}-{os.getpid()}"
        tmp.mkdir()
        for name, df in _frames(results, RunSummary()).items():
            if name != "inputs":
                df.to_parquet(tmp / f"{name}.parquet", index=False)
        os.replace(tmp, self.dir / f"batch-{n:05d}")

    def tables(self) -> Optional[dict[str, pd.DataFrame]]:
        batches = sorted(self.dir.glob("batch-*")) if self.dir.exists() else []
        if not batches:
            return None
        out = {}
        for name in ("articles", "events", "mentions"):
            out[name] = pd.concat([pd.read_parquet(b / f"{name}.parquet") for b in batches], ignore_index=True)
        out["inputs"] = pd.DataFrame(columns=["path", "status", "reason", "article_id", "events"])
        return out

    def clear(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def merge_tables(*tables: Optional[dict[str, pd.DataFrame]]) -> Optional[dict[str, pd.DataFrame]]:
    """Tables of several stores/checkpoints as one, each article once (the first wins)."""
    tables = [t for t in tables if t]
    if not tables:
        return None
    out = tables[0]
    for t in tables[1:]:
        seen = set(out["articles"]["article_id"])
        merged = {}
        for name in TABLES:
            add = t[name]
            if name != "inputs":
                add = add[~add["article_id"].isin(seen)]
            parts = [x for x in (out[name], add) if len(x)]
            merged[name] = pd.concat(parts, ignore_index=True) if parts else out[name]
        out = merged
    return out


def known_articles(tables: Optional[dict[str, pd.DataFrame]]) -> dict[str, int]:
    """Article id → number of events, for the articles a store (or checkpoint) already holds."""
    if not tables:
        return {}
    counts = tables["events"]["article_id"].value_counts()
    return {a: int(counts.get(a, 0)) for a in tables["articles"]["article_id"]}


@contextmanager
def store_run(outdir: str | Path):
    """A run on the store under ``outdir``: holds its lock and yields (the tables already
    extracted — the store and an interrupted run's checkpoint —, the checkpoint, finish), where
    ``finish(results, summary, **kw)`` writes the store and clears the checkpoint."""
    with store_lock(outdir):
        try:
            previous = load_store(outdir)
        except FileNotFoundError:
            previous = None
        ckpt = Checkpoint(outdir)
        done = merge_tables(previous, ckpt.tables())

        def finish(results, summary, **kw):
            write_store(results, summary, outdir, merge_tables(done, ckpt.tables()), **kw)
            ckpt.clear()

        yield done, ckpt, finish


def run_incremental(paths, outdir: str | Path, progress: bool = False, on_progress=None, jobs: int = 1,
                    **limits) -> RunSummary:
    """Extract the files into the store under ``outdir``: articles the store (or an interrupted
    run's checkpoint) already holds are not extracted again, new ones are added, progress is
    checkpointed every 500 articles, and the store is swapped in atomically at the end. One
    writer at a time (the store's lock)."""
    from .pipeline import process_files
    with store_run(outdir) as (done, ckpt, finish):
        results, summary = process_files(paths, progress=progress, on_progress=on_progress,
                                         known=known_articles(done), on_batch=ckpt.save, jobs=jobs, **limits)
        finish(results, summary)
    return summary


def append_to_store(paths, outdir: str | Path, progress=None) -> RunSummary:
    """Extract the files and add their articles to the store under ``outdir`` (created when
    missing), under the store's lock. ``progress(i, n)`` is called after each file."""
    return run_incremental([Path(p) for p in paths], outdir, on_progress=progress)


def _has_events(p: Path) -> bool:
    return (p / "events.parquet").exists() or (p / "events").is_dir()


def store_exists(outdir: str | Path) -> bool:
    return _has_events(store_path(outdir))


def store_stamp(outdir: str | Path) -> float:
    """When the store was last written (changes with every write, whatever the layout)."""
    p = store_path(outdir)
    m = p / "MANIFEST.json"
    return (m if m.exists() else p).stat().st_mtime


def store_path(outdir: str | Path) -> Path:
    p = Path(outdir)
    return p if _has_events(p) else p / STORE_DIR


def load_store(outdir: str | Path, tables: Iterable[str] = TABLES,
               columns: Optional[dict[str, list[str]]] = None) -> dict[str, pd.DataFrame]:
    """The store's tables as DataFrames (only ``tables``, and of each only the ``columns``
    given for it: the articles without their texts, say); raises FileNotFoundError when there
    is no store."""
    p = store_path(outdir)
    if not _has_events(p):
        raise FileNotFoundError(f"no event store under {outdir}")
    columns = columns or {}
    out = {}
    for name in tables:
        f = p / f"{name}.parquet"
        if f.exists():
            cols = columns.get(name)
            if cols is not None:
                present = set(pq.read_schema(f).names)
                cols = [c for c in cols if c in present]
            out[name] = pd.read_parquet(f, columns=cols)
    if "events" not in tables:
        return out
    if "events" not in out:   # the month-partitioned layout of the distributed engine
        ev = pd.read_parquet(p / "events")
        out["events"] = ev.drop(columns=["month"]).reset_index(drop=True)
    # a store written before a column was added reads with that column empty
    ev = out["events"]
    for c in EVENT_COLUMNS:
        if c not in ev:
            ev[c] = None
    return out


def article_rows(outdir: str | Path, table: str, article_id: str,
                 columns: Optional[list[str]] = None) -> pd.DataFrame:
    """The rows of one article in a table (``articles``, ``mentions``), read with the filter
    pushed down to the Parquet reader: row groups whose statistics exclude the article are
    skipped, so the look-up costs the same in a store of a hundred or a million articles."""
    f = store_path(outdir) / f"{table}.parquet"
    if not f.exists():
        return pd.DataFrame(columns=columns or [])
    return pq.read_table(f, columns=columns, filters=[("article_id", "=", article_id)]).to_pandas()


def articles_containing(outdir: str | Path, text: str) -> set[str]:
    """The ids of the articles whose text contains ``text`` (case-insensitive): a scan of the
    text column in batches with the predicate evaluated by Arrow, the texts never held."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds
    f = store_path(outdir) / "articles.parquet"
    if not f.exists() or not text:
        return set()
    table = ds.dataset(f, format="parquet").to_table(
        columns=["article_id"], filter=pc.match_substring(pc.field("text"), text, ignore_case=True))
    return set(table.column("article_id").to_pylist())
