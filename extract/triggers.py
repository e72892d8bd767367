"""Triggers: the words that make a sentence's events, and which of them name its events.

The table ``data/triggers.tsv`` lists, by event type, verb forms and phrases and event nouns;
:func:`pick_triggers` chooses among a sentence's hits: the first verb trigger that is not a
reporting verb (and one per clause with its own subject after "and"); else a reporting verb,
which makes a statement, with the event it reports; else the first noun trigger. A word used as
something else is no trigger (:func:`extract.usage.not_a_verb_here`: "numerous calls", "a heart attack",
"he was fired", "beat the Mariners 5-3").
"""
from __future__ import annotations

from functools import lru_cache
import re
from dataclasses import replace
from typing import Optional

from .domains import DOMAIN_OF_WORD, domain_of
from .lexicon import first_names
from .predicates import FINITE_HAPPENINGS, dated_gerunds, demanded, past_forms, predicates
from .retype import RESPONDER_WORDS, retype
from .textutil import lower_keeping_offsets
from .triggertable import TRIGGER_RE, TRIGGERS, Trigger
from .usage import DOCUMENT_SUBJECT as _DOCUMENT_SUBJECT, RELATIVE_BEFORE, SPOKE, dismissal, not_a_verb_here, workers_fired


def pick_triggers(sentence: str, dated: tuple = (), article_domain: Optional[str] = None
                  ) -> list[tuple[int, int, Trigger, bool, int]]:
    """The triggers that name the sentence's events, each with whether it is only reported and
    where its clause's subject starts (0: the sentence's): the first verb trigger of the main
    clause that is not a reporting verb, and one after each "and" that opens a clause with its
    own subject; else a reporting verb, which makes a statement, with the first noun trigger's
    (or verb's) event as what the statement reports ("The Kremlin said the talks would cover
    ..."); else the first noun trigger. A relative clause with a date of its own ("who won a
    Grammy in 1998") is an event of its own. ``dated``: the (start, end) of the sentence's dated
    timexes; a verb in the present is an event only in a clause with one. ``article_domain``: the
    type of a verb in no row when its sentence has no domain words (see :func:`article_domain`)."""
    low = _without_names_words(sentence, lower_keeping_offsets(sentence), article_domain)
    hits = _hits(sentence, low, bool(dated), article_domain)
    subs = subordinate_spans(sentence)
    inside = [h for h in hits if any(a <= h[0] < b for a, b in subs)]
    table = [h for h in hits if not h[2].generic]
    main_generic = [h for h in hits if h[2].generic and h[2].verb and h not in inside
                    and low[h[0]:h[1]] not in LIGHT_VERB_FORMS]
    time_clauses = [(a, b) for a, b in subs if low[a:b].lstrip(", ").startswith(_TIME_CLAUSE)]
    if main_generic and not any(h[2].verb and h[2].type != "statement" and h not in inside for h in table) \
            and any(h[2].verb and h[2].type != "statement" for h in table) \
            and all(any(a <= h[0] < b for a, b in time_clauses) for h in table if h[2].verb and h[2].type != "statement") \
            or _saying_after_a_time_clause(table, inside, time_clauses):
        # the main clause's verb is in no row, or it says, and the table's verb is in a clause of time: "The Dearborn
        # Truck Plant ... halted production Wednesday after an employee there tested positive": the halt, and the
        # positive test as its own event; "Centromin SA said today there was no immediate force majeure possibility
        # ... after guerrillas blew up a railway line": the saying, and the blast as its own event
        out = _main_triggers(sentence, [h for h in hits if h not in inside])
        for a, b in time_clauses:   # (the clause of time tells a happening of its own: "before Wynnum hit back")
            verb = next((h for h in table if a <= h[0] < b and h[2].verb and h[2].type != "statement"), None)
            if verb is not None and all(verb[0] != o[0] for o in out):
                out.append((*verb, False, a))
    elif any(h[2].verb and h[2].type != "statement" for h in table) or (
            any(h[2].type != "statement" for h in table)
            and not any(h[2].generic and low[h[0]:h[1]] not in LIGHT_VERB_FORMS for h in hits)):
        out = _main_triggers(sentence, [h for h in table if h not in inside] or table)
                                                    # the table's verbs, else its nouns (unless a verb in no
                                                    # row names the happening: "was set to land ... after a
                                                    # test flight"; not "took action to impose visa restrictions")
    else:                                           # else the verbs of happenings of the main clause (a
        out = _main_triggers(sentence, [h for h in hits if h not in inside]     # relative clause's only
                             or [h for h in hits if not h[2].generic])             # when it has a date)
    out = _coordinated(sentence, low, out, [h for h in hits if h not in inside], dated)
    if out and not any(o[2].type == "statement" for o in out):
        # a saying with a day of its own after what it reports, past a comma ("Fewer people have tested positive ...
        # at Cook County Jail, officials announced Friday"): an event of its own (what it tells keeps its own reading)
        say = next((h for h in hits if h[2].type == "statement" and h[2].verb and h not in inside
                    and all(o[1] <= h[0] for o in out) and "," in low[out[-1][1]:h[0]]
                    and any(0 <= x - h[1] <= 4 and low[h[1]:x].strip() in ("", "on") for x, _ in dated)), None)
        if say is not None:
            out = out + [(*say, False, 0)]
    # a relative clause with a date of its own: "The singer, who won a Grammy in 1998, died"; not a
    # state that lasts since a date ("who has ruled Belarus since 1994")
    for a, b in subs:
        verb = next((h for h in inside if a <= h[0] < b and h[2].verb and h[2].type != "statement"), None)
        if verb is None and low[a:b].lstrip(", ").startswith(_TIME_CLAUSE):
            # ("after Turkey began a military offensive on Wednesday": the offensive)
            verb = next((h for h in inside if a <= h[0] < b and not h[2].generic and h[2].type != "statement"), None)
        dated_here = any(a <= x < b for x, _ in dated) or any(0 <= a - y <= 3 for _, y in dated) \
            and low[a:b].lstrip(", ").startswith("when ")     # ("by 2010, when Orbán regained ...")
        if verb is not None and verb[2].generic and low[verb[0]:verb[1]] in LIGHT_VERB_FORMS:
            # a light verb only carries its antecedent, an event noun: "elections which were held on June 21"
            noun = next((h for h in table if not h[2].verb and 0 <= a - h[1] <= 2), None)
            if noun is not None:
                verb = (verb[0], verb[1], replace(verb[2], type=noun[2].type))
        if verb is not None and dated_here and all(verb[0] != o[0] for o in out) \
                and not _PERFECT_BEFORE.search(low, max(0, verb[0] - 24), verb[0]):
            # (a clause of time has its own subject: "after Turkey began ..."; a relative clause's is
            # its antecedent, before it)
            # ("by 2010, when Orbán regained ...": the date before "when" is the clause's own)
            out.append((*verb, False, a if low[a:b].lstrip(", ").startswith(("after ", "before ", "until ")) else 0))
            if low[a:b].lstrip(", ").startswith(("whereby", "under which")):
                # "revealed a deal whereby, on October 29, HDT acquired ...": the clause tells the noun's event
                out = [o for o in out if o[2].verb or o[1] > a or low[o[1]:a].strip(" ,")]
    # a gerund with a date of its own: "applying for a graphic artist job in 1965", "known for organizing the
    # safe return in 1980 of several U.S. nationals" (the table's word for it, else typed as a verb in no row)
    for gs, ge, lemma in dated_gerunds(low, dated):
        if all(not (o[0] <= gs < o[1]) for o in out):
            hit = next((h for h in hits if h[0] == gs), None)
            row = _verb_row(lemma)
            trig = hit[2] if hit is not None else retype(low, gs, ge, Trigger(row.type, low[gs:ge], True), article_domain) \
                if row is not None else Trigger(GENERIC_TYPES.get(lemma) or domain_of(low) or article_domain or "other", low[gs:ge], True,
                             generic=True)
            if hit is not None or not _NEGATION.search(low, max(0, gs - 12), gs):
                out.append((gs, ge, trig, False, 0))
    return out


def _saying_after_a_time_clause(table: list, inside: list, time_clauses: list) -> bool:
    """Whether the main clause's only verb of the table says, and every happening's verb of the table is in a
    clause of time ("said today ... after guerrillas blew up a railway line")."""
    happenings = [h for h in table if h[2].verb and h[2].type != "statement"]
    return bool(happenings) and all(h in inside and any(a <= h[0] < b for a, b in time_clauses) for h in happenings) \
        and any(h[2].verb and h[2].type == "statement" and h not in inside for h in table)


# a word of a name, after a capitalised word inside the sentence and before no capitalised one ("the Chicago
# Fire's stadium opened in 2006", "the Miami Heat", not "Tropical Storm Barry", a storm named)
_NAME_WORD = re.compile(r"(?<=[A-Za-z.'’] )[A-Z][a-z]+(?!['’]?\s*[A-Z])")
_TITLE_BEFORE = re.compile(r"(?:^|[^.!?:;\"“]\s)[A-Z][\w.'’-]*\s$")


def _without_names_words(sentence: str, low: str, article_domain: Optional[str]) -> str:
    """``low`` with the words of a name blanked that belong to another domain than the article's (a team's name in
    a match report: "the Chicago Fire's stadium" is no fire), so that they neither name events nor make the
    sentence's domain."""
    if article_domain is None:
        return low
    out = None
    for m in _NAME_WORD.finditer(sentence):
        typ = DOMAIN_OF_WORD.get(low[m.start():m.end()])
        if typ is None or typ == article_domain or not _TITLE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue
        out = (out if out is not None else low)
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out if out is not None else low


def _with_found(hits: list, found: list) -> list:
    """``hits`` and those of ``found`` (start, end, trigger) that overlap no hit, in text order."""
    new = [f for f in found if not any(a < f[1] and f[0] < b for a, b, _ in hits)]
    return sorted(hits + new, key=lambda h: h[0]) if new else hits


def _verb_row(lemma: str, sayings: bool = True) -> Optional[Trigger]:
    """The table's verb row of a lemma, read off its past forms ("stab": violence), if it has one (not
    a reporting verb's, unless ``sayings``)."""
    return next((TRIGGERS[f] for f in past_forms(lemma) if f in TRIGGERS and TRIGGERS[f].verb
                 and (sayings or TRIGGERS[f].type != "statement")), None)


_TIME_CLAUSE = ("after ", "before ", "when ", "until ")
# a noun as the object of a preposition ("in the deadly Boston marathon bombings")
_PREPOSITION_BEFORE_NOUN = re.compile(r"\b(?:in|of|for|from|after|behind|over|during)\s+(?:the\s+|a\s+|an\s+)?"
                                      r"(?:[\w'’-]+\s+){0,3}$")
# a noun of the table used as a verb: "to" before it, an object after it ("tried to storm the parliament")
_TO_BEFORE = re.compile(r"\bto\s+$")
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b")
# what joins two verb phrases of one subject: "sold its Thai stores in March; announced ...; and in
# 2015 sold ..."
_COORDINATOR = re.compile(r"\s*(?:;|,)\s*(?:and\s+)?|\s+and\s+")


def _coordinated(sentence: str, low: str, out: list, hits: list, dated: tuple) -> list:
    """The picked triggers, and each later verb of the main clause that opens a verb phrase of the
    same subject after a coordinator, when both that phrase and the one before have dates of their
    own: each is an event of its own ("Tesco sold its Thai stores in March; announced leaving
    its Chinese venture in February; and in 2015 sold HomePlus"). Its clause starts at the
    coordinator, so that each takes its own phrase's date."""
    if not out or not dated:
        return out
    picked = {o[0] for o in out}
    for h in hits:
        before = [o for o in out if o[1] <= h[0]]
        if h[0] in picked or not h[2].verb or not before:
            continue
        prev = max(before, key=lambda o: o[0])
        if h[2].type == prev[2].type == "statement":
            continue    # two sayings of one subject are one statement ("reported that ..., and called
                        # the demand “unprecedented”")
        # the coordinator nearest before the verb, with at most a date or an adverb between
        seg = sentence[prev[1]:h[0]]
        cut = max(seg.rfind(";"), seg.rfind(":"), seg.rfind(", and "), seg.rfind(" and "))   # (":" opening the items
                                                                                             # of a list of happenings)
        if cut < 0 or re.search(r"\b(?:who|which|that|to|not)\b", seg[cut:]):
            continue
        at = prev[1] + cut
        prev_span = (prev[0], at)
        nxt = re.search(r"[;:]|,\s*and\b|\band\b", sentence[h[1]:])
        own_end = h[1] + (nxt.start() if nxt else len(sentence) - h[1])
        # (the phrase before dated near its verb, or at the sentence's opening: "In 2012, three owners ... were
        # killed: Mohamed Gebeli ... was killed ... on July 6; ...")
        if any(prev_span[0] - 40 <= a < prev_span[1]
               or _DATED_OPENING.fullmatch(sentence, 0, a) and sentence.startswith(",", b) and b < prev_span[0]
               for a, b in dated) \
                and any(at <= a < own_end for a, _ in dated):
            out = sorted(out + [(*h, False, at + 1)], key=lambda o: o[0])
            picked.add(h[0])
    return out


# what opens a sentence before its own date and a comma: "In 2012, ...", "On Monday, ..."
_DATED_OPENING = re.compile(r"(?:In|On|By|During|Since)\s+(?:the\s+)?")


# what befalls a document, a happening: it expires, lapses, passes or clears a chamber, fails
_DOCUMENT_HAPPENINGS = frozenset("expire lapse pass clear fail".split())
# verbs that only carry the noun after them ("took action", "made a decision", "held a vote")
LIGHT_VERB_FORMS = frozenset("take takes took taken taking make makes made making give gives gave given giving "
                             "have has had hold holds held do does did done carry carries carried conduct conducted "
                             "get gets got put puts stage staged exercise exercised "
                             "occur occurs occurred happen happens happened".split())
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$")


def _main_triggers(sentence: str, hits: list) -> list[tuple[int, int, Trigger, bool, int]]:
    """Among a clause's hits, those that name events (see :func:`pick_triggers`)."""
    verbs = [h for h in hits if h[2].verb and h[2].type != "statement"]
    said = [h for h in hits if h[2].type == "statement"]
    nouns = [h for h in hits if not h[2].verb and h[2].type != "statement"]
    if verbs and said and all(v[2].generic for v in verbs):
        manner = next((n for n in nouns if n[0] > verbs[0][1] and n[2].type == "protest"
                       and _IN_A_BEFORE.search(sentence, max(0, n[0] - 8), n[0])), None)
        if manner is not None:
            # "Spanish farmers took their tractors to the roads today and blocked a border crossing ... in a protest
            # against ..., officials said": the verb tells the happening, the noun after "in" what kind it is
            return sorted([(*said[0], False, 0), (verbs[0][0], verbs[0][1], replace(verbs[0][2], type=manner[2].type),
                                                  True, 0)], key=lambda t: t[0])
        if nouns:           # the verbs in no row give way to the table's nouns (below)
            verbs = []
        elif not said[0][2].verb and sentence[verbs[0][0]:verbs[0][1]].lower() in LIGHT_VERB_FORMS \
                and 0 < said[0][0] - verbs[0][1] <= 40:
            return [(*said[0], False, 0)]   # "gave a 25-minute stump speech": the light verb only carries the speech
        else:               # "Ford says it made profits of $868 million", "Spending will rise, Mr.
                            # Marous said": the saying, and what it reports
            return sorted([(*said[0], False, 0), (*verbs[0], True, 0)], key=lambda t: t[0])
    if verbs:
        out = [(*verbs[0], False, 0)]
        for v in verbs[1:]:
            # "Tsikhanouskaya has fled to Lithuania and riot police have fired ...": a clause
            # with its own subject after "and" is an event of its own
            m = _NEW_CLAUSE.search(sentence, out[-1][1], v[0])
            if m:
                out.append((*v, False, m.start("subj")))
        return out
    if said and nouns and said[0][2].form in ("reported", "reports") and said[0][0] > nouns[0][0]:
        return [(*nouns[0], True, 0)]       # "..., RIA news agency reported": the source only
    if said:            # (speaking reports nothing of its own: "Romney spoke to the crowd, offering up his talking
                        # points about adding 100,000 troops")
        return [(*said[0], False, 0)] + ([(*nouns[0], True, 0)] if nouns and said[0][2].form not in SPOKE else [])
    return [(*nouns[0], False, 0)] if nouns else []


_IN_A_BEFORE = re.compile(r"\bin\s+(?:an?\s+)?$", re.I)      # "in a protest against", "in protest" (what kind of act)


# a relative clause between dashes, commas and all: "Bill Clinton — whose wife, Senator Hillary Clinton, is battling
# for the nomination — fielded questions"
_DASHED_RELATIVE = r"[—–]\s*(?:who|whom|whose|which|where)\b[^—–;]*"
_DASHED_RELATIVE_BETWEEN = re.compile(_DASHED_RELATIVE + r"[—–]\s*$")
# a clause that describes a noun ("who has ruled the country since 1994", "(...)", ", introduced in
# 2018,": a participle between commas)
SUBORDINATE_ALTERNATIVES = (r"\b(?:whereby|under\s+which)\b[^;]*"   # "a deal whereby, on October 29, HDT acquired ..."
                            r"|" + _DASHED_RELATIVE + r"(?=[—–])"
                            # "The man who was found guilty of shooting a man in Greenwich Village has been
                            # sentenced": a relative clause without commas ends where the main verb group begins
                            r"|(?:,\s*|\b)(?:who|whom|whose|which|where)\b(?:[^,;()]*?\b(?:has|have|had|is|are|was|were|"
                            r"will|would|[a-z]+ed)\b)?[^,;()]*?"
                            r"(?=(?<!\band)(?<!\bor)\s+(?:has|have|had|is|are|was|were|will)\s+(?:been\s+)?[a-z]+(?:ed|en)\b|[,;()]|$)"
                            r"|\((?![\d\s–—-]+\))[^()]*\)"     # (not a bare date: "the Dodgers (1947-62)")
                            # "an earthquake that struck ... on Wednesday": "that" before a past verb is a
                            # relative pronoun (after a verb of saying, a past verb follows its subject)
                            r"|\bthat\s+(?:[a-z]+ed|struck|hit|shook|swept|tore|left|took|began|broke|came|won|lost|"
                            r"led|fell|rose|sank|drove|ran|became|saw|spread|brought|caught|shot|sold|bought|drew|gave|made|sent|paid|"
                            r"met|held|kept|found|went|wrote|spoke|built|cost|forced|prompted|sparked|triggered)\b[^,;()]*?"
                            r"(?=\s+(?:[a-z]+ed|is|are|was|were|has|have|had|will)\b|[,;()]|$)"
                            r"|(?<=,)\s*(?:first\s+|originally\s+|later\s+)?[a-z]+ed\s+(?:in|on|by|at|since|during|last|this)\b[^,;()]*(?=,)"
                            # "... announced an agreement after Turkey began a military offensive on
                            # Wednesday": a clause of time with a named subject and a past verb
                            r"|\b(?:after|before|when|until)\s+(?:[A-Z][\w’'-]*\s+|(?:guerrillas|rebels|militants|gunmen|insurgents|soldiers|troops|police|"
                            r"protesters|demonstrators|attackers|terrorists|bandits|pirates|rioters|saboteurs)\s+|"
                            r"(?:an?|the|his|her|its|their)\s+"
                            r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z]+\s+){1,2}?"     # ("after a Seastreak commuter ferry crashed")
                            r"(?:there\s+|here\s+)?){1,3}(?:had\s+)?"
                            r"(?:[a-z]+ed|began|struck|hit|took|went|came|won|lost|fell|left|broke|ran|launched|blew|shot|sank|tore|"
                            r"shook|swept|fled|drove|threw|stole|fought|spread|rose)\b[^,;()]*"
                            # "guaranteed that the US cannot finish lower than third, thus ensuring their place
                            # in Brazil next June": a consequence told as a clause of its own
                            r"|,\s*(?:thus|thereby|so)\s+[a-z]+ing\b[^;()]*"
                            # "Six months after being fired from Christian Dior over anti-Semitic remarks, John
                            # Galliano was found guilty": a passive gerund's phrase, the time of the main clause
                            r"|\b(?:after|before|since|upon|while)\s+being\s+[a-z]+(?:ed|en|wn)\b[^;()]*?(?=,)"
                            # an opening phrase that compares with another happening: "At the same time as the Utoya
                            # attack, two explosions occurred", "Unlike the daily death toll announced by the government,"
                            r"|^\s*(?:At\s+the\s+same\s+time\s+as|Unlike|Like|As\s+with|Similar\s+to|In\s+contrast\s+to|"
                            r"Compared\s+(?:with|to))\s[^,;]*(?=,)")
# every alternative above starts right after a comma, at the sentence's start or at one of these characters
# ("which", "under", the dashes, a comma, "(", "that", "after", "before", "since"): tested first, the test spares the
# engine trying each alternative at every position; the matches are the same (tests/test_events.py)
SUBORDINATE = re.compile(r"(?:(?<=,)|(?=[wu—–,(tabs])|^)(?:" + SUBORDINATE_ALTERNATIVES + ")")


@lru_cache(maxsize=2048)
def subordinate_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's subordinate clauses (:data:`SUBORDINATE`), computed once a sentence."""
    return tuple(m.span() for m in SUBORDINATE.finditer(sentence))


def table_words(low: str, start: int = 0) -> list[tuple[int, int, str]]:
    """The trigger table's words in a lower-cased text from ``start``, with their types, as
    written (not retyped by context): what a saying names ("the airstrike", "the invasion")."""
    return [(m.start(), m.end(), TRIGGERS[m.group(0)].type) for m in TRIGGER_RE.finditer(low, start)]


def _hits(sentence: str, low: str, dated: bool, article_domain: Optional[str] = None) -> list[tuple[int, int, Trigger]]:
    """The sentence's triggers in order: the table's words that are used as what they name
    (retyped by their context), and the verbs of happenings in no row (typed by the sentence's
    domain words): finite ones, and a present in a sentence with a date of its own."""
    hits = []
    count = _COUNT_SUBJECT.search(low)
    for m in TRIGGER_RE.finditer(low):
        s, e, trig = m.start(), m.end(), TRIGGERS[m.group(0)]
        if count is not None and count.end() <= s and ";" not in low[count.end():s]:
            continue        # "all but one of the 55 member states have signed on to the agreement", "the
                            # 355,000 who have tested positive": a running count, not a happening of a day
        if trig.type != "statement" and _SHARE_SUBJECT.search(low, max(0, s - 70), s):
            continue        # "13 percent of black drivers were pulled over in 2011", "a record 89.9 percent of
                            # Russians approved of Putin": a statistic, not a happening
        if trig.form == "fired" and dismissal(low, s, e):
            trig = Trigger("economy" if workers_fired(low, e) else "appointment", "fired", True)
            # "he was fired": a dismissal; "fired two user experience designers": labour, the business's
        elif not_a_verb_here(low, s, trig, e) or sentence[s:e].isupper() \
                or (m.group(0) == "march" and sentence[s] == "M") or _in_a_name(sentence, s, trig):
            continue        # "I WON THIS ELECTION": a shout, quoted; "March": the month
        if not trig.verb and trig.type != "statement" and demanded(low, s):
            continue        # "called for the governor's resignation": asked for, not happened
        if m.group(0) == "asked" and _ASKED_OPENING.search(low, 0, s):
            continue        # "Asked whether the company would look at ratings, Kellner said ...", "when asked": the
                            # question put to the speaker, whose answer is the saying
        if not trig.verb and trig.type != "statement" and _SAYS_AFTER.match(low, e):
            continue        # "The indictment said that between 1978 and 1983 ...": the document speaks; its saying
                            # is the event, not the noun dated by what it says
        if not trig.verb and _TO_BEFORE.search(low, max(0, s - 4), s) and _OBJECT_AFTER_VERB.match(low, e):
            row = _verb_row(m.group(0), sayings=False)
            if row is not None and row.type != trig.type:
                # "tried to storm the Serbian parliament": the verb's row ("stormed"), not the noun's (a storm, a
                # disaster); a noun whose verb is of its own type stays a noun ("asking them to support the project")
                trig = Trigger(row.type, m.group(0), True)
        trig = retype(low, s, e, trig, article_domain)
        if trig is not None and (trig.type == "statement" or not _NEGATED_BEFORE.search(low, max(0, s - 30), s)):
            hits.append((s, e, trig))       # (what did not happen leaves the sentence to what did: "became
                                            # the first to run ...; it was not an open race sanctioned ...";
                                            # a saying denied still reports: "was not reported when the
                                            # plane made its maiden flight on 11 December")
    # words of the table's kinds that no row names, each where no hit already stands:
    # "yesterday's decision by the U.S. Supreme Court": a court's decision is a ruling
    hits = _with_found(hits, [(m.start(1), m.end(1), Trigger("legal", m.group(1), False))
                              for m in _COURT_DECISION.finditer(low)])
    # "to seal the 100-99 victory", "a 2-1 road win": a match's result, by its score
    hits = _with_found(hits, [(m.start(1), m.end(1), Trigger("sport", m.group(1), False))
                              for m in _SCORED_RESULT.finditer(low)
                              if not _COMING_OFF.search(low, max(0, m.start() - 40), m.start())])
    # "NYCFC takes on the Colorado Rapids on the road Saturday": a fixture, told in the present
    fixtures = list(_FIXTURE.finditer(sentence)) if dated else []
    if fixtures and (article_domain == "sport" or domain_of(low) == "sport"):
        hits = _with_found(hits, [(m.start(1), m.end(1), Trigger("sport", low[m.start(1):m.end(1)], True))
                                  for m in fixtures])
    # "..., defeating 13 seed Nadia Petrova 1-6, 7-6 (2), 6-3": a match won, told by its score
    hits = _with_found(hits, [(m.start(1), m.end(1), Trigger("sport", m.group(1), True))
                              for m in _WON_BY_SCORE.finditer(low)])
    taken = [(s, e) for s, e, _ in hits]
    preds = predicates(sentence, low)
    finite = [p for p in preds if p.tense in FINITE_HAPPENINGS]
    # a present is an event only with a date and no finite verb ("Stock prices dropped": a noun)
    preds = finite or ([p for p in preds if p.tense == "present"] if dated else [])
    domain = None
    for p in preds:
        if any(s < p.end and p.start < e for s, e in taken) or low[p.start:p.end] in TRIGGERS \
                or _NEGATION.search(low, max(0, p.group_start - 6), p.start):
            continue            # the table's word, judged above ("were being denied": no statement);
                                # what did not happen ("were not deterred")
        if p.lemma == "respond" and not _RESPONDING.search(low, max(0, p.group_start - 80), p.group_start):
            continue            # (a response is a happening of emergency services: "police ... responded to multiple
                                # reports of a shooting"; not "Trump responded to the criticism")
        if _MEASURE_OBJECT.match(low, p.end):
            continue            # "have increased the death toll", "revised the previous count": a measure
                                # updated, not a happening of its own
        if p.lemma not in _DOCUMENT_HAPPENINGS and _DOCUMENT_SUBJECT.search(low, max(0, p.group_start - 80), p.group_start):
            continue            # "the letter also allowed room for an extension": what a document provides, no happening
                                # (but "the contract expired at midnight March 31": its end; "This bill passed the
                                # Senate of the state on Tuesday": its passage)
        if domain is None:
            domain = domain_of(low) or article_domain or "other"
        if p.lemma in LABEL_VERBS and _LABEL_QUOTE.match(sentence, p.end) \
                or p.lemma in ISSUE_VERBS and _STATEMENT_OBJECT.match(low, p.end) \
                or p.lemma in DECLINE_VERBS and _DECLINE_TO_SAY.match(low, p.end):
            # "called the border agreement “null and void”": a saying about the noun's event;
            # "issued a corresponding press release", "published an interview", "declined to
            # estimate anticipated sales": something said (or not said), whatever the domain
            hits.append((p.start, p.end, Trigger("statement", low[p.start:p.end], True)))
            continue
        # an event noun that is the verb's subject or object names the event: "the summit is
        # scheduled to take place", "protests erupted", "was to send paratroopers"
        # (not a noun of a relative clause between dashes before the verb: "Bill Clinton — whose wife is battling for
        # the nomination — fielded some tough questions")
        if any(not h[2].verb and h[2].type != "statement" and (
                h[1] <= p.group_start and not VERB_BETWEEN.search(low, h[1], p.group_start)
                # (not when the noun has a verb of its own before this one: "groups claiming the 2020 election was
                # stolen from President Donald Trump gathered on Saturday" — the election was stolen, the groups
                # gathered)
                and not any(q is not p and h[1] <= q.group_start and q.end <= p.group_start and q.tense != "participle"
                            for q in preds)
                # (not a noun after a preposition in the subject, before a verb of its own kind: "The remaining
                # suspect in the deadly Boston marathon bombings was finally caught")
                and not (p.tense == "passive" and p.lemma in GENERIC_TYPES
                         and _PREPOSITION_BEFORE_NOUN.search(low, max(0, h[0] - 40), h[0]))
                and not RELATIVE_BEFORE.search(low, max(0, p.group_start - 8), p.group_start)
                and not _DASHED_RELATIVE_BETWEEN.search(low, 0, p.group_start)
                or p.end <= h[0] <= p.end + 40 and not _OBJECT_BLOCK.search(low, p.end, h[0])) for h in hits):
            continue
        if any(not h[2].verb and h[2].type == "statement" and 0 <= p.start - h[1] <= 1 for h in hits):
            continue            # "In a statement issued late Wednesday": the statement's own issuing, the same saying
        row = _verb_row(p.lemma, sayings=False)      # (not "will add Miami": no saying)
        generic = GENERIC_TYPES.get(p.lemma)
        if p.lemma == "ask" and _ASKED_OPENING.search(low, 0, p.group_start):
            generic = None      # "Asked whether the company would look at ratings, Kellner said ...", "when asked": the
                                # question put to the speaker, whose answer is the saying
        typ = generic or (row.type if row is not None else domain)   # ("began to stab people": its row's type)
        if not generic and row is None:
            # a physical happening's noun as the verb's agent or subject types it ("oil facilities were hit
            # by multiple drone strikes", "the attacks occurred at 4 a.m. and struck the largest plant"),
            # not the sentence's domain (oil: business)
            agent = next((h for h in hits if not h[2].verb and h[2].type in _PHYSICAL and (
                p.end < h[0] <= p.end + 40 and _BY_AGENT.fullmatch(low, p.end, h[0])
                or h[1] <= p.group_start and p.group_start - h[1] <= 80
                and not re.search(r";|(?<!\d):(?!\d)|\b(?:which|who|said|says)\b", low[h[1]:p.group_start]))), None)
            if agent is not None:
                typ = agent[2].type
        if p.lemma == "find" and typ not in ("death", "disaster", "accident", "violence") and (
                _FOUND_DEAD_AFTER.match(low, p.end) or _A_BODY_BEFORE.search(low, max(0, p.start - 50), p.start)):
            typ = "death"       # "was found dead at the scene", "Park Won-soon's body was found at Mount Bukak", "found
                                # the body of Joseph Galfy": a death told by its finding (readers judged 0 of 6 right
                                # as 'other' or a court's)
        led_to_vote = p.lemma == "lead" and _LED_TO_VOTE.match(low, p.end)
        if p.lemma in ("try", "attempt") and low.startswith(" to ", p.end) or p.lemma == "seek":
            continue            # "The pilot was trying to land the plane", "was seeking bankruptcy court
                                # approval": an attempt, told by what it tries
        if led_to_vote:
            typ = "election"    # "who led his party to a resounding electoral triumph last July"
        if typ == "election" and p.lemma not in ELECTION_VERBS and not led_to_vote:
            typ = "other"       # "The UK led the diplomatic campaign into reports of electoral fraud", "invoked
                                # the Moscow Mechanism": a verb of no vote, in a sentence about one
        trig = Trigger(typ, low[p.start:p.end], True, generic=True)
        if _OFFICE_AFTER.match(low, p.end) and p.lemma in OFFICE_VERBS \
                or p.lemma in _TERM_VERBS and _TERM_AFTER.match(low, p.end):
            trig = Trigger("appointment", low[p.start:p.end], True, generic=True)   # "regained the prime ministry",
            # "began serving as Puerto Rico's eleventh governor", "is to leave office next month"
        elif p.lemma in _ROSTER_MOVES and _BY_A_TEAM.match(low, p.end) and _PLAYER.search(low):
            # "was cut by the team this morning": a dismissal; "a Pro Bowl tight end who was drafted by the Pats":
            # a player's draft (not an army's: "drafted by the army")
            trig = Trigger(_ROSTER_MOVES[p.lemma], low[p.start:p.end], True, generic=True)
        elif p.lemma in VOTE_SHARE_VERBS and _VOTE_SHARE.match(low, p.end) and (
                article_domain == "election" or _VOTE_WORDS.search(low)):
            trig = Trigger("election", low[p.start:p.end], True, generic=True)   # "received just ten percent"
        elif p.lemma in SCHEDULE_VERBS and low.startswith(" for ", p.end) and any(
                not h[2].verb and 0 <= p.group_start - h[1] <= 60 for h in hits):
            # "elections which had tentatively been set for December": the scheduled happening's kind
            noun = max((h for h in hits if not h[2].verb and h[1] <= p.group_start), key=lambda h: h[1])
            trig = Trigger(noun[2].type, low[p.start:p.end], True, generic=True)
        elif p.lemma == "take" and _UNDER_ADVISEMENT.match(low, p.end):
            trig = Trigger("legal", low[p.start:p.end], True, generic=True)   # "took the issues under advisement"
        elif p.lemma in ("set", "grant", "deny", "revoke", "post", "raise", "lower") and _BAIL_AFTER.match(low, p.end):
            trig = Trigger("legal", low[p.start:p.end], True, generic=True)   # "He set a 1.5 mln dlr bond for Bongard"
        elif _RESULT_AFTER.match(sentence, p.end) and p.tense in ("past", "perfect"):
            trig = Trigger("sport", low[p.start:p.end], True)   # "Germany obliterated Brazil 7-1": a result
        elif p.lemma == "leave" and _LEFT_DEAD.match(low, p.end):
            trig = Trigger("death", low[p.start:p.end], True)    # "The incident left seven motorcyclists dead"
        elif p.lemma == "treat" and low.startswith(" for ", p.end):
            trig = Trigger("health", low[p.start:p.end], True, generic=True)   # "were treated for bone fractures"
        elif p.lemma in MARKET_MOVES and _MOVE_AMOUNT.match(low, p.end):
            trig = Trigger("economy", low[p.start:p.end], True)     # "the Dow declined a record 508 points"
        if _SHARE_SUBJECT.search(low, max(0, p.group_start - 70), p.group_start) and trig.type != "statement":
            continue            # a statistic ("13 percent of black drivers were pulled over at least once in 2011")
        if not not_a_verb_here(low, p.start, trig, p.end) and not sentence[p.start:p.end].isupper():
            # (a word in capitals is a label or a shout, no happening: "POSTED: 04:40 p.m. HST, May 22")
            hits.append((p.start, p.end, retype(low, p.start, p.end, trig, article_domain) or trig))
    # "became finance minister in 1982": taking an office ("become" is no happening of its own)
    for m in _BECAME_OFFICE.finditer(low):
        if not any(s <= m.start() < e for s, e, _ in hits) and not _NEGATION.search(low, max(0, m.start() - 6), m.start()):
            hits.append((m.start(), m.start() + len(m.group(1)), Trigger("appointment", m.group(1), True, generic=True)))
    hits.sort(key=lambda h: h[0])
    # "will meet tomorrow in New York City to discuss a tentative agreement", "flew to Sochi to meet Putin": the
    # purpose of a meeting or a journey, told by its infinitive, is that happening, not one of its own
    return [h for h in hits if not (low.endswith("to ", 0, h[0]) and h[2].type in ("meeting", "statement", "agreement")
                                    and any(o[2].type in ("meeting", "travel") and o[1] <= h[0] - 3
                                            and h[0] - o[1] <= 80 and not re.search(r"[,;:]", low[o[1]:h[0]])
                                            for o in hits))]


_BECAME_OFFICE = re.compile(r"\b(became|becomes)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?:minister|president|prime\s+minister|premier|chancellor|chairman|chairwoman|chair|"
                            r"chief\s+executive|ceo|governor|mayor|senator|secretary|director|leader|captain|coach|manager|"
                            r"king|queen|emperor|pope|commissioner|ambassador|speaker|head\s+of)\b")


# between an event noun and a verb: another verb or a clause boundary means the noun is not its subject
VERB_BETWEEN = re.compile(r"[,;:]|\b(?:that|which|who|and|but|said|says)\b")
# "Asked ...," opening the sentence, or "when asked": the question before the answer
_ASKED_OPENING = re.compile(r"(?:^[\s\"“'‘(]*|\b(?:when|if|as|after\s+being|before\s+being|once)\s+)$")
# a verb of saying right after a noun: the noun is the speaker ("the indictment said", "the ruling stated")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|stated|states|alleged|alleges|added|adds|noted|notes)\b")
_COUNT_SUBJECT = re.compile(r"\b(?:all\s+but\s+\w+\s+of\b[^,;]*|the\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?\d[\d,.]*\s+(?:who|that|which)\s*)"
                            r"(?:\s+\w+){0,2}\s+(?:has|have)\s+(?:been\s+)?")
# a share of a people as the subject: "13 percent of black drivers were", "a record 89.9 percent of Russians"
_SHARE_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:nationally|overall|while|and|but|that|said|says|showed|shows|found|finds)\s*,?\s*)(?:a\s+record\s+|nearly\s+|almost\s+|"
                            r"about\s+|some\s+|only\s+|just\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+of\s+"
                            r"(?:[\w-]+\s+){1,4}?(?:were|was|have|had|has|are|is)?\s*(?:\w+ly\s+)?$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b(?:\s+(?!only\b)\w+){0,3}\s+$|n['’]t\s+(?:\w+\s+){0,2}$")
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b")
# between a verb and an event noun after it: the noun is no direct object ("began a military
# offensive with airstrikes": the airstrikes are not what began)
_OBJECT_BLOCK = re.compile(r"[,;:]|\b(?:that|which|who|and|but|said|says|with|of|for|after|before|by|in|on|at|"
                           r"from|to|over|into|against|during|amid)\b")
# a price, an index or a currency moving by an amount: a market event in any sentence, the news
# itself ("The Dow Jones Industrial average declined a record 508 points to 1738.74", "shares fell
# 3.5 percent", "the euro rose 2 cents"); the verbs alone are no event ("fell ill", "rose to power",
# "declined to comment")
MARKET_MOVES = frozenset("fall decline drop rise gain climb jump slide sink slip dip rally lose add advance "
                         "retreat tumble plunge soar surge slump".split())
_MOVE_AMOUNT = re.compile(r"\s+(?:(?:by|a|an|another|further|record|nearly|almost|about|around|some|more|than|over|"
                          r"just|roughly|sharply|steeply|[a-z]+ly)\s+){0,4}[$€£¥]?\d[\d.,]*\s*"
                          r"(?:points?|percent|per\s+cent|%|cents?|pence|basis\s+points|dollars?|euros?|yen)\b")
# taking an office: an appointment ("Orbán regained the prime ministry", "assumed the presidency")
OFFICE_VERBS = frozenset("assume regain take gain win resume reclaim ascend return".split())
_OFFICE_AFTER = re.compile(r"\s+(?:to\s+)?(?:the\s+|his\s+|her\s+)?(?:[a-z]+\s+)?(?:presidency|premiership|prime\s+ministry|"
                           r"chancellorship|throne|office\s+of|post\s+of|leadership\s+of)\b")
# beginning and ending a term of office: "began serving as Puerto Rico's eleventh governor", "leave office"
_TERM_VERBS = frozenset("begin start leave quit end finish complete vacate".split())
_TERM_AFTER = re.compile(r"\s+(?:serving\s+as\b|office\b|(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:term|post|office|"
                         r"tenure|mandate|presidency|premiership)\b)")
# a candidate's share of the vote: an election result, though "percent" is a word of the economy
# ("His challenger Tsikhanouskaya received just ten percent", in a report of an election)
# a court's weighing of what it heard: "Whitman took the issues under advisement"
_UNDER_ADVISEMENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?under\s+advisement\b")
VOTE_SHARE_VERBS = frozenset("receive get garner take secure win capture poll net gain".split())
_VOTE_SHARE = re.compile(r"\s+(?:(?:just|only|about|around|nearly|almost|some|more|than|over|under|less|a|mere)\s+){0,3}"
                         r"(?:\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s*(?:percent|per\s+cent|%|(?:electoral\s+|popular\s+)?votes\b|"
                         r"(?:(?:additional|more|new|extra)\s+)?seats\b)")       # ("netted an additional 66 seats")
_VOTE_WORDS = re.compile(r"\b(?:vote|votes|voters|ballots?|polls?|election|elections|candidates?|challengers?|incumbent)\b")
# the happenings on the ground whose noun types a verb in no row it is the agent or the subject of
_PHYSICAL = frozenset("violence military disaster accident".split())
_BY_AGENT = re.compile(r"\s+by\s+(?:(?:a|an|the|multiple|several|two|three|four|five|\d+|[a-z]+-?[a-z]*)\s+){0,3}")


# a court's bail: "set a 1.5 mln dlr bond for Bongard", "denied him bail"
_BAIL_AFTER = re.compile(r"\s+(?:[\w.$,-]+\s+){0,6}?(?:bond|bail|bonds)\b")


# "led his party to a resounding electoral triumph": a vote won
_LED_TO_VOTE = re.compile(r"\s+(?:[\w'-]+\s+){1,3}to\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w-]+\s+){0,2}?"
                          r"(?:electoral|election|landslide|poll|polls|vote|re-election)\b")


# the verbs a vote is held, won and lost by: a verb in no row takes an election sentence's type only if
# it is one of them ("Trump swept the primaries", "Ohio delayed its voting")
ELECTION_VERBS = frozenset("win lose vote elect re-elect reelect defeat concede poll run campaign receive cast count gain "
                           "secure take sweep capture retain field register boycott rig falsify hold postpone delay "
                           "cancel annul contest nominate select choose trail beat amass finish call project submit".split())
# setting a happening's date: "set for December", "scheduled for March 3"
SCHEDULE_VERBS = frozenset("set schedule slate reschedule fix".split())
# putting out words: "issued a press release", "published an interview"; declining to say
ISSUE_VERBS = frozenset("issue publish release give deliver post".split())
_STATEMENT_OBJECT = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
                               r"(?:press\s+releases?|statements?|communiqu[eé]s?|interviews?|declarations?|"
                               r"speech|speeches|warnings?|apology|apologies|remarks|announcements?)\b")
DECLINE_VERBS = frozenset("decline refuse".split())
_DECLINE_TO_SAY = re.compile(r"\s+to\s+(?:comment|estimate|say|give|name|discuss|confirm|deny|disclose|elaborate|"
                             r"speculate|specify|reveal|answer|identify|detail|predict)\b")
# verbs that name something with words of their own, in quotes: "called the agreement “null and
# void”", "branded the vote a “farce”" — a statement, whatever the noun they name
LABEL_VERBS = frozenset("call brand dub term label describe".split())
_LABEL_QUOTE = re.compile(r"\s+(?!(?:an?|the)\s+[\"“])(?:[\w'’-]+\s+){1,6}?(?:as\s+)?(?:an?\s+)?[\"“]")
# a death told by its finding: "found dead", "found the body of", "... body was found", "Bodies were later found" (a
# passive: not "The regulatory body found on Monday that")
_FOUND_DEAD_AFTER = re.compile(r"\s+(?:dead\b|(?:the\s+|his\s+|her\s+|their\s+)?(?:lifeless\s+)?bod(?:y|ies)\b)")
_A_BODY_BEFORE = re.compile(r"\bbod(?:y|ies)\s+(?:[^.;\s]+\s+){0,3}?(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|later\s+)?$")
# emergency services, the subject of a response that is a happening (retype's words, and their departments and
# crews: "FDNY", "two cops", "emergency workers")
_RESPONDING = re.compile(r"\b(?:" + RESPONDER_WORDS + r"|cops|fire\s+(?:department|units?)|emergency\s+(?:crews|workers)|"
                         r"fdny|nypd|ems)\b[^.;]*$")
# happening verbs in no row whose type does not depend on the domain
GENERIC_TYPES = {"bear": "other",
                 # a person caught is arrested ("the remaining suspect was finally caught last night")
                 "catch": "arrest",
                 # an honour is no happening of the story's domain ("Ambelas was honored for helping
                 # to save a boy", in a report of a fire)
                 **dict.fromkeys("honor honour award decorate knight commend".split(), "other"),
                 # verbs of saying in no row say something, whatever the sentence is about ("Phelan
                 # listed the factors", "the minister indicated 68 were missing")
                 **dict.fromkeys("label indicate describe characterize characterise list advise remark comment "
                                 "reiterate emphasise emphasize".split(), "statement"),
                 # ... and verbs of advising and signalling in no row ("the task force recommended", "It quoted a
                 # joint statement", "signaled a shift", "lobbied for an approach")
                 **dict.fromkeys("recommend quote signal signalled lobby".split(), "statement"),
                 # ... and asking, alerting, addressing someone ("the press asked Trump", "a vendor alerted a mounted
                 # police officer", "will address the country tonight")
                 **dict.fromkeys("ask alert address".split(), "statement"),
                 # money changing hands is business whatever the story ("Much of the money was paid to him
                 # for lobbying", in a report of a plea)
                 **dict.fromkeys("pay repay lend borrow invest spend donate fund finance refinance".split(), "economy"),
                 # making and registering a thing is no happening of a crash's domain ("The aircraft ... was
                 # manufactured in 1944")
                 **dict.fromkeys("manufacture build produce register license licence design".split(), "other"),
                 # a person's move to another country is a journey, whatever the life's domain ("Munk emigrated
                 # to the United States", in a scientist's obituary)
                 **dict.fromkeys("emigrate immigrate relocate".split(), "travel"),
                 # a life's steps are no happening of the story's domain ("Raiola married Neil Murphy in 2009", in the
                 # story of her death of cancer)
                 **dict.fromkeys("marry wed divorce graduate enrol enroll".split(), "other")}


# "Asked ...," opening the sentence, or "when asked": the question before the answer
_ASKED_OPENING = re.compile(r"(?:^[\s\"“'‘(]*|\b(?:when|if|as|after\s+being|before\s+being|once)\s+)$")
# a verb's object and a score right after it: "obliterated Brazil 7-1", "edged the Mariners 5-3"
_RESULT_AFTER = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}?\(?\d{1,2}\s?[-–]\s?\d{1,2}\b(?![-–]|\s*(?:percent|per cent|%|"
                           r"years?|months?|days?|votes?|majority|decision|ruling))")


# a court's decision: "yesterday's decision by the U.S. Supreme Court", "the decision of the appeals court"
BY_A_COURT = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:court|courts|judge|justices|tribunal|panel)\b",
                        re.I)
_COURT_DECISION = re.compile(r"\b(decisions?|judge?ments?)" + BY_A_COURT.pattern, re.I)
# a measure as a verb's object: "increased the death toll of the extended event", "raised its estimate"
_MEASURE_OBJECT = re.compile(r"\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:tolls?|counts?|tally|tallies|rates?|"
                             r"estimates?|forecasts?|figures?|numbers?)\b")
# a team's moves of its players, told in the passive ("cut by the team", "drafted by the Pats"), in a sentence of a player
_ROSTER_MOVES = {"cut": "appointment", "waive": "appointment", "release": "appointment", "draft": "sport",
                 "trade": "sport"}
_BY_A_TEAM = re.compile(r"\s+by\s+the\s+(?!(?:army|military|navy|government|police|state|company|firm|board|court|"
                        r"council|committee)\b)")
_PLAYER = re.compile(r"\b(?:team|club|franchise|player|players|tight\s+end|quarterback|linebacker|receiver|running\s+back|"
                     r"pitcher|outfielder|infielder|striker|goalkeeper|defender|midfielder|forward|point\s+guard|"
                     r"pro\s+bowl|all-star|rookie|nfl|nba|mlb|nhl|mls)\b")
# a result told by its score: "the 100-99 victory", "a 2-1 road win", "their 3-0 loss" (not "a 5-4 vote")
_SCORED_RESULT = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:(?:overtime|home|road|away|shootout|extra-time|"
                            r"come-from-behind|comeback|opening-day|first-leg|second-leg|aggregate|final-day)\s+)?"
                            r"(victory|win|triumph|loss|defeat|draw|rout|upset)\b")
# a team's fixture told in the present, with its opponent named: "NYCFC takes on the Colorado Rapids", "The Red Bulls
# host DC United" (the date the sentence gives is the match's)
_FIXTURE = re.compile(r"(?<=[A-Za-z] )(takes\s+on|take\s+on|faces|face|hosts|host|visits|visit)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:[A-Z][\w.'’-]*)\b")
# a participle of winning after a comma, its opponent and the score: "..., defeating 13 seed Nadia Petrova 1-6, 7-6 (2),
# 6-3 and advancing to the quarterfinals"
_WON_BY_SCORE = re.compile(r",\s+(defeating|beating|downing|edging|routing|crushing|thrashing|overcoming)\s+"
                           r"(?:[\w.'’-]+\s+){1,5}?\d{1,3}\s?[-–]\s?\d{1,3}\b")
# (not the last match a report's opener recalls: "Coming off of Sunday's tight 1-0 loss at Red Bull Arena, the Red
# Bulls needed a victory tonight")
_COMING_OFF = re.compile(r"\bcoming\s+off\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}$")


# "The incident left seven motorcyclists dead", "left at least 20 people dead": deaths
_LEFT_DEAD = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:[\w,-]+\s+){1,3}?dead\b")


# an organisation's or a programme's name that holds an event word: "the National Disaster
# Management Agency", "the Flood Control Commission" — no event
_NAME_END = re.compile(r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*?\s+(?:Agency|Ministry|Commission|Committee|Council|Office|"
                       r"Department|Service|Services|Authority|Fund|Centre|Center|Institute|Organization|"
                       r"Organisation|Administration|Bureau|Foundation|Association|Board|Society|Program|Programme|"
                       r"Act|Law|Party|Group)\b")


def _in_a_name(sentence: str, s: int, trig: Trigger) -> bool:
    """A capitalised event noun inside a sentence that is part of a name ("Disaster Relief Fund"); a
    capitalised verb form inside a sentence before a capitalised word ("Met Éireann issued alerts")."""
    if not sentence[s:s + 1].isupper():
        return False
    if trig.verb:
        return s > 0 and not _SENTENCE_START_BEFORE.search(sentence, 0, s + 1) and not sentence[:s].rstrip().endswith(
            ('"', "“", ":", "(")) and (_CAPITALISED_WORD_AFTER.match(sentence, s + len(trig.form)) is not None
                                       # "Haitham bin Tariq Al Said,", "Sultan Said bin Taimur": a form that
                                       # is also a given name, after a capitalised word (not "The NJ State
                                       # Police Tweeted")
                                       or sentence[s:s + len(trig.form)] in first_names()
                                       and _CAPITALISED_BEFORE.search(sentence, 0, s) is not None
                                       and not _SENTENCE_START_BEFORE.search(sentence, 0, s))
    end = s + len(trig.form)
    if _CAPITALISED_NAME_AFTER.match(sentence, end) and not _NAMED_STORM.fullmatch(trig.form):
        return True         # "Trip Ruckman", "the Association of Flight Attendants" (not "Hurricane Maria")
    if s > 0 and re.match(r"\s\d", sentence[end:end + 2]):
        return True         # "Lion Air Flight 610": a name with its number
    if _DOCUMENT_NOUN.fullmatch(trig.form) and _CAPITALISED_BEFORE.search(sentence, 0, s) \
            and not _SENTENCE_START_BEFORE.search(sentence, 0, s):
        return True         # "the Basic Agreement", "the Joint Drug Agreement": a document's name
    if s == 0:
        return False
    if _CAPITALISED_BEFORE.search(sentence, 0, s) and not _SENTENCE_START_BEFORE.search(sentence, 0, s):
        return True         # "Swedish Match's B shares", "Montana Native Vote": an event noun after a capitalised
                            # word inside a sentence is the end of a name, no event
    return _NAME_END.match(sentence, end) is not None or (
        # "Rogaland Fire and Rescue": a capitalised word before, "and" a capitalised word after
        _AND_NAME_AFTER.match(sentence, end) is not None and _CAPITALISED_BEFORE.search(sentence, 0, s) is not None)


_AND_NAME_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z][a-z]+")
_CAPITALISED_WORD_AFTER = re.compile(r" (?!(?:The|A|An|In|On|At|Of|And|But|For|To|By|As|I)\b)[^\W\d_a-z]\w+")
_CAPITALISED_NAME_AFTER = re.compile(r" (?!(?:The|A|An|In|On|At|Of|And|But|For|To|By|As|I)\b)[A-Z][a-z]+")
_NAMED_STORM = re.compile(r"(?i:hurricane|typhoon|cyclone|storm|tropical storm|operation)")
_DOCUMENT_NOUN = re.compile(r"(?i:agreement|accord|treaty|convention|pact|act)")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?]\s+)[A-Z][\w'’-]*\s+$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


# between two verb triggers: "and" (or "but", "while") and a subject of its own before the second
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?!(?:then|also|later|again|still|subsequently|[a-z]+ly)\b)"
                         r"(?:according\s+to\s+(?:[\w’'.-]+\s+){1,6}?)?"      # "and according to the Ministry he died"
                         r"(?P<subj>(?:the\s+)?[\w’'.-]+\s+(?:[\w’'.-]+\s+){0,3})$", re.I)


