"""Lesson open and role-play step, painted, with the longest event-loop stall meanwhile (`trainer bench`)."""

from __future__ import annotations

import tempfile
import time
from functools import partial
from pathlib import Path

from trainer.ui.bench import BenchContext, Figure, StallMeter, _median


def measure(ctx: BenchContext) -> list[Figure]:
    return measure_ui(ctx.settings.content_dir, ctx.runs)


def measure_ui(content: Path, runs: int) -> list[Figure]:
    """Lesson open and scenario step, painted, each run from the event loop, with the longest stall meanwhile."""
    from PySide6.QtWidgets import QApplication

    from trainer.content.loader import load_catalog
    from trainer.content.render import render_lesson
    from trainer.services.content import FileContent
    from trainer.services.context import open_services
    from trainer.ui.widgets.lesson_view import LessonView
    from trainer.ui.widgets.scenario_player import ScenarioPlayer

    app = QApplication.instance() or QApplication([])
    loaded = load_catalog(content)
    catalog = loaded.catalog
    view = LessonView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    articles = catalog.sorted_articles()
    timings: list[float] = []

    def open_lesson(i: int) -> None:
        start = time.perf_counter()
        view.show_html(render_lesson(articles[i % len(articles)], "zh", catalog).html)  # as the page renders it
        view.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)

    meter = StallMeter()
    meter.run([partial(open_lesson, i) for i in range(max(runs, 5) + 1)])
    first, warm = timings[0], _median(timings[1:])
    steps: list[float] = []
    players: list = []
    folder = tempfile.TemporaryDirectory(prefix="trainer-bench-ui-")
    services = open_services(f"sqlite:///{folder.name}/ui.sqlite3", FileContent.of(loaded, content))
    trainee = services.profiles.add_trainee("bench")

    # the service's part (in the app it runs off the GUI thread, CallOp) is done before the measured loop
    plays = []
    for _ in range(max(runs, 5)):
        view = services.roleplay.start(trainee.id, "data-risk-repair", "zh")
        plays.append((view, services.roleplay.choose(view.attempt_id, "greet_reproduce")))

    def new_player() -> None:
        player = ScenarioPlayer(plays[len(players)][0], "zh", {})
        player.resize(1100, 700)
        player.show()
        players.append(player)

    def step() -> None:  # the move's outcome to the next step painted
        player = players[-1]
        outcome = plays[len(players) - 1][1]
        start = time.perf_counter()
        player.show_outcome(outcome)
        player.show_node()
        player.repaint()
        steps.append((time.perf_counter() - start) * 1000)
        player.close()
        player.deleteLater()

    meter.run([f for _ in range(max(runs, 5)) for f in (new_player, step)])
    app.processEvents()
    services.close()
    folder.cleanup()
    return [
        Figure("lesson open, first in the process", first, "ms", 60, first <= 60),
        Figure("lesson open (Markdown to painted)", warm, "ms", 16, warm <= 16),
        Figure("scenario step (choice to next step painted)", _median(steps), "ms", 16, _median(steps) <= 16),
        Figure("longest event-loop stall: lessons and role-play", meter.longest, "ms", 50, meter.longest <= 50),
    ]
