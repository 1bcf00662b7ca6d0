"""What the synthetic benchmark data shares: the brand, source, language and topic mix, and labels.

benchmarks/dashboard_latency.py and benchmarks/scale.py draw from the same mix, so their page
timings are comparable. The draws are made in a fixed order: the same seed gives the same data.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Amsterdam")
BRANDS = (("Trapkracht", 5), ("Velora", 3), ("Spaakwiel", 2))
SOURCES = (("forum", None), ("news", None), ("reddit", None), ("mastodon", None), ("bluesky", None),
           ("app-nl", 5.0), ("play-nl", 5.0), ("trustpilot", 10.0))
LANGUAGES = (("nl", 5), ("en", 2), ("de", 1), ("nb", 1), ("da", 1))
TOPICS = ("product quality", "customer service", "price", "delivery", "store", "website", "returns", "advertising")
SENTIMENTS = ("negative", "neutral", "positive")
END = datetime(2026, 11, 30, tzinfo=timezone.utc)
OWN = BRANDS[0][0]


def weighted(pairs: tuple[tuple[Any, int], ...]) -> list[Any]:
    """A list to rng.choice from, each value repeated by its weight."""
    return [value for value, weight in pairs for _ in range(weight)]


def synthetic_label(rng: random.Random, scale: float | None) -> tuple[str, float, float | None]:
    """Sentiment, score and a star rating that mostly agrees with it (None for unrated sources)."""
    sentiment = rng.choices(SENTIMENTS, (3, 3, 4))[0]
    # All three draws are made whatever the label, so the sequence does not depend on it.
    score = {"negative": -rng.uniform(0.2, 1), "neutral": rng.uniform(-0.2, 0.2), "positive": rng.uniform(0.2, 1)}[sentiment]
    rating = None if scale is None else float(min(scale, max(1, round((score + 1) / 2 * scale + rng.uniform(-1.5, 1.5)))))
    return sentiment, score, rating


def synthetic_topics(rng: random.Random, sentiment: str, score: float) -> list[tuple[str, str, float]]:
    """0-2 topics, each mostly with the mention's own sentiment: (topic, sentiment, score)."""
    out = []
    for topic in rng.sample(TOPICS, rng.choice((0, 1, 1, 2))):
        label = sentiment if rng.random() < 0.7 else rng.choice(SENTIMENTS)
        out.append((topic, label, score))
    return out
