"""Play from here: the trainee's player and debrief from the selected step, with the flags chosen set. The moves
are made by the same engine the role-play service uses, here on the draft; nothing is recorded."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QStackedWidget, QVBoxLayout, QWidget,
)

from trainer.engine.scenario import ScenarioRun
from trainer.services.roleplay import PlayView, StepOutcome
from trainer.ui.widgets.debrief import Debrief
from trainer.ui.widgets.scenario_player import ScenarioPlayer


class FlagsDialog(QDialog):
    """Which flags are set as the play starts (the ones earlier steps would have set)."""

    def __init__(self, flags: list[str], step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Play from {0}").format(step))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Set the flags the earlier steps would have set. The play is not recorded."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boxes = {flag: QCheckBox(flag) for flag in flags}
        for box in self.boxes.values():
            layout.addWidget(box)
        if not flags:
            layout.addWidget(QLabel(self.tr("This scenario uses no flags.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Play"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> frozenset[str]:
        return frozenset(flag for flag, box in self.boxes.items() if box.isChecked())


class PlayDialog(QDialog):
    """The trainee's player and debrief, on a draft; its steps go nowhere (no attempt, no record)."""

    def __init__(self, scenario, start: str, flags: frozenset[str], lang: str, names: dict[str, str],
                 checker=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlayFromHere")
        self.setWindowTitle(self.tr("Play from here: {0}").format(scenario.title.get(lang)))
        self.scenario, self.start_at, self.flags, self.lang, self.names = scenario, start, flags, lang, names
        self.checker = checker
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.resize(900, 640)
        self.player: ScenarioPlayer | None = None
        self.debrief: Debrief | None = None
        self.begin()

    @Slot()
    def begin(self) -> None:
        for widget in (self.player, self.debrief):
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.debrief = None
        self.run = ScenarioRun(self.scenario, self.checker, start=self.start_at, flags=self.flags)
        self.player = ScenarioPlayer(self._view(), self.lang, self.names)
        self.player.leave_requested.connect(self.reject)
        self.player.ended.connect(self._on_ended)
        self.player.choice_made.connect(self._on_choice_made)
        self.player.reply_sent.connect(self._on_reply_sent)
        self.player.timed_out.connect(self._on_timed_out)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        if self.run.finished:  # played from an ending: straight to its debrief
            self._on_ended()

    # the moves: the engine moves the draft on here, as the role-play service does for a trainee, but records nothing

    def _view(self) -> PlayView:
        return PlayView.of(0, self.run, "draft")

    def _move(self, move) -> None:
        try:
            step = move()
        except ValueError:  # not on offer (cannot be: the player offers only what is)
            self.player.move_failed()
            return
        self.player.show_outcome(StepOutcome(step, self._view()))

    @Slot(str)
    def _on_choice_made(self, choice_id: str) -> None:
        self._move(partial(self.run.choose, choice_id))

    @Slot(str)
    def _on_reply_sent(self, text: str) -> None:
        self._move(partial(self.run.reply, text, self.lang))

    @Slot()
    def _on_timed_out(self) -> None:
        self._move(partial(self.run.timeout, float(self.run.node.timer or 0)))

    @Slot()
    def _on_ended(self) -> None:
        self.debrief = Debrief(self._view(), self.lang, self.names)
        self.debrief.play_again.connect(partial(self.begin))
        self.debrief.choose_another.connect(self.reject)
        self.stack.addWidget(self.debrief)
        self.stack.setCurrentWidget(self.debrief)


def play_from_here(window) -> None:
    """The map's F5: the flags to set asked first (when the scenario has any), then the player."""
    self = window
    node_id = self.selected_step()
    scenario = self.draft.scenario()
    if node_id is None:
        return
    if scenario is None or any(f.severity == "error" and f.kind in ("schema", "dangling") for f in self.findings):
        self.status.setText(QCoreApplication.translate(
            "ScenarioMapWindow", "Fix the errors in red first: the scenario cannot be played as it is"))
        return
    flags = self.draft.flags()
    chosen = frozenset()
    if flags:
        ask = FlagsDialog(flags, node_id, self)
        if not ask.exec():
            return
        chosen = ask.chosen
    self.play_dialog = PlayDialog(scenario, node_id, chosen, self.lang, self.names, self.checker, self)
    self.play_dialog.open()
