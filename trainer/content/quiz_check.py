"""Checks that each hand-written question's answer fits its type and options."""

from __future__ import annotations

from trainer.content.schema import Question


def answer_problem(q: Question) -> str | None:
    n = len(q.options)
    a = q.answer
    if q.type == "short":
        if a is not None or n:
            return "a short-answer question has no options and no answer (it lists what it accepts in 'accept')"
        if not any(q.accept.values()):
            return "a short-answer question lists its accepted answers in 'accept'"
        return None
    if q.type != "rewrite" and a is None:
        return "answer is missing"
    if q.type == "single":
        if n < 2:
            return "a single-choice question needs at least 2 options"
        if isinstance(a, bool) or not isinstance(a, int) or not 0 <= a < n:
            return f"answer must be the index of one option (0 to {n - 1})"
    elif q.type == "multiple":
        if n < 3:
            return "a multiple-choice question needs at least 3 options"
        if not isinstance(a, list) or not a or len(set(a)) != len(a) or not all(0 <= i < n for i in a):
            return f"answer must be a list of distinct option indexes (0 to {n - 1})"
    elif q.type == "true-false":
        if not isinstance(a, bool):
            return "answer must be true or false"
        if n:
            return "a true/false question has no options"
    elif q.type == "numeric":
        if isinstance(a, bool) or not isinstance(a, (int, float)):
            return "answer must be a number"
        if n:
            return "a numeric question has no options"
    elif q.type == "match":
        m = len(q.items)
        if m < 2 or n < m:
            return "a matching question needs at least 2 items and as many options"
        if not isinstance(a, list) or len(a) != m or len(set(a)) != m or not all(0 <= i < n for i in a):
            return f"answer must give, for each of the {m} items, a different option index (0 to {n - 1})"
    elif q.type == "rewrite":
        if a is not None or n:
            return "a rewrite question has no options and no answer (it is graded by 'expect')"
        if not any(q.expect.values()):
            return "a rewrite question lists what a good answer holds in 'expect'"
    elif q.type == "order":
        if n < 3:
            return "an ordering question needs at least 3 steps"
        if not isinstance(a, list) or sorted(a) != list(range(n)):
            return f"answer must list every step index once (0 to {n - 1}) in the right order"
    return None
