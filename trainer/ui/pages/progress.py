"""My progress: the signed-in trainee's own record — mastery, quiz results, role-plays replayed."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from trainer.engine.mastery import ReadyRule, weakest
from trainer.ui.ops import CallOp
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
        self._read = None  # (trainee id, summary, quizzes, plays, steps, answers) as last read
        state.trainee_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Only you see this page: your lessons, quiz results, role-plays and "
                                      "weakest competency."))
        self.rule_note.setText(ReadyRule().describe(self.state.locale))
        if self._read is not None and self.isVisible():
            self._show(*self._read)  # the record as read, in the new language: no second read

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
        trainee_id = trainee.id

        def read(s):
            plays = s.roleplay.attempts(trainee_id)
            return (trainee_id, s.progress.summary(trainee_id), s.progress.quizzes(trainee_id), plays,
                    {p.id: s.roleplay.steps(p.id) for p in plays}, s.progress.answers(trainee_id))

        CallOp(self, read).success(self._on_read).run()

    def _on_read(self, read) -> None:
        if self.state.trainee is None or self.state.trainee.id != read[0]:
            return
        self._read = read
        self._show(*read)

    def _show(self, _trainee_id, row, quizzes, plays, steps, answers) -> None:
        names = self.state.catalog.competency_names(self.state.locale)
        weak = weakest(row)
        self.note.setText(self.tr("Your weakest competency: {0}. Practise it under Quizzes.").format(names[weak])
                          if weak in names else self.tr("Answer a few more questions to see your weakest "
                                                        "competency."))
        self.detail.show()
        self.detail.show_trainee(row, quizzes, plays, lambda play_id: steps.get(play_id, []), self.state.catalog,
                                 self.state.bank, self.state.locale, names, answers)
