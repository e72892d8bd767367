"""The trigger table: ``data/triggers.tsv`` read once into the words that make events, by event type
(verb forms and phrases as written, every past form of the listed lemmas, event nouns), matched as
whole words on a lower-cased sentence (``TRIGGER_RE``). :mod:`extract.triggers` chooses among a
sentence's hits; :mod:`extract.usage` tells when a word is not used as what it names."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from .lexicon import DATA
from .predicates import past_forms
from .textutil import trie_regex


@dataclass(frozen=True)
class Trigger:
    type: str
    form: str
    verb: bool
    generic: bool = False       # a happening verb in no row of the table (typed by its sentence's domain)


def _load_triggers() -> tuple[re.Pattern, dict[str, Trigger]]:
    table: dict[str, Trigger] = {}
    with open(DATA / "triggers.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            for col, verb in (("verbs", True), ("nouns", False)):
                for form in filter(None, (r[col] or "").split("|")):
                    table.setdefault(form.lower(), Trigger(r["type"], form.lower(), verb))
            for lemma in filter(None, (r["lemmas"] or "").split("|")):
                for form in past_forms(lemma):
                    table.setdefault(form, Trigger(r["type"], form, True))
    # matched on the lower-cased sentence; the trie form keeps the scan fast
    # ... as a whole word: not "won" in "won't"
    pattern = re.compile(r"(?<![\w-])(?:" + trie_regex(table) + r")(?![\w-]|['’]t\b)")
    return pattern, table


TRIGGER_RE, TRIGGERS = _load_triggers()
# the nouns of the table that name an incident at a place (a fire, a bombing, a quake, a riot)
INCIDENT_NOUNS = frozenset(k for k, t in TRIGGERS.items()
                           if not t.verb and " " not in k and t.type in ("violence", "accident", "disaster", "protest"))
