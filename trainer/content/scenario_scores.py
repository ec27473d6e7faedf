"""The range of scores a scenario can give, per competency: a walk of every way through with its flags.

Part of the scenario checks (trainer.content.scenario_check re-exports `score_range`, `MAX_STATES` and
`TooManyPaths`); the flag rule is the one `met` there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from trainer.content.scenario_check import Edge, edges, met

if TYPE_CHECKING:
    from trainer.content.schema import ScenarioFile


MAX_STATES = 20_000  # (node, flags) pairs a score range may walk; far more than any real scenario needs


class TooManyPaths(Exception):
    """A scenario whose flags combine into more ways through it than MAX_STATES."""


@dataclass
class _Walk:
    key: tuple[str, frozenset]
    steps: Iterator[tuple[Edge, frozenset]]
    options: list[dict[str, tuple[int, int]]] = field(default_factory=list)
    edge: Edge | None = None  # the step whose walk is under way


def score_range(s: ScenarioFile) -> dict[str, dict[str, int]]:
    """Lowest and highest total per competency over every path from the start to an ending.

    A path follows the flag rules (a gated choice is hidden, or leads `otherwise`, until its flags are
    set) and never repeats a (node, flags) state, so a loop cannot inflate a score. The walk keeps its own
    stack (a long scenario cannot exhaust Python's) and raises TooManyPaths past MAX_STATES states.
    """
    memo: dict[tuple[str, frozenset], dict[str, tuple[int, int]] | None] = {}
    ways: dict[str, list[Edge]] = {}  # each node's edges, made once (a node is entered with many sets of flags)
    on_path: set[tuple[str, frozenset]] = set()
    stack: list[_Walk] = []
    pending = object()  # the walk from here has just started; its result comes when its frame ends

    def enter(node_id: str, flags: frozenset):
        key = (node_id, flags)
        if key in memo:
            return memo[key]
        if key in on_path or node_id not in s.nodes:
            return None
        node = s.nodes[node_id]
        if node.ending:
            memo[key] = {}
            return memo[key]
        if len(memo) + len(on_path) >= MAX_STATES:
            raise TooManyPaths(f"more than {MAX_STATES:,} combinations of node and flags to walk for the score "
                               "range; use fewer flags")
        on_path.add(key)
        if not met(node.requires, flags):
            steps = [(Edge(node_id, node.otherwise, ()), flags)] if node.otherwise else []
        else:
            steps = []
            out = ways.get(node_id)
            if out is None:
                out = ways[node_id] = list(edges(node_id, node))
            for edge in out:
                if edge.requires and met(edge.requires, flags) == edge.fails_requirement:
                    continue  # the way not taken with these flags
                steps.append((edge, flags | edge.sets))
        stack.append(_Walk(key, iter(steps)))
        return pending

    result = enter(s.start, frozenset())
    while stack:
        frame = stack[-1]
        if frame.edge is not None:  # the walk along frame.edge has ended with `result`
            if result is not None:
                frame.options.append(_add(frame.edge.score, result))
            frame.edge = None
        step = next(frame.steps, None)
        if step is None:
            stack.pop()
            on_path.discard(frame.key)
            result = _merge(frame.options) if frame.options else None
            memo[frame.key] = result
            continue
        frame.edge, flags = step
        result = enter(frame.edge.target, flags)
    total = result or {}
    return {c: {"min": total.get(c, (0, 0))[0], "max": total.get(c, (0, 0))[1]} for c in s.competencies}


def _add(step: dict[str, tuple[int, int]], rest: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    out = dict(rest)
    for k, (lo, hi) in step.items():
        rlo, rhi = out.get(k, (0, 0))
        out[k] = (lo + rlo, hi + rhi)
    return out


def _merge(options: list[dict[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    keys = {k for o in options for k in o}
    return {k: (min(o.get(k, (0, 0))[0] for o in options), max(o.get(k, (0, 0))[1] for o in options)) for k in keys}
