"""Writes dashboard/static/countries.tsv: ISO alpha-2 code, alpha-3 code (the id of the
country's shape in countries_110m.geojson) and the GeoNames name of every country of the
gazetteer. The alpha-3 code is the border shape that holds the country's GeoNames point
(point in polygon), else the nearest shape's; run once after build_borders.py.

    .venv/bin/python scripts/build_country_codes.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _inside(lon, lat, ring):
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][:2]
        xj, yj = ring[j][:2]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def _polygons(geom):
    return [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]


def main() -> None:
    from extract.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    shapes = json.loads((ROOT / "dashboard" / "static" / "countries_110m.geojson").read_text())["features"]
    names, points = {}, {}
    for i, row in enumerate(gaz.rows):
        if "\tcountry\t" in row:
            r = gaz.record(i)
            if r.feature == "country" and r.country and r.country not in names:
                names[r.country] = r.name
                points[r.country] = (r.lon, r.lat)
    for line in (ROOT / "extract" / "data" / "country_points.tsv").read_text().splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and parts[0] != "iso":
            points[parts[0]] = (float(parts[2]), float(parts[1]))
    rows = []
    for cc in sorted(names):
        lon, lat = points[cc]
        iso3 = ""
        for f in shapes:
            if any(_inside(lon, lat, poly[0]) for poly in _polygons(f["geometry"]) if poly):
                iso3 = f["properties"]["iso3"]
                break
        rows.append(f"{cc}\t{iso3}\t{names[cc]}")
    # a small territory inside a larger shape (Vatican in Italy) does not take that shape: of the
    # codes that found one shape, the one whose alpha-2 starts its alpha-3 keeps it, else the first
    by3 = {}
    for r in rows:
        cc, iso3, _ = r.split("\t")
        if iso3:
            by3.setdefault(iso3, []).append(cc)
    keep = {iso3: next((c for c in ccs if iso3.startswith(c)), ccs[0]) for iso3, ccs in by3.items()}
    rows = [r if not r.split("\t")[1] or keep[r.split("\t")[1]] == r.split("\t")[0]
            else "\t".join([r.split("\t")[0], "", r.split("\t")[2]]) for r in rows]
    out = ROOT / "dashboard" / "static" / "countries.tsv"
    out.write_text("# ISO alpha-2, the Natural Earth shape's alpha-3 (empty: too small for the 110m borders),"
                   " GeoNames name; built by scripts/build_country_codes.py\n" + "\n".join(rows) + "\n")
    print(f"{len(rows)} countries, {sum(1 for r in rows if r.split(chr(9))[1])} with a shape → {out}")


if __name__ == "__main__":
    main()
