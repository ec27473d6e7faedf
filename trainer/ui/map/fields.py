"""Small editing widgets the map's side form is made of, and the conversions between their text and the draft."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QWidget


class TextBox(QPlainTextEdit):
    """A few lines of text that report when the person has finished with them (focus leaves)."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: three lines, whatever the stylesheet's minimum
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 3 + 26)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, self.sizeHint().height())

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.Show):
            # after the stylesheet's min-height, which would let the side form squeeze it to one line
            self.setMinimumHeight(self.sizeHint().height())
        return done

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.finished.emit()


class Bilingual(QWidget):
    """A text in Chinese and English, one box each."""

    finished = Signal()

    def __init__(self, zh_label: str, en_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.zh, self.en = TextBox(), TextBox()
        self.zh_label, self.en_label = QLabel(zh_label), QLabel(en_label)
        grid.addWidget(self.zh_label, 0, 0)
        grid.addWidget(self.zh, 0, 1)
        grid.addWidget(self.en_label, 1, 0)
        grid.addWidget(self.en, 1, 1)
        self.zh.finished.connect(self.finished)
        self.en.finished.connect(self.finished)

    def set(self, value) -> None:
        value = value if isinstance(value, dict) else {}
        for box, lang in ((self.zh, "zh"), (self.en, "en")):
            text = str(value.get(lang) or "")
            if box.toPlainText() != text:
                box.setPlainText(text)

    def get(self) -> dict | None:
        zh, en = self.zh.toPlainText().strip(), self.en.toPlainText().strip()
        return {"zh": zh, "en": en} if zh or en else None


class StepChooser(QComboBox):
    """A step id: one of the scenario's, or typed (a link to a step yet to be made shows as a finding)."""

    def __init__(self, parent: QWidget | None = None, allow_none: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.allow_none = allow_none

    def set_steps(self, ids, current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        if self.allow_none:
            self.addItem("")
        self.addItems(list(ids))
        self.setEditText(current or "")
        self.blockSignals(False)

    def value(self) -> str | None:
        return self.currentText().strip() or None


def names(text: str) -> list[str]:
    """"a, b c" -> ["a", "b", "c"] (flags, clause references)."""
    return [part for part in re.split(r"[\s,，、;；]+", text.strip()) if part]


def scores(text: str) -> dict[str, int] | None:
    """"communication: 2, process -1" -> {"communication": 2, "process": -1}; None when it cannot be read."""
    out: dict[str, int] = {}
    for part in re.split(r"[,，;；]+", text.strip()):
        if not part.strip():
            continue
        found = re.fullmatch(r"\s*([a-z0-9-]+)\s*[:：=]?\s*([+-]?\d+)\s*", part)
        if not found:
            return None
        out[found.group(1)] = int(found.group(2))
    return out


def scores_text(value) -> str:
    return ", ".join(f"{k}: {v}" for k, v in (value or {}).items())


def put(target: dict, key: str, value) -> None:
    """Sets `key`, or removes it for an empty value (the file then has no empty keys)."""
    if value in (None, "", [], {}):
        target.pop(key, None)
    else:
        target[key] = value
