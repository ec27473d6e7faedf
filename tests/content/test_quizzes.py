"""Hand-written questions: the answer must fit the type, and every cited clause must exist."""

from __future__ import annotations

import pytest
import yaml

from trainer.content.loader import load_catalog


def question(**changes):
    q = {"id": "phone-conduct-ring", "type": "single", "lesson": True, "clauses": ["phone-conduct:1.1"],
         "prompt": {"zh": "一般在第几次响铃中接起为宜？", "en": "On which ring should you pick up?"},
         "options": [{"zh": "第一次", "en": "First"}, {"zh": "第二次", "en": "Second"},
                     {"zh": "第三次", "en": "Third"}],
         "answer": 1, "explanation": {"zh": "第 1.1 条", "en": "Clause 1.1"}}
    q.update(changes)
    return q


def problems(content, *questions):
    (content / "quizzes").mkdir(exist_ok=True)
    (content / "quizzes" / "phone-conduct.yaml").write_text(
        yaml.safe_dump({"questions": list(questions)}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = load_catalog(content)
    return result, [str(p) for p in result.problems]


def test_valid_questions_load(content):
    result, found = problems(content, question(),
                             question(id="tf", type="true-false", options=[], answer=False),
                             question(id="num", type="numeric", options=[], answer=2, unit={"zh": "次", "en": "rings"}),
                             question(id="ord", type="order", answer=[2, 0, 1]),
                             question(id="multi", type="multiple", answer=[0, 2]))
    assert found == []
    assert set(result.catalog.questions) == {"phone-conduct-ring", "tf", "num", "ord", "multi"}


@pytest.mark.parametrize("changes, message", [
    ({"answer": 3}, "answer must be the index of one option (0 to 2)"),
    ({"answer": True}, "answer must be the index of one option (0 to 2)"),
    ({"type": "true-false", "options": [], "answer": 1}, "answer must be true or false"),
    ({"type": "numeric", "answer": 2}, "a numeric question has no options"),
    ({"type": "order", "answer": [0, 0, 1]}, "answer must list every step index once (0 to 2) in the right order"),
    ({"type": "multiple", "answer": []}, "answer must be a list of distinct option indexes (0 to 2)"),
])
def test_answers_that_do_not_fit_are_reported_at_the_answer_line(content, changes, message):
    _, found = problems(content, question(**changes))
    lines = (content / "quizzes" / "phone-conduct.yaml").read_text(encoding="utf-8").split("\n")
    line = next(i + 1 for i, text in enumerate(lines) if text.lstrip().startswith("answer:"))
    assert found == [f"content/quizzes/phone-conduct.yaml:{line}: questions[0].answer: {message}"]


def test_unknown_clause_and_duplicate_id(content):
    _, found = problems(content, question(clauses=["phone-conduct:7.7"]), question(), question())
    assert any(m.endswith("questions[0].clauses[0]: unknown clause 'phone-conduct:7.7'") for m in found)
    assert any("duplicate question id 'phone-conduct-ring'" in m for m in found)


def test_unknown_type_is_a_schema_error(content):
    _, found = problems(content, question(type="essay"))
    assert len(found) == 1 and "questions[0].type: " in found[0]
