"""The plain data every importer stage passes on: blocks of text with their place, and what was found in them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from trainer.errors import TrainerError


class DocumentError(TrainerError):
    """A document that cannot be imported (corrupt, protected, no text, too big, not text at all)."""


@dataclass(frozen=True)
class Place:
    """Where a piece of text stands in its file: a line (txt, md, html), a paragraph (docx) or a page (pdf)."""

    file: str
    line: int  # 1-based line, paragraph or table row in reading order
    page: int | None = None
    offset: int = 0  # characters into that line where the text starts (one-line web copies)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        if self.page is not None:
            where += f" (p. {self.page})"
        if self.offset:
            where += f" +{self.offset}"
        return where

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "page": self.page, "offset": self.offset}


@dataclass(frozen=True)
class Block:
    """One paragraph-like piece of the document, in reading order (`seq`), as the reader found it.

    kind: "para", "heading" (level 1..), "item" (a list item; `label` is Word's number if any), "row" (a table row).
    """

    text: str
    place: Place
    seq: int
    kind: str = "para"
    level: int = 0
    label: str = ""

    def with_text(self, text: str) -> "Block":
        return replace(self, text=text)


@dataclass(frozen=True)
class Removed:
    """A block the cleaner took out, and why; `restore` puts any of them back."""

    block: Block
    reason: str  # toc | page-counter | banner | repeated-header | duplicate-section | page-marker | repeated-line


@dataclass(frozen=True)
class Cleaned:
    blocks: tuple[Block, ...]
    removed: tuple[Removed, ...]


@dataclass
class FoundClause:
    number: str  # our N.M or N.M.K
    text: str
    source_ref: str  # the document's own numbering: "第三条", "（二）", "7.2.1", "¶" for an unnumbered paragraph
    place: Place
    drafted: bool = True
    numbers: list["RuleNumber"] = field(default_factory=list)
    number_before: str = ""  # its number before phrase-only clauses were taken out (links phrases to it)


@dataclass
class FoundSection:
    number: int
    title: str
    source_ref: str
    place: Place
    clauses: list[FoundClause] = field(default_factory=list)


@dataclass
class FoundLesson:
    title: str
    place: Place
    sections: list[FoundSection] = field(default_factory=list)
    unstructured: bool = False  # no numbering found: one clause per paragraph

    @property
    def clauses(self) -> list[FoundClause]:
        return [c for s in self.sections for c in s.clauses]


@dataclass(frozen=True)
class FoundPhrase:
    kind: str  # "service" | "forbidden"
    text: str
    place: Place
    heading: str  # the list's heading or the words that made it a phrase (应说 / 严禁说)
    clause: tuple[int, str] | None = None  # (lesson index, clause number) it came from


@dataclass(frozen=True)
class RuleNumber:
    value: float
    unit: str  # as written: 小时, 分钟, 声, %, …
    text: str  # the matched words: "24小时"
    span: tuple[int, int]  # in the clause text


@dataclass
class Structure:
    title: str
    lessons: list[FoundLesson]
    phrases: list[FoundPhrase]
    notes: list[str] = field(default_factory=list)  # things the reviewer should know ("no numbering found")
    loose: list[tuple[str, Place]] = field(default_factory=list)  # paragraphs before a lesson's first number
