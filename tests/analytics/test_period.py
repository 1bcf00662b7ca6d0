from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.analytics.period import Period
from tests.analytics.conftest import AMS, at

HOUR = timedelta(hours=1)


def test_last_days_are_whole_local_days_ending_today_across_a_dst_change() -> None:
    week = Period.last_days(7, AMS, now=datetime(2026, 10, 28, 9, tzinfo=timezone.utc))
    assert (week.start, week.end) == (at(2026, 10, 22), at(2026, 10, 29))
    assert week.duration == 169 * HOUR, "summer time ended on 25 October: that day had 25 hours"
    assert week.n_days == 7 and week.aligned
    before = week.previous()
    assert (before.start, before.end) == (at(2026, 10, 15), at(2026, 10, 22))
    assert before.duration == 168 * HOUR


def test_today_is_the_local_date_not_the_utc_one() -> None:
    late = datetime(2026, 11, 20, 23, 30, tzinfo=timezone.utc)  # already 21 November in Amsterdam
    assert Period.last_days(1, AMS, now=late) == Period.day(date(2026, 11, 21), AMS)


def test_a_spring_day_has_23_hours() -> None:
    day = Period.day(date(2026, 3, 29), AMS)
    assert day.duration == 23 * HOUR


@pytest.mark.parametrize(("period", "label"), [
    (Period.days(date(2026, 11, 24), date(2026, 11, 30), AMS), "24 Nov - 30 Nov 2026, Europe/Amsterdam"),
    (Period.days(date(2025, 12, 29), date(2026, 1, 4), AMS), "29 Dec 2025 - 4 Jan 2026, Europe/Amsterdam"),
    (Period.day(date(2026, 10, 25), AMS), "25 Oct 2026, Europe/Amsterdam"),
    (Period(at(2026, 11, 1, 10, 30), at(2026, 11, 1, 12), AMS), "01 Nov 2026 10:30 - 01 Nov 2026 12:00, Europe/Amsterdam"),
])
def test_label_names_the_days_and_the_zone(period: Period, label: str) -> None:
    assert period.label() == label


def test_previous_of_a_partial_period_is_the_same_duration() -> None:
    p = Period(at(2026, 11, 1, 10, 30), at(2026, 11, 1, 12), AMS)
    assert not p.aligned
    assert p.previous() == Period(at(2026, 11, 1, 9), at(2026, 11, 1, 10, 30), AMS)
    over_dst = Period(at(2026, 10, 24, 12), at(2026, 10, 25, 12), AMS)  # 25 hours
    assert over_dst.previous().duration == timedelta(hours=25)
    assert over_dst.previous().end == over_dst.start


def test_bad_periods_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Period(datetime(2026, 1, 1), datetime(2026, 1, 2), AMS)
    with pytest.raises(ValueError, match="not after start"):
        Period(at(2026, 1, 2), at(2026, 1, 1), AMS)
    with pytest.raises(ValueError, match="at least 1"):
        Period.last_days(0, AMS)


def test_instants_are_shown_in_the_period_zone() -> None:
    p = Period(datetime(2026, 11, 15, 23, tzinfo=timezone.utc), datetime(2026, 11, 16, 23, tzinfo=timezone.utc), AMS)
    assert p == Period.day(date(2026, 11, 16), AMS) and p.start.tzinfo is AMS
