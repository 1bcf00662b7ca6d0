"""The Alerts page (an alert stored by the alerts' own functions) and the Check page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dashboard.checking import InputError, classified_csv, read_csv_upload
from monitor.alerts.cause import build_cause
from monitor.alerts.severity import SeverityRule
from monitor.alerts.store import Alert, get_alert, list_alerts, upsert
from monitor.analytics.series import Scope, sentiment_series
from monitor.cli_model import MAX_CHECK_CHARS
from monitor.storage.store import Store
from tests.dashboard.apptest import chart_data, chart_title, charts, copy_seeded, frame, open_app, texts
from tests.dashboard.seed import Seeded


@pytest.fixture
def with_alert(demo_db: Seeded, use_config, tmp_path: Path) -> Iterator[tuple[Seeded, Store, Alert]]:  # type: ignore[no-untyped-def]
    """A copy of the demo with one open alert on Trapkracht's last three days, its cause built from the data."""
    seeded = use_config(copy_seeded(demo_db, tmp_path / "copy"))
    store = seeded.store()
    end = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    start = end - timedelta(days=3)
    draft = Alert(None, "Trapkracht|brand|negative_count|day", "Trapkracht", "brand", None, None, "negative_count",
                  "day", start, end, observed=9.0, expected=2.5, severity="high", score=9.5,
                  cause=build_cause(store, Scope("Trapkracht"), start, end, 8,
                                    {"metric": "negative_count", "count": 9, "severity_rule": SeverityRule().words()}))
    stored = upsert(store, draft, timedelta(hours=48), end)
    assert stored is not None
    try:
        yield seeded, store, stored
    finally:
        store.close()


def test_alerts_page_shows_the_alert_its_cause_and_the_spike(with_alert: tuple[Seeded, Store, Alert]) -> None:
    seeded, store, alert = with_alert
    at = open_app(page="alerts")
    table = frame(at, "severity", "what")
    assert list(table["id"]) == [a.id for a in list_alerts(store, status="open")]
    assert at.subheader[0].value == f"High: {alert.label}"
    examples = alert.cause["examples"]
    assert examples, "the demo has negative mentions in the last days"
    shown = texts(at)
    assert all(e["text"] in shown for e in examples)
    spike = charts(at)[0]
    assert "per day" in chart_title(spike)["text"] and any("(count)" in s for s in chart_title(spike)["subtitle"])
    zone = seeded.config.analytics.zone
    series = sentiment_series(store, Scope("Trapkracht"), alert.started_at - timedelta(days=10),
                              min(alert.ended_at + timedelta(days=10) / 3, datetime.now(timezone.utc)), "day", zone)
    bars = next(d for d in chart_data(spike) if "negative" in d.columns)
    assert list(bars["negative"]) == [b.negative for b in series]


def test_the_severity_rule_is_shown_in_words_beside_the_alert(with_alert: tuple[Seeded, Store, Alert]) -> None:
    at = open_app(page="alerts")
    captions = [c.value for c in at.caption]
    assert any(c.startswith("High: 3.6× the usual with 9 negative mentions.") and SeverityRule().words() in c
               for c in captions), captions


def test_acknowledge_an_alert(with_alert: tuple[Seeded, Store, Alert]) -> None:
    _, store, alert = with_alert
    at = open_app(page="alerts")
    at.text_input(key="alert_ack_by").input("Chris")
    at.button[[b.label for b in at.button].index("Acknowledge")].click().run()
    assert not at.exception
    stored = get_alert(store, alert.id)
    assert (stored.status, stored.acknowledged_by) == ("acknowledged", "Chris")
    assert any("No open alerts" in s.value for s in at.success), "the open list no longer shows it"
    at.button_group(key="alerts_status").set_value("acknowledged").run()
    assert any("Acknowledged" in c.value and "Chris" in c.value for c in at.caption)


def test_overview_lists_open_alerts(with_alert: tuple[Seeded, Store, Alert]) -> None:
    _, _, alert = with_alert
    at = open_app()
    assert list(frame(at, "severity", "what")["what"]) == [alert.label]


def test_check_refuses_a_text_over_the_limit_without_loading_the_model(demo_db: Seeded, use_config) -> None:  # type: ignore[no-untyped-def]
    use_config(demo_db)
    at = open_app(page="check")
    at.text_area(key="check_text").input("x" * (MAX_CHECK_CHARS + 1))
    at.button(key="check_run").click().run()
    assert [w.value for w in at.warning] == [
        f"This text has {MAX_CHECK_CHARS + 1:,} characters; the limit is {MAX_CHECK_CHARS:,}. Check a shorter part of it."]
    assert not at.metric


def test_check_refuses_a_binary_upload(demo_db: Seeded, use_config) -> None:  # type: ignore[no-untyped-def]
    use_config(demo_db)
    at = open_app(page="check")
    at.file_uploader(key="check_csv").upload("sheet.csv", b"PK\x03\x04\x00\x00binary", "text/csv").run()
    assert any("binary file, not a CSV" in w.value for w in at.warning)


@pytest.mark.parametrize("content, message", [
    (b"text\nCaf\xe9 was goed\n", "not UTF-8"),  # Latin-1
    (b"text\n\x00\x01\x02", "binary file"),
    (b"text\n", "no rows found"),
    (b"", "no rows found"),
    (("text\n" + "y" * (MAX_CHECK_CHARS + 1) + "\n").encode(), "row 2 has over"),
])
def test_bad_csv_uploads_get_one_clear_message(content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_csv_upload("in.csv", content).texts("text")


def test_classified_csv_keeps_the_columns_and_adds_the_results(tiny_classifier) -> None:  # type: ignore[no-untyped-def]
    table = read_csv_upload("in.csv", "id;text\n1;De fiets is top\n2;Slechte service, nooit meer\n".encode())
    assert table.default_column() == "text"
    results = tiny_classifier.classify(table.texts("text"))
    rows = list(csv.DictReader(io.StringIO(classified_csv(table, results))))
    assert list(rows[0]) == ["id", "text", "language", "sentiment", "score", "confidence", "topics"]
    assert [r["id"] for r in rows] == ["1", "2"] and rows[1]["text"] == "Slechte service, nooit meer"
    assert [r["sentiment"] for r in rows] == [r.sentiment.label for r in results]
    assert [float(r["score"]) for r in rows] == pytest.approx([r.sentiment.score for r in results], abs=1e-4)
    assert json.loads(rows[0]["topics"]) == {t.name: t.sentiment.label for t in results[0].topics}


@pytest.mark.slow
def test_check_page_shows_what_the_model_says(demo_db: Seeded, use_config) -> None:  # type: ignore[no-untyped-def]
    """The real embedded model, loaded once through the page's cache_resource loader."""
    from models.classifier import Classifier
    from monitor.config import topic_specs
    from monitor.display import language_name

    use_config(demo_db)
    text = "De fiets is top, maar de levering duurde drie weken. De klantenservice reageerde niet."
    at = open_app(page="check")
    at.text_area(key="check_text").input(text)
    at.button(key="check_run").click().run(timeout=180)
    assert not at.exception
    expected = Classifier(demo_db.config.model.settings(), topic_specs(demo_db.config.topics)).load().classify([text])[0]
    shown = {m.label: m.value for m in at.metric}
    assert shown["Language"] == language_name(expected.language.code) == "Dutch"
    assert shown["Sentiment"] == expected.sentiment.label
    assert shown["Confidence"] == f"{expected.sentiment.confidence:.0%}"
    assert list(frame(at, "sentence", "sentiment")["sentence"]) == [s.text for s in expected.sentences]
