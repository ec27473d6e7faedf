"""The manager's dashboard as a table model over plain rows, sorted and filtered by the model itself.

A QSortFilterProxyModel over a Python model calls back into Python for every row on every sort and filter
(60–100 ms for 10,000 trainees); sorting and filtering the list here takes 10–15 ms.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from trainer.engine.mastery import ReadyRule, group_load

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "team", "intake", "lessons", "average", "best", "passed", "failed", "plays", "weakest", "reviews",
           "last", "ready")


HEADERS = {
    "name": QT_TRANSLATE_NOOP("Dashboard", "Name"), "team": QT_TRANSLATE_NOOP("Dashboard", "Team"),
    "intake": QT_TRANSLATE_NOOP("Dashboard", "Intake"), "lessons": QT_TRANSLATE_NOOP("Dashboard", "Lessons"),
    "average": QT_TRANSLATE_NOOP("Dashboard", "Average"), "best": QT_TRANSLATE_NOOP("Dashboard", "Best quiz"),
    "passed": QT_TRANSLATE_NOOP("Dashboard", "Passed"), "failed": QT_TRANSLATE_NOOP("Dashboard", "Failed"),
    "plays": QT_TRANSLATE_NOOP("Dashboard", "Role-plays"), "weakest": QT_TRANSLATE_NOOP("Dashboard", "Weakest"),
    "reviews": QT_TRANSLATE_NOOP("Dashboard", "Reviews due"),
    "last": QT_TRANSLATE_NOOP("Dashboard", "Last activity"), "ready": QT_TRANSLATE_NOOP("Dashboard", "Ready"),
}
READY = (QT_TRANSLATE_NOOP("Dashboard", "not yet"), QT_TRANSLATE_NOOP("Dashboard", "ready"))


def review_load_text(load: int, overdue: int) -> str:
    """A review load as the dashboard and the trainee detail show it: "12 (5 overdue)", or "0"."""
    if not overdue:
        return str(load)
    return QCoreApplication.translate("Dashboard", "{0} ({1} overdue)").format(load, overdue)


def _header(key: str) -> str:
    return QCoreApplication.translate("Dashboard", HEADERS[key])


class DashboardModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self._all: list = []  # every trainee, in the sorted order
        self._all_ready: list[bool] = []
        self._rows: list = []  # the ones the filter shows
        self._ready: list[bool] = []
        self.lessons_total = 0
        self.rule = ReadyRule()
        self.names: dict[str, str] = {}
        self.group = ""
        self.text = ""

    def set_rows(self, rows: list, lessons_total: int, names: dict[str, str]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self.lessons_total = lessons_total
        self.names = names
        self._all_ready = [self.rule.ready(r, lessons_total) for r in self._all]
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, group: str, text: str) -> None:
        """Show the trainees of a team or intake (or everyone: ""), whose name contains `text`."""
        self.beginResetModel()
        self.group, self.text = group, text.strip().casefold()
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        group, text = self.group, self.text
        if not group and not text:
            self._rows, self._ready = list(self._all), list(self._all_ready)
            return
        shown = [(r, ready) for r, ready in zip(self._all, self._all_ready)
                 if (not group or group in (r.team, r.intake)) and (not text or text in r.name.casefold())]
        self._rows = [r for r, _ in shown]
        self._ready = [ready for _, ready in shown]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts every row with one key each (a comparison through data() would call into Python each time)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        pairs = sorted(zip(self._all, self._all_ready), reverse=order == Qt.SortOrder.DescendingOrder,
                       key=lambda pair: self._sort_value(pair[0], key, pair[1]))
        self._all = [r for r, _ in pairs]
        self._all_ready = [ready for _, ready in pairs]
        self._apply_filter()
        self.layoutChanged.emit()

    def set_rule(self, rule: ReadyRule) -> None:
        self.rule = rule
        self._all_ready = [rule.ready(r, self.lessons_total) for r in self._all]
        self._apply_filter()
        column = COLUMNS.index("ready")
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_names(self, names: dict[str, str]) -> None:
        """The competencies' names in another language (the weakest column); the headers follow too."""
        self.names = names
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def ready_count(self) -> int:
        return sum(self._all_ready)

    def shown_ready_count(self) -> int:
        return sum(self._ready)

    def shown_load(self) -> tuple[int, int]:
        """(due today, overdue) review cards of the trainees shown: the group's review load."""
        return group_load(self._rows)

    def total(self) -> int:
        """Every trainee loaded, whatever the filter shows."""
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section])
        return None

    def row(self, index: int):
        return self._rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == self.RowRole:
            return r
        if role == self.SortRole:
            return self._sort_value(r, key, self._ready[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("name", "team", "intake", "weakest"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _sort_value(self, r, key: str, ready: bool):
        if key == "name":
            return r.name
        if key in ("team", "intake"):
            return getattr(r, key)
        if key == "lessons":
            return r.lessons_completed
        if key == "average":
            return r.average if r.average is not None else -1.0
        if key == "best":
            return r.best_quiz if r.best_quiz is not None else -1.0
        if key in ("passed", "failed"):
            return r.quizzes_passed if key == "passed" else r.quizzes_failed
        if key == "plays":
            return r.plays
        if key == "weakest":
            return self.names.get(r.weakest_competency or "", "")
        if key == "last":
            return r.last_activity.timestamp() if isinstance(r.last_activity, datetime) else 0.0
        if key == "reviews":
            return r.review_load, r.overdue
        return int(ready)

    def _text(self, r, key: str, row: int) -> str:
        if key == "lessons":
            share = r.lessons_completed / self.lessons_total if self.lessons_total else 0
            return f"{r.lessons_completed} ({share:.0%})"
        if key == "average":
            return "—" if r.average is None else f"{r.average:.0%}"
        if key == "best":
            return "—" if r.best_quiz is None else f"{r.best_quiz:.0%}"
        if key == "weakest":
            return self.names.get(r.weakest_competency or "", "—")
        if key == "last":
            return r.last_activity.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_activity else "—"
        if key == "ready":
            return QCoreApplication.translate("Dashboard", READY[int(self._ready[row])])
        if key == "reviews":
            return review_load_text(r.review_load, r.overdue)
        if key == "name" and not r.active:
            return QCoreApplication.translate("Dashboard", "{0} (inactive)").format(r.name)
        value = {"name": r.name, "team": r.team, "intake": r.intake, "passed": r.quizzes_passed,
                 "failed": r.quizzes_failed, "plays": r.plays}[key]
        return str(value)
