"""Ctrl+F on the map: the steps whose id, line or choices hold the words, highlighted; Enter goes to the next."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit

from trainer.content.scenario_draft import ScenarioDraft


class FindBar(QLineEdit):
    step_found = Signal(str)

    def __init__(self, draft: ScenarioDraft, lang: str, scene, status: QLabel) -> None:
        super().__init__()
        self.setObjectName("MapFind")
        self.draft, self.lang, self.scene, self.status = draft, lang, scene, status
        self.hits: list[str] = []
        self.hit = -1
        self.hide()
        self.returnPressed.connect(self._on_return_pressed)
        self.textChanged.connect(self._on_text_changed)

    def open(self) -> None:
        self.show()
        self.setFocus()
        self.selectAll()

    def close_bar(self) -> None:
        self.clear()
        self.hide()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.hits = self.draft.find(text, self.lang)
        self.hit = -1
        self.scene.set_highlight(set(self.hits))
        self.status.setText(self.tr("{0} steps found").format(len(self.hits)) if text.strip() else "")
        if self.hits:
            self._on_return_pressed()

    @Slot()
    def _on_return_pressed(self) -> None:
        if self.hits:
            self.hit = (self.hit + 1) % len(self.hits)
            self.step_found.emit(self.hits[self.hit])
            self.setFocus()
