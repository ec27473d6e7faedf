"""Every edit of a lesson is one QUndoCommand on the editor's stack: undo, redo and "unsaved" come from the
stack. Each command changes the Qt-free ArticleDraft and asks the editor to redraw."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from trainer.content.article_draft import ArticleDraft


class _DraftCommand(QUndoCommand):
    def __init__(self, draft: ArticleDraft, changed: Callable[[str | None], None], text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.changed = changed  # the editor redraws; the argument is the clause to select


class EditClause(QUndoCommand):
    """A clause's text or note in one language."""

    def __init__(self, draft: ArticleDraft, changed, number: str, lang: str, field: str, new: str,
                 text: str) -> None:
        super().__init__(text)
        self.draft, self.changed = draft, changed
        self.number, self.lang, self.field, self.new = number, lang, field, new
        self.old = self._get()

    def _get(self) -> str:
        if self.field == "note":
            return self.draft.langs[self.lang].note(self.number)
        return self.draft.text_of(self.number, self.lang)

    def _set(self, value: str) -> None:
        if self.field == "note":
            self.draft.langs[self.lang].set_note(self.number, value)
        else:
            self.draft.set_text(self.number, self.lang, value)

    def redo(self) -> None:
        self._set(self.new)
        self.changed(self.number)

    def undo(self) -> None:
        self._set(self.old)
        self.changed(self.number)


class InsertClause(_DraftCommand):
    def __init__(self, draft, changed, after: str, zh: str, en: str, text: str) -> None:
        super().__init__(draft, changed, text)
        self.after, self.zh, self.en = after, zh, en
        self.number: str | None = None

    def redo(self) -> None:
        self.number = self.draft.insert_after(self.after, self.zh, self.en)
        self.changed(self.number)

    def undo(self) -> None:
        self.draft.delete(self.number)
        self.changed(self.after)


class DeleteClause(_DraftCommand):
    def __init__(self, draft, changed, number: str, text: str) -> None:
        super().__init__(draft, changed, text)
        self.number = number
        self.removed = None

    def redo(self) -> None:
        self.removed = self.draft.delete(self.number)
        numbers = self.draft.numbers()
        self.changed(self.number if self.number in numbers else (numbers[-1] if numbers else None))

    def undo(self) -> None:
        self.draft.undelete(self.number, *self.removed)
        self.changed(self.number)


class MoveClause(_DraftCommand):
    def __init__(self, draft, changed, number: str, step: int, text: str) -> None:
        super().__init__(draft, changed, text)
        self.number, self.step = number, step
        self.moved_to: str | None = None

    def redo(self) -> None:
        self.moved_to = self.draft.move(self.number, self.step)
        self.changed(self.moved_to or self.number)

    def undo(self) -> None:
        if self.moved_to is not None:
            self.draft.move(self.moved_to, -self.step)
        self.changed(self.number)
