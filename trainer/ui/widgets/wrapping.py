"""Radio buttons and check boxes whose text wraps: a long answer option grows taller, never wider than the page.

Qt's own QRadioButton/QCheckBox lay their text out on one line, so one long option sets the window's minimum
width (1,768 px for a long best reply in Chinese, 2,979 px in English). These draw the indicator through the style
(the stylesheet's indicator size follows the text size) and the text word-wrapped beside it; the whole row is the
click target. A checked option that is locked after checking keeps its text in the normal text colour, so the
chosen answer stays readable (in a dark palette too).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QLabel, QLayout, QRadioButton, QScrollArea, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter,
    QVBoxLayout, QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
MIN_TEXT_EM = 12  # the narrowest the text column gets: about 12 Chinese characters or two English words


def first_word(text: str) -> str:
    """The part of a text that cannot be broken: a Latin word, or one CJK character."""
    text = text.lstrip(" \t\n“”\"'‘’「」《》（）()【】[]、，。：:；;!！?？…·-—")
    if not text:
        return ""
    if ord(text[0]) >= 0x2E80:
        return text[0]
    word = []
    for ch in text:
        if ch.isspace() or ord(ch) >= 0x2E80:
            break
        word.append(ch)
    return "".join(word).rstrip(",.;:!?)”’\"'")


class _WrappingMixin:
    """For a QAbstractButton with an indicator (radio or check): wrapped text, height for width."""

    _indicator_element: QStyle.SubElement
    _indicator_primitive: QStyle.PrimitiveElement

    def _setup(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _indicator(self) -> QRect:
        """The indicator as the style places it on a one-line button (on the first line, whatever the height)."""
        opt = self._option()
        metric = QStyle.PixelMetric.PM_ExclusiveIndicatorHeight if isinstance(self, QRadioButton) \
            else QStyle.PixelMetric.PM_IndicatorHeight
        line = max(self.fontMetrics().height(), self.style().pixelMetric(metric, opt, self)) + 4
        opt.rect = QRect(0, 0, max(self.width(), 100), line)
        return self.style().subElementRect(self._indicator_element, opt, self)

    def _spacing(self) -> int:
        return max(4, self.fontMetrics().averageCharWidth())

    def _text_left(self) -> int:
        ind = self._indicator()
        return ind.x() + ind.width() + self._spacing()

    def _text_height(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        return fm.boundingRect(QRect(0, 0, max(1, width), 100000), _FLAGS, self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        ind = self._indicator()
        text = self._text_height(width - self._text_left() - 2)
        return max(ind.height() + 2 * ind.y(), text + 2 * max(2, ind.y())) + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        natural = fm.horizontalAdvance(self.text()) + self._text_left() + 4
        width = min(natural, self._text_left() + fm.averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802: the height comes from heightForWidth at the width given
        fm = QFontMetrics(self.font())
        word = fm.horizontalAdvance(first_word(self.text()))
        width = self._text_left() + min(fm.horizontalAdvance(self.text()),
                                        max(word, fm.averageCharWidth() * MIN_TEXT_EM)) + 4
        ind = self._indicator()
        return QSize(width, max(ind.height() + 2 * max(ind.y(), 2), fm.height() + 4))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802: the text is part of the target, all of it
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        opt = self._option()
        ind = self._indicator()
        opt.rect = QRect(ind.x(), max(ind.y(), 2), ind.width(), ind.height())
        painter.drawPrimitive(self._indicator_primitive, opt)
        text_rect = QRect(self._text_left(), max(2, ind.y()), self.width() - self._text_left() - 2, self.height())
        palette = self.palette()
        group = QPalette.ColorGroup.Disabled if not self.isEnabled() and not self.isChecked() \
            else QPalette.ColorGroup.Active
        painter.setPen(palette.color(group, QPalette.ColorRole.WindowText))
        if self.isChecked() and not self.isEnabled():  # the chosen answer, locked: bold, not greyed
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
        drawn = painter.boundingRect(text_rect, _FLAGS, self.text())
        painter.drawText(text_rect, _FLAGS, self.text())
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = drawn.adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class WrappingRadioButton(_WrappingMixin, QRadioButton):
    _indicator_element = QStyle.SubElement.SE_RadioButtonIndicator
    _indicator_primitive = QStyle.PrimitiveElement.PE_IndicatorRadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheckBox(_WrappingMixin, QCheckBox):
    _indicator_element = QStyle.SubElement.SE_CheckBoxIndicator
    _indicator_primitive = QStyle.PrimitiveElement.PE_IndicatorCheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class FitScrollArea(QScrollArea):
    """A vertical scroll area as wide as its content's minimum: what is too tall scrolls, nothing is cut at the
    side (no horizontal scroll bar), and the content wraps to the width there is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("FitScrollInner")
        self.inner_layout = QVBoxLayout(inner)
        self.inner_layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), min(inner.height(), 600))

    def show_widget(self, widget: QWidget) -> None:
        """Scroll so that `widget` (feedback just shown) is in view, once the layout has placed it."""
        from PySide6.QtCore import QTimer

        def scroll() -> None:
            if not widget.isVisible():
                return
            if widget.height() <= self.viewport().height():
                self.ensureWidgetVisible(widget)
            else:  # taller than the view: its start (the verdict) at the top
                self.verticalScrollBar().setValue(widget.mapTo(self.widget(), widget.rect().topLeft()).y())

        QTimer.singleShot(0, scroll)


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is too narrow (a lesson's tool buttons in
    English at 1024 px): the layout's minimum width is its widest widget, not the whole row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()


class ElidedLabel(QLabel):
    """A one-line title that gives way: where there is too little room it ends in "…" and the full text is in
    its tooltip (and stays its accessible name), instead of setting the window's minimum width."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(min(fm.horizontalAdvance(self.text()), fm.horizontalAdvance("…") + fm.averageCharWidth() * 6),
                     super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tooltip()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        elided = self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()
        self.setToolTip(self.text() if elided else "")

    def paintEvent(self, _event) -> None:  # noqa: N802
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)
