"""Lesson progress and the lesson checks, committed as they happen."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import LessonProgress, QuizAnswer, utcnow
from trainer.services import attempts, stats
from trainer.services.content import ContentRepository
from trainer.services.quizzes import AnswerOutcome, grade_and_record


@dataclass(frozen=True)
class LessonStatus:
    article_id: str
    opened: bool
    completed: bool
    best_score: float | None


@dataclass(frozen=True)
class CheckResult:
    attempt_id: int
    correct: int
    total: int
    passed: bool


class LessonService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session],
                 content: ContentRepository) -> None:
        self._writer = writer
        self._reader = reader
        self._content = content

    def progress(self, trainee_id: int) -> dict[str, LessonStatus]:
        with self._reader() as session:
            rows = session.scalars(select(LessonProgress).where(LessonProgress.trainee_id == trainee_id))
            return {r.article_id: LessonStatus(r.article_id, True, r.completed_at is not None, r.best_score)
                    for r in rows}

    def opened(self, trainee_id: int, article_id: str) -> None:
        with self._writer.begin() as session:
            row = session.get(LessonProgress, (trainee_id, article_id))
            if row is None:
                session.add(LessonProgress(trainee_id=trainee_id, article_id=article_id))
            else:
                row.last_opened_at = utcnow()

    def start_check(self, trainee_id: int, article_id: str, lang: str, question_ids: list[str], seed: int,
                    pass_mark: float) -> int:
        with self._writer.begin() as session:
            return attempts.start(session, trainee_id, "lesson-check", article_id, lang, question_ids, seed,
                                  pass_mark)

    def answer(self, attempt_id: int, question_id: str, given) -> AnswerOutcome:
        """One answer, graded as a quiz grades it (the phrase checker included) and committed now: a crash a
        moment later loses nothing. A wrong one is queued for review."""
        with self._writer.begin() as session:
            return grade_and_record(session, self._content, attempt_id, question_id, given)

    def finish_check(self, attempt_id: int) -> CheckResult:
        """The check's result and the lesson's progress (best score, completed), in one transaction."""
        with self._writer.begin() as session:
            attempt, correct = attempts.finish(session, attempt_id)
            row = session.get(LessonProgress, (attempt.trainee_id, attempt.subject))
            if row is None:
                row = LessonProgress(trainee_id=attempt.trainee_id, article_id=attempt.subject)
                session.add(row)
            score = correct / attempt.total if attempt.total else 0.0
            row.best_score = max(row.best_score or 0.0, score)
            if attempt.passed and row.completed_at is None:
                row.completed_at = utcnow()
                stats.lesson_completed(session, attempt.trainee_id)
            return CheckResult(attempt.id, correct, attempt.total, bool(attempt.passed))

    def answers(self, attempt_id: int) -> dict[str, tuple[object, bool]]:
        with self._reader() as session:
            rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id))
            return {r.question_id: (json.loads(r.answer), r.correct) for r in rows}
