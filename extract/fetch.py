"""Polite HTTP fetching for feeds and article pages (standard library only).

Every request carries an identifying User-Agent, has a timeout (a deadline for the whole
request: connecting, redirects and reading, so a server that drips a byte a second cannot hold
it past ``timeout`` seconds), reads at most ``max_bytes``, follows at most ``MAX_REDIRECTS``
redirects (a loop is an error), asks robots.txt first (once per host; a robots.txt that cannot
be fetched allows everything, as crawlers do for a 404), and waits so that one host gets at
most one request every ``delay`` seconds (counted from the end of the previous request).
Nothing here runs unless the user named a URL. Failures raise :class:`FetchError` with a
reason a person reads.
"""
from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

USER_AGENT = "newsmap-extract/0.1 (news event timeline and map; offline-first research tool)"
TIMEOUT = 15.0                 # seconds per request, all of it (connect, redirects, every read)
DELAY = 1.0                    # seconds between two requests to one host
MAX_FETCH_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A URL that gave nothing usable; ``str(err)`` is the reason."""


@dataclass
class Response:
    url: str                   # after redirects
    status: int
    content_type: str
    body: bytes
    headers: dict


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1


_current = threading.local()       # the deadline of the request this thread is making


class _Deadline:
    """A request's total time limit. The connections it opens are watched: at the deadline they
    are shut down, so a read blocked on a server that drips a byte at a time returns at once
    (the socket timeout alone applies to each read, and a byte a second never reaches it)."""

    def __init__(self, seconds: float):
        self.expired = False
        self._socks: list = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock) -> None:
        with self._lock:
            self._socks.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._socks:
                _shut(sock)

    def __enter__(self) -> "_Deadline":
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        _current.deadline = None


def _shut(sock) -> None:
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)    # the socket's own (an SSL one's too)
    except OSError:
        pass                                               # closed already


_WATCHED: dict = {}


def _watched(conn_class):
    """``conn_class`` (HTTPConnection, HTTPSConnection) whose socket, once connected, is watched
    by the current request's deadline."""
    if conn_class not in _WATCHED:
        class Watched(conn_class):
            def connect(self):
                super().connect()
                deadline = getattr(_current, "deadline", None)
                if deadline is not None:
                    deadline.watch(self.sock)
        _WATCHED[conn_class] = Watched
    return _WATCHED[conn_class]


class _HTTP(urllib.request.HTTPHandler):
    def do_open(self, http_class, req, **kw):
        return super().do_open(_watched(http_class), req, **kw)


class _HTTPS(urllib.request.HTTPSHandler):
    def do_open(self, http_class, req, **kw):
        return super().do_open(_watched(http_class), req, **kw)


def is_url(s: str) -> bool:
    return isinstance(s, str) and s.lower().startswith(("http://", "https://"))


class Fetcher:
    """One per run: remembers each host's robots.txt and last request time."""

    def __init__(self, user_agent: str = USER_AGENT, timeout: float = TIMEOUT, delay: float = DELAY,
                 max_bytes: int = MAX_FETCH_BYTES, robots: bool = True):
        self.user_agent, self.timeout, self.delay, self.max_bytes = user_agent, timeout, delay, max_bytes
        self.robots = robots
        self._robots: dict[str, Optional[urllib.robotparser.RobotFileParser]] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(_Redirects(), _HTTP(), _HTTPS())
        self.requests = 0

    # -- politeness
    def _wait(self, host: str) -> None:
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            if last is not None and now - last < self.delay:
                time.sleep(self.delay - (now - last))
            self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        if not self.robots:
            return True
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            rp = urllib.robotparser.RobotFileParser(host + "/robots.txt")
            try:
                r = self._get(host + "/robots.txt", check_robots=False)
                rp.parse(r.body.decode("utf-8", "replace").splitlines())
            except FetchError as e:
                # 4xx: no rules (everything allowed); 401/403: everything disallowed (as
                # urllib.robotparser does); unreachable: allowed, the page's own fetch will tell
                rp.parse([] if "HTTP 401" not in str(e) and "HTTP 403" not in str(e)
                         else ["User-agent: *", "Disallow: /"])
            self._robots[host] = rp
        rp = self._robots[host]
        return rp.can_fetch(self.user_agent, url)

    # -- the request
    def get(self, url: str) -> Response:
        """The URL's response (status 200) or FetchError with the reason."""
        if not is_url(url):
            raise FetchError(f"not an http(s) address: {url}")
        if not self.allowed(url):
            raise FetchError("disallowed by the site's robots.txt")
        return self._get(url)

    def _get(self, url: str, check_robots: bool = True) -> Response:
        host = urlsplit(url).netloc.lower()
        self._wait(host)
        self.requests += 1
        try:
            return self._request(url)
        finally:
            # the delay counts from the end of a request: a request slow to leave (a busy machine)
            # or to answer never brings the next one closer than ``delay`` to it at the host
            with self._lock:
                self._last[host] = time.monotonic()

    def _request(self, url: str) -> Response:
        with _Deadline(self.timeout) as deadline:
            try:
                return self._read(url, deadline)
            except (FetchError, OSError, http.client.HTTPException) as e:
                if deadline.expired:          # the deadline shut the socket: whatever broke, it is that
                    raise FetchError(self._timed_out()) from None
                if isinstance(e, FetchError):
                    raise
                raise FetchError(_reason(e, self._timed_out())) from None

    def _timed_out(self) -> str:
        return f"timed out after {self.timeout:g} s"

    def _read(self, url: str, deadline: _Deadline) -> Response:
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                   "Accept": "application/rss+xml, application/atom+xml, "
                                                             "application/xml, text/xml, text/html;q=0.9, */*;q=0.5"})
        with self._opener.open(req, timeout=self.timeout) as r:
            length = r.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(f"over the size limit ({int(length):,} bytes > {self.max_bytes:,}; "
                                 f"raise it with --max-bytes)")
            body = r.read(self.max_bytes + 1)
            if deadline.expired:
                raise FetchError(self._timed_out())    # the body was cut short at the deadline
            if len(body) > self.max_bytes:
                raise FetchError(f"over the size limit (more than {self.max_bytes:,} bytes; "
                                 f"raise it with --max-bytes)")
            return Response(r.geturl(), r.status, r.headers.get_content_type(), body, dict(r.headers))


def _reason(e: Exception, timed_out: str) -> str:
    """The reason a person reads for a request that failed with ``e`` (an OSError or an
    HTTPException: a connection closed early, a bad status line)."""
    if isinstance(e, urllib.error.HTTPError):
        if 300 <= e.code < 400:
            return f"redirect loop or too many redirects (HTTP {e.code}, more than {MAX_REDIRECTS})"
        return f"HTTP {e.code} {e.reason}"
    if isinstance(e, urllib.error.URLError):
        if isinstance(e.reason, TimeoutError) or "timed out" in str(e.reason):
            return timed_out
        return f"cannot connect: {e.reason}"
    if isinstance(e, TimeoutError):
        return timed_out
    return f"network error: {e or type(e).__name__}"
