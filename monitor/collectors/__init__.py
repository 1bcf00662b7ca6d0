"""Collectors, one module per source kind, chosen by the source's `type` key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from monitor.collectors.appstore import AppStoreCollector
from monitor.collectors.base import Collector
from monitor.collectors.bluesky import BlueskyCollector
from monitor.collectors.feed import FeedCollector
from monitor.collectors.googleplay import GooglePlayCollector
from monitor.collectors.hackernews import HackerNewsCollector
from monitor.collectors.mastodon import MastodonCollector
from monitor.collectors.news import NewsCollector
from monitor.collectors.reddit import RedditCollector
from monitor.config import FeedSource, SourceConfig

if TYPE_CHECKING:  # monitor.http imports this package: a runtime import would be circular
    from monitor.http import HttpClient

COLLECTORS: dict[str, type] = {
    c.kind: c
    for c in (
        FeedCollector, AppStoreCollector, GooglePlayCollector, NewsCollector, RedditCollector, MastodonCollector,
        BlueskyCollector, HackerNewsCollector,
    )
}


def make_collector(source: SourceConfig, http: HttpClient, base_dir: Path) -> Collector:
    collector = COLLECTORS.get(source.type)
    if collector is None:  # unreachable: config validation knows the same types
        raise TypeError(f"no collector for source type {source.type!r}")
    return collector(source, http, base_dir)  # type: ignore[no-any-return]


def describe_target(source: SourceConfig) -> str:
    """What a source reads, for `repwatch status` (URLs as given, paths as written)."""
    if isinstance(source, FeedSource):
        return source.url
    return str(COLLECTORS[source.type].describe(source))
