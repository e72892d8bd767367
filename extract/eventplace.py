"""Where an event happened, from its own sentence: where the speaker says they are ("here in London"), a
country's supreme court at its seat, a court named by the place it sits in, where a departure left from, an
office of a place filled there, the setting of a speaking participle, a town right before an event noun
("the Geneva talks"), and the most precise place a locative leads in the trigger's own clause (not a
relative or a purpose clause, nor a quotation; a country refined by a city of it in the next sentence; the
place of what caused a harm). When the sentence gives none, :func:`extract.storyplace.context_place`
applies the discourse rules (the lead, the dateline, the story's country, a speaker's seat). The places a
sentence offers come from :mod:`extract.placecands`. Each answer comes with the reason ("why") and how it
was found (``Event.place_resolution``). The story (an ``events._Story``) is passed in, not imported.
"""
from __future__ import annotations

import re
from typing import Optional

from .clauses import clause_span, speaker_noun
from .homes import SUPREME_COURT_BEFORE, supreme_court_seat
from .lexicon import SAYING_OCCASIONS, SAYING_VERB
from .placecands import PRECISION_RANK, best_place, event_places, region_of
from .storyplace import HARM_TYPES, HERE_WORD, MOTION_TYPES, context_place
from .triggers import VERB_BETWEEN, subordinate_spans
from .triggertable import TRIGGERS
from .schema import Place


# an office of a place: "as President of France", "mayor of Paris"
# (the office the verb fills, in its own words: not one of the person's earlier offices, "to elect Boris Johnson —
# former Foreign Secretary, mayor of London")
_OFFICE_OF_BEFORE = re.compile(r"\s+(?:[\w’'-]+\s+){0,8}?(?:as\s+)?(?P<office>(?:the\s+)?(?:new\s+)?"
                               r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Gg]overnor|"
                               r"[Mm]ayor|[Ss]peaker|[Ll]eader)\s+of)\s+(?:the\s+)?")


def _of_another_event(text: str, end: int, limit: int) -> bool:
    """Whether an event noun of the trigger table follows a place within three words ("Boston marathon bombings")."""
    for k, w in enumerate(_WORD.finditer(text, end, min(limit, end + 40))):
        if k >= 3:
            break
        trig = TRIGGERS.get(w.group().lower())
        if trig is not None and not trig.verb and trig.type != "statement":
            return True
    return False


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a relative clause's opening ("…, who had bunion surgery in March and …")
_RELATIVE_OPENS = re.compile(r",?\s*(?:who|whom|whose|which)\b")
_DISCUSSING = re.compile(r"discuss(?:ed|es|ing)?|talked\s+about|debated")
_NOT_OF_THE_DAY = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+$|\b\w+[^s]s$")
_TRIP_FORMS = frozenset(("trip", "trips"))
_OCCURRED_AT = re.compile(r",?\s*(?:which|that)\s+(?:occurred|happened|took\s+place|broke\s+out|erupted|struck)\s+"
                          r"(?:\w+\s+){0,2}?(?:in|at|near|on)\s")
# where a statement was made: right after its verb, through words of the time and the setting
# only ("said on Tuesday in Geneva", "told reporters at a briefing in Kabul", "said from
# Rotorua"); a place further on is what the statement is about ("said it seeks to grow in
# Southern Poland", "said Monday that U.S. warships destroyed the platform in the Gulf")
_SAID_WHERE = re.compile(
    r"[\w’'-]+(?:\s+(?:on|late|early|this|last|today|yesterday|tonight|\w+day|morning|afternoon|evening|night|"
    r"a|an|the|his|her|their|its|news|press|televised|written|joint|telephone|call|reporters|journalists|"
    r"radio|television|TV|" + "|".join(sorted(SAYING_OCCASIONS)) + r"|"
    r"(?:(?<=told )|(?<=tells ))[A-Z][\w.&'’-]*))*?"                                    # "told Reuters from"
    r"(?:\s+(?:at|in|during)\s+(?:a|an|the|his|her|their|its)(?:\s+[a-z-]+){1,3}?)?"    # "at his golf club outside",
                                                                                      # "in a wide-ranging news conference at"
    r"\s+(?:in|at|from|outside|near)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:(?:state|provincial|regional|national)\s+)?(?:capital|city|town|port|village)\s+of\s+)?$")
# ("told Reuters from the state capital of Salvador")
# where a statement of a verb with a noun object was made: its object, then the day, then the place
# ("offered a pragmatic view of the race Friday at a Denver car dealership", "criticized the plan on Friday
# in Denver"); not through a clause ("said warships destroyed the platform on Friday in the Gulf": a verb
# that takes a clause is left to _SAID_WHERE) nor through a relative, an infinitive or a coordination
_OBJECT_THEN_DAY_WHERE = re.compile(
    r"(?:\s+(?!that\b|which\b|who\b|whom\b|where\b|when\b|to\b|and\b|but\b|after\b|before\b|because\b|if\b)"
    r"[\w’'-]+){1,10}?\s+(?:on\s+)?(?:today|yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\s+(?:in|at|from)\s+(?:(?:the|a|an)\s+)?$")
# or its object, then the audience it was said before, then the place ("condemned the increases in front of a crowd of
# 1,500 cheering supporters at St Brygida's Roman Catholic Church in the Baltic port of Gdansk")
_OBJECT_THEN_AUDIENCE_WHERE = re.compile(
    r"(?:\s+(?!that\b|which\b|who\b|whom\b|where\b|when\b|to\b|and\b|but\b|after\b|before\b|because\b|if\b)"
    r"[\w’'-]+){0,10}?\s+(?:in\s+front\s+of|before)\s+(?:a|an|the)\s+(?:[\w,’'-]+\s+){0,6}?(?:crowd|audience|"
    r"supporters|congregation|gathering|rally|worshippers|delegates)\b[^.;:\"“”]{0,100}?\s+(?:in|at)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:(?:port|city|town|village|capital|resort)\s+of\s+)?$")
# or its object, then the occasion it was said at, then the place ("made the announcement beside his wife and two sons
# during a news conference at George M. Steinbrenner Field")
_OBJECT_THEN_OCCASION_WHERE = re.compile(
    r"(?:\s+(?!that\b|which\b|who\b|whom\b|where\b|when\b|to\b|but\b|after\b|before\b|because\b|if\b)"
    r"[\w’'-]+){0,12}?\s+(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(SAYING_OCCASIONS)) + r")\s+(?:at|in|outside)\s+(?:(?:the|a|an)\s+)?$")
# the statements whose verb may take a clause without "that", which _OBJECT_THEN_DAY_WHERE does not cross
_CLAUSE_TAKING = re.compile(r"(?:say|said|tell|told|add|stat|not|claim|warn|insist|argu|report|confirm|announc|den[iy]|"
                            r"admit|acknowledg|explain|predict|estimat|suggest|reveal|believ|wr[io]t|tweet|agree|"
                            r"indicat|testif|maintain|assert|contend|alleg|conced|recall|hint|declar|disclos|"
                            r"complain|repl|respond|accus|conclud|assur|promis|pledg|vow|threat|ask)\w*")
# between a verb and its own locative: words of the time only ("charged in", "sentenced today in")
_OWN_LOCATIVE = re.compile(r"(?:\s+(?:today|yesterday|tonight|this\s+(?:week|morning|afternoon|evening)|last\s+(?:week|night)|"
                           r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*\s+(?:in|at)\s+(?:the\s+)?")
DEPARTURE_FORMS = frozenset("left leaves leave leaving departed departs".split())   # "left Yokohama"


# the types of event that happen on a sea ("in the Gulf", "off the coast ... in the Pacific")
_AT_SEA_TYPES = frozenset("military violence accident disaster travel sport science death".split())


def event_place(story, si: int, s: int, s_places: list[Place], ts: int, tw,
                 reported: bool, from_lead: bool, actor1: list[str] = (),
                 news_day: bool = False, recent: bool = False, at_trial: bool = False, start: Optional[str] = None
                 ) -> tuple[Optional[Place], str, str]:
    """Where the event happened, why, and how it was found (``Event.place_resolution``): the most precise
    place a locative leads in the sentence (a country refined by a city of it in the next
    sentence); else the lead event's place while the story goes on from the lead; else the
    country of a people acting at home; else, for the lead or for what was said on the day of a
    datelined report (``news_day``), the dateline's place; else the place of the article's story
    (``recent``: the event is dated within the story's days)."""
    text, dateline_end, in_org = story.text, story.article.dateline_end, story.in_org
    sentence = text[s:story.sents[si][1]]
    if tw.type == "statement" and not reported:
        # "here in London we will never let them succeed," said Khan: where the speaker is
        here = next((p for p in s_places if _HERE_IN.search(text, max(s, p.start - 9), p.start) and p not in in_org
                     and p.feature in ("city", "admin", "admin2", "country", "unlisted")), None)
        if here is not None:
            return here, f"'here in {here.text}': where the speaker is", "sentence"
        # "said ..., a Burundian human rights organization, from exile in Uganda", "the speech which was
        # delivered in Tehran": where the speaker was
        away = next((p for p in s_places if (m := _SPEAKER_WAS_IN.search(text, max(s, p.start - 40), p.start))
                     and p not in in_org and not story.quoted(p.start)), None)
        if away is not None:
            return away, f"'{m.group(0).strip()} {away.text}': where the speaker was", "sentence"
    # a country's supreme court, its justices and its spokesman act where it sits, in the capital ("Yesterday, the
    # United States Supreme Court overturned the convictions ... in the Fort Lee lane closure scandal"), not at the
    # case's places; not a state's ("the Texas Supreme Court")
    if tw.type in ("legal", "statement") and not reported:
        top = SUPREME_COURT_BEFORE.search(text, max(s, s + ts - 90), s + ts)
        seat = supreme_court_seat(story, top, s_places) if top is not None else None
        if seat is not None:
            # (how "seat": not the court of the story's later rulings, which a lower court may give)
            return seat, f"'{top.group(0).strip()}': the country's supreme court sits in '{seat.name}'", "seat"
    # (a place inside a quotation is what someone spoke of: "the tragedy in Orlando," he said)
    s_places = [p for p in s_places if not story.quoted(p.start)]
    if tw.type in ("legal", "statement") and not reported:
        # "The Luxembourg-based court issued a judgement": a court acts where it sits
        based = next(((p, m) for p in s_places if p.end < s + ts and p not in in_org
                      and (m := _COURT_BASED_AFTER.match(text, p.end)) and m.end() <= s + ts
                      and not VERB_BETWEEN.search(text, m.end(), s + ts)), None)
        if based is not None:
            seat, m = based
            story.placed = True
            return seat, f"'{text[seat.start:m.end()]}': the court sits there", "seat"
        # "The High Court of England and Wales also ruled": a court of a place acts there
        court_of = next(((p, m) for p in story.places_in(s, s + ts) if p.feature in ("country", "admin", "admin2", "city")
                         and (m := _COURT_OF_BEFORE.search(text, max(s, p.start - 50), p.start))
                         and not VERB_BETWEEN.search(re.sub(r"^\s+and\s+[A-Z][\w'’-]*", "", text[p.end:s + ts]))
                         and not story.quoted(p.start)), None)     # ("of England and Wales also ruled")
        if court_of is not None:
            seat, m = court_of
            story.placed = True
            return seat, f"'{text[m.start():seat.end]}': the court of '{seat.name}' acts there", "seat"
    if tw.type == "travel" and tw.form in DEPARTURE_FORMS:
        left = next((p for p in s_places if p.start == s + ts + len(tw.form) + 1 and p not in in_org), None)
        if left is not None:        # "the ship left Yokohama, Japan, on Saturday": where it left from
            story.placed = True
            return left, f"'{tw.form} {left.text}': where it left from", "sentence"
    # (a journey's "to" leads where it went, a team's "trip to Montreal" for a match too)
    cands = [p for p in event_places(s_places, text, dateline_end, tw.type in MOTION_TYPES or tw.form in _TRIP_FORMS)
             if p not in in_org
             # a sea or an ocean is where ships, planes and storms are, not where a deal is signed
             and not (p.feature == "water" and tw.type not in _AT_SEA_TYPES)]
    if not cands and tw.type in ("election", "appointment"):
        # "was elected to his first of two terms as President of France": an office of a country is filled there
        end = s + ts + len(tw.form)
        office = next((p for p in s_places if p.start > end and p.feature in ("country", "admin", "city")
                       and p not in in_org and (m := _OFFICE_OF_BEFORE.fullmatch(text, end, p.start))), None)
        if office is not None:
            story.placed = True
            return office, f"'{m.group('office')} {office.text}': the office is of '{office.text}'", "sentence"
    if tw.type in ("election", "appointment"):
        # ... or named before it: "resigned last month as Bronx Borough President", "sworn in as Texas governor"
        end = s + ts + len(tw.form)
        office = next((p for p in s_places if p.start > end and p.feature in ("country", "admin", "admin2", "city")
                       and p not in in_org and (_AS_BEFORE.fullmatch(text, end, p.start) or tw.form.endswith(" as")
                                                and _THE_NEW.fullmatch(text, end, p.start))
                       and (m := _OFFICE_AFTER_PLACE.match(text, p.end))), None)
        if office is not None:
            story.placed = True
            return office, f"'{office.text}{m.group(0)}': the office is of '{office.text}'", "sentence"
    if tw.type == "statement":      # where it was said, not what it was about
        object_first = tw.verb and not _CLAUSE_TAKING.fullmatch(tw.form.lower())
        cands = [p for p in cands if p.start < s + ts] + [
            p for p in s_places if p.start > s + ts and p not in in_org and (
                _SAID_WHERE.fullmatch(text, s + ts, p.start)
                or object_first and (_OBJECT_THEN_DAY_WHERE.fullmatch(text, s + ts + len(tw.form), p.start)
                                     or _OBJECT_THEN_AUDIENCE_WHERE.fullmatch(text, s + ts + len(tw.form), p.start)
                                     or _OBJECT_THEN_OCCASION_WHERE.fullmatch(text, s + ts + len(tw.form), p.start)))]
    elif tw.verb and _DISCUSSING.fullmatch(tw.form.lower()):
        # what is discussed is no place of the talks, only where they were: "where he discussed the conflict in the
        # Caucasus" (but "discussed the plan in Geneva on Monday", the place right after the verb's object)
        cands = [p for p in cands if p.start < s + ts or _SAID_WHERE.fullmatch(text, s + ts, p.start)]
    # the trigger's own clause first: not the topic of a purpose or a subordinate clause ("met
    # leaders in the capital to discuss attacks in Ruritania", "said ... in Southern Poland")
    if not tw.verb:
        # a town right before the event noun is where it is held: "the Venice summit", "the Geneva talks"
        # (not "a Brooklyn firefighter": a person)
        named = next((p for p in s_places if p.end <= s + ts and _ONLY_MODIFIERS.fullmatch(text, p.end, s + ts)
                      and p.feature in ("city", "admin", "unlisted") and p not in in_org), None)
        if named is not None:
            story.placed = True
            return named, f"'{named.text} {tw.form}': the {tw.form} of '{named.text}'", "sentence"
    elif tw.type in _OBJECT_EVENT_TYPES:
        # ... and a verb's object that is such a noun: "won the Democratic and Republican New Hampshire primaries",
        # "won the Boston Marathon"
        end = s + ts + len(tw.form)
        named = next((p for p in s_places if p.start > end and p.feature in ("city", "admin", "unlisted")
                      and p not in in_org and _OBJECT_OPENS.fullmatch(text, end, p.start)
                      and (noun := _WORD.match(text, p.end + 1)) is not None and text[p.end:p.end + 1] == " "
                      and ((trig := TRIGGERS.get(noun.group().lower())) is not None and not trig.verb
                           and trig.type == tw.type
                           or tw.type == "election" and noun.group().lower() in _CAUCUSES)), None)
        if named is not None:
            story.placed = True
            return named, f"'{tw.form} ... {named.text} {noun.group()}': the {noun.group()} of '{named.text}'", \
                "sentence"
    if tw.type == "statement":
        # "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said": the setting
        # of the saying, told in the participle before its subject
        setting = _SPEAKING_OPENS.match(text, s)
        if setting is not None and setting.end() <= s + ts:
            where = [p for p in cands if s <= p.start < setting.end()]
            if where:
                story.placed = True
                place = best_place(where)
                return place, f"'{text[s:setting.end()].strip()}': where it was said", "sentence"
    a, b = clause_span(text, s, s + ts, story.sents[si][1], sport=tw.type == "sport")
    if _OPENING_LOCATIVE.fullmatch(text, s, a):
        a = s       # "In London, Lloyds insurance said": the opening place is the main clause's
    where = _OPENING_WHERE.match(text, s)
    if where is not None and where.end() <= s + ts:
        # "In Italy, where more than 10,000 cases have been confirmed — the highest number outside China — a similar
        # order was imposed": the opening place is the main clause's, not a place of its "where" clause
        cands = [p for p in cands if not where.start("rel") <= p.start < where.end()]
        a = s
    # (not a place of a clause that describes the subject: "The teenager accused of lighting a
    # mattress on fire in his Coney Island building ... was found guilty")
    phrase = _SUBJECT_PARTICIPLE.search(sentence, 0, ts)
    if phrase is not None and phrase.end() <= ts:
        cands = [p for p in cands if not s + phrase.start() <= p.start < s + phrase.end()]
    # (nor the place of a person's apposition: "favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician
    # in Austria, allowing ...": where she is from, not where the court ruled)
    cands = [p for p in cands if not _APPOSITION_PLACE_BEFORE.search(text, max(s, p.start - 50), p.start)]
    # (nor a place of a relative clause on the subject that the verb is not in: "Radcliffe, who ... is considering
    # running a marathon in Berlin this weekend, decided to run in the race")
    relative = [(x, y) for x, y in subordinate_spans(sentence) if y <= ts and _RELATIVE_OPENS.match(sentence, x)
                and not _OCCURRED_AT.match(sentence, x)]
    # (but where the subject's happening took place is where what it caused did: "The stampede, which occurred in
    # Kerman, resulted in at least 56 deaths and over 200 people injured")
    if relative:
        cands = [p for p in cands if not any(x <= p.start - s < y for x, y in relative)]
    # (nor, before the verb, the place of another event its noun names: "The remaining suspect in the deadly Boston
    # marathon bombings was finally caught ... in a backyard in suburban Watertown")
    if tw.verb:
        cands = [p for p in cands if not (p.start < s + ts and _of_another_event(text, p.end, s + ts))]
    # the verb's own locative ("were charged in Brooklyn this week", "was sentenced today in Brooklyn
    # court") is where, not a place in its subject's words ("teenagers connected to gangs in Crown
    # Heights were charged in Brooklyn")
    end = s + ts + len(tw.form)
    if any(p.start > end and _OWN_LOCATIVE.fullmatch(text, end, p.start) for p in cands if p.start < b):
        cands = [p for p in cands if not a <= p.start < s + ts]
    # (a saying verb after the place, before the trigger, reports it; not one inside the opening place's "where"
    # clause: "In Italy, where cases have been confirmed — ... — an order was imposed")
    said_from = where.end() if where is not None and where.end() <= s + ts else 0
    place = best_place([story.capitals.get(p.start, p) for p in cands if a <= p.start < b and not (
                            tw.type != "statement" and p.start < s + ts
                            and SAYING_VERB.search(text, max(p.end, said_from), s + ts))]
                        or ([] if tw.type == "statement" else [story.capitals.get(p.start, p) for p in cands
                                                               if p.start < s + ts
                                                               and not SAYING_VERB.search(text, max(p.end, said_from),
                                                                                          s + ts)]))
    # (not the place of the saying that reports it: "In London, Lloyds insurance said the tanker Avaj was hit")
    cause = _CAUSE_AFTER.search(text, s + ts, story.sents[si][1]) if place is None and tw.type in HARM_TYPES else None
    standoff = _CONFRONTATION_AFTER.match(text, end) if place is None and tw.type == "arrest" and tw.verb else None
    if standoff is not None:
        # "was finally caught last night after a two hour stand-off and shootout with police in a backyard in
        # suburban Watertown": caught where the confrontation that ended in it was
        place = _place_after(story, cands, text, standoff.end(), _CLAUSE_AFTER_CONFRONTATION)
        if place is not None:
            return place, f"'{place.text}', where the {standoff.group('what')} that ended in it was", "sentence"
    if cause is not None:
        # "Four people were killed and over 60 were injured after a train derailed in The Bronx": the
        # harm is where what caused it happened
        place = _place_after(story, cands, text, cause.end(), _CLAUSE_AFTER_CAUSE)
        if place is not None:
            return place, f"'{place.text}', where what caused it happened ('{cause.group(0).strip()} ...')", "sentence"
    if place is not None:
        lead_in = text[max(s, place.start - 20):place.start]
        if place.start - 20 > s and text[place.start - 21].isalnum():
            lead_in = lead_in.split(" ", 1)[-1] if " " in lead_in else ""     # (whole words only)
        why = f"'{' '.join(lead_in.split() + [place.text])}' in the sentence"
        region = region_of(place, text) if place.precision == "country" else None
        if place.precision == "country" and si + 1 < len(story.sents):
            ns, ne = story.sents[si + 1]
            nxt = sorted([p for p in event_places(story.places_in(ns, ne), text, 0)
                          if p.country == place.country and p.precision in ("city", "admin", "admin2")],
                         key=lambda p: PRECISION_RANK.get(p.precision, 9))
            if nxt:
                why = f"'{place.text}' refined by '{nxt[0].text}' ({nxt[0].country}) named in the next sentence"
                place, region = nxt[0], None
        if region is not None:
            why, place = f"'{region.text}' in the sentence (a part of the country, placed in it)", region
        here = HERE_WORD.search(text, a, b) if story.dateline_place is not None and place.precision == "country" \
            and story.dateline_place.country == place.country else None
        if here is not None and not story.quoted(here.start()):
            # "today admitted in U.S. District court here": the dateline's city, in the country the sentence names
            return story.dateline_place, (f"'{text[max(s, here.start() - 20):here.end()].strip()}': 'here' is the "
                                          f"dateline's '{story.dateline_place.text}', in '{place.name}'"), "dateline"
        story.placed = True
        return place, why, "sentence"
    return context_place(story, si, s, s_places, ts, tw, reported, from_lead, actor1, news_day, recent,
                         at_trial, start, a, b, end)


# a place opening the sentence before its first clause: "In London, ", "At the United Nations, "
_OPENING_LOCATIVE = re.compile(r"\s*(?:(?:Meanwhile|Elsewhere|Separately|Earlier|Later),?\s+(?:in|at)|"
                               # (after a time: "On Friday in Istanbul, Erdogan said", "Yesterday in Paris, ...")
                               r"(?:(?:On|Last|Late|Early|This)\s+[A-Z]?[a-z]+(?:\s+(?:morning|afternoon|evening|night))?|"
                               r"Yesterday|Today|Tonight|Earlier\s+today)\s+(?:in|at)|"
                               r"In|At|From|Near|Outside|Inside)\s+(?:the\s+)?[A-Z][\w.'’ -]*,\s*"
                               # (and a phrase of the occasion: "On Friday in Istanbul, as a part of an election rally,")
                               r"(?:(?:as|during|at|amid|after|before)\s+[^,;]{1,60},\s*)?")
# ("Meanwhile in London, dealers said": the scene moves there)
# ... with a "where" clause on it, up to the dash or the comma before the main clause: "In Italy, where more than
# 10,000 cases have been confirmed — the highest number of cases outside China — a similar order was imposed"
_OPENING_WHERE = re.compile(r"\s*(?:In|At)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+(?P<rel>where\b)"
                            r"[^.;:]*?[—–][^.;:—–]*[—–]\s*")
# where a speaker was, said anywhere in the sentence: "from exile in Uganda", "delivered in Tehran"
_SPEAKER_WAS_IN = re.compile(r"\b(?:(?:from|in)\s+exile\s+in|(?:was|were)\s+(?:delivered|broadcast)\s+(?:from|in)|"
                             r"speaking\s+from)\s+(?:the\s+)?$")


def _place_after(story, cands: list[Place], text: str, at: int, breaks: re.Pattern) -> Optional[Place]:
    """The best of the places after ``at`` that no clause break (``breaks``) separates from it: where a happening
    named after the trigger took place ("after a train derailed in The Bronx", "after a stand-off ... in
    Watertown"); the story is marked placed when there is one."""
    place = best_place([story.capitals.get(p.start, p) for p in cands
                        if p.start > at and not breaks.search(text, at, p.start)])
    if place is not None:
        story.placed = True
    return place


# the clause of what caused a death or an injury, after it ("killed after a train derailed in the Bronx")
_CAUSE_AFTER = re.compile(r"\s(?:after|when)\s")
_CLAUSE_AFTER_CAUSE = re.compile(r"[,;:]|\s(?:and|but|while|which|who|said|says)\s")
# the confrontation an arrest ended, right after the verb and its time: "caught last night after a two hour
# stand-off and shootout with police in a backyard in suburban Watertown", "arrested following a raid in"
_CONFRONTATION_AFTER = re.compile(r"(?:\s+(?!after\b|following\b)[\w’'-]+){0,4}?\s+(?:after|following)\s+(?:a|an|the)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?P<what>stand-?off|shoot-?out|gunfight|firefight|gun\s+battle|"
                                  r"chase|pursuit|raid|manhunt|siege|struggle|confrontation|scuffle)\b")
_CLAUSE_AFTER_CONFRONTATION = re.compile(r"[,;:]|\s(?:but|while|which|who|that|said|says|before|after)\s")
_HERE_IN = re.compile(r"\bhere\s+in\s+(?:the\s+)?$", re.I)
# "as" before an office named with its place: "resigned last month as Bronx Borough President", "sworn in as Texas
# governor"
_AS_BEFORE = re.compile(r"(?:\s+(?!as\b)[\w’'-]+){0,4}?\s+as\s+(?:the\s+)?(?:new\s+)?")
_THE_NEW = re.compile(r"\s+(?:the\s+)?(?:new\s+)?")
_OFFICE_AFTER_PLACE = re.compile(r"(?:['’]s)?\s+(?:[Bb]orough\s+[Pp]resident|[Mm]ayor|[Gg]overnor|[Pp]resident|[Pp]remier|"
                                 r"[Pp]rime\s+[Mm]inister|[Ss]enator|[Aa]ttorney\s+[Gg]eneral|[Dd]istrict\s+[Aa]ttorney|"
                                 r"[Ss]heriff|[Cc]hancellor)\b")
# the verb's object up to a place that names its event noun: " the Democratic and Republican " (New Hampshire primaries)
_OBJECT_OPENS = re.compile(r"\s+(?:the|a|an|this|its|their|his|her)\s+(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?|"
                           r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+['’]s\s+)?")     # ("the Democratic Party's South Carolina")
_OBJECT_EVENT_TYPES = frozenset(("election", "sport"))
# a vote's name that is no trigger of its own (it would compete with the primaries a sentence tells beside it): "won the
# Democratic Party's Nevada caucuses"
_CAUCUSES = frozenset(("caucus", "caucuses"))
_ONLY_MODIFIERS = re.compile(r"(?:\s+(?:economic|peace|trade|climate|security|emergency|annual|bilateral|"
                             r"international|regional|g7|g-7|nato|eu|world))*\s+")


# a participle of speaking that opens the sentence, up to its comma: "Speaking on al-Masirah TV in Yemen,"
_SPEAKING_OPENS = re.compile(r"\s*(?:Speaking|Talking|Addressing|Writing|Testifying|Appearing)\b[^,;.]{0,100},")


# a court of a place, before the place: "The High Court of England and Wales", "the Supreme Court of Canada"
_COURT_OF_BEFORE = re.compile(r"\b(?:Supreme|High|Appeals?|District|Federal|Constitutional|Crown|Superior|Circuit|"
                              r"Criminal|Magistrates['’]?)\s+Court\s+of\s+(?:Appeals?\s+(?:of|for)\s+)?(?:the\s+)?$")
# a court named by the place it sits in: "The Luxembourg-based court", "the Hague-based tribunal"
_COURT_BASED_AFTER = re.compile(r"-based\s+(?:[a-z]+\s+){0,2}(?:court|tribunal|judges?)\b")
# a person's apposition ending in a place: ", a politician in Austria", ", a nurse from Ohio"
_APPOSITION_PLACE_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:politician|lawmaker|nurse|doctor|"
                                      r"teacher|student|resident|native|official|businessman|businesswoman|activist|"
                                      r"journalist|lawyer|man|woman|mother|father|farmer|worker|citizen)\s+(?:in|from|of)\s+$")
_SUBJECT_PARTICIPLE = re.compile(r"\b(?:accused|charged|suspected|convicted|arrested)\s+(?:of|with|for|in)\s+[^;]*?"
                                 r"(?=,?\s+(?:was|were|has|have|had|is|are|will)\s)")


# a sentence's speaker named by a bare plural noun, with a word before it: "Trade sources told", "Bank officials said"
_BARE_PLURAL_SPEAKER = re.compile(r"\s*(?:[A-Za-z][a-z-]+\s+){0,2}([A-Za-z][a-z]{3,}s)\s+(?:also\s+)?$")


def speaker_place(story, ev, sentence: str, ts: int, te: int) -> None:
    """Where a speaker spoke from, for the same speaker's later words: a person or an organisation named
    again (or by a pronoun) the same day, or a speaker named by a common noun ("A government seismologist
    said from Rotorua ... . Today's quakes were felt over 100 square km, the seismologist added"; not the
    dateline's city). Sets ``ev``'s place in place."""
    person = ev.actor1[0] if ev.actor1 and (ev.actor1[0] in story.person_names
                                            or ev.actor1[0] in story.organisation_names) else None
    if person is not None and ev.type == "statement":
        # "In Caracas, President Jaime Lusinchi said ... . Ecuador asked for the loan ..., Lusinchi said": the
        # same person's words of the same day, from the place named before
        key = ("person", person, ev.date_start)
        if ev.place_resolution in ("sentence", "home", "qualifier", "people") and ev.place is not None:
            # (where the sentence, or the speaker's office, puts it; for each who spoke: "Solidarity leader Lech
            # Walesa ... condemned the increases ... in Gdansk")
            for name in ev.actor1:
                if name == person or name in story.person_names:
                    story.speaker_places[("person", name, ev.date_start)] = ev.place
        elif ev.place_resolution in ("dateline", "none", "lead", "country") and key in story.speaker_places and not (
                ev.place is not None and ev.place.country == story.speaker_places[key].country
                and PRECISION_RANK.get(ev.place.precision, 9) < PRECISION_RANK.get(story.speaker_places[key].precision, 9)) \
                and not _NOT_OF_THE_DAY.search(sentence, max(0, ts - 12), te):
            # (not words in the present or the present perfect, of no one day: "Lukashenko calls the protests a
            # Western plot", "He has dismissed protesters as Western puppets")
            # (not a country for the dateline's city in it: "MANILA, April 8 - ... It said")
            # (and before the story's setting: "... Rivera said" after his words at George M. Steinbrenner Field, not
            # the lead's Tampa)
            ev.place = story.speaker_places[key]
            ev.place_resolution = "speaker"
            ev.why_place = f"no place in the sentence; {person} spoke from '{ev.place.text}' that day before (uncertain)"
            # (and the persons who spoke for that speaker, there too: "... the World Health Organization's Dr. Maria Van
            # Kerkhove said", then "Kerkhove said")
            for name in ev.actor1[1:]:
                if name in story.person_names:
                    story.speaker_places.setdefault(("person", name, ev.date_start), ev.place)
            return
    noun = speaker_noun(sentence, ts, te)
    if noun is None and ev.place_resolution == "sentence" and (m := _BARE_PLURAL_SPEAKER.match(sentence[:ts])):
        noun = m.group(1).lower()   # "Trade sources told Reuters from the state capital of Salvador ... . The sources said"
    if noun is None:
        return
    if ev.place_resolution == "sentence":
        story.speaker_places[noun] = ev.place
    elif ev.place_resolution in ("dateline", "none") and noun in story.speaker_places:
        ev.place = story.speaker_places[noun]
        ev.place_resolution = "speaker"
        ev.why_place = f"no place in the sentence; the {noun} spoke from '{ev.place.text}' before (uncertain)"
