"""The day a story tells holds for what follows: a relative clause right after an event's noun dates the happening it
tells of ("battled a six-alarm fire that engulfed buildings ... last night"), and a clock time of that day ("The fire
was reported at 9:51 p.m.") carries last night's day, not the report's, to the sentences after it."""
import pytest

from extract.pipeline import extract_article
from extract.reader import parse_article


def _events(body, published="2016-03-30"):
    return extract_article(parse_article(f"Published: {published}\n\n" + body, "x.txt")).events


def _day(events, trigger):
    return [(e.date_start, e.date_end) for e in events if e.trigger == trigger]


def test_a_relative_clause_right_after_an_event_noun_dates_it():
    evs = _events("More than 200 firefighters battled a six-alarm fire that engulfed buildings on DeKalb Avenue in "
                  "Brooklyn last night. Fire Commissioner Daniel Nigro said many people were homeless.")
    assert _day(evs, "fire") == [("2016-03-29", "2016-03-29")]


@pytest.mark.parametrize("body", [
    # a clause about a person is not the happening's ("The singer, who toured Japan in 1998, died")
    "Police arrested a man who robbed a bank in 1998 on Tuesday.",
    # a passive or a state after the noun tells nothing the happening did
    "Officials discussed the fire that was reported in 1998.",
])
def test_other_relative_clauses_do_not_date_the_noun(body):
    assert all(d[0] and not d[0].startswith("1998") for e in _events(body) for d in [(e.date_start, e.date_end)]
               if e.trigger in ("arrested", "fire"))


def test_a_clock_time_of_the_storys_day_carries_that_day_on():
    evs = _events("A six-alarm fire engulfed buildings on DeKalb Avenue in Brooklyn last night.\n\n"
                  "The fire was reported at 9:51 p.m. at 1427 DeKalb Avenue, and it quickly spread to neighboring "
                  "buildings. Eleven people were injured.")
    assert _day(evs, "spread") == [("2016-03-29", "2016-03-29")]
    assert _day(evs, "injured") == [("2016-03-29", "2016-03-29")]


@pytest.mark.parametrize("body,saying,day", [
    ("Fewer people have tested positive for the coronavirus over the past month at Cook County Jail, officials "
     "announced Friday.", "announced", "2020-05-15"),
    ("Three men were arrested in the raid, police said on Thursday.", "said", "2020-05-14"),
])
def test_a_saying_with_a_day_of_its_own_after_what_it_reports_is_an_event_too(body, saying, day):
    evs = _events(body, "2020-05-16")
    assert [(e.type, e.date_start) for e in evs if e.trigger == saying] == [("statement", day)]
    assert any(e.type != "statement" for e in evs)      # and what it reports stays an event


def test_a_saying_with_no_day_after_what_it_reports_adds_nothing():
    evs = _events("Three men were arrested in the raid, police said.", "2020-05-16")
    assert [e.trigger for e in evs] == ["arrested"]


@pytest.mark.parametrize("body,trigger", [
    ("Rivian recently announced that it would build trucks in Illinois.", "announced"),
    ("The SEC has recently signed an accord with Britain on insider trading.", "signed"),
])
def test_recently_before_a_verb_is_some_time_before_the_report(body, trigger):
    assert _day(_events(body), trigger) == [(None, "2016-03-30")]


def test_recently_before_a_noun_is_no_adverb_of_the_verb():
    evs = _events("The recently embattled deli will close on Sunday.")
    assert all(e.date_start for e in evs if e.trigger == "close")


def test_a_day_expected_ahead_is_not_moved_to_last_year():
    body = ("WELLINGTON, June 29 - The economic strategy was unveiled by party leader Jim Bolger one day before prime "
            "minister David Lange announces the date of general elections, widely expected to be August 15.")
    assert _day(_events(body, "1987-06-29"), "elections") == [("1987-08-15", "1987-08-15")]


def test_where_a_person_comes_from_is_not_the_storys_town():
    from extract.placecands import main_place
    from extract.schema import Place
    text = ("Richard Roe, a 32-year-old shop owner from Greenpoint, died on Tuesday, police say. He opened his shop in "
            "Greenpoint last summer. He was hit in Manhattan. The United States has many such deaths.")
    def at(name, nth=0, feature="city"):
        i = -1
        for _ in range(nth + 1):
            i = text.index(name, i + 1)
        return Place(i, i + len(name), name, name, "US", 40.7, -73.9, feature)
    places = [at("Greenpoint"), at("Greenpoint", 1), at("Manhattan"), at("United States", feature="country")]
    # (Greenpoint twice, once as where the owner comes from; Manhattan once: no town outranks the other)
    assert main_place(places, 0, text).name == "United States"


@pytest.mark.parametrize("body,place", [
    ("A boy was struck by a cab on the Upper West Side last night.", "Upper West Side"),
])
def test_on_before_a_place_one_is_on_is_where(body, place):
    evs = _events(body, "2014-01-11")
    assert [e.place.name if e.place else None for e in evs if e.trigger == "struck"] == [place]


def test_on_before_a_topic_is_not_where():
    evs = _events("Talks on the West Bank resumed on Monday in Paris.", "2014-01-11")
    assert [e.place.name if e.place else None for e in evs if e.trigger.lower() == "talks"] == ["Paris"]


def test_a_day_right_before_a_relative_clause_on_an_event_noun_is_the_clauses():
    body = ("The agent provided information that permitted the C.I.A. to direct the drone strike on Sunday that killed "
            "Fahd al-Quso, a suspect in the bombing of the American destroyer Cole in Yemen in 2000.")
    assert _day(_events(body, "2012-05-08"), "killed") == [("2012-05-06", "2012-05-06")]


def test_a_day_of_no_event_noun_before_that_is_not_the_clauses():
    body = "The company said it would end the lockout as of tomorrow that started December 14."
    assert all(d[0] != "1987-03-17" for d in _day(_events(body, "1987-03-16"), "started"))


def test_a_superlatives_since_bounds_no_event_and_is_not_the_time_named_before():
    body = ("A jury voted on Monday to award $183 million to five firefighters who fought a deadly fire in the Bronx in "
            "January 2005, on what would later be dubbed 'Black Sunday'—the deadliest day in FDNY history since "
            "September 11, 2001.\n\nThe FDNY said at the time that the fire was likely started by an extension cord.")
    evs = _events(body, "2016-02-23")
    assert _day(evs, "voted") == [("2016-02-22", "2016-02-22")]
    assert _day(evs, "said") == [("2005-01-01", "2005-01-31")]


@pytest.mark.parametrize("body,trigger,span", [
    ("The loans were granted in 1983 and 1984.", "granted", ("1983-01-01", "1984-12-31")),
    ("Mateen was investigated by the FBI in 2013 and 2014.", "investigated", ("2013-01-01", "2014-12-31")),
])
def test_two_following_dates_joined_by_and_are_one_span(body, trigger, span):
    assert _day(_events(body, "2016-06-13"), trigger) == [span]


def test_two_dates_years_apart_are_not_one_span():
    evs = _events("Park was re-elected in 2014 and 2018.", "2020-07-10")
    assert all(d != ("2014-01-01", "2018-12-31") for d in _day(evs, "re-elected"))
