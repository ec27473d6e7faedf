"""The manager area, behind the manager passcode."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from trainer.ui.dialogs.profiles import PasscodeDialog
from trainer.ui.pages.base import Page, wrapped
from trainer.ui.pages.coming import page_title
from trainer.ui.state import AppState


class ManagerPage(Page):
    key = "manager"
    unlocked_changed = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.unlocked = False
        self.dialog: PasscodeDialog | None = None
        self.status = wrapped()
        self.badge = QLabel()
        self.badge.setObjectName("ComingBadge")
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addLayout(row)
        self.body.addWidget(self.badge)
        self.body.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return page_title("manager")

    def retranslate(self) -> None:
        self.title.setText(page_title("manager"))
        self.subtitle.setText(self.tr("Roster, dashboard, item analysis and exports. Only the manager may open it."))
        if self.unlocked:
            self.status.setText(self.tr("Unlocked. The roster, dashboard and reports are being built; "
                                        "they will appear here."))
            self.unlock_button.setText(self.tr("&Lock"))
        else:
            self.status.setText(self.tr("Locked. Enter the manager passcode to open the manager area."))
            self.unlock_button.setText(self.tr("&Unlock…"))
        self.unlock_button.setAccessibleName(self.unlock_button.text().replace("&", ""))
        self.badge.setText(self.tr("Coming soon"))
        self.badge.setVisible(self.unlocked)
        self.badge.setMaximumWidth(self.badge.sizeHint().width() + 24)

    def lock(self) -> None:
        self.unlocked = False
        self.retranslate()
        self.unlocked_changed.emit(False)

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self.unlocked:
            self.lock()
            return
        services = self.state.services
        if services is None:
            return
        self.dialog = PasscodeDialog(services.profiles.verify_manager, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        self.unlocked = True
        self.retranslate()
        self.unlocked_changed.emit(True)
