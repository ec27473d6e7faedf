"""`trainer screenshot`: render one page offscreen to a PNG, for the README and for layout review."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from trainer.config import Settings, sqlite_url
from trainer.errors import ConfigError

DEMO_TRAINEES = ("王小明", "李娜", "张伟", "Chen Jing")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ConfigError(f"--size takes WIDTHxHEIGHT, e.g. 1366x768, not {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise ConfigError(f"--size {text} is out of range (320x240 to 7680x4320)")
    return width, height


def _shown_texts(window, page: str) -> dict:
    """What the page shows as text (labels, buttons, list entries), for a script or a test to read."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    widget = window.pages[page]
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in widget.findChildren(kind)
             if w.isVisible() and w.text()]
    for box in widget.findChildren(QListWidget):
        if box.isVisible():
            texts += [box.item(i).text() for i in range(box.count())]
    return {"page": page, "title": window.windowTitle(), "sections": [window.nav.item(i).text()
                                                                       for i in range(window.nav.count())],
            "texts": texts, "size": [window.width(), window.height()]}


def screenshot(settings: Settings, page: str, out: str, size: str = "1366x768", demo: bool = False,
               describe: bool = False) -> int:
    width, height = _size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtCore import QEventLoop

    from trainer.ui.app import build
    from trainer.ui.main_window import PAGES

    if page not in PAGES:
        raise ConfigError(f"unknown page {page!r}: use one of {', '.join(PAGES)}")
    with tempfile.TemporaryDirectory(prefix="trainer-shot-") as tmp:
        if demo:
            # a throwaway database and preferences: a screenshot never touches anyone's records
            settings = replace(settings, data_dir=Path(tmp), db_url=sqlite_url(Path(tmp) / "demo.sqlite3"))
            _fill_demo(settings.db_url)
        app, window = build(replace(settings, data_dir=Path(tmp)) if not demo else settings)
        if settings.locale:
            window.set_locale(settings.locale)
        window.resize(width, height)
        window.show()
        started = QEventLoop()
        window.start_finished.connect(started.quit)
        window.start()
        started.exec()
        if window.dialog is not None and window.dialog.objectName() != "StartErrorBox":
            window.dialog.close()
        if demo and window.trainee_model.rowCount():
            window.choose_trainee(0)
        window.show_page(page)
        _settle(app)
        image = window.grab()
        shown = _shown_texts(window, page) if describe else None
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        if not image.save(out, "PNG"):
            raise ConfigError(f"cannot write {out}")
        if window.state.services is not None:
            window.state.services.close()
        window.deleteLater()
        app.processEvents()
    if shown is not None:
        import json

        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(out)
    return 0


def _settle(app, timeout: float = 15.0) -> None:
    """Until what the page reads off the GUI thread has come back and been drawn (as a person waits for it)."""
    import time

    from trainer.ui.ops import CallOp

    deadline = time.monotonic() + timeout
    app.processEvents()
    while CallOp.pending() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(3):
        app.processEvents()


def _fill_demo(url: str) -> None:
    from trainer.services.context import open_services

    services = open_services(url)
    try:
        services.profiles.create_manager("Demo manager", "demo-passcode")
        for name in DEMO_TRAINEES:
            services.profiles.add_trainee(name)
    finally:
        services.close()
