"""The shipped SVG icon set, drawn in the palette's text colour so it suits light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trainer.paths import resources_dir


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, color: str | None = None) -> QIcon:
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    data = _svg(name).replace('stroke="#000000"', f'stroke="{color}"')
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
