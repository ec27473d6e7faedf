"""The phone server's way into the live service: roster names and PINs, joining the live session, recording.

Every call here blocks on the database; the server runs them in worker threads (joins) or in the recorder's
thread (answers), never on its loop.
"""

from __future__ import annotations

from trainer.errors import AuthError, TrainerError
from trainer.phones.names import name_key
from trainer.phones.recorder import Recorder
from trainer.phones.room import Refused


class LiveGate:
    """A thin adapter: a roster phone joins the live session as a desk does, and its answers (the place chosen)
    go to `LiveService.answer_many`, which grades and records them. Nicknames never reach the database."""

    def __init__(self, services, live_state, on_refused=lambda _a, _e: None) -> None:
        self._services = services
        self._state = live_state
        self.recorder = Recorder(self._write, on_refused)

    def roster_id(self, name: str) -> tuple[int, bool] | None:
        """(trainee id, has a PIN) of the active trainee with this name (ignoring case), or None."""
        key = name_key(name)
        for row in self._services.profiles.list_trainees():
            if name_key(row.name) == key:
                return row.id, row.has_pin
        return None

    def claim(self, name: str, pin: object) -> tuple[int, str]:
        """The roster trainee named, checked by PIN, joined to the live session: (trainee id, name)."""
        found = self.roster_id(name)
        if found is None:
            raise Refused("not-on-roster")
        trainee_id, has_pin = found
        if not has_pin:
            raise Refused("no-pin")
        if not isinstance(pin, str) or not pin.strip():
            raise Refused("pin-needed")
        try:
            row = self._services.profiles.sign_in(trainee_id, pin[:16])
        except AuthError:
            raise Refused("pin-wrong") from None
        except TrainerError:
            raise Refused("not-on-roster") from None
        try:
            self._services.live.join(self._state.code, trainee_id)
        except TrainerError:
            raise Refused("ended") from None
        return trainee_id, row.name

    def record(self, trainee_id: int, item: str, place: int) -> None:
        self.recorder.submit((trainee_id, item, place))

    def _write(self, answers: list) -> list:
        return self._services.live.answer_many(self._state.id, answers)

    def flush(self) -> bool:
        return self.recorder.flush()

    def stop(self) -> None:
        self.recorder.stop()
