"""Manager area → Content: every lesson, phrase bank, question set, role-play and list of the organisation's
content with its state, last editor and time; search and filter; open an editor, publish, see the history,
revert, and move content packs in and out."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trainer.ui.core_strings import message
from trainer.ui.ops import CallOp

STATE_NAMES = {
    "reference": QT_TRANSLATE_NOOP("ContentTab", "reference"),
    "changed": QT_TRANSLATE_NOOP("ContentTab", "changed"),
    "new": QT_TRANSLATE_NOOP("ContentTab", "new"),
    "hidden": QT_TRANSLATE_NOOP("ContentTab", "hidden"),
    "draft": QT_TRANSLATE_NOOP("ContentTab", "draft"),
}
KIND_NAMES = {
    "lesson": QT_TRANSLATE_NOOP("ContentTab", "lesson"),
    "phrases": QT_TRANSLATE_NOOP("ContentTab", "phrase bank"),
    "questions": QT_TRANSLATE_NOOP("ContentTab", "questions"),
    "scenario": QT_TRANSLATE_NOOP("ContentTab", "role-play"),
    "competencies": QT_TRANSLATE_NOOP("ContentTab", "competencies"),
    "sources": QT_TRANSLATE_NOOP("ContentTab", "sources"),
}
HEADERS = (QT_TRANSLATE_NOOP("ContentTab", "Item"), QT_TRANSLATE_NOOP("ContentTab", "Title"), QT_TRANSLATE_NOOP("ContentTab", "Kind"),
           QT_TRANSLATE_NOOP("ContentTab", "State"), QT_TRANSLATE_NOOP("ContentTab", "Revision"),
           QT_TRANSLATE_NOOP("ContentTab", "Last edited by"), QT_TRANSLATE_NOOP("ContentTab", "When"))


def _t(text: str) -> str:
    return QCoreApplication.translate("ContentTab", text)


class ContentTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []
        self.titles: dict[str, str] = {}

    def set_rows(self, rows: list, titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.titles = rows, titles
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return r.path
        if col == 1:
            return self.titles.get(r.path, "")
        col -= 1
        if col == 1:
            return _t(KIND_NAMES.get(r.kind, r.kind))
        if col == 2:
            return _t(STATE_NAMES[r.state])
        if col == 3:
            return str(r.revision) if r.revision else "—"
        at = r.draft_at if r.state == "draft" else r.at
        if col == 4:
            return r.draft_author if r.state == "draft" else r.author
        return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


class ContentFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.state = ""

    def set_filter(self, text: str, state: str) -> None:
        self.beginFilterChange()
        self.text, self.state = text.strip().lower(), state
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        r = self.sourceModel().rows[row]
        if self.state == "own":
            if r.state == "reference":
                return False
        elif self.state and r.state != self.state:
            return False
        title = self.sourceModel().titles.get(r.path, "").lower()
        return not self.text or any(self.text in t for t in (r.path.lower(), (r.author or "").lower(), title))


class ContentTab(QWidget):
    published = Signal(int)  # publication id

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContentTab")
        self.area = area  # the manager area (trainer.ui.pages.manager_area): its session names the author
        self.state = area.state
        area.unlocked_changed.connect(self._on_unlocked_changed)
        self.editor = None  # the editor window opened last (tests drive it)
        self.editors: list = []  # every editor window opened while unlocked
        self.dialog = None
        self.model = ContentTableModel()
        self.proxy = ContentFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("ContentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.filter = QComboBox()
        self.filter.setObjectName("ContentStateFilter")
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.table = QTableView()
        self.table.setObjectName("ContentTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.buttons: dict[str, QPushButton] = {}
        actions = (("edit", self.edit), ("source", self.edit_source), ("history", self.history),
                   ("publish", self.publish), ("import", self.import_pack), ("export", self.export_pack))
        row = QHBoxLayout()
        for key, slot in actions:
            self.buttons[key] = button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
        self.buttons["publish"].setProperty("primary", True)
        row.addStretch(1)
        top = QHBoxLayout()
        self.search_label = QLabel()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search:"))
        self.search.setPlaceholderText(self.tr("an item's name or title, or its last editor"))
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Every state"), "")
        self.filter.addItem(self.tr("The organisation's own and drafts"), "own")
        for key, name in STATE_NAMES.items():
            self.filter.addItem(_t(name), key)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.filter.blockSignals(False)
        for key, text in (("edit", self.tr("&Edit…")), ("source", self.tr("Source &view…")),
                          ("history", self.tr("&History and revert…")), ("publish", self.tr("&Publish…")),
                          ("import", self.tr("&Import pack…")), ("export", self.tr("E&xport pack…"))):
            self.buttons[key].setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(max(len(self.model.rows) - 1, 0),
                                                                             len(HEADERS) - 1))
        self._fit_columns()
        self._summarise()

    def author(self) -> str:
        return self.area.session.name if self.area.session is not None else ""

    @Slot(bool)
    def _on_unlocked_changed(self, unlocked: bool) -> None:
        if unlocked:
            self.load()
        else:
            self.model.set_rows([], {})
            from shiboken6 import isValid

            from trainer.ui.editors.saving import close_saving

            for editor in self.editors:  # the manager left: the editors close, what was typed kept as drafts
                if isValid(editor) and editor.isVisible():
                    close_saving(editor, editor.dirty())
            self.editors.clear()
            self.editor = None

    # -- the list -------------------------------------------------------------------------------------

    def load(self) -> None:
        CallOp(self, lambda s: s.library.items()).success(self._on_loaded).run()

    def _on_loaded(self, rows: list) -> None:
        chosen = self.chosen()
        self.model.set_rows(rows, self._titles())
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        if chosen is not None:
            self.select(chosen.path)
        self._summarise()

    def _titles(self) -> dict[str, str]:
        """An item's title as the desks show it (the lesson's or role-play's title), in the interface language."""
        catalog, lang = self.state.catalog, self.state.locale
        titles = {}
        for article in catalog.articles.values():
            for text in article.texts.values():
                if "articles/" in text.path:
                    titles[text.path[text.path.index("articles/"):]] = text.title
        for scenario_id, scenario in catalog.scenarios.items():
            titles[f"scenarios/{scenario_id}.yaml"] = scenario.title.get(lang)
        return titles

    def _summarise(self) -> None:
        rows = self.model.rows
        drafts = sum(1 for r in rows if r.state == "draft")
        own = sum(1 for r in rows if r.published_state != "reference")
        self.summary.setText(self.tr("{0} items: {1} of the organisation's own, {2} drafts waiting to be "
                                     "published.").format(len(rows), own, drafts))

    @Slot()
    def _apply_filter(self, *_args) -> None:
        self.proxy.set_filter(self.search.text(), self.filter.currentData() or "")
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in range(len(HEADERS)):
            if column != 1:  # the title takes the rest
                self.table.resizeColumnToContents(column)

    def chosen(self):
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, path: str) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0)) == path:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    # -- editors ----------------------------------------------------------------------------------------

    @Slot()
    def _on_table_double_clicked(self, *_args) -> None:
        self.edit()

    def edit(self) -> None:
        row = self.chosen()
        if row is None:
            return
        if row.kind == "questions":
            path = row.path
            CallOp(self, lambda s: s.library.item(path)).success(self._open_questions).run()
            return
        if row.kind != "lesson":
            self.edit_source()
            return
        article_id = row.path.split("/")[1].split(".")[0]
        zh, en = f"articles/{article_id}.zh.md", f"articles/{article_id}.en.md"
        CallOp(self, lambda s: (s.library.item(zh), s.library.item(en))) \
            .success(lambda items: self._open_lesson(article_id, *items)).run()

    def _open_lesson(self, article_id: str, zh, en) -> None:
        from trainer.ui.editors.lesson_editor import LessonEditor

        if zh.text is None:
            self.edit_source()
            return
        self.editor = LessonEditor(self.state.services, article_id, zh, en, self.author(), self.state.catalog,
                                   self.state.locale, self)
        self._show_editor()

    def _open_questions(self, item) -> None:
        from trainer.content.quiz_draft import QuizDraftError
        from trainer.ui.editors.question_editor import QuestionsEditor

        try:
            self.editor = QuestionsEditor(self.state.services, item, self.author(), self.state.catalog,
                                          self.state.locale, self)
        except QuizDraftError:  # text the form cannot show (broken YAML): the source view shows it at its line
            self._open_source(item)
            return
        self._show_editor()

    def edit_source(self) -> None:
        row = self.chosen()
        if row is None:
            return
        path = row.path
        CallOp(self, lambda s: s.library.item(path)).success(self._open_source).run()

    def _open_source(self, item) -> None:
        from trainer.ui.editors.source_editor import SourceEditor

        self.editor = SourceEditor(self.state.services, item.path, item, self.author(), self)
        self._show_editor()

    def _show_editor(self) -> None:
        self.editors.append(self.editor)
        self.editor.saved.connect(self._on_editor_saved)
        screen = self.screen().availableGeometry()
        self.editor.resize(min(1280, screen.width() - 40), min(780, screen.height() - 60))
        self.editor.show()

    @Slot()
    def _on_editor_saved(self, *_args) -> None:
        self.load()

    def history(self) -> None:
        from trainer.ui.editors.history import HistoryDialog

        row = self.chosen()
        if row is None:
            return
        self.dialog = HistoryDialog(self.state.services, row.path, self.author(), self)
        self.dialog.reverted.connect(self._on_editor_saved)
        self.dialog.open()

    # -- publish and packs -------------------------------------------------------------------------

    def publish(self) -> None:
        comment, ok = QInputDialog.getText(self, self.tr("Publish"), self.tr(
            "Every desk will use the drafts once published. What changed (for the history)?"))
        if ok:
            self.publish_now(comment)

    def publish_now(self, comment: str) -> None:
        author = self.author()
        CallOp(self, lambda s: s.library.publish(author, comment)).success(self._on_published) \
            .failure(self._on_publish_failed).busy(self.buttons["publish"]).run()

    def _on_published(self, outcome) -> None:
        self.load()
        text = self.tr("Published {0} items: every desk uses them within seconds.").format(len(outcome.items))
        if outcome.warnings:
            text += " " + self.tr("{0} warnings (allowed).").format(len(outcome.warnings))
        self._tell(self.tr("Published"), text)
        self.published.emit(outcome.publication)

    def _on_publish_failed(self, exc: BaseException) -> None:
        from trainer.services.library_rows import PublishRefused

        if isinstance(exc, PublishRefused):
            from trainer.ui.editors.history import RefusedDialog

            self.dialog = RefusedDialog(exc.problems, self)
            self.dialog.open()
        else:
            self._tell(self.tr("Not published"), message(exc))

    def import_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a content pack"), "", self.tr("Content packs (*.zip)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> None:
        author = self.author()
        CallOp(self, lambda s: s.library.import_pack(path, author)).success(self._on_imported) \
            .failure(self._on_pack_failed).run()

    def _on_imported(self, result) -> None:
        self.load()
        self._tell(self.tr("Imported"), self.tr("{0} items imported as drafts: check them, then publish.")
                   .format(result[0]))

    def _on_pack_failed(self, exc: BaseException) -> None:
        self._tell(self.tr("Not imported"), message(exc))

    def export_pack(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a content pack"), "content-pack.zip",
                                              self.tr("Content packs (*.zip)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        author = self.author()
        CallOp(self, lambda s: s.library.export_pack(path, author)) \
            .success(lambda n: self._tell(self.tr("Exported"), self.tr("{0} items written to {1}").format(n, path))) \
            .failure(self._on_pack_failed).run()

    def _tell(self, title: str, text: str) -> None:
        self.dialog = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        self.dialog.setObjectName("ContentMessage")
        self.dialog.open()
