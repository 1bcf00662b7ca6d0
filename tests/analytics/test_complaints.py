"""The complaint queue: own brand's negative mentions, oldest first, with age; handled or not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.analytics.complaints import complaint_queue, count_complaints, mark_handled, mark_unhandled
from monitor.storage.store import ClassificationStore, Store
from tests.analytics.conftest import M, at, classification, seed

NOW = at(2026, 11, 20, 12)


@pytest.fixture
def ids(store: Store) -> list[int]:
    return seed(store, [
        M(at(2026, 11, 19, 8), "negative", source="app", url="https://example.org/1"),
        M(at(2026, 11, 17, 9), "negative"),
        M(at(2026, 11, 18, 10), "negative"),
        M(at(2026, 11, 16, 10), "positive"),
        M(at(2026, 11, 15, 10), "negative", brand="Velora"),
        M(at(2026, 11, 14, 10), None),
    ])


def test_oldest_first_with_age(store: Store, ids: list[int]) -> None:
    queue = complaint_queue(store, "Trapkracht", now=NOW)
    assert [c.mention_id for c in queue] == [ids[1], ids[2], ids[0]]
    assert [c.age for c in queue] == [timedelta(days=3, hours=3), timedelta(days=2, hours=2), timedelta(days=1, hours=4)]
    assert (queue[2].source, queue[2].url, queue[2].handled) == ("app", "https://example.org/1", False)
    assert count_complaints(store, "Trapkracht") == 3
    assert [c.mention_id for c in complaint_queue(store, "Trapkracht", now=NOW, limit=1, offset=1)] == [ids[2]]


def test_handled_leaves_the_queue_and_can_come_back(store: Store, ids: list[int]) -> None:
    mark_handled(store, ids[1], by="anna", note="called back", now=NOW)
    assert [c.mention_id for c in complaint_queue(store, "Trapkracht", now=NOW)] == [ids[2], ids[0]]
    everything = complaint_queue(store, "Trapkracht", now=NOW, include_handled=True)
    assert [(c.mention_id, c.handled_by, c.note, c.handled_at) for c in everything][0] == (ids[1], "anna", "called back", NOW)
    assert (count_complaints(store, "Trapkracht"), count_complaints(store, "Trapkracht", include_handled=True)) == (2, 3)
    mark_handled(store, ids[1], by="bram", now=NOW)  # handled twice: the last one is kept
    assert complaint_queue(store, "Trapkracht", now=NOW, include_handled=True)[0].handled_by == "bram"
    assert mark_unhandled(store, ids[1]) is True
    assert mark_unhandled(store, ids[1]) is False
    assert complaint_queue(store, "Trapkracht", now=NOW)[0].mention_id == ids[1]


def test_a_relabelled_mention_leaves_the_queue(store: Store, ids: list[int]) -> None:
    ClassificationStore(store, "v2").save([classification(ids[2], M(at(2026, 11, 18, 10), "positive"), "v2")])
    assert [c.mention_id for c in complaint_queue(store, "Trapkracht", now=NOW)] == [ids[1], ids[0]]


def test_unknown_mention_is_refused(store: Store, ids: list[int]) -> None:
    with pytest.raises(KeyError, match="mention 999999 does not exist"):
        mark_handled(store, 999999)


def test_the_queue_can_be_limited_to_a_period(store: Store, ids: list[int]) -> None:
    """The dashboard's queue follows the sidebar's period: local days, the end day included."""
    from zoneinfo import ZoneInfo

    from monitor.analytics.period import Period

    period = Period.days(at(2026, 11, 18, 0).date(), at(2026, 11, 19, 0).date(), ZoneInfo("Europe/Amsterdam"))
    assert [c.mention_id for c in complaint_queue(store, "Trapkracht", now=NOW, period=period)] == [ids[2], ids[0]]
    assert count_complaints(store, "Trapkracht", period=period) == 2
    mark_handled(store, ids[2], now=NOW)
    assert count_complaints(store, "Trapkracht", period=period) == 1
    assert count_complaints(store, "Trapkracht", include_handled=True, period=period) == 2
