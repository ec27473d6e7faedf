"""The manager's edit of one trainee: name, team, intake, and whether they are active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from trainer.ui.dialogs.form import FormDialog


class TraineeEditDialog(FormDialog):
    def __init__(self, row, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("TraineeEditDialog")
        self.setWindowTitle(self.tr("Edit trainee"))
        self.intro.setText(self.tr("Changes are written to the audit log."))
        self.name = QLineEdit(row.name)
        self.team = QLineEdit(row.team)
        self.intake = QLineEdit(row.intake)
        self.active = QCheckBox(self.tr("Active (listed on the desks and the dashboard)"))
        self.active.setChecked(row.active)
        for field in (self.name, self.team, self.intake):
            field.setMaxLength(100)  # as the roster and the database allow
        for field, label in ((self.name, self.tr("&Name")), (self.team, self.tr("&Team")),
                             (self.intake, self.tr("&Intake"))):
            field.setAccessibleName(label.replace("&", ""))
            self.form.addRow(label, field)
        self.form.addRow("", self.active)

    def submit(self) -> None:
        self._save(name=self.name.text(), team=self.team.text(), intake=self.intake.text(),
                   active=self.active.isChecked())
