"""Drafts as content-library items: the registry grows, the organisation's own files stay."""

import yaml

from tests.importer.fixtures import CODE_ZH
from trainer.importer.draft import draft_files
from trainer.importer.library_drafts import for_library
from trainer.importer.pipeline import import_bytes


def test_drafts_join_the_registry_and_leave_the_competencies():
    files, _ = draft_files([import_bytes("code.txt", CODE_ZH.encode())])
    library_sources = "sources:\n  - id: engineer-code\n    seed: \"000\"\n    title: {zh: 规范, en: Code}\n"
    items = for_library(files, library_sources)
    assert "competencies.yaml" not in items and "articles/code-1.zh.md" in items
    registry = yaml.safe_load(items["sources.yaml"])["sources"]
    assert [s["id"] for s in registry] == ["engineer-code", "code"]
    again = for_library(files, items["sources.yaml"])  # the same document imported a second time
    assert "sources.yaml" not in again
    assert for_library(files, None)["sources.yaml"] == files["sources.yaml"]
