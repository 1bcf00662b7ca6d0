"""The watch loop: tick(now) on a real database, SMTP server and feed files; the CLI commands."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.storage.store import Store
from monitor.watch import StopFlag, Watcher
from tests.notify.conftest import NOW, add_mentions, demo_rows, email_settings, write_config
from tests.notify.smtpserver import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><guid>{n}</guid><title>Trapkracht {n}</title><description>Trapkracht bericht {n}</description>
<pubDate>Mon, 30 Nov 2026 10:00:00 +0100</pubDate></item></channel></rss>"""


def at_local(hh: int, mm: int = 0, day: int = 1) -> datetime:
    """A time on `day` December 2026 in Amsterdam (UTC+1 in winter), as UTC."""
    return datetime(2026, 12, day, hh - 1, mm, tzinfo=timezone.utc)


def feed_sources(tmp_path: Path) -> list[dict]:
    (tmp_path / "ok.xml").write_text(FEED.format(n=1), encoding="utf-8")
    return [{"name": "ok", "type": "feed", "url": "ok.xml", "interval": "1m"},
            {"name": "broken", "type": "feed", "url": "missing.xml", "interval": "10m"}]


def test_digest_at_the_local_time_once_and_not_again_after_a_restart(tmp_path: Path, smtp: SmtpServer) -> None:
    cfg = load_config(write_config(tmp_path, {"email": email_settings(smtp)}))
    store = Store(cfg.database_url())
    add_mentions(store, demo_rows())
    watcher = Watcher(cfg, store, classify=False, now=at_local(7))
    assert watcher.tick(at_local(7, 59)).digest is None, "not before 08:00 local"
    report = watcher.tick(at_local(8, 0))
    assert report.digest and report.sent == [report.digest] and len(smtp.inbox.messages) == 1
    assert not watcher.tick(at_local(8, 30)).sent
    store.close()
    # A restart later the same day: a new process, same database.
    store = Store(cfg.database_url())
    again = Watcher(cfg, store, classify=False, now=at_local(11)).tick(at_local(11))
    assert again.digest == report.digest and not again.sent and len(smtp.inbox.messages) == 1
    # The next day brings the next digest.
    assert len(Watcher(cfg, store, classify=False).tick(at_local(8, 5, day=2)).sent) == 1
    subjects = [m.message["Subject"] for m in smtp.inbox.messages]
    assert "daily digest 2026-12-01:" in subjects[0] and "daily digest 2026-12-02:" in subjects[1]
    store.close()


def test_a_late_first_start_catches_up_once(tmp_path: Path, smtp: SmtpServer) -> None:
    cfg = load_config(write_config(tmp_path, {"email": email_settings(smtp)}))
    store = Store(cfg.database_url())
    add_mentions(store, demo_rows())
    first = Watcher(cfg, store, classify=False).tick(at_local(15))
    assert len(first.sent) == 1
    assert next_wake_is_tomorrow(Watcher(cfg, store, classify=False), at_local(15, 1))
    store.close()


def next_wake_is_tomorrow(watcher: Watcher, now: datetime) -> bool:
    wake = watcher.next_wake(now)
    return now < wake <= now + timedelta(minutes=10)  # the idle cap; the digest itself is tomorrow


def test_smtp_down_at_digest_time_is_retried_on_later_ticks(tmp_path: Path) -> None:
    server = SmtpServer()
    cfg = load_config(write_config(tmp_path, {"email": email_settings(server), "retry_backoff": "1m"}))
    store = Store(cfg.database_url())
    watcher = Watcher(cfg, store, classify=False)
    first = watcher.tick(at_local(8))
    assert first.failed == [first.digest] and not first.errors
    assert watcher.next_wake(at_local(8)) == at_local(8, 1), "wakes for the retry"
    server.start()
    try:
        assert watcher.tick(at_local(8, 1)).sent == [first.digest]
        assert not watcher.tick(at_local(9)).sent
        assert len(server.inbox.messages) == 1
    finally:
        server.stop()
        store.close()


def test_sources_on_their_intervals_a_broken_source_and_a_failing_model(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path, None, feed_sources(tmp_path)))
    store = Store(cfg.database_url())
    loads: list[int] = []

    def broken_model(_cfg):
        loads.append(1)
        raise RuntimeError("model file is corrupt")

    watcher = Watcher(cfg, store, classify=True, model_loader=broken_model, now=NOW)
    first = watcher.tick(NOW)
    assert set(first.sources) == {"ok", "broken"} and first.sources["ok"]["new"] == 1
    assert first.sources["broken"]["error"] and any("classify" in e and "corrupt" in e for e in first.errors)
    assert watcher.next_wake(NOW) == NOW + timedelta(minutes=1)
    second = watcher.tick(NOW + timedelta(minutes=1))
    assert set(second.sources) == {"ok"}, "the 10-minute source is not due yet"
    assert len(loads) == 2, "the model is tried again on the next pass"
    assert set(watcher.tick(NOW + timedelta(minutes=10)).sources) == {"ok", "broken"}
    store.close()


def test_a_restarted_watch_does_not_poll_sources_again_at_once(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path, None, feed_sources(tmp_path)))
    store = Store(cfg.database_url())
    Watcher(cfg, store, classify=False).tick(datetime.now(timezone.utc))
    restarted = Watcher(cfg, store, classify=False, now=datetime.now(timezone.utc))
    assert restarted.schedule.due(datetime.now(timezone.utc)) == []
    store.close()


class FakeClock:
    def __init__(self, start: datetime, stop: StopFlag, naps: int) -> None:
        self.at, self.stop, self.naps, self.slept = start, stop, naps, 0.0

    def now(self) -> datetime:
        return self.at

    def sleep(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)
        self.slept += seconds
        self.naps -= 1
        if self.naps <= 0:
            self.stop.set()


def test_run_sleeps_until_the_next_due_source_and_stops_on_request(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path, None, feed_sources(tmp_path)[:1]))
    store = Store(cfg.database_url())
    stop = StopFlag()
    clock = FakeClock(NOW, stop, naps=250)
    watcher = Watcher(cfg, store, classify=False, stop=stop, now=NOW)
    watcher.run(clock, max_nap=0.5)
    # 250 naps of 0.5 s: two passes a minute apart (the source's interval), then the stop.
    assert clock.slept == pytest.approx(125.0)
    assert watcher.schedule.next_run["ok"] == NOW + timedelta(minutes=3)
    store.close()


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


class Checked(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.images: list[str] = []
        self.title = ""

    def handle_starttag(self, tag, attrs):
        if tag not in {"meta", "img", "br", "link"}:
            self.open.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data):
        if self.open and self.open[-1] == "title":
            self.title += data


def test_digest_preview_writes_valid_html_and_json(tmp_path: Path) -> None:
    config = write_config(tmp_path, {})
    store = Store(load_config(config).database_url())
    add_mentions(store, demo_rows(datetime.now(timezone.utc)))
    store.close()
    out = tmp_path / "out" / "digest.html"
    code, stdout, _ = cli("digest", "--config", str(config), "--preview", str(out), "--json")
    assert code == 0
    payload = json.loads(stdout)
    assert payload["preview"] == str(out) and payload["digest"]["own_brand"] == "Trapkracht"
    checked = Checked()
    checked.feed(out.read_text(encoding="utf-8"))
    checked.close()
    assert checked.open == [], "every element closed"
    assert "Trapkracht daily digest" in checked.title
    assert len(checked.images) == 1 and checked.images[0].startswith("data:image/png;base64,")
    code, stdout, _ = cli("digest", "--config", str(config))
    assert code == 0 and "BRANDS" in stdout and "MOST NEGATIVE MENTIONS" in stdout


def test_digest_send_twice_sends_once_and_bad_input_is_one_line(tmp_path: Path, smtp: SmtpServer) -> None:
    config = write_config(tmp_path, {"email": email_settings(smtp)})
    code, stdout, _ = cli("digest", "--config", str(config), "--send", "--date", "2026-12-01", "--json")
    assert code == 0 and json.loads(stdout)["outbox"]["status"] == "sent"
    code, stdout, _ = cli("digest", "--config", str(config), "--send", "--date", "2026-12-01")
    assert code == 0 and "sent to marketing@example.org, ceo@example.org" in stdout
    assert len(smtp.inbox.messages) == 1
    code, _, stderr = cli("digest", "--config", str(config), "--date", "1 december")
    assert code == 2 and "--date: '1 december' is not a date; write YYYY-MM-DD" in stderr
    no_email = write_config(tmp_path / "x" if (tmp_path / "x").mkdir() is None else tmp_path, {})
    code, _, stderr = cli("digest", "--config", str(no_email), "--send")
    assert code == 2 and "notify.email: not configured" in stderr


def test_run_does_one_pass_and_sends_the_due_digest_once(tmp_path: Path, smtp: SmtpServer) -> None:
    config = write_config(tmp_path, {"email": email_settings(smtp, digest_time="00:00")}, feed_sources(tmp_path))
    code, stdout, _ = cli("run", "--config", str(config), "--no-classify", "--json")
    assert code == 0
    report = json.loads(stdout)
    assert report["sources"]["ok"]["new"] == 1 and report["sources"]["broken"]["error"]
    assert len(report["sent"]) == 1 and len(smtp.inbox.messages) == 1
    code, stdout, _ = cli("run", "--config", str(config), "--no-classify", "--json")
    assert code == 0 and json.loads(stdout)["sent"] == [] and len(smtp.inbox.messages) == 1


def test_watch_process_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    config = write_config(tmp_path, {}, feed_sources(tmp_path)[:1])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "watch", "--config", str(config), "--no-classify"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stderr is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "source ok: fetched 1, new 1" in line or not line:
                break
        assert any("watch started" in x for x in lines), lines
        proc.send_signal(signal.SIGTERM)
        started = time.monotonic()
        rest = proc.communicate(timeout=15)[1]
        assert proc.returncode == 0
        assert time.monotonic() - started < 5
        assert "SIGTERM received" in rest and "watch stopped" in rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
