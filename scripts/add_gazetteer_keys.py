"""Add to ``extract/data/gazetteer.tsv.gz`` the keys of the hand-written lists it lacks, as
``scripts/build_gazetteer.py`` records them, without a full rebuild (which needs GeoNames'
extracts); a full rebuild gives the same records:

* the demonyms of ``extract/data/demonyms.tsv``: a ``demonym`` record at its country's point,
  under the demonym's own key;
* the town aliases of ``extract/data/city_aliases.tsv`` ("NYC"): a key to the town's own record.

usage: python scripts/add_gazetteer_keys.py
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extract.gazetteer import DEFAULT_PATH, name_key  # noqa: E402


def load_tsv(name: str) -> list[dict]:
    with open(ROOT / "extract" / "data" / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def main() -> None:
    with gzip.open(DEFAULT_PATH, "rt", encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n%%\n")
    lines = head.split("\n")
    comments = [line for line in lines if line.startswith("#")]
    rows = [line for line in lines if line and not line.startswith("#")]
    header, records = rows[0], rows[1:]
    index = dict(line.split("\t", 1) for line in body.split("\n") if line)
    countries, by_id = {}, {}
    for i, r in enumerate(records):
        f = r.split("\t")
        if f[5] == "country":
            countries.setdefault(f[4], f)
        by_id.setdefault(f[0], i)
    demonyms = aliases = 0
    for r in load_tsv("demonyms.tsv"):
        key, iso = name_key(r["demonym"]), (r["iso"] or "").strip()
        c = countries.get(iso)
        if c is None or key in index:
            continue
        records.append("\t".join([c[0], c[1], c[2], c[3], c[4], "demonym", "0", "", "0", "0"]))
        index[key] = str(len(records) - 1)
        demonyms += 1
    for r in load_tsv("city_aliases.tsv"):
        key, row = name_key(r["alias"]), by_id.get(r["geonameid"])
        if row is None:
            sys.exit(f"city_aliases.tsv: no record {r['geonameid']} ({r['name']}) in {DEFAULT_PATH}")
        rows_of_key = index.get(key, "").split(",") if key in index else []
        if str(row) not in rows_of_key:
            index[key] = ",".join(rows_of_key + [str(row)])
            aliases += 1
    out = "\n".join(comments + [header] + records) + "\n%%\n" + "\n".join(f"{k}\t{v}" for k, v in index.items()) + "\n"
    with gzip.open(DEFAULT_PATH, "wt", encoding="utf-8") as f:
        f.write(out)
    print(f"{demonyms} demonyms and {aliases} town aliases added to {DEFAULT_PATH}")


if __name__ == "__main__":
    main()
