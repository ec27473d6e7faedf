"""Quiz attempts of every kind (lesson checks, practice, assessments), assessments and their assignment.

Each answer is committed when it is given, with the time used so far, so a quiz interrupted by a crash
resumes at the next question with the time that was left. A wrong answer becomes a review card at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import Assessment, Assignment, QuizAnswer, QuizAttempt
from trainer.engine.grading import grade
from trainer.engine.quiz import QuizSpec, question_competencies, review_item
from trainer.errors import TrainerError
from trainer.services import attempts
from trainer.services.content import ContentRepository


@dataclass(frozen=True)
class AttemptInfo:
    id: int
    kind: str
    subject: str
    question_ids: list[str]
    seed: int
    spec: QuizSpec | None
    seconds_used: float
    answered: dict[str, object]  # question id -> answer
    assessment_id: int | None
    right: dict[str, bool] = field(default_factory=dict)  # question id -> whether its answer was right


@dataclass(frozen=True)
class QuizResult:
    attempt_id: int
    correct: int
    total: int
    passed: bool


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    name: str
    spec: QuizSpec
    assigned_to: tuple[int, ...]


class QuizError(TrainerError):
    pass


@dataclass(frozen=True)
class AnswerOutcome:
    """What the screen shows after an answer: right or not, and the forbidden phrases a typed one held. The
    explanation and the clauses to cite are the question's own (the screen holds the question)."""

    question_id: str
    given: object
    correct: bool
    hits: tuple = ()
    revision: str = ""


def grade_and_record(session: Session, content: ContentRepository, attempt_id: int, question_id: str, given,
                     seconds_used: float | None = None) -> AnswerOutcome:
    """Within the caller's transaction: grade `given` with the one engine and record it with its competencies,
    review card and the question's revision. The quiz page, the lesson check and a live desk all come here."""
    question = content.question(question_id)
    verdict = grade(question.item, given, content.checker().item)
    attempts.record(session, attempt_id, question_id, given, verdict.correct,
                    question_competencies(content.catalog(), question.item), review_item(question.item),
                    question.revision, seconds_used)
    return AnswerOutcome(question_id, given, verdict.correct, verdict.hits, question.revision)


class QuizService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session],
                 content: ContentRepository) -> None:
        self._writer = writer
        self._reader = reader
        self._content = content

    # -- attempts --------------------------------------------------------------------------------

    def start(self, trainee_id: int, kind: str, subject: str, lang: str, question_ids: list[str], seed: int,
              pass_mark: float, spec: QuizSpec | None = None, assessment_id: int | None = None) -> int:
        with self._writer.begin() as session:
            return attempts.start(session, trainee_id, kind, subject, lang, question_ids, seed, pass_mark,
                                  spec.to_dict() if spec else None, assessment_id)

    def answer(self, attempt_id: int, question_id: str, given, seconds_used: float | None = None) -> AnswerOutcome:
        """The trainee's answer (`given`: in the question's own option indexes, True/False, a number or typed
        text; None when the time ran out), graded and committed now with the time used so far."""
        with self._writer.begin() as session:
            return grade_and_record(session, self._content, attempt_id, question_id, given, seconds_used)

    def save_time(self, attempt_id: int, seconds_used: float) -> None:
        with self._writer.begin() as session:
            session.get(QuizAttempt, attempt_id).seconds_used = seconds_used

    def finish(self, attempt_id: int) -> QuizResult:
        with self._writer.begin() as session:
            attempt, correct = attempts.finish(session, attempt_id)
            return QuizResult(attempt.id, correct, attempt.total, attempt.passed)

    def answers(self, attempt_id: int) -> dict[str, tuple[object, bool]]:
        with self._reader() as session:
            rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id))
            return {r.question_id: (json.loads(r.answer), r.correct) for r in rows}

    def unfinished(self, trainee_id: int, kinds: tuple[str, ...] = ("practice", "assessment")) -> AttemptInfo | None:
        """The trainee's latest quiz that was left unfinished (the app was closed or killed), to resume."""
        with self._reader() as session:
            attempt = session.scalars(select(QuizAttempt).where(
                QuizAttempt.trainee_id == trainee_id, QuizAttempt.finished_at.is_(None),
                QuizAttempt.kind.in_(kinds)).order_by(QuizAttempt.id.desc()).limit(1)).first()
            if attempt is None:
                return None
            rows = list(session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt.id)))
            return AttemptInfo(attempt.id, attempt.kind, attempt.subject, json.loads(attempt.question_ids),
                               attempt.seed, QuizSpec.from_dict(json.loads(attempt.spec)) if attempt.spec else None,
                               attempt.seconds_used, {r.question_id: json.loads(r.answer) for r in rows},
                               attempt.assessment_id, {r.question_id: r.correct for r in rows})

    # -- assessments (the manager's) --------------------------------------------------------------

    def save_assessment(self, name: str, spec: QuizSpec) -> int:
        name = " ".join(name.split())
        if not name:
            raise QuizError("an assessment needs a name")
        try:
            with self._writer.begin() as session:
                row = Assessment(name=name, spec=json.dumps(spec.to_dict(), ensure_ascii=False), active=True)
                session.add(row)
                session.flush()
                return row.id
        except IntegrityError:
            raise QuizError("an assessment named '{name}' exists already", name=name) from None

    def assign(self, assessment_id: int, trainee_ids: list[int]) -> None:
        with self._writer.begin() as session:
            have = set(session.scalars(select(Assignment.trainee_id).where(
                Assignment.assessment_id == assessment_id)))
            for trainee_id in set(trainee_ids) - have:
                session.add(Assignment(assessment_id=assessment_id, trainee_id=trainee_id))

    def assessments(self) -> list[AssessmentRow]:
        with self._reader() as session:
            rows = session.scalars(select(Assessment).where(Assessment.active.is_(True)).order_by(Assessment.name))
            out = []
            for row in rows:
                assigned = tuple(session.scalars(select(Assignment.trainee_id).where(
                    Assignment.assessment_id == row.id)))
                out.append(AssessmentRow(row.id, row.name, QuizSpec.from_dict(json.loads(row.spec)), assigned))
            return out

    def assessment_outcomes(self, trainee_id: int) -> dict[int, bool]:
        """For each assessment the trainee has finished at least once: whether any of those attempts passed."""
        with self._reader() as session:
            rows = session.execute(select(QuizAttempt.assessment_id, QuizAttempt.passed).where(
                QuizAttempt.trainee_id == trainee_id, QuizAttempt.assessment_id.is_not(None),
                QuizAttempt.finished_at.is_not(None)))
            outcomes: dict[int, bool] = {}
            for assessment_id, ok in rows:
                outcomes[assessment_id] = outcomes.get(assessment_id, False) or bool(ok)
            return outcomes

    def assigned_to(self, trainee_id: int) -> list[AssessmentRow]:
        return [a for a in self.assessments() if trainee_id in a.assigned_to]
