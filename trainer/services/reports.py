"""What reports and exports are made of, read for the manager: attempts, answers, item statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import (
    LessonProgress, QuizAnswer, QuizAttempt, ScenarioAttempt, ScenarioStep, Trainee, aware,
)
from trainer.engine.analysis import ItemStats, Response, item_analysis
from trainer.services.manager import ManagerGate, ManagerSession


@dataclass(frozen=True)
class AttemptExport:
    trainee_id: int
    trainee: str
    kind: str  # lesson-check | practice | assessment | role-play
    subject: str
    started_at: datetime
    finished_at: datetime | None
    correct: int | None
    total: int | None
    passed: bool | None
    rating: str | None


@dataclass(frozen=True)
class AnswerExport:
    trainee_id: int
    trainee: str
    attempt_id: int
    kind: str
    subject: str
    question_id: str
    answer: str
    correct: bool
    answered_at: datetime
    revision: str | None = None  # of the question when it was answered


@dataclass(frozen=True)
class LessonExport:
    trainee_id: int
    trainee: str
    article_id: str
    completed_at: datetime


class ReportService:
    def __init__(self, reader: sessionmaker[Session], gate: ManagerGate) -> None:
        self._reader = reader
        self._gate = gate

    def _trainees(self, db: Session, group: str | None, trainee: str | None) -> dict[int, str]:
        query = select(Trainee.id, Trainee.name)
        if group:
            query = query.where((Trainee.team == group) | (Trainee.intake == group))
        if trainee:
            query = query.where(Trainee.name == trainee)
        return dict(db.execute(query).all())

    def attempts(self, session: ManagerSession, group: str | None = None, trainee: str | None = None
                 ) -> list[AttemptExport]:
        self._gate.check(session)
        with self._reader() as db:
            names = self._trainees(db, group, trainee)
            out = [AttemptExport(a.trainee_id, names[a.trainee_id], a.kind, a.subject, aware(a.started_at),
                                 aware(a.finished_at), a.correct, a.total, a.passed, None)
                   for a in db.scalars(select(QuizAttempt).where(QuizAttempt.trainee_id.in_(names)))]
            out += [AttemptExport(a.trainee_id, names[a.trainee_id], "role-play", a.scenario_id, aware(a.started_at),
                                  aware(a.finished_at), None, None, None, a.rating)
                    for a in db.scalars(select(ScenarioAttempt).where(ScenarioAttempt.trainee_id.in_(names)))]
        return sorted(out, key=lambda a: (a.trainee, a.started_at))

    def answers(self, session: ManagerSession, group: str | None = None, trainee: str | None = None
                ) -> list[AnswerExport]:
        self._gate.check(session)
        with self._reader() as db:
            names = self._trainees(db, group, trainee)
            rows = db.execute(select(QuizAttempt.trainee_id, QuizAttempt.id, QuizAttempt.kind, QuizAttempt.subject,
                                     QuizAnswer.question_id, QuizAnswer.answer, QuizAnswer.correct,
                                     QuizAnswer.answered_at, QuizAnswer.content_revision)
                              .join(QuizAnswer, QuizAnswer.attempt_id == QuizAttempt.id)
                              .where(QuizAttempt.trainee_id.in_(names)).order_by(QuizAnswer.id))
            return [AnswerExport(t, names[t], a, k, s, q, ans, c, aware(at), rev)
                    for t, a, k, s, q, ans, c, at, rev in rows]

    def lessons(self, session: ManagerSession, group: str | None = None, trainee: str | None = None
                ) -> list[LessonExport]:
        self._gate.check(session)
        with self._reader() as db:
            names = self._trainees(db, group, trainee)
            rows = db.scalars(select(LessonProgress).where(LessonProgress.trainee_id.in_(names),
                                                           LessonProgress.completed_at.is_not(None)))
            return [LessonExport(r.trainee_id, names[r.trainee_id], r.article_id, aware(r.completed_at)) for r in rows]

    def items(self, session: ManagerSession, group: str | None = None, kinds=("practice", "assessment"),
              current: dict[str, str] | None = None, current_only: bool = False) -> list[ItemStats]:
        """Facility and discrimination per question over the finished quizzes of the group; with `current`
        (question id -> its revision now), answers to earlier versions are counted, or left out (`current_only`)."""
        self._gate.check(session)
        with self._reader() as db:
            names = self._trainees(db, group, None)
            attempts = {a.id: (a.correct or 0, a.total) for a in db.scalars(
                select(QuizAttempt).where(QuizAttempt.trainee_id.in_(names), QuizAttempt.kind.in_(kinds),
                                          QuizAttempt.finished_at.is_not(None)))}
            responses = [Response(a, q, c, ans, rev) for a, q, c, ans, rev in db.execute(
                select(QuizAnswer.attempt_id, QuizAnswer.question_id, QuizAnswer.correct, QuizAnswer.answer,
                       QuizAnswer.content_revision)
                .join(QuizAttempt, QuizAttempt.id == QuizAnswer.attempt_id)
                .where(QuizAttempt.trainee_id.in_(names), QuizAttempt.kind.in_(kinds),
                       QuizAttempt.finished_at.is_not(None)))]
        return item_analysis(responses, attempts, current, current_only)

    def wrong_turns(self, session: ManagerSession, group: str | None = None) -> list[tuple[str, str | None]]:
        """(scenario, choice) of every move that was not the best, and (question, None) of every wrong answer."""
        self._gate.check(session)
        with self._reader() as db:
            names = self._trainees(db, group, None)
            steps = db.execute(select(ScenarioAttempt.scenario_id, ScenarioStep.node_id, ScenarioStep.choice_id)
                               .join(ScenarioStep, ScenarioStep.attempt_id == ScenarioAttempt.id)
                               .where(ScenarioAttempt.trainee_id.in_(names), ScenarioStep.was_best.is_(False)))
            out = [(f"{s}:{n}", c) for s, n, c in steps]
            wrong = db.execute(select(QuizAnswer.question_id).join(QuizAttempt, QuizAttempt.id == QuizAnswer.attempt_id)
                               .where(QuizAttempt.trainee_id.in_(names), QuizAnswer.correct.is_(False)))
            out += [(q, None) for (q,) in wrong]
        return out
