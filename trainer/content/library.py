"""The pure side of the organisation's content library: which paths an item may have, its state against the
reference, a revision's diff, and which problems are only "unfinished" while a draft is being written.

Storage and transactions are trainer.services.library's; this module knows no database.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

from trainer.errors import ContentProblem, TrainerError

# a library item's path inside the content folder: the same names the files have
_PATH_RE = re.compile(
    r"^(?:competencies\.yaml|sources\.yaml"
    r"|articles/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:zh|en)\.md"
    r"|(?:phrases|scenarios|quizzes)/[a-z0-9]+(?:[-_][a-z0-9]+)*\.yaml)$"
)
KIND_OF_FOLDER = {"articles": "lesson", "phrases": "phrases", "quizzes": "questions", "scenarios": "scenario",
                  "competencies.yaml": "competencies", "sources.yaml": "sources"}
STATES = ("reference", "changed", "new", "hidden", "draft")
MAX_TEXT = 2 * 1024 * 1024  # as for a content file (trainer.content.files.MAX_BYTES)


class LibraryPathError(TrainerError):
    pass


def check_path(path: str) -> str:
    """`path` when an item may be stored under it (articles/<id>.zh.md, phrases/<name>.yaml, ...)."""
    if not isinstance(path, str) or not _PATH_RE.match(path):
        raise LibraryPathError(
            "not a content item path: {path!r} (write articles/<id>.zh.md, articles/<id>.en.md, "
            "phrases/<name>.yaml, quizzes/<name>.yaml, scenarios/<id>.yaml, competencies.yaml or sources.yaml)", path=str(path))
    return path


def kind_of(path: str) -> str:
    return KIND_OF_FOLDER.get(path.split("/")[0], "other")


def reference_files(content_dir: Path) -> dict[str, Path]:
    """Every item path the reference content has, and its file."""
    found: dict[str, Path] = {}
    root = Path(content_dir)
    for name in ("competencies.yaml", "sources.yaml"):
        if (root / name).is_file():
            found[name] = root / name
    for sub in ("articles", "phrases", "scenarios", "quizzes"):
        folder = root / sub
        if folder.is_dir():
            for file in sorted(folder.iterdir()):
                key = f"{sub}/{file.name}"
                if file.is_file() and _PATH_RE.match(key):
                    found[key] = file
    return found


def state_of(in_reference: bool, published: tuple[str | None, bool] | None) -> str:
    """reference · changed · new · hidden, from whether the reference has the path and what is published for it
    ((text, hidden) or None)."""
    if published is None:
        return "reference"
    text, hidden = published
    if hidden:
        return "hidden"
    return "changed" if in_reference else "new"


def diff(before: str | None, after: str | None, before_name: str, after_name: str) -> str:
    """A unified diff of two texts of an item (None: no text, the item hidden or absent)."""
    lines = difflib.unified_diff((before or "").splitlines(keepends=True), (after or "").splitlines(keepends=True),
                                 before_name, after_name)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


# A role-play being written has endings and choices still to finish: while it is a draft these are warnings (the
# author can save and come back); at publish they are errors like any other.
_UNFINISHED = re.compile(
    r"(\.ending\.rating|\.choices\[\d+\]\.feedback|\.reply\.feedback|\.ending\.debrief|\.ending\.title): "
    r"required key is missing$")


# what the scenario checker leaves to fill (trainer.content.scenario_check.check_to_fill): warnings in a draft,
# errors for publishing; a line shown in the other language ("not translated yet") stays a warning
_TO_FILL = re.compile(r": (no rating yet|no feedback yet|no debrief yet|not written yet|the line is not written yet)")


def unfinished(problem: ContentProblem) -> bool:
    return bool(_UNFINISHED.search(problem.message) or _TO_FILL.search(problem.message))


def blocking(problems: list[ContentProblem], warnings: list[ContentProblem]) -> list[ContentProblem]:
    """What refuses a publish: every error, and every unfinished part (an error when publishing)."""
    return problems + [replace(w, severity="error") for w in warnings if unfinished(w)]


def as_draft(problems: list[ContentProblem]) -> list[ContentProblem]:
    """The problems as a draft shows them: unfinished parts as warnings."""
    return [replace(p, message=f"unfinished: {p.message}", severity="warning") if p.is_error and unfinished(p)
            else p for p in problems]
