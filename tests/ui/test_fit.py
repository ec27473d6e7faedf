"""Every page, and every tab of the manager's area, fits a 1366×768 screen in Chinese and in English: a page whose
rows need more width than the screen has would grow the window past the screen's edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import CONTENT
from tests.ui.conftest import settle
from trainer.content.loader import load_catalog
from trainer.services.context import open_services
from trainer.services.demo import fill
from trainer.ui.main_window import PAGES

SCREEN = (1366, 768)


def fits(window) -> tuple[int, int]:
    for _ in range(3):
        QApplication.processEvents()
    hint = window.minimumSizeHint()
    return max(window.width(), hint.width()), max(window.height(), hint.height())


@pytest.mark.parametrize("locale", ["zh", "en"])
def test_every_page_and_manager_tab_fits_1366_by_768(make_window, sqlite_url, monkeypatch, qtbot, locale):
    monkeypatch.setenv("TRAINER_TTS", "off")
    services = open_services(sqlite_url)
    fill(services, load_catalog(CONTENT).catalog, trainees=12, seed=8, passcode="demo-passcode")
    services.close()
    window = make_window(locale=locale)
    window.choose_trainee(0)
    too_big = {}
    for key in PAGES:
        window.show_page(key)
        size = fits(window)
        if size[0] > SCREEN[0] or size[1] > SCREEN[1]:
            too_big[key] = size
    manager = window.pages["manager"]
    window.show_page("manager")
    manager._on_dialog_accepted(window.state.services.manager.unlock("demo-passcode"))
    qtbot.waitUntil(lambda: manager.model.rowCount() == 12, timeout=10000)
    manager._on_row_opened(manager.model.index(0, 0))
    settle(qtbot)
    for index in range(manager.tabs.count()):
        manager.tabs.setCurrentIndex(index)
        size = fits(window)
        if size[0] > SCREEN[0] or size[1] > SCREEN[1]:
            too_big[f"manager: {manager.tabs.tabText(index)}"] = size
    classroom = window.pages["classroom"]
    window.show_page("classroom")
    classroom.scenario.setCurrentIndex(classroom.scenario.findData("upset-customer"))
    classroom.start_roleplay()
    size = fits(window)
    if size[0] > SCREEN[0] or size[1] > SCREEN[1]:
        too_big["classroom: role-play console"] = size
    classroom.console.end()
    classroom.teams.setText("红队、蓝队、绿队、黄队、紫队" if locale == "zh" else "Red, Blue, Green, Gold, Purple")
    classroom.start_quiz()
    controller = classroom.console.controller
    for _ in range(classroom.count.value()):  # every question, the four-answer ones the tallest
        size = fits(window)
        if size[0] > SCREEN[0] or size[1] > SCREEN[1]:
            too_big["classroom: quiz console, five teams"] = size
        controller.reveal()
        controller.next()
    classroom.console.end()
    assert not too_big, too_big
