"""A facility the gazetteer lacks (a hospital, park, hall, cemetery ...) named in the event's own clause places that
event there, at its town's point; it places no other event, and a name the gazetteer knows stays the gazetteer's."""
import pytest

from extract.pipeline import extract_article
from extract.reader import parse_article


def _events(body, published="2019-10-18"):
    return extract_article(parse_article(f"Published: {published}\n\n" + body, "x.txt")).events


def _place_of(body, trigger):
    evs = [e for e in _events(body) if e.trigger == trigger]
    assert evs, [(e.trigger, e.type) for e in _events(body)]
    return evs[0].place


@pytest.mark.parametrize("body,trigger,name,town", [
    ("Cummings lived in Baltimore for decades. He died yesterday at Gilchrist Hospice Care, his office said.",
     "died", "Gilchrist Hospice Care", "Baltimore"),
    ("Stevens died on Tuesday at Holy Cross Hospital in Fort Lauderdale, the court said.", "died",
     "Holy Cross Hospital", "Fort Lauderdale"),
    ("Three people were stabbed in Reading on Saturday. A protest had taken place in Forbury Gardens a few hours "
     "before the attack.", "protest", "Forbury Gardens", "Reading"),
    ("Seeger grew up in New York City. He performed at Carnegie Hall in 1963.", "performed", "Carnegie Hall", "New York City"),
    ("A police van crashed in the Bronx on Sunday. The officer was pronounced dead at Lincoln Hospital.",
     "was pronounced dead", "Lincoln Hospital", "Bronx"),
])
def test_a_facility_in_the_events_clause_places_it(body, trigger, name, town):
    p = _place_of(body, trigger)
    assert p is not None and p.name == name, p
    towns = {e.place.name: e.place for e in _events(body) if e.place is not None and e.place.feature == "city"}
    if town in towns:
        assert (p.lat, p.lon) == (towns[town].lat, towns[town].lon)


@pytest.mark.parametrize("body,trigger,not_name", [
    # another clause: the facility is where someone works, not where the event happened
    ("Smith, who was treated at Mount Sinai Hospital, died in Chicago on Monday.", "died", "Mount Sinai Hospital"),
    ("He died in Boston on Monday, and his funeral will be at Trinity Church.", "died", "Trinity Church"),
    # a street named after a park: not a facility
    ("Officers were called to a crash near Morris Park Avenue in the Bronx on Monday.", "called", "Morris Park"),
    # the Hall of Fame is no hall one is at
    ("He was elected in Chicago in 2014 to the Baseball Hall of Fame.", "elected", "Baseball Hall"),
])
def test_a_facility_outside_the_events_clause_does_not_place_it(body, trigger, not_name):
    evs = [e for e in _events(body) if e.trigger == trigger]
    assert evs and all(e.place is None or not e.place.name.startswith(not_name) for e in evs), \
        [(e.trigger, e.place and e.place.name) for e in evs]


def test_a_facility_places_only_its_own_event():
    evs = _events("A man stabbed two people at Fishmongers' Hall in London on Friday. Police shot him dead on "
                  "London Bridge minutes later.", "2019-11-30")
    stab = [e for e in evs if e.trigger == "stabbed"]
    shot = [e for e in evs if e.trigger == "shot"]
    assert stab and stab[0].place.name == "Fishmongers' Hall"
    assert shot and (shot[0].place is None or shot[0].place.name != "Fishmongers' Hall"), shot[0].place


def test_a_town_named_like_a_facility_stays_the_gazetteers():
    evs = _events("A Long Island Rail Road train derailed near New Hyde Park on Saturday, injuring 29 people.", "2016-10-09")
    got = [e for e in evs if e.trigger == "derailed"]
    assert got and got[0].place is not None and got[0].place.name == "New Hyde Park" \
        and got[0].place.feature != "unlisted", got and got[0].place
