"""The content library's figures: publishing the whole reference content as the organisation's (≤ 1 s), opening
the lesson editor on the largest lesson (≤ 200 ms), and the longest event-loop stall while typing in the source
view with live validation (≤ 50 ms).

Run alone:  PYTHONPATH=. QT_QPA_PLATFORM=offscreen python -m trainer.ui.benches.library
"""

from __future__ import annotations

import statistics
import time
from functools import partial


def _publish_times(url: str, content, runs: int) -> list[float]:
    from trainer.content.library import reference_files
    from trainer.services.context import open_services

    services = open_services(url, content_dir=content)
    lib = services.library
    files = reference_files(content)
    times = []
    try:
        for run in range(runs):
            for path, file in files.items():  # every reference item as the organisation's draft (not timed)
                text = file.read_text(encoding="utf-8")
                lib.save_draft(path, text if run % 2 == 0 else text + "\n", "bench")
            start = time.perf_counter()
            lib.publish("bench", f"run {run}")
            times.append((time.perf_counter() - start) * 1000)
    finally:
        services.close()
    return times


def _largest_lesson(catalog) -> str:
    return max(catalog.articles.values(), key=lambda a: len(a.texts["zh"].clauses)).id


def measure(ctx) -> list:
    from PySide6.QtWidgets import QApplication

    from trainer.ui.bench import Figure, StallMeter
    from trainer.ui.ops import CallOp

    content = ctx.settings.content_dir
    runs = max(ctx.runs, 3)
    figures = []
    times = _publish_times(f"sqlite:///{ctx.work / 'library.sqlite3'}", content, runs)
    publish, first = statistics.median(times), times[0]  # the first parses every file; later ones reuse units
    figures.append(Figure("library: publish the whole reference (SQLite)", publish, "ms", 1000, publish <= 1000))
    figures.append(Figure("library: publish the whole reference, first in the process", first, "ms", 1000,
                          first <= 1000))
    if ctx.pg_url:
        from trainer.services.scratch import scratch_database

        with scratch_database(ctx.pg_url) as url:  # not the given database: a publish there would change it
            pg = statistics.median(_publish_times(url, content, runs))
        figures.append(Figure("library: publish the whole reference (PostgreSQL)", pg, "ms", 1000, pg <= 1000))

    from trainer.services.context import open_services
    from trainer.ui.editors.lesson_editor import LessonEditor
    from trainer.ui.editors.source_editor import SourceEditor

    app = QApplication.instance() or QApplication([])
    services = open_services(f"sqlite:///{ctx.work / 'library-ui.sqlite3'}", content_dir=content)
    try:
        catalog = services.library.published_catalog()[1].catalog
        article = _largest_lesson(catalog)
        zh = services.library.item(f"articles/{article}.zh.md")
        en = services.library.item(f"articles/{article}.en.md")
        opened: list[float] = []
        editors: list = []

        def open_editor() -> None:
            start = time.perf_counter()
            editor = LessonEditor(services, article, zh, en, "bench", catalog)
            editor.resize(1366, 768)
            editor.show()
            editor.repaint()
            opened.append((time.perf_counter() - start) * 1000)
            editors.append(editor)

        def close_editor() -> None:
            editor = editors.pop()
            editor.check.timer.stop()
            editor.close()
            editor.deleteLater()

        meter = StallMeter()
        meter.run([f for _ in range(runs + 1) for f in (open_editor, close_editor)])
        warm = statistics.median(opened[1:])
        figures.append(Figure(f"library: open the lesson editor on the largest lesson ({article})", warm, "ms", 200,
                              warm <= 200))

        source = SourceEditor(services, zh.path, zh, "bench")
        source.resize(1366, 768)
        source.show()
        app.processEvents()
        meter.wait(lambda: not CallOp.pending())
        cursor = source.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        source.text.setTextCursor(cursor)
        text = "\n\n9.9 新增一条：客户来电须在三声内接起，并报公司名称。" * 2

        def key(ch: str) -> None:
            source.text.insertPlainText(ch)

        typing = StallMeter()
        # a keystroke every 60 ms, with pauses that start a check now and then (the check runs off the GUI thread)
        typing.run([partial(key, ch) for ch in text], settle=0.06)
        typing.wait(lambda: not CallOp.pending() and not source.check.timer.isActive() and not source.check.running)
        figures.append(Figure("library: longest stall while typing, live validation", typing.longest, "ms", 50,
                              typing.longest <= 50))
        quiz = services.library.item("quizzes/phone-conduct.yaml")
        block = quiz.text.split("questions:\n", 1)[1]
        big = "questions:\n" + block * max(1, (1 << 20) // len(block.encode()))  # about 1 MB of questions
        paste = StallMeter()
        start = time.perf_counter()
        paste.run([partial(source.text.setPlainText, big)], settle=0.05)
        paste.wait(lambda: not CallOp.pending() and not source.check.timer.isActive() and not source.check.running,
                   timeout=120)
        checked = time.perf_counter() - start
        figures.append(Figure(f"library: longest stall, 1 MB pasted and checked ({checked:.1f} s)", paste.longest,
                              "ms", None, None))
        source.close()
    finally:
        services.close()
    return figures


if __name__ == "__main__":  # pragma: no cover - run by hand
    import tempfile
    from pathlib import Path

    from trainer.config import Settings
    from trainer.ui.app import application, ensure_platform
    from trainer.ui.bench import BenchContext

    ensure_platform()
    application()
    with tempfile.TemporaryDirectory(prefix="trainer-bench-library-") as tmp:
        import os

        ctx = BenchContext(Settings.resolve(), Path(tmp), 5, False, os.environ.get("TRAINER_BENCH_PG_URL"))
        for figure in measure(ctx):
            print(figure.row())
