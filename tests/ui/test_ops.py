"""CallOp: a service call off the GUI thread, its result or error back on it, in the order the calls were made."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from trainer.errors import TrainerError
from trainer.ui.ops import CallOp, wait_idle


class FakeServices:  # the op only hands it to the call
    def __init__(self) -> None:
        self.threads: list[str] = []

    def answer(self, n: int) -> int:
        self.threads.append(threading.current_thread().name)
        return n * 2


def test_calls_run_off_the_gui_thread_in_order_and_report_on_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton(parent)
    services, got = FakeServices(), []
    for n in range(5):
        CallOp(parent, lambda s, n=n: s.answer(n), services).success(got.append).busy(button).run()
    assert not button.isEnabled()
    wait_idle(qtbot)
    assert got == [0, 2, 4, 6, 8]
    assert threading.main_thread().name not in services.threads
    assert button.isEnabled()


def test_a_failure_is_shown_to_the_person_by_default(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def fail(_services):
        raise TrainerError("the database went away")

    CallOp(parent, fail, FakeServices()).run()
    wait_idle(qtbot)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "the database went away" in boxes[-1].text()
    for box in boxes:
        box.close()
