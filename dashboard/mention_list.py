"""A table of mentions and the detail of one: shared by the Mentions page and the Topics drill-down.

Mention text is shown by st.text and in dataframes, never as Markdown or HTML; a link is a link
only when it is http(s).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.page import PageInput
from dashboard.safety import safe_link
from monitor.analytics.mentions import MentionFilter, MentionRow, count_matching, mention_detail, search_mentions
from monitor.display import language_name, mentions_match

LABELS = ("negative", "neutral", "positive")
CONFIDENCE_COLOR = "gray"
TABLE_COLUMNS = ("published", "brand", "source", "sentiment", "confidence", "text", "link", "topics", "language", "stars",
                 "score", "id")


def rows_for_table(inp: PageInput, rows: list[MentionRow]) -> list[dict[str, Any]]:
    return [{"id": r.id, "published": inp.local(r.published_at), "brand": r.brand, "source": r.source,
             "language": language_name(r.language) if r.language else None, "sentiment": r.sentiment, "confidence": r.confidence,
             "score": None if r.score is None else round(r.score, 2), "stars": r.stars,
             "topics": ", ".join(r.topics), "text": (r.title + " · " if r.title else "") + r.text,
             "link": safe_link(r.url)}
            for r in rows]


def table(inp: PageInput, rows: list[MentionRow], key: str) -> None:
    st.dataframe(rows_for_table(inp, rows), hide_index=True, width="stretch", key=key, column_order=TABLE_COLUMNS, column_config={
        "link": st.column_config.LinkColumn("link", display_text="open", help="the original; only http(s) links"),
        # Grey, not the theme's red: confidence is how sure the model is, not good or bad news.
        "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="percent",
                                                      color=CONFIDENCE_COLOR),
        "stars": st.column_config.NumberColumn("stars", format="%.1f ★", help="rating out of 5"),
        "text": st.column_config.TextColumn("text", width="large"),
        "published": st.column_config.TextColumn(f"published ({inp.zone.key})"),
    })


def show(inp: PageInput, key: str, limit: int = 50, **narrow: Any) -> list[MentionRow]:
    """The first `limit` mentions of the period matching `narrow` (MentionFilter fields), newest first."""
    flt = MentionFilter(period=inp.period, **{"brands": tuple(inp.brands), **narrow})
    total = data.fetch(count_matching, flt)
    rows = data.fetch(search_mentions, flt, limit=limit)
    st.caption(f"{mentions_match(total)} in {inp.period.label()}; the newest {len(rows):,} are shown.")
    table(inp, rows, key)
    return rows


def detail(inp: PageInput, mention_id: int, key: str) -> None:
    """One mention: its text, link, sentiment, topics and sentence breakdown; label correction."""
    found = data.fetch(mention_detail, mention_id)
    if found is None:
        st.warning(f"Mention #{mention_id} no longer exists.")
        return
    r = found.row
    st.markdown(f"**#{r.id}** · {r.brand} · {r.source} · {inp.local(r.published_at)} ({inp.zone.key})")
    if r.title and not r.text.startswith(r.title.strip()):
        st.text(r.title)
    st.text(r.text)
    link = safe_link(r.url)
    if link:
        st.link_button("Open the original", link)
    elif r.url:
        st.caption("The original's address is not an http(s) link, so it is not shown as one:")
        st.code(r.url, language=None)
    cols = st.columns(4)
    cols[0].metric("Sentiment", r.sentiment or "not labelled")
    cols[1].metric("Score (-1 to 1)", "-" if r.score is None else f"{r.score:+.2f}")
    cols[2].metric("Confidence", "-" if r.confidence is None else f"{r.confidence:.0%}")
    cols[3].metric("Stars (of 5)", "-" if r.stars is None else f"{r.stars:.1f}")
    if found.topics:
        st.dataframe([{"topic": t.topic, "sentiment": t.sentiment, "score": round(t.score, 2)} for t in found.topics],
                     hide_index=True, width="stretch", key=f"{key}_topics")
    sentences = found.body_sentences()  # the title is shown above, not again as a sentence
    if len(sentences) > 1:
        st.markdown("**Sentence by sentence**")
        st.dataframe([{"sentence": s.text, "sentiment": s.label, "score": round(s.score, 2),
                       "confidence": s.confidence, "topics": ", ".join(s.topics)} for s in sentences],
                     hide_index=True, width="stretch", key=f"{key}_sentences", column_config={
                         "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0,
                                                                       format="percent", color=CONFIDENCE_COLOR)})
    if found.corrections:
        st.caption(f"Corrected by hand to: {', '.join(found.corrections)}")
    correct(inp, r, key)


def correct(inp: PageInput, row: MentionRow, key: str) -> None:
    record_feedback = data.optional("monitor.analytics.feedback", "record_feedback")
    if record_feedback is None:
        data.not_available("Label correction", "monitor.analytics.feedback")
        return
    with st.form(f"{key}_correct", border=False):
        cols = st.columns([2, 2, 1])
        current = LABELS.index(row.sentiment) if row.sentiment in LABELS else 1
        label = cols[0].selectbox("Correct label", LABELS, index=current, key=f"{key}_label")
        who = cols[1].text_input("Your name (optional)", key=f"{key}_who")
        if cols[2].form_submit_button("Save correction"):
            record_feedback(inp.ctx.store, row.id, label, by=who or None)
            data.changed()
            st.toast(f"Saved: mention #{row.id} is {label}; it will be used when the model is retrained.")
            st.rerun()
