"""The lesson editor: clauses in both languages edited in place, inserted, moved and deleted with renumbering
(references elsewhere follow on save), a live preview exactly as the trainee sees it with the numbers a test
may ask about highlighted, problems while typing, undo and redo."""

from __future__ import annotations

import html as html_lib
import re

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from trainer.content.article_draft import FACT_RE, ArticleDraft
from trainer.ui.editors.commands import DeleteClause, EditClause, InsertClause, MoveClause
from trainer.ui.editors.problems import LiveCheck, ProblemsList
from trainer.ui.editors.saving import DraftSaver, may_close
from trainer.ui.widgets.lesson_view import LessonView

COLUMNS = (("zh", "text"), ("en", "text"))  # after the number column; notes are edited below the table
_CLAUSE_P = re.compile(r'(<p class="clause">)(.*?)(</p>)', re.S)


def highlight_facts(page: str) -> str:
    """The lesson's HTML with the numbers inside clauses marked (not the clause numbers themselves)."""

    def mark(m: re.Match) -> str:
        parts = re.split(r"(<[^>]+>)", m.group(2))
        out, skip = [], False
        for part in parts:
            if part.startswith("<"):
                skip = part.startswith('<span class="num"')
                out.append(part)
            elif skip:
                out.append(part)
                skip = False
            else:
                out.append(FACT_RE.sub(lambda f: f'<span style="background-color:#ffe27a; color:#000">'
                                                 f'{f.group(0)}</span>', part))
        return m.group(1) + "".join(out) + m.group(3)

    return _CLAUSE_P.sub(mark, page)


class LessonEditor(QWidget):
    saved = Signal(list)  # paths saved

    def __init__(self, services, article_id: str, zh, en, author: str, catalog, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.services, self.article_id, self.catalog = services, article_id, catalog  # the desk's, for the preview
        self.draft = ArticleDraft.parse(article_id, zh.text, en.text if en is not None and en.text else None)
        self.paths = list(self.draft.files())
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._on_stack_clean_changed)
        self._filling = False
        tokens = {p: t.token for p, t in zip(self.paths, [zh, en]) if t is not None}
        self.saver = DraftSaver(self, services, author, tokens)
        self.saver.saved.connect(self._on_saved)

        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.table = QTableWidget(0, 1 + len(COLUMNS))
        self.table.setObjectName("ClauseTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, 1 + len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.rows_timer = QTimer(self)  # rows fit their wrapped text again once the columns stop changing width
        self.rows_timer.setSingleShot(True)
        self.rows_timer.setInterval(80)
        self.rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self.rows_timer.start)
        self.buttons = {}
        row = QHBoxLayout()
        for key in ("insert", "up", "down", "delete", "undo", "redo"):
            self.buttons[key] = button = QPushButton()
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["insert"].clicked.connect(self.insert_clause)
        self.buttons["up"].clicked.connect(lambda: self.move_clause(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_clause(1))
        self.buttons["delete"].clicked.connect(self.delete_clause)
        self.buttons["undo"].clicked.connect(self.stack.undo)
        self.buttons["redo"].clicked.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)
        self.save_button = QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 2)
        row.addWidget(self.save_button)

        self.preview_lang = QComboBox()
        self.preview_lang.addItem("中文", "zh")
        self.preview_lang.addItem("English", "en")
        self.preview_lang.setCurrentIndex(1 if lang == "en" else 0)
        self.preview_lang.currentIndexChanged.connect(self.update_preview)
        self.preview_label = QLabel()
        self.preview = LessonView()
        self.preview.setObjectName("LessonPreview")
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview_label, 1)
        top.addWidget(self.preview_lang)
        rcol.addLayout(top)
        rcol.addWidget(self.preview, 1)
        self.problems_label = QLabel()
        self.problems = ProblemsList()
        self.problems.setMaximumHeight(120)
        self.problems.problem_chosen.connect(self._on_problem_chosen)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.table, 3)
        self.notes: dict[str, QPlainTextEdit] = {}
        self.note_labels: dict[str, QLabel] = {}
        notes = QHBoxLayout()
        for lang in ("zh", "en"):
            box = QVBoxLayout()
            self.note_labels[lang] = QLabel()
            self.notes[lang] = edit = QPlainTextEdit()
            edit.setObjectName(f"ClauseNote_{lang}")
            edit.setMaximumHeight(90)
            edit.setEnabled(lang in self.draft.langs)
            edit.textChanged.connect(self.note_timer_start)
            box.addWidget(self.note_labels[lang])
            box.addWidget(edit)
            notes.addLayout(box)
        lcol.addLayout(notes)
        lcol.addWidget(self.problems_label)
        lcol.addWidget(self.problems, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.stack.redo)
        if QKeySequence("Ctrl+Y") not in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            QShortcut(QKeySequence("Ctrl+Y"), self, self.stack.redo)  # as on Windows, everywhere
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(120)
        self.preview_timer.timeout.connect(self.update_preview)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(400)
        self.note_timer.timeout.connect(self.commit_notes)
        self.check = LiveCheck(self, services, self.draft.files)
        self.check.checked.connect(self._on_checked)
        self.retranslate()
        self.fill()
        self.update_preview()
        self.check.schedule()

    # -- drawing ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lesson editor: {0}").format(self.article_id))
        self.heading.setText(self.tr("Lesson {0}: clauses in Chinese and English").format(self.article_id))
        self.table.setHorizontalHeaderLabels([self.tr("Clause"), self.tr("Chinese"), self.tr("English")])
        self.note_labels["zh"].setText(self.tr("Note or conflict (Chinese), after the clause"))
        self.note_labels["en"].setText(self.tr("Note (English)"))
        for key, text in (("insert", self.tr("&Insert clause")), ("up", self.tr("Move &up")),
                          ("down", self.tr("Move &down")), ("delete", self.tr("De&lete clause")),
                          ("undo", self.tr("Undo")), ("redo", self.tr("Redo"))):
            self.buttons[key].setText(text)
        self.save_button.setText(self.tr("&Save draft"))
        self.preview_label.setText(self.tr("Preview, as the trainee sees it (numbers highlighted)"))
        self.problems_label.setText(self.tr("Problems (checked while you type)"))

    def fill(self, select: str | None = None) -> None:
        """Draw the clauses, reusing the cells there are (an editor may be closing on one of them)."""
        self._filling = True
        numbers = self.draft.numbers()
        self.table.setRowCount(len(numbers))
        has_en = "en" in self.draft.langs
        for r, number in enumerate(numbers):
            self._cell(r, 0, number, editable=False)
            for c, (lang, _field) in enumerate(COLUMNS, 1):
                present = lang != "en" or has_en
                self._cell(r, c, self.draft.text_of(number, lang) if present else "", editable=present)
        self.table.resizeRowsToContents()
        self._filling = False
        if select in numbers and self.table.currentRow() != numbers.index(select):
            self.table.selectRow(numbers.index(select))  # (the same row: an editor open on it stays open)
        self._show_notes()

    def _cell(self, row: int, col: int, text: str, editable: bool) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            self.table.setItem(row, col, item)
        elif item.text() != text:
            item.setText(text)

    def changed(self, select: str | None) -> None:
        """After every command: redraw the clauses (once the edit that sent it is closed), then the preview and
        the problems a moment later."""
        QTimer.singleShot(0, lambda: self.fill(select))
        self.preview_timer.start()
        self.check.schedule()

    @Slot()
    def update_preview(self) -> None:
        from trainer.content.articles import parse_article
        from trainer.content.render import render_article

        lang = self.preview_lang.currentData()
        if lang not in self.draft.langs:
            lang = "zh"
        path = f"library:articles/{self.article_id}.{lang}.md"
        parsed, _problems = parse_article(self.draft.langs[lang].text(), path)
        zh = parsed if lang == "zh" else parse_article(self.draft.langs["zh"].text(), path)[0]
        if parsed is None:
            self.preview.show_html(f"<p>{html_lib.escape(self.tr('The lesson cannot be shown: see the problems.'))}</p>")
            return
        # as the lessons page draws it (trainer.content.render.render_lesson): sources by title, notes folded
        known = frozenset(self.catalog.articles) | {self.article_id}
        sources = tuple(zh.meta.sources) if zh is not None else ()
        rendered = render_article(parsed.text, known, catalog=self.catalog, sources=sources)
        position = self.preview.verticalScrollBar().value()
        self.preview.show_html(highlight_facts(rendered.html))
        self.preview.verticalScrollBar().setValue(position)

    def _show_notes(self) -> None:
        number = self.current_number()
        self._filling = True
        for lang, edit in self.notes.items():
            text = self.draft.langs[lang].note(number) if number and lang in self.draft.langs else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._filling = False

    @Slot()
    def _on_table_selection_changed(self) -> None:
        if not self._filling:
            self.commit_notes()
            self._show_notes()

    @Slot()
    def note_timer_start(self) -> None:
        if not self._filling:
            self.note_number = self.current_number()
            self.note_timer.start()

    @Slot()
    def commit_notes(self) -> None:
        """The notes as typed, one undo step per pause in typing."""
        number = getattr(self, "note_number", None)
        if not self.note_timer.isActive() and number is None:
            return
        self.note_timer.stop()
        self.note_number = None
        if number not in self.draft.numbers():
            return
        for lang, edit in self.notes.items():
            if lang in self.draft.langs and edit.toPlainText() != self.draft.langs[lang].note(number):
                self.stack.push(EditClause(self.draft, self.changed, number, lang, "note", edit.toPlainText(),
                                           self.tr("Edit the note of clause {0}").format(number)))

    # -- editing ------------------------------------------------------------------------------------

    def current_number(self) -> str | None:
        row = self.table.currentRow()
        numbers = self.draft.numbers()
        return numbers[row] if 0 <= row < len(numbers) else None

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        self.commit_notes()
        number = self.draft.numbers()[item.row()]
        lang, field = COLUMNS[item.column() - 1]
        new = item.text().strip() if field == "text" else item.text()
        if field == "text" and not new:
            self.fill(number)  # a clause keeps a text: delete it instead
            return
        self.stack.push(EditClause(self.draft, self.changed, number, lang, field, new,
                                   self.tr("Edit clause {0}").format(number)))

    def insert_clause(self) -> None:
        after = self.current_number() or (self.draft.numbers() or [None])[-1]
        if after is None:
            return
        self.stack.push(InsertClause(self.draft, self.changed, after, self.tr("New clause"), "New clause",
                                     self.tr("Insert a clause after {0}").format(after)))

    def delete_clause(self) -> None:
        number = self.current_number()
        if number is not None:
            self.stack.push(DeleteClause(self.draft, self.changed, number, self.tr("Delete clause {0}").format(number)))

    def move_clause(self, step: int) -> None:
        number = self.current_number()
        if number is not None and self.draft.can_move(number, step):
            self.stack.push(MoveClause(self.draft, self.changed, number, step, self.tr("Move clause {0}").format(number)))

    # -- saving and problems --------------------------------------------------------------------------

    def save(self) -> None:
        self.commit_notes()
        self.saver.save(self.draft.files(), self.tr("edited in the lesson editor"), self.article_id,
                        self.draft.mapping())

    @Slot(list)
    def _on_saved(self, paths: list) -> None:
        self.draft.renamed = {n: n for n in self.draft.numbers()}  # the references follow now
        self.stack.setClean()
        others = [p for p in paths if p not in self.paths]
        text = self.tr("Draft saved. Publish it in the Content tab for every desk to use.")
        if others:
            text += " " + self.tr("References followed in: {0}").format(", ".join(others))
        self.status.setText(text)
        self.saved.emit(paths)

    @Slot(bool)
    def _on_stack_clean_changed(self, clean: bool) -> None:
        if not clean:
            self.status.setText(self.tr("Unsaved changes"))

    @Slot(list)
    def _on_checked(self, problems: list) -> None:
        self.problems.show_problems(problems, {"library:" + p for p in self.paths})

    @Slot(str, int)
    def _on_problem_chosen(self, path: str, line: int) -> None:
        """Select the clause the problem's line falls in."""
        lang = "en" if path.endswith(".en.md") else "zh"
        if f"library:articles/{self.article_id}.{lang}.md" != path:
            return
        text = self.draft.langs[lang].text().split("\n")
        number = None
        for line_text in text[:line]:
            m = re.match(r"^(\d+(?:\.\d+){1,2})\s", line_text)
            if m:
                number = m.group(1)
        if number in self.draft.numbers():
            self.table.selectRow(self.draft.numbers().index(number))
            self.table.setFocus()

    def dirty(self) -> bool:
        self.commit_notes()  # a note typed and not yet on the stack counts too
        return not self.stack.isClean()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not may_close(self, self.dirty()):
            event.ignore()
            return
        self.check.timer.stop()
        self.preview_timer.stop()
        super().closeEvent(event)

