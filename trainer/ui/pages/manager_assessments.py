"""The manager's Assessments tab: the assessments and who they are assigned to, and a new one."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from trainer.ui.dialogs.assessment import AssessmentDialog
from trainer.ui.i18n import listing
from trainer.ui.ops import CallOp
from trainer.ui.pages.manager_area import ManagerArea


class AssessmentsTab(QWidget):
    def __init__(self, area: ManagerArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.state = area.state
        self._read = None  # (trainee names by id, assessments) as last read
        self.assessments = QListWidget()
        self.assessments.setObjectName("AssessmentList")
        self.new_assessment = QPushButton()
        self.new_assessment.clicked.connect(self._on_new_assessment_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_assessment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assessments, 1)
        layout.addLayout(row)
        area.unlocked_changed.connect(self.reload)
        area.records_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.assessments.setAccessibleName(self.tr("Assessments"))
        self.new_assessment.setText(self.tr("&New assessment…"))
        self._fill()

    @Slot()
    def reload(self, *_: object) -> None:
        self.assessments.clear()
        if not self.area.unlocked or self.state.services is None:
            self._read = None
            return
        CallOp(self, lambda s: ({t.id: t.name for t in s.profiles.list_trainees()}, s.quizzes.assessments())) \
            .success(self._on_read).run()

    def _on_read(self, read) -> None:
        self._read = read
        self._fill()

    def _fill(self) -> None:
        self.assessments.clear()
        if self._read is None or not self.area.unlocked:
            return
        names, assessments = self._read
        for a in assessments:
            who = listing((names.get(t, "?") for t in a.assigned_to), self.state.locale) or self.tr("nobody yet")
            self.assessments.addItem(self.tr("{0} — {1} questions, pass mark {2:.0%} — assigned to {3}").format(
                a.name, a.spec.count, a.spec.pass_mark, who))

    @Slot()
    def _on_new_assessment_clicked(self) -> None:
        services = self.state.services
        if services is None or not self.area.unlocked:
            return
        CallOp(self, lambda s: s.profiles.list_trainees()).success(self._open_dialog) \
            .busy(self.new_assessment).run()

    def _open_dialog(self, trainees) -> None:
        services = self.state.services

        def save(name, spec, trainee_ids):  # the dialog saves on OK and shows a refusal in its own words
            assessment_id = services.quizzes.save_assessment(name, spec)
            services.quizzes.assign(assessment_id, trainee_ids)

        dialog = self.area.dialog = AssessmentDialog(self.state.catalog, self.state.bank, self.state.locale,
                                                     trainees, save, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
