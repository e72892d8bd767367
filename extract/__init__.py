"""News event extraction: articles → dates, places, actors → events → a Parquet store.

Public API (what the dashboard and the command line use):

* :func:`read_article`, :func:`parse_article` — files / raw text → :class:`Article`;
* :func:`extract_article` — one Article → :class:`Extraction` (timexes, places, actors, events);
* :func:`annotate_doc` — the evaluation record of one ``{"doc_id", "text", "dct"}`` document;
* :func:`run` — files and folders → a store under OUTDIR, with a per-input summary;
* :func:`load_store` — the store's tables as pandas DataFrames.
"""
from .annotate import annotate_doc
from .pipeline import Extraction, RunSummary, extract_article, iter_inputs, process_files
from .reader import ReadError, parse_article, read_article
from .schema import Actor, Article, Event, Place, Timex
from .taxonomy import EVENT_FAMILIES, EVENT_TYPES


def run(sources, outdir, progress: bool = False, jobs: int = 1, fetcher=None,
        **limits) -> tuple[RunSummary, "object"]:
    """Extract every input of ``sources`` (files, folders, and the feeds, pages and feed-list
    files the user names: see :mod:`extract.feeds`) into the store under ``outdir``: new
    articles are added, unchanged ones (same content) are kept without extracting them again,
    and a killed run resumes from its checkpoint. ``limits``: ``max_bytes``, ``max_chars`` (see
    :func:`process_files`); ``jobs``: processes for large folders; ``fetcher``: an
    :class:`extract.fetch.Fetcher` (its politeness settings; made on the first URL when not
    given). Raises :class:`extract.store.StoreLocked` when another run is writing the same
    store."""
    from .feeds import SourceState, expand_sources, is_remote
    from .store import run_incremental, store_path
    state = SourceState(outdir)
    inputs = list(expand_sources(sources, fetcher, state))
    summary = run_incremental(inputs, outdir, progress=progress, jobs=jobs, **limits)
    if any(is_remote(i) for i in inputs):
        state.record(summary.inputs)
        state.save()
    state.close()
    return summary, store_path(outdir)


# the store needs pandas and pyarrow: imported when first used, so that extraction alone
# (``annotate``, the geocoder) starts fast
def load_store(outdir, tables=None, columns=None):
    """The store's tables as pandas DataFrames, all or only ``tables`` and ``columns`` (see
    :mod:`extract.store`)."""
    from .store import TABLES, load_store as _load
    return _load(outdir, tables or TABLES, columns)


def article_rows(outdir, table, article_id, columns=None):
    """One article's rows of a store table, read with the filter pushed down to Parquet."""
    from .store import article_rows as _rows
    return _rows(outdir, table, article_id, columns)


def articles_containing(outdir, text):
    """The ids of the store's articles whose text contains ``text`` (case-insensitive)."""
    from .store import articles_containing as _containing
    return _containing(outdir, text)


def write_store(results, summary, outdir):
    """Write a run's results as the store under ``outdir`` (see :mod:`extract.store`)."""
    from .store import write_store as _write
    return _write(results, summary, outdir)


__all__ = ["Actor", "Article", "Event", "Place", "Timex", "Extraction", "RunSummary", "ReadError",
           "EVENT_FAMILIES", "EVENT_TYPES", "annotate_doc", "article_rows", "articles_containing", "extract_article",
           "iter_inputs", "load_store",
           "parse_article", "process_files", "read_article", "run", "write_store"]
