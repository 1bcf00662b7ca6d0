"""The Mentions page: filters give what search_mentions gives; one mention's detail; label
corrections become feedback; the complaint queue; the CSV export; markup and links stay inert."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.safety import safe_link
from monitor.analytics.complaints import complaint_queue, count_complaints
from monitor.analytics.feedback import feedback_examples
from monitor.analytics.mentions import MentionFilter, count_matching, mention_detail, search_mentions, title_length
from monitor.analytics.period import Period
from monitor.storage.store import Store
from tests.dashboard.apptest import copy_seeded, frame, metric, open_app, texts
from tests.dashboard.seed import EVIL_TEXT, EVIL_URL, Seeded


@pytest.fixture
def writable(demo_db: Seeded, use_config, tmp_path: Path) -> Iterator[tuple[Seeded, Store]]:  # type: ignore[no-untyped-def]
    """A private copy of the demo, for tests that write."""
    seeded = use_config(copy_seeded(demo_db, tmp_path / "copy"))
    store = seeded.store()
    try:
        yield seeded, store
    finally:
        store.close()


def _period(seeded: Seeded) -> Period:
    return Period.last_days(30, seeded.config.analytics.zone)


def _match_caption(at) -> str:  # type: ignore[no-untyped-def]
    return next(m.value for m in at.markdown if "mentions match" in m.value)


def test_unfiltered_search_is_the_period_and_brands(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    flt = MentionFilter(brands=tuple(b.name for b in seeded.config.brands), period=_period(seeded))
    at = open_app(page="mentions")
    assert _match_caption(at).startswith(f"**{count_matching(store, flt):,} mentions match**")
    table = frame(at, "published", "text")
    assert list(table["id"]) == [r.id for r in search_mentions(store, flt, limit=100)]


@pytest.mark.parametrize("widget, choice, field", [
    ("m_sentiments", ["negative"], "sentiments"),
    ("m_sources", ["forum"], "sources"),
    ("m_languages", ["nb"], "languages"),
    ("m_brands", ["Velora"], "brands"),
])
def test_each_filter_narrows_like_the_analytics(demo: tuple[Seeded, Store], widget: str, choice: list[str], field: str) -> None:
    seeded, store = demo
    at = open_app(page="mentions")
    at.multiselect(key=widget).set_value(choice).run()
    base = {"brands": tuple(b.name for b in seeded.config.brands), "period": _period(seeded)}
    flt = MentionFilter(**{**base, field: tuple(choice)})
    expected = count_matching(store, flt)
    assert 0 < expected < count_matching(store, MentionFilter(**base)), "the filter narrows the demo"
    assert _match_caption(at).startswith(f"**{expected:,} mentions match**")
    assert list(frame(at, "published", "text")["id"]) == [r.id for r in search_mentions(store, flt, limit=100)]


def test_free_text_and_rating_filters(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    at = open_app(page="mentions")
    at.text_input(key="m_text").input("levering").run()
    at.checkbox(key="m_rated").check().run()
    at.slider(key="m_stars").set_range(1.0, 2.0).run()
    flt = MentionFilter(brands=tuple(b.name for b in seeded.config.brands), period=_period(seeded), text="levering",
                        min_rating=1.0, max_rating=2.0)
    rows = search_mentions(store, flt, limit=100)
    assert rows, "the demo has badly rated mentions about delivery"
    assert _match_caption(at).startswith(f"**{count_matching(store, flt):,} mentions match**")
    shown = frame(at, "published", "text")
    assert list(shown["id"]) == [r.id for r in rows]
    assert all(s <= 2.0 for s in shown["stars"])


def test_one_mention_shows_its_sentence_breakdown(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    flt = MentionFilter(brands=tuple(b.name for b in seeded.config.brands), period=_period(seeded))
    rows = search_mentions(store, flt, limit=100)
    # A mention whose title the model read before its text: the title is shown once, above the breakdown.
    detail = next(d for d in (mention_detail(store, r.id) for r in rows)
                  if d is not None and len(d.body_sentences()) > 1 and title_length(d.row.title, d.row.text))
    at = open_app(page="mentions")
    at.selectbox(key="m_pick").select(detail.row.id).run()
    assert detail.row.text in texts(at)
    assert texts(at).count(detail.row.title) == 1
    sentences = frame(at, "sentence", "sentiment")
    body_start = title_length(detail.row.title, detail.row.text)
    assert list(sentences["sentence"]) == [s.text for s in detail.sentences if s.start >= body_start]
    assert len(sentences) < len(detail.sentences), "the title's sentences are not repeated"
    assert list(sentences["sentiment"]) == [s.label for s in detail.body_sentences()]
    assert detail.row.title.strip() not in list(sentences["sentence"])
    assert metric(at, "Sentiment").value == detail.row.sentiment
    assert metric(at, "Confidence").value == f"{detail.row.confidence:.0%}"


def test_a_label_correction_is_stored_as_feedback(writable: tuple[Seeded, Store]) -> None:
    _, store = writable
    at = open_app(page="mentions")
    mention_id = at.selectbox(key="m_pick").value
    model_label = mention_detail(store, mention_id).row.sentiment
    new_label = next(label for label in ("negative", "positive", "neutral") if label != model_label)
    # Widgets in a form count when the form is submitted: set them, then submit, in one run.
    at.selectbox(key="m_detail_label").select(new_label)
    at.text_input(key="m_detail_who").input("Anne")
    at.button[[b.label for b in at.button].index("Save correction")].click().run()
    assert not at.exception
    (example,) = feedback_examples(store)
    assert (example.mention_id, example.label, example.model_label, example.created_by) == \
        (mention_id, new_label, model_label, "Anne")
    assert any(new_label in t for t in texts(at)), "the page says the mention was corrected"


def test_the_complaint_queue_and_marking_one_handled(writable: tuple[Seeded, Store]) -> None:
    seeded, store = writable
    period = _period(seeded)
    waiting = count_complaints(store, "Trapkracht", period=period)
    assert waiting < count_complaints(store, "Trapkracht"), "the demo has older complaints, outside the period"
    oldest = complaint_queue(store, "Trapkracht", limit=200, period=period)
    at = open_app(page="mentions")
    label = f"Complaints about Trapkracht waiting, {period.label()}"
    assert metric(at, label).value == f"{waiting:,}"
    assert any(period.label() in t and "sidebar" in t for t in texts(at)), "the queue says which period it shows"
    assert list(frame(at, "age", "text")["id"]) == [c.mention_id for c in oldest]
    first = at.selectbox(key="queue_pick").value
    assert first == oldest[0].mention_id, "oldest first"
    at.text_input(key="queue_by").input("Bram").run()
    at.button(key="queue_handle").click().run()
    assert not at.exception
    assert count_complaints(store, "Trapkracht", period=period) == waiting - 1
    assert metric(at, label).value == f"{waiting - 1:,}"
    assert first not in list(frame(at, "age", "text")["id"])


def test_csv_export_is_the_filtered_set(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    at = open_app(page="mentions")
    at.multiselect(key="m_sentiments").set_value(["negative"]).run()
    expected = count_matching(store, MentionFilter(brands=tuple(b.name for b in seeded.config.brands),
                                                   sentiments=("negative",), period=_period(seeded)))
    prepare = at.button(key="m_csv_prepare")
    assert prepare.label == f"Prepare a CSV of {expected:,} matching mention{'' if expected == 1 else 's'}"
    prepare.click().run()
    downloads = at.get("download_button")
    assert len(downloads) == 1 and downloads[0].proto.label == "Download CSV"


def test_markup_is_shown_as_text_and_javascript_links_are_not_links(evil_db: Seeded, use_config) -> None:  # type: ignore[no-untyped-def]
    use_config(evil_db)
    at = open_app({"period": "7d"}, page="mentions")
    table = frame(at, "published", "text")
    evil = table[table["text"] == EVIL_TEXT]
    assert len(evil) == 1, "the markup is kept as literal text"
    assert evil["link"].isna().all(), "a javascript: address gets no link"
    assert table[table["text"] != EVIL_TEXT]["link"].tolist() == ["https://example.org/review/1"]
    evil_id = int(evil["id"].iloc[0])
    at.selectbox(key="m_pick").select(evil_id).run()
    assert EVIL_TEXT in [t.value for t in at.text]
    assert EVIL_URL in [c.value for c in at.code], "the address is shown as code, not as a link"
    assert not [b for b in at.get("link_button")], "no button opens a javascript: address"
    assert not any("<img" in m.value for m in at.markdown), "no mention text goes through Markdown"


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG/x", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("//example.org/x", False), ("/relative", False),
    ("https:///nohost", False), ("java\tscript:alert(1)", False), ("https://exa\nmple.org", False), (None, False),
])
def test_only_http_links_are_links(url: str | None, safe: bool) -> None:
    assert (safe_link(url) is not None) is safe
