#!/usr/bin/env python3
"""Take docs/screenshot.png: the page over the hand-made events of tests/api/pagedata.py.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--view timeline|map|network]
                                           [--db STORE] [--event TITLE] [--ui en|az|ru]

Needs Debian's chromium (/usr/bin/chromium) and the playwright Python package (test extra).
With --db it shows that store instead of the hand-made one.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "api")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--view", default="timeline", choices=["timeline", "map", "network"])
    ap.add_argument("--db")
    ap.add_argument("--event", default="Official visit of Heydar Aliyev", help="open the event whose title has this")
    ap.add_argument("--source", action="store_true", help="also open its first source")
    ap.add_argument("--ui", default="en")
    ap.add_argument("--width", type=int, default=1440)
    ap.add_argument("--height", type=int, default=900)
    a = ap.parse_args()

    from playwright.sync_api import sync_playwright

    import pagedata
    from test_page import CHROMIUM, Server

    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or str(Path(tmp) / "demo.db")
        if not a.db:
            pagedata.build(db)
        with Server(db) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": a.width, "height": a.height})
            page.goto(f"{server.url}/#view={a.view}&ui={a.ui}")
            page.wait_for_selector("body[data-ready='1']")
            if a.event:
                page.click(f"#event-list li:has-text({a.event!r}) button")
                page.wait_for_selector("#event-title")
                if a.source:
                    page.click("#event button.open-source")
                    page.wait_for_selector("#source-text mark.focus")
            page.wait_for_timeout(1200)  # layouts, fonts
            Path(a.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=a.out)
            browser.close()
    print(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
