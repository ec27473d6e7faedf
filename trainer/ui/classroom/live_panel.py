"""A trainee's desk in a live session: the item the presenter shows, answered with A–D on the trainee's own screen.

The panel reads the session every half second (off the GUI thread) and follows the presenter: a new item replaces
the old one, a reveal locks the answer and tells a quiz answer right or wrong, the end of the session says so.
What the desk shows is what the presenter serves (`Joined.content`), not this desk's own content files; the desk
says which place the trainee chose and the live service grades it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.engine.classroom import letter
from trainer.engine.questions import shown
from trainer.ui.classroom.controller import POLL_MS
from trainer.ui.core_strings import message
from trainer.ui.ops import CallOp


class LivePanel(QWidget):
    left = Signal()

    def __init__(self, state, joined, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LivePanel")
        self.state = state
        self.session = joined.state
        self.trainee_id = joined.trainee_id
        self.content = joined.content  # what the presenter serves
        self.item: str | None = None
        self.chosen: int | None = None
        self.answers: dict[str, int] = {}  # item -> this desk's answer: the presenter may go back to an item
        self.verdicts: dict[str, bool | None] = {}  # item -> whether the service found that answer right
        self.heading = QLabel()
        self.heading.setObjectName("PageSubtitle")
        self.text = QLabel()
        self.text.setObjectName("LiveText")
        self.text.setWordWrap(True)
        self.options = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        self.status = QLabel()
        self.status.setObjectName("LiveStatus")
        self.status.setWordWrap(True)
        self.leave_button = QPushButton(self.tr("Leave the session"))
        self.leave_button.clicked.connect(self.leave)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.leave_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(self.options)
        column.addStretch(1)
        column.addLayout(bottom)
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.show_state(self.session)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A language switch: the buttons and the step on the desk in the new language."""
        if event.type() == QEvent.Type.LanguageChange and self.session is not None:
            self.leave_button.setText(self.tr("Back") if self.session.closed else self.tr("Leave the session"))
            self.show_state(self.session)
        super().changeEvent(event)

    # -- following the presenter ---------------------------------------------------------------------

    @Slot()
    def poll(self) -> None:
        services = self.state.services
        if services is None or self._reading:
            return
        self._reading = True
        session_id = self.session.id
        CallOp(self, lambda s: s.live.state(session_id)).success(self._on_state).failure(self._on_failed).run()

    def _on_state(self, session) -> None:
        self._reading = False
        self.show_state(session)

    def _on_failed(self, exc: BaseException) -> None:
        self._reading = False
        self.status.setText(message(exc))

    def show_state(self, session) -> None:
        self.session = session
        lang = self.state.locale
        if session.closed:
            self.timer.stop()
            self.heading.setText(session.title)
            self.text.setText(self.tr("The session has ended. Thank you!"))
            self._set_options([])
            self.status.setText("")
            self.leave_button.setText(self.tr("Back"))
            return
        if session.item is None:
            self.heading.setText(session.title)
            self.text.setText(self.tr("Joined. Wait for the first question on the screen."))
            self._set_options([])
            return
        if session.item != self.item:
            self.item, self.chosen = session.item, self.answers.get(session.item)
        self.heading.setText(self.tr("{0} · {1}").format(session.title, session.item_index + 1))
        text, options = self._content(session, lang)
        self.text.setText(text)
        spoken = self._spoken_step(session)
        if spoken is not None:  # a step the room answers aloud: nothing to click here
            self.text.setText(f"{text}\n\n{spoken}")
            self._set_options([])
            self.status.setText(self.tr("Say your reply aloud when the presenter asks; the presenter notes what "
                                        "the room's reply had."))
            return
        self._set_options(options or [letter(i) for i in range(session.options)])
        for i, button in enumerate(self.buttons):
            button.setEnabled(not session.revealed)
            button.setProperty("chosen", i == self.chosen)
            button.style().unpolish(button)
            button.style().polish(button)
        self.status.setText(self._status(session))

    def _content(self, session, lang: str) -> tuple[str, list[str]]:
        if session.kind == "quiz":
            question = self.content.question(session.item)
            if question is None:
                return self.tr("Look at the screen."), []
            view = shown(question, session.seed)
            if question.type == "true-false":
                true, false = self.tr("True"), self.tr("False")
                return question.prompt.get(lang), [f"A. {true}", f"B. {false}"]
            return question.prompt.get(lang), [f"{letter(i)}. {question.options[o].get(lang)}"
                                               for i, o in enumerate(view.order)]
        node = self.content.node(session.item)
        if node is None:
            return self.tr("Look at the screen."), []
        by_id = {c.id: c for c in node.choices}
        offered = [by_id[c] for c in session.offered if c in by_id]  # what the presenter's play offers there
        options = ([f"{letter(i)}. {c.text.get(lang)}" for i, c in enumerate(offered)]
                   if len(offered) == session.options else [])
        return node.text.get(lang), options

    def _spoken_step(self, session) -> str | None:
        """The prompt of a role-play step that asks for a typed (here: spoken) reply; None for any other step."""
        if session.kind == "quiz":
            return None
        node = self.content.node(session.item)
        return node.reply.prompt.get(self.state.locale) if node is not None and node.reply is not None else None

    def _status(self, session) -> str:
        if not session.revealed:
            if self.chosen is None:
                return self.tr("Choose your answer.")
            return self.tr("Your answer: {0}. You can change it until the presenter reveals.").format(
                letter(self.chosen))
        if session.kind == "quiz" and session.right is not None:
            right = session.right
            if self.chosen is None:
                return self.tr("Revealed: the right answer is {0}.").format(letter(right))
            verdict = self.tr("right") if self.verdicts.get(session.item) else self.tr("not right")
            return self.tr("Revealed: the right answer is {0}; yours ({1}) is {2}.").format(
                letter(right), letter(self.chosen), verdict)
        return self.tr("Revealed: look at the screen.")

    def _set_options(self, texts: list[str]) -> None:
        while len(self.buttons) < len(texts):
            button = QPushButton()
            button.setObjectName("LiveOption")
            button.clicked.connect(partial(self.answer, len(self.buttons)))
            self.options.addWidget(button)
            self.buttons.append(button)
        for i, button in enumerate(self.buttons):
            button.setVisible(i < len(texts))
            if i < len(texts):
                button.setText(texts[i])

    # -- answering -----------------------------------------------------------------------------------

    def answer(self, place: int) -> None:
        services, session = self.state.services, self.session
        if services is None or session.closed or session.revealed or session.item is None:
            return
        session_id, item, trainee_id = session.id, session.item, self.trainee_id
        self.chosen = place
        CallOp(self, lambda s: s.live.answer(session_id, trainee_id, item, place)).success(self._on_answered) \
            .failure(partial(self._on_answer_failed, item)).run()
        self.show_state(session)

    def _on_answered(self, outcome) -> None:
        self.answers[outcome.item] = outcome.choice
        self.verdicts[outcome.item] = outcome.correct
        self.show_state(self.session)

    def _on_answer_failed(self, item: str, exc: BaseException) -> None:
        self.chosen = self.answers.get(item)  # the answer saved before this one stands
        self.poll()  # the presenter revealed or moved on meanwhile: show where things are
        self.status.setText(message(exc))

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def leave(self) -> None:
        self.stop()
        self.left.emit()
