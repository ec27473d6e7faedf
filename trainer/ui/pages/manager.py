"""The manager area, behind the manager passcode: one tab per job (dashboard, one trainee, questions, assessments,
roster and audit), each its own widget with its own service calls. The page only locks and unlocks the area and
holds the tabs; the session lives in one place (`ManagerArea`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QWidget

from trainer.ui.dialogs.profiles import PasscodeDialog
from trainer.ui.pages.base import Page, wrapped
from trainer.ui.pages.manager_area import ManagerArea
from trainer.ui.pages.manager_assessments import AssessmentsTab
from trainer.ui.pages.manager_dashboard import DashboardTab
from trainer.ui.pages.manager_trainee import TraineeTab
from trainer.ui.state import AppState
from trainer.ui.widgets.items_tab import ItemsTab
from trainer.ui.widgets.content_tab import ContentTab
from trainer.ui.widgets.roster_tab import RosterTab

# The tabs, in order: (key, title, widget class taking the ManagerArea). A new tab is one line here.
TABS = (
    ("dashboard", QT_TRANSLATE_NOOP("ManagerPage", "Dashboard"), DashboardTab),
    ("trainee", QT_TRANSLATE_NOOP("ManagerPage", "Trainee"), TraineeTab),
    ("questions", QT_TRANSLATE_NOOP("ManagerPage", "Questions"), ItemsTab),
    ("assessments", QT_TRANSLATE_NOOP("ManagerPage", "Assessments"), AssessmentsTab),
    ("roster", QT_TRANSLATE_NOOP("ManagerPage", "Roster and audit"), RosterTab),
    ("content", QT_TRANSLATE_NOOP("ManagerPage", "Content"), ContentTab),
)


class ManagerPage(Page):
    key = "manager"
    trainees_changed = Signal()  # added, renamed, made inactive or deleted: the trainee list at the top follows
    reference_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.area = ManagerArea(state, self)
        self.area.records_changed.connect(self.trainees_changed)
        self.area.unlocked_changed.connect(self._on_area_unlocked_changed)
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
        self.tab: dict[str, QWidget] = {}
        for key, _title, make in TABS:
            self.tab[key] = make(self.area)
            self.tabs.addTab(self.tab[key], "")
        self.dashboard: DashboardTab = self.tab["dashboard"]
        self.trainee: TraineeTab = self.tab["trainee"]
        self.dashboard.trainee_opened.connect(self.trainee.show_row)
        self.dashboard.trainee_deleted.connect(self._on_trainee_deleted)
        self.trainee.shown.connect(self._on_trainee_shown)
        self.trainee.reference_requested.connect(self.reference_requested)
        self.tabs.hide()
        self.retranslate()

    # what tests and the window reach for, by its old names
    session = property(lambda self: self.area.session)
    unlocked = property(lambda self: self.area.unlocked)
    dialog = property(lambda self: self.area.dialog)
    detail = property(lambda self: self.trainee)
    items = property(lambda self: self.tab["questions"])
    roster = property(lambda self: self.tab["roster"])
    content = property(lambda self: self.tab["content"])

    def __getattr__(self, name: str):  # the dashboard's widgets (table, model, group, …) as the page's
        if name not in ("area", "tab", "dashboard") and "tab" in self.__dict__ and "dashboard" in self.__dict__:
            for owner in (self.dashboard, self.tab["assessments"]):
                if hasattr(owner, name):
                    return getattr(owner, name)
        raise AttributeError(name)

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Who is ready to visit customers alone: the dashboard, each trainee's "
                                      "record, item statistics, assessments and the roster. Only the manager "
                                      "may open it."))
        if self.unlocked:
            self.status.setText(self.tr("Unlocked as {0}. Lock it before you leave the desk.").format(
                self.session.name))
            self.unlock_button.setText(self.tr("&Lock"))
        else:
            self.status.setText(self.tr("Locked. Enter the manager passcode to open the manager area."))
            self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setAccessibleName(self.unlock_button.text().replace("&", ""))
        for i, (_key, title, _make) in enumerate(TABS):
            self.tabs.setTabText(i, QCoreApplication.translate("ManagerPage", title))
        for widget in self.tab.values():
            widget.retranslate()
        self.trainee.redraw()

    # -- unlocking ---------------------------------------------------------------------------------

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self.unlocked:
            self.lock()
            return
        services = self.state.services
        if services is None:
            return
        unlocked = []

        def unlock(passcode: str) -> None:  # the dialog checks it and shows a refusal in its own words
            unlocked.append(services.manager.unlock(passcode))

        dialog = self.area.dialog = PasscodeDialog(unlock, self)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(unlocked[-1]))
        dialog.open()

    def _on_dialog_accepted(self, session) -> None:
        self.area.unlock(session)

    def lock(self) -> None:
        self.area.lock()

    @Slot(bool)
    def _on_area_unlocked_changed(self, unlocked: bool) -> None:
        self.tabs.setVisible(unlocked)
        self.locked_space.setVisible(not unlocked)
        self.retranslate()

    def reload(self) -> None:
        """Every tab reads its data again (after a change made outside the area)."""
        if self.unlocked:
            self.area.records_changed.emit()

    @Slot(int)
    def _on_trainee_deleted(self, trainee_id: int) -> None:
        if self.trainee.forget(trainee_id):
            self.tabs.setTabEnabled(self.tabs.indexOf(self.trainee), False)

    @Slot()
    def _on_trainee_shown(self) -> None:
        self.tabs.setTabEnabled(self.tabs.indexOf(self.trainee), True)
        self.tabs.setCurrentWidget(self.trainee)
