"""Backups with SQLite's online backup API: made, pruned, checked, restored."""

from __future__ import annotations

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
