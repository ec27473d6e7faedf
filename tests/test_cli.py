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


def test_warnings_alone_leave_the_exit_status_0(shipped_content):
    """A folder without scenarios and questions: warned about as `path:line: warning: message`, listed under
    "warnings" in --json, exit 0."""
    import shutil

    shutil.rmtree(shipped_content / "scenarios")
    shutil.rmtree(shipped_content / "quizzes")
    run = trainer("validate", str(shipped_content), cwd=shipped_content.parent)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.strip().split("\n")
    assert "content/scenarios:1: warning: no role-play scenarios: the Role-play page will be empty" in lines
    assert any(line.startswith("content/quizzes:1: warning: no hand-written questions") for line in lines)
    assert "2 warnings" in run.stderr
    report = json.loads(trainer("validate", "--json", str(shipped_content), cwd=shipped_content.parent).stdout)
    assert report["ok"] is True and report["errors"] == []
    assert [w["path"] for w in report["warnings"]] == ["content/scenarios", "content/quizzes"]
    assert all(set(w) == {"path", "line", "message"} for w in report["warnings"])


def test_errors_and_warnings_together_exit_1(shipped_content):
    import shutil

    shutil.rmtree(shipped_content / "scenarios")
    (shipped_content / "articles" / "empty.zh.md").write_text("", encoding="utf-8")
    run = trainer("validate", str(shipped_content), cwd=shipped_content.parent)
    assert run.returncode == 1
    assert "content/articles/empty.zh.md:1: file is empty" in run.stdout
    assert "content/scenarios:1: warning:" in run.stdout


def test_a_wrong_manager_passcode_is_refused_with_exit_2_and_writes_nothing(tmp_path):
    from tests.ui.test_main_window import _seed
    from trainer.config import sqlite_url

    url = sqlite_url(tmp_path / "t.sqlite3")
    _seed(url, ("王小明", None))
    out = tmp_path / "out.csv"
    run = trainer("--db", url, "report", "--format", "csv", "--out", str(out),
                  env={"TRAINER_MANAGER_PASSCODE": "not-the-passcode"})
    assert run.returncode == 2 and "passcode" in run.stderr and not out.exists()


def test_a_forbidden_phrase_without_its_alternative_is_a_warning(shipped_content):
    forbidden = shipped_content / "phrases" / "forbidden.yaml"
    lines = forbidden.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("alternative:"))
    indent = len(lines[at]) - len(lines[at].lstrip())
    end = at + 1
    while end < len(lines) and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    phrase_line = max(i for i in range(at) if lines[i].lstrip().startswith("- id:")) + 1
    phrase_id = lines[phrase_line - 1].split(":", 1)[1].strip()
    forbidden.write_text("\n".join(lines[:at] + lines[end:]), encoding="utf-8")
    run = trainer("validate", str(shipped_content), cwd=shipped_content.parent)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (f"content/phrases/forbidden.yaml:{phrase_line}: warning: forbidden phrase '{phrase_id}' has no "
            f"alternative yet") in run.stdout.split("\n")
