"""Lists the content files that could not be loaded, so an author can fix them."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ContentProblemsDialog(QDialog):
    def __init__(self, problems: list, content_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContentProblemsDialog")
        self.setWindowTitle(self.tr("Content problems"))
        intro = QLabel(self.tr(
            "{0} problems were found in the content in {1}. Everything else was loaded and can be used. "
            "Fix the files below and start trainer again, or check them with 'trainer validate'."
        ).format(len(problems), content_dir))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(820, 420)
