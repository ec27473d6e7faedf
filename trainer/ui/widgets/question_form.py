"""One question on screen, for every question type; gives the answer in the question's own option indexes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from trainer.engine.questions import Shown
from trainer.ui.widgets.wrapping import WrappingCheckBox, WrappingRadioButton


class QuestionForm(QWidget):
    changed = Signal()

    def __init__(self, shown: Shown, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.lang = lang
        q = shown.question
        self.setObjectName("QuestionForm")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.prompt = QLabel(q.prompt.get(lang))
        self.prompt.setObjectName("QuestionPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.buttons: list[QRadioButton | QCheckBox] = []
        self.group: QButtonGroup | None = None
        self.number: QLineEdit | None = None
        self.steps: QListWidget | None = None
        if q.type in ("single", "true-false"):
            self.group = QButtonGroup(self)
            labels = ([o.get(lang) for o in (q.options[i] for i in shown.order)] if q.type == "single"
                      else [self.tr("True"), self.tr("False")])
            for i, text in enumerate(labels):
                button = WrappingRadioButton(f"{i + 1}  {text}")  # chosen by the plain key, not Alt+digit
                button.setAccessibleName(text)
                self.group.addButton(button, i)
                self.buttons.append(button)
                layout.addWidget(button)
            self.group.idToggled.connect(self._emit_changed)
        elif q.type == "multiple":
            hint = QLabel(self.tr("Choose every answer that applies."))
            hint.setObjectName("PageSubtitle")
            layout.addWidget(hint)
            for i, index in enumerate(shown.order):
                text = q.options[index].get(lang)
                box = WrappingCheckBox(f"{i + 1}  {text}")
                box.setAccessibleName(text)
                box.toggled.connect(self._emit_changed)
                self.buttons.append(box)
                layout.addWidget(box)
        elif q.type == "numeric":
            row = QHBoxLayout()
            self.number = QLineEdit()
            self.number.setValidator(QDoubleValidator(self))
            self.number.setMaximumWidth(160)
            self.number.setAccessibleName(self.tr("Your answer (a number)"))
            self.number.textChanged.connect(self._emit_changed)
            row.addWidget(self.number)
            if q.unit is not None:
                row.addWidget(QLabel(q.unit.get(lang)))
            row.addStretch(1)
            layout.addLayout(row)
        elif q.type == "match":
            self.matches: list[QComboBox] = []
            grid = QFormLayout()
            grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the situation above its choice, full width
            for i, item in enumerate(q.items):
                combo = QComboBox()
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(16)
                combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
                combo.addItem(self.tr("Choose…"), -1)
                for index in shown.order:
                    combo.addItem(q.options[index].get(lang), index)
                combo.setAccessibleName(item.get(lang))
                combo.currentIndexChanged.connect(self._emit_changed)
                label = QLabel(item.get(lang))
                label.setWordWrap(True)
                label.setBuddy(combo)
                grid.addRow(label, combo)
                self.matches.append(combo)
            layout.addLayout(grid)
        elif q.type == "rewrite":
            self.text_edit = QPlainTextEdit()
            self.text_edit.setAccessibleName(self.tr("Your wording"))
            self.text_edit.setPlaceholderText(self.tr("Write what you would say instead…"))
            self.text_edit.setMaximumHeight(120)
            self.text_edit.setTabChangesFocus(True)  # Tab goes on to Check; Ctrl+Return checks (the runner's)
            self.text_edit.textChanged.connect(self._emit_changed)
            layout.addWidget(self.text_edit)
        elif q.type == "short":
            self.line_edit = QLineEdit()
            self.line_edit.setAccessibleName(self.tr("Your answer"))
            self.line_edit.setPlaceholderText(self.tr("Type your answer…"))
            self.line_edit.textChanged.connect(self._emit_changed)
            layout.addWidget(self.line_edit)
        elif q.type == "order":
            hint = QLabel(self.tr("Put the steps in order: drag them, or select one and press Alt+Up / Alt+Down."))
            hint.setObjectName("PageSubtitle")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.steps = QListWidget()
            self.steps.setAccessibleName(self.tr("Steps"))
            self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.steps.setWordWrap(True)
            self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
            for index in shown.order:
                item = QListWidgetItem(q.options[index].get(lang))
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.steps.addItem(item)
            self.steps.setCurrentRow(0)
            self.steps.model().rowsMoved.connect(self._emit_changed)
            layout.addWidget(self.steps)
            moves = QHBoxLayout()
            for text, delta, key in ((self.tr("Move &up"), -1, "Alt+Up"), (self.tr("Move &down"), 1, "Alt+Down")):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, d=delta: self.move_step(d))
                QShortcut(QKeySequence(key), self.steps, activated=lambda d=delta: self.move_step(d))
                moves.addWidget(button)
            moves.addStretch(1)
            layout.addLayout(moves)
        layout.addStretch(1)

    def choose(self, place: int) -> None:
        """The option at `place` (0-based, as shown) chosen, as a click on it does (the runner's keys 1-9)."""
        if 0 <= place < len(self.buttons) and self.buttons[place].isEnabled():
            self.buttons[place].click()
            self.buttons[place].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """The widgets that take the answer, in Tab order (the runner puts its Check button after them)."""
        q = self.shown.question
        if self.buttons:
            return list(self.buttons)
        if q.type == "match":
            return list(self.matches)
        if q.type == "order":
            return [self.steps, *self.findChildren(QPushButton)]
        return [w for w in (self.number, getattr(self, "text_edit", None)) if w is not None]

    def _emit_changed(self, *_: object) -> None:
        self.changed.emit()

    def move_step(self, delta: int) -> None:
        row = self.steps.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self.changed.emit()

    def answer(self):
        """The answer so far, in the question's own indexes; None while nothing is chosen."""
        q = self.shown.question
        if q.type == "single":
            checked = self.group.checkedId()
            return None if checked < 0 else self.shown.order[checked]
        if q.type == "true-false":
            checked = self.group.checkedId()
            return None if checked < 0 else checked == 0
        if q.type == "multiple":
            chosen = sorted(self.shown.order[i] for i, b in enumerate(self.buttons) if b.isChecked())
            return chosen or None
        if q.type == "numeric":
            text = self.number.text().strip().replace(",", ".")
            try:
                return float(text) if text else None
            except ValueError:
                return None
        if q.type == "order":
            return [self.steps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.steps.count())]
        if q.type == "match":
            chosen = [combo.currentData() for combo in self.matches]
            return None if -1 in chosen else chosen
        if q.type == "rewrite":
            text = self.text_edit.toPlainText().strip()
            return text or None
        if q.type == "short":
            return self.line_edit.text().strip() or None
        return None

    def restore(self, answer) -> None:
        """Show `answer` (as answer() gives it) as chosen: the same question drawn again in another language."""
        q = self.shown.question
        if answer is None:
            return
        if q.type == "single" and answer in self.shown.order:
            self.buttons[self.shown.order.index(answer)].setChecked(True)
        elif q.type == "true-false":
            self.buttons[0 if answer else 1].setChecked(True)
        elif q.type == "multiple":
            for i, index in enumerate(self.shown.order):
                self.buttons[i].setChecked(index in answer)
        elif q.type == "numeric" and self.number is not None:
            self.number.setText(f"{answer:g}")
        elif q.type == "rewrite" and getattr(self, "text_edit", None) is not None:
            self.text_edit.setPlainText(answer)
        elif q.type == "short" and getattr(self, "line_edit", None) is not None:
            self.line_edit.setText(answer)
        elif q.type == "order" and self.steps is not None:
            by_index = {self.steps.item(i).data(Qt.ItemDataRole.UserRole): self.steps.takeItem(i)
                        for i in reversed(range(self.steps.count()))}
            for index in answer:
                self.steps.addItem(by_index.pop(index))
            for item in by_index.values():  # none, for an answer of this question
                self.steps.addItem(item)
        elif q.type == "match":
            for combo, index in zip(self.matches, answer):
                combo.setCurrentIndex(max(0, combo.findData(index)))

    def unlock(self) -> None:
        for w in (*self.buttons, self.number, self.steps, *getattr(self, "matches", []),
                  getattr(self, "text_edit", None), *self.findChildren(QPushButton)):
            if w is not None:
                w.setEnabled(True)

    def lock(self) -> None:
        for w in (*self.buttons, self.number, self.steps, *getattr(self, "matches", []),
                  getattr(self, "text_edit", None)):
            if w is not None:
                w.setEnabled(False)
        for child in self.findChildren(QPushButton):
            child.setEnabled(False)
