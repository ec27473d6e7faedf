"""Schema: migrations from empty on SQLite and PostgreSQL; a newer database is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from trainer.db import engine as db_engine
from trainer.db import migrate
from trainer.db.models import Base
from trainer.errors import NewerDatabaseError
from trainer.services.context import open_services


def test_upgrade_from_empty_builds_the_schema(db_url):
    services = open_services(db_url)
    try:
        assert services.database_info()["schema"] == migrate.head_revision()
    finally:
        services.close()
    engine = sa.create_engine(db_url)
    tables = set(sa.inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_migrations_match_the_models(db_url):
    """Alembic finds nothing to change after upgrading: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    open_services(db_url).close()
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_reopening_is_idempotent(db_url):
    for _ in range(2):
        services = open_services(db_url)
        services.profiles.list_trainees()
        services.close()


def test_sqlite_uses_wal_and_foreign_keys(sqlite_url):
    services = open_services(sqlite_url)
    services.close()
    engine = db_engine.create(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def _stamp_future(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path}"
    open_services(url).close()
    _stamp_future(url)
    engine = sa.create_engine(url)
    with engine.connect() as conn:  # a database left by a newer trainer, not in WAL mode
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer version of trainer.*not changed"):
        open_services(url)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(str(path) + "-wal").exists()


def test_newer_postgresql_database_is_refused(pg_url):
    open_services(pg_url).close()
    _stamp_future(pg_url)
    with pytest.raises(NewerDatabaseError):
        open_services(pg_url)
    engine = sa.create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999_from_the_future"
    engine.dispose()
