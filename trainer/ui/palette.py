"""Colours that follow the palette: charts drawn in the window's colours (a dark palette gets dark charts, not
white light-theme boxes), a dark palette for systems that give none, and the WCAG contrast ratio."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    """A dark palette (what a dark desktop gives): light text on dark grounds, every role readable."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2227", QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#16191d", QPalette.ColorRole.AlternateBase: "#22272e",
        QPalette.ColorRole.Text: "#e6e8eb", QPalette.ColorRole.Button: "#2a3038",
        QPalette.ColorRole.ButtonText: "#e6e8eb", QPalette.ColorRole.Highlight: "#4c8dff",
        QPalette.ColorRole.HighlightedText: "#0b1020", QPalette.ColorRole.ToolTipBase: "#2a3038",
        QPalette.ColorRole.ToolTipText: "#e6e8eb", QPalette.ColorRole.PlaceholderText: "#9aa4af",
        QPalette.ColorRole.Link: "#9cc1ff", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Mid: "#3a414b", QPalette.ColorRole.Dark: "#111417", QPalette.ColorRole.Light: "#3a414b",
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8b949e"))  # greyed, still 4.5:1 on the ground
    return p


def follow_palette(chart, palette: QPalette | None = None) -> None:
    """Draw `chart` (QChart) in the window's colours: its ground, axis labels, grid and bars."""
    from trainer.ui import style

    palette = palette or QApplication.palette()
    text, base, mid = (palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Base),
                       palette.color(QPalette.ColorRole.Mid))
    chart.setBackgroundBrush(QBrush(base))
    chart.setBackgroundPen(QPen(mid))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(text))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(text))
        axis.setLinePen(QPen(mid))
        axis.setGridLinePen(QPen(mid))
    accent = QColor(style.color("accent"))
    for series in chart.series():
        if hasattr(series, "barSets"):
            for bars in series.barSets():
                bars.setColor(accent)
                bars.setBorderColor(accent)
                bars.setLabelColor(text)
        elif hasattr(series, "setColor"):
            series.setColor(accent)


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21; body text needs 4.5)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
