"""My progress: the signed-in trainee's own record — mastery, quiz results, role-plays replayed."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from trainer.engine.mastery import ReadyRule, weakest
from trainer.ui.pages.base import Page, wrapped
from trainer.ui.state import AppState
from trainer.ui.widgets.trainee_detail import TraineeDetail


class ProgressPage(Page):
    key = "progress"
    reference_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.note = wrapped()
        self.detail = TraineeDetail()
        self.detail.reference_requested.connect(self.reference_requested)
        self.rule_note = QLabel()
        self.rule_note.setObjectName("PageSubtitle")
        self.rule_note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.body.addWidget(self.detail, 1)
        self.body.addWidget(self.rule_note)
        state.trainee_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Only you see this page: your lessons, quiz results, role-plays and "
                                      "weakest competency."))
        self.rule_note.setText(ReadyRule().describe(self.state.locale))
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self, *_: object) -> None:
        services, trainee = self.state.services, self.state.trainee
        if services is None or trainee is None or not self.isVisible():
            self.detail.setVisible(trainee is not None)
            if trainee is None:
                self.note.setText(self.tr("Choose your name at the top right to see your progress."))
            return
        row = services.progress.summary(trainee.id)
        names = self.state.catalog.competency_names(self.state.locale)
        weak = weakest(row)
        self.note.setText(self.tr("Your weakest competency: {0}. Practise it under Quizzes.").format(names[weak])
                          if weak in names else self.tr("Answer a few more questions to see your weakest "
                                                        "competency."))
        self.detail.show()
        self.detail.show_trainee(row, services.progress.quizzes(trainee.id), services.roleplay.attempts(trainee.id),
                                 services.roleplay.steps, self.state.catalog, self.state.bank, self.state.locale,
                                 names,
                                 services.progress.answers(trainee.id))
