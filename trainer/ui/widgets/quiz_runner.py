"""Answering questions one at a time: lesson checks, practice quizzes and assessments.

Feedback comes at once or at the end; an optional countdown runs for the whole quiz and/or each question
(running out of time counts the question as unanswered). The runner never judges an answer: it says what the
trainee gave (`answered`), the owner sends that to a service, and the service's outcome comes back through
`show_outcome` (right or not), which the runner shows.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import html

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.engine import questions
from trainer.engine.questions import Shown
from trainer.ui.widgets.links import keyboard_links, open_focused_link
from trainer.ui.widgets.wrapping import FitScrollArea
from trainer.ui.widgets.question_form import QuestionForm
from trainer.content.refs import clause_link
from trainer.ui.i18n import listing

if TYPE_CHECKING:  # pydantic loads with the content, after the first paint
    from trainer.content.schema import Question


def _true_false() -> tuple[str, str]:
    return (QCoreApplication.translate("QuizRunner", "True"), QCoreApplication.translate("QuizRunner", "False"))


def answer_text(q: Question, answer, lang: str) -> str:
    return questions.answer_text(q, answer, lang, _true_false())


def right_answer_text(q: Question, lang: str) -> str:
    return questions.right_answer_text(q, lang, _true_false())


class QuizRunner(QWidget):
    answered = Signal(object, object)  # Shown, the answer given (None when the time ran out)
    finished = Signal()
    clause_link_clicked = Signal(str)
    time_used = Signal(float)  # every few seconds, to be saved

    def __init__(self, shown: list[Shown], lang: str, feedback: str = "immediate",
                 time_limit_s: int | None = None, per_question_s: int | None = None, seconds_used: float = 0.0,
                 start_at: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuizRunner")
        self.shown = shown
        self.lang = lang
        self._waiting = False  # an answer sent, its outcome not back yet
        self.feedback_mode = feedback
        self.time_limit_s = time_limit_s
        self.per_question_s = per_question_s
        self.used_before = seconds_used
        self.index = start_at
        self.form: QuestionForm | None = None
        self.results: list[tuple[Shown, object, bool]] = []
        self.counter = QLabel()
        self.counter.setObjectName("PageSubtitle")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("Countdown")
        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.clock_label)
        self.scroll = FitScrollArea()  # a question taller than the screen scrolls; it never widens the window
        self.holder = self.scroll.inner_layout
        self.feedback = QLabel()
        self.feedback.setObjectName("Feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.linkActivated.connect(self._on_feedback_link)
        self.check_button = QPushButton()
        self.check_button.setProperty("primary", True)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self._on_check_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.holder.addWidget(self.feedback)
        self.holder.addStretch(1)
        layout.addLayout(buttons)
        self._quiz_clock = QElapsedTimer()
        self._quiz_clock.start()
        self._question_clock = QElapsedTimer()
        self._tick = QTimer(self, interval=200)
        self._tick.timeout.connect(self._on_tick)
        self._save = QTimer(self, interval=5000)
        self._save.timeout.connect(lambda: self.time_used.emit(self.seconds_used()))
        if time_limit_s or per_question_s:
            self._tick.start()
            self._save.start()
        self.return_keys = []
        for key in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):  # checks, then goes on (Ctrl+ from a text box)
            shortcut = QShortcut(QKeySequence(key), self, activated=self._on_return_pressed)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.return_keys.append(shortcut)
        for place in range(9):  # options by the plain keys 1-9, as in the role-play; Alt+1...8 stay the pages'
            shortcut = QShortcut(QKeySequence(str(place + 1)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(partial(self._on_number_key, place))
        self._done = False
        self._show_question()

    def showEvent(self, event) -> None:  # noqa: N802: a check or quiz shown, the focus on its first option
        super().showEvent(event)
        self.focus_first()

    # -- time ------------------------------------------------------------------------------------

    def seconds_used(self) -> float:
        return round(self.used_before + self._quiz_clock.elapsed() / 1000, 1)

    def seconds_left(self) -> float | None:
        return None if not self.time_limit_s else max(0.0, self.time_limit_s - self.seconds_used())

    @Slot()
    def _on_tick(self) -> None:
        if self._done:
            return
        parts = []
        left = self.seconds_left()
        if left is not None:
            parts.append(self.tr("Quiz: {0}").format(_mmss(left)))
        question_left = None
        if self.per_question_s and not self._checked:
            question_left = max(0.0, self.per_question_s - self._question_clock.elapsed() / 1000)
            parts.append(self.tr("This question: {0}").format(_mmss(question_left)))
        self.clock_label.setText("　".join(parts))
        if left is not None and left <= 0:
            self._time_is_up(whole_quiz=True)
        elif question_left is not None and question_left <= 0:
            self._time_is_up(whole_quiz=False)

    def _time_is_up(self, whole_quiz: bool) -> None:
        if not self._checked and not self._waiting:
            self._record(self.shown[self.index], None)
        if whole_quiz:
            # every question not reached counts as unanswered
            for shown in self.shown[self.index + 1:]:
                self._record(shown, None)
            self._finish()
        else:
            self._checked = True
            self._next()

    # -- questions -------------------------------------------------------------------------------

    def _show_question(self) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        shown = self.shown[self.index]
        self.form = QuestionForm(shown, self.lang)
        self.form.changed.connect(self._update_button)
        self.holder.insertWidget(0, self.form)
        self.form.setVisible(True)  # now, not when the layout's queued show comes: the focus goes in at once
        self.counter.setText(self.tr("Question {0} of {1}").format(self.index + 1, len(self.shown)))
        self.feedback.clear()
        self.feedback.hide()
        self._checked = self._waiting = False
        self._label_check_button()
        self._question_clock.start()
        self._update_button()
        self._tab_order()
        self.focus_first()
        self._on_tick()

    def _tab_order(self) -> None:
        chain = self.form.focus_chain()
        for before, after in zip(chain, [*chain[1:], self.check_button]):
            QWidget.setTabOrder(before, after)
        self.feedback.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def focus_first(self) -> None:
        """Focus on the first option (or box) of the question: where the trainee's answer starts."""
        if self.form is None:
            return
        if self._checked:
            self.check_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chain = self.form.focus_chain()
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_number_key(self, place: int) -> None:
        if self.form is not None and not self._checked and not self._waiting:
            self.form.choose(place)

    @Slot()
    def _on_return_pressed(self) -> None:
        if open_focused_link(self.feedback, self.return_keys):  # Return on a clause link opens it
            return
        if self.check_button.isEnabled() and self.check_button.isVisible():
            self.check_button.click()

    def results_done(self) -> bool:
        """Whether the quiz has finished (its time is final)."""
        return self._done

    def set_lang(self, lang: str) -> None:
        """The question on screen drawn again in another language, with what was chosen and any feedback."""
        if self.lang == lang or self.form is None or self.index >= len(self.shown):
            self.lang = lang
            return
        answer, checked = self.form.answer(), self._checked
        self.lang = lang
        old = self.form
        self.form = QuestionForm(self.shown[self.index], lang)
        self.form.changed.connect(self._update_button)
        self.holder.replaceWidget(old, self.form)
        old.setParent(None)
        old.deleteLater()
        self.form.restore(answer)
        self.form.setVisible(True)
        self._tab_order()
        self.counter.setText(self.tr("Question {0} of {1}").format(self.index + 1, len(self.shown)))
        if checked or self._waiting:
            self.form.lock()
            if self.feedback.text():  # the feedback of the answer checked (shown, or on a hidden page)
                q = self.shown[self.index].question
                self.feedback.setText(self.feedback_html(q, self.results[-1][2]))
        self._label_check_button()
        self._update_button()

    def _label_check_button(self) -> None:
        """What the one button does now: check (or give) the answer, then go on to the next question or result."""
        if not self._checked:
            text = self.tr("Chec&k answer") if self.feedback_mode == "immediate" else self.tr("&Answer")
        elif self.index + 1 == len(self.shown):
            text = self.tr("See the res&ult")
        else:
            text = self.tr("&Next question")
        self.check_button.setText(text)

    @Slot()
    def _update_button(self) -> None:
        self.check_button.setEnabled(self._checked or (not self._waiting and self.form.answer() is not None))

    def _record(self, shown: Shown, answer) -> None:
        self.answered.emit(shown, answer)

    @Slot()
    def _on_check_clicked(self) -> None:
        if self._checked:
            self._next()
            return
        shown = self.shown[self.index]
        answer = self.form.answer()
        if answer is None or self._waiting:
            return
        self._record(shown, answer)
        if self.feedback_mode != "immediate":
            self._checked = True
            self._next()
            return
        self._waiting = True  # until the outcome is back: the answer stands as given
        self.form.lock()
        self._update_button()

    def show_outcome(self, shown: Shown, outcome) -> None:
        """The service's outcome of an answer (`outcome.given`, `outcome.correct`): kept for the result, and shown
        at once when feedback is immediate and the question is still on screen."""
        self.results.append((shown, outcome.given, outcome.correct))
        if not self._waiting or self.index >= len(self.shown) or self.shown[self.index] is not shown:
            return
        self._waiting, self._checked = False, True
        correct = outcome.correct
        self.feedback.setText(self.feedback_html(shown.question, correct))
        self.feedback.setProperty("correct", correct)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self._label_check_button()
        self._update_button()
        self.check_button.setFocus()
        keyboard_links(self.feedback)  # its clause links: Tab to one, Return opens it
        self.scroll.show_widget(self.feedback)
        QWidget.setTabOrder(self.check_button, self.feedback)

    def answer_failed(self) -> None:
        """The answer could not be recorded (the error is shown): the question is open again, to answer anew."""
        if self._waiting and self.form is not None:
            self._waiting = False
            self.form.unlock()
            self._update_button()

    def _next(self) -> None:
        self.index += 1
        if self.index < len(self.shown):
            self._show_question()
        else:
            self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._waiting = False
        self._done = True
        self._tick.stop()
        self._save.stop()
        self.time_used.emit(self.seconds_used())
        self.finished.emit()

    def feedback_html(self, q: Question, correct: bool) -> str:
        verdict = self.tr("Right.") if correct else self.tr("Not quite. The answer: {0}").format(
            html.escape(right_answer_text(q, self.lang)))
        refs = listing((clause_link(ref, self.lang) for ref in q.clauses), self.lang)
        see = self.tr("See {0}").format(refs)
        return f"<b>{verdict}</b><br>{html.escape(q.explanation.get(self.lang))}<br><span>{see}</span>"

    @Slot(str)
    def _on_feedback_link(self, link: str) -> None:
        self.clause_link_clicked.emit(link)  # the reference as it is (the lesson page reads `clause:` too)


def _mmss(seconds: float) -> str:
    seconds = int(seconds + 0.999)
    return f"{seconds // 60}:{seconds % 60:02d}"


def result_html(results: list[tuple[Shown, object, bool]], correct: int, total: int, verdict: str,
                lang: str) -> str:
    """The result screen: the score, the verdict, and every question with both answers and its clauses."""
    rows = []
    for shown, answer, ok in results:
        q = shown.question
        mine = html.escape(answer_text(q, answer, lang))
        right = html.escape(right_answer_text(q, lang))
        refs = listing((clause_link(r, lang) for r in q.clauses), lang)
        yours = QCoreApplication.translate("QuizRunner", "Your answer: {0}").format(mine)
        expected = QCoreApplication.translate("QuizRunner", "Right answer: {0}").format(right)
        mark = "✔" if ok else "✘"
        rows.append(f"<h3>{mark} {html.escape(q.prompt.get(lang))}</h3><p>{yours}<br>{expected}</p>"
                    f"<p>{html.escape(q.explanation.get(lang))} ({refs})</p>")
    score = QCoreApplication.translate("QuizRunner", "{0} of {1} right").format(correct, total)
    return f"<h1>{score}</h1><p><b>{verdict}</b></p>{''.join(rows)}"


class ResultPane(QWidget):
    """The result of a quiz or lesson check, with its buttons (the owner adds them)."""

    reference_requested = Signal(str)

    def __init__(self, name: str, *buttons: QPushButton, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QTextBrowser

        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setObjectName(name)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()))
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # noqa: N802: the result shown, the focus on its first button
        super().showEvent(event)
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
