"""The shipped content against its sources: both languages complete, every seed phrase in the phrase bank."""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT
from trainer.content.loader import load_catalog

SEEDS = Path(os.environ.get("TRAINER_SEEDS") or ROOT.parent / "shared" / "seeds")  # the five source documents


@lru_cache(maxsize=1)
def catalog():
    result = load_catalog(CONTENT)
    assert result.problems == [], result.problems
    return result.catalog


def test_every_article_exists_in_both_languages_with_the_same_clauses():
    articles = catalog().articles
    assert len(articles) >= 15
    for article in articles.values():
        zh, en = article.texts["zh"], article.texts["en"]
        assert [c.number for c in zh.clauses] == [c.number for c in en.clauses], article.id
        assert zh.title != en.title and re.search(r"[\u4e00-\u9fff]", zh.title), article.id
        assert "## 要点" in zh.body and "## 示例" in zh.body, article.id
        assert "## Key points" in en.body and "## Example" in en.body, article.id


def test_the_topics_of_the_code_are_all_covered():
    expected = {"appearance-bearing", "service-etiquette", "work-style", "office-conduct", "onsite-service",
                "customer-visits", "phone-conduct", "hotline-agent", "receiving-visitors", "first-responder",
                "language-norms", "door-to-door-service", "response-times", "complaint-handling", "data-security",
                "integrity"}
    assert expected <= set(catalog().articles)


@pytest.mark.parametrize("needle, article", [
    ("30分钟", "door-to-door-service"),   # late by under half a day: call 30 minutes ahead
    ("4小时", "door-to-door-service"),    # over half a day: 4 hours ahead
    ("1小时", "response-times"),          # respond within 1 hour
    ("8小时", "response-times"),          # a satisfactory answer within 8 hours
    ("一周", "response-times"),           # call back within one week
    ("第二次响铃", "phone-conduct"),       # 000: pick up during the second ring
    ("签字", "data-security"),            # signed consent before disk operations
])
def test_numbers_and_time_limits_are_kept(needle, article):
    text = "".join(c.text for c in catalog().articles[article].texts["zh"].clauses)
    assert needle in text


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"X\s*X\s*X|\*\*\*|XX|xxx", "X", text)
    return re.sub(r"[\s\W_]+", "", text)


def _quoted(segment: str) -> list[str]:
    # the web copies lose closing quotes: a phrase runs to the next quote mark of either kind
    segment = re.sub(r"\n\d+、", "", segment)  # page breaks of the web copy: "\n12、"
    parts = re.split(r"[“”\"]", segment)
    return [p.strip(" ,，、;；。") for p in parts if norm(p)]


def seed_phrases() -> dict[str, list[str]]:
    if not SEEDS.is_dir():
        pytest.skip("the seed documents (../shared/seeds) are not beside this checkout")
    code = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    service_part = code.split("服务用语:", 1)[1].split("服务忌语:", 1)[0]
    forbidden_part = code.split("服务忌语:", 1)[1].rsplit("”", 1)[0]
    phrases = {"service": _quoted(service_part), "forbidden": _quoted(forbidden_part)}
    lines = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").split("\n")
    start = lines.index("服务禁用语") + 1
    for line in lines[start:]:
        if "“" not in line and len(line.strip()) > 8:
            break
        phrases["forbidden"] += _quoted(line) if "“" in line else []
    process = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    listed = re.search(r"使用“(.+?)……”等禁忌语", process).group(1)
    phrases["forbidden"] += listed.split("、")
    return phrases


@pytest.mark.parametrize("kind", ["service", "forbidden"])
def test_every_phrase_listed_in_the_seeds_is_in_the_bank(kind):
    bank = [norm(p.text.zh) for p in catalog().phrases.values() if p.kind == kind]
    missing = [p for p in seed_phrases()[kind] if not any(norm(p) in b for b in bank)]
    assert missing == []


def test_every_forbidden_phrase_has_an_alternative_and_a_clause():
    for phrase in catalog().phrases.values():
        if phrase.kind == "forbidden":
            assert phrase.alternative and phrase.alternative.zh and phrase.alternative.en, phrase.id
            assert phrase.clauses and all(catalog().has_clause(ref) for ref in phrase.clauses), phrase.id


def test_every_lesson_ends_with_a_check_of_three_to_five_questions():
    from trainer.engine.questions import lesson_questions

    for article_id in catalog().articles:
        count = len(lesson_questions(catalog(), article_id))
        assert 3 <= count <= 5, (article_id, count)


COMPOSED = {"you-dont-understand-this", "developers-salespeople-how-could-they", "how-was-this-contract-signed",
            "what-is-the-company-doing", "how-can-you-not-understand", "how-can-you-be-so-bad", "no-tools-at-all",
            "told-you-before", "go-to-the-company-for-training", "you-owe-us-money", "not-sure",
            "this-cant-be-solved", "dont-know-not-my-responsibility"}


def test_the_alternatives_written_for_this_course_are_marked_and_shown_as_such():
    from trainer.engine.bank import build_bank

    phrases = catalog().phrases
    assert {p.id for p in phrases.values() if p.alternative_composed} == COMPOSED
    bank = build_bank(catalog())
    for phrase_id in COMPOSED:
        why = bank[f"classify-{phrase_id}"].explanation
        assert "推荐说法（本课程编写）" in why.zh and "Suggested wording (written for this course)" in why.en
        assert "本课程编写" in bank[f"rewrite-{phrase_id}"].explanation.zh
    seed_words = bank["classify-im-busy"].explanation
    assert "应该说" in seed_words.zh and "本课程编写" not in seed_words.zh and "written for" not in seed_words.en


def test_saying_no_is_the_refusal_of_a_reasonable_request_not_the_character():
    from trainer.engine.bank import build_bank

    say_no = catalog().phrases["say-no"]
    assert say_no.text.zh != "不" and "合理要求" in say_no.group_title.zh
    prompt = build_bank(catalog())["classify-say-no"].prompt.zh
    assert "“不”" not in prompt and say_no.text.zh in prompt
    # the hotline lesson teaches the same rule the phrase stands for
    assert "直接拒绝客户的合理要求" in catalog().clause("hotline-agent:2.1").text


@pytest.mark.parametrize("phrase_id", ["please-sit-down", "front-desk-how-can-i-help", "introduction-yangguang-yulu",
                                       "introduction-looking-for-teacher", "surveyor-calls-customer"])
def test_a_service_phrase_is_taught_by_a_clause_that_holds_it(phrase_id):
    from trainer.engine.bank import build_bank

    phrase = catalog().phrases[phrase_id]
    question = build_bank(catalog())[f"classify-{phrase_id}"]
    assert question.clauses == list(phrase.clauses)
    for lang in ("zh", "en"):
        held = [ref for ref in question.clauses if norm(phrase.text.get(lang)) in norm(catalog().clause(ref, lang).text)]
        assert held, (phrase_id, lang, question.clauses)


def test_every_number_in_a_clause_is_one_the_sources_give_and_the_english_keeps_it():
    if not SEEDS.is_dir():
        pytest.skip("the seed documents (../shared/seeds) are not beside this checkout")
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00*.txt")))
    invented, lost = [], []
    for article in catalog().articles.values():
        english = {c.number: c.text for c in article.text("en").clauses}
        for clause in article.text("zh").clauses:
            numbers = re.findall(r"\d+(?:[.~\-]\d+)?", clause.text)
            invented += [(article.id, clause.number, n) for n in numbers if n not in seeds]
            digits = set(re.findall(r"\d+", clause.text)) - set(re.findall(r"\d+", english[clause.number]))
            lost += [(article.id, clause.number, sorted(digits))] if digits else []
    assert invented == [] and lost == []


@pytest.mark.parametrize("ref, numbers", [
    ("response-times:5.6", ["5"]), ("response-times:5.7", ["15", "30"]), ("service-etiquette:4.1", ["15"]),
    ("receiving-visitors:5.2", ["100"]),
])
def test_the_surveyor_and_business_hall_rules_keep_the_sources_numbers(ref, numbers):
    for lang in ("zh", "en"):
        text = catalog().clause(ref, lang).text
        assert all(n in re.findall(r"\d+", text) for n in numbers), (ref, lang)
    note = next(n for n in catalog().clause("response-times:5.1").notes if n.kind == "conflict")
    assert all(t in note.text for t in ("1~3日", "2小时", "x个工作日", "15分钟", "30分钟"))
