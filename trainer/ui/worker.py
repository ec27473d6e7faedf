"""Slow work (opening a database, PostgreSQL round-trips, exports) off the GUI thread.

After Anki's background operations: the work runs in the thread pool, never touches widgets, and its
result or exception comes back to the GUI thread by a queued signal.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from trainer.gcpause import collector_paused

_running: set["_Operation"] = set()  # keeps each operation alive until it reports


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Operation(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    @staticmethod
    def _report(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the application quit while the work ran: there is no one left to tell


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None]) -> None:
    operation = _Operation(work)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(operation)
        callback(value)

    operation.signals.done.connect(lambda result: finish(on_done, result))
    operation.signals.failed.connect(lambda exc: finish(on_failed, exc))
    _running.add(operation)
    QThreadPool.globalInstance().start(operation)


def long_lived(work: Callable[[], Any]) -> Callable[[], Any]:
    """`work` that builds many objects the app keeps (the catalog, 10,000 dashboard rows), run with the cyclic
    garbage collector paused and its results frozen (gc.freeze) afterwards.

    Otherwise a full collection, triggered by the new objects and walking every object the app holds, takes the
    interpreter lock for 50–100 ms and freezes the window. Frozen objects are still freed by reference counting
    when the app lets go of them (the rows a new load replaces); only reference cycles among them would linger."""

    def run(*args: Any) -> Any:  # a CallOp's call takes the services
        with collector_paused(freeze=True):
            return work(*args)

    return run
