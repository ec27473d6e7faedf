"""Backups with SQLite's online backup API: made, pruned, checked, restored."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from trainer.services import backup
from trainer.services.context import open_services


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "trainer.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.profiles.create_manager("陈经理", "服务第一-2026")
    services.profiles.add_trainee("王小明")
    services.close()
    return path


def names(path: Path) -> list[str]:
    services = open_services(f"sqlite:///{path}")
    try:
        return [t.name for t in services.profiles.list_trainees()]
    finally:
        services.close()


def test_a_backup_holds_the_records_and_only_ten_are_kept(db, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    made = [backup.make_backup(db, folder, "exit", start + timedelta(hours=i)) for i in range(12)]
    assert backup.backups(folder) == made[-10:]
    assert names(made[-1]) == ["王小明"]
    assert backup.validate(made[-1])


def test_daily_backups_are_due_once_a_day(db, tmp_path):
    folder = tmp_path / "backups"
    assert backup.daily_due(folder)
    backup.make_backup(db, folder, "daily")
    assert not backup.daily_due(folder)
    assert backup.daily_due(folder, datetime.now(timezone.utc) + timedelta(days=1, minutes=1))


def test_restore_brings_back_the_backup_and_keeps_the_current_database(db, tmp_path):
    folder = tmp_path / "backups"
    saved = backup.make_backup(db, folder)
    services = open_services(f"sqlite:///{db}")
    services.profiles.add_trainee("李娜")
    services.close()
    kept = backup.restore(saved, db, folder)
    assert names(db) == ["王小明"]
    assert sorted(names(kept)) == ["李娜", "王小明"]


def test_restore_refuses_a_file_that_is_not_a_sound_trainer_database(db, tmp_path):
    folder = tmp_path / "backups"
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="not a trainer database"):
        backup.restore(notes, db, folder)
    newer = backup.make_backup(db, folder)
    engine = sa.create_engine(f"sqlite:///{newer}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(backup.BackupError, match="newer version"):
        backup.restore(newer, db, folder)
    assert names(db) == ["王小明"]


def _old_schema_database(path: Path, revision: str) -> Path:
    """A database as an older trainer left it: its schema at `revision`, one trainee in it."""
    from alembic import command

    from trainer.db import migrate
    from trainer.db.engine import create

    engine = create(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.execute(sa.text("INSERT INTO trainee (name, active, created_at) VALUES ('老学员', 1, '2026-01-01')"))
    finally:
        engine.dispose()
    return path


def test_a_backup_from_an_older_trainer_is_restored_whole_and_audited(db, tmp_path):
    old = _old_schema_database(tmp_path / "old.sqlite3", "0004")
    folder = tmp_path / "backups"
    kept = backup.restore(old, db, folder, actor="陈经理")
    assert names(db) == ["老学员"]
    services = open_services(f"sqlite:///{db}")  # opens at this trainer's schema
    services.close()
    conn = sqlite3.connect(db)
    try:
        entries = conn.execute("SELECT actor, action FROM audit_log").fetchall()
    finally:
        conn.close()
    assert ("陈经理", "restore") in entries
    assert names(kept) == ["王小明"]  # the records before are kept
    assert not [f for f in folder.iterdir() if f.name.startswith(".restoring") or f.suffix != ".sqlite3"]


def test_a_backup_that_cannot_be_brought_up_to_date_changes_nothing(db, tmp_path):
    broken = _old_schema_database(tmp_path / "old.sqlite3", "0004")
    conn = sqlite3.connect(broken)
    conn.execute("CREATE TABLE audit_log (x INTEGER)")  # in the way of the next migration
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(backup.BackupError, match="nothing was changed"):
        backup.restore(broken, db, tmp_path / "backups", actor="陈经理")
    assert db.read_bytes() == before and names(db) == ["王小明"]


def test_backups_go_beside_each_database_and_rotate_per_database(tmp_path):
    for name in ("centre-a", "centre-b"):
        services = open_services(f"sqlite:///{tmp_path / name}.sqlite3")
        services.close()
    a, b = tmp_path / "centre-a.sqlite3", tmp_path / "centre-b.sqlite3"
    folder = backup.folder_for(a)
    assert folder == tmp_path / "backups" == backup.folder_for(b)
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    made_a = [backup.make_backup(a, folder, "daily", start + timedelta(days=i)) for i in range(12)]
    backup.make_backup(b, folder, "daily", start)
    assert backup.backups(folder, "centre-a") == made_a[-10:]
    assert len(backup.backups(folder, "centre-b")) == 1
    assert not backup.daily_due(folder, stem="centre-b")  # its own backup is from today
    assert backup.daily_due(folder, stem="centre-c")  # another database's backups do not count for it
    backup.validate(made_a[-1])
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))  # reading a backup leaves nothing
