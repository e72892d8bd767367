"""Engines beyond one machine: Dask distributed.

    python -m extract SOURCE... -o OUTDIR --engine dask [--scheduler tcp://host:8786]

Files are read and extracted on the cluster's workers in chunks; results come back in the
order of the inputs and go through the same bookkeeping as a local run (summary, duplicates,
articles already in the store), so the events are the same as a single process's. The store
is written with its events partitioned by month (``events/month=YYYY-MM/``), which
``extract.load_store`` and the dashboard read like the local layout. Without ``--scheduler``
a LocalCluster of two worker processes is started.
"""
from __future__ import annotations

from datetime import date
from itertools import chain
from pathlib import Path
from typing import Optional

from .pipeline import RunSummary, extract_chunk, process_files
from .reader import MAX_ARTICLE_CHARS, MAX_FILE_BYTES


def run_dask(paths, outdir, scheduler: Optional[str] = None, chunk: int = 100, progress: bool = False,
             max_bytes: int = MAX_FILE_BYTES, max_chars: int = MAX_ARTICLE_CHARS, n_workers: int = 2,
             client=None) -> RunSummary:
    from dask.distributed import Client, LocalCluster

    from .store import store_run
    paths = [str(p) for p in paths]
    with store_run(outdir) as (known, ckpt, finish):
        own = None
        if client is None:
            if scheduler:
                own = client = Client(scheduler)
            else:
                own = client = Client(LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None))
        try:
            today = date.today()
            chunks = [paths[i:i + chunk] for i in range(0, len(paths), chunk)]
            futures = [client.submit(extract_chunk, c, set(known), max_bytes, max_chars, today, pure=False)
                       for c in chunks]
            outcomes = chain.from_iterable(f.result() for f in futures)
            results, summary = process_files([Path(p) for p in paths], progress=progress, known=known,
                                             on_batch=ckpt.save, outcomes=outcomes, today=today)
        finally:
            if own is not None:
                cluster = None if scheduler else own.cluster
                own.close()
                if cluster is not None:
                    cluster.close()
        finish(results, summary, partition_months=True)
    return summary
