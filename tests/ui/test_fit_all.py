"""All the content fits: every question of the bank (every type, both languages), every lesson, every role-play
step and every ending's debrief, drawn in the real widgets of one window per language and screen, at 1024×600 with
the normal text size and at 1366×768 with the largest (2.0×). The window's minimum size never exceeds the screen,
no label with text is narrower than its first word, and no answer option is cut (its height is what its wrapped
text needs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from trainer.engine.questions import shown as make_shown
from trainer.engine.scenario import ScenarioRun
from trainer.services.roleplay import PlayView
from trainer.ui import style
from trainer.ui.widgets.debrief import Debrief
from trainer.ui.widgets.quiz_runner import QuizRunner
from trainer.ui.widgets.scenario_player import ScenarioPlayer
from trainer.ui.widgets.wrapping import first_word

SETTINGS = [("zh", 1.0, (1024, 600)), ("en", 1.0, (1024, 600)), ("zh", 2.0, (1366, 768)), ("en", 2.0, (1366, 768))]


def _plain(label: QLabel) -> str:
    text = label.text()
    if "<" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def problems(window, screen, what: str) -> list[str]:
    for _ in range(3):
        QApplication.processEvents()
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > screen[0] or hint.height() > screen[1]:
        found.append(f"{what}: the window needs {hint.width()}×{hint.height()}")
    page = window.stack.currentWidget()
    for label in page.findChildren(QLabel):
        if not label.isVisible() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        word = first_word(_plain(label))
        if word and label.width() < QFontMetrics(label.font()).horizontalAdvance(word):
            found.append(f"{what}: label {word!r}… is {label.width()} px wide")
    runner = page.findChild(QuizRunner)
    if runner is not None and runner.isVisible():
        for button in runner.form.buttons:
            if button.height() < button.heightForWidth(button.width()):
                found.append(f"{what}: option {button.text()[:20]!r} cut ({button.height()} px)")
    return found


@pytest.mark.parametrize("locale,zoom,screen", SETTINGS, ids=[f"{s[0]}-{s[1]}x-{s[2][0]}" for s in SETTINGS])
def test_all_content_fits(make_window, monkeypatch, qtbot, locale, zoom, screen):
    monkeypatch.setenv("TRAINER_TTS", "off")
    window = make_window(locale=locale)
    window.state.prefs.set("view/zoom", zoom)
    style.apply(QApplication.instance(), zoom, locale)
    window._fit_nav()
    window.resize(*screen)
    found: list[str] = []
    try:
        # every question, in the quizzes page's own runner
        page = window.pages["quizzes"]
        window.show_page("quizzes")
        shown = [make_shown(q, 3) for q in sorted(window.state.bank.values(), key=lambda q: q.id)]
        assert {s.question.type for s in shown} >= {"single", "true-false", "multiple", "numeric", "match", "order",
                                                     "rewrite"}
        runner = QuizRunner(shown, locale)
        page.stack.addWidget(runner)
        page.stack.setCurrentWidget(runner)
        page.title.hide()
        page.subtitle.hide()
        for i, s in enumerate(shown):
            runner.index = i
            runner._show_question()
            found += problems(window, screen, f"question {s.question.id}")
        page.stack.removeWidget(runner)
        runner.deleteLater()
        # every lesson
        lessons = window.pages["lessons"]
        window.show_page("lessons")
        for article_id in window.state.catalog.articles:
            lessons.open_lesson(article_id)
            found += problems(window, screen, f"lesson {article_id}")
        # every role-play step (its choices, the longest content), and every ending's debrief
        roleplay = window.pages["roleplay"]
        window.show_page("roleplay")
        for scenario in window.state.catalog.scenarios.values():
            for node_id, node in scenario.nodes.items():
                engine_run = ScenarioRun(scenario)
                engine_run._node_id = node_id  # the step as the service's view of a play shows it
                run = PlayView.of(0, engine_run, "")
                widget = Debrief(run, locale, {}) if node.ending is not None else ScenarioPlayer(run, locale, {})
                roleplay.stack.addWidget(widget)
                roleplay.stack.setCurrentWidget(widget)
                found += problems(window, screen, f"role-play {scenario.id}:{node_id}")
                roleplay.stack.removeWidget(widget)
                widget.deleteLater()
    finally:
        style.apply(QApplication.instance(), 1.0, locale)
    assert not found, "\n".join(found[:40]) + f"\n({len(found)} problems)"


def test_long_titles_end_in_an_ellipsis_with_the_full_title_in_the_tooltip(make_window, sqlite_url, monkeypatch,
                                                                           qtbot):
    from tests.ui.conftest import open_page, settle

    window, page = open_page(make_window, sqlite_url, monkeypatch, "quizzes")
    window.set_locale("en")
    window.resize(1024, 600)
    page.rebuild_start()
    settle(qtbot)
    topics = page.setup.topics
    assert topics.textElideMode() == Qt.TextElideMode.ElideRight
    assert topics.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert topics.count() and all(topics.item(i).toolTip() == topics.item(i).text() for i in range(topics.count()))
    window.show_page("lessons")
    lessons = window.pages["lessons"].lesson_list
    cut = [lessons.item(i) for i in range(lessons.count())
           if lessons.fontMetrics().horizontalAdvance(lessons.item(i).text()) > lessons.viewport().width() - 40]
    assert cut  # "Bearing and a…": some English titles are longer than the list at 1024 px
    assert all(item.toolTip().startswith(item.text() + "\n") for item in cut)
    title = window.top.app_title
    assert title.accessibleName() == "Service Conduct Trainer"
