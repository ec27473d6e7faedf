"""Play from here: the real player from the selected step, with the flags chosen set. Nothing is recorded."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QStackedWidget, QVBoxLayout, QWidget,
)

from trainer.engine.scenario import ScenarioRun
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
        self.player = ScenarioPlayer(self.run, self.lang, self.names)
        self.player.leave_requested.connect(self.reject)
        self.player.ended.connect(self._on_ended)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        if self.run.finished:  # played from an ending: straight to its debrief
            self._on_ended()

    @Slot()
    def _on_ended(self) -> None:
        self.debrief = Debrief(self.run, self.lang, self.names)
        self.debrief.play_again.connect(partial(self.begin))
        self.debrief.choose_another.connect(self.reject)
        self.stack.addWidget(self.debrief)
        self.stack.setCurrentWidget(self.debrief)
