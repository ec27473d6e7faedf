"""The manager's area on SQLite and PostgreSQL: passcode lockout, roster import, audit, dashboard, isolation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from trainer.errors import AuthError
from tests.services.drill import drill, given
from trainer.engine.scenario import Solver
from trainer.services.context import open_services
from trainer.services.manager import ManagerSession
from trainer.services.roster import RosterError

PASSCODE = "服务第一-2026"


@pytest.fixture
def services(db_url):
    s = open_services(db_url, drill())
    s.profiles.create_manager("陈经理", PASSCODE)
    yield s
    s.close()


def test_wrong_passcodes_are_rate_limited(services):
    now = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
    for _ in range(5):
        with pytest.raises(AuthError, match="wrong passcode"):
            services.manager.unlock("guess-0000", now)
    with pytest.raises(AuthError, match="try again in 31 seconds"):
        services.manager.unlock(PASSCODE, now)  # even the right one waits
    assert services.manager.unlock(PASSCODE, now + timedelta(seconds=31)).name == "陈经理"
    with pytest.raises(AuthError):
        services.manager.unlock("guess-0000", now + timedelta(seconds=40))  # the count starts again
    services.manager.unlock(PASSCODE, now + timedelta(seconds=41))


def test_manager_records_need_an_unlocked_session(services):
    with pytest.raises(AuthError, match="locked"):
        services.manager.dashboard(ManagerSession("forged", "陈经理"))
    session = services.manager.unlock(PASSCODE)
    services.manager.dashboard(session)
    services.manager.lock(session)
    with pytest.raises(AuthError):
        services.manager.dashboard(session)


GOOD = "姓名,团队,期次,PIN\n王小明,华东一组,2026-11,\n李娜,华东二组,2026-11,2468\n"


def test_a_good_roster_is_imported_in_one_go_and_audited(services):
    session = services.manager.unlock(PASSCODE)
    services.profiles.add_trainee("李娜")
    assert services.manager.import_roster(session, GOOD.encode("utf-8"), "roster.csv") == (1, 1)
    rows = {r.name: r for r in services.manager.dashboard(session)}
    assert (rows["王小明"].team, rows["李娜"].intake) == ("华东一组", "2026-11")
    assert services.manager.groups(session) == (["华东一组", "华东二组"], ["2026-11"])
    [entry] = [e for e in services.manager.audit_log(session) if e.action == "import-roster"]
    assert entry.actor == "陈经理" and entry.detail == {"file": "roster.csv", "added": 1, "updated": 1}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_excel_encodings_are_read(services, encoding):
    session = services.manager.unlock(PASSCODE)
    assert services.manager.import_roster(session, GOOD.encode(encoding)) == (2, 0)
    assert sorted(r.name for r in services.manager.dashboard(session)) == ["李娜", "王小明"]


def test_a_roster_with_bad_rows_imports_nothing_and_names_every_bad_row(services):
    session = services.manager.unlock(PASSCODE)
    bad = "name,team,pin\n王小明,A,\n,B,\n张伟,C,12\n王小明,D,\n" + "x" * 120 + ",E,\n"
    with pytest.raises(RosterError) as raised:
        services.manager.import_roster(session, bad.encode("utf-8"))
    assert raised.value.problems == [
        (3, "the name is missing"), (4, "a PIN is 4 to 8 digits"),
        (5, "'王小明' is listed twice (first on line 2)"), (6, "the name is longer than 100 characters")]
    assert services.manager.dashboard(session) == []
    with pytest.raises(RosterError, match="'name'"):
        services.manager.import_roster(session, "foo,bar\n1,2\n".encode())
    with pytest.raises(RosterError, match="neither UTF-8 nor GBK|not a CSV"):
        services.manager.import_roster(session, b"\xff\xfe\x00\x01binary")


def test_editing_a_trainee_is_audited(services):
    session = services.manager.unlock(PASSCODE)
    wang = services.profiles.add_trainee("王小明")
    services.manager.update_trainee(session, wang.id, team="华东一组", active=False)
    assert services.manager.dashboard(session) == []
    assert [r.team for r in services.manager.dashboard(session, include_inactive=True)] == ["华东一组"]
    [entry] = [e for e in services.manager.audit_log(session) if e.action == "edit-trainee"]
    assert entry.detail["before"]["active"] is True and entry.detail["after"]["active"] is False


def test_the_dashboard_follows_answers_lessons_and_plays(services):
    session = services.manager.unlock(PASSCODE)
    wang = services.profiles.add_trainee("王小明")
    attempt = services.quizzes.start(wang.id, "assessment", "第一周考核", "zh", ["q1", "q2", "q3", "q4"], 1, 0.75)
    for qid, ok in (("q1", True), ("q2", True), ("q3", False), ("q4", True)):
        services.quizzes.answer(attempt, qid, given(ok))
    services.quizzes.answer(attempt, "q4", given(False))  # a changed answer
    services.quizzes.finish(attempt)
    play = services.roleplay.start(wang.id, "gift", "zh")
    solver = Solver(play.scenario)
    while not play.finished:  # the best way through, as a trainee who knows the code plays it
        play = services.roleplay.choose(play.attempt_id, solver.best_choice(play.node_id, play.flags)).play
    [row] = services.manager.dashboard(session)
    assert (row.answers, row.correct) == (4, 2)  # the changed answer replaced the first, it is not counted twice
    assert (row.quizzes_passed, row.quizzes_failed, row.best_quiz) == (0, 1, 0.5)
    assert row.competencies == {"communication": (4, 2)}
    assert row.plays == 1 and row.play_score == pytest.approx(1.0)
    assert row.last_activity is not None


def test_reset_and_delete_are_audited_and_thorough(services):
    session = services.manager.unlock(PASSCODE)
    wang = services.profiles.add_trainee("王小明")
    li = services.profiles.add_trainee("李娜")
    for trainee in (wang, li):
        attempt = services.quizzes.start(trainee.id, "practice", "p", "zh", ["q1"], 1, 0.8)
        services.quizzes.answer(attempt, "q1", given(False))
        services.quizzes.finish(attempt)
    services.manager.reset_trainee(session, wang.id)
    rows = {r.name: r for r in services.manager.dashboard(session)}
    assert rows["王小明"].answers == 0 and rows["王小明"].competencies == {}
    assert rows["李娜"].answers == 1  # nobody else is touched
    assert services.review.due_count(wang.id) == 0 and services.review.due_count(li.id) == 1
    services.manager.delete_trainee(session, li.id)
    assert [r.name for r in services.manager.dashboard(session, include_inactive=True)] == ["王小明"]
    assert services.reports.answers(session) == []
    actions = [e.action for e in services.manager.audit_log(session)]
    assert actions[:2] == ["delete-trainee", "reset-trainee"]


def test_a_demo_cohort_leaves_room_for_trainees_added_by_hand(db_url):
    """The cohort is inserted with its ids; on PostgreSQL the sequences must move past them."""
    from trainer.content.loader import load_catalog
    from trainer.paths import content_dir
    from trainer.services.demo import fill

    services = open_services(db_url)
    try:
        fill(services, load_catalog(content_dir()).catalog, trainees=5, seed=2, passcode="demo-passcode")
        added = services.profiles.add_trainee("新学员")
        session = services.manager.unlock("demo-passcode")
        assert "新学员" in {r.name for r in services.manager.dashboard(session)} and added.id > 5
    finally:
        services.close()


def test_an_edit_to_a_taken_blank_or_overlong_name_is_refused_in_words(services):
    from trainer.services.profiles import ProfileError

    session = services.manager.unlock(PASSCODE)
    wang = services.profiles.add_trainee("王小明")
    services.profiles.add_trainee("李娜")
    for name, words in (("李娜", "exists already"), ("   ", "a name is required"), ("长" * 150, "at most 100")):
        with pytest.raises(ProfileError, match=words):
            services.manager.update_trainee(session, wang.id, name=name)
    with pytest.raises(ProfileError, match="at most 100"):
        services.manager.update_trainee(session, wang.id, team="组" * 101)
    assert sorted(r.name for r in services.manager.dashboard(session)) == ["李娜", "王小明"]
    assert not [e for e in services.manager.audit_log(session) if e.action == "edit-trainee"]  # nothing written
    services.manager.update_trainee(session, wang.id, name="  王  小明 ")
    assert "王 小明" in [r.name for r in services.manager.dashboard(session)]


def test_a_reset_keeps_the_assessments_the_manager_assigned(services):
    from trainer.engine.quiz import QuizSpec

    session = services.manager.unlock(PASSCODE)
    wang = services.profiles.add_trainee("王小明")
    assessment = services.quizzes.save_assessment("第一周考核", QuizSpec(count=5))
    services.quizzes.assign(assessment, [wang.id])
    services.manager.reset_trainee(session, wang.id)
    assert [a.name for a in services.quizzes.assigned_to(wang.id)] == ["第一周考核"]


def test_an_open_quote_is_a_problem_at_its_line_not_one_long_name(services):
    from trainer.services.roster import parse

    with pytest.raises(RosterError) as raised:
        parse('姓名,团队\n王小明,A\n"未闭合,A\n李娜,B\n'.encode())
    assert raised.value.problems == [(3, 'a quoted field is not closed: a " is missing')]


def test_lines_are_counted_from_the_file_even_after_a_field_over_two_lines():
    from trainer.services.roster import parse

    with pytest.raises(RosterError) as raised:
        parse('姓名,团队\n王小明,"华东\n一组"\n,B\n'.encode())  # the nameless row is on the file's line 4
    assert raised.value.problems == [(4, "the name is missing")]


@pytest.mark.parametrize("sep", [";", "\t", "，"])
def test_a_roster_separated_by_semicolons_tabs_or_full_width_commas_is_read(sep):
    from trainer.services.roster import parse

    rows = parse(f"姓名{sep}团队\n王小明{sep}华东一组\n李娜{sep}华南一组\n".encode())
    assert [(r.name, r.team) for r in rows] == [("王小明", "华东一组"), ("李娜", "华南一组")]
