"""Beside the map: the findings list (a click centres and selects the step), the scenario's own fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.ui.map.fields import Bilingual, StepChooser, names
from trainer.ui.map.items import FINDING_COLOR, WARNING_COLOR


class FindingsPanel(QWidget):
    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("FindingsHeading")
        self.list = QListWidget()
        self.list.setObjectName("Findings")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.list.itemActivated.connect(self._on_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.findings: list = []
        self.kind_names: dict[str, str] = {}
        self.explanations: dict[str, str] = {}  # kind -> what it means, in the interface language

    def retranslate(self) -> None:
        self.kind_names = {
            "dangling": self.tr("Dangling link"), "unreachable": self.tr("Unreachable step"),
            "dead-end": self.tr("Dead end"), "loop": self.tr("Endless loop"),
            "flag-never-set": self.tr("Flag never set"), "unscored": self.tr("Competency never scored"),
            "ending-unreached": self.tr("Ending no path reaches"), "no-ending": self.tr("No ending"),
            "to-fill": self.tr("Left to fill"), "schema": self.tr("Not valid"), "reference": self.tr("Reference")}
        self.explanations = {
            "dangling": self.tr("A way on leads to a step that does not exist"),
            "unreachable": self.tr("No way from the start leads here"),
            "dead-end": self.tr("No choices, no typed reply, and not an ending"),
            "loop": self.tr("From here no ending can be reached"),
            "flag-never-set": self.tr("Needs a flag that no step sets"),
            "unscored": self.tr("No path scores on this competency"),
            "ending-unreached": self.tr("No play reaches this ending: the flags on its way are never all set"),
            "no-ending": self.tr("The scenario has no ending"),
            "to-fill": self.tr("Still to fill:")}

    def show_findings(self, findings) -> None:
        self.findings = list(findings)
        self.list.clear()
        for f in self.findings:
            kind = self.kind_names.get(f.kind, f.kind)
            item = QListWidgetItem(f"{kind} · {f.node or '—'}\n{self.explain(f)}")
            item.setToolTip(f.message)
            item.setData(Qt.ItemDataRole.UserRole, f.node)
            item.setForeground(QBrush(FINDING_COLOR if f.severity == "error" else QColor(WARNING_COLOR).darker(130)))
            self.list.addItem(item)
        errors = sum(1 for f in self.findings if f.severity == "error")
        self.heading.setText(self.tr("Errors: {0} · left to fill: {1}").format(errors, len(self.findings) - errors)
                             if self.findings else self.tr("No findings: every step can be played to an ending"))

    def explain(self, finding) -> str:
        if finding.kind == "to-fill":  # which field: the key path inside the step
            where = finding.message.split(": ", 1)[0]
            prefix = f"nodes.{finding.node}." if finding.node else ""
            return self.explanations.get("to-fill", "") + " " + where.removeprefix(prefix)
        return self.explanations.get(finding.kind) or finding.message

    @Slot(QListWidgetItem)
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        node = item.data(Qt.ItemDataRole.UserRole)
        if node:
            self.step_chosen.emit(node)


class ScenarioPanel(QWidget):
    """Title, summary, competencies and start: edited as one undoable change each."""

    field_edited = Signal(str, object)  # key, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.title, self.summary = Bilingual("中文", "English"), Bilingual("中文", "English")
        self.competencies = QLineEdit()
        self.start = StepChooser()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.title, self.summary, self.competencies, self.start)):
            form.addRow(label, widget)
        self.title.finished.connect(lambda: self._emit("title", self.title.get()))
        self.summary.finished.connect(lambda: self._emit("summary", self.summary.get()))
        self.competencies.editingFinished.connect(
            lambda: self._emit("competencies", names(self.competencies.text()) or None))
        self.start.activated.connect(lambda _i: self._emit("start", self.start.value()))
        self.data: dict = {}
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Title"), self.tr("Summary"), self.tr("Competencies"),
                                             self.tr("Start step"))):
            label.setText(text)

    def show_scenario(self, data: dict) -> None:
        self.data = data
        self.title.set(data.get("title"))
        self.summary.set(data.get("summary"))
        self.competencies.setText(", ".join(data.get("competencies") or []))
        self.start.set_steps(list(data.get("nodes") or {}), data.get("start"))

    def _emit(self, key: str, value) -> None:
        if value != self.data.get(key):
            self.field_edited.emit(key, value)
