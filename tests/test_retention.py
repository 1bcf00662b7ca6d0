"""Personal data: `retention_days` purges old mentions, `repwatch forget` erases one author's.

On SQLite and PostgreSQL: the cascade to classifications, topic rows and complaint status, the
label corrections and alert examples that quote a mention, and the figures that counted it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.collectors.base import MentionRecord
from monitor.retention import forget_author, purge_expired
from monitor.storage import schema
from monitor.storage.store import ClassificationStore, NewMention, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
TOPICS = json.dumps([{"name": "delivery", "similarity": 0.5, "label": "negative", "score": -0.7, "confidence": 0.8}])


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def seed(store: Store) -> dict[str, int]:
    """Three mentions by Anna (two sources), one by Bob; all classified, one with feedback and an alert example."""
    forum, reviews = store.ensure_source("forum", "feed", "x"), store.ensure_source("reviews", "feed", "y")
    rows = [(forum, "a1", "Anna", 1), (forum, "a2", "anna", 40), (reviews, "a3", "Anna", 2), (forum, "b1", "Bob", 1)]
    for source_id, key, author, days_ago in rows:
        record = MentionRecord(external_key=key, text=f"De levering duurde weken, schrijft {key}", author=author)
        store.add_mentions(source_id, [NewMention(record, "Trapkracht", NOW - timedelta(days=days_ago), False)])
    ids = {r["external_key"]: r["id"] for r in store.iter_mentions()}
    ClassificationStore(store, "v").save([
        {"mention_id": i, "sentiment": "negative", "score": -0.7, "confidence": 0.8, "topics": TOPICS,
         "sentences": "[]", "model_version": "v", "classified_at": NOW, "language": "nl"}
        for i in ids.values()
    ])
    with store.engine.begin() as conn:
        conn.execute(schema.feedback.insert().values(mention_id=ids["a1"], text="De levering", label="negative",
                                                     created_at=NOW))
        conn.execute(schema.mention_status.insert().values(mention_id=ids["a1"], handled_at=NOW))
        cause = {"examples": [{"mention_id": ids["a1"], "text": "..."}, {"mention_id": ids["b1"], "text": "..."}]}
        conn.execute(schema.alerts.insert().values(
            scope_key="k", brand="Trapkracht", scope="brand", metric="negative_count", bucket="day", started_at=NOW,
            ended_at=NOW, observed=4, expected=1, severity="high", score=5, cause=json.dumps(cause),
            created_at=NOW, updated_at=NOW))
    return ids


def count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_forget_erases_one_author_everywhere(store: Store) -> None:
    ids = seed(store)
    erased = forget_author(store, "ANNA ")
    assert (erased.mentions, erased.feedback, erased.alert_examples) == (3, 1, 1)
    assert erased.by_source == {"forum": 2, "reviews": 1}
    left = list(store.iter_mentions())
    assert [m["author"] for m in left] == ["Bob"]
    assert count(store, schema.classifications) == 1 and count(store, schema.mention_topics) == 1
    assert count(store, schema.mention_status) == 0 and count(store, schema.feedback) == 0
    with store.engine.connect() as conn:
        cause = json.loads(conn.execute(select(schema.alerts.c.cause)).scalar_one())
    assert [e["mention_id"] for e in cause["examples"]] == [ids["b1"]]


def test_forget_can_be_limited_to_one_source(store: Store) -> None:
    seed(store)
    erased = forget_author(store, "anna", source="reviews")
    assert erased.mentions == 1 and erased.by_source == {"reviews": 1}
    assert sorted(m["external_key"] for m in store.iter_mentions()) == ["a1", "a2", "b1"]


def test_retention_purges_what_is_older_than_the_limit(store: Store) -> None:
    seed(store)
    erased = purge_expired(store, retention_days=30, now=NOW)
    assert erased.mentions == 1  # a2, 40 days old
    assert sorted(m["external_key"] for m in store.iter_mentions()) == ["a1", "a3", "b1"]
    assert count(store, schema.classifications) == 3 and count(store, schema.feedback) == 1


def test_erased_mentions_leave_the_daily_figures(store: Store) -> None:
    from monitor.analytics.series import Scope, sentiment_series
    from monitor.storage import rollups

    seed(store)
    zone = rollups.ZoneInfo(rollups.DEFAULT_ZONE)
    rollups.ensure(store.engine, zone, rollups.DEFAULT_VERY_POSITIVE)
    start, end = NOW - timedelta(days=3), NOW + timedelta(days=1)

    def negatives() -> int:
        return sum(b.negative for b in sentiment_series(store, Scope("Trapkracht"), start, end, "day", zone))

    assert negatives() == 3
    forget_author(store, "anna")
    assert negatives() == 1
    with store.engine.connect() as conn:
        rolled = conn.execute(select(func.coalesce(func.sum(schema.sentiment_rollup.c.n), 0))).scalar_one()
    assert rolled == 1, "the rollups no longer count what was erased"


def test_forget_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    store = Store(url)
    seed(store)
    store.close()
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"brands": [{"name": "Trapkracht", "own": True}], "storage": {"url": url}}))
    runner = CliRunner()
    result = runner.invoke(app, ["forget", "--author", "Anna", "--config", str(config), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["mentions"] == 3
    result = runner.invoke(app, ["forget", "--author", "Bob", "--source", "nope", "--config", str(config)])
    assert result.exit_code == 2 and "no source named 'nope'" in result.stderr
    result = runner.invoke(app, ["forget", "--author", "Bob", "--config", str(config)])
    assert "erased 1 mentions by 'Bob' (1 from forum)" in result.stdout
