"""Retyping by the trigger's own clause, one step of :func:`extract.retype.retype` (after about eighty of its rules,
whose order it keeps: they can shadow it, as a relative clause's "who was struck ... by a hatchet-wielding man" is
typed before it reads the weapon): what a word names is read from the words right around it — a car
that "plunged into a creek" fell, a nomination "for an Oscar" is an award's, a manager "removed from her position" left
an office, a blow "with a hatchet" or what "the shot hit" is violence, fire "exchanged" is gunfire, people "killed in
the crash" died in an accident, a charge of the courts with no arrest beside it is a legal step, a drug "promoted" is
words for it, a lawsuit "brought" or "filed" a legal step, a business "opened" or "founded" a business's step, a post
filled by "hired" an appointment; and some uses name no event ("the Knicks' beat writers", "failed to meet contract
specifications")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .triggertable import Trigger

# what :func:`retype_by_clause` returns when no rule of its clause applies (None means: no event at all)
UNCHANGED = object()

# a subject of the markets' words ("the bank collapsed", "oil prices plunged"): no building fell, no car fell
ECONOMIC_SUBJECT = re.compile(r"\b(?:bank|banks|prices?|markets?|shares|stocks?|currency|economy|company|firm|"
                              r"businesses|deal|bid|talks|negotiations)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$")

# where a vehicle or a person falls: "plunged into a creek", "plunged off a bridge", "plunged 200 feet down a ravine"
_PLUNGED_INTO_AFTER = re.compile(r"\s+(?:(?:about|nearly|some|more\s+than)\s+)?(?:\d[\d,]*\s+(?:feet|foot|ft|metres|meters|m|yards)\s+)?"
                                 r"(?:into|off|down|from|over|onto)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:creek|river|lake|canal|sea|ocean|bay|harbou?r|water|waters|ravine|gorge|valley|"
                                 r"cliff|bridge|embankment|ditch|pond|reservoir|abyss|chasm|mountainside|hillside|"
                                 r"precipice|balcony|window|roof|building|floor|shaft|well|pit)\b")


_FROM_A_JOB_AFTER = re.compile(r"\s+(?:(?:out|to\s+resign|to\s+step\s+down|to\s+quit)\b|(?:out\s+)?(?:of|from)\s+"
                               r"(?:her|his|their|the|its)\s+(?:[\w-]+\s+){0,2}?(?:position|post|job|role|office|seat|"
                               r"duties|command)\b)")
_WITH_A_WEAPON_AFTER = re.compile(r"[^.;]{0,60}?\b(?:with|by)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:hatchet|axe|ax|"
                                  r"knife|machete|bat|baseball\s+bat|hammer|pipe|brick|bottle|crowbar|sword|cleaver|"
                                  r"club|tire\s+iron)\b")
_SHOT_BEFORE = re.compile(r"\b(?:shot|shots|bullet|bullets|round|rounds|gunfire|shooting|shell|shells)\s+(?:also\s+)?$")
_GUNFIRE_BEFORE = re.compile(r"\b(?:exchang(?:e|ed|es|ing)|return(?:ed|s|ing)?|trad(?:e|ed|ing))\s+(?:of\s+)?(?:gun)?$")
# a harm that kills, before "that/which killed" or after "killed in the": an accident's or a disaster's
_HARMS_WORDS = (r"(?P<harm>crash|crashes|derailment|collision|accident|explosion|blast|fire|blaze|collapse|storm|earthquake|"
                r"quake|flood|floods|flooding|hurricane|tornado|landslide|avalanche|tsunami)")
_HARM_THAT_KILLED = re.compile(r"\b" + _HARMS_WORDS + r"\s+(?:that|which)\s+(?:\w+\s+)?$")
_KILLED_IN_A_HARM = re.compile(r"\s+(?:[\w-]+\s+){0,4}?in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?" + _HARMS_WORDS + r"\b")
_NATURAL_HARMS = frozenset("storm earthquake quake flood floods flooding hurricane tornado landslide avalanche tsunami".split())
# the courts' charging, with no arrest told beside it (readers typed such charges legal in 11 of 17 rows)
_COURT_CHARGING = re.compile(r"\b(?:indict\w*|grand\s+jury|prosecutors?|district\s+attorney|d\.a\.|attorney\s+general|court|"
                             r"complaint|counts?\s+of|federal\s+charges|espionage|conspiracy)\b")
_ARREST_WORDS = re.compile(r"\b(?:arrest\w*|custody|detained|police|cops|officers|booked|apprehended|caught)\b")
# a thing promoted, not a person raised in rank: "promoting the drug", "promoted the use of hydroxychloroquine"
_THING_PROMOTED_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:drugs?|"
                                   r"treatments?|cures?|products?|use|idea|ideas|plan|policy|policies|book|film|album|"
                                   r"tour|event|show|brand|campaign|message|theory|theories|vaccines?|medicines?|"
                                   r"pills?|therapy|therapies)\b")
_BEAT_NOUN_AFTER = re.compile(r"\s+(?:writers?|reporters?|cops?)\b")
# ... after a determiner or a possessive, where "beat" is a noun ("the Knicks' beat writers", "a beat cop"), not after a
# subject ("Riot police beat journalists")
_BEAT_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|local|longtime|veteran)(?:\s+[\w'’-]+)?|['’]s?)"
                               r"\s+$")   # ("the Knicks beat writers")
# what is met without meeting anyone: a standard, a need, a deadline
_MET_STANDARD_AFTER = re.compile(r"\s+(?:(?:the|its|their|his|her|our|all|any|these|those|a|an|new|strict|federal|state|"
                                 r"contract|minimum|safety|environmental|financial|growing|rising|increased|higher|"
                                 r"analysts['’]?|market|its\s+own|the\s+new)\s+){0,3}(?:specifications?|requirements?|"
                                 r"standards?|demands?|needs|deadlines?|targets?|expectations|estimates|forecasts|criteria|"
                                 r"obligations|goals?|conditions|payroll|costs|quotas?|thresholds?|benchmarks?|"
                                 r"qualifications|definitions?|rules)\b(?!\s+(?:committee|board|commission|panel|council|"
                                 r"office|department|subcommittee))")


# a post filled by a hiring: "hired a new speech writer", "hired him as press secretary", "hired Bill Smith as coach"
_A_POST_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,5}?(?:press\s+secretary|secretary|speech\s?writer|director|manager|"
                           r"coach|chief|officer|aide|adviser|advisor|spokes(?:wo)?man|spokesperson|editor|president|"
                           r"counsel|commissioner|chancellor|superintendent|principal)s?\b")
# a business started: "opened a restaurant", "founded a small bakery", "opened its doors" (a business's own)
_FOUNDING_FORMS = frozenset("founded co-founded cofounded opened started established launched".split())
_A_BUSINESS_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+)?(?:[\w'’&-]+\s+){0,3}?(?:restaurants?|bars?|"
                               r"shops?|stores?|compan(?:y|ies)|firms?|business(?:es)?|bakery|bakeries|caf[eé]s?|diners?|"
                               r"pizzerias?|salons?|chains?|boutiques?|brewery|breweries|startups?|start-ups?)\b")
# a suit named right before its filing, as its subject: "Lawsuits brought by", "the two lawsuits—filed in", "the first
# lawsuit, which was brought in July of 2016", "a complaint filed Friday"
_FILING_FORMS = frozenset("filed brought lodged launched".split())
_SUIT_BEFORE = re.compile(r"\b(?:(?:law)?suits?|class[\s-]action|complaints?|petitions?|countersuits?)"
                          r"(?:\s*[—–-]+\s*|,\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+|"
                          r"\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+|"
                          r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+|\s+)$")

# an award one is nominated for: "for an Oscar", "for two Tony Awards", "for best actress", "for the Nobel Peace Prize"
_AWARD_AFTER = re.compile(r"\s+for\s+(?:(?:an?|the|two|three|four|five|six|\d+|several|multiple)\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?:oscars?|academy\s+awards?|tonys?|emmys?|grammys?|golden\s+globes?|baftas?|awards?|prizes?|"
                          r"pulitzers?|booker|nobel|"
                          r"best\s+(?:actor|actress|picture|director|film|documentary|album|song|play|musical|supporting|original))\b")


def retype_by_clause(low: str, s: int, e: int, trig: Trigger):
    """The trigger at ``low[s:e]`` retyped by the words of its own clause (a :class:`Trigger`), no event (None), or
    :data:`UNCHANGED` when none of these rules applies."""
    form = low[s:e]
    if trig.type == "economy" and form.startswith("plung") and _PLUNGED_INTO_AFTER.match(low, e) \
            and not ECONOMIC_SUBJECT.search(low, max(0, s - 50), s):
        return replace(trig, type="accident")   # "A car plunged into a creek", "a bus plunged off a bridge": a fall, no
                                                # market's
    if trig.type == "appointment" and form.startswith("nominat") and _AWARD_AFTER.match(low, e):
        return replace(trig, type="other")      # "was nominated for an Oscar", "nominated for two Tony Awards": an award's
                                                # nomination, no office
    if trig.type != "appointment" and form in ("removed", "forced", "ousted", "pushed") and _FROM_A_JOB_AFTER.match(low, e):
        return replace(trig, type="appointment")    # "was removed from her position as manager", "forced to resign from
                                                    # her job": an office left, whatever the story's domain
    if trig.type not in ("violence", "military") and form in ("struck", "strikes", "strike", "hit", "hits", "slashed",
                                                             "bludgeoned") and (_WITH_A_WEAPON_AFTER.match(low, e)
                                                                                or _SHOT_BEFORE.search(low, max(0, s - 30), s)):
        return replace(trig, type="violence")   # "struck a police officer in the head with a hatchet", "The shot hit bus
                                                # passenger Angel Rojas": an attack
    if trig.type == "accident" and form == "fire" and _GUNFIRE_BEFORE.search(low, max(0, s - 24), s):
        return replace(trig, type="violence")   # "the gangs have exchanged fire", "police returned fire": gunfire
    if trig.type == "violence" and form in ("killed", "kills", "kill", "killing") and (
            h := _HARM_THAT_KILLED.search(low, max(0, s - 50), s) or _KILLED_IN_A_HARM.match(low, e)) is not None:
        return replace(trig, type="disaster" if h.group("harm") in _NATURAL_HARMS else "accident")
        # "the fatal derailment that killed eight people", "a woman killed in the crash": no one's violence
    if trig.type == "arrest" and form == "charged" and _COURT_CHARGING.search(low) and not _ARREST_WORDS.search(low):
        return replace(trig, type="legal")      # "was charged with espionage and conspiracy in a federal complaint",
                                                # "a grand jury charged him": a charge of the courts, no one taken in
    if trig.type == "appointment" and form.startswith("promot") and _THING_PROMOTED_AFTER.match(low, e):
        return replace(trig, type="statement")  # "Trump has been promoting the drug": words for a thing, no one's rank
    if form == "beat" and _BEAT_NOUN_AFTER.match(low, e) and _BEAT_NOUN_BEFORE.search(low, max(0, s - 20), s):
        return None         # "the Knicks' beat writers", "a beat reporter": a reporter's round, no blow or win
    if trig.type == "meeting" and form in ("meet", "meets", "met", "meeting") and _MET_STANDARD_AFTER.match(low, e):
        return None         # "failed to meet contract specifications", "did not meet its deadline": conform, no meeting
    if trig.type == "economy" and form in ("hired", "hires", "hire", "hiring") and _A_POST_AFTER.match(low, e):
        return replace(trig, type="appointment")    # "had hired a new speech writer and a new social media director": a
                                                    # post filled, not labour (not "hired another Texas association")
    if trig.type != "economy" and form in _FOUNDING_FORMS and _A_BUSINESS_AFTER.match(low, e):
        return replace(trig, type="economy")    # "opened an influential fusion restaurant in Manhattan", "founded a
                                                # bakery": a business's start, whatever the story's domain
    if trig.type != "legal" and form in _FILING_FORMS and _SUIT_BEFORE.search(low, max(0, s - 40), s):
        return replace(trig, type="legal")      # "Lawsuits brought by several employees", "the first lawsuit, which was
                                                # brought in July": a suit filed, whatever the story's domain
    return UNCHANGED
