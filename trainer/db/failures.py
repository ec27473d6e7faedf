"""Database failures a person can act on — a read-only file, a full disk, a failing disk, a lost server — turned
into a StorageError that says what happened and what is safe, instead of a driver's exception."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from trainer.errors import StorageError

READ_ONLY = ("cannot save to {where}: the database file or its folder is read-only. Nothing was changed; "
             "make it writable (or start trainer with another --db) and try again")
DISK_FULL = ("cannot save to {where}: the disk is full. Everything saved before is kept; free some space and try "
             "again")
DISK_ERROR = ("the disk holding {where} reported an error ({detail}). Everything saved before is kept: copy the "
              "file somewhere safe and check the disk")
SERVER_GONE = ("the database server {where} cannot be reached ({detail}); nothing can be saved until it is back")


def where(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return engine.url.database or ":memory:"
    url = engine.url
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _read_only(database: str) -> bool:
    path = Path(database)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def translate(exc: BaseException, engine: Engine, connected: bool = True) -> StorageError | None:
    """The StorageError for a failure a person can act on, or None (then the original error stands). A server
    that refuses the first connection is left to the "cannot open the database" message (`connected` False)."""
    place = where(engine)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return StorageError(READ_ONLY, where=place)
        if name == "SQLITE_FULL" or "disk is full" in text:
            return StorageError(DISK_FULL, where=place)
        if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
            return StorageError(DISK_ERROR, where=place, detail=detail)
        if (name == "SQLITE_CANTOPEN" or "unable to open database file" in text) and _read_only(place):
            return StorageError(READ_ONLY, where=place)  # WAL needs to create its -shm file beside the database
        return None
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate == "53100":  # disk_full
        return StorageError(DISK_FULL, where=place)
    if sqlstate == "25006":  # read_only_sql_transaction (a standby server, or default_transaction_read_only)
        return StorageError(READ_ONLY, where=place)
    if (connected and type(exc).__name__ == "OperationalError" and type(exc).__module__.startswith("psycopg")
            and sqlstate is None):
        return StorageError(SERVER_GONE, where=place, detail=detail)
    return None


def install(engine: Engine) -> None:
    """Every statement's failure goes through `translate` first."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:  # noqa: ANN001 - SQLAlchemy's ExceptionContext
        error = translate(context.original_exception, engine, connected=context.connection is not None)
        if error is not None:
            raise error from context.original_exception
