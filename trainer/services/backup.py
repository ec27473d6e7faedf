"""Backups of the embedded SQLite database with SQLite's online backup API (consistent while in use).

Made automatically when the window closes and at most daily, kept ten deep in `backups/` beside the database (each
database its own ten, named after its file); "Back up now" and "Restore…" are in the manager area. A restore checks
the file, brings a copy of it to this trainer's schema and only then replaces the database, keeping the current one
as a backup of its own. (A PostgreSQL server is backed up with pg_dump; see the README.)
"""

from __future__ import annotations

import json
import os
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
        # the copy of a WAL database is one too: reading it would leave -wal and -shm files beside it
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def folder_for(db_path: Path) -> Path:
    """Where the backups of the database in `db_path` go: `backups/` beside it."""
    return db_path.parent / "backups"


def backups(folder: Path, stem: str = "trainer") -> list[Path]:
    """The backups of the database file named `stem`.sqlite3, oldest first."""
    return sorted(folder.glob(f"{stem}-[0-9]*.sqlite3"))


def _name(db_path: Path, now: datetime, reason: str) -> str:
    return f"{db_path.stem}-{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"


def make_backup(db_path: Path, folder: Path, reason: str = "manual", now: datetime | None = None) -> Path:
    """A consistent copy of the database, named after it, the time and the reason; only its newest ten are kept."""
    now = now or datetime.now(timezone.utc)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _name(db_path, now, reason)
    try:
        _copy(db_path, target)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BackupError("the backup could not be made: {detail}", detail=str(exc)) from None
    for old in backups(folder, db_path.stem)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def daily_due(folder: Path, now: datetime | None = None, stem: str = "trainer") -> bool:
    now = now or datetime.now(timezone.utc)
    existing = backups(folder, stem)
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
                raise BackupError("{file} is damaged (the integrity check failed)", file=path.name)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "trainee"} <= tables:
                raise BackupError("{file} is not a trainer database", file=path.name)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):  # a trainer database whose pages were damaged (a copy cut short, a bad disk)
            raise BackupError("{file} is damaged (the integrity check failed)", file=path.name) from None
        raise BackupError("{file} is not a trainer database: {detail}", file=path.name, detail=str(exc)) from None
    if not known_revision(revision):
        raise BackupError("{file} was written by a newer version of trainer (schema {revision})", file=path.name,
                          revision=revision)
    return revision


def _staged(backup: Path, folder: Path, actor: str | None, kept_name: str) -> Path:
    """A copy of the backup brought to this trainer's schema, with the restore's audit entry; the database itself
    is not touched. BackupError when the copy cannot be brought up to date."""
    from trainer.db.engine import create
    from trainer.db.migrate import upgrade

    staged = folder / f".restoring-{os.getpid()}-{backup.stem}.sqlite3"
    try:
        _copy(backup, staged)
        engine = create(f"sqlite:///{staged}")
        try:
            upgrade(engine)  # a backup from an older trainer has an older schema
        finally:
            engine.dispose()
        if actor is not None:  # the audit entry belongs in the records as they are from now on
            conn = sqlite3.connect(staged)
            try:
                conn.execute("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, 'restore', ?)",
                             (datetime.now(timezone.utc).isoformat(sep=" "), actor,
                              json.dumps({"from": backup.name, "kept": kept_name}, ensure_ascii=False)))
                conn.commit()
            finally:
                conn.close()
        validate(staged)
    except (sqlite3.Error, StorageError) as exc:
        _remove(staged)
        raise BackupError("{file} cannot be restored ({detail}); nothing was changed", file=backup.name,
                          detail=str(exc)) from None
    return staged


def _remove(path: Path) -> None:
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        each.unlink(missing_ok=True)


def restore(backup: Path, db_path: Path, folder: Path, actor: str | None = None) -> Path:
    """Replaces the database with the backup; returns the backup made of the current one.

    The backup is checked and a copy of it brought to this trainer's schema first: a backup that cannot be
    restored leaves the database as it was. Every connection to the database must be closed first (the app closes
    its services and starts again)."""
    validate(backup)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc)
    staged = _staged(backup, folder, actor, _name(db_path, now, "before-restore"))
    try:
        kept = make_backup(db_path, folder, "before-restore", now)
        src = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)  # one step: the database is the old one or the restored one, never a mix
        except sqlite3.Error as exc:
            raise BackupError("the restore failed: {detail}; the records before it are in {kept}", detail=str(exc),
                              kept=kept.name) from None
        finally:
            dst.close()
            src.close()
    finally:
        _remove(staged)
    return kept
