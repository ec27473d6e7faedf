"""One classroom run (a role-play or a quiz) shared by the presenter's console and the audience's screen.

Every control goes through the controller, which changes the engine's ClassRolePlay or ClassQuiz and emits
`changed`; both views then redraw from `frame()`, so what the room sees is always what the console shows.
With a live session open, trainees' answers from their own desks are read every half second and added to the votes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.engine.classroom import ClassQuiz, ClassRolePlay, letter, option_count, right_place
from trainer.services.live_content import step_item
from trainer.ui.classroom.live_link import LiveLink
from trainer.ui.i18n import listing

POLL_MS = 500


@dataclass
class Frame:
    """What the audience's screen shows now."""

    mode: str  # step | ending | question | leaderboard | blank | empty
    heading: str = ""
    speaker: str = ""
    text: str = ""
    options: list[str] = field(default_factory=list)
    counts: list[int] | None = None  # shown once revealed
    chosen: int | None = None  # the room's way (role-play) or the right answer (quiz)
    verdict: str = ""  # under the chart: what the room chose / the right answer
    feedback: str = ""
    consequence: str = ""  # role-play: what the customer says next
    timer: str = ""
    code: str = ""
    join_url: str = ""  # phones may join: the QR code's link
    scores: list[tuple[str, str, float]] = field(default_factory=list)  # label, figure, share of the bar


class ClassroomController(LiveLink, QObject):
    changed = Signal()
    live_failed = Signal(object)
    phones_updated = Signal(object)  # a phones' Snapshot, once the console shows it

    def __init__(self, lang: str, competency_names: dict[str, str], play: ClassRolePlay | None = None,
                 quiz: ClassQuiz | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.names = competency_names
        self.play = play
        self.quiz = quiz
        self.blank = False
        self.show_leaderboard = False
        self.seconds_left: int | None = None
        self.timer_seconds = 30
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.live = None  # (LiveService, LiveState) while a live session is open
        self._stopped = False  # the session has ended: a live session opened after that is closed at once
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_live)
        self._polling = False
        self.live_joined = 0
        self.live_answered = 0
        self.phones = None  # a PhoneLink while phones may join (within a live session)
        self._reset_timer()

    # -- what is on ----------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return "roleplay" if self.play is not None else "quiz"

    @property
    def votes(self):
        return self.play.votes if self.play is not None else self.quiz.votes

    @property
    def revealed(self) -> bool:
        return self.play.revealed is not None if self.play is not None else self.quiz.revealed

    @property
    def finished(self) -> bool:
        return self.play.finished if self.play is not None else self.quiz.finished

    def item_key(self) -> str | None:
        """What everyone is on, for live answers: the question id, or the role-play step and its node."""
        if self.finished:
            return None
        if self.play is not None:
            node = self.play.revealed.node_id if self.play.revealed is not None else self.play.node_id
            return step_item(self.play.step_number, node)
        return self.quiz.current.question.id

    def option_count(self) -> int:
        """The options of the step the room is on (while a move is revealed, the step it was made at)."""
        if self.finished:
            return 0
        if self.play is not None:
            return len(self.play.revealed_choices) if self.play.revealed is not None else len(self.play.choices())
        return option_count(self.quiz.current)

    # -- controls ------------------------------------------------------------------------------------

    def set_lang(self, lang: str, competency_names: dict[str, str]) -> None:
        """Go on in another language: every frame from now on (the audience's screen redraws at once)."""
        self.lang, self.names = lang, competency_names
        self.changed.emit()

    def vote(self, index: int, count: int = 1) -> None:
        if not self.revealed and not self.finished:
            self.votes.add(index, count)
            self.changed.emit()

    def set_team_counts(self, team: str, counts: list[int]) -> None:
        if not self.revealed and not self.finished:
            self.votes.set_team(team, counts)
            self.changed.emit()

    def set_team_answer(self, team: str, place: int | None) -> None:
        if self.quiz is not None:
            self.quiz.set_team_answer(team, place)
            self.changed.emit()

    def reveal(self, pick: int | None = None, elements: list[str] | None = None) -> bool:
        """Reveal; for a role-play, go down the majority's choice (or `pick`). False when a pick is needed."""
        if self.finished or self.revealed:
            return False
        if self.play is not None:
            step = (self.play.reveal_reply(elements or [], self.lang) if self.play.is_reply
                    else self.play.reveal(pick))
            if step is None:
                return False
        else:
            self.quiz.reveal()
        self.timer.stop()
        if self.phones is not None:  # the phones stop taking answers and theirs are recorded, then the reveal
            live = self.live
            self.phones.push(self.phones.view_of(self), then=lambda: live and live[0].reveal(live[1].id))
        else:
            self._live_call("reveal")
        self.changed.emit()
        return True

    def next(self) -> None:
        if self.play is not None:
            if self.play.revealed is None:
                return
            self.play.next()
        else:
            if not self.quiz.revealed and not self.quiz.finished:
                return
            self.quiz.next()
        self._reset_timer()
        self._live_show()
        self.changed.emit()

    def back(self) -> None:
        (self.play or self.quiz).back()
        self.show_leaderboard = False  # the console and the projector show the same step again
        self._reset_timer()
        self._live_show()
        self.changed.emit()

    def toggle_timer(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        elif not self.finished and not self.revealed:
            if not self.seconds_left:
                self._reset_timer()
            self.timer.start()
        self.changed.emit()

    def set_timer_seconds(self, seconds: int) -> None:
        self.timer_seconds = max(5, seconds)
        if not self.timer.isActive():
            self._reset_timer()
            self.changed.emit()

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.changed.emit()

    def toggle_leaderboard(self) -> None:
        self.show_leaderboard = not self.show_leaderboard and self.quiz is not None and bool(self.quiz.teams)
        self.changed.emit()

    def _reset_timer(self) -> None:
        self.timer.stop()
        node_timer = self.play.node.timer if self.play is not None and not self.play.finished else None
        self.seconds_left = node_timer or self.timer_seconds

    def _tick(self) -> None:
        self.seconds_left = max(0, (self.seconds_left or 0) - 1)
        if self.seconds_left == 0:
            self.timer.stop()
        self.changed.emit()

    # -- live answers from the trainees' desks --------------------------------------------------------

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.end_live()

    # -- the audience's frame ------------------------------------------------------------------------

    def frame(self) -> Frame:
        if self.blank:
            return Frame("blank")
        code = self._code()
        frame = self._play_frame(code) if self.play is not None else self._quiz_frame(code)
        frame.join_url = self.phones.url if self.phones is not None else ""
        return frame

    def _code(self) -> str:
        if self.live is None:
            return ""
        code = self.live[1].code
        return self.tr("Join code {0}").format(f"{code[:3]} {code[3:]}")

    def _timer_text(self) -> str:
        if self.seconds_left is None or self.revealed or self.finished:
            return ""
        minutes, seconds = divmod(self.seconds_left, 60)
        return f"{minutes}:{seconds:02d}" if self.timer.isActive() or self.seconds_left == 0 else ""

    def _play_frame(self, code: str) -> Frame:
        play, lang = self.play, self.lang
        title = play.scenario.title.get(lang)
        if play.finished:
            ending = play.run.ending
            maxima = play.run.maxima
            scores = [(self.names.get(c, c), f"{play.run.totals.get(c, 0)} / {maxima.get(c, 0)}",
                       play.run.totals.get(c, 0) / maxima[c] if maxima.get(c) else 0.0)
                      for c in play.scenario.competencies]
            rating = {"excellent": self.tr("Excellent"), "acceptable": self.tr("Acceptable"),
                      "failed": self.tr("Failed")}
            return Frame("ending", heading=f"{title} · {rating[play.run.rating]}", text=ending.title.get(lang),
                         feedback=ending.debrief.get(lang), scores=scores, code=code)
        heading = self.tr("{0} · step {1}").format(title, play.step_number)
        frame = Frame("step", heading=heading, speaker=self._speaker(play.node.speaker), text=play.node.text.get(lang),
                      code=code, timer=self._timer_text())
        if play.revealed is not None:
            step = play.revealed
            voted_on = play.scenario.nodes[step.node_id]
            frame.text = voted_on.text.get(lang)
            frame.speaker = self._speaker(voted_on.speaker)
            if not play.run.finished:
                colon = "：" if lang != "en" else ": "
                frame.consequence = f"{self._speaker(play.node.speaker)}{colon}{play.node.text.get(lang)}"
            frame.counts = play.votes.counts()
            if play.revealed_index is not None:
                frame.options = [c.text.get(lang) for c in play.revealed_choices]
                frame.chosen = play.revealed_index
                frame.verdict = self.tr("The room chose {0}.").format(letter(play.revealed_index))
                if not step.was_best and play.revealed_best is not None:
                    frame.verdict += " " + self.tr("A better way was {0}.").format(letter(play.revealed_best))
            else:
                frame.verdict = self.tr("The room's reply had: {0}.").format(
                    listing(self._element_labels(step.matched), lang) or self.tr("none of the expected elements"))
            frame.feedback = step.feedback.get(lang)
        elif play.is_reply:
            frame.options = []
            frame.verdict = play.node.reply.prompt.get(lang)
        else:
            frame.options = [c.text.get(lang) for c in play.choices()]
        return frame

    def _speaker(self, speaker: str) -> str:
        return {"customer": self.tr("Customer"), "colleague": self.tr("Colleague"), "manager": self.tr("Manager"),
                "narrator": self.tr("Narrator"), "trainee": self.tr("You")}.get(speaker, "")

    def _element_labels(self, ids) -> list[str]:
        step = self.play.revealed
        reply = self.play.scenario.nodes[step.node_id].reply
        return [e.label.get(self.lang) for e in reply.expect if e.id in ids]

    def _quiz_frame(self, code: str) -> Frame:
        quiz, lang = self.quiz, self.lang
        if self.show_leaderboard or quiz.finished:
            board = quiz.leaderboard()
            top = max((s for _, s in board), default=0) or 1
            asked = quiz.index + (1 if quiz.revealed and not quiz.finished else 0)
            scores = [(team, self.tr("{0} of {1}").format(score, asked), score / top) for team, score in board]
            heading = self.tr("Leaderboard") if not quiz.finished else self.tr("The quiz is over")
            return Frame("leaderboard", heading=heading, scores=scores, code=code,
                         text="" if scores else self.tr("{0} questions answered by the room.").format(len(quiz.shown)))
        shown = quiz.current
        q = shown.question
        heading = self.tr("Question {0} of {1}").format(quiz.index + 1, len(quiz.shown))
        if q.type == "true-false":
            options = [self.tr("True"), self.tr("False")]
        else:
            options = [q.options[i].get(lang) for i in shown.order]
        frame = Frame("question", heading=heading, text=q.prompt.get(lang), options=options, code=code,
                      timer=self._timer_text())
        if quiz.revealed:
            right = right_place(shown)
            frame.counts = quiz.votes.counts()
            frame.chosen = right
            frame.verdict = self.tr("The right answer is {0}.").format(letter(right))
            frame.feedback = q.explanation.get(lang)
        return frame
