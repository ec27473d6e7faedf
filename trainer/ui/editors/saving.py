"""Saving an editor's texts as drafts, off the GUI thread; a save refused because someone else saved the item
first keeps the editor's text and says who and when."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.ui.core_strings import message
from trainer.ui.ops import CallOp


class DraftSaver(QObject):
    saved = Signal(list)  # the paths saved
    conflicted = Signal(object)  # the ConflictError

    def __init__(self, owner: QWidget, services, author: str, tokens: dict[str, str]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.services = services
        self.author = author
        self.tokens = dict(tokens)  # path -> the token of the copy the editor holds
        self.box = None

    def save(self, texts: dict[str, str], comment: str, article_id: str = "",
             renumbered: dict[str, str] | None = None) -> None:
        tokens = {p: self.tokens.get(p) for p in texts}
        author = self.author

        def work(s):
            paths = s.library.save_lesson(texts, tokens, author, comment, article_id, renumbered)
            return paths, s.library.tokens(list(texts))

        CallOp(self.owner, work, self.services).success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, result) -> None:
        paths, tokens = result
        self.tokens.update(tokens)
        self.saved.emit(paths)

    def _on_failed(self, exc: BaseException) -> None:
        from trainer.services.library_rows import ConflictError

        if isinstance(exc, ConflictError):
            self.conflicted.emit(exc)
            title = self.tr("Changed by someone else")
        else:
            title = self.tr("Not saved")
        self.box = QMessageBox(QMessageBox.Icon.Warning, title, message(exc), QMessageBox.StandardButton.Ok,
                               self.owner)
        self.box.setObjectName("SaveRefusedBox")
        self.box.open()


def may_close(editor: QWidget, dirty: bool) -> bool:
    """Closing an editor with unsaved changes asks first (the manager may go back and save them)."""
    if not dirty or getattr(editor, "closing_saved", False):
        return True
    answer = QMessageBox.question(
        editor, editor.tr("Unsaved changes"),
        editor.tr("This editor has changes that are not saved as a draft. Close it and lose them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def close_saving(editor: QWidget, dirty: bool) -> None:
    """Close an editor the manager cannot come back to (the manager area locked): what is unsaved is saved as a
    draft first, so nothing typed is lost."""
    if dirty:
        editor.save()
    editor.closing_saved = True
    editor.close()
