"""The reviewer's edits to what the importer found, on plain data (the review dialog only shows them): accept or
reject, edit, merge with the next clause, split in two. Numbers follow each edit. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.importer.model import FoundClause, FoundSection
from trainer.importer.pipeline import DocumentResult
from trainer.importer.structure import renumber


@dataclass
class ReviewDraft:
    documents: list[DocumentResult]
    rejected: set[int] = field(default_factory=set)  # id() of rejected clauses

    def clauses(self):
        """(document index, lesson index, section, clause index, clause) in reading order."""
        for di, doc in enumerate(self.documents):
            for li, lesson in enumerate(doc.structure.lessons):
                for section in lesson.sections:
                    for ci, clause in enumerate(section.clauses):
                        yield di, li, section, ci, clause

    def reject(self, clause: FoundClause) -> None:
        self.rejected.add(id(clause))

    def accept(self, clause: FoundClause) -> None:
        self.rejected.discard(id(clause))

    def is_rejected(self, clause: FoundClause) -> bool:
        return id(clause) in self.rejected

    def edit(self, clause: FoundClause, text: str) -> None:
        clause.text = text.strip()

    def merge_next(self, section: FoundSection, index: int) -> FoundClause:
        """Clause `index` and the one after it become one clause (a rule cut in two by a page break)."""
        first, second = section.clauses[index], section.clauses[index + 1]
        first.text = first.text + second.text
        first.numbers = [*first.numbers, *second.numbers]
        del section.clauses[index + 1]
        self.rejected.discard(id(second))
        self._renumber()
        return first

    def split(self, section: FoundSection, index: int, at: int) -> FoundClause:
        """Clause `index` becomes two at character `at` (two rules the importer read as one)."""
        clause = section.clauses[index]
        head, tail = clause.text[:at].strip(), clause.text[at:].strip()
        if not head or not tail:
            raise ValueError("split inside the clause's text, not at its start or end")
        clause.text = head
        new = FoundClause(clause.number, tail, clause.source_ref, clause.place)
        section.clauses.insert(index + 1, new)
        self._renumber()
        return new

    def _renumber(self) -> None:
        for doc in self.documents:
            for lesson in doc.structure.lessons:
                renumber(lesson)

    def accepted_documents(self) -> list[DocumentResult]:
        """The documents with rejected clauses left out (what gets saved as drafts); phrases keep their clause,
        or the lesson's first one when theirs was rejected."""
        from copy import copy
        from dataclasses import replace

        out = []
        for doc in self.documents:
            structure = copy(doc.structure)
            lessons, moved = [], {}
            for li, lesson in enumerate(doc.structure.lessons):
                kept = copy(lesson)
                kept.sections = []
                old = {}
                for s in lesson.sections:
                    section = copy(s)
                    section.clauses = [copy(c) for c in s.clauses if id(c) not in self.rejected]
                    for c in section.clauses:
                        old[c.number] = c
                    kept.sections.append(section)
                renumber(kept)
                if kept.clauses:
                    moved[li] = (len(lessons), {number: c.number for number, c in old.items()}, kept)
                    lessons.append(kept)
            phrases = []
            for p in doc.structure.phrases:
                if p.clause is not None and p.clause[0] in moved:
                    index, numbers, kept = moved[p.clause[0]]
                    p = replace(p, clause=(index, numbers.get(p.clause[1], kept.clauses[0].number)))
                elif p.clause is not None:
                    p = replace(p, clause=None)
                phrases.append(p)
            structure.lessons, structure.phrases = lessons, phrases
            out.append(DocumentResult(doc.name, doc.blocks, doc.cleaned, structure, doc.removed))
        return out
