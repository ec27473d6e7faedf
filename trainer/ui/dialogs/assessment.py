"""The manager's dialog for a named assessment: its questions, pass mark, time, and who must take it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from dataclasses import replace

from trainer.content.model import Catalog
from trainer.errors import TrainerError
from trainer.ui.dialogs.form import FormDialog
from trainer.ui.widgets.quiz_setup import QuizSetup


class AssessmentDialog(FormDialog):
    def __init__(self, catalog: Catalog, bank: dict, lang: str, trainees: list, save,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._catalog, self._bank = catalog, bank
        self.setObjectName("AssessmentDialog")
        self.setWindowTitle(self.tr("New assessment"))
        self.intro.setText(self.tr("Name the assessment, choose its questions, and assign it to trainees. "
                                   "Each trainee sees it under Quizzes."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(50, 100)
        self.pass_mark.setValue(80)
        self.pass_mark.setSuffix(" %")
        self.setup = QuizSetup(catalog, lang)
        self.setup.start_button.hide()
        self.trainees = QListWidget()
        self.trainees.setAccessibleName(self.tr("Assign to"))
        for trainee in trainees:
            item = QListWidgetItem(trainee.name)
            item.setData(Qt.ItemDataRole.UserRole, trainee.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.trainees.addItem(item)
        self.trainees.setMaximumHeight(140)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Pass mark"), self.pass_mark)
        self.form.addRow(self.setup)
        self.form.addRow(self.tr("&Assign to"), self.trainees)
        self.resize(900, 700)

    def spec(self):
        return self.setup.spec(name=self.name.text().strip(), pass_mark=self.pass_mark.value() / 100)

    def chosen_trainees(self) -> list[int]:
        return [self.trainees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.trainees.count())
                if self.trainees.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        from trainer.engine.quiz import build_quiz

        problem = self.setup.problem()
        if problem:
            raise TrainerError(problem)
        spec = self.spec()
        fitting = len(build_quiz(self._catalog, self._bank, replace(spec, count=10_000), 0))
        if fitting == 0:
            raise TrainerError(self.tr("No question fits this choice: choose more lessons or kinds of question."))
        if fitting < spec.count:  # the trainees would be told of more questions than they get
            raise TrainerError(self.tr("Only {0} questions fit this choice: ask for at most {0}, or choose more "
                                       "lessons or kinds of question.").format(fitting))
        self._save(self.name.text(), spec, self.chosen_trainees())
