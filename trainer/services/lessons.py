"""Lesson progress and the lesson checks, committed as they happen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import LessonProgress, QuizAttempt, utcnow
from trainer.services import stats
from trainer.services.quizzes import QuizService


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
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session], quizzes: QuizService) -> None:
        self._writer = writer
        self._reader = reader
        self._quizzes = quizzes

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
        return self._quizzes.start(trainee_id, "lesson-check", article_id, lang, question_ids, seed, pass_mark)

    def record_answer(self, attempt_id: int, question_id: str, answer, correct: bool,
                      competencies: tuple[str, ...] = ()) -> None:
        """One answer, committed now: a crash a moment later loses nothing. A wrong one is queued for review."""
        self._quizzes.record_answer(attempt_id, question_id, answer, correct, competencies=competencies)

    def finish_check(self, attempt_id: int) -> CheckResult:
        result = self._quizzes.finish(attempt_id)
        with self._writer.begin() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            row = session.get(LessonProgress, (attempt.trainee_id, attempt.subject))
            if row is None:
                row = LessonProgress(trainee_id=attempt.trainee_id, article_id=attempt.subject)
                session.add(row)
            score = result.correct / result.total if result.total else 0.0
            row.best_score = max(row.best_score or 0.0, score)
            if result.passed and row.completed_at is None:
                row.completed_at = utcnow()
                stats.lesson_completed(session, attempt.trainee_id)
        return CheckResult(result.attempt_id, result.correct, result.total, result.passed)

    def answers(self, attempt_id: int) -> dict[str, tuple[object, bool]]:
        return self._quizzes.answers(attempt_id)
