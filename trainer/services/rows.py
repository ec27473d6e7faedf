"""Plain rows the services hand to the UI: frozen, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TraineeRow:
    id: int
    name: str
    has_pin: bool
    active: bool
