"""Event assembly rules, each with its own cases: which sentences are events, which date and
which modality they get."""
import pytest

from extract.pipeline import extract_article
from extract.reader import parse_article


def events(body, published="2020-10-02"):
    ex = extract_article(parse_article(f"Published: {published}\n\n" + body, "x.txt"))
    return [(e.type, e.trigger, e.date_start, e.date_end, e.modality, e.date_resolution)
            for e in ex.events]


def test_a_date_in_a_relative_clause_does_not_date_the_event():
    got = events("Alexander Lukashenko met officials on Monday. Alexander Lukashenko, who has ruled "
                 "the country since 1994, was re-elected for a sixth term.")
    reelected = [e for e in got if e[1] == "re-elected"]
    assert reelected and reelected[0][2] != "1994-01-01", got


def test_a_date_that_dates_another_event_noun_is_not_the_events():
    got = events("OFAC has sanctioned four entities for their roles in the fraudulent August 9, 2020 "
                 "presidential election.")
    assert ("sanction", "sanctioned", "2020-10-02", "2020-10-02", "asserted", "publication") in got, got


def test_a_date_before_a_document_noun_dates_the_statement():
    got = events("Coles, in its March 8 media release, reported that stores were selling out.")
    assert any(e[0] == "statement" and e[2] == "2020-03-08" for e in got), got


@pytest.mark.parametrize("body", [
    "Russia dwarfs Belarus and provides it with cheap fuel.",
    "The party awards delegates proportionally to how candidates fare in the vote.",
    "The United States continues to support international efforts in Belarus.",
    "Lukashenko's regime is responsible for violations during the elections.",
])
def test_what_is_generally_so_is_not_an_event(body):
    assert events("Russia sent troops on Monday. " + body)[1:] == [], events(body)


def test_a_statement_and_the_event_it_reports():
    got = events("Putin met Lukashenko on Monday. The Kremlin said the talks would cover energy.")
    assert ("statement", "said") in {e[:2] for e in got}
    talks = [e for e in got if e[1] == "talks"]
    assert talks and talks[0][4] == "planned", got


def test_a_news_agency_reporting_is_the_source_not_an_event():
    got = events("On Monday Russia was to send paratroopers to Belarus until Sept. 25, RIA news "
                 "agency reported.", "2020-09-14")
    assert [e[:2] for e in got] == [("military", "paratroopers")], got
    assert got[0][2:5] == ("2020-09-14", "2020-09-25", "planned")


def test_previously_is_before_the_publication_date():
    got = events("Today OFAC designated eight individuals. OFAC previously sanctioned 16 officials.")
    prev = [e for e in got if e[1] == "sanctioned"]
    assert prev and prev[0][2:4] == (None, "2020-10-02") and prev[0][5] == "before-publication", got


def test_the_statement_keeps_its_own_modality():
    got = events("Putin met Lukashenko on Monday. The talks could cover debt, analyst Georgy Bovt wrote.")
    assert ("statement", "wrote", "asserted") in {(e[0], e[1], e[4]) for e in got}, got
    assert ("meeting", "talks", "hypothetical") in {(e[0], e[1], e[4]) for e in got}, got
