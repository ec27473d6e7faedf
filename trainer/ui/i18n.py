"""Interface language: Qt .qm translations (source strings are English) switched at run time."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from trainer.paths import resources_dir

LANGUAGES = {"zh": "中文", "en": "English"}


class Translations:
    """Installs trainer's and Qt's own translations for the chosen language."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.locale = "en"

    @classmethod
    def of(cls, app: QApplication) -> "Translations":
        """The application's one set of translators (a second set would shadow the first)."""
        existing = getattr(app, "_trainer_translations", None)
        if existing is None:
            existing = cls(app)
            app._trainer_translations = existing
        return existing

    def set_locale(self, locale: str) -> bool:
        """Switch language; every widget gets a LanguageChange event. False if the .qm is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.locale = locale
        ok = True
        if locale == "zh":
            ours = QTranslator(self._app)
            ok = ours.load(str(resources_dir() / "i18n" / "trainer_zh_CN.qm"))
            qt = QTranslator(self._app)
            if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
            if ok:
                self._installed.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if locale == "zh"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        for translator in self._installed:
            self._app.installTranslator(translator)
        return ok


def listing(items, lang: str) -> str:
    """Items in a running list: 甲、乙、丙 in Chinese, a, b, c in English."""
    return ("、" if lang != "en" else ", ").join(items)
