"""The classroom controller's link to the trainees' own screens: the live session (desks sharing the database) and
the phones. What the room is on is shown there; their answers are read every half second into the votes.
Every call runs off the GUI thread (CallOp); an error goes to the controller's `live_failed`."""

from __future__ import annotations

from trainer.errors import TrainerError
from trainer.ui.ops import CallOp


class LiveLink:
    """Mixed into ClassroomController (its `live`, `phones`, `_poll`, `_polling`, `_stopped`, `votes`, …)."""

    def start_live(self, service, state) -> None:
        if self._stopped:  # the session ended while its live session was still opening: close that one too
            self._call(service, lambda live: live.close(state.id))
            return
        self.live = (service, state)
        self._live_show()
        self._poll.start()
        self.changed.emit()

    def end_live(self, wait: bool = False) -> None:
        """Close the live session: in the background, or at once (`wait`) when trainer itself is closing."""
        self._poll.stop()
        if self.phones is not None:  # the phones' answers are written before the live session closes
            phones, self.phones, live, self.live = self.phones, None, self.live, None
            phones.stop(then=(lambda: live[0].close(live[1].id)) if live is not None else None, wait=wait)
        if self.live is not None:
            service, state = self.live
            self.live = None
            if wait:
                try:
                    service.close(state.id)
                except TrainerError as exc:
                    self.live_failed.emit(exc)
            else:
                self._call(service, lambda live: live.close(state.id))
        self.changed.emit()

    def _live_show(self) -> None:
        show = self._show_job()
        if show is None:
            return
        if self.phones is not None:  # in order: the live session shows the item, then the phones may answer it
            self.phones.push(self.phones.view_of(self), before=show)
        else:
            self._call(self.live[0], lambda _live: show())

    def _show_job(self):
        """The live session's move to the item on the console, as a call for a worker thread (None: no item)."""
        if self.live is None:
            return None
        service, state = self.live
        item = self.item_key()
        if item is None:
            return None
        index = self.play.step_number - 1 if self.play is not None else self.quiz.index
        options = self.option_count()
        revealed = bool(self.revealed)  # back to a question the room had seen revealed: the desks see it so too
        offered = self._offered()

        def show(live) -> None:
            live.show(state.id, item, index, max(options, 2), offered)
            if revealed:
                live.reveal(state.id)

        return lambda: show(service)

    def _offered(self) -> list[str]:
        """The role-play's choices on offer at the step shown, in their places (the desks label theirs so)."""
        if self.play is None or self.finished:
            return []
        choices = self.play.revealed_choices if self.play.revealed is not None else self.play.choices()
        return [c.id for c in choices]

    def _call(self, service, call, success=None) -> None:
        """A live-service call off the GUI thread (CallOp); an error goes to `live_failed`."""
        op = CallOp(self, call, services=service).failure(self.live_failed.emit)
        if success is not None:
            op.success(success)
        op.run()

    def _live_call(self, what: str) -> None:
        if self.live is not None:
            service, state = self.live
            self._call(service, lambda live: getattr(live, what)(state.id))

    def _poll_live(self) -> None:
        if self.live is None or self._polling:
            return
        item = self.item_key()
        if item is None:
            return
        service, state = self.live
        self._polling = True
        on_phones = self.phones.trainee_ids if self.phones is not None else frozenset()  # counted by the phones
        CallOp(self, lambda live: (item, live.tally(state.id, item, on_phones)), services=service) \
            .success(self._on_tally).failure(self._on_poll_failed).run()

    def _on_tally(self, result) -> None:
        self._polling = False
        item, tally = result
        self.live_joined, self.live_answered = tally.joined, tally.answered
        if item == self.item_key() and not self.revealed:
            self.votes.set_live(tally.counts)
        self.changed.emit()

    def _on_poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        self.live_failed.emit(exc)

    def start_phones(self, link) -> None:
        """Phones may join (a PhoneLink): their counts join the votes, they follow every move."""
        link.attach(self)
