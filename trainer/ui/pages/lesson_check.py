"""The lessons page's record keeping: the marks of the lessons opened and completed, and the short check at the end
of a lesson, drawn, answered and finished through the lesson service (which grades each answer as a quiz does,
the phrase checker included), all off the GUI thread."""

from __future__ import annotations

import math
import random
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Slot

from trainer.engine.questions import LESSON_PASS_MARK, lesson_check
from trainer.ui.dialogs.errors import show_error
from trainer.ui.icons import icon
from trainer.ui.ops import CallOp
from trainer.ui.widgets.quiz_runner import QuizRunner, result_html


ROLE_ARTICLE = Qt.ItemDataRole.UserRole  # as the lessons page's list keeps it


class LessonCheckFlow:
    """Mixed into LessonsPage: its `check`, `check_open`, `check_article`, `attempt_id` and the widgets the check
    is shown in (`check_holder`, `check_layout`, `center_stack`, `result`)."""

    def _read_progress(self) -> None:
        """The marks (opened, completed) of the trainee's lessons, read off the GUI thread; the list is redrawn
        with them when they come."""
        trainee = self.state.trainee
        if self.state.services is None or trainee is None:
            self._progress_read = {}
            return
        trainee_id = trainee.id
        CallOp(self, lambda s: s.lessons.progress(trainee_id)).success(
            lambda read: self._on_progress_read(trainee_id, read)).run()

    def _on_progress_read(self, trainee_id: int, progress: dict) -> None:
        if self.state.trainee is None or self.state.trainee.id != trainee_id:
            return
        self._progress_read = progress
        for row in range(self.lesson_list.count()):
            item = self.lesson_list.item(row)
            status = progress.get(item.data(ROLE_ARTICLE))
            if status is not None:
                self._mark(item.data(ROLE_ARTICLE), "done" if status.completed else "opened")

    def _mark(self, article_id: str, mark: str) -> None:
        done = QCoreApplication.translate("LessonsPage", "Completed: check passed")
        opened = QCoreApplication.translate("LessonsPage", "Opened")
        for row in range(self.lesson_list.count()):
            item = self.lesson_list.item(row)
            if item.data(ROLE_ARTICLE) == article_id and not (mark == "opened" and item.toolTip().endswith(done)):
                item.setIcon(icon(mark))
                item.setToolTip(item.text() + "\n" + (done if mark == "done" else opened))  # the full title first

    def _label_check_button(self) -> None:
        self.check_button.setText(QCoreApplication.translate("LessonsPage", "Back to the check") if self.check_open
                                  else QCoreApplication.translate("LessonsPage", "Check what you learned"))

    @Slot()
    def start_check(self) -> None:
        services, trainee = self.state.services, self.state.trainee
        if self.check_open and self.check is not None:  # back from a clause the check's feedback pointed to
            self.speech.stop()
            self.center_stack.setCurrentWidget(self.check_holder)
            self.check.focus_first()
            return
        if not self.article_id or services is None or trainee is None:
            return
        self.speech.stop()
        seed = random.SystemRandom().randrange(2**31)
        shown = lesson_check(self.state.catalog, self.article_id, seed)
        trainee_id, article_id, lang = trainee.id, self.article_id, self.state.locale
        ids = [s.question.id for s in shown]
        # a storage error is shown (CallOp's default), the lesson stays open
        CallOp(self, lambda s: s.lessons.start_check(trainee_id, article_id, lang, ids, seed, LESSON_PASS_MARK)) \
            .success(partial(self._on_check_started, shown, article_id)).busy(self.check_button).run()

    def _on_check_started(self, shown, article_id: str, attempt_id: int) -> None:
        self.attempt_id = attempt_id
        if self.check is not None:
            self.check.setParent(None)
            self.check.deleteLater()
        self.check = QuizRunner(shown, self.state.locale)
        self.check.answered.connect(self._on_check_answered)
        self.check.finished.connect(self._on_check_finished)
        self.check.clause_link_clicked.connect(self.open_reference)
        self.check_layout.addWidget(self.check)
        self.check_open = True
        self.check_article = article_id  # the lesson checked, whichever lesson is open when it ends
        self._label_check_button()
        self.center_stack.setCurrentWidget(self.check_holder)
        self.check.focus_first()  # on the first option, not the toolbar button that started the check

    @Slot(object, object)
    def _on_check_answered(self, shown, given) -> None:
        check, attempt_id, question_id = self.check, self.attempt_id, shown.question.id
        CallOp(self, lambda s: s.lessons.answer(attempt_id, question_id, given)) \
            .success(partial(self._on_check_outcome, check, shown)) \
            .failure(partial(self._on_check_answer_failed, check)).run()

    def _on_check_outcome(self, check, shown, outcome) -> None:
        if check is self.check:
            check.show_outcome(shown, outcome)

    def _on_check_answer_failed(self, check, exc: BaseException) -> None:
        show_error(self, exc)
        if check is self.check:
            check.answer_failed()

    @Slot()
    def _on_check_finished(self) -> None:
        check, attempt_id = self.check, self.attempt_id
        # every answer is saved already (the calls run in order); the result shows once the finish is saved
        CallOp(self, lambda s: s.lessons.finish_check(attempt_id)).success(
            partial(self._on_check_result, check)).run()

    def _on_check_result(self, check, result) -> None:
        if check is not self.check:
            return
        self.check_open = False
        self._label_check_button()
        lang = self.state.locale
        passed = QCoreApplication.translate("LessonsPage", "Passed: this lesson is completed.")
        not_yet = QCoreApplication.translate("LessonsPage", "Not passed yet: {0} right answers are needed.")
        verdict = passed if result.passed else not_yet.format(needed(result.total))
        self.result.setHtml(result_html(check.results, result.correct, result.total, verdict, lang))
        self.center_stack.setCurrentIndex(2)
        if result.passed:
            self._mark(self.check_article, "done")


def needed(total: int) -> int:
    return math.ceil(total * LESSON_PASS_MARK - 1e-9)
