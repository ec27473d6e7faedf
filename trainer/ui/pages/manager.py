"""The manager area, behind the manager passcode."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from trainer.ui.dialogs.assessment import AssessmentDialog
from trainer.ui.dialogs.profiles import PasscodeDialog
from trainer.ui.pages.base import Page, wrapped
from trainer.ui.pages.coming import page_title
from trainer.ui.state import AppState


class ManagerPage(Page):
    key = "manager"
    unlocked_changed = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.unlocked = False
        self.session = None  # the ManagerSession while unlocked
        self.dialog: PasscodeDialog | None = None
        self.status = wrapped()
        self.badge = QLabel()
        self.badge.setObjectName("ComingBadge")
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        self.assessments_title = QLabel()
        self.assessments_title.setObjectName("CardTitle")
        self.assessments = QListWidget()
        self.assessments.setObjectName("AssessmentList")
        self.new_assessment = QPushButton()
        self.new_assessment.clicked.connect(self._on_new_assessment_clicked)
        self.assessments_box = QWidget()
        box = QVBoxLayout(self.assessments_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.assessments_title)
        box.addWidget(self.assessments)
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.new_assessment)
        box.addLayout(new_row)
        self.body.addWidget(self.status)
        self.body.addLayout(row)
        self.body.addWidget(self.assessments_box, 1)
        self.body.addWidget(self.badge)
        self.body.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return page_title("manager")

    def retranslate(self) -> None:
        self.title.setText(page_title("manager"))
        self.subtitle.setText(self.tr("Roster, dashboard, item analysis and exports. Only the manager may open it."))
        if self.unlocked:
            self.status.setText(self.tr("Unlocked. Assessments are below; the roster, dashboard and reports "
                                        "are being built."))
            self.unlock_button.setText(self.tr("&Lock"))
        else:
            self.status.setText(self.tr("Locked. Enter the manager passcode to open the manager area."))
            self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setAccessibleName(self.unlock_button.text().replace("&", ""))
        self.badge.setText(self.tr("Coming soon"))
        self.badge.setVisible(self.unlocked)
        self.assessments_title.setText(self.tr("Assessments"))
        self.new_assessment.setText(self.tr("&New assessment…"))
        self.assessments.setAccessibleName(self.tr("Assessments"))
        self.assessments_box.setVisible(self.unlocked)
        self.reload_assessments()
        self.badge.setMaximumWidth(self.badge.sizeHint().width() + 24)

    def reload_assessments(self) -> None:
        self.assessments.clear()
        services = self.state.services
        if not self.unlocked or services is None:
            return
        names = {t.id: t.name for t in services.profiles.list_trainees()}
        for a in services.quizzes.assessments():
            who = "、".join(names.get(t, "?") for t in a.assigned_to) or self.tr("nobody yet")
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

        self.dialog = AssessmentDialog(self.state.catalog, self.state.locale, services.profiles.list_trainees(),
                                       save, self)
        self.dialog.accepted.connect(self.reload_assessments)
        self.dialog.open()

    def lock(self) -> None:
        if self.session is not None and self.state.services is not None:
            self.state.services.manager.lock(self.session)
        self.session = None
        self.unlocked = False
        self.retranslate()
        self.unlocked_changed.emit(False)

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
        self.retranslate()
        self.unlocked_changed.emit(True)
