"""Build ``extract/data/common_words.txt``: the most frequent English words, lower case.

The actor finder uses it to tell a name ("Boeing", "Lukashenko") from an ordinary word that is
capitalised ("Order", "Music", "Software"): an ordinary word needs more evidence before it is
taken for an organisation's name.

Source: the ``wordfreq`` package (Robyn Speer; word lists CC BY-SA 4.0, see NOTICE.md).

Only words at least as frequent as Zipf 4.9 ("order", "music", "white", "computer") are kept:
wordfreq folds case, so rarer "words" are often names themselves ("apple" 4.76, "google" 4.86,
"boeing" 3.8).

usage: python scripts/build_wordlist.py [--zipf 4.9]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "common_words.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zipf", type=float, default=4.9)
    zipf = ap.parse_args().zipf
    words = sorted({w for w in top_n_list("en", 20000) if w.isalpha() and w.islower() and len(w) > 1
                    and zipf_frequency(w, "en") >= zipf})
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# English words of wordfreq (CC BY-SA 4.0) with Zipf frequency >= {zipf}, lower case\n")
        f.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
