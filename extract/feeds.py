"""Sources on the web: RSS/Atom feeds, article URLs and feed-list files.

A source named on the command line is, in this order: an http(s) URL (fetched: a feed's
entries are read one page each, an HTML page is one article), a feed-list file (every line that
is not blank or a ``#`` comment is an http(s) URL), or a local file or folder (read as before).
Nothing here touches the network unless the user named a URL.

The inputs it makes go through :func:`extract.pipeline.process_files` like files: each one ends
in the run summary, processed or skipped with the reason. Feeds are parsed with ``feedparser``;
pages are read by the same reader as a saved web page (trafilatura); the feed's date is the
publication date when the page has none. What was fetched is remembered in
``OUTDIR/feeds.json`` (:class:`SourceState`): each feed's last fetch, its error, and the entries
already read, which are not fetched again (a restart resumes; the dashboard lists the feeds).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional
from urllib.parse import urlsplit

from .fetch import Fetcher, FetchError, is_url
from .reader import ReadError, decode_bytes, iter_inputs, looks_like_html, parse_article
from .schema import Article

STATE_FILE = "feeds.json"
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json"}
# reasons worth another try at the next poll (the rest are remembered and not fetched again)
TRANSIENT = ("timed out", "HTTP 5", "HTTP 429", "cannot connect", "network error")


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


class SourceState:
    """``OUTDIR/feeds.json``: per feed its last fetch time, status and error, and every entry
    read (link → article id or the reason it was skipped); per watched file its modification
    time and size. Written to a temporary file and renamed (a reader never sees half of it)."""

    def __init__(self, outdir: str | Path | None):
        self.path = Path(outdir) / STATE_FILE if outdir is not None else None
        self.feeds: dict[str, dict] = {}
        self.entries: dict[str, dict] = {}      # link → {"article_id" | "reason", "feed"}
        self.files: dict[str, list] = {}        # path → [mtime_ns, size]
        if self.path is not None and self.path.exists():
            try:
                data = json.loads(self.path.read_text())
                self.feeds, self.entries, self.files = data.get("feeds", {}), data.get("entries", {}), \
                    data.get("files", {})
            except (ValueError, OSError):
                pass                              # a broken state file: start afresh

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{STATE_FILE}.{os.getpid()}")
        tmp.write_text(json.dumps({"feeds": self.feeds, "entries": self.entries, "files": self.files}))
        os.replace(tmp, self.path)

    def seen(self, link: str) -> Optional[dict]:
        e = self.entries.get(link)
        if e is None or not ("article_id" in e or "reason" in e) or (e.get("reason") or "").startswith(TRANSIENT):
            return None
        return e

    def record(self, results) -> None:
        """Remember the outcome of every remote input of a run (from its summary)."""
        for r in results:
            if not is_url(r.path) or r.reason.endswith("not fetched again)") or r.path in self.feeds:
                continue
            old = self.entries.get(r.path, {})
            self.entries[r.path] = {"feed": old.get("feed", ""),
                                    **({"article_id": r.article_id} if r.status == "processed"
                                       else {"reason": r.reason})}


def load_state(outdir) -> dict:
    """The feeds' status for display (the dashboard's source list): url → {last_fetch, status,
    error, title, entries}."""
    return SourceState(outdir).feeds


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


def remote_inputs(url: str, fetcher: Fetcher, state: SourceState, as_feed: bool = False,
                  only_new: bool = False) -> Iterator:
    """The inputs one URL makes: a feed's entries (those read before only as such, not fetched
    again), the page itself, or a SkippedInput with the reason. Records the feed's status in
    ``state``. ``only_new`` (follow mode): the entries read before are left out."""
    if only_new and url not in state.feeds and state.seen(url) is not None:
        return                                       # a page read before (follow mode)
    info = state.feeds.setdefault(url, {}) if as_feed else None
    try:
        resp = fetcher.get(url)
    except FetchError as e:
        if info is not None or url in state.feeds:
            state.feeds[url].update(last_fetch=_now(), status="error", error=str(e))
        yield SkippedInput(url, str(e))
        return
    head = resp.body[:2000].decode("utf-8", "replace")
    is_feed = resp.content_type in FEED_TYPES or _looks_like_xml(head)
    if not is_feed and not as_feed and (resp.content_type == "text/html" or looks_like_html(head)):
        known = state.seen(url)
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
            yield SkippedInput(f"{url} [{str(name)[:60]}]", "feed entry without a link")
            continue
        seen = state.seen(link)
        state.entries.setdefault(link, {})["feed"] = url
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
