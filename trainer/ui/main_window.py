"""The main window: navigation, pages, the top bar; opens the database and content after the first paint."""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from trainer import APP_NAME
from trainer.errors import TrainerError
from trainer.ui import style
from trainer.ui.dialogs.errors import show_error
from trainer.ui.icons import icon
from trainer.ui.zoomed import fit_to_zoom
from trainer.ui.models.trainees import TraineeListModel
from trainer.ui.content_watch import watch
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import Page
from trainer.ui.app import open_records
from trainer.ui.page_stack import PAGES, Pages, make_page
from trainer.ui.pages.titles import page_title
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState
from trainer.ui.widgets.topbar import TopBar
from trainer.ui.worker import long_lived, run_in_background

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
        state.locale_changed.connect(self._on_state_locale_changed)

        self.retranslate()
        self._fit_nav()

    def _make_page(self, key: str) -> Page:
        page = make_page(key, self.state, self.speech)
        if key == "review":
            page.open_reference = self.open_reference
        elif key == "manager":
            page.trainees_changed.connect(self.reload_trainees)
        if key not in ("home", "lessons", "review"):  # the lessons page opens references itself
            page.reference_requested.connect(self.open_reference)
        return page

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.pages[PAGES[row]])


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
        fit_to_zoom(self.nav, self.top, self.state.prefs.zoom)

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
        run_in_background(long_lived(partial(open_records, self.state.settings)), self._on_opened, self._on_open_failed)

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
        services, (publication, result, repo), speaker, has_manager, trainees = opened
        self.speech.set_speaker(speaker)
        self.state.services = services
        self.watcher = watch(self, result, repo, publication)  # the library's publications, put in place when safe
        self.state.content_loaded = True
        self.state.content_problems = result.problems
        self.problems_button.setVisible(bool(result.problems))
        self.state.catalog_changed.emit()
        self._on_trainees_read(trainees)
        self.retranslate()
        if not has_manager:
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

    def reload_trainees(self, then=None) -> None:
        """The trainee list at the top, read again off the GUI thread (`then()` once it is shown)."""
        op = CallOp(self, lambda s: s.profiles.list_trainees()).success(
            lambda rows: (self._on_trainees_read(rows), then() if then is not None else None))
        op.run()

    def _on_trainees_read(self, rows) -> None:
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
        if added.has_pin:
            self.reload_trainees(then=lambda: self.state.set_trainee(added))
            return
        CallOp(self, lambda s: s.profiles.sign_in(added.id, None)).success(
            lambda signed_in: self.reload_trainees(then=lambda: self.state.set_trainee(signed_in))).run()

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
        """The one way to switch the language: the state says so (`locale_changed`), the translator follows, and
        the LanguageChange event it sends redraws the window and every page once (changeEvent)."""
        self.state.set_locale(locale)

    @Slot(str)
    def _on_state_locale_changed(self, locale: str) -> None:
        style.apply_font(QApplication.instance(), self.state.prefs.zoom, locale)
        self.top.set_locale(locale)
        if self.translations is not None:
            self.translations.set_locale(locale)  # LanguageChange: changeEvent here and in every page
        # delivered now (Qt merges the posted LanguageChange events into one per window): the switch is done
        # when this returns
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)

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
