"""Saving from the map: the saver is a callback object (files, or the content library), wired where the map is
opened (trainer/ui/map/launch.py); the window only asks it and shows what it said."""

from __future__ import annotations

from functools import partial
from typing import Callable, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot

from trainer.content.scenario_draft import ScenarioDraft


class MapSaver(Protocol):
    """Where the map saves (wired in trainer/ui/map/launch.py): `save` keeps a draft, `publish` makes it what
    trainees play. Each gets a snapshot of the draft and reports on the GUI thread, by `done()` or
    `failed(exc)` (so a saver may do its work off the GUI thread)."""

    def save(self, draft: ScenarioDraft, done: Callable[[], None],
             failed: Callable[[BaseException], None]) -> None: ...

    def publish(self, draft: ScenarioDraft, done: Callable[[], None],
                failed: Callable[[BaseException], None]) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioMapWindow", text)


MESSAGES = (  # for lupdate, in the window's context (a mixin's self.tr would look them up there too)
    QT_TRANSLATE_NOOP("ScenarioMapWindow", "Not published: {0} findings to resolve first"),
    QT_TRANSLATE_NOOP("ScenarioMapWindow", "Nowhere to save this scenario"),
    QT_TRANSLATE_NOOP("ScenarioMapWindow", "Draft saved"),
    QT_TRANSLATE_NOOP("ScenarioMapWindow", "Published: trainees now play this version"),
)


class SavingMixin:
    """Save draft (Ctrl+S) and Publish for ScenarioMapWindow; publishing waits for a map without findings."""

    @Slot()
    def save(self) -> bool:
        return self._through("save")

    @Slot()
    def publish(self) -> bool:
        self.check_now()
        if self.findings:
            self.status.setText(_tr("Not published: {0} findings to resolve first").format(len(self.findings)))
            return False
        return self._through("publish")

    def _through(self, what: str) -> bool:
        """Starts the save; True once it is under way (the saver reports when it is done)."""
        if self.saver is None:
            self.status.setText(_tr("Nowhere to save this scenario"))
            return False
        index = self.undo_stack.index()
        getattr(self.saver, what)(self.draft.snapshot(), partial(self._on_saved, what, index), self._on_save_failed)
        return True

    def _on_saved(self, what: str, index: int) -> None:
        if self.undo_stack.index() == index:  # no edit since the save began: what is saved is what is shown
            self.undo_stack.setClean()
        self.status.setText(_tr("Draft saved") if what == "save" else _tr("Published: trainees now play this version"))
        self.saved.emit(what)
        if self._close_when_saved:
            self.close()

    def _on_save_failed(self, exc: BaseException) -> None:
        from trainer.ui.dialogs.errors import show_error

        self._close_when_saved = False
        show_error(self, exc)
