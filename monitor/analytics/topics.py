"""Per topic: volume, the topic's own sentiment, change, and how much it moves the brand's net sentiment.

A mention counts for a topic with the sentiment of what it says about that topic (mention_topics),
so "great bike, awful delivery" is negative for delivery and positive for product quality.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.analytics.counts import Counts, sentiment_counts, topic_counts
from monitor.analytics.period import Period
from monitor.analytics.shares import NO_SHARES, Shares
from monitor.storage.store import Store


@dataclass(frozen=True)
class TopicStats:
    topic: str
    volume: int
    negative: int
    neutral: int
    positive: int
    very_positive: int
    share: float  # of the brand's labelled mentions that speak about this topic, 0..1
    net_sentiment: float  # corrected for the classifier's errors when the head recorded them
    previous_volume: int
    previous_net_sentiment: float | None  # None: the topic was not mentioned before
    shares: Shares = NO_SHARES
    raw_shares: Shares = NO_SHARES
    previous_raw_net_sentiment: float | None = None

    @property
    def raw_net_sentiment_delta(self) -> float | None:
        if self.previous_raw_net_sentiment is None:
            return None
        return self.raw_shares.net_sentiment - self.previous_raw_net_sentiment

    @property
    def volume_delta(self) -> int:
        return self.volume - self.previous_volume

    @property
    def net_sentiment_delta(self) -> float | None:
        return None if self.previous_net_sentiment is None else self.net_sentiment - self.previous_net_sentiment


@dataclass(frozen=True)
class Driver:
    """impact = share x (topic net - brand net), in net-sentiment points: what the topic adds to or
    takes from the brand's index compared with a topic as good as the brand's average."""

    topic: str
    volume: int
    share: float
    net_sentiment: float
    impact: float


def _brand_labelled(store: Store, brand: str, period: Period, very_positive: float) -> Counts:
    return sentiment_counts(store, period, ("brand",), [brand], very_positive).get((brand,), Counts())


def topic_stats(store: Store, brand: str, period: Period, very_positive: float = 0.6) -> list[TopicStats]:
    """The brand's topics in the period, most mentioned first."""
    now = topic_counts(store, period, ("topic",), brand, very_positive)
    before = topic_counts(store, period.previous(), ("topic",), brand, very_positive)
    base = _brand_labelled(store, brand, period, very_positive).labelled
    rows = []
    for (topic,), c in now.items():
        if not c.labelled:
            continue
        prev = before.get((topic,), Counts())
        rows.append(TopicStats(topic, c.labelled, c.negative, c.neutral, c.positive, c.very_positive,
                               c.labelled / base if base else 0.0, c.net_sentiment,
                               prev.labelled, prev.net_sentiment if prev.labelled else None,
                               c.shares(), c.shares(corrected=False), prev.raw_net_sentiment if prev.labelled else None))
    return sorted(rows, key=lambda r: (-r.volume, r.topic))


def key_drivers(store: Store, brand: str, period: Period, very_positive: float = 0.6) -> list[Driver]:
    """Topics ranked by how far they pull the brand's net sentiment (|impact|, largest first)."""
    brand_net = _brand_labelled(store, brand, period, very_positive).net_sentiment
    drivers = [Driver(t.topic, t.volume, t.share, t.net_sentiment, t.share * (t.net_sentiment - brand_net))
               for t in topic_stats(store, brand, period, very_positive)]
    return sorted(drivers, key=lambda d: (-abs(d.impact), d.topic))
