"""The scenario map's figures: a generated 500-step scenario opens in ≤ 1 s, an edit redraws in ≤ 50 ms, panning
never stalls the event loop more than 16 ms; and the findings come back within 200 ms of an edit."""

from __future__ import annotations

import statistics
import time
from functools import partial

from trainer.ui.bench import Figure, StallMeter

STEPS = 500


def _settle(app, rounds: int = 3) -> None:
    from PySide6.QtCore import QEvent

    for _ in range(rounds):
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # closed maps go now, not in a measured loop


def measure(ctx) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from trainer.content.scenario_draft import ScenarioDraft
    from trainer.content.scenario_templates import generated
    from trainer.ui.map import commands as cmd
    from trainer.ui.map.window import ScenarioMapWindow

    app = QApplication.instance()
    names = {"communication": "沟通", "process": "流程"}
    runs = max(ctx.runs, 3)
    opens: list[float] = []
    windows = []
    for _ in range(runs):
        data = generated(STEPS)
        started = time.perf_counter()
        window = ScenarioMapWindow(ScenarioDraft(data), None, "zh", names)
        window.resize(1366, 768)
        window.show()
        window.view.fit()
        window.view.viewport().repaint()
        window.minimap.viewport().repaint()
        opens.append((time.perf_counter() - started) * 1000)
        windows.append(window)
        _settle(app)
    for window in windows[:-1]:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
    window = windows[-1]
    _settle(app)
    # edits as the side form and a drag make them, at the zoom a person edits at, each drawn before the clock stops
    view, draft = window.view, window.draft
    view.resetTransform()
    view.centerOn(window.scene.cards["s250"].sceneBoundingRect().center())
    _settle(app)
    edits: list[float] = []
    checks: list[float] = []
    for i in range(max(runs, 5) * 2):
        node_id = f"s{250 + (i % 5)}"
        after = dict(draft.node(node_id))
        after["text"] = {"zh": f"改过的台词 {i}", "en": f"An edited line {i}"}
        started = time.perf_counter()
        window.undo_stack.push(cmd.EditStep(draft, node_id, after, "edit"))
        view.viewport().repaint()
        edits.append((time.perf_counter() - started) * 1000)
        revision = draft.revision
        started = time.perf_counter()
        deadline = started + 5
        while getattr(window, "checked_revision", -1) < revision and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        checks.append((time.perf_counter() - started) * 1000 + 40)  # the check starts 40 ms after the edit
    meter = StallMeter()
    view.resetTransform()
    view.centerOn(0, 0)
    _settle(app)

    meter.run([partial(view.pan, 60 if (i // 20) % 2 == 0 else -60, 25) for i in range(80)], settle=0.005)
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    _settle(app)
    med = statistics.median
    return [
        Figure(f"scenario map: open a {STEPS}-step scenario", med(opens), "ms", 1000, med(opens) <= 1000),
        Figure("scenario map: an edit redrawn", med(edits), "ms", 50, med(edits) <= 50),
        Figure("scenario map: findings after an edit", med(checks), "ms", 200, med(checks) <= 200),
        Figure("scenario map: longest stall while panning", meter.longest, "ms", 16, meter.longest <= 16),
    ]
