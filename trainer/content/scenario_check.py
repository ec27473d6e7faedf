"""Checks of a scenario's graph (targets, reachability, dead ends, traps, flags) and its score range."""

from __future__ import annotations

from typing import TYPE_CHECKING

import difflib
from dataclasses import dataclass, field
from typing import Callable, Iterator

from trainer.content.problems import key_path
from trainer.errors import ContentProblem

if TYPE_CHECKING:  # pydantic and PyYAML load with the content, after the first paint
    from trainer.content.yamlsrc import LocatedYaml
    from trainer.content.schema import Node, ScenarioFile



def met(requires, flags: frozenset[str]) -> bool:
    """The one availability rule: a gated choice (or node) is open once every flag it requires is set. The
    checks here, the scenario runner and its solver all ask this."""
    return not requires or set(requires) <= flags

@dataclass(frozen=True)
class Edge:
    """A way from one node to another, with what it scores and which flags it sets or needs."""

    source: str
    target: str
    loc: tuple  # key path of the target in the YAML, for the line number
    score: dict[str, tuple[int, int]] = field(default_factory=dict)  # competency -> (min, max)
    sets: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    fails_requirement: bool = False  # the `otherwise` way, taken when `requires` is not met


def edges(node_id: str, node: Node) -> Iterator[Edge]:
    base = ("nodes", node_id)
    for i, choice in enumerate(node.choices):
        span = {k: (v, v) for k, v in choice.score.items()}
        yield Edge(node_id, choice.next, base + ("choices", i, "next"), span,
                   frozenset(choice.sets), frozenset(choice.requires))
        if choice.otherwise:
            # the way taken when the flags are missing: it earns nothing and sets nothing
            yield Edge(node_id, choice.otherwise, base + ("choices", i, "otherwise"),
                       requires=frozenset(choice.requires), fails_requirement=True)
    if node.reply is not None:
        span: dict[str, tuple[int, int]] = {}
        for expect in node.reply.expect:
            for k, v in expect.score.items():
                lo, hi = span.get(k, (0, 0))
                span[k] = (lo + min(v, 0), hi + max(v, 0))
        for k, v in node.reply.forbidden_penalty.items():
            lo, hi = span.get(k, (0, 0))
            span[k] = (lo + min(v, 0), hi + max(v, 0))
        yield Edge(node_id, node.reply.next, base + ("reply", "next"), span, frozenset(node.reply.sets))


# What a scenario asks of the rest of the content: ("competency" | "score" | "clause", key path, the id or reference).
# "score": a competency scored but not listed by the scenario (a problem either way; the catalog decides the words).
Need = tuple[str, tuple, str]


@dataclass(frozen=True)
class Finding:
    """One thing the checker found, with its place (key path) for the scenario map: `kind` names what it is
    (dangling, unreachable, dead-end, loop, flag-never-set, no-ending, unscored, ending-unreached, to-fill ...)."""

    kind: str
    severity: str  # "error" | "warning" (a warning is what is left to fill: allowed in a draft, not published)
    loc: tuple
    message: str

    @property
    def node(self) -> str | None:
        return self.loc[1] if len(self.loc) > 1 and self.loc[0] == "nodes" else None


class ScenarioChecker:
    """The checks of one scenario that need nothing but its own file. What it refers to elsewhere (competencies,
    clauses) is collected in `needs` and checked against the catalog by check_needs, so a scenario's own checks
    can be kept with its file's cached parse."""

    def __init__(self, scenario: ScenarioFile, located: LocatedYaml, rel: str) -> None:
        self.s = scenario
        self.located = located
        self.rel = rel
        self.problems: list[ContentProblem] = []
        self.warnings: list[ContentProblem] = []
        self.findings: list[Finding] = []
        self.needs: list[Need] = []

    def add(self, loc: tuple, message: str, kind: str = "schema") -> None:
        self.problems.append(ContentProblem(self.rel, self.located.line_of(loc), message))
        self.findings.append(Finding(kind, "error", loc, message))

    def warn(self, loc: tuple, message: str, kind: str) -> None:
        self.warnings.append(ContentProblem(self.rel, self.located.line_of(loc), message, "warning"))
        self.findings.append(Finding(kind, "warning", loc, message))

    def target_ok(self, target: str, loc: tuple) -> bool:
        if target in self.s.nodes:
            return True
        close = difflib.get_close_matches(target, list(self.s.nodes), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        self.add(loc, f"{_path(loc)}: unknown node '{target}'{hint}", "dangling")
        return False

    def check(self) -> list[ContentProblem]:
        s = self.s
        self.target_ok(s.start, ("start",))
        self.needs.extend(("competency", ("competencies",), comp) for comp in s.competencies)
        for node_id, node in s.nodes.items():
            self.check_node(node_id, node)
        if not any(n.ending for n in s.nodes.values()):
            self.add(("nodes",), "the scenario has no ending (a node with 'ending:')", "no-ending")
        if s.start in s.nodes:
            self.check_graph()
        self.check_to_fill()
        return self.problems

    def check_node(self, node_id: str, node: Node) -> None:
        base = ("nodes", node_id)
        kinds = [k for k, present in (("choices", bool(node.choices)), ("reply", node.reply is not None),
                                      ("ending", node.ending is not None)) if present]
        if not kinds:
            self.add(base, f"{_path(base)}: dead end: the node has no choices, no reply and is not an ending",
                     "dead-end")
        elif len(kinds) > 1:
            self.add(base, f"{_path(base)}: a node has one of choices, reply or ending, not {' and '.join(kinds)}")
        seen: dict[str, int] = {}
        for i, choice in enumerate(node.choices):
            loc = base + ("choices", i)
            if choice.id in seen:
                self.add(loc + ("id",), f"{_path(loc)}.id: duplicate choice id '{choice.id}' in node '{node_id}'")
            seen[choice.id] = i
            self.check_scores(choice.score, loc + ("score",))
            self.check_refs(choice.refs, loc + ("refs",))
            if choice.otherwise and not choice.requires:
                self.add(loc + ("otherwise",), f"{_path(loc)}.otherwise: 'otherwise' needs 'requires'")
        if node.reply is not None:
            loc = base + ("reply",)
            for j, expect in enumerate(node.reply.expect):
                self.check_scores(expect.score, loc + ("expect", j, "score"))
            self.check_scores(node.reply.forbidden_penalty, loc + ("forbidden_penalty",))
            self.check_refs(node.reply.refs, loc + ("refs",))
        if node.timer is not None and node.on_timeout is None:
            self.add(base + ("timer",), f"{_path(base)}.timer: a timed node names its 'on_timeout' choice")
        if node.on_timeout is not None and node.on_timeout not in seen:
            self.add(base + ("on_timeout",), f"{_path(base)}.on_timeout: no choice '{node.on_timeout}' in this node")
        if node.otherwise is not None:
            self.target_ok(node.otherwise, base + ("otherwise",))
            if not node.requires:
                self.add(base + ("otherwise",), f"{_path(base)}.otherwise: 'otherwise' needs 'requires'")
        elif node.requires:
            self.add(base + ("requires",), f"{_path(base)}.requires: a node that requires flags names where to go "
                                           "'otherwise'")

    def check_scores(self, scores: dict[str, int], loc: tuple) -> None:
        for comp in scores:
            if comp not in self.s.competencies:
                self.needs.append(("score", loc, comp))

    def check_refs(self, refs: list[str], loc: tuple) -> None:
        self.needs.extend(("clause", loc + (i,), ref) for i, ref in enumerate(refs))

    def check_graph(self) -> None:
        s = self.s
        out: dict[str, list[Edge]] = {n: [] for n in s.nodes}
        for node_id, node in s.nodes.items():
            for edge in edges(node_id, node):
                if self.target_ok(edge.target, edge.loc):
                    out[node_id].append(edge)
            if node.otherwise in s.nodes:
                out[node_id].append(Edge(node_id, node.otherwise, ("nodes", node_id, "otherwise")))
        reachable = _closure(s.start, out)
        for node_id in s.nodes:
            if node_id not in reachable:
                self.add(("nodes", node_id), f"nodes.{node_id}: unreachable from the start node '{s.start}'",
                         "unreachable")
        reverse: dict[str, list[str]] = {n: [] for n in s.nodes}
        for node_id, node_edges in out.items():
            for edge in node_edges:
                reverse[edge.target].append(node_id)
        endings = [n for n, node in s.nodes.items() if node.ending]
        # every node some ending can be reached from: one walk back from all the endings at once
        can_finish = _reach(endings, reverse)
        for node_id in reachable if endings else ():  # with no ending at all, that one problem is enough
            node = s.nodes[node_id]
            if node_id not in can_finish and (node.choices or node.reply):
                self.add(("nodes", node_id), f"nodes.{node_id}: a loop with no way out: no ending can be reached "
                                             "from here", "loop")
        set_flags = {f for n in s.nodes.values() for c in n.choices for f in c.sets}
        set_flags |= {f for n in s.nodes.values() if n.reply for f in n.reply.sets}
        for node_id, node in s.nodes.items():
            for flag in node.requires:
                if flag not in set_flags:
                    self.add(("nodes", node_id, "requires"), f"nodes.{node_id}.requires: flag '{flag}' is never set",
                             "flag-never-set")
            for i, choice in enumerate(node.choices):
                for flag in choice.requires:
                    if flag not in set_flags:
                        self.add(("nodes", node_id, "choices", i, "requires"),
                                 f"nodes.{node_id}.choices[{i}].requires: flag '{flag}' is never set",
                                 "flag-never-set")
        self.check_paths(reachable)

    def check_paths(self, reachable: set[str]) -> None:
        """What only a walk that follows the flags can tell: an ending reachable on the map that no play can
        reach (its way is gated by flags no path sets first), and a competency no play can score on."""
        s = self.s
        walked = _flag_walk(s)
        if walked is None:
            return  # too many combinations of flags to walk: the score range reports that
        visited, scored = walked
        for node_id, node in s.nodes.items():
            if node.ending and node_id in reachable and node_id not in visited:
                self.warn(("nodes", node_id), f"nodes.{node_id}: no path reaches this ending (the flags its way "
                                              "requires are never all set before it)", "ending-unreached")
        for i, comp in enumerate(s.competencies):
            if comp not in scored:
                self.warn(("competencies", i), f"competencies[{i}]: no path scores on '{comp}'", "unscored")

    def check_to_fill(self) -> None:
        """What a draft (a story imported from Twine) has left to fill: warnings, so it loads and plays, but
        errors for publishing."""
        for node_id, node in self.s.nodes.items():
            base = ("nodes", node_id)
            if node.text.zh.startswith(TO_WRITE):
                self.warn(base + ("text",), f"{_path(base)}.text: the line is not written yet", "to-fill")
            elif node.text.zh == node.text.en and _has_letters(node.text.zh):
                self.warn(base + ("text",), f"{_path(base)}.text: the English line is the Chinese one (not "
                                            "translated yet)", "to-fill")
            for i, choice in enumerate(node.choices):
                if choice.text.zh.startswith(TO_WRITE):
                    self.warn(base + ("choices", i, "text"), f"{_path(base)}.choices[{i}].text: not written yet",
                              "to-fill")
                if not choice.feedback.zh:
                    self.warn(base + ("choices", i), f"{_path(base)}.choices[{i}].feedback: no feedback yet",
                              "to-fill")
            if node.reply is not None and not node.reply.feedback.zh:
                self.warn(base + ("reply",), f"{_path(base)}.reply.feedback: no feedback yet", "to-fill")
            if node.ending is not None:
                if node.ending.rating is None:
                    self.warn(base + ("ending",), f"{_path(base)}.ending.rating: no rating yet (excellent, "
                                                  "acceptable or failed)", "to-fill")
                if not node.ending.debrief.zh:
                    self.warn(base + ("ending",), f"{_path(base)}.ending.debrief: no debrief yet", "to-fill")


def check_needs(needs: list[Need], located, rel: str, competencies: set[str] | dict,
                has_clause: Callable[[str], bool]) -> list[ContentProblem]:
    """The problems with what a scenario refers to, given the catalog's competencies and clauses."""
    found = []
    for kind, loc, value in needs:
        if kind == "competency" and value not in competencies:
            message = f"competencies: unknown competency '{value}'"
        elif kind == "score":
            known = "unknown competency" if value not in competencies else "competency not listed by the scenario"
            message = f"{_path(loc)}: {known} '{value}'"
        elif kind == "clause" and not has_clause(value):
            message = f"{_path(loc)}: unknown clause '{value}'"
        else:
            continue
        found.append(ContentProblem(rel, located.line_of(loc), message))
    return found


def _closure(start: str, out: dict[str, list[Edge]]) -> set[str]:
    seen, stack = {start}, [start]
    while stack:
        for edge in out.get(stack.pop(), ()):
            if edge.target not in seen:
                seen.add(edge.target)
                stack.append(edge.target)
    return seen


def _reach(starts: list[str], out: dict[str, list[str]]) -> set[str]:
    seen, stack = set(starts), list(starts)
    while stack:
        for target in out.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _path(loc: tuple) -> str:
    return key_path(loc)


TO_WRITE = "（待写"  # how a new step or a template marks a text still to write: （待写）, （待写：…）


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _flag_walk(s: ScenarioFile) -> tuple[set[str], set[str]] | None:
    """Every node a play can stand on, and every competency a way it can take scores on, following the flag rules from the start
    (None past MAX_STATES states of node and flags)."""
    seen = {(s.start, frozenset())}
    stack = [(s.start, frozenset())]
    visited: set[str] = set()
    scored: set[str] = set()
    while stack:
        node_id, flags = stack.pop()
        node = s.nodes.get(node_id)
        if node is None:
            continue
        visited.add(node_id)
        if not met(node.requires, flags):
            ways = [(Edge(node_id, node.otherwise, ()), flags)] if node.otherwise else []
        else:
            ways = []
            for edge in edges(node_id, node):
                if edge.requires and met(edge.requires, flags) == edge.fails_requirement:
                    continue
                if not edge.requires and edge.fails_requirement:
                    continue
                ways.append((edge, flags | edge.sets))
        for edge, after in ways:
            scored.update(comp for comp, (lo, hi) in edge.score.items() if lo or hi)
            key = (edge.target, after)
            if key not in seen:
                if len(seen) >= MAX_STATES:
                    return None
                seen.add(key)
                stack.append(key)
    return visited, scored


# -- statistics ----------------------------------------------------------------------------------


def stats(s: ScenarioFile) -> dict:
    out: dict[str, list[str]] = {n: [e.target for e in edges(n, node) if e.target in s.nodes]
                                 for n, node in s.nodes.items()}
    for n, node in s.nodes.items():
        if node.otherwise in s.nodes:
            out[n].append(node.otherwise)
    reachable = _reach([s.start], out) if s.start in s.nodes else set()
    return {
        "nodes": len(s.nodes),
        "endings": sum(1 for n in s.nodes.values() if n.ending),
        "reachable_nodes": len(reachable),
        "score": score_range(s),
    }


# the score range walk lives in its own module; imported here (after what it uses) for the names callers know
from trainer.content.scenario_scores import MAX_STATES, TooManyPaths, score_range  # noqa: E402
