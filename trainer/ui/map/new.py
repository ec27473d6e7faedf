"""A new scenario: from the shape of a shipped one (its words left to write), empty, or from a Twine story."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from trainer.content.scenario_templates import TEMPLATES, from_template


class NewScenarioDialog(QDialog):
    """`data` is the new scenario (the mapping its file holds) once accepted; `warnings` what a Twine import met."""

    def __init__(self, content_dir: Path, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewScenario")
        self.setWindowTitle(self.tr("New scenario"))
        self.content_dir, self.taken = content_dir, taken
        self.data: dict | None = None
        self.warnings: list[str] = []
        self.story_path: Path | None = None
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText("new-scenario")
        self.title_zh, self.title_en = QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh)
        form.addRow(self.tr("Title (English)"), self.title_en)
        names = {"upset-customer": self.tr("The shape of the upset customer (a complaint, escalation, follow-up)"),
                 "missed-appointment": self.tr("The shape of the missed appointment (a timed phone call, "
                                               "typed replies)"),
                 "data-risk-repair": self.tr("The shape of the data-risk repair (flags: backup, consent)")}
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for key in (*TEMPLATES, "empty", "twine"):
            text = names.get(key) or (self.tr("Empty: one step to start from") if key == "empty"
                                      else self.tr("From a Twine story (.twee, .tw)…"))
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[key] = button
        self.choices[TEMPLATES[0]].setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("FormProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._on_create_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Start from")))
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return next(k for k, b in self.choices.items() if b.isChecked())

    @Slot()
    def _on_create_clicked(self) -> None:
        sid = self.id_edit.text().strip()
        title = {"zh": self.title_zh.text().strip() or sid, "en": self.title_en.text().strip() or sid}
        kind = self.chosen()
        if kind == "twine":
            sid = sid or None
        elif not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
            self.problem.setText(self.tr("An id is lower-case words joined by -, e.g. late-delivery"))
            return
        if sid in self.taken:
            self.problem.setText(self.tr("There is a scenario '{0}' already").format(sid))
            return
        if kind == "twine":
            self._from_twine(sid, title)
        elif kind == "empty":
            self.data = {"id": sid, "title": title, "summary": {"zh": "（待写：简介）", "en": "(to write: the summary)"},
                         "competencies": ["communication"], "start": "start",
                         "nodes": {"start": {"speaker": "customer", "text": {"zh": "（待写）", "en": "(to write)"}}}}
        else:
            self.data = from_template(self.content_dir, kind, sid, title)
        if self.data is not None:
            self.accept()

    def _from_twine(self, sid: str | None, title: dict) -> None:
        from trainer.content.twee import parse
        from trainer.content.twee_files import read_story
        from trainer.content.twee_import import slug, to_scenario
        from trainer.errors import TrainerError
        from trainer.ui.core_strings import message

        path = self.story_path
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("A Twine story"), "",
                                                  self.tr("Twee 3 (*.twee *.tw)"))
            if not name:
                return
            path = Path(name)
        try:
            story = parse(read_story(path))
        except TrainerError as exc:
            self.problem.setText(message(exc))
            return
        sid = sid or slug(path.stem, "-") or "imported-story"
        if sid in self.taken:
            self.problem.setText(self.tr("There is a scenario '{0}' already").format(sid))
            return
        self.data, self.warnings = to_scenario(story, sid, "communication")
        if self.title_zh.text().strip():
            self.data["title"] = title
