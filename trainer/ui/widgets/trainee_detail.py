"""One trainee for the manager: competencies as bars, quiz results over time, and role-plays step by step."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QDateTimeAxis, QHorizontalBarSeries, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from trainer.engine.mastery import MIN_ANSWERS_FOR_COMPETENCY
from trainer.ui import style
from trainer.content.refs import clause_link
from trainer.ui.i18n import listing
from trainer.ui.models.dashboard import review_load_text


DAY_MS = 24 * 3600 * 1000


def _small_font(label_px: int | None) -> QFont:
    """The app's font at four fifths, as the zoom has it (seven competency names fit), or at `label_px`."""
    small = QFont(QApplication.font())
    if label_px is not None:
        small.setPixelSize(label_px)
    elif small.pixelSize() > 0:
        small.setPixelSize(max(10, round(small.pixelSize() * 0.8)))
    return small


def _percent_chart(chart: QChart, series, axis, percent_side: Qt.AlignmentFlag, axis_side: Qt.AlignmentFlag,
                   label_px: int | None = None) -> QChart:
    """The series against `axis` and 0-100 % on the other side, without a legend or title (the panel's heading
    says what it is), filling its view: at 1366×768 every pixel of height goes to the competencies' names."""
    chart.setMargins(QMargins(4, 4, 8, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(0)
    chart.addSeries(series)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setTickCount(3)
    percent.setLabelFormat("%d%%")
    small = _small_font(label_px)
    for each in (axis, percent):
        each.setLabelsFont(small)
    chart.addAxis(axis, axis_side)
    chart.addAxis(percent, percent_side)
    series.attachAxis(axis)
    series.attachAxis(percent)
    chart.legend().hide()
    if label_px is None:  # on screen: the window's colours (a PDF's charts are printed on white paper)
        from trainer.ui.palette import follow_palette

        follow_palette(chart)
    return chart


def competency_chart(row, names: dict[str, str], title: str, muted: str, label_px: int | None = None) -> QChart:
    """A bar per competency, its name written out on the left (Chinese names do not fit under a column).
    A competency with fewer answers than mastery needs has its bar (the share so far) and name in `muted`."""
    chart = QChart()
    series = QHorizontalBarSeries()
    bars = QBarSet(title)
    bars.setLabelFont(_small_font(label_px))
    categories = []
    too_few = []
    for comp, label in reversed(names.items()):  # the first competency at the top
        answered, right = row.competencies.get(comp, (0, 0))
        enough = answered >= MIN_ANSWERS_FOR_COMPETENCY
        shown = html.escape(label)
        categories.append(shown if enough else f'<span style="color: {muted}">{shown}</span>')
        if not enough and answered:  # drawn, in grey: the share so far (廉洁自律 showed nothing at all)
            too_few.append(len(categories) - 1)
        bars.append(round(100.0 * right / answered) if answered else 0.0)
    bars.setSelectedColor(QColor(muted))
    bars.selectBars(too_few)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPrecision(3)
    axis = QBarCategoryAxis()
    axis.append(categories)
    axis.setTruncateLabels(False)  # a name cut to "…" says nothing; the axis takes the width it needs
    return _percent_chart(chart, series, axis, Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft, label_px)


def progress_chart(attempts, label_px: int | None = None) -> QChart | None:
    """Each finished quiz's share of right answers by the day it was finished; None when there is none."""
    points = sorted((a.finished_at, a.correct / a.total) for a in attempts
                    if a.finished_at and a.total and a.correct is not None)
    if not points:
        return None
    chart = QChart()
    series = QLineSeries()
    series.setPointsVisible(True)
    for moment, share in points:
        series.append(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toMSecsSinceEpoch(), 100 * share)
    axis = QDateTimeAxis()
    axis.setFormat("MM-dd")
    first, last = series.at(0).x(), series.at(series.count() - 1).x()
    if last - first < DAY_MS:  # one day's quizzes: a day either side, not the same date five times
        first, last = first - DAY_MS, last + DAY_MS
    axis.setRange(QDateTime.fromMSecsSinceEpoch(int(first)), QDateTime.fromMSecsSinceEpoch(int(last)))
    axis.setTickCount(min(5, max(2, round((last - first) / DAY_MS) + 1)))
    return _percent_chart(chart, series, axis, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom, label_px)


def _headed(title: str, widget: QWidget, note: QLabel | None = None) -> tuple[QWidget, QLabel]:
    """`widget` under a heading (and a note at the heading's right)."""
    box = QWidget()
    heading = QLabel(title)
    heading.setObjectName("PanelTitle")
    heading.setBuddy(widget)
    row = QHBoxLayout()
    row.addWidget(heading)
    if note is not None:
        row.addStretch(1)
        row.addWidget(note)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addLayout(row)
    layout.addWidget(widget, 1)
    return box, heading


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
        self.progress_chart = QChartView()
        self.progress_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.no_results = QLabel()
        self.no_results.setObjectName("EmptyChart")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.setWordWrap(True)
        self.progress = QStackedWidget()
        self.progress.addWidget(self.progress_chart)
        self.progress.addWidget(self.no_results)
        self.plays = QListWidget()
        self.plays.setAccessibleName(self.tr("Role-plays"))
        self.plays.currentItemChanged.connect(self._on_play_chosen)
        self.replay = QTextBrowser()
        self.replay.setObjectName("Replay")
        self.replay.setOpenLinks(False)
        self.replay.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()))
        charts = QHBoxLayout()
        charts.setSpacing(24)  # the left chart's note ends where the right chart's heading begins
        self.chart_titles = []
        self.too_few_note = QLabel()
        self.too_few_note.setObjectName("ChartNote")
        for view, note in ((self.competencies, self.too_few_note), (self.progress, None)):
            box, heading = _headed("", view, note)
            charts.addWidget(box, 1)
            self.chart_titles.append(heading)
        self.lessons = QListWidget()
        self.lessons.setObjectName("LessonMastery")
        self.lessons.setAccessibleName(self.tr("Mastery per lesson"))
        for view in (self.lessons, self.plays):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        split = QSplitter()
        self.panel_titles = []
        for widget in (self.lessons, self.plays, self.replay):
            box, heading = _headed("", widget)
            split.addWidget(box)
            self.panel_titles.append(heading)
        split.setSizes([300, 260, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(charts, 3)
        layout.addWidget(split, 2)
        self._catalog = None
        self._steps = None
        self._lang = "zh"
        self.retranslate()

    def retranslate(self) -> None:
        for heading, text in zip(self.panel_titles, (self.tr("Mastery per lesson"), self.tr("Role-plays"),
                                                     self.tr("Replay of the chosen role-play"))):
            heading.setText(text)
        for heading, text in zip(self.chart_titles, (self.tr("Mastery per competency"),
                                                     self.tr("Quiz results over time"))):
            heading.setText(text)
        self.no_results.setText(self.tr("No quiz finished yet."))
        self.too_few_note.setText(self.tr("grey: fewer than {0} answers so far").format(MIN_ANSWERS_FOR_COMPETENCY))

    def show_trainee(self, row, attempts, plays, steps_of, catalog, bank: dict, lang: str, names: dict[str, str],
                     answers=(), earlier=()) -> None:
        self._catalog, self._steps, self._lang = catalog, steps_of, lang
        self.heading.setText(f"{row.name}　{row.team}　{row.intake}")
        average = "—" if row.average is None else f"{row.average:.0%}"
        self.summary.setText(self.tr("Answers: {0}, {1} right · assessments passed: {2}, not passed: {3} · lessons "
                                     "completed: {4} · role-plays: {5}").format(row.answers, average, row.quizzes_passed,
                                                                 row.quizzes_failed, row.lessons_completed,
                                                                 row.plays)
                             + self.tr(" · review cards due: {0}").format(review_load_text(row.review_load,
                                                                                           row.overdue)))
        self.retranslate()
        self.competencies.setChart(competency_chart(row, names, self.tr("Mastery per competency"),
                                                     style.color("muted")))
        chart = progress_chart(attempts)
        if chart is not None:
            self.progress_chart.setChart(chart)
        self.progress.setCurrentWidget(self.progress_chart if chart is not None else self.no_results)
        self._show_lessons(answers, catalog, bank, lang, earlier)
        self.plays.clear()
        ratings = {"excellent": self.tr("excellent"), "acceptable": self.tr("acceptable"), "failed": self.tr("failed")}
        unfinished = self.tr("not finished")
        for play in plays:
            scenario = catalog.scenarios.get(play.scenario_id)
            title = scenario.title.get(lang) if scenario else play.scenario_id
            when = play.started_at.astimezone().strftime("%m-%d %H:%M")
            rating = ratings.get(play.rating) or unfinished  # left before the end: said so, not "—"
            item = QListWidgetItem(f"{when}  {title}  {rating}")
            item.setData(Qt.ItemDataRole.UserRole, play)
            self.plays.addItem(item)
        self.replay.setHtml("")
        if self.plays.count():
            self.plays.setCurrentRow(0)
        else:
            self.replay.setPlaceholderText(self.tr("No role-play played yet."))

    def _show_lessons(self, answers, catalog, bank: dict, lang: str, earlier=()) -> None:
        from trainer.engine.mastery import per_article
        from trainer.engine.quiz import topic_of

        counts = per_article(answers, lambda qid: topic_of(bank[qid]) if qid in bank else None)
        old = per_article([(qid, True) for qid in earlier], lambda qid: topic_of(bank[qid]) if qid in bank else None)
        self.lessons.clear()
        for article in catalog.sorted_articles():
            answered, right = counts.get(article.id, (0, 0))
            share = f"{right / answered:.0%}" if answered else "—"
            text = (self.tr("{0}: {1} ({2} answers)") if answered != 1 else self.tr("{0}: {1} (1 answer)"))
            line = text.format(article.text(lang).title, share, answered)
            if old.get(article.id):  # the question changed since: those results are not on today's text
                line += self.tr(", {0} answered on an earlier version").format(old[article.id][0])
            self.lessons.addItem(line)

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
            mark = "✔" if step.was_best and not step.phrase_hits else "✘"  # a forbidden phrase typed: ✘
            links = listing((clause_link(r, lang, catalog=self._catalog) for r in refs), lang)
            rows.append(f"<p><b>{step.position + 1}. {mark}</b> {html.escape(node.text.get(lang))}<br>"
                        f"<i>→ {html.escape(said)}</i> ({step.seconds:.0f} s)<br>{html.escape(feedback)} {links}</p>")
        self.replay.setHtml("".join(rows))
