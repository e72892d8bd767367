"""Fit the event confidence (extract/data/confidence.tsv) on the judged real-article dev set.

    python scripts/calibrate_confidence.py            # fit, write the weights, print reliability
    python scripts/calibrate_confidence.py --check    # only print the reliability of the shipped weights

An event counts as right when its judges found it real with the right type, date and place
(tests/data/realnews_judgements.json; events nobody judged are left out). The model is a
logistic regression with an L2 penalty over the facts of :func:`extract.confidence.features`,
fitted by gradient descent (no dependency). The reliability table is printed twice: out of
sample (two folds by article: each half scored by weights fitted on the other) and in sample.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_realnews import DATA, extract_all, key_of  # noqa: E402

L2 = 1.0
OUT = ROOT / "extract" / "data" / "confidence.tsv"


def samples():
    from extract.confidence import features
    from extract.triggers import TRIGGERS
    judged = {(j["article"], j["trigger_start"], j["trigger"], j["type"], j["date_start"], j["date_end"], j["place"]): j
              for j in json.loads((DATA / "realnews_judgements.json").read_text(encoding="utf-8"))["events"]}
    out = []
    for name, (a, ex) in extract_all().items():
        for e in ex.events:
            j = judged.get(key_of(name, e))
            if j is None:
                continue
            t = TRIGGERS.get(e.trigger.lower())
            kind = "generic" if t is None else ("table-verb" if t.verb else "table-noun")
            right = bool(j["real"] and j["type_ok"] and j["date_ok"] and j["place_ok"])
            out.append((name, features(e, kind), right))
    return out


def fit(rows, steps: int = 3000, rate: float = 0.5) -> dict[str, float]:
    names = sorted({f for _, fs, _ in rows for f in fs})
    w = {f: 0.0 for f in names}
    n = len(rows)
    for _ in range(steps):
        grad = {f: (L2 * w[f] / n if f != "bias" else 0.0) for f in names}
        for _, fs, y in rows:
            p = 1 / (1 + math.exp(-sum(w[f] for f in fs)))
            for f in fs:
                grad[f] += (p - y) / n
        for f in names:
            w[f] -= rate * grad[f]
    return w


def predict(w, fs) -> float:
    """The confidence as the extractor stores and shows it: rounded to two decimals."""
    return round(1 / (1 + math.exp(-sum(w.get(f, 0.0) for f in fs))), 2)


def reliability(pairs) -> list[tuple[str, int, float]]:
    bins = {}
    for p, y in pairs:
        b = min(int(p * 10), 9)
        c = bins.setdefault(b, [0, 0])
        c[0] += 1
        c[1] += y
    return [(f"{b / 10:.1f}-{(b + 1) / 10:.1f}", c[0], round(100 * c[1] / c[0], 1)) for b, c in sorted(bins.items())]


def show(title, pairs):
    print(title)
    for rng, n, share in reliability(pairs):
        print(f"  {rng}: {n:4d} events, {share:5.1f} % right")
    hi = [y for p, y in pairs if p >= 0.8]
    print(f"  confidence >= 0.8: {len(hi)} events, {100 * sum(hi) / max(1, len(hi)):.1f} % right")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    rows = samples()
    print(f"{len(rows)} judged events, {sum(y for *_, y in rows)} right")
    if args.check:
        from extract.confidence import WEIGHTS
        show("shipped weights:", [(predict(WEIGHTS, fs), y) for _, fs, y in rows])
        return 0
    arts = sorted({a for a, _, _ in rows})
    folds = [set(arts[0::2]), set(arts[1::2])]
    cv = []
    for k in (0, 1):
        w = fit([r for r in rows if r[0] not in folds[k]])
        cv += [(predict(w, fs), y) for a, fs, y in rows if a in folds[k]]
    show("out of sample (two folds by article):", cv)
    w = fit(rows)
    show("in sample:", [(predict(w, fs), y) for _, fs, y in rows])
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# Event confidence weights (logistic model, extract/confidence.py), fitted by "
                f"scripts/calibrate_confidence.py on {len(rows)} judged events of the real-article dev set\n")
        f.write("feature\tweight\n")
        for name in sorted(w):
            f.write(f"{name}\t{w[name]:.4f}\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
