"""Issue 19 in Debian's chromium: the layout at 1600×1000, 1280×800 and 390 px, no Deploy
button, the dark theme's map, the map's zoom kept across a click, and an upload of a PDF and
a text file reported file by file with the page redrawn at once. Screenshots go to
test-artifacts/ (look at them)."""
import time

from conftest import ROOT
from test_browser import ARTIFACTS, _click_map_point, _event_id, _map_point, _serve, browser, server  # noqa: F401

PLOTS = "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2"


def _open(browser, url, w, h, scheme="light"):
    page = browser.new_page(viewport={"width": w, "height": h}, color_scheme=scheme)
    page.goto(url)
    page.wait_for_function(PLOTS, timeout=60_000)
    return page


def _boxes(page):
    return page.evaluate("""() => {
        const p = document.querySelectorAll('.js-plotly-plot');
        const r = e => { const b = e.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left, right: b.right}; };
        const src = [...document.querySelectorAll('h3')].find(h => h.closest('[data-testid=stMain]'));
        return {timeline: r(p[0]), map: r(p[1]), source: src ? r(src) : null};
    }""")


def _sochi(store):
    from dashboard.store import read_store
    events = read_store(store).events
    flew = _event_id(store, "flew", "Sochi")
    return events.loc[events["event_id"] == flew, "place_key"].iloc[0]


def test_timeline_map_and_source_on_one_screen(server, browser):
    url, store = server
    ARTIFACTS.mkdir(exist_ok=True)
    for w, h in ((1600, 1000), (1280, 800)):
        page = _open(browser, url, w, h)
        _click_map_point(page, _sochi(store))
        page.get_by_text("Lukashenko Flies to Russia").first.wait_for(timeout=30_000)
        time.sleep(1)
        page.screenshot(path=str(ARTIFACTS / f"10-layout-{w}x{h}.png"))
        b = _boxes(page)
        assert b["timeline"]["top"] >= 0 and b["timeline"]["bottom"] <= h
        assert b["source"] and b["source"]["top"] < h and b["source"]["left"] > b["map"]["left"]
        visible_map = min(b["map"]["bottom"], h) - b["map"]["top"]
        assert visible_map >= (0.9 if w == 1600 else 0.5) * (b["map"]["bottom"] - b["map"]["top"]), b
        assert "Deploy" not in page.inner_text("body")
        page.close()


def test_narrow_screen_and_dark_theme(server, browser):
    url, store = server
    page = _open(browser, url, 390, 844)
    time.sleep(1)
    page.screenshot(path=str(ARTIFACTS / "11-narrow-390.png"), full_page=True)
    ticks = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')[0].querySelectorAll('.ytick text')]"
                          ".map(t => t.textContent)")
    assert "Military exercise" in ticks and max(map(len, ticks)) <= 22       # short row labels
    b = _boxes(page)
    assert b["timeline"]["right"] <= 390 and b["map"]["right"] <= 390
    page.close()
    page = _open(browser, url, 1600, 1000, scheme="dark")
    time.sleep(1)
    page.screenshot(path=str(ARTIFACTS / "12-dark.png"))
    bg = page.evaluate("() => document.querySelectorAll('.js-plotly-plot')[1]._fullLayout.geo.bgcolor")
    assert bg == "#0e1117"
    page.close()


def test_map_zoom_is_kept_when_a_place_is_clicked(server, browser):
    url, store = server
    page = _open(browser, url, 1600, 1000)
    scale = "() => document.querySelectorAll('.js-plotly-plot')[1]._fullLayout.geo._subplot.projection.scale()"
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot')[1]?.querySelector('.geo .scatterlayer .point')",
                           timeout=60_000)
    s0 = page.evaluate(scale)
    pos = _map_point(page, _sochi(store))
    page.mouse.move(pos["x"], pos["y"])
    for _ in range(3):
        page.mouse.wheel(0, -200)
        time.sleep(0.3)
    time.sleep(1)
    s1 = page.evaluate(scale)
    assert s1 > s0 * 1.2
    _click_map_point(page, _sochi(store))
    page.get_by_text("events at Sochi", exact=False).first.wait_for(timeout=30_000)
    time.sleep(1.5)
    page.screenshot(path=str(ARTIFACTS / "13-zoom-kept.png"))
    assert abs(page.evaluate(scale) - s1) / s1 < 0.05        # the user's zoom, not the framing
    page.close()


def test_upload_reports_each_file_and_redraws_at_once(tmp_path_factory, browser):
    gen = _serve(tmp_path_factory, [str(ROOT / "seeds" / "000_4a18ea590833d17d.txt")])
    url, store = next(gen)
    try:
        page = _open(browser, url, 1280, 1000)
        header = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first.inner_text()
        page.get_by_text("Add articles").first.click()
        # (the expander draws its content after the click: wait for it, then read the whole sidebar)
        page.get_by_text("5 MB at most", exact=False).first.wait_for(timeout=15_000)
        body = page.inner_text("[data-testid=stSidebar]")
        assert "5 MB at most" in body and "200MB" not in body.replace(" ", "")
        d = tmp_path_factory.mktemp("files")
        (d / "storm.txt").write_text("Title: Storm hits Odessa\nPublished: 2021-10-05\n\n"
                                     "A storm hit Odessa on Monday, officials said, and rescue teams were sent.\n")
        (d / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
        page.locator("input[type=file]").first.set_input_files([str(d / "storm.txt"), str(d / "report.pdf")])
        page.get_by_role("button", name="Extract and add").click()
        page.get_by_text("1 added, 1 skipped").first.wait_for(timeout=60_000)
        # (the per-file lines are drawn after the summary line: wait for them too, as a user would)
        page.get_by_text("report.pdf: a PDF document").first.wait_for(timeout=60_000)
        side = page.inner_text("[data-testid=stSidebar]")
        assert "storm.txt" in side and "report.pdf: a PDF document" in side
        page.wait_for_function(PLOTS, timeout=60_000)
        time.sleep(1)
        new_header = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first.inner_text()
        assert new_header != header and "Storm hits Odessa" not in header
        n_before = int(header.split(" events")[0].replace(",", ""))
        assert int(new_header.split(" events")[0].replace(",", "")) > n_before      # no further click
        page.screenshot(path=str(ARTIFACTS / "14-upload-report.png"))
        page.close()
    finally:
        next(gen, None)
