"""Roster trainees on phones, through the live service (SQLite and PostgreSQL): claimed by PIN, taken over by a
second phone as the same participant, answers batched into the record once each."""

from __future__ import annotations

import asyncio

import pytest

from trainer.content.loader import load_catalog
from trainer.engine.classroom import right_place
from trainer.engine.questions import shown
from trainer.phones.gate import LiveGate
from trainer.phones.room import Room
from trainer.phones.server import PhoneServer
from trainer.phones.simulate import FakePhone
from trainer.services.content import FileContent
from trainer.services.context import open_services
from tests.conftest import CONTENT

PASSCODE = "服务第一-2026"


@pytest.fixture(scope="module")
def files():
    return FileContent.of(load_catalog(CONTENT), CONTENT)


def test_a_roster_phone_is_the_trainee_once_even_from_a_second_phone(db_url, files):
    services = open_services(db_url)
    services.use_content(files)
    try:
        services.profiles.create_manager("陈经理", PASSCODE)
        services.profiles.add_trainee("王小明", "2468")
        qid = sorted(q for q, question in files.bank().items() if question.type == "single")[0]
        question = files.bank()[qid]
        state = services.live.open("quiz", "晨会", "zh", [qid], seed=3)
        state = services.live.show(state.id, qid, 0, len(question.options))
        gate = LiveGate(services, state)
        server = PhoneServer(Room(code=state.code), gate, "127.0.0.1", 0)
        server.start()
        right = right_place(shown(question, 3))
        view = {"key": qid, "kind": "quiz", "index": 1, "total": 1, "prompt": {"zh": "问", "en": "Q"},
                "options": [{"zh": "x", "en": "x"}] * len(question.options), "revealed": False}
        server.apply(view)

        async def go():
            first, second = FakePhone(server.address), FakePhone(server.address)
            await first.open(), await second.open()
            await first.join("王小明", code=state.code, pin="1111")
            assert first.errors == ["pin-wrong"] and first.token is None
            first.errors.clear()
            await first.join(" 王小明 ", code=state.code, pin="２４６８")  # as typed on a phone: spaces, full width
            assert first.token is not None
            await first.answer(qid, (right + 1) % len(question.options))
            await first.answer(qid, right)
            await first.until(lambda p: len(p.acks) == 2)
            await second.join("王小明", code=state.code, pin="2468")  # the same trainee on another phone
            await first.until(lambda p: "elsewhere" in p.errors)
            await second.until(lambda p: p.state is not None)
            assert second.state["mine"] == right  # the same participant, with the answer given
            await second.answer(qid, right)
            await second.until(lambda p: p.acks)
            await first.close(), await second.close()

        asyncio.run(asyncio.wait_for(go(), 60))
        server.flush()
        snap = server.room.snapshot()
        assert snap.joined == 1 and snap.answered == 1 and snap.counts == {right: 1}
        tally = services.live.tally(state.id, qid)
        assert tally.joined == 1 and tally.counts == {right: 1}  # in the live session as a desk's answer
        assert services.live.tally(state.id, qid, exclude=snap.trainee_ids).answered == 0  # counted on the phone
        assert gate.recorder.written >= 1 and gate.recorder.batches <= 3
        server.stop()
        services.live.close(state.id)
        session = services.manager.unlock(PASSCODE)
        answers = [(a.trainee, a.correct) for a in services.reports.answers(session) if a.kind == "classroom"]
        assert answers == [("王小明", True)]
    finally:
        services.close()


def test_an_answer_the_record_refuses_is_told_to_the_phone_and_leaves_the_count(sqlite_url, files):
    services = open_services(sqlite_url)
    services.use_content(files)
    try:
        services.profiles.add_trainee("李娜", "1357")
        qid = sorted(q for q, question in files.bank().items() if question.type == "true-false")[0]
        state = services.live.open("quiz", "晨会", "zh", [qid], seed=3)
        state = services.live.show(state.id, qid, 0, 2)
        server = PhoneServer(Room(code=state.code), LiveGate(services, state), "127.0.0.1", 0)
        server.start()
        server.apply({"key": qid, "kind": "quiz", "index": 1, "total": 1, "prompt": {"zh": "问", "en": "Q"},
                      "options": [{"zh": "对", "en": "True"}, {"zh": "错", "en": "False"}], "revealed": False})

        async def go():
            phone = await FakePhone(server.address).open()
            await phone.join("李娜", code=state.code, pin="1357")
            services.live.close(state.id)  # the live session ended elsewhere (another desk closed it as abandoned)
            await phone.answer(qid, 0)
            await phone.until(lambda p: "not-recorded" in p.errors)
            assert phone.state["mine"] is None  # the phone no longer shows an answer the record does not hold
            await phone.close()

        asyncio.run(asyncio.wait_for(go(), 30))
        assert server.room.snapshot().answered == 0 and server.refused["not-recorded"] == 1
        server.stop()
    finally:
        services.close()
