"""Every edit of the map is one of these on the window's QUndoStack: undo, redo and "unsaved" come with it."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from trainer.content.scenario_draft import ScenarioDraft


class AddStep(QUndoCommand):
    """A new step, linked from `source` by a new choice when given (a drag from a handle to empty space)."""

    def __init__(self, draft: ScenarioDraft, node_id: str, node: dict, pos: tuple[int, int],
                 source: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("MapCommands", "New step {0}").format(node_id))
        self.draft, self.node_id, self.source = draft, node_id, source
        self.node = {**copy.deepcopy(node), "pos": [int(pos[0]), int(pos[1])]}
        self.source_before = copy.deepcopy(draft.node(source)) if source else None
        self.source_after = draft.linked_choice(source, node_id) if source else None

    def redo(self) -> None:
        self.draft.add_step(self.node_id, copy.deepcopy(self.node))
        if self.source:
            self.draft.set_node(self.source, copy.deepcopy(self.source_after))

    def undo(self) -> None:
        if self.source:
            self.draft.set_node(self.source, copy.deepcopy(self.source_before))
        self.draft.remove_step(self.node_id)


class EditStep(QUndoCommand):
    """A step's data replaced (the side form, a link dragged onto a card)."""

    def __init__(self, draft: ScenarioDraft, node_id: str, after: dict, text: str) -> None:
        super().__init__(text)
        self.draft, self.node_id = draft, node_id
        self.before = copy.deepcopy(draft.node(node_id))
        self.after = copy.deepcopy(after)

    def redo(self) -> None:
        self.draft.set_node(self.node_id, copy.deepcopy(self.after))

    def undo(self) -> None:
        self.draft.set_node(self.node_id, copy.deepcopy(self.before))


class DeleteStep(QUndoCommand):
    def __init__(self, draft: ScenarioDraft, node_id: str) -> None:
        super().__init__(QCoreApplication.translate("MapCommands", "Delete step {0}").format(node_id))
        self.draft, self.node_id = draft, node_id
        self.index, self.node = 0, None

    def redo(self) -> None:
        self.index, self.node = self.draft.remove_step(self.node_id)

    def undo(self) -> None:
        self.draft.add_step(self.node_id, self.node, self.index)


class RenameStep(QUndoCommand):
    def __init__(self, draft: ScenarioDraft, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("MapCommands", "Rename {0} to {1}").format(old, new))
        self.draft, self.old, self.new = draft, old, new

    def redo(self) -> None:
        self.draft.rename_step(self.old, self.new)

    def undo(self) -> None:
        self.draft.rename_step(self.new, self.old)


class MoveStep(QUndoCommand):
    def __init__(self, draft: ScenarioDraft, node_id: str, old: tuple, new: tuple) -> None:
        super().__init__(QCoreApplication.translate("MapCommands", "Move {0}").format(node_id))
        self.draft, self.node_id, self.old, self.new = draft, node_id, old, new

    def redo(self) -> None:
        self.draft.set_pos(self.node_id, self.new)

    def undo(self) -> None:
        self.draft.set_pos(self.node_id, self.old)


class SetScenarioField(QUndoCommand):
    def __init__(self, draft: ScenarioDraft, key: str, value, text: str) -> None:
        super().__init__(text)
        self.draft, self.key, self.value = draft, key, copy.deepcopy(value)
        self.old = copy.deepcopy(draft.data.get(key))

    def redo(self) -> None:
        self.draft.set_field(self.key, copy.deepcopy(self.value))

    def undo(self) -> None:
        self.draft.set_field(self.key, copy.deepcopy(self.old))
