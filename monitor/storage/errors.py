"""Database failures as one line that says what to do, for every command.

SQLAlchemy wraps the driver's error; the driver's message says what happened (a read-only file,
a folder SQLite cannot create its journal in, a server that refuses the connection) but in its own
words and with a traceback around it. Here each known cause becomes one sentence with the fix.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

# (words in the driver's message, what to tell the user). First match wins.
_CAUSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("readonly database", "read-only"), "the database is read-only; make the file and its folder writable "
     "(chmod u+w) or point storage.url at a writable place"),
    (("unable to open database file",), "cannot open the database file; check that its folder exists and is "
     "writable (SQLite writes a journal beside it)"),
    (("disk i/o error",), "the disk refused a write (SQLite needs to write beside the file: is the folder "
     "read-only or full?); make it writable or point storage.url elsewhere"),
    (("database is locked",), "the database stayed locked by another repwatch process; try again when it ends"),
    (("connection refused", "could not connect", "connection to server"), "cannot reach the PostgreSQL server; "
     "check the host and port in storage.url and that the server is running"),
    (("could not translate host name", "name or service not known", "nodename nor servname"),
     "the database host in storage.url is unknown; check its spelling"),
    (("password authentication failed", "authentication failed"), "the database refused the login; check the "
     "user and password (set them through the environment, not in config.yaml)"),
    (("does not exist",), "the database named in storage.url does not exist; create it (createdb) or fix the name"),
    (("timeout expired", "timed out"), "the database server did not answer in time; check storage.url and the network"),
)


def storage_problem(exc: BaseException, url: str) -> str:
    """One line: the database (password hidden), what went wrong, what to do."""
    where = _safe(url)
    if isinstance(exc, StorageError):
        return str(exc)
    if isinstance(exc, ArgumentError):
        return f"{where}: storage.url is not a database URL SQLAlchemy understands; use sqlite:///path or postgresql://..."
    cause = str(getattr(exc, "orig", None) or exc).lower()
    for needles, advice in _CAUSES:
        if any(n in cause for n in needles):
            return f"{where}: {advice}"
    detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0][:160]
    return f"{where}: database error ({detail}); check storage.url"


def _safe(url: str) -> str:
    try:
        parsed = make_url(url)
        return url if parsed.password is None else parsed.render_as_string(hide_password=True)
    except Exception:  # an unparsable URL carries no password we could hide: show its scheme only
        return url.split("://", 1)[0] + "://..."


class StorageError(RuntimeError):
    """A storage problem already phrased as one line (the folder of a SQLite file cannot be made)."""


STORAGE_ERRORS = (SQLAlchemyError, StorageError)
