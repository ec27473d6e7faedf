"""A report's text layer is the text printed: pdftotext (what search, copy and screen readers use) gives 项目, 能力
and 一组 as the ideographs, never Kangxi radicals; the group report prints times a person reads, on one line."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.test_reports import trainer
from trainer.ui.pdf_text import fix_cmap, ideograph

RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def small_cohort(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf-cohort")
    db = f"sqlite:///{folder / 'demo.sqlite3'}"
    run = trainer(db, "demo", "--trainees", "6", "--seed", "7", passcode=None)
    assert run.returncode == 0, run.stderr
    return db, folder


def test_a_trainee_report_searches_as_printed(small_cohort):
    db, folder = small_cohort
    out = folder / "one.pdf"
    names = folder / "all.csv"
    assert trainer(db, "report", "--format", "csv", "--out", str(names)).returncode == 0
    name = names.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[0]
    run = trainer(db, "report", "--format", "pdf", "--out", str(out), "--trainee", name)
    assert run.returncode == 0, run.stderr
    text = pdftotext(out)
    assert "项目" in text and "能力" in text, text[:400]
    assert not RADICALS.findall(text), sorted(set(RADICALS.findall(text)))


def test_a_group_report_searches_as_printed_with_readable_times(small_cohort):
    db, folder = small_cohort
    out = folder / "group.pdf"
    run = trainer(db, "report", "--format", "pdf", "--out", str(out), "--group", "华东一组")
    assert run.returncode == 0, run.stderr
    text = pdftotext(out)
    assert "华东一组" in text and not RADICALS.findall(text)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text)  # no raw ISO timestamps



def test_the_group_table_prints_times_short_and_names_whole(qapp, tmp_path):
    from trainer.ui.report_pdf import group_report

    out = tmp_path / "group.pdf"
    rows = [["姓名", "团队", "最近学习"]] + [[f"欧阳明{i}", "华东一组", "2026-12-03T23:56:52+00:00"] for i in range(3)]
    group_report(out, "华东一组", rows, "zh")
    text = pdftotext(out)
    assert "2026-12-03T" not in text and len(re.findall(r"2026-12-0\d \d\d:\d\d", text)) == 3
    assert all(f"欧阳明{i}" in text for i in range(3)) and not RADICALS.findall(text)


def test_the_map_rewrite_touches_destinations_only():
    cmap = (b"2 beginbfrange\n<0000> <0000> <0000>\n<2F00> <2F02> [<2F00> <4E00> <2F12>]\nendbfrange\n"
            b"1 beginbfchar\n<2F6C> <2F6C>\nendbfchar\n1 beginbfrange\n<0010> <0012> <2F00>\nendbfrange\n")
    fixed = fix_cmap(cmap).decode()
    assert "<2F00> <2F02> [<4E00> <4E00> <529B>]" in fixed  # glyph codes kept, values made ideographs
    assert "<2F6C> <76EE>" in fixed
    assert "<0010> <0012> [<4E00> <4E28> <4E36>]" in fixed  # ⼀⼁⼂ spelt out: 一丨丶
    assert ideograph("⼀组⽬⼒⾃") == "一组目力自"
