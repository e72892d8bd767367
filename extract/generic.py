"""What is generally so, not a happening of a day: a description in the present ("Russia provides it with cheap
fuel"), a habit ("has long pushed for"), how an office is filled ("members of the House are elected for two-year
terms"). :func:`extract.events` asks this of a sentence with no date of its own."""
from __future__ import annotations

import re

from .dating import FINITE, REPORTED
from .predicates import VERB_FORMS
from .triggers import RELATIVE_BEFORE, Trigger

_HABITUAL = re.compile(r"\b(?:has|have|had)\s+(?:long|always|traditionally|historically|repeatedly|largely|"
                       r"widely|generally|often|consistently)\b", re.I)
# a verb group in the present passive: "are elected", "is either re-elected"
_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?:either|usually|typically|normally|generally|often|always|"
                                     r"automatically|only|also|traditionally|indirectly|directly)\s+)?$", re.I)


def participle(word: str) -> bool:
    """Whether a verb form is a past participle ("elected"; "re-elected" as "elected")."""
    reading = VERB_FORMS.get(word) or VERB_FORMS.get(word[3:] if word.startswith("re-") else "")
    return reading is not None and "VBN" in reading[1]


def generic(sentence: str, trig: Trigger, ts: int, te: int) -> bool:
    """A sentence with no date of its own that tells what is generally so ("Russia provides it
    with cheap fuel", "the party awards delegates proportionally", "the regime is responsible
    for ...", "the United States continues to support ..."), or describes someone by what they
    did ("These individuals include ... personnel who detained ..."), not that something happened."""
    if trig.type == "statement":
        return False
    if RELATIVE_BEFORE.search(sentence, max(0, ts - 8), ts):
        finite = FINITE.search(sentence, 0, ts)
        if finite is not None and finite.lastgroup == "present":
            return True         # a relative clause inside a description in the present
    if _HABITUAL.search(sentence):
        return True             # "The Kremlin has long pushed for integration": a state of affairs
    if trig.verb and trig.type not in ("arrest", "legal") and _PRESENT_PASSIVE_BEFORE.search(sentence, max(0, ts - 30), ts) \
            and participle(trig.form.split()[0].lower()):
        return True             # "members of the House are elected for two-year terms", "the leader of the party
                                # is appointed Prime Minister by the King": how it is done (not "Eder is charged
                                # with conspiring": a charge made)
    first = trig.form.split()[0]
    if trig.verb and first.endswith("s") and not first.endswith("ss") and not REPORTED.search(sentence[:te]):
        return True             # "provides" with no past or perfect before it; not "held", "flew"
    if not trig.verb and not REPORTED.search(sentence):
        return True
    finite = FINITE.search(sentence)
    return finite is not None and finite.lastgroup == "present" and not trig.verb
