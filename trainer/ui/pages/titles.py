"""The names of the sections of the main window (the navigation, the menu and each page's heading)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTIONS = {
    "home": QT_TRANSLATE_NOOP("Sections", "Home"),
    "lessons": QT_TRANSLATE_NOOP("Sections", "Lessons"),
    "roleplay": QT_TRANSLATE_NOOP("Sections", "Role-play"),
    "quizzes": QT_TRANSLATE_NOOP("Sections", "Quizzes"),
    "review": QT_TRANSLATE_NOOP("Sections", "Review"),
    "progress": QT_TRANSLATE_NOOP("Sections", "My progress"),
    "manager": QT_TRANSLATE_NOOP("Sections", "Manager"),
    "classroom": QT_TRANSLATE_NOOP("Sections", "Classroom"),
}


def page_title(key: str) -> str:
    return QCoreApplication.translate("Sections", SECTIONS[key])
