"""Toponym recognition and resolution over the offline gazetteer.

Recognition looks up capitalised word sequences (longest first, up to six words) in the
gazetteer and rejects those that are part of a longer proper name ("Vladimir Putin",
"Washington Post", "Paris Hilton"), names that are common English words without a locative
preposition ("Police", "Reading"), and demonyms (actors, not places).
Resolution picks one record per name and document: explicit qualifiers ("Moscow, Idaho"; ``qualifiers.py``),
countries named elsewhere in the document, the dateline, capitals, then population.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from .gazetteer import (FEATURE_PRECISION, GazRecord, Gazetteer, capital_records, default_gazetteer,
                        name_key, prior)
from .lexicon import (BUILDING_NOUNS, COMMON_WORDS, EVENT_NAME_AFTER, LOCATIVE_PREPOSITIONS,
                      ORGANISATIONS, PLACE_LOCATIVES, first_names)
from .predicates import VERB_FORMS
from .schema import Place
from .qualifiers import narrow as _narrow, qualifier as _qualifier, used_qualifiers as _used_qualifiers
from .triggertable import INCIDENT_NOUNS

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_INITIAL_END = re.compile(r"\.[A-Z]\.$")
_ONE_INITIAL = re.compile(r"[A-Z]\.")

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*\w)?(?:\.(?=[A-Z][a-z]?\.))?(?:\.[A-Z][a-z]?(?=\.))*\.?|\d+|[,()]")
LOCATIVE = PLACE_LOCATIVES
_DETERMINERS = frozenset("a an his her its their our".split())
_INCIDENT_DETERMINERS = _DETERMINERS | {"the", "that", "this", "last", "deadly"}
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
    """The span, then without a possessive ("Minsk's"), a sentence-final period or a lower-case
    suffix after a hyphen ("London-based", "Gainesville-area", "Minsk-born")."""
    out = [span]
    m = _HYPHEN_SUFFIX.search(span)
    if m and m.start() > 0:
        out.append(span[:m.start()])
    for suffix in ("'s", "’s"):
        if span.endswith(suffix):
            out.append(span[:-2])
    if span.endswith(".") and not _INITIAL_END.search(span):
        out.append(span[:-1])
    return out


def _spellings(name: str) -> list[str]:
    """The name, then the way GeoNames may write it: the long spelling of an American "-boro", and a town
    by its census place ("North Attleboro" is GeoNames' "North Attleborough Center")."""
    out = [name, name + "ugh"] if name.endswith("boro") else [name]
    return out + [v + " Center" for v in out] if " " in name else out


_HYPHEN_SUFFIX = re.compile(r"-[a-z]+$")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens around capitalised words (the only ones a place name can start with): the
    rules look a token back and a few ahead, so each capital gets a window of text around it;
    most of a text is lower case and is never tokenised."""
    out: list[tuple[int, int, str]] = []
    n = len(text)
    lo = hi = -1
    for m in _CAPITAL.finditer(text):
        a, b = m.start() - WINDOW_BEFORE, m.start() + WINDOW_AFTER
        if a <= hi:
            hi = b
            continue
        if hi >= 0:
            out += _tokens_in(text, lo, min(hi, n))
        lo, hi = max(0, a), b
    if hi >= 0:
        out += _tokens_in(text, lo, min(hi, n))
    return out


# a capital that may start a place name (not "The", "In", "He" ...)
_CAPITAL = re.compile(r"(?<![\w'’])(?!(?:The|A|An|In|On|At|It|He|She|They|We|I|But|And|This|That|For|As|If|"
                      r"His|Her|Its|Their|Our|There|When|While|After|Before|With|By|From|To|Mr|Mrs|Ms)\b)[A-Z]")
WINDOW_BEFORE, WINDOW_AFTER = 16, 48


def _tokens_in(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    if a > 0:                   # start and end at spaces: no token is cut in two
        sp = text.find(" ", a, b)
        a = sp + 1 if sp >= 0 else a
    if b < len(text):
        sp = text.rfind(" ", a, b)
        b = sp if sp > a else b
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, a, b)]


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def recognise(text: str, gaz: Gazetteer, skip: tuple[int, int] | None = None) -> list[_Cand]:
    toks = _tokens(text)
    out: list[_Cand] = []
    name_tokens: set[str] = set()
    surnames: set[str] = set()      # the words after a given name ("Carrie Lam": "Lam"), a person's
    n = len(toks)
    maxn = min(6, gaz.max_tokens)
    given = first_names()
    next_free = 0           # tokens before this belong to a place already found
    for i in (k for k, tok in enumerate(toks) if tok[2][:1].isupper()):
        if i < next_free:
            continue
        s, e, t = toks[i]
        if t in given and i + 1 < n and _namelike_token(toks[i + 1][2]) and toks[i + 1][0] - e <= 1:
            name_tokens.add(toks[i + 1][2])     # "Charles Rangel": later "Rangel" is the person
            surnames.add(toks[i + 1][2])
        if name_key(t) not in gaz.first_words and ((t[-1:] not in ".s" and "-" not in t) or not any(
                name_key(v) in gaz.first_words for v in _variants(t)[1:])):
            continue            # no place name starts with this word
        found = None
        for k in range(min(maxn, n - i), 0, -1):
            last = toks[i + k - 1]
            if not _cap(last[2]) or last[2] in ",()":
                continue
            span = text[s:last[1]]
            if "\n" in span:
                continue
            for variant in _variants(span):
                recs = next((r for r in map(gaz.candidates, _spellings(variant)) if r), None)
                if recs:
                    found = (i, i + k, s, s + len(variant), recs)
                    break
            if found:
                break
        if not found:
            continue
        a, b, s, e, recs = found
        next_free = b
        if skip and s < skip[1] and skip[0] < e:
            # (the dateline's city, qualified by its state or country: "Lisbon, Ohio –" is no Portuguese district)
            qual = _qualifier(text, toks, b + 1, gaz) if b + 1 < n and toks[b][2] == "," and _cap(toks[b + 1][2]) \
                and toks[b + 1][0] < skip[1] else None
            if qual and not any(r.country == x.country and (not x.admin1 or r.admin1 == x.admin1)
                                for r in recs for x in qual):
                qual = None
            out.append(_Cand(s, e, text[s:e], recs, qual))
            continue
        # "in Columbus Ohio": a state or country right after a town of it, without a comma, qualifies it
        qual = None
        if b < n and _cap(toks[b][2]) and toks[b][0] - e <= 1 and any(r.feature in ("city", "admin2") for r in recs):
            q = _qualifier(text, toks, b, gaz)
            if q and any(x.feature == "admin" for x in q) and any(
                    r.country == x.country and (not x.admin1 or r.admin1 == x.admin1) for r in recs for x in q):
                qual = q
        # "Iowa Beef Processors Inc Dakota City, Nebraska, plant": a town followed by its own state after a comma is
        # the town, whatever name comes before it
        comma_qual = None
        if b + 1 < n and toks[b][2] == "," and _cap(toks[b + 1][2]) and any(r.feature in ("city", "admin2") for r in recs):
            q = _qualifier(text, toks, b + 1, gaz)
            if q and any(x.feature == "admin" for x in q) and any(
                    r.country == x.country and x.admin1 and r.admin1 == x.admin1 for r in recs for x in q):
                comma_qual = q
        verdict = _judge(text, toks, a, b, s, e, recs, name_tokens, surnames,
                         after_place=bool(out) and a >= 2 and out[-1].end == toks[a - 2][1],
                         qualified=qual is not None, own_state_after=comma_qual is not None)
        if verdict is None:
            continue
        if a > 0 and toks[a - 1][2] in DIRECTIONS and any(r.feature in ("water", "region", "continent") for r in recs):
            recs = [r for r in recs if r.feature in ("water", "region", "continent")]   # "the North Atlantic": the ocean
        if qual is not None:
            out.append(_Cand(s, e, text[s:e], recs, qual, verdict))
            continue
        if b + 1 < n and toks[b][2] == "," and _cap(toks[b + 1][2]) \
                and any(r.feature in ("city", "admin2") for r in recs):
            qual = _qualifier(text, toks, b + 1, gaz)   # also read again as a place of its own
            if qual and any(r.feature == "country" for r in recs) \
                    and all(q.feature == "country" for q in qual):
                qual = None     # "China, Japan and India": a list of countries, not a town in Japan
        out.append(_Cand(s, e, text[s:e], recs, qual, verdict))
    return out


_VESSEL_NOUNS = frozenset("ship vessel tanker freighter liner container cargo ferry trawler yacht carrier".split())
# newspapers named like a place, read as the paper when they speak or are called a paper ("Granma said", "the daily
# Granma"), the place otherwise ("the eastern province of Granma")
_PAPERS_NAMED_LIKE_PLACES = frozenset({"Granma"})
_PAPER_SAYS_AFTER = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes|quoted|added|noted|stated|published)\b")
_PAPER_BEFORE = re.compile(r"\b(?:daily|newspaper|paper|weekly)\s+$", re.I)
NEWS_TITLES = {"Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Star", "News",
               "Daily", "Mail", "Telegraph", "Observer", "Globe", "Sun", "Register", "Bulletin", "Courier",
               "Inquirer", "Examiner", "Record", "Press", "Dispatch", "Advocate", "Enquirer", "Ledger", "Sentinel",
               "Courant", "Statesman"}
# a party's adjective before a place is no name's first word: "the Republican New Hampshire primary"
_PARTY_ADJECTIVES = frozenset("Democratic Republican Conservative Labour Liberal Socialist".split())
DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
              "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Greater", "Downtown",
              "Metro", "Suburban", "Rural", "Coastal"}


# a person's title right before a surname (spelled out; the abbreviations are _TITLE_ABBREVIATION's)
_TITLE_BEFORE_NAME = re.compile(r"Governor|Mayor|President|Senator|Representative|Judge|Justice|Minister|Secretary|"
                                r"Chancellor|Commissioner|Sheriff|Detective|Pope|Bishop|Rabbi|Imam|Coach|Councilman|"
                                r"Councilwoman|Assemblyman|Assemblywoman|Congressman|Congresswoman|Ald\.|Alderman|"
                                r"Officer|Trooper")
# the kin before a given name: "son Barron", "his wife Paris"
_KIN_NOUNS = frozenset("son sons daughter daughters wife husband brother sister father mother uncle aunt nephew niece "
                       "cousin grandson granddaughter grandfather grandmother girlfriend boyfriend fiancee fiancée fiance "
                       "widow widower stepson stepdaughter".split())


_COMPANY_AFTER_PEOPLE = frozenset("Cruise Cruises Line Lines Airlines Airline Airways Air Railways Rail Holdings Motors "
                                   "Petroleum Steel Telecom Shipping Broadcasting".split())
_WATER_HEADS = frozenset("Sound Strait Straits Channel".split())
# a part of a town named by its side: "the Upper East Side", "the Lower East Side", "the South Side"
_SIDE_HEADS = frozenset(("Side",))
_JUDICIAL_DISTRICT = re.compile(r"(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District")


def _judge(text, toks, a, b, s, e, recs, name_tokens, surnames=frozenset(), after_place: bool = False,
           qualified: bool = False, own_state_after: bool = False) -> Optional[bool]:
    """Is toks[a:b] (text[s:e]) a place here? None: no; else whether a locative word leads it.

    Person and organisation names that contain place names are refused: a given name followed
    by a capitalised word ("Paris Hilton", "Jordan Peterson", "Vladimir Putin"), a newspaper
    title ("Washington Post"), a place after a capitalised word that is not a direction
    ("Antony J. Blinken", "Coles store" after "the Coles"), a surname seen in a full name earlier
    ("Bryant" after "Kobe Bryant"), a common English word at a sentence start or, for a small
    place, without "in"/"at" before it."""
    nxt = toks[b] if b < len(toks) else None
    prev = toks[a - 1] if a > 0 else None
    word = text[s:e]
    single = b - a == 1
    big = any(r.feature in ("country", "admin", "demonym", "continent", "water", "region") for r in recs)
    if e < len(text) and text[e:e + 1].isalpha():
        return None                                   # "Russian" is not "Russia"
    if _COURT_TITLE_AFTER.match(text, e) and _COUNTRY_BEFORE_COURT.search(text, max(0, s - 16), s):
        return None                                   # "United States Federal District Judge": a court's level
    if nxt is not None and nxt[0] - e <= 1 and nxt[2] in _COMPANY_AFTER_PEOPLE \
            and any(r.feature == "demonym" for r in recs):
        name_tokens.add(word)                         # (and "Norwegian" alone after it: the company again)
        return None                                   # "Norwegian Cruise Line", "Turkish Airlines": a company's name,
                                                      # not the people
    if nxt is not None and nxt[0] - e <= 1 and nxt[2] in _WATER_HEADS:
        return None                                   # "in the Long Island Sound", "the Bosporus Strait" the gazetteer
                                                      # does not hold whole: a water, not the island or the town (not
                                                      # "River" or "Creek", which the toponym corpora tag as the town's)
    if nxt is not None and nxt[0] - e <= 1 and nxt[2] in _SIDE_HEADS:
        return None                                   # "the Upper East Side": a town's quarter, not Ghana's Upper East
                                                      # region
    if _JUDICIAL_DISTRICT.fullmatch(word) and text.startswith(" of ", e):
        return None                                   # "the Northern District of Illinois": a federal court's
                                                      # district, the state after it (not Israel's Northern District)
    if _STREET_POSSESSIVE.match(text, e):
        return None                                   # "St. Mark's Place", "St. John's Road": a street
    if single and word.isupper() and len(word) <= 5 and all(r.feature in ("city", "admin", "admin2")
                                                             and r.population < 1_000_000
                                                             and (r.name.upper() != word or r.population < 100_000)
                                                             for r in recs):
        return None                                   # "IRNA" (an alternate name of Salerno), "INA" (Ina, a small
                                                      # town), "IG Metall" (Ig, a Slovenian town and its
                                                      # municipality): an acronym
    if prev and _cap(prev[2]) and s - prev[1] <= 1 and AGE_AFTER.match(text, e):
        return None                                   # "Lesean Carson, now 16 years old,": a person's name
    if _is_org(word):
        return None
    if word in _PAPERS_NAMED_LIKE_PLACES and (_PAPER_SAYS_AFTER.match(text, e)
                                              or _PAPER_BEFORE.search(text, max(0, s - 30), s)):
        return None                                   # "Granma said", "the Communist Party daily Granma": the paper,
                                                      # not the Cuban province
    given = single and word in first_names()
    if prev and prev[2] == "New" and s - prev[1] <= 1:
        return None                                   # "at New England": a name the gazetteer lacks, not England (a
                                                      # "New" name it has is read whole: "New York", "New Britain")
    if prev and _cap(prev[2]) and s - prev[1] <= 1 and nxt and nxt[2].lower() in _VESSEL_NOUNS:
        return None                                   # "Maersk Alabama container ship": a ship's name
    if single and nxt and _ONE_INITIAL.fullmatch(nxt[2]) and nxt[0] - e <= 1 and b + 1 < len(toks) \
            and _cap(toks[b + 1][2]) and not any(r.feature in ("country", "admin") for r in recs) \
            and not text.startswith("D.A.", nxt[0]):     # (a district attorney's: "Manhattan D.A. Cyrus Vance")
        name_tokens.add(word)
        return None                                   # "founder and chairman Boyd L. Jefferies": a person's name
    if _CROSS_STREET_AFTER.match(text, e) and _AT_A_CORNER_BEFORE.search(text, max(0, s - 30), s):
        return None                                   # "at Broadway and Berry Street": a street of a crossing
    if nxt and _cap(nxt[2]) and nxt[0] - e <= 1 and nxt[2] not in FUNCTION_WORDS and not qualified:
        if nxt[2].rstrip(".") in NEWS_TITLES:
            return None                               # "Washington Post"
        if nxt[2].rstrip(".") in STREET_WORDS and (not big or _ADDRESS_BEFORE.search(text, max(0, s - 40), s)):
            return None                               # "Flatbush Avenue": a street, not the neighbourhood (and
                                                      # a state's or country's name with a house number or in a
                                                      # list of streets: "1120 Bergen Street", "bordered by Bergen
                                                      # Street, Kingston Avenue")
        if WORKS_AFTER.match(text, e):
            return False                              # "the Dearborn Truck Plant": a works in its town
        # (the name may end the sentence, "the death of Odin Lloyd.", when the text names the person by it alone
        # elsewhere: "Lloyd's body was found"; not "the London Marathon.", "London Bridge.")
        after = nxt[2]
        if after.endswith(("'s", "’s")) and len(after) > 3:
            after = after[:-2]                        # ("Fleetwood Mac's Stevie Nicks": a band's name)
        if after.endswith(".") and len(after) > 4 and _named_alone(after[:-1], text, s, nxt[1]):
            after = after[:-1]
        if after.rstrip(".") in _NATURAL_FEATURE_HEADS and not big and not recs[0].population >= 100_000:
            return None                               # "near Liberty Island", "the Pine Island Glacier": the island's
                                                      # name, not the small town Liberty
        if given and _namelike_token(after) and after not in ORG_WORDS_P:
            name_tokens.add(after)
            return None                               # "Paris Hilton", "Jordan Peterson"
        if not big and not recs[0].population >= 100_000 and _namelike_token(after) \
                and after not in ORG_WORDS_P and after not in DIRECTIONS:
            name_tokens.update([*(t[2] for t in toks[a:b]), after])
            return None                               # "Kobe Bryant": a small-town name before a name
    if prev and _cap(prev[2]) and s - prev[1] <= 1 and prev[2] not in FUNCTION_WORDS and not own_state_after \
            and prev[2] not in DIRECTIONS and not _sentence_start(text, prev[0]) and prev[2] not in ",()" \
            and prev[2] not in _PARTY_ADJECTIVES and not any(r.feature == "demonym" for r in recs) \
            and not (prev[2].endswith(("'s", "’s")) and (big or recs[0].population >= 100_000)) \
            and not (prev[2].endswith(".") and len(prev[2]) > 2 and not _INITIAL_OR_TITLE.fullmatch(prev[2])):
        # (a word with its full stop ends the sentence before: "near Columbus. Ohio gave")
        if prev[2] in first_names() or _INITIAL_OR_TITLE.fullmatch(prev[2]):
            name_tokens.update(t[2] for t in toks[a:b])
            return None                               # "Antony J. Blinken", "Kobe Bryant", "Mr. Washington"
        if not big or not any(r.feature != "admin" or r.population >= 500_000 for r in recs if r.feature != "city"):
            if single and not big and all(r.population < 100_000 for r in recs):
                name_tokens.add(word)                 # ("President Bush ... a third Bush term": the name again)
            return None                               # ("McDonnell Douglas": not the Isle of Man's Douglas)
    if prev and _cap(prev[2]) and s - prev[1] <= 1 and _sentence_start(text, prev[0]) and single and not big \
            and all(r.population < 100_000 for r in recs) and _namelike_token(prev[2]) \
            and prev[2] not in FUNCTION_WORDS and prev[2].lower() not in COMMON_WORDS and prev[2] not in DIRECTIONS \
            and prev[2] not in ORG_WORDS_P and prev[2].lower() not in VERB_FORMS:   # (not "Trailing Watertown's",
                                                                                    # "Lake Manassas")
        name_tokens.add(word)
        return None                                   # "Mitt Romney offered ...", opening a sentence: a person's
                                                      # name, not the small town Romney
    prev_word = prev[2].lower() if prev else ""
    if prev_word in ("a", "an") and nxt is not None and nxt[0] - e <= 1 and _namelike_token(nxt[2]) \
            and nxt[2] not in ORG_WORDS_P and nxt[2] not in DIRECTIONS and nxt[2].lower() not in PLACE_CLASS_NOUNS \
            and not big and all(r.population < 1_000_000 for r in recs):
        name_tokens.add(word)                         # (and "the Toyota" after it: the car again)
        return None                                   # "a Toyota Camry", "a Dodge Charger": a make and its model, not
                                                      # the Japanese city (not "a London Underground strike")
    # ("and" leads a place only after a place: "Sydney and Melbourne", not "Woolworths and Coles")
    locative = prev_word in LOCATIVE and (prev_word != "and" or after_place) or (
        # a place naming a thing of it after a locative: "in his North Attleboro mansion", "at a Newark warehouse"
        # (not after "the", which names a thing of its own: "at the Summit of the Americas", "the Cathedral")
        prev_word in _DETERMINERS and a >= 2 and toks[a - 2][2].lower() in LOCATIVE_PREPOSITIONS
        and b < len(toks) and toks[b][2][:1].islower() and text[e:e + 1] not in "'’"
        and not all(r.common_word for r in recs)) or (
        # a place naming a building of it, whatever leads: "under the rubble of a Floral Park house", "the collapse
        # of a midtown Manhattan building"
        prev_word in _DETERMINERS and b < len(toks) and toks[b][0] - e <= 1 and toks[b][2] in BUILDING_NOUNS
        and not all(r.common_word for r in recs)) or (
        # a place naming a happening of it: "The Seaside Park fire", "the Oklahoma City bombing"
        prev_word in _INCIDENT_DETERMINERS and b < len(toks) and toks[b][0] - e <= 1
        and toks[b][2].rstrip(".") in INCIDENT_NOUNS and not all(r.common_word for r in recs))
    if locative and prev_word == "of" and single and all(r.common_word for r in recs) \
            and _word_before(toks, a - 1) not in PLACE_CLASS_NOUNS:
        locative = False        # "Secretary of Justice", "Bank of Commerce"; not "the town of Reading"
    if single and word in name_tokens and (not locative or word.endswith("s") and text.startswith(("' ", "’ "), e)
                                           # (nor, after "at" or "to", a small town's name: "shouted at Lam", after
                                           # "Carrie Lam" — a person, not Lam in Bavaria)
                                           or prev_word in ("at", "to") and word in surnames and all(
                                               r.feature in ("city", "admin2") and r.population < 100_000 for r in recs)):
        return None                                   # "Bryant" after "Kobe Bryant": the person again (and after a
                                                      # locative, a name's bare possessive: "in Williams' loss to
                                                      # Capriati"; not "in Decatur's case", a place's)
    if single and prev_word == "the" and all(r.feature == "city" and r.name != word for r in recs) \
            and not _AREA_AFTER.match(text, e) and not EVENT_NAME_AFTER.match(text, e):
        return None                                   # "the Mets", "the Duma": a team, a body of the name, not the
                                                      # town whose alternate name it is (Metz); not "the
                                                      # Moenchengladbach area", "the Rafah terminal", "the NYC
                                                      # Marathon" (an event held there)
    if single and not locative and all(r.feature == "city" and r.name != word for r in recs) and (
            word.lower() in COMMON_WORDS or nxt and _cap(nxt[2]) and nxt[0] - e <= 1 and nxt[2] not in FUNCTION_WORDS
            and not (word.isupper() and EVENT_NAME_AFTER.match(text, e))):
        return None                                   # "the Basic Agreement": an ordinary word (or a word before
                                                      # another capitalised one) that only an alternate name of a
                                                      # town matches (Henderson, Nevada); an acronym of a
                                                      # town's name before an event's stays: "the NYC Marathon"
    if single and (prev_word in _KIN_NOUNS or prev and s - prev[1] <= 1 and not locative and (
            _TITLE_BEFORE_NAME.fullmatch(prev[2]) or _TITLE_ABBREVIATION.fullmatch(prev[2]))) \
            and not any(r.population >= 1_000_000 or r.feature != "city" for r in recs):
        name_tokens.add(word)
        return None                                   # "Governor Paterson announced", "Gov. Paterson", "the Trumps'
                                                      # 14-year-old son Barron": a person's name after a title or a
                                                      # kinship noun, not the town
    if single and not locative and _PERSONS_RELATION_AFTER.match(text, e) \
            and not any(r.population >= 100_000 or r.feature != "city" for r in recs):
        name_tokens.add(word)
        return None                                   # "Melo's teammates were justly in awe": a person's (a
                                                      # nickname's), not the town Melo's
    if single and not locative and prev_word == "and" and not after_place \
            and all(r.feature == "city" and r.name != word for r in recs):
        return None                                   # "in Investor and Providentia": a name joined to another by
                                                      # "and", matched only by a town's other name (Providence), is
                                                      # that other thing's
    if single and all(r.common_word for r in recs) and not locative:
        if not any(r.population >= 100_000 or r.feature != "city" for r in recs) or _sentence_start(text, s) \
                and not any(r.feature in ("admin", "country") or r.population >= 1_000_000 for r in recs):
            return None                               # "Police said", "Hope" as a name (a state or a city of
                                                      # millions opens a sentence as itself: "Ohio, which ...")
    if single and len(word) <= 2 and not word.isupper():
        return None
    if single and word in ORG_WORDS_P and not any(r.feature in ("country", "admin") for r in recs):
        return None                                   # "the Congress of the Philippines": no town Congress, Arizona
    return locative


# what only a person has, after a name's possessive: "Melo's teammates", "Kelly's lawyers" (not a team's: "Denver's
# coach"; a town of 100,000 or more is taken as itself)
_PERSONS_RELATION_AFTER = re.compile(r"['’]s\s+(?:(?:former|longtime|new|own)\s+)?(?:teammates?|wife|husband|girlfriend|"
                                     r"boyfriend|fianc[ée]e?|lawyers?|attorneys?|agent|parents|mother|father|son|"
                                     r"daughter|brother|sister|siblings|widow|widower|bodyguard|publicist)\b(?!\s+(?:city|cities|town|towns|state|states|"
                                     r"school|schools|company|companies|paper|station|club|port|region))")


# before a name: an initial or a title's abbreviation ("J.", "Mr."), not a sentence's last word
# ("the Ministry of Justice. Azerbaijan has ...")
_TITLE_ABBREVIATION = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Rev|Jr|Sr)\.")
_INITIAL_OR_TITLE = re.compile(r"[A-Z]\.|" + _TITLE_ABBREVIATION.pattern)


# a works named after its town: "Dearborn Truck Plant", "Chicago Assembly", "Sellafield Works"
WORKS_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Plant|Factory|Assembly|Refinery|Mill|Mine|Works|Shipyard|"
                         r"Smelter|Depot)\b")
# a hospital named after a city or a state ("New York Presbyterian Hospital", "Massachusetts General Hospital") is
# there: a big city only (a hamlet's name in a hospital's, "Mount Sinai Hospital", is the hospital's, not where it
# stands)
_HOSPITAL_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Hospital|Medical\s+Center|Medical\s+Centre|Infirmary)\b")
_HOSPITAL_CITY_POPULATION = 100_000


def names_a_site_there(p: Place, text: str) -> bool:
    """Whether the place, inside an organisation's name, names a site that stands there: a works named after its
    town ("The Dearborn Truck Plant ... halted production"), a hospital named after a big city or a state ("died ...
    at New York Presbyterian Hospital"); such a place is where events at the site happen."""
    return WORKS_AFTER.match(text, p.end) is not None or (
        (p.feature == "admin" or p.feature == "city" and p.population >= _HOSPITAL_CITY_POPULATION)
        and _HOSPITAL_AFTER.match(text, p.end) is not None)
# a street named after a place: "Flatbush Avenue Extension", "Atlantic Avenue", "Jamaica Road"
STREET_WORDS = frozenset("Avenue Ave Street St Road Rd Boulevard Blvd Lane Drive Parkway Expressway Highway Turnpike "
                         "Terrace Crescent".split())
# "United States Federal District Judge Michael Urbanski", "U.S. Federal District Court": a court, no place
_COURT_TITLE_AFTER = re.compile(r"\s+(?:Judge|Court|Magistrate|Attorney|Prosecutor)\b")
_COUNTRY_BEFORE_COURT = re.compile(r"(?:United\s+States|U\.S\.|US)\s+$")
# a person's age told after a name: "Lesean Carson, now 16 years old,", "Ebony Brown, 21,"
AGE_AFTER = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3}(?:\s*,|\s+years?\s+old\b)")
# a house number, or another street of a list, right before a street's name: "in front of 1120 Bergen
# Street", "the corner of Franklin Avenue and President Street", "bordered by Bergen Street, Kingston Avenue"
_ADDRESS_BEFORE = re.compile(r"(?:\b\d{1,5}(?:-\d{1,5})?|\b(?:" + "|".join(sorted(STREET_WORDS)) + r")\.?(?:,| and| &))\s+$")
# the other street of a crossing after a name, and a locative of a crossing before it: "at Broadway and Berry Street",
# "the corner of Atlantic and Flatbush Avenues"
_CROSS_STREET_AFTER = re.compile(r"\s+(?:and|&)\s+(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:"
                                 + "|".join(sorted(STREET_WORDS)) + r")s?\b")     # ("at Lexington and 86th Street")
_AT_A_CORNER_BEFORE = re.compile(r"\b(?:at|corner\s+of|intersection\s+of)\s+$", re.I)   # (not "near Tripoli and
                                                                                          # Airport Road")
_STREET_POSSESSIVE = re.compile(r"['’]s\s+(?:Place|Square|Street|Road|Avenue|Lane|Row|Court|Way)\b")


# the head of a natural feature's name after a town's name ("Liberty Island"): the feature, not the town
_NATURAL_FEATURE_HEADS = frozenset("Island Islands Peninsula Glacier Atoll Reef Cay".split())
ORG_WORDS_P = {"University", "College", "School", "High", "County", "City", "Council", "Department",
               "Police", "Fire", "Hospital", "Airport", "Church", "Center", "Centre", "Library", "Park",
               "Street", "Road", "Avenue", "Board", "Committee", "Court", "Government", "State", "Project",
               "Veterans", "Army", "Navy", "Air", "Attorney", "Defense", "Immigration", "Senate", "House",
               "Congress", "Ministry", "Office", "Service", "Services", "River", "Lake", "Valley",
               "Mountains", "Bay", "Island", "Islands", "Harbor", "Port", "Area", "Region", "Province",
               "District", "Mayor", "Sheriff"}


# the nouns before "of" that make the word after it a place ("the town of Reading")
# a kind of place or a place's facility after a town's name: the town itself is meant
_AREA_AFTER = re.compile(r"\s+(?:area|region|district|valley|province|county|city|town|metropolitan|suburbs?|outskirts|"
                         r"terminal|crossing|border|airport|port|harbou?r|station|bridge|camp)\b")
PLACE_CLASS_NOUNS = {"city", "town", "village", "province", "state", "region", "county", "district",
                     "municipality", "island", "islands", "port", "capital", "outskirts", "suburb",
                     "suburbs", "centre", "center", "streets", "people", "residents", "mayor", "governor"}


def _named_alone(word: str, text: str, s: int, e: int) -> bool:
    """Whether the text names ``word`` outside ``text[s:e]`` on its own, with no capitalised word right before or
    after it (a surname used alone: "Lloyd's body was found"; not "Chicago Marathon")."""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        if s <= m.start() < e or re.match(r"[ -][A-Z]", text[m.end():m.end() + 2]):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if not re.search(r"[A-Z][\w'’-]*[ -]$", before):     # (a sentence's last word before it is no name)
            return True
    return False


def _word_before(toks, i: int) -> str:
    return toks[i - 1][2].lower() if i > 0 else ""


def _namelike_token(t: str) -> bool:
    """'Bryant', 'Rosselló', 'President-elect', 'McCartney': a capitalised word of letters (accented too),
    hyphenated or not."""
    head, _, rest = t.partition("-")
    return (len(head) > 1 and head[0].isupper() and head[1:].isalpha() and head[1:].islower()
            or _PREFIXED_SURNAME.fullmatch(head) is not None) \
        and (not rest or all(p.isalpha() for p in rest.split("-")))


# a surname with a capital inside after its prefix: "McCartney", "MacArthur", "O'Brien", "DeLuca"
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le)[A-Z][a-z]+")


def _is_org(name: str) -> bool:
    return name in ORGANISATIONS


def _sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` follows the end of a sentence or clause (".", "!", "?", ":",
    ";", a line break), past quotation marks, brackets and no-break spaces. Not the shared
    ``lexicon.opens_sentence``: that one counts an opening quotation mark as a start and ";" as
    none, and using it here moves toponyms on the evaluation files (tried: two files differ)."""
    before = text[max(0, pos - 3):pos].rstrip(" \u00a0\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def resolve(cands: list[_Cand], gaz: Gazetteer, filing_place: Optional[str] = None, text: str = "") -> list[Place]:
    # countries named unambiguously in the document steer the choice of cities
    doc_countries: dict[str, int] = {}
    doc_admins: set[tuple[str, str]] = set()
    for c in cands:
        # a country by its own name ("Puerto Rico", not the towns of that name), or the one sense
        own = [r for r in c.records if r.feature == "country" and name_key(r.name) == name_key(c.text)]
        if any(r.feature != "city" for r in c.records if r not in own):
            own = []            # "Georgia": the state as much as the country
        if len(own) == 1 or len(c.records) == 1 and c.records[0].feature in ("country", "admin", "demonym"):
            r = own[0] if len(own) == 1 else c.records[0]
            doc_countries[r.country] = doc_countries.get(r.country, 0) + 1
            if r.feature == "admin":
                doc_admins.add((r.country, r.admin1))
        for q in _used_qualifiers(c):
            doc_countries[q.country] = doc_countries.get(q.country, 0) + 1
            if q.feature == "admin":
                doc_admins.add((q.country, q.admin1))
    if filing_place:
        head = filing_place.split(",")[0].title()
        recs = gaz.candidates(head)
        if recs:
            # (a dateline names its city by its own name: "PHILADELPHIA" is Philadelphia, not Amman, which once bore it)
            best = max(recs, key=lambda r: (name_key(r.name) == name_key(head), prior(r)))
            doc_countries[best.country] = doc_countries.get(best.country, 0) + 1
    most = max(doc_countries.values(), default=0)
    doc_top = frozenset(cc for cc, n in doc_countries.items() if n == most)
    # pass 1: each name on its own; pass 2: ambiguous names move towards the other places of
    # the document (spatial minimality: "Richmond" near Indiana's towns is Richmond, Indiana)
    narrowed_recs = [_plausible(c, _narrow(c, text), text, doc_countries) for c in cands]
    first: dict[str, GazRecord] = {}
    for c, recs in zip(cands, narrowed_recs):
        key = name_key(c.text)
        if key not in first or c.qualifier:
            first[key] = max(recs, key=lambda r: _score(r, doc_countries, doc_admins, key, doc_top))
    anchors = [(k, r.lat, r.lon) for k, r in first.items()
               if r.feature in ("city", "admin", "admin2") and (r.feature != "admin" or r.country != "US")]
    chosen: dict[str, GazRecord] = {}
    out: list[Place] = []
    for c, recs in zip(cands, narrowed_recs):
        key = name_key(c.text)
        if key in chosen and not c.qualifier:
            best = chosen[key]
        elif len(recs) > 1 and anchors:
            # a state or country of its own name keeps small towns from winning by nearness alone
            big = max((prior(r) for r in _own_name(recs, key)), default=0)
            best = max(recs, key=lambda r: _score(r, doc_countries, doc_admins, key, doc_top)
                       + (_nearness(r, key, anchors) if not _dwarfed(r, big) else 0.0))
            chosen.setdefault(key, best)
        else:
            best = first[key] if not c.qualifier else max(recs, key=lambda r: _score(r, doc_countries, doc_admins, key, doc_top))
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


_DIVISION_AFTER = (" region", " Region", " oblast", " Oblast", " province", " Province", " state", " State")


def _plausible(c: _Cand, recs: list[GazRecord], text: str, doc_countries: dict) -> list[GazRecord]:
    """The candidates worth weighing: "Washington state" is the state; a country, or a state of
    a country the document is about, named by its own name is not given up for a small town of
    that name near the other places ("California" stays the state, not California, Pa.),
    unless a qualifier says so."""
    # a national capital, not the first-level division of its country that bears one of its
    # names and whose towns hold less than half as many people ("Kiev" is Kyiv, not Kyiv
    # Oblast), unless "region" follows
    caps = [r for r in recs if r.feature == "city" and r.capital]
    if caps and not text.startswith(_DIVISION_AFTER, c.end):
        recs = [r for r in recs if not (r.feature == "admin" and r.population and any(
            k.country == r.country and k.population > 2 * r.population for k in caps))] or recs
    own = [r for r in _own_name(recs, name_key(c.text)) if r.feature == "country" or r.country in doc_countries]
    if own and text.startswith((" state", " State", " province", " Province"), c.end):
        return own
    if not own or _used_qualifiers(c):
        return recs             # "Oregon, Ohio": the qualifier says which
    big = max(prior(r) for r in own)
    kept = [r for r in recs if r.feature not in ("city", "admin2") or not _dwarfed(r, big)]
    return kept or recs


def _own_name(recs: list[GazRecord], key: str) -> list[GazRecord]:
    """The states and countries among ``recs`` that bear the name itself (not as an alternate)."""
    return [r for r in recs if r.feature in ("admin", "country") and name_key(r.name) == key]


def _dwarfed(r: GazRecord, big: float) -> bool:
    """Whether a record weighs less than a twentieth of a state or country of its name."""
    return prior(r) * 20 < big


def _nearness(r: GazRecord, key: str, anchors: list[tuple[str, float, float]]) -> float:
    """A bonus for a candidate close to the document's other places (not itself)."""
    if r.feature in ("country", "demonym", "continent", "region", "water"):
        return 0.0
    best = min((_approx_km(r.lat, r.lon, la, lo) for k, la, lo in anchors if k != key), default=None)
    if best is None:
        return 0.0
    return 2.5 if best < 150 else 1.5 if best < 400 else 0.5 if best < 1000 else 0.0


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few percent of the great circle at the distances
    that matter here (up to 1,000 km), and a fraction of its cost."""
    x = (lon2 - lon1 + 540) % 360 - 180
    return 111.2 * math.hypot(x * math.cos(math.radians((lat1 + lat2) / 2)), lat2 - lat1)


def _score(r: GazRecord, doc_countries: dict[str, int], doc_admins: set = frozenset(),
           key: str = "", doc_top: frozenset = frozenset()) -> float:
    """log prior, plus context: the document's countries (for places below country level) and
    its first-level divisions (for their towns); a record named by its own name beats one that
    only lists the name among its alternates ("Santa Ana" the city, not Taguig). ``doc_top``: the
    countries the document names most."""
    s = math.log10(prior(r) + 10)
    own_name = name_key(r.name) == key
    if r.country and r.country in doc_countries:
        # a country named by its own name keeps its rank against a division of the same name; a country the
        # document names less than another steers less ("UNESCO is based in Paris", in a story of Greece and
        # Turkey naming the United States: not Paris, Texas)
        s += (3.0 if r.country in doc_top else 1.5) if own_name else 1.0 if r.feature not in ("country", "demonym") else 0.0
    if (r.country, r.admin1) in doc_admins and r.feature == "city":
        s += 2.0
    if own_name:
        s += 1.0
    return s


def _confidence(best: GazRecord, recs: list[GazRecord]) -> float:
    if len(recs) == 1:
        return 0.9
    others = sorted((prior(r) for r in recs if r is not best), reverse=True)
    ratio = prior(best) / (others[0] + 1) if others else 10
    return round(min(0.9, 0.5 + 0.1 * math.log10(ratio + 1)), 2)


def find_places(text: str, filing_place: Optional[str] = None, dateline_end: int = 0,
                gaz: Optional[Gazetteer] = None, fallback=None) -> list[Place]:
    """Every place mention of ``text`` with its resolved record, in text order.

    ``fallback``: an object with geopy's ``geocode(name)`` (e.g. ``geocoder.CachedGeocoder``
    around ``Nominatim``), asked for capitalised names after "in"/"at"/"near" that the
    gazetteer does not know. None (the default) keeps everything offline."""
    gaz = gaz or default_gazetteer()
    cands = recognise(text, gaz, skip=(0, dateline_end) if dateline_end else None)
    places = resolve(cands, gaz, filing_place, text)
    if dateline_end:
        places = _unlisted_dateline_city(text, places, dateline_end)
    # (a town's name after a lone capital is a name's second word: "K Mart said" is no Mart, Texas; not after the
    # article "A": "A Paris court")
    places = [p for p in places if not (p.start >= 2 and _LONE_CAPITAL_BEFORE.search(text, max(0, p.start - 3), p.start))]
    places = [p for p in places if p.text not in _TIME_ZONES]     # "1700 EST": a time zone, no Est of Burkina Faso
    brands = {m.group(1) or m.group(2) for m in _BRAND.finditer(text)}
    if brands:      # "Ford and its luxury brand Lincoln": the brand's name is no town of the article
        places = [p for p in places if p.text not in brands]
    if fallback is not None:
        places = sorted(places + _fallback_places(text, places, fallback), key=lambda p: p.start)
    return places


_TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT GMT UTC BST CET CEST ET PT CT MT".split())
_LONE_CAPITAL_BEFORE = re.compile(r"(?<![\w.])[B-HJ-Z] $")
# a name the article gives a brand ("its luxury brand Lincoln", "the Lincoln brand")
_BRAND = re.compile(r"\bbrand\s+([A-Z][\w’'-]+)\b|\b([A-Z][\w’'-]+)\s+brand\b")
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}),\s+")


def _unlisted_dateline_city(text: str, places: list[Place], dateline_end: int) -> list[Place]:
    """A dateline's town the gazetteer lacks, before the state or country it names ("MURDOCHVILLE,
    Quebec, April 3 -"): a place of its own, at the point of what holds it (not the province for it)."""
    m = _DATELINE_CITY.match(text)
    if not m or m.end() >= dateline_end or any(p.start == m.start(1) for p in places):
        return places
    holder = next((p for p in places if p.start == m.end() and p.end <= dateline_end), None)
    if holder is None or holder.feature not in ("admin", "country"):
        return places
    name = m.group(1)
    return [Place(start=m.start(1), end=m.end(1), text=name, name=name.title() if name.isupper() else name,
                  country=holder.country, lat=holder.lat, lon=holder.lon, feature="unlisted", geonameid=None,
                  population=0, precision=holder.precision, score=0.0)] + places


_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:markets?|gains?|flight|punishment|expenditure|spending|investment|goods|ratio|controls?)\b)", re.I)
_CAPITAL_BEFORE = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.I)
def capital_mentions(places: list[Place], text: str, gaz: Optional[Gazetteer] = None) -> dict[int, Place]:
    """'the Belarusian capital', 'the capital of Belarus': where an event happens is the country's
    capital city, not the whole country. The mention stays the country's (as the gold standards
    tag it); this maps the place's start offset to the capital, spanning the whole phrase."""
    out: dict[int, Place] = {}
    for p in places:
        if p.precision != "country" or not p.country:
            continue
        after = _CAPITAL_AFTER.match(text, p.end)
        before = None if after else _CAPITAL_BEFORE.search(text, max(0, p.start - 30), p.start)
        if not (after or before):
            continue
        r = capital_records(gaz or default_gazetteer()).get(p.country)
        if r is None:
            continue
        s, e = (p.start, after.end()) if after else (before.start(), p.end)
        out[p.start] = Place(start=s, end=e, text=text[s:e], name=r.name, country=r.country, lat=r.lat,
                             lon=r.lon, feature=r.feature, geonameid=r.geonameid, population=r.population,
                             precision="city", score=p.score)
    return out


_UNKNOWN_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})\b")


def _fallback_places(text: str, known: list[Place], fallback) -> list[Place]:
    out = []
    for m in _UNKNOWN_AFTER_LOCATIVE.finditer(text):
        s, e = m.span(1)
        if any(p.start < e and s < p.end for p in known) or m.group(1) in FUNCTION_WORDS:
            continue
        loc = fallback.geocode(m.group(1))
        if loc is None:
            continue
        raw = loc.raw or {}
        cc = (raw.get("address", {}) or {}).get("country_code") or raw.get("countrycode") or None
        out.append(Place(start=s, end=e, text=m.group(1), name=loc.address.split(",")[0], country=cc.upper() if cc else None,
                         lat=loc.latitude, lon=loc.longitude, feature="city", geonameid=None, population=0,
                         precision="city", score=0.5))
    return out
