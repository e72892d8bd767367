"""What the figures share: a colour per event type (the same on the timeline, the map and
their legends), the types grouped by family, country names, and the escaping of the text put
into the figures' HTML hover labels.

Colours come by family (``extract.EVENT_FAMILIES``): each family has a hue and its types take
shades of it, so any type the taxonomy adds gets a colour, and a type it does not know (an old
store) a neutral grey."""
from __future__ import annotations

import colorsys
from functools import lru_cache
from pathlib import Path

import extract

EVENT_TYPES: dict = extract.EVENT_TYPES

FAMILY_HUES = [0.58, 0.0, 0.08, 0.78, 0.33, 0.13, 0.92, 0.5]      # blue, red, orange, purple, green, ...
UNKNOWN_COLOR = "#777777"
MANY_TYPES = 12       # above this many types, the legend and the type filter are grouped by family


def families() -> dict[str, list[str]]:
    """Family → its types, in taxonomy order; every type of EVENT_TYPES is in one ('Other')."""
    out: dict[str, list[str]] = {}
    seen = set()
    for fam, types in extract.EVENT_FAMILIES.items():
        out[fam] = [t for t in types if t in EVENT_TYPES]
        seen.update(out[fam])
    other = [t for t in EVENT_TYPES if t not in seen]
    if other:
        out["Other"] = other
    return {f: ts for f, ts in out.items() if ts}


@lru_cache(maxsize=1)
def type_colors() -> dict[str, str]:
    """Type → colour: one hue per family, its types in shades from dark to light."""
    colors = {}
    for k, (fam, types) in enumerate(families().items()):
        hue = FAMILY_HUES[k % len(FAMILY_HUES)]
        n = len(types)
        for i, t in enumerate(types):
            light = 0.38 + (0.30 * i / max(1, n - 1) if n > 1 else 0.07)
            sat = 0.75 if hue != 0.5 else 0.35
            r, g, b = colorsys.hls_to_rgb(hue, light, sat)
            colors[t] = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
    return colors


def type_color(t: str) -> str:
    return type_colors().get(t, UNKNOWN_COLOR)


def type_family(t: str) -> str:
    return next((f for f, ts in families().items() if t in ts), "Other")


def type_label(t: str) -> str:
    return EVENT_TYPES.get(t, str(t))


def legend_title(t: str, n_types: int) -> str:
    """The legend group title of a type: its family when there are many types, else none."""
    return type_family(t) if n_types > MANY_TYPES else ""


class _Colors(dict):
    def __missing__(self, key):
        return UNKNOWN_COLOR


TYPE_COLORS = _Colors(type_colors())      # kept for older callers: .get(t, default) works too


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    out = {}
    f = Path(__file__).resolve().parent / "static" / "countries.tsv"
    for line in f.read_text().splitlines():
        if line and not line.startswith("#"):
            cc, iso3, name = line.split("\t")
            out[cc] = (iso3, name)
    return out


def country_name(cc) -> str:
    """'BY' → 'Belarus' (the code itself when unknown)."""
    if not isinstance(cc, str) or not cc:
        return ""
    return _countries().get(cc, ("", cc))[1]


def country_iso3(cc) -> str:
    """'BY' → 'BLR', the id of its shape in the shipped borders ('' when it has none)."""
    return _countries().get(cc, ("", ""))[0] if isinstance(cc, str) else ""


def hover_escape(s: str) -> str:
    """Text as itself inside a hover label (which Plotly reads as HTML)."""
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
