"""Grading every question type, building quizzes from pools with a seed, and the review schedule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

import pytest

from tests.conftest import CONTENT
from trainer.content.loader import load_catalog
from trainer.engine.bank import build_bank
from trainer.engine.cards import card_face
from trainer.engine.phrases import PhraseChecker
from trainer.engine.questions import grade
from trainer.engine.quiz import KINDS, QuizSpec, build_quiz, kind_of, rebuild, topic_of
from trainer.engine.review import new_card, review


@lru_cache(maxsize=1)
def loaded():
    catalog = load_catalog(CONTENT).catalog
    return catalog, build_bank(catalog), PhraseChecker.from_catalog(catalog)


def first(kind: str):
    _, bank, _ = loaded()
    return next(q for q in sorted(bank.values(), key=lambda q: q.id) if kind_of(q) == kind)


def test_every_kind_of_question_is_in_the_bank():
    _, bank, _ = loaded()
    kinds = {kind_of(q) for q in bank.values()}
    assert set(KINDS) <= kinds
    assert all(q.clauses and q.explanation.zh and q.explanation.en for q in bank.values())


@pytest.mark.parametrize("kind", ["fact", "best-reply", "spot", "classify"])
def test_single_choice_kinds(kind):
    q = first(kind)
    assert grade(q, q.answer) is True
    assert grade(q, (q.answer + 1) % len(q.options)) is False
    assert grade(q, None) is False and grade(q, True) is False  # a bool is not an option index


def test_true_false_numeric_order_match_multiple():
    tf = first("true-false")
    assert grade(tf, tf.answer) and not grade(tf, not tf.answer) and not grade(tf, 1)
    order = first("order")
    assert grade(order, list(order.answer)) and not grade(order, list(reversed(order.answer)))
    match = first("match")
    assert grade(match, list(match.answer)) and not grade(match, list(reversed(match.answer)))
    _, bank, _ = loaded()
    numeric = next(q for q in bank.values() if q.type == "numeric")
    assert grade(numeric, float(numeric.answer)) and grade(numeric, str(numeric.answer))
    assert not grade(numeric, float(numeric.answer) + 1) and not grade(numeric, "abc")
    multiple = next(q for q in bank.values() if q.type == "multiple")
    assert grade(multiple, list(reversed(multiple.answer)))
    assert not grade(multiple, multiple.answer[:1] if len(multiple.answer) > 1 else [])


def test_a_rewrite_must_drop_the_forbidden_phrase_and_sound_like_service():
    _, bank, checker = loaded()
    q = bank["rewrite-i-dont-know"]
    assert grade(q, "对不起，我马上请位专家给您回电话，您看可以吗？", checker)
    assert not grade(q, "我不知道，您请回吧", checker)  # still the forbidden phrase
    assert not grade(q, "不知", checker)  # too short to be a reply
    assert not grade(q, "这个东西就这样", checker)  # no courtesy at all
    assert grade(q, "I'm sorry, let me find out and call you back.", checker)


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another():
    catalog, bank, _ = loaded()
    spec = QuizSpec(count=8)
    a, b = build_quiz(catalog, bank, spec, 42), build_quiz(catalog, bank, spec, 42)
    assert [(s.question.id, s.order) for s in a] == [(s.question.id, s.order) for s in b]
    c = build_quiz(catalog, bank, spec, 43)
    assert [s.question.id for s in a] != [s.question.id for s in c]
    resumed = rebuild(bank, [s.question.id for s in a], 42)
    assert [(s.question.id, s.order) for s in resumed] == [(s.question.id, s.order) for s in a]


def test_options_are_shuffled_but_map_back_to_the_question():
    catalog, bank, _ = loaded()
    quiz = build_quiz(catalog, bank, QuizSpec(kinds=("best-reply",), count=20), 7)
    assert any(list(s.order) != sorted(s.order) for s in quiz)
    for s in quiz:
        assert sorted(s.order) == list(range(len(s.question.options)))


def test_pools_by_kind_topic_and_competency():
    catalog, bank, _ = loaded()
    quiz = build_quiz(catalog, bank, QuizSpec(kinds=("true-false",), topics=("phone-conduct",), count=50), 1)
    assert quiz and all(kind_of(s.question) == "true-false" and topic_of(s.question) == "phone-conduct"
                        for s in quiz)
    safe = build_quiz(catalog, bank, QuizSpec(competencies=("data-safety",), count=500), 1)
    assert safe and all("data-safety" in catalog.articles[topic_of(s.question)].competencies for s in safe)
    assert build_quiz(catalog, bank, QuizSpec(kinds=("order",), topics=("gift-nothing",), count=5), 1) == []


def test_quiz_spec_round_trips():
    spec = QuizSpec(name="第一周考核", kinds=("classify",), count=12, time_limit_s=600, pass_mark=0.9, feedback="end")
    assert QuizSpec.from_dict(spec.to_dict()) == spec


def test_a_missed_item_is_scheduled_by_fsrs():
    now = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
    card = new_card()
    again, due_again = review(card, 1, now)
    good, due_good = review(card, 3, now)
    easy, due_easy = review(card, 4, now)
    assert now < due_again < due_good < due_easy
    assert due_again - now <= timedelta(minutes=10)
    later, due_later = review(easy, 3, due_easy)
    assert due_later - due_easy > due_easy - now  # intervals grow when you keep knowing it


def test_review_cards_show_the_question_or_phrase_and_the_answer():
    catalog, bank, _ = loaded()
    face = card_face("phrase:i-dont-know", catalog, bank, "zh")
    assert face.front == "“我不知道”" and "应该说" in face.back and face.clauses
    q = first("fact")
    face = card_face(q.id, catalog, bank, "en")
    assert q.prompt.en in face.front and q.explanation.en in face.back
    assert card_face("phrase:no-such-phrase", catalog, bank, "zh") is None
