"""Topics: what people talk about, with which sentiment, and which topics move the net sentiment."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import charts, data, mention_list
from dashboard.charts import net_of
from dashboard.page import PageInput, header, page_input
from monitor.analytics.series import Scope, sentiment_series
from monitor.analytics.topics import key_drivers, topic_stats

TREND_TOPICS = 3


def stats_table(inp: PageInput, stats: list[Any]) -> None:
    def net(t: Any) -> tuple[float, float | None]:
        return (t.raw_shares.net_sentiment, t.raw_net_sentiment_delta) if inp.raw else (t.net_sentiment, t.net_sentiment_delta)

    rows = [{"topic": t.topic, "mentions": t.volume, "share": t.share, "negative": t.negative, "neutral": t.neutral,
             "positive": t.positive, "net sentiment": round(net(t)[0], 1),
             "mentions change": t.volume_delta,
             "net change": None if net(t)[1] is None else round(net(t)[1], 1)}
            for t in stats]
    corrected = any(t.shares.corrected for t in stats)
    st.caption(f"Counts as labelled; net sentiment from {inp.shares_note(corrected)}.")
    st.dataframe(rows, hide_index=True, width="stretch", key="topics_table", column_config={
        "share": st.column_config.NumberColumn(format="percent", help="of the brand's labelled mentions"),
        "mentions change": st.column_config.NumberColumn(format="%+d", help="against the previous period"),
        "net change": st.column_config.NumberColumn(format="%+.1f", help="points against the previous period"),
    })


def heatmap(inp: PageInput, stats: list[Any]) -> None:
    cells = [{"topic": t.topic, "sentiment": s, "mentions": getattr(t, s)} for t in stats for s in charts.SENTIMENT_ORDER]
    st.altair_chart(charts.heatmap(cells, f"{inp.focus}: topics by sentiment",
                                   f"{inp.period.label()} · mentions (count), each with the topic's own sentiment"),
                    width="stretch")


def drivers(inp: PageInput) -> None:
    found = data.fetch(key_drivers, inp.focus, inp.period, very_positive=inp.very_positive)
    rows = [{"topic": d.topic, "impact": round(d.impact, 2)} for d in found]
    st.altair_chart(charts.signed_bars(
        rows, "topic", "impact", f"{inp.focus}: key drivers of the net sentiment",
        f"{inp.period.label()} · impact in net-sentiment points: share of mentions x (topic net - brand net)",
        "impact (points)"), width="stretch")


def trend(inp: PageInput, stats: list[Any]) -> None:
    names = [t.topic for t in stats]
    chosen = st.multiselect("Topics in the trend", names, default=names[:TREND_TOPICS], key="topics_trend")
    measure = st.segmented_control("Show", ["mentions", "net sentiment"], default="mentions", key="topics_measure") or "mentions"
    size = inp.default_bucket()
    rows = []
    for topic in chosen:
        buckets = data.fetch(sentiment_series, Scope(brand=inp.focus, topic=topic), inp.period.start, inp.period.end,
                             size, inp.zone, very_positive=inp.very_positive)
        for b in buckets:
            value = b.labelled if measure == "mentions" else net_of(b, corrected=not inp.raw)
            rows.append({"start": charts.local_naive(b.start, inp.zone), "topic": topic, measure: value})
    unit = "mentions (count)" if measure == "mentions" else "net sentiment (-100 to 100)"
    st.altair_chart(charts.lines(rows, "topic", measure, f"{inp.focus}: topics per {size}",
                                 f"{inp.period.label()} · {unit}", unit), width="stretch")


def drill_down(inp: PageInput, stats: list[Any]) -> None:
    st.subheader("Mentions of a topic")
    cols = st.columns([2, 2, 1])
    topic = cols[0].selectbox("Topic", [t.topic for t in stats], key="topics_drill")
    sentiment = cols[1].selectbox("Sentiment", ["any", *charts.SENTIMENT_ORDER], key="topics_drill_sentiment")
    sentiments = () if sentiment == "any" else (sentiment,)
    mention_list.show(inp, key="topics_mentions", topics=(topic,), sentiments=sentiments, brands=(inp.focus,))


def main() -> None:
    inp = page_input()
    header("Topics", inp, f"What is said about {inp.focus}, topic by topic")
    stats = data.fetch(topic_stats, inp.focus, inp.period, very_positive=inp.very_positive)
    if not stats:
        st.info(f"No mention of {inp.focus} in {inp.period.label()} is about a topic yet.")
        return
    left, right = st.columns(2)
    with left:
        heatmap(inp, stats)
    with right:
        drivers(inp)
    stats_table(inp, stats)
    trend(inp, stats)
    drill_down(inp, stats)


main()
