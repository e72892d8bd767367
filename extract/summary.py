"""The "what happened" line of an event: who – did what – to whom, from the words of its clause."""
from __future__ import annotations

import re

# small patterns of the functions below, compiled once (not looked up in re's cache on every call)
_BE_END = re.compile(r"\b(?:was|were|been|being)\s*$")
_CLAUSE_MARK = re.compile(r"[,;()]")
_OPENING_PREPOSITION = re.compile(r"^(?:on|in|at|during|since|by|until)\s+(?=[A-Z]|(?:it|he|she|they|we|the)\b)")


# where a "what happened" line stops: a clause boundary, a purpose, a reason, what is said after
_LINE_END = re.compile(r"[;:()]|,\s|\s(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|be\b)[a-z]+\b(?!\s+(?:to|from|of)\b)|"
                       r"who|which|where|while|after|before|because|although|amid|following|when|saying|thanks to)\b")
_LINE_START = re.compile(r"[;:(]|,\s|\)\s*[-–—]\s*|\b(?:after|before|until)\s+(?=[A-Z])")
# (after a credit: "(Reuters) - "; inside a clause of time: "... after Turkey began an offensive")
_LEADING = re.compile(r"^(?:(?:and|but|so|then|meanwhile|however|also|yesterday|today)\b\s*)+", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they|the company|the country)\b", re.I)
_TRAILING = re.compile(r"(?:\s+(?:on|in|at|by|for|of|from|to|with|the|a|an|and|or|early|late|last|this|next|"
                       r"earlier|later|since|until|during))+$", re.I)
LINE_WORDS = 14         # words of a "what happened" line at most
# a relative clause's trigger: its antecedent, the last noun phrase led by an article before its
# pronoun, is who or what acted
_RELATIVE_PRONOUN = re.compile(r",?\s+(?:that|which|who)\s+(?:\w+ly\s+)?$")
_ARTICLE = re.compile(r"\b(?:a|an|the)\s", re.I)


def _without_spans(text: str, a: int, b: int, spans) -> str:
    """text[a:b] with the spans cut out (a space where one was)."""
    pieces, pos = [], a
    for x, y in sorted(spans):
        if y <= pos or x >= b:
            continue
        pieces.append(text[pos:max(pos, x)])
        pos = max(pos, y)
    pieces.append(text[pos:b])
    return " ".join(pieces)


def what_happened(sentence: str, ts: int, te: int, actor1: list[str], timexes: list[tuple[int, int]] = ()) -> str:
    """A short readable line for the event, who – did what – to whom ("Alexander Lukashenko flew
    to Russia"): the words of the trigger's clause, from its subject to the end of the clause
    (a purpose, a reason, a subordinate clause), without its dates; a pronoun subject is the
    actor it stands for; a long subject gives way to the acting actors."""
    start = 0
    for m in _LINE_START.finditer(sentence, 0, ts):
        if m.group() == "(" and ")" in sentence[m.end():ts]:
            continue        # a parenthesis closed before the trigger: "The Syrian Democratic Forces (SDF) announced"
        start = m.end()
    end = len(sentence)
    m = _LINE_END.search(sentence, te)
    if m:
        end = m.start()
    ts_head = ts
    rel = _RELATIVE_PRONOUN.search(sentence, max(0, ts - 40), ts)
    if rel:         # "aftershocks of a powerful earthquake ... that struck the south": the earthquake struck
        lo = max(0, rel.start() - 60)
        heads = [m.start() for m in _ARTICLE.finditer(sentence, lo, rel.start())
                 if not _CLAUSE_MARK.search(sentence[m.start():rel.start()])]
        if heads:
            start, ts_head = heads[-1], rel.start()
    # the clause's words before and from the trigger, each without the dates inside it
    head, pred = _without_spans(sentence, start, ts_head, timexes), _without_spans(sentence, ts, end, timexes)
    head = _LEADING.sub("", " ".join(head.split())).rstrip(",")
    head = _OPENING_PREPOSITION.sub("", head)
    # ("On [Monday] Russia was to send", "In [2008] it lost")
    if actor1 and (not head or len(head.split()) > 8):
        head = " and ".join(actor1[:2])
    elif actor1 and _PRONOUN.match(head) and not _BE_END.search(head):
        head = _PRONOUN.sub(actor1[0], head, count=1)
    words = f"{head} {' '.join(pred.split())}".split()[:LINE_WORDS]
    line = _TRAILING.sub("", " ".join(words).rstrip(" .,;\"”"))
    line = line[:1].upper() + line[1:]
    return line if len(line) <= 140 else line[:139].rsplit(" ", 1)[0] + "…"
