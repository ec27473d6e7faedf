"""Every desk follows the organisation's published content: a new publication is noticed within seconds and
loaded in the background, and put in place at the next safe point — never while a trainee is in a quiz, a lesson
check or a role-play step — with a word in the status bar."""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.ui.ops import CallOp

POLL_MS = 4000  # a publication is seen within this, and put in place within one more tick when the desk is free


def desk_busy(pages) -> bool:
    """A trainee is in a quiz, a lesson check or a role-play: the content must not change under them."""
    quizzes, roleplay, lessons = (pages.get(k) for k in ("quizzes", "roleplay", "lessons"))
    return bool((quizzes is not None and quizzes.stack.currentWidget() is quizzes.runner)
                or (roleplay is not None and roleplay.stack.currentWidget() is roleplay.player)
                or (lessons is not None and lessons.center_stack.currentWidget() is lessons.check_holder))


def _load(services, cache_dir):
    """Off the GUI thread: the published content, its question bank built."""
    loaded = services.library.published_content(cache_dir)
    loaded[2].bank()
    return loaded


class ContentWatcher(QObject):
    reloaded = Signal(int)  # the publication now in use

    def __init__(self, window, is_busy: Callable[[], bool], cache_dir) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.is_busy = is_busy
        self.cache_dir = cache_dir
        self.publication = 0
        self._asking = False
        self._waiting = None  # (publication, LoadResult, repository) loaded, not yet in place
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self, publication: int) -> None:
        self.publication = publication
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self._waiting is not None:
            self._apply()
            return
        if self._asking or self.state.services is None:
            return
        self._asking = True
        services = self.state.services
        CallOp(self.window, lambda s: s.library.publication(), services) \
            .success(self._on_publication).failure(self._on_failed).run()

    def _on_failed(self, _exc: BaseException) -> None:
        self._asking = False  # a database that is away for a moment: asked again at the next tick

    def _on_publication(self, publication: int) -> None:
        if publication == self.publication:
            self._asking = False
            return
        cache_dir = self.cache_dir
        CallOp(self.window, partial(_load, cache_dir=cache_dir), self.state.services) \
            .success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, loaded) -> None:
        self._asking = False
        self._waiting = loaded
        self._apply()

    def _apply(self) -> None:
        if self.is_busy():
            return  # in the middle of an answer or a step: next tick
        publication, result, repo = self._waiting
        self._waiting = None
        self.publication = publication
        self.state.content = repo
        self.state.services.use_content(repo)  # what the services grade and record against from now on
        self.state.catalog = result.catalog
        self.state.content_problems = result.problems
        self.state.catalog_changed.emit()
        self.window.statusBar().showMessage(self.tr("The content was updated: the organisation published a new "
                                                    "version."), 15000)
        self.reloaded.emit(publication)


def watch(window, result, repo, publication: int) -> ContentWatcher:
    """The window's content as it opened (a LoadResult and its repository) and its watcher, started on that
    publication."""
    window.state.content, window.state.catalog = repo, result.catalog
    watcher = ContentWatcher(window, partial(desk_busy, window.pages), window.state.settings.data_dir / "cache")
    watcher.start(publication)
    return watcher
