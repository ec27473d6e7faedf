"""A place chosen on a live item (A = 0), as the live service records it: graded here, with the one engine.

The desks and the phones show the same item; a quiz question's options are in the order the session's seed gives
(`shown`), so the place is turned into the question's own answer and graded; a role-play step's vote is counted
only. Kept apart from the Qt-free phone server, which never grades: it hands a trainee's place to `answer_of`.
"""

from __future__ import annotations

from trainer.engine.classroom import answer_at
from trainer.engine.questions import grade, shown
from trainer.engine.quiz import question_competencies, review_item
from trainer.services.live import LiveAnswerIn, LiveState


class LivePlaces:
    def __init__(self, catalog, bank: dict) -> None:
        self._catalog = catalog
        self._bank = bank

    def answer_of(self, state: LiveState, trainee_id: int, item: str, place: int) -> LiveAnswerIn:
        question = self._bank.get(item) if state.kind == "quiz" else None
        if question is None:
            return LiveAnswerIn(trainee_id, item, place)
        value = answer_at(shown(question, state.seed), place)
        return LiveAnswerIn(trainee_id, item, place, grade(question, value),
                            question_competencies(self._catalog, question), review_item(question), value)
