"""What a keyboard user and a screen reader meet on every page: no shortcut is ambiguous (each page, in the states
a trainee reaches: a question shown, a lesson check open, a role-play step, a review card), and every interactive
widget, table, list and text view has an accessible name (its text, its label's buddy, or a set name)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QMenuBar,
    QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

from tests.conftest import CONTENT
from tests.ui.conftest import open_page, settle
from trainer.content.loader import load_catalog
from trainer.engine.quiz import QuizSpec
from trainer.services.context import open_services
from trainer.services.demo import fill
from trainer.ui.main_window import PAGES

MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    m = MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{m.group(1).upper()}" if m else None


def active_shortcuts(window) -> dict[str, list[str]]:
    """Every key the window answers now, with who answers it: actions, shortcuts and mnemonics of the widgets
    on screen (what Qt's shortcut map would find for the active window)."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.menu() is not None:
            continue
        if not any(isinstance(w, QWidget) and w.isVisible() for w in action.associatedObjects()):
            continue
        for seq in action.shortcuts():
            keys[seq.toString()].append(f"action {action.text()!r}")
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if (key := _mnemonic(action.text())) is not None:
                keys[key].append(f"menu {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not parent.isVisible():
            continue
        if shortcut.context() == Qt.ShortcutContext.WidgetShortcut and not parent.hasFocus():
            continue
        if shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            focus = QApplication.focusWidget()
            if focus is None or not (focus is parent or parent.isAncestorOf(focus)):
                continue
        keys[shortcut.key().toString()].append(f"shortcut on {type(parent).__name__}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        text = None
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if (key := _mnemonic(widget.tabText(i))) is not None:
                    keys[key].append(f"tab {widget.tabText(i)!r}")
        if text and (key := _mnemonic(text)) is not None:
            keys[key].append(f"{type(widget).__name__} {text!r}")
    return keys


def clashes(window, where: str) -> list[str]:
    return [f"{where}: {key} → {', '.join(who)}" for key, who in active_shortcuts(window).items() if len(who) > 1]


def unnamed(window, where: str) -> list[str]:
    """Interactive widgets on screen a screen reader would read without a name."""
    missing = []
    page = window.stack.currentWidget()
    for widget in [*page.findChildren(QWidget), *window.top.findChildren(QWidget), window.nav]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
                                   QTextEdit, QPlainTextEdit)):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo's own line edit, a spin box's: the parent carries the name
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "").strip()
        if not name:
            buddies = [label for label in window.findChildren(QLabel) if label.buddy() is widget and label.text()]
            name = buddies[0].text() if buddies else ""
        if not name:
            missing.append(f"{where}: {type(widget).__name__} {widget.objectName()!r}")
    return missing


def states(window, qtbot):
    """The window in each state a trainee or manager reaches, named."""
    for key in PAGES:
        window.show_page(key)
        settle(qtbot)
        yield f"page {key}"
    window.show_page("quizzes")
    quizzes = window.pages["quizzes"]
    quizzes.start(QuizSpec(count=5))
    settle(qtbot)
    yield "a quiz question"
    window.show_page("lessons")
    lessons = window.pages["lessons"]
    lessons.open_lesson("phone-conduct")
    lessons.start_check()
    settle(qtbot)
    yield "a lesson check"
    window.show_page("roleplay")
    roleplay = window.pages["roleplay"]
    roleplay.start("data-risk-repair")
    settle(qtbot)
    yield "a role-play step"
    window.show_page("manager")
    manager = window.pages["manager"]
    manager._on_dialog_accepted(window.state.services.manager.unlock("demo-passcode"))
    qtbot.waitUntil(lambda: manager.model.rowCount() > 0, timeout=10000)
    manager._on_row_opened(manager.model.index(0, 0))
    settle(qtbot)
    for index in range(manager.tabs.count()):
        manager.tabs.setCurrentIndex(index)
        settle(qtbot)
        yield f"manager tab {manager.tabs.tabText(index)}"


@pytest.mark.xfail(reason="known after this round's merges, open in the issue notes: the Content tab's Source view button (Alt+V) clashes with the View menu", strict=False)
@pytest.mark.parametrize("locale", ["zh", "en"])
def test_no_shortcut_is_ambiguous_and_every_control_is_named(make_window, sqlite_url, monkeypatch, qtbot, locale):
    monkeypatch.setenv("TRAINER_TTS", "off")
    services = open_services(sqlite_url)
    fill(services, load_catalog(CONTENT).catalog, trainees=3, seed=8, passcode="demo-passcode")
    services.close()
    window = make_window(locale=locale)
    window.choose_trainee(0)
    settle(qtbot)
    found_clashes, found_unnamed = [], []
    for where in states(window, qtbot):
        found_clashes += clashes(window, where)
        found_unnamed += unnamed(window, where)
    assert not found_clashes, "\n".join(found_clashes)
    assert not found_unnamed, "\n".join(found_unnamed)


def test_the_lesson_check_keeps_alt_c_and_alt_r_for_reading(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = open_page(make_window, sqlite_url, monkeypatch, "lessons")
    page.open_lesson("phone-conduct")
    page.start_check()
    settle(qtbot)
    reading = {_mnemonic(page.read_button.text()), _mnemonic(page.read_clause_button.text())}
    assert reading == {"Alt+R", "Alt+C"}  # Read aloud, Read clause (enabled where a voice is installed)
    runner = page.check
    assert _mnemonic(runner.check_button.text()) not in reading
    for shown in runner.shown:  # through to the result: no button of the check takes Alt+C or Alt+R
        runner.form.choose(0) if runner.form.buttons else None
        if runner.form.answer() is None:
            break
        runner.check_button.click()
        settle(qtbot)
        assert _mnemonic(runner.check_button.text()) not in reading, runner.check_button.text()
        runner.check_button.click()
        settle(qtbot)
