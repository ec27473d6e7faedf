"""Render the README pictures (zh) offscreen: `.venv/bin/python tools/readme_screenshots.py`."""

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

from PySide6.QtCore import QEventLoop  # noqa: E402

from trainer.config import Settings  # noqa: E402
from trainer.services.context import open_services  # noqa: E402
from trainer.ui.app import build  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> None:
    url = f"sqlite:///{data}/readme.sqlite3"
    services = open_services(url)
    services.profiles.create_manager("陈经理", "demo-passcode")
    services.profiles.add_trainee("王小明")
    services.close()
    app, window = build(Settings.resolve(db=url, locale="zh"))
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
    shot("home-zh.png")
    window.show_page("lessons")
    window.pages["lessons"].open_lesson("data-security")
    shot("lesson-zh.png")
    page = window.pages["roleplay"]
    window.show_page("roleplay")
    page.start("data-risk-repair")
    page.player.choose("greet_reproduce")
    page.player.show_node()
    page.player.choose("format_now")
    shot("roleplay-step-zh.png")
    page.player.show_node()
    shot("roleplay-end-zh.png")
    from trainer.engine.quiz import QuizSpec

    quizzes = window.pages["quizzes"]
    window.show_page("quizzes")
    quizzes.start(QuizSpec(kinds=("spot",), count=5))
    shot("quiz-zh.png")


if __name__ == "__main__":
    main()
