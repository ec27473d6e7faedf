"""The one stylesheet, filled in from the zoom level and the system palette (light or dark)."""

from __future__ import annotations

from functools import lru_cache
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from trainer.paths import resources_dir

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
BASE_PX = 15
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei UI",
                "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")

LIGHT = dict(accent="#1f6feb", on_accent="#ffffff", accent_soft="#ddeafd", accent_strong="#0b4bb3",
             sidebar="#f3f5f8", hover="#e3e8ef", border="#d0d7de", muted="#57606a", danger="#c62828", success="#1a7f37")
DARK = dict(accent="#4c8dff", on_accent="#0b1020", accent_soft="#1d2d4a", accent_strong="#9cc1ff",
            sidebar="#1b1f24", hover="#2a3038", border="#3a414b", muted="#9aa4af", danger="#ff7b72", success="#3fb950")


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template((resources_dir() / "styles" / "trainer.qss").read_text(encoding="utf-8"))


def is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def color(name: str) -> str:
    """One of the stylesheet's colours (accent, muted, ...) for the current light or dark scheme."""
    return (DARK if is_dark() else LIGHT)[name]


def cjk_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def has_chinese_font() -> bool:
    """Whether any installed font can show Simplified Chinese (without one, 中文 shows as empty boxes)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def stylesheet(zoom: float) -> str:
    base = round(BASE_PX * zoom)
    sizes = dict(
        base=base, h1=round(base * 1.75), h2=round(base * 1.4), h3=round(base * 1.15),
        gap=round(base * 0.8), half=round(base * 0.45), quarter=round(base * 0.25),
        radius=round(base * 0.4), radius2=round(base * 0.6), control=round(base * 1.6), indicator=max(13, round(base * 0.9)),
        nav_pad=round(base * (0.45 if zoom <= 1.4 else 0.2)),  # eight sections fit 768 px at 2.0x
    )
    colors = DARK if is_dark() else LIGHT
    icons = (resources_dir() / "icons").as_posix()
    return _template().substitute(**sizes, **colors, icons=icons)


_locale = "zh"


def apply_font(app: QApplication, zoom: float, locale: str | None = None) -> None:
    """The app's font at the zoom's size, its faces in the order the language wants. Chinese: the CJK face first,
    so 中文 never falls back to a mismatched face and quotes and punctuation are the full-width Chinese ones.
    English: the Latin face first — from the CJK face, “ ” and ’ are full-width and "customer’s" reads
    "customer’ s" — with the CJK face after it for the Chinese (names, terms) in English text."""
    global _locale
    if locale is not None:
        _locale = locale
    font = QFont(app.font())
    family = cjk_family()
    if family:
        # a generic name ("Sans Serif") is no face of its own: a list skips it, so name the face it stands for
        others = list(dict.fromkeys(QFontInfo(QFont(f)).family() for f in font.families() if f != family))
        others = [f for f in others if f != family]
        font.setFamilies([*others, family] if _locale == "en" else [family, *others])
    font.setPixelSize(round(BASE_PX * zoom))
    app.setFont(font)


def apply(app: QApplication, zoom: float, locale: str | None = None) -> None:
    apply_font(app, zoom, locale)
    app.setStyleSheet(stylesheet(zoom))


def step_zoom(current: float, direction: int) -> float:
    if direction == 0:
        return 1.0
    nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
    index = max(0, min(len(ZOOM_STEPS) - 1, nearest + direction))
    return ZOOM_STEPS[index]


def follow_system_theme(app: QApplication, zoom_of) -> None:
    """Restyle when the system switches between light and dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app, zoom_of()))
