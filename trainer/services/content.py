"""Where the services get their content: lessons, questions, scenarios and the phrase bank, each with its revision.

`ContentRepository` is the interface the services grade and record against; `FileContent` serves the shipped
files (the catalog as the loader and its cache built it). The content library adds a database-backed repository
behind the same interface: the services do not change.

A revision is a string that names exactly which version of an item a trainee answered, kept with every record:

- from a shipped file: a short hash of the file's bytes (12 hex digits; a question made from the phrase bank
  carries the revision of the phrase file it comes from);
- from the content library: the library's revision number of the item, as a string ("17").

Example (a service)::

    question = self._content.question(question_id)        # Revised(item=Question, revision="3f9a0c1b2d4e")
    verdict = grade(question.item, given, self._content.checker().item)
    ... record verdict with revision=question.revision ...

Lookups raise `ContentMissing` (a TrainerError) for an id the repository does not hold, so a record never
points at an item nobody can read back.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from hashlib import blake2b
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from trainer.content.model import Article, Catalog
from trainer.errors import TrainerError

if TYPE_CHECKING:
    from trainer.content.loader import LoadResult
    from trainer.content.schema import Question, ScenarioFile
    from trainer.engine.phrases import PhraseChecker

T = TypeVar("T")
_QUESTION_ID = re.compile(r"^\s*-\s*id:\s*['\"]?([A-Za-z0-9_.-]+)", re.MULTILINE)
REVISION_DIGITS = 12


class ContentMissing(TrainerError):
    pass


@dataclass(frozen=True)
class Revised(Generic[T]):
    """An item and the revision of it that was served."""

    item: T
    revision: str


class ContentRepository(Protocol):
    """The content the services read. Every method is safe to call from a worker thread."""

    def catalog(self) -> Catalog:
        """Everything, for lists and menus (lessons, scenarios, quiz pools)."""
        ...

    def bank(self) -> dict[str, Question]:
        """Every quiz question: the hand-written ones and those made from the phrase bank."""
        ...

    def question(self, question_id: str) -> Revised[Question]: ...

    def article(self, article_id: str) -> Revised[Article]: ...

    def scenario(self, scenario_id: str) -> Revised[ScenarioFile]: ...

    def checker(self) -> Revised[PhraseChecker]:
        """The phrase checker over the whole phrase bank (forbidden phrases), with the bank's revision."""
        ...


def file_revision(raw: bytes) -> str:
    return blake2b(raw, digest_size=REVISION_DIGITS // 2).hexdigest()


class FileContent:
    """The shipped content files: a loaded catalog and the revision of each file it was read from.

    `base` is the folder the loader's relative paths start from (the content folder's parent). Revisions are the
    hashes of the bytes on disk when this repository was made, which is right after the load (see `of`)."""

    def __init__(self, catalog: Catalog, origins: dict[str, str], revisions: dict[str, str]) -> None:
        self._catalog = catalog
        self._origins = origins  # "scenario:<id>" / "question:<id>" -> the file it was read from
        self._revisions = revisions  # path -> revision
        self._lock = threading.Lock()
        self._bank: dict | None = None
        self._checker = None

    @classmethod
    def of(cls, result: LoadResult, root: Path | str) -> "FileContent":
        """The repository of a load of the content folder `root` (hashing its files: a few ms)."""
        root = Path(root).resolve()
        base = root.parent
        catalog = result.catalog
        origins = {f"scenario:{i['id']}": i["path"] for i in result.items if i["kind"] == "scenario"}
        revisions: dict[str, str] = {}
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                rel, raw = path.relative_to(base).as_posix(), path.read_bytes()
            except (OSError, ValueError):
                continue
            revisions[rel] = file_revision(raw)
            if path.parent.name == "quizzes":  # which file holds each hand-written question: its `id:` line
                for question_id in _QUESTION_ID.findall(raw.decode("utf-8", "replace")):
                    if question_id in catalog.questions:
                        origins.setdefault(f"question:{question_id}", rel)
        return cls(catalog, origins, revisions)

    # -- revisions ----------------------------------------------------------------------------------

    def _of_files(self, paths: list[str]) -> str:
        known = [self._revisions.get(p, "") for p in sorted(set(paths))]
        if len(known) == 1:
            return known[0] or "0" * REVISION_DIGITS
        return file_revision("\0".join(known).encode())

    def _phrase_files(self) -> list[str]:
        return [p.path for p in self._catalog.phrases.values() if p.path]

    def _question_revision(self, question: Question) -> str:
        if question.phrase and question.phrase in self._catalog.phrases:
            return self._of_files([self._catalog.phrases[question.phrase].path])
        if question.id not in self._catalog.questions:  # made from the whole bank (match questions)
            return self._of_files(self._phrase_files())
        # a hand-written question: the quiz file that holds it (questions are grouped by file on load)
        return self._of_files([self._quiz_file(question.id)])

    def _quiz_file(self, question_id: str) -> str:
        return self._origins.get(f"question:{question_id}", "")

    # -- the interface ------------------------------------------------------------------------------

    def catalog(self) -> Catalog:
        return self._catalog

    def bank(self) -> dict[str, Question]:
        with self._lock:
            if self._bank is None:
                from trainer.engine.bank import build_bank

                self._bank = build_bank(self._catalog)
            return self._bank

    def question(self, question_id: str) -> Revised[Question]:
        question = self.bank().get(question_id)
        if question is None:
            raise ContentMissing("no question {id} in the content", id=question_id)
        return Revised(question, self._question_revision(question))

    def article(self, article_id: str) -> Revised[Article]:
        article = self._catalog.articles.get(article_id)
        if article is None:
            raise ContentMissing("no lesson {id} in the content", id=article_id)
        paths = [t.path for t in article.texts.values()]
        return Revised(article, self._of_files(paths))

    def scenario(self, scenario_id: str) -> Revised[ScenarioFile]:
        scenario = self._catalog.scenarios.get(scenario_id)
        if scenario is None:
            raise ContentMissing("no scenario {id} in the content", id=scenario_id)
        return Revised(scenario, self._of_files([self._origins.get(f"scenario:{scenario_id}", "")]))

    def checker(self) -> Revised[PhraseChecker]:
        with self._lock:
            if self._checker is None:
                from trainer.engine.phrases import PhraseChecker

                self._checker = PhraseChecker.from_catalog(self._catalog)
        return Revised(self._checker, self._of_files(self._phrase_files()))


def empty() -> FileContent:
    """No content (a database opened without a content folder, as some commands do)."""
    return FileContent(Catalog(), {}, {})


class ServedContent:
    """The repository the services hold: it serves whichever repository was set last (`serve`), so the services
    are built once and the content can come later (the app loads it after opening the database) or change."""

    def __init__(self, repository: ContentRepository | None = None) -> None:
        self._repository = repository or empty()

    def serve(self, repository: ContentRepository) -> None:
        self._repository = repository

    @property
    def repository(self) -> ContentRepository:
        return self._repository

    def catalog(self) -> Catalog:
        return self._repository.catalog()

    def bank(self) -> dict[str, Question]:
        return self._repository.bank()

    def question(self, question_id: str) -> Revised[Question]:
        return self._repository.question(question_id)

    def article(self, article_id: str) -> Revised[Article]:
        return self._repository.article(article_id)

    def scenario(self, scenario_id: str) -> Revised[ScenarioFile]:
        return self._repository.scenario(scenario_id)

    def checker(self) -> Revised[PhraseChecker]:
        return self._repository.checker()


MESSAGES = (
    "no question {id} in the content",
    "no lesson {id} in the content",
    "no scenario {id} in the content",
)
