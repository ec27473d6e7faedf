"""Quizzes: practise any pool, take an assigned assessment, resume an interrupted quiz, read the result."""

from __future__ import annotations

import random
import sys
from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFrame, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from trainer.errors import TrainerError
from trainer.engine.quiz import QuizSpec, build_quiz, rebuild
from trainer.ui.dialogs.errors import show_error
from trainer.ui.ops import CallOp
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
        self._generation = 0  # of the start page: an older read that comes back late is dropped
        self._start_read = None  # (unfinished, outcomes, assigned) as last read
        self.runner: QuizRunner | None = None
        self._finished = None  # (results, QuizResult, pass mark) of the last quiz, for its result page
        self._finishing = None  # the runner whose quiz is being finished
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
        if self.runner is None:  # the start page in the new language, with what was last read
            self._fill_start(self._start_read) if self._start_read is not None else self.rebuild_start()
            if self._finished is not None:
                self._show_result()
        else:  # a quiz under way goes on in the new language
            self.runner.set_lang(self.state.locale)

    def catch_up(self) -> None:
        self._on_catalog_changed()

    @Slot()
    def _on_catalog_changed(self) -> None:
        self.bank = self.state.bank
        self.rebuild_start()

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self._drop_runner()
        self.stack.setCurrentIndex(0)
        self.rebuild_start()

    def rebuild_start(self) -> None:
        """The start page: the unfinished quiz, the assessments and practice, read off the GUI thread."""
        self._generation += 1
        services, trainee = self.state.services, self.state.trainee
        if trainee is None or services is None:
            self._fill_start(None)
            return
        generation, trainee_id = self._generation, trainee.id
        CallOp(self, lambda s: (s.quizzes.unfinished(trainee_id), s.quizzes.assessment_outcomes(trainee_id),
                                s.quizzes.assigned_to(trainee_id))) \
            .success(partial(self._on_start_read, generation)).run()

    def _on_start_read(self, generation: int, read) -> None:
        if generation == self._generation:
            self._fill_start(read)

    def _fill_start(self, read) -> None:
        self._start_read = read
        while self.start_layout.count():
            item = self.start_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        if read is None:
            first = QLabel(self.tr("Choose your name at the top right first: quizzes are recorded for you."))
            first.setWordWrap(True)  # whole at 2.0x in English too
            self.start_layout.addWidget(first)
            self.start_layout.addStretch(1)
            return
        if self.state.content_loaded and not self.state.catalog.questions:
            self.start_layout.addWidget(missing_note("quizzes", self.state.settings.content_dir))
        unfinished, outcomes, assigned = read
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
        for assessment in assigned:
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
        trainee_id, lang, ids = trainee.id, self.state.locale, [s.question.id for s in shown]
        CallOp(self, lambda s: s.quizzes.start(trainee_id, kind, spec.name or kind, lang, ids, seed, spec.pass_mark,
                                               spec, assessment_id)) \
            .success(partial(self._on_started, shown, spec)).run()

    def _on_started(self, shown, spec: QuizSpec, attempt_id: int) -> None:
        self.attempt_id = attempt_id
        self._run(shown, spec, 0.0, 0)

    def resume(self, unfinished) -> None:
        shown = rebuild(self.bank, unfinished.question_ids, unfinished.seed)
        self.attempt_id = unfinished.id
        answered = [s for s in shown if s.question.id in unfinished.answered]
        remaining = [s for s in shown if s.question.id not in unfinished.answered]
        spec = unfinished.spec or QuizSpec()
        self._run(answered + remaining, spec, unfinished.seconds_used, len(answered),
                  previous=[(s, unfinished.answered[s.question.id], unfinished.right.get(s.question.id, False))
                            for s in answered])

    def _run(self, shown, spec: QuizSpec, seconds_used: float, start_at: int, previous=()) -> None:
        self._drop_runner()
        self.spec = spec
        self.runner = QuizRunner(shown, self.state.locale, spec.feedback, spec.time_limit_s,
                                 spec.per_question_s, seconds_used, start_at)
        self.runner.results.extend(previous)  # as the service graded them when they were given
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

    @Slot(object, object)
    def _on_answered(self, shown, given) -> None:
        runner, attempt_id, question_id = self.runner, self.attempt_id, shown.question.id
        seconds = runner.seconds_used()
        CallOp(self, lambda s: s.quizzes.answer(attempt_id, question_id, given, seconds)) \
            .success(partial(self._on_outcome, runner, shown)).failure(partial(self._on_answer_failed, runner)).run()

    def _on_outcome(self, runner, shown, outcome) -> None:
        if runner is self.runner or self._finishing is runner:
            runner.show_outcome(shown, outcome)

    def _on_answer_failed(self, runner, exc: BaseException) -> None:
        show_error(self, exc)
        if runner is self.runner:
            runner.answer_failed()

    @Slot(float)
    def save_time(self) -> None:
        if self.runner is not None and not self.runner.results_done():
            self._on_time_used(self.runner.seconds_used(), wait=True)

    def _on_time_used(self, seconds: float, wait: bool = False) -> None:
        if self.attempt_id is None or self.state.services is None:
            return
        attempt_id = self.attempt_id
        if wait:  # trainer is closing: now, before the database closes
            try:
                self.state.services.quizzes.save_time(attempt_id, seconds)
            except Exception as exc:  # noqa: BLE001 - the answers are what matters; the time is saved with them
                print(f"trainer: {exc}", file=sys.stderr)
            return
        CallOp(self, lambda s: s.quizzes.save_time(attempt_id, seconds)) \
            .failure(lambda exc: print(f"trainer: {exc}", file=sys.stderr)).run()

    @Slot()
    def _on_finished(self) -> None:
        # after every answer sent (the calls run in order), so the result counts them all
        runner, attempt_id, pass_mark = self.runner, self.attempt_id, self.spec.pass_mark
        self._finishing = runner
        CallOp(self, lambda s: s.quizzes.finish(attempt_id)).success(partial(self._on_result, runner, pass_mark)).run()

    def _on_result(self, runner, pass_mark: float, result) -> None:
        self._finishing = None
        self._finished = (list(runner.results), result, pass_mark)
        self._show_result()
        if runner is self.runner:
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
