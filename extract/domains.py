"""Domains: which part of the news a sentence or a whole article is about (``data/domains.tsv``).

A verb in no row of the trigger table takes the type of its sentence's domain ("the Hungarian bid
won" is business, "obliterated Brazil 7-1" sport), and a sports report's or an outbreak's own
language retypes political trigger words (:data:`extract.retype.RETYPE_IN`).
"""
from __future__ import annotations

import csv
import re
from typing import Optional

from .lexicon import DATA
from .textutil import trie_regex


def _load_domains() -> tuple[list[str], dict[str, str], re.Pattern]:
    """The domains in their order, each word's domain (a word of two keeps the first), and one
    pattern for all their words."""
    with open(DATA / "domains.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    word_type: dict[str, str] = {}
    for r in rows:
        for w in r["words"].split("|"):
            word_type.setdefault(w, r["type"])
    pattern = re.compile(r"(?<![\w-])(?:" + trie_regex(word_type) + r")(?![\w-])")
    return [r["type"] for r in rows], word_type, pattern


DOMAIN_ORDER, DOMAIN_OF_WORD, DOMAIN_WORDS = _load_domains()
# domains whose words are common in other news: two of them make the domain
TWO_WORD_DOMAINS = ("military", "election")
# a match score ("3-1", "7-2"), not a share, an age or a span of days
# (nor a price in eighths: "closed in New York last night at 64-7/8 dlrs")
SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?!\s*(?:percent|per cent|%|years?|months?|days?)|/\d)")
_RULING_WHO = re.compile(r"ruling\s+(?:party|parties|coalition|junta|elite|class|family|council|communist|"
                         r"conservative|socialist|liberal|labour|labor|[A-Z])", re.I)
_TEAM_OF = re.compile(r"teams?\s+(?:of|from)\s+(?:\w+\s+){0,2}?(?:scientists|researchers|astronomers|experts|doctors|"
                      r"engineers|investigators|lawyers|inspectors|rescuers|officials|specialists|university|"
                      r"university college|[A-Z]?[a-z]+ university)\b")
# a landslide of votes: "lost in a landslide", "won by a landslide", "a landslide victory"
_VOTE_BEFORE_LANDSLIDE = re.compile(r"\b(?:won|win|wins|winning|lost|lose|loses|losing|re-?elected|elected|beat|swept)\s+"
                                    r"(?:\w+\s+){0,3}?(?:in|by|with)\s+an?\s+(?:\w+\s+)?$")
_VOTE_AFTER_LANDSLIDE = re.compile(r"\s+(?:victory|victories|win|wins|defeat|loss|election|re-?election|vote|majority)\b")


def _landslide_of_votes(low: str, m: re.Match) -> bool:
    """Whether the domain word matched at ``m`` is a landslide of votes, no disaster."""
    return m.group() == "landslide" and (_VOTE_BEFORE_LANDSLIDE.search(low, max(0, m.start() - 30), m.start()) is not None
                                         or _VOTE_AFTER_LANDSLIDE.match(low, m.end()) is not None)


_VENUE_WORDS = frozenset("market restaurant restaurants eatery deli casino casinos hotel".split())
_MARKETPLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|through)\s+(?:a|the)\s+(?:[a-z-]+\s+)?$")


def domain_of(low: str) -> Optional[str]:
    """The domain of a (lower-cased) sentence: the domain of ``data/domains.tsv`` with the most
    words in it (on a tie the one listed first); sport needs two of its words or a score ("3-1",
    which counts twice), its words being ordinary elsewhere ("team", "game"), and so do the
    domains of :data:`TWO_WORD_DOMAINS`. None: no domain."""
    counts: dict[str, int] = {}
    for m in DOMAIN_WORDS.finditer(low):
        if _TEAM_OF.match(low, m.start()):
            continue            # "a team of scientists": no sport
        if _RULING_WHO.match(low, m.start()):
            continue            # "Nkurunziza's ruling party": who governs, no court
        if m.group() in _VENUE_WORDS and _MARKETPLACE_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue            # "a bomb placed on a motorcycle in a market, outside a restaurant": a place, no business
        if _landslide_of_votes(low, m):
            continue            # "they lost in a landslide to Ronald Reagan", "a landslide victory": votes, no disaster
        t = DOMAIN_OF_WORD[m.group()]
        counts[t] = counts.get(t, 0) + 1
    if "sport" in counts or SCORE.search(low):
        n = counts.get("sport", 0)
        scores = len(SCORE.findall(low))
        counts["sport"] = n + 2 * scores if n >= 2 or scores else 0
    for t in TWO_WORD_DOMAINS:
        if counts.get(t) == 1:
            counts[t] = 0       # "soldiers will take part in the parade": one word is no military event
    best, best_n = None, 0
    for t in DOMAIN_ORDER:
        if counts.get(t, 0) > best_n:
            best, best_n = t, counts[t]
    return best


# a domain word in another sense: company kept, a person's loss mourned ("died in the company of his
# wife", "we mourn the loss of alumnus Chadwick Boseman")
_OTHER_SENSE = re.compile(r"(?<=in the )company of\b|(?<=mourn the )loss\b|loss of (?:a |our |his |her |their )?"
                          r"(?:friend|colleague|alumnus|alumna|son|daughter|father|mother|brother|sister|wife|husband|[A-Z])")


def article_domain(text: str) -> Optional[str]:
    """The domain of a whole article when one dominates it: at least five of its words and 60 %
    of all the domain words in the text (a sports report, a company's results); else None. A word
    in another sense (:data:`_OTHER_SENSE`) counts for nothing."""
    counts: dict[str, int] = {}
    low = text.lower()
    for m in DOMAIN_WORDS.finditer(low):
        s = m.start()
        if _OTHER_SENSE.match(text, s):
            continue
        if _landslide_of_votes(low, m):
            continue            # "they lost in a landslide to Ronald Reagan", "a landslide victory": votes, no disaster
        t = DOMAIN_OF_WORD[m.group()]
        counts[t] = counts.get(t, 0) + 1
    if not counts:
        return None
    best = max(DOMAIN_ORDER, key=lambda t: counts.get(t, 0))
    n = counts.get(best, 0)
    return best if n >= 5 and n >= 0.6 * sum(counts.values()) else None
