"""Where an event happened when its own clause names no place: the discourse rules, in order — a wire
report's "here", a people harmed at home, a target named before the event, the country of a vote's
demonym, the country of what is sold; the lead's region, a visit's destination for its talks, a summit's
venue for what is said and signed there, a court's town for what the court does and its people say; a
place acting at home; the lead event's place while the story goes on from the lead; the country of a
people or the place that qualifies who acted; a town's, a city body's or a country's office speaking at
home; the dateline's place for the lead and for what was said on the day of a datelined report; where the
article's story happens (the reporter's country for what is done at home); a state's, a legislature's or
a governor's act at home; a company's business at its dateline; words said in the story's setting; last, a
speaker's institution's town or state. Called by
:func:`extract.eventplace.event_place` once the sentence rules have found nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import Optional

from .clauses import clause_span, speaker_noun
from .homes import (GOVERNOR_BEFORE, city_body_place, citys_office_before, company_key, company_seats, first_naming,
                    governors, mayor_before, mayors, mayors_town, most_named_country, national_office_home, office_places,
                    prosecutors_seat, story_state, surname_key)
from .lexicon import AT_THE_GATHERING, GATHERINGS, SAYING_VERB
from .placecands import LOCATIVE_BEFORE, PRECISION_RANK, persons_state
from .schema import Place


# a place as where someone comes from: "the New Mexico-born al Qaeda leader", "a Texas-raised singer"
_ORIGIN_AFTER = re.compile(r"-(?:born|bred|raised|native)\b")

# a demonym before these is a people or a state acting at home ("the Belarusian people", "Belarusian
# authorities"), not a nationality ("a British mathematician")
_PEOPLE_AFTER = re.compile(r"\s+(?:people|public|authorities|government|forces|troops|police|army|military|"
                           r"officials|citizens|voters|protesters|opposition|state media|courts?|parliament|"
                           r"(?:store |supermarket |retail |grocery )?chains?|retailers?|supermarkets?|stores|banks?|"
                           r"companies|firms?|regulators?|ministry|ministers?|prosecutors?|lawmakers|parties)\b")

# a state's office a speaker holds: "Turkish Foreign Ministry spokesman", "of the Turkish General Staff"
_STATE_OFFICE_AFTER = re.compile(r"\s+(?:(?:Foreign|Defen[cs]e|Interior|Prime|Economy|Finance|Justice)\s+)?"
                                 r"(?:Ministry|Minister|General\s+Staff|High\s+Command|[Gg]overnment|Parliament|"
                                 r"National\s+Assembly)\b")     # ("A member of the Tunisian Parliament, Samir Dilou said")

_SAID_TO = re.compile(r"\b(?:reported|said|believed|thought|alleged|understood|claimed)\s+to\s+(?:have|be)\b")

_TO_A_NAME = re.compile(r"\s+(?:in|to|at|into)\s+(?:the\s+)?[A-Z]")

_ANOTHER_SUBJECT = re.compile(r"[;:]|\s(?:and|but|while|who|which)\s")

# a state's voice, for what it says: "The official Iraqi news agency INA said", "Iranian radio said"
_VOICE_AFTER = re.compile(r"\s+(?:official\s+)?(?:news\s+agency|press\s+agency|radio|television|high\s+command)\b")

VISIT_TYPES = {"meeting", "travel", "agreement"}

# a sentence that opens with a place and a relative clause about it: the place is the subject
_SUBJECT_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s(?:which|who)\b")

# what a country's state does at home: "Germany banned", "Russia said", "Belarus held elections"
AT_HOME = frozenset("statement sanction legal appointment election cooperation arrest health".split())

# an office taken or left, told by whoever: of the story's country ("Rosselló said he is to leave office")
_OFFICE_TYPES = frozenset(("appointment",))

_THAT_CLAUSE = re.compile(r"\bthat\b")

_TARGET_OF = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?the\s+(target|scene|site)\s+of\b")

# a state's own organisation: "the Texas Democratic Party", "the Ohio Department of Health"
_LOCAL_ORG_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Party|Department|Court|Legislature|Senate|Assembly|"
                              r"Police|Government|Governor|Attorney General|Supreme Court)\b")

# a town's office named as local: "Local prosecutor Remy Heitz said", "local police said"
_LOCAL_OFFICE = re.compile(r"\b[Ll]ocal\s+(?:prosecutors?|police|officials?|authorities|mayor|council|fire\s+officials)\b")

# ... or before it: "The mayor of Paris, Anne Hidalgo, wrote"
_TOWN_OFFICE_BEFORE = re.compile(r"\b(?:[Mm]ayor|[Pp]refect|[Pp]rosecutor|[Pp]olice\s+(?:chief|commissioner)|[Ss]heriff|"
                                 r"[Gg]overnor|[Pp]rime\s+[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|"
                                 r"(?:[A-Z][a-z]+\s+)?[Mm]inister)\s+of\s+(?:the\s+)?$")   # ("the acting Prime

                                                                                    # Minister of Iraq, spoke out")
# a country's ministry: "Iraq's Defence Ministry"
_MINISTRY_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w-]+\s+){0,2}(?:Ministry|ministry|Ministries|High\s+Command|General\s+Staff)\b")

# a town's or county's own office: "Brooklyn District Attorney", "Waterloo Mayor", "Black Hawk County Board of Health"
_TOWN_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:District\s+Attorney|DA\b|Mayor|Police\s+(?:Department|Commissioner|Chief)|"
                                r"Board\s+of\s+(?:Health|Education|Supervisors|Elections?(?:\s+Commissioners)?)|City\s+Council|County\s+Council|Sheriff|"
                                r"Fire\s+(?:Department|Chief)|Borough\s+President|(?:Public\s+)?Health\s+Department)\b")

# a place right before the noun it qualifies: "a Brooklyn firefighter", "Minsk police"
_OBJECT_BREAK = re.compile(r"[,;:()]|\b(?:to|from|for|by|with|after|before|and\s+(?!\w+\s+(?:stores|operations?|business)))\b")

_THE_REGION_AFTER = re.compile(r"\s+(?:to\s+)?the\s+(?:[a-z-]+\s+){0,2}?(?:region|area|scene|site|zone|town|city|village)\b"
                               r"(?!\s+of\b)")

_NOT_AT_HOME_AFTER = re.compile(r"(?:['’]s)?[\s-]+(?:[A-Za-z]+\s+){0,2}?(?i:ambassadors?|envoys?|diplomats?|consuls?|"
                                r"judges?|district\s+judge|courts?|coach|coaches|team|players?|based|retailers?|"
                                r"compan(?:y|ies)|firms?|banks?|scientists?|researchers?|astronomers?)\b"
                                # a title before a person's name: the person's country, not where they spoke
                                # ("US Secretary of State Mike Pompeo posted", "Connecticut Governor Ned Lamont said")
                                r"|\s+(?:President|Governor|Secretary|Attorney|Minister|Senator|Representative|Rep\.|"
                                r"Sen\.|Gov\.|Mayor|General|Admiral|Ambassador)\b")

_QUALIFIES_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?i:firefighters?|police|officers?|residents?|officials?|man|woman|men|"
                             r"women|teenager|boy|girl|students?|workers?|court|judge|council|hospital|company|firm|"
                             r"school|church|mosque|prison|jail|plant|factory|mayor|governor|"
                             # the people of a trade: "Kansas cattlemen are reporting death losses", "Iowa farmers"
                             r"farmers?|ranchers?|cattlemen|growers?|fishermen|miners?|nurses?|doctors?|teachers?)\b")

IN_THE_COUNTRY = frozenset("protest violence arrest military election disaster accident death health legal economy "
                           "appointment other".split())

_QUALIFIED_BY = re.compile(r",\s*")      # "Munich, Germany"

LEAD_SENTENCES = 3      # the lead: where a verb in no row, with no date of its own, is the news of the day

# what institutions do, which a small town (fewer people than this) may not have: a court, a team, a board
_TOWN_OF_INSTITUTIONS = 100_000

_INSTITUTION_TYPES = frozenset("legal appointment sport".split())

_CHARGED = re.compile(r"charg|indict")
_FEDERAL = re.compile(r"\b(?:federal|U\.S\.\s+(?:District|Supreme\s+Court|Attorney))\b", re.I)
# the steps of a case in court, by the trigger's word
_COURT_STEP = re.compile(r"charg|indict|convict|guilty|acquit|sentenc|plea|pled|arraign|trial|hearing|verdict|"
                         r"appearance|bail|testif|court", re.I)

# a person named by where they come from: "A tourist from Toronto told BBC News" was not in Toronto
_PERSON_FROM_BEFORE = re.compile(r"\b(?:tourists?|visitors?|man|men|woman|women|boy|girl|students?|fans?|couple|family|"
                                 r"travell?ers?|natives?|pilgrims?|people|passengers?|witness|witnesses|holidaymakers?)"
                                 r"\s+(?:originally\s+)?from\s+$")

MOTION_TYPES = {"travel", "military"}      # "flew to Russia", "sent troops to Belarus": where it went

_FUNERAL = re.compile(r"cremat|burial|funeral|(?:was|were) laid to rest", re.I)

# a legislature or a cabinet named by its kind, right before its act ("The House voted", "the Senate trial", "the
# cabinet meeting", "the full House of Representatives then voted")
_LEGISLATURES = r"House(?:\s+of\s+Representatives)?|Senate|Congress|[Pp]arliament|[Ll]egislature"

_LEGISLATURE_BEFORE = re.compile(r"\b(?:the|The|a|A)\s+(?:full\s+|upper\s+|lower\s+)?(" + _LEGISLATURES
                                 + r"|[Cc]abinet)(?:['’]s)?(?:\s+(?:then|also|later|has|have|had|was|"
                                 r"were|will|would|is|to|be|formally|narrowly|unanimously))*\s+$")

# ... or right after it: "is to face trial in the Senate", "voted in parliament"
_LEGISLATURE_AFTER = re.compile(r"\s+in\s+the\s+(" + _LEGISLATURES + r")\b|\s+in\s+(parliament|Parliament|Congress)\b")

# the people of a place named by what they are there: "One resident", "a witness", "neighbors", "another neighbor"
_LOCAL_SPEAKER_BEFORE = re.compile(r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he|[Ss]everal|[Ss]ome|[Tt]wo)?\s*(?:local\s+)?"
                                   r"(?:residents?|witness(?:es)?|neighbou?rs?|eyewitness(?:es)?|onlookers?|bystanders?|"
                                   r"passers-?by|[Pp]olice|[Cc]ops|[Ff]irefighters|[Dd]etectives|[Ii]nvestigators)"
                                   r"\s+(?:(?:also|later|now)\s+)?$")

# a state's bodies, named by their kind
_STATE_BODIES = frozenset("army military government navy police ministry cabinet presidency junta".split())

# ... named before their verb, capitalised or not, or a state's own media ("The Coast Guard said", "The
# Transportation Department on Friday rejected", "State press agency PAP has reported")
_NATIONAL_BODY_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?((?i:coast\s+guard|ministry|department|government|army|navy|"
    r"air\s+force|military|cabinet|presidency|junta|palace))"
    r"|(?<![\w-])((?i:state)(?:-run|-owned)?\s+(?:media|television|TV|radio|(?:news\s+|press\s+)?agency|pollster|"
    r"broadcaster)(?:\s+[A-Z][\w-]*){0,2}))"
    r"(?:\s+(?:has|have|had|also|later|then|today|yesterday|on\s+\w+day))*\s+$")

# a body of a state or a county, not of the nation: "the Tri-County Health Department", "the county health department"
# (not "the State Department", the nation's)
# (and not "the Health Ministry", the nation's: a health department is a state's or a county's)
_LOCAL_BODY = re.compile(r"\b(?:county|tri-county|city|municipal|local|district|health\s+department)\b", re.I)

# "here" as a place (not "here is", "here's", "here are", "here and there", "here to stay")
HERE_WORD = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were|and\s+there|to\s+stay|in\s+[A-Z]))(?!['’]s)")

# a voice from outside the story's place: a news outlet, a report, an international body ("NBC News reported", "Reports
# said", "according to the New York Times", "UNICEF reported", "the World Health Organization said")
_OUTSIDE_VOICE = re.compile(r"\b(?:News|Times|Post|Journal|Tribune|Herald|Gazette|Reuters|AP|Associated\s+Press|Bloomberg|"
                            r"CNN|NBC|ABC|CBS|Fox|BBC|MSNBC|NPR|Al\s+Jazeera|AFP|Xinhua|Interfax|TASS|newspapers?|"
                            r"magazines?|reports?|reporters?|website|television|TV|radio|tabloid|outlets?|"
                            r"UN|U\.N\.|United\s+Nations|UNICEF|WHO|World\s+Health|World\s+Bank|IMF|Red\s+Cross|"
                            r"Amnesty|Human\s+Rights\s+Watch|EU|European\s+Union|NATO|critics?|White\s+House|Pentagon|Kremlin|"
                            r"State\s+Department|Downing\s+Street|OSCE|OPEC|IAEA|WTO|Interpol|IOC|FIFA|columnists?|"
                            r"correspondents?|commentators?|journalists?|anchors?|bloggers?|podcast)\b")
# a state's office or a diplomat, whose country the story's place need not be: "Foreign Secretary Dominic Raab said",
# "Delivered by Ambassador Neil Bush at the OSCE Permanent Council"
_STATE_OFFICE_SPEAKER = re.compile(r"\b(?:[Ff]oreign\s+(?:[Ss]ecretary|[Mm]inist(?:er|ry))|[Ss]ecretary\s+of\s+[Ss]tate|[Mm]inisters?|"
                                   r"[Aa]mbassadors?|[Ee]nvoys?|[Dd]elegation|[Dd]iplomats?|[Cc]hancellor|[Pp]rime\s+[Mm]inister|"
                                   r"[Pp]resident|[Kk]ing|[Qq]ueen|Kremlin|[Ee]mbassy|[Cc]onsulate)\b")
# voices of no one town, though of the story's country when the story is a country's: a study, researchers, experts, a
# national body ("researchers say", "Jack Kleinhenz, chief economist at the National Retail Federation, said", "the
# National Health Service found", "the Food and Drug Administration said")
_NATIONAL_VOICE = re.compile(r"\b(?:studies|study|researchers?|scientists?|analysts?|experts?|economists?|National\s+[A-Z]|"
                             r"(?:[A-Z][\w-]+\s+)+(?:Commission|Ministry|Administration|Bureau))\b")


def _introduced_as_outside(story, name: str) -> bool:
    """Whether the story introduced the speaker (by the first sentence naming them) as an outside voice or a state's
    office ("Maria Van Kerkhove, head of WHO's emerging diseases unit, said ... in Geneva", then "Kerkhove said")."""
    key = surname_key(name)
    if key not in story.introduced_as:
        _, i = first_naming(story, key)     # (a word: not "Ryan" in "Bryant")
        story.introduced_as[key] = i >= 0 and _outside_speaker(story.text, *story.sents[i], _national(story))
    return story.introduced_as[key]


# a news outlet the words were said to, not who said them: "told the Post", "told NBC New York", "said in an interview
# with CNN", "speaking to the BBC" (not "according to the Times", whose report it is)
_TOLD_TO_BEFORE = re.compile(r"(?:\b(?:told|tells|telling|tell)|(?<![Aa]ccording)\s+to|\bwith)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$")


def _outside_speaker(text: str, a: int, b: int, national: bool = False) -> bool:
    """Whether text[a:b] names an outside voice (:data:`_OUTSIDE_VOICE`, not an outlet the words were said to) or a
    state's office or a diplomat (:data:`_STATE_OFFICE_SPEAKER`); or, unless the story is a country's (``national``), a
    voice of no one town (:data:`_NATIONAL_VOICE`)."""
    return any(not _TOLD_TO_BEFORE.search(text, max(a, m.start() - 40), m.start())
               for m in _OUTSIDE_VOICE.finditer(text, a, b)) or bool(_STATE_OFFICE_SPEAKER.search(text, a, b)) \
        or not national and bool(_NATIONAL_VOICE.search(text, a, b))


def _national(story) -> bool:
    """Whether the story's setting is a country (not a town, a county or a state)."""
    return story.main_country is not None and story.main_country.precision == "country"


def _speaks_for_elsewhere(story, actor1, main: Place) -> bool:
    """Whether a speaker of ``actor1`` belongs to another place than the story's ``main`` one: a speaker who spoke of the
    story's country as a topic, one with an office of another country, or one the story introduced as an outside voice."""
    offices = office_places(story)
    return any(surname_key(x) in story.foreign_speakers
               or surname_key(x) in offices and offices[surname_key(x)].country != main.country
               or _introduced_as_outside(story, x) for x in actor1)


_BY_PHONE = re.compile(r"\b(?:tele)?phone\b|\bphone\s+call|\bcall(?:ed)?\s+(?:with|to)\b", re.I)
# words of no one day: "has said the riots are an effort by the West"
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$")
# a company named by its kind: "The company said", "the retailer reported"
_COMPANY_NOUNS = frozenset("company firm chain retailer carrier airline bank group maker manufacturer".split())
# a market's words: what moves at an exchange
_MARKET_WORDS = re.compile(r"\b(?:shares?|stocks?|share price|index|bourse|exchange|trading|traded|closed at|opened at)\b",
                           re.I)


def _town(place: Place) -> bool:
    """A town's or a borough's story ("the Bronx", a county), told like a town's: its happenings of the story's days."""
    return place.precision == "city" or place.feature == "admin2"


def _plus_days(day: str, n: int) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=n)).isoformat()


# a part of a country named before it: "in northern Haiti", "in the south of the country"
_REGION_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|"
                            r"north-?eastern|north-?western|south-?eastern|south-?western|rural)\s+(?:of\s+)?$")

HARM_TYPES = frozenset(("accident", "violence", "disaster", "death"))

# the people harmed, after their nationality: "16 Afghan civilians"
_VICTIMS_AFTER = re.compile(r"\s+(?:civilians|villagers|children|schoolchildren|residents|farmers|women|families|"
                            r"protesters|demonstrators|worshippers)\b")

_VOTE_MODIFIERS = re.compile(r"(?:\s+(?:general|presidential|parliamentary|legislative|local|municipal|regional|"
                             r"national|state|federal|snap|early|primary|run-off|runoff))*\s+")

# the court acting: "The judge set May 7 for sentencing", "the jury found"
_COURT_ACTOR = re.compile(r"\b(?:[Jj]udges?|[Jj]ustices?|[Cc]ourt|[Jj]ury|[Jj]urors|[Mm]agistrates?|[Hh]e|[Ss]he)"
                          r"(?:\s+[A-Z][\w.-]*){0,3}\s+(?:(?:also|then|later|has|had|was|were)\s+)?$")

# the people of a court case, by their role ("U.S. District Judge Fred Biery", "Howard Rubel, a
# Toronto lawyer", "The defendants claimed")
LEGAL_ROLES = r"(?i:judges?|justices?|magistrates?|attorneys?(?:\s+general)?|lawyers?|prosecutors?|counsel|" \
              r"defendants?|plaintiffs?|jurors?|jury|solicitors?|barristers?|defen[cs]e)"
_LEGAL_ROLE = re.compile(LEGAL_ROLES, re.I)

# a role right before a name ("District Judge Fred Biery", "Attorney General Ken Paxton") or in an
# apposition after it ("Howard Rubel, a Toronto lawyer", "Lawrence Kane, special prosecutor,")
ROLE_BEFORE_NAME = re.compile(r"\b" + LEGAL_ROLES + r"\s+(?:[A-Z][\w.'’-]*\s+){0,2}$")
ROLE_AFTER_NAME = re.compile(r",\s+(?:(?:a|an|the|another|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
                             + LEGAL_ROLES + r"\b")

# the happenings of one story on the ground: a disaster and its dead, hurt and rescued; an attack and its
# dead and wounded
STORY_KINDS = (frozenset("disaster accident death health".split()), frozenset("violence military death health".split()))

# between a saying verb and its speaker after it: "said soon-to-be-former NYPD Commissioner Bill Bratton"
_SPEAKER_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


# an institution a speaker works at, with a town or a state in its name: "at the University of Nebraska College of
# Medicine", "of Boston Children's Hospital", "a Binghamton University professor"
_INSTITUTION = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}(?:University|College|Hospital|Medical\s+Cent(?:er|re)|Institute|"
                          r"School\s+of\s+Medicine|Museum|Clinic|Laboratory)(?:\s+of\s+(?:[A-Z][\w.'’-]*,?\s*){1,4})?")
_AFFILIATION_BEFORE = re.compile(r"\b(?:at|of|from|with)\s+(?:the\s+)?$|,\s+(?:a|an|the)\s+$")


def _affiliation_place(story, si: int, s: int, actor1) -> Optional[Place]:
    """Where a speaker works, when the sentence or the one that introduced the speaker ties them to an institution
    with a town or a state in its name ("said panel member Dr. Susan Swindells, a professor ... at the University of
    Nebraska College of Medicine", "Brownstein, of Boston Children's Hospital, said"): that town or state, in the
    story's country; or None."""
    key = surname_key(actor1[0]) if actor1 else ""
    if not key:
        return None
    text = story.text
    spans = [(s, story.sents[si][1])]
    _, i = first_naming(story, key)
    if i >= 0 and i != si:
        spans.append(story.sents[i])
    word = re.compile(r"\b" + re.escape(key) + r"\b")     # (the whole surname: not "Lam" in "Lamborghini")
    main = story.main_country
    in_org = list(story.in_org)
    for a, b in spans:
        named = word.search(text, a, b)
        if named is None:
            continue
        at = named.start()
        for inst in _INSTITUTION.finditer(text, max(a, at - 120), min(b, at + 200)):
            if not _AFFILIATION_BEFORE.search(text, max(a, inst.start() - 12), inst.start()) \
                    and not text.startswith(("'s", "’s"), inst.end()):
                continue
            place = next((p for p in in_org + story.places_in(inst.start(), inst.end())
                          if inst.start() <= p.start < inst.end() and p.feature in ("city", "admin", "admin2")
                          and (main is None or p.country == main.country)), None)
            if place is not None:
                return place
    return None


def context_place(story, si: int, s: int, s_places: list[Place], ts: int, tw, reported: bool, from_lead: bool,
                  actor1, news_day: bool, recent: bool, at_trial: bool, start: Optional[str], a: int, b: int,
                  end: int) -> tuple[Optional[Place], str, str]:
    """Where the event happened when the sentence rules of :func:`extract.eventplace.event_place` found no
    place in its clause (``s_places``: the sentence's places outside quotations; [``a``, ``b``): the
    trigger's clause; ``end``: the end of the trigger), why, and how it was found: see the module's doc."""
    text, in_org = story.text, story.in_org
    sentence = text[s:story.sents[si][1]]
    # a wire report's "here" is its dateline's city ("OSAKA, March 21 - ... The company, established here in
    # 1981", "police here said"), unless it is a speaker's, in a quotation
    here = HERE_WORD.search(text, a, b) if story.dateline_place is not None else None
    if here is not None and not story.quoted(here.start()):
        return story.dateline_place, f"'{text[max(s, here.start() - 20):here.end()].strip()}': 'here' is the " \
                                     f"dateline's '{story.dateline_place.text}'", "dateline"
    # "shot or stabbed 16 Afghan civilians": harm done to a people's civilians is done in their country (not to its
    # soldiers or tourists, who may be abroad)
    if tw.type in HARM_TYPES | {"military"} and not reported:
        victims = next((p for p in s_places if p.feature == "demonym" and end < p.start < b and p not in in_org
                        and _VICTIMS_AFTER.match(text, p.end) and not _OBJECT_BREAK.search(text, end, p.start)), None)
        if victims is not None:
            return victims, f"'{text[victims.start:_VICTIMS_AFTER.match(text, victims.end).end()]}', harmed at home " \
                            "(uncertain)", "people"
    # "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack": the target is where it happened
    target = next(((p, m) for p in s_places if p.end < s + ts and p not in in_org
                   and (m := _TARGET_OF.match(text, p.end)) and m.end() <= s + ts), None)
    if target is not None:
        return target[0], f"'{target[0].text}', the {target[1].group(1)} of the {tw.form}", "sentence"
    # "last month's Irish general election": a vote is held in the country of its demonym
    voted = next((p for p in s_places if p.end <= s + ts and p.feature == "demonym" and tw.type == "election"
                  and not tw.verb and _VOTE_MODIFIERS.fullmatch(text, p.end, s + ts) and p not in in_org), None)
    if voted is not None:
        return voted, f"'{text[voted.start:s + ts + len(tw.form)]}': held in the country of '{voted.text}'", "people"
    # "Tesco sold its Thai and Malaysian stores", "acquired Austrian shell maker Hirtenberger": a
    # sale happens where what is sold is
    if tw.type == "economy" and tw.verb:
        end = s + ts + len(tw.form)
        sold = next((p for p in s_places if p.feature == "demonym" and end < p.start <= end + 40
                     and p not in in_org and not _OBJECT_BREAK.search(text, end, p.start)), None)
        if sold is not None:
            return sold, f"no place named; what '{tw.form}' names is '{sold.text}' (uncertain)", "people"
    # "Prime Minister David Lange visited the region today": the place the story is about
    if tw.type in MOTION_TYPES and story.lead is not None and story.lead.place is not None \
            and _THE_REGION_AFTER.match(text, s + ts + len(tw.form)):
        return story.lead.place, (f"no place in the sentence; '{tw.form} the ...' goes to the lead's "
                                  f"'{story.lead.place.text}' (uncertain)"), "lead"
    # a visit's story: the talks of the days after a journey are held where it went ("Nakasone sets out
    # Wednesday on a tough mission to Washington. Two rounds of talks between President Reagan and
    # Nakasone, scheduled for Thursday and Friday, ...")
    lead = story.lead
    if tw.type in ("meeting", "agreement") and lead is not None and lead.type == "travel" and lead.place is not None \
            and lead.place.precision in ("point", "city", "admin") and start and lead.date_start \
            and lead.date_start <= start <= _plus_days(lead.date_start, 7):
        return lead.place, (f"no place in the sentence; held where the {lead.trigger} of the story went "
                            f"('{lead.place.text}') (uncertain)"), "lead"
    # a summit's story: what is said, signed and agreed on its days is said and done at its venue
    # ("Leaders of AU member states met in Niamey for an AU summit ... Niger's president Issoufou said")
    if lead is not None and lead.type in ("meeting", "agreement") and lead.place is not None \
            and lead.place.precision == "city" and recent \
            and (tw.type == "statement" and not reported or tw.type in ("agreement", "economy", "cooperation")):
        return lead.place, f"no place in the sentence; at the {lead.trigger} in '{lead.place.text}' the story tells " \
                           "(uncertain)", "lead"
    court = story.court     # the first court event placed at a town or a state (a verdict's, a plea's)
    if tw.type == "statement" and not reported and court is not None and recent \
            and not (news_day and story.reporters_place is not None and court.place.country == story.reporters_place.country
                     and court.place.name != story.reporters_place.name and court.place.precision != "city"):
        # a verdict's story: the judge, the lawyers, the prosecutors and the accused speak of the case
        # where its court sits ("In a 74-page decision, U.S. District Judge Fred Biery wrote",
        # "Howard Rubel, a Toronto lawyer representing Spanton, told the BBC after the verdict");
        # not others who speak of it ("Trump ... said the bill was 'DOA'")
        noun = speaker_noun(sentence, ts, ts + len(tw.form))
        party = next((n for n in actor1 if n in story.parties_to_the_case()), None) \
            or (noun if noun and _LEGAL_ROLE.fullmatch(noun) else None)
        if party is not None:
            return court.place, (f"no place in the sentence; '{party}', of the case, speaks where its court sits "
                                 f"('{court.place.text}', the {court.trigger}) (uncertain)"), "lead"
    # a verdict's story: what its court does is done where the court sits ("The judge set May 7 for
    # sentencing", "He set a 1.5 mln dlr bond for Bongard" in a story datelined CINCINNATI)
    # (and the steps of its case before the verdict: "Avenatti pled not guilty to the charges")
    if tw.type == "legal" and court is not None and (_COURT_ACTOR.search(text, max(s, s + ts - 40), s + ts)
                                                     or start and start == court.date_start
                                                     or start is None and from_lead):
        return court.place, (f"no place in the sentence; the court of the {court.trigger} sits in "
                             f"'{court.place.text}' (uncertain)"), "lead"
    # a case brought by a town's or a county's prosecutor ("Manhattan D.A. Cyrus Vance", "the Brooklyn District
    # Attorney's office"), in a story whose court the text does not place: its steps in court are taken where that
    # prosecutor's courts sit ("Sentencing is scheduled for July 13th", "Whilby was charged with murder, but he was
    # acquitted of that charge"), unless the sentence names another place
    # (not a federal case: "Cohen was convicted of federal campaign finance law violations")
    if tw.type == "legal" and court is None and not reported and _COURT_STEP.search(tw.form) \
            and not _FEDERAL.search(sentence):
        seat = prosecutors_seat(story)
        # (not in a story set in another state or town of the prosecutor's country: "A Texas man was convicted")
        main = story.main_country
        elsewhere = main is not None and main.country == seat.country and main.precision != "country" \
            and main.name != seat.name and main is not story.outlet_setting if seat is not None else False
        # (a local outlet's city, which the text does not name as the setting, yields to the prosecutor's borough)
        if seat is not None and not elsewhere and not any(
                p.name != seat.name and p.feature in ("city", "admin", "admin2", "country", "demonym", "unlisted")
                for p in s_places if p not in in_org):
            return seat, (f"no place in the sentence; a case of the prosecutor of '{seat.text}', whose courts sit "
                          "there (uncertain)"), "qualifier"
    # the sentence's subject is a place acting at home: its own place, before the lead's ("Ohio,
    # which was also scheduled to vote, delayed its voting" after a lead in Arizona)
    if tw.type in AT_HOME and story.lead is not None:
        subject = next((p for p in s_places if p.start in (s, a) and p.start < s + ts and p not in in_org
                        and p.feature in ("country", "admin", "city")
                        and not (tw.type == "statement" and _NOT_AT_HOME_AFTER.match(text, p.end))), None)
        dl = story.reporters_place
        if subject is not None and not (subject.feature == "country" and dl is not None and dl.country == subject.country):
            return subject, f"no place named; '{subject.name}', the subject, acts at home (uncertain)", "home"
    lead = story.lead
    if at_trial and lead is not None and lead.place is not None:
        return lead.place, "no place in the sentence; said at the trial, where the verdict was given", "lead"
    if from_lead and lead is not None and lead.place is not None and tw.type == "statement" and not reported \
            and lead.type == "statement" and lead.place_resolution == "dateline" and not story.bureau:
        # "WASHINGTON (Reuters) - ..., the Pentagon said on Wednesday. ... Pentagon press secretary Geoff Morrell
        # said": the words of the lead's briefing, told on, were said where it was
        return lead.place, "no place in the sentence; said at the lead's saying, under the dateline (uncertain)", "lead"
    if from_lead and lead is not None and lead.place is not None and tw.type == "statement" and not reported \
            and lead.type in GATHERINGS and AT_THE_GATHERING.search(text, s, story.sents[si][1]):
        # "Flynn ... urged the crowd", "Gorka also spoke in the rally": said where the lead's rally was
        return lead.place, f"no place in the sentence; said at the lead's {lead.trigger}, where it was", "lead"
    if from_lead and lead is not None and lead.place is not None \
            and tw.type != "statement" and (not reported or tw.type in VISIT_TYPES) \
            and not (tw.type == "travel" and _TO_A_NAME.match(text, s + ts + len(tw.form))):
        # (not a journey to a place the text names and the gazetteer lacks: "Kim and Kanye have arrived in NYC",
        # not in the Paris of the story's robbery)
        # (what someone said did not happen where the lead event did; of what a statement
        # reports, only the talks and agreements of a visit did: "the riots" did not)
        return lead.place, "no place in the sentence; carried from the lead event", "lead"
    # "the Belarusian people went to the polls": the country of the people who act
    # (or the state office a speaker holds, anywhere before the verb: '"...," General Guven Ergenc, Secretary
    # General of the Turkish General Staff, told a news conference', "Turkish Foreign Ministry spokesman said")
    own = [p for p in s_places if p.feature == "demonym" and a <= p.start < s + ts and p not in in_org
           and (_PEOPLE_AFTER.match(text, p.end) or tw.type == "statement" and _VOICE_AFTER.match(text, p.end))
           # (not the people who report it: "a report from the Mexican government said eight Mexicans died in the
           # attack")
           and (tw.type == "statement" or not SAYING_VERB.search(text, p.end, s + ts)
                or _SAID_TO.search(text, p.end, s + ts))   # ("Libyan forces are reported to have blown up")
           or tw.type == "statement" and not reported and p.feature == "demonym" and s <= p.start < s + ts
           and _STATE_OFFICE_AFTER.match(text, p.end)
           and not _ANOTHER_SUBJECT.search(text, p.end, s + ts)]      # (not "Iranian Prime Minister Mousavi is in
                                                                      # Damascus, and diplomats said")
    if own:
        dl = story.reporters_place
        if dl is not None and dl.country == own[-1].country and dl.precision == "city" and news_day \
                and not story.relayed and (tw.type == "statement" or not reported and story.lead_sentences(si) < 1):
            # "BAGHDAD, March 11 - The official Iraqi news agency INA said": at home, in the dateline's city;
            # and the lead's act ("SYDNEY, March 23 - Australian opposition leader John Howard sacked ...")
            return dl, (f"no place named; the country of '{own[-1].text}', in the dateline's '{dl.text}' "
                        "(uncertain)"), "home"
        return own[-1], f"no place named; the country of '{own[-1].text}' before '{tw.form}' (uncertain)", "people"
    # "a Brooklyn firefighter died", "Minsk police detained": the place that qualifies the subject
    own = [p for p in s_places if a <= p.start < s + ts and p.feature in ("city", "admin", "admin2") and p not in in_org
           and _QUALIFIES_NOUN.match(text, p.end) and not LOCATIVE_BEFORE.search(text[max(0, p.start - 60):p.start])]
    if own:
        return own[-1], f"no place named; '{own[-1].text}' qualifies who acted (uncertain)", "qualifier"
    # "the Texas Democratic Party ... filed a suit": a state's own organisation acts in it (not a county's:
    # "Hamilton County Common Pleas Court" sits in Cincinnati)
    own = [p for p in s_places if a <= p.start < s + ts and p.feature == "admin" and p in in_org
           and _LOCAL_ORG_AFTER.match(text, p.end)]
    if own and tw.type not in MOTION_TYPES:
        return own[0], f"no place named; '{own[0].text}' names who acted (uncertain)", "qualifier"
    # a town's own office speaking: "The Brooklyn District Attorney's office said Wednesday", "Local
    # officials, including Waterloo Mayor Quentin Hart, had called on Tyson": at home
    if tw.type == "statement" and not reported:
        end = s + ts + len(tw.form)         # (and the speaker after the verb: "..., said Brooklyn District Attorney")
        # (a state's or a country's too, named after its office: "The governor of Louisiana, ..., declared")
        own = [p for p in story.places_in(s, story.sents[si][1]) if not story.quoted(p.start) and (
                   p.feature in ("city", "admin2") and _TOWN_OFFICE_AFTER.match(text, p.end)
                   or p.feature in ("city", "admin2", "admin", "country")
                   and _TOWN_OFFICE_BEFORE.search(text, max(s, p.start - 30), p.start))
               and (p.start < s + ts or re.fullmatch(r"\s+(?:the\s+)?", text[end:p.start]))]
        if own:
            return own[0], f"no place named; '{own[0].text}', whose office speaks, at home (uncertain)", "qualifier"
        # a city's own body speaking ("The NYPD says", "added FDNY Commissioner Daniel Nigro"): in its city, unless
        # the sentence names a town or a venue of its own
        body = city_body_place(text, s, min(story.sents[si][1], end + 60), s + ts)
        if body is not None and (body.end <= s + ts or _SPEAKER_RIGHT_AFTER.fullmatch(text, end, body.start)) \
                and not story.quoted(body.start) and not any(
                p.feature in ("city", "admin2", "unlisted") and p not in in_org for p in s_places):
            return body, (f"no place named; '{body.text}', a body of '{body.name}', speaks at home "
                          "(uncertain)"), "qualifier"
        # a company the story said is based in a town, speaking ("Menomonee Falls, Wisconsin-based Kohl's ... Kohl's
        # said", "The company said"): at its seat, when the sentence names no town of its own
        seats = company_seats(story)
        if seats and not any(p.feature in ("city", "admin2", "unlisted") for p in s_places):
            noun = speaker_noun(sentence, ts, ts + len(tw.form))
            seat = next((seats[company_key(x)] for x in actor1 if company_key(x) in seats), None) or (
                next(iter(seats.values())) if len(seats) == 1 and noun in _COMPANY_NOUNS else None)
            if seat is not None:
                return seat, f"no place named; the company speaks at its seat, '{seat.text}' (uncertain)", "qualifier"
        local = _LOCAL_OFFICE.search(text, s, s + ts)
        main = story.main_country
        if local is not None and main is not None and _town(main) and not any(
                p.feature in ("city", "admin2", "unlisted") for p in s_places):
            # "Local prosecutor Remy Heitz said", in a story of Paris: the story's town
            return main, f"'{local.group(0)}' of '{main.text}', where the article's story happens (uncertain)", "qualifier"
    # a body that sits in one city meeting, as its subject: "The United Nations Security Council will meet later today"
    if tw.type == "meeting" and not reported and not any(p.feature in ("city", "admin2", "unlisted") for p in s_places):
        body = city_body_place(text, s, s + ts, s + ts)
        if body is not None:
            return body, f"no place named; '{body.text}' meets where it sits, in '{body.name}' (uncertain)", "qualifier"
    # a country acting at home: "Germany on Monday banned Mahan Air", "Russia said"
    if tw.type in AT_HOME:
        subject_from = s if _SUBJECT_PLACE.match(text, s) else a    # "Ohio, which was scheduled ..., delayed"
        # (a country's ministry speaking: "The political department head at Iraq's Defence Ministry, Abdul Jabbar
        # Muhsen, said", the country's, at home)
        ministry = next((p for p in s_places if tw.type == "statement" and p.feature == "country" and s <= p.start < s + ts
                         and _MINISTRY_AFTER.match(text, p.end)), None)
        home = ministry or next((p for p in s_places if p.feature in ("country", "admin", "city") and subject_from <= p.start < s + ts
                     and p not in in_org and not _ORIGIN_AFTER.match(text, p.end)     # (not "the New Mexico-born leader")
                     # (nor "a tourist from Toronto")
                     and not _PERSON_FROM_BEFORE.search(text, max(0, p.start - 30), p.start)
                     and not persons_state(p, text)     # (nor "Senators ... Richard Shelby of Alabama said")
                     and (p.name in actor1 or not LOCATIVE_BEFORE.search(text[max(0, p.start - 60):p.start]))
                     and not (tw.type == "statement" and _NOT_AT_HOME_AFTER.match(text, p.end))), None)
        # (a statement by a country's envoy, judge, coach or company was not made at home for that:
        # "US Ambassador to Germany Richard Grenell alleged", "US coach Jurgen Klinsmann told
        # Gothamist after the game", "UK-based retailer Tesco announced")
        if home is not None and home.feature in ("country", "admin"):
            # "the Bavarian State Ministry of Public Health and Health Care in Munich, Germany confirmed": the city the
            # country qualifies, where the body sits
            city = next((p for p in s_places if p.end < home.start and p.country == home.country
                         and p.feature in ("city", "admin2") and _QUALIFIED_BY.fullmatch(text, p.end, home.start)), None)
            if city is not None:
                return city, f"'{city.text}, {home.text}': where '{home.name}' acts (uncertain)", "home"
        if home is not None:
            dl = story.reporters_place
            if home.feature == "country" and dl is not None and dl.country == home.country and dl.precision == "city":
                return dl, (f"no place named; '{home.name}' acts at home, in the dateline's "
                            f"'{dl.text}' (uncertain)"), "home"     # "SEOUL - South Korea's ruling party announced"
            return home, f"no place named; '{home.name}' acts at home (uncertain)", "home"
    # the dateline's city is where the reporter was: where the lead's events happened
    # ("WASHINGTON, Feb 26 - ... Hess told Reuters"), until the story names another place
    # ("MOSCOW (Dispatches) -- Lukashenko flew to Russia ... resort of Sochi": not Moscow)
    if tw.type == "statement" and story.relayed and not reported:
        # a report received where the dateline is: said in the country of its speaker ("The Iranian news
        # agency IRNA, in a report received in London, said"), as the relayed words before it
        home = next((p for p in story.places_in(s, s + ts) if p.feature in ("demonym", "country")
                     and p.country != story.dateline_place.country and not story.quoted(p.start)), None)
        if home is not None:
            story.relayed_home = home
            return home, (f"'{home.text}' speaks in a report received at the dateline's "
                          f"'{story.dateline_place.text}': at home (uncertain)"), "people"
        if story.relayed_home is not None:
            return story.relayed_home, (f"no place in the sentence; the relayed words of '{story.relayed_home.text}' "
                                        "before it (uncertain)"), "people"
    if story.dateline_place is not None and story.lead_sentences(si) < LEAD_SENTENCES and not story.bureau \
            and not (tw.type == "statement" and story.relayed) \
            and (not reported or news_day and story.reporters_place is not None) \
            and not story.placed and (recent or story.pub is None):
        # (what a spokesman told the reporter happened that day: "His resignation was accepted during a
        # meeting with President Sarney this afternoon, the spokesman said", datelined BRASILIA)
        # (once the story names where it happens, that place holds; and not for a past the lead
        # recalls: "the Mac Plus, introduced in 1984", "Casey, who underwent surgery in December")
        dl = story.dateline_place
        region = next((p for p in s_places if p.country == dl.country and p is not dl and p not in in_org
                       and p.start > s + ts and p.feature in ("country", "admin", "region") and _REGION_BEFORE.search(
                           text, max(s, p.start - 20), p.start)), None) if tw.type in HARM_TYPES else None
        if region is not None:
            # "PORT-AU-PRINCE - Soldiers killed one man as they barred peasants from land seized from Canadian
            # missionaries in northern Haiti": harm in a part of the dateline's country the sentence names, not
            # in the reporter's city
            story.placed = True
            return region, (f"'{region.text}' in the sentence, a part of it named: where the harm was, not the "
                            f"dateline's '{dl.text}' (uncertain)"), "sentence"
        return dl, f"no place in the sentence; the dateline's '{dl.text}'", "dateline"
    # what was said on the day of a datelined report was said where the reporter gathered it
    # ("NEW YORK, Oct 19 - ... Phelan said"), however far down the story (a reporter's dateline
    # names the day; "MOSCOW (Dispatches) --", compiled from agencies' reports, does not)
    if tw.type == "statement" and news_day and story.reporters_place is not None and not reported \
            and not story.relayed and not story.bureau:
        return story.reporters_place, (f"no place in the sentence; said on the day of the report datelined "
                                       f"'{story.reporters_place.text}' (uncertain)"), "dateline"
    if tw.type == "statement" and not news_day and start and story.pub and story.reporters_place is not None \
            and not reported and not story.relayed and not story.bureau \
            and (date.fromisoformat(story.pub) - date.fromisoformat(start)).days in (1, 2, 3):
        return story.reporters_place, (f"no place in the sentence; said in the days before the report datelined "
                                       f"'{story.reporters_place.text}' (uncertain)"), "dateline"
    # where the article's story happens, for what happens on its ground (not for what a
    # government did to it: a sanction from Washington is not "in Belarus"; not what its own
    # forces did abroad)
    main = story.main_country
    dl = story.reporters_place
    if main is not None and dl is not None and dl.country and main.country and dl.country != main.country \
            and tw.type not in MOTION_TYPES | {"meeting", "statement"} and not story.bureau:
        # a reporter's dispatch from another country than the one its story visits ("TOKYO, April 27 -
        # Nakasone sets out on a mission to Washington ... Nakasone and his party last week reached a
        # compromise accord with opposition parties"): what is done, and not where it went, is done at home
        main = next((p for p in story.places if p.country == dl.country and p.feature in ("country", "demonym")),
                    None) or dl
    if tw.type == "death" and story.obituary() and not _FUNERAL.match(tw.form):
        main = None     # (an obituary's city is the life's — "the Brooklyn Dodgers", "lived in Brooklyn" —
                        # not where the death was, which it names when it knows it; a funeral is held in
                        # the story's place: "was cremated on Tuesday with full state honours")
    # (tried and withdrawn: what is said or done in the days of a story of one city placed there —
    # the judges found 25 of 66 such places right: statements are made elsewhere)
    # (in a story of one city, any happening of the story's days there: "In a meeting he was told
    # ...", "Work launched on Tuesday to stabilise the building"; and only those: not a career's
    # years, nor "the Macintosh, introduced in January 1984" in a story datelined San Francisco)
    if main is not None and main.precision == "city" and main.population < _TOWN_OF_INSTITUTIONS and (
            tw.type in _INSTITUTION_TYPES or _CHARGED.match(tw.form)):
        main = None     # (a small town's story: its courts, teams and boards sit elsewhere — "Hernandez has been
                        # charged", "was cut by the team", in the story of a North Attleboro murder)
    if main is not None and (not reported or tw.type in _OFFICE_TYPES) and (tw.type in IN_THE_COUNTRY and (not _town(main) or recent)
                                              or _town(main) and recent
                                              and tw.type not in MOTION_TYPES | {"statement", "sanction"}) and not (
            tw.type in ("violence", "military") and main.name in actor1) and not (
            tw.type == "economy" and (main.precision != "country" or any(
                p.country and p.country != main.country for p in s_places))):
        # (business happens in the story's country, not in the city of its company's seat; and
        # not when the sentence names another country: "sold its Thai and Malaysian stores")
        state = next((p for p in s_places if p.feature == "admin" and p.country == main.country
                      and main.precision == "country" and p not in in_org and not persons_state(p, text)
                      and not _ORIGIN_AFTER.match(text, p.end)      # (not "the New Mexico-born al Qaeda leader")
                      and not (p.start > s + ts and _THAT_CLAUSE.search(text, s + ts, p.start))
                      # (not a state in what is ruled or said: "The high court ruled that the issue should
                      # first be considered by Texas state courts")
                      and tw.type != "election"), None)     # (not the state a national vote was won in)
        if state is not None:       # "Texas voters ... can vote by mail, a federal judge ruled Tuesday"
            return state, (f"no place in the sentence; '{state.name}', the part of '{main.name}' the sentence "
                           "names (uncertain)"), "country"
        ground = next((g for g in story.grounds if g.place.country == main.country
                       and (PRECISION_RANK.get(g.place.precision, 9) < PRECISION_RANK.get(main.precision, 9)
                            or g.place.feature == "unlisted")       # ("the Red Sea port town of Mokha, Yemen")
                       and any(tw.type in kind and g.type in kind for kind in STORY_KINDS)), None)
        if ground is not None and recent and not any(p.country == main.country and p.feature in ("city", "unlisted")
                                                     and p is not ground.place for p in s_places):
            # (not when the sentence names a town of its own: "Last week a Kabul car bombing killed five")
            # "As of late Tuesday, 20 bodies had been recovered", in the story of a boat fire near Santa
            # Cruz Island: what the disaster (the attack) brings about in its days, where it happened
            return ground.place, (f"no place in the sentence; at the {ground.trigger} in '{ground.place.text}' "
                                  "the story tells (uncertain)"), "lead"
        if main.precision == "country" and dl is not None and dl.precision == "city" and dl.country == main.country \
                and recent and not story.bureau and not story.relayed and not reported and tw.type == "economy" \
                and _MARKET_WORDS.search(sentence) \
                and not any(p.country == main.country and p.feature in ("city", "unlisted", "admin") for p in s_places):
            # a market's move of a wire's day in the dateline's country: at the dateline's exchange, not anywhere in
            # the country ("TOKYO, March 3 - ... The share price of Asahi Chemical rose", "Swedish Match's B shares
            # closed at 424 crowns on Friday" under a STOCKHOLM dateline)
            return dl, (f"no place in the sentence; in the story's days, at the dateline '{dl.text}' of "
                        f"'{main.name}', where the article's story happens (uncertain)"), "dateline"
        return main, (f"no place in the sentence; '{main.name}', where the article's story happens"
                      + (" (the reporter's country, not where the story went)" if main is not story.main_country else "")
                      + " (uncertain)"), "country"
    # a state's body speaking, named by its kind only ("The army said", "the government said"), in a story
    # of one country: that country's body, speaking at home
    # (or named as such before its verb: "The Coast Guard said", "The Emergencies Ministry said", "The
    # Transportation Department on Friday rejected", "The government has blamed", "State media reported",
    # "State-run pollster VTsIOM said"; a country named in what is said is not the speaker's)
    if tw.type in AT_HOME and not reported:
        noun = speaker_noun(sentence, ts, ts + len(tw.form)) if tw.type == "statement" else None
        body = None
        if noun not in _STATE_BODIES:
            body = _NATIONAL_BODY_BEFORE.search(text, max(s, s + ts - 80), s + ts)
            noun = " ".join((body.group(1) or body.group(2)).split()) if body is not None else None
        state = story_state(story) if body is not None and _LOCAL_BODY.search(body.group(0)) else None
        if state is not None and not any(p.feature in ("country", "demonym", "admin") and p.name != state.name
                                         and p.start < s + ts for p in s_places):
            # a state's or a county's department ("the Tri-County Health Department said", "the health department
            # said"), in a story that names one state more than any other: at home, in that state
            return state, (f"no place named; '{' '.join(body.group(0).split())}', a body of '{state.name}', the state "
                           "the story names most, speaks at home (uncertain)"), "home"
        if noun is not None and story.main_country is not None and not any(
                p.feature in ("country", "demonym") and p.country != story.main_country.country
                and p.start < s + ts for p in s_places):
            home = next((p for p in story.places if p.country == story.main_country.country
                         and p.feature == "country"), None)
            if home is not None:
                return home, (f"no place named; the {noun} of '{home.name}', where the article's story happens, "
                              "speaks at home (uncertain)"), "home"
    # the people of the story's town speaking ("One resident described it as 'almost like a locomotive'", "a witness
    # told WCBS 2"), and its police ("Police say that Unger had been travelling"), in a story of one town: there
    main = story.main_country
    if tw.type == "statement" and not reported and main is not None and _town(main) \
            and _LOCAL_SPEAKER_BEFORE.search(text, max(s, s + ts - 40), s + ts) \
            and not any(p.feature in ("country", "demonym", "admin", "city") and p.country and p.name != main.name
                        and p.start < s + ts for p in s_places):
        return main, (f"no place named; people of '{main.name}', the town of the story, speak there (uncertain)"), "home"
    # a holder of a national office speaking, in a story of one country: at home ("President Andrzej Duda said")
    if tw.type == "statement" and not reported and story.main_country is not None:
        found = national_office_home(story, si, s, ts, tw.form, actor1, news_day,
                                     clause_span(text, s, s + ts, story.sents[si][1])[1])
        if found is not None:
            return found
    # a person the story introduced with an office of a place, named again ("Brooklyn District Attorney Ken Thompson
    # ... On Monday Thompson stated", "Mexican Foreign Minister Marcelo Ebrard ... Ebrard said"): at home, there
    if tw.type == "statement" and not reported and actor1:
        offices = office_places(story)
        home = next((offices[surname_key(a)] for a in actor1 if surname_key(a) in offices), None)
        if home is not None and not any(p.feature in ("country", "demonym") and p.country != home.country
                                        and p.start < s + ts for p in s_places):
            return home, (f"no place named; the speaker holds an office of '{home.name}', named before, and speaks "
                          "at home (uncertain)"), "home"
    # a state's governor, named by the title only ("Gov. Jared Polis said Monday", "the governor said"), in a story
    # that names one state more than any other: at home, in that state
    if tw.type in AT_HOME and not reported and (
            GOVERNOR_BEFORE.search(text, max(s, s + ts - 60), s + ts)
            or speaker_noun(sentence, ts, ts + len(tw.form)) == "governor"
            # (a governor the story introduced with the title, named again: "Gov. Chris Christie ... Christie said")
            or tw.type == "statement" and any(a.split()[-1] in governors(story) for a in actor1)):
        state = story_state(story)
        if state is not None and not any(p.feature in ("country", "demonym", "admin") and p.country
                                         and p.name != state.name and p.start < s + ts for p in s_places):
            return state, f"no place named; the governor of '{state.name}', the state the story names most, acts " \
                          "at home (uncertain)", "home"
    # a mayor named by the title only ("Mayor Bloomberg says", "the mayor said"), in a story of one town: at home, in
    # that town (a borough's story: its city's, "Mayor de Blasio" in a story of Brooklyn speaks for New York City)
    # (and an office of "the city" speaking: "A spokesperson for the city's Law Department said", in a story of the Bronx)
    by_city = tw.type == "statement" and not reported and citys_office_before(text, max(s, s + ts - 80), s + ts)
    if tw.type in AT_HOME and not reported and (
            mayor_before(text, max(s, s + ts - 60), s + ts) or speaker_noun(sentence, ts, ts + len(tw.form)) == "mayor"
            or tw.type == "statement" and any(a.split()[-1] in mayors(story) and a.split()[-1] in sentence[:ts]
                                              for a in actor1) or by_city):
        # (the mayor named again by the surname, in the sentence: not a "He" that may be someone else)
        town = mayors_town(story)
        if town is not None and not any(p.feature in ("country", "demonym", "admin", "city", "admin2") and p.country
                                        and p.name not in (town.name, story.main_country.name)
                                        and p.start < s + ts for p in s_places):
            return town, f"no place named; {'an office' if by_city else 'the mayor'} of '{town.name}', the town of the " \
                         "story, acts at home (uncertain)", "home"
    # a legislature or a cabinet acting, named by its kind ("The House voted", "the Senate trial", "the
    # cabinet meeting tomorrow"), in a story of one country: at home
    # (the story's country, else the country it names most: "the Senate" of a story naming the United States
    # twice and Ukraine once)
    body = (_LEGISLATURE_BEFORE.search(text, max(s, s + ts - 45), s + ts)
            or _LEGISLATURE_AFTER.match(text, s + ts + len(tw.form))) if tw.type not in MOTION_TYPES else None
    main = (story.main_country or most_named_country(story.places)) if body is not None else None
    if main is not None and not any(p.feature in ("country", "demonym") and p.country != main.country for p in s_places):
        home = next((p for p in story.places if p.country == main.country and p.feature == "country"), main)
        return home, (f"no place named; the {body.group(body.lastindex)} of '{home.name}', where the article's story "
                      "happens, acts at home (uncertain)"), "home"
    # a company's business under a reporter's dateline, in a business story, with no other place for it, is the
    # dateline city's: its results and acts ("TROY, Mich., March 12 - K mart Corp said ... Sales rose 7.7 pct"), not
    # when the sentence names another country's place
    dl = story.reporters_place
    if tw.type == "economy" and story.domain == "economy" and dl is not None and dl.precision == "city" \
            and not story.relayed and not story.bureau and not any(
                p.country and p.country != dl.country or p.feature in ("city", "admin", "admin2", "unlisted")
                and p.name != dl.name for p in s_places):     # (nor where it names other towns: "will close its Des
                                                              # Moines, Iowa, ... tire plants", datelined AKRON)
        return dl, f"no place in the sentence; business told in the report datelined '{dl.text}' (uncertain)", "dateline"
    # words said in the story's days by its own people, in a story of one place: said there ("Allen said the board is
    # sending letters", "Gass said the company has reopened ...", in stories of Chicago and of Menomonee Falls), not
    # what a news outlet or a body of the world reports ("NBC News reported", "UNICEF reported"), nor a state's office
    # or a diplomat, nor a speaker the sentence or the story ties to another place; not in a dispatch compiled from
    # agencies ("MOSCOW (Dispatches) --"), a bureau's report or a telephone call's readout, nor words of no one day
    # ("has said")
    main = story.main_country
    if tw.type == "statement" and not reported and main is not None and recent and not story.relayed \
            and not story.bureau and main.feature in ("city", "admin", "admin2", "country") \
            and not (story.dateline_place is not None and story.reporters_place is None) \
            and not _outside_speaker(text, max(s, s + ts - 60), min(story.sents[si][1], s + ts + len(tw.form) + 80),
                                     _national(story)) \
            and not _BY_PHONE.search(story.article.title or "") \
            and not _PERFECT_BEFORE.search(text, max(s, s + ts - 20), s + ts) \
            and not (story.lead is not None and _BY_PHONE.search(story.lead.trigger)) \
            and not _speaks_for_elsewhere(story, actor1, main) \
            and not any(p.country and (p.country != main.country or p.feature in ("city", "admin2", "unlisted")
                                       and p.name != main.name) for p in s_places):
        return main, (f"no place named; said in the story's setting, '{main.name}', where the article's story "
                      "happens (uncertain)"), "country"
    # a speaker who works at an institution named with its town or state, left with no place so far, speaks from there
    # ("Dr. Susan Swindells, a professor ... at the University of Nebraska College of Medicine, said")
    if tw.type == "statement" and not reported and story.dateline_place is None:
        works = _affiliation_place(story, si, s, actor1)
        if works is not None:
            return works, f"no place named; the speaker works at an institution of '{works.name}' (uncertain)", "home"
    return None, "", "none"
