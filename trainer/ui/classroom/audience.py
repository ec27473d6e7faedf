"""The audience's screen: very large text in high contrast, sized to the projector, redrawn from a Frame.

No trainee names or scores appear here, only the room's counts, and team totals when the presenter shows them.
The text is as large as fits: the font starts at 1/17 of the screen height and shrinks (down to 1/40) until the
whole frame fits, so 1920×1080 and 1024×768 both show everything without clipping.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from trainer.engine.classroom import letter
from trainer.ui.classroom.controller import Frame

INK, PAPER, ACCENT, GOOD, MUTED, BAR = "#ffffff", "#000000", "#ffd400", "#3ddc84", "#c8c8c8", "#5b8cff"
LARGEST, SMALLEST = 1 / 17, 1 / 40  # of the height


class Bar(QWidget):
    """One horizontal bar: a share of the width, in the bar colour (the chosen one in green)."""

    def __init__(self) -> None:
        super().__init__()
        self.share = 0.0
        self.good = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, share: float, good: bool, height: int) -> None:
        self.share, self.good = max(0.0, min(1.0, share)), good
        self.setFixedHeight(height)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#262626"))
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        if self.share > 0:
            painter.setBrush(QColor(GOOD if self.good else BAR))
            painter.drawRoundedRect(QRectF(0, 0, max(8.0, self.width() * self.share), self.height()), 6, 6)
        painter.end()


def _label(role: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AudienceView(QWidget):
    """Shows one Frame. `key_pressed` hands the presenter's keys to the console when this screen has the focus."""

    key_pressed = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Audience")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.frame = Frame("empty")
        self.base = 0
        self.heading = _label("heading")
        self.code = _label("code", wrap=False)
        self.timer = _label("timer", wrap=False)
        self.qr = QLabel()  # phones join by it: drawn at whole pixels per module
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_address = _label("address", wrap=False)  # to type when a phone cannot scan
        self.join_address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_box = QWidget()
        join_column = QVBoxLayout(self.join_box)
        join_column.setContentsMargins(0, 0, 0, 0)
        join_column.addWidget(self.qr)
        join_column.addWidget(self.join_address)
        self.join_box.hide()
        self.speaker = _label("speaker")
        self.text = _label("text")
        self.verdict = _label("verdict")
        self.consequence = _label("consequence")
        self.feedback = _label("feedback")
        self.options = QGridLayout()
        self.scores = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.join_box, 0, Qt.AlignmentFlag.AlignTop)
        self.column = QVBoxLayout(self)
        self.column.addLayout(top)
        self.column.addWidget(self.speaker)
        self.column.addWidget(self.text)
        self.column.addLayout(self.options)
        self.column.addWidget(self.verdict)
        self.column.addWidget(self.feedback)
        self.column.addWidget(self.consequence)
        self.column.addLayout(self.scores)
        self.column.addStretch(1)
        self._rows: list[tuple[QLabel, QLabel, Bar, QLabel]] = []
        self._score_rows: list[tuple[QLabel, Bar, QLabel]] = []
        self._qr_key: tuple[str, int] = ("", 0)

    # -- content -------------------------------------------------------------------------------------

    def show_frame(self, frame: Frame) -> None:
        """Draw `frame`, changing only what differs from the frame on screen: a timer tick redraws the timer."""
        previous = self.frame
        if previous is not None and frame == previous:
            return
        if previous is not None and replace(frame, timer=previous.timer) == previous:
            self.frame = frame
            self.timer.setText(frame.timer)
            self.timer.setVisible(bool(frame.timer) and frame.mode != "blank")
            return
        self.frame = frame
        blank = frame.mode == "blank"
        self.heading.setText(frame.heading)
        self.code.setText(frame.code)
        self.timer.setText(frame.timer)
        self.speaker.setText(frame.speaker)
        self.text.setText(frame.text)
        self.verdict.setText(frame.verdict)
        self.feedback.setText(frame.feedback)
        self.consequence.setText(frame.consequence)
        for label in (self.heading, self.code, self.timer, self.speaker, self.text, self.verdict, self.feedback,
                      self.consequence):
            label.setVisible(not blank and bool(label.text()))
        self._fill_options(frame, blank)
        self._fill_scores(frame, blank)
        self.join_box.setVisible(not blank and bool(frame.join_url))
        self.join_address.setText(frame.join_url.split("/?")[0].removeprefix("http://"))
        self.fit()

    def _fill_options(self, frame: Frame, blank: bool) -> None:
        while len(self._rows) < len(frame.options):
            row = len(self._rows)
            parts = (_label("letter", wrap=False), _label("option"), Bar(), _label("count", wrap=False))
            parts[0].setAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, widget in enumerate(parts):
                self.options.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            self._rows.append(parts)
        self.options.setColumnStretch(1, 3)
        self.options.setColumnStretch(2, 2 if frame.counts is not None else 0)
        total = sum(frame.counts or []) or 1
        for i, (badge, text, bar, count) in enumerate(self._rows):
            shown = not blank and i < len(frame.options)
            for widget in (badge, text):
                widget.setVisible(shown)
            bar.setVisible(shown and frame.counts is not None)
            count.setVisible(shown and frame.counts is not None)
            if not shown:
                continue
            chosen = frame.chosen == i
            badge.setText(letter(i))
            badge.setProperty("chosen", chosen)
            text.setText(frame.options[i])
            text.setProperty("chosen", chosen)
            if frame.counts is not None:
                n = frame.counts[i]
                count.setText(f"{n} · {n / total:.0%}")
            for widget in (badge, text):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _fill_scores(self, frame: Frame, blank: bool) -> None:
        while len(self._score_rows) < len(frame.scores):
            row = len(self._score_rows)
            parts = (_label("score"), Bar(), _label("figure", wrap=False))
            for column, widget in enumerate(parts):
                self.scores.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            self._score_rows.append(parts)
        self.scores.setColumnStretch(1, 1)
        for i, (name, bar, figure) in enumerate(self._score_rows):
            shown = not blank and i < len(frame.scores)
            for widget in (name, bar, figure):
                widget.setVisible(shown)
            if shown:
                label, value, share = frame.scores[i]
                name.setText(label)
                figure.setText(value)
                bar.share = share

    # -- size ----------------------------------------------------------------------------------------

    def _style(self, base: int) -> str:
        px = {role: max(12, round(base * scale)) for role, scale in (
            ("heading", 0.62), ("code", 0.62), ("address", 0.45), ("timer", 1.0), ("speaker", 0.62), ("text", 1.15), ("letter", 1.0),
            ("option", 0.9), ("count", 0.7), ("verdict", 0.85), ("feedback", 0.72), ("consequence", 0.8),
            ("score", 0.85),
            ("figure", 0.85))}
        rules = [f"#Audience {{ background: {PAPER}; }}",
                 f"#Audience QLabel {{ color: {INK}; background: transparent; }}"]
        rules += [f'#Audience QLabel[role="{role}"] {{ font-size: {size}px; }}' for role, size in px.items()]
        rules += [
            f'#Audience QLabel[role="heading"], #Audience QLabel[role="speaker"] {{ color: {MUTED}; }}',
            f'#Audience QLabel[role="code"] {{ color: {PAPER}; background: {ACCENT}; padding: 0 {base // 3}px; '
            f"border-radius: {base // 6}px; font-weight: bold; }}",
            f'#Audience QLabel[role="timer"] {{ color: {ACCENT}; font-weight: bold; padding-left: {base // 2}px; }}',
            '#Audience QLabel[role="text"] { font-weight: bold; }',
            f'#Audience QLabel[role="letter"] {{ color: {PAPER}; background: {ACCENT}; font-weight: bold; '
            f"min-width: {round(base * 1.4)}px; border-radius: {base // 5}px; }}",
            f'#Audience QLabel[role="letter"][chosen="true"] {{ background: {GOOD}; }}',
            f'#Audience QLabel[role="option"][chosen="true"] {{ color: {GOOD}; font-weight: bold; }}',
            f'#Audience QLabel[role="verdict"] {{ color: {ACCENT}; font-weight: bold; }}',
            f'#Audience QLabel[role="consequence"] {{ color: {MUTED}; }}',
        ]
        return "\n".join(rules)

    def fit(self) -> None:
        """The largest text at which the whole frame fits the screen."""
        height, width = max(1, self.height()), max(1, self.width())
        margin = round(height / 30)
        side = min(height // 4, width // 5)  # the QR code: a quarter of the screen's height, scannable from the back of a room
        if self.join_box.isVisibleTo(self) and self.frame.join_url and (self.frame.join_url, side) != self._qr_key:
            from trainer.ui.classroom.qr import qr_pixmap

            self._qr_key = (self.frame.join_url, side)
            self.qr.setPixmap(qr_pixmap(self.frame.join_url, side, self.devicePixelRatioF()))
        self.column.setContentsMargins(margin * 2, margin, margin * 2, margin)
        base = round(height * LARGEST)
        smallest = max(12, round(height * SMALLEST))
        while True:
            self._apply(base)
            needed = self.column.totalHeightForWidth(width) if self.column.hasHeightForWidth() else \
                self.column.totalSizeHint().height()
            if needed <= height or base <= smallest:
                break
            base = max(smallest, round(base * 0.92))

    def _apply(self, base: int) -> None:
        if base == self.base and self.styleSheet():
            self._size_bars(base)
            self.column.invalidate()
            return
        self.base = base
        self.setStyleSheet(self._style(base))
        self.options.setHorizontalSpacing(round(base * 0.5))
        self.options.setVerticalSpacing(round(base * 0.3))
        self.scores.setHorizontalSpacing(round(base * 0.5))
        self.scores.setVerticalSpacing(round(base * 0.3))
        self.column.setSpacing(round(base * 0.4))
        self._size_bars(base)
        self.column.invalidate()

    def _size_bars(self, base: int) -> None:
        counts = self.frame.counts or []
        top = max(counts, default=0) or 1
        for i, (_badge, _text, bar, _count) in enumerate(self._rows):
            if i < len(counts):
                bar.set(counts[i] / top, self.frame.chosen == i, round(base * 0.7))
        for _name, bar, _figure in self._score_rows:
            bar.set(bar.share, False, round(base * 0.7))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        self.key_pressed.emit(event)


class AudienceWindow(QWidget):
    """The audience's screen as a window of its own: full screen on the projector, or toggled on one screen."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("AudienceWindow")
        self.view = AudienceView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1024, 768)

    def place_on(self, screen) -> None:
        """Full screen on `screen` (a QScreen)."""
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
