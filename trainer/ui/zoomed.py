"""The sidebar and the top bar at the text size chosen: icons grow with the text (2.0x text gets 2.0x icons),
and the sidebar is as wide as its names in the font they now have."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt


def fit_to_zoom(nav, top, zoom: float) -> None:
    nav.setIconSize(QSize(round(22 * zoom), round(22 * zoom)))
    top.scale_icons(zoom)
    nav.ensurePolished()  # measured after the stylesheet of this size
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setFixedWidth(max(nav.sizeHintForColumn(0), 120) + round(40 * zoom))
