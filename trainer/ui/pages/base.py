"""A page of the main window: a title, a subtitle and its content; retranslated when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from trainer.ui.pages.titles import SECTIONS, page_title
from trainer.ui.state import AppState


class Page(QWidget):
    key = ""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(12)
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)

    def nav_title(self) -> str:
        return page_title(self.key) if self.key in SECTIONS else ""

    def retitle(self) -> None:
        """The page's heading is its name in the navigation (the home page says welcome instead)."""
        self.title.setText(self.nav_title())

    def catch_up(self) -> None:
        """Pages are built on first use: one built after the content and database opened reads them here, as the
        `catalog_changed` signal it missed would have made it."""

    def retranslate(self) -> None:  # overridden; called at start and on every language change
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retitle()
            self.retranslate()
        super().changeEvent(event)


def card(title: QLabel, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    title.setObjectName("CardTitle")
    layout.addWidget(title)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return frame


def wrapped(text: str = "", name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label
