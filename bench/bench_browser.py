"""The dashboard in Debian's chromium (issue 19's figures); medians printed, nothing asserted.

    .venv/bin/python bench/bench_browser.py [--runs 3] [--sessions 10] [--events 100000]

1. Cold start: a fresh server, then the page opened until the timeline, the map and the table
   are drawn; against a bare Streamlit page with one Plotly chart of the timeline's size
   (bench/bare_page.py), alternating in the same run (the framework's floor).
2. On a synthetic store of --events events (bench_dashboard.synthetic_store): a filter change
   (an event type chosen in the sidebar) until both charts are drawn again; a map-place click
   until the source panel lists the place's events.
3. --sessions browser pages at once on that store, each changing a filter and clicking a place:
   median filter → drawn, errors on the pages, the server's resident memory (the store is
   shared through st.cache_resource).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, machine  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CHARTS = ("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2 && "
          "document.querySelector('[data-testid=stDataFrame]')")
BARE = "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 1"
# a changed figure is drawn into a new element: the old one carries a mark, the new one not
REDRAWN = ("() => { const p = document.querySelectorAll('.js-plotly-plot');"
           " return p.length >= 2 && !p[0].__old && !p[1].__old && p[0].querySelector('.main-svg') &&"
           " p[1].querySelector('.main-svg') && !document.querySelector('[data-testid=stStatusWidget]'); }")
MANY_TIMEOUT = 600_000
MARK = "() => document.querySelectorAll('.js-plotly-plot').forEach(p => p.__old = 1)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], env: dict | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", *args, "--server.headless", "true", "--server.port", str(port),
                             "--browser.gatherUsageStats", "false"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(600):
        try:
            if urllib.request.urlopen(url + "_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.1)
    return proc, url


def rss_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cold_start(b, runs: int, seeds_store: str) -> None:
    env = dict(os.environ, NEWSMAP_STORE=seeds_store)
    app, bare = [], []
    for _ in range(runs):
        for kind in ("app", "bare"):
            cmd = ["dashboard.serve"] if kind == "app" else ["streamlit", "run", "bench/bare_page.py"]
            proc, url = start(cmd, env)
            try:
                page = b.new_page(viewport={"width": 1600, "height": 1000})
                t = time.perf_counter()
                page.goto(url)
                page.wait_for_function(CHARTS if kind == "app" else BARE, timeout=30_000)
                (app if kind == "app" else bare).append(time.perf_counter() - t)
                page.close()
            finally:
                proc.terminate()
                proc.wait(10)
    a, r = statistics.median(app), statistics.median(bare)
    print(f"cold start, first full render of seeds/ (median of {runs}): app {a:.2f} s, bare page with one "
          f"Plotly chart {r:.2f} s: ratio {a / r:.2f} (target ≤ 1.3); runs app {[round(x, 2) for x in app]}, "
          f"bare {[round(x, 2) for x in bare]}")


def choose_type(page, label: str) -> float:
    """Choose (or remove) an event type in the sidebar; seconds until both charts are drawn again."""
    page.evaluate(MARK)
    # the text field itself: the box's centre is a chip once a type is chosen, and a click
    # there sends the typing nowhere (the second choice of a session timed out)
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(1).locator("input")
    t = time.perf_counter()
    box.click()
    page.keyboard.type(label)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(REDRAWN, timeout=30_000)
    return time.perf_counter() - t


def clear_types(page) -> float:
    page.evaluate(MARK)
    t = time.perf_counter()
    # the chip's own remove button ("Clear all" opened the option list in this Streamlit: the
    # clear was never seen and counted as a failure)
    page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(1) \
        .locator("[data-testid=stMultiSelectTagsContainer] button[aria-label^=Remove]").last.click()
    page.wait_for_function(REDRAWN, timeout=30_000)
    return time.perf_counter() - t


def click_place(page, i: int) -> float:
    """Click the i-th largest marker of the map; seconds until the source panel lists its events."""
    pos = page.evaluate("""(i) => {
        const gd = document.querySelectorAll('.js-plotly-plot')[1];
        const pts = [...gd.querySelectorAll('.geo .scatterlayer .trace .point')]
            .map(p => [p.getBoundingClientRect(), p]).filter(([b]) => b.width > 0)
            .sort((a, b) => b[0].width - a[0].width);
        const b = pts[i % pts.length][0];
        return {x: b.left + b.width / 2, y: b.top + b.height / 2};
    }""", i)
    page.mouse.move(pos["x"] - 10, pos["y"] - 10)
    page.mouse.move(pos["x"], pos["y"], steps=3)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=30_000)
    before = page.evaluate("() => document.querySelector('[data-testid=stMain]').innerText.length")
    t = time.perf_counter()
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_function("(n) => !document.querySelector('[data-testid=stStatusWidget]') && "
                           "/events (at|around)|places around/.test(document.querySelector('[data-testid=stMain]').innerText)"
                           " && document.querySelector('[data-testid=stMain]').innerText.length != n", arg=before,
                           timeout=30_000)
    return time.perf_counter() - t


def single_session(b, url: str, runs: int, n: int) -> None:
    page = b.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(url)
    page.wait_for_function(CHARTS, timeout=180_000)
    filt, clicks = [], []
    failed = 0
    for i, label in enumerate(["Protest", "Sanction", "Meeting"][:runs]):
        for step in (lambda: choose_type(page, label), lambda: clear_types(page)):
            try:
                filt.append(step())
            except Exception:           # a change whose redraw was not seen: counted, page reloaded
                failed += 1
                page.goto(url)
                page.wait_for_function(CHARTS, timeout=180_000)
        print(f"   filter changes: {[round(x, 2) for x in filt]}", flush=True)
    for i in range(runs * 2):
        try:
            clicks.append(click_place(page, i))
        except Exception:
            failed += 1
        print(f"   clicks: {[round(x, 2) for x in clicks]}", flush=True)
    if failed:
        print(f"   {failed} interaction(s) not measured (redraw not seen within the time-out)")
    page.close()
    print(f"{n:,} events, one session: filter change → both charts drawn median {statistics.median(filt):.2f} s "
          f"({[round(x, 2) for x in filt]}; target ≤ 1 s); map-place click → its events listed median "
          f"{statistics.median(clicks):.2f} s ({[round(x, 2) for x in clicks]}; target ≤ 1 s)")


async def many_sessions(url: str, k: int, pid: int, n: int) -> None:
    from playwright.async_api import async_playwright
    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        errors: list[str] = []

        async def one(i: int):
            page = await b.new_page(viewport={"width": 1600, "height": 1000})
            page.on("pageerror", lambda e: errors.append(str(e)))
            t = time.perf_counter()
            await page.goto(url)
            await page.wait_for_function(CHARTS, timeout=MANY_TIMEOUT)
            first = time.perf_counter() - t
            out = []
            for label in (["Protest", "Sanction"] if i % 2 else ["Meeting", "Arrest"]):
                await page.evaluate(MARK)
                box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(1).locator("input")
                t = time.perf_counter()
                await box.click()
                await page.keyboard.type(label)
                await page.keyboard.press("Enter")
                await page.keyboard.press("Escape")
                await page.wait_for_function(REDRAWN, timeout=MANY_TIMEOUT)
                out.append(time.perf_counter() - t)
            # a click on the largest place
            pos = await page.evaluate("""() => {
                const gd = document.querySelectorAll('.js-plotly-plot')[1];
                const pts = [...gd.querySelectorAll('.geo .scatterlayer .trace .point')]
                    .map(p => p.getBoundingClientRect()).filter(b => b.width > 0).sort((a, b) => b.width - a.width);
                return {x: pts[0].left + pts[0].width / 2, y: pts[0].top + pts[0].height / 2};
            }""")
            await page.mouse.move(pos["x"] - 10, pos["y"] - 10)
            await page.mouse.move(pos["x"], pos["y"], steps=3)
            t = time.perf_counter()
            await page.mouse.click(pos["x"], pos["y"])
            await page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]') && "
                                         "/events (at|around)|places around/.test(document.querySelector("
                                         "'[data-testid=stMain]').innerText)", timeout=MANY_TIMEOUT)
            click = time.perf_counter() - t
            exc = await page.locator("[data-testid=stException], [data-testid=stAlertContentError]").count()
            if exc:
                errors.append(f"session {i}: {exc} error element(s)")
            await page.close()
            return first, out, click

        mem0 = rss_mb(pid)
        r = await asyncio.gather(*[one(i) for i in range(k)], return_exceptions=True)
        ok = [x for x in r if not isinstance(x, BaseException)]
        errors += [repr(x)[:200] for x in r if isinstance(x, BaseException)]
        filt = [t for _, out, _ in ok for t in out]
        med = lambda xs: f"{statistics.median(xs):.2f}" if xs else "n/a"  # noqa: E731
        print(f"{k} sessions at once on {n:,} events ({len(ok)} finished): first render median "
              f"{med([x[0] for x in ok])} s; filter → drawn median {med(filt)} s (max "
              f"{max(filt) if filt else float('nan'):.2f}; target ≤ 1.5 s; {filt and [round(x, 2) for x in filt]}); "
              f"place click median {med([x[2] for x in ok])} s; errors: {len(errors)} "
              f"{errors[:3]}; server resident memory {mem0:.0f} MB before, {rss_mb(pid):.0f} MB after")
        await b.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--skip", nargs="*", default=[], choices=["cold", "single", "many"])
    args = ap.parse_args()
    print(machine())
    from playwright.sync_api import sync_playwright
    from extract import run
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds-store"
        run([str(ROOT / "seeds")], str(seeds))
        if "cold" not in args.skip:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                cold_start(b, args.runs, str(seeds))
                b.close()
        from bench_dashboard import synthetic_store
        synthetic_store(Path(tmp) / "big", args.events)
        env = dict(os.environ, NEWSMAP_STORE=str(Path(tmp) / "big" / "store"))
        proc, url = start(["dashboard.serve"], env)
        try:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                warm = b.new_page()
                warm.goto(url)
                warm.wait_for_function(CHARTS, timeout=300_000)
                warm.close()
                print(f"server resident memory with the {args.events:,}-event store loaded: {rss_mb(proc.pid):.0f} MB")
                if "single" not in args.skip:
                    single_session(b, url, args.runs, args.events)
                b.close()
            if "many" not in args.skip:
                asyncio.run(many_sessions(url, args.sessions, proc.pid, args.events))
        finally:
            proc.terminate()
            proc.wait(10)

if __name__ == "__main__":
    main()
