"""Bring a database to the current schema, refusing (untouched) one written by a newer trainer."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from trainer.db.engine import redact
from trainer.errors import NewerDatabaseError, StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision; NewerDatabaseError when this trainer does not know it."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(_config())
    try:
        script.get_revision(current)
    except Exception:
        url = redact(engine.url.render_as_string(hide_password=True))
        raise NewerDatabaseError(
            f"the database {url} was written by a newer version of trainer (schema {current}; this "
            f"version knows up to {script.get_current_head()}). It was not changed: update trainer to open it."
        ) from None
    return current


def upgrade(engine: Engine) -> None:
    cfg = _config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError) as exc:
        orig = getattr(exc, "orig", exc)
        raise StorageError(f"cannot update the database schema: {str(orig).splitlines()[0]}") from None


def known_revision(revision: str) -> bool:
    """Whether this version of trainer knows a schema revision (else the database is from a newer one)."""
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False
