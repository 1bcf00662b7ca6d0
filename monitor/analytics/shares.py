"""Sentiment shares estimated, not counted: every share and net figure is corrected for the
classifier's known errors (models/quantify.py), with the raw counts still at hand.

The sentiment head that labelled the mentions knows its error rates; `monitor.classify` records
them in `repwatch_meta` ("share_correction") when it labels, so the figures need the database
only. From a group's sums:

- with the head's method "pacc": the sum of the posteriors P(negative), P(neutral), P(positive)
  (kept in the daily rollups since schema v6) and the head's mean-posterior matrix
  (probabilistic adjusted classify-and-count);
- with "acc", and for topics, whose rows keep a label and score only: the label counts and the
  head's confusion matrix (adjusted classify-and-count).
The head's training picks the method (models/calibration.py).

"Very positive" is a part of the positive share: its raw part of the positive mentions is kept
and applied to the corrected positive share. Without a recorded correction (a database labelled
before it, or a backend that does not know its errors) the figures are the raw shares.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, select

from models.quantify import ShareCorrection
from monitor.storage import schema

META_KEY = "share_correction"


class Tally(Protocol):
    negative: int
    neutral: int
    positive: int
    very_positive: int
    p_negative: float
    p_neutral: float
    p_positive: float

    @property
    def labelled(self) -> int: ...


@dataclass(frozen=True)
class Shares:
    """Of the labelled mentions, 0..1. `corrected`: estimated for the classifier's errors."""

    negative: float
    neutral: float
    positive: float
    very_positive: float
    corrected: bool

    @property
    def net_sentiment(self) -> float:
        """(share positive - share negative) x 100, in [-100, 100]."""
        return 100.0 * (self.positive - self.negative)


NO_SHARES = Shares(0.0, 0.0, 0.0, 0.0, False)


def raw_shares(t: Tally) -> Shares:
    n = t.labelled
    if not n:
        return NO_SHARES
    return Shares(t.negative / n, t.neutral / n, t.positive / n, t.very_positive / n, False)


def estimated_shares(t: Tally, correction: ShareCorrection | None) -> Shares:
    """Corrected shares of a group; the raw ones without a correction."""
    raw = raw_shares(t)
    if correction is None or not t.labelled:
        return raw
    posterior_total = t.p_negative + t.p_neutral + t.p_positive
    # Posterior sums cover every labelled mention of the group, or (topics) none of them.
    sums = [t.p_negative, t.p_neutral, t.p_positive] if posterior_total > 0.5 * t.labelled else None
    neg, neu, pos = correction.estimate([t.negative, t.neutral, t.positive], sums)
    very = raw.very_positive / raw.positive * pos if raw.positive else 0.0
    return Shares(float(neg), float(neu), float(pos), float(very), True)


def read_correction(conn: Connection) -> ShareCorrection | None:
    m = schema.meta.c
    value = conn.execute(select(m.value).where(m.key == META_KEY)).scalar_one_or_none()
    return None if value is None else ShareCorrection.from_metadata(json.loads(value))


def write_correction(conn: Connection, correction: ShareCorrection | None) -> None:
    """Record the labelling head's errors (None: it does not know them; figures stay raw)."""
    m = schema.meta
    conn.execute(m.delete().where(m.c.key == META_KEY))
    if correction is not None:
        conn.execute(m.insert().values(key=META_KEY, value=json.dumps(correction.to_metadata())))


def attach(groups: dict[Any, Any], correction: ShareCorrection | None) -> None:
    """Give every tally of a result the correction its shares are estimated with."""
    for tally in groups.values():
        tally.correction = correction
