"""The Content tab as a training manager uses it: change a clause's number of rings in the lesson editor, see it
in the preview, publish, and a second window on the same database shows the new text and its lesson check asks
about the new number; revert; a conflicting save; a refused publish; the source view's problems at their lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle, type_text
from trainer.services.context import open_services
from trainer.ui.ops import wait_idle

PASS = "服务第一-2026"
LESSON = "articles/phone-conduct.zh.md"
QUIZ = "quizzes/phone-conduct.yaml"


def _seed(url: str) -> None:
    services = open_services(url)
    services.profiles.create_manager("陈经理", PASS)
    services.profiles.add_trainee("王小明")
    services.close()


def _content_tab(window, qtbot):
    window.show_page("manager")
    page = window.pages["manager"]
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.dialog.passcode, PASS)
    qtbot.keyClick(page.dialog.passcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.unlocked)
    page.tabs.setCurrentWidget(page.content)
    tab = page.content
    qtbot.waitUntil(lambda: tab.model.rowCount() > 50, timeout=10000)
    return tab


def _open_lesson_editor(tab, qtbot, path=LESSON):
    tab.search.clear()
    type_text(qtbot, tab.search, "phone-conduct")
    assert tab.select(path)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10000)
    return tab.editor


def _edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is table.window())
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell in place
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    qtbot.wait(10)  # the edit's command redraws the clauses once the cell's editor has closed


def _publish(tab, qtbot, comment: str) -> None:
    tab.publish_now(comment)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_changed_clause_is_published_to_a_second_desk(make_window, qtbot, sqlite_url, monkeypatch, backend,
                                                        request):
    monkeypatch.setenv("TRAINER_TTS", "off")
    url = sqlite_url if backend == "sqlite" else request.getfixturevalue("pg_url")
    _seed(url)
    window = make_window(db=url)
    other = make_window(db=url)  # a trainee's desk on the same database
    tab = _content_tab(window, qtbot)
    editor = _open_lesson_editor(tab, qtbot)
    assert editor.table.item(0, 0).text() == "1.1"
    _edit_cell(qtbot, editor.table, 0, 1, "电话铃响尽快摘机，一般在第三次响铃中接起为宜。")
    qtbot.waitUntil(lambda: "第三次响铃" in editor.preview.toPlainText(), timeout=3000)
    assert 'background-color:#ffe27a' in editor.preview.toHtml() or "ffe27a" in editor.preview.toHtml()
    _edit_cell(qtbot, editor.table, 0, 2, "When the telephone rings, pick up as soon as possible; as a rule, "
                                          "answer during the third ring.")
    assert editor.stack.count() == 2
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, redo
    assert "second ring" in editor.draft.text_of("1.1", "en")
    qtbot.keyClick(editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "third ring" in editor.draft.text_of("1.1", "en")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: editor.stack.isClean())
    # the lesson check's question follows the organisation's rule: edited in the source view
    tab.search.clear()
    assert tab.select(QUIZ)
    qtbot.mouseClick(tab.buttons["source"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not editor and tab.editor.isVisible(), timeout=10000)
    source = tab.editor
    text = source.text.toPlainText()
    # the ring-count question, as the organisation now asks it: its prompt, its answer (the third ring)
    start = text.index("  - id: phone-conduct-ring-count")
    end = text.index("\n  - id:", start)
    block = text[start:end]
    prompt_zh = block[block.index('      zh: "', block.index("    prompt:")):]
    prompt_zh = prompt_zh[:prompt_zh.index("\n")]
    new_block = (block.replace(prompt_zh, '      zh: "按本公司规范，电话铃响一般在第几次响铃中接起为宜？"')
                 .replace("    answer: 1\n", "    answer: 2\n").replace("第二次响铃中接起为宜。", "第三次响铃中接起为宜。")
                 .replace("answer during the second ring.", "answer during the third ring."))
    assert new_block.count("answer: 2") == 1
    edited = text[:start] + new_block + text[end:]
    source.text.setPlainText(edited)
    qtbot.mouseClick(source.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Draft saved" in source.status.text() or "草稿" in source.status.text())
    _publish(tab, qtbot, "本公司：三声内接起")
    assert "3" in tab.dialog.text()  # the lesson in both languages and its questions
    row = next(r for r in tab.model.rows if r.path == LESSON)
    assert (row.state, row.revision, row.author) == ("changed", 1, "陈经理")

    # the second desk notices within 10 s, at a safe point, and says so
    qtbot.waitUntil(lambda: other.watcher.publication > 0, timeout=10000)
    assert "第三次响铃" in other.state.catalog.clause("phone-conduct:1.1").text
    assert other.statusBar().currentMessage()
    other.choose_trainee(0)
    other.show_page("lessons")
    lessons = other.pages["lessons"]
    lessons.open_lesson("phone-conduct")
    assert "第三次响铃" in lessons.view.toPlainText()
    # the lesson check asks about the new number, and the third ring is the right answer
    qtbot.mouseClick(lessons.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lessons.check is not None and lessons.check.form is not None, timeout=10000)
    runner = lessons.check
    for _ in range(len(runner.shown)):  # the questions come in a shuffled order: answer until it is asked
        form = runner.form
        if form.shown.question.id == "phone-conduct-ring-count":
            break
        if form.buttons:  # the first option, by the keyboard
            form.buttons[0].setFocus()
            qtbot.keyClick(form.buttons[0], Qt.Key.Key_Space)
            assert form.buttons[0].isChecked()
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: runner.feedback.isVisible())  # graded by the service
        qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)  # next question
        qtbot.waitUntil(lambda: runner.form is not form)
    form = runner.form
    assert form.shown.question.id == "phone-conduct-ring-count"
    assert "本公司" in form.shown.question.prompt.zh
    third = next(b for b in form.buttons if "第三次" in b.text())
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_Space)
    assert third.isChecked()
    qtbot.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: runner.results and runner.results[-1][0].question.id == "phone-conduct-ring-count",
                    timeout=5000)
    assert runner.results[-1][2] is True  # the third ring is right now
    lessons.back_to_lesson()

    # revert to the reference: the desks go back to the second ring
    tab.select(LESSON)
    tab.history()
    dialog = tab.dialog
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: dialog.revisions.count() == 1 and "第三次" in dialog.diff.toPlainText())
    qtbot.mouseClick(dialog.reference_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    dialog.close()
    _publish(tab, qtbot, "回到参考规范")
    qtbot.waitUntil(lambda: "第二次响铃" in other.state.catalog.clause("phone-conduct:1.1").text, timeout=10000)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_save_from_an_older_copy_is_refused_and_the_text_kept(make_window, qtbot, sqlite_url, monkeypatch,
                                                                backend, request):
    monkeypatch.setenv("TRAINER_TTS", "off")
    url = sqlite_url if backend == "sqlite" else request.getfixturevalue("pg_url")
    _seed(url)
    window = make_window(db=url)
    second_desk = make_window(db=url)  # the other manager, at another desk
    other_tab = _content_tab(second_desk, qtbot)
    tab = _content_tab(window, qtbot)
    first = _open_lesson_editor(tab, qtbot)
    second = _open_lesson_editor(other_tab, qtbot)
    _edit_cell(qtbot, first.table, 1, 1, "禁止使用免提，除非客户同意。")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    _edit_cell(qtbot, second.table, 1, 1, "一律禁止使用免提。")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    box = second.saver.box
    assert box is not None and box.isVisible() and "陈经理" in box.text()
    assert second.draft.text_of("1.2", "zh") == "一律禁止使用免提。"  # kept for the manager to merge
    services = window.state.services
    assert services.library.item(LESSON).text.count("禁止使用免提，除非客户同意。") == 1


def test_inserting_a_clause_renumbers_and_references_follow(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    tab = _content_tab(window, qtbot)
    editor = _open_lesson_editor(tab, qtbot)
    editor.table.selectRow(0)
    rows = editor.table.rowCount()
    qtbot.mouseClick(editor.buttons["insert"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.table.rowCount() == rows + 1)
    assert [editor.table.item(r, 0).text() for r in range(3)] == ["1.1", "1.2", "1.3"]
    assert editor.table.item(2, 1).text() == "禁止使用免提。"
    _edit_cell(qtbot, editor.table, 1, 1, "接起后先报公司名称。")
    _edit_cell(qtbot, editor.table, 1, 2, "Say the company's name first.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "quizzes/" in editor.status.text())
    _publish(tab, qtbot, "新增 1.2")
    catalog = window.state.services.library.published_catalog()[1].catalog
    assert catalog.clause("phone-conduct:1.3").text == "禁止使用免提。"
    handsfree = [q for q in catalog.questions.values() if "免提" in q.prompt.zh]
    assert handsfree and all("phone-conduct:1.3" in q.clauses for q in handsfree)


def test_source_view_shows_problems_at_their_lines_and_publish_refuses(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    tab = _content_tab(window, qtbot)
    assert tab.select(QUIZ)
    qtbot.mouseClick(tab.buttons["source"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10000)
    source = tab.editor
    cursor = source.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    source.text.setTextCursor(cursor)
    for line in ("  - id: broken", "    type: single", "    clauses: [phone-conduct:99.1]"):
        qtbot.keyClick(source.text, Qt.Key.Key_Return)
        type_text(qtbot, source.text, line)
    qtbot.waitUntil(lambda: any("required key is missing" in p.message for p in source.problems.problems),
                    timeout=5000)
    problem = next(p for p in source.problems.problems if "required key is missing" in p.message)
    lines = source.text.toPlainText().split("\n")
    assert problem.path == "library:" + QUIZ and lines[problem.line - 1] == "  - id: broken"
    row = source.problems.problems.index(problem)
    item = source.problems.item(row)
    qtbot.mouseClick(source.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=source.problems.visualItemRect(item).center())
    assert source.text.textCursor().blockNumber() == problem.line - 1  # a click away from its place
    qtbot.mouseClick(source.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    tab.publish_now("broken")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog.objectName() == "PublishRefusedDialog"
    assert window.state.services.library.publication() == 0


def test_try_it_checks_a_sentence_with_the_phrases_as_edited(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    tab = _content_tab(window, qtbot)
    assert tab.select("phrases/forbidden.yaml")
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10000)
    source = tab.editor
    sentence = "这事您找厂家去"
    type_text(qtbot, source.try_box, sentence)
    qtbot.keyClick(source.try_box, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert source.try_result.text() == "没有发现服务忌语。"
    text = source.text.toPlainText()
    start = text.index("  - id: ")  # the first group: a new forbidden phrase at its head, not saved
    group_phrases = text.index("    phrases:\n", start) + len("    phrases:\n")
    new = ("      - id: go-to-the-maker\n        zh: 找厂家去\n        en: Go to the manufacturer\n"
           "        alternative: {zh: 我帮您问一下负责的同事。, en: Let me ask the colleague in charge.}\n"
           "        breaks: [language-norms:4.1]\n        sources: [\"000\"]\n")
    source.text.setPlainText(text[:group_phrases] + new + text[group_phrases:])
    qtbot.mouseClick(source.try_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "找厂家去" in source.try_result.text() and "我帮您问一下负责的同事" in source.try_result.text()
    assert window.state.services.library.item("phrases/forbidden.yaml").state == "reference"  # nothing saved


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_content_tab_and_editors_fit_the_screen(make_window, qtbot, sqlite_url, monkeypatch, size):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    window.resize(*size)
    tab = _content_tab(window, qtbot)
    qtbot.wait(50)
    dashboard = window.pages["manager"].tabs.widget(0)
    # the manager area needs 614 px at its smallest (its dashboard); the Content tab asks no more than that
    assert tab.minimumSizeHint().height() <= dashboard.minimumSizeHint().height()
    assert tab.minimumSizeHint().width() <= size[0] - window.nav.width()
    if size == (1366, 768):
        assert window.width() <= size[0] and window.height() <= size[1]
        assert all(b.visibleRegion().boundingRect().width() == b.width() for b in tab.buttons.values())
    tab.search.clear()
    type_text(qtbot, tab.search, "door-to-door")
    assert tab.select("articles/door-to-door-service.zh.md")  # the longest lesson
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10000)
    editor = tab.editor
    editor.resize(*size)
    qtbot.wait(50)
    assert editor.width() <= size[0] and editor.height() <= size[1]
    assert editor.minimumSizeHint().width() <= size[0] and editor.minimumSizeHint().height() <= size[1]
    for button in [*editor.buttons.values(), editor.save_button]:
        assert button.visibleRegion().boundingRect().width() == button.width(), button.text()
    assert editor.table.rowCount() > 60 and editor.preview.toPlainText().startswith("上门服务")


def test_questions_editor_edits_every_type_with_preview_undo_and_publish(make_window, qtbot, sqlite_url,
                                                                       monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    tab = _content_tab(window, qtbot)
    assert tab.select(QUIZ)
    qtbot.mouseClick(tab.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10000)
    editor = tab.editor
    assert editor.objectName() == "QuestionsEditor"
    assert editor.list.currentItem().text() == "phone-conduct-ring-count · single"
    assert [b.text() for b in editor.form.buttons][1].endswith("第二次")  # the preview, as the trainee sees it
    assert "3 to 5" in editor.lesson_rule.text() or "3" in editor.lesson_rule.text()
    editor.answer_edit.selectAll()
    type_text(qtbot, editor.answer_edit, "2")
    qtbot.waitUntil(lambda: editor.stack.count() == 1, timeout=3000)
    assert editor.draft.questions[0]["answer"] == 2
    count = editor.list.count()
    for i, kind in enumerate(("single", "multiple", "true-false", "numeric", "order", "match", "short", "rewrite")):
        editor.new_type.setCurrentIndex(editor.new_type.findData(kind))
        qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)
        assert editor.list.count() == count + i + 1
        assert editor.type_box.currentData() == kind and editor.form is not None
    wait_idle(qtbot)
    editor.check.check_now()
    wait_idle(qtbot)
    mine = [p for p in editor.problems.problems if p.path == "library:" + QUIZ]
    assert mine == [], [str(p) for p in mine]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.list.count() == count + 7  # the rewrite question undone
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: editor.stack.isClean())
    _publish(tab, qtbot, "新题")
    catalog = window.state.services.library.published_catalog()[1].catalog
    assert catalog.questions["phone-conduct-ring-count"].answer == 2
    assert sum(1 for q in catalog.questions if q.startswith("phone-conduct-") and q[-1].isdigit()) == 7


def test_results_on_an_earlier_version_are_marked_in_the_questions_tab(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    services = open_services(sqlite_url)
    _, result, repo = services.library.published_content()
    services.use_content(repo)
    trainee = services.profiles.list_trainees()[0]
    attempt = services.quizzes.start(trainee.id, "practice", "phone-conduct", "zh", ["phone-conduct-ring-count"],
                                     seed=1, pass_mark=0.8)
    services.quizzes.answer(attempt, "phone-conduct-ring-count", 1)
    services.quizzes.finish(attempt)
    lib = services.library
    lib.save_draft(QUIZ, lib.item(QUIZ).text.replace("    answer: 1\n", "    answer: 2\n", 1), "陈经理", "三声")
    lib.publish("陈经理", "本公司：三声内接起")
    services.close()
    window = make_window()
    _content_tab(window, qtbot)
    page = window.pages["manager"]
    items = page.items
    page.tabs.setCurrentWidget(items)
    qtbot.mouseClick(items.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: items.table.rowCount() == 1, timeout=10000)
    header = items.table.horizontalHeaderItem(5).text()
    assert header == "旧版本作答"
    assert items.table.item(0, 5).text() == "1"  # answered before the question changed
    qtbot.mouseClick(items.current_only, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: items.table.rowCount() == 0, timeout=10000)  # nothing on the current version yet


def test_locking_the_manager_area_keeps_unsaved_edits_as_a_draft(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    window = make_window()
    tab = _content_tab(window, qtbot)
    editor = _open_lesson_editor(tab, qtbot)
    _edit_cell(qtbot, editor.table, 1, 1, "禁止使用免提，客户同意的除外。")
    assert editor.dirty()
    page = window.pages["manager"]
    window.activateWindow()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)  # Lock
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not editor.isVisible())
    item = window.state.services.library.item(LESSON)
    assert item.state == "draft" and "禁止使用免提，客户同意的除外。" in item.text


def test_a_desk_in_a_lesson_check_reloads_only_after_it(make_window, qtbot, sqlite_url, monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url)
    desk = make_window()
    desk.choose_trainee(0)
    desk.show_page("lessons")
    lessons = desk.pages["lessons"]
    lessons.open_lesson("phone-conduct")
    qtbot.mouseClick(lessons.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lessons.check is not None and lessons.check.form is not None, timeout=10000)
    services = open_services(sqlite_url)
    lib = services.library
    lib.save_draft(LESSON, lib.item(LESSON).text.replace("第二次响铃", "第三次响铃"), "陈经理")
    lib.publish("陈经理", "三声")
    services.close()
    qtbot.waitUntil(lambda: desk.watcher._waiting is not None, timeout=10000)  # seen and loaded, not in place
    qtbot.wait(4500)  # a tick later: still the check's content
    assert "第二次响铃" in desk.state.catalog.clause("phone-conduct:1.1").text
    lessons.back_to_lesson()  # the trainee leaves the check: the next tick puts the new content in place
    qtbot.waitUntil(lambda: "第三次响铃" in desk.state.catalog.clause("phone-conduct:1.1").text, timeout=10000)
    assert desk.statusBar().currentMessage() == "内容已更新：本单位发布了新版本。"
