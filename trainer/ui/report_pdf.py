"""PDF assessment reports (one trainee, or a group), drawn by Qt so Chinese text embeds its CJK font."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from trainer.ui import style


CHART_SIZE = QSize(680, 250)  # drawn at the size it is shown: the page is about 700 wide between its margins;
# the height lets the summary and both charts share the first page
CHART_LABEL_PX = 12  # about 9 points, as the tables
MUTED = "#6e7781"  # the names of competencies with too few answers


def _chart_png(chart, size: QSize = CHART_SIZE) -> str:
    from PySide6.QtCharts import QChart, QChartView
    from PySide6.QtWidgets import QApplication

    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out and painted, never on screen
    view.resize(size)
    view.show()
    QApplication.processEvents()
    image = view.grab().toImage()
    view.hide()
    view.deleteLater()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64()).decode("ascii")


def _table(rows: list[list]) -> str:
    head, *body = rows
    cells = "".join(f"<th>{html.escape(str(c))}</th>" for c in head)
    lines = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in body)
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{cells}</tr>{lines}</table>'


def write_pdf(path: Path | str, title: str, subtitle: str, sections: list[tuple]) -> None:
    """Sections are (heading, html) or (heading, html, True) for one that starts a page; images are data: URLs so
    the document loads nothing from outside."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("trainer")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # lay out with the page's resolution, not the screen's
    font = QFont(style.cjk_family() or "Sans Serif")
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } "
                                  "th { background-color: #eef2f7; } td, th { font-size: 9pt; }")
    new_page = ' style="page-break-before: always"'
    body = "".join(f"<h2{new_page if rest and rest[0] else ''}>{html.escape(h)}</h2>{content}"
                   for h, content, *rest in sections)
    document.setHtml(f"<h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p>{body}")
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # the file complete on disk, then its text layer put right (一 not ⼀: see pdf_text)
    from trainer.ui.pdf_text import fix_text_layer

    fix_text_layer(path)


def trainee_report(path, row, attempts, plays, catalog, lang: str, names: dict[str, str], ready: bool) -> None:
    from trainer.engine.mastery import MIN_ANSWERS_FOR_COMPETENCY, weakest
    from trainer.ui.widgets.trainee_detail import competency_chart, progress_chart

    zh = lang != "en"
    average = "—" if row.average is None else f"{row.average:.0%}"
    facts = [["项目" if zh else "Item", "数值" if zh else "Value"],
             ["团队 / 期次" if zh else "Team / intake", f"{row.team} / {row.intake}"],
             ["完成课程" if zh else "Lessons completed", f"{row.lessons_completed} / {len(catalog.articles)}"],
             ["作答 / 正确率" if zh else "Answers / right", f"{row.answers} / {average}"],
             ["考核通过 / 未通过" if zh else "Assessments passed / not", f"{row.quizzes_passed} / {row.quizzes_failed}"],
             ["情景演练" if zh else "Role-plays", str(row.plays)],
             ["最薄弱能力项" if zh else "Weakest competency", names.get(weakest(row) or "", "—")],
             ["是否达标" if zh else "Ready", ("是" if ready else "否") if zh else ("yes" if ready else "no")]]
    # drawn at the size they are printed, their labels as large as the tables' text
    chart = _chart_png(competency_chart(row, names, "各能力项掌握程度" if zh else "Mastery per competency",
                                        MUTED, label_px=CHART_LABEL_PX), CHART_SIZE)
    too_few = (f"灰色：作答不足 {MIN_ANSWERS_FOR_COMPETENCY} 题，尚不计算掌握程度。" if zh else
               f"Grey: fewer than {MIN_ANSWERS_FOR_COMPETENCY} answers so far, no mastery yet.")
    results = progress_chart(attempts, label_px=CHART_LABEL_PX)
    progress = (f'<img src="{_chart_png(results, CHART_SIZE)}" width="{CHART_SIZE.width()}">' if results is not None
                else f"<p>{'还没有完成的测验。' if zh else 'No quiz finished yet.'}</p>")
    from trainer.exports import RATINGS_ZH

    ratings = RATINGS_ZH if zh else {}
    plays_table = [["情景" if zh else "Scenario", "评级" if zh else "Rating", "时间" if zh else "When"]] + [
        [catalog.scenarios[p.scenario_id].title.get(lang) if p.scenario_id in catalog.scenarios else p.scenario_id,
         ratings.get(p.rating, p.rating or "—"), p.started_at.astimezone().strftime("%Y-%m-%d %H:%M")] for p in plays]
    write_pdf(path, ("学员考核报告：" if zh else "Assessment report: ") + row.name,
              "服务规范训练" if zh else "Service Conduct Trainer",
              [("概况" if zh else "Summary", _table(facts)),
               ("能力项" if zh else "Competencies",
                f'<img src="{chart}" width="{CHART_SIZE.width()}"><p style="color: {MUTED}">{too_few}</p>'),
               ("测验" if zh else "Quizzes", progress),
               # after both charts the first page is full: the role-plays start the next, heading and all
               ("情景演练" if zh else "Role-plays", _table(plays_table), results is not None)])


def _when(cell) -> str:
    """A time as a manager reads it (2026-12-03 23:56), not the export's ISO form that wraps over five lines."""
    from datetime import datetime

    text = str(cell)
    if len(text) >= 19 and text[4] == "-" and text[10] == "T":
        try:
            return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return text
    return text


def _group_table(rows: list[list]) -> str:
    """The group's table: times short, and names, teams and other short cells kept whole on one line (a narrow
    column broke 王小明 and 华东一组 mid-word)."""
    head, *body = rows

    def cell(tag: str, value) -> str:
        text = _when(value)
        keep = ' style="white-space: nowrap"' if len(text) <= 16 else ""
        return f"<{tag}{keep}>{html.escape(text)}</{tag}>"

    cells = "".join(cell("th", c) for c in head)
    lines = "".join("<tr>" + "".join(cell("td", c) for c in row) + "</tr>" for row in body)
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{cells}</tr>{lines}</table>'


def group_report(path, group: str, table: list[list], lang: str) -> None:
    zh = lang != "en"
    write_pdf(path, ("分组考核报告：" if zh else "Group report: ") + (group or ("全部" if zh else "everyone")),
              "服务规范训练" if zh else "Service Conduct Trainer",
              [("学员" if zh else "Trainees", _group_table(table))])
