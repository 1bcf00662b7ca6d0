"""Immediate alerts to Apprise channels: a real HTTP server on 127.0.0.1 receives the webhook."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest

from monitor.notify.channels import ChannelError, load_channels, mask_url, scrub
from monitor.notify.deliver import make_sender
from monitor.notify.immediate import queue_alerts
from monitor.notify.outbox import Outbox
from monitor.storage.store import Store
from tests.feedserver import Reply
from tests.notify.conftest import NOW

SECRET = "tok-9f8e7d6c5b4a"


@dataclass
class FakeAlert:
    """The fields of monitor.alerts' Alert that delivery reads."""

    id: int
    scope_key: str
    severity: str = "high"
    started_at: datetime = NOW - timedelta(hours=3)
    ended_at: datetime = NOW
    status: str = "open"
    brand: str = "Trapkracht"
    scope: str = "topic"
    topic: str | None = "delivery"
    source: str | None = None
    metric: str = "negative_count"
    observed: float = 14
    expected: float = 3.5
    score: float = 5.0
    cause: dict[str, Any] = field(default_factory=lambda: {
        "topics": [{"name": "delivery"}], "terms": ["levering"],
        "examples": [{"text": "<b>Nooit</b> meer", "url": "https://x.org/1", "source": "forum"}]})


@pytest.mark.parametrize(("url", "hidden", "shown"), [
    (f"json://user:{SECRET}@127.0.0.1:8080/hook", [SECRET], ["json://user:", "127.0.0.1:8080/hook"]),
    (f"json://127.0.0.1/hook?+X-Token={SECRET}&method=POST", [SECRET], ["+X-Token=****", "method=POST"]),
    (f"json://127.0.0.1/hook?token={SECRET}", [SECRET], ["json://127.0.0.1/hook"]),
    ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", ["TIiajkdnlazkcOXrIdevi7FQ", "A1BRTD4JD"], ["slack://"]),
    (f"discord://123456/{SECRET}", [SECRET], ["discord://"]),
    (f"mailto://bob:{SECRET}@example.org", [SECRET], ["example.org"]),
    (f"nosuchscheme://{SECRET}", [SECRET], ["nosuchscheme://****"]),
])
def test_secrets_are_masked_in_printed_urls(url: str, hidden: list[str], shown: list[str]) -> None:
    masked = mask_url(url)
    assert not any(h in masked for h in hidden), masked
    assert all(s in masked for s in shown), masked


def test_scrub_removes_url_parts_from_messages() -> None:
    url = f"json://user:{SECRET}@127.0.0.1/hook/{SECRET}x?k={SECRET}y"
    text = f"failed to post to {url}; token {SECRET} and {SECRET}x"
    assert SECRET not in scrub(text, url)


def _setup(config_for, store: Store, feed_server, *replies: Reply, **channel: Any):
    url = feed_server.route("/hook", *replies).replace("http://", "json://") + f"?+X-Token={SECRET}"
    cfg = config_for({"channels": [{"url": url, "cooldown": "1h", **channel}], "retry_backoff": "1m"})
    channels = load_channels(cfg.notify)
    return cfg, channels, Outbox(store, cfg.notify.max_attempts, cfg.notify.retry_backoff), make_sender(cfg, channels)


def test_webhook_receives_the_alert_and_the_secret_is_never_printed(config_for, store: Store, feed_server,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cfg, channels, outbox, send = _setup(config_for, store, feed_server, Reply(200, "{}", content_type="application/json"))
    keys = queue_alerts(cfg, outbox, channels, [FakeAlert(1, "Trapkracht|topic=delivery|negative_count|day")], NOW)
    assert len(keys) == 1 and keys[0].startswith(f"alert|1|{channels[0].key}|")
    assert [r.key for r in outbox.deliver(NOW, send).sent] == keys
    (request,) = feed_server.requests_to("/hook")
    assert request.method == "POST" and request.header("X-Token") == SECRET
    body = json.loads(request.body)
    assert "HIGH alert: Trapkracht, topic delivery" in body["title"]
    assert "14 observed, 3.5 expected" in body["message"] and "<b>Nooit</b> meer" in body["message"]
    row = outbox.get(keys[0])
    assert row is not None and SECRET not in row.channel and SECRET not in row.key and SECRET not in row.payload
    assert SECRET not in caplog.text and SECRET not in repr(channels)
    assert not queue_alerts(cfg, outbox, channels, [FakeAlert(1, "Trapkracht|topic=delivery|negative_count|day")], NOW)


def test_webhook_down_then_up_is_delivered_once(config_for, store: Store, feed_server, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    cfg, channels, outbox, send = _setup(config_for, store, feed_server, Reply(503, "busy"), Reply(200, "{}"))
    (key,) = queue_alerts(cfg, outbox, channels, [FakeAlert(2, "s")], NOW)
    ((_row, error),) = outbox.deliver(NOW, send).failed
    assert "not delivered" in error and SECRET not in error
    assert not outbox.deliver(NOW + timedelta(seconds=30), send).sent
    assert outbox.deliver(NOW + timedelta(minutes=1), send).sent
    assert not outbox.deliver(NOW + timedelta(hours=1), send).sent
    assert len(feed_server.requests_to("/hook")) == 2
    assert SECRET not in caplog.text


def test_cooldown_holds_back_a_new_incident_of_the_same_scope(config_for, store: Store, feed_server) -> None:
    cfg, channels, outbox, _send = _setup(config_for, store, feed_server, Reply(200, "{}"))
    first = FakeAlert(1, "Trapkracht|topic=delivery", started_at=NOW - timedelta(hours=2))
    again = FakeAlert(2, "Trapkracht|topic=delivery", started_at=NOW - timedelta(minutes=10))
    other = FakeAlert(3, "Trapkracht|source=forum")
    assert len(queue_alerts(cfg, outbox, channels, [first], NOW)) == 1
    assert len(queue_alerts(cfg, outbox, channels, [again, other], NOW + timedelta(minutes=20))) == 1, "only the other scope"
    assert len(queue_alerts(cfg, outbox, channels, [again], NOW + timedelta(minutes=61))) == 1, "after the cooldown"


def test_severity_thresholds_per_channel_and_for_email(config_for, store: Store, feed_server) -> None:
    url = feed_server.route("/hook", Reply(200, "{}")).replace("http://", "json://")
    cfg = config_for({"immediate_severity": "high", "channels": [{"url": url, "min_severity": "medium"}],
                      "email": {"host": "127.0.0.1", "sender": "a@b.org", "recipients": ["c@d.org"]}})
    channels = load_channels(cfg.notify)
    outbox = Outbox(store)
    medium = queue_alerts(cfg, outbox, channels, [FakeAlert(5, "m", severity="medium")], NOW)
    assert [r.channel for r in outbox.rows()] == [channels[0].masked], "medium: the channel only, not e-mail"
    high = queue_alerts(cfg, outbox, channels, [FakeAlert(6, "h", severity="high"), FakeAlert(7, "x", status="acknowledged")], NOW)
    assert len(medium) == 1 and len(high) == 2
    (email_row,) = [r for r in outbox.rows() if r.channel == "email"]
    assert "mime" in json.loads(email_row.payload) and email_row.recipients == "c@d.org"


def test_url_from_an_environment_variable(config_for, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = config_for({"channels": [{"url_env": "RW_HOOK"}]})
    monkeypatch.delenv("RW_HOOK", raising=False)
    with pytest.raises(ChannelError, match=r"^notify.channels\[0\]: environment variable RW_HOOK is not set"):
        load_channels(cfg.notify)
    monkeypatch.setenv("RW_HOOK", f"json://127.0.0.1/hook?token={SECRET}")
    (channel,) = load_channels(cfg.notify)
    assert channel.url.endswith(SECRET) and SECRET not in channel.masked
    monkeypatch.setenv("RW_HOOK", f"bogus://{SECRET}")
    with pytest.raises(ChannelError) as info:
        load_channels(cfg.notify)
    assert "$RW_HOOK" in str(info.value) and SECRET not in str(info.value)
