"""Spaced review with FSRS: what a trainee missed comes back when it is due."""

from __future__ import annotations

from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler

RATINGS = {1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy}
_scheduler = Scheduler(enable_fuzzing=False)


def new_card() -> str:
    """A card due now, as JSON for storage."""
    return Card().to_json()


def review(card_json: str, rating: int, now: datetime | None = None) -> tuple[str, datetime]:
    """Rate a card 1-4 (Again, Hard, Good, Easy); returns the card's new JSON and when it is due next."""
    card = Card.from_json(card_json)
    card, _log = _scheduler.review_card(card, RATINGS[rating], review_datetime=now or datetime.now(timezone.utc))
    return card.to_json(), card.due


def due_of(card_json: str) -> datetime:
    return Card.from_json(card_json).due
