"""Hostile input, crashes and concurrent runs (issue: keep working, lose nothing)."""
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from extract import load_store, run
from extract.store import StoreLocked, store_lock

from conftest import ROOT
from hostile import make_hostile_corpus


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    expected = make_hostile_corpus(base / "in")
    r = _cli(base / "in", "-o", base / "out", "-q")
    return expected, r, load_store(base / "out")


def test_every_input_is_accounted_for(hostile_run):
    expected, r, store = hostile_run
    inputs = store["inputs"]
    assert sorted(os.path.basename(p) for p in inputs["path"]) == sorted(expected)
    assert r.returncode == 1, r.stderr          # some were skipped, the run went on
    for name, what in expected.items():
        row = inputs[inputs["path"].str.endswith("/" + name)].iloc[0]
        if what == "processed":
            assert row["status"] == "processed", (name, row["reason"])
        else:
            assert row["status"] == "skipped", name
            assert row["reason"], name
            assert what.split(": ")[1].split()[0].lower() in row["reason"].lower(), (name, row["reason"])
        assert name in r.stdout              # the printed summary names every file


def test_reasons_read_well(hostile_run):
    _, r, store = hostile_run
    reasons = dict(zip(store["inputs"]["path"].map(os.path.basename), store["inputs"]["reason"]))
    assert reasons["cp1251_russian.txt"] == "not English (ru)"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.png"].startswith("binary file")
    assert "size limit" in reasons["huge_25mb.txt"] and "--max-bytes" in reasons["huge_25mb.txt"]
    assert "too long" in reasons["single_line_5mb.txt"]


def test_decoded_texts_and_offsets(hostile_run):
    _, _, store = hostile_run
    arts = store["articles"].set_index(store["articles"]["path"].map(os.path.basename))
    # the same English article, whatever its encoding or line endings: one text, one id
    reasons = dict(zip(store["inputs"]["path"].map(os.path.basename), store["inputs"]["reason"]))
    for n in ("utf16le_nobom.txt", "utf8_bom_crlf.txt"):
        assert reasons[n].startswith("duplicate of") and reasons[n].endswith("utf16_bom.txt")
    assert arts.loc["utf16_bom.txt", "text"].startswith("Tens of thousands of protesters marched in Minsk")
    assert "\u201cnothing\u201d" in arts.loc["cp1252_english.txt", "text"]
    # HTML: the article text, without script, style, menu or footer
    page = arts.loc["page.html"]
    assert page["title"] == "Storm hits Odessa" and "storm hit Odessa on Monday" in page["text"]
    assert "pwned" not in page["text"] and "Home" not in page["text"] and "©" not in page["text"]
    # dates: impossible → flagged and unresolved, future → kept and flagged
    assert "unparsed_publication_date" in list(arts.loc["impossible_date.txt", "flags"])
    assert "publication_date_in_future" in list(arts.loc["future_date.txt", "flags"])
    # every mention's offsets are into the stored text
    m = store["mentions"]
    texts = dict(zip(store["articles"]["article_id"], store["articles"]["text"]))
    assert all(texts[a][s:e] == t for a, s, e, t in zip(m["article_id"], m["start"], m["end"], m["text"]))


def test_limits_are_configurable(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Title: x\n\n" + "Protesters marched in Minsk on Sunday. " * 100)
    r = _cli(tmp_path / "in", "-o", tmp_path / "out", "-q", "--max-chars", "500")
    assert r.returncode == 2 and "too long" in r.stdout
    r = _cli(tmp_path / "in", "-o", tmp_path / "out", "-q", "--max-bytes", "100")
    assert r.returncode == 2 and "size limit" in r.stdout
    r = _cli(tmp_path / "in", "-o", tmp_path / "out", "-q")
    assert r.returncode == 0


def test_concurrent_run_is_refused(tmp_path):
    with store_lock(tmp_path / "out"):
        r = _cli(ROOT / "seeds", "-o", tmp_path / "out", "-q")
        assert r.returncode == 3 and "being written by pid" in r.stderr
        with pytest.raises(StoreLocked):
            run([str(ROOT / "seeds")], str(tmp_path / "out"))
    summary, _ = run([str(ROOT / "seeds")], str(tmp_path / "out"))   # free again
    assert len(summary.processed) == 18


def test_sigkill_mid_run_leaves_the_previous_store(tmp_path):
    out = tmp_path / "out"
    run([str(ROOT / "seeds")], str(out))
    before = load_store(out)
    big = tmp_path / "big"
    big.mkdir()
    seed = (ROOT / "seeds" / "000_4a18ea590833d17d.txt").read_text()
    for i in range(3000):
        (big / f"{i:05d}.txt").write_text(seed + f"\n(copy {i})\n")
    for delay in (1.0, 3.0):
        p = subprocess.Popen([sys.executable, "-m", "extract", str(big), "-o", str(out), "-q"], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        assert p.poll() is None, "the run ended before it could be killed"
        p.send_signal(signal.SIGKILL)
        p.wait()
        after = load_store(out)
        pd.testing.assert_frame_equal(after["events"], before["events"])
        pd.testing.assert_frame_equal(after["articles"], before["articles"])
    # the next run works, and leaves no half-written folders behind
    summary, _ = run([str(ROOT / "seeds")], str(out))
    assert len(summary.processed) == 18
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".store")]
    assert leftovers == [], leftovers


PATHOLOGICAL = {
    "weekdays": "Monday " * 20_000,
    "one_token": "A" * 200_000,
    "capitalised_run": "Aa " * 50_000,
    "month_days": "Sept. 25, " * 10_000,
    "brackets": "(" * 100_000,
    "places": "Paris London Moscow " * 5_000,
    "abbreviations": "U.S. " * 20_000,
    "title_case": "The Big Cat Sat On The Mat In Paris. " * 3_000,
}


def test_pathological_texts_finish(tmp_path):
    """Inputs built to trigger regular-expression or quadratic blow-ups are processed in a
    child process; a hang would hit the (generous) timeout rather than hold CI forever."""
    english = "The officials said that the talks were held in the capital and that they would go on. " * 60
    for name, text in PATHOLOGICAL.items():   # English first, so the language check lets them through
        (tmp_path / f"{name}.txt").write_text("Title: x\nPublished: 2020-01-01\n\n" + english + text)
    r = _cli(tmp_path, "-o", tmp_path / "out", "-q")
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(load_store(tmp_path / "out")["articles"]) == len(PATHOLOGICAL)


def test_killed_run_resumes_without_duplicates(tmp_path):
    big = tmp_path / "big"
    big.mkdir()
    seed = (ROOT / "seeds" / "000_4a18ea590833d17d.txt").read_text()
    for i in range(1500):
        (big / f"{i:05d}.txt").write_text(seed + f"\n(copy {i})\n")
    out = tmp_path / "out"
    p = subprocess.Popen([sys.executable, "-m", "extract", str(big), "-o", str(out), "-q"], cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not (out / ".checkpoint" / "batch-00000").exists() and time.time() < deadline and p.poll() is None:
        time.sleep(0.2)
    assert p.poll() is None, "the run ended before its first checkpoint"
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = _cli(big, "-o", out, "-q")
    assert r.returncode == 0, r.stdout[-2000:]
    t = load_store(out)
    assert len(t["articles"]) == 1500 and t["articles"]["article_id"].is_unique
    assert t["events"]["event_id"].is_unique
    kept = (t["inputs"]["reason"] == "unchanged, kept from the store").sum()
    assert kept >= 500                        # the checkpointed batch was not extracted again
    assert not (out / ".checkpoint").exists()


def test_rerun_skips_unchanged_and_adds_new(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((ROOT / "seeds").glob("0[0-3]*.txt")):
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    run([str(src)], str(out))
    first = load_store(out)
    (src / "new.txt").write_text("Title: Storm\nPublished: 2020-10-01\n\nA storm hit Odessa on Monday, officials said.\n")
    summary, _ = run([str(src)], str(out))
    reasons = [r.reason for r in summary.processed]
    assert reasons.count("unchanged, kept from the store") == len(first["articles"])
    t = load_store(out)
    assert len(t["articles"]) == len(first["articles"]) + 1
    old = t["events"][t["events"]["article_id"].isin(first["articles"]["article_id"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, first["events"])


def test_parallel_run_gives_the_same_store(tmp_path):
    """--jobs 2 (a process pool) and --jobs 1 write identical stores."""
    from hostile import make_hostile_corpus
    src = tmp_path / "in"
    make_hostile_corpus(src / "hostile")
    for p in (ROOT / "seeds").glob("*.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    for i in range(30):   # enough files for the pool to be used
        (src / f"copy{i:02d}.txt").write_text((ROOT / "seeds" / "02_kremlin_2020-02-07_talks-with-lukashenko-sochi.txt")
                                              .read_text() + f"\n(copy {i})\n")
    r1 = _cli(src, "-o", tmp_path / "one", "-q", "--jobs", "1")
    r2 = _cli(src, "-o", tmp_path / "two", "-q", "--jobs", "2")
    assert r1.returncode == r2.returncode == 1
    a, b = load_store(tmp_path / "one"), load_store(tmp_path / "two")
    for name in ("articles", "events", "mentions"):
        pd.testing.assert_frame_equal(a[name], b[name])
    pd.testing.assert_frame_equal(a["inputs"], b["inputs"])
