"""The watermark walk on its own: first runs are bounded, later runs read back to the watermark."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.collectors.base import MentionRecord, SourceState
from monitor.collectors.paging import Limits, Walk, Watermark, take_new, walk_batch

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
    # id-90, at the watermark's own time, is handed over again: the store counts it as seen.
    assert [r.external_key for r in taken] == ["id-0", "id-20", "id-45", "id-60", "id-89", "id-90"]


def test_the_watermark_never_passes_the_fetch_time() -> None:
    future = MentionRecord("future", "dated 2099", published_at=datetime(2099, 1, 1, tzinfo=timezone.utc))
    mark = Watermark().advance([future, *records([1])], now=NOW)
    assert mark.newest == NOW
    # A post written an hour after that fetch is still new to the next run.
    later = MentionRecord("later", "next hour", published_at=NOW + timedelta(hours=1))
    assert [r.external_key for r in take_new([[later, future]], mark, 30, 100, NOW + timedelta(hours=2))] == [
        "later", "future"]


def test_the_overlap_window_reads_back_behind_the_watermark() -> None:
    mark = Watermark().advance(records([0]), now=NOW)
    late = records([0, 1]) + [MentionRecord("late", "indexed late", published_at=NOW - timedelta(hours=2))]
    late.sort(key=lambda r: r.published_at, reverse=True)
    taken = take_new([late], mark, 30, 100, NOW, overlap=timedelta(hours=3))
    assert [r.external_key for r in taken] == ["id-0", "late"]  # id-1 is a day old: below the floor


def _pages(per_page: int, pages: int):
    """An endless-looking API: `pages` pages of `per_page` records, newest first, token = next page."""
    def walk(start: str | None):
        first = int(start or 0)
        for page in range(first, pages):
            recs = [MentionRecord(f"p{page}-{i}", "x", published_at=NOW - timedelta(minutes=page * per_page + i))
                    for i in range(per_page)]
            yield recs, str(page + 1) if page + 1 < pages else None
    return walk


def test_a_capped_run_keeps_its_place_and_the_next_continues() -> None:
    limits = Limits(backfill_days=30, backfill_max=10_000, max_items=1000, max_pages=3, overlap=timedelta(0))
    state, keys = SourceState(), []
    for _ in range(3):
        batch = walk_batch(_pages(10, 8), state, limits, now=NOW)
        keys += [r.external_key for page in batch.iter_pages() for r in page]
        state = batch.state
    assert len(keys) == len(set(keys)) == 80  # 3 + 3 + 2 pages: every page once, none lost
    mark = Watermark.load(state.cursor)
    assert mark.resume is None and mark.newest == NOW  # the pass finished: the watermark moved
    again = walk_batch(_pages(10, 8), state, limits, now=NOW)
    assert [r.external_key for r in again.records] == ["p0-0"]  # only the item at the watermark, as seen


def test_later_runs_are_capped_in_items_too() -> None:
    limits = Limits(backfill_days=30, backfill_max=10_000, max_items=25, max_pages=100, overlap=timedelta(0))
    mark = Watermark(newest=NOW - timedelta(days=2))
    walk = Walk(_pages(10, 100), mark, limits, NOW)
    assert sum(len(p) for p in walk) == 30 and walk.capped  # stops after the page that reaches the cap
    assert walk.watermark().newest == mark.newest and walk.watermark().resume == "3"


def test_a_resume_token_the_api_refuses_restarts_the_walk_from_the_top() -> None:
    from monitor.collectors.base import SourceUnavailable

    def pages(start: str | None):
        if start == "stale":
            raise SourceUnavailable("cursor expired")
        yield records([0, 1]), None

    limits = Limits(max_pages=5, overlap=timedelta(0))
    walk = Walk(pages, Watermark(newest=NOW - timedelta(days=2), resume="stale"), limits, NOW)
    assert [r.external_key for page in walk for r in page] == ["id-0", "id-1"]
    assert walk.watermark().resume is None and walk.watermark().newest == NOW
