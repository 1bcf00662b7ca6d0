"""The Mentions page's filters live in the URL: a shared link opens the same search, and a
changed filter changes the link. Unknown values in a link are dropped, never an error."""

from __future__ import annotations

import pytest

from dashboard.mention_query import LISTS, MentionQuery, differences, parse
from monitor.analytics.mentions import MentionFilter, count_matching, search_mentions
from monitor.analytics.period import Period
from monitor.storage.store import Store
from tests.dashboard.apptest import frame, open_app
from tests.dashboard.seed import Seeded

CHOICES = {"m_sources": ["forum", "trustpilot"], "m_languages": ["nl", "nb"],
           "m_sentiments": ["negative", "neutral", "positive"], "m_topics": ["price and value", "delivery, stock and waiting time"]}


def test_a_query_round_trips_and_keeps_only_what_the_page_offers() -> None:
    wanted = MentionQuery({"m_sources": ["forum"], "m_languages": [], "m_sentiments": ["negative"],
                           "m_topics": ["price and value", "delivery, stock and waiting time"]}, (1.0, 2.5), "levering")
    assert parse(wanted.to_params(), CHOICES) == wanted
    odd = parse({"source": ["forum", "gone-source"], "language": "xx", "topic": "delivery", "stars": "2-1", "q": "  x  "}, CHOICES)
    assert odd.lists == {"m_sources": ["forum"], "m_languages": [], "m_sentiments": [], "m_topics": []}
    assert (odd.stars, odd.text) == (None, "x")


@pytest.mark.parametrize("stars", ["0-5", "1-6", "1.3-2", "abc", "5-1", ""])
def test_a_malformed_star_range_means_no_rating_filter(stars: str) -> None:
    assert parse({"stars": stars}, CHOICES).stars is None


def test_differences_touch_only_what_changed() -> None:
    current = {"brands": "A", "source": "forum", "q": "old", "sentiment": "negative"}
    to_set, to_remove = differences(current, MentionQuery({**{k: [] for k in LISTS}, "m_sources": ["forum"]}, (1.0, 2.0), ""))
    assert to_set == {"stars": "1-2"}
    assert sorted(to_remove) == ["q", "sentiment"]


def _period(seeded: Seeded) -> Period:
    return Period.last_days(30, seeded.config.analytics.zone)


def _caption(at) -> str:  # type: ignore[no-untyped-def]
    return next(m.value for m in at.markdown if "mentions match" in m.value)


@pytest.mark.parametrize("query, narrow", [
    ({"sentiment": "negative", "source": "forum"}, {"sentiments": ("negative",), "sources": ("forum",)}),
    ({"q": "levering", "stars": "1-2"}, {"text": "levering", "min_rating": 1.0, "max_rating": 2.0}),
])
def test_a_shared_link_opens_the_same_search(demo: tuple[Seeded, Store], query: dict[str, str], narrow: dict) -> None:
    seeded, store = demo
    at = open_app(query=query, page="mentions")
    base = {"brands": tuple(b.name for b in seeded.config.brands), "period": _period(seeded)}
    flt = MentionFilter(**base, **narrow)
    expected = count_matching(store, flt)
    assert 0 < expected < count_matching(store, MentionFilter(**base)), "the link narrows the demo"
    assert _caption(at).startswith(f"**{expected:,} mentions match**")
    assert list(frame(at, "published", "text")["id"]) == [r.id for r in search_mentions(store, flt, limit=100)]


def test_changing_a_filter_changes_the_link(demo: tuple[Seeded, Store]) -> None:
    at = open_app(page="mentions")
    assert "sentiment" not in at.query_params
    at.multiselect(key="m_sentiments").set_value(["negative", "neutral"]).run()
    at.checkbox(key="m_rated").check().run()
    assert list(at.query_params["sentiment"]) == ["negative", "neutral"]
    assert at.query_params["stars"] in ("1-5", ["1-5"])
    at.multiselect(key="m_sentiments").set_value([]).run()
    assert "sentiment" not in at.query_params
    assert "period" in at.query_params, "the global filters stay in the link"
