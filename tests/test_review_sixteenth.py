"""A fresh reviewer's findings on the sixteenth session's rules, each mended: where a rule caught too much (a saying's
own day given to the noun it announces, a consequence dated as the happening, autumn read as a fall, a city of
Tripoli read as a street, a namesake borough, a lone town of origin lost) or too little (numbered cross streets, a
person's origin or a name's part switching off a local outlet's city)."""
import pytest

from extract.pipeline import extract_article
from extract.places import find_places
from extract.reader import parse_article
from extract.timex import tag


def _events(body, published="2016-02-23", source="t"):
    return extract_article(parse_article(f"Source: {source}\nURL:\nPublished: {published}\nTitle: t\n\n" + body,
                                         "x.txt")).events


def _of(evs, trigger):
    return [(e.date_start, e.date_end, e.place.name if e.place else None) for e in evs if e.trigger == trigger]


@pytest.mark.parametrize("body,trigger", [
    ("Police announced the arrest of a suspect on Friday.", "announced"),
    ("The company confirmed the death of its founder on Friday.", "confirmed"),
])
def test_a_sayings_own_day_stays_with_the_saying_not_the_noun_it_names(body, trigger):
    assert _of(_events(body, "2016-02-23"), trigger)[0][0] == "2016-02-19"


def test_what_a_happening_brought_about_later_does_not_date_it():
    evs = _events("Officials recalled the crash that prompted new safety rules in 2012.", "2016-02-23")
    assert all(not (d or "").startswith("2012") for d, _, _ in _of(evs, "crash"))


@pytest.mark.parametrize("text,season", [
    ("Hundreds of people were killed in the fall, when the storms hit.", "the fall"),
    ("Sales were hurt in the fall by a strike.", "the fall"),
])
def test_autumn_stays_autumn_where_no_fall_harmed(text, season):
    assert any(t.text == season and t.value.endswith("-FA") for t in tag(text, "2016-12-23"))


def test_a_city_near_a_road_is_still_the_city_and_a_numbered_cross_street_is_a_street():
    assert [p.name for p in find_places("Shelling hit a school near Tripoli and Airport Road.")] == ["Tripoli"]
    assert find_places("A cyclist was hit at Lexington and 86th Street.") == []


def test_a_namesake_of_a_borough_qualifies_nothing_and_speaks_for_no_city():
    evs = _events("A storm hit Manhattan, Kansas on Monday.\n\nCrews worked in Manhattan all day. City officials said "
                  "the damage was light.", "2016-02-23")
    assert _of(evs, "said")[0][2] != "New York City"


def test_a_lone_town_of_origin_is_still_the_storys_town():
    body = ("Residents from Flint rallied on Monday against the water crisis.\n\nOrganizers said more rallies would "
            "follow.")
    assert _of(_events(body), "said")[0][2] == "Flint"


def test_a_topic_on_a_strip_is_no_place():
    evs = _events("Lawmakers held a hearing on Tuesday on the Gaza Strip blockade.", "2016-02-23")
    assert all(p is None or p != "Gaza Strip" for _, _, p in _of(evs, "hearing"))


def test_a_persons_origin_or_a_names_part_does_not_switch_off_a_local_outlets_city():
    body = ("A man from Paterson, New Jersey was stabbed outside a bar last night, police said. He was taken to "
            "Bellevue Hospital, where he was treated.")
    evs = _events(body, "2016-05-26", source="Gothamist")
    assert _of(evs, "stabbed")[0][2] == "New York City"


def test_a_superlative_since_keeps_a_perfects_own_since():
    evs = _events("The first patients have been hospitalized since Sunday.", "2012-05-08")
    assert _of(evs, "hospitalized")[0][0] == "2012-05-06"
