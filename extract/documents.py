"""The day of a document's or a study's words: a letter's, memo's or memorandum's words are written by the day the
story gave the letter ("Embassies received letters over the weekend ... The letter said"), a study's by the day the
story gave its publication ("a study published on Thursday in Nature ... the authors wrote"). Read by
:mod:`extract.dating`; the story (an ``events._Story``) is passed in, not imported."""
from __future__ import annotations

import re
from typing import Optional


LETTERS = frozenset("letter memo memorandum".split())
DOCUMENT_WHY = tuple(f"'the {d}': written by" for d in LETTERS)


# a study's voice before its verb of saying: "the authors wrote", "the study's authors noted", "the researchers wrote
# in the study", "the study said"; or after it: ', the study authors wrote'
STUDY_VOICE_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:new\s+)?(?:study|paper)(?:['’]s)?\s+(?:authors|researchers)?\s*$"
                                 r"|\b(?:the|its|their)\s+(?:study\s+)?authors\s+(?:also\s+)?$", re.I)
STUDY_VOICE_AFTER = re.compile(r"\s+in\s+(?:the|their|its)\s+(?:study|paper)\b", re.I)
_STUDY_PUBLISHED = re.compile(r"\b(?:study|paper|research|findings)\b[^.;]{0,80}?\b(?:published|released|posted|presented)\b"
                              r"|\b(?:published|released|posted|presented)\b[^.;]{0,40}?\b(?:study|paper|findings)\b", re.I)


def study_day(story) -> Optional[tuple[str, str]]:
    """The day the story gave the publication of the last study it told before the sentence being dated ("a study
    published on Thursday in Nature"), in the fortnight before the report, with its words; None when it gave none."""
    lo, found = story._fortnight_start(), None
    for a, b in story.sents:
        if a >= story.sentence_start:
            break
        if not _STUDY_PUBLISHED.search(story.text, a, b):
            continue
        tx = next((t for t in story.timexes if a <= t.start < b and t.date_start and t.date_start == t.date_end
                   and t.type == "DATE" and lo and lo <= t.date_start <= story.pub), None)
        if tx is not None:
            found = tx.date_start, tx.text    # (the last study told before: "Another study, published on Tuesday")
    return found


def document_sentence(story, noun: str) -> Optional[int]:
    """The index of the article's first sentence that names the document ("Embassies received letters
    over the weekend" for "the letter"), or None."""
    word = re.compile(r"\b" + noun + r"s?\b", re.I)
    return next((i for i, (a, b) in enumerate(story.sents) if word.search(story.text, a, b)), None)


def document_day(story, noun: str) -> Optional[tuple[str, str]]:
    """The last day of the first date of the first sentence before this one that names the document
    ("Embassies received letters over the weekend"), with its words; None when none does."""
    si = document_sentence(story, noun)
    if si is None or story.sents[si][0] >= story.sentence_start:
        return None
    a, b = story.sents[si]
    tx = next((t for t in story.timexes if a <= t.start < b and t.date_end and t.type == "DATE"), None)
    return (tx.date_end, tx.text) if tx is not None else None
