"""Exports for managers: CSV and XLSX tables, and xAPI statements for a learning record store."""

from __future__ import annotations

import csv
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Callable

HOMEPAGE = "https://trainer.local"  # the account home page (an IRL) of trainees in xAPI statements
VERBS = {
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "回答了", "answered"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "完成了", "completed"),
    "passed": ("http://adlnet.gov/expapi/verbs/passed", "通过了", "passed"),
    "failed": ("http://adlnet.gov/expapi/verbs/failed", "未通过", "failed"),
}

DASHBOARD_COLUMNS = {
    "zh": ["姓名", "团队", "期次", "完成课程", "课程进度", "作答数", "正确率", "最好测验成绩", "考核通过", "考核未通过",
           "演练次数", "演练平均得分", "最薄弱能力项", "最近活动", "是否达标"],
    "en": ["Name", "Team", "Intake", "Lessons completed", "Lesson progress", "Answers", "Average", "Best quiz",
           "Passed", "Failed", "Role-plays", "Role-play average", "Weakest competency", "Last activity", "Ready"],
}


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _time(moment: datetime | None) -> str:
    """The computer's local time, as the window shows it, with its offset from UTC (unambiguous when shared)."""
    return "" if moment is None else moment.astimezone().isoformat(timespec="seconds")


def dashboard_table(rows, lessons_total: int, lang: str, weakest: Callable, ready: Callable) -> list[list]:
    """The dashboard as plain cells: the header, then one line per trainee."""
    table = [DASHBOARD_COLUMNS["en" if lang == "en" else "zh"]]
    for r in rows:
        table.append([r.name, r.team, r.intake, r.lessons_completed,
                      _pct(r.lessons_completed / lessons_total if lessons_total else None), r.answers,
                      _pct(r.average), _pct(r.best_quiz), r.quizzes_passed, r.quizzes_failed, r.plays,
                      _pct(r.play_score / r.plays if r.plays else None), weakest(r) or "", _time(r.last_activity),
                      ("是" if lang != "en" else "yes") if ready(r) else ("否" if lang != "en" else "no")])
    return table


# the kinds of attempt and role-play ratings in a Chinese sheet (the English one keeps the codes, which read as words)
KINDS_ZH = {"lesson-check": "课后小测", "practice": "练习", "assessment": "考核", "role-play": "情景演练",
            "classroom": "课堂"}
RATINGS_ZH = {"excellent": "优秀", "acceptable": "合格", "failed": "不合格"}


def attempts_table(attempts, lang: str) -> list[list]:
    en = lang == "en"
    head = (["Trainee", "Kind", "Subject", "Started", "Finished", "Right", "Questions", "Passed", "Rating"]
            if en else ["学员", "类型", "内容", "开始", "结束", "答对", "题数", "通过", "评级"])
    yes, no = ("yes", "no") if en else ("是", "否")
    return [head] + [[a.trainee, a.kind if en else KINDS_ZH.get(a.kind, a.kind), a.subject, _time(a.started_at),
                      _time(a.finished_at), "" if a.correct is None else a.correct,
                      "" if a.total is None else a.total, "" if a.passed is None else (yes if a.passed else no),
                      (a.rating or "") if en else RATINGS_ZH.get(a.rating or "", a.rating or "")]
                     for a in attempts]


def items_table(items, lang: str) -> list[list]:
    head = (["Question", "Attempts", "Facility index", "Discrimination index", "Most common wrong answer", "Times"]
            if lang == "en" else ["题目", "作答次数", "难度系数（答对率）", "区分度", "最常见的错误答案", "次数"])
    return [head] + [[i.question_id, i.attempts, round(i.facility, 1),
                      "" if i.discrimination is None else round(i.discrimination, 1), i.common_wrong or "",
                      i.common_wrong_count] for i in items]


# A text cell a spreadsheet would run as a formula: a trainee named "=HYPERLINK(...)" (typed in, or imported from a
# roster) must reach the manager's Excel as text (OWASP's "CSV injection")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value):
    """A text cell that starts like a formula, with a leading apostrophe (shown as text, never run)."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(table: list[list], path: Path | str) -> None:
    # UTF-8 with a BOM: Excel in China opens it with the right encoding
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([[_as_text(v) for v in row] for row in table])


def write_xlsx(sheets: dict[str, list[list]], path: Path | str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for title, table in sheets.items():
        sheet = book.create_sheet(title[:31])
        for row in table:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # openpyxl took a text starting with "=" for a formula: text it is
                    cell.value, cell.data_type = str(cell.value), "s"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max((len(str(c.value)) if c.value is not None else 0) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width * 1.6))
    book.save(path)


def _actor(trainee_id: int, name: str) -> dict:
    return {"objectType": "Agent", "name": name, "account": {"homePage": HOMEPAGE, "name": str(trainee_id)}}


def _verb(key: str) -> dict:
    iri, zh, en = VERBS[key]
    return {"id": iri, "display": {"zh-CN": zh, "en-US": en}}


def _activity(kind: str, ident: str, name: tuple[str, str] | None) -> dict:
    activity = {"objectType": "Activity", "id": f"urn:trainer:{kind}:{ident}"}
    if name:
        activity["definition"] = {"name": {"zh-CN": name[0], "en-US": name[1]}}
    return activity


def xapi_statements(answers, lessons, attempts, describe: Callable[[str, str], tuple[str, str] | None]) -> list[dict]:
    """One statement per answered question, completed lesson, and passed or failed assessment.

    `describe(kind, id)` gives the (zh, en) name of a question, lesson or quiz, or None.
    """
    out = []
    for a in answers:
        out.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"trainer:answer:{a.attempt_id}:{a.question_id}")),
            "actor": _actor(a.trainee_id, a.trainee), "verb": _verb("answered"),
            "object": _activity("question", a.question_id, describe("question", a.question_id)),
            "result": {"success": a.correct, "response": a.answer,
                       "score": {"scaled": 1.0 if a.correct else 0.0, "raw": int(a.correct), "min": 0, "max": 1}},
            "context": {"contextActivities": {"parent": [_activity(a.kind, f"attempt-{a.attempt_id}", None)]}},
            "timestamp": a.answered_at.isoformat(),
        })
    for lesson in lessons:
        out.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"trainer:lesson:{lesson.trainee_id}:{lesson.article_id}")),
            "actor": _actor(lesson.trainee_id, lesson.trainee), "verb": _verb("completed"),
            "object": _activity("lesson", lesson.article_id, describe("lesson", lesson.article_id)),
            "result": {"completion": True}, "timestamp": lesson.completed_at.isoformat(),
        })
    for attempt in attempts:
        if attempt.kind != "assessment" or attempt.finished_at is None or attempt.passed is None:
            continue
        scaled = attempt.correct / attempt.total if attempt.total else 0.0
        out.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL,
                                 f"trainer:assessment:{attempt.trainee_id}:{attempt.started_at.isoformat()}")),
            "actor": _actor(attempt.trainee_id, attempt.trainee), "verb": _verb("passed" if attempt.passed else "failed"),
            "object": _activity("assessment", attempt.subject, (attempt.subject, attempt.subject)),
            "result": {"success": attempt.passed, "completion": True,
                       "score": {"scaled": round(scaled, 4), "raw": attempt.correct, "min": 0, "max": attempt.total}},
            "timestamp": attempt.finished_at.isoformat(),
        })
    return out


def write_xapi(statements: list[dict], path: Path | str) -> None:
    Path(path).write_text(json.dumps(statements, ensure_ascii=False, indent=1), encoding="utf-8")
