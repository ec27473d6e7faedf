"""The catalog cache: a start with unchanged content reuses the last load; any change loads afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.content.cache import cache_file, load_catalog_cached
from trainer.paths import content_dir


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    return root


def test_unchanged_content_comes_from_the_cache_with_the_same_catalog(content: Path, tmp_path: Path):
    first, cached = load_catalog_cached(content, tmp_path / "cache")
    assert not cached and not first.problems
    second, cached = load_catalog_cached(content, tmp_path / "cache")
    assert cached
    assert sorted(second.catalog.articles) == sorted(first.catalog.articles)
    assert sorted(second.catalog.scenarios) == sorted(first.catalog.scenarios)
    assert sorted(second.catalog.questions) == sorted(first.catalog.questions)
    assert second.catalog.clause("data-security:1.1") == first.catalog.clause("data-security:1.1")


def test_an_edited_article_is_loaded_afresh(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    path = content / "articles" / "data-security.zh.md"
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(title, "title: 数据安全（修订）", 1), encoding="utf-8")
    result, cached = load_catalog_cached(content, tmp_path / "cache")
    assert not cached
    assert result.catalog.articles["data-security"].text("zh").title == "数据安全（修订）"
    again, cached = load_catalog_cached(content, tmp_path / "cache")
    assert cached and again.catalog.articles["data-security"].text("zh").title == "数据安全（修订）"


def test_a_removed_scenario_and_a_broken_file_are_seen(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    (content / "scenarios" / "missed-appointment.yaml").unlink()
    (content / "quizzes" / "broken.yaml").write_text("questions: [\n", encoding="utf-8")
    result, cached = load_catalog_cached(content, tmp_path / "cache")
    assert not cached
    assert "missed-appointment" not in result.catalog.scenarios
    assert [p.path for p in result.problems] == ["content/quizzes/broken.yaml"]
    again, cached = load_catalog_cached(content, tmp_path / "cache")
    assert cached and [p.path for p in again.problems] == ["content/quizzes/broken.yaml"]


def test_a_damaged_cache_file_is_ignored_and_replaced(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    file = cache_file(content, tmp_path / "cache")
    file.write_bytes(file.read_bytes()[:1000])
    result, cached = load_catalog_cached(content, tmp_path / "cache")
    assert not cached and not result.problems and len(result.catalog.articles) == 16
    assert load_catalog_cached(content, tmp_path / "cache")[1]


def test_a_cache_that_cannot_be_written_only_costs_time(content: Path, tmp_path: Path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    result, cached = load_catalog_cached(content, blocked / "cache")
    assert not cached and not result.problems and len(result.catalog.articles) == 16
    assert not load_catalog_cached(content, blocked / "cache")[1]
