"""Every rule of the TIMEX3 table runs its own examples (text, span, value, reference date)."""
import pytest

from extract.timex import RULES, tag

CASES = [(r.name, *ex) for r in RULES for ex in r.examples]


def test_every_rule_has_examples():
    assert all(r.examples for r in RULES)


@pytest.mark.parametrize("rule,sentence,span,value,dct", CASES,
                         ids=[f"{c[0]}:{c[2] or 'none'}" for c in CASES])
def test_rule_example(rule, sentence, span, value, dct):
    found = tag(sentence, dct)
    if span is None:
        assert not found, [(t.text, t.value) for t in found]
        return
    hits = [t for t in found if t.text == span]
    assert hits, [(t.text, t.value, t.rule) for t in found]
    assert hits[0].value == value


def test_until_makes_a_range_end():
    t = tag("Russia was to send paratroopers for drills until Sept. 25, RIA reported.", "2020-09-14")
    assert [(x.text, x.role, x.date_end) for x in t] == [("Sept. 25", "range_end", "2020-09-25")]


@pytest.mark.parametrize("sentence,expected", [
    # a range of days written with its month once: the bare day takes the other date's month
    ("Drills ran from 14 to 25 September.", [("14", "2020-09-14", "range_start"), ("25 September", "2020-09-25", "range_end")]),
    ("Drills ran 14-25 Sept. 2020.", [("14", "2020-09-14", "range_start"), ("25 Sept. 2020", "2020-09-25", "range_end")]),
    ("Drills will run between Sept. 14 and 25.", [("Sept. 14", "2020-09-14", "range_start"), ("25", "2020-09-25", "range_end")]),
    ("Drills will run Sept. 14–25.", [("Sept. 14", "2020-09-14", "range_start"), ("25", "2020-09-25", "range_end")]),
    ("Drills ran Sept. 14 to 25 in Belarus.", [("Sept. 14", "2020-09-14", "range_start"), ("25", "2020-09-25", "range_end")]),
    # the year after the range is both days' year
    ("Drills ran Sept. 14-25, 2019, in Belarus.", [("Sept. 14", "2019-09-14", "range_start"), ("25, 2019", "2019-09-25", "range_end")]),
    ("Between 10 and 25 September, 300 were held.", [("10", "2020-09-10", "range_start"), ("25 September", "2020-09-25", "range_end")]),
    ("Between March and May it rained.", [("March", "2020-03", "range_start"), ("May", "2020-05", "range_end")]),
    # not ranges: two days, a count after a date, a number before a date
    ("On 14 and 25 September he spoke.", [("25 September", "2020-09-25", None)]),
    ("He spoke on Sept. 14 and 25 people died.", [("Sept. 14", "2020-09-14", None)]),
    ("Scores rose from 14 to 25 points on Sept. 30.", [("Sept. 30", "2020-09-30", None)]),
    ("It rose 3,14 - 25 September", [("25 September", "2020-09-25", None)]),
    # two years: the second may have two digits; a year and a month (ISO) is no range
    ("Prices rose in 2019-2020.", [("2019", "2019", "range_start"), ("2020", "2020", "range_end")]),
    ("In the 2019-20 season he won.", [("2019", "2019", "range_start"), ("20", "2020", "range_end")]),
    ("It ran 1939–45.", [("1939", "1939", "range_start"), ("45", "1945", "range_end")]),
    ("the 2020-09 figures", [("2020", "2020", None)]),
    ("Call 555-2019-2020 now", [("now", "PRESENT_REF", None)]),
])
def test_ranges_of_days_and_years(sentence, expected):
    assert [(t.text, t.value, t.role) for t in tag(sentence, "2020-09-30")] == expected


def test_since_makes_a_range_start():
    t = tag("Over 7,000 people have been detained since August 9.", "2020-08")
    assert t[0].role == "range_start" and t[0].date_start == "2020-08-09"


def test_granularity_and_interval():
    (m,) = tag("Putin said last month he had set up a force.", "2020-09-14")
    assert (m.value, m.granularity, m.date_start, m.date_end) == ("2020-08", "month", "2020-08-01", "2020-08-31")
    (d,) = tag("They proclaimed a union state in the 1990s.", "2020-09-14")
    assert (d.value, d.granularity, d.date_start, d.date_end) == ("199", "decade", "1990-01-01", "1999-12-31")


def test_no_reference_date_never_guesses():
    t = tag("He flew to Sochi on Monday and left on Sept. 25.", None)
    assert [(x.value, x.resolution) for x in t] == [("XXXX-WXX-1", "unresolved"), ("XXXX-09-25", "unresolved")]
    assert all(x.date_start is None for x in t)


def test_same_day_weekday():
    # published on Monday 14 September 2020: "on Monday" is that day
    (t,) = tag("Lukashenko flew to Russia on Monday.", "2020-09-14T21:43")
    assert t.value == "2020-09-14"


def test_month_dct_leaves_weekdays_unresolved():
    (t,) = tag("Protesters marched on Sunday.", "2020-08")
    assert t.resolution == "unresolved" and t.value == "XXXX-WXX-7"


def test_may_the_verb_is_not_a_month():
    assert tag("The talks may cover debt.", "2020-09-14") == []
    assert [t.value for t in tag("They met in May.", "2020-09-14")] == ["2020-05"]


@pytest.mark.parametrize("sentence,dct,span,value", [
    # an initial's period does not end the clause: "will" still rules "Feb. 1"; "succeed" is no past
    ("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.",
     "1989-10-26", "Feb. 1", "1990-02-01"),
    # "next to" is a place, not the next week
    ("A bomb ripped through an office building next to the U.S. embassy in Nairobi, Kenya Friday morning.",
     "1998-08-08", "Friday morning", "1998-08-07TMO"),
    ("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "Jan. 2", "1990-01-02"),
    ("U.S. Trust also created an office of the chairman, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
    # "will be named": the participle after "be" is no past tense
    ("Eileen Collins will be named commander of the shuttle for a mission in December.", "1998-03-04",
     "December", "1998-12"),
    # "this September" is the September of the publication's year, even when it is months ahead
    ("With the general election due this September, the figures came at a bad time.", "1998-02-05",
     "this September", "1998-09"),
    ("The father would be traveling to the United States Thursday with his wife.", "2000-04-05",
     "Thursday", "2000-04-06"),
    # a present-tense "meet" looks ahead (published on a Friday)
    ("He and Arafat meet separately Monday with the Secretary of State.", "1998-05-01", "Monday", "1998-05-04"),
    # "until" looks ahead, unless the clause is in the pluperfect, which points back
    ("Until Thursday, they had not called Kopp a suspect.", "1999-05-07", "Thursday", "1999-05-06"),
    ("Officials postponed the vote until Tuesday.", "1999-05-07", "Tuesday", "1999-05-11"),
    ("The offer had been due to expire Friday.", "1989-10-30", "Friday", "1989-10-27"),   # the pluperfect
    # a past verb looks ahead through its infinitive, not when the date comes before it
    ("Thermo agreed to purchase the line in February.", "1989-10-30", "February", "1990-02"),
    ("He promised to hold elections in March.", "2020-09-16", "March", "2021-03"),
    ("Belarus agreed in February to buy Russian oil.", "2020-09-16", "February", "2020-02"),
    ("The opposition agreed on Monday to hold talks.", "2020-09-16", "Monday", "2020-09-14"),
    # a period before a comma ends no clause: the infinitive before "Ill.," still governs the month
    ("Midwest announced an agreement to acquire the Peoria, Ill., bank holding company in January.",
     "1989-11-02", "January", "1990-01"),
    # "Friday's purchases" is a day that has been, also after "before" and beside a present tense
    ("Nestle's share of 7% before Friday's purchases is far below the leader's.", "1989-10-30", "Friday", "1989-10-27"),
    # a copula is no schedule: a month three months back stays back; a deadline looks ahead
    ("Her properties, worth $130 million in October, are worth only half that now.", "1998-01-08",
     "October", "1997-10"),
    ("The program is to pay down $5 billion of the loan by February.", "1989-10-30", "February", "1990-02"),
    ("The company reported it had repaid the loan by February.", "1989-10-30", "February", "1989-02"),
    # "extended ... through January": a deadline moved, still ahead
    ("The banks have extended Control Data up to $90 million in loans through January.", "1989-10-30",
     "January", "1990-01"),
    ("The strike lasted through January.", "1989-10-30", "January", "1989-01"),
    # a time beside its day, a parenthesis between
    ("The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", "about 10:35 a.m.",
     "1998-08-07T10:35"),
    # a future cue moves a month three or more months back to next year
    ("Costs rose under the new labor pact effective June 1.", "1989-10-26", "June 1", "1990-06-01"),
    ("The company will report its results for September.", "1989-10-26", "September", "1989-09"),
    # a present perfect takes no past date of its own: the quarter is still to come
    ("Ford has announced sweeping cuts, resulting in the closure of ten plants during the fourth quarter.",
     "2006-08-19", "the fourth quarter", "2006-Q4"),
    ("Ford announced sweeping cuts and closed ten plants during the fourth quarter.",
     "2006-08-19", "the fourth quarter", "2005-Q4"),
    # a present modal looks ahead
    ("They also can participate in planning for the NATO summit in April.", "1998-12-05", "April", "1999-04"),
    # a quotation is the speaker's time: "said" outside it does not date what is inside
    ("''This father will leave at 4 a.m. EDT Thursday,'' Castro said.", "2000-04-05", "4 a.m. EDT Thursday",
     "2000-04-06T04:00"),
    # a past tense and a month three or more months ahead: the year before; "since" is past too
    ("Slepian was shot to death on the night of Oct. 23 as he stood in his kitchen.", "1999-05-05",
     "Oct. 23", "1998-10-23"),
    ("Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.", "1999-05-06",
     "Oct. 23", "1998-10-23"),
    ("Officials said the vote was scheduled for November.", "2020-09-16", "November", "2020-11"),
    # "expected" looks ahead (it was read as a past tense)
    ("Further losses are expected when markets reopen Tuesday.", "2008-01-21", "Tuesday", "2008-01-22"),
])
def test_tense_of_the_clause(sentence, dct, span, value):
    hits = [t for t in tag(sentence, dct) if t.text == span]
    assert hits and hits[0].value == value, [(t.text, t.value) for t in tag(sentence, dct)]


@pytest.mark.parametrize("sentence,value", [
    # a present tense that schedules ("takes effect", "begins") looks ahead for a month named alone
    ("The law takes effect on Jan. 1.", "2021-01-01"),
    ("The session begins in February.", "2021-02"),
    # ... not after "since"
    ("Prices are up since Jan. 1.", "2020-01-01"),
    # an -ed word after an article or adverb is an adjective, not the clause's past tense
    ("The dividend would be paid on a still unspecified date in January.", "2021-01"),
    # an -ed word after its noun and before "by" modifies the noun ("markets untouched by")
    ("Qantas will almost double its flights between Australia and India by March in the search for new "
     "markets untouched by the crisis.", "2021-03"),
])
def test_a_scheduling_present_looks_ahead(sentence, value):
    assert [t.value for t in tag(sentence, "2020-09-16")] == [value]


def test_the_past_months_span_ends_at_the_reference_date():
    (t,) = tag("Police detained thousands over the past 6 months.", "2021-02-04")
    assert (t.type, t.value, t.date_start, t.date_end, t.granularity) == \
        ("DURATION", "P6M", "2020-08-04", "2021-02-04", "month")
    (t,) = tag("He has ruled for three years.", "2021-02-04")
    assert t.value == "P3Y" and t.date_start is None          # a length, anchored nowhere


HEAD_CHECK_TEXTS = [
    "It lasted 2,000-year-old ruins, twenty-four hours, a couple of weeks and a half an hour.",
    "He left three years ago; 1.5 years later, 10-day talks began. Several months earlier it rained.",
    "Last year, this past week and the coming decade; in the previous quarter, next weekend.",
    "Over the past three months, another 20 more years, six straight days and a full-year plan.",
    "Some centuries before, a few decades earlier, the year-ago quarter and many days of talks.",
    "The 1 1/2 days, a hundred years, forty-eight hours, recent years, coming weeks, the day.",
    "The next morning, the preceding night, later that same week, the day after; the following month.",
    "It ends at 5 p.m. EST Friday, at 5 p.m., Saturday, at noon Sunday and at midnight Monday (10 a.m. Tuesday).",
    "Drills on 14.09.2020, 1.5.2019 and 2020.09.14; decades-long, day-long talks, years of war, hours later.",
    "On New Year's Day, New Year’s Eve, Independence Day 2020 and Election Day, a new year began.",
]


def test_head_checks_change_no_output(monkeypatch):
    """The word checks beside a rule's head (HEAD_BEFORE, HEAD_AFTER) only skip windows where the rule's
    regex cannot match: the output is the same as scanning every head's window."""
    import extract.timex.scan as T     # where the windows are computed
    from pathlib import Path
    texts = HEAD_CHECK_TEXTS + [ex[0] for r in RULES for ex in r.examples]
    # the words the rules' regexes allow beside a head (and some they do not), beside every kind
    # of head, so a word left out of HEAD_BEFORE or HEAD_AFTER shows
    words = ("12 1.5 1/2 25th 1st 2nd 3rd a an couple of single one two three four five six seven eight nine "
             "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
             "twenty-four thirty thirty-six forty forty-eight fifty sixty seventy eighty ninety hundred "
             "several few many some recent coming more additional full straight consecutive this last next "
             "past previous following current the same prior whole entire calendar latest end preceding that "
             "half thousand fiscal").split()
    heads = {"year": "years", "day": "days", "week": "weeks", "month": "months", "quarter": "quarters",
             "decade": "decades", "weekend": "weekends", "century": "centuries", "September": "Septembers",
             "Sept.": "Septs."}
    forms = ["{w} {h}", "{w} {hs} ago", "{h} of {w}", "on the {w} {h},", "the {w}-{h}", "{h} {w} year", "{w} {h} 2020",
             "{h}, {w}", "{w} {h}-{w}", "{w} {h} before.", "{w} {hs}-long", "{hs} {w}"]
    # one phrase per text: a window around another head must not cover it
    texts += [f"Sales rose {f.format(w=w, h=h, hs=hs)} in Paris."
              for w in words for h, hs in heads.items() for f in forms]
    texts += [f"On {h}{f} rose" for h in heads for f in (" ago", " earlier", " before", " this year", " last year",
                                                       " next year", " 2020", ", 1989", ", 2020", " 14, 2020",
                                                       " 1, 1989", "-end", "-ago", "-earlier")]
    texts += [p.read_text() for p in sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))]
    with_checks = [tag(t, "2020-09-14") for t in texts]
    unchecked = [(heads, before, after, None, None, rules) for heads, before, after, _, _, rules in T._KEY_GROUPS]
    assert unchecked != T._KEY_GROUPS
    monkeypatch.setattr(T, "_KEY_GROUPS", unchecked)
    assert [tag(t, "2020-09-14") for t in texts] == with_checks
    assert sum(map(len, with_checks)) > 100


def test_positions_survive_letters_that_lower_to_two():
    """'İ' (Istanbul in Turkish spelling) lowers to two characters: the dates after it are
    still found, at their own positions."""
    text = "İstanbul, İzmir and İznik. " * 8 + "He left three years ago, on 14 September 2020."
    got = [(t.text, t.value, text[t.start:t.end]) for t in tag(text, "2020-09-20")]
    assert got == [("three years ago", "2017", "three years ago"), ("14 September 2020", "2020-09-14", "14 September 2020")]


@pytest.mark.parametrize("sentence", ["He left the next day.", "That day was historic.",
                                      "The day after the vote, protests began."])
def test_an_expression_counted_from_nothing_is_left_out(sentence):
    """'the next day' with no date named before it has no date to count from."""
    assert tag(sentence, "2020-09-16") == []


def test_the_following_year_without_a_date_before_counts_from_publication():
    (t,) = tag("Sales rose the following year.", "2020-09-16")
    assert (t.value, t.resolution) == ("2021", "relative-to-dct")


@pytest.mark.parametrize("sentence,expected", [
    ("He was arrested Sept. 14 at 10:30 a.m.", [("Sept. 14", "2020-09-14"), ("10:30 a.m.", "2020-09-14T10:30")]),
    ("Sept. 14, 10:30 a.m.", [("Sept. 14", "2020-09-14"), ("10:30 a.m.", "2020-09-14T10:30")]),
    ("At 10 p.m. on Sept. 14 he left.", [("10 p.m.", "2020-09-14T22:00"), ("Sept. 14", "2020-09-14")]),
    # a time with no day beside it is on the publication day
    ("On Sept. 14, police said that at 10 p.m. the crowd left.", [("Sept. 14", "2020-09-14"), ("10 p.m.", "2020-09-16T22:00")]),
])
def test_a_time_of_day_beside_a_day_is_on_that_day(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, "2020-09-16")] == expected


@pytest.mark.parametrize("text,expected", [
    # "a year earlier" in a sentence about a quarter is that quarter one year before
    ("Profit in the third quarter rose to $5 million from $3 million a year earlier.",
     [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]),
    # a second "a year ago" is counted from the quarter, not from the first one (1987-Q3)
    ("Profit in the third quarter fell to $5 million from $9 million a year ago. "
     "Costs, compared with a year ago, rose.",
     [("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3"), ("a year ago", "1988-Q3")]),
    ("Third-quarter profit rose. Year-earlier results included a gain. Sales rose from a year earlier.",
     [("Third-quarter", "1989-Q3"), ("Year-earlier", "1988-Q3"), ("a year earlier", "1988-Q3")]),
    # a quarter in the sentence before is the period compared
    ("It lost $8.1 million for the third quarter ended Sept. 30. These results compare with net income of "
     "$1.8 million for the corresponding period last year.",
     [("the third quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"), ("the corresponding period last year", "1988-Q3")]),
    # but not a quarter that is itself a year back
    ("There was a gain in the 1988 period. The dividend is up 15% from 4 pence a year earlier.",
     [("the 1988 period", "1988-Q3"), ("a year earlier", "1988")]),
    # a period of months in the sentence: the year before as a whole
    ("Profit rose in the third quarter. For the nine months, it earned $18.9 million, "
     "compared with a loss a year earlier.",
     [("the third quarter", "1989-Q3"), ("the nine months", "P9M"), ("a year earlier", "1988")]),
])
def test_a_year_earlier_is_the_quarter_named_before(text, expected):
    assert [(t.text, t.value) for t in tag(text, "1989-11-02")] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The day before last Tuesday's court hearing, he flew to Miami.", [("The day before last Tuesday", "2000-02-21")]),
    ("He was arrested two days after Sept. 14 in Minsk.", [("two days after Sept. 14", "1999-09-16")]),
    ("Talks ended a week before Feb. 20.", [("a week before Feb. 20", "2000-02-13")]),
    ("Two days later he left.", [("Two days", "P2D")]),     # no day named: a length
])
def test_a_day_counted_from_the_day_named(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, "2000-02-24")] == expected


def test_the_week_of_a_day():
    (t,) = tag("It may be resolved in a court hearing the week of March 6.", "2000-02-24")
    assert (t.text, t.value, t.date_start, t.date_end) == ("the week of March 6", "2000-W10", "2000-03-06", "2000-03-12")



def test_earlier_and_later_this_month_split_it_at_the_reference_day():
    (e,) = tag("Tikhanovskaya left for Lithuania earlier this month.", "2020-09-16")
    (l,) = tag("The EU is expected to impose sanctions later this month.", "2020-09-16")
    assert (e.value, e.date_start, e.date_end) == ("2020-09", "2020-09-01", "2020-09-16")
    assert (l.text, l.value, l.date_start, l.date_end) == ("later this month", "2020-09", "2020-09-16", "2020-09-30")


@pytest.mark.parametrize("sentence,expected", [
    # both years guessed: the range runs forward in time
    ("The ceasefire agreed on November 10 held until Jan. 3, when fighting resumed.",
     [("November 10", "2019-11-10"), ("Jan. 3", "2020-01-03")]),
    ("The siege lasted from December to February.", [("December", "2019-12"), ("February", "2020-02")]),
    ("Drills will run from Dec. 28 to Jan. 5.", [("Dec. 28", "2020-12-28"), ("Jan. 5", "2021-01-05")]),
    # a year written out is kept
    ("It ran from November 10, 2020 until Jan. 3.", [("November 10, 2020", "2020-11-10"), ("Jan. 3", "2021-01-03")]),
])
def test_a_range_of_guessed_years_runs_forward(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, "2020-09-16")] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Strikes took place on Sept. 14, 15 and 16.", ["Sept. 14", "15", "16"]),
    ("On Sept. 14, 15 and 16 people were hurt.", ["Sept. 14"]),          # "16 people": no list
    ("He spoke on Sept. 14, 15 people died.", ["Sept. 14"]),
])
def test_days_listed_with_their_month_once(sentence, expected):
    assert [t.text for t in tag(sentence, "2020-09-16")] == expected


def test_two_days_listed_with_their_month_once():
    t = tag("Talks took place on Sept. 14 and 15 in Sochi.", "2020-09-16")
    assert [(x.text, x.value, x.role) for x in t] == [("Sept. 14", "2020-09-14", None), ("15", "2020-09-15", None)]
    assert [x.text for x in tag("He spoke on Sept. 14 and 25 people died.", "2020-09-16")] == ["Sept. 14"]


@pytest.mark.parametrize("sentence", [
    'Baker, speaking on ABC News\' "This Week," said the request was clear.',
    "Gonzalez said on CBS's ''60 Minutes.''",
    "Baker said on ABC-TV's “This Week With David Brinkley” that talks failed.",
])
def test_a_title_in_quotes_is_no_date(sentence):
    assert tag(sentence, "1990-08-13") == []


def test_a_quoted_date_is_still_a_date():
    assert [t.value for t in tag('He said "next week" and meant it; "Last Year" was a song.', "2020-09-16")] == ["2020-W39"]


@pytest.mark.parametrize("text,dot,expected", [
    ("Mr. Smith left.", "Mr.", True), ("based in Peoria, Ill., the bank", "Ill.", True),
    ("about approx. five days", "approx.", True), ("It ended. Then he left.", "ended.", False),
    ("in the U.S. Trade talks", "U.S.", False), ("the U.S. economy", "U.S.", True),
])
def test_period_of_abbreviation(text, dot, expected):
    from extract.sentences import period_of_abbreviation
    assert period_of_abbreviation(text, text.index(dot) + len(dot) - 1) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("The Dow last rose four weeks in a row between September and October of 2007.",
     [("four weeks", "P4W"), ("September", "2007-09"), ("October of 2007", "2007-10")]),
    ("Talks were held in December and January 2020.", [("December", "2019-12"), ("January 2020", "2020-01")]),
    ("It was built in March, 2019 and 2020.", [("March, 2019", "2019-03"), ("2020", "2020")]),
])
def test_a_year_written_once_for_two_dates(sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, "2009-03-13")] == expected


def test_the_following_day_counts_from_the_narratives_date_not_a_things_date():
    from extract.timex import tag
    text = ("They deemed the November 27 maritime agreement null and void. On Wednesday the ministers met. "
            "In a press release issued the following day, Turkey denounced the summit.")
    got = {t.text: t.value for t in tag(text, "2020-01-11")}
    assert got["the following day"] == "2020-01-09", got
    # a date that is the narrative's still anchors it
    got = {t.text: t.value for t in tag("He was arrested on November 27. The following day he was freed.", "2020-01-11")}
    assert got["The following day"] == "2019-11-28", got


def test_the_previous_day_counts_from_the_last_day_named_however_far_back():
    from extract.timex.tagger import tag
    text = ("Yesterday, Kosgei won the Chicago Marathon. " + "She ran a time of 2:14:04 in the race. " * 40
            + "Just the previous day, Kipchoge ran a marathon in under two hours.")
    got = [(t.text, t.value) for t in tag(text, "2019-10-14")]
    assert ("the previous day", "2019-10-12") in got, got


def test_the_weekday_after_the_report_in_local_time_is_a_day_ahead():
    from extract.timex import tag
    # a report of Thursday in New York tells a death "early Friday local time" in Wuhan: the next
    # day in the place's time zone, not the Friday a week before
    got = [(t.text, t.value) for t in tag("Li died early Friday local time, the hospital said.", "2020-02-06")]
    assert got == [("Friday", "2020-02-07")], got
    got = [(t.text, t.value) for t in tag("Li died on Friday, the hospital said.", "2020-02-06")]
    assert got == [("Friday", "2020-01-31")], got


def test_a_month_and_day_take_the_year_that_opens_their_sentence():
    from extract.timex import tag
    text = ("In 2012, three owners were killed: Gebeli on July 6; Kadare on August 2; and on November 16, "
            "Vahidipourlast was killed. Police acted on November 20.")
    got = [(t.text, t.value) for t in tag(text, "2016-03-04")]
    assert got[1:4] == [("July 6", "2012-07-06"), ("August 2", "2012-08-02"), ("November 16", "2012-11-16")], got
    assert got[4] == ("November 20", "2015-11-20"), got      # the next sentence: from the publication date
    # a year inside a clause that describes something is not the sentence's scene
    got = [(t.text, t.value) for t in tag("Under a program approved in 1987, Nashua had purchased 481,000 shares "
                                          "through Sept. 29.", "1989-10-30")]
    assert ("Sept. 29", "1989-09-29") in got, got


def test_earlier_in_the_day_counts_from_a_part_of_a_day_named_before():
    t = tag("A spokeswoman said today that seven people were treated.\n\nThatcher left Bonn early yesterday evening "
            "after talks. She had flown to West Germany from talks in Normandy earlier in the day.", "1987-03-24")
    assert [(x.text, x.value) for x in t if x.text == "the day"] == [("the day", "1987-03-23")]


def test_a_forecast_in_the_present_looks_ahead():
    t = tag("Meteorologists predict landfall Saturday morning.", "2019-07-12")
    assert [(x.text, x.value) for x in t] == [("Saturday morning", "2019-07-13TMO")]
