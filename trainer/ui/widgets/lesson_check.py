"""The short check at the end of a lesson: one question at a time, feedback citing the clause, then the result."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.content.schema import Question
from trainer.engine.questions import Shown, grade
from trainer.ui.widgets.question_form import QuestionForm


def right_answer_text(q: Question, lang: str, tr) -> str:
    if q.type == "single":
        return q.options[q.answer].get(lang)
    if q.type == "multiple":
        return "；".join(q.options[i].get(lang) for i in q.answer)
    if q.type == "true-false":
        return tr("True") if q.answer else tr("False")
    if q.type == "numeric":
        value = int(q.answer) if float(q.answer).is_integer() else q.answer
        return f"{value} {q.unit.get(lang) if q.unit else ''}".strip()
    return " → ".join(q.options[i].get(lang) for i in q.answer)


class LessonCheck(QWidget):
    answered = Signal(object, object, bool)  # Shown, answer, correct
    finished = Signal()
    clause_link_clicked = Signal(str)

    def __init__(self, shown: list[Shown], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonCheck")
        self.shown = shown
        self.lang = lang
        self.index = 0
        self.form: QuestionForm | None = None
        self.results: list[tuple[Shown, object, bool]] = []
        self.counter = QLabel()
        self.counter.setObjectName("PageSubtitle")
        self.holder = QVBoxLayout()
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
        layout.addWidget(self.counter)
        layout.addLayout(self.holder, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self._show_question()

    def _show_question(self) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        shown = self.shown[self.index]
        self.form = QuestionForm(shown, self.lang)
        self.form.changed.connect(self._update_button)
        self.holder.addWidget(self.form)
        self.counter.setText(self.tr("Question {0} of {1}").format(self.index + 1, len(self.shown)))
        self.feedback.clear()
        self.feedback.hide()
        self.check_button.setText(self.tr("&Check answer"))
        self._checked = False
        self._update_button()
        first = self.form.buttons[0] if self.form.buttons else (self.form.number or self.form.steps)
        if first is not None:
            first.setFocus()

    @Slot()
    def _update_button(self) -> None:
        self.check_button.setEnabled(self._checked or self.form.answer() is not None)

    @Slot()
    def _on_check_clicked(self) -> None:
        if self._checked:
            self.index += 1
            if self.index < len(self.shown):
                self._show_question()
            else:
                self.finished.emit()
            return
        shown = self.shown[self.index]
        answer = self.form.answer()
        if answer is None:
            return
        correct = grade(shown.question, answer)
        self.results.append((shown, answer, correct))
        self.answered.emit(shown, answer, correct)  # committed by the page before anything else happens
        self.form.lock()
        self._checked = True
        self.feedback.setText(self.feedback_html(shown.question, correct))
        self.feedback.setProperty("correct", correct)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        last = self.index + 1 == len(self.shown)
        self.check_button.setText(self.tr("See the &result") if last else self.tr("&Next question"))
        self.check_button.setFocus()

    def feedback_html(self, q: Question, correct: bool) -> str:
        verdict = self.tr("Right.") if correct else self.tr("Not quite. The answer: {0}").format(
            html.escape(right_answer_text(q, self.lang, self.tr)))
        refs = "、".join(f'<a href="clause:{ref}">{ref}</a>' for ref in q.clauses)
        see = self.tr("See {0}").format(refs)
        return f"<b>{verdict}</b><br>{html.escape(q.explanation.get(self.lang))}<br><span>{see}</span>"

    @Slot(str)
    def _on_feedback_link(self, link: str) -> None:
        if link.startswith("clause:"):
            self.clause_link_clicked.emit(link[len("clause:"):])
