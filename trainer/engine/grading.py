"""The one place a trainee's answer to a question is judged: every service calls `grade`.

`judge` is what reads typed text (a rewrite): today the phrase checker (forbidden phrases), later a better
typed-reply judge with the same `check(text) -> list[PhraseHit]`. Swapping it changes every caller at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.engine.questions import grade as _right

if TYPE_CHECKING:
    from trainer.content.schema import Question


@dataclass(frozen=True)
class Verdict:
    correct: bool
    hits: tuple = ()  # forbidden phrases found in a typed answer (PhraseHit)


def grade(question: Question, given, judge=None) -> Verdict:
    """Whether `given` (in the question's own option indexes, True/False, a number, or typed text; None when the
    time ran out) answers `question` rightly."""
    hits = tuple(judge.check(given)) if judge is not None and question.type == "rewrite" and isinstance(given, str) \
        else ()
    return Verdict(_right(question, given, judge), hits)
