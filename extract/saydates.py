"""Which of a sentence's dates are an event's own clause's, for a saying: the saying's own date, not
what is said ("Hypes said Washington designed the trail in 1790", "said on Monday the talks would
resume", "said a 100% increase ... in mid March drove a 25% uptick"), and the dates a sentence's
clauses keep between colons and semicolons, a gerund phrase's own dates, and "the same day" of the
happening told just before. The story (an ``events._Story``) is passed in, not imported.
"""
from __future__ import annotations

import re
from typing import Optional

from .clausedates import SAID_OBJECT, event_timexes, is_dated
from .dating import TESTIFY
from .tenses import past_weekday
from .lexicon import SAYING_OCCASIONS
from .predicates import PAST_FORMS, base_forms, present_forms
from .schema import Timex
from .textutil import trie_regex
from .timex import PAST_WORDS
from .triggers import Trigger

_OBJECT_NEXT = re.compile(r"\s+(?:a|an|the|its|his|her|their|this|these)\s", re.I)
# a finite verb between a reporting verb and a date: the date is in what is said ("said the talks
# would resume on Monday", "said Washington designed the trail in 1790"); without one the verb has
# only an object and the date is the saying's ("reported record revenue on Thursday")
_CLAUSE_VERB = re.compile(r"\b(?:would|will|could|can|may|might|must|should|shall|had|has|have|was|were|is|are|"
                          r"be|been|did|does|do|[a-z]{2,}ed|"
                          + trie_regex(PAST_WORDS - {"ago", "last", "earlier", "previously"}) + r")\b")
# a clause said in the present, opened by its pronoun: "The parties said they expect a decision
# this year"
_PRONOUN_CLAUSE = re.compile(r"\b(?:he|she|it|they|we)\s+(?!(?:on|in|at|last|this|that|earlier|later|late|early)\b)"
                             r"[a-z]{3,}\b")
# the occasion of a saying, right before its date: "expressed high hopes ... at a press briefing on
# Friday", "said in an interview on Sunday"
SETTING_BEFORE = re.compile(r"\b(?:at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:" + "|".join(sorted(SAYING_OCCASIONS)) + r")\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
                            re.I)
# the start of a noun phrase right after "said", no verb up to a date: the subject of what is said
_SAID_SUBJECT = re.compile(r"\s+(?:a|an|the|\d)[^,;:\"“”]*$")
# what may stand between a reporting verb and its own date: "said on Monday", "said late Monday"
_NEXT_TO_VERB = re.compile(r"^[\s,]*(?:(?:on|in|at|late|early|earlier|later|this|last|during)\s+){0,2}$", re.I)


def saying_dates(story, sentence: str, s: int, s_timex: list[Timex], ts: int, te: int,
                  tw: Trigger, reported: bool, said_on: tuple) -> tuple[list[Timex], Optional[tuple]]:
    """The timexes that date the trigger's own clause (:func:`event_timexes`) — for a statement
    those of the saying, not of what is said — and, for a statement, the set of the saying's
    dates, which the event it reports does not take, with its verb (None: unchanged)."""
    own = [t for t in event_timexes(sentence, s_timex, s, ts, te, tw.type)
           if not story.quoted(t.start)      # ("'a real hero tonight,' he said last night")
           and not (tw.type == "sport" and t.rule == "half")]     # ("after a nervy first half": the match's)
    that = _SAYING_THAT_BEFORE.search(sentence, 0, ts)
    if that is not None:
        # what is said ends where a second one begins: "announced Sunday that an inmate had tested positive and on
        # Wednesday that two more had"
        second = _SECOND_THAT.search(sentence, ts)
        said_end = second.start() if second is not None else len(sentence)
        if any(that.end() <= t.start - s < said_end and is_dated(t) for t in own):
            # "The embassy confirmed on Saturday that an American died in Wuhan on Thursday": what is said has a date
            # of its own, and the saying's is not its (whether or not the saying is an event)
            own = [t for t in own if that.end() <= t.start - s < said_end or not is_dated(t)]
    if reported and not (not tw.verb and said_on[1] >= 0 and SAID_OBJECT.fullmatch(sentence, said_on[1], ts)):
        # (but the saying's own object happened on its day: "announced his resignation on Thursday")
        own = [t for t in own if id(t) not in said_on[0]]
    if tw.type != "statement" and tw.form not in TESTIFY or reported:
        return own, None        # (testimony is a saying: "testified that he ran amok earlier that evening")
    # "Hypes said Washington designed the trail in 1790": a date after the reporting
    # verb dates what is said, unless it follows the verb ("said on Monday"); and in
    # "The plant will close next year, the company said." the date before the
    # speaker's own clause is what is said, not when
    # (a quotation between the verb and the date is what was said, not a clause of its own:
    # 'said, "They need to stand by us", while addressing the press yesterday')
    plain = story.unquoted(sentence, s)
    # a saying is made at one time, not over a span since a date: "made public bank statements showing his group has
    # received 32 mln dlrs since mid-1984, but said he has no idea who donated the money" (a perfect's "since" is
    # what is told, not when)
    own = [t for t in own if not SINCE_BEFORE.search(sentence, max(0, t.start - s - 8), t.start - s)]
    if tw.form in _CLAUSE_SAYINGS:
        own = [t for t in own if not _in_said_clause(plain, te, t.start - s, t.end - s)]
        # a name and a verb in the present right after the verb open what is said ("He said Air New Zealand expects
        # to release its results soon for the year to March 31 1987"): a date after them is of what is said
        named = _NAME_AND_WORD.match(plain, te)
        if named is not None and named.group(1) in _PRESENT_FORMS:
            own = [t for t in own if t.start - s < named.end()]
        # a period right after the verb, its noun after it, is what is said about ("The central bank said first
        # quarter inflation was 6.3 pct", "said 1986 earnings rose"), not when it was said (a day is: "said Monday")
        own = [t for t in own if not (t.start - s >= te and not sentence[te:t.start - s].strip()
                                      and t.granularity in ("quarter", "year", "month", "season")
                                      and not _DEICTIC.match(t.text)
                                      and _BARE_NOUN_AFTER.match(sentence, t.end - s))]
    else:       # (any saying's "that" clause: "reported that, in a phone call in late July, Trump might have encouraged")
        own = [t for t in own if not (t.start - s >= te and _SAID_THAT.match(plain, te, t.start - s)
                                      and _clause_verb_after(plain, t.end - s))]
    own = [t for t in own if t.start - s < ts or _NEXT_TO_VERB.match(sentence[te:t.start - s])
           or not (_finite_verb_between(plain, te, t.start - s) or _PRONOUN_CLAUSE.search(plain, te, t.start - s)
                   # (a date inside the subject of what is said, its verb after it: "Adobe Analytics said a 100%
                   # increase in online grocery orders in mid March drove a 25% uptick")
                   or tw.form in ("said", "says") and _SAID_SUBJECT.match(sentence, te, t.start - s)
                   and _CLAUSE_VERB.match(sentence, t.end - s + 1) is not None)
           or SETTING_BEFORE.search(sentence, max(te, t.start - s - 60), t.start - s)]
    right_after = [t for t in own if t.start - s >= te and _NEXT_TO_VERB.match(sentence[te:t.start - s])
                   and not sentence.startswith(("'s", "’s"), t.end - s)]     # (not "said Wednesday's quake ...")
    if right_after:         # "This year, the US has paid $58 million, officials said last month": the
        own = right_after   # saying's own date is the one next to its verb
    if (len(sentence[te:].split()) <= 4 and not any(c in sentence[te:] for c in '"“')
            or tw.form in _CLAUSE_SAYINGS and sentence.endswith(", ", 0, ts) and _SPEAKER_AFTER.match(sentence, te)) \
            and not _OBJECT_NEXT.match(sentence, te):
        # (and what is said before a comma and a verb that takes a clause, its speaker after it: "The
        # waterway is expected to lose 9-10 mln dlrs this year, said William Blair, an executive of ...")
        # ("The plant will close next year, the company said"; not a naming in quoted words: "On
        # Monday, the opposition branded the election a “farce”", nor a saying with its object: "On
        # the same day, the group issued a corresponding press release")
        head = max(sentence.rfind(c, 0, ts) for c in (",", "”", '"', ";", ":"))
        # (but a date that opens the sentence, its comma the one before the speaker, is the saying's: "Yesterday, Labour
        # leader Jeremy Corbyn said it would fail")
        if head > 0 and not any(t.end - s >= head - 1 and _DATE_OPENS.fullmatch(sentence, 0, t.start - s) for t in own):
            own = [t for t in own if t.start - s > head]
    if tw.verb and (tw.form.endswith("s") and not tw.form.endswith("ss")
                    # (and the plural's present: "The inflation rate was 11.5 pct in 1986 and private economists say
                    # it will be 25 to 30 pct in 1987"; not "will say", "to say", "did not say")
                    or tw.form in _PLURAL_PRESENT and not _NOT_FINITE_BEFORE.search(sentence, max(0, ts - 24), ts)):
        # "For the final quarter of 2009, Ford says it made profits": a saying in the present is the
        # report's own; a date before it is what is said
        own = [t for t in own if t.start - s >= te]
    if story.pub:         # nothing is said after its own report: such a date is what is said (but a
        own = [t for t in own if not (t.date_start and t.date_start > story.pub     # weekday told in the past)
                                      and (past_weekday(story, sentence, t, t.date_start, ts, te, tw.verb) is None
                                           # (not one of what is said, ahead: "said that starting Wednesday,
                                           # Britons will be allowed ...")
                                           or t.start - s >= te and _FUTURE_AFTER.search(sentence, t.end - s,
                                                                                         t.end - s + 60)))]
    return own, (frozenset(id(t) for t in own if t.start - s >= te), ts)


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# verbs that report a clause right after them, no object between ("said its first-quarter earnings fell");
# not "told", "announced" ("told reporters on Monday", "announced the deal on Monday": the saying's day)
_CLAUSE_SAYINGS = frozenset("say says said add adds added state states stated note notes noted".split())
# a period told from now, an adverb of the saying's time: "said last week gangs ... were being formed"
_DEICTIC = re.compile(r"(?:last|this|next|past|the|a|early|late|earlier|later)\b", re.I)
_PLURAL_PRESENT = frozenset("say add note state".split())
_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|do|does|not|never|"
                                r"n['’]t|let|make|made|heard|hear)\s+(?:[a-z]+ly\s+)?$", re.I)
# a name and a verb in the present, the start of a clause said: "said Air New Zealand expects", "said Boeing plans"
# (the word after the name looked up in the verbs table: no regex of all the table's present forms to compile at start-up)
_NAME_AND_WORD = re.compile(r"\s+(?:[A-Z][\w.&'’-]*\s+){1,4}([a-z]+)\b")
_PRESENT_FORMS = present_forms()
# a noun right after a period: "first quarter inflation", "1986 earnings" (not a determiner, a pronoun, a preposition,
# "that" or a comma: "said last year it would", "said in March that")
_BARE_NOUN_AFTER = re.compile(r"[\s-]+(?!(?:the|a|an|it|its|he|she|they|we|i|you|there|that|this|these|those|his|her|"
                              r"their|our|in|on|at|to|for|of|by|with|from|and|or|but|as|after|before|when|while|"
                              r"if|because|since|until|about|also|was|were|is|are|had|has|have|would|will|could)\b)"
                              r"[a-z][a-z-]+\b")
# the start of what is said: a noun phrase ("its first-quarter earnings", "the company expects to lose ... this
# year"), up to a date with no comma, colon or quotation mark before it; or "that" and a clause
_SAID_NOUN_PHRASE = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their|our)\s|\d)[^,;:\"“”]*$")
_SAID_THAT = re.compile(r"\s+that,?\s")
_THAT_NEXT = re.compile(r"\s*,?\s*that\b")
# what may stand before a date that opens the sentence: "Yesterday,", "On Monday,", "Late on Friday,"
_DATE_OPENS = re.compile(r"\s*(?:(?:on|in|at|late|early|earlier|later)\s+)*", re.I)
# ... or a noun phrase with no determiner, its head's preposition leading to the date: "rainfall over the past year",
# "average temperatures for the last 10 days of March" (not a pronoun's clause, nor the saying's own time: "said on",
# "said last week")
_SAID_BARE_NOUN_PHRASE = re.compile(
    r"\s+(?!(?:on|in|at|during|last|this|next|late|early|earlier|later|yesterday|today|tonight|that|it|he|she|they|we|"
    r"i|you|there|here|then|now|recently|previously|separately|also|after|before|when|while|since|until|again|once|"
    r"twice|[a-z]+ly)\b)"
    r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?\s+(?:for|of|in|over|during|since|from)\s+[^,;:\"“”]*$")
# a saying and its "that", before an event in what is said: "confirmed on Saturday that", "told reporters Monday that"
_SAYING_THAT_BEFORE = re.compile(r"\b(?:said|says|told|reported|added|stated|confirmed|announced|revealed|disclosed|"
                                 r"acknowledged|admitted)\b[^;:.\"“”]{0,60}?\bthat\s+(?=[^;:]*$)")
_SECOND_THAT = re.compile(r",?\s+and\s+(?:[^;:,]{0,30}?\s)?that\s")
# the speaker named after the verb, up to a comma or the sentence's end: ", said William Blair, an executive"
# (not a clause: "Ken Ramirez, tribal chair for the band, said tribal officials looked at ...")
_SPEAKER_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*(?:,|[.!?]?\s*$)")


# the irregular past tenses ("withdrew", "fought", "began"), which _CLAUSE_VERB's "-ed" does not find; not those
# written as their own verb's base ("cut", "hit", "put"), which are as often nouns or presents
_IRREGULAR_PAST = re.compile(r"\b(?:" + trie_regex({f for f in PAST_FORMS if f.isalpha() and not f.endswith("ed")
                                                    and f not in base_forms()}) + r")\b")


def _in_said_clause(plain: str, te: int, a: int, b: int) -> bool:
    """Whether the date at [a, b) of the sentence stands in the clause said right after the verb ending at te:
    "K Mart said its fourth quarter pre-tax income ... was 493 mln dlrs", "said the company expects to lose 30
    to 50 mln dlrs this year", "The indictment said that between 1978 and 1983, the defendants conspired" (a
    clause verb after the date: not "He said that in 2019.", where "that" is what he said)."""
    if a < te:
        return False
    if _SAID_NOUN_PHRASE.match(plain, te, a):
        return True
    if _SAID_BARE_NOUN_PHRASE.match(plain, te, a) and _clause_verb_after(plain, b) \
            and not _THAT_NEXT.match(plain, b):     # (a date before "that" is the saying's: "said in March that")
        return True     # "Granma said rainfall over the past year has been less than 50 pct", "It said average
                        # temperatures for the last 10 days of March ... were three to five degrees below average"
    return _SAID_THAT.match(plain, te, a) is not None and _clause_verb_after(plain, b)


# a word before an "-ed" form that makes it an adjective: "12 confirmed coronavirus cases", "the reported deaths"
_ADJECTIVE_ED_BEFORE = re.compile(r"(?:\d|\b(?:a|an|the|its|their|his|her|new|more|additional|[a-z]+teen|"
                                  r"[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|"
                                  r"thousand|million))\s+$")


def _finite_verb_between(plain: str, a: int, b: int) -> bool:
    """Whether a finite verb stands in [a, b): _CLAUSE_VERB's words, not an "-ed" adjective after a number or a
    determiner ("reported 12 confirmed coronavirus cases in the U.S. on Friday": the report's Friday)."""
    for m in _CLAUSE_VERB.finditer(plain, a, b):
        if m.group().endswith("ed") and _ADJECTIVE_ED_BEFORE.search(plain, max(a, m.start() - 14), m.start()):
            continue
        return True
    return False


def _clause_verb_after(plain: str, b: int) -> bool:
    """Whether a finite verb follows position ``b`` (regular or irregular past, an auxiliary, a modal)."""
    return _CLAUSE_VERB.search(plain, b) is not None or _IRREGULAR_PAST.search(plain, b) is not None


_FUTURE_AFTER = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected)\b")


_COLON_OR_SEMICOLON = re.compile(r";|(?<!\d):(?!\d)")


def colon_clause(sentence: str, ts: int) -> tuple[int, int]:
    """The span of the trigger's clause between the colons and semicolons around it (the whole sentence when
    there are none)."""
    a, b = 0, len(sentence)
    for m in _COLON_OR_SEMICOLON.finditer(sentence):
        if m.end() <= ts:
            a = m.end()
        elif m.start() >= ts:
            b = m.start()
            break
    return a, b


# a day named as the one just told: "on the same day", "that night"
SAME_DAY = re.compile(r"(?i:(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon))")


def gerund_dates(gerunds: list, own: list, s: int, ts: int) -> list:
    """A gerund's own dates are those of its phrase ("convicted in March of killing Mark Carson in May
    2013": the killing's May 2013); another event's are not, unless it has no other ("found guilty on
    Thursday of raping a tourist in 2014": the verdict's Thursday)."""
    mine = next((g for g in gerunds if g[0] == ts), None)
    if mine is not None:
        return [t for t in own if mine[1] <= t.start - s < mine[2]] or own
    rest = [t for t in own if not any(g[1] <= t.start - s < g[2] for g in gerunds)]
    return rest if any(is_dated(t) for t in rest) else own
