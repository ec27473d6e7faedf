"""A question as the exchange formats have it: one language, answers with weights and feedback."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Answer:
    text: str
    fraction: float = 0.0  # percent of the mark: 100 right, 0 wrong, 50 half, negative a penalty
    feedback: str = ""


@dataclass
class Item:
    kind: str  # single | multiple | true-false | numeric | match | order | short | essay | skip
    text: str
    line: int
    title: str = ""
    category: str = ""
    answers: list[Answer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # match: (item, option)
    truth: bool | None = None
    number: float | None = None
    general_feedback: str = ""
    meta: dict | None = None  # what our own comment line carried (ids, clauses, English, …)
    reason: str = ""  # kind == "skip": why


@dataclass
class Parsed:
    items: list[Item] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    warnings: list[tuple[int, str]] = field(default_factory=list)
