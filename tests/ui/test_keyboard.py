"""Keyboard only: a quiz of every question type, a lesson check, a role-play with a typed step and a review
session, asserting where the focus is after each step; Alt+1...8 still switch pages while a question is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import best_choice, open_page, settle, type_text
from trainer.engine.questions import shown as make_shown
from trainer.engine.quiz import QuizSpec

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a person presses it: to whatever has the focus."""
    qtbot.keyClick(focus(), key, modifier)
    settle(qtbot)


def digit(qtbot, n: int) -> None:
    press(qtbot, str(n))


def one_of_each_type(bank) -> list:
    picked, seen = [], set()
    for q in sorted(bank.values(), key=lambda q: q.id):
        if q.type not in seen:
            seen.add(q.type)
            picked.append(make_shown(q, 7))
    return picked


def answer_by_keys(qtbot, runner) -> None:
    """Answer the question on screen with the keyboard only, starting where the focus is put."""
    shown, form = runner.shown[runner.index], runner.form
    q = shown.question
    chain = form.focus_chain()
    assert focus() is chain[0], (q.type, focus())
    if q.type in ("single", "true-false"):
        place = shown.order.index(q.answer) if q.type == "single" else (0 if q.answer else 1)
        digit(qtbot, place + 1)
        assert form.buttons[place].isChecked()
    elif q.type == "multiple":
        for place, index in enumerate(shown.order):
            if index in q.answer:
                digit(qtbot, place + 1)
        assert sorted(form.answer()) == sorted(q.answer)
    elif q.type == "numeric":
        qtbot.keyClicks(focus(), f"{q.answer:g}")
    elif q.type == "match":
        for i, (combo, index) in enumerate(zip(form.matches, q.answer)):
            assert focus() is combo
            for _ in range(combo.findData(index)):
                press(qtbot, Qt.Key.Key_Down)
            if i + 1 < len(form.matches):
                press(qtbot, Qt.Key.Key_Tab)
        assert form.answer() == list(q.answer)
    elif q.type == "order":
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Up, ALT)  # the second step moved up by keyboard
    elif q.type == "rewrite":
        type_text(qtbot, form.text_edit, "对不起，我马上帮您问清楚，稍后给您回电话。")
        press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the box (it types no tab) and lands on Check
        assert focus() is runner.check_button and "\t" not in form.text_edit.toPlainText()
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert focus() is form.text_edit
        press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Return checks from the box
        return
    if q.type not in ("match", "order"):
        # Tab from the last answer widget reaches Check in one press
        chain[-1].setFocus()
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is runner.check_button
        chain[0].setFocus()
    press(qtbot, Qt.Key.Key_Return)


def test_a_quiz_of_every_type_by_keyboard_alone(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = open_page(make_window, sqlite_url, monkeypatch, "quizzes")
    shown = one_of_each_type(window.state.bank)
    assert {s.question.type for s in shown} >= {"single", "true-false", "multiple", "numeric", "match", "order",
                                                 "rewrite"}
    trainee = window.state.trainee.id
    attempt = window.state.services.quizzes.start(trainee, "practice", "keys", "zh", [s.question.id for s in shown],
                                                  7, 0.8, QuizSpec(), None)
    page._on_started(shown, QuizSpec(), attempt)
    settle(qtbot)
    runner = page.runner
    for _ in shown:
        answer_by_keys(qtbot, runner)
        qtbot.waitUntil(lambda: runner.feedback.isVisible())
        assert focus() is runner.check_button  # on "Next question" once checked
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    assert focus() is page.back_button  # the result's own button, not the trainee box
    assert "题，共 7 题" in page.result.toPlainText()


def test_alt_digits_switch_pages_while_a_question_is_shown(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = open_page(make_window, sqlite_url, monkeypatch, "quizzes")
    page.start(QuizSpec(kinds=("classify",), count=2))
    settle(qtbot)
    assert focus() is page.runner.form.buttons[0]
    press(qtbot, Qt.Key.Key_2, ALT)
    assert window.stack.currentWidget() is window.pages["lessons"]


def test_a_lesson_check_by_keyboard_alone(make_window, sqlite_url, monkeypatch, qtbot):
    from tests.ui.test_lessons import answer_rightly

    window, page = open_page(make_window, sqlite_url, monkeypatch, "lessons")
    page.open_lesson("phone-conduct")
    page.check_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    check = page.check
    assert check is not None and focus() is check.form.focus_chain()[0]  # not the toolbar button
    for n, _ in enumerate(check.shown):
        answer_rightly(qtbot, check.form, check.shown[check.index])
        press(qtbot, Qt.Key.Key_Return)  # Return checks
        qtbot.waitUntil(lambda: check.feedback.isVisible())
        assert focus() is check.check_button
        if n == 0:
            press(qtbot, Qt.Key.Key_Tab)  # the clause link in the feedback is a Tab stop, Return opens it
            assert focus() is check.feedback
            press(qtbot, Qt.Key.Key_Return)
            assert page.center_stack.currentWidget() is not page.check_holder  # the lesson, at the clause
            page.check_button.setFocus()
            press(qtbot, Qt.Key.Key_Space)  # "Back to the check"
            assert page.center_stack.currentWidget() is page.check_holder and focus() is check.check_button
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.center_stack.currentIndex() == 2)
    assert focus() is page.again_button


def test_a_role_play_with_a_typed_step_by_keyboard_alone(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = open_page(make_window, sqlite_url, monkeypatch, "roleplay")
    scenario = next(s for s in window.state.catalog.scenarios.values()
                    if any(n.reply is not None for n in s.nodes.values()))
    page.start(scenario.id)
    settle(qtbot)
    player = page.player
    typed = False
    while not player.run.finished:
        run = player.run
        if run.node.reply is not None:
            assert focus() is player.reply_edit
            type_text(qtbot, player.reply_edit, "，".join(e.patterns["zh"][0] for e in run.node.reply.expect))
            press(qtbot, Qt.Key.Key_Return, CTRL)
            typed = True
        else:
            assert focus() is player.choice_buttons[0]
            digit(qtbot, [c.id for c in run.choices()].index(best_choice(run)) + 1)
        qtbot.waitUntil(lambda: player.continue_button.isVisible())
        assert focus() is player.continue_button
        press(qtbot, Qt.Key.Key_Return)
    assert typed
    qtbot.waitUntil(lambda: page.debrief is not None and page.debrief.isVisible())
    assert focus() is page.debrief.again  # Play again first, before the path's links
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.debrief.path


def test_a_review_session_by_keyboard_alone(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = open_page(make_window, sqlite_url, monkeypatch, "quizzes")
    page.start(QuizSpec(kinds=("classify",), count=2, feedback="end"))
    settle(qtbot)
    runner = page.runner
    for _ in range(2):  # both wrong: two cards due
        shown = runner.shown[runner.index]
        digit(qtbot, shown.order.index(1 - shown.question.answer) + 1)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    press(qtbot, Qt.Key.Key_5, ALT)
    review = window.pages["review"]
    qtbot.waitUntil(lambda: review.current is not None)
    assert focus() is review.show_button
    press(qtbot, Qt.Key.Key_Space)
    assert review.back.isVisible() and focus() is review.rate_buttons[2]
    review.rate_buttons[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)  # Space on a focused rating button rates with it
    qtbot.waitUntil(lambda: review.count.text() == "现在有 1 张卡到期")
    assert focus() is review.show_button
    window.top.language.setFocus()  # the top bar keeps its own Space
    press(qtbot, Qt.Key.Key_Space)
    assert not review.back.isVisible()
