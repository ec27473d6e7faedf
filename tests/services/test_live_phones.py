"""What the phones need from the live service (SQLite and PostgreSQL): a room's answers in one transaction, each
checked as a desk's is, graded by the service from the place chosen; the desks' tally without the phones'."""

from __future__ import annotations

import pytest

from trainer.content.loader import load_catalog
from trainer.engine.classroom import right_place
from trainer.engine.questions import shown
from trainer.services.content import FileContent
from trainer.services.context import open_services
from trainer.services.live import LiveError, LiveOutcome
from tests.conftest import CONTENT

PASSCODE = "服务第一-2026"


@pytest.fixture(scope="module")
def files():
    return FileContent.of(load_catalog(CONTENT), CONTENT)


@pytest.fixture
def services(db_url, files):
    services = open_services(db_url)
    services.use_content(files)
    yield services
    services.close()


@pytest.fixture
def content(files):
    return None, files.bank()


def test_a_batch_of_answers_is_recorded_graded_and_one_refused_leaves_the_rest(services, content):
    catalog, bank = content
    single = sorted(q for q, question in bank.items() if question.type == "single")[:2]
    services.profiles.create_manager("陈经理", PASSCODE)
    trainees = [services.profiles.add_trainee(f"学员{i}") for i in range(4)]
    state = services.live.open("quiz", "晨会", "zh", single, seed=5)
    for t in trainees[:3]:  # the fourth never joined
        services.live.join(state.code, t.id)
    question = bank[single[0]]
    right = right_place(shown(question, 5))
    state = services.live.show(state.id, single[0], 0, len(question.options))
    batch = [(trainees[0].id, single[0], right), (trainees[1].id, single[0], (right + 1) % len(question.options)),
             (trainees[3].id, single[0], right),  # not joined: refused alone
             (trainees[2].id, single[1], right),  # not the item shown: refused alone
             (trainees[2].id, single[0], 9)]  # not a choice on offer
    results = services.live.answer_many(state.id, batch)
    assert results[:2] == [LiveOutcome(single[0], right, True),  # graded by the service from the place
                           LiveOutcome(single[0], (right + 1) % len(question.options), False)]
    assert [r.template for r in results[2:]] == [
        "join the live session first", "the presenter has moved on",
        "choice {choice} is not one of the {options} choices"]
    tally = services.live.tally(state.id, single[0])
    assert tally.answered == 2 and tally.joined == 3
    assert services.live.tally(state.id, single[0], exclude={trainees[0].id}).answered == 1  # on a phone
    assert services.live.tally(state.id, single[0], exclude={trainees[0].id}).joined == 2
    services.live.close(state.id)
    session = services.manager.unlock(PASSCODE)
    answers = {a.trainee: a.correct for a in services.reports.answers(session) if a.kind == "classroom"}
    assert answers == {"学员0": True, "学员1": False}  # graded by the service from the place


def test_a_batch_after_the_reveal_is_refused_whole(services, content):
    catalog, bank = content
    qid = sorted(q for q, question in bank.items() if question.type == "true-false")[0]
    t = services.profiles.add_trainee("王小明")
    state = services.live.open("quiz", "晨会", "zh", [qid], seed=1)
    services.live.join(state.code, t.id)
    state = services.live.show(state.id, qid, 0, 2)
    services.live.reveal(state.id)
    results = services.live.answer_many(state.id, [(t.id, qid, 0)])
    assert isinstance(results[0], LiveError) and results[0].template == "too late: the answer has been revealed"
    assert services.live.tally(state.id, qid).answered == 0
