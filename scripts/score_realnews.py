"""Re-score the real-article dev set: every extracted event against the hand judgements, and the
key events an analyst listed.

    python scripts/score_realnews.py                      # the figures
    python scripts/score_realnews.py --unjudged out.json  # also write the events nobody judged yet
    python scripts/score_realnews.py --rows before.json   # save every event's row and verdict ...
    python scripts/score_realnews.py --against before.json  # ... and, after a change, list every row that differs

A change is measured by ``--against``, not by the unjudged rows alone: an event that goes back to a form judged in an
older round is judged, so it is not among the unjudged, though its verdict may have changed.

Inputs (``tests/data/``): ``realnews/*.txt`` (120 articles from public datasets, sources in
``realnews/SOURCES.md``), ``realnews_key_events.json`` (per article, the key events: a quote of
their sentence, type, date, place) and ``realnews_judgements.json`` (per extracted event, read by
a person: a real event? right type, date, place?). An event is matched to its judgement by
article, trigger offset, trigger, type, dates and place: an event that changed in any of these
is unjudged and counts as wrong until someone reads it. A key event is found when an event of
its sentence has a date interval inside the key's date (and, for "date and place", a place of
the key's names or, for a country-only key, of its country).
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"


def _interval(v) -> tuple[date, date]:
    if isinstance(v, list):
        return _interval(v[0])[0], _interval(v[1])[1]
    v = str(v)
    if len(v) == 4:
        return date(int(v), 1, 1), date(int(v), 12, 31)
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:7])
        nxt = date(y + m // 12, m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date.fromisoformat(v[:10])
    return d, d


def _bare(name: str) -> str:
    """A place name compared without case or a leading article ("The Bronx" is "Bronx")."""
    name = name.lower().strip()
    return name[4:] if name.startswith("the ") else name


def key_of(article: str, e) -> tuple:
    return (article, e.trigger_start, e.trigger, e.type, e.date_start, e.date_end, e.place.name if e.place else None)


def extract_all():
    from extract import extract_article, read_article
    out = {}
    for p in sorted((DATA / "realnews").glob("*.txt")):
        a = read_article(p)
        out[p.name] = (a, extract_article(a))
    return out


def score(results, judgements: dict, keys: dict) -> dict:
    events = [(name, a, e) for name, (a, ex) in results.items() for e in ex.events]
    judged = [(name, a, e, judgements.get(key_of(name, e))) for name, a, e in events]
    n = len(judged)
    real = sum(1 for *_, j in judged if j and j["real"])
    right = sum(1 for *_, j in judged if j and j["real"] and j["type_ok"] and j["date_ok"] and j["place_ok"])
    real_j = [j for *_, j in judged if j and j["real"]]
    date_ok = sum(1 for j in real_j if j["date_ok"])
    # reliability: confidence bins against the share right
    bins = {}
    for _, _, e, j in judged:
        b = min(int(e.confidence * 10) / 10, 0.9)
        ok = bool(j and j["real"] and j["type_ok"] and j["date_ok"] and j["place_ok"])
        c = bins.setdefault(b, [0, 0])
        c[0] += 1
        c[1] += ok
    # key events
    n_key = found_date = found_both = 0
    missed = []
    for name, items in keys.items():
        a, ex = results[name]
        for k in items:
            n_key += 1
            pos = a.text.find(k["quote"])
            lo, hi = _interval(k["date"])
            here = [e for e in ex.events if e.sentence_start <= pos < e.sentence_end] if pos >= 0 else []
            dated = [e for e in here if e.date_start and lo <= date.fromisoformat(e.date_start[:10])
                     and date.fromisoformat((e.date_end or e.date_start)[:10]) <= hi]
            pl = k.get("place")

            def place_ok(e):
                if not pl:
                    return True
                if e.place is None:
                    return False
                names = {_bare(x) for x in pl.get("names", [])}
                if _bare(e.place.name) in names or _bare(e.place.text) in names:
                    return True
                return bool(pl.get("country")) and e.place.country == pl["country"] and (
                    e.place.precision == "country" or len(names) <= 1 and _bare(e.place.name) in names)
            both = [e for e in dated if place_ok(e)]
            found_date += bool(dated)
            found_both += bool(both)
            if not both:
                missed.append((name, k["what"], k["date"], [(e.type, e.trigger, e.date_start, e.date_end,
                                                               e.place.name if e.place else None) for e in here]))
    pct = lambda a, b: round(100 * a / b, 1) if b else 0.0
    n_judged = sum(1 for *_, j in judged if j)
    return {"events": n, "judged": n_judged, "precision_real": pct(real, n),
            "precision_real_of_judged": pct(real, n_judged),
            "right_type_date_place": pct(right, n), "date_right_of_real": pct(date_ok, len(real_j)),
            "key_events": n_key, "key_found_with_date": pct(found_date, n_key),
            "key_found_with_date_and_place": pct(found_both, n_key),
            "reliability": {f"{b:.1f}-{b + 0.1:.1f}": {"events": c[0], "right": pct(c[1], c[0])}
                            for b, c in sorted(bins.items())},
            "_missed": missed, "_unjudged": [(name, a, e) for name, a, e, j in judged if not j]}


def row_of(name: str, e, j) -> dict:
    """An event's row for ``--rows``: where it is (article, trigger offset), what it says, and its verdict."""
    right = None if j is None else bool(j["real"] and j["type_ok"] and j["date_ok"] and j["place_ok"])
    return {"article": name, "trigger_start": e.trigger_start, "trigger": e.trigger, "type": e.type,
            "date_start": e.date_start, "date_end": e.date_end, "place": e.place.name if e.place else None,
            "right": right}


def compare_rows(before: list[dict], after: list[dict]) -> tuple[list[tuple], dict]:
    """Every event that differs between two ``--rows`` lists (by article and trigger offset: gone, new, or changed in
    type, dates or place), as (before row or None, after row or None), and counts: right before and after among them,
    and how many of the after rows nobody judged."""
    fields = ("trigger", "type", "date_start", "date_end", "place")
    b = {(r["article"], r["trigger_start"]): r for r in before}
    a = {(r["article"], r["trigger_start"]): r for r in after}
    diff = [(b.get(k), a.get(k)) for k in sorted(set(a) | set(b))
            if k not in a or k not in b or any(a[k][f] != b[k][f] for f in fields)]
    counts = {"rows": len(diff), "right_before": sum(1 for x, _ in diff if x and x["right"]),
              "right_after": sum(1 for _, y in diff if y and y["right"]),
              "unjudged_after": sum(1 for _, y in diff if y and y["right"] is None)}
    return diff, counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unjudged", help="write the events nobody judged yet to this JSON file")
    ap.add_argument("--missed", action="store_true", help="list the key events not found")
    ap.add_argument("--rows", help="write every event's row and verdict (right, wrong or null: unjudged) to this file")
    ap.add_argument("--against", help="list every event that differs from the rows of this file (--rows)")
    args = ap.parse_args(argv)
    jpath = DATA / "realnews_judgements.json"
    jlist = json.loads(jpath.read_text(encoding="utf-8"))["events"] if jpath.exists() else []
    judgements = {(j["article"], j["trigger_start"], j["trigger"], j["type"], j["date_start"], j["date_end"],
                   j["place"]): j for j in jlist}
    keys = json.loads((DATA / "realnews_key_events.json").read_text(encoding="utf-8"))
    results = extract_all()
    res = score(results, judgements, keys)
    if args.rows or args.against:
        rows = [row_of(name, e, judgements.get(key_of(name, e))) for name, (a, ex) in results.items() for e in ex.events]
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
        if args.against:
            diff, counts = compare_rows(json.loads(Path(args.against).read_text(encoding="utf-8")), rows)
            for x, y in diff:
                show = lambda r: "-" if r is None else (f"{r['trigger']!r} {r['type']} {r['date_start']}..{r['date_end']} "
                                                        f"{r['place']} [{ {True: 'right', False: 'wrong', None: 'unjudged'}[r['right']] }]")
                print("CHANGED", (x or y)["article"], (x or y)["trigger_start"], show(x), "->", show(y))
            print("CHANGED", json.dumps(counts))
    if args.unjudged:
        rows = []
        for name, a, e in res["_unjudged"]:
            rows.append({"article": name, "trigger_start": e.trigger_start, "trigger": e.trigger, "type": e.type,
                         "date_start": e.date_start, "date_end": e.date_end,
                         "place": e.place.name if e.place else None, "modality": e.modality,
                         "actors": e.actors, "summary": e.summary,
                         "sentence": a.text[e.sentence_start:e.sentence_end],
                         "real": None, "type_ok": None, "date_ok": None, "place_ok": None, "why": ""})
        Path(args.unjudged).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.missed:
        for m in res["_missed"]:
            print("MISSED", m)
    print(json.dumps({k: v for k, v in res.items() if not k.startswith("_")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
