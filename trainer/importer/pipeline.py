"""The importer's stages run in order over one or more documents; each stage's result is kept for the review."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from trainer.importer.clean import clean
from trainer.importer.model import Block, Cleaned, DocumentError, Removed, Structure
from trainer.importer.numbers import rule_numbers
from trainer.importer.phrases import phrases_of
from trainer.importer.read import read_document
from trainer.importer.structure import renumber, structure

Progress = Callable[[int, int, str], None]  # done, total, what


@dataclass
class DocumentResult:
    name: str
    blocks: list[Block]
    cleaned: Cleaned
    structure: Structure
    removed: list[Removed]  # everything taken out: furniture, and clauses that repeat earlier ones


@dataclass
class ImportResult:
    documents: list[DocumentResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def import_bytes(name: str, data: bytes, simplified: bool = False,
                 stage: Callable[[str], None] | None = None) -> DocumentResult:
    """read -> clean -> structure (with phrases and numbers). Raises DocumentError for a document it cannot read.
    `simplified`: traditional characters are converted to simplified ones (OpenCC) after reading. `stage(name)` is
    told as each stage begins ("read", "clean", "structure")."""
    stage = stage or (lambda _name: None)
    stage("read")
    blocks = read_document(name, data)
    if simplified:
        blocks = to_simplified(blocks)
    stage("clean")
    cleaned = clean(blocks)
    stage("structure")
    return from_cleaned(name, blocks, cleaned)


def to_simplified(blocks: list[Block]) -> list[Block]:
    import opencc

    converter = opencc.OpenCC("t2s")
    return [b.with_text(converter.convert(b.text)) for b in blocks]


def restore_removed(doc: DocumentResult, which: list[int]) -> DocumentResult:
    """`doc` found again with the furniture removals at indexes `which` (into doc.cleaned.removed) put back."""
    from trainer.importer.clean import restore

    return from_cleaned(doc.name, doc.blocks, restore(doc.cleaned, which))


def from_cleaned(name: str, blocks: list[Block], cleaned: Cleaned) -> DocumentResult:
    title = re.sub(r"_[0-9a-f]{8,}$", "", Path(name).stem)
    found, dropped = structure(cleaned, title)
    one_rule_per_sentence(found)
    for lesson in found.lessons:
        for c in lesson.clauses:
            c.number_before = c.number
    phrases = phrases_of(found.lessons, found.loose)
    before = [(lesson, list(lesson.clauses)) for lesson in found.lessons]
    _drop_phrase_only(found)
    found.phrases = [_relink(p, before, found) for p in phrases]
    for lesson in found.lessons:
        for c in lesson.clauses:
            c.numbers = rule_numbers(c.text)
    if not found.lessons:
        raise DocumentError("{name}: no rules found in this document", name=name)
    return DocumentResult(name, blocks, cleaned, found, [*cleaned.removed, *dropped])


STAGES = ("read", "clean", "structure")


def import_paths(paths: list[Path], progress: Progress | None = None, simplified: bool = False) -> ImportResult:
    """Every document of `paths`; `progress(done, total, name)` is told as each stage of each document begins."""
    result = ImportResult()
    total = len(paths) * len(STAGES)
    for i, path in enumerate(paths):
        def stage(name: str, i=i, path=path) -> None:
            if progress:
                progress(i * len(STAGES) + STAGES.index(name), total, path.name)

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError("{name}: cannot be read ({why})", name=path.name, why=exc.strerror or exc) from None
        result.documents.append(import_bytes(path.name, data, simplified, stage))
    if progress:
        progress(total, total, "")
    return result


def _relink(phrase, before, found: Structure):
    """The phrase's clause after phrase-only clauses went: the clause itself, or the rule it was listed under."""
    from dataclasses import replace

    if phrase.clause is None:
        return phrase
    lesson, clauses = before[phrase.clause[0]]
    if lesson not in found.lessons:
        return replace(phrase, clause=None)
    at = next((i for i, c in enumerate(clauses) if c.number_before == phrase.clause[1]), None)
    alive = {id(c) for c in lesson.clauses}
    for c in reversed(clauses[: (at or 0) + 1]):
        if id(c) in alive:
            return replace(phrase, clause=(found.lessons.index(lesson), c.number))
    return replace(phrase, clause=(found.lessons.index(lesson), lesson.clauses[0].number))


_SENTENCE_END = "。；;！？!?"


def sentences(text: str, shortest: int = 10) -> list[tuple[int, str]]:
    """(offset, sentence) of `text`, cut after 。；; outside quotation marks; a piece shorter than `shortest`
    characters stays with the next one."""
    pieces, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "“（(":
            depth += 1
        elif ch in "”）)":
            depth = max(0, depth - 1)
        elif ch in _SENTENCE_END and depth == 0 and i + 1 < len(text) and text[i + 1] not in "”）)":
            pieces.append((start, text[start:i + 1]))
            start = i + 1
    pieces.append((start, text[start:]))
    out: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for offset, piece in pieces:
        if not piece.strip():
            continue
        if pending is not None:
            offset, piece = pending[0], pending[1] + piece
            pending = None
        if len(re.sub(r"[\W_]+", "", piece)) < shortest:
            pending = (offset, piece)
            continue
        out.append((offset, piece))
    if pending is not None:
        if out:
            out[-1] = (out[-1][0], out[-1][1] + pending[1])
        else:
            out.append(pending)
    return [(offset + len(piece) - len(piece.lstrip()), piece.strip()) for offset, piece in out]


def one_rule_per_sentence(found: Structure) -> None:
    """A clause of several sentences becomes one clause per sentence: the reference lessons keep one rule to a
    clause, and the reviewer merges back what belongs together."""
    from dataclasses import replace

    for lesson in found.lessons:
        for section in lesson.sections:
            out = []
            for c in section.clauses:
                parts = sentences(c.text)
                if len(parts) < 2:
                    out.append(c)
                    continue
                for offset, piece in parts:
                    out.append(type(c)(c.number, piece, c.source_ref,
                                       replace(c.place, offset=c.place.offset + offset)))
            section.clauses = out
        renumber(lesson)


_QUOTED = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")


def _drop_phrase_only(found: Structure) -> None:
    """A clause that is nothing but a list of quoted phrases is the phrase list, not a rule."""
    for lesson in found.lessons:
        for section in lesson.sections:
            section.clauses = [c for c in section.clauses if not _phrase_only(c.text)]
        renumber(lesson)
    found.lessons = [lesson for lesson in found.lessons if lesson.clauses]


def _phrase_only(text: str) -> bool:
    rest = _QUOTED.sub("", text)
    rest = re.sub(r"[\s、，,。.；;：:…“”\"]+", "", rest)
    return len(rest) <= 2 and len(text) > len(rest)
