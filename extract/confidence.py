"""Event confidence: the chance that an event is right — a real event with the right type, date
and place — from how its parts were found.

A logistic model over a few facts of the event (how its date and its place were found, whether
its trigger is a word of the table, a verb in no row or an event noun, whether it is a
statement, its modality, whether it has actors). The weights are data
(``data/confidence.tsv``), fitted by ``scripts/calibrate_confidence.py`` on the hand-judged
real-article dev set (``tests/data/realnews_judgements.json``); the script prints the
reliability table (confidence bins against the share right).
"""
from __future__ import annotations

import math

from .lexicon import DATA
from .schema import Event


def _load() -> dict[str, float]:
    path = DATA / "confidence.tsv"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: fit it with `python scripts/calibrate_confidence.py`")
    weights: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("feature\t"):
                continue
            name, w = line.rstrip("\n").split("\t")
            weights[name] = float(w)
    return weights


WEIGHTS = _load()


def features(ev: Event, trigger_kind: str) -> list[str]:
    """The facts of an event the model weighs; ``trigger_kind``: table-verb | table-noun | generic."""
    date_how = ev.date_resolution if not ev.date_resolution.startswith("range") else "range"
    return ["bias", f"date:{date_how}", f"place:{ev.place_resolution}", f"trigger:{trigger_kind}",
            f"statement:{ev.type == 'statement'}", f"modality:{ev.modality}",
            f"precision:{ev.place.precision if ev.place is not None else 'none'}"]


def trigger_kind(trig) -> str:
    """table-verb, table-noun or generic, for a :class:`extract.triggers.Trigger`."""
    return "generic" if trig.generic else ("table-verb" if trig.verb else "table-noun")


def confidence(ev: Event, trig) -> float:
    """The modelled chance that the event is right, rounded to two decimals."""
    z = sum(WEIGHTS.get(f, 0.0) for f in features(ev, trigger_kind(trig)))
    return round(1 / (1 + math.exp(-z)), 2)
