"""A full or read-only disk under the SQLite file: a clear message, nothing already saved lost, no damaged file.

The disks are real: a small tmpfs mounted for the test (root can do it; elsewhere the tests say why they skip).
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess

import pytest

from tests.conftest import fill_disk
from trainer.errors import StorageError
from tests.services.drill import drill, given
from trainer.services.context import open_services


def _seed(url: str):
    services = open_services(url, drill(5000))
    services.profiles.create_manager("陈经理", "服务第一-2026")
    trainee = services.profiles.add_trainee("王小明")
    return services, trainee


def test_a_full_disk_says_so_and_keeps_every_answer_saved_before(small_disk):
    url = f"sqlite:///{small_disk / 'trainer.sqlite3'}"
    services, trainee = _seed(url)
    attempt = services.quizzes.start(trainee.id, "practice", "p", "zh", [f"q{i}" for i in range(5000)], 1, 0.8)
    saved = 0
    filler = fill_disk(small_disk)
    with pytest.raises(StorageError) as caught:
        for i in range(5000):
            services.quizzes.answer(attempt, f"q{i}", given(True))
            saved += 1
    assert "disk is full" in str(caught.value) and str(small_disk / "trainer.sqlite3") in str(caught.value)
    services.close()
    filler.unlink()
    services = open_services(url)  # space again: the file opens, whole, with every answer saved before the failure
    try:
        session = services.manager.unlock("服务第一-2026")
        assert len(services.reports.answers(session)) == saved
        [row] = services.manager.dashboard(session)
        assert row.answers == saved  # the running totals agree with the answers: no half-written transaction
    finally:
        services.close()
    with sqlite3.connect(small_disk / "trainer.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_disk_says_so_and_changes_nothing(small_disk):
    url = f"sqlite:///{small_disk / 'trainer.sqlite3'}"
    services, trainee = _seed(url)
    services.close()
    digest = hashlib.sha256((small_disk / "trainer.sqlite3").read_bytes()).hexdigest()
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    with pytest.raises(StorageError) as caught:
        services = open_services(url)
        services.quizzes.start(trainee.id, "practice", "p", "zh", ["q1"], 1, 0.8)
    assert "read-only" in str(caught.value)
    assert hashlib.sha256((small_disk / "trainer.sqlite3").read_bytes()).hexdigest() == digest
