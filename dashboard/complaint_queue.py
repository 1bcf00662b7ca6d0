"""The complaint queue on the Mentions page: the own brand's negative mentions, oldest first."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import streamlit as st

from dashboard import data
from dashboard.page import PageInput
from dashboard.safety import safe_link
from monitor.display import language_name

COMPLAINTS = "monitor.analytics.complaints"
QUEUE_LIMIT = 200


def age_text(age: timedelta) -> str:
    hours = int(age.total_seconds() // 3600)
    days, hours = divmod(max(hours, 0), 24)
    return f"{days} d {hours} h" if days else f"{hours} h"


def _rows(inp: PageInput, queue: list[Any]) -> list[dict[str, Any]]:
    return [{"id": c.mention_id, "age": age_text(c.age), "published": inp.local(c.published_at), "source": c.source,
             "language": language_name(c.language) if c.language else None, "text": c.text, "link": safe_link(c.url), "score": round(c.score, 2),
             "handled": inp.local(c.handled_at) if c.handled_at else ""}
            for c in queue]


def show(inp: PageInput) -> None:
    queue_fn, count_fn = data.optional(COMPLAINTS, "complaint_queue"), data.optional(COMPLAINTS, "count_complaints")
    brand = inp.ctx.own_brand
    if queue_fn is None:
        data.not_available("The complaint queue", COMPLAINTS)
        return
    include = st.toggle("Show handled ones too", key="queue_include_handled")
    queue = data.fetch(queue_fn, brand, limit=QUEUE_LIMIT, include_handled=include, period=inp.period)
    waiting = data.fetch(count_fn, brand, period=inp.period) if count_fn else len([c for c in queue if not c.handled])
    st.metric(f"Complaints about {brand} waiting, {inp.period.label()}", f"{waiting:,}",
              help="Negative mentions of the own brand published in the period picked in the sidebar, not marked handled")
    if not queue:
        st.success(f"Nothing waiting from {inp.period.label()}: every negative mention of it has been handled.")
        return
    st.caption(f"Published in {inp.period.label()} (the sidebar's period); oldest first; times in {inp.zone.key}; "
               f"showing {len(queue):,}.")
    st.dataframe(_rows(inp, queue), hide_index=True, width="stretch", key="queue_table",
                 column_order=("age", "published", "source", "text", "link", "score", "language", "handled", "id"), column_config={
        "link": st.column_config.LinkColumn("link", display_text="open"),
        "text": st.column_config.TextColumn("text", width="large"),
    })
    handle(inp, queue)


def handle(inp: PageInput, queue: list[Any]) -> None:
    by_id = {c.mention_id: c for c in queue}
    picked = st.selectbox("Complaint", list(by_id), key="queue_pick",
                          format_func=lambda i: f"#{i} · {age_text(by_id[i].age)} old · {by_id[i].text[:80]}")
    complaint = by_id[picked]
    st.text(complaint.text)
    who = st.text_input("Your name (kept with the handled mark)", key="queue_by")
    if complaint.handled:
        st.caption(f"Handled {inp.local(complaint.handled_at)} by {complaint.handled_by or 'someone'}.")
        if st.button("Put back on the queue", key="queue_unhandle"):
            data.optional(COMPLAINTS, "mark_unhandled")(inp.ctx.store, picked)  # type: ignore[misc]
            data.changed()
            st.rerun()
        return
    note = st.text_input("Note (optional)", key="queue_note")
    if st.button("Mark handled", key="queue_handle", type="primary"):
        data.optional(COMPLAINTS, "mark_handled")(inp.ctx.store, picked, by=who or None, note=note or None)  # type: ignore[misc]
        data.changed()
        st.toast(f"Mention #{picked} marked handled")
        st.rerun()
