"""The main window's pages: their keys in navigation order, each built the first time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from trainer.ui.pages.base import Page
from trainer.ui.pages.home import HomePage
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState

PAGES = ("home", "lessons", "roleplay", "quizzes", "review", "progress", "manager", "classroom")


class Pages:
    """The pages by key, each built on first use and added to the stack then."""

    def __init__(self, make, stack: QStackedWidget) -> None:
        self._make = make
        self._stack = stack
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in PAGES:
                raise KeyError(key)
            page = self._built[key] = self._make(key)
            page.retitle()
            self._stack.addWidget(page)
            if page.state.services is not None:
                page.catch_up()
        return page

    def get(self, key: str) -> Page | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    def built(self) -> list[Page]:
        return list(self._built.values())


def make_page(key: str, state: AppState, speech: SpeechPlayer) -> Page:
    """A page is built the first time it is shown (or asked for): only home is built before the first paint."""
    if key == "home":
        return HomePage(state)
    if key == "lessons":
        from trainer.ui.pages.lessons import LessonsPage

        return LessonsPage(state, speech)
    if key == "roleplay":
        from trainer.ui.pages.roleplay import RolePlayPage

        return RolePlayPage(state, speech)
    if key == "quizzes":
        from trainer.ui.pages.quizzes import QuizzesPage

        return QuizzesPage(state)
    if key == "review":
        from trainer.ui.pages.review import ReviewPage

        return ReviewPage(state)
    if key == "progress":
        from trainer.ui.pages.progress import ProgressPage

        return ProgressPage(state)
    if key == "manager":
        from trainer.ui.pages.manager import ManagerPage

        return ManagerPage(state)
    from trainer.ui.pages.classroom import ClassroomPage

    return ClassroomPage(state, speech)
