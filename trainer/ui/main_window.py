"""The main window: navigation, pages, the top bar; opens the database and content after the first paint."""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from trainer import APP_NAME
from trainer.errors import TrainerError
from trainer.ui import style
from trainer.ui.dialogs.errors import show_error
from trainer.ui.icons import icon
from trainer.ui.models.trainees import TraineeListModel
from trainer.ui.pages.base import Page
from trainer.ui.pages.home import HomePage
from trainer.ui.pages.titles import page_title
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState
from trainer.ui.widgets.topbar import TopBar
from trainer.ui.worker import long_lived, run_in_background

def _open(settings):
    """Runs in the background: connect and migrate, then load the content."""
    from trainer.content.cache import load_catalog_cached
    from trainer.services.context import open_services

    from trainer.tts import make_speaker

    services = open_services(settings.db_url)
    try:
        if services.sqlite_path is not None:
            from trainer.services import backup

            folder = backup.folder_for(services.sqlite_path)
            if backup.daily_due(folder, stem=services.sqlite_path.stem):
                backup.make_backup(services.sqlite_path, folder, "daily")
        # the units parsed on a first start are written after the catalog is shown
        result, _parsed = load_catalog_cached(settings.content_dir, settings.data_dir / "cache", write_later=True)
        from trainer.services.content import FileContent

        services.use_content(FileContent.of(result, settings.content_dir))
        services.content.bank()  # built here, off the GUI thread, for every page that asks
        return services, result, make_speaker()
    except BaseException:
        services.close()
        raise


PAGES = ("home", "lessons", "roleplay", "quizzes", "review", "progress", "manager", "classroom")


class Pages:
    """The pages by key, each built on first use and added to the stack then."""

    def __init__(self, make, stack: QStackedWidget) -> None:
        self._make = make
        self._stack = stack
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in PAGES:
                raise KeyError(key)
            page = self._built[key] = self._make(key)
            page.retitle()
            self._stack.addWidget(page)
            if page.state.services is not None:
                page.catch_up()
        return page

    def get(self, key: str) -> Page | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    def built(self) -> list[Page]:
        return list(self._built.values())


class MainWindow(QMainWindow):
    start_finished = Signal(bool)  # True: the database and content are open

    def __init__(self, state: AppState, translations=None) -> None:
        super().__init__()
        self.state = state
        self.translations = translations
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))
        self.trainee_model = TraineeListModel()
        self.dialog = None  # the dialog open now, if any (tests drive it)

        self.top = TopBar(self.trainee_model)
        self.top.set_locale(state.locale)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        self.speech = SpeechPlayer(parent=self)
        self.pages = Pages(self._make_page, self.stack)
        for key in PAGES:
            item = QListWidgetItem(icon(key), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.setCurrentRow(0)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

        self.problems_button = QPushButton()
        self.problems_button.setIcon(icon("alert"))
        self.problems_button.setFlat(True)
        self.problems_button.hide()
        self.problems_button.clicked.connect(self.show_content_problems)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.font_warning = None
        if not style.has_chinese_font():
            self.font_warning = QLabel()
            self.font_warning.setObjectName("FontWarning")
            self.font_warning.setWordWrap(True)
            self.statusBar().addPermanentWidget(self.font_warning, 1)

        self._build_actions()
        self.top.trainee_chosen.connect(self._on_top_trainee_chosen)
        self.top.add_trainee_requested.connect(self.add_trainee)
        self.top.locale_chosen.connect(self.set_locale)
        self.top.zoom_requested.connect(self.zoom)
        state.trainee_changed.connect(self._on_state_trainee_changed)
        self.retranslate()
        self._fit_nav()

    def _make_page(self, key: str) -> Page:
        """A page is built the first time it is shown (or asked for): only home is built before the first paint."""
        state = self.state
        if key == "home":
            return HomePage(state)
        if key == "lessons":
            from trainer.ui.pages.lessons import LessonsPage

            return LessonsPage(state, self.speech)
        if key == "roleplay":
            from trainer.ui.pages.roleplay import RolePlayPage

            page: Page = RolePlayPage(state, self.speech)
        elif key == "quizzes":
            from trainer.ui.pages.quizzes import QuizzesPage

            page = QuizzesPage(state)
        elif key == "review":
            from trainer.ui.pages.review import ReviewPage

            page = ReviewPage(state)
            page.open_reference = self.open_reference
            return page
        elif key == "progress":
            from trainer.ui.pages.progress import ProgressPage

            page = ProgressPage(state)
        elif key == "manager":
            from trainer.ui.pages.manager import ManagerPage

            page = ManagerPage(state)
            page.trainees_changed.connect(self.reload_trainees)
        else:
            from trainer.ui.pages.classroom import ClassroomPage

            page = ClassroomPage(state, self.speech)
        page.reference_requested.connect(self.open_reference)
        return page

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.pages[PAGES[row]])

    # -- actions and translation -----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_in_action.triggered.connect(lambda: self.zoom(1))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_out_action.triggered.connect(lambda: self.zoom(-1))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(0))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.problems_action = QAction(self)
        self.problems_action.triggered.connect(self.show_content_problems)
        # until the Content page has its own button: a code of conduct in, draft content out (no database)
        self.import_document_action = QAction(self)
        self.import_document_action.triggered.connect(self.show_import_document)
        self.page_actions = []
        for i, key in enumerate(PAGES):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(partial(self._on_page_action_triggered, key))
            self.addAction(action)
            self.page_actions.append(action)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.problems_action)
        self.file_menu.addAction(self.import_document_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.go_menu = self.menuBar().addMenu("")
        for action in self.page_actions:
            self.go_menu.addAction(action)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME["en" if self.state.locale == "en" else "zh"])
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Normal text size"))
        self.quit_action.setText(self.tr("&Quit"))
        self.problems_action.setText(self.tr("Content problems…"))
        self.import_document_action.setText(self.tr("Import a document…"))
        self.nav.setAccessibleName(self.tr("Sections"))
        for page in self.pages.built():
            page.retitle()
        for i, key in enumerate(PAGES):
            title = page_title(key)
            self.nav.item(i).setText(title)
            self.nav.item(i).setToolTip(f"{title} (Alt+{i + 1})")
            self.page_actions[i].setText(title)
        if self.font_warning is not None:
            self.font_warning.setText(self.tr(
                "No Chinese font is installed, so Chinese text shows as empty boxes. Install one: on Debian or "
                "Ubuntu, sudo apt-get install fonts-noto-cjk; on Windows, add the Chinese language pack."))
        count = len(self.state.content_problems)
        self.problems_button.setText(self.tr("{0} content problems").format(count))
        self.problems_button.setAccessibleName(self.problems_button.text())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit_nav()
        super().changeEvent(event)

    def _fit_nav(self) -> None:
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0), 120) + 40)

    def _update_status(self) -> None:
        services = self.state.services
        if services is None:
            self.statusBar().showMessage(self.tr("Opening the database…"))
        else:
            where = self.tr("shared PostgreSQL server") if services.backend == "postgresql" else self.tr("this computer")
            self.statusBar().showMessage(self.tr("Records are saved on {0}.").format(where))

    # -- start -----------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Open the database and content in the background (after the first paint: they are slow)."""
        self._update_status()
        run_in_background(long_lived(partial(_open, self.state.settings)), self._on_opened, self._on_open_failed)

    def _on_open_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, TrainerError) else f"{type(exc).__name__}: {exc}"
        print(f"trainer: {message}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot open the database"), message,
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("StartErrorBox")
        self.dialog = box
        box.finished.connect(partial(QApplication.exit, 2))
        box.open()
        self.start_finished.emit(False)

    def _on_opened(self, opened) -> None:
        services, result, speaker = opened
        self.speech.set_speaker(speaker)
        self.state.services = services
        self.state.catalog = result.catalog
        self.state.content_loaded = True
        self.state.content_problems = result.problems
        self.problems_button.setVisible(bool(result.problems))
        self.state.catalog_changed.emit()
        self.state.services_ready.emit()
        self.reload_trainees()
        self.retranslate()
        if not services.profiles.has_manager():
            from trainer.ui.dialogs.profiles import FirstRunDialog  # dialogs load after the first paint

            self.dialog = FirstRunDialog(services.profiles.create_manager, self)
            self.dialog.accepted.connect(self._on_first_run_accepted)
            self.dialog.open()
        else:
            self._after_first_run()
        self.start_finished.emit(True)

    @Slot()
    def _on_first_run_accepted(self) -> None:
        self._after_first_run()

    def _after_first_run(self) -> None:
        if self.state.content_problems:
            self.show_content_problems()
        elif not self.trainee_model.rowCount():
            self.add_trainee()
        else:
            last = int(self.state.prefs.get("session/last_trainee", 0) or 0)
            row = self.trainee_model.row_of(last)
            if row >= 0:
                self.choose_trainee(row)

    # -- trainees --------------------------------------------------------------------------------

    def reload_trainees(self) -> None:
        rows = self.state.services.profiles.list_trainees()
        self.trainee_model.set_rows(rows)
        current = self.state.trainee
        if current is not None:
            now = next((r for r in rows if r.id == current.id), None)
            if now is None:  # deleted or made inactive by the manager: nobody is chosen now
                self.state.set_trainee(None)
                current = None
            elif now != current:  # renamed: the same trainee, under the new name
                self.state.trainee = current = now
        self.top.trainees.setCurrentIndex(self.trainee_model.row_of(current.id) if current else -1)

    @Slot()
    def add_trainee(self) -> None:
        if self.state.services is None:
            return
        from trainer.ui.dialogs.profiles import TraineeDialog

        self.dialog = TraineeDialog(self.state.services.profiles.add_trainee, self)
        self.dialog.accepted.connect(self._on_trainee_added)
        self.dialog.open()

    @Slot()
    def _on_trainee_added(self) -> None:
        added = self.dialog.added
        self.reload_trainees()
        self.state.set_trainee(self.state.services.profiles.sign_in(added.id, None) if not added.has_pin else added)

    @Slot(int)
    def _on_top_trainee_chosen(self, row: int) -> None:
        self.choose_trainee(row)

    def choose_trainee(self, row: int) -> None:
        trainee = self.trainee_model.trainee(row)
        if trainee is None or (self.state.trainee and trainee.id == self.state.trainee.id):
            return
        profiles = self.state.services.profiles
        if trainee.has_pin:
            from trainer.ui.dialogs.profiles import PinDialog

            self.dialog = PinDialog(trainee.name, lambda pin: profiles.sign_in(trainee.id, pin), self)
            self.dialog.accepted.connect(lambda: self.state.set_trainee(self.dialog.signed_in))
            self.dialog.rejected.connect(self.reload_trainees)  # back to who was chosen before
            self.dialog.open()
            return
        try:
            self.state.set_trainee(profiles.sign_in(trainee.id))
        except TrainerError as exc:
            show_error(self, exc)
            self.reload_trainees()

    @Slot(object)
    def _on_state_trainee_changed(self, trainee) -> None:
        self.top.trainees.setCurrentIndex(self.trainee_model.row_of(trainee.id) if trainee else -1)
        manager = self.pages.get("manager")
        if manager is not None and manager.unlocked and trainee is not None:
            manager.lock()  # a switch to a trainee never inherits the manager's access (nobody chosen gives none)

    # -- view ------------------------------------------------------------------------------------

    @Slot(str)
    def open_reference(self, ref: str) -> None:
        """Show the lesson at a clause (`article-id:1.2`), from a role-play or a quiz."""
        self.show_page("lessons")
        self.pages["lessons"].open_reference(ref)

    def _on_page_action_triggered(self, key: str, _checked: bool = False) -> None:
        self.show_page(key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    @Slot(str)
    def set_locale(self, locale: str) -> None:
        if self.translations is not None:
            self.translations.set_locale(locale)
        style.apply_font(QApplication.instance(), self.state.prefs.zoom, locale)
        self.state.set_locale(locale)
        self.top.set_locale(locale)
        self.retranslate()
        for page in self.pages.built():
            page.retranslate()
        self._fit_nav()

    @Slot(int)
    def zoom(self, direction: int) -> None:
        level = style.step_zoom(self.state.prefs.zoom, direction)
        self.state.prefs.set("view/zoom", level)
        style.apply(QApplication.instance(), level)
        self._fit_nav()

    @Slot()
    def show_content_problems(self) -> None:
        from trainer.ui.dialogs.problems import ContentProblemsDialog

        self.dialog = ContentProblemsDialog(self.state.content_problems, str(self.state.settings.content_dir), self)
        self.dialog.open()

    def show_import_document(self) -> None:
        from trainer.ui.importer.review_dialog import ImportReviewDialog

        self.dialog = ImportReviewDialog(self)
        self.dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.prefs.set("window/geometry", self.saveGeometry())
        classroom = self.pages.get("classroom")
        if classroom is not None:
            classroom.shut_down()  # the projector's window closes, a live session ends
        quizzes = self.pages.get("quizzes")
        if quizzes is not None:
            quizzes.save_time()  # a quiz under way keeps the time used to the second, not to the last 5 s
        self.speech.stop()
        if self.speech.speaker is not None:
            self.speech.speaker.close()
        from trainer.tts import remove_temp_audio

        remove_temp_audio()
        if self.state.services is not None:
            path = self.state.services.sqlite_path
            self.state.services.close()
            if path is not None and path.exists():
                from trainer.errors import TrainerError
                from trainer.services import backup

                try:
                    backup.make_backup(path, backup.folder_for(path), "exit")
                except TrainerError as exc:
                    print(f"trainer: {exc}", file=sys.stderr)
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        geometry = self.state.prefs.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
