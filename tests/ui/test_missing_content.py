"""A content folder with a kind missing says so on the page that would show it, with the folder looked in."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QLabel

from tests.conftest import ROOT
from tests.ui.test_main_window import _seed


def _notes(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.objectName() == "MissingContent" and w.isVisible()]


def _shown_note(qtbot, widget) -> str:
    """The page reads off the GUI thread: wait, as a person would, for what it shows."""
    qtbot.waitUntil(lambda: len(_notes(widget)) == 1, timeout=10000)
    return _notes(widget)[0]


def test_pages_say_what_is_missing_and_where_it_is_looked_for(make_window, sqlite_url, monkeypatch, tmp_path,
                                                              qtbot):
    content = tmp_path / "content"
    content.mkdir()
    for name in ("competencies.yaml", "articles", "phrases"):  # no scenarios/, no quizzes/
        source = ROOT / "content" / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, content / name)
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window(db=sqlite_url, content=str(content))
    window.choose_trainee(0)

    window.show_page("roleplay")
    note = _shown_note(qtbot, window.pages["roleplay"])
    assert "没有找到情景演练" in note and (content / "scenarios").as_posix() in note

    window.show_page("lessons")
    lessons = window.pages["lessons"]
    assert lessons.lesson_list.count() == 16 and lessons.article_id  # the lessons are there, and one is open
    note = _shown_note(qtbot, lessons)
    assert "没有测验题" in note and (content / "quizzes").as_posix() in note
    assert not lessons.check_button.isEnabled()

    window.show_page("quizzes")
    note = _shown_note(qtbot, window.pages["quizzes"])
    assert "手写题目" in note and (content / "quizzes").as_posix() in note


def test_the_shipped_content_shows_no_such_note(make_window, sqlite_url, monkeypatch, qtbot):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window(db=sqlite_url)
    window.choose_trainee(0)
    window.show_page("roleplay")
    page = window.pages["roleplay"]
    qtbot.waitUntil(lambda: any(w.objectName() == "CardTitle" for w in page.findChildren(QLabel)), timeout=10000)
    assert _notes(page) == []
    for name in ("lessons", "quizzes"):
        window.show_page(name)
        qtbot.wait(200)
        assert _notes(window.pages[name]) == []
