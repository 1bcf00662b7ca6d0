"""Mentions: search what was said, read one with its sentence breakdown, correct a label, work the
complaint queue, and export the filtered set as CSV."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import streamlit as st

from dashboard import complaint_queue, data, mention_list, mention_query
from dashboard.page import PageInput, header, page_input
from monitor.analytics.mentions import UNLABELLED, MentionFilter, count_matching, search_mentions, to_csv
from monitor.analytics.period import Period
from monitor.display import language_label, mentions_match, plural

PAGE_SIZE = 100
CSV_LIMIT = 100_000


def topic_names(inp: PageInput) -> list[str]:
    if inp.ctx.config.topics:
        return [t.name for t in inp.ctx.config.topics]
    from models.topics import DEFAULT_TOPICS

    return [t.name for t in DEFAULT_TOPICS]


def _choices(inp: PageInput) -> dict[str, list[str]]:
    cfg = inp.ctx.config
    return {"m_sources": [s.name for s in cfg.sources], "m_languages": list(cfg.model.languages),
            "m_sentiments": [*mention_list.LABELS, UNLABELLED], "m_topics": topic_names(inp)}


def _seed_from_url(choices: dict[str, list[str]]) -> None:
    """A shared link's filters, put into the widgets once per browser session."""
    if st.session_state.get("m_seeded"):
        return
    asked = mention_query.parse(st.query_params, choices)
    for key, values in asked.lists.items():
        st.session_state[key] = values
    if asked.stars is not None:
        st.session_state["m_rated"], st.session_state["m_stars"] = True, asked.stars
    st.session_state["m_text"] = asked.text
    st.session_state["m_seeded"] = True


def _write_url(lists: dict[str, list[str]], stars: tuple[float, float] | None, text: str) -> None:
    to_set, to_remove = mention_query.differences(st.query_params, mention_query.MentionQuery(lists, stars, text))
    for key in to_remove:
        del st.query_params[key]
    for key, value in to_set.items():
        st.query_params[key] = value


def filter_form(inp: PageInput) -> MentionFilter:
    choices = _choices(inp)
    _seed_from_url(choices)
    row1 = st.columns(4)
    brands = row1[0].multiselect("Brand", inp.ctx.brands, default=inp.brands, key="m_brands")
    sources = row1[1].multiselect("Source", choices["m_sources"], key="m_sources")
    languages = row1[2].multiselect("Language", choices["m_languages"], key="m_languages", format_func=language_label)
    sentiments = row1[3].multiselect("Sentiment", choices["m_sentiments"], key="m_sentiments")
    row2 = st.columns([2, 2, 1, 2])
    topics = row2[0].multiselect("Topic", choices["m_topics"], key="m_topics")
    # Keyed by the global period, so choosing another period in the sidebar resets these days.
    days = row2[1].date_input("Days", value=(inp.period.first_day, inp.period.end_day - timedelta(days=1)),
                              key=f"m_days_{inp.filters.period_param()}")
    rated = row2[2].checkbox("Star rating", key="m_rated", help="Only mentions with a star rating in this range")
    if "m_stars" not in st.session_state:
        st.session_state["m_stars"] = (1.0, 5.0)
    stars = row2[3].slider("Stars (of 5)", 1.0, 5.0, step=0.5, key="m_stars", disabled=not rated)
    text = st.text_input("Text contains", key="m_text", placeholder="levering, service, kundeservice…")
    _write_url({"m_sources": sources, "m_languages": languages, "m_sentiments": sentiments, "m_topics": topics},
               (float(stars[0]), float(stars[1])) if rated else None, text.strip())
    return MentionFilter(
        brands=tuple(brands or inp.brands), sources=tuple(sources), languages=tuple(languages),
        sentiments=tuple(sentiments), topics=tuple(topics),
        min_rating=stars[0] if rated else None, max_rating=stars[1] if rated else None,
        period=_period_of(days, inp), text=text or None)


def _period_of(days: Any, inp: PageInput) -> Period:
    picked = [d for d in (days if isinstance(days, (tuple, list)) else [days]) if d is not None]
    if not picked:
        return inp.period
    return Period.days(min(picked), max(picked), inp.zone)


def results(inp: PageInput, flt: MentionFilter) -> None:
    total = data.fetch(count_matching, flt)
    pages = max(1, -(-total // PAGE_SIZE))
    cols = st.columns([3, 1])
    cols[0].markdown(f"**{mentions_match(total)}** · {flt.period.label() if flt.period else ''}")
    page = cols[1].number_input("Page", 1, pages, 1, key="m_page", help=f"{PAGE_SIZE} per page, newest first") \
        if pages > 1 else 1
    rows = data.fetch(search_mentions, flt, limit=PAGE_SIZE, offset=(int(page) - 1) * PAGE_SIZE)
    mention_list.table(inp, rows, key="m_table")
    export(flt, total)
    if rows:
        by_id = {r.id: r for r in rows}
        st.subheader("One mention")
        picked = st.selectbox("Mention", list(by_id), key="m_pick",
                              format_func=lambda i: f"#{i} · {by_id[i].brand} · {by_id[i].sentiment or '-'} · {by_id[i].text[:90]}")
        mention_list.detail(inp, picked, key="m_detail")


def export(flt: MentionFilter, total: int) -> None:
    if not total:
        return
    if st.button(f"Prepare a CSV of {plural(min(total, CSV_LIMIT), 'matching mention')}", key="m_csv_prepare"):
        rows = search_mentions(data.context().store, flt, limit=CSV_LIMIT)
        st.download_button("Download CSV", to_csv(rows), file_name="mentions.csv", mime="text/csv", key="m_csv")
        if total > CSV_LIMIT:
            st.caption(f"Only the newest {CSV_LIMIT:,}: narrow the filters for the rest.")


def main() -> None:
    inp = page_input()
    header("Mentions", inp, "Every stored mention, searchable")
    search, queue = st.tabs(["Search", "Complaint queue"])
    with search:
        results(inp, filter_form(inp))
    with queue:
        complaint_queue.show(inp)


main()
