"""The `repwatch` command: one Typer app, shared options defined once, every failure one line."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from monitor import __version__, cli_adapt, cli_alerts, cli_dashboard, cli_data, cli_model, cli_notify, cli_worker
from monitor.alerts.detect import detect_alerts
from monitor.alerts.store import list_alerts
from monitor.cli_common import EXIT_FAILED, ConfigOption, JsonOption, err, fail, opened, out
from monitor.config import Config, ConfigError, config_path
from monitor.demo import DEFAULT_DEMO_DB, demo_summary, load_demo
from monitor.pipeline import CollectReport, SourceReport, collect
from monitor.starter import starter_text
from monitor.storage.store import Store

app = typer.Typer(
    help="repwatch: review and social-media sentiment monitor.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
def _version(value: bool) -> None:
    if value:
        out.print(f"repwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details to stderr.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def init(
    config: ConfigOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter config.yaml (watching the bundled demo sources)."""
    target = config_path(config)
    if target.exists() and not force:
        fail(f"{target}: already exists; edit it, or pass --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(starter_text(target.parent), encoding="utf-8")
    out.print(f"wrote {target}: edit `brands:` and `sources:`, then run `repwatch collect`")


def _progress_enabled(json_output: bool) -> bool:
    return not json_output and err.is_terminal


@app.command("collect")
def collect_cmd(
    config: ConfigOption = None,
    source: Annotated[Optional[list[str]], typer.Option("--source", "-s", help="Only this source (repeatable).")] = None,
    classify: Annotated[bool, typer.Option("--classify/--no-classify", help="Classify new mentions afterwards.")] = True,
    json_output: JsonOption = False,
) -> None:
    """Fetch every source once, store what is new, and classify it."""
    with opened(config) as (cfg, store):
        for name in source or []:
            try:
                cfg.source(name)
            except ConfigError as exc:
                fail(str(exc))
        report = _run_collect(cfg, store, source, json_output)
        if not json_output:  # shown before the model loads, so a model problem hides nothing
            _print_collect(report, json_output=False)
        classified = cli_model.classify_store(cfg, store) if classify else None
    if json_output:
        _print_collect(report, json_output=True, classified=classified)
    elif classified is not None:
        cli_model.print_classified(classified)
    if report.all_failed:
        raise typer.Exit(EXIT_FAILED)


def _run_collect(cfg: Config, store: Store, only: list[str] | None, json_output: bool) -> CollectReport:
    total = len([s for s in cfg.sources if s.enabled and (not only or s.name in only)])
    if not _progress_enabled(json_output):
        return collect(cfg, store, only)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True) as bar:
        task = bar.add_task("collecting", total=total)

        def done(name: str, _result: SourceReport) -> None:
            bar.update(task, advance=1, description=f"collected {name}")

        return collect(cfg, store, only, on_source_done=done)


def _print_collect(report: CollectReport, json_output: bool, classified: Any = None) -> None:
    if json_output:
        payload: dict[str, Any] = {"sources": {name: vars(r) for name, r in report.sources.items()},
                                   "purged": report.purged}
        if classified is not None:
            payload["classify"] = vars(classified)
        print(json.dumps(payload, ensure_ascii=False))
        return
    table = Table("source", "fetched", "new", "duplicates", "seen", "skipped", "status", title="collect")
    for name, r in report.sources.items():
        status = "[red]error[/]" if r.error else ("not modified" if r.not_modified else "[green]ok[/]")
        table.add_row(name, *(str(x) for x in (r.fetched, r.new, r.duplicates, r.seen, r.skipped)), status)
    out.print(table)
    for r in report.sources.values():
        if r.error:
            err.print(f"[red]error:[/] {r.error}", highlight=False)
    if not report.sources:
        err.print("no enabled sources in the config; add some under `sources:`")
    if report.purged:
        out.print(f"purged {report.purged} mentions older than retention_days")


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


@app.command()
def status(config: ConfigOption = None, json_output: JsonOption = False) -> None:
    """Show each source's health, its last run and the stored counts."""
    with opened(config) as (cfg, store):
        health = store.source_health()
        runs = store.last_runs()
        totals = {"mentions": store.count_mentions(), "by_brand": store.mentions_by("brand")}
    configured = {s.name for s in cfg.sources}
    if json_output:
        rows = [_health_json(h, runs.get(h.name), h.name in configured) for h in health]
        print(json.dumps({"sources": rows, **totals}, ensure_ascii=False, default=str))
        return
    table = Table("source", "type", "mentions", "last success", "failures", "last run", "last error", title="sources")
    for h in health:
        run = runs.get(h.name)
        last_run = f"{run['status']} +{run['new']}" if run else "-"
        name = h.name if h.name in configured else f"{h.name} (not in config)"
        table.add_row(name, h.type, str(h.mentions), _when(h.last_success_at), str(h.consecutive_failures),
                      last_run, h.last_error or "")
    out.print(table)
    out.print(f"{totals['mentions']} mentions: " + ", ".join(f"{b} {n}" for b, n in totals["by_brand"].items()))


def _health_json(h: Any, run: dict[str, Any] | None, configured: bool) -> dict[str, Any]:
    return {**vars(h), "configured": configured, "last_run": run}


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Where the demo database goes (recreated each time).")] = DEFAULT_DEMO_DB,
    no_dashboard: Annotated[bool, typer.Option("--no-dashboard", help="Only load the demo data.")] = False,
    port: cli_dashboard.PortOption = cli_dashboard.DEFAULT_PORT,
    json_output: JsonOption = False,
) -> None:
    """Load the bundled demo data (a fictional Dutch bike shop) into its own database."""
    config, store, report = load_demo(db)
    try:
        classified = cli_model.classify_store(config, store)
        detect_alerts(store, config)
        summary = demo_summary(config, store, report, alerts=list_alerts(store))
    finally:
        store.close()
    if json_output:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_collect(report, json_output=False)
        cli_model.print_classified(classified)
        out.print(f"demo database {summary['database']}: {summary['mentions']} mentions from {summary['sources']} sources")
        for a in summary["alerts"]:
            about = a["topic"] or a["source"] or "overall"
            out.print(f"alert: {a['brand']}, {a['scope']} {about}, {a['severity']}, {a['start']} to {a['end']}", highlight=False)
    if summary["errors"]:
        raise typer.Exit(EXIT_FAILED)
    if not no_dashboard:
        cli_dashboard.serve(cli_dashboard.demo_config_file(db), port)


app.command("dashboard")(cli_dashboard.dashboard)
app.command("alerts")(cli_alerts.alerts)
app.command("classify")(cli_model.classify)
app.command("check")(cli_model.check)
app.command("eval")(cli_model.eval_cmd)
app.command("train-sentiment")(cli_model.train_sentiment)
app.command("adapt")(cli_adapt.adapt)
app.command("forget")(cli_data.forget)
app.add_typer(cli_data.db_app, name="db")
app.command("digest")(cli_notify.digest)
app.command("watch")(cli_notify.watch)
app.command("run")(cli_notify.run)
app.command("worker")(cli_worker.worker)


def run() -> None:  # pragma: no cover - console entry for `python -m monitor`
    app(prog_name="repwatch")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
