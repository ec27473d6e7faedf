from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from trainer.config import Settings  # noqa: E402


@pytest.fixture
def make_window(qtbot, sqlite_url):
    """A main window over a fresh database, started as the app starts it (after the first paint)."""
    windows = []

    def make(db: str = sqlite_url, locale: str | None = "zh", content=None, start: bool = True):
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        from trainer.ui.app import build
        from trainer.ui.ops import wait_idle

        wait_idle(qtbot)  # the last test's calls, and its windows deleted, before this window takes the focus
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            QApplication.processEvents()
        settings = Settings.resolve(db=db, locale=locale, content=content)
        _app, window = build(settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if start:
            with qtbot.waitSignal(window.start_finished, timeout=30000):
                window.start()
        window._qtbot = qtbot
        _settle_after_input(qtbot)
        if start:
            settle(qtbot)
            window.activateWindow()  # the last test's window, deleted meanwhile, may have taken the activation
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.state.services is not None:
            window.state.services.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would: ASCII by keystrokes, Chinese committed through the input method."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for chunk_is_ascii, chunk in _chunks(text):
        if chunk_is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _chunks(text: str):
    import itertools

    for is_ascii, group in itertools.groupby(text, key=lambda ch: ord(ch) < 128):
        yield is_ascii, "".join(group)


def open_page(make_window, sqlite_url, monkeypatch, page: str, tts: str = "off"):
    """A started window with one trainee (王小明) chosen, showing `page`."""
    from tests.ui.test_main_window import _seed

    if tts == "off":
        monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window(db=sqlite_url)
    window.choose_trainee(0)
    window.show_page(page)
    qtbot = qtbot_of(window)
    settle(qtbot)
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, window.pages[page]


def _settle_after_input(qtbot) -> None:
    """Each click and key press a test makes waits, as a person does, for the service calls it started (CallOp)
    to come back before the next one: the window answers from the database a moment later, not at once."""
    if getattr(qtbot, "_settles", False):
        return
    qtbot._settles = True
    for name in ("mouseClick", "keyClick", "mouseDClick"):
        plain = getattr(qtbot, name)

        def settled(*args, _plain=plain, _name=name, **kwargs):
            if _name == "keyClick":
                _focus_window_of(qtbot, args[0])
            _plain(*args, **kwargs)
            settle(qtbot)

        setattr(qtbot, name, settled)


def _focus_window_of(qtbot, widget) -> None:
    """A key goes to the window in front: as a person clicks a window before typing, the widget's window is
    brought forward first when another window (one closed by an earlier test, a message box) took the focus."""
    from PySide6.QtWidgets import QApplication, QWidget

    if not isinstance(widget, QWidget) or not widget.isVisible():
        return
    window = widget.window()
    if QApplication.activeWindow() is not window and not QApplication.activeModalWidget():
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def qtbot_of(window):
    return window._qtbot


def settle(qtbot, timeout: int = 15000) -> None:
    """Until every service call the window started (CallOp) has come back: what a person waits for on screen."""
    from trainer.ui.ops import wait_idle

    wait_idle(qtbot, timeout)


def click(qtbot, widget) -> None:
    """A mouse click, and the service calls it starts come back."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle(qtbot)


def best_choice(play) -> str:
    """The choice on the best way on from where a play stands (what a trainee who knows the code would pick)."""
    from trainer.engine.scenario import Solver

    return Solver(play.scenario).best_choice(play.node_id, play.flags)
