"""Profiles on SQLite and PostgreSQL: the manager account, trainees, PINs, and what survives a kill."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from trainer.errors import AuthError
from trainer.services.context import open_services
from trainer.services.profiles import ProfileError


@pytest.fixture
def services(db_url):
    s = open_services(db_url)
    yield s
    s.close()


def test_first_run_creates_one_manager(services):
    assert not services.profiles.has_manager()
    services.profiles.create_manager("陈经理", "服务第一-2026")
    assert services.profiles.has_manager()
    services.manager.unlock("服务第一-2026")
    with pytest.raises(AuthError):
        services.manager.unlock("服务第一-2025")
    with pytest.raises(ProfileError):
        services.profiles.create_manager("someone else", "another-passcode")


def test_weak_manager_passcode_is_refused(services):
    with pytest.raises(ProfileError, match="at least 6"):
        services.profiles.create_manager("陈经理", "123")
    assert not services.profiles.has_manager()


def test_trainees_are_added_listed_and_unique(services):
    services.profiles.add_trainee("  王小明 ")
    services.profiles.add_trainee("李娜", pin="2468")
    rows = services.profiles.list_trainees()
    assert [(r.name, r.has_pin) for r in rows] == [("李娜", True), ("王小明", False)]
    with pytest.raises(ProfileError, match="exists already"):
        services.profiles.add_trainee("王小明")
    with pytest.raises(ProfileError, match="PIN"):
        services.profiles.add_trainee("张伟", pin="12")
    with pytest.raises(ProfileError, match="name is required"):
        services.profiles.add_trainee("   ")


def test_pin_protects_a_trainee(services):
    li = services.profiles.add_trainee("李娜", pin="2468")
    with pytest.raises(AuthError):
        services.profiles.sign_in(li.id, "1357")
    with pytest.raises(AuthError):
        services.profiles.sign_in(li.id, None)
    assert services.profiles.sign_in(li.id, "2468").name == "李娜"


def test_preferences_follow_the_trainee(services):
    wang = services.profiles.add_trainee("王小明")
    assert services.profiles.preference(wang.id, "lesson") is None
    services.profiles.set_preference(wang.id, "lesson", "phone-conduct")
    services.profiles.set_preference(wang.id, "lesson", "data-security")
    assert services.profiles.preference(wang.id, "lesson") == "data-security"


def test_a_killed_process_loses_nothing_it_saved(db_url, tmp_path):
    """Saved is saved: a process killed with SIGKILL right after adding trainees leaves them in the database."""
    script = textwrap.dedent(f"""
        import os, signal
        from trainer.services.context import open_services
        s = open_services({db_url!r})
        s.profiles.create_manager("陈经理", "服务第一-2026")
        for name in ("王小明", "李娜", "张伟"):
            s.profiles.add_trainee(name)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    services = open_services(db_url)
    try:
        assert [r.name for r in services.profiles.list_trainees()] == sorted(["王小明", "李娜", "张伟"])
        services.manager.unlock("服务第一-2026")
    finally:
        services.close()


def test_a_pin_in_full_width_digits_is_the_same_pin(services):
    """A Chinese input method may type １２３４: it is 1234, whichever way it is typed at sign-in."""
    li = services.profiles.add_trainee("李娜", pin="２４６８")
    assert services.profiles.sign_in(li.id, "2468").name == "李娜"
    assert services.profiles.sign_in(li.id, "２４６８").name == "李娜"
    with pytest.raises(AuthError):
        services.profiles.sign_in(li.id, "２４６９")


@pytest.mark.parametrize("pin", ["٢٤٦٨", "১২৩৪", "१२३४", "12 34", "1234567890"])
def test_digits_that_cannot_be_typed_again_the_same_way_are_not_a_pin(services, pin):
    with pytest.raises(ProfileError, match="PIN"):
        services.profiles.add_trainee("张伟", pin=pin)
    assert services.profiles.list_trainees() == []


def test_a_roster_pin_in_full_width_digits_signs_in_with_ascii_digits():
    from trainer.services.roster import RosterError, parse

    [row] = parse("姓名,PIN\n王小明,１３５７\n".encode())
    assert row.pin == "1357"
    with pytest.raises(RosterError, match="4 to 8 digits"):
        parse("姓名,PIN\n王小明,٢٤٦٨\n".encode())
