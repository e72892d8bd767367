"""Regression: the key dated events of the seed articles, reviewed by reading the articles
(type, interval, place when stated, an actor). Articles whose key event is not yet found
correctly are listed in the issue notes, not encoded here."""
import json
from pathlib import Path

import pytest

KEY_EVENTS = [
    # file prefix, type, date_start, date_end, place (or None: any), an actor that must be there
    ("01_", "accident", "2020-01-26", "2020-01-26", "Calabasas", "Kobe Bryant"),   # the crash that killed him
    ("02_", "meeting", "2020-02-07", "2020-02-07", "Sochi", "Vladimir Putin"),
    ("02_", "meeting", "2020-02-07", "2020-02-07", "Sochi", "Alexander Lukashenko"),
    ("03_", "death", "2020-03-09", "2020-03-09", None, "Richard Kenneth Guy"),
    ("04_", "statement", "2020-03-10", "2020-03-10", None, "ALDI"),
    ("05_", "election", "2020-03-17", "2020-03-17", "Arizona", "Democratic Party"),
    ("06_", "meeting", "2020-06-19", "2020-06-19", None, "Alexander Lukashenko"),
    ("08_", "protest", "2020-08-10", "2020-08-10", None, "Belarus"),
    ("08_", "arrest", "2020-08-09", None, None, None),          # "detained ... since August 9": open end
    ("10_", "meeting", "2020-08-24", "2020-08-24", None, "Vladimir Putin"),
    ("11_", "sanction", "2020-09-29", "2020-09-29", "Belarus", "Alexander Lukashenko"),
    ("12_", "sanction", "2020-10-02", "2020-10-02", None, "United States"),
    ("13_", "sanction", "2020-09-01", "2020-09-30", "Belarus", "United Kingdom"),   # "In September"
    ("13_", "statement", "2020-11-05", "2020-11-05", None, "Dominic Raab"),    # "has called for" (elections
    #                                               in Belarus: the topic, not where he said it)
    ("14_", "election", "2020-11-07", "2020-11-07", None, "Joe Biden"),
    ("15_", "travel", "2020-11-20", "2020-11-20", "Minsk", "Protesters"),
    ("15_", "death", "2020-11-12", "2020-11-12", None, None),
    ("16_", "sanction", "2020-12-23", "2020-12-23", None, "OFAC"),      # not "the August 9 election"
    ("17_", "election", "2020-08-01", "2020-08-31", "Belarus", None),   # "six months ago"
    ("18_", "sanction", "2021-02-18", "2021-02-18", None, "United States"),
]

# sentences that tell what is generally so, or describe something else, are not events
NOT_EVENTS = [
    ("000_", "provides it with cheap fuel"),
    ("05_", "awards delegates proportionally"),
    ("07_", "continues to monitor the situation"),
    ("15_", "They are now ubiquitous at mass protests"),
]


@pytest.mark.parametrize("prefix,etype,d0,d1,place,actor", KEY_EVENTS,
                         ids=[f"{k[0]}{k[1]}-{k[2]}" for k in KEY_EVENTS])
def test_key_event(seed_extractions, prefix, etype, d0, d1, place, actor):
    ex = next(v for k, v in seed_extractions.items() if k.startswith(prefix))
    hits = [e for e in ex.events if e.type == etype and e.date_start == d0 and e.date_end == d1
            and (place is None or (e.place is not None and e.place.name == place))
            and (actor is None or actor in e.actors)]
    assert hits, [(e.type, e.trigger, e.date_start, e.date_end, e.place and e.place.name, e.actors)
                  for e in ex.events]


def test_one_name_per_person_across_spellings(seed_extractions):
    names = {a.name for ex in seed_extractions.values() for a in ex.actors if a.kind == "person"}
    assert "Alexander Lukashenka" not in names and "Alexander Lukashenko" in names
    assert {n for n in names if "Bondar" in n or "Bandar" in n} == {"Roman Bondarenko"}


@pytest.mark.parametrize("prefix,words", NOT_EVENTS, ids=[w for _, w in NOT_EVENTS])
def test_not_an_event(seed_extractions, prefix, words):
    ex = next(v for k, v in seed_extractions.items() if k.startswith(prefix))
    assert not [e.summary for e in ex.events if words in ex.article.text[e.sentence_start:e.sentence_end]]


def test_dates_of_a_relative_clause_stay_there(seed_extractions):
    """"Lukashenka, who has ruled the country since 1994, had been re-elected": not since 1994."""
    ex = next(v for k, v in seed_extractions.items() if k.startswith("08_"))
    reelected = [e for e in ex.events if e.trigger == "re-elected"]
    assert reelected and all(e.date_start != "1994-01-01" for e in reelected)


# ---- the whole reviewed list: every event of seeds/, read and judged (tests/data/) ----------
REVIEWED = Path(__file__).parent / "data" / "seed_events_reviewed.json"


def _key(article, e):
    return (article, e["type"] if isinstance(e, dict) else e.type,
            e["trigger"] if isinstance(e, dict) else e.trigger,
            e["date_start"] if isinstance(e, dict) else e.date_start,
            e["date_end"] if isinstance(e, dict) else e.date_end,
            e["place"] if isinstance(e, dict) else (e.place.name if e.place else None))


def test_every_event_reviewed_correct_is_still_found(seed_extractions):
    """A correct event may change only into another reviewed-correct version of itself (the same
    trigger, type and dates with a place a reviewer found right)."""
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))["events"]
    good = {_key(r["article"], r) for r in reviewed if r["correct"]}
    now = {_key(a, e) for a, ex in seed_extractions.items() for e in ex.events}
    superseded = {_key(r["article"], r) for r in reviewed if r.get("superseded_by")}
    # a later review that found the same event (article, trigger, type) wrong overrules an earlier one
    overruled = {_key(r["article"], r) for i, r in enumerate(reviewed) if r["correct"] and any(
        x["article"] == r["article"] and x["trigger"] == r["trigger"] and x["type"] == r["type"]
        and not x["correct"] for x in reviewed[i + 1:])}
    lost = [k for k in good if k not in now and k not in superseded | overruled
            and not any(n[:5] == k[:5] and n in good for n in now)]
    assert not lost, lost


# The share of the shown events a reviewer found right in type, date and place. The target is
# 95% (issue 17); it was 95% of 86 events before events beyond the trigger table (2026-12-04),
# under a review that accepted an empty place more often. Measured now: 78.4% of 116 (76.5% of 119 at
# the start of the second session of 2026-12-05, 69.7% of 119
# at the start of 2026-12-05, 67.5% of 117 at the start of the attachment work; the reviews ask for
# the place the article names; the wider detection adds background events whose dates the article
# does not give). This floor catches a fall below today's level; it is not the target, which stays
# open (see the issue note).
SHOWN_CORRECT_FLOOR = 0.77


def test_the_shown_events_reviewed_correct_stay_at_least_at_todays_share(seed_extractions):
    """An event not in the reviewed list counts as wrong until someone reads and adds it."""
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))["events"]
    good = {_key(r["article"], r) for r in reviewed if r["correct"]}
    shown = [_key(a, e) for a, ex in seed_extractions.items() for e in ex.events]
    share = sum(k in good for k in shown) / len(shown)
    assert share >= SHOWN_CORRECT_FLOOR, (round(share, 3), [k for k in shown if k not in good])
