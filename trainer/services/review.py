"""Spaced review: cards for what a trainee missed, due lists, ratings and their history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import ReviewCard, ReviewLog, aware
from trainer.engine import review as fsrs_review


@dataclass(frozen=True)
class DueCard:
    item_id: str
    due: datetime


def add_missed(session: Session, trainee_id: int, item_id: str) -> None:
    """Within the caller's transaction: a new card due now, or an existing one brought forward to now."""
    card = session.get(ReviewCard, (trainee_id, item_id))
    now = datetime.now(timezone.utc)
    if card is None:
        session.add(ReviewCard(trainee_id=trainee_id, item_id=item_id, card=fsrs_review.new_card(), due=now))
    elif aware(card.due) > now:
        card.due = now


class ReviewService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

    def missed(self, trainee_id: int, item_ids: list[str]) -> None:
        with self._writer.begin() as session:
            for item_id in item_ids:
                add_missed(session, trainee_id, item_id)

    def due(self, trainee_id: int, now: datetime | None = None) -> list[DueCard]:
        now = now or datetime.now(timezone.utc)
        with self._reader() as session:
            rows = session.scalars(select(ReviewCard).where(ReviewCard.trainee_id == trainee_id,
                                                            ReviewCard.due <= now).order_by(ReviewCard.due))
            return [DueCard(r.item_id, aware(r.due)) for r in rows]

    def due_count(self, trainee_id: int, now: datetime | None = None) -> int:
        now = now or datetime.now(timezone.utc)
        with self._reader() as session:
            return session.scalar(select(func.count()).select_from(ReviewCard).where(
                ReviewCard.trainee_id == trainee_id, ReviewCard.due <= now)) or 0

    def rate(self, trainee_id: int, item_id: str, rating: int, now: datetime | None = None) -> datetime:
        """Record a rating 1-4 and schedule the card; returns when it is due next."""
        now = now or datetime.now(timezone.utc)
        with self._writer.begin() as session:
            card = session.get(ReviewCard, (trainee_id, item_id))
            card.card, due = fsrs_review.review(card.card, rating, now)
            card.due = due
            session.add(ReviewLog(trainee_id=trainee_id, item_id=item_id, rating=rating, reviewed_at=now))
            return due

    def history(self, trainee_id: int) -> list[tuple[str, int, datetime]]:
        with self._reader() as session:
            rows = session.scalars(select(ReviewLog).where(ReviewLog.trainee_id == trainee_id).order_by(ReviewLog.id))
            return [(r.item_id, r.rating, aware(r.reviewed_at)) for r in rows]
