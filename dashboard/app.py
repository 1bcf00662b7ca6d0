"""The dashboard's entry: `streamlit run dashboard/app.py` (or `repwatch dashboard`).

It opens the config and store, draws the global filters in the sidebar (kept in the URL) and
hands over to the page picked in the navigation; each page is one module under views/.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the project
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data, login, state  # noqa: E402
from dashboard.monitor_panel import monitor_panel  # noqa: E402

VIEWS = Path(__file__).parent / "views"
PAGES = [
    ("overview.py", "Overview", ":material/monitoring:"),
    ("topics.py", "Topics", ":material/category:"),
    ("mentions.py", "Mentions", ":material/forum:"),
    ("alerts.py", "Alerts", ":material/notifications_active:"),
    ("check.py", "Check text", ":material/fact_check:"),
]
# The favicon: Streamlit fetches a `:material/...:` favicon from an external font host (the page
# icons above come from its bundled font), so an offline dashboard would wait on it; an emoji is
# drawn in the browser.
PAGE_ICON = "📈"


def main() -> None:
    st.set_page_config(page_title="repwatch", page_icon=PAGE_ICON, layout="wide")
    ctx = data.context()
    login.require_login(ctx.config.dashboard.allow)
    pages = [st.Page(str(VIEWS / file), title=title, icon=icon, default=(i == 0)) for i, (file, title, icon) in enumerate(PAGES)]
    page = st.navigation(pages)
    st.sidebar.markdown("**repwatch**")
    zone = ctx.config.analytics.zone
    st.session_state["filters"] = state.sidebar_filters(ctx.brands, zone)
    state.raw_counts_toggle()
    st.sidebar.caption(f"Times in {zone.key}. Own brand: {ctx.own_brand}. The link in the address bar keeps these filters.")
    monitor_panel(ctx)
    page.run()


main()
