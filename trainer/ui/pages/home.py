"""Home: who is training, and what the loaded content holds."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from trainer.ui.pages.base import Page, card, wrapped
from trainer.ui.state import AppState


class HomePage(Page):
    key = "home"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.lessons_title, self.lessons_number, self.lessons_note = QLabel(), QLabel(), wrapped()
        self.phrases_title, self.phrases_number, self.phrases_note = QLabel(), QLabel(), wrapped()
        self.review_title, self.review_number, self.review_note = QLabel(), QLabel(), wrapped()
        for number in (self.lessons_number, self.phrases_number, self.review_number):
            number.setObjectName("BigNumber")
        grid.addWidget(card(self.review_title, self.review_number, self.review_note), 0, 0)
        grid.addWidget(card(self.lessons_title, self.lessons_number, self.lessons_note), 0, 1)
        grid.addWidget(card(self.phrases_title, self.phrases_number, self.phrases_note), 0, 2)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self._numbers: tuple[int | None, int, int] = (None, 0, 0)  # (trainee id, due cards, lessons done) as read
        state.trainee_changed.connect(self.reload)
        state.catalog_changed.connect(self.reload)
        self.retranslate()

    def reload(self, *_: object) -> None:
        """The trainee's numbers, read off the GUI thread; the page is drawn now and again when they come."""
        self.retranslate()
        trainee = self.state.trainee
        if self.state.services is None or trainee is None:
            return
        from trainer.ui.ops import CallOp  # the home page is built before the first paint; the op after it

        trainee_id = trainee.id
        CallOp(self, lambda s: (trainee_id, s.review.due_count(trainee_id),
                                sum(1 for p in s.lessons.progress(trainee_id).values() if p.completed))) \
            .success(self._on_numbers).run()

    def _on_numbers(self, numbers) -> None:
        self._numbers = numbers
        self.retranslate()

    def retitle(self) -> None:
        pass  # the heading greets the trainee (see retranslate)

    def catch_up(self) -> None:
        self.reload()

    def retranslate(self, *_: object) -> None:
        trainee = self.state.trainee
        if trainee is None:
            self.title.setText(self.tr("Welcome"))
            self.subtitle.setText(self.tr("Choose your name at the top right, or add yourself with +."))
        else:
            self.title.setText(self.tr("Welcome, {0}").format(trainee.name))
            self.subtitle.setText(self.tr("Learn the code of conduct, practise it, and show what you know."))
        catalog = self.state.catalog
        reader, due, done = self._numbers
        if trainee is None or reader != trainee.id:
            due = done = 0
        self.review_title.setText(self.tr("Due for review"))
        self.review_number.setText(str(due))
        self.review_note.setText(self.tr("cards you missed, due today (open Review)"))
        self.lessons_title.setText(self.tr("Lessons"))
        self.lessons_number.setText(f"{done} / {len(catalog.articles)}")
        self.lessons_note.setText(self.tr("lessons completed (check passed), in Chinese and English"))
        service = sum(1 for p in catalog.phrases.values() if p.kind == "service")
        forbidden = len(catalog.phrases) - service
        self.phrases_title.setText(self.tr("Phrase bank"))
        self.phrases_number.setText(f"{service} / {forbidden}")
        self.phrases_note.setText(self.tr("service phrases to use / forbidden phrases to avoid"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()
