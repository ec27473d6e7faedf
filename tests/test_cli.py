"""The command line as an author, a manager or a script meets it: exit codes and one-line messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CONTENT, ROOT


def trainer(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "trainer", *args], cwd=cwd, capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_help_lists_every_subcommand():
    out = trainer("--help").stdout
    for name in ("validate", "screenshot", "db"):
        assert f"    {name}" in out


def test_shipped_content_is_clean():
    run = trainer("validate", "content")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_validate_json_report_lists_items_with_stats():
    run = trainer("validate", "--json", str(CONTENT))
    report = json.loads(run.stdout)
    assert report["ok"] is True and report["errors"] == []
    articles = [i for i in report["items"] if i["kind"] == "article"]
    assert len(articles) >= 10
    assert all(i["stats"]["clauses"] > 0 and i["stats"]["languages"] == ["en", "zh"] for i in articles)
    assert {i["kind"] for i in report["items"]} >= {"article", "service-phrases", "forbidden-phrases"}


def test_broken_files_give_exit_1_and_path_line_messages(shipped_content):
    articles = shipped_content / "articles"
    (articles / "broken-syntax.zh.md").write_text("---\nid: broken-syntax\ntitle: [\n---\n", encoding="utf-8")
    (articles / "empty.zh.md").write_text("", encoding="utf-8")
    (articles / "binary.en.md").write_bytes(b"\x00\xff\x00")
    run = trainer("validate", str(shipped_content), cwd=shipped_content.parent)
    assert run.returncode == 1
    lines = run.stdout.strip().split("\n")
    assert any(line.startswith("content/articles/broken-syntax.zh.md:") and "YAML" in line for line in lines)
    assert "content/articles/empty.zh.md:1: file is empty" in lines
    assert "content/articles/binary.en.md:1: not a text file (it contains binary data)" in lines
    report = json.loads(trainer("validate", "--json", str(shipped_content), cwd=shipped_content.parent).stdout)
    assert report["ok"] is False
    assert {e["path"] for e in report["errors"]} == {
        "content/articles/broken-syntax.zh.md", "content/articles/empty.zh.md", "content/articles/binary.en.md"}


def test_validate_one_file_reports_only_that_file(shipped_content):
    (shipped_content / "articles" / "empty.zh.md").write_text("", encoding="utf-8")
    good = shipped_content / "articles" / "phone-conduct.zh.md"
    assert trainer("validate", str(good), cwd=shipped_content.parent).returncode == 0
    bad = trainer("validate", str(shipped_content / "articles" / "empty.zh.md"), cwd=shipped_content.parent)
    assert bad.returncode == 1 and bad.stdout.startswith("content/articles/empty.zh.md:1:")


def test_bad_db_url_is_one_clear_line(tmp_path):
    for url, expected in (
        ("not-a-url", "not a database URL"),
        ("mysql://x@localhost/db", "unsupported database"),
        ("postgresql+psycopg://u:secret@127.0.0.1:9/x", "cannot open the database"),
    ):
        run = trainer("--db", url, "db")
        assert run.returncode == 2
        lines = run.stderr.strip().split("\n")
        assert len(lines) == 1 and expected in lines[0], run.stderr
        assert "Traceback" not in run.stderr and "secret" not in run.stderr


def test_not_a_database_file_is_refused(tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("these are my notes\n" * 100, encoding="utf-8")
    before = notes.read_bytes()
    run = trainer("--db", f"sqlite:///{notes}", "db")
    assert run.returncode == 2 and "is not a trainer database" in run.stderr
    assert notes.read_bytes() == before
