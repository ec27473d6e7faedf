"""One trainee for the manager: competencies as bars, quiz results over time, and role-plays step by step."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from trainer.engine.mastery import MIN_ANSWERS_FOR_COMPETENCY


def _percent_chart(chart: QChart, series, axis_x) -> QChart:
    """The series against `axis_x` below and 0-100 % on the left, without a legend."""
    chart.addSeries(series)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setLabelFormat("%d%%")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().hide()
    return chart


def competency_chart(row, names: dict[str, str], title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QBarSeries()
    bars = QBarSet(title)
    categories = []
    for comp, label in names.items():
        answered, right = row.competencies.get(comp, (0, 0))
        categories.append(label)
        bars.append(round(100.0 * right / answered) if answered >= MIN_ANSWERS_FOR_COMPETENCY else 0.0)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPrecision(3)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    return _percent_chart(chart, series, axis_x)


def progress_chart(attempts, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QLineSeries()
    points = sorted((a.finished_at, a.correct / a.total) for a in attempts
                    if a.finished_at and a.total and a.correct is not None)
    for moment, share in points:
        series.append(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toMSecsSinceEpoch(), 100 * share)
    axis_x = QDateTimeAxis()
    axis_x.setFormat("MM-dd")
    return _percent_chart(chart, series, axis_x)


class TraineeDetail(QWidget):
    reference_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TraineeDetail")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.competencies = QChartView()
        self.competencies.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.progress = QChartView()
        self.progress.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.plays = QListWidget()
        self.plays.setAccessibleName(self.tr("Role-plays"))
        self.plays.currentItemChanged.connect(self._on_play_chosen)
        self.replay = QTextBrowser()
        self.replay.setOpenLinks(False)
        self.replay.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()))
        charts = QHBoxLayout()
        charts.addWidget(self.competencies, 1)
        charts.addWidget(self.progress, 1)
        self.lessons = QListWidget()
        self.lessons.setObjectName("LessonMastery")
        self.lessons.setAccessibleName(self.tr("Mastery per lesson"))
        for listing in (self.lessons, self.plays):
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        split = QSplitter()
        split.addWidget(self.lessons)
        split.addWidget(self.plays)
        split.addWidget(self.replay)
        split.setSizes([260, 240, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(charts, 3)
        layout.addWidget(split, 2)
        self._catalog = None
        self._steps = None
        self._lang = "zh"

    def show_trainee(self, row, attempts, plays, steps_of, catalog, bank: dict, lang: str, names: dict[str, str],
                     answers=()) -> None:
        self._catalog, self._steps, self._lang = catalog, steps_of, lang
        self.heading.setText(f"{row.name}　{row.team}　{row.intake}")
        average = "—" if row.average is None else f"{row.average:.0%}"
        self.summary.setText(self.tr("{0} answers, {1} right · {2} assessments passed, {3} not · {4} lessons completed"
                                     " · {5} role-plays").format(row.answers, average, row.quizzes_passed,
                                                                 row.quizzes_failed, row.lessons_completed,
                                                                 row.plays))
        self.competencies.setChart(competency_chart(row, names, self.tr("Mastery per competency")))
        self.progress.setChart(progress_chart(attempts, self.tr("Quiz results over time")))
        self._show_lessons(answers, catalog, bank, lang)
        self.plays.clear()
        ratings = {"excellent": self.tr("excellent"), "acceptable": self.tr("acceptable"), "failed": self.tr("failed")}
        for play in plays:
            scenario = catalog.scenarios.get(play.scenario_id)
            title = scenario.title.get(lang) if scenario else play.scenario_id
            when = play.started_at.astimezone().strftime("%m-%d %H:%M")
            item = QListWidgetItem(f"{when}  {title}  {ratings.get(play.rating, '—')}")
            item.setData(Qt.ItemDataRole.UserRole, play)
            self.plays.addItem(item)
        self.replay.setHtml("")
        if self.plays.count():
            self.plays.setCurrentRow(0)

    def _show_lessons(self, answers, catalog, bank: dict, lang: str) -> None:
        from trainer.engine.mastery import per_article
        from trainer.engine.quiz import topic_of

        counts = per_article(answers, lambda qid: topic_of(bank[qid]) if qid in bank else None)
        self.lessons.clear()
        for article in catalog.sorted_articles():
            answered, right = counts.get(article.id, (0, 0))
            share = f"{right / answered:.0%}" if answered else "—"
            self.lessons.addItem(self.tr("{0}: {1} ({2} answers)").format(article.text(lang).title, share, answered))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_play_chosen(self, item, _previous) -> None:
        if item is None or self._catalog is None:
            return
        play = item.data(Qt.ItemDataRole.UserRole)
        scenario = self._catalog.scenarios.get(play.scenario_id)
        if scenario is None:
            self.replay.setHtml(html.escape(play.scenario_id))
            return
        lang = self._lang
        rows = []
        for step in self._steps(play.id):
            node = scenario.nodes.get(step.node_id)
            if node is None:
                continue
            if step.kind == "reply":
                said, feedback, refs = step.reply_text or "", node.reply.feedback.get(lang), node.reply.refs
            else:
                choice = next((c for c in node.choices if c.id == step.choice_id), None)
                said = choice.text.get(lang) if choice else step.choice_id or ""
                feedback = choice.feedback.get(lang) if choice else ""
                refs = choice.refs if choice else []
            mark = "✔" if step.was_best else "✘"
            links = "、".join(f'<a href="{r}">{r}</a>' for r in refs)
            rows.append(f"<p><b>{step.position + 1}. {mark}</b> {html.escape(node.text.get(lang))}<br>"
                        f"<i>→ {html.escape(said)}</i> ({step.seconds:.0f} s)<br>{html.escape(feedback)} {links}</p>")
        self.replay.setHtml("".join(rows))
