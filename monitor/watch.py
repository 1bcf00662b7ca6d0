"""The watch loop: sources on their intervals, classify, detect, immediate alerts, the daily digest.

Everything happens in `Watcher.tick(now)`, one pass over what is due at `now`; `run` only sleeps
until the next due time. Every step's failure (a source, the model, SMTP) is logged as one line
and retried on a later tick; nothing but a stop request ends the loop. A stop request (SIGTERM,
SIGINT) is honoured between steps, so the current step finishes and the process exits cleanly.

With `queue.url` set the same passes enqueue Celery tasks instead (monitor/workers/dispatch.py),
and `repwatch worker` processes run them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from sqlalchemy import func, select

from monitor import heartbeat
from monitor.config import Config
from monitor.notify import daily
from monitor.notify.channels import load_channels
from monitor.notify.deliver import make_sender
from monitor.notify.immediate import queue_alerts
from monitor.notify.outbox import Outbox
from monitor.pipeline import collect
from monitor.progress import ProgressLog
from monitor.schedule import SourceSchedule
from monitor.storage import schema
from monitor.storage.store import Store

log = logging.getLogger("monitor.watch")

IDLE = timedelta(minutes=10)  # the longest sleep: a changed clock or a new outbox row is noticed this soon
BEAT = timedelta(minutes=1)  # how often the heartbeat is rewritten while the loop sleeps


class Clock(Protocol):
    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class StopFlag:
    """Set by a signal handler; checked between steps (no lock: a handler may run mid-anything)."""

    def __init__(self) -> None:
        self.requested = False

    def set(self) -> None:
        self.requested = True

    def __bool__(self) -> bool:
        return self.requested


@dataclass
class TickReport:
    at: datetime
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    classified: int | None = None
    alerts: int | None = None
    queued: list[str] = field(default_factory=list)
    digest: str | None = None
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)  # queue mode: "kind:what:task id" per task enqueued

    @property
    def all_sources_failed(self) -> bool:
        return bool(self.sources) and all(s.get("error") for s in self.sources.values())

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}


def _unclassified(store: Store) -> int:
    m, c = schema.mentions, schema.classifications
    query = select(func.count()).select_from(m.outerjoin(c, c.c.mention_id == m.c.id)).where(c.c.mention_id.is_(None))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def load_model(config: Config) -> Any:
    from models.classifier import Classifier
    from monitor.config import topic_specs

    return Classifier(config.model.settings(), topic_specs(config.topics)).load()


class Watcher:
    def __init__(self, config: Config, store: Store, *, classify: bool = True, stop: StopFlag | None = None,
                 model_loader: Callable[[Config], Any] = load_model, now: datetime | None = None,
                 dashboard: str | None = None) -> None:
        self.config, self.store, self.classify = config, store, classify
        self.stop = stop if stop is not None else StopFlag()  # not `or`: an unset flag is falsy
        self.model_loader = model_loader
        self.classifier: Any = None
        self.channels = load_channels(config.notify)
        self.outbox = Outbox(store, config.notify.max_attempts, config.notify.retry_backoff)
        self.sender = make_sender(config, self.channels)
        self.schedule = SourceSchedule.from_store(config, store, now or datetime.now(timezone.utc))
        started = now or datetime.now(timezone.utc)
        self.beat = heartbeat.Heartbeat("starting", started, started, dashboard=dashboard)
        self.dispatch: Any = None
        if config.queue.enabled:  # celery is imported only when a queue is configured
            from monitor.workers.dispatch import make_dispatcher

            self.dispatch = make_dispatcher(config, store)

    # -- one pass ---------------------------------------------------------------------------------
    def tick(self, now: datetime, all_sources: bool = False) -> TickReport:
        report = TickReport(now)
        names = list(self.schedule.intervals) if all_sources else self.schedule.due(now)
        if self.dispatch is not None:
            return self._enqueue_pass(names, now, report)
        steps = [("collecting", lambda: self._collect(names, now, report)), ("classifying", lambda: self._classify(report)),
                 ("detecting", lambda: self._detect_and_alert(now, report)), ("notifying", lambda: self._digest(now, report)),
                 ("notifying", lambda: self._deliver(now, report))]
        for state, step in steps:
            if self.stop:
                break
            self.heartbeat(state)  # wall-clock time: the beat says the process is alive now
            step()
        self.beat.last_pass_at = now
        self.beat.last_error = report.errors[-1] if report.errors else None
        return report

    # -- the heartbeat ----------------------------------------------------------------------------
    def heartbeat(self, state: str, now: datetime | None = None, progress: str | None = None) -> None:
        """Rewrite the heartbeat row; a failure to write it is logged, never fatal."""
        b = self.beat
        b.state, b.progress, b.beat_at = state, progress, now or datetime.now(timezone.utc)
        b.next_runs = dict(self.schedule.next_run)
        try:
            heartbeat.write(self.store, b)
        except Exception as exc:  # the database may be briefly locked; the next beat will do
            log.warning("heartbeat not written: %s: %s", type(exc).__name__, " ".join(str(exc).split())[:200])

    def _step_failed(self, report: TickReport, what: str, exc: Exception) -> None:
        message = f"{what}: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        log.error("%s; retried on the next pass", message)
        report.errors.append(message)

    def _collect(self, names: list[str], now: datetime, report: TickReport) -> None:
        for name in names:
            if self.stop:
                return
            try:
                result = collect(self.config, self.store, only=[name]).sources[name]
            except Exception as exc:  # a database hiccup must not end the loop
                self._step_failed(report, f"source {name}", exc)
                continue
            finally:
                self.schedule.done(name, now)
            report.sources[name] = vars(result)
            if result.error:
                log.warning("source %s failed: %s", name, result.error)
            else:
                log.info("source %s: fetched %d, new %d, duplicates %d%s", name, result.fetched, result.new,
                         result.duplicates, " (not modified)" if result.not_modified else "")

    def _classify(self, report: TickReport) -> None:
        if not self.classify or (self.classifier is None and _unclassified(self.store) == 0):
            return
        from monitor.classify import classify_pending

        try:
            if self.classifier is None:
                self.classifier = self.model_loader(self.config)
                log.info("model %s loaded", self.classifier.version)
            progress = ProgressLog("classifying", log, on_line=lambda line: self.heartbeat("classifying", progress=line))
            result = classify_pending(self.store, self.classifier, on_batch=progress, stop=lambda: bool(self.stop))
        except Exception as exc:  # the model is retried next pass; the loop goes on without labels
            self._step_failed(report, "classify", exc)
            return
        report.classified = result.classified + result.from_cache
        if report.classified:
            log.info("classified %d mentions (%d from cache)", result.classified, result.from_cache)

    def _detect_and_alert(self, now: datetime, report: TickReport) -> None:
        try:
            from monitor.alerts.detect import detect_alerts
        except ImportError as exc:
            log.debug("alert detection unavailable: %s", exc)
            return
        try:
            alerts = detect_alerts(self.store, self.config, now)
        except Exception as exc:
            self._step_failed(report, "detect", exc)
            return
        report.alerts = len(alerts)
        try:
            report.queued += queue_alerts(self.config, self.outbox, self.channels, list(alerts), now)
        except Exception as exc:
            self._step_failed(report, "immediate alerts", exc)

    def _digest(self, now: datetime, report: TickReport) -> None:
        day = daily.due_date(self.config, now)
        if day is None:
            return
        try:
            row, queued = daily.queue(self.store, self.config, self.outbox, day, now)
        except Exception as exc:
            self._step_failed(report, f"digest {day}", exc)
            return
        report.digest = row.key
        if queued:
            log.info("digest %s queued for %s", day, row.recipients)
            report.queued.append(row.key)

    def _deliver(self, now: datetime, report: TickReport) -> None:
        try:
            delivered = self.outbox.deliver(now, self.sender)
        except Exception as exc:
            self._step_failed(report, "deliver", exc)
            return
        report.sent += [r.key for r in delivered.sent]
        report.failed += [r.key for r, _ in delivered.failed]

    # -- queue mode: the same pass, enqueued -------------------------------------------------------
    def _enqueue_pass(self, names: list[str], now: datetime, report: TickReport) -> TickReport:
        d = self.dispatch
        steps: list[tuple[str, Callable[[], list[str]]]] = [
            ("collect", lambda: self._enqueue_collect(names, now)), ("classify", lambda: d.classify(now) if self.classify else []),
            ("detect", d.detect), ("digest", lambda: d.digest(now)), ("deliver", lambda: d.deliver(self.outbox, now))]
        for what, step in steps:
            if self.stop:
                break
            try:
                report.tasks += step()
            except Exception as exc:  # the broker down: logged, and the next pass tries again
                self._step_failed(report, f"enqueue {what}", exc)
        if report.tasks:
            log.info("enqueued %d tasks: %s", len(report.tasks), ", ".join(t.rsplit(":", 1)[0] for t in report.tasks))
        return report

    def _enqueue_collect(self, names: list[str], now: datetime) -> list[str]:
        sent = []
        for name in names:  # one by one: a source is due again only if its task did not go out
            sent += self.dispatch.collect([name])
            self.schedule.done(name, now)
        return sent

    # -- the loop ---------------------------------------------------------------------------------
    def next_wake(self, now: datetime) -> datetime:
        candidates = [now + IDLE, self.schedule.next_time(), daily.next_digest_at(self.config, now),
                      self.outbox.next_due()]
        if self.dispatch is not None:  # what workers collected is enqueued for classification this soon
            from monitor.workers.dispatch import POLL

            candidates.append(now + POLL)
        return max(min(c for c in candidates if c is not None), now)

    def run(self, clock: Clock, max_nap: float = 0.5) -> None:
        log.info("watch started: %d sources, digest %s", len(self.schedule.intervals),
                 self.config.notify.email.digest_time if self.config.notify.email else "off")
        try:
            while not self.stop:
                now = clock.now()
                self.tick(now)
                wake = self.next_wake(clock.now())
                self.beat.next_wake = wake
                self.heartbeat("idle", clock.now())
                beaten = clock.now()
                # Short naps so a stop request is seen within `max_nap` seconds.
                while not self.stop and (remaining := (wake - clock.now()).total_seconds()) > 0:
                    clock.sleep(min(remaining, max_nap))
                    if clock.now() - beaten >= BEAT:
                        beaten = clock.now()
                        self.heartbeat("idle", beaten)
        except BaseException as exc:
            self.beat.last_error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            self.heartbeat("crashed", clock.now())
            raise
        self.heartbeat("stopped", clock.now())
        log.info("watch stopped")
