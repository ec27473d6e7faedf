"""A trainee's own record, for the "My progress" page: only ever the signed-in trainee's rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import QuizAttempt, Trainee, aware
from trainer.services.manager import DashboardRow, dashboard_rows
from trainer.services.reports import AttemptExport


class ProgressService:
    def __init__(self, reader: sessionmaker[Session]) -> None:
        self._reader = reader

    def summary(self, trainee_id: int) -> DashboardRow | None:
        with self._reader() as db:
            rows = dashboard_rows(db, trainee_id=trainee_id)
        return rows[0] if rows else None

    def answers(self, trainee_id: int) -> list[tuple[str, bool]]:
        """(question id, correct) of every answer the trainee gave."""
        from trainer.db.models import QuizAnswer

        with self._reader() as db:
            return [(q, c) for q, c in db.execute(
                select(QuizAnswer.question_id, QuizAnswer.correct)
                .join(QuizAttempt, QuizAttempt.id == QuizAnswer.attempt_id)
                .where(QuizAttempt.trainee_id == trainee_id))]

    def quizzes(self, trainee_id: int) -> list[AttemptExport]:
        with self._reader() as db:
            name = db.get(Trainee, trainee_id).name
            rows = db.scalars(select(QuizAttempt).where(QuizAttempt.trainee_id == trainee_id)
                              .order_by(QuizAttempt.id))
            return [AttemptExport(trainee_id, name, a.kind, a.subject, aware(a.started_at), aware(a.finished_at),
                                  a.correct, a.total, a.passed, None) for a in rows]
