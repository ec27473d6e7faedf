"""What a live session serves to the desks: the presenter's questions or scenario, kept with the session as JSON.

The presenter's desk writes it when it opens the session (`serve`); every desk reads it back (`parse`), so all
of them show and grade what the class sees on the screen, whatever their own content files hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from trainer.services.content import ContentRepository, Revised


@dataclass(frozen=True)
class LiveContent:
    """The presenter's items as served to the desks: a quiz's questions by id, or the role-play's scenario."""

    questions: dict  # question id -> Question
    revisions: dict[str, str]  # question id (or the scenario id) -> revision
    scenario: object | None = None  # ScenarioFile

    def question(self, item: str | None):
        return self.questions.get(item) if item else None

    def node(self, item: str | None):
        """The scenario node of a role-play item (see `step_item`), or None."""
        if self.scenario is None or not item:
            return None
        return self.scenario.nodes.get(item_node(item))


def step_item(step_number: int, node_id: str) -> str:
    """The item key of a role-play step: the same node reached twice is two items (two votes)."""
    return f"{step_number}:{node_id}"


def item_node(item: str) -> str:
    return item.partition(":")[2]


def serve(content: ContentRepository, kind: str, items: list[str]) -> str:
    """The presenter's items as JSON, for the session row."""
    if kind == "quiz":
        questions = {q: content.question(q) for q in items}
        return json.dumps({"questions": {q: r.item.model_dump(mode="json") for q, r in questions.items()},
                           "revisions": {q: r.revision for q, r in questions.items()}}, ensure_ascii=False)
    if not items:
        return json.dumps({"questions": {}, "revisions": {}})
    scenario = content.scenario(items[0])
    return json.dumps({"questions": {}, "revisions": {items[0]: scenario.revision},
                       "scenario": scenario.item.model_dump(mode="json")}, ensure_ascii=False)


def parse(text: str | None) -> LiveContent:
    from trainer.content.schema import Question, ScenarioFile

    data = json.loads(text or "{}")
    questions = {q: Question.model_validate(d) for q, d in data.get("questions", {}).items()}
    scenario = ScenarioFile.model_validate(data["scenario"]) if data.get("scenario") else None
    return LiveContent(questions, dict(data.get("revisions", {})), scenario)


class Served:
    """The presenter's questions as a content repository, for recording a live answer like any other."""

    def __init__(self, served: LiveContent, local: ContentRepository) -> None:
        self._served, self._local = served, local

    def question(self, question_id: str):
        return Revised(self._served.questions[question_id], self._served.revisions.get(question_id, ""))

    def catalog(self):
        return self._local.catalog()  # the competencies of a clause's article

    def checker(self):
        return self._local.checker()
