"""Role-play attempts: every move committed as it is made, the ending and scores when the play ends."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import ScenarioAttempt, ScenarioStep, utcnow
from trainer.engine.scenario import RATING_RANK, Step
from trainer.services import stats
from trainer.services.review import add_missed


@dataclass(frozen=True)
class AttemptRow:
    id: int
    scenario_id: str
    started_at: datetime
    finished_at: datetime | None
    rating: str | None
    scores: dict[str, int]
    maxima: dict[str, int]
    steps: int


@dataclass(frozen=True)
class StepRow:
    position: int
    node_id: str
    kind: str
    choice_id: str | None
    reply_text: str | None
    score: dict[str, int]
    phrase_hits: list[str]
    seconds: float
    was_best: bool


def play_share(scores: dict[str, int], maxima: dict[str, int]) -> float:
    """How much of the best possible a play earned: the mean over competencies of score / maximum (0..1)."""
    shares = [max(0, min(1, scores.get(c, 0) / top)) for c, top in maxima.items() if top > 0]
    return sum(shares) / len(shares) if shares else 0.0


class RolePlayService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

    def start(self, trainee_id: int, scenario_id: str, lang: str) -> int:
        with self._writer.begin() as session:
            attempt = ScenarioAttempt(trainee_id=trainee_id, scenario_id=scenario_id, lang=lang)
            session.add(attempt)
            session.flush()
            return attempt.id

    def record_step(self, attempt_id: int, step: Step, flags: frozenset[str]) -> None:
        with self._writer.begin() as session:
            position = session.scalar(select(func.count()).where(ScenarioStep.attempt_id == attempt_id)) or 0
            session.add(ScenarioStep(
                attempt_id=attempt_id, position=position, node_id=step.node_id, kind=step.kind,
                choice_id=step.choice_id, reply_text=step.reply_text, score=json.dumps(step.score),
                flags=json.dumps(sorted(flags)), phrase_hits=json.dumps([h.phrase_id for h in step.hits]),
                seconds=step.seconds, was_best=step.was_best,
            ))
            if step.hits:  # a forbidden phrase said in a reply comes back in review
                trainee_id = session.get(ScenarioAttempt, attempt_id).trainee_id
                for hit in step.hits:
                    add_missed(session, trainee_id, f"phrase:{hit.phrase_id}")

    def finish(self, attempt_id: int, ending: str, rating: str, scores: dict[str, int],
               maxima: dict[str, int]) -> None:
        with self._writer.begin() as session:
            attempt = session.get(ScenarioAttempt, attempt_id)
            attempt.finished_at = utcnow()
            attempt.ending = ending
            attempt.rating = rating
            attempt.scores = json.dumps(scores)
            attempt.maxima = json.dumps(maxima)
            stats.play_finished(session, attempt.trainee_id, play_share(scores, maxima))

    def best_ratings(self, trainee_id: int) -> dict[str, str]:
        with self._reader() as session:
            rows = session.execute(select(ScenarioAttempt.scenario_id, ScenarioAttempt.rating).where(
                ScenarioAttempt.trainee_id == trainee_id, ScenarioAttempt.rating.is_not(None))).all()
        best: dict[str, str] = {}
        for scenario_id, rating in rows:
            if scenario_id not in best or RATING_RANK[rating] > RATING_RANK[best[scenario_id]]:
                best[scenario_id] = rating
        return best

    def attempts(self, trainee_id: int) -> list[AttemptRow]:
        with self._reader() as session:
            counts = (select(ScenarioStep.attempt_id, func.count().label("n"))
                      .group_by(ScenarioStep.attempt_id).subquery())
            rows = session.execute(
                select(ScenarioAttempt, counts.c.n).outerjoin(counts, counts.c.attempt_id == ScenarioAttempt.id)
                .where(ScenarioAttempt.trainee_id == trainee_id).order_by(ScenarioAttempt.id)).all()
            return [AttemptRow(a.id, a.scenario_id, a.started_at, a.finished_at, a.rating,
                               json.loads(a.scores or "{}"), json.loads(a.maxima or "{}"), n or 0) for a, n in rows]

    def steps(self, attempt_id: int) -> list[StepRow]:
        with self._reader() as session:
            rows = session.scalars(select(ScenarioStep).where(ScenarioStep.attempt_id == attempt_id)
                                   .order_by(ScenarioStep.position))
            return [StepRow(r.position, r.node_id, r.kind, r.choice_id, r.reply_text, json.loads(r.score),
                            json.loads(r.phrase_hits), r.seconds, r.was_best) for r in rows]
