"""The word lists and name lexicons that more than one extraction step reads.

Actors, places and events all ask the same questions of a word: is it a listed organisation
(``data/organisations.tsv``), a given name (the dictionary shipped with ``gender-guesser``), a
capitalised word that is never a name ("The", "Monday"), a preposition that puts what follows
in a place; does a word open a sentence? Keeping the answers here lets each step read them
without importing another step (the flow stays one way: read → tag → resolve → assemble).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Optional

DATA = Path(__file__).resolve().parent / "data"


def read_rows(name: str) -> list[dict]:
    """The rows of a tab-separated file of ``data/`` (header line first; ``#`` lines are comments)."""
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


ORGANISATIONS: dict[str, str] = {}          # alias → canonical
SEATS: set[str] = set()                     # buildings that name the body in them
for _r in read_rows("organisations.tsv"):
    ORGANISATIONS[_r["canonical"]] = _r["canonical"]
    if _r["kind"] == "seat":
        SEATS.add(_r["canonical"])
    for _a in filter(None, (_r["aliases"] or "").split("|")):
        ORGANISATIONS[_a] = _r["canonical"]
        if _a.startswith("the "):
            ORGANISATIONS[_a[4:]] = _r["canonical"]
PEOPLE_ALIASES: dict[str, str] = {}
for _r in read_rows("people_aliases.tsv"):
    PEOPLE_ALIASES[_r["canonical"]] = _r["canonical"]
    for _a in filter(None, (_r["aliases"] or "").split("|")):
        PEOPLE_ALIASES[_a] = _r["canonical"]

# nouns that name an actor by its kind ("the company", "the ministry"): "the company" refers back
NOMINALS = frozenset(r["noun"] for r in read_rows("actor_nominals.tsv"))

# peoples' names as adjectives ("Russian", "Turkish"): an adjective, never a subject
DEMONYMS = {r["demonym"]: r["iso"] for r in read_rows("demonyms.tsv")}

# capitalised words that are never (the start of) a person's name
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
             "Federal", "Supreme", "National", "Union", "Presidential", "Democratic", "Republican",
             "African", "Asian", "European", "Soviet", "Arab", "Latin", "Slavic", "Muslim",
             "Christian", "Jewish", "Catholic", "Orthodox", "Islamic", "Nordic", "Baltic"}


_FIRST_NAMES: Optional[frozenset] = None
_GENDERS: dict[str, str] = {}


def first_names() -> frozenset:
    """Given names of many countries, from the dictionary that ships with ``gender-guesser``
    (nam_dict.txt by Jörg Michael, GNU FDL), read from the installed package; the same pass
    notes the names the dictionary gives one sex only (see ``gender_of``)."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        names: set[str] = set()
        sexes: dict[str, set] = {}
        try:
            import gender_guesser
        except ImportError:
            raise ImportError("the given-name dictionary needs the package gender-guesser: "
                              "pip install -r requirements.txt") from None
        path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
        with open(path, encoding="iso-8859-1") as f:
            for line in f:
                if line.startswith("#") or len(line) < 30:
                    continue
                name = line[3:29].strip()
                if name and " " not in name and "+" not in name and name[0].isupper():
                    names.add(name)
                    code = line[:2]
                    sexes.setdefault(name, set()).update(x for x in "MF" if x in code)
        names -= NON_NAMES
        _GENDERS.update({n: next(iter(x)) for n, x in sexes.items() if len(x) == 1})
        _FIRST_NAMES = frozenset(names)
    return _FIRST_NAMES


def gender_of(name: str) -> Optional[str]:
    """'M' or 'F' when the first word of a person's name is a given name of one sex only in the
    dictionary ("Madeleine Albright" F, "Steve Jobs" M); None when unknown or used for both."""
    first_names()
    first = name.split()[0] if name.split() else ""
    return _GENDERS.get(first)


# ---------------------------------------------------------------------------------------------
# where: the prepositions that put what follows in a place ("in Minsk", "outside the Kremlin").
# Each step adds what its own question needs to this one list:
#   places (is this capitalised word a toponym here?): "of", "between", "and", and the verbs of
#       visiting (PLACE_LOCATIVES);
#   events (where did it happen?): the verbs of visiting and of attack, but not "from", "around"
#       or "through" (where a movement started or passed is not where the event happened);
#   actors (is "the White House" a building here?): the list as it is.
LOCATIVE_PREPOSITIONS = frozenset("in at near to into from outside inside across around throughout within "
                                  "toward towards via through".split())
VISIT_VERBS = frozenset("visited visit visiting left reached entered".split())
PLACE_LOCATIVES = LOCATIVE_PREPOSITIONS | {"of", "between", "and"} | VISIT_VERBS
EVENT_PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS - {"from", "around", "through"}
# the occasion of a saying: where and when it was said ("told reporters at a briefing in Kabul",
# "said at a press briefing on Friday"); events places a statement and dates it by them
# the most frequent English words, lower case (data/common_words.txt): not names of people, companies or towns
with open(DATA / "common_words.txt", encoding="utf-8") as _f:
    COMMON_WORDS = frozenset(w.strip() for w in _f if w.strip() and not w.startswith("#"))

# a finite verb of saying, past or present: what comes after it is reported ("the spokesperson said the attack had
# killed twelve", "Lloyds insurance said the tanker was hit")
SAYING_VERB = re.compile(r"\b(?:said|says|told|reported|added|stated|confirmed|announced)\b")

# buildings a town's name may qualify: "a Floral Park house", "a midtown Manhattan building" (the town is where it stands)
BUILDING_NOUNS = frozenset("house houses home homes building buildings apartment apartments warehouse factory "
                           "mansion restaurant store school church mosque synagogue hospital hotel tower".split())

# a place that names an event held there ("won the 2019 Chicago Marathon", "at the Munich Security Conference", "at
# the NYC Marathon"): where that event happened
EVENT_NAME_AFTER = re.compile(r"\s+(?:(?:Half\s+)?Marathon|Open|Grand\s+Prix|Games|Olympics|Summit|Conference|"
                              r"Forum|(?:Film\s+)?Festival|Air\s+Show|Motor\s+Show|Fashion\s+Week|Book\s+Fair|"
                              r"Expo|Derby|Masters|Classic)\b")

SAYING_OCCASIONS = frozenset("briefing conference interview statement speech hearing session rally ceremony "
                             "broadcast address meeting summit visit release letter post tweet sentencing trial".split())


def _alternation(words) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# a locative right before a position ("outside the", "in front of"): what follows is a place
LOCATIVE_END = re.compile(r"\b(?:" + _alternation(LOCATIVE_PREPOSITIONS) + r")(?:\s+of)?\s+(?:the\s+)?$", re.I)


# ---------------------------------------------------------------------------------------------
# a word that opens a sentence, a line or a quotation is capitalised whatever it is
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s|[\n\"“‘(]|[.!?][\"”’)]\s)\s*$")


def opens_sentence(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens a sentence, a line or a quotation (where any word is
    capitalised, so capitals say nothing about names)."""
    return _SENTENCE_START.search(text[max(0, s - 4):s]) is not None


# gatherings whose people speak there, and the words that put a saying at one ("urged the crowd", "spoke in the
# rally", "from the stage")
GATHERINGS = frozenset("protest meeting sport election".split())
AT_THE_GATHERING = re.compile(r"\b(?:the\s+crowd|the\s+crowds|on\s+stage|from\s+the\s+stage|the\s+audience|"
                               r"(?:at|in|to|during)\s+the\s+(?:rally|march|protest|demonstration|gathering|meeting|"
                               r"convention|ceremony))\b", re.I)   # (not "keeping Harvey in the game")


# the parts of a city that the gazetteer holds as towns of their own (data/city_parts.tsv: New York City's boroughs), by
# every name: a part qualifies a town in it as a state does ("Jamaica, Queens" is the Queens neighbourhood)
CITY_PARTS = {n: (_r["city"], int(_r["geonameid"])) for _r in read_rows("city_parts.tsv")
              for n in [_r["part"]] + [a for a in (_r["aliases"] or "").split("|") if a]}
