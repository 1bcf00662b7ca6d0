"""Overview: how are we doing, compared to whom, and what needs action now. Refreshes itself."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import streamlit as st

from dashboard import charts, data
from dashboard.page import PageInput, header, page_input
from dashboard.safety import safe_link
from monitor.analytics.ratings import rating_contradictions, rating_summary, rating_trend
from monitor.analytics.series import Scope, sentiment_series
from monitor.display import language_name, plural

REFRESH_S = 60
KPIS = "monitor.analytics.kpis"
ALERTS = "monitor.alerts.store"


def kpi_cards(inp: PageInput) -> None:
    brand_kpis = data.optional(KPIS, "brand_kpis")
    if brand_kpis is None:
        data.not_available("KPI cards", KPIS)
        return
    change = data.fetch(brand_kpis, [inp.focus], inp.period, very_positive=inp.very_positive)[inp.focus]
    corrected = change.current.corrected
    change = change.as_raw() if inp.raw else change
    now = change.current
    st.subheader(f"{inp.focus}, {inp.period.label()}")
    st.caption(f"Change against the previous {inp.period.n_days} days ({inp.period.previous().label()}); "
               f"{inp.shares_note(corrected)}, of the labelled mentions.")
    cols = st.columns(5)
    cols[0].metric("Mentions", f"{now.volume:,}", delta=f"{change.volume_delta:+,}")
    cols[1].metric("Net sentiment (-100 to 100)", f"{now.net_sentiment:+.0f}",
                   delta=_signed(change.net_sentiment_delta, 1, " points"))
    cols[2].metric("Negative", f"{now.share_negative:.0%}", delta=_signed(change.share_negative_delta, 100, " points"),
                   delta_color="inverse")
    cols[3].metric("Positive", f"{now.share_positive:.0%}", delta=_signed(change.share_positive_delta, 100, " points"))
    cols[4].metric(f"Very positive (score > {inp.very_positive:g})", f"{now.share_very_positive:.0%}",
                   delta=_signed(change.share_very_positive_delta, 100, " points"),
                   help="The loyal customers: satisfied ones switch as easily as unsatisfied ones.")


def _signed(value: float | None, scale: float, unit: str) -> str | None:
    """A delta as shown on a card; None (no delta) when the previous period had nothing to compare."""
    return None if value is None else f"{scale * value:+.1f}{unit}"


def trend(inp: PageInput) -> None:
    size = st.segmented_control("Buckets", ["day", "week"], default=inp.default_bucket(), key="overview_bucket") \
        or inp.default_bucket()
    buckets = data.fetch(sentiment_series, Scope(brand=inp.focus), inp.period.start, inp.period.end, size, inp.zone,
                         very_positive=inp.very_positive)
    net = "net sentiment as counted" if inp.raw else "net sentiment, corrected"
    chart = charts.sentiment_trend(
        buckets, inp.zone, f"{inp.focus}: mentions per {size} by sentiment, with the net sentiment index",
        f"{inp.period.label()} · bars: mentions (count), as labelled · line: {net} (-100 to 100)", corrected=not inp.raw)
    st.altair_chart(chart, width="stretch")


def comparison(inp: PageInput) -> None:
    brand_kpis, share_of_voice = data.optional(KPIS, "brand_kpis"), data.optional(KPIS, "share_of_voice")
    if brand_kpis is None or share_of_voice is None:
        data.not_available("The brand comparison", KPIS)
        return
    changes = data.fetch(brand_kpis, inp.brands, inp.period, very_positive=inp.very_positive)
    corrected = any(c.current.corrected for c in changes.values())
    changes = {b: c.as_raw() for b, c in changes.items()} if inp.raw else changes
    voice = data.fetch(share_of_voice, inp.brands, inp.period)
    rows = [
        {"brand": brand, "mentions": c.current.volume, "share of voice": voice.get(brand, 0.0),
         "net sentiment": round(c.current.net_sentiment, 1),
         "net change": None if c.net_sentiment_delta is None else round(c.net_sentiment_delta, 1),
         "negative": c.current.share_negative, "positive": c.current.share_positive,
         "very positive": c.current.share_very_positive}
        for brand, c in changes.items()
    ]
    st.subheader("Brands compared")
    st.caption(f"Net sentiment and {inp.shares_note(corrected)}.")
    left, right = st.columns(2)
    left.altair_chart(charts.bars([{"brand": r["brand"], "share": r["share of voice"]} for r in rows], "brand", "share",
                                  "Share of voice", f"{inp.period.label()} · share of all mentions of these brands (%)",
                                  "share of voice (%)", fmt="%"), width="stretch")
    right.altair_chart(charts.signed_bars([{"brand": r["brand"], "net": r["net sentiment"]} for r in rows], "brand", "net",
                                          "Net sentiment", f"{inp.period.label()} · points, -100 to 100",
                                          "net sentiment (points)"), width="stretch")
    percent = st.column_config.NumberColumn(format="percent")
    st.dataframe(rows, hide_index=True, width="stretch", key="overview_brands", column_config={
        "share of voice": percent, "negative": percent, "positive": percent, "very positive": percent,
        "net change": st.column_config.NumberColumn(help="points against the previous period", format="%+.1f"),
    })


def sources_and_languages(inp: PageInput) -> None:
    breakdown = data.optional(KPIS, "breakdown")
    if breakdown is None:
        data.not_available("Sources and languages", KPIS)
        return
    st.subheader(f"Where {inp.focus} is mentioned")
    cols = st.columns(2)
    for col, by in zip(cols, ("source", "language")):
        rows = data.fetch(breakdown, inp.focus, inp.period, by=by, very_positive=inp.very_positive)
        shares = [{by: _key(r, by), "sentiment": s, "mentions": _estimated(r, s, inp.raw)} for r in rows
                  for s in charts.SENTIMENT_ORDER]
        col.altair_chart(charts.sentiment_shares(shares, by, f"Mentions by {by}",
                                                 f"{inp.period.label()} · share by sentiment (%)"), width="stretch")
        col.dataframe([{by: _key(r, by), "mentions": r.volume, "share": r.share,
                        "net sentiment": round(r.raw_net_sentiment if inp.raw else r.net_sentiment, 1)} for r in rows],
                      hide_index=True, width="stretch", key=f"overview_{by}",
                      column_config={"share": st.column_config.NumberColumn(format="percent")})


def _estimated(row: Any, sentiment: str, raw: bool) -> float:
    """Mentions of a sentiment: as labelled, or the corrected share of the labelled ones."""
    shares = row.raw_shares if raw else row.shares
    return round(getattr(shares, sentiment) * (row.negative + row.neutral + row.positive), 1)


def _key(row: Any, by: str) -> str:
    return language_name(row.key) if by == "language" else str(row.key or "unknown")


def ratings(inp: PageInput) -> None:
    summary = data.fetch(rating_summary, inp.focus, inp.period)
    st.subheader(f"Star ratings of {inp.focus}")
    if not summary.rated:
        st.caption(f"No star-rated mention of {inp.focus} in {inp.period.label()}.")
        return
    cols = st.columns([1, 1, 1, 3])
    delta = None if summary.average_delta is None else f"{summary.average_delta:+.2f} stars"
    cols[0].metric("Average stars (of 5)", f"{summary.average_stars:.2f}", delta=delta)
    cols[1].metric("Rated mentions", f"{summary.rated:,}", delta=f"{summary.rated - summary.previous_rated:+,}")
    cols[2].metric("Stars contradict text", f"{summary.contradictions:,}",
                   help="At most 2 stars with a positive text, or at least 4 stars with a negative one")
    size = inp.default_bucket()
    points = data.fetch(rating_trend, inp.focus, inp.period, size=size)
    rows = [{"start": charts.local_naive(p.start, inp.zone), "series": "average stars", "stars": p.average_stars}
            for p in points if p.average_stars is not None]
    with cols[3]:
        st.altair_chart(charts.lines(rows, "series", "stars", f"{inp.focus}: average stars per {size}",
                                     f"{inp.period.label()} · stars out of 5", "stars (of 5)"), width="stretch")
    found = data.fetch(rating_contradictions, inp.focus, inp.period, limit=10)
    if found:
        st.caption("Newest mentions whose stars contradict their text:")
        st.dataframe([{"published": inp.local(c.published_at), "source": c.source, "stars": c.stars,
                       "sentiment": c.sentiment, "text": c.text, "link": safe_link(c.url)} for c in found],
                     hide_index=True, width="stretch", key="overview_contradictions",
                     column_config={"link": st.column_config.LinkColumn("link", display_text="open"),
                                    "published": st.column_config.TextColumn(f"published ({inp.zone.key})")})


def open_alerts(inp: PageInput) -> None:
    list_alerts = data.optional(ALERTS, "list_alerts")
    st.subheader("Open alerts")
    if list_alerts is None:
        data.not_available("Alerts", ALERTS)
        return
    found = [a for a in data.fetch(list_alerts, status="open") if a.brand in inp.brands]
    if not found:
        st.success("No open alerts for these brands.")
        return
    st.dataframe([{"severity": a.severity, "what": a.label, "metric": a.metric, "since": inp.local(a.started_at),
                   "observed": round(a.observed, 2), "expected": round(a.expected, 2)} for a in found],
                 hide_index=True, width="stretch", key="overview_alerts",
                 column_config={"since": st.column_config.TextColumn(f"since ({inp.zone.key})")})
    st.page_link("views/alerts.py", label=f"{plural(len(found), 'open alert')}: see the causes", icon=":material/arrow_forward:")


@st.fragment(run_every=REFRESH_S)
def live() -> None:
    inp = page_input()
    st.caption(f"Updated {datetime.now(timezone.utc).astimezone(inp.zone):%H:%M:%S} ({inp.zone.key}); "
               f"refreshes every {REFRESH_S} s while open.")
    kpi_cards(inp)
    trend(inp)
    comparison(inp)
    sources_and_languages(inp)
    ratings(inp)
    open_alerts(inp)


header("Overview", page_input(), "Volume and sentiment of the selected brands")
live()
