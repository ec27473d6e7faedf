"""Import a document…: the import runs off the GUI thread with a progress bar; then the document on one side and
what was found on the other, each item with its place; accept, edit, merge, split or reject; save as drafts."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QSplitter,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from trainer.ui.dialogs.errors import show_error
from trainer.ui.worker import run_in_background

CLAUSE = Qt.ItemDataRole.UserRole
REMOVAL = Qt.ItemDataRole.UserRole + 1
DOCUMENT_FILTER = "Documents (*.docx *.pdf *.txt *.md *.html *.htm)"


class _Progress(QObject):
    """Reports from the import thread; queued to the GUI thread because this object lives there."""

    advanced = Signal(int, int, str)


class ImportReviewDialog(QDialog):
    """`exec()` it, or `open()`; after a save, `saved_to` is the draft folder."""

    drafts_saved = Signal(str)  # the folder

    def __init__(self, parent: QWidget | None = None, paths: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReviewDialog")
        self.setWindowTitle(self.tr("Import a document"))
        self.review = None
        self.saved_to: str | None = None
        self._anchors: dict[tuple[int, str, int], str] = {}
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._on_import_advanced)

        self.choose_button = QPushButton(self.tr("Choose documents…"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self.tr("Choose a code of conduct: Word, PDF, text or a saved web page."))
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.progress_bar, 1)

        self.document_view = QTextBrowser()
        self.document_view.setAccessibleName(self.tr("The document"))
        self.found_tree = QTreeWidget()
        self.found_tree.setAccessibleName(self.tr("What was found"))
        self.found_tree.setHeaderLabels([self.tr("Found"), self.tr("Place in the document"), self.tr("Rule numbers")])
        self.found_tree.setColumnWidth(0, 420)
        self.found_tree.currentItemChanged.connect(self._on_found_current_changed)
        self.found_tree.itemChanged.connect(self._on_found_item_changed)

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.merge_button = QPushButton(self.tr("Merge with next"))
        self.split_button = QPushButton(self.tr("Split…"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put this line back into the document and find the clauses again"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        actions = QHBoxLayout()
        for button, slot in ((self.accept_button, self._on_accept_clicked), (self.reject_button, self._on_reject_clicked),
                             (self.edit_button, self._on_edit_clicked), (self.merge_button, self._on_merge_clicked),
                             (self.split_button, self._on_split_clicked)):
            button.clicked.connect(slot)
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.found_tree, 1)
        right_layout.addLayout(actions)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.document_view)
        self.splitter.addWidget(right)
        self.splitter.setSizes([500, 600])

        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Save the drafts in"))
        self.folder_edit.setPlaceholderText(self.tr("A new folder for the drafts"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.save_button = QPushButton(self.tr("Save as drafts"))
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Save the drafts in:")))
        bottom.addWidget(self.folder_edit, 1)
        bottom.addWidget(browse)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        if paths:
            self.start(paths)

    # -- the import, off the GUI thread ------------------------------------------------------------------

    def start(self, paths: list[Path]) -> None:
        from trainer.importer.pipeline import import_paths

        self.choose_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.status.setText(self.tr("Reading {0} documents…").format(len(paths)))
        emit = self._progress.advanced.emit
        run_in_background(partial(import_paths, list(paths), emit), self._on_import_done, self._on_import_failed)

    @Slot(int, int, str)
    def _on_import_advanced(self, done: int, total: int, name: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if name:
            self.status.setText(self.tr("Reading {0}…").format(name))

    def _on_import_done(self, result) -> None:
        from trainer.importer.review import ReviewDraft

        self.review = ReviewDraft(result.documents)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.choose_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._show_document()
        self._fill_tree()
        clauses = sum(len(l.clauses) for d in result.documents for l in d.structure.lessons)
        removed = sum(len(d.removed) for d in result.documents)
        notes = [n for d in result.documents for n in d.structure.notes]
        text = self.tr("Found {0} clauses; {1} lines of page furniture removed. Review them, then save as drafts.")
        self.status.setText(text.format(clauses, removed) + ("" if not notes else " " + self.tr(
            "No numbering was found: one clause per paragraph.")))

    def _on_import_failed(self, exc: BaseException) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.choose_button.setEnabled(True)
        from trainer.ui.core_strings import message
        from trainer.errors import TrainerError

        self.status.setText(message(exc) if isinstance(exc, TrainerError) else str(exc))
        show_error(self, exc)

    # -- showing -------------------------------------------------------------------------------------

    def _show_document(self) -> None:
        parts = []
        for di, doc in enumerate(self.review.documents):
            parts.append(f"<h3>{html.escape(doc.name)}</h3>")
            removed = {id(r.block): r.reason for r in doc.cleaned.removed}
            blocks = sorted([*doc.cleaned.blocks, *(r.block for r in doc.cleaned.removed)],
                            key=lambda b: (b.seq, b.place.offset))
            for b in blocks:
                anchor = f"d{di}b{b.seq}"
                self._anchors.setdefault((di, b.place.file, b.place.line), anchor)
                text = html.escape(b.text)
                if id(b) in removed:
                    text = f'<span style="color:#999"><s>{text}</s> [{html.escape(removed[id(b)])}]</span>'
                parts.append(f'<p><a name="{anchor}"></a><span style="color:#888">{b.place.line}</span>&nbsp; {text}</p>')
        self.document_view.setHtml("".join(parts))

    def _fill_tree(self) -> None:
        tree = self.found_tree
        tree.blockSignals(True)
        tree.clear()
        for di, doc in enumerate(self.review.documents):
            top = QTreeWidgetItem([doc.name, ""])
            tree.addTopLevelItem(top)
            for lesson in doc.structure.lessons:
                node = QTreeWidgetItem([self.tr("Lesson: {0}").format(lesson.title), str(lesson.place)])
                top.addChild(node)
                for section in lesson.sections:
                    sec = QTreeWidgetItem([f"{section.number} {section.title}", str(section.place)])
                    node.addChild(sec)
                    for index, clause in enumerate(section.clauses):
                        item = QTreeWidgetItem([f"{clause.number} {clause.text}",
                                                f"{clause.source_ref} · {clause.place}",
                                                "、".join(n.text for n in clause.numbers)])
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(0, Qt.CheckState.Unchecked if self.review.is_rejected(clause)
                                           else Qt.CheckState.Checked)
                        item.setData(0, CLAUSE, (di, section, index, clause))
                        item.setToolTip(0, clause.text)
                        sec.addChild(item)
            phrases = QTreeWidgetItem([self.tr("Phrases ({0})").format(len(doc.structure.phrases)), ""])
            top.addChild(phrases)
            for p in doc.structure.phrases:
                kind = self.tr("service") if p.kind == "service" else self.tr("forbidden")
                phrases.addChild(QTreeWidgetItem([f"[{kind}] {p.text}", str(p.place)]))
            furniture = QTreeWidgetItem([self.tr("Removed as page furniture ({0})").format(len(doc.removed)), ""])
            top.addChild(furniture)
            for i, r in enumerate(doc.removed):
                item = QTreeWidgetItem([f"[{r.reason}] {r.block.text[:80]}", str(r.block.place)])
                if i < len(doc.cleaned.removed):  # page furniture; a repeated clause is simply gone
                    item.setData(0, REMOVAL, (di, i))
                furniture.addChild(item)
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)
        tree.blockSignals(False)

    def _current_clause(self):
        item = self.found_tree.currentItem()
        return item.data(0, CLAUSE) if item is not None else None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_found_current_changed(self, current, _previous) -> None:
        data = current.data(0, CLAUSE) if current is not None else None
        self.restore_button.setEnabled(current is not None and current.data(0, REMOVAL) is not None)
        for button in (self.edit_button, self.merge_button, self.split_button, self.reject_button,
                       self.accept_button):
            button.setEnabled(data is not None)
        if data is None:
            return
        di, section, index, clause = data
        self.merge_button.setEnabled(index + 1 < len(section.clauses))
        anchor = self._anchors.get((di, clause.place.file, clause.place.line))
        if anchor:
            self.document_view.scrollToAnchor(anchor)
        # the clause's own words, selected where they stand in the document
        found = self.document_view.document().find(clause.text[:24])
        if not found.isNull():
            self.document_view.setTextCursor(found)
            self.document_view.ensureCursorVisible()

    @Slot(QTreeWidgetItem, int)
    def _on_found_item_changed(self, item, column) -> None:
        data = item.data(0, CLAUSE)
        if data is None or column != 0:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self.review.accept(data[3])
        else:
            self.review.reject(data[3])

    # -- the reviewer's edits -------------------------------------------------------------------------

    def _set_check(self, checked: bool) -> None:
        item = self.found_tree.currentItem()
        if item is not None and item.data(0, CLAUSE) is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @Slot()
    def _on_accept_clicked(self) -> None:
        self._set_check(True)

    @Slot()
    def _on_reject_clicked(self) -> None:
        self._set_check(False)

    @Slot()
    def _on_edit_clicked(self) -> None:
        data = self._current_clause()
        if data is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit the clause"), self.tr("Clause text:"),
                                                 data[3].text)
        if ok and text.strip():
            self.review.edit(data[3], text)
            self._refresh(data[3])

    @Slot()
    def _on_merge_clicked(self) -> None:
        data = self._current_clause()
        if data is None or data[2] + 1 >= len(data[1].clauses):
            return
        merged = self.review.merge_next(data[1], data[2])
        self._refresh(merged)

    @Slot()
    def _on_split_clicked(self) -> None:
        data = self._current_clause()
        if data is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Split the clause"), self.tr("Put a line break where the second clause begins:"),
            data[3].text)
        if not ok or "\n" not in text.strip():
            return
        self.split_at(data, text.strip().index("\n"))

    def split_at(self, data, at: int) -> None:
        try:
            self.review.split(data[1], data[2], at)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self._refresh(data[3])

    def _refresh(self, clause) -> None:
        self._fill_tree()
        it = self._find(clause)
        if it is not None:
            self.found_tree.setCurrentItem(it)

    def _find(self, clause) -> QTreeWidgetItem | None:
        stack = [self.found_tree.topLevelItem(i) for i in range(self.found_tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            data = item.data(0, CLAUSE)
            if data is not None and data[3] is clause:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    @Slot()
    def _on_restore_clicked(self) -> None:
        from trainer.importer.pipeline import restore_removed

        item = self.found_tree.currentItem()
        where = item.data(0, REMOVAL) if item is not None else None
        if where is None:
            return
        di, index = where
        # the document is found again with the line back: edits to its clauses start over
        self.review.documents[di] = restore_removed(self.review.documents[di], [index])
        self._anchors.clear()
        self._show_document()
        self._fill_tree()
        self.status.setText(self.tr("Restored; the clauses of {0} were found again.").format(
            self.review.documents[di].name))

    # -- choosing and saving --------------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import a document"), "", self.tr(DOCUMENT_FILTER))
        if files:
            self.start([Path(f) for f in files])

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the drafts in"))
        if folder:
            self.folder_edit.setText(str(Path(folder) / "drafts"))

    @Slot()
    def _on_save_clicked(self) -> None:
        target = self.folder_edit.text().strip()
        if self.review is None:
            return
        if not target:
            self.status.setText(self.tr("Choose a new folder for the drafts first."))
            self.folder_edit.setFocus()
            return
        documents = self.review.accepted_documents()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving the drafts…"))
        run_in_background(partial(_save, documents, Path(target)), self._on_saved, self._on_save_failed)

    def _on_saved(self, result) -> None:
        folder, summary, errors = result
        self.saved_to = folder
        self.save_button.setEnabled(True)
        text = self.tr("Saved {0} lessons, {1} clauses and {2} questions as drafts in {3}.")
        self.status.setText(text.format(summary.lessons, summary.clauses, summary.questions, folder) +
                            ("" if not errors else " " + self.tr("{0} problems: run trainer validate.").format(
                                len(errors))))
        self.drafts_saved.emit(folder)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)


def _save(documents, out: Path):
    """Save the reviewed documents as drafts (in the thread pool)."""
    from trainer.importer.service import save_drafts

    summary, errors = save_drafts(documents, out)
    return str(out), summary, errors
