"""What every `repwatch` command shares: consoles, options, one-line failures, opening the store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from rich.console import Console

if TYPE_CHECKING:  # the config, store and SQLAlchemy load in the commands that open them: --help stays fast
    from monitor.config import Config
    from monitor.storage.store import Store

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", "-c", help="Config file (default: config.yaml, or $REPWATCH_CONFIG).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")]

EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_STORAGE = 3  # the database cannot be opened or written: one line says why and what to do


def fail(message: str, code: int = EXIT_CONFIG) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


@contextmanager
def opened(config_file: Path | None) -> Iterator[tuple[Config, Store]]:
    """Config and store for a command, with config and schema problems turned into one line."""
    from monitor.analytics.counts import ensure_rollups
    from monitor.config import ConfigError, load_config
    from monitor.storage.migrations import SchemaError
    from monitor.storage.store import Store

    try:
        config = load_config(config_file)
    except ConfigError as exc:
        fail(str(exc))
    url = config.database_url()
    with storage_errors(url):
        try:
            store = Store(url)
            # Rollups follow the configured zone and very-positive threshold (a rebuild only after a change).
            ensure_rollups(store, config.analytics.zone, config.analytics.very_positive)
        except SchemaError as exc:
            fail(str(exc))
        try:
            yield config, store
        finally:
            store.close()


@contextmanager
def storage_errors(url: str) -> Iterator[None]:
    """A database failure anywhere in a command: one line and EXIT_STORAGE, not a traceback."""
    from monitor.storage.errors import STORAGE_ERRORS, storage_problem

    try:
        yield
    except STORAGE_ERRORS as exc:
        fail(storage_problem(exc, url), EXIT_STORAGE)


def since_day(value: str | None, zone: Any) -> datetime | None:
    """`--since YYYY-MM-DD` as the start of that local day; a malformed date ends the command."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        fail(f"--since: {value!r} is not a date; write it as YYYY-MM-DD, e.g. --since 2026-11-01")
    return datetime.combine(day, time.min, tzinfo=zone)
