"""The source view: any item's text as its file format has it, problems at their lines while you type, and for
a phrase bank a "try it" box that runs the phrase checker with the bank as edited, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
                               QTextEdit, QVBoxLayout, QWidget)

from trainer.ui.editors.problems import LiveCheck, ProblemsList
from trainer.ui.editors.saving import DraftSaver, may_close
from trainer.ui.ops import CallOp


class SourceEditor(QWidget):
    saved = Signal(str)  # path

    def __init__(self, services, path: str, item, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourceEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.services, self.path, self.author = services, path, author
        self.name = "library:" + path
        self.heading = QLabel(path)
        self.heading.setObjectName("CardTitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("SourceText")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setPlainText(item.text or "")
        self.text.document().setModified(False)
        self.problems = ProblemsList()
        self.problems.problem_chosen.connect(self._on_problem_chosen)
        self.saver = DraftSaver(self, services, author, {path: item.token})
        self.saver.saved.connect(self._on_saved)
        self.save_button = QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        self.undo_button.clicked.connect(self.text.undo)
        self.redo_button.clicked.connect(self.text.redo)
        self.text.undoAvailable.connect(self.undo_button.setEnabled)
        self.text.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for w in (self.undo_button, self.redo_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel()
        column.addWidget(self.problems_label)
        column.addWidget(self.problems, 1)
        self.try_box = None
        if path.startswith("phrases/"):
            self._build_try_box(column)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.check = LiveCheck(self, services, self.texts)
        self.check.checked.connect(self._on_checked)
        self.text.textChanged.connect(self.check.schedule)
        self.retranslate()
        self.check.check_now()

    def _build_try_box(self, column: QVBoxLayout) -> None:
        self.try_box = QLineEdit()
        self.try_box.setObjectName("TryPhrase")
        self.try_box.returnPressed.connect(self.try_phrase)
        self.try_button = QPushButton()
        self.try_button.clicked.connect(self.try_phrase)
        self.try_result = QLabel()
        self.try_result.setWordWrap(True)
        self.try_result.setObjectName("TryResult")
        self.try_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.try_label)
        row.addWidget(self.try_box, 1)
        row.addWidget(self.try_button)
        column.addLayout(row)
        column.addWidget(self.try_result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Source: {0}").format(self.path))
        self.save_button.setText(self.tr("&Save draft"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.problems_label.setText(self.tr("Problems (checked while you type)"))
        if self.try_box is not None:
            self.try_label.setText(self.tr("Try it:"))
            self.try_box.setPlaceholderText(self.tr("A sentence to check with the phrases as edited"))
            self.try_button.setText(self.tr("Check"))

    def texts(self) -> dict[str, str]:
        return {self.path: self.text.toPlainText()}

    def save(self) -> None:
        self.saver.save(self.texts(), self.tr("edited in the source view"))

    @Slot(list)
    def _on_saved(self, _paths: list) -> None:
        self.text.document().setModified(False)
        self.status.setText(self.tr("Draft saved. Publish it in the Content tab for every desk to use."))
        self.saved.emit(self.path)

    @Slot(list)
    def _on_checked(self, problems: list) -> None:
        self.problems.show_problems(problems, {self.name})
        mine = [p for p in problems if p.path == self.name]
        selections = []
        for p in mine[:200]:
            block = self.text.document().findBlockByNumber(p.line - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(Qt.GlobalColor.yellow if not p.is_error else Qt.GlobalColor.red)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format.setForeground(Qt.GlobalColor.black)
            cursor = QTextCursor(block)
            sel.cursor = cursor
            selections.append(sel)
        self.text.setExtraSelections(selections)

    @Slot(str, int)
    def _on_problem_chosen(self, path: str, line: int) -> None:
        if path != self.name:
            return
        block = self.text.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def try_phrase(self) -> None:
        sentence = self.try_box.text().strip()
        if not sentence:
            return
        texts = self.texts()
        CallOp(self, lambda s: s.library.try_phrase(texts, sentence), self.services) \
            .success(self._on_tried).busy(self.try_button).run()

    def _on_tried(self, hits: list) -> None:
        if not hits:
            self.try_result.setText(self.tr("No forbidden phrase found."))
            return
        lang = "en" if self.tr("Check") == "Check" else "zh"
        lines = []
        for h in hits:
            better = h.alternative.get(lang) if h.alternative else ""
            lines.append(self.tr("Forbidden phrase “{0}” ({1}): say instead “{2}”").format(
                h.phrase_in(lang), h.category_title.get(lang), better))
        self.try_result.setText("\n".join(lines))

    def dirty(self) -> bool:
        return self.text.document().isModified()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not may_close(self, self.dirty()):
            event.ignore()
            return
        self.check.timer.stop()
        super().closeEvent(event)
