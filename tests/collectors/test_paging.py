"""The watermark walk on its own: first runs are bounded, later runs read back to the watermark."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.collectors.base import MentionRecord
from monitor.collectors.paging import Watermark, take_new

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


def records(days_ago: list[int]) -> list[MentionRecord]:
    return [MentionRecord(f"id-{d}", f"text {d}", published_at=NOW - timedelta(days=d)) for d in days_ago]


def test_first_run_stops_at_the_backfill_age_and_count() -> None:
    pages = [records([0, 1, 2]), records([40, 41])]
    assert [r.external_key for r in take_new(pages, Watermark(), 30, 100, NOW)] == ["id-0", "id-1", "id-2"]
    assert len(take_new([records([0, 1, 2, 3])], Watermark(), 30, 2, NOW)) == 2


def test_a_later_run_reads_everything_since_the_watermark_however_long_the_gap() -> None:
    mark = Watermark().advance(records([90]))
    pages = [records([0, 20, 45]), records([60, 89, 90, 91])]
    taken = take_new(pages, mark, backfill_days=30, limit=2, now=NOW)
    assert [r.external_key for r in taken] == ["id-0", "id-20", "id-45", "id-60", "id-89"]
