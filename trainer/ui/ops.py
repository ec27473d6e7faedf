"""One way to call the services off the GUI thread (after Anki's CollectionOp).

A `CallOp` takes a service call, runs it on the services' own worker thread, and reports its result or its error
back on the GUI thread; the window never waits on the database. Example (a page)::

    CallOp(self, lambda s: s.quizzes.answer(attempt_id, question_id, given)) \\
        .success(self._on_answered).busy(self.check_button).run()

- `call` gets the app's `Services` and must not touch widgets (it runs on another thread).
- `success(fn)`: `fn(result)` on the GUI thread. Without it the result is dropped.
- `failure(fn)`: `fn(exc)` on the GUI thread; by default the error is shown with `show_error(parent, exc)`.
- `busy(*widgets)`: those widgets are disabled while the call runs (no second click sends a second answer).
- The calls run one at a time, in the order they were started, so "answer, then finish the quiz" is recorded in
  that order. A callback whose parent widget was deleted meanwhile is not called.
- Tests wait for the calls under way with `qtbot.waitUntil(lambda: not CallOp.pending())` or `wait_idle(qtbot)`.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from trainer.gcpause import collector_paused

_lane: QThreadPool | None = None
_running: set["CallOp"] = set()


def _pool() -> QThreadPool:
    global _lane
    if _lane is None:
        _lane = QThreadPool()
        _lane.setMaxThreadCount(1)  # one lane: calls are recorded in the order the person made them
        _lane.setExpiryTimeout(-1)
    return _lane


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            with collector_paused(freeze=False):  # a full collection here would take the GUI thread's lock
                result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            _emit(self.signals.failed, exc)
        else:
            _emit(self.signals.done, result)


def _emit(signal, value) -> None:
    try:
        signal.emit(value)
    except RuntimeError:
        pass  # the application quit while the call ran


class CallOp:
    def __init__(self, parent: QWidget, call: Callable[[Any], Any], services: Any = None) -> None:
        self._parent = parent
        self._call = call
        self._services = services
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._busy: tuple[QWidget, ...] = ()

    def success(self, fn: Callable[[Any], None]) -> "CallOp":
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> "CallOp":
        self._on_failure = fn
        return self

    def busy(self, *widgets: QWidget) -> "CallOp":
        self._busy = widgets
        return self

    @staticmethod
    def pending() -> int:
        """How many calls are running or waiting."""
        return len(_running)

    def run(self) -> None:
        services = self._services
        if services is None:
            services = self._parent.state.services
        if services is None:
            return  # the database is not open yet: there is nothing to record into
        for widget in self._busy:
            widget.setEnabled(False)
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        _running.add(self)
        call = self._call
        _pool().start(_Runnable(lambda: call(services), self._signals))

    def _finish(self) -> bool:
        _running.discard(self)
        for widget in self._busy:
            if isValid(widget):
                widget.setEnabled(True)
        return isValid(self._parent)

    def _done(self, result: Any) -> None:
        if self._finish() and self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._finish():
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from trainer.ui.dialogs.errors import show_error

            show_error(self._parent, exc)


def wait_idle(qtbot, timeout: int = 10000) -> None:
    """For tests and the bench: until every call started has reported."""
    qtbot.waitUntil(lambda: not _running, timeout=timeout)
