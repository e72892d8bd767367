"""Writes extract/data/country_extents.tsv: each country's extent (south, north, west, east: the
5th and 95th percentiles of its towns' latitudes and longitudes) from the shipped gazetteer, so
that placing "north-eastern Syria" does not first read all 178,000 rows of the gazetteer. Run
after scripts/build_gazetteer.py (tests/test_gazetteer.py fails while the file is stale).

    .venv/bin/python scripts/build_country_extents.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.gazetteer import EXTENTS_PATH, compute_extents, default_gazetteer  # noqa: E402


def main() -> None:
    extents = compute_extents(default_gazetteer())
    lines = ["# Each country's extent from its towns in gazetteer.tsv.gz (5th and 95th percentiles of their",
             "# latitudes and longitudes); written by scripts/build_country_extents.py, do not edit.",
             "iso\tsouth\tnorth\twest\teast"]
    lines += ["\t".join([cc] + [repr(v) for v in ext]) for cc, ext in sorted(extents.items())]
    EXTENTS_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{EXTENTS_PATH}: {len(extents)} countries")


if __name__ == "__main__":
    main()
