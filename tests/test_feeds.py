"""Feeds, article URLs and follow mode against a real local HTTP server (tests/feedserver.py)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extract import load_store, run
from extract.fetch import USER_AGENT, Fetcher
from feedserver import ARTICLES, FeedServer, article_page, atom, rfc822, rss

ROOT = Path(__file__).resolve().parents[1]


def fast(**kw):
    """A fetcher without the one-second politeness delay (one local server) and short timeouts."""
    return Fetcher(delay=0, timeout=kw.pop("timeout", 2.0), **kw)


def by_path(summary):
    return {r.path: r for r in summary.inputs}


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


def test_rss_entries_read_through_the_page_reader(server, tmp_path):
    s = server
    s.page("/a/minsk", "minsk")                          # no date on the page: the feed's
    s.page("/a/sochi", "sochi", date="2020-09-14")        # dated page: its own date
    s.routes["/rss"] = (200, "application/rss+xml", rss([
        {"title": "Minsk", "link": s.url("/a/minsk"), "date": rfc822(2020, 8, 16, 10, 30)},
        {"title": "Sochi", "link": s.url("/a/sochi"), "date": rfc822(2020, 9, 15)}]))
    summary, _ = run([s.url("/rss")], tmp_path, fetcher=fast())
    res = by_path(summary)
    assert res[s.url("/a/minsk")].status == "processed" and res[s.url("/a/minsk")].events > 0
    assert res[s.url("/a/sochi")].status == "processed"
    arts = load_store(tmp_path)["articles"].set_index("url")
    minsk = arts.loc[s.url("/a/minsk")]
    assert minsk["published"] == "2020-08-16T10:30"
    assert "publication_date_from_feed" in list(minsk["flags"])
    assert minsk["path"] == s.url("/a/minsk") and minsk["source"] == "Test News"
    assert minsk["title"] == ARTICLES["minsk"][0]
    assert arts.loc[s.url("/a/sochi"), "published"].startswith("2020-09-14")
    ev = load_store(tmp_path)["events"]
    assert "Minsk" in set(ev["place_name"].dropna())
    # every request identified itself; robots.txt asked first
    assert all(ua == USER_AGENT for _, ua, _ in s.log)
    assert s.log[0][0] == "/robots.txt"
    # a second run fetches the feed again but not the pages it read
    s.log.clear()
    summary, _ = run([s.url("/rss")], tmp_path, fetcher=fast())
    assert {p for p, _, _ in s.log} == {"/robots.txt", "/rss"}
    assert all(r.status == "processed" for r in summary.inputs)


def test_atom_feed_and_feed_list_file(server, tmp_path):
    s = server
    s.page("/b/kyiv", "kyiv")
    s.page("/b/paris", "paris")
    s.routes["/atom"] = (200, "application/atom+xml", atom([
        {"title": "Kyiv", "link": s.url("/b/kyiv"), "date": "2021-03-02T08:00:00Z"}]))
    s.routes["/rss"] = (200, "text/xml", rss([{"title": "Paris", "link": s.url("/b/paris"),
                                               "date": rfc822(2023, 1, 19)}]))
    lst = tmp_path / "feeds.txt"
    lst.write_text(f"# my feeds\n{s.url('/atom')}\n\n{s.url('/rss')}  # the RSS one\n")
    summary, _ = run([str(lst)], tmp_path / "out", fetcher=fast())
    assert [r.status for r in summary.inputs] == ["processed", "processed"]
    arts = load_store(tmp_path / "out")["articles"].set_index("url")
    assert arts.loc[s.url("/b/kyiv"), "published"] == "2021-03-02T08:00"
    assert arts.loc[s.url("/b/paris"), "source"] == "Test News"


def test_every_failure_is_in_the_summary_with_its_reason(server, tmp_path):
    s = server
    s.page("/ok", "paris")
    s.routes["/big"] = (200, "text/html", article_page(*ARTICLES["kyiv"]) + b"<!-- " + b"x" * 300_000 + b" -->")
    s.routes["/ru"] = (200, "text/html; charset=utf-8", article_page(
        "Протест в Минске", ["Милиция задержала более ста протестующих в Минске в воскресенье, сообщило МВД."] * 3))
    s.routes["/nodate"] = (200, "text/html", article_page(*ARTICLES["sochi"]))
    s.routes["/err"] = (500, "text/html", b"<html><body>boom</body></html>")
    s.redirect("/loop", "/loop2")
    s.redirect("/loop2", "/loop")
    s.slow("/slow", 3.0)
    s.routes["/private/x"] = (200, "text/html", article_page(*ARTICLES["minsk"]))
    s.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
    items = [{"title": "ok", "link": s.url("/ok"), "date": rfc822(2023, 1, 19)},
             {"title": "missing", "link": s.url("/missing"), "date": rfc822(2023, 1, 19)},
             {"title": "err", "link": s.url("/err"), "date": rfc822(2023, 1, 19)},
             {"title": "loop", "link": s.url("/loop"), "date": rfc822(2023, 1, 19)},
             {"title": "slow", "link": s.url("/slow"), "date": rfc822(2023, 1, 19)},
             {"title": "big", "link": s.url("/big"), "date": rfc822(2023, 1, 19)},
             {"title": "ru", "link": s.url("/ru"), "date": rfc822(2023, 1, 19)},
             {"title": "no date anywhere", "link": s.url("/nodate")},
             {"title": "no link at all"},
             {"title": "private", "link": s.url("/private/x"), "date": rfc822(2023, 1, 19)}]
    s.routes["/rss"] = (200, "application/rss+xml", rss(items))
    s.routes["/notxml"] = (200, "text/plain", b"this is not a feed at all, just words")
    summary, _ = run([s.url("/rss"), s.url("/notxml"), s.url("/gone.xml")], tmp_path,
                     fetcher=fast(timeout=1.0, max_bytes=200_000))
    res = by_path(summary)
    reason = {k: v.reason for k, v in res.items()}
    assert res[s.url("/ok")].status == "processed"
    assert "HTTP 404" in reason[s.url("/missing")]
    assert "HTTP 500" in reason[s.url("/err")]
    assert "redirect loop" in reason[s.url("/loop")]
    assert "timed out" in reason[s.url("/slow")]
    assert "over the size limit" in reason[s.url("/big")]
    assert reason[s.url("/ru")] == "not English (ru)"
    assert "no publication date" in reason[s.url("/nodate")]
    assert "robots.txt" in reason[s.url("/private/x")]
    nolink = [r for r in summary.inputs if "no link at all" in r.path]
    assert len(nolink) == 1 and nolink[0].reason == "feed entry without a link"
    assert "not a feed (not XML" in reason[s.url("/notxml")] or "neither" in reason[s.url("/notxml")]
    assert "HTTP 404" in reason[s.url("/gone.xml")]
    assert len(summary.inputs) == len(items) + 2
    assert sum(r.status == "skipped" for r in summary.inputs) == len(items) + 1
    assert not any(p.startswith("/private/") for p, _, _ in s.log)     # robots.txt respected
    # the source list: per feed, the entries read and skipped, with the last reason
    from dashboard.live import feed_rows
    row = next(r for r in feed_rows(tmp_path) if r["url"] == s.url("/rss"))
    assert (row["read"], row["skipped"]) == (len(items), len(items) - 1) and row["last skip"].endswith(")")


def test_article_url_and_politeness_delay(server, tmp_path):
    s = server
    for k in ("minsk", "sochi", "kyiv"):
        s.page(f"/p/{k}", k, date="2020-09-14")
    urls = [s.url(f"/p/{k}") for k in ("minsk", "sochi", "kyiv")]
    summary, _ = run(urls, tmp_path, fetcher=Fetcher(delay=1.0, timeout=5))
    assert [r.status for r in summary.inputs] == ["processed"] * 3
    times = [t for p, _, t in s.log]
    assert len(times) == 4                          # robots.txt and three pages
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.95, gaps                  # never more than one request a second
    arts = load_store(tmp_path)["articles"]
    assert set(arts["url"]) == set(urls) and set(arts["path"]) == set(urls)


def test_offline_by_default_no_request_without_a_url(server, tmp_path):
    """A folder that holds a feed list and a file naming URLs is read as files: no request."""
    s = server
    s.page("/x", "minsk")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "list.txt").write_text(s.url("/x") + "\n")
    (folder / "a.txt").write_text("Protest in Minsk\n\n" + " ".join(ARTICLES["minsk"][1]) + "\n")
    run([str(folder)], tmp_path / "out")
    assert s.log == []


def test_cli_summary_and_exit_code(server, tmp_path):
    s = server
    s.page("/c/ok", "kyiv", date="2021-03-02")
    s.routes["/rss"] = (200, "application/rss+xml", rss([
        {"title": "ok", "link": s.url("/c/ok"), "date": rfc822(2021, 3, 2)},
        {"title": "gone", "link": s.url("/c/gone"), "date": rfc822(2021, 3, 2)}]))
    p = subprocess.run([sys.executable, "-m", "extract", s.url("/rss"), "-o", str(tmp_path), "-q",
                        "--delay", "0", "--timeout", "5"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 1, p.stderr
    assert f"processed  {s.url('/c/ok')}" in p.stdout
    assert f"skipped    {s.url('/c/gone')}  — HTTP 404 Not Found" in p.stdout


def _wait_for(cond, deadline=120.0, every=0.3):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            if cond():
                return True
        except (FileNotFoundError, OSError, ValueError):
            pass
        time.sleep(every)
    return False


def test_follow_sees_a_new_feed_entry_and_a_new_file(server, tmp_path):
    from extract.follow import follow
    s = server
    s.page("/f/minsk", "minsk", date="2020-08-16")
    entries = [{"title": "Minsk", "link": s.url("/f/minsk"), "date": rfc822(2020, 8, 16)}]
    s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
    watched = tmp_path / "watched"
    watched.mkdir()
    out = tmp_path / "out"
    stop = threading.Event()
    lines: list[str] = []
    t = threading.Thread(target=follow, args=([s.url("/rss"), str(watched)], out),
                         kwargs=dict(every=0.5, fetcher=fast(), stop=stop, log=lines.append), daemon=True)
    t.start()
    try:
        def urls():
            return set(load_store(out, ["articles"])["articles"]["url"])
        assert _wait_for(lambda: s.url("/f/minsk") in urls()), lines
        # a new entry in the served feed and a new file in the watched folder
        s.page("/f/sochi", "sochi", date="2020-09-14")
        entries.append({"title": "Sochi", "link": s.url("/f/sochi"), "date": rfc822(2020, 9, 14)})
        s.routes["/rss"] = (200, "application/rss+xml", rss(entries))
        title, paras = ARTICLES["paris"]
        (watched / "paris.txt").write_text(f"Published: 2023-01-19\nTitle: {title}\n\n" + "\n\n".join(paras) + "\n")

        def both():
            ev = load_store(out, ["events", "articles"])
            arts = ev["articles"]
            ids = set(arts.loc[arts["url"] == s.url("/f/sochi"), "article_id"]) | \
                set(arts.loc[arts["path"] == str(watched / "paris.txt"), "article_id"])
            return len(ids) == 2 and len(set(ev["events"]["article_id"]) & ids) == 2
        assert _wait_for(both), lines
    finally:
        stop.set()
        t.join(timeout=60)
    assert not t.is_alive()
    # a restart resumes: nothing read before is fetched or extracted again
    s.log.clear()
    lines.clear()
    follow([s.url("/rss"), str(watched)], out, every=0, fetcher=fast(), log=lines.append, cycles=1)
    assert {p for p, _, _ in s.log} <= {"/robots.txt", "/rss"}
    assert lines == []
    assert (out / "feeds.json").exists()


def test_follow_cli_stops_cleanly_on_ctrl_c(server, tmp_path):
    import signal
    s = server
    s.page("/g/kyiv", "kyiv", date="2021-03-02")
    s.routes["/rss"] = (200, "application/rss+xml", rss([{"title": "k", "link": s.url("/g/kyiv"),
                                                          "date": rfc822(2021, 3, 2)}]))
    p = subprocess.Popen([sys.executable, "-m", "extract", "--follow", s.url("/rss"), "-o", str(tmp_path),
                          "--every", "1s", "--delay", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(lambda: (tmp_path / "feeds.json").exists() and
                         s.url("/g/kyiv") in set(load_store(tmp_path, ["articles"])["articles"]["url"]))
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 0, err
    assert "stopped" in out
    assert not list(tmp_path.glob(".store.tmp-*"))


def test_state_on_disk_not_in_memory_and_an_old_state_file_taken_over(tmp_path):
    """The entries read and the watched files live in OUTDIR/feeds.sqlite: a new SourceState
    (a restart) knows them without holding them; feeds.json keeps only the feeds (the
    dashboard's list). A feeds.json of the earlier single-file layout is taken over."""
    import json

    from extract.feeds import SourceState
    from extract.pipeline import InputResult
    s = SourceState(tmp_path)
    s.feeds["http://h/rss"] = {"status": "ok"}
    s.note_feed("http://h/a", "http://h/rss")
    s.record([InputResult("http://h/a", "processed", "", "id-a", 3),
              InputResult("http://h/b", "skipped", "HTTP 404 Not Found"),
              InputResult("http://h/c", "skipped", "timed out after 2 s"),
              InputResult("/local/file.txt", "processed", "", "id-f", 1)])
    s.set_file("/local/file.txt", [123, 45])
    s.save()
    s.close()
    assert json.loads((tmp_path / "feeds.json").read_text()) == {"feeds": {"http://h/rss": {
        "status": "ok", "read": 1, "skipped": 0, "last_skip": ""}}}     # only a's feed is known
    r = SourceState(tmp_path)
    assert r._entries == {} and r._files == {}                 # nothing loaded into memory
    assert r.seen("http://h/a") == {"feed": "http://h/rss", "article_id": "id-a"}
    assert r.seen("http://h/b")["reason"] == "HTTP 404 Not Found"
    assert r.seen("http://h/c") is None                        # transient: tried again
    assert r.seen("/local/file.txt") is None and r.file_sig("/local/file.txt") == [123, 45]
    r.close()
    old = tmp_path / "old"
    old.mkdir()
    (old / "feeds.json").write_text(json.dumps({
        "feeds": {"http://h/rss": {"status": "ok"}},
        "entries": {"http://h/a": {"feed": "http://h/rss", "article_id": "id-a"}},
        "files": {"/x.txt": [1, 2]}}))
    o = SourceState(old)
    assert o.seen("http://h/a")["article_id"] == "id-a" and o.file_sig("/x.txt") == [1, 2]
    o.save()
    o.close()
    assert "entries" not in json.loads((old / "feeds.json").read_text())
    o = SourceState(old)
    assert o._entries == {} and o.seen("http://h/a")["article_id"] == "id-a" and o.file_sig("/x.txt") == [1, 2]
    o.close()


def test_follow_writes_every_input_to_the_run_summary_file(server, tmp_path):
    """A follow session's summary is streamed to OUTDIR/follow-summary.tsv (each input,
    processed or skipped with its reason) and counted, not held."""
    from extract.follow import SUMMARY_FILE, follow
    s = server
    s.page("/h/minsk", "minsk", date="2020-08-16")
    s.routes["/rss"] = (200, "application/rss+xml", rss([
        {"title": "Minsk", "link": s.url("/h/minsk"), "date": rfc822(2020, 8, 16)},
        {"title": "Gone", "link": s.url("/h/gone"), "date": rfc822(2020, 8, 16)},
        {"title": "No link"}]))
    lines: list[str] = []
    totals = follow([s.url("/rss")], tmp_path, every=0, fetcher=fast(), log=lines.append, cycles=1)
    rows = [line.split("\t") for line in (tmp_path / SUMMARY_FILE).read_text().splitlines()]
    assert rows[0] == ["time", "status", "input", "events", "reason"]
    got = {r[2]: (r[1], r[4]) for r in rows[1:]}
    assert got[s.url("/h/minsk")][0] == "processed"
    assert got[s.url("/h/gone")] == ("skipped", "HTTP 404 Not Found")
    assert any(k.endswith("[No link]") and v == ("skipped", "feed entry without a link") for k, v in got.items())
    assert (totals.processed, totals.skipped, totals.polls) == (1, 2, 1) and totals.events > 0
    assert lines[-1].startswith("this run: 1 processed, 2 skipped")
    # the next poll has nothing new: nothing added, nothing logged
    lines.clear()
    follow([s.url("/rss")], tmp_path, every=0, fetcher=fast(), log=lines.append, cycles=1)
    assert lines == [] and len((tmp_path / SUMMARY_FILE).read_text().splitlines()) == len(rows)


def test_follow_names_a_missing_folder_and_refuses_a_busy_loop(tmp_path):
    from extract.follow import follow, parse_every
    assert parse_every("10m") == 600 and parse_every("5s") == 5
    with pytest.raises(ValueError, match="at least 1s"):
        parse_every("0")
    lines: list[str] = []
    follow([str(tmp_path / "not-yet")], tmp_path / "out", every=0, log=lines.append, cycles=1)
    assert lines == [f"{tmp_path / 'not-yet'}: no such file or folder (yet); it is read when it appears"]
    # once it appears, its files are read
    (tmp_path / "not-yet").mkdir()
    title, paras = ARTICLES["kyiv"]
    (tmp_path / "not-yet" / "kyiv.txt").write_text(f"Published: 2021-03-02\nTitle: {title}\n\n" + "\n\n".join(paras))
    lines.clear()
    totals = follow([str(tmp_path / "not-yet")], tmp_path / "out", every=0, log=lines.append, cycles=1)
    assert totals.processed == 1 and "1 new inputs" in lines[0]


def _fetches(s, path):
    return sum(p == path for p, _, _ in s.log)


def test_follow_fetches_a_named_url_again_until_its_fetch_succeeds(server, tmp_path):
    """A page or a feed named on the command line whose fetch failed (a 404 while it is not
    there yet) is fetched again at the next poll of the same session, and read once it is
    there; a page read once is not fetched again."""
    from extract.follow import follow
    s = server
    title, paras = ARTICLES["minsk"]
    s.failing("/late", 1, (200, "text/html; charset=utf-8", article_page(title, paras, "2020-08-16")))
    s.page("/e/kyiv", "kyiv", date="2021-03-02")
    s.failing("/late.xml", 1, (200, "application/rss+xml", rss([
        {"title": "Kyiv", "link": s.url("/e/kyiv"), "date": rfc822(2021, 3, 2)}])))
    s.page("/ok", "sochi", date="2020-09-14")
    lines: list[str] = []
    follow([s.url("/late"), s.url("/late.xml"), s.url("/ok"), s.url("/never")], tmp_path, every=0,
           fetcher=fast(), log=lines.append, cycles=3)
    urls = set(load_store(tmp_path, ["articles"])["articles"]["url"])
    assert {s.url("/late"), s.url("/e/kyiv"), s.url("/ok")} <= urls, lines
    assert _fetches(s, "/ok") == 1                  # read at the first poll, not fetched again
    assert _fetches(s, "/late") == 2                # 404, then the page; then not again
    assert _fetches(s, "/late.xml") == 3            # a feed: every poll
    assert _fetches(s, "/never") == 3               # still failing: tried at every poll
    assert _fetches(s, "/e/kyiv") == 1
    from extract.feeds import load_state
    feeds = load_state(tmp_path)
    assert feeds[s.url("/late.xml")]["status"] == "ok" and feeds[s.url("/late.xml")]["entries"] == 1
    assert s.url("/late") not in feeds              # a page after all: off the feeds list
    assert feeds[s.url("/never")]["error"] == "HTTP 404 Not Found"


def test_a_named_feed_whose_fetch_fails_is_listed_with_its_error(server, tmp_path):
    """A feed named on the command line that fails at its first fetch is in feeds.json and the
    dashboard's feed list with its last fetch time and the error, like a working feed."""
    from dashboard.live import feed_rows
    s = server
    s.page("/k", "kyiv", date="2021-03-02")
    s.routes["/rss"] = (200, "application/rss+xml", rss([{"title": "k", "link": s.url("/k"),
                                                          "date": rfc822(2021, 3, 2)}]))
    s.routes["/down.xml"] = (503, "text/html", b"<html><body>maintenance</body></html>")
    run([s.url("/rss"), s.url("/gone.xml"), s.url("/down.xml")], tmp_path, fetcher=fast())
    rows = {r["url"]: r for r in feed_rows(tmp_path)}
    assert set(rows) == {s.url("/rss"), s.url("/gone.xml"), s.url("/down.xml")}
    assert rows[s.url("/gone.xml")]["status"] == "HTTP 404 Not Found"
    assert rows[s.url("/down.xml")]["status"] == "HTTP 503 Service Unavailable"
    assert rows[s.url("/gone.xml")]["last fetch"] and rows[s.url("/rss")]["status"] == "ok"
    # once it is there, the same row says so
    s.routes["/gone.xml"] = (200, "application/rss+xml", rss([{"title": "k", "link": s.url("/k"),
                                                               "date": rfc822(2021, 3, 2)}], title="Back"))
    run([s.url("/gone.xml")], tmp_path, fetcher=fast())
    row = next(r for r in feed_rows(tmp_path) if r["url"] == s.url("/gone.xml"))
    assert (row["feed"], row["status"], row["entries"]) == ("Back", "ok", 1)


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_the_timeout_is_a_deadline_for_the_whole_request(server, tmp_path, in_headers):
    """A server that drips a byte every 0.1 s (40 of them) never lets a read wait for a second:
    the timeout still ends the request after one second, with the reason."""
    from extract.fetch import FetchError
    s = server
    s.drip("/drip", every=0.1, count=40, in_headers=in_headers)
    f = fast(timeout=1.0)
    t0 = time.monotonic()
    with pytest.raises(FetchError, match=r"^timed out after 1 s$"):
        f.get(s.url("/drip"))
    assert time.monotonic() - t0 < 2.0
    s.page("/ok", "minsk")
    assert b"Minsk" in f.get(s.url("/ok")).body      # the next request has its own deadline


def test_a_page_declaring_its_language_is_named_in_the_skip(server, tmp_path):
    """A French page (<html lang="fr">) that the detector cannot tell is skipped as French, the
    message saying it is the page's declaration; undeclared, 'und'."""
    s = server
    paras = ["Des milliers de travailleurs ont manifesté jeudi à Paris contre la réforme des retraites, "
             "selon les syndicats.", "La police a interpellé trente personnes près de la place de la Concorde."]
    s.routes["/fr"] = (200, "text/html; charset=utf-8", article_page("Manifestation à Paris", paras, lang="fr-FR"))
    s.routes["/fr-undeclared"] = (200, "text/html; charset=utf-8", article_page("Manifestation", paras, lang=None))
    summary, _ = run([s.url("/fr"), s.url("/fr-undeclared")], tmp_path, fetcher=fast())
    reason = {r.path: r.reason for r in summary.inputs}
    assert reason[s.url("/fr")] == "not English (fr, declared by the page; not recognised from the text: und)"
    assert reason[s.url("/fr-undeclared")] == "not English (und)"


def test_a_size_skip_is_fetched_again_once_the_limit_is_raised(server, tmp_path):
    """An entry skipped for its size is not fetched again under the same limit, and is read
    once --max-bytes is raised above the size."""
    from extract.follow import SUMMARY_FILE, follow
    s = server
    s.routes["/big"] = (200, "text/html", article_page(*ARTICLES["kyiv"], date="2021-03-02")
                        + b"<!-- " + b"x" * 300_000 + b" -->")
    s.routes["/rss"] = (200, "application/rss+xml", rss([{"title": "big", "link": s.url("/big"),
                                                          "date": rfc822(2021, 3, 2)}]))
    follow([s.url("/rss")], tmp_path, every=0, fetcher=fast(max_bytes=200_000), log=lambda _: None, cycles=2)
    assert _fetches(s, "/big") == 1                 # skipped for its size, not fetched again
    assert "over the size limit" in (tmp_path / SUMMARY_FILE).read_text()
    follow([s.url("/rss")], tmp_path, every=0, fetcher=fast(max_bytes=200_000), log=lambda _: None, cycles=1)
    assert _fetches(s, "/big") == 1                 # a restart with the same limit: still not
    follow([s.url("/rss")], tmp_path, every=0, fetcher=fast(max_bytes=1_000_000), log=lambda _: None, cycles=1)
    assert _fetches(s, "/big") == 2                 # the limit raised: fetched and read
    assert s.url("/big") in set(load_store(tmp_path, ["articles"])["articles"]["url"])
    from extract.feeds import size_limit          # the limit a size skip was judged by, from its reason
    assert size_limit("over the size limit (300,129 bytes > 200,000; raise it with --max-bytes)") == 200_000
    assert size_limit("over the size limit (more than 5,242,880 bytes; raise it with --max-bytes)") == 5_242_880
    assert size_limit("HTTP 404 Not Found") is None
