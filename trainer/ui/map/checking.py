"""The findings of the draft being edited, worked out in the thread pool a moment after the last edit."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from trainer.content.scenario_draft import ScenarioDraft
from trainer.ui.worker import run_in_background

DELAY_MS = 40  # a burst of edits (typing, a drag) gets one check


class DraftChecker(QObject):
    found = Signal(int, object)  # the draft's revision the findings are of, the findings
    failed = Signal(str)

    def __init__(self, draft: ScenarioDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self._start)
        self.running = False  # a check is under way; another starts when it reports
        self.stopped = False
        self.last_ms = 0.0  # from the edit's snapshot to the findings back

    def soon(self) -> None:
        if not self.stopped:
            self.timer.start()

    def now(self) -> None:
        started = time.perf_counter()
        found = self.draft.findings()
        self.last_ms = (time.perf_counter() - started) * 1000
        self.found.emit(self.draft.revision, found)

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def _start(self) -> None:
        if self.running:
            self.timer.start()
            return
        self.running = True
        snapshot, started = self.draft.snapshot(), time.perf_counter()

        def done(found) -> None:
            if not isValid(self) or self.stopped:
                return  # the map was closed while its last check ran
            self.running = False
            self.last_ms = (time.perf_counter() - started) * 1000
            self.found.emit(snapshot.revision, found)

        def failed(exc: BaseException) -> None:
            if isValid(self) and not self.stopped:
                self.running = False
                self.failed.emit(str(exc))

        run_in_background(snapshot.findings, done, failed)
