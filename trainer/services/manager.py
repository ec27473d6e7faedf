"""The manager's area: the passcode (rate-limited), the roster, the dashboard and the audit log.

Every method takes a ManagerSession, which only `unlock` hands out: a trainee's desk without the passcode
cannot read other trainees' records through this service.
"""

from __future__ import annotations

import json
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import AuditEntry, CompetencyStats, Manager, Trainee, TraineeStats, aware
from trainer.engine.mastery import weakest
from trainer.errors import AuthError, TrainerError
from trainer.services import roster
from trainer.services.passcodes import hash_secret, verify_secret
from trainer.services.profiles import MAX_NAME, ProfileError, clean_name
from trainer.services.stats import review_load

FREE_TRIES = 5
LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class ManagerSession:
    token: str
    name: str


@dataclass(frozen=True)
class DashboardRow:
    id: int
    name: str
    team: str
    intake: str
    active: bool
    lessons_completed: int
    answers: int
    correct: int
    quizzes_passed: int
    quizzes_failed: int
    best_quiz: float | None
    plays: int
    play_score: float
    last_activity: datetime | None
    competencies: dict[str, tuple[int, int]]  # competency -> (answers, correct)
    due_today: int = 0  # review cards due today (not overdue)
    overdue: int = 0  # review cards due before today

    @property
    def review_load(self) -> int:
        return self.due_today + self.overdue

    @property
    def average(self) -> float | None:
        return self.correct / self.answers if self.answers else None

    @cached_property
    def weakest_competency(self) -> str | None:
        return weakest(self)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    detail: dict


class ManagerGate:
    """The manager sessions unlocked in this process: the one check every manager-only call makes (the manager
    service and the reports share one gate; neither reaches into the other)."""

    def __init__(self) -> None:
        self.sessions: dict[str, ManagerSession] = {}

    def check(self, session: ManagerSession) -> ManagerSession:
        if not isinstance(session, ManagerSession) or self.sessions.get(session.token) != session:
            raise AuthError("the manager area is locked")
        return session


class ManagerService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session],
                 gate: ManagerGate | None = None) -> None:
        self._writer = writer
        self._reader = reader
        self._gate = gate or ManagerGate()
        self._sessions = self._gate.sessions

    # -- the passcode ----------------------------------------------------------------------------

    def unlock(self, passcode: str, now: datetime | None = None) -> ManagerSession:
        """The manager's session; AuthError on a wrong passcode, and for a while after too many."""
        now = now or datetime.now(timezone.utc)
        with self._writer.begin() as session:
            manager = session.scalars(select(Manager).limit(1)).first()
            if manager is None:
                raise AuthError("wrong passcode")
            locked = aware(manager.locked_until)
            if locked is not None and locked > now:
                wait = int((locked - now).total_seconds()) + 1
                raise AuthError("too many wrong passcodes: try again in {seconds} seconds", seconds=wait)
            if not verify_secret(passcode, manager.passcode_hash):
                manager.failed_attempts += 1
                extra = manager.failed_attempts - FREE_TRIES
                if extra >= 0:
                    seconds = min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2 ** extra)
                    manager.locked_until = now + timedelta(seconds=seconds)
                session.add(AuditEntry(actor="?", action="wrong-passcode", detail="{}"))
                failed = True
            else:
                manager.failed_attempts = 0
                manager.locked_until = None
                name = manager.name
                failed = False
        if failed:
            raise AuthError("wrong passcode")
        token = secrets.token_hex(16)
        self._sessions[token] = ManagerSession(token, name)
        return self._sessions[token]

    def _check(self, session: ManagerSession) -> ManagerSession:
        return self._gate.check(session)

    def lock(self, session: ManagerSession) -> None:
        self._sessions.pop(session.token, None)

    def change_passcode(self, session: ManagerSession, new_passcode: str) -> None:
        from trainer.services.passcodes import passcode_problem

        self._check(session)
        problem = passcode_problem(new_passcode)
        if problem:
            raise TrainerError(problem)
        with self._writer.begin() as db:
            manager = db.scalars(select(Manager).limit(1)).first()
            manager.passcode_hash = hash_secret(new_passcode)
            self._audit(db, session, "change-passcode", {})

    # -- audit -----------------------------------------------------------------------------------

    @staticmethod
    def _audit(db: Session, session: ManagerSession, action: str, detail: dict) -> None:
        db.add(AuditEntry(actor=session.name, action=action, detail=json.dumps(detail, ensure_ascii=False)))

    def audit_log(self, session: ManagerSession, limit: int = 500) -> list[AuditRow]:
        self._check(session)
        with self._reader() as db:
            rows = db.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            return [AuditRow(aware(r.at), r.actor, r.action, json.loads(r.detail)) for r in rows]

    # -- roster ----------------------------------------------------------------------------------

    def update_trainee(self, session: ManagerSession, trainee_id: int, *, name: str | None = None,
                       team: str | None = None, intake: str | None = None, active: bool | None = None) -> None:
        self._check(session)
        with self._writer.begin() as db:
            trainee = db.get(Trainee, trainee_id)
            if trainee is None:
                raise TrainerError("this trainee no longer exists")
            before = {"name": trainee.name, "team": trainee.team, "intake": trainee.intake, "active": trainee.active}
            if name is not None:
                name = clean_name(name)  # a blank or overlong name is refused in words, as when adding one
                taken = db.scalar(select(Trainee.id).where(Trainee.name == name, Trainee.id != trainee_id))
                if taken is not None:
                    raise ProfileError("a trainee named '{name}' exists already", name=name)
                trainee.name = name
            for value in (team, intake):
                if value is not None and len(value.strip()) > MAX_NAME:
                    raise ProfileError("a team or intake has at most {limit} characters", limit=MAX_NAME)
            if team is not None:
                trainee.team = team.strip() or None
            if intake is not None:
                trainee.intake = intake.strip() or None
            if active is not None:
                trainee.active = active
            after = {"name": trainee.name, "team": trainee.team, "intake": trainee.intake, "active": trainee.active}
            self._audit(db, session, "edit-trainee", {"trainee": trainee_id, "before": before, "after": after})

    def reset_trainee(self, session: ManagerSession, trainee_id: int) -> None:
        """Removes the trainee's records (answers, lessons, plays, reviews, totals); the profile stays."""
        from sqlalchemy import delete

        from trainer.db.models import (
            CompetencyStats, LessonProgress, QuizAttempt, ReviewCard, ReviewLog, ScenarioAttempt,
        )

        self._check(session)
        with self._writer.begin() as db:
            trainee = db.get(Trainee, trainee_id)
            if trainee is None:
                raise TrainerError("this trainee no longer exists")
            counts = {}
            # the assessments the manager assigned stay assigned: they are the manager's, not the trainee's records
            for model in (QuizAttempt, ScenarioAttempt, LessonProgress, ReviewCard, ReviewLog, CompetencyStats,
                          TraineeStats):
                counts[model.__tablename__] = db.execute(delete(model).where(model.trainee_id == trainee_id)).rowcount
            self._audit(db, session, "reset-trainee", {"trainee": trainee_id, "name": trainee.name, "removed": counts})

    def delete_trainee(self, session: ManagerSession, trainee_id: int) -> None:
        """Removes the trainee and every record of theirs (the database cascades to the records)."""
        self._check(session)
        with self._writer.begin() as db:
            trainee = db.get(Trainee, trainee_id)
            if trainee is None:
                raise TrainerError("this trainee no longer exists")
            name = trainee.name
            db.delete(trainee)
            self._audit(db, session, "delete-trainee", {"trainee": trainee_id, "name": name})

    def note(self, session: ManagerSession, action: str, detail: dict) -> None:
        """An audit entry for a manager action done outside this service (a backup, a restore)."""
        self._check(session)
        with self._writer.begin() as db:
            self._audit(db, session, action, detail)

    def import_roster(self, session: ManagerSession, data: bytes, file_name: str = "") -> tuple[int, int]:
        """All rows or none: (added, updated); RosterError lists every bad row and nothing is written."""
        self._check(session)
        rows = roster.parse(data)
        # a PIN's hash takes ~60 ms by design; OpenSSL lets go of the interpreter lock meanwhile, so every core
        # hashes, before the write transaction opens (200 PINs: 15 s on one core)
        # (one hash per row, each with its own salt: two trainees with one PIN must not show it by equal hashes)
        with_pin = [row for row in rows if row.pin]
        with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
            hashes = dict(zip((row.line for row in with_pin), pool.map(hash_secret, (row.pin for row in with_pin))))
        added = updated = 0
        with self._writer.begin() as db:
            existing = {t.name: t for t in db.scalars(select(Trainee))}
            for row in rows:
                trainee = existing.get(row.name)
                if trainee is None:
                    trainee = Trainee(name=row.name, team=row.team, intake=row.intake, active=True,
                                      pin_hash=hashes[row.line] if row.pin else None)
                    db.add(trainee)
                    added += 1
                else:
                    trainee.team = row.team or trainee.team
                    trainee.intake = row.intake or trainee.intake
                    trainee.active = True
                    if row.pin:
                        trainee.pin_hash = hashes[row.line]
                    updated += 1
            self._audit(db, session, "import-roster", {"file": file_name, "added": added, "updated": updated})
        return added, updated

    def groups(self, session: ManagerSession) -> tuple[list[str], list[str]]:
        self._check(session)
        with self._reader() as db:
            teams = sorted({t for t in db.scalars(select(Trainee.team)) if t})
            intakes = sorted({i for i in db.scalars(select(Trainee.intake)) if i})
        return teams, intakes

    # -- the dashboard ---------------------------------------------------------------------------

    def dashboard(self, session: ManagerSession, include_inactive: bool = False,
                  limit: int | None = None, now: datetime | None = None) -> list[DashboardRow]:
        """One row per trainee, by name, from the running totals (no scan of the answers) and the review cards
        due by tonight; `limit` rows first fill the screen at once while the whole list loads."""
        self._check(session)
        with self._reader() as db:
            return dashboard_rows(db, include_inactive=include_inactive, limit=limit, now=now)


def dashboard_rows(db: Session, trainee_id: int | None = None, include_inactive: bool = False,
                   limit: int | None = None, now: datetime | None = None) -> list[DashboardRow]:

    query = (select(Trainee.id, Trainee.name, Trainee.team, Trainee.intake, Trainee.active,
                    TraineeStats.lessons_completed, TraineeStats.answers, TraineeStats.correct,
                    TraineeStats.quizzes_passed, TraineeStats.quizzes_failed, TraineeStats.best_quiz,
                    TraineeStats.plays, TraineeStats.play_score, TraineeStats.last_activity)
             .outerjoin(TraineeStats, TraineeStats.trainee_id == Trainee.id))
    competency_query = select(CompetencyStats.trainee_id, CompetencyStats.competency, CompetencyStats.answers,
                              CompetencyStats.correct)
    if trainee_id is not None:
        query = query.where(Trainee.id == trainee_id)
        competency_query = competency_query.where(CompetencyStats.trainee_id == trainee_id)
    elif not include_inactive:
        query = query.where(Trainee.active.is_(True))
    query = query.order_by(Trainee.name, Trainee.id)
    ids = None
    if limit is not None:
        rows = db.execute(query.limit(limit)).all()
        ids = [r[0] for r in rows]
        competency_query = competency_query.where(CompetencyStats.trainee_id.in_(ids))
    else:
        rows = db.execute(query).all()
        if trainee_id is not None:
            ids = [trainee_id]
    competencies: dict[int, dict[str, tuple[int, int]]] = {}
    for tid, comp, answers, correct in db.execute(competency_query):
        competencies.setdefault(tid, {})[comp] = (answers, correct)
    load = review_load(db, now or datetime.now(timezone.utc), ids)
    result = [DashboardRow(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5] or 0, r[6] or 0, r[7] or 0,
                           r[8] or 0, r[9] or 0, r[10], r[11] or 0, r[12] or 0.0, aware(r[13]),
                           competencies.get(r[0], {}), *load.get(r[0], (0, 0))) for r in rows]
    for row in result:
        row.weakest_competency  # noqa: B018 - worked out here, in the worker thread, not while the table sorts
    return result
