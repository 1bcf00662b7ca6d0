"""Each task run twice by real `repwatch worker` processes stores nothing twice and sends nothing twice."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select

from monitor.config import load_config
from monitor.storage import rollups, schema
from monitor.storage.store import Store
from monitor.workers.app import COLLECT, DIGEST, make_app
from monitor.workers.batches import classify_ids, pending_ids
from tests.notify.conftest import add_mentions, demo_rows, email_settings
from tests.notify.smtpserver import SmtpServer
from tests.workers.conftest import Worker, write_config

FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>"""
ITEM = "<item><guid>g{n}</guid><title>Trapkracht {n}</title><description>Trapkracht bericht {n}</description></item>"


def send_twice(config: Path, name: str, *args: object) -> None:
    cfg = load_config(config)
    app = make_app(cfg, cfg.queue.resolve())
    for _ in range(2):
        app.send_task(name, args=list(args), queue="collect" if name == COLLECT else "default")


def test_a_collect_task_run_twice_stores_each_item_once(tmp_path: Path, redis_url: str, db_url: str,
                                                         workers: Callable[..., Worker]) -> None:
    (tmp_path / "feed.xml").write_text(FEED.format(items="".join(ITEM.format(n=n) for n in range(7))), encoding="utf-8")
    config = write_config(tmp_path, db_url, redis_url, sources=[{"name": "forum", "type": "feed", "url": "feed.xml"}])
    worker = workers(config, queues="collect")
    send_twice(config, COLLECT, "forum")
    worker.wait_for(lambda lines: sum("task repwatch.collect" in line and " done: " in line for line in lines) == 2)
    done = [line for line in worker.lines if "task repwatch.collect" in line and " done: " in line]
    assert "'new': 7" in done[0] and "'new': 0" in done[1] and "'seen': 7" in done[1]
    store = Store(db_url)
    assert store.count_mentions() == 7
    store.close()


def test_a_digest_task_run_twice_sends_one_mail(tmp_path: Path, redis_url: str, workers: Callable[..., Worker]) -> None:
    server = SmtpServer().start()
    try:
        db = f"sqlite:///{tmp_path / 'db.sqlite'}"
        config = write_config(tmp_path, db, redis_url, notify={"email": email_settings(server)})
        store = Store(db)
        add_mentions(store, demo_rows())
        store.close()
        worker = workers(config, queues="default")
        send_twice(config, DIGEST, "2026-12-01")
        worker.wait_for(lambda lines: sum("task repwatch.digest" in line and " done: " in line for line in lines) == 2)
        assert len(server.inbox.messages) == 1
        assert "daily digest 2026-12-01:" in server.inbox.messages[0].message["Subject"]
    finally:
        server.stop()


def test_classifying_the_same_ids_twice_stores_one_label_each(tmp_path: Path, db_url: str) -> None:
    from tests.models.tiny import tiny_classifier

    store = Store(db_url)
    ids = add_mentions_unlabelled(store, 30)
    classifier = tiny_classifier(tmp_path)
    first = classify_ids(store, classifier, ids[:20])
    second = classify_ids(store, classifier, ids[:20])
    third = classify_ids(store, classifier, ids)  # overlapping: only the ten new ones
    assert (first.classified + first.from_cache, second.classified + second.from_cache) == (20, 0)
    assert third.classified + third.from_cache == 10
    assert_labelled_once(store, 30)
    assert pending_ids(store, classifier.version) == []
    store.close()


def add_mentions_unlabelled(store: Store, n: int) -> list[int]:
    from monitor.collectors.base import MentionRecord
    from monitor.storage.store import NewMention

    sid = store.ensure_source("reviews", "feed", "x")
    at = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    words = ["geweldig", "slecht", "prima", "traag", "vriendelijk", "kapot"]
    items = [NewMention(MentionRecord(f"r-{i}", f"Trapkracht {words[i % 6]} fiets, bericht {i}"), "Trapkracht", at, False)
             for i in range(n)]
    store.add_mentions(sid, items)
    return pending_ids(store, None)


def assert_labelled_once(store: Store, n: int) -> None:
    """One classification per mention, and the rollups count each mention once."""
    c, r = schema.classifications, schema.sentiment_rollup
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(c)).scalar_one() == n
        assert conn.execute(select(func.count(func.distinct(c.c.mention_id)))).scalar_one() == n
        assert rollups.read_state(conn) is not None, "rollups are kept (the schema creates their state)"
        assert conn.execute(select(func.coalesce(func.sum(r.c.n), 0))).scalar_one() == n
