"""The map's items: a card per step, an arrow per choice, the handle a new link is dragged from."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from trainer.content.scenario_layout import CARD_H, CARD_W

RATING_COLORS = {"excellent": "#1a7f37", "acceptable": "#b08800", "failed": "#c62828", None: "#8c959f"}
KIND_COLORS = {"choices": "#1f6feb", "reply": "#8250df", "timed": "#bc4c00", "ending": "#1a7f37"}
FINDING_COLOR = QColor("#d1242f")
WARNING_COLOR = QColor("#bf8700")
DETAIL_LOD = 0.35  # below this zoom a card is a coloured block and an arrow a bare line (the minimap, a far view)


class CardItem(QGraphicsObject):
    """One step: who speaks, the first words of the line, its reply kind; endings in their rating's colour;
    the start marked; a finding as a red (error) or amber (warning) frame with a count badge."""

    def __init__(self, node_id: str) -> None:
        super().__init__()
        self.node_id = node_id
        self.speaker = ""
        self.line = ""
        self.kind = "choices"
        self.kind_label = ""
        self.rating: str | None = None
        self.is_start = False
        self.errors = 0
        self.warnings = 0
        self.highlight = False  # a find hit
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.handle = HandleItem(self)
        self.setAcceptHoverEvents(False)

    def set_data(self, speaker: str, line: str, kind: str, kind_label: str, rating: str | None,
                 is_start: bool) -> None:
        self.speaker, self.line, self.kind, self.kind_label = speaker, line, kind, kind_label
        self.rating, self.is_start = rating, is_start
        self.update()

    def set_findings(self, errors: int, warnings: int) -> None:
        if (errors, warnings) != (self.errors, self.warnings):
            self.errors, self.warnings = errors, warnings
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-14, -14, CARD_W + 20, CARD_H + 20)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        ending = self.kind == "ending"
        fill = QColor(RATING_COLORS[self.rating] if ending else "#ffffff")
        if ending:
            fill = fill.lighter(185)
        edge = QColor(KIND_COLORS.get(self.kind, "#57606a"))
        width = 2.0
        if self.errors:
            edge, width = FINDING_COLOR, 4.0
        elif self.warnings:
            edge, width = WARNING_COLOR, 3.0
        rect = QRectF(0, 0, CARD_W, CARD_H)
        if lod < DETAIL_LOD:
            painter.fillRect(rect, QColor("#0b4bb3") if self.isSelected() else
                             edge if (self.errors or self.warnings) else fill.darker(115))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():  # a halo outside the frame: a finding's colour stays visible
            painter.setPen(QPen(QColor("#0b4bb3"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 13, 13)
        painter.setPen(QPen(edge, width))
        painter.setBrush(QBrush(QColor("#fff8c5") if self.highlight else fill))
        painter.drawRoundedRect(rect, 10, 10)
        painter.fillRect(QRectF(0, 0, 6, CARD_H), QColor(KIND_COLORS.get(self.kind, "#57606a")))
        font = QFont(painter.font())
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#24292f"))
        head = f"▶ {self.speaker}" if self.is_start else self.speaker
        painter.drawText(QRectF(14, 6, CARD_W - 110, 20), Qt.AlignmentFlag.AlignLeft, head)
        font.setBold(False)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor(KIND_COLORS.get(self.kind, "#57606a")))
        painter.drawText(QRectF(CARD_W - 104, 7, 96, 18), Qt.AlignmentFlag.AlignRight, self.kind_label)
        font.setPixelSize(13)
        painter.setFont(font)
        painter.setPen(QColor("#24292f"))
        painter.drawText(QRectF(14, 28, CARD_W - 24, CARD_H - 48),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, self.line)
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor("#57606a"))
        painter.drawText(QRectF(14, CARD_H - 20, CARD_W - 60, 16), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(font).elidedText(self.node_id, Qt.TextElideMode.ElideRight, CARD_W - 60))
        count = self.errors or self.warnings
        if count:
            badge = QRectF(-12, -12, 30, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FINDING_COLOR if self.errors else WARNING_COLOR)
            painter.drawRoundedRect(badge, 11, 11)
            font.setPixelSize(12)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"!{count}")

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene() is not None:
            self.scene().card_position_changed(self)
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        start = getattr(self, "_pressed_at", None)
        if start is not None and start != self.pos() and self.scene() is not None:
            self.scene().card_dropped(self, start)
        self._pressed_at = None


class HandleItem(QGraphicsItem):
    """The dot on a card's right edge: drag from it to empty space to make a linked step, onto a card to link."""

    RADIUS = 9

    def __init__(self, card: CardItem) -> None:
        super().__init__(card)
        self.card = card
        self.setPos(CARD_W, CARD_H / 2)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = self.RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < DETAIL_LOD:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QColor("#1f6feb"))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        painter.drawLine(QPointF(-4, 0), QPointF(4, 0))
        painter.drawLine(QPointF(0, -4), QPointF(0, 4))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.scene() is not None:
            self.scene().begin_link(self.card, event.scenePos())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.scene() is not None:
            self.scene().drag_link(event.scenePos())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.scene() is not None:
            self.scene().end_link(event.scenePos())


class ArrowItem(QGraphicsItem):
    """A choice: from the source card's right edge to the target's left, labelled with its short text and the
    score it changes; dashed when it needs flags, red when it points at no step."""

    def __init__(self, source: str, target: str, label: str, kind: str, dangling: bool) -> None:
        super().__init__()
        self.source, self.target, self.label, self.kind, self.dangling = source, target, label, kind, dangling
        self.path = QPainterPath()
        self.head = QPolygonF()
        self.label_at = QPointF()
        self._bounds = QRectF()
        self.setZValue(0)

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        self.prepareGeometryChange()
        path = QPainterPath(start)
        if end.x() > start.x() + 20:
            dx = (end.x() - start.x()) / 2
            path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
        else:  # back to an earlier column (a loop): round underneath
            drop = CARD_H * 0.9
            path.cubicTo(start + QPointF(120, drop), end - QPointF(120, -drop), end)
        self.path = path
        line = QLineF(path.pointAtPercent(0.97), end)
        angle = math.radians(line.angle())
        a = 10
        left = end - QPointF(math.cos(angle - 0.45) * a, -math.sin(angle - 0.45) * a)
        right = end - QPointF(math.cos(angle + 0.45) * a, -math.sin(angle + 0.45) * a)
        self.head = QPolygonF([end, left, right])
        self.label_at = path.pointAtPercent(0.5)
        self._bounds = path.boundingRect().united(QRectF(self.label_at - QPointF(90, 14), self.label_at +
                                                         QPointF(90, 14))).adjusted(-12, -12, 12, 12)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colour = FINDING_COLOR if self.dangling else QColor("#8c959f" if self.kind == "otherwise" else "#57606a")
        pen = QPen(colour, 3 if self.dangling else 1.6)
        if self.kind in ("otherwise", "enter-otherwise"):
            pen.setStyle(Qt.PenStyle.DashLine)
        if lod < DETAIL_LOD:
            pen.setWidthF(2 / max(lod, 0.01))
            painter.setPen(pen)
            painter.drawPath(self.path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        painter.setBrush(colour)
        painter.drawPolygon(self.head)
        if self.dangling:  # where it should lead: nowhere (the target's name is in the findings and the form)
            end = self.head.at(0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(end + QPointF(9, 0), 9, 9)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(end.x(), end.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "?")
        if self.label:
            font = QFont(painter.font())
            font.setPixelSize(11)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            text = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, 170)
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
            box.moveCenter(self.label_at)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
