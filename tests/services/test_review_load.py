"""Each trainee's review load (cards due today, cards overdue) on the dashboard and their own record, the
group's total, and a ready rule that counts overdue cards — on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from trainer.engine.mastery import ReadyRule, group_load, review_day
from trainer.services.context import open_services

PASSCODE = "服务第一-2026"


@pytest.fixture
def services(db_url):
    s = open_services(db_url)
    s.profiles.create_manager("陈经理", PASSCODE)
    yield s
    s.close()


def piles(services, trainee_id: int, overdue: int, today: int, later: int, now: datetime) -> None:
    """Cards as a trainee's misses and ratings leave them: missed long ago and failed again then (overdue),
    missed today (due now), and failed again tomorrow (due tomorrow)."""
    start, tomorrow = review_day(now)
    for kind, count, when in (("old", overdue, start - timedelta(days=3)), ("today", today, None),
                              ("later", later, tomorrow + timedelta(hours=6))):
        items = [f"{kind}-{i}" for i in range(count)]
        services.review.missed(trainee_id, items)
        if when is not None:
            for item in items:
                services.review.rate(trainee_id, item, 1, now=when)  # Again: due a minute after `when`


def test_the_dashboard_counts_each_trainees_cards_due_today_and_overdue(services):
    now = datetime.now(timezone.utc)
    piled = services.profiles.add_trainee("王小明")
    clear = services.profiles.add_trainee("李娜")
    piles(services, piled.id, overdue=3, today=2, later=4, now=now)
    piles(services, clear.id, overdue=0, today=0, later=1, now=now)
    session = services.manager.unlock(PASSCODE)
    rows = {r.name: r for r in services.manager.dashboard(session, now=now)}
    assert (rows["王小明"].due_today, rows["王小明"].overdue, rows["王小明"].review_load) == (2, 3, 5)
    assert (rows["李娜"].due_today, rows["李娜"].overdue, rows["李娜"].review_load) == (0, 0, 0)
    assert group_load(rows.values()) == (2, 3)
    # the first screen (a limited read) counts the same for the trainees on it
    [first] = services.manager.dashboard(session, limit=1, now=now)
    assert (first.name, first.review_load) == ("李娜", 0)
    # the trainee's own record (the trainee detail and My progress) shows the same figures
    summary = services.progress.summary(piled.id)
    assert (summary.due_today, summary.overdue) == (2, 3)


def test_a_card_reviewed_leaves_the_load_and_tomorrow_todays_cards_are_overdue(services):
    now = datetime.now(timezone.utc)
    trainee = services.profiles.add_trainee("张伟")
    piles(services, trainee.id, overdue=1, today=2, later=0, now=now)
    services.review.rate(trainee.id, "today-0", 4, now=now)  # Easy: due days from now
    session = services.manager.unlock(PASSCODE)
    [row] = services.manager.dashboard(session, now=now)
    assert (row.due_today, row.overdue) == (1, 1)
    [row] = services.manager.dashboard(session, now=now + timedelta(days=1))
    assert (row.due_today, row.overdue) == (0, 2)


def test_the_ready_rule_may_count_overdue_cards_as_the_manager_chooses(services):
    now = datetime.now(timezone.utc)
    trainee = services.profiles.add_trainee("赵敏")
    piles(services, trainee.id, overdue=3, today=1, later=0, now=now)
    session = services.manager.unlock(PASSCODE)
    [row] = services.manager.dashboard(session, now=now)
    row = replace(row, lessons_completed=10, answers=10, correct=10, quizzes_passed=1)  # ready on everything else
    assert ReadyRule().ready(row, lessons_total=10)  # the default rule leaves the review load out
    assert not ReadyRule(overdue=2).ready(row, lessons_total=10)
    assert ReadyRule(overdue=3).ready(row, lessons_total=10)
    assert ReadyRule(overdue=0).ready(replace(row, overdue=0), lessons_total=10)


def test_how_it_is_computed_names_the_review_load_in_both_languages():
    assert "overdue" in ReadyRule().describe("en") and "逾期" in ReadyRule().describe("zh")
    assert "no more than 5 overdue" in ReadyRule(overdue=5).describe("en")
    assert "不超过 5 张" in ReadyRule(overdue=5).describe("zh")
    assert "不超过" not in ReadyRule().describe("zh")


def test_the_review_day_is_the_desks_calendar_day():
    now = datetime(2026, 12, 6, 15, 30, tzinfo=timezone.utc)
    start, tomorrow = review_day(now)
    local = now.astimezone()
    assert start <= now < tomorrow
    assert start.astimezone().date() == local.date() and start.astimezone().hour == 0
    assert tomorrow.astimezone().date() == local.date() + timedelta(days=1)


def test_a_demo_cohort_has_review_cards_to_show(services):
    from tests.conftest import CONTENT
    from trainer.content.loader import load_catalog
    from trainer.services.demo import fill

    counts = fill(services, load_catalog(CONTENT).catalog, trainees=20, seed=3, passcode=PASSCODE)
    session = services.manager.unlock(PASSCODE)
    rows = services.manager.dashboard(session)
    due, overdue = group_load(rows)
    assert counts["cards"] > 100 and overdue > 0 and due + overdue < counts["cards"]  # some are due later
    assert sum(1 for r in rows if r.review_load) >= 15
