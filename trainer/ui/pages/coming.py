"""Pages whose capability has not landed yet say so plainly, with what they will offer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from trainer.ui.pages.base import Page, wrapped
from trainer.ui.state import AppState

PLANNED = {
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
    return QCoreApplication.translate("ComingPage", PLANNED[key][0])


class ComingPage(Page):
    """A page that is part of the plan but not built yet: it says what it will do, and nothing more."""

    def __init__(self, key: str, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.key = key
        self.badge = QLabel()
        self.badge.setObjectName("ComingBadge")
        self.note = wrapped(name="PageSubtitle")
        self.body.addWidget(self.badge, 0)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return page_title(self.key)

    def retranslate(self) -> None:
        self.title.setText(page_title(self.key))
        self.subtitle.setText(QCoreApplication.translate("ComingPage", PLANNED[self.key][1]))
        self.badge.setText(self.tr("Coming soon"))
        self.badge.setMaximumWidth(self.badge.sizeHint().width() + 24)
        self.note.setText(self.tr("This part of trainer is being built. Everything you do elsewhere is kept."))
