"""The map's scene: cards and arrows built from a ScenarioDraft, redrawn where an edit changed it."""

from __future__ import annotations

from collections import Counter
from typing import Callable

from PySide6.QtCore import QLineF, QPointF, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from trainer.content.scenario_draft import ScenarioDraft
from trainer.content.scenario_layout import CARD_H, CARD_W
from trainer.ui.map.items import ArrowItem, CardItem

LINE_CHARS = 48  # the first words of a step's line on its card


class MapTexts:
    """What the cards and arrows say in the interface language (the window fills it from tr())."""

    def __init__(self, lang: str, speakers: dict[str, str], kinds: dict[str, str], competencies: dict[str, str],
                 timed: Callable[[int], str]) -> None:
        self.lang, self.speakers, self.kinds, self.competencies, self.timed = lang, speakers, kinds, competencies, timed


class MapScene(QGraphicsScene):
    link_requested = Signal(str, str)  # source step, target step: a drag from a handle onto a card
    step_requested = Signal(str, QPointF)  # source step, where: a drag from a handle to empty space
    card_moved = Signal(str, object, object)  # step, old (x, y), new (x, y): a card dragged and let go

    def __init__(self, draft: ScenarioDraft, texts: MapTexts, parent=None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.texts = texts
        self.cards: dict[str, CardItem] = {}
        self.arrows_from: dict[str, list[ArrowItem]] = {}
        self.arrows_to: dict[str, set[ArrowItem]] = {}
        self._link_line: QGraphicsLineItem | None = None
        self._link_source: CardItem | None = None
        self._quiet = False  # a card put where the draft says: no arrows to follow it one by one
        draft.listeners.append(self.on_draft_changed)
        self.rebuild()

    # -- building ----------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        self.clear()
        self.cards.clear()
        self.arrows_from.clear()
        self.arrows_to.clear()
        self._link_line = None
        self._quiet = True
        for node_id in self.draft.nodes:
            self._make_card(node_id)
        self._quiet = False
        for node_id in self.draft.nodes:
            self._make_arrows(node_id)

    def _make_card(self, node_id: str) -> CardItem:
        card = CardItem(node_id)
        self.addItem(card)
        self.cards[node_id] = card
        self._fill_card(card)
        return card

    def _fill_card(self, card: CardItem) -> None:
        node = self.draft.node(card.node_id)
        t = self.texts
        text = node.get("text") if isinstance(node.get("text"), dict) else {}
        line = str(text.get(t.lang) or text.get("zh") or "")
        if len(line) > LINE_CHARS:
            line = line[:LINE_CHARS].rstrip() + "…"
        kind = self.draft.kind_of(card.node_id)
        label = t.timed(int(node.get("timer") or 0)) if kind == "timed" else t.kinds.get(kind, kind)
        ending = node.get("ending") if isinstance(node.get("ending"), dict) else {}
        card.set_data(t.speakers.get(str(node.get("speaker")), str(node.get("speaker", ""))), line, kind, label,
                      ending.get("rating"), self.draft.start == card.node_id)
        pos = self.draft.pos(card.node_id) or (0, 0)
        if (card.pos().x(), card.pos().y()) != pos:
            quiet, self._quiet = self._quiet, True
            card.setPos(*pos)
            self._quiet = quiet

    def _label(self, arrow) -> str:
        text = str(arrow.label.get(self.texts.lang) or arrow.label.get("zh") or "") if arrow.label else ""
        if len(text) > 16:
            text = text[:16] + "…"
        scores = ", ".join(f"{v:+d} {self.texts.competencies.get(c, c)}" for c, v in arrow.score.items() if v)
        return f"{text} ({scores})" if scores else text

    def _make_arrows(self, node_id: str) -> None:
        for item in self.arrows_from.pop(node_id, []):
            self.arrows_to.get(item.target, set()).discard(item)
            self.removeItem(item)
        made = []
        for arrow in self.draft.arrows(node_id):
            item = ArrowItem(node_id, arrow.target, self._label(arrow), arrow.kind, arrow.target not in self.cards)
            self.addItem(item)
            made.append(item)
            self.arrows_to.setdefault(arrow.target, set()).add(item)
        self.arrows_from[node_id] = made
        self._place_arrows(made)

    def _place_arrows(self, items) -> None:
        for i, item in enumerate(items):
            source = self.cards.get(item.source)
            if source is None:
                continue
            start = source.pos() + QPointF(CARD_W, CARD_H / 2)
            target = self.cards.get(item.target)
            item.dangling = target is None
            item.setZValue(2 if item.dangling else 0)  # over the cards: a broken link is never hidden
            end = target.pos() + QPointF(0, CARD_H / 2) if target is not None else \
                start + QPointF(40, -50 - 22 * (i % 3))
            item.set_ends(start, end)
            item.update()

    # -- following the draft ---------------------------------------------------------------------------

    def on_draft_changed(self, ids: set[str]) -> None:
        """Redraws only the cards the edit changed, their arrows, and the arrows that point at them."""
        for node_id in ids:
            if node_id in self.draft.nodes:
                card = self.cards.get(node_id)
                if card is None:
                    self._make_card(node_id)
                else:
                    self._fill_card(card)
            elif node_id in self.cards:
                self.removeItem(self.cards.pop(node_id))
                for item in self.arrows_from.pop(node_id, []):
                    self.arrows_to.get(item.target, set()).discard(item)
                    self.removeItem(item)
        for node_id in ids:
            if node_id in self.draft.nodes:
                self._make_arrows(node_id)
            self._place_arrows(list(self.arrows_to.get(node_id, ())))
        if any(card.is_start != (card.node_id == self.draft.start) for card in self.cards.values()):
            for card in self.cards.values():
                self._fill_card(card)

    def set_findings(self, findings) -> None:
        errors = Counter(f.node for f in findings if f.severity == "error")
        warnings = Counter(f.node for f in findings if f.severity == "warning")
        for node_id, card in self.cards.items():
            card.set_findings(errors.get(node_id, 0), warnings.get(node_id, 0))

    def set_highlight(self, ids: set[str]) -> None:
        for node_id, card in self.cards.items():
            if card.highlight != (node_id in ids):
                card.highlight = node_id in ids
                card.update()

    # -- what the items report ---------------------------------------------------------------------------

    def card_position_changed(self, card: CardItem) -> None:
        if self._quiet:
            return
        self._place_arrows(self.arrows_from.get(card.node_id, []))
        self._place_arrows(list(self.arrows_to.get(card.node_id, ())))

    def card_dropped(self, card: CardItem, start: QPointF) -> None:
        self.card_moved.emit(card.node_id, (int(start.x()), int(start.y())), (int(card.x()), int(card.y())))

    def begin_link(self, card: CardItem, at: QPointF) -> None:
        self._link_source = card
        self._link_line = QGraphicsLineItem(QLineF(at, at))
        self._link_line.setPen(QPen(QColor("#1f6feb"), 2))
        self._link_line.setZValue(5)
        self.addItem(self._link_line)

    def drag_link(self, at: QPointF) -> None:
        if self._link_line is not None:
            self._link_line.setLine(QLineF(self._link_line.line().p1(), at))

    def end_link(self, at: QPointF) -> None:
        source, line = self._link_source, self._link_line
        self._link_source = self._link_line = None
        if line is not None:
            self.removeItem(line)
        if source is None:
            return
        target = next((item for item in self.items(at) if isinstance(item, CardItem)), None)
        if target is not None:
            self.link_requested.emit(source.node_id, target.node_id)
        else:
            self.step_requested.emit(source.node_id, at)
