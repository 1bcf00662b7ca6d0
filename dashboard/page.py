"""What every page starts from: the store, the global filters and the period they mean."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import streamlit as st

from dashboard import data, state
from dashboard.data import Context
from dashboard.state import GlobalFilters
from monitor.analytics.period import Period


@dataclass(frozen=True)
class PageInput:
    ctx: Context
    filters: GlobalFilters
    period: Period

    @property
    def zone(self) -> ZoneInfo:
        return self.period.zone

    @property
    def brands(self) -> list[str]:
        return list(self.filters.brands)

    @property
    def focus(self) -> str:
        """The brand the single-brand figures are about: the own brand when selected."""
        own = self.ctx.own_brand
        return own if own in self.filters.brands else self.filters.brands[0]

    @property
    def very_positive(self) -> float:
        return self.ctx.config.analytics.very_positive

    @property
    def raw(self) -> bool:
        """Shares as counted from the labels (the sidebar's "Raw counts"), not corrected."""
        return state.raw_counts()

    def shares_note(self, corrected: bool) -> str:
        """What the shown shares are, for a caption."""
        if self.raw:
            return "shares as counted from the labels (raw counts)"
        if corrected:
            return ("shares corrected for the classifier's known error rates (estimated, not counted; "
                    "\"Raw counts\" in the sidebar shows the counts)")
        return "shares as counted: this model records no error rates to correct them with"

    def default_bucket(self) -> str:
        return "day" if self.period.n_days <= 92 else "week"

    def local(self, value: datetime | None) -> str:
        """A stored UTC time as the display zone's wall clock."""
        return value.astimezone(self.zone).strftime("%d %b %Y %H:%M") if value else ""


def page_input() -> PageInput:
    ctx = data.context()
    filters = state.current()
    return PageInput(ctx, filters, filters.period(ctx.config.analytics.zone))


def header(title: str, inp: PageInput, what: str) -> None:
    st.title(title)
    st.caption(f"{what} · {inp.period.label()} · brands: {', '.join(inp.brands)}")
