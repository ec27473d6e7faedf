"""An item's revisions: who, when and why, each one's change as a diff, and revert to any of them or to the
reference (a draft, published like any other)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from trainer.ui.ops import CallOp

ROLE_NUMBER = Qt.ItemDataRole.UserRole + 1


class HistoryDialog(QDialog):
    reverted = Signal(str)  # path

    def __init__(self, services, path: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.services, self.path, self.author = services, path, author
        self.setWindowTitle(self.tr("History: {0}").format(path))
        self.revisions = QListWidget()
        self.revisions.setObjectName("RevisionList")
        self.revisions.currentItemChanged.connect(self._on_revision_changed)
        self.diff = QPlainTextEdit()
        self.diff.setObjectName("RevisionDiff")
        self.diff.setReadOnly(True)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff.font().setStyleHint(QFont.StyleHint.Monospace)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.revisions)
        split.addWidget(self.diff)
        split.setStretchFactor(1, 2)
        self.revert_button = QPushButton(self.tr("Revert to this revision"))
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.reference_button = QPushButton(self.tr("Revert to the reference"))
        self.reference_button.clicked.connect(self._on_reference_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.revert_button)
        row.addWidget(self.reference_button)
        row.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(900, 520)
        CallOp(self, lambda s: s.library.history(path), services).success(self._on_history).run()

    def _on_history(self, rows: list) -> None:
        self.revisions.clear()
        for r in rows:
            when = r.at.astimezone().strftime("%Y-%m-%d %H:%M")
            what = self.tr("back to the reference") if r.to_reference else (self.tr("hidden") if r.hidden else "")
            label = self.tr("Revision {0} · {1} · {2}").format(r.number, r.author, when)
            item = QListWidgetItem("\n".join(x for x in (label, r.comment, what) if x))
            item.setData(ROLE_NUMBER, r.number)
            self.revisions.addItem(item)
        if not rows:
            self.revisions.addItem(self.tr("No revision yet: the item is as the reference has it."))
        self.revisions.setCurrentRow(0)

    def number(self) -> int | None:
        item = self.revisions.currentItem()
        return item.data(ROLE_NUMBER) if item is not None else None

    @Slot()
    def _on_revision_changed(self, *_args) -> None:
        number = self.number()
        self.revert_button.setEnabled(number is not None)
        if number is None:
            self.diff.clear()
            return
        path = self.path
        CallOp(self, lambda s: s.library.diff(path, number), self.services).success(self.diff.setPlainText).run()

    def _on_revert_clicked(self) -> None:
        self._revert(self.number())

    def _on_reference_clicked(self) -> None:
        self._revert(None)

    def _revert(self, number: int | None) -> None:
        path, author = self.path, self.author
        CallOp(self, lambda s: s.library.revert(path, author, number), self.services) \
            .success(self._on_reverted).run()

    def _on_reverted(self, _draft) -> None:
        self.status.setText(self.tr("A draft was made from it: publish it in the Content tab."))
        self.reverted.emit(self.path)


class RefusedDialog(QDialog):
    """A publish refused: the problems left, errors first."""

    def __init__(self, problems: list, parent: QWidget | None = None) -> None:
        from trainer.ui.editors.problems import ProblemsList

        super().__init__(parent)
        self.setObjectName("PublishRefusedDialog")
        self.setWindowTitle(self.tr("Not published"))
        errors = [p for p in problems if p.is_error]
        intro = QLabel(self.tr("Nothing was published: {0} problems must be fixed first (warnings are allowed). "
                               "Open the item named in each line, fix it, save the draft and publish again.")
                       .format(len(errors)))
        intro.setWordWrap(True)
        self.problems = ProblemsList()
        self.problems.show_problems(errors + [p for p in problems if not p.is_error], set())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
