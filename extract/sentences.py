"""Sentence boundaries with character offsets."""
from __future__ import annotations

import re

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_WORD_BEFORE_PERIOD = re.compile(r"([\w.]+)\.$")

# a period after these does not end a sentence
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt", "capt",
    "jr", "sr", "rev", "mt", "ft", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "d.c", "a.m", "p.m", "approx", "est", "fig", "al", "e.g", "i.e", "gov", "ave", "blvd",
    # ranks and titles before a name ("Marine Cpl. Arnold Bracy, 21, was charged", "Adm. William Crowe")
    "cpl", "pvt", "pfc", "spc", "maj", "adm", "cmdr", "cdr", "brig", "supt", "insp", "det", "msgr", "hon",
    # companies' legal forms ("HDT Védelmi Ipari Kft. (HDT Limited) acquired ...")
    "kft", "zrt", "nyrt", "gmbh", "llc", "plc", "pty", "bhd", "pte", "bros",
}
_CLAUSE_AFTER_TIME = re.compile(r"\s+[\"“]?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
                                r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Eastern|Central|Pacific|Mountain|Greenwich|"
                                r"[A-Z]{1,4}T|UTC|GMT|Z)\b)[A-Z][a-z]+\b")
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n\s*\n|\n")


# a sentence end, roughly (no abbreviation check: "Mr. Smith" splits): for look-ups that only
# need the nearest sentence start, where split_sentences would cost more than they save
ROUGH_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def period_of_abbreviation(text: str, i: int) -> bool:
    """Whether the period at ``i`` ends an abbreviation or an initial ("Mr.", "P.", "Feb.",
    "U.S." before a lower-case word) rather than a clause."""
    after = text[i + 1:i + 3].lstrip()
    if after and (after[0] in ",;" or after[0].islower()):
        return True                 # "Peoria, Ill., bank", "approx. five": no clause ends before these
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if len(word) == 1 and text[j].isupper() or word in ABBREVIATIONS:
        nxt = text[i + 1:i + 3].lstrip()
        # "U.S. Trade" may end a sentence or not; an abbreviation before a lower-case word never does
        return word not in ("u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "etc", "inc", "corp", "ltd", "co") \
            or not nxt or nxt[0].islower()
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, end-exclusive; covers every non-blank
    character of ``text`` exactly once."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if m.group(0).strip() else m.start()
        if m.group(0)[0] == ".":
            word = _WORD_BEFORE_PERIOD.search(text[max(0, m.start() - 12):m.start() + 1])
            if word and (word.group(1).lower() in ABBREVIATIONS or _INITIALS.fullmatch(word.group(1))) \
                    and not (word.group(1).lower() in ("a.m", "p.m") and _CLAUSE_AFTER_TIME.match(text, m.end())):
                # an abbreviation, an initial or initials ("J.C. Penney filed for bankruptcy"); a time's "a.m." ends a
                # sentence before a word that opens one ("around 9:30 a.m. According to Jack Burns, ..."), not
                # before a day, a month or a time zone ("at 10 a.m. Monday", "2 p.m. EST")
                continue
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, s: int, e: int, spans: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
