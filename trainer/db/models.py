"""Typed SQLAlchemy 2 models. The naming convention keeps constraint names equal on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean, DateTime, Float, ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData, String, Text,
    UniqueConstraint, text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime | None) -> datetime | None:
    """A stored time with its zone: SQLite returns the UTC times it was given without one."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Manager(Base):
    """The single manager account; the passcode is stored only as a salted scrypt hash."""

    __tablename__ = "manager"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    passcode_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Trainee(Base):
    __tablename__ = "trainee"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    team: Mapped[str | None] = mapped_column(String(100))
    intake: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Preference(Base):
    """Per-trainee preferences that follow the trainee to any desk on a shared database."""

    __tablename__ = "preference"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(1000))


class LessonProgress(Base):
    """A trainee's progress in one lesson: when it was opened, and when its check was passed."""

    __tablename__ = "lesson_progress"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    first_opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    best_score: Mapped[float | None] = mapped_column(Float)  # best share of right answers in the check, 0..1


class QuizAttempt(Base):
    """One go at a set of questions: a lesson check, a practice quiz or an assessment."""

    __tablename__ = "quiz_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # lesson-check | practice | assessment
    subject: Mapped[str] = mapped_column(String(100))  # the article id of a lesson check, else the quiz's name
    lang: Mapped[str] = mapped_column(String(5))
    seed: Mapped[int] = mapped_column(Integer)
    question_ids: Mapped[str] = mapped_column(Text)  # JSON list, in the order shown
    pass_mark: Mapped[float] = mapped_column(Float)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    correct: Mapped[int | None] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    spec: Mapped[str | None] = mapped_column(Text)  # JSON QuizSpec (practice and assessments)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id", ondelete="SET NULL"))
    seconds_used: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class QuizAnswer(Base):
    """One answer, committed the moment it is given."""

    __tablename__ = "quiz_answer"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempt.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(100))
    answer: Mapped[str] = mapped_column(Text)  # JSON, in the question's own option indexes
    correct: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    content_revision: Mapped[str | None] = mapped_column(String(40))  # of the item answered (services.content)


class ScenarioAttempt(Base):
    """One play of a role-play scenario."""

    __tablename__ = "scenario_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), index=True)
    scenario_id: Mapped[str] = mapped_column(String(100))
    lang: Mapped[str] = mapped_column(String(5))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ending: Mapped[str | None] = mapped_column(String(100))  # the ending node
    rating: Mapped[str | None] = mapped_column(String(20))  # excellent | acceptable | failed
    scores: Mapped[str | None] = mapped_column(Text)  # JSON {competency: total}
    maxima: Mapped[str | None] = mapped_column(Text)  # JSON {competency: highest possible}
    content_revision: Mapped[str | None] = mapped_column(String(40))  # of the scenario played (services.content)


class ScenarioStep(Base):
    """One move in a play, committed as it is made."""

    __tablename__ = "scenario_step"
    __table_args__ = (UniqueConstraint("attempt_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("scenario_attempt.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    node_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # choice | reply | timeout
    choice_id: Mapped[str | None] = mapped_column(String(100))
    reply_text: Mapped[str | None] = mapped_column(Text)
    score: Mapped[str] = mapped_column(Text)  # JSON {competency: delta}
    flags: Mapped[str] = mapped_column(Text)  # JSON list, after the move
    phrase_hits: Mapped[str] = mapped_column(Text)  # JSON list of forbidden phrase ids
    seconds: Mapped[float] = mapped_column(Float)
    was_best: Mapped[bool] = mapped_column(Boolean)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    content_revision: Mapped[str | None] = mapped_column(String(40))  # of the scenario played (services.content)


class Assessment(Base):
    """A named quiz a manager saved, to assign to trainees."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(Text)  # JSON QuizSpec
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Assignment(Base):
    __tablename__ = "assignment"

    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewCard(Base):
    """Something a trainee missed (a question or a phrase), scheduled with FSRS."""

    __tablename__ = "review_card"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(120), primary_key=True)  # a question id, or phrase:<id>
    card: Mapped[str] = mapped_column(Text)  # FSRS card as JSON
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewLog(Base):
    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(120))
    rating: Mapped[int] = mapped_column(Integer)  # 1 again, 2 hard, 3 good, 4 easy
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TraineeStats(Base):
    """Running totals per trainee, kept up to date in the transaction that records each answer or play,
    so the manager's dashboard reads one row per trainee instead of scanning every answer."""

    __tablename__ = "trainee_stats"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    answers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    correct: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    quizzes_passed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    quizzes_failed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    best_quiz: Mapped[float | None] = mapped_column(Float)  # best share right in a finished quiz
    lessons_completed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plays: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    play_score: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")  # sum of shares of maximum
    last_activity: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CompetencyStats(Base):
    """Answers and right answers per trainee and competency (from the articles the questions test)."""

    __tablename__ = "competency_stats"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    competency: Mapped[str] = mapped_column(String(64), primary_key=True)
    answers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    correct: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AuditEntry(Base):
    """Every manager action that changes records."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)  # JSON


class LiveSession(Base):
    """A quiz or a role-play a presenter runs with a class; trainees join it with its code from their own desks."""

    __tablename__ = "live_session"
    __table_args__ = (
        # a code is unique among the open sessions only (a closed session's code may come round again)
        Index("ix_live_session_open_code", "code", unique=True, sqlite_where=text("closed_at IS NULL"),
              postgresql_where=text("closed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(6))
    kind: Mapped[str] = mapped_column(String(20))  # quiz | roleplay
    title: Mapped[str] = mapped_column(String(100))
    lang: Mapped[str] = mapped_column(String(5))
    item: Mapped[str | None] = mapped_column(String(100))  # the question or scenario node everyone is on
    item_index: Mapped[int] = mapped_column(Integer, default=0)
    options: Mapped[int] = mapped_column(Integer, default=0)  # choices of the current item
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    question_ids: Mapped[str] = mapped_column(Text)  # JSON list (a quiz's questions in order; [] for a role-play)
    seed: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # JSON: the presenter's items as served (questions, or the scenario), so every desk answers and is graded
    # against what the class sees, whatever content its own files hold
    content: Mapped[str | None] = mapped_column(Text)
    offered: Mapped[str | None] = mapped_column(Text)  # JSON: role-play, the choice ids on offer at the step shown


class LiveParticipant(Base):
    """A trainee who joined a live session; in a quiz, their own attempt that their answers go into."""

    __tablename__ = "live_participant"

    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id", ondelete="CASCADE"), primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("quiz_attempt.id", ondelete="SET NULL"))
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LiveAnswer(Base):
    """A participant's current answer to one item. The key leads with (session, item), so the presenter's tally,
    read twice a second, is one index range."""

    __tablename__ = "live_answer"
    __table_args__ = (
        ForeignKeyConstraint(["session_id", "trainee_id"],
                             ["live_participant.session_id", "live_participant.trainee_id"], ondelete="CASCADE"),
    )

    session_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(100), primary_key=True)
    trainee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    choice: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    content_revision: Mapped[str | None] = mapped_column(String(40))  # of the item answered (services.content)


# -- the organisation's content library (trainer.services.library) -----------------------------------------------


class LibraryItem(Base):
    """A published item of the organisation's content: its path inside the content folder and its text in the
    content file format; `hidden` hides the reference file of that path."""

    __tablename__ = "library_item"

    path: Mapped[str] = mapped_column(String(200), primary_key=True)  # articles/phone-conduct.zh.md
    text: Mapped[str | None] = mapped_column(Text)  # None when hidden
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer)  # the number of its latest revision
    author: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LibraryRevision(Base):
    """Each published state of an item, with who, when and why; `text` None and hidden False: back to the
    reference."""

    __tablename__ = "library_revision"
    __table_args__ = (UniqueConstraint("path", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(200), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    publication_id: Mapped[int] = mapped_column(ForeignKey("library_publication.id", ondelete="CASCADE"))


class LibraryDraft(Base):
    """An unpublished change to one item; `token` changes with every save, so a save made from an older copy is
    refused instead of overwriting someone else's."""

    __tablename__ = "library_draft"

    path: Mapped[str] = mapped_column(String(200), primary_key=True)
    text: Mapped[str | None] = mapped_column(Text)  # None: hide (hidden) or back to the reference (not hidden)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    token: Mapped[str] = mapped_column(String(32))


class LibraryPublication(Base):
    """One publish: every desk reloads its content when a newer one appears."""

    __tablename__ = "library_publication"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[int] = mapped_column(Integer, default=0)
