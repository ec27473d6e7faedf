"""Backups of the embedded SQLite database with SQLite's online backup API (consistent while in use).

Made automatically when the window closes and at most daily, kept ten deep in the data directory; "Back up now"
and "Restore…" are in the manager area. A restore checks the file first and keeps the current database as a
backup of its own. (A PostgreSQL server is backed up with pg_dump; see the README.)
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from trainer.errors import StorageError

KEEP = 10


class BackupError(StorageError):
    pass


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("trainer-*.sqlite3"))


def make_backup(db_path: Path, folder: Path, reason: str = "manual", now: datetime | None = None) -> Path:
    """A consistent copy of the database, named by time and reason; only the newest ten are kept."""
    now = now or datetime.now(timezone.utc)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"trainer-{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"
    try:
        _copy(db_path, target)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"the backup could not be made: {exc}") from None
    for old in backups(folder)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def daily_due(folder: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(timezone.utc)
    existing = backups(folder)
    if not existing:
        return True
    newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, timezone.utc)
    return now - newest >= timedelta(days=1)


def validate(path: Path) -> str:
    """The schema revision of a backup that can be restored; BackupError saying why otherwise."""
    from trainer.db.migrate import known_revision

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path.name} is damaged (the integrity check failed)")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "trainee"} <= tables:
                raise BackupError(f"{path.name} is not a trainer database")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} is not a trainer database: {exc}") from None
    if not known_revision(revision):
        raise BackupError(f"{path.name} was written by a newer version of trainer (schema {revision})")
    return revision


def restore(backup: Path, db_path: Path, folder: Path, actor: str | None = None) -> Path:
    """Replaces the database with the backup (checked first); returns the backup made of the current one.

    Every connection to the database must be closed first (the app closes its services and starts again).
    """
    validate(backup)
    kept = make_backup(db_path, folder, "before-restore")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path)
    try:
        src.backup(dst)
        if actor is not None:  # the audit entry belongs in the records as they are from now on
            dst.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, 'restore', ?)",
                        (datetime.now(timezone.utc).isoformat(sep=" "), actor,
                         json.dumps({"from": backup.name, "kept": kept.name}, ensure_ascii=False)))
            dst.commit()
    except sqlite3.Error as exc:
        raise BackupError(f"the restore failed: {exc}; the records before it are in {kept.name}") from None
    finally:
        dst.close()
        src.close()
    return kept
