"""The digest filled from a hand-made database through the analytics API (no model)."""

from __future__ import annotations

from datetime import date

from monitor.notify import daily
from monitor.notify.gather import gather
from monitor.storage.store import Store
from tests.notify.conftest import HOSTILE, NOW, add_mentions, demo_rows


def test_digest_reports_yesterday_against_the_day_and_week_before(config_for, store: Store) -> None:
    add_mentions(store, demo_rows())
    cfg = config_for({"top_mentions": 5, "chart_days": 14})
    digest = gather(store, cfg, date(2026, 12, 1), NOW)
    own = next(k for k in digest.kpis if k.own)
    assert own.brand == "Trapkracht"
    # 30 Nov: two negative, one positive; 29 Nov: one positive, one neutral.
    assert (own.day.volume, own.day.negative, own.day.positive) == (3, 2, 1)
    assert round(own.day.net_sentiment) == -33 and round(own.day_before.net_sentiment) == 50
    assert own.change("day", "volume") == 1
    # The week 24-30 Nov has 3 + 6 x 2 mentions; the week before (17-23 Nov) 4 days x 2 of the demo rows.
    assert own.week.volume == 15 and own.week_before.volume == 8
    assert digest.day_label == "30 Nov 2026, Europe/Amsterdam"
    velora = next(k for k in digest.kpis if k.brand == "Velora")
    assert velora.day.volume == 1 and not velora.own


def test_most_negative_first_with_only_web_links(config_for, store: Store) -> None:
    add_mentions(store, demo_rows())
    digest = gather(store, config_for({}), date(2026, 12, 1), NOW)
    assert [m.score for m in digest.negatives] == [-0.95, -0.7]
    assert digest.negatives[0].text == " ".join(HOSTILE.split()) and digest.negatives[0].url is None
    assert digest.negatives[1].url == "https://forum.example.org/t/1"


def test_complaints_oldest_first_and_chart_days(config_for, store: Store) -> None:
    add_mentions(store, demo_rows())
    digest = gather(store, config_for({"chart_days": 14}), date(2026, 12, 1), NOW)
    assert [c.text[:9] for c in digest.complaints] == ["Levering ", "<script>a"]
    assert digest.complaints[0].age == "26 hours"
    assert len(digest.chart) == 14 and digest.chart[-1].day == date(2026, 11, 30)
    assert (digest.chart[-1].negative, digest.chart[-1].positive) == (2, 1)
    assert sum(d.neutral for d in digest.chart) == 10


def test_due_date_follows_the_local_digest_time(config_for) -> None:
    from datetime import datetime, timezone

    cfg = config_for({"email": {"host": "h", "sender": "a@b.org", "recipients": ["c@d.org"], "digest_time": "08:00"}})
    # 06:59 UTC is 07:59 in Amsterdam (winter): not yet; 07:00 UTC is 08:00: due.
    assert daily.due_date(cfg, datetime(2026, 12, 1, 6, 59, tzinfo=timezone.utc)) is None
    assert daily.due_date(cfg, datetime(2026, 12, 1, 7, 0, tzinfo=timezone.utc)) == date(2026, 12, 1)
    # Summer time: 08:00 in Amsterdam is 06:00 UTC.
    assert daily.due_date(cfg, datetime(2026, 7, 1, 6, 0, tzinfo=timezone.utc)) == date(2026, 7, 1)
    # 23:30 UTC on 1 Dec is already 2 Dec in Amsterdam, before 08:00: not due, and the next time is 2 Dec 08:00.
    late = datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)
    assert daily.due_date(cfg, late) is None
    assert daily.next_digest_at(cfg, late) == datetime(2026, 12, 2, 7, 0, tzinfo=timezone.utc)


def test_a_stored_alert_is_in_the_digest_with_its_cause(config_for, store: Store) -> None:
    from datetime import timedelta

    from monitor.alerts.store import Alert, upsert
    from monitor.notify.digest import render_text

    add_mentions(store, demo_rows())
    cause = {"drivers": {"topics": [{"name": "delivery", "share_of_excess": 0.8}], "sources": [{"name": "reviews"}]},
             "terms": [{"term": "levering"}], "examples": [{"text": HOSTILE, "url": "https://x.org/2", "source": "reviews",
                                                          "published_at": (NOW - timedelta(hours=20)).isoformat()}]}
    draft = Alert(None, "Trapkracht|topic=delivery|negative_share|day", "Trapkracht", "topic", "delivery", None,
                  "negative_share", "day", NOW - timedelta(days=1, hours=8), NOW - timedelta(hours=8), 0.6, 0.1, "high",
                  9.5, cause)
    assert upsert(store, draft, timedelta(hours=48), NOW) is not None
    digest = gather(store, config_for({}), date(2026, 12, 1), NOW)
    (alert,) = digest.alerts
    assert alert.scope == "Trapkracht, topic delivery, share of negative mentions" and alert.figures == "60% observed, 10% expected"
    assert alert.drivers == ["topic delivery (80% of the excess)", "source reviews"] and alert.terms == ["levering"]
    assert alert.examples[0].url == "https://x.org/2" and alert.examples[0].published.startswith("30 Nov 2026")
    assert "HIGH Trapkracht, topic delivery, share of negative mentions" in render_text(digest)
