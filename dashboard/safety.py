"""Text from the web is shown as text, and only http(s) links are shown as links."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_link(url: str | None) -> str | None:
    """The URL when it is an http(s) link with a host, else None (javascript:, data:, relative...)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(ch) < 32 for ch in url):  # control characters can smuggle a scheme past parsers
        return None
    return url
