"""Per brand and period: volume, sentiment shares, net sentiment, and their change; share of voice;
breakdowns by source and language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from monitor.analytics.counts import Counts, sentiment_counts
from monitor.analytics.period import Period
from monitor.analytics.shares import NO_SHARES, Shares
from monitor.storage.store import Store


@dataclass(frozen=True)
class BrandKpis:
    """Shares are of the labelled mentions (0..1), estimated for the classifier's errors when the
    labelling head recorded them (`shares.corrected`); `raw_shares` are the label counts'.
    `volume` also counts the mentions not labelled yet; the counts are labels as assigned."""

    brand: str
    volume: int
    negative: int
    neutral: int
    positive: int
    very_positive: int
    unlabelled: int
    shares: Shares
    raw_shares: Shares
    average_score: float | None  # mean model score in [-1, 1]

    @property
    def labelled(self) -> int:
        return self.negative + self.neutral + self.positive

    @property
    def share_negative(self) -> float:
        return self.shares.negative

    @property
    def share_neutral(self) -> float:
        return self.shares.neutral

    @property
    def share_positive(self) -> float:
        return self.shares.positive

    @property
    def share_very_positive(self) -> float:
        return self.shares.very_positive

    @property
    def net_sentiment(self) -> float:
        """(share positive - share negative) x 100, in [-100, 100]."""
        return self.shares.net_sentiment

    @property
    def corrected(self) -> bool:
        return self.shares.corrected

    def as_raw(self) -> "BrandKpis":
        """The same figures with the raw (classify-and-count) shares."""
        return replace(self, shares=self.raw_shares)

    @classmethod
    def of(cls, brand: str, c: Counts) -> "BrandKpis":
        n = c.labelled
        return cls(brand, c.total, c.negative, c.neutral, c.positive, c.very_positive, c.unlabelled,
                   c.shares(), c.shares(corrected=False), c.score_sum / n if n else None)


@dataclass(frozen=True)
class KpiChange:
    """This period against the previous one of the same length. Share and net deltas are None
    when either period has no labelled mention (a change from nothing is not a change)."""

    current: BrandKpis
    previous: BrandKpis

    def as_raw(self) -> "KpiChange":
        return KpiChange(self.current.as_raw(), self.previous.as_raw())

    @property
    def volume_delta(self) -> int:
        return self.current.volume - self.previous.volume

    @property
    def volume_delta_pct(self) -> float | None:
        return 100.0 * self.volume_delta / self.previous.volume if self.previous.volume else None

    def _delta(self, name: str, scale: float = 1.0) -> float | None:
        if not self.current.labelled or not self.previous.labelled:
            return None
        return scale * (getattr(self.current, name) - getattr(self.previous, name))

    @property
    def net_sentiment_delta(self) -> float | None:
        """In index points."""
        return self._delta("net_sentiment")

    @property
    def share_negative_delta(self) -> float | None:
        return self._delta("share_negative")

    @property
    def share_positive_delta(self) -> float | None:
        return self._delta("share_positive")

    @property
    def share_very_positive_delta(self) -> float | None:
        return self._delta("share_very_positive")

    @property
    def deltas(self) -> dict[str, float | None]:
        return {"volume": float(self.volume_delta), "volume_pct": self.volume_delta_pct,
                "net_sentiment": self.net_sentiment_delta, "share_negative": self.share_negative_delta,
                "share_positive": self.share_positive_delta, "share_very_positive": self.share_very_positive_delta}


def brand_kpis(store: Store, brands: Sequence[str], period: Period, very_positive: float = 0.6) -> dict[str, KpiChange]:
    """Figures per brand for `period` and the one before it, in the order `brands` are given."""
    now = sentiment_counts(store, period, ("brand",), brands, very_positive)
    before = sentiment_counts(store, period.previous(), ("brand",), brands, very_positive)
    return {b: KpiChange(BrandKpis.of(b, now.get((b,), Counts())), BrandKpis.of(b, before.get((b,), Counts())))
            for b in brands}


def share_of_voice(store: Store, brands: Sequence[str], period: Period) -> dict[str, float]:
    """Each brand's part of the mentions of all `brands` in the period; sums to 1 (all 0 when silent)."""
    counts = sentiment_counts(store, period, ("brand",), brands, very_positive=None)
    volumes = {b: counts.get((b,), Counts()).total for b in brands}
    total = sum(volumes.values())
    return {b: v / total if total else 0.0 for b, v in volumes.items()}


@dataclass(frozen=True)
class BreakdownRow:
    key: str | None  # the source name or language code; None: language not known
    volume: int
    negative: int
    neutral: int
    positive: int
    share: float  # of the brand's mentions in the period
    net_sentiment: float  # corrected when the head recorded its errors
    raw_net_sentiment: float = 0.0
    shares: Shares = NO_SHARES
    raw_shares: Shares = NO_SHARES


def breakdown(store: Store, brand: str, period: Period, by: Literal["source", "language"] = "source",
              very_positive: float = 0.6) -> list[BreakdownRow]:
    """The brand's mentions per source or language, largest first."""
    if by not in ("source", "language"):
        raise ValueError(f"breakdown: by must be 'source' or 'language', got {by!r}")
    counts = sentiment_counts(store, period, (by,), [brand], very_positive)
    total = sum(c.total for c in counts.values())
    rows = [BreakdownRow(key, c.total, c.negative, c.neutral, c.positive, c.total / total if total else 0.0, c.net_sentiment,
                         c.raw_net_sentiment, c.shares(), c.shares(corrected=False))
            for (key,), c in counts.items() if c.total]
    return sorted(rows, key=lambda r: (-r.volume, r.key or ""))
