"""What the two figures share: a colour per event type (the same on the timeline, the map and
their legends) and the escaping of the text put into their HTML hover labels."""
from __future__ import annotations

TYPE_COLORS = {
    "travel": "#1f77b4", "meeting": "#17becf", "statement": "#7f7f7f", "military": "#d62728",
    "protest": "#ff7f0e", "violence": "#8c0000", "arrest": "#9467bd", "sanction": "#e377c2",
    "cooperation": "#2ca02c", "agreement": "#bcbd22", "election": "#8c564b", "death": "#333333",
}


def hover_escape(s: str) -> str:
    """Text as itself inside a hover label (which Plotly reads as HTML)."""
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
