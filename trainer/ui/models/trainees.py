"""The trainee list behind the switcher (Vorta style: a model over plain rows, reset when they change)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from trainer.services.rows import TraineeRow

Index = QModelIndex | QPersistentModelIndex


class TraineeListModel(QAbstractListModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TraineeRow] = []

    def set_rows(self, rows: list[TraineeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name
        if role == self.RowRole:
            return row
        return None

    def row_of(self, trainee_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == trainee_id), -1)

    def trainee(self, row: int) -> TraineeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
