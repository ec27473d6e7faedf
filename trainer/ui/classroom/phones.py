"""Phones in the room, seen from the console: the phone server's lifecycle and its updates as a Qt signal.

The server (trainer.phones) runs its own asyncio thread; its snapshots reach the GUI thread through
`snapshot_arrived` (a queued connection: the signal is emitted on the server's thread). Calls that wait on it or
on the database run on one worker thread of their own, in order: an item is shown in the live session before
the phones may answer it, and the phones' answers are recorded before the live session is revealed.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.phones.keepawake import KeepAwake
from trainer.phones.limits import Limits
from trainer.phones.room import Room, Snapshot
from trainer.phones.server import PhoneServer
from trainer.phones.views import quiz_view, roleplay_view

log = logging.getLogger("trainer.phones")
PORT = 8765  # the same link each time the room's server starts (another free one when it is taken)


class PhoneLink(QObject):
    snapshot_arrived = Signal(object)  # Snapshot, emitted on the server's thread
    failed = Signal(object)  # an exception from a queued job, emitted on the worker thread
    moved = Signal()  # the server is on another address: the QR code is redrawn

    def __init__(self, room: Room, gate, limits: Limits = Limits(), keep_awake: KeepAwake | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.gate = gate
        self.limits = limits
        self.keep = keep_awake or KeepAwake()
        self.server: PhoneServer | None = None
        self.snapshot: Snapshot | None = None
        self.sent: dict | None = None  # the view last given to the phones
        self.timer: float | None = None
        self.public: str | None = None
        self._controller = None
        self._latest: Snapshot | None = None
        self._counted: list = []
        self._applying = False
        self._jobs: queue.Queue = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="phones-jobs", daemon=True)
        self._worker.start()

    # -- the server ----------------------------------------------------------------------------------

    def start(self, host: str, port: int | None = PORT, public: str | None = None) -> None:
        """Binds on `host` (the interface the presenter chose). Raises OSError when it cannot."""
        self.public = public
        for candidate in ([port, 0] if port else [0]):
            server = PhoneServer(self.room, self.gate, host, candidate, self.snapshot_arrived.emit, self.limits,
                                 public=public)
            try:
                server.start()
            except OSError:
                if candidate == 0:
                    raise
                continue
            self.server = server
            break
        if self.sent is not None:
            self.server.apply(self.sent)
        self.keep.hold()

    def move(self, host: str) -> None:
        """The laptop's address changed (or the presenter chose another network): same room, new address."""
        old, self.server = self.server, None
        if old is not None:
            old.gate = None  # the recorder goes on with the new server
            old.stop()
        self.start(host, old.port if old is not None else PORT, self.public)
        self.moved.emit()

    def stop(self, then: Callable[[], None] | None = None, wait: bool = False) -> None:
        """After the queued jobs: the phones are told the session has ended, every answer taken is written,
        the port closes; then `then` (the live session closes). `wait`: return only when all that is done."""
        def finish() -> None:
            server, self.server = self.server, None
            try:
                if server is not None:
                    server.stop()
                elif self.gate is not None:
                    self.gate.stop()
            finally:
                self.keep.release()
            if then is not None:
                then()

        self.run(finish)
        self._jobs.put(None)
        if wait:
            self._worker.join(30)

    @property
    def url(self) -> str:
        return self.server.url() if self.server is not None else ""

    @property
    def trainee_ids(self) -> frozenset[int]:
        return self.snapshot.trainee_ids if self.snapshot is not None else frozenset()

    # -- what the phones show (from the GUI thread) --------------------------------------------------

    def attach(self, controller) -> None:
        controller.phones = self
        self._controller = controller
        self.snapshot_arrived.connect(self._on_snapshot)
        self.failed.connect(controller.live_failed)
        self.push(self.view_of(controller), before=controller._show_job())  # the live session on the item first
        controller.changed.connect(self._on_changed)
        controller.changed.emit()

    def _on_changed(self) -> None:
        if self._controller is not None and self._controller.phones is self:
            self.sync(self._controller)

    def _on_snapshot(self, snapshot) -> None:
        """On the GUI thread. Snapshots that arrived while the console was redrawing are taken together: the
        console redraws once for the latest (a room answering at once never queues up redraws)."""
        self._counted += snapshot.counted
        self._latest = snapshot
        if not self._applying:
            self._applying = True
            QTimer.singleShot(0, self._apply_snapshot)

    def _apply_snapshot(self) -> None:
        """The phones' counts join the votes of the item they answered, if it is still open."""
        self._applying = False
        controller = self._controller
        if controller is None or controller.phones is not self or self._latest is None:
            return
        snapshot = replace(self._latest, counted=tuple(self._counted))
        self._counted = []
        self.snapshot = snapshot
        if snapshot.item == controller.item_key() and not controller.revealed and not controller.finished:
            controller.votes.set_phones(snapshot.counts)
        controller.changed.emit()
        controller.phones_updated.emit(snapshot)

    @staticmethod
    def view_of(controller) -> dict | None:
        key = controller.item_key()
        if controller.play is not None:
            return roleplay_view(controller.play, key)
        return quiz_view(controller.quiz, key)

    def apply(self, view: dict | None) -> None:
        """On the worker thread (inside a queued job): the phones follow."""
        if self.server is not None:
            self.server.apply(view)

    def flush(self) -> None:
        if self.gate is not None:
            self.gate.flush()

    def remove(self, token: str) -> None:
        self.run(lambda: self.server.remove(token) if self.server is not None else None)

    def sync(self, controller) -> None:
        """After any change on the console: the timer, and a change to the item already shown (the leaderboard,
        the end); a new item or a reveal comes through the controller's ordered jobs instead."""
        timer = float(controller.seconds_left) if controller.timer.isActive() and controller.seconds_left else None
        if (timer is None) != (self.timer is None):
            self.timer = timer
            self.run(lambda: self.server.set_timer(timer) if self.server is not None else None)
        view = self.view_of(controller)
        if view != self.sent and (self.sent is None or view is None or view.get("key") in (self.sent.get("key"), "end")):
            self.push(view)

    def push(self, view: dict | None, then: Callable[[], None] | None = None, before: Callable[[], None] | None
             = None) -> None:
        """In order on the worker: `before` (the live session shows the item), the phones, `then` (the reveal)."""
        self.sent = view

        def job() -> None:
            if before is not None:
                before()
            self.apply(view)
            if then is not None:
                self.flush()
                then()

        self.run(job)

    def run(self, job: Callable[[], object]) -> None:
        self._jobs.put(job)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            except Exception as exc:  # noqa: BLE001 - told to the console
                log.warning("phones: %s", exc)
                try:
                    self.failed.emit(exc)
                except RuntimeError:
                    return
