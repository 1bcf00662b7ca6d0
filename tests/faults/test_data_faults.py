"""Faults in the payload: bad bytes, future dates, late items, endless paging, a 5 MB item,
one failing comment thread, a run killed half-way, undated reviews of a first run."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.faults.conftest import collect_once, feed, item, rss
from tests.faults.hostile import HostileServer, fixed, sequence

DEADLINE = 30.0
JSON = "application/json"
NOW = datetime.now(timezone.utc).replace(microsecond=0)  # items are placed relative to the run, not a date


def _iso(at: datetime) -> str:
    return at.isoformat().replace("+00:00", "Z")


def test_one_stray_byte_does_not_garble_a_utf8_feed(hostile: HostileServer, tmp_path: Path) -> None:
    body = rss(item("n1", "Trapkracht: bestilte sykkel på nett"), item("n2", "Trapkracht ødela kjedet")).encode()
    body = body.replace("ødela".encode(), b"\xff" + "ødela".encode())  # one stray byte in another item
    for name, content_type in (("declared", "application/rss+xml; charset=utf-8"), ("sniffed", "application/rss+xml")):
        url = hostile.route(f"/{name}.rss", fixed(body.replace(b' encoding="utf-8"', b"") if name == "sniffed" else body,
                                                  content_type))
        run = collect_once(tmp_path / name, [feed(name, url)])
        texts = sorted(m["text"] for m in run.store.iter_mentions())
        assert texts == ["Trapkracht \ufffdødela kjedet", "Trapkracht: bestilte sykkel på nett"], (name, texts)


def _bluesky_post(uri: str, text: str, at: datetime) -> dict[str, Any]:
    return {"uri": f"at://did:plc:x/app.bsky.feed.post/{uri}", "author": {"handle": "a.bsky.social"},
            "record": {"text": text, "createdAt": _iso(at), "langs": ["nl"]}}


def test_a_future_dated_post_does_not_blind_its_source(hostile: HostileServer, tmp_path: Path) -> None:
    path = "/xrpc/app.bsky.feed.searchPosts"
    future = _bluesky_post("f", "Trapkracht uit de toekomst", datetime(2099, 1, 1, tzinfo=timezone.utc))
    first = [future, _bluesky_post("a", "Trapkracht eerste", NOW - timedelta(hours=1))]
    later = [future, _bluesky_post("b", "Trapkracht daarna geschreven", NOW + timedelta(minutes=1)), *first[1:]]
    hostile.route(path, sequence(fixed(json.dumps({"posts": first}), JSON), fixed(json.dumps({"posts": later}), JSON)))
    source = {"type": "bluesky", "name": "sky", "query": "trapkracht", "brand": "Trapkracht",
              "base_url": hostile.url("")}
    assert collect_once(tmp_path, [source]).reports["sky"].new == 2
    run = collect_once(tmp_path, [source])
    assert (run.reports["sky"].new, run.reports["sky"].seen) == (1, 2)  # the new post stored, repeats seen
    from monitor.collectors.paging import Watermark

    state = run.store.source_state(run.store.ensure_source("sky", "bluesky", "x"))
    assert Watermark.load(state.cursor).newest <= datetime.now(timezone.utc)  # never the 2099 date
    dates = [m["published_at"] for m in run.store.iter_mentions()]
    assert max(dates) <= datetime.now(timezone.utc)


def _hn_hit(object_id: str, text: str, at: datetime) -> dict[str, Any]:
    return {"objectID": object_id, "comment_text": text, "story_title": "Trapkracht", "author": "pg",
            "created_at_i": int(at.timestamp())}


def test_a_late_indexed_item_inside_the_overlap_is_stored(hostile: HostileServer, tmp_path: Path) -> None:
    """Hacker News indexes a comment written before the last run only after it: the overlap finds it."""
    path = "/api/v1/search_by_date"
    known = _hn_hit("100", "Trapkracht remmen prima", NOW - timedelta(minutes=10))
    late = _hn_hit("99", "Trapkracht levering laat, later geindexeerd", NOW - timedelta(hours=1))
    hostile.route(path, sequence(fixed(json.dumps({"hits": [known], "nbPages": 1}), JSON),
                                 fixed(json.dumps({"hits": [known, late], "nbPages": 1}), JSON)))
    source = {"type": "hackernews", "name": "hn", "query": "trapkracht", "brand": "Trapkracht",
              "base_url": hostile.url(""), "overlap": "3h"}
    assert collect_once(tmp_path, [source]).reports["hn"].new == 1
    run = collect_once(tmp_path, [source])
    assert (run.reports["hn"].new, run.reports["hn"].seen, run.reports["hn"].duplicates) == (1, 1, 0)


def _endless_hn(hostile: HostileServer) -> None:
    """Algolia claiming a million pages, each with 100 distinct hits, older page by page."""
    def route(h: Any, query: dict[str, list[str]]) -> None:
        page = int(query.get("page", ["0"])[0])
        hits = [_hn_hit(str(10_000_000 - page * 100 - i), f"Trapkracht bericht {page}-{i}",
                        NOW - timedelta(minutes=page * 100 + i)) for i in range(100)]
        h.reply(200, json.dumps({"hits": hits, "nbPages": 1_000_000}).encode(), JSON)
    hostile.route("/api/v1/search_by_date", route)


def test_endless_paging_is_capped_per_run_and_the_next_run_continues(hostile: HostileServer, tmp_path: Path) -> None:
    _endless_hn(hostile)
    source = {"type": "hackernews", "name": "hn", "query": "trapkracht", "brand": "Trapkracht",
              "base_url": hostile.url(""), "max_pages": 5, "backfill_max": 100_000, "backfill_days": 3650}
    run = collect_once(tmp_path, [source], measure=True)
    assert run.seconds < DEADLINE and run.peak_bytes < 60_000_000, (run.seconds, run.peak_bytes)
    assert hostile.hits("/api/v1/search_by_date") == 5 and run.reports["hn"].new == 500
    run = collect_once(tmp_path, [source])
    assert hostile.hits("/api/v1/search_by_date") == 10 and run.reports["hn"].new == 500  # pages 5-9, no repeats
    assert run.store.count_mentions() == 1000


def test_pages_are_stored_as_they_come_so_a_broken_walk_loses_nothing(hostile: HostileServer, tmp_path: Path) -> None:
    pages = {"n": 0}

    def route(h: Any, query: dict[str, list[str]]) -> None:
        page = int(query.get("page", ["0"])[0])
        pages["n"] += 1
        if page == 3:  # the walk breaks (a killed run would too) after three pages
            h.reply(500, b"down", "text/plain")
            return
        hits = [_hn_hit(str(5000 - page * 10 - i), f"Trapkracht {page}-{i}", NOW - timedelta(minutes=page * 10 + i))
                for i in range(10)]
        h.reply(200, json.dumps({"hits": hits, "nbPages": 10}).encode(), JSON)
    hostile.route("/api/v1/search_by_date", route)
    source = {"type": "hackernews", "name": "hn", "query": "trapkracht", "brand": "Trapkracht",
              "base_url": hostile.url("")}
    run = collect_once(tmp_path, [source])
    assert "HTTP 500" in run.error("hn")
    assert run.store.count_mentions() == 30  # pages 0-2 kept
    assert run.store.source_state(run.store.ensure_source("hn", "hackernews", "x")).cursor is None  # re-read next


def test_a_5mb_item_is_cut_and_costs_bounded_memory(hostile: HostileServer, tmp_path: Path) -> None:
    from monitor.text import CUT_MARKER, TEXT_CAP

    words = ("Trapkracht " + "lange tekst over de fiets " * 200_000)[:5_000_000]
    url = hostile.route("/big.rss", fixed(rss(item("big", words))))
    run = collect_once(tmp_path, [feed("big", url)], measure=True, max_bytes=20_000_000)
    assert run.seconds < DEADLINE
    assert run.reports["big"].new == 1
    text = next(iter(run.store.iter_mentions()))["text"]
    assert len(text) <= TEXT_CAP + len(CUT_MARKER.format(cap=TEXT_CAP)) and text.endswith(CUT_MARKER.format(cap=TEXT_CAP))
    assert run.peak_bytes < 100_000_000, run.peak_bytes  # measured 30 MB; before the caps far more


def test_one_posts_failing_comments_are_skipped_and_logged(hostile: HostileServer, tmp_path: Path) -> None:
    def post(name: str) -> dict[str, Any]:
        return {"kind": "t3", "data": {"name": f"t3_{name}", "title": f"Trapkracht {name}", "selftext": "",
                                       "permalink": f"/r/x/comments/{name}/", "created_utc": NOW.timestamp() - 60}}
    comment = {"kind": "t1", "data": {"name": "t1_c1", "body": "Trapkracht reactie", "created_utc": NOW.timestamp()}}
    hostile.route("/r/fietsen/new.json", fixed(json.dumps(
        {"kind": "Listing", "data": {"children": [post("p1"), post("p2")], "after": None}}), JSON))
    hostile.route("/comments/p1.json", fixed("forbidden", "text/plain", status=403))
    hostile.route("/comments/p2.json", fixed(json.dumps(
        [{"kind": "Listing", "data": {"children": []}}, {"kind": "Listing", "data": {"children": [comment]}}]), JSON))
    source = {"type": "reddit", "name": "rd", "subreddit": "fietsen", "comments": True, "brand": "Trapkracht",
              "base_url": hostile.url("")}
    run = collect_once(tmp_path, [source])
    report = run.reports["rd"]
    assert report.error is None and report.new == 3  # both posts and p2's comment
    assert report.warnings == [f"comments of post p1 skipped: {hostile.url('/comments/p1.json')}"
                               "?sort=new&limit=100&raw_json=1: HTTP 403, access refused; check the URL or credentials"]
    logged = run.store.last_runs()["rd"]
    assert logged["status"] == "partial" and logged["error"].startswith("1 part(s) skipped: comments of post p1")


def test_undated_reviews_of_a_first_run_are_kept_out_of_the_alert_series(hostile: HostileServer, tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from monitor.analytics.series import Scope, sentiment_series

    undated = "".join(f"<item><guid>u{i}</guid><description>Trapkracht oud {i}</description></item>" for i in range(20))
    url = hostile.route("/reviews.rss", sequence(fixed(rss(undated)), fixed(rss(undated + (
        "<item><guid>u-new</guid><description>Trapkracht nieuw</description></item>")))))
    first = collect_once(tmp_path, [feed("reviews", url)])
    assert first.reports["reviews"].new == 20
    second = collect_once(tmp_path, [feed("reviews", url)])
    assert second.reports["reviews"].new == 1
    flags = {m["external_key"]: (m["published_estimated"], m["undated_backlog"]) for m in second.store.iter_mentions()}
    assert flags["u0"] == (True, True) and flags["u-new"] == (True, False)  # the later one has first-seen history
    end = datetime.now(timezone.utc) + timedelta(hours=1)
    for size in ("hour", "day"):
        every = sentiment_series(second.store, Scope("Trapkracht"), end - timedelta(days=2), end, size, ZoneInfo("UTC"))
        alerts = sentiment_series(second.store, Scope("Trapkracht"), end - timedelta(days=2), end, size,
                                  ZoneInfo("UTC"), dated_only=True)
        assert sum(b.unlabelled for b in every) == 21 and sum(b.unlabelled for b in alerts) == 1, size
    # What detection reads is that dated-only series.
    from monitor.alerts.detect import StoreSeries

    detected = StoreSeries(second.store).series(Scope("Trapkracht"), end - timedelta(days=2), end, "day",
                                                ZoneInfo("UTC"), 0.6)
    assert sum(b.unlabelled for b in detected) == 1
