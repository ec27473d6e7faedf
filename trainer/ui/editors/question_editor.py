"""The questions editor: a question set's questions in a list, each edited in a form for its type (all of them),
with the clause picker, a preview as the trainee sees the question, the lesson check's rules where they apply,
problems while typing, undo and redo."""

from __future__ import annotations

import copy
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from trainer.content.quiz_draft import ANSWER_RULES, TYPES, QuizDraft, answer_text, new_question, parse_answer
from trainer.ui.editors.clause_picker import LESSON_RULE, TYPE_NAMES, ClausePicker, pair as _pair
from trainer.ui.editors.problems import LiveCheck, ProblemsList
from trainer.ui.editors.saving import DraftSaver, may_close

class _Change(QUndoCommand):
    """Any change to the set: its questions before and after (a set has tens of questions: copies are cheap)."""

    def __init__(self, editor: "QuestionsEditor", before: list, after: list, select: int, text: str,
                 merge: int = -1) -> None:
        super().__init__(text)
        self.editor, self.before, self.after, self.select, self.merge = editor, before, after, select, merge

    def id(self) -> int:  # noqa: A003 - Qt override: consecutive edits of one question's form merge
        return self.merge

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt override
        if other.merge != self.merge or other.select != self.select:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editor.draft.questions = copy.deepcopy(self.after)
        self.editor.changed(self.select)

    def undo(self) -> None:
        self.editor.draft.questions = copy.deepcopy(self.before)
        self.editor.changed(self.select)


class QuestionsEditor(QWidget):
    saved = Signal(list)

    def __init__(self, services, item, author: str, catalog, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionsEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.services, self.path, self.catalog, self.lang = services, item.path, catalog, lang
        self.draft = QuizDraft.parse(item.text or "")
        self.stack = QUndoStack(self)
        self.saver = DraftSaver(self, services, author, {item.path: item.token})
        self.saver.saved.connect(self._on_saved)
        self._filling = False
        self.current = 0

        self.list = QListWidget()
        self.list.setObjectName("QuestionList")
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.new_type = QComboBox()
        for kind in TYPES:
            self.new_type.addItem(QCoreApplication.translate("QuestionsEditor", TYPE_NAMES[kind]), kind)
        self.buttons = {k: QPushButton() for k in ("add", "delete", "up", "down", "undo", "redo")}
        self.buttons["add"].clicked.connect(self.add_question)
        self.buttons["delete"].clicked.connect(self.delete_question)
        self.buttons["up"].clicked.connect(partial(self.move_question, -1))
        self.buttons["down"].clicked.connect(partial(self.move_question, 1))
        self.buttons["undo"].clicked.connect(self.stack.undo)
        self.buttons["redo"].clicked.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)
        self.save_button = QPushButton()
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.labels = {k: QLabel() for k in ("id", "type", "lesson", "clauses", "prompt", "options", "items",
                                              "answer", "unit", "expect", "explanation")}
        for key, label in self.labels.items():
            label.setObjectName(f"Field_{key}")
        self.id_edit = QLineEdit()
        form.addRow(self.labels["id"], self.id_edit)
        self.type_box = QComboBox()
        for kind in TYPES:
            self.type_box.addItem(QCoreApplication.translate("QuestionsEditor", TYPE_NAMES[kind]), kind)
        form.addRow(self.labels["type"], self.type_box)
        self.lesson_box = QCheckBox()
        self.lesson_rule = QLabel()
        self.lesson_rule.setWordWrap(True)
        self.lesson_rule.setObjectName("PageSubtitle")
        lesson_row = QVBoxLayout()
        lesson_row.addWidget(self.lesson_box)
        lesson_row.addWidget(self.lesson_rule)
        form.addRow(self.labels["lesson"], lesson_row)
        self.clauses_edit = QLineEdit()
        self.pick_button = QPushButton()
        self.pick_button.clicked.connect(self.pick_clauses)
        clause_row = QHBoxLayout()
        clause_row.addWidget(self.clauses_edit, 1)
        clause_row.addWidget(self.pick_button)
        form.addRow(self.labels["clauses"], clause_row)
        self.prompt_zh, self.prompt_en = _pair(form, self.labels["prompt"], 70)
        self.options_zh, self.options_en = _pair(form, self.labels["options"], 110)
        self.items_zh, self.items_en = _pair(form, self.labels["items"], 80)
        self.answer_edit = QLineEdit()
        self.answer_rule = QLabel()
        self.answer_rule.setWordWrap(True)
        self.answer_rule.setObjectName("PageSubtitle")
        answer_row = QVBoxLayout()
        answer_row.addWidget(self.answer_edit)
        answer_row.addWidget(self.answer_rule)
        form.addRow(self.labels["answer"], answer_row)
        self.unit_zh, self.unit_en = _pair(form, self.labels["unit"], 32)
        self.expect_zh, self.expect_en = _pair(form, self.labels["expect"], 32)
        self.explanation_zh, self.explanation_en = _pair(form, self.labels["explanation"], 70)
        self.fields = [self.id_edit, self.clauses_edit, self.answer_edit, self.prompt_zh, self.prompt_en,
                       self.options_zh, self.options_en, self.items_zh, self.items_en, self.unit_zh, self.unit_en,
                       self.expect_zh, self.expect_en, self.explanation_zh, self.explanation_en]
        for field in self.fields:
            field.textChanged.connect(self._on_field_changed)
        self.type_box.currentIndexChanged.connect(self._on_field_changed)
        self.lesson_box.toggled.connect(self._on_field_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.preview_label = QLabel()
        self.preview = QWidget()
        self.preview_layout = QVBoxLayout(self.preview)
        self.problems_label = QLabel()
        self.problems = ProblemsList()
        self.problems.setMaximumHeight(90)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_type, 1)
        add_row.addWidget(self.buttons["add"])
        lcol.addLayout(add_row)
        for key in ("delete", "up", "down"):
            lcol.addWidget(self.buttons[key])
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.preview_label)
        rcol.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, scroll, right):
            split.addWidget(w)
        split.setSizes([220, 600, 380])
        top = QHBoxLayout()
        top.addWidget(self.buttons["undo"])
        top.addWidget(self.buttons["redo"])
        top.addWidget(self.status, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.stack.redo)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.form_timer = QTimer(self)
        self.form_timer.setSingleShot(True)
        self.form_timer.setInterval(250)
        self.form_timer.timeout.connect(self.commit_form)
        self.check = LiveCheck(self, services, lambda: {self.path: self.draft.text()})
        self.check.checked.connect(lambda problems: self.problems.show_problems(problems, {"library:" + self.path}))
        self.retranslate()
        self.changed(0)
        self.check.schedule()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Questions: {0}").format(self.path))
        for key, text in (("add", self.tr("&Add")), ("delete", self.tr("De&lete question")),
                          ("up", self.tr("Move &up")), ("down", self.tr("Move &down")), ("undo", self.tr("Undo")),
                          ("redo", self.tr("Redo"))):
            self.buttons[key].setText(text)
        self.save_button.setText(self.tr("&Save draft"))
        self.pick_button.setText(self.tr("&Pick…"))
        for key, text in (("id", self.tr("Id")), ("type", self.tr("Type")), ("lesson", self.tr("Lesson check")),
                          ("clauses", self.tr("Clauses")), ("prompt", self.tr("Question")),
                          ("options", self.tr("Options (one a line)")), ("items", self.tr("Items to match (one a line)")),
                          ("answer", self.tr("Answer")), ("unit", self.tr("Unit")),
                          ("expect", self.tr("A good rewrite holds (comma-separated)")),
                          ("explanation", self.tr("Explanation"))):
            self.labels[key].setText(text)
        self.lesson_box.setText(self.tr("Part of the lesson check"))
        self.lesson_rule.setText(QCoreApplication.translate("QuestionsEditor", LESSON_RULE))
        self.preview_label.setText(self.tr("Preview, as the trainee sees it"))
        self.problems_label.setText(self.tr("Problems (checked while you type)"))

    # -- drawing --------------------------------------------------------------------------------------

    def changed(self, select: int) -> None:
        self._filling = True
        self.list.clear()
        for q in self.draft.questions:
            self.list.addItem(f"{q.get('id', '?')} · {q.get('type', '?')}")
        self.current = max(0, min(select, len(self.draft.questions) - 1))
        self.list.setCurrentRow(self.current)
        self._filling = False
        self.fill_form()
        self.check.schedule()

    def fill_form(self) -> None:
        q = self.draft.questions[self.current] if self.draft.questions else {}
        self._filling = True
        self.id_edit.setText(str(q.get("id", "")))
        self.type_box.setCurrentIndex(max(self.type_box.findData(q.get("type")), 0))
        self.lesson_box.setChecked(bool(q.get("lesson")))
        self.clauses_edit.setText(", ".join(str(c) for c in q.get("clauses", [])))
        for lang, edit in (("zh", self.prompt_zh), ("en", self.prompt_en)):
            edit.setPlainText(str((q.get("prompt") or {}).get(lang, "")))
        for key, zh, en in (("options", self.options_zh, self.options_en), ("items", self.items_zh, self.items_en)):
            zh.setPlainText("\n".join(str(o.get("zh", "")) for o in q.get(key, []) if isinstance(o, dict)))
            en.setPlainText("\n".join(str(o.get("en", "")) for o in q.get(key, []) if isinstance(o, dict)))
        self.answer_edit.setText(answer_text(q.get("answer")))
        for lang, edit in (("zh", self.unit_zh), ("en", self.unit_en)):
            edit.setPlainText(str((q.get("unit") or {}).get(lang, "")))
        words = q.get("accept") if q.get("type") == "short" else q.get("expect")
        for lang, edit in (("zh", self.expect_zh), ("en", self.expect_en)):
            edit.setPlainText(", ".join(str(w) for w in (words or {}).get(lang, [])))
        for lang, edit in (("zh", self.explanation_zh), ("en", self.explanation_en)):
            edit.setPlainText(str((q.get("explanation") or {}).get(lang, "")))
        self._filling = False
        self._show_type(q.get("type", "single"))
        self.update_preview()

    def _show_type(self, kind: str) -> None:
        """Only the fields a question of this type has."""
        shown = {"options": kind in ("single", "multiple", "order", "match"), "items": kind == "match",
                 "unit": kind == "numeric", "expect": kind in ("rewrite", "short"),
                 "answer": kind not in ("rewrite", "short")}
        self.labels["expect"].setText(self.tr("Accepted answers (comma-separated)") if kind == "short"
                                      else self.tr("A good rewrite holds (comma-separated)"))
        form = self.labels["id"].parentWidget().layout()
        for key, visible in shown.items():
            form.setRowVisible(self.labels[key], visible)
        rule = QCoreApplication.translate("QuestionsEditor", ANSWER_RULES.get(kind, ""))
        self.answer_rule.setText(self.tr("Answer: {0}").format(rule))

    def update_preview(self) -> None:
        from pydantic import ValidationError

        from trainer.content.schema import Question
        from trainer.engine.questions import Shown
        from trainer.ui.widgets.question_form import QuestionForm

        while self.preview_layout.count():
            widget = self.preview_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        try:
            question = Question.model_validate(self.draft.questions[self.current])
        except (ValidationError, IndexError, TypeError):
            self.preview_layout.addWidget(QLabel(self.tr("The question is not complete yet: see the problems.")))
            return
        self.form = QuestionForm(Shown(question, tuple(range(len(question.options)))), self.lang)
        self.preview_layout.addWidget(self.form)
        self.preview_layout.addStretch(1)

    # -- editing --------------------------------------------------------------------------------------

    @Slot(int)
    def _on_list_row_changed(self, row: int) -> None:
        if not self._filling and 0 <= row < len(self.draft.questions):
            self.commit_form()
            self.current = row
            self.fill_form()

    @Slot()
    def _on_field_changed(self, *_args) -> None:
        if not self._filling:
            self.form_timer.start()

    def form_question(self) -> dict:
        q = copy.deepcopy(self.draft.questions[self.current])
        q["id"] = self.id_edit.text().strip()
        q["type"] = kind = self.type_box.currentData()
        if self.lesson_box.isChecked():
            q["lesson"] = True
        else:
            q.pop("lesson", None)
        q["clauses"] = [c.strip() for c in self.clauses_edit.text().replace("，", ",").split(",") if c.strip()]
        q["prompt"] = {"zh": self.prompt_zh.toPlainText().strip(), "en": self.prompt_en.toPlainText().strip()}
        for key, zh, en, wanted in (("options", self.options_zh, self.options_en, kind != "true-false"),
                                    ("items", self.items_zh, self.items_en, kind == "match")):
            pairs = list(zip(*[(e.toPlainText().split("\n")) for e in (zh, en)]))
            rows = [{"zh": a.strip(), "en": b.strip()} for a, b in pairs if a.strip() or b.strip()]
            if rows and wanted:
                q[key] = rows
            else:
                q.pop(key, None)
        answer = parse_answer(self.answer_edit.text())
        if answer is None or kind in ("rewrite", "short"):
            q.pop("answer", None)
        else:
            q["answer"] = answer
        units = {"zh": self.unit_zh.toPlainText().strip(), "en": self.unit_en.toPlainText().strip()}
        if kind == "numeric" and any(units.values()):
            q["unit"] = units
        else:
            q.pop("unit", None)
        words = {lang: [w.strip() for w in e.toPlainText().replace("，", ",").split(",") if w.strip()]
                 for lang, e in (("zh", self.expect_zh), ("en", self.expect_en))}
        for key, wanted in (("expect", kind == "rewrite"), ("accept", kind == "short")):
            if wanted:
                q[key] = {k: v for k, v in words.items() if v}
            else:
                q.pop(key, None)
        q["explanation"] = {"zh": self.explanation_zh.toPlainText().strip(),
                            "en": self.explanation_en.toPlainText().strip()}
        return q

    @Slot()
    def commit_form(self) -> None:
        self.form_timer.stop()
        if not self.draft.questions:
            return
        new = self.form_question()
        if new == self.draft.questions[self.current]:
            return
        before = copy.deepcopy(self.draft.questions)
        after = copy.deepcopy(before)
        after[self.current] = new
        self.stack.push(_Change(self, before, after, self.current, self.tr("Edit {0}").format(new["id"]), merge=1))
        self._show_type(new["type"])

    def _push(self, after: list, select: int, text: str) -> None:
        self.commit_form()
        self.stack.push(_Change(self, copy.deepcopy(self.draft.questions), after, select, text))

    def add_question(self) -> None:
        kind = self.new_type.currentData()
        clause = (self.draft.questions[self.current].get("clauses") or [""])[0] if self.draft.questions else ""
        base = self.path.split("/")[-1].removesuffix(".yaml")
        after = copy.deepcopy(self.draft.questions)
        at = self.current + 1 if after else 0
        after.insert(at, new_question(self.draft.new_id(base), kind, clause))
        self._push(after, at, self.tr("Add a question"))

    def delete_question(self) -> None:
        if self.draft.questions:
            after = copy.deepcopy(self.draft.questions)
            del after[self.current]
            self._push(after, self.current, self.tr("Delete a question"))

    def move_question(self, step: int) -> None:
        other = self.current + step
        if 0 <= other < len(self.draft.questions):
            after = copy.deepcopy(self.draft.questions)
            after[self.current], after[other] = after[other], after[self.current]
            self._push(after, other, self.tr("Move a question"))

    def pick_clauses(self) -> None:
        chosen = [c.strip() for c in self.clauses_edit.text().split(",") if c.strip()]
        self.dialog = ClausePicker(self.catalog, self.lang, chosen, self)
        self.dialog.accepted.connect(lambda: self.clauses_edit.setText(", ".join(self.dialog.chosen)))
        self.dialog.open()

    def save(self) -> None:
        self.commit_form()
        self.saver.save({self.path: self.draft.text()}, self.tr("edited in the questions editor"))

    @Slot(list)
    def _on_saved(self, _paths: list) -> None:
        self.stack.setClean()
        self.status.setText(self.tr("Draft saved. Publish it in the Content tab for every desk to use."))
        self.saved.emit([self.path])

    def dirty(self) -> bool:
        self.commit_form()  # what is typed and not yet on the stack counts too
        return not self.stack.isClean()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not may_close(self, self.dirty()):
            event.ignore()
            return
        self.check.timer.stop()
        self.form_timer.stop()
        super().closeEvent(event)
