"""`upsert` folds every stored alert a draft spans into one: never an IntegrityError, never a duplicate.

Run on SQLite and PostgreSQL (`db_url`). The shape is the one that stuck the watch loop: an alert
for hours 0-4, another for hours 72-74 of the same scope, then one draft from hour 0 to hour 74.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from monitor.alerts.store import Alert, acknowledge, list_alerts, scope_key, upsert
from monitor.config import Config
from monitor.notify.immediate import Target, alert_key, queue_alerts
from monitor.notify.outbox import Message, Outbox
from monitor.storage.store import Store

T0 = datetime(2026, 11, 2, 0, tzinfo=timezone.utc)
COOLDOWN = timedelta(hours=48)
TOPIC = "delivery"


def hour(n: int) -> datetime:
    return T0 + timedelta(hours=n)


def alert(first: int, last: int, bucket: str = "hour", severity: str = "low", score: float = 4.0,
          status: str = "open", metric: str = "negative_count") -> Alert:
    """An alert of Trapkracht's delivery topic over hours [first, last)."""
    return Alert(id=None, scope_key=scope_key("Trapkracht", "topic", TOPIC, metric, bucket), brand="Trapkracht",
                 scope="topic", topic=TOPIC, source=None, metric=metric, bucket=bucket, started_at=hour(first),
                 ended_at=hour(last), observed=12.0, expected=3.0, severity=severity, score=score,
                 cause={"window": last - first}, status=status)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    try:
        yield s
    finally:
        s.close()


def stored(store: Store) -> list[Alert]:
    return sorted(list_alerts(store), key=lambda a: a.started_at)


@pytest.mark.parametrize("buckets", [("hour", "hour", "hour"), ("hour", "day", "day"), ("day", "hour", "hour"),
                                     ("hour", "hour", "day")])
def test_a_draft_spanning_two_alerts_folds_them_into_the_earliest(store: Store, buckets: tuple[str, str, str]) -> None:
    first = upsert(store, alert(0, 4, buckets[0]), COOLDOWN, hour(5))
    second = upsert(store, alert(72, 74, buckets[1], severity="medium", score=7.0), hour(0) - hour(0), hour(75))
    assert first is not None and second is not None and first.id != second.id, "beyond a zero cooldown: two alerts"
    merged = upsert(store, alert(0, 74, buckets[2]), COOLDOWN, hour(76))
    assert merged is not None and merged.change == "updated"
    (only,) = stored(store)
    assert only.id == first.id == merged.id, "the earliest keeps its id"
    assert (only.started_at, only.ended_at) == (hour(0), hour(74))
    assert only.severity == "medium" and only.score == 7.0, "the strongest of the folded alerts is kept"
    assert only.bucket == buckets[2] and only.scope_key.endswith(f"|{buckets[2]}"), "the draft describes the incident"
    assert only.created_at == first.created_at


def test_a_draft_may_start_before_the_alerts_it_folds(store: Store) -> None:
    upsert(store, alert(10, 14), timedelta(0), hour(15))
    upsert(store, alert(72, 74), timedelta(0), hour(75))
    upsert(store, alert(40, 44, bucket="day"), timedelta(0), hour(45))
    assert len(stored(store)) == 3
    merged = upsert(store, alert(8, 80), timedelta(0), hour(81))
    (only,) = stored(store)
    assert merged is not None and only.id == merged.id and (only.started_at, only.ended_at) == (hour(8), hour(80))
    assert upsert(store, alert(8, 80), timedelta(0), hour(82)) is None, "the same draft again changes nothing"


def test_acknowledgements_survive_the_fold(store: Store) -> None:
    first = upsert(store, alert(0, 4), timedelta(0), hour(5))
    second = upsert(store, alert(72, 74), timedelta(0), hour(75))
    third = upsert(store, alert(100, 104), timedelta(0), hour(105))
    assert first and second and third
    acknowledge(store, third.id or 0, by="anna")
    acknowledge(store, second.id or 0, by="bram")  # acknowledged later in real time, but bram's is the earlier
    later = {a.id: a for a in stored(store)}
    assert later[second.id].acknowledged_at and later[third.id].acknowledged_at
    merged = upsert(store, alert(0, 104), timedelta(0), hour(106))
    (only,) = stored(store)
    assert merged is not None and only.id == first.id
    assert only.status == "acknowledged"
    earliest = min((later[second.id], later[third.id]), key=lambda a: a.acknowledged_at or T0)
    assert (only.acknowledged_at, only.acknowledged_by) == (earliest.acknowledged_at, earliest.acknowledged_by)


def test_no_acknowledgement_no_acknowledged_status(store: Store) -> None:
    upsert(store, alert(0, 4), timedelta(0), hour(5))
    upsert(store, alert(72, 74), timedelta(0), hour(75))
    upsert(store, alert(0, 74), timedelta(0), hour(76))
    (only,) = stored(store)
    assert only.status == "open" and only.acknowledged_at is None and only.acknowledged_by is None


def test_other_scopes_are_left_alone(store: Store) -> None:
    upsert(store, alert(0, 4), timedelta(0), hour(5))
    other = replace(alert(2, 60), topic="price", scope_key=scope_key("Trapkracht", "topic", "price", "negative_count", "hour"))
    upsert(store, other, timedelta(0), hour(61))
    upsert(store, alert(72, 74), timedelta(0), hour(75))
    upsert(store, alert(0, 74), timedelta(0), hour(76))
    assert sorted((a.topic or "", a.started_at) for a in stored(store)) == [("delivery", hour(0)), ("price", hour(2))]


TARGET = Target("chan1", "https://chat.example/hook", "low", timedelta(hours=1))


def told(outbox: Outbox, target: Target) -> list[str]:
    return [r.key for r in outbox.rows(kind="alert") if f"|{target.key}|" in r.key]


def notify(outbox: Outbox, a: Alert, target: Target, now: datetime) -> None:
    """What queue_alerts writes for one alert and channel (its key is what counts)."""
    payload = json.dumps({"alert_id": a.id, "scope_key": a.scope_key})
    outbox.enqueue(Message(alert_key(a, target), "alert", target.label, payload), now)


@pytest.mark.parametrize("told_about", ["first", "second", "both"])
def test_a_folded_alert_is_not_announced_again(store: Store, told_about: str) -> None:
    outbox = Outbox(store)
    first = upsert(store, alert(0, 4), timedelta(0), hour(5))
    second = upsert(store, alert(72, 74), timedelta(0), hour(75))
    assert first and second
    if told_about in ("first", "both"):
        notify(outbox, first, TARGET, hour(5))
    if told_about in ("second", "both"):
        notify(outbox, second, TARGET, hour(75))
    before = len(outbox.rows())
    merged = upsert(store, alert(0, 74), timedelta(0), hour(76))
    assert merged is not None
    assert alert_key(merged, TARGET) in told(outbox, TARGET), "the merged alert counts as told on that channel"
    assert len(outbox.rows()) == before, "history is re-keyed, never deleted or added"


def test_queue_alerts_sends_nothing_new_after_a_fold(store: Store, tmp_path) -> None:
    """End to end through queue_alerts with a real chat target (an Apprise URL that is never sent to)."""
    from monitor.notify.channels import load_channels

    cfg = Config.model_validate({"brands": [{"name": "Trapkracht", "own": True}], "storage": {"url": store.url},
                                 "notify": {"channels": [{"url": "json://127.0.0.1:9/hook", "min_severity": "low",
                                                          "cooldown": "0s"}]}})
    channels = load_channels(cfg.notify)
    outbox = Outbox(store)
    upsert(store, alert(0, 4), timedelta(0), hour(5))
    second = upsert(store, alert(72, 74), timedelta(0), hour(75))
    assert second
    assert len(queue_alerts(cfg, outbox, channels, [second], hour(75))) == 1
    merged = upsert(store, alert(0, 74), timedelta(0), hour(76))
    assert merged is not None
    assert queue_alerts(cfg, outbox, channels, [merged], hour(76) + timedelta(days=3)) == []
