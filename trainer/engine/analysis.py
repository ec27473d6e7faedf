"""Item analysis as Moodle's quiz statistics define it, and the clauses most often broken.

Facility index (F): the mean score on a question as a percentage of its maximum (here 0 or 1, so the share of
right answers). Discrimination index (D): 100 x the Pearson correlation between the score on the question and
the score on the rest of the attempt (the attempt without this question). Attempts here may hold different
questions and numbers of questions (random practice pools), so "the rest" is taken as a share:
(right answers in the attempt - this one) / (questions in the attempt - 1).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Response:
    attempt_id: int
    question_id: str
    correct: bool
    answer: str  # as stored (JSON)
    revision: str | None = None  # of the question when it was answered


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    attempts: int
    facility: float  # 0-100
    discrimination: float | None  # -100..100; None when it cannot be computed (no spread)
    common_wrong: str | None  # the most frequent wrong answer
    common_wrong_count: int
    earlier: int = 0  # answers given to an earlier version of the question (旧版本作答)


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return sxy / math.sqrt(sxx * syy)


def item_analysis(responses: list[Response], totals: dict[int, tuple[int, int]],
                  current: dict[str, str] | None = None, current_only: bool = False) -> list[ItemStats]:
    """`totals`: attempt id -> (right answers, questions) for the finished attempts the responses come from.
    `current`: question id -> its revision now; answers given to another revision are counted as `earlier`, and
    left out with `current_only`."""
    by_question: dict[str, list[Response]] = defaultdict(list)
    earlier: Counter = Counter()
    for r in responses:
        if r.attempt_id in totals:
            if current is not None and r.revision is not None and current.get(r.question_id) not in (None, r.revision):
                earlier[r.question_id] += 1
                if current_only:
                    continue
            by_question[r.question_id].append(r)
    out = []
    for qid, rows in sorted(by_question.items()):
        xs, ys = [], []
        for r in rows:
            right, total = totals[r.attempt_id]
            x = 1.0 if r.correct else 0.0
            xs.append(x)
            ys.append((right - x) / (total - 1) if total > 1 else 0.0)
        r_value = _pearson(xs, ys)
        wrong = Counter(r.answer for r in rows if not r.correct)
        common, count = wrong.most_common(1)[0] if wrong else (None, 0)
        out.append(ItemStats(qid, len(rows), 100.0 * sum(xs) / len(xs),
                             None if r_value is None else 100.0 * r_value, common, count, earlier[qid]))
    return out


def violated_clauses(events: list[tuple[str, ...]], top: int = 20) -> list[tuple[str, int]]:
    """The clauses most often broken: each event is the clauses cited by one wrong answer or wrong turn."""
    counts = Counter(ref for refs in events for ref in set(refs))
    return counts.most_common(top)
