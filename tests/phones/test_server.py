"""The phone server against real WebSocket clients on 127.0.0.1: the room's rules and hostile phones."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from trainer.phones.simulate import FakePhone
from trainer.phones.limits import Limits
from trainer.phones.names import NameProblem, normalise_name
from trainer.phones.room import Room
from trainer.phones.server import PhoneServer

CODE = "ACDEFH"


def view(key: str = "q1", revealed: bool = False, **more) -> dict:
    options = [{"zh": f"选项{i}", "en": f"Option {i}"} for i in range(4)]
    return {"key": key, "kind": "quiz", "index": 1, "total": 3, "prompt": {"zh": "问题", "en": "Question"},
            "options": options, "revealed": revealed, **more}


@pytest.fixture
def server():
    snapshots = []
    room = Room(code=CODE)
    srv = PhoneServer(room, None, "127.0.0.1", 0, on_snapshot=snapshots.append)
    srv.start()
    srv.snapshots = snapshots
    srv.apply(view())
    yield srv
    srv.stop()


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 60))


def last(srv, test, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if srv.snapshots and test(srv.snapshots[-1]):
            return srv.snapshots[-1]
        time.sleep(0.01)
    raise AssertionError(f"no such snapshot; last: {srv.snapshots[-1] if srv.snapshots else None}")


def test_names_are_normalised_and_bounded():
    assert normalise_name("  Ｂｏｂ \u202e\u2066evil\u200b  ") == "Bob evil"
    assert normalise_name("<script>x</script>") == "<script>x</script>"  # kept as text, shown as text
    assert normalise_name("王\t\n小明") == "王 小明"
    for bad, code in (("", "name-missing"), ("\u202e\u200f", "name-missing"), ("x" * 21, "name-long"), (None, "name-missing")):
        with pytest.raises(NameProblem) as err:
            normalise_name(bad)
        assert err.value.code == code


def test_a_phone_joins_answers_changes_and_is_counted_once(server):
    async def go():
        a, b = await FakePhone(server.address).open(), await FakePhone(server.address).open()
        await a.join("Ann", code=CODE)
        await b.join("ann", code=CODE)  # the same name ignoring case
        assert a.token and b.errors == ["name-taken"]
        await a.until(lambda p: p.state is not None)
        assert a.state["view"]["key"] == "q1" and "right" not in a.state["view"]  # nothing tells the answer
        await a.answer("q1", 2)
        await a.answer("q1", 1)  # changed before the reveal
        await a.until(lambda p: len(p.acks) == 2)
        snap = last(server, lambda s: s.answered == 1 and s.counts == {1: 1})
        assert snap.joined == 1 and [p.name for p in snap.people] == ["Ann"]
        server.apply(view(revealed=True, right=1))
        await a.answer("q1", 3)
        await a.until(lambda p: "revealed" in p.errors)
        assert last(server, lambda s: True).counts == {1: 1}  # the reveal locked the answer
        await a.close(), await b.close()
    run(go())


def test_a_phone_comes_back_with_its_token_without_joining_twice(server):
    async def go():
        a = await FakePhone(server.address).open()
        await a.join("Ann", code=CODE)
        await a.answer("q1", 0)
        await a.until(lambda p: p.acks)
        token = a.token
        await a.close()
        last(server, lambda s: s.people and not s.people[0].connected)
        back = await FakePhone(server.address).open()
        await back.send(t="resume", token=token)
        await back.until(lambda p: p.state is not None)
        assert back.state["mine"] == 0  # where the room is, with its answer
        await back.answer("q1", 0)
        await back.until(lambda p: p.acks)
        snap = last(server, lambda s: s.people and s.people[0].connected)
        assert snap.joined == 1 and snap.answered == 1 and snap.counts == {0: 1}
        await back.close()
    run(go())


def test_the_link_token_admits_and_wrong_or_expired_codes_do_not(server):
    async def go():
        a, b, c = (await FakePhone(server.address).open() for _ in range(3)) if False else (
            await FakePhone(server.address).open(), await FakePhone(server.address).open(),
            await FakePhone(server.address).open())
        await a.join("Ann", link=server.room.link)
        await b.join("Bob", code="AAAAAA")
        await c.join("Cy", link=server.room.link[:-1] + "x")
        assert a.token and b.errors == ["bad-code"] and c.errors == ["bad-code"]
        await a.close(), await b.close(), await c.close()
    run(go())
    server.stop()  # the session ended: its code admits nobody
    room = Room(code="KMNPRT")
    other = PhoneServer(room, None, "127.0.0.1", 0)
    other.start()
    try:
        async def later():
            d = await FakePhone(other.address).open()
            await d.join("Dee", code=CODE)
            assert d.errors == ["bad-code"]
            await d.close()
        run(later())
    finally:
        other.stop()


def test_hostile_phones_are_refused_and_nobody_else_is_affected(server, caplog):
    async def go():
        good = await FakePhone(server.address).open()
        await good.join("Ann", code=CODE)
        # a 1 MB message: the connection is closed, the server goes on
        big = await FakePhone(server.address).open()
        with pytest.raises(ConnectionClosed):
            await big.ws.send("x" * 1_000_000)
            await big.ws.recv()
            await big.ws.recv()
        # bad JSON, and messages that are JSON but not ours
        bad = await FakePhone(server.address).open()
        for raw in ("{nope", "[1,2]", json.dumps({"t": 5}), "\x00" * 10):
            await bad.ws.send(raw)
        await bad.until(lambda p: len(p.errors) == 4)
        assert set(bad.errors) == {"bad-message"}
        # a script and bidirectional characters in a name: kept as plain text, marks gone
        evil = await FakePhone(server.address).open()
        await evil.join("<script>\u202eevil", code=CODE)
        assert evil.token
        # an answer to a step not shown, a choice not on offer, an answer before joining
        await evil.answer("q2", 0)
        await evil.answer("q1", 7)
        await evil.answer("q1", True)
        await bad.answer("q1", 0)
        await evil.until(lambda p: len(p.errors) == 3)
        assert evil.errors == ["moved-on", "bad-choice", "bad-choice"]
        # 1,000 joins in a second from one address
        flood = await asyncio.gather(*(FakePhone(server.address).open() for _ in range(5)))
        started = time.monotonic()
        for i in range(1000):
            await flood[i % 5].send(t="join", code="WRONG1" if i % 2 else CODE, name=f"f{i}")
        for phone in flood:
            await phone.until(lambda p: len(p.errors) + (p.token is not None) >= 1, 20)
        assert time.monotonic() - started < 5
        # meanwhile the phone that joined first answers and is counted
        await good.answer("q1", 3)
        await good.until(lambda p: p.acks)
        snap = last(server, lambda s: s.counts.get(3) == 1)
        names = {p.name for p in snap.people}
        assert "Ann" in names and "<script>evil" in names
        assert len(names) <= 2 + Limits().join_burst  # the flood was held back at the burst
        await good.close(), await big.close(), await bad.close(), await evil.close()
        for phone in flood:
            await phone.close()
    run(go())
    assert server.refused["too-big"] == 1 and server.refused["bad-message"] == 4 and server.refused["not-joined"] == 1
    held = server.refused["too-many-joins"] + server.refused["slow-down"]  # by address, and by connection
    assert held >= 1000 - Limits().join_burst and server.refused["moved-on"] == 1
    assert "refused too-many-joins from 127.0.0.1" in caplog.text  # logged


def test_the_page_is_served_with_its_policy_and_foreign_origins_are_refused(server):
    with urllib.request.urlopen(f"http://{server.address}/?t={server.room.link}") as reply:
        assert reply.status == 200
        policy = reply.headers["Content-Security-Policy"]
        body = reply.read().decode()
    assert "script-src 'self'" in policy and f"connect-src ws://{server.address}" in policy
    assert "default-src 'none'" in policy and "<script src=\"/phone.js\"" in body
    assert "innerHTML" not in (server.pages._bodies["/phone.js"][0].decode())  # text goes in as text
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"http://{server.address}/../trainer.sqlite3")
    assert err.value.code == 404
    request = urllib.request.Request(f"http://{server.address}/", headers={"Host": "evil.example:80"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 421

    async def foreign():
        with pytest.raises(InvalidStatus):
            async with connect(f"ws://{server.address}/ws", origin="http://evil.example"):
                pass
        with pytest.raises(InvalidStatus):
            async with connect(f"ws://{server.address}/ws"):  # no Origin at all
                pass
    run(foreign())


def test_the_timer_is_kept_on_the_server(server):
    async def go():
        a = await FakePhone(server.address).open()
        await a.join("Ann", code=CODE)
        server.set_timer(0.3)
        await a.until(lambda p: p.state and p.state["remaining"] is not None)
        assert 0 < a.state["remaining"] <= 0.3
        await asyncio.sleep(0.4)
        await a.answer("q1", 1)
        await a.until(lambda p: p.errors)
        assert a.errors == ["time-up"]
        await a.close()
    run(go())


def test_the_presenter_removes_a_name(server):
    async def go():
        a, b = await FakePhone(server.address).open(), await FakePhone(server.address).open()
        await a.join("Troll", code=CODE)
        await b.join("Ann", code=CODE)
        await a.answer("q1", 0)
        await a.until(lambda p: p.acks)
        server.remove(a.token)
        await a.until(lambda p: "removed" in p.errors)
        snap = last(server, lambda s: s.joined == 1)
        assert snap.counts == {} and [p.name for p in snap.people] == ["Ann"]
        c = await FakePhone(server.address).open()
        await c.join("troll", code=CODE)  # the removed name is not taken again
        assert c.errors == ["name-taken"]
        for p in (a, b, c):
            await p.close()
    run(go())


def test_a_flood_of_connections_from_one_address_is_held_at_its_limit(server):
    async def go():
        keep = await FakePhone(server.address).open()
        await keep.join("Ann", code=CODE)
        flood = await asyncio.gather(*(FakePhone(server.address).open() for _ in range(40)))
        await asyncio.sleep(0.3)
        closed = [p for p in flood if p.ws.close_code == 1013]
        assert len(closed) == 40 - (Limits().connections_per_address - 1)
        await keep.answer("q1", 2)  # the phone already in the room goes on
        await keep.until(lambda p: p.acks)
        for p in flood + [keep]:
            await p.close()
    run(go())
    assert server.refused["too-many-connections"] == 40 - (Limits().connections_per_address - 1)
