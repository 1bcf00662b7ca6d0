"""Who may see the dashboard: loopback by default, elsewhere only behind a login or by choice.

A shared deployment is reachable by more than one person and shows personal data (author names),
so serving it beyond this machine needs Streamlit's OIDC login (`st.login`, configured in
`.streamlit/secrets.toml`) with an allow-list in config.yaml, or an explicit `--no-auth`.
"""

from __future__ import annotations

import ipaddress
import tomllib
from collections.abc import Sequence
from pathlib import Path

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class AccessError(ValueError):
    """Serving the dashboard this way would expose it; the message says what to do."""


def is_loopback(address: str) -> bool:
    """127.0.0.0/8, ::1 and localhost stay on this machine; 0.0.0.0, :: and every other address do not."""
    host = address.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it resolves to who knows what


def email_allowed(email: str | None, allow: Sequence[str]) -> bool:
    """Whether a logged-in user's e-mail is on the allow-list of addresses and domains.

    `anna@trapkracht.nl` allows that address, `@trapkracht.nl` or `trapkracht.nl` everyone at that
    exact domain (not `evil-trapkracht.nl`, not `mail.trapkracht.nl`). Case-insensitive.
    """
    if not email or email.count("@") != 1:
        return False
    address = email.strip().lower()
    domain = address.split("@", 1)[1]
    for entry in (a.strip().lower() for a in allow):
        if not entry:
            continue
        if "@" in entry.lstrip("@"):
            if address == entry:
                return True
        elif domain == entry.lstrip("@"):
            return True
    return False


def secrets_files(cwd: Path, home: Path) -> list[Path]:
    """Where Streamlit reads secrets.toml from: the working directory's, then the user's."""
    return [cwd / ".streamlit" / "secrets.toml", home / ".streamlit" / "secrets.toml"]


def login_configured(files: Sequence[Path]) -> bool:
    """Whether a secrets.toml holds an [auth] section, which `st.login` needs."""
    for file in files:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        if isinstance(data.get("auth"), dict) and data["auth"]:
            return True
    return False


def check_serving(address: str, no_auth: bool, allow: Sequence[str], has_login: bool) -> str | None:
    """None when serving is fine as asked, a warning to print for --no-auth; AccessError otherwise."""
    if is_loopback(address):
        return None
    if no_auth:
        return (f"warning: serving the dashboard on {address} without a login (--no-auth): everyone who can "
                f"reach this port sees every mention, author names included")
    if not allow:
        raise AccessError(
            f"--address {address}: serving beyond this machine needs a login: list who may sign in under "
            f"`dashboard.allow` in config.yaml and configure [auth] in .streamlit/secrets.toml "
            f"(see docs/access.md), or pass --no-auth to serve it open"
        )
    if not has_login:
        raise AccessError(
            f"--address {address}: `dashboard.allow` is set but no .streamlit/secrets.toml has an [auth] "
            f"section for Streamlit's login; add it (see docs/access.md), or pass --no-auth"
        )
    return None
