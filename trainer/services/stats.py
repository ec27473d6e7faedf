"""Running totals for the dashboard, bumped inside the transaction that records the answer or play.

Updates are `SET x = x + 1` in SQL, so two desks recording at once on PostgreSQL cannot lose a count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from trainer.db.models import CompetencyStats, ReviewCard, TraineeStats, utcnow
from trainer.engine.mastery import review_day


def _bump(session: Session, trainee_id: int, **changes) -> None:
    values = {}
    for column, delta in changes.items():
        if column in ("last_activity", "best_quiz"):
            continue
        values[column] = getattr(TraineeStats, column) + delta
    values["last_activity"] = changes.get("last_activity") or utcnow()
    result = session.execute(update(TraineeStats).where(TraineeStats.trainee_id == trainee_id).values(**values))
    if result.rowcount == 0:
        row = TraineeStats(trainee_id=trainee_id, answers=0, correct=0, quizzes_passed=0, quizzes_failed=0,
                           lessons_completed=0, plays=0, play_score=0.0)
        for column, delta in changes.items():
            setattr(row, column, delta if column not in ("last_activity",) else delta)
        row.last_activity = values["last_activity"]
        session.add(row)
        session.flush()


def answer(session: Session, trainee_id: int, correct: bool, competencies: tuple[str, ...],
           at: datetime | None = None, was: bool | None = None) -> None:
    """A new answer (was=None), or a changed one (was = whether the earlier answer was right)."""
    answers = 1 if was is None else 0
    delta = int(correct) - (int(was) if was is not None else 0)
    _bump(session, trainee_id, answers=answers, correct=delta, last_activity=at)
    for comp in competencies:
        result = session.execute(update(CompetencyStats).where(
            CompetencyStats.trainee_id == trainee_id, CompetencyStats.competency == comp).values(
            answers=CompetencyStats.answers + answers, correct=CompetencyStats.correct + delta))
        if result.rowcount == 0:
            session.add(CompetencyStats(trainee_id=trainee_id, competency=comp, answers=answers, correct=delta))
            session.flush()


def quiz_finished(session: Session, trainee_id: int, passed: bool, share: float, assessment: bool) -> None:
    """Every finished quiz counts for the best score; only assessments count as passed or failed."""
    _bump(session, trainee_id, quizzes_passed=int(assessment and passed), quizzes_failed=int(assessment and not passed))
    row = session.get(TraineeStats, trainee_id)
    if row.best_quiz is None or share > row.best_quiz:
        row.best_quiz = share


def lesson_completed(session: Session, trainee_id: int) -> None:
    _bump(session, trainee_id, lessons_completed=1)


def play_finished(session: Session, trainee_id: int, share: float) -> None:
    _bump(session, trainee_id, plays=1, play_score=share)


def review_load(session: Session, now: datetime, trainee_ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
    """trainee id -> (cards due today, cards overdue), for trainees with any: one grouped count over the cards
    due before tomorrow (the due column is indexed), `trainee_ids` only when given."""
    today, tomorrow = review_day(now)
    overdue = func.sum(case((ReviewCard.due < today, 1), else_=0))
    query = (select(ReviewCard.trainee_id, func.count(), overdue)
             .where(ReviewCard.due < tomorrow).group_by(ReviewCard.trainee_id))
    if trainee_ids is not None:
        query = query.where(ReviewCard.trainee_id.in_(trainee_ids))
    return {tid: (count - (late or 0), late or 0) for tid, count, late in session.execute(query)}
