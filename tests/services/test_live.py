"""Live classroom sessions on one database shared by the presenter's and the trainees' desks (SQLite and
PostgreSQL): joining by code, answering the item shown, the tally, and the classroom attempts in each record."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from tests.services.drill import RIGHT, drill
from trainer.engine.classroom import right_place
from trainer.engine.questions import shown
from trainer.services import live as live_module
from trainer.services.context import open_services
from trainer.services.live import CODE_ALPHABET, LiveError, normalise_code

PASSCODE = "服务第一-2026"


@pytest.fixture
def services(db_url):
    services = open_services(db_url, drill())
    yield services
    services.close()


def typed(code: str) -> str:
    """The code as a trainee might type it: lower case, a dash in the middle, spaces around."""
    return f"  {code[:3].lower()}-{code[3:].lower()} "


def refused(template: str, call, *args, **kwargs) -> LiveError:
    with pytest.raises(LiveError) as caught:
        call(*args, **kwargs)
    assert caught.value.template == template, str(caught.value)
    return caught.value


def manager(services):
    services.profiles.create_manager("陈经理", PASSCODE)
    return services.manager.unlock(PASSCODE)


def places(services, question_id: str, seed: int) -> tuple[int, int]:
    """Where the right answer and a wrong one are shown to the room (the options are shuffled by the seed)."""
    view = shown(services.content.question(question_id).item, seed)
    right = right_place(view)
    return right, (right + 1) % len(view.order)


def test_a_whole_live_quiz(services):
    wang, li = services.profiles.add_trainee("王小明"), services.profiles.add_trainee("李娜")
    opened = services.live.open("quiz", "周一晨会", "zh", ["q1", "q2", "q3"], seed=42)
    assert len(opened.code) == 6 and set(opened.code) <= set(CODE_ALPHABET)
    assert (opened.item, opened.closed, opened.question_ids, opened.seed) == (None, False, ("q1", "q2", "q3"), 42)

    joined_wang = services.live.join(typed(opened.code), wang.id)
    joined_li = services.live.join(typed(opened.code), li.id)
    assert joined_wang.state.id == opened.id and joined_wang.trainee_id == wang.id
    assert None not in (joined_wang.attempt_id, joined_li.attempt_id)
    assert joined_wang.attempt_id != joined_li.attempt_id
    assert set(joined_wang.content.questions) == {"q1", "q2", "q3"}  # what the presenter serves
    assert services.live.tally(opened.id, "q1") == live_module.Tally({}, 0, 2)

    shown_q1 = services.live.show(opened.id, "q1", 0, 4)
    assert (shown_q1.item, shown_q1.item_index, shown_q1.options, shown_q1.revealed) == ("q1", 0, 4, False)
    right, wrong = places(services, "q1", 42)
    assert services.live.answer(opened.id, wang.id, "q1", right).correct is True  # the service grades it
    assert services.live.answer(opened.id, li.id, "q1", wrong).correct is False
    services.live.answer(opened.id, li.id, "q1", right)  # changes her mind
    assert services.live.tally(opened.id, "q1") == live_module.Tally({right: 2}, 2, 2)
    refused("choice {choice} is not one of the {options} choices", services.live.answer, opened.id, wang.id, "q1", 4)
    refused("the presenter has moved on", services.live.answer, opened.id, wang.id, "q2", 1)

    revealed = services.live.reveal(opened.id)
    assert revealed.revealed is True and revealed.right == right == services.live.state(opened.id).right
    refused("too late: the answer has been revealed", services.live.answer, opened.id, li.id, "q1", wrong)
    assert services.live.tally(opened.id, "q1") == live_module.Tally({right: 2}, 2, 2)

    second = services.live.show(opened.id, "q2", 1, 4)
    assert (second.item, second.item_index, second.options, second.revealed, second.right) == ("q2", 1, 4, False, None)
    right2, wrong2 = places(services, "q2", 42)
    services.live.answer(opened.id, wang.id, "q2", right2)
    services.live.answer(opened.id, li.id, "q2", wrong2)
    assert services.live.tally(opened.id, "q2") == live_module.Tally({right2: 1, wrong2: 1}, 2, 2)
    assert services.live.tally(opened.id, "q1").counts == {right: 2}  # each item keeps its own answers
    services.live.reveal(opened.id)
    services.live.show(opened.id, "q3", 2, 4)
    _right3, wrong3 = places(services, "q3", 42)
    services.live.answer(opened.id, wang.id, "q3", wrong3)
    assert services.live.tally(opened.id, "q3") == live_module.Tally({wrong3: 1}, 1, 2)  # 李娜 does not answer q3

    services.live.close(opened.id)
    services.live.close(opened.id)  # idempotent
    assert services.live.state(opened.id).closed is True
    refused("this live session has ended", services.live.answer, opened.id, wang.id, "q3", 1)
    refused("this live session has ended", services.live.show, opened.id, "q1", 0, 4)

    # the record keeps the answer itself (the option, not the place on the screen)
    option3 = shown(services.content.question("q3").item, 42).order[wrong3]
    assert services.quizzes.answers(joined_wang.attempt_id) == {"q1": (RIGHT, True), "q2": (RIGHT, True),
                                                                "q3": (option3, False)}
    li_q2 = shown(services.content.question("q2").item, 42).order[wrong2]
    assert services.quizzes.answers(joined_li.attempt_id) == {"q1": (RIGHT, True), "q2": (li_q2, False)}
    assert "q2" in {c.item_id for c in services.review.due(li.id)}  # her wrong answer is queued for review

    session = manager(services)
    attempts = {a.trainee: a for a in services.reports.attempts(session) if a.kind == "classroom"}
    assert set(attempts) == {"王小明", "李娜"}
    assert (attempts["王小明"].subject, attempts["王小明"].correct, attempts["王小明"].total) == ("周一晨会", 2, 3)
    assert (attempts["李娜"].correct, attempts["李娜"].total) == (1, 3)
    assert all(a.finished_at is not None and a.passed is False for a in attempts.values())
    assert len(services.reports.answers(session)) == 5
    rows = {r.name: r for r in services.manager.dashboard(session)}
    assert (rows["王小明"].answers, rows["王小明"].correct) == (3, 2)
    assert (rows["李娜"].answers, rows["李娜"].correct) == (2, 1)  # the changed answer counts once
    assert rows["李娜"].competencies["communication"] == (2, 1)
    assert rows["王小明"].best_quiz == pytest.approx(2 / 3)
    assert rows["王小明"].quizzes_passed == rows["王小明"].quizzes_failed == 0  # a classroom quiz is no assessment

def test_only_the_code_of_an_open_session_admits(services):
    wang, li = services.profiles.add_trainee("王小明"), services.profiles.add_trainee("李娜")
    opened = services.live.open("quiz", "Monday", "en", ["q1"])
    wrong = "ac-dEFH" if opened.code != "ACDEFH" else "HF-EDCA"  # well-formed, but no session has it
    error = refused("no open live session has the code {code}", services.live.join, f"  {wrong} ", wang.id)
    assert error.fields == {"code": wrong} and wrong in str(error)
    refused("no open live session has the code {code}", services.live.join, "zz-0000", wang.id)
    refused("no open live session has the code {code}", services.live.join, "", wang.id)
    refused("no open live session has the code {code}", services.live.join, opened.code + "A", wang.id)

    first = services.live.join(opened.code, wang.id)
    again = services.live.join(typed(opened.code), wang.id)
    assert again.attempt_id == first.attempt_id is not None
    assert normalise_code("ａｂｃ－ｄ ｅ") == "ABCDE"  # full-width input from a Chinese keyboard

    services.live.show(opened.id, "q1", 0, 4)
    refused("join the live session first", services.live.answer, opened.id, li.id, "q1", 1)
    refused("no such live session", services.live.state, opened.id + 1000)
    refused("no such live session", services.live.show, opened.id + 1000, "q1", 0, 4)
    refused("no such live session", services.live.reveal, opened.id + 1000)
    refused("no such live session", services.live.close, opened.id + 1000)
    refused("{item} is not a question of this live quiz", services.live.show, opened.id, "q9", 0, 4)
    refused("an item has {low} to {high} choices", services.live.show, opened.id, "q1", 0, 7)

    services.live.close(opened.id)
    refused("no open live session has the code {code}", services.live.join, opened.code, li.id)
    refused("no open live session has the code {code}", services.live.join, opened.code, wang.id)
    assert services.live.tally(opened.id, "q1").joined == 1

    engine = sa.create_engine(services.url)
    with engine.connect() as conn:
        attempts = conn.execute(sa.text("SELECT trainee_id, finished_at FROM quiz_attempt")).all()
    engine.dispose()
    assert len(attempts) == 1 and attempts[0][0] == wang.id and attempts[0][1] is not None

    # two open sessions never share a code
    codes = [services.live.open("roleplay", f"room {i}", "zh").code for i in range(30)]
    assert len(set(codes)) == 30


def test_a_live_role_play_votes_by_node(services):
    trainees = [services.profiles.add_trainee(name) for name in ("王小明", "李娜", "张伟")]
    opened = services.live.open("roleplay", "投诉处理", "zh", ["gift"], seed=3)
    assert opened.kind == "roleplay" and opened.question_ids == ("gift",)
    joined = [services.live.join(opened.code, t.id) for t in trainees]
    assert [j.attempt_id for j in joined] == [None, None, None]
    assert joined[0].content.scenario.id == "gift"  # the presenter's scenario, served to the desks
    start = joined[0].content.scenario.start
    assert services.live.show(opened.id, f"1:{start}", 0, 3, ["a", "b", "c"]).offered == ("a", "b", "c")

    services.live.show(opened.id, "greet", 0, 3)
    for trainee, choice in zip(trainees, (0, 2, 2)):
        services.live.answer(opened.id, trainee.id, "greet", choice)
    assert services.live.tally(opened.id, "greet") == live_module.Tally({0: 1, 2: 2}, 3, 3)
    services.live.reveal(opened.id)
    services.live.show(opened.id, "apology", 1, 2)
    services.live.answer(opened.id, trainees[0].id, "apology", 1)
    assert services.live.tally(opened.id, "apology") == live_module.Tally({1: 1}, 1, 3)
    # the scenario comes back to a node: a fresh vote there
    services.live.show(opened.id, "greet", 2, 3)
    assert services.live.tally(opened.id, "greet") == live_module.Tally({}, 0, 3)
    services.live.answer(opened.id, trainees[1].id, "greet", 1)
    assert services.live.tally(opened.id, "greet").counts == {1: 1}
    services.live.close(opened.id)

    session = manager(services)
    assert services.reports.attempts(session) == []  # a role-play vote goes into no one's record
    assert all(r.answers == 0 for r in services.manager.dashboard(session))


def test_two_desks_see_each_other_at_once(db_url):
    presenter, desk = open_services(db_url, drill()), open_services(db_url, drill())
    try:
        wang = desk.profiles.add_trainee("王小明")
        opened = presenter.live.open("quiz", "Monday", "en", ["q1", "q2"])
        assert presenter.live.tally(opened.id, "q1").joined == 0  # the presenter reads before the desk writes
        joined = desk.live.join(typed(opened.code), wang.id)
        assert presenter.live.tally(opened.id, "q1").joined == 1
        presenter.live.show(opened.id, "q1", 0, 4)
        assert desk.live.state(opened.id).item == "q1"
        right, wrong = places(desk, "q1", 0)
        desk.live.answer(opened.id, wang.id, "q1", right)
        assert presenter.live.tally(opened.id, "q1").counts == {right: 1}
        desk.live.answer(opened.id, wang.id, "q1", wrong)
        assert presenter.live.tally(opened.id, "q1").counts == {wrong: 1}
        presenter.live.reveal(opened.id)
        assert desk.live.state(opened.id).revealed is True
        refused("too late: the answer has been revealed", desk.live.answer, opened.id, wang.id, "q1", 2)
        presenter.live.close(opened.id)
        assert desk.live.state(opened.id).closed is True
        assert desk.quizzes.answers(joined.attempt_id) == {"q1": (shown(desk.content.question("q1").item, 0)
                                                                   .order[wrong], False)}
    finally:
        presenter.close()
        desk.close()


def test_an_answer_is_in_the_tally_and_the_record_together_or_in_neither(services, monkeypatch):
    from trainer.services import attempts

    wang = services.profiles.add_trainee("王小明")
    opened = services.live.open("quiz", "Monday", "en", ["q1"])
    joined = services.live.join(opened.code, wang.id)
    services.live.show(opened.id, "q1", 0, 4)
    right, wrong = places(services, "q1", 0)
    services.live.answer(opened.id, wang.id, "q1", right)
    record = attempts.record

    def fails(session, *args, **kwargs):  # the tally row is written; then recording it in the attempt fails
        record(session, *args, **kwargs)
        session.flush()
        raise IntegrityError("INSERT", {}, Exception("the disk failed"))

    monkeypatch.setattr(attempts, "record", fails)
    with pytest.raises(IntegrityError):
        services.live.answer(opened.id, wang.id, "q1", wrong)
    assert services.live.tally(opened.id, "q1").counts == {right: 1}
    assert services.quizzes.answers(joined.attempt_id) == {"q1": (RIGHT, True)}


ANSWERER = textwrap.dedent("""
    import sys
    from tests.services.drill import drill
    from trainer.services.context import open_services
    from trainer.services.live import LiveError
    url, session_id, item, reps, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
    trainees = [int(t) for t in sys.argv[6].split(",")]
    s = open_services(url, drill())
    given = 0
    for rep in range(reps):
        for t in trainees:
            choice = (t + rep) % 4
            try:
                s.live.answer(session_id, t, item, choice)
            except LiveError as exc:
                if mode != "until-revealed" or exc.template != "too late: the answer has been revealed":
                    raise
                print(given)
                sys.exit(0)
            given += 1
    s.close()
    print(given)
""")


def start_answerers(url: str, session_id: int, item: str, reps: int, mode: str, groups: list[list[int]]):
    return [subprocess.Popen([sys.executable, "-c", ANSWERER, url, str(session_id), item, str(reps), mode,
                              ",".join(map(str, group))], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for group in groups]


def wait_for(procs) -> list[int]:
    given = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert "database is locked" not in err
        assert p.returncode == 0, err[-2000:]
        given.append(int(out.strip()))
    return given


def test_a_class_answering_from_two_processes_at_once_loses_nothing(services):
    trainees = [services.profiles.add_trainee(f"学员{i:02d}").id for i in range(20)]
    opened = services.live.open("quiz", "Monday", "zh", ["q1", "q2"])
    attempts = {t: services.live.join(opened.code, t).attempt_id for t in trainees}
    groups = [trainees[:10], trainees[10:]]

    # q1: every trainee answers 8 times, from two processes at once, while the presenter polls
    services.live.show(opened.id, "q1", 0, 4)
    procs = start_answerers(services.url, opened.id, "q1", 8, "all", groups)
    polls = 0
    while any(p.poll() is None for p in procs):
        tally, state = services.live.tally(opened.id, "q1"), services.live.state(opened.id)
        assert tally.joined == 20 and tally.answered <= 20 and state.item == "q1"
        polls += 1
        time.sleep(0.02)
    assert wait_for(procs) == [80, 80]
    final = {t: (t + 7) % 4 for t in trainees}
    assert services.live.tally(opened.id, "q1") == live_module.Tally(dict(Counter(final.values())), 20, 20)
    assert polls > 0

    # q2: they keep changing their answers until the presenter reveals, in the middle of it
    services.live.show(opened.id, "q2", 1, 4)
    procs = start_answerers(services.url, opened.id, "q2", 20, "until-revealed", groups)
    deadline = time.monotonic() + 120
    while services.live.tally(opened.id, "q2").answered < 20 and time.monotonic() < deadline:
        time.sleep(0.01)
    services.live.reveal(opened.id)
    wait_for(procs)
    tally = services.live.tally(opened.id, "q2")
    assert tally.answered == 20
    services.live.close(opened.id)

    # what the tally shows is exactly what went into the trainees' records
    recorded = {t: services.quizzes.answers(a) for t, a in attempts.items()}
    assert all(set(r) == {"q1", "q2"} for r in recorded.values())
    order1, order2 = (shown(services.content.question(q).item, 0).order for q in ("q1", "q2"))
    assert {t: r["q1"][0] for t, r in recorded.items()} == {t: order1[place] for t, place in final.items()}
    assert Counter(order2.index(r["q2"][0]) for r in recorded.values()) == Counter(tally.counts)
    session = manager(services)
    rows = {r.id: r for r in services.manager.dashboard(session)}
    for t, r in recorded.items():
        right = sum(ok for _, ok in r.values())
        assert (rows[t].answers, rows[t].correct) == (2, right)
        assert rows[t].competencies["communication"] == (2, right)
    classroom = [a for a in services.reports.attempts(session) if a.kind == "classroom"]
    assert len(classroom) == 20 and all(a.finished_at is not None and a.total == 2 for a in classroom)


def test_the_tally_is_one_index_range(sqlite_url):
    services = open_services(sqlite_url)
    services.close()
    engine = sa.create_engine(sqlite_url)
    with engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT choice, count(*) FROM live_answer WHERE session_id = 1 AND item = 'q1' "
            "GROUP BY choice"))
        joined = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM live_participant WHERE session_id = 1"))
    engine.dispose()
    assert "SEARCH live_answer USING INDEX" in plan and "(session_id=? AND item=?)" in plan
    assert "SEARCH live_participant USING COVERING INDEX" in joined


def test_every_live_message_is_listed_for_translation():
    source = Path(live_module.__file__).read_text(encoding="utf-8").split("\nMESSAGES = ")[0]
    raised = set(re.findall(r'LiveError\(\s*"([^"]+)"', source))
    assert raised and raised == set(live_module.MESSAGES)


def test_a_session_left_open_by_a_crashed_laptop_is_closed_by_the_next_one(services, monkeypatch):
    from datetime import timedelta

    trainee = services.profiles.add_trainee("王小明")
    old = services.live.open("quiz", "昨天的测验", "zh", ["q1", "q2"], 1)
    joined = services.live.join(old.code, trainee.id)
    services.live.show(old.id, "q1", 0, 4)
    services.live.answer(old.id, trainee.id, "q1", 2)
    monkeypatch.setattr(live_module, "ABANDONED_AFTER", timedelta(0))  # as if that was more than 12 hours ago
    services.live.open("quiz", "今天的测验", "zh", ["q1"], 2)
    assert services.live.state(old.id).closed
    with pytest.raises(LiveError):
        services.live.join(old.code, trainee.id)
    assert joined.attempt_id is not None
    assert services.quizzes.unfinished(trainee.id, kinds=("classroom",)) is None  # its quiz was finished
    assert services.live.tally(old.id, "q1").counts == {2: 1}  # and its answers are kept
