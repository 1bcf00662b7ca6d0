"""Altair charts from analytics results. Every chart carries its period and unit in its title.

Times are handed to Vega as naive local datetimes of the display zone: Vega shows a naive time
as it is, so a day is the configured zone's day whatever zone the browser is in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import altair as alt
import pandas as pd

SENTIMENT_COLORS = {"negative": "#d62728", "neutral": "#a0a0a0", "positive": "#2ca02c"}
SENTIMENT_ORDER = list(SENTIMENT_COLORS)
_LABELS = alt.Axis(labelLimit=240)
_SENTIMENT_SCALE = alt.Scale(domain=SENTIMENT_ORDER, range=list(SENTIMENT_COLORS.values()))


def local_naive(value: datetime, zone: Any) -> datetime:
    return value.astimezone(zone).replace(tzinfo=None)


def _title(text: str, subtitle: str) -> alt.TitleParams:
    """The subtitle's " · " parts go on lines of their own, so a narrow chart does not cut them off."""
    return alt.TitleParams(text, subtitle=subtitle.split(" · "), anchor="start")


def net_index(positive: int, negative: int, labelled: int) -> float | None:
    """Share positive minus share negative, in points from -100 to 100; None without labels."""
    return round(100.0 * (positive - negative) / labelled, 1) if labelled else None


def net_of(bucket: Any, corrected: bool = True) -> float | None:
    """A bucket's net sentiment in points (corrected for the classifier's errors, or as counted); None without labels."""
    return round(bucket.shares(corrected=corrected).net_sentiment, 1) if bucket.labelled else None


def sentiment_trend(buckets: Sequence[Any], zone: Any, title: str, subtitle: str, corrected: bool = True) -> alt.LayerChart:
    """Stacked volumes per bucket with the net sentiment index (corrected, or as counted) as a line."""
    rows = [
        {"start": local_naive(b.start, zone), "sentiment": name, "mentions": getattr(b, name)}
        for b in buckets for name in SENTIMENT_ORDER
    ]
    net = [{"start": local_naive(b.start, zone), "net": net_of(b, corrected)} for b in buckets]
    x = alt.X("start:T", title=None, axis=alt.Axis(format="%d %b"))
    bars = alt.Chart(pd.DataFrame(rows)).mark_bar().encode(
        x=x,
        y=alt.Y("mentions:Q", stack="zero", title="mentions (count)"),
        color=alt.Color("sentiment:N", scale=_SENTIMENT_SCALE, sort=SENTIMENT_ORDER, legend=alt.Legend(orient="bottom", labelLimit=260)),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("start:T", format="%a %d %b %Y"), "sentiment:N", "mentions:Q"],
    ).transform_calculate(order=f"indexof({SENTIMENT_ORDER}, datum.sentiment)")
    line = alt.Chart(pd.DataFrame(net)).mark_line(point=True, color="#1f3b73").encode(
        x=x,
        y=alt.Y("net:Q", title="net sentiment (-100 to 100)", scale=alt.Scale(domain=[-100, 100])),
        tooltip=[alt.Tooltip("start:T", format="%a %d %b %Y"), alt.Tooltip("net:Q", title="net sentiment")],
    )
    return alt.layer(bars, line).resolve_scale(y="independent").properties(title=_title(title, subtitle), height=360)


def bars(rows: Sequence[dict[str, Any]], category: str, value: str, title: str, subtitle: str,
         value_title: str, fmt: str = "d", color: str = "#1f77b4") -> alt.Chart:
    """Horizontal bars, largest first."""
    frame = pd.DataFrame(rows, columns=[category, value])
    return alt.Chart(frame).mark_bar(color=color).encode(
        y=alt.Y(f"{category}:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=fmt)),
        tooltip=[f"{category}:N", alt.Tooltip(f"{value}:Q", format=fmt)],
    ).properties(title=_title(title, subtitle), height=alt.Step(34))


def signed_bars(rows: Sequence[dict[str, Any]], category: str, value: str, title: str, subtitle: str,
                value_title: str) -> alt.Chart:
    """Bars left (red) or right (green) of zero, in the given order."""
    frame = pd.DataFrame(rows, columns=[category, value])
    order = list(frame[category])
    return alt.Chart(frame).mark_bar().encode(
        y=alt.Y(f"{category}:N", sort=order, title=None, axis=_LABELS),
        x=alt.X(f"{value}:Q", title=value_title),
        color=alt.condition(f"datum['{value}'] < 0", alt.value(SENTIMENT_COLORS["negative"]),
                            alt.value(SENTIMENT_COLORS["positive"])),
        tooltip=[f"{category}:N", alt.Tooltip(f"{value}:Q", format="+.2f")],
    ).properties(title=_title(title, subtitle), height=alt.Step(34))


def sentiment_shares(rows: Sequence[dict[str, Any]], category: str, title: str, subtitle: str) -> alt.Chart:
    """Per category, the shares of negative / neutral / positive as one 100% bar."""
    frame = pd.DataFrame(rows, columns=[category, "sentiment", "mentions"])
    return alt.Chart(frame).mark_bar().encode(
        y=alt.Y(f"{category}:N", title=None, axis=_LABELS),
        x=alt.X("mentions:Q", stack="normalize", title="share of mentions (%)", axis=alt.Axis(format="%")),
        color=alt.Color("sentiment:N", scale=_SENTIMENT_SCALE, sort=SENTIMENT_ORDER, legend=alt.Legend(orient="bottom", labelLimit=260)),
        order=alt.Order("order:Q"),
        tooltip=[f"{category}:N", "sentiment:N", "mentions:Q"],
    ).transform_calculate(order=f"indexof({SENTIMENT_ORDER}, datum.sentiment)").properties(
        title=_title(title, subtitle), height=alt.Step(34))


def heatmap(rows: Sequence[dict[str, Any]], title: str, subtitle: str) -> alt.Chart:
    """Topic x sentiment, cells coloured by their count."""
    frame = pd.DataFrame(rows, columns=["topic", "sentiment", "mentions"])
    base = alt.Chart(frame).encode(
        # Every column keeps its label: Vega drops every other overlapping label, which hid "neutral".
        x=alt.X("sentiment:N", sort=SENTIMENT_ORDER, title=None, scale=alt.Scale(domain=SENTIMENT_ORDER),
                axis=alt.Axis(orient="top", labelAngle=0, labelOverlap=False, labelLimit=0)),
        y=alt.Y("topic:N", title=None, axis=_LABELS),
    )
    cells = base.mark_rect().encode(
        # No colour legend: every cell prints its count, and the legend's width would squeeze the
        # columns until their labels collide.
        color=alt.Color("mentions:Q", scale=alt.Scale(scheme="blues"), title="mentions (count)", legend=None),
        tooltip=["topic:N", "sentiment:N", "mentions:Q"],
    )
    dark = 0.6 * max(frame["mentions"].max(), 1) if len(frame) else 1  # white counts on the darkest cells
    labels = base.mark_text().encode(text="mentions:Q", color=alt.condition(f"datum.mentions >= {dark}", alt.value("white"),
                                                                            alt.value("#222")))
    return (cells + labels).properties(title=_title(title, subtitle), height=alt.Step(30), width=alt.Step(90))


def lines(rows: Sequence[dict[str, Any]], series: str, value: str, title: str, subtitle: str, value_title: str) -> alt.Chart:
    frame = pd.DataFrame(rows, columns=["start", series, value])
    return alt.Chart(frame).mark_line(point=True).encode(
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%d %b")),
        y=alt.Y(f"{value}:Q", title=value_title),
        color=alt.Color(f"{series}:N", legend=alt.Legend(orient="bottom", labelLimit=260)),
        tooltip=[alt.Tooltip("start:T", format="%a %d %b %Y"), f"{series}:N", f"{value}:Q"],
    ).properties(title=_title(title, subtitle), height=340)


# Vega's default time axis mixes formats and uses a 12-hour clock ("03 PM"); this one shows the day at
# midnight and the 24-hour time otherwise, like every other time in repwatch.
CLOCK_AXIS = alt.Axis(labelExpr="hours(datum.value) == 0 && minutes(datum.value) == 0 "
                                "? timeFormat(datum.value, '%d %b') : timeFormat(datum.value, '%H:%M')")
_HEADROOM = 1.1


def spike(buckets: Sequence[Any], zone: Any, window: tuple[datetime, datetime], title: str, subtitle: str) -> alt.LayerChart:
    """Negative mentions per bucket around an alert, the alert's window shaded.

    The scales are set, not inferred, so the dashed total line keeps headroom above its highest point
    and half a bucket either side: nothing of it is cut at the plot's edges."""
    rows = [{"start": local_naive(b.start, zone), "negative": b.negative, "all": b.total} for b in buckets]
    shade = pd.DataFrame([{"from": local_naive(window[0], zone), "to": local_naive(window[1], zone)}])
    starts = [r["start"] for r in rows] or [shade["from"][0], shade["to"][0]]
    half = (starts[1] - starts[0]) / 2 if len(starts) > 1 else pd.Timedelta(hours=1)
    lo, hi = min(min(starts), shade["from"][0]) - half, max(max(starts), shade["to"][0]) + half
    x_scale = alt.Scale(domain=[lo.isoformat(), hi.isoformat()])
    y_scale = alt.Scale(domain=[0, max([r["all"] for r in rows] + [1]) * _HEADROOM], nice=True)
    x = alt.X("start:T", title=None, axis=CLOCK_AXIS, scale=x_scale)
    y = alt.Y("all:Q", title="mentions (count)", scale=y_scale)
    area = alt.Chart(shade).mark_rect(color="#fde0dd", opacity=0.7).encode(x=alt.X("from:T", scale=x_scale), x2="to:T")
    tip = alt.Tooltip("start:T", format="%d %b %H:%M")
    total = alt.Chart(pd.DataFrame(rows)).mark_line(color="#a0a0a0", strokeDash=[4, 3], clip=False).encode(
        x=x, y=y, tooltip=[tip, "all:Q"])
    negative = alt.Chart(pd.DataFrame(rows)).mark_bar(color=SENTIMENT_COLORS["negative"]).encode(
        x=x, y=alt.Y("negative:Q", scale=y_scale), tooltip=[tip, "negative:Q"])
    return alt.layer(area, negative, total).properties(title=_title(title, subtitle), height=280)
