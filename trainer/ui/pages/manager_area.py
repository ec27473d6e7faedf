"""What every tab of the manager area shares: the one manager session, the group chosen on the dashboard and the
dialog open now. Each tab reads its own data through the services (CallOp) with `area.session`; nothing else
holds the session, so locking the area (`lock`) takes every tab's access at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ManagerArea(QObject):
    unlocked_changed = Signal(bool)
    records_changed = Signal()  # trainees edited, reset, deleted or imported: the tabs and the top list follow

    def __init__(self, state, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = None  # the ManagerSession while unlocked
        self.group: str | None = None  # the team or intake the dashboard shows (None: everyone)
        self.dialog = None  # the dialog a tab has open now (tests drive it)

    @property
    def unlocked(self) -> bool:
        return self.session is not None

    def unlock(self, session) -> None:
        self.session = session
        self.unlocked_changed.emit(True)

    def lock(self) -> None:
        """The session ends here, for every tab; a tab's call still under way finds it locked."""
        if self.session is not None and self.state.services is not None:
            self.state.services.manager.lock(self.session)
        self.session = None
        self.unlocked_changed.emit(False)

    def names(self) -> dict[str, str]:
        return self.state.catalog.competency_names(self.state.locale)
