"""`repwatch dashboard` served on 127.0.0.1 and opened in headless Debian Chromium: every page
renders its charts with no exception box, and markup from the web stays inert.

Set REPWATCH_SCREENSHOTS=docs/screenshots to keep the screenshots (the README shows them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.dashboard.browser import PAGES, browser, chromium_missing, dashboard_server, visit
from tests.dashboard.seed import EVIL_TEXT, Seeded

pytestmark = pytest.mark.skipif(bool(chromium_missing()), reason=chromium_missing() or "")


def test_every_page_in_a_real_browser(demo_db: Seeded, tmp_path: Path) -> None:
    keep = os.environ.get("REPWATCH_SCREENSHOTS")
    with dashboard_server(demo_db.config_file, tmp_path) as server, browser() as chromium:
        for path, title, key_text, has_charts in PAGES:
            shot = visit(chromium, server.url, path, title, key_text, has_charts, tmp_path, query="?period=30d")
            assert not shot.exceptions, f"/{path}: {shot.exceptions}"
            assert not shot.dialogs
            # Offline, a font or icon host would never answer: everything comes from the dashboard itself.
            assert shot.outside(server.url) == [], f"/{path} fetched from elsewhere: {shot.outside(server.url)}"
            assert not shot.favicon.startswith("http") or shot.favicon.startswith(server.url), shot.favicon
            if has_charts:
                assert shot.charts >= 2, f"/{path} drew {shot.charts} charts"
            assert shot.screenshot.stat().st_size > 20_000, "a rendered page, not a blank one"
            if keep:
                Path(keep).mkdir(parents=True, exist_ok=True)
                shutil.copy(shot.screenshot, Path(keep) / shot.screenshot.name)
        _filters_survive_navigation(chromium, server.url)
    assert server.process.poll() is not None, "the server is stopped afterwards"


def test_markup_and_javascript_links_are_inert_in_the_browser(evil_db: Seeded, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with dashboard_server(evil_db.config_file, tmp_path) as server, browser() as chromium:
        context = chromium.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{server.url}/mentions?period=7d")
        literal = page.get_by_text(EVIL_TEXT, exact=True)
        expect(literal.first).to_be_visible(timeout=60_000)
        page.wait_for_timeout(1500)  # give an injected onerror handler the time to fire
        assert dialogs == [], "no script from a mention ran"
        assert page.locator("img[src='x']").count() == 0, "the markup did not become an element"
        assert page.locator("a[href^='javascript' i]").count() == 0, "no javascript: link anywhere"
        expect(page.get_by_text("javascript:alert(2)", exact=True).first).to_be_visible()
        assert page.locator("[data-testid='stException']").count() == 0
        page.screenshot(path=str(tmp_path / "injection.png"))
        context.close()


def _filters_survive_navigation(chromium: object, url: str) -> None:
    """A shared link's filters stay in the address bar when the reader moves to another page."""
    page = chromium.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(f"{url}/?brands=Velora,Spaakwiel&period=7d")
        page.locator("[data-testid='stMain'] h1", has_text="Overview").wait_for(timeout=60_000)
        page.locator("[data-testid='stSidebarNav'] a", has_text="Topics").click()
        page.locator("[data-testid='stMain'] h1", has_text="Topics").wait_for(timeout=60_000)
        page.wait_for_url("**/topics?*period=7d*", timeout=30_000)
        assert "brands=Velora%2CSpaakwiel" in page.url or "brands=Velora,Spaakwiel" in page.url
        page.get_by_text("What is said about Velora").first.wait_for(timeout=30_000)
    finally:
        page.close()

