"""The dashboard shows corrected shares, says so, and offers the raw counts (Streamlit AppTest)."""

from __future__ import annotations

from dashboard.state import KEY_RAW
from monitor.analytics.kpis import brand_kpis
from monitor.analytics.period import Period
from monitor.storage.store import Store
from tests.dashboard.apptest import metric, open_app
from tests.dashboard.seed import Seeded


def test_cards_show_corrected_shares_and_the_raw_counts_on_request(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = Period.last_days(30, seeded.config.analytics.zone)
    change = brand_kpis(store, ["Trapkracht"], period, very_positive=seeded.config.analytics.very_positive)["Trapkracht"]
    now = change.current
    assert now.corrected, "classifying recorded the head's error rates"
    assert now.shares != now.raw_shares, "the correction moves the demo's shares"
    at = open_app()
    assert metric(at, "Negative").value == f"{now.shares.negative:.0%}"
    assert metric(at, "Net sentiment (-100 to 100)").value == f"{now.shares.net_sentiment:+.0f}"
    assert any("corrected for the classifier's known error rates" in c.value for c in at.caption)

    at.toggle(key=KEY_RAW).set_value(True).run()
    assert not at.exception, at.exception
    raw = change.as_raw()
    assert metric(at, "Negative").value == f"{now.raw_shares.negative:.0%}"
    assert metric(at, "Net sentiment (-100 to 100)").value == f"{now.raw_shares.net_sentiment:+.0f}"
    assert metric(at, "Negative").delta == f"{100 * raw.share_negative_delta:+.1f} points"
    assert any("as counted from the labels (raw counts)" in c.value for c in at.caption)
    assert now.raw_shares.negative == now.negative / now.labelled
