"""Our whole bank -> GIFT -> back, and -> Moodle XML -> back, gives the same questions; the commands that do it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.content.loader import load_catalog
from trainer.content.schema import Question
from trainer.exchange import gift, moodle_xml
from trainer.exchange.bank import bank_items, from_item

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


@pytest.mark.parametrize("module", [gift, moodle_xml], ids=["gift", "moodle-xml"])
def test_whole_bank_round_trip(module):
    catalog = load_catalog(CONTENT).catalog
    items = bank_items(CONTENT)
    assert len(items) == len(catalog.questions)
    parsed = module.parse(module.write(items))
    assert parsed.skipped == [] and len(parsed.items) == len(items)
    back = {}
    for item in parsed.items:
        q, reason, _ = from_item(item, "x")
        assert reason is None
        back[q["id"]] = Question.model_validate(q)
    assert back == catalog.questions
    assert {q.type for q in back.values()} == {q.type for q in catalog.questions.values()}


@pytest.mark.parametrize("module", [gift, moodle_xml], ids=["gift", "moodle-xml"])
def test_generated_bank_round_trip(module):
    """The phrase questions the app builds (classify, rewrite as essay, matching) go out and come back too."""
    from trainer.engine.bank import build_bank
    from trainer.exchange.bank import to_item

    catalog = load_catalog(CONTENT).catalog
    bank = build_bank(catalog)
    assert {q.type for q in bank.values()} >= {"rewrite", "match", "single", "order", "true-false", "multiple"}
    parsed = module.parse(module.write([to_item(q, "bank") for q in bank.values()]))
    back = {}
    for item in parsed.items:
        q, reason, _ = from_item(item, "x")
        back[q["id"]] = Question.model_validate(q)
    assert back == bank
    essay = next(i for i in parsed.items if i.meta["id"].startswith("rewrite-"))
    assert essay.kind == "essay" and essay.general_feedback  # the recommended wording as its feedback


def test_the_body_carries_the_chinese_questions_without_our_comments():
    """A Moodle user sees the questions themselves; only what GIFT cannot say rides in the comment."""
    items = bank_items(CONTENT, lesson="phone-conduct")
    text = gift.write(items)
    plain = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    parsed = gift.parse(plain)
    assert len(parsed.items) == len(items) and "phone-conduct" in {i.category for i in parsed.items}
    first = parsed.items[0]
    assert first.text == items[0].text and first.general_feedback == items[0].general_feedback


def trainer(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "trainer", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}, timeout=120)


def test_export_then_import_with_the_commands(tmp_path):
    run = trainer("--content", str(CONTENT), "questions", "export", "--format", "moodle-xml", "--out", "bank.xml",
                  "--lesson", "hotline-agent", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "<question type=\"category\"><category><text>$course$/hotline-agent</text>" in \
        (tmp_path / "bank.xml").read_text(encoding="utf-8")
    run = trainer("questions", "import", "bank.xml", "--out", "set", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["imported"] > 3 and result["skipped"] == [] and result["errors"] == []
    assert "quizzes/hotline-agent.yaml" in result["files"]
    assert trainer("validate", "set", cwd=tmp_path).returncode == 0


def test_import_reports_what_it_skipped(tmp_path):
    from tests.exchange.test_formats import GIFT

    (tmp_path / "moodle.gift").write_text(GIFT, encoding="utf-8")
    run = trainer("questions", "import", "moodle.gift", "--out", "set", cwd=tmp_path)
    assert run.returncode == 1  # done, but some were skipped
    assert "11 imported, 4 skipped" in run.stderr
    essay = GIFT.splitlines().index("::Essay::Describe a good visit.{}") + 1
    assert f"moodle.gift:{essay}: skipped: an essay question" in run.stdout
    assert trainer("validate", "set", cwd=tmp_path).returncode == 0
    assert (tmp_path / "set" / "quizzes" / "phone-etiquette.yaml").exists()
    run = trainer("questions", "import", "moodle.gift", "--out", "set2", "--json", cwd=tmp_path)
    result = json.loads(run.stdout)
    assert result["imported"] == 11 and [s["line"] for s in result["skipped"]] == [essay, essay + 2, essay + 4, essay + 6]
    assert any("weights are lost" in w["message"] for w in result["warnings"])


@pytest.mark.parametrize("name,data,message", [
    ("empty.gift", b"", "the file is empty"),
    ("binary.gift", bytes(range(256)) * 10, "not a text file"),
    ("bad.xml", b"<quiz><question>", "not well-formed"),
])
def test_bad_question_files_are_refused_and_nothing_written(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    run = trainer("questions", "import", name, "--out", "set", cwd=tmp_path)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "set").exists()


def test_an_imported_question_citing_no_clause_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Which word is forbidden?\nA. Hello\nB. No\nANSWER: B\n", encoding="utf-8")
    assert trainer("questions", "import", "a.txt", "--out", "set", "--format", "aiken", cwd=tmp_path).returncode == 0
    run = trainer("validate", "set", "--json", cwd=tmp_path)
    result = json.loads(run.stdout)
    assert run.returncode == 0 and result["errors"] == []
    assert any("cites no clause yet" in w["message"] for w in result["warnings"])
