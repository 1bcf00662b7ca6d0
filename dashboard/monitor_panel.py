"""The sidebar's monitor panel: is the live monitor running, and when each source was and will be collected."""

from __future__ import annotations

from datetime import datetime, timezone

import streamlit as st

from dashboard.data import Context
from monitor import heartbeat


def monitor_panel(ctx: Context) -> None:
    now = datetime.now(timezone.utc)
    zone = ctx.config.analytics.zone
    intervals = {s.name: s.interval for s in ctx.config.sources if s.enabled}
    beat = heartbeat.read(ctx.store)
    times = heartbeat.source_times(ctx.store, intervals, now)
    st.sidebar.caption(heartbeat.describe(beat, now))
    with st.sidebar.expander("Sources: last and next collect", expanded=False):
        st.dataframe([{"source": t.name, "last collected": _local(t.last_collected, zone),
                       "next run": _local(t.next_run, zone) + ("" if t.scheduled or t.next_run is None else " (if running)")}
                      for t in times], hide_index=True, width="stretch", key="monitor_sources")


def _local(value: datetime | None, zone) -> str:  # type: ignore[no-untyped-def]
    return value.astimezone(zone).strftime("%d %b %H:%M") if value else "never"
