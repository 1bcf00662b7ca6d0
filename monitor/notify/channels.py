"""Apprise channels: chat and webhook URLs for immediate alerts, with their secrets masked.

Apprise's privacy mode masks passwords and tokens in the URL's path; header and payload
parameters (`+X-Token=…`, `-key=…`, `:field=…`) and query values named like secrets are masked
here on top, and the defaults Apprise adds to a printed URL are left out so it reads as written.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from monitor.notify.config import NotifyConfig

log = logging.getLogger(__name__)

_SECRET_PARAM = re.compile(r"(token|key|secret|pass|auth|sig|code|webhook|apikey)", re.I)
MASK = "****"


class ChannelError(ValueError):
    """A channel that cannot be used, phrased as one line naming it."""


class DeliveryError(RuntimeError):
    """A channel refused or could not be reached."""


@dataclass(frozen=True)
class Channel:
    index: int
    url: str = ""  # the real URL: never printed
    masked: str = ""
    key: str = ""  # short hash of the real URL: names the channel in outbox keys without revealing it
    min_severity: str = "high"
    cooldown: timedelta = timedelta(hours=1)

    def __repr__(self) -> str:  # a Channel in a traceback or log shows no secret
        return f"Channel({self.index}, {self.masked!r})"


class _SecretFilter(logging.Filter):
    """Scrubs the secrets of every URL handed to Apprise from Apprise's own log records."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for url in self.urls:
            message = scrub(message, url)
        record.msg, record.args = message, ()
        return True


_SECRETS = _SecretFilter()


def _apprise(url: str | None = None) -> Any:
    """Apprise, its log scrubbed of `url`'s secrets (its debug lines quote whole URLs)."""
    import apprise

    apprise_log = logging.getLogger("apprise")
    if _SECRETS not in apprise_log.filters:
        apprise_log.addFilter(_SECRETS)
    apprise_log.propagate = False  # and kept out of ours altogether
    if url:
        _SECRETS.urls.add(url)
    return apprise


def channel_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _params(query: str) -> list[tuple[str, str]]:
    # A leading `+` is Apprise's header marker, not an encoded space.
    return parse_qsl(query.replace("+", "%2B"), keep_blank_values=True)


def _mask_params(query: str, masked_query: str) -> str:
    """Keep the parameters the user wrote (not Apprise's defaults), masking the secret ones."""
    written = {k for k, _ in _params(query)}
    out = []
    for name, value in _params(masked_query):
        if name not in written:
            continue
        secret = name[:1] in "+-:" or _SECRET_PARAM.search(name)
        out.append(f"{name}={MASK if secret and value else value}")
    return "&".join(out)


def mask_url(url: str) -> str:
    """The URL as it may be printed: Apprise's privacy mode plus masked secret parameters."""
    apprise = _apprise(url)

    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        scheme = url.split("://", 1)[0] if "://" in url else "?"
        return f"{scheme}://{MASK}"
    masked = plugin.url(privacy=True)
    base, _, masked_query = masked.partition("?")
    query = _mask_params(urlsplit(url).query, masked_query)
    return f"{base}?{query}" if query else base


def scrub(text: str, url: str) -> str:
    """Remove every part of a secret URL from a message (Apprise's own log lines may quote them)."""
    parts = urlsplit(url)
    secrets = [url, parts.password or "", *parts.path.split("/"), *(v for _, v in _params(parts.query))]
    if parts.username and parts.password:
        secrets.append(parts.username)
    for secret in sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def load_channels(config: NotifyConfig) -> list[Channel]:
    """Resolve every configured channel (URLs from env vars too); one-line errors name the channel."""
    apprise = _apprise()

    channels = []
    for i, spec in enumerate(config.channels):
        where = f"notify.channels[{i}]"
        try:
            url = spec.resolve()
        except LookupError as exc:
            raise ChannelError(f"{where}: {str(exc).removeprefix('notify.channels: ')}") from None
        _apprise(url)
        if apprise.Apprise.instantiate(url) is None:
            source = f"the URL in ${spec.url_env}" if spec.url_env else f"url {mask_url(url)}"
            raise ChannelError(f"{where}: {source} is not an Apprise URL Apprise can use; see https://github.com/caronc/apprise/wiki")
        channels.append(Channel(i, url, mask_url(url), channel_key(url), spec.min_severity or config.immediate_severity,
                                spec.cooldown))
    return channels


def send_apprise(channel: Channel, title: str, body: str) -> None:
    """One notification to one channel; a refusal raises DeliveryError with a scrubbed reason."""
    apprise = _apprise(channel.url)
    sender = apprise.Apprise()
    sender.add(channel.url)
    with apprise.LogCapture(level=logging.WARNING) as captured:  # the reason, scrubbed below
        ok = sender.notify(title=title, body=body)
        reason = captured.getvalue() if hasattr(captured, "getvalue") else ""
    if not ok:
        detail = " ".join(scrub(str(reason), channel.url).split())[-300:]
        raise DeliveryError(f"{channel.masked}: not delivered{': ' + detail if detail else ''}")
