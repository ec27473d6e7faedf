"""Render the README pictures (zh) offscreen: `.venv/bin/python tools/readme_screenshots.py`.

`--locale en --out DIR` renders the same views in English into DIR, to look at (the README shows Chinese)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.*=false")

data = tempfile.mkdtemp(prefix="trainer-readme-")
os.environ["TRAINER_DATA_DIR"] = data
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt  # noqa: E402

from trainer.config import Settings  # noqa: E402
from trainer.services.context import open_services  # noqa: E402
from trainer.ui.app import build  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LOCALE = "zh"
for flag, value in zip(sys.argv[1::2], sys.argv[2::2]):
    if flag == "--locale":
        LOCALE = value
    elif flag == "--out":
        OUT = Path(value)


def main() -> None:
    url = f"sqlite:///{data}/readme.sqlite3"
    services = open_services(url)
    services.profiles.create_manager("陈经理", "demo-passcode")
    services.profiles.add_trainee("王小明")
    services.close()
    app, window = build(Settings.resolve(db=url, locale=LOCALE))
    window.resize(1366, 768)
    window.show()
    loop = QEventLoop()
    window.start_finished.connect(loop.quit)
    window.start()
    loop.exec()
    window.choose_trainee(0)

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / name))
        print(OUT / name)

    window.show_page("home")
    shot(f"home-{LOCALE}.png")
    window.show_page("lessons")
    window.pages["lessons"].open_lesson("data-security")
    shot(f"lesson-{LOCALE}.png")
    page = window.pages["roleplay"]
    window.show_page("roleplay")
    page.start("data-risk-repair")
    page.player.choose("greet_reproduce")
    page.player.show_node()
    page.player.choose("format_now")
    shot(f"roleplay-step-{LOCALE}.png")
    page.player.show_node()
    shot(f"roleplay-end-{LOCALE}.png")
    from trainer.engine.quiz import QuizSpec

    quizzes = window.pages["quizzes"]
    window.show_page("quizzes")
    quizzes.start(QuizSpec(kinds=("spot",), count=5))
    shot(f"quiz-{LOCALE}.png")
    classroom(window)

    # the manager's views, over a demo cohort
    from PySide6.QtTest import QTest

    from trainer.content.loader import load_catalog
    from trainer.services.demo import fill

    fill(window.state.services, load_catalog(window.state.settings.content_dir).catalog, trainees=60, seed=3,
         passcode="demo-passcode")
    manager = window.pages["manager"]
    window.show_page("manager")
    manager.session = window.state.services.manager.unlock("demo-passcode")
    manager._on_dialog_accepted()
    for _ in range(100):
        QTest.qWait(50)
        if manager.model.rowCount():
            break
    manager.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    shot(f"dashboard-{LOCALE}.png")
    row = next(r for r in range(manager.model.rowCount())
               if manager.model.data(manager.model.index(r, 0), manager.model.RowRole).plays)
    manager._on_row_opened(manager.model.index(row, 0))
    shot(f"trainee-{LOCALE}.png")
    pdf_page(manager, row)


def classroom(window) -> None:
    """The audience's screen on a projector: a role-play step revealed (1920×1080), a room quiz (1024×768), and
    the presenter's console beside it."""
    from PySide6.QtWidgets import QApplication

    page = window.pages["classroom"]
    window.show_page("classroom")
    page.scenario.setCurrentIndex(page.scenario.findData("upset-customer"))
    page.start_roleplay()
    controller = page.console.controller
    for index, votes in ((0, 17), (1, 6), (2, 3)):
        controller.vote(index, votes)
    controller.reveal()

    def audience(name: str, width: int, height: int) -> None:
        view = page.console.audience.view
        page.console.audience.showNormal()
        page.console.audience.resize(width, height)
        for _ in range(3):
            QApplication.processEvents()
        view.grab().save(str(OUT / name))
        print(OUT / name)

    audience(f"audience-roleplay-1920x1080-{LOCALE}.png", 1920, 1080)
    window.grab().save(str(OUT / f"console-{LOCALE}.png"))
    print(OUT / f"console-{LOCALE}.png")
    page.console.end()
    page.count.setValue(8)
    page.teams.setText("红队、蓝队、绿队" if LOCALE == "zh" else "Red, Blue, Green")
    page.start_quiz()
    controller = page.console.controller
    for index, votes in ((0, 3), (1, 14), (2, 2), (3, 1)):
        controller.vote(index, votes)
    controller.reveal()
    audience(f"audience-quiz-1024x768-{LOCALE}.png", 1024, 768)
    page.console.end()


def pdf_page(manager, row) -> None:
    """Page 1 of the trainee's PDF report, drawn with QtPdf, as the README shows it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from trainer.engine.mastery import ReadyRule
    from trainer.ui import report_pdf

    state = manager.state
    r = manager.model.data(manager.model.index(row, 0), manager.model.RowRole)
    attempts = [a for a in state.services.reports.attempts(manager.session, trainee=r.name) if a.kind != "role-play"]
    path = Path(data) / "report.pdf"
    report_pdf.trainee_report(path, r, attempts, state.services.roleplay.attempts(r.id), state.catalog, LOCALE,
                              manager._names(), ReadyRule().ready(r, len(state.catalog.articles)))
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(794, 1123))
    image.save(str(OUT / f"report-{LOCALE}.png"))
    print(OUT / f"report-{LOCALE}.png")


if __name__ == "__main__":
    main()
