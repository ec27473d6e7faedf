"""The per-file content cache: a start parses only new or edited files, and loads exactly what a fresh load would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.content import cache as content_cache
from trainer.content.cache import load_catalog_cached, unit_folder
from trainer.content.loader import load_catalog
from trainer.paths import content_dir


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    return root


def files(root: Path) -> int:
    return sum(1 for sub in ("articles", "scenarios", "quizzes", "phrases") for _ in (root / sub).iterdir()) + 2  # + competencies, sources


def same_as_fresh(result, root: Path) -> None:
    """Everything a fresh load (no cache at all) gives, the cached one gives too: problems with their lines,
    the listing of `validate --json`, and the catalog."""
    fresh = load_catalog(root)
    assert result.problems == fresh.problems
    assert result.items == fresh.items
    assert result.catalog == fresh.catalog


def test_unchanged_content_parses_nothing_and_loads_the_same_catalog(content: Path, tmp_path: Path):
    first, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == files(content) and not first.problems
    second, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 0
    same_as_fresh(second, content)
    assert second.catalog.clause("data-security:1.1") == first.catalog.clause("data-security:1.1")


def test_an_edited_article_is_the_only_file_parsed_again(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    path = content / "articles" / "data-security.zh.md"
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(title, "title: 数据安全（修订）", 1), encoding="utf-8")
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 1
    assert result.catalog.articles["data-security"].text("zh").title == "数据安全（修订）"
    again, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 0 and again.catalog.articles["data-security"].text("zh").title == "数据安全（修订）"
    same_as_fresh(again, content)


def test_a_removed_scenario_and_a_broken_file_are_seen(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    (content / "scenarios" / "missed-appointment.yaml").unlink()
    (content / "quizzes" / "broken.yaml").write_text("questions: [\n", encoding="utf-8")
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 1
    assert "missed-appointment" not in result.catalog.scenarios
    assert [p.path for p in result.problems] == ["content/quizzes/broken.yaml"]
    again, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 0 and again.problems == result.problems


def test_a_clause_removed_from_an_article_is_reported_in_unchanged_files_at_their_lines(content: Path, tmp_path: Path):
    """The files citing the clause come from the cache; the problem still names each citation's line, which the
    loader finds by reading that file again."""
    load_catalog_cached(content, tmp_path / "cache")
    path = content / "articles" / "data-security.zh.md"
    text = path.read_text(encoding="utf-8")
    clause = next(line for line in text.splitlines() if line.startswith("3.4 "))
    path.write_text(text.replace(clause + "\n", "", 1), encoding="utf-8")
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 1
    citing = [p for p in result.problems if "data-security:3.4" in p.message]
    assert {p.path for p in citing} >= {"content/scenarios/data-risk-repair.yaml"}
    assert all(p.line > 1 for p in citing)
    same_as_fresh(result, content)
    for problem in citing:  # the line is where the reference is written
        lines = (content.parent / problem.path).read_text(encoding="utf-8").splitlines()
        assert "data-security:3.4" in lines[problem.line - 1], problem


def test_a_damaged_unit_file_is_parsed_afresh_and_replaced(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    units = sorted(unit_folder(tmp_path / "cache").iterdir())
    units[0].write_bytes(units[0].read_bytes()[:100])
    units[1].write_bytes(b"not a pickle at all")
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 2 and not result.problems and len(result.catalog.articles) == 16
    assert load_catalog_cached(content, tmp_path / "cache")[1] == 0


def test_a_cache_that_cannot_be_written_only_costs_time(content: Path, tmp_path: Path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    result, parsed = load_catalog_cached(content, blocked / "cache")
    assert parsed == files(content) and not result.problems and len(result.catalog.articles) == 16
    assert load_catalog_cached(content, blocked / "cache")[1] == files(content)


def test_a_new_trainer_version_parses_everything_and_drops_the_old_units(content: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch):
    load_catalog_cached(content, tmp_path / "cache")
    old = unit_folder(tmp_path / "cache")
    monkeypatch.setattr(content_cache, "__version__", "99.0")
    assert unit_folder(tmp_path / "cache") != old
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == files(content) and not result.problems
    assert not old.exists() and unit_folder(tmp_path / "cache").is_dir()


def test_units_of_old_edits_are_pruned_once_they_outnumber_the_live_ones(content: Path, tmp_path: Path):
    load_catalog_cached(content, tmp_path / "cache")
    folder = unit_folder(tmp_path / "cache")
    live = {f.name for f in folder.iterdir()}
    path = content / "quizzes" / "integrity.yaml"
    text = path.read_text(encoding="utf-8")
    for n in range(150):  # 150 saved edits of one file
        path.write_text(text + f"# edit {n}\n", encoding="utf-8")
        load_catalog_cached(content, tmp_path / "cache")
    left = {f.name for f in folder.iterdir()}
    assert len(left) <= 2 * len(live) + 100
    assert len(left - live) <= 101  # the current edit and at most 100 older ones
    assert load_catalog_cached(content, tmp_path / "cache")[1] == 0


def test_a_new_parser_library_parses_everything_afresh(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import yaml

    load_catalog_cached(content, tmp_path / "cache")
    old = unit_folder(tmp_path / "cache")
    monkeypatch.setattr(yaml, "__version__", yaml.__version__ + ".post1")
    assert unit_folder(tmp_path / "cache") != old
    assert load_catalog_cached(content, tmp_path / "cache")[1] == files(content)


def test_a_file_saved_during_a_load_gets_lines_from_the_bytes_that_load_read(content: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch):
    """A problem found in a cached file is given its line by parsing that file's bytes again; an editor saving
    the file meanwhile must not move the line."""
    from trainer.content import loader

    first, second = content / "quizzes" / "appearance-bearing.yaml", content / "quizzes" / "zz-copy.yaml"
    text = first.read_text(encoding="utf-8")
    second.write_text(text, encoding="utf-8")  # every question id twice: a problem naming the first file's line
    load_catalog_cached(content, tmp_path / "cache")
    expected = [p.message for p in load_catalog(content).problems]
    real_read = loader.read_bytes

    def read_then_save(path, rel):
        raw = real_read(path, rel)
        if path.name == first.name:  # saved with five more lines at the top right after this load read it
            path.write_text("# \n" * 5 + text, encoding="utf-8")
        return raw

    monkeypatch.setattr(loader, "read_bytes", read_then_save)
    result, parsed = load_catalog_cached(content, tmp_path / "cache")
    assert parsed == 0
    assert [p.message for p in result.problems] == expected
