"""Every page, run by Streamlit's AppTest against the classified demo: what it shows is what the
analytics functions compute for the same brands and period."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.analytics.kpis import brand_kpis, breakdown, share_of_voice
from monitor.analytics.mentions import MentionFilter, count_matching
from monitor.analytics.period import Period
from monitor.analytics.ratings import rating_contradictions, rating_summary
from monitor.analytics.series import Scope, sentiment_series
from monitor.analytics.topics import key_drivers, topic_stats
from monitor.display import language_name
from monitor.storage.store import Store
from tests.dashboard.apptest import PAGES, chart_data, chart_title, charts, frame, metric, open_app
from tests.dashboard.seed import Seeded


def _period(seeded: Seeded, days: int = 30) -> Period:
    return Period.last_days(days, seeded.config.analytics.zone)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_without_an_exception(demo: tuple[Seeded, Store], page: str) -> None:
    at = open_app(page=page)
    assert at.title[0].value == {"overview": "Overview", "topics": "Topics", "mentions": "Mentions",
                                 "alerts": "Alerts", "check": "Check text"}[page]
    assert not at.error, [e.value for e in at.error]


def test_overview_cards_are_the_brand_kpis(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded)
    change = brand_kpis(store, ["Trapkracht"], period, very_positive=seeded.config.analytics.very_positive)["Trapkracht"]
    assert change.current.volume > 0, "the demo has mentions in the last 30 days"
    at = open_app()
    assert metric(at, "Mentions").value == f"{change.current.volume:,}"
    assert metric(at, "Mentions").delta == f"{change.volume_delta:+,}"
    assert metric(at, "Net sentiment (-100 to 100)").value == f"{change.current.net_sentiment:+.0f}"
    assert metric(at, "Negative").value == f"{change.current.share_negative:.0%}"
    assert metric(at, "Negative").delta == f"{100 * change.share_negative_delta:+.1f} points"
    assert metric(at, "Positive").value == f"{change.current.share_positive:.0%}"
    assert period.label() in at.subheader[0].value


def test_overview_brand_table_is_kpis_and_share_of_voice(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period, brands = _period(seeded), [b.name for b in seeded.config.brands]
    kpis = brand_kpis(store, brands, period, very_positive=seeded.config.analytics.very_positive)
    voice = share_of_voice(store, brands, period)
    table = frame(open_app(), "brand", "share of voice")
    assert list(table["brand"]) == brands
    for _, row in table.iterrows():
        k = kpis[row["brand"]].current
        assert row["mentions"] == k.volume
        assert row["share of voice"] == pytest.approx(voice[row["brand"]])
        assert row["net sentiment"] == pytest.approx(round(k.net_sentiment, 1))
        assert row["negative"] == pytest.approx(k.share_negative)
    assert sum(table["share of voice"]) == pytest.approx(1.0)


@pytest.mark.parametrize("by", ["source", "language"])
def test_overview_breakdowns_are_the_analytics_breakdown(demo: tuple[Seeded, Store], by: str) -> None:
    seeded, store = demo
    expected = breakdown(store, "Trapkracht", _period(seeded), by=by, very_positive=seeded.config.analytics.very_positive)
    shown = frame(open_app(), by, "share")
    # Languages by name ("Dutch"), sources by their configured name.
    assert list(shown[by]) == [language_name(r.key) if by == "language" else r.key or "unknown" for r in expected]
    if by == "language":
        assert "Dutch" in list(shown[by]) and "nl" not in list(shown[by])
    assert list(shown["mentions"]) == [r.volume for r in expected]


def test_overview_trend_chart_is_the_series_with_period_and_unit(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period, zone = _period(seeded), seeded.config.analytics.zone
    series = sentiment_series(store, Scope(brand="Trapkracht"), period.start, period.end, "day", zone)
    at = open_app()
    trend = charts(at)[0]
    title = chart_title(trend)
    assert "per day" in title["text"] and period.label() in title["subtitle"]
    assert any("(count)" in line for line in title["subtitle"]), "bars carry their unit"
    bars = next(d for d in chart_data(trend) if "sentiment" in d.columns)
    assert len(bars) == 3 * len(series)
    assert int(bars["mentions"].sum()) == sum(b.labelled for b in series)
    assert int(bars[bars["sentiment"] == "negative"]["mentions"].sum()) == sum(b.negative for b in series)
    for chart in charts(at):
        subtitle = " ".join(chart_title(chart)["subtitle"])
        assert period.label() in subtitle, f"chart {chart_title(chart)['text']!r} lacks its period"


def test_weekly_buckets(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded, 90)
    at = open_app({"period": "90d"})
    at.button_group(key="overview_bucket").set_value("week").run()
    weeks = sentiment_series(store, Scope(brand="Trapkracht"), period.start, period.end, "week", period.zone)
    bars = next(d for d in chart_data(charts(at)[0]) if "sentiment" in d.columns)
    assert len(bars) == 3 * len(weeks) and "per week" in chart_title(charts(at)[0])["text"]


def test_a_link_restores_brands_and_period(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded, 7)
    at = open_app({"brands": "Velora,Spaakwiel", "period": "7d"})
    change = brand_kpis(store, ["Velora"], period)["Velora"]
    assert at.subheader[0].value == f"Velora, {period.label()}", "without the own brand the cards show the first one"
    assert metric(at, "Mentions").value == f"{change.current.volume:,}"
    assert list(frame(at, "brand", "share of voice")["brand"]) == ["Velora", "Spaakwiel"]
    assert at.multiselect(key="f_brands").value == ["Velora", "Spaakwiel"]


def test_a_custom_range_in_the_link(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    last = _period(seeded).end_day - timedelta(days=3)
    first = last - timedelta(days=9)
    at = open_app({"period": f"{first}..{last}"})
    period = Period.days(first, last, seeded.config.analytics.zone)
    assert at.selectbox(key="f_period").value == "Custom range"
    assert period.label() in at.caption[0].value
    assert metric(at, "Mentions").value == f"{brand_kpis(store, ['Trapkracht'], period)['Trapkracht'].current.volume:,}"


def test_bad_query_values_fall_back_to_defaults(demo: tuple[Seeded, Store]) -> None:
    at = open_app({"brands": "Nobody", "period": "yesterday-ish"})
    assert at.query_params["period"] == "30d"
    assert at.query_params["brands"] == "Trapkracht,Velora,Spaakwiel"


def test_filters_go_into_the_url_and_survive_a_page_switch(demo: tuple[Seeded, Store]) -> None:
    seeded, _ = demo
    at = open_app()
    at.selectbox(key="f_period").select("Last 90 days").run()
    at.multiselect(key="f_brands").unselect("Spaakwiel").run()
    assert at.query_params["period"] == "90d"
    assert at.query_params["brands"] == "Trapkracht,Velora"
    at.switch_page(PAGES["topics"]).run()
    assert not at.exception
    assert at.query_params["period"] == "90d"
    assert _period(seeded, 90).label() in at.caption[0].value


def test_topics_page_is_topic_stats_and_key_drivers(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded)
    stats = topic_stats(store, "Trapkracht", period)
    drivers = key_drivers(store, "Trapkracht", period)
    assert stats, "the demo's mentions have topics"
    at = open_app(page="topics")
    table = frame(at, "topic", "mentions change")
    assert list(table["topic"]) == [t.topic for t in stats]
    assert list(table["mentions"]) == [t.volume for t in stats]
    assert list(table["negative"]) == [t.negative for t in stats]
    heat, driver_chart = charts(at)[0], charts(at)[1]
    cells = chart_data(heat)[0]
    assert int(cells["mentions"].sum()) == sum(t.negative + t.neutral + t.positive for t in stats)
    impacts = chart_data(driver_chart)[0]
    assert list(impacts["topic"]) == [d.topic for d in drivers]
    assert list(impacts["impact"]) == pytest.approx([round(d.impact, 2) for d in drivers])


def test_topic_drill_down_lists_that_topics_mentions(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded)
    topic = topic_stats(store, "Trapkracht", period)[0].topic
    at = open_app(page="topics")
    at.selectbox(key="topics_drill").select(topic).run()
    at.selectbox(key="topics_drill_sentiment").select("neutral").run()
    expected = count_matching(store, MentionFilter(brands=("Trapkracht",), topics=(topic,), sentiments=("neutral",),
                                                   period=period))
    assert any(c.value.startswith(f"{expected:,} mentions match") for c in at.caption)
    shown = frame(at, "published", "text")
    assert len(shown) == min(expected, 50) and set(shown["sentiment"]) <= {"neutral"}
    assert all(topic in t for t in shown["topics"])


def test_overview_star_ratings_are_the_rating_summary(demo: tuple[Seeded, Store]) -> None:
    seeded, store = demo
    period = _period(seeded)
    summary = rating_summary(store, "Trapkracht", period)
    assert summary.rated > 0, "the demo's review feeds carry stars"
    at = open_app()
    assert metric(at, "Average stars (of 5)").value == f"{summary.average_stars:.2f}"
    assert metric(at, "Rated mentions").value == f"{summary.rated:,}"
    assert metric(at, "Stars contradict text").value == f"{summary.contradictions:,}"
    shown = frame(at, "stars", "sentiment", "text")
    expected = rating_contradictions(store, "Trapkracht", period, limit=10)
    assert list(shown["text"]) == [c.text for c in expected]
