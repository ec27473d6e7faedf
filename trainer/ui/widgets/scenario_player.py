"""Playing one scenario: the line (read aloud), the choices (keys 1-4) or a typed reply, a timer, feedback.

The player shows a play (`PlayView`) and says what the trainee did (`choice_made`, `reply_sent`, `timed_out`);
the owner sends it to the role-play service, which grades the move, and hands the outcome back to
`show_outcome`. The player never decides what a move is worth."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget,
)

from trainer.content.refs import clause_link
from trainer.ui.i18n import listing
from trainer.ui.widgets.choice_button import ChoiceButton, choice_label
from trainer.ui.widgets.links import keyboard_links, open_focused_link


class ScenarioPlayer(QWidget):
    choice_made = Signal(str)  # choice id
    reply_sent = Signal(str)  # the typed reply
    timed_out = Signal()
    ended = Signal()
    reference_requested = Signal(str)
    line_shown = Signal(str)  # the text to read aloud (customer and other voices, not the trainee's own)
    leave_requested = Signal()

    def __init__(self, run, lang: str, competency_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScenarioPlayer")
        self.run = run
        self.lang = lang
        self._shown_choices: list = []  # the choices the buttons show (the flags at the time decided which)
        self._answered = False  # the step on screen is answered, its feedback shown, Continue waiting
        self._waiting = False  # a move sent, its outcome not back yet
        self.names = competency_names
        self.heading = QLabel(run.scenario.title.get(lang))
        self.heading.setObjectName("PageTitle")
        self.heading.setWordWrap(True)  # a long English title at 2.0x wraps instead of widening the window
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.leave_requested)
        self.progress = QLabel()
        self.progress.setObjectName("PageSubtitle")
        self.speaker = QLabel()
        self.speaker.setObjectName("Speaker")
        self.line = QLabel()
        self.line.setObjectName("Line")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bubble = QFrame()
        bubble.setObjectName("Bubble")
        bubble_layout = QVBoxLayout(bubble)
        bubble_layout.addWidget(self.speaker)
        bubble_layout.addWidget(self.line)
        self.timer_bar = QProgressBar()
        self.timer_bar.setObjectName("TimerBar")
        self.timer_bar.setTextVisible(True)
        self.timer_bar.hide()
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(8)
        self.choice_buttons: list[ChoiceButton] = []
        self.reply_prompt = QLabel()
        self.reply_prompt.setWordWrap(True)
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setObjectName("ReplyEdit")
        self.reply_edit.setMaximumHeight(110)
        self.send_button = QPushButton()
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self._on_send_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply_edit, activated=self._on_send_clicked)
        self.reply_box = QWidget()
        reply_layout = QVBoxLayout(self.reply_box)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.reply_prompt)
        reply_layout.addWidget(self.reply_edit)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        reply_layout.addLayout(send_row)
        self.feedback = QLabel()
        self.feedback.setObjectName("Feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.linkActivated.connect(self._on_link)
        keyboard_links(self.feedback)
        self.feedback.hide()
        self.continue_button = QPushButton()
        self.continue_button.setProperty("primary", True)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.continue_button.hide()
        continue_row = QHBoxLayout()
        continue_row.addStretch(1)
        continue_row.addWidget(self.continue_button)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.leave_button)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(bubble)
        layout.addWidget(self.timer_bar)
        layout.addLayout(self.choices_box)
        layout.addWidget(self.reply_box)
        layout.addWidget(self.feedback)
        layout.addLayout(continue_row)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.shortcuts = []
        for i in range(4):
            shortcut = QShortcut(QKeySequence(str(i + 1)), self)
            # the whole window: the keys work wherever the focus is (typed replies switch them off)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(partial(self._on_number_key, i))
            self.shortcuts.append(shortcut)
        self.return_keys = []
        for key in ("Return", "Enter"):
            go_on = QShortcut(QKeySequence(key), self)
            go_on.setContext(Qt.ShortcutContext.WindowShortcut)
            go_on.setEnabled(False)  # only while "Continue" is offered; a typed reply keeps its Return
            go_on.activated.connect(self._on_return_pressed)
            self.return_keys.append(go_on)
        self._tick = QTimer(self, interval=100)
        self._tick.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        self._used_ms = 0  # of the step's time, used before the page was last left
        self._paused = False
        self._retranslate_fixed()
        self.show_node()

    def _retranslate_fixed(self) -> None:
        self.send_button.setText(self.tr("&Say it (Ctrl+Enter)"))
        self.leave_button.setText(self.tr("&Leave this scenario"))
        self.reply_edit.setAccessibleName(self.tr("Your reply"))
        self.reply_edit.setPlaceholderText(self.tr("Type what you would say to the customer…"))

    def set_lang(self, lang: str, competency_names: dict[str, str]) -> None:
        """The step on screen, redrawn in another language as it stands: its clock, choices and reply go on."""
        self.lang, self.names = lang, competency_names
        self._retranslate_fixed()
        run = self.run
        self.heading.setText(run.scenario.title.get(lang))
        answered = self._answered and bool(run.steps)  # the step just made, before Continue (the page may be hidden)
        node = run.scenario.nodes[run.steps[-1].node_id] if answered else run.node
        self.progress.setText(self.tr("Step {0}").format(len(run.steps) + (0 if answered else 1)))
        self.speaker.setText(self.speaker_name(node.speaker))
        self.line.setText(node.text.get(lang))
        for i, (button, choice) in enumerate(zip(self.choice_buttons, self._shown_choices)):
            text = choice.text.get(lang)
            button.setText(choice_label(i, text))
            button.setAccessibleName(text)
        if node.reply is not None:
            self.reply_prompt.setText(node.reply.prompt.get(lang))
        if answered:
            self.feedback.setText(self.feedback_html(run.steps[-1]))
            self._label_continue()
        if self.timer_bar.isVisible():
            self._on_tick()

    def speaker_name(self, speaker: str) -> str:
        names = {"customer": self.tr("Customer"), "trainee": self.tr("You"), "narrator": self.tr("Narrator"),
                 "colleague": self.tr("Colleague"), "manager": self.tr("Manager")}
        return names[speaker]

    # -- a node ----------------------------------------------------------------------------------

    def show_node(self) -> None:
        self._answered = self._waiting = False
        run, lang = self.run, self.lang
        node = run.node
        self.progress.setText(self.tr("Step {0}").format(len(run.steps) + 1))
        self.speaker.setText(self.speaker_name(node.speaker))
        self.line.setText(node.text.get(lang))
        for button in self.choice_buttons:
            button.setParent(None)
            button.deleteLater()
        self.choice_buttons = []
        self.feedback.hide()
        self.continue_button.hide()
        for key in self.return_keys:
            key.setEnabled(False)
        if run.finished:
            self._tick.stop()
            self.timer_bar.hide()
            self.reply_box.hide()
            self.ended.emit()
            return
        self._shown_choices = run.choices()
        for i, choice in enumerate(self._shown_choices):
            text = choice.text.get(lang)
            button = ChoiceButton(choice_label(i, text))
            button.setObjectName("ChoiceButton")
            button.setAccessibleName(text)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(partial(self.choose, choice.id))
            self.choices_box.addWidget(button)
            button.show()  # now, so that it can take the focus below
            self.choice_buttons.append(button)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(node.reply is None)
        self.reply_box.setVisible(node.reply is not None)
        if node.reply is not None:
            self.reply_prompt.setText(node.reply.prompt.get(lang))
            self.reply_edit.clear()
            self.reply_edit.setEnabled(True)
            self.send_button.setEnabled(True)
            self.reply_edit.setFocus()
        elif self.choice_buttons:
            self.choice_buttons[0].setFocus()
        if node.timer:
            self.timer_bar.setRange(0, node.timer * 10)
            self.timer_bar.setValue(node.timer * 10)
            self._used_ms, self._paused = 0, False
            self._clock.start()
            self._tick.start()
            self.timer_bar.show()
            self._on_tick()
        else:
            self._tick.stop()
            self.timer_bar.hide()
        if node.speaker != "trainee":
            self.line_shown.emit(node.text.get(lang))

    @Slot()
    def _on_tick(self) -> None:
        node = self.run.node
        left = node.timer * 1000 - self._used_ms - self._clock.elapsed()
        self.timer_bar.setValue(max(0, left // 100))
        self.timer_bar.setFormat(self.tr("{0} s left").format(max(0, (left + 999) // 1000)))
        if left <= 0 and not self._waiting:
            self._tick.stop()
            self._send(self.timed_out.emit)

    # -- moves -----------------------------------------------------------------------------------

    def _on_number_key(self, index: int) -> None:
        if index < len(self.choice_buttons) and self.choice_buttons[index].isEnabled():
            self.choice_buttons[index].click()

    def choose(self, choice_id: str) -> None:
        if self._waiting or self._answered:
            return
        self._tick.stop()
        for button, choice in zip(self.choice_buttons, self._shown_choices):
            button.setProperty("picked", choice.id == choice_id)
            button.style().unpolish(button)
            button.style().polish(button)
        self._send(lambda: self.choice_made.emit(choice_id))

    @Slot()
    def _on_send_clicked(self) -> None:
        text = self.reply_edit.toPlainText().strip()
        if not text or not self.reply_edit.isEnabled() or self._waiting:
            return
        self._tick.stop()
        self._send(lambda: self.reply_sent.emit(text))

    def _send(self, emit) -> None:
        """The move goes to the owner; the controls wait, locked, for its outcome."""
        self._waiting = True
        self._lock_controls()
        emit()

    def _lock_controls(self) -> None:
        for button in self.choice_buttons:
            button.setEnabled(False)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
        self.reply_edit.setEnabled(False)
        self.send_button.setEnabled(False)

    def move_failed(self) -> None:
        """The move could not be recorded (the error is shown): the step is open again."""
        if not self._waiting:
            return
        self._waiting = False
        for button in self.choice_buttons:
            button.setEnabled(True)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(self.run.node.reply is None)
        self.reply_edit.setEnabled(True)
        self.send_button.setEnabled(True)

    def show_outcome(self, outcome) -> None:
        """The service's outcome of the move: the play as it is now, and the step's feedback."""
        self._waiting = False
        self.run = outcome.play
        self._after(outcome.step)

    def _after(self, step) -> None:
        self._answered = True
        self._lock_controls()
        self.timer_bar.hide()
        self.feedback.setText(self.feedback_html(step))
        self.feedback.setProperty("correct", step.was_best and not step.hits)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self._label_continue()
        self.continue_button.show()
        for key in self.return_keys:
            key.setEnabled(True)
        self.continue_button.setFocus()
        QTimer.singleShot(0, self._bring_continue_into_view)  # once the feedback above it is laid out

    def _label_continue(self) -> None:
        self.continue_button.setText(self.tr("&Continue") if not self.run.finished else self.tr("See how it &ended"))

    @Slot()
    def _bring_continue_into_view(self) -> None:
        self.scroll.ensureWidgetVisible(self.continue_button)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Leaving the page (another section, another window) stops a step's clock; it goes on on return."""
        if self._tick.isActive():
            self._used_ms += self._clock.elapsed()
            self._tick.stop()
            self._paused = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._paused and not self.run.finished and self.run.node.timer:
            self._paused = False
            self._clock.start()
            self._tick.start()

    def feedback_html(self, step) -> str:
        lang = self.lang
        parts = []
        if step.kind == "timeout":
            parts.append("<b>" + self.tr("Time ran out.") + "</b>")
        if step.kind == "reply":
            node = self.run.scenario.nodes[step.node_id]
            labels = {e.id: e.label.get(lang) for e in node.reply.expect}
            if step.matched:
                parts.append(self.tr("You covered: {0}").format(listing((labels[m] for m in step.matched), lang)))
            if step.missing:
                parts.append(self.tr("Missing: {0}").format(listing((labels[m] for m in step.missing), lang)))
            for hit in step.hits:
                better = hit.alternative.get(lang) if hit.alternative else ""
                line = (self.tr("Forbidden phrase “{0}” ({1}). Suggested wording (written for this course): “{2}”")
                        if hit.alternative_composed else self.tr("Forbidden phrase “{0}” ({1}). Say instead: “{2}”"))
                parts.append(line.format(
                    html.escape(hit.phrase_in(lang)), html.escape(hit.category_title.get(lang)), html.escape(better)))
        elif step.was_best:
            parts.append("<b>" + self.tr("The best choice.") + "</b>")
        else:
            best = next(c for c in self.run.scenario.nodes[step.node_id].choices if c.id == step.best_choice_id)
            better = self.tr("There was a better choice:")
            parts.append(f"<b>{better}</b> {html.escape(best.text.get(lang))}")
        parts.append(html.escape(step.feedback.get(lang)))
        if step.score:
            parts.append("　".join(f"{self.names.get(k, k)} {v:+d}" for k, v in step.score.items()))
        if step.refs:
            refs = listing((clause_link(r, lang) for r in step.refs), lang)
            parts.append(self.tr("See {0}").format(refs))
        return "<br>".join(parts)

    @Slot(str)
    def _on_link(self, link: str) -> None:
        self.reference_requested.emit(link)

    @Slot()
    def _on_return_pressed(self) -> None:
        if open_focused_link(self.feedback, self.return_keys):
            return
        if self.continue_button.isVisible():
            self.continue_button.click()

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.show_node()
