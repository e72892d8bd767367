"""A local outlet's story that names no setting of its own happens in the outlet's city (data/outlet_homes.tsv):
Gothamist's in New York City, or in the one town of the city's area the story names; never when the story names a
place beyond that area, nor for a wire or a city newspaper (which prints syndicated stories of anywhere)."""
import pytest

from extract.homes import outlet_home
from extract.pipeline import extract_article
from extract.reader import parse_article


def _events(body, source="Gothamist (via jeremiak/gothamist-scrape-data)", published="2016-05-26", url=""):
    head = f"Source: {source}\nURL: {url}\nPublished: {published}\nTitle: t\n\n"
    return extract_article(parse_article(head + body, "x.txt")).events


def _places(events, trigger):
    return [e.place.name if e.place else None for e in events if e.trigger == trigger]


@pytest.mark.parametrize("source,url,city", [
    ("Gothamist (via jeremiak/gothamist-scrape-data)", "", "New York City"),
    ("gothamist", "", "New York City"),
    ("", "https://gothamist.com/news/a-story", "New York City"),
    ("", "https://www.dcist.com/story/1", "Washington"),
    ("Reuters", "", None),
    ("Chicago Sun-Times", "https://chicago.suntimes.com/x", None),     # a city paper: syndicated stories of anywhere
    ("The Gothamist Review", "", None),
])
def test_the_outlets_city_by_name_or_domain(source, url, city):
    got = outlet_home(source, url)
    assert (got[1].name if got else None) == city


_BODY = ("A 33-year-old man is dead after shots were fired at a rap concert at Irving Plaza last night. "
         "One concertgoer said everybody just started running.")


def test_a_local_outlets_story_naming_no_place_happens_in_its_city():
    evs = _events(_BODY)
    assert _places(evs, "said") == ["New York City"]
    assert "local outlet" in next(e for e in evs if e.trigger == "said").why_place


def test_the_same_story_from_a_wire_or_a_city_paper_stays_unplaced():
    assert _places(_events(_BODY, source="Reuters"), "said") == [None]
    assert _places(_events(_BODY, source="Chicago Sun-Times"), "said") == [None]


def test_the_one_town_of_the_area_the_story_names_is_its_setting():
    body = ("A teenager was charged with murder after a shooting on the B15 bus in Brooklyn, police said yesterday. "
            "His mother insisted he was innocent.")
    assert _places(_events(body, published="2014-03-22"), "insisted") == ["Brooklyn"]


@pytest.mark.parametrize("body", [
    # another state
    "Tim Pernetti resigned on Friday after a video aired. He said he was sorry. New Jersey officials welcomed it.",
    # another country
    "Navy SEALs rescued two aid workers in Somalia last night. A spokesman said they were safe.",
    # a town beyond the city's area
    "A fire killed five people in a house in Stamford on Christmas morning. A neighbor said she heard screams.",
])
def test_a_story_naming_a_place_beyond_the_outlets_area_is_not_put_in_its_city(body):
    assert all(e.place is None or e.place.name != "New York City" for e in _events(body, published="2013-04-06"))


def test_a_prosecutors_borough_outranks_the_outlets_city_for_the_cases_steps():
    body = ("Salvatore Perrone was convicted last month of killing three store owners in separate incidents. The "
            "killings took place in Bensonhurst and Flatbush, Brooklyn District Attorney Ken Thompson said on Friday.")
    assert _places(_events(body, published="2016-03-04"), "convicted") == ["Brooklyn"]


def test_an_office_of_the_city_speaks_for_the_city_in_a_boroughs_story():
    body = ("A jury in the Bronx voted on Monday to award $183 million to five firefighters. The fire broke out in the "
            "Bronx in 2005.\n\nA spokesperson for the city's Law Department said in a statement that the decision "
            "places too much blame on the FDNY.")
    evs = _events(body, source="Reuters", published="2016-02-23")
    assert [e.place.name if e.place else None for e in evs if e.trigger == "said"] == ["New York City"]
