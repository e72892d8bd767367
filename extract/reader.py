"""Reading saved news articles into :class:`Article` records.

Three layouts are understood:

* the kayhan.ir layout: site name, ``News ID: ...``, ``Publish Date : 14 September 2020 - 21:43``,
  the headline, then the body opening with a dateline (``MOSCOW (Dispatches) --``);
* a ``Key: value`` header (``Source``, ``URL``, ``Published``, ``License``, ``Title``), a blank
  line, then the body; ``Published`` may be a day, a month or a year;
* plain text: the first line is the title, the publication date is unknown and flagged.

Bad input raises :class:`ReadError` with a reason a person understands; the caller records it.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .timex.lexicon import MONTH_NAMES
from .schema import Article, make_article_id

MAX_FILE_BYTES = 20 * 1024 * 1024     # a saved page larger than this is not one article
MAX_ARTICLE_CHARS = 1_000_000         # about 150,000 words


class ReadError(Exception):
    """An input that cannot become an article; ``str(err)`` is the reason."""


MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}

_KV_LINE = re.compile(r"^([A-Z][A-Za-z -]{1,30}):\s?(.*)$")
_KNOWN_KEYS = {"source", "url", "published", "license", "licence", "title", "date", "author", "language"}
_PUBLISH_DATE = re.compile(r"^\s*Publish(?:ed)? Date\s*:\s*(.+?)\s*$", re.I | re.M)
_NEWS_ID = re.compile(r"^\s*News ID\s*:", re.I | re.M)
# "MOSCOW (Dispatches) --", "WASHINGTON (Reuters) -", "PARIS, Mo. (AP) —", "LONDON —"
# "MOSCOW (Dispatches) --", "KYIV, Ukraine (AP) —", and with a date: "MINSK, Sept 14 (Reuters) -",
# "SOCHI, Russia, September 14, 2020 /PRNewswire/ --", "CAPE TOWN, South Africa —", "Updated: ASPEN —",
# "MONTREAL, March 20, Reuter -"
_DATELINE = re.compile(
    r"^\s*(?:(?:Updated|UPDATED|Update|UPDATE)\s*:\s*)?(?P<place>[A-Z][A-Za-z .'\-]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,15}(?: (?:and |of |the )?[A-Z][A-Za-z.]{1,15}){0,2})?)"
    r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}(?:,\s*\d{4})?))?"   # ("SANTOS, BRAZIL, MARCH 11 -")
    r"(?:,\s*(?:Reuters?|AP|AFP|UPI|Xinhua))?\s*"      # ("MONTREAL, March 20, Reuter -")
    r"(?:\((?P<agency>[^)]{1,40})\)\s*|/(?P<wire>[^/\n]{1,40})/\s*)?(?:--|—|–|-)\s+")


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-patterned
    without), else the encoding charset-normalizer finds (cp1251, latin-1, ...). Raise
    ReadError for empty or binary content."""
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("broken UTF-16 text") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4096]
    if b"\x00" in sample:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII text
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > len(sample) / 2 * 0.6 and min(even, odd) < len(sample) / 2 * 0.1:
            try:
                return data.decode("utf-16-be" if even > odd else "utf-16-le")
            except UnicodeDecodeError:
                pass
        raise ReadError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is None:
            raise ReadError("binary file or unknown text encoding") from None
        text = str(best)
    head = text[:4096]
    controls = len(_CONTROL.findall(head))
    if controls > 0.05 * len(head):
        raise ReadError("binary file (control characters)")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<!--)", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:2000]
    return bool(_HTML_START.match(head)) or head.count("</p>") + head.count("<div") + head.count("<br") >= 3


def html_to_text(html: str) -> tuple[str, dict]:
    """The article text of an HTML page and its metadata, with trafilatura (scripts, styles,
    menus and comments are dropped). Raise ReadError when no article text is found."""
    import trafilatura
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ReadError("HTML page without article text")
    meta = trafilatura.extract_metadata(html)
    info = {}
    if meta is not None:
        info = {"title": meta.title or "", "published": meta.date or "", "url": meta.url or "",
                "source": meta.sitename or ""}
    return text, info


_LETTER = re.compile(r"[^\W\d_]")
_SCRIPTS = {"ru": re.compile(r"[\u0400-\u04ff]"), "ar": re.compile(r"[\u0600-\u06ff]"),
            "zh": re.compile(r"[\u4e00-\u9fff]"), "el": re.compile(r"[\u0370-\u03ff]"),
            "he": re.compile(r"[\u0590-\u05ff]")}


def detect_language(text: str) -> str:
    """A small script-and-stopword detector: enough to keep non-English text out of English
    rules (and to tell the user why an article was skipped)."""
    sample = text[:5000]
    if not sample.isascii():
        n = len(_LETTER.findall(sample))
        if not n:
            return "und"
        for lang, rx in _SCRIPTS.items():
            if len(rx.findall(sample)) / n > 0.3:
                if lang == "ru" and any(c in sample for c in "іїєІЇЄ"):
                    return "uk"
                return lang
    words = re.findall(r"[a-z]+", sample.lower())
    if not words:
        return "und"
    common = sum(1 for w in words if w in _EN_COMMON)
    return "en" if common / len(words) > 0.12 else "und"


_HTML_LANG = re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{1,8})\b", re.I)
_META_LANG = re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?\scontent\s*=\s*"
                        r"[\"']?\s*([A-Za-z]{1,8})\b", re.I)


def declared_language(html: str) -> str:
    """The language an HTML page says it is in, as its primary tag (``<html lang="fr-FR">`` or a
    Content-Language meta tag: "fr"), or "" when it says none."""
    head = html[:20000]
    m = _HTML_LANG.search(head) or _META_LANG.search(head)
    return m[1].lower() if m else ""


def language_reason(art: Article) -> str:
    """Why an article is skipped as not English: the detected language ("not English (ru)");
    when the detector is undecided ("und"), what the page declares, if it declares anything."""
    declared = art.declared_language
    if art.language != "und" or not declared:
        return f"not English ({art.language})"
    if declared == "en":
        return "not English (und: the text was not recognised as English, though the page declares en)"
    return f"not English ({declared}, declared by the page; not recognised from the text: und)"


_EN_COMMON = set("the a an of to in and on for is was were with that by at from as it he she they his her "
                 "said has have had be are not this which will would".split())


def parse_published(value: str) -> tuple[Optional[str], Optional[str]]:
    """'2020-09-29' → day; '2020-08' → month; '2020' → year;
    '14 September 2020 - 21:43' → minute. Returns (iso, granularity) or (None, None)."""
    v = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?.*)?", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        try:
            datetime(y, mo, d)
        except ValueError:
            return None, None
        if m[4]:
            return f"{y:04d}-{mo:02d}-{d:02d}T{m[4]}:{m[5]}", "minute"
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m and 1 <= int(m[2]) <= 12:
        return f"{m[1]}-{m[2]}", "month"
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        return v, "year"
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:\s*[-–,]?\s*(\d{1,2}):(\d{2}))?", v)
    if m and m[2].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[2].lower()], int(m[1])
        try:
            datetime(y, mo, d)
        except ValueError:
            return None, None
        if m[4]:
            return f"{y:04d}-{mo:02d}-{d:02d}T{int(m[4]):02d}:{m[5]}", "minute"
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", v)
    if m and m[1].lower() in MONTHS:
        y, mo, d = int(m[3]), MONTHS[m[1].lower()], int(m[2])
        try:
            datetime(y, mo, d)
        except ValueError:
            return None, None
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    return _published_by_tagger(v)


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def _date_in_file_name(path: str) -> tuple[Optional[str], Optional[str]]:
    """A day written in the file's name ("2020-09-14_minsk.txt", "20200914-protest.html"), as
    archives and scrapers name their files: the publication date when the article states none."""
    m = _NAME_DATE.search(Path(path).name)
    if not m:
        return None, None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3])).strftime("%Y-%m-%d"), "day"
    except ValueError:
        return None, None


_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([AaPp])\.?[Mm]\.?)?")


def _published_by_tagger(v: str) -> tuple[Optional[str], Optional[str]]:
    """Any other way of writing a date, read by the date tagger with no reference date (so only
    a date written in full counts): 'Mon, 14 Sep 2020 21:43:00 GMT' (RSS), 'Sept. 14, 2020',
    '14.09.2020', '2020/09/14', 'September 2020', 'Monday, September 14, 2020 9:43 PM'."""
    from .timex import tag
    for t in tag(v):
        if t.type != "DATE" or t.resolution != "absolute":
            continue
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or ""):
            c = _CLOCK.search(v, t.end)
            if c and int(c[1]) <= 23 and int(c[2]) <= 59:
                h = int(c[1]) % 12 + (12 if (c[3] or "").lower() == "p" else 0) if c[3] else int(c[1])
                return f"{t.value}T{h:02d}:{c[2]}", "minute"
            return t.value, "day"
        if re.fullmatch(r"\d{4}-\d{2}", t.value or ""):
            return t.value, "month"
    return None, None


def dateline_news_day(dateline_date: str, published: str) -> Optional[str]:
    """The day a dateline names with its month and day only ("April 10"), when it differs from the publication date's
    day by one or two days (a wire stamped after midnight, or before the reporter's local midnight): that day, in the
    year that puts it nearest; None when it agrees, is farther off, or the publication date has no day."""
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})", dateline_date.strip())
    month = MONTH_NAMES.get(m[1].lower(), MONTH_NAMES.get(m[1][:3].lower())) if m is not None else None
    if month is None or len(published) < 10:
        return None
    try:
        pub = date.fromisoformat(published[:10])
        days = [date(pub.year + k, month, int(m[2])) for k in (-1, 0, 1)]
    except ValueError:
        return None
    day = min(days, key=lambda d: abs((d - pub).days))
    return day.isoformat() if 1 <= abs((day - pub).days) <= 2 else None


def find_dateline(body: str) -> tuple[Optional[str], int]:
    """Return (filing place, offset where the dateline ends) or (None, 0)."""
    place, end, _ = _dateline(body)
    return place, end


def _headline(line: str) -> str:
    """A title line, without the marker of a Markdown heading ("# Headline"; "#1 seed" keeps it)."""
    return re.sub(r"^#{1,6}\s+", "", line.strip())


def _dateline(body: str) -> tuple[Optional[str], int, Optional[str]]:
    """(filing place, offset where the dateline ends, the date written in it) or (None, 0, None)."""
    m = _DATELINE.match(body)
    if not m:
        return None, 0, None
    place = m["place"].strip().rstrip(",")
    if not re.sub(r"[ .,'’-]", "", place).isalpha():     # (hyphens and apostrophes: "PORT-AU-PRINCE", "N'DJAMENA")
        return None, 0, None
    # an all-caps city (possibly ", State") distinguishes a dateline from a sentence; a
    # Title-case one ("Washington – Today, ...") counts when a long dash follows it, or a date
    # ("Milan, June 16 - Italian shares rose")
    head = place.split(",")[0]
    dash = body[m.end() - 3:m.end()]
    if len(head) < 3 or (head.upper() != head and not m["date"] and not any(d in dash for d in ("—", "–", "--"))):
        return None, 0, None
    if head.upper() != head and not m["date"] and body[m.end():m.end() + 1].islower():
        return None, 0, None    # "The Diamond Princess – the cruise ship that ...": a name and its apposition
    return place, m.end(), m["date"]


# Spaces that web pages and word processors put between words ("14&nbsp;September", "Kobe
# Bryant" with a no-break space, tabs) become plain spaces, one for one, so dates, places and names
# read the same as with ordinary spaces; invisible characters inside words (soft hyphens from
# "&shy;", zero-width spaces and joiners, word joiners) are dropped: "Mon&shy;day" is "Monday".
SPACE_LIKE = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_CLEAN_SPACES = {**{ord(c): " " for c in SPACE_LIKE}, **{ord(c): None for c in INVISIBLE}}


# the fields of a news API's or a scraper's JSON article, in order of preference
JSON_FIELDS = {
    "title": ("title", "headline", "name"),
    "published": ("published", "publishedAt", "published_at", "pubDate", "date", "datePublished", "created_at"),
    "url": ("url", "link", "webUrl"),
    "source": ("source", "source_name", "publisher", "site", "domain"),
    "body": ("text", "content", "body", "article", "full_text", "bodyText", "description", "summary"),
}


def json_to_text(raw: str) -> str:
    """A saved JSON article ({"title", "publishedAt", "url", "source": {"name"}, "content"} and
    the like) as the Key: value layout the reader parses. A list of articles (a JSON array or
    JSON Lines) is refused with the reason: one article per file is read."""
    import json
    try:
        data = json.loads(raw)
    except ValueError:
        lines = [ln for ln in raw.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3]):
            raise ReadError(f"JSON Lines with {len(lines):,} records: one article per file is read "
                            f"(write each article to its own file)") from None
        return raw                # text that happens to start with a bracket
    if isinstance(data, list):
        raise ReadError(f"a JSON list of {len(data):,} records: one article per file is read "
                        f"(write each article to its own file)")
    if not isinstance(data, dict):
        raise ReadError("JSON that holds no article")

    def field(names):
        for n in names:
            v = data.get(n)
            if isinstance(v, dict):           # "source": {"id": ..., "name": "Reuters"}
                v = v.get("name") or v.get("title")
            if isinstance(v, str) and v.strip():
                return " ".join(v.split()) if n not in JSON_FIELDS["body"] else v.strip()
        return ""
    body = field(JSON_FIELDS["body"])
    if not body:
        raise ReadError("JSON article without text (no " + "/".join(JSON_FIELDS["body"][:4]) + " field)")
    header = "".join(f"{k.capitalize()}: {v}\n" for k, v in (
        ("title", field(JSON_FIELDS["title"])), ("published", field(JSON_FIELDS["published"])),
        ("url", field(JSON_FIELDS["url"])), ("source", field(JSON_FIELDS["source"]))) if v)
    return (header + "\n" if header else "") + body


def parse_article(raw: str, path: str = "", source_hint: str = "",
                  max_chars: int = MAX_ARTICLE_CHARS) -> Article:
    """Turn the raw text of a saved article (text or HTML) into an Article. Pure: no I/O."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ReadError("empty file")
    if text.lstrip()[:1] in "[{":
        text = json_to_text(text)
    declared = ""
    if looks_like_html(text):
        declared = declared_language(text)
        body, info = html_to_text(text)
        title = (info.get("title") or "").strip()
        first, _, rest = body.partition("\n")
        if title and first.strip() == title and rest.strip():
            body = rest.lstrip("\n")     # the page's headline, kept as the title: the body (and its
                                          # dateline, "MOSCOW (Dispatches) --") starts after it
        header = "".join(f"{k.capitalize()}: {v}\n" for k, v in (
            ("source", info.get("source")), ("url", info.get("url")), ("published", info.get("published")),
            ("title", info.get("title"))) if v and "\n" not in v)
        text = (header + "\n" if header else "") + body
    text = text.translate(_CLEAN_SPACES)
    if not text.strip():
        raise ReadError("no text (only spaces and invisible characters)")
    if len(text) > max_chars:
        raise ReadError(f"article too long ({len(text):,} characters > {max_chars:,}; "
                        f"raise the limit with --max-chars)")
    meta: dict[str, str] = {}
    flags: list[str] = []
    lines = text.split("\n")
    body_start = 0
    title = ""
    source = ""
    url = ""
    published = granularity = None

    if _NEWS_ID.search("\n".join(lines[:6])) or _PUBLISH_DATE.search("\n".join(lines[:6])):
        # kayhan.ir layout: site, News ID, Publish Date, headline, body
        source = lines[0].strip() if not _NEWS_ID.match(lines[0]) else ""
        i = 0
        header_end = 0
        while i < len(lines) and i < 10:
            m = _PUBLISH_DATE.match(lines[i])
            if m:
                published, granularity = parse_published(m[1])
                if published is None:
                    flags.append("unparsed_publication_date")
                header_end = i + 1
            elif _NEWS_ID.match(lines[i]):
                header_end = i + 1
            i += 1
        j = header_end
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines):
            title = _headline(lines[j])
            j += 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        body_start = sum(len(line) + 1 for line in lines[:j])
    else:
        i = 0
        while i < len(lines) and i < 30:
            m = _KV_LINE.match(lines[i])
            if not m or m[1].strip().lower() not in _KNOWN_KEYS:
                break
            meta[m[1].strip().lower()] = m[2].strip()
            i += 1
        if meta and i < len(lines) and not lines[i].strip():
            title = meta.get("title", "")
            source = meta.get("source", "")
            url = meta.get("url", "")
            pub = meta.get("published") or meta.get("date") or ""
            if pub:
                published, granularity = parse_published(pub)
                if published is None:
                    flags.append("unparsed_publication_date")
            while i < len(lines) and not lines[i].strip():
                i += 1
            body_start = sum(len(line) + 1 for line in lines[:i])
        else:
            meta = {}
            # plain text: the first non-empty line is the title, and the body follows it
            j = 0
            while j < len(lines) and not lines[j].strip():
                j += 1
            title = _headline(lines[j])
            j += 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            body_start = sum(len(line) + 1 for line in lines[:j])
            if body_start >= len(text):  # a one-line file: the line is the body too
                body_start = 0
    body = text[body_start:].rstrip()
    if not body.strip():
        raise ReadError("no body text")
    filing_place, dateline_end, dateline_date = _dateline(body)
    if published is None and dateline_date:
        published, granularity = parse_published(dateline_date)    # "SOCHI, Russia, September 14, 2020 /PRNewswire/ --"
        if published:
            flags.append("publication_date_from_dateline")
    news_day = dateline_news_day(dateline_date, published) if dateline_date and published else None
    if news_day is not None:
        # a wire's dateline names the day its reporter filed ("SEATTLE, Wash., April 10 -" in a report stamped April 11):
        # that day is the report's, and its "today" and "Monday" count from it
        published, granularity = news_day, "day"
        flags.append("publication_day_from_dateline")
    if published is None and path:
        published, granularity = _date_in_file_name(path)
        if published:
            flags.append("publication_date_from_file_name")
    if published is None and "unparsed_publication_date" not in flags:
        flags.append("no_publication_date")
    language = detect_language(body)
    return Article(
        article_id=make_article_id(text, source_hint),
        source=source,
        url=url,
        title=title[:500],
        published=published,
        published_granularity=granularity,
        language=language,
        path=path,
        text=body,
        filing_place=filing_place,
        dateline_end=dateline_end,
        flags=tuple(flags),
        declared_language=declared,
    )


# documents saved in other formats, by their first bytes (a clearer reason than "binary")
_DOCUMENT_MAGIC = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a zip archive or an Office document (.docx, .odt)"),
                   (b"{\\rtf", "an RTF document"), (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"))


def read_article(path: str | Path, max_bytes: int = MAX_FILE_BYTES,
                 max_chars: int = MAX_ARTICLE_CHARS) -> Article:
    """Read one file; raise ReadError with the reason when it cannot be used."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    if size > max_bytes:
        raise ReadError(f"over the size limit ({size:,} bytes > {max_bytes:,}; raise it with --max-bytes)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    for magic, what in _DOCUMENT_MAGIC:
        if data.startswith(magic):
            raise ReadError(f"{what}, not text: save the article as text or HTML to read it")
    text = decode_bytes(data)
    return parse_article(text, path=str(p), max_chars=max_chars)


def iter_inputs(sources: Iterable[str]) -> Iterator[Path]:
    """Files of the given files and folders (recursively), in a stable order; hidden files and
    notices (README, NOTICE, LICENSE) are left out of folders."""
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and f.stem.upper() not in ("README", "NOTICE", "LICENSE", "LICENCE"):
                    yield f
        else:
            yield p
