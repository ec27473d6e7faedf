"""The manager's dashboard: every trainee's progress against the ready rule, filtered by group and name, with the
trainee actions (edit, reset, delete) and the exports. Its reads run off the GUI thread (CallOp)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from trainer.engine.mastery import ReadyRule
from trainer.errors import TrainerError
from trainer.ui.dialogs.errors import show_error
from trainer.ui.models.dashboard import DashboardModel
from trainer.ui.ops import CallOp
from trainer.ui.pages.manager_area import ManagerArea
from trainer.ui.worker import long_lived

FIRST_SCREEN = 100  # dashboard rows shown before the whole list has loaded


class DashboardTab(QWidget):
    trainee_opened = Signal(object)  # DashboardRow: show it on the Trainee tab
    trainee_deleted = Signal(int)

    def __init__(self, area: ManagerArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.state = area.state
        self.group = QComboBox()
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.show_inactive = QCheckBox()  # a trainee made inactive can be found again, and made active
        self.show_inactive.toggled.connect(self.reload)
        self.rule_lessons = QSpinBox()
        self.rule_average = QSpinBox()
        for box in (self.rule_lessons, self.rule_average):
            box.setRange(0, 100)
            box.setSuffix(" %")
            box.setValue(80)
            box.valueChanged.connect(self._on_rule_changed)
        self.rule_passed = QSpinBox()
        self.rule_passed.setRange(0, 50)
        self.rule_passed.setValue(1)
        self.rule_passed.valueChanged.connect(self._on_rule_changed)
        self.rule_overdue = QSpinBox()  # at most this many overdue review cards; the lowest value: any number
        self.rule_overdue.setRange(-1, 999)
        self.rule_overdue.setValue(-1)
        self.rule_overdue.valueChanged.connect(self._on_rule_changed)
        self.how_button = QPushButton()
        self.how_button.clicked.connect(self._on_how_clicked)
        self.count = QLabel()
        self.load = QLabel()  # the review load of the trainees shown
        self.load.setObjectName("GroupReviewLoad")
        self.load.setWordWrap(True)  # on a narrow screen it takes two lines rather than widening the window
        self.model = DashboardModel()
        self._dashboard_generation = self._dashboard_complete = 0
        self.table = QTableView()
        self.table.setObjectName("DashboardTable")
        self.table.setModel(self.model)
        # by name, A to Z (Qt's own first indicator is descending: the list flipped when every row had come)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_row_opened)
        self.table.activated.connect(self._on_row_opened)
        self.export_buttons = {}
        exports = QHBoxLayout()
        for fmt in ("csv", "xlsx", "xapi"):
            button = QPushButton()
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        filters = QHBoxLayout()
        self.group_label, self.search_label, self.rule_label = QLabel(), QLabel(), QLabel()
        self.group_label.setBuddy(self.group)
        self.search_label.setBuddy(self.search)
        for w in (self.group_label, self.group, self.search_label, self.search, self.show_inactive):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addLayout(exports)
        rule = QHBoxLayout()
        rule.addWidget(self.rule_label)
        self.rule_parts = [QLabel(), QLabel(), QLabel(), QLabel()]
        for label, box in zip(self.rule_parts, (self.rule_lessons, self.rule_average, self.rule_passed,
                                                self.rule_overdue)):
            rule.addWidget(label)
            rule.addWidget(box)
        rule.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)  # here, not after the rule: that row is full in English at 1366 pixels
        actions.addWidget(self.load, 1)  # the room left: it takes two lines only where there is none
        actions.addWidget(self.how_button)  # beside the counts it explains: the rule's row is full
        self.edit_button, self.reset_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.reset_button.clicked.connect(lambda: self._confirm("reset"))
        self.delete_button.clicked.connect(lambda: self._confirm("delete"))
        for button in (self.edit_button, self.reset_button, self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(rule)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        area.unlocked_changed.connect(self._on_unlocked_changed)
        area.records_changed.connect(self.reload)
        self.retranslate()


    def retranslate(self) -> None:
        self.group_label.setText(self.tr("Grou&p:"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("name"))
        self.show_inactive.setText(self.tr("Show &inactive"))
        self.rule_label.setText(self.tr("Ready when"))
        for label, text, box in zip(self.rule_parts, (self.tr("lessons ≥"), self.tr("answers right ≥"),
                                                      self.tr("assessments passed ≥"), self.tr("overdue ≤")),
                                    (self.rule_lessons, self.rule_average, self.rule_passed, self.rule_overdue)):
            label.setText(text)
            label.setBuddy(box)
            box.setAccessibleName(f"{self.rule_label.text()} {text}")
        self.rule_overdue.setSpecialValueText(self.tr("any"))
        self.table.setAccessibleName(self.tr("Trainees and their progress"))
        self.how_button.setText(self.tr("How is this computed?"))
        self.edit_button.setText(self.tr("&Edit trainee…"))
        self.reset_button.setText(self.tr("&Reset records…"))
        self.delete_button.setText(self.tr("&Delete trainee…"))
        for fmt, text in (("csv", self.tr("Export CSV")), ("xlsx", self.tr("Export Excel")),
                          ("xapi", self.tr("Export xAPI"))):
            self.export_buttons[fmt].setText(text)
        if self.area.unlocked:  # what was drawn in the other language: names of competencies, counts
            self.model.set_names(self._names())
            self.table.resizeColumnsToContents()  # the headers' new words fit
            if self.group.count():
                self.group.setItemText(0, self.tr("everyone"))
            self._update_count()

    @Slot(bool)
    def _on_unlocked_changed(self, unlocked: bool) -> None:
        if unlocked:
            self.reload()
        else:
            self.model.set_rows([], 0, {})

    @Slot()
    def reload(self, *_: object) -> None:
        session = self.area.session
        if self.state.services is None or session is None:
            return
        self._dashboard_generation += 1
        generation = self._dashboard_generation
        # the first screenful by name at once, then every trainee (a second or so for 10,000 on a slow disk)
        inactive = self.show_inactive.isChecked()
        CallOp(self, lambda s: s.manager.dashboard(session, inactive, limit=FIRST_SCREEN)) \
            .success(partial(self._on_first_screen_loaded, generation)).run()
        CallOp(self, long_lived(lambda s: (s.manager.dashboard(session, inactive), s.manager.groups(session)))) \
            .success(partial(self._on_dashboard_loaded, generation)).run()

    def _names(self) -> dict[str, str]:
        return self.area.names()

    def _on_first_screen_loaded(self, generation: int, rows) -> None:
        if not self.area.unlocked or generation != self._dashboard_generation or self._dashboard_complete == generation:
            return
        self.model.set_rows(rows, len(self.state.catalog.articles), self._names())
        self._update_count()

    def _on_dashboard_loaded(self, generation: int, loaded) -> None:
        if not self.area.unlocked or generation != self._dashboard_generation:
            return
        self._dashboard_complete = generation
        rows, (teams, intakes) = loaded
        self.model.set_rows(rows, len(self.state.catalog.articles), self._names())
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("everyone"), "")
        for name in teams + intakes:
            self.group.addItem(name, name)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)
        self._apply_filter()
        self.table.resizeColumnsToContents()

    @Slot()
    def _apply_filter(self, *_: object) -> None:
        self.area.group = self.group.currentData() or None  # the Questions tab computes for this group too
        self.model.set_filter(self.group.currentData() or "", self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        due, overdue = self.model.shown_load()
        self.load.setText(self.tr("· reviews due: {0} ({1} overdue)").format(due + overdue, overdue))
        if self._dashboard_complete != self._dashboard_generation:
            self.count.setText(self.tr("{0} shown · loading every trainee…").format(self.model.rowCount()))
            return
        if self.model.rowCount() == self.model.total():
            self.count.setText(self.tr("{0} shown · {1} ready of {2}").format(
                self.model.rowCount(), self.model.ready_count(), self.model.total()))
        else:  # a group or a search: the ready among those shown
            self.count.setText(self.tr("{0} of {1} shown · {2} of them ready").format(
                self.model.rowCount(), self.model.total(), self.model.shown_ready_count()))

    def rule(self) -> ReadyRule:
        overdue = self.rule_overdue.value()
        return ReadyRule(self.rule_lessons.value() / 100, self.rule_average.value() / 100, self.rule_passed.value(),
                         None if overdue < 0 else overdue)

    @Slot()
    def _on_rule_changed(self, *_: object) -> None:
        self.model.set_rule(self.rule())
        self._update_count()

    @Slot()
    def _on_how_clicked(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("How is this computed?"),
                          self.rule().describe(self.state.locale), QMessageBox.StandardButton.Ok, self)
        self.area.dialog = box
        box.open()

    def _on_row_opened(self, index) -> None:
        row = self.model.data(index, DashboardModel.RowRole)
        if row is not None:
            self.trainee_opened.emit(row)

    def selected_row(self):
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), DashboardModel.RowRole) if index.isValid() else None

    @Slot()
    def _on_edit_clicked(self) -> None:
        from trainer.ui.dialogs.trainee_edit import TraineeEditDialog

        row = self.selected_row()
        if row is None or self.area.session is None:
            return
        manager, session = self.state.services.manager, self.area.session
        dialog = self.area.dialog = TraineeEditDialog(
            row, lambda **changes: manager.update_trainee(session, row.id, **changes), self)
        dialog.accepted.connect(self.area.records_changed)
        dialog.open()

    def _confirm(self, action: str) -> None:
        row = self.selected_row()
        if row is None or self.area.session is None:
            return
        text = (self.tr("Remove every record of {0} (answers, lessons, role-plays, reviews)? The profile stays.")
                if action == "reset" else
                self.tr("Delete {0} and every record of theirs? This cannot be undone.")).format(row.name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Please confirm"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._do(action, row.id))
        self.area.dialog = box
        box.open()

    def _do(self, action: str, trainee_id: int) -> None:
        session = self.area.session
        CallOp(self, lambda s: (s.manager.reset_trainee if action == "reset" else s.manager.delete_trainee)(
            session, trainee_id)).success(partial(self._on_done, action, trainee_id)).run()

    def _on_done(self, action: str, trainee_id: int, _none) -> None:
        if action == "delete":
            self.trainee_deleted.emit(trainee_id)
        self.area.records_changed.emit()

    def export(self, fmt: str) -> None:
        suffix = {"csv": "csv", "xlsx": "xlsx", "xapi": "json"}[fmt]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"trainer.{suffix}", f"*.{suffix}")
        if path:
            self.write_export(fmt, Path(path))

    def write_export(self, fmt: str, path: Path) -> None:
        from trainer import exports
        from trainer.engine.mastery import weakest

        lang = self.state.locale
        rows = [self.model.data(self.model.index(r, 0), DashboardModel.RowRole) for r in range(self.model.rowCount())]
        names = self._names()
        lessons = len(self.state.catalog.articles)
        rule = self.rule()
        table = exports.dashboard_table(rows, lessons, lang, lambda r: names.get(weakest(r) or "", ""),
                                        lambda r: rule.ready(r, lessons))
        group = self.area.group
        shown = {r.id for r in rows}  # the records of the trainees the dashboard shows (group and search)

        def of_shown(records):
            return [r for r in records if r.trainee_id in shown]

        sheets = (self.tr("Dashboard"), self.tr("Attempts"))
        # the records read and the file written off the GUI thread: a whole cohort's answers take a while
        CallOp(self, lambda s: self._write_export(s, fmt, path, table, group, of_shown, sheets)) \
            .success(lambda _none: self.count.setText(self.tr("Saved {0}").format(path.name))) \
            .failure(partial(self._on_export_failed, path)).busy(*self.export_buttons.values()).run()

    def _on_export_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, OSError):  # a folder that is gone, a file open in Excel, a full disk
            exc = TrainerError(self.tr("{0} could not be written: {1}").format(path, exc.strerror or exc))
        show_error(self, exc)

    def _write_export(self, services, fmt: str, path: Path, table: list[list], group: str | None, of_shown,
                      sheets: tuple[str, str]) -> None:
        """Runs off the GUI thread: reads the records and writes the file, touching no widget."""
        from trainer import exports

        session, lang = self.area.session, self.state.locale
        if fmt == "csv":
            exports.write_csv(table, path)
        elif fmt == "xlsx":
            attempts = of_shown(services.reports.attempts(session, group))
            exports.write_xlsx({sheets[0]: table, sheets[1]: exports.attempts_table(attempts, lang)}, path)
        else:
            bank = self.state.bank

            def describe(kind, ident):
                if kind == "question" and ident in bank:
                    return bank[ident].prompt.zh, bank[ident].prompt.en
                article = self.state.catalog.articles.get(ident)
                return (article.text("zh").title, article.text("en").title) if article else None

            exports.write_xapi(exports.xapi_statements(of_shown(services.reports.answers(session, group)),
                                                       of_shown(services.reports.lessons(session, group)),
                                                       of_shown(services.reports.attempts(session, group)), describe),
                               path)
