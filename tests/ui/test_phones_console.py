"""The console with phones in the room (simulated phones on 127.0.0.1): a role-play voted on by phones and hands
in one tally, the reveal on the phones, the timer kept on the server, the console's size, the QR code redrawn."""

from __future__ import annotations

import asyncio
import os
import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_classroom import classroom, key
from trainer.phones.netif import Interface
from trainer.phones.simulate import FakePhone


class Phones:
    """Simulated phones on an asyncio loop of their own, while the test spins Qt's."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()

    def run(self, qtbot, coro, timeout: int = 10000):
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        qtbot.waitUntil(future.done, timeout=timeout)
        return future.result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


@pytest.fixture
def phones():
    p = Phones()
    yield p
    p.close()


def _inject(page, listing) -> None:
    """Before the session starts (the console lists the networks when it opens): loopback only."""
    page.phones.interfaces = lambda: list(listing)
    page.phones.port = 0


def _start_phones(qtbot, page):
    panel = page.console.phones_panel
    assert [panel.network.itemData(i).address for i in range(panel.network.count())] == ["127.0.0.1"]
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.console.controller.phones is not None and panel.running, timeout=10000)
    return panel


def test_a_role_play_voted_by_phones_and_hands_in_one_tally(make_window, sqlite_url, monkeypatch, qtbot, phones):
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    window.resize(1024, 600)
    page.scenario.setCurrentIndex(page.scenario.findData("data-risk-repair"))
    _inject(page, [Interface("lo", "127.0.0.1")])
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    assert controller.live is None  # no live session was asked for: Let phones join opens one
    panel = _start_phones(qtbot, page)
    assert controller.live is not None and controller.phones.url.startswith("http://127.0.0.1:")
    awake = controller.phones.keep
    if awake.problem:  # this machine offers no inhibit call: the console says so
        assert "电脑可能进入睡眠" in panel.note.text() and awake.problem in panel.note.text()
    else:
        assert panel.note.text() == "手机在课堂中时，电脑保持唤醒。"
    assert window.width() <= 1024 and window.height() <= 600  # the phones box scrolls with the votes
    assert console.side.isAncestorOf(panel)
    grab = panel.qr.pixmap()
    assert not grab.isNull() and grab.width() <= 200

    address, code = controller.phones.server.address, controller.live[1].code
    key_now = controller.item_key()

    async def three_phones():
        room = [await FakePhone(address).open() for _ in range(3)]
        for i, p in enumerate(room):
            await p.join(f"手机{i}", code=code)
        for p in room:
            await p.until(lambda q: q.state and q.state["view"] and q.state["view"]["key"] == key_now)
        view = room[0].state["view"]
        await room[0].answer(key_now, 0)
        await room[1].answer(key_now, 1)
        await room[2].answer(key_now, 1)
        return room, view

    room, view = phones.run(qtbot, three_phones())
    assert view["kind"] == "roleplay" and len(view["options"]) == controller.option_count()
    assert view["prompt"]["zh"] == controller.play.node.text.zh and "chosen" not in view
    qtbot.waitUntil(lambda: controller.votes.phones[:2] == [1, 2], timeout=2000)
    key(qtbot, console, "A")  # two hands for A: a tie with the phones' B
    key(qtbot, console, "A")
    assert controller.votes.counts()[:2] == [3, 2]
    assert console.vote_labels[0].text() == "A: 3" and console.vote_labels[1].text() == "B: 2"
    qtbot.waitUntil(lambda: panel.people.count() == 3 and all("已作答" in panel.people.item(i).text()
                                                             for i in range(3)), timeout=2000)
    assert "手机0" not in console.audience.view.code.text()  # names on the console only
    if os.environ.get("PHONES_SHOTS"):
        window.resize(1366, 768)
        qtbot.wait(300)
        window.grab().save(os.environ["PHONES_SHOTS"] + "/console.png")
        console.audience.view.grab().save(os.environ["PHONES_SHOTS"] + "/audience.png")
        window.resize(1024, 600)

    key(qtbot, console, "T")  # the timer: kept on the server, the phones told the time left
    assert controller.timer.isActive()
    phones.run(qtbot, room[0].until(lambda q: q.state["remaining"] is not None))
    assert 0 < room[0].state["remaining"] <= controller.timer_seconds
    key(qtbot, console, "R")
    assert controller.revealed and controller.frame().chosen == 0
    phones.run(qtbot, room[1].until(lambda q: q.state["view"].get("revealed")))
    revealed = room[1].state["view"]
    assert revealed["chosen"] == 0 and revealed["feedback"]["zh"]
    phones.run(qtbot, room[1].answer(key_now, 0))
    phones.run(qtbot, room[1].until(lambda q: "revealed" in q.errors))  # locked after the reveal

    key(qtbot, console, "Right")  # the next step: a fresh vote on the phones
    next_key = controller.item_key()
    phones.run(qtbot, room[2].until(lambda q: q.state["view"]["key"] == next_key))
    assert room[2].state["mine"] is None and not room[2].state["view"]["revealed"]
    console.end()
    phones.run(qtbot, room[0].until(lambda q: q.state["closed"]))
    for p in room:
        phones.run(qtbot, p.close())


def test_a_changed_address_moves_the_server_and_redraws_the_code(make_window, sqlite_url, monkeypatch, qtbot,
                                                                phones):
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.count.setValue(2)
    listing = [Interface("wlan0", "127.0.0.1")]
    _inject(page, listing)
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    panel = _start_phones(qtbot, page)
    controller = page.console.controller
    first = controller.phones.server
    address, code = first.address, controller.live[1].code

    async def join():
        p = await FakePhone(address).open()
        await p.join("小张", code=code)
        return p

    phone = phones.run(qtbot, join())
    qr_before = panel.qr.pixmap().cacheKey()
    seen = []
    panel.address_changed.connect(seen.append)
    listing[0] = Interface("wlan0", "127.0.0.1")  # the same address: nothing moves
    panel._check_address()
    assert seen == []
    # a new address on the same network (a DHCP lease renewed): here still loopback, the only address tests use
    panel.network.setItemData(0, Interface("wlan0", "0.0.0.0"))  # as it was before the lease changed
    panel._check_address()
    assert [i.address for i in seen] == ["127.0.0.1"]
    qtbot.waitUntil(lambda: controller.phones.server is not None and controller.phones.server is not first,
                    timeout=10000)
    qtbot.waitUntil(lambda: panel.qr.pixmap().cacheKey() != qr_before, timeout=5000)
    assert panel.network.currentData().address == "127.0.0.1"

    async def back(token):
        p = await FakePhone(controller.phones.server.address).open()
        await p.send(t="resume", token=token)
        await p.until(lambda q: q.state is not None)
        return p

    again = phones.run(qtbot, back(phone.token))  # the phone comes back to the moved server as itself
    qtbot.waitUntil(lambda: controller.phones.snapshot.joined == 1, timeout=3000)
    page.console.end()
    for p in (phone, again):
        phones.run(qtbot, p.close())


def test_a_team_quiz_shows_the_teams_scores_on_the_phones_after_the_reveal(make_window, sqlite_url, monkeypatch,
                                                                          qtbot, phones):
    from trainer.engine.classroom import right_place

    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.count.setValue(2)
    page.teams.setText("红队，蓝队")
    _inject(page, [Interface("lo", "127.0.0.1")])
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    panel = _start_phones(qtbot, page)
    console, controller = page.console, page.console.controller
    address, code, key_now = controller.phones.server.address, controller.live[1].code, controller.item_key()

    async def join():
        p = await FakePhone(address).open()
        await p.join("小红", code=code)
        await p.until(lambda q: q.state and q.state["view"] and q.state["view"]["key"] == key_now)
        return p

    phone = phones.run(qtbot, join())
    assert "scores" not in phone.state["view"] and "right" not in phone.state["view"]
    right = right_place(controller.quiz.current)
    combo = console.team_answers["红队"]
    combo.setCurrentIndex(combo.findData(right))  # the red team's answer, as the presenter enters it
    key(qtbot, console, "R")
    phones.run(qtbot, phone.until(lambda q: q.state["view"].get("revealed")))
    view = phone.state["view"]
    assert view["right"] == right and view["scores"] == [["红队", 1], ["蓝队", 0]]
    console.end()
    phones.run(qtbot, phone.close())


def test_the_qr_code_is_drawn_at_whole_pixels_per_module(qtbot):
    import segno

    from trainer.ui.classroom.qr import QUIET, module_scale, qr_pixmap

    url = "http://192.168.10.23:8765/?t=Q0Yy1Y9yVnW0q3glPyO9-3Wk"
    matrix = segno.make(url, error="m").matrix
    for side, ratio in ((200, 1.0), (270, 1.0), (200, 2.0)):
        image = qr_pixmap(url, side, ratio).toImage()
        scale = module_scale(url, int(side * ratio))
        assert image.width() == (len(matrix) + 2 * QUIET) * scale <= side * ratio and scale >= 3
        for y, row in enumerate(matrix):  # every module one flat square of `scale` device pixels
            for x, dark in enumerate(row):
                x0, y0 = (x + QUIET) * scale, (y + QUIET) * scale
                corners = {image.pixelColor(x0 + dx, y0 + dy).name() for dx in (0, scale - 1) for dy in (0, scale - 1)}
                assert corners == {"#000000" if dark else "#ffffff"}
