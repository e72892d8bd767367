"""Which date and place an event gets (extract/events.py): the event's own clause first, then
the discourse rules (the dateline for the lead, the narrative's year, the country the story is
about). Each test is a rule of the language with its own cases, not a sentence of one file."""
import pytest

from extract import extract_article, parse_article


def _events(body, published="2020-09-16"):
    ex = extract_article(parse_article(f"Published: {published}\n\n{body}", "x.txt"))
    return [(e.trigger, e.date_start, e.date_end, e.place.name if e.place else None, e.modality)
            for e in ex.events]


def _places(body, published):
    """Each event's place name, by trigger."""
    return {t: p for t, _, _, p, _ in _events(body, published=published)}


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
    # the people of a trade, under another city's dateline
    body = ("CHICAGO, March 25 - Blizzard conditions severely stressed beef cattle and Kansas cattlemen are reporting "
            "death losses from the storm.")
    assert _by_trigger(body, "death", "1987-03-25")[3] == "Kansas"


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



def test_a_statement_is_placed_where_it_was_made_not_at_its_topic():
    # what the statement is about comes after its verb: not where it was said
    e = _by_trigger("The retailer said on Thursday it seeks to grow in Southern Poland.", "said", "2020-06-18")
    assert e[3] is None, e
    e = _by_trigger("The minister said Monday that warships destroyed a platform in the Gulf.", "said", "1987-10-19")
    assert e[3] is None, e
    # right after its verb, through words of the time and the setting: where it was said
    e = _by_trigger("A seismologist said from Rotorua that tremors continued.", "said", "1987-03-03")
    assert e[3] == "Rotorua", e
    e = _by_trigger("A spokeswoman told reporters on Tuesday in Geneva that talks would go on.", "told",
                    "2020-05-19")
    assert e[3] == "Geneva", e


def test_a_place_inside_a_quotation_is_what_was_spoken_of():
    e = _by_trigger('"I see the parallel to the tragedy in Orlando," the judge said on Tuesday.', "said",
                    "2016-06-14")
    assert e[3] is None, e
    e = _by_trigger('"We will fight in Kyiv," the mayor told a rally in Lviv on Sunday.', "told", "2022-03-07")
    assert e[3] == "Lviv", e


def test_what_was_said_on_the_day_of_a_datelined_report_is_placed_at_the_dateline():
    body = ("NEW YORK, Oct 19 (Reuters) - Stocks fell sharply today, the exchange's chairman said.\n\n"
            "Markets in Tokyo had opened lower.\n\n"
            "The chairman said the exchange would open on time. \"We do not know where the market will end,\" "
            "he said.")
    got = [e for e in _events(body, "1987-10-19") if e[0] == "said"]
    assert len(got) == 3 and all(e[3] == "New York" for e in got), got
    # not a statement of another day
    body = ("NEW YORK, Oct 19 (Reuters) - Stocks fell sharply today. Bonds rose. The dollar fell. Gold rose.\n\n"
            "In 1985 the chairman said on March 3 that markets were calm.")
    assert _by_trigger(body, "said", "1987-10-19")[3] != "New York"


def test_a_country_acting_at_home_is_in_its_datelined_city():
    body = "SEOUL, June 29 (Reuters) - The talks ended today.\n\nSouth Korea's ruling party announced reforms on Monday."
    assert _by_trigger(body, "announced", "1987-06-29")[3] == "Seoul"


def test_a_town_named_like_a_person_of_the_article_is_that_person():
    body = ("Elliot Morales was sentenced on Tuesday to 40 years. The judge spoke to Morales at the hearing "
            "on Tuesday. Morales was convicted in March.")
    from extract import extract_article, parse_article
    ex = extract_article(parse_article("Published: 2016-06-14\n\n" + body, "x.txt"))
    assert not any(p.text == "Morales" for p in ex.places), ex.places
    # a place put on the ground by "in" stays a place
    body = "Denzel Washington visited the set on Monday. Voters in Washington went to the polls on Tuesday."
    ex = extract_article(parse_article("Published: 2016-06-14\n\n" + body, "x.txt"))
    assert any(p.text == "Washington" for p in ex.places), ex.places


def test_what_was_said_undated_in_a_late_report_spans_its_story():
    # published on Tuesday about an offensive that began on Wednesday the week before: an undated
    # statement was made some time since, not on the publication day
    body = ("On Wednesday, Turkey began a military offensive in northern Syria. "
            "In 2018, Turkey had taken the town of Afrin. "
            "The Kurdish forces said hundreds of prisoners escaped.")
    e = _by_trigger(body, "said", "2019-10-15")
    assert e[1:3] == ("2019-10-09", "2019-10-15"), e
    # a report of the day keeps the day: the statement is the day's
    body = ("On Tuesday, Turkey began a military offensive in northern Syria. In 2018, Turkey had taken the town of "
            "Afrin. The Kurdish forces said prisoners escaped.")
    assert _by_trigger(body, "said", "2019-10-15")[1:3] == ("2019-10-15", "2019-10-15")


def test_an_undated_happening_told_after_the_lead_of_a_late_report_is_background():
    body = ("Robert Mugabe died on Friday in Singapore, the government said. "
            "He took power in 1980. "
            "Mugabe won a presidential election over Morgan Tsvangirai amid reports of fraud.")
    assert not [e for e in _events(body, "2019-09-09") if e[0] == "won"], _events(body, "2019-09-09")
    # with a date of its own it is an event
    body = body.replace("won a presidential election", "won a presidential election in 2002")
    assert _by_trigger(body, "won", "2019-09-09")[1] == "2002-01-01"


def test_a_happening_told_again_nearby_with_its_place_takes_that_place():
    body = ("On Thursday, United States forces killed a general in an airstrike. "
            "Gunmen attacked the convoy at Baghdad International Airport on Thursday.")
    assert _by_trigger(body, "killed", "2020-01-05")[3] == "Baghdad"
    body = ("A boat fire near Santa Cruz Island killed 33 people on Monday. "
            "The boat, which caught fire on Monday in open seas, carried 39 people.")
    assert _by_trigger(body, "caught fire", "2019-09-04")[3] == "Santa Cruz"
    # not another kind of event, nor one of another day, nor a place of a topic country
    body = ("Police arrested three men on Monday. Protesters marched in Minsk on Tuesday.")
    assert _by_trigger(body, "arrested", "2020-09-16")[3] is None
    body = ("Troops killed two fighters on Monday. Soldiers shelled Donetsk on Friday.")
    assert _by_trigger(body, "killed", "2020-09-16")[3] != "Donetsk"


def test_the_events_carried_from_the_lead_take_the_town_the_lead_retold_them_in():
    lead = ("Saturday night was the third night in a row that protesters marched against the fare rise. "
            "Police said at least 71 people were arrested Saturday night. ")
    town = ("Protests have been taking place since Thursday in the Georgian capital Tbilisi after fares rose. "
            "Critics across Georgia blamed the government. ")
    body = lead + town + "The protesters clashed with the police and threw stones. Police in response fired tear gas at them."
    assert _by_trigger(body, "fired", "2019-10-20")[3] == "Tbilisi"
    # not a town told far down the article
    body = (lead + "The protesters clashed with the police and threw stones. Police in response fired tear gas at them. "
            "The government met the unions. Ministers spoke. Unions replied. " + town)
    assert _by_trigger(body, "fired", "2019-10-20")[3] == "Georgia"


def test_the_same_speaker_goes_on_on_the_same_day():
    body = ("Greek Prime Minister Kyriakos Mitsotakis spoke in Washington on Tuesday about the maritime deal. "
            "The border issue is the main difference between Greece and Turkey, he added.")
    assert _by_trigger(body, "added", "2020-01-11")[1:3] == ("2020-01-07", "2020-01-07")


def test_the_span_of_a_late_report_starts_on_the_storys_first_day():
    # the first day the article names in the fortnight before publication, not its lead's
    body = ("Late on Sunday, the Kurdish forces announced a deal with Damascus. "
            "Turkey began its offensive on Wednesday after a call on October 6. "
            "In 2018, Turkey had taken the town of Afrin. "
            "NATO officials said Turkey had to act with restraint.")
    e = _by_trigger(body, "said", "2019-10-15")
    assert e[1:3] == ("2019-10-06", "2019-10-15"), e


def test_a_participle_between_commas_keeps_its_own_date():
    e = _by_trigger("The Sunday trade ban, introduced in 2018, also hurt the chain's sales.", "introduced", "2020-06-21")
    assert e[1:3] == ("2018-01-01", "2018-12-31"), e
    # and its date is not the main clause's
    got = _events("The law, passed in 2015, was repealed by parliament on Monday.", "2020-06-21")
    assert ("repealed", "2020-06-15", "2020-06-15") in {g[:3] for g in got}, got


def test_a_dated_noun_of_the_same_happening_dates_the_event():
    e = _by_trigger("In the November 27 deal, Turkey and Libya agreed on a maritime border.", "agreed", "2020-01-11")
    assert e[1:3] == ("2019-11-27", "2019-11-27"), e
    # a dated noun of another kind of event does not: "officials of the August 9 election" were sanctioned later
    got = _events("The EU on Friday sanctioned officials of the August 9 election.", "2020-10-03")
    assert ("sanctioned", "2020-10-02", "2020-10-02") in {g[:3] for g in got}, got


def test_coordinated_verb_phrases_with_their_own_dates_are_events_of_their_own():
    body = ("Tesco sold its Thai stores to Charoen Pokphand in March; announced leaving its joint venture "
            "with China Resources in February; and in 2015 sold its South Korean chain HomePlus.")
    got = {(g[0], g[1], g[2]) for g in _events(body, "2020-06-21")}
    assert {("sold", "2020-03-01", "2020-03-31"), ("announced", "2020-02-01", "2020-02-29"),
            ("sold", "2015-01-01", "2015-12-31")} <= got, got
    # a number before a verb is a quantity ("1,124 pledged delegates"), a year after "in" is not
    assert not [g for g in _events("Sanders won 1,124 pledged delegates on Tuesday.", "2020-03-18")
                if g[0] == "pledged"]


def test_a_date_inside_a_quotation_is_what_was_said_not_when():
    e = _by_trigger('"We have lost a real hero tonight," the mayor said at a press conference last night.', "said",
                    "2014-07-06")
    assert e[1:3] == ("2014-07-05", "2014-07-05"), e


def test_a_relative_clause_opened_by_that_with_its_own_date_is_its_own_event():
    body = "Aftershocks of a powerful earthquake that struck southern Philippines on Wednesday continued on Saturday."
    got = {g[:3] for g in _events(body, "2019-10-22")}
    assert ("struck", "2019-10-16", "2019-10-16") in got, got
    assert ("Aftershocks", "2019-10-19", "2019-10-19") in got, got      # the main clause keeps its own day
    # a demonstrative before a participle is no relative clause
    assert ("landed", "2019-10-21", "2019-10-21") in {g[:3] for g in _events("That delayed flight landed on Monday.",
                                                                              "2019-10-22")}


def test_an_adverb_after_an_auxiliary_is_no_determiner():
    assert _by_trigger("He was further sanctioned in 2011 for a plot.", "sanctioned", "2020-01-05")[1] == "2011-01-01"


def test_a_city_naming_an_event_held_there_places_it():
    e = _by_trigger("Yesterday, Brigid Kosgei of Kenya won the 2019 Chicago Marathon.", "won", "2019-10-14")
    assert e[3] == "Chicago", e


def test_over_in_a_match_names_the_opponent_not_a_topic():
    e = _by_trigger("The USA won 2-0 over Mexico in Columbus, Ohio on Tuesday.", "won", "2013-09-11")
    assert e[3] == "Columbus", e
    # a topic after "over" still ends the clause of other events
    e = _by_trigger("Workers protested on Monday over pay cuts in Grodno.", "protested", "2020-09-16")
    assert e[3] != "Grodno", e


def test_a_life_in_a_story_of_one_country_happens_there():
    body = ("Robert Mugabe, former president of Zimbabwe, has died, the government of Zimbabwe said on Friday. "
            "Mugabe led Zimbabwe's liberation war. In 1990, he instituted a policy of seizing land. "
            "Zimbabwe's economy collapsed.")
    assert _by_trigger(body, "instituted", "2019-09-09")[3] == "Zimbabwe"


def test_the_people_of_another_clause_do_not_place_an_event():
    body = ("Tesco sold its 74 Malaysian stores to Charoen Pokphand in March; announced leaving its joint venture "
            "with China Resources in February.")
    assert _by_trigger(body, "announced", "2020-06-21")[3] != "Malaysia"


def test_a_weekday_told_in_the_past_is_the_one_before_the_report():
    # published on a Monday: "on Friday" in the past tense is three days before, not four days ahead
    e = _by_trigger("Company officials expressed high hopes for both computers at a press briefing on Friday, "
                    "especially the Mac II which is designed to give Apple an entree.", "expressed", "1987-03-02")
    assert e[1:3] == ("1987-02-27", "1987-02-27"), e
    # what will happen on Friday stays ahead
    got = {g[:3] for g in _events("The talks will resume on Friday, officials said.", "1987-03-02")}
    assert ("talks", "1987-03-06", "1987-03-06") in got, got


def test_the_date_next_to_a_saying_is_its_own():
    body = ("This year, the United States has already paid the WHO about $58 million, senior administration "
            "officials said last month, half of what it must pay.")
    assert _by_trigger(body, "said", "2020-05-19")[1:3] == ("2020-04-01", "2020-04-30")
    # a day that owns a noun after the verb is what was said about
    e = _by_trigger("On Saturday, reports said Wednesday's quake affected three regions.", "said", "2019-10-22")
    assert e[1:3] == ("2019-10-19", "2019-10-19"), e


def test_a_reporters_dateline_makes_the_story_country():
    # "SEOUL, June 29 -": the dateline counts for where the story happens
    body = ("SEOUL, June 29 - The ruling party announced reforms today. Roh said he would resign. "
            "South Korea's opposition welcomed the move. Students cheered. "
            "The president, who took office in 1980 following a military coup, is due to step down.")
    assert _by_trigger(body, "took office", "1987-06-29")[3] == "South Korea"


def test_a_conviction_and_a_sentence_are_court_events():
    from extract import extract_article, parse_article
    ex = extract_article(parse_article("Published: 1987-03-02\n\nA jury convicted the bank's owner on Monday. "
                                       "He was sentenced to ten years on Monday.", "x.txt"))
    assert {e.type for e in ex.events if e.trigger in ("convicted", "sentenced")} == {"legal"}, ex.events


def test_a_clause_with_its_own_subject_after_an_adjunct_is_its_own_event_and_keeps_its_date():
    body = ("Robert Mugabe has died, the president said on Friday. Mugabe was hospitalized in Singapore for "
            "several months this year and according to the Ministry of Foreign Affairs he died at Gleneagles "
            "Hospital in Singapore.")
    got = {g[:4] for g in _events(body, "2019-09-09")}
    assert ("died", "2019-09-06", "2019-09-06", "Singapore") in got, got     # not "this year" of the clause before


def test_a_bare_date_in_parentheses_dates_its_clause():
    body = "Snider played 18 seasons with the Brooklyn and Los Angeles Dodgers (1947-62), and later the Mets (1963)."
    e = _by_trigger(body, "played", "2011-02-27")
    assert e[1:3] == ("1947-01-01", "1962-12-31"), e


def test_a_half_in_a_match_is_no_half_year():
    body = ("The US beat Mexico 2-0 on Tuesday night in Columbus. After a nervy first half, Eddie Johnson "
            "scored a goal in the 49th minute of the match.")
    assert all(g[1] != "2013-01-01" for g in _events(body, "2013-09-11")), _events(body, "2013-09-11")


def test_a_happening_told_again_nearby_with_its_day_takes_that_day():
    body = ("For the seventh straight cycle, the US Men's National Team have punched their ticket for the World Cup. "
            "Tuesday night's result, a 2-0 win over Mexico in front of 24,584 fans, was the latest in a tradition.")
    assert _by_trigger(body, "punched", "2013-09-11")[1:3] == ("2013-09-10", "2013-09-10")
    # not from an event of another kind
    body = "Tesco has closed 20 stores. Police arrested two men on Tuesday."
    assert _by_trigger(body, "closed", "2013-09-11")[1] == "2013-09-11"


def test_a_reporters_dispatch_gathers_its_undated_words_on_its_own_day():
    """"WELLINGTON, March 3 - ... yesterday's quake ... civil defence sources said": the words were
    gathered on the dispatch's day, not on the day its lead tells."""
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    body = ("WELLINGTON, March 3 - A strong earthquake struck northern New Zealand yesterday, leaving "
            "3,000 people homeless. No casualties have been reported, civil defence sources said.")
    ex = extract_article(parse_article("Published: 1987-03-03\n\n" + body, "x.txt"))
    said = [e for e in ex.events if e.trigger == "said"]
    assert said and (said[0].date_start, said[0].date_end) == ("1987-03-03", "1987-03-03"), said
    struck = [e for e in ex.events if e.type == "disaster"]
    assert struck and struck[0].date_start == "1987-03-02"


def test_a_narration_goes_on_from_its_day_through_sentences_without_events_or_dates():
    """"... the trial for the May 18th, 2013 incident. Carson and his friend were walking on West
    8th Street. Seconds later, Morales shot Carson": the shooting is the incident's day, not the
    sentencing's."""
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    body = ("Elliot Morales was sentenced today to 40 years in prison. He was convicted in March.\n\n"
            "Morales had been acting as his own attorney during the trial for the May 18th, 2013 incident. "
            "Carson and his friend were on West 8th Street with two neighbours.\n\n"
            "Seconds later, Morales took out a gun and shot Carson in the head.")
    ex = extract_article(parse_article("Published: 2016-06-14\n\n" + body, "x.txt"))
    shot = [e for e in ex.events if e.trigger == "shot"]
    assert shot and shot[0].date_start == "2013-05-18", [(e.trigger, e.date_start, e.why_date) for e in ex.events]


@pytest.mark.parametrize("body,published,expected", [
    # told in the past on the week's first day: the week that has passed
    ("This week saw a referendum on a new autonomous region in Mindanao.", "2019-01-28", ("2019-01-21", "2019-01-27")),
    # later in the week: the current week, up to the publication (told as done); planned: the current week
    ("This week saw a referendum on a new autonomous region in Mindanao.", "2019-01-30", ("2019-01-28", "2019-01-30")),
    ("This week will see a referendum on a new autonomous region in Mindanao.", "2019-01-28", ("2019-01-28", "2019-02-03")),
])
def test_this_week_told_in_the_past_on_a_monday_is_the_week_gone_by(body, published, expected):
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    ex = extract_article(parse_article(f"Published: {published}\n\n" + body, "x.txt"))
    assert [(e.date_start, e.date_end) for e in ex.events] == [expected]


def test_business_of_a_one_country_story_happens_in_that_country_unless_the_sentence_names_another():
    body = ("Australian store chains lowered their purchase limits on toilet paper on Sunday. The Australian "
            "government said supplies were sufficient. In Canberra, shoppers queued for hours, Australian "
            "media reported.\n\nOn Wednesday, Woolworths also limited purchases for home delivery to one pack.\n\n"
            "In March, the company sold its Thai and Malaysian stores.")
    got = _places(body, "2020-03-13")
    assert got.get("limited") == "Australia", got
    assert got.get("sold") != "Australia", got


def test_a_place_that_is_the_subject_acts_at_home_before_the_leads_place():
    body = ("On Tuesday, the Democratic Party held primary elections in Arizona, Florida and Illinois. "
            "Ohio, which was also scheduled to hold a primary election, delayed its voting.")
    got = _places(body, "2020-03-20")
    assert got.get("delayed") == "Ohio", got


def test_a_happening_of_the_story_days_in_a_story_of_one_city_happens_there_not_a_careers_years():
    body = ("An apartment building collapsed on Monday in Magnitogorsk, a city in Russia. Rescuers searched "
            "the rubble in Magnitogorsk overnight.\n\nWork was launched on Tuesday to stabilise what remained.\n\n"
            "The building was built in 1973.")
    assert _places(body, "2019-01-02").get("launched") == "Magnitogorsk"


@pytest.mark.parametrize("body,expected", [
    # "has since": since the lead's day, up to the report
    ("Belarus held a presidential election on Sunday, Aug. 9. The opposition candidate Tsikhanouskaya has since "
     "fled to neighbouring Lithuania.", ("2020-08-09", "2020-08-12")),
    # "since the start of ...": from an undated start up to the report
    ("According to local NGOs, since the start of the election campaign, over 1,000 people have been arrested "
     "in Belarus.", (None, "2020-08-12")),
])
def test_a_present_perfect_since_runs_up_to_the_report(body, expected):
    ex = extract_article(parse_article("Published: 2020-08-12\n\n" + body, "x.txt"))
    got = [(e.date_start, e.date_end) for e in ex.events if e.trigger in ("fled to", "arrested")]
    assert got == [expected], [(e.trigger, e.date_start, e.date_end) for e in ex.events]


@pytest.mark.parametrize("body,trigger,expected", [
    # a year before a noun is the thing's ...
    ("The 1973 building was home to over 1,000 people; 48 apartments were damaged on Monday.", "damaged",
     "2018-12-31"),
    # ... unless a preposition makes it the clause's time, or the noun is a document whose acts it dates
    ("In the 2015 season, he scored 30 goals.", "scored", "2015-01-01"),
    ("The 2010 law banned protests outside the parliament.", "banned", "2019-01-02"),
])
def test_a_year_before_a_noun_is_the_things_not_the_clauses(body, trigger, expected):
    got = [d for t, d, *_ in _events(body, published="2019-01-02") if t == trigger]
    assert got == [expected], _events(body, published="2019-01-02")


def test_earlier_in_the_day_counts_from_the_day_its_paragraph_is_about():
    body = ("BAHRAIN, Oct 19 - A U.S. attack on an Iranian oil platform on Monday was carefully orchestrated, "
            "diplomats said.\n\nThe U.S. Defence Secretary said Monday that warships destroyed the platform in "
            "response to a missile strike on a tanker on Friday.\n\nIran had warned the United States earlier in "
            "the day against exacerbating the crisis.")
    got = [d for t, d, *_ in _events(body, published="1987-10-19") if t == "warned"]
    assert got == ["1987-10-19"], _events(body, published="1987-10-19")


def test_a_month_of_last_year():
    got = _events("In a report in March of last year, the chief executive stated they had no intention of leaving "
                  "Thailand or Poland.",
                  published="2020-06-18")
    assert [(d0, d1) for t, d0, d1, *_ in got if t == "stated"] == [("2019-03-01", "2019-03-31")], got


def test_until_in_a_phrase_coordinated_after_a_dated_one_runs_from_its_date():
    got = _events("Mugabe was arrested in 1963 and was imprisoned until 1974.", published="2019-09-09")
    assert [(d0, d1) for t, d0, d1, *_ in got if t == "imprisoned"] == [("1963-01-01", "1974-12-31")], got
    got = _events("Talks were held on Monday. The ceasefire will hold until Friday.", published="2019-09-09")
    assert [(d0, d1) for t, d0, d1, *_ in got if t == "ceasefire"] == [(None, "2019-09-13")], got


def test_a_date_right_after_an_event_noun_is_that_happenings():
    """"Paxton said, responding to the ruling in April": April is the ruling's, not the saying's."""
    body = ("A federal judge ruled on Tuesday that all Texas voters can vote by mail. \"Mail ballots are reserved for "
            "the ill,\" Attorney General Ken Paxton said, responding to the state court ruling in April.")
    got = _events(body, published="2020-05-20")
    assert ("ruling", "2020-04-01", "2020-04-30") in [(t, d0, d1) for t, d0, d1, *_ in got], got
    assert [d0 for t, d0, *_ in got if t == "said"] != ["2020-04-01"], got


def test_a_verdicts_story_dates_its_case_and_its_trial_not_by_the_verdicts_day():
    body = ("After a jury trial in Paris, two police officers were found guilty on Thursday of raping a Canadian "
            "tourist in 2014.\n\nThe tourist met the officers at an Irish pub. They offered her a late night tour "
            "of the police headquarters.\n\nShe told the court she was forced to drink whiskey.")
    got = {t: (d0, d1, p) for t, d0, d1, p, _ in _events(body, published="2019-02-02")}
    assert got["met"] == ("2014-01-01", "2014-12-31", "Paris"), got       # the case's year; a pub is no Ireland
    assert got["told"] == (None, "2019-01-31", "Paris"), got             # said at the trial, before the verdict
    body += " Their names were protected during the three-week trial."
    got = {t: (d0, d1, p) for t, d0, d1, p, _ in _events(body, published="2019-02-02")}
    assert got["told"] == ("2019-01-10", "2019-01-31", "Paris"), got     # the trial's three weeks


def test_a_person_named_again_goes_on_speaking_on_the_same_day():
    body = ("U.S. President Donald Trump threatened on Monday to halt funding for the WHO.\n\n"
            "China hit back on Tuesday with its foreign ministry spokesman, Zhao Lijian, saying the letter was "
            "slanderous.\n\n\"The letter is filled with suggestions,\" Zhao Lijian told a regular briefing.")
    got = {t: (d0, d1) for t, d0, d1, *_ in _events(body, published="2020-05-20")}
    assert got.get("hit back") == ("2020-05-19", "2020-05-19"), got
    assert got.get("told") == ("2020-05-19", "2020-05-19"), got


def test_hitting_back_is_a_statement_except_in_a_match():
    got = _events("China hit back on Tuesday, saying the letter was slanderous.", published="2020-05-20")
    ex = extract_article(parse_article("Published: 2020-08-23\n\nCaloundra beat Wynnum 30-12 in the league game on "
                                       "Saturday, their third win of the season. Caloundra opened the game with two "
                                       "tries before Wynnum hit back with a couple of tries. The match was the best "
                                       "of the season for the league's champions.", "x.txt"))
    assert [e.type for e in ex.events if e.trigger == "hit back"] == ["sport"]
    assert got and got[0][0] == "hit back"


def test_a_relative_date_right_after_an_event_noun_is_that_happenings_but_a_bare_weekday_the_verbs():
    got = _events("A federal judge ruled on Tuesday that all voters can vote by mail. \"Fear is no sickness,\" "
                  "Attorney General Ken Paxton said after a district court ruling last month.", published="2020-05-20")
    assert ("ruling", "2020-04-01", "2020-04-30") in [(t, d0, d1) for t, d0, d1, *_ in got], got


@pytest.mark.parametrize("body,trigger,expected", [
    ("On Sunday and Saturday evening, Woolworths and Coles lowered their purchase limits, respectively.", "lowered",
     ("2020-03-07", "2020-03-08")),
    ("During telephone conversations on December 30 and 31, 2019, the two presidents held discussions on oil.",
     "discussions", ("2019-12-30", "2019-12-31")),
    ("The study, expected to launch in June or July, will test samples from blood donors.", "launch",
     ("2020-06-01", "2020-07-31")),
])
def test_two_dates_joined_by_and_or_or_date_the_event_from_the_first_to_the_last(body, trigger, expected):
    got = _events(body, published="2020-03-13")
    assert [(d0, d1) for t, d0, d1, *_ in got if t == trigger] == [expected], got


def test_the_story_place_of_a_datelined_city_is_for_the_story_days_only():
    body = ("SAN FRANCISCO, March 2 - Apple Computer Inc will announce two new machines today at a conference in "
            "Los Angeles. The Macintosh was first introduced in January 1984 and has been upgraded since then. "
            "Apple said the new machines would sell well in California and Texas.")
    got = _places(body, "1987-03-02")
    assert got.get("introduced") is None, got


def test_an_obituarys_city_is_the_lifes_not_the_deaths():
    body = ("Hall of Fame Brooklyn Dodgers player Duke Snider died today of natural causes at the age of 84. "
            "Snider played in Brooklyn for years, and fans in Brooklyn loved him.")
    got = _places(body, "2011-02-27")
    assert "died" in got and got["died"] is None, got


def test_a_saying_in_the_present_is_the_reports():
    body = ("An apartment building collapsed on Monday in Magnitogorsk, killing 39.\n\n"
            "The Investigative Committee says it has found no trace of explosives.")
    got = {t: (d0, d1) for t, d0, d1, *_ in _events(body, published="2019-01-04")}
    assert got.get("says") == ("2018-12-31", "2019-01-04"), got      # a late report: said since the story began
    got = {t: (d0, d1) for t, d0, d1, *_ in _events(body, published="2018-12-31")}
    assert got.get("says") == ("2018-12-31", "2018-12-31"), got      # a report of the day: its day


@pytest.mark.parametrize("body,trigger,expected", [
    ("A firefighter died on Saturday in Brooklyn.\n\nLast month, Ambelas was honored for saving a boy. "
     "\"It was great teamwork,\" he said at the time.", "said", ("2014-06-01", "2014-06-30")),
    ("Reuters called Monday's attack the deadliest since an assault in Ghazni in August 2018, with officials "
     "reporting at the time that 150 soldiers were killed.", "killed", ("2018-08-01", "2018-08-31")),
])
def test_at_the_time_is_the_time_named_before(body, trigger, expected):
    got = [(d0, d1) for t, d0, d1, *_ in _events(body, published="2014-07-06") if t == trigger]
    assert got == [expected], _events(body, published="2014-07-06")


def test_a_plan_with_no_date_runs_from_the_report_on_and_a_relative_clauses_previously_is_its_own():
    body = ("Pier 1 Imports, which previously said it would close half of its fleet of stores, now plans to close "
            "all of its locations.")
    got = [(d0, d1) for t, d0, d1, *_ in _events(body, published="2020-05-19") if t == "close"]
    assert got == [("2020-05-19", None)], _events(body, published="2020-05-19")


def test_a_plan_announced_on_a_day_happens_from_then_on():
    got = _events("In January, Pier 1 said it planned to close up to 450 stores.", published="2020-05-19")
    assert [(d0, d1) for t, d0, d1, *_ in got if t == "close"] == [("2020-01-01", None)], got


def test_a_disaster_happens_where_it_shakes_refined_by_the_region_the_next_sentence_names():
    body = ("WELLINGTON, March 3 - Earthquakes and aftershocks are still shaking areas of northern New Zealand "
            "following yesterday's strong tremor.\n\nFour earthquakes have hit the Bay of Plenty and Waikato region "
            "since midnight.")
    assert _places(body, "1987-03-03").get("Earthquakes") == "Bay of Plenty"   # (the first of "Earthquakes and aftershocks")


def test_a_clock_times_colon_ends_no_clause():
    body = "A 5.3-magnitude quake was recorded at 4:53 a.m. Thursday morning in Manay, Davao Oriental."
    got = _places(body, "2019-10-19")
    assert got.get("quake") == "Manay", got


@pytest.mark.parametrize("body,trigger,place", [
    ("In findings published Tuesday in Cornell University's arXiv, a team found water vapour.", "published", None),
    ("The decision came after the Texas Democratic Party and individual voters filed a suit last month.", "filed a suit",
     "Texas"),
])
def test_a_place_in_an_institutions_name_is_no_event_place_but_a_states_own_party_acts_there(body, trigger, place):
    got = _places(body, "2020-05-20")
    assert trigger in got and got[trigger] == place, got


def test_who_is_named_in_a_quotation_or_credited_before_the_story_is_no_actor():
    ex = extract_article(parse_article(
        "Published: 2020-05-19\n\n(Reuters) - U.S. President Donald Trump threatened on Monday to halt funding for "
        "the World Health Organization.\n\n\"If the WHO does not commit to improvements, I will act,\" Trump told "
        "its chief in a letter.", "x.txt"))
    threatened = next(e for e in ex.events if e.trigger == "threatened")
    assert "Reuters" not in threatened.actor1 and not threatened.summary.startswith("Reuters"), threatened
    told = next(e for e in ex.events if e.trigger == "told")
    assert "World Health Organization" not in told.actor1, told.actor1


def test_a_place_before_a_capitalised_office_qualifies_who_acted():
    got = _places("On March 5, 1985, Ohio Governor Richard Celeste closed all of the "
                                             "state's privately insured savings and loan companies.", "1987-03-02")
    assert got.get("closed") == "Ohio", got


def test_a_part_of_a_country_named_by_its_direction_is_a_region_in_that_part():
    ex = extract_article(parse_article("Published: 2019-10-15\n\nOn Wednesday, Turkey began a military offensive "
                                       "into north-eastern Syria.", "x.txt"))
    place = next(e.place for e in ex.events if e.trigger == "military offensive")
    assert place.name == "north-eastern Syria" and place.precision == "region" and place.country == "SY"
    assert place.lat > 35.0 and place.lon > 38.5        # north and east of the middle of Syria's towns


@pytest.mark.parametrize("body,trigger,date", [
    # naming something in quoted words is a saying, dated as the saying is
    ('On Tuesday, the prime minister called the border agreement "null and void".', "called", "2020-09-15"),
    ("On Monday, the opposition branded the election a “farce”.", "branded", "2020-09-14"),
])
def test_naming_something_in_quoted_words_is_a_statement(body, trigger, date):
    ex = extract_article(parse_article(f"Published: 2020-09-16\n\n{body}", "x.txt"))
    hit = [e for e in ex.events if e.trigger == trigger]
    assert hit and hit[0].type == "statement" and hit[0].date_start == date, \
        [(e.trigger, e.type, e.date_start) for e in ex.events]


def test_called_without_quoted_words_is_no_saying():
    ex = extract_article(parse_article("Published: 2020-09-16\n\nHe called the meeting on Monday.", "x.txt"))
    assert not [e for e in ex.events if e.trigger == "called" and e.type == "statement"]


def test_a_whereby_clause_with_its_own_date_is_its_own_event():
    body = ("On Monday, the daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, the "
            "state-owned HDT Limited acquired the Austrian shell maker Hirtenberger.")
    got = _events(body, "2019-11-07")
    assert ("acquired", "2019-10-29", "2019-10-29") in [e[:3] for e in got], got
    assert ("revealed", "2019-11-04", "2019-11-04") in [e[:3] for e in got], got
    assert "deal" not in [e[0] for e in got], got       # the clause tells the deal


@pytest.mark.parametrize("body,trigger,date", [
    # a quotation between the saying and its date is what was said, not a clause of its own
    ('Erdogan cited the treaty and said, "They need to stand by us", while addressing the press yesterday.',
     "said", "2020-09-15"),
    # a clause opened by its pronoun, in the present, holds what is said: its date is not the saying's
    ("The company announced the sale on Monday. The parties said they expect a decision this year.",
     "said", "2020-09-14"),
])
def test_a_date_after_a_saying_belongs_to_a_clause_only_when_one_opens(body, trigger, date):
    got = [e for e in _events(body) if e[0] == trigger]
    assert got and got[-1][1] == date == got[-1][2], got


def test_also_saying_after_a_dated_saying_is_of_the_same_occasion():
    body = ("On Monday, the newspaper Magyar Nemzet revealed a deal with the company Hirtenberger. "
            "The Hirtenberger Defence Group also acknowledged the deal.")
    e = _by_trigger(body, "acknowledged", "2019-11-07")
    assert e[1:3] == ("2019-11-04", "2019-11-04"), e


def test_a_verb_phrase_of_the_same_subject_keeps_its_clauses_date_not_the_while_clauses():
    body = ("Tesco sold its Thai stores in March, and closed its Polish head office, while Carrefour, on "
            "Tuesday, opened ten shops in Lodz.")
    e = _by_trigger(body, "closed", "2020-03-13")
    assert e[1:3] == ("2020-03-01", "2020-03-13"), e     # (the month of the publication, up to it: told as done)


def test_two_sayings_of_one_subject_are_one_statement():
    body = ("Coles, in its March 8 media release, reported that “many stores are selling out”, and called the "
            "demand “unprecedented”, while ALDI, in a Facebook post on Tuesday, called it “unexpected”.")
    got = _events(body, "2020-03-13")
    assert [e[:3] for e in got] == [("reported", "2020-03-08", "2020-03-08")], got


@pytest.mark.parametrize("body,trigger,etype", [
    ("On Monday, the Hirtenberger Defence Group issued a corresponding press release.", "issued", "statement"),
    ("On Monday, the newspaper published an interview with the government commissioner.", "published", "statement"),
    ("On Monday, the chairman declined to estimate sales of the new computer.", "declined", "statement"),
    ("On Monday, Regional Governor Mujiv Hataman agreed, saying only this group could do it.", "agreed", "statement"),
    ("On October 6, President Trump and President Erdogan spoke on the phone.", "spoke on the phone", "meeting"),
])
def test_putting_out_words_is_a_statement_and_a_phone_call_a_meeting(body, trigger, etype):
    ex = extract_article(parse_article(f"Published: 2020-09-16\n\n{body}", "x.txt"))
    assert [e.type for e in ex.events if e.trigger == trigger] == [etype], \
        [(e.trigger, e.type) for e in ex.events]


def test_a_pattern_called_a_name_is_no_saying():
    body = 'Guy died on Monday. He has been associated with the discovery of a pattern called a "glider" in the game.'
    ex = extract_article(parse_article(f"Published: 2020-09-16\n\n{body}", "x.txt"))
    assert not [e for e in ex.events if e.trigger == "called"], [(e.trigger, e.type) for e in ex.events]


def test_a_kind_of_disaster_is_no_happening_but_disasters_that_hit_are():
    body = ("An earthquake struck the province on Wednesday. The nearby trench contributes to earthquakes "
            "regionally, and the province is prone to floods.")
    got = _events(body, "2019-10-19")
    assert [e[0] for e in got] == ["earthquake"] or [e[0] for e in got] == ["struck"], got
    got = _events("Four earthquakes measuring up to 4.5 have hit the Bay of Plenty since midnight yesterday.",
                  "1987-03-03")
    assert got and got[0][0] == "earthquakes" and got[0][1:3] == ("1987-03-02", "1987-03-03"), got


def test_then_goes_on_from_the_day_named_before():
    body = ("The two presidents spoke on the phone on October 6. Then both nations issued statements "
            "about an incursion into Syria.")
    e = _by_trigger(body, "issued", "2019-10-15")
    assert e[1:3] == ("2019-10-06", "2019-10-06"), e


def test_a_dated_occasion_holds_for_what_its_people_go_on_saying():
    body = ("SAN FRANCISCO, March 2 - Apple Computer Inc today will announce two new machines.\n\n"
            "Company officials of Apple Computer expressed high hopes for both computers at a press briefing on "
            "Friday.\n\nJohn Sculley, Apple Computer chairman, declined to estimate sales, but he said the new "
            "machine should sell well. He said it would appeal to the mainstream of PC users.\n\n"
            "Bruce Lupatkin, an analyst with Hambrecht & Quist, said he expected the products to do well.")
    got = {e[0]: e for e in _events(body, "1987-03-02")}
    assert got["declined"][1:3] == ("1987-02-27", "1987-02-27"), got
    assert [e for e in _events(body, "1987-03-02") if e[0] == "said"][-1][1] == "1987-03-02"   # another speaker


def test_a_speaker_named_by_a_noun_goes_on_speaking_from_where_they_spoke():
    body = ("WELLINGTON, March 3 - Earthquakes are still shaking northern New Zealand.\n\n"
            "A government seismologist said from Rotorua that five tremors were recorded every hour.\n\n"
            "Civil defence sources said roads were cleared.\n\n"
            "Today's quakes were felt over an area of 100 square km, the seismologist added.")
    places = _places(body, "1987-03-03")
    assert places["added"] == "Rotorua", places
    assert [e for e in _events(body, "1987-03-03") if e[0] == "said"][-1][3] != "Rotorua"   # other speakers


def test_an_event_noun_with_its_own_day_keeps_it_over_the_reports():
    e = _by_trigger("On Saturday, reports said Wednesday's quake affected three regions of Mindanao.", "quake",
                    "2019-10-22")
    assert e[1:3] == ("2019-10-16", "2019-10-16"), e


def test_a_happening_told_before_is_what_a_saying_is_about_not_a_new_event():
    body = ("WELLINGTON, March 3 - A strong earthquake shook the Bay of Plenty today.\n\n"
            "Today's earthquake was felt over an area of 100 square km, the seismologist added.")
    got = _events(body, "1987-03-03")
    assert [e[0] for e in got] == ["earthquake", "added"], got
    # a meeting a saying tells of is news of its own (its plans, its agenda)
    body = ("Lukashenko flew to Sochi on Monday for talks with Putin.\n\n"
            "The talks could cover the debt of Belarus, analysts said.")
    assert "talks" in [e[0] for e in _events(body)][1:], _events(body)


def test_a_feat_is_an_event_whatever_its_verb_and_what_did_not_happen_leaves_the_sentence_to_it():
    body = ("Yesterday, Kosgei won the Chicago Marathon. Just the previous day, Eliud Kipchoge became the first "
            "person to run a marathon in under two hours, setting the mark in Vienna; it was not an open race "
            "sanctioned under IAAF rules.")
    e = _by_trigger(body, "run", "2019-10-14")
    assert e[1:4] == ("2019-10-12", "2019-10-12", "Vienna"), e


def test_a_relative_clause_without_commas_ends_where_the_main_verb_begins():
    body = ("The man who was found guilty of fatally shooting a gay man in Greenwich Village has been sentenced "
            "to 40 years-to-life on Tuesday.")
    assert [e[0] for e in _events(body, "2016-06-16")] == ["sentenced"], _events(body, "2016-06-16")


def test_a_product_going_on_sale_is_an_economy_event():
    ex = extract_article(parse_article("Published: 1987-03-02\n\nThe Mac SE goes on sale today.", "x.txt"))
    assert [(e.trigger, e.type, e.date_start) for e in ex.events] == [("goes on sale", "economy", "1987-03-02")]


@pytest.mark.parametrize("body,trigger,place", [
    ("On Monday, US Ambassador to Germany Richard Grenell alleged that the airline carried weapons.", "alleged", None),
    ("On Thursday, UK-based retailer Tesco announced the sale of its Polish stores.", "announced", None),
    # a state's own voice speaks at home
    ("On Sunday, the United States announced a complete withdrawal from the region.", "announced", "United States"),
])
def test_a_country_before_an_envoys_or_a_companys_title_is_not_where_they_spoke(body, trigger, place):
    assert _places(body, "2020-06-21").get(trigger, "missing") == place, _events(body, "2020-06-21")


def test_a_court_rules_and_a_state_the_sentence_names_refines_the_storys_country():
    body = ("Texas voters afraid of the coronavirus can cast their ballots by mail, a federal judge ruled Tuesday.\n\n"
            "The U.S. Supreme Court and the U.S. Congress did not act.")
    ex = extract_article(parse_article(f"Published: 2020-05-20\n\n{body}", "x.txt"))
    ruled = [e for e in ex.events if e.trigger == "ruled"]
    assert ruled and ruled[0].type == "legal" and ruled[0].date_start == "2020-05-19", \
        [(e.trigger, e.type, e.date_start) for e in ex.events]
    assert ruled[0].place is not None and ruled[0].place.name == "Texas", ruled[0].place
    # governing is no court ruling
    assert not [e for e in _events("Mugabe, who ruled Zimbabwe for 37 years, died on Friday.") if e[0] == "ruled"]


def test_what_is_said_and_signed_in_a_summits_days_happens_at_its_venue():
    body = ("Leaders of African Union member states met in Niamey for an AU summit, where on Sunday presidents "
            "signed the trade agreement.\n\nNiger's president Mahamadou Issoufou said the deal would help trade.\n\n"
            "Nigeria previously announced it planned to join the agreement.")
    places = _places(body, "2019-07-10")
    assert places["said"] == "Niamey", places
    assert places["announced"] != "Niamey", places      # (before the summit: not at it)


def test_visiting_the_region_goes_to_the_place_the_story_is_about():
    body = ("WELLINGTON, March 3 - A strong earthquake hit the Bay of Plenty yesterday.\n\n"
            "Prime Minister David Lange visited the region today before a conference.")
    assert _places(body, "1987-03-03")["visited"] == "Bay of Plenty"


@pytest.mark.parametrize("body", [
    "With Sunday's signings, all but one of the member states of the 55-member AU have signed on.",
    "Antibodies were found in 20% of subjects, far more than the 355,000 who have tested positive.",
])
def test_a_running_count_is_no_happening(body):
    assert not [e for e in _events(body, "2019-07-10") if e[0] in ("signed", "tested positive")], _events(body)


def test_a_sale_happens_where_what_is_sold_is():
    body = "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in March."
    assert _places(body, "2020-06-21")["sold"] == "Thailand"
    body = "In March, Tesco sold its stores to a Thai conglomerate."      # (the buyer's country: no place)
    assert _places(body, "2020-06-21")["sold"] is None


def test_a_running_count_leaves_the_sentence_to_its_happening_and_an_age_is_no_count():
    body = ("New York in April found antibodies in more than 20% of some 3,000 test subjects, far more than "
            "the 355,000 who have tested positive.")
    assert [e[0] for e in _events(body, "2020-05-19")] == ["found"], _events(body, "2020-05-19")
    body = "Emily Spanton, 39, who has waived her right to anonymity, met the officers in Paris in 2014."
    assert "met" in [e[0] for e in _events(body, "2019-02-01")], _events(body, "2019-02-01")


@pytest.mark.parametrize("body,trigger", [
    ("Roh proposed an amnesty for dissident Kim Dae-jung, who has been banned from politics.", "banned"),
    ("The funds went to ESM Government Securities of Fort Lauderdale, which went bankrupt.", "went bankrupt"),
])
def test_an_undated_relative_clause_describes_a_participant_and_tells_no_happening(body, trigger):
    assert trigger not in [e[0] for e in _events(body, "1987-06-29")], _events(body, "1987-06-29")


def test_a_happening_set_for_a_date_is_of_the_happenings_kind_and_ahead():
    body = "The president is due to step down next February after elections which had tentatively been set for December."
    got = [e for e in _events(body, "1987-06-29") if e[0] == "set"]
    ex = extract_article(parse_article(f"Published: 1987-06-29\n\n{body}", "x.txt"))
    typed = [e.type for e in ex.events if e.trigger == "set"]
    assert got and got[0][1:3] == ("1987-12-01", "1987-12-31") and typed == ["election"], (got, typed)


def test_a_short_saying_with_its_object_keeps_the_date_before_it():
    body = ("The November 4 issue of Magyar Nemzet published an interview with the commissioner. "
            "On the same day, the Hirtenberger Defence Group issued a corresponding press release.")
    assert _by_trigger(body, "issued", "2019-11-07")[1:3] == ("2019-11-04", "2019-11-04")
    # a saying that ends its sentence: the date before its comma is what is said
    got = _events("The plant will close next year, the company said.", "2019-11-07")
    assert [e[1] for e in got if e[0] == "said"] == ["2019-11-07"], got


def _full(body, trigger, published):
    ex = extract_article(parse_article(f"Published: {published}\n\n{body}", "x.txt"))
    hit = [e for e in ex.events if e.trigger == trigger]
    assert hit, [(e.trigger, e.date_start, e.date_end) for e in ex.events]
    return hit


def test_an_undated_saying_after_the_telling_has_passed_the_leads_day():
    # a report published days after its lead: once the story has named a later day, an undated
    # saying was said between the lead's day and the report, not on the lead's day
    body = ("An apartment building collapsed on Monday in Magnitogorsk. A total of 39 are confirmed dead, "
            "officials told state media, adding that rescuers ended their work yesterday. "
            "Regional governor Boris Dubrovsky said gas was the cause.")
    told, = _full(body, "told", "2019-01-04")     # (after the day its own sentence tells of)
    assert (told.date_start, told.date_end) == ("2019-01-03", "2019-01-04"), told.why_date
    said, = _full(body, "said", "2019-01-04")
    assert (said.date_start, said.date_end) == ("2018-12-31", "2019-01-04"), said.why_date
    # while the telling stays on the lead's day, an undated saying after the lead is still of any day since, up
    # to the report (the judges of round 58 found the span right where the lead's day was not)
    body = ("An apartment building collapsed on Monday in Magnitogorsk. "
            "Regional governor Boris Dubrovsky said gas was the cause.")
    said, = _full(body, "said", "2019-01-04")
    assert (said.date_start, said.date_end) == ("2018-12-31", "2019-01-04"), said.why_date
    # and "He claimed", going on from the speaker before, is not moved
    body = ("On Wednesday, Turkish president Erdogan said the deal was void. In a press release issued the "
            "following day, the ministry denounced the summit. He claimed the drilling was lawful.")
    claimed, = _full(body, "claimed", "2020-01-11")
    assert "lead's day" not in claimed.why_date, claimed.why_date


def test_a_happening_a_saying_names_again_by_a_definite_noun_is_no_new_event():
    body = ("On October 6, Trump and Erdogan spoke on the phone. Then both nations issued statements "
            "speaking of an imminent incursion. On Wednesday, Turkey began a military offensive in "
            "north-eastern Syria with airstrikes followed by a ground invasion. Erdogan said the invasion was "
            "\"to prevent the creation of a terror corridor across our southern border.\"")
    ex = extract_article(parse_article(f"Published: 2019-10-15\n\n{body}", "x.txt"))
    assert "invasion" not in [e.trigger for e in ex.events], [(e.trigger, e.date_start) for e in ex.events]
    # the same for a deal, an acquisition, whatever day the saying is of
    body = ("On October 29, the Hungarian state acquired the Austrian maker Hirtenberger. The commissioner said on "
            "Monday that the army was weak. He also noted the acquisition fits the investment strategy.")
    ex = extract_article(parse_article(f"Published: 2019-11-07\n\n{body}", "x.txt"))
    assert "acquisition" not in [e.trigger for e in ex.events], [(e.trigger, e.date_start) for e in ex.events]
    # an indefinite noun is another happening
    body = ("On Wednesday, Turkey began a military offensive in north-eastern Syria with airstrikes. "
            "Erdogan said an invasion of Iraq was \"to prevent the creation of a terror corridor.\"")
    _full(body, "invasion", "2019-10-15")


def test_the_people_of_a_court_case_speak_where_its_court_sits():
    body = ("Texas voters afraid of the virus can cast their ballots by mail in upcoming elections, a federal "
            "judge ruled Tuesday. "
            "In a 74-page decision, U.S. District Judge Fred Biery wrote that the pandemic had left the "
            "world without immunity. Howard Rubel, a Toronto lawyer representing the party, told reporters "
            "the ruling was right. Trump said the bill was dead.")
    wrote, = _full(body, "wrote", "2020-05-20")
    assert wrote.place is not None and wrote.place.name == "Texas", wrote.why_place
    told, = _full(body, "told", "2020-05-20")
    assert told.place is not None and told.place.name == "Texas", told.why_place
    said, = _full(body, "said", "2020-05-20")     # not one of the case's people
    assert said.place is None or said.place.name != "Texas", said.why_place


@pytest.mark.parametrize("body,trigger,day", [
    ("CINCINNATI, March 2 - Three bank officers were convicted on fraud charges today. Warner was found guilty of "
     "six counts of performing unauthorized acts -- investing bank money without authorization -- in the 1985 "
     "collapse.", "found guilty", "1987-03-02"),
    ("Elliot Morales was convicted in March of killing Mark Carson in May 2013.", "convicted", "1987-03-01"),
])
def test_a_verdicts_date_is_not_that_of_the_act_it_judges(body, trigger, day):
    ev, = _full(body, trigger, "1987-03-02")
    assert ev.date_start == day, ev.why_date


@pytest.mark.parametrize("body,day", [
    ("The president is due to step down next February after elections which had tentatively been set for "
     "December.", "1987-12-01"),
    ("The opposition wants a referendum which was planned for October.", "1987-10-01"),
])
def test_an_event_noun_takes_the_date_its_own_relative_clause_sets(body, day):
    ex = extract_article(parse_article(f"Published: 1987-06-29\n\n{body}", "x.txt"))
    got = [(e.trigger, e.date_start) for e in ex.events if e.type == "election"]
    assert got and all(d == day for _, d in got), got


def test_a_consequence_clause_keeps_its_date_and_place():
    # ", thus ensuring their place in Brazil next June": the consequence's, not the guaranteeing's
    body = ("The US beat Mexico 2-0 on Tuesday in Columbus. The victory guaranteed that the US cannot finish "
            "lower than third place in qualifying, thus ensuring their place in Brazil next June.")
    ev, = _full(body, "guaranteed", "2013-09-11")
    assert ev.date_start == "2013-09-10" and ev.place is not None and ev.place.name == "Columbus", \
        (ev.date_start, ev.place, ev.why_date, ev.why_place)


@pytest.mark.parametrize("body,trigger,start", [
    # "previously" of a noun's participle, or inside a quotation, or "in the past year": no "before now"
    ("GenCorp sold General Tire on Monday, the company said. Reynolds also said GenCorp's previously announced "
     "sale of its other businesses is proceeding.", "said", "1987-06-29"),
    ('"In the past, he has been able to go around the power elite," Schneider said.', "said", "1987-06-29"),
    # but "previously" of the verb is some time before the report
    ("Nigeria previously announced it planned to join the trade area.", "announced", None),
])
def test_previously_dates_only_its_own_verb(body, trigger, start):
    evs = _full(body, trigger, "1987-06-29")
    assert evs[-1].date_start == start, [(e.date_start, e.date_end, e.why_date) for e in evs]


def test_the_past_of_a_saying_told_of_the_lead_happening_is_its_day():
    body = ("A car bomb killed dozens at a military base in Wardak province on Monday. A spokesperson for the "
            "governor said the attack had killed twelve.")
    evs = _full(body, "killed", "2019-01-24")
    assert evs[-1].date_start == "2019-01-21", evs[-1].why_date


def test_what_a_disaster_brings_about_in_its_days_is_where_it_happened():
    body = ("A deadly boat fire earlier this week near Santa Cruz Island off the coast of California, United "
            "States, resulted in the death of all 33 passengers. The fire started some time after 3 a.m. local "
            "time Monday. The United States Coast Guard called off its search late on Tuesday.")
    fires = _full(body, "fire", "2019-09-04")
    assert fires[-1].place is not None and fires[-1].place.name == "Santa Cruz Island", fires[-1].why_place
    # not what is of another kind ("called off its search", no disaster word of its own)
    called, = _full(body, "called", "2019-09-04")
    assert called.place is None or called.place.name != "Santa Cruz Island", called.why_place


def test_overnight_is_the_night_of_the_day_the_story_gives_the_same_happening():
    body = ("A deadly boat fire earlier this week near Santa Cruz Island off the coast of California resulted in "
            "the death of all 33 passengers. The boat, Conception, which caught fire overnight in open seas, "
            "carried 33 passengers. Five people were rescued. The boat was on a three-day voyage. The fire "
            "started some time after 3 a.m. local time Monday.")
    ev, = _full(body, "caught fire", "2019-09-04")
    assert ev.date_start == "2019-09-02", ev.why_date
    ev, = _full(body, "rescued", "2019-09-04")       # (carried from the sentence before's "overnight")
    assert ev.date_start == "2019-09-02", ev.why_date
    # with no other day for it, "overnight" is the report's
    ev, = _full("The boat, Conception, which caught fire overnight in open seas, carried 33 passengers.",
                "caught fire", "2019-09-04")
    assert ev.date_start == "2019-09-04", ev.why_date


def test_a_count_as_of_a_day_runs_from_the_storys_first_day_to_then():
    body = ("A deadly boat fire broke out on Monday near Santa Cruz Island off the coast of California. "
            "As of late Tuesday, 20 bodies had been recovered, according to the sheriff.")
    ev, = _full(body, "recovered", "2019-09-04")
    assert (ev.date_start, ev.date_end) == ("2019-09-02", "2019-09-03"), ev.why_date
    # a rule in force as of a day runs from it
    body = ("A deadly boat fire broke out on Monday near Santa Cruz Island. As of Thursday, dive boats will be "
            "banned from sailing at night, the Coast Guard announced.")
    evs = [e for e in _full(body, "banned", "2019-09-04")]
    assert evs[0].date_start == "2019-09-05", evs[0].why_date


def test_an_undated_saying_in_a_story_begun_before_its_leads_day_spans_from_then():
    body = ("On Saturday, aftershocks of a powerful earthquake that struck the southern Philippines on Wednesday "
            "were still shaking Cotabato. The region is home to many farmers. Phivolcs reported the first quake "
            "occurred at 7:37 p.m.")
    ev, = _full(body, "reported", "2019-10-22")
    assert (ev.date_start, ev.date_end) == ("2019-10-16", "2019-10-22"), ev.why_date
    assert "which the lead names" in ev.why_date, ev.why_date


def test_a_clock_time_without_a_day_is_of_the_day_the_story_tells():
    body = ("Yesterday, oil facilities of Saudi Aramco were hit by multiple drone strikes in a pre-dawn raid. "
            "The Houthi movement claimed responsibility. The attacks occurred at 4:00 A.M. local time and struck "
            "the largest processing plant at Abqaiq.")
    hit, = _full(body, "hit", "2019-09-15")
    assert hit.type == "military", hit.type             # the drone strikes' kind (an armed force's), not the oil business's
    struck, = _full(body, "struck", "2019-09-15")
    assert struck.date_start == "2019-09-14" and struck.type in ("violence", "military"), (struck.date_start, struck.why_date)
    # a report of the day keeps the report's day
    body = "A fire broke out in a Minsk factory today. Firefighters put out the blaze at 4:00 A.M. local time."
    ev, = _full(body, "blaze", "2019-09-15")
    assert ev.date_start == "2019-09-15", ev.why_date


@pytest.mark.parametrize("sentence,trigger,etype,kept", [
    # the period a plea is about is not the plea's date
    ("Anderson pleaded gulity only for the tax year 1984 but admitted transgressions for the previous year.",
     "pleaded", "legal", []),
    ("Anderson pleaded guilty in 1984 to tax evasion.", "pleaded", "legal", ["1984"]),
    # a date a thing falls due is not when it was made
    ("The money was given to him as a no-interest loan repayable in 1990.", "loan", "economy", []),
    ("The money was lent to him in 1983 as a loan.", "lent", "economy", ["1983"]),
    # a passive infinitive aside is a happening of its own
    ("The CDC-funded portion, to be formally announced this week, will expand the study.", "expand", "health", []),
    # what a decision waits for is not the decision's date
    ("He set a 1.5 mln dlr bond pending the appearance of the trio for sentencing March 30.", "set", "legal", []),
])
def test_a_due_date_the_period_judged_or_what_is_awaited_is_not_the_events_date(sentence, trigger, etype, kept):
    from extract.clausedates import event_timexes
    from extract.timex import tag
    i = sentence.index(trigger)
    got = event_timexes(sentence, tag(sentence, "1987-03-26"), 0, i, i + len(trigger), etype)
    assert [t.text for t in got] == kept, [t.text for t in got]


def test_what_the_court_of_a_verdict_does_and_its_people_say_is_where_it_sits():
    body = ("CINCINNATI, March 2 - Marvin Warner and two fellow officers of the former Home State Savings Bank were "
            "convicted today on charges connected with its collapse.\n\nJudge Richard Niehaus of Hamilton County "
            "Common Pleas Court ordered Warner jailed in lieu of 3.5 mln dlrs bond. He set a 1.5 mln dlr bond for "
            "Bongard. U.S. Attorney Rudolph Giuliani declared the government would seek a long prison term.")
    set_, = _full(body, "set", "1987-03-02")
    assert set_.type == "legal" and set_.place is not None and set_.place.name == "Cincinnati", set_.why_place
    declared, = _full(body, "declared", "1987-03-02")      # (the role taken whole with the name)
    assert declared.place is not None and declared.place.name == "Cincinnati", declared.why_place



def test_a_town_before_an_event_noun_and_a_visits_talks_are_placed_there():
    body = ("TOKYO, April 27 - Prime Minister Nakasone sets out Wednesday on a tough mission to Washington. Two "
            "rounds of talks between President Reagan and Nakasone, scheduled for Thursday and Friday, come after "
            "new tariffs. Analysts said Nakasone might step down after the Venice summit of industrialized nations "
            "in June.")
    talks, = _full(body, "talks", "1987-04-27")
    assert talks.place is not None and talks.place.name == "Washington", talks.why_place
    summit, = _full(body, "summit", "1987-04-27")
    assert summit.place is not None and summit.place.name == "Venice", summit.why_place
    # a town before a person's noun is no event's place
    ev, = _full("A Brooklyn firefighter died on Saturday while battling a blaze.", "died", "2014-07-06")
    assert ev.place is not None and ev.place.name == "Brooklyn"


def test_a_happening_takes_the_place_its_verb_is_used_with_again_nearby():
    body = ("Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours. His time was 1 hour 59 "
            "minutes. Kipchoge ran in Vienna, Austria.")
    ev, = _full(body, "ran a marathon", "2019-10-13")
    assert ev.place is not None and ev.place.name == "Vienna", ev.why_place
    body = ("Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours. His time was 1 hour 59 "
            "minutes. He trained in Kenya.")
    ev, = _full(body, "ran a marathon", "2019-10-13")
    assert ev.place is None or ev.place.name != "Kenya" or ev.place_resolution != "retold", ev.why_place


def test_what_is_said_after_the_match_is_said_where_it_was():
    body = ("Brigid Kosgei won the Chicago Marathon on Sunday. She had won in London in April. "
            "\"I was not expecting this\", said Kosgei after the race.")
    ev, = _full(body, "said", "2019-10-14")
    assert ev.place is not None and ev.place.name == "Chicago", ev.why_place


def test_a_dispatch_from_home_places_what_is_done_at_home_not_where_the_story_goes():
    body = ("TOKYO, April 27 - Prime Minister Nakasone sets out Wednesday on a tough mission to Washington. Talks "
            "in Washington will cover trade. Officials in Washington expect tariffs. The Japanese government has "
            "been making last ditch efforts. His party suffered setbacks in nationwide local elections in the past "
            "two months.")
    ev, = _full(body, "elections", "1987-04-27")
    assert ev.place is not None and ev.place.country == "JP", (ev.place, ev.why_place)
    trip = _full(body, "sets out", "1987-04-27")[0]
    assert trip.place is not None and trip.place.name == "Washington"


def test_a_speaking_participle_before_the_speaker_gives_where_it_was_said():
    body = ("Speaking on al-Masirah TV in Yemen on Saturday, Houthi military spokesperson Yahya Sarea said it had "
            "carried out the attacks with ten drones.")
    ev = _full(body, "said", "2019-09-15")[0]
    assert ev.place is not None and ev.place.name == "Yemen", ev.why_place


def test_a_list_of_places_counts_once_for_the_story_country():
    # twenty-four US states listed as the members' homes do not make a story of a site in South
    # Korea an American one: a list counts each of its countries once
    body = ("The website was based in South Korea. Police in South Korea arrested its operator. "
            "South Korean officials said the inquiry went on.\n\n"
            "Authorities seized the site in March 2018.\n\n"
            "Members came from Alabama, Arkansas, California, Florida, Georgia and Texas.")
    assert _by_trigger(body, "seized", "2019-10-17")[3] == "South Korea"


@pytest.mark.parametrize("sentence, start, end", [
    ("Some of the users pleaded guilty before yesterday's announcements.", None, "2019-10-16"),
    ("She left the company before 2010.", None, "2010-12-31"),
    # near a date, or counted from it: not "by then"
    ("They were convicted shortly before Monday.", "2019-10-14", "2019-10-14"),
    ("He resigned days before Monday.", "2019-10-14", "2019-10-14"),
])
def test_before_a_date_ends_an_open_interval(sentence, start, end):
    got = _events(sentence, "2019-10-17")
    assert got and got[0][1:3] == (start, end), got


def test_a_persons_description_naming_a_place_keeps_the_place():
    # "Puerto Rico's governor" describes the person; the place in it is a place mentioned
    body = ("Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation on Wednesday. "
            "Rosselló met aides in San Juan on Thursday.")
    ex = extract_article(parse_article("Published: 2019-07-28\n\n" + body, "x.txt"))
    assert any(p.text == "Puerto Rico" and p.start < 60 for p in ex.places), ex.places
    assert not any(p.text in ("Ricardo", "Rosselló") for p in ex.places), ex.places


def test_testimony_in_a_verdict_story_is_before_the_verdict():
    # the story opens with the court's decision (dated or not); testimony and words told to the
    # jury were said at the trial, before it, even after a sentence that tells the crime's day
    body = ("Elliot Morales has been sentenced to 40 years in prison. \"It is a tragedy,\" Justice Bartley said "
            "at his sentencing today. On May 18, 2013, Morales shot Carson. Seconds later, Morales ran. "
            "Witnesses testified that Morales had been running amok earlier that evening. "
            "\"I was looking online,\" she told the jury.")
    for trig in ("testified", "told"):
        _, d0, d1, _, _ = _by_trigger(body, trig, published="2016-06-14")
        assert d1 == "2016-06-14" and (d0 is None or d0 < "2016-06-14"), (trig, d0, d1)
    # a witness who goes on ("She also said") is still at the trial; what she told a guard that
    # night is not
    body = ("Two officers were found guilty on Thursday of raping a tourist. The head of the internal "
            "investigators told the court \"Basic investigations weren't done.\" She also said \"I regret we "
            "weren't called immediately.\"")
    _, d0, d1, _, _ = _by_trigger(body, "said", published="2019-01-31")
    assert d1 == "2019-01-31" and (d0 is None or d0 < "2019-01-31"), (d0, d1)


def test_an_undated_saying_in_a_late_report_follows_the_happening_it_names():
    # a report published days after its story began: an undated saying that names a happening
    # the story dated ("the invasion", "the airstrike") was said after that happening's first day,
    # not since the story's first day
    body = ("On October 6, Trump and Erdogan spoke on the phone. On Wednesday, Turkey began an invasion of "
            "northeast Syria with airstrikes on Ras al-Ain. On Sunday, the Syrian Army entered Manbij. "
            "Erdogan said the invasion was to prevent a terror corridor. Stoltenberg urged restraint.")
    _, d0, d1, _, _ = _by_trigger(body, "said", published="2019-10-15")
    assert (d0, d1) == ("2019-10-09", "2019-10-15"), (d0, d1)
    # a saying that names no happening of the story keeps the story's span
    body2 = body.replace("Erdogan said the invasion was to prevent a terror corridor.",
                         "Erdogan said his country wanted peace.")
    _, d0, d1, _, _ = _by_trigger(body2, "said", published="2019-10-15")
    assert (d0, d1) == ("2019-10-06", "2019-10-15"), (d0, d1)


@pytest.mark.parametrize("body,trigger,want", [
    # a coarse date and a finer one inside it, side by side: the finer dates the event
    ("Rosselló said he is to leave office next month on August 2.", "leave", ("2019-08-02", "2019-08-02")),
    ("The minister resigned earlier this month, on July 9.", "resigned", ("2019-07-09", "2019-07-09")),
    # two dates of the same grain are two days of one happening, not one inside the other
    ("On Sunday and Saturday evening, the chains lowered prices.", "lowered", ("2019-07-27", "2019-07-28")),
])
def test_a_finer_date_within_a_coarser_one_dates_the_event(body, trigger, want):
    _, d0, d1, _, _ = _by_trigger(body, trigger, published="2019-07-28")
    assert (d0, d1) == want, (d0, d1)


@pytest.mark.parametrize("body,trigger,want", [
    # an opening clause of time happened before (or, for "Before", after) the main clause's date
    ("After Mugabe fired his vice president, the army moved on November 15, 2017.", "fired", (None, "2017-11-15")),
    ("Before rebels attacked the town, the army withdrew on Monday.", "attacked", ("2019-09-02", None)),
    # its own date stays its own
    ("After the talks collapsed on Thursday, rebels attacked the town on Friday.", "collapsed", ("2019-09-05", "2019-09-05")),
    # the main clause keeps the date
    ("After the talks failed, rebels attacked the town on Monday.", "attacked", ("2019-09-02", "2019-09-02")),
])
def test_an_opening_clause_of_time_is_before_the_main_clauses_date(body, trigger, want):
    _, d0, d1, _, _ = _by_trigger(body, trigger, published="2019-09-06")
    assert (d0, d1) == want, (d0, d1)


@pytest.mark.parametrize("body,trigger", [
    # a clause whose subject is nobody, or a noun after "no", tells no happening
    ("No organization immediately claimed credit for the attack.", "claimed"),
    ("Police said no arrests were made after the blast.", "arrests"),
    ("None of the passengers was injured.", "injured"),
    # a move inside a building is no journey
    ("The officers got on an elevator and went to the 13th floor on Sunday.", "went to"),
])
def test_what_nobody_did_and_moves_indoors_are_no_events(body, trigger):
    assert all(e[0] != trigger for e in _events(body, "2016-05-06")), _events(body, "2016-05-06")


def test_a_street_number_is_no_year():
    got = _events("Firefighters responded to the fire on the 13th floor of 2007 Surf Avenue on Sunday.", "2016-05-06")
    assert all(d0 != "2007-01-01" for _, d0, _, _, _ in got), got


def test_the_previous_day_counts_from_the_date_just_told_even_of_a_named_happening():
    body = ("A quake hit on Dec. 28. Last week, two thirds of the island was without power two days after the "
            "January 7 quake. That event destroyed at least 300 homes. This followed a 5.8 magnitude earthquake "
            "the previous day that collapsed the famous rock formation.")
    _, d0, d1, _, _ = _by_trigger(body, "earthquake", published="2020-01-17")
    assert (d0, d1) == ("2020-01-06", "2020-01-06"), (d0, d1)


@pytest.mark.parametrize("body,trigger,want", [
    # "N units later" counts from the last date told before it, at the unit's grain
    ("U.S. troops left Iraq in 2011, then returned three years later.", "returned", ("2014-01-01", "2014-12-31")),
    ("They met on March 3. A week later they signed a deal.", "signed", ("2020-03-10", "2020-03-10")),
    ("He was elected in May 2005. Two months later he resigned.", "resigned", ("2005-07-01", "2005-07-31")),
])
def test_a_span_later_counts_from_the_date_told_before(body, trigger, want):
    _, d0, d1, _, _ = _by_trigger(body, trigger, published="2020-04-10")
    assert (d0, d1) == want, (d0, d1)


def test_a_place_that_qualifies_a_division_of_it_is_not_where_it_happened():
    # "the United States commonwealth of Puerto Rico": Puerto Rico, which the mention names
    body = ("On Wednesday morning, a magnitude 5.2 earthquake hit the United States commonwealth of Puerto Rico, "
            "near Guanica, officials in Puerto Rico said.")
    ex = extract_article(parse_article("Published: 2020-01-17\n\n" + body, "x.txt"))
    assert any(p.text == "United States" for p in ex.places), ex.places      # still a place mentioned
    assert all(not e.place or e.place.name != "United States" for e in ex.events), ex.events


def test_a_death_told_as_done_a_day_ahead_in_local_time_is_not_planned():
    ex = extract_article(parse_article("Published: 2020-02-06\n\nLi Wenliang died early Friday local time, the "
                                       "hospital said. The court will rule on Friday.", "x.txt"))
    got = {e.trigger: (e.date_start, e.modality) for e in ex.events}
    assert got["died"] == ("2020-02-07", "asserted"), got
    assert got["rule"][1] == "planned", got


def test_the_date_of_the_verb_phrase_after_and_then_is_its_own():
    body = "Parliament would meet briefly in early September and then not reconvene until October 14."
    _, d0, d1, _, _ = _by_trigger(body, "meet", published="2019-08-29")
    assert (d0, d1) == ("2019-09-01", "2019-09-10"), (d0, d1)


def test_the_same_day_dates_the_clause_it_heads():
    body = ("Johnson is to present his plans on October 14, the same day the Queen is scheduled to give a speech. "
            "Rebels attacked the town on Monday, the day before the talks, and the army said it would respond.")
    _, d0, d1, _, _ = _by_trigger(body, "give", published="2019-08-29")
    assert (d0, d1) == ("2019-10-14", "2019-10-14"), (d0, d1)


@pytest.mark.parametrize("body,want", [
    # a country's possessive before a division of it: the division is where it happened
    ("A policeman was killed when a bomb was lobbed onto a parade ground in South Africa's biggest black township "
     "of Soweto this morning, the government said.", "Soweto"),
    # not a journey's end after "to the capital of"
    ("The prime minister drove from Stavanger to the capital of Oslo on Tuesday.", "Oslo"),
])
def test_a_division_named_after_its_country_places_the_event(body, want):
    got = [p for t, _, _, p, _ in _events(body, "1987-04-21") if t in ("killed", "drove")]
    assert got == [want], _events(body, "1987-04-21")


def test_a_span_begun_in_a_year_and_lasting_years_ends_where_it_counts_to():
    body = "Beginning in 2010 and continuing for seven years, McArthur murdered gay men."
    t, d0, d1, _, _ = _by_trigger(body, "murdered", published="2019-02-01")
    assert (d0, d1) == ("2010-01-01", "2017-12-31"), (d0, d1)
    # without the length, the span stays open
    _, d0, d1, _, _ = _by_trigger("Beginning in 2010, McArthur murdered gay men.", "murdered", published="2019-02-01")
    assert (d0, d1) == ("2010-01-01", None), (d0, d1)


@pytest.mark.parametrize("body,trigger,start", [
    # arrested or charged for a dated happening: after it, not on the report's day
    ("Marcell Dockery was 16 when he was arrested for the April 6, 2014 blaze.", "arrested", "2014-04-06"),
    ("He was charged with the 2013 murder of his wife.", "charged", "2013-01-01"),
])
def test_an_arrest_for_a_dated_happening_comes_after_it(body, trigger, start):
    _, d0, d1, _, _ = _by_trigger(body, trigger, published="2016-05-06")
    assert d0 == start and (d1 is None or d1 >= start), (d0, d1)


def test_a_place_of_the_subjects_participle_phrase_is_not_the_verdicts():
    body = ("The Brooklyn teenager accused of lighting a mattress on fire in his Coney Island building's hallway, "
            "which killed a police officer, was found guilty of murder and arson yesterday.")
    _, _, _, place, _ = _by_trigger(body, "found guilty", published="2016-05-06")
    assert place != "Coney Island", place
    # a place of the main clause is still the event's
    body = "The man accused of fraud was convicted in Chicago on Monday."
    _, _, _, place, _ = _by_trigger(body, "convicted", published="2016-05-06")
    assert place == "Chicago", place


def test_the_happening_named_again_by_the_takes_its_day():
    body = ("A teenager was found guilty of murder and arson yesterday. He was arrested for the April 6, 2014 blaze. "
            "Officers rushed into the building. Dockery maintained that he was trying to save lives by alerting "
            "others to the fire.")
    _, d0, d1, _, _ = _by_trigger(body, "fire", published="2016-05-06")
    assert (d0, d1) == ("2014-04-06", "2014-04-06"), (d0, d1)
    # with no such happening told before, the fire stays where the telling put it
    body = ("A teenager was found guilty of murder and arson yesterday. Officers rushed into the building. "
            "Dockery maintained that he was trying to save lives by alerting others to the fire.")
    got = [e for e in _events(body, "2016-05-06") if e[0] == "fire"]
    assert all(e[1] != "2014-04-06" for e in got), got


@pytest.mark.parametrize("body,trigger", [
    # a country before a title and a name is the person's country, not where they spoke
    ("US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran on Saturday.",
     "posted a message on Twitter"),
    ("United States Attorney Jessie K. Liu said on Wednesday that children were safer.", "said"),
])
def test_a_speakers_country_before_a_title_is_not_where_they_spoke(body, trigger):
    body = "Drones hit oil plants in Abqaiq on Saturday. " + body
    _, _, _, place, _ = _by_trigger(body, trigger, published="2019-09-16")
    assert place != "United States", place


def test_a_defence_in_a_verdict_story_was_made_before_the_verdict():
    body = ("Two police officers were found guilty on Thursday of raping a tourist after a three-week trial. "
            "The defendants claimed she first complained of theft. Their lawyer denied after the verdict that "
            "the trial was fair.")
    _, d0, d1, _, _ = _by_trigger(body, "claimed", published="2019-01-31")
    assert d1 == "2019-01-31" and d0 is not None and d0 < "2019-01-31", (d0, d1)
    _, d0, d1, _, _ = _by_trigger(body, "denied", published="2019-01-31")
    assert (d0, d1) == ("2019-01-31", "2019-01-31"), (d0, d1)


def test_a_present_perfect_saying_in_a_dispatch_is_before_its_day():
    body = ("JOHANNESBURG, April 21 - A bomb killed a policeman in Soweto this morning, the government said. "
            "Foreign Minister Pik Botha has alleged that the guerrillas are based in Zambia. "
            "Police said 70 were injured.")
    ex = extract_article(parse_article("Published: 1987-04-21\n\n" + body, "x.txt"))
    got = {e.trigger: (e.date_start, e.date_end) for e in ex.events}
    assert got["alleged"] == (None, "1987-04-21"), got
    assert got["killed"] == ("1987-04-21", "1987-04-21"), got


def test_a_possessive_date_is_its_nouns_whatever_the_noun():
    body = ("Coming off of Sunday's tight 1-0 loss at Red Bull Arena, the Red Bulls needed a victory at the Home "
            "Depot Center tonight. The Red Bulls lost to LA.")
    got = [e for e in _events(body, "2011-11-04")]
    assert got and all(e[1] != "2011-10-30" for e in got), got


def test_a_birth_told_by_an_opening_participle_dates_no_other_event():
    body = ("Pranab Mukherjee died on Monday at the age of 84. Born on December 11, 1935, in Mirati, Mukherjee "
            "began his political career in West Bengal. He was elected to the Rajya Sabha.")
    got = _events(body, "2020-09-03")
    assert all(d0 != "1935-12-11" for t, d0, _, _, _ in got if t != "Born"), got


def test_the_case_of_a_verdict_told_just_after_the_lead_dates_its_happenings():
    body = ("On Friday, Mohammed Waseem was sentenced for his sister's murder to life in prison by a court in Multan. "
            "Waseem confessed to killing his sister by strangling her in 2016. Her parents wept. "
            "Baloch was murdered by her brother.")
    _, d0, d1, _, _ = _by_trigger(body, "murdered", published="2019-09-30")
    assert (d0, d1) == ("2016-01-01", "2016-12-31"), (d0, d1)


def test_what_no_other_team_had_managed_is_no_event():
    body = ("Coming off of Sunday's tight loss, the Red Bulls needed a victory tonight, something that no other "
            "team had managed this year. LA emerged victorious with a 3-1 aggregate score.")
    got = _events(body, "2011-11-04")
    assert all(t != "managed" for t, *_ in got), got
    assert [d0 for t, d0, *_ in got if t == "emerged"] == ["2011-11-04"], got


def test_the_dead_said_nothing_after_their_death():
    # an undated saying of a person whose death the article dates is before that death, not on the
    # day it is carried to (the lead's, a verdict's); a saying of someone else keeps that day
    body = ("The former president Robert Mugabe died on Friday in Singapore. He was 95.\n\n"
            "\"Only God who appointed me will remove me,\" Mugabe declared.\n\n"
            "\"He was a hero of the liberation,\" said Emmerson Mnangagwa.")
    got = {t: (d0, d1) for t, d0, d1, _, _ in _events(body, "2019-09-09")}
    assert got["died"] == ("2019-09-06", "2019-09-06"), got
    assert got["declared"] == (None, "2019-09-06"), got
    assert got["said"] == ("2019-09-06", "2019-09-09"), got     # (someone else's: since the death, up to the report)
    # words dated in their own sentence keep their date, even after an earlier death's date
    body = ("The singer Jane Roe died in 2016.\n\n"
            "Jane Roe said on Monday she was tired.")
    assert _by_trigger(body, "said", "2019-09-18")[1:3] == ("2019-09-16", "2019-09-16")
    # a surname names the same person ("Roe" after "Jane Roe"); a verdict's story span is carried too
    body = ("A court sentenced the brother of Jane Roe on Friday for her murder.\n\n"
            "The social media star Jane Roe died in 2016.\n\n"
            "\"We must stand up for each other,\" Roe wrote.")
    assert _by_trigger(body, "wrote", "2019-09-30")[1:3] == (None, "2016-12-31")


def test_earlier_before_a_past_verb_is_some_time_before_the_report():
    # "SAS officials earlier said": before the dispatch, at a time it does not give
    body = ("STOCKHOLM, March 20 - SAS postponed an order for aircraft today.\n\n"
            "SAS officials earlier said they did not expect the first plane before 1992.")
    assert _by_trigger(body, "said", "1987-03-20")[1:3] == (None, "1987-03-20")
    # not "earlier that evening", a time of the narrative, nor "said earlier" (often the same day)
    body = ("STOCKHOLM, March 20 - SAS postponed an order for aircraft today.\n\n"
            "SAS officials said earlier they did not expect the first plane before 1992.")
    assert _by_trigger(body, "said", "1987-03-20")[1] == "1987-03-20"


@pytest.mark.parametrize("sentence, trigger", [
    ("The businessman was later accused of inciting the murder.", "accused"),
    ("The businessman once told a newspaper that he feared for his sister.", "told"),
    ("The president threatened the network's licence before, after it refused his advertisements.", "threatened"),
])
def test_later_once_and_a_bare_before_are_some_time_before_the_report(sentence, trigger):
    # an undated time before the report, after what was told before: not the lead's day the telling
    # carries ("was later accused", "once told", "threatened ... before, after ...")
    body = "A court in Multan on Friday sentenced the brother of a social media star to life in prison.\n\n" + sentence
    assert _by_trigger(body, trigger, "2019-09-30")[1:3] == (None, "2019-09-30")


@pytest.mark.parametrize("sentence, trigger", [
    ("Minutes later the businessman was arrested.", "arrested"),          # counted from the lead's time
    ("The court met the day before, on Thursday.", "met"),                  # a day of its own
    ("The businessman was questioned before the hearing.", "questioned"),     # "before" opening a phrase
])
def test_a_counted_later_and_a_before_phrase_are_not_an_undated_past(sentence, trigger):
    body = "A court in Multan on Friday sentenced the brother of a social media star to life in prison.\n\n" + sentence
    assert _by_trigger(body, trigger, "2019-09-30")[1] is not None


def test_a_funeral_in_an_obituary_is_held_in_the_storys_place():
    # an obituary's places are the life's, not the death's; but a cremation, a burial, a funeral of
    # the story's days is held where its story is
    body = ("On Monday, Pranab Mukherjee, who served as President of India for five years, died. He was 84. "
            "He died at a hospital in New Delhi. Mukherjee was cremated on Tuesday with full state honours.\n\n"
            "Born on December 11, 1935, in Mirati, Mukherjee began his career in West Bengal.")
    got = _by_trigger(body, "cremated", "2020-09-03")
    assert got[1:4] == ("2020-09-01", "2020-09-01", "New Delhi"), got


def test_an_opening_participle_does_not_take_the_main_clauses_date():
    # the perfect participle before the subject tells its own happening; the date of the main clause
    # (or of a clause inside it) is not its
    body = ("Spurs beat the Red Bulls on Tuesday night.\n\n"
            "Having wrapped their US tour, Spurs will now return to Europe before the Premier League season "
            "starts on August 18th.")
    got = [e for e in _events(body, "2012-08-01") if e[0] == "wrapped"]
    assert not got or got[0][1] != "2011-08-18", got
    assert all(e[1] != "2011-08-18" for e in _events(body, "2012-08-01"))


def test_a_party_to_a_case_heard_only_by_its_state_speaks_where_the_reporter_is():
    # a court placed only at a state does not say where its parties spoke on the day of a report
    # datelined elsewhere in the country: the reporter's city does
    body = ("NEW YORK, April 7 - Texaco Inc filed in the First Court of Appeals in Texas today to enjoin "
            "enforcement of the judgement.\n\n"
            "John Jeffers, an attorney for Pennzoil, said the company would oppose the filing.")
    assert _by_trigger(body, "said", "1987-04-07")[3] == "New York"


@pytest.mark.parametrize("body,place", [
    ("Haughey said he would seek advice following last month's Irish general election.", "Ireland"),
    ("The Brazilian presidential election was held on Sunday.", "Brazil"),
    ("Turkish elections were held on Sunday in Istanbul.", "Istanbul"),     # the clause's own place first
])
def test_a_vote_named_with_a_demonym_is_held_in_its_country(body, place):
    assert _places(body, "1987-03-05").get(next(t for t in ("elections", "election") if t in body)) == place


def test_a_past_adverb_of_what_is_said_does_not_date_the_saying():
    body = ("BRUSSELS, March 5 - Charles Haughey said today he would seek advice on the debt.\n\n"
            "However, Haughey said Ireland had in the past used its position to make borrowings.")
    got = [e for e in _events(body, "1987-03-05") if e[0] == "said"]
    assert got[-1][1:4] == ("1987-03-05", "1987-03-05", "Brussels"), got
    # the saying's own adverb does
    body = ("BRUSSELS, March 5 - Charles Haughey said today he would seek advice on the debt.\n\n"
            "Haughey previously said Ireland would borrow in Europe.")
    got = [e for e in _events(body, "1987-03-05") if e[0] == "said"]
    assert got[-1][1:3] == (None, "1987-03-05"), got


def test_here_in_a_place_tells_where_the_speaker_is_even_in_a_quotation():
    body = ("A man stabbed two people on Sunday.\n\n"
            "\"Terrorists seek to divide us,\" said Khan, \"here in London we will never let them succeed.\"")
    assert _by_trigger(body, "said", "2020-02-03")[3] == "London"
    # a place in a quotation is otherwise what is spoken of
    body = ("A man stabbed two people on Sunday.\n\n"
            "\"Terrorists attacked London before,\" said Khan.")
    assert _by_trigger(body, "said", "2020-02-03")[3] != "London"


def test_a_harm_is_where_what_caused_it_happened():
    body = ("Four people were killed and over 60 were injured after a train headed for Grand Central derailed "
            "in the Bronx this morning.")
    assert _by_trigger(body, "killed", "2013-12-01")[3] == "Bronx"
    # not a place of a clause after the cause's
    body = "Two people died after a crash on Monday, officials in Miami said."
    assert _by_trigger(body, "died", "2013-12-03")[3] != "Miami"


def test_a_countrys_embassy_is_not_in_that_country_and_control_of_a_place_is_there():
    body = "In 1979, revolutionaries took control of Iran and captured the U.S. embassy."
    assert _by_trigger(body, "took", "2019-01-22")[3] == "Iran"
    body = "In 1979, students captured the U.S. embassy."
    assert _by_trigger(body, "captured", "2019-01-22")[3] != "United States"


def test_what_a_spokesman_told_the_reporter_happened_that_day_is_at_the_dateline():
    body = ("BRASILIA, March 17 - Brazilian Planning Minister Joao Sayad resigned, a presidential spokesman said.\n\n"
            "His resignation was accepted during a meeting with President Jose Sarney this afternoon, the "
            "spokesman said.")
    assert _by_trigger(body, "resignation", "1987-03-17")[3] == "Brasília"


@pytest.mark.parametrize("body,trigger,not_place", [
    ("The talks were held on Monday, the fourth in a series on the Macao question.", "talks", "Macau"),
    ("Tuesday's World Cup semi-final was rich in narratives for Brazil.", "semi-final", "Brazil"),
])
def test_a_place_spoken_of_or_after_another_preposition_is_not_where(body, trigger, not_place):
    assert _by_trigger(body, trigger, "2014-07-09")[3] != not_place


def test_a_match_reports_crowd_names_its_venue():
    body = ("Tuesday's World Cup semi-final was rich in narratives for Brazil. 58,141 in attendance at Belo "
            "Horizonte, almost all in support of the hosts.\n\n"
            "Germany obliterated Brazil 7-1, sending the Europeans to the final.")
    places = _places(body, "2014-07-09")
    assert places.get("semi-final") == "Belo Horizonte" and places.get("obliterated") == "Belo Horizonte", places


@pytest.mark.parametrize("body,trigger,place,start", [
    ("Paris was the scene of riots on Monday.", "riots", "Paris", "2019-09-09"),
    ("Drones struck Riyadh on Saturday. In 2006, Riyadh was the target of an Al-Qaeda suicide attack.", "attack",
     "Riyadh", "2006-01-01"),
])
def test_the_target_or_the_scene_of_a_happening_is_where_and_it_is_an_event(body, trigger, place, start):
    got = _by_trigger(body, trigger, "2019-09-15")
    assert got[1] == start and got[3] == place, got


def test_an_office_left_told_by_its_holder_is_in_the_storys_country():
    body = ("Protesters marched in San Juan, Puerto Rico, on Monday against the governor.\n\n"
            "Ricardo Rosselló, Puerto Rico's governor, said he is to leave office on August 2.")
    assert _by_trigger(body, "leave", "2019-07-28")[3] == "Puerto Rico"


def test_a_vote_told_again_takes_the_place_of_its_first_telling():
    body = ("BRUSSELS, March 5 - Charles Haughey said he would seek advice following last month's Irish general "
            "election. Fianna Fail won 81 of the 166 seats in the February 17 poll.")
    assert _by_trigger(body, "won", "1987-03-05")[3] == "Ireland"


@pytest.mark.parametrize("body,start,end", [
    ("Prices rose by around 30 per cent in the first two months of this year.", "1987-01-01", "1987-02-28"),
    ("Sales fell 5 percent in the last three months of 1986.", "1986-10-01", "1986-12-31"),
])
def test_the_first_or_last_months_of_a_year_are_those_months(body, start, end):
    got = _events(body, "1987-03-17")
    assert got and got[0][1:3] == (start, end), got


def test_a_past_verb_in_its_own_adverbial_clause_is_told_as_done():
    body = "Now, Salvatore Perrone will die in prison, as a judge sentenced him to 75 years in prison."
    assert _by_trigger(body, "sentenced", "2016-03-04")[4] == "asserted"


def test_a_state_named_in_what_is_ruled_is_not_where_the_ruling_was():
    body = ("The United States Supreme Court overturned the decision on Monday. Officials in the United States "
            "said so.\n\nThe high court ruled on Monday that the issue should first be considered by Texas state courts.")
    assert _by_trigger(body, "ruled", "1987-04-07")[3] == "United States"
    # a state named before the ruling is where it was ("Texas voters can vote by mail, a judge ruled")
    body = ("The United States Supreme Court overturned the decision on Monday. Officials in the United States "
            "said so.\n\nTexas voters can vote by mail, a federal judge ruled on Monday.")
    assert _by_trigger(body, "ruled", "1987-04-07")[3] == "Texas"


def test_a_wire_reports_here_is_its_dateline_city():
    body = ("OSAKA, March 21 - Police arrested five former executives of a collapsed company today.\n\n"
            "The company, established here in 1981, went bankrupt in July 1985.")
    assert _by_trigger(body, "established", "1987-03-21")[3] == "Osaka"


def test_an_opening_place_is_the_main_clauses_not_the_reported_ones():
    # "In London, Lloyds insurance said": the saying's place; the tanker was not hit in London
    body = ("BAGHDAD, March 23 - Iraq said its warplanes attacked an oil terminal today.\n\n"
            "In London, Lloyds insurance said the Iranian tanker Avaj was hit on Saturday.")
    got = _events(body, "1987-03-23")
    said = [e for e in got if e[0] == "said" and e[3] == "London"]
    hit = [e for e in got if e[0] == "hit"]
    assert said and hit and hit[0][3] != "London", got


def test_an_obituarys_life_is_dropped_when_the_death_leads_undated():
    # "has died" with no day still makes the article an obituary: its undated life is no event of the
    # lead's day ("last Wednesday" of a hospitalisation)
    body = ("The saxophonist Manu Dibango has died of COVID-19. He was 86 years old, and died in Paris.\n\n"
            "His representatives had announced last Wednesday that he had been hospitalized.\n\n"
            "Dibango was born December 12, 1933, in Douala, Cameroon.\n\n"
            "The bandleader Kabasele hired Dibango, who traveled to Congo with the band.")
    got = _events(body, "2020-03-24")
    assert not [e for e in got if e[0] in ("hired", "traveled")], got


def test_a_past_saying_is_not_dated_ahead_and_what_it_announces_keeps_the_day_ahead():
    # "said that starting Wednesday, Britons will be allowed": the saying is of the report's story, the
    # permission of Wednesday
    body = ("Prime Minister Boris Johnson outlined a plan on Sunday to ease the lockdown.\n\n"
            "The prime minister said that starting Wednesday, Britons will be allowed to exercise outdoors.")
    got = _events(body, "2020-05-10")
    said = [e for e in got if e[0] == "said"]
    allowed = [e for e in got if e[0] == "allowed"]
    assert said and said[0][1] == "2020-05-10" and allowed and allowed[0][1] == "2020-05-13", got


def test_what_a_saying_reports_of_the_leads_kind_is_the_leads_happening():
    # after a sentence that named yesterday's celebrations, "a communique said warplanes hit" today's raid
    body = ("BAGHDAD, March 23 - Iraq said today its warplanes had attacked a supertanker and four oil sites.\n\n"
            "It also followed celebrations yesterday of what Baghdad hailed as a victory.\n\n"
            "A high command communique said warplanes hit the western jetty at the oil terminal in the afternoon.")
    got = [e for e in _events(body, "1987-03-23") if e[0] == "hit"]
    assert got and got[0][1] == "1987-03-23", got


def test_a_seat_of_power_after_a_locative_is_a_place_in_its_city():
    body = '"We are going to fill it," Trump said Friday in a wide-ranging news conference at the White House.'
    got = _by_trigger(body, "said", "2020-03-14")
    assert got[1] == "2020-03-13" and got[3] == "White House", got
    # the body acting is no place: "The White House said"
    assert _by_trigger("The White House said on Friday it would act.", "said", "2020-03-14")[3] is None


def test_an_undated_saying_takes_the_day_of_the_same_speakers_next_words():
    body = ("Oil prices bounced back after President Trump said the Department of Energy would buy crude.\n\n"
            '"We are going to fill it right to the top," Trump said Friday.')
    said = [e for e in _events(body, "2020-03-14") if e[0] == "said"]
    assert said and said[0][1] == "2020-03-13", said


def test_a_happening_of_the_storys_day_takes_the_place_of_its_kind_that_day():
    # however far the telling has gone: the crash of yesterday in Karaj, a sixteenth death that day
    body = ("A Boeing 707 cargo plane crashed into houses in Karaj, near Tehran, yesterday.\n\n"
            "The aircraft came down between two airports. Fath Airport is owned by the Revolutionary Guards.\n\n"
            "The army said the plane was bringing meat. Fars News said the crash involved pilot error.\n\n"
            "It cited the Air Force as stating Saha Airlines owned the plane, and claimed a reported sixteenth death.")
    got = [e for e in _events(body, "2019-01-15") if e[0] == "death"]
    assert got and got[0][1] == "2019-01-14" and got[0][3] == "Karaj", _events(body, "2019-01-15")


@pytest.mark.parametrize("body, place", [
    ('"We want a hopeful society," said Anschaire Nikoyagize, president of a rights group, from exile in Uganda.',
     "Uganda"),
    ("Rouhani said on Sunday in the speech which was delivered in Tehran that foreign forces must leave.", "Tehran"),
])
def test_where_a_speaker_was_is_the_sayings_place(body, place):
    assert _by_trigger(body, "said", "2020-05-19")[3] == place


def test_a_planned_lead_ahead_of_the_report_dates_nothing_told_in_the_past():
    # "Wednesday's contest", in a report of Tuesday: ahead; "Rwasa said in a telephone interview" is not of it
    body = ("The two main candidates for Wednesday's contest are Evariste Ndayishimiye and Agathon Rwasa.\n\n"
            "Rwasa said in a telephone interview that the opposition would not be silenced.")
    got = _events(body, "2020-05-19")
    said = [e for e in got if e[0] == "said"]
    assert said and said[0][1] <= "2020-05-19", got


def test_a_persons_words_of_the_same_day_are_said_where_they_spoke_before():
    body = ("Oil prices rose on Friday.\n\n"
            '"We are going to fill it right to the top," Trump said Friday at a news conference at the White House.\n\n'
            "The reserve will be filled, Trump said.")
    said = [e for e in _events(body, "2020-03-14") if e[0] == "said"]
    assert len(said) == 2 and said[1][3] == "White House", said


@pytest.mark.parametrize("sentence", [
    "Foreign Ministry spokesman Yoshifumi Matsuda said recently he was reasonably optimistic.",
    "His petition said the plans were a serious breach of fiduciary duties.",
])
def test_a_saying_said_recently_or_by_a_filing_is_before_the_dispatch(sentence):
    body = "MANILA, April 8 - A court issued an injunction against the sale yesterday.\n\n" + sentence
    assert _by_trigger(body, "said", "1987-04-08")[1:3] == (None, "1987-04-08")


def test_a_state_body_named_by_its_kind_speaks_at_home_in_a_story_of_one_country():
    body = ("A Boeing 707 cargo plane of the Iranian military crashed into houses in Karaj, Iran, yesterday. Iran's "
            "army said the crew were Iranians. Iran said the crash was an accident.\n\n"
            "The entire crew were Iranians, the army said.")
    said = [e for e in _events(body, "2019-01-15") if e[0] == "said"]
    assert said and said[-1][3] == "Iran", said
    # not a body inside what is said: "Maróth noted the military had been disarmed"
    # (a German arms maker: a story of no one country, whose setting would place the words)
    body = ("Hungary bought a German arms maker on Tuesday. Hungary's government said on Tuesday it would invest more.\n\n"
            "Maróth noted the military had been effectively disarmed by 2010.")
    noted = [e for e in _events(body, "2019-11-07") if e[0] == "noted"]
    assert noted and noted[0][3] is None, noted


def test_a_reaction_right_after_the_happening_and_a_courts_opinion_keep_its_day():
    # a saying after the lead of a later report is of any day since — but not a reaction "after the run",
    # nor what the court's judge wrote with the ruling
    body = ("Eliud Kipchoge ran a marathon in under two hours in Vienna on Saturday.\n\n"
            "\"I thank my pacemakers,\" Kipchoge said after the run.")
    said = [e for e in _events(body, "2019-10-13") if e[0] == "said"]
    assert said and said[0][1:3] == ("2019-10-12", "2019-10-12"), said
    body = ("Yesterday, the United States Supreme Court overturned the convictions of two officials.\n\n"
            "\"Not every corrupt act is a federal crime,\" Justice Elena Kagan declared for the court.")
    declared = [e for e in _events(body, "2020-05-08") if e[0] == "declared"]
    assert declared and declared[0][1:3] == ("2020-05-07", "2020-05-07"), declared


@pytest.mark.parametrize("dateline,place", [
    ("CAPE TOWN, South Africa —", "Cape Town"),
    ("IOWA CITY, Iowa —", "Iowa City"),
    ("PORT OF SPAIN, Trinidad and Tobago (AP) —", "Port of Spain"),
])
def test_a_dateline_without_a_date_is_the_reporters_for_the_days_words(dateline, place):
    # an AP-style dateline names no day, but its words of the publication day were gathered there
    body = (f"{dateline} A brewer suspended operations Wednesday at a plant in the region.\n\n"
            "The company said the closure would hurt farmers.\n\nAnother official said the plant would reopen soon.")
    said = [e for e in _events(body, "2020-05-06") if e[0] == "said"]
    assert said and all(e[3] == place for e in said), said


def test_a_dateline_over_compiled_dispatches_places_no_later_words():
    body = ("MOSCOW (Dispatches) -- Lukashenko flew to Sochi on Monday for talks with Putin.\n\n"
            "Belarus's opposition leader met French officials in Vilnius on Tuesday.\n\n"
            "An aide said the talks had gone well.")
    said = [e for e in _events(body, "2020-09-16") if e[0] == "said"]
    assert said and all(e[3] != "Moscow" for e in said), said


def test_words_received_at_the_dateline_were_said_in_their_speakers_country():
    # "in a report received in London": London is where the report was read, not where it was made
    body = ("LONDON, Feb 26 - Iran announced tonight that its offensive against Iraq had ended.\n\n"
            "The Iranian news agency IRNA, in a report received in London, said the operation was over.\n\n"
            "It said 81 Iraqi brigades were destroyed.")
    said = [e for e in _events(body, "1987-02-26") if e[0] == "said"]
    assert [e[3] for e in said] == ["Iran", "Iran"], said
    # (without "received in London", the words of a speaker of the dateline's country are the dateline's)
    body = body.replace("The Iranian news agency IRNA, in a report received in London,", "A Foreign Office spokesman")
    assert _by_trigger(body, "said", "1987-02-26")[3] == "London"


@pytest.mark.parametrize("sentence,trigger,place", [
    ("Twenty-five teenagers connected to gangs in Crown Heights were charged in Brooklyn this week.", "charged",
     "Brooklyn"),
    ("A driver who killed a girl in Flatlands in July 2014 was sentenced today in Brooklyn court.", "sentenced",
     "Brooklyn"),
])
def test_the_verbs_own_locative_is_where_not_a_place_in_its_subject(sentence, trigger, place):
    assert _by_trigger(sentence, trigger, "2016-08-03")[3] == place


def test_a_place_in_the_subject_stays_when_the_verb_has_no_locative_of_its_own():
    # (no "in"/"at" right after the verb: the subject's place is all the sentence gives)
    assert _by_trigger("Gangs in Crown Heights were charged this week.", "charged", "2016-08-03")[3] == "Crown Heights"


@pytest.mark.parametrize("sentence,place", [
    ("The Brooklyn District Attorney's office said Wednesday that the two gangs were behind the shooting.", "Brooklyn"),
    ("\"This will never compensate for the loss,\" said Brooklyn District Attorney Ken Thompson.", "Brooklyn"),
    ("Local officials, including Waterloo Mayor Quentin Hart, said on Wednesday the plant should close.", "Waterloo"),
])
def test_a_towns_own_office_speaks_at_home(sentence, place):
    e = _by_trigger(sentence, "said", "2016-08-03")
    assert e[3] == place, e


def test_a_next_court_appearance_does_not_date_the_order_that_awaits_it():
    # "held without bail ahead of their next court appearance on September 25th": not when it was ordered
    body = ("Twenty-five gang members were charged this week.\n\n"
            "Justice Joseph P. Sullivan ordered that most of the defendants be held without bail ahead of their next "
            "court appearance on September 25th.")
    assert all(e[1] != "2016-09-25" and (e[1] or "")[:4] != "2015" for e in _events(body, "2016-08-03") if e[0] == "ordered")


def test_a_month_day_of_last_year_sets_the_year_of_the_narrative_after_it():
    # "On January 8th of last year ... shot" (2015 in a 2016 story), then a past "on November 3" is that year's
    body = ("On January 8th of last year, Laquan Battle allegedly shot Bennett in front of a house.\n\n"
            "Police arrested him on November 3.")
    got = _events(body, "2016-08-03")
    assert ("shot", "2015-01-08") in [e[:2] for e in got], got
    assert ("arrested", "2015-11-03") in [e[:2] for e in got], got


def test_a_town_named_as_the_town_of_a_place_that_holds_it():
    # "the Red Sea port town of Mokha, Yemen": the town (unknown to the gazetteer), not the sea's namesake state
    e = _by_trigger("A bombing yesterday killed a photojournalist in the Red Sea port town of Mokha, Yemen.", "killed",
                    "2019-01-30")
    assert e[3] == "Mokha", e


def test_a_legislature_or_cabinet_named_by_its_kind_acts_at_home():
    body = ("ROME, April 7 - Italy's government is expected to fall. Italy's Christian Democrats met last night.\n\n"
            "Craxi said the cabinet meeting would be held tomorrow afternoon. Italy's president will then decide.")
    got = [e for e in _events(body, "1987-04-07") if e[0] == "meeting"]
    assert got and got[-1][3] == "Italy", got
    body = ("The United States House of Representatives impeached the President on Wednesday. The United States "
            "has had three such votes; Ukraine was at the centre of this one.\n\nThe Senate acquitted both of them.")
    assert _by_trigger(body, "acquitted", "2019-12-21")[3] == "United States"


def test_quoted_words_of_the_match_just_played_are_said_at_its_venue():
    body = ("University beat Maroochydore 22-10 at Cotton Tree, Australia on Saturday.\n\n"
            "\"We turned up here knowing we'd be in for a battle,\" University coach Brad Tronc said.")
    assert _by_trigger(body, "said", "2020-09-01")[3] == "Cotton Tree"


def test_a_telling_right_next_to_the_leads_happening_is_of_its_day():
    body = ("BONN, March 24 - A car bomb exploded at a British base last night, injuring 30 people.\n\n"
            "An anonymous caller telephoned a news agency just before the explosion and said a bomb was about to go off.")
    assert _by_trigger(body, "said", "1987-03-24")[1:3] == ("1987-03-23", "1987-03-23")


def test_this_weekend_told_in_the_past_is_the_weekend_before_a_monday_report():
    body = "Seven riders died in a crash on Friday.\n\nA memorial was held for the group this weekend in Columbia, New Hampshire."
    got = [e for e in _events(body, "2019-06-24") if e[1] and e[1] >= "2019-06-22" and e[0] != "died"]
    assert got and got[0][1:3] == ("2019-06-22", "2019-06-23"), got


def test_a_harm_told_after_its_cause_takes_the_causes_town_named_before():
    # "the Red Sea port town of Mokha, Yemen" holds the bombing: the deaths "in last night's attack" are there
    body = ("A bombing yesterday killed a photojournalist in the Red Sea port town of Mokha, Yemen. At least five "
            "other civilians also died in last night's attack. Yemen's government blamed the Houthis.")
    assert _by_trigger(body, "died", "2019-01-30")[3] == "Mokha"
    # (not when the sentence names its own town: "Last week a Kabul car bombing killed five")
    body = ("A car bomb killed eight in Maidan Shahr, Afghanistan on Monday. Afghanistan's army said so.\n\n"
            "Last week a Kabul car bombing killed five and wounded 110.")
    assert [e[3] for e in _events(body, "2019-01-22") if e[0] == "killed"][-1] != "Maidan Shahr"


def test_a_regional_bureaus_dateline_places_nothing_of_another_countrys_agency_news():
    # "BAHRAIN, June 18 - ... the Emirates news agency, WAM, reported": a story of the UAE filed in Bahrain
    body = ("BAHRAIN, June 18 - The Supreme Council of the United Arab Emirates (UAE) has rejected the overthrow of the "
            "ruler of the emirate of Sharjah, the Emirates news agency, WAM, reported.\n\n"
            "The UAE was plunged into a constitutional crisis yesterday after the ruling family of Sharjah said its "
            "ruler had abdicated.\n\nThe Supreme Council met in emergency session, WAM said. The UAE was formed in 1971.")
    assert all(e[3] != "Bahrain" for e in _events(body, "1987-06-18")), _events(body, "1987-06-18")
    # (a visitor speaking where the reporter is keeps the dateline: "BRUSSELS - Charles Haughey ... told a news
    # conference")
    body = ("BRUSSELS, March 5 - Charles Haughey, leader of the Irish party Fianna Fail, said he will seek the advice "
            "of the EC Commission on Ireland's foreign debt.\n\nHaughey told a news conference he is confident. "
            "Ireland's parliament meets next Tuesday; Irish voters chose Fianna Fail.")
    assert _by_trigger(body, "told", "1987-03-05")[3] == "Brussels"


@pytest.mark.parametrize("body,trigger,place", [
    ("A man stabbed four officers at the police headquarters in Paris on Thursday. Paris police said so. In Paris, "
     "shops closed.\n\nThe mayor of Paris, Anne Hidalgo, wrote on Twitter that the city was mourning.", "wrote on Twitter",
     "Paris"),
    ("A man stabbed four officers at the police headquarters in Paris on Thursday. Paris police said so. In Paris, "
     "shops closed.\n\nLocal prosecutor Remy Heitz said the suspect's wife was taken into custody.", "said", "Paris"),
    ("BAGHDAD, March 11 - Iraq said it had crushed an Iranian attack in the north.\n\nThe official Iraqi news agency "
     "INA said the attack was repelled by the Fifth Army Corps.", "said", "Baghdad"),
])
def test_an_office_or_a_states_agency_speaks_at_home(body, trigger, place):
    got = [e for e in _events(body, "1987-03-11" if "BAGHDAD" in body else "2019-10-05") if e[0] == trigger]
    assert got and got[-1][3] == place, got


def test_a_countrys_ministry_speaks_at_home():
    body = ("Iran attacked across snow-capped peaks of northeastern Iraq last week.\n\n"
            "The political department head at Iraq's Defence Ministry, Abdul Jabbar Muhsen, said on Monday fighting was "
            "continuing in the north.")
    assert _by_trigger(body, "said", "1987-03-11")[3] == "Iraq"


def test_this_weekend_of_a_plan_told_in_the_past_is_ahead():
    # "the Wolves were set to play three times in three days this weekend", on a Thursday: the coming weekend
    body = "The Wolves were set to play three times in three days this weekend."
    assert _by_trigger(body, "set", "2020-03-12")[1:3] == ("2020-03-14", "2020-03-15")


def test_the_words_of_the_leads_briefing_told_on_are_said_under_the_dateline():
    body = ("WASHINGTON (Reuters) - Defense Secretary Robert Gates will consider sending 3,000 Marines to Afghanistan, "
            "the Pentagon said on Wednesday.\n\n"
            "\"This proposal is coming before the secretary this week,\" Pentagon press secretary Geoff Morrell said.")
    said = [e for e in _events(body, "2008-01-10") if e[0] == "said"]
    assert [e[3] for e in said] == ["Washington", "Washington"], said


def test_off_a_countrys_coast_is_at_sea_by_that_country():
    body = "LONDON, March 7 - The ferry capsized off the Belgian coast last night, trapping 220 passengers."
    assert _by_trigger(body, "capsized", "1987-03-07")[3] == "Belgium"


def test_this_weekday_told_in_the_past_is_the_one_just_passed():
    body = "This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a flyboard."
    assert _by_trigger(body, "crossed", "2019-08-06")[1] == "2019-08-04"


def test_a_persons_state_in_parentheses_is_a_label_not_where():
    body = ("The writers' strike went on.\n\nOn Jan. 30, Republican front-runner Sen. John McCain (Ariz.) crossed a "
            "writers' picket line to appear on the Leno show.")
    assert _by_trigger(body, "crossed", "2008-02-08")[3] != "Arizona"


def test_an_undated_saying_after_a_lead_of_yesterday_morning_runs_to_the_report():
    # a lead told by a part of a day ("yesterday morning") starts the story's span as a lead told by its day does
    body = ("Drummer Ginger Baker died yesterday morning in a hospital aged 80.\n\n"
            "Baker's family said the drummer had been critically ill for weeks.\n\n"
            "Steve Winwood wrote that Baker was a great musician.")
    assert _by_trigger(body, "wrote", "2019-10-07")[1:3] == ("2019-10-06", "2019-10-07")


_JOLO = ("Two bombs exploded at a cathedral in Jolo, Philippines, on Sunday, killing 20 people.\n\n"
         "The Philippines has seen many attacks. Troops in the Philippines were on alert.\n\n")


@pytest.mark.parametrize("line, trigger, place", [
    # a state's body named before its verb, capitalised or not, or the state's own media: at home
    ("The Coast Guard said its units were attending mass.", "said", "Philippines"),
    ("State media reported the bombers had been identified.", "reported", "Philippines"),
    ("The Transportation Department on Monday rejected the airline's request.", "rejected", "Philippines"),
    ("The government has blamed the attack on Abu Sayyaf.", "blamed", "Philippines"),
    ("The palace issued a statement calling the candidacy inappropriate.", "issued", "Philippines"),
    # a country in what is said is not the speaker's
    ("The army said the bombers had come from Sabah, Malaysia.", "said", "Philippines"),
    # another country's body is that country's; a company's department is no state's
    ("Malaysian state media reported the bombers had come from Sabah.", "reported", "Malaysia"),
    # (a company's department is no state's body: its words are said in the story's setting, as the story's own
    # people's, by the rule for words said in a story of one place)
    ("The company's marketing department said sales were down.", "said", "Philippines"),
])
def test_a_states_body_named_before_its_verb_speaks_at_home(line, trigger, place):
    got = _events(_JOLO + line, "2019-01-28")
    assert [e[3] for e in got if e[0] == trigger] == [place], got


def test_a_states_office_of_a_place_acts_in_it_and_its_holders_next_words_too():
    # "The governor of Louisiana, John Bel Edwards, declared": in Louisiana; "He said" goes on from there
    body = ("Tropical Storm Barry approached the United States on Thursday.\n\n"
            "The governor of Louisiana, John Bel Edwards, declared a state of emergency on Thursday. "
            "He said 3,000 National Guard troops were ready.")
    got = {e[0]: e[3] for e in _events(body, "2019-07-12")}
    assert got.get("declared") == "Louisiana" and got.get("said") == "Louisiana", got
    # a country's head of government, named by the office of the country after the name
    body = ("Protesters marched on Thursday.\n\nJan Novak, the acting Prime Minister of Slovakia, condemned the "
            "violence.")
    assert _by_trigger(body, "condemned", "2019-07-12")[3] == "Slovakia"



_COURT_OF_A_SHOOTING = (
    "A man aged 28 appeared in the district court yesterday, charged with murder pertaining to a mass shooting in "
    "Christchurch on Friday.\n\n"
    "The judge ordered the accused remain in custody until his next court appearance on April 5.\n\n")


def test_a_happening_named_with_its_place_and_own_day_after_the_main_clauses_day_is_an_event():
    got = _events(_COURT_OF_A_SHOOTING, "2019-03-17")
    assert ("charged", "2019-03-16") in [e[:2] for e in got] and ("shooting", "2019-03-15") in [e[:2] for e in got], got


@pytest.mark.parametrize("line, trigger", [
    # the happening told again, with a clock time only: of the day the story told it, not the lead's
    ("The first attack was in Al Noor Mosque at about 13:40 local time, which left 42 people dead.", "attack"),
    # told as right after it
    ("Police arrested the accused in Strickland Street, 36 minutes after the mass shooting.", "arrested"),
])
def test_a_happening_the_story_dated_on_another_day_than_its_lead_keeps_that_day(line, trigger):
    got = _events(_COURT_OF_A_SHOOTING + line, "2019-03-17")
    assert [e[1] for e in got if e[0] == trigger] == ["2019-03-15"], got


def test_the_same_day_is_the_day_of_the_happening_told_just_before():
    # not the last date written (the next court appearance's)
    body = (_COURT_OF_A_SHOOTING + "The first attack was in Al Noor Mosque at about 13:40 local time. "
            "The second attack was in Linwood Mosque, killing eight people, on the same day.")
    got = _events(body, "2019-03-17")
    assert [e[1] for e in got if e[0] == "attack"] == ["2019-03-15", "2019-03-15"], got


@pytest.mark.parametrize("line, place", [
    # a speaker's state office names their country, not the dateline's city of another country
    ('"The air force, navy and army are on alert," General Guven Ergenc, Secretary General of the Turkish General '
     'Staff, told a news conference.', "Turkey"),
    ("Turkish Foreign Ministry spokesman Yalim Eralp told reporters today this was unacceptable.", "Turkey"),
    # the dateline's own country's office speaks in the dateline's city
    ("Greek Prime Minister Andreas Papandreou told reporters today the forces were ready.", "Athens"),
    # another clause's subject is not the speaker's office
    ("The Turkish Prime Minister is in Damascus, and diplomats said today he would seek help.", "Athens"),
])
def test_a_speakers_state_office_names_where_they_speak_under_a_foreign_dateline(line, place):
    body = "ATHENS, March 27 - Greece put its forces on alert today after a Turkish ship sailed.\n\n" + line
    got = _events(body, "1987-03-27")
    said = [e for e in got if e[0] in ("told", "said")]
    assert said and said[-1][3] == place, got


def test_an_undated_saying_after_the_telling_went_back_before_the_lead_starts_at_that_day():
    # "..., police revealed on Saturday", after Monday's lead: what is said next is of any day since Saturday
    body = ("On Monday, the Prime Minister joined the calls asking the United States to waive the driver's immunity.\n\n"
            "The driver left the country, police revealed on Saturday. The chief constable wrote to the embassy asking "
            "to waive her immunity. The embassy declined the request and said the family left on advice.")
    said = [e for e in _events(body, "2019-10-10") if e[0] == "said"]
    assert said and said[0][1:3] == ("2019-10-05", "2019-10-10"), said


def test_a_journey_to_a_name_the_gazetteer_lacks_does_not_take_the_leads_place():
    body = "Armed men robbed the reality star in Paris on Sunday night.\n\nKim and Kanye have arrived in Teterboro with a lot of security."
    assert _by_trigger(body, "arrived", "2016-10-03")[3] is None
    # ... and one it knows is the place ("NYC", a town's short name of the list)
    body = "Armed men robbed the reality star in Paris on Sunday night.\n\nKim and Kanye have arrived in NYC with a lot of security."
    assert _by_trigger(body, "arrived", "2016-10-03")[3] == "New York City"


@pytest.mark.parametrize("line, trigger, place", [
    # the people who report a death are not where it happened
    ("Another report from the Mexican government during the weekend said eight Mexicans died in the attack.", "died",
     "El Paso"),
    # ... but a people said to have done something did it at home
    ("Mexican authorities are reported to have arrested two men on Sunday.", "arrested", "Mexico"),
])
def test_a_people_reporting_a_happening_is_not_its_place(line, trigger, place):
    body = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas.\n\nState prosecutors in "
            "Texas charged the suspect with capital murder in El Paso, they said Sunday.\n\n" + line)
    assert _by_trigger(body, trigger, "2019-08-08")[3] == place


@pytest.mark.parametrize("body, trigger, day", [
    # a date inside the subject of what is said, its verb right after it, is not the saying's
    ("Adobe Analytics said a 100% increase in online grocery orders in mid March drove a 25% uptick in orders.",
     "said", "2020-05-14"),
    ("Adobe Analytics said a 100% increase in online grocery orders in mid March drove a 25% uptick in orders.",
     "drove", "2020-03-11"),
    # the saying's own date stays: next to its verb, or of a saying to someone
    ("The company said on Monday the talks were useful.", "said", "2020-05-11"),
    ("The minister told the BBC on Sunday that he would stay.", "told", "2020-05-10"),
])
def test_a_date_in_the_subject_of_what_is_said_is_not_the_sayings(body, trigger, day):
    assert _by_trigger(body, trigger, "2020-05-14")[1] == day


@pytest.mark.parametrize("body, trigger, place", [
    # a country's supreme court acts where it sits, not at the case's places
    ("Yesterday, the United States Supreme Court overturned the convictions of two officials in the Fort Lee lane "
     "closure scandal.", "overturned", "Washington"),
    ("Supreme Court Justice Elena Kagan ruled on Thursday that the airline could go ahead.",
     "ruled", "Washington"),
    # a state's supreme court is not the country's
    ("The Texas Supreme Court ruled on Tuesday that voters in Houston could not vote by mail.", "ruled", "Houston"),
])
def test_a_countrys_supreme_court_acts_in_its_capital(body, trigger, place):
    body += ("\n\nThe United States government said the case was closed. The United States will appeal. Lawyers in "
             "the United States agreed.")
    assert _by_trigger(body, trigger, "2020-05-08")[3] == place


def test_a_happening_on_the_ground_left_unplaced_takes_the_storys_place():
    # "Police alleged the accused performed two attacks": the attacks happened somewhere, in the story's city
    body = ("BROOKLYN - Two teenagers were charged in Brooklyn on Wednesday. Brooklyn police said the gangs had "
            "feuded for years in Brooklyn.\n\nLast year, a member of one gang shot a rival, prosecutors said.")
    got = _by_trigger(body, "shot", "2016-08-04")
    assert got[3] == "Brooklyn", got
    # not an obituary's death: the life's places do not say where it came
    body = ("Hall of Fame Brooklyn Dodgers player Duke Snider died today of natural causes at the age of 84. He "
            "played in Brooklyn for years and lived in Brooklyn. Brooklyn fans loved him.")
    assert _by_trigger(body, "died", "2011-02-27")[3] is None


def test_the_date_of_the_triggers_own_clause_between_colons():
    body = ("The Amazin's of 2015 weren't able to turn their storybook season into a happily ever after: The Mets lost "
            "Game 5 last night to the Kansas City Royals by 7-2 in 12 innings.")
    assert _by_trigger(body, "lost", "2015-11-02")[1:3] == ("2015-11-01", "2015-11-01")


def test_a_rally_in_a_match_report_is_the_teams():
    # "rally" is itself a word of protests: the sentence's other words and the report's domain decide
    from extract import extract_article, parse_article
    body = ("The Mets lost Game 5 last night to the Kansas City Royals by 7-2 in 12 innings at Citi Field. Mets starter "
            "Matt Harvey pitched eight innings without a run, and the team's fans cheered the pitcher.\n\n"
            "The winning rally also had innocuous roots: a bloop single by Salvador Perez and a stolen base by a "
            "pinch-runner who was making his first appearance in the postseason.")
    ex = extract_article(parse_article(f"Published: 2015-11-02\n\n{body}", "x.txt"))
    got = {e.trigger: e.type for e in ex.events}
    assert got.get("rally") == "sport", got


def test_a_persons_place_of_the_day_places_their_words_and_talks_are_where_they_were_not_their_topic():
    # the dateline's town in an institution's name is the town; what is discussed is no place of the talks; the
    # speaker's words of the day are said where they were that day
    body = ("Updated: ASPEN — Senator John McCain is meeting with his advisers here.\n\n"
            "Mr. McCain gave a freewheeling performance at the Aspen Institute Thursday, where he discussed the "
            "conflict in the Caucasus.\n\n"
            "“My friends, we have reached a crisis,” Mr. McCain said.")
    got = {e[0]: e[3] for e in _events(body, "2008-08-15")}
    assert got.get("discussed") == "Aspen" and got.get("said") == "Aspen", got


def test_a_relative_clause_between_dashes_names_no_event_of_the_main_verb():
    body = ("On Sunday, former President Bill Clinton — whose wife, Senator Hillary Clinton, is battling for the "
            "Democratic Party's presidential nomination — fielded some tough questions from college journalists "
            "in New Orleans.")
    got = _events(body, "2008-03-17")
    assert [e[:4] for e in got] == [("fielded", "2008-03-16", "2008-03-16", "New Orleans")], got


def test_a_governor_named_by_the_title_speaks_in_the_state_the_story_names_most():
    body = ("Hundreds of people ate at a restaurant in Castle Rock on Sunday despite Colorado's restrictions.\n\n"
            "All Colorado restaurants have been closed since March 17. The Tri-County Health Department shut it "
            "on Monday, citing Colorado's 'Safer at Home' rules.\n\n"
            "Gov. Jared Polis said Monday that he had not seen his mother in weeks. \"We are better than that,\" "
            "Polis said.")
    said = [e for e in _events(body, "2020-05-11") if e[0] == "said"]
    assert said and said[0][3] == "Colorado", said


def test_a_clause_of_when_dates_its_main_verb_at_any_precision():
    body = ("The committee on Monday announced the recorder has been recovered. All 189 on the aircraft died when the "
            "plane came down last October.")
    assert _by_trigger(body, "died", "2019-01-16")[1:3] == ("2018-10-01", "2018-10-31")
    # (after a month, not in it: the clause of "after" dates only by its day)
    body = "Shares grew 21% after the market closed Friday."
    assert _by_trigger(body, "grew", "2019-01-16")[1] == "2019-01-11"


def test_a_teams_trip_in_a_match_report_is_the_match_where_it_went():
    from extract import extract_article, parse_article
    body = ("Saturday night's trip to Montreal saw the Red Bulls overcome injuries and a red card in a come-from-behind "
            "2-1 win. All three points went to the Red Bulls after Dane Richards scored his first goal of the season.")
    ex = extract_article(parse_article(f"Published: 2012-05-20\n\n{body}", "x.txt"))
    got = {e.trigger: (e.type, e.place.name if e.place else None) for e in ex.events}
    assert got.get("trip") == ("sport", "Montréal") and got.get("went to", ("sport",))[0] == "sport", got


def test_a_local_story_of_one_town_happens_there():
    # a story naming one town only, in its lead, twice and once after a locative: its unplaced happenings are there
    body = ("A former player, who was cut by the team this morning, has been charged with murder. He was arrested "
            "at 9 a.m. in his North Attleboro mansion.\n\nThe body was found at a North Attleboro industrial park "
            "on June 17. Police searched his home last week.")
    assert _by_trigger(body, "searched", "2013-06-26")[3] == "North Attleborough Center"
    # but not what a court, a team or a board does: a small town may have none of them
    assert _by_trigger(body, "charged", "2013-06-26")[3] is None
    assert _by_trigger(body, "cut", "2013-06-26")[3] is None
    # not a town of another story named at the end
    body = ("A man was sentenced to 40 years on Tuesday for a killing in 2013. He shot the victim in the head.\n\n"
            "The mayor said: \"As we mourn the lives lost in Orlando, we remain committed.\" Orlando grieved.")
    assert _by_trigger(body, "sentenced", "2016-06-14")[3] is None


def test_a_letters_words_are_of_its_writing():
    # "The letter said" in a dispatch: written by the day the story gave the letter, not the dispatch's day;
    # its next words by "it" too (not "the ministry said it would")
    body = ("COLOMBO, March 30 - Sri Lanka has appealed to 24 countries for emergency aid, officials said.\n\n"
            "Embassies received letters over the weekend outlining the aid needed.\n\n"
            "The letter said the government had to step in.\n\n"
            "Over 25,000 tonnes of wheat were required, it said.")
    got = [(t, d0, d1) for t, d0, d1, _, _ in _events(body, "1987-03-30") if t == "said"]
    assert got[-2:] == [("said", None, "1987-03-29"), ("said", None, "1987-03-29")], got
    # and written where the story told of the letter (here under the dateline)
    assert [p for t, _, _, p, _ in _events(body, "1987-03-30") if t == "said"][-2:] == ["Colombo", "Colombo"]
    # a letter the story gives no day: some time before the report
    body = "PARIS, May 4 - The company wrote to its staff. The letter said jobs would go."
    assert _by_trigger(body, "said", "1987-05-04")[1:3] == (None, "1987-05-04")


def test_the_steps_of_a_case_and_its_arguments_come_before_its_verdict():
    # in a verdict's story, an undated plea, charge, trial or argument of the parties was before the verdict
    # (open start, up to its day), the verdict told again is its day
    body = ("Yesterday, a federal jury convicted Michael Avenatti of trying to extort Nike. The trial was held in "
            "Manhattan. The government accused Avenatti of trying to pressure Nike. Avenatti pled not guilty to the "
            "charges. His legal team argued he simply represented his client. Avenatti was charged with three "
            "crimes. He was found guilty on all counts.")
    got = {t: (d0, d1) for t, d0, d1, _, _ in _events(body, "2020-02-15")}
    for trigger in ("accused", "pled", "argued", "charged"):
        assert got[trigger] == (None, "2020-02-14"), (trigger, got)
    assert got["found guilty"] == ("2020-02-14", "2020-02-14"), got
    assert got["convicted"] == ("2020-02-14", "2020-02-14"), got
    # ... and an arrest told before it, not one counted from it
    lead = "A court in Multan on Friday sentenced the brother of a social media star to life in prison.\n\n"
    assert _by_trigger(lead + "The businessman was arrested before the verdict.", "arrested",
                       "2019-09-30")[1:3] == (None, "2019-09-27")
    assert _by_trigger(lead + "Minutes later the businessman was arrested.", "arrested", "2019-09-30")[1] is not None


def test_a_county_or_health_department_speaks_in_the_state_the_story_names_most():
    body = ("A diner in Greeley, Colorado opened its doors on Sunday. Colorado limits restaurants to takeout.\n\n"
            "The restaurant must close, the Tri-County Health Department said on Monday.")
    assert _by_trigger(body, "said", "2020-05-12")[3] == "Colorado"
    # not the nation's department
    body = ("A diner in Greeley, Colorado opened its doors on Sunday. Colorado limits restaurants to takeout.\n\n"
            "Visas will be checked, the State Department said on Monday.")
    assert _by_trigger(body, "said", "2020-05-12")[3] != "Colorado"
    body = ("Kerala in India reported new cases on Sunday. Kerala closed its schools.\n\n"
            "Testing will grow, the Health Ministry said on Monday.")
    assert _by_trigger(body, "said", "2020-05-12")[3] != "Kerala"


def test_a_verdict_placed_at_its_country_is_where_the_story_says_its_trial_was_held():
    body = ("Yesterday, a United States federal jury convicted John Marlow of extortion. The trial was held in Brooklyn, "
            "and was one of two facing Marlow. The government accused Marlow of threatening a company.")
    got = _places(body, "2020-02-15")
    assert got["convicted"] == got["accused"] == "Brooklyn", got
    # not a state whose laws the story names
    body = ("Yesterday, a United States federal jury convicted John Marlow of extortion. Marlow had already been found "
            "guilty under the laws of the State of Virginia.")
    assert _places(body, "2020-02-15")["convicted"] != "Virginia"
