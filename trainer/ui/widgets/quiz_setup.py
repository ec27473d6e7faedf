"""Choosing a quiz: which kinds of question, which lessons, how many, how long, and when the feedback comes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from trainer.content.model import Catalog
from trainer.engine.quiz import KINDS, QuizSpec


KIND_NAMES = {
    "classify": QT_TRANSLATE_NOOP("QuizSetup", "Service or forbidden phrase?"),
    "best-reply": QT_TRANSLATE_NOOP("QuizSetup", "Best reply in a situation"),
    "spot": QT_TRANSLATE_NOOP("QuizSetup", "Spot the forbidden phrase"),
    "rewrite": QT_TRANSLATE_NOOP("QuizSetup", "Rewrite a forbidden phrase"),
    "fact": QT_TRANSLATE_NOOP("QuizSetup", "Facts of the code"),
    "match": QT_TRANSLATE_NOOP("QuizSetup", "Match situations and phrases"),
    "true-false": QT_TRANSLATE_NOOP("QuizSetup", "True or false"),
    "order": QT_TRANSLATE_NOOP("QuizSetup", "Put the steps in order"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("QuizSetup", KIND_NAMES[kind])


class QuizSetup(QWidget):
    start_requested = Signal(object)  # QuizSpec

    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuizSetup")
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        for i, kind in enumerate(KINDS):
            box = QCheckBox(kind_name(kind))
            box.setChecked(True)
            self.kind_boxes[kind] = box
            kinds.addWidget(box, i // 2, i % 2)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Lessons to draw from"))
        for article in catalog.sorted_articles():
            item = QListWidgetItem(article.text(lang).title)
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            item.setToolTip(article.text(lang).title)  # a long title ends in "…" in the list: in full here
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.topics.addItem(item)
        self.topics.setMinimumHeight(200)
        self.topics.setTextElideMode(Qt.TextElideMode.ElideRight)  # cut with "…", not mid-word under a scroll bar
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QSpinBox()
        self.count.setRange(3, 50)
        self.count.setValue(10)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 120)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.per_question = QSpinBox()
        self.per_question.setRange(0, 300)
        self.per_question.setSingleStep(10)
        self.per_question.setSpecialValueText(self.tr("no limit"))
        self.competency = QComboBox()
        self.competency.addItem(self.tr("all competencies"), "")
        for comp in catalog.competencies.values():
            self.competency.addItem(comp.name.get(lang), comp.id)
        self.feedback = QComboBox()
        self.feedback.addItem(self.tr("after each question"), "immediate")
        self.feedback.addItem(self.tr("at the end"), "end")
        form = QFormLayout()
        form.addRow(self.tr("&Competency"), self.competency)
        form.addRow(self.tr("&Questions"), self.count)
        form.addRow(self.tr("Time for the qui&z (minutes)"), self.minutes)
        form.addRow(self.tr("Time per qu&estion (seconds)"), self.per_question)
        form.addRow(self.tr("Fee&dback"), self.feedback)
        self.start_button = QPushButton(self.tr("&Start practice"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.note = QLabel()
        self.note.setObjectName("ErrorText")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.start_button)
        for w in (self.count, self.minutes, self.per_question, self.feedback, self.competency):
            w.setMaximumWidth(220)
        left = QVBoxLayout()
        heading = QLabel(self.tr("Kinds of question"))
        heading.setObjectName("CardTitle")
        left.addWidget(heading)
        left.addLayout(kinds)
        left.addSpacing(8)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        topics_heading = QLabel(self.tr("Lessons"))
        topics_heading.setObjectName("CardTitle")
        right.addWidget(topics_heading)
        right.addWidget(self.topics, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addLayout(buttons)

    def spec(self, name: str = "", pass_mark: float = 0.8) -> QuizSpec:
        kinds = tuple(k for k, box in self.kind_boxes.items() if box.isChecked())
        topics = tuple(self.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.topics.count())
                       if self.topics.item(i).checkState() == Qt.CheckState.Checked)
        all_topics = len(topics) == self.topics.count()
        return QuizSpec(name=name, kinds=() if len(kinds) == len(KINDS) else kinds,
                        topics=() if all_topics else topics, count=self.count.value(),
                        competencies=(self.competency.currentData(),) if self.competency.currentData() else (),
                        time_limit_s=self.minutes.value() * 60 or None,
                        per_question_s=self.per_question.value() or None, pass_mark=pass_mark,
                        feedback=self.feedback.currentData())

    def problem(self) -> str | None:
        """What keeps this choice from making a quiz, in words; None when it can."""
        if not any(b.isChecked() for b in self.kind_boxes.values()):
            return self.tr("Choose at least one kind of question.")
        if not any(self.topics.item(i).checkState() == Qt.CheckState.Checked for i in range(self.topics.count())):
            return self.tr("Choose at least one lesson.")
        return None

    def _on_start_clicked(self) -> None:
        problem = self.problem()
        if problem:
            self.note.setText(problem)
            return
        self.note.clear()
        self.start_requested.emit(self.spec())
