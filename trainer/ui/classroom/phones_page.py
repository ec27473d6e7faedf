"""Let phones join, from the console: open the live session if it is not open yet, start the phone server on
the chosen network, and connect the console's phones box to it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from trainer.phones import netif
from trainer.phones.gate import LiveGate
from trainer.phones.limits import Limits
from trainer.phones.room import Room
from trainer.ui.classroom.phones import PORT, PhoneLink
from trainer.ui.core_strings import message
from trainer.ui.ops import CallOp


class PhonesStarter(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.interfaces = netif.interfaces  # tests give their own list (127.0.0.1 only)
        self.limits = Limits()
        self.port: int | None = PORT  # tests take any free port (0)
        self.public: str | None = None  # tests: the loopback proxy the browser goes through
        self.console = None
        self._open_live = None

    def attach(self, console, open_live) -> None:
        self.console, self._open_live = console, open_live
        panel = console.phones_panel
        panel.start_requested.connect(self._on_start_requested)

    def _on_start_requested(self, interface) -> None:
        console, services = self.console, self.page.state.services
        panel, controller = console.phones_panel, console.controller
        if services is None:
            panel.failed(self.tr("No database is open: phones cannot join."))
            return
        if controller.live is not None:
            self._start(console, interface, controller.live[1])
            return

        def opened(state) -> None:
            controller.start_live(services.live, state)
            if controller.live is not None:
                self._start(console, interface, state)

        CallOp(self.page, lambda _s: self._open_live()).success(opened) \
            .failure(lambda exc: panel.failed(message(exc))).run()

    def _start(self, console, interface, live_state) -> None:
        services = self.page.state.services
        link = PhoneLink(Room(code=live_state.code), LiveGate(services, live_state), self.limits)
        panel, controller = console.phones_panel, console.controller
        port, public = self.port, self.public

        def started(_result) -> None:
            if console.controller is not controller or controller.live is None:  # the session ended meanwhile
                link.stop()
                return
            controller.start_phones(link)
            panel.started(link.url, live_state.code, link.keep.problem)
            controller.phones_updated.connect(panel.show_snapshot)
            panel.remove_requested.connect(link.remove)
            panel.address_changed.connect(lambda now: self._move(link, panel, controller, now, live_state.code))

        def failed(exc) -> None:
            link.stop()
            panel.failed(self.tr("Phones cannot join on {0}: {1}").format(interface.address, message(exc)))

        CallOp(self.page, lambda _s: link.start(interface.address, port, public)).success(started) \
            .failure(failed).run()

    def _move(self, link, panel, controller, interface, code) -> None:
        def moved(_result) -> None:
            panel.show_link(link.url, code)
            controller.changed.emit()  # the audience's QR code is redrawn

        CallOp(self.page, lambda _s: link.move(interface.address)).success(moved) \
            .failure(lambda exc: panel.failed(message(exc))).run()
