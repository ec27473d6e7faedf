"""The teams' inputs on the presenter's console: each team's show of hands on a role-play step (a row of counts per
team) and each team's answer to a quiz question. They change the controller; `refresh` draws what it holds."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QTableWidget, QTableWidgetItem, QWidget

from trainer.engine.classroom import letter


class TeamInputs:
    def __init__(self, controller) -> None:
        self.controller = controller
        self.rows: list[str] = []  # the teams, in the table's row order
        self.table = QTableWidget()
        self.table.setObjectName("TeamVotes")
        self.table.itemChanged.connect(self._on_counts_changed)
        self.answers: dict[str, QComboBox] = {}
        self.answer_box = QWidget()
        self.answer_layout = QGridLayout(self.answer_box)
        self.answer_layout.setContentsMargins(0, 0, 0, 0)

    def set_teams(self, teams: list[str]) -> None:
        self.rows = list(teams)
        self.table.blockSignals(True)
        self.table.setRowCount(len(teams))
        self.table.setVerticalHeaderLabels(teams)
        self.table.blockSignals(False)
        for team in teams:
            combo = QComboBox()
            combo.addItem("—", None)
            combo.currentIndexChanged.connect(partial(self._on_answer, team))
            row = len(self.answers)
            self.answer_layout.addWidget(QLabel(team), row, 0)
            self.answer_layout.addWidget(combo, row, 1)
            self.answers[team] = combo

    def _on_counts_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if row >= len(self.rows):
            return
        counts = []
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            try:
                counts.append(int(cell.text()) if cell and cell.text().strip() else 0)
            except ValueError:
                counts.append(0)
        self.controller.set_team_counts(self.rows[row], counts)

    def _on_answer(self, team: str, _index: int) -> None:
        self.controller.set_team_answer(team, self.answers[team].currentData())

    def refresh(self, options: int, reply: bool) -> None:
        """What the controller holds, changing only the cells that differ (a count being typed keeps its editor)."""
        c, teams = self.controller, self.rows
        counts_shown = c.play is not None and bool(teams) and bool(options) and not reply
        self.table.setVisible(counts_shown)
        if counts_shown:
            self.table.blockSignals(True)
            if self.table.columnCount() != options:
                self.table.setColumnCount(options)
                self.table.setHorizontalHeaderLabels([letter(i) for i in range(options)])
            for row, team in enumerate(teams):
                team_counts = c.votes.teams.get(team, [0] * options)
                for column in range(options):
                    text = str(team_counts[column]) if column < len(team_counts) else "0"
                    item = self.table.item(row, column)
                    if item is None:
                        self.table.setItem(row, column, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
            self.table.blockSignals(False)
            self.table.setEnabled(not c.revealed)
        answers_shown = c.quiz is not None and bool(teams) and not c.finished
        self.answer_box.setVisible(answers_shown)
        if answers_shown:
            for team, combo in self.answers.items():
                combo.blockSignals(True)
                while combo.count() - 1 > options:
                    combo.removeItem(combo.count() - 1)
                while combo.count() - 1 < options:
                    combo.addItem(letter(combo.count() - 1), combo.count() - 1)
                place = c.quiz.team_answers.get(team)
                combo.setCurrentIndex(0 if place is None else place + 1)
                combo.setEnabled(not c.revealed)
                combo.blockSignals(False)
