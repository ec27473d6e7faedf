"""Errors a user can meet, each with a message fit to show as it is."""

from __future__ import annotations

from dataclasses import dataclass


class TrainerError(Exception):
    """Base for every error trainer reports to a person (one clear line, no traceback).

    `template` is the English message before its `{name}` fields are filled in, so the UI can
    show a translation of it (see trainer/ui/core_strings.py).
    """

    def __init__(self, template: str = "", **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)


@dataclass(frozen=True)
class ContentProblem:
    """One problem in one content file: `path:line: message` (an error), or `path:line: warning: message` for
    what is allowed but unfinished (a missing translation, an alternative still to write, an empty kind of
    content). Errors keep an item out of the catalog; warnings never do."""

    path: str
    line: int
    message: str
    severity: str = "error"  # "error" | "warning"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    def __str__(self) -> str:
        tag = "warning: " if self.is_warning else ""
        return f"{self.path}:{self.line}: {tag}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity != "warning"

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message}


class ContentError(TrainerError):
    def __init__(self, path: str, line: int, message: str) -> None:
        self.problem = ContentProblem(path, line, message)
        super().__init__(str(self.problem))


class ConfigError(TrainerError):
    """A bad option or environment value."""


class StorageError(TrainerError):
    """The database cannot be opened, read or written."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer trainer; it is left untouched."""


class AuthError(TrainerError):
    """A wrong passcode or PIN."""
