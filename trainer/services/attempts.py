"""The queries behind quiz attempts of every kind, inside the caller's transaction (a repository, not a service).

QuizService, LessonService and LiveService all record answers through here, so an answer is stored the same way
whichever screen or desk it came from: the answer as given, whether it was right, its competencies, its review
card and the revision of the question.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainer.db.models import QuizAnswer, QuizAttempt, utcnow
from trainer.engine.questions import passed
from trainer.services import stats
from trainer.services.review import add_missed


def start(session: Session, trainee_id: int, kind: str, subject: str, lang: str, question_ids: list[str], seed: int,
          pass_mark: float, spec: dict | None = None, assessment_id: int | None = None) -> int:
    attempt = QuizAttempt(trainee_id=trainee_id, kind=kind, subject=subject, lang=lang, seed=seed,
                          question_ids=json.dumps(question_ids), pass_mark=pass_mark, total=len(question_ids),
                          spec=json.dumps(spec) if spec else None, assessment_id=assessment_id, seconds_used=0.0)
    session.add(attempt)
    session.flush()
    return attempt.id


def record(session: Session, attempt_id: int, question_id: str, given, correct: bool, competencies: tuple[str, ...],
           review_item: str, revision: str | None, seconds_used: float | None = None) -> QuizAttempt:
    """One answer; answering the same question again replaces it. A wrong one is queued for review."""
    attempt = session.get(QuizAttempt, attempt_id)
    if attempt is None:
        from trainer.services.quizzes import QuizError

        raise QuizError("this quiz no longer exists")
    existing = session.scalar(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id,
                                                       QuizAnswer.question_id == question_id))
    text = json.dumps(given, ensure_ascii=False)
    was = None if existing is None else existing.correct
    if existing is None:
        session.add(QuizAnswer(attempt_id=attempt_id, question_id=question_id, answer=text, correct=correct,
                               content_revision=revision))
    else:
        existing.answer, existing.correct, existing.answered_at = text, correct, utcnow()
        existing.content_revision = revision
    if seconds_used is not None:
        attempt.seconds_used = seconds_used
    if not correct:
        add_missed(session, attempt.trainee_id, review_item)
    stats.answer(session, attempt.trainee_id, correct, competencies, was=was)
    return attempt


def finish(session: Session, attempt_id: int) -> tuple[QuizAttempt, int]:
    """Counts the right answers, sets passed and the finish time; returns the attempt and its right answers."""
    attempt = session.get(QuizAttempt, attempt_id)
    correct = session.scalar(select(func.count()).where(QuizAnswer.attempt_id == attempt_id,
                                                        QuizAnswer.correct.is_(True))) or 0
    attempt.correct = correct
    attempt.passed = passed(correct, attempt.total, attempt.pass_mark)
    attempt.finished_at = utcnow()
    stats.quiz_finished(session, attempt.trainee_id, attempt.passed,
                        correct / attempt.total if attempt.total else 0.0, attempt.kind == "assessment")
    return attempt, correct
