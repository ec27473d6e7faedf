"""The bar across the top: the app's name, the trainee switcher, the language and the zoom."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QSize, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from trainer import APP_NAME
from trainer.ui.i18n import LANGUAGES
from trainer.ui.icons import icon
from trainer.ui.models.trainees import TraineeListModel
from trainer.ui.widgets.wrapping import ElidedLabel


class TopBar(QWidget):
    trainee_chosen = Signal(int)  # row in the trainee model
    add_trainee_requested = Signal()
    locale_chosen = Signal(str)
    zoom_requested = Signal(int)  # -1 out, +1 in

    def __init__(self, trainees: TraineeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAutoFillBackground(True)
        self.logo = QLabel()
        self.logo.setPixmap(icon("app").pixmap(QSize(28, 28)))
        self.app_title = ElidedLabel()  # gives way at 2.0x in English (it set the window to 1,451 px)
        self.app_title.setObjectName("AppTitle")
        self.trainee_label = QLabel()
        self.trainees = QComboBox()
        self.trainees.setObjectName("TraineeSwitcher")
        self.trainees.setModel(trainees)
        self.trainees.setMinimumContentsLength(10)
        self.trainees.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trainees.activated.connect(self.trainee_chosen)
        self.trainee_label.setBuddy(self.trainees)
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("plus"))
        self.add_button.clicked.connect(self.add_trainee_requested)
        self.language = QComboBox()
        self.language.setObjectName("LanguageSwitcher")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._on_language_activated)
        self.zoom_out = QToolButton()
        self.zoom_out.setIcon(icon("zoom-out"))
        self.zoom_out.clicked.connect(partial(self.zoom_requested.emit, -1))
        self.zoom_in = QToolButton()
        self.zoom_in.setIcon(icon("zoom-in"))
        self.zoom_in.clicked.connect(partial(self.zoom_requested.emit, 1))
        self.globe = QLabel()
        self.globe.setPixmap(icon("globe").pixmap(QSize(20, 20)))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.logo)
        layout.addWidget(self.app_title, 1)
        layout.addWidget(self.trainee_label)
        layout.addWidget(self.trainees)
        layout.addWidget(self.add_button)
        layout.addSpacing(16)
        layout.addWidget(self.globe)
        layout.addWidget(self.language)
        layout.addSpacing(8)
        layout.addWidget(self.zoom_out)
        layout.addWidget(self.zoom_in)
        self.retranslate()

    def scale_icons(self, zoom: float) -> None:
        """Icons as large as the text around them (the 2.0x text size gets 2.0x icons)."""
        size = QSize(round(18 * zoom), round(18 * zoom))
        for button in (self.add_button, self.zoom_out, self.zoom_in):
            button.setIconSize(size)
        self.logo.setPixmap(icon("app").pixmap(QSize(round(28 * zoom), round(28 * zoom))))
        self.globe.setPixmap(icon("globe").pixmap(QSize(round(20 * zoom), round(20 * zoom))))

    def set_locale(self, locale: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(locale)))
        self.retranslate()

    def retranslate(self) -> None:
        locale = self.language.currentData() or "zh"
        self.app_title.setText(APP_NAME["en" if locale == "en" else "zh"])
        self.trainee_label.setText(self.tr("&Trainee:"))
        self.trainees.setAccessibleName(self.tr("Trainee"))
        self.trainees.setPlaceholderText(self.tr("Choose…"))
        for button, text in ((self.add_button, self.tr("Add a trainee")),
                             (self.zoom_out, self.tr("Smaller text (Ctrl+-)")),
                             (self.zoom_in, self.tr("Larger text (Ctrl+=)"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Language of the interface and the content"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        self.locale_chosen.emit(self.language.itemData(index))
