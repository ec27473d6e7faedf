"""Role-play attempts: every move committed as it is made, the ending and scores when the play ends."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import ScenarioAttempt, ScenarioStep, utcnow
from trainer.engine.scenario import RATING_RANK, UNRATED, ScenarioRun, Step, best_path_length
from trainer.errors import TrainerError
from trainer.services import stats
from trainer.services.content import ContentRepository
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


class PlayError(TrainerError):
    pass


@dataclass(frozen=True)
class PlayView:
    """Where a play stands, for the screen: the node the trainee is at, what is on offer, the moves so far and,
    once it has ended, the rating and scores. (The scenario is content, read-only.)"""

    attempt_id: int
    scenario: object  # ScenarioFile
    revision: str
    node_id: str
    flags: frozenset[str]
    steps: tuple[Step, ...]
    offered: tuple  # the choices on offer now (Choice)
    rating: str | None
    totals: dict[str, int]
    maxima: dict[str, int]

    @property
    def node(self):
        return self.scenario.nodes[self.node_id]

    @property
    def finished(self) -> bool:
        return self.node.ending is not None

    @property
    def ending(self):
        return self.node.ending

    @property
    def ending_rating(self) -> str | None:
        """The ending's own rating (an unrated draft ending counts as UNRATED); `rating` may be capped below it."""
        return (self.ending.rating or UNRATED) if self.ending is not None else None

    def choices(self) -> list:
        return list(self.offered)

    @classmethod
    def of(cls, attempt_id: int, run: ScenarioRun, revision: str) -> "PlayView":
        return cls(attempt_id, run.scenario, revision, run.node_id, run.flags, tuple(run.steps),
                   tuple(run.choices()), run.rating, dict(run.totals), run.maxima)


@dataclass(frozen=True)
class StepOutcome:
    """A move, graded: the step (score, feedback, the better choice, phrases said) and where the play is now."""

    step: Step
    play: PlayView


class RolePlayService:
    """A play runs here: the screen says what the trainee chose or typed, the service moves the scenario on, grades
    the move and records it (with the scenario's revision) in one transaction, and the last move finishes the play
    in the same transaction. Plays under way are kept in memory: a play is one sitting at one desk."""

    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session],
                 content: ContentRepository) -> None:
        self._writer = writer
        self._reader = reader
        self._content = content
        self._runs: dict[int, tuple[ScenarioRun, str]] = {}
        self._lengths: dict[tuple[str, str], int] = {}  # (scenario, revision) -> moves of its best way
        self._lock = threading.Lock()

    def start(self, trainee_id: int, scenario_id: str, lang: str) -> PlayView:
        scenario = self._content.scenario(scenario_id)
        run = ScenarioRun(scenario.item, self._content.checker().item)
        with self._writer.begin() as session:
            attempt = ScenarioAttempt(trainee_id=trainee_id, scenario_id=scenario_id, lang=lang,
                                      content_revision=scenario.revision)
            session.add(attempt)
            session.flush()
            attempt_id = attempt.id
        self._runs[attempt_id] = (run, scenario.revision)
        return PlayView.of(attempt_id, run, scenario.revision)

    def choose(self, attempt_id: int, choice_id: str, seconds: float | None = None) -> StepOutcome:
        return self._move(attempt_id, lambda run: run.choose(choice_id, seconds))

    def reply(self, attempt_id: int, text: str, lang: str, seconds: float | None = None) -> StepOutcome:
        return self._move(attempt_id, lambda run: run.reply(text, lang, seconds))

    def timeout(self, attempt_id: int) -> StepOutcome:
        """The step's time ran out: the author's `on_timeout` choice is taken."""
        return self._move(attempt_id, lambda run: run.timeout(seconds=float(run.node.timer or 0)))

    def _move(self, attempt_id: int, move) -> StepOutcome:
        if attempt_id not in self._runs:
            raise PlayError("this play has ended")
        run, revision = self._runs[attempt_id]
        before = (run.flags, run.node_id, len(run.steps), dict(run.totals))
        try:
            step = move(run)
        except ValueError:
            raise PlayError("this move is not on offer here") from None
        try:
            with self._writer.begin() as session:
                self._record_step(session, attempt_id, step, run.flags, revision)
                if run.finished:
                    self._finish(session, attempt_id, run.node_id, run.rating, run.totals, run.maxima)
        except BaseException:
            run.flags, run._node_id, run.totals = before[0], before[1], before[3]  # not recorded: not made
            del run.steps[before[2]:]
            raise
        if run.finished:
            del self._runs[attempt_id]
        return StepOutcome(step, PlayView.of(attempt_id, run, revision))

    @staticmethod
    def _record_step(session: Session, attempt_id: int, step: Step, flags: frozenset[str], revision: str) -> None:
        position = session.scalar(select(func.count()).where(ScenarioStep.attempt_id == attempt_id)) or 0
        session.add(ScenarioStep(
            attempt_id=attempt_id, position=position, node_id=step.node_id, kind=step.kind,
            choice_id=step.choice_id, reply_text=step.reply_text, score=json.dumps(step.score),
            flags=json.dumps(sorted(flags)), phrase_hits=json.dumps([h.phrase_id for h in step.hits]),
            seconds=step.seconds, was_best=step.was_best, content_revision=revision,
        ))
        if step.hits:  # a forbidden phrase said in a reply comes back in review
            trainee_id = session.get(ScenarioAttempt, attempt_id).trainee_id
            for hit in step.hits:
                add_missed(session, trainee_id, f"phrase:{hit.phrase_id}")

    @staticmethod
    def _finish(session: Session, attempt_id: int, ending: str, rating: str, scores: dict[str, int],
                maxima: dict[str, int]) -> None:
        attempt = session.get(ScenarioAttempt, attempt_id)
        attempt.finished_at = utcnow()
        attempt.ending = ending
        attempt.rating = rating
        attempt.scores = json.dumps(scores)
        attempt.maxima = json.dumps(maxima)
        stats.play_finished(session, attempt.trainee_id, play_share(scores, maxima))

    def overview(self, trainee_id: int | None) -> dict[str, tuple[int, str | None]]:
        """Every scenario of the content: about how many moves its best way takes, and the trainee's best rating
        of it so far (None: not played)."""
        best = self.best_ratings(trainee_id) if trainee_id is not None else {}
        catalog = self._content.catalog()
        with self._lock:
            for scenario_id, scenario in catalog.scenarios.items():
                key = (scenario_id, self._content.scenario(scenario_id).revision)
                if key not in self._lengths:
                    self._lengths[key] = best_path_length(scenario)
            lengths = {sid: self._lengths[(sid, self._content.scenario(sid).revision)] for sid in catalog.scenarios}
        return {sid: (lengths[sid], best.get(sid)) for sid in catalog.scenarios}

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
