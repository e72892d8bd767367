"""Predicates: the verbs of a sentence that tell that something happened, with their tense.

A verb group is read from its auxiliaries back from the verb ("was delivered": a past passive,
"has increased": a perfect, "will meet": a future, "lost": a simple past, "to exercise": an
infinitive). Which words are verbs, their lemma and the supersense of their most frequent sense
come from ``data/verbs.tsv.gz`` (WordNet 3.0's verbs with lemminflect's inflections, built by
``scripts/build_verbs.py``): no hand-written inflection lists. A verb denotes a happening when
its supersense is one of change, motion, contact, possession, creation, communication,
competition, social, consumption, body or weather, and not stative or mental (be, own,
include, know, love, see) — with the exceptions listed in :data:`STATES` and
:data:`MENTAL_EVENTS`.

Only finite past, perfect, passive and future groups are happenings on their own; a present
("operates", "provides") tells what is generally so unless its clause has a date of its own
("Stock markets rise today"): the caller decides with :attr:`Predicate.tense`.
"""
from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from .lexicon import DATA, DEMONYMS
from .textutil import trie_regex

NOT_HAPPENING = frozenset(("stative", "cognition", "emotion", "perception"))
# verbs whose most frequent sense WordNet files with actions, used in the news for a state:
# "owns 46 percent", "operates a fleet", "lives in", "depends on"
STATES = frozenset("own operate live work serve stand lie sit hang face wear bear hold keep remain stay "
                   "continue need want like love hate hope wish expect seem look sound feel appear contain "
                   "include involve consist comprise belong depend lack cost weigh measure equal exceed "
                   "total number represent mean matter suit fit resemble differ vary range reach "
                   "surround cover run "
                   # relations of one happening to another: "These changes followed the restriction
                   # introduced on March 4", "It was followed by another earthquake"
                   "follow precede accompany coincide "
                   # "He was aged 84": an age
                   "age".split())
# forms that are events whatever their verb's usual sense: "was born"
EVENT_FORMS = frozenset(("born", "caught"))     # (a capture: "the remaining suspect was finally caught")
# mental verbs that are decisions, hence events: "decided to", "chose", "approved"
MENTAL_EVENTS = frozenset("decide choose elect select discover learn find identify determine "
                          "recognize recognise vote".split())
# endings and failures WordNet files with states by their most frequent sense, events in the news: "the
# contract expired at midnight March 31", "missed two debt payments in April and May"
CHANGE_EVENTS = frozenset("expire lapse miss".split()
                          # ... and a response of emergency services, WordNet's "cognition" by its first sense: "police
                          # responded to multiple reports of a shooting"
                          + ["respond"])
# auxiliaries and the verbs that carry no event of their own
AUXILIARY_LEMMAS = frozenset("be have do will shall get become seem".split())

BE = frozenset("was were is are be been being am".split())
# words after a sentence's first participle that make it a verb, not an adjective of a noun after it
_NOT_A_NOUN = frozenset("by in on at to from for with into as after before during since over under near the a an "
                        "his her its their this that these those and or but not".split())
BE_PAST = frozenset(("was", "were", "been"))
HAVE = frozenset(("has", "have", "had", "having"))
MODALS = frozenset("will would could may might should must can shall".split())
# words that may stand inside a verb group: "has also been", "was not immediately", "will soon"
_INSIDE_GROUP = frozenset("not also already just never still soon then now finally first later recently "
                          "reportedly allegedly originally eventually subsequently officially formally "
                          "initially previously successfully ever all both since".split())
# before a participle, these make it an adjective or a noun ("the delayed flight", "a reported")
# what follows the verb of a relative clause opened by "that" ("that struck southern Philippines",
# "that killed five"), not the noun of a demonstrative's participle ("that delayed flight")
_RELATIVE_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|its|their|[A-Z]|\d|in|on|at|into|across|near|off|"
                              r"[a-z]+ern\b|more|most|up|down|out|over)")
_FIRST_TO = re.compile(r"\b(?:became|becomes|become|is|was)\s+the\s+(?:first|second|third|last|only|youngest|oldest)\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
_FIRST_TO_VERB = re.compile(_FIRST_TO.pattern.replace(r"(?:[\w-]+\s+){0,3}$", r"(?:[\w-]+\s+){0,3}?to\s+([a-z]+)\b"), re.I)
_MODIFIER_BEFORE = frozenset("the a an its his her their our your my this that these those some any no "
                             "every each newly recently well fully partly badly most more less very "
                             "so too of for with current new recent former proposed planned so-called long-awaited "
                             "much-anticipated widely".split())


def happening(lemma: str, supersense: str, quiet: int, tagged: int) -> bool:
    """Whether a verb denotes a happening rather than a state or a mental attitude: by its
    most frequent sense's supersense, unless most of its tagged senses are states or mental."""
    if lemma in AUXILIARY_LEMMAS or lemma in STATES:
        return False
    if lemma in MENTAL_EVENTS or lemma in CHANGE_EVENTS:
        return True
    return supersense not in NOT_HAPPENING and 2 * quiet < tagged + 1


def _load() -> tuple[dict[str, Optional[tuple[str, frozenset, str]]], dict[str, list[tuple[str, str]]], frozenset]:
    """form → (lemma, Penn tags, supersense) of its first reading that is a happening, or None
    for a form of verbs that are all states; lemma → its (form, tags); and the past tenses of all verbs."""
    path = DATA / "verbs.tsv.gz"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: rebuild it with `python scripts/build_verbs.py`")
    out: dict[str, Optional[tuple[str, frozenset, str]]] = {}
    by_lemma: dict[str, list[tuple[str, str]]] = {}
    tagsets: dict[str, frozenset] = {}
    past: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f), next(f)                                    # the notice and the header
        for line in f:
            form, lemma, tags, sup, quiet, tagged = line.rstrip("\n").split("\t")
            by_lemma.setdefault(lemma, []).append((form, tags))
            if "VBD" in tags:
                past.add(form)
            if out.get(form) is not None:
                continue
            if happening(lemma, sup, int(quiet), int(tagged)) or form in EVENT_FORMS:
                if "VBD" in tags and "VBN" not in tags and form.endswith("ed"):
                    tags += ",VBN"      # lemminflect lists a regular verb's "-ed" once, as VBD
                ts = tagsets.get(tags)
                if ts is None:
                    ts = tagsets[tags] = frozenset(tags.split(","))
                out[form] = (lemma, ts, sup)
            else:
                out[form] = None
    # a verb done again, told by "re" before its past ("reappointed", "reelected", "rebuilt"), where the table
    # lacks the word (WordNet's sense-tagged corpus lacks most such verbs): the verb's own reading
    for form, reading in list(out.items()):
        if reading is not None and len(form) > 3 and "re" + form not in out and reading[1] & _PAST_TAGS:
            out["re" + form] = reading
            if "VBD" in reading[1]:
                past.add("re" + form)
    return out, by_lemma, frozenset(past) - NOT_VERBS_PAST


_PAST_TAGS = frozenset(("VBD", "VBN"))


# (of the past tenses of any verb, state or happening — a finite verb of the sentence —, not words far
# more often something else)
NOT_VERBS_PAST = frozenset("red bed shed need feed seed crew ground wound rose bore".split())


VERB_FORMS, _LEMMA_FORMS, PAST_FORMS = _load()


def past_forms(lemma: str) -> list[str]:
    """The past tense and participle forms of a verb ("buy": bought; "sign": signed)."""
    return [f for f, tags in _LEMMA_FORMS.get(lemma, ()) if "VBD" in tags or "VBN" in tags]


def base_forms() -> frozenset:
    """Every verb's base form ("withdraw", "cut"): a past written as its base ("cut", "hit") is no sure past."""
    return frozenset(_LEMMA_FORMS)


def present_forms() -> frozenset:
    """Every verb's third-person present ("expects", "plans"), of any verb, state or happening."""
    return frozenset(f for forms in _LEMMA_FORMS.values() for f, tags in forms if "VBZ" in tags.split(","))


def verb_forms(lemma: str) -> list[str]:
    """Every form of a verb ("seek": seek, seeks, seeking, sought)."""
    return sorted({lemma} | {f for f, _ in _LEMMA_FORMS.get(lemma, ())})


@dataclass(frozen=True)
class Predicate:
    start: int           # the verb (offsets in the sentence)
    end: int
    group_start: int     # where its verb group starts ("was" in "was delivered")
    lemma: str
    supersense: str
    tense: str           # past | perfect | passive | future | modal | present | infinitive | participle


_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*[^\W\d_])?|[,;:()\"“”]")


def predicates(sentence: str, low: Optional[str] = None) -> list[Predicate]:
    """The happening verbs of a sentence with the tense of their verb group, in order."""
    low = sentence.lower() if low is None else low
    out: list[Predicate] = []
    # only the words that are forms of happening verbs are looked at (most words are no such
    # form), with the sentence's tokens around them
    toks: list = []
    starts: list = []
    for hit in _HAPPENING_FORM.finditer(low):
        if not toks:                    # the sentence's tokens, once it holds a verb form
            toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
            starts = [t[0] for t in toks]
        i = bisect_left(starts, hit.start())
        if i == len(toks) or toks[i][0] != hit.start():
            continue                    # inside a longer word of the tokens ("re-elected")
        if hit.start() > 0 and low[hit.start() - 1] == "-":
            continue                    # the end of a compound adjective ("U.S.-backed contras")
        if _a_name(sentence, toks, i):
            continue
        lemma, tags, supersense = VERB_FORMS[hit.group()]
        if i + 1 < len(toks) and toks[i + 1][2] == _PERIOD_PARTICLE.get(lemma):
            continue                    # a period of a life, no happening ("grew up in Grand Rapids, Michigan")
        if lemma in _WHERE_LEMMAS and _WHERE_AFTER.match(low, hit.end()):
            continue                    # where something is, no happening ("the epicenter was located 23 km east of")
        tense, group_start = _tense(sentence, toks, i, hit.group(), lemma, tags)
        if tense is not None:
            out.append(Predicate(hit.start(), hit.end(), group_start, lemma, supersense, tense))
    # a feat, whatever its verb ("became the first person to run a marathon in under two hours": a
    # verb the table of happenings files with states, "run a company")
    for m in _FIRST_TO_VERB.finditer(low):
        if m.group(1) in VERB_FORMS and VERB_FORMS[m.group(1)] is None and not any(p.start == m.start(1) for p in out):
            out.append(Predicate(m.start(1), m.end(1), m.start(1), m.group(1), "feat", "past"))
            out.sort(key=lambda p: p.start)
    # "A vigil was held in Columbia on Saturday", "the talks will be held in Geneva": a gathering held (the
    # table of happenings files "hold" with the states: "holds a stake", "held hostage")
    for m in _HELD.finditer(low):
        if not any(p.start == m.start("v") for p in out):
            out.append(Predicate(m.start("v"), m.end("v"), m.start(), "hold", "social",
                                 "future" if m.group("aux").startswith(("will", "shall")) else "passive"))
            out.sort(key=lambda p: p.start)
    return out


# verbs that tell where something is when a place or a distance follows: "was located 23 km east of Cagwait"
_WHERE_LEMMAS = frozenset(("locate", "situate"))
_WHERE_AFTER = re.compile(r"\s+(?:in|at|near|about|some|on|off|offshore|between|approximately|roughly|just|along|"
                          r"inside|outside|within|beside|across|\d)")
# a verb and its particle that tell a period of a life, not a happening
_PERIOD_PARTICLE = {"grow": "up"}
_HELD = re.compile(r"\b(?P<aux>was|were|(?:will|shall)\s+be|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?P<v>held)\b"
                   r"(?!\s+(?:hostage|captive|responsible|accountable|liable|up|back|down|off|over|prisoner|against|to\b|"
                   r"without|at\s+gunpoint|by\s+(?:the\s+)?(?:police|authorities|rebels|militants|kidnappers)|"
                   r"in\s+(?:custody|contempt|high|check|place|reserve|trust|esteem|prison|jail|detention|isolation|"
                   r"quarantine|solitary)))")


def _a_name(sentence: str, toks: list, i: int) -> bool:
    """A capitalised word inside a sentence, or before another capitalised word: a name."""
    s = toks[i][0]
    return sentence[s:s + 1].isupper() and (i > 0 and toks[i - 1][2] not in '"“(' or (
        i + 1 < len(toks) and sentence[toks[i + 1][0]:toks[i + 1][0] + 1].isupper()))


def _before_group(toks: list, j: int) -> tuple[int, str]:
    """The token before the words that may stand inside a verb group, from token j back."""
    while j >= 0 and toks[j][2] in _INSIDE_GROUP:
        j -= 1
    return j, (toks[j][2] if j >= 0 else "")


def _tense(sentence: str, toks: list, i: int, w: str, lemma: str, tags: frozenset) -> tuple[Optional[str], int]:
    """The tense of the verb group ending at token i, and where the group starts; (None, _)
    when the form is no finite happening here."""
    s = toks[i][0]
    j = i - 1
    while j >= 0 and (toks[j][2] in _INSIDE_GROUP or toks[j][2].endswith("ly") and toks[j][2] not in HAVE):
        j -= 1
    prev = toks[j][2] if j >= 0 else ""
    group_start = toks[j][0] if j >= 0 and (prev in BE or prev in HAVE or prev in MODALS or prev == "to") else s
    participle = "VBN" in tags or ("VBD" in tags and w.endswith("ed"))
    if i == 0 and participle and len(toks) > 2 and toks[1][2].isalpha() and toks[1][2] not in _NOT_A_NOUN \
            and sentence[toks[1][0]].islower():
        return "participle", s                      # "Armed plainclothes officers chased him": an adjective
    if prev in BE and participle:
        k, before = _before_group(toks, j - 1)
        if k >= 0 and (before in HAVE or before in MODALS or before == "to"):
            group_start = toks[k][0]
        if prev == "been" and before in HAVE:
            return "passive", group_start           # "has been reduced"
        if before in MODALS or before == "to":
            return ("future" if before in ("will", "shall") else "modal"), group_start
        if prev == "being" and before not in BE:
            return "participle", group_start        # "the measures being taken": a noun's modifier
        return ("passive" if prev in BE_PAST or prev == "being" else "present"), group_start
    if prev in HAVE and participle:
        return "perfect", group_start
    if prev in MODALS and ("VB" in tags or w == lemma):
        return ("future" if prev in ("will", "shall") else "modal"), group_start
    if prev == "to" and ("VB" in tags or w == lemma):
        # "was to send", "is scheduled to take place", "plans to buy": a plan
        _, before = _before_group(toks, j - 1)
        if before in BE or before in PLAN_BEFORE_TO:
            return "future", group_start
        if before in ASPECTUAL_PAST:
            return "past", group_start              # "continued to fall", "began to withdraw"
        if _FIRST_TO.search(sentence, max(0, toks[j][0] - 60), toks[j][0]):
            return "past", group_start              # "became the first person to run a marathon in
                                                    # under two hours": the feat is what happened
        return ("present" if before in ASPECTUAL_PRESENT else "infinitive"), group_start
    if prev == "and" and j == i - 1 and ("VB" in tags or w == lemma) \
            and _PLANNED_GROUP_AND.search(sentence, max(0, s - 100), s) and _OBJECT_AFTER.match(sentence, toks[i][1]):
        return "future", s          # "is scheduled to remain at the station and return to Earth on Friday"
    if "VBD" in tags and prev not in HAVE and prev not in MODALS and prev != "to":
        if prev == "that" and j == i - 1 and _RELATIVE_OBJECT.match(sentence, toks[i][1]):
            return "past", s                        # "an earthquake that struck southern Philippines"
        if prev in _MODIFIER_BEFORE or prev.endswith(("'s", "’s")) or (
                "VBN" in tags and i + 1 < len(toks) and toks[i + 1][2] in ("by", "with", "as") and (
                    toks[i - 1][2] == "," or (prev not in SUBJECT_PRONOUNS and prev.isalpha()
                                               and not sentence[toks[i - 1][0]:toks[i - 1][0] + 1].isupper()))
                and _another_finite_verb(toks, i)):
            return "participle", group_start        # "the delayed flight", ", made by Airbus,", "a car packed with
                                                    # explosives exploded" (but "the capsule docked with the
                                                    # station", the sentence's only verb, is its past)
        return "past", group_start
    if "VBG" in tags and prev in BE and not (i + 1 < len(toks) and toks[i + 1][2] == "to" and w == "going"):
        return ("past" if prev in ("was", "were") else "present"), group_start   # "was/is travelling"
    if "VBN" in tags:
        return "participle", group_start
    if ("VBZ" in tags or "VBP" in tags) and j == i - 1 and i > 0 and _has_subject(sentence, toks, i, prev, tags):
        return "present", group_start               # "he resigns", "Apple releases", "markets rise"
    return None, group_start


# a plan's verb group and "and" before a bare verb: the plan goes on to it
_PLANNED_GROUP_AND = re.compile(r"\b(?:will|shall|(?:scheduled|expected|set|due|planned|plans?|going|is|are|was|were)"
                                r"\s+to)\s+[a-z]+\b[^.;:,]{0,80}?\band\s+$", re.I)


# what may follow a verb (not a noun: "arms control moves and trade issues")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|to|in|on|at|with|from|for|into|back|home|[A-Z]|\d)\b"
                           r"|\s*[.,;]")


def _another_finite_verb(toks: list, i: int) -> bool:
    """Whether the sentence has a finite verb besides token i: an auxiliary, a modal or a past tense."""
    return any(k != i and (t[2] in BE or t[2] in HAVE or t[2] in MODALS or t[2] in PAST_FORMS
                           or t[2] in ("did", "does", "do", "says", "say"))
               for k, t in enumerate(toks))


def _has_subject(sentence: str, toks: list, i: int, prev: str, tags: frozenset) -> bool:
    """Whether the word before a present form is its subject: a pronoun, a capitalised name
    (not a demonym, not an acronym, not itself a verb form) before a VBZ, a plural noun before a
    VBP; not "free cases", "Stock markets"."""
    word = sentence[toks[i - 1][0]:toks[i - 1][1]]
    return prev in SUBJECT_PRONOUNS or (
        "VBZ" in tags and word[:1].isupper() and prev not in VERB_FORMS and not word.isupper()
        and word not in DEMONYMS) or (
        "VBP" in tags and prev.endswith("s") and prev not in VERB_FORMS and prev not in _MODIFIER_BEFORE)


# never the verb of a happening here: auxiliaries and modals, particles, months, and words far more
# often nouns or adverbs than verbs in news
NOT_VERBS = frozenset("could would should might must can may will shall was were is are be been being has have had "
                      "do does did up down out off over back well still near march may june august".split())
# before "to" and a verb, an aspect of the happening: "continued to fall", "began to withdraw"
ASPECTUAL_PAST = frozenset("continued began started ceased stopped resumed managed failed tried attempted".split())
ASPECTUAL_PRESENT = frozenset("continue continues begin begins start starts".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you who which that".split())
# before "to" and a verb: a plan or a schedule ("scheduled to take place", "plans to buy")
PLAN_BEFORE_TO = frozenset("scheduled set expected planned plans plan planning intends intended intend "
                           "going slated poised agreed agrees promised pledged vowed decided".split())

_HAPPENING_FORM = re.compile(r"(?<![^\W\d_])(?<![^\W\d_][’'-])(?:" + trie_regex(
    f for f, v in VERB_FORMS.items() if v is not None and f not in NOT_VERBS) + r")(?![\w’'-])")

FINITE_HAPPENINGS = frozenset(("past", "perfect", "passive", "future"))


# asking for a happening: what is demanded has not happened ("protesters called for the governor's
# resignation", "urged a ceasefire", "sought talks"): the noun is what the saying asks for, no event
DEMAND_VERBS = frozenset("demand urge seek".split())
DEMAND_FOR_VERBS = frozenset("call ask press push appeal plead lobby campaign clamor clamour".split())
_DEMANDED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(
    {f for v in DEMAND_VERBS for f in verb_forms(v)} | {f + r"\s+for" for v in DEMAND_FOR_VERBS for f in verb_forms(v)},
    key=len, reverse=True)) + r")\s+(?:(?:the|a|an|his|her|its|their|our|[\w-]+['’]s|[a-z-]+)\s+){0,3}$")


def demanded(low: str, s: int) -> bool:
    """Whether the event noun at ``s`` is what a verb of asking asks for ("called for the governor's
    resignation", "urged an immediate ceasefire"; not "the proposed merger")."""
    return _DEMANDED_BEFORE.search(low, max(0, s - 60), s) is not None


# a gerund after a preposition of time or of a reason ("before applying for a job in 1965", "known for
# organizing the return in 1980", "after signing with the Lakers in 2005"): a happening of its own when
# its phrase (up to a comma or a clause) has a date of its own
_GERUND_AFTER = re.compile(r"(?:\b(?:before|after|for|by|upon|since|following|of|in)|,)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b")
# (and after a comma: "for a stay of one to four months, docking today at 1429 UTC")
_PHRASE_END = re.compile(r"[,;:()\"“”]|\s(?:and|but|while|which|who|whom|that|when|where|has|have|had|was|were|is|"
                         r"are|will|would|said|says)\s")
GERUND_REACH = 90       # characters: a gerund's phrase
# a capacity or a habit before "of"/"for" ("capable of carrying", "known for being", "responsible for
# overseeing"): the gerund names what one can do or does, not a happening
_CAPACITY_BEFORE = re.compile(r"\b(?:capable|incapable|able|unable|responsible|used|designed|built|famous|notorious)\s+"
                              r"(?:of|for)\s$")


def gerund_phrases(low: str) -> list[tuple[int, int, int, str]]:
    """The gerunds of happening verbs after a preposition, with their phrase: (start, end, phrase
    end, lemma) in ``low``. Not a gerund that is the subject of the verb after it ("before trading
    begins tomorrow": a noun)."""
    out = []
    if "ing" not in low:
        return out
    for m in _GERUND_AFTER.finditer(low):
        s, e = m.span(1)
        reading = VERB_FORMS.get(m.group(1))
        if reading is None or "VBG" not in reading[1]:
            continue
        if _CAPACITY_BEFORE.search(low, max(0, m.start() - 30), m.start() + 3):
            continue        # "a spacecraft capable of carrying humans": what it can do, no happening
        nxt = _TOKEN.match(low, e + 1) if low[e:e + 1] == " " else None
        after = VERB_FORMS.get(nxt.group()) if nxt else None
        if nxt and (nxt.group() in BE or nxt.group() in MODALS or after is not None and after[1] & {"VBZ", "VBD"}
                    and not after[1] & {"VBN"}):
            continue
        stop = _PHRASE_END.search(low, e, e + GERUND_REACH)
        out.append((s, e, stop.start() if stop else min(len(low), e + GERUND_REACH), reading[0]))
    return out


def dated_gerunds(low: str, dated: tuple) -> list[tuple[int, int, str]]:
    """The gerunds of :func:`gerund_phrases` whose own phrase holds one of the dated spans ``dated``
    ((start, end) in ``low``): (start, end, lemma)."""
    out = []
    if not dated:
        return out
    for s, e, end, lemma in gerund_phrases(low):
        if _AFTER_COMMA.search(low, max(0, s - 20), s):
            # after a comma, only a gerund dated right after it ("..., docking today at 1429 UTC"), not
            # a saying's ("commenting on the results last night, said") nor a date of its object's
            # phrase ("increasing their vote to 14.3 pct from 11.4 in 1983")
            if lemma in _SAYING_LEMMAS or not any(e <= a <= e + 4 for a, _ in dated):
                continue
        if any(e <= a < end for a, _ in dated):
            out.append((s, e, lemma))
    return out


_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
_SAYING_LEMMAS = frozenset("say add note comment tell point claim argue insist warn explain write state cite".split())
