"""Settings from the command line and the environment; nothing here touches Qt or the database."""

from __future__ import annotations

import locale as _locale
import os
from dataclasses import dataclass
from pathlib import Path

from trainer import paths
from trainer.errors import ConfigError

LOCALES = ("zh", "en")


def system_locale() -> str:
    """zh when the system language is Chinese, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        lang = _locale.getlocale()[0] or ""
    except ValueError:
        lang = ""
    return "zh" if lang.lower().startswith(("zh", "chinese")) else "en"


def default_data_dir() -> Path:
    env = os.environ.get("TRAINER_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("trainer", appauthor=False))


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_url: str
    content_dir: Path
    locale: str | None  # None: follow the saved choice, else the system

    @classmethod
    def resolve(
        cls,
        db: str | None = None,
        content: str | os.PathLike | None = None,
        locale: str | None = None,
    ) -> "Settings":
        data_dir = default_data_dir()
        db_url = db or os.environ.get("TRAINER_DB_URL") or sqlite_url(data_dir / "trainer.sqlite3")
        content_dir = Path(content) if content else Path(os.environ.get("TRAINER_CONTENT_DIR") or paths.content_dir())
        if locale is not None and locale not in LOCALES:
            raise ConfigError(f"unknown locale {locale!r}: use one of {', '.join(LOCALES)}")
        if not content_dir.is_dir():
            raise ConfigError(f"content directory not found: {content_dir}")
        return cls(data_dir=data_dir, db_url=db_url, content_dir=content_dir.resolve(), locale=locale)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"
