"""First run (the manager account), adding a trainee, and a trainee's PIN."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from trainer.errors import TrainerError
from trainer.ui.dialogs.form import FormDialog


def _secret(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class FirstRunDialog(FormDialog):
    """Creates the manager account the first time trainer opens a database."""

    def __init__(self, create: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("Welcome to the Service Conduct Trainer"))
        self.intro.setText(self.tr(
            "Set up the manager account first. The manager reads every trainee's results and runs "
            "assessments; the passcode protects them. Trainees need no passcode (a PIN is optional)."
        ))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Manager's name"))
        self.passcode = _secret(self.tr("Passcode"))
        self.confirm = _secret(self.tr("Repeat passcode"))
        self.passcode.setPlaceholderText(self.tr("at least 6 characters"))
        self.form.addRow(self.tr("Manager's &name"), self.name)
        self.form.addRow(self.tr("&Passcode"), self.passcode)
        self.form.addRow(self.tr("&Repeat passcode"), self.confirm)

    def submit(self) -> None:
        if self.passcode.text() != self.confirm.text():
            raise TrainerError(self.tr("the two passcodes differ"))
        self._create(self.name.text(), self.passcode.text())


class TraineeDialog(FormDialog):
    """Adds a trainee, with an optional PIN."""

    def __init__(self, add: Callable[[str, str | None], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add = add
        self.added = None
        self.setObjectName("TraineeDialog")
        self.setWindowTitle(self.tr("Add a trainee"))
        self.intro.setText(self.tr("Each trainee's lessons, role-plays and quizzes are recorded under their name."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Trainee's name"))
        self.pin = _secret(self.tr("PIN (optional)"))
        self.pin.setPlaceholderText(self.tr("optional, 4 to 8 digits"))
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("P&IN"), self.pin)

    def submit(self) -> None:
        self.added = self._add(self.name.text(), self.pin.text() or None)


class PinDialog(FormDialog):
    """Asks a trainee for their PIN before switching to them."""

    def __init__(self, name: str, sign_in: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.signed_in = None
        self.setObjectName("PinDialog")
        self.setWindowTitle(self.tr("PIN"))
        self.intro.setText(self.tr("Enter the PIN of {0}.").format(name))
        self.pin = _secret(self.tr("PIN"))
        self.form.addRow(self.tr("&PIN"), self.pin)

    def submit(self) -> None:
        self.signed_in = self._sign_in(self.pin.text())


class PasscodeDialog(FormDialog):
    """The manager's passcode, before the manager area opens."""

    def __init__(self, verify: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        self.setObjectName("PasscodeDialog")
        self.setWindowTitle(self.tr("Manager"))
        self.intro.setText(self.tr("The manager area shows every trainee's records. Enter the manager passcode."))
        self.passcode = _secret(self.tr("Passcode"))
        self.form.addRow(self.tr("&Passcode"), self.passcode)

    def submit(self) -> None:
        self._verify(self.passcode.text())
