"""`repwatch mentions`: list stored mentions through the analytics search the dashboard uses."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from monitor.cli_common import ConfigOption, JsonOption, fail, opened, out, since_day

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from monitor.analytics.mentions import MentionRow

SENTIMENTS = ("negative", "neutral", "positive", "unlabelled")
_FAR_FUTURE = datetime(9999, 1, 1)

ListOption = Optional[list[str]]


def _since_period(value: str | None, zone: ZoneInfo) -> Any:
    from monitor.analytics.period import Period

    start = since_day(value, zone)
    return None if start is None else Period(start, _FAR_FUTURE.replace(tzinfo=zone), zone)


def _known(option: str, given: list[str], known: list[str]) -> tuple[str, ...]:
    unknown = [g for g in given if g not in known]
    if unknown:
        fail(f"{option}: no {option.removeprefix('--')} named {unknown[0]!r}; known: {', '.join(known) or 'none'}")
    return tuple(given)


def mentions(
    brand: Annotated[ListOption, typer.Option("--brand", "-b", help="Only this brand (repeatable).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only mentions published on this date or later (YYYY-MM-DD).")] = None,
    sentiment: Annotated[ListOption, typer.Option("--sentiment", help="negative, neutral, positive or unlabelled (repeatable).")] = None,
    topic: Annotated[ListOption, typer.Option("--topic", "-t", help="Only mentions about this topic (repeatable).")] = None,
    source: Annotated[ListOption, typer.Option("--source", "-s", help="Only this source (repeatable).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="List at most this many, newest first.")] = 50,
    csv_output: Annotated[bool, typer.Option("--csv", help="Print CSV (UTC times, formula-safe cells) instead of a table.")] = False,
    config: ConfigOption = None,
    json_output: JsonOption = False,
) -> None:
    """List stored mentions, newest first, by brand, date, sentiment, topic and source."""
    from monitor.analytics.mentions import MentionFilter, count_matching, search_mentions, to_csv

    if json_output and csv_output:
        fail("--json and --csv: choose one output format")
    bad = [s for s in sentiment or [] if s not in SENTIMENTS]
    if bad:
        fail(f"--sentiment: {bad[0]!r} is not a sentiment; use {', '.join(SENTIMENTS)}")
    with opened(config) as (cfg, store):
        zone = cfg.analytics.zone
        flt = MentionFilter(
            brands=_known("--brand", brand or [], [b.name for b in cfg.brands]),
            sources=_known("--source", source or [], sorted(h.name for h in store.source_health())),
            sentiments=tuple(sentiment or ()), topics=tuple(topic or ()), period=_since_period(since, zone))
        total = count_matching(store, flt)
        rows = search_mentions(store, flt, limit=limit)
    if csv_output:
        print(to_csv(rows), end="")
    elif json_output:
        print(json.dumps({"total": total, "shown": len(rows), "mentions": [_row_json(r) for r in rows]},
                         ensure_ascii=False))
    else:
        _print_table(rows, total, zone)


def _row_json(row: MentionRow) -> dict[str, Any]:
    return {**vars(row), "published_at": row.published_at.isoformat(), "topics": list(row.topics)}


def _print_table(rows: list[MentionRow], total: int, zone: ZoneInfo) -> None:
    from rich.table import Column, Table

    from monitor.display import date_time, mentions_match

    table = Table(Column(f"published ({zone.key})", no_wrap=True), "brand", Column("source", no_wrap=True),
                  "sentiment", "score", "topics", Column("text", overflow="fold", ratio=1), "id", title="mentions")
    for r in rows:
        text = (r.title + " · " if r.title else "") + r.text
        table.add_row(date_time(r.published_at.astimezone(zone)), r.brand, r.source,
                      r.sentiment or "unlabelled", "" if r.score is None else f"{r.score:+.2f}", ", ".join(r.topics),
                      text[:300], str(r.id))
    if rows:
        out.print(table)
    out.print(f"{mentions_match(total)}; the newest {len(rows):,} shown" if total else "no mentions match",
              highlight=False)
