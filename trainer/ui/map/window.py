"""The scenario map: a branching role-play as cards and arrows, its findings drawn and listed, a side form, undo,
"Play from here", saving through a callback (the content library's drafts and publishing, or files)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMessageBox, QScrollArea, QSplitter, QTabWidget, QToolBar, QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_draft import ScenarioDraft, new_step
from trainer.content.scenario_layout import CARD_H, CARD_W
from trainer.gcpause import collector_paused
from trainer.ui.map import commands as cmd
from trainer.ui.map.checking import DraftChecker
from trainer.ui.map.find import FindBar
from trainer.ui.map.form import StepForm
from trainer.ui.map.panels import FindingsPanel, ScenarioPanel
from trainer.ui.map.saving import MapSaver, SavingMixin
from trainer.ui.map.scene import MapScene, MapTexts
from trainer.ui.map.view import MapView, MiniMap


class ScenarioMapWindow(SavingMixin, QMainWindow):
    saved = Signal(str)  # "save" | "publish", after the saver has done it

    def __init__(self, draft: ScenarioDraft, saver: MapSaver | None, lang: str, competency_names: dict[str, str],
                 checker=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScenarioMap")
        self.draft, self.saver, self.lang, self.names, self.checker = draft, saver, lang, competency_names, checker
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        # a large map is thousands of items the window keeps: built with the collector off and then out of its
        # reach, so later collections do not walk them again while the manager pans (see trainer/gcpause.py)
        with collector_paused(freeze=True):
            draft.layout()
            self.scene = MapScene(draft, self._texts(), self)
        self.view = MapView(self.scene)
        self.minimap = MiniMap(self.scene, self.view)
        self.minimap.setFixedHeight(170)
        self.findings_panel = FindingsPanel()
        self.form = StepForm()
        self.scenario_panel = ScenarioPanel()
        self.status = QLabel()
        self.find_edit = FindBar(draft, lang, self.scene, self.status)
        self.findings: list = []

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(self.findings_panel, 1)
        left_layout.addWidget(self.minimap)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.find_edit)
        middle_layout.addWidget(self.view, 1)
        middle_layout.addWidget(self.status)
        self.side = QTabWidget()
        for widget in (self.form, self.scenario_panel):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form fits its width
            scroll.setWidget(widget)
            self.side.addTab(scroll, "")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()

        self._close_when_saved = False
        self.checker_run = DraftChecker(draft, self)
        self.checker_run.found.connect(self._show_findings)
        self.checker_run.failed.connect(self.status.setText)
        draft.listeners.append(self._on_draft_changed)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.scene.link_requested.connect(self._on_link_requested)
        self.scene.step_requested.connect(self._on_step_requested)
        self.scene.card_moved.connect(self._on_card_moved)
        self.findings_panel.step_chosen.connect(self.select_step)
        self.find_edit.step_found.connect(self.select_step)
        self.form.edited.connect(self._on_form_edited)
        self.form.rename_requested.connect(self._on_rename_requested)
        self.form.problem.connect(self.status.setText)
        self.scenario_panel.field_edited.connect(self._on_scenario_field_edited)
        self.retranslate()
        self.check_now()
        self._show_selected()
        self.resize(1366, 768)
        QTimer.singleShot(0, self.view.fit)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_sized", False):  # the map takes what the lists and the form leave
            self._sized = True
            width = max(self.width(), 800)
            side = max(self.form.minimumSizeHint().width() + 48, int(width * 0.3))
            self.splitter.setSizes([int(width * 0.17), width - side - int(width * 0.17), side])

    def _texts(self) -> MapTexts:
        speakers = {"customer": self.tr("Customer"), "trainee": self.tr("Trainee"), "narrator": self.tr("Narrator"),
                    "colleague": self.tr("Colleague"), "manager": self.tr("Manager")}
        kinds = {"choices": self.tr("choices"), "reply": self.tr("typed reply"), "ending": self.tr("ending")}
        return MapTexts(self.lang, speakers, kinds, self.names, lambda s: self.tr("timed {0} s").format(s))

    def _build_actions(self) -> None:
        bar = QToolBar()
        bar.setObjectName("MapTools")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.actions_by_name: dict[str, QAction] = {}

        def add(name: str, slot, keys=None) -> QAction:
            action = QAction(self)
            action.triggered.connect(slot)
            if keys:
                action.setShortcuts(keys if isinstance(keys, list) else [keys])
            bar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
            return action

        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(redo + [k for k in (QKeySequence("Ctrl+Y"),) if k not in redo])
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        add("new", self.new_step, QKeySequence("Ctrl+N"))
        add("delete", self.delete_selected, QKeySequence.StandardKey.Delete)
        add("play", self.play_from_here, QKeySequence("F5"))
        add("zoom_in", lambda: self.view.zoom_by(1.25), [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        add("zoom_out", lambda: self.view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        add("fit", self.view.fit, QKeySequence("Ctrl+0"))
        add("layout", self.auto_layout)
        add("find", self.show_find, QKeySequence.StandardKey.Find)
        add("twine", self.export_twine)
        add("save", self.save, QKeySequence.StandardKey.Save)
        add("publish", self.publish)
        escape = QAction(self)
        escape.setShortcut(QKeySequence("Escape"))
        escape.triggered.connect(self._on_escape)
        self.addAction(escape)

    def retranslate(self) -> None:
        labels = {"new": self.tr("New step"), "delete": self.tr("Delete"), "play": self.tr("Play from here"),
                  "zoom_in": "+", "zoom_out": "−", "fit": self.tr("Fit"),
                  "layout": self.tr("Arrange"), "find": self.tr("Find"), "save": self.tr("Save draft"),
                  "twine": self.tr("Twine…"),
                  "publish": self.tr("Publish")}
        for name, text in labels.items():
            self.actions_by_name[name].setText(text)
        self.actions_by_name["zoom_in"].setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.actions_by_name["zoom_out"].setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.actions_by_name["fit"].setToolTip(self.tr("Fit to window (Ctrl+0)"))
        self.actions_by_name["twine"].setToolTip(self.tr("Export to Twine"))
        self.actions_by_name["delete"].setToolTip(self.tr("Delete step"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.side.setTabText(0, self.tr("Step"))
        self.side.setTabText(1, self.tr("Scenario"))
        self.find_edit.setPlaceholderText(self.tr("Find in lines and choices (Enter: next, Esc: close)"))
        self.findings_panel.retranslate()
        self.findings_panel.show_findings(self.findings)
        self._update_title()

    @Slot()
    def _update_title(self, *_args) -> None:
        title = self.draft.data.get("title") or {}
        name = (title.get(self.lang) or title.get("zh") or self.draft.id) if isinstance(title, dict) else self.draft.id
        mark = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("Scenario map: {0}").format(name) + mark)

    # -- the draft changed: findings after a short pause -------------------------------------------------

    def _on_draft_changed(self, _ids: set[str]) -> None:
        self.checker_run.soon()
        self._show_selected()

    @Slot()
    def check_now(self) -> None:
        """The findings at once (on opening, before publishing)."""
        self.checker_run.now()

    @property
    def last_check_ms(self) -> float:
        return self.checker_run.last_ms

    @Slot(int, object)
    def _show_findings(self, revision: int, found) -> None:
        self.findings = found
        self.checked_revision = revision
        self.scene.set_findings(found)
        self.findings_panel.show_findings(found)

    # -- selection ---------------------------------------------------------------------------------------

    def selected_step(self) -> str | None:
        cards = [i for i in self.scene.selectedItems() if hasattr(i, "node_id")]
        return cards[0].node_id if cards else None

    @Slot(str)
    def select_step(self, node_id: str) -> None:
        card = self.scene.cards.get(node_id)
        if card is None:
            return
        self.scene.clearSelection()
        card.setSelected(True)
        self.view.centerOn(card.sceneBoundingRect().center())
        self.view.setFocus()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        node_id = self.selected_step()
        if node_id is not None and node_id not in self.draft.nodes:
            node_id = None
        self.form.show_step(node_id, self.draft.node(node_id) if node_id else None, list(self.draft.nodes))
        self.scenario_panel.show_scenario(self.draft.data)
        self.actions_by_name["delete"].setEnabled(node_id is not None)
        self.actions_by_name["play"].setEnabled(node_id is not None)

    # -- edits (each an undoable command) -------------------------------------------------------------------

    @Slot(str, object)
    def _on_form_edited(self, node_id: str, node: dict) -> None:
        self.undo_stack.push(cmd.EditStep(self.draft, node_id, node, self.tr("Edit {0}").format(node_id)))

    @Slot(str, str)
    def _on_rename_requested(self, old: str, new: str) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9]*([_-][a-z0-9]+)*", new):
            self.status.setText(self.tr("A step id is lower-case letters, digits, _ or - (e.g. calm_down)"))
        elif new in self.draft.nodes:
            self.status.setText(self.tr("There is a step '{0}' already").format(new))
        else:
            self.undo_stack.push(cmd.RenameStep(self.draft, old, new))
            self.select_step(new)
            return
        self.form.id_edit.setText(old)

    @Slot(str, object)
    def _on_scenario_field_edited(self, key: str, value) -> None:
        self.undo_stack.push(cmd.SetScenarioField(self.draft, key, value, self.tr("Edit the scenario's {0}")
                                                  .format(key)))

    @Slot(str, str)
    def _on_link_requested(self, source: str, target: str) -> None:
        after = self.draft.linked_choice(source, target)
        self.undo_stack.push(cmd.EditStep(self.draft, source, after, self.tr("Link {0} to {1}").format(source,
                                                                                                      target)))

    @Slot(str, QPointF)
    def _on_step_requested(self, source: str, at: QPointF) -> None:
        node_id = self.draft.new_id()
        spot = self.draft.spot_near(at.x(), at.y() - CARD_H / 2)
        self.undo_stack.push(cmd.AddStep(self.draft, node_id, new_step(), spot, source))
        self.select_step(node_id)

    @Slot(str, object, object)
    def _on_card_moved(self, node_id: str, old, new) -> None:
        self.undo_stack.push(cmd.MoveStep(self.draft, node_id, old, new))

    @Slot()
    def new_step(self) -> None:
        centre = self.view.visible_scene_rect().center()
        node_id = self.draft.new_id()
        spot = self.draft.spot_near(centre.x() - CARD_W / 2, centre.y() - CARD_H / 2)
        self.undo_stack.push(cmd.AddStep(self.draft, node_id, new_step(), spot, self.selected_step()))
        self.select_step(node_id)

    @Slot()
    def delete_selected(self) -> None:
        node_id = self.selected_step()
        if node_id is None:
            return
        pointing = self.draft.references_to(node_id)
        text = self.tr("Delete the step '{0}'?").format(node_id)
        if pointing:
            text += "\n\n" + self.tr("These point at it and will point nowhere (drawn red until you relink them):") \
                + "\n" + "\n".join(f"• {p}" for p in pointing)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete step"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("ConfirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(cmd.DeleteStep(self.draft, node_id))

    @Slot()
    def auto_layout(self) -> None:
        before = {n: self.draft.pos(n) for n in self.draft.nodes}
        trial = ScenarioDraft({**self.draft.data, "nodes": {k: {kk: vv for kk, vv in v.items() if kk != "pos"}
                                                            for k, v in self.draft.nodes.items()}})
        trial.layout()
        self.undo_stack.beginMacro(self.tr("Arrange the map"))
        for node_id, old in before.items():
            new = trial.pos(node_id)
            if new != old:
                self.undo_stack.push(cmd.MoveStep(self.draft, node_id, old, new))
        self.undo_stack.endMacro()
        self.view.fit()

    @Slot()
    def show_find(self) -> None:
        self.find_edit.open()

    @Slot()
    def _on_escape(self) -> None:
        if self.find_edit.isVisible():
            self.find_edit.close_bar()
            self.view.setFocus()

    # -- play, save, publish -----------------------------------------------------------------------------

    @Slot()
    def play_from_here(self) -> None:
        from trainer.ui.map.play import play_from_here

        play_from_here(self)

    @Slot()
    def export_twine(self, path=None) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from trainer.content.twee_files import write_twee
        from trainer.errors import TrainerError
        from trainer.ui.dialogs.errors import show_error

        path = path or QFileDialog.getSaveFileName(self, self.tr("Export to Twine"), f"{self.draft.id}.twee",
                                                   self.tr("Twee 3 (*.twee *.tw)"))[0]
        try:
            path and write_twee(self.draft.data, path)
        except TrainerError as exc:
            show_error(self, exc)
            return False
        self.status.setText(self.tr("Written: {0}").format(path) if path else "")
        return bool(path)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save the changes to this scenario as a draft?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                self._close_when_saved = self.save()  # closes once the saver says it is done
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.checker_run.stop()
        self.draft.listeners.clear()
        super().closeEvent(event)

