"""What a review card shows: its front (the situation, question or phrase) and its back (answer and clause)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.content.model import Catalog
from trainer.content.refs import alternative_label
from trainer.engine.questions import right_answer_text

if TYPE_CHECKING:  # pydantic loads with the content, after the first paint
    from trainer.content.schema import Question


@dataclass(frozen=True)
class CardFace:
    front: str
    back: str
    clauses: tuple[str, ...]


def card_face(item_id: str, catalog: Catalog, bank: dict[str, Question], lang: str) -> CardFace | None:
    """None when the item no longer exists in the content (its card is then skipped)."""
    if item_id.startswith("phrase:"):
        phrase = catalog.phrases.get(item_id.split(":", 1)[1])
        if phrase is None:
            return None
        if phrase.kind == "forbidden":
            label = "服务忌语" if lang == "zh" else "A forbidden phrase"
            say = alternative_label(phrase.alternative_composed, lang)
            back = f"{label}（{phrase.group_title.get(lang)}）"
            if phrase.alternative is not None:
                back += f"。{say}：“{phrase.alternative.get(lang)}”"
        else:
            label = "服务用语" if lang == "zh" else "A service phrase"
            back = f"{label}（{phrase.group_title.get(lang)}）"
        return CardFace(f"“{phrase.text.get(lang)}”", back, phrase.clauses)
    q = bank.get(item_id)
    if q is None:
        return None
    front = q.prompt.get(lang)
    if q.type in ("single", "multiple") and q.style != "classify":
        front += "\n" + "\n".join(f"· {o.get(lang)}" for o in q.options)
    true_false = ("对", "错") if lang == "zh" else ("True", "False")
    answer = right_answer_text(q, lang, true_false)
    return CardFace(front, f"{answer}\n\n{q.explanation.get(lang)}", tuple(q.clauses))
