"""One broken scope never stops detection of the others in the same pass (SQLite and PostgreSQL)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.alerts import detect as detect_module
from monitor.alerts.detect import detect_alerts
from monitor.alerts.store import list_alerts
from monitor.analytics.series import sentiment_series
from monitor.storage.store import Store
from tests.alerts.helpers import DELIVERY, NOW, History, config
from tests.alerts.test_detect import INCIDENT


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    history = History(s)
    history.background("Trapkracht", 80, 20)
    for d in range(3):
        for i in range(10):
            at = (NOW - timedelta(days=5 - d)).replace(hour=9 + i, minute=5)
            history.add("Trapkracht", "forum", at, "negative", DELIVERY, INCIDENT[i % 4] + f" (order {d}{i})")
    history.flush()
    try:
        yield s
    finally:
        s.close()


@pytest.mark.parametrize("broken", ["brand", "product quality", "reviews"])
def test_a_scope_whose_series_read_raises_is_logged_and_skipped(store: Store, tmp_path: Path, broken: str,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    """The brand scope is read first: before the fix its failure ended the pass for every topic."""

    def read(st: Store, scope, *args, **kwargs):  # the real reader, failing for one scope only
        name = scope.topic or scope.source or "brand"
        if name == broken:
            raise RuntimeError(f"disk read error while reading {name}")
        return sentiment_series(st, scope, *args, **kwargs)

    monkeypatch.setattr(detect_module, "sentiment_series", read)
    with caplog.at_level(logging.ERROR, logger="monitor.alerts.detect"):
        alerts = detect_alerts(store, config(tmp_path / "unused.db"), NOW)
    assert [a.topic for a in alerts if a.scope == "topic"] == [DELIVERY], "the other scopes were still detected"
    assert [a.topic for a in list_alerts(store) if a.scope == "topic"] == [DELIVERY]
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    label = "Trapkracht" if broken == "brand" else f"Trapkracht, {'source' if broken == 'reviews' else 'topic'} {broken}"
    assert len(errors) == 1 and label in errors[0] and "disk read error" in errors[0], errors


def test_an_incident_that_cannot_be_stored_does_not_stop_the_others(store: Store, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    real = detect_module.upsert

    def upsert(st, draft, *args):
        if draft.scope == "brand":
            raise RuntimeError("constraint violated")
        return real(st, draft, *args)

    monkeypatch.setattr(detect_module, "upsert", upsert)
    with caplog.at_level(logging.ERROR, logger="monitor.alerts.detect"):
        alerts = detect_alerts(store, config(tmp_path / "unused.db"), NOW)
    assert DELIVERY in [a.topic for a in alerts]
    assert any("storing for Trapkracht" in r.getMessage() for r in caplog.records)
