"""Alert causes estimate their negatives with the recorded correction, as every share does."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from models.quantify import ShareCorrection, posteriors_from_label
from monitor.alerts.cause import build_cause, drivers
from monitor.analytics.series import Bucket, Scope
from monitor.analytics.shares import estimated_shares, write_correction
from monitor.storage.store import Store
from tests.analytics.conftest import M, at, seed, store  # noqa: F401 (the store fixture, SQLite and PostgreSQL)

# A head that calls a third of the neutral texts negative: counted negatives are too many.
CONFUSION = np.array([[0.80, 0.30, 0.05], [0.15, 0.60, 0.10], [0.05, 0.10, 0.85]])
SCORES = {"negative": -0.6, "neutral": 0.0, "positive": 0.5}  # with confidence 0.75, valid posteriors


def _factor(mentions: list[M], correction: ShareCorrection) -> float:
    tally = Bucket(at(2026, 1, 1), at(2026, 1, 2))
    for m in mentions:
        assert m.sentiment is not None
        setattr(tally, m.sentiment, getattr(tally, m.sentiment) + 1)
        p = posteriors_from_label(m.sentiment, SCORES[m.sentiment], 0.75)
        tally.p_negative, tally.p_neutral, tally.p_positive = (tally.p_negative + p[0], tally.p_neutral + p[1],
                                                               tally.p_positive + p[2])
    return estimated_shares(tally, correction).negative / (tally.negative / tally.labelled)


def test_drivers_scale_labelled_negatives_by_the_scope_correction(store: Store) -> None:
    correction = ShareCorrection(CONFUSION, CONFUSION)
    with store.engine.begin() as conn:
        write_correction(conn, correction)
    start, end = at(2026, 11, 10), at(2026, 11, 12)
    labels = ["negative"] * 6 + ["neutral"] * 3 + ["positive"] * 3
    now = [M(start + timedelta(hours=2 * i), s, SCORES[s], source="forum" if i % 3 else "app") for i, s in enumerate(labels)]
    before_labels = ["negative"] * 2 + ["neutral"] * 6 + ["positive"] * 6
    before = [M(start - timedelta(days=1 + i), s, SCORES[s], source="forum") for i, s in enumerate(before_labels)]
    seed(store, now + before)
    cause = build_cause(store, Scope(brand="Trapkracht"), start, end, weeks=2, summary={})
    f_now, f_before = _factor(now, correction), _factor(before, correction)
    assert abs(f_now - 1) > 0.02 and abs(f_before - 1) > 0.02, "the correction moves the negatives"
    assert cause["negative_correction"] == {"now": pytest.approx(f_now, abs=1e-4), "before": pytest.approx(f_before, abs=1e-4)}
    forum = next(d for d in cause["drivers"]["sources"] if d["name"] == "forum")
    assert forum["negative_labelled"] == 4
    assert forum["negative"] == pytest.approx(round(4 * f_now, 2))


def test_without_a_correction_drivers_are_counts() -> None:
    rows = [{"source": "forum"}] * 3
    assert drivers(rows, rows[:1], 1.0, "source") == [
        {"name": "forum", "negative": 3, "negative_labelled": 3, "expected": 1.0, "excess": 2.0, "share_of_excess": 1.0}]
