"""Which date and place an event gets (extract/events.py): the event's own clause first, then
the discourse rules (the dateline for the lead, the narrative's year, the country the story is
about). Each test is a rule of the language with its own cases, not a sentence of one file."""
from extract import extract_article, parse_article


def _events(body, published="2020-09-16"):
    ex = extract_article(parse_article(f"Published: {published}\n\n{body}", "x.txt"))
    return [(e.trigger, e.date_start, e.date_end, e.place.name if e.place else None, e.modality)
            for e in ex.events]


def _by_trigger(body, trigger, published="2020-09-16"):
    got = _events(body, published)
    hit = [e for e in got if e[0] == trigger]
    assert hit, got
    return hit[0]


def test_a_place_of_a_purpose_clause_is_not_the_events():
    # "met ... in the capital on Monday to discuss attacks in Ruritania": where they met
    e = _by_trigger("The minister met leaders in Minsk on Monday to discuss attacks in Lithuania.", "met")
    assert e[3] == "Minsk", e
    e = _by_trigger("Protesters marched in Minsk on Sunday after clashes in Grodno.", "marched")
    assert e[3] == "Minsk", e


def test_the_dateline_places_the_lead_until_the_story_names_a_place():
    body = ("WASHINGTON, Feb 26 (Reuters) - The commission released its report on Thursday.\n\n"
            "Officials resigned on Friday.")
    assert _by_trigger(body, "released", "1987-02-26")[3] == "Washington"
    body = ("MOSCOW (Dispatches) -- Lukashenko flew to Sochi on Monday. He later discussed gas prices "
            "with Putin on Monday.")
    assert all(e[3] != "Moscow" for e in _events(body, "2020-09-14")), _events(body, "2020-09-14")


def test_a_place_that_qualifies_who_acted():
    e = _by_trigger("A Brooklyn firefighter died on Saturday while battling a blaze.", "died", "2014-07-06")
    assert e[3] == "Brooklyn", e


def test_a_country_acting_at_home():
    e = _by_trigger("Germany on Monday banned the Iranian airline from its airports.", "banned", "2019-01-22")
    assert e[3] == "Germany", e


def test_the_country_the_story_is_about():
    body = ("Zimbabwe held an election in July. Voters in Zimbabwe queued for hours in Harare. "
            "Police arrested 20 opposition supporters on Monday. Zimbabwe's opposition complained.")
    assert _by_trigger(body, "arrested", "2018-08-03")[3] == "Zimbabwe"
    # not for what the country's forces did abroad
    body = ("United States forces killed a commander on Thursday. The United States said the strike "
            "was lawful. The United States sent troops. Iran vowed revenge.")
    assert _by_trigger(body, "killed", "2020-01-03")[3] != "United States"


def test_a_past_month_and_day_is_in_the_narratives_year():
    body = "Mugabe ruled for decades. In November 2017, the army seized power. On November 21, he resigned."
    assert _by_trigger(body, "resigned", "2019-09-06")[1:3] == ("2017-11-21", "2017-11-21")
    # what may still happen keeps the date ahead
    body = "The plant was sold in 2006. Officials added that the contract may be signed on September 12."
    assert _by_trigger(body, "signed", "2007-09-08")[1] == "2007-09-12"


def test_dates_of_another_event_noun_do_not_date_the_event():
    body = ("OFAC designated eight officials on Friday. OFAC previously sanctioned 16 officials for their "
            "role in the previous fraudulent 2006 and 2010 elections.")
    e = _by_trigger(body, "sanctioned", "2020-10-02")
    assert e[1] not in ("2006-01-01", "2010-01-01"), e

