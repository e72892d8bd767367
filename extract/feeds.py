"""Sources on the web: RSS/Atom feeds, article URLs and feed-list files.

A source named on the command line is, in this order: an http(s) URL (fetched: a feed's
entries are read one page each, an HTML page is one article), a feed-list file (every line that
is not blank or a ``#`` comment is an http(s) URL), or a local file or folder (read as before).
Nothing here touches the network unless the user named a URL.

The inputs it makes go through :func:`extract.pipeline.process_files` like files: each one ends
in the run summary, processed or skipped with the reason. Feeds are parsed with ``feedparser``;
pages are read by the same reader as a saved web page (trafilatura); the feed's date is the
publication date when the page has none. What was fetched is remembered in
``OUTDIR/feeds.json`` (:class:`SourceState`: each feed's last fetch and its error; the dashboard
lists the feeds) and ``OUTDIR/feeds.sqlite`` (the entries already read, which are not fetched
again, on disk: a restart resumes, and a long follow run does not hold them).
"""
from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional
from urllib.parse import urlsplit

from .fetch import Fetcher, FetchError, is_url
from .reader import ReadError, decode_bytes, iter_inputs, looks_like_html, parse_article
from .schema import Article

STATE_FILE = "feeds.json"
ENTRIES_FILE = "feeds.sqlite"
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json"}
# reasons worth another try at the next poll (the rest are remembered and not fetched again)
TRANSIENT = ("timed out", "HTTP 5", "HTTP 429", "cannot connect", "network error")
# reasons of a fetch that gave no page: a URL the user named is fetched again at every poll
FETCH_FAILED = TRANSIENT + ("HTTP ", "disallowed by the site's robots.txt", "over the size limit", "redirect loop",
                            "not an http(s) address")
_SIZE_LIMIT = re.compile(r"^over the size limit \((?:[\d,]+ bytes > |more than )([\d,]+)")


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


class SourceState:
    """What a run or a follow session remembers of its sources, under OUTDIR:

    * ``feeds.json``: per feed its last fetch time, status, error, title and entries (a few
      lines per feed; the dashboard's source list reads it);
    * ``feeds.sqlite``: every feed entry read (link → article id or the reason it was skipped,
      and its feed) and every watched file (path → modification time and size). On disk, not in
      memory: a follow run over 10,000 or a million entries holds only the current poll's.

    Changes of a poll are kept in memory until :meth:`save`, which writes them in one short
    transaction and then replaces ``feeds.json`` (written to a temporary file and renamed: a
    reader never sees half of it). A ``feeds.json`` of an earlier version, with the entries and
    files inside, is taken over at the first save."""

    def __init__(self, outdir: str | Path | None):
        self.path = Path(outdir) / STATE_FILE if outdir is not None else None
        self.db_path = Path(outdir) / ENTRIES_FILE if outdir is not None else None
        self.feeds: dict[str, dict] = {}
        self._entries: dict[str, dict] = {}     # this poll's: link → {"article_id" | "reason", "feed"}
        self._files: dict[str, list] = {}       # this poll's: path → [mtime_ns, size]
        self._db = None
        if self.path is not None and self.path.exists():
            try:
                data = json.loads(self.path.read_text())
            except (ValueError, OSError):
                data = {}                         # a broken state file: start afresh
            self.feeds = data.get("feeds", {})
            old_entries, old_files = data.get("entries") or {}, data.get("files") or {}
            # the single-file state of an earlier version: taken over (unless already done)
            if (old_entries or old_files) and not (self.db_path.exists() and self._known_count()):
                self._entries, self._files = dict(old_entries), dict(old_files)

    # -- the database (opened on first use; none without an OUTDIR)
    def _conn(self):
        if self.db_path is None:
            return None
        if self._db is None:
            import sqlite3
            if not self.db_path.exists() and not self.db_path.parent.exists():
                return None                      # nothing stored yet: nothing to read
            self._db = sqlite3.connect(str(self.db_path), timeout=60)
            self._db.execute("CREATE TABLE IF NOT EXISTS entries (link TEXT PRIMARY KEY, feed TEXT, "
                             "article_id TEXT, reason TEXT)")
            self._db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, mtime_ns INTEGER, "
                             "size INTEGER)")
            self._db.commit()
        return self._db

    def _known_count(self) -> int:
        db = self._conn()
        return db.execute("SELECT count(*) FROM entries").fetchone()[0] if db is not None else 0

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def entry(self, link: str) -> Optional[dict]:
        """What is remembered of a feed entry or page (None: nothing)."""
        e = self._entries.get(link)
        if e is not None:
            return e
        db = self._conn()
        if db is None:
            return None
        row = db.execute("SELECT feed, article_id, reason FROM entries WHERE link = ?", (link,)).fetchone()
        if row is None:
            return None
        return {"feed": row[0] or "", **({"article_id": row[1]} if row[1] is not None else {}),
                **({"reason": row[2]} if row[2] is not None else {})}

    def seen(self, link: str, max_bytes: Optional[int] = None) -> Optional[dict]:
        """What is remembered of ``link`` as read for good: its article id, or the reason it was
        skipped. None (to be fetched again): nothing, a transient failure, or a skip for its size
        under a smaller limit than ``max_bytes`` (the limit in force now)."""
        e = self.entry(link)
        if e is None or not ("article_id" in e or "reason" in e):
            return None
        reason = e.get("reason") or ""
        if reason.startswith(TRANSIENT) or not within_old_limit(reason, max_bytes):
            return None
        return e

    def note_feed(self, link: str, feed: str, known: Optional[dict] = None) -> None:
        """The entry ``link`` is in ``feed`` (``known``: what :meth:`entry` gave, when asked)."""
        e = known if known is not None else self.entry(link)
        if e is None or e.get("feed") != feed:
            self._entries[link] = {**(e or {}), "feed": feed}

    def record(self, results) -> None:
        """Remember the outcome of every remote input of a run (from its summary); per feed, how
        many of the entries read this time were skipped, and the last reason (the source list)."""
        touched = set()
        for r in results:
            if not is_url(r.path) or r.reason.endswith("not fetched again)") or r.path in self.feeds:
                continue
            old = self.entry(r.path) or {}
            self._entries[r.path] = {"feed": old.get("feed", ""),
                                     **({"article_id": r.article_id} if r.status == "processed"
                                        else {"reason": r.reason})}
            feed = self.feeds.get(old.get("feed", ""))
            if feed is None:
                continue
            if id(feed) not in touched:
                touched.add(id(feed))
                feed.update(read=0, skipped=0, last_skip="")
            feed["read"] += 1
            if r.status == "skipped":
                feed["skipped"] += 1
                feed["last_skip"] = f"{r.reason} ({r.path})"

    def file_sig(self, path: str) -> Optional[list]:
        """A watched file's [mtime_ns, size] when it was last read."""
        if path in self._files:
            return list(self._files[path])
        db = self._conn()
        if db is None:
            return None
        row = db.execute("SELECT mtime_ns, size FROM files WHERE path = ?", (path,)).fetchone()
        return list(row) if row is not None else None

    def set_file(self, path: str, sig: list) -> None:
        self._files[path] = list(sig)

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._entries or self._files:
            db = self._conn()
            with db:                              # one transaction: all of the poll or nothing
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                               [(k, e.get("feed", ""), e.get("article_id"), e.get("reason"))
                                for k, e in self._entries.items()])
                db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                               [(k, v[0], v[1]) for k, v in self._files.items()])
            self._entries, self._files = {}, {}
        tmp = self.path.with_name(f".{STATE_FILE}.{os.getpid()}")
        tmp.write_text(json.dumps({"feeds": self.feeds}))
        os.replace(tmp, self.path)


def size_limit(reason: str) -> Optional[int]:
    """The size limit an over-size skip was judged by (it is in the reason: "over the size limit
    (300,000 bytes > 200,000; ..." or "(more than 200,000 bytes; ..."), or None for another reason."""
    m = _SIZE_LIMIT.match(reason)
    return int(m[1].replace(",", "")) if m else None


def within_old_limit(reason: str, max_bytes: Optional[int]) -> bool:
    """False when ``reason`` is a size skip under a smaller limit than ``max_bytes``: the user
    raised --max-bytes since, and the page is fetched again."""
    old = size_limit(reason)
    return old is None or max_bytes is None or max_bytes <= old


def fetch_failed(reason: str) -> bool:
    """The reason is of a fetch that gave no page (an HTTP error, robots.txt, the size, the network)."""
    return reason.startswith(FETCH_FAILED)


def load_state(outdir) -> dict:
    """The feeds' status for display (the dashboard's source list): url → {last_fetch, status,
    error, title, entries}. Reads ``feeds.json`` only (the dashboard never writes)."""
    p = Path(outdir) / STATE_FILE
    try:
        return json.loads(p.read_text()).get("feeds", {}) if p.exists() else {}
    except (ValueError, OSError):
        return {}


# ---- the inputs a URL source makes (read by pipeline._work through ``read_remote``)

@dataclass
class RemoteInput:
    """A page to fetch and read (an entry of a feed, or a URL named by the user)."""
    url: str
    fetcher: Fetcher
    feed_title: str = ""
    feed_date: Optional[tuple[str, str]] = None   # (iso, granularity) from the feed
    from_feed: bool = False
    body: Optional[bytes] = None                   # already fetched (a URL that was a page)
    known_id: Optional[str] = None                 # read in an earlier run: its article id

    def __str__(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        return self.url

    def read_remote(self, max_bytes: int, max_chars: int, known: set) -> Article:
        if self.known_id is not None and self.known_id in known:
            raise AlreadyKnown(self.known_id)
        body = self.body
        if body is None:
            try:
                resp = self.fetcher.get(self.url)
            except FetchError as e:
                raise ReadError(str(e)) from None
            body = resp.body
        if len(body) > max_bytes:
            raise ReadError(f"over the size limit ({len(body):,} bytes > {max_bytes:,}; raise it with --max-bytes)")
        text = decode_bytes(body)
        if not looks_like_html(text) and _looks_like_xml(text):
            raise ReadError("an XML document, not an article page")
        art = parse_article(text, path=self.url, max_chars=max_chars)
        flags = list(art.flags)
        published, granularity = art.published, art.published_granularity
        if self.feed_date and (published is None or "publication_date_from_file_name" in flags):
            published, granularity = self.feed_date
            flags = [f for f in flags if f not in ("no_publication_date", "unparsed_publication_date",
                                                   "publication_date_from_file_name")]
            flags.append("publication_date_from_feed")
        if published is None and self.from_feed:
            raise ReadError("no publication date (neither in the feed entry nor on the page)")
        source = art.source or self.feed_title or urlsplit(self.url).netloc
        return replace(art, url=self.url, path=self.url, source=source, published=published,
                       published_granularity=granularity, flags=tuple(flags))


class AlreadyKnown(Exception):
    """A remote input read in an earlier run whose article the store holds."""


@dataclass
class SkippedInput:
    """A source or a feed entry that gives no page to read, with the reason."""
    name: str
    reason: str

    def __str__(self) -> str:
        return self.name

    def read_remote(self, max_bytes: int, max_chars: int, known: set) -> Article:
        raise ReadError(self.reason)


def _looks_like_xml(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<?xml") or head.startswith(("<rss", "<feed", "<rdf"))


def _entry_date(entry) -> Optional[tuple[str, str]]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}", "minute"
    return None


def read_feed_list(path: Path) -> Optional[list[str]]:
    """The URLs of a feed-list file (one a line, ``#`` comments, blank lines), or None when the
    file is not one (any other line, too large, not text)."""
    try:
        if not path.is_file() or path.stat().st_size > 1_000_000:
            return None
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    urls = []
    for line in lines:
        s = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not s:
            continue
        if not is_url(s) or " " in s:
            return None
        urls.append(s)
    return urls or None


def read_before(url: str, state: SourceState, max_bytes: Optional[int] = None) -> bool:
    """A URL the user named was read as a page before (follow mode: not fetched again). Not
    when its fetch failed (an HTTP error, robots.txt, the size, the network): it is fetched again
    at the next poll, and a page that was missing for a while is read once it is there."""
    if url in state.feeds:
        return False                                 # a feed, or a source whose last fetch failed
    seen = state.seen(url, max_bytes)
    return seen is not None and not fetch_failed(seen.get("reason") or "")


def remote_inputs(url: str, fetcher: Fetcher, state: SourceState, as_feed: bool = False,
                  only_new: bool = False) -> Iterator:
    """The inputs one URL makes: a feed's entries (those read before only as such, not fetched
    again), the page itself, or a SkippedInput with the reason. Records the feed's status in
    ``state``; a URL whose fetch failed is listed with the feeds (its last fetch and the error)
    until it gives a page. ``only_new`` (follow mode): the entries read before are left out."""
    limit = getattr(fetcher, "max_bytes", None)     # the size limit in force (a skip under a smaller one is retried)
    if only_new and read_before(url, state, limit):
        return                                       # a page read before (follow mode)
    try:
        resp = fetcher.get(url)
    except FetchError as e:
        # named by the user: listed with the feeds (it may be one) and fetched again next time
        state.feeds.setdefault(url, {}).update(last_fetch=_now(), status="error", error=str(e))
        yield SkippedInput(url, str(e))
        return
    head = resp.body[:2000].decode("utf-8", "replace")
    is_feed = resp.content_type in FEED_TYPES or _looks_like_xml(head)
    if not is_feed and not as_feed and (resp.content_type == "text/html" or looks_like_html(head)):
        if "entries" not in state.feeds.get(url, {"entries": 0}):
            del state.feeds[url]                     # listed for its failed fetches only: a page after all
        known = state.seen(url, limit)
        yield RemoteInput(url, fetcher, body=resp.body, known_id=(known or {}).get("article_id"))
        return
    import feedparser
    d = feedparser.parse(resp.body, response_headers={"content-location": resp.url})
    if not d.get("version") and not d.entries:
        why = d.get("bozo_exception")
        reason = "not a feed (not XML" + (f": {str(why)[:120]}" if why else "") + ")"
        state.feeds.setdefault(url, {}).update(last_fetch=_now(), status="error", error=reason)
        yield SkippedInput(url, reason)
        return
    title = (d.feed.get("title") or "").strip()
    new = 0
    for i, entry in enumerate(d.entries):
        link = (entry.get("link") or "").strip()
        if not link:
            name = entry.get("title") or entry.get("id") or f"entry {i + 1}"
            key = f"{url} [{str(name)[:60]}]"
            if only_new and state.seen(key) is not None:
                continue                             # reported at an earlier poll (remembered by name)
            state.note_feed(key, url)
            yield SkippedInput(key, "feed entry without a link")
            continue
        known = state.entry(link)
        seen = state.seen(link, limit)
        state.note_feed(link, url, known)
        if seen is None:
            new += 1
        elif only_new:
            continue
        elif "reason" in seen:                       # skipped for good in an earlier run
            yield SkippedInput(link, f"{seen['reason']} (when fetched before; not fetched again)")
            continue
        yield RemoteInput(link, fetcher, feed_title=title, feed_date=_entry_date(entry), from_feed=True,
                          known_id=(seen or {}).get("article_id"))
    state.feeds.setdefault(url, {}).update(last_fetch=_now(), status="ok", error="", title=title,
                                           entries=len(d.entries), new=new)


def expand_sources(sources: Iterable[str], fetcher: Optional[Fetcher] = None,
                   state: Optional[SourceState] = None, only_new: bool = False) -> Iterator:
    """Every input of the sources: local files (as :func:`extract.reader.iter_inputs`),
    remote inputs of URLs and feed lists. The fetcher is made on the first URL (none without a
    URL: nothing reaches the network)."""
    state = state if state is not None else SourceState(None)
    for src in sources:
        src = str(src)
        urls = [src] if is_url(src) else read_feed_list(Path(src))
        if urls is None:
            yield from iter_inputs([src])
            continue
        fetcher = fetcher or Fetcher()
        for u in urls:
            yield from remote_inputs(u, fetcher, state, as_feed=not is_url(src), only_new=only_new)


def is_remote(item) -> bool:
    return isinstance(item, (RemoteInput, SkippedInput))
