"""The organisation's library: drafts, publish (refused on errors), revisions, revert, conflicts, overlay."""

from __future__ import annotations

import pytest

from trainer.content.loader import load_overlaid
from trainer.errors import TrainerError
from trainer.services.context import open_services
from trainer.services.library import ConflictError, PublishRefused

LESSON = "articles/phone-conduct.zh.md"


@pytest.fixture
def services(db_url):
    s = open_services(db_url)
    yield s
    s.close()


def _rings(text: str, n: str) -> str:
    return text.replace("第二次响铃", f"第{n}次响铃")


def test_publish_changes_what_desks_load_and_revert_brings_back_the_reference(services):
    lib = services.library
    item = lib.item(LESSON)
    assert item.state == "reference" and lib.publication() == 0
    lib.save_draft(LESSON, _rings(item.text, "三"), "王经理", "三声接起", token=item.token)
    # a draft is not what desks see
    assert "第二次" in lib.published_catalog()[1].catalog.clause("phone-conduct:1.1").text
    assert [r.state for r in lib.items() if r.path == LESSON] == ["draft"]
    outcome = lib.publish("王经理", "本公司规定")
    publication, result = lib.published_catalog()
    assert publication == outcome.publication == lib.publication() > 0
    assert "第三次" in result.catalog.clause("phone-conduct:1.1").text
    row = next(r for r in lib.items() if r.path == LESSON)
    assert (row.state, row.revision, row.author) == ("changed", 1, "王经理")
    assert "-1.1 电话铃响尽快摘机，一般在第二次响铃中接起为宜。" in lib.diff(LESSON, 1)
    assert "+1.1 电话铃响尽快摘机，一般在第三次响铃中接起为宜。" in lib.diff(LESSON, 1)
    lib.revert(LESSON, "王经理")
    lib.publish("王经理", "回到参考规范")
    assert "第二次" in lib.published_catalog()[1].catalog.clause("phone-conduct:1.1").text
    assert [(h.number, h.to_reference) for h in lib.history(LESSON)] == [(2, True), (1, False)]
    lib.revert(LESSON, "王经理", number=1)
    lib.publish("王经理", "again")
    assert "第三次" in lib.published_catalog()[1].catalog.clause("phone-conduct:1.1").text
    audit = [a.action for a in services.manager.audit_log(_manager(services))]
    assert audit.count("publish-content") == 3


def _manager(services):
    services.profiles.create_manager("王经理", "secret-pass-1")
    return services.manager.unlock("secret-pass-1")


def test_publish_refuses_errors_lists_them_and_changes_nothing(services):
    lib = services.library
    quiz = lib.item("quizzes/phone-conduct.yaml")
    broken = quiz.text.replace("phone-conduct:1.1", "phone-conduct:99.9", 1)
    lib.save_draft("quizzes/phone-conduct.yaml", broken, "王经理")
    with pytest.raises(PublishRefused) as refused:
        lib.publish("王经理", "x")
    assert any(p.path == "library:quizzes/phone-conduct.yaml" and "unknown clause 'phone-conduct:99.9'" in p.message
               and p.line > 1 for p in refused.value.problems)
    assert lib.publication() == 0
    assert [r.state for r in lib.items() if r.path == "quizzes/phone-conduct.yaml"] == ["draft"]  # kept


def test_unfinished_roleplay_is_a_warning_in_the_draft_and_an_error_at_publish(services):
    lib = services.library
    text = lib.item("scenarios/gift.yaml").text
    unfinished = text.replace("    ending:\n      rating: excellent\n", "    ending:\n", 1)
    assert unfinished != text
    problems = lib.check({"scenarios/gift.yaml": unfinished})
    assert problems and all(not p.is_error for p in problems if p.path == "library:scenarios/gift.yaml")
    assert any("ending.rating" in p.message for p in problems if p.path == "library:scenarios/gift.yaml")
    lib.save_draft("scenarios/gift.yaml", unfinished, "王经理")
    with pytest.raises(PublishRefused) as refused:
        lib.publish("王经理")
    assert any(p.is_error and "ending.rating" in p.message for p in refused.value.problems)


def test_second_save_from_an_older_copy_is_refused_with_who_and_when(services):
    lib = services.library
    first, second = lib.item(LESSON), lib.item(LESSON)  # two managers open the same lesson
    lib.save_draft(LESSON, _rings(first.text, "三"), "王经理", token=first.token)
    with pytest.raises(ConflictError) as conflict:
        lib.save_draft(LESSON, _rings(second.text, "四"), "李经理", token=second.token)
    assert conflict.value.who == "王经理" and "王经理" in str(conflict.value)
    assert "第三次" in lib.item(LESSON).text  # nothing of the first save lost
    # after looking at theirs, the second manager saves from the current copy
    lib.save_draft(LESSON, _rings(second.text, "四"), "李经理", token=lib.item(LESSON).token)
    assert "第四次" in lib.item(LESSON).text


def test_new_and_hidden_items_and_single_language(services):
    lib = services.library
    text = lib.item("articles/integrity.zh.md").text
    new = text.replace("id: integrity", "id: our-integrity").replace("order:", "order: 999 #", 1)
    lib.save_draft("articles/our-integrity.zh.md", new, "王经理")  # Chinese only
    lib.hide("scenarios/gift.yaml", "王经理")
    result = lib.draft_catalog()
    assert result.problems == []
    assert [str(p) for p in result.warnings] == [
        "library:articles/our-integrity.zh.md:1: warning: not translated yet: article 'our-integrity' has no "
        "English version our-integrity.en.md"]
    outcome = lib.publish("王经理", "ours")
    assert len(outcome.warnings) == 1
    catalog = lib.published_catalog()[1].catalog
    assert "gift" not in catalog.scenarios and "our-integrity" in catalog.articles
    assert catalog.articles["our-integrity"].text("en").lang == "zh"  # the English desk reads the original
    states = {r.path: r.state for r in lib.items()}
    assert states["articles/our-integrity.zh.md"] == "new" and states["scenarios/gift.yaml"] == "hidden"


def test_bad_paths_and_text_are_refused_in_words(services):
    lib = services.library
    with pytest.raises(TrainerError, match="not a content item path"):
        lib.save_draft("../etc/passwd", "x", "王经理")
    with pytest.raises(TrainerError, match="too large"):
        lib.save_draft(LESSON, "x" * (3 * 1024 * 1024), "王经理")
    with pytest.raises(TrainerError, match="nothing to publish"):
        lib.publish("王经理")


def test_single_language_yaml_text_is_shown_with_a_mark_and_warned(shipped_content):
    quiz = (shipped_content / "quizzes" / "phone-conduct.yaml").read_text(encoding="utf-8")
    start = quiz.index("  - id:")
    one = quiz[:start] + ("  - id: our-rings\n    type: true-false\n    clauses: [phone-conduct:1.1]\n"
                          "    prompt: {zh: 电话铃响三声内接起。}\n    answer: true\n"
                          "    explanation: {zh: 见 1.1 条。}\n") + quiz[start:]
    result = load_overlaid(shipped_content, {"quizzes/phone-conduct.yaml": one.encode()})
    assert result.ok
    assert [p.message for p in result.warnings] == ["questions[0].prompt: not translated yet (no English text)",
                                                    "questions[0].explanation: not translated yet (no English text)"]
    before = quiz[:start].count("\n")  # the prompt is the block's 4th line, the explanation its 6th
    assert [p.line for p in result.warnings] == [before + 4, before + 6]
    question = result.catalog.questions["our-rings"]
    assert question.prompt.get("en") == "电话铃响三声内接起。 (not translated yet)"
    assert question.prompt.get("zh") == "电话铃响三声内接起。"


def test_records_of_library_items_carry_the_library_revision(services):
    lib = services.library
    path = "quizzes/phone-conduct.yaml"
    lib.save_draft(path, lib.item(path).text, "王经理")
    lib.publish("王经理")
    _, result, repo = lib.published_content()
    question = next(q for q in result.catalog.questions if q.startswith("phone-conduct"))
    assert repo.question(question).revision == "1"
    other = next(q for q in result.catalog.questions if q.startswith("integrity"))
    assert len(repo.question(other).revision) == 12  # still the reference file's hash


def test_a_clause_inserted_renumbers_the_lesson_and_references_follow_in_other_items(services):
    from trainer.content.article_draft import ArticleDraft

    lib = services.library
    zh, en = lib.item(LESSON), lib.item("articles/phone-conduct.en.md")
    draft = ArticleDraft.parse("phone-conduct", zh.text, en.text)
    assert draft.insert_after("1.1", "接起后先报公司名称。", "Say the company's name first.") == "1.2"
    saved = lib.save_lesson(draft.files(), {LESSON: zh.token, "articles/phone-conduct.en.md": en.token}, "王经理",
                            "新增 1.2", "phone-conduct", draft.mapping())
    assert "quizzes/phone-conduct.yaml" in saved  # its questions cite 1.2 and later clauses
    quiz = lib.item("quizzes/phone-conduct.yaml").text
    assert "phone-conduct:1.3" in quiz and quiz != lib.reference_text("quizzes/phone-conduct.yaml")
    outcome = lib.publish("王经理", "新增条款")
    assert LESSON in outcome.items
    catalog = lib.published_catalog()[1].catalog
    assert catalog.clause("phone-conduct:1.3").text == "禁止使用免提。"
    assert catalog.clause("phone-conduct:1.2", "en").text == "Say the company's name first."


def test_answers_to_an_edited_question_count_as_earlier_versions(services):
    lib = services.library
    _, result, repo = lib.published_content()
    services.use_content(repo)
    manager = _manager(services)
    trainee = services.profiles.add_trainee("王小明")
    question = next(q for q in result.catalog.questions.values() if q.id.startswith("phone-conduct") and q.type == "single")
    attempt = services.quizzes.start(trainee.id, "practice", "phone-conduct", "zh", [question.id], seed=1, pass_mark=0.8)
    services.quizzes.answer(attempt, question.id, question.answer)
    services.quizzes.finish(attempt)
    current = {question.id: repo.question(question.id).revision}
    [stats] = services.reports.items(manager, current=current)
    assert (stats.attempts, stats.earlier) == (1, 0)
    lib.save_draft(QUIZ, lib.item(QUIZ).text.replace("第二次", "第三次"), "王经理")
    lib.publish("王经理", "三声")
    _, _, repo = lib.published_content()
    services.use_content(repo)
    current = {question.id: repo.question(question.id).revision}
    assert current[question.id] == "1"
    [stats] = services.reports.items(manager, current=current)
    assert (stats.attempts, stats.earlier) == (1, 1)
    assert services.reports.items(manager, current=current, current_only=True) == []
    [answer] = services.reports.answers(manager)
    assert answer.revision != current[question.id]


QUIZ = "quizzes/phone-conduct.yaml"


def test_the_source_registry_is_an_item_of_the_library(services):
    lib = services.library
    assert "sources.yaml" in {r.path for r in lib.items()}
    lesson = lib.item("articles/integrity.zh.md").text.replace("sources: [engineer-code,", "sources: [our-code,", 1)
    lib.save_draft("articles/integrity.zh.md", lesson, "王经理")
    with pytest.raises(PublishRefused) as refused:  # a citation of a source the registry does not have
        lib.publish("王经理")
    assert any(p.path == "library:articles/integrity.zh.md" and "our-code" in p.message for p in refused.value.problems)
    registry = lib.item("sources.yaml").text.replace(
        "sources:\n", "sources:\n  - id: our-code\n    seed: \"100\"\n    title: {zh: 《本公司服务规范》, en: Our Service Code}\n\n", 1)
    lib.save_draft("sources.yaml", registry, "王经理", "本公司规范")
    lib.publish("王经理", "本公司规范")
    catalog = lib.published_catalog()[1].catalog
    assert "our-code" in catalog.sources and "our-code" in catalog.articles["integrity"].sources
