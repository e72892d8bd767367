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
