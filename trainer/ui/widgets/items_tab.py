"""The manager's questions tab: facility and discrimination of every question, and the clauses most often broken."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from trainer.engine.analysis import violated_clauses
from trainer.content.refs import clause_label
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import wrapped
from trainer.ui.widgets.quiz_runner import answer_text


def current_revisions(services) -> dict[str, str]:
    """Question id -> the revision the desks use now (answers to another one were given to an earlier version)."""
    from trainer.services.content import ContentMissing

    content = services.content
    out = {}
    for qid in content.bank():
        try:
            out[qid] = content.question(qid).revision
        except ContentMissing:
            continue
    return out


class ItemsTab(QWidget):
    """The statistics are computed for the manager area's session and the group the dashboard shows."""

    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.state = area.state
        self.table = QTableWidget(0, 6)
        self.current_only = QCheckBox()
        self.current_only.setObjectName("CurrentVersionOnly")
        self.current_only.toggled.connect(self.load)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.violated = QListWidget()
        self.note = wrapped(name="PageSubtitle")
        self.refresh = QPushButton()
        self.refresh.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.current_only)
        top.addWidget(self.refresh)
        self.violated_label = QLabel()
        self.violated_label.setObjectName("CardTitle")
        self.violated_label.setBuddy(self.violated)  # a screen reader names the list by its heading
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addWidget(self.violated_label)
        side.addWidget(self.violated)
        row.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh.setText(self.tr("&Compute"))
        self.note.setText(self.tr("Facility index: the share of right answers. Discrimination index: how well the "
                                  "question separates strong from weak trainees (the correlation with the rest of "
                                  "the quiz, ×100), as in Moodle's quiz statistics."))
        self.violated_label.setText(self.tr("Clauses most often broken"))
        self.violated.setAccessibleName(self.violated_label.text())
        self.table.setAccessibleName(self.tr("Questions and how often they were answered right"))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answers"), self.tr("Facility"),
                                              self.tr("Discrimination"), self.tr("Most common wrong answer"),
                                              self.tr("Answered on an earlier version")])
        self.current_only.setText(self.tr("Current version only"))

    @Slot()
    def load(self) -> None:
        """Compute the statistics of the manager's session for the chosen group (in a worker thread)."""
        session, group = self.area.session, self.area.group
        if session is None or self.state.services is None:
            return
        current_only = self.current_only.isChecked()

        def work(s):
            current = current_revisions(s)  # answers to another revision: given to an earlier version
            return (s.reports.items(session, group, current=current, current_only=current_only),
                    s.reports.wrong_turns(session, group))

        CallOp(self, work).success(self._on_loaded).busy(self.refresh).run()

    def _on_loaded(self, loaded) -> None:
        items, wrong = loaded
        bank = self.state.bank
        lang = self.state.locale
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            q = bank.get(item.question_id)
            label = q.prompt.get(lang).split("\n")[-1] if q else item.question_id
            cells = [label, item.attempts, round(item.facility, 1),
                     "" if item.discrimination is None else round(item.discrimination, 1),
                     self._wrong_text(q, item.common_wrong), item.earlier or ""]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem()
                cell.setData(Qt.ItemDataRole.DisplayRole, value)
                self.table.setItem(r, c, cell)
        self.table.setSortingEnabled(True)
        self.violated.clear()
        for ref, count in violated_clauses(self._broken(wrong, bank)):
            clause = self.state.catalog.clause(ref, lang)
            label = clause_label(self.state.catalog, ref, lang)
            self.violated.addItem(f"{count} × {label}  {clause.text[:40] if clause else ''}")

    def _broken(self, wrong, bank) -> list[tuple[str, ...]]:
        """The clauses behind each wrong answer and each wrong turn in a role-play."""
        events = []
        for ident, choice_id in wrong:
            if choice_id is None:
                q = bank.get(ident)
                if q is not None:
                    events.append(tuple(q.clauses))
                continue
            scenario_id, node_id = ident.split(":", 1)
            scenario = self.state.catalog.scenarios.get(scenario_id)
            node = scenario.nodes.get(node_id) if scenario else None
            choice = next((c for c in (node.choices if node else []) if c.id == choice_id), None)
            if choice is not None:
                events.append(tuple(choice.refs))
        return events

    def _wrong_text(self, q, stored: str | None) -> str:
        if stored is None:
            return ""
        try:
            answer = json.loads(stored)
        except ValueError:
            return stored
        if answer is None:
            return self.tr("(no answer in time)")
        try:
            return answer_text(q, answer, self.state.locale) if q is not None else stored
        except (IndexError, TypeError, ValueError):
            return stored
