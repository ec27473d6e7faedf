"""A role-play or a quiz run with a whole room: the room's votes, the reveal, the way on, team scores.

The presenter's console and the audience's screen both show one of these objects, so they cannot drift apart:
every control changes it, and both views redraw from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trainer.engine.questions import Shown
from trainer.engine.scenario import ScenarioRun, Step

if TYPE_CHECKING:
    from trainer.content.schema import Choice, Question, ScenarioFile
    from trainer.engine.phrases import PhraseChecker

LETTERS = "ABCDEF"
ROOM_TYPES = ("single", "true-false")  # questions a room can answer with A–D


def letter(index: int) -> str:
    return LETTERS[index] if 0 <= index < len(LETTERS) else "?"


@dataclass
class Votes:
    """The room's answers to one step: counts per option, from the room (keys A–D) and from each team."""

    options: int
    room: list[int] = field(default_factory=list)
    teams: dict[str, list[int]] = field(default_factory=dict)
    live: list[int] = field(default_factory=list)  # trainees answering on their own desks
    phones: list[int] = field(default_factory=list)  # trainees answering on their phones

    def __post_init__(self) -> None:
        self.room = self.room or [0] * self.options
        self.live = self.live or [0] * self.options
        self.phones = self.phones or [0] * self.options

    def add(self, index: int, count: int = 1) -> None:
        if 0 <= index < self.options:
            self.room[index] = max(0, self.room[index] + count)

    def set_team(self, team: str, counts: list[int]) -> None:
        self.teams[team] = [max(0, int(c)) for c in (list(counts) + [0] * self.options)[: self.options]]

    def set_live(self, counts: dict[int, int]) -> None:
        self.live = [counts.get(i, 0) for i in range(self.options)]

    def set_phones(self, counts: dict[int, int]) -> None:
        self.phones = [counts.get(i, 0) for i in range(self.options)]

    def counts(self) -> list[int]:
        return [self.room[i] + self.live[i] + self.phones[i] + sum(t[i] for t in self.teams.values())
                for i in range(self.options)]

    @property
    def total(self) -> int:
        return sum(self.counts())

    def majority(self) -> int | None:
        """The option most voted for; None with no votes or a tie at the top (then the presenter picks)."""
        counts = self.counts()
        top = max(counts, default=0)
        if top == 0 or counts.count(top) > 1:
            return None
        return counts.index(top)


class ClassRolePlay:
    """A scenario played by the room: vote on the choices, reveal, go down the majority (or the presenter's) way."""

    def __init__(self, scenario: ScenarioFile, checker: PhraseChecker | None = None) -> None:
        self.scenario = scenario
        self.checker = checker
        self.run = ScenarioRun(scenario, checker)
        self.moves: list[tuple[str, object]] = []  # ("choice", id) or ("reply", (element ids, lang))
        self.revealed: Step | None = None  # the move just made, shown with the votes until `next`
        # what was on offer at the revealed move, its place among them and the best one (the run has moved on)
        self.revealed_choices: list[Choice] = []
        self.revealed_index: int | None = None
        self.revealed_best: int | None = None
        self.votes = Votes(len(self.choices()))  # while a move is revealed: the votes that made it

    # -- where the room is --------------------------------------------------------------------------

    @property
    def node_id(self) -> str:
        return self.run.node_id

    @property
    def node(self):
        return self.run.node

    @property
    def finished(self) -> bool:
        return self.revealed is None and self.run.finished

    @property
    def step_number(self) -> int:
        """1 for the customer's first line; a revealed move still counts as the step it was made at."""
        return len(self.moves) + (1 if self.revealed is None else 0)

    def choices(self) -> list[Choice]:
        return [] if self.run.finished else self.run.choices()

    @property
    def is_reply(self) -> bool:
        return not self.run.finished and self.node.reply is not None and not self.node.choices

    def best_choice(self) -> int | None:
        best = self.run.solver.best_choice(self.run.node_id, self.run.flags)
        return next((i for i, c in enumerate(self.choices()) if c.id == best), None)

    # -- the presenter's controls -------------------------------------------------------------------

    def reveal(self, index: int | None = None) -> Step | None:
        """Go down choice `index`, or the majority's; None when there is no majority and no pick (a tie)."""
        if self.revealed is not None or self.run.finished or self.is_reply:
            return None
        index = self.votes.majority() if index is None else index
        choices = self.choices()
        if index is None or not 0 <= index < len(choices):
            return None
        self.revealed_choices, self.revealed_index, self.revealed_best = choices, index, self.best_choice()
        self.moves.append(("choice", choices[index].id))
        self.revealed = self.run.choose(choices[index].id, seconds=0.0)
        return self.revealed

    def reveal_reply(self, elements: list[str], lang: str) -> Step | None:
        """A typed-reply step: the room says its reply aloud; the presenter ticks the elements it had."""
        if self.revealed is not None or not self.is_reply:
            return None
        self.revealed_choices, self.revealed_index, self.revealed_best = [], None, None
        self.moves.append(("reply", (tuple(elements), lang)))
        self.revealed = self.run.reply(_reply_text(self.node.reply, elements, lang), lang, seconds=0.0)
        return self.revealed

    def next(self) -> None:
        """From the revealed move on to the customer's next line (or the ending)."""
        if self.revealed is None:
            return
        self.revealed = None
        self.votes = Votes(len(self.choices()))

    def back(self) -> None:
        """Undo the last move (or hide the reveal): the room reconsiders."""
        if self.revealed is not None:
            votes = self.votes
            self._replay(self.moves[:-1])
            self.votes = votes
            return
        if self.moves:
            self._replay(self.moves[:-1])

    def _replay(self, moves: list[tuple[str, object]]) -> None:
        self.run = ScenarioRun(self.scenario, self.checker)
        self.moves = []
        self.revealed = None
        for kind, value in moves:
            if kind == "choice":
                self.run.choose(value, seconds=0.0)
            else:
                elements, lang = value
                self.run.reply(_reply_text(self.run.node.reply, list(elements), lang), lang, seconds=0.0)
            self.moves.append((kind, value))
        self.votes = Votes(len(self.choices()))


def _reply_text(reply, elements: list[str], lang: str) -> str:
    """A reply holding the ticked elements: the first wording of each, so the engine scores exactly those."""
    parts = []
    for expect in reply.expect:
        if expect.id in elements:
            patterns = expect.patterns.get(lang) or next(iter(expect.patterns.values()), [])
            if patterns:
                parts.append(patterns[0])
    return "，".join(parts) if lang == "zh" else ", ".join(parts)


# -- quizzes -------------------------------------------------------------------------------------------


def room_suitable(question: Question) -> bool:
    return question.type in ROOM_TYPES and (question.type == "true-false" or 2 <= len(question.options) <= 6)


def option_count(shown: Shown) -> int:
    return 2 if shown.question.type == "true-false" else len(shown.order)


def answer_at(shown: Shown, place: int):
    """The answer (in the question's own terms) of the option shown at `place` (A = 0)."""
    if shown.question.type == "true-false":
        return place == 0
    return shown.order[place]


def right_place(shown: Shown) -> int:
    q = shown.question
    if q.type == "true-false":
        return 0 if q.answer else 1
    return shown.order.index(q.answer)


@dataclass
class _Asked:
    """One question of a room quiz as the room left it: its votes, the teams' answers, whether it is revealed."""

    votes: Votes
    team_answers: dict[str, int] = field(default_factory=dict)
    revealed: bool = False


class ClassQuiz:
    """Questions answered by the room and by teams: the distribution, the right answer, team scores.

    Each question keeps what the room did with it: going back shows the previous question as it was left (its
    votes, answers and reveal), and going on again finds the next one as it was."""

    def __init__(self, shown: list[Shown], teams: list[str]) -> None:
        self.shown = [s for s in shown if room_suitable(s.question)]
        self.teams = list(dict.fromkeys(t.strip() for t in teams if t.strip()))
        self.index = 0
        self.asked = [_Asked(Votes(option_count(s))) for s in self.shown]
        self.scored: list[set[str]] = [set() for _ in self.shown]  # teams right at each question, once revealed

    @property
    def current(self) -> Shown | None:
        return self.shown[self.index] if 0 <= self.index < len(self.shown) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.shown)

    @property
    def _here(self) -> _Asked:
        return self.asked[self.index] if not self.finished else _Asked(Votes(0), revealed=True)

    @property
    def votes(self) -> Votes:
        return self._here.votes

    @property
    def team_answers(self) -> dict[str, int]:
        return self._here.team_answers

    @property
    def revealed(self) -> bool:
        return self._here.revealed

    def set_team_answer(self, team: str, place: int | None) -> None:
        if self.revealed or team not in self.teams or self.finished:
            return
        if place is None:
            self.team_answers.pop(team, None)
        else:
            self.team_answers[team] = place

    def reveal(self) -> int | None:
        """Show the right answer; each team with it scores one point (correctness only, never speed)."""
        if self.revealed or self.current is None:
            return None
        self._here.revealed = True
        right = right_place(self.current)
        self.scored[self.index] = {t for t, place in self.team_answers.items() if place == right}
        return right

    def next(self) -> None:
        if self.current is None:
            return
        self.index += 1

    def back(self) -> None:
        """Hide the reveal (its points go with it; the votes and answers stay), or go back to the previous
        question as it was left."""
        if self.current is not None and self.revealed:
            self._here.revealed = False
            self.scored[self.index] = set()
            return
        if self.index > 0:
            self.index -= 1

    def scores(self) -> dict[str, int]:
        return {t: sum(t in right for right in self.scored) for t in self.teams}

    def leaderboard(self) -> list[tuple[str, int]]:
        """Teams by score, then by name (a tie shares the place)."""
        return sorted(self.scores().items(), key=lambda pair: (-pair[1], pair[0]))
