"""The console's phones box: the network to serve on, Let phones join, the QR code and link, who joined and
who answered (on the console only, never on the audience's screen), and removing a name."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from trainer.phones import netif
from trainer.ui.classroom.qr import qr_pixmap

LIST_MS = 250  # the list redraws at most four times a second (the counts at once)
ADDRESS_MS = 5000  # how often the chosen network's address is checked


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PhonesPanel(QGroupBox):
    start_requested = Signal(object)  # netif.Interface
    remove_requested = Signal(str)  # a phone's token
    address_changed = Signal(object)  # netif.Interface: the same network, a new address

    def __init__(self, interfaces=netif.interfaces, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PhonesPanel")
        self._interfaces = interfaces
        self.network = QComboBox()
        self.network.setObjectName("PhonesNetwork")
        self.start_button = QPushButton()
        self.start_button.setObjectName("LetPhonesJoin")
        self.start_button.clicked.connect(self._on_start_clicked)
        row = QHBoxLayout()
        row.addWidget(self.network, 1)
        row.addWidget(self.start_button)
        self.note = _plain(QLabel())
        self.note.setObjectName("PhonesNote")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        self.link = _plain(QLabel())
        self.link.setObjectName("PhonesLink")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = _plain(QLabel())
        self.people = QListWidget()
        self.people.setObjectName("PhonesPeople")
        self.people.setMinimumHeight(90)
        self.people.hide()
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("RemovePhone")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_button.hide()
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addWidget(self.qr)
        column.addWidget(self.link)
        column.addWidget(self.counts)
        column.addWidget(self.people)
        column.addWidget(self.remove_button)
        self.url = ""
        self.running = False
        self._snapshot = None
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_MS)
        self._list_timer.timeout.connect(self._draw_people)
        self._address_timer = QTimer(self)
        self._address_timer.setInterval(ADDRESS_MS)
        self._address_timer.timeout.connect(self._check_address)
        self.fill_networks()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Phones"))
        self.start_button.setText(self.tr("Let phones join"))
        self.network.setAccessibleName(self.tr("Network the phones join on"))
        self.remove_button.setText(self.tr("Remove the chosen name"))
        self._draw_counts()
        if self._snapshot is not None:
            self._draw_people()

    def fill_networks(self) -> None:
        choices = self._interfaces()
        self.network.clear()
        for interface in choices:
            self.network.addItem(interface.label, interface)
        best = netif.likely(choices)
        if best is not None:
            self.network.setCurrentIndex(choices.index(best))

    @Slot()
    def _on_start_clicked(self) -> None:
        interface = self.network.currentData()
        if interface is None:
            self.note.setText(self.tr("No network found: connect the laptop to the room's Wi-Fi first."))
            return
        self.start_button.setEnabled(False)
        self.note.setText(self.tr("Starting…"))
        self.start_requested.emit(interface)

    def started(self, url: str, code: str, awake_problem: str | None) -> None:
        self.running = True
        self.network.setEnabled(False)
        self.start_button.hide()
        self.people.show()
        self.remove_button.show()
        self.show_link(url, code)
        self.note.setText(self.tr("The laptop may go to sleep: keep it awake by hand ({0}).").format(awake_problem)
                          if awake_problem else self.tr("The laptop is kept awake while phones are in the room."))
        self._address_timer.start()

    def show_link(self, url: str, code: str) -> None:
        self.url = url
        self.qr.setPixmap(qr_pixmap(url, 200, self.devicePixelRatioF()))
        self.qr.show()
        self.link.setText(self.tr("{0}\nor open {1} and type the code {2}").format(
            url, url.split("/?")[0], f"{code[:3]} {code[3:]}"))

    def failed(self, text: str) -> None:
        self.start_button.setEnabled(True)
        self.note.setText(text)

    def stop(self) -> None:
        self._address_timer.stop()
        self._list_timer.stop()

    @Slot()
    def _check_address(self) -> None:
        chosen = self.network.currentData()
        if chosen is None:
            return
        now = next((i for i in self._interfaces() if i.name == chosen.name), None)
        if now is not None and now.address != chosen.address:
            self.network.setItemData(self.network.currentIndex(), now)
            self.network.setItemText(self.network.currentIndex(), now.label)
            self.address_changed.emit(now)

    # -- who joined ----------------------------------------------------------------------------------

    def show_snapshot(self, snapshot) -> None:
        self._snapshot = snapshot
        self._draw_counts()
        if not self._list_timer.isActive():
            self._list_timer.start()

    def _draw_counts(self) -> None:
        s = self._snapshot
        self.counts.setText(self.tr("{0} phones joined · {1} answered this step").format(s.joined, s.answered)
                            if s is not None else "")

    @Slot()
    def _draw_people(self) -> None:
        s = self._snapshot
        if s is None:
            return
        chosen = self.people.currentItem().data(Qt.ItemDataRole.UserRole) if self.people.currentItem() else None
        self.people.clear()
        for person in s.people:
            marks = [self.tr("answered") if person.answered else self.tr("not yet")]
            if person.roster:
                marks.append(self.tr("recorded"))
            if not person.connected:
                marks.append(self.tr("offline"))
            item = QListWidgetItem(f"{person.name} · {' · '.join(marks)}")  # a list item is plain text
            item.setData(Qt.ItemDataRole.UserRole, person.token)
            self.people.addItem(item)
            if person.token == chosen:
                self.people.setCurrentItem(item)

    @Slot()
    def _on_remove_clicked(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))
