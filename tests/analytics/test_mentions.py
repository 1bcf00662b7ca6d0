"""Mention search: each filter narrows to exactly the mentions it should; detail; CSV export."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from monitor.analytics.mentions import MentionFilter, count_matching, mention_detail, search_mentions, to_csv
from monitor.analytics.period import Period
from monitor.storage.store import Store
from tests.analytics.conftest import AMS, M, at, seed

WEEK = Period.days(date(2026, 11, 16), date(2026, 11, 22), AMS)


@pytest.fixture
def ids(store: Store) -> list[int]:
    return seed(store, [
        M(at(2026, 11, 16, 9), "negative", source="forum", language="nl", text="Levering duurde Lang",
          topics=[("delivery", "negative", -0.8)]),
        M(at(2026, 11, 17, 9), "positive", source="app", language="nb", text="Kjøpte sykkel, GØY å sykle",
          rating=5, rating_max=5, topics=[("product quality", "positive", 0.8)]),
        M(at(2026, 11, 18, 9), "neutral", source="app", language="en", text="ok bike", rating=6, rating_max=10),
        M(at(2026, 11, 19, 9), "negative", brand="Velora", source="forum", language="de", text="schlechte levering",
          rating=1, topics=[("delivery", "negative", -0.7), ("price", "negative", -0.5)]),
        M(at(2026, 11, 10, 9), "positive", source="forum", language="nl", text="top winkel"),  # the week before
        M(at(2026, 11, 20, 9), None, source="news", text="nieuws over levering"),  # not labelled
    ])


CASES = [
    ("everything", MentionFilter(), [5, 3, 2, 1, 0, 4]),
    ("brand", MentionFilter(brands=("Velora",)), [3]),
    ("two brands", MentionFilter(brands=["Velora", "Trapkracht"]), [5, 3, 2, 1, 0, 4]),
    ("source", MentionFilter(sources=("app",)), [2, 1]),
    ("language", MentionFilter(languages=("nl", "de")), [3, 0, 4]),
    ("sentiment", MentionFilter(sentiments=("negative",)), [3, 0]),
    ("unlabelled", MentionFilter(sentiments=("unlabelled",)), [5]),
    ("topic", MentionFilter(topics=("delivery",)), [3, 0]),
    ("topic any of", MentionFilter(topics=("price", "product quality")), [3, 1]),
    ("min stars", MentionFilter(min_rating=3), [2, 1]),  # 6 of 10 is 3 stars
    ("max stars", MentionFilter(max_rating=3), [3, 2]),
    ("star range", MentionFilter(min_rating=4, max_rating=5), [1]),
    ("period", MentionFilter(period=WEEK), [5, 3, 2, 1, 0]),
    ("text, any case", MentionFilter(text="LEVERING"), [5, 3, 0]),
    ("text, beyond ASCII", MentionFilter(text="gøy"), [1]),
    ("text with like wildcards", MentionFilter(text="%"), []),
    ("combined", MentionFilter(brands=("Trapkracht",), period=WEEK, sentiments=("negative", "positive"), text="e"), [1, 0]),
]


@pytest.mark.parametrize(("case", "flt", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_filter_narrows(store: Store, ids: list[int], case: str, flt: MentionFilter, expected: list[int]) -> None:
    rows = search_mentions(store, flt, limit=100)
    assert [r.id for r in rows] == [ids[i] for i in expected], "newest first"
    assert count_matching(store, flt) == len(expected)


def test_pages(store: Store, ids: list[int]) -> None:
    pages = [[r.id for r in search_mentions(store, MentionFilter(), limit=4, offset=o)] for o in (0, 4, 8)]
    assert pages == [[ids[5], ids[3], ids[2], ids[1]], [ids[0], ids[4]], []]


def test_rows_carry_what_the_table_shows(store: Store, ids: list[int]) -> None:
    (row,) = search_mentions(store, MentionFilter(brands=("Velora",)))
    assert (row.source, row.language, row.sentiment, row.score, row.confidence) == ("forum", "de", "negative", -0.8, 0.75)
    assert (row.rating, row.stars, row.topics) == (1.0, 1.0, ("delivery", "price"))
    (unrated,) = search_mentions(store, MentionFilter(sentiments=("unlabelled",)))
    assert (unrated.sentiment, unrated.stars, unrated.topics) == (None, None, ())


def test_detail_has_sentences_and_topic_sentiments(store: Store, ids: list[int]) -> None:
    detail = mention_detail(store, ids[3])
    assert detail is not None and detail.row.brand == "Velora"
    assert [(s.text, s.label, s.topics) for s in detail.sentences] == [("abc", "negative", ("delivery", "price"))]
    assert [(t.topic, t.sentiment, t.score) for t in detail.topics] == [("delivery", "negative", -0.7), ("price", "negative", -0.5)]
    assert (detail.model_version, detail.handled_at, detail.corrections) == ("v", None, [])
    assert mention_detail(store, 999999) is None
    bare = mention_detail(store, ids[5])
    assert bare is not None and (bare.sentences, bare.model_version) == ([], None)


def test_bad_filters_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        MentionFilter(sentiments=("angry",))
    with pytest.raises(ValueError, match="above max_rating"):
        MentionFilter(min_rating=4, max_rating=2)


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_cells_cannot_become_formulas(store: Store, evil: str) -> None:
    seed(store, [M(at(2026, 11, 16, 9), "negative", title=evil, text="x")])
    rows = search_mentions(store, MentionFilter())
    parsed = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert parsed[0]["title"] == "'" + evil
    assert parsed[0]["score"] == "-0.8", "numbers stay numbers"


def test_csv_round_trips_the_rows(store: Store, ids: list[int]) -> None:
    rows = search_mentions(store, MentionFilter(), limit=100)
    parsed = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert [int(p["id"]) for p in parsed] == [r.id for r in rows]
    velora = next(p for p in parsed if p["brand"] == "Velora")
    assert (velora["topics"], velora["stars"], velora["published_at"]) == ("delivery; price", "1.0", "2026-11-19T08:00:00+00:00")
    assert next(p for p in parsed if int(p["id"]) == ids[1])["text"].endswith("Kjøpte sykkel, GØY å sykle")
