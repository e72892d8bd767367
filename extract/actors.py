"""Actors: people, organisations, countries and groups, with canonical names.

People are found by their names (runs of capitalised words that are not places, not
organisations and not titles), with titles ("President", "political analyst") left out of the
name but kept as mentions of the person; organisations by the shipped list
(``data/organisations.tsv``), by organisation words ("Ministry", "Office", ...), acronyms, and
names in no list that the article shows to be names (capitalised inside a sentence, or repeated
and never written in lower case; not an ordinary word of ``data/common_words.txt``, not a
product model, an event or a facility of ``data/not_actor_words.tsv``); countries from the
place mentions, when they act (``data/actor_verbs.tsv``); groups from ``data/groups.tsv``.
Pronouns, "who"/"which", "the company" and "the country" are linked to the actor they refer
to. Within an article every short form ("Lukashenko", "President Lukashenko") maps to the full
name seen in the article; across articles ``data/people_aliases.tsv`` maps spellings to one name.
"""
from __future__ import annotations

from bisect import bisect_left
import re
from typing import Iterable, Optional

from .lexicon import (COMMON_WORDS, DEMONYMS, LOCATIVE_END, NOMINALS, NON_NAMES, ORGANISATIONS, PEOPLE_ALIASES, SEATS,
                      first_names, gender_of, opens_sentence, read_rows)  # noqa: F401 (gender_of: public)
from .places import AGE_AFTER
from .schema import Actor, Place
from .references import with_references
from .textutil import trie_regex

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_ABBREV_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_MC_NAME = re.compile(r"Mc[A-Z][a-z]+")
_ONE_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE_END = re.compile(r"['’]s$")
_RECENT_YEAR = re.compile(r"(?:19|20)\d\d")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:has |have |had |will |is |was )?([a-z]{2,}(?:s|ed))\b")

KNOWN_ORGS = re.compile(r"(?<![\w.])(?:" + trie_regex(ORGANISATIONS) + r")(?![\w-])")
TITLES = {r["title"] for r in read_rows("titles.tsv")}
TITLE_WORDS = {w for t in TITLES for w in t.split()} | {"of", "the"}
_TITLE_ALT = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
TITLE_BEFORE = re.compile(r"\b(?P<t>(?i:" + _TITLE_ALT + r"))\.?\s+$")   # ("Turkish president Erdoğan")
# ", the Airbus chief executive" after a name: the person's role, a mention of the person
APPOSITIVE = re.compile(r",\s+(?P<t>(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}(?i:" + _TITLE_ALT + r"))\b")
ACT_WORDS = frozenset(r["word"] for r in read_rows("actor_verbs.tsv"))
GROUPS = {w.lower(): r["canonical"] for r in read_rows("groups.tsv") for w in r["words"].split("|")}
# as written or capitalised, matched by a trie (a case-insensitive alternation is ten times slower)
GROUPS_RE = re.compile(r"\b(?:" + trie_regex({v for r in read_rows("groups.tsv") for w in r["words"].split("|")
                                                for v in (w, w[:1].upper() + w[1:])}) + r")\b")

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
    "Systems", "Technologies", "Motors", "Holdings", "Media", "Agency", "Prosecutor's", "Force",
    "Airline", "Exchange", "Reserve", "Industries", "Electronics", "Communications", "Energy",
    "Petroleum", "Oil", "Railways", "Telecom", "Pharmaceuticals", "Records", "Studios",
    "Entertainment", "Capital", "Partners", "Investments", "Securities", "Insurance", "LLC",
    "plc", "PLC", "AG", "SA", "N.V.", "Co.", "Brigade", "Battalion", "Regiment", "Command",
    "Directorate", "Inspectorate", "Tribunal", "Council", "Ministry",
}
FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "For", "From", "To", "By", "With", "And", "But",
                  "Or", "As", "Of", "If", "It", "Its"}
# a company's legal form ends its name
LEGAL_SUFFIXES = {"LLC", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "PLC", "AG", "SA", "N.V.",
                  "Co.", "GmbH", "LP", "L.P."}
ORG_PLURALS = {w + "s" for w in ORG_WORDS} | {"Parties", "Institutions", "Authorities", "Companies",
                                             "Agencies", "Ministries"}
# the last word of the names of events, facilities and indexes ("Great Patriotic War", "Moscone
# Center", "Dow Jones Industrial Average"); acronyms of indexes and jargon ("FTSE", "SDK")
NOT_ACTOR_WORDS = {r["word"] for r in read_rows("not_actor_words.tsv")}
PRODUCT_AFTER = frozenset(r["word"] for r in read_rows("product_words.tsv") if r["position"] == "after")
PRODUCT_BEFORE = frozenset(r["word"] for r in read_rows("product_words.tsv") if r["position"] == "before")
INDEX_WORDS = {r["word"] for r in read_rows("not_actor_words.tsv") if r["kind"] == "index"}
# the sets the scanning loop asks about, made once
NON_NAMES_BUT_OF = NON_NAMES - {"Of"}
NON_NAMES_NOT_ORG_START = NON_NAMES - {"National", "Federal", "Supreme", "State", "Union", "Democratic",
                                       "Republican"}    # words that may start "National Bank"
ORG_WORDS_ALL = ORG_WORDS | ORG_PLURALS
TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-&]*\w)?(?:\.(?=[A-Z]\.))?(?:\.[A-Z])*\.?|\d+|[^\w\s]")
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
NOT_ACRONYMS = {"US", "UK", "U.S.", "U.K.", "USA", "TV", "AM", "PM", "OK", "ID", "CEO", "GDP", "II",
                "III", "IV", "VI", "VII", "COVID", "MOSCOW", "IT", "NB", "PS", "EST", "GMT", "UTC",
                "EDT", "PDT", "CST", "CET", "MSK", "BST", "AD", "BC", "A.M.", "P.M.", "E.O.", "EO"}
NOT_ACRONYMS_ALL = NOT_ACRONYMS | NOT_ACTOR_WORDS
_CAP = re.compile(r"^[A-Z][\w'’\-&.]*$")


def _tokens(text: str, start: int = 0, end: Optional[int] = None):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


# a stretch of capitalised words joined by single spaces and the words that may join a name
_REGION = re.compile(r"[A-Z](?<![\w'’-][A-Z])[^\s,;:!?()\[\]\"“”]*(?:[ ](?:[A-Z]|(?:of|for|and|the|on|de|van|von|bin|al)\b|&)"
                     r"[^\s,;:!?()\[\]\"“”]*)*")
LOOKAHEAD = 24      # characters after a stretch that the rules look at ("A380", ") 8015")
JOINERS = {"of", "for", "and", "the", "on", "de", "van", "von", "bin", "al", "&"}
_CONTRACTION = re.compile(r"(?:It|I|We|You|They|He|She|That|There|What|Here|Let|Who)['’]\w+$")


def _is_cap(tok: str) -> bool:
    return bool(_CAP.match(tok)) and tok not in ("I",)


ABBREVIATIONS = {"Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Gen.", "Sen.", "Rep.", "Gov.", "Col.", "Jr.",
                 "Sr.", "Lt.", "Sgt.", "Capt.", "Prof.", "Rev.", "Mt.", "Ft."}


def _abbrev(tok: str) -> bool:
    """'J.', 'U.S.', 'Dr.', 'St.': a period that does not end a sentence."""
    return bool(_ABBREV_INITIALS.fullmatch(tok)) or tok in ABBREVIATIONS


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
            if t in JOINERS and j + 1 < n \
                    and _is_cap(toks[j + 1][2]) and "\n" not in text[toks[j][1]:toks[j + 1][0]]:
                j += 1
                continue
            if t in ("of", "for") and j + 2 < n and toks[j + 1][2] == "the" and _is_cap(toks[j + 2][2]) \
                    and "\n" not in text[toks[j][1]:toks[j + 2][0]]:
                j += 2              # "Ministry of the Interior"
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


# a person's name with a nickname in quotation marks between the given names and the surname
_NICKNAMED = re.compile(r"\b(?P<given>[A-Z][a-z]+(?: [A-Z][a-z]+)?) [“\"‘'](?P<nick>[A-Z][\w.’' -]{1,24}?)[”\"’'] "
                        r"(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def find_actors(text: str, places: Iterable[Place] = (), skip_end: int = 0) -> list[Actor]:
    """Actors of a text with their canonical names; ``places`` are the text's resolved places
    (countries that act among them become country actors), ``skip_end`` the end of the dateline.
    Pronouns and "the company" are linked to the actor they refer back to.

    The steps: places that act (:func:`_acting_places`); the runs of capitalised words
    (:func:`_name_runs`), each read token by token by the steps of :data:`_RUN_STEPS`; the
    groups; one name per actor (:func:`canonicalise`); the references back (pronouns)."""
    from .gazetteer import default_gazetteer
    places = list(places)
    scan = _Scan(text, skip_end, {p.start: p for p in places}, _listed_orgs(text), default_gazetteer())
    _acting_places(scan, places)
    for m in _NICKNAMED.finditer(text, skip_end):
        # "John Robert “Johnny” Boone": one person, named without the nickname
        scan.add(m.start(), m.end(), f"{m['given']} {m['surname']}", "person")
    for toks, i, j in _name_runs(scan):
        _read_run(scan, toks, i, j)
    for m in GROUPS_RE.finditer(text, skip_end):
        scan.add(m.start(), m.end(), GROUPS[m.group().lower()], "group")
    named = canonicalise(scan.found, text)
    countries = [Actor(p.start, p.end, p.text, p.name, "country") for p in places
                 if p.feature == "country" and p.start >= skip_end]
    return with_references(text, named, skip_end, countries)


class _Scan:
    """What the steps of :func:`find_actors` share: the text, its places by start, the listed
    organisations by start, the gazetteer, and the actors found so far (in the order found)."""
    __slots__ = ("text", "skip_end", "place_starts", "known", "gaz", "found")

    def __init__(self, text: str, skip_end: int, place_starts: dict, known: dict, gaz):
        self.text, self.skip_end, self.place_starts, self.known, self.gaz = text, skip_end, place_starts, known, gaz
        self.found: list[Actor] = []

    def add(self, s: int, e: int, name: str, kind: str) -> None:
        """Keep the actor at [s, e), unless it lies in the dateline."""
        if s >= self.skip_end:
            self.found.append(Actor(s, e, self.text[s:e], name, kind))

    def add_roles(self, s: int, e: int, name: str) -> None:
        """The title before a person's name and the role after it are mentions of the person
        ("CEO" in "Apple CEO Steve Jobs"; ", the Airbus chief executive")."""
        text = self.text
        before = TITLE_BEFORE.search(text, max(0, s - 40), s)
        if before:
            self.add(before.start("t"), before.end("t"), name, "person")
        after = APPOSITIVE.match(text, e)
        if after:
            self.add(after.start("t"), after.end("t"), name, "person")


def _listed_orgs(text: str) -> dict[int, tuple[int, str]]:
    """Where listed organisations start → (end, canonical name); an alias "the European Union"
    counts from its name, where the run of capitals starts."""
    return {m.start() + (4 if m.group().startswith("the ") else 0): (m.end(), ORGANISATIONS[m.group()])
            for m in KNOWN_ORGS.finditer(text)}


def _acting_places(scan: _Scan, places: list[Place]) -> None:
    """Places that stand for a state that acts: a country that acts or is acted upon, a demonym
    before state forces ("Russian troops"), a capital that acts for its government ("Minsk
    denied"), when the capital is a large city or the text names its country elsewhere."""
    text, skip_end, capitals = scan.text, scan.skip_end, None
    for p in places:
        if p.start < skip_end:
            continue
        if p.feature == "country" and _acting(text, p.start, p.end):
            scan.add(p.start, p.end, p.name, "country")
        elif p.feature == "demonym" and _STATE_FORCE_AFTER.match(text, p.end):
            scan.add(p.start, p.end, p.name, "country")       # "Russian troops", "Belarusian police": the state's
        elif p.feature == "city" and _capital_acting(text, p.end):
            if capitals is None:
                from .gazetteer import capital_countries
                capitals = capital_countries(scan.gaz)
            # ("Victoria said" is no statement of the Seychelles)
            if p.name in CAPITAL_FOR:       # "Brussels said": the EU's institutions, not Belgium
                scan.add(p.start, p.end, CAPITAL_FOR[p.name], "organisation")
            elif p.geonameid in capitals and (p.population >= 1_000_000 or any(
                    q.country == p.country and q.feature in ("country", "demonym") for q in places)):
                scan.add(p.start, p.end, capitals[p.geonameid], "country")


def _name_runs(scan: _Scan):
    """The runs of capitalised tokens that may hold names, as (tokens, first, end) — only the
    stretches of capitalised words (and their joiners) are tokenised: most of a text is lower
    case, and tokenising it all was a third of the time."""
    text, known_starts = scan.text, sorted(scan.known)
    for region in _REGION.finditer(text):
        g = region.group()
        if (all(w in NON_NAMES or w in JOINERS for w in g.split()) or _CONTRACTION.match(g)) and not (
                (x := bisect_left(known_starts, region.start())) < len(known_starts) and known_starts[x] < region.end()):
            continue            # "The", "In the", "It's": a quarter of the stretches, never a name
                                # (unless a listed organisation is there: "The European Union")
        toks = _tokens(text, region.start(), region.end() + LOOKAHEAD)
        last = next((x for x in range(len(toks)) if toks[x][0] >= region.end()), len(toks))
        del toks[last + 2:]     # the stretch and two tokens after it ("A380", ") 8015")
        for i, j in _runs(text, toks):
            if toks[i][0] >= region.end():
                break           # the start of the next region: scanned on its own
            yield toks, i, j


def _read_run(scan: _Scan, toks, i: int, j: int) -> None:
    """Read a run token by token: at each token the first step of :data:`_RUN_STEPS` that
    applies adds what it finds and says where to go on."""
    k = i
    while k < j:
        for step in _RUN_STEPS:
            nxt = step(scan, toks, i, k, j)
            if nxt is not None:
                k = nxt
                break


def _org_from_place(scan: _Scan, toks, i: int, k: int, j: int) -> Optional[int]:
    """A place inside the run splits it, unless it starts an organisation's name ("Singapore
    Airlines", "US Air Force"): up to the next place, or an "and" that joins two names ("Toyota
    and General Motors"; "Bank of Trade and Industry" is one)."""
    s = toks[k][0]
    p = scan.place_starts.get(s)
    if p is None:
        return None
    text = scan.text
    m = k
    while m < j and toks[m][0] < p.end:
        m += 1
    q = m
    while q < j and toks[q][0] not in scan.place_starts and toks[q][2] not in FUNCTION_WORDS \
            and not (toks[q][2] == "and" and not any(x[2] in ("of", "for") for x in toks[k:q])):
        q += 1
    while q > m and not _is_cap(toks[q - 1][2]):
        q -= 1
    if q > m and any(toks[x][2].rstrip(".") in ORG_WORDS for x in range(m, q)):
        e = _trim_possessive(text, toks[q - 1][1])
        if text[e - 1] == "." and not _abbrev(toks[q - 1][2]):
            e -= 1                       # "... and Xiamen Airlines." ends a sentence
        scan.add(s, e, text[s:e], "organisation")
        return q
    return m


def _national_airline(scan: _Scan, toks, i: int, k: int, j: int) -> Optional[int]:
    """"Air Canada", "Air India": a national airline."""
    if toks[k][2] != "Air" or k + 1 >= j or toks[k + 1][0] not in scan.place_starts \
            or scan.place_starts[toks[k + 1][0]].feature != "country":
        return None
    s, e = toks[k][0], scan.place_starts[toks[k + 1][0]].end
    scan.add(s, e, scan.text[s:e], "organisation")
    while k < j and toks[k][0] < e:
        k += 1
    return k


def _listed_org(scan: _Scan, toks, i: int, k: int, j: int) -> Optional[int]:
    """The longest listed organisation starting here; not "Airbus jets" (its products) nor "outside
    the White House" (a place)."""
    s = toks[k][0]
    if s not in scan.known:
        return None
    e, canon = scan.known[s]
    if not _product_after(scan.text, e) and not (
            canon in SEATS and LOCATIVE_END.search(scan.text, max(0, s - 24), s)):
        scan.add(s, e, canon, "organisation")
    while k < len(toks) and toks[k][0] < e:
        k += 1
    return k


def _not_a_name_start(scan: _Scan, toks, i: int, k: int, j: int) -> Optional[int]:
    """Lower-case words, a capitalised common noun before a name ("Automaker GM"), titles and
    words that are never names are skipped, unless they start an organisation's name ("General
    Motors", "National Bank")."""
    t = toks[k][2]
    if not _is_cap(t) or (t.lower() in NOMINALS and k + 1 < j and _is_cap(toks[k + 1][2])):
        return k + 1
    if not (t in TITLE_WORDS or t in NON_NAMES or t in DEMONYMS or t.rstrip(".") in TITLE_WORDS):
        return None
    q = k + 1
    while q < j and _is_cap(toks[q][2]) and toks[q][0] not in scan.place_starts \
            and toks[q][2] not in NON_NAMES:
        q += 1
    if q > k + 1 and t not in NON_NAMES_NOT_ORG_START \
            and _POSSESSIVE_END.sub("", toks[q - 1][2].rstrip(".")) in ORG_WORDS:
        text = scan.text
        e = _trim_possessive(text, toks[q - 1][1])
        if text[e - 1] == "." and not _abbrev(toks[q - 1][2]):
            e -= 1
        scan.add(toks[k][0], e, text[toks[k][0]:e], "organisation")
        return q
    return k + 1


def _name_end(scan: _Scan, toks, k: int, j: int) -> int:
    """Where the name starting at token k ends: at the next place, title, number or word that is
    never a name; "and" separates two names unless an "of" made it part of one ("Ministry of
    Trade and Industry"); a possessive or a legal form ends the name ("Boeing's Launch Systems",
    "Chrysler LLC Jim Press"); trailing joiners are left out."""
    m = k
    while m < j and (toks[m][0] not in scan.place_starts or _org_of(toks, k, m)) \
            and toks[m][2].rstrip(".") not in NON_NAMES_BUT_OF \
            and not any(c.isdigit() for c in toks[m][2]) \
            and not (m > k and toks[m][2] in TITLES and toks[m][2] not in ORG_WORDS) \
            and not (toks[m][2] == "and" and not any(x[2] in ("of", "for") for x in toks[k:m])):
        m += 1
        if toks[m - 1][2].endswith(("'s", "’s")) or toks[m - 1][2] in LEGAL_SUFFIXES:
            break
    while m > k and not _is_cap(toks[m - 1][2]):
        m -= 1
    return m


def _name(scan: _Scan, toks, i: int, k: int, j: int) -> int:
    """A name from token k: its words without a sentence's period or a possessive, left out when
    it is a model or a product ("Airbus A380", "MacBook Air laptops"), else kept by
    :func:`_name_kind`."""
    m = _name_end(scan, toks, k, j)
    if m == k:
        return k + 1
    text = scan.text
    s = toks[k][0]
    words = [x[2] for x in toks[k:m]]
    e = toks[m - 1][1]
    if text[e - 1] == "." and not _abbrev(words[-1]):
        e -= 1
        words[-1] = words[-1][:-1]
    for suffix in ("'s", "’s"):
        if words[-1].endswith(suffix):
            e -= 2
            words[-1] = words[-1][:-2]
    nxt = m + 1 if m + 1 < len(toks) and toks[m][2] == ")" else m      # "(PP) 8015"
    if nxt < len(toks) and text[e:toks[nxt][0]] in (" ", ") ") and _model_number(toks[nxt][2]):
        return m            # a model or a document ("Airbus A380", "PP 8015"), not an actor
    if _product(text, s, e) and not any(w.rstrip(".,") in ORG_WORDS for w in words):
        return m            # "MacBook Air laptops", "web browser Safari": a product
    _name_kind(scan, s, e, words, titled=TITLE_BEFORE.search(text, max(0, s - 40), s) is not None)
    return m


def _name_kind(scan: _Scan, s: int, e: int, words: list[str], titled: bool) -> None:
    """What the name at [s, e) is: an organisation (an organisation word in it, or an acronym
    that is no large place), a person (a given name first, or a title before), or a name to be
    judged against the whole article (``name``; ``name?`` when it opens a sentence)."""
    text = scan.text
    span = text[s:e]
    if len(words) == 1 and words[0].rstrip(".,") in ORG_WORDS_ALL:
        pass            # "Party", "Government" alone: a reference, not a name
    elif any(w.rstrip(".,") in ORG_WORDS for w in words) and words[-1] not in NOT_ACTOR_WORDS:
        scan.add(s, e, span.rstrip("."), "organisation")
    elif len(words) == 1 and ACRONYM.match(words[0]) and words[0] not in NOT_ACRONYMS_ALL \
            and words[0].capitalize() not in NON_NAMES \
            and not any(r.feature != "city" or r.population > 100_000
                        for r in scan.gaz.candidates(words[0])):   # "UAE", not "EADS" (Eads, CO)
        scan.add(s, e, words[0], "organisation")
    elif 2 <= len(words) <= 5 and _person_words(words) and (words[0] in first_names() or titled or aged(text, s, e)):
        scan.add(s, e, span, "person")
        scan.add_roles(s, e, span)
    elif len(words) == 1 and _namelike(words[0]) and titled:
        scan.add(s, e, span, "person")      # "President Lukashenko"
        scan.add_roles(s, e, span)
    elif len(words) == 1 and _namelike(words[0]):
        # a lone capitalised word: a person if a full name has it, else an organisation
        # when it is a name ("Boeing", "Apple") and not a word that starts a sentence
        scan.add(s, e, span, "name?" if opens_sentence(text, s) else "name")
    elif 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) \
            and any(len(w.rstrip(".")) > 1 for w in words) and not _ordinary(span):
        # "Northrop Grumman", "Aer Lingus": checked like a lone word when it opens a sentence
        scan.add(s, e, span, "name?" if opens_sentence(text, s) else "name")


# the steps that read a run of capitalised words, in order (the last always applies)
_RUN_STEPS = (_org_from_place, _national_airline, _listed_org, _not_a_name_start, _name)


def _headline_subject(text: str, a: Actor) -> bool:
    """A name that opens a sentence as the subject of a present or past verb ("Apple unveils
    iPhone 4", "Ford announced cuts"): the only mention of many companies in a short report."""
    if a.text.lower() in GROUPS:
        return False
    m = _VERB_AFTER_SUBJECT.match(text[a.end:a.end + 30])
    return m is not None and m.group(1) not in ("its", "his", "this", "was", "has", "thus", "whereas")


_PREV_WORD = re.compile(r"\b([A-Za-z-]+) $")


def _product_after(text: str, e: int) -> bool:
    """A product noun right after the name ("Airbus jets", "MacBook Air laptops"), or after the
    names listed with it ("Airbus and Boeing jets")."""
    m = _WORD_AFTER_NAMES.match(text, e)
    return m is not None and m.group(1) in PRODUCT_AFTER


def _product(text: str, s: int, e: int) -> bool:
    """The name at [s, e) names a product: a product noun right after it, or a category noun
    ("web browser Safari") or "new" ("unveils new MacBook Air") right before it."""
    if _product_after(text, e):
        return True
    m = _PREV_WORD.search(text, max(0, s - 20), s)
    return m is not None and m.group(1) in PRODUCT_BEFORE


def _model_number(tok: str) -> bool:
    """"A380", "787", "8015": the number of a model or a document; not a year ("2020")."""
    if not any(c.isdigit() for c in tok):
        return False
    return not tok.isdigit() or (len(tok) >= 3 and not _RECENT_YEAR.fullmatch(tok))


def _org_of(toks, k: int, m: int) -> bool:
    """Whether tokens k..m are an organisation's name with an "of" that may go on over a place
    ("Bank of England", "Ministry of Trade and Industry")."""
    words = [t[2] for t in toks[k:m]]
    return "of" in words and any(w in ORG_WORDS for w in words)


def _ordinary(name: str) -> bool:
    """Ordinary words in capitals ("Order", "White House", "Air Show"), not a name."""
    return all(w.lower() in COMMON_WORDS for w in name.split())


def _trim_possessive(text: str, e: int) -> int:
    return e - 2 if text[e - 2:e] in ("'s", "’s") else e


_TARGET_BEFORE = re.compile(
    r"\b(?:against|with|between|towards?|by|sanctions on|pressure on|government of|leadership of|"
    r"authorities of|leaders of|officials of|(?:demands?|calls?|pressure|criticism|support|aid|"
    r"sanctions|warnings?|requests?|offers?|condemnation|statements?|protests?|response|reaction|"
    r"threats?|proposals?) from)\s+(?:the\s+)?$", re.I)
_WORD_AFTER_NAMES = re.compile(r"(?:\s*(?:,|and|or|, and)\s+(?:the\s+)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}){0,4}"
                               r"(?:'s|’s)?\s+(?:\w+ly\s+)?(?:not\s+)?([a-z]+)")


def _acting(text: str, s: int, e: int) -> bool:
    """A country that acts or is acted upon ("Russia was to send", "China, Japan and Korea
    signed", "Russia's government", "sanctions against Belarus"), not one that only places or
    qualifies something ("in Russia", "US stocks", "US$ 40 billion")."""
    if _TARGET_BEFORE.search(text[max(0, s - 40):s]):
        return True
    m = _WORD_AFTER_NAMES.match(text, e, min(len(text), e + 80))
    return m is not None and m.group(1) in ACT_WORDS


# capitals that, when they act, stand for a body other than their country's government
CAPITAL_FOR = {"Brussels": "European Union"}
# what a capital does when it stands for its government: a verb of states, not an auxiliary
# or a verb a city does ("Moscow was hit by snow", "Moscow hosted the summit")
CAPITAL_ACT_WORDS = ACT_WORDS - {
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "must", "can", "cannot", "did", "does", "continues", "continued", "remains", "remained", "held",
    "holds", "hosted", "hosts", "government", "authorities", "leadership", "officials", "military",
    "forces", "troops", "army", "navy", "ministry", "president", "leader", "banned", "bans", "votes", "voted"}
# a demonym before one of these is the state acting through them ("Russian troops", "Belarusian
# authorities"); not before a title ("Russian President Vladimir Putin": the person acts)
_STATE_FORCE_AFTER = re.compile(r"\s+(?:riot |security |special |armed |border |government |state |federal |"
                                r"regular |elite )?(?:troops|soldiers|"
                                r"forces|army|military|police|authorities|government|officials|diplomats|navy|"
                                r"guards|warplanes|jets|airstrikes|air strikes|missiles|drones|prosecutors|investigators)\b")
_CAPITAL_NEXT = re.compile(r"\s+(?:(?:has|have|had|will|would|also|then|quickly|later|again)\s+)?([a-z]+)\b")


def _capital_acting(text: str, e: int) -> bool:
    """A capital followed by a verb of states ("Minsk denied", "Moscow has expelled")."""
    m = _CAPITAL_NEXT.match(text, e)
    return m is not None and m.group(1) in CAPITAL_ACT_WORDS


STATE_WORDS = {"Department", "Ministry", "Government", "Treasury", "Army", "Navy", "Force", "Forces",
               "Embassy", "Parliament", "Senate", "Congress", "Police", "Guard", "Administration",
               "Cabinet", "Agency", "Military", "Prosecutor's", "Prosecutor’s", "Court", "Service",
               "Office"}


def states_of(actors: Iterable[Actor], places: Iterable[Place]) -> list[str]:
    """The countries whose state organs act: "U.S. Department of the Treasury" brings in the
    United States, "Russian" does not make "Russian Airlines" a state actor."""
    orgs = [a for a in actors if a.kind == "organisation" and STATE_WORDS.intersection(a.text.split())]
    return [p.name for p in places if p.feature == "country"
            and any(a.start <= p.start < a.end for a in orgs)]


# inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen") and at its end ("Charles III")
NAME_PARTICLES = frozenset("bin bint ibn ben al el de van von der den da di du la le del della dos das".split())
_REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr\.?|Sr\.?)")


# a person's age told with the name: "Lesean Carson, now 16 years old,", "Ebony Brown, 21,",
# "18-year-old Laquan Battle" (a given name the list lacks is still a person's)
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


def aged(text: str, s: int, e: int) -> bool:
    """Whether the name at [s, e) has a person's age right after or before it."""
    return bool(AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text, max(0, s - 16), s))


def _person_words(words: list[str]) -> bool:
    """Whether the words can make a person's name: name-like words, with particles inside and a
    regnal number or Jr./Sr. at the end."""
    last = len(words) - 1
    return _namelike(words[0]) and all(
        _namelike(w) or (0 < i < last and w in NAME_PARTICLES) or (i == last and _REGNAL.fullmatch(w))
        for i, w in enumerate(words))


def _namelike(w: str) -> bool:
    if "-" in w and any(p in DEMONYMS or p in NON_NAMES or p.islower() for p in w.split("-")):
        return False            # "Russian-Belarusian", "Soviet-style", "Western-backed"
    return (w[:1].isupper() and (w[1:].islower() or "-" in w or "'" in w or "’" in w or
                                 _ONE_INITIAL.fullmatch(w) is not None or _MC_NAME.fullmatch(w) is not None)
            and w not in NON_NAMES and w not in DEMONYMS)


LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|L\.L\.C\.|N\.V\.|plc|PLC|AG|S\.A\.|Co\.)$")


def canonicalise(actors: list[Actor], text: str = "") -> list[Actor]:
    """Map every alias in an article to one name: full names win over their parts, the
    shipped alias lists map spellings, legal suffixes go ("Chrysler LLC" → "Chrysler").
    A lone capitalised word that is part of no full name is an organisation when the article
    shows it is a name: capitalised inside a sentence, or repeated and never written in lower
    case ("Boeing", "Apple"); otherwise it goes."""
    persons = sorted((a for a in actors if a.kind == "person"), key=lambda a: -len(a.name.split()))
    full: dict[str, str] = {}
    for a in persons:
        canon = full.get(a.name) or PEOPLE_ALIASES.get(a.name, a.name)
        parts = [p for p in a.name.split() if not _ONE_INITIAL.fullmatch(p)]
        for p in parts:
            full.setdefault(p, canon)
        full.setdefault(a.name, canon)
    # a lone part is the person first named with it: "Guy" is Richard Kenneth Guy, named first,
    # not his son Michael J. T. Guy named later
    first_part: dict[str, str] = {}
    for a in sorted((a for a in actors if a.kind == "person" and " " in a.name), key=lambda a: a.start):
        for p in a.name.split():
            if not _ONE_INITIAL.fullmatch(p):
                first_part.setdefault(p, full.get(a.name, a.name))
    full.update({p: c for p, c in first_part.items() if p in full and p != full.get(p) and " " not in p})
    orgs: dict[str, str] = {}
    bases = {LEGAL_SUFFIX.sub("", a.name) for a in actors if a.kind == "organisation"}
    firsts: dict[str, set] = {}
    for base in sorted(bases, key=lambda b: (len(b), b)):      # (a set's order varies between runs: sort fully)
        words = base.split()
        # "United States Democratic Party" → "Democratic Party" when that is named too
        canon = next((" ".join(words[i:]) for i in range(1, len(words) - 1)
                      if " ".join(words[i:]) in bases), base)
        orgs.setdefault(base, orgs.get(canon, canon))
        if len(words) > 1:
            firsts.setdefault(words[0], set()).add(orgs[base])
    for first, canons in firsts.items():
        if len(canons) == 1:
            orgs.setdefault(first, next(iter(canons)))     # "Northrop" for "Northrop Grumman"; not "House" for either
                                                           # of "House Oversight Committee" and "House Judiciary Committee"
    names: dict[str, int] = {}
    inside = set()
    for a in actors:
        if a.kind in ("name", "name?"):
            names[a.name] = names.get(a.name, 0) + 1
            if a.kind == "name":
                inside.add(a.name)
    lower = set(_LOWER_WORD.findall(text)) if names else set()
    out = []
    for a in actors:
        if a.kind in ("person", "name", "name?"):
            key = a.name
            canon = PEOPLE_ALIASES.get(key) or full.get(key)
            if canon is not None or a.kind == "person":
                out.append(Actor(a.start, a.end, a.text, canon or key, "person"))
            elif key in orgs:
                out.append(Actor(a.start, a.end, a.text, orgs[key], "organisation"))
            elif " " in key:
                first, last_word = key.split()[0], key.split()[-1]
                if last_word in full and not _ordinary(key) or _ONE_INITIAL.fullmatch(first):
                    # "Alyaksandr Lukashenka" with Lukashenka known; "J. Blinken"
                    out.append(Actor(a.start, a.end, a.text, full.get(last_word, key), "person"))
                elif (a.kind == "name" or first.lower() not in lower) and first not in first_names() \
                        and not _ordinary(key) and last_word not in NOT_ACTOR_WORDS \
                        and first not in INDEX_WORDS:
                    out.append(Actor(a.start, a.end, a.text, key, "organisation"))
            elif key not in first_names() and not _ordinary(key) and key not in NOT_ACTOR_WORDS and (
                    key in inside or key.lower() not in lower and (names[key] > 1 or _headline_subject(text, a))):
                out.append(Actor(a.start, a.end, a.text, key, "organisation"))
        elif a.kind == "organisation":
            out.append(Actor(a.start, a.end, a.text, orgs.get(LEGAL_SUFFIX.sub("", a.name), a.name),
                             a.kind))
        else:
            out.append(a)
    out.sort(key=lambda a: a.start)
    # drop overlaps (keep the first, longest), except an organisation inside a person's role
    # ("the Airbus chief executive": Louis Gallois, and Airbus)
    res: list[Actor] = []
    outer: Optional[Actor] = None
    for a in out:
        if outer is not None and a.start < outer.end:
            if a.end <= outer.end and a.kind == "organisation" and outer.kind == "person" \
                    and outer.text != outer.name:
                res.append(a)
            elif a.end - a.start > outer.end - outer.start:
                res[res.index(outer)] = outer = a
            continue
        res.append(a)
        outer = a
    return res
