"""The names of the sections of the main window, and what each is for."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTIONS = {
    "home": (QT_TRANSLATE_NOOP("ComingPage", "Home"), ""),
    "lessons": (QT_TRANSLATE_NOOP("ComingPage", "Lessons"),
                QT_TRANSLATE_NOOP("ComingPage", "Every article of the code of conduct as a lesson, read aloud, "
                                  "with a short check at the end.")),
    "roleplay": (QT_TRANSLATE_NOOP("ComingPage", "Role-play"),
                 QT_TRANSLATE_NOOP("ComingPage", "Practise the conversations the code is about: the upset "
                                   "customer, the missed appointment, the data-risk repair and more.")),
    "quizzes": (QT_TRANSLATE_NOOP("ComingPage", "Quizzes"),
                QT_TRANSLATE_NOOP("ComingPage", "Service and forbidden phrases, and the facts of every article.")),
    "review": (QT_TRANSLATE_NOOP("ComingPage", "Review"),
               QT_TRANSLATE_NOOP("ComingPage", "What you missed comes back on a spaced schedule until you know it.")),
    "progress": (QT_TRANSLATE_NOOP("ComingPage", "My progress"),
                 QT_TRANSLATE_NOOP("ComingPage", "Your lessons, scores and weakest competencies.")),
    "manager": (QT_TRANSLATE_NOOP("ComingPage", "Manager"),
                QT_TRANSLATE_NOOP("ComingPage", "Roster, dashboard, item analysis and exports, behind the "
                                  "manager passcode.")),
    "classroom": (QT_TRANSLATE_NOOP("ComingPage", "Classroom"),
                  QT_TRANSLATE_NOOP("ComingPage", "Run role-plays and quizzes with a whole class on a projector.")),
}


def page_title(key: str) -> str:
    return QCoreApplication.translate("ComingPage", SECTIONS[key][0])
