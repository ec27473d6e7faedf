"""The end of a role-play: the ending and its rating, scores against the maximum, and the path with feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.content.refs import clause_link
from trainer.ui.i18n import listing
from trainer.ui.widgets.wrapping import FitScrollArea

if TYPE_CHECKING:  # the play as the role-play service shows it
    from trainer.services.roleplay import PlayView


class Debrief(QWidget):
    play_again = Signal()
    choose_another = Signal()
    reference_requested = Signal(str)

    def __init__(self, run: PlayView, lang: str, competency_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Debrief")
        ending = run.ending
        rating_names = {"excellent": self.tr("Excellent"), "acceptable": self.tr("Acceptable"),
                        "failed": self.tr("Failed")}
        title = QLabel(ending.title.get(lang))
        title.setObjectName("PageTitle")
        title.setWordWrap(True)
        self.rating = QLabel(rating_names[run.rating])
        self.rating.setObjectName("Rating")
        self.rating.setProperty("rating", run.rating)
        text = ending.debrief.get(lang)
        if run.rating != run.ending_rating:  # capped: say why the ending's own rating does not stand
            text = self.tr("A forbidden phrase was said to the customer, so this play is rated {0} at best.").format(
                rating_names[run.rating]) + "\n" + text
        debrief = QLabel(text)
        debrief.setWordWrap(True)
        bars = QGridLayout()
        maxima = run.maxima
        self.bars: dict[str, QProgressBar] = {}
        for row, comp in enumerate(run.scenario.competencies):
            bar = QProgressBar()
            top = max(maxima.get(comp, 0), 1)
            bar.setRange(0, top)
            bar.setValue(max(0, min(top, run.totals.get(comp, 0))))
            bar.setFormat(f"{run.totals.get(comp, 0)} / {maxima.get(comp, 0)}")
            bar.setAccessibleName(competency_names.get(comp, comp))
            self.bars[comp] = bar
            bars.addWidget(QLabel(competency_names.get(comp, comp)), row, 0)
            bars.addWidget(bar, row, 1)
        self.path = QTextBrowser()
        self.path.setObjectName("DebriefPath")
        self.path.setOpenLinks(False)
        self.path.anchorClicked.connect(lambda url: self.reference_requested.emit(url.toString()))
        self.path.setHtml(self._path_html(run, lang))
        again = QPushButton(self.tr("Play &again"))
        again.setProperty("primary", True)
        again.clicked.connect(self.play_again)
        other = QPushButton(self.tr("&Choose another scenario"))
        other.clicked.connect(self.choose_another)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(other)
        buttons.addWidget(again)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.rating)
        top = FitScrollArea()  # the ending, its debrief and the scores scroll at 2.0x on a 768 px screen
        top.inner_layout.addLayout(head)
        top.inner_layout.addWidget(debrief)
        top.inner_layout.addLayout(bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(top, 2)
        layout.addWidget(self.path, 3)
        layout.addLayout(buttons)
        self.again, self.other = again, other
        self.path.setAccessibleName(self.tr("Your path"))

    def showEvent(self, event) -> None:  # noqa: N802: the debrief shown, the focus on Play again
        super().showEvent(event)
        QWidget.setTabOrder(self.again, self.other)  # Play again first, then the path's clause links (set here:
        QWidget.setTabOrder(self.other, self.path)   # the order set before the debrief is placed does not hold)
        self.again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _path_html(self, run: PlayView, lang: str) -> str:
        nodes = run.scenario.nodes
        heading = self.tr("Your path")
        you = self.tr("You")
        rows = [f"<h3>{heading}</h3>"]
        for i, step in enumerate(run.steps, 1):
            node = nodes[step.node_id]
            said = (html.escape(step.reply_text or "") if step.kind == "reply" else
                    html.escape(next(c.text.get(lang) for c in node.choices if c.id == step.choice_id)))
            if step.kind == "timeout":
                said = self.tr("(time ran out) ") + said
            mark = "✔" if step.was_best and not step.hits else "✘"
            refs = listing((clause_link(r, lang) for r in step.refs), lang)
            block = (f"<p><b>{i}. {mark}</b> {html.escape(node.text.get(lang))}<br>"
                     f"<i>{you}:</i> {said}<br>{html.escape(step.feedback.get(lang))} {refs}")
            if not step.was_best:
                best = next(c for c in node.choices if c.id == step.best_choice_id)
                block += "<br>" + self.tr("Better: {0}").format(html.escape(best.text.get(lang)))
            rows.append(block + "</p>")
        return "".join(rows)
