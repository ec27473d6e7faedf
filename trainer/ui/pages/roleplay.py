"""Role-play: choose a scenario, play it (the customer is heard), and read the debrief."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from trainer.ui.core_strings import speech_reason
from trainer.ui.dialogs.errors import show_error
from trainer.ui.icons import icon
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import Page
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState
from trainer.ui.widgets.debrief import Debrief
from trainer.ui.widgets.missing_content import missing_note
from trainer.ui.widgets.scenario_player import ScenarioPlayer
from trainer.ui.i18n import listing


class RolePlayPage(Page):
    key = "roleplay"
    reference_requested = Signal(str)

    def __init__(self, state: AppState, speech: SpeechPlayer, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.speech = speech
        self.run = None  # the play under way (PlayView), as the service last returned it
        self._overview: dict | None = None  # scenario id -> (length, best rating), as last read
        self.attempt_id: int | None = None
        self.player: ScenarioPlayer | None = None
        self.debrief: Debrief | None = None
        self.muted = bool(state.prefs.get("roleplay/muted", False) in (True, "true"))
        self.mute_button = QToolButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self.muted)
        self.mute_button.setIcon(icon("speak"))
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.speech_note = QLabel()
        self.speech_note.setObjectName("PageSubtitle")
        self.speech_note.setWordWrap(True)  # why the customer is not heard, in full, at 2.0x too
        head = QHBoxLayout()
        head.addWidget(self.speech_note, 1)
        head.addWidget(self.mute_button)
        self.body.addLayout(head)
        self.cards = QWidget()
        self.grid = QGridLayout(self.cards)
        self.grid.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.body.addWidget(self.stack, 1)
        state.catalog_changed.connect(self.reload)
        state.trainee_changed.connect(self._on_trainee_changed)
        speech.failed.connect(self._on_speech_failed)
        speech.speaker_changed.connect(self._update_speech_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("The customer speaks; you choose or type your reply. Keys 1–4 choose; "
                                      "every step explains itself and cites the code."))
        self.mute_button.setToolTip(self.tr("Read the customer's lines aloud (on) or not (off)"))
        self.mute_button.setAccessibleName(self.tr("Mute the customer's voice"))
        self.mute_button.setText(self.tr("Muted") if self.muted else self.tr("Voice on"))
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._update_speech_note()
        if self.run is None:  # the cards in the new language, with what was last read
            self._fill(self._overview) if self._overview is not None else self.reload()
        elif self.debrief is not None:  # the ending, redrawn in the new language
            self.stack.removeWidget(self.debrief)
            self.debrief.deleteLater()
            self._show_debrief()
        elif self.player is not None:
            self.player.set_lang(self.state.locale, self._competency_names())

    def _competency_names(self) -> dict[str, str]:
        return self.state.catalog.competency_names(self.state.locale)

    def catch_up(self) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        """The scenario cards, with each one's length and the trainee's best rating, read off the GUI thread."""
        if self.state.services is None:
            self._fill({})
            return
        trainee_id = self.state.trainee.id if self.state.trainee is not None else None
        CallOp(self, lambda s: s.roleplay.overview(trainee_id)).success(self._fill).run()

    def _fill(self, overview: dict) -> None:
        self._overview = overview
        if self.run is not None:
            return  # a play started meanwhile: the list is drawn again when it ends
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        names = self._competency_names()
        lang = self.state.locale
        ratings = {"excellent": self.tr("Excellent"), "acceptable": self.tr("Acceptable"), "failed": self.tr("Failed")}
        if self.state.content_loaded and not self.state.catalog.scenarios:
            self.grid.addWidget(missing_note("scenarios", self.state.settings.content_dir), 0, 0, 1, 2)
        scenarios = [s for s in self.state.catalog.scenarios.values() if s.id in overview]
        for i, scenario in enumerate(sorted(scenarios, key=lambda s: s.id)):
            length, best = overview[scenario.id]
            frame = QFrame()
            frame.setObjectName("Card")
            layout = QVBoxLayout(frame)
            title = QLabel(scenario.title.get(lang))
            title.setObjectName("CardTitle")
            title.setWordWrap(True)
            summary = QLabel(scenario.summary.get(lang))
            summary.setWordWrap(True)
            summary.setObjectName("PageSubtitle")
            info = QLabel(self.tr("{0} · about {1} steps · best so far: {2}").format(
                listing((names.get(c, c) for c in scenario.competencies), lang), length,
                ratings.get(best, self.tr("not played"))))
            info.setWordWrap(True)
            start = QPushButton(self.tr("Start"))
            start.setProperty("primary", True)
            start.setAccessibleName(self.tr("Start {0}").format(scenario.title.get(lang)))
            start.clicked.connect(partial(self.start, scenario.id))
            start.setEnabled(self.state.trainee is not None)
            if self.state.trainee is None:
                start.setToolTip(self.tr("Choose your name at the top right first: each play is recorded for you."))
            row = QHBoxLayout()
            row.addWidget(info, 1)
            row.addWidget(start)
            layout.addWidget(title)
            layout.addWidget(summary)
            layout.addLayout(row)
            self.grid.addWidget(frame, i // 2, i % 2)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    # -- playing ---------------------------------------------------------------------------------

    def start(self, scenario_id: str) -> None:
        services, trainee = self.state.services, self.state.trainee
        if services is None or trainee is None:
            return
        trainee_id, lang = trainee.id, self.state.locale
        CallOp(self, lambda s: s.roleplay.start(trainee_id, scenario_id, lang)).success(self._on_started).run()

    def _on_started(self, play) -> None:
        self.run = play
        self._clear_play()
        self.player = ScenarioPlayer(play, self.state.locale, self._competency_names())
        self.player.choice_made.connect(self._on_choice_made)
        self.player.reply_sent.connect(self._on_reply_sent)
        self.player.timed_out.connect(self._on_timed_out)
        self.player.ended.connect(self._on_ended)
        self.player.reference_requested.connect(self.reference_requested)
        self.player.line_shown.connect(self._on_line_shown)
        self.player.leave_requested.connect(self.back_to_list)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self._show_header(False)
        self.player.show_node()  # again, now that it is connected: speaks the first line

    def _clear_play(self) -> None:
        for widget in (self.player, self.debrief):
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.player = self.debrief = None

    # the trainee's moves: the service grades and records each, the player shows the outcome

    @Slot(str)
    def _on_choice_made(self, choice_id: str) -> None:
        attempt_id = self.run.attempt_id
        self._move(lambda s: s.roleplay.choose(attempt_id, choice_id))

    @Slot(str)
    def _on_reply_sent(self, text: str) -> None:
        attempt_id, lang = self.run.attempt_id, self.state.locale
        self._move(lambda s: s.roleplay.reply(attempt_id, text, lang))

    @Slot()
    def _on_timed_out(self) -> None:
        attempt_id = self.run.attempt_id
        self._move(lambda s: s.roleplay.timeout(attempt_id))

    def _move(self, call) -> None:
        self.speech.stop()
        player = self.player
        CallOp(self, call).success(partial(self._on_outcome, player)).failure(partial(self._on_move_failed, player)) \
            .run()

    def _on_outcome(self, player, outcome) -> None:
        if player is self.player:
            self.run = outcome.play
            player.show_outcome(outcome)

    def _on_move_failed(self, player, exc: BaseException) -> None:
        show_error(self, exc)
        if player is self.player:
            player.move_failed()

    @Slot()
    def _on_ended(self) -> None:
        self._show_debrief()  # the service finished the play with its last move, in the same transaction

    def _show_debrief(self) -> None:
        run = self.run
        self.debrief = Debrief(run, self.state.locale, self._competency_names())
        self.debrief.play_again.connect(partial(self.start, run.scenario.id))
        self.debrief.choose_another.connect(self.back_to_list)
        self.debrief.reference_requested.connect(self.reference_requested)
        self.stack.addWidget(self.debrief)
        self.stack.setCurrentWidget(self.debrief)

    @Slot()
    def back_to_list(self) -> None:
        self.speech.stop()
        self._clear_play()
        self.run = None
        self.reload()
        self.stack.setCurrentIndex(0)
        self._show_header(True)

    def _show_header(self, shown: bool) -> None:
        # while playing, the scenario takes the whole page
        self.title.setVisible(shown)
        self.subtitle.setVisible(shown)

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self.back_to_list()

    # -- the customer's voice --------------------------------------------------------------------

    @Slot(str)
    def _on_line_shown(self, text: str) -> None:
        if not self.muted and self.speech.status(self.state.locale).available:
            self.speech.speak([text], self.state.locale)

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.muted = muted
        self.state.prefs.set("roleplay/muted", muted)
        if muted:
            self.speech.stop()
        self.retranslate()

    def _update_speech_note(self) -> None:
        status = self.speech.status(self.state.locale)
        self.mute_button.setEnabled(status.available)
        self.speech_note.setText("" if status.available else
                                 self.tr("The customer is not heard: {0}").format(speech_reason(status.reason)))

    @Slot(str)
    def _on_speech_failed(self, reason: str) -> None:
        if self.isVisible():
            self.speech_note.setText(self.tr("The customer is not heard: {0}").format(speech_reason(reason)))
