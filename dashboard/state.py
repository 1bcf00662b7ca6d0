"""The global filters (brand set, period) and their place in the URL, so a view is a shareable link.

The query string holds `brands=Trapkracht,Velora` and `period=30d` (the last 30 local days) or
`period=2026-10-01..2026-10-31` (a custom range, both days included). The sidebar widgets live
in the entry script, so their state survives page switches; every run writes them back to the
URL because a page switch would otherwise drop the query string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping
from zoneinfo import ZoneInfo

import streamlit as st

from monitor.analytics.period import Period

PRESETS: dict[str, int] = {"Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90, "Last 120 days": 120}
CUSTOM = "Custom range"
DEFAULT_DAYS = 30
MAX_DAYS = 3660
_DAYS = re.compile(r"^(\d{1,4})d$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

KEY_BRANDS, KEY_PERIOD, KEY_RANGE, KEY_SEEDED = "f_brands", "f_period", "f_range", "f_seeded"
KEY_RAW = "f_raw_counts"  # show shares as counted from the labels instead of corrected


def raw_counts_toggle() -> None:
    st.sidebar.toggle("Raw counts", key=KEY_RAW, help=(
        "Shares and net sentiment are estimated: corrected for the classifier's known error rates, "
        "measured on held-out data when the model was trained. Switch on to see them as counted "
        "from the labels instead."))


def raw_counts() -> bool:
    return bool(st.session_state.get(KEY_RAW, False))


@dataclass(frozen=True)
class GlobalFilters:
    """Which brands, and which local days: the last `days` ending today, or `first`..`last`."""

    brands: tuple[str, ...]
    days: int | None = DEFAULT_DAYS
    first: date | None = None
    last: date | None = None

    def period(self, zone: ZoneInfo, now: datetime | None = None) -> Period:
        if self.days is not None:
            return Period.last_days(self.days, zone, now=now)
        assert self.first is not None and self.last is not None
        return Period.days(self.first, self.last, zone)

    def period_param(self) -> str:
        if self.days is not None:
            return f"{self.days}d"
        return f"{self.first}..{self.last}"

    def to_query(self) -> dict[str, str]:
        return {"brands": ",".join(self.brands), "period": self.period_param()}


def parse_query(params: Mapping[str, Any], known_brands: list[str]) -> GlobalFilters:
    """Filters from a query string; unknown brands and malformed periods fall back to the defaults."""
    raw = params.get("brands")
    wanted = [b for b in str(raw).split(",") if b] if raw else []
    brands = tuple(b for b in known_brands if b in wanted) or tuple(known_brands)
    text = str(params.get("period") or "")
    if m := _DAYS.match(text):
        days = int(m.group(1))
        if 1 <= days <= MAX_DAYS:
            return GlobalFilters(brands, days)
    if m := _RANGE.match(text):
        try:
            first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        except ValueError:
            return GlobalFilters(brands)
        if first <= last and (last - first).days < MAX_DAYS:
            return GlobalFilters(brands, None, first, last)
    return GlobalFilters(brands)


def _preset_name(days: int | None) -> str:
    return next((name for name, n in PRESETS.items() if n == days), CUSTOM)


def _seed_widgets(filters: GlobalFilters, today: date) -> None:
    """Put the URL's filters into the widgets' state once per browser session."""
    st.session_state[KEY_BRANDS] = list(filters.brands)
    preset = _preset_name(filters.days)
    st.session_state[KEY_PERIOD] = preset
    if preset == CUSTOM:
        if filters.days is not None:  # a day count that is no preset: shown as the range it means
            first, last = today - timedelta(days=filters.days - 1), today
        else:
            first, last = filters.first, filters.last
        st.session_state[KEY_RANGE] = (first, last)
    st.session_state[KEY_SEEDED] = True


def sidebar_filters(known_brands: list[str], zone: ZoneInfo) -> GlobalFilters:
    """The sidebar widgets, seeded from the URL; returns the filters and writes them back to the URL."""
    today = datetime.now(zone).date()
    if not st.session_state.get(KEY_SEEDED):
        _seed_widgets(parse_query(st.query_params, known_brands), today)
    st.sidebar.multiselect("Brands", known_brands, key=KEY_BRANDS, help="Brands compared on every page")
    st.sidebar.selectbox("Period", [*PRESETS, CUSTOM], key=KEY_PERIOD, help=f"Local days in {zone.key}")
    brands = tuple(b for b in known_brands if b in st.session_state[KEY_BRANDS]) or tuple(known_brands)
    preset = st.session_state[KEY_PERIOD]
    if preset != CUSTOM:
        filters = GlobalFilters(brands, PRESETS[preset])
    else:
        if KEY_RANGE not in st.session_state:
            st.session_state[KEY_RANGE] = (today - timedelta(days=DEFAULT_DAYS - 1), today)
        picked = st.sidebar.date_input("Days", key=KEY_RANGE, max_value=today + timedelta(days=1))
        first, last = _range_of(picked, today)
        filters = GlobalFilters(brands, None, first, last)
    write_query(filters)
    return filters


def _range_of(picked: Any, today: date) -> tuple[date, date]:
    """A date_input range while the user is still picking may hold one day only."""
    days = [d for d in (picked if isinstance(picked, (tuple, list)) else [picked]) if d is not None]
    if not days:
        return today - timedelta(days=DEFAULT_DAYS - 1), today
    return min(days), max(days)


def write_query(filters: GlobalFilters) -> None:
    for key, value in filters.to_query().items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value


def current() -> GlobalFilters:
    """The filters the entry script resolved for this run (pages read them from here)."""
    return st.session_state["filters"]
