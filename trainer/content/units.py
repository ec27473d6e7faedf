"""The part of a content load that depends on one file alone: decode it, parse it, check it against its schema
and its own rules.

The result, a Unit, is what the per-file cache keeps (keyed by the file's path and bytes), so a start after an
edit parses only the edited files. Everything that looks across files — duplicate ids, clauses and competencies
referred to — is the loader's, done afresh on every load from the units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from pydantic import ValidationError

from trainer.content import problems as problem_fmt
from trainer.content.articles import parse_article
from trainer.content.files import FileProblem, decode_text
from trainer.content.quiz_check import answer_problem
from trainer.content.scenario_check import Need, ScenarioChecker, TooManyPaths
from trainer.content.scenario_check import stats as scenario_stats
from trainer.content.schema import CompetencyFile, ForbiddenBank, QuizFile, ScenarioFile, ServiceBank, SourcesFile
from trainer.content.yamlsrc import LocatedYaml, YamlProblem, load_yaml
from trainer.errors import ContentProblem

KINDS = ("sources", "competencies", "article", "phrases", "scenario", "quiz")


@dataclass
class Unit:
    kind: str  # one of KINDS
    rel: str  # the file's path relative to the content directory's parent, as problems name it
    problems: list[ContentProblem] = field(default_factory=list)  # found in this file alone
    more_problems: int = 0  # found but not kept (past problems.MAX_PER_FILE)
    # ParsedArticle, CompetencyFile, (kind, ServiceBank | ForbiddenBank), ScenarioFile or QuizFile; None when the
    # file cannot be used at all
    value: Any = None
    usable: bool = True  # scenario: passes its own checks (then only what it refers to can keep it out)
    lines: list = field(default_factory=list)  # phrases: the line of each phrase, by group
    needs: list[Need] = field(default_factory=list)  # scenario: what it refers to in other files
    warnings: list[ContentProblem] = field(default_factory=list)  # scenario: left to fill (a draft may have them)
    stats: dict | None = None  # scenario: nodes, endings, score range (None: too many paths to walk)
    answers: dict[int, ContentProblem] = field(default_factory=dict)  # quiz: question index -> wrong answer
    # the parse's line map, kept while the load runs; a unit from the cache parses its file again only when
    # a problem needs a line number (see Located)
    located: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "located": None}

    def line_of(self, loc: tuple) -> int:
        return self.located.line_of(loc) if self.located is not None else 1


class Relocate:
    """The line map of a unit read from the cache, made by parsing the bytes the load read (not the file as it
    may be by then) on the first question."""

    def __init__(self, raw: bytes, line_offset: int = 0) -> None:
        self.raw = raw
        self.line_offset = line_offset
        self._located: LocatedYaml | None = None
        self._failed = False

    def line_of(self, loc: tuple) -> int:
        if self._located is None and not self._failed:
            try:
                self._located = load_yaml(decode_text(self.raw, ""), self.line_offset)
            except (FileProblem, YamlProblem):  # cannot be: these bytes were parsed before; then no line to give
                self._failed = True
        return self._located.line_of(loc) if self._located is not None else 1


def parse_unit(kind: str, rel: str, raw: bytes) -> Unit:
    """Everything that can be known of one content file from its bytes. Never raises for bad content."""
    unit = _parse_unit(kind, rel, raw)
    if len(unit.problems) > problem_fmt.MAX_PER_FILE:  # the loader lists no more; the cache keeps no more
        unit.more_problems = len(unit.problems) - problem_fmt.MAX_PER_FILE
        del unit.problems[problem_fmt.MAX_PER_FILE:]
    return unit


def _parse_unit(kind: str, rel: str, raw: bytes) -> Unit:
    unit = Unit(kind, rel)
    try:
        text = decode_text(raw, rel)
    except FileProblem as exc:
        unit.problems.append(exc.problem)
        return unit
    if kind == "article":
        unit.value, unit.problems = parse_article(text, rel)
        return unit
    model = {"sources": SourcesFile, "competencies": CompetencyFile, "scenario": ScenarioFile,
             "quiz": QuizFile}.get(kind)
    try:
        unit.located = load_yaml(text)
    except YamlProblem as exc:
        unit.problems.append(ContentProblem(rel, exc.line, exc.message))
        return unit
    data = unit.located.data
    if kind == "phrases":
        phrase_kind = data.get("kind") if isinstance(data, dict) else None
        model = {"service": ServiceBank, "forbidden": ForbiddenBank}.get(phrase_kind) \
            if isinstance(phrase_kind, str) else None
        if model is None:
            unit.problems.append(ContentProblem(rel, unit.line_of(("kind",)), "kind: must be 'service' or 'forbidden'"))
            return unit
    elif not isinstance(data, dict):
        unit.problems.append(ContentProblem(rel, 1, "the file must hold a mapping of keys at its top level"))
        return unit
    try:
        value = model.model_validate(data)
    except ValidationError as exc:
        unit.problems.extend(problem_fmt.from_validation(exc, unit.located, rel))
        return unit
    unit.problems.extend(untranslated(unit.located, rel))
    if kind == "phrases":
        unit.value = (phrase_kind, value)
        unit.lines = [[unit.line_of(("groups", g, "phrases", p, "id")) for p in range(len(group.phrases))]
                      for g, group in enumerate(value.groups)]
    elif kind == "scenario":
        _check_scenario(unit, value)
    elif kind == "quiz":
        unit.value = value
        for i, question in enumerate(value.questions):
            wrong = answer_problem(question)
            if wrong:
                unit.answers[i] = ContentProblem(rel, unit.line_of(("questions", i, "answer")),
                                                 f"questions[{i}].answer: {wrong}")
    else:
        unit.value = value
    return unit


def untranslated(located: LocatedYaml, rel: str, limit: int = 20) -> list[ContentProblem]:
    """A warning for each text written in one language only ({zh: ...} without en, or the reverse)."""
    found: list[ContentProblem] = []
    stack: list[tuple[tuple, object]] = [((), located.data)]
    while stack and len(found) < limit:
        loc, value = stack.pop()
        if isinstance(value, dict):
            if len(value) == 1:
                (lang, text), = value.items()
                if lang in ("zh", "en") and isinstance(text, str):
                    missing = "English" if lang == "zh" else "Chinese"
                    where = problem_fmt.key_path(loc)
                    found.append(ContentProblem(rel, located.line_of(loc + (lang,)),
                                                f"{where}: not translated yet (no {missing} text)", "warning"))
                    continue
            stack.extend((loc + (k,), v) for k, v in reversed(list(value.items())) if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((loc + (i,), v) for i, v in reversed(list(enumerate(value))) if isinstance(v, (dict, list)))
    return sorted(found, key=lambda p: p.line)


def _check_scenario(unit: Unit, scenario: ScenarioFile) -> None:
    unit.value = scenario
    stem = PurePosixPath(unit.rel).name.removesuffix(".yaml")
    if scenario.id != stem:
        unit.problems.append(ContentProblem(unit.rel, unit.line_of(("id",)),
                                            f"id '{scenario.id}' does not match the file name '{stem}.yaml'"))
    checker = ScenarioChecker(scenario, unit.located, unit.rel)
    found = checker.check()
    unit.problems.extend(found)
    unit.warnings = checker.warnings
    unit.needs = checker.needs
    unit.usable = not found
    try:
        unit.stats = scenario_stats(scenario)
    except TooManyPaths as exc:
        unit.problems.append(ContentProblem(unit.rel, unit.line_of(("nodes",)), f"nodes: {exc}"))
        unit.usable = False
