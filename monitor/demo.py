"""`repwatch demo`: the bundled recorded feeds loaded into their own, fresh database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from monitor.alerts.store import Alert, alert_summary
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


def load_demo(db_path: Path = DEFAULT_DEMO_DB) -> tuple[Config, Store, CollectReport]:
    config = demo_config(db_path)
    store = fresh_demo_store(db_path)
    return config, store, collect(config, store)


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
