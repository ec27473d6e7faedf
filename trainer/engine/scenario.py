"""Playing a scenario: the current node, the choices on offer, scores, flags, feedback and the best alternative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import time
from collections.abc import Generator
from dataclasses import dataclass

from trainer.content.model import I18n
from trainer.content.scenario_check import met, score_range
from trainer.engine.phrases import PhraseChecker, PhraseHit, normalize

if TYPE_CHECKING:  # pydantic loads with the content, after the first paint
    from trainer.content.schema import Choice, Ending, Node, ScenarioFile

RATING_RANK = {"failed": 0, "acceptable": 1, "excellent": 2}
FORBIDDEN_CAP = "acceptable"  # the best rating of a play in which a forbidden phrase was typed
UNRATED = "acceptable"  # an ending whose author has not chosen its rating yet (a draft imported from Twine)


@dataclass(frozen=True)
class Step:
    """One move of the trainee, as recorded and shown in the debrief."""

    node_id: str
    kind: str  # choice | reply | timeout
    choice_id: str | None
    reply_text: str | None
    score: dict[str, int]
    feedback: I18n
    refs: tuple[str, ...]
    next_node: str
    seconds: float
    best_choice_id: str | None  # the best choice at this node (None for a typed reply)
    matched: tuple[str, ...] = ()  # expected elements found in a typed reply
    missing: tuple[str, ...] = ()
    hits: tuple[PhraseHit, ...] = ()

    @property
    def was_best(self) -> bool:
        return self.kind == "reply" or self.choice_id == self.best_choice_id


def offered(choices, flags: frozenset[str]) -> list[Choice]:
    """The choices on offer with these flags: a gated choice without an `otherwise` is hidden until it is open."""
    return [c for c in choices if met(c.requires, flags) or c.otherwise]


def _i18n(text) -> I18n:
    return I18n(text.zh, text.en)


class ScenarioRun:
    def __init__(self, scenario: ScenarioFile, checker: PhraseChecker | None = None, start: str | None = None,
                 flags: frozenset[str] = frozenset()) -> None:
        """`start` and `flags`: a run from any step with the flags chosen (the scenario map's "Play from here")."""
        self.scenario = scenario
        self.checker = checker
        self.flags: frozenset[str] = frozenset(flags)
        self.totals: dict[str, int] = {c: 0 for c in scenario.competencies}
        self.steps: list[Step] = []
        self.solver = Solver(scenario)
        self._node_id = self._enter(start or scenario.start)
        self._shown_at = time.monotonic()

    # -- where we are ----------------------------------------------------------------------------

    def _enter(self, node_id: str) -> str:
        seen = set()
        node = self.scenario.nodes[node_id]
        while not met(node.requires, self.flags) and node.otherwise and node_id not in seen:
            seen.add(node_id)
            node_id = node.otherwise
            node = self.scenario.nodes[node_id]
        return node_id

    @property
    def node_id(self) -> str:
        return self._node_id

    @property
    def node(self) -> Node:
        return self.scenario.nodes[self._node_id]

    @property
    def finished(self) -> bool:
        return self.node.ending is not None

    @property
    def ending(self) -> Ending | None:
        return self.node.ending

    @property
    def said_forbidden(self) -> bool:
        """Whether a typed reply held a forbidden phrase (服务忌语) on the way."""
        return any(step.hits for step in self.steps)

    @property
    def rating(self) -> str | None:
        """The ending's rating; at most "acceptable" once a forbidden phrase was said to the customer, whatever
        way the choices went: the code forbids the phrase outright (a typed reply leads on like a good one, so
        the ending alone would not show it)."""
        if self.ending is None:
            return None
        rating = self.ending.rating or UNRATED
        if self.said_forbidden and RATING_RANK[rating] > RATING_RANK[FORBIDDEN_CAP]:
            return FORBIDDEN_CAP
        return rating

    def choices(self) -> list[Choice]:
        """The choices on offer now: a gated choice without an `otherwise` is hidden until its flags are set."""
        return offered(self.node.choices, self.flags)

    @property
    def maxima(self) -> dict[str, int]:
        return {c: r["max"] for c, r in self.solver.ranges.items()}

    # -- moves -----------------------------------------------------------------------------------

    def _elapsed(self, seconds: float | None) -> float:
        return round(time.monotonic() - self._shown_at, 3) if seconds is None else seconds

    def choose(self, choice_id: str, seconds: float | None = None, kind: str = "choice") -> Step:
        if self.finished:
            raise ValueError("the scenario has ended")
        choice = next((c for c in self.choices() if c.id == choice_id), None)
        if choice is None:
            raise ValueError(f"no choice '{choice_id}' here")
        best = self.solver.best_choice(self._node_id, self.flags)
        if met(choice.requires, self.flags):
            score, target, self.flags = dict(choice.score), choice.next, self.flags | set(choice.sets)
        else:
            score, target = {}, choice.otherwise
        step = Step(self._node_id, kind, choice.id, None, score, _i18n(choice.feedback), tuple(choice.refs), target,
                    self._elapsed(seconds), best)
        return self._advance(step)

    def timeout(self, seconds: float | None = None) -> Step:
        """Time ran out: the author's `on_timeout` choice is taken."""
        return self.choose(self.node.on_timeout, seconds, kind="timeout")

    def reply(self, text: str, lang: str, seconds: float | None = None) -> Step:
        if self.finished or self.node.reply is None:
            raise ValueError("this step takes a choice, not a typed reply")
        reply = self.node.reply
        flat = normalize(text)
        score: dict[str, int] = {}
        matched, missing = [], []
        for expect in reply.expect:
            patterns = [p for lang_patterns in expect.patterns.values() for p in lang_patterns]
            if any(normalize(p) and normalize(p) in flat for p in patterns):
                matched.append(expect.id)
                for comp, value in expect.score.items():
                    score[comp] = score.get(comp, 0) + value
            else:
                missing.append(expect.id)
        hits = tuple(self.checker.check(text)) if self.checker else ()
        if hits:
            for comp, value in reply.forbidden_penalty.items():
                score[comp] = score.get(comp, 0) + value
        self.flags = self.flags | set(reply.sets)
        step = Step(self._node_id, "reply", None, text, score, _i18n(reply.feedback), tuple(reply.refs), reply.next,
                    self._elapsed(seconds), None, tuple(matched), tuple(missing), hits)
        return self._advance(step)

    def _advance(self, step: Step) -> Step:
        for comp, value in step.score.items():
            self.totals[comp] = self.totals.get(comp, 0) + value
        self.steps.append(step)
        self._node_id = self._enter(step.next_node)
        self._shown_at = time.monotonic()
        return step


class Solver:
    """Looks ahead in one scenario: the best ending and total reachable from a node with given flags."""

    def __init__(self, scenario: ScenarioFile) -> None:
        self.scenario = scenario
        # values by (node, flags), one table per node a choice was weighed at (None: no node excluded): a value
        # found while a node was excluded may differ from one found while it was not
        self._memos: dict[tuple[str, frozenset[str]] | None, dict[tuple[str, frozenset[str]], tuple[int, int]]] = {}
        self.ranges = score_range(scenario)

    def best_choice(self, node_id: str, flags: frozenset[str]) -> str | None:
        """The choice on the best way on from here: the best ending first, then the highest total score."""
        here = (node_id, flags)  # a way that comes back here goes round a loop
        options = []
        for choice in self.scenario.nodes[node_id].choices:
            if met(choice.requires, flags):
                rank, total = self.value(choice.next, flags | set(choice.sets), here)
                options.append(((rank, total + sum(choice.score.values())), choice.id))
            elif choice.otherwise:
                options.append((self.value(choice.otherwise, flags, here), choice.id))
        return max(options)[1] if options else None

    def value(self, node_id: str, flags: frozenset[str],
              came_from: tuple[str, frozenset[str]] | None = None) -> tuple[int, int]:
        """(best rating rank, best total score) reachable from a node with these flags, never passing the same
        node with the same flags twice (nor `came_from`, the node a choice is being weighed at).

        A depth-first walk with its own stack (a scenario's longest way may be longer than Python's recursion
        limit): each node being explored is a generator that asks for the values of the nodes it leads to."""
        memo = self._memos.setdefault(came_from, {})
        on_path: set[tuple[str, frozenset[str]]] = {came_from} if came_from is not None else set()
        stack: list[tuple[tuple[str, frozenset[str]], Generator]] = []
        wanted = (node_id, flags)
        while True:
            known = self._known(wanted, on_path, memo)
            if known is None:  # explore it: its generator starts and asks for its first way on
                on_path.add(wanted)
                stack.append((wanted, self._ways_on(*wanted)))
                answer = None
            elif not stack:
                return known
            else:
                answer = known
            while True:  # give the answer to the node that asked; finished nodes answer their own askers
                key, ways = stack[-1]
                try:
                    wanted = ways.send(answer)
                    break
                except StopIteration as finished:
                    stack.pop()
                    on_path.discard(key)
                    memo[key] = finished.value
                    if not stack:
                        return finished.value
                    answer = finished.value

    def _known(self, key: tuple[str, frozenset[str]], on_path: set, memo: dict) -> tuple[int, int] | None:
        if key in on_path:
            return -1, -10**6  # going round a loop is never the best way
        if key in memo:
            return memo[key]
        node = self.scenario.nodes[key[0]]
        if node.ending:
            return RATING_RANK[node.ending.rating or UNRATED], 0
        return None

    def _ways_on(self, node_id: str, flags: frozenset[str]) -> Generator:
        """Yields each (node, flags) a way on from here leads to and is sent its value; returns the best."""
        node = self.scenario.nodes[node_id]
        if not met(node.requires, flags) and node.otherwise:
            return (yield node.otherwise, flags)
        options = []
        for choice in node.choices:
            if met(choice.requires, flags):
                rank, total = yield choice.next, flags | set(choice.sets)
                options.append((rank, total + sum(choice.score.values())))
            elif choice.otherwise:
                options.append((yield choice.otherwise, flags))
        if node.reply is not None:
            rank, total = yield node.reply.next, flags | set(node.reply.sets)
            options.append((rank, total + sum(max(v, 0) for e in node.reply.expect for v in e.score.values())))
        return max(options) if options else (-1, -10**6)


def best_path_length(scenario: ScenarioFile) -> int:
    """How many moves the best way through takes (what a trainee should expect to play)."""
    run = ScenarioRun(scenario)
    while not run.finished and len(run.steps) < len(scenario.nodes):
        if run.node.reply is not None:
            reply = run.node.reply
            run.reply(" ".join(p for e in reply.expect for p in next(iter(e.patterns.values()), [])[:1]), "zh", 0.0)
        else:
            run.choose(run.solver.best_choice(run.node_id, run.flags), 0.0)
    return len(run.steps)
