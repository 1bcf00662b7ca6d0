"""The demo's delivery incident, end to end with the real embedded model (one model load)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from monitor.alerts import detect_alerts, list_alerts
from monitor.cli_model import classify_store
from monitor.demo import demo_summary, load_demo

EXPECTED = Path(__file__).resolve().parents[2] / "examples" / "demo" / "expected.json"


@pytest.mark.slow
@pytest.mark.timeout(900)  # loading and running the real model on a shared 2-core machine
def test_the_demo_incident_is_a_delivery_alert_for_trapkracht(tmp_path: Path) -> None:
    incident = json.loads(EXPECTED.read_text(encoding="utf-8"))["incident"]
    config, store, report = load_demo(tmp_path / "demo.db")
    try:
        classify_store(config, store)
        detect_alerts(store, config)
        summary = demo_summary(config, store, report, alerts=list_alerts(store))
    finally:
        store.close()
    today = datetime.now(config.analytics.zone).date()
    first, last = (today - timedelta(days=d) for d in incident["days_before_anchor"])
    delivery = [a for a in summary["alerts"] if a["brand"] == incident["brand"] and a["scope"] == "topic"
                and incident["topic"] in (a["topic"] or "")]
    assert delivery, f"no delivery alert in {summary['alerts']}"
    (alert,) = delivery
    start, end = date.fromisoformat(alert["start"]), date.fromisoformat(alert["end"])
    assert start <= last and end >= first, f"{alert} does not overlap the incident {first}..{last}"
    assert abs((start - first).days) <= 2, "the alert starts with the incident"
    assert len(summary["alerts"]) <= 6, f"a flood of alerts: {summary['alerts']}"
