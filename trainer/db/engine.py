"""Engine and session factory: SQLite pragmas, friendly connection errors, and the schema check."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import sessionmaker

from trainer.db import failures
from trainer.errors import StorageError


def redact(url: str) -> str:
    """The URL with its password hidden, fit for a message."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def create(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(
            f"not a database URL: {redact(url)!r} (use sqlite:///path/to/file.sqlite3 or "
            "postgresql+psycopg://user:password@host/dbname)"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StorageError(f"unsupported database {backend!r} in {redact(url)!r}: use SQLite or PostgreSQL")
    try:
        if backend == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                folder = Path(database).expanduser().resolve().parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StorageError(f"cannot create the folder for the database {folder}: {exc.strerror}") from None
            engine = create_engine(parsed, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_on_connect)
            event.listen(engine, "begin", _sqlite_on_begin)
        else:
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
        failures.install(engine)
    except NoSuchModuleError:
        raise StorageError(f"no driver for {redact(url)!r}: use postgresql+psycopg://") from None
    except ImportError as exc:
        raise StorageError(f"the database driver is not installed ({exc.name}); pip install 'psycopg[binary]'") from None
    return engine


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Take over transaction control so BEGIN IMMEDIATE can be issued (see _sqlite_on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_on_begin(conn) -> None:
    # Writes take the lock up front (BEGIN IMMEDIATE), so two desks writing at once wait for each
    # other (busy_timeout) instead of failing with "database is locked" when a read turns into a
    # write. Reads (see `reader`) begin deferred and never block writers under WAL.
    if conn.get_execution_options().get("trainer_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def enable_wal(engine: Engine) -> None:
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        # on the raw DBAPI connection: outside the BEGIN that trainer's begin listener issues
        with engine.connect() as conn:
            try:
                conn.connection.dbapi_connection.execute("PRAGMA journal_mode=WAL")
            except Exception as exc:  # the raw connection bypasses the engine's error translation
                error = failures.translate(exc, engine)
                if error is None:
                    raise
                raise error from exc


def sessions(engine: Engine) -> sessionmaker:
    """Sessions for a user action that writes: `with factory.begin() as session: ...`."""
    return sessionmaker(engine, expire_on_commit=False)


def reader(engine: Engine) -> sessionmaker:
    """Sessions that only read; on SQLite they do not take the write lock."""
    return sessionmaker(engine.execution_options(trainer_read_only=True), expire_on_commit=False)


def check_connection(engine: Engine) -> None:
    """Open one connection and make sure the target is a database; a clear StorageError otherwise."""
    url = redact(engine.url.render_as_string(hide_password=True))
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            else:
                conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        raise StorageError(f"cannot open the database {url}: {_first_line(exc)}") from None
    except DatabaseError as exc:
        raise StorageError(f"{url} is not a trainer database: {_first_line(exc)}") from None


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
