"""Classroom projection: the presenter's console and the audience's screen stay in step through a whole role-play
and a whole quiz; votes, ties, reveal, teams; live answers from trainees' desks on one shared database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_page


def classroom(make_window, sqlite_url, monkeypatch):
    return open_page(make_window, sqlite_url, monkeypatch, "classroom")


def assert_in_step(console):
    """What the audience's screen shows is the controller's frame, and the console says the same step."""
    frame = console.controller.frame()
    view = console.audience.view
    assert view.frame == frame
    assert view.heading.text() == frame.heading and view.text.text() == frame.text
    shown = [view._rows[i][1].text() for i in range(len(frame.options))]
    assert shown == frame.options
    if frame.mode != "blank":
        assert frame.heading in console.on_screen.text()


def key(qtbot, widget, name: str, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), modifier)


def test_a_whole_role_play_with_the_room_by_keys(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.scenario.setCurrentIndex(page.scenario.findData("upset-customer"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console = page.console
    assert console is not None and console.audience.isVisible()
    controller = console.controller
    console.setFocus()
    steps = 0
    while not controller.finished:
        assert_in_step(console)
        play = controller.play
        if play.is_reply:
            for box in console.element_checks:
                box.setChecked(True)
            key(qtbot, console, "R")
        else:
            best = play.best_choice()
            letter = "ABCDEF"[best]
            for _ in range(3):
                key(qtbot, console, letter)  # three hands for the best choice
            other = "ABCDEF"[(best + 1) % len(play.choices())]
            key(qtbot, console, other)
            key(qtbot, console, other)
            key(qtbot, console, other, Qt.KeyboardModifier.ShiftModifier)  # one hand too many: taken back
            assert controller.votes.counts()[best] == 3 and controller.votes.total == 4
            assert console.vote_labels[best].text() == f"{letter}: 3"
            key(qtbot, console, "R")
            frame = controller.frame()
            assert frame.counts[best] == 3 and frame.chosen == best and frame.feedback
            assert console.audience.view._rows[best][3].text().startswith("3 · 75%")
        assert_in_step(console)
        key(qtbot, console, "Right")
        steps += 1
        assert steps < 40
    frame = controller.frame()
    assert frame.mode == "ending" and controller.play.run.ending.rating == "excellent"
    assert [s[1] for s in frame.scores] == [f"{m} / {m}" for m in
                                            (controller.play.run.maxima[c] for c in controller.play.scenario.competencies)]
    assert_in_step(console)
    assert "优秀" in frame.heading


def test_a_tie_waits_for_the_presenter_and_blank_and_back_work(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.scenario.setCurrentIndex(page.scenario.findData("missed-appointment"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    first = controller.frame().text
    qtbot.mouseClick(console.vote_plus[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.vote_plus[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.buttons["reveal"], Qt.MouseButton.LeftButton)
    assert not controller.revealed and "没有多数" in console.tie_note.text()
    assert "F5" in console.screen_note.text()  # the one-screen hint stays
    qtbot.mouseClick(console.vote_pick[1], Qt.MouseButton.LeftButton)  # the presenter decides
    assert controller.revealed and controller.frame().chosen == 1 and console.tie_note.text() == ""
    qtbot.mouseClick(console.buttons["blank"], Qt.MouseButton.LeftButton)
    assert console.audience.view.frame.mode == "blank" and not console.audience.view.text.isVisible()
    qtbot.mouseClick(console.buttons["blank"], Qt.MouseButton.LeftButton)
    assert console.audience.view.text.isVisible()
    qtbot.mouseClick(console.buttons["back"], Qt.MouseButton.LeftButton)
    assert not controller.revealed and controller.frame().text == first and controller.votes.counts()[:2] == [1, 1]
    assert_in_step(console)
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    assert page.console is None and page.stack.currentIndex() == 0


def test_a_whole_quiz_with_teams_and_the_leaderboard(make_window, sqlite_url, monkeypatch, qtbot):
    from trainer.engine.classroom import right_place

    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.count.setValue(5)
    page.teams.setText("红队、蓝队")
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    quiz = controller.quiz
    assert len(quiz.shown) == 5 and quiz.teams == ["红队", "蓝队"]
    assert console.team_answer_box.isVisible() and not console.teams.isVisible()
    for n in range(5):
        assert_in_step(console)
        right = right_place(quiz.current)
        console.team_answers["红队"].setCurrentIndex(right + 1)
        console.team_answers["蓝队"].setCurrentIndex((right + 1) % quiz.votes.options + 1 if n < 2 else right + 1)
        key(qtbot, console, "ABCD"[right])
        qtbot.mouseClick(console.buttons["reveal"], Qt.MouseButton.LeftButton)
        frame = controller.frame()
        assert frame.chosen == right and frame.counts[right] == 1 and frame.verdict.endswith(f"{'ABCD'[right]}。")
        assert_in_step(console)
        qtbot.mouseClick(console.buttons["next"], Qt.MouseButton.LeftButton)
    assert quiz.finished and quiz.scores() == {"红队": 5, "蓝队": 3}
    frame = controller.frame()
    assert frame.mode == "leaderboard" and [s[0] for s in frame.scores] == ["红队", "蓝队"]
    assert [s[1] for s in frame.scores] == ["5 / 5", "3 / 5"]
    assert_in_step(console)


def test_a_live_quiz_with_two_desks_on_one_database(make_window, db_url, monkeypatch, qtbot):
    """The presenter and two trainees' windows share one database (SQLite, then PostgreSQL)."""
    from tests.ui.test_main_window import _seed
    from trainer.engine.classroom import right_place
    from trainer.services.context import open_services

    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(db_url, ("王小明", None), ("李娜", None))
    presenter = make_window(db=db_url)
    desks = [make_window(db=db_url), make_window(db=db_url)]
    for desk, name in zip(desks, ("王小明", "李娜")):
        desk.choose_trainee(next(r for r in range(desk.trainee_model.rowCount())
                                 if desk.trainee_model.trainee(r).name == name))
        desk.show_page("classroom")
    presenter.show_page("classroom")
    page = presenter.pages["classroom"]
    page.count.setValue(3)
    page.live.setChecked(True)
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    controller = page.console.controller
    qtbot.waitUntil(lambda: controller.live is not None, timeout=5000)
    code = controller.live[1].code
    assert f"{code[:3]} {code[3:]}" in page.console.audience.view.code.text()

    first = desks[0].pages["classroom"]
    wrong = "".join("A" if ch != "A" else "C" for ch in code)
    first.join_code.setText(wrong)
    qtbot.mouseClick(first.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wrong in first.join_note.text(), timeout=5000)
    assert "没有" in first.join_note.text() and first.live_panel is None  # refused, in words

    panels = []
    for desk in desks:
        desk_page = desk.pages["classroom"]
        desk_page.join_code.setText(f"{code[:3].lower()}-{code[3:]}")  # as people type it
        qtbot.mouseClick(desk_page.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: desk_page.live_panel is not None, timeout=5000)
        panels.append(desk_page.live_panel)
    quiz = controller.quiz
    rights = 0
    for n in range(len(quiz.shown)):
        prompt = controller.frame().text
        for panel in panels:  # every desk is on the question the presenter shows
            qtbot.waitUntil(lambda: panel.text.text() == prompt and panel.buttons[0].isVisible(), timeout=5000)
        right = right_place(quiz.current)
        qtbot.mouseClick(panels[0].buttons[right], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panels[1].buttons[(right + 1) % quiz.votes.options], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: sum(controller.votes.live) == 2, timeout=5000)  # the tally follows within a poll
        assert controller.votes.live[right] == 1 and controller.live_answered == 2 and controller.live_joined == 2
        assert "已加入 2 人" in page.console.live_label.text()
        qtbot.mouseClick(page.console.buttons["reveal"], Qt.MouseButton.LeftButton)
        assert controller.frame().counts[right] == 1
        for panel in panels:  # each desk learns of the reveal at its own next poll
            qtbot.waitUntil(lambda: "正确答案是" in panel.status.text(), timeout=5000)
        assert "不正确" in panels[1].status.text() and "不正确" not in panels[0].status.text()
        assert not panels[0].buttons[0].isEnabled()  # the answer is locked once revealed
        rights += 1
        qtbot.mouseClick(page.console.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.console.end_button, Qt.MouseButton.LeftButton)
    for panel in panels:
        qtbot.waitUntil(lambda: "已结束" in panel.text.text(), timeout=5000)

    services = open_services(db_url)
    try:
        session = services.manager.unlock("服务第一-2026")
        answers = [a for a in services.reports.answers(session) if a.kind == "classroom"]
        by_name = {name: [a for a in answers if a.trainee == name] for name in ("王小明", "李娜")}
        assert len(by_name["王小明"]) == rights == len(by_name["李娜"])
        assert all(a.correct for a in by_name["王小明"]) and not any(a.correct for a in by_name["李娜"])
    finally:
        services.close()


def test_keys_work_from_the_audience_window_and_team_counts_add_up(make_window, sqlite_url, monkeypatch, qtbot):
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.scenario.setCurrentIndex(page.scenario.findData("data-risk-repair"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    audience = console.audience
    assert audience.isVisible() and audience.isFullScreen()  # one screen here: full screen, F5 switches
    assert "F5" in console.screen_note.text()
    view = audience.view
    key(qtbot, view, "B")  # the presenter clicked on the projector's window: its keys still work the console
    key(qtbot, view, "B")
    assert controller.votes.counts()[1] == 2
    console.set_teams(["一组", "二组"])
    console.teams.item(0, 0).setText("4")
    console.teams.item(1, 1).setText("3")
    assert controller.votes.counts()[:2] == [4, 5] and controller.votes.majority() == 1
    key(qtbot, view, "W")
    assert view.frame.mode == "blank"
    key(qtbot, view, "W")
    key(qtbot, view, "R")
    assert controller.revealed and controller.frame().chosen == 1
    assert_in_step(console)
    key(qtbot, view, "Left")
    assert not controller.revealed


def test_a_live_role_play_from_a_desk(make_window, sqlite_url, monkeypatch, qtbot):
    def start(page):
        page.scenario.setCurrentIndex(page.scenario.findData("missed-appointment"))
        qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)

    page, controller, panel = _live_desk(make_window, sqlite_url, monkeypatch, qtbot, start, join_key=True)
    presenter = page.window()
    line = controller.frame().text
    qtbot.waitUntil(lambda: panel.text.text() == line, timeout=5000)  # the customer's line on the desk too
    options = controller.frame().options
    assert [b.text() for b in panel.buttons if b.isVisible()] == [f"{'ABCD'[i]}. {o}" for i, o in enumerate(options)]
    best = controller.play.best_choice()
    qtbot.mouseClick(panel.buttons[best], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.votes.counts()[best] == 1, timeout=5000)
    qtbot.mouseClick(page.console.buttons["reveal"], Qt.MouseButton.LeftButton)
    assert controller.frame().chosen == best and not controller.finished
    qtbot.waitUntil(lambda: "请看投影屏幕" in panel.status.text(), timeout=5000)
    qtbot.mouseClick(page.console.buttons["next"], Qt.MouseButton.LeftButton)
    following = controller.frame().text
    if controller.play.node.reply is None:
        qtbot.waitUntil(lambda: panel.text.text() == following and panel.buttons[0].isEnabled(), timeout=5000)
    else:  # a step the room answers aloud: its prompt, and nothing to click
        qtbot.waitUntil(lambda: panel.text.text().startswith(following)
                        and not any(b.isVisible() for b in panel.buttons), timeout=5000)
    presenter.close()  # the presenter closes trainer: the live session ends with it
    qtbot.waitUntil(lambda: "已结束" in panel.text.text(), timeout=5000)


def test_with_a_projector_the_audience_goes_full_screen_on_it(tmp_path):
    """Two screens (the offscreen platform given a laptop and a projector), in a process of its own."""
    import json
    import os
    import subprocess
    import sys
    import textwrap

    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}
    (tmp_path / "screens.json").write_text(json.dumps(screens), encoding="utf-8")
    script = textwrap.dedent("""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication
        from trainer.config import Settings
        from trainer.services.context import open_services
        from trainer.ui.app import build
        import sys
        url = sys.argv[1]
        services = open_services(url)
        services.profiles.create_manager("陈经理", "服务第一-2026")
        services.close()
        app, window = build(Settings.resolve(db=url, locale="zh"))
        window.show()
        loop = QEventLoop()
        window.start_finished.connect(loop.quit)
        window.start()
        loop.exec()
        window.show_page("classroom")
        page = window.pages["classroom"]
        page.start_roleplay()
        app.processEvents()
        audience = page.console.audience
        geometry = audience.geometry()
        print(audience.screen().name(), audience.isFullScreen(), geometry.width(), geometry.height(),
              repr(page.console.screen_note.text()), page.console.audience.view.base)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={tmp_path / 'screens.json'}",
           "TRAINER_DATA_DIR": str(tmp_path / "data"), "TRAINER_TTS": "off"}
    done = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 't.sqlite3'}"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    name, full, width, height, note, base = done.stdout.split()[-6:]
    assert (name, full, width, height, note) == ("projector", "True", "1920", "1080", "''")
    assert int(base) >= 40  # text sized for the projector's 1080 lines


def test_a_team_typed_twice_is_one_team():
    from trainer.ui.pages.classroom import split_teams

    assert split_teams("红队、红队，蓝队; 红队\n绿队") == ["红队", "蓝队", "绿队"]


def test_a_session_ended_before_its_live_session_opened_leaves_none_open(make_window, sqlite_url, monkeypatch,
                                                                          qtbot):
    import sqlite3

    from tests.ui.test_main_window import _seed

    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    window.show_page("classroom")
    page = window.pages["classroom"]
    page.live.setChecked(True)
    for _ in range(2):  # a second session started at once, then ended at once
        qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
        page.console.end()  # before the worker thread has opened the live session
    path = sqlite_url.removeprefix("sqlite:///")

    def still_open() -> int:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT count(*) FROM live_session WHERE closed_at IS NULL").fetchone()[0]
        finally:
            conn.close()

    qtbot.wait(1500)
    qtbot.waitUntil(lambda: still_open() == 0, timeout=5000)


def _live_desk(make_window, sqlite_url, monkeypatch, qtbot, start, join_key=False):
    """A presenter's window and one trainee's desk joined to the live session `start(page)` opens."""
    from tests.ui.test_main_window import _seed

    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    presenter, desk = make_window(), make_window()
    desk.choose_trainee(0)
    desk.show_page("classroom")
    presenter.show_page("classroom")
    page = presenter.pages["classroom"]
    page.live.setChecked(True)
    start(page)
    controller = page.console.controller
    qtbot.waitUntil(lambda: controller.live is not None, timeout=5000)
    desk_page = desk.pages["classroom"]
    desk_page.join_code.setText(controller.live[1].code)
    if join_key:  # Return in the code box joins as the button does
        qtbot.keyClick(desk_page.join_code, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(desk_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk_page.live_panel is not None, timeout=5000)
    return page, controller, desk_page.live_panel


def test_a_desk_keeps_its_answer_when_the_presenter_goes_back(make_window, sqlite_url, monkeypatch, qtbot):
    from trainer.engine.classroom import right_place

    def start(page):
        page.count.setValue(3)
        qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)

    page, controller, panel = _live_desk(make_window, sqlite_url, monkeypatch, qtbot, start)
    first = controller.frame().text
    qtbot.waitUntil(lambda: panel.text.text() == first and panel.buttons[0].isVisible(), timeout=5000)
    right = right_place(controller.quiz.current)
    qtbot.mouseClick(panel.buttons[right], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sum(controller.votes.live) == 1, timeout=5000)
    controller.reveal()
    controller.next()
    qtbot.waitUntil(lambda: panel.text.text() != first, timeout=5000)
    controller.back()
    qtbot.waitUntil(lambda: panel.text.text() == first, timeout=5000)
    qtbot.waitUntil(lambda: "已揭晓" in panel.status.text(), timeout=5000)  # as the room left it: revealed
    assert panel.chosen == right and "正确" in panel.status.text()
    panel.window().set_locale("en")  # the desk switches language: its buttons and status follow
    qtbot.waitUntil(lambda: panel.leave_button.text() == "Leave the session", timeout=3000)
    assert "Revealed" in panel.status.text()
    panel.window().set_locale("zh")


def test_a_spoken_reply_step_offers_no_buttons_on_the_desks(make_window, sqlite_url, monkeypatch, qtbot):
    def start(page):
        page.scenario.setCurrentIndex(page.scenario.findData("hotline-call"))
        qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)

    page, controller, panel = _live_desk(make_window, sqlite_url, monkeypatch, qtbot, start)
    while controller.play.node.reply is None:
        controller.reveal(controller.play.best_choice())
        controller.next()
    prompt = controller.play.node.reply.prompt.zh
    qtbot.waitUntil(lambda: prompt in panel.text.text(), timeout=5000)
    assert not [b for b in panel.buttons if b.isVisible()]
    assert "大声说出来" in panel.status.text()


def test_a_language_switch_mid_session_redraws_the_console_the_audience_and_the_setup(make_window, sqlite_url,
                                                                                     monkeypatch, qtbot):
    monkeypatch.setenv("TRAINER_TTS", "off")
    window = make_window()
    window.show_page("classroom")
    page = window.pages["classroom"]
    page.scenario.setCurrentIndex(page.scenario.findData("upset-customer"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    controller = page.console.controller
    scenario = controller.play.scenario
    window.set_locale("en")
    frame = controller.frame()
    assert frame.text == controller.play.node.text.en and scenario.title.en in frame.heading
    assert page.console.title.text() == scenario.title.en
    assert page.console.audience.view.grab() is not None
    assert page.scenario.currentText() == scenario.title.en and page.scenario.currentData() == "upset-customer"
    controller.vote(0, 3)
    controller.reveal()
    assert ": " in controller.frame().consequence and "：" not in controller.frame().consequence
    window.set_locale("zh")


def test_the_leaderboard_is_offered_only_with_teams_and_back_leaves_it(make_window, sqlite_url, monkeypatch, qtbot):
    monkeypatch.setenv("TRAINER_TTS", "off")
    window = make_window()
    window.show_page("classroom")
    page = window.pages["classroom"]
    for teams in ("", "红队、蓝队"):
        page.count.setValue(2)
        page.teams.setText(teams)
        page.start_quiz()
        controller = page.console.controller
        while not controller.finished:
            controller.reveal()
            controller.next()
        notes = page.console.notes.toPlainText()
        assert ("排行榜" in notes) == bool(teams)
        controller.toggle_leaderboard()
        assert controller.frame().mode == ("leaderboard" if teams else controller.frame().mode)
        controller.back()  # back to the last question: the projector follows the console
        assert controller.frame().mode != "leaderboard" and not controller.show_leaderboard
        page.console.end()


def test_joining_with_no_code_asks_for_it(make_window, sqlite_url, monkeypatch, qtbot):
    from tests.ui.test_main_window import _seed

    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    window.choose_trainee(0)
    window.show_page("classroom")
    page = window.pages["classroom"]
    page.join_code.setText("   ")
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.join_note.text() == "请输入投影屏幕上显示的加入代码。" and page.live_panel is None


def test_teams_typed_under_teams_vote_in_a_role_play(make_window, sqlite_url, monkeypatch, qtbot):
    """The presenter types the teams, starts a role-play, and enters each team's show of hands: the room's way is
    the teams' majority (the teams were dropped for role-plays: only the quiz got them)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import type_text

    window, page = classroom(make_window, sqlite_url, monkeypatch)
    type_text(qtbot, page.teams, "红队, 蓝队")
    page.scenario.setCurrentIndex(page.scenario.findData("data-risk-repair"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    assert console.teams.isVisible() and console.teams.rowCount() == 2
    assert [console.teams.verticalHeaderItem(r).text() for r in range(2)] == ["红队", "蓝队"]
    for row, column, count in ((0, 1, 5), (1, 0, 2), (1, 1, 1)):  # a cell, F2, the count, Return
        console.teams.setFocus()
        console.teams.setCurrentCell(row, column)
        qtbot.keyClick(console.teams, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not console.teams
        editor.selectAll()
        qtbot.keyClicks(editor, str(count))
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is console.teams)
    assert controller.votes.counts()[:2] == [2, 6] and controller.votes.majority() == 1
    qtbot.mouseClick(console.buttons["reveal"], Qt.MouseButton.LeftButton)
    assert controller.frame().chosen == 1 and controller.frame().counts[:2] == [2, 6]
    assert_in_step(console)


def test_a_desk_shows_and_grades_what_the_presenter_serves_not_its_own_files(make_window, sqlite_url, monkeypatch,
                                                                              qtbot, shipped_content):
    """A desk whose content files are older (every question worded differently) shows the presenter's question and
    its answer is graded against it: the desks drew items from their own local files."""
    import yaml

    from tests.ui.test_main_window import _seed
    from trainer.engine.classroom import right_place

    for path in (shipped_content / "quizzes").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in data["questions"]:
            question["prompt"]["zh"] = "（旧版）" + question["prompt"]["zh"]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    presenter, desk = make_window(), make_window(content=str(shipped_content))
    desk.choose_trainee(0)
    desk.show_page("classroom")
    presenter.show_page("classroom")
    page = presenter.pages["classroom"]
    page.live.setChecked(True)
    page.count.setValue(2)
    for kind, box in page.kind_boxes.items():
        box.setChecked(kind == "fact")  # hand-written questions: the ones the desk's files word differently
    qtbot.mouseClick(page.quiz_button, Qt.MouseButton.LeftButton)
    controller = page.console.controller
    qtbot.waitUntil(lambda: controller.live is not None, timeout=5000)
    desk_page = desk.pages["classroom"]
    desk_page.join_code.setText(controller.live[1].code)
    qtbot.mouseClick(desk_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk_page.live_panel is not None, timeout=5000)
    panel = desk_page.live_panel
    prompt = controller.frame().text
    qtbot.waitUntil(lambda: panel.text.text() == prompt and panel.buttons[0].isVisible(), timeout=5000)
    assert "旧版" not in panel.text.text()
    right = right_place(controller.quiz.current)
    qtbot.mouseClick(panel.buttons[right], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.console.buttons["reveal"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "正确答案是" in panel.status.text(), timeout=5000)
    assert "不正确" not in panel.status.text()


def test_the_notes_keep_their_place_while_the_timer_runs_and_votes_come_in(make_window, sqlite_url, monkeypatch,
                                                                            qtbot):
    """The console redrew everything on each timer tick and each vote, and the notes jumped back to the top while
    the presenter read them; now only what changed is drawn."""
    window, page = classroom(make_window, sqlite_url, monkeypatch)
    page.scenario.setCurrentIndex(page.scenario.findData("data-risk-repair"))
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    console, controller = page.console, page.console.controller
    window.resize(1024, 600)  # a small laptop: the notes scroll
    bar = console.notes.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the presenter scrolled down to read the last choice
    place = bar.value()
    view = console.audience.view
    drawn = []
    monkeypatch.setattr(type(view), "fit", lambda self: drawn.append(1))
    key(qtbot, console, "T")  # the timer runs: a tick every second
    qtbot.wait(2300)
    key(qtbot, console, "B")  # and a vote
    assert controller.votes.counts()[1] == 1 and controller.timer.isActive()
    assert bar.value() == place  # still where the presenter was reading
    assert len(drawn) <= 2  # the vote is drawn; the ticks change the timer only
    assert view.timer.text() == console.audience.view.frame.timer != ""
