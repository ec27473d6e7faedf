"""Quizzes: practise any pool, take an assigned assessment, resume an interrupted quiz, read the result."""

from __future__ import annotations

import random
import sys
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFrame, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from trainer.engine.phrases import PhraseChecker
from trainer.errors import TrainerError
from trainer.engine.quiz import QuizSpec, build_quiz, question_competencies, rebuild, review_item
from trainer.ui.dialogs.errors import show_error
from trainer.ui.pages.base import Page, card
from trainer.ui.state import AppState
from trainer.ui.widgets.quiz_runner import QuizRunner, ResultPane, result_html
from trainer.ui.widgets.missing_content import missing_note
from trainer.ui.widgets.quiz_setup import QuizSetup


class QuizzesPage(Page):
    key = "quizzes"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.bank: dict = {}
        self.checker: PhraseChecker | None = None
        self.runner: QuizRunner | None = None
        self._finished = None  # (results, QuizResult, pass mark) of the last quiz, for its result page
        self.attempt_id: int | None = None
        self.setup: QuizSetup | None = None
        self.stack = QStackedWidget()
        self.start_page = QWidget()
        self.start_layout = QVBoxLayout(self.start_page)
        self.start_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.start_page)
        self.stack.addWidget(scroll)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_to_start)
        result_page = ResultPane("QuizResult", self.back_button)
        self.reference_requested = result_page.reference_requested
        self.result = result_page.browser
        self.stack.addWidget(result_page)
        self.body.addWidget(self.stack, 1)
        state.catalog_changed.connect(self._on_catalog_changed)
        state.trainee_changed.connect(self._on_trainee_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Practise any mix of questions, or take the assessments your manager "
                                      "assigned. Every answer is saved as you give it."))
        self.back_button.setText(self.tr("&Back to quizzes"))
        if self.runner is None:
            self.rebuild_start()
            if self._finished is not None:
                self._show_result()
        else:  # a quiz under way goes on in the new language
            self.runner.set_lang(self.state.locale)

    def catch_up(self) -> None:
        self._on_catalog_changed()

    @Slot()
    def _on_catalog_changed(self) -> None:
        self.bank = self.state.bank
        self.checker = PhraseChecker.from_catalog(self.state.catalog)
        self.rebuild_start()

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self._drop_runner()
        self.stack.setCurrentIndex(0)
        self.rebuild_start()

    def rebuild_start(self) -> None:
        while self.start_layout.count():
            item = self.start_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        services, trainee = self.state.services, self.state.trainee
        if trainee is None or services is None:
            self.start_layout.addWidget(QLabel(self.tr("Choose your name at the top right first: "
                                                       "quizzes are recorded for you.")))
            self.start_layout.addStretch(1)
            return
        if self.state.content_loaded and not self.state.catalog.questions:
            self.start_layout.addWidget(missing_note("quizzes", self.state.settings.content_dir))
        unfinished = services.quizzes.unfinished(trainee.id)
        if unfinished is not None:
            title = QLabel(self.tr("Unfinished quiz"))
            left = len(unfinished.question_ids) - len(unfinished.answered)
            note = QLabel(self.tr("{0} questions are still to answer.").format(left) if left != 1
                          else self.tr("1 question is still to answer."))
            resume = QPushButton(self.tr("&Resume"))
            resume.setProperty("primary", True)
            resume.clicked.connect(partial(self.resume, unfinished))
            self.resume_button = resume
            self.start_layout.addWidget(card(title, note, resume))
        outcomes = services.quizzes.assessment_outcomes(trainee.id)
        for assessment in services.quizzes.assigned_to(trainee.id):
            title = QLabel(self.tr("Assessment: {0}").format(assessment.name))
            spec = assessment.spec
            text = self.tr("{0} questions · pass mark {1:.0%}").format(spec.count, spec.pass_mark)
            outcome = outcomes.get(assessment.id)
            if outcome is not None:
                text += " · " + (self.tr("passed") if outcome else self.tr("not passed yet"))
            note = QLabel(text)
            take = QPushButton(self.tr("Take it again") if outcome is not None else self.tr("Take it"))
            take.clicked.connect(partial(self.start, spec, "assessment", assessment.id))
            self.start_layout.addWidget(card(title, note, take))
        self.setup = QuizSetup(self.state.catalog, self.state.locale)
        self.setup.start_requested.connect(self.start)
        practice = QLabel(self.tr("Practice"))
        self.start_layout.addWidget(card(practice, self.setup))
        self.start_layout.addStretch(1)

    # -- running ---------------------------------------------------------------------------------

    def start(self, spec: QuizSpec, kind: str = "practice", assessment_id: int | None = None) -> None:
        services, trainee = self.state.services, self.state.trainee
        seed = random.SystemRandom().randrange(2**31)
        shown = build_quiz(self.state.catalog, self.bank, spec, seed)
        if not shown:
            if kind == "assessment":  # the practice card's note may be out of sight below
                show_error(self, TrainerError(self.tr("No question of the current content fits this assessment; "
                                                      "ask your manager.")))
            elif self.setup is not None:
                self.setup.note.setText(self.tr("No question fits this choice."))
            return
        try:
            self.attempt_id = services.quizzes.start(
                trainee.id, kind, spec.name or kind, self.state.locale, [s.question.id for s in shown], seed,
                spec.pass_mark, spec, assessment_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._run(shown, spec, 0.0, 0)

    def resume(self, unfinished) -> None:
        shown = rebuild(self.bank, unfinished.question_ids, unfinished.seed)
        self.attempt_id = unfinished.id
        answered = [s for s in shown if s.question.id in unfinished.answered]
        remaining = [s for s in shown if s.question.id not in unfinished.answered]
        spec = unfinished.spec or QuizSpec()
        self._run(answered + remaining, spec, unfinished.seconds_used, len(answered),
                  previous=[(s, unfinished.answered[s.question.id]) for s in answered])

    def _run(self, shown, spec: QuizSpec, seconds_used: float, start_at: int, previous=()) -> None:
        self._drop_runner()
        self.spec = spec
        self.runner = QuizRunner(shown, self.state.locale, self.checker, spec.feedback, spec.time_limit_s,
                                 spec.per_question_s, seconds_used, start_at)
        from trainer.engine.questions import grade

        for s, answer in previous:
            self.runner.results.append((s, answer, grade(s.question, answer, self.checker)))
        self.runner.answered.connect(self._on_answered)
        self.runner.time_used.connect(self._on_time_used)
        self.runner.finished.connect(self._on_finished)
        self.stack.addWidget(self.runner)
        self.stack.setCurrentWidget(self.runner)
        self.title.hide()
        self.subtitle.hide()

    def _drop_runner(self) -> None:
        if self.runner is not None:
            self.stack.removeWidget(self.runner)
            self.runner.deleteLater()
            self.runner = None
        self.title.show()
        self.subtitle.show()

    @Slot(object, object, bool)
    def _on_answered(self, shown, answer, correct: bool) -> None:
        try:
            self.state.services.quizzes.record_answer(
                self.attempt_id, shown.question.id, answer, correct, self.runner.seconds_used(),
                review_item(shown.question), question_competencies(self.state.catalog, shown.question))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    @Slot(float)
    def save_time(self) -> None:
        if self.runner is not None and not self.runner.results_done():
            self._on_time_used(self.runner.seconds_used())

    def _on_time_used(self, seconds: float) -> None:
        if self.attempt_id is not None and self.state.services is not None:
            try:
                self.state.services.quizzes.save_time(self.attempt_id, seconds)
            except Exception as exc:  # noqa: BLE001 - the answers are what matters; the time is saved with them
                print(f"trainer: {exc}", file=sys.stderr)

    @Slot()
    def _on_finished(self) -> None:
        try:
            result = self.state.services.quizzes.finish(self.attempt_id)
        except Exception as exc:  # noqa: BLE001 - every answer is saved already; the result shows once saved
            show_error(self, exc)
            return
        self._finished = (list(self.runner.results), result, self.spec.pass_mark)
        self._show_result()
        self._drop_runner()
        self.stack.setCurrentIndex(1)

    def _show_result(self) -> None:
        """The last quiz's result, in the interface language (drawn again on a language switch)."""
        results, result, pass_mark = self._finished
        verdict = self.tr("Passed.") if result.passed else self.tr("Not passed: {0:.0%} is needed.").format(pass_mark)
        self.result.setHtml(result_html(results, result.correct, result.total, verdict, self.state.locale))

    @Slot()
    def back_to_start(self) -> None:
        self.stack.setCurrentIndex(0)
        self.rebuild_start()
