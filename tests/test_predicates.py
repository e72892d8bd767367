"""Verbs of happenings and their tense (extract/predicates.py), and the events they make
(extract/triggers.py, extract/events.py): each rule of the language with its own cases."""
import pytest

from extract import annotate_doc
from extract.predicates import VERB_FORMS, past_forms, predicates


def _preds(sentence):
    return [(sentence[p.start:p.end], p.tense) for p in predicates(sentence)]


def events(text, dct="2020-09-16"):
    return [(e["type"], e["trigger"], e["date_start"], e["date_end"], e["modality"])
            for e in annotate_doc({"doc_id": "t", "text": text, "dct": dct})["events"]]


@pytest.mark.parametrize("sentence, lemma", [
    # a verb done again, "re" before a past the table lacks: the verb's reading
    ("Reagan reappointed Volcker to the chairmanship in 1983.", "appoint"),
    ("The United States reimposed sanctions on Iran in 2018.", "impose"),
    ("The company rehired 200 workers in May.", "hire"),
])
def test_a_past_done_again_reads_as_its_verb(sentence, lemma):
    assert [p.lemma for p in predicates(sentence)] == [lemma]
    # (a word the table has keeps its own reading: "reported" is not "ported" again)
    assert VERB_FORMS["reported"][0] == "report"


def test_verb_forms_come_from_the_shipped_table():
    assert VERB_FORMS["bought"][0] == "buy" and VERB_FORMS["delivered"][0] == "deliver"
    assert VERB_FORMS["owns"] is None and VERB_FORMS["was"] is None       # states
    assert past_forms("swear") == ["swore", "sworn"]


@pytest.mark.parametrize("sentence,expected", [
    # the verb group gives the tense
    ("Apple Corps lost its court case today.", [("lost", "past")]),
    ("The first A380 was delivered today.", [("delivered", "passive")]),
    ("The price has also been reduced to $199.", [("reduced", "passive")]),
    ("Fiat has since increased its holding.", [("increased", "perfect")]),
    ("Russia was to send paratroopers to Belarus.", [("send", "future")]),
    ("The summit is scheduled to take place on March 3.", [("take", "future")]),
    ("Stock markets continued to fall today.", [("fall", "past")]),
    ("A second A380 is also travelling to the U.S. on Monday.", [("travelling", "present")]),
    ("It then filed for bankruptcy protection in February.", [("filed", "past")]),
    ("Erdoğan spoke on the phone.", [("spoke", "past")]),
    # states and mental verbs are no happenings
    ("Aer Lingus already operates an all-Airbus fleet.", []),
    ("He knew the risks.", []),
    # a participle used as an adjective, or a reduced relative clause
    ("The delayed flight left.", [("delayed", "participle"), ("left", "past")]),
    ("The A380, made by Airbus, was delivered.", [("made", "participle"), ("delivered", "passive")]),
    ("The car packed with explosives exploded.", [("packed", "participle"), ("exploded", "past")]),
    ("Ford's improved offer was opened.", [("improved", "participle"), ("opened", "passive")]),
    # nouns that look like verbs: a present needs a subject
    ("Stock prices dropped sharply.", [("dropped", "past")]),
    ("The Turkish waters near Cyprus.", []),
])
def test_tense_of_the_verb_group(sentence, expected):
    assert _preds(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a verb in no row of the trigger table is an event, typed by its sentence's domain words
    ("The Beatles' label Apple Corps lost its court case against Apple Computer today.", ("legal", "court case")),
    ("Stock prices dropped sharply in Europe and Asia on Monday.", ("economy", "dropped")),
    ("In 2009, Fiat bought a twenty percent stake in Chrysler.", ("economy", "bought")),
    ("The Ford Taurus was originally introduced in 1986.", ("other", "introduced")),
    # a noun of the table that is the verb's subject or object names the event
    ("The summit is scheduled to take place on March 3.", ("meeting", "summit")),
    ("Protests erupted in Minsk on Sunday.", ("protest", "Protests")),
    # ... but not a noun after a preposition: "began a military offensive with airstrikes"
    ("On Wednesday, Turkey began an assault with airstrikes.", ("other", "began")),
])
def test_happenings_beyond_the_trigger_table(sentence, expected):
    assert expected in {e[:2] for e in events(sentence)}, events(sentence)


@pytest.mark.parametrize("sentence,etype", [
    # sports language is no politics
    ("Arsenal beat Chelsea 3-1 on Saturday thanks to a late strike from the winger.", "sport"),
    ("The striker killed the game off with a goal in the second half of the match on Sunday.", "sport"),
    ("Ruth won a landslide victory in 1994.", "election"),
    ("He won the cup with his team in 2005.", "sport"),
    # deaths in a disaster are the disaster's, a car bomb is violence
    ("A car bomb exploded near a market in Baghdad on Thursday.", "violence"),
    ("A missile strike hit the Kuwaiti tanker on Friday.", "violence"),             # no walkout
    ("Twelve people were killed in the earthquake on Monday.", "disaster"),
])
def test_political_words_in_another_domain(sentence, etype):
    assert etype in {e[0] for e in events(sentence)}, events(sentence)


@pytest.mark.parametrize("sentence", [
    "Sunday's match was at the summit of the league.",                  # a place in the table
    "The Federal Disaster Relief Fund paid the bills on Monday.",       # an event word in a name
])
def test_no_political_event_from_a_name_or_the_table(sentence):
    assert not {"meeting", "disaster"} & {e[0] for e in events(sentence)}, events(sentence)


def test_a_dated_relative_clause_is_an_event_of_its_own():
    got = events("The singer, who won a Grammy in 1998, died on Sunday.")
    assert ("death", "died", "2020-09-13", "2020-09-13") in {e[:4] for e in got}, got
    assert ("other", "won", "1998-01-01", "1998-12-31") in {e[:4] for e in got}, got
    # a state that lasts since a date is none
    got = events("Lukashenko, who has ruled Belarus since 1994, flew to Sochi on Monday.")
    assert [e[1] for e in got] == ["flew"], got


@pytest.mark.parametrize("sentence,allowed", [
    ("Unfortunately, our delegation has not yet arrived due to weather conditions.", set()),  # did not happen
    ("\"We consider the matter closed,\" he muttered.", set()),                              # a quotation
    ("More than 4.75 million people have been infected globally.", set()),                   # a running tally
    ("The law passed on Monday. Democrats have largely supported expanding access.", {"passed"}),  # a habit
    ("These guys will be tougher to beat in the future.", set()),                            # adjective + to
    ("What can we say except that?", set()),                                                 # no report
    ("The sale is subject to meeting certain conditions.", set()),                           # the verb meet
    ("In a demonstration of its speed, the computer ran the program on Monday.", {"ran"}),   # no protest
    ("Stores without designated shop assistants closed on Monday.", {"closed"}),             # an adjective
])
def test_no_event(sentence, allowed):
    got = events(sentence)
    assert {e[1] for e in got} <= allowed, got


def test_a_saying_in_the_present_is_the_reports_own():
    got = events("For the final quarter of 2009, Ford says it made profits of $868 million.", "2010-01-28")
    assert ("statement", "says", "2010-01-28", "2010-01-28") in {e[:4] for e in got}, got
    assert ("economy", "made", "2009-10-01", "2009-12-31") in {e[:4] for e in got}, got


def test_initials_end_no_sentence():
    from extract.sentences import split_sentences
    text = "It then filed for bankruptcy. J.C. Penney filed for bankruptcy on May 15. It closed."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "It then filed for bankruptcy.", "J.C. Penney filed for bankruptcy on May 15.", "It closed."]


def test_a_companys_legal_form_ends_no_sentence():
    from extract.sentences import split_sentences
    text = ("On October 29, HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger. "
            "Müller GmbH. Rolls-Royce Holdings plc. were named. It closed.")
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got[0] == "On October 29, HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger.", got


def test_a_participle_after_being_that_modifies_a_noun_is_no_finite_happening():
    from extract.predicates import predicates
    s = "Lukashenko informed Putin about the measures being taken to normalise the situation."
    assert [(p.lemma, p.tense) for p in predicates(s, s.lower())] == [("inform", "past"), ("take", "participle")]
    s = "The bridge is being built."
    assert [(p.lemma, p.tense) for p in predicates(s, s.lower())] == [("build", "passive")]


def test_a_relation_of_one_happening_to_another_is_no_happening():
    from extract.predicates import predicates
    s = "The decision followed the previous restriction. It was followed by another earthquake."
    assert [p.lemma for p in predicates(s, s.lower())] == []


def test_the_first_to_do_something_did_it():
    from extract.predicates import predicates
    s = "She was the first woman to win the title. He wants to win the title."
    assert [(p.lemma, p.tense) for p in predicates(s, s.lower())] == [("win", "past"), ("win", "infinitive")]
