"""From articles to extracted records: the pure per-article function and the run over inputs."""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable, Optional

from .actors import find_actors
from .placecands import offset_places, seat_places, unlisted_places, venue_places
from .events import assemble_events
from .facilities import place_at_facilities
from .places import capital_mentions, find_places, names_a_site_there
from .feeds import AlreadyKnown
from .reader import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, ReadError, iter_inputs, read_article  # noqa: F401 (iter_inputs: public)
from .reader import language_reason
from .schema import Actor, Article, Event, Place, Timex
from .textutil import without_accents
from .timex import tag

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass
class Extraction:
    article: Article
    timexes: list[Timex]
    places: list[Place]
    actors: list[Actor]
    events: list[Event]


def extract_article(article: Article, fallback=None) -> Extraction:
    """All records of one article. Pure: same article, same result (``fallback``, an opt-in
    online geocoder for names the gazetteer lacks, is the only way out of that)."""
    text = article.text
    timexes = tag(text, article.published)
    places = find_places(text, article.filing_place, article.dateline_end, fallback=fallback)
    actors = find_actors(text, places, article.dateline_end)
    # a place inside a person's name is not a place ("Jordan" in "Michael Jordan"); one inside an
    # organisation's name is a place mentioned ("Central Bank of Malta"), but not where an event
    # happened, and it brings its country in when the organisation is a state organ
    def inside(kind):
        # a person's name, not a description of them ("Puerto Rico's governor" names a place)
        spans = [(a.start, a.end) for a in actors if a.kind == kind and (kind != "person" or a.text in a.name)]
        return {id(p) for p in places if any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end)
                                             for s, e in spans)}
    in_person = inside("person")
    # every name after the given name: "Ricardo Rosselló Nevares" is also "Rosselló"
    surnames = {w for a in actors if a.kind == "person" and " " in a.name for w in a.name.split(" ")[1:]}
    places = [p for p in places if id(p) not in in_person and not _a_surname(p, text, surnames)]
    # a company's name that only a town's other name matches ("Google", an alternate name of Topeka), where the article
    # names that company elsewhere: the company
    orgs = {a.text for a in actors if a.kind == "organisation"}
    places = [p for p in places if not (p.text in orgs and p.feature in ("city", "admin2")
                                        and without_accents(p.text).lower() not in without_accents(p.name).lower())]
    # (not "Montreal", Montréal's own name without its accent)
    # a place the gazetteer does not list, named with the place that holds it ("in Kutama,
    # Zimbabwe"): a place, not the organisation an unknown capitalised name was taken for
    unlisted = unlisted_places(text, places, [a for a in actors if a.kind == "person"], article.dateline_end)
    if unlisted:
        spans = {(p.start, p.end) for p in unlisted}
        actors = [a for a in actors if (a.start, a.end) not in spans]
        places = sorted([p for p in places if not any(u.start <= p.start and p.end <= u.end for u in unlisted)]
                        + unlisted, key=lambda p: p.start)      # ("Santa Cruz Island" is no town Santa Cruz)
    # a seat of power after a locative ("a news conference at the White House", "outside the Kremlin"): a
    # place, at the building, in its city
    seats = seat_places(text, places)
    if seats:
        places = sorted(places + seats, key=lambda p: p.start)
    # a town named like an institution the article names ("Saint Francis Hospital" ... "Dr. Steven Wolf at
    # Saint Francis said"): the institution, not a small town of that name elsewhere
    # (not the dateline's own town: "ASPEN — ... Mr. McCain gave a freewheeling performance at the Aspen Institute")
    heads = {p.text for p in places if _INSTITUTION_AFTER_NAME.match(text, p.end)
             and not (article.filing_place and p.text.lower() == article.filing_place.split(",")[0].strip().lower())}
    if heads:
        places = [p for p in places if not (p.text in heads and p.feature == "city" and p.population < 100_000)]
    # a town named like a company the article names ("Delta <DAL> Airlines Inc" ... "Atlanta-based Delta",
    # "Delta officials", "San Miguel Corp ... San Miguel said"): the company wherever the name stands
    # alone, unless "in", "at", "near" put it on the ground
    firms = {p.text for p in places if p.feature in ("city", "admin2") and (
        _CORPORATE_AFTER.match(text, p.end) or _BASED_BEFORE.search(text, max(0, p.start - 30), p.start))}
    if firms:
        places = [p for p in places if not (p.text in firms and p.feature in ("city", "admin2")
                                            and not _ON_THE_GROUND.search(text, max(0, p.start - 12), p.start))]
    # a surname with its particle ("Eduardo de los Angeles", "De los Angeles told the SEC"): the person
    # (and a given name before its particle: "director Ramon del Rosario")
    places = [p for p in places if not (p.feature in ("city", "admin2") and (
        _NAME_PARTICLE_BEFORE.search(text, max(0, p.start - 30), p.start) or _NAME_PARTICLE_AFTER.match(text, p.end))
        or p.text in _PARTICLE_NAMES and _NAME_AFTER_PARTICLE.match(text, p.end))]
    # a name joined by "&" is a firm's ("near Pratt & Whitney", "Johnson & Johnson"), not a town
    places = [p for p in places if not (p.feature in ("city", "admin2") and (
        _AMPERSAND_AFTER.match(text, p.end) or _AMPERSAND_BEFORE.search(text, max(0, p.start - 30), p.start)))]
    # "the United States commonwealth of Puerto Rico", "the Indian state of Kerala": the first place
    # qualifies the second, which is where things happen
    # (a mention all the same: it stays with the article's places)
    starts = {p.start for p in places}
    event_places = [p for p in places if not ((m := _DIVISION_OF.match(text, p.end)) and m.end() in starts)]
    # a venue the gazetteer lacks ("at Citi Field"): where events happen, at its town's point (not a place mention:
    # the gold standards of toponyms do not tag venues)
    venues = venue_places(text, places, article.dateline_end)
    if venues:
        event_places = sorted(event_places + venues, key=lambda p: p.start)
    # a place told by its distance from a known one ("225 km (135 miles) east of Lima at Chacapalca"): where events
    # happen, at the point so reached; the known one is only a reference there
    offsets, references = offset_places(text, places, article.dateline_end)
    if offsets or references:
        event_places = sorted([p for p in event_places if id(p) not in references] + offsets, key=lambda p: p.start)
    # (but a site named after its town is there: "The Dearborn Truck Plant ... halted production")
    in_org = inside("organisation") - {id(p) for p in places if names_a_site_there(p, text)}
    events = assemble_events(article, timexes, event_places, actors, [p for p in places if id(p) in in_org],
                             capitals=capital_mentions(places, text))
    # a hospital, park, hall ... the gazetteer lacks, named in the event's own clause ("died at Gilchrist Hospice Care")
    events = place_at_facilities(text, events, event_places)
    return Extraction(article, timexes, places, actors, events)


_DIVISION_OF = re.compile(r"(?:['’]s\s+(?:[a-z]+\s+){0,3}?"
                          r"|\s+(?:(?:port|market|border|coastal|frontier|river|mining|oil)\s+)?)(?:commonwealth|territory|state|province|region|island|"
                          r"city|town|township|village|municipality|district|county|prefecture|emirate|oblast|"
                          r"capital|port|suburb)\s+of\s+(?:the\s+)?")     # ("South Africa's biggest black township of Soweto")
# a company's name after a place's ("Delta Air Lines", "Delta <DAL> Airlines Inc", "San Miguel Corp")
_CORPORATE_AFTER = re.compile(r"(?:\s+<[A-Z.]+>)?\s+(?:Air\s+Lines|Airlines|Airways|Corp\b|Corporation|Inc\b|Co\b|"
                              r"Company|Holdings|Motors|Petroleum|Industries|Ltd\b|Plc\b|PLC\b|Breweries|Brewery|"
                              r"Bancorp|Financial|Securities|Insurance)")
_BASED_BEFORE = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+$")     # "Atlanta-based Delta"
# a name's particle after a given name, or opening a sentence: "Eduardo de los Angeles", "De los Angeles"
# (a lower-case particle anywhere: "In petitioning the SEC, de los Angeles amended"; a place's own article
# is capitalised: "Los Angeles", "La Paz")
_NAME_PARTICLE_BEFORE = re.compile(r"(?:(?:\b[A-Z][a-z]+\s+|(?:^|[.!?]\s+|\n))(?:De\s+l[ao]s|De\s+la|Del|Van\s+der|Van|"
                                   r"Von|Dos|Das)|\b(?:de\s+l[ao]s|de\s+las|de\s+la|del|van\s+der|van|von|dos|das))\s+$")
_NAME_PARTICLE_AFTER = re.compile(r"\s+(?:de\s+l[ao]s|de\s+la|del|van\s+der|van|von|dos|das|bin|ibn)\s+[A-Z]")
# a particle that opens a surname, read as a town ("Van der Vorm said", "Van Gogh", "De la Cruz")
_PARTICLE_NAMES = frozenset("Van Von De Del Della Di Da Du Le La".split())
_NAME_AFTER_PARTICLE = re.compile(r"\s+(?:(?:der|den|de|la|le|los|las)\s+)?[A-Z][a-z]")
_AMPERSAND_AFTER = re.compile(r"\s*&\s*[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s*&\s*$")
_INSTITUTION_AFTER_NAME = re.compile(r"\s+(?:Hospital|Medical\s+Cent(?:er|re)|University|College|School|Academy|"
                                     r"Institute|(?:International\s+|Regional\s+)?Airport|Stadium|Arena|Church|"
                                     r"Cathedral|Prison|Hotel|Mall)\b")


# a town named like a person of the article: the person ("Elliot Morales ... said to Morales"), unless
# "in", "at", "near" ... put it on the ground; never a country or a region ("Jordan", "Georgia")
_ON_THE_GROUND = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|within)\s+(?:the\s+)?$", re.I)


def _a_surname(p, text: str, surnames: set[str]) -> bool:
    """Whether the place ``p`` is one of the article's persons' ``surnames`` (a town, not put on the ground)."""
    return (p.feature in ("city", "admin2") or p.feature == "admin" and p.population < 500_000) and p.text in surnames \
        and (not _ON_THE_GROUND.search(text, max(0, p.start - 12), p.start)
             or text.startswith(("'s ", "’s "), p.end))     # ("inside McArthur's home": his)


@dataclass
class InputResult:
    path: str
    status: str                 # processed | skipped
    reason: str = ""
    article_id: Optional[str] = None
    events: int = 0


@dataclass
class RunSummary:
    inputs: list[InputResult] = field(default_factory=list)

    @property
    def processed(self) -> list[InputResult]:
        return [r for r in self.inputs if r.status == "processed"]

    @property
    def skipped(self) -> list[InputResult]:
        return [r for r in self.inputs if r.status == "skipped"]

    def lines(self) -> list[str]:
        out = []
        for r in self.inputs:
            if r.status == "processed":
                note = f"; {r.reason}" if r.reason else ""
                out.append(f"  processed  {r.path}  ({r.events} events{note})")
            else:
                out.append(f"  skipped    {r.path}  — {r.reason}")
        out.append(f"{len(self.processed)} processed, {len(self.skipped)} skipped, "
                   f"{sum(r.events for r in self.processed)} events")
        return out


# A worker process starts from a fresh interpreter and loads the gazetteer (~1.5-2 s each) while
# an article takes ~8 ms: two workers pay for themselves only past a few hundred files (22 files
# took 5.4-6.8 s with the pool against 3.1-3.6 s in one process; bench/bench_cli.py).
POOL_MIN_FILES = 400


def process_files(paths: Iterable[Path], progress: bool = False, max_bytes: int = MAX_FILE_BYTES,
                  max_chars: int = MAX_ARTICLE_CHARS, today: Optional[date] = None,
                  on_progress: Optional[Callable[[int, int], None]] = None,
                  known: Optional[dict[str, int]] = None,
                  on_batch: Optional[Callable[[list[Extraction]], None]] = None, batch_size: int = 500,
                  jobs: int = 1, outcomes: Optional[Iterable] = None) -> tuple[list[Extraction], RunSummary]:
    """Read and extract every file; each one ends up in the summary, processed or skipped with
    the reason. ``today`` (default: the current date) only serves to flag future dates.

    ``known``: article id → number of events of articles already extracted (a previous store or
    an interrupted run's checkpoint): such an article is not extracted again. ``on_batch``:
    called with every ``batch_size`` new extractions, which are then not kept in memory (the
    caller checkpoints them); the returned list holds the rest. ``jobs`` > 1 extracts in that
    many processes when there are POOL_MIN_FILES files or more (fewer: one process); the results and their order are the same as with one. ``outcomes``: the
    per-file results computed elsewhere (another engine), in the order of ``paths``."""
    known = known or {}
    today = today or date.today()
    paths = list(paths)
    pool = None
    if any(not isinstance(p, Path) for p in paths):
        jobs = 1        # pages are fetched by this process alone: one host, one request a second
    if outcomes is not None:
        pass
    elif jobs > 1 and len(paths) >= POOL_MIN_FILES:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        # workers start from a fresh interpreter (not a fork of this one): they do not inherit
        # the store's lock, so a killed run never leaves the store locked behind it
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker,
                                   initargs=(set(known), max_bytes, max_chars, today, os.getpid()))
        outcomes = pool.map(_work, paths, chunksize=8)
    else:
        _init_worker(set(known), max_bytes, max_chars, today)
        outcomes = map(_work, paths)
    summary = RunSummary()
    results: list[Extraction] = []
    seen: dict[str, str] = {}
    try:
        for i, (p, (res, ex)) in enumerate(zip(paths, outcomes), 1):
            if progress:
                _progress(i, len(paths), getattr(p, "name", str(p)))
            if on_progress is not None:
                on_progress(i, len(paths))
            if res.status == "processed":
                if res.article_id in seen:
                    summary.inputs.append(InputResult(str(p), "skipped", f"duplicate of {seen[res.article_id]}",
                                                      res.article_id))
                    continue
                seen[res.article_id] = str(p)
            if res.reason == "unchanged, kept from the store":
                res.events = known.get(res.article_id, 0)
            summary.inputs.append(res)
            if ex is not None:
                results.append(ex)
                if on_batch is not None and len(results) >= batch_size:
                    on_batch(results)
                    results = []
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        _WORKER.pop("known", None)      # every article id of the store: not kept between runs (follow mode)
    if progress:
        sys.stderr.write("\n")
    return results, summary


_WORKER: dict = {}


def _init_worker(known_ids: set, max_bytes: int, max_chars: int, today: date,
                 parent: Optional[int] = None) -> None:
    from .geocoder import configured_fallback
    _WORKER.update(known=known_ids, max_bytes=max_bytes, max_chars=max_chars, today=today,
                   fallback=configured_fallback())
    if parent is not None:
        import threading
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A pool worker whose run was killed (SIGKILL cannot be caught) ends within a second."""
    import time
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            pass


def extract_chunk(paths: list, known_ids: set, max_bytes: int, max_chars: int, today: date) -> list:
    """The per-file results of a chunk of files (what a remote worker computes)."""
    _init_worker(known_ids, max_bytes, max_chars, today)
    return [_work(Path(p)) for p in paths]


def _work(p: Path) -> tuple[InputResult, Optional[Extraction]]:
    """One file, or one remote input (a page of a feed, a URL: see :mod:`extract.feeds`): (its
    line of the summary, its extraction or None)."""
    w = _WORKER
    try:
        if isinstance(p, Path):
            art = read_article(p, max_bytes=w["max_bytes"], max_chars=w["max_chars"])
        else:
            art = p.read_remote(w["max_bytes"], w["max_chars"], w["known"])
    except AlreadyKnown as k:
        return InputResult(str(p), "processed", "unchanged, kept from the store", k.args[0]), None
    except ReadError as e:
        return InputResult(str(p), "skipped", str(e)), None
    except Exception as e:  # an unexpected failure is reported by file, never fatal
        return InputResult(str(p), "skipped", f"unreadable: {type(e).__name__}: {e}"), None
    if art.published and art.published[:10] > (w["today"] + timedelta(days=1)).isoformat():
        art = replace(art, flags=art.flags + ("publication_date_in_future",))
    if art.language != "en":
        return InputResult(str(p), "skipped", language_reason(art)), None
    if art.article_id in w["known"]:
        return InputResult(str(p), "processed", "unchanged, kept from the store", art.article_id), None
    try:
        ex = extract_article(art, w["fallback"])
    except Exception as e:  # a bug must not lose the other inputs; it is reported by name
        return InputResult(str(p), "skipped", f"extraction failed: {type(e).__name__}: {e}", art.article_id), None
    return InputResult(str(p), "processed", "", art.article_id, len(ex.events)), ex


def _progress(i: int, n: int, name: str) -> None:
    width = 30
    done = int(width * i / max(n, 1))
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {name[:40]:<40}")
    sys.stderr.flush()
