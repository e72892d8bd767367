"""Actors: people, organisations, countries and groups, with canonical names.

People are found by their names (runs of capitalised words that are not places, not
organisations and not titles), with titles ("President", "political analyst") left out of the
span; organisations by the shipped list (``data/organisations.tsv``) or by organisation words
("Ministry", "Office", "Council", ...) and acronyms; countries from the place mentions.
Within an article every short form ("Lukashenko", "President Lukashenko") maps to the full name
seen in the article; across articles ``data/people_aliases.tsv`` maps spellings to one name.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Iterable, Optional

from .schema import Actor, Place

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


ORGANISATIONS: dict[str, str] = {}          # alias → canonical
for _r in _rows("organisations.tsv"):
    ORGANISATIONS[_r["canonical"]] = _r["canonical"]
    for _a in filter(None, (_r["aliases"] or "").split("|")):
        ORGANISATIONS[_a] = _r["canonical"]
        if _a.startswith("the "):
            ORGANISATIONS[_a[4:]] = _r["canonical"]
PEOPLE_ALIASES: dict[str, str] = {}
for _r in _rows("people_aliases.tsv"):
    PEOPLE_ALIASES[_r["canonical"]] = _r["canonical"]
    for _a in filter(None, (_r["aliases"] or "").split("|")):
        PEOPLE_ALIASES[_a] = _r["canonical"]
TITLES = {r["title"] for r in _rows("titles.tsv")}
TITLE_WORDS = {w for t in TITLES for w in t.split()} | {"of", "the"}
DEMONYMS = {r["demonym"]: r["iso"] for r in _rows("demonyms.tsv")}

ORG_WORDS = {
    "Ministry", "Department", "Office", "Council", "Committee", "Commission", "Agency", "Bank",
    "Party", "Union", "Court", "Parliament", "Assembly", "University", "Company", "Corporation",
    "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Group", "Association", "Organization",
    "Organisation", "Service", "Services", "Forces", "Army", "Navy", "Police", "Government",
    "Administration", "Treasury", "FM", "News", "Times", "Post", "Airlines", "Airways", "Institute",
    "Foundation", "Federation", "Board", "Authority", "Bureau", "Network", "Radio", "Television",
    "TV", "Press", "Guard", "Senate", "Congress", "Duma", "Cabinet", "Secretariat", "Delegation",
    "Embassy", "Mission", "Fund", "Coalition", "Alliance", "Front", "Movement", "Church", "Club",
    "Team", "Academy", "School", "College", "Hospital", "Society", "League", "Conference",
    "Systems", "Technologies", "Motors", "Holdings", "Media", "Agency", "Prosecutor's",
}
NON_NAMES = {"The", "A", "An", "In", "On", "At", "For", "From", "To", "By", "With", "And", "But",
             "Or", "As", "After", "Before", "During", "Since", "Until", "While", "When", "Where",
             "If", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "This",
             "That", "These", "Those", "There", "Here", "What", "Who", "Which", "Mr", "Mrs", "Ms",
             "Dr", "However", "According", "Unfortunately", "Today", "Yesterday", "Tomorrow",
             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
             "Dec.", "Over", "Some", "All", "Many", "Both", "Also", "Thank", "Thanks", "Beginning",
             "Delivered", "Launched", "Imposing", "Recent", "Former", "New", "Such", "Other", "No",
             "Yes", "Not", "One", "Two", "Three", "Several", "Most", "Any", "Each", "Every", "Its",
             "Now", "Then", "Once", "Last", "Next", "First", "Second", "Third", "Just", "Even",
             "Still", "Meanwhile", "Instead", "Because", "Although", "Though", "Despite", "Under",
             "Against", "Among", "Between", "Without", "Within", "Through", "Across", "Is", "Was",
             "Are", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May",
             "Might", "Must", "Do", "Does", "Did", "Let", "Please", "Dear", "Colleagues", "Good",
             "Well", "So", "Indeed", "Of", "Western", "Eastern", "Northern", "Southern", "State",
             "Federal", "Supreme", "National", "Union", "Presidential", "Democratic", "Republican"}
TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-&]*\w)?(?:\.(?=[A-Z]\.))?(?:\.[A-Z])*\.?|\d+|[^\w\s]")
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
NOT_ACRONYMS = {"US", "UK", "U.S.", "U.K.", "USA", "TV", "AM", "PM", "OK", "ID", "CEO", "GDP", "II",
                "III", "IV", "VI", "VII", "COVID", "MOSCOW", "IT", "NB", "PS", "EST", "GMT", "UTC",
                "EDT", "PDT", "CST", "CET", "MSK", "BST", "AD", "BC", "A.M.", "P.M."}
_CAP = re.compile(r"^[A-Z][\w'’\-&.]*$")


def _tokens(text: str):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _is_cap(tok: str) -> bool:
    return bool(_CAP.match(tok)) and tok not in ("I",)


ABBREVIATIONS = {"Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Gen.", "Sen.", "Rep.", "Gov.", "Col.", "Jr.",
                 "Sr.", "Lt.", "Sgt.", "Capt.", "Prof.", "Rev.", "Mt.", "Ft."}


def _abbrev(tok: str) -> bool:
    """'J.', 'U.S.', 'Dr.', 'St.': a period that does not end a sentence."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", tok)) or tok in ABBREVIATIONS


MAX_RUN = 12


def _runs(text: str, toks) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (token index ranges); 'of', 'for', 'and', 'the', '&' may join
    an organisation name ("Ministry of the Interior")."""
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i][2]):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j][2]
            gap = text[toks[j - 1][1]:toks[j][0]]
            if "\n" in gap or len(gap) > 1:
                break
            if toks[j - 1][2].endswith(".") and not _abbrev(toks[j - 1][2]):
                break  # a sentence ended
            if _is_cap(t):
                j += 1
                continue
            if t in ("of", "for", "and", "the", "&", "on", "de", "van", "von", "bin", "al") and j + 1 < n \
                    and _is_cap(toks[j + 1][2]) and "\n" not in text[toks[j][1]:toks[j + 1][0]]:
                j += 1
                continue
            break
        # trailing joiners are not part of the run
        while j > i + 1 and not _is_cap(toks[j - 1][2]):
            j -= 1
        # a name is a few words: longer runs (headlines in Title Case, lists) are cut into
        # pieces so that the work per run stays bounded
        for a in range(i, j, MAX_RUN):
            runs.append((a, min(j, a + MAX_RUN)))
        i = j
    return runs


def find_actors(text: str, places: Iterable[Place] = (), skip_end: int = 0) -> list[Actor]:
    """Actors of a text with their canonical names; ``places`` are the text's resolved places
    (countries among them become country actors), ``skip_end`` the end of the dateline."""
    from .gazetteer import default_gazetteer
    places = list(places)
    place_spans = {(p.start, p.end): p for p in places}
    place_starts = {p.start: p for p in places}
    gaz = default_gazetteer()
    toks = _tokens(text)
    found: list[Actor] = []

    def add(s, e, name, kind):
        if s < skip_end:
            return
        found.append(Actor(s, e, text[s:e], name, kind))

    for p in places:
        if p.feature == "country" and p.start >= skip_end:
            add(p.start, p.end, p.name, "country")

    for i, j in _runs(text, toks):
        k = i
        while k < j:
            s = toks[k][0]
            # a place inside the run splits it
            if s in place_starts:
                p = place_starts[s]
                while k < j and toks[k][0] < p.end:
                    k += 1
                continue
            # the longest known organisation starting here
            hit = None
            for m in range(j, k, -1):
                span = text[s:toks[m - 1][1]]
                if span in ORGANISATIONS or span.rstrip(".") in ORGANISATIONS:
                    hit = (m, ORGANISATIONS.get(span) or ORGANISATIONS[span.rstrip(".")])
                    break
            if hit:
                m, canon = hit
                add(s, toks[m - 1][1] - (1 if text[s:toks[m - 1][1]] not in ORGANISATIONS else 0), canon, "organisation")
                k = m
                continue
            # titles and non-name words before a name are skipped
            t = toks[k][2]
            if not _is_cap(t):
                k += 1
                continue
            if t in TITLE_WORDS or t in NON_NAMES or t in DEMONYMS or t.rstrip(".") in TITLE_WORDS:
                k += 1
                continue
            # the name: up to the next place / title / end
            m = k
            while m < j and toks[m][0] not in place_starts and toks[m][2] not in NON_NAMES - {"Of"} \
                    and not (m > k and toks[m][2] in TITLES and toks[m][2] not in ORG_WORDS):
                m += 1
            # trailing joiners / possessives
            while m > k and not _is_cap(toks[m - 1][2]):
                m -= 1
            if m == k:
                k += 1
                continue
            words = [x[2] for x in toks[k:m]]
            e = toks[m - 1][1]
            if text[e - 1] == "." and not _abbrev(words[-1]):
                e -= 1
                words[-1] = words[-1][:-1]
            for suffix in ("'s", "’s"):
                if words[-1].endswith(suffix):
                    e -= 2
                    words[-1] = words[-1][:-2]
            span = text[s:e]
            if any(w.rstrip(".,") in ORG_WORDS for w in words):
                add(s, e, span.rstrip("."), "organisation")
            elif len(words) == 1 and ACRONYM.match(words[0]) and words[0] not in NOT_ACRONYMS \
                    and words[0].capitalize() not in NON_NAMES \
                    and not gaz.candidates(words[0]):
                add(s, e, words[0], "organisation")
            elif 2 <= len(words) <= 4 and all(_namelike(w) for w in words) and (
                    words[0] in first_names() or (k > i and toks[k - 1][2].rstrip(".") in TITLE_WORDS - {"of", "the"})):
                add(s, e, span, "person")
            elif len(words) == 1 and _namelike(words[0]) and k > i and toks[k - 1][2].rstrip(".") in TITLE_WORDS - {"of", "the"}:
                add(s, e, span, "person")      # "President Lukashenko"
            elif len(words) == 1 and _namelike(words[0]):
                add(s, e, span, "person?")    # a lone capitalised word: a person if a full name has it
            k = m
    # groups
    for m in re.finditer(r"\b(?:the )?(protesters|protestors|demonstrators|opposition|riot police)\b", text):
        if m.start() >= skip_end:
            add(m.start(1), m.end(1), m.group(1).replace("protestors", "protesters").capitalize()
                if m.group(1) != "riot police" else "Riot police", "group")
    return canonicalise(found)


_FIRST_NAMES: Optional[frozenset] = None


def first_names() -> frozenset:
    """Given names of many countries, from the dictionary that ships with ``gender-guesser``
    (nam_dict.txt by Jörg Michael, GNU FDL), read from the installed package."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        names: set[str] = set()
        try:
            import gender_guesser
            path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
            with open(path, encoding="iso-8859-1") as f:
                for line in f:
                    if line.startswith("#") or len(line) < 30:
                        continue
                    name = line[3:29].strip()
                    if name and " " not in name and "+" not in name and name[0].isupper():
                        names.add(name)
        except (ImportError, OSError):
            pass
        names -= NON_NAMES
        _FIRST_NAMES = frozenset(names)
    return _FIRST_NAMES


def _namelike(w: str) -> bool:
    return (w[:1].isupper() and (w[1:].islower() or "-" in w or "'" in w or "’" in w or
                                 re.fullmatch(r"[A-Z]\.", w) is not None or re.fullmatch(r"Mc[A-Z][a-z]+", w) is not None)
            and w not in NON_NAMES and w not in DEMONYMS)


def canonicalise(actors: list[Actor]) -> list[Actor]:
    """Map every alias in an article to one name: full names win over their parts, the
    shipped alias lists map spellings; lone capitalised words that match no full name go."""
    persons = sorted((a for a in actors if a.kind == "person"), key=lambda a: -len(a.name.split()))
    full: dict[str, str] = {}
    for a in persons:
        canon = full.get(a.name) or PEOPLE_ALIASES.get(a.name, a.name)
        parts = [p for p in a.name.split() if not re.fullmatch(r"[A-Z]\.", p)]
        for p in parts:
            full.setdefault(p, canon)
        full.setdefault(a.name, canon)
    out = []
    for a in actors:
        if a.kind in ("person", "person?"):
            key = a.name
            canon = PEOPLE_ALIASES.get(key) or full.get(key)
            if canon is None and a.kind == "person?":
                if key in PEOPLE_ALIASES:
                    canon = PEOPLE_ALIASES[key]
                else:
                    continue
            canon = canon or key
            # "Alexander Lukashenko" where a longer form is known stays itself; short forms map up
            out.append(Actor(a.start, a.end, a.text, canon, "person"))
        else:
            out.append(a)
    out.sort(key=lambda a: a.start)
    # drop overlaps (keep the first, longest)
    res: list[Actor] = []
    for a in out:
        if res and a.start < res[-1].end:
            if a.end - a.start > res[-1].end - res[-1].start:
                res[-1] = a
            continue
        res.append(a)
    return res
