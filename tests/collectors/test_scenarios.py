"""The behaviour every API collector shares, run once per source kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.collectors import common
from tests.collectors.test_appstore import SPEC as APPSTORE
from tests.collectors.test_bluesky import SPEC as BLUESKY
from tests.collectors.test_googleplay import SPEC as GOOGLEPLAY
from tests.collectors.test_hackernews import SPEC as HACKERNEWS
from tests.collectors.test_mastodon import SPEC as MASTODON
from tests.collectors.test_news import SPEC as NEWS
from tests.collectors.test_reddit import SPECS as REDDIT
from tests.feedserver import FeedServer, Reply

SPECS = [APPSTORE, BLUESKY, GOOGLEPLAY, HACKERNEWS, MASTODON, NEWS, *REDDIT]
FAILURES = [(spec, *case) for spec in [APPSTORE, BLUESKY, GOOGLEPLAY, HACKERNEWS, MASTODON, NEWS, REDDIT[0]]
            for case in common.failures(spec)]


def _id(value: object) -> str:
    return type(value).__name__ if isinstance(value, common.Spec) else ""


@pytest.mark.parametrize("spec", SPECS, ids=_id)
def test_empty_page(feed_server: FeedServer, tmp_path: Path, spec: common.Spec) -> None:
    common.empty_page(spec, feed_server, tmp_path)


@pytest.mark.parametrize("spec", SPECS[:-1], ids=_id)
def test_short_retry_after_is_waited(feed_server: FeedServer, tmp_path: Path, spec: common.Spec) -> None:
    common.short_retry_after_is_waited(spec, feed_server, tmp_path)


@pytest.mark.parametrize(("spec", "reply", "says", "requests"), FAILURES, ids=lambda v: _id(v) or None)
def test_failures_are_one_line(
    feed_server: FeedServer, tmp_path: Path, spec: common.Spec, reply: Reply, says: str, requests: int
) -> None:
    common.failure_is_one_line(spec, feed_server, tmp_path, reply, says, requests)
