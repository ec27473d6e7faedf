"""The short-answer question type: a typed answer graded against its accepted answers."""

from trainer.content.quiz_check import answer_problem
from trainer.content.schema import Question
from trainer.engine.questions import grade, right_answer_text


def short(**extra) -> Question:
    data = {"id": "hotline-number", "type": "short", "clauses": ["hotline-agent:1.1"],
            "prompt": {"zh": "坐席结束通话前要再次报上什么？", "en": "What does the agent give again before ending a call?"},
            "accept": {"zh": ["工号", "自己的工号"], "en": ["work number", "their work number"]},
            "explanation": {"zh": "结束电话前再次报上自己的工号。", "en": "Give your work number again."}}
    data.update(extra)
    return Question.model_validate(data)


def test_accepted_answers_in_either_language_ignoring_case_width_and_punctuation():
    q = short()
    assert answer_problem(q) is None
    assert grade(q, "工号") and grade(q, " 自己的工号。") and grade(q, "Work Number!") and grade(q, "ｗｏｒｋ ｎｕｍｂｅｒ")
    assert not grade(q, "姓名") and not grade(q, "") and not grade(q, None) and not grade(q, 3)
    assert right_answer_text(q, "zh") == "工号 / 自己的工号"


def test_a_short_answer_needs_accepted_answers_and_no_options():
    assert "accept" in answer_problem(short(accept={}))
    assert "no options" in answer_problem(short(options=[{"zh": "a", "en": "a"}]))
