"""The event store: Parquet tables under ``OUTDIR/store/``.

* ``articles.parquet``: one row per article (the Article record, text included);
* ``events.parquet``: one row per event, the place flattened into ``place_*`` columns;
* ``mentions.parquet``: every timex, place and actor mention (``kind`` says which) with offsets;
* ``inputs.parquet``: the run summary, one row per input (processed / skipped and why);
* ``index.parquet``: article id → the row groups of ``articles`` and ``mentions`` holding its rows.

A run holds neither texts nor mentions: they are streamed into the new store a batch at a time
(the previous store, an interrupted run's checkpoint, the new results), and the events are
clustered and written whole months at a time.

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
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .pipeline import Extraction, RunSummary
from .schema import EVENT_COLUMNS, event_row

STORE_DIR = "store"
TABLES = ("articles", "events", "mentions", "inputs")
BY_ARTICLE = ("articles", "mentions")       # tables read one article at a time
ROW_GROUP = 2048          # rows per row group of the tables read one article at a time
INDEX_GROUP = 4096        # rows per row group of the index
EVENTS_GROUP = 65536      # rows per row group of events.parquet
CLUSTER_GROUP = 10_000    # events clustered at once (whole months; a month larger than this alone)

ARTICLES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("source", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("published", pa.string()), ("published_granularity", pa.string()), ("language", pa.string()),
    ("path", pa.string()), ("text", pa.string()), ("filing_place", pa.string()),
    ("dateline_end", pa.int64()), ("flags", pa.list_(pa.string()))])
MENTIONS_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("kind", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
    ("text", pa.string()), ("label", pa.string()), ("value", pa.string()), ("extra", pa.string())])
_INTS = {"trigger_start", "trigger_end", "sentence_start", "sentence_end", "place_start", "place_end", "geonameid"}
_FLOATS = {"lat", "lon", "confidence"}
_LISTS = {"actors", "actor1", "actor2"}
EVENTS_SCHEMA = pa.schema([(c, pa.int64() if c in _INTS else pa.float64() if c in _FLOATS
                            else pa.list_(pa.string()) if c in _LISTS else pa.string()) for c in EVENT_COLUMNS])
SCHEMAS = {"articles": ARTICLES_SCHEMA, "mentions": MENTIONS_SCHEMA, "events": EVENTS_SCHEMA}
INPUT_COLUMNS = ["path", "status", "reason", "article_id", "events"]


def _json(record: dict) -> str:
    """A mention's whole record as JSON text (orjson, already a requirement for plotly: ten
    times faster than json.dumps, and a store holds a record per mention)."""
    return orjson.dumps(record).decode()


def _frames(results: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """The articles, events and mentions of extractions as DataFrames."""
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
    return {"articles": pd.DataFrame(arts, columns=ARTICLES_SCHEMA.names),
            "events": events,
            "mentions": pd.DataFrame(ments, columns=MENTIONS_SCHEMA.names)}


def _inputs(summary: RunSummary) -> pd.DataFrame:
    return pd.DataFrame([asdict(r) for r in summary.inputs], columns=INPUT_COLUMNS)


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


class Part:
    """Records already on disk that a new store takes over: a previous store or one batch of a
    checkpoint. Its tables are streamed into the new store batch by batch, never loaded whole."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def ids(self) -> pa.Array:
        ids = pq.read_table(self.folder / "articles.parquet", columns=["article_id"]).column(0)
        return ids.cast(pa.string()).combine_chunks()     # older stores wrote large strings

    def event_counts(self) -> pd.Series:
        """Events per article."""
        return pd.Series(self._events(["article_id"]).column("article_id").to_pandas()).value_counts()

    def _events(self, columns=None):
        f = self.folder / "events.parquet"
        if f.exists():
            return pq.read_table(f, columns=columns)
        import pyarrow.dataset as ds                 # the month-partitioned layout
        return ds.dataset(self.folder / "events", format="parquet", partitioning="hive").to_table(columns=columns)

    def batches(self, table: str):
        if table == "events" and not (self.folder / "events.parquet").exists():
            import pyarrow.dataset as ds
            data = ds.dataset(self.folder / "events", format="parquet", partitioning="hive")
            names = [c for c in EVENTS_SCHEMA.names if c in data.schema.names]
            for b in data.to_batches(columns=names, batch_size=ROW_GROUP * 8):
                yield pa.Table.from_batches([b])
            return
        f = self.folder / f"{table}.parquet"
        if f.exists():
            for b in pq.ParquetFile(f).iter_batches(batch_size=ROW_GROUP):
                yield pa.Table.from_batches([b])


class _Writer:
    """One table of the store written batch by batch (memory bounded by a batch); each batch
    sorted by article, in row groups of ``ROW_GROUP`` rows. Records, for every article, the
    first and last row group holding its rows: the store's index."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.schema = schema
        self.writer = pq.ParquetWriter(path, schema)
        self.groups = 0
        self.spans: list[pa.Table] = []     # article_id, first and last row group

    def add(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        table = _conform(table, self.schema).sort_by("article_id")
        self.writer.write_table(table, row_group_size=ROW_GROUP)
        groups = pa.array([self.groups + i // ROW_GROUP for i in range(table.num_rows)], pa.int32())
        self.groups += -(-table.num_rows // ROW_GROUP)
        span = pa.table({"article_id": table.column("article_id"), "rg": groups}).group_by("article_id") \
            .aggregate([("rg", "min"), ("rg", "max")])
        self.spans.append(span)

    def close(self) -> pa.Table:
        self.writer.close()
        if not self.spans:
            return pa.table({"article_id": pa.array([], pa.string()), "rg_min": pa.array([], pa.int32()),
                             "rg_max": pa.array([], pa.int32())})
        return pa.concat_tables(self.spans).group_by("article_id").aggregate([("rg_min", "min"), ("rg_max", "max")]) \
            .rename_columns(["article_id", "rg_min", "rg_max"])


class _EventsByMonth:
    """The events of a run, spilled to a temporary Arrow IPC file as they come, each batch
    sorted and cut by month (IPC keeps only an offset per record batch, where Parquet would hold
    metadata for thousands of small row groups), then read back months at a time, in groups of
    about ``CLUSTER_GROUP`` events, to be clustered and written. Clustering compares only
    reports that start the same day, so whole months at a time give the same clusters as all
    events at once, with memory bounded by the group (or the largest month)."""

    def __init__(self, path: Path):
        self.path = path
        self.writer = None
        self.groups: dict[str, list[int]] = {}      # month -> its record batches in the file
        self.n = 0

    def add(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        table = _conform(table, EVENTS_SCHEMA)
        if self.writer is None:
            self.writer = pa.ipc.new_file(str(self.path), EVENTS_SCHEMA)
        months = _month(table)
        order = pc.sort_indices(months)
        table, months = table.take(order), months.take(order)
        # the runs of one month in the sorted column: zero-copy slices
        values, counts = _runs_of(months)
        at = 0
        for m, k in zip(values, counts):
            for batch in table.slice(at, k).combine_chunks().to_batches():
                self.writer.write_batch(batch)
                self.groups.setdefault(m, []).append(self.n)
                self.n += 1
            at += k

    def months(self):
        """([(month, first row, rows), ...], those months' events as an Arrow table with their
        cluster ids), a group of whole months at a time, in month order. Only the reports the
        clustering can match go through pandas (:func:`extract.cluster.cluster_column`)."""
        from .cluster import cluster_column
        if self.writer is None:
            return
        self.writer.close()
        with pa.memory_map(str(self.path)) as source:
            reader = pa.ipc.open_file(source)
            batches, spans, rows = [], [], 0

            def flush():
                ev = pa.Table.from_batches(batches, schema=EVENTS_SCHEMA)
                return spans, ev.set_column(ev.schema.get_field_index("cluster_id"), "cluster_id",
                                            cluster_column(ev))

            for m in sorted(self.groups):
                got = [reader.get_batch(i) for i in self.groups[m]]
                k = sum(b.num_rows for b in got)
                spans.append((m, rows, k))
                batches += got
                rows += k
                if rows >= CLUSTER_GROUP:
                    yield flush()
                    batches, spans, rows = [], [], 0
            if batches:
                yield flush()


def _runs_of(sorted_values: pa.Array) -> tuple[list, list]:
    """The distinct values of a sorted array and how many times each comes, in order."""
    counts = pc.value_counts(sorted_values)
    pairs = sorted(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist()))
    return [v for v, _ in pairs], [c for _, c in pairs]


def _month(events: pa.Table) -> pa.Array:
    """The month of each event's start (else end) date, "undated" without either."""
    d = pc.coalesce(events.column("date_start"), events.column("date_end"))
    return pc.fill_null(pc.utf8_slice_codeunits(d, 0, 7), "undated").combine_chunks()


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The table with the schema's columns and types (a column it lacks — a store written
    before that column existed — comes out empty)."""
    cols = [table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
            for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


def _chunks(items: Iterable, size: int):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_store(results: Iterable[Extraction], summary: RunSummary, outdir: str | Path,
                previous: Iterable[Part] = (), partition_months: bool = False) -> Path:
    """Write the store and swap it in atomically; returns the store folder.

    ``previous``: records already on disk (the old store, checkpoint batches), taken over first;
    each article is kept once (the first wins; ``results`` themselves hold each article once, as
    ``process_files`` returns them). Every table goes through the writers a batch at a time and
    the events are clustered a group of months at a time, so memory does not grow with the
    texts. The inputs table is this run's summary. With ``partition_months`` the events are a
    dataset partitioned by month (``events/month=…/``)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    final = out / STORE_DIR
    tmp = out / f".{STORE_DIR}.tmp-{os.getpid()}-{int(time.time() * 1000)}"
    tmp.mkdir()
    try:
        writers = {name: _Writer(tmp / f"{name}.parquet", SCHEMAS[name]) for name in BY_ARTICLE}
        events = _EventsByMonth(tmp / ".events-by-month.arrow")
        seen: list[pa.Array] = []      # the ids of the parts taken over (not of the new results)

        def new_ids(ids: pa.Array, taken: Optional[pa.Array]) -> Optional[pa.Array]:
            """Of these article ids, those not ``taken`` already (None: all of them)."""
            if taken is None:
                return None
            return pc.filter(ids, pc.invert(pc.is_in(ids, value_set=taken)))

        def keep(table, ids):
            if ids is None:
                return table
            return table.filter(pc.is_in(table.column("article_id").cast(pa.string()), value_set=ids))

        for part in previous:
            part_ids = part.ids()
            ids = new_ids(part_ids, pa.concat_arrays(seen) if seen else None)
            for name in (*BY_ARTICLE, "events"):
                for batch in part.batches(name):
                    (events if name == "events" else writers[name]).add(keep(batch, ids))
            seen.append(part_ids if ids is None else ids)
        # joined once: the new results come in many chunks (joining for each would be quadratic)
        taken = pa.concat_arrays(seen) if seen else None
        for chunk in _chunks(results, 500):
            t = {name: pa.Table.from_pandas(df, schema=SCHEMAS[name], preserve_index=False)
                 for name, df in _frames(chunk).items()}
            ids = new_ids(t["articles"].column("article_id").combine_chunks(), taken)
            for name in (*BY_ARTICLE, "events"):
                (events if name == "events" else writers[name]).add(keep(t[name], ids))
        spans = {name: w.close() for name, w in writers.items()}
        _write_index(tmp / "index.parquet", spans)
        _write_events(events, tmp, partition_months)
        (tmp / ".events-by-month.arrow").unlink(missing_ok=True)
        _inputs(summary).to_parquet(tmp / "inputs.parquet", index=False)
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


def _write_events(events: _EventsByMonth, folder: Path, partition_months: bool) -> None:
    """The clustered events as ``events.parquet`` (row groups of about ``EVENTS_GROUP`` rows) or,
    with ``partition_months``, as a dataset ``events/month=YYYY-MM/``."""
    if partition_months:
        (folder / "events").mkdir()
        for spans, ev in events.months():
            for m, at, k in spans:
                d = folder / "events" / f"month={m}"
                d.mkdir()
                pq.write_table(ev.slice(at, k), d / "part-0.parquet")
        if not any((folder / "events").iterdir()):
            pq.write_table(EVENTS_SCHEMA.empty_table(), folder / "events" / "part-0.parquet")
        return
    with pq.ParquetWriter(folder / "events.parquet", EVENTS_SCHEMA) as w:
        for _, ev in events.months():
            w.write_table(ev, row_group_size=EVENTS_GROUP)


def _write_index(path: Path, spans: dict[str, pa.Table]) -> None:
    """article_id → the row groups of each table that hold its rows, sorted by article id in
    small row groups: a look-up reads one row group of the index, then one of the table."""
    idx = spans["articles"].rename_columns(["article_id", "articles_first", "articles_last"])
    m = spans["mentions"].rename_columns(["article_id", "mentions_first", "mentions_last"])
    idx = idx.join(m, "article_id", join_type="left outer").sort_by("article_id")
    pq.write_table(idx, path, row_group_size=INDEX_GROUP)


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
        for name, df in _frames(results).items():
            df.to_parquet(tmp / f"{name}.parquet", index=False, schema=SCHEMAS.get(name))
        os.replace(tmp, self.dir / f"batch-{n:05d}")

    def parts(self) -> list[Part]:
        return [Part(b) for b in sorted(self.dir.glob("batch-*"))] if self.dir.exists() else []

    def clear(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def known_articles(parts: Iterable[Part]) -> dict[str, int]:
    """Article id → number of events, for the articles already on disk (a store, a checkpoint)."""
    known: dict[str, int] = {}
    for part in parts:
        counts = part.event_counts()
        for a in part.ids().to_pylist():
            known.setdefault(a, int(counts.get(a, 0)))
    return known


@contextmanager
def store_run(outdir: str | Path):
    """A run on the store under ``outdir``: holds its lock and yields (the articles already
    extracted — in the store or an interrupted run's checkpoint — with their event counts, the
    checkpoint, finish), where ``finish(results, summary, **kw)`` writes the store (taking over
    the old one and the checkpoint) and clears the checkpoint."""
    with store_lock(outdir):
        store = [Part(store_path(outdir))] if store_exists(outdir) else []
        ckpt = Checkpoint(outdir)
        known = known_articles(store + ckpt.parts())

        def finish(results, summary, **kw):
            write_store(results, summary, outdir, store + ckpt.parts(), **kw)
            ckpt.clear()

        yield known, ckpt, finish


def run_incremental(paths, outdir: str | Path, progress: bool = False, on_progress=None, jobs: int = 1,
                    **limits) -> RunSummary:
    """Extract the files into the store under ``outdir``: articles the store (or an interrupted
    run's checkpoint) already holds are not extracted again, new ones are added, progress is
    checkpointed every 500 articles, and the store is swapped in atomically at the end. One
    writer at a time (the store's lock)."""
    from .pipeline import process_files
    with store_run(outdir) as (known, ckpt, finish):
        results, summary = process_files(paths, progress=progress, on_progress=on_progress,
                                         known=known, on_batch=ckpt.save, jobs=jobs, **limits)
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
    """The rows of one article in a table (``articles``, ``mentions``). The store's index says
    which row groups hold them (one row group of the index read, found by its statistics), so
    the look-up costs the same in a store of a hundred or a million articles; a store written
    before the index existed is read with the filter pushed down to the Parquet reader."""
    p = store_path(outdir)
    f = p / f"{table}.parquet"
    if not f.exists():
        return pd.DataFrame(columns=columns or [])
    index = p / "index.parquet"
    if not index.exists():
        return pq.read_table(f, columns=columns, filters=[("article_id", "=", article_id)]).to_pandas()
    hit = pq.read_table(index, columns=[f"{table}_first", f"{table}_last"],
                        filters=[("article_id", "=", article_id)])
    if not hit.num_rows or hit.column(0)[0].as_py() is None:
        empty = pq.read_schema(f).empty_table()
        return (empty if columns is None else empty.select(columns)).to_pandas()
    first, last = hit.column(0)[0].as_py(), hit.column(1)[0].as_py()
    cols = None if columns is None else list(dict.fromkeys(["article_id", *columns]))
    rows = pq.ParquetFile(f).read_row_groups(range(first, last + 1), columns=cols)
    rows = rows.filter(pc.equal(rows.column("article_id"), article_id))
    return (rows if columns is None else rows.select(columns)).to_pandas()


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
