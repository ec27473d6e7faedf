"""What a page says when the content it shows is missing: what is missing and where trainer looks for it
(an installation without scenarios once showed an empty area and said nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel

_CONTEXT = "MissingContent"
TEXTS = {
    "lessons": QT_TRANSLATE_NOOP("MissingContent", "No lessons were found, so there is nothing to read here. "
                                                   "trainer looks for them in {0}"),
    "scenarios": QT_TRANSLATE_NOOP("MissingContent", "No role-play scenarios were found, so there is nothing to "
                                                     "play here. trainer looks for them in {0}"),
    "quizzes": QT_TRANSLATE_NOOP("MissingContent", "No hand-written questions were found: quizzes ask only the "
                                                   "questions made from the phrase bank, and lessons have no "
                                                   "check. trainer looks for them in {0}"),
    "check": QT_TRANSLATE_NOOP("MissingContent", "This lesson has no check questions yet, so it cannot be "
                                                 "completed. trainer looks for them in {0}"),
}
FOLDERS = {"lessons": "articles", "scenarios": "scenarios", "quizzes": "quizzes", "check": "quizzes"}


def missing_text(kind: str, content_dir: Path) -> str:
    folder = (Path(content_dir) / FOLDERS[kind]).as_posix()
    return QCoreApplication.translate(_CONTEXT, TEXTS[kind]).format(folder)


def missing_note(kind: str, content_dir: Path) -> QLabel:
    note = QLabel(missing_text(kind, content_dir))
    note.setObjectName("MissingContent")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return note

