"""Fixtures for the delivery tests: a hand-made database (no model), configs, a real SMTP server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.collectors.base import MentionRecord
from monitor.config import Config, load_config
from monitor.storage.store import ClassificationStore, NewMention, Store
from tests.notify.smtpserver import SmtpServer

NOW = datetime(2026, 12, 1, 7, 30, tzinfo=timezone.utc)  # 08:30 in Amsterdam
HOSTILE = '<script>alert("x")</script> Slecht! <img src=x onerror="alert(1)"> levering'


def add_mentions(store: Store, rows: list[dict[str, Any]], source: str = "reviews", version: str = "v") -> list[int]:
    """Store mentions and their labels as the classifier would; rows: text, brand, at, sentiment, score, url."""
    sid = store.ensure_source(source, "feed", "x")
    items = [NewMention(MentionRecord(f"{source}-{i}-{r['at'].isoformat()}", r["text"], url=r.get("url"), title=r.get("title", "")),
                        r.get("brand", "Trapkracht"), r["at"], False) for i, r in enumerate(rows)]
    store.add_mentions(sid, items)
    results = ClassificationStore(store, version)
    pending = {p["text"]: p["id"] for p in results.pending(10_000)}
    saved = []
    for r in rows:
        mid = pending[r["text"]]
        saved.append({"mention_id": mid, "sentiment": r["sentiment"], "score": r["score"], "confidence": 0.9,
                      "topics": json.dumps(r.get("topics", [])), "sentences": "[]", "model_version": version,
                      "classified_at": r["at"], "language": "nl"})
    results.save(saved)
    return [s["mention_id"] for s in saved]


def demo_rows(now: datetime = NOW) -> list[dict[str, Any]]:
    """Yesterday (30 Nov, local) a bad day for Trapkracht, with a hostile text; quieter days before."""
    yesterday = now - timedelta(days=1)
    rows = [
        {"text": HOSTILE, "at": yesterday, "sentiment": "negative", "score": -0.95, "url": "javascript:alert(1)"},
        {"text": "Levering duurde drie weken, slecht", "at": yesterday - timedelta(hours=2), "sentiment": "negative",
         "score": -0.7, "url": "https://forum.example.org/t/1"},
        {"text": "Top fiets, goede service", "at": yesterday, "sentiment": "positive", "score": 0.8},
        {"text": "Velora is prima", "brand": "Velora", "at": yesterday, "sentiment": "positive", "score": 0.5},
    ]
    for d in range(2, 12):
        rows.append({"text": f"Trapkracht dag {d} prima fiets", "at": now - timedelta(days=d), "sentiment": "positive", "score": 0.4})
        rows.append({"text": f"Trapkracht dag {d} matig", "at": now - timedelta(days=d), "sentiment": "neutral", "score": 0.0})
    return rows


def write_config(tmp_path: Path, notify: dict[str, Any] | None = None, sources: list[dict[str, Any]] | None = None) -> Path:
    data: dict[str, Any] = {
        "brands": [{"name": "Trapkracht", "own": True}, {"name": "Velora"}],
        "sources": sources or [],
        "storage": {"url": f"sqlite:///{tmp_path / 'repwatch.db'}"},
    }
    if notify is not None:
        data["notify"] = notify
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def email_settings(server: SmtpServer, **extra: Any) -> dict[str, Any]:
    return {"host": "127.0.0.1", "port": server.port, "security": server.security, "sender": "repwatch@example.org",
            "recipients": ["marketing@example.org", "ceo@example.org"], "digest_time": "08:00", "timeout": 5, **extra}


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def config_for(tmp_path: Path):
    def make(notify: dict[str, Any] | None = None, sources: list[dict[str, Any]] | None = None) -> Config:
        return load_config(write_config(tmp_path, notify, sources))

    return make


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'repwatch.db'}")
    try:
        yield s
    finally:
        s.close()
