"""`repwatch demo`: the bundled recorded feeds loaded into their own, fresh database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from monitor.alerts.store import Alert, alert_summary, list_alerts
from monitor.classify import ClassifyReport, classify_pending
from monitor.config import Config
from monitor.pipeline import CollectReport, collect
from monitor.starter import demo_feeds_dir, starter_text
from monitor.storage.store import Store

DEFAULT_DEMO_DB = Path("data/demo.db")


def demo_config(db_path: Path) -> Config:
    base = demo_feeds_dir().parent
    data = yaml.safe_load(starter_text(base))
    data["storage"] = {"url": f"sqlite:///{db_path.resolve()}"}
    return Config.model_validate({**data, "path": base / "config.yaml"})


def fresh_demo_store(db_path: Path) -> Store:
    # The demo's dates are shifted to end today, so yesterday's demo database would be stale.
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return Store(f"sqlite:///{db_path.resolve()}")


def load_demo(db_path: Path = DEFAULT_DEMO_DB, now: datetime | None = None) -> tuple[Config, Store, CollectReport]:
    """Collect the demo feeds into a fresh database, shifted so the recording ends at `now`."""
    config = demo_config(db_path)
    store = fresh_demo_store(db_path)
    return config, store, collect(config, store, now=now)


@dataclass
class DemoRun:
    config: Config
    report: CollectReport
    classified: ClassifyReport
    summary: dict[str, Any]


def run_demo(db_path: Path, load_classifier: Callable[[Config], Any], now: datetime | None = None,
             on_batch: Callable[[int, int], None] | None = None) -> DemoRun:
    """What `repwatch demo` does, as the tests do it: collect at `now`, classify, detect, summarise.

    `load_classifier(config)` gives the model for the demo's config (its topics).
    """
    from monitor.alerts.detect import detect_alerts

    now = now or datetime.now(timezone.utc)
    config, store, report = load_demo(db_path, now)
    try:
        classified = classify_pending(store, load_classifier(config), on_batch=on_batch)
        detect_alerts(store, config, now)
        summary = demo_summary(config, store, report, alerts=list_alerts(store))
    finally:
        store.close()
    return DemoRun(config, report, classified, summary)


def demo_summary(config: Config, store: Store, report: CollectReport, alerts: list[Alert] | None = None) -> dict[str, Any]:
    zone = config.analytics.zone
    return {
        "mentions": store.count_mentions(),
        "sources": len(config.sources),
        "fetched": report.total("fetched"),
        "duplicates": report.total("duplicates"),
        "skipped": report.total("skipped"),
        "errors": [r.error for r in report.sources.values() if r.error],
        "by_brand": store.mentions_by("brand"),
        "by_language": store.mentions_by("language"),
        "by_sentiment": store.sentiment_counts(),
        "database": str(Path(store.url.removeprefix("sqlite:///"))),
        "alerts": [alert_summary(a, zone) for a in sorted(alerts or [], key=lambda a: (a.started_at, a.scope_key))],
    }
