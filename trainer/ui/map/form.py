"""The side form: every field of the selected step (speaker, line, reply kind and time limit, each choice's
text, feedback, scores, flags set and required, next step, clauses; a typed reply; an ending), and the step as
YAML for what has no box of its own (a typed reply's expected elements)."""

from __future__ import annotations

import copy

import yaml
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSpinBox,
    QTabWidget, QVBoxLayout, QWidget,
)

from trainer.content.scenario_draft import RATINGS, SPEAKERS, dump_yaml
from trainer.ui.map.fields import Bilingual, StepChooser, names, put, scores, scores_text

KINDS = ("choices", "reply", "ending")


class StepForm(QWidget):
    edited = Signal(str, object)  # step id, its new data (one undoable edit)
    rename_requested = Signal(str, str)  # old id, new id
    problem = Signal(str)  # a value the form could not take (shown by the window)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node_id: str | None = None
        self.node: dict = {}
        self.steps: list[str] = []
        self.choice_index = -1
        self.tabs = QTabWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self._build_step_tab()
        self._build_yaml_tab()
        self.retranslate()

    def _build_step_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("StepId")
        self.id_edit.editingFinished.connect(self._on_id_edited)
        self.speaker = QComboBox()
        self.speaker.addItems(["" for _ in SPEAKERS])
        self.speaker.currentIndexChanged.connect(self.apply)
        self.kind = QComboBox()
        self.kind.addItems(["", "", ""])
        self.kind.currentIndexChanged.connect(self.apply)
        self.timer = QSpinBox()
        self.timer.setRange(0, 600)
        self.timer.editingFinished.connect(self.apply)
        self.on_timeout = QComboBox()
        self.on_timeout.setMinimumContentsLength(6)
        self.on_timeout.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.on_timeout.currentIndexChanged.connect(self.apply)
        self.id_label, self.speaker_label, self.kind_label = QLabel(), QLabel(), QLabel()
        self.timer_label, self.timeout_label = QLabel(), QLabel()
        form.addRow(self.id_label, self.id_edit)
        form.addRow(self.speaker_label, self.speaker)
        form.addRow(self.kind_label, self.kind)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer)
        timer_row.addWidget(self.timeout_label)
        timer_row.addWidget(self.on_timeout, 1)
        form.addRow(self.timer_label, timer_row)
        layout.addLayout(form)
        self.text = Bilingual("中文", "English")
        self.text.finished.connect(self.apply)
        self.line_label = QLabel()
        layout.addWidget(self.line_label)
        layout.addWidget(self.text)

        self.choices_box = QGroupBox()
        box = QVBoxLayout(self.choices_box)
        self.choice_list = QListWidget()
        self.choice_list.setMaximumHeight(90)
        self.choice_list.currentRowChanged.connect(self._on_choice_row_changed)
        buttons = QHBoxLayout()
        self.add_choice, self.remove_choice = QPushButton(), QPushButton()
        self.add_choice.clicked.connect(self._on_add_choice_clicked)
        self.remove_choice.clicked.connect(self._on_remove_choice_clicked)
        buttons.addWidget(self.add_choice)
        buttons.addWidget(self.remove_choice)
        buttons.addStretch(1)
        box.addWidget(self.choice_list)
        box.addLayout(buttons)
        cf = QFormLayout()
        self.c_id, self.c_score, self.c_sets = QLineEdit(), QLineEdit(), QLineEdit()
        self.c_requires, self.c_refs = QLineEdit(), QLineEdit()
        self.c_next, self.c_otherwise = StepChooser(), StepChooser(allow_none=True)
        self.c_text = Bilingual("中文", "English")
        self.c_feedback = Bilingual("中文", "English")
        self.c_labels = [QLabel() for _ in range(9)]
        for label, widget in zip(self.c_labels, (self.c_id, self.c_text, self.c_next, self.c_score, self.c_sets,
                                                 self.c_requires, self.c_otherwise, self.c_feedback, self.c_refs)):
            cf.addRow(label, widget)
            signal = getattr(widget, "finished", None) or getattr(widget, "editingFinished", None)
            if signal is not None:
                signal.connect(self.apply)
        for chooser in (self.c_next, self.c_otherwise):
            chooser.activated.connect(self.apply)
            chooser.lineEdit().editingFinished.connect(self.apply)
        box.addLayout(cf)
        layout.addWidget(self.choices_box)

        self.reply_box = QGroupBox()
        rf = QFormLayout(self.reply_box)
        self.r_prompt, self.r_feedback = Bilingual("中文", "English"), Bilingual("中文", "English")
        self.r_next, self.r_sets, self.r_refs = StepChooser(), QLineEdit(), QLineEdit()
        self.r_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.r_labels, (self.r_prompt, self.r_next, self.r_feedback, self.r_sets,
                                                 self.r_refs)):
            rf.addRow(label, widget)
        for widget in (self.r_prompt, self.r_feedback):
            widget.finished.connect(self.apply)
        for widget in (self.r_sets, self.r_refs, self.r_next.lineEdit()):
            widget.editingFinished.connect(self.apply)
        self.r_next.activated.connect(self.apply)
        layout.addWidget(self.reply_box)

        self.ending_box = QGroupBox()
        ef = QFormLayout(self.ending_box)
        self.e_rating = QComboBox()
        self.e_rating.addItems(["—", *RATINGS])
        self.e_rating.currentIndexChanged.connect(self.apply)
        self.e_title, self.e_debrief = Bilingual("中文", "English"), Bilingual("中文", "English")
        self.e_title.finished.connect(self.apply)
        self.e_debrief.finished.connect(self.apply)
        self.e_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.e_labels, (self.e_rating, self.e_title, self.e_debrief)):
            ef.addRow(label, widget)
        layout.addWidget(self.ending_box)
        layout.addStretch(1)
        self.step_tab = tab
        self.tabs.addTab(tab, "")

    def _build_yaml_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.yaml_note = QLabel()
        self.yaml_note.setWordWrap(True)
        self.yaml_edit = QPlainTextEdit()
        self.yaml_edit.setObjectName("StepYaml")
        self.yaml_apply = QPushButton()
        self.yaml_apply.clicked.connect(self._on_yaml_apply_clicked)
        layout.addWidget(self.yaml_note)
        layout.addWidget(self.yaml_edit, 1)
        layout.addWidget(self.yaml_apply)
        self.tabs.addTab(tab, "")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Fields"))
        self.tabs.setTabText(1, self.tr("As YAML"))
        for i, text in enumerate((self.tr("Customer"), self.tr("Trainee"), self.tr("Narrator"), self.tr("Colleague"),
                                  self.tr("Manager"))):
            self.speaker.setItemText(i, text)
        for label, text in zip((self.id_label, self.speaker_label, self.kind_label, self.timer_label,
                                self.timeout_label, self.line_label),
                               (self.tr("Id"), self.tr("Speaker"), self.tr("Reply"), self.tr("Time limit (s)"),
                                self.tr("on timeout"), self.tr("Line"))):
            label.setText(text)
        for i, text in enumerate((self.tr("Choices"), self.tr("Typed reply"), self.tr("Ending"))):
            self.kind.setItemText(i, text)
        self.choices_box.setTitle(self.tr("Choices"))
        self.add_choice.setText(self.tr("Add choice"))
        self.remove_choice.setText(self.tr("Remove choice"))
        for label, text in zip(self.c_labels, (self.tr("Id"), self.tr("Text"), self.tr("Next step"),
                                               self.tr("Score"), self.tr("Sets flags"), self.tr("Requires flags"),
                                               self.tr("Otherwise"), self.tr("Feedback"), self.tr("Clauses"))):
            label.setText(text)
        self.c_score.setPlaceholderText(self.tr("communication: 2, process: -1"))
        self.reply_box.setTitle(self.tr("Typed reply"))
        for label, text in zip(self.r_labels, (self.tr("Prompt"), self.tr("Next step"), self.tr("Feedback"),
                                               self.tr("Sets flags"), self.tr("Clauses"))):
            label.setText(text)
        self.ending_box.setTitle(self.tr("Ending"))
        for label, text in zip(self.e_labels, (self.tr("Rating"), self.tr("Title"), self.tr("Debrief"))):
            label.setText(text)
        self.yaml_note.setText(self.tr("The whole step, including a typed reply's expected elements. Apply makes "
                                       "it one undoable edit."))
        self.yaml_apply.setText(self.tr("Apply"))

    # -- showing a step ----------------------------------------------------------------------------------

    def show_step(self, node_id: str | None, node: dict | None, steps: list[str]) -> None:
        self.node_id, self.node, self.steps = node_id, copy.deepcopy(node or {}), steps
        self.setEnabled(node_id is not None)
        self._loading = True
        n = self.node
        self.id_edit.setText(node_id or "")
        self.speaker.setCurrentIndex(max(0, SPEAKERS.index(n["speaker"]) if n.get("speaker") in SPEAKERS else 0))
        kind = "ending" if "ending" in n else "reply" if "reply" in n else "choices"
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.timer.setValue(int(n.get("timer") or 0))
        self.text.set(n.get("text"))
        choices = n.get("choices") or []
        self.on_timeout.clear()
        self.on_timeout.addItems(["", *[str(c.get("id")) for c in choices]])
        self.on_timeout.setCurrentText(str(n.get("on_timeout") or ""))
        self.choice_list.clear()
        self.choice_list.addItems([f"{c.get('id')} → {c.get('next')}" for c in choices])
        self.choice_index = min(max(self.choice_index, 0), len(choices) - 1) if choices else -1
        self.choice_list.setCurrentRow(self.choice_index)
        self._show_choice()
        reply = n.get("reply") or {}
        self.r_prompt.set(reply.get("prompt"))
        self.r_feedback.set(reply.get("feedback"))
        self.r_next.set_steps(steps, reply.get("next"))
        self.r_sets.setText(", ".join(reply.get("sets") or []))
        self.r_refs.setText(", ".join(reply.get("refs") or []))
        ending = n.get("ending") or {}
        self.e_rating.setCurrentIndex(RATINGS.index(ending["rating"]) + 1 if ending.get("rating") in RATINGS else 0)
        self.e_title.set(ending.get("title"))
        self.e_debrief.set(ending.get("debrief"))
        self.choices_box.setVisible(kind == "choices")
        self.reply_box.setVisible(kind == "reply")
        self.ending_box.setVisible(kind == "ending")
        self.yaml_edit.setPlainText(dump_yaml(self.node) if node_id else "")
        self._loading = False

    def _show_choice(self) -> None:
        choices = self.node.get("choices") or []
        c = choices[self.choice_index] if 0 <= self.choice_index < len(choices) else {}
        for widget in (self.c_id, self.c_text, self.c_next, self.c_score, self.c_sets, self.c_requires,
                       self.c_otherwise, self.c_feedback, self.c_refs, self.remove_choice):
            widget.setEnabled(bool(c))
        self.c_id.setText(str(c.get("id") or ""))
        self.c_text.set(c.get("text"))
        self.c_next.set_steps(self.steps, c.get("next"))
        self.c_otherwise.set_steps(self.steps, c.get("otherwise"))
        self.c_score.setText(scores_text(c.get("score")))
        self.c_sets.setText(", ".join(c.get("sets") or []))
        self.c_requires.setText(", ".join(c.get("requires") or []))
        self.c_feedback.set(c.get("feedback"))
        self.c_refs.setText(", ".join(c.get("refs") or []))

    # -- editing -------------------------------------------------------------------------------------------

    def collect(self) -> dict | None:
        """The step as the form now has it (fields without a box kept as they were); None if a value is bad."""
        n = copy.deepcopy(self.node)
        n["speaker"] = SPEAKERS[self.speaker.currentIndex()]
        put(n, "text", self.text.get())
        kind = KINDS[self.kind.currentIndex()]
        put(n, "timer", self.timer.value() or None)
        put(n, "on_timeout", self.on_timeout.currentText() or None if self.timer.value() else None)
        if kind == "choices":
            n.pop("reply", None), n.pop("ending", None)
            choices = n.setdefault("choices", [])
            if 0 <= self.choice_index < len(choices):
                c = choices[self.choice_index]
                score = scores(self.c_score.text())
                if score is None:
                    self.problem.emit(self.tr("A score is written as competency: number, e.g. communication: 2"))
                    return None
                put(c, "id", self.c_id.text().strip())
                put(c, "text", self.c_text.get())
                put(c, "next", self.c_next.value())
                put(c, "score", score)
                put(c, "sets", names(self.c_sets.text()))
                put(c, "requires", names(self.c_requires.text()))
                put(c, "otherwise", self.c_otherwise.value())
                put(c, "feedback", self.c_feedback.get())
                put(c, "refs", names(self.c_refs.text()))
            put(n, "choices", choices)
        elif kind == "reply":
            n.pop("choices", None), n.pop("ending", None), n.pop("timer", None), n.pop("on_timeout", None)
            reply = n.setdefault("reply", {"expect": []})
            put(reply, "prompt", self.r_prompt.get())
            put(reply, "next", self.r_next.value())
            put(reply, "feedback", self.r_feedback.get())
            put(reply, "sets", names(self.r_sets.text()))
            put(reply, "refs", names(self.r_refs.text()))
        else:
            n.pop("choices", None), n.pop("reply", None), n.pop("timer", None), n.pop("on_timeout", None)
            ending = n.setdefault("ending", {})
            rating = self.e_rating.currentIndex()
            put(ending, "rating", RATINGS[rating - 1] if rating else None)
            put(ending, "title", self.e_title.get() or {"zh": "（待写）", "en": "(to write)"})
            put(ending, "debrief", self.e_debrief.get())
        return n

    @Slot()
    def apply(self) -> None:
        if getattr(self, "_loading", True) or self.node_id is None:
            return
        node = self.collect()
        if node is not None and node != self.node:
            self.edited.emit(self.node_id, node)

    @Slot()
    def _on_id_edited(self) -> None:
        new = self.id_edit.text().strip()
        if self.node_id is not None and new and new != self.node_id:
            self.rename_requested.emit(self.node_id, new)

    @Slot(int)
    def _on_choice_row_changed(self, row: int) -> None:
        if getattr(self, "_loading", True):
            return
        self.apply()
        self.choice_index = row
        self._loading = True
        self._show_choice()
        self._loading = False

    @Slot()
    def _on_add_choice_clicked(self) -> None:
        node = self.collect()
        if node is None or self.node_id is None:
            return
        choices = node.setdefault("choices", [])
        n = len(choices) + 1
        taken = {c.get("id") for c in choices}
        while f"choice_{n}" in taken:
            n += 1
        choices.append({"id": f"choice_{n}", "text": {"zh": f"选项 {n}", "en": f"Choice {n}"},
                        "next": self.node_id})
        self.choice_index = len(choices) - 1
        self.edited.emit(self.node_id, node)

    @Slot()
    def _on_remove_choice_clicked(self) -> None:
        node = copy.deepcopy(self.node)
        choices = node.get("choices") or []
        if self.node_id is not None and 0 <= self.choice_index < len(choices):
            del choices[self.choice_index]
            self.choice_index -= 1
            self.edited.emit(self.node_id, node)

    @Slot()
    def _on_yaml_apply_clicked(self) -> None:
        try:
            node = yaml.safe_load(self.yaml_edit.toPlainText())
        except yaml.YAMLError as exc:
            self.problem.emit(self.tr("Not YAML: {0}").format(str(exc).splitlines()[0]))
            return
        if not isinstance(node, dict):
            self.problem.emit(self.tr("A step is a mapping of keys (speaker, text, choices ...)"))
            return
        if self.node_id is not None and node != self.node:
            self.edited.emit(self.node_id, node)
