"""The dev set's re-scoring script: comparing every event's row before and after a change (scripts/score_realnews.py
--rows / --against), so that a change that takes an event back to a form judged in an older round shows."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from score_realnews import compare_rows  # noqa: E402


def _row(start, date, right, place="Paris", trigger="said"):
    return {"article": "a.txt", "trigger_start": start, "trigger": trigger, "type": "statement",
            "date_start": date, "date_end": date, "place": place, "right": right}


def test_a_row_gone_back_to_an_older_judged_form_is_listed_with_both_verdicts():
    before = [_row(10, "2020-01-02", True), _row(50, "2020-01-03", False)]
    after = [_row(10, "2020-01-01", False), _row(50, "2020-01-03", False)]
    diff, counts = compare_rows(before, after)
    assert diff == [(before[0], after[0])]
    assert counts == {"rows": 1, "right_before": 1, "right_after": 0, "unjudged_after": 0}


def test_rows_that_appear_or_disappear_are_listed():
    before = [_row(10, "2020-01-02", True)]
    after = [_row(20, "2020-01-02", None, trigger="told")]
    diff, counts = compare_rows(before, after)
    assert diff == [(before[0], None), (None, after[0])]
    assert counts == {"rows": 2, "right_before": 1, "right_after": 0, "unjudged_after": 1}


def test_unchanged_rows_are_not_listed():
    rows = [_row(10, "2020-01-02", True), _row(50, "2020-01-03", None)]
    assert compare_rows(rows, [dict(r) for r in rows]) == ([], {"rows": 0, "right_before": 0, "right_after": 0,
                                                                "unjudged_after": 0})
