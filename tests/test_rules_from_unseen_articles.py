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
    # a legislature's vote on a bill elects no one
    ("The House of Representatives voted for the bill as amended on Thursday.", "other"),
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
