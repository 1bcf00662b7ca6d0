"""A demo database classified by the tiny hashing classifier, once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
import yaml

from models.classifier import Classifier
from monitor.classify import classify_pending
from monitor.cli_dashboard import demo_config_file
from monitor.collectors.base import MentionRecord
from monitor.config import load_config
from monitor.demo import load_demo
from monitor.storage.store import NewMention, Store
from tests.dashboard.seed import EVIL_TEXT, EVIL_URL, Seeded
from tests.models.tiny import tiny_classifier as build_tiny_classifier


@pytest.fixture(scope="session")
def tiny_classifier(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    return build_tiny_classifier(tmp_path_factory.mktemp("head"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, tiny_classifier: Classifier) -> Seeded:
    """The bundled demo (dates ending today), every mention classified."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    _config, store, report = load_demo(db)
    try:
        assert not [r.error for r in report.sources.values() if r.error]
        classify_pending(store, tiny_classifier)
    finally:
        store.close()
    file = demo_config_file(db)
    return Seeded(file, load_config(file))


@pytest.fixture(scope="session")
def evil_db(tmp_path_factory: pytest.TempPathFactory, tiny_classifier: Classifier) -> Seeded:
    """One brand, a few mentions, one of them markup with a javascript: link."""
    folder = tmp_path_factory.mktemp("evil")
    file = folder / "config.yaml"
    file.write_text(yaml.safe_dump({
        "brands": [{"name": "Trapkracht", "own": True}],
        "storage": {"url": f"sqlite:///{folder / 'evil.db'}"},
    }), encoding="utf-8")
    config = load_config(file)
    store = Store(config.database_url())
    try:
        sid = store.ensure_source("forum", "feed", "x")
        now = datetime.now(timezone.utc)
        # The markup is the newest, so the Mentions page opens its detail first.
        store.add_mentions(sid, [
            NewMention(MentionRecord("evil", EVIL_TEXT, url=EVIL_URL), "Trapkracht", now - timedelta(hours=1), False),
            NewMention(MentionRecord("fine", "Trapkracht fiets is top, goede service", url="https://example.org/review/1"),
                       "Trapkracht", now - timedelta(hours=2), False),
        ])
        classify_pending(store, tiny_classifier)
    finally:
        store.close()
    return Seeded(file, config)


@pytest.fixture
def use_config(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Point the app at a seeded config, as `repwatch dashboard` does through the environment."""
    def point(seeded: Seeded) -> Seeded:
        monkeypatch.setenv("REPWATCH_CONFIG", str(seeded.config_file))
        return seeded

    yield point


@pytest.fixture
def demo(demo_db: Seeded, use_config) -> Iterator[tuple[Seeded, Store]]:  # type: ignore[no-untyped-def]
    use_config(demo_db)
    store = demo_db.store()
    try:
        yield demo_db, store
    finally:
        store.close()
