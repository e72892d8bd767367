"""The event taxonomy: one type per event, each in a family for the legend and the filters.

The political types follow the top-level categories of PLOVER/CAMEO (travel, meeting,
statement, agreement, cooperation, sanction, election, military, protest, violence, arrest);
the others are what ordinary news needs (ACLED's and GDELT's coverage stops at politics and
conflict). Each type's words are in ``data/triggers.tsv``; a verb in no row takes its type from
the sentence's domain words (``data/domains.tsv``). Examples of each are in the README.
"""
from __future__ import annotations

EVENT_TYPES = {
    # politics and diplomacy
    "travel": "Travel / visit",
    "meeting": "Meeting / talks",
    "statement": "Statement",
    "agreement": "Agreement",
    "cooperation": "Aid / cooperation",
    "sanction": "Sanction",
    "election": "Election",
    "appointment": "Appointment / resignation",
    # conflict and security
    "military": "Military exercise / deployment",
    "protest": "Protest",
    "violence": "Violence",
    "arrest": "Arrest / charge",
    # law
    "legal": "Court / legal",
    # economy
    "economy": "Economy / business",
    # disasters, accidents, deaths
    "disaster": "Natural disaster",
    "accident": "Accident",
    "death": "Death",
    # society
    "sport": "Sport",
    "science": "Science / technology",
    "health": "Health",
    "other": "Other happening",
}

EVENT_FAMILIES = {
    "Politics & diplomacy": ("travel", "meeting", "statement", "agreement", "cooperation", "sanction",
                             "election", "appointment"),
    "Conflict & security": ("military", "protest", "violence", "arrest"),
    "Law & courts": ("legal",),
    "Economy & business": ("economy",),
    "Disasters & accidents": ("disaster", "accident", "death"),
    "Society, science & sport": ("sport", "science", "health", "other"),
}
FAMILY_OF = {t: fam for fam, types in EVENT_FAMILIES.items() for t in types}
assert set(FAMILY_OF) == set(EVENT_TYPES), "every type has one family"
