"""Reports from the command line: refused without the passcode; CSV, XLSX and xAPI read back and checked."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime

import pytest

from tests.conftest import ROOT


def trainer(db: str, *args: str, passcode: str | None = "demo-passcode") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TRAINER_MANAGER_PASSCODE"}
    if passcode is not None:
        env["TRAINER_MANAGER_PASSCODE"] = passcode
    return subprocess.run([sys.executable, "-m", "trainer", "--db", db, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cohort")
    db = f"sqlite:///{folder / 'demo.sqlite3'}"
    run = trainer(db, "demo", "--trainees", "40", "--seed", "7", passcode=None)
    assert run.returncode == 0, run.stderr
    assert "40 trainees, 4,000 answers" in run.stdout
    return db, folder


def test_reports_are_refused_without_the_right_passcode(cohort):
    db, folder = cohort
    missing = trainer(db, "report", "--format", "csv", "--out", str(folder / "x.csv"), passcode=None)
    assert missing.returncode == 2 and "passcode is needed" in missing.stderr
    wrong = trainer(db, "report", "--format", "csv", "--out", str(folder / "x.csv"), passcode="guess-1234")
    assert wrong.returncode == 2 and "wrong passcode" in wrong.stderr
    assert not (folder / "x.csv").exists()


def test_dashboard_csv_reads_back(cohort):
    db, folder = cohort
    out = folder / "dashboard.csv"
    assert trainer(db, "report", "--format", "csv", "--out", str(out)).returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["姓名", "团队", "期次"] and len(rows) == 41
    assert all(int(r[5]) == 100 for r in rows[1:])  # answers per trainee
    assert {r[14] for r in rows[1:]} <= {"是", "否"}


def test_group_and_trainee_scopes(cohort):
    db, folder = cohort
    out = folder / "group.csv"
    assert trainer(db, "report", "--format", "csv", "--out", str(out), "--group", "华东一组").returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    assert rows and all(r[1] == "华东一组" for r in rows)
    name = rows[0][0]
    one = folder / "one.csv"
    assert trainer(db, "report", "--format", "csv", "--out", str(one), "--trainee", name).returncode == 0
    with open(one, encoding="utf-8-sig", newline="") as f:
        attempts = list(csv.reader(f))
    assert attempts[0][0] == "学员" and {r[0] for r in attempts[1:]} == {name}


def test_xlsx_has_the_dashboard_attempts_and_item_statistics(cohort):
    from openpyxl import load_workbook

    db, folder = cohort
    out = folder / "report.xlsx"
    assert trainer(db, "report", "--format", "xlsx", "--out", str(out)).returncode == 0
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["总览", "记录", "题目分析"]
    dashboard = list(book["总览"].values)
    assert len(dashboard) == 41 and dashboard[0][0] == "姓名"
    attempts = list(book["记录"].values)
    assert {row[1] for row in attempts[1:]} <= {"课后小测", "练习", "考核", "情景演练", "课堂"}
    assert {row[7] for row in attempts[1:]} <= {"是", "否", None, ""}
    assert {row[8] for row in attempts[1:]} <= {"优秀", "合格", "不合格", None, ""}
    assert any(row[1] == "情景演练" and row[8] for row in attempts[1:])
    items = list(book["题目分析"].values)[1:]
    assert items and all(0 <= row[2] <= 100 for row in items)
    assert all(row[3] in (None, "") or -100 <= row[3] <= 100 for row in items)


def test_xapi_statements_are_valid(cohort):
    db, folder = cohort
    out = folder / "statements.json"
    assert trainer(db, "report", "--format", "xapi", "--out", str(out)).returncode == 0
    statements = json.loads(out.read_text(encoding="utf-8"))
    verbs = {s["verb"]["id"].rsplit("/", 1)[1] for s in statements}
    assert {"answered", "completed"} <= verbs and verbs & {"passed", "failed"}
    ids = set()
    for s in statements:
        assert s["id"] not in ids
        ids.add(s["id"])
        assert s["actor"]["account"]["homePage"].startswith("https://") and s["actor"]["name"]
        assert s["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/")
        assert set(s["verb"]["display"]) == {"zh-CN", "en-US"}
        assert s["object"]["objectType"] == "Activity" and s["object"]["id"].startswith("urn:trainer:")
        name = s["object"].get("definition", {}).get("name")
        assert name is None or set(name) == {"zh-CN", "en-US"}
        datetime.fromisoformat(s["timestamp"])
        score = s.get("result", {}).get("score")
        if score is not None:
            assert -1 <= score["scaled"] <= 1 and score["min"] <= score["raw"] <= score["max"]


def pdf_text(path) -> str:
    import unicodedata

    from pypdf import PdfReader

    reader = PdfReader(str(path))
    # the CJK font maps some ideographs to their Kangxi radical code points; NFKC folds them back
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def pdf_fonts_and_images(path) -> tuple[set, int]:
    from pypdf import PdfReader

    fonts, images = set(), 0
    for page in PdfReader(str(path)).pages:
        resources = page["/Resources"]
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
        images += len(page.images)
    return fonts, images


def test_pdf_reports_for_a_trainee_and_a_group(cohort):
    db, folder = cohort
    csv_out = folder / "all.csv"
    trainer(db, "report", "--format", "csv", "--out", str(csv_out))
    with open(csv_out, encoding="utf-8-sig", newline="") as f:
        name = list(csv.reader(f))[1][0]
    one = folder / "one.pdf"
    run = trainer(db, "report", "--format", "pdf", "--out", str(one), "--trainee", name)
    assert run.returncode == 0, run.stderr
    text = pdf_text(one)
    assert f"学员考核报告:{name}" in text.replace(" ", "") and "最薄弱能力项" in text
    fonts, images = pdf_fonts_and_images(one)
    assert any("CJK" in f for f in fonts), fonts  # the Chinese font is embedded
    assert images >= 2  # the competency and progress charts
    assert "excellent" not in text and ("优秀" in text or "合格" in text)  # ratings in the report's language
    group = folder / "group.pdf"
    assert trainer(db, "report", "--format", "pdf", "--out", str(group), "--group", "华东一组").returncode == 0
    assert "分组考核报告:华东一组" in pdf_text(group).replace(" ", "")
    missing = trainer(db, "report", "--format", "pdf", "--out", str(folder / "x.pdf"), "--trainee", "无此人")
    assert missing.returncode == 2 and "no trainee named" in missing.stderr


def test_the_pdf_of_a_trainee_without_quizzes_says_so_instead_of_an_empty_chart(cohort):
    from trainer.services.context import open_services

    db, folder = cohort
    services = open_services(db)
    try:
        services.profiles.add_trainee("刚入职")
    finally:
        services.close()
    out = folder / "new.pdf"
    run = trainer(db, "report", "--format", "pdf", "--out", str(out), "--trainee", "刚入职")
    assert run.returncode == 0, run.stderr
    text = pdf_text(out).replace(" ", "")
    assert "还没有完成的测验。" in text
    assert pdf_fonts_and_images(out)[1] == 1  # the competencies' chart only


def test_a_name_that_looks_like_a_formula_reaches_the_spreadsheet_as_text(tmp_path):
    """CSV injection: a trainee named =HYPERLINK(...) (typed in or imported) must not run in the manager's Excel."""
    from openpyxl import load_workbook

    from trainer.exports import write_csv, write_xlsx

    table = [["姓名", "团队", "答对"], ['=HYPERLINK("http://evil","x")', "+1 组", 3], ["@SUM(A1)", "-2", -1],
             ["王小明", "华东一组", 5]]
    write_xlsx({"总览": table}, tmp_path / "x.xlsx")
    sheet = load_workbook(tmp_path / "x.xlsx")["总览"]
    cells = {c.coordinate: c for row in sheet.iter_rows() for c in row}
    assert cells["A2"].data_type == "s" and cells["A2"].value == '=HYPERLINK("http://evil","x")'
    assert cells["C3"].value == -1 and cells["C3"].data_type == "n"  # numbers stay numbers
    write_csv(table, tmp_path / "x.csv")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows] == ["姓名", "'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(A1)", "王小明"]
    assert rows[1][1] == "'+1 组" and rows[2][1] == "'-2" and rows[2][2] == "-1"


def test_report_errors_are_one_line_and_exit_2(cohort):
    db, folder = cohort
    gone = trainer(db, "report", "--format", "csv", "--out", str(folder / "no-such-folder" / "x.csv"))
    assert gone.returncode == 2 and "cannot write" in gone.stderr and "Traceback" not in gone.stderr
    for fmt in ("csv", "xlsx", "xapi"):
        nobody = trainer(db, "report", "--format", fmt, "--out", str(folder / f"n.{fmt}"), "--trainee", "无此人")
        assert nobody.returncode == 2 and "no trainee named" in nobody.stderr
    no_group = trainer(db, "report", "--format", "csv", "--out", str(folder / "g.csv"), "--group", "无此组")
    assert no_group.returncode == 2 and "no trainee in the team" in no_group.stderr


def test_times_in_the_tables_are_local_with_their_offset(monkeypatch):
    import time
    from datetime import timezone

    from trainer.exports import _time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert _time(datetime(2026, 11, 21, 14, 48, 35, tzinfo=timezone.utc)) == "2026-11-21T22:48:35+08:00"
    finally:
        monkeypatch.undo()
        time.tzset()
