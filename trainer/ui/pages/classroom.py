"""Classroom: a trainer runs a role-play or a quiz with the room on a projector; trainees may answer from their desks.

The page is three things in turn: the setup (what to run, teams, a live session), the presenter's console while a
session runs (with the audience's window on the projector), and, at a trainee's desk, the live panel they join with
the presenter's code.
"""

from __future__ import annotations

import random
import re

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSpinBox, QStackedWidget, QWidget,
)

from trainer.engine.classroom import ClassQuiz, ClassRolePlay, room_suitable
from trainer.engine.quiz import QuizSpec, build_quiz
from trainer.ui.classroom.console import PresenterConsole
from trainer.ui.classroom.controller import ClassroomController
from trainer.ui.classroom.live_panel import LivePanel
from trainer.ui.classroom.phones_page import PhonesStarter
from trainer.ui.dialogs.errors import show_error
from trainer.ui.pages.base import Page, card
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState
from trainer.ui.widgets.quiz_setup import kind_name
from trainer.ui.ops import CallOp

ROOM_KINDS = ("classify", "best-reply", "spot", "fact", "true-false")


def split_teams(text: str) -> list[str]:
    """The team names typed, each once (a name typed twice is one team)."""
    return list(dict.fromkeys(t.strip() for t in re.split(r"[,，、;；\n]", text) if t.strip()))


class ClassroomPage(Page):
    key = "classroom"
    reference_requested = Signal(str)

    def __init__(self, state: AppState, speech: SpeechPlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.speech = speech
        self.console: PresenterConsole | None = None
        self.controller: ClassroomController | None = None
        self.bank = {}
        self.phones = PhonesStarter(self)  # Let phones join: the network list can be injected (tests)

        # a role-play with the room
        self.scenario = QComboBox()
        self.scenario.setAccessibleName("scenario")
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.start_roleplay)
        self.play_title = QLabel()
        self.play_note = QLabel()
        self.play_note.setWordWrap(True)
        play_card = card(self.play_title, self.play_note, self.scenario, self.play_button)

        # a quiz with the room
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        for i, kind in enumerate(ROOM_KINDS):
            box = QCheckBox()
            box.setChecked(kind != "fact")
            self.kind_boxes[kind] = box
            kinds.addWidget(box, i // 2, i % 2)
        kinds_widget = QWidget()
        kinds_widget.setLayout(kinds)
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(10)
        self.teams = QLineEdit()
        self.teams.setObjectName("TeamNames")
        form = QFormLayout()
        self.count_label, self.teams_label = QLabel(), QLabel()
        form.addRow(self.count_label, self.count)
        form.addRow(self.teams_label, self.teams)
        self.count_label.setBuddy(self.count)
        self.teams_label.setBuddy(self.teams)
        form_widget = QWidget()
        form_widget.setLayout(form)
        self.quiz_button = QPushButton()
        self.quiz_button.clicked.connect(self.start_quiz)
        self.quiz_title = QLabel()
        self.quiz_note = QLabel()
        self.quiz_note.setWordWrap(True)
        quiz_card = card(self.quiz_title, self.quiz_note, kinds_widget, form_widget, self.quiz_button)

        # live answers, and joining one from this desk
        self.live = QCheckBox()
        self.live.setObjectName("OpenLive")
        self.join_code = QLineEdit()
        self.join_code.setObjectName("JoinCode")
        self.join_code.setMaxLength(12)
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.join)
        self.join_code.returnPressed.connect(self.join)
        self.join_title = QLabel()
        self.join_note = QLabel()
        self.join_note.setWordWrap(True)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_code, 1)
        join_row.addWidget(self.join_button)
        join_widget = QWidget()
        join_widget.setLayout(join_row)
        join_card = card(self.join_title, self.join_note, join_widget)

        setup = QWidget()
        grid = QGridLayout(setup)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        grid.addWidget(play_card, 0, 0)
        grid.addWidget(join_card, 1, 0)
        grid.addWidget(quiz_card, 0, 1, 2, 1)
        grid.addWidget(self.live, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()  # small screens scroll; 1366×768 shows it all
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(setup)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.body.addWidget(self.stack, 1)
        self.live_panel: LivePanel | None = None

        state.catalog_changed.connect(self.catch_up)
        state.trainee_changed.connect(self._on_trainee_changed)
        self.retranslate()

    # -- content -------------------------------------------------------------------------------------

    def catch_up(self) -> None:
        self.bank = self.state.bank
        self._fill_scenarios()

    def _fill_scenarios(self) -> None:
        current = self.scenario.currentData()
        self.scenario.clear()
        for scenario in sorted(self.state.catalog.scenarios.values(), key=lambda s: s.id):
            self.scenario.addItem(scenario.title.get(self.state.locale), scenario.id)
        index = self.scenario.findData(current)
        self.scenario.setCurrentIndex(max(0, index))

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("Run a role-play or a quiz with the whole room: the console stays on this "
                                      "screen, the audience's view goes full screen on the projector."))
        self.play_title.setText(self.tr("Role-play with the room"))
        self.play_note.setText(self.tr("The customer speaks; the room votes A–D; reveal shows the votes, the "
                                       "consequence and the feedback; the room goes down the majority's way."))
        self.play_button.setText(self.tr("Start the role-play"))
        self.quiz_title.setText(self.tr("Quiz with the room"))
        self.quiz_note.setText(self.tr("Questions with A–D answers. Teams score one point for each right answer "
                                       "(speed never counts)."))
        for kind, box in self.kind_boxes.items():
            box.setText(kind_name(kind))
        self.count_label.setText(self.tr("Questions"))
        self.teams_label.setText(self.tr("Teams (optional)"))
        self.teams.setPlaceholderText(self.tr("e.g. Red, Blue, Green"))
        self.quiz_button.setText(self.tr("Start the quiz"))
        self.live.setText(self.tr("Open a live session: trainees answer on their own desks with a join code "
                                  "(all desks must share this database)"))
        self.join_title.setText(self.tr("Join a live session"))
        self.join_note.setText(self.tr("Your trainer shows a code on the projector. Type it here to answer on your "
                                       "own screen; your answers go into your record."))
        self.join_code.setPlaceholderText(self.tr("Join code"))
        self.join_code.setAccessibleName(self.tr("Join code"))
        self.join_button.setText(self.tr("Join"))
        if self.state.catalog.scenarios:
            self._fill_scenarios()  # the titles in the new language, the chosen one kept
        if self.console is not None:
            controller = self.console.controller
            controller.set_lang(self.state.locale, self._names())  # the session goes on in the new language
            self.console.set_title(controller.play.scenario.title.get(self.state.locale) if controller.play
                                   is not None else self.tr("Quiz with the room"))
            self.console.retranslate()
            self.console.refresh()

    def _names(self) -> dict[str, str]:
        return self.state.catalog.competency_names(self.state.locale)

    # -- presenting ----------------------------------------------------------------------------------

    @Slot()
    def start_roleplay(self) -> None:
        scenario_id = self.scenario.currentData()
        if not scenario_id:
            return
        scenario = self.state.catalog.scenarios[scenario_id]
        checker = self.state.services.content.checker().item if self.state.services is not None else None
        play = ClassRolePlay(scenario, checker)
        controller = ClassroomController(self.state.locale, self._names(), play=play)
        # the teams typed under Teams vote on each step too (their counts add to the room's)
        self._present(controller, scenario.title.get(self.state.locale), split_teams(self.teams.text()),
                      [scenario_id])

    @Slot()
    def start_quiz(self) -> None:
        kinds = tuple(k for k, box in self.kind_boxes.items() if box.isChecked()) or ROOM_KINDS
        seed = random.SystemRandom().randrange(2**31)
        spec = QuizSpec(kinds=kinds, count=10_000)
        room = [s for s in build_quiz(self.state.catalog, self.bank, spec, seed) if room_suitable(s.question)]
        room = room[: self.count.value()]
        if not room:
            self.quiz_note.setText(self.tr("No question fits this choice."))
            return
        teams = split_teams(self.teams.text())
        quiz = ClassQuiz(room, teams)
        controller = ClassroomController(self.state.locale, self._names(), quiz=quiz)
        self._present(controller, self.tr("Quiz with the room"), teams, [s.question.id for s in room], seed)

    def _present(self, controller: ClassroomController, title: str, teams: list[str], items: list[str],
                 seed: int = 0) -> None:
        self._drop_console()
        self.controller = controller
        self.console = PresenterConsole(controller, self.speech, title, interfaces=self.phones.interfaces)
        self.console.ended.connect(self._on_ended)
        self.console.reference_requested.connect(self.reference_requested)
        self.console.set_teams(teams)
        self.stack.addWidget(self.console)
        self.stack.setCurrentWidget(self.console)
        self.title.hide()  # the console needs the room on a small laptop screen
        self.subtitle.hide()
        self.console.show_audience()
        services = self.state.services
        kind, locale = controller.kind, self.state.locale  # a role-play's `items` is its scenario's id

        def open_live():  # on a worker thread
            return self.state.services.live.open(kind, title, locale, items, seed)

        self.phones.attach(self.console, open_live)
        if self.live.isChecked() and services is not None:
            CallOp(self, lambda _s: open_live()) \
                .success(lambda state: controller.start_live(services.live, state)).run()

    def _drop_console(self) -> None:
        if self.console is not None:
            self.console.controller.stop()
            self.console.audience.close()
            self.stack.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
        self.title.show()
        self.subtitle.show()

    def shut_down(self) -> None:
        """trainer is closing: end a running session now (its live session too) and stop following one."""
        if self.console is not None:
            self.console.controller.end_live(wait=True)
            self._drop_console()
        self._drop_live_panel()

    @Slot()
    def _on_ended(self) -> None:
        self._drop_console()
        self.stack.setCurrentIndex(0)

    # -- a trainee's desk ----------------------------------------------------------------------------

    @Slot()
    def join(self) -> None:
        services, trainee = self.state.services, self.state.trainee
        if services is None:
            return
        if trainee is None:
            self.join_note.setText(self.tr("Choose your name at the top right first."))
            return
        code = self.join_code.text()
        if not code.strip():
            self.join_note.setText(self.tr("Type the join code shown on the screen."))
            return
        trainee_id = trainee.id
        CallOp(self, lambda s: s.live.join(code, trainee_id)).success(self._on_joined) \
            .failure(self._on_join_failed).busy(self.join_button).run()

    def _on_join_failed(self, exc: BaseException) -> None:
        from trainer.ui.core_strings import message

        self.join_note.setText(message(exc))
        self.join_note.setProperty("error", True)

    def _on_joined(self, joined) -> None:
        self._drop_live_panel()
        self.live_panel = LivePanel(self.state, joined)
        self.live_panel.left.connect(self._on_live_left)
        self.stack.addWidget(self.live_panel)
        self.stack.setCurrentWidget(self.live_panel)

    def _drop_live_panel(self) -> None:
        if self.live_panel is not None:
            self.live_panel.stop()
            self.stack.removeWidget(self.live_panel)
            self.live_panel.deleteLater()
            self.live_panel = None

    @Slot()
    def _on_live_left(self) -> None:
        self._drop_live_panel()
        self.stack.setCurrentIndex(0)

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self._drop_live_panel()
        if self.console is None:
            self.stack.setCurrentIndex(0)
