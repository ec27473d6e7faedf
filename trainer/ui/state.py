"""What every page shares: the services, the content catalog, the trainee and the language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from trainer.config import Settings, system_locale
from trainer.content.model import Catalog
from trainer.services.rows import TraineeRow

if TYPE_CHECKING:  # the services pull in SQLAlchemy, imported only after the first paint
    from trainer.services.context import Services


class Prefs:
    """Desk-level preferences (language, zoom, last trainee, window geometry) in an ini file in the data dir."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(data_dir / "trainer.ini"), QSettings.Format.IniFormat)

    def get(self, key: str, default=None):
        return self._qs.value(key, default)

    def set(self, key: str, value) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def zoom(self) -> float:
        try:
            return float(self.get("view/zoom", 1.0))
        except (TypeError, ValueError):
            return 1.0


class AppState(QObject):
    trainee_changed = Signal(object)  # TraineeRow | None
    locale_changed = Signal(str)
    catalog_changed = Signal()  # the content (and the services with it) is ready, or changed

    def __init__(self, settings: Settings, prefs: Prefs) -> None:
        super().__init__()
        self.settings = settings
        self.prefs = prefs
        self.services: "Services | None" = None
        self.catalog = Catalog()
        self.content = None  # the ContentRepository of the catalog (trainer.services.content), once loaded
        self._bank: tuple[Catalog, dict] | None = None
        self.content_problems: list = []
        self.content_loaded = False  # the catalog above is the one read from the content folder (not yet empty)
        self.trainee: TraineeRow | None = None
        self.locale = settings.locale or str(prefs.get("view/locale", "") or "") or system_locale()
        if self.locale not in ("zh", "en"):
            self.locale = system_locale()

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        from trainer.content.refs import remember_titles

        self._catalog = catalog
        remember_titles(catalog)  # references read as lesson title + number in every view

    @property
    def bank(self) -> dict:
        """Every quiz question of the current catalog (hand-written and made from the phrases), built once for
        all the pages that ask for it."""
        if self.services is not None and self.services.content.catalog() is self.catalog:
            return self.services.content.bank()  # the services' own: what they grade against
        if self._bank is None or self._bank[0] is not self.catalog:
            from trainer.engine.bank import build_bank  # pydantic models: after the first paint

            self._bank = (self.catalog, build_bank(self.catalog))
        return self._bank[1]

    def set_trainee(self, trainee: TraineeRow | None) -> None:
        self.trainee = trainee
        self.prefs.set("session/last_trainee", trainee.id if trainee else 0)
        self.trainee_changed.emit(trainee)

    def set_locale(self, locale: str) -> None:
        if locale != self.locale:
            self.locale = locale
            self.prefs.set("view/locale", locale)
            self.locale_changed.emit(locale)
