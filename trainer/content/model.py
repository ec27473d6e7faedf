"""The loaded content as plain frozen dataclasses, independent of file formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic is imported with the loader, not with the UI
    from trainer.content.schema import Question, ScenarioFile


@dataclass(frozen=True)
class I18n:
    """A text in Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class Note:
    """A note under a clause. `wording`: two sources word the same rule differently (no behaviour differs), folded
    away for trainees; `conflict`: the sources require different things, always shown."""

    kind: str  # "wording" | "conflict"
    text: str  # Markdown without its kind marker; sources cited as {@source-id}
    sources: tuple[str, ...]  # the source ids it cites, in order
    line: int


@dataclass(frozen=True)
class Clause:
    number: str  # "2.7"
    text: str  # the clause's first paragraph, without its number
    line: int
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Source:
    """A source document (or one part of a collection) from content/sources.yaml."""

    id: str  # "engineer-code", or "onsite-codes/claims-survey" for a part
    title: I18n  # as the document names itself
    seed: str  # its file's prefix in shared/seeds ("000")
    issuer: I18n | None = None
    version: str | None = None
    date: str | None = None
    collection: I18n | None = None  # a part: the title of the collection that holds it


@dataclass(frozen=True)
class ArticleText:
    lang: str
    title: str
    summary: str
    body: str  # Markdown without front matter
    clauses: tuple[Clause, ...]
    path: str  # relative to the content dir's parent
    body_line: int  # line of the body's first line in the file


@dataclass(frozen=True)
class Article:
    id: str
    order: int
    competencies: tuple[str, ...]
    sources: tuple[str, ...]
    texts: dict[str, ArticleText]  # lang -> text

    def text(self, lang: str) -> ArticleText:
        return self.texts.get(lang) or self.texts["zh"]

    @property
    def clause_numbers(self) -> tuple[str, ...]:
        return tuple(c.number for c in self.texts["zh"].clauses)

    @cached_property
    def clause_set(self) -> frozenset[str]:
        return frozenset(c.number for c in self.texts["zh"].clauses)


@dataclass(frozen=True)
class Phrase:
    id: str
    kind: str  # "service" | "forbidden"
    group: str
    group_title: I18n
    text: I18n
    sources: tuple[str, ...]
    clauses: tuple[str, ...] = ()  # service: clauses asking for it; forbidden: clauses it breaks
    alternative: I18n | None = None
    alternative_composed: bool = False  # the alternative was written for this course, not taken from a source
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exceptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    at_start: bool = False
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Competency:
    id: str
    name: I18n


@dataclass
class Catalog:
    competencies: dict[str, Competency] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    phrases: dict[str, Phrase] = field(default_factory=dict)
    scenarios: dict[str, "ScenarioFile"] = field(default_factory=dict)
    questions: dict[str, "Question"] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)  # id (and collection/part) -> source

    def competency_names(self, lang: str) -> dict[str, str]:
        """Competency id -> its name in `lang`, in the order of competencies.yaml."""
        return {c.id: c.name.get(lang) for c in self.competencies.values()}

    def sorted_articles(self) -> list[Article]:
        return sorted(self.articles.values(), key=lambda a: (a.order, a.id))

    def has_clause(self, ref: str) -> bool:
        article_id, _, number = ref.partition(":")
        article = self.articles.get(article_id)
        return article is not None and number in article.clause_set

    def source_title(self, source_id: str, lang: str) -> str:
        """A source's title as a trainee reads it; an unknown id (a problem reported already) stays as written."""
        source = self.sources.get(source_id)
        return source.title.get(lang) if source is not None else source_id

    def clause(self, ref: str, lang: str = "zh") -> Clause | None:
        article_id, _, number = ref.partition(":")
        article = self.articles.get(article_id)
        if article is None:
            return None
        return next((c for c in article.text(lang).clauses if c.number == number), None)
