"""A saying's date is not a date of what is said: a name and a present verb after "said" open the said clause ("He
said Air New Zealand expects to release its results for the year to March 31 1987"); a period right after "said"
with its noun after it is what is talked about ("said first quarter inflation was 6.3 pct"); a plural's present
saying ("economists say") is the report's own, as "says" is. And a wire's dateline day is the report's day."""
import pytest

from extract.pipeline import extract_article
from extract.reader import dateline_news_day, parse_article


def _events(body, published="1987-06-18"):
    return extract_article(parse_article(f"Published: {published}\n\n" + body, "x.txt")).events


def _dates(body, trigger, published="1987-06-18"):
    return [(e.date_start, e.date_end) for e in _events(body, published) if e.trigger == trigger]


@pytest.mark.parametrize("body", [
    "WELLINGTON, June 18 - He said Air New Zealand expects to release its results for the year to March 31 1987.",
    "WELLINGTON, June 18 - The minister said Boeing plans to deliver the jets in 1989.",
    "WELLINGTON, June 18 - The central bank said first quarter inflation was 6.3 pct.",
    "WELLINGTON, June 18 - The company said 1986 earnings rose sharply.",
])
def test_a_date_of_what_is_said_is_not_the_sayings(body):
    assert _dates(body, "said") == [("1987-06-18", "1987-06-18")]


@pytest.mark.parametrize("body,day", [
    ("WELLINGTON, June 18 - The minister said on Monday the sale would go ahead.", "1987-06-15"),
    ("WELLINGTON, June 18 - Labour leaders said last week gangs were being formed.", "1987-06-08"),
    ("WELLINGTON, June 18 - Officials said last year it was a success.", "1986-01-01"),
])
def test_the_sayings_own_time_right_after_its_verb_stays(body, day):
    assert _dates(body, "said")[0][0] == day


def test_a_plurals_present_saying_is_the_reports_not_a_date_before_it():
    body = ("CARACAS, April 29 - The inflation rate was 11.5 pct in 1986 and private economists say it will be 25 to 30 "
            "pct in 1987.")
    assert _dates(body, "say", "1987-04-29") == [("1987-04-29", "1987-04-29")]
    # (a saying to come is not one in the present)
    body = "CARACAS, April 29 - In 1986 the economists will say nothing."
    assert _dates(body, "say", "1987-04-29") != [("1987-04-29", "1987-04-29")]


@pytest.mark.parametrize("dateline,published,day", [
    ("April 10", "1987-04-11", "1987-04-10"),       # stamped after the reporter's midnight
    ("April 24", "1987-04-23", "1987-04-24"),       # filed in Tokyo, stamped the evening before in New York
    ("Dec 31", "1988-01-01", "1987-12-31"),         # across a year
    ("April 11", "1987-04-11", None),               # the same day
    ("March 1", "1987-04-11", None),                # too far off: not the report's day
])
def test_a_datelines_day_near_the_stamp_is_the_reports_day(dateline, published, day):
    assert dateline_news_day(dateline, published) == day


def test_relative_dates_count_from_the_datelines_day():
    body = "SEATTLE, Wash., April 10 - A judge ruled today that the case will be decided in Seattle."
    art = parse_article("Published: 1987-04-11\n\n" + body, "x.txt")
    assert art.published == "1987-04-10" and "publication_day_from_dateline" in art.flags
    assert [e.date_start for e in extract_article(art).events if e.trigger == "ruled"] == ["1987-04-10"]


def _row(body, trigger, published="2017-03-02"):
    return [(e.type, e.date_start, e.date_end) for e in _events(body, published) if e.trigger == trigger]


@pytest.mark.parametrize("body,trigger", [
    ("Lawsuits brought by several employees of the popular restaurant have led to its closure.", "brought"),
    ("The two lawsuits—filed in September—centered on wage theft at the restaurant.", "filed"),
    ("The first lawsuit, which was brought in July of 2016, cost the restaurant owners money.", "brought"),
])
def test_a_lawsuit_brought_or_filed_is_a_legal_step_in_any_story(body, trigger):
    assert [r[0] for r in _row(body, trigger)] == ["legal"]


def test_something_brought_that_is_no_suit_keeps_its_type():
    assert all(r[0] != "legal" for r in _row("The restaurant brought new customers to the company in May 2016.",
                                             "brought"))


def test_a_participle_in_the_phrase_naming_the_source_takes_no_date_of_what_it_tells():
    body = ("According to the lawsuit filed just before the new year, the women were dining at Bocca East in November "
            "of 2013 when a waiter set them on fire.")
    got = _row(body, "filed", "2016-01-03")
    assert got and got[0][1] != "2013-11-01", got


@pytest.mark.parametrize("body,trigger", [
    ("In 1998, he opened an influential fusion restaurant in Manhattan.", "opened"),
    ("Fernandez founded a small bakery in 1960.", "founded"),
    ("Oates opened East River Skate Shop in Greenpoint last summer.", "opened"),
])
def test_a_business_opened_or_founded_is_a_business_step(body, trigger):
    assert [r[0] for r in _row(body, trigger, "2016-05-19")] == ["economy"]


def test_something_opened_that_is_no_business_keeps_its_type():
    assert all(r[0] != "economy" for r in _row("The museum opened a new exhibit in May.", "opened", "2016-05-19"))


def test_a_post_filled_by_hiring_is_an_appointment_and_labour_hired_is_not():
    body = "Earlier this week, the Mayor announced that he had hired a new speech writer and a new social media director."
    assert [r[0] for r in _row(body, "hired", "2016-05-06")] == ["appointment"]
    assert all(r[0] != "appointment" for r in _row("The bank board hired another Texas association to run it.",
                                                    "hired", "2016-05-06"))
