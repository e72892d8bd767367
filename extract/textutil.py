"""Small text helpers shared by the extractors."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of literal words as a trie ("jan(?:uary)?|ju(?:ly|ne)"), which Python's
    regex engine scans far faster than a flat alternation of the same words."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Erdoğan" → "Erdogan", "Montréal" → "Montreal")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with the offsets of ``text``: a character whose lower case is longer
    ("İ" → "i̇", as in "İstanbul") is kept as it is, so a match in the result is a match at the
    same place in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in the 300 characters before it: more
    opening marks (“ or ``) than closing ones (” or ''), or an odd number of straight quotes."""
    w = text[max(0, pos - 300):pos]
    return w.count("“") > w.count("”") or w.count("``") > w.count("''") or w.count('"') % 2 == 1


_QUOTE_MARKS = re.compile(r"[“”\"]|``|''")


def quotation_spans(text: str) -> list[tuple[int, int, bool]]:
    """The closed quotations of a text, each from its opening mark to its closing one, within a
    paragraph (a line): a quotation may run over several sentences ("“Any life lost ... for our
    City,” said Vance. “But ... We must never allow ... shot, or killed. I hope ..."" — the
    sentences between its marks are all quoted). A mark left open at the paragraph's end opens a
    span that ends with it (``end`` = the paragraph's end, ``open`` True: its caller ends it with
    the mark's sentence)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        opened = None
        for m in _QUOTE_MARKS.finditer(line):
            q = m.group()
            if q in ("“", "``"):
                opened = m.start() if opened is None else opened
            elif q in ("”", "''") or opened is not None:
                if opened is not None:
                    spans.append((pos + opened, pos + m.end(), False))
                opened = None
            else:
                opened = m.start()
        if opened is not None:
            spans.append((pos + opened, pos + len(line), True))
        pos += len(line) + 1
    return spans

