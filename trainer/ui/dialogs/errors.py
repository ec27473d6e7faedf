"""One way to show an error to a person (after Anki's show_exception)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.errors import TrainerError
from trainer.ui.core_strings import message


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = QCoreApplication.translate("Errors", "Something went wrong")
    if isinstance(exc, TrainerError):
        text = message(exc)
    else:
        text = QCoreApplication.translate("Errors", "Unexpected error: {0}").format(f"{type(exc).__name__}: {exc}")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ErrorBox")
    box.open()
