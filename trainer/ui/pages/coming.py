"""Pages whose capability has not landed yet say so plainly, with what they will offer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from trainer.ui.pages.base import Page, wrapped
from trainer.ui.pages.titles import SECTIONS
from trainer.ui.state import AppState

class ComingPage(Page):
    """A page that is part of the plan but not built yet: it says what it will do, and nothing more."""

    def __init__(self, key: str, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.key = key
        self.badge = QLabel()
        self.badge.setObjectName("ComingBadge")
        self.note = wrapped(name="PageSubtitle")
        self.body.addWidget(self.badge, 0)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(QCoreApplication.translate("ComingPage", SECTIONS[self.key][1]))
        self.badge.setText(self.tr("Coming soon"))
        self.badge.setMaximumWidth(self.badge.sizeHint().width() + 24)
        self.note.setText(self.tr("This part of trainer is being built. Everything you do elsewhere is kept."))
