"""The join link as a QR code, drawn at a whole number of device pixels per module so every phone can scan it."""

from __future__ import annotations

from functools import lru_cache

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=8)
def _matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make(url, error="m", micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def module_scale(url: str, side_px: int) -> int:
    """Device pixels per module: the largest whole number that fits `side_px` (at least 1)."""
    return max(1, side_px // (len(_matrix(url)) + 2 * QUIET))


def qr_pixmap(url: str, side_px: int, ratio: float = 1.0) -> QPixmap:
    """At most `side_px` logical pixels wide; each module exactly `module_scale` device pixels."""
    matrix = _matrix(url)
    scale = module_scale(url, int(side_px * ratio))
    size = (len(matrix) + 2 * QUIET) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
