"""A short-answer question in the quiz form: the trainee types, the engine grades what was typed."""

from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import type_text
from trainer.content.schema import Question
from trainer.engine.grading import grade
from trainer.engine.questions import shown
from trainer.ui.widgets.question_form import QuestionForm


def test_typed_short_answer_is_graded(qtbot):
    q = Question.model_validate({
        "id": "hotline-number", "type": "short", "clauses": ["hotline-agent:1.1"],
        "prompt": {"zh": "坐席结束通话前要再次报上什么？", "en": "What does the agent give again before ending a call?"},
        "accept": {"zh": ["工号"], "en": ["work number"]},
        "explanation": {"zh": "结束电话前再次报上自己的工号。", "en": "Give your work number again."}})
    for lang, typed, right in (("zh", "工号", True), ("en", "Work number.", True), ("zh", "姓名", False)):
        form = QuestionForm(shown(q, 1), lang)
        qtbot.addWidget(form)
        form.show()
        box = form.findChild(QLineEdit)
        assert box is not None and box.accessibleName()
        with qtbot.waitSignal(form.changed):
            type_text(qtbot, box, typed)  # Chinese through the input method, as a person types it
        assert form.answer() == typed
        assert grade(q, form.answer()).correct is right
    empty = QuestionForm(shown(q, 1), "zh")
    qtbot.addWidget(empty)
    assert empty.answer() is None
