"""Hand-made mention histories in a real SQLite store, with known answers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from sqlalchemy import insert

from monitor.config import Config
from monitor.storage import schema
from monitor.storage.store import Store

NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)  # a Friday, noon
DELIVERY = "delivery, stock and waiting time"
TOPICS = ("product quality", "price and value", DELIVERY, "customer service and staff")
WORDS = "fiets zadel remmen kleur frame ketting banden lamp bel spatbord".split()


def config(db: Path, **alerts: object) -> Config:
    return Config.model_validate({
        "brands": [{"name": "Trapkracht", "own": True}, {"name": "Velora"}],
        "storage": {"url": f"sqlite:///{db}"},
        "analytics": {"timezone": "UTC"},
        "alerts": alerts,
    })


@dataclass
class History:
    """Writes mentions with their classification and topic rows straight into the tables."""

    store: Store
    rng: np.random.Generator = field(default_factory=lambda: np.random.default_rng(11))
    next_id: int = 1
    sources: dict[str, int] = field(default_factory=dict)
    queue: dict[str, list[dict[str, object]]] = field(
        default_factory=lambda: {"mentions": [], "classifications": [], "mention_topics": []})

    def add(self, brand: str, source: str, at: datetime, sentiment: str, topic: str | None, text: str,
            confidence: float = 0.7) -> int:
        """Queue one mention; `flush` writes the queue in one transaction."""
        mid = self.next_id
        self.next_id += 1
        sid = self.sources.get(source) or self.sources.setdefault(source, self.store.ensure_source(source, "feed", "x"))
        score = {"negative": -0.7, "neutral": 0.0, "positive": 0.7}[sentiment]
        topics = [{"name": topic, "similarity": 0.5, "label": sentiment, "score": score, "confidence": confidence}] if topic else []
        self.queue["mentions"].append(dict(
            id=mid, source_id=sid, brand=brand, external_key=f"k{mid}", url=f"https://example.org/{mid}", title="",
            text=text, language="nl", published_at=at, published_estimated=False, collected_at=at, content_hash=f"h{mid}"))
        self.queue["classifications"].append(dict(
            mention_id=mid, sentiment=sentiment, score=score, confidence=confidence, topics=json.dumps(topics),
            sentences="[]", model_version="test", classified_at=at))
        if topic:
            self.queue["mention_topics"].append(dict(mention_id=mid, topic=topic, sentiment=sentiment, score=score,
                                                     similarity=0.5))
        return mid

    def flush(self) -> None:
        with self.store.engine.begin() as conn:
            for table in ("mentions", "classifications", "mention_topics"):
                if self.queue[table]:
                    conn.execute(insert(getattr(schema, table)), self.queue[table])
                self.queue[table] = []

    def background(self, brand: str, days: int, per_day: float, end: datetime = NOW,
                   sources: tuple[str, ...] = ("reviews", "forum")) -> None:
        """Ordinary days: a third negative, spread over topics, sources and daytime hours."""
        for d in range(days, 0, -1):
            day = (end - timedelta(days=d)).replace(hour=0, minute=0, second=0, microsecond=0)
            for _ in range(int(self.rng.poisson(per_day))):
                at = day + timedelta(hours=int(self.rng.integers(8, 22)), minutes=int(self.rng.integers(0, 60)))
                sentiment = str(self.rng.choice(["negative", "neutral", "positive"], p=[0.3, 0.25, 0.45]))
                topic = str(self.rng.choice(TOPICS))
                words = " ".join(self.rng.choice(WORDS, 3))
                self.add(brand, str(self.rng.choice(sources)), at, sentiment, topic, f"de {words} van {brand}")
