"""detect_alerts on a real SQLite store: the alert, its cause, upserts, acknowledgement, the CLI."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import yaml
from typer.testing import CliRunner

from monitor.alerts import acknowledge, detect_alerts, get_alert, list_alerts
from monitor.cli import app
from monitor.storage.store import Store
from tests.alerts.helpers import DELIVERY, NOW, History, config

INCIDENT = ["Mijn pakket is kwijt, vertraging zonder uitleg", "Weer vertraging, pakket nog steeds niet geleverd",
            "Geen track en trace, pakket zoek", "Levering uitgesteld, vertraging en geen antwoord"]


def build(tmp_path: Path, incident_days: int = 3) -> tuple[Store, History]:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    history = History(store)
    history.background("Trapkracht", 80, 20)
    history.background("Velora", 80, 3)
    for d in range(incident_days):  # ten extra negative delivery mentions a day, mostly on the forum
        day = NOW - timedelta(days=5 - d)
        for i in range(10):
            at = day.replace(hour=9 + i, minute=5)
            history.add("Trapkracht", "forum" if i % 5 else "reviews", at, "negative", DELIVERY,
                        INCIDENT[i % 4] + f" (order {d}{i})", confidence=0.5 + i / 40)
    history.flush()
    return store, history


def test_the_incident_is_an_alert_on_its_topic_with_its_cause(tmp_path: Path) -> None:
    store, _ = build(tmp_path)
    alerts = detect_alerts(store, config(tmp_path / "a.db"), NOW)
    topic = [a for a in alerts if a.scope == "topic"]
    assert [a.topic for a in topic] == [DELIVERY]
    assert all(a.brand == "Trapkracht" for a in alerts), "the quiet brand has no alert"
    assert not [a for a in alerts if a.scope == "source"], "the forum's share is in the cause, not a second alert"
    alert = topic[0]
    assert alert.started_at <= NOW - timedelta(days=5) and alert.ended_at >= NOW - timedelta(days=3)
    assert alert.observed >= 30 > 3 * alert.expected and alert.change == "new"
    cause = alert.cause
    assert cause["scope"]["topic"] == DELIVERY and cause["observed"] == round(alert.observed, 4)
    assert cause["drivers"]["sources"][0]["name"] == "forum" and cause["drivers"]["sources"][0]["share_of_excess"] > 0.5
    assert {"vertraging", "pakket"} <= {t["term"] for t in cause["terms"]}
    assert not {t["term"] for t in cause["terms"]} & {"de", "van", "en"}, "stopwords are dropped"
    examples = cause["examples"]
    assert len(examples) == 5 and all(e["url"].startswith("https://") for e in examples)
    assert [e["confidence"] for e in examples] == sorted((e["confidence"] for e in examples), reverse=True)


def test_running_detection_twice_stores_nothing_twice(tmp_path: Path) -> None:
    store, _ = build(tmp_path)
    cfg = config(tmp_path / "a.db")
    first = detect_alerts(store, cfg, NOW)
    assert first
    assert detect_alerts(store, cfg, NOW) == []
    assert len(list_alerts(store)) == len(first)


def test_an_ongoing_incident_updates_its_alert(tmp_path: Path) -> None:
    store, history = build(tmp_path)
    cfg = config(tmp_path / "a.db")
    (before,) = [a for a in detect_alerts(store, cfg, NOW) if a.scope == "topic"]
    for i in range(12):  # the incident goes on today
        history.add("Trapkracht", "forum", NOW + timedelta(hours=i), "negative", DELIVERY, INCIDENT[i % 4])
    history.flush()
    later = NOW + timedelta(hours=13)
    (after,) = [a for a in detect_alerts(store, cfg, later) if a.scope == "topic"]
    assert after.id == before.id and after.change == "updated"
    assert after.ended_at > before.ended_at and after.observed > before.observed
    assert len([a for a in list_alerts(store) if a.scope == "topic"]) == 1


def test_acknowledge_and_filters(tmp_path: Path) -> None:
    store, _ = build(tmp_path)
    (alert, *_) = detect_alerts(store, config(tmp_path / "a.db"), NOW)
    acked = acknowledge(store, alert.id, by="anna")
    assert acked.status == "acknowledged" and acked.acknowledged_by == "anna"
    assert get_alert(store, alert.id).status == "acknowledged"
    assert [a.id for a in list_alerts(store, status="acknowledged")] == [alert.id]
    assert list_alerts(store, brand="Velora") == []
    assert list_alerts(store, since=NOW + timedelta(days=30)) == []
    assert get_alert(store, 999) is None


def test_alerts_json_command(tmp_path: Path) -> None:
    store, _ = build(tmp_path)
    detect_alerts(store, config(tmp_path / "a.db"), NOW)
    store.close()
    cfg_file = tmp_path / "config.yaml"
    cfg_file.write_text(yaml.safe_dump({"brands": [{"name": "Trapkracht", "own": True}, {"name": "Velora"}],
                                        "storage": {"url": f"sqlite:///{tmp_path / 'a.db'}"}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["alerts", "--json", "--no-detect", "--config", str(cfg_file)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    topics = [a for a in payload["alerts"] if a["scope"] == "topic"]
    assert topics[0]["topic"] == DELIVERY and topics[0]["cause"]["examples"]
    bad = CliRunner().invoke(app, ["alerts", "--since", "yesterday", "--no-detect", "--config", str(cfg_file)])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
