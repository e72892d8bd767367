"""Whether a trigger word is used here as what it names: a verb form used as a noun or an adjective
("numerous calls", "1,124 pledged delegates", "served as finance minister"), a reporting verb in the
passive, an idiom ("met with violence", "signed off"), an event noun naming something else ("a heart
attack") or a state of it ("the talks are complex"), "fired" as a dismissal. Pure functions over the
lower-cased sentence; :mod:`extract.triggers` calls them on each hit of the trigger table."""
from __future__ import annotations

import re

from .lexicon import first_names
from .timex.lexicon import NUMBER_WORDS
from .triggertable import TRIGGERS, Trigger

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_DEAL_WITH_AFTER = re.compile(r"(?:\s+\w+ly)?\s+with\b")
_ARRIVE_UNSURE_BEFORE = re.compile(r"\b(?:to|unless|until|before|whether\s+(?:\w+\s+){0,3}?(?:will|would))\s+$")
_AS_THEY_SAY = re.compile(r"\bas (?:they|people|we|you|one)\s+$")
_DATED_CHARGE = re.compile(r"\d{4}|\b(?:on|in)\s+\w+day\b")
_NUMBER_END = re.compile(r"\d\s+$")


# a journey after "sets out": "sets out Wednesday on a tough mission to Washington"
_JOURNEY_AFTER = re.compile(r"\s+(?:[\w,]+\s+){0,3}?(?:on|for)\s+(?:a|an|the|his|her|their|its)?\s*(?:[\w-]+\s+){0,2}?"
                            r"(?:mission|trip|visit|tour|journey|voyage|expedition|flight|march|walk)\b")


# a document as the subject: "The March letter of intent between the two companies says", "the letter also
# allowed room for an extension": its terms, no happening
DOCUMENT_SUBJECT = re.compile(r"\b(?:the|this|that|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:letter|agreement|accord|law|"
                               r"contract|treaty|bill|document|memo|memorandum|indictment|constitution|charter|"
                               r"regulations?)(?:\s+of\s+intent)?(?:\s+(?:between|with|from)\s+[^,;.]{0,40}?)?"
                               r"\s+(?:also\s+|further\s+|clearly\s+|only\s+)?$")


# a number word right before a word makes it a noun ("Two rounds of talks"): the date tagger's number words
_NUMBER_WORD_END = re.compile(r"(?:^|[^\w-])(?:" + "|".join(sorted(
    (w for w in NUMBER_WORDS if " " not in w and NUMBER_WORDS[w] >= 2), key=len, reverse=True))
    + r"|thousand|several|many|few|both)\s+$")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|numerous|many|several|repeated|recent|new|his|her|their|its|our|"
                             r"these|those|further|international)\s+(?:(?:officially|newly|recently|widely|"
                             r"internationally|properly|formally|duly)\s+)?$")    # ("an officially sanctioned record")
# a participle used as an adjective after a preposition or a quantity word, before its noun
_ADJECTIVE_PARTICIPLE = re.compile(r"\b(?:without|with|of|for|total|all|other|some|most|these|those)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|to|in|on|at|for|from|with|that|and|or|the|a|an|his|her|their|its|as|"
                         r"after|before|since|during|over|into|was|were|is|are|had|has)\b)[a-z]{3,}\b")
# an amount right before a currency's name ("1,000 billion won", "500 mln won")
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|trillion|mln|bln|thousand))\s+$")
# a count's noun or its people right before a participle: "cases reported nationwide", "people infected with"
_COUNT_NOUN_END = re.compile(r"\b(?:cases|deaths|infections|fatalities|injuries|incidents)\s+$")
_PEOPLE_COUNTED_END = re.compile(r"\b(?:people|persons|humans|patients|those|individuals)\s+(?:known\s+to\s+be\s+)?$")
_COUNTED_ADJECTIVE_BEFORE = re.compile(r"(?:^|\b(?:each|every|from|raw,?|recorded|newly)\s+)$")
# a loan as a modifier, or a loan's state
_LOAN_HEAD_AFTER = re.compile(r"\s+(?:losses|loss|collateral|portfolio|portfolios|book|books|officers?|rates?|"
                              r"balances?|guarantees?|payments?|repayments?|defaults?|arrears|sharks?)\b")
_LOAN_STATE_BEFORE = re.compile(r"\b(?:overdue|non-?accruing|bad|outstanding|existing|non-?performing|problem|"
                                r"doubtful|delinquent|unpaid|troubled)\s+(?:[a-z-]+\s+)?$")
# "remote controlled", "radio guided": a kind of thing; "fired up": eager
_REMOTE_BEFORE = re.compile(r"\b(?:remote|remotely|radio|self)[\s-]$")
_UP_AFTER = re.compile(r"\s+up\b")
# where a clause opens: the sentence's start, or after a mark
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,(\"“—–-])\s*$")
# an adjective and "to" before a verb: "tougher to beat", "hard to say", "quick to set up"
_HARD_TO = re.compile(r"\b(?:[a-z]+er|hard|easy|difficult|tough|quick|impossible|possible|able|unable|ready)\s+to\s+$")
# "say" that reports nothing: after a modal, "to", "what", "let me"
_SAY_NOT_REPORTING = re.compile(r"\b(?:can|could|would|will|should|must|might|may|to|what|let me|let's|let us)"
                                r"(?:\s+(?:we|i|you|they|he|she|not|n't|never))?\s+$")
_GERUND_BEFORE = re.compile(r"\b(?:to|of|for|by|in|is|are|was|were|be|been|without)\s+$")
_OBJECT_AFTER = re.compile(r"\s+(?:certain|all|the|its|their|his|her|these|those|such|every|any|our)\b")
_PASSIVE_END = re.compile(r"\b(?:being|been|was|were|is|are|be)\s+(?:\w+ly\s+)?$")


_NOT_MEETING_AFTER = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[a-z.]+(?:['’]s)?\s+){0,2}(?:with\s+(?:(?:loud|warm|rapturous|"
                                r"polite|thunderous|sustained|scattered)\s+)?(?:violence|force|criticism|resistance|silence|"
                                r"skepticism|scepticism|protests?|applause|cheers|boos|jeers|approval|dismay|anger|"
                                r"outrage|derision|disbelief)|demand|demands|expectations|targets?|needs|"
                                r"deadlines?|requirements|criteria|standards|goals?|obligations?|commitments?|payments?|"
                                r"costs?|debts?|conditions|quotas?|shortfalls?|challenges?|responses?|reactions?|"
                                r"retaliation|fate|end)\b")   # ("meet its obligations", "would meet a strong response")


# words before an event noun that make it something else: "heart attack", "cease-fire", "under fire",
# "life support"
# a verb in an idiom that reports no happening: "asked not to be identified", "lent credence to"
# a particle that makes another verb of a trigger: "the network signed off" (went off the air), not a signing
_OTHER_VERB_WITH = {"signed": "off", "sign": "off", "signs": "off"}
_IDIOM_AFTER = re.compile(r"\s+(?:not\s+to\s+be\s+(?:identified|named)|credence|weight\s+to|anonymity|"
                          r"to\s+(?:their|his|her|its|our|my|your)\s+feet)\b")     # ("people rose to their feet")
# "fly in the face of": an idiom of "fly" only ("would seem to fly in the face of comments made by"; not "Thousands
# marched in the face of a police ban")
_FLY_FORMS = frozenset("fly flies flew flying flown".split())
_IN_THE_FACE_OF = re.compile(r"\s+in\s+the\s+face\s+of\b")
# speaking, a saying that reports nothing of its own (see triggers._main_triggers)
SPOKE = frozenset({"spoke", "speaks"})
_ANONYMOUS_AFTER = re.compile(r"[^.;]{0,40}?\bon\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|they|he|she)\b")
# what has not happened yet: "the pieces that remain to be sold"
_REMAIN_TO_BE = re.compile(r"\b(?:remains?|remained|yet)\s+to\s+be\s+$")
_NOT_EVENT_AFTER = {"attack": ("heart", "panic", "asthma", "anxiety"), "attacks": ("heart", "panic", "asthma", "anxiety"),
                    "fire": ("cease", "cease-", "under"), "support": ("life",)}
# an injection, no gunfire: "the seasonal flu shot", "a booster shot"
_INJECTION_BEFORE = re.compile(r"\b(?:flu|booster|vaccine|measles|polio|allergy|insulin|covid|h1n1)[\s-]+$")
_PREV_WORD = re.compile(r"([a-z]+-?)[\s-]*$")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_STATE_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:very\s+|so\s+|too\s+|more\s+|extremely\s+|highly\s+)?"
                          r"(?:complex|complicated|difficult|hard|easy|peaceful|fruitful|constructive|productive|"
                          r"tense|calm|orderly|important|necessary|unlikely|likely|possible|impossible|successful|"
                          r"unsuccessful|fair|unfair|free|legal|illegal|legitimate|illegitimate|fraudulent|rigged|"
                          r"slow|fast|long|short|serious|ongoing|secret|public|private|open|closed|stalled|"
                          r"deadlocked)\b")
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?:date|deadline|terms|text|draft|clause|provisions|speech|address|letter|"
                                r"victims?|survivors?|officials?|workers?|investigators?|monitors?|observers?|"
                                r"officers?|experts?|analysts?|organi[sz]ers?|participants?|delegates?|negotiators?|"
                                r"candidates?|commission|committee|"
                                # a thing or a place named by the event's kind: "the flight data recorder", "flight
                                # attendants", "the strike headquarters"
                                r"data\s+recorders?|recorders?|attendants?|crew|headquarters)\b")
# a verb's bare form before the head of a title or a body is its noun: "served as finance minister", "the
# support staff", "a fire department spokesman"
_TITLE_HEAD_AFTER = re.compile(r"\s+(?:ministers?|ministry|secretary|staff|agency|department|chief|director|council|board|"
                               r"spokes(?:man|woman|person))\b")
# what follows an article's own update line: "Updated on April 23 at 8:20 a.m. ET", "Update 9:08 a.m.:"
_UPDATE_LINE_AFTER = re.compile(r"\s*(?::|on\b|at\b|\d)")
# a determiner (and up to two words) before "set of": "a detailed set of orders", "the second set of charges"
_A_SET_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their|another|one|new|second|first|third|full|whole)\s+"
                           r"(?:[a-z-]+\s+){0,2}$")
_NOUN_DETERMINER = frozenset("the a an as his her its their our former new of".split())
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the|a|an|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}$")
_RULING_ADJECTIVE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:party|parties|coalition|junta|class|elite|family|"
                                     r"council|government|regime|majority|bloc)\b|\s+[a-z]+\s+(?:democratic|socialist|"
                                     r"communist|liberal|conservative|labou?r|national|people's)\b")
_CLASSIFYING_COPULA = re.compile(r"(?:^|[.;:]\s*|\b(?:and|but)\s+)(?:it|this|that)\s+(?:was|is)(?:\s+not)?"
                                 r"(?:,\s*[a-z]+,)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
# "offensive" is the noun (a military attack) when no noun follows it: "launched an offensive in",
# "the offensive, which", "an offensive on Wednesday" (not "offensive remarks")
_AFTER_OFFENSIVE_NOUN = re.compile(r"\s*(?:[.,;:)!?\"”—–-]|$)|\s+(?:in|into|on|against|at|near|from|to|toward|towards|"
                                   r"across|along|by|with|that|which|was|were|is|are|has|had|have|will|would|"
                                   r"could|began|begun|started|and|or|but|aimed|launched|code-?named|dubbed|"
                                   r"this|last|earlier|yesterday|today|overnight)\b")
_BEFORE_OFFENSIVE_NOUN = re.compile(r"\b(?:an|the|its|their|his|her|this|that|a\s+new|a\s+major|a\s+fresh|"
                                    r"a\s+large-scale|(?:turkish|russian|ukrainian|israeli|syrian|iraqi|"
                                    r"afghan|taliban|government|army|rebel|military)(?:-led)?|ground|air|spring|"
                                    r"summer|autumn|winter|counter|long-awaited|planned|new|major|renewed)\s+$")
# verbs that only carry the event noun after them: "launched an attack" (the attack is the event)
_LIGHT_VERBS = {"launched"}
_NEXT_NOUN = re.compile(r"\s+(?:(?:an?|the|its|their|his|her|new|fresh|major|large|massive)\s+)*([a-z]+)\b")


# "fired" in the passive after a person ("he was fired") is a dismissal; after a weapon ("rockets
# were fired", "shots were fired at police") and with "at/on/upon" it is shooting
_FIRED_PASSIVE = re.compile(r"\b([a-z]+)\s+(?:was|were|been|being|get|got|be)\s+$")
WEAPONS = frozenset("shot shots rocket rockets missile missiles round rounds bullet bullets shell shells weapon weapons "
                    "grenade grenades gas cannon cannons mortar mortars".split())
_FIRED_AT = re.compile(r"\s+(?:at|upon|into|in the air|warning|tear gas|rubber|shots|rockets|missiles)\b"
                       r"|\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|"
                       r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)")


# up to three words between "fired" and whom it dismisses, none of a shot fired at someone ("fired his gun at the
# officers", "fired 30 rounds at police officers", "fired several shots toward the reporters")
_FREE_WORDS = (r"(?:(?!(?:at|on|upon|toward|towards|into|guns?|rounds?|shots?|bullets?|shells?|rockets?|missiles?|tear|"
               r"warning)\b)[\w'’-]+\s+){0,3}?")


def workers_fired(low: str, e: int) -> bool:
    """Whether "fired" ending at ``e`` dismisses workers, not an office holder ("fired two user experience designers",
    "fired workers who raised safety concerns"): labour, the business's, not an appointment."""
    return bool(_FIRED_WORKERS.match(low, e))


_FIRED_WORKERS = re.compile(r"\s+(?:(?:the|two|three|four|five|several|dozens\s+of|hundreds\s+of|\d[\d,]*)\s+)?"
                            + _FREE_WORDS + r"(?:workers?|employees?|staffers|organi[sz]ers?|designers?|engineers?|"
                            r"teachers?|nurses?)\b")


def dismissal(low: str, i: int, e: int) -> bool:
    """"fired" at ``i`` in the passive after a person ("he was fired from the bank"), not after a
    weapon ("rockets were fired") nor with "at/on/upon" ("fired at protesters")."""
    if _FIRED_OFFICIAL.match(low, e):
        return True             # "Mugabe fired his vice president": a dismissal
    passive = _FIRED_PASSIVE.search(low[max(0, i - 30):i])
    return passive is not None and passive.group(1) not in WEAPONS and not _FIRED_AT.match(low, e)


# who is fired when it is a dismissal: a holder of an office or a worker ("fired his vice president", "fired coach P.J.
# Carlesimo", "fired the organizer of the first JFK8 walkout", "fired two user experience designers", "Palin fired
# Alaska's public safety commissioner"; not "fired warning shots", "fired one test missile")
_FIRED_OFFICIAL = re.compile(r"\s+(?:(?:his|her|their|its|the|two|three|four|five|several|dozens\s+of|hundreds\s+of|"
                             r"\d[\d,]*|[a-z]+['’]s)\s+" + _FREE_WORDS + r"|(?:head\s+|general\s+)?(?=coach|manager))"
                             r"(?:vice[ -]president|president|minister|"
                             r"deputy|chief|director|head|secretary|coach|manager|ceo|chairman|chairwoman|governor|"
                             r"commander|adviser|advisor|spokesman|spokeswoman|aide|ambassador|editor|staff|employees|"
                             r"workers|organi[sz]ers?|designers?|engineers?|staffers?|commissioner|officials?|executives?|"
                             r"employee|worker|teachers?|nurses?|anchors?)\b"
                             # (or bare workers: "Amazon also fired workers who raised safety concerns")
                             r"|\s+(?:workers|employees|staffers|organi[sz]ers)\b")


# a relative pronoun right before a verb: the verb of a relative clause ("an earthquake that struck on
# Wednesday": its own predicate, an event when its clause has a date of its own)
_ALLEGED_NOUN = re.compile(r"\s+(?:ties|links|connections|involvement|role|roles|members?|leaders?|victims?|"
                           r"perpetrators?|mastermind|abuses?|crimes?|fraud|violations?|plot)\b")
_ATTRIBUTION_IN_RELATIVE = re.compile(r"\b(?:which|that|who)\s+(?:[\w’'-]+\s+){1,3}$")
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:will|would|is|was|are|were|has|had|can|could|may|might)\b")
RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+$")
# "was further sanctioned": an adverb after an auxiliary, not the determiner of "further sanctions"
_AUXILIARY_FURTHER = re.compile(r"\b(?:was|were|is|are|been|be|has|have|had)\s+further\s+$")
_DATE_BEFORE = re.compile(r"\b(?:in|since|by|until|on)\s+(?:[A-Za-z]+\.?\s+)?\d{1,4}(?:,\s+\d{4})?\s+$")


_BODY_PART_AFTER = re.compile(r"\s+(?:ankle|knee|leg|foot|arm|hand|wrist|elbow|shoulder|hip|eye|ear|hamstring|calf|"
                              r"thigh|side|lung|kidney|wing|flank|back|field|fielder|tackle)\b")
_STAMP_AFTER = re.compile(r"\s+(?:at|on)\s+\d")
_INDOORS_AFTER = re.compile(r"(?:\s+(?:to|into|up|down))?\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:floor|room|elevator|"
                            r"lift|door|doors|stairs|stairwell|roof|basement|lobby|kitchen|bathroom|window|apartment|"
                            r"hallway|corridor|garage|car)\b")


# a thing named by death, no dying: "his death sentence", "the death penalty", "on death row", "death threats"
_DEATH_COMPOUND_AFTER = re.compile(r"\s+(?:sentences?|penalty|penalties|row|certificates?|threats?|squads?|march|"
                                   r"knell|warrants?|benefits?|camps?)\b")
# a measure of what the noun names: "the death rate", "the infection rates", "the death toll"
_STATISTIC_AFTER = re.compile(r"(?:['’]s)?\s+(?:rates?|tolls?|ratios?|figures|statistics|tallies|tally|counts?|curve)\b")
# an ordinal or "last" between a determiner and a participle: "the last confirmed attack"
_ORDINAL_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:last|first|latest|only|previous|"
                                 r"most\s+recent|second|third)\s+$")
# "As the BBC reported", "as alleged in": a source named in an aside
_AS_SOURCE_BEFORE = re.compile(r"(?:^|[,;(]\s*|\s)as\s+(?:(?:the|a|an)\s+)?(?:[\w.&'’-]+\s+){0,3}$")


# what follows "was caught" when no one is captured: "on camera", "in the crossfire", "up in", "off guard", "fire"
_CAUGHT_IDIOM_AFTER = re.compile(r"\s+(?:on|in|up|off|out|between|unawares|napping|short|flat-footed|fire|by\s+surprise|"
                                 r"sight|wind|cold|breath)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?$")
# an adverb of habit right before a verb: "sometimes told", "frequently dismissed", "usually travels"
_HABIT_ADVERB = re.compile(r"\b(?:sometimes|often|usually|frequently|routinely|typically|habitually|occasionally|"
                           r"regularly)\s+$"
                           # (and a perfect told as a habit: "Congress has repeatedly denied funding for such a wall";
                           # not "was repeatedly stabbed", one happening)
                           r"|\b(?:has|have)\s+(?:repeatedly|consistently|always|long)\s+$")
# deaths as a rate or a supposition
_RATE_DEATHS_BEFORE = re.compile(r"\b(?:premature|excess|annual|yearly|avoidable|preventable|projected|estimated)\s+$")
_RATE_DEATHS_AFTER = re.compile(r"\s+(?:per\s+(?:\d|capita|year|day|million|thousand|hundred)|a\s+year\b|each\s+year\b|"
                                r"annually\b|(?:were\s+|are\s+)?attributable\b)")
_SUPPOSED_DEATHS_BEFORE = re.compile(r"\b(?:keep(?:ing)?|limit(?:ing)?|prevent(?:ing)?|avert(?:ing)?|avoid(?:ing)?|"
                                     r"scenario\s+(?:was|of|is)(?:\s+(?:up\s+to|about|around|some))?)\s+(?:[\d,.]+\s+)?$")
# what did not happen: a counterfactual perfect ("would have died had he not"), an "almost" ("was almost jailed")
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?$")
_ALMOST_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:almost|nearly)\s+$|\b(?:he|she|they|it|we|i)\s+(?:almost|nearly)\s+$")
# a noun of a happening before "risk": "a flight risk", "the fire risk"
_RISK_AFTER = re.compile(r"\s+risks?\b")
# what a person is charged with, before the noun of harm: "admitted his guilt in eight murders"
_CHARGE_BEFORE = re.compile(r"\b(?:guilty\s+(?:of|in|to)|guilt\s+(?:in|for|of)|charged\s+with|convicted\s+of|"
                            r"accused\s+of|acquitted\s+of|suspected\s+of|charges?\s+of|counts?\s+of|indicted\s+(?:on|for))"
                            r"\s+(?:[\w-]+\s+){0,3}$")
# after "returned to", "went to": a state or an activity taken up again, no journey
_NO_JOURNEY_AFTER = re.compile(r"\s+(?:work|office|duty|normal|normality|power|play|action|training|sleep|bed|war|"
                               r"court|the\s+(?:pitch|field|court|ring|polls|negotiating\s+table|fold|agenda))\b")


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_AS_WORD_AFTER = re.compile(r"\s+as\s+([a-z]+)\b")
# a vessel, a vehicle or a flight right before "bound for": its journey ("the ship bound for Port Dickson")
_VEHICLE_BEFORE = re.compile(r"\b(?:ship|vessel|plane|flight|aircraft|jet|airliner|train|bus|ferry|boat|liner|convoy|"
                             r"tanker|freighter|carrier|yacht|submarine)s?\s+(?:[\w-]+\s+)?(?:,\s*)?$")


# languages spoken: an ability
_LANGUAGE_AFTER = re.compile(r"\s+(?:(?:several|multiple|many|two|three|four|five|fluent|good|perfect|some|no|little)\s+)?"
                             r"(?:languages|english|french|spanish|german|russian|arabic|chinese|mandarin|italian|"
                             r"portuguese|japanese|korean|hindi|urdu|persian|turkish|swahili)\b")


# who someone is: "newly elected Ukrainian president", "the democratically elected government"
_NEWLY_BEFORE = re.compile(r"\b(?:newly|democratically|duly|freshly|popularly|recently)[\s-]+$")
# how a thing is named, no happening: "commonly called", "often dubbed", "widely known" (not "also called Nevada for
# Biden", a race called)
_USAGE_ADVERB_BEFORE = re.compile(r"\b(?:commonly|often|sometimes|widely|popularly|usually|generally)\s+$")
# a person described by the infection: "an American infected with coronavirus", "a patient infected with Ebola"
_INFECTED_WITH_MODIFIER = re.compile(r"\b(?:american|man|woman|patient|person|child|boy|girl|worker|nurse|doctor|resident|"
                                     r"citizen|passenger|traveler|traveller|sailor|soldier|student|"
                                     r"\d+-year-old)\s+infected\s+with\b")
_WHEN_BEFORE = re.compile(r"\bwhen\s+$")
_RIGHT_AFTER_CONDITION = re.compile(r"\b(?:unless|if)\s+$", re.I)
# "primary" before a noun of no race: "primary target", "primary care", "primary school"
_NOT_A_RACE_AFTER = re.compile(r"\s+(?!(?:election|elections|race|races|vote|votes|voting|contest|contests|ballot|ballots|"
                               r"night|day|season|campaign|win|wins|victory|victories|results?|polls?|debate|debates|"
                               r"challenger|challenge|opponent|candidates?|voters?|turnout|run|runoff|run-off|battle|"
                               r"fight|bid|showdown|process|calendar|schedule|system|rules)\b)[a-z]+\b")
_MANNER_BEFORE = re.compile(r"\b(?:in|by)\s+a\s+$")
# an event that did not happen: "a strike has been averted", "the walkout was called off"
_AVERTED_AFTER = re.compile(r"\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:narrowly\s+)?(?:averted|avoided|called\s+off|"
                            r"prevented|headed\s+off|staved\s+off)\b")
# a race called: "projected Biden the winner", "was projected to win", "projected victory for"
_WINNER_AFTER = re.compile(r"\b(?:winners?|win|wins|won|victory|victor|to\s+(?:carry|take|retain|hold|keep|flip|lose)|"
                           r"electoral|delegates?|surpass(?:ed)?|president-elect|presidency|"
                           r"majority|seats?)\b")


def not_a_verb_here(low: str, i: int, trig: Trigger, e: int = 0) -> bool:
    """A verb form used as a noun or an adjective ("numerous calls from", "1,124 pledged
    delegates"), a reporting verb in the passive ("candidates being denied registration"), an
    idiom ("met with violence", "meet demand"), or an event noun that names something else after
    another word ("a heart attack", "a cease-fire"): not the event it would name."""
    if " " not in trig.form and (_TITLE_HEAD_AFTER.match(low, e) or _PEOPLE_NOUN_AFTER.match(low, e)):
        prev = _PREV_WORD.search(low, max(0, i - 20), i)
        if i == 0 or prev is not None and (prev.group(1) in _NOUN_DETERMINER or low[i - 3:i] == "'s "):
            return True         # "served as finance minister", "The support staff walked out": a noun's modifier
    if i == 0 and trig.form in ("updated", "update") and _UPDATE_LINE_AFTER.match(low, e):
        return True             # "Updated on April 23 at 8:20 a.m. ET", "Update 9:08 a.m.:": the article's own update line
    if trig.form == "set" and low.startswith(" of ", e) and _A_SET_BEFORE.search(low, max(0, i - 40), i):
        return True             # "a detailed set of orders", "the second set of charges": a collection, no setting
    if trig.form in ("named as", "named") and (m := (_WORD_AFTER if trig.form == "named as" else _AS_WORD_AFTER).match(low, e)) \
            and m.group(1).title() in first_names():
        return True             # "The three indicted were named as Charles Atkins, ...": who they are, no office
    if trig.form in ("deal", "deals") and _DEAL_WITH_AFTER.match(low, e):
        return True             # "to deal with the economic difficulties", "deal peacefully with its neighbors": to
                                # handle, no agreement
    if trig.form == "arrive" and _ARRIVE_UNSURE_BEFORE.search(low, max(0, i - 40), i):
        return True             # "was due to arrive at 7:43 a.m.", "waiting for them to arrive", "unless rains arrive":
                                # an arrival expected, awaited or supposed, no journey told
    if trig.verb and _RIGHT_AFTER_CONDITION.search(low, max(0, i - 8), i):
        return True             # "Unless appealed, Dempster's suspension is scheduled to begin tonight": a supposition
    if trig.form == "stationed":
        return True             # "18,000 U.S. Army personnel stationed on bases in South Korea", "a sailor stationed in
                                # Naples": where someone serves, no happening
    if trig.type == "election" and trig.form in ("elected", "re-elected") and _NEWLY_BEFORE.search(low, max(0, i - 20), i):
        return True             # "newly elected Ukrainian president Volodymyr Zelensky": who he is, no vote told
    if trig.form in ("called", "named", "dubbed", "nicknamed") and _USAGE_ADVERB_BEFORE.search(low, max(0, i - 14), i):
        return True             # "That year's H1N1 was commonly called 'swine flu'": a usage, no happening
    if trig.form == "infected" and _INFECTED_WITH_MODIFIER.search(low, max(0, i - 30), e + 6):
        return True             # "a 60-year-old American infected with coronavirus died": who died, no infection told
    if trig.form in ("threatened", "asked") and _WHEN_BEFORE.search(low, max(0, i - 6), i):
        return True             # "When threatened, the dusky Arion slug secretes a glue", "when asked if Central Michigan
                                # was considering cutting programs, Alford said": a habit's or an answer's frame
    if trig.form == "projected" and trig.type == "election" and not _WINNER_AFTER.search(low, e, e + 80):
        return True             # "projected slogans onto the walls", "projected enrollment": no race called
    if trig.form == "bound for" and not _VEHICLE_BEFORE.search(low, max(0, i - 30), i):
        return True             # "seized a shipment bound for Iran": where a cargo was going, no journey told
    if not trig.verb:
        prev = _PREV_WORD.search(low, max(0, i - 20), i)
        if prev is not None and prev.group(1) in _NOT_EVENT_AFTER.get(trig.form, ()):
            return True
        if trig.form in ("meeting", "meetings") and _GERUND_BEFORE.search(low, max(0, i - 12), i) \
                and _OBJECT_AFTER.match(low, e):
            return True         # "subject to meeting certain conditions": the verb meet
        if trig.type in ("disaster", "accident") and trig.form.endswith("s") and prev is not None \
                and prev.group(1) in ("to", "of", "against", "from", "for"):
            return True         # "prone to earthquakes", "the risk of floods": the kind, no happening
        if trig.form in ("loan", "loans") and (_LOAN_HEAD_AFTER.match(low, e)
                                               or _LOAN_STATE_BEFORE.search(low, max(0, i - 30), i)):
            return True         # "provision for loan losses", "deposited as loan collateral", "an overdue loan",
                                # "non-accruing loans": a loan's book, no lending told
        if _CONDITION_BEFORE.search(low, max(0, i - 50), i):
            return True         # "if an agreement could not be reached": a condition, no happening
        if trig.type == "election" and trig.form == "primary" and _NOT_A_RACE_AFTER.match(low, e):
            return True         # "the fraudsters' primary target", "primary care": the adjective, no race
        if trig.form in ("landslide", "landslides") and _MANNER_BEFORE.search(low, max(0, i - 8), i):
            return True         # "didn't win in a landslide", "won by a landslide": how a race was won, no event of its own
        if _AVERTED_AFTER.match(low, e):
            return True         # "a strike has been averted", "the walkout was called off": it did not happen
        if _STATE_AFTER.match(low, e):
            return True         # "because the talks are complex", "The protests were peaceful": a state of it
        if _PEOPLE_NOUN_AFTER.match(low, e):
            return True         # "Crash victims were transported by ambulance", "election officials": people
        if _STATISTIC_AFTER.match(low, e):
            return True         # "the death rate", "the outbreak's mortality figures": a measure, no happening
        if trig.form in ("death", "deaths") and _DEATH_COMPOUND_AFTER.match(low, e):
            return True         # "Sirhan's initial death sentence was commuted", "death threats": nobody died
        if trig.form in ("deaths", "fatalities") and (_RATE_DEATHS_BEFORE.search(low, max(0, i - 25), i)
                                                      or _RATE_DEATHS_AFTER.match(low, e)
                                                      or _SUPPOSED_DEATHS_BEFORE.search(low, max(0, i - 45), i)):
            return True         # "roughly 16,000 premature deaths were attributable to power plants", "four deaths
                                # per 100,000", "keeping deaths below 20,000 would be", "the worst-case scenario was
                                # 50,000 deaths": a rate or a supposition, no happening
        if _RISK_AFTER.match(low, e):
            return True         # "he considered Rittenhouse a flight risk", "the fire risk": a risk, no happening
        if trig.type == "violence" and (m := _CHARGE_BEFORE.search(low, max(0, i - 50), i)) \
                and not _DATED_CHARGE.search(m.group(0)):
            return True         # "admitted his guilt in eight murders", "charged with two killings": what is charged,
                                # not a happening the sentence tells (not "convicted of the 2012 killings", dated)
        if _ACCORDING_TO.search(low, max(0, i - 40), i):
            return True         # "According to the indictment, Anderson was ...": the source, not a happening
        if trig.form in ("match", "game", "set") and low.startswith((" point", "-point"), e):
            return True         # "listen to the crowd at match point": a moment of a match, no match of its own
        if trig.form == "ruling" and _RULING_ADJECTIVE_AFTER.match(low, e):
            return True         # "the ruling Liberal Democratic Party": who governs, no court ruling
        if _CLASSIFYING_COPULA.search(low, max(0, i - 70), i):
            return True         # "It was not, however, an officially sanctioned world record", "This was the
                                # deadliest attack": the noun classifies what was told, it tells no happening
        if trig.form in ("offensive", "offensives") and not (
                _AFTER_OFFENSIVE_NOUN.match(low, e) and _BEFORE_OFFENSIVE_NOUN.search(low, max(0, i - 30), i)):
            return True         # "offensive remarks", "called the remarks offensive": the adjective
        return trig.form in ("demonstration", "demonstrations") and low.startswith(" of", e)   # "of its speed"
    if trig.form == "caught" and (not _PASSIVE_BEFORE.search(low, max(0, i - 30), i) or _CAUGHT_IDIOM_AFTER.match(low, e)):
        return True             # "was finally caught" is a capture; not "caught the ball", "was caught on camera",
                                # "were caught in the crossfire", "caught fire"
    if trig.form in ("shot", "shots") and _INJECTION_BEFORE.search(low, max(0, i - 20), i):
        return True             # "have already voluntarily taken the seasonal flu shot": an injection, no gunfire
    if trig.form == "won" and _AMOUNT_BEFORE.search(low, max(0, i - 30), i):
        return True             # "debts of more than 1,000 billion won": Korea's money, no victory
    if trig.form == "left" and _BODY_PART_AFTER.match(low, e):
        return True             # "a fractured left ankle": the side, no departure
    if i == 0 and trig.form == "updated" and _STAMP_AFTER.match(low, e):
        return True             # "Updated at 9:20 p.m. ET": the page's stamp, no happening
    if trig.type == "travel" and _INDOORS_AFTER.match(low, e):
        return True             # "went to the 13th floor": a move inside a building, no journey
    if trig.type == "travel" and trig.form.endswith(" to") and _NO_JOURNEY_AFTER.match(low, e):
        return True             # "returned to work", "went to sleep", "returned to the pitch": no journey
    if trig.form in ("came to", "comes to", "come to") and low.endswith("when it ", 0, i):
        return True             # "especially when it came to his health": about, no journey
    if trig.type == "statement" and trig.form in ("speaks", "speak", "spoke", "speaking") and _LANGUAGE_AFTER.match(low, e):
        return True             # "speaks multiple languages", "spoke fluent French": an ability, no saying
    before = low[max(0, i - 30):i]
    if _DETERMINER_END.search(before) and not _AUXILIARY_FURTHER.search(before) \
            or _NUMBER_END.search(before) and not _DATE_BEFORE.search(before) \
            or _NUMBER_WORD_END.search(before):     # ("Two rounds of talks": a noun)
        return True             # "1,124 pledged delegates"; not "and in 2015 sold its chain"
    if _ORDINAL_PARTICIPLE.search(before) and _NOUN_AFTER.match(low, e):
        return True             # "the last confirmed attack", "the first reported case": an adjective
    if trig.type == "statement" and trig.form in ("reported", "alleged", "noted") and _AS_SOURCE_BEFORE.search(before):
        return True             # "As the BBC reported, ...", "as alleged in the notice": the source, no saying
    if trig.form in ("reported", "infected", "confirmed") and (
            _COUNT_NOUN_END.search(before) or _PEOPLE_COUNTED_END.search(before) and trig.form == "infected"
            or _COUNTED_ADJECTIVE_BEFORE.search(before) and _NOUN_AFTER.match(low, e)):
        return True             # "32,825 AIDS cases reported nationwide", "the 36 people infected included", "each
                                # infected person", "Reported cases also appeared": who or what is counted, no
                                # happening of its own
    if _ADJECTIVE_PARTICIPLE.search(before) and _NOUN_AFTER.match(low, e):
        return True             # "without designated shop assistants", "the total reported casualties"
    if trig.verb and _HABIT_ADVERB.search(before):
        return True             # "a story he sometimes told", "the most frequently dismissed": what was done again
                                # and again, no happening of a day
    if trig.verb and (_COUNTERFACTUAL_BEFORE.search(before) or _ALMOST_BEFORE.search(before)):
        return True             # "he would have died had he not been armed", "he was almost jailed": what did not
                                # happen
    if _HARD_TO.search(before):
        return True             # "tougher to beat", "hard to say": no event
    if trig.form in _OTHER_VERB_WITH and re.match(r"\s+" + _OTHER_VERB_WITH[trig.form] + r"\b", low[e:]):
        return True             # "the network signed off": went off the air
    if trig.form in SPOKE and _ANONYMOUS_AFTER.match(low, e):
        return True             # "spoke to the AP on condition of anonymity": who the source is, no saying of its own
    if _IDIOM_AFTER.match(low, e) or _REMAIN_TO_BE.search(before) \
            or trig.form in _FLY_FORMS and _IN_THE_FACE_OF.match(low, e):
        return True             # "asked not to be identified", "lent credence to", "remain to be sold",
                                # "rose to their feet": stood up
    if trig.type == "statement" and trig.form == "say" and _SAY_NOT_REPORTING.search(before):
        return True             # "what can we say", "to say for sure", "had to say something"
    if trig.type == "meeting" and _NOT_MEETING_AFTER.match(low, e):
        return True
    if trig.form == "told" and low.endswith("all ", 0, i) and (low.startswith(",", e) or _CLAUSE_OPENS.search(low, 0, i - 4)):
        return True             # "All told, the FDNY rescued 11 residents": in all, no saying (not "They all told
                                # reporters")
    if trig.form in _LIGHT_VERBS:
        nxt = _NEXT_NOUN.match(low, e)
        if nxt and nxt.group(1) in TRIGGERS and not TRIGGERS[nxt.group(1)].verb:
            return True         # "launched an attack": the attack is the event
    if trig.type == "statement" and trig.form in ("says", "states", "stipulates", "provides", "specifies") \
            and DOCUMENT_SUBJECT.search(low, max(0, i - 80), i):
        return True             # "The March letter of intent between the two companies says that ...": its terms
    if trig.type == "statement" and _AS_THEY_SAY.search(before):
        return True             # "as they say": an idiom
    if trig.form == "sets out" and not _JOURNEY_AFTER.match(low, e, e + 60):
        return True             # "the report sets out recommendations": lays out, no journey
    if trig.form == "fired" and dismissal(low, i, e):
        return True             # "he was fired", "was fired from the bank": a dismissal, not shooting
    if trig.form in ("controlled", "operated", "guided", "powered") and _REMOTE_BEFORE.search(low, max(0, i - 10), i):
        return True             # "remote controlled planes filled with explosives": a kind of plane, no happening
    if trig.form == "fired" and _UP_AFTER.match(low, e):
        return True             # "Jackson is once again fired up to coach", "fired up the crowd": eager, stirred
    if trig.form == "alleged" and _ALLEGED_NOUN.match(low, e):
        return True             # "has alleged ties to the IRGC": an adjective
    if trig.type == "statement" and _ATTRIBUTION_IN_RELATIVE.search(before) and _VERB_RIGHT_AFTER.match(low, e):
        return True             # "The Mac SE, which Apple says will operate faster": an aside, not a saying
    return trig.type == "statement" and _PASSIVE_END.search(before) is not None
