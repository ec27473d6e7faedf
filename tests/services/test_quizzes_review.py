"""Quiz attempts, assessments and review on SQLite and PostgreSQL: committed answers, resume, schedule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from trainer.engine.quiz import QuizSpec
from tests.services.drill import drill
from trainer.services.context import open_services
from trainer.services.quizzes import QuizError


@pytest.fixture
def services(db_url):
    s = open_services(db_url, drill())
    s.profiles.create_manager("陈经理", "服务第一-2026")
    yield s
    s.close()


def test_answers_are_committed_and_an_unfinished_quiz_can_be_resumed(services, db_url):
    wang = services.profiles.add_trainee("王小明")
    spec = QuizSpec(count=3, time_limit_s=300)
    attempt = services.quizzes.start(wang.id, "practice", "practice", "zh", ["q1", "q2", "q3"], 7, 0.8, spec)
    assert services.quizzes.answer(attempt, "q1", 1, seconds_used=20.5).correct  # B: right
    assert not services.quizzes.answer(attempt, "q2", 0, seconds_used=41.0).correct
    other = open_services(db_url)  # another process would see exactly this
    try:
        unfinished = other.quizzes.unfinished(wang.id)
    finally:
        other.close()
    assert unfinished.id == attempt and unfinished.question_ids == ["q1", "q2", "q3"]
    assert unfinished.answered == {"q1": 1, "q2": 0} and unfinished.seconds_used == 41.0
    assert unfinished.right == {"q1": True, "q2": False}
    assert unfinished.spec == spec
    result = services.quizzes.finish(attempt)
    assert (result.correct, result.total, result.passed) == (1, 3, False)
    assert services.quizzes.unfinished(wang.id) is None


def test_a_wrong_answer_becomes_a_review_card_due_now(services):
    wang = services.profiles.add_trainee("王小明")
    attempt = services.quizzes.start(wang.id, "practice", "p", "zh", ["q1", "classify-i-dont-know"], 1, 0.8)
    services.quizzes.answer(attempt, "q1", 1)
    services.quizzes.answer(attempt, "classify-i-dont-know", 0)  # "service phrase": it is a forbidden one
    assert [c.item_id for c in services.review.due(wang.id)] == ["phrase:i-dont-know"]
    assert services.review.due_count(wang.id) == 1
    later = services.review.rate(wang.id, "phrase:i-dont-know", 3)
    assert later > datetime.now(timezone.utc)
    assert services.review.due_count(wang.id) == 0
    assert services.review.due_count(wang.id, now=later + timedelta(seconds=1)) == 1
    assert [(item, rating) for item, rating, _ in services.review.history(wang.id)] == [("phrase:i-dont-know", 3)]


def test_missing_it_again_brings_the_card_forward(services):
    wang = services.profiles.add_trainee("王小明")
    services.review.missed(wang.id, ["q9"])
    services.review.rate(wang.id, "q9", 4)
    assert services.review.due_count(wang.id) == 0
    services.review.missed(wang.id, ["q9"])
    assert services.review.due_count(wang.id) == 1


def test_assessments_are_saved_assigned_and_unique(services):
    wang = services.profiles.add_trainee("王小明")
    li = services.profiles.add_trainee("李娜")
    spec = QuizSpec(name="第一周考核", kinds=("classify", "spot"), count=12, pass_mark=0.9)
    assessment = services.quizzes.save_assessment("第一周考核", spec)
    services.quizzes.assign(assessment, [wang.id])
    services.quizzes.assign(assessment, [wang.id, li.id])
    [row] = services.quizzes.assessments()
    assert row.name == "第一周考核" and row.spec == spec and sorted(row.assigned_to) == sorted([wang.id, li.id])
    assert [a.name for a in services.quizzes.assigned_to(li.id)] == ["第一周考核"]
    with pytest.raises(QuizError, match="exists already"):
        services.quizzes.save_assessment(" 第一周考核 ", spec)
    with pytest.raises(QuizError):
        services.quizzes.save_assessment("  ", spec)
