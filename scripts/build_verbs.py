"""Build ``extract/data/verbs.tsv.gz``: English verb forms with their lemma and WordNet supersense.

    apt-get install -y wordnet-base          # WordNet 3.0 in /usr/share/wordnet
    pip install -r requirements-build.txt    # lemminflect (the inflections)
    python scripts/build_verbs.py

For every single-word verb of WordNet 3.0 whose senses occur at least once in WordNet's
sense-tagged corpus (``index.verb``'s tagsense_cnt > 0: about 4,800 verbs; the rest are rare
words that mislead more than they help), the forms that lemminflect gives (VB, VBD, VBN, VBZ,
VBG) and the supersense (lexicographer file: change, motion, communication, stative, ...) of the
verb's most frequent sense, plus how many of its tagged senses are stative or mental (cognition,
emotion, perception): the extractor reads a clause whose main verb is of a happening supersense
as an event. A form that is the form of several verbs lists each lemma (``lay``: lie, lay).

The WordNet 3.0 licence allows use and redistribution with its notice (extract/data/WORDNET_LICENSE); the
running product reads only the table written here, not WordNet or lemminflect.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "verbs.tsv.gz"
LEXNAMES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
            34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion",
            39: "perception", 40: "possession", 41: "social", 42: "stative", 43: "weather"}
NOT_HAPPENING = {"stative", "cognition", "emotion", "perception"}


def main() -> int:
    if not (WORDNET / "index.verb").exists():
        sys.exit("WordNet 3.0 is needed: apt-get install -y wordnet-base")
    try:
        from lemminflect import getAllInflections
    except ImportError:
        sys.exit("lemminflect is needed: pip install -r requirements-build.txt")
    lexfile: dict[str, int] = {}
    with open(WORDNET / "data.verb", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                parts = line.split(" ", 2)
                lexfile[parts[0]] = int(parts[1])
    rows: dict[str, dict[str, tuple[set, str, int, int]]] = {}
    verbs = 0
    with open(WORDNET / "index.verb", encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, n_synsets, n_ptr = parts[0], int(parts[2]), int(parts[3])
            tagged = int(parts[5 + n_ptr])
            offsets = parts[6 + n_ptr:6 + n_ptr + n_synsets]
            if tagged == 0 or not lemma.isalpha():
                continue
            senses = [LEXNAMES[lexfile[o]] for o in offsets]
            first = senses[0]
            quiet = sum(1 for s in senses[:tagged] if s in NOT_HAPPENING)
            verbs += 1
            forms: dict[str, set] = {lemma: {"VB"}}
            for tag, fs in getAllInflections(lemma, upos="VERB").items():
                for form in fs:
                    forms.setdefault(form.lower(), set()).add(tag)
            for form, tags in forms.items():
                rows.setdefault(form, {})[lemma] = (tags, first, quiet, tagged)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# English verb forms: form, lemma, Penn tags, supersense of the most frequent sense, "
                  "tagged senses that are stative/mental, tagged senses. From WordNet 3.0 (Princeton "
                  "University; licence: extract/data/WORDNET_LICENSE) and lemminflect; built by scripts/build_verbs.py\n")
        out.write("form\tlemma\ttags\tsupersense\tquiet\ttagged\n")
        for form in sorted(rows):
            for lemma, (tags, first, quiet, tagged) in sorted(rows[form].items()):
                out.write(f"{form}\t{lemma}\t{','.join(sorted(tags))}\t{first}\t{quiet}\t{tagged}\n")
    print(f"{verbs} verbs, {len(rows)} forms → {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
