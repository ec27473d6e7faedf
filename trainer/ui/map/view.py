"""The map's views: the main one (zoom, pan, fit) and the minimap, a second view on the same scene."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

ZOOM_MIN, ZOOM_MAX = 0.1, 2.5


class MapView(QGraphicsView):
    viewport_moved = Signal()  # scrolled or zoomed: the minimap redraws its frame

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("MapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().valueChanged.connect(self.viewport_moved)
        self.verticalScrollBar().valueChanged.connect(self.viewport_moved)
        self._panning: QPointF | None = None

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(ZOOM_MIN / self.zoom, min(ZOOM_MAX / self.zoom, factor))
        self.scale(factor, factor)
        self.viewport_moved.emit()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())
        self.viewport_moved.emit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    # a drag on empty space with the middle button, or with Space held, pans; the left button selects
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self.itemAt(event.position().toPoint()) is None
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.pan(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan(self, dx: float, dy: float) -> None:
        self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() + dx))
        self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() + dy))

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()


class MiniMap(QGraphicsView):
    """The whole map, small, with the main view's part framed; a click or drag there moves the main view."""

    def __init__(self, scene, main: MapView, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("MiniMap")
        self.main = main
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self._frame = QRectF()
        main.viewport_moved.connect(self._on_main_moved)
        scene.changed.connect(self._on_scene_changed)

    def _on_scene_changed(self, _regions=None) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-60, -60, 60, 60)
        if rect != getattr(self, "_fitted", None):
            self._fitted = rect
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def _on_main_moved(self) -> None:
        old = self._frame
        self._frame = self.main.visible_scene_rect()
        # only the frame's old and new edges are redrawn: panning never repaints the whole minimap
        for rect in (old, self._frame):
            if not rect.isNull():
                area = self.mapFromScene(rect).boundingRect().adjusted(-3, -3, 3, 3)
                for edge in (area.adjusted(0, 0, 0, -area.height() + 6), area.adjusted(0, area.height() - 6, 0, 0),
                             area.adjusted(0, 0, -area.width() + 6, 0), area.adjusted(area.width() - 6, 0, 0, 0)):
                    self.viewport().update(edge)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fitted = None
        self._on_scene_changed()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        if not self._frame.isNull():
            painter.setPen(QPen(QColor("#1f6feb"), 2 / max(self.transform().m11(), 0.001)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._frame)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.main.centerOn(self.mapToScene(event.position().toPoint()))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main.centerOn(self.mapToScene(event.position().toPoint()))
