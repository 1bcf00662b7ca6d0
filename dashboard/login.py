"""The sign-in gate: with `dashboard.allow` set, only signed-in users on the allow-list get past it.

Sign-in is Streamlit's own OIDC login (`st.login`, configured under [auth] in
.streamlit/secrets.toml); who may pass is decided by `monitor.access.email_allowed`.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from monitor.access import email_allowed


def require_login(allow: Sequence[str]) -> None:
    """Stop the page unless the visitor is signed in with an allowed e-mail address."""
    if not allow:
        return
    try:
        signed_in = bool(st.user.is_logged_in)
    except Exception:  # no [auth] in secrets.toml: Streamlit cannot tell who this is
        st.error("This dashboard requires a login (dashboard.allow is set) but .streamlit/secrets.toml has "
                 "no [auth] section; see docs/access.md.")
        st.stop()
    if not signed_in:
        st.title("repwatch")
        st.write("Sign in to see the dashboard.")
        st.button("Sign in", on_click=st.login, type="primary")
        st.stop()
    email = st.user.get("email")
    if not email_allowed(email, allow):
        st.error(f"{email or 'This account'} may not see this dashboard; ask whoever runs it to add you to "
                 "dashboard.allow in config.yaml.")
        st.button("Sign out", on_click=st.logout)
        st.stop()
    st.sidebar.caption(f"Signed in as {email}.")
    st.sidebar.button("Sign out", on_click=st.logout)
