"""Retyping: the type a trigger word takes in its sentence's language (:func:`retype`). Sport,
disaster or accident words make a political trigger word their own ("a late strike from the winger",
"killed the game"); "won" takes the type of what was won; a court's, an army's, a team's, a vehicle's
or a document's words around a trigger give it their type ("a Manila court issued an injunction",
"Iraqi warplanes today attacked", "relegated Peacock to the back benches", "the SUV driver who hit",
"the note signed by President Schapiro said"); and some uses name no event at all (None: "who has ruled
Belarus since 1994", "virtually killed the plan")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .domains import DOMAIN_OF_WORD, DOMAIN_WORDS, SCORE, domain_of
from .lexicon import DEMONYMS
from .retype_clause import ECONOMIC_SUBJECT as _ECONOMIC_SUBJECT, UNCHANGED, retype_by_clause
from .textutil import trie_regex
from .triggertable import Trigger


# what is "killed" without dying: "virtually killed the Nakasone-sponsored plan", "killed the bill"
_KILLED_THING = re.compile(r"\s+(?:off\s+)?(?:the|a|an|his|her|its|their|any|this|that)\s+(?:[\w-]+\s+){0,3}?(?:plan|plans|"
                           r"bill|bills|proposal|proposals|deal|deals|measure|idea|legislation|project|chances?|hopes?|"
                           r"talks|negotiations|merger|bid|initiative|reform|reforms|momentum|mood|game)\b")

# what a company wins: "the Hungarian bid won after lengthy negotiations", "won the tender"
_BUSINESS_WIN = re.compile(r"\b(?:bid|bids|tender|tenders|contract|contracts|auction|deal|order|orders|concession|"
                           r"licen[cs]e|franchise|takeover)\b")

# a speech delivered: "Delivered by Ambassador Neil Bush" (a statement's byline), "delivered a speech"
_SPEECH_AFTER = re.compile(r"\s+(?:by\s+(?:the\s+)?(?:ambassador|minister|deputy|head|secretary|president|prime|"
                           r"foreign|chargé|charge|permanent|representative|mr|mrs|ms|dr|sir|lord|lady)"
                           r"|(?:a|an|his|her|their|the)\s+(?:\w+\s+)?(?:speech|statement|address|remarks|keynote|"
                           r"lecture|sermon|eulogy|message|verdict|ruling))")

# what "went to" someone when it is no journey: "second and third place went to", "the prize went to"
_PRIZE_BEFORE = re.compile(r"\b(?:place|places|title|titles|medal|medals|prize|prizes|award|awards|honours|honors|"
                           r"gold|silver|bronze|trophy|seat|seats|contract|vote|votes)\s+$")

# trigger words of politics that a domain's own language uses for something else: a goal is no
# protest ("a late strike from the winger"), a decisive goal no violence ("killed the game off"),
# a win no election ("won the cup"); deaths in an earthquake are the disaster's, in an outbreak the disease's
RETYPE_IN = {
    "sport": {"forms": frozenset("strike strikes struck beat beaten beating won win wins killed kill attack attacks attacked "
                                 "shot shots fired defeated defeat clash clashed battle battled fought fight summit "
                                 "signed sign agreed agreement deal drew earned earns lost rallied rallying rally "
                                 "rallies trip trips".split())
                       # (a team's "trip to Montreal" for a match, "all three points went to RBNY")
                       | {"hit back", "hits back", "fired back", "shot back", "went to"},
              "drop_nouns": frozenset("strike strikes attack attacks summit clash battle fight deal".split())},
    # (and a house that blew up in a gas leak's story: "when it blew up, sending a large piece of the roof flying")
    "disaster": {"forms": frozenset("killed kills injured wounded struck hit".split()) | {"blew up", "blown up"},
                 "drop_nouns": frozenset()},
    "accident": {"forms": frozenset("killed kills injured wounded landed".split()) | {"blew up", "blown up"},
                 "drop_nouns": frozenset()},
    # an outbreak's deaths and the bans against it: "SARS killed nearly 800 people", "banned trade in wild animals"
    "health": {"forms": frozenset("killed kills kill banned bans ban".split()),
               "drop_nouns": frozenset()},
}

# a disease defeated: "defeated — for the present — the coronavirus", "beat cancer"
# the words of an outbreak, for a disease defeated and for a measure against one
_OUTBREAK = r"coronavirus|virus|covid(?:-19)?|ebola|epidemic|pandemic|outbreak"
_DISEASE_AFTER = re.compile(r"\s+(?:[—–-]+[^—–]{0,40}[—–]+\s*)?(?:the\s+)?(?:" + _OUTBREAK
                            + r"|cancer|malaria|polio|measles|disease|infection)\b")
# a disease found in someone: "discovery that she had cancer", "discovered he had a tumor"
_HAD_DISEASE_AFTER = re.compile(r"\s+(?:that\s+)?(?:he|she|they|[a-z]+)\s+(?:had|has|was\s+suffering\s+from)\s+"
                                r"(?:(?:a|an|breast|lung|skin|[a-z]+)\s+)?(?:cancer|tumou?r|disease|leukemia|"
                                r"leukaemia|hiv|aids|diabetes|dementia|alzheimer['’]s|covid(?:-19)?|the\s+virus)\b")
# a resource found: "the discovery of oil in Alaska"
_RESOURCE_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:new|large|huge|vast|major|rich)\s+)?(?:oil|gas|gold|coal|diamonds?|copper|"
                             r"uranium|deposits?|reserves?|oilfields?|oil\s+fields?)\b")
# a shot launched in a match: "launched a bomb of a shot", "launched a long-range shot"
_A_SHOT_AFTER = re.compile(r"\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:of\s+a\s+)?shot\b")
# an amount of money: "a 734 mln dlr ... pact", "$2 billion"
_MONEY = re.compile(r"\b\d[\d.,]*\s*(?:mln|million|billion|bln)\s*(?:dlrs?|dollars?|euros?|pounds?|yen|stg)\b|[$£€]\s?\d")
# what marks an attack in words after its object, before any verb of saying: "as \"Witch Hunt garbage\"", ", accusing
# them of", "on Twitter" (not "the ministry said in a statement", which credits a report of blows)
_ATTACKED_IN_WORDS_AFTER = re.compile(r"(?:(?!\b(?:said|says|told|saying)\b)[^.;]){0,60}?(?:\bas\s+[\"“']|,\s+accusing\b|"
                                      r"\b(?:on|via)\s+twitter\b|\bin\s+a\s+tweet\b)")
# what is attacked in words: a decision, a proclamation, remarks, a policy
_WORDS_ATTACKED = re.compile(r"\s+(?:the|his|her|its|their|a|an|this|that|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:proclamation|"
                             r"decision|decisions|remarks|comments|statement|statements|policy|policies|plan|plans|move|"
                             r"law|bill|proposal|proposals|speech|report|ruling|verdict|idea|ideas|record|handling|"
                             r"response|leadership|stance|position)\b")
# a pledge of something to do, not of aid: "pledged converting Hagia Sophia", "pledged that he would ..."
_PLEDGED_WORDS = re.compile(r"\s+(?:[a-z]+ing\b|that\b|to\s+(?!provide\b|give\b|send\b|supply\b|donate\b|fund\b|help\b)[a-z]+)")
# "won" is typed by what was won (a word of the six after it)
_WORDS = re.compile(r"[a-z][a-z-]*")

WON_TYPES = {"election": frozenset("election elections vote votes seat seats primary primaries presidency majority "
                                   "mandate nomination runoff run-off referendum ballot caucus caucuses landslide".split()),
             "sport": frozenset("match game games cup title championship championships medal gold silver bronze "
                                "race final tournament series trophy pennant league grand bowl points set marathon "
                                "half-marathon derby classic sprint relay".split()),
             "legal": frozenset("case lawsuit appeal suit ruling verdict".split()),
             "economy": frozenset("contract contracts order orders bid tender".split()),
             "other": frozenset("prize prizes award awards grammy grammys oscar oscars emmy emmys nobel "
                                "pulitzer honour honor tony tonys bafta baftas golden globe globes".split())}

# words given: "gave assurances", "gave a speech", "gave an interview", "gave evidence"
_WORDS_GIVEN_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|no|fresh|new|public|personal|written|firm)\s+)?"
                                r"(?:assurances?|speech|speeches|interviews?|address|testimony|evidence|warnings?|"
                                r"briefing|press\s+conference|statement|pledge|promise|guarantees?)\b")
# a candidate beaten in a race of votes (not a bill "defeated in a vote": lawmaking)
_BEAT_FORMS = frozenset("beat beats beaten beating defeated defeats defeat defeating".split())
_RACE_WORDS = frozenset("election elections primary primaries runoff run-off caucus caucuses nomination"
                        .split())

# what is signed as law: a decree, an executive order, a bill into law
_LAW_SIGNED_AFTER = re.compile(r"\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?(?:decree|executive\s+order|"
                               r"ordinance|(?<!to\s)act\b(?!\s+of\b)|bill\b[^.;]{0,40}\binto\s+law|into\s+law)")
# ... or named before a passive: "the decree signed by the Pope", "a new decree signed Saturday by Prime Minister Conte"
_LAW_SIGNED_BEFORE = re.compile(r"\b(?:decree|executive\s+order|ordinance)\s+(?:was\s+|had\s+been\s+)?$")
# a departure: "taken off from Westchester County Airport"; a rank reached: "landed at No. 1", "landed in the top ten"
_OFF_FROM_AFTER = re.compile(r"\s+off\s+(?:from|at)\b")
_AT_A_RANK_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?:no\.\s*\d|number\s+(?:one|\d)|top\s+\w+|first\s+place)")
# a dismissal's idioms: "given the ax", "got the boot", "given the sack"
_THE_AX_AFTER = re.compile(r"\s+the\s+(?:ax|axe|boot|sack|heave-ho|pink\s+slip)\b")
# a fire set with a weapon: "set the supertanker on fire with a missile", "set ablaze by rockets"
_SET_ON_FIRE_WITH = re.compile(r"\bset\b[^.;]{0,60}\b(?:on\s+fire|ablaze|alight)\b[^.;]{0,30}\b(?:with|by)\b")
# what is frozen as a pay or price policy, not as a sanction
_PAY_FROZEN = re.compile(r"\b(?:salar(?:y|ies)|wages?|pay|prices?|rents?|hiring|pensions?|fares?|tariffs?)\b")
# "loan" used as a verb: after a modal or "to"
_VERB_BEFORE_LOAN = re.compile(r"\b(?:would|will|could|can|to|shall|might|may|agreed\s+to)\s+$")
# goods held, not people: "detained 15 shipments", "the detention of foreign-made condoms", "seized a cargo of"
_GOODS = (r"(?:shipments?|cargo(?:e?s)?|consignments?|containers?|goods|products|imports|exports|lots|batches|crates|"
          r"condoms|drugs|medicines|vaccines|masks|weapons|arms|boats|ships|vessels|speed boats|trucks|lorries)")
_GOODS_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|some|more|\d[\d,]*|two|three|four|five|six|seven|eight|nine|"
                          r"ten|dozens?\s+of|hundreds\s+of)\s+)?(?:[a-z-]+\s+){0,2}?" + _GOODS + r"\b")
_GOODS_OF = re.compile(r"\s+of\s+(?:the\s+|\d[\d,]*\s+)?(?:[a-z-]+\s+){0,2}?" + _GOODS + r"\b")
# the police as who deploys, or as what is deployed
_POLICE_SUBJECT = re.compile(r"\b(?:police|department|nypd|officers|troopers|sheriff'?s?|constabulary|gendarmerie|"
                             r"law enforcement|fire department|firefighters)\b[^.;]*$")
_POLICE_AFTER = re.compile(r"\s+(?:(?:additional|extra|more|hundreds\s+of|\d[\d,]*)\s+)?(?:[a-z-]+\s+){0,2}?"
                           r"(?:police|officers|patrols?|detectives|firefighters)\b")
_WEAPON_WORDS = re.compile(r"\b(?:bomb|bombs|bomber|bombing|grenade|grenades|shell|shells|missile|missiles|rocket|"
                           r"rockets|mine|landmine|ied|explosive device|suicide|militants?|insurgents?|attack)\b")

# who fights a war: their attacks and raids are military, not violence or an arrest
_ARMED_FORCE = re.compile(r"\b(?:warplanes?|war\s?planes?|fighter jets?|jets|bombers|air force|airforce|navy|naval|"
                          r"warships?|gunboats?|troops|army|artillery|sorties|air raids?|airstrikes?|air strikes?|"
                          r"military|missiles?|helicopter gunships?|special\s+(?:forces|operations)|commandos?|"
                          r"paratroopers|navy\s+seals?|seal\s+team|drones?|"
                          # (and who holds a war's front: "four Revolutionary Guards divisions attacked Iraqi positions",
                          # "killed or wounded ... as they crushed a new Iranian offensive"; not a fire brigade, a
                          # battalion chief, a frontline nurse or a team's offensive line)
                          r"revolutionary\s+guards|(?:army|infantry|armou?red|tank|marine|airborne|guards)\s+"
                          r"(?:brigades?|battalions?|divisions?)|front\s+lines?|war\s+front|"
                          r"(?:an?|the|new|fresh|major|ground|spring|summer|winter|military|[a-z]+ian|[a-z]+i)\s+"
                          r"offensives?(?!\s+(?:line|lineman|coordinator|tackle|remarks?|comments?|language|tweets?|"
                          r"posts?|jokes?|words?|behaviou?r|content|material|statements?)))\b")
# killed in a military operation: "were killed in drone strikes carried out by the Obama administration", "killed ...
# during the first clandestine military raid", "al Qaeda leaders were killed in the raid"
_KILLED_IN_OPERATION = re.compile(r"[^.;]{0,80}?\b(?:in|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.’'-]+\s+){0,4}?"
                                  r"(?P<op>raids?|drone\s+strikes?|air\s?strikes?|air\s+raids?|shelling|bombardments?|"
                                  r"firefights?|military\s+operations?)\b")
_WAR_SIDE = re.compile(r"\b(?:al[ -]qaeda|taliban|isis|isil|islamic\s+state|jihadists?|militants?|insurgents?|guerrillas?)\b")

_ARMED_FORCE_VERB = re.compile(r"attack(?:ed|s|ing)?|hits?|struck|strikes?|raid(?:ed|s|ing)?|flew|fly|rescued?|rescues|"
                               r"bomb(?:ed|s|ing)?|shell(?:ed|s|ing)?|sank|sunk|blew\s+up|blown\s+up|dynamited")

_CAMPAIGN_WORDS = re.compile(r"\b(?:campaign|campaigning|candidates?|election|elections|electoral|voters|polls|ballot)\b")

_PLAN_WORDS = r"(?:plans?|initiative|proposals?|strategy|policy|programme|program|agenda|budget|roadmap|blueprint|package)\b"

_PLAN_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?" + _PLAN_WORDS)

_PLAN_NOUN = re.compile(r"\b" + _PLAN_WORDS)

_GATHERING_OBJECT = re.compile(r"\b(?:spectators|fans|crowds|gatherings?|public events|mass events|visitors|schools)\b")

_GUARD_VERB = re.compile(r"protect(?:ed|s|ing)?|escort(?:ed|s|ing)?|patroll?(?:ed|s|ing)?|guard(?:ed|s|ing)?")

# "about 135 times since August 1985", "several times in the past three years": a tally
_TALLY_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:\d[\d,]*|about\s+\d[\d,]*|some\s+\d[\d,]*|several|many|numerous|"
                          r"dozens\s+of|hundreds\s+of|multiple|countless)\s+times\b")

_LEGAL_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:injunction|restraining order|"
                                 r"writ|subpoena|indictment|arrest warrant)\b")

_SUIT_BEFORE = re.compile(r"\b(?:suit|lawsuit|petition|complaint|claim)\b[^.;]*$")
# a charge that is an allegation, no arrest: what a document charges ("The indictment charged that Deaver
# lied"), a charge with a clause ("FMC had charged that Boesky received", "also charged Harcourt is coercing")
_DOCUMENT_CHARGING = re.compile(r"\b(?:indictment|complaint|suit|lawsuit|petition|affidavit|filing|report)\s+"
                                r"(?:also\s+|had\s+|has\s+)?$")
_CHARGED_CLAUSE = re.compile(r"\s+(?:that\b|(?:[\w.&'’-]+\s+){1,3}(?:is|was|are|were|has|had)\s+(?:been\s+)?"
                             r"(?:\w+ly\s+)?\w+(?:ing|ed)\b)")

_BOARD_BEFORE = re.compile(r"\b(?:board|directors|shareholders|stockholders)\s+(?:of\s+[\w\s]+?\s+)?(?:has\s+|had\s+)?$")

# what befalls a person, judge or not: a death, an illness, an accident, a disaster
_LIFE_TYPES = frozenset(("death", "health", "accident", "disaster"))
_COURT_BEFORE = re.compile(r"\b(?:judges?|justices?|courts?|tribunal|panel|jury|magistrate)\s+(?:has\s+|had\s+)?$")

_ANIMALS = (r"(?:lions?|lioness(?:es)?|tigers?|sharks?|bears?|crocodiles?|alligators?|elephants?|dogs?|snakes?|hippos?|"
            r"hippopotamus(?:es)?|bulls?|leopards?|wolves|wolf|cattle|cows?|horses?|animals?|birds?|pigs?|chickens?)")
_BY_ANIMALS_AFTER = re.compile(r"\s+by\s+(?:(?:a|an|the|his|her|their|its|two|three|several)\s+)?(?:[\w-]+\s+)?" + _ANIMALS + r"\b")
_ANIMALS_BEFORE = re.compile(r"\b(?:the|all|three|two|several|his|her|their)\s+(?:[\w-]+\s+)?" + _ANIMALS
                             + r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?$")
# a rally held to protest, not to campaign: "rallied ... in support of US President Donald Trump to protest the results
# of the election"
_TO_PROTEST = re.compile(r"\bto\s+protest\b|\bin\s+protest\b|\bprotesting\b|\bagainst\s+the\s+(?:election|results?|vote|count)\b")
_TO_ONES_DEATH_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+to\s+(?:his|her|their|its)\s+deaths?\b")
_OUTPUT_AFTER = re.compile(r"\s+(?:[\w,.-]+\s+){0,6}?(?:tonnes|tons|barrels|ounces|units|vehicles|cars|bushels|"
                           r"kilowatt|megawatt|mln|million|billion)\b")
# "shot up" with no object: a rise ("shot up quickly", "shot up 20 pct", "shot up to $119 million")
_SHOT_UP_RISE = re.compile(r"\s+up\b(?=\s*(?:[,.;]|$|\d|(?:quickly|sharply|rapidly|again|by|to|from|in|more|"
                           r"almost|nearly|over|after|as|and|when|since)\b))")
# what rises: a price, a count, a bid
_QUANTITY_BEFORE = re.compile(r"\b(?:prices?|bidding|bids?|shares?|stocks?|rates?|costs?|sales|cases|numbers?|figures?|"
                              r"deaths|toll|index|yields?|values?|demand|unemployment|inflation)\b[^.;]*$")
# a visit for care: "emergency room visits", "hospital visits", "doctor's visits"
_CARE_VISIT_BEFORE = re.compile(r"\b(?:emergency\s+room|emergency-room|er|hospital|doctor['’]?s?|clinic)\s+$")
# a law voted on: "voted on a resolution", "voted to pass the ... Bill", "voted for the first article of impeachment"
_LAW_VOTED_AFTER = re.compile(r"\s+(?:(?:on|for|against|to\s+(?:pass|adopt|approve|reject|repeal|amend))\s+)(?:an?|the|its|two)?\s*"
                              r"(?:[\w\"“”'’-]+\s+){0,5}?(?:resolutions?|bills?|laws?|legislation|amendments?|acts?|"
                              r"budget|articles?\s+of\s+impeachment|motions?)\b")
# support given or asked for, not named: "doubled its financial support to", "requested support and equipment from"
_SUPPORT_GIVEN_BEFORE = re.compile(r"\b(?:financial|military|humanitarian|economic|budget(?:ary)?|logistical|logistic|"
                                   r"material|food|medical|technical|air)\s+$|\b(?:provid\w*|gave|give[ns]?|giving|"
                                   r"offer\w*|doubl\w*|increas\w*|pledg\w*|sen[dt]\w*|extend\w*|boost\w*|"
                                   r"request\w*|sought|seek\w*|asked\s+for)\s+"
                                   r"(?:[\w-]+\s+){0,2}$")
_TO_HOSPITAL_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}?(?:hospital|emergency\s+room|er\b|"
                                r"clinic|doctor|medical\s+cent(?:er|re))")
# what a court refuses: "denied a request", "rejected the motion", "dismissed his appeal"
_REFUSAL = re.compile(r"denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|"
                      r"dismissing|refused|refuses|refuse|refusing")
_PLEA_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|his|her|their|its|[\w.'’-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:request|motion|"
                                r"appeal|petition|bid|application|bail|plea|suit|lawsuit|claim|complaint|case|challenge|"
                                r"objection)s?\b")
_RULED_ON = re.compile(r"\s+(?:that|on|in favou?r|against|out|unconstitutional|illegal|unlawful)\b")

# a strike by weapons is no walkout: "a missile strike", "air strikes", "drone strike"
_MILITARY_STRIKE = re.compile(r"\b(?:missile|air|drone|rocket|military|artillery|nuclear|pre-emptive|retaliatory|"
                              r"precision|us|u\.s\.|" + trie_regex(d.lower() for d in DEMONYMS) + r")\s+strikes?\b")

# who kills on purpose, and how: a death among them is no accident, whatever the article is about
_ARMED_ACTORS = re.compile(r"\b(?:terrorists?|militants?|gunm[ae]n|insurgents?|rebels?|guerrillas?|soldiers?|troops|attackers?|"
                           r"bombers?|snipers?|firefights?|gunfights?|shoot-?outs?|gunfire|raids?)\b")

_WORK_LAUNCHED = re.compile(r"\b(?:work|works|operation|search|rescue|investigation|probe|inquiry|programme|program|"
                            r"campaign|review)\b")

_SAYING_AFTER = re.compile(r",?\s+(?:saying|adding|noting|writing|telling)\b")

# a demotion: "relegated Peacock to the back benches"
_BACK_BENCHES = re.compile(r"\s+(?:[\w'’.-]+\s+){1,4}?to\s+the\s+(?:back\s*-?\s*benche?s?|sidelines)\b")

# what an appeal asks for when it is no court's: help ("appealed to 24 countries for emergency aid") or conduct
# ("appealed for calm")
_APPEAL_FOR = re.compile(r"\s+(?:to\s+(?:[\w'’.-]+\s+){1,5}?)?for\s+(?:[\w-]+\s+){0,2}?(aid|assistance|help|donations|"
                         r"relief|funds|funding|support|calm|restraint|information|witnesses|unity|peace|dialogue)\b")

_CALLS_FOR = frozenset("calm restraint information witnesses unity peace dialogue".split())

# support that is said: "reiterated his support for", "expressed support for"
_SUPPORT_SAID = re.compile(r"\b(?:reiterated|reiterates|reiterating|expressed|expresses|expressing|voiced|voices|"
                           r"restated|reaffirmed|reaffirms|affirmed|declared|declares|stated)\s+(?:(?:his|her|their|its|"
                           r"our|the|full|strong|continued|unwavering|firm)\s+){0,2}$")

# a document whose signature is part of what it says: "the note signed by President Schapiro said"
_SIGNED_DOCUMENT = re.compile(r"\b(?:note|letter|memo|memorandum|message|statement|e-?mail|petition|op-ed|column)\s+$")

_ENVOY = re.compile(r"\b(?:ambassadors?|diplomats?|envoys?|attach[eé]s?|consuls?|charg[eé] d'affaires)\b")

# a protest launched: "launched a campaign of civil disobedience", "launched a hunger strike"
_PROTEST_LAUNCHED = re.compile(r"\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:civil\s+disobedience|"
                               r"hunger\s+strikes?|sit-ins?|boycotts?|protests?|general\s+strikes?)\b")
# a hall of fame one is elected to: "elected to the Baseball Hall of Fame", "voted into the Hockey Hall of Fame"
_HALL_OF_FAME_AFTER = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?hall\s+of\s+fame\b")
_SPORT_HALL = re.compile(r"\b(?:baseball|basketball|football|hockey|soccer|tennis|golf|boxing|wrestling|olympic|"
                         r"swimming|track|racing|motorsports?|athletics|sports?)\b")
# an honour of a learned body: "elected as a Fellow of the Royal Society", "elected a member of the Academy"
_HONOUR_AFTER = re.compile(r"\s+(?:as\s+)?(?:an?\s+)?(?:foreign\s+|honorary\s+)?(?:fellow|member)\s+of\s+(?:the\s+)?"
                           r"(?:[\w&'’-]+\s+){0,5}?(?:society|academy|institute|college|association)\b")
_OVERTHROWN = re.compile(r"overthr(?:own|ew|ow|ows|owing)|toppl(?:ed|es|e|ing)|deposed|ousted")
_IN_A_COUP_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:in|by|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?coup\b")
_SHUTDOWN_VERB = re.compile(r"closed|shut|shut\s+down|stopped\s+work|walked\s+out|struck")
_IN_SUPPORT_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+in\s+(?:support\s+of|solidarity\s+with|protest\b)")
# out of a body, not out of a country: "expelled from the official Communist Party", "expelled from membership"
_EXPELLED_FROM_BODY = re.compile(r"\s+from\s+(?:(?:the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:party|membership|"
                                 r"union|club|league|organi[sz]ation|association|school|university|college|church|"
                                 r"congress|parliament|committee|society|academy|order|movement|caucus)\b")

_OUT_TO_VOTE = re.compile(r"\s+out\b[^;!?]{0,40}?\bto\s+(?:vote|cast\s+(?:their\s+)?ballots|the\s+polls)\b")
_LANDSLIDE_VOTE = re.compile(r"landslide\s+(?:victory|win|election|re-?election|majority|defeat)|in a landslide")

# verbs of giving or founding in general, the cooperation row's words that need help as their object
_GENERAL_GIVING = re.compile(r"(?:offer|provid|set(?:s|ting)? up|establish|launch|creat|restructur)\w*(?:\s+up)?$")

_NO_HAPPENING_GIVING = re.compile(r"(?:provid|creat)")

_HELP_GIVEN = re.compile(r"\b(?:aid|help|assistance|support|relief|supplies|troops|loans?|funding|funds|grants?|"
                         r"donations?|asylum|shelter|vaccines?|food|medicines?|medical|humanitarian|condolences|"
                         r"cooperation|training|protection|rescuers|refuge|request)\b")

_BUSINESS_GIVEN = re.compile(r"\b(?:shares?|stake|bid|dlrs|dollars|refunds?|price|prices|per share|discounts?|"
                             r"salary|cents|stock|takeover|dividends?|products?|store|stores|company|firm|subsidiary|"
                             r"venture|mln\s+stg|claims|investors)\b|\$\s?\d")

# what is offered in words: "offered a pragmatic view", "offered \"condolences to the families\"", "offered his thoughts"
_SAID_GIVEN = re.compile(r"\s+(?:(?:his|her|their|its|my|our)\s+)?[\"“][^a-z0-9\"”]*"     # (a quotation, blanked, as the
                         r"(?:[\"”](?=\s*(?:[,.;]|$|and\b|to\b|for\b|on\b|in\b))|$)"     # whole object, closed or
                                                                                     # open to the sentence's end:
                                                                                     # 'offered his "deepest
                                                                                     # condolences"'; not 'a
                                                                                     # "generous" package')
                         r"|\s+[\"“]?(?:(?:a|an|his|her|their|its|the|my|our|some|few|no)\s+)?[\"“]?(?:[\w-]+\s+){0,2}?"
                         r"(?:views?|remarks|comments?|condolences|sympathy|sympathies|thoughts|prayers|opinions?|"
                         r"assessments?|apology|apologies|praise|words|explanation|assurances?|tribute|congratulations|"
                         r"thanks|reassurance|insights?|predictions?|forecast|criticism|defen[cs]e\s+of)\b")
# a quotation's speaker: "\"He's on fire,\" Dax McCarty offered."
_QUOTE_SPEAKER_BEFORE = re.compile(r"[,!?]\s*[\"”]\s+(?:[\w.'’-]+\s+){1,4}$")
# no object after the verb, only its end or a phrase of time ("\"...,\" McCarty offered after the game")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[.,;]|$|(?:after|before|on|at|during|later|afterwards|when|following)\b)")
# a quotation opened right after the verb: "Reyna offered, \"Not only does he ..."
_QUOTE_AFTER = re.compile(r"\s*[,:]\s*[\"“]")
_REWARD_AFTER = re.compile(r"\s+(?:(?:a|an|the|its|\$?[\d.,]+)\s+)?(?:[\w$.,-]+\s+){0,4}?(?:reward|bounty)\b")

_FOUNDED_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her|new|two|three|several|\d+)\b")

_NO_EVIDENCE_AFTER = re.compile(r"\s+(?:little|no|scant|any)\s+(?:\w+\s+)?(?:evidence|proof|explanation|details)\b")

_SPACE_WORDS = re.compile(r"\b(?:satellites?|spacecraft|space|orbit|telescope|launch vehicle|astronauts?|lunar|mars|"
                          r"spacex|nasa|crewed|uncrewed|crew dragon|falcon 9|soyuz|space shuttle)\b")

_EPIDEMIC = re.compile(r"\b(?:" + _OUTBREAK + r"|quarantine|lockdown)\b")
_PRAISE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:praise|plaudits|acclaim|criticism|condemnation|rebukes?)\b")
_RULED_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:match|game|tournament|season|race|final|"
                           r"cup|series|championship|competition|contest)\b")
_PRICE_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?at\s+[\d.,]+\s*(?:dlrs|dollars|cents|yen|francs|marks|pounds|pence|crowns|lire|"
                          r"pesos|rupees|euros?|p)\b")
_NOMINATION_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:nomination|appointment|nominee)\b")
_INFORMATION_AFTER = re.compile(r"\s+(?:(?:some|new|more|further|the|a|an|its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:details|information|"
                                 r"statement|figures|data|names?|report|transcript|letter)\b")
                                 # (not photos or footage released: "police released photos of the two suspects", an act)
_ON_BAIL_AFTER = re.compile(r"\s+(?:[^.;]{0,60}?\s)?(?:on\s+(?:[$£€]?[\d.,]+\s+(?:million\s+)?)?(?:bail|bond|parole|probation)|"
                            r"from\s+(?:[a-z]+\s+){0,2}(?:jail|prison|custody|detention))\b")
_POST_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:photo|picture|video|message|statement|"
                         r"tweet|letter|note|image)\b")
_APPROVED_BY = re.compile(r"\s+by\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?(?:shareholders|stockholders|board|directors|members|"
                          r"annual\s+meeting|general\s+meeting)\b")
_TO_TRAFFIC = re.compile(r"\s+(?:\w+\s+){0,2}?to\s+(?:all\s+)?(?:traffic|vehicles|cars|pedestrians)\b")
_LIFTOFF = re.compile(r"\b(?:lift-?off|blast-?off|launch(?:ed|es)?|launch\s+pad)\b")
_INTO_WATER = re.compile(r"\s+(?:\w+\s+)?into\s+(?:the\s+)?(?:[A-Z]?[a-z]+\s+)?(?:sea|ocean|river|lake|bay|gulf|water|waters)\b")
# "ruling him out of the tournament", "ruled the striker out"
_RULED_OUT = re.compile(r"\s+(?:him|her|them|it|[a-z]+['’]s\s+\w+|the\s+\w+|[A-Z]\w+)\s+out\b")
_TECH_LAUNCHED = re.compile(r"\b(?:database|app|application|website|site|platform|software|online|internet|"
                            r"chatbot|network|search engine|smartphone|computer|device|tool|tracker)\b")

_SPACE_LAUNCHED = re.compile(_SPACE_WORDS.pattern + r"|\brockets?\b")

_LEGISLATORS = re.compile(r"\b(?:representatives|senators?|lawmakers|legislators|congressm[ae]n|congresswom[ae]n|mps|"
                          r"deputies|roll[- ]call|the house|the senate|congress|parliament|articles of impeachment|"
                          r"(?:sub)?committee|expulsion|expel|veto|override|overriding|censure|no-confidence|"
                          r"impeachment|cloture|filibuster|cabinet|(?:city|town|county|state|security|executive)\s+council|"
                          r"council\s+members?|commissioners)\b")
# ("the Oversight Committee voted to refer them to the full House", "Diaz voted against the expulsion", "decided to vote
# to override": who votes in a legislature, and what it votes on; a cabinet's or a council's vote too: "The island
# nation's cabinet unanimously voted to lift it")

# a vote that puts someone in an office: "voted for Pelosi to serve as Speaker", "being voted into the position",
# "voted him in as chairman" (a legislature's vote that elects is an election)
_OFFICE = r"(?:the\s+|its\s+|their\s+|new\s+)*(?:speaker|president|chair|chairman|chairwoman|leader|mayor|governor|prime\s+minister|premier|chancellor|secretary)\b"
_VOTED_INTO_OFFICE = re.compile(r"\s+(?:[\w.’'-]+\s+)?in\s+as\s+" + _OFFICE
                                + r"|\s+into\s+(?:the\s+|that\s+|this\s+)?(?:position|office|post|role|chair|speakership|presidency)\b"
                                + r"|\s+for\s+[\w.’'-]+(?:\s+[\w.’'-]+)?\s+(?:to\s+(?:serve|be|become)\s+(?:as\s+)?|as\s+)" + _OFFICE)
_VEHICLE_HIT = re.compile(r"hit|hits|struck|strikes|overturned|overturns|crashed|crashes|speeding|sped|careened|"
                          r"slammed|plowed|ploughed|rammed|collided|skidded|swerved|ran\s+over|ran\s+a\s+red\s+light")

_VEHICLE = re.compile(r"\b(?:driver|drivers|motorist|car|cars|suv|minivan|van|truck|lorry|bus|coach|vehicle|motorcycle|"
                      r"motorcyclist|bicycle|cyclist|taxi|cab|train|tram|plane|jet|helicopter|boat|ferry|ship|tanker)\b")

# (with _ARMED_ACTORS: the words of a war, where a vehicle hit is no accident)
# a crash, a fire or an explosion caused on purpose
_SABOTAGE = re.compile(r"\b(?:dynamite|dynamited|explosives|sabotage|sabotaged|saboteurs?|arson|arsonists?|"
                       r"guerrillas?|blew\s+up|blown\s+up)\b")
_WAR_WORDS = re.compile(r"\b(?:attacks?|attacked|war|warplanes?)\b")

# emergency services, before their verb in the same clause: "police arrived"
RESPONDER_WORDS = (r"police|officers?|firefighters?|fire\s+crews?|fire\s+engines?|paramedics|ambulances?|rescuers|"
                   r"emergency\s+services|responders|medics|troopers|deputies")
RESPONDERS = re.compile(r"\b(?:" + RESPONDER_WORDS + r")\b[^.;]*$")

_HALF_MAST = re.compile(r"\bat\s+half[- ](?:mast|staff)\b")

_HEARD_AFTER = re.compile(r"\s+(?:the\s+(?:news|word|report)|of\s+(?:the|his|her)\s+death|about|that)\b")

# a bill passing, or a chamber passing one: "This bill passed the Senate", "the Senate passed the bill"
_BILL_BEFORE = re.compile(r"\b(?:bill|bills|measure|legislation|law|resolution|amendment|budget|act)\s+(?:has\s+|had\s+|"
                          r"was\s+|already\s+|also\s+|narrowly\s+|easily\s+|unanimously\s+)*$")
_CHAMBER_OR_BILL_AFTER = re.compile(r"\s+(?:the\s+|a\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:senate|house|assembly|chamber|"
                                    r"parliament|legislature|congress|bill|bills|measure|legislation|resolution|amendment|"
                                    r"budget)\b")
# an outbreak investigated: "investigating 110 cases of the disease", "investigating whether the coronavirus causes"
_DISEASE_INVESTIGATED_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){0,8}?(?:cases\s+of|disease|diseases|outbreaks?|syndrome|"
                                         r"infections?|illness|virus|coronavirus|covid-19|symptoms)\b")
# clemency granted: "issued a series of seven pardons and four commutations", "granted clemency"
_CLEMENCY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:pardons?|commutations?|clemency|amnesty|reprieves?)\b")
# a saying told with a light verb and its noun: "made the announcement", "gave a speech", "issued a statement"
_SAYING_LIGHT_VERBS = frozenset("made makes make making gave gives give giving delivered delivers issued issues".split())
_SAYING_NOUN_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[a-z-]+\s+){0,2}?"
                                r"(?:announcement|statement|speech|remarks|comments?|address|declaration|"
                                r"press\s+conference)\b")
# what is executed as a document, named before a passive ("the merger agreement was executed on Oct 7", "the
# search warrant was executed"): an agreement's words (group 1) or another's
_DEAL_EXECUTED_BEFORE = re.compile(r"\b(?:(agreements?|contracts?|deals?|leases?|transactions?)|plans?|orders?|warrants?|"
                                   r"documents?)\s+(?:was|were|has\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+)?$")
# research made public: "published", "released", "posted", "presented", near its study ("the study, published on
# Thursday in PLOS One", "published their findings")
_PUBLISHED = frozenset("published publishes released releases posted presented".split())
_STUDY_WORD = re.compile(r"(?:\b(?:study|studies|research|researchers|findings|paper|papers|analysis)\b[^.;:,]{0,50}$"
                         r"|\s+(?:(?:their|its|the|a|an|new)\s+)?(?:\w+\s+)?(?:study|studies|research|findings|paper|papers)\b)")
# what is launched, by its kind: an offensive (military), an investigation (a case of law), a bid or a tender (business)
_LAUNCH_KINDS = (r"(?P<mil>offensives?|counter-?offensives?|attacks?|assaults?|raids?|air\s*strikes?|missile\s+strikes?|invasion|"
                 r"incursions?|operations?\s+against)|(?P<law>investigations?|probes?|inquir(?:y|ies)|lawsuits?|"
                 r"prosecutions?)|(?P<biz>bids?|takeover\s+bids?|tender(?:\s+offer)?s?|offerings?|ipo)")
_LAUNCHED_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:" + _LAUNCH_KINDS + r")\b")
_LAUNCHED_SUBJECT_BEFORE = re.compile(r"\b(?:" + _LAUNCH_KINDS + r")\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?$")
_LAUNCHED_KINDS = {"mil": "military", "law": "legal", "biz": "economy"}
# what a sanction imposes: "imposed sanctions on", "an embargo imposed", "imposed tariffs", "imposed a fine"
_SANCTION_IMPOSED = re.compile(r"\b(?:sanctions?|embargo(?:es)?|tariffs?|duties|penalt(?:y|ies)|fines?|boycotts?|"
                               r"restrictions\s+on|travel\s+bans?|blockade)\b")
# what is signed that is no deal: words (group 1: "an open letter", "a petition", "a statement") or things and a sign-up
# ("T-shirts", "autographs", "up to join")
_SIGNED_NO_DEAL_AFTER = re.compile(r"\s+(?:(?:(?:an?|the|their|his|her)\s+)?(?:[\w-]+\s+)?(open\s+letter|letter(?!\s+of\s+(?:intent|understanding|credit))|petition|"
                                   r"statement|op-ed)\b|(?:(?:\d+|copies\s+of|some|his|her|their)\s+)?"
                                   r"(?:t-shirts?|shirts?|autographs?|books?|balls?|jerseys?|posters?|photos?)\b|up\b)")
# what is carried out, not killed: "executed a planned shutdown", "executed a search warrant", "executed the trade"
_THING_EXECUTED_AFTER = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?(?:[a-z-]+\s+){0,2}?"
                                   r"(?:plans?|shutdowns?|lockdowns?|orders?|warrants?|searche?s?|strateg(?:y|ies)|deals?|"
                                   r"trades?|transactions?|moves?|manoeuvres?|maneuvers?|agreements?|contracts?|"
                                   r"programs?|programmes?|projects?|polic(?:y|ies)|operations?|drills?|exercises?|"
                                   r"turns?|passes?|play|plays|transfers?|mission|missions)\b")


def retype(low: str, s: int, e: int, trig: Trigger, article_domain: Optional[str] = None) -> Optional[Trigger]:
    """The trigger's type in its sentence's language: sport, disaster or accident words make a
    political trigger word their own (a noun of politics such as "summit" in a sports report is
    no event at all: None); "won" takes the type of what was won, else of its sentence's domain,
    else of the article's ("Cherono won the men's division" in a report of a marathon)."""
    form = low[s:e]
    if form in ("signed", "signs", "sign", "signing") and trig.type == "agreement" and (
            _LAW_SIGNED_AFTER.match(low, e) or _LAW_SIGNED_BEFORE.search(low, max(0, s - 30), s)):
        return replace(trig, type="legal")      # "signed a government decree banning ...", "signed Conyers's bill into
                                                # law", "signed an executive order delaying the election": lawmaking
    if form in ("passed", "passes", "pass", "passing") and (_BILL_BEFORE.search(low, max(0, s - 50), s)
                                                            or _CHAMBER_OR_BILL_AFTER.match(low, e)):
        return replace(trig, type="legal")      # "This bill passed the Senate of the state on Tuesday", "the House
                                                # passed the measure 250 to 175": lawmaking
    if trig.type == "legal" and form.startswith("investigat") and _DISEASE_INVESTIGATED_AFTER.match(low, e):
        return replace(trig, type="health")     # "local health officials are investigating 110 cases of the disease":
                                                # an outbreak's, no case of law
    if trig.type != "legal" and form in ("issued", "issues", "granted", "grants") and _CLEMENCY_AFTER.match(low, e):
        return replace(trig, type="legal")      # "Trump issued a series of seven pardons and four commutations"
    if trig.type not in ("statement", "cooperation") and form.startswith("offer") and trig.verb \
            and _SAID_GIVEN.match(low, e):
        return replace(trig, type="statement")  # 'offered "condolences to the families"', 'offered his "deepest
                                                # condolences" and prayers': words offered
    if trig.type != "statement" and form in _SAYING_LIGHT_VERBS and _SAYING_NOUN_AFTER.match(low, e):
        return replace(trig, type="statement")  # "Joe Garagiola, Jr., ... made the announcement", "gave a speech": a saying
    if trig.type == "violence" and form.startswith("execut") and _THING_EXECUTED_AFTER.match(low, e):
        return replace(trig, type=domain_of(low) or article_domain or "other")    # "the government of Samoa executed a
                                                # planned shutdown of public services": carried out, no killing
    if trig.type == "violence" and form.startswith("execut") and (m := _DEAL_EXECUTED_BEFORE.search(low, max(0, s - 60), s)):
        return replace(trig, type="agreement" if m.group(1) else domain_of(low) or article_domain or "other")
                                                # "the merger agreement was executed on Oct 7": signed, no killing
    if trig.type not in ("science", "statement") and form in _PUBLISHED and (
            _STUDY_WORD.search(low, max(0, s - 60), s) or _STUDY_WORD.match(low, e)):
        return replace(trig, type="science")    # "another study published this week", "published their findings in
                                                # Science": research made public, not the outbreak it is about
    if form in ("taken", "took", "takes", "taking") and _OFF_FROM_AFTER.match(low, e):
        return replace(trig, type="travel")     # "the plane had taken off from Westchester County Airport": a departure,
                                                # however the flight ended
    if form in ("landed", "lands", "land") and _AT_A_RANK_AFTER.match(low, e):
        return replace(trig, type="other")      # "the album landed at No. 1 on the chart": a rank, no journey
    if form in ("given", "gave", "got", "gets", "get") and _THE_AX_AFTER.match(low, e):
        return replace(trig, type="appointment")    # "Carlesimo was given the ax": dismissed
    if form in ("beat", "beats", "beating") and low.startswith(" out ", e):
        # "Dickey beat out Clayton Kershaw" (for an award), "beat out two rivals for the contract": outdid, no blows
        return replace(trig, type=domain_of(low) or article_domain or "other")
    if trig.type == "military" and form.startswith(("deploy", "mobili")) and (
            _POLICE_SUBJECT.search(low, max(0, s - 60), s) or _POLICE_AFTER.match(low, e)) \
            and not _ARMED_FORCE.search(low):
        # "the department has deployed additional counterterrorism resources across the city", "police deployed
        # officers to the station": police work, no army's
        return replace(trig, type="other")
    if form in ("loan", "loans") and trig.type == "economy" and _VERB_BEFORE_LOAN.search(low, max(0, s - 12), s):
        return replace(trig, type="cooperation")    # "Venezuela would loan five mln barrels of crude to Ecuador": a
                                                    # state's help (the noun, a bank's loan, is business)
    if trig.type == "sanction" and form.startswith(("froze", "freez")) and _PAY_FROZEN.search(low, e, e + 60):
        return replace(trig, type="economy")    # "the government froze salaries": a pay policy, no sanction (not
                                                # "froze the assets of", a sanction)
    if trig.type == "arrest" and (_GOODS_AFTER.match(low, e) or _GOODS_OF.match(low, e)):
        # "detained 15 shipments of condoms", "the detention of foreign-made condoms at U.S. borders": goods held, no
        # one arrested
        return replace(trig, type=domain_of(low) or article_domain or "other")
    if form in ("won", "win", "wins", "winning", "earned", "drew", "draws") and _PRAISE_AFTER.match(low, e):
        return replace(trig, type="statement")  # "It has also won praise from the World Health Organization"
    if form in ("won", "win", "wins", "winning"):
        after = _WORDS.findall(low, e, e + 60)[:6]
        typ = next((t for w in after for t, words in WON_TYPES.items() if w in words), None) \
            or ("economy" if _BUSINESS_WIN.search(low, max(0, s - 25), e + 40) else None) \
            or domain_of(low) or article_domain or trig.type     # ("the Hungarian bid won", "won the tender")
        return replace(trig, type="sport" if typ == "other" and SCORE.search(low) else typ)
    if form in ("gave", "give", "gives", "giving", "given") and _WORDS_GIVEN_AFTER.match(low, e):
        return replace(trig, type="statement")    # "when he gave assurances last October that the U.S. government was
                                                  # not involved", "gave a speech", "gave an interview": words
    if form in _BEAT_FORMS and trig.type in ("violence", "sport", "military") and not SCORE.search(low) \
            and any(w in _RACE_WORDS for w in _WORDS.findall(low, e, e + 70)[:9]):
        return replace(trig, type="election")     # "Gov. Sarah Palin beat Murkowski bad in last August's Republican
                                                  # primary": a race of votes, no beating and no match
    if form in ("attacked", "attacks", "attack", "attacking") and trig.verb and (
            _WORDS_ATTACKED.match(low, e) or _ATTACKED_IN_WORDS_AFTER.match(low, e)):
        return replace(trig, type="statement")    # "Erdogan also attacked the proclamation of Golan Heights", "attacked
                                                  # the impeachment investigation as \"Witch Hunt garbage\"", "attacked
                                                  # the newspapers on Thursday, accusing them of": in words
    if form in ("came to", "comes to", "come to", "coming to") and low.startswith(" light", e):
        return replace(trig, type=domain_of(low) or article_domain or "other")     # "the first positive cases came to
                                                  # light Friday", "after sexual misconduct allegations came to light": a
                                                  # discovery, no journey
    if trig.type == "cooperation" and form.startswith("pledg") and _PLEDGED_WORDS.match(low, e):
        return replace(trig, type="statement")    # "pledged converting Hagia Sophia to a mosque": a promise made
    if trig.type == "science" and form.startswith("discover") and _HAD_DISEASE_AFTER.match(low, e):
        return replace(trig, type="health")     # "the 1974 discovery that she had cancer": a diagnosis
    if trig.type == "science" and form.startswith("discover") and domain_of(low) not in ("science", "health") \
            and article_domain != "science":
        # a find outside science: "inspectors discovered improper gas piping", "her daughter discovered a bag of
        # drugs", "the discovery of oil in Alaska's Prudhoe bay" (a resource found is business)
        return replace(trig, type="economy" if _RESOURCE_AFTER.match(low, e) else "other")
    if form in ("defeated", "defeat", "defeats", "beat", "beaten") and _DISEASE_AFTER.match(low, e):
        return replace(trig, type="health")     # "has defeated — for the present — the coronavirus"
    if form.startswith("launch") and _A_SHOT_AFTER.match(low, e):
        return replace(trig, type="sport")      # "launched a bomb of a shot from 20 yards out"
    if form in ("scored", "scores", "score") and (_BUSINESS_WIN.search(low, e, e + 80) or _MONEY.search(low, e, e + 80)):
        return replace(trig, type="economy")    # "McDonnell Douglas scored the biggest coup ... when it won a 734 mln
                                                # dlr U.S. Air Force pact": a business win, no goal
    if form in ("beat", "beaten", "beats", "defeated", "defeats") and _SPORTS_AFTER.search(low, e, e + 60):
        return replace(trig, type="sport")    # "beat the Mariners 5-3"
    if form in ("delivered", "delivers", "deliver", "delivering") and (
            _SPEECH_AFTER.match(low, e) or s == 0 and low.startswith(" by ", e)):
        return replace(trig, type="statement")     # a statement's byline opening its sentence ("Delivered by
                                                   # Nicola Murray, Deputy Head of Delegation"), "delivered a speech"
    if form.startswith("went to") and _PRIZE_BEFORE.search(low, max(0, s - 30), s):
        return replace(trig, type=domain_of(low) or article_domain or "other")   # "third place went to X"
    if form == "ruled" and not _RULED_ON.match(low, e) and not _COURT_BEFORE.search(low, max(0, s - 50), s):
        return None         # "who has ruled Belarus since 1994": governed, no court ruling (but "..., a
                            # federal judge ruled Tuesday": the court's)
    if form in ("strike", "strikes") and _MILITARY_STRIKE.search(low, max(0, s - 30), e):
        return replace(trig, type="violence")   # "a missile strike hit the tanker"
    if trig.type == "accident" and form in ("fire", "fires", "blaze") and _SET_ON_FIRE_WITH.search(low) \
            and _WEAPON_WORDS.search(low):
        # "an Iranian warship had set the Cypriot supertanker Pivot on fire with a missile": an attack's fire
        return replace(trig, type="military" if _ARMED_FORCE.search(low) else "violence")
    if form in ("exploded", "explosion", "explosions", "blast") and _WEAPON_WORDS.search(low):
        if _SPACE_WORDS.search(low) or _LIFTOFF.search(low):
            return replace(trig, type="accident")   # "The rocket carrying it exploded midair about one minute after the
                                                    # liftoff": a launch that failed, no attack
        return replace(trig, type="violence")   # "a car bomb exploded"
    if form in ("plunged", "plunges", "plunge", "plummeted", "crashed") and trig.type == "economy" \
            and _INTO_WATER.match(low, e):
        return replace(trig, type="accident")   # "plunged into the Yellow Sea", however much the rocket cost
    if form in ("locked", "locks", "lock", "locking") and low.startswith(" down", e):
        return replace(trig, type="health" if _EPIDEMIC.search(low) or article_domain == "health" else trig.type)
                                                # "The government locked down the country on April 1"
    if trig.type == "sanction" and (_EPIDEMIC.search(low) or article_domain == "health"):
        return replace(trig, type="health")     # "Italy has announced plans to lift its coronavirus travel ban": a
                                                # measure against a disease, not against a state
    if form in ("ruled", "rules") and _RULED_OUT_OF.match(low, e):
        # "Uruguayan captain Diego Lugano was ruled out of the match with a knee injury": a player's absence
        return replace(trig, type="sport") if article_domain == "sport" or domain_of(low) == "sport" else None
    if form in ("released", "releases", "release") and _INFORMATION_AFTER.match(low, e):
        return replace(trig, type="statement")  # "The U.S. government has released some details about the operation"
    if form in ("released", "releases", "release") and _ON_BAIL_AFTER.match(low, e):
        return replace(trig, type="legal")      # "was released from a Wisconsin jail ... on $2 million bail"
    if form in ("posted", "posts", "post") and trig.type not in ("statement", "economy") and _POST_AFTER.match(low, e):
        return replace(trig, type="statement")  # "one of his lawyers posted a photo to Twitter"
    if form == "sanctioned" and _APPROVED_BY.match(low, e):
        return replace(trig, type="other")      # "the sale had been sanctioned by the shareholders": approved
    if form in ("closed", "closes", "close") and trig.type == "accident" and _TO_TRAFFIC.match(low, e):
        return replace(trig, type="other")      # "A large part of First Avenue is currently closed to traffic"
    if form in ("closed", "closes", "close") and trig.type != "economy" and _PRICE_AFTER.match(low, e):
        return replace(trig, type="economy")    # "It closed today eight cents down at 4.67 dlrs": a share's price
    if trig.type == "statement" and form in ("confirmed", "confirms", "confirm") and _NOMINATION_AFTER.match(low, e):
        return replace(trig, type="appointment")    # "the House of Representatives confirmed Pierluisi's nomination"
    if form in ("ruled", "rules", "rule") and low.startswith(" out ", e) and not low.startswith(" out of ", e) \
            and not _COURT_BEFORE.search(low, max(0, s - 50), s):
        return replace(trig, type="statement")  # "Rivera also ruled out changing his mind", "the minister ruled out a
                                                # devaluation": said it would not be, no court's ruling
    if form in ("ruling", "ruled", "rules", "rule") and _RULED_OUT.match(low, e):
        return None         # "breaking a vertebra and ruling him out of the tournament": no court's ruling
    if form == "landslide" and _LANDSLIDE_VOTE.search(low, max(0, s - 12), e + 20):
        return replace(trig, type="election")
    if form in ("launched", "launch", "launches", "launching") and trig.type in ("cooperation", "other") \
            and not _PROTEST_LAUNCHED.match(low, e):
        launched = _LAUNCHED_OBJECT_AFTER.match(low, e) or _LAUNCHED_SUBJECT_BEFORE.search(low, max(0, s - 40), s)
        if launched is not None and not (launched.group("law") and "internal" in launched.group(0)):
            # (not a company's own inquiry: "the app launched an internal investigation")
            # "an Iranian cross-border offensive launched on January 9", "The AG launched his investigation into
            # Uber", "launched a bid for": what is launched gives the kind
            return replace(trig, type=_LAUNCHED_KINDS[next(k for k in ("mil", "law", "biz") if launched.group(k))])
    if form in ("launched", "launch", "launches", "launching") and trig.type == "cooperation":
        if _PROTEST_LAUNCHED.match(low, e):
            return replace(trig, type="protest")      # "launched a campaign of civil disobedience", "a hunger strike"
        if _WEAPON_WORDS.search(low, max(0, s - 40), e + 40) and not _SPACE_WORDS.search(low, max(0, s - 60), e + 60):
            return replace(trig, type="military")     # "three rockets launched from helicopters" (not "the
                                                      # space agency said the rocket will be launched")
        if _WORK_LAUNCHED.search(low, max(0, s - 40), e + 40):
            return replace(trig, type="other")        # "Work launched on Tuesday to stabilise the building"
    if trig.type == "cooperation" and trig.verb and _GENERAL_GIVING.match(form):
        # "offered", "provided", "set up", "launched" are cooperation only when what is given is help
        # ("offered assistance", "provided aid to the refugees", "set up a reserve police force at Lukashenko's request"); else what they name: "offered to
        # pay 71 dlrs per share" (business), "the ASLV will be launched" (a rocket), "launched a
        # database", "offered a tour", "was established in 2003" (a happening of no kind), and no
        # event at all for "provided power", "offered little evidence", "the lists provided"
        near = low[max(0, s - 50):e + 60]
        if form.startswith("offer") and (_SAID_GIVEN.match(low, e) or _QUOTE_SPEAKER_BEFORE.search(low, max(0, s - 60), s)
                                         and _NO_OBJECT_AFTER.match(low, e) or _QUOTE_AFTER.match(low, e)):
            return replace(trig, type="statement")     # "offered a pragmatic view", "\"...,\" McCarty offered"
        if _HELP_GIVEN.search(near):
            return trig
        if form.startswith("set") and not _FOUNDED_AFTER.match(low, e) or _NO_EVIDENCE_AFTER.match(low, e):
            return None         # "insisted he was set up" (framed), "offered little evidence"
        if _REWARD_AFTER.match(low, e):
            return replace(trig, type="other")     # "offered a reward of one million dollars for his capture"
        if _BUSINESS_GIVEN.search(near) and not _NO_HAPPENING_GIVING.match(form):
            return replace(trig, type="economy")
        if _SPACE_LAUNCHED.search(near) or form.startswith("launch") and _TECH_LAUNCHED.search(near):
            return replace(trig, type="science")      # a rocket; "launched an interactive online database"
        return None if _NO_HAPPENING_GIVING.match(form) else replace(trig, type="other")
    if trig.type in ("violence", "other", "arrest", "travel") and _ARMED_FORCE_VERB.fullmatch(form) \
            and _ARMED_FORCE.search(low, max(0, s - 60), e + 40):
        return replace(trig, type="military")     # "Iraqi warplanes today attacked", "flew 94 combat sorties"
    if trig.type == "arrest" and form in ("raid", "raids") and (_ARMED_FORCE.search(low) or _WAR_SIDE.search(low)):
        return replace(trig, type="military")     # "the raid was a mission at an al Qaeda camp ... conducted by the
                                                  # Joint Special Operations Command": soldiers', not the police's
    if trig.type == "violence" and form in ("killed", "died", "wounded", "injured"):
        op = _KILLED_IN_OPERATION.match(low, e)
        if op is not None and (op.group("op").startswith(("drone", "air")) or _ARMED_FORCE.search(low, max(0, s - 60), op.end())
                               or _WAR_SIDE.search(low, max(0, s - 60), op.end())):
            return replace(trig, type="military")     # (a raid, a firefight of soldiers or with militants, not the police's)
    if trig.verb and trig.type != "statement" and _TALLY_AFTER.match(low, e):
        return None         # "attacked about 135 times since August 1985": a tally, not a happening of a day
    if trig.type == "statement" and trig.verb and _REFUSAL.fullmatch(form) and _COURT_BEFORE.search(low, max(0, s - 50), s) \
            and _PLEA_OBJECT_AFTER.match(low, e):
        return replace(trig, type="legal")       # "A federal judge has denied a request from Martin Shkreli ... to be
                                                 # released": a court's decision, no saying
    if trig.verb and trig.type not in ("statement", "legal") and (
            _COURT_BEFORE.search(low, max(0, s - 50), s) and trig.type not in _LIFE_TYPES
            or _LEGAL_OBJECT_AFTER.match(low, e)):
        return replace(trig, type="legal")       # "a Manila court issued an injunction", "lifted a stay"
                                                 # (not what befalls a judge: "A 17th Ward election judge died")
    if form.startswith("charg") and trig.type == "arrest" and (
            _SUIT_BEFORE.search(low, max(0, s - 60), s) or _DOCUMENT_CHARGING.search(low, max(0, s - 30), s)
            or trig.verb and _CHARGED_CLAUSE.match(low, e)):
        return replace(trig, type="legal")       # "an earlier suit in which he charged the directors": a civil claim;
                                                 # "The indictment charged that Deaver lied": an allegation
    if trig.type in ("sanction", "agreement") and trig.verb and _BOARD_BEFORE.search(low, max(0, s - 40), s):
        return replace(trig, type="economy")     # "the board sanctioned the repurchase", "the board ratified"
    if trig.type == "protest" and form in ("rally", "rallies", "rallied") and not _TO_PROTEST.search(low) and (
            _CAMPAIGN_WORDS.search(low) or article_domain == "election"):
        return replace(trig, type="election")    # "Rwasa's rallies have drawn large crowds" in a campaign
    if form.startswith("unveil") and (_PLAN_OBJECT.match(low, e) or _PLAN_NOUN.search(low, max(0, s - 110), s)):
        # "unveiled a security initiative": a plan announced (one to be unveiled later is a happening ahead:
        # "a new security initiative to be unveiled at the United Nations General Assembly later this week")
        return replace(trig, type="other" if low.endswith("to be ", 0, s) else "statement")
    if trig.type == "sanction" and (form.startswith("ban") or form.startswith("barr")) \
            and _GATHERING_OBJECT.search(low, max(0, s - 25), e + 60):
        return replace(trig, type="health")      # "banned spectators", "banned children from public gatherings"
    if trig.type in ("other", "cooperation", "travel") and _GUARD_VERB.fullmatch(form) \
            and _ARMED_FORCE.search(low, max(0, s - 60), e + 40):
        return replace(trig, type="military")    # "U.S. warships protected a Kuwaiti ship"
    if form.startswith(("flown", "flew", "fly", "flies", "flying")) and _HALF_MAST.search(low, e, e + 40):
        return replace(trig, type="other")      # "flags would be flown at half-mast": a mourning, no flight
    if trig.type == "election" and form in ("voted", "vote", "votes", "voting") \
            and _LEGISLATORS.search(low, max(0, s - 80), e + 30) and not _VOTED_INTO_OFFICE.match(low, e):
        if _LAW_VOTED_AFTER.match(low, e):
            return replace(trig, type="legal")  # "the Parliament of Iraq voted on a resolution to expel", "voted to
                                                # pass the Reproductive Health Care Reform Bill": lawmaking
        return replace(trig, type="other")      # "the Representatives who voted against the Iraq War", "his last
                                                # roll call vote": a legislature's vote, no election
    if trig.type == "accident" and trig.verb and _SABOTAGE.search(low):
        return replace(trig, type="violence")    # "guerrillas using dynamite ... blew up railway tracks and derailed a
                                                 # train": a crash caused on purpose is an attack
    if trig.type not in ("accident", "violence", "military") and _VEHICLE_HIT.fullmatch(form) \
            and _VEHICLE.search(low, max(0, s - 60), e + 30) and not _WEAPON_WORDS.search(low) \
            and not _WAR_WORDS.search(low) and not _ARMED_ACTORS.search(low):
        return replace(trig, type="accident")   # "the SUV driver who hit and killed ...", "The bus overturned",
                                                # "was speeding in a stolen minivan": a crash, in a court's story too
    if trig.type == "travel" and form in ("went to", "go to", "goes to", "came to", "returned to") \
            and _TO_HOSPITAL_AFTER.match(low, e):
        return replace(trig, type="health")     # "Duncan went to the emergency room at Texas Health Presbyterian": a
                                                # patient, no journey
    if trig.type == "travel" and form.startswith("arriv") and RESPONDERS.search(low, max(0, s - 40), s):
        return replace(trig, type="other")      # "Police arrived within minutes", "firefighters arrived at the
                                                # scene": a response to the happening, no journey
    if form == "hearing" and _HEARD_AFTER.match(low, e):
        return None         # "Upon hearing the news": learning of it, no court's hearing
    if form == "shot" and _SHOT_UP_RISE.match(low, e) and _QUANTITY_BEFORE.search(low, max(0, s - 80), s):
        return replace(trig, type=domain_of(low) or "economy")  # "the bidding ... began at $40 million and shot up
                                                # quickly", "cases shot up to 5,000": a rise, no shooting (not "gunmen
                                                # shot up a bar", "a gunman shot up to 20 people")
    if trig.type == "travel" and form == "visits" and _CARE_VISIT_BEFORE.search(low, max(0, s - 30), s):
        return replace(trig, type="health")     # "close to 1,200 emergency room visits were attributed to the drug"
    if form in ("shot", "shots") and low.endswith("mug ", 0, s):
        return replace(trig, type="arrest")     # "have his mug shot taken": a booking, no shooting
    if trig.verb and _TO_ONES_DEATH_AFTER.match(low, e):
        return replace(trig, type="death")       # "plunged to his death from the 10th floor", "fell to her death"
    if trig.verb and trig.type in ("other", "economy") and form in ("produced", "produces", "produce") \
            and _OUTPUT_AFTER.match(low, e):
        return replace(trig, type="economy")     # "Cobriza produced the equivalent of around 40,600 fine tonnes of copper"
    if trig.type == "accident" and form in ("collapsed", "collapses", "collapse") \
            and _ECONOMIC_SUBJECT.search(low, max(0, s - 50), s):
        return replace(trig, type="economy")     # "the bank collapsed", "oil prices collapsed": no building fell
    if trig.type == "violence" and form in ("killed", "mauled", "attacked") and _BY_ANIMALS_AFTER.match(low, e):
        return replace(trig, type="accident")    # "was killed by his lions on Tuesday": no one's violence
    if trig.type == "violence" and form in ("killed", "shot") and _ANIMALS_BEFORE.search(low, max(0, s - 40), s):
        return replace(trig, type="other")       # "the lions were killed": animals put down, no violence to people
    if form in ("killed", "kills", "kill") and _KILLED_THING.match(low, e):
        return None         # "virtually killed the Nakasone-sponsored plan": ended a plan, no one died
    by_clause = retype_by_clause(low, s, e, trig)     # (the words right around it: "plunged into a creek", "struck
    if by_clause is not UNCHANGED:                    # ... with a hatchet", "killed in the crash")
        return by_clause
    if form == "agreed" and _SAYING_AFTER.match(low, e):
        return replace(trig, type="statement")        # "Governor Hataman agreed, saying only this group ..."
    if form in ("turned", "turn", "turns", "turning") and _OUT_TO_VOTE.match(low, e):
        return replace(trig, type="election")         # "Hong Kongers turned out more than 2.9 million strong to vote"
    if form in ("summoned", "summons", "summon") and _ENVOY.search(low, max(0, s - 80), e + 50):
        return replace(trig, type="meeting")          # "Iranian Charge d'Affaires Mohammad Baqeri was summoned by the
                                                      # Ministry yesterday to confer with the undersecretary"
    if trig.type == "election" and form.startswith(("elect", "induct", "voted")) and _HALL_OF_FAME_AFTER.match(low, e):
        return replace(trig, type="sport" if _SPORT_HALL.search(low, e, e + 60) else "other")
                                                      # "was elected to the Baseball Hall of Fame in 2014": an honour
                                                      # of a game, no vote of the people
    if trig.type == "election" and form.startswith("elect") and _HONOUR_AFTER.match(low, e):
        return replace(trig, type="other")            # "was elected as a Fellow of the Royal Society in 1981": an
                                                      # honour, no vote of the people
    if trig.verb and _OVERTHROWN.fullmatch(form) and _IN_A_COUP_AFTER.match(low, e):
        return replace(trig, type="military")         # "was overthrown in a military coup on May 14"
    if trig.verb and trig.type in ("other", "economy") and _SHUTDOWN_VERB.fullmatch(form) \
            and _IN_SUPPORT_AFTER.match(low, e):
        return replace(trig, type="protest")          # "Shops in Nadi and Lautoka ... closed again today in support of
                                                      # Bavadra": a shutdown of protest
    if form in ("expelled", "expels", "expel") and _EXPELLED_FROM_BODY.match(low, e):
        return replace(trig, type="other")            # "expelled from the official Communist Party", "expelled from
                                                      # membership": out of a body, no arrest
    if form in ("expelled", "expels", "expel") and _ENVOY.search(low, e, e + 50):
        return replace(trig, type="sanction")         # "Athens expelled the Libyan ambassador"
    if form.startswith("relegat") and _BACK_BENCHES.match(low, e):
        return replace(trig, type="appointment")      # "Howard relegated Peacock to the back benches": a demotion
    if form.startswith("appeal") and trig.type == "legal":
        asked = _APPEAL_FOR.match(low, e)
        if asked is not None:                         # "appealed to 24 countries for emergency aid", "appealed for calm"
            return replace(trig, type="statement" if asked.group(1) in _CALLS_FOR else "cooperation")
    if form == "support" and not trig.verb:
        if _SUPPORT_SAID.search(low, max(0, s - 40), s):
            return replace(trig, type="statement")    # "McCain reiterated his support for a gas tax break": a saying
        if _SUPPORT_GIVEN_BEFORE.search(low, max(0, s - 40), s):
            return trig     # "The UK has also doubled its financial support to human rights groups": help given
        return None         # "in support of union demands", "stressed his support for", "Support for the Christian
                            # Democrats rose": a purpose, a stance, a share (readers judged 1 of 13 such nouns a happening)
    if form in ("signed", "signs", "sign", "signing") and trig.type == "agreement":
        signed = _SIGNED_NO_DEAL_AFTER.match(low, e)
        if signed is not None:
            # "signed an open letter urging", "signed a petition": words; "signed T-shirts", "signed up to join": no deal
            return replace(trig, type="statement" if signed.group(1) else "other")
    if form == "signed" and low.startswith(" by ", e) and _SIGNED_DOCUMENT.search(low, max(0, s - 30), s):
        return None         # "the note signed by President Schapiro said": the note's saying, no signing of a deal
    domain = None
    for typ, rule in RETYPE_IN.items():
        if form in rule["forms"] and trig.type != typ and not (trig.type == "appointment" and form == "fired") \
                and not (form in ("blew up", "blown up")
                         and (_ARMED_ACTORS.search(low) or _WAR_SIDE.search(low) or _WEAPON_WORDS.search(low))):
            # (a coach fired is dismissed, whatever the report: "the Nets fired their second coach")
            # (of the sentence's other words: "rally" names the protest domain itself — "The winning rally also had
            # innocuous roots: a bloop single by Perez, ... his first appearance in the postseason")
            domain = domain or domain_of(low[:s] + " " * (e - s) + low[e:])
            if domain == typ or (domain is None or domain == "health" and typ in ("accident", "disaster")) \
                    and article_domain == typ and (
                    # (a hospital's word in a crash report: "was critically injured and died at a hospital")
                    typ in ("accident", "disaster") and not _ARMED_ACTORS.search(low)
                    or any(DOMAIN_OF_WORD[m.group()] == typ for m in DOMAIN_WORDS.finditer(low))):
                # (one word of the domain in a report of that domain: "before Wynnum hit back with a
                # couple of tries" after "opened the game", in a match report)
                if not trig.verb and form in rule["drop_nouns"]:
                    return None
                return replace(trig, type=typ)
    if trig.type == "sanction" and form.startswith("impos") and not (
            _SANCTION_IMPOSED.search(low, e, e + 60) or _SANCTION_IMPOSED.search(low, max(0, s - 40), s)):
        # "imposed the wage freeze", "imposed a 100-day no-sail order", "the martial law imposed by Marcos": a measure
        # of its own kind, not a sanction on another (readers judged 0 of 6 such sanctions right)
        return replace(trig, type=domain_of(low) or article_domain or "other")
    return trig

_SPORTS_AFTER = re.compile(r"\b\d+-\d+\b|\b(?:championship|championships|title|prize|medal|game|games|match|cup|"
                           r"award|awards|trophy|race|tournament|series|final|finals|goalie|pennant|gold|silver|bronze)\b")
