"""Behaviour check for refactoring: is the extractor's output byte-identical to a saved reference?

    python scripts/check_identical.py --save     # write the reference (before the change)
    python scripts/check_identical.py            # compare (after each step); exit 1 on a difference

What is compared, each as text:

* ``python -m extract annotate`` on every ``*.jsonl`` file of ``../shared/eval/``;
* the same records for every article of ``seeds/`` (read with the reader, dated as the reader dates it);
* the store written from ``seeds/`` (``python -m extract seeds -o TMP -j 1``): every table as JSON
  lines sorted by its key, with the run-dependent columns (the input's absolute path) made relative.

The reference lives in ``data/identity/`` (ignored by git: it holds annotations of corpora that
must not be copied into the project). On a difference the first differing line of each output is
printed, so the change can be read.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
REF = ROOT / "data" / "identity"


def _annotate(src: Path) -> bytes:
    with src.open("rb") as f:
        out = subprocess.run([sys.executable, "-m", "extract", "annotate"], stdin=f, cwd=ROOT,
                             capture_output=True, check=True)
    return out.stdout


def _seed_records() -> bytes:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from extract import read_article, extract_article\n"
        "from extract.schema import event_row\n"
        "for p in sorted(Path('seeds').iterdir()):\n"
        "    if not p.is_file() or p.suffix not in ('.txt', '.html', '.htm', '.md', '.json'):\n"
        "        continue\n"
        "    a = read_article(p)\n"
        "    ex = extract_article(a)\n"
        "    rec = {'path': p.name, 'article': a.to_dict(), 'timexes': [t.to_dict() for t in ex.timexes],\n"
        "           'places': [x.to_dict() for x in ex.places], 'actors': [x.to_dict() for x in ex.actors],\n"
        "           'events': [event_row(e) for e in ex.events]}\n"
        "    sys.stdout.write(json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str) + '\\n')\n")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True).stdout


def _store_tables() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "extract", "seeds", "-o", tmp, "-q", "-j", "1"], cwd=ROOT,
                       capture_output=True)
        code = (
            "import json, sys\n"
            "import pyarrow.parquet as pq\n"
            "from pathlib import Path\n"
            "store = Path(sys.argv[1]) / 'store'\n"
            "root = sys.argv[2]\n"
            "for f in sorted(store.glob('*.parquet')):\n"
            "    rows = pq.read_table(f).to_pylist()\n"
            "    lines = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str).replace(root, '<ROOT>') for r in rows)\n"
            "    sys.stdout.write('## ' + f.name + '\\n' + '\\n'.join(lines) + '\\n')\n")
        out = subprocess.run([sys.executable, "-c", code, tmp, str(ROOT)], cwd=ROOT, capture_output=True,
                             check=True).stdout
    tables: dict[str, bytes] = {}
    name = None
    for line in out.splitlines(keepends=True):
        if line.startswith(b"## "):
            name = "store-" + line[3:].strip().decode()
            tables[name] = b""
        elif name:
            tables[name] += line
    return tables


def outputs() -> dict[str, bytes]:
    """Every compared output, by name."""
    res = {f"annotate-{src.stem}": _annotate(src) for src in sorted(EVAL.glob("*.jsonl"))}
    res["seeds-records"] = _seed_records()
    res.update(_store_tables())
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", action="store_true", help="write the reference instead of comparing")
    args = ap.parse_args(argv)
    outs = outputs()
    if args.save:
        REF.mkdir(parents=True, exist_ok=True)
        for old in REF.glob("*.out"):
            old.unlink()
        for name, data in outs.items():
            (REF / f"{name}.out").write_bytes(data)
            print(f"saved {name}: {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}")
        return 0
    if not REF.is_dir():
        print(f"no reference in {REF}: run with --save on the code before the change")
        return 2
    bad = 0
    names = sorted(set(outs) | {p.stem for p in REF.glob("*.out")})
    for name in names:
        ref_file = REF / f"{name}.out"
        got = outs.get(name)
        want = ref_file.read_bytes() if ref_file.exists() else None
        if got == want:
            print(f"same      {name} ({len(got):,} bytes)")
            continue
        bad += 1
        if got is None or want is None:
            print(f"DIFFERENT {name}: {'missing now' if got is None else 'not in the reference'}")
            continue
        g, w = got.splitlines(), want.splitlines()
        n = next((i for i, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
        print(f"DIFFERENT {name}: line {n + 1} ({len(w)} lines before, {len(g)} now)")
        print("  before:", (w[n][:400].decode(errors='replace') if n < len(w) else "<end>"))
        print("  now:   ", (g[n][:400].decode(errors='replace') if n < len(g) else "<end>"))
    print("identical" if not bad else f"{bad} output(s) differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
