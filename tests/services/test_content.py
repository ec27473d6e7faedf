"""Content behind a repository: every record keeps the revision of the item it answered, graded by the services."""

from __future__ import annotations

from hashlib import blake2b

import pytest
import sqlalchemy as sa

from tests.conftest import CONTENT
from tests.services.drill import _shipped
from trainer.engine.scenario import Solver
from trainer.services.content import ContentMissing, FileContent
from trainer.services.context import open_services


@pytest.fixture
def services(db_url):
    s = open_services(db_url, FileContent.of(_shipped(), CONTENT))
    yield s
    s.close()


def _revision(path) -> str:
    return blake2b(path.read_bytes(), digest_size=6).hexdigest()


def test_an_items_revision_is_a_short_hash_of_its_file():
    content = FileContent.of(_shipped(), CONTENT)
    question = next(q for q in content.catalog().questions.values() if q.id.startswith("integrity-"))
    assert content.question(question.id).revision == _revision(CONTENT / "quizzes" / "integrity.yaml")
    assert content.scenario("gift").revision == _revision(CONTENT / "scenarios" / "gift.yaml")
    made = content.question("classify-i-dont-know")  # made from the phrase bank: the phrase file's revision
    assert made.revision == _revision(CONTENT / "phrases" / "forbidden.yaml")
    with pytest.raises(ContentMissing):
        content.question("no-such-question")


def test_answers_plays_and_steps_keep_the_revision_they_answered(services):
    trainee = services.profiles.add_trainee("王小明")
    question = services.content.question("classify-i-dont-know")
    attempt = services.quizzes.start(trainee.id, "practice", "p", "zh", [question.item.id], 1, 0.8)
    outcome = services.quizzes.answer(attempt, question.item.id, 1)  # "forbidden phrase": right
    assert outcome.correct and outcome.revision == question.revision
    play = services.roleplay.start(trainee.id, "gift", "zh")
    choice = Solver(play.scenario).best_choice(play.node_id, play.flags)
    services.roleplay.choose(play.attempt_id, choice)
    engine = sa.create_engine(services.url)
    try:
        with engine.connect() as conn:
            answered = conn.exec_driver_sql("SELECT content_revision FROM quiz_answer").scalars().all()
            played = conn.exec_driver_sql("SELECT content_revision FROM scenario_attempt").scalars().all()
            stepped = conn.exec_driver_sql("SELECT content_revision FROM scenario_step").scalars().all()
    finally:
        engine.dispose()
    assert answered == [question.revision]
    assert played == stepped == [services.content.scenario("gift").revision]


def test_a_lesson_checks_result_and_the_lessons_progress_are_one_transaction(services, monkeypatch):
    from trainer.services import lessons

    trainee = services.profiles.add_trainee("王小明")
    article = "integrity"
    ids = [q.id for q in services.content.catalog().questions.values() if q.lesson and q.id.startswith("integrity-")]
    attempt = services.lessons.start_check(trainee.id, article, "zh", ids[:3], 1, 0.75)
    for question_id in ids[:3]:
        services.lessons.answer(attempt, question_id, services.content.question(question_id).item.answer)

    def fails(*_args):
        raise RuntimeError("the disk failed")

    completed = lessons.stats.lesson_completed
    monkeypatch.setattr(lessons.stats, "lesson_completed", fails)
    with pytest.raises(RuntimeError):
        services.lessons.finish_check(attempt)
    assert services.lessons.progress(trainee.id).get(article) is None  # nothing of it was written
    assert services.quizzes.unfinished(trainee.id, kinds=("lesson-check",)).id == attempt  # still to finish
    monkeypatch.setattr(lessons.stats, "lesson_completed", completed)  # the disk is back
    result = services.lessons.finish_check(attempt)
    assert result.passed and services.lessons.progress(trainee.id)[article].completed
