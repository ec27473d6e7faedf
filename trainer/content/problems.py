"""Turning pydantic errors into `path:line: key.path: message` problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing import Any


from trainer.errors import ContentProblem

if TYPE_CHECKING:  # pydantic and PyYAML load with the content, after the first paint
    from trainer.content.yamlsrc import LocatedYaml
    from pydantic import ValidationError


def key_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = str(part)
            out += ("." if out else "") + (text if text.isprintable() else repr(text))
    return out


def _message(err: dict) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        if ":" in pattern:
            return f"{err['input']!r} is not a clause reference (write article-id:clause, e.g. phone-conduct:2.7)"
        if pattern.startswith(r"^\d{3}"):
            return f"{err['input']!r} is not a source (write a seed prefix such as \"000\")"
        if "_" in pattern:
            return f"{err['input']!r} is not a valid name (use lower-case letters, digits, _ or -, e.g. calm_down)"
        return f"{err['input']!r} is not a valid id (use lower-case kebab-case, e.g. phone-conduct)"
    return err["msg"][0].lower() + err["msg"][1:]


def from_validation(exc: ValidationError, located: LocatedYaml, rel: str) -> list[ContentProblem]:
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        # for a missing key the parent holds the line; for others the key itself
        line = located.line_of(loc[:-1] if err["type"] == "missing" else loc)
        where = key_path(loc)
        message = _message(err)
        problems.append(ContentProblem(rel, line, f"{where}: {message}" if where else message))
    return problems


MAX_PER_FILE = 100  # a file of thousands of broken items: the first hundred say what to fix


def capped(problems: list[ContentProblem], limit: int = MAX_PER_FILE,
           more: dict[str, int] | None = None) -> list[ContentProblem]:
    """At most `limit` problems of each file, in their order, then one saying how many more there are.
    `more`: problems of a file already left out (path -> how many), counted in that line."""
    more = more or {}
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.path] = counts.get(problem.path, 0) + 1
    if all(n <= limit and not more.get(path) for path, n in counts.items()):
        return problems
    out, seen = [], dict.fromkeys(counts, 0)
    for problem in problems:
        seen[problem.path] += 1
        if seen[problem.path] <= limit:
            out.append(problem)
        if seen[problem.path] == counts[problem.path]:  # the file's last one: say what was left out
            left = max(counts[problem.path] - limit, 0) + more.get(problem.path, 0)
            if left:
                shown = min(counts[problem.path], limit)
                out.append(ContentProblem(problem.path, problem.line,
                                          f"… and {left:,} more problems in this file (the first {shown} are listed)"))
    return out
