"""The presenter's console: what the room sees, the speaker notes, what comes next, the room's votes, the controls.

Every control has a key (they work from the audience's window too): → or N next, R reveal, ← or Backspace back,
T timer, S read aloud, W blank screen, L leaderboard, F5 show or hide the audience's screen, A–F add a vote and
Shift+A–F take one back.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea,
    QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from trainer.engine.classroom import LETTERS, letter, right_place
from trainer.ui.classroom.audience import AudienceWindow
from trainer.ui.classroom.controller import ClassroomController
from trainer.ui.classroom.phones_panel import PhonesPanel
from trainer.ui.speech import SpeechPlayer
from trainer.content.refs import clause_link
from trainer.ui.i18n import listing


class PresenterConsole(QWidget):
    ended = Signal()
    reference_requested = Signal(str)

    def __init__(self, controller: ClassroomController, speech: SpeechPlayer | None, title: str,
                 parent: QWidget | None = None, interfaces=None) -> None:
        super().__init__(parent)
        self.setObjectName("PresenterConsole")
        self.controller = controller
        self.speech = speech
        self.audience = AudienceWindow()
        self.audience.setWindowTitle(title)
        self.audience.view.key_pressed.connect(self._on_audience_key)

        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.screen_button = QToolButton()
        self.screen_button.setObjectName("ScreenButton")
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.screen_menu = QMenu(self.screen_button)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_button.setMenu(self.screen_menu)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.screen_button)
        head.addWidget(self.end_button)

        self.on_screen = QLabel()
        self.on_screen.setObjectName("CardTitle")
        self.on_screen.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setObjectName("SpeakerNotes")
        self.notes.setOpenLinks(False)
        self.notes.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()[len("clause:"):]))
        self.screen_note = QLabel()
        self.screen_note.setObjectName("PageSubtitle")
        self.screen_note.setWordWrap(True)
        self.tie_note = QLabel()  # a reveal that needs the presenter's pick; gone once the step is revealed
        self.tie_note.setWordWrap(True)
        self.tie_note.hide()
        left = QVBoxLayout()
        left.addWidget(self.on_screen)
        left.addWidget(self.notes, 1)
        left.addWidget(self.tie_note)
        left.addWidget(self.screen_note)

        self.votes_box = QGroupBox()
        self.vote_grid = QGridLayout(self.votes_box)
        self.vote_labels: list[QLabel] = []
        self.vote_plus: list[QPushButton] = []
        self.vote_minus: list[QPushButton] = []
        self.vote_pick: list[QPushButton] = []
        for i in range(len(LETTERS)):
            label, plus, minus, pick = QLabel(), QPushButton("+"), QPushButton("−"), QPushButton()
            pick.clicked.connect(partial(self.pick, i))
            self.vote_grid.addWidget(pick, i, 3)
            self.vote_pick.append(pick)
            plus.setAccessibleName(f"+{letter(i)}")
            minus.setAccessibleName(f"-{letter(i)}")
            plus.clicked.connect(partial(self.controller.vote, i, 1))
            minus.clicked.connect(partial(self.controller.vote, i, -1))
            self.vote_grid.addWidget(label, i, 0)
            self.vote_grid.addWidget(plus, i, 1)
            self.vote_grid.addWidget(minus, i, 2)
            self.vote_labels.append(label)
            self.vote_plus.append(plus)
            self.vote_minus.append(minus)
        self.teams = QTableWidget()
        self.teams.setObjectName("TeamVotes")
        self.teams.itemChanged.connect(self._on_team_counts_changed)
        self.team_answers: dict[str, QComboBox] = {}
        self.team_answer_box = QWidget()
        self.team_answer_layout = QGridLayout(self.team_answer_box)
        self.team_answer_layout.setContentsMargins(0, 0, 0, 0)
        self.elements_box = QGroupBox()
        self.elements_layout = QVBoxLayout(self.elements_box)
        self.element_checks: list[QCheckBox] = []
        self.live_label = QLabel()
        self.live_label.setWordWrap(True)
        self.read_each = QCheckBox()
        self.read_each.setChecked(True)
        self._last_read: str | None = None
        self.timer_seconds = QSpinBox()
        self.timer_seconds.setRange(5, 600)
        self.timer_seconds.setValue(controller.timer_seconds)
        self.timer_seconds.setSuffix(" s")
        self.timer_seconds.valueChanged.connect(controller.set_timer_seconds)
        right = QVBoxLayout()
        right.addWidget(self.votes_box)
        right.addWidget(self.teams)
        right.addWidget(self.team_answer_box)
        right.addWidget(self.elements_box)
        right.addWidget(self.live_label)
        self.phones_panel = PhonesPanel(interfaces) if interfaces is not None else PhonesPanel()
        right.addWidget(self.phones_panel)
        right.addWidget(self.read_each)
        right.addStretch(1)

        # the votes, teams and options scroll on their own: with four answers and several teams they are taller
        # than a 768-pixel screen leaves them, and would otherwise grow the window past its bottom edge
        side = QWidget()
        side.setLayout(right)
        self.side = QScrollArea()
        self.side.setObjectName("ConsoleSide")
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setMinimumWidth(self.votes_box.minimumSizeHint().width()
                                  + self.side.verticalScrollBar().sizeHint().width())
        for widget in (self.side.viewport(), side):
            widget.setAutoFillBackground(False)

        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self.side, 2)

        self.buttons: dict[str, QPushButton] = {}
        for key in ("back", "reveal", "next", "timer", "speak", "blank", "leaderboard"):
            button = QPushButton()
            button.setObjectName(f"Console-{key}")
            self.buttons[key] = button
        steps, tools = QHBoxLayout(), QHBoxLayout()  # two rows: the console fits a 1024-pixel-wide laptop
        for key in ("back", "reveal", "next"):
            steps.addWidget(self.buttons[key], 1)
        for widget in (self.buttons["timer"], self.timer_seconds, self.buttons["speak"], self.buttons["blank"],
                       self.buttons["leaderboard"]):
            tools.addWidget(widget)
        tools.addStretch(1)
        controls = QVBoxLayout()
        controls.addLayout(steps)
        controls.addLayout(tools)
        self.buttons["reveal"].setDefault(True)
        self.buttons["back"].clicked.connect(controller.back)
        self.buttons["reveal"].clicked.connect(self.reveal)
        self.buttons["next"].clicked.connect(controller.next)
        self.buttons["timer"].clicked.connect(controller.toggle_timer)
        self.buttons["speak"].clicked.connect(self.speak)
        self.buttons["blank"].clicked.connect(controller.toggle_blank)
        self.buttons["leaderboard"].clicked.connect(controller.toggle_leaderboard)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addLayout(middle, 1)
        column.addLayout(controls)

        self.actions_by_key: dict[str, QAction] = {}
        self._build_actions()
        self._team_rows: list[str] = []
        controller.changed.connect(self.refresh)
        controller.live_failed.connect(self._on_live_failed)
        self.retranslate()
        self.refresh()

    # -- keys ----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        keys = {
            "next": ("Right", "N", "PgDown"), "reveal": ("R",), "back": ("Left", "Backspace", "PgUp"),
            "timer": ("T",), "speak": ("S",), "blank": ("W", "."), "leaderboard": ("L",), "audience": ("F5",),
        }
        slots = {"next": self.controller.next, "reveal": self.reveal, "back": self.controller.back,
                 "timer": self.controller.toggle_timer, "speak": self.speak, "blank": self.controller.toggle_blank,
                 "leaderboard": self.controller.toggle_leaderboard, "audience": self.toggle_audience}
        for name, sequences in keys.items():
            action = QAction(self)
            action.setShortcuts([QKeySequence(s) for s in sequences])
            action.triggered.connect(slots[name])
            self.actions_by_key[name] = action
        for i, ch in enumerate(LETTERS):
            add, remove = QAction(self), QAction(self)
            add.setShortcut(QKeySequence(ch))
            remove.setShortcut(QKeySequence(f"Shift+{ch}"))
            add.triggered.connect(partial(self.controller.vote, i, 1))
            remove.triggered.connect(partial(self.controller.vote, i, -1))
            self.actions_by_key[f"vote-{ch}"] = add
            self.actions_by_key[f"unvote-{ch}"] = remove
        for action in self.actions_by_key.values():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    @Slot(object)
    def _on_audience_key(self, event) -> None:
        """The audience's window has the focus (a click on the projector): its keys work the console."""
        sequence = QKeySequence(event.keyCombination())
        for action in self.actions_by_key.values():
            if any(s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                action.trigger()
                return

    # -- controls ------------------------------------------------------------------------------------

    @Slot()
    def reveal(self) -> None:
        c = self.controller
        if c.play is not None and c.play.is_reply:
            c.reveal(elements=[box.property("element") for box in self.element_checks if box.isChecked()])
            return
        if not c.reveal() and c.play is not None and not c.finished and not c.revealed:
            self.tie_note.setText(self.tr("No majority yet: add votes, or choose the way with a "
                                          "“Go this way” button."))
            self.tie_note.show()

    def pick(self, index: int) -> None:
        """The presenter decides the way (a tie, or a room that did not vote)."""
        self.controller.reveal(pick=index)

    @Slot()
    def speak(self) -> None:
        if self.speech is None:
            return
        frame = self.controller.frame()
        pieces = [frame.text] + [f"{letter(i)}. {o}" for i, o in enumerate(frame.options)]
        if frame.verdict:
            pieces.append(frame.verdict)
        self.speech.speak([p for p in pieces if p], self.controller.lang)

    def _projector(self):
        """A screen other than the console's (the projector), or None with one screen only."""
        mine = self.window().screen()
        return next((s for s in QGuiApplication.screens() if s is not mine), None)

    @Slot()
    def toggle_audience(self) -> None:
        """Two screens: the audience's window stays full screen on the other one. One screen: switch between."""
        other = self._projector()
        if other is not None:
            if not self.audience.isVisible():
                self.audience.place_on(other)
            return
        if self.audience.isVisible() and self.audience.isActiveWindow():
            self.audience.hide()
            self.window().activateWindow()
        else:
            self.audience.place_on(self.window().screen())
            self.audience.raise_()
            self.audience.activateWindow()

    def show_audience(self) -> None:
        other = self._projector()
        self.audience.place_on(other or self.window().screen())
        if other is None:
            self.window().raise_()
            self.window().activateWindow()  # the console first; F5 switches to the audience's screen

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            action = self.screen_menu.addAction(self.tr("Audience on screen {0}: {1} ({2}×{3})").format(
                i + 1, screen.name(), size.width(), size.height()))
            action.triggered.connect(partial(self.audience.place_on, screen))
        self.screen_menu.addSeparator()
        toggle = self.screen_menu.addAction(self.tr("Switch between console and audience (F5)"))
        toggle.triggered.connect(self.toggle_audience)
        hide = self.screen_menu.addAction(self.tr("Hide the audience's screen"))
        hide.triggered.connect(self.audience.hide)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.audience.setWindowTitle(title)

    @Slot()
    def end(self) -> None:
        self.phones_panel.stop()
        self.controller.stop()
        if self.speech is not None:
            self.speech.stop()
        self.audience.close()
        self.ended.emit()

    def _on_live_failed(self, exc: BaseException) -> None:
        from trainer.ui.core_strings import message

        self.live_label.setText(self.tr("Live answers: {0}").format(message(exc)))

    # -- the view ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {"back": self.tr("◀ Back"), "reveal": self.tr("Reveal (R)"), "next": self.tr("Next ▶"),
                 "timer": self.tr("Timer (T)"), "speak": self.tr("Read aloud (S)"),
                 "blank": self.tr("Blank screen (W)"), "leaderboard": self.tr("Leaderboard (L)")}
        for key, text in names.items():
            self.buttons[key].setText(text)
        self.buttons["leaderboard"].setVisible(self.controller.quiz is not None and bool(self.controller.quiz.teams))
        self.screen_button.setText(self.tr("Audience's screen"))
        self.end_button.setText(self.tr("End the session"))
        self.votes_box.setTitle(self.tr("The room's votes (keys A–D)"))
        for i, pick in enumerate(self.vote_pick):
            pick.setText(self.tr("Go this way"))
            pick.setAccessibleName(self.tr("Go the way of {0}").format(letter(i)))
        self.elements_box.setTitle(self.tr("What the room's reply had"))
        self.read_each.setText(self.tr("Read each new step aloud"))
        self.phones_panel.retranslate()
        single = self._projector() is None
        self.screen_note.setText(self.tr("One screen only: F5 switches between this console and the audience's screen. "
                                    "Connect a projector to show it on its own.") if single else "")

    def set_teams(self, teams: list[str]) -> None:
        self._team_rows = list(teams)
        self.teams.blockSignals(True)
        self.teams.setRowCount(len(teams))
        self.teams.setVerticalHeaderLabels(teams)
        self.teams.blockSignals(False)
        for team in teams:
            combo = QComboBox()
            combo.addItem("—", None)
            combo.currentIndexChanged.connect(partial(self._on_team_answer, team))
            row = len(self.team_answers)
            self.team_answer_layout.addWidget(QLabel(team), row, 0)
            self.team_answer_layout.addWidget(combo, row, 1)
            self.team_answers[team] = combo
        self.refresh()

    def _on_team_counts_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if row >= len(self._team_rows):
            return
        counts = []
        for column in range(self.teams.columnCount()):
            cell = self.teams.item(row, column)
            try:
                counts.append(int(cell.text()) if cell and cell.text().strip() else 0)
            except ValueError:
                counts.append(0)
        self.controller.set_team_counts(self._team_rows[row], counts)

    def _on_team_answer(self, team: str, _index: int) -> None:
        self.controller.set_team_answer(team, self.team_answers[team].currentData())

    def _read_new_step(self) -> None:
        """Each new step is read aloud once, when the presenter wants it (the customer is heard)."""
        c = self.controller
        key = None if c.revealed or c.blank else c.item_key()
        if key is not None and key != self._last_read and self.read_each.isChecked() and self.speech is not None \
                and self.speech.status(c.lang).available:
            self.speak()
        if key is not None:
            self._last_read = key

    @Slot()
    def refresh(self) -> None:
        c = self.controller
        if c.revealed or c.finished:
            self.tie_note.clear()
            self.tie_note.hide()
        self._read_new_step()
        frame = c.frame()
        self.audience.view.show_frame(frame)
        shown = frame if frame.mode != "blank" else None
        state = self.tr(" (the audience's screen is blank)") if c.blank else ""
        self.on_screen.setText(self.tr("On screen now: {0}").format((shown.heading if shown else "") + state))
        self.notes.setHtml(self._notes_html())
        options = c.option_count()
        counts = c.votes.counts() if options else []
        reply = c.play is not None and c.play.is_reply
        self.votes_box.setVisible(bool(options) and not reply)
        for i, label in enumerate(self.vote_labels):
            visible = i < options and not reply
            for widget in (label, self.vote_plus[i], self.vote_minus[i], self.vote_pick[i]):
                widget.setVisible(visible)
                widget.setEnabled(not c.revealed)
            self.vote_pick[i].setVisible(visible and c.play is not None)
            if visible:
                label.setText(f"{letter(i)}: {counts[i]}")
        teams = self._team_rows
        team_counts_shown = c.play is not None and bool(teams) and bool(options) and not reply
        self.teams.setVisible(team_counts_shown)
        if team_counts_shown and self.teams.columnCount() != options:
            self.teams.blockSignals(True)
            self.teams.setColumnCount(options)
            self.teams.setHorizontalHeaderLabels([letter(i) for i in range(options)])
            self.teams.blockSignals(False)
        if team_counts_shown:
            self.teams.blockSignals(True)
            for row, team in enumerate(teams):
                team_counts = c.votes.teams.get(team, [0] * options)
                for column in range(options):
                    text = str(team_counts[column]) if column < len(team_counts) else "0"
                    item = self.teams.item(row, column)
                    if item is None:
                        self.teams.setItem(row, column, QTableWidgetItem(text))
                    elif item.text() != text:  # only what changed: a count being typed keeps its editor
                        item.setText(text)
            self.teams.blockSignals(False)
            self.teams.setEnabled(not c.revealed)
        team_answers_shown = c.quiz is not None and bool(teams) and not c.finished
        self.team_answer_box.setVisible(team_answers_shown)
        if team_answers_shown:
            for team, combo in self.team_answers.items():
                combo.blockSignals(True)
                while combo.count() - 1 > options:
                    combo.removeItem(combo.count() - 1)
                while combo.count() - 1 < options:
                    combo.addItem(letter(combo.count() - 1), combo.count() - 1)
                place = c.quiz.team_answers.get(team)
                combo.setCurrentIndex(0 if place is None else place + 1)
                combo.setEnabled(not c.revealed)
                combo.blockSignals(False)
        self._refresh_elements(reply)
        if c.live is not None:
            code = c.live[1].code
            self.live_label.setText(self.tr("Live session: code {0} · {1} joined · {2} answered this step").format(
                f"{code[:3]} {code[3:]}", c.live_joined, c.live_answered))
        else:
            self.live_label.setText("")
        self.buttons["reveal"].setEnabled(not c.revealed and not c.finished)
        self.buttons["next"].setEnabled(c.revealed and not c.finished)
        self.buttons["back"].setEnabled(bool(c.play.moves) or c.revealed if c.play is not None
                                        else c.quiz.index > 0 or c.quiz.revealed)
        running = c.timer.isActive()
        counting = running or (c.seconds_left is not None and c.seconds_left != c.timer_seconds
                               and not c.revealed and c.seconds_left > 0)  # no "0 s" once time is up
        self.buttons["timer"].setText((self.tr("Stop the timer (T)") if running else self.tr("Start the timer (T)"))
                                      + (f" {c.seconds_left} s" if counting else ""))

    def _refresh_elements(self, reply: bool) -> None:
        c = self.controller
        self.elements_box.setVisible(reply)
        if not reply:
            return
        expect = c.play.node.reply.expect
        if [b.property("element") for b in self.element_checks] != [e.id for e in expect]:
            for box in self.element_checks:
                box.setParent(None)
                box.deleteLater()
            self.element_checks = []
            for e in expect:
                box = QCheckBox(e.label.get(c.lang))
                box.setProperty("element", e.id)
                self.elements_layout.addWidget(box)
                self.element_checks.append(box)
        for box in self.element_checks:
            box.setEnabled(not c.revealed)

    def _notes_html(self) -> str:
        c, lang = self.controller, self.controller.lang
        esc = html.escape
        if c.play is not None:
            return self._play_notes(c.play, lang)
        quiz = c.quiz
        if quiz.finished:
            if quiz.teams:
                return self._para(self.tr("The quiz is over. Show the leaderboard (L), then end the session."))
            return self._para(self.tr("The quiz is over: end the session when the room is ready."))
        shown = quiz.current
        q = shown.question
        right = self.tr("Right answer: {0}").format(letter(right_place(shown)))
        parts = [self._para(right, bold=True),
                 self._para(q.explanation.get(lang)), self._refs_html(tuple(q.clauses))]
        if quiz.index + 1 < len(quiz.shown):
            following = quiz.shown[quiz.index + 1].question.prompt.get(lang)
            after = self.tr("Next")
            parts.append(f"<p><b>{esc(after)}</b>{self._colon()}{esc(following)}</p>")
        return "".join(parts)

    def _play_notes(self, play, lang: str) -> str:
        esc = html.escape
        if play.finished:
            ending = play.run.ending
            done = self.tr("End the session when the room has discussed the ending.")
            return f"<h3>{esc(ending.title.get(lang))}</h3>{self._para(ending.debrief.get(lang))}{self._para(done)}"
        if play.revealed is not None:
            step = play.revealed
            revealed, after, following = self.tr("Revealed"), self.tr("Next"), self.tr(
                "press → for the customer’s next line.")
            return (f"<p><b>{esc(revealed)}</b>{self._colon()}{esc(step.feedback.get(lang))}</p>"
                    f"{self._refs_html(step.refs)}"
                    f"<p><b>{esc(after)}</b>{self._colon()}{esc(following)}</p>")
        if play.is_reply:
            reply = play.node.reply
            ask, tick = self.tr("Ask the room to say its reply aloud"), self.tr("Tick what it had, then reveal.")
            return (f"<p><b>{esc(ask)}</b>{self._colon()}{esc(reply.prompt.get(lang))}</p>"
                    f"{self._para(tick + ' ' + reply.feedback.get(lang))}{self._refs_html(tuple(reply.refs))}")
        parts = []
        best = play.best_choice()
        names = self.controller.names
        then = self.tr("Then")
        for i, choice in enumerate(play.choices()):
            star = " ★" if i == best else ""
            score = listing((f"{names.get(k, k)} {v:+d}" for k, v in choice.score.items()), lang)
            target = play.scenario.nodes.get(choice.next)
            following = ""
            if target is not None:
                text = (target.ending.title if target.ending else target.text).get(lang)
                following = f"<br>{esc(then)}: {esc(text[:60] + ('…' if len(text) > 60 else ''))}"
            parts.append(f"<p><b>{letter(i)}{star}</b> {esc(choice.text.get(lang))}<br>"
                         f"<i>{esc(choice.feedback.get(lang))}</i>"
                         f"{'<br>' + esc(score) if score else ''}{following}</p>{self._refs_html(tuple(choice.refs))}")
        return "".join(parts)

    @staticmethod
    def _para(text: str, bold: bool = False) -> str:
        body = html.escape(text)
        return f"<p><b>{body}</b></p>" if bold else f"<p>{body}</p>"

    def _colon(self) -> str:
        return "：" if self.controller.lang != "en" else ": "

    def _refs_html(self, refs: tuple[str, ...]) -> str:
        if not refs:
            return ""
        lang = self.controller.lang
        links = listing((clause_link(r, lang, href=f"clause:{r}") for r in refs), lang)
        clauses = self.tr("Clauses")
        return f"<p>{html.escape(clauses)}{self._colon()}{links}</p>"
