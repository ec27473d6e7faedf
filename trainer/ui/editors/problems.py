"""Problems while typing: the validator runs on the services' lane a moment after the last keystroke, and its
problems are listed, each a click away from its place."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from trainer.ui.ops import CallOp

ROLE_PROBLEM = Qt.ItemDataRole.UserRole + 1
QUIET_MS = 350  # typing pauses this long before a check


class LiveCheck(QObject):
    """Checks `texts()` (path -> text) with the library's validator after each pause in typing; one check at a
    time, the latest text always checked last."""

    checked = Signal(list)  # [ContentProblem]

    def __init__(self, owner: QWidget, services, texts: Callable[[], dict[str, str]]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.services = services
        self.texts = texts
        self.running = False
        self.again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUIET_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def schedule(self) -> None:
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        self._on_timer_timeout()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        texts = self.texts()  # read on the GUI thread; the check runs on a copy
        CallOp(self.owner, lambda s: s.library.check(texts), self.services) \
            .success(self._on_checked).failure(self._on_failed).run()

    def _on_checked(self, problems: list) -> None:
        self.running = False
        self.checked.emit(problems)
        if self.again:
            self.again = False
            self.schedule()

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        from trainer.errors import ContentProblem

        self.checked.emit([ContentProblem("", 1, str(exc))])


class ProblemsList(QListWidget):
    problem_chosen = Signal(str, int)  # path as problems name it, line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemsList")
        self.setWordWrap(True)
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)
        self.problems: list = []

    def show_problems(self, problems: list, mine: set[str]) -> None:
        """List `problems`, those of the items in `mine` (library:<path>) first, others with their path."""
        self.problems = problems
        self.clear()
        if not problems:
            item = QListWidgetItem(self.tr("No problems: this can be published."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        for p in problems:
            where = self.tr("line {0}").format(p.line) if p.path in mine else f"{p.path}:{p.line}"
            kind = self.tr("warning") if not p.is_error else self.tr("error")
            item = QListWidgetItem(f"{kind} · {where}: {p.message}")
            item.setData(ROLE_PROBLEM, (p.path, p.line))
            item.setForeground(Qt.GlobalColor.darkYellow if not p.is_error else Qt.GlobalColor.red)
            self.addItem(item)

    def errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        place = item.data(ROLE_PROBLEM)
        if place:
            self.problem_chosen.emit(place[0], place[1])
