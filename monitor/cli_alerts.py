"""`repwatch alerts`: detect (by default), then list alerts with scope, window, severity and cause."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from monitor.cli_common import ConfigOption, JsonOption, opened, out, since_day

if TYPE_CHECKING:  # scipy and the alert models load when the command runs, not for --help
    from monitor.alerts.store import Alert


def _cause_line(alert: Alert) -> str:
    cause = alert.cause
    topics = ", ".join(d["name"] for d in cause.get("drivers", {}).get("topics", [])[:2] if d["excess"] > 0)
    sources = ", ".join(d["name"] for d in cause.get("drivers", {}).get("sources", [])[:2] if d["excess"] > 0)
    terms = ", ".join(t["term"] for t in cause.get("terms", [])[:4])
    parts = [f"topics: {topics}" if topics else "", f"sources: {sources}" if sources else "",
             f"terms: {terms}" if terms else ""]
    return "; ".join(p for p in parts if p)


def _figures(alert: Alert) -> str:
    from monitor.alerts import metrics

    metric = metrics.get(alert.metric)
    return f"{metric.label}: {metric.figure(alert.observed)} vs {metric.figure(alert.expected)} expected"


def alerts(
    config: ConfigOption = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only alerts lasting until this date or later (YYYY-MM-DD).")] = None,
    detect: Annotated[bool, typer.Option("--detect/--no-detect", help="Run detection first.")] = True,
    json_output: JsonOption = False,
) -> None:
    """List negative-spike alerts with their scope, window, severity and cause."""
    from rich.table import Table

    from monitor.alerts.detect import detect_alerts
    from monitor.alerts.store import alert_summary, list_alerts

    with opened(config) as (cfg, store):
        zone = cfg.analytics.zone
        start = since_day(since, zone)
        changed = detect_alerts(store, cfg) if detect else []
        found = list_alerts(store, since=start)
    if json_output:
        print(json.dumps({"alerts": [a.to_json() for a in found], "changed": [a.id for a in changed]},
                         ensure_ascii=False))
        return
    table = Table("id", "scope", "window", "severity", "figures", "status", "cause", title="alerts")
    for a in found:
        s = alert_summary(a, zone)
        window = s["start"] if s["start"] == s["end"] else f"{s['start']} - {s['end']}"
        table.add_row(str(a.id), a.label, f"{window} ({a.bucket})", a.severity, _figures(a), a.status, _cause_line(a))
    out.print(table)
    out.print(f"{len(found)} alerts ({len(changed)} new or updated by this run)" if found else "no alerts")
