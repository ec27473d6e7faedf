"""The manager area, behind the manager passcode: dashboard, one trainee, items, assessments, roster and audit."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QMessageBox, QPushButton, QSpinBox, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from trainer.engine.mastery import ReadyRule
from trainer.errors import TrainerError
from trainer.ui.dialogs.assessment import AssessmentDialog
from trainer.ui.dialogs.errors import show_error
from trainer.ui.dialogs.profiles import PasscodeDialog
from trainer.ui.models.dashboard import DashboardModel
from trainer.ui.pages.base import Page, wrapped
from trainer.ui.state import AppState
from trainer.ui.widgets.items_tab import ItemsTab
from trainer.ui.widgets.roster_tab import RosterTab
from trainer.ui.widgets.trainee_detail import TraineeDetail
from trainer.ui.worker import long_lived, run_in_background
from trainer.ui.i18n import listing

FIRST_SCREEN = 100  # dashboard rows shown before the whole list has loaded


class ManagerPage(Page):
    key = "manager"
    unlocked_changed = Signal(bool)
    trainees_changed = Signal()  # added, renamed, made inactive or deleted: the trainee list at the top follows
    reference_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.unlocked = False
        self.session = None  # the ManagerSession while unlocked
        self.dialog = None
        self.status = wrapped()
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.unlock_button)
        self.body.addLayout(row)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        self.locked_space = QWidget()  # takes the tabs' room while locked: the heading stays at the top
        self.body.addWidget(self.locked_space, 1)
        self._build_dashboard_tab()
        self.detail = TraineeDetail()
        self.detail.reference_requested.connect(self.reference_requested)
        self.tabs.addTab(self.detail, "")
        self.items = ItemsTab(state)
        self.tabs.addTab(self.items, "")
        self._build_assessments_tab()
        self.roster = RosterTab(self)
        self.tabs.addTab(self.roster, "")
        from trainer.ui.widgets.content_tab import ContentTab

        self.content = ContentTab(state, lambda: self.session.name if self.session else "")
        self.tabs.addTab(self.content, "")
        self.tabs.hide()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------------

    def _build_dashboard_tab(self) -> None:
        tab = QWidget()
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
        self.how_button = QPushButton()
        self.how_button.clicked.connect(self._on_how_clicked)
        self.count = QLabel()
        self.model = DashboardModel()
        self._dashboard_generation = self._dashboard_complete = 0
        self._detail_row = None  # the trainee the Trainee tab shows
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
        self.rule_parts = [QLabel(), QLabel(), QLabel()]
        for label, box in zip(self.rule_parts, (self.rule_lessons, self.rule_average, self.rule_passed)):
            rule.addWidget(label)
            rule.addWidget(box)
        rule.addWidget(self.how_button)
        rule.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)  # here, not after the rule: that row is full in English at 1366 pixels
        self.edit_button, self.reset_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.reset_button.clicked.connect(lambda: self._confirm("reset"))
        self.delete_button.clicked.connect(lambda: self._confirm("delete"))
        actions.addStretch(1)
        for button in (self.edit_button, self.reset_button, self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(rule)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.tabs.addTab(tab, "")

    def _build_assessments_tab(self) -> None:
        tab = QWidget()
        self.assessments = QListWidget()
        self.assessments.setObjectName("AssessmentList")
        self.new_assessment = QPushButton()
        self.new_assessment.clicked.connect(self._on_new_assessment_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_assessment)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.assessments, 1)
        layout.addLayout(row)
        self.tabs.addTab(tab, "")

    # -- text ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Who is ready to visit customers alone: the dashboard, each trainee's "
                                      "record, item statistics, assessments and the roster. Only the manager "
                                      "may open it."))
        if self.unlocked:
            self.status.setText(self.tr("Unlocked as {0}. Lock it before you leave the desk.").format(
                self.session.name if self.session else ""))
            self.unlock_button.setText(self.tr("&Lock"))
        else:
            self.status.setText(self.tr("Locked. Enter the manager passcode to open the manager area."))
            self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setAccessibleName(self.unlock_button.text().replace("&", ""))
        for i, text in enumerate((self.tr("Dashboard"), self.tr("Trainee"), self.tr("Questions"),
                                  self.tr("Assessments"), self.tr("Roster and audit"), self.tr("Content"))):
            self.tabs.setTabText(i, text)
        self.content.retranslate()
        self.group_label.setText(self.tr("&Group:"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("name"))
        self.show_inactive.setText(self.tr("Show &inactive"))
        self.rule_label.setText(self.tr("Ready when"))
        for label, text in zip(self.rule_parts, (self.tr("lessons ≥"), self.tr("answers right ≥"),
                                                 self.tr("assessments passed ≥"))):
            label.setText(text)
        self.how_button.setText(self.tr("How is this computed?"))
        self.edit_button.setText(self.tr("&Edit trainee…"))
        self.reset_button.setText(self.tr("&Reset records…"))
        self.delete_button.setText(self.tr("&Delete trainee…"))
        for fmt, text in (("csv", self.tr("Export CSV")), ("xlsx", self.tr("Export Excel")),
                          ("xapi", self.tr("Export xAPI"))):
            self.export_buttons[fmt].setText(text)
        self.items.retranslate()
        self.new_assessment.setText(self.tr("&New assessment…"))
        self.roster.retranslate()
        if self.unlocked:  # what was drawn in the other language: names of competencies, counts, the trainee
            self.model.set_names(self._names())
            self.table.resizeColumnsToContents()  # the headers' new words fit
            if self.group.count():
                self.group.setItemText(0, self.tr("everyone"))
            self._update_count()
            self.reload_assessments()
            if self._detail_row is not None:
                self._show_detail(self._detail_row, switch=False)

    # -- unlocking ---------------------------------------------------------------------------------

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self.unlocked:
            self.lock()
            return
        services = self.state.services
        if services is None:
            return

        def unlock(passcode: str) -> None:
            self.session = services.manager.unlock(passcode)

        self.dialog = PasscodeDialog(unlock, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        self.unlocked = True
        self.locked_space.hide()
        self.tabs.show()
        self.retranslate()
        self.reload()
        self.content.load()
        self.unlocked_changed.emit(True)

    def lock(self) -> None:
        if self.session is not None and self.state.services is not None:
            self.state.services.manager.lock(self.session)
        self.session = None
        self.unlocked = False
        self.tabs.hide()
        self.locked_space.show()
        self.model.set_rows([], 0, {})
        self._detail_row = None
        self.retranslate()
        self.unlocked_changed.emit(False)

    # -- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        services, session = self.state.services, self.session
        if services is None or session is None:
            return
        self._dashboard_generation += 1
        generation = self._dashboard_generation
        # the first screenful by name at once, then every trainee (a second or so for 10,000 on a slow disk)
        inactive = self.show_inactive.isChecked()
        run_in_background(lambda: services.manager.dashboard(session, inactive, limit=FIRST_SCREEN),
                          partial(self._on_first_screen_loaded, generation), lambda exc: show_error(self, exc))
        everyone = long_lived(lambda: (services.manager.dashboard(session, inactive),
                                       services.manager.groups(session)))
        run_in_background(everyone, partial(self._on_dashboard_loaded, generation), lambda exc: show_error(self, exc))
        self.reload_assessments()
        self.roster.reload_audit()

    def _names(self) -> dict[str, str]:
        return self.state.catalog.competency_names(self.state.locale)

    def _on_first_screen_loaded(self, generation: int, rows) -> None:
        if not self.unlocked or generation != self._dashboard_generation or self._dashboard_complete == generation:
            return
        self.model.set_rows(rows, len(self.state.catalog.articles), self._names())
        self._update_count()

    def _on_dashboard_loaded(self, generation: int, loaded) -> None:
        if not self.unlocked or generation != self._dashboard_generation:
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
        self.model.set_filter(self.group.currentData() or "", self.search.text())
        self._update_count()

    def _update_count(self) -> None:
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
        return ReadyRule(self.rule_lessons.value() / 100, self.rule_average.value() / 100, self.rule_passed.value())

    @Slot()
    def _on_rule_changed(self, *_: object) -> None:
        self.model.set_rule(self.rule())
        self._update_count()

    @Slot()
    def _on_how_clicked(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("How is this computed?"),
                          self.rule().describe(self.state.locale), QMessageBox.StandardButton.Ok, self)
        self.dialog = box
        box.open()

    def _on_row_opened(self, index) -> None:
        row = self.model.data(index, DashboardModel.RowRole)
        if row is not None:
            self._show_detail(row)

    def _show_detail(self, row, switch: bool = True) -> None:
        services, session = self.state.services, self.session
        if session is None:
            return
        self._detail_row = row
        self.tabs.setTabEnabled(self.tabs.indexOf(self.detail), True)
        attempts = services.reports.attempts(session, trainee=row.name)
        answers = services.reports.answers(session, trainee=row.name)
        from trainer.ui.widgets.items_tab import current_revisions

        current = current_revisions(services)  # answers to another revision: "answered on an earlier version"
        earlier = [a.question_id for a in answers if a.revision and current.get(a.question_id) not in (None, a.revision)]
        plays = [p for p in services.roleplay.attempts(row.id)]
        self.detail.show_trainee(row, [a for a in attempts if a.kind != "role-play"], plays,
                                 services.roleplay.steps, self.state.catalog, self.state.bank, self.state.locale,
                                 self._names(),
                                 [(a.question_id, a.correct) for a in answers], earlier)
        if switch:
            self.tabs.setCurrentWidget(self.detail)

    def selected_row(self):
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), DashboardModel.RowRole) if index.isValid() else None

    @Slot()
    def _on_edit_clicked(self) -> None:
        from trainer.ui.dialogs.trainee_edit import TraineeEditDialog

        row = self.selected_row()
        if row is None or self.session is None:
            return
        manager, session = self.state.services.manager, self.session
        self.dialog = TraineeEditDialog(row, lambda **changes: manager.update_trainee(session, row.id, **changes),
                                        self)
        self.dialog.accepted.connect(self._after_change)
        self.dialog.open()

    def _confirm(self, action: str) -> None:
        row = self.selected_row()
        if row is None or self.session is None:
            return
        text = (self.tr("Remove every record of {0} (answers, lessons, role-plays, reviews)? The profile stays.")
                if action == "reset" else
                self.tr("Delete {0} and every record of theirs? This cannot be undone.")).format(row.name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Please confirm"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._do(action, row.id))
        self.dialog = box
        box.open()

    def _do(self, action: str, trainee_id: int) -> None:
        manager = self.state.services.manager
        try:
            (manager.reset_trainee if action == "reset" else manager.delete_trainee)(self.session, trainee_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if action == "delete" and self._detail_row is not None and self._detail_row.id == trainee_id:
            self._detail_row = None  # their record is gone: the Trainee tab waits for another row
            self.tabs.setTabEnabled(self.tabs.indexOf(self.detail), False)
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.trainees_changed.emit()

    @Slot()
    def load_items(self) -> None:
        self.items.session = self.session
        self.items.group = self.group.currentData() or None
        self.items.load()

    def reload_assessments(self) -> None:
        self.assessments.clear()
        services = self.state.services
        if not self.unlocked or services is None:
            return
        names = {t.id: t.name for t in services.profiles.list_trainees()}
        for a in services.quizzes.assessments():
            who = listing((names.get(t, "?") for t in a.assigned_to), self.state.locale) or self.tr("nobody yet")
            self.assessments.addItem(self.tr("{0} — {1} questions, pass mark {2:.0%} — assigned to {3}").format(
                a.name, a.spec.count, a.spec.pass_mark, who))

    @Slot()
    def _on_new_assessment_clicked(self) -> None:
        services = self.state.services
        if services is None or not self.unlocked:
            return

        def save(name, spec, trainee_ids):
            assessment_id = services.quizzes.save_assessment(name, spec)
            services.quizzes.assign(assessment_id, trainee_ids)

        self.dialog = AssessmentDialog(self.state.catalog, self.state.bank, self.state.locale,
                                       services.profiles.list_trainees(), save, self)
        self.dialog.accepted.connect(self.reload_assessments)
        self.dialog.open()

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
        group = self.group.currentData() or None
        shown = {r.id for r in rows}  # the records of the trainees the dashboard shows (group and search)

        def of_shown(records):
            return [r for r in records if r.trainee_id in shown]

        try:
            self._write_export(fmt, path, table, group, of_shown)
        except OSError as exc:  # a folder that is gone, a file open in Excel, a full disk
            show_error(self, TrainerError(self.tr("{0} could not be written: {1}").format(
                path, exc.strerror or exc)))
            return
        self.count.setText(self.tr("Saved {0}").format(path.name))

    def _write_export(self, fmt: str, path: Path, table: list[list], group: str | None, of_shown) -> None:
        from trainer import exports

        services, session, lang = self.state.services, self.session, self.state.locale
        if fmt == "csv":
            exports.write_csv(table, path)
        elif fmt == "xlsx":
            attempts = of_shown(services.reports.attempts(session, group))
            exports.write_xlsx({self.tr("Dashboard"): table,
                                self.tr("Attempts"): exports.attempts_table(attempts, lang)}, path)
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
