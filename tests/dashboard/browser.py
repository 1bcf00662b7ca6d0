"""A real dashboard server (`repwatch dashboard`) and headless Debian Chromium driven by Playwright.

Used by the browser tests and by `python -m tests.dashboard.browser --config FILE --out DIR`,
which writes the README's screenshots.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("REPWATCH_CHROMIUM", "/usr/bin/chromium")
REPWATCH = Path(sys.executable).with_name("repwatch")
VIEWPORT = {"width": 1400, "height": 1000}
# url path, the page's title, a text further down it shows once its script has run, whether it draws charts
PAGES: list[tuple[str, str, str, bool]] = [
    ("", "Overview", "Brands compared", True),
    ("topics", "Topics", "Mentions of a topic", True),
    ("mentions", "Mentions", "mentions match", False),
    ("alerts", "Alerts", "Status", False),
    ("check", "Check text", "Upload a CSV", False),
]


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install -y chromium`) to run the browser tests"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[test]'"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"repwatch dashboard exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)  # the server is still starting: nothing to await but its socket
    raise RuntimeError(f"repwatch dashboard did not answer on {url} within {timeout:.0f} s:\n{log.read_text()[-3000:]}")


@contextmanager
def dashboard_server(config_file: Path, log_dir: Path) -> Iterator[Server]:
    """`repwatch dashboard --config FILE --port N` on 127.0.0.1, stopped afterwards."""
    port = free_port()
    log = log_dir / f"dashboard-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([str(REPWATCH), "dashboard", "--config", str(config_file), "--port", str(port)],
                                   stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield Server(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class PageVisit:
    path: str
    screenshot: Path
    exceptions: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    charts: int = 0
    requests: list[str] = field(default_factory=list)  # every URL the page asked for
    favicon: str = ""

    def outside(self, server_url: str) -> list[str]:
        """Requests to anywhere but the dashboard's own server (a font host, a CDN)."""
        return [u for u in self.requests if not u.startswith((server_url, "data:", "blob:", "about:"))]


@contextmanager
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield chromium
        finally:
            chromium.close()


def wait_until_idle(page: Any, timeout_ms: int = 60_000) -> None:
    """Streamlit shows its status widget while a script runs; wait until the run is over."""
    page.wait_for_selector("[data-testid='stAppViewContainer']", timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector(\"[data-testid='stStatusWidget']\")"
        " && !document.querySelector(\"[data-testid='stSkeleton']\")",
        timeout=timeout_ms,
    )


def _screenshot_whole_page(page: Any, path: Path) -> None:
    """Streamlit scrolls inside its main block, not the document: grow the window to its content."""
    height = page.evaluate("() => (document.querySelector(\"[data-testid='stMain']\") || document.body).scrollHeight")
    page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], min(int(height) + 40, 8000))})
    wait_until_idle(page)
    page.wait_for_timeout(800)  # vega redraws its canvases for the new size on the next frames
    page.screenshot(path=str(path), full_page=True)


def visit(chromium: Any, url: str, path: str, title: str, must_show: str, charts: bool, out_dir: Path,
          query: str = "") -> PageVisit:
    """Open one page, wait for it (and its charts) to render, record exceptions and dialogs, screenshot it."""
    context = chromium.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = context.new_page()
    result = PageVisit(path, out_dir / f"{path or 'overview'}.png")
    page.on("dialog", lambda dialog: (result.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: result.requests.append(request.url))
    try:
        page.goto(f"{url}/{path}{query}", wait_until="domcontentloaded")
        main = page.locator("[data-testid='stMain']")
        main.locator("h1", has_text=title).first.wait_for(timeout=90_000)
        main.get_by_text(must_show).first.wait_for(timeout=90_000)
        wait_until_idle(page)
        if charts:
            page.wait_for_selector("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
                                   timeout=60_000)
            result.charts = page.locator("[data-testid='stVegaLiteChart']").count()
        result.exceptions = [e.inner_text() for e in page.locator("[data-testid='stException']").all()]
        icons = page.locator("link[rel~='icon']")
        result.favicon = (icons.first.get_attribute("href") or "") if icons.count() else ""
        _screenshot_whole_page(page, result.screenshot)
    finally:
        context.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot every dashboard page (for docs/screenshots).")
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--query", default="", help="query string for every page, e.g. ?period=30d")
    args = parser.parse_args()
    if reason := chromium_missing():
        sys.exit(reason)
    args.out.mkdir(parents=True, exist_ok=True)
    with dashboard_server(args.config, args.out) as server, browser() as chromium:
        for path, title, text, charts in PAGES:
            shot = visit(chromium, server.url, path, title, text, charts, args.out, args.query)
            print(f"{shot.screenshot}: {shot.charts} charts, {len(shot.exceptions)} exceptions")
    for log in args.out.glob("dashboard-*.log"):
        log.unlink()


if __name__ == "__main__":
    main()
