"""Quizzes and review as a trainee meets them: practice, countdowns, resume after a crash, assessments."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from tests.conftest import ROOT
from tests.ui.conftest import settle, open_page, type_text
from tests.ui.test_lessons import answer_rightly
from tests.ui.test_main_window import _seed
from trainer.engine.quiz import QuizSpec
from trainer.services.context import open_services


def quiz_window(make_window, sqlite_url, monkeypatch):
    return open_page(make_window, sqlite_url, monkeypatch, "quizzes")


def answer_current(qtbot, runner, rightly=True):
    shown = runner.shown[runner.index]
    if shown.question.type == "rewrite":
        type_text(qtbot, runner.form.text_edit, "对不起，我马上帮您问清楚，稍后给您回电话。" if rightly else "随便")
    elif shown.question.type == "match":
        for combo, index in zip(runner.form.matches, shown.question.answer):
            combo.setCurrentIndex(combo.findData(index))
    else:
        answer_rightly(qtbot, runner.form, shown)


def test_a_practice_quiz_to_the_result(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    page.setup.count.setValue(6)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert len(runner.shown) == 6
    for _ in range(6):
        answer_current(qtbot, runner)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
        assert runner.feedback.isVisible()
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    text = page.result.toPlainText()
    assert "答对 6 题，共 6 题" in text and "通过。" in text
    services = open_services(sqlite_url)
    try:
        assert services.quizzes.unfinished(window.state.trainee.id) is None
        assert services.review.due_count(window.state.trainee.id) == 0
    finally:
        services.close()


def test_wrong_answers_come_back_in_review_and_are_rated_with_keys(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    page.start(QuizSpec(kinds=("classify",), count=2, feedback="end"))
    settle(qtbot)
    runner = page.runner
    for _ in range(2):
        shown = runner.shown[runner.index]
        wrong_place = shown.order.index(1 - shown.question.answer)
        runner.form.buttons[wrong_place].setFocus()
        qtbot.keyClick(runner.form.buttons[wrong_place], Qt.Key.Key_Space)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    assert "答对 0 题，共 2 题" in page.result.toPlainText()
    window.set_locale("en")  # the result page follows the language
    assert "答对" not in page.result.toPlainText() and "2" in page.result.toPlainText()
    window.set_locale("zh")
    settle(qtbot)
    assert "答对 0 题，共 2 题" in page.result.toPlainText()
    window.show_page("home")
    settle(qtbot)
    assert window.pages["home"].review_number.text() == "2"
    window.show_page("review")
    settle(qtbot)
    review = window.pages["review"]
    assert review.count.text() == "现在有 2 张卡到期" and review.front.text().startswith("“")
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.back.isVisible() and all(b.isVisible() for b in review.rate_buttons)
    card = review.current[0]
    window.set_locale("en")  # the same card, its answer still shown, in English
    assert review.current[0] == card and review.back.isVisible() and review.count.text() == "2 cards due now"
    window.set_locale("zh")
    settle(qtbot)
    assert review.back.isVisible()
    window.show_page("home")  # and switched while on another page
    window.set_locale("en")
    settle(qtbot)
    window.show_page("review")
    settle(qtbot)
    assert review.current[0] == card and review.back.isVisible()
    window.set_locale("zh")
    settle(qtbot)
    qtbot.keyClick(review, Qt.Key.Key_3)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    qtbot.keyClick(review, Qt.Key.Key_1)
    assert review.count.text() == "现在没有到期的卡。"
    services = open_services(sqlite_url)
    try:
        ratings = [r for _, r, _ in services.review.history(window.state.trainee.id)]
        due = services.review.due(window.state.trainee.id)
    finally:
        services.close()
    assert ratings == [3, 1]
    assert due == []  # "again" is due in minutes, not now


def test_running_out_of_time_per_question_moves_on(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    page.start(QuizSpec(kinds=("true-false",), count=2, per_question_s=1))
    settle(qtbot)
    runner = page.runner
    assert "本题剩余" in runner.clock_label.text()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=6000)
    assert "答对 0 题，共 2 题" in page.result.toPlainText()
    services = open_services(sqlite_url)
    try:
        answers = services.quizzes.answers(page.attempt_id)
    finally:
        services.close()
    assert len(answers) == 2 and all(a == (None, False) for a in answers.values())


def test_the_whole_quiz_time_limit_ends_it(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    spec = QuizSpec(kinds=("fact",), count=4, time_limit_s=2)
    page.start(spec)
    settle(qtbot)
    runner = page.runner
    answer_current(qtbot, runner)
    qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=6000)
    assert "答对 1 题，共 4 题" in page.result.toPlainText()


RESUME_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop
    from trainer.config import Settings
    from trainer.engine.quiz import QuizSpec
    from trainer.ui.app import build
    from PySide6.QtTest import QTest
    from trainer.ui.ops import CallOp

    def settle():
        while CallOp.pending():
            QTest.qWait(10)

    app, window = build(Settings.resolve(db=sys.argv[1], locale="zh"))
    window.show()
    loop = QEventLoop(); window.start_finished.connect(loop.quit); window.start(); loop.exec()
    window.choose_trainee(0)
    settle()
    window.show_page("quizzes")
    settle()
    page = window.pages["quizzes"]
    page.start(QuizSpec(kinds=("true-false",), count=5, time_limit_s=600))
    settle()
    runner = page.runner
    for _ in range(int(sys.argv[2])):
        QTest.qWait(700)  # a trainee takes a moment to answer
        shown = runner.shown[runner.index]
        runner.form.buttons[0 if shown.question.answer else 1].click()
        runner.check_button.click()   # answer (committed now)
        settle()
        runner.check_button.click()   # next question
    print(",".join(s.question.id for s in runner.shown), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_quiz_killed_mid_way_resumes_where_it_stopped(make_window, sqlite_url, monkeypatch, qtbot, tmp_path):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    run = subprocess.run([sys.executable, "-c", RESUME_SCRIPT, sqlite_url, "3"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ})
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]
    order = run.stdout.strip().splitlines()[-1].split(",")
    window = make_window()
    window.choose_trainee(0)
    settle(qtbot)
    window.show_page("quizzes")
    settle(qtbot)
    page = window.pages["quizzes"]
    resume = next(b for b in page.start_page.findChildren(QPushButton) if b.text() == "继续作答(&R)")
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert [s.question.id for s in runner.shown] == order
    assert runner.index == 3 and runner.counter.text() == "第 4 题，共 5 题"
    left = runner.seconds_left()
    assert 540 < left < 599  # the time already used (about 2 s) was kept, the rest is left
    for _ in range(2):
        answer_current(qtbot, runner)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    assert "答对 5 题，共 5 题" in page.result.toPlainText()


def test_the_manager_assigns_an_assessment_the_trainee_takes(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    manager = window.pages["manager"]
    window.show_page("manager")
    settle(qtbot)
    qtbot.mouseClick(manager.unlock_button, Qt.MouseButton.LeftButton)  # unlocked as a manager does
    type_text(qtbot, manager.dialog.passcode, "服务第一-2026")
    qtbot.keyClick(manager.dialog.passcode, Qt.Key.Key_Return)
    assert manager.unlocked
    qtbot.mouseClick(manager.new_assessment, Qt.MouseButton.LeftButton)
    dialog = manager.dialog
    type_text(qtbot, dialog.name, "第一周考核")
    dialog.trainees.item(0).setCheckState(Qt.CheckState.Checked)
    for i in range(dialog.setup.topics.count()):  # one lesson's facts only: fewer questions than asked for
        dialog.setup.topics.item(i).setCheckState(Qt.CheckState.Checked if i == 0 else Qt.CheckState.Unchecked)
    for kind, box in dialog.setup.kind_boxes.items():
        box.setChecked(kind == "fact")
    dialog.setup.count.setValue(50)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "道题符合" in dialog.error.text() and manager.assessments.count() == 0
    dialog.setup.topics.item(0).setCheckState(Qt.CheckState.Unchecked)  # no lesson at all
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请至少选择一课。" and manager.assessments.count() == 0
    for i in range(dialog.setup.topics.count()):
        dialog.setup.topics.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.setup.count.setValue(3)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert manager.assessments.count() == 1 and "第一周考核" in manager.assessments.item(0).text()
    window.show_page("quizzes")
    settle(qtbot)
    page.rebuild_start()
    settle(qtbot)
    take = next(b for b in page.start_page.findChildren(QPushButton) if b.text() == "参加考核")
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    assert len(page.runner.shown) == 3
    runner = page.runner
    for _ in range(3):
        answer_current(qtbot, runner)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    page.rebuild_start()
    settle(qtbot)
    labels = [w.text() for w in page.start_page.findChildren(QLabel)]
    assert any("已通过" in t for t in labels)
    assert any(b.text() == "再考一次" for b in page.start_page.findChildren(QPushButton))


def test_a_full_disk_while_answering_is_told_in_words_and_the_quiz_stays(make_window, small_disk, monkeypatch,
                                                                          qtbot):
    from tests.conftest import fill_disk

    url = f"sqlite:///{small_disk / 'trainer.sqlite3'}"
    window, page = quiz_window(make_window, url, monkeypatch)
    page.setup.count.setValue(6)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    runner = page.runner
    answer_current(qtbot, runner)
    qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)  # saved
    qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    filler = fill_disk(small_disk)
    for _ in range(40):  # answers until the last pages of the file are used up
        if window.findChild(QMessageBox, "ErrorBox") is not None:
            break
        if page.runner is None or page.stack.currentIndex() != 0 and page.runner.index >= len(page.runner.shown):
            break
        answer_current(qtbot, page.runner)
        qtbot.mouseClick(page.runner.check_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.runner.check_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "ErrorBox")
    assert box is not None and box.isVisible()
    assert "磁盘已满" in box.text() and "之前保存的记录都还在" in box.text()
    box.close()
    filler.unlink()
    services = open_services(url)
    try:
        unfinished = services.quizzes.unfinished(window.state.trainee.id)
        assert unfinished is not None and len(unfinished.answered) >= 1  # what was saved before is there
    finally:
        services.close()


def test_unchecking_every_lesson_asks_for_one_instead_of_quizzing_on_all(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    for i in range(page.setup.topics.count()):
        page.setup.topics.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.setup.note.text() == "请至少选择一课。" and page.runner is None


def test_a_language_switch_mid_quiz_redraws_the_question_keeping_the_choice(make_window, sqlite_url, monkeypatch,
                                                                             qtbot):
    from trainer.engine.quiz import QuizSpec

    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    page.start(QuizSpec(kinds=("classify",), count=3))
    settle(qtbot)
    runner = page.runner
    question = runner.shown[0].question
    runner.form.buttons[1].setChecked(True)
    chosen = runner.form.answer()
    window.set_locale("en")
    settle(qtbot)
    assert runner.form.prompt.text() == question.prompt.en and runner.counter.text() == "Question 1 of 3"
    assert runner.form.answer() == chosen and runner.check_button.isEnabled()
    qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    window.set_locale("zh")  # with the feedback on screen
    assert runner.form.prompt.text() == question.prompt.zh and question.explanation.zh in runner.feedback.text()
    assert not runner.form.buttons[0].isEnabled()  # still answered


def test_closing_the_window_mid_quiz_keeps_the_time_used_to_the_moment(make_window, sqlite_url, monkeypatch, qtbot):
    from trainer.engine.quiz import QuizSpec

    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    page.start(QuizSpec(kinds=("classify",), count=3, time_limit_s=120))
    settle(qtbot)
    qtbot.wait(2500)  # less than the 5 s between the runner's own saves
    used = page.runner.seconds_used()
    trainee = window.state.trainee.id
    window.close()
    services = open_services(sqlite_url)
    try:
        unfinished = services.quizzes.unfinished(trainee)
    finally:
        services.close()
    assert unfinished is not None and unfinished.seconds_used >= used - 0.1 and used >= 2


def test_a_language_switch_keeps_an_order_or_a_match_answer_and_redraws_the_button(make_window, sqlite_url,
                                                                                    monkeypatch, qtbot):
    from trainer.engine.quiz import QuizSpec

    window, page = quiz_window(make_window, sqlite_url, monkeypatch)
    for kind in ("order", "match"):
        page.start(QuizSpec(kinds=(kind,), count=1))
        settle(qtbot)
        runner = page.runner
        form = runner.form
        if kind == "order":
            form.steps.setCurrentRow(0)
            form.move_step(1)
        else:
            for i, combo in enumerate(form.matches):
                combo.setCurrentIndex(1 + (i % (combo.count() - 1)))
        chosen = form.answer()
        window.set_locale("en")
        settle(qtbot)
        assert runner.form.answer() == chosen and runner.check_button.text() == "Chec&k answer"
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
        window.set_locale("zh")
        settle(qtbot)
        assert runner.form.answer() == chosen and runner.check_button.text() == "查看结果(&U)"
        page.back_to_start()
