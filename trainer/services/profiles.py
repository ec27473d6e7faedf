"""The manager account and the trainees: first run, the trainee list, PINs and preferences."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import Manager, Preference, Trainee, utcnow
from trainer.errors import AuthError, TrainerError
from trainer.services.rows import TraineeRow
from trainer.services.passcodes import hash_secret, passcode_problem, pin_digits, verify_secret


def _row(row: Trainee) -> TraineeRow:
    return TraineeRow(id=row.id, name=row.name, has_pin=row.pin_hash is not None, active=row.active)


class ProfileError(TrainerError):
    pass


MAX_NAME = 100


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ProfileError("a name is required")
    if len(name) > MAX_NAME:
        raise ProfileError("a name has at most {limit} characters", limit=MAX_NAME)
    return name


def _check_pin(pin: str | None) -> str | None:
    if pin is None or pin == "":
        return None
    digits = pin_digits(pin)
    if digits is None:
        raise ProfileError("a PIN is 4 to 8 digits")
    return hash_secret(digits)


def _pin_matches(pin: str, stored: str) -> bool:
    digits = pin_digits(pin)
    if digits is not None and verify_secret(digits, stored):
        return True
    return digits != pin and verify_secret(pin, stored)  # a PIN set before full-width digits were read as digits


class ProfileService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

    # -- manager ---------------------------------------------------------------------------------

    def has_manager(self) -> bool:
        with self._reader() as session:
            return session.scalar(select(Manager.id).limit(1)) is not None

    def create_manager(self, name: str, passcode: str) -> None:
        problem = passcode_problem(passcode)
        if problem:
            raise ProfileError(problem)
        name = clean_name(name)
        with self._writer.begin() as session:
            if session.scalar(select(Manager.id).limit(1)) is not None:
                raise ProfileError("a manager account exists already")
            session.add(Manager(name=name, passcode_hash=hash_secret(passcode)))

    # -- trainees --------------------------------------------------------------------------------

    def list_trainees(self, include_inactive: bool = False) -> list[TraineeRow]:
        with self._reader() as session:
            query = select(Trainee).order_by(Trainee.name)
            if not include_inactive:
                query = query.where(Trainee.active.is_(True))
            return [_row(t) for t in session.scalars(query)]

    def add_trainee(self, name: str, pin: str | None = None) -> TraineeRow:
        name = clean_name(name)
        pin_hash = _check_pin(pin)
        try:
            with self._writer.begin() as session:
                row = Trainee(name=name, pin_hash=pin_hash, active=True)
                session.add(row)
                session.flush()
                return _row(row)
        except IntegrityError:
            raise ProfileError("a trainee named '{name}' exists already", name=name) from None

    def sign_in(self, trainee_id: int, pin: str | None = None) -> TraineeRow:
        """Check the PIN (when the trainee has one) and note the time; AuthError on a wrong PIN."""
        with self._writer.begin() as session:
            row = session.get(Trainee, trainee_id)
            if row is None or not row.active:
                raise ProfileError("this trainee no longer exists")
            if row.pin_hash is not None and not _pin_matches(pin or "", row.pin_hash):
                raise AuthError("wrong PIN")
            row.last_seen_at = utcnow()
            return _row(row)

    # -- preferences -----------------------------------------------------------------------------

    def preference(self, trainee_id: int, key: str, default: str | None = None) -> str | None:
        with self._reader() as session:
            value = session.get(Preference, (trainee_id, key))
            return value.value if value is not None else default

    def set_preference(self, trainee_id: int, key: str, value: str) -> None:
        with self._writer.begin() as session:
            row = session.get(Preference, (trainee_id, key))
            if row is None:
                session.add(Preference(trainee_id=trainee_id, key=key, value=value))
            else:
                row.value = value
