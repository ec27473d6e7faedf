"""`trainer import-document`: a draft content folder that `trainer validate` accepts, a summary, and refusals that
write nothing."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.importer.fixtures import CODE_ZH, HTML, docx_bytes, pdf_bytes

ROOT = Path(__file__).resolve().parents[2]


def trainer(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "trainer", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}, timeout=120)


def test_documents_become_a_valid_draft_folder(tmp_path):
    (tmp_path / "code.txt").write_bytes(CODE_ZH.encode("gb18030"))
    (tmp_path / "上门.docx").write_bytes(docx_bytes())
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    run = trainer("import-document", "code.txt", "上门.docx", "page.html", "--out", "drafts", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["lessons"] == 3 and summary["clauses"] == 5 + 6 + 4
    assert summary["service_phrases"] == ["您好，这里是客服中心", "请您稍等", "感谢您的耐心等待"]
    assert summary["forbidden_phrases"] == ["我不知道", "这不归我管", "不"]
    assert summary["removed_lines"] == 4 and summary["errors"] == []
    assert any("alternative needed" in p and "我不知道" in p for p in summary["problems"])
    assert summary["questions"] >= 4  # 3 rings, 24 hours, 2 hours, 3 days ... and the phrases
    check = trainer("validate", "drafts", "--json", cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    drafts = tmp_path / "drafts"
    zh = (drafts / "articles" / "code-1.zh.md").read_text(encoding="utf-8")
    assert "2.1 电话铃响3声内必须接起。" in zh and "第二章 第三条" in zh and "导入草稿" in zh
    quiz = (drafts / "quizzes" / "code-1.yaml").read_text(encoding="utf-8")
    assert "____声" in quiz and "6声" in quiz  # the right number and wrong ones in the same unit
    assert "服务忌语" in (drafts / "phrases" / "code-forbidden.yaml").read_text(encoding="utf-8")
    assert sorted(p.name for p in (drafts / "phrases").iterdir()) == [
        "code-forbidden.yaml", "code-service.yaml", "page-forbidden.yaml"]
    opens = trainer("--content", "drafts", "validate", cwd=tmp_path)
    assert opens.returncode == 0


@pytest.mark.parametrize("name,data,message", [
    ("scan.pdf", pdf_bytes(None, image_only=True), "this PDF has no text: run OCR first"),
    ("broken.docx", b"PK\x03\x04broken", "damaged"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
    ("empty.txt", b"", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 50, "not a text file"),
])
def test_bad_documents_are_refused_and_nothing_is_written(tmp_path, name, data, message):
    (tmp_path / "good.txt").write_text(CODE_ZH, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    run = trainer("import-document", "good.txt", name, "--out", "drafts", cwd=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr and name in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "drafts").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["good.txt", name])


def test_a_50_mb_file_is_refused(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    run = trainer("import-document", "huge.txt", "--out", "drafts", cwd=tmp_path)
    assert run.returncode == 2 and "too big (50.0 MB" in run.stderr
    assert not (tmp_path / "drafts").exists()


def test_an_existing_folder_is_never_overwritten(tmp_path):
    (tmp_path / "code.txt").write_text(CODE_ZH, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "mine.md").write_text("keep me", encoding="utf-8")
    run = trainer("import-document", "code.txt", "--out", "drafts", cwd=tmp_path)
    assert run.returncode == 2 and "not empty" in run.stderr
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["mine.md"]


def test_no_structure_is_said_so(tmp_path):
    (tmp_path / "plain.txt").write_text("服务须知\n对客户要热情。\n上门前要预约时间。\n", encoding="utf-8")
    run = trainer("import-document", "plain.txt", "--out", "drafts", cwd=tmp_path)
    assert run.returncode == 0
    assert "no numbering found: one clause per paragraph" in run.stdout


def test_traditional_characters_are_kept_or_converted(tmp_path):
    text = "服務規範\n第一條 電話鈴響3聲內必須接起。\n第二條 嚴禁說“我不知道”。\n"
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    kept = trainer("import-document", "big5.txt", "--out", "kept", "--json", cwd=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert json.loads(kept.stdout)["forbidden_phrases"] == ["我不知道"]
    assert "1.1 電話鈴響3聲內必須接起。" in (tmp_path / "kept" / "articles" / "big5-1.zh.md").read_text("utf-8")
    converted = trainer("import-document", "big5.txt", "--out", "simple", "--simplified", cwd=tmp_path)
    assert converted.returncode == 0
    zh = (tmp_path / "simple" / "articles" / "big5-1.zh.md").read_text("utf-8")
    assert "1.1 电话铃响3声内必须接起。" in zh and "严禁说" in zh


def test_progress_is_told_for_each_stage_of_each_document(tmp_path):
    from trainer.importer.pipeline import import_paths

    (tmp_path / "a.txt").write_text(CODE_ZH, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    seen = []
    import_paths([tmp_path / "a.txt", tmp_path / "b.html"], lambda done, total, name: seen.append((done, total, name)))
    assert seen == [(0, 6, "a.txt"), (1, 6, "a.txt"), (2, 6, "a.txt"), (3, 6, "b.html"), (4, 6, "b.html"),
                    (5, 6, "b.html"), (6, 6, "")]
