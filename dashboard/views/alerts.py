"""Alerts: spikes of negative mentions, with their cause, the series around them, and acknowledge."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import streamlit as st

from dashboard import charts, data
from dashboard.page import PageInput, header, page_input
from dashboard.safety import safe_link
from monitor.alerts import metrics
from monitor.alerts.severity import explain
from monitor.analytics.period import Period
from monitor.analytics.series import Scope, sentiment_series

ALERTS = "monitor.alerts.store"
STATUSES = ["open", "acknowledged", "resolved", "all"]
CONTEXT = {"hour": timedelta(hours=36), "day": timedelta(days=10)}


def figure(alert: Any, value: float) -> str:
    return metrics.get(alert.metric).figure(value)


def summary(alert: Any) -> str:
    return metrics.get(alert.metric).describe(alert.observed, alert.expected, alert.bucket)


def table(inp: PageInput, alerts: list[Any]) -> None:
    st.dataframe([{"id": a.id, "severity": a.severity, "status": a.status, "what": a.label, "metric": a.metric,
                   "started": inp.local(a.started_at), "last seen": inp.local(a.ended_at),
                   "observed": figure(a, a.observed), "expected": figure(a, a.expected)} for a in alerts],
                 hide_index=True, width="stretch", key="alerts_table",
                 column_config={"started": st.column_config.TextColumn(f"started ({inp.zone.key})")})


def spike_chart(inp: PageInput, alert: Any) -> None:
    pad = CONTEXT.get(alert.bucket, CONTEXT["day"])
    now = datetime.now(timezone.utc)
    start, end = alert.started_at - pad, min(alert.ended_at + pad / 3, now)
    if end <= start:
        end = alert.ended_at
    scope = Scope(brand=alert.brand, topic=alert.topic if alert.scope == "topic" else None,
                  source=alert.source if alert.scope == "source" else None)
    size = "hour" if alert.bucket == "hour" else "day"
    buckets = data.fetch(sentiment_series, scope, start, end, size, inp.zone, very_positive=inp.very_positive)
    window = Period(start, end, inp.zone)
    st.altair_chart(charts.spike(
        buckets, inp.zone, (alert.started_at, alert.ended_at), f"{alert.label}: negative mentions per {size} around the alert",
        f"{window.label()} · bars: negative mentions (count) · dashed line: all mentions (count) · shaded: the alert"),
        width="stretch")


def cause(inp: PageInput, alert: Any) -> None:
    found = alert.cause or {}
    drivers = found.get("drivers") or {}
    cols = st.columns(2)
    for col, (name, rows) in zip(cols, (("topics", drivers.get("topics")), ("sources", drivers.get("sources")))):
        col.markdown(f"**Negative mentions by {name[:-1]}**")
        if rows:
            col.dataframe([{name[:-1]: r.get("name"), "negative": r.get("negative"), "expected": r.get("expected"),
                            "share of the excess": r.get("share_of_excess")} for r in rows],
                          hide_index=True, width="stretch", key=f"alert_{name}",
                          column_config={"share of the excess": st.column_config.NumberColumn(format="percent")})
        else:
            col.caption("No driver stands out.")
    terms = [t.get("term") if isinstance(t, dict) else str(t) for t in found.get("terms") or []]
    if terms:
        st.markdown("**Words that stand out**")
        st.text(", ".join(str(t) for t in terms if t))
    examples = found.get("examples") or []
    if examples:
        st.markdown("**Example mentions**")
    for i, example in enumerate(examples):
        with st.container(border=True):
            st.caption(" · ".join(str(x) for x in (example.get("source"), _when(inp, example.get("published_at"))) if x))
            if example.get("title"):
                st.text(example["title"])
            st.text(example.get("text", ""))
            link = safe_link(example.get("url"))
            if link:
                st.link_button("Open the original", link, key=f"alert_example_{i}")


def _when(inp: PageInput, value: str | None) -> str:
    try:
        return inp.local(datetime.fromisoformat(value)) if value else ""
    except ValueError:
        return ""


def acknowledge_form(inp: PageInput, alert: Any) -> None:
    if alert.status == "acknowledged":
        st.caption(f"Acknowledged {inp.local(alert.acknowledged_at)} by {alert.acknowledged_by or 'someone'}.")
        return
    acknowledge = data.optional(ALERTS, "acknowledge")
    if acknowledge is None:
        return
    with st.form(f"alert_{alert.id}_ack", border=False):
        who = st.text_input("Your name (optional)", key="alert_ack_by")
        if st.form_submit_button("Acknowledge", type="primary"):
            acknowledge(inp.ctx.store, alert.id, by=who or None)
            data.changed()
            st.toast(f"Alert #{alert.id} acknowledged")
            st.rerun()


def detail(inp: PageInput, alerts: list[Any]) -> None:
    by_id = {a.id: a for a in alerts}
    picked = st.selectbox("Alert", list(by_id), key="alerts_pick",
                          format_func=lambda i: f"#{i} · {by_id[i].severity} · {by_id[i].label} · {inp.local(by_id[i].started_at)}")
    get_alert = data.optional(ALERTS, "get_alert")
    alert = data.fetch(get_alert, picked) if get_alert else by_id[picked]
    if alert is None:
        st.warning(f"Alert #{picked} no longer exists.")
        return
    st.subheader(f"{alert.severity.capitalize()}: {alert.label}")
    st.markdown(f"{summary(alert)} · since {inp.local(alert.started_at)} ({inp.zone.key}) · status {alert.status}")
    st.caption(explain(alert.severity, alert.metric, alert.observed, alert.expected, alert.cause))
    spike_chart(inp, alert)
    cause(inp, alert)
    acknowledge_form(inp, alert)


def main() -> None:
    inp = page_input()
    header("Alerts", inp, "Spikes of negative mentions that need a look")
    list_alerts = data.optional(ALERTS, "list_alerts")
    if list_alerts is None:
        data.not_available("Alerts", ALERTS)
        return
    status = st.segmented_control("Status", STATUSES, default="open", key="alerts_status") or "open"
    found = data.fetch(list_alerts, since=inp.period.start, status=None if status == "all" else status)
    alerts = [a for a in found if a.brand in inp.brands]
    if not alerts:
        st.success(f"No {'' if status == 'all' else status + ' '}alerts for these brands in {inp.period.label()}.")
        return
    table(inp, alerts)
    detail(inp, alerts)


main()
