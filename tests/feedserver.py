"""A real local HTTP server for the feed tests and benchmarks (stdlib ``http.server`` in a
thread): RSS, Atom, article pages and every failure case, with routes that a test can change
while a follow run polls it. Every request is logged (path, User-Agent, monotonic time)."""
from __future__ import annotations

import html
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = {
    "minsk": ("Police detain protesters in Minsk",
              ["Police detained more than 100 protesters in Minsk on Sunday, the interior ministry said.",
               "The protesters marched through the centre of the Belarusian capital after the election.",
               "Russia sent riot police to Belarus on Monday, officials said."]),
    "sochi": ("Lukashenko flies to Sochi",
              ["Belarusian President Alexander Lukashenko flew to Russia on Monday for talks with Vladimir Putin.",
               "The two leaders met in the Black Sea resort of Sochi and discussed a loan of 1.5 billion dollars.",
               "Russia was to send paratroopers to Belarus for joint drills until Sept. 25."]),
    "kyiv": ("Ukraine and Poland sign a trade deal",
             ["Ukraine signed a trade agreement with Poland in Kyiv on Tuesday, the government said.",
              "The agreement cuts tariffs on grain and steel between the two countries.",
              "Officials from both countries met in Warsaw in March to prepare the deal."]),
    "paris": ("Protest in Paris over pensions",
              ["Thousands of workers marched in Paris on Thursday against the pension reform, unions said.",
               "Police arrested 30 people near the Place de la Concorde.",
               "The government will present the reform to parliament in January."]),
}


def article_page(title: str, paras: list[str], date: str | None = None, lang: str | None = "en") -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    html_tag = f"<html lang='{lang}'>" if lang else "<html>"
    return (f"<!doctype html>{html_tag}<head><meta charset='utf-8'><title>{html.escape(title)}</title>{meta}"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>\n{body}"
            f"</article><footer>Copyright</footer></body></html>").encode()


def rss(items: list[dict], title: str = "Test News") -> bytes:
    out = []
    for it in items:
        parts = [f"<title>{html.escape(it.get('title', ''))}</title>"]
        if it.get("link"):
            parts.append(f"<link>{html.escape(it['link'])}</link>")
        if it.get("date"):
            parts.append(f"<pubDate>{it['date']}</pubDate>")
        if it.get("link"):
            parts.append(f"<guid>{html.escape(it['link'])}</guid>")
        out.append("<item>" + "".join(parts) + "</item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>test</description>{''.join(out)}</channel></rss>").encode()


def atom(items: list[dict], title: str = "Test Atom") -> bytes:
    out = []
    for it in items:
        out.append(f"<entry><title>{html.escape(it['title'])}</title><link href=\"{html.escape(it['link'])}\"/>"
                   f"<id>{html.escape(it['link'])}</id><updated>{it['date']}</updated></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:test</id><updated>2020-09-14T12:00:00Z</updated>{''.join(out)}</feed>").encode()


def rfc822(y, m, d, hh=9, mm=0) -> str:
    import calendar
    return formatdate(calendar.timegm((y, m, d, hh, mm, 0, 0, 0, 0)), usegmt=True)


def send(handler, status: int, ctype: str, body: bytes) -> None:
    """Answer a request with ``body`` (a client that hangs up early is no error here)."""
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass


class FeedServer:
    """``routes``: path → (status, content type, body bytes) or a callable(handler) that answers
    itself. Start with ``with FeedServer() as s:``; ``s.url(path)``."""

    def __init__(self):
        self.routes: dict = {}
        self.log: list[tuple[str, str, float]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *a):
                pass

            def do_GET(self):
                server.log.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if callable(route):
                    route(self)
                    return
                send(self, *route)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- canned answers
    def page(self, path, key, date=None):
        title, paras = ARTICLES[key]
        self.routes[path] = (200, "text/html; charset=utf-8", article_page(title, paras, date))

    def redirect(self, path, to):
        def answer(h):
            h.send_response(302)
            h.send_header("Location", to)
            h.send_header("Content-Length", "0")
            h.end_headers()
        self.routes[path] = answer

    def slow(self, path, seconds):
        def answer(h):
            time.sleep(seconds)
            try:
                h.send_response(200)
                h.send_header("Content-Type", "text/html")
                h.end_headers()
                h.wfile.write(b"<html><body><p>late</p></body></html>")
            except OSError:
                pass
        self.routes[path] = answer

    def drip(self, path, every=0.1, count=60, in_headers=False):
        """A server that sends a byte every ``every`` seconds (``count`` of them): in the body, or
        (``in_headers``) in a header line before the body. Each byte comes long before a socket
        timeout, so only a deadline for the whole request stops the client reading."""
        def answer(h):
            try:
                h.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n")
                if in_headers:
                    h.wfile.write(b"X-Slow: ")
                else:
                    h.wfile.write(b"\r\n<html><body><p>")
                for _ in range(count):
                    h.wfile.write(b"x")
                    h.wfile.flush()
                    time.sleep(every)
                h.wfile.write(b"\r\n\r\n<p>late</p>" if in_headers else b"</p></body></html>")
            except OSError:
                pass                                  # the client gave up: stop dripping
        self.routes[path] = answer

    def failing(self, path, times, then, status=404):
        """``status`` (404: not there yet) to the first ``times`` requests, then ``then``
        (status, content type, body): a page or a feed that appears, a failure that heals."""
        calls = []

        def answer(h):
            calls.append(path)
            if len(calls) <= times:
                h.send_error(status)
                return
            send(h, *then)
        self.routes[path] = answer
