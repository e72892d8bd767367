"""Toponym recognition and resolution over the offline gazetteer.

Recognition looks up capitalised word sequences (longest first, up to six words) in the
gazetteer and rejects those that are part of a longer proper name ("Vladimir Putin",
"Washington Post", "Paris Hilton"), names that are common English words without a locative
preposition ("Police", "Reading"), and demonyms (actors, not places).
Resolution picks one record per name and document: explicit qualifiers ("Moscow, Idaho"),
countries named elsewhere in the document, the dateline, capitals, then population.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from .gazetteer import FEATURE_PRECISION, GazRecord, Gazetteer, default_gazetteer, name_key, prior
from .schema import Place

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?(?:\.(?=[A-Z]\.))?(?:\.[A-Z])*\.?|\d+|[,()]")
LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "across", "around", "throughout",
            "towards", "toward", "via", "of", "between", "and", "visited", "visit", "visiting",
            "left", "reached", "entered", "inside", "within", "through"}
FUNCTION_WORDS = {"In", "At", "On", "From", "To", "The", "A", "An", "And", "But", "Or", "For", "By",
                  "Of", "With", "As", "After", "Before", "During", "Since", "Until", "While", "When",
                  "Where", "If", "Near", "Across", "Both", "Neither", "Between", "Outside", "Inside",
                  "Like", "Unlike", "Including", "Via", "Across", "Throughout", "Today", "Yesterday",
                  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                  "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December", "Then", "Now", "Meanwhile"}


@dataclass
class _Cand:
    start: int
    end: int
    text: str
    records: list[GazRecord]
    qualifier: Optional[list[GazRecord]] = None   # records of ", Qualifier"
    locative: bool = False


def _variants(span: str) -> list[str]:
    """The span, then without a possessive ("Minsk's") or a sentence-final period."""
    out = [span]
    for suffix in ("'s", "’s"):
        if span.endswith(suffix):
            out.append(span[:-2])
    if span.endswith(".") and not re.search(r"\.[A-Z]\.$", span):
        out.append(span[:-1])
    return out


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def recognise(text: str, gaz: Gazetteer, skip: tuple[int, int] | None = None) -> list[_Cand]:
    toks = _tokens(text)
    out: list[_Cand] = []
    name_tokens: set[str] = set()
    i = 0
    n = len(toks)
    maxn = min(6, gaz.max_tokens)
    while i < n:
        s, e, t = toks[i]
        if not _cap(t) or not any(name_key(v) in gaz.first_words for v in _variants(t)):
            i += 1
            continue
        found = None
        for k in range(min(maxn, n - i), 0, -1):
            last = toks[i + k - 1]
            if not _cap(last[2]) or last[2] in ",()":
                continue
            span = text[s:last[1]]
            if "\n" in span:
                continue
            for variant in _variants(span):
                recs = gaz.candidates(variant)
                if recs:
                    found = (i, i + k, s, s + len(variant), recs)
                    break
            if found:
                break
        if not found:
            i += 1
            continue
        a, b, s, e, recs = found
        i = b
        if skip and s < skip[1] and skip[0] < e:
            out.append(_Cand(s, e, text[s:e], recs))
            continue
        # part of a longer proper name ("Vladimir Putin", "Washington Post", "Antony J. Blinken")?
        nxt = toks[b] if b < n else None
        prev = toks[a - 1] if a > 0 else None
        before = [t[2].lower() for t in toks[max(0, a - 2):a]]
        after_of = bool(before) and (before[-1] in ("of", "from", "in") or before[-2:] == ["of", "the"])
        if nxt and _cap(nxt[2]) and nxt[0] - e <= 1 and nxt[2] not in FUNCTION_WORDS and not (
                after_of and any(r.feature in ("country", "admin") for r in recs)):
            name_tokens.update(t[2] for t in toks[a:b + 1])
            continue
        if prev and _cap(prev[2]) and s - prev[1] <= 1 and prev[2] not in FUNCTION_WORDS and \
                not _sentence_start(text, prev[0]) and prev[2] not in ",()":
            name_tokens.update((prev[2],) + tuple(t[2] for t in toks[a:b]))
            continue
        # "Russian" is not "Russia"
        if e < len(text) and text[e:e + 1].isalpha():
            continue
        if _is_org(text[s:e]):
            continue
        prev_word = prev[2].lower() if prev else ""
        locative = prev_word in LOCATIVE
        if b - a == 1 and not locative and text[s:e] in name_tokens:
            continue  # "Bryant" after "Kobe Bryant": the person again
        if len(recs) and all(r.common_word for r in recs) and b - a == 1 and not locative:
            continue
        if b - a == 1 and len(text[s:e]) <= 2 and not text[s:e].isupper():
            continue
        qual = None
        if b + 1 < n and toks[b][2] == "," and _cap(toks[b + 1][2]):
            q = _qualifier(text, toks, b + 1, gaz)
            if q:
                qual, used = q
                i = b + 1 + used
        out.append(_Cand(s, e, text[s:e], recs, qual, locative))
    return out


US_STATE_ABBR = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY",
    "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO",
    "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "n.h": "NH", "n.j": "NJ", "n.m": "NM",
    "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "r.i": "RI",
    "s.c": "SC", "s.d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA",
    "w.va": "WV", "wis": "WI", "wyo": "WY", "d.c": "DC",
}


def _qualifier(text, toks, j, gaz) -> Optional[tuple[list[GazRecord], int]]:
    """The records named by ', Qualifier' after a place, and how many tokens it uses."""
    t = toks[j][2].rstrip(".").lower()
    if t in US_STATE_ABBR or (len(t) == 2 and t.upper() == toks[j][2] and t.upper() in _US_CODES):
        code = US_STATE_ABBR.get(t, t.upper())
        return [GazRecord(None, code, 0, 0, "US", "admin", 0, code, False)], 1
    for k in (3, 2, 1):
        if j + k <= len(toks):
            span = text[toks[j][0]:toks[j + k - 1][1]]
            recs = [r for r in gaz.candidates(span) if r.feature in ("country", "admin")]
            if recs:
                return recs, k
    return None


_US_CODES = {v for v in US_STATE_ABBR.values()} | {"AK", "HI", "ID", "IA", "ME", "OH", "UT", "NY", "CA", "TX", "FL"}


def _is_org(name: str) -> bool:
    from .actors import ORGANISATIONS
    return name in ORGANISATIONS


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \u00a0\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def resolve(cands: list[_Cand], gaz: Gazetteer, filing_place: Optional[str] = None) -> list[Place]:
    # countries named unambiguously in the document steer the choice of cities
    doc_countries: dict[str, int] = {}
    for c in cands:
        for r in c.records:
            if r.feature in ("country", "admin") and len(c.records) == 1:
                doc_countries[r.country] = doc_countries.get(r.country, 0) + 1
    if filing_place:
        recs = gaz.candidates(filing_place.split(",")[0].title())
        if recs:
            best = max(recs, key=lambda r: prior(r))
            doc_countries[best.country] = doc_countries.get(best.country, 0) + 1
    chosen: dict[str, GazRecord] = {}
    out: list[Place] = []
    for c in cands:
        key = name_key(c.text)
        recs = c.records
        if c.qualifier:
            q = c.qualifier
            narrowed = [r for r in recs if any(r.country == x.country and (x.feature == "country" or
                                                                           r.admin1 == x.admin1) for x in q)]
            if narrowed:
                recs = narrowed
        if key in chosen and not c.qualifier:
            best = chosen[key]
        else:
            best = max(recs, key=lambda r: _score(r, doc_countries))
            chosen.setdefault(key, best)
        if best.feature == "city" and best.population < 50_000 and not c.locative \
                and best.country not in doc_countries and not c.qualifier:
            continue  # a small town named without "in"/"at" in a document about elsewhere
        score = _confidence(best, recs)
        out.append(Place(start=c.start, end=c.end, text=c.text, name=best.name,
                         country=best.country or None, lat=best.lat, lon=best.lon,
                         feature=best.feature, geonameid=best.geonameid, population=best.population,
                         precision=FEATURE_PRECISION.get(best.feature, "city"), score=score))
    return out


def _score(r: GazRecord, doc_countries: dict[str, int]) -> float:
    s = math.log10(prior(r) + 10)
    if r.country and r.country in doc_countries and r.feature != "country":
        s += 2.5
    return s


def _confidence(best: GazRecord, recs: list[GazRecord]) -> float:
    if len(recs) == 1:
        return 0.9
    others = sorted((prior(r) for r in recs if r is not best), reverse=True)
    ratio = prior(best) / (others[0] + 1) if others else 10
    return round(min(0.9, 0.5 + 0.1 * math.log10(ratio + 1)), 2)


def find_places(text: str, filing_place: Optional[str] = None, dateline_end: int = 0,
                gaz: Optional[Gazetteer] = None) -> list[Place]:
    """Every place mention of ``text`` with its resolved record, in text order."""
    gaz = gaz or default_gazetteer()
    cands = recognise(text, gaz, skip=(0, dateline_end) if dateline_end else None)
    return resolve(cands, gaz, filing_place)
