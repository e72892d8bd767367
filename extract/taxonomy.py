"""The event taxonomy: the types of events (PLOVER/CAMEO-aligned), with their labels."""
from __future__ import annotations

EVENT_TYPES = {
    "travel": "Travel / visit",
    "meeting": "Meeting / talks",
    "statement": "Statement",
    "military": "Military exercise / deployment",
    "protest": "Protest",
    "violence": "Violence",
    "arrest": "Arrest / sentence",
    "sanction": "Sanction",
    "cooperation": "Aid / cooperation",
    "agreement": "Agreement",
    "election": "Election",
    "death": "Death / disaster",
}
