"""The data-keeping commands of `repwatch`: schema upgrades and erasing one person's mentions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from monitor.cli_common import ConfigOption, JsonOption, fail, opened, out, storage_errors

if TYPE_CHECKING:  # SQLAlchemy loads when a command runs, not for --help
    from monitor.retention import Erased
    from monitor.storage.store import Store


def forget(
    author: Annotated[str, typer.Option("--author", help="The author name exactly as stored (case-insensitive).")],
    source: Annotated[Optional[str], typer.Option("--source", "-s", help="Only this source's mentions.")] = None,
    config: ConfigOption = None,
    json_output: JsonOption = False,
) -> None:
    """Erase one person's mentions everywhere (classifications, corrections, alert examples)."""
    from monitor.retention import forget_author

    if not author.strip():
        fail("--author: give the name of the author to erase")
    with opened(config) as (_cfg, store):
        if source is not None:
            _known_source(store, source)  # a source removed from the config may still hold mentions
        erased = forget_author(store, author, source)
    if json_output:
        print(json.dumps({"author": author, "source": source, **vars(erased)}, ensure_ascii=False))
        return
    out.print(_summary(author, erased), highlight=False)


def _known_source(store: Store, name: str) -> None:
    names = {h.name for h in store.source_health()}
    if name not in names:
        fail(f"--source: no source named {name!r} in the database; known: {', '.join(sorted(names)) or 'none'}")


def _summary(author: str, erased: Erased) -> str:
    if not erased.mentions and not erased.feedback:
        return f"nothing stored by {author!r}"
    where = ", ".join(f"{n} from {name}" for name, n in sorted(erased.by_source.items()))
    return (f"erased {erased.mentions} mentions by {author!r} ({where}), {erased.feedback} label corrections "
            f"and {erased.alert_examples} alert examples")


db_app = typer.Typer(help="The database: schema upgrades.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None, json_output: JsonOption = False) -> None:
    """Bring the database to this repwatch's schema (Alembic revisions); run it once before starting workers."""
    from monitor.config import ConfigError, load_config
    from monitor.storage.migrations import SchemaError, migrate
    from monitor.storage.schema import SCHEMA_VERSION
    from monitor.storage.store import Store

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        fail(str(exc))
    with storage_errors(cfg.database_url()):
        store = Store(cfg.database_url(), migrate_schema=False)
        try:
            where = store.engine.url.render_as_string(hide_password=True)
            found = migrate(store.engine, where=where)
        except SchemaError as exc:
            fail(str(exc))
        finally:
            store.close()
    if json_output:
        print(json.dumps({"database": where, "from_version": found, "to_version": SCHEMA_VERSION}))
    elif found == SCHEMA_VERSION:
        out.print(f"{where}: already at schema version {SCHEMA_VERSION}", highlight=False)
    else:
        out.print(f"{where}: upgraded from schema version {found} to {SCHEMA_VERSION}", highlight=False)
