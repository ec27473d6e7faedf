"""The manager's Trainee tab: one trainee's record (charts, lessons, role-plays replayed step by step), read in one
call off the GUI thread when the manager opens the trainee on the dashboard."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from trainer.ui.ops import CallOp
from trainer.ui.pages.manager_area import ManagerArea
from trainer.ui.widgets.items_tab import current_revisions
from trainer.ui.widgets.trainee_detail import TraineeDetail


class TraineeTab(TraineeDetail):
    shown = Signal()  # the record is on screen: the page brings this tab forward

    def __init__(self, area: ManagerArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.state = area.state
        self.row = None  # the trainee shown
        area.unlocked_changed.connect(self._on_unlocked_changed)

    def show_row(self, row, switch: bool = True) -> None:
        session = self.area.session
        if session is None:
            return
        self.row = row

        def read(s):
            attempts = s.reports.attempts(session, trainee=row.name)
            plays = s.roleplay.attempts(row.id)
            steps = {p.id: s.roleplay.steps(p.id) for p in plays}  # replayed on selection without a read
            given = s.reports.answers(session, trainee=row.name)
            current = current_revisions(s)  # answers to another revision: "answered on an earlier version"
            earlier = [a.question_id for a in given
                       if a.revision and current.get(a.question_id) not in (None, a.revision)]
            answers = [(a.question_id, a.correct) for a in given]
            return [a for a in attempts if a.kind != "role-play"], plays, steps, (answers, earlier)

        CallOp(self, read).success(partial(self._on_read, row, switch)).run()

    def _on_read(self, row, switch: bool, read) -> None:
        if row is not self.row or not self.area.unlocked:
            return
        attempts, plays, steps, (answers, earlier) = read
        self.show_trainee(row, attempts, plays, lambda play_id: steps.get(play_id, []), self.state.catalog,
                          self.state.bank, self.state.locale, self.area.names(), answers, earlier)
        if switch:
            self.shown.emit()

    def redraw(self) -> None:
        """The record in the interface language (the page calls it on a language switch)."""
        if self.row is not None and self.area.unlocked:
            self.show_row(self.row, switch=False)

    def forget(self, trainee_id: int) -> bool:
        """The trainee was deleted: their record is gone, the tab waits for another row (True: it showed them)."""
        if self.row is not None and self.row.id == trainee_id:
            self.row = None
            return True
        return False

    @Slot(bool)
    def _on_unlocked_changed(self, unlocked: bool) -> None:
        if not unlocked:
            self.row = None
