"""On the demo, whose generator knows the sentiment it wrote, the dashboard's negative share is
the written one within 2 points (the real embedded model; one model load)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from monitor.analytics.kpis import brand_kpis
from monitor.analytics.period import Period
from monitor.cli_model import classify_store
from monitor.demo import load_demo

EXPECTED = Path(__file__).resolve().parents[2] / "examples" / "demo" / "expected.json"


@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason=(
    "not met (2026-12-02): own brand written 34.4 % negative, counted 39.9 %, corrected (ACC with the "
    "corpus's held-out error rates) 41.9 %; PACC 47.1 %, EM 51.7 %. The demo's texts are called negative "
    "more often than held-out corpus texts are, so corpus error rates correct the wrong way (docs/model.md)"))
@pytest.mark.timeout(1800)  # loading and running the real model on a shared 2-core machine
def test_the_demo_negative_share_is_the_written_one(tmp_path: Path) -> None:
    written = json.loads(EXPECTED.read_text(encoding="utf-8"))["sentiment_per_brand"]
    config, store, _ = load_demo(tmp_path / "demo.db")
    try:
        classify_store(config, store)
        zone = config.analytics.zone
        today = datetime.now(zone).date()
        period = Period.days(today - timedelta(days=200), today + timedelta(days=1), zone)  # the whole demo
        brands = list(written)
        kpis = brand_kpis(store, brands, period, very_positive=config.analytics.very_positive)
    finally:
        store.close()
    report = {}
    for brand in brands:
        truth = written[brand]["negative"] / sum(written[brand].values())
        now = kpis[brand].current
        report[brand] = (round(truth, 3), round(now.raw_shares.negative, 3), round(now.shares.negative, 3))
    print("negative share (written, counted, corrected):", report)
    assert kpis["Trapkracht"].current.corrected
    own_truth, own_raw, own_corrected = report["Trapkracht"]
    assert abs(own_corrected - own_truth) <= 0.02, report
    assert abs(own_corrected - own_truth) < abs(own_raw - own_truth), report
