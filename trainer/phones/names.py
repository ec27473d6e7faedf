"""A phone's name: what is shown on the console and kept for a roster trainee's record, made safe to show."""

from __future__ import annotations

import unicodedata

NAME_MIN, NAME_MAX = 1, 20
# control, format (bidirectional marks and overrides, zero-width joiners), separators, private use, unassigned
_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


class NameProblem(ValueError):
    """A name that cannot be used; `code` is what the page says (its own translation)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def normalise_name(raw: object) -> str:
    """NFKC, control and bidirectional characters removed, runs of spaces made one; 1 to 20 characters."""
    if not isinstance(raw, str):
        raise NameProblem("name-missing")
    text = unicodedata.normalize("NFKC", raw[:200])
    kept = "".join(" " if ch.isspace() else ch for ch in text if unicodedata.category(ch) not in _DROPPED
                   or ch.isspace())
    name = " ".join(kept.split())
    if len(name) < NAME_MIN:
        raise NameProblem("name-missing")
    if len(name) > NAME_MAX:
        raise NameProblem("name-long")
    return name


def name_key(name: str) -> str:
    """Two names are the same name when they differ only in case (and in what NFKC folds)."""
    return unicodedata.normalize("NFKC", name).casefold()
