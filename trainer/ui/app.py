"""Starting the GUI: the application object, translations, style, and the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trainer import APP_ID
from trainer.config import Settings
from trainer.ui import style
from trainer.ui.i18n import Translations
from trainer.ui.state import AppState, Prefs


def open_records(settings):
    """Runs in the background: connect and migrate, then load the content (the reference with the organisation's
    published library over it)."""
    from trainer.services.context import open_services

    from trainer.tts import make_speaker

    services = open_services(settings.db_url, content_dir=settings.content_dir)
    try:
        if services.sqlite_path is not None:
            from trainer.services import backup

            folder = backup.folder_for(services.sqlite_path)
            if backup.daily_due(folder, stem=services.sqlite_path.stem):
                backup.make_backup(services.sqlite_path, folder, "daily")
        # the reference with the organisation's published library over it; the units parsed on a first start are
        # written after the catalog is shown
        publication, result, repo = services.library.published_content(settings.data_dir / "cache", write_later=True)
        services.use_content(repo)
        services.content.bank()  # built here, off the GUI thread, for every page that asks
        # what the window shows first, read here too: the window never waits on the database
        return (services, (publication, result, repo), make_speaker(), services.profiles.has_manager(),
                services.profiles.list_trainees())
    except BaseException:
        services.close()
        raise


def ensure_platform() -> None:
    """Offscreen when there is no display, so commands like `screenshot` work on a server."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [APP_ID])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationDisplayName("")
    return app


def build(settings: Settings):
    """The application, its state and a main window not yet started (tests use this too)."""
    from trainer.ui.main_window import MainWindow

    app = application()
    prefs = Prefs(settings.data_dir)
    state = AppState(settings, prefs)
    translations = Translations.of(app)
    translations.set_locale(state.locale)
    style.apply(app, prefs.zoom, state.locale)
    if not getattr(app, "_trainer_follows_theme", False):
        style.follow_system_theme(app, lambda: Prefs(settings.data_dir).zoom)
        app._trainer_follows_theme = True
    window = MainWindow(state, translations)
    return app, window


def _report_first_paint(window) -> None:
    """For `trainer bench`: print the moment of the first paint and the peak memory, then quit."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
                print(f"PAINT {time.time():.6f} {rss}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    window._bench_filter = Painted(window)
    window.installEventFilter(window._bench_filter)
    window.centralWidget().installEventFilter(window._bench_filter)


def run(settings: Settings) -> int:
    ensure_platform()
    app, window = build(settings)
    _show_uncaught_errors(window)
    window.restore_geometry()
    if os.environ.get("TRAINER_BENCH_FIRST_PAINT"):
        _report_first_paint(window)
    window.show()
    _start_after_first_paint(window)
    return app.exec()


def _show_uncaught_errors(window) -> None:
    """The last resort (after Anki's excepthook): an error no page caught is shown to the person, not only printed
    on a terminal they may not have; TrainerErrors in their own words, anything else as an unexpected error."""
    from trainer.errors import TrainerError
    from trainer.ui.dialogs.errors import show_error

    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        if isinstance(value, TrainerError):
            print(f"trainer: {value}", file=sys.stderr)
        else:
            previous(kind, value, tb)
        if isinstance(value, Exception):
            show_error(QApplication.activeWindow() or window, value)

    sys.excepthook = hook


def _start_after_first_paint(window) -> None:
    """Open the database and content once the window has painted: the background thread that does it shares the
    interpreter with the first paint, so starting it earlier only delays what the user sees first."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        started = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not self.started:
                self.start()
            return False

        def start(self) -> None:
            if not self.started:
                self.started = True
                window.centralWidget().removeEventFilter(self)
                QTimer.singleShot(0, window.start)

    hook = FirstPaint(window)
    window.centralWidget().installEventFilter(hook)
    QTimer.singleShot(500, hook.start)  # a window that never paints (minimised) still opens its records
