"""Building a quiz from a pool (kinds, topics, competencies), reproducibly from a seed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import random
from dataclasses import asdict, dataclass

from trainer.content.model import Catalog
from trainer.engine.questions import Shown, shown

if TYPE_CHECKING:  # pydantic loads with the content, after the first paint
    from trainer.content.schema import Question

KINDS = ("classify", "best-reply", "spot", "rewrite", "fact", "match", "true-false", "order")


def kind_of(q: Question) -> str:
    """The kind of question a trainee sees, for choosing pools."""
    if q.type in ("true-false", "order", "match", "rewrite"):
        return q.type
    return q.style  # fact, best-reply, spot, classify


def topic_of(q: Question) -> str:
    return q.clauses[0].split(":")[0] if q.clauses else ""


@dataclass(frozen=True)
class QuizSpec:
    """What a quiz is made of and how it runs. Saved with each attempt, so it can be resumed exactly."""

    name: str = ""
    kinds: tuple[str, ...] = ()  # empty: every kind
    topics: tuple[str, ...] = ()  # article ids; empty: every article
    competencies: tuple[str, ...] = ()  # empty: every competency
    count: int = 10
    time_limit_s: int | None = None  # the whole quiz
    per_question_s: int | None = None  # each question
    pass_mark: float = 0.8
    feedback: str = "immediate"  # immediate | end

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "QuizSpec":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("kinds", "topics", "competencies"):
            known[key] = tuple(known.get(key) or ())
        return cls(**known)


def pool(catalog: Catalog, bank: dict[str, Question], spec: QuizSpec) -> list[Question]:
    chosen = []
    for q in bank.values():
        if spec.kinds and kind_of(q) not in spec.kinds:
            continue
        topic = topic_of(q)
        if spec.topics and topic not in spec.topics:
            continue
        if spec.competencies:
            article = catalog.articles.get(topic)
            if article is None or not set(article.competencies) & set(spec.competencies):
                continue
        chosen.append(q)
    return sorted(chosen, key=lambda q: q.id)


def build_quiz(catalog: Catalog, bank: dict[str, Question], spec: QuizSpec, seed: int) -> list[Shown]:
    """`spec.count` questions from the pool in a random order, options shuffled; the same seed, the same quiz."""
    questions = pool(catalog, bank, spec)
    random.Random(seed).shuffle(questions)
    return [shown(q, seed) for q in questions[: spec.count]]


def rebuild(bank: dict[str, Question], question_ids: list[str], seed: int) -> list[Shown]:
    """The quiz of an attempt, from its stored question order and seed (to resume it exactly as it was)."""
    return [shown(bank[i], seed) for i in question_ids if i in bank]


def question_competencies(catalog: Catalog, q: Question) -> tuple[str, ...]:
    """The competencies a question measures: those of the article its first clause is in."""
    article = catalog.articles.get(topic_of(q))
    return tuple(article.competencies) if article else ()


def review_item(question: Question) -> str:
    """What a missed question comes back as in review: the phrase it is about, or the question itself."""
    return f"phrase:{question.phrase}" if question.phrase else question.id
