"""Grep-level facts of the layout, kept true (issue 15): small modules; the grading engine is the services' alone;
the rule of which role-play choices are open is written once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "trainer"
LIMIT = 400
# what judges a trainee: the one grading function, the phrase checker, the scenario runner (it scores each move)
GRADING = ("trainer.engine.grading", "trainer.engine.phrases", "trainer.engine.scenario")
GRADING_NAMES = {("trainer.engine.questions", "grade"), ("trainer.engine.questions", "rewrite_ok")}
# the scenario map's "Play from here" plays an author's draft in the editor: a preview, nothing is recorded
# (it shows the moves through the same ScenarioPlayer and Debrief as a trainee's play)
PREVIEWS = ("trainer/ui/map/",)


def _modules(under: Path):
    return sorted(p for p in under.rglob("*.py") if "migrations" not in p.parts)


def test_no_module_is_over_400_lines():
    long = {p.relative_to(ROOT).as_posix(): n for p in _modules(TRAINER)
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert long == {}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                yield node.module, alias.name


def test_no_module_under_ui_imports_the_grading_engine():
    found = []
    for path in _modules(TRAINER / "ui"):
        if path.relative_to(ROOT).as_posix().startswith(PREVIEWS):
            continue
        for module, name in _imports(path):
            if module in GRADING or module.startswith(tuple(g + "." for g in GRADING)) \
                    or (module, name) in GRADING_NAMES or (module == "trainer.engine" and name in
                                                           {g.rsplit(".", 1)[1] for g in GRADING}):
                found.append(f"{path.relative_to(ROOT)}: {module} {name or ''}".strip())
    assert found == []


def test_the_choice_availability_rule_is_written_once():
    rule = re.compile(r"set\([^)]*requires\)\s*<=|requires\)?\s*<=\s*(self\.)?flags|not [a-z_.]*requires or")
    places = [f"{p.relative_to(ROOT)}:{i}" for p in _modules(TRAINER)
              for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if rule.search(line)]
    assert len(places) == 1 and places[0].startswith("trainer/content/scenario_check.py:"), places
