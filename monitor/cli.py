"""The `repwatch` command: one Typer app, shared options defined once, every failure one line."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

# Only the command modules' signatures load here; what a command needs (the config, SQLAlchemy,
# scipy, torch, Streamlit) is imported inside it, so `repwatch --help` starts in a fraction of a second.
from monitor import cli_adapt, cli_alerts, cli_dashboard, cli_data, cli_mentions, cli_model, cli_notify, cli_serve, cli_worker
from monitor.cli_common import EXIT_FAILED, ConfigOption, JsonOption, err, fail, opened, out

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.pipeline import CollectReport
    from monitor.storage.store import Store

DEFAULT_DEMO_DB = Path("data/demo.db")  # monitor.demo uses the same default

app = typer.Typer(
    help="repwatch: review and social-media sentiment monitor.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's plain help: Typer's rich help formatter alone costs 0.2 s at start-up
)
def _version(value: bool) -> None:
    if value:
        from monitor import __version__

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
    from monitor.config import config_path
    from monitor.starter import starter_text

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
    from monitor.config import ConfigError

    with opened(config) as (cfg, store):
        for name in source or []:
            try:
                cfg.source(name)
            except ConfigError as exc:
                fail(str(exc))
        report = _run_collect(cfg, store, source, json_output)
        if not json_output:  # shown before the model loads, so a model problem hides nothing
            _print_collect(report, json_output=False)
        # The model loads only when something is unlabelled: a run with nothing new stays fast.
        classified = cli_model.classify_store(cfg, store, only_new=True) if classify else None
    if json_output:
        _print_collect(report, json_output=True, classified=classified)
    elif classified is not None:
        cli_model.print_classified(classified)
    if report.all_failed:
        raise typer.Exit(EXIT_FAILED)


def _run_collect(cfg: Config, store: Store, only: list[str] | None, json_output: bool) -> CollectReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from monitor.pipeline import SourceReport, collect

    total = len([s for s in cfg.sources if s.enabled and (not only or s.name in only)])
    if not _progress_enabled(json_output):
        return collect(cfg, store, only)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True) as bar:
        task = bar.add_task("collecting", total=total)

        def done(name: str, _result: SourceReport) -> None:
            bar.update(task, advance=1, description=f"collected {name}")

        return collect(cfg, store, only, on_source_done=done)


def _print_collect(report: CollectReport, json_output: bool, classified: Any = None) -> None:
    from rich.table import Column, Table

    if json_output:
        payload: dict[str, Any] = {"sources": {name: vars(r) for name, r in report.sources.items()},
                                   "purged": report.purged}
        if classified is not None:
            payload["classify"] = vars(classified)
        print(json.dumps(payload, ensure_ascii=False))
        return
    width = max(map(len, report.sources), default=6)  # whole source names at any width, as in `status`
    table = Table(Column("source", no_wrap=True, min_width=width), "fetched", "new", "duplicates", "seen", "skipped",
                  "status", title="collect")
    for name, r in report.sources.items():
        status = "[red]error[/]" if r.error else ("[yellow]partial[/]" if r.warnings else
                                                  "not modified" if r.not_modified else "[green]ok[/]")
        table.add_row(name, *(str(x) for x in (r.fetched, r.new, r.duplicates, r.seen, r.skipped)), status)
    out.print(table)
    for name, r in report.sources.items():
        if r.error:
            err.print(f"[red]error:[/] {r.error}", highlight=False)
        for warning in r.warnings:  # a part skipped (one post's comments); the rest was stored
            err.print(f"[yellow]skipped:[/] {name}: {warning}", highlight=False)
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
        from monitor import heartbeat

        beat = heartbeat.read(store)
    now = datetime.now(timezone.utc)
    configured = {s.name for s in cfg.sources}
    if json_output:
        rows = [_health_json(h, runs.get(h.name), h.name in configured) for h in health]
        monitor = {**beat.to_json(), "health": beat.health(now)} if beat else {"health": "never"}
        print(json.dumps({"sources": rows, **totals, "monitor": monitor}, ensure_ascii=False, default=str))
        return
    names = {h.name: h.name if h.name in configured else f"{h.name} (not in config)" for h in health}
    table = _status_table(max(map(len, names.values()), default=6))
    for h in health:
        run = runs.get(h.name)
        last_run = f"{run['status']} +{run['new']}" if run else "-"
        table.add_row(names[h.name], h.type, str(h.mentions), _when(h.last_success_at), str(h.consecutive_failures),
                      last_run, h.last_error or "")
    out.print(table)
    for h in health:
        if h.final_url:  # a feed that redirects: where it is really read from, to update config.yaml
            out.print(f"{h.name}: redirected to {h.final_url}", highlight=False)
    out.print(f"{totals['mentions']} mentions: " + ", ".join(f"{b} {n}" for b, n in totals["by_brand"].items()))
    out.print(heartbeat.describe(beat, now), highlight=False, markup=False)


def _status_table(name_width: int) -> Any:
    """Whole source names at any width, on a terminal or not: the error column folds instead."""
    from rich.table import Column, Table

    return Table(Column("source", no_wrap=True, min_width=name_width), Column("type", no_wrap=True), "mentions",
                 "last success", "failures", "last run", Column("last error", overflow="fold", ratio=1),
                 title="sources")


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
    from monitor.demo import run_demo

    run = cli_model.with_progress(lambda on_batch: run_demo(db, cli_model.load_classifier, on_batch=on_batch))
    report, classified, summary = run.report, run.classified, run.summary
    if json_output:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_collect(report, json_output=False)
        cli_model.print_classified(classified)
        out.print(f"demo database {summary['database']}: {summary['mentions']} mentions from {summary['sources']} sources")
        for a in summary["alerts"]:
            about = a["topic"] or a["source"] or "overall"
            out.print(f"alert: {a['brand']}, {a['scope']} {about}, {a['severity']}, {a['status']}, {a['start']} to {a['end']}",
                      highlight=False)
    if summary["errors"]:
        raise typer.Exit(EXIT_FAILED)
    if not no_dashboard:
        cli_dashboard.serve(cli_dashboard.demo_config_file(db), port)


app.command("serve")(cli_serve.serve)
app.command("dashboard")(cli_dashboard.dashboard)
app.command("alerts")(cli_alerts.alerts)
app.command("classify")(cli_model.classify)
app.command("check")(cli_model.check)
app.command("eval")(cli_model.eval_cmd)
app.command("train-sentiment")(cli_model.train_sentiment)
app.command("mentions")(cli_mentions.mentions)
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
