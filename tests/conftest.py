import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_extractions():
    from extract import extract_article, read_article
    return {p.name: extract_article(read_article(p)) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def founding(seed_extractions):
    return seed_extractions["000_4a18ea590833d17d.txt"]
