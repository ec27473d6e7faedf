"""Review: today's due cards, the answer on demand, and a rating (Again, Hard, Good, Easy: keys 1-4)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.engine.cards import card_face
from trainer.ui.dialogs.errors import show_error
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import Page
from trainer.ui.state import AppState
from trainer.content.refs import clause_link
from trainer.ui.i18n import listing
from trainer.ui.widgets.links import keyboard_links


class ReviewPage(Page):
    key = "review"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.bank: dict = {}
        self.due: list = []
        self.current = None
        self._rating = False  # a rating sent, not saved yet
        self._answer_shown = False
        self._focus_card = False
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        self.front = QLabel()
        self.front.setObjectName("CardFront")
        self.front.setWordWrap(True)
        self.back = QLabel()
        self.back.setObjectName("CardBack")
        self.back.setWordWrap(True)
        self.back.setTextFormat(Qt.TextFormat.RichText)
        self.back.linkActivated.connect(self._on_link)
        keyboard_links(self.back)
        self.show_button = QPushButton()
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(self.show_answer)
        frame = QFrame()
        frame.setObjectName("Card")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.front)
        inner.addWidget(self.back)
        inner.addStretch(1)
        self.rate_buttons: list[QPushButton] = []
        rates = QHBoxLayout()
        rates.addStretch(1)
        rates.addWidget(self.show_button)
        for rating in (1, 2, 3, 4):
            button = QPushButton()
            button.clicked.connect(partial(self.rate, rating))
            self.rate_buttons.append(button)
            rates.addWidget(button)
            shortcut = QShortcut(QKeySequence(str(rating)), self)
            shortcut.activated.connect(partial(self._on_rating_key, rating))
        self.body.addWidget(self.count)
        self.body.addWidget(frame, 1)
        self.body.addLayout(rates)
        self.open_reference = None  # set by the main window: opens a lesson at a clause
        state.catalog_changed.connect(self._on_catalog_changed)
        state.trainee_changed.connect(self._on_trainee_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.subtitle.setText(self.tr("What you missed in quizzes and lesson checks comes back here when it is "
                                      "due. Answer in your head, show the answer, then rate how well you knew it."))
        self.show_button.setText(self.tr("Show the answer (Space)"))
        for button, text in zip(self.rate_buttons, (self.tr("1 Again"), self.tr("2 Hard"), self.tr("3 Good"),
                                                    self.tr("4 Easy"))):
            button.setText(text)
        self._redraw()

    def _redraw(self) -> None:
        """The card on screen in the current language, as it stands (no database read: a switch changes no card)."""
        if self.current is None:
            if self.isVisible():
                self._show_card(None)
            return
        face = card_face(self.current[0], self.state.catalog, self.bank, self.state.locale)
        if face is None:
            return
        shown = self._answer_shown
        self.current = (self.current[0], face)
        if not self.isVisible():
            return  # drawn when the page is shown again
        self._show_card(face)
        if shown:
            self.show_answer()

    @Slot(object)
    def _on_trainee_changed(self, _trainee) -> None:
        self.current, self._answer_shown = None, False  # another trainee's cards: none shown yet
        self.reload()

    def catch_up(self) -> None:
        self._on_catalog_changed()

    @Slot()
    def _on_catalog_changed(self) -> None:
        self.bank = self.state.bank
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._focus_card = True  # the first card shown takes the focus: Space shows its answer
        self.reload()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Space shows the answer only where no focused control takes it: a rating button rates, the top bar's
        # controls keep their own Space (a page-wide shortcut would take Space from them all)
        if event.key() == Qt.Key.Key_Space and self.show_button.isVisible():
            self.show_answer()
            return
        super().keyPressEvent(event)

    @Slot()
    def reload(self, *_: object) -> None:
        if not self.isVisible():
            return  # read when the page is shown (showEvent), not on every trainee or language change
        services, trainee = self.state.services, self.state.trainee
        # the card whose answer was showing (before a language switch, or another page) comes back as it was
        keep = self.current[0] if self.current is not None and self._answer_shown else None
        if services is None or trainee is None:
            self._on_due(None, None, [])
            return
        trainee_id = trainee.id
        CallOp(self, lambda s: s.review.due(trainee_id)).success(partial(self._on_due, trainee_id, keep)).run()

    def _on_due(self, trainee_id: int | None, keep: str | None, due: list) -> None:
        if trainee_id is not None and (self.state.trainee is None or self.state.trainee.id != trainee_id):
            return  # read for a trainee who is no longer chosen
        self.due = list(due)
        self._next_card()
        if keep is not None and self.current is not None and self.current[0] == keep:
            self.show_answer()

    def _next_card(self) -> None:
        self._answer_shown = False
        lang = self.state.locale
        while self.due:
            item = self.due.pop(0)
            face = card_face(item.item_id, self.state.catalog, self.bank, lang)
            if face is not None:
                self.current = (item.item_id, face)
                self._show_card(face)
                return
        self.current = None
        self._show_card(None)

    def _show_card(self, face) -> None:
        self._answer_shown = False
        if face is not None:
            due = len(self.due) + 1
            self.count.setText(self.tr("{0} cards due now").format(due) if due != 1 else self.tr("1 card due now"))
            self.front.setText(face.front)
            self.back.hide()
            had_focus = any(b.hasFocus() for b in self.rate_buttons)
            self.show_button.show()
            self.show_button.setEnabled(True)
            if had_focus or self._focus_card:
                self._focus_card = False
                self.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
            for button in self.rate_buttons:
                button.hide()
            return
        self.count.setText(self.tr("Nothing is due now."))
        self.front.setText(self.tr("Well done. Cards you miss in quizzes and lesson checks will come back here."))
        self.back.hide()
        self.show_button.hide()
        for button in self.rate_buttons:
            button.hide()

    @Slot()
    def show_answer(self) -> None:
        if self.current is None or not self.isVisible():
            return
        face = self.current[1]
        self._answer_shown = True
        refs = listing((clause_link(r, self.state.locale, catalog=self.state.catalog) for r in face.clauses),
                       self.state.locale)
        text = face.back.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
        self.back.setText(f"{text}<br><br>{refs}")
        had_focus = self.show_button.hasFocus()
        self.back.show()
        self.show_button.hide()
        for button in self.rate_buttons:
            button.show()
        if had_focus or self.focusWidget() is None:
            self.rate_buttons[2].setFocus(Qt.FocusReason.OtherFocusReason)  # "3 Good"; 1-4 rate from anywhere

    def _on_rating_key(self, rating: int) -> None:
        if self.isVisible() and self.back.isVisible():
            self.rate(rating)

    def rate(self, rating: int) -> None:
        """The trainee's rating of the card goes to the review service, which schedules it; the next card comes
        once it is saved (on an error the card stays, to rate again)."""
        if self.current is None or self._rating:
            return
        trainee_id, item_id = self.state.trainee.id, self.current[0]
        self._rating = True
        self._focus_card = True  # the buttons are busy meanwhile (the focus leaves them): the next card takes it
        CallOp(self, lambda s: s.review.rate(trainee_id, item_id, rating)).success(self._on_rated) \
            .failure(self._on_rate_failed).busy(*self.rate_buttons).run()

    def _on_rated(self, _due) -> None:
        self._rating = False
        self._next_card()

    def _on_rate_failed(self, exc: BaseException) -> None:
        self._rating = False
        show_error(self, exc)

    @Slot(str)
    def _on_link(self, link: str) -> None:
        if self.open_reference is not None:
            self.open_reference(link)
