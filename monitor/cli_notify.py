"""The delivery commands of `repwatch`: digest, watch and run."""

from __future__ import annotations

import json
import logging
import signal
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from monitor.cli_common import EXIT_FAILED, ConfigOption, JsonOption, err, fail, opened, out

if TYPE_CHECKING:  # the watch loop, the alerts (scipy) and the mail stack load in the commands, not for --help
    from monitor.config import Config
    from monitor.notify import daily
    from monitor.notify.outbox import Row
    from monitor.storage.store import Store
    from monitor.watch import StopFlag, TickReport, Watcher

ClassifyOption = Annotated[
    bool, typer.Option("--classify/--no-classify", help="Classify new mentions (needs the model).")
]


def _log_events() -> None:
    """One timestamped line per event on stderr (journald and cron mail keep them)."""
    logging.getLogger("monitor").setLevel(logging.INFO)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))


def _digest_date(cfg: Config, value: str | None) -> date:
    if value is None:
        return datetime.now(timezone.utc).astimezone(cfg.analytics.zone).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--date: {value!r} is not a date; write YYYY-MM-DD")


def _send_now(cfg: Config, store: Store, day: date, now: datetime, composed: daily.Composed) -> tuple[Row, str | None]:
    """Queue the day's digest (once) and try to deliver it; (its row after the attempt, error)."""
    from monitor.notify import daily
    from monitor.notify.channels import ChannelError, load_channels
    from monitor.notify.deliver import make_sender
    from monitor.notify.outbox import Outbox

    if cfg.notify.email is None:
        fail(f"{cfg.path}: notify.email: not configured; add host, sender and recipients to send the digest")
    try:
        channels = load_channels(cfg.notify)
    except ChannelError as exc:
        fail(f"{cfg.path}: {exc}")
    outbox = Outbox(store, cfg.notify.max_attempts, cfg.notify.retry_backoff)
    row, _queued = daily.queue(store, cfg, outbox, day, now, composed)
    if row.status == "pending":
        report = outbox.deliver(now, make_sender(cfg, channels), only=row.key)
        if report.failed:
            row = outbox.get(row.key) or row
            return row, report.failed[0][1]
    return outbox.get(row.key) or row, None


def digest(
    config: ConfigOption = None,
    preview: Annotated[Optional[Path], typer.Option("--preview", help="Write the HTML to this file (chart inline).")] = None,
    send: Annotated[bool, typer.Option("--send", help="Send it now (once per date and recipient list).")] = False,
    day: Annotated[Optional[str], typer.Option("--date", help="The digest's date, YYYY-MM-DD (it covers the day before); default today.")] = None,
    json_output: JsonOption = False,
) -> None:
    """Build the daily digest: print it, preview it as HTML, or send it."""
    from monitor.notify import daily

    with opened(config) as (cfg, store):
        when = _digest_date(cfg, day)
        now = datetime.now(timezone.utc)
        composed = daily.build(store, cfg, when, now)
        row, error = _send_now(cfg, store, when, now, composed) if send else (None, None)
    if preview is not None:
        try:
            preview.parent.mkdir(parents=True, exist_ok=True)
            preview.write_text(daily.preview_html(composed), encoding="utf-8")
        except OSError as exc:
            fail(f"{preview}: cannot write the preview ({exc.strerror or exc}); pick a writable path")
    if json_output:
        payload: dict[str, Any] = {"date": when.isoformat(), "subject": composed.mail.subject,
                                   "digest": composed.digest.to_json(), "preview": str(preview) if preview else None,
                                   "outbox": row.to_json() if row else None, "error": error}
        print(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        _print_digest(composed, preview, row, error, show_text=not send and preview is None)
    if error:
        raise typer.Exit(EXIT_FAILED)


def _print_digest(composed: daily.Composed, preview: Path | None, row: Row | None, error: str | None, show_text: bool) -> None:
    if show_text:
        out.print(composed.mail.text, highlight=False, markup=False)
    if preview is not None:
        out.print(f"wrote {preview}", highlight=False)
    if row is not None and row.status == "sent":
        out.print(f"digest {row.key.split('|')[1]} sent to {row.recipients} at {row.sent_at:%Y-%m-%d %H:%M} UTC "
                  f"(attempts: {row.attempts})", highlight=False)
    elif row is not None:
        err.print(f"[red]error:[/] digest not sent: {error}; it stays queued and `repwatch watch` or `repwatch run` "
                  f"retries it (attempt {row.attempts} of the allowed)", highlight=False)


def _watcher(cfg: Config, store: Store, classify: bool, stop: StopFlag | None = None) -> Watcher:
    from monitor.notify.channels import ChannelError
    from monitor.watch import Watcher

    try:
        return Watcher(cfg, store, classify=classify, stop=stop)
    except (ChannelError, LookupError) as exc:  # LookupError: queue.url_env names an unset variable
        fail(f"{cfg.path}: {exc}")


def watch(config: ConfigOption = None, classify: ClassifyOption = True) -> None:
    """Run for ever: every source on its interval, classify, detect, alert, and the digest at its time."""
    from monitor.watch import StopFlag, SystemClock

    _log_events()
    stop = StopFlag()

    def request_stop(signum: int, _frame: Any) -> None:
        logging.getLogger("monitor.watch").info("%s received: stopping after the current step", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    with opened(config) as (cfg, store):
        _watcher(cfg, store, classify, stop).run(SystemClock())


def run(config: ConfigOption = None, classify: ClassifyOption = True, json_output: JsonOption = False) -> None:
    """One pass for cron: collect every source, classify, detect, alert, the digest if due, retries."""
    _log_events()
    with opened(config) as (cfg, store):
        watcher = _watcher(cfg, store, classify)
        report = watcher.tick(datetime.now(timezone.utc), all_sources=True)
        watcher.heartbeat("stopped")  # one pass, for cron: done, not hung
    if json_output:
        print(json.dumps(report.to_json(), ensure_ascii=False, default=str))
    else:
        _print_pass(report)
    if report.all_sources_failed:
        raise typer.Exit(EXIT_FAILED)


def _print_pass(report: TickReport) -> None:
    new = sum(int(s.get("new", 0)) for s in report.sources.values())
    failed = [n for n, s in report.sources.items() if s.get("error")]
    out.print(f"{len(report.sources)} sources ({len(failed)} failed), {new} new mentions, "
              f"{report.classified or 0} classified, {report.alerts if report.alerts is not None else '-'} alerts, "
              f"{len(report.queued)} messages queued, {len(report.sent)} sent, {len(report.failed)} failed", highlight=False)
    for error in report.errors:
        err.print(f"[red]error:[/] {error}", highlight=False)
