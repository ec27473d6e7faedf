"""Pieces of the questions editor: the clause picker (every clause of the catalog, searchable, ticked ones
chosen), the names of the question types, the lesson check's rule, and a pair of zh/en text boxes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

LESSON_RULE = QT_TRANSLATE_NOOP("QuestionsEditor", "The lesson check at the end of a lesson asks 3 to 5 of the "
                                                   "questions marked for it whose first clause is in that lesson; "
                                                   "a lesson with fewer than 3 has no check.")


TYPE_NAMES = {
    "single": QT_TRANSLATE_NOOP("QuestionsEditor", "single choice"),
    "multiple": QT_TRANSLATE_NOOP("QuestionsEditor", "multiple choice"),
    "true-false": QT_TRANSLATE_NOOP("QuestionsEditor", "true / false"),
    "numeric": QT_TRANSLATE_NOOP("QuestionsEditor", "a number"),
    "order": QT_TRANSLATE_NOOP("QuestionsEditor", "put in order"),
    "match": QT_TRANSLATE_NOOP("QuestionsEditor", "match"),
    "rewrite": QT_TRANSLATE_NOOP("QuestionsEditor", "rewrite a reply"),
    "short": QT_TRANSLATE_NOOP("QuestionsEditor", "short answer"),
}


class ClausePicker(QDialog):
    """Every clause of the catalog, searchable; the ones ticked are the question's clauses, in order."""

    def __init__(self, catalog, lang: str, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClausePicker")
        self.setWindowTitle(self.tr("Clauses the question tests"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("search the clauses"))
        self.search.textChanged.connect(self._on_search_changed)
        self.list = QListWidget()
        for article in catalog.sorted_articles():
            for clause in article.text(lang).clauses:
                ref = f"{article.id}:{clause.number}"
                item = QListWidgetItem(f"{ref}  {clause.text[:60]}")
                item.setData(Qt.ItemDataRole.UserRole, ref)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ref in chosen else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.first = list(chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setHidden(text.strip().lower() not in self.list.item(i).text().lower())

    @property
    def chosen(self) -> list[str]:
        ticked = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return [r for r in self.first if r in ticked] + [r for r in ticked if r not in self.first]


def pair(parent_layout: QFormLayout, label: QLabel, height: int = 0) -> tuple[QPlainTextEdit, QPlainTextEdit]:
    row = QHBoxLayout()
    edits = []
    for lang in ("zh", "en"):
        edit = QPlainTextEdit()
        edit.setObjectName(f"{label.objectName()}_{lang}")
        edit.setMaximumHeight(height or 56)
        edit.setPlaceholderText("中文" if lang == "zh" else "English")
        row.addWidget(edit)
        edits.append(edit)
    parent_layout.addRow(label, row)
    return edits[0], edits[1]
