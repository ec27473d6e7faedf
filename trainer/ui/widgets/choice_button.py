"""A role-play choice: a large button whose text wraps, numbered for keys 1-4."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ChoiceButton(QPushButton):
    """A large button whose text wraps (QPushButton alone never wraps)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)

    def text(self) -> str:  # noqa: D401 - the text a screen reader and the tests see
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.label.setText(text)


def choice_label(index: int, text: str) -> str:
    """A choice's button text: numbered for keys 1-4."""
    return f"{index + 1}　{text}" if index < 4 else text
