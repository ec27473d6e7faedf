"""Lessons: every article of the code, searchable, read aloud, each ending with a short check."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget,
)

from trainer.engine.questions import lesson_questions
from trainer.ui.core_strings import speech_reason
from trainer.ui.icons import icon
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import Page
from trainer.ui.pages.lesson_check import ROLE_ARTICLE, LessonCheckFlow
from trainer.ui.speech import SpeechPlayer
from trainer.ui.state import AppState
from trainer.ui.widgets.quiz_runner import QuizRunner, ResultPane
from trainer.ui.widgets.wrapping import FlowLayout
from trainer.ui.widgets.lesson_view import LessonView
from trainer.ui.widgets.missing_content import missing_note, missing_text


ROLE_ANCHOR = Qt.ItemDataRole.UserRole + 1


class LessonsPage(LessonCheckFlow, Page):
    key = "lessons"

    def __init__(self, state: AppState, speech: SpeechPlayer, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.speech = speech
        self.article_id: str | None = None
        self._unfolded: frozenset[str] = frozenset()  # clauses of this lesson whose wording notes are shown
        self.check: QuizRunner | None = None
        self.check_open = False  # a check started and not finished: the lesson can be read and the check resumed
        self.check_article: str | None = None
        self.attempt_id: int | None = None
        self._progress_read: dict = {}  # article id -> LessonStatus of the trainee, as last read
        self.body.setContentsMargins(16, 12, 16, 12)
        self.title.hide()
        self.subtitle.hide()

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.lesson_list = QListWidget()
        self.lesson_list.setObjectName("LessonList")
        self.lesson_list.itemActivated.connect(self._on_list_item_activated)
        self.lesson_list.currentItemChanged.connect(self._on_list_current_changed)
        self.hits = QListWidget()
        self.hits.setObjectName("SearchHits")
        self.hits.setWordWrap(True)
        self.hits.itemActivated.connect(self._on_list_item_activated)
        self.hits.itemClicked.connect(self._on_list_item_activated)
        self.lists = QStackedWidget()
        self.lists.addWidget(self.lesson_list)
        self.lists.addWidget(self.hits)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        self.no_lessons = missing_note("lessons", state.settings.content_dir)
        self.no_lessons.hide()
        left_layout.addWidget(self.no_lessons)
        left_layout.addWidget(self.lists, 1)

        self.read_button = QPushButton(icon("speak"), "")
        self.read_button.clicked.connect(self.read_lesson)
        self.read_clause_button = QPushButton(icon("speak"), "")
        self.read_clause_button.clicked.connect(self.read_clause)
        self.stop_button = QPushButton(icon("stop"), "")
        self.stop_button.clicked.connect(self.speech.stop)
        self.stop_button.setEnabled(False)
        self.speech_note = QLabel()
        self.speech_note.setObjectName("PageSubtitle")
        self.speech_note.setWordWrap(True)
        self.speech_note.setMinimumWidth(80)
        self.toc_button = QPushButton()
        self.toc_button.setCheckable(True)
        self.toc_button.setChecked(True)
        self.check_button = QPushButton()
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.start_check)
        tools = FlowLayout()  # the buttons wrap onto a second row where the page is narrow (English at 1024 px)
        for w in (self.read_button, self.read_clause_button, self.stop_button, self.check_button, self.toc_button):
            tools.addWidget(w)
        self.view = LessonView()
        self.view.clause_link_clicked.connect(self.open_reference)
        self.view.sources_toggled.connect(self._on_view_sources_toggled)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_to_lesson)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start_check)
        result_page = ResultPane("CheckResult", self.again_button, self.back_button)
        result_page.reference_requested.connect(self.open_reference)
        self.result = result_page.browser
        self.center_stack = QStackedWidget()
        self.center_stack.addWidget(self.view)
        self.check_holder = QWidget()
        self.check_layout = QVBoxLayout(self.check_holder)
        self.check_layout.setContentsMargins(0, 0, 0, 0)
        self.center_stack.addWidget(self.check_holder)
        self.center_stack.addWidget(result_page)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addLayout(tools)
        center_layout.addWidget(self.speech_note)
        self.no_check = missing_note("check", state.settings.content_dir)
        self.no_check.hide()
        center_layout.addWidget(self.no_check)
        center_layout.addWidget(self.center_stack, 1)

        self.toc = QListWidget()
        self.toc.setObjectName("LessonContents")
        self.toc.itemActivated.connect(self._on_toc_activated)
        self.toc.itemClicked.connect(self._on_toc_activated)
        self.toc_label = QLabel()
        self.toc_label.setBuddy(self.toc)
        right = self.toc_panel = QWidget()
        right.setMinimumWidth(170)
        left.setMinimumWidth(190)
        self.toc_button.toggled.connect(right.setVisible)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.toc_label)
        right_layout.addWidget(self.toc, 1)

        for lst in (self.lesson_list, self.hits, self.toc):
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setTextElideMode(Qt.TextElideMode.ElideRight)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 760, 220])
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search_box.setFocus)
        QShortcut(QKeySequence("Escape"), self.search_box, activated=self.search_box.clear)

        state.catalog_changed.connect(self.reload)
        state.trainee_changed.connect(self._on_trainee_changed)
        speech.speaking_changed.connect(self._on_speaking_changed)
        speech.failed.connect(self._on_speech_failed)
        speech.speaker_changed.connect(self._update_controls)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        # on a small screen the text needs the room: the contents fold away (the button brings them back)
        wide = event.size().width() >= 1050
        if wide != (event.oldSize().width() >= 1050) or event.oldSize().width() < 0:
            self.toc_button.setChecked(wide)
        super().resizeEvent(event)

    # -- lists -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Lesson text"))
        self.search_box.setPlaceholderText(self.tr("Search all lessons (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search all lessons"))
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.hits.setAccessibleName(self.tr("Search results"))
        self.toc_label.setText(self.tr("Contents"))
        self.toc.setAccessibleName(self.tr("Contents"))
        self.read_button.setText(self.tr("&Read aloud"))
        self.read_clause_button.setText(self.tr("Read &clause"))
        self.stop_button.setText(self.tr("&Stop"))
        self._label_check_button()
        self.toc_button.setText(self.tr("C&ontents"))
        self.toc_button.setToolTip(self.tr("Show or hide the contents"))
        self.back_button.setText(self.tr("&Back to the lesson"))
        self.again_button.setText(self.tr("Try &again"))
        in_check = self.center_stack.currentWidget() is self.check_holder
        self.reload(read=False)  # the titles in the new language, the marks as read
        if self.check_open and self.check is not None:  # a language switch in the middle of a check goes on
            self.check.set_lang(self.state.locale)
            if in_check:
                self.center_stack.setCurrentWidget(self.check_holder)

    def catch_up(self) -> None:
        self.reload()

    @Slot()
    def reload(self, read: bool = True) -> None:
        current = self.article_id
        self.lesson_list.blockSignals(True)
        self.lesson_list.clear()
        progress = self._progress_read
        lang = self.state.locale
        for article in self.state.catalog.sorted_articles():
            status = progress.get(article.id)
            mark = "done" if status and status.completed else "opened" if status else "unopened"
            item = QListWidgetItem(icon(mark), article.text(lang).title)
            item.setData(ROLE_ARTICLE, article.id)
            item.setToolTip(article.text(lang).title + "\n" + {  # the full title: a long one is cut with …
                "done": self.tr("Completed: check passed"), "opened": self.tr("Opened"),
                "unopened": self.tr("Not opened yet")}[mark])
            self.lesson_list.addItem(item)
            if article.id == current:
                self.lesson_list.setCurrentItem(item)
        self.lesson_list.blockSignals(False)
        if current is None and self.lesson_list.count():
            self.lesson_list.setCurrentRow(0)
        elif current is not None:
            self.open_lesson(current, keep_position=True)
        if self.search_box.text():
            self.run_search()
        self._update_controls()
        if read:
            self._read_progress()

    @Slot()
    def run_search(self) -> None:
        from trainer.content.render import clause_anchor
        from trainer.content.search import search

        query = self.search_box.text().strip()
        if not query:
            self.lists.setCurrentWidget(self.lesson_list)
            return
        self.hits.clear()
        for hit in search(self.state.catalog, query):
            where = f"{hit.title} · {hit.clause}" if hit.clause else hit.title
            item = QListWidgetItem(f"{where}\n{hit.snippet}")
            item.setData(ROLE_ARTICLE, hit.article_id)
            item.setData(ROLE_ANCHOR, clause_anchor(hit.clause) if hit.clause else None)
            self.hits.addItem(item)
        if not self.hits.count():
            self.hits.addItem(QListWidgetItem(self.tr("Nothing found for “{0}”.").format(query)))
        self.lists.setCurrentWidget(self.hits)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_changed(self, item, _previous) -> None:
        if item is not None:
            self.open_lesson(item.data(ROLE_ARTICLE))

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        article_id = item.data(ROLE_ARTICLE)
        if article_id:
            self.open_lesson(article_id, item.data(ROLE_ANCHOR))

    @Slot(QListWidgetItem)
    def _on_toc_activated(self, item: QListWidgetItem) -> None:
        self.view.scrollToAnchor(item.data(ROLE_ANCHOR))

    # -- the lesson ------------------------------------------------------------------------------

    def open_lesson(self, article_id: str, anchor: str | None = None, keep_position: bool = False) -> None:
        from trainer.content.render import render_lesson  # markdown-it: imported after the first paint

        article = self.state.catalog.articles.get(article_id)
        if article is None:
            return
        position = self.view.verticalScrollBar().value() if keep_position and article_id == self.article_id else 0
        changed = article_id != self.article_id
        if changed:
            self._unfolded = frozenset()
        self.article_id = article_id
        self.speech.stop()
        rendered = render_lesson(article, self.state.locale, self.state.catalog, self._unfolded)
        self.view.show_html(rendered.html, untranslated=article.text(self.state.locale).lang != self.state.locale)
        self.toc.clear()
        for entry in rendered.toc:
            item = QListWidgetItem(entry.title if entry.level == 2 else "    " + entry.title)
            item.setData(ROLE_ANCHOR, entry.anchor)
            if entry.level == 2:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.toc.addItem(item)
        self.center_stack.setCurrentWidget(self.view)
        if anchor:
            self.view.scrollToAnchor(anchor)
        else:
            self.view.verticalScrollBar().setValue(position)
        for row in range(self.lesson_list.count()):
            if self.lesson_list.item(row).data(ROLE_ARTICLE) == article_id:
                self.lesson_list.blockSignals(True)
                self.lesson_list.setCurrentRow(row)
                self.lesson_list.blockSignals(False)
        if changed:
            self._record_opened()
        self._update_controls()

    def _record_opened(self) -> None:
        # a lesson counts as opened when the trainee has it in front of them, not when the list preselects it
        if (self.isVisible() and self.article_id and self.state.services is not None
                and self.state.trainee is not None):
            trainee_id, article_id = self.state.trainee.id, self.article_id
            # a storage error is shown (CallOp's default), the lesson stays readable
            CallOp(self, lambda s: s.lessons.opened(trainee_id, article_id)).success(
                lambda _none: self._mark(article_id, "opened")).run()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._record_opened()

    @Slot(str)
    def _on_view_sources_toggled(self, number: str) -> None:
        self._unfolded = self._unfolded ^ {number}
        if self.article_id:
            self.open_lesson(self.article_id, keep_position=True)

    @Slot(str)
    def open_reference(self, ref: str) -> None:
        """Open `article-id:1.2` (a link in a lesson, a feedback or a result)."""
        article_id, _, number = ref.rpartition(":") if ref.count(":") > 1 else ref.partition(":")
        article_id = article_id.removeprefix("clause:")
        self.open_lesson(article_id, _anchor(number) if number else None)

    # -- reading aloud ---------------------------------------------------------------------------

    def _lesson_pieces(self) -> list[str]:
        text = self.state.catalog.articles[self.article_id].text(self.state.locale)
        return [text.title, text.summary, *(f"{c.number} {c.text}" for c in text.clauses)]

    @Slot()
    def read_lesson(self) -> None:
        if self.article_id:
            self.speech.speak(self._lesson_pieces(), self.state.locale)

    @Slot()
    def read_clause(self) -> None:
        if not self.article_id:
            return
        anchor = self.view.clause_at_cursor()
        item = self.toc.currentItem()
        if anchor is None and item is not None:
            anchor = item.data(ROLE_ANCHOR)
        text = self.state.catalog.articles[self.article_id].text(self.state.locale)
        clause = next((c for c in text.clauses if _anchor(c.number) == anchor), None)
        if clause is None:
            self.speech_note.setText(self.tr("Click into a clause, or choose one in the contents, first."))
            return
        self.speech.speak([f"{clause.number} {clause.text}"], self.state.locale)

    @Slot(bool)
    def _on_speaking_changed(self, speaking: bool) -> None:
        self.stop_button.setEnabled(speaking)
        if speaking:
            self.speech_note.setText(self.tr("Reading aloud…"))
        elif self.speech_note.text() == self.tr("Reading aloud…"):
            self.speech_note.clear()

    @Slot(str)
    def _on_speech_failed(self, reason: str) -> None:
        self.speech_note.setText(speech_reason(reason))
        self._update_controls()

    def _update_controls(self) -> None:
        status = self.speech.status(self.state.locale)
        for button in (self.read_button, self.read_clause_button):
            button.setEnabled(status.available and self.article_id is not None)
            button.setToolTip("" if status.available else
                              self.tr("Reading aloud is not available: {0}").format(speech_reason(status.reason)))
        if not status.available:
            self.speech_note.setText(speech_reason(status.reason))
        elif self.speech_note.text() in (speech_reason("the speech engine is starting"),):
            self.speech_note.clear()
        has_questions = bool(self.article_id) and bool(lesson_questions(self.state.catalog, self.article_id))
        content_dir = self.state.settings.content_dir
        self.no_lessons.setText(missing_text("lessons", content_dir))
        self.no_lessons.setVisible(self.state.content_loaded and not self.state.catalog.articles)
        self.no_check.setText(missing_text("check", content_dir))
        self.no_check.setVisible(self.state.content_loaded and bool(self.article_id) and not has_questions)
        self.check_button.setEnabled(self.check_open or (has_questions and self.state.trainee is not None))
        if self.state.trainee is None:
            self.check_button.setToolTip(self.tr("Choose your name at the top right first: the result is recorded "
                                                 "for you."))
        elif not has_questions:
            self.check_button.setToolTip(self.tr("This lesson has no check questions yet."))
        else:
            self.check_button.setToolTip("")

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self.check_open = False
        self._label_check_button()
        self.back_to_lesson()
        self.reload()
        self._record_opened()

    @Slot()
    def back_to_lesson(self) -> None:
        self.center_stack.setCurrentWidget(self.view)


def _anchor(number: str) -> str:
    from trainer.content.render import clause_anchor

    return clause_anchor(number)
