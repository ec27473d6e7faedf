"""The forbidden-phrase checker, measured on labelled sentences, and the `check-phrase` command."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from tests.conftest import CONTENT, ROOT
from trainer.content.loader import load_catalog
from trainer.engine.phrases import PhraseChecker

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def checker() -> PhraseChecker:
    return PhraseChecker.from_catalog(load_catalog(CONTENT).catalog)


def measure(name: str) -> tuple[float, float, int, list[str]]:
    sentences = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))["sentences"]
    tp = fp = fn = 0
    wrong = []
    for s in sentences:
        got = {h.phrase_id for h in checker().check(s["text"])}
        expected = set(s["expect"])
        tp, fp, fn = tp + len(got & expected), fp + len(got - expected), fn + len(expected - got)
        if got != expected:
            wrong.append(f"{s['text']!r}: expected {sorted(expected)}, found {sorted(got)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(sentences), wrong


def test_precision_and_recall_on_the_labelled_set():
    """phrase_eval.yaml: the set the phrase bank's variants and exceptions were written against."""
    precision, recall, n, wrong = measure("phrase_eval.yaml")
    print(f"\nphrase checker, labelled set ({n} sentences): precision {precision:.3f}, recall {recall:.3f}")
    assert n >= 150
    assert precision >= 0.95 and recall >= 0.95, "\n".join(wrong)


def test_precision_and_recall_on_the_held_out_set():
    """phrase_heldout.yaml: written separately, never used to tune the checker; its figures are reported."""
    if not (HERE / "phrase_heldout.yaml").exists():
        pytest.skip("no held-out set")
    precision, recall, n, wrong = measure("phrase_heldout.yaml")
    print(f"\nphrase checker, held-out set ({n} sentences): precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(wrong[:15]))
    assert precision >= 0.90 and recall >= 0.80


def test_two_offences_in_one_reply_are_both_named_with_their_category():
    hits = checker().check("这事你不懂,关电重启就得了")
    assert [h.phrase_id for h in hits] == ["you-dont-understand-this", "just-switch-off-and-restart"]
    assert all(h.alternative is not None and h.clauses for h in hits)


@pytest.mark.parametrize("text, phrase", [
    ("我也不知道", "i-dont-know"),
    ("这个不归我管啊", "this-isnt-my-business"),
    ("關電重啟就得了", "just-switch-off-and-restart"),
    ("这事儿你不懂", "you-dont-understand-this"),
    ("Ｉ　ｄｏｎ’ｔ　ｋｎｏｗ", "i-dont-know"),
    ("Honestly, I just don't know.", "i-dont-know"),
    ("不，不能给您换", "say-no"),
    ("Sorry, that's not my job.", "this-isnt-my-business"),
    ("It's not my problem, call the hotline.", "this-isnt-my-business"),
])
def test_variants_of_a_forbidden_phrase_are_found(text, phrase):
    assert phrase in [h.phrase_id for h in checker().check(text)]


@pytest.mark.parametrize("text", [
    "对不起，我不了解此产品，我马上请位专家给您回电话，您看可以吗？",
    "我知道了，马上给您安排。",
    "不好意思，让您久等了。",
    "No problem, I will be there at nine.",
    "不管多晚我都会来。",
])
def test_proper_service_language_is_not_flagged(text):
    assert checker().check(text) == []


def test_a_phrase_added_to_the_bank_is_found_without_code(shipped_content):
    bank = shipped_content / "phrases" / "forbidden.yaml"
    bank.write_text(bank.read_text(encoding="utf-8") + """
  - id: local-rule
    title: {zh: 本地规定, en: Local rule}
    phrases:
      - id: your-fault
        zh: 都怪你自己
        en: It's all your own fault.
        alternative: {zh: 我们一起看看怎么解决。, en: Let's see how to sort it out together.}
        breaks: [language-norms:4.4]
        sources: [engineer-code]
""", encoding="utf-8")
    result = load_catalog(shipped_content)
    assert result.problems == []
    hits = PhraseChecker.from_catalog(result.catalog).check("这都怪你自己啊")
    assert [h.phrase_id for h in hits] == ["your-fault"]


def cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "trainer", "check-phrase", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_check_phrase_command():
    run = cli("这事你不懂")
    # its alternative was written for this course: labelled so, and the clauses read as lesson title + number
    assert run.returncode == 1 and "服务忌语“这事你不懂”" in run.stdout and "推荐说法（本课程编写）" in run.stdout
    assert "语言规范 4.2" in run.stdout and "language-norms:" not in run.stdout
    seed = cli("我没空")  # its alternative is a source's own service phrase
    assert "应该说：“请稍等，我马上为您办理”" in seed.stdout and "本课程编写" not in seed.stdout
    clean = cli(stdin="您好，请问有什么可以帮您？")
    assert clean.returncode == 0 and "没有发现服务忌语" in clean.stdout
    report = json.loads(cli("--json", "--lang", "en", "I dunno").stdout)
    assert report["ok"] is False and report["hits"][0]["phrase"] == "i-dont-know"
    assert report["hits"][0]["matched"] == "I don't know." and report["hits"][0]["clauses"]
