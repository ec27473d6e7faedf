"""A phone in a real browser (Debian's chromium, driven by Playwright): a trainee joins the presenter's quiz with a
roster name and PIN, answers, sees the reveal, loses the connection and comes back without counting twice.
Everything on 127.0.0.1: the network list is injected, the browser goes through a loopback proxy the test cuts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.phones.proxy import Proxy
from trainer.phones.netif import Interface

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def code_shown(controller) -> str:
    code = controller.live[1].code
    return f"{code[:3]} {code[3:]}"


def _presenter_with_phones(make_window, sqlite_url, monkeypatch, qtbot, proxy):
    from tests.ui.test_main_window import _seed

    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", "2468"), ("李娜", None))
    window = make_window()
    window.show_page("classroom")
    page = window.pages["classroom"]
    page.phones.interfaces = lambda: [Interface("lo", "127.0.0.1")]
    page.phones.port = 0
    page.phones.public = proxy.address
    page.count.setValue(2)
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    console = page.console
    panel = console.phones_panel
    assert panel.network.currentText() == "lo · 127.0.0.1" and panel.start_button.text() == "手机加入"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    controller = console.controller
    qtbot.waitUntil(lambda: controller.phones is not None and panel.running, timeout=10000)
    proxy.target = controller.phones.server.port
    return window, page, console, controller, panel


def test_a_phone_joins_with_name_and_pin_answers_reconnects_and_is_recorded(make_window, sqlite_url, monkeypatch,
                                                                             qtbot, browser):
    from playwright.sync_api import Error, expect
    from trainer.engine.classroom import right_place
    from trainer.services.context import open_services

    proxy = Proxy()
    try:
        window, page, console, controller, panel = _presenter_with_phones(make_window, sqlite_url, monkeypatch,
                                                                          qtbot, proxy)
        url = controller.phones.url
        assert url.startswith(f"http://{proxy.address}/?t=") and not panel.qr.pixmap().isNull()
        assert controller.live[1].code[:3] in panel.link.text()
        audience = console.audience.view
        qtbot.waitUntil(lambda: audience.join_box.isVisible() and not audience.qr.pixmap().isNull(), timeout=5000)
        assert audience.join_address.text() == proxy.address and code_shown(controller) in audience.code.text()

        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
        phone = context.new_page()
        phone.goto(url)
        phone.wait_for_selector("#join:not([hidden])")
        assert phone.is_hidden("#code-row")  # the code is in the link
        assert "未加密" in phone.text_content(".privacy")
        try:  # the page's policy holds in the browser: an inline script does not run
            phone.add_script_tag(content="window.injected = 1")
        except Error:
            pass
        assert phone.evaluate("() => window.injected") is None
        phone.fill("#name", "王小明")
        phone.fill("#pin", "1111")
        phone.click("#join-button")
        expect(phone.locator("#join-error")).to_contain_text("PIN 不对")
        phone.fill("#pin", "2468")
        phone.click("#join-button")
        quiz = controller.quiz
        prompt = quiz.current.question.prompt.zh
        expect(phone.locator("#prompt")).to_have_text(prompt)
        assert phone.text_content("#who") == "王小明（记录）"
        assert phone.text_content("#heading") == "第 1 题，共 2 题"
        right = right_place(quiz.current)
        wrong = (right + 1) % quiz.votes.options
        phone.click(f".option[data-place='{wrong}']")
        expect(phone.locator("#status")).to_contain_text("揭晓前可以更改")
        qtbot.waitUntil(lambda: controller.votes.phones[wrong] == 1, timeout=3000)
        phone.click(f".option[data-place='{right}']")  # changed before the reveal
        qtbot.waitUntil(lambda: controller.votes.phones[right] == 1 and sum(controller.votes.phones) == 1,
                        timeout=3000)
        assert controller.votes.counts()[right] == 1  # one tally: desks, hands and phones
        qtbot.waitUntil(lambda: panel.people.count() == 1 and panel.people.item(0).text() == "王小明 · 已作答 · 记录",
                        timeout=3000)
        assert "1 台手机已加入" in panel.counts.text()
        box = phone.locator(".option").first.bounding_box()
        assert box["width"] >= 340 and box["height"] >= 60  # big, thumb-sized buttons on a 390-px screen
        SHOTS.mkdir(parents=True, exist_ok=True)
        phone.screenshot(path=str(SHOTS / "phone-zh.png"))

        # the Wi-Fi drops: the page says so and comes back by itself, with its answer, once
        proxy.cut()
        phone.wait_for_selector("#banner:not([hidden])")
        assert "重新连接" in phone.text_content("#banner")
        # (a phone that drops sends nothing: the console marks it offline when its pings go unanswered)
        qtbot.waitUntil(lambda: panel.people.count() == 1 and "离线" in panel.people.item(0).text(), timeout=15000)
        proxy.restore()
        phone.wait_for_selector("#banner", state="hidden", timeout=10000)
        phone.wait_for_selector(f".option.mine[data-place='{right}']")
        phone.click(f".option[data-place='{right}']")  # the same answer again after coming back
        qtbot.waitUntil(lambda: panel.people.count() == 1 and "离线" not in panel.people.item(0).text(),
                        timeout=5000)
        qtbot.wait(300)
        assert sum(controller.votes.phones) == 1 and controller.phones.snapshot.joined == 1

        qtbot.mouseClick(console.buttons["reveal"], Qt.MouseButton.LeftButton)
        expect(phone.locator("#status")).to_have_text("回答正确！")
        assert phone.locator(f".option.right[data-place='{right}']").count() == 1
        assert phone.is_disabled(f".option[data-place='{wrong}']")

        # the same page in English, switched on the phone
        phone.click("#lang")
        question_en = quiz.current.question.prompt.en
        expect(phone.locator("#prompt")).to_have_text(question_en)
        assert phone.text_content("#status") == "Right!" and phone.text_content("#heading") == "Question 1 of 2"
        phone.screenshot(path=str(SHOTS / "phone-en.png"))

        qtbot.mouseClick(console.buttons["next"], Qt.MouseButton.LeftButton)
        prompt2 = quiz.current.question.prompt.en
        expect(phone.locator("#prompt")).to_have_text(prompt2)
        qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
        expect(phone.locator("#prompt")).to_contain_text("ended")
        context.close()
    finally:
        proxy.close()

    qtbot.waitUntil(lambda: _classroom_answers(sqlite_url), timeout=10000)
    services = open_services(sqlite_url)
    try:
        session = services.manager.unlock("服务第一-2026")
        answers = [a for a in services.reports.answers(session) if a.kind == "classroom"]
        assert [(a.trainee, a.correct) for a in answers] == [("王小明", True)]  # once, as last given, graded
    finally:
        services.close()


def _classroom_answers(url: str) -> bool:
    import sqlite3

    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM live_session WHERE closed_at IS NOT NULL").fetchone()[0] == 1


def test_nicknames_roster_names_without_pin_and_hostile_names_on_the_page(make_window, sqlite_url, monkeypatch,
                                                                          qtbot, browser):
    from playwright.sync_api import expect
    proxy = Proxy()
    try:
        window, page, console, controller, panel = _presenter_with_phones(make_window, sqlite_url, monkeypatch,
                                                                          qtbot, proxy)
        code = controller.live[1].code
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-US")
        phone = context.new_page()
        phone.goto(f"http://{proxy.address}/")  # typed by hand: no token in the address, so the code is asked
        phone.wait_for_selector("#code-row:not([hidden])")
        assert phone.text_content("#join-button") == "Join"

        def join(name: str, pin: str = "", typed_code: str = code) -> None:
            phone.fill("#code", typed_code)
            phone.fill("#name", name)
            phone.fill("#pin", pin)
            phone.click("#join-button")

        join("Kim", typed_code="AAAAAA")
        expect(phone.locator("#join-error")).to_contain_text("Wrong join code")
        join("李娜", pin="1234")
        expect(phone.locator("#join-error")).to_contain_text("has no PIN")
        join("李娜")
        expect(phone.locator("#join-error")).to_contain_text("on the roster")
        join("x" * 21)
        expect(phone.locator("#join-error")).to_contain_text("at most 20")
        join("<img src onerror=f>\u202e!")
        phone.wait_for_selector("#room:not([hidden])")
        assert phone.evaluate("() => document.documentElement.scrollWidth") <= 360  # nothing wider than the phone
        assert phone.text_content("#who") == "<img src onerror=f>!"  # as text, the bidi mark gone
        assert phone.locator("header img").count() == 0
        qtbot.waitUntil(lambda: panel.people.count() == 1, timeout=3000)
        assert panel.people.item(0).text().startswith("<img src onerror=f>! · ")
        assert "<img" not in console.audience.view.code.text()  # names never on the audience's screen
        # the presenter removes the name: the phone is told, the list empties
        panel.people.setCurrentRow(0)
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        expect(phone.locator("#prompt")).to_contain_text("removed you")
        qtbot.waitUntil(lambda: panel.people.count() == 0, timeout=3000)
        context.close()
        qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    finally:
        proxy.close()
