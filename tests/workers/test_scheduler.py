"""The scheduler side: with `queue.url` set, a watch pass enqueues tasks on the real Redis broker.

The broker's queues are Redis lists (one per queue); each message names its task and carries its
arguments as JSON, so the test reads exactly what a worker would receive.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import redis

from monitor.collectors.base import MentionRecord
from monitor.config import load_config
from monitor.storage.store import NewMention, Store
from monitor.watch import Watcher
from tests.workers.conftest import write_config

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def queued(url: str, queue: str) -> list[tuple[str, list]]:
    """(task name, args) of every message waiting in one queue, oldest first."""
    client = redis.Redis.from_url(url)
    try:
        messages = [json.loads(raw) for raw in reversed(client.lrange(queue, 0, -1))]
    finally:
        client.close()
    return [(m["headers"]["task"], json.loads(base64.b64decode(m["body"]))[0]) for m in messages]


def add_unlabelled(store: Store, n: int) -> list[int]:
    sid = store.ensure_source("reviews", "feed", "x")
    items = [NewMention(MentionRecord(f"r-{i}", f"Trapkracht bericht nummer {i}"), "Trapkracht", NOW, False)
             for i in range(n)]
    store.add_mentions(sid, items)
    with store.engine.connect() as conn:
        return [int(i) for i in conn.exec_driver_sql("select id from mentions order by id").scalars()]


def test_a_pass_enqueues_due_sources_and_each_pending_mention_once(tmp_path: Path, redis_url: str) -> None:
    sources = [{"name": "fast", "type": "feed", "url": "a.xml", "interval": "1m"},
               {"name": "slow", "type": "feed", "url": "b.xml", "interval": "1h"},
               {"name": "idle", "type": "feed", "url": "c.xml", "enabled": False}]
    cfg = load_config(write_config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}", redis_url, sources=sources,
                                   queue={"classify_batch": 4}))
    store = Store(cfg.database_url())
    ids = add_unlabelled(store, 10)
    watcher = Watcher(cfg, store, now=NOW)

    first = watcher.tick(NOW)
    assert queued(redis_url, "collect") == [("repwatch.collect", ["fast"]), ("repwatch.collect", ["slow"])]
    assert queued(redis_url, "classify") == [("repwatch.classify", [ids[0:4]]), ("repwatch.classify", [ids[4:8]]),
                                             ("repwatch.classify", [ids[8:10]])]
    assert [name for name, _ in queued(redis_url, "default")] == ["repwatch.detect"]
    assert not first.sources and len(first.tasks) == 6, "nothing ran inline"

    # A minute later only the fast source is due, and mentions already enqueued are not enqueued again.
    more = add_unlabelled(store, 12)[10:]
    watcher.tick(NOW + timedelta(minutes=1))
    assert queued(redis_url, "collect")[2:] == [("repwatch.collect", ["fast"])]
    assert queued(redis_url, "classify")[3:] == [("repwatch.classify", [more[0:2]])]
    assert store.count_mentions() == 12, "the scheduler itself collected nothing"
    store.close()


def test_the_digest_is_enqueued_once_a_day_when_due(tmp_path: Path, redis_url: str) -> None:
    email = {"host": "127.0.0.1", "port": 2525, "security": "none", "sender": "r@example.org",
             "recipients": ["m@example.org"], "digest_time": "08:00"}
    cfg = load_config(write_config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}", redis_url, notify={"email": email}))
    store = Store(cfg.database_url())
    watcher = Watcher(cfg, store, now=NOW)
    watcher.tick(datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc))  # 07:00 in Amsterdam: not yet
    assert not [t for t in queued(redis_url, "default") if t[0] == "repwatch.digest"]
    for minute in (1, 2):  # 08:01 and 08:02: one digest task for the day
        watcher.tick(datetime(2026, 12, 1, 7, minute, tzinfo=timezone.utc))
    watcher.tick(datetime(2026, 12, 2, 7, 1, tzinfo=timezone.utc))
    digests = [args for name, args in queued(redis_url, "default") if name == "repwatch.digest"]
    assert digests == [["2026-12-01"], ["2026-12-02"]]
    store.close()
