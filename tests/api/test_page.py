"""The page in a real headless Chromium (Debian's `chromium`, driven by Playwright) against a real server.

uvicorn serves `create_app` on a free loopback port from a thread; the store is built from hand-made
events (tests/api/pagedata.py), so these tests do not depend on the extraction pipeline.

Without /usr/bin/chromium the tests skip, unless CI is set: there they fail (.ci/run installs it).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

import pagedata

CHROMIUM = os.environ.get("BILAT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _require_browser():
    missing = None
    if not os.path.exists(CHROMIUM):
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the Python package playwright is not installed (pip install -e '.[test]')"
    if missing:
        if IN_CI:
            pytest.fail(f"{missing}; CI must have it (.ci/run installs it)", pytrace=False)
        pytest.skip(missing)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`bilat serve` in a thread: uvicorn over create_app(db) on 127.0.0.1:<free port>."""

    def __init__(self, db: str, private: bool = False):
        import uvicorn

        from bilat.api.app import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db, private=private), host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture()
def site(tmp_path):
    db = str(tmp_path / "page.db")
    info = pagedata.build(db)
    with Server(db) as server:
        yield server, info["token"]


@pytest.fixture()
def page(browser, site):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.errors = []  # uncaught exceptions and console errors (a CSP violation is one)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def _open(page, url):
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")


def _count(page) -> int:
    text = page.locator("#count").inner_text()
    return int(re.search(r"\d+", text).group())


def _wait_count(page, n: int):
    # Playwright's wait_for_function evaluates a string, which the page's CSP (no 'unsafe-eval') refuses.
    from playwright.sync_api import expect

    expect(page.locator("#count")).to_have_text(re.compile(rf"^{n}\b"))


def _sign_in(page, token):
    page.click("#token-button")
    page.fill("#token-form input[name=token]", token)
    page.click("#token-form button[value=save]")
    page.wait_for_selector("#whoami:has-text('ayla')")


# ---- reading ------------------------------------------------------------------------------------------


def test_page_loads_filters_and_keeps_state_in_the_url(page, site):
    server, _ = site
    _open(page, server.url + "/")
    assert _count(page) == 15
    assert page.locator("#event-list li").count() == 15
    assert page.locator("#timeline .vis-item").count() >= 10  # drawn by vis-timeline
    # an imprecise date (199X) is drawn as a range over its EDTF bounds, an exact one as a point
    assert page.locator("#timeline .vis-item.vis-range.imprecise.type-founding").count() == 1
    assert page.locator("#timeline .vis-item.vis-point.type-visit").count() == 1

    page.select_option("#filters select[name=type]", "agreement")
    _wait_count(page, 3)
    assert page.locator("#event-list li").count() == 3
    assert "type=agreement" in page.url

    page.fill("#filters input[name=from]", "2000")
    page.click("#filters button[type=submit]")
    _wait_count(page, 2)

    page.fill("#q", "Tabriz")
    page.press("#q", "Enter")
    _wait_count(page, 1)
    assert page.locator("#event-list li").inner_text().endswith("Memorandum on cultural cooperation signed in Tabriz")

    shared = page.url  # the link holds the state: a new page shows the same view
    assert "q=Tabriz" in shared and "from=2000" in shared
    other = page.context.new_page()
    _open(other, shared)
    assert _count(other) == 1 and other.input_value("#q") == "Tabriz"
    assert other.input_value("#filters select[name=type]") == "agreement"
    other.close()

    page.click("#clear")
    _wait_count(page, 15)
    assert page.errors == []


def test_person_country_and_language_filters(page, site):
    server, _ = site
    _open(page, server.url + "/#person=Putin")
    assert _count(page) == 3
    # the same page, another hash (a pasted link, back/forward): the page follows it
    page.goto(server.url + "/#country=IR")
    _wait_count(page, 3)
    assert page.input_value("#filters input[name=country]") == "IR"
    page.goto(server.url + "/#lang=fa&view=map")
    _wait_count(page, 3)
    assert page.input_value("#filters select[name=lang]") == "fa"
    page.go_back()
    _wait_count(page, 3)
    assert page.input_value("#filters input[name=country]") == "IR"
    page.goto(server.url + "/#lang=fa&view=map")
    assert page.is_visible("#map") and not page.is_visible("#timeline")


def test_click_event_shows_quote_highlighted_in_the_source(page, site):
    server, _ = site
    _open(page, server.url + "/")
    page.click("#timeline .vis-item.type-visit")  # a click on the timeline opens the event panel
    page.wait_for_selector("#event-title:has-text('Official visit of Heydar Aliyev to Moscow')")
    quote = "On 2 July 1997 President Heydar Aliyev paid an official visit to Moscow."
    assert page.locator("#event blockquote.quote").inner_text() == quote
    assert "event=ev_" in page.url

    page.click("#event button.open-source")
    mark = page.locator("#source-text mark.focus")
    mark.wait_for()
    assert mark.inner_text() == quote
    assert mark.is_visible()
    full = page.locator("#source-text").inner_text()
    assert full.startswith("Azerbaijan and its neighbours") and "Ganja" in full  # the whole text, quote in place
    assert page.locator("#source-title").inner_text() == "Azerbaijan and its neighbours: a cultural chronology"
    assert "doc=" in page.url and "span=" in page.url

    # the link opens the same event and source
    other = page.context.new_page()
    _open(other, page.url)
    other.locator("#source-text mark.focus").wait_for()
    assert other.locator("#source-text mark.focus").inner_text() == quote
    other.close()
    assert page.errors == []


def test_full_text_search_finds_documents(page, site):
    server, _ = site
    _open(page, server.url + "/")
    page.fill("#q", "Ganja")
    page.press("#q", "Enter")
    _wait_count(page, 2)  # the events whose title or quote hold the words (Ganja, Nizami Ganjavi)
    hit = page.locator("#doc-list li").first
    hit.wait_for()
    assert "en_chronology.html" in hit.inner_text() and "Ganja" in hit.locator(".snippet").inner_text()
    hit.locator("button").click()
    page.locator("#source-text").wait_for()
    page.wait_for_selector("#source-title:has-text('a cultural chronology')")
    assert "festival of Russian cinema was held in Ganja" in page.locator("#source-text").inner_text()
    assert "doc=" in page.url and "q=Ganja" in page.url
    assert page.errors == []


def test_persian_source_is_right_to_left(page, site):
    server, _ = site
    _open(page, server.url + "/#lang=fa")
    page.click("#event-list li:has-text('Memorandum on cultural cooperation') button")
    quote = page.locator("#event blockquote.quote")
    quote.wait_for()
    assert quote.get_attribute("dir") == "rtl" and quote.get_attribute("lang") == "fa"
    assert "تبریز" in quote.inner_text()
    page.click("#event button.open-source")
    page.locator("#source-text mark.focus").wait_for()
    box = page.locator("#source-text")
    assert box.get_attribute("dir") == "rtl" and box.get_attribute("lang") == "fa"
    assert page.evaluate("getComputedStyle(document.querySelector('#source-text')).direction") == "rtl"
    family = page.evaluate("getComputedStyle(document.querySelector('#source-text')).fontFamily")
    assert family.startswith('"Vazirmatn"') or family.startswith("Vazirmatn")
    # the vendored Persian font is actually loaded from the server
    loaded = "[...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Vazirmatn' && f.status === 'loaded')"
    for _ in range(100):
        if page.evaluate(loaded):
            break
        time.sleep(0.05)
    assert page.evaluate(loaded)
    assert page.locator("#source-text mark.focus").inner_text().startswith("در خرداد ۱۳۸۳")


def test_hostile_text_is_shown_as_text_and_never_runs(page, site):
    server, _ = site
    _open(page, server.url + "/")
    row = page.locator("#event-list li:has-text('Concert')")
    assert "<script>window.__pwned=1</script>" in row.inner_text()
    assert '<img src=x onerror="window.__pwned=2">' in row.inner_text()
    assert "<script>window.__pwned=1</script>" in page.locator("#timeline").inner_text()
    row.locator("button").click()
    page.wait_for_selector("#event-title:has-text('Concert')")
    assert page.locator("#event-title").inner_text() == "Concert " + pagedata.HOSTILE
    page.click("#event button.open-source")
    page.locator("#source-text mark.focus").wait_for()
    assert pagedata.HOSTILE in page.locator("#source-text").inner_text()
    assert page.locator("#source-title").inner_text() == "Hostile " + pagedata.HOSTILE
    page.click("#source-close")
    # the document search shows the hostile text in its snippet, as text
    page.fill("#q", "concert")
    page.press("#q", "Enter")
    page.locator("#doc-list li").first.wait_for()
    assert "<script>" in page.locator("#doc-list").inner_text()
    # the map popup of the same event
    page.click("#tabs [data-view=map]")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("#event script, #source script, #event-list script, #timeline script").count() == 0
    assert page.errors == []


def test_map_and_network(page, site):
    server, _ = site
    _open(page, server.url + "/#view=map")
    page.wait_for_selector("#map path.leaflet-interactive, #map svg path")
    assert page.locator("#map svg path").count() > 100  # the shipped country outlines, no tile server
    assert page.locator("#map .leaflet-tile").count() == 0
    page.wait_for_selector("#map .marker-cluster, #map .leaflet-marker-icon")
    # every event with a place is on the map, clustered: the cluster counts add up
    counts = [int(x) for x in page.locator("#map .marker-cluster span").all_inner_texts()]
    singles = page.locator("#map .leaflet-marker-icon:not(.marker-cluster)").count()
    assert sum(counts) + singles == 15

    page.click("#tabs [data-view=network]")
    page.wait_for_selector("#network canvas")
    assert "view=network" in page.url
    assert page.errors == []


def test_interface_languages(page, site):
    server, _ = site
    _open(page, server.url + "/")
    assert page.locator("#tabs [data-view=timeline]").inner_text() == "Timeline"
    page.select_option("#ui-lang", "az")
    page.wait_for_selector("#tabs [data-view=timeline]:has-text('Zaman xətti')")
    assert page.locator("#filters select[name=type] option[value=agreement]").inner_text() == "saziş"
    page.select_option("#ui-lang", "ru")
    page.wait_for_selector("#tabs [data-view=timeline]:has-text('Хронология')")
    assert "ui=ru" in page.url
    assert page.evaluate("document.documentElement.lang") == "ru"


# ---- review ----------------------------------------------------------------------------------------------


def test_edit_with_a_token_then_reload_shows_change_and_audit(page, site):
    server, token = site
    _open(page, server.url + "/")
    page.click("#event-list li:has-text('Official visit of Heydar Aliyev') button")
    page.wait_for_selector("#event-title")
    assert not page.is_visible("#review")  # no token: no review controls

    page.click("#token-button")
    page.fill("#token-form input[name=token]", "not-a-token")
    page.click("#token-form button[value=save]")
    page.wait_for_selector("#token-message:has-text('not valid')")
    page.fill("#token-form input[name=token]", token)
    page.click("#token-form button[value=save]")
    page.wait_for_selector("#whoami:has-text('ayla')")
    assert page.is_visible("#review")

    page.fill("#edit-form input[name=date]", "1997-07-03")
    page.select_option("#edit-form select[name=type]", "meeting")
    page.fill("#edit-form textarea[name=participants]", "Heydar Aliyev | President of Azerbaijan\nBoris Yeltsin")
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("#review-message:has-text('Saved')")

    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector("#event-title:has-text('Official visit')")
    assert page.locator("#event .meta .date").inner_text() == "1997-07-03"
    assert page.locator("#event .meta .badge").first.inner_text() == "meeting"
    assert "Boris Yeltsin" in page.locator("#event dl").inner_text()
    entry = page.locator("#audit-list li").first
    assert "edited" in entry.inner_text() and "ayla" in entry.inner_text() and "date: 1997-07-03" in entry.inner_text()
    assert page.locator("#event-list li:has-text('Official visit') .date").inner_text() == "1997-07-03"

    entry.locator("button.undo").click()
    page.wait_for_selector("#event .meta .date:text-is('1997-07-02')")
    assert page.locator("#audit-list li").first.inner_text().startswith("undo")
    assert page.locator("#audit-list li.undone").count() == 1
    assert page.errors == [] or all("401" in e for e in page.errors)  # the refused token's /api/me


def test_mark_wrong_merge_split_in_the_page(page, site):
    server, token = site
    _open(page, server.url + "/")
    _sign_in(page, token)
    # merge: pick one event, open another, merge the picked one into it
    page.click("#event-list li:has-text('Agreement on cooperation in culture') button")
    page.wait_for_selector("#event-title:has-text('Agreement on cooperation in culture')")
    page.click("#pick-merge")
    page.click("#event-list li:has-text('Meeting of the presidents in Moscow') button")
    page.wait_for_selector("#event-title:has-text('Meeting of the presidents')")
    assert page.input_value("#merge-form input[name=ids]").startswith("ev_")
    page.click("#merge-form button[type=submit]")
    page.wait_for_selector("#review-message:has-text('Merged')")
    _wait_count(page, 14)
    page.wait_for_selector("#audit-list li:first-child:has-text('merged')")
    assert page.locator("#event blockquote.quote").count() == 2
    # split it again: tick one extraction
    page.locator("#split-list input").first.check()
    page.click("#split-form button[type=submit]")
    page.wait_for_selector("#review-message:has-text('Split into')")
    _wait_count(page, 15)
    # mark wrong: gone from the list; undo brings it back
    page.click("#mark-wrong")
    _wait_count(page, 14)
    page.wait_for_selector("#event .badge.wrong")
    page.locator("#audit-list li").first.locator("button.undo").click()
    _wait_count(page, 15)


def test_private_server_reads_after_the_token(browser, tmp_path):
    db = str(tmp_path / "private.db")
    token = pagedata.build(db)["token"]
    with Server(db, private=True) as server:
        context = browser.new_context()
        page = context.new_page()
        try:
            _open(page, server.url + "/")
            assert "token" in page.locator("#count").inner_text()  # 401: reading needs a token here
            assert page.locator("#event-list li").count() == 0
            _sign_in(page, token)
            _wait_count(page, 15)
            assert page.locator("#filters select[name=type] option").count() > 10
        finally:
            context.close()


# ---- no browser needed ------------------------------------------------------------------------------------


def test_page_headers_and_vendored_assets(tmp_path):
    from fastapi.testclient import TestClient

    from bilat.api.app import create_app

    c = TestClient(create_app(str(tmp_path / "h.db")))
    r = c.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-eval" not in csp
    assert "<script>" not in r.text  # no inline script: every script is a file from 'self'
    srcs = re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text)
    assert len(srcs) >= 8
    for src in srcs + ["/static/vendor/world-atlas/countries-110m.geojson", "/static/vendor/vazirmatn/Vazirmatn-wght.woff2",
                       "/static/i18n/en.json", "/static/i18n/az.json", "/static/i18n/ru.json"]:
        assert c.get(src).status_code == 200, src
    assert not re.search(r'(src|href)="(https?:)?//', r.text)  # nothing from another origin
    static = Path(__file__).resolve().parents[2] / "bilat" / "api" / "static"
    assert (static / "vendor" / "LICENSES.md").exists()
    en = set(__import__("json").loads((static / "i18n" / "en.json").read_text()))
    for lang in ("az", "ru"):
        assert set(__import__("json").loads((static / "i18n" / f"{lang}.json").read_text())) == en
    size = sum(p.stat().st_size for p in (static / "vendor").rglob("*") if p.is_file())
    assert size < 4_000_000


# ---- the page over the examples, through the real pipeline ------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def examples_site(tmp_path_factory):
    from bilat.store import Store
    from bilat.store.ingest import ingest

    if not EXAMPLES.is_dir():
        pytest.skip("no examples/ folder")
    db = str(tmp_path_factory.mktemp("examples") / "examples.db")
    store = Store(db)
    report = ingest([str(EXAMPLES)], store)
    store.close()
    unfinished = [e for _, e in report.failed if e.startswith(("ImportError", "NotImplementedError", "ModuleNotFoundError"))]
    if unfinished and not report.events:
        pytest.skip(f"the extraction pipeline does not run yet: {unfinished[0]}")
    assert report.events > 0, report
    with Server(db) as server:
        yield server


def test_page_over_the_examples(browser, examples_site):
    """Every quote the page shows is the document's own text at its offsets, highlighted in place."""
    import httpx

    server = examples_site
    events = httpx.get(server.url + "/api/events", params={"limit": 5000}).json()["events"]
    assert len(events) >= 10
    docs = {}
    for ev in events:
        for s in ev["sources"]:
            if s["document_id"] not in docs:
                docs[s["document_id"]] = httpx.get(f"{server.url}/api/documents/{s['document_id']}").json()
            assert docs[s["document_id"]]["text"][s["start"]:s["end"]] == s["quote"], (ev["id"], s)
    persian = [e for e in events if any(s["language"] == "fa" for s in e["sources"])]
    assert persian, "no event from the Persian examples"

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        _open(page, server.url + "/")
        assert _count(page) == len(events)
        for ev in (events[0], persian[0]):
            page.goto(f"{server.url}/#event={ev['id']}")
            # (a change of the hash keeps the page: wait for this event's panel, not the last one's title)
            page.locator("#event p.muted.small", has_text=ev["id"]).wait_for()
            src = next(s for s in ev["sources"] if ev is events[0] or s["language"] == "fa")
            idx = ev["sources"].index(src)  # (two documents may cite the same offsets)
            page.locator("#event button.open-source").nth(idx).click()
            # (the last source's mark stays until this one's text is in: wait for the mark of this quote)
            mark = page.locator("#source-text mark.focus", has_text=src["quote"].split()[0])
            mark.wait_for()
            assert mark.inner_text().split() == src["quote"].split()
            if src["language"] == "fa":
                assert page.locator("#source-text").get_attribute("dir") == "rtl"
        assert errors == []
    finally:
        context.close()
