"""The presenter's console: what the room sees, the speaker notes, what comes next, the room's votes, the controls.

Every control has a key (they work from the audience's window too): → or N next, R reveal, ← or Backspace back,
T timer, S read aloud, W blank screen, L leaderboard, F5 show or hide the audience's screen, A–F add a vote and
Shift+A–F take one back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QScrollArea, QSpinBox, QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from trainer.engine.classroom import LETTERS, letter
from trainer.ui.classroom.audience import AudienceWindow
from trainer.ui.classroom.controller import ClassroomController
from trainer.ui.classroom.notes import notes_html
from trainer.ui.classroom.teams import TeamInputs
from trainer.ui.classroom.phones_panel import PhonesPanel
from trainer.ui.speech import SpeechPlayer


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
        self.notes.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()))
        self._notes = ""  # the notes' HTML as last set
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
        self.team_inputs = TeamInputs(controller)  # each team's show of hands, and each team's quiz answer
        self.teams, self.team_answers = self.team_inputs.table, self.team_inputs.answers
        self.team_answer_box = self.team_inputs.answer_box
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
        if self.speech is not None:
            frame = self.controller.frame()
            pieces = [frame.text, *(f"{letter(i)}. {o}" for i, o in enumerate(frame.options)), frame.verdict]
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
        self.team_inputs.set_teams(teams)
        self.refresh()

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
        notes = notes_html(self.controller)
        if notes != self._notes:  # only what changed: a timer tick or a vote keeps the notes where they were read
            self._notes = notes
            self.notes.setHtml(notes)
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
        self.team_inputs.refresh(options, reply)
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
