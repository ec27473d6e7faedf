"""A question set as the questions editor holds it: plain data (no Qt), one mapping per question in the order of
the file, written back as the same YAML format. Each operation returns what undoes it."""

from __future__ import annotations

import copy

import yaml

from trainer.content.schema import QuestionType

TYPES: tuple[str, ...] = QuestionType.__args__  # single, multiple, true-false, numeric, order, match, rewrite
# the order keys are written in (as the shipped files have them); other keys follow
KEY_ORDER = ("id", "type", "style", "lesson", "clauses", "prompt", "options", "items", "answer", "unit", "expect", "accept",
             "phrase", "explanation")
# what `answer` holds for each type, as the editor states it
ANSWER_RULES = {
    "single": "the number of the right option, counted from 0 (0 is the first)",
    "multiple": "the numbers of every right option, counted from 0, e.g. [0, 2]",
    "true-false": "true or false",
    "numeric": "the number, e.g. 24",
    "order": "the options' numbers in the right order, e.g. [2, 0, 1] (options are shown shuffled)",
    "match": "for each item, the number of its option, e.g. [1, 0, 2]",
    "rewrite": "none: a rewrite is graded by the expected words and the phrase checker",
    "short": "none: a typed answer is right when it is one of the accepted answers",
}


class QuizDraftError(Exception):
    pass


class QuizDraft:
    def __init__(self, questions: list[dict]) -> None:
        self.questions = questions

    @classmethod
    def parse(cls, text: str) -> "QuizDraft":
        """QuizDraftError when the text is not a question set the form can show (then the source view is used)."""
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise QuizDraftError(str(exc).split("\n")[0]) from None
        if not isinstance(data, dict) or not isinstance(data.get("questions"), list) or \
                not all(isinstance(q, dict) for q in data["questions"]) or set(data) != {"questions"}:
            raise QuizDraftError("not a list of questions")
        return cls([dict(q) for q in data["questions"]])

    def text(self) -> str:
        ordered = [{k: q[k] for k in (*KEY_ORDER, *[k for k in q if k not in KEY_ORDER]) if k in q}
                   for q in self.questions]
        return yaml.safe_dump({"questions": ordered}, allow_unicode=True, sort_keys=False, default_flow_style=None,
                              width=1000)

    def replace(self, index: int, question: dict) -> dict:
        before = self.questions[index]
        self.questions[index] = copy.deepcopy(question)
        return before

    def insert(self, index: int, question: dict) -> None:
        self.questions.insert(index, copy.deepcopy(question))

    def remove(self, index: int) -> dict:
        return self.questions.pop(index)

    def move(self, index: int, step: int) -> bool:
        other = index + step
        if not 0 <= other < len(self.questions):
            return False
        self.questions[index], self.questions[other] = self.questions[other], self.questions[index]
        return True

    def new_id(self, base: str) -> str:
        taken = {str(q.get("id")) for q in self.questions}
        n = 1
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"


def new_question(question_id: str, kind: str, clause: str) -> dict:
    """A question of `kind` with every key its type needs, to be filled in."""
    q: dict = {"id": question_id, "type": kind, "clauses": [clause] if clause else [],
               "prompt": {"zh": "新题目", "en": "New question"}}
    if kind in ("single", "multiple", "order", "match"):
        q["options"] = [{"zh": f"选项{n}", "en": f"Option {i + 1}"} for i, n in enumerate("一二三")]
    if kind == "match":
        q["items"] = [{"zh": f"情形{n}", "en": f"Situation {i + 1}"} for i, n in enumerate("一二三")]
    q["answer"] = {"single": 0, "multiple": [0], "true-false": True, "numeric": 1, "order": [0, 1, 2],
                   "match": [0, 1, 2]}.get(kind)
    if q["answer"] is None:
        del q["answer"]
    if kind == "rewrite":
        q["expect"] = {"zh": ["您"], "en": ["please"]}
    if kind == "short":
        q["accept"] = {"zh": ["答案"], "en": ["answer"]}
    q["explanation"] = {"zh": "见条款。", "en": "See the clause."}
    return q


def parse_answer(text: str):
    """An answer typed in the form (`2`, `[0, 2]`, `true`, `24`); the text itself when it is not YAML."""
    text = text.strip()
    if not text:
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def answer_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)
