"""Shared fixtures: a private data directory per test, and databases on SQLite and a real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
PG_URL = os.environ.get("TRAINER_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """No test ever reads or writes the user's real data directory."""
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DB_URL", raising=False)
    monkeypatch.delenv("TRAINER_CONTENT_DIR", raising=False)


@contextmanager
def temporary_pg_database():
    """A fresh, empty database on the test PostgreSQL server, dropped afterwards."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("TRAINER_TEST_PG_URL is not set: run the tests with ./dev.sh test, which starts PostgreSQL")
        pytest.skip("no PostgreSQL: run ./dev.sh test, or set TRAINER_TEST_PG_URL")
    import sqlalchemy as sa

    name = f"trainer_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_url():
    with temporary_pg_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{(tmp_path / 'trainer.sqlite3').as_posix()}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same test on the embedded SQLite default and on a real PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'trainer.sqlite3').as_posix()}"
    else:
        with temporary_pg_database() as url:
            yield url


@pytest.fixture
def shipped_content(tmp_path) -> Path:
    """A copy of the shipped content directory, to break in tests."""
    root = tmp_path / "shipped" / "content"
    shutil.copytree(CONTENT, root)
    return root


def _mount(point: Path, size: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                              capture_output=True)
    except OSError:
        return False
    return done.returncode == 0


@pytest.fixture()
def small_disk(tmp_path):
    """A real 3 MB disk (tmpfs) to fill up or make read-only."""
    point = tmp_path / "disk"
    if not _mount(point, "3m"):
        pytest.skip("mounting a small disk needs root (CI and the development machine run the tests as root)")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def fill_disk(folder: Path) -> Path:
    """Write until the disk has no space left."""
    filler = folder / "filler.bin"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    return filler
