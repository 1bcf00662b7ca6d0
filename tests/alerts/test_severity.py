"""Severity: a small pure rule with config-driven thresholds, and the words shown beside an alert."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from monitor.alerts.config import AlertsConfig
from monitor.alerts.detect import severity
from monitor.alerts.severity import SeverityRule, explain
from monitor.alerts.spikes import Incident
from monitor.notify.digest import AlertLine, render_alert

T = datetime(2026, 11, 18, tzinfo=timezone.utc)


def incident(observed: float, expected: float, score: float, count: int, metric: str = "negative_count") -> Incident:
    return Incident(metric, "day", T, T + timedelta(days=3), observed, expected, score, 3, T + timedelta(days=1),
                    count, 3 * count)


@pytest.mark.parametrize(("observed", "expected", "score", "count", "grade"), [
    (27.0, 9.0, 4.0, 27, "medium"),  # 3x the usual, 20+ negatives: medium even at a modest p-value
    (60.0, 2.3, 3.0, 60, "medium"),
    (20.0, 6.6, 2.0, 20, "medium"),  # exactly 3x and exactly 20
    (19.0, 6.0, 4.0, 19, "low"),  # 19 negatives: not large
    (25.0, 10.0, 4.0, 25, "low"),  # 2.5x: not large
    (12.0, 5.0, 6.5, 12, "medium"),  # the score rule
    (40.0, 10.0, 9.5, 40, "high"),
    (25.0, 10.0, 9.5, 25, "medium"),  # very unlikely but only 2.5x: not high
])
def test_grades(observed: float, expected: float, score: float, count: int, grade: str) -> None:
    assert severity(incident(observed, expected, score, count), AlertsConfig()) == grade


def test_a_positive_share_drop_is_not_graded_by_negative_count() -> None:
    drop = incident(0.1, 0.5, 4.0, 30, metric="positive_share")  # count is positives here
    assert severity(drop, AlertsConfig()) == "low"


def test_the_thresholds_come_from_the_config() -> None:
    cfg = AlertsConfig(medium_score=3.0, high_score=3.5)
    assert severity(incident(25.0, 10.0, 4.0, 25), cfg) == "medium"
    assert severity(incident(40.0, 10.0, 4.0, 40), cfg) == "high"
    stricter = replace(SeverityRule(), large_negative=50)
    assert stricter.grade(4.0, 3.0, 27) == "low" and SeverityRule().grade(4.0, 3.0, 27) == "medium"


def test_the_rule_in_words_names_its_thresholds() -> None:
    words = SeverityRule().words()
    assert "3× the usual with 20 or more negative mentions" in words
    assert "1 in 1,000,000" in words and "1 in 1,000,000,000" in words


def test_explain_says_why_then_the_rule() -> None:
    cause = {"count": 27, "severity_rule": SeverityRule().words()}
    text = explain("medium", "negative_count", 27.0, 2.3, cause)
    assert text.startswith("Medium: 11.7× the usual with 27 negative mentions. High: at least 3×")
    assert explain("low", "positive_share", 0.2, 0.5, {}) == "Low: positive share 2.5× below the usual."


def test_the_alert_e_mail_shows_the_rule() -> None:
    rule = SeverityRule().words()
    line = AlertLine(3, "medium", "Trapkracht, topic delivery", "18 Nov - 20 Nov", 27, 2.3,
                     severity_reason=explain("medium", "negative_count", 27, 2.3, {"count": 27, "severity_rule": rule}))
    _subject, text, html = render_alert(line)
    assert "severity: Medium: 11.7× the usual with 27 negative mentions" in text and rule in text
    assert "11.7× the usual" in html and "20 or more negative mentions" in html
