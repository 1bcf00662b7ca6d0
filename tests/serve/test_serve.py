"""`repwatch serve` as a real process: a loopback feed, a real dashboard on a free port, real signals.

Classification is switched off (`--no-classify`): the model's own tests cover it, and the loop
still collects, detects and beats. Readiness is polled (an HTTP server that comes up, a row that
appears), always against a deadline.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from monitor import heartbeat
from monitor.storage.store import Store
from tests.feedserver import FeedServer

STARTUP = 240.0  # Streamlit's first start on a loaded 2-core machine
STOP_WITHIN = 30.0  # SIGTERM to exit, both parts (grace is 10 s each)


def rss(n: int) -> str:
    items = "".join(
        f"<item><guid>serve-{i}</guid><title>Trapkracht bericht {i}</title>"
        f"<description>De levering van Trapkracht nummer {i} duurde {i + 2} dagen, helemaal prima verlopen.</description>"
        f"<pubDate>Tue, 01 Dec 2026 {8 + i:02d}:00:00 GMT</pubDate></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example</link>{items}</channel></rss>'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(what: str, check: Callable[[], bool], proc: subprocess.Popen[bytes], deadline: float, log: Path) -> None:
    while time.monotonic() < deadline:
        if check():
            return
        if proc.poll() is not None:
            pytest.fail(f"serve exited ({proc.returncode}) before {what}:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"no {what} within the deadline:\n{log.read_text()[-3000:]}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


@dataclass
class Served:
    proc: subprocess.Popen[bytes]
    port: int
    db: str
    log: Path

    def beat(self) -> heartbeat.Heartbeat | None:
        store = Store(self.db)
        try:
            return heartbeat.read(store)
        finally:
            store.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc to find the dashboard child")
    feeds = FeedServer()
    feed_url = feeds.route("/feed.rss", rss(6))
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    config = {"brands": [{"name": "Trapkracht", "own": True}], "storage": {"url": db},
              "sources": [{"type": "feed", "name": "loopback", "url": feed_url, "interval": "1h"}]}
    config_file = tmp_path / "config.yaml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "repwatch"), "serve", "--config", str(config_file), "--port", str(port),
             "--no-classify", "--grace", "10"], stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        yield Served(proc, port, db, log)
    finally:
        if proc.poll() is None:
            for child in children(proc.pid):
                os.kill(child, signal.SIGKILL)
            proc.kill()
            proc.wait()
        feeds.close()


def running(served: Served) -> int:
    """Wait until the dashboard answers and the first pass has collected and detected; the dashboard's pid."""
    deadline = time.monotonic() + STARTUP
    wait_for("dashboard", lambda: answers(f"http://127.0.0.1:{served.port}/_stcore/health"), served.proc, deadline, served.log)

    def first_pass() -> bool:
        beat = served.beat()
        return beat is not None and beat.last_pass_at is not None

    wait_for("first pass", first_pass, served.proc, deadline, served.log)
    (dashboard,) = children(served.proc.pid)
    return dashboard


def test_serve_runs_the_loop_and_the_dashboard_and_sigterm_stops_both(served: Served) -> None:
    dashboard = running(served)
    beat = served.beat()
    assert beat is not None and beat.pid == served.proc.pid and beat.dashboard == f"http://127.0.0.1:{served.port}"
    assert "loopback" in beat.next_runs, "the loop knows when the source is next due"
    store = Store(served.db)
    try:
        assert store.count_mentions() == 6, "the first pass collected the loopback feed"
    finally:
        store.close()
    log = served.log.read_text()
    assert "source loopback: fetched 6, new 6" in log

    served.proc.send_signal(signal.SIGTERM)
    started = time.monotonic()
    assert served.proc.wait(STOP_WITHIN) == 0, served.log.read_text()[-3000:]
    assert time.monotonic() - started < STOP_WITHIN
    assert not Path(f"/proc/{dashboard}").exists() or "zombie" in Path(f"/proc/{dashboard}/status").read_text().lower()
    assert not answers(f"http://127.0.0.1:{served.port}/_stcore/health"), "the dashboard stopped too"
    final = served.beat()
    assert final is not None and final.state == "stopped" and final.health(final.beat_at) == "stopped"


def test_a_dead_dashboard_stops_serve_with_a_one_line_report(served: Served) -> None:
    dashboard = running(served)
    os.kill(dashboard, signal.SIGKILL)
    code = served.proc.wait(STOP_WITHIN)
    assert code != 0
    errors = [line for line in served.log.read_text().splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "the dashboard exited unexpectedly" in errors[0], errors
    final = served.beat()
    assert final is not None and final.state == "crashed" and "dashboard exited" in (final.last_error or "")
