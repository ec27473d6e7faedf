"""What the content library hands out: frozen rows, and the two refusals a manager meets (a conflicting save,
a publish with problems left)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trainer.errors import ContentProblem, TrainerError


class ConflictError(TrainerError):
    """Someone saved the item after this copy of it was opened: nothing was overwritten."""

    def __init__(self, path: str, who: str, when: datetime) -> None:
        self.path, self.who, self.when = path, who, when
        super().__init__("{path} was changed by {who} at {when} after you opened it: your text is kept; "
                         "compare it with theirs and save again", path=path, who=who,
                         when=when.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


class PublishRefused(TrainerError):
    """The draft catalog has errors: nothing was published."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        super().__init__("not published: {count} problems to fix first, the first: {first}", count=len(errors),
                         first=str(errors[0]) if errors else "")


@dataclass(frozen=True)
class ItemRow:
    path: str
    kind: str  # lesson | phrases | questions | scenario | competencies
    state: str  # reference | changed | new | hidden (published), or draft when a draft is waiting
    published_state: str
    revision: int  # 0: never published by the organisation
    author: str  # the last editor ("" for the reference)
    at: datetime | None
    draft_author: str = ""
    draft_at: datetime | None = None


@dataclass(frozen=True)
class ItemText:
    path: str
    text: str | None  # None: hidden (or not in the reference nor the library)
    state: str
    token: str  # hand back to save_draft: a save since then is a conflict
    in_reference: bool
    reference_text: str | None
    published_text: str | None


@dataclass(frozen=True)
class DraftRow:
    path: str
    token: str
    author: str
    at: datetime


@dataclass(frozen=True)
class RevisionRow:
    path: str
    number: int
    author: str
    at: datetime
    comment: str
    hidden: bool
    to_reference: bool  # the item went back to the reference text


@dataclass(frozen=True)
class PublishOutcome:
    publication: int
    items: tuple[str, ...]
    warnings: tuple[ContentProblem, ...]
