"""Hand-made mentions on a real SQLite store, labelled through ClassificationStore.save (no model)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from monitor.analytics.counts import raw_only
from monitor.collectors.base import MentionRecord
from monitor.storage import schema
from monitor.storage.store import ClassificationStore, NewMention, Store

AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc
DEFAULT_SCORE = {"negative": -0.8, "neutral": 0.0, "positive": 0.5}


@dataclass
class M:
    """One mention to seed: when (aware), its label (None: not labelled) and what else a test needs."""

    when: datetime
    sentiment: str | None = "neutral"
    score: float | None = None
    brand: str = "Trapkracht"
    source: str = "forum"
    language: str | None = "nl"
    topics: Sequence[tuple[str, str, float]] = ()  # (topic, its sentiment, its score)
    rating: float | None = None
    rating_max: float | None = None
    text: str | None = None
    title: str = ""
    url: str | None = None


def classification(mention_id: int, m: M, version: str = "v") -> dict[str, object]:
    assert m.sentiment is not None
    topics = [{"name": name, "similarity": 0.5, "label": label, "score": score, "confidence": 0.8}
              for name, label, score in m.topics]
    sentences = [{"start": 0, "end": 3, "text": "abc", "label": m.sentiment, "score": 0.1, "confidence": 0.9,
                  "topics": [t[0] for t in m.topics]}]
    return {"mention_id": mention_id, "sentiment": m.sentiment,
            "score": DEFAULT_SCORE[m.sentiment] if m.score is None else m.score, "confidence": 0.75,
            "topics": json.dumps(topics), "sentences": json.dumps(sentences), "model_version": version,
            "classified_at": datetime(2026, 12, 1, tzinfo=UTC), "language": m.language}


def seed(store: Store, mentions: Sequence[M]) -> list[int]:
    """Store and label the mentions; their ids in the order given."""
    keys = []
    for i, m in enumerate(mentions):
        source = store.ensure_source(m.source, "feed", "x")
        key = f"k{store.count_mentions()}-{i}"
        text = f"m{key} {m.text}" if m.text else f"m{key}"  # short (no dedup key), distinct
        record = MentionRecord(key, text, title=m.title, url=m.url, rating=m.rating, rating_max=m.rating_max)
        assert store.add_mentions(source, [NewMention(record, m.brand, m.when, False)]).new == 1
        keys.append(key)
    c = schema.mentions.c
    with store.engine.connect() as conn:
        by_key = dict(conn.execute(select(c.external_key, c.id).where(c.external_key.in_(keys))).all())
    ids = [by_key[k] for k in keys]
    ClassificationStore(store, "v").save([classification(i, m) for i, m in zip(ids, mentions) if m.sentiment])
    return ids


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """On SQLite, and on PostgreSQL when the suite has a server (tests/conftest.py)."""
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture(params=["rollup", "raw"])
def mode(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a test once on the daily rollups and once on the raw rows: the same answers."""
    if request.param == "raw":
        with raw_only():
            yield "raw"
    else:
        yield "rollup"


def at(*args: int, zone: ZoneInfo = AMS) -> datetime:
    return datetime(*args, tzinfo=zone)
