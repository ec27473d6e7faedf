"""Lesson progress and the lesson checks, committed as they happen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import LessonProgress, QuizAnswer, QuizAttempt, utcnow
from trainer.engine.questions import passed


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
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

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
            attempt = QuizAttempt(trainee_id=trainee_id, kind="lesson-check", subject=article_id, lang=lang,
                                  seed=seed, question_ids=json.dumps(question_ids), pass_mark=pass_mark,
                                  total=len(question_ids))
            session.add(attempt)
            session.flush()
            return attempt.id

    def record_answer(self, attempt_id: int, question_id: str, answer, correct: bool) -> None:
        """One answer, committed now: a crash a moment later loses nothing."""
        with self._writer.begin() as session:
            existing = session.scalar(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id,
                                                               QuizAnswer.question_id == question_id))
            if existing is None:
                session.add(QuizAnswer(attempt_id=attempt_id, question_id=question_id,
                                       answer=json.dumps(answer, ensure_ascii=False), correct=correct))
            else:
                existing.answer = json.dumps(answer, ensure_ascii=False)
                existing.correct = correct
                existing.answered_at = utcnow()

    def finish_check(self, attempt_id: int) -> CheckResult:
        with self._writer.begin() as session:
            attempt = session.get(QuizAttempt, attempt_id)
            correct = session.scalar(select(func.count()).where(QuizAnswer.attempt_id == attempt_id,
                                                                QuizAnswer.correct.is_(True))) or 0
            attempt.correct = correct
            attempt.passed = passed(correct, attempt.total, attempt.pass_mark)
            attempt.finished_at = utcnow()
            row = session.get(LessonProgress, (attempt.trainee_id, attempt.subject))
            if row is None:
                row = LessonProgress(trainee_id=attempt.trainee_id, article_id=attempt.subject)
                session.add(row)
            score = correct / attempt.total if attempt.total else 0.0
            row.best_score = max(row.best_score or 0.0, score)
            if attempt.passed and row.completed_at is None:
                row.completed_at = utcnow()
            return CheckResult(attempt.id, correct, attempt.total, attempt.passed)

    def answers(self, attempt_id: int) -> dict[str, tuple[object, bool, datetime]]:
        with self._reader() as session:
            rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id))
            return {r.question_id: (json.loads(r.answer), r.correct, r.answered_at) for r in rows}
