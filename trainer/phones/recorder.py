"""Roster trainees' phone answers into their records: in batches, one transaction each, off the server's loop.

A room answering at once would otherwise be a hundred write transactions in a row (on SQLite, one lock each);
the console's count does not wait for them (the server counts as the answers arrive). `flush` waits until every
answer handed in is written: the presenter's reveal and the session's end call it first, so the record holds
every answer the phones were told was taken.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger("trainer.phones")
BATCH_WAIT_S = 0.05  # after the first answer, gather the rest of the room's for this long
BATCH_MAX = 500


class Recorder:
    def __init__(self, write_batch: Callable[[list], list], on_refused: Callable[[object, BaseException], None]
                 = lambda _a, _e: None) -> None:
        """`write_batch(answers) -> [outcome or error per answer]` in one transaction (LiveService.answer_many);
        an answer is (trainee id, item, place)."""
        self._write_batch = write_batch
        self.on_refused = on_refused
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="phones-recorder", daemon=True)
        self.batches = 0
        self.written = 0
        self._thread.start()

    def submit(self, answer) -> None:
        self._queue.put(answer)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every answer submitted so far is written (or refused). False on a timeout."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def stop(self) -> None:
        self.flush()
        self._queue.put(None)
        self._thread.join(5)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch, signals = [], []
            stop = False
            (signals if isinstance(first, threading.Event) else batch).append(first)
            if batch:  # the rest of the room's answers, briefly
                try:
                    while len(batch) < BATCH_MAX:
                        more = self._queue.get(timeout=BATCH_WAIT_S)
                        if more is None:
                            stop = True
                            break
                        if isinstance(more, threading.Event):
                            signals.append(more)
                            break
                        batch.append(more)
                except queue.Empty:
                    pass
            if batch:
                self._write(batch)
            for event in signals:
                event.set()
            if stop:
                return

    def _write(self, batch: list) -> None:
        try:
            results = self._write_batch(batch)
        except Exception as exc:  # noqa: BLE001 - the database went away: each answer is reported, none lost silently
            log.error("phones: %d answers not recorded: %s", len(batch), exc)
            for answer in batch:
                self.on_refused(answer, exc)
            return
        self.batches += 1
        for answer, result in zip(batch, results):
            if isinstance(result, BaseException):
                log.warning("phones: answer of trainee %s to %s refused: %s", answer[0], answer[1], result)
                self.on_refused(answer, result)
            else:
                self.written += 1
