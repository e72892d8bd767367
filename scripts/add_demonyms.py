"""Add to ``extract/data/gazetteer.tsv.gz`` the demonyms of ``extract/data/demonyms.tsv`` it lacks,
as ``scripts/build_gazetteer.py`` records them: a ``demonym`` record at its country's point, under
the demonym's own key. For a demonym added to the list without a full rebuild (which needs
GeoNames' extracts); a full rebuild gives the same records.

usage: python scripts/add_demonyms.py
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extract.gazetteer import DEFAULT_PATH, name_key  # noqa: E402


def main() -> None:
    with gzip.open(DEFAULT_PATH, "rt", encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n%%\n")
    lines = head.split("\n")
    comments = [line for line in lines if line.startswith("#")]
    rows = [line for line in lines if line and not line.startswith("#")]
    header, records = rows[0], rows[1:]
    index = dict(line.split("\t", 1) for line in body.split("\n") if line)
    countries = {}
    for i, r in enumerate(records):
        f = r.split("\t")
        if f[5] == "country":
            countries.setdefault(f[4], f)
    added = 0
    with open(ROOT / "extract" / "data" / "demonyms.tsv", encoding="utf-8") as f:
        for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            key, iso = name_key(r["demonym"]), (r["iso"] or "").strip()
            c = countries.get(iso)
            if c is None or key in index:
                continue
            records.append("\t".join([c[0], c[1], c[2], c[3], c[4], "demonym", "0", "", "0", "0"]))
            index[key] = str(len(records) - 1)
            added += 1
    out = "\n".join(comments + [header] + records) + "\n%%\n" + "\n".join(f"{k}\t{v}" for k, v in index.items()) + "\n"
    with gzip.open(DEFAULT_PATH, "wt", encoding="utf-8") as f:
        f.write(out)
    print(f"{added} demonyms added to {DEFAULT_PATH}")


if __name__ == "__main__":
    main()
