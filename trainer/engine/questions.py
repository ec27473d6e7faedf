"""Grading hand-written questions, and drawing the short check at the end of a lesson."""

from __future__ import annotations

from typing import TYPE_CHECKING

import math
import random
from dataclasses import dataclass

from trainer.content.model import Catalog

if TYPE_CHECKING:  # pydantic loads with the content, after the first paint
    from trainer.content.schema import Question

LESSON_CHECK_MIN, LESSON_CHECK_MAX = 3, 5
LESSON_PASS_MARK = 0.75  # 3 of 4, 4 of 5, all of 3


@dataclass(frozen=True)
class Shown:
    """A question as shown: its options in a shuffled order (`order[i]` is the option shown at place i)."""

    question: Question
    order: tuple[int, ...]


def grade(question: Question, answer, checker=None) -> bool:
    """Whether `answer` (in the question's own option indexes, or the typed text of a rewrite) is right."""
    kind, right = question.type, question.answer
    if answer is None:
        return False
    if kind == "rewrite":
        return rewrite_ok(question, answer, checker)
    if kind == "short":
        return short_ok(question, answer)
    if kind == "single":
        return isinstance(answer, int) and not isinstance(answer, bool) and answer == right
    if kind == "multiple":
        return isinstance(answer, list) and sorted(set(answer)) == sorted(right)
    if kind == "true-false":
        return isinstance(answer, bool) and answer is right
    if kind == "numeric":
        try:
            return math.isclose(float(answer), float(right), rel_tol=0, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    if kind in ("order", "match"):
        return isinstance(answer, list) and list(answer) == list(right)
    return False


def rewrite_ok(question: Question, text: str, checker=None) -> bool:
    """A rewrite is right when it holds none of the forbidden phrases and one of the expected words."""
    from trainer.engine.phrases import normalize

    if not isinstance(text, str) or len(normalize(text)) < 4:
        return False
    if checker is not None and checker.check(text):
        return False
    flat = normalize(text)
    return any(normalize(p) in flat for patterns in question.expect.values() for p in patterns)


def short_ok(question: Question, text) -> bool:
    """A typed short answer is right when it is one of the accepted answers (in either language), ignoring case,
    width, spaces and punctuation."""
    if not isinstance(text, str):
        return False
    given = _bare(text)
    return bool(given) and any(given == _bare(a) for answers in question.accept.values() for a in answers)


def _bare(text: str) -> str:
    import re
    import unicodedata

    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).casefold()


def shuffle_options(question: Question, rng: random.Random) -> Shown:
    order = list(range(len(question.options)))
    if question.type in ("single", "multiple", "order", "match"):
        rng.shuffle(order)
        if question.type == "order" and order == list(question.answer) and len(order) > 1:
            order[0], order[1] = order[1], order[0]  # never show the steps already in the right order
    return Shown(question, tuple(order))


def lesson_questions(catalog: Catalog, article_id: str) -> list[Question]:
    """The questions marked for the lesson check whose first clause is in this article."""
    return [q for q in catalog.questions.values()
            if q.lesson and q.clauses and q.clauses[0].split(":")[0] == article_id]


def shown(question: Question, seed: int) -> Shown:
    """The question with its options in the order this seed gives it, whatever else is in the quiz."""
    return shuffle_options(question, random.Random(f"{seed}:{question.id}"))


def lesson_check(catalog: Catalog, article_id: str, seed: int) -> list[Shown]:
    rng = random.Random(seed)
    pool = sorted(lesson_questions(catalog, article_id), key=lambda q: q.id)
    rng.shuffle(pool)
    return [shown(q, seed) for q in pool[:LESSON_CHECK_MAX]]


def passed(correct: int, total: int, pass_mark: float) -> bool:
    return total > 0 and correct / total >= pass_mark - 1e-9


def answer_text(q: Question, answer, lang: str, true_false: tuple[str, str] = ("True", "False")) -> str:
    """An answer (in the question's own option indexes, or typed text) as a person reads it."""
    if answer is None:
        return "—"
    if q.type in ("rewrite", "short"):
        return str(answer)
    if q.type == "match":
        return "；".join(f"{item.get(lang)} → {q.options[i].get(lang)}" for item, i in zip(q.items, answer))
    if q.type == "single":
        return q.options[answer].get(lang)
    if q.type == "multiple":
        return "；".join(q.options[i].get(lang) for i in answer)
    if q.type == "true-false":
        return true_false[0] if answer else true_false[1]
    if q.type == "order":
        return " → ".join(q.options[i].get(lang) for i in answer)
    value = int(answer) if float(answer).is_integer() else answer
    return f"{value} {q.unit.get(lang) if q.unit else ''}".strip()


def right_answer_text(q: Question, lang: str, true_false: tuple[str, str] = ("True", "False")) -> str:
    """The right answer as a person reads it; for a rewrite, the recommended wording."""
    if q.type == "rewrite":
        return q.explanation.get(lang)
    if q.type == "short":
        accepted = q.accept.get(lang) or next((a for a in q.accept.values() if a), [""])
        return " / ".join(accepted)
    return answer_text(q, q.answer, lang, true_false)
