"""Rules from the eighteenth unseen batch (articles 217-228), each as a language rule with its own
cases: sentence ends after ranks and times, dates and places of killings in military operations,
votes that fill an office, generic present passives, charges told again, offices of a country,
venues reached with "took to", "when" clauses dated by the day before them, and brand names."""
import pytest

from extract.pipeline import extract_article
from extract.reader import parse_article
from extract.sentences import split_sentences


def _events(body, published="2017-01-31", title=None):
    head = f"Title: {title}\n" if title else ""
    return extract_article(parse_article(f"{head}Published: {published}\n\n" + body, "x.txt")).events


def _row(e):
    return (e.type, e.trigger, e.date_start, e.date_end, e.place.name if e.place else None)


# ---------------------------------------------------------------------------------------------
# sentences

@pytest.mark.parametrize("text,first", [
    ("Marine Cpl. Arnold Bracy, 21, was charged yesterday. He denied it.", "Marine Cpl. Arnold Bracy, 21, was charged yesterday."),
    ("Adm. William Crowe met Maj. Gen. John Smith on Monday. They talked.", "Adm. William Crowe met Maj. Gen. John Smith on Monday."),
    ("Det. Insp. Jane Roe said so. It closed.", "Det. Insp. Jane Roe said so."),
])
def test_a_rank_before_a_name_ends_no_sentence(text, first):
    assert [text[s:e] for s, e in split_sentences(text)][0] == first


@pytest.mark.parametrize("text,n", [
    ("She was found dead in her car around 9:30 a.m. According to Jack Burns, a man was found dead.", 2),
    ("He left at 2 p.m. He came back.", 2),
    ("The game starts at 10 a.m. Monday in Paris.", 1),
    ("It starts at 2 p.m. EST on Friday.", 1),
    ("Polls close at 8 p.m. Eastern time.", 1),
    ("The vote opened at 7 a.m. June 3 in the state.", 1),
])
def test_a_times_am_ends_a_sentence_before_a_word_that_opens_one(text, n):
    assert len(split_sentences(text)) == n, [text[s:e] for s, e in split_sentences(text)]


# ---------------------------------------------------------------------------------------------
# dates and types of harm in a military operation

@pytest.mark.parametrize("body,year", [
    ("Her father was killed in a U.S. drone strike five years ago.", "2012"),
    ("The cleric was killed in a U.S.-led air strike in 2011.", "2011"),
])
def test_killed_in_a_strike_takes_the_strikes_date(body, year):
    got = [_row(e) for e in _events(body) if e.trigger == "killed"]
    assert got and got[0][2][:4] == year and got[0][3][:4] == year, got


def test_a_country_after_a_is_whose_not_where():
    got = [_row(e) for e in _events("Her father was killed in a U.S. drone strike five years ago.")]
    assert got and got[0][4] != "United States", got
    got = [_row(e) for e in _events("Her father was killed in the United States five years ago.")]
    assert got and got[0][4] == "United States", got


@pytest.mark.parametrize("body,trigger,typ", [
    ("At least three al Qaeda leaders were killed in the raid on Sunday.", "killed", "military"),
    ("Several civilians were killed in drone strikes carried out by the Obama administration in 2011.", "killed", "military"),
    ("A girl was killed in Yemen on Sunday during the first military raid authorized by the president.", "killed", "military"),
    ("The raid on Sunday was a mission at an al Qaeda camp, conducted by the Joint Special Operations Command.", "raid", "military"),
    # the police's raids and killings stay what they were
    ("Two men were killed in a police raid on a flat in Leeds on Sunday.", "killed", "violence"),
    ("Police arrested four men in a raid on a house in Leeds on Sunday.", "arrested", "arrest"),
    ("Three terrorists were killed in a firefight on Monday night, the local website said.", "killed", "violence"),
])
def test_harm_in_a_military_operation_is_military(body, trigger, typ):
    got = [e.type for e in _events(body) if e.trigger == trigger]
    assert got and got[0] == typ, [_row(e) for e in _events(body)]


# ---------------------------------------------------------------------------------------------
# votes, offices and how things are generally done

@pytest.mark.parametrize("body,typ", [
    ("Nancy Pelosi yesterday resumed the office of Speaker of the House, being voted into the position by the "
     "incoming 116th United States Congress.", "election"),
    ("The new members of the House of Representatives voted for Pelosi to serve as Speaker on Thursday.", "election"),
    ("The senators voted him in as chairman on Thursday.", "election"),
    # a legislature's vote on a bill elects no one: it is lawmaking (legal)
    ("The House of Representatives voted for the bill as amended on Thursday.", "legal"),
    ("Representatives who voted against the Iraq War on Thursday were booed.", "other"),
])
def test_a_legislatures_vote_that_fills_an_office_is_an_election(body, typ):
    got = [e.type for e in _events(body, "2019-01-04") if e.trigger.startswith("vot")]
    assert got and got[0] == typ, [_row(e) for e in _events(body, "2019-01-04")]


@pytest.mark.parametrize("body,trigger", [
    ("Unlike Senators, who serve six-year terms, members of the House are elected for two-year terms.", "elected"),
    ("As such, every member of the House is either re-elected or replaced during every federal election.", "re-elected"),
    ("The leader of the party with the most seats is appointed Prime Minister by the Queen.", "appointed"),
])
def test_how_an_office_is_generally_filled_is_no_event(body, trigger):
    story = "The new Congress met in Washington for the first time yesterday. " + body
    got = [_row(e) for e in _events(story, "2019-01-04") if e.sentence_start > 50]
    assert not any(r[1] == trigger for r in got), got


def test_a_charge_in_the_present_passive_stays_an_event():
    story = "Police arrested a man in Boston on Monday. Eder is charged with conspiring to hide the deposits."
    got = [_row(e) for e in _events(story, "2019-01-04")]
    assert any(r[1] == "charged" for r in got), got


@pytest.mark.parametrize("body,place", [
    ("In 1995, Chirac was elected to his first of two terms as President of France.", "France"),
    ("In 2007, she was elected Governor of Alaska.", "Alaska"),
])
def test_an_office_of_a_place_is_filled_there(body, place):
    got = [_row(e) for e in _events(body, "2019-09-26") if e.type == "election"]
    assert got and got[0][4] == place, got


def test_an_earlier_office_of_the_person_does_not_place_the_vote():
    body = ("Conservative Party members voted on Tuesday to elect Boris Johnson — former Foreign Secretary, mayor of "
            "London, and member of Parliament — as the new leader.")
    got = [_row(e) for e in _events(body, "2019-07-24") if e.type == "election"]
    assert got and all(r[4] != "London" for r in got), got


# ---------------------------------------------------------------------------------------------
# the same charge told again; a "when" clause; a venue; a brand

def test_a_charge_told_again_with_its_day_dates_the_lead():
    body = ("WASHINGTON, April 1 - A second U.S. Marine has been charged with spying in a growing scandal.\n\n"
            "The Pentagon made the announcements yesterday.\n\n"
            "Brown is an ex-Marine.\n\n"
            "Marine Cpl. Arnold Bracy, 21, was charged yesterday with espionage.")
    got = [_row(e) for e in _events(body, "1987-04-01") if e.trigger == "charged"]
    assert got and all(r[2] == "1987-03-31" for r in got), got


def test_another_arrest_told_nearby_does_not_date_the_lead():
    body = ("A second man has been arrested over the robbery.\n\nPolice charged a woman yesterday with fraud in an "
            "unrelated case.")
    got = [_row(e) for e in _events(body, "1987-04-01") if e.trigger == "arrested"]
    assert got and got[0][2] != "1987-03-31", got


def test_a_when_clause_happens_on_the_day_before_when():
    body = "The slide on Tuesday followed a 13.85 point decline of the index on Monday when it closed at 459.01."
    got = [_row(e) for e in _events(body, "1987-10-20") if e.trigger == "closed"]
    assert got and got[0][2] == "1987-10-19", got


def test_a_venue_reached_with_took_to_places_the_match():
    body = ("New York City FC took to Yankee Stadium Sunday for their first ever home match.\n\n"
            "The Bronx was buzzing long before kickoff.")
    got = [_row(e) for e in _events(body, "2015-03-16") if e.type == "sport"]
    assert got and got[0][4] == "Yankee Stadium", got


def test_a_brands_name_is_no_town():
    body = ("Ford and its luxury brand Lincoln have canceled an electric SUV, the companies said on Tuesday.\n\n"
            "Lincoln declined to say more. A spokesperson from Lincoln told The Verge in a statement on Tuesday.")
    got = [_row(e) for e in _events(body, "2020-04-28")]
    assert got and all(r[4] != "Lincoln" for r in got), got


def test_a_place_of_origin_is_not_the_part_of_the_country_an_event_is_in():
    body = ("Protests spread across the United States on Monday.\n\n"
            "The New Mexico-born leader was jailed in 2011.")
    got = [_row(e) for e in _events(body, "2017-01-31") if e.trigger == "jailed"]
    assert got and got[0][4] != "New Mexico", got


@pytest.mark.parametrize("sentence,typ", [
    ("Protesters tried to storm the Serbian parliament on Tuesday.", "violence"),   # the verb's row, not a storm
    ("The storm hit the coast on Tuesday.", "disaster"),
    ("Coalition members are asking officials to support the project.", None),      # a verb of its noun's type: as before
])
def test_a_noun_of_the_table_used_as_a_verb_takes_the_verbs_type(sentence, typ):
    from extract.triggers import pick_triggers
    got = pick_triggers(sentence, ((0, 0),))
    if typ is not None:
        assert got and got[0][2].type == typ, got
    else:
        assert not any(t[2].form == "support" and t[2].verb for t in got), got


# ---------------------------------------------------------------------------------------------
# rules from articles 229-240

def test_a_suspect_caught_is_an_arrest_and_the_noun_of_his_subject_is_not_the_event():
    body = ("The remaining suspect in the deadly Boston marathon bombings was finally caught last night after a "
            "stand-off with police in a backyard.")
    got = [_row(e) for e in _events(body, "2013-04-20")]
    assert got and got[0][:3] == ("arrest", "caught", "2013-04-19"), got
    # ... and the place of the bombings is not the capture's
    assert got[0][4] != "Boston", got


@pytest.mark.parametrize("body", [
    "The fire was caught on camera on Monday.",
    "Two civilians were caught in the crossfire on Monday.",
    "He caught the ball on Monday.",
])
def test_caught_in_an_idiom_is_no_arrest(body):
    got = [_row(e) for e in _events(body, "2013-04-20")]
    assert not any(r[0] == "arrest" for r in got), got


def test_a_place_in_a_relative_clause_on_the_subject_does_not_place_the_verb():
    body = ("Radcliffe, who had surgery in March and is considering running a marathon in Berlin this weekend, "
            "decided to run in the race at the last minute on Sunday.")
    got = [_row(e) for e in _events(body, "2009-08-17") if e.trigger == "decided"]
    assert got and got[0][4] != "Berlin", got


def test_a_companys_business_under_a_reporters_dateline_is_the_dateline_citys():
    body = ("TROY, Mich., March 12 - K Mart Corp said its record fiscal 1986 net earnings rose to 582.3 mln dlrs "
            "from 221.2 mln dlrs a year ago.\n\nComparable store sales rose 5.5 pct in 1986 over 1985, it said. "
            "Revenues, profits, shares and dividends were up, the company said, and sales in the stores grew.")
    got = [_row(e) for e in _events(body, "1987-03-12") if e.type == "economy" and e.date_start[:4] == "1986"]
    assert got and all(r[4] == "Troy" for r in got), got


def test_a_town_after_a_lone_capital_is_a_names_second_word():
    from extract.places import find_places
    text = ("TROY, Mich., March 12 - K Mart Corp said its record fiscal 1986 net earnings marked a turning point.\n\n"
            "K Mart said the earnings rise resulted from merchandising.")
    assert not [p.text for p in find_places(text, "TROY", 22) if p.text == "Mart"]
    assert [p.text for p in find_places("A Paris court ruled on Monday.", None, 0)] == ["Paris"]


def test_a_governor_named_again_by_surname_speaks_in_the_storys_state():
    body = ("One person was killed in a train crash in Hoboken, New Jersey, on Thursday. Gov. Chris Christie visited "
            "the station in New Jersey.\n\n\"We don't have any reason to believe there will be more fatalities,\" "
            "Christie said.")
    got = [_row(e) for e in _events(body, "2016-09-29") if e.type == "statement"]
    assert got and got[-1][4] == "New Jersey", got


def test_a_member_of_a_countrys_parliament_speaks_at_home():
    body = ("Tunisia banned the niqab in public offices on Friday.\n\nA member of the Tunisian Parliament, Samir "
            "Dilou said, \"every measure which is led by security motives is understandable.\"")
    got = [_row(e) for e in _events(body, "2019-07-08") if e.type == "statement"]
    assert got and got[-1][4] == "Tunisia", got


def test_meanwhile_in_a_city_moves_the_scene_there():
    body = ("NEW YORK, March 20 - The FDA approved the drug on Friday.\n\nMeanwhile in London, dealers said Wellcome "
            "shares rose to 497p.")
    got = [_row(e) for e in _events(body, "1987-03-20") if e.type == "statement"]
    assert got and got[-1][4] == "London", got


def test_the_year_after_a_range_of_days_is_both_days_year():
    from extract.timex import tag
    got = [(t.text, t.value) for t in tag("It was dispatched from July 13 to 17 of last year.", "2019-09-05")]
    assert ("July 13", "2018-07-13") in got and ("17", "2018-07-17") in got, got


def test_a_year_in_another_verbs_clause_does_not_date_the_news_in_the_present_perfect():
    body = ("John Edwards has been indicted by a federal grand jury in Raleigh over campaign money he used to hide "
            "his affair during his 2008 campaign.")
    got = [_row(e) for e in _events(body, "2011-06-03") if e.trigger == "indicted"]
    assert got and got[0][2] == "2011-06-03", got


def test_a_person_named_with_an_office_of_a_place_speaks_there_when_named_again():
    body = ("A driver was sentenced on Monday for killing a cyclist.\n\nBrooklyn District Attorney Ken Thompson "
            "welcomed the sentence.\n\nOn Monday Thompson stated, \"We will continue to hold drivers accountable.\"")
    got = [_row(e) for e in _events(body, "2016-05-17") if e.trigger == "stated"]
    assert got and got[0][4] == "Brooklyn", got
    # (not when the sentence names another country before the saying)
    body = ("Mexican Foreign Minister Marcelo Ebrard met the families on Sunday.\n\nIn a call with the United States, "
            "Ebrard said Mexico would act.")
    got = [_row(e) for e in _events(body, "2019-08-05") if e.type == "statement"]
    assert got and got[-1][4] != "Mexico", got


# ---------------------------------------------------------------------------------------------
# rules from articles 241-252

def test_a_match_won_told_by_a_participle_and_its_score_is_a_sport_event():
    body = ("Yesterday, 17-year-old Melanie Oudin continued her surprise run at the U.S. Open, defeating 13 seed Nadia "
            "Petrova 1-6, 7-6 (2), 6-3 and advancing to the quarterfinals.")
    got = [_row(e) for e in _events(body, "2009-09-08")]
    assert ("sport", "defeating", "2009-09-07") in {r[:3] for r in got}, got


def test_apprehended_is_an_arrest():
    got = [_row(e) for e in _events("Rahami was apprehended during a shootout in Linden, New Jersey this morning.",
                                     "2016-09-19")]
    assert got and got[0][:2] == ("arrest", "apprehended"), got


def test_a_clause_of_time_with_a_named_vehicle_is_its_own_event():
    body = ("Multiple people are injured after a Seastreak commuter ferry crashed at the Pier 11 ferry terminal in "
            "Lower Manhattan this morning around 8:45 a.m.")
    got = [_row(e) for e in _events(body, "2013-01-09")]
    assert any(r[1] == "crashed" and r[2] == "2013-01-09" for r in got), got


@pytest.mark.parametrize("body,trigger,year", [
    ("K Mart said sales grew 8.8 pct in 1986 to 7.23 billion dlrs from a restated 6.65 billion dlrs in 1985.",
     "grew", "1986"),
    ("Profit rose in 1986 to 44.6 mln dlrs from 37.6 mln dlrs in 1985.", "rose", "1986"),
])
def test_the_year_of_the_figure_a_change_is_compared_with_does_not_date_it(body, trigger, year):
    got = [_row(e) for e in _events(body, "1987-03-12") if e.trigger == trigger]
    assert got and got[0][2][:4] == year, got


@pytest.mark.parametrize("body,trigger", [
    ("It said selling, general and administrative expense eased to 23.2 pct of sales from 23.7 pct in 1985.", "eased"),
    ("Morgan reduced its provision for loan losses to 35 mln dlrs from 70 mln dlrs a year earlier.", "reduced"),
])
def test_a_change_is_not_dated_by_its_comparison_base_alone(body, trigger):
    got = [_row(e) for e in _events(body, "1987-04-08") if e.trigger == trigger]
    assert not any(r[2] and r[2][:4] in ("1985", "1986") for r in got), got


def test_match_point_is_no_match():
    body = ("Oudin beat Petrova 6-3 yesterday. The crowds at the stadium have been rallying around her (listen to the "
            "crowd at match point, right before beating Maria Sharapova).")
    got = [_row(e) for e in _events(body, "2009-09-08")]
    assert not any(r[1] == "match" for r in got), got
    assert all(r[0] == "sport" for r in got if r[1] == "beating"), got     # (a player beaten, not a beating)


def test_a_comparison_base_before_the_verb_does_not_date_it():
    body = ("K Mart Corp said its record net earnings of 582.3 mln dlrs, a rise from 221.2 mln dlrs a year ago, "
            "marked a major turning point.")
    got = [_row(e) for e in _events(body, "1987-03-12") if e.trigger == "marked"]
    assert not any(r[2] and r[2].startswith("1986") for r in got), got


# ---------------------------------------------------------------------------------------------
# rules from articles 253-264

def test_the_year_of_reported_figures_does_not_date_the_report():
    body = ("ZURICH, March 19 - Swissair reported a 5.8 pct drop in 1986 net profit to 64.5 mln Swiss francs and cut "
            "its dividend.")
    got = [_row(e) for e in _events(body, "1987-03-19") if e.type == "statement"]
    assert got and got[0][2] == "1987-03-19", got
    # (a year that dates the saying stays: "said in 1986 that ...")
    got = [_row(e) for e in _events("In 1986, the company said its profit fell.", "1987-03-19")
           if e.type == "statement"]
    assert got and got[0][2][:4] == "1986", got


def test_a_fixture_told_in_the_present_in_a_sports_report_is_a_planned_match():
    body = ("New York City FC beat the New England Revolution 2-0 at Yankee Stadium on Sunday for their first win of "
            "the season, with goals by Villa and Mullins in front of 43,507 fans. The match was the club's first home "
            "game of the league season, and the coach praised the team and the goalkeeper.\n\nNYCFC takes on the Colorado "
            "Rapids on the road Saturday, March 21st at 4PM ET.")
    got = [(e.type, e.trigger, e.date_start, e.modality) for e in _events(body, "2015-03-16")]
    assert ("sport", "takes on", "2015-03-21", "planned") in got, got
    # (a city hosting ministers is no match)
    got = [(e.type, e.trigger) for e in _events("Vienna hosts OPEC ministers on Monday.", "2015-03-16")]
    assert ("sport", "hosts") not in got, got


# ---------------------------------------------------------------------------------------------
# rules from articles 265-276

def test_a_comeback_victory_told_by_its_score_is_a_sport_event():
    body = "On Wednesday the game kept it weird, with the MLS All-Stars claiming a 2-1 comeback victory."
    got = [_row(e) for e in _events(body, "2014-08-07")]
    assert any(r[0] == "sport" and r[1].startswith("victory") for r in got), got


def test_a_flu_shot_is_no_gunfire():
    body = "Some of the detainees have already voluntarily taken the seasonal flu shot, officials said on Friday."
    got = [_row(e) for e in _events(body, "2009-10-30")]
    assert not any(r[0] == "violence" for r in got), got


@pytest.mark.parametrize("body", [
    "The company said on Monday that funds are inadequate to meet its U.S. obligations.",
    "Sales of assets will help meet those obligations, the company said on Monday.",
])
def test_meeting_obligations_is_no_meeting(body):
    got = [_row(e) for e in _events(body, "1987-06-29")]
    assert not any(r[0] == "meeting" for r in got), got


def test_a_place_told_only_as_near_another_takes_the_town_told_next():
    body = ("Last night, a Gulfstream IV taking off from an airport outside of Boston burst into flames, killing the "
            "seven people on board. The plane left Hanscom Field in Bedford, Massachusetts, at 9:40 p.m.")
    got = [_row(e) for e in _events(body, "2014-06-01") if e.trigger == "burst"]
    assert got and got[0][4] == "Bedford", got


def test_a_sports_reports_game_day_given_by_a_possessive_dates_its_undated_goals():
    body = ("PORTLAND, OREGON - Win, and it means nothing.\n\n"
            "Wednesday's edition of the All-Star Game, against German super-club Bayern Munich, didn't even seem "
            "winnable on paper for the league's team, its coach and its fans.\n\n"
            "But the game kept it weird, with the MLS All-Stars claiming a 2-1 comeback victory. The Polish striker "
            "sent a lofted shot over the goalkeeper, and the team's second goal came in the second half of the match.")
    got = [_row(e) for e in _events(body, "2014-08-07") if e.type == "sport" and e.trigger in ("victory", "shot")]
    assert got and all(r[2] == "2014-08-06" for r in got), got


def test_a_clock_time_before_a_time_zone_is_no_year_and_the_zone_no_place():
    from extract.places import find_places
    from extract.timex import tag
    text = "The offer will expire at 1700 EST on March 27, the company said."
    assert [(t.text, t.value) for t in tag(text, "1987-03-24")] == [("March 27", "1987-03-27")]
    assert not [p.text for p in find_places(text, None, 0)]


def test_winning_a_tony_is_an_award_not_an_election():
    got = [_row(e) for e in _events("Master Class and Ragtime won him a string of Tonys in the 1990s.", "2020-03-25")]
    assert got and got[0][0] == "other", got


# ---------------------------------------------------------------------------------------------
# twenty-fourth batch (articles 289-300)

@pytest.mark.parametrize("text,name", [
    ("The Seaside Park fire is still smoldering this morning.", "Seaside Park"),
    ("Residents recalled the deadly Woodside derailment.", "Woodside"),
    ("Investigators studied the Barnegat shooting for months.", "Barnegat"),
])
def test_a_small_town_naming_a_happening_of_it_is_a_place(text, name):
    from extract.places import find_places
    assert [p.name for p in find_places(text)] == [name]


@pytest.mark.parametrize("text", [
    "The Hope fire spread quickly.",            # a town's name that is an ordinary word: no evidence
    "The Seaside Park concert drew crowds.",    # no happening noun after it
])
def test_a_small_town_before_another_noun_needs_more_evidence(text):
    from extract.places import find_places
    assert [p.name for p in find_places(text)] == []


def test_a_holiday_dates_the_happening_it_names():
    body = "A truck driver killed 84 people after barreling into crowds watching Bastille Day fireworks in Nice, France."
    got = [_row(e) for e in _events(body, "2016-07-15") if e.trigger == "killed"]
    assert got == [("violence", "killed", "2016-07-14", "2016-07-14", "Nice")], got


@pytest.mark.parametrize("line,start", [
    # a saying in the present perfect, undated: some time before the report, which does not say when
    ("President Trump has said he will not approve a budget without funding for a wall.", None),
    ("Groups focused on climate change have criticized such ideas.", None),
    # ... but words about the story's own happening are said in the story's days
    ("Russia has denounced the air strike.", "2019-01-21"),
    ("The Taliban have claimed responsibility.", "2019-01-21"),
])
def test_an_undated_present_perfect_saying_is_before_the_report(line, start):
    body = "A car bomb killed eight people in Maidan Wardak on Monday, officials said.\n\n" + line
    got = [_row(e) for e in _events(body, "2019-01-24") if e.type == "statement" and e.sentence_start > 10]
    assert got and got[0][2] == start and (start is not None or got[0][3] == "2019-01-24"), got


def test_company_kept_and_a_loss_mourned_are_no_business():
    from extract.domains import article_domain
    obituary = ("Boseman died at home in the company of his wife and family. 'We mourn the loss of alumnus Chadwick "
                "Boseman,' the university said. He died in the company of friends. The studio's parent company and "
                "the American Broadcasting Company paid tribute; ticket sales of his film broke records.")
    assert article_domain(obituary) != "economy"
    results = ("The company reported a loss of 5 mln dlrs. Sales fell and the company's shares dropped. "
               "Profit was lower, the company said.")
    assert article_domain(results) == "economy"


@pytest.mark.parametrize("line,trigger", [
    ("None of the three men's clients were charged with any criminal acts.", "charged"),
    # what a condition supposes did not happen: after "if" in its own clause, or an inverted "should"
    ("If there's a winner in that match, the US will need a point.", "match"),
    ("But should the three be found guilty, their clients will be required to pay taxes.", "found guilty"),
    ("Should the company be sold, the workers will lose their jobs.", "sold"),
])
def test_what_nobody_did_and_what_a_condition_supposes_are_no_events(line, trigger):
    body = "Three lawyers were indicted in Manhattan on Monday on fraud charges.\n\n" + line
    assert trigger not in [e.trigger for e in _events(body, "1987-03-25")]


def test_a_happening_after_its_condition_is_kept_when_told_as_done():
    body = ("Three lawyers were indicted in Manhattan on Monday.\n\nIf the reports are right, the case grew; "
            "police arrested a fourth man on Tuesday.")
    assert "arrested" in [e.trigger for e in _events(body, "1987-03-25")]


def test_a_ship_bound_for_a_port_is_a_journey_there():
    body = "Some 170 employees are aboard the ship bound for Port Dickson, Malaysia, officials said on Monday."
    got = [_row(e) for e in _events(body, "2020-05-18") if e.trigger == "bound for"]
    assert got and got[0][0] == "travel" and got[0][4] == "Port Dickson", got


def test_where_a_cargo_was_bound_is_not_where_it_was_seized():
    body = "Customs officers seized a shipment bound for Iran in Dubai on Monday."
    got = [_row(e) for e in _events(body, "2020-05-18") if e.trigger == "seized"]
    assert got and got[0][4] == "Dubai", got


def test_a_date_written_out_wins_over_a_span_counted_from_an_earlier_time():
    body = ("In 1984, Geraldine Ferraro was Walter Mondale's running mate. Eight years earlier, at the 1972 Democratic "
            "National Convention, Gloria Steinem received 400 votes for the party's vice presidential nomination.")
    got = [_row(e) for e in _events(body, "2020-08-12") if e.trigger == "received"]
    assert got and got[0][:4] == ("election", "received", "1972-01-01", "1972-12-31"), got


def test_a_span_counted_from_an_earlier_time_still_dates_alone():
    body = "The company was founded in 1990. Two years later, it opened a plant in Ohio."
    got = [_row(e) for e in _events(body, "2020-08-12") if e.trigger == "opened"]
    assert got and got[0][2] is not None, got


@pytest.mark.parametrize("line", [
    'A tourist from Toronto told BBC News, "I heard lots of screams."',
    'A woman from Ohio said she saw the truck.',
])
def test_where_a_witness_comes_from_is_not_where_they_spoke(line):
    body = "A truck driver killed 84 people in Nice, France, on Thursday.\n\n" + line
    got = [_row(e) for e in _events(body, "2016-07-15") if e.type == "statement"]
    assert got and got[0][4] not in ("Toronto", "Ohio"), got


def test_named_as_people_is_who_they_are_not_an_appointment():
    body = "Three men were indicted on Monday. The three indicted were named as Charles Atkins, William Hack and Ernest Grunebaum."
    assert not [e for e in _events(body, "1987-03-25") if e.trigger.startswith("named")]
    body = "Jane Smith was named as chief executive of the bank on Monday."
    got = [_row(e) for e in _events(body, "1987-03-25") if e.trigger.startswith("named")]
    assert got and got[0][0] == "appointment", got


def test_a_court_taking_issues_under_advisement_is_legal():
    body = "Judge Whitman heard the appeals on Friday. Whitman took the issues under advisement and will rule later."
    got = [_row(e) for e in _events(body, "1987-06-19", title="Manville shareholders appeal reorganization plan") if e.trigger == "took"]
    assert got and got[0][0] == "legal", got


@pytest.mark.parametrize("line,place", [
    ("Kamali said the ship left Yokohama, Japan, on Saturday.", "Yokohama"),
    ("Thatcher left Bonn early yesterday evening after talks with Chancellor Helmut Kohl.", "Bonn"),
])
def test_leaving_a_place_is_a_departure_from_it(line, place):
    got = [_row(e) for e in _events("Officials said so on Monday.\n\n" + line, "2020-05-18") if e.trigger == "left"]
    assert got and got[0][0] == "travel" and got[0][4] == place, got


def test_a_place_left_in_a_state_is_no_departure():
    body = "The fall of the oasis left Faya-Largeau isolated and encircled by government troops on Monday."
    assert not [e for e in _events(body, "1987-03-25") if e.type == "travel"]


@pytest.mark.parametrize("line", [
    "For the year ended December 31, Paradyne reported a net loss of 38.5 mln dlrs.",
    "For the nine months ended March 31, 1987, ARGOSystems reported earnings of 6.3 mln dlrs.",
    "Fairchild reported 1986 operating net of 7.6 mln dlrs, or a loss of 34 cts a share.",
    "Fairchild reported losses from continuing operations in 1986's 4th qtr of 3.2 mln dlrs.",
])
def test_the_period_of_reported_figures_does_not_date_the_report(line):
    body = "LARGO, Fla., March 5 - The company said it will close a plant.\n\n" + line
    got = [_row(e) for e in _events(body, "1987-03-05") if e.trigger == "reported"]
    assert got and (got[0][2] is None or got[0][2] >= "1987-01-01"), got


@pytest.mark.parametrize("line,trigger", [
    ("He said that it didn't feel like the train derailed, but like a jolt.", "derailed"),
    ("It looked as if a bomb had exploded in the street.", "exploded"),
])
def test_what_something_felt_like_is_no_happening(line, trigger):
    body = "A subway train derailed in Queens on Friday, officials said.\n\n" + line
    got = [e for e in _events(body, "2014-05-02") if e.trigger == trigger and e.sentence_start > 10]
    assert not got, [_row(e) for e in got]


@pytest.mark.parametrize("line", [
    'On Friday in Istanbul, Erdogan said, "We will change it."',
    'On Friday in Istanbul, as a part of an election rally, Erdogan said, "We will change it."',
    'Yesterday in Istanbul, the minister told reporters it would change.',
])
def test_a_place_after_a_time_opening_the_sentence_is_where_it_was_said(line):
    got = [_row(e) for e in _events(line, "2019-03-31") if e.type == "statement"]
    assert got and got[0][4] == "Istanbul", got


def test_a_person_named_again_without_accents_keeps_the_office_of_their_country():
    body = ("On Wednesday the Turkish President Recep Tayyip Erdoğan pledged to convert the museum.\n\n"
            "Namely, President Erdogan said on Wednesday that the museum would change.")
    got = [_row(e) for e in _events(body, "2019-03-31") if e.type == "statement"]
    assert got and got[-1][4] == "Turkey", got


@pytest.mark.parametrize("text,place", [
    ("It took the Mets 8,020 games to get a no-hitter.", None),            # a team: not Metz (an alternate name)
    ("The bill was sent to the Duma in December.", None),                  # a parliament: not the Syrian town
    ("Seven people were treated in hospitals in the Moenchengladbach area.", "Mönchengladbach"),
])
def test_an_alternate_name_after_the_is_a_team_or_a_body_unless_a_kind_of_place_follows(text, place):
    from extract.places import find_places
    got = [p.name for p in find_places(text)]
    assert got == ([place] if place else []), got


def test_a_country_named_less_than_another_steers_namesakes_less():
    from extract.places import find_places
    text = ("The Turkish president pledged to convert the museum, despite criticism by the Greek foreign minister. "
            "Greek officials protested; the Greek church and Greek media objected. The United States and the U.S. "
            "commission and the United States embassy criticized it. UNESCO is based in Paris.")
    assert [p.country for p in find_places(text) if p.text == "Paris"] == ["FR"]
    text = "The United States criticized it. The U.S. commission and the United States embassy agreed. A storm hit Paris."
    assert [p.country for p in find_places(text) if p.text == "Paris"] == ["US"]


@pytest.mark.parametrize("text,name", [
    ("Inmates at the Monroe Correctional Complex in Washington state staged a protest.", "Washington"),
    ("Failing to carry insurance is a felony in New York State, officials said.", "New York"),
])
def test_a_name_before_state_is_the_state_not_its_city(text, name):
    from extract.places import find_places
    got = [(p.name, p.feature) for p in find_places(text)]
    assert got == [(name, "admin")], got


def test_a_meteorite_is_a_natural_disaster():
    body = "A meteorite streaked through the sky over Russia's Urals region early Friday morning before exploding."
    got = [_row(e) for e in _events(body, "2013-02-15")]
    assert got and got[0][0] == "disaster", got


def test_a_court_named_by_its_seat_acts_there():
    body = ("On Thursday, the European Court of Justice ruled on the case. The Luxembourg-based court issued a judgement "
            "favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria.")
    got = [_row(e) for e in _events(body, "2019-10-06") if e.trigger == "issued"]
    assert got and got[0][4] == "Luxembourg", got


def test_the_place_of_a_persons_apposition_is_not_the_events():
    body = "Police on Monday arrested the suspect's brother, John Smith, a teacher in Ohio, after a chase."
    got = [_row(e) for e in _events(body, "2019-10-06") if e.trigger == "arrested"]
    assert got and got[0][4] != "Ohio", got


def test_a_statement_issued_on_a_day_is_of_that_day_and_one_saying():
    body = ("Inmates staged a protest at the prison.\n\nIn a statement issued late Wednesday, the Department of "
            "Corrections said that more than 100 men began a demonstration in the yard.")
    got = [_row(e) for e in _events(body, "2020-04-09") if e.type == "statement" or e.trigger == "issued"]
    assert [r[1] for r in got] == ["statement"] and got[0][2] == "2020-04-08", got


@pytest.mark.parametrize("line,trigger", [
    ("Erdogan also attacked the proclamation of Golan Heights as Israeli territory on Wednesday.", "attacked"),
    ("On Wednesday the president pledged converting the museum to a mosque.", "pledged"),
    ("Now, President Obama has apologized to President Karzai, expressing deep regret.", "apologized"),
])
def test_words_that_attack_pledge_or_apologize_are_statements(line, trigger):
    got = [_row(e) for e in _events(line, "2019-03-28") if e.trigger == trigger]
    assert got and got[0][0] == "statement", got


def test_a_pledge_of_aid_stays_cooperation_and_an_attack_on_people_violence():
    got = [_row(e) for e in _events("Japan pledged to provide aid to the refugees on Monday.", "2019-03-28")
           if e.trigger == "pledged"]
    assert got and got[0][0] == "cooperation", got
    got = [_row(e) for e in _events("Gunmen attacked the village on Monday.", "2019-03-28") if e.trigger == "attacked"]
    assert got and got[0][0] == "violence", got


def test_scoring_a_contract_is_business_not_sport():
    body = ("McDonnell Douglas scored the biggest coup of the U.S. firms in January when it won a 734 mln dlr "
            "U.S. Air Force pact for up to 20 rockets.")
    got = [_row(e) for e in _events(body, "1987-04-13") if e.trigger == "scored"]
    assert got and got[0][0] == "economy", got
    got = [_row(e) for e in _events("Villa scored twice as New York beat Toronto 3-1 on Saturday.", "2015-03-15")
           if e.trigger == "scored"]
    assert got and got[0][0] == "sport", got


def test_an_airport_is_its_city_and_where_a_plane_came_from_is_not_where_it_was_hit():
    body = ("Last night, an Airbus A380 was taxiing on a runway at JFK Airport when it clipped the wing of a "
            "Comair jet just in from Boston.")
    got = [_row(e) for e in _events(body, "2011-04-12") if e.trigger == "taxiing"]
    assert got and got[0][4] == "New York City", got
    body = "Last night, a jet just in from Boston clipped the wing of another plane."
    got = [_row(e) for e in _events(body, "2011-04-12") if e.type == "accident"]
    assert got and got[0][4] != "Boston", got


@pytest.mark.parametrize("line,place", [
    ("The NYPD says that one bullet struck a 13-year-old girl.", "New York City"),
    ('"This murder terrorized the area," said soon-to-be-former NYPD Commissioner Bill Bratton on Wednesday.',
     "New York City"),
    ("William told the News he blamed the MTA for the incident.", None),      # the body is what is blamed
])
def test_a_citys_own_body_speaks_in_its_city(line, place):
    body = "Two gang members were charged with murder on Tuesday.\n\n" + line
    got = [_row(e) for e in _events(body, "2016-08-03") if e.type == "statement"]
    assert got and got[0][4] == place, got


def test_every_city_body_of_the_list_has_its_city_in_the_gazetteer():
    from extract.homes import _CITY_BODIES, city_body_place
    for name in _CITY_BODIES:
        text = name + " said"           # (an international body's seat only as the saying's subject)
        assert city_body_place(text, 0, len(name), len(name) + 1) is not None, name


@pytest.mark.parametrize("line,trigger,typ", [
    ("The prime minister says the nation has defeated — for the present — the coronavirus.", "defeated", "health"),
    ("With time nearly elapsed, midfielder Jamie Alas launched a bomb of a shot from 20 yards out.", "launched", "sport"),
])
def test_a_defeated_disease_is_health_and_a_launched_shot_sport(line, trigger, typ):
    got = [_row(e) for e in _events(line, "2020-04-27") if e.trigger == trigger]
    assert got and got[0][0] == typ, got


@pytest.mark.parametrize("line,trigger", [
    ("His life was shrouded in mystery, especially when it came to his health.", "came to"),
    ("Ten things are known about him, including that he speaks multiple languages.", "speaks"),
])
def test_an_idiom_and_an_ability_are_no_events(line, trigger):
    body = "The leader died on Saturday, state media said.\n\n" + line
    assert trigger not in [e.trigger for e in _events(body, "2011-12-19") if e.sentence_start > 10]


def test_a_pre_year_modifier_is_a_things_age_not_the_events_date():
    body = "PEKING, March 11 - China welcomed a court decision dismissing claims by holders of pre-1949 Chinese bonds."
    got = [_row(e) for e in _events(body, "1987-03-11") if e.trigger == "welcomed"]
    assert got and got[0][2] == "1987-03-11", got


def test_offering_to_meet_investors_claims_is_business():
    body = "Lloyd's of London has offered to meet part of the 235 mln stg in claims that investors face, its chairman said."
    got = [_row(e) for e in _events(body, "1987-04-09") if e.trigger == "offered"]
    assert got and got[0][0] == "economy", got


def test_a_capitalised_match_after_a_name_is_a_company():
    body = "STOCKHOLM, March 2 - The Wallenbergs' stake in Swedish Match had previously amounted to 52 pct of the votes."
    assert not [e for e in _events(body, "1987-03-02") if e.type == "sport"]


@pytest.mark.parametrize("line,word", [
    ("The plaintiffs were listed as Western Native Voice, Montana Native Vote and the Blackfeet Nation on Monday.", "Vote"),
    ("Shares of Swedish Match rose on Monday after the deal.", "Match"),
])
def test_an_event_noun_ending_a_name_inside_a_sentence_is_no_event(line, word):
    assert word not in [e.trigger for e in _events(line, "2020-03-12")]


# ---------------------------------------------------------------------------------------------
# a speaker introduced with an office of a place speaks at home: more offices, lower-case ones after a possessive,
# and the office in apposition before the name

@pytest.mark.parametrize("body,trigger,place", [
    ("Polish leader Jaroslaw Kaczynski spoke on Sunday. Kaczynski said the party was ready with amendments.",
     "said", "Poland"),
    ("Speaking on Sunday, Australia's home affairs minister, Peter Dutton, suggested that the two could reopen "
     "travel.", "suggested", "Australia"),
    ("Northamptonshire's chief constable Nick Adderley wrote to the embassy asking to waive her immunity.",
     "wrote", "Northamptonshire"),
    ("On Saturday, Bangladeshi Road Transport and Bridges Minister Obaidul Quader said public transport would be "
     "shut down for longer.", "said", "Bangladesh"),
    ("Texas Attorney General Ken Paxton has argued that expanding mail voting would lead to fraud.", "argued", "Texas"),
])
def test_a_speaker_with_an_office_of_a_place_speaks_there(body, trigger, place):
    got = [_row(e) for e in _events(body) if e.trigger == trigger]
    assert got and got[0][4] == place, got


def test_a_place_before_a_verb_and_an_office_is_not_the_office_holders():
    # ("... in Washington with Greek Prime Minister Kyriakos Mitsotakis": Washington is no office of his)
    from extract.homes import _OFFICE_AND_NAME_AFTER
    assert _OFFICE_AND_NAME_AFTER.match(" with Greek Prime Minister Kyriakos Mitsotakis") is None
    assert _OFFICE_AND_NAME_AFTER.match(" said Foreign Minister Marcelo Ebrard") is None
    assert _OFFICE_AND_NAME_AFTER.match("'s home affairs minister, Peter Dutton").group("name") == "Peter Dutton"


# ---------------------------------------------------------------------------------------------
# rules from the twenty-eighth unseen batch (articles 337-348)

def test_a_word_of_another_domain_inside_a_name_is_the_names():
    from extract.triggers import _without_names_words
    line = "Since the Chicago Fire's stadium opened in 2006, the Red Bulls have never won there."
    assert "fire" not in _without_names_words(line, line.lower(), "sport")
    assert "fire" in _without_names_words(line, line.lower(), "accident")       # (the article's own domain)
    storm = "Tropical Storm Barry hit Louisiana."                                  # (a storm named: kept)
    assert "storm" in _without_names_words(storm, storm.lower(), "sport")


@pytest.mark.parametrize("text,score", [
    ("standard closed in new york last night at 64-7/8 dlrs, down 1-3/4 dlrs.", False),
    ("the knicks beat the bulls 100-99 in overtime.", True),
])
def test_a_price_in_eighths_is_no_score(text, score):
    from extract.domains import SCORE
    assert bool(SCORE.search(text)) is score


@pytest.mark.parametrize("body,typ", [
    ("On June 12, the Oversight Committee voted to refer them to the full House.", "other"),
    ("Conservative Party members voted on Tuesday to elect Boris Johnson as leader.", "election"),
])
def test_a_committees_vote_is_no_election(body, typ):
    got = [_row(e) for e in _events(body, "2019-07-20") if e.trigger == "voted"]
    assert got and got[0][0] == typ, got


def test_growing_up_is_a_period_of_a_life_not_a_happening():
    body = "Ford, born in 1918 in Chicago as Elizabeth Anne Bloomer, grew up in Grand Rapids, Michigan."
    assert not [e for e in _events(body, "2011-07-09") if e.trigger.startswith("grew")]
    assert [e for e in _events("Sales grew 10 pct in 1986.", "1987-03-02") if e.trigger == "grew"]


@pytest.mark.parametrize("body,place", [
    ("WASHINGTON, June 19 - The Pentagon stopped the contracts. Senators Jake Garn of Utah, Richard Shelby of "
     "Alabama and John Heinz of Pennsylvania said they might seek an amendment.", "Washington"),
])
def test_a_state_after_a_persons_name_and_of_is_a_label(body, place):
    got = [_row(e) for e in _events(body, "1987-06-19") if e.trigger == "said"]
    assert got and got[0][4] == place, got


def test_a_country_after_a_presidents_name_and_of_stays_his():
    from extract.placecands import persons_state
    from extract.places import find_places
    text = "Yesterday, President Hassan Rouhani of Iran said foreign powers should leave. Sen. Garn of Utah agreed."
    got = {p.text: persons_state(p, text) for p in find_places(text)}
    assert got == {"Iran": False, "Utah": True}, got


def test_occurred_takes_its_nouns_type_and_dates_the_happening_told_before():
    body = ("The soldier who allegedly shot or stabbed 16 Afghan civilians has been identified. The murders, which "
            "occurred last Sunday, have pushed relations into crisis.")
    got = {e.trigger: _row(e) for e in _events(body, "2012-03-17")}
    assert got["occurred"][0] == "violence", got
    assert got["shot"][2] == "2012-03-11", got


@pytest.mark.parametrize("body,place", [
    ("The soldier who allegedly shot or stabbed 16 Afghan civilians has been identified.", "Afghanistan"),
    ("Gunmen killed three American tourists on Monday.", None),
])
def test_harm_to_a_peoples_civilians_is_done_in_their_country(body, place):
    got = [_row(e) for e in _events(body, "2012-03-17")]
    assert got and got[0][4] == place, got


@pytest.mark.parametrize("body,trigger,event", [
    ("Congress has repeatedly denied funding for such a wall.", "denied", False),
    ("The man was repeatedly stabbed on Friday.", "stabbed", True),
    ("Bruce McArthur, from Toronto, on Tuesday admitted his guilt in eight killings.", "killings", False),
    ("The murders, which occurred last Sunday, shocked the town.", "occurred", True),
])
def test_habits_and_charges_are_no_happenings(body, trigger, event):
    got = [_row(e) for e in _events(body, "2019-01-31") if e.trigger == trigger]
    assert bool(got) is event, got


def test_explosions_are_an_event_and_an_opening_comparison_is_not_the_sentences_event():
    body = ("At the same time as the Utoya attack, at least two explosions occurred at a government building in "
            "Oslo, killing at least seven people.")
    got = [_row(e) for e in _events(body, "2011-07-23")]
    assert got and got[0][1] == "explosions" and got[0][4] == "Oslo", got
    body = "Unlike the daily death toll announced by the government, Tuesday's figures include suspected deaths."
    assert not [e for e in _events(body, "2020-05-20") if e.trigger == "announced"]


def test_a_discovery_that_someone_had_cancer_is_health():
    got = [_row(e) for e in _events("Those struggles included the 1974 discovery that she had cancer.", "2011-07-09")]
    assert got and got[0][0] == "health", got
    got = [_row(e) for e in _events("Astronomers announced the discovery of a new planet on Monday.", "2011-07-09")]
    assert got and got[0][0] == "science", got


def test_a_town_before_a_possessive_name_is_part_of_the_name():
    from extract.places import find_places
    assert not find_places("Many celebrities sought treatment there; Fleetwood Mac's Stevie Nicks said so.")


@pytest.mark.parametrize("body,trigger,place", [
    # a national office-holder speaking, in a story of one country: at home
    ("Polish firefighters found five bodies in an escape room in Koszalin, Poland, on Friday. Poland closed 13 escape "
     "rooms. Poland's fire service inspected 176 more. President Andrzej Duda said the victims were joyful girls.",
     "said", "Poland"),
    # not a company's president ("PG&E President Andy Vesey"), nor the unqualified president beside the country's own
    ("Polish firefighters found five bodies in an escape room in Koszalin, Poland, on Friday. Poland closed 13 escape "
     "rooms. Poland's fire service inspected 176 more. Orlen President Daniel Obajtek said the company would help.",
     "said", None),
    ("Afghans protested in Kabul, Afghanistan, on Thursday. Afghanistan's police fired shots. Afghanistan mourned. "
     "President Obama has apologized to Afghan President Hamid Karzai.", "apologized", None),
])
def test_a_national_office_holder_speaks_at_home_in_a_story_of_one_country(body, trigger, place):
    got = [_row(e) for e in _events(body, "2019-01-05") if e.trigger == trigger]
    assert got and got[0][4] == place, got


@pytest.mark.parametrize("body", [
    "In March, the chief scientific adviser said keeping deaths below 20,000 would be a good outcome.",
    "In April, Reuters reported the government's worst-case scenario was 50,000 deaths.",
    "In 2014 in the continental United States, roughly 16,000 premature deaths were attributable to power plants.",
    "For all other groups there were only four deaths per 100,000.",
])
def test_deaths_as_a_rate_or_a_supposition_are_no_event(body):
    assert not [e for e in _events(body, "2020-05-19") if e.trigger == "deaths"]
    assert [e for e in _events("Bangladesh confirmed five new deaths on Saturday.", "2020-05-19") if e.trigger == "deaths"]


def test_a_match_heading_is_placed_by_its_line():
    body = "The Red Bulls lost 3-1 in Chicago on Sunday.\n\nNext match: Wednesday June 20 11PM ET, at Vancouver (TV: MSG+)"
    got = [_row(e) for e in _events(body, "2012-06-18") if e.trigger == "match"]
    assert got and got[0][2] == "2012-06-20" and got[0][4] == "Vancouver", got


def test_an_office_holder_speaking_of_the_storys_country_as_a_topic_is_not_at_home():
    # ("Foreign Secretary Dominic Raab has called for fresh elections to be held in Belarus": the UK's, in a story of
    # Belarus; nor his later words)
    body = ("Belarusian police detained protesters in Minsk, Belarus, on Sunday. Belarus held elections in August. "
            "Belarus's opposition objected. Foreign Secretary Dominic Raab has called for fresh elections to be held in "
            "Belarus. Foreign Secretary Dominic Raab said: it is time.")
    got = [_row(e) for e in _events(body, "2020-11-05") if e.type == "statement"]
    assert got and all(g[4] is None for g in got), got


def test_a_headline_names_the_storys_place_when_the_text_alone_does_not():
    from extract.placecands import headline_places
    assert [p.name for p in headline_places("Toronto serial killer Bruce McArthur pleads guilty to eight murders")] \
        == ["Toronto"]
    assert headline_places("CSR PLANS TAKEOVER BID FOR MONIER") == []      # (capitals: every word looks like a name)
    body = ("Bruce McArthur, from Toronto, on Tuesday admitted his guilt. McArthur pleaded guilty to each crime at the "
            "Superior Court. Sentencing is scheduled for February 4.")
    got = [_row(e) for e in _events(body, "2019-01-31", title="Toronto serial killer Bruce McArthur pleads guilty")
           if e.trigger == "pleaded guilty"]
    assert got and got[0][4] == "Toronto", got
    got = [_row(e) for e in _events(body, "2019-01-31", title="Serial killer pleads guilty")
           if e.trigger == "pleaded guilty"]
    assert got and got[0][4] is None, got


def test_a_newspapers_name_is_no_town():
    from extract.places import find_places
    text = ("Carrella tells the Stamford Advocate it will be a large turnout. Now the Stamford police are getting more "
            "involved.")
    assert [p.start for p in find_places(text)] == [text.index("Stamford police")]


# ---------------------------------------------------------------------------------------------
# rules from the twenty-ninth unseen batch (articles 349-360)

@pytest.mark.parametrize("body,trigger,typ", [
    ("In the spring of 2015, Con Edison inspectors discovered improper gas piping in the eatery's basement.",
     "discovered", "other"),
    ("BP took a stake in Standard following the discovery of oil in Alaska's Prudhoe bay in 1969.", "discovery", "economy"),
    ("Astronomers discovered a new planet on Monday.", "discovered", "science"),
    ("The rocket carrying it exploded midair about one minute after the liftoff, officials said.", "exploded", "accident"),
    ("A rocket exploded near the embassy on Monday.", "exploded", "violence"),
    ("The rocket, which cost an estimated $450 million to build, plunged into the Yellow Sea.", "plunged", "accident"),
    ("After several months in lockdown, Italy has announced plans to lift its coronavirus travel ban.", "travel ban",
     "health"),
])
def test_finds_explosions_plunges_and_bans_take_the_type_of_what_they_are(body, trigger, typ):
    got = [_row(e) for e in _events(body, "2016-05-06") if e.trigger == trigger]
    assert got and got[0][0] == typ, got


def test_ruling_a_player_out_is_no_court_ruling():
    body = ("The Brazilian superstar took a jumping knee in the back from Juan Zuniga, breaking a vertebra and ruling "
            "him out of the rest of the tournament.")
    assert not [e for e in _events(body, "2014-07-05") if e.trigger == "ruling"]
    assert [e for e in _events("The judge ruled that the law was void.", "2014-07-05") if e.trigger == "ruled"]


def test_a_countrys_health_measure_is_placed_at_home():
    got = [_row(e) for e in _events("After several months in lockdown, Italy has announced plans to lift its coronavirus "
                                     "travel ban.", "2020-05-16") if e.trigger == "travel ban"]
    assert got and got[0][4] == "Italy", got


def test_a_headlines_people_before_a_trade_is_who_not_where():
    from extract.placecands import headline_places
    assert headline_places("British mathematician Richard K. Guy dies at 103") == []
    assert [p.name for p in headline_places("Russian Court Finds Pussy Riot Guilty Of Hooliganism")] == ["Russia"]


def test_a_harm_takes_the_day_of_the_dated_happening_that_caused_it():
    body = "Funeral arrangements have been set for the three young girls killed in a Christmas Day fire."
    got = [_row(e) for e in _events(body, "2011-12-31") if e.trigger == "killed"]
    assert got and got[0][2] == "2011-12-25", got
    got = [_row(e) for e in _events("He signed the March 3 agreement.", "2011-12-31") if e.trigger == "signed"]
    assert got and got[0][2] != "2011-03-03", got       # (another event noun's date stays the noun's)


@pytest.mark.parametrize("body,trigger,typ", [
    ("It said Iranian Charge d'Affaires Mohammad Baqeri was summoned by the Ministry yesterday to confer with the "
     "undersecretary.", "summoned", "meeting"),
    ("On Sunday, Hong Kongers turned out more than 2.9 million strong to vote in their district-level elections.",
     "turned", "election"),
])
def test_an_envoy_summoned_meets_and_a_turnout_votes(body, trigger, typ):
    got = [_row(e) for e in _events(body, "2019-11-27") if e.trigger == trigger]
    assert got and got[0][0] == typ, got


# ---------------------------------------------------------------------------------------------
# rules from the thirtieth unseen batch (articles 361-372)

@pytest.mark.parametrize("body,trigger,start", [
    ("TOKYO, April 24 - Parliament's Lower House passed the 1987 budget shortly before midnight local time.", "passed",
     "1987-04-2"),
    ("Britons voted in a 2016 referendum to leave the EU.", "voted", "2016-01-01"),
])
def test_a_year_before_a_noun_after_the_verb_is_the_nouns_unless_it_names_the_verbs_happening(body, trigger, start):
    got = [_row(e) for e in _events(body, "1987-04-24") if e.trigger == trigger]
    assert got and got[0][2].startswith(start), got


def test_a_court_of_a_place_acts_there():
    body = "The High Court of England and Wales also ruled on the same day as the Scottish court, finding for Johnson."
    got = [_row(e) for e in _events(body, "2019-09-24") if e.trigger == "ruled"]
    assert got and got[0][4] == "England", got


def test_winning_praise_is_a_statement():
    body = "It has also won praise from the World Health Organization and the CDC for its transparency."
    got = [_row(e) for e in _events(body, "2020-04-16") if e.trigger == "won"]
    assert got and got[0][0] == "statement", got


# ---------------------------------------------------------------------------------------------
# rules from the thirty-first unseen batch (articles 373-384)

def test_a_town_before_an_initial_is_a_persons_name():
    from extract.places import find_places
    text = "Jefferies Group Inc said founder and chairman Boyd L. Jefferies has resigned."
    assert not find_places(text)


def test_a_wire_story_naming_no_place_happens_at_its_dateline():
    body = ("LOS ANGELES, March 19 - Jefferies Group Inc said its founder has resigned. The company said he has "
            "consented to an order and he has agreed to pay a fine.")
    got = [_row(e) for e in _events(body, "1987-03-19") if e.trigger == "agreed"]
    assert got and got[0][4] == "Los Angeles", got


@pytest.mark.parametrize("body,trigger,typ", [
    ("Pierluisi was sworn in last week following the resignation of Governor Ricardo Rossello.", "sworn in",
     "appointment"),
    ("While the House of Representatives confirmed Pierluisi's nomination on Friday, the Senate did not.", "confirmed",
     "appointment"),
    ("It closed today eight cents down at 4.67 dlrs.", "closed", "economy"),
    ("On Monday, a water main broke in White Plains, New York, cutting off the water supply.", "broke", "accident"),
])
def test_offices_prices_and_mains_take_their_types(body, trigger, typ):
    got = [_row(e) for e in _events(body, "2019-08-08") if e.trigger == trigger]
    assert got and got[0][0] == typ, got


# ---------------------------------------------------------------------------------------------
# rules from the thirty-second unseen batch (articles 385-396)

@pytest.mark.parametrize("body,trigger,start", [
    ("WASHINGTON, June 2 - The Securities and Exchange Commission charged Windsor Holding Co, a Chicago-based "
     "company, with overstating its income for 1982.", "charged", "1987-06-02"),
    ("LONDON, June 2 - In the six months to end-September, Norcros reported a rise in pretax profits.", "reported",
     "1987-06-02"),
    ("He was arrested on Monday for drunk driving.", "arrested", "1987-06-01"),
])
def test_the_year_of_a_charged_act_or_of_reported_figures_is_not_the_events(body, trigger, start):
    got = [_row(e) for e in _events(body, "1987-06-02") if e.trigger == trigger]
    assert got and got[0][2] == start, got


def test_a_ship_named_after_a_place_is_no_place_and_a_closed_road_no_accident():
    from extract.places import find_places
    text = "Maersk Alabama container ship Captain Richard Phillips was rescued by Navy Seals."
    assert not find_places(text)
    from extract.retype import retype
    from extract.triggertable import Trigger
    low = "update 9:08 a.m.: a large part of first avenue is currently closed to traffic this morning."
    i = low.index("closed")
    got = retype(low, i, i + 6, Trigger("accident", "closed", True, generic=True), "accident")
    assert got is not None and got.type == "other", got


# ---------------------------------------------------------------------------------------------
# rules from the thirty-third unseen batch (articles 397-408)

@pytest.mark.parametrize("body,trigger", [
    ("Rittenhouse, in remarks to The Washington Post, contended he would have died had he not been armed.", "died"),
    ("The first time he was almost jailed was in the 1950s, when he opposed Senator McCarthy.", "jailed"),
    ("Court Commissioner Loren Keating said he considered Rittenhouse a flight risk.", "flight"),
])
def test_what_did_not_happen_and_a_risk_are_no_events(body, trigger):
    assert not [e for e in _events(body, "2020-11-22") if e.trigger == trigger]


@pytest.mark.parametrize("body,trigger,typ", [
    ("The U.S. government has released some details about the operation on Monday.", "released", "statement"),
    ("Kyle Rittenhouse was released from a Wisconsin jail on Friday on $2 million bail.", "released", "legal"),
    ("Shortly after the release, one of his lawyers posted a photo to Twitter.", "posted", "statement"),
    ("The statement said the sale had been sanctioned by the shareholders.", "sanctioned", "other"),
])
def test_releases_posts_and_approvals_take_their_types(body, trigger, typ):
    got = [_row(e) for e in _events(body, "2020-11-22") if e.trigger == trigger]
    assert got and got[0][0] == typ, got


def test_an_office_of_the_country_speaks_at_home_in_a_story_of_one_country():
    body = ("New Zealand has defeated the virus, Ardern said in Wellington, New Zealand, on Monday. New Zealand lifted "
            "restrictions. New Zealand has 1,400 cases. The country's director-general of health, Ashley Bloomfield, "
            "said the small number of new cases was encouraging.")
    got = [_row(e) for e in _events(body, "2020-04-27") if e.trigger == "said"]
    assert got and got[0][4] == "New Zealand", got


def test_a_place_after_new_that_the_gazetteer_lacks_whole_is_not_that_place():
    from extract.places import find_places
    assert not find_places("Next Match: Sunday, July 8th 7PM, at New England (TV: Galavision)")
    assert [p.name for p in find_places("He flew to New York and New Delhi.")] == ["New York", "New Delhi"]


# ---------------------------------------------------------------------------------------------
# the date of a saying against the date of what it says (articles of the dev set's wire stories)

@pytest.mark.parametrize("body,published", [
    # a noun phrase right after the verb opens what is said: its date is the content's
    ("NEW YORK, April 8 - J.P. Morgan and Co Inc said its first-quarter earnings fell by 3.2 pct.", "1987-04-08"),
    ("TROY, Mich., March 12 - K Mart said its fourth quarter pre-tax income was 493 mln dlrs.", "1987-03-12"),
    ("NEW YORK, April 3 - Fox president Jamie Kellner said the company expects to lose 30 mln dlrs this year.",
     "1987-04-03"),
    # "that" and a clause after it
    ("NEW YORK, March 25 - The indictment said that between 1978 and 1983, the defendants conspired to defraud "
     "the government.", "1987-03-25"),
    # what is said before a comma, the speaker named after the verb
    ("MONTREAL, March 20 - The waterway is expected to lose 10 mln dlrs this year, said William Blair, an "
     "executive of the authority.", "1987-03-20"),
])
def test_a_date_inside_what_is_said_does_not_date_the_saying(body, published):
    got = [_row(e) for e in _events(body, published) if e.type == "statement"]
    assert got and got[0][2] != published[:4] + "-01-01" and got[0][3] == published, got


@pytest.mark.parametrize("body,day", [
    ("Officials said on Monday the talks would resume.", "2017-01-30"),
    ("The ministry said Monday that troops had crossed.", "2017-01-30"),
    # a verb with an object: the date is the saying's ("told reporters on Monday")
    ("Gates told reporters on Monday the plan was ready.", "2017-01-30"),
    # the speaker before the verb, an appositive between commas: not what is said before a comma
    ("In 2015, the country's top court, which rules on such matters, said the ban was unconstitutional.",
     "2015-01-01"),
])
def test_a_date_of_the_saying_itself_stays_the_sayings(body, day):
    got = [_row(e) for e in _events(body) if e.type == "statement"]
    assert got and got[0][2] == day, got


def test_a_document_that_speaks_is_no_event_of_what_it_says():
    body = ("NEW YORK, March 25 - Three men were charged today. The indictment said the defendants conspired in "
            "1983 to defraud the government.")
    got = [_row(e) for e in _events(body, "1987-03-25")]
    assert not [r for r in got if r[1] == "indictment"], got
    assert any(r[0] == "statement" for r in got), got


# ---------------------------------------------------------------------------------------------
# deaths in obituaries (thirty-fourth batch: articles 408, 415)

@pytest.mark.parametrize("body", [
    "Senator Edward Kennedy passed away at home late last night.",
    "The singer has passed away, his family said on Tuesday.",
])
def test_passed_away_is_a_death(body):
    got = [_row(e) for e in _events(body, "2009-08-26")]
    assert any(r[0] == "death" and r[1].startswith(("passed away", "has passed away")) for r in got), got


def test_a_possessive_before_the_speaker_is_not_the_speaker():
    # "His family said": the family speaks after the death, not the dead man before it
    body = ("Senator Edward Kennedy died at home late last night. His family said, \"We have lost the center of "
            "our family.\"")
    got = [_row(e) for e in _events(body, "2009-08-26") if e.type == "statement"]
    assert got and got[0][2] is not None, got


@pytest.mark.parametrize("body,place", [
    ("Pete Seeger died on Monday at New York Presbyterian Hospital, where he had been for a week.",
     ("New York City", "New York")),
    ("The senator died on Monday at Massachusetts General Hospital.", ("Massachusetts",)),
])
def test_a_hospital_named_after_a_city_is_in_that_city(body, place):
    got = [_row(e) for e in _events(body, "2014-01-28") if e.type == "death"]
    assert got and got[0][4] in place, got


def test_a_hospital_named_after_a_hamlet_is_not_in_the_hamlet():
    got = [_row(e) for e in _events("He died on Monday at Mount Sinai Hospital.", "2014-01-28") if e.type == "death"]
    assert got and got[0][4] != "Mount Sinai", got


def test_the_time_of_an_occasion_does_not_date_another_happening():
    body = ("Speaking at a 2:15 a.m. press conference about the crude bomb found in an SUV in Times Square last "
            "night, Mayor Bloomberg said, \"We are very lucky.\"")
    got = {r[1]: r for r in map(_row, _events(body, "2010-05-02"))}
    assert got["found"][2] == "2010-05-01", got
    assert got["said"][2] == "2010-05-02", got      # (the saying is at that occasion)


@pytest.mark.parametrize("body,published,start,end", [
    # told as done: it happened by the publication
    ("A hospital fire killed five patients this week, officials said.", "2020-05-15", "2020-05-11", "2020-05-15"),
    ("Mugabe was hospitalized in Singapore this year.", "2019-09-09", "2019-01-01", "2019-09-09"),
])
def test_what_is_told_as_done_ends_by_the_publication(body, published, start, end):
    got = [_row(e) for e in _events(body, published) if e.type != "statement"]
    assert got and got[0][2:4] == (start, end), got


def test_what_is_planned_keeps_its_interval_after_the_publication():
    got = [_row(e) for e in _events("The company will cut 500 jobs this year.", "2019-09-09") if e.trigger.endswith("cut")]
    assert got and got[0][3] == "2019-12-31", got


@pytest.mark.parametrize("body,trigger", [
    ("The press asked Trump about it on Wednesday, but he declined to comment.", "asked"),
    ("Around 6:30 p.m., a vendor noticed smoke and alerted a mounted police officer.", "alerted"),
    ("Tropical Storm Barry neared Louisiana on Thursday. Governor John Bel Edwards addressed the public: \"No one "
     "should take this storm lightly.\"", "addressed"),
])
def test_asking_alerting_and_addressing_someone_is_a_statement(body, trigger):
    got = [_row(e) for e in _events(body, "2019-07-12") if e.trigger == trigger]
    assert got and got[0][0] == "statement", got


def test_asked_before_the_answer_leaves_the_saying_to_the_answer():
    body = "NEW YORK, Oct 19 - Asked for advice for the average investor, Phelan said the market would recover."
    got = [_row(e) for e in _events(body, "1987-10-19")]
    assert any(r[1] == "said" for r in got), got


@pytest.mark.parametrize("sentence", [
    "the soviet union conducted an underground nuclear test at the semipalatinsk testing ground.",
    "moscow halted an 18-month nuclear test moratorium after the first u.s. warheads were tested.",
])
def test_nuclear_tests_and_their_grounds_are_military_words(sentence):
    from extract.domains import domain_of
    assert domain_of(sentence) == "military"


def test_a_persons_surname_in_the_bare_possessive_after_a_locative_is_the_person():
    from extract.places import find_places
    text = ("Serena Williams lost the final. The umpire made incorrect calls in Williams' loss to Jennifer Capriati "
            "in 2004. The city voters, in Decatur's case, would pay.")
    names = [p.text for p in find_places(text)]
    assert "Williams" not in names and "Decatur" in names, names


def test_an_object_pronoun_is_not_the_speaker():
    body = ("JOHANNESBURG, March 29 - Minister John Wiley died today in an apparent suicide, police said. His wife "
            "found him lying on his bed at home this morning, police said.")
    said = [e for e in _events(body, "1987-03-29") if e.type == "statement"]
    assert said and all(e.date_start == "1987-03-29" for e in said), [_row(e) for e in said]
    assert all("John Wiley" not in e.actor1 for e in said), [e.actor1 for e in said]


def test_a_passive_gerunds_phrase_is_not_the_main_clause():
    body = ("Six months after being fired from Christian Dior over anti-Semitic remarks, John Galliano was found "
            "guilty of public insults by a Paris court on Thursday.")
    got = [_row(e) for e in _events(body, "2011-09-09")]
    assert got and got[0][1] == "found guilty" and got[0][2] == "2011-09-08", got


def test_the_dead_mans_kin_speak_after_his_death():
    from dataclasses import replace
    from extract.retold import _said_before_death
    body = ("Radio host Don Imus died on Friday. He had been hospitalized since Christmas Eve, his family reported. "
            "He had said he was tired, Imus told reporters.")
    death = next(e for e in _events(body, "2019-12-30") if e.type == "death")

    def saying(verb):       # a saying of the man's, carried to the publication day
        at = body.index(verb)
        return replace(death, type="statement", trigger=verb, trigger_start=at, trigger_end=at + len(verb),
                       sentence_start=body.rindex(". ", 0, at) + 2, date_resolution="context",
                       date_start="2019-12-30", date_end="2019-12-30")
    got = {e.trigger: e.date_start for e in _said_before_death(body, [death, saying("reported"), saying("told")])}
    assert got["reported"] == "2019-12-30", got         # his family speaks, after the death
    assert got["told"] is None, got                     # his own words, before it


def test_a_bare_clock_time_told_in_the_past_is_of_the_day_the_story_named():
    body = ("Yesterday's rainstorms were a little more intense for our neighbors: tornadoes were confirmed. The "
            "National Weather Service says an EF-0 tornado touched down in Berkeley Heights, NJ for 10 minutes at "
            "9:17 a.m., about 50 yards wide.")
    got = [_row(e) for e in _events(body, "2013-07-02") if e.type == "disaster"]
    assert got and got[-1][2] == "2013-07-01", got


def test_a_bare_clock_time_of_what_is_to_come_stays_the_reports():
    got = [_row(e) for e in _events("Yesterday's storms passed. The mayor will speak at 3 p.m. in City Hall.",
                                    "2013-07-02") if e.trigger == "speak"]
    assert not got or got[0][2] == "2013-07-02", got


def test_a_sayings_noun_in_s_keeps_the_date_before_it():
    body = ("Earlier this week, during his annual State of the City address, Mayor de Blasio focused his remarks on "
            "the importance of good paying jobs.")
    got = [_row(e) for e in _events(body, "2017-02-15") if e.trigger == "remarks"]
    assert got and got[0][2] == "2017-02-13", got


def test_harm_in_a_named_part_of_the_datelines_country_is_there_not_at_the_dateline():
    body = ("PORT-AU-PRINCE, April 17 - Soldiers killed one man as they barred a group of landless peasants from land "
            "seized from Canadian missionaries in northern Haiti, a source at the church radio said.")
    got = [_row(e) for e in _events(body, "1987-04-17") if e.trigger == "killed"]
    assert got and got[0][4] == "Haiti", got
    # (what the reporter's city's officials said stays at the dateline)
    got = [_row(e) for e in _events("PORT-AU-PRINCE, April 17 - The government said it would send aid to northern "
                                    "Haiti.", "1987-04-17") if e.type == "statement"]
    assert got and got[0][4] == "Port-au-Prince", got


def test_a_dated_noun_of_the_same_kind_after_another_verb_is_another_happenings():
    body = ("QUITO, March 26 - At least 14 people were injured and many arrested in clashes during a one-day general "
            "strike called by workers to protest against austerity measures imposed after a major earthquake on March 5.")
    got = [_row(e) for e in _events(body, "1987-03-26") if e.trigger == "injured"]
    assert got and got[0][2] == "1987-03-26", got
    # (but right after the harm, the noun names its cause: "killed in the earthquake on March 5")
    got = [_row(e) for e in _events("QUITO, March 26 - Ten people were killed in the earthquake on March 5.",
                                    "1987-03-26") if e.trigger == "killed"]
    assert got and got[0][2] == "1987-03-05", got


@pytest.mark.parametrize("sentence,domain", [
    ("in 1984, walter mondale chose her as his running-mate; they lost in a landslide to ronald reagan.", None),
    ("the party won a landslide victory in the election as voters turned out.", "election"),
    ("a landslide buried the village after heavy rain.", "disaster"),
])
def test_a_landslide_of_votes_is_no_disaster(sentence, domain):
    from extract.domains import domain_of
    assert domain_of(sentence) == domain


def test_a_witness_in_a_story_of_one_town_speaks_there():
    body = ("A fire tore through a house in Queens Village on Sunday, killing five people. Firefighters from Queens "
            "Village fought the blaze. \"The whole house was on fire,\" a witness recounted to the Daily News.")
    got = [_row(e) for e in _events(body, "2017-04-24") if e.trigger == "recounted"]
    assert got and got[0][4] == "Queens Village", got


def test_what_is_yet_to_come_takes_no_past_leads_day():
    body = ("Last night, the federal government gave insurer AIG an $85 billion loan. AIG CEO Robert Willumstad will "
            "step down.")
    got = [_row(e) for e in _events(body, "2008-09-17") if "step down" in e.trigger]
    assert got and got[0][2] >= "2008-09-17", got


@pytest.mark.parametrize("body,trigger", [
    ("The minister said on Monday the government would deal with the economic difficulties.", "deal"),
    ("On Friday, he urged North Korea to deal peacefully with its neighbors.", "deal"),
    ("The 5:54 a.m. train, which was due to arrive at Grand Central at 7:43 a.m., derailed on Sunday.", "arrive"),
    ("On Wednesday he was waiting in the lobby for them to arrive when the explosion occurred.", "arrive"),
])
def test_dealing_with_and_an_awaited_arrival_are_no_events(body, trigger):
    got = [_row(e) for e in _events(body, "2013-12-02") if e.trigger == trigger]
    assert not got, got


@pytest.mark.parametrize("body", [
    "One officer was pronounced dead at Lincoln Hospital on Sunday.",
    "The virus has also claimed the life of playwright Terrence McNally, his family said on Tuesday.",
])
def test_pronounced_dead_and_a_life_claimed_are_deaths(body):
    got = [_row(e) for e in _events(body, "2014-09-22")]
    assert any(r[0] == "death" for r in got), got


# ---------------------------------------------------------------------------------------------
# types read from the whole dev set's wrong rows (tenth session): a charge that is an allegation,
# words offered, an expulsion from a body, a death by a falling tree or a sinkhole

@pytest.mark.parametrize("body,typ", [
    ("The indictment charged that Deaver lied in sworn testimony to Congress on Monday.", "legal"),
    ("FMC had charged that Boesky received confidential information on Monday.", "legal"),
    ("British Printing also charged Harcourt is unlawfully coercing debenture holders on Monday.", "legal"),
    # (the courts' charge, with no arrest beside it: a legal step — readers judged 17 of 17 such rows' type right as
    # legal, fifteenth session)
    ("State prosecutors charged the suspect with capital murder on Monday.", "legal"),
    ("The SEC charged Jose Arrojo on Monday.", "arrest"),
])
def test_a_charge_that_is_an_allegation_is_legal_not_an_arrest(body, typ):
    got = [e.type for e in _events(body) if e.trigger == "charged"]
    assert got == [typ], got


@pytest.mark.parametrize("body,typ", [
    ("Mitt Romney offered a pragmatic view of the tight race on Friday.", "statement"),
    ("Democrats offered a less rosy view on Friday.", "statement"),
    ('"He is on fire," Dax McCarty offered.', "statement"),
    ("Modi offered condolences to the families on Tuesday.", "statement"),
    ("Hamza bin Laden offered a one million dollar reward for information on Tuesday.", "other"),
])
def test_words_offered_are_a_statement(body, typ):
    got = [e.type for e in _events(body, "2008-02-02") if e.trigger == "offered"]
    assert got == [typ], got


@pytest.mark.parametrize("body,typ", [
    ("The Stalinists were expelled from the official Communist Party in 1986.", "other"),
    ("Both were fined by a disciplinary committee and expelled from membership in 1986.", "other"),
    ("Athens expelled the Libyan ambassador to Greece in 1986.", "sanction"),
])
def test_an_expulsion_from_a_body_is_no_arrest(body, typ):
    got = [e.type for e in _events(body) if e.trigger == "expelled"]
    assert got == [typ], got


@pytest.mark.parametrize("body", [
    "Two people were killed by a falling tree in Teaneck on Saturday.",
    "A sinkhole in the Tampa area killed a man on Saturday.",
])
def test_a_death_by_a_falling_tree_or_a_sinkhole_is_a_disaster(body):
    got = [e.type for e in _events(body) if e.trigger == "killed"]
    assert got == ["disaster"], got


def test_a_bolt_of_lightning_in_words_makes_no_disaster():
    from extract.domains import domain_of
    assert domain_of('it was literally like a bolt of lightning had hit my bed.') is None


# ---------------------------------------------------------------------------------------------
# where a statement with a noun object was made: its object, the day, then the place

@pytest.mark.parametrize("body,place", [
    ("Mitt Romney offered a pragmatic view of the tight Republican race for president Friday at a Denver car "
     "dealership, saying that some states are long shots.", "Denver"),
    ("John Smith criticized the plan on Friday in Denver.", "Denver"),
    ("John Smith spoke Friday at a Denver car dealership.", "Denver"),
    # a clause after a verb that takes one: the place is the clause's
    ("John Smith said warships destroyed the platform on Friday in the Gulf.", None),
    # a relative clause: the place is the killing's
    ("John Smith condemned the attack that killed five on Friday in Kabul.", None),
])
def test_a_statements_place_after_its_object_and_its_day(body, place):
    got = [e for e in _events(body, "2008-02-02") if e.type == "statement"]
    assert got and (got[0].place.name if got[0].place else None) == place, [_row(e) for e in got]


@pytest.mark.parametrize("body,place", [
    ("The remaining suspect in the deadly Boston Marathon bombings was finally caught last night after a two hour "
     "stand-off and shootout with police in a backyard in Watertown, Mass.", "Watertown"),
    ("Police arrested him on Friday following a raid on a house in Leeds.", "Leeds"),
    # a clause after the confrontation: its place is the clause's
    ("He was arrested on Friday after a chase that began in Leeds.", None),
])
def test_an_arrest_is_where_the_confrontation_that_ended_in_it_was(body, place):
    got = [e for e in _events(body, "2013-04-20") if e.type == "arrest" and e.trigger != "raid"]
    assert got and (got[0].place.name if got[0].place else None) == place, [_row(e) for e in got]


# ---------------------------------------------------------------------------------------------
# the thirty-ninth unseen batch (469-480): a place told by its distance from a known one, an attack
# on a railway, and a saying with what happened before it in a clause of time

def test_a_place_told_by_its_distance_from_a_known_one():
    from extract.placecands import offset_places
    from extract.places import find_places
    text = "Guerrillas derailed a train 225 km (135 miles) east of Lima at Chacapalca on Tuesday."
    places = find_places(text, None, 0)
    found, refs = offset_places(text, places, 0)
    assert [p.name for p in found] == ["Chacapalca"] and found[0].country == "PE"
    lima = next(p for p in places if p.name == "Lima")
    assert id(lima) in refs
    # 225 km due east: the same latitude, about two degrees of longitude further east at 12 degrees south
    assert abs(found[0].lat - lima.lat) < 0.01 and 1.9 < found[0].lon - lima.lon < 2.2
    # unnamed: the phrase is the place; a place the gazetteer knows stays as it is
    found, refs = offset_places("The field is about 160 km (100 miles) east of the capital, Riyadh.",
                                find_places("The field is about 160 km (100 miles) east of the capital, Riyadh.", None, 0), 0)
    assert [p.name for p in found] == ["160 km (100 miles) east of the capital, Riyadh"], found
    text = "The Sullivan mine at Kimberley, about 450 miles east of Vancouver, closed."
    found, refs = offset_places(text, find_places(text, None, 0), 0)
    assert found == [] and len(refs) == 1


@pytest.mark.parametrize("body,place", [
    ("Maoist guerrillas derailed a train laden with minerals 225 km (135 miles) east of Lima at Chacapalca on Tuesday.",
     "Chacapalca"),
    ("A bus overturned on Tuesday 30 miles south of Denver.", "30 miles south of Denver"),
])
def test_what_happened_at_a_distance_from_a_town_is_not_in_the_town(body, place):
    got = [e for e in _events(body, "1987-03-12")]
    assert got and got[0].place is not None and got[0].place.name == place, [_row(e) for e in got]


@pytest.mark.parametrize("body,typ", [
    ("Maoist guerrillas using dynamite derailed a train laden with minerals on Tuesday.", "violence"),
    ("Rebels blew up a bridge on Monday.", "violence"),
    ("A train derailed on Tuesday near the station.", "accident"),
])
def test_a_crash_caused_on_purpose_and_a_blast_are_attacks(body, typ):
    got = [e.type for e in _events(body, "1987-03-12")]
    assert got and got[0] == typ, got


def test_a_saying_with_what_happened_before_it_in_a_clause_of_time():
    body = ("Centromin SA said today there was no immediate force majeure possibility on its copper shipments after "
            "guerrillas blew up a railway line, interrupting train traffic.")
    got = sorted((e.type, e.trigger) for e in _events(body, "1987-03-12"))
    assert got == [("statement", "said"), ("violence", "blew up")], got


@pytest.mark.parametrize("body,place,near", [
    ("Yesterday, a horrifying accident occurred on the Bronx River Parkway: a minivan hit a barrier.",
     "Bronx River Parkway", "Bronx"),
    ("A police van crashed on the Bruckner Expressway in the Bronx on Sunday.", "Bruckner Expressway", "Bronx"),
])
def test_a_road_is_where_what_happened_on_it_happened(body, place, near):
    from extract.places import find_places
    from extract.placecands import venue_places
    got = [e for e in _events(body, "2012-04-30") if e.type == "accident"]
    assert got and got[0].place is not None and got[0].place.name == place, [_row(e) for e in got]
    town = next(p for p in find_places(body, None, 0) if p.name == near)
    road = next(p for p in venue_places(body, find_places(body, None, 0), 0) if p.name == place)
    assert (road.lat, road.lon) == (town.lat, town.lon)


@pytest.mark.parametrize("body,name", [
    ("Van der Vorm said on Friday that the strike in Rotterdam went on.", "Van"),
    ("A plane crashed on a street in East Hartford, Connecticut, on Tuesday. Pratt & Whitney issued a statement on "
     "Tuesday.", "Pratt"),
])
def test_a_surnames_particle_and_a_firms_name_with_an_ampersand_are_no_towns(body, name):
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    x = extract_article(parse_article("Published: 2016-10-12\n\n" + body, "x.txt"))
    assert name not in [p.name for p in x.places], [p.name for p in x.places]
    assert all(e.place is None or e.place.name != name for e in x.events)


# ---------------------------------------------------------------------------------------------
# the fortieth unseen batch (481-492)

@pytest.mark.parametrize("body,typ", [
    # arson told as a habit, or denied, makes no arson of the story's fire
    ("A fire yesterday morning destroyed 200 homes in a slum in Chittagong. Activists claimed fires have in the past "
     "been deliberately set to clear slums. One told AFP arson has been used as a weapon.", "accident"),
    ("A fire yesterday morning destroyed 200 homes in a slum in Chittagong. Police said the arsonist was seen.",
     "violence"),
])
def test_arson_told_as_a_habit_makes_no_arson_of_the_fire(body, typ):
    got = [e.type for e in _events(body, "2019-02-18") if e.trigger == "fire"]
    assert got == [typ], got


@pytest.mark.parametrize("body,trigger,typ", [
    ("Bavadra's government was overthrown in a military coup on May 14.", "overthrown", "military"),
    ("Shops in Nadi and Lautoka closed again today in support of Bavadra.", "closed", "protest"),
    ("Bavadra has launched a campaign of civil disobedience today.", "launched", "protest"),
    ("Conway was elected as a Fellow of the Royal Society in 1981.", "elected", "other"),
    ("Conway was elected president of the society in 1981.", "elected", "election"),
    ("State-run news agency RIA Novosti broke the news on Tuesday.", "broke the news", "statement"),
])
def test_a_coup_a_shutdown_of_protest_an_honour_and_news_broken(body, trigger, typ):
    got = [e.type for e in _events(body, "1987-06-02") if e.trigger == trigger]
    assert got == [typ], [(e.trigger, e.type) for e in _events(body, "1987-06-02")]


def test_a_statement_before_an_audience_is_where_the_audience_was_and_so_are_the_speakers_next_words():
    body = ("WARSAW, March 29 - Poland raised food prices on Saturday evening. Solidarity leader Lech Walesa, whose "
            "banned organisation has been replaced by the OPZZ, condemned the increases in front of a crowd of 1,500 "
            "cheering supporters at St Brygida's Roman Catholic Church in the Baltic port of Gdansk. \"I am against "
            "price rises,\" Walesa said.")
    got = [(e.trigger, e.place.name if e.place else None) for e in _events(body, "1987-03-29") if e.type == "statement"]
    assert got == [("condemned", "Gdańsk"), ("said", "Gdańsk")], got


# ---------------------------------------------------------------------------------------------
# the forty-first unseen batch (493-504)

def test_what_a_happening_came_in_the_wake_of_keeps_its_own_date():
    body = ("MADRID, March 13 - Spanish farmers took their tractors to the roads today, officials said. The farm "
            "protest came in the wake of demonstrations last night in over 30 cities in which workers marched for "
            "wage rises.")
    got = [(e.trigger, e.date_start) for e in _events(body, "1987-03-13") if e.trigger == "protest"]
    assert got == [("protest", "1987-03-13")], got


@pytest.mark.parametrize("body,trigger,typ", [
    ("A federal judge has denied a request from Martin Shkreli to be released from prison on Saturday.", "denied",
     "legal"),
    ("The company denied the report on Saturday.", "denied", "statement"),
    ("Leon van Biljon, owner of a lodge near Pretoria, was killed by his lions on Tuesday.", "killed", "accident"),
    ("In the wake of his death, the lions were killed on Tuesday.", "killed", "other"),
    ("A gunman killed two people on Tuesday.", "killed", "violence"),
    ("Several thousand people rallied in Washington on Saturday in support of Trump to protest the results of the "
     "election.", "rallied", "protest"),
    ("Thousands rallied for the candidate ahead of the election on Saturday.", "rallied", "election"),
])
def test_a_courts_refusal_deaths_by_animals_and_a_rally_of_protest(body, trigger, typ):
    got = [e.type for e in _events(body, "2020-05-17") if e.trigger == trigger]
    assert got == [typ], [(e.trigger, e.type) for e in _events(body, "2020-05-17")]


@pytest.mark.parametrize("body,typ", [
    ("MADRID, March 13 - Spanish farmers took their tractors to the roads today and blocked a border crossing with "
     "France in a protest against the government's EC policies, officials said.", "protest"),
    # (a noun after "in" that is no act of protest names no kind of the verb's happening)
    ("The statement confirmed Dome received TransCanada's bid today, but did not identify the companies involved in "
     "talks, officials said.", None),
])
def test_a_verb_in_no_row_told_as_done_in_protest_is_the_protest(body, typ):
    got = [e.type for e in _events(body, "1987-03-13") if e.trigger in ("took", "received")]
    assert got == ([typ] if typ else []), [(e.trigger, e.type) for e in _events(body, "1987-03-13")]


def test_a_statement_of_the_days_before_a_datelined_report_is_placed_at_the_dateline():
    body = ("ROTTERDAM, April 3 - Grain handling at Rotterdam port's main grain terminal was at a standstill today as "
            "members of the largest Dutch transport union FNV staged a lightning strike for the third day running. "
            "Wednesday's actions left GEM's facilities 40 pct operational, and there were only limited strikes "
            "yesterday. Talks between unions and employers yesterday and today produced no result, but FNV spokesman "
            "Bert Duim said the union would go on.")
    got = [(e.trigger, e.place.name if e.place else None) for e in _events(body, "1987-04-03") if e.trigger == "said"]
    assert got == [("said", "Rotterdam")], got


def test_a_body_in_a_city_qualified_by_its_country_speaks_in_the_city():
    body = ("Yesterday evening, the Bavarian State Ministry of Public Health and Health Care in Munich, Germany "
            "confirmed a case of coronavirus infection in a man from Starnberg district.")
    got = [(e.trigger, e.place.name if e.place else None) for e in _events(body, "2020-01-28") if e.type == "statement"]
    assert got == [("confirmed", "Munich")], got


@pytest.mark.parametrize("body,trigger,n", [
    ("Tennis player Nikoloz Basilashvili was arrested on Friday in Tbilisi. The federation released a statement "
     "addressing Basilashvili's arrest, its spokesman said.", "arrest", 0),
    ("John Luk Jok died on Tuesday in Juba. The vice president also commented on Luk's death, officials said.",
     "death", 0),
])
def test_a_happening_told_before_named_again_by_its_owner_is_no_new_event(body, trigger, n):
    got = [e for e in _events(body, "2020-05-23") if e.trigger == trigger]
    assert len(got) == n, [(e.trigger, e.type, e.sentence_start) for e in got]


@pytest.mark.parametrize("body,trigger,typ", [
    ("Park plunged to his death from the 10th floor of his office on April 19.", "plunged", "death"),
    ("Cobriza produced the equivalent of around 40,600 fine tonnes of copper last year.", "produced", "economy"),
    ("The bank collapsed in 1974.", "collapsed", "economy"),
    ("Oil prices collapsed last week.", "collapsed", "economy"),
    ("The building collapsed on Tuesday.", "collapsed", "accident"),
    ("Navy SEALs rescued the two aid workers in Somalia on Tuesday.", "rescued", "military"),
])
def test_deaths_by_falling_output_economic_collapses_and_rescues_by_soldiers(body, trigger, typ):
    got = [e.type for e in _events(body, "1987-04-27") if e.trigger == trigger]
    assert got and got[0] == typ, [(e.trigger, e.type) for e in _events(body, "1987-04-27")]


def test_a_plane_that_landed_in_a_story_of_a_crash_is_the_accident():
    body = ("A single-engine plane crashed on Interstate 287 on Tuesday, killing all five people on board. The plane "
            "landed on the highway and caught fire on Tuesday.")
    got = [e.type for e in _events(body, "2011-12-21") if e.trigger == "landed"]
    assert got == ["accident"], [(e.trigger, e.type) for e in _events(body, "2011-12-21")]


# ---------------------------------------------------------------------------------------------
# the forty-second unseen batch (505-516)

@pytest.mark.parametrize("body,place", [
    ("Firefighters found a woman's body under the rubble of a Floral Park house on 260th Street that exploded "
     "yesterday afternoon.", "Floral Park"),
    ("City officials are investigating the collapse of a midtown Manhattan building yesterday.", "Manhattan"),
])
def test_a_town_naming_a_building_of_it_is_where_the_building_stands(body, place):
    got = [e for e in _events(body, "2009-04-25")]
    assert got and got[0].place is not None and got[0].place.name == place, [_row(e) for e in got]


@pytest.mark.parametrize("body,typ", [
    ("Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country.", "legal"),
    ("The United States House of Representatives voted to hold two Cabinet officers in contempt of Congress on "
     "Wednesday.", "other"),
])
def test_a_legislatures_vote_on_a_law_is_lawmaking(body, typ):
    got = [e.type for e in _events(body, "2020-01-06") if e.trigger == "voted"]
    assert got == [typ], [(e.trigger, e.type) for e in _events(body, "2020-01-06")]


@pytest.mark.parametrize("body,n", [
    ("Russia has the second-fastest-growing coronavirus outbreak in the world, officials said on Tuesday.", 0),
    ("Arthur Longworth said he fears an outbreak of COVID-19 could sweep through the facility on Tuesday.", 0),
])
def test_an_outbreak_named_is_no_event_of_its_own(body, n):
    # (readers judged none of ten such nouns a happening: a state, a fear, a ranking; what breaks out is told by
    # its verbs and counts: "tested positive", "the number of cases rose to 58")
    got = [e for e in _events(body, "2020-05-13") if e.trigger == "outbreak"]
    assert len(got) == n, [_row(e) for e in got]


@pytest.mark.parametrize("body", [
    "The actions, in support of union demands in negotiations over a new labour agreement, began on Wednesday.",
    "Johnson stressed his support for the Brexit movement on Tuesday.",
])
def test_support_named_is_no_event_of_cooperation(body):
    # (readers judged 1 of 13 such nouns a happening: a purpose, a stance, a share of the vote)
    got = [e for e in _events(body, "1987-04-03") if e.trigger == "support"]
    assert got == [], [_row(e) for e in got]


# ---------------------------------------------------------------------------------------------
# the forty-third unseen batch (517-528)

def test_a_dateline_names_its_city_by_its_own_name():
    from extract.places import find_places
    text = "PHILADELPHIA, April 3 - Rohm and Haas Co said studies on workers at its Philadelphia plant showed more deaths."
    got = {(p.name, p.country) for p in find_places(text, "PHILADELPHIA", 22)}
    assert got == {("Philadelphia", "US")}, got      # not Amman, which once bore the name


def test_a_newspaper_is_no_place():
    body = ("MOSCOW, Oct 19 - A sharp rise in Soviet sugar consumption since the start of the Kremlin's anti-alcohol "
            "drive indicates home brewing is costing the state 20 billion roubles in lost vodka sales, Pravda said.")
    got = [(e.trigger, e.place.name if e.place else None) for e in _events(body, "1987-10-19") if e.trigger == "said"]
    assert got == [("said", "Moscow")], got


@pytest.mark.parametrize("body,trigger,typ,place", [
    ("During the funeral on Tuesday, a stampede erupted, according to state media. The stampede, which occurred in "
     "Kerman, resulted in at least 56 deaths and over 200 people injured.", "injured", "accident", "Kerman"),
    ("Iran today reported major gains on the southern front near Basra, saying its forces had captured an important "
     "defensive line.", "captured", "military", None),
])
def test_a_stampede_is_an_accident_where_it_occurred_and_a_states_forces_capture_in_war(body, trigger, typ, place):
    got = [e for e in _events(body, "2020-01-08") if e.trigger == trigger]
    assert got and got[0].type == typ and (place is None or got[0].place and got[0].place.name == place), \
        [_row(e) for e in got]


def test_a_record_low_compared_with_is_no_date_of_the_rise():
    body = "The B free shares closed at 16.50 crowns on the bourse's unofficial list -- down from a peak of 300 in January 1986."
    got = [(e.trigger, e.date_start) for e in _events(body, "1987-03-16") if e.trigger == "closed"]
    assert all(not (d or "").startswith("1986") for _, d in got), got


# ---------------------------------------------------------------------------------------------
# the forty-fourth unseen batch (529-540)

@pytest.mark.parametrize("body,trigger,typ", [
    ("Duncan succumbed to the virus on Wednesday.", "succumbed to", "death"),
    ("Doctors didn't suspect Ebola when Duncan first went to the hospital on Wednesday.", "went to", "health"),
    ("Duncan went to Dallas on Wednesday.", "went to", "travel"),
])
def test_succumbing_is_a_death_and_going_to_hospital_no_journey(body, trigger, typ):
    got = [e.type for e in _events(body, "2014-10-12") if e.trigger.startswith(trigger.split()[0])]
    assert got == [typ], [(e.trigger, e.type) for e in _events(body, "2014-10-12")]


def test_where_something_is_located_is_no_happening():
    from extract.predicates import predicates
    low = "the epicenter was located 23 km east of cagwait, surigao del sur."
    assert [p.lemma for p in predicates(low, low)] == [], predicates(low, low)
    low = "police located the missing boy in a barn on monday."
    assert [p.lemma for p in predicates(low, low)] == ["locate"]


# ---------------------------------------------------------------------------------------------
# the forty-fifth unseen batch (541-552)

@pytest.mark.parametrize("text,absent", [
    ("Two recreational boats collided in the Upper New York Bay near Liberty Island.", "Liberty"),
    ("Fires burned on Kangaroo Island on Friday.", "Kangaroo"),
])
def test_a_small_towns_name_before_island_names_the_island(text, absent):
    from extract.places import find_places
    assert absent not in [p.name for p in find_places(text, None, 0)]


# ---------------------------------------------------------------------------------------------
# the eleventh session: the forty-sixth unseen batch (553-564) and the backlog

@pytest.mark.parametrize("text,name", [
    ("Kenyans won both races at the NYC Marathon today.", "New York City"),
    ("She won the NYC Half Marathon on Sunday.", "New York City"),
])
def test_a_towns_short_name_before_an_event_names_where_it_was_held(text, name):
    from extract.places import find_places
    assert name in [p.name for p in find_places(text, None, 0)]
    got = [e.place.name if e.place else None for e in _events(text, "2013-11-03") if e.trigger == "won"]
    assert got == [name]


@pytest.mark.parametrize("text", ["The Mets beat the Cubs.", "Owners and players signed the Basic Agreement."])
def test_a_towns_other_name_as_a_team_or_a_word_stays_no_place(text):
    from extract.places import find_places
    assert [p.name for p in find_places(text, None, 0)] == []


# the dead say nothing after their death, but others speak of them: only the dead person's own name (or a pronoun
# that may stand for them) right before the verb dates the words before the death
@pytest.mark.parametrize("speaker", [
    "Day's animal foundation said",
    "Day, they said,",
    "Her brother, Ignazio Day, said",
    "Jonel Day added",
    "The Guardian reported",
])
def test_others_words_about_the_dead_are_not_dated_before_the_death(speaker):
    body = f"Doris Day died on Monday at her home. {speaker} she had been in excellent health."
    said = [e for e in _events(body, "2019-05-16") if e.type == "statement"]
    assert said and all(e.date_start == "2019-05-13" for e in said), [(e.trigger, e.date_start, e.date_end) for e in said]


@pytest.mark.parametrize("speaker", ["Day once said", "She would later say", "Day, 97, said"])
def test_the_deads_own_undated_words_are_before_the_death(speaker):
    body = f"Doris Day died on Monday at her home. She was born in 1922. {speaker} she loved animals."
    said = [e for e in _events(body, "2019-05-16") if e.type == "statement"]
    assert [(e.date_start, e.date_end) for e in said] == [(None, "2019-05-13")]


def test_officials_named_as_a_death_s_subject_are_no_dead_person():
    body = ("Despite attempts by officials to lure her out, the injured elephant remained in the river and died on "
            "May 27. Forest officials suggested the elephant may have tried to eat a cracker.")
    said = [e for e in _events(body, "2020-06-07") if e.trigger == "suggested"]
    assert said and said[0].date_start is not None, [(e.date_start, e.date_end) for e in said]


@pytest.mark.parametrize("body", [
    "His successor, Haitham bin Tariq Al Said, attended funeral prayers in Muscat.",
    "Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur.",
])
def test_said_as_a_name_after_a_capitalised_word_is_no_saying(body):
    assert [e.trigger for e in _events(body, "2020-01-12") if e.type == "statement"] == []


def test_a_capitalised_verb_of_saying_after_a_name_stays_a_saying():
    body = 'Update: The NJ State Police Tweeted, "Location update, Milepost 35."'
    assert [e.trigger for e in _events(body, "2011-12-20") if e.type == "statement"] == ["Tweeted"]


# 'later' without a date of its own: after the day the story told last, up to the report (not any time before it)
@pytest.mark.parametrize("sentence,trigger", [
    ("Another later died.", "died"),
    ("A bystander tried to help and was later hospitalized for smoke inhalation.", "hospitalized"),
    ("Officials later announced an arrest.", "announced"),
])
def test_later_runs_from_the_day_told_before_to_the_report(sentence, trigger):
    body = f"A small plane crashed into a house in Henderson on Saturday, killing two people. {sentence}"
    got = [(e.date_start, e.date_end) for e in _events(body, "2019-09-10") if e.trigger == trigger]
    assert got == [("2019-09-07", "2019-09-10")]


def test_later_in_an_obituary_s_life_keeps_an_open_start():
    body = ("Don Imus died on Friday at the age of 79. He was born in 1940. He made a racist comment on air. "
            "He later apologized for the comment.")
    got = [(e.date_start, e.date_end) for e in _events(body, "2019-12-30") if e.trigger == "apologized"]
    assert got and got[0][0] is None, got


# who or what is counted, named by a participle, is no happening of its own
@pytest.mark.parametrize("sentence,form", [
    ("As of March 16, there were 32,825 AIDS cases reported nationwide.", "reported"),
    ("With more than 10,000 new cases reported each day, the country trails only the U.S.", "reported"),
    ("The army said on Sunday the 36 people infected included 26 soldiers.", "infected"),
    ("Scientists assessed the strains of E. coli from infected humans.", "infected"),
    ("Reported cases also appeared in Thailand.", "Reported"),
    ("Two thirds of those known to be infected with Ebola have died.", "infected"),
])
def test_a_counted_participle_is_no_happening(sentence, form):
    assert form not in [e.trigger for e in _events(sentence, "2020-05-15")]


@pytest.mark.parametrize("sentence,form", [
    ("Chinese officials confirmed it has infected over 200 people.", "infected"),
    ("Russia reported 9,263 new infections on Tuesday.", "reported"),
])
def test_a_participle_that_tells_the_happening_stays(sentence, form):
    assert form in [e.trigger for e in _events(sentence, "2020-05-15")]


def test_a_name_joined_by_and_matched_only_by_a_towns_other_name_is_no_place():
    from extract.places import find_places
    text = "The Wallenbergs built up their stake in Investor and Providentia in 1986."
    assert [p.name for p in find_places(text, None, 0)] == []
    assert "Melbourne" in [p.name for p in find_places("Flights from Sydney and Melbourne resumed.", None, 0)]


@pytest.mark.parametrize("sentence,trigger", [
    ("Volvo's B shares closed at 424 crowns on Friday.", "closed"),
    ("The share price of Asahi Chemical rose sharply but ended the day only 27 yen higher.", "rose"),
])
def test_a_markets_move_in_a_wire_of_the_datelines_country_is_at_the_dateline(sentence, trigger):
    body = ("STOCKHOLM, March 2 - The Wallenberg family said today it had increased its stake in Volvo, one of "
            "Sweden's biggest companies. Sweden's government welcomed the move. Analysts said the move had been "
            f"expected. The family controls several groups in Sweden. {sentence}")
    got = [e.place.name if e.place else None for e in _events(body, "1987-03-02") if e.trigger == trigger]
    assert got == ["Stockholm"], got


def test_won_after_an_amount_is_money_not_a_victory():
    body = "The bank took over Pan Ocean, burdened by debts of more than 1,000 billion won."
    assert "won" not in [e.trigger for e in _events(body, "1987-04-27")]
    assert "won" in [e.trigger for e in _events("The Giants won 21-17 on Sunday.", "1987-04-27")]


def test_a_venue_after_to_is_where_the_match_was():
    body = ("The Mets won the pennant in Chicago last night. The Mets brought the broom to Wrigley Field last night, "
            "defeating the Cubs 8-3 in Game 4.")
    got = [e.place.name if e.place else None for e in _events(body, "2015-10-22") if e.trigger == "defeating"]
    assert got == ["Wrigley Field"], got


def test_an_institution_after_according_to_is_no_venue():
    from extract.placecands import venue_places
    from extract.places import find_places
    text = "In Miami, winds reached 185 mph, according to the National Hurricane Center."
    assert [p.name for p in venue_places(text, find_places(text, None, 0), 0)] == []


@pytest.mark.parametrize("sentence", [
    '"He\'s on fire right now," Dax McCarty offered after the game.',
    'Reyna offered, "Not only does he have a massive list of accomplishments, but he\'s a terrific guy."',
])
def test_words_offered_with_a_quotation_are_a_statement(sentence):
    assert [e.type for e in _events(sentence, "2014-08-24") if e.trigger == "offered"] == ["statement"]


def test_an_offer_of_money_stays_no_statement():
    body = "The club offered $2 million for the striker on Monday."
    assert "statement" not in [e.type for e in _events(body, "2014-08-24") if e.trigger == "offered"]


def test_a_name_after_a_kinship_noun_is_a_persons():
    from extract.places import find_places
    text = ("Very early yesterday morning, the United States President Donald Trump reported he and his wife tested "
            "positive. Officials said the Trumps' 14-year-old son Barron tested negative. Marine One flew Trump to "
            "Walter Reed in Bethesda, Maryland.")
    assert "Barron" not in [p.name for p in find_places(text, None, 0)]
    assert "Barron" in [p.name for p in find_places("He visited his son in Barron on Monday.", None, 0)]


def test_a_codes_number_is_no_year():
    body = "The same procedures will be undertaken for the foreign clones identified as RRIM 725 and PPN 2058."
    assert all(e.date_start is None or not e.date_start.startswith("2058") for e in _events(body, "1987-03-30"))


@pytest.mark.parametrize("text,town", [
    ("Workers voted to go on strike against Iowa Beef Processors Inc Dakota City, Nebraska, plant.", "Dakota City"),
    ("The union set a strike deadline at General Motors Corp's Pontiac, Mich., truck and bus plant.", "Pontiac"),
])
def test_a_town_followed_by_its_own_state_is_the_town_after_a_companys_name(text, town):
    from extract.places import find_places
    assert town in [p.name for p in find_places(text, None, 0)]


@pytest.mark.parametrize("sentence,trigger,typ", [
    ('The DSNY worker replied, "I have overtime."', "replied", "statement"),
    ("Villa took to Twitter on Monday to thank the fans.", "took to Twitter", "statement"),
])
def test_replies_and_posts_are_statements(sentence, trigger, typ):
    assert [e.type for e in _events(sentence, "2020-10-03") if e.trigger == trigger] == [typ]


def test_beating_out_rivals_is_no_violence():
    body = "Dickey beat out Clayton Kershaw and Gio Gonzalez for the Cy Young Award on Wednesday."
    assert "violence" not in [e.type for e in _events(body, "2012-11-14") if e.trigger == "beat"]
    body = "Police said the men beat a man outside the bar on Wednesday."
    assert [e.type for e in _events(body, "2012-11-14") if e.trigger == "beat"] == ["violence"]


@pytest.mark.parametrize("sentence,trigger", [
    ("Since April, the FDA said it had detained 15 shipments of condoms made by firms in Korea.", "detained"),
    ("Testing has led to the detention of foreign-made condoms at U.S. borders, the FDA said on Friday.", "detention"),
])
def test_goods_held_are_no_arrest(sentence, trigger):
    assert "arrest" not in [e.type for e in _events(sentence, "1987-06-19") if e.trigger == trigger]


def test_a_speakers_words_of_months_before_do_not_date_the_dispatchs_words():
    body = ("NEW YORK, June 19 - The Food and Drug Administration said testing has led to three recalls. "
            "The FDA said the condoms were distributed in North Carolina and Illinois. "
            "The FDA urged condom makers on April 7 to inform consumers.")
    got = [e.date_start for e in _events(body, "1987-06-19") if e.trigger == "said"]
    assert got and all(d == "1987-06-19" for d in got), got


@pytest.mark.parametrize("sentence,typ", [
    ("The department has deployed additional counterterrorism resources across the city on Tuesday.", "other"),
    ("Police deployed hundreds of officers to the station on Tuesday.", "other"),
    ("Russia deployed troops to the border on Tuesday.", "military"),
])
def test_police_deployments_are_no_military_happening(sentence, typ):
    assert [e.type for e in _events(sentence, "2016-03-22") if e.trigger == "deployed"] == [typ]


@pytest.mark.parametrize("sentence,trigger,city", [
    ("On Monday, the WHO said an independent review would begin as soon as possible.", "said", "Geneva"),
    ("The International Monetary Fund said in May the pact might be comparable to the European trade blocs.", "said",
     "Washington"),
    ("The United Nations Security Council will meet later today to discuss the test.", "meet", "New York City"),
])
def test_an_international_body_speaks_and_meets_where_it_sits(sentence, trigger, city):
    got = [e.place.name if e.place else None for e in _events(sentence, "2020-05-19") if e.trigger == trigger]
    assert got == [city], got


def test_an_international_body_only_spoken_of_is_not_the_speakers_seat():
    body = ("The World Bank has suspended loans to Peru because of payment arrears, central bank general manager "
            "Hector Neyra said on Tuesday.")
    got = [e.place.name if e.place else None for e in _events(body, "1987-06-02") if e.trigger == "said"]
    assert got and got[0] != "Washington", got


@pytest.mark.parametrize("sentence,trigger,day", [
    ("Governor Paterson announced a special election for the district on March 16.", "election", "2010-03-16"),
    ("He also announced his resignation effective next Wednesday, July 31.", "resignation", "2010-07-31"),
])
def test_the_date_of_what_is_announced_or_set_is_ahead_of_its_announcing(sentence, trigger, day):
    got = [e.date_start for e in _events(sentence, "2010-02-10") if e.trigger == trigger]
    assert got == [day], got


@pytest.mark.parametrize("sentence,typ", [
    ('Rivera also ruled out changing his mind about retirement on Saturday.', "statement"),
    ("The finance minister ruled out a devaluation on Monday.", "statement"),
])
def test_ruling_out_a_possibility_is_a_statement(sentence, typ):
    assert [e.type for e in _events(sentence, "2013-03-09") if e.trigger == "ruled"] == [typ]


@pytest.mark.parametrize("text", ["Governor Paterson announced a special election on March 16.",
                                  "Gov. Paterson announced it on Monday."])
def test_a_name_after_a_persons_title_is_no_town(text):
    from extract.places import find_places
    assert "Paterson" not in [p.name for p in find_places(text, None, 0)]
    assert "Paterson" in [p.name for p in find_places("He flew to Paterson on Monday.", None, 0)]


def test_a_few_days_ago_dates_the_days_before_the_report():
    body = "Byrd had been hospitalized a few days ago for heat exhaustion."
    got = [(e.date_start, e.date_end) for e in _events(body, "2010-06-28") if e.trigger == "hospitalized"]
    assert got == [("2010-06-21", "2010-06-27")], got


@pytest.mark.parametrize("sentence,trigger", [
    ("All told, the FDNY rescued 11 residents, including six children.", "told"),
    ("Iran said any U.S. interference in the region would meet a strong response.", "meet"),
])
def test_idioms_of_telling_and_meeting_are_no_events(sentence, trigger):
    assert trigger not in [e.trigger for e in _events(sentence, "2014-06-05")]


def test_harm_in_a_crash_report_stays_the_accidents_despite_a_hospital():
    body = ("A tour bus crashed and overturned in Delaware yesterday afternoon, killing two people. The crash occurred "
            "on Route 1. The bus overturned on the ramp; the accident closed the highway after the crash. Idil Bashi, "
            "30, of Istanbul, Turkey, was critically injured "
            "and died at a hospital.")
    assert [e.type for e in _events(body, "2014-09-22") if e.trigger == "injured"] == ["accident"]


def test_a_crane_falling_makes_its_deaths_accidental():
    body = "Crane operator Donald Leo Jr. was killed when the crane's cab fell 200 feet to the ground."
    assert [e.type for e in _events(body, "2012-04-26") if e.trigger == "killed"] == ["accident"]


@pytest.mark.parametrize("sentence", [
    "Diaz voted against the expulsion on Tuesday, as did Pedro Espada and Martin Dilan.",
    "Sanford said on Thursday he had decided to vote to override when the bill is reconsidered.",
])
def test_a_vote_on_an_expulsion_or_a_veto_is_no_election(sentence):
    assert "election" not in [e.type for e in _events(sentence, "2010-02-10") if e.trigger.startswith("vot")]


@pytest.mark.parametrize("sentence,trigger,typ", [
    # (a loan named by its noun is money, no event of its own: readers judged 10 of 13 such rows not real; what is
    # done with it is: "suspended loans")
    ("The airline initially sought a $1.7 billion bailout loan from the government in April.", "loan", None),
    ("The World Bank has suspended loans to Peru because of payment arrears, the bank said on Monday.", "suspended",
     "economy"),
    ("President Lusinchi said Venezuela would loan five mln barrels of crude to Ecuador.", "said", "statement"),
])
def test_a_loan_is_business_unless_a_state_lends(sentence, trigger, typ):
    assert [e.type for e in _events(sentence, "2020-05-18") if e.trigger == trigger] == ([typ] if typ else [])


def test_warships_and_carriers_are_military_words():
    from extract.domains import domain_of
    low = "the pentagon has moved 18 warships, including the aircraft carrier kitty hawk, into the northern arabian sea."
    assert domain_of(low) == "military"
    assert domain_of("the aircraft crashed on landing.") == "accident"


@pytest.mark.parametrize("sentence", [
    "After the provision for loan losses, Morgan's allowance totaled 953 mln dlrs at the end of March.",
    "Excluding Brazil, non-accruing loans at quarter's end were 583 mln dlrs.",
    "The sale on March 16 was because of a debtor's inability to repay an overdue loan.",
])
def test_a_loans_book_is_no_lending(sentence):
    assert not [e for e in _events(sentence, "1987-03-22") if e.trigger.startswith("loan")]


def test_a_noun_with_its_own_verb_before_the_main_verb_leaves_the_main_verb_its_happening():
    body = ("Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent "
            "President Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally.")
    got = [(e.trigger, e.date_start) for e in _events(body, "2020-12-15") if e.trigger == "gathered"]
    assert got == [("gathered", "2020-12-12")], got


def test_a_year_before_an_abbreviation_and_a_noun_is_the_nouns():
    body = "Groups claiming the 2020 U.S. presidential election was stolen marched on Saturday in Washington."
    got = [e.date_start for e in _events(body, "2020-12-15") if e.trigger == "marched"]
    assert got == ["2020-12-12"], got


@pytest.mark.parametrize("sentence,trigger,typ", [
    ("The Brooklyn Nets fired coach P.J. Carlesimo on Sunday.", "fired", "appointment"),
    ("It's deja vu in Brooklyn: the Nets fired their second coach of their inaugural season today.", "fired",
     "appointment"),
    ("Coach P.J. Carlesimo was given the ax on Sunday.", "given", "appointment"),
])
def test_a_coach_fired_is_dismissed_whatever_the_report(sentence, trigger, typ):
    assert [e.type for e in _events(sentence, "2013-05-05") if e.trigger == trigger] == [typ]


def test_fired_up_and_a_matchs_half_are_no_happenings():
    body = "Reports say Jackson is once again fired up to coach."
    assert "fired" not in [e.trigger for e in _events(body, "2013-05-05")]
    body = "Carlesimo was given the ax less than a day after the Nets lost in the first half of last night's game."
    assert all(e.date_start is None or e.date_start >= "2013-05-04" for e in _events(body, "2013-05-05"))


def test_a_length_told_closes_an_interval_that_has_only_a_start():
    body = "The company said the facility will be closed for two weeks starting today to adjust inventories."
    got = [(e.date_start, e.date_end) for e in _events(body, "1987-04-24") if e.trigger == "closed"]
    assert got == [("1987-04-24", "1987-05-07")], got


def test_words_said_to_a_gatherings_crowd_are_of_its_day_in_a_later_report():
    body = ("Several conservative groups gathered on Saturday in Washington D.C. for a rally. Thousands of supporters "
            "turned out with flags. Michael Flynn said there was a lack of transparency and urged the crowd to "
            "consider what the counters are hiding.")
    got = [(e.date_start, e.date_end, e.place.name if e.place else None) for e in _events(body, "2020-12-15")
           if e.trigger == "said"]
    assert got == [("2020-12-12", "2020-12-12", "Washington")], got


def test_the_1800s_are_a_century():
    body = "In the 1800s, the buffalo were hunted nearly to extinction for their hides."
    got = [(e.date_start, e.date_end) for e in _events(body, "2019-10-19") if e.trigger == "hunted"]
    assert got == [("1800-01-01", "1899-12-31")], got


def test_a_deictic_day_right_before_the_verb_is_the_verbs():
    body = ("Mark Stahl, 45, who was a former senior vice president of Shearson Lehman Brothers, until his suspension "
            "on April 16, today admitted in U.S. District court here embezzling almost 19 mln dlrs.")
    got = [(e.date_start, e.date_end) for e in _events(body, "1987-06-18") if e.trigger == "admitted"]
    assert got == [("1987-06-18", "1987-06-18")], got


def test_here_beside_a_countrys_name_is_the_datelines_city():
    body = ("NEW YORK, June 18 - Mark Stahl, a former senior vice president of Shearson Lehman Brothers, today "
            "admitted in U.S. District court here embezzling almost 19 mln dlrs.")
    got = [e.place.name if e.place else None for e in _events(body, "1987-06-18") if e.trigger == "admitted"]
    assert got == ["New York"], got


def test_a_fire_set_with_a_weapon_is_an_attacks():
    body = "Gulf shipping sources yesterday reported an Iranian warship had set the supertanker Pivot on fire with a missile."
    assert [e.type for e in _events(body, "1987-03-18") if e.trigger == "fire"] == ["military"]
    body = "A fire broke out in a warehouse in the port on Monday."
    assert [e.type for e in _events(body, "1987-03-18") if e.trigger == "fire"] == ["accident"]


@pytest.mark.parametrize("sentence,typ", [
    ("The government froze salaries on Friday to pull Bolivia out of a deep economic crisis.", "economy"),
    ("Washington froze the assets of three banks on Friday.", "sanction"),
])
def test_a_pay_freeze_is_no_sanction(sentence, typ):
    assert [e.type for e in _events(sentence, "1987-03-20") if e.trigger == "froze"] == [typ]


@pytest.mark.parametrize("sentence,trigger,typ", [
    ("The plane, piloted by Keith Weiner, had just taken off from Westchester County Airport on Saturday.", "taken",
     "travel"),
    ("The album landed at No. 1 on Billboard's gospel songs chart in 2006.", "landed", "other"),
])
def test_a_take_off_is_a_departure_and_a_chart_rank_no_journey(sentence, trigger, typ):
    assert typ in [e.type for e in _events(sentence, "2011-06-19") if e.trigger == trigger]


def test_remote_controlled_is_a_kind_no_happening():
    body = ("A Massachusetts resident is accused of plotting to damage the Capitol building and Pentagon in Washington D.C. "
            "remote controlled planes filled with C-4.")
    assert "controlled" not in [e.trigger for e in _events(body, "2011-09-28")]


@pytest.mark.parametrize("sentence,typ", [
    ("On Friday, the Prime Minister signed a government decree banning the niqab in public institutions.", "legal"),
    ("Yesterday, the governor signed an executive order delaying the election until June.", "legal"),
    ("President Ronald Reagan signed Conyers's bill into law in 1983.", "legal"),
    ("The two countries signed a trade agreement on Friday.", "agreement"),
])
def test_signing_a_decree_or_a_bill_into_law_is_lawmaking(sentence, typ):
    assert [e.type for e in _events(sentence, "2019-07-06") if e.trigger == "signed"] == [typ]


def test_player_of_the_year_is_no_year():
    body = ("Five-times World Player of the Year Cristiano Ronaldo rejoined Serie A champions Juventus for training on "
            "Tuesday after an absence of 72 days.")
    got = [(e.date_start, e.date_end) for e in _events(body, "2020-05-19") if e.trigger == "rejoined"]
    assert got == [("2020-05-19", "2020-05-19")], got


# ---------------------------------------------------------------------------------------------
# twelfth session: rules from the unseen batches 601-624

def test_a_judge_who_dies_dies():
    got = [e.type for e in _events("A 17th Ward election judge died from COVID-19 last week.", "2020-04-13")
           if e.trigger == "died"]
    assert got == ["death"], got


@pytest.mark.parametrize("sentence", [
    "The Vice President, Mike Pence, said on Friday the United States is in the midst of a crisis.",
    "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe.\"",
    "The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president.\"",
])
def test_a_national_office_in_apposition_speaks_at_home(sentence):
    body = ("United States President Donald Trump said on Friday he may declare a national state of emergency. "
            "The government of the United States has been partially shut down since December 22, the longest shutdown in "
            "United States history. " + sentence)
    got = [_row(e) for e in _events(body, "2019-01-07") if e.trigger == "said"]
    assert got[-1][4] == "United States", got


def test_a_citys_board_of_elections_speaks_in_its_city():
    body = ("An election judge died of COVID-19. Jim Allen, spokesman for the Chicago Board of Election Commissioners, "
            "said the board is sending letters to all voters.")
    got = [_row(e) for e in _events(body, "2020-04-13") if e.trigger == "said"]
    assert got and got[0][4] == "Chicago", got


def test_a_company_based_in_a_town_speaks_there():
    body = ("(Reuters) - Kohl’s Corp reported a bigger-than-expected loss on Tuesday. "
            "Menomonee Falls, Wisconsin-based Kohl’s was forced to close all its stores. "
            "The company said it ended the quarter with $2 billion in cash. Kohl’s said net sales fell.")
    got = [_row(e)[4] for e in _events(body, "2020-05-19") if e.type == "statement"]
    assert got == ["Menomonee Falls"] * 3, got
    # (a country-based company speaks anywhere in it: no seat)
    body = "UK-based retailer Tesco opened a store. The company said sales rose."
    assert [_row(e)[4] for e in _events(body, "2020-05-19") if e.trigger == "said"] != ["United Kingdom"]


@pytest.mark.parametrize("body,trigger,day", [
    ("On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection Act. "
     "This bill passed the Senate of the state on Tuesday. The bill has sparked protests. "
     "The governor tweeted her reasoning saying, \"Today, I signed into law the Alabama Human Life Protection Act.\"",
     "tweeted", "2019-05-15"),
    ("On Wednesday, the Court of Session in Scotland issued an opinion on the suspension of Parliament. "
     "First Minister Nicola Sturgeon said via Twitter, \"Today's Court of Session judgment is of huge significance.\"",
     "said", "2019-09-11"),
])
def test_words_that_say_today_are_of_the_leads_day(body, trigger, day):
    got = [(e.date_start, e.date_end) for e in _events(body, "2019-05-18" if "Alabama" in body else "2019-09-13")
           if e.trigger == trigger]
    assert got == [(day, day)], got


@pytest.mark.parametrize("body,trigger,start", [
    ("On Thursday, Cengiz addressed reporters in New York. The previous day, television broadcaster PBS revealed that "
     "in December, Crown Prince Mohammad bin Salman accepted responsibility for the murder.", "revealed", "2019-09-25"),
    ("Officials met on Friday. On Monday, the ministry said that in December, the army withdrew from the town.",
     "said", "2019-09-23"),
])
def test_a_date_after_that_is_what_is_said_not_the_saying(body, trigger, start):
    got = [e.date_start for e in _events(body, "2019-09-29") if e.trigger == trigger]
    assert got == [start], got


def test_a_day_scheduled_ahead_stays_ahead_in_past_narration():
    body = "IG Metall rejected the offer, and further talks for northern Germany were later scheduled for March 23."
    got = [(e.date_start, e.place.name if e.place else None) for e in _events(body, "1987-03-11")]
    assert ("1987-03-23", None) in got and all(p != "Ig" for _, p in got), got


@pytest.mark.parametrize("body,day", [
    ("This weekend is a wake for Figoski and Monday will be his funeral.", "2011-12-19"),
    ("His funeral will be held on Tuesday.", "2011-12-20"),
])
def test_a_day_joined_to_an_event_noun_by_a_copula_is_its_day(body, day):
    got = [(e.date_start, e.date_end) for e in _events(body, "2011-12-17") if e.trigger == "funeral"]
    assert got == [(day, day)], got


@pytest.mark.parametrize("body,trigger,year", [
    ("Officials met on Friday. Wilson was sentenced to death in 2007.", "sentenced", "2007"),
    ("Officials met on Friday. Wilson was found guilty of the murders in 2006 and sentenced to death in 2007.",
     "found guilty", "2006"),
])
def test_a_penalty_and_a_verdicts_crime_leave_the_date_to_the_verdict(body, trigger, year):
    got = [e.date_start[:4] for e in _events(body, "2013-07-25") if e.trigger == trigger]
    assert got == [year], got


# ---------------------------------------------------------------------------------------------
# twelfth session: rules from the unseen batches 625-648

def test_a_persons_surname_after_at_is_the_person_not_a_small_town():
    body = ("Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech. "
            "Lawmakers from the pro-democracy camp shouted at Lam and projected slogans onto the walls.")
    assert all(e.place is None or e.place.name != "Lam" for e in _events(body, "2019-10-16"))


@pytest.mark.parametrize("body,election", [
    ("Lawmakers shouted at the speaker and projected slogans onto the walls of the chamber.", False),
    ("Projected declining enrollment is a major concern, as well.", False),
    ("CNN projected Joe Biden the winner of Arizona on Wednesday.", True),
    ("Joe Biden was projected by multiple media outlets to have surpassed 270 electoral votes.", True),
])
def test_projected_is_a_race_called_only_with_a_winner(body, election):
    assert any(e.type == "election" for e in _events(body, "2020-11-04")) == election


@pytest.mark.parametrize("body,place", [
    ("Attorneys have filed a federal lawsuit in the Northern District of Illinois on behalf of a man.", "Illinois"),
    ("The 1.4 mln dlr suit was filed in the Southern District of New York on Monday.", "New York"),
])
def test_a_federal_judicial_district_is_its_state(body, place):
    got = [e.place.name for e in _events(body, "2020-05-12") if e.place is not None]
    assert got and got[0] == place, got


def test_a_where_clause_on_the_opening_place_keeps_its_places_and_sayings():
    body = ("In Italy, where more than 10,000 cases of the virus have been confirmed — the highest number of cases "
            "outside China — a similar order was imposed on the more than 4,000 U.S. Army troops stationed there.")
    got = [e.place.name for e in _events(body, "2020-03-09") if e.trigger == "imposed" and e.place]
    assert got == ["Italy"], got


def test_a_place_naming_the_event_noun_a_verb_takes_is_its_place():
    body = ("On Tuesday, United States Senator Bernie Sanders and President Donald Trump won the Democratic and "
            "Republican New Hampshire primaries respectively.")
    got = [e.place.name for e in _events(body, "2020-02-14") if e.trigger == "won" and e.place]
    assert got == ["New Hampshire"], got


def test_a_make_before_its_model_is_no_town():
    from extract.places import find_places
    text = "It bumped the rear of vehicle #2, a Toyota Camry, before it crossed. The Dodge had bumped the back of the Toyota."
    assert [p.name for p in find_places(text)] == []


def test_a_boroughs_story_happens_there_and_its_police_speak_there():
    body = ("A 10-year-old girl and two men were killed when an out-of-control car crashed into a group of trick-or-"
            "treaters on a Bronx sidewalk yesterday afternoon. A neighbor said, \"We heard the screeching.\" "
            "Police say that Unger had been travelling westbound.")
    title = "Halloween Tragedy: 3 Killed When Driver Crashes Into Trick Or Treaters In The Bronx"
    got = {e.trigger: e.place.name if e.place else None for e in _events(body, "2015-11-01", title=title)}
    assert got.get("killed") == "Bronx" and got.get("say") == "Bronx" and got.get("said") == "Bronx", got


@pytest.mark.parametrize("body,place", [
    ("Simon, who resigned last month as Bronx Borough President, was accused of extortion.", "Bronx"),
    ("Greg Abbott was sworn in as Texas governor on Tuesday.", "Texas"),
])
def test_an_office_named_with_its_place_after_as_is_filled_there(body, place):
    got = [e.place.name for e in _events(body, "1987-04-01") if e.type == "appointment" and e.place]
    assert got == [place], got


@pytest.mark.parametrize("body,trigger,not_year", [
    ("Johnson was impeached over perceived violations of the Tenure of Office Act of 1867.", "impeached", "1867"),
    ("Left-wing leaders were elected by the copper workers union for the first time since the government of "
     "Salvador Allende was overthrown in a 1973 coup.", "elected", "1973"),
])
def test_a_laws_year_and_the_bound_of_a_first_time_since_date_no_event(body, trigger, not_year):
    got = [e.date_start for e in _events(body, "1987-03-18") if e.trigger == trigger]
    assert got and not got[0].startswith(not_year), got


@pytest.mark.parametrize("body,trigger,typ", [
    ("The island nation's cabinet unanimously voted to lift it on Saturday afternoon.", "voted", "other"),
    ("Two of the senators who voted against the cloture changed their minds later.", "voted", "other"),
    ("On December 5 and 6, the government of Samoa executed a planned shutdown of public services for a "
     "nationwide door-to-door measles immunization drive.", "executed", "health"),
    ("The rebels executed two soldiers on Monday.", "executed", "violence"),
    ("Joe Garagiola, Jr., Senior Vice President of Major League Baseball, made the announcement.", "made", "statement"),
])
def test_votes_of_a_cabinet_things_carried_out_and_announcements_made(body, trigger, typ):
    assert [e.type for e in _events(body, "2019-12-31") if e.trigger == trigger] == [typ]


def test_words_written_on_a_facebook_page_are_a_statement():
    body = "On Tuesday, McGillvary had written on his Facebook page, \"what would you do if you woke up in a strangers house\"."
    assert [e.type for e in _events(body, "2013-05-17")] == ["statement"]


def test_an_announcement_made_during_a_news_conference_at_a_venue_is_made_there():
    body = ("Mariano Rivera made the announcement beside his wife Clara and two sons during a news conference at "
            "George M. Steinbrenner Field in Tampa on Saturday.")
    got = [(e.type, e.place.name if e.place else None) for e in _events(body, "2013-03-09") if e.trigger == "made"]
    assert got and got[0][0] == "statement" and got[0][1] in ("George M. Steinbrenner Field", "Tampa"), got


@pytest.mark.parametrize("body,trigger", [
    ("The Secret Service said the fraudsters' primary target was Washington State.", "primary"),
    ("Unless appealed, Dempster's suspension is scheduled to begin tonight.", "appealed"),
    ("A strike has been averted for 6,000 nursing home workers.", "strike"),
    ("However, Booker didn't win in a landslide.", "landslide"),
    ("That year's H1N1 was commonly called swine flu.", "called"),
    ("A 60-year-old American infected with coronavirus died at a hospital in Wuhan on Thursday.", "infected"),
    ("When threatened, the dusky Arion slug secretes an unusual glue.", "threatened"),
    ("All 18,000 soldiers stationed on bases in South Korea received orders Sunday.", "stationed"),
    ("Trump might have encouraged newly elected Ukrainian president Volodymyr Zelensky to investigate.", "elected"),
])
def test_no_event_in_an_adjective_a_supposition_an_averted_or_a_described_happening(body, trigger):
    assert trigger not in [e.trigger for e in _events(body, "2020-05-17")]


@pytest.mark.parametrize("body,trigger", [
    ("Throughout the Republican primary battle last fall, McCain faced relentless questions.", "primary"),
    ("Later in the day, the AP and NBC News also called Nevada for Biden.", "called"),
    ("Joe Biden won the state's primary election on Tuesday.", "won"),
])
def test_races_and_calls_stay_events(body, trigger):
    assert trigger in [e.trigger for e in _events(body, "2020-11-08")]


def test_a_date_in_any_sayings_that_clause_is_what_is_said():
    body = ("The New York Times reported that, in a phone call in late July, Trump might have encouraged Ukrainian "
            "president Volodymyr Zelensky to investigate.")
    got = {e.trigger: e.date_start for e in _events(body, "2019-09-25")}
    assert got.get("phone call") == "2019-07-22" and got.get("reported") != "2019-07-22", got


def test_what_is_done_takes_no_place_from_what_is_still_to_come():
    body = ("Two days after hitting Alex Rodriguez with a pitch, Red Sox pitcher Ryan Dempster was suspended for five "
            "games. Unless appealed, Dempster's suspension is scheduled to begin tonight, when the Red Sox are to "
            "continue their road series at San Francisco.")
    got = [e.place for e in _events(body, "2013-08-20") if e.trigger == "suspended"]
    assert got == [None], got


@pytest.mark.parametrize("body,day", [
    ("This bill passed the Senate of the state on Tuesday.", "2019-05-14"),
    ("The Senate passed the bill on Monday.", "2019-05-13"),
])
def test_a_bill_passing_a_chamber_is_lawmaking(body, day):
    got = [(e.type, e.date_start) for e in _events(body, "2019-05-18") if e.trigger == "passed"]
    assert got == [("legal", day)], got


def test_an_ed_adjective_after_a_number_is_no_verb_of_what_is_said():
    body = "Officials met on Friday. The CDC reported 12 confirmed coronavirus cases in the U.S. on Friday."
    got = [(e.date_start, e.date_end) for e in _events(body, "2020-02-08") if e.trigger == "reported"]
    assert got == [("2020-02-07", "2020-02-07")], got


def test_words_said_in_a_story_of_one_place_are_said_there():
    body = ("A 17th Ward election judge in Chicago died from COVID-19 on April 1, Chicago officials said. "
            "Burke worked at a Chicago polling place on March 17. Chicago officials are sending letters. "
            "Alderman David Moore said Burke's family had asked him to not discuss his death.")
    got = [e.place.name if e.place else None for e in _events(body, "2020-04-13") if e.trigger == "said"]
    assert got and got[-1] == "Chicago", got
    # (not what a news outlet reports, nor a speaker of another place)
    body2 = body + " NBC News reported the death on Monday. A Toronto lawyer said the city had erred."
    got = {e.trigger: (e.place.name if e.place else None) for e in _events(body2, "2020-04-13")}
    assert got.get("reported") != "Chicago", got


def test_a_clock_time_with_its_zone_is_of_the_day_told_before():
    body = ("Yesterday, Bill de Blasio, the mayor of New York, New York, ended his campaign for president of the United "
            "States. De Blasio made the announcement live on television just after 7:30 a.m. EDT (1130 UTC).")
    got = {e.trigger: (e.type, e.date_start) for e in _events(body, "2019-09-21")}
    assert got.get("ended his campaign") == ("election", "2019-09-20"), got
    assert got.get("made") == ("statement", "2019-09-20"), got


def test_an_institution_in_a_town_and_a_sound_are_no_places_of_their_own():
    from extract.places import find_places
    assert [p.name for p in find_places("They found the car in the Long Island Sound with a man.")] == []
    body = ("Concluding 12 days of deliberations on Oct. 8, 2009, a jury in State Supreme Court in Manhattan convicted "
            "Mr. Marshall on 14 of 16 counts.")
    got = [e.place.name for e in _events(body, "2014-12-01") if e.trigger == "convicted" and e.place]
    assert got and got[0] != "State Supreme Court", got


def test_a_peoples_name_before_a_companys_head_is_the_company():
    from extract.places import find_places
    text = ("Norwegian Cruise Line Holdings Ltd said on Wednesday it would extend the suspension. A spokeswoman for "
            "Norwegian told reporters.")
    assert [p.text for p in find_places(text)] == []
    assert [p.text for p in find_places("Norwegian police said on Monday.")] == ["Norwegian"]


def test_a_place_after_a_possessive_is_a_place():
    body = "On Saturday, former Vice President Joe Biden won the Democratic Party's South Carolina primary election."
    got = [e.place.name for e in _events(body, "2020-03-02") if e.trigger == "won" and e.place]
    assert got == ["South Carolina"], got


def test_a_speaker_the_story_introduced_as_an_outside_voice_takes_no_setting():
    body = ("Doctors in the United States reported cases of an inflammatory disease in children. United States "
            "hospitals treated 100 children. The United States counts more. Maria Van Kerkhove, head of WHO's emerging "
            "diseases unit, said during a news conference at the agency's headquarters in Geneva that it was rare. "
            "\"We need more information,\" Kerkhove said.")
    got = [e.place.name if e.place else None for e in _events(body, "2020-05-15") if e.trigger == "said"]
    assert got and got[-1] != "United States", got


@pytest.mark.parametrize("body,trigger,typ", [
    ("In New York, local health officials are investigating 110 cases of the disease they are calling pediatric "
     "multisystem inflammatory syndrome.", "investigating", "health"),
    ("The Japanese government has been investigating the case since March.", "investigating", "legal"),
    ("On Tuesday, United States President Donald Trump issued a series of seven pardons and four commutations.",
     "issued", "legal"),
])
def test_an_outbreak_investigated_and_clemency_granted(body, trigger, typ):
    assert [e.type for e in _events(body, "2020-05-15") if e.trigger == trigger] == [typ]


def test_a_person_who_spoke_for_a_body_speaks_from_where_it_did():
    body = ("GENEVA is where the World Health Organization sits. The World Health Organization said on Friday it was "
            "alarmed. World health officials are hearing about cases of the disease, Dr. Maria Van Kerkhove, head of the "
            "World Health Organization's emerging diseases unit, said. \"We need more information,\" Kerkhove said.")
    got = [(e.trigger_start, e.place.name if e.place else None) for e in _events(body, "2020-05-15")
           if e.type == "statement"]
    assert got and got[-1][1] == "Geneva", got


def test_a_speakers_introduction_is_found_by_the_whole_surname():
    from extract.storyplace import _introduced_as_outside

    class _S:
        text = "Lamborghini sales fell, a newspaper said. Carrie Lam said the city would recover."
        sents = [(0, 41), (42, 82)]
        introduced_as: dict = {}
        main_country = None
    # ("Lam" is no part of "Lamborghini", whose sentence names a paper)
    assert not _introduced_as_outside(_S(), "Carrie Lam")


def _rows_of(body, published, trigger):
    """The rows of the events of ``body`` whose trigger is ``trigger``."""
    return [_row(e) for e in _events(body, published=published) if e.trigger == trigger]


# ---------------------------------------------------------------------------------------------
# the setting of a local story that never names its country and has no dateline: its lead's town

_LOCAL = ("Officials are still trying to determine what caused a Brooklyn-bound F train to derail in Woodside, Queens "
          "earlier today. Deputy Chief James Leonard announced there were 19 injuries.\n\n"
          "Passenger Mark Udit, 31, told us he was in the front car when the lights suddenly went off.")


def test_a_local_storys_setting_is_its_leads_town_after_a_locative():
    got = _rows_of(_LOCAL, "2014-05-02", "told")
    assert got == [("statement", "told", "2014-05-02", "2014-05-02", "Woodside")], got


@pytest.mark.parametrize("body,not_there,there", [
    # a town in a team's name is not where the story is
    ("The Yankees ended up losing to the Detroit Tigers 6-4 in the first game of the ALCS last night in the Bronx.\n\n"
     "\"It is kind of a flashback,\" manager Joe Girardi said after the game.", "Detroit", "Bronx"),
    # nor the home of who someone is
    ("The Jets drafted West Virginia quarterback Geno Smith in the second round in Manhattan yesterday.\n\n"
     "\"We are thrilled,\" general manager John Idzik said.", "West Virginia", "Manhattan"),
])
def test_a_town_that_qualifies_a_name_is_no_setting(body, not_there, there):
    got = _rows_of(body, "2013-04-27", "said")
    assert got and got[0][4] == there, got


@pytest.mark.parametrize("second,there", [
    ("The fire broke out at the family's home in Stamford on Christmas morning.", "Stamford"),
    # a headline's town the text names only in a paper's name: no setting from the lead's memorial in Manhattan
    ("Dominic Carrella tells the Stamford Advocate the turnout will be large.", None),
])
def test_a_headline_town_the_text_names_is_the_setting(second, there):
    body = ("A memorial service for the three girls killed in a Christmas Day fire will be held in Manhattan.\n\n"
            + second + "\n\nOne neighbor said the house burned for hours.")
    got = [_row(e) for e in _events(body, published="2011-12-28", title="Cops join investigation into fatal Stamford house fire")
           if e.trigger == "said"]
    assert got and got[0][4] == there, got


def test_a_speakers_place_that_day_comes_before_the_storys_setting():
    body = ("Mariano Rivera formally announced today in Tampa that he will retire, at George M. Steinbrenner Field in "
            "Tampa.\n\n"
            "\"I didn't want to leave like that,\" Rivera said at George M. Steinbrenner Field.\n\n"
            "\"I don't feel I'm the greatest of all time,\" Rivera said about his legacy.")
    got = _rows_of(body, "2013-03-09", "said")
    assert [g[4] for g in got] == ["George M. Steinbrenner Field"] * 2, got


# ---------------------------------------------------------------------------------------------
# a news outlet the words were said to is not who said them

_BRONX = ("Three people were killed when a car jumped the curb in the Bronx on Saturday night.\n\n"
          "The driver was taken to Lincoln Hospital.\n\n")


@pytest.mark.parametrize("sentence,there", [
    ('Kristina DeJesus told the Post, "The car flew over the curb."', "Bronx"),
    ('"The injuries were quite horrific," Deputy Chief Howard Sickles told the Wall Street Journal.', "Bronx"),
    ('A man on the sidewalk said to NBC New York, "We heard a bang."', "Bronx"),
    # the outlet's own report, or words according to it, are the outlet's
    ('The Post reported that the driver had been drinking.', None),
    ('According to the Daily News, the driver said he had been drinking.', None),
])
def test_words_told_to_an_outlet_are_the_speakers(sentence, there):
    got = [_row(e) for e in _events(_BRONX + sentence, published="2015-11-01")
           if e.type == "statement" and e.trigger in ("told", "said", "reported")]
    assert got and got[-1][4] == there, got


def test_a_foreign_ministry_spokesman_takes_no_story_setting():
    body = ("The World Health Organization opened its assembly in Geneva on Monday.\n\n"
            "Delegates met in Geneva to discuss the pandemic.\n\n"
            "Chinese foreign ministry spokesman Zhao Lijian told reporters the decision was a violation.")
    got = _rows_of(body, "2020-05-19", "told")
    assert got and got[0][4] is None, got


# ---------------------------------------------------------------------------------------------
# a person the story introduced with a national office, named again, speaks at home

_UK = ("Prime Minister Boris Johnson outlined plans on Sunday for a phased reopening of the United Kingdom's economy, "
       "as deaths in Britain fell.\n\nSchools in England could reopen in June, and the United Kingdom will set up "
       "an alert system.\n\n")


def test_a_person_introduced_with_a_national_office_speaks_at_home():
    got = [_row(e) for e in _events(_UK + '"The lower the level, the fewer the measures," Johnson said.',
                                    published="2020-05-11") if e.trigger == "said"]
    assert got and got[0][4] == "United Kingdom", got


def test_a_person_introduced_with_an_office_left_does_not():
    body = _UK.replace("Prime Minister Boris Johnson", "Former Prime Minister Boris Johnson")
    got = [_row(e) for e in _events(body + '"The lower the level, the fewer the measures," Johnson said.',
                                    published="2020-05-11") if e.trigger == "said"]
    assert got and got[0][4] != "United Kingdom", got


# ---------------------------------------------------------------------------------------------
# what is said with a date of its own does not take the saying's

@pytest.mark.parametrize("sentence", [
    "The U.S. Embassy in China confirmed on Saturday that a 60-year-old American died at a hospital in Wuhan on Thursday.",
    "Officials told reporters on Saturday that an American died on Thursday.",
])
def test_what_is_said_keeps_its_own_date(sentence):
    got = _rows_of(sentence, "2020-02-08", "died")
    assert got and got[0][2] == "2020-02-06", got


def test_a_second_thing_said_with_its_date_does_not_date_the_first():
    body = ("The corrections department announced Sunday that an inmate had tested positive for the virus and on "
            "Wednesday that two more inmates had tested positive.")
    got = _rows_of(body, "2020-04-09", "tested positive")
    assert got and got[0][2] != "2020-04-08", got


# ---------------------------------------------------------------------------------------------
# a study's, an expert's or a national body's words are of the story's country, when the story is a country's

_US = ("Retail spending in the U.S. fell a record 8.7% in March, the Commerce Department said on Wednesday.\n\n"
       "Stores across the United States remain shut, and Americans are spending less.\n\n")


@pytest.mark.parametrize("sentence", [
    '"Expect worse," Jack Kleinhenz, chief economist at the National Retail Federation, said in a statement.',
    "Spending will fall again in April, economists said.",
])
def test_an_experts_words_in_a_countrys_story_are_said_there(sentence):
    got = _rows_of(_US + sentence, "2020-04-15", "said")
    assert got and got[-1][4] == "United States", got


def test_an_experts_words_in_a_towns_story_are_not_said_in_the_town():
    body = ("A fire destroyed a warehouse in Yonkers on Tuesday.\n\nFirefighters from Yonkers fought the fire for "
            "hours.\n\nSuch fires are becoming more common, experts said.")
    got = _rows_of(body, "2020-04-15", "said")
    assert got and got[-1][4] != "Yonkers", got


# ---------------------------------------------------------------------------------------------
# an agreement executed is signed; research published is science

@pytest.mark.parametrize("body,typ", [
    ("Allied's board approved the merger on Oct 3 and the merger agreement was executed on Oct 7, the complaint said.",
     "agreement"),
    ("The search warrant was executed on Oct 7 at his home, police said.", None),
])
def test_a_document_executed_is_no_killing(body, typ):
    got = _rows_of(body, "1986-10-10", "executed")
    assert got and got[0][0] != "violence" and (typ is None or got[0][0] == typ), got


_OUTBREAK = ("The coronavirus outbreak has filled hospitals with patients. The virus infections rose, the pandemic "
             "spread, and doctors treated patients with the disease in intensive care.\n\n")


@pytest.mark.parametrize("body", [
    "Another study published this week took a similar approach, pinpointing 10 biomarkers that can help doctors "
    "assess individual patients' risk levels.",
    "The researchers published their findings on the patients' infections in a medical journal on Tuesday.",
    "The research, posted online on Monday, found that deaths of hospital patients with the virus fell.",
])
def test_research_made_public_is_science(body):
    got = [_row(e) for e in _events(_OUTBREAK + body, published="2020-05-16") if e.trigger in ("published", "posted")]
    assert got and got[0][0] == "science", got


def test_a_towns_side_is_no_region_of_another_country():
    from extract.places import find_places
    got = [(p.text, p.country) for p in find_places("He was arrested at the Mark Hotel on the Upper East Side on Monday.")]
    assert not any(c == "GH" for _, c in got), got


def test_to_fly_in_the_face_of_is_no_journey():
    body = "The recommendation would seem to fly in the face of comments made by President Trump on Monday."
    assert not [_row(e) for e in _events(body, published="2020-04-22") if e.trigger == "fly"]


@pytest.mark.parametrize("body", [
    "Sirhan's initial death sentence was commuted to life in prison in 1972.",
    "The senator received death threats in 2019.",
    "He has been on death row since 1994.",
])
def test_a_thing_named_by_death_is_no_death(body):
    assert not [_row(e) for e in _events(body, published="2020-01-01") if e.type == "death"]


def test_a_participles_aside_keeps_its_date():
    body = "From The Mixed-Up Files, written in 1967, won the award in 1968 while Jennifer was the runner-up."
    got = _rows_of(body, "2013-04-23", "won")
    assert got and got[0][2] == "1968-01-01", got
    body = "From The Mixed-Up Files, written in 1967, won the award while Jennifer was the runner-up."
    got = _rows_of(body, "2013-04-23", "won")
    assert not got or got[0][2] != "1967-01-01", got


@pytest.mark.parametrize("body", [
    "A detailed set of orders was made public on Tuesday.",
    "Another set of rules was adopted on Tuesday.",
])
def test_a_set_of_things_is_no_setting(body):
    assert not [_row(e) for e in _events(body, published="1987-03-31") if e.trigger == "set"]


def test_a_death_in_a_skydiving_jump_is_an_accident():
    body = "A 25-year-old man was killed and his skydiving instructor was injured during a tandem jump yesterday."
    got = [_row(e) for e in _events(body, published="2014-07-31") if e.trigger in ("killed", "injured")]
    assert got and all(g[0] == "accident" for g in got), got


def test_caucuses_won_are_held_in_the_state_that_names_them():
    body = "Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic Party's Nevada caucuses."
    got = _rows_of(body, "2020-02-23", "won")
    assert got and got[0][4] == "Nevada", got


def test_a_ship_departing_travels():
    body = "The U.S. Navy hospital ship USNS Comfort is scheduled to depart New York City on Thursday."
    got = _rows_of(body, "2020-04-30", "depart")
    assert got and got[0][0] == "travel" and got[0][4] == "New York City", got


def test_an_articles_update_line_is_no_event():
    body = "Updated on April 23 at 8:20 a.m. ET\n\nA federal scientist says he was removed from his post."
    assert not [_row(e) for e in _events(body, published="2020-04-23") if e.trigger == "Updated"]


@pytest.mark.parametrize("body,there", [
    ("The Sun-Times reported in June 2018 that Heartland Alliance was sheltering children.", "Chicago"),
    ("The New York Times reported on Sunday that the plan was dropped.", "New York City"),
    # (an outlet the words were said to, or according to which, is not who said them)
    ("A witness told the New York Times on Sunday that the plan was dropped.", None),
])
def test_a_newspaper_reports_from_its_city(body, there):
    got = [_row(e) for e in _events(body, published="2020-04-14") if e.type == "statement"]
    assert got and got[0][4] == there, got


def test_a_hall_of_fame_election_is_no_vote_of_the_people():
    body = "Maddux, an eight-time All-Star, was elected to the Baseball Hall of Fame in 2014."
    got = _rows_of(body, "2020-04-14", "elected")
    assert got and got[0][0] == "sport", got


def test_a_studys_words_are_of_the_day_the_story_gave_the_study():
    body = ("A study published on Thursday in Nature found three markers.\n\nThe markers predict deaths, the authors "
            "wrote.\n\nAnother study, published in JAMA on Tuesday, found ten markers.\n\n"
            "\"They can be easily collected,\" the researchers wrote in the study.")
    got = _rows_of(body, "2020-05-16", "wrote")
    assert [(g[2], g[3]) for g in got] == [("2020-05-14", "2020-05-14"), ("2020-05-12", "2020-05-12")], got


def test_a_speaker_of_an_institution_named_with_its_state_speaks_from_there():
    body = ("A panel of experts recommends against a drug combination.\n\n"
            "\"It's all based on the data,\" said panel member Dr. Susan Swindells, a professor of medicine at the "
            "University of Nebraska College of Medicine.\n\n"
            "Swindells said there could be an update in the coming week.")
    got = _rows_of(body, "2020-04-22", "said")
    assert got and got[-1][4] == "Nebraska", got


@pytest.mark.parametrize("body", [
    'President Donald Trump offered his "deepest condolences" and prayers to the victims on Tuesday.',
    'The prime minister offered "condolences to the families of those who lost their lives" on Tuesday.',
])
def test_condolences_offered_are_words(body):
    got = _rows_of(body, "2019-02-13", "offered")
    assert got and got[0][0] == "statement", got


@pytest.mark.parametrize("body,typ", [
    ("Iraq said it repulsed an Iranian cross-border offensive launched on January 9.", "military"),
    ("The AG launched his investigation into Uber in November 2014.", "legal"),
    ("The tender was launched in 1985 after a draft agreement.", "economy"),
])
def test_what_is_launched_gives_the_kind(body, typ):
    got = _rows_of(body, "2015-01-20", "launched")
    assert got and got[0][0] == typ, got


@pytest.mark.parametrize("body,typ", [
    ("Prime Minister Branko Mikulic imposed the wage freeze last month in an effort to curb inflation.", None),
    ("The United States imposed sanctions on Iran last month.", "sanction"),
])
def test_a_measure_imposed_is_a_sanction_only_on_another(body, typ):
    got = _rows_of(body, "1987-03-03", "imposed")
    assert got and (got[0][0] == typ if typ else got[0][0] != "sanction"), got


@pytest.mark.parametrize("body", [
    "On Wednesday, Governor Kay Ivey signed the Alabama Human Life Protection Act, officially banning abortion.",
    "Per the decree signed by Pope Francis on Thursday, priests are expected to notify church authorities.",
])
def test_an_act_or_a_decree_signed_is_lawmaking(body):
    got = _rows_of(body, "2019-05-16", "signed")
    assert got and got[0][0] == "legal", got


@pytest.mark.parametrize("body,typ", [
    ('Trump, responding via Twitter, attacked the impeachment investigation as "Witch Hunt garbage" on Tuesday.',
     "statement"),
    ("The Russian Foreign Ministry attacked the newspapers on Thursday, accusing them of spreading lies.", "statement"),
    ("Gunmen attacked a bus on Monday, killing two passengers.", "violence"),
])
def test_an_attack_in_words_is_a_statement(body, typ):
    got = _rows_of(body, "2019-09-25", "attacked")
    assert got and got[0][0] == typ, got


def test_what_came_to_light_made_no_journey():
    body = "The first positive cases of the virus came to light Friday at the shelter in Bronzeville."
    got = _rows_of(body, "2020-04-14", "came to")
    assert got and got[0][0] != "travel", got


@pytest.mark.parametrize("body,typ", [
    ("Over 100 Republican national security experts signed an open letter urging officials on Monday.", "statement"),
    ("Afterward, Romney signed T-shirts and posed for pictures on Monday.", "other"),
    ("SAS signed a letter of intent for the MD-11s last December.", "agreement"),
])
def test_what_is_signed_that_is_no_deal(body, typ):
    got = _rows_of(body, "2016-08-09", "signed")
    assert got and got[0][0] == typ, got


@pytest.mark.parametrize("body", [
    "Park Won-soon's body was found at Mount Bukak on Friday.",
    "The engineer was found dead at the scene on Thursday.",
    "NJ police found the body of Joseph Galfy on Monday.",
])
def test_a_death_told_by_its_finding(body):
    got = _rows_of(body, "2020-07-10", "found")
    assert got and got[0][0] == "death", got


def test_a_thing_found_is_no_death():
    got = _rows_of("Police found drugs in the car on Monday.", "2020-07-10", "found")
    assert got and got[0][0] != "death", got


def test_a_response_of_the_police_is_a_happening():
    body = ("Early Saturday morning, police in Clairton, Pennsylvania, responded to multiple reports of a shooting at a "
            "graduation party.")
    got = _rows_of(body, "2019-07-23", "responded")
    assert got and got[0][2] == "2019-07-20" and got[0][4] == "Clairton", got


# ---------------------------------------------------------------------------------------------
# the review of the session's rules: what they must not catch

@pytest.mark.parametrize("body,trigger,typ", [
    ("Thousands marched in the face of a police ban in Minsk on Sunday.", "marched", "protest"),
    ("Militants attacked an army post in Kunduz on Sunday, the ministry said in a statement.", "attacked", "military"),
    ("Rebels attacked the town of Beni on Monday, saying it harboured spies.", "attacked", "violence"),
    ('The company offered a "generous" severance package to workers in Detroit on Monday.', "offered", "economy"),
    ("The regulatory body found on Monday that the bank had breached rules in London.", "found", "economy"),
    ("Unions launched a series of general strikes across France on Monday.", "launched", "protest"),
    ("The actor signed a contract to act as the face of the brand on Monday.", "signed", "agreement"),
    ("According to an analysis by Reuters, the government released 500 prisoners in Yangon on Friday.", "released",
     "other"),
    ("The two leaders signed a joint declaration on economic cooperation in Beijing on Monday.", "signed", "agreement"),
])
def test_the_sessions_rules_keep_to_their_words(body, trigger, typ):
    got = _rows_of(body, "2020-01-08", trigger)
    assert got and got[0][0] == typ, got


def test_a_response_that_is_a_reply_is_no_happening_of_its_own():
    assert not _rows_of("Trump responded to the criticism in Washington on Monday.", "2020-01-08", "responded")


def test_a_participles_aside_is_no_adverb():
    got = _rows_of("The company, even in 2019, reported a loss in London.", "2020-01-08", "reported a loss")
    assert got and got[0][2] == "2019-01-01", got


def test_a_unions_president_introduced_before_does_not_speak_for_the_country():
    body = ("Writers in Los Angeles and New York went on strike across the United States in November.\n\n"
            "WGAE President Michael Winship said the talks had failed.\n\n"
            "Winship added that talks with the studios had failed.")
    got = _rows_of(body, "2008-01-20", "added")
    assert got and got[0][4] != "United States", got


# ---------------------------------------------------------------------------------------------
# a story of one country that names only it (or its people, or its states) and no town: set in that country

def test_a_story_that_names_only_its_country_is_set_there():
    body = ("The Food and Drug Administration is investigating the accuracy of a rapid test, Commissioner Stephen Hahn "
            "said Friday.\n\n"
            "The test is widely used in the United States.\n\n"
            "\"We have not taken our foot off the pedal,\" Hahn said.")
    got = _rows_of(body, "2020-05-15", "said")
    assert got and all(r[4] == "United States" for r in got), got


@pytest.mark.parametrize("body", [
    # a town named too: the lead town's story, not the country's
    "The Food and Drug Administration is investigating a test in Seattle, Hahn said Friday.\n\n"
    "The test is widely used in the United States.\n\nHahn said the agency had acted.",
    # two countries named: no one setting
    "The Food and Drug Administration is investigating a test made in Germany, Hahn said Friday.\n\n"
    "The test is widely used in the United States.\n\nHahn said the agency had acted.",
])
def test_a_story_naming_a_town_or_another_country_is_not_set_in_the_one_country(body):
    got = _rows_of(body, "2020-05-15", "said")
    assert got and got[-1][4] != "United States", got


# ---------------------------------------------------------------------------------------------
# a case of a town's prosecutor, in a story that does not place its court: its steps in court where the town's courts sit

_DA_CASE = ("A construction company has been found guilty of manslaughter over the death of a worker, Manhattan D.A. "
            "Cyrus Vance announced on Friday.\n\n"
            "The worker died when a wall collapsed on him in 2015.\n\n"
            "Two managers were also indicted in the case. Sentencing is scheduled for July 13th.")


@pytest.mark.parametrize("trigger", ["found guilty", "indicted", "Sentencing"])
def test_a_town_prosecutors_case_is_tried_in_the_town(trigger):
    got = _rows_of(_DA_CASE, "2016-06-10", trigger)
    assert got and got[0][4] == "Manhattan", got


@pytest.mark.parametrize("body", [
    # a federal case, not the prosecutor's
    _DA_CASE.replace("Two managers were also indicted in the case.",
                     "Two managers were also indicted on federal charges."),
    # two towns' prosecutors: no one court
    _DA_CASE.replace("Two managers were also indicted in the case.",
                     "Two managers were also indicted in the case, the Brooklyn District Attorney said."),
])
def test_a_federal_case_or_two_prosecutors_give_no_court(body):
    got = _rows_of(body, "2016-06-10", "indicted")
    assert got and got[0][4] != "Manhattan", got


# ---------------------------------------------------------------------------------------------
# words that speak of "this afternoon" or "this evening" of the news were said on the lead's day

@pytest.mark.parametrize("quote", ['"We are aware of the incident that occurred this afternoon on Main Street."',
                                   '"We mourn the loss of Chadwick Boseman, who passed away this evening."',
                                   '"Paris is mourning its family tonight."'])
def test_words_of_a_part_of_today_are_said_on_the_leads_day(quote):
    body = ("A small plane crashed on Main Street in East Hartford on Tuesday afternoon, killing the pilot.\n\n"
            "Police closed the street for hours. Power lines were downed.\n\n"
            "Officials said the plane was a Piper PA-34 Seneca.\n\n"
            "The company issued a statement, " + quote)
    got = _rows_of(body, "2016-10-12", "issued")
    assert got and got[0][2:4] == ("2016-10-11", "2016-10-11"), got


# ---------------------------------------------------------------------------------------------
# another speaker's undated reaction to a statement told days before the report: of any day since, not the lead's day

_REACTION = ("Yesterday, Prime Minister Boris Johnson announced he would suspend Parliament for five weeks.\n\n"
             "\"This is a new government with a very exciting agenda\", Johnson said in an interview.\n\n"
             "Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\".")


def test_another_speakers_reaction_runs_from_the_leads_day_to_the_report():
    got = _rows_of(_REACTION, "2019-08-29", "called")
    assert got and got[0][2:4] == ("2019-08-28", "2019-08-29"), got


def test_the_leads_speaker_told_on_keeps_the_leads_day():
    body = _REACTION.replace("Labour Party leader Jeremy Corbyn called the move", "Johnson called the move")
    got = _rows_of(body, "2019-08-29", "called")
    assert got and got[0][2:4] == ("2019-08-28", "2019-08-28"), got


# ---------------------------------------------------------------------------------------------
# a story that names its country only by its people, with a town of that country in its lead: set in the town

def test_a_story_named_by_its_people_is_set_in_its_leads_town():
    body = ("A tennis player was arrested in Tbilisi on Friday on charges of domestic violence.\n\n"
            "The Georgian player denies the charges. Georgian police said he had beaten his former wife.\n\n"
            "The Georgian Tennis Federation released a statement on Monday.")
    got = _rows_of(body, "2020-05-25", "released")
    assert got and got[0][4] == "Tbilisi", got


def test_an_attack_of_a_wars_divisions_is_military():
    body = ("BAGHDAD, March 5 - Iraq said it crushed a new Iranian offensive near Basra. A war communique said four "
            "Revolutionary Guards divisions attacked Iraqi positions east of Basra on the southern front.")
    got = _rows_of(body, "1987-03-05", "attacked")
    assert got and got[0][0] == "military", got


def test_a_paper_named_like_a_province_is_the_paper():
    body = ("HAVANA, March 5 - Cuba's cattle are threatened by the worst drought in years, the Communist Party daily "
            "Granma said today.\n\nGranma said 20,000 head of cattle are now in imminent danger.")
    got = _rows_of(body, "1987-03-05", "said")
    assert got and all(r[4] == "Havana" for r in got), got


@pytest.mark.parametrize("sentence", [
    "The paper said rainfall during the last 10 days of March had been much higher than normal.",
    "It said average temperatures for the last 10 days of March were three to five degrees below average.",
])
def test_a_date_inside_what_is_said_with_no_determiner_is_not_the_sayings(sentence):
    body = "PEKING, April 7 - Frost, snow and rain hit crops in east China, the People's Daily said.\n\n" + sentence
    got = _rows_of(body, "1987-04-07", "said")
    assert got and got[-1][2] == "1987-04-07", got


@pytest.mark.parametrize("body,trigger,typ", [
    # prices that shot up rose; gunmen who shot up a bar did not
    ("At the auction in New York on Wednesday, the bidding began at $40 million and shot up quickly.", "shot",
     "economy"),
    ("Gunmen shot up a bar in Queens on Wednesday.", "shot", "violence"),
    # a visit for care is health, no journey
    ("In July 2015, close to 1,200 emergency room visits in New York were attributed to the drug.", "visits",
     "health"),
])
def test_a_rise_and_a_visit_for_care_are_no_shooting_and_no_journey(body, trigger, typ):
    got = _rows_of(body, "2016-07-15", trigger)
    assert got and got[0][0] == typ, got


def test_a_house_that_blew_up_in_a_gas_leaks_story_is_an_accident_not_guerrillas_bombing():
    body = ("A Bronx firefighter was killed on Tuesday in an explosion at a house after a gas leak.\n\n"
            "Firefighters evacuated the house when it blew up, sending a piece of the roof onto the chief.")
    got = _rows_of(body, "2016-09-28", "blew up")
    assert got and got[0][0] == "accident", got
    body = ("LIMA, March 12 - A train derailed after Maoist guerrillas blew up railway tracks east of Lima two days "
            "ago, the mining firm said.")
    got = _rows_of(body, "1987-03-12", "blew up")
    assert got and got[0][0] == "violence", got


@pytest.mark.parametrize("body,trigger,typ", [
    ("Gov. Sarah Palin beat Murkowski bad in last August's Republican primary.", "beat", "election"),
    ("The Jets beat the Patriots 24-17 on Sunday.", "beat", "sport"),
    ("Abrams gave assurances last October that the government was not involved in the flight.", "gave", "statement"),
])
def test_a_race_of_votes_beaten_and_words_given(body, trigger, typ):
    got = _rows_of(body, "2007-04-22", trigger)
    assert got and got[0][0] == typ, got


# ---------------------------------------------------------------------------------------------
# the review of the fourteenth session's rules: what they must not catch (each found by a fresh reviewer)

@pytest.mark.parametrize("body,trigger,place", [
    # a prosecutor's office left, in a story of another state, does not place its court
    ("A Texas man was convicted on Monday of killing his wife and two children.\n\n"
     "He will be sentenced next month and faces life in prison.\n\n"
     "Former Manhattan District Attorney Robert Morgenthau, who has written about such cases, called the verdict "
     "a relief.", "sentenced", "Texas"),
    # a state's Supreme Court is where the county's prosecutor's cases are tried; the office may be written in lower case
    ("A construction company has been found guilty of manslaughter, the Manhattan district attorney's office announced "
     "on Friday.\n\nThe worker died when a wall collapsed in 2015.\n\n"
     "Two managers pleaded guilty in state Supreme Court on Thursday.", "pleaded guilty", "Manhattan"),
])
def test_the_prosecutors_court_keeps_to_its_own_case(body, trigger, place):
    got = _rows_of(body, "2016-06-10", trigger)
    assert got and got[0][4] == place, got


def test_a_people_qualifying_a_person_sets_no_story():
    body = "Two American climbers died on K2 on Friday, officials said.\n\nTheir bodies have not been recovered."
    got = _rows_of(body, "2020-05-15", "died")
    assert got and got[0][4] is None, got


@pytest.mark.parametrize("body,trigger,typ", [
    ("An FDNY battalion chief was struck by debris when a house exploded in the Bronx on Tuesday.", "struck", "other"),
    ("A man attacked a frontline nurse at a hospital in Brooklyn on Tuesday, police said.", "attacked", "violence"),
    ("A gunman shot up to 20 people at a nightclub in Orlando on Sunday.", "shot", "violence"),
    ("Coronavirus cases in New York shot up to 5,000 on Tuesday.", "shot", "health"),
    ("Prices shot up 20 pct in Brazil in March, officials said.", "shot", "economy"),
    ("The Queen's hospital visit in Manchester on Friday lifted the spirits of staff.", "visit", "travel"),
    ("A plane crashed in Scotland on Tuesday, killing 270. Investigators said on Wednesday that a bomb hidden in a "
     "radio blew up the plane.", "blew up", "violence"),
])
def test_the_fourteenth_sessions_types_keep_to_their_words(body, trigger, typ):
    got = _rows_of(body, "2020-05-15", trigger)
    assert got and got[0][0] == typ, got


@pytest.mark.parametrize("body,place", [
    ("A hurricane hit the eastern province of Granma on Wednesday, killing three.", "Granma"),
    ("An Italian tourist from Milan drowned while swimming on Monday.\n\nItalian media reported that he had been "
     "swimming alone.\n\nItalian consular officials said they were helping his family.", "Italy"),
])
def test_a_province_named_like_a_paper_and_a_visitors_home_town(body, place):
    got = _events(body, published="2020-05-15")
    assert got and got[0].place is not None and got[0].place.name == place, [(e.trigger, e.place) for e in got]


def test_a_saying_dated_before_its_that_keeps_its_date():
    got = _rows_of("The minister said publicly for the first time on Monday that he had cancer.", "2020-05-15", "said")
    assert got and got[0][2] == "2020-05-11", got


def test_a_reaction_of_another_organisations_speaker_and_the_same_bodys_spokesman():
    # an organisation is compared whole: a Labour Party speaker is another than the Conservative Party's leader
    body = ("Yesterday, Prime Minister Boris Johnson of the Conservative Party announced he would suspend Parliament "
            "for five weeks.\n\n"
            "\"This is a new government with a very exciting agenda\", Johnson said in an interview.\n\n"
            "Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\".")
    got = _rows_of(body, "2019-08-29", "called")
    assert got and got[0][2:4] == ("2019-08-28", "2019-08-29"), got


def test_a_case_of_a_towns_prosecutor_about_another_country_is_tried_in_the_town():
    body = ("A stolen Buddhist sculpture was returned to Pakistan today, Manhattan D.A. Cy Vance announced.\n\n"
            "The sculpture was smuggled out of Pakistan in the 1990s.\n\n"
            "A dealer pleaded guilty to criminal possession of stolen property on March 24th.")
    got = _rows_of(body, "2016-06-15", "pleaded guilty")
    assert got and got[0][4] == "Manhattan", got


def test_a_speaker_named_with_a_title_is_another_speaker_too():
    body = _REACTION.replace("Labour Party leader Jeremy Corbyn called the move",
                             "Conservative MP Philip Hammond called the move")
    got = _rows_of(body, "2019-08-29", "called")
    assert got and got[0][2:4] == ("2019-08-28", "2019-08-29"), got


@pytest.mark.parametrize("body,day", [
    ("Yesterday, Labour leader Jeremy Corbyn said it would fail.", "2019-08-28"),
    ("On Monday, Conservative Party leader Boris Johnson announced it.", "2019-08-26"),
])
def test_a_date_opening_the_sentence_dates_a_saying_with_a_short_tail(body, day):
    got = [r for r in _events(body, published="2019-08-29") if r.type == "statement"]
    assert got and got[0].date_start == day, [(e.trigger, e.date_start) for e in got]


def test_what_is_said_before_the_speakers_comma_is_still_not_the_sayings():
    got = [e for e in _events("In 2019, the plant closed, the company said.", published="2020-03-01")
           if e.type == "statement"]
    assert got and got[0].date_start == "2020-03-01", [(e.trigger, e.date_start) for e in got]


# ---------------------------------------------------------------------------------------------
# undated background: "has already been found guilty", "a mobster once fatally shot"

@pytest.mark.parametrize("body,trigger", [
    ("Epstein was arrested in New York on Saturday. He has already been found guilty of charges in Florida.",
     "found guilty"),
    ("The plant closed on Friday. The unit has already delivered two prototypes to the Air Force.", "delivered"),
    ("Rao's opened in 1896 in East Harlem. A mobster once fatally shot another diner there.", "shot"),
    ("The senator resigned on Monday. He was later quietly arrested by the FBI.", "arrested"),
])
def test_already_or_once_before_the_verb_is_an_undated_time_before_the_report(body, trigger):
    got = [_row(e) for e in _events(body, "2019-07-01") if e.trigger == trigger]
    assert got and got[0][2] != got[0][3] and got[0][3] is not None and got[0][3] <= "2019-07-01", got


@pytest.mark.parametrize("body,trigger,day", [
    # a perfect without "already" in the lead is the news of the day
    ("Police have arrested a man in Leeds on Sunday after the attack.", "arrested", "2019-06-30"),
    # "once again" is no undated time
    ("The plant closed in May. The firm once again fired 300 workers on Friday.", "fired", "2019-06-28"),
])
def test_a_dated_perfect_or_a_once_clause_keeps_its_day(body, trigger, day):
    got = [_row(e) for e in _events(body, "2019-07-01") if e.trigger == trigger]
    assert got and got[0][2] == day, got


# ---------------------------------------------------------------------------------------------
# a mayor named by the title only speaks at home, in the story's town (a borough's: its city's)

@pytest.mark.parametrize("body,town", [
    ("A man was shot dead in Brooklyn on Friday. Police arrested a suspect in Brooklyn on Saturday. Mayor Bloomberg "
     "said the city would not tolerate gun violence.", "New York City"),
    ("A fire destroyed a warehouse in Waterloo, Iowa, on Friday. Crews fought it in Waterloo for hours. The mayor said "
     "the city would help the owners.", "Waterloo"),
])
def test_a_mayor_by_title_speaks_in_the_storys_town(body, town):
    got = [_row(e) for e in _events(body, "2013-06-01") if e.type == "statement"]
    assert got and got[0][4] == town, got


def test_a_mayor_of_another_town_or_of_a_countrys_story_is_not_placed_in_it():
    got = [_row(e) for e in _events("A man was shot dead in Brooklyn on Friday. Police arrested a suspect in Brooklyn "
                                    "on Saturday. Newark Mayor Ras Baraka said the city would help.", "2013-06-01")
           if e.type == "statement"]
    assert got and got[0][4] != "New York City", got
    got = [_row(e) for e in _events("France voted on Sunday. Turnout in France was high. Mayor Anne Hidalgo said the "
                                    "vote was calm.", "2013-06-01") if e.type == "statement"]
    assert got and got[0][4] in (None, "France"), got


# ---------------------------------------------------------------------------------------------
# custody and investigations opened are arrests and legal steps

@pytest.mark.parametrize("body,trigger,type_", [
    ("Three people were taken into custody yesterday in Queens.", "taken into custody", "arrest"),
    ("He was placed under arrest on Thursday in Boston.", "placed under arrest", "arrest"),
    ("British Transport Police started an investigation of the death on Friday.", "started an investigation", "legal"),
    ("Prosecutors launched a criminal investigation on Friday.", "launched a criminal investigation", "legal"),
])
def test_custody_and_an_investigation_opened_are_typed(body, trigger, type_):
    got = [_row(e) for e in _events(body, "2016-09-28") if e.trigger == trigger]
    assert got and got[0][0] == type_, [_row(e) for e in _events(body, "2016-09-28")]


@pytest.mark.parametrize("body,type_", [
    ("The actor was nominated for an Oscar in 1959.", "other"),
    ("She was nominated for two Tony Awards in 2001.", "other"),
    ("Hetherington was nominated for best documentary in 2011.", "other"),
    ("Trump nominated Barrett for the Supreme Court on Saturday.", "appointment"),
])
def test_a_nomination_for_an_award_is_no_appointment(body, type_):
    got = [_row(e) for e in _events(body, "2019-09-28") if e.trigger == "nominated"]
    assert got and got[0][0] == type_, got


@pytest.mark.parametrize("body,type_", [
    ("A car plunged into a creek in Queens on Saturday, killing the driver.", "accident"),
    ("A bus plunged off a bridge in Peru on Friday.", "accident"),
    ("Shares plunged 5 percent on Friday.", "economy"),
    ("Oil prices plunged into negative territory on Monday.", "economy"),
])
def test_what_plunges_into_water_or_off_a_bridge_falls(body, type_):
    got = [_row(e) for e in _events(body, "2019-09-28") if e.trigger == "plunged"]
    assert got and got[0][0] == type_, got


# ---------------------------------------------------------------------------------------------
# the speaker of a dated occasion named again by the definite noun ("a Ministry spokesman ... the spokesman said")

def test_the_occasions_speaker_named_again_by_the_noun_speaks_at_the_occasion():
    body = ("PORT-AU-PRINCE, Haiti, March 13 - The Ministry of Mines has announced the discovery of a gold field.\n\n"
            "At a press conference yesterday, a Ministry spokesman reported the deposit contained 44 mln tons of ore. "
            "The spokesman gave no estimate of what he thought the find, discovered on Wednesday, was worth.\n\n"
            "However, mining could only begin after foreign partners invest eight mln dlrs, the spokesman said.\n\n"
            "\"The mine represents large amounts of money,\" said a former official of the Sedren Mine.")
    evs = _events(body, "1987-03-13")
    said = [_row(e) for e in evs if e.trigger == "said"]
    assert said[0][2:4] == ("1987-03-12", "1987-03-12"), said
    assert said[1][2] != "1987-03-12", said       # another speaker: not the occasion's


# ---------------------------------------------------------------------------------------------
# where sources told a news agency from; a record's "since" is no date of the clause

def test_told_an_agency_from_a_town_is_said_there_and_the_sources_go_on_there():
    body = ("RIO DE JANEIRO, March 12 - Pessimism over the dry spell is rising.\n\n"
            "Trade sources told Reuters from the state capital of Salvador that very little cocoa is expected.\n\n"
            "The sources said arrivals from May through July might only reach around 600,000 bags.")
    got = [_row(e) for e in _events(body, "1987-03-12") if e.type == "statement"]
    assert [g[4] for g in got] == ["Salvador", "Salvador"], got


@pytest.mark.parametrize("body,year", [
    ("The last poor crop was in 1984 when drought cut production to 1.79 mln bags, the lowest since 1974.", "1984"),
    ("Jobless claims jumped in April to the highest level since 1996, the office said.", "2020"),
])
def test_a_records_since_is_no_date_of_the_clause(body, year):
    got = [_row(e) for e in _events(body, "2020-05-19") if e.type != "statement"]
    assert got and got[0][2] and got[0][2][:4] == year, got


# ---------------------------------------------------------------------------------------------
# what a crash, fire or storm did to people and services is an event of its story (past the lead, where a verb in no
# row of the table with no date of its own is no event)

_FILLER = " The cause was not known. Officials gave no details. Neighbors gathered outside."


@pytest.mark.parametrize("body,trigger", [
    ("A six-alarm fire tore through a building on East 93rd Street on Thursday." + _FILLER
     + " The building, plus two others, were evacuated.", "evacuated"),
    ("A storm hit the region on Thursday and killed three people." + _FILLER
     + " A few subway lines were suspended temporarily due to trees on tracks.", "suspended"),
])
def test_evacuations_and_suspended_service_after_a_harm_are_events(body, trigger):
    got = [_row(e) for e in _events(body, "2016-10-27") if e.trigger == trigger]
    assert got and got[0][0] == "other" and got[0][2] is not None, [_row(e) for e in _events(body, "2016-10-27")]


def test_an_evacuation_without_a_harm_in_the_story_is_not_made_an_event():
    got = [_row(e) for e in _events("The company held its annual meeting on Thursday." + _FILLER
                                    + " The building, plus two others, were evacuated.", "2016-10-27")
           if e.trigger == "evacuated"]
    assert not got, got


# ---------------------------------------------------------------------------------------------
# a saying is made at one time: a perfect's "since" before it is what is told; an unnamed speaker after the words

def test_a_perfects_since_before_a_saying_does_not_date_it():
    got = [_row(e) for e in _events("Calero yesterday made public bank statements showing his group has received 32 mln "
                                    "dlrs since mid-1984, but said he has no idea who donated the money.", "1987-03-06")
           if e.trigger == "said"]
    assert got and got[0][2:4] == ("1987-03-05", "1987-03-05"), got


def test_an_unnamed_speakers_words_about_a_person_are_not_that_persons_next_words():
    body = ("WASHINGTON, March 6 - Nicaraguan rebel leader Adolfo Calero has for the first time linked payments to a "
            "company controlled by Oliver North, legal sources said.\n\n"
            "The company was set up by North.\n\n"
            "Calero said yesterday he has no idea who donated the money.")
    got = [_row(e) for e in _events(body, "1987-03-06") if e.type == "statement"]
    assert got[0][2] == "1987-03-06" and got[-1][2] == "1987-03-05", got


# ---------------------------------------------------------------------------------------------
# "in the past" after a saying in the perfect

def test_a_perfect_saying_in_the_past_is_undated_before_the_report():
    body = ("Ahmadinejad questioned the attacks on Wednesday. Although Iran has condemned the 2001 attacks on New York "
            "in the past, this was the third time in a week that he questioned them.")
    got = [_row(e) for e in _events(body, "2008-04-16") if e.trigger == "condemned"]
    assert got and got[0][2] is None and got[0][3] == "2008-04-16", got


@pytest.mark.parametrize("body,n", [
    ("The valves failed to meet contract specifications, the suit said on Friday.", 0),
    ("The company did not meet its deadline on Monday.", 0),
    ("The leaders will meet in Paris on Monday.", 1),
])
def test_meeting_a_standard_or_a_deadline_is_no_meeting(body, n):
    got = [_row(e) for e in _events(body, "1987-04-17") if e.type == "meeting"]
    assert len(got) == n, got


def test_a_lifes_steps_are_not_typed_by_the_storys_domain():
    body = ("Angela Raiola died of cancer on Thursday at a hospital. Her throat cancer had spread to her brain and lungs, "
            "doctors said. The cancer was found in 2012. She married Neil Murphy in 2009.")
    got = [_row(e) for e in _events(body, "2016-02-18") if e.trigger == "married"]
    assert got and got[0][0] == "other", got


# ---------------------------------------------------------------------------------------------
# firing people; money named by its noun; a reporter's beat

@pytest.mark.parametrize("body,type_", [
    ("Amazon fired the organizer of the first JFK8 walkout on Monday.", "economy"),
    ("Last month, the company fired two user experience designers.", "economy"),
    ("In July, Palin fired Alaska's public safety commissioner.", "appointment"),
    ("Iran fired one test missile against a hulk in the strait on Monday.", "military"),
])
def test_firing_workers_is_labour_an_officials_a_dismissal_a_missiles_an_attack(body, type_):
    got = [_row(e) for e in _events(body, "2020-05-05") if e.trigger == "fired"]
    assert got and (got[0][0] == type_ or type_ == "military" and got[0][0] in ("military", "violence")), got


@pytest.mark.parametrize("body,trigger", [
    ("Natural Gas Services said its $3.2 million loan would be returned.", "loan"),
    ("The bill includes food aid for families.", "aid"),
    ("Anthony scored 62 points on Friday, and the Knicks' beat writers were stunned.", "beat"),
])
def test_a_noun_that_only_names_money_or_a_reporters_beat_is_no_event(body, trigger):
    got = [_row(e) for e in _events(body, "2020-05-05") if e.trigger == trigger]
    assert not got, got


def test_a_name_with_a_persons_relation_after_its_possessive_is_no_town():
    body = ("Carmelo Anthony scored 62 points on Friday. Melo's teammates were justly in awe. It was an especially "
            "satisfying night for Melo to recommit to the team.")
    places = extract_article(parse_article("Published: 2014-01-25\n\n" + body, "x.txt")).places
    assert not [p.text for p in places if p.text == "Melo"], places


@pytest.mark.parametrize("body,type_", [
    ("On Monday Trump promoted the use of hydroxychloroquine.", "statement"),
    ("The board promoted Smith to chief executive on Monday.", "appointment"),
])
def test_a_thing_promoted_is_words_for_it_a_person_promoted_a_rank(body, type_):
    got = [_row(e) for e in _events(body, "2020-05-19") if e.trigger == "promoted"]
    assert got and got[0][0] == type_, got


# ---------------------------------------------------------------------------------------------
# the fifteenth session's review: where its rules caught too much, each mended

@pytest.mark.parametrize("body,trigger,type_", [
    ("The suspect fired his gun at the officers before fleeing on Saturday, police said.", "fired", "violence"),
    ("The gunman fired 30 rounds at police officers outside the bank in Denver on Saturday.", "fired", "violence"),
    ("Troops fired several shots toward the reporters on Saturday, witnesses said.", "fired", "violence"),
    ("Riot police beat journalists covering the protest in Minsk on Sunday.", "beat", "violence"),
    ("Senate leaders met the Rules Committee on Monday.", "met", "meeting"),
    ("Oil prices plunged off a cliff on Monday as demand collapsed.", "plunged", "economy"),
    ("She was nominated for a Pulitzer in 2009.", "nominated", "other"),
])
def test_review_a_rule_leaves_what_it_does_not_claim(body, trigger, type_):
    got = [_row(e) for e in _events(body, "2020-03-06") if e.trigger == trigger]
    assert got and got[0][0] == type_, [_row(e) for e in _events(body, "2020-03-06")]


@pytest.mark.parametrize("body,trigger,day", [
    ("Thousands of students have kept up their protest outside parliament since Monday.", "protest", "2020-03-02"),
    ("A train derailed outside the city on Saturday. The rail operator has admitted it ignored safety warnings in the "
     "past.", "admitted", "2020-02-29"),
])
def test_review_a_protests_since_and_a_reported_clauses_past_keep_their_dates(body, trigger, day):
    got = [_row(e) for e in _events(body, "2020-03-06") if e.trigger == trigger]
    assert got and got[0][2] == day, got


@pytest.mark.parametrize("body,trigger,place", [
    ("A man was arrested in Leeds on Sunday over the attack at Fishmongers' Hall in London, police said.", "arrested",
     "Leeds"),
    ("Jones was sentenced on Friday to 20 years in Pentonville Prison for the murder of his wife in Leeds.", "sentenced",
     "Leeds"),
    ("The gunman, who grew up in Houston, Texas, spent months planning. On Wednesday night he opened fire at Emanuel AME "
     "Church in South Carolina, killing nine people.", "opened fire", "South Carolina"),
    ("A 19-year-old man was shot in Hialeah on Saturday night. Hialeah police said the victim was in critical condition "
     "at Jackson Memorial Hospital in Miami.", "said", "Hialeah"),
])
def test_review_a_facility_of_another_happening_does_not_place_the_event(body, trigger, place):
    got = [_row(e) for e in _events(body, "2020-03-01") if e.trigger == trigger]
    assert got and got[0][4] == place, got


def test_review_a_named_speaker_with_an_apposition_goes_on_with_their_dated_words():
    body = ("Calero will appeal the ruling, John Smith, his lawyer, said. Smith told reporters on Tuesday that the appeal "
            "would be filed within a week.")
    got = [_row(e) for e in _events(body, "2020-03-06") if e.type == "statement"]
    assert got[0][2] == "2020-03-03", got


def test_review_the_speakers_words_of_another_day_end_the_occasion():
    body = ("At a press conference on Monday, a Ministry spokesman reported that troops had found a weapons cache near "
            "the border. The spokesman told reporters on Thursday that two more caches had been found. The weapons were "
            "hidden in caves, the spokesman said.")
    got = [_row(e) for e in _events(body, "2020-03-06") if e.trigger == "said"]
    assert got and got[0][2:4] != ("2020-03-02", "2020-03-02"), got


def test_review_a_sister_city_is_no_persons_relation():
    places = extract_article(parse_article("Published: 2020-01-01\n\nOfficials in Leeds said Dortmund's sister city "
                                           "programme would continue.", "x.txt")).places
    assert "Dortmund" in [p.text for p in places], places


def test_review_a_mayors_name_with_a_particle_and_sources_named_with_a_capital():
    got = [_row(e) for e in _events("A man was shot in Brooklyn on Friday. Police arrested a suspect in Brooklyn on "
                                    "Saturday. Mayor Bill de Blasio said the city would not tolerate it.", "2013-06-01")
           if e.type == "statement"]
    assert got and got[0][4] == "New York City", got
    body = ("RIO DE JANEIRO, March 12 - Pessimism is rising.\n\nExporters told Reuters from the port of Santos that "
            "shipments fell.\n\nThe exporters said prices would rise.")
    got = [_row(e) for e in _events(body, "1987-03-12") if e.type == "statement"]
    assert [g[4] for g in got] == ["Santos", "Santos"], got


@pytest.mark.parametrize("body,type_", [
    ("Marine Cpl. Arnold Bracy was charged yesterday with espionage and conspiracy.", "legal"),
    ("A federal grand jury charged the broker on Thursday with securities fraud.", "legal"),
    ("Police charged the man with murder on Sunday.", "arrest"),
    ("The man was charged with assault on Sunday, police said.", "arrest"),
])
def test_a_charge_of_the_courts_is_legal_one_of_an_arrest_an_arrest(body, type_):
    got = [_row(e) for e in _events(body, "2017-03-27") if e.trigger == "charged"]
    assert got and got[0][0] == type_, got


@pytest.mark.parametrize("body,day", [
    ("The U.S. on Tuesday extended the border closures until June 22.", "2020-05-19"),
    ("The deadline was extended to June 30 on Monday.", "2020-05-18"),
])
def test_the_end_of_what_is_extended_is_not_the_day_it_was_extended(body, day):
    got = [_row(e) for e in _events(body, "2020-05-20") if e.trigger == "extended"]
    assert got and got[0][2] == day and got[0][3] == day, got


def test_a_companys_name_that_only_a_towns_other_name_matches_is_the_company():
    body = ("Apple and Google released the software on Wednesday, the companies said. Spokespeople for Google and Apple "
            "said that 22 countries have access to it. Many would be unwilling to use Google and Apple's technology.")
    places = extract_article(parse_article("Published: 2020-05-20\n\n" + body, "x.txt")).places
    assert not [p.name for p in places if p.text == "Google"], [(p.text, p.name) for p in places]


@pytest.mark.parametrize("body,type_", [
    ("Shapiro announced charges over the fatal derailment that killed eight people on May 12, 2015.", "accident"),
    ("Rachel Jacobs, a woman killed in the crash on Sunday, was 39.", "accident"),
    ("Four people were killed in the earthquake on Monday.", "disaster"),
    ("Two men were killed in a shooting on Sunday.", "violence"),
])
def test_killed_by_a_crash_or_a_quake_is_no_ones_violence(body, type_):
    got = [_row(e) for e in _events(body, "2017-05-13") if e.trigger == "killed"]
    assert got and got[0][0] == type_, got


@pytest.mark.parametrize("body,type_", [
    ("The two gangs exchanged fire on Sunday.", "violence"),
    ("Police returned fire on Sunday.", "violence"),
    ("A fire broke out in the warehouse on Sunday.", "accident"),
])
def test_fire_exchanged_or_returned_is_gunfire(body, type_):
    got = [_row(e) for e in _events(body, "2014-03-22") if e.trigger == "fire"]
    assert got and got[0][0] == type_, got


@pytest.mark.parametrize("body,trigger,type_", [
    ("A man struck a police officer with a hatchet on Thursday.", "struck", "violence"),
    ("A boy fired at a rival on a bus on Thursday. The shot hit passenger Angel Rojas in the head.", "hit", "violence"),
    ("A man attacked two officers in Queens on Thursday. One officer fractured his skull in the attack.", "fractured",
     "violence"),
    ("The senator fractured his wrist in a fall at home on Thursday.", "fractured", "health"),
])
def test_a_blow_with_a_weapon_and_an_injury_in_an_attacks_story_are_the_attacks(body, trigger, type_):
    got = [_row(e) for e in _events(body, "2014-10-24") if e.trigger == trigger]
    assert got and got[0][0] == type_, [_row(e) for e in _events(body, "2014-10-24")]


@pytest.mark.parametrize("body,trigger,type_", [
    ("The data manager said she was removed from her position on May 5.", "removed", "appointment"),
    ("She was forced to resign from her job on May 5.", "forced", "appointment"),
    ("Workers removed the debris from the road on May 5.", "removed", "other"),
])
def test_removed_from_a_post_is_an_office_left(body, trigger, type_):
    got = [_row(e) for e in _events(body, "2020-05-19") if e.trigger == trigger]
    assert got and got[0][0] == type_, got


def test_an_electrocution_is_an_accident():
    got = [_row(e) for e in _events("Mechanic Igor Begun, 54, was electrocuted in the elevator machine room at the Coney "
                                    "Island Houses in Brooklyn on Friday morning.", "2016-04-16")]
    assert got and got[0][:2] == ("accident", "electrocuted") and got[0][4] == "Brooklyn", got
